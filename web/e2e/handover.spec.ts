import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { act, checkPage, signInAs } from './pages';

// Issue 18 (h18-owner), at a phone's and a desktop's width: an admin makes a department officer responsible for two
// cases (chosen by name on the case page), disables the officer on /pengguna (the hand-over is offered), the
// dashboard lists the cases left behind, and one hand-over moves both to a successor: each case's timeline says so and
// its page names the successor. No internal code or ISO date on these pages; axe and the width checks of checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

async function invite(request: APIRequestContext, name: string, email: string): Promise<string> {
  const r = await request.post(`${apiUrl}/users`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}` },
    data: { email, name, group: 'opd', department: 'DINKES' },
  });
  expect(r.status()).toBe(201);
  return (await r.json()).username;
}

async function openCase(request: APIRequestContext, title: string): Promise<string> {
  const r = await request.post(`${apiUrl}/cooperations`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-owner-${Date.now()}-${title.length}` },
    data: {
      category: 'KSDD', ksddKind: 'SUKARELA',
      partner: {
        name: 'Pemerintah Kabupaten Kutai Kartanegara', type: 'PEMERINTAH_DAERAH', regionOrCountry: 'Kabupaten Kutai Kartanegara',
        address: 'Jl. Wolter Monginsidi No. 1, Tenggarong', contactPerson: 'Bagian Kerja Sama Setda Kukar',
        email: 'kerjasama@kukar.example.go.id', phone: '+62 541 661234',
      },
      title, background: 'Warga perbatasan berobat lintas daerah.', purpose: 'Menyepakati rujukan lintas daerah.',
      scope: 'Rujukan pasien.', expectedBenefits: 'Layanan pasti.', location: 'Kecamatan Palaran', durationMonths: 24,
      financing: 'APBD kedua daerah.', departments: ['DINKES'],
    },
  });
  expect(r.status()).toBe(201);
  return (await r.json()).id;
}

async function noCodes(page: Page, where: string): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text.match(internalCode), `an internal code on ${where}`).toBeNull();
  expect(text.match(isoDate), `an ISO date on ${where}`).toBeNull();
}

test('a hand-over moves open cases and shows in their timelines', async ({ page, request }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 900 });
  const n = Date.now();
  const leavingName = `Petugas Lama ${n}`;
  const successorName = `Petugas Baru ${n}`;
  const leaving = await invite(request, leavingName, `lama.${n}@dinkes.example.go.id`);
  await invite(request, successorName, `baru.${n}@dinkes.example.go.id`);
  const first = await openCase(request, `Rujukan kesehatan perbatasan ${n}`);
  const second = await openCase(request, `Klinik keliling perbatasan ${n}`);

  // the admin chooses the responsible officer by name on each case page
  await signInAs(page, 'admin');
  for (const id of [first, second]) await act(page, id, 'SET_RESPONSIBLE_OFFICER', { facts: { responsibleOfficer: leaving } });
  await expect(page.getByTestId('responsible-officer-name')).toHaveText(leavingName);
  await checkPage(page, 'owner-case');
  await noCodes(page, 'the case page');

  // the officer leaves: disabling offers the hand-over; the admin first looks at the dashboard
  await page.goto('/pengguna');
  await page.locator('#users-q').fill(leavingName);
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  const row = page.locator(`tr[data-user="lama.${n}@dinkes.example.go.id"]`);
  await row.getByRole('button', { name: /^Nonaktifkan/ }).click();
  await row.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
  await expect(row.getByTestId('handover-form')).toContainText(`Akun ${leavingName} dinonaktifkan`);
  await checkPage(page, 'owner-handover-offered');
  await row.getByRole('button', { name: 'Batal' }).click();

  await page.goto('/dasbor');
  const left = page.getByTestId('responsible-disabled');
  await expect(left).toContainText(`Rujukan kesehatan perbatasan ${n}`);
  await expect(left).toContainText(`Klinik keliling perbatasan ${n}`);
  await expect(page.getByTestId('tile-responsible-disabled')).toBeVisible();
  await checkPage(page, 'owner-dashboard');

  // one step moves both
  await page.goto('/pengguna');
  await page.locator('#users-q').fill(leavingName);
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await row.getByTestId('handover-open').click();
  await row.getByTestId('handover-successor').selectOption({ label: `${successorName} (Dinas Kesehatan)` });
  await row.getByTestId('handover-submit').click();
  await expect(page.getByText(`2 kasus dialihkan ke ${successorName}.`)).toBeVisible();
  await noCodes(page, '/pengguna');

  for (const id of [first, second]) {
    await page.goto(`/kasus/${id}`);
    await expect(page.getByTestId('responsible-officer-name')).toHaveText(successorName);
    await expect(page.locator('main')).toContainText(`Berkas dialihkan dari ${leavingName} ke ${successorName}`);
  }
  await checkPage(page, 'owner-case-handed-over');

  // the case list filters by the officer's cases ("Saya" for the successor is the same filter on the server)
  await page.goto('/kasus');
  await page.locator('#cases-q').fill(`perbatasan ${n}`);
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(page.getByTestId('case-responsible').first()).toHaveText(successorName);
  await checkPage(page, 'owner-cases');
});
