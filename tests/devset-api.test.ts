/**
 * The labelled development set through the real ingest API over a real database: the whole set
 * ingested together (session.concurrency spans files), each case judged at its own asOf.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { loadDevset, testApp, type TestApp } from '../apps/api/test/helpers';
import { runJobsOnce } from '../apps/api/src/jobs/periodic';

const cases = loadDevset().sort((a, b) => Date.parse(a.asOf) - Date.parse(b.asOf));
let t: TestApp;
const idOf = new Map<string, number>();
const got = new Map<string, Record<string, string>>();

beforeAll(async () => {
  // a long retention: the clock walks months forward, and the read-back test wants the patron details
  t = await testApp({ now: cases[0]!.asOf, config: { RETENTION_DAYS: 3650 } });
  const res = await t.app.inject({ method: 'POST', url: '/api/transcripts', payload: { transcripts: cases.map((c) => c.transcript) }, headers: t.auth });
  expect(res.statusCode).toBe(200);
  for (const r of res.json().results) {
    expect(r.status, JSON.stringify(r.errors)).toBe('created');
    idOf.set(r.externalId, r.id);
  }
  // walk the clock forward through the cases; the periodic job judges overdue follow-ups
  for (const c of cases) {
    t.clock.now = Date.parse(c.asOf);
    runJobsOnce(t.app.services);
    const s = (await t.app.inject({ url: `/api/transcripts/${idOf.get(c.transcript.externalId)}`, headers: t.auth })).json();
    got.set(c.file, Object.fromEntries(s.score.checks.map((x: { id: string; status: string }) => [x.id, x.status])));
  }
  const rows = CHECK_IDS.map((id) => {
    const agree = cases.filter((c) => got.get(c.file)![id] === c.expect[id]).length;
    return `${id.padEnd(28)} ${String(agree).padStart(3)}/${cases.length}`;
  });
  const total = cases.reduce((n, c) => n + CHECK_IDS.filter((id) => got.get(c.file)![id] === c.expect[id]).length, 0);
  console.log(`devset agreement through the API (check, agree/cases):\n${rows.join('\n')}\noverall ${total}/${cases.length * CHECK_IDS.length}`);
});
afterAll(async () => {
  await t.app.close();
});

describe('devset through the ingest API', () => {
  describe.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    it.each(CHECK_IDS.map((id) => [id]))('%s', (id) => {
      expect(got.get(c.file)![id], c.why[id] ?? '').toBe(c.expect[id]);
    });
  });

  it('stores patron contacts redacted, while the follow-up checks still see them', async () => {
    const followUps = cases.filter((c) => c.expect['followup.contact'] === 'pass' && c.transcript.patron?.email);
    expect(followUps.length).toBeGreaterThan(0);
    for (const c of followUps) {
      const s = (await t.app.inject({ url: `/api/transcripts/${idOf.get(c.transcript.externalId)}`, headers: t.auth })).json();
      const text = JSON.stringify(s);
      expect(text, c.file).not.toContain(c.transcript.patron!.email!);
      expect(s.patron.email).toBe('[email]');
      expect(s.score.checks.find((x: { id: string }) => x.id === 'followup.contact').status).toBe('pass');
    }
  });

  it('reads every transcript back equal to what was sent (patron details included for roles that follow up)', async () => {
    for (const c of cases) {
      const s = (await t.app.inject({ url: `/api/transcripts/${idOf.get(c.transcript.externalId)}?include=originals`, headers: t.auth })).json();
      const { id: _id, score: _score, recordedFollowUps: _r, patronDetails: _p, ...back } = s;
      expect(back, c.file).toEqual(c.transcript);
    }
  });
});
