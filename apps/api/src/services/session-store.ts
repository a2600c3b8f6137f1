/**
 * Prepared statements for the write path (ingest, rescore, follow-ups). Built once per
 * database and reused: building a query per call would cost more than running it.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { sessions, sessionDocuments, sessionChecks, providerIntervals, followups, meta, type Db } from '@askqa/db';
import { searchStatements } from '@askqa/db/search';
import { CHECK_IDS } from '@askqa/contract';
import type { StoredScore } from './prepare';

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
    // The statements every stored transcript runs are plain SQL: drizzle's placeholder mapping
    // costs more than SQLite's own work for these one-row statements.
    findByIdentity: sqlite.prepare<{ source: string; externalId: string }, { id: number; hash: string }>(
      'SELECT id, hash FROM sessions WHERE source = @source AND external_id = @externalId',
    ),
    insertSession: sqlite.prepare<Record<string, unknown>, { id: number }>(
      `INSERT INTO sessions (source, external_id, library, provider_id, provider_name, started_at, started_iso, ended_at, resolution_code,
         survey_rating, hash, created_at, updated_at, rubric_version, score_value, raw_score, critical, flagged, flags, checks,
         follow_up_pending, follow_up_deadline)
       VALUES (@source, @externalId, @library, @providerId, @providerName, @startedAt, @startedIso, @endedAt, @resolutionCode,
         @surveyRating, @hash, @now, @now, @rubricVersion, @value, @rawScore, @critical, @flagged, @flags, @checks,
         @followUpPending, @followUpDeadline)
       RETURNING id`,
    ),
    insertDocument: sqlite.prepare<{ id: number; doc: string }>('INSERT INTO session_documents (session_id, doc) VALUES (@id, @doc)'),
    updateDocument: db
      .update(sessionDocuments)
      .set({ doc: sql`${ph('doc')}` })
      .where(eq(sessionDocuments.sessionId, ph('id')))
      .prepare(),
    loadDocument: sqlite.prepare<{ id: number }, { doc: string }>('SELECT doc FROM session_documents WHERE session_id = @id'),
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
    /** `critical` and `flagged` come back as 0/1 (scoreFromRow turns them into booleans) */
    loadForScoring: sqlite.prepare<
      { id: number },
      {
        id: number;
        source: string;
        externalId: string;
        startedAt: number;
        startedIso: string;
        endedAt: number;
        library: string;
        providerId: string;
        resolutionCode: string | null;
        hash: string;
      } & Omit<StoredScore, 'followUpPending' | 'followUpDeadline'>
    >(
      `SELECT id, source, external_id AS externalId, started_at AS startedAt, started_iso AS startedIso, ended_at AS endedAt, library, provider_id AS providerId,
         resolution_code AS resolutionCode, hash, rubric_version AS rubricVersion, score_value AS scoreValue, raw_score AS rawScore,
         critical, flagged, flags, checks
       FROM sessions WHERE id = @id`,
    ),
    /** what rescoring needs of the sessions with ids in [from, to] (the caller picks the ones it wants) */
    scoreInputsInRange: sqlite.prepare<
      { from: number; to: number },
      { id: number; source: string; externalId: string; doc: string; hash: string } & StoredScore
    >(
      `SELECT s.id, s.source, s.external_id AS externalId, d.doc, s.hash, s.rubric_version AS rubricVersion, s.score_value AS scoreValue,
         s.raw_score AS rawScore, s.critical, s.flagged, s.flags, s.checks, s.follow_up_pending AS followUpPending,
         s.follow_up_deadline AS followUpDeadline
       FROM sessions s JOIN session_documents d ON d.session_id = s.id WHERE s.id BETWEEN @from AND @to ORDER BY s.id`,
    ),
    followUpsInRange: sqlite.prepare<{ from: number; to: number }, { sessionId: number; doneAt: string }>(
      'SELECT session_id AS sessionId, done_at AS doneAt FROM followups WHERE session_id BETWEEN @from AND @to ORDER BY session_id, id',
    ),
    intervalsInRange: sqlite.prepare<{ from: number; to: number }, { sessionId: number; providerId: string; start: number; end: number }>(
      'SELECT session_id AS sessionId, provider_id AS providerId, start, "end" FROM provider_intervals WHERE session_id BETWEEN @from AND @to',
    ),
    /** a rescore whose score is the stored one: the version and deadline, unless the session changed since it was read */
    writeVersionIfUnchanged: sqlite.prepare<Record<string, unknown>>(
      `UPDATE sessions SET rubric_version = @rubricVersion, follow_up_pending = @followUpPending, follow_up_deadline = @followUpDeadline
       WHERE id = @id AND hash = @hash AND checks = @checks AND rubric_version IS @seenVersion`,
    ),
    writeScore: sqlite.prepare<Record<string, unknown>>(
      `UPDATE sessions SET rubric_version = @rubricVersion, score_value = @value, raw_score = @rawScore, critical = @critical,
         flagged = @flagged, flags = @flags, checks = @checks, follow_up_pending = @followUpPending, follow_up_deadline = @followUpDeadline
       WHERE id = @id`,
    ),
    writeChecksJson: db
      .update(sessions)
      .set({ checks: sql`${ph('checks')}` })
      .where(eq(sessions.id, ph('id')))
      .prepare(),
    deleteChecks: db.delete(sessionChecks).where(eq(sessionChecks.sessionId, ph('id'))).prepare(),
    /** all of a session's per-check rows in one statement (arguments: 5 per check, in CHECK_IDS order) */
    insertChecks: sqlite.prepare(`INSERT INTO session_checks (session_id, "check", status, value, started_at) VALUES ${CHECK_IDS.map(() => '(?, ?, ?, ?, ?)').join(', ')}`),
    updateCheck: db
      .update(sessionChecks)
      .set({ status: sql`${ph('status')}`, value: sql`${ph('value')}` })
      .where(and(eq(sessionChecks.sessionId, ph('id')), eq(sessionChecks.check, ph('check'))))
      .prepare(),
    deleteIntervals: db.delete(providerIntervals).where(eq(providerIntervals.sessionId, ph('id'))).prepare(),
    insertInterval: sqlite.prepare<{ id: number; providerId: string; start: number; end: number }>(
      'INSERT INTO provider_intervals (session_id, provider_id, start, "end") VALUES (@id, @providerId, @start, @end)',
    ),
    intervalsOfSession: sqlite.prepare<{ id: number }, { providerId: string; start: number; end: number }>(
      'SELECT provider_id AS providerId, start, "end" FROM provider_intervals WHERE session_id = @id',
    ),
    /** intervals of one provider that may overlap [from, to): start within [from - maxSpan, to) */
    overlapping: sqlite.prepare<
      { providerId: string; fromStart: number; to: number; exclude: number },
      { sessionId: number; providerId: string; start: number; end: number; source: string; externalId: string }
    >(
      `SELECT i.session_id AS sessionId, i.provider_id AS providerId, i.start, i."end", s.source, s.external_id AS externalId
       FROM provider_intervals i JOIN sessions s ON s.id = i.session_id
       WHERE i.provider_id = @providerId AND i.start >= @fromStart AND i.start < @to AND i.session_id <> @exclude`,
    ),
    followUpsOf: sqlite.prepare<{ id: number }, { doneAt: string }>('SELECT done_at AS doneAt FROM followups WHERE session_id = @id'),
    upsertProvider: sqlite.prepare<{ id: string; name: string | null; library: string | null }>(
      `INSERT INTO providers (id, name, library) VALUES (@id, @name, @library)
       ON CONFLICT (id) DO UPDATE SET name = coalesce(excluded.name, providers.name), library = coalesce(excluded.library, providers.library)`,
    ),
    upsertLibrary: sqlite.prepare<{ code: string }>('INSERT INTO libraries (code) VALUES (@code) ON CONFLICT DO NOTHING'),
    getMeta: sqlite.prepare<{ key: string }, { value: string }>('SELECT value FROM meta WHERE key = @key'),
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
