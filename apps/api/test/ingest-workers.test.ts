import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateTranscripts } from '@askqa/generator';
import { loadDevset, testApp, transcript, type TestApp } from './helpers';
import { rescoreAll, rescoreWithPool } from '../src/services/rescore';
import { chunkSizes, ingestBatch, ingestTranscripts, responseBody } from '../src/services/ingest';
import { PreparePool } from '../src/services/prepare-pool';
import { scoreInput, writeRescored } from '../src/services/scores';
import { scoreStored } from '../src/services/prepare';

/** Everything a batch leaves in the store, ids included (both apps start empty). */
function storeDump(t: TestApp) {
  const q = (sql: string) => t.app.services.db.$client.prepare(sql).all();
  return {
    sessions: q('SELECT * FROM sessions ORDER BY id'),
    documents: q('SELECT * FROM session_documents ORDER BY session_id'),
    checks: q('SELECT * FROM session_checks ORDER BY session_id, "check"'),
    intervals: q('SELECT * FROM provider_intervals ORDER BY session_id, start'),
    // the sum of scores is a float: summed in another order, its last bits may differ
    weekly: q('SELECT * FROM stats_weekly ORDER BY week, library').map((r) => ({ ...(r as object), value_sum: Math.round((r as { value_sum: number }).value_sum * 1000) / 1000 })),
    statsChecks: q('SELECT * FROM stats_checks ORDER BY week, library, "check"'),
    originals: q('SELECT * FROM patron_originals ORDER BY session_id'),
  };
}

