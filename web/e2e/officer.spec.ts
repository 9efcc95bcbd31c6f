import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { checkPage, pdf, signInAs, upload } from './pages';

// Officers, at a phone's and a desktop's width: an OPD user starts a department-initiated case from /kasus/baru
// and lands on it (a department's case has no tracking code; the search by code is tested in Vitest). The case page reads without internal codes
// (SUBMIT_APPLICATION style) and without ISO dates. Then an admin finds it on /tugas and opens it from there.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

for (const width of [390, 1366]) {
  test(`an OPD user starts a case from /kasus/baru at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const title = `Prakarsa OPD ${width} ${Date.now()}`;
    await signInAs(page, 'opd-dinkes');
    await page.goto('/kasus');
    await page.getByTestId('new-case-link').click();
    await expect(page).toHaveURL(/\/kasus\/baru$/);
    await checkPage(page, `new-case-${width}`);

    await page.locator('#partner\\.name').fill('PT Tirta Mahakam');
    await page.locator('#partner\\.regionOrCountry').fill('Kota Samarinda');
    await page.locator('#partner\\.address').fill('Jl. Awang Long 1, Samarinda');
    await page.locator('#partner\\.contactPerson').fill('Budi Santoso');
    await page.locator('#partner\\.email').fill('kerjasama@tirta.example.co.id');
    await page.locator('#partner\\.phone').fill('+62 541 200300');
    await page.locator('#title').fill(title);
    await page.locator('#background').fill('Cakupan air bersih di pinggiran kota masih rendah.');
    await page.locator('#purpose').fill('Memperluas jaringan air bersih.');
    await page.locator('#scope').fill('Pembangunan dan pengelolaan jaringan pipa.');
    await page.locator('#expectedBenefits').fill('Warga mendapat air bersih.');
    await page.locator('#location').fill('Kecamatan Palaran');
    await page.locator('#durationMonths').fill('24');
    await page.locator('#financing').fill('Dana badan usaha.');
    await page.locator('#departments-filter').fill('kesehatan');
    await page.getByRole('checkbox', { name: /Dinas Kesehatan/ }).check();
    const created = page.waitForResponse((r) => r.url().endsWith('/cooperations') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Buat kasus' }).click();
    const answer = await (await created).json();
    expect((await created).status()).toBe(201);
    await expect(page).toHaveURL(new RegExp(`/kasus/${answer.id}$`));
    await expect(page.getByTestId('case-stage')).toBeVisible();
    await checkPage(page, `new-case-opened-${width}`);
    const text = await page.locator('main').innerText();
    expect(text.match(internalCode), 'an internal code on the case page').toBeNull();
    expect(text.match(isoDate), 'an ISO date on the case page').toBeNull();

    // an admin works from /tugas: the server lists the new case with the admin's next action (in Persiapan the
    // TKKSD's assessment, which an admin may record, before the preparation can be completed); found by its title,
    // opened, and the case page offers that same action as its primary one
    await signInAs(page, 'admin');
    await page.goto('/tugas');
    await expect(page.getByTestId('tasks-count')).toBeVisible({ timeout: 30_000 });
    await page.locator('#tasks-q').fill(title);
    const searched = page.waitForResponse((r) => r.url().includes('/me/tasks') && r.url().includes('q='));
    await page.locator('#tasks-q').press('Enter');
    const listed = await searched;
    expect(listed.status()).toBe(200);
    const mine = (await listed.json()).items.find((x: { caseId: string }) => x.caseId === answer.id);
    expect(mine?.action).toBe('RECORD_TKKSD_ASSESSMENT');
    const task = page.getByTestId('tasks').getByRole('link', { name: title });
    await expect(task).toHaveCount(1);
    const row = page.getByTestId('tasks').locator('li', { has: page.getByRole('link', { name: title }) });
    await expect(row).toContainText(mine.actionLabel.id);
    await checkPage(page, `tasks-${width}`);
    const tasksText = await page.locator('main').innerText();
    expect(tasksText.match(internalCode), 'an internal code on /tugas').toBeNull();
    expect(tasksText.match(isoDate), 'an ISO date on /tugas').toBeNull();
    const opened = page.waitForResponse((r) => r.url().endsWith(`/cooperations/${answer.id}`) && r.request().method() === 'GET');
    await task.click();
    await expect(page).toHaveURL(new RegExp(`/kasus/${answer.id}$`));
    const view = await (await opened).json(); // a department's case: no document yet
    await expect(page.locator('details.action.primary')).toHaveCount(1);
    await expect(page.locator('details.action.primary')).toHaveAttribute('data-action', mine.action);
    await checkPage(page, `tasks-case-${width}`);
    const adminText = await page.locator('main').innerText();
    expect(adminText.match(internalCode), 'an internal code on the case page (admin)').toBeNull();
    expect(adminText.match(isoDate), 'an ISO date on the case page (admin)').toBeNull();

    // the case summary prints on A4 for the paper file: the Pemda and the partner, title, stage, dates, the
    // documents with their SHA-256 and the timeline; no navigation, buttons or forms
    expect(view.documents).toEqual([]);
    const kak = pdf('KAK');
    const sha = createHash('sha256').update(kak.buffer).digest('hex');
    const documents = page.locator('section[aria-labelledby=documents-title]');
    await upload(documents, 'KAK', kak);
    await expect(documents).toContainText(sha, { timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.top', 'footer.foot', 'nav', 'form', 'button', '#actions-title']) {
      for (const el of await page.locator(hidden).all()) await expect(el, `${hidden} in print`).toBeHidden();
    }
    for (const shown of ['[data-testid=print-header]', 'h1', '[data-testid=case-stage]', '#documents-title', '#timeline-title']) {
      await expect(page.locator(shown).first(), `${shown} in print`).toBeVisible();
    }
    const printed = await page.locator('main').innerText();
    expect(printed).toContain(sha);
    expect(printed).toContain('Pemerintah Kota Contoh');
    expect(printed).toContain('PT Tirta Mahakam');
    expect(printed.match(isoDate), 'an ISO date in print').toBeNull();
    const printout = await page.pdf({ format: 'A4', printBackground: true, path: `test-results/case-print-${width}.pdf` });
    expect(printout.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });
}
