// Issue 18: the reports page lists each running agreement's verified activities of a year, with its files.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fixture, flushPromises, mountAt } from '../test/harness';
import ReportsView from './ReportsView.vue';
import { signIn, signOut, base64UrlEncode } from '../lib/auth';

const enc = (o: object) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
const token = (groups: string[]) =>
  `${enc({ alg: 'RS256' })}.${enc({ email: 'admin@sikerja.local', 'cognito:groups': groups, exp: 4_000_000_000 })}.sig`;

vi.setConfig({ testTimeout: 20_000 });
afterEach(() => {
  vi.unstubAllGlobals();
  signOut();
  sessionStorage.clear();
});

describe('implementation activities per agreement on /laporan', () => {
  it('shows the verified activities of the chosen year with dates and labels, never codes', async () => {
    signIn(token(['admin']));
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'GET /reports': { body: { groupBy: 'year', year: null, rows: [] } },
      'GET /reports/foreign-annual': { body: await fixture('foreign-annual') },
      'GET /reports/activities': { body: { year: 2025, items: [
        { id: 'c-1', title: 'Kerja sama air bersih', category: 'KSDD', partnerName: 'Kabupaten Tetangga', signedOn: '2024-05-01',
          departments: ['DINKES'], stage: { code: 'PELAKSANAAN', label: { id: 'Pelaksanaan', en: 'Implementation' } },
          activities: [{ id: 'a-1', title: 'Penyuluhan gizi', startDate: '2025-04-02', endDate: '2025-04-04', party: 'JOINT',
            partyLabel: { id: 'Bersama', en: 'Jointly' }, outputs: '40 kader terlatih',
            indicator: { name: 'Kader terlatih', unit: 'orang', target: 50, achievement: 40 } }] },
        { id: 'c-2', title: 'Kerja sama sampah', category: 'KSDD', partnerName: 'Kota Tetangga', signedOn: null,
          departments: ['DINKES'], stage: { code: 'PELAKSANAAN', label: { id: 'Pelaksanaan', en: 'Implementation' } }, activities: [] }] } },
    });
    const { wrapper } = await mountAt(ReportsView, '/laporan');
    await flushPromises();
    await wrapper.find('#activity-report-year').setValue('2025');
    await wrapper.find('[data-testid=activity-report] form').trigger('submit');
    await flushPromises();
    expect(calls.some((x) => x.url.startsWith('/reports/activities') && x.url.includes('year=2025'))).toBe(true);
    const table = wrapper.find('[data-testid=activity-report-table]');
    expect(table.text()).toContain('Penyuluhan gizi');
    expect(table.text()).toContain('Bersama');
    expect(table.text()).toContain('Kader terlatih: 40 / 50 orang');
    expect(table.text()).toContain('Belum ada kegiatan terverifikasi');
    expect(table.text()).not.toMatch(/\d{4}-\d{2}-\d{2}|JOINT|PELAKSANAAN/);
  });
});
