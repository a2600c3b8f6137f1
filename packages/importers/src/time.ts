import { DateTime, IANAZone } from 'luxon';

/**
 * Times in the exports carry no offset. We work with "wall" times: the local
 * clock reading encoded as milliseconds since 1970 *as if* it were UTC
 * (`Date.UTC(y, m - 1, d, h, mi, s)`). Adding days to a wall time is plain
 * arithmetic, and the zone is applied only when the ISO string is written.
 * luxon resolves the offset once per day, and once per hour (or quarter hour)
 * on a day whose offset changes (cached), which keeps a 100,000-row import
 * fast while staying DST-correct.
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export class Zone {
  readonly name: string;
  private readonly offsets = new Map<number, number | null>();
  /** "YYYY-MM-DDTHH:" and "±hh:mm" of each local hour, for writing ISO strings cheaply. */
  private readonly prefixes = new Map<number, { head: string; tail: string } | null>();

  constructor(name: string) {
    if (!IANAZone.isValidZone(name)) throw new RangeError(`"${name}" is not a known time zone (use an IANA name such as America/New_York)`);
    this.name = name;
  }

  /** ISO 8601 with the zone's offset, seconds precision, e.g. 2026-02-26T14:31:00-05:00. */
  wallToISO(wall: number): string {
    const key = Math.floor(wall / HOUR);
    const p = remembered(this.prefixes, key, this.prefixOf);
    if (p === null) return this.luxonFromWall(wall).toISO({ suppressMilliseconds: true })!;
    const secs = Math.floor((wall - key * HOUR) / SECOND);
    const mm = Math.floor(secs / 60);
    const ss = secs % 60;
    return `${p.head}${mm < 10 ? '0' : ''}${mm}:${ss < 10 ? '0' : ''}${ss}${p.tail}`;
  }

  /** The instant (epoch ms) of a wall time in this zone. */
  wallToEpoch(wall: number): number {
    const off = this.offsetForWall(wall);
    if (off === null) return this.luxonFromWall(wall).toMillis();
    return wall - off * MINUTE;
  }

  /** The wall time in this zone of an instant. */
  epochToWall(epoch: number): number {
    return epoch + this.offsetAt(epoch) * MINUTE;
  }

  /** ISO 8601 of an instant, with the offset in force at that instant (exact even in the repeated DST hour). */
  epochToISO(epoch: number): string {
    const e = Math.floor(epoch / SECOND) * SECOND;
    const off = this.offsetAt(e);
    return new Date(e + off * MINUTE).toISOString().slice(0, 19) + formatOffset(off);
  }

  /**
   * Offset in minutes at an instant. A (UTC) day that starts and ends with the same offset has it
   * throughout, so one lookup serves the day; around a change, offsets change on quarter-hour
   * boundaries, so one lookup per quarter hour.
   */
  private offsetAt(epoch: number): number {
    const whole = remembered(this.instantDays, Math.floor(epoch / DAY), this.instantDay);
    return Number.isNaN(whole) ? this.quarterOffset(Math.floor(epoch / QUARTER)) : whole;
  }

  private readonly quarterOffset = (key: number): number => remembered(this.instantOffsets, key, this.quarterFromZone);
  private readonly quarterFromZone = (key: number): number => IANAZone.create(this.name).offset(key * QUARTER);
  private readonly instantDay = (day: number): number => sameAllDay(day, QUARTER, this.quarterOffset);

  private readonly instantOffsets = new Map<number, number>();
  /** The offset of each UTC day that has one throughout, NaN for a day with a change. */
  private readonly instantDays = new Map<number, number>();
  /** The offset of each local day whose hours all have the same one, NaN for a day with a change. */
  private readonly wallDays = new Map<number, number>();

  private luxonFromWall(wall: number): DateTime {
    const d = new Date(wall);
    return DateTime.fromObject(
      {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
      },
      { zone: this.name },
    );
  }

  /**
   * Offset in minutes for the local hour containing `wall`; null when that hour is skipped by a DST
   * change. A local day whose midnight has the same offset as the next day's has it in every hour
   * (a change would leave them different), so one lookup serves the day.
   */
  private offsetForWall(wall: number): number | null {
    const whole = remembered(this.wallDays, Math.floor(wall / DAY), this.wallDay);
    return Number.isNaN(whole) ? this.hourOffset(Math.floor(wall / HOUR)) : whole;
  }

  private readonly hourOffset = (key: number): number | null => remembered(this.offsets, key, this.hourFromLuxon);
  private readonly hourFromLuxon = (key: number): number | null => {
    const dt = this.luxonFromWall(key * HOUR);
    const asked = new Date(key * HOUR);
    // a skipped hour (or day: Apia, December 2011) comes back as a later reading
    return dt.hour === asked.getUTCHours() && dt.day === asked.getUTCDate() ? dt.offset : null;
  };
  private readonly wallDay = (day: number): number => sameAllDay(day, HOUR, this.hourOffset);
  private readonly prefixOf = (key: number): { head: string; tail: string } | null => {
    const off = this.offsetForWall(key * HOUR);
    return off === null ? null : { head: new Date(key * HOUR).toISOString().slice(0, 14), tail: formatOffset(off) };
  };
}

