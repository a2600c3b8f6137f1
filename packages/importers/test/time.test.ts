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
});
