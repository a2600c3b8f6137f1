/**
 * Prepared statements for the write path (ingest, rescore, follow-ups). Built once per
 * database and reused: building a query per call would cost more than running it.
 */
import { and, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { sessions, sessionDocuments, sessionChecks, providerIntervals, followups, providers, libraries, meta, type Db } from '@askqa/db';
import { searchStatements } from '@askqa/db/search';

const ph = (name: string) => sql.placeholder(name);

/** The score columns of a session row, as placeholders (see scoreColumns in scores.ts). */
const scoreValues = {
  rubricVersion: ph('rubricVersion'),
  scoreValue: ph('value'),
  rawScore: ph('rawScore'),
  critical: ph('critical'),
  flagged: ph('flagged'),
  flags: ph('flags'),
  checks: ph('checks'),
  followUpPending: ph('followUpPending'),
  followUpDeadline: ph('followUpDeadline'),
};
const scoreSet = Object.fromEntries(Object.entries(scoreValues).map(([k, v]) => [k, sql`${v}`])) as Record<keyof typeof scoreValues, SQL>;

function build(db: Db) {
  const sqlite = db.$client;
  return {
    search: searchStatements(sqlite),
    findByIdentity: db
      .select({ id: sessions.id, hash: sessions.hash })
      .from(sessions)
      .where(and(eq(sessions.source, ph('source')), eq(sessions.externalId, ph('externalId'))))
      .prepare(),
    insertSession: db
      .insert(sessions)
      .values({
        source: ph('source'),
        externalId: ph('externalId'),
        library: ph('library'),
        providerId: ph('providerId'),
        providerName: ph('providerName'),
        startedAt: ph('startedAt'),
        startedIso: ph('startedIso'),
        endedAt: ph('endedAt'),
        resolutionCode: ph('resolutionCode'),
        surveyRating: ph('surveyRating'),
        hash: ph('hash'),
        createdAt: ph('now'),
        updatedAt: ph('now'),
        ...scoreValues,
      })
      .returning({ id: sessions.id })
      .prepare(),
    insertDocument: db.insert(sessionDocuments).values({ sessionId: ph('id'), doc: ph('doc') }).prepare(),
    updateDocument: db
      .update(sessionDocuments)
      .set({ doc: sql`${ph('doc')}` })
      .where(eq(sessionDocuments.sessionId, ph('id')))
      .prepare(),
    loadDocument: db.select({ doc: sessionDocuments.doc }).from(sessionDocuments).where(eq(sessionDocuments.sessionId, ph('id'))).prepare(),
    updateSession: db
      .update(sessions)
      .set({
        library: sql`${ph('library')}`,
        providerId: sql`${ph('providerId')}`,
        providerName: sql`${ph('providerName')}`,
        startedAt: sql`${ph('startedAt')}`,
        startedIso: sql`${ph('startedIso')}`,
        endedAt: sql`${ph('endedAt')}`,
        resolutionCode: sql`${ph('resolutionCode')}`,
        surveyRating: sql`${ph('surveyRating')}`,
        hash: sql`${ph('hash')}`,
        updatedAt: sql`${ph('now')}`,
        ...scoreSet,
      })
      .where(eq(sessions.id, ph('id')))
      .prepare(),
    loadForScoring: db
      .select({
        id: sessions.id,
        source: sessions.source,
        externalId: sessions.externalId,
        startedAt: sessions.startedAt,
        startedIso: sessions.startedIso,
        library: sessions.library,
        providerId: sessions.providerId,
        resolutionCode: sessions.resolutionCode,
        hash: sessions.hash,
        rubricVersion: sessions.rubricVersion,
        scoreValue: sessions.scoreValue,
        rawScore: sessions.rawScore,
        critical: sessions.critical,
        flagged: sessions.flagged,
        flags: sessions.flags,
        checks: sessions.checks,
      })
      .from(sessions)
      .where(eq(sessions.id, ph('id')))
      .prepare(),
    writeScore: db.update(sessions).set(scoreSet).where(eq(sessions.id, ph('id'))).prepare(),
    writeChecksJson: db
      .update(sessions)
      .set({ checks: sql`${ph('checks')}` })
      .where(eq(sessions.id, ph('id')))
      .prepare(),
    deleteChecks: db.delete(sessionChecks).where(eq(sessionChecks.sessionId, ph('id'))).prepare(),
    insertCheck: sqlite.prepare('INSERT INTO session_checks (session_id, "check", status, value, started_at) VALUES (?, ?, ?, ?, ?)'),
    updateCheck: db
      .update(sessionChecks)
      .set({ status: sql`${ph('status')}`, value: sql`${ph('value')}` })
      .where(and(eq(sessionChecks.sessionId, ph('id')), eq(sessionChecks.check, ph('check'))))
      .prepare(),
    deleteIntervals: db.delete(providerIntervals).where(eq(providerIntervals.sessionId, ph('id'))).prepare(),
    insertInterval: db
      .insert(providerIntervals)
      .values({ sessionId: ph('id'), providerId: ph('providerId'), start: ph('start'), end: ph('end') })
      .prepare(),
    intervalsOfSession: db
      .select({ providerId: providerIntervals.providerId, start: providerIntervals.start, end: providerIntervals.end })
      .from(providerIntervals)
      .where(eq(providerIntervals.sessionId, ph('id')))
      .prepare(),
    /** intervals of one provider that may overlap [from, to): start within [from - maxSpan, to) */
    overlapping: db
      .select({
        sessionId: providerIntervals.sessionId,
        providerId: providerIntervals.providerId,
        start: providerIntervals.start,
        end: providerIntervals.end,
        source: sessions.source,
        externalId: sessions.externalId,
      })
      .from(providerIntervals)
      .innerJoin(sessions, eq(sessions.id, providerIntervals.sessionId))
      .where(
        and(
          eq(providerIntervals.providerId, ph('providerId')),
          gte(providerIntervals.start, ph('fromStart')),
          lt(providerIntervals.start, ph('to')),
          ne(providerIntervals.sessionId, ph('exclude')),
        ),
      )
      .prepare(),
    followUpsOf: db
      .select({ doneAt: followups.doneAt })
      .from(followups)
      .where(eq(followups.sessionId, ph('id')))
      .prepare(),
    upsertProvider: db
      .insert(providers)
      .values({ id: ph('id'), name: ph('name'), library: ph('library') })
      .onConflictDoUpdate({
        target: providers.id,
        set: { name: sql`coalesce(excluded.name, ${providers.name})`, library: sql`coalesce(excluded.library, ${providers.library})` },
      })
      .prepare(),
    upsertLibrary: db.insert(libraries).values({ code: ph('code') }).onConflictDoNothing().prepare(),
    getMeta: db.select({ value: meta.value }).from(meta).where(eq(meta.key, ph('key'))).prepare(),
    setMeta: db
      .insert(meta)
      .values({ key: ph('key'), value: ph('value') })
      .onConflictDoUpdate({ target: meta.key, set: { value: sql`excluded.value` } })
      .prepare(),
  };
}

export type SessionStore = ReturnType<typeof build>;
const cache = new WeakMap<Db, SessionStore>();

export function sessionStore(db: Db): SessionStore {
  let s = cache.get(db);
  if (!s) {
    s = build(db);
    cache.set(db, s);
  }
  return s;
}