describe('ingest with worker threads', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const t of apps) await t.app.close();
  });

  it('stores and scores a large batch exactly as the main thread alone does', async () => {
    // one busy week: providers have overlapping sessions, so session.concurrency is re-judged
    // against the store (and sometimes scored again in full) on the main thread
    const generated = [...generateTranscripts({ sessions: 420, seed: 5, weeks: 1 })];
    const devset = loadDevset().map((c) => c.transcript);
    const replaced = { ...generated[3]!, messages: generated[3]!.messages.slice(0, -1) };
    const items: unknown[] = [...generated.slice(0, 200), { externalId: 'broken', library: 7 }, ...devset, replaced, ...generated.slice(200), generated[10]];
    const [inline, pooled] = await Promise.all([testApp({ config: { INGEST_WORKERS: 0 }, now: '2026-11-28T00:00:00Z' }), testApp({ config: { INGEST_WORKERS: 1 }, now: '2026-11-28T00:00:00Z' })]);
    apps.push(inline, pooled);
    const post = (t: TestApp) => t.app.inject({ method: 'POST', url: '/api/transcripts', headers: t.auth, payload: { transcripts: items } });
    const a = await post(inline);
    const b = await post(pooled);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    const results = a.json().results as { status: string }[];
    expect(results).toHaveLength(items.length);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'updated')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'unchanged')).toHaveLength(1);
    // some sessions were judged against overlapping ones: concurrency passes with others and fails
    const concurrency = (a.json().results as { score: { checks: { id: string; status: string; value?: number }[] } | null }[]).map((r) => r.score?.checks.find((c) => c.id === 'session.concurrency'));
    expect(concurrency.filter((c) => c?.status === 'fail').length).toBeGreaterThan(0);
    expect(concurrency.filter((c) => c?.status === 'pass' && (c.value ?? 0) > 1).length).toBeGreaterThan(0);
    expect(b.json()).toEqual(a.json());
    expect(storeDump(pooled)).toEqual(storeDump(inline));
    // the pooled app really prepared on its worker
    expect(inline.app.preparePool()).toBeNull();
    expect(pooled.app.preparePool()!.counts).toEqual({ prepared: chunkSizes(items.length).length, failed: 0 });

    // a week later promised follow-ups are overdue: rescoring changes scores, on workers or not
    inline.clock.now += 7 * 86400_000;
    pooled.clock.now += 7 * 86400_000;
    const flaggedBefore = storeDump(inline).sessions.filter((r) => (r as { flags: string }).flags.includes('followup_overdue')).length;
    expect(rescoreAll(inline.app.services, { all: true }).rescored).toBe(460);
    const progress: number[] = [];
    const r = await rescoreWithPool(pooled.app.services, { all: true, batchSize: 100, pool: pooled.app.preparePool(), onProgress: (p) => progress.push(p.done) });
    expect(r.rescored).toBe(460);
    expect(progress).toEqual([100, 200, 300, 400, 460]);
    expect(storeDump(inline).sessions.filter((r) => (r as { flags: string }).flags.includes('followup_overdue')).length).toBeGreaterThan(flaggedBefore);
    expect(storeDump(pooled)).toEqual(storeDump(inline));

    // a new rubric version under which no score changes: only the version is written
    for (const t of [inline, pooled]) t.app.services.db.$client.exec(`UPDATE sessions SET rubric_version = '0'`);
    const unchanged = storeDump(inline);
    expect(rescoreAll(inline.app.services).rescored).toBe(460);
    expect((await rescoreWithPool(pooled.app.services, { batchSize: 100, pool: pooled.app.preparePool() })).rescored).toBe(460);
    expect(storeDump(pooled)).toEqual(storeDump(inline));
    const versions = pooled.app.services.db.$client.prepare('SELECT DISTINCT rubric_version AS v FROM sessions').all();
    expect(versions).toEqual([{ v: pooled.app.services.rubric.version }]);
    const { sessions: before, ...restBefore } = unchanged;
    const { sessions: after, ...restAfter } = storeDump(pooled);
    expect(restAfter).toEqual(restBefore);
    expect(after).toEqual(before.map((r) => ({ ...(r as object), rubric_version: pooled.app.services.rubric.version })));
    expect(pooled.app.preparePool()!.counts.failed).toBe(0);
  });

  it('stores everything when a worker dies mid-batch: its chunks are prepared on the main thread and the worker replaced', async () => {
    const items = [...generateTranscripts({ sessions: 300, seed: 12, weeks: 1 })];
    const [inline, pooled] = await Promise.all([testApp({ config: { INGEST_WORKERS: 0 }, now: '2026-11-28T00:00:00Z' }), testApp({ config: { INGEST_WORKERS: 1 }, now: '2026-11-28T00:00:00Z' })]);
    apps.push(inline, pooled);
    const pool = pooled.app.preparePool()!;
    const post = (t: TestApp, batch: unknown[]) => t.app.inject({ method: 'POST', url: '/api/transcripts', headers: t.auth, payload: { transcripts: batch } });
    const [first, second] = [items.slice(0, 150), items.slice(150)];
    // a first batch: the worker is up and has answered
    expect((await post(inline, first)).json()).toEqual((await post(pooled, first)).json());
    const expected = await post(inline, second);
    const pending = post(pooled, second);
    // once the batch's chunks are queued on the worker, kill it under them
    const slot = (pool as unknown as { slots: { worker: { terminate(): Promise<number> }; pending: Map<number, unknown> }[] }).slots[0]!;
    while (slot.pending.size === 0) await new Promise((resolve) => setImmediate(resolve));
    await slot.worker.terminate();
    const res = await pending;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(expected.json());
    expect(pool.counts.failed).toBeGreaterThan(0);
    expect(storeDump(pooled)).toEqual(storeDump(inline));
    // the replacement worker takes the next batch
    const before = pool.counts.prepared;
    const again = await pooled.app.inject({ method: 'POST', url: '/api/transcripts', headers: pooled.auth, payload: { transcripts: items.map((t) => ({ ...t, externalId: `${t.externalId}-2` })) } });
    expect(again.statusCode).toBe(200);
    expect(pool.counts.prepared).toBeGreaterThan(before);
  });

  it('does not restart a worker that dies before doing any work; its uploads are prepared on the main thread', async () => {
    const t = await testApp({ now: '2026-11-28T00:00:00Z' });
    apps.push(t);
    const pool = new PreparePool(1);
    const slots = (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots;
    await slots[0]!.worker.terminate(); // as a worker whose code fails to load would
    await new Promise((resolve) => setImmediate(resolve));
    expect(slots).toHaveLength(0);
    await expect(pool.prepare([{}], 0)).rejects.toThrow(/no worker left/);
    const items = [...generateTranscripts({ sessions: 120, seed: 13, weeks: 1 })];
    const results = await ingestBatch(t.app.services, items, pool);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(120);
    await pool.close();
  });

  it('answers exactly the JSON of the results, scores serialised ahead included', async () => {
    const t = await testApp({ now: '2026-11-28T00:00:00Z' });
    apps.push(t);
    const items: unknown[] = [...generateTranscripts({ sessions: 30, seed: 9, weeks: 1 }), { externalId: 'x' }, ...loadDevset().map((c) => c.transcript)];
    const results = ingestTranscripts(t.app.services, items);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(responseBody(results)).toBe(JSON.stringify({ results }));
    const again = ingestTranscripts(t.app.services, items); // unchanged: scores read back from the store
    expect(again.filter((r) => r.status === 'unchanged')).toHaveLength(items.length - 1);
    expect(responseBody(again)).toBe(JSON.stringify({ results: again }));
    // scored on a worker: the answer reuses the worker's serialisation without parsing it
    const pooled = await testApp({ config: { INGEST_WORKERS: 1 }, now: '2026-11-28T00:00:00Z' });
    apps.push(pooled);
    const many: unknown[] = [...items, ...generateTranscripts({ sessions: 150, seed: 10, weeks: 1 })];
    const fromWorker = await ingestBatch(pooled.app.services, many, pooled.app.preparePool());
    expect(fromWorker.filter((r) => r.status === 'created').length).toBeGreaterThan(150);
    expect(pooled.app.preparePool()!.counts.prepared).toBe(chunkSizes(many.length).length);
    const unparsed = () => fromWorker.filter((r) => typeof Object.getOwnPropertyDescriptor(r, 'score')!.get === 'function').length;
    const before = unparsed();
    expect(before).toBeGreaterThan(100); // (a session that overlaps another is scored again on this thread)
    const body = responseBody(fromWorker);
    expect(unparsed()).toBe(before);
    expect(body).toBe(JSON.stringify({ results: fromWorker }));
  });

  it('cuts a batch into small first and last chunks and full ones between', () => {
    for (const n of [100, 101, 119, 120, 121, 500, 1000]) {
      const sizes = chunkSizes(n);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      expect([sizes[0], sizes.at(-1)]).toEqual([10, 10]);
      expect(sizes.every((s) => s > 0 && s <= 50)).toBe(true);
    }
    expect(chunkSizes(500)).toEqual([10, 50, 50, 50, 50, 50, 50, 50, 50, 50, 30, 10]);
    // (smaller batches stay on the main thread; cut anyway, they are one chunk)
    expect([chunkSizes(0), chunkSizes(7), chunkSizes(20), chunkSizes(21)]).toEqual([[], [7], [20], [10, 1, 10]]);
  });

  it('scores a session again when it changed between reading its inputs and writing its new score', async () => {
    const t = await testApp({ now: '2026-03-03T12:00:00Z' });
    apps.push(t);
    const promised = transcript({ externalId: 'fu', resolutionCode: 'Follow-up by me' });
    const res = await t.app.inject({ method: 'POST', url: '/api/transcripts', headers: t.auth, payload: promised });
    const id = res.json().results[0].id as number;
    const onTime = async () => (await t.app.inject({ method: 'GET', url: `/api/transcripts/${id}`, headers: t.auth })).json().score.checks.find((c: { id: string }) => c.id === 'followup.on_time').status;
    expect(await onTime()).toBe('pending');
    // inputs read now, scored a week later: the follow-up is overdue
    const input = scoreInput(t.app.services, id)!;
    const stale = { ...input, ...scoreStored(input, t.clock.now + 7 * 86400_000, t.app.services.rubric) };
    expect(stale.same).toBe(false);
    expect(stale.same === false && stale.score.checks.find((c) => c.id === 'followup.on_time')!.status).toBe('fail');
    // meanwhile a follow-up is recorded
    const fu = await t.app.inject({ method: 'POST', url: `/api/transcripts/${id}/followups`, headers: t.auth, payload: { doneAt: '2026-03-03T10:00:00-05:00', by: 'jsmith' } });
    expect(fu.statusCode).toBe(201);
    t.app.services.db.$client.transaction(() => writeRescored(t.app.services, stale))();
    expect(await onTime()).toBe('pass');
  });

  it('does not write an unchanged score over a session that changed after its inputs were read', async () => {
    const t = await testApp({ now: '2026-03-03T12:00:00Z' });
    apps.push(t);
    const res = await t.app.inject({ method: 'POST', url: '/api/transcripts', headers: t.auth, payload: transcript({ externalId: 'fu', resolutionCode: 'Follow-up by me' }) });
    const id = res.json().results[0].id as number;
    t.app.services.db.$client.exec(`UPDATE sessions SET rubric_version = '0'`); // scored by an older rubric
    const input = scoreInput(t.app.services, id)!;
    const stale = { ...input, ...scoreStored(input, t.clock.now, t.app.services.rubric) };
    expect(stale.same).toBe(true); // the new rubric says what the old one said
    const fu = await t.app.inject({ method: 'POST', url: `/api/transcripts/${id}/followups`, headers: t.auth, payload: { doneAt: '2026-03-03T10:00:00-05:00', by: 'jsmith' } });
    expect(fu.statusCode).toBe(201);
    t.app.services.db.$client.exec(`UPDATE sessions SET rubric_version = '0'`); // and the old rubric's version again
    t.app.services.db.$client.transaction(() => writeRescored(t.app.services, stale))();
    const now = (await t.app.inject({ method: 'GET', url: `/api/transcripts/${id}`, headers: t.auth })).json();
    expect(now.score.rubricVersion).toBe(t.app.services.rubric.version);
    expect(now.score.checks.find((c: { id: string }) => c.id === 'followup.on_time').status).toBe('pass');
    // the stale "still pending" is not written: the overdue job will not turn the follow-up into a fail
    expect(t.app.services.db.$client.prepare('SELECT follow_up_pending AS p, follow_up_deadline AS d FROM sessions WHERE id = ?').get(id)).toEqual({ p: 0, d: null });
  });

  it('loses only the transcript that fails while being stored: its search text and statistics go with it', async () => {
    const t = await testApp({ now: '2026-03-03T12:00:00Z' });
    apps.push(t);
    const db = t.app.services.db.$client;
    // a store failure the validation cannot foresee (as a full disk would be), for one transcript only
    db.exec(`CREATE TRIGGER fail_one BEFORE INSERT ON provider_intervals WHEN NEW.session_id = (SELECT id FROM sessions WHERE external_id = 'doomed') BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    const say = (externalId: string, word: string) => {
      const base = transcript({ externalId });
      return { ...base, messages: base.messages.map((m, i) => (i === 1 ? { ...m, text: `${m.text} ${word}` } : m)) };
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await t.app.inject({ method: 'POST', url: '/api/transcripts', headers: t.auth, payload: { transcripts: [say('a', 'zeppelins'), say('doomed', 'xylophones'), say('c', 'marmalade')] } });
    quiet.mockRestore();
    expect(res.statusCode).toBe(200);
    const results = res.json().results as { externalId: string; status: string; errors: { path: string; message: string }[] }[];
    expect(results.map((r) => [r.externalId, r.status])).toEqual([['a', 'created'], ['doomed', 'rejected'], ['c', 'created']]);
    expect(results[1]!.errors[0]!.message).toMatch(/could not be stored because of a server error/);
    const search = async (q: string) => ((await t.app.inject({ url: `/api/transcripts?q=${q}`, headers: t.auth })).json().items as { externalId: string }[]).map((x) => x.externalId);
    expect(await search('zeppelins')).toEqual(['a']);
    expect(await search('marmalade')).toEqual(['c']);
    expect(await search('xylophones')).toEqual([]);
    const overview = (await t.app.inject({ url: '/api/stats/overview', headers: t.auth })).json();
    expect(overview.totals.sessions).toBe(2);
  });

  /** An app that scores on its main thread and one with a worker, both given `items` and then a week older. */
  async function bothAWeekOn(items: unknown[]): Promise<[TestApp, TestApp]> {
    const both = await Promise.all([testApp({ config: { INGEST_WORKERS: 0 }, now: '2026-11-28T00:00:00Z' }), testApp({ config: { INGEST_WORKERS: 1 }, now: '2026-11-28T00:00:00Z' })]);
    apps.push(...both);
    for (const t of both) {
      expect((await t.app.inject({ method: 'POST', url: '/api/transcripts', headers: t.auth, payload: { transcripts: items } })).statusCode).toBe(200);
      t.clock.now += 7 * 86400_000; // promised follow-ups are overdue now: those scores change
    }
    return both;
  }

  it('rescores scattered stale sessions alone, on the workers as on the main thread', async () => {
    const [inline, pooled] = await bothAWeekOn([...generateTranscripts({ sessions: 300, seed: 14, weeks: 1 })]);
    for (const t of [inline, pooled]) t.app.services.db.$client.exec(`UPDATE sessions SET rubric_version = '0' WHERE id IN (3, 120, 121, 299)`);
    const untouched = (t: TestApp) => t.app.services.db.$client.prepare('SELECT * FROM sessions WHERE id NOT IN (3, 120, 121, 299) ORDER BY id').all();
    const before = untouched(pooled);
    expect(rescoreAll(inline.app.services).rescored).toBe(4);
    expect((await rescoreWithPool(pooled.app.services, { pool: pooled.app.preparePool() })).rescored).toBe(4);
    expect(storeDump(pooled)).toEqual(storeDump(inline));
    expect(untouched(pooled)).toEqual(before);
    expect(pooled.app.services.db.$client.prepare(`SELECT count(*) AS n FROM sessions WHERE rubric_version = '0'`).get()).toEqual({ n: 0 });
  });

  it('stores replacements as scoring them against the store gives, recorded follow-ups included', async () => {
    // one busy week: the replaced sessions overlap others, and their own old intervals must not count
    const items = [...generateTranscripts({ sessions: 300, seed: 16, weeks: 1 })];
    const pooled = await testApp({ config: { INGEST_WORKERS: 1 }, now: '2026-11-28T00:00:00Z' });
    apps.push(pooled);
    const post = async (transcripts: unknown[]) => {
      const res = await pooled.app.inject({ method: 'POST', url: '/api/transcripts', headers: pooled.auth, payload: { transcripts } });
      expect(res.statusCode).toBe(200);
      return res.json().results as { id: number; status: string; score: { checks: { id: string; status: string }[] } }[];
    };
    const onTime = (r: { score: { checks: { id: string; status: string }[] } }) => r.score.checks.find((c) => c.id === 'followup.on_time')!.status;
    const first = await post(items);
    // a promised follow-up not recorded yet (overdue by now), then recorded an hour after the chat
    const promised = first.findIndex((r) => r.score !== null && onTime(r) === 'fail');
    expect(promised).toBeGreaterThanOrEqual(0);
    const doneAt = new Date(Date.parse(items[promised]!.endedAt!) + 3600_000).toISOString();
    const recorded = await pooled.app.inject({ method: 'POST', url: `/api/transcripts/${first[promised]!.id}/followups`, payload: { doneAt, by: 'okim' }, headers: pooled.auth });
    expect(onTime(recorded.json())).toBe('pass');
    // every session with messages comes again one message shorter (its end, and so its interval, moves)
    const shorter = items.filter((t) => t.messages.length > 1).map((t) => ({ ...t, messages: t.messages.slice(0, -1) }));
    expect(shorter.length).toBeGreaterThan(250);
    const again = await post(shorter);
    expect(again.filter((r) => r.status !== 'updated')).toEqual([]);
    expect(onTime(again[shorter.findIndex((t) => t.externalId === items[promised]!.externalId)]!)).toBe('pass');
    const stored = storeDump(pooled);
    expect(rescoreAll(pooled.app.services, { all: true }).rescored).toBe(first.filter((r) => r.status === 'created').length);
    expect(storeDump(pooled)).toEqual(stored);
  });

  it('rescores on the workers alone when the caller says its own thread only writes (the command line)', async () => {
    const [inline, pooled] = await bothAWeekOn([...generateTranscripts({ sessions: 500, seed: 15, weeks: 1 })]);
    const pool = pooled.app.preparePool()!;
    const before = pool.counts.prepared;
    expect(rescoreAll(inline.app.services, { all: true }).rescored).toBe(500);
    expect((await rescoreWithPool(pooled.app.services, { all: true, pool, scoreWhileWaiting: false })).rescored).toBe(500);
    expect(storeDump(pooled)).toEqual(storeDump(inline));
    // one batch of five 100-session pieces, four handed to the worker at once: this thread, which
    // would otherwise score the fifth itself while it waits, leaves it to the worker too
    expect(pool.counts).toEqual({ prepared: before + 5, failed: 0 });
  });
});
