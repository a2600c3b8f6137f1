/**
 * Keeps the overview's aggregates (stats_weekly, stats_checks) current: every score write
 * subtracts the session's old contribution and adds its new one, in the same transaction.
 */
import { CHECK_IDS, type CheckStatus, type Score } from '@askqa/contract';
import { PICKUP_BUCKETS, STATS_COLUMN, STATS_FLAG_CODES, STATS_VECTOR, type Db } from '@askqa/db';
import type Database from 'better-sqlite3';
import type { ScoreFacts } from './prepare';

export type StatsContribution = {
  week: number;
  library: string;
  vector: number[];
  checks: CheckStatus[];
};

const SLOTS = new Map(STATS_VECTOR.map((k, i) => [k, i]));
/** Position of a named counter in the statistics vector. */
export function slot(name: string): number {
  const i = SLOTS.get(name);
  if (i === undefined) throw new Error(`no statistics counter named ${name}`);
  return i;
}
const CHECK_INDEX = new Map<string, number>(CHECK_IDS.map((id, i) => [id, i]));

/** The local calendar day of an ISO time with offset, as days since 1970-01-01, and the hour. */
export function localDayAndHour(iso: string): { day: number; hour: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})/.exec(iso);
  if (!m) {
    const d = new Date(iso);
    return { day: Math.floor(d.getTime() / 86400000), hour: d.getUTCHours() };
  }
  return { day: Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000), hour: Number(m[4]) };
}

/** Monday of the local week of `day` (days since epoch); 1970-01-01 was a Thursday. */
export function weekOf(day: number): number {
  return day - weekdayOf(day);
}
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7; // Monday 0 … Sunday 6
}

/** What one scored session adds to the aggregates; null for sessions left out (Practice). */
export function statsContribution(where: { library: string; startedIso: string; resolutionCode: string | null }, score: ScoreFacts): StatsContribution | null {
  if (where.resolutionCode === 'Practice') return null;
  const { day, hour } = localDayAndHour(where.startedIso);
  const v = new Array<number>(STATS_VECTOR.length).fill(0);
  v[slot('sessions')] = 1;
  if (score.value !== null) {
    v[slot('scored')] = 1;
    v[slot('valueSum')] = score.value;
  }
  if (score.flagged) v[slot('flagged')] = 1;
  const checks: CheckStatus[] = new Array(CHECK_IDS.length).fill('na');
  for (const c of score.checks) {
    const i = CHECK_INDEX.get(c.id);
    if (i === undefined) continue;
    checks[i] = c.status;
    if (c.status === 'pass') v[slot('checksPass')] = v[slot('checksPass')]! + 1;
    else if (c.status === 'fail') v[slot('checksFail')] = v[slot('checksFail')]! + 1;
    if (c.id === 'approachability.pickup') {
      if (c.status === 'pass') v[slot('pickupWithin')] = 1;
      const secs = typeof c.value === 'number' ? c.value : null;
      if (c.status === 'na') {
        /* not scored */
      } else if (secs === null) v[slot('pickupNever')] = 1;
      else {
        const b = PICKUP_BUCKETS.findIndex((limit) => secs <= limit);
        v[b === -1 ? slot('pickupLonger') : slot(`pickupLe${PICKUP_BUCKETS[b]!}`)] = 1;
      }
    } else if (c.id === 'followup.on_time') {
      if (c.status === 'pass') v[slot('fuOnTime')] = 1;
      else if (c.status === 'pending') v[slot('fuPending')] = 1;
      else if (c.status === 'fail') v[typeof c.value === 'number' ? slot('fuLate') : slot('fuOverdue')] = 1;
    }
  }
  v[slot(`hour${hour}`)] = 1;
  v[slot(`weekday${weekdayOf(day)}`)] = 1;
  for (const f of score.flags) {
    if ((STATS_FLAG_CODES as readonly string[]).includes(f.code)) v[slot(`flag_${f.code}`)] = 1;
  }
  return { week: weekOf(day), library: where.library, vector: v, checks };
}

