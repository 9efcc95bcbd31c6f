import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fixture, flushPromises, mountAt } from '../test/harness';
import NewCaseView from './NewCaseView.vue';
import CasesView from './CasesView.vue';
import { signIn, signOut, base64UrlEncode } from '../lib/auth';

const enc = (o: object) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
const token = (groups: string[], extra: object = {}) =>
  `${enc({ alg: 'RS256' })}.${enc({ email: 'someone@sikerja.local', 'cognito:groups': groups, exp: 4_000_000_000, ...extra })}.sig`;

afterEach(() => {
  vi.unstubAllGlobals();
  signOut();
  sessionStorage.clear();
});

describe('starting a department-initiated case (/kasus/baru)', () => {
  it('sends the OPD user’s proposal once per form with its key, as the region’s own initiative, and opens the new case', async () => {
    signIn(token(['opd'], { 'custom:opd': 'DINKES' }));
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'POST /cooperations': { status: 201, body: { id: 'c9', stage: 'PERSIAPAN' } },
    });
    const { wrapper, router } = await mountAt(NewCaseView, '/kasus/baru');
    expect(wrapper.find('h1').text()).toBe('Kasus baru (prakarsa OPD)');
    await wrapper.find('#title').setValue('Layanan kesehatan keliling');
    await wrapper.find('#durationMonths').setValue('12');
    await wrapper.find('input[type=checkbox][value=DINKES]').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/cooperations');
    expect(post.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.body).toMatchObject({ category: 'KSDPK', ksdpkInitiative: 'DAERAH', title: 'Layanan kesehatan keliling', durationMonths: 12, departments: ['DINKES'] });
    // the case page is its own chunk: the navigation settles once it is loaded
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/kasus/c9'), { timeout: 5000 });
  });

  it('shows each field error of the API’s 422 under its field and stays on the form', async () => {
    signIn(token(['admin']));
    fakeApi({ 'GET /settings/departments': { body: await fixture('departments') }, 'POST /cooperations': { status: 422, body: await fixture('proposal-422') } });
    const { wrapper, router } = await mountAt(NewCaseView, '/kasus/baru');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#title-error').text()).toBe('wajib diisi');
    expect(wrapper.find('#title').attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('Periksa isian yang ditandai.');
    expect(router.currentRoute.value.fullPath).toBe('/kasus/baru');
  });

  it('tells a role that cannot start a case so, without a form, and the case list offers the page only to OPD and admin', async () => {
    signIn(token(['pimpinan']));
    fakeApi({ 'GET /settings/departments': { body: await fixture('departments') }, 'GET /cooperations': { body: { items: [], total: 0, nextCursor: null } } });
    const page = await mountAt(NewCaseView, '/kasus/baru');
    expect(page.wrapper.find('form').exists()).toBe(false);
    expect(page.wrapper.text()).toContain('Hanya pengguna OPD atau admin');
    const list = await mountAt(CasesView, '/kasus');
    expect(list.wrapper.find('[data-testid=new-case-link]').exists()).toBe(false);
    signOut();
    signIn(token(['opd'], { 'custom:opd': 'DINKES' }));
    const mine = await mountAt(CasesView, '/kasus');
    expect(mine.wrapper.find('[data-testid=new-case-link]').attributes('href')).toBe('/kasus/baru');
  });
});

describe('the case list', () => {
  it('searches by tracking code with the words typed and shows each case’s code and stage label', async () => {
    signIn(token(['admin']));
    const item = {
      id: 'c1', trackingCode: 'KS-2026-7Q4XZD', title: 'Air bersih', category: 'KSDPK', stage: 'PERSIAPAN',
      stageLabel: { id: 'Persiapan', en: 'Preparation' }, partner: { name: 'PT Tirta', type: 'BADAN_USAHA', regionOrCountry: 'Samarinda' },
      departments: ['DINKES'], field: null, createdAt: '2026-12-01T01:00:00Z', updatedAt: '2026-12-01T01:00:00Z',
      startDate: null, endDate: null, nextDue: null, inBudget: false,
    };
    const calls = fakeApi({ 'GET /settings/departments': { body: await fixture('departments') }, 'GET /cooperations': { body: { items: [item], total: 1, nextCursor: null } } });
    const { wrapper } = await mountAt(CasesView, '/kasus');
    expect(wrapper.find('label[for=cases-q]').text()).toContain('kode pelacakan');
    await wrapper.find('#cases-q').setValue('KS-2026-7Q4XZD');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.filter((c) => c.url.startsWith('/cooperations')).at(-1)!.url).toContain('q=KS-2026-7Q4XZD');
    expect(wrapper.find('[data-testid=case-code]').text()).toContain('KS-2026-7Q4XZD');
    expect(wrapper.find('tbody tr td:nth-child(2)').text()).toBe('Persiapan');
    expect(wrapper.find('tbody').text()).toContain('Dinas Kesehatan');
  });
});
