/**
 * Dates, times, money and numbers for people, in the page's language. Business dates (yyyy-MM-dd) are shown as
 * the API gives them; instants are shown in the Pemda's zone (config.json `timeZone`, default Asia/Makassar), never
 * the browser's: an officer travelling to Jakarta still sees the office's clock.
 */
import { config } from './config';

const locales: Record<string, string> = { id: 'id-ID', en: 'en-GB' };
export const DEFAULT_ZONE = 'Asia/Makassar';

/** The Pemda's IANA zone. */
export function pemdaZone(): string {
  try {
    return config().timeZone || DEFAULT_ZONE;
  } catch {
    return DEFAULT_ZONE; // config not loaded yet
  }
}

export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return '—';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[lang] ?? lang, {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: dateOnly ? 'UTC' : pemdaZone(),
  }).format(date);
}

export function formatDateTime(value: string | null | undefined, lang: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[lang] ?? lang, {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: pemdaZone(), timeZoneName: 'short',
  }).format(date);
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(locales[lang] ?? lang).format(n);
}

/** Rupiah as people write it: `Rp 1.500.000` (Indonesian grouping in both languages, no decimals). */
export function formatMoney(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return `Rp ${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(n)}`;
}

/** Today's date (yyyy-MM-dd) in the Pemda's zone: a default for date fields, and "today" for deadlines. */
export function today(now = new Date()): string {
  // en-CA formats as yyyy-MM-dd
  return new Intl.DateTimeFormat('en-CA', { timeZone: pemdaZone(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The current year in the Pemda's zone (on 31 December at 20:00 in Jakarta it is already next year in Jayapura). */
export function thisYear(now = new Date()): number {
  return Number(today(now).slice(0, 4));
}

/** A business date (yyyy-MM-dd) plus n calendar days, without the browser's zone or its daylight-saving days. */
export function plusDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Days from today to a yyyy-MM-dd date (negative: past). */
export function daysUntil(date: string, now = new Date()): number {
  const start = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const [y, m, d] = date.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000);
}

/** An enum value the API sends without a label, in words: TIDAK_SETUJU → "Tidak setuju". */
export function enumWords(value: string): string {
  return /^[A-Z][A-Z0-9_]+$/.test(value) ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : value;
}
