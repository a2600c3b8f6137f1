import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, isoNY, nyOffset, nyParts, nyToUtc, parseIsoSec } from '../src/time';

describe('New York time', () => {
  it('agrees with Luxon every 37 minutes over 2025–2027, DST changes included', () => {
    const start = Date.UTC(2025, 0, 1) / 1000;
    const end = Date.UTC(2028, 0, 1) / 1000;
    for (let t = start; t < end; t += 37 * 60 + 11) {
      const lx = DateTime.fromSeconds(t, { zone: 'America/New_York' });
      expect(nyOffset(t) / 60).toBe(lx.offset);
      expect(isoNY(t)).toBe(lx.toISO({ suppressMilliseconds: true }));
      const p = nyParts(t);
      expect([p.year, p.month, p.day, p.hour, p.minute, p.second, p.dow % 7]).toEqual([lx.year, lx.month, lx.day, lx.hour, lx.minute, lx.second, lx.weekday % 7]);
    }
  });

  it('handles the transition instants of 2026', () => {
    expect(isoNY(Date.parse('2026-03-08T06:59:59Z') / 1000)).toBe('2026-03-08T01:59:59-05:00');
    expect(isoNY(Date.parse('2026-03-08T07:00:00Z') / 1000)).toBe('2026-03-08T03:00:00-04:00');
    expect(isoNY(Date.parse('2026-11-01T05:59:59Z') / 1000)).toBe('2026-11-01T01:59:59-04:00');
    expect(isoNY(Date.parse('2026-11-01T06:00:00Z') / 1000)).toBe('2026-11-01T01:00:00-05:00');
  });

  it('converts wall-clock times back to instants', () => {
    expect(nyToUtc(2026, 3, 2, 14, 5, 10)).toBe(Date.parse('2026-03-02T14:05:10-05:00') / 1000);
    expect(nyToUtc(2026, 7, 4, 9)).toBe(Date.parse('2026-07-04T09:00:00-04:00') / 1000);
    expect(nyToUtc(2026, 11, 1, 1, 30)).toBe(Date.parse('2026-11-01T01:30:00-04:00') / 1000); // repeated hour: first
    expect(nyToUtc(2026, 3, 8, 2, 30)).toBe(Date.parse('2026-03-08T03:30:00-04:00') / 1000); // skipped hour: forward
  });

  it('round-trips civil dates', () => {
    for (let d = -800; d < 40_000; d += 97) {
      const [y, m, day] = civilFromDays(d);
      expect(daysFromCivil(y, m, day)).toBe(d);
    }
  });
});

describe('parseIsoSec', () => {
  it('reads ISO date-times like Date.parse does', () => {
    for (const iso of ['2026-03-02T14:05:10-05:00', '2026-07-04T23:59:59-04:00', '2026-01-01T00:00:00+01:00', '2026-03-02T14:05:10Z', '2026-03-02T14:05:10.5-05:00', '1999-12-31T23:59:59-05:00']) {
      expect(parseIsoSec(iso), iso).toBe(Math.floor(Date.parse(iso) / 1000));
    }
  });
});
