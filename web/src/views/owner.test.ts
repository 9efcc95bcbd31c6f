// Issue 18 (h18-owner): the responsible officer on the case page, the lists' filter, the dashboard's tile of cases
// whose responsible officer is disabled, and the hand-over on /pengguna.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fixture, flushPromises, mountAt } from '../test/harness';
import CasesView from './CasesView.vue';
import CaseView from './CaseView.vue';
import DashboardView from './DashboardView.vue';
import UsersView from './UsersView.vue';
import ReportsView from './ReportsView.vue';
import { signIn, signOut, base64UrlEncode } from '../lib/auth';

const enc = (o: object) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
const token = (groups: string[], extra: object = {}) =>
  `${enc({ alg: 'RS256' })}.${enc({ email: 'admin@sikerja.local', 'cognito:groups': groups, exp: 4_000_000_000, ...extra })}.sig`;
const USER = '7d1c2b3a-0000-4000-8000-00000000a11e';

vi.setConfig({ testTimeout: 20_000 });
afterEach(() => {
  vi.unstubAllGlobals();
  signOut();
  sessionStorage.clear();
});

const c = (id: string, over: object) => ({
  id, trackingCode: null, title: `Kasus ${id}`, category: 'KSDD', stage: 'PELAKSANAAN', stageLabel: { id: 'Pelaksanaan', en: 'Implementation' },
  partner: { name: 'Mitra', type: null, region: null }, departments: ['DINKES'], field: null, createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z', startDate: null, endDate: null, nextDue: null, inBudget: false, responsibleOfficer: null, ...over,
});
const account = (username: string, name: string, over: object = {}) => ({
  username, email: `${name.split(' ')[0].toLowerCase()}@dinkes.example.go.id`, name, group: 'opd', groups: ['opd'], department: 'DINKES',
  departmentName: 'Dinas Kesehatan', enabled: true, status: 'CONFIRMED', createdAt: '2026-01-01T00:00:00Z', ...over,
});

describe('the responsible officer', () => {
  it('is shown by name on the case page, never as its user name or as recorded facts', async () => {
    signIn(token(['admin']));
    const view = await fixture('case-pelaksanaan') as Record<string, unknown>;
    fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      [`GET /cooperations/${view.id}`]: { body: { ...view, responsibleOfficer: { username: USER, name: 'Ani Lestari' },
        facts: [...(view.facts as object[]), { fact: 'responsibleOfficer', label: 'Penanggung jawab', value: USER },
          { fact: 'responsibleOfficerName', label: 'Nama penanggung jawab', value: 'Ani Lestari' }] } },
      [`GET /cooperations/${view.id}/uploads`]: { body: { uploads: [] } },
    });
    const { wrapper } = await mountAt(CaseView, `/kasus/${view.id}`);
    await flushPromises();
    expect(wrapper.find('[data-testid=responsible-officer-name]').text()).toBe('Ani Lestari');
    expect(wrapper.text()).not.toContain(USER);
    expect(wrapper.text()).not.toContain('Nama penanggung jawab');
  });

  it('filters the case list by "me" on the server and shows each case’s officer', async () => {
    signIn(token(['opd'], { 'custom:opd': 'DINKES' }));
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /cooperations': { body: { items: [c('a', { responsibleOfficer: { username: USER, name: 'Ani Lestari' } })], nextCursor: null, total: 1 } },
    });
    const { wrapper } = await mountAt(CasesView, '/kasus');
    await flushPromises();
    expect(wrapper.find('[data-testid=case-responsible]').text()).toBe('Ani Lestari');
    await wrapper.find('#cases-responsible').setValue('me');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.some((x) => x.url.startsWith('/cooperations') && x.url.includes('responsible=me'))).toBe(true);
  });

  it('the dashboard flags running cases whose responsible officer is disabled, with their list', async () => {
    signIn(token(['admin']));
    const left = c('left', { title: 'Klinik keliling', responsibleOfficer: { username: USER, name: 'Ani Lestari' } });
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /dashboard': { body: { ...(await fixture('dashboard') as object), responsibleDisabled: 1 } },
      'GET /cooperations': (call) => call.url.includes('responsibleDisabled=true')
        ? { body: { items: [left], nextCursor: null, total: 1 } }
        : { body: { items: [], nextCursor: null, total: 0 } },
    });
    const { wrapper } = await mountAt(DashboardView, '/dasbor');
    await flushPromises();
    expect(calls.some((x) => x.url.includes('responsibleDisabled=true'))).toBe(true);
    expect(wrapper.find('[data-testid=tile-responsible-disabled]').text()).toBe('1');
    const list = wrapper.find('[data-testid=responsible-disabled]');
    expect(list.find('h2').text()).toBe('Penanggung jawab nonaktif');
    expect(list.text()).toContain('Klinik keliling');
    expect(list.text()).toContain('Ani Lestari');
  });
});

