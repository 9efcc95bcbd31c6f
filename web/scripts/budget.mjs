#!/usr/bin/env node
// The web front end's budgets, measured on the build (web/dist) and on the last browser journey's page checks
// (web/test-results/pages.json, written by e2e/pages.ts): initial JavaScript at most 150 KB gzipped; no serious or
// critical axe-core violation on any page; every page fits 360 px without sideways scrolling.
//   npm run build && npm run budget          (after `npm run e2e` or `mvn verify` for the page checks)
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const LIMIT = 150 * 1024;
const html = readFileSync('dist/index.html', 'utf8');
const initial = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)]
  .map((m) => (m[1] ?? m[2]).replace(/^\//, ''));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const initialBytes = initial.reduce((sum, f) => sum + gz(f), 0);
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((s, m) => s + gz(m[1].replace(/^\//, '')), 0);
const lazy = readdirSync('dist/assets').filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`))
  .map((f) => ({ file: f, gzip: gz(`assets/${f}`) })).sort((a, b) => b.gzip - a.gzip);

const failures = [];
console.log(`initial JavaScript: ${kb(initialBytes)} gzipped (limit ${kb(LIMIT)}) in ${initial.length} files: ${initial.join(', ')}`);
console.log(`initial CSS: ${kb(css)} gzipped`);
console.log(`loaded on demand: ${lazy.slice(0, 6).map((l) => `${l.file} ${kb(l.gzip)}`).join(', ')}${lazy.length > 6 ? ', …' : ''}`);
if (initialBytes > LIMIT) failures.push(`initial JavaScript ${kb(initialBytes)} > ${kb(LIMIT)}`);
// the entry's stylesheet is inlined (scripts/inline-css.ts): a linked one would hold the first paint a round trip
if (css > 0) failures.push('index.html links a stylesheet: the first paint waits for it (inline it, scripts/inline-css.ts)');
const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((s, m) => s + gzipSync(m[1], { level: 9 }).length, 0);
console.log(`CSS inlined in index.html: ${kb(inlineCss)} gzipped`);

let pages = null;
if (existsSync('test-results/pages.json')) {
  pages = JSON.parse(readFileSync('test-results/pages.json', 'utf8'));
  console.log(`pages checked in Chromium: ${pages.length}`);
  for (const p of pages) {
    const v = Object.entries(p.violations).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
    console.log(`  ${p.name.padEnd(24)} ${String(p.scrollWidth).padStart(4)}/${p.width} px  axe: ${v}`);
    if (p.serious.length) failures.push(`${p.name}: ${p.serious.join('; ')}`);
    if (p.scrollWidth > p.width) failures.push(`${p.name}: ${p.scrollWidth} px wide at ${p.width} px`);
  }
} else {
  console.log('no page checks yet (test-results/pages.json): run the browser journey (npm run e2e, or mvn verify)');
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/budget.json', JSON.stringify({ initialJsGzip: initialBytes, limit: LIMIT, initial, cssGzip: css, lazy, pages, failures }, null, 2));
if (failures.length) {
  console.error(`over budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('within budget');
