import { scrub } from './pii';
import { DAY, makeWall, parseDateTime, type Zone } from './time';

/** A cell from CSV (always a string) or XLSX (typed). */
export type Cell = string | number | boolean | Date | null | undefined;

export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString();
  return String(c).trim();
}

/** Short quote of a value for a report message, with any contact details in it replaced by placeholders. */
export function quote(s: string, max = 60): string {
  const one = scrub(s.replace(/\s+/g, ' ').trim());
  return JSON.stringify(one.length > max ? `${one.slice(0, max - 1)}…` : one);
}

/**
 * A date-time cell as a wall time in the zone. XLSX date cells carry the
 * local clock reading (Excel has no zones), which exceljs hands over as a
 * Date in UTC; a bare number is an Excel serial date.
 */
export function cellDateTime(c: Cell, zone: Zone): number | null {
  if (c instanceof Date) {
    const t = c.getTime();
    if (Number.isNaN(t)) return null;
    const d = new Date(Math.round(t / 1000) * 1000);
    return makeWall(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  }
  if (typeof c === 'number') {
    if (!(c > 20000 && c < 100000)) return null; // 1954–2173
    const w = Date.UTC(1899, 11, 30) + Math.round(c * DAY / 1000) * 1000;
    return w;
  }
  const s = cellText(c);
  if (!s) return null;
  return parseDateTime(s, zone)?.wall ?? null;
}
