import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { act, checkPage, signInAs } from './pages';

// Issue 13 items 2 and 12 on the case page, at a phone's and a desktop's width: a PKS under a KB whose own facts
// need the DPRD offers "go to the DPRD" and "cite the decision that covers it" (a form asking the decision's
// number, date and budget year with labels), and a running agreement records its RKPD/APBD per budget year, shown in
// words. No internal code, no ISO date on the page; axe and the width checks of checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';
const year = new Date().getFullYear();

/** Full-page screenshots at both widths kept apart (test-results/dprd-budget), which later specs do not clear. */
async function keep(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/dprd-budget/${name}-${width}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

/** A voluntary KSDD of Dinkes whose Persiapan facts put it through the DPRD (opened through the API). */
async function openKsdd(request: APIRequestContext): Promise<string> {
  const r = await request.post(`${apiUrl}/cooperations`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-dprd-${Date.now()}` },
    data: {
      category: 'KSDD', ksddKind: 'SUKARELA',
      partner: {
        name: 'Pemerintah Kabupaten Kutai Kartanegara', type: 'PEMERINTAH_DAERAH', regionOrCountry: 'Kabupaten Kutai Kartanegara',
        address: 'Jl. Wolter Monginsidi No. 1, Tenggarong', contactPerson: 'Bagian Kerja Sama Setda Kukar',
        email: 'kerjasama@kukar.example.go.id', phone: '+62 541 661234',
      },
      title: `Rujukan kesehatan perbatasan ${Date.now()}`, background: 'Warga perbatasan berobat lintas daerah.',
      purpose: 'Menyepakati rujukan lintas daerah.', scope: 'Rujukan pasien dan pembiayaan.', expectedBenefits: 'Layanan pasti.',
      location: 'Kecamatan Palaran', durationMonths: 36, financing: 'APBD kedua daerah.', departments: ['DINKES'],
    },
  });
  expect(r.status()).toBe(201);
  return (await r.json()).id;
}

test('a PKS under a KB goes to the DPRD or cites its decision; a running agreement records its budget years', async ({ page, request }) => {
  const kb = await openKsdd(request);
  await signInAs(page, 'admin');
  await act(page, kb, 'RECORD_TKKSD_ASSESSMENT', { facts: { tkksdRecommendation: 'SETUJU' }, documents: ['KAJIAN_TKKSD'] });
  await act(page, kb, 'RECORD_FACTS', { facts: { dprdBurdensPublic: 'true', dprdFundingUnbudgeted: 'false', objectInPlan: 'true' } });
  await act(page, kb, 'COMPLETE_PREPARATION', { documents: ['KAK'] });
  await act(page, kb, 'SEND_OFFER', { documents: ['SURAT_PENAWARAN'] });
  await act(page, kb, 'FINALIZE_KB_DRAFT', { documents: ['KB_DRAFT'] });
  await act(page, kb, 'SIGN_KB', { facts: { kbSignatory: 'KEPALA_DAERAH' }, documents: ['KB_SIGNED'] });
  await act(page, kb, 'SUBMIT_TO_DPRD', { documents: ['DPRD_REQUEST'] });
  await act(page, kb, 'DPRD_APPROVE', { documents: ['DPRD_DECISION'] });
  await expect(page.getByTestId('case-stage')).toHaveText('Penyusunan Perjanjian Kerja Sama');

  // a PKS of Dishub under the KB, whose funding is not in this year's APBD
  const opened = await request.post(`${apiUrl}/cooperations/${kb}/child-pks`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}`, 'Idempotency-Key': `e2e-child-${Date.now()}` },
    data: { departments: ['DISHUB'], title: `PKS angkutan pasien ${Date.now()}` },
  });
  expect(opened.status()).toBe(201);
  const child = (await opened.json()).id;
  await act(page, child, 'RECORD_FACTS', { facts: { pksBurdensPublic: 'false', pksFundingUnbudgeted: 'true', pksBudgetYear: String(year) } });
  await page.goto(`/kasus/${child}`);
  await expect(page.locator('details[data-action="REQUEST_PKS_DPRD_APPROVAL"]')).toHaveCount(1);
  const cite = page.locator('details[data-action="CITE_DPRD_APPROVAL"]');
  await cite.locator('summary').click();
  for (const fact of ['coveringDprdDecisionNumber', 'coveringDprdDecidedOn', 'coveringDprdBudgetYear']) {
    const field = cite.locator(`[name="${fact}"]`);
    await expect(field).toBeVisible();
    const id = await field.getAttribute('id');
    await expect(page.locator(`label[for="${id}"]`)).not.toHaveText('');
  }
  await checkPage(page, 'case-child-pks-dprd');
  await keep(page, 'child-pks-dprd');
  let text = await page.locator('main').innerText();
  expect(text.match(internalCode), 'an internal code on the child PKS page').toBeNull();
  expect(text.match(isoDate), 'an ISO date on the child PKS page').toBeNull();

  await act(page, child, 'CITE_DPRD_APPROVAL', {
    facts: { coveringDprdDecisionNumber: `12/DPRD/${year}`, coveringDprdBudgetYear: String(year) }, documents: ['DPRD_DECISION'],
  });
  await expect(page.locator('details[data-action="REQUEST_PKS_DPRD_APPROVAL"]')).toHaveCount(0);
  await expect(page.locator('main')).toContainText(`12/DPRD/${year}`);

  // the KB runs as the framework; its budget years are recorded one by one
  await act(page, kb, 'SET_AS_FRAMEWORK', { facts: { termMonths: '36' } });
  await expect(page.getByTestId('case-stage')).toHaveText('Pelaksanaan');
  await act(page, kb, 'RECORD_BUDGET_YEAR', { facts: { budgetYear: String(year), inRkpd: 'true', inApbd: 'true', budgetAmount: '150000000' } });
  await expect(page.locator('main')).toContainText(`${year}: RKPD dan APBD`);
  await checkPage(page, 'case-budget-years');
  await keep(page, 'budget-years');
  text = await page.locator('main').innerText();
  expect(text.match(internalCode), 'an internal code on the running case').toBeNull();
  expect(text.match(isoDate), 'an ISO date on the running case').toBeNull();
});
