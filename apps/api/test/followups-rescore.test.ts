import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateTranscripts } from '@askqa/generator';
import { testApp, loadDevset, type TestApp } from './helpers';
import { runJobsOnce } from '../src/jobs/periodic';
import { rescoreAll } from '../src/services/rescore';

let t: TestApp;
const pendingCase = loadDevset().find((c) => c.expect['followup.on_time'] === 'pending')!;
const endedAt = Date.parse(pendingCase.transcript.endedAt!);

beforeEach(async () => {
  t = await testApp({ now: pendingCase.asOf });
});
afterEach(async () => {
  await t.app.close();
});

async function ingest() {
  const res = await t.app.inject({ method: 'POST', url: '/api/transcripts', payload: pendingCase.transcript, headers: t.auth });
  return res.json().results[0] as { id: number; score: { checks: { id: string; status: string }[]; flags: { code: string }[] } };
}
const onTime = (score: { checks: { id: string; status: string }[] }) => score.checks.find((c) => c.id === 'followup.on_time')!.status;
async function stored(id: number) {
  return (await t.app.inject({ url: `/api/transcripts/${id}`, headers: t.auth })).json();
}

describe('follow-ups', () => {
  it('is pending before the deadline and passes once a follow-up is recorded in time', async () => {
    const r = await ingest();
    expect(onTime(r.score)).toBe('pending');
    const doneAt = new Date(endedAt + 24 * 3600_000).toISOString().replace('Z', '+00:00');
    const res = await t.app.inject({ method: 'POST', url: `/api/transcripts/${r.id}/followups`, payload: { doneAt, by: 'okim', note: 'sent the list' }, headers: t.auth });
    expect(res.statusCode).toBe(201);
    expect(onTime(res.json().score)).toBe('pass');
    const s = await stored(r.id);
    expect(onTime(s.score)).toBe('pass');
    expect(s.recordedFollowUps).toEqual([expect.objectContaining({ doneAt, by: 'okim', note: 'sent the list' })]);
  });

  it('fails when recorded after 72 elapsed hours', async () => {
    const r = await ingest();
    const doneAt = new Date(endedAt + 73 * 3600_000).toISOString();
    const res = await t.app.inject({ method: 'POST', url: `/api/transcripts/${r.id}/followups`, payload: { doneAt, by: 'okim' }, headers: t.auth });
    expect(onTime(res.json().score)).toBe('fail');
    expect(res.json().score.flags.map((f: { code: string }) => f.code)).toContain('followup_overdue');
  });

  it('turns into a fail through the periodic job once the deadline passes unrecorded', async () => {
    const r = await ingest();
    t.clock.now = endedAt + 71 * 3600_000;
    expect(runJobsOnce(t.app.services).overdue).toBe(0);
    expect(onTime((await stored(r.id)).score)).toBe('pending');
    t.clock.now = endedAt + 72 * 3600_000 + 1000;
    expect(runJobsOnce(t.app.services).overdue).toBe(1);
    expect(onTime((await stored(r.id)).score)).toBe('fail');
    expect(runJobsOnce(t.app.services).overdue).toBe(0);
  });

  it('explains a bad follow-up and a missing session', async () => {
    const r = await ingest();
    const bad = await t.app.inject({ method: 'POST', url: `/api/transcripts/${r.id}/followups`, payload: { doneAt: 'tomorrow' }, headers: t.auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['by', 'doneAt']);
    const missing = await t.app.inject({ method: 'POST', url: '/api/transcripts/9999/followups', payload: { doneAt: '2026-05-12T10:00:00-04:00', by: 'x' }, headers: t.auth });
    expect(missing.statusCode).toBe(404);
  });
});

describe('rescoring', () => {
  it('brings sessions scored with another rubric version to the current one, through the admin API', async () => {
    const r = await ingest();
    t.app.services.db.$client.prepare("UPDATE sessions SET rubric_version = '0'").run();
    expect((await stored(r.id)).score.rubricVersion).toBe('0');
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/rescore', payload: {}, headers: t.auth });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ running: true, rubricVersion: t.app.services.rubric.version });
    let progress = res.json();
    for (let polls = 0; progress.running && polls < 10_000; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 5)); // let the background batches run (a worker may still be starting)
      progress = (await t.app.inject({ url: '/api/admin/rescore', headers: t.auth })).json();
    }
    expect(progress).toMatchObject({ running: false, done: 1, total: 1, error: null });
    expect((await stored(r.id)).score.rubricVersion).toBe(t.app.services.rubric.version);
    expect(rescoreAll(t.app.services).rescored).toBe(0);
    expect(rescoreAll(t.app.services, { all: true, batchSize: 1 }).rescored).toBe(1);
  });

  it('refuses a second rescore while one runs (409), and accepts one again once it has finished', async () => {
    const t = await testApp({ now: '2026-11-28T00:00:00Z' });
    const sessions = [...generateTranscripts({ sessions: 2500, seed: 3, weeks: 2 })];
    let stored = 0;
    for (let i = 0; i < sessions.length; i += 500) {
      const res = await t.app.inject({ method: 'POST', url: '/api/transcripts', headers: t.auth, payload: { transcripts: sessions.slice(i, i + 500) } });
      expect(res.statusCode).toBe(200);
      stored += (res.json().results as { status: string }[]).filter((r) => r.status === 'created').length;
    }
    expect(stored).toBeGreaterThan(2000);
    const first = await t.app.inject({ method: 'POST', url: '/api/admin/rescore', payload: { all: true }, headers: t.auth });
    expect(first.statusCode).toBe(202);
    // three batches of 1,000, with a turn of the event loop between them: it is still running
    const second = await t.app.inject({ method: 'POST', url: '/api/admin/rescore', payload: { all: true }, headers: t.auth });
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toMatch(/a rescore is already running/);
    let progress = first.json();
    for (let polls = 0; progress.running && polls < 10_000; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      progress = (await t.app.inject({ url: '/api/admin/rescore', headers: t.auth })).json();
    }
    expect(progress).toMatchObject({ running: false, done: stored, total: stored, error: null });
    const third = await t.app.inject({ method: 'POST', url: '/api/admin/rescore', payload: {}, headers: t.auth });
    expect(third.statusCode).toBe(202);
    await t.app.close();
  }, 60_000);
});
