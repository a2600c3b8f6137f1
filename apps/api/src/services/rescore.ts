/**
 * Rescoring stored sessions to the rubric in force: in batches of short transactions so the
 * server keeps answering while it runs, and the overdue-follow-up job.
 */
import { and, asc, count, eq, gt, lte, ne, or, isNull } from 'drizzle-orm';
import { sessions } from '@askqa/db';
import type { ServiceContext } from './context';
import { rescoreStoredSession } from './scores';

export type RescoreProgress = { done: number; total: number };
type RescoreOptions = { all?: boolean; batchSize?: number; onProgress?: (p: RescoreProgress) => void };

/** Rescores batch by batch (one short transaction each), yielding the progress after each. */
function* rescoreBatches(ctx: ServiceContext, opts: RescoreOptions): Generator<RescoreProgress> {
  const batchSize = opts.batchSize ?? 1000;
  const stale = opts.all ? undefined : or(isNull(sessions.rubricVersion), ne(sessions.rubricVersion, ctx.rubric.version));
  const total = ctx.db.select({ n: count() }).from(sessions).where(stale).get()?.n ?? 0;
  let done = 0;
  let lastId = 0;
  const run = ctx.db.$client.transaction((ids: number[]) => {
    for (const id of ids) rescoreStoredSession(ctx, id);
  });
  for (;;) {
    const ids = ctx.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(gt(sessions.id, lastId), stale))
      .orderBy(asc(sessions.id))
      .limit(batchSize)
      .all()
      .map((r) => r.id);
    if (ids.length === 0) break;
    run(ids);
    done += ids.length;
    lastId = ids[ids.length - 1]!;
    yield { done, total };
  }
}

/** Rescoring from the command line: as fast as it goes. */
export function rescoreAll(ctx: ServiceContext, opts: RescoreOptions = {}): { rescored: number } {
  let done = 0;
  for (const p of rescoreBatches(ctx, opts)) {
    done = p.done;
    opts.onProgress?.(p);
  }
  return { rescored: done };
}

/** Rescoring inside the server: yields to other requests between batches. */
export async function rescoreAllInBackground(ctx: ServiceContext, opts: RescoreOptions = {}): Promise<{ rescored: number }> {
  let done = 0;
  for (const p of rescoreBatches(ctx, opts)) {
    done = p.done;
    opts.onProgress?.(p);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { rescored: done };
}

/** Turns follow-ups whose deadline has passed without a record from pending into fails. */
export function judgeOverdueFollowUps(ctx: ServiceContext): number {
  const due = ctx.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.followUpPending, true), lte(sessions.followUpDeadline, ctx.now())))
    .all();
  const run = ctx.db.$client.transaction(() => {
    for (const { id } of due) rescoreStoredSession(ctx, id);
  });
  run();
  return due.length;
}
