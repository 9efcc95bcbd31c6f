import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkPage, signInAs } from './pages';

// Every officer page, checked at 390 and 1366 px (checkPage: screenshot, axe WCAG 2.1 AA, no sideways scroll), with
// no internal code or ISO date in what an officer reads; the case list found by a tracking code; the holiday list
// read-only until its edit button; each role's /tugas.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

/** What the page itself writes: without links and codes, whose text is what people entered (other journeys' case
 * titles on a shared system, tracking codes), which the page shows as it is. */
async function readable(page: import('@playwright/test').Page, name: string) {
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('a, .mono, input, textarea').forEach((e) => e.remove());
    return copy.textContent ?? '';
  });
  expect(text.match(internalCode), `an internal code on ${name}`).toBeNull();
  expect(text.match(isoDate), `an ISO date on ${name}`).toBeNull();
}

test('officer pages read in words and pass axe at both widths; the case list finds a case by its tracking code', async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const config = await (await request.get('/config.json')).json();
  const sample = JSON.parse(readFileSync('../events/intake-submit-proposal.json', 'utf8'));
  const title = `Kode pelacakan ${Date.now()}`;
  const created = await request.post(`${config.apiUrl}/proposals`, {
    data: { ...JSON.parse(sample.body), title }, headers: { 'Idempotency-Key': `pages-${Date.now()}-${Math.random()}` } });
  expect(created.status()).toBe(201);
  const { id, trackingCode } = await created.json();

  await signInAs(page, 'admin');
  await checkPage(page, 'officer-dashboard');
  await readable(page, '/dasbor');

  // the case list: the tracking code typed (as a partner reads it on the phone) finds exactly that case
  await page.goto('/kasus');
  await page.locator('#cases-q').fill(trackingCode);
  const searched = page.waitForResponse((r) => r.url().includes('/cooperations?') && r.url().includes('q='));
  await page.getByRole('button', { name: 'Cari' }).click();
  const list = await (await searched).json();
  expect(list.items.map((c: { id: string }) => c.id)).toEqual([id]);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByTestId('case-code')).toContainText(trackingCode);
  await checkPage(page, 'officer-cases-search');
  await readable(page, '/kasus');

  // the admin's task for it: validate the application
  await page.goto('/tugas');
  await page.locator('#tasks-q').fill(trackingCode);
  await page.locator('#tasks-q').press('Enter');
  await expect(page.getByTestId('tasks').getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByTestId('tasks').locator('li').first()).toContainText('Terima permohonan');
  await checkPage(page, 'officer-tasks-admin');
  await readable(page, '/tugas');

  await page.getByTestId('tasks').getByRole('link', { name: title }).click();
  await expect(page.getByTestId('case-stage')).toBeVisible();
  await expect(page.locator('details.action.primary')).toHaveAttribute('data-action', 'ACCEPT');
  await checkPage(page, 'officer-case-intake');
  await readable(page, 'the case page');

  // holidays: a list to read; its fields appear only behind the edit button
  await page.goto('/libur');
  await expect(page.getByTestId('holidays-edit')).toBeVisible();
  await expect(page.locator('main input[type=date]')).toHaveCount(0);
  await checkPage(page, 'officer-holidays-read');
  await page.getByTestId('holidays-edit').click();
  await expect(page.locator('main input[type=date]').first()).toBeVisible();
  await checkPage(page, 'officer-holidays-edit');

  for (const [path, name] of [['/kasus/baru', 'new-case'], ['/laporan', 'reports'], ['/impor', 'import'], ['/opd', 'departments'], ['/pengaturan', 'settings']]) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await checkPage(page, `officer-${name}`);
    await readable(page, path);
  }

  // each other role's tasks page reads in words too; a leader is asked nothing
  for (const user of ['tkksd', 'opd-dinkes', 'pimpinan']) {
    await signInAs(page, user);
    const answer = page.waitForResponse((r) => r.url().includes('/me/tasks'));
    await page.goto('/tugas');
    const tasks = await (await answer).json();
    if (user === 'pimpinan') expect(tasks.total).toBe(0);
    await expect(page.getByTestId('tasks-count')).toBeVisible();
    await checkPage(page, `officer-tasks-${user}`);
    await readable(page, `/tugas (${user})`);
  }
});
