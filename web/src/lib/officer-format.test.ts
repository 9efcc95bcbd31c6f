import { afterEach, describe, expect, it } from 'vitest';
import { setConfig } from './config';
import { formatDate, formatDateTime, formatMoney, today } from './format';
import { buildTasks, matchesTask } from './tasks';
import type { CaseSummary } from './types';

afterEach(() => setConfig({ apiUrl: 'https://api.test', auth: { mode: 'local' } }));

describe('dates, times and money as a Pemda officer reads them', () => {
  it('shows an instant in the Pemda’s zone, not the browser’s (23:30 UTC is already the next day in Makassar)', () => {
    setConfig({ apiUrl: 'https://api.test', auth: { mode: 'local' } });
    expect(formatDateTime('2026-12-05T23:30:00Z', 'id')).toMatch(/^6 Desember 2026.*07[.:]30/);
    setConfig({ apiUrl: 'https://api.test', auth: { mode: 'local' }, timeZone: 'Asia/Jakarta' });
    expect(formatDateTime('2026-12-05T23:30:00Z', 'id')).toMatch(/^6 Desember 2026.*06[.:]30/);
    expect(today(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-06');
  });

  it('shows a business date as given whatever the zone, and money as Rp 1.500.000', () => {
    setConfig({ apiUrl: 'https://api.test', auth: { mode: 'local' }, timeZone: 'Pacific/Pago_Pago' });
    expect(formatDate('2026-12-06', 'id')).toBe('6 Desember 2026');
    expect(formatDate('2026-12-06', 'en')).toBe('6 December 2026');
    expect(formatMoney(1_500_000)).toBe('Rp 1.500.000');
    expect(formatMoney(null)).toBe('—');
  });
});

const item = (id: string, over: Partial<CaseSummary>): CaseSummary => ({
  id, trackingCode: null, title: `Kasus ${id}`, category: 'KSDD', stage: 'PELAKSANAAN', stageLabel: { id: 'Pelaksanaan', en: 'Implementation' },
  partner: { name: 'Mitra', type: null, region: null }, departments: ['DINKES'], field: null, createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z', startDate: null, endDate: null, nextDue: null, inBudget: false, ...over,
} as CaseSummary);
const due = (date: string, overdue = false) => ({ kind: 'TKKSD_ASSESSMENT', label: { id: 'Kajian', en: 'Review' }, date, overdue }) as CaseSummary['nextDue'];

describe('my tasks (/tugas)', () => {
  const items = [
    item('running', { stage: 'PELAKSANAAN' }),
    item('waitsOnProposer', { stage: 'REVISI' }),
    item('prep', { stage: 'PERSIAPAN', updatedAt: '2026-11-01T00:00:00Z' }),
    item('intake', { stage: 'INTAKE', trackingCode: 'KS-2026-7K3QZP' }),
    item('soon', { stage: 'PELAKSANAAN', nextDue: due('2026-12-09') }),
    item('later', { stage: 'PELAKSANAAN', nextDue: due('2026-12-30') }),
    item('late', { stage: 'PERSIAPAN', nextDue: due('2026-12-01', true) }),
  ];

  it('lists overdue first, then due soonest, then validations, then stage work; nothing that waits on someone else', () => {
    const tasks = buildTasks([...items, items[4]], '2026-12-06');
    expect(tasks.map((x) => [x.item.id, x.kind, x.days])).toEqual([
      ['late', 'overdue', -5], ['soon', 'dueSoon', 3], ['intake', 'validate', null], ['prep', 'stage', null],
    ]);
  });

  it('finds a task by part of its title or its tracking code written with or without dashes', () => {
    const tasks = buildTasks(items, '2026-12-06');
    const intake = tasks.find((x) => x.item.id === 'intake')!;
    expect(matchesTask(intake, 'ks-2026-7k3')).toBe(true);
    expect(matchesTask(intake, 'KS20267K3QZP')).toBe(true);
    expect(matchesTask(intake, 'kasus int')).toBe(true);
    expect(matchesTask(intake, 'persiapan')).toBe(false);
  });
});
