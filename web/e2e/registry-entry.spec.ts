import { expect, test } from '@playwright/test';
import { checkPage } from './pages';

// The public opens one agreement of the registry (/registri/{id}) from the list, at a phone's width and a desktop's,
// reads its parties and the fingerprints of its signed documents, and follows the link to verify a copy.
// Runs after journey.spec.ts (files run in name order, one worker), whose agreement is then in the registry.
for (const width of [390, 1366]) {
  test(`the public opens a registry entry and verifies its document at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const first = page.getByTestId('registry').locator('li h3 a').first();
    await expect(first).toBeVisible();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(/\/registri\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const entry = page.getByTestId('registry-entry');
    await expect(entry).toContainText('Para pihak');
    const text = await entry.innerText();
    expect(text).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await checkPage(page, `registry-entry-${width}`);
    // in English at once, without a reload; the switch is named by what it shows
    await page.getByRole('button', { name: /^EN/ }).click();
    await expect(entry).toContainText('Parties');
    await expect(page.getByRole('button', { name: /^ID/ })).toBeVisible();
    await page.getByRole('button', { name: /^ID/ }).click();
    await expect(entry).toContainText('Para pihak');

    const verify = page.getByTestId('registry-documents').getByRole('link', { name: 'Verifikasi salinan dokumen ini' }).first();
    if (await verify.count()) {
      await verify.click();
      await expect(page.getByTestId('verdict')).toContainText('Asli');
      await expect(page.getByTestId('verdict')).toContainText(title);
    }
  });
}

for (const width of [390, 1366]) {
  test(`the privacy note is reachable from every page's footer at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    // the home page grows as its registry, statistics and charts arrive; a click aimed at the footer while the page
    // below it is still moving can land on something else, so wait until it has loaded what it loads
    await expect(page.getByTestId('registry')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Pelindungan data pribadi' }).click();
    await expect(page).toHaveURL(/\/privasi$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pelindungan data pribadi');
    await expect(page).toHaveTitle(/^Pelindungan data pribadi · /);
    await expect(page.locator('main')).toContainText('Undang-Undang Nomor 27 Tahun 2022');
    await checkPage(page, `privacy-${width}`);
  });
}
