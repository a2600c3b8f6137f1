import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Small key/value facts about the store (e.g. the longest provider interval seen). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
