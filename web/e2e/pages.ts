import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

/** What each checked page measured: axe violations by impact, and whether it fits its width without sideways scrolling. */
export interface PageCheck { name: string; url: string; width: number; scrollWidth: number; violations: Record<string, number>; serious: string[] }
export const checks: PageCheck[] = [];
let counter = 0;

/** The widths every page is checked at besides the test's own: a phone's and a desktop's. */
export const WIDTHS = [390, 1366];

/**
 * Checks the page as it stands at the test's own width and then at 390 and 1366 px (restoring the viewport after):
 * at each, a full-page screenshot kept as an artifact, axe-core (WCAG 2.1 A/AA rules) with no serious or critical
 * violation, and no horizontal overflow at that width.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const original = page.viewportSize();
  await checkAtWidth(page, name);
  for (const width of WIDTHS.filter((w) => w !== original?.width)) {
    await page.setViewportSize({ width, height: original?.height ?? 900 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await checkAtWidth(page, `${name}@${width}`);
  }
  if (original) await page.setViewportSize(original);
}

async function checkAtWidth(page: Page, name: string): Promise<void> {
  if (counter === 0) rmSync('test-results/screens', { recursive: true, force: true }); // this run's pages only
  mkdirSync('test-results/screens', { recursive: true });
  counter += 1;
  await page.screenshot({ path: `test-results/screens/${String(counter).padStart(2, '0')}-${name}.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations: Record<string, number> = {};
  const serious: string[] = [];
  for (const v of axe.violations) {
    violations[v.impact ?? 'unknown'] = (violations[v.impact ?? 'unknown'] ?? 0) + v.nodes.length;
    if (v.impact === 'serious' || v.impact === 'critical') {
      serious.push(`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  }
  const width = page.viewportSize()?.width ?? 0;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  checks.push({ name, url: page.url(), width, scrollWidth, violations, serious });
  writeFileSync('test-results/pages.json', JSON.stringify(checks, null, 2));
  expect.soft(serious, `axe on ${name}`).toEqual([]);
  expect.soft(scrollWidth, `${name} fits ${width} px`).toBeLessThanOrEqual(width);
}

/** A small PDF, different every time. */
export function pdf(title: string): { name: string; mimeType: string; buffer: Buffer } {
  const text = `%PDF-1.7\n% ${title} ${Date.now()} ${Math.random()}\n%%EOF\n`;
  const id = Math.random().toString(36).slice(2, 8);
  return { name: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(text) };
}

/**
 * Uploads a file through the UploadBox inside `box` and waits until the API registered it: the file's name is then
 * listed in `listed` (the form's attachments, or the tracking page's uploads).
 */
export async function upload(box: Locator, type: string, file: ReturnType<typeof pdf>, listed: Locator = box): Promise<void> {
  const scope = box.locator('.upload').first();
  await scope.locator('select').first().selectOption(type);
  await scope.locator('input[type=file]').setInputFiles(file);
  await scope.locator('button').click();
  await expect(listed.locator('li', { hasText: file.name }).first()).toBeVisible({ timeout: 60_000 });
}

export async function signInAs(page: Page, user: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => sessionStorage.removeItem('sikerja.session'));
  await page.goto('/masuk');
  await page.locator(`button[data-user="${user}"]`).click();
  await expect(page).toHaveURL(/\/dasbor/);
}

/**
 * Runs one action on the case page through its form: opens it, fills facts (by name), uploads the documents, submits,
 * and waits for the saved notice.
 */
/** Issue 17: the signed copy each signing needs checked and confirmed by the admin first. */
const SIGNED_COPY: Record<string, string> = { SIGN_KB: 'KB_SIGNED', SIGN_PKS: 'PKS_SIGNED', SIGN_NASKAH: 'NASKAH_SIGNED', SIGN_NOTA: 'NOTA_KESEPAKATAN_SIGNED' };
export const COPY_TICKS = { signedCopyParaf: 'true', signedCopyMeterai: 'true', signedCopyCap: 'true' };

export async function act(page: Page, caseId: string, action: string, opts: {
  facts?: Record<string, string>; documents?: string[]; files?: Record<string, ReturnType<typeof pdf>>;
} = {}): Promise<void> {
  const copy = SIGNED_COPY[action];
  if (copy) {
    // the admin ticks the checklist of the signed copy (uploading it here when the signing carried it)
    await actOnce(page, caseId, 'CONFIRM_SIGNED_COPY', { facts: COPY_TICKS, documents: (opts.documents ?? []).filter((d) => d === copy), files: opts.files });
    opts = { ...opts, documents: (opts.documents ?? []).filter((d) => d !== copy) };
  }
  await actOnce(page, caseId, action, opts);
}

async function actOnce(page: Page, caseId: string, action: string, opts: {
  facts?: Record<string, string>; documents?: string[]; files?: Record<string, ReturnType<typeof pdf>>;
} = {}): Promise<void> {
  await page.goto(`/kasus/${caseId}`);
  const form = page.locator(`details[data-action="${action}"]`);
  await form.locator('summary').click();
  for (const [fact, value] of Object.entries(opts.facts ?? {})) {
    const field = form.locator(`[name="${fact}"]`);
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
    else if ((await field.getAttribute('type')) === 'checkbox') await field.setChecked(value === 'true');
    else await field.fill(value);
  }
  for (const type of opts.documents ?? []) await upload(form, type, opts.files?.[type] ?? pdf(type));
  await form.locator('button[type=submit]').click();
  await expect(page.locator('#case-notice')).toContainText('Tersimpan', { timeout: 60_000 });
}