describe('the hand-over on /pengguna', () => {
  it('is offered when an officer is disabled and moves their files to the chosen successor', async () => {
    signIn(token(['admin']));
    const ani = account(USER, 'Ani Lestari');
    const budi = account('b0d1', 'Budi Santoso');
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /users': { body: { items: [ani, budi], nextCursor: null, total: 2 } },
      [`PUT /users/${USER}`]: { body: { ...ani, enabled: false } },
      [`POST /users/${USER}/handover`]: { body: { from: { username: USER, name: 'Ani Lestari' }, successor: { username: 'b0d1', name: 'Budi Santoso' },
        moved: [{ kind: 'CASE', id: 'c1' }, { kind: 'CASE', id: 'c2' }], cases: ['c1', 'c2'] } },
    });
    const { wrapper } = await mountAt(UsersView, '/pengguna');
    await flushPromises();
    const row = wrapper.find(`tr[data-user="${ani.email}"]`);
    await row.findAll('button').find((b) => b.text().startsWith('Nonaktifkan'))!.trigger('click');
    await wrapper.find(`tr[data-user="${ani.email}"]`).findAll('button').find((b) => b.text().startsWith('Ya'))!.trigger('click');
    await flushPromises();
    const form = wrapper.find('[data-testid=handover-form]');
    expect(form.text()).toContain('Akun Ani Lestari dinonaktifkan. Alihkan berkasnya ke pengganti?');
    const options = form.findAll('[data-testid=handover-successor] option').map((o) => o.text());
    expect(options).toContain('Budi Santoso (Dinas Kesehatan)');
    expect(options.some((o) => o.startsWith('Ani'))).toBe(false);
    await form.find('[data-testid=handover-successor]').setValue('b0d1');
    await form.trigger('submit');
    await flushPromises();
    const post = calls.find((x) => x.method === 'POST')!;
    expect(post.url).toBe(`/users/${USER}/handover`);
    expect(post.body).toEqual({ successor: 'b0d1' });
    expect(wrapper.text()).toContain('2 kasus dialihkan ke Budi Santoso.');
  });

  it('names a refused successor under its field', async () => {
    signIn(token(['admin']));
    const ani = account(USER, 'Ani Lestari', { enabled: false });
    const citra = account('c17a', 'Citra Dewi', { department: 'DISHUB', departmentName: 'Dinas Perhubungan' });
    fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /users': { body: { items: [ani, citra], nextCursor: null, total: 2 } },
      [`POST /users/${USER}/handover`]: { status: 422, body: { type: 'https://sikerja.id/problems/invalid-fields', title: 'Isian tidak valid', status: 422,
        errors: [{ field: 'successor', pointer: '/successor', code: 'officer_wrong_department', message: 'petugas OPD ini bukan dari OPD kerja sama KS-2026-X',
          messages: { id: 'petugas OPD ini bukan dari OPD kerja sama KS-2026-X', en: 'this department officer is not of a department of the cooperation KS-2026-X' } }] } },
    });
    const { wrapper } = await mountAt(UsersView, '/pengguna');
    await flushPromises();
    await wrapper.find(`tr[data-user="${ani.email}"] [data-testid=handover-open]`).trigger('click');
    await flushPromises();
    const form = wrapper.find('[data-testid=handover-form]');
    await form.find('[data-testid=handover-successor]').setValue('c17a');
    await form.trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid=handover-successor]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('petugas OPD ini bukan dari OPD kerja sama');
  });
});

describe('the value of cooperation per year on /laporan', () => {
  it('sums the recorded values per department in rupiah and names each department', async () => {
    signIn(token(['admin']));
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /reports': { body: { groupBy: 'year', year: null, rows: [] } },
      'GET /reports/foreign-annual': { body: await fixture('foreign-annual') },
      'GET /reports/value': { body: { groupBy: 'department', year: 2026, rows: [
        { key: 'DINKES', label: { id: 'DINKES', en: 'DINKES' }, agreements: 2, value: 1500000, pad: 200000, assets: 0, inKind: 50000 }] } },
    });
    const { wrapper } = await mountAt(ReportsView, '/laporan');
    await flushPromises();
    await wrapper.find('#value-group').setValue('department');
    await wrapper.find('#value-year').setValue('2026');
    await wrapper.find('[data-testid=value-report] form').trigger('submit');
    await flushPromises();
    expect(calls.some((x) => x.url.startsWith('/reports/value') && x.url.includes('groupBy=department') && x.url.includes('year=2026'))).toBe(true);
    const table = wrapper.find('[data-testid=value-table]');
    expect(table.text()).toContain('Dinas Kesehatan');
    expect(table.text()).toContain('Rp 1.500.000');
  });
});
