import { transcriptSchema, type Transcript } from '@askqa/contract';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { generateProviders, generateSessions, generateTranscripts, LIBRARIES, type GenerateOptions } from '../src/index';

const take = <T>(it: Iterable<T>, n: number): T[] => {
  const out: T[] = [];
  for (const x of it) {
    if (out.length >= n) break;
    out.push(x);
  }
  return out;
};

const all = (opts: GenerateOptions = {}): Transcript[] => [...generateTranscripts(opts)];
const defaults = all();

describe('determinism', () => {
  it('gives byte-identical output for the same seed', () => {
    expect(JSON.stringify(all({ sessions: 500 }))).toBe(JSON.stringify(all({ sessions: 500 })));
    expect(JSON.stringify(defaults)).toBe(JSON.stringify(all()));
  });

  it('gives the same first sessions however many are consumed', () => {
    const first = take(generateTranscripts({}), 40);
    expect(JSON.stringify(first)).toBe(JSON.stringify(defaults.slice(0, 40)));
    expect(JSON.stringify(take(generateTranscripts({}), 7))).toBe(JSON.stringify(defaults.slice(0, 7)));
  });

  it('gives different data for a different seed', () => {
    const other = all({ seed: 7, sessions: 200 });
    const base = all({ sessions: 200 });
    expect(other).toHaveLength(200);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(base));
  });

  it('is lazy: the first sessions of a very large run come without building the rest', () => {
    const first = take(generateTranscripts({ sessions: 10_000_000 }), 5);
    expect(first.map((t) => t.externalId)).toEqual(['demo-000001', 'demo-000002', 'demo-000003', 'demo-000004', 'demo-000005']);
  });
});