type Statements = { weekly: Database.Statement; check: Database.Statement };
const cache = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    const cols = STATS_VECTOR.map((k) => `"${STATS_COLUMN[k]!}"`);
    s = {
      weekly: db.$client.prepare(
        `INSERT INTO stats_weekly (week, library, ${cols.join(', ')}) VALUES (?, ?, ${cols.map(() => '?').join(', ')})
         ON CONFLICT (week, library) DO UPDATE SET ${cols.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
      ),
      check: db.$client.prepare(
        `INSERT INTO stats_checks (week, library, "check", pass, fail, na, pending) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (week, library, "check") DO UPDATE SET pass = pass + excluded.pass, fail = fail + excluded.fail,
         na = na + excluded.na, pending = pending + excluded.pending`,
      ),
    };
    cache.set(db, s);
  }
  return s;
}

const STATUS_SLOT: Record<CheckStatus, number> = { pass: 0, fail: 1, na: 2, pending: 3 };

/**
 * Deltas collected while a batch (a chunk of an ingest, a rescore batch) is written, and written
 * to the aggregates once, summed per week and library, before the batch commits: a batch of 500
 * sessions touches a few dozen aggregate rows instead of running 18 upserts per session.
 * A log rather than running sums, so a transcript whose savepoint rolls back can take its
 * deltas back (truncate to the mark taken before it).
 */
type StatsLog = { entries: { c: StatsContribution; sign: number }[]; textWrites: (() => void)[] };
const openLogs = new WeakMap<Db, StatsLog>();

/**
 * Runs a write to the full-text index at the end of the open batch (now, without one), in the
 * order asked. FTS5 keeps what a transaction indexes in memory and writes it out as one segment,
 * but it must write it out whenever another statement of the transaction opens a statement
 * journal (a multi-row insert such as a session's per-check rows does): indexing each session
 * between its other writes made a segment per session, plus the work of merging them, and cost
 * more than all the session's other writes together.
 */
export function deferTextWrite(db: Db, write: () => void): void {
  const log = openLogs.get(db);
  if (log) log.textWrites.push(write);
  else write();
}

/**
 * Runs `fn` in one transaction whose full-text writes and statistics deltas are written
 * together just before it commits. Nested calls join the batch already open.
 */
export function inStatsBatch<T>(db: Db, fn: () => T): T {
  if (openLogs.has(db)) return fn();
  const log: StatsLog = { entries: [], textWrites: [] };
  return db.$client.transaction(() => {
    openLogs.set(db, log);
    try {
      const out = fn();
      for (const write of log.textWrites) write();
      flush(db, log);
      return out;
    } finally {
      openLogs.delete(db);
    }
  })();
}

/**
 * Runs `fn` all or nothing (a savepoint inside a batch): its full-text writes run inside the
 * savepoint instead of at the end of the batch, and when it throws, its database writes and
 * its statistics deltas are both undone.
 */
export function atomically<T>(db: Db, fn: () => T): T {
  const log = openLogs.get(db);
  const mark = log ? log.entries.length : 0;
  const textMark = log ? log.textWrites.length : 0;
  try {
    return db.$client.transaction(() => {
      const out = fn();
      // its full-text writes go inside its savepoint, so that one failing takes only it back
      if (log) for (const write of log.textWrites.splice(textMark)) write();
      return out;
    })();
  } catch (err) {
    if (log) {
      log.entries.length = mark;
      log.textWrites.length = textMark;
    }
    throw err;
  }
}

function flush(db: Db, log: StatsLog): void {
  const entries = log.entries;
  log.entries = [];
  const weekly = new Map<string, { week: number; library: string; v: number[] }>();
  const checks = new Map<string, { week: number; library: string; check: number; counts: number[] }>();
  for (const { c, sign } of entries) {
    const key = `${c.week}\u0000${c.library}`;
    let w = weekly.get(key);
    if (!w) weekly.set(key, (w = { week: c.week, library: c.library, v: new Array<number>(c.vector.length).fill(0) }));
    for (let i = 0; i < c.vector.length; i++) w.v[i]! += sign * c.vector[i]!;
    for (let i = 0; i < c.checks.length; i++) {
      const ck = `${key}\u0000${i}`;
      let e = checks.get(ck);
      if (!e) checks.set(ck, (e = { week: c.week, library: c.library, check: i, counts: [0, 0, 0, 0] }));
      e.counts[STATUS_SLOT[c.checks[i]!]]! += sign;
    }
  }
  const s = statements(db);
  for (const w of weekly.values()) if (w.v.some((x) => x !== 0)) s.weekly.run(w.week, w.library, ...w.v);
  for (const e of checks.values()) if (e.counts.some((x) => x !== 0)) s.check.run(e.week, e.library, e.check, ...e.counts);
}

/** Applies after − before to the aggregates (at the end of the open batch, if there is one). */
export function applyStatsDelta(db: Db, before: StatsContribution | null, after: StatsContribution | null): void {
  if (!before && !after) return;
  const log = openLogs.get(db);
  if (log) {
    if (before) log.entries.push({ c: before, sign: -1 });
    if (after) log.entries.push({ c: after, sign: +1 });
    return;
  }
  inStatsBatch(db, () => applyStatsDelta(db, before, after));
}

/**
 * Recomputes the aggregates from the stored scores (repair, and the check that the kept-current
 * aggregates are right). Runs in one transaction.
 */
export function rebuildStats(db: Db): void {
  type Row = { id: number; library: string; startedIso: string; resolutionCode: string | null; rubricVersion: string; scoreValue: number | null; rawScore: number | null; critical: number; flagged: number; flags: string; checks: string };
  const page = db.$client.prepare(
    `SELECT id, library, started_iso AS startedIso, resolution_code AS resolutionCode, rubric_version AS rubricVersion, score_value AS scoreValue,
     raw_score AS rawScore, critical, flagged, flags, checks FROM sessions WHERE rubric_version IS NOT NULL AND id > ? ORDER BY id LIMIT 2000`,
  );
  inStatsBatch(db, () => {
    db.$client.exec('DELETE FROM stats_weekly; DELETE FROM stats_checks;');
    let last = 0;
    for (;;) {
      const rows = page.all(last) as Row[];
      if (rows.length === 0) break;
      for (const r of rows) {
        const score: Score = {
          value: r.scoreValue,
          rawScore: r.rawScore,
          critical: !!r.critical,
          flagged: !!r.flagged,
          flags: JSON.parse(r.flags),
          rubricVersion: r.rubricVersion,
          checks: JSON.parse(r.checks),
        };
        applyStatsDelta(db, null, statsContribution(r, score));
      }
      last = rows[rows.length - 1]!.id;
      flush(db, openLogs.get(db)!); // keeps memory flat over millions of sessions
    }
  });
}
