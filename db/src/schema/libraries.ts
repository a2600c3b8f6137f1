import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Libraries seen in sessions (codes such as BCPL), with a display name when known. */
export const libraries = sqliteTable('libraries', {
  code: text('code').primaryKey(),
  name: text('name'),
});
