import { sqliteTable, text, integer, real, primaryKey, index } from 'drizzle-orm/sqlite-core';

/**
 * Pre-aggregated statistics for the coordinator's overview, kept current on every score
 * write (ingest, rescore, follow-up): the overview sums a few thousand rows instead of
 * scanning sessions. `week` is the Monday of the session's local week, as days since
 * 1970-01-01. Practice sessions are left out.
 */
export const PICKUP_BUCKETS = [15, 30, 60, 120, 300] as const; // upper bounds in seconds; then "longer" and "never"
export const STATS_FLAG_CODES = ['critical_fail', 'low_score', 'low_rating', 'negative_comment', 'followup_overdue', 'followup_session'] as const;

const counters = {
  sessions: 0,
  scored: 0,
  valueSum: 0,
  checksPass: 0,
  checksFail: 0,
  flagged: 0,
  pickupWithin: 0,
  fuOnTime: 0,
  fuLate: 0,
  fuOverdue: 0,
  fuPending: 0,
};
export const STATS_VECTOR: readonly string[] = [
  ...Object.keys(counters),
  ...[...PICKUP_BUCKETS.map((s) => `pickupLe${s}`), 'pickupLonger', 'pickupNever'],
  ...Array.from({ length: 24 }, (_, h) => `hour${h}`),
  ...Array.from({ length: 7 }, (_, d) => `weekday${d}`),
  ...STATS_FLAG_CODES.map((c) => `flag_${c}`),
];

const toColumn = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const vectorColumns = Object.fromEntries(
  STATS_VECTOR.map((k) => [k, k === 'valueSum' ? real(toColumn(k)).notNull().default(0) : integer(toColumn(k)).notNull().default(0)]),
) as Record<string, ReturnType<typeof integer>>;

export const statsWeekly = sqliteTable(
  'stats_weekly',
  {
    week: integer('week').notNull(),
    library: text('library').notNull(),
    ...vectorColumns,
    // the counters the weekly series reads, typed (the same columns as in vectorColumns)
    sessions: integer('sessions').notNull().default(0),
    scored: integer('scored').notNull().default(0),
    valueSum: real('value_sum').notNull().default(0),
    checksPass: integer('checks_pass').notNull().default(0),
    checksFail: integer('checks_fail').notNull().default(0),
    flagged: integer('flagged').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.week, t.library] })],
);

export const STATS_COLUMN: Readonly<Record<string, string>> = Object.fromEntries(STATS_VECTOR.map((k) => [k, toColumn(k)]));

/** Per-check status counts per week and library. `check` is the index in CHECK_IDS. */
export const statsChecks = sqliteTable(
  'stats_checks',
  {
    week: integer('week').notNull(),
    library: text('library').notNull(),
    check: integer('check').notNull(),
    pass: integer('pass').notNull().default(0),
    fail: integer('fail').notNull().default(0),
    na: integer('na').notNull().default(0),
    pending: integer('pending').notNull().default(0),
  },
  // covering index in the overview's grouping order: per-check pass rates by library are one
  // index scan, with no temporary sort
  (t) => [
    primaryKey({ columns: [t.week, t.library, t.check] }),
    index('stats_checks_library_check').on(t.library, t.check, t.week, t.pass, t.fail, t.na, t.pending),
  ],
);
