/**
 * Rescoring stored sessions to the rubric in force: in batches of short transactions so the
 * server keeps answering while it runs, and the overdue-follow-up job.
 */
import { and, asc, count, eq, gt, lte, ne, or, isNull } from 'drizzle-orm';
import { sessions } from '@askqa/db';
import type { ServiceContext } from './context';
import { rescoreStoredSession, scoreInputs, writeRescored, type ScoredInput } from './scores';
import { scoreStored, type ScoreInput } from './prepare';
import { poolFor, type PreparePool } from './prepare-pool';
import { inStatsBatch } from './stats-aggregates';

export type RescoreProgress = { done: number; total: number };
type RescoreOptions = { all?: boolean; batchSize?: number; onProgress?: (p: RescoreProgress) => void };

/** The sessions to rescore, batch by batch (ids in ascending order), with the running total. */
function* staleBatches(ctx: ServiceContext, opts: RescoreOptions): Generator<{ ids: number[]; total: number }> {
  const batchSize = opts.batchSize ?? 1000;
  const stale = opts.all ? undefined : or(isNull(sessions.rubricVersion), ne(sessions.rubricVersion, ctx.rubric.version));
  const total = ctx.db.select({ n: count() }).from(sessions).where(stale).get()?.n ?? 0;
  let lastId = 0;
  for (;;) {
    const ids = ctx.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(gt(sessions.id, lastId), stale))
      .orderBy(asc(sessions.id))
      .limit(batchSize)
      .all()
      .map((r) => r.id);
    if (ids.length === 0) return;
    lastId = ids[ids.length - 1]!;
    yield { ids, total };
  }
}

/** Rescores on the calling thread, one short transaction per batch. */
export function rescoreAll(ctx: ServiceContext, opts: RescoreOptions = {}): { rescored: number } {
  let done = 0;
  for (const { ids, total } of staleBatches(ctx, opts)) {
    inStatsBatch(ctx.db, () => {
      for (const id of ids) rescoreStoredSession(ctx, id);
    });
    done += ids.length;
    opts.onProgress?.({ done, total });
  }
  return { rescored: done };
}

/** Sessions per piece of scoring work: handed to a worker, or scored by this thread instead of waiting. */
const PIECE = 100;
/**
 * Pieces each worker holds at once: enough to keep it busy while this thread writes a batch
 * (writing 1,000 sessions takes about as long as scoring 300-400 of them).
 */
const PIECES_PER_WORKER = 4;

type Piece = { inputs: ScoreInput[]; now: number; resolve: (out: ScoredInput[]) => void };
type Batch = { scored: Promise<ScoredInput[]>; ready: boolean; size: number; total: number };

/**
 * Rescores with the scoring on worker threads when a pool is given (the command line, and the
 * server's background rescore): while batch k is written, batch k + 1 is being scored. Scoring
 * is cut into pieces the workers take in order; unless told otherwise, this thread scores the
 * newest waiting pieces itself whenever it would otherwise wait for the workers, so every core works.
 * Inputs are read just before a batch is handed out; a session whose stored score changed
 * meanwhile (an upload or a follow-up in between) is scored again on this thread when its batch
 * is written. `pause` runs between batches (the server yields to other requests there).
 */
export async function rescoreWithPool(
  ctx: ServiceContext,
  opts: RescoreOptions & {
    pool: PreparePool | null;
    pause?: () => Promise<void>;
    /**
     * Whether this thread scores the waiting pieces itself rather than wait for the workers
     * (default yes; always with no pool). The command line says no: its pool has a worker for
     * every core, and its own heap, capped at 128 MB for the import (decision 007), would hold
     * the scorer's compiled phrase families besides two batches and spend its time collecting
     * garbage (decision 018).
     */
    scoreWhileWaiting?: boolean;
  },
): Promise<{ rescored: number }> {
  const pool = poolFor(ctx, opts.pool);
  const stealing = !pool || opts.scoreWhileWaiting !== false;
  const queue: Piece[] = []; // pieces nobody has taken yet, oldest first
  let inFlight = 0;
  const inline = (p: Piece): ScoredInput[] => p.inputs.map((x) => ({ ...x, ...scoreStored(x, p.now, ctx.rubric) }));
  const feed = () => {
    while (pool && inFlight < pool.size * PIECES_PER_WORKER && queue.length > 0) {
      const p = queue.shift()!;
      inFlight++;
      pool
        .score(p.inputs, p.now)
        .then(
          (out) => p.inputs.map((x, k): ScoredInput => ({ ...x, ...out[k]! })),
          () => inline(p), // the worker failed: score them here
        )
        .then((scored) => {
          inFlight--;
          p.resolve(scored);
          feed();
        });
    }
  };
  const dispatch = (ids: number[], total: number): Batch => {
    const inputs = scoreInputs(ctx, ids);
    const now = ctx.now();
    const parts: Promise<ScoredInput[]>[] = [];
    for (let i = 0; i < inputs.length; i += PIECE) parts.push(new Promise((resolve) => queue.push({ inputs: inputs.slice(i, i + PIECE), now, resolve })));
    feed();
    const batch: Batch = { scored: Promise.all(parts).then((p) => p.flat()), ready: false, size: ids.length, total };
    void batch.scored.then(() => (batch.ready = true));
    return batch;
  };
  let done = 0;
  const write = async (b: Batch) => {
    while (stealing && !b.ready && queue.length > 0) {
      const p = queue.pop()!;
      p.resolve(inline(p));
      await new Promise((resolve) => setImmediate(resolve)); // let finished workers take their next piece
    }
    const scored = await b.scored;
    inStatsBatch(ctx.db, () => {
      for (const x of scored) writeRescored(ctx, x);
    });
    done += b.size;
    opts.onProgress?.({ done, total: b.total });
    await opts.pause?.();
  };
  let pending: Batch | null = null;
  for (const { ids, total } of staleBatches(ctx, opts)) {
    const next = dispatch(ids, total);
    if (pending) await write(pending);
    pending = next;
  }
  if (pending) await write(pending);
  return { rescored: done };
}

/** Rescoring inside the server: yields to other requests between batches. */
export function rescoreAllInBackground(ctx: ServiceContext, opts: RescoreOptions & { pool?: PreparePool | null } = {}): Promise<{ rescored: number }> {
  return rescoreWithPool(ctx, { ...opts, pool: opts.pool ?? null, pause: () => new Promise((resolve) => setImmediate(resolve)) });
}

/** Turns follow-ups whose deadline has passed without a record from pending into fails. */
export function judgeOverdueFollowUps(ctx: ServiceContext): number {
  const due = ctx.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.followUpPending, true), lte(sessions.followUpDeadline, ctx.now())))
    .all();
  inStatsBatch(ctx.db, () => {
    for (const { id } of due) rescoreStoredSession(ctx, id);
  });
  return due.length;
}
