import { expect, test } from '@playwright/test';
import { checkPage, pdf, signInAs, upload } from './pages';

// Issue 16 (f16): a department's officer attaches a profile PDF to its entry from the entry's page (the same upload
// box as case documents); the public sees it listed as a download link that delivers the same bytes, at a phone's
// width and a desktop's. Words a test adds are lower-case (no code-like text on screen).
const word = `profil${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
const title = `Kawasan wisata bahari ${word}`;
const file = pdf(`Profil kawasan ${word}`);
let entryUrl = '';

test('an officer attaches a profile to its entry', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, 'opd-dinkes');
  await page.goto('/peluang/baru');
  const form = page.getByTestId('potential-form');
  await form.getByLabel('Jenis').selectOption({ label: 'Potensi' });
  await form.getByLabel('Judul', { exact: true }).fill(title);
  await form.getByLabel('Uraian', { exact: true }).fill('Pantai dan terumbu karang yang siap dikembangkan bersama mitra.');
  await form.getByLabel('Bidang').selectOption({ label: 'Pariwisata' });
  await form.getByLabel('Badan usaha berbadan hukum').check();
  await form.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(page).toHaveURL(/\/peluang\/[0-9a-f-]{36}$/);
  entryUrl = new URL(page.url()).pathname;
  const entry = page.getByTestId('potential');
  await upload(entry.locator('[aria-labelledby="pot-upload"]'), 'EVIDENCE', file, entry);
  await expect(entry.getByRole('link', { name: `Unduh ${file.name}` })).toBeVisible();
  await checkPage(page, 'potential-files-officer');
  await page.screenshot({ path: 'test-results/potential-files-officer-1366.png', fullPage: true });
});

for (const width of [390, 1366]) {
  test(`the public downloads the entry's profile at ${width} px`, async ({ page }) => {
    test.skip(!entryUrl, 'needs the officer test');
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await page.evaluate(() => sessionStorage.removeItem('sikerja.session'));
    await page.goto(entryUrl);
    const entry = page.getByTestId('potential');
    const link = entry.getByRole('link', { name: `Unduh ${file.name}` });
    await expect(link).toBeVisible();
    await expect(entry.getByRole('heading', { name: 'Unggah profil (PDF) atau foto (PNG/JPEG)' })).toHaveCount(0);
    const answer = await page.request.get((await link.getAttribute('href'))!);
    expect(answer.status()).toBe(200);
    expect(Buffer.from(await answer.body()).equals(file.buffer)).toBe(true);
    await checkPage(page, `potential-files-public-${width}`);
    await page.screenshot({ path: `test-results/potential-files-public-${width}.png`, fullPage: true });
  });
}
