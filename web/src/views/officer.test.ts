import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fixture, flushPromises, mountAt } from '../test/harness';
import NewCaseView from './NewCaseView.vue';
import CasesView from './CasesView.vue';
import TasksView from './TasksView.vue';
import DashboardView from './DashboardView.vue';
import CaseView from './CaseView.vue';
import HolidaysView from './HolidaysView.vue';
import { signIn, signOut, base64UrlEncode } from '../lib/auth';

const enc = (o: object) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
const token = (groups: string[], extra: object = {}) =>
  `${enc({ alg: 'RS256' })}.${enc({ email: 'someone@sikerja.local', 'cognito:groups': groups, exp: 4_000_000_000, ...extra })}.sig`;

// the case page mounts several components: allow for a machine shared with a full build
vi.setConfig({ testTimeout: 20_000 });

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

describe('my tasks (/tugas) and the dashboard counts', () => {
  const c = (id: string, over: object) => ({
    id, trackingCode: null, title: `Kasus ${id}`, category: 'KSDD', stage: 'PELAKSANAAN', stageLabel: { id: 'Pelaksanaan', en: 'Implementation' },
    partner: { name: 'Mitra', type: null, region: null }, departments: ['DINKES'], field: null, createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z', startDate: null, endDate: null, nextDue: null, inBudget: false, ...over,
  });
  const late = c('late', { nextDue: { kind: 'TKKSD_ASSESSMENT', label: { id: 'Kajian TKKSD', en: 'TKKSD review' }, date: '2020-01-01', overdue: true } });

  it('shows what the server says waits on the officer, in words, links each to its case, searches and pages on the server', async () => {
    signIn(token(['admin']));
    const task = (caseId: string, over: object) => ({
      caseId, trackingCode: null, title: `Kasus ${caseId}`, category: 'KSDD', stage: 'PERSIAPAN', stageLabel: { id: 'Persiapan', en: 'Preparation' },
      departments: ['DINKES'], kind: 'DECISION', action: 'COMPLETE_PREPARATION', actionLabel: { id: 'Selesaikan persiapan', en: 'Complete the preparation' },
      dueKind: null, dueLabel: null, dueDate: null, daysLeft: null, urgency: 'OPEN', updatedAt: '2026-01-01T00:00:00Z', ...over,
    });
    const page = (items: object[], nextCursor: string | null) => ({ asOf: '2026-12-06', horizonDays: 7, horizonUnit: 'CALENDAR_DAYS', items, nextCursor, total: 3, overdue: 1, dueSoon: 0 });
    const late = task('late', { kind: 'ASSESSMENT', action: 'RECORD_TKKSD_ASSESSMENT', actionLabel: { id: 'Catat kajian TKKSD', en: 'Record the TKKSD assessment' },
      dueKind: 'TKKSD_ASSESSMENT', dueLabel: { id: 'Batas kajian TKKSD', en: 'TKKSD assessment due' }, dueDate: '2026-12-01', daysLeft: -5, urgency: 'OVERDUE' });
    const intake = task('intake', { stage: 'INTAKE', stageLabel: { id: 'Validasi permohonan', en: 'Intake validation' }, trackingCode: 'KS-2026-7K3QZP',
      kind: 'VALIDATION', action: 'ACCEPT', actionLabel: { id: 'Terima permohonan', en: 'Accept the application' } });
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /me/tasks': (call) => call.url.includes('q=')
        ? { body: { ...page([intake], null), total: 1 } }
        : call.url.includes('cursor=p2') ? { body: page([task('prep', {})], null) } : { body: page([late, intake], 'p2') },
    });
    const { wrapper } = await mountAt(TasksView, '/tugas');
    await flushPromises();
    let rows = wrapper.findAll('[data-testid=tasks] li');
    expect(rows.map((r) => r.find('a').attributes('href'))).toEqual(['/kasus/late', '/kasus/intake']);
    expect(rows[0].text()).toContain('Catat kajian TKKSD (Batas kajian TKKSD): lewat 5 hari');
    expect(rows[0].text()).toContain('1 Desember 2026');
    expect(rows[1].text()).toContain('Validasi');
    expect(wrapper.text()).not.toMatch(/\d{4}-\d{2}-\d{2}|[A-Z]{2,}_[A-Z]{2,}/);
    expect(wrapper.find('[data-testid=tasks-count]').text()).toBe('3 tugas');
    await wrapper.find('button.secondary').trigger('click');
    await flushPromises();
    rows = wrapper.findAll('[data-testid=tasks] li');
    expect(rows.map((r) => r.find('a').attributes('href'))).toEqual(['/kasus/late', '/kasus/intake', '/kasus/prep']);
    await wrapper.find('#tasks-q').setValue('7k3qzp');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.filter((x) => x.url.startsWith('/me/tasks')).at(-1)!.url).toContain('q=7k3qzp');
    expect(wrapper.findAll('[data-testid=tasks] li').map((r) => r.find('a').text())).toEqual(['Kasus intake']);
    expect(calls.some((x) => x.url.startsWith('/cooperations'))).toBe(false);
  });

  it('counts on each dashboard tile exactly the cases its list shows, across pages', async () => {
    signIn(token(['admin']));
    const soon = c('soon', { nextDue: { kind: 'TKKSD_ASSESSMENT', label: { id: 'Kajian', en: 'Review' }, date: '2099-01-01', overdue: false } });
    fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /dashboard': { body: await fixture('dashboard') },
      'GET /cooperations': (call) => call.url.includes('dueBefore')
        ? (call.url.includes('cursor=d2') ? { body: { items: [soon], nextCursor: null, total: 2 } } : { body: { items: [late], nextCursor: 'd2', total: 2 } })
        : { body: { items: [], nextCursor: null, total: 0 } },
    });
    const { wrapper } = await mountAt(DashboardView, '/dasbor');
    await flushPromises();
    expect(wrapper.find('[data-testid=tile-overdue]').text()).toBe('1');
    expect(wrapper.find('[data-testid=tile-due]').text()).toBe('1');
    expect(wrapper.find('[data-testid=tile-ending]').text()).toBe('0');
    expect(wrapper.find('[data-testid=tile-refused-mandatory]').exists()).toBe(false);
  });

  it('flags the mandatory KSDD the region refused, with their list (issue 13 item 7)', async () => {
    signIn(token(['admin']));
    const refused = c('wajib', { title: 'KSDD wajib perbatasan', stage: 'DIBATALKAN', category: 'KSDD' });
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /dashboard': { body: { ...(await fixture('dashboard') as object), refusedMandatory: 1 } },
      'GET /cooperations': (call) => call.url.includes('refusedMandatory=true')
        ? { body: { items: [refused], nextCursor: null, total: 1 } }
        : { body: { items: [], nextCursor: null, total: 0 } },
    });
    const { wrapper } = await mountAt(DashboardView, '/dasbor');
    await flushPromises();
    expect(calls.some((x) => x.url.includes('refusedMandatory=true'))).toBe(true);
    expect(wrapper.find('[data-testid=tile-refused-mandatory]').text()).toBe('1');
    const list = wrapper.find('[data-testid=refused-mandatory]');
    expect(list.find('h2').text()).toBe('Kerja sama wajib ditolak');
    expect(list.text()).toContain('KSDD wajib perbatasan');
    expect(list.text()).not.toContain('DIBATALKAN');
  });
});

