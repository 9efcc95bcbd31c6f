import { expect, test, type APIRequestContext } from '@playwright/test';
import { checkPage, signInAs } from './pages';

// Issue 16 (h16-link), at a phone's width and a desktop's: a department's need in the catalogue → its page →
// "Ajukan kerja sama" → /ajukan pre-filled ("Menjawab: <title>", its department and a suitable category) →
// submitted with the entry's id; the officer's case page then shows the entry it answers with a link to it, and the
// entry's page counts the proposal. No internal code, no ISO date on the pages; axe and widths by checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

/** A need of Dinkes, published through the API by its officer. */
async function publishNeed(request: APIRequestContext, title: string): Promise<string> {
  const r = await request.post(`${apiUrl}/potentials`, {
    headers: { Authorization: `Bearer ${await token(request, 'opd-dinkes')}`, 'Idempotency-Key': `e2e-need-${Date.now()}-${Math.random()}` },
    data: {
      kind: 'KEBUTUHAN', title, field: 'KESEHATAN', partnerKinds: ['BADAN_USAHA'], inRkpd: false,
      description: 'Desa pesisir membutuhkan mitra yang memasang penyaring air bersih untuk puskesmas pembantu.',
    },
  });
  expect(r.status(), await r.text()).toBe(201);
  return (await r.json()).id;
}

for (const width of [390, 1366]) {
  test(`a partner answers a need from its page through the pre-filled form at ${width} px`, async ({ page, request, browser }) => {
    const word = `saringan${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
    const need = `Penyaring air bersih pesisir ${word}`;
    const id = await publishNeed(request, need);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await page.evaluate(() => sessionStorage.removeItem('sikerja.session'));

    await page.goto('/peluang');
    await page.getByLabel('Kata kunci').fill(word);
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByTestId('potentials').getByRole('link', { name: need }).click();
    await expect(page).toHaveURL(new RegExp(`/peluang/${id}$`));
    await expect(page.getByTestId('potential-proposals')).toHaveText('0');
    await page.getByTestId('potential-propose').click();

    // the form is pre-filled: the entry named, its department chosen, the suitable category selected
    await expect(page).toHaveURL(/\/ajukan\?/);
    const answering = page.getByTestId('answering');
    await expect(answering).toContainText(`Menjawab: ${need}`);
    await expect(page.locator('input[name="category"][value="KSDPK"]')).toBeChecked();
    await expect(page.locator('#departments input[value="DINKES"]')).toBeChecked();
    const shown = await page.locator('main').innerText();
    expect(shown).not.toMatch(internalCode);
    expect(shown).not.toMatch(isoDate);
    await checkPage(page, `answer-apply-${width}`);

    await page.locator('#partner\\.type').selectOption('BADAN_USAHA');
    await page.locator('#partner\\.name').fill('Koperasi Tirta Pesisir');
    await page.locator('#partner\\.regionOrCountry').fill('Kota Bontang');
    await page.locator('#partner\\.address').fill('Jl. Pelabuhan No. 3, Bontang Kuala');
    await page.locator('#partner\\.contactPerson').fill('Rahmat Hidayat');
    await page.locator('#partner\\.email').fill(`tirta-${word}@koperasi.example.co.id`);
    await page.locator('#partner\\.phone').fill('+62 548 21234');
    await page.locator('#title').fill(`Penyaring air untuk pustu pesisir ${word}`);
    for (const f of ['background', 'purpose', 'scope', 'expectedBenefits', 'financing']) {
      await page.locator(`#${f}`).fill('Air bersih untuk layanan kesehatan di desa pesisir.');
    }
    await page.locator('#location').fill('Kecamatan Bontang Selatan');
    await page.locator('#durationMonths').fill('24');
    const sent = page.waitForResponse((r) => r.url().endsWith('/proposals') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    const answer = await sent;
    expect(answer.request().postDataJSON().potentialId).toBe(id);
    expect(answer.status()).toBe(201);
    const caseId = (await answer.json()).id;
    await expect(page.getByTestId('created')).toBeVisible();

    // the officer's case page shows the entry the proposal answers, with a link to it
    await signInAs(page, 'admin');
    await page.goto(`/kasus/${caseId}`);
    const card = page.getByTestId('case-potential');
    await expect(card.getByTestId('case-potential-link')).toHaveText(need);
    await expect(card).toContainText('Kebutuhan');
    await expect(card).toContainText('Dinas Kesehatan');
    await expect(card.getByTestId('case-potential-status')).toHaveText('Terbuka');
    const officerText = await page.locator('main').innerText();
    expect(officerText).not.toMatch(internalCode);
    await checkPage(page, `answer-case-${width}`);
    await card.getByTestId('case-potential-link').click();
    await expect(page).toHaveURL(new RegExp(`/peluang/${id}$`));
    // the public answers may be cached for a minute (as the registry's): a visitor who has not seen them reads 1
    const visitor = await browser.newPage();
    await visitor.setViewportSize({ width, height: 900 });
    await visitor.goto(`${new URL(page.url()).origin}/peluang/${id}`);
    await expect(visitor.getByTestId('potential-proposals')).toHaveText('1');
    await visitor.close();
  });
}
