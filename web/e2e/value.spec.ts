import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { act, checkPage, signInAs } from './pages';

// Issue 18 (h18-owner), at a phone's and a desktop's width: a running KSDPK (the demo seed's telemedicine agreement)
// records this year's value with what it brings the region (PAD, in-kind); the case page reads it in rupiah, and the
// reports page sums it by department with its exports. No internal code or ISO date; axe and widths by checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';
const year = new Date().getFullYear();

async function token(request: APIRequestContext, user: string): Promise<string> {
  const r = await request.post(`${apiUrl}/_local/token`, { data: { username: user } });
  return (await r.json()).idToken;
}

async function noCodes(page: Page, where: string): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text.match(internalCode), `an internal code on ${where}`).toBeNull();
  expect(text.match(isoDate), `an ISO date on ${where}`).toBeNull();
}

test('a running agreement records its value per year and the report sums it', async ({ page, request }) => {
  test.setTimeout(180_000);
  expect((await request.post(`${apiUrl}/_local/seed`)).ok()).toBe(true);
  const found = await request.get(`${apiUrl}/cooperations?q=telemedisin&stage=PELAKSANAAN`, {
    headers: { Authorization: `Bearer ${await token(request, 'admin')}` },
  });
  const id = (await found.json()).items[0].id as string;

  await page.setViewportSize({ width: 390, height: 900 });
  await signInAs(page, 'admin');
  await act(page, id, 'RECORD_YEAR_VALUE', {
    facts: { valueYear: String(year), yearValue: '1500000', padRevenue: '200000', inKindValue: '50000' },
  });
  await expect(page.locator('main')).toContainText(`${year}: Rp 1.500.000`);
  await checkPage(page, 'value-case');
  await noCodes(page, 'the running case');

  await page.goto('/laporan');
  const section = page.getByTestId('value-report');
  await section.locator('#value-group').selectOption('department');
  await section.locator('#value-year').selectOption(String(year));
  await section.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(section.getByTestId('value-table')).toContainText('Dinas Kesehatan');
  await expect(section.getByTestId('value-table')).toContainText('Rp');
  await checkPage(page, 'value-report');
  await noCodes(page, '/laporan');
});
