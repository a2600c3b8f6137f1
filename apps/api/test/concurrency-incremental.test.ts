/**
 * Storing a session re-judges only the overlapping sessions' concurrency; the result must be
 * what scoring everything again from scratch gives, whatever order the sessions arrive in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTranscripts } from '@askqa/generator';
import { testApp, type TestApp } from './helpers';
import { rescoreAll } from '../src/services/rescore';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ now: '2026-12-01T00:00:00Z' });
});
afterAll(async () => {
  await t.app.close();
});

/** Everything a score decides in the store: the session row's score columns and the per-check rows. */
const storedScores = () =>
  t.app.services.db.$client
    .prepare(
      `SELECT s.id, s.score_value, s.raw_score, s.critical, s.flagged, s.flags, s.checks, s.follow_up_pending, s.follow_up_deadline,
         (SELECT group_concat(c."check" || ':' || c.status || ':' || ifnull(c.value, ''), ',' ORDER BY c."check") FROM session_checks c WHERE c.session_id = s.id) AS check_rows
       FROM sessions s ORDER BY s.id`,
    )
    .all() as { id: number; checks: string }[];

describe('session.concurrency across stored sessions', () => {
  it('equals a from-scratch rescore after sessions arrive out of order and are replaced', async () => {
    // many sessions in few weeks: providers often have several chats open at once
    const all = [...generateTranscripts({ sessions: 600, weeks: 1, seed: 5 })];
    const shuffled = all.map((s, i) => ({ s, k: (i * 7919) % all.length })).sort((a, b) => a.k - b.k).map((x) => x.s);
    for (let i = 0; i < shuffled.length; i += 150) {
      const res = await t.app.inject({ method: 'POST', url: '/api/transcripts', payload: { transcripts: shuffled.slice(i, i + 150) }, headers: t.auth });
      expect(res.statusCode).toBe(200);
    }
    // replace some: shift them by ten minutes, which changes whom they overlap
    const moved = all.slice(0, 60).map((s) => ({
      ...s,
      startedAt: new Date(Date.parse(s.startedAt) + 600_000).toISOString(),
      endedAt: s.endedAt ? new Date(Date.parse(s.endedAt) + 600_000).toISOString() : s.endedAt,
      messages: s.messages.map((m) => ({ ...m, at: new Date(Date.parse(m.at) + 600_000).toISOString() })),
    }));
    await t.app.inject({ method: 'POST', url: '/api/transcripts', payload: { transcripts: moved }, headers: t.auth });
    const incremental = storedScores();
    const fails = incremental.filter((r) => /"id":"session.concurrency","status":"fail"/.test(r.checks)).length;
    expect(fails).toBeGreaterThan(0);
    rescoreAll(t.app.services, { all: true });
    expect(storedScores()).toEqual(incremental);
  });
});