const QUARTER = 15 * MINUTE;

/** `map`'s value for `key`, computed once; the map is emptied when it holds over 50,000. */
function remembered<V>(map: Map<number, V>, key: number, compute: (key: number) => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = compute(key);
    if (map.size > 50_000) map.clear();
    map.set(key, v);
  }
  return v;
}

/**
 * The offset of all of `day` when it starts with the same offset as the next day (a change would
 * leave them different), NaN for a day with a change; `lookup` gives the offset per step of `step` ms.
 */
function sameAllDay(day: number, step: number, lookup: (key: number) => number | null): number {
  const first = lookup((day * DAY) / step);
  return first !== null && first === lookup(((day + 1) * DAY) / step) ? first : NaN;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function makeWall(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number | null {
  if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const w = Date.UTC(y, m - 1, d, h, mi, s);
  const dt = new Date(w);
  if (dt.getUTCDate() !== d || dt.getUTCMonth() !== m - 1) return null; // e.g. February 30
  return w;
}

export const dayStart = (wall: number): number => Math.floor(wall / DAY) * DAY;

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n < 70 ? 2000 + n : 1900 + n;
  return n;
}

/** 12-hour reading of a clock with an AM/PM suffix; null when the suffix makes no sense (e.g. 17:00 PM). */
export function twelveHour(h: number, suffix: string | undefined): number | null {
  if (!suffix || h < 1 || h > 12) return null;
  const pm = /^p/i.test(suffix);
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export type ParsedDateTime = {
  /** Wall time in the import zone. */
  wall: number;
  /** Whether the text carried a time of day (not just a date). */
  hasTime: boolean;
};

const TIME_RE = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?`;
const TZ_RE = String.raw`(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})|\s*\(?[A-Z]{2,5}\)?)?`;
const US_RE = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:(?:\s+|\s*,\s*|\s+at\s+|T)${TIME_RE})?${TZ_RE}$`);
const ISO_RE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:\s+|T)${TIME_RE})?${TZ_RE}$`);
const NAMED_RE = new RegExp(
  String.raw`^(?:[A-Za-z]+,?\s+)?(?:([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}))(?:(?:\s+|\s*,\s*|\s+at\s+)${TIME_RE})?${TZ_RE}$`,
);

/**
 * Reads the date-times seen in exports: `M/D/YY h:mm`, `M/D/YYYY H:MM:SS AM`,
 * `YYYY-MM-DD HH:MM:SS`, `YYYY-MM-DDTHH:MM`, `March 2, 2026 2:05 PM`,
 * `Mon, 2 Mar 2026 14:05:10 -0500`. A trailing explicit offset (or Z/UTC/GMT)
 * is honoured and converted to the zone; a zone abbreviation (EST) is ignored.
 */
export function parseDateTime(input: string, zone: Zone): ParsedDateTime | null {
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let y: number, mo: number, d: number;
  let timeParts: (string | undefined)[];
  let tz: string | undefined;
  let m = US_RE.exec(s);
  if (m) {
    mo = Number(m[1]);
    d = Number(m[2]);
    y = fullYear(m[3]!);
    timeParts = m.slice(4, 8);
    tz = m[8];
  } else if ((m = ISO_RE.exec(s))) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
    timeParts = m.slice(4, 8);
    tz = m[8];
  } else if ((m = NAMED_RE.exec(s))) {
    const monthName = (m[1] ?? m[5] ?? '').toLowerCase();
    const month = MONTHS[monthName] ?? MONTHS[monthName.slice(0, 3)];
    if (!month) return null;
    mo = month;
    d = Number(m[2] ?? m[4]);
    y = Number(m[3] ?? m[6]);
    timeParts = m.slice(7, 11);
    tz = m[11];
  } else {
    return null;
  }
  let h = 0, mi = 0, sec = 0;
  const hasTime = timeParts[0] !== undefined;
  if (hasTime) {
    h = Number(timeParts[0]);
    mi = Number(timeParts[1]);
    sec = timeParts[2] ? Number(timeParts[2]) : 0;
    const suffix = timeParts[3];
    if (suffix) {
      const h12 = twelveHour(h, suffix);
      if (h12 !== null) h = h12;
    }
  }
  const wall = makeWall(y, mo, d, h, mi, sec);
  if (wall === null) return null;
  if (tz && hasTime) {
    const off = /^(Z|UTC|GMT)$/i.test(tz) ? 0 : offsetMinutes(tz);
    return { wall: zone.epochToWall(wall - off * MINUTE), hasTime };
  }
  return { wall, hasTime };
}

function offsetMinutes(tz: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz)!;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

/** Seconds from `18`, `18.0`, `0:00:57` (H:MM:SS), `1:35` (M:SS), `1m 35s`, `95 s`; null when unreadable. */
export function parseSeconds(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? Math.round(input) : null;
  if (input instanceof Date) {
    // an Excel time-of-day cell: a fraction of a day after 1899-12-30
    const ms = input.getTime() - Date.UTC(1899, 11, 30);
    return ms >= 0 && ms < 366 * DAY ? Math.round(ms / SECOND) : null;
  }
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (!s) return null;
  let m = /^(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds)?$/i.exec(s);
  if (m) return Math.round(Number(m[1]));
  m = /^(\d+):(\d{1,2}):(\d{1,2})$/.exec(s);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  m = /^(\d+):(\d{1,2})$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(?:(\d+)\s*h(?:ours?|rs?)?\s*)?(?:(\d+)\s*m(?:in(?:utes?|s)?)?\s*)?(?:(\d+)\s*s(?:ec(?:onds?|s)?)?)?$/i.exec(s);
  if (m && (m[1] || m[2] || m[3])) return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return null;
}

/**
 * Places clock readings (time of day, no date) of successive messages on the
 * calendar. The first reading lands on the day (before, of, or after the
 * session start) that puts it nearest to the start; each later reading lands
 * on the first day that does not put it more than an hour before the previous
 * message, so a time smaller than the one before means midnight has passed.
 * Several candidate readings (a 24-hour and a 12-hour reading of "10:05PM")
 * resolve to the earliest one that fits.
 */
export class ClockSequencer {
  private prev: number | null = null;
  constructor(private readonly start: number) {}

  static readonly BACKWARD_TOLERANCE = HOUR;

  next(candidates: number[]): number {
    let best = Number.POSITIVE_INFINITY;
    if (this.prev === null) {
      const base = dayStart(this.start);
      let bestDist = Number.POSITIVE_INFINITY;
      for (const c of candidates) {
        for (const k of [0, -1, 1]) {
          const w = base + k * DAY + c * SECOND;
          const dist = Math.abs(w - this.start);
          if (dist < bestDist) {
            bestDist = dist;
            best = w;
          }
        }
      }
    } else {
      const base = dayStart(this.prev);
      for (const c of candidates) {
        let w = base + c * SECOND;
        while (w < this.prev - ClockSequencer.BACKWARD_TOLERANCE) w += DAY;
        if (w < best) best = w;
      }
    }
    this.prev = best;
    return best;
  }

  /** Sets the reference for the next reading (a line that carried its own date). */
  reset(wall: number): void {
    this.prev = wall;
  }

  get last(): number | null {
    return this.prev;
  }
}

/** Seconds of day for H:MM[:SS] and an optional AM/PM suffix; several candidates when the suffix is ambiguous. */
export function clockCandidates(h: number, mi: number, s: number, suffix: string | undefined, suffixMeaning: 'ignore' | '12h' | 'either'): number[] | null {
  if (h > 23 || mi > 59 || s > 59) return null;
  const base = mi * 60 + s;
  const h12 = twelveHour(h, suffix);
  if (h12 === null || suffixMeaning === 'ignore') return [h * 3600 + base];
  if (suffixMeaning === '12h') return [h12 * 3600 + base];
  return h12 === h ? [h * 3600 + base] : [h * 3600 + base, h12 * 3600 + base];
}
