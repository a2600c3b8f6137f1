import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { sessions } from './sessions';

/**
 * The patron details redacted from a session's stored text, kept apart for follow-up and
 * purged after the retention period (scores and statistics stay).
 */
export const patronOriginals = sqliteTable(
  'patron_originals',
  {
    sessionId: integer('session_id')
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    data: text('data').notNull(),
    purgeAfter: integer('purge_after').notNull(),
  },
  (t) => [index('patron_originals_purge').on(t.purgeAfter)],
);
