// Issue 18 (f18): the monev forms show the period's verified activities (never the submitted or returned ones, nor
// another period's), and the evaluation cites them per criterion; a 422 on a cited id is shown beside its criterion.
import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { reactive } from 'vue';
import MonevActivities from './MonevActivities.vue';
import { i18n, setLanguage } from '../lib/i18n';
import type { Activity, ActivityList } from '../lib/types';

const activity = (id: string, title: string, startDate: string, status: string, over: object = {}) => ({
  id, version: 2, title, description: '', startDate, endDate: startDate, party: 'JOINT', partyLabel: 'Bersama', outputs: '',
  evidence: [], status, statusLabel: status, submittedByRole: 'OPD', submittedByLabel: 'OPD', submittedAt: '2026-03-20T02:00:00Z',
  history: [], mayCorrect: false, mayVerify: false, mayReturn: false, ...over,
}) as unknown as Activity;
const list = (): Promise<ActivityList> => Promise.resolve({
  items: [
    activity('a1', 'Pelatihan kader posyandu', '2026-03-10', 'VERIFIED',
      { indicator: { name: 'Kader terlatih', unit: 'orang', target: 50, achievement: 40 } }),
    activity('a2', 'Penyuluhan gizi', '2026-03-12', 'SUBMITTED'),
    activity('a3', 'Rapat koordinasi tahun lalu', '2025-11-02', 'VERIFIED'),
  ], verified: 2, mayRecord: true,
} as unknown as ActivityList);

describe('the monev forms', () => {
  it('show only the verified activities of the period, with when, by whom and the indicator achieved', async () => {
    setLanguage('id');
    const w = mount(MonevActivities, { props: { idPrefix: 'm', load: list, periodDate: '2026-05-31' }, global: { plugins: [i18n] } });
    await flushPromises();
    const text = w.text();
    expect(text).toContain('Kegiatan terverifikasi periode ini');
    expect(text).toContain('Pelatihan kader posyandu');
    expect(text).toContain('Bersama');
    expect(text).toContain('Kader terlatih: 40 dari target 50 orang');
    expect(text).not.toContain('Penyuluhan gizi');
    expect(text).not.toContain('Rapat koordinasi tahun lalu');
    expect(w.findAll('input[type=checkbox]')).toHaveLength(0);

    await w.setProps({ periodDate: '2026-08-01' });
    expect(w.text()).toContain('Belum ada kegiatan terverifikasi pada periode ini.');
  });

  it('let the evaluation cite them for indicator achievement and documentation, and show a refusal beside it', async () => {
    setLanguage('en');
    const cited = reactive<Record<string, string[]>>({});
    const errors: Record<string, string> = { 'monev.evaluation.cited.DOKUMENTASI[0]': 'is not a verified activity of this cooperation' };
    const w = mount(MonevActivities, {
      props: { idPrefix: 'm', load: list, periodDate: '2026-03-01', citing: ['CAPAIAN_INDIKATOR', 'DOKUMENTASI'], cited,
        error: (f: string) => errors[f] ?? '' },
      global: { plugins: [i18n] },
    });
    await flushPromises();
    expect(w.text()).toContain('Indicator achievement: activities cited');
    await w.find('input[data-testid="m-cite-CAPAIAN_INDIKATOR"]').setValue(true);
    expect(cited).toEqual({ CAPAIAN_INDIKATOR: ['a1'] });
    expect(w.text()).not.toContain('is not a verified activity');
    await w.find('input[data-testid="m-cite-DOKUMENTASI"]').setValue(true);
    expect(w.text()).toContain('is not a verified activity of this cooperation');
    setLanguage('id');
  });
});
