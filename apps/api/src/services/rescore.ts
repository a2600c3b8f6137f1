/**
 * Rescoring stored sessions to the rubric in force: in batches of short transactions so the
 * server keeps answering while it runs, and the overdue-follow-up job.
 */
import { and, asc, count, eq, gt, lte, ne, or, isNull } from 'drizzle-orm';
import { sessions } from '@askqa/db';
import type { ServiceContext } from './context';
import { rescoreStoredSession, scoreInput, writeRescored, type ScoredInput } from './scores';
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

/** Worker chunks a rescore batch is cut into, so the workers stay busy while a batch is written. */
const POOL_CHUNK = 250;

/**
 * Rescores with the scoring on worker threads when a pool is given (the command line, and the
 * server's background rescore): while batch k is written, batch k + 1 is being scored. Inputs
 * are read just before a batch is handed out; a session whose stored score changed meanwhile (an
 * upload or a follow-up in between) is scored again on this thread when its batch is written.
 * `pause` runs between batches (the server yields to other requests there).
 */
export async function rescoreWithPool(
  ctx: ServiceContext,
  opts: RescoreOptions & { pool: PreparePool | null; pause?: () => Promise<void> },
): Promise<{ rescored: number }> {
  const pool = poolFor(ctx, opts.pool);
  const dispatch = (ids: number[]) => {
    const inputs = ids.map((id) => scoreInput(ctx, id));
    const now = ctx.now();
    const scored: Promise<ScoredInput[]>[] = [];
    for (let i = 0; i < inputs.length; i += POOL_CHUNK) {
      const chunk = inputs.slice(i, i + POOL_CHUNK).filter((x): x is ScoreInput => x !== null);
      const inline = () => chunk.map((x) => ({ ...x, ...scoreStored(x, now, ctx.rubric) }));
      scored.push(pool ? pool.score(chunk, now).then((out) => chunk.map((x, k) => ({ ...x, ...out[k]! })), inline) : Promise.resolve().then(inline));
    }
    return Promise.all(scored).then((parts) => parts.flat());
  };
  let done = 0;
  let pending: { scored: Promise<ScoredInput[]>; size: number; total: number } | null = null;
  const write = async (p: NonNullable<typeof pending>) => {
    const scored = await p.scored;
    inStatsBatch(ctx.db, () => {
      for (const x of scored) writeRescored(ctx, x);
    });
    done += p.size;
    opts.onProgress?.({ done, total: p.total });
    await opts.pause?.();
  };
  for (const { ids, total } of staleBatches(ctx, opts)) {
    const next = { scored: dispatch(ids), size: ids.length, total };
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
