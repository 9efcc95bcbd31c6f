import { expect, test, type APIRequestContext } from '@playwright/test';
import { act, checkPage, signInAs } from './pages';

// Issue 17 on the case page and the admins' templates page, at a phone's and a desktop's width (checkPage): in
// Penawaran the admin is offered "Buat dokumen dari templat" with the offer letter and the reply only, generates the
// surat penawaran, and the documents list shows it as version 1; the templates page lists the five templates and
// their placeholders. No internal code, no ISO date on either page; axe clean.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

/** A voluntary KSDD of Dinkes (opened through the API). */
async function openKsdd(request: APIRequestContext, title: string): Promise<string> {
  const r = await request.post(`${apiUrl}/cooperations`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-letters-${Date.now()}` },
    data: {
      category: 'KSDD', ksddKind: 'SUKARELA',
      partner: {
        name: 'Pemerintah Kota Bontang', type: 'PEMERINTAH_DAERAH', regionOrCountry: 'Kota Bontang',
        address: 'Jl. Moh. Roem No. 1, Bontang', contactPerson: 'Bagian Kerja Sama Setda Bontang',
        email: 'kerjasama@bontang.example.go.id', phone: '+62 548 21234',
      },
      title, background: 'Kedua kota berbagi layanan kesehatan.', purpose: 'Menyepakati layanan rujukan bersama.',
      scope: 'Rujukan pasien antarkota.', expectedBenefits: 'Layanan lebih cepat.', location: 'Kota Samarinda',
      durationMonths: 24, financing: 'APBD kedua kota.', departments: ['DINKES'],
    },
  });
  expect(r.status()).toBe(201);
  return (await r.json()).id;
}

test('an admin generates a surat penawaran on a case and keeps the letter templates', async ({ page, request }) => {
  const title = `Layanan rujukan bersama ${Date.now()}`;
  const id = await openKsdd(request, title);
  await signInAs(page, 'admin');
  await act(page, id, 'RECORD_TKKSD_ASSESSMENT', { facts: { tkksdRecommendation: 'SETUJU' }, documents: ['KAJIAN_TKKSD'] });
  await act(page, id, 'RECORD_FACTS', { facts: { dprdBurdensPublic: 'false', dprdFundingUnbudgeted: 'false', objectInPlan: 'true' } });
  await act(page, id, 'COMPLETE_PREPARATION', { documents: ['KAK'] });
  await expect(page.getByTestId('case-stage')).toHaveText('Penawaran');

  const maker = page.getByTestId('letter-maker');
  await expect(maker.getByRole('heading', { name: 'Buat dokumen dari templat' })).toBeVisible();
  const offered = await maker.locator('select option').allTextContents();
  expect(offered).toEqual(['Surat penawaran kerja sama', 'Surat jawaban atas penawaran']);
  await maker.locator('select').selectOption({ label: 'Surat penawaran kerja sama' });
  const generated = page.waitForResponse((r) => r.url().endsWith(`/cooperations/${id}/letters`) && r.request().method() === 'POST');
  await maker.getByRole('button', { name: 'Buat dokumen' }).click();
  expect((await generated).status()).toBe(201);
  await expect(maker.getByRole('status')).toContainText('versi 1 dibuat dan tercatat');
  const documents = page.locator('section[aria-labelledby="documents-title"]');
  await expect(documents.getByRole('heading', { name: /Surat penawaran/ })).toBeVisible();
  await expect(documents.locator('li', { hasText: 'surat-penawaran-' }).first()).toContainText('v1');
  await checkPage(page, 'letters-case');
  const caseText = await page.locator('main').innerText();
  expect(caseText.match(internalCode), 'an internal code on the case page').toBeNull();
  expect(caseText.match(isoDate), 'an ISO date on the case page').toBeNull();

  await page.goto('/pengaturan');
  await page.getByTestId('letter-templates-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Templat surat' })).toBeVisible();
  await expect(page.locator('section[data-template]')).toHaveCount(5);
  await expect(page.getByRole('cell', { name: '{{partnerName}}' })).toBeVisible();
  await checkPage(page, 'letter-templates');
  const templatesText = await page.locator('main').innerText();
  expect(templatesText.match(internalCode), 'an internal code on the templates page').toBeNull();
  expect(templatesText.match(isoDate), 'an ISO date on the templates page').toBeNull();

  await page.evaluate(() => localStorage.setItem('sikerja.lang', 'en'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Letter templates' })).toBeVisible();
  await page.evaluate(() => localStorage.removeItem('sikerja.lang'));
});
