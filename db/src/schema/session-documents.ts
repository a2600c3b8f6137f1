import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { sessions } from './sessions';

/**
 * The canonical transcript of a session (patron details redacted) as one JSON document, kept
 * apart from the session row so that rescoring, which rewrites the row, never rewrites it.
 */
export const sessionDocuments = sqliteTable('session_documents', {
  sessionId: integer('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  doc: text('doc').notNull(),
});
