import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Providers (librarians) seen in sessions. */
export const providers = sqliteTable('providers', {
  id: text('id').primaryKey(),
  name: text('name'),
  library: text('library'),
});
