/** Dates and numbers for people, in the page's language; business dates are shown as the API gives them. */
const locales: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[lang] ?? lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export function formatDateTime(value: string | null | undefined, lang: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[lang] ?? lang, {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(date);
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(locales[lang] ?? lang).format(n);
}

/** Today's date (yyyy-MM-dd) in the browser's zone: a default for date fields. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Days from today to a yyyy-MM-dd date (negative: past). */
export function daysUntil(date: string, now = new Date()): number {
  const start = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const [y, m, d] = date.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000);
}
