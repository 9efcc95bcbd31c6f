import { expect, test } from '@playwright/test';
import { checkPage, signInAs } from './pages';

// Issue 16: a department's officer publishes a need from /peluang and edits it; the public finds it in the catalogue
// by search and filter, at a phone's width and a desktop's, opens it and reads its department as the contact, and
// "Ajukan kerja sama" leads to the application form with the entry, its department and a suitable category.
// Words a test adds are lower-case (no code-like text on screen).
const word = `dermaga${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
const title = `Perahu layanan kesehatan ${word}`;

test('an officer publishes a need for its department and edits it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, 'opd-dinkes');
  await page.goto('/peluang');
  await page.getByTestId('potential-new').click();
  await expect(page).toHaveURL(/\/peluang\/baru$/);
  const form = page.getByTestId('potential-form');
  // sending it empty names each field under it
  await form.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(form.locator('#pf-title-error')).toBeVisible();
  await expect(form.locator('#pf-partners-error')).toBeVisible();
  await form.getByLabel('Jenis').selectOption({ label: 'Kebutuhan' });
  await form.getByLabel('Judul', { exact: true }).fill(title);
  await form.getByLabel('Uraian', { exact: true }).fill('Puskesmas di pulau kecil membutuhkan perahu yang membawa tenaga dan alat kesehatan.');
  await form.getByLabel('Bidang').selectOption({ label: 'Kesehatan' });
  await form.getByLabel('Badan usaha berbadan hukum').check();
  await form.getByLabel('Lembaga di luar negeri').check();
  await form.getByLabel('Lokasi').fill('Kecamatan Pulau Derawan');
  await form.getByLabel('Tercantum dalam RKPD').check();
  await form.getByLabel('Tahun RKPD').fill('2027');
  await form.getByLabel('Nilai indikatif').fill('2500000000');
  await form.getByLabel('Judul dalam bahasa Inggris').fill(`Health boat ${word}`);
  await checkPage(page, 'potential-new');
  await form.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(page).toHaveURL(/\/peluang\/[0-9a-f-]{36}$/);
  const entry = page.getByTestId('potential');
  await expect(entry.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(entry).toContainText('Rp 2.500.000.000');

  await page.getByTestId('potential-edit').click();
  const edit = page.getByTestId('potential-form');
  await edit.getByLabel('Lokasi').fill('Kecamatan Pulau Maratua');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(entry).toContainText('Tersimpan');
  await expect(entry).toContainText('Kecamatan Pulau Maratua');
});

for (const width of [390, 1366]) {
  test(`the public finds the need by search and filter and proposes against it at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await page.evaluate(() => sessionStorage.removeItem('sikerja.session'));
    // the home page features open entries beside the registry, the newest first
    await page.goto('/');
    const featured = page.getByTestId('featured-potentials');
    await expect(featured.getByRole('link', { name: title })).toBeVisible();
    // once, from the phone's width (the statistics' charts keep a desktop width when the window shrinks)
    if (width === 390) await checkPage(page, 'home-featured');
    await featured.getByRole('link', { name: 'Lihat semua peluang' }).click();
    await expect(page).toHaveURL(/\/peluang$/);
    await page.getByLabel('Kata kunci').fill(word);
    await page.getByLabel('Jenis', { exact: true }).selectOption({ label: 'Kebutuhan' });
    await page.getByLabel('Cocok untuk mitra').selectOption({ label: 'Lembaga di luar negeri' });
    await page.getByRole('button', { name: 'Cari' }).click();
    const cards = page.getByTestId('potentials');
    await expect(cards.locator('li')).toHaveCount(1);
    await checkPage(page, `potentials-${width}`);
    // another partner kind finds nothing
    await page.getByLabel('Cocok untuk mitra').selectOption({ label: 'Perguruan tinggi' });
    await page.getByRole('button', { name: 'Cari' }).click();
    await expect(cards.locator('li')).toHaveCount(0);
    await page.getByLabel('Cocok untuk mitra').selectOption({ label: 'Semua' });
    await page.getByRole('button', { name: 'Cari' }).click();
    await cards.getByRole('link', { name: title }).click();

    const entry = page.getByTestId('potential');
    await expect(entry.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(entry).toContainText('Narahubung');
    const text = await entry.innerText();
    expect(text).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain('dinkes@');
    await checkPage(page, `potential-${width}`);
    // English: the department's English title
    await page.getByRole('button', { name: /^EN/ }).click();
    await expect(entry.getByRole('heading', { level: 1 })).toHaveText(`Health boat ${word}`);
    await page.getByRole('button', { name: /^ID/ }).click();

    await page.getByTestId('potential-propose').click();
    await expect(page).toHaveURL(/\/ajukan\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('potentialId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(url.searchParams.get('department')).toBe('DINKES');
    expect(url.searchParams.get('category')).toBe('KSDPK');
  });
}
