import type { Db } from '@askqa/db';
import type { Rubric } from '@askqa/scoring';

/** What every service receives: the database, the clock and the rubric in force. */
export type ServiceContext = {
  db: Db;
  /** epoch ms; injectable so tests can judge follow-ups at a fixed moment */
  now: () => number;
  rubric: Rubric;
  /** days that redacted patron details are kept */
  retentionDays: number;
};
