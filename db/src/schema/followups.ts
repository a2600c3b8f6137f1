import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { sessions } from './sessions';

/** Follow-ups recorded in AskQA (POST /api/transcripts/:id/followups). */
export const followups = sqliteTable(
  'followups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** as sent, ISO with offset */
    doneAt: text('done_at').notNull(),
    by: text('by').notNull(),
    note: text('note').notNull().default(''),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('followups_session').on(t.sessionId)],
);
