import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { act, checkPage, signInAs } from './pages';

// Issue 18 on the case page, at a phone's and a desktop's width: a department records implementation activities
// with a photo as evidence; an admin verifies one and returns the other with a reason, which the department reads.
// Statuses and parties in words; no internal code, no ISO date on the page; axe and the width checks of checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

/** A voluntary KSDD of Dinkes without the DPRD, opened through the API, then signed on the case page. */
async function runningKsdd(page: Page, request: APIRequestContext): Promise<string> {
  const r = await request.post(`${apiUrl}/cooperations`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-activities-${Date.now()}` },
    data: {
      category: 'KSDD', ksddKind: 'SUKARELA',
      partner: {
        name: 'Pemerintah Kota Bontang', type: 'PEMERINTAH_DAERAH', regionOrCountry: 'Kota Bontang',
        address: 'Jl. Moh. Roem No. 1, Bontang', contactPerson: 'Bagian Kerja Sama Setda Bontang',
        email: 'kerjasama@bontang.example.go.id', phone: '+62 548 21000',
      },
      title: `Pelatihan kader posyandu bersama ${Date.now()}`, background: 'Kader posyandu perlu pelatihan berkala.',
      purpose: 'Melatih kader posyandu kedua kota.', scope: 'Pelatihan dan pendampingan kader.', expectedBenefits: 'Kader terampil.',
      location: 'Kecamatan Sungai Kunjang', durationMonths: 24, financing: 'APBD kedua daerah.', departments: ['DINKES'],
    },
  });
  expect(r.status()).toBe(201);
  const id = (await r.json()).id as string;
  await signInAs(page, 'admin');
  await act(page, id, 'RECORD_TKKSD_ASSESSMENT', { facts: { tkksdRecommendation: 'SETUJU' }, documents: ['KAJIAN_TKKSD'] });
  await act(page, id, 'RECORD_FACTS', { facts: { dprdBurdensPublic: 'false', dprdFundingUnbudgeted: 'false', objectInPlan: 'true' } });
  await act(page, id, 'COMPLETE_PREPARATION', { documents: ['KAK'] });
  await act(page, id, 'SEND_OFFER', { documents: ['SURAT_PENAWARAN'] });
  await act(page, id, 'FINALIZE_KB_DRAFT', { documents: ['KB_DRAFT'] });
  await act(page, id, 'SIGN_KB', { facts: { kbSignatory: 'KEPALA_DAERAH' }, documents: ['KB_SIGNED'] });
  await act(page, id, 'FINALIZE_PKS_DRAFT', { documents: ['PKS_DRAFT'] });
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10); // the Pemda's day (WITA)
  await act(page, id, 'SIGN_PKS', { facts: { signatory: 'KEPALA_DAERAH', termStart: today, termMonths: '24' }, documents: ['PKS_SIGNED'] });
  await expect(page.getByTestId('case-stage')).toHaveText('Pelaksanaan');
  return id;
}

/** A tiny PNG (the signature and a header are all the check reads), different every time. */
function photo(name: string) {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { name: `${name}-${Math.random().toString(36).slice(2, 8)}.png`, mimeType: 'image/png', buffer: Buffer.concat([head, Buffer.from(`foto ${Date.now()}`)]) };
}

async function record(page: Page, title: string, evidence: boolean): Promise<void> {
  const panel = page.getByTestId('case-activities');
  await panel.getByTestId('activity-add').click();
  await panel.getByLabel('Nama kegiatan').fill(title);
  const day = new Date(Date.now() + 8 * 3_600_000 - 3 * 86_400_000).toISOString().slice(0, 10);
  await panel.getByLabel('Tanggal (atau tanggal mulai)').fill(day);
  await panel.getByLabel('Pelaksana').selectOption('JOINT');
  await panel.getByLabel('Keluaran / hasil').fill('40 kader terlatih');
  await panel.getByTestId('activity-measurable').check();
  await panel.getByLabel('Indikator', { exact: true }).fill('Kader terlatih');
  await panel.getByLabel('Satuan').fill('orang');
  await panel.getByLabel('Target').fill('50');
  await panel.getByLabel('Capaian').fill('40');
  if (evidence) {
    const file = photo('foto-pelatihan');
    const box = panel.locator('.upload');
    await box.locator('input[type=file]').setInputFiles(file);
    await box.locator('button').click();
    await expect(panel.getByTestId('activity-evidence')).toContainText(file.name, { timeout: 60_000 });
  }
  await panel.getByTestId('activity-save').click();
  await expect(panel.locator(`li[data-activity="${title}"]`)).toContainText('Menunggu verifikasi', { timeout: 30_000 });
}

test('a department records activities with evidence; an admin verifies one and returns another with a reason', async ({ page, request }) => {
  const id = await runningKsdd(page, request);

  await signInAs(page, 'opd-dinkes');
  await page.goto(`/kasus/${id}`);
  await record(page, 'Pelatihan kader posyandu', true);
  await record(page, 'Kunjungan lapangan', false);
  const panel = page.getByTestId('case-activities');
  await expect(panel).toContainText('Bersama');
  await expect(panel).toContainText('Kader terlatih: 40 dari target 50 orang');
  // the department does not verify what it recorded itself
  await expect(panel.getByTestId('activity-verify')).toHaveCount(0);
  await checkPage(page, 'case-activities-recorded');

  await signInAs(page, 'admin');
  await page.goto(`/kasus/${id}`);
  const first = panel.locator('li[data-activity="Pelatihan kader posyandu"]');
  await first.getByTestId('activity-verify').click();
  await expect(first.getByTestId('activity-status')).toHaveText('Terverifikasi');
  const second = panel.locator('li[data-activity="Kunjungan lapangan"]');
  await second.locator('summary', { hasText: 'Kembalikan' }).click();
  await second.getByLabel('Alasan pengembalian').fill('Lampirkan foto dan daftar hadir kunjungan.');
  await second.getByTestId('activity-return').click();
  await expect(second.getByTestId('activity-status')).toHaveText('Dikembalikan untuk diperbaiki');
  await expect(panel).toContainText('1 kegiatan terverifikasi');

  // the department reads the reason and can correct it
  await signInAs(page, 'opd-dinkes');
  await page.goto(`/kasus/${id}`);
  await expect(second.getByTestId('activity-return-reason')).toContainText('Lampirkan foto dan daftar hadir kunjungan.');
  await expect(second.getByTestId('activity-correct')).toBeVisible();
  await checkPage(page, 'case-activities-decided');
  const text = await page.locator('main').innerText();
  expect(text.match(internalCode), 'an internal code on the case page').toBeNull();
  expect(text.match(isoDate), 'an ISO date on the case page').toBeNull();
});
