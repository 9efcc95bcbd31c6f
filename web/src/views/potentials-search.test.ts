// Issue 16 (f16): a catalogue search answered after the visitor opened an entry must not rewrite the entry page's
// address with the catalogue's query (web/e2e/answers.spec.ts failed at 1366 px: /peluang/<id>?q=…).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mountAt } from '../test/harness';
import PotentialsView from './PotentialsView.vue';

afterEach(() => vi.unstubAllGlobals());

describe('the catalogue search', () => {
  it('answered late, leaves the page the visitor went to as it is', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      if (url.pathname === '/potentials') await held;
      const body = url.pathname === '/potentials' ? { items: [], nextCursor: null, total: 0 } : { departments: [] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    const { router } = await mountAt(PotentialsView, '/peluang?q=air');
    await router.push('/peluang/entry-1');
    release();
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/peluang/entry-1');
  });

  it('answered while the visitor\'s click on an entry is still loading, does not cancel that navigation', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      if (url.pathname === '/potentials') await held;
      const body = url.pathname === '/potentials' ? { items: [], nextCursor: null, total: 0 } : { departments: [] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    const { router } = await mountAt(PotentialsView, '/peluang?q=air');
    const opening = router.push('/peluang/entry-2');
    release();
    await opening;
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/peluang/entry-2');
  });
});
