import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { sessions } from './sessions';

/**
 * The open intervals during which each provider handled a session (a transferred session has
 * one per provider), for session.concurrency.
 */
export const providerIntervals = sqliteTable(
  'provider_intervals',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    providerId: text('provider_id').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (t) => [index('provider_intervals_provider_start').on(t.providerId, t.start), index('provider_intervals_session').on(t.sessionId)],
);
