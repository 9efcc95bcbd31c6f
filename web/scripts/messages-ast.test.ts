// The build ships the interface texts precompiled (scripts/messages-ast.ts, vite.config.ts) and vue-i18n without its
// message compiler: every text, in both languages, must read the same precompiled as the strings read in dev.
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { messages } from '../src/lib/messages';
import { precompileMessages, type MessageTree } from './messages-ast';

function keys(tree: MessageTree, path = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${path}${k}`, v] as [string, string]] : keys(v, `${path}${k}.`)));
}

describe('the precompiled interface texts', () => {
  const strings = createI18n({ legacy: false, locale: 'id', messages });
  const compiled = createI18n({ legacy: false, locale: 'id', messages: precompileMessages(messages) as typeof messages });

  for (const locale of ['id', 'en'] as const) {
    it(`read as the strings do (${locale})`, () => {
      const all = keys(messages[locale]);
      expect(all.length).toBeGreaterThan(100);
      for (const [key, text] of all) {
        const named = Object.fromEntries([...text.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `<${m[1]}>`]));
        const expected = strings.global.t(key, named, { locale });
        expect(compiled.global.t(key, named, { locale }), key).toBe(expected);
        // and the strings are what the text says, placeholders filled in (no syntax vue-i18n would read otherwise)
        expect(expected, key).toBe(text.replace(/\{(\w+)\}/g, '<$1>'));
      }
    });
  }

  it('are data, not strings for the browser to compile', () => {
    const tree = precompileMessages({ a: { b: 'Diperbarui {at}.' } }) as { a: { b: unknown } };
    expect(tree.a.b).toMatchObject({ t: 0, b: { i: [{ v: 'Diperbarui ' }, { k: 'at' }, { v: '.' }] } });
  });

  it('fails the build on a text vue-i18n cannot read, naming it', () => {
    expect(() => precompileMessages({ app: { broken: 'Diperbarui {at' } })).toThrow(/app\.broken/);
  });
});
