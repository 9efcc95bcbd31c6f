import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { checkPage, signInAs } from './pages';

// Issue 17 on the case page: three TKKSD members (one of them a TKKSD lokus of the department) each record their own
// opinion on the proposal in Persiapan, and the page shows every member's opinion with the tally, in words; the
// admin sees the panel without a form. No internal code, no ISO date on the page; axe and widths via checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

/** Full-page screenshots at both widths kept apart (test-results/member-reviews), which later specs do not clear. */
async function keep(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/member-reviews/${name}-${width}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

async function openCase(request: APIRequestContext): Promise<string> {
  const r = await request.post(`${apiUrl}/cooperations`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-reviews-${Date.now()}` },
    data: {
      category: 'KSDD', ksddKind: 'SUKARELA',
      partner: {
        name: 'Pemerintah Kabupaten Kutai Kartanegara', type: 'PEMERINTAH_DAERAH', regionOrCountry: 'Kabupaten Kutai Kartanegara',
        address: 'Jl. Wolter Monginsidi No. 1, Tenggarong', contactPerson: 'Bagian Kerja Sama Setda Kukar',
        email: 'kerjasama@kukar.example.go.id', phone: '+62 541 661234',
      },
      title: `Rujukan pasien lintas daerah ${Date.now()}`, background: 'Warga perbatasan berobat lintas daerah.',
      purpose: 'Menyepakati rujukan lintas daerah.', scope: 'Rujukan pasien dan pembiayaan.', expectedBenefits: 'Layanan pasti.',
      location: 'Kecamatan Palaran', durationMonths: 24, financing: 'APBD kedua daerah.', departments: ['DINKES'],
    },
  });
  expect(r.status()).toBe(201);
  return (await r.json()).id;
}

/** A new TKKSD member invited by the admin (a lokus of Dinkes when asked); its address. */
async function member(request: APIRequestContext, lokus: boolean): Promise<string> {
  const email = `anggota.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@tkksd.example.go.id`;
  const r = await request.post(`${apiUrl}/users`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}` },
    data: lokus ? { email, name: 'Anggota TKKSD Lokus', group: 'tkksd', department: 'DINKES' }
      : { email, name: 'Anggota TKKSD', group: 'tkksd' },
  });
  expect(r.status()).toBe(201);
  return email; // the local sign-in offers officers by address
}

async function review(page: Page, user: string, caseId: string, opinion: string, note: string): Promise<void> {
  await signInAs(page, user);
  await page.goto(`/kasus/${caseId}`);
  const panel = page.getByTestId('member-reviews');
  await expect(panel).toBeVisible();
  await panel.getByRole('radio', { name: opinion, exact: true }).check();
  if (note) await panel.getByLabel('Catatan').fill(note);
  await panel.getByTestId('review-submit').click();
  await expect(panel.getByText('Pendapat Anda tersimpan.')).toBeVisible();
}

test('three TKKSD members record their opinions and the case shows them with the tally', async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const caseId = await openCase(request);
  const second = await member(request, false);
  const lokus = await member(request, true);

  // a missing note on "needs revision" is named at its field; nothing is saved
  await signInAs(page, second);
  await page.goto(`/kasus/${caseId}`);
  const panel = page.getByTestId('member-reviews');
  await panel.getByRole('radio', { name: 'Perlu perbaikan', exact: true }).check();
  await panel.getByTestId('review-submit').click();
  await expect(page.locator('#review-note-error')).toBeVisible();
  await checkPage(page, 'member-reviews-form');

  await review(page, 'tkksd', caseId, 'Setuju', '');
  await review(page, second, caseId, 'Perlu perbaikan', 'Lengkapi kajian manfaat bagi warga perbatasan.');
  await review(page, lokus, caseId, 'Setuju', 'Sesuai RPJMD.');

  const tally = page.getByTestId('review-tally');
  await expect(tally).toContainText('Setuju: 2');
  await expect(tally).toContainText('Perlu perbaikan: 1');
  await expect(tally).toContainText('Tidak setuju: 0');
  await expect(page.getByTestId('review-subject').locator('li')).toHaveCount(3);
  await checkPage(page, 'member-reviews-tally');
  await keep(page, 'tally');

  // the admin reads them; no form
  await signInAs(page, 'admin');
  await page.goto(`/kasus/${caseId}`);
  await expect(page.getByTestId('review-tally')).toContainText('Setuju: 2');
  await expect(page.getByTestId('review-submit')).toHaveCount(0);
  const text = await page.locator('main').innerText();
  expect(text.match(internalCode), 'an internal code on the case page').toBeNull();
  expect(text.match(isoDate), 'an ISO date on the case page').toBeNull();

  // English
  await page.evaluate(() => localStorage.setItem('sikerja.lang', 'en'));
  await page.reload();
  await expect(page.getByTestId('review-tally')).toContainText('Agree: 2');
  await keep(page, 'tally-en');
  await page.evaluate(() => localStorage.removeItem('sikerja.lang'));
});