describe('the case page leads to the next step', () => {
  const caseId = '34362c40-5dd2-4bd2-aed2-faf32752d3ef';
  async function caseWith(change: (v: Record<string, any>) => void) {
    const v = (await fixture('case-pelaksanaan')) as Record<string, any>;
    change(v);
    return v;
  }

  it('names the documents of the history and who registered each version in words, not codes', async () => {
    signIn(token(['admin']));
    fakeApi({ [`GET /cooperations/${caseId}`]: { body: await caseWith(() => undefined) }, [`GET /cooperations/${caseId}/uploads`]: { body: { uploads: [] } },
      'GET /settings/departments': { body: await fixture('departments') } });
    const { wrapper } = await mountAt(CaseView, `/kasus/${caseId}`);
    await flushPromises();
    const timeline = wrapper.find('.timeline').text();
    expect(timeline).toContain('Surat permohonan v1');
    expect(timeline).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/);
    const documents = wrapper.find('[aria-labelledby=documents-title]').text();
    expect(documents).toContain('Admin Bagian Kerja Sama');
    expect(documents).not.toMatch(/· ADMIN\b/);
  });

  it('marks the next step, sets ending the case apart behind a confirmation, and hides what the role can never do', async () => {
    signIn(token(['admin']));
    const v = await caseWith((c) => {
      c.actions.push({ ...c.actions.find((a: any) => a.action === 'END'), action: 'REJECT', label: 'Tolak permohonan', permitted: false, allowed: false,
        reasons: [{ kind: 'PERMISSION', code: 'ROLE', field: null, message: 'Peran Anda tidak dapat melakukannya' }] });
      c.dueDates.push({ kind: 'TKKSD_ASSESSMENT', label: 'Batas kajian TKKSD', date: '2020-02-03', recipients: [], note: null });
    });
    const calls = fakeApi({ [`GET /cooperations/${caseId}`]: { body: v }, [`GET /cooperations/${caseId}/uploads`]: { body: { uploads: [] } },
      'GET /settings/departments': { body: await fixture('departments') } });
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const { wrapper } = await mountAt(CaseView, `/kasus/${caseId}`);
    await flushPromises();
    const primary = wrapper.find('details.action.primary');
    expect(primary.attributes('data-action')).toBe('SUBMIT_PARTNER_MONEV');
    expect(primary.text()).toContain('Langkah berikutnya');
    const danger = wrapper.findAll('details.action.danger').map((d) => d.attributes('data-action'));
    expect(danger).toEqual(['END']);
    expect(wrapper.text()).not.toContain('Tolak permohonan');
    // ending needs a confirmation: refused, nothing is sent
    await wrapper.find('details[data-action="END"] form').trigger('submit');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    // deadlines soonest first, the overdue one marked, reminders apart
    const legal = wrapper.findAll('[data-testid=due-legal] li').map((li) => li.text());
    expect(legal[0]).toMatch(/^3 Februari 2020 — Batas kajian TKKSD.*lewat tenggat/);
    expect(legal.slice(1).every((x) => !x.includes('lewat tenggat'))).toBe(true);
    expect(wrapper.find('[data-testid=due-reminders]').text()).toContain('21 November 2029');
    expect(wrapper.find('[data-testid=due-legal]').text()).not.toContain('21 November 2029');
    // recorded facts in words: no raw true, ISO date or enum name
    const facts = wrapper.find('#facts-title').element.parentElement!.textContent!;
    expect(facts).toContain('Ya');
    expect(facts).toContain('22 November 2026');
    expect(facts).not.toMatch(/\btrue\b|\d{4}-\d{2}-\d{2}|SETUJU/);
    // "Catat data" on a domestic case does not ask about the consultations only foreign cooperation needs
    const record = wrapper.find('details[data-action="RECORD_FACTS"]');
    expect(record.find('[name="termMonths"]').exists()).toBe(true);
    expect(record.find('[name="consultedKemluOn"]').exists()).toBe(false);
  });

  it('opens an extension of the agreement from its page, once per click, and lands on the new case', async () => {
    signIn(token(['admin']));
    const v = await caseWith((c) => {
      c.actions.push({ ...c.actions.find((a: any) => a.action === 'END'), action: 'OPEN_EXTENSION', label: 'Buka perpanjangan' });
    });
    const calls = fakeApi({ [`GET /cooperations/${caseId}`]: { body: v }, [`GET /cooperations/${caseId}/uploads`]: { body: { uploads: [] } },
      'GET /settings/departments': { body: await fixture('departments') },
      [`POST /cooperations/${caseId}/extensions`]: { status: 201, body: { ...v, id: 'ext1' } } });
    const { wrapper, router } = await mountAt(CaseView, `/kasus/${caseId}`);
    await flushPromises();
    expect(wrapper.find('[data-testid=open-child-pks]').exists()).toBe(false);
    await wrapper.find('[data-testid=open-extension]').trigger('click');
    await flushPromises();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/kasus/ext1'), { timeout: 5000 });
  });
});

