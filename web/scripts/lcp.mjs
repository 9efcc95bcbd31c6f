#!/usr/bin/env node
// The home page's largest contentful paint on a slow phone: Debian's Chromium with the CPU slowed 4x and the
// network of DevTools' "Slow 4G" preset (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up), a cold cache each
// time, a 412x823 phone screen. Against a running local runtime (`local/run`, or any web URL):
//   npm run lcp                              # http://localhost:5173/, 5 loads, the median
//   SIKERJA_WEB_URL=http://localhost:5187 npm run lcp -- --runs 3 --path / --waterfall   (--waterfall: each request)
// Prints each load and the median, and writes test-results/lcp.json. Issue 14's goal: at most 1.5 s.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const base = (process.env.SIKERJA_WEB_URL ?? 'http://localhost:5173').replace(/\/$/, '');
const url = base + option('path', '/');
const runs = Number(option('runs', '5'));
const GOAL_MS = 1500;
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
  connectionType: 'cellular4g',
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

async function once() {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75,
    isMobile: true, hasTouch: true, locale: 'id-ID' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // every LCP candidate, as the browser reports them; the last one before any input is the page's LCP
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const el = e.element;
        window.__lcp.push({ at: e.startTime, size: e.size,
          element: el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}` : null,
          text: el?.textContent?.trim().slice(0, 60) ?? null });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const bytes = { total: 0 };
  cdp.on('Network.loadingFinished', (e) => (bytes.total += e.encodedDataLength));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
  await page.waitForTimeout(1000); // a late candidate (the registry's list after its answer) still counts
  const entries = await page.evaluate(() => window.__lcp);
  const waterfall = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((r) => ({ name: r.name.replace(location.origin, ''), start: Math.round(r.startTime), end: Math.round(r.responseEnd) })));
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { ttfb: n?.responseStart ?? null, fcp: fcp?.startTime ?? null, load: n?.loadEventEnd ?? null };
  });
  await context.close();
  const last = entries.at(-1) ?? null;
  return { lcp: last?.at ?? null, element: last?.element ?? null, text: last?.text ?? null, ...nav, bytes: bytes.total, waterfall };
}

const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const r = await once();
    results.push(r);
    const ms = (v) => (v == null ? '—' : `${Math.round(v)} ms`);
    if (args.includes('--waterfall')) for (const w of r.waterfall) console.log(`  ${String(w.start).padStart(5)}–${String(w.end).padEnd(5)} ms  ${w.name}`);
    console.log(`load ${i + 1}: LCP ${ms(r.lcp)} (${r.element}: "${r.text}"), FCP ${ms(r.fcp)}, TTFB ${ms(r.ttfb)}, load ${ms(r.load)}, ${(r.bytes / 1024).toFixed(1)} KB transferred`);
  }
} finally {
  await browser.close();
}
const sorted = results.map((r) => r.lcp).filter((v) => v != null).sort((a, b) => a - b);
const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
console.log(`${url}: median LCP ${median == null ? 'none' : `${(median / 1000).toFixed(2)} s`} of ${runs} cold loads (4x CPU slowdown, Slow 4G); goal ≤ ${GOAL_MS / 1000} s`);
const out = new URL('../test-results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('lcp.json', out), JSON.stringify({ url, runs: results, medianMs: median, goalMs: GOAL_MS,
  throttling: { cpu: 4, network: SLOW_4G } }, null, 2));
if (median == null) process.exit(1);
