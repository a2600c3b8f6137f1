/** Shapes of API answers that the contract package does not describe (yet). */
import type { Score } from '@askqa/contract/score';
import type { Transcript } from '@askqa/contract/transcript';

export type Role = 'admin' | 'coordinator' | 'liaison' | 'quality';
export type User = { id: number; email: string; role: Role; library: string | null };

export type RecordedFollowUp = { id: number; doneAt: string; by: string; note: string; createdAt: string };

/** GET /api/transcripts/:id */
export type SessionDetail = Transcript & {
  id: number;
  score: Score | null;
  recordedFollowUps: RecordedFollowUp[];
  patronDetails: 'redacted' | 'original' | 'none';
};