describe('the holiday list', () => {
  const list = { years: [{ year: 2026, version: 3, source: 'STORED', updatedAt: '2026-01-05T02:00:00Z', updatedBy: 'admin',
    holidays: [{ date: '2026-12-25', name: 'Hari Raya Natal', kind: 'LIBUR_NASIONAL' }] }] };

  it('reads as a list for an admin too, with editing behind a button, and a cancel that drops the changes', async () => {
    signIn(token(['admin']));
    const calls = fakeApi({ 'GET /settings/holidays': { body: list } });
    const { wrapper } = await mountAt(HolidaysView, '/libur');
    await flushPromises();
    expect(wrapper.find('tbody').text()).toContain('25 Desember 2026');
    expect(wrapper.findAll('tbody input')).toHaveLength(0);
    await wrapper.find('[data-testid=holidays-edit]').trigger('click');
    expect(wrapper.findAll('tbody input').length).toBeGreaterThan(0);
    await wrapper.find('tbody input[aria-label="Nama 1"]').setValue('Natal diubah');
    await wrapper.findAll('button').find((b) => b.text() === 'Batal')!.trigger('click');
    expect(wrapper.find('tbody').text()).toContain('Hari Raya Natal');
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });

  it('offers no editing to other roles', async () => {
    signIn(token(['opd'], { 'custom:opd': 'DINKES' }));
    fakeApi({ 'GET /settings/holidays': { body: list } });
    const { wrapper } = await mountAt(HolidaysView, '/libur');
    await flushPromises();
    expect(wrapper.find('[data-testid=holidays-edit]').exists()).toBe(false);
    expect(wrapper.find('tbody').text()).toContain('Hari Raya Natal');
  });
});

