/**
 * Fast America/New_York time arithmetic (US DST rules since 2007) on epoch seconds.
 * Luxon is too slow for ~30 million timestamps; the tests compare this module with Luxon.
 */

export const DAY = 86_400;
const EDT = -4 * 3600;
const EST = -5 * 3600;

/** Days since 1970-01-01 of a civil date (proleptic Gregorian). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

const dstCache = new Map<number, [number, number]>();

/** [start, end) of DST in UTC seconds for a year. */
function dstRange(year: number): [number, number] {
  let r = dstCache.get(year);
  if (!r) {
    const mar1 = daysFromCivil(year, 3, 1);
    const secondSunMar = mar1 + ((7 - weekday(mar1)) % 7) + 7;
    const nov1 = daysFromCivil(year, 11, 1);
    const firstSunNov = nov1 + ((7 - weekday(nov1)) % 7);
    // 02:00 EST = 07:00 UTC; 02:00 EDT = 06:00 UTC
    r = [secondSunMar * DAY + 7 * 3600, firstSunNov * DAY + 6 * 3600];
    dstCache.set(year, r);
  }
  return r;
}

/** Offset of America/New_York from UTC in seconds (-14400 or -18000) at an instant. */
let yearLo = Number.POSITIVE_INFINITY;
let yearHi = Number.NEGATIVE_INFINITY;
let dstLo = 0;
let dstHi = 0;

export function nyOffset(utcSec: number): number {
  if (utcSec < yearLo || utcSec >= yearHi) {
    // the year of the UTC instant is good enough: no transition happens near New Year
    const year = civilFromDays(Math.floor(utcSec / DAY))[0];
    yearLo = daysFromCivil(year, 1, 1) * DAY;
    yearHi = daysFromCivil(year + 1, 1, 1) * DAY;
    [dstLo, dstHi] = dstRange(year);
  }
  return utcSec >= dstLo && utcSec < dstHi ? EDT : EST;
}

/** UTC seconds of a New York wall-clock time (a skipped time maps forward, a repeated one to its first occurrence). */
export function nyToUtc(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  const local = daysFromCivil(y, m, d) * DAY + h * 3600 + mi * 60 + s;
  const guess = local - EST;
  const off1 = nyOffset(guess);
  const t1 = local - off1;
  if (nyOffset(t1) === off1) {
    // repeated hour: prefer the earlier (EDT) instant
    const t2 = local - EDT;
    if (off1 === EST && nyOffset(t2) === EDT) return t2;
    return t1;
  }
  return local - EST; // skipped hour
}

const P2: string[] = [];
for (let i = 0; i < 100; i++) P2.push(i < 10 ? `0${i}` : String(i));
const p2 = (n: number): string => P2[n] as string;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** days since epoch of the local date */
  days: number;
  dow: number;
}

export function nyParts(utcSec: number): LocalParts {
  const local = utcSec + nyOffset(utcSec);
  const days = Math.floor(local / DAY);
  const sod = local - days * DAY;
  const [year, month, day] = civilFromDays(days);
  const hour = Math.floor(sod / 3600);
  const minute = Math.floor((sod % 3600) / 60);
  return { year, month, day, hour, minute, second: sod % 60, days, dow: weekday(days) };
}

let cacheDay = Number.NaN;
let cacheOff = 0;
let cachePrefix = '';

/** ISO 8601 with the New York offset, e.g. 2026-03-02T14:05:10-05:00 (whole seconds). */
export function isoNY(utcSec: number): string {
  const off = nyOffset(utcSec);
  const local = utcSec + off;
  const days = Math.floor(local / DAY);
  if (days !== cacheDay || off !== cacheOff) {
    const [y, m, d] = civilFromDays(days);
    cachePrefix = `${y}-${p2(m)}-${p2(d)}T`;
    cacheDay = days;
    cacheOff = off;
  }
  const sod = local - days * DAY;
  return `${cachePrefix}${p2(Math.floor(sod / 3600))}:${p2(Math.floor((sod % 3600) / 60))}:${p2(sod % 60)}${off === EDT ? '-04:00' : '-05:00'}`;
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const num2 = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

/** Epoch seconds of an ISO date-time; the common YYYY-MM-DDTHH:MM:SS±HH:MM shape is read without Date.parse. */
export function parseIsoSec(iso: string): number {
  if (iso.length === 25 && iso.charCodeAt(10) === 84 && (iso.charCodeAt(19) === 45 || iso.charCodeAt(19) === 43)) {
    const y = num2(iso, 0) * 100 + num2(iso, 2);
    const local = daysFromCivil(y, num2(iso, 5), num2(iso, 8)) * DAY + num2(iso, 11) * 3600 + num2(iso, 14) * 60 + num2(iso, 17);
    const off = (num2(iso, 20) * 3600 + num2(iso, 23) * 60) * (iso.charCodeAt(19) === 45 ? -1 : 1);
    const sec = local - off;
    if (!Number.isNaN(sec)) return sec;
  }
  return Math.floor(Date.parse(iso) / 1000);
}

/** Parse 'YYYY-MM-DD' into days since epoch, or throw. */
export function parseDateDays(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new RangeError(`endDate must be an ISO date YYYY-MM-DD, got ${JSON.stringify(s)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const days = daysFromCivil(y, mo, d);
  const back = civilFromDays(days);
  if (back[0] !== y || back[1] !== mo || back[2] !== d) throw new RangeError(`endDate is not a real date: ${s}`);
  return days;
}

export { p2 };
