import { expect, test, type APIRequestContext } from '@playwright/test';
import { act, checkPage, signInAs } from './pages';

// Issue 17's calendar (/kalender): a proposed signing shows on its day in words ("10.00 WITA", the mode, the status)
// and links to its case; the month switcher moves to the next month, where it is not. No internal code, no ISO
// date in what the page writes; axe and both widths via checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

test('the calendar lists a scheduled signing on its day, in words, linked to its case', async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const title = `Kalender tanda tangan ${Date.now()}`;
  const opened = await request.post(`${apiUrl}/cooperations`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-calendar-${Date.now()}` },
    data: {
      category: 'KSDD', ksddKind: 'SUKARELA',
      partner: {
        name: 'Pemerintah Kabupaten Kutai Kartanegara', type: 'PEMERINTAH_DAERAH', regionOrCountry: 'Kabupaten Kutai Kartanegara',
        address: 'Jl. Wolter Monginsidi No. 1, Tenggarong', contactPerson: 'Bagian Kerja Sama Setda Kukar',
        email: 'kerjasama@kukar.example.go.id', phone: '+62 541 661234',
      },
      title, background: 'Warga perbatasan berobat lintas daerah.',
      purpose: 'Menyepakati rujukan lintas daerah.', scope: 'Rujukan pasien dan pembiayaan.', expectedBenefits: 'Layanan pasti.',
      location: 'Kecamatan Palaran', durationMonths: 24, financing: 'APBD kedua daerah.', departments: ['DINKES'],
    },
  });
  expect(opened.status()).toBe(201);
  const id = (await opened.json()).id;
  await signInAs(page, 'admin');
  await act(page, id, 'RECORD_TKKSD_ASSESSMENT', { facts: { tkksdRecommendation: 'SETUJU' }, documents: ['KAJIAN_TKKSD'] });
  await act(page, id, 'RECORD_FACTS', { facts: { dprdBurdensPublic: 'false', dprdFundingUnbudgeted: 'false', objectInPlan: 'true' } });
  await act(page, id, 'COMPLETE_PREPARATION', { documents: ['KAK'] });
  await act(page, id, 'SEND_OFFER', { documents: ['SURAT_PENAWARAN'] });
  await act(page, id, 'FINALIZE_KB_DRAFT', { documents: ['KB_DRAFT'] });

  const day = new Date(Date.now() + 4 * 86_400_000);
  const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  const proposed = await request.post(`${apiUrl}/cooperations/${id}/signing-schedule`, {
    headers: { Authorization: `Bearer ${await token(request, 'opd-dinkes')}` },
    data: { mode: 'SEREMONIAL', date, time: '10:00', place: 'Pendopo Wali Kota', signers: [
      { party: 'PEMDA', name: 'Andi Harun', position: 'Wali Kota' },
      { party: 'MITRA', name: 'Edi Damansyah', position: 'Bupati Kutai Kartanegara' }] },
  });
  expect(proposed.status()).toBe(200);

  await page.goto(`/kalender?bulan=${date.slice(0, 7)}`);
  const entry = page.locator(`li[data-kind="signing"][data-case="${id}"]`);
  await expect(entry).toContainText('pukul 10.00 WITA');
  await expect(entry).toContainText('Seremonial');
  await expect(entry).toContainText('Diusulkan, menunggu persetujuan');
  await expect(page.locator(`section[data-date="${date}"] h3`)).toHaveText(new Intl.DateTimeFormat('id-ID', {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)));
  await checkPage(page, 'calendar');
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('a, .mono').forEach((e) => e.remove());
    return copy.textContent ?? '';
  });
  expect(text.match(internalCode), 'an internal code on /kalender').toBeNull();
  expect(text.match(isoDate), 'an ISO date on /kalender').toBeNull();

  await entry.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/kasus/${id}$`));
  await page.goBack();
  await page.getByTestId('calendar-next').click();
  await expect(page.locator(`li[data-case="${id}"]`)).toHaveCount(0);
});
