/**
 * Patron privacy at ingest (redaction itself is @askqa/importers redactTranscript): patron e-mails, phone numbers, street addresses and names are
 * replaced in the stored text by typed placeholders ([email], [phone], [address], [name]);
 * the originals are kept apart for follow-up and purged after the retention period.
 */
import type { Transcript } from '@askqa/contract';
import { patronOriginals, type Db } from '@askqa/db';
import { restoreOriginals, type PatronOriginals } from '@askqa/importers';
import { eq, lte, sql } from 'drizzle-orm';
import type { ServiceContext } from './context';

function build(db: Db) {
  return {
    remove: db.delete(patronOriginals).where(eq(patronOriginals.sessionId, sql.placeholder('id'))).prepare(),
    upsert: db
      .insert(patronOriginals)
      .values({ sessionId: sql.placeholder('id'), data: sql.placeholder('data'), purgeAfter: sql.placeholder('purgeAfter') })
      .onConflictDoUpdate({ target: patronOriginals.sessionId, set: { data: sql`excluded.data`, purgeAfter: sql`excluded.purge_after` } })
      .prepare(),
  };
}
const statements = new WeakMap<Db, ReturnType<typeof build>>();
function prepared(db: Db) {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = build(db)));
  return s;
}

/** Keeps (or, when there is nothing to keep, forgets) a session's originals; `isNew` skips the lookup. */
export function writeOriginals(ctx: ServiceContext, sessionId: number, originals: PatronOriginals | null, startedAt: number, isNew = false): void {
  const s = prepared(ctx.db);
  if (!originals) {
    if (!isNew) s.remove.run({ id: sessionId });
    return;
  }
  s.upsert.run({ id: sessionId, data: JSON.stringify(originals), purgeAfter: startedAt + ctx.retentionDays * 86400_000 });
}

/** The transcript with the patron's details put back, for the roles that follow up. */
export function withOriginals(ctx: ServiceContext, sessionId: number, t: Transcript): { transcript: Transcript; available: boolean } {
  const row = ctx.db.select().from(patronOriginals).where(eq(patronOriginals.sessionId, sessionId)).get();
  if (!row) return { transcript: t, available: false };
  return { transcript: restoreOriginals(t, JSON.parse(row.data)), available: true };
}

/** Deletes originals past their retention date; scores and statistics stay. */
export function purgeExpiredOriginals(ctx: ServiceContext): number {
  return ctx.db.delete(patronOriginals).where(lte(patronOriginals.purgeAfter, ctx.now())).run().changes;
}
