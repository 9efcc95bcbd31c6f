import { expect, test } from '@playwright/test';
import { checkPage, signInAs } from './pages';

// Officers' accounts at a phone's and a desktop's width: an admin invites a department officer on /pengguna (role and
// department chosen by name), finds it, makes it a TKKSD member, and disables it after confirming; the disabled
// officer is no longer offered at the local sign-in. The page shows no internal code (FORCE_CHANGE_PASSWORD style).
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;

for (const width of [390, 1366]) {
  test(`an admin invites, changes and disables an officer on /pengguna at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const email = `petugas.${width}.${Date.now()}@dinkes.example.go.id`;
    const name = `Petugas Uji ${width} ${Date.now()}`;

    // not offered to others
    await signInAs(page, 'opd-dinkes');
    await expect(page.locator('a[href="/pengguna"]')).toHaveCount(0);

    await signInAs(page, 'admin');
    await page.goto('/pengguna');
    await expect(page.getByRole('heading', { level: 1, name: 'Pengguna' })).toBeVisible();
    await expect(page.getByTestId('users')).toBeVisible();
    await checkPage(page, `users-${width}`);

    // the invitation (folded under the list's filters on a phone): a missing department is named at its field
    await page.getByTestId('invite-toggle').click();
    await page.locator('#user-email').fill(email);
    await page.locator('#user-name').fill(name);
    await page.locator('#user-group').selectOption({ label: 'Staf OPD' });
    await page.getByRole('button', { name: 'Kirim undangan' }).click();
    await expect(page.locator('#user-department-error')).toBeVisible();
    await page.locator('#user-department').selectOption({ label: 'Dinas Kesehatan' });
    const created = page.waitForResponse((r) => r.url().endsWith('/users') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Kirim undangan' }).click();
    expect((await created).status()).toBe(201);
    await expect(page.getByText(`Undangan terkirim ke ${email}.`)).toBeVisible();

    // found by its name; shown by role and department names
    await page.locator('#users-q').fill(name);
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    const row = page.locator(`tr[data-user="${email}"]`);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Staf OPD');
    await expect(row).toContainText('Dinas Kesehatan');
    await expect(row).toContainText('Undangan belum dipakai');
    await checkPage(page, `users-found-${width}`);

    // a TKKSD member now, keeping the department (TKKSD lokus)
    await row.getByRole('button', { name: /^Ubah/ }).click();
    await row.locator('select').first().selectOption({ label: 'Anggota TKKSD' });
    await checkPage(page, `users-edit-${width}`);
    await row.getByRole('button', { name: 'Simpan' }).click();
    await expect(row).toContainText('Anggota TKKSD');
    await expect(row).toContainText('Dinas Kesehatan');

    // disabled, after confirming
    await row.getByRole('button', { name: /^Nonaktifkan/ }).click();
    await expect(row.getByRole('alert')).toContainText('tidak dapat masuk lagi');
    await checkPage(page, `users-confirm-${width}`);
    await row.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await expect(row).toContainText('Nonaktif');
    const text = await page.locator('main').innerText();
    expect(text.match(internalCode), 'an internal code on /pengguna').toBeNull();

    // English, by the language switch's setting
    await page.evaluate(() => localStorage.setItem('sikerja.lang', 'en'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await page.evaluate(() => localStorage.removeItem('sikerja.lang'));

    // the disabled officer is not offered at the local sign-in
    await page.goto('/masuk');
    await expect(page.locator('button[data-user="admin"]')).toBeVisible();
    await expect(page.locator(`button[data-user="${email}"]`)).toHaveCount(0);
  });
}
