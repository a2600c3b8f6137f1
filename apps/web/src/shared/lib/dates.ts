/**
 * Dates in the browser's time zone. Plain dates (YYYY-MM-DD) are what the URL and the date
 * inputs hold; the API wants ISO date-times with an offset, computed here for each instant so
 * clock changes are honoured. Weeks run Monday to Sunday, as in the overview statistics.
 */
const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a YYYY-MM-DD date. */
export function parseDate(s: string): Date {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function formatDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function addDays(s: string, days: number): string {
  const d = parseDate(s);
  d.setDate(d.getDate() + days);
  return formatDate(d);
}

/** The Monday of the week holding `s`. */
export function mondayOf(s: string): string {
  const d = parseDate(s);
  return addDays(s, -((d.getDay() + 6) % 7));
}

export const today = (): string => formatDate(new Date());

/** The offset of the browser's zone at `d`, as ±hh:mm. */
function offsetOf(d: Date): string {
  const minutes = -d.getTimezoneOffset();
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2026-03-02T14:05:10-05:00`: the instant in local time with its offset. */
export function toIsoWithOffset(d: Date): string {
  return `${formatDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${offsetOf(d)}`;
}

/** Local midnight at the start of a YYYY-MM-DD date, with offset. */
export const startOfDayIso = (s: string): string => toIsoWithOffset(parseDate(s));

/** The value a `datetime-local` input shows for an instant. */
export function toDateTimeLocal(d: Date): string {
  return `${formatDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value ("2026-03-02T14:05") read in the browser's zone. */
export function fromDateTimeLocal(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, se] = m;
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se ?? 0));
}

const dateTimeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const shortDateFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const timeFmt = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' });

export const showDateTime = (iso: string): string => dateTimeFmt.format(new Date(iso));
export const showTime = (iso: string): string => timeFmt.format(new Date(iso));
export const showDate = (s: string): string => dateFmt.format(DATE_RE.test(s) ? parseDate(s) : new Date(s));
export const showShortDate = (s: string): string => shortDateFmt.format(DATE_RE.test(s) ? parseDate(s) : new Date(s));

/** "2 Mar – 8 Mar 2026" for an inclusive range of plain dates. */
export function showRange(from: string, to: string): string {
  return `${showShortDate(from)} – ${showDate(to)}`;
}

/** Seconds as "1 min 34 s". */
export function showDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
