/** Mounting a page with the app's i18n and a memory router, against recorded API answers served by a fake fetch. */
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { vi } from 'vitest';
import type { Component } from 'vue';
import { routes } from '../router';
import { i18n, setLanguage } from '../lib/i18n';
import { setConfig } from '../lib/config';

export interface Call { method: string; url: string; headers: Record<string, string>; body: unknown }

/** A fetch answering by "METHOD path" (path without the query, or with it when the key has one). */
export function fakeApi(answers: Record<string, { status?: number; body: unknown } | ((call: Call) => { status?: number; body: unknown })>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const call: Call = { method: init.method ?? 'GET', url: url.pathname + url.search, headers, body: init.body ? safeJson(String(init.body)) : undefined };
    calls.push(call);
    const answer = answers[`${call.method} ${url.pathname}${url.search}`] ?? answers[`${call.method} ${url.pathname}`];
    if (!answer) return new Response(JSON.stringify({ message: 'Not Found' }), { status: 404, headers: { 'content-type': 'application/json' } });
    const a = typeof answer === 'function' ? answer(call) : answer;
    const status = a.status ?? 200;
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(a.body), { status, headers: { 'content-type': type } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

export async function mountAt(view: Component, path: string) {
  setConfig({ apiUrl: 'https://api.test', auth: { mode: 'local' }, pemdaName: 'Pemerintah Kota Contoh' });
  setLanguage('id');
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(view, { global: { plugins: [i18n, router], stubs: { BarChart: { props: ['title', 'labels', 'values'], template: '<figure class="chart-stub" :data-title="title">{{ labels.join(",") }}={{ values.join(",") }}</figure>' } } } });
  await flushPromises();
  return { wrapper, router };
}

export { flushPromises };
export const fixture = async (name: string) => (await import(`./fixtures/${name}.json`)).default;
