import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTranscripts } from '@askqa/generator';
import { currentRubric } from '@askqa/scoring';
import { testApp, type TestApp } from './helpers';
import { rebuildStats } from '../src/services/stats-aggregates';
import { rescoreAll } from '../src/services/rescore';

let t: TestApp;
const snapshot = () => ({
  weekly: t.app.services.db.$client.prepare('SELECT * FROM stats_weekly ORDER BY week, library').all(),
  checks: t.app.services.db.$client
    .prepare('SELECT * FROM stats_checks WHERE pass <> 0 OR fail <> 0 OR na <> 0 OR pending <> 0 ORDER BY week, library, "check"')
    .all(),
});
/** drop rows that a delta brought back to zero (a recomputation never writes them) */
const nonZero = (s: ReturnType<typeof snapshot>) => ({
  weekly: s.weekly.filter((r) => Object.entries(r as Record<string, unknown>).some(([k, v]) => k !== 'week' && k !== 'library' && v !== 0)).map(roundValues),
  checks: s.checks,
});
const roundValues = (r: unknown) => {
  const o = { ...(r as Record<string, number>) };
  o.value_sum = Math.round(o.value_sum! * 1000) / 1000;
  return o;
};

beforeAll(async () => {
  t = await testApp({ now: '2026-11-28T12:00:00Z' });
});
afterAll(async () => {
  await t.app.close();
});

describe('overview aggregates', () => {
  it('equal a from-scratch recomputation after inserts, replacements, follow-ups and rescoring', async () => {
    const all = [...generateTranscripts({ sessions: 400, weeks: 4, seed: 7 })];
    const post = (items: unknown[]) => t.app.inject({ method: 'POST', url: '/api/transcripts', payload: { transcripts: items }, headers: t.auth });
    const first = (await post(all.slice(0, 300))).json().results;
    // replacements that move sessions between libraries and weeks and change their scores
    const changed = all.slice(0, 40).map((s, i) => ({
      ...s,
      library: i % 2 ? 'EPFL' : s.library,
      startedAt: i % 3 ? s.startedAt : s.startedAt.replace(/^(\d{4}-\d{2}-)(\d{2})/, (_m: string, a: string, d: string) => `${a}${String(Math.max(1, Number(d) - 8)).padStart(2, '0')}`),
      resolutionCode: i % 4 ? s.resolutionCode : '',
    }));
    const second = (await post([...changed, ...all.slice(300)])).json().results;
    expect(second.filter((r: { status: string }) => r.status === 'updated').length).toBeGreaterThan(20);
    for (const r of first.slice(50, 60)) {
      await t.app.inject({ method: 'POST', url: `/api/transcripts/${r.id}/followups`, payload: { doneAt: '2026-11-20T10:00:00-05:00', by: 'x' }, headers: t.auth });
    }
    t.app.services.rubric = { ...currentRubric, version: 'test-2', settings: { ...currentRubric.settings, pickupSeconds: 20, silenceSeconds: 60 } };
    expect(rescoreAll(t.app.services).rescored).toBe(400);

    // the per-check rows that filters and SQL statistics read agree with every stored score
    const db = t.app.services.db.$client;
    const stored = db.prepare('SELECT id, started_at, checks FROM sessions').all() as { id: number; started_at: number; checks: string }[];
    const rows = db.prepare('SELECT session_id, "check", status, value, started_at FROM session_checks ORDER BY session_id, "check"').all() as { session_id: number; check: number; status: number; value: number | null; started_at: number }[];
    const code = { na: 0, pass: 1, fail: 2, pending: 3 } as const;
    const expected = stored
      .sort((a, b) => a.id - b.id)
      .flatMap((s) =>
        (JSON.parse(s.checks) as { status: keyof typeof code; value?: number | null }[]).map((c, i) => ({ session_id: s.id, check: i, status: code[c.status], value: c.value ?? null, started_at: s.started_at })),
      );
    expect(rows).toEqual(expected);

    const kept = nonZero(snapshot());
    expect(kept.weekly.length).toBeGreaterThan(10);
    rebuildStats(t.app.services.db);
    expect(nonZero(snapshot())).toEqual(kept);
  });

  it('answers the overview for the state, one library and a date range', async () => {
    const res = await t.app.inject({ url: '/api/stats/overview', headers: t.auth });
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o.totals.sessions).toBeGreaterThan(300);
    expect(o.totals.meanValue).toBeGreaterThan(0);
    expect(o.checksByLibrary[0].checks).toHaveLength(17);
    expect(o.volume.byHour).toHaveLength(24);
    expect(o.volume.byWeekday.reduce((n: number, d: { sessions: number }) => n + d.sessions, 0)).toBe(o.totals.sessions);
    expect(o.pickup.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBeLessThanOrEqual(o.totals.sessions);
    const one = (await t.app.inject({ url: '/api/stats/overview?library=EPFL', headers: t.auth })).json();
    expect(one.byWeek.every((w: { library: string }) => w.library === 'EPFL')).toBe(true);
    expect(one.totals.sessions).toBeLessThan(o.totals.sessions);
    const weeks = o.byWeek.map((w: { week: string }) => w.week).sort();
    const range = (await t.app.inject({ url: `/api/stats/overview?from=${weeks.at(-1)}&to=${weeks.at(-1)}`, headers: t.auth })).json();
    expect(new Set(range.byWeek.map((w: { week: string }) => w.week))).toEqual(new Set([weeks.at(-1)]));
    const bad = await t.app.inject({ url: '/api/stats/overview?from=last-week', headers: t.auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('from');
  });
});
