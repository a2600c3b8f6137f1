import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * One chat session: the columns lists, filters and statistics need, and its current score
 * (summary and check results; per check also in `session_checks`). The transcript itself is
 * in `session_documents`.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    library: text('library').notNull(),
    providerId: text('provider_id').notNull(),
    providerName: text('provider_name'),
    /** epoch ms */
    startedAt: integer('started_at').notNull(),
    /** startedAt as received, with its offset (lists show the local time of the chat) */
    startedIso: text('started_iso').notNull(),
    /** end of the open interval (endedAt, else the last message), epoch ms */
    endedAt: integer('ended_at').notNull(),
    resolutionCode: text('resolution_code'),
    surveyRating: integer('survey_rating'),
    /** sha256 of the canonical transcript as received: an identical resend changes nothing */
    hash: text('hash').notNull(),
    rubricVersion: text('rubric_version'),
    scoreValue: real('score_value'),
    rawScore: real('raw_score'),
    critical: integer('critical', { mode: 'boolean' }).notNull().default(false),
    flagged: integer('flagged', { mode: 'boolean' }).notNull().default(false),
    /** JSON array of {code, reason} */
    flags: text('flags').notNull().default('[]'),
    /** JSON of the check results (notes, values, evidence) */
    checks: text('checks').notNull().default('[]'),
    /** true while followup.on_time is pending: the periodic job looks only at these */
    followUpPending: integer('follow_up_pending', { mode: 'boolean' }).notNull().default(false),
    /** epoch ms after which a pending follow-up is overdue */
    followUpDeadline: integer('follow_up_deadline'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('sessions_source_external_id').on(t.source, t.externalId),
    index('sessions_started').on(t.startedAt, t.id),
    index('sessions_library_started').on(t.library, t.startedAt, t.id),
    index('sessions_provider_started').on(t.providerId, t.startedAt, t.id),
    index('sessions_score').on(t.scoreValue, t.id),
    index('sessions_flagged_started').on(t.flagged, t.startedAt, t.id),
    index('sessions_followup_pending').on(t.followUpPending, t.followUpDeadline),
  ],
);

