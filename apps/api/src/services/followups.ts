/** Recording a follow-up re-judges followup.on_time at once. */
import type { FollowUpBody, Score } from '@askqa/contract';
import { followups } from '@askqa/db';
import { NotFoundError } from '../errors';
import type { ServiceContext } from './context';
import { rescoreStoredSession } from './scores';
import { sessionStore } from './session-store';
import { inStatsBatch } from './stats-aggregates';

export function recordFollowUp(ctx: ServiceContext, sessionId: number, input: FollowUpBody): { followUp: { id: number } & FollowUpBody; score: Score } {
  return inStatsBatch(ctx.db, () => {
    if (!sessionStore(ctx.db).loadForScoring.get({ id: sessionId })) throw new NotFoundError(`session ${sessionId} does not exist`);
    const row = ctx.db
      .insert(followups)
      .values({ sessionId, doneAt: input.doneAt, by: input.by, note: input.note, createdAt: ctx.now() })
      .returning({ id: followups.id })
      .get();
    const { score } = rescoreStoredSession(ctx, sessionId)!;
    return { followUp: { id: row.id, ...input }, score };
  });
}
