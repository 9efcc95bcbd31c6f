import { expect, test } from '@playwright/test';
import { checkPage, signInAs } from './pages';

// Issue 18, at a phone's and a desktop's width: the reports page's section of verified implementation activities per
// agreement and year shows this year's running agreements (or says there are none) with no internal code or ISO
// date; axe and widths by checkPage.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
const apiUrl = process.env.SIKERJA_API_URL ?? 'http://127.0.0.1:3000';

test('the reports page lists the verified activities per agreement of a year', async ({ page, request }) => {
  test.setTimeout(180_000);
  expect((await request.post(`${apiUrl}/_local/seed`)).ok()).toBe(true);
  await page.setViewportSize({ width: 390, height: 900 });
  await signInAs(page, 'admin');
  await page.goto('/laporan');
  const section = page.getByTestId('activity-report');
  await section.locator('#activity-report-year').selectOption(String(new Date().getFullYear()));
  await section.getByTestId('activity-report-show').click();
  await expect(section.locator('[data-testid=activity-report-table], [data-testid=activity-report-empty]')).toBeVisible();
  await checkPage(page, 'activity-report');
  const text = await page.locator('main').innerText();
  expect(text.match(internalCode), 'an internal code on /laporan').toBeNull();
  expect(text.match(isoDate), 'an ISO date on /laporan').toBeNull();
});
