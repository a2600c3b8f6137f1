import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FollowUpBody } from '@askqa/contract/api';
import type { Score } from '@askqa/contract/score';
import { api } from '../../../shared/lib/api-client';
import { sessionKeys, statsKeys } from '../../../shared/api/query-keys';
import type { SessionDetail } from '../../../shared/lib/types';

export type FollowUpInput = { doneAt: string; by: string; note: string };
type Recorded = { followUp: { id: number } & FollowUpBody; score: Score };

export const recordFollowUp = (id: number, body: FollowUpInput): Promise<Recorded> =>
  api<Recorded>(`/api/transcripts/${id}/followups`, { json: body });

export function useRecordFollowUp(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowUpInput) => recordFollowUp(id, body),
    onSuccess: (r) => {
      // show the new score at once, then refetch everything it touches (lists, stats)
      qc.setQueryData<SessionDetail>(sessionKeys.detail(id), (old) =>
        old
          ? {
              ...old,
              score: r.score,
              recordedFollowUps: [
                ...old.recordedFollowUps,
                { id: r.followUp.id, doneAt: r.followUp.doneAt, by: r.followUp.by, note: r.followUp.note, createdAt: new Date().toISOString() },
              ],
            }
          : old,
      );
      void qc.invalidateQueries({ queryKey: sessionKeys.all });
      void qc.invalidateQueries({ queryKey: statsKeys.all });
    },
  });
}
