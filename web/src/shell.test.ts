import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messages } from './lib/messages';

// index.html paints the home page's heading and introduction before the app's code runs (largest contentful
// paint); what it paints must be what the app then shows, word for word, or the page would change under the reader.
describe('the landing page shell in index.html', () => {
  const html = readFileSync('index.html', 'utf8');
  const shell = new DOMParser().parseFromString(html, 'text/html').getElementById('shell');

  it("shows the home page's heading and introduction as the app does in Indonesian", () => {
    expect(shell?.querySelector('h1')?.textContent).toBe(messages.id.home.title);
    expect(shell?.querySelector('p')?.textContent).toBe(messages.id.home.intro);
  });

  it('is removed at once on any other page and for a visitor who chose English', () => {
    expect(html).toMatch(/location\.pathname !== '\/' \|\| localStorage\.getItem\('sikerja\.lang'\) === 'en'\) document\.getElementById\('shell'\)\.remove\(\)/);
    expect(readFileSync('src/lib/i18n.ts', 'utf8')).toContain("const KEY = 'sikerja.lang'");
  });
});
