import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkPage, signInAs } from './pages';

// Issue 17 (h17-talk): the discussion and the notifications, at a phone's and a desktop's width. An admin writes a
// comment shared with the partner on the case page; the partner reads it on its tracking page (/lacak) and replies;
// the admin then sees the unread count in the header and the partner's reply in /notifikasi, marks it read; a
// department officer mentioned by its address finds the mention in its own inbox. No internal code or ISO date in
// what people read; every page axe-checked at 390 and 1366 px.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

async function readable(page: Page, name: string) {
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('a, .mono, input, textarea').forEach((e) => e.remove());
    return copy.textContent ?? '';
  });
  expect(text.match(internalCode), `an internal code on ${name}`).toBeNull();
  expect(text.match(isoDate), `an ISO date on ${name}`).toBeNull();
}

for (const width of [390, 1366]) {
  test(`a shared comment reaches the partner, its reply and a mention notify officers at ${width} px`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: 900 });
    const config = await (await request.get('/config.json')).json();
    const sample = JSON.parse(readFileSync('../events/intake-submit-proposal.json', 'utf8'));
    const title = `Diskusi layanan gizi ${Date.now()} ${width}`;
    const body = JSON.parse(sample.body);
    const created = await request.post(`${config.apiUrl}/proposals`, {
      data: { ...body, title, partner: { ...body.partner, email: `talk-${Date.now()}-${width}@mitra.example.go.id` } }, headers: { 'Idempotency-Key': `talk-${Date.now()}-${Math.random()}` } });
    expect(created.status()).toBe(201);
    const { id, trackingCode, accessToken } = await created.json();

    // the department officer signs in once, so that it can be mentioned
    await signInAs(page, 'opd-dinkes');
    await page.goto('/notifikasi');
    await expect(page.getByRole('heading', { level: 1, name: 'Pemberitahuan' })).toBeVisible();

    // ------------------------------------------------------------ the admin writes, shared with the partner
    await signInAs(page, 'admin');
    await page.goto(`/kasus/${id}`);
    const talk = page.getByTestId('discussion');
    await expect(talk.getByRole('heading', { name: 'Diskusi' })).toBeVisible();
    await talk.getByLabel('Komentar').first().fill('Mohon kirim kerangka acuan kerja yang sudah ditandatangani.');
    await talk.getByRole('radio', { name: 'Bersama mitra' }).check();
    const posted = page.waitForResponse((r) => r.url().endsWith(`/cooperations/${id}/comments`) && r.request().method() === 'POST');
    await talk.getByRole('button', { name: 'Kirim komentar' }).click();
    expect((await posted).status()).toBe(201);
    await expect(talk.locator('li[data-visibility="SHARED"]')).toContainText('kerangka acuan kerja');
    // an internal note, mentioning the department officer by its address
    await talk.getByLabel('Komentar').first().fill('Catatan internal: mohon OPD menilai lokasi.');
    await talk.getByRole('radio', { name: 'Internal (petugas saja)' }).check();
    await talk.getByLabel(/Sebut petugas/).fill('dinkes@sikerja.local');
    const internal = page.waitForResponse((r) => r.url().endsWith(`/cooperations/${id}/comments`) && r.request().method() === 'POST');
    await talk.getByRole('button', { name: 'Kirim komentar' }).click();
    expect((await internal).status()).toBe(201);
    await expect(talk.locator('li[data-visibility="INTERNAL"]')).toContainText('menilai lokasi');
    await checkPage(page, `discussion-case-${width}`);
    await readable(page, 'the case page');
    // an unknown address is named at its field
    await talk.getByLabel('Komentar').first().fill('Halo');
    await talk.getByLabel(/Sebut petugas/).fill('tidak.ada@contoh.go.id');
    await talk.getByRole('button', { name: 'Kirim komentar' }).click();
    await expect(talk.locator('#talk-mentions-error')).toBeVisible();

    // ------------------------------------------------------------ the partner reads and replies on /lacak
    await page.evaluate(() => sessionStorage.removeItem('sikerja.session'));
    await page.goto(`/lacak/${trackingCode}#token=${accessToken}`);
    const shared = page.getByTestId('discussion');
    await expect(shared.getByRole('heading', { name: 'Diskusi dengan Bagian Kerja Sama' })).toBeVisible();
    await expect(shared).toContainText('kerangka acuan kerja');
    await expect(shared).not.toContainText('menilai lokasi');
    await shared.getByLabel('Komentar').fill('Baik, kami kirim minggu ini.');
    const replied = page.waitForResponse((r) => r.url().endsWith(`/comments`) && r.request().method() === 'POST');
    await shared.getByRole('button', { name: 'Kirim komentar' }).click();
    expect((await replied).status()).toBe(201);
    await expect(shared).toContainText('Baik, kami kirim minggu ini.');
    await checkPage(page, `discussion-track-${width}`);
    // in English too
    await page.getByRole('button', { name: /switch the language|ganti bahasa|^EN/ }).first().click();
    await expect(shared.getByRole('heading', { name: 'Discussion with the Cooperation Office' })).toBeVisible();
    await page.getByRole('button', { name: /^ID/ }).first().click();

    // ------------------------------------------------------------ the admin's unread count and inbox
    await signInAs(page, 'admin');
    // the bell in the header's bar, at every width (not behind the folded menu on a phone)
    await expect(page.getByTestId('unread-count')).toBeVisible();
    await expect(page.getByTestId('inbox-link')).toHaveAccessibleName(/belum dibaca/);
    await page.getByTestId('inbox-link').click();
    await expect(page).toHaveURL(/\/notifikasi/);
    const reply = page.locator('li[data-kind="SHARED_REPLY"]', { hasText: title });
    await expect(reply).toHaveCount(1);
    await expect(reply).toContainText('Balasan mitra dalam diskusi');
    await checkPage(page, `inbox-${width}`);
    await readable(page, '/notifikasi');
    await reply.getByRole('button', { name: 'Tandai dibaca' }).click();
    await expect(reply).toContainText('Sudah dibaca');

    // ------------------------------------------------------------ the mentioned officer's inbox
    await signInAs(page, 'opd-dinkes');
    await page.goto('/notifikasi');
    const mention = page.locator('li[data-kind="MENTION"]', { hasText: title });
    await expect(mention).toHaveCount(1);
    await mention.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/kasus/${id}`));
    await expect(page.getByTestId('discussion')).toContainText('menilai lokasi');
  });
}
