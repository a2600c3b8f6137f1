/**
 * Ingest: validate each transcript, store it (all of it or nothing), score it and re-judge the
 * sessions whose concurrency it affects. A rejected item never blocks the others.
 *
 * The work is split in two (docs/decisions/005-ingest-pipeline.md): prepare.ts does everything
 * the transcript alone decides (validation, hash, redaction, score) and may run on worker
 * threads; storing (this file) needs the database and runs on the main thread, a chunk of
 * transcripts to a transaction, while the workers prepare the next chunk.
 */
import type { IngestResult, Score, Transcript } from '@askqa/contract';
import type { ServiceContext } from './context';
import { sessionStore } from './session-store';
import {
  asOtherIntervals,
  computeScore,
  overlappingIntervals,
  refreshConcurrency,
  scoreColumns,
  scoreFromRow,
  storedContribution,
  withConcurrency,
  writeIntervals,
  writeScoreRows,
} from './scores';
import { writeOriginals } from './privacy';
import { atomically, deferTextWrite, inStatsBatch } from './stats-aggregates';
import { prepareItem, prepareValid, scoreJson, sessionKey, type Prepared, type Rejected } from './prepare';
import { poolFor, type PreparePool } from './prepare-pool';

/** Transcripts stored per transaction when a batch is prepared on worker threads. */
const CHUNK = 50;
/**
 * The first and the last chunk of a batch are smaller: the workers wait for the first to be
 * validated, and the answer waits for the last to be stored.
 */
const END_CHUNK = 10;
/** Smaller batches are prepared on the main thread (a round trip to a worker would cost more). */
const MIN_FOR_WORKERS = 2 * CHUNK;

/** How a batch of `n` (at least MIN_FOR_WORKERS) is cut into chunks: END_CHUNK, CHUNKs, the rest, END_CHUNK. */
export function chunkSizes(n: number): number[] {
  if (n <= 2 * END_CHUNK) return n > 0 ? [n] : [];
  const sizes = [END_CHUNK];
  let left = n - 2 * END_CHUNK;
  for (; left > 0; left -= CHUNK) sizes.push(Math.min(CHUNK, left));
  sizes.push(END_CHUNK);
  return sizes;
}

/**
 * Ingests a batch on the calling thread, in one transaction; each transcript is written all or
 * nothing.
 */
export function ingestTranscripts(ctx: ServiceContext, items: readonly unknown[]): IngestResult[] {
  const now = ctx.now();
  return storeChunk(
    ctx,
    items.map((item) => prepareItem(item, now, ctx.rubric)),
  );
}

/**
 * Ingests a batch with the preparation on worker threads when a pool is given and the batch is
 * large enough: chunk k is stored while chunk k + 1 is being prepared. Results are those of
 * ingestTranscripts, in order.
 */
export async function ingestBatch(ctx: ServiceContext, items: readonly unknown[], workers: PreparePool | null): Promise<IngestResult[]> {
  const pool = poolFor(ctx, workers);
  if (!pool || items.length < MIN_FOR_WORKERS) return ingestTranscripts(ctx, items);
  const now = ctx.now();
  const chunks: (readonly unknown[])[] = [];
  let at = 0;
  for (const size of chunkSizes(items.length)) chunks.push(items.slice(at, (at += size)));
  // every chunk is handed out at once; a worker that fails leaves its chunk to this thread
  const prepared = chunks.map((chunk) => pool.prepare(chunk, now).catch(() => chunk.map((item) => prepareItem(item, now, ctx.rubric))));
  const out: IngestResult[] = [];
  for (const p of prepared) {
    const chunk = await p;
    for (const r of storeChunk(ctx, chunk)) out.push(r);
  }
  return out;
}

/** Stores one transcript already known to be valid (the demo data, benchmarks). */
export function storeTranscript(ctx: ServiceContext, received: Transcript): IngestResult {
  return storeChunk(ctx, [prepareValid(received, ctx.now(), ctx.rubric)])[0]!;
}

/**
 * Stores prepared transcripts in one transaction. Optimistically without a savepoint per
 * transcript (savepoints cost about a tenth of the write); if anything fails, the whole chunk is
 * rolled back and written again with a savepoint each, so only the failing transcript is lost.
 */
export function storeChunk(ctx: ServiceContext, chunk: readonly (Prepared | Rejected)[]): IngestResult[] {
  try {
    const upserted = new Set<string>();
    return inStatsBatch(ctx.db, () => chunk.map((p) => storePrepared(ctx, p, upserted)));
  } catch {
    return inStatsBatch(ctx.db, () =>
      chunk.map((p) => {
        try {
          return atomically(ctx.db, () => storePrepared(ctx, p, null));
        } catch (err) {
          console.error('ingest: a transcript could not be stored', err);
          return {
            externalId: p.externalId,
            id: null,
            status: 'rejected' as const,
            errors: [{ path: '(server)', message: 'could not be stored because of a server error; it has been logged' }],
            score: null,
          };
        }
      }),
    );
  }
}

/**
 * Stores one prepared transcript; must run inside a transaction. `upserted` remembers the
 * library and provider rows already written in this transaction (null: write them every time).
 */
