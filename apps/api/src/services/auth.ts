/** API tokens for machine clients, users and their sign-in sessions. */
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { apiTokens, authSessions, users, USER_ROLES, type UserRole } from '@askqa/db';
import { BadRequestError, ConflictError } from '../errors';
import type { ServiceContext } from './context';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function createApiToken(ctx: ServiceContext, input: { name: string }): { id: number; name: string; token: string } {
  const name = input.name.trim();
  if (!name) throw new BadRequestError('a token needs a name (--name)');
  const token = `aqa_${randomBytes(32).toString('base64url')}`;
  const row = ctx.db.insert(apiTokens).values({ name, tokenHash: sha256(token), createdAt: ctx.now() }).returning({ id: apiTokens.id }).get();
  return { id: row.id, name, token };
}

export function verifyApiToken(ctx: ServiceContext, token: string): { id: number; name: string } | null {
  const row = ctx.db
    .select({ id: apiTokens.id, name: apiTokens.name, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) return null;
  // "last used" to the minute: a write on every request would cost more than the request
  const now = ctx.now();
  if (row.lastUsedAt === null || now - row.lastUsedAt > 60_000) ctx.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id)).run();
  return { id: row.id, name: row.name };
}

export function revokeApiToken(ctx: ServiceContext, input: { name: string }): number {
  return ctx.db.update(apiTokens).set({ revokedAt: ctx.now() }).where(and(eq(apiTokens.name, input.name), isNull(apiTokens.revokedAt))).run().changes;
}

export type User = { id: number; email: string; role: UserRole; library: string | null };

export async function createUser(
  ctx: ServiceContext,
  input: { email: string; role: string; library?: string | null; password?: string | null },
): Promise<{ user: User; password: string; generated: boolean }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new BadRequestError(`"${input.email}" is not an e-mail address`);
  if (!(USER_ROLES as readonly string[]).includes(input.role)) throw new BadRequestError(`role must be one of ${USER_ROLES.join(', ')}, not "${input.role}"`);
  const role = input.role as UserRole;
  const library = input.library?.trim() || null;
  if (role === 'liaison' && !library) throw new BadRequestError('a liaison needs a library (--library CODE)');
  const generated = !input.password;
  const password = input.password || randomBytes(12).toString('base64url');
  if (password.length < 8) throw new BadRequestError('the password must have at least 8 characters');
  if (ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) throw new ConflictError(`a user with e-mail ${email} exists already`);
  const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
  const row = ctx.db.insert(users).values({ email, passwordHash, role, library, createdAt: ctx.now() }).returning({ id: users.id }).get();
  return { user: { id: row.id, email, role, library }, password, generated };
}

/** Checks the password; returns a new sign-in token (for the cookie) or null. */
export async function login(ctx: ServiceContext, input: { email: string; password: string }, hours: number): Promise<{ token: string; user: User } | null> {
  const row = ctx.db.select().from(users).where(eq(users.email, input.email.trim().toLowerCase())).get();
  if (!row) {
    await argon2.hash(input.password); // same work as a wrong password: no timing hint that the e-mail exists
    return null;
  }
  if (!(await argon2.verify(row.passwordHash, input.password))) return null;
  const token = randomBytes(32).toString('base64url');
  ctx.db.insert(authSessions).values({ tokenHash: sha256(token), userId: row.id, expiresAt: ctx.now() + hours * 3600_000 }).run();
  return { token, user: { id: row.id, email: row.email, role: row.role, library: row.library } };
}

export function userForSession(ctx: ServiceContext, token: string): User | null {
  const row = ctx.db
    .select({ id: users.id, email: users.email, role: users.role, library: users.library })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.tokenHash, sha256(token)), gt(authSessions.expiresAt, ctx.now())))
    .get();
  return row ?? null;
}

export function logout(ctx: ServiceContext, token: string): void {
  ctx.db.delete(authSessions).where(eq(authSessions.tokenHash, sha256(token))).run();
}