// issue 13 item 12: RKPD/APBD per budget year reads in words on the case page, in both languages, never as stored
describe('the case page reads the budget years', () => {
  it('shows each year with what it is in, not the stored text', async () => {
    const { setLanguage } = await import('../lib/i18n');
    signIn(token(['admin']));
    const caseId = '34362c40-5dd2-4bd2-aed2-faf32752d3ef';
    const v = (await fixture('case-pelaksanaan')) as Record<string, any>;
    v.facts.push({ fact: 'budgetByYear', label: 'RKPD dan APBD per tahun anggaran', value: '2026:RKPD+APBD;2027:RKPD;2028:-' });
    fakeApi({ [`GET /cooperations/${caseId}`]: { body: v }, [`GET /cooperations/${caseId}/uploads`]: { body: { uploads: [] } },
      'GET /settings/departments': { body: await fixture('departments') } });
    const { wrapper } = await mountAt(CaseView, `/kasus/${caseId}`);
    await flushPromises();
    expect(wrapper.text()).toContain('2026: RKPD dan APBD · 2027: RKPD saja · 2028: belum tercantum');
    expect(wrapper.text()).not.toContain('RKPD+APBD');
    setLanguage('en');
    await flushPromises();
    expect(wrapper.text()).toContain('2026: RKPD and APBD · 2027: RKPD only · 2028: in neither');
    setLanguage('id');
  });
});

describe('the case page timeline', () => {
  it('names the documents an event attached in words, not by their type code', async () => {
    signIn(token(['admin']));
    const caseId = '34362c40-5dd2-4bd2-aed2-faf32752d3ef';
    const v = (await fixture('case-pelaksanaan')) as Record<string, any>;
    v.timeline.push({ ...v.timeline[0], action: 'RECORD_TKKSD_ASSESSMENT', actionLabel: 'Catat kajian TKKSD',
      documents: [{ type: 'KAJIAN_TKKSD', version: 1 }] });
    fakeApi({ [`GET /cooperations/${caseId}`]: { body: v }, [`GET /cooperations/${caseId}/uploads`]: { body: { uploads: [] } },
      'GET /settings/departments': { body: await fixture('departments') } });
    const { wrapper } = await mountAt(CaseView, `/kasus/${caseId}`);
    await flushPromises();
    expect(wrapper.text()).toContain('Kajian TKKSD v1');
    expect(wrapper.text()).not.toContain('KAJIAN_TKKSD');
    // who registered each version reads as a role, not its code
    expect(wrapper.text()).not.toMatch(/· (ADMIN|PARTNER|TKKSD)\b/);
    expect(wrapper.text()).toContain("· Admin Bagian Kerja Sama");
  });
});
