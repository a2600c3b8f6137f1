import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** API tokens for machine clients; only the sha256 of the token is stored. */
export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: integer('created_at').notNull(),
  lastUsedAt: integer('last_used_at'),
  revokedAt: integer('revoked_at'),
});

export const USER_ROLES = ['admin', 'coordinator', 'liaison', 'quality'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** People who sign in to the dashboard. Passwords are argon2id hashes. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: USER_ROLES }).notNull(),
  library: text('library'),
  createdAt: integer('created_at').notNull(),
});

/** Sign-in sessions (cookie); only the sha256 of the cookie value is stored. */
export const authSessions = sqliteTable('auth_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: integer('expires_at').notNull(),
});