describe('shape', () => {
  it('produces transcripts that pass the contract schema', () => {
    for (const t of defaults) {
      const r = transcriptSchema.safeParse(t);
      if (!r.success) throw new Error(`${t.externalId}: ${JSON.stringify(r.error.issues)}`);
    }
  });

  it('produces exactly the requested number of sessions, with unique sequential ids, sorted by start', () => {
    expect(defaults).toHaveLength(3000);
    expect(new Set(defaults.map((t) => t.externalId)).size).toBe(3000);
    expect(defaults[0]?.externalId).toBe('demo-000001');
    expect(defaults[2999]?.externalId).toBe('demo-003000');
    for (let i = 1; i < defaults.length; i++) {
      expect(Date.parse(defaults[i]!.startedAt)).toBeGreaterThanOrEqual(Date.parse(defaults[i - 1]!.startedAt));
    }
    expect(all({ sessions: 0 })).toEqual([]);
    expect(all({ sessions: 1 })).toHaveLength(1);
    expect(all({ sessions: 37, weeks: 1 })).toHaveLength(37);
  });

  it('spreads sessions over the requested weeks, ending on endDate (America/New_York)', () => {
    const check = (opts: GenerateOptions, first: string, last: string) => {
      const ts = all(opts);
      const days = ts.map((t) => t.startedAt.slice(0, 10)).sort();
      expect(days[0]! >= first).toBe(true);
      expect(days[days.length - 1]! <= last).toBe(true);
      // most days have sessions
      expect(new Set(days).size).toBeGreaterThan(0.9 * (opts.weeks ?? 12) * 7);
    };
    check({}, '2026-09-05', '2026-11-27');
    check({ sessions: 400, weeks: 2, endDate: '2026-03-15' }, '2026-03-02', '2026-03-15');
  });

  it('writes times with the right New York offset on both sides of a DST change', () => {
    const ts = all({ sessions: 600, weeks: 4, endDate: '2026-03-22' });
    const offsets = new Set<string>();
    for (const t of ts) {
      for (const iso of [t.startedAt, t.endedAt!, ...t.messages.map((m) => m.at), ...(t.followUps ?? []).map((f) => f.doneAt)]) {
        const dt = DateTime.fromISO(iso, { setZone: true });
        const ny = dt.setZone('America/New_York');
        expect(dt.offset, iso).toBe(ny.offset);
        offsets.add(iso.slice(-6));
      }
    }
    expect([...offsets].sort()).toEqual(['-04:00', '-05:00']);
  });

  it('puts most sessions in service hours and more on weekdays', () => {
    const hours = defaults.map((t) => Number(t.startedAt.slice(11, 13)));
    const inHours = hours.filter((h) => h >= 9 && h < 21).length;
    expect(inHours / hours.length).toBeGreaterThan(0.75);
    expect(hours.some((h) => h < 9 || h >= 21)).toBe(true);
    const dow = defaults.map((t) => DateTime.fromISO(t.startedAt, { setZone: true }).weekday); // 1 = Monday
    const weekdayAvg = dow.filter((d) => d <= 5).length / 5;
    const weekendAvg = dow.filter((d) => d > 5).length / 2;
    expect(weekdayAvg).toBeGreaterThan(1.3 * weekendAvg);
  });

  it('keeps message times in order, within the session', () => {
    for (const t of defaults) {
      let prev = Date.parse(t.startedAt);
      for (const m of t.messages) {
        const at = Date.parse(m.at);
        expect(at).toBeGreaterThanOrEqual(prev);
        prev = at;
      }
      expect(Date.parse(t.endedAt!)).toBeGreaterThanOrEqual(prev);
    }
  });

  it('has sessions of a realistic length', () => {
    const counts = defaults.filter((t) => t.resolutionCode !== 'Lost Call' && t.provider.id !== 'unassigned').map((t) => t.messages.length);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(15);
    expect(mean).toBeLessThan(30);
    expect(Math.max(...counts)).toBeLessThanOrEqual(45);
    expect(counts.filter((c) => c >= 8).length / counts.length).toBeGreaterThan(0.95);
  });

  it('never leaves template holes and uses fictional contacts only', () => {
    for (const t of defaults) {
      for (const m of t.messages) {
        expect(m.text).not.toMatch(/undefined|\[object|\$\{|NaN/);
        for (const e of m.text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []) expect(e).toMatch(/@example\.org$/);
        for (const p of m.text.match(/\b\d{3}-\d{3}-\d{4}\b/g) ?? []) expect(p).toMatch(/-555-01\d\d$/);
      }
      if (t.patron?.email) expect(t.patron.email).toMatch(/@example\.org$/);
      if (t.patron?.phone) expect(t.patron.phone).toMatch(/-555-01\d\d$/);
    }
  });
});

describe('libraries and providers', () => {
  it('lists real Maryland library systems and universities', () => {
    const codes = LIBRARIES.map((l) => l.code);
    for (const c of ['BCPL', 'EPFL', 'AACPL', 'HCPL', 'HCLS', 'MCPL', 'PGCMLS', 'FCPL', 'CCPL', 'WCPL', 'UMCP', 'UMBC', 'TU']) expect(codes).toContain(c);
    expect(new Set(codes).size).toBe(codes.length);
    expect(LIBRARIES.filter((l) => l.kind === 'university').length).toBeGreaterThanOrEqual(3);
  });

  it('generates deterministic providers, libraries × providersPerLibrary, with unique ids', () => {
    const ps = generateProviders({});
    expect(ps).toHaveLength(60);
    expect(new Set(ps.map((p) => p.id)).size).toBe(60);
    expect(generateProviders({})).toEqual(ps);
    expect(generateProviders({ libraries: 3, providersPerLibrary: 2 })).toHaveLength(6);
    expect(new Set(ps.map((p) => p.library))).toEqual(new Set(LIBRARIES.slice(0, 12).map((l) => l.code)));
    expect(ps.map((p) => p.id)).not.toContain('unassigned');
  });

  it('uses only the requested libraries and providers', () => {
    const opts = { sessions: 800, libraries: 4, providersPerLibrary: 3 };
    const ps = generateProviders(opts);
    const ids = new Set(ps.map((p) => p.id));
    const libs = new Set(LIBRARIES.slice(0, 4).map((l) => l.code));
    for (const t of all(opts)) {
      expect(libs.has(t.library)).toBe(true);
      expect(libs.has(t.patronLibrary!)).toBe(true);
      if (t.provider.id !== 'unassigned') {
        expect(ids.has(t.provider.id)).toBe(true);
        expect(ps.find((p) => p.id === t.provider.id)).toEqual(t.provider);
      }
      for (const m of t.messages) if (m.authorId) expect(ids.has(m.authorId)).toBe(true);
    }
    const used = new Set(defaults.map((t) => t.provider.id));
    expect(used.size).toBeGreaterThanOrEqual(55);
  });

  it('rejects options it cannot honour', () => {
    expect(() => take(generateTranscripts({ sessions: -1 }), 1)).toThrow(RangeError);
    expect(() => take(generateTranscripts({ weeks: 0 }), 1)).toThrow(RangeError);
    expect(() => take(generateTranscripts({ endDate: '2026-02-30' }), 1)).toThrow(RangeError);
    expect(() => take(generateTranscripts({ libraries: 99 }), 1)).toThrow(RangeError);
    expect(() => generateProviders({ providersPerLibrary: 0 })).toThrow(RangeError);
  });
});

describe('behaviour tags', () => {
  it('reports the behaviours each session was built with', () => {
    const tags = new Set(take(generateSessions({}), 3000).flatMap((s) => s.behaviours));
    for (const t of ['pickup:slow', 'no_clarify', 'no_source', 'transfer:full', 'transfer:noNotice', 'idle:both', 'idle:noneLong', 'dismissal', 'others_waiting', 'spanish', 'practice', 'lost_call', 'unpicked', 'burst', 'followup:byMe', 'followup:byLibrary', 'code:missing', 'code:empty', 'code:miscoded_lost_call', 'source:libchat', 'source:libraryh3lp']) {
      expect(tags, t).toContain(t);
    }
  });
});
