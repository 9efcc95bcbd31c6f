import { afterEach, describe, expect, it } from 'vitest';
import { setConfig } from './config';
import { formatDate, formatDateTime, formatMoney, plusDays, thisYear, today } from './format';

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

describe('the Pemda’s today, year and day arithmetic, whatever the browser’s zone', () => {
  it('takes the year in the Pemda’s zone and counts calendar days without daylight-saving gaps', () => {
    setConfig({ apiUrl: 'https://api.test', auth: { mode: 'local' } });
    expect(thisYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027); // 00:30 on 1 January in Makassar
    expect(plusDays('2026-03-07', 7)).toBe('2026-03-14'); // across the US daylight-saving change
    expect(plusDays('2026-12-28', 6)).toBe('2027-01-03');
  });
});
