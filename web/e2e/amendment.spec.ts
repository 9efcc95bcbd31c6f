import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { act, checkPage, pdf, signInAs, upload } from './pages';

// Issue 18 (h18-amend) on screen: a running agreement is amended to run one year longer — proposed with "Ajukan
// adendum" (the current end shown, the new one typed), reviewed, drafted and signed through the action forms — and the
// end date moves on the case page and on the public registry entry, which lists the amendment with its fingerprint.
// No internal code and no ISO date on either page; axe and the width checks of checkPage (390 and 1366 px).
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

/** The last day in force of `months` months from `start` (Periods.lastDayOf), as yyyy-MM-dd. */
function lastDay(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const days = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const anniversary = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, days)));
  anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}

const inWords = (date: string) => new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  .format(new Date(`${date}T00:00:00Z`));

async function openKsdd(request: APIRequestContext): Promise<string> {
  const r = await request.post(`${apiUrl}/cooperations`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-amend-${Date.now()}` },
    data: {
      category: 'KSDD', ksddKind: 'SUKARELA',
      partner: {
        name: 'Pemerintah Kota Bontang', type: 'PEMERINTAH_DAERAH', regionOrCountry: 'Kota Bontang',
        address: 'Jl. Moh. Roem No. 1, Bontang', contactPerson: 'Bagian Kerja Sama Setda Bontang',
        email: 'kerjasama@bontang.example.go.id', phone: '+62 548 21234',
      },
      title: `Layanan ambulans bersama ${Date.now()}`, background: 'Warga dua kota memakai ambulans yang sama.',
      purpose: 'Berbagi armada ambulans.', scope: 'Layanan gawat darurat lintas kota.', expectedBenefits: 'Waktu tanggap lebih singkat.',
      location: 'Kota Bontang', durationMonths: 12, financing: 'APBD kedua daerah.', departments: ['DINKES'],
    },
  });
  expect(r.status()).toBe(201);
  return (await r.json()).id;
}

async function pageText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

test('an amendment extending the term by a year is signed and the end moves on the case and in the registry', async ({ page, request, browser }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const id = await openKsdd(request);
  await signInAs(page, 'admin');
  page.on('dialog', (d) => d.accept());
  await act(page, id, 'RECORD_TKKSD_ASSESSMENT', { facts: { tkksdRecommendation: 'SETUJU' }, documents: ['KAJIAN_TKKSD'] });
  await act(page, id, 'RECORD_FACTS', { facts: { dprdBurdensPublic: 'false', dprdFundingUnbudgeted: 'false', objectInPlan: 'true' } });
  await act(page, id, 'COMPLETE_PREPARATION', { documents: ['KAK'] });
  await act(page, id, 'SEND_OFFER', { documents: ['SURAT_PENAWARAN'] });
  await act(page, id, 'FINALIZE_KB_DRAFT', { documents: ['KB_DRAFT'] });
  await act(page, id, 'SIGN_KB', { facts: { kbSignatory: 'KEPALA_DAERAH' }, documents: ['KB_SIGNED'] });
  await act(page, id, 'FINALIZE_PKS_DRAFT', { documents: ['PKS_DRAFT'] });
  await act(page, id, 'SIGN_PKS', { facts: { signatory: 'KEPALA_DAERAH', termMonths: '12' }, documents: ['PKS_SIGNED'] });
  await expect(page.getByTestId('case-stage')).toHaveText('Pelaksanaan');

  const start = (await (await request.get(`${apiUrl}/cooperations/${id}`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}` },
  })).json()).facts.find((f: { fact: string }) => f.fact === 'termStart').value as string;
  const oldEnd = lastDay(start, 12);
  const newEnd = lastDay(start, 24);
  await expect(page.getByTestId('due-reminders')).toContainText(inWords(oldEnd));

  // "Ajukan adendum": the current end shown, the new one typed, the DPRD test answered, the reason given
  await page.goto(`/kasus/${id}`);
  const propose = page.locator('details[data-action="PROPOSE_AMENDMENT"]');
  await propose.locator('summary').click();
  await expect(propose).toContainText(`Sekarang: ${inWords(oldEnd)}`);
  await propose.locator('#amend-termEnd').fill(newEnd);
  await propose.locator('#amend-burdensPublic').selectOption('false');
  await propose.locator('#amend-fundingUnbudgeted').selectOption('false');
  await propose.locator('#amend-reason').fill('Layanan diperpanjang satu tahun atas kesepakatan kedua kota.');
  await checkPage(page, 'case-amendment-form');
  await propose.locator('button[type=submit]').click();
  await expect(page.locator('#case-notice')).toContainText('Tersimpan', { timeout: 60_000 });
  const open = page.getByTestId('amendment-open');
  await expect(open).toContainText(inWords(oldEnd));
  await expect(open).toContainText(inWords(newEnd));
  await checkPage(page, 'case-amendment-open');
  expect((await pageText(page)).match(internalCode), 'an internal code on the case page').toBeNull();
  expect((await pageText(page)).match(isoDate), 'an ISO date on the case page').toBeNull();

  await act(page, id, 'RECORD_AMENDMENT_TKKSD_REVIEW', { documents: ['KAJIAN_TKKSD'] });
  await act(page, id, 'FINALIZE_AMENDMENT_DRAFT', { documents: ['ADENDUM_DRAFT'] });
  await act(page, id, 'SIGN_AMENDMENT', { documents: ['ADENDUM_SIGNED'] });
  await expect(page.getByTestId('amendment-history')).toContainText('Adendum ke-1');
  await expect(page.getByTestId('due-reminders')).toContainText(inWords(newEnd));
  await expect(page.getByTestId('due-reminders')).not.toContainText(inWords(oldEnd));
  await checkPage(page, 'case-amendment-signed');
  expect((await pageText(page)).match(internalCode), 'an internal code on the case page').toBeNull();
  expect((await pageText(page)).match(isoDate), 'an ISO date on the case page').toBeNull();

  // the public registry entry: the new end, and the amendment with its fingerprint
  await page.goto(`/registri/${id}`);
  await expect(page.getByTestId('registry-period')).toContainText(inWords(newEnd), { timeout: 30_000 });
  const amendments = page.getByTestId('registry-amendments');
  await expect(amendments).toContainText('Adendum ke-1');
  await expect(amendments).toContainText(`${inWords(oldEnd)} → ${inWords(newEnd)}`);
  await expect(amendments.locator('.fingerprint')).toHaveText(/^[0-9a-f]{64}$/);
  await checkPage(page, 'registry-entry-amended');
  const entry = await page.getByTestId('registry-entry').innerText();
  expect(entry.replace(/[0-9a-f]{64}/g, '')).not.toMatch(internalCode);
  expect(entry).not.toMatch(isoDate);
  await page.getByRole('button', { name: /^EN/ }).click();
  await expect(amendments).toContainText('Amendment 1');
  await page.getByRole('button', { name: /^ID/ }).click();

  // ending it early: "Akhiri lebih awal", a reason by its label and the letter; the registry says so
  await page.goto(`/kasus/${id}`);
  const end = page.locator('details[data-action="END"]');
  await end.locator('summary').click();
  await expect(end.locator('summary')).toHaveText('Akhiri lebih awal');
  await expect(end.locator('#act-END-endReason option[value=MITRA_PAILIT]')).toHaveCount(0); // a KSDPK's reason only
  await end.locator('#act-END-endReason').selectOption({ label: 'Kesepakatan para pihak' });
  await end.locator('#act-END-note').fill('Kedua kota sepakat mengakhiri layanan bersama.');
  await upload(end, 'SURAT_PENGAKHIRAN', pdf('Surat pengakhiran'));
  await checkPage(page, 'case-end-early');
  await end.locator('button[type=submit]').click();
  await expect(page.locator('#case-notice')).toContainText('Tersimpan', { timeout: 60_000 });
  // the public registry's answers may be cached for a while (Cache-Control): a visitor who did not read it before
  const visitor = await (await browser.newContext({ baseURL: process.env.SIKERJA_WEB_URL ?? 'http://localhost:5173', locale: 'id-ID', timezoneId: 'Asia/Makassar' })).newPage();
  await visitor.setViewportSize({ width: 1366, height: 900 });
  page = visitor;
  await page.goto(`/registri/${id}`);
  await expect(page.getByTestId('registry-ended')).toContainText('Diakhiri lebih awal', { timeout: 30_000 });
  await expect(page.getByTestId('registry-ended')).toContainText('Kesepakatan para pihak');
  await checkPage(page, 'registry-entry-ended-early');
  const ended = await page.getByTestId('registry-entry').innerText();
  expect(ended.replace(/[0-9a-f]{64}/g, '')).not.toMatch(internalCode);
  expect(ended).not.toMatch(isoDate);
});
