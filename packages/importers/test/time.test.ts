import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ClockSequencer, parseDateTime, parseSeconds, Zone } from '../src/time';

const zone = new Zone('America/New_York');
const iso = (s: string) => {
  const p = parseDateTime(s, zone);
  return p ? zone.wallToISO(p.wall) : null;
};

describe('dates and times', () => {
  it('reads the date-time layouts seen in exports and headers', () => {
    expect(iso('2/26/26 14:31')).toBe('2026-02-26T14:31:00-05:00');
    expect(iso('3/9/2026 2:05:10 PM')).toBe('2026-03-09T14:05:10-04:00');
    expect(iso('2026-03-09 10:05:43')).toBe('2026-03-09T10:05:43-04:00');
    expect(iso('2026-03-09T10:05')).toBe('2026-03-09T10:05:00-04:00');
    expect(iso('March 2, 2026 2:05 PM')).toBe('2026-03-02T14:05:00-05:00');
    expect(iso('Monday, March 2, 2026')).toBe('2026-03-02T00:00:00-05:00');
    expect(iso('2 Mar 2026 14:05')).toBe('2026-03-02T14:05:00-05:00');
    expect(iso('Mon, 2 Mar 2026 14:05:10 -0500')).toBe('2026-03-02T14:05:10-05:00');
    expect(iso('2026-03-02T19:05:10Z')).toBe('2026-03-02T14:05:10-05:00');
    expect(iso('3/2/2026 at 2:05 PM EST')).toBe('2026-03-02T14:05:00-05:00');
  });

  it('rejects what is not a date', () => {
    for (const s of ['31/31/26', '2/30/26 10:00', '2026-13-01', 'yesterday', '', '14:31', '2/26/26 25:00']) expect(iso(s)).toBeNull();
  });

  it('reads durations', () => {
    expect([parseSeconds('18'), parseSeconds('0:00:57'), parseSeconds('1:35'), parseSeconds('1m 35s'), parseSeconds(95), parseSeconds('soon')]).toEqual([18, 57, 95, 95, 95, null]);
  });

  it('rejects an unknown time zone', () => {
    expect(() => new Zone('Mars/Olympus')).toThrow(/not a known time zone/);
  });

  it('rolls over midnight and tolerates a line slightly out of order', () => {
    const start = Date.UTC(2026, 2, 31, 23, 52);
    const seq = new ClockSequencer(start);
    const at = (h: number, m: number, s = 0) => new Date(seq.next([h * 3600 + m * 60 + s])).toISOString().slice(0, 19);
    expect(at(23, 52, 14)).toBe('2026-03-31T23:52:14');
    expect(at(23, 58)).toBe('2026-03-31T23:58:00');
    expect(at(23, 57, 50)).toBe('2026-03-31T23:57:50'); // ten seconds back: the same day
    expect(at(0, 1, 12)).toBe('2026-04-01T00:01:12');
    expect(at(0, 2)).toBe('2026-04-01T00:02:00');
  });

  it('writes the offset in force at an instant, also in the repeated hour', () => {
    const firstOneThirty = Date.UTC(2026, 10, 1, 5, 30); // 01:30 EDT
    const secondOneThirty = Date.UTC(2026, 10, 1, 6, 30); // 01:30 EST
    expect(zone.epochToISO(firstOneThirty)).toBe('2026-11-01T01:30:00-04:00');
    expect(zone.epochToISO(secondOneThirty)).toBe('2026-11-01T01:30:00-05:00');
  });

  it('agrees with luxon at every quarter hour across DST changes, whatever the zone does (whole days served by one lookup)', () => {
    // New York and London (an hour, at 2:00 and 1:00), Lord Howe (half an hour), Santiago (at midnight),
    // Kolkata (none), Apia (a whole day skipped in December 2011)
    const cases: [string, number, number][] = [
      ['America/New_York', Date.UTC(2026, 1, 25), Date.UTC(2026, 2, 12)],
      ['America/New_York', Date.UTC(2026, 9, 28), Date.UTC(2026, 10, 4)],
      ['Europe/London', Date.UTC(2026, 2, 26), Date.UTC(2026, 2, 31)],
      ['Australia/Lord_Howe', Date.UTC(2026, 2, 30), Date.UTC(2026, 3, 8)],
      ['America/Santiago', Date.UTC(2026, 3, 1), Date.UTC(2026, 3, 8)],
      ['America/Santiago', Date.UTC(2026, 8, 3), Date.UTC(2026, 8, 10)],
      ['Asia/Kolkata', Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 4)],
      ['Pacific/Apia', Date.UTC(2011, 11, 27), Date.UTC(2012, 0, 2)],
    ];
    for (const [name, from, to] of cases) {
      const z = new Zone(name);
      for (let t = from; t < to; t += 15 * 60_000) {
        // the instant t, and the local clock reading t (a wall time)
        expect(z.epochToISO(t), `${name} instant ${new Date(t).toISOString()}`).toBe(DateTime.fromMillis(t, { zone: name }).toISO({ suppressMilliseconds: true }));
        const d = new Date(t);
        const local = DateTime.fromObject(
          { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() },
          { zone: name },
        );
        expect(z.wallToISO(t), `${name} wall ${d.toISOString()}`).toBe(local.toISO({ suppressMilliseconds: true }));
        expect(z.wallToEpoch(t), `${name} wall ${d.toISOString()}`).toBe(local.toMillis());
      }
    }
  });
});
