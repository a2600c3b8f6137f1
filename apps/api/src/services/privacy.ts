/**
 * Patron privacy at ingest: patron e-mails, phone numbers, street addresses and names are
 * replaced in the stored text by typed placeholders ([email], [phone], [address], [name]);
 * the originals are kept apart for follow-up and purged after the retention period.
 */
import type { Transcript } from '@askqa/contract';
import { patronOriginals } from '@askqa/db';
import { redactTranscript, restoreOriginals, type PatronOriginals } from '@askqa/importers';
import { eq, lte } from 'drizzle-orm';
import type { ServiceContext } from './context';

export function protectPatron(t: Transcript): { transcript: Transcript; originals: PatronOriginals | null } {
  return redactTranscript(t);
}

export function writeOriginals(ctx: ServiceContext, sessionId: number, originals: PatronOriginals | null, startedAt: number): void {
  if (!originals) {
    ctx.db.delete(patronOriginals).where(eq(patronOriginals.sessionId, sessionId)).run();
    return;
  }
  const purgeAfter = startedAt + ctx.retentionDays * 86400_000;
  ctx.db
    .insert(patronOriginals)
    .values({ sessionId, data: JSON.stringify(originals), purgeAfter })
    .onConflictDoUpdate({ target: patronOriginals.sessionId, set: { data: JSON.stringify(originals), purgeAfter } })
    .run();
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
