/**
 * Rescoring stored sessions to the rubric in force: in batches of short transactions so the
 * server keeps answering while it runs, and the overdue-follow-up job.
 */
import { and, asc, count, eq, gt, lte, ne, or, isNull } from 'drizzle-orm';
import { sessions } from '@askqa/db';
import type { ServiceContext } from './context';
import { rescoreStoredSession } from './scores';

export type RescoreProgress = { done: number; total: number };

export function rescoreAll(
  ctx: ServiceContext,
  opts: { all?: boolean; batchSize?: number; onProgress?: (p: RescoreProgress) => void } = {},
): { rescored: number } {
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
    opts.onProgress?.({ done, total });
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
