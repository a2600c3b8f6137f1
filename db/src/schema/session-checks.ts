import { sql } from 'drizzle-orm';
import { sqliteTable, integer, real, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { sessions } from './sessions';

/**
 * The status of every check of a session's current score, one row per check, so pass rates
 * per check, library, provider and week are plain SQL. `check` is the index of the check id
 * in CHECK_IDS; `status` 0 na, 1 pass, 2 fail, 3 pending. `startedAt` is copied from the
 * session so "sessions failing check X, newest first" is one range of a partial index.
 */
export const sessionChecks = sqliteTable(
  'session_checks',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    check: integer('check').notNull(),
    status: integer('status').notNull(),
    value: real('value'),
    startedAt: integer('started_at').notNull(),
  },
  // Only failing rows are indexed by check and date ("sessions failing check X, newest
  // first"): a full index of all 17 rows per session would double the cost of every write.
  (t) => [primaryKey({ columns: [t.sessionId, t.check] }), index('session_checks_failing').on(t.check, t.startedAt).where(sql`${t.status} = 2`)],
);

export const STATUS_CODE = { na: 0, pass: 1, fail: 2, pending: 3 } as const;
