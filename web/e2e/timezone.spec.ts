import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { signInAs } from './pages';

// Every date and time on screen is the Pemda's (config.json `timeZone`, which the local runtime takes from the
// functions' PEMDA_ZONE), never the browser's: here the browser runs in Los Angeles, sixteen hours behind Makassar,
// and an officer still reads the office's clock and the office's "today".
test.use({ timezoneId: 'America/Los_Angeles' });

test('an officer whose browser is in another zone reads times and dates in the Pemda’s zone', async ({ page, request }) => {
  const config = await (await request.get('/config.json')).json();
  expect(config.timeZone, 'config.json names the Pemda’s zone').toBeTruthy();
  const zone: string = config.timeZone;

  // a partner's proposal, so that the case has instants to show (created, the timeline)
  const sample = JSON.parse(readFileSync('../events/intake-submit-proposal.json', 'utf8'));
  const body = { ...JSON.parse(sample.body), title: `Uji zona waktu ${Date.now()}` };
  const created = await request.post(`${config.apiUrl}/proposals`, { data: body, headers: { 'Idempotency-Key': `tz-${Date.now()}-${Math.random()}` } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  await signInAs(page, 'admin');
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/Los_Angeles');
  const answer = page.waitForResponse((r) => r.url().endsWith(`/cooperations/${id}`) && r.request().method() === 'GET');
  await page.goto(`/kasus/${id}`);
  const view = await (await answer).json();
  await expect(page.getByTestId('case-stage')).toBeVisible();

  // the same instant formatted by the page's own Intl, once in the Pemda's zone and once in the browser's
  const [inPemda, inBrowser] = await page.evaluate(([at, z]) => {
    const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
    return [new Intl.DateTimeFormat('id-ID', { ...opts, timeZone: z }).format(new Date(at)),
      new Intl.DateTimeFormat('id-ID', opts).format(new Date(at))];
  }, [view.createdAt, zone] as const);
  expect(inPemda).not.toBe(inBrowser);
  const main = await page.locator('main').innerText();
  expect(main).toContain(inPemda);
  expect(main).not.toContain(inBrowser);

  // "today" of the tasks and the dashboard is the Pemda's day too
  const today = await page.evaluate((z) => new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()), zone);
  const tasks = page.waitForResponse((r) => r.url().includes('/me/tasks'));
  await page.goto('/tugas');
  expect((await (await tasks).json()).asOf).toBe(today);
  const dashboard = page.waitForResponse((r) => r.url().includes('/cooperations?') && r.url().includes('dueBefore='));
  await page.goto('/dasbor');
  const dueBefore = new URL((await dashboard).url()).searchParams.get('dueBefore')!;
  const days = (Date.parse(`${dueBefore}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  expect(days, 'the dashboard counts from the Pemda’s today').toBe(7);
});
