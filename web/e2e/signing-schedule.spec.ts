import { expect, test, type APIRequestContext } from '@playwright/test';
import { act, checkPage, signInAs } from './pages';

// Issue 17 on the case page: in Penandatanganan KB the department proposes the signing (mode, date, time, place, who
// signs for each party), the admin approves it and the invitation goes out; the schedule shows in words. No internal
// code, no ISO date on the page; axe and widths via checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

async function openKsdd(request: APIRequestContext): Promise<string> {
  const r = await request.post(`${apiUrl}/cooperations`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-signing-${Date.now()}` },
    data: {
      category: 'KSDD', ksddKind: 'SUKARELA',
      partner: {
        name: 'Pemerintah Kabupaten Kutai Kartanegara', type: 'PEMERINTAH_DAERAH', regionOrCountry: 'Kabupaten Kutai Kartanegara',
        address: 'Jl. Wolter Monginsidi No. 1, Tenggarong', contactPerson: 'Bagian Kerja Sama Setda Kukar',
        email: 'kerjasama@kukar.example.go.id', phone: '+62 541 661234',
      },
      title: `Jadwal tanda tangan ${Date.now()}`, background: 'Warga perbatasan berobat lintas daerah.',
      purpose: 'Menyepakati rujukan lintas daerah.', scope: 'Rujukan pasien dan pembiayaan.', expectedBenefits: 'Layanan pasti.',
      location: 'Kecamatan Palaran', durationMonths: 24, financing: 'APBD kedua daerah.', departments: ['DINKES'],
    },
  });
  expect(r.status()).toBe(201);
  return (await r.json()).id;
}

test('the department schedules the KB signing and the admin approves it', async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const id = await openKsdd(request);
  await signInAs(page, 'admin');
  await act(page, id, 'RECORD_TKKSD_ASSESSMENT', { facts: { tkksdRecommendation: 'SETUJU' }, documents: ['KAJIAN_TKKSD'] });
  await act(page, id, 'RECORD_FACTS', { facts: { dprdBurdensPublic: 'false', dprdFundingUnbudgeted: 'false', objectInPlan: 'true' } });
  await act(page, id, 'COMPLETE_PREPARATION', { documents: ['KAK'] });
  await act(page, id, 'SEND_OFFER', { documents: ['SURAT_PENAWARAN'] });
  await act(page, id, 'FINALIZE_KB_DRAFT', { documents: ['KB_DRAFT'] });
  await expect(page.getByTestId('case-stage')).toHaveText('Penandatanganan Kesepakatan Bersama');

  await signInAs(page, 'opd-dinkes');
  await page.goto(`/kasus/${id}`);
  const panel = page.getByTestId('signing-schedule');
  await expect(panel).toContainText('Belum dijadwalkan.');
  // a missing signer is named at its field
  const day = new Date(Date.now() + 4 * 86_400_000);
  const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  await panel.locator('#signing-mode').selectOption('SEREMONIAL');
  await panel.locator('#signing-place').fill('Pendopo Wali Kota');
  await panel.locator('#signing-date').fill(date);
  await panel.locator('#signing-time').fill('10:00');
  await panel.locator('#signing-pemda-name').fill('Andi Harun');
  await panel.locator('#signing-pemda-position').fill('Wali Kota');
  await panel.getByTestId('signing-submit').click();
  await expect(page.locator('#signing-mitra-name-error')).toBeVisible();
  await checkPage(page, 'signing-form');
  await panel.locator('#signing-mitra-name').fill('Edi Damansyah');
  await panel.locator('#signing-mitra-position').fill('Bupati Kutai Kartanegara');
  await panel.getByTestId('signing-submit').click();
  await expect(panel.getByText('Jadwal tersimpan.')).toBeVisible();
  await expect(panel.getByTestId('signing-current')).toContainText('Diusulkan, menunggu persetujuan');
  await expect(panel.getByTestId('signing-approve')).toHaveCount(0);

  await signInAs(page, 'admin');
  await page.goto(`/kasus/${id}`);
  await page.getByTestId('signing-approve').click();
  await expect(page.getByText('Jadwal disetujui; undangan kalender terkirim.')).toBeVisible();
  await expect(page.getByTestId('signing-current')).toContainText('pukul 10:00');
  await expect(page.getByTestId('signing-current')).toContainText('Seremonial');
  await checkPage(page, 'signing-approved');
  const text = await page.locator('main').innerText();
  expect(text.match(internalCode), 'an internal code on the case page').toBeNull();
  expect(text.match(isoDate), 'an ISO date on the case page').toBeNull();
});