function storePrepared(ctx: ServiceContext, p: Prepared | Rejected, upserted: Set<string> | null): IngestResult {
  if (!p.ok) return { externalId: p.externalId, id: null, status: 'rejected', errors: p.errors, score: null };
  const store = sessionStore(ctx.db);
  const existing = store.findByIdentity.get({ source: p.source, externalId: p.externalId });
  if (existing && existing.hash === p.hash) {
    const row = store.loadForScoring.get({ id: existing.id })!;
    return { externalId: p.externalId, id: existing.id, status: 'unchanged', errors: [], score: scoreFromRow(row) };
  }
  const key = sessionKey(p.source, p.externalId);
  const values = { source: p.source, externalId: p.externalId, ...p.row, hash: p.hash, now: ctx.now() };
  let id = existing?.id ?? 0;
  let before = null;
  let previouslyOverlapping: number[] = [];
  /** the whole score when it is computed (or completed) here; otherwise the prepared one stands */
  let score: Score | null = null;
  let overlapping: number[];
  if (existing) {
    before = storedContribution(store.loadForScoring.get({ id })!);
    previouslyOverlapping = affectedBy(ctx, id);
  }
  if (existing && store.followUpsOf.get({ id })) {
    // a replacement with recorded follow-ups: they count, so it is scored here in full
    ({ score, overlapping } = computeScore(ctx, id, key, JSON.parse(p.doc) as Transcript, p.own));
  } else {
    // scored without other sessions or follow-ups, and it has no follow-ups recorded (a new session
    // never has): only session.concurrency can differ, judged against the other sessions' stored
    // intervals. Scoring replacements here put the scorer's compiled phrase families in this
    // thread's heap, which the command line caps (decision 018).
    const others = overlappingIntervals(ctx, id, p.own);
    overlapping = [...new Set(others.map((o) => o.sessionId))];
    const otherIntervals = asOtherIntervals(others);
    if (others.length > 0) {
      const prepared = p.full ?? (JSON.parse(p.json.score) as Score);
      score = withConcurrency(ctx, prepared, p.own, otherIntervals, key) ?? computeScore(ctx, id, key, JSON.parse(p.doc) as Transcript, p.own).score;
      if (score === prepared) score = null; // unchanged: the prepared serialisation stands
    }
  }
  const json = score === null ? p.json : scoreJson(score);
  const facts = score ?? p.score;
  const columns = { ...values, ...scoreColumns(ctx, facts, p.row.endedAt, json) };
  if (existing) {
    store.updateSession.run({ ...columns, id });
    store.updateDocument.run({ id, doc: p.doc });
  } else {
    id = store.insertSession.get(columns)!.id;
    store.insertDocument.run({ id, doc: p.doc });
  }
  const sessionId = id;
  deferTextWrite(ctx.db, existing ? () => store.search.replace(sessionId, p.text) : () => store.search.index(sessionId, p.text));
  const once = (key: string) => upserted === null || (!upserted.has(key) && upserted.add(key) !== null);
  if (once(`l\u0000${p.row.library}`)) store.upsertLibrary.run({ code: p.row.library });
  if (p.row.providerId && once(`p\u0000${p.row.providerId}\u0000${p.row.providerName}\u0000${p.row.providerLibrary}`)) {
    store.upsertProvider.run({ id: p.row.providerId, name: p.row.providerName, library: p.row.providerLibrary });
  }
  writeOriginals(ctx, id, p.originals, p.row.startedAt, !existing);
  writeIntervals(ctx, id, p.own, !existing);
  writeScoreRows(ctx, { id, ...values }, facts, before, null, !existing);
  for (const other of new Set([...overlapping, ...previouslyOverlapping])) refreshConcurrency(ctx, other);
  return withJson({ externalId: p.externalId, id, status: existing ? 'updated' : 'created', errors: [] }, score ?? p.full, json.score);
}

/** Results carry their score serialised (not enumerable: invisible to anything but responseBody). */
const SCORE_JSON = Symbol('scoreJson');
type WithJson = IngestResult & { [SCORE_JSON]?: string };

/**
 * A result whose `score` is `full`, or, when only its serialisation crossed from a worker, parsed
 * from it the first time something reads it (the response body never does).
 */
function withJson(r: Omit<IngestResult, 'score'>, full: Score | null, json: string): IngestResult {
  const out = r as IngestResult;
  if (full) out.score = full;
  else {
    Object.defineProperty(out, 'score', {
      enumerable: true,
      configurable: true,
      get: () => {
        const score = JSON.parse(json) as Score;
        Object.defineProperty(out, 'score', { value: score, enumerable: true, writable: true, configurable: true });
        return score;
      },
    });
  }
  Object.defineProperty(out, SCORE_JSON, { value: json, enumerable: false });
  return out;
}

/** The response body of an upload, `JSON.stringify({ results })` exactly, reusing scores serialised on the workers. */
export function responseBody(results: readonly IngestResult[]): string {
  const parts = results.map((r) => {
    const json = (r as WithJson)[SCORE_JSON];
    if (json === undefined) return JSON.stringify(r);
    // the fields one by one, as IngestResult orders them: reading `score` would parse it
    const rest = { externalId: r.externalId, id: r.id, status: r.status, errors: r.errors };
    return `${JSON.stringify(rest).slice(0, -1)},"score":${json}}`;
  });
  return `{"results":[${parts.join(',')}]}`;
}

/** Sessions that currently overlap `id` for one of its providers (their concurrency may change). */
function affectedBy(ctx: ServiceContext, id: number): number[] {
  const own = sessionStore(ctx.db).intervalsOfSession.all({ id });
  return [...new Set(overlappingIntervals(ctx, id, own).map((r) => r.sessionId))];
}
