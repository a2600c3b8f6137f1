/**
 * Scoring a stored session and writing its score: the single place a score is written
 * (ingest, rescore, follow-ups, the overdue job), so the per-check rows and the statistics
 * can never drift from the session row.
 */
import { CHECK_IDS, type CheckResult, type Score, type Transcript } from '@askqa/contract';
import { STATUS_CODE } from '@askqa/db';
import { judgeConcurrency, scoreSession, withCheck, type ProviderInterval } from '@askqa/scoring';
import type { ServiceContext } from './context';
import { sessionStore } from './session-store';
import { applyStatsDelta, statsContribution, type StatsContribution } from './stats-aggregates';
import { followUpColumns, scoreJson, sessionEnd, sessionKey, type Rescored, type ScoreFacts, type ScoreInput, type ScoreJson, type StoredScore } from './prepare';

export const MAX_INTERVAL_KEY = 'maxIntervalMs';

/** The score columns as read from a session row; `critical` and `flagged` as SQLite stores them (0/1) or as booleans. */
export type StoredScoreRow = Omit<StoredScore, 'critical' | 'flagged' | 'followUpPending' | 'followUpDeadline'> & {
  critical: boolean | number;
  flagged: boolean | number;
};

/** The score stored on a row; `checks`, the row's checks when the caller has already parsed them. */
export function scoreFromRow(row: StoredScoreRow, checks: Score['checks'] = JSON.parse(row.checks)): Score | null {
  if (row.rubricVersion === null) return null;
  return {
    value: row.scoreValue,
    rawScore: row.rawScore,
    critical: !!row.critical,
    flagged: !!row.flagged,
    flags: JSON.parse(row.flags),
    rubricVersion: row.rubricVersion,
    checks,
  };
}

function maxIntervalMs(ctx: ServiceContext): number {
  const row = sessionStore(ctx.db).getMeta.get({ key: MAX_INTERVAL_KEY });
  return row ? Number(row.value) : 0;
}

type OverlapRow = { sessionId: number; providerId: string; start: number; end: number; source: string; externalId: string };

/** Stored intervals of other sessions that overlap any of `own` (same provider); `span` is the longest stored interval. */
export function overlappingIntervals(
  ctx: ServiceContext,
  sessionId: number,
  own: { providerId: string; start: number; end: number }[],
  span = maxIntervalMs(ctx),
): OverlapRow[] {
  if (own.length === 0) return [];
  const store = sessionStore(ctx.db);
  const out: OverlapRow[] = [];
  const seen = new Set<string>();
  for (const iv of own) {
    const rows = store.overlapping.all({ providerId: iv.providerId, fromStart: iv.start - span, to: iv.end, exclude: sessionId });
    for (const r of rows) {
      if (r.end <= iv.start) continue; // open intervals: ending exactly at our start is no overlap
      const k = `${r.sessionId}/${r.providerId}/${r.start}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(r);
    }
  }
  return out;
}

/** Overlapping rows as the scorer takes other sessions' intervals. */
export function asOtherIntervals(rows: readonly OverlapRow[]): ProviderInterval[] {
  return rows.map((o) => ({ sessionKey: sessionKey(o.source, o.externalId), providerId: o.providerId, start: o.start, end: o.end }));
}

/** Replaces a session's provider intervals (`isNew`: it has none yet) and keeps the longest-interval fact current. */
export function writeIntervals(ctx: ServiceContext, sessionId: number, own: ProviderInterval[], isNew = false): void {
  const store = sessionStore(ctx.db);
  if (!isNew) store.deleteIntervals.run({ id: sessionId });
  let longest = 0;
  for (const iv of own) {
    store.insertInterval.run({ id: sessionId, providerId: iv.providerId, start: iv.start, end: iv.end });
    longest = Math.max(longest, iv.end - iv.start);
  }
  if (longest > maxIntervalMs(ctx)) store.setMeta.run({ key: MAX_INTERVAL_KEY, value: String(longest) });
}

export type RescoreResult = { score: Score; overlapping: number[] };

/** Where a session sits in the statistics: what its contribution is keyed by. */
export type SessionPlace = { id: number; startedAt: number; startedIso: string; library: string; resolutionCode: string | null };

/**
 * Scores transcript `t` of session `id` (0 for one not stored yet) in the context of the store:
 * the overlapping intervals of other sessions and the follow-ups recorded for it.
 */
export function computeScore(
  ctx: ServiceContext,
  id: number,
  key: string,
  t: Transcript,
  own: { providerId: string; start: number; end: number }[],
): { score: Score; overlapping: number[] } {
  const store = sessionStore(ctx.db);
  const others = overlappingIntervals(ctx, id, own);
  const score = scoreSession(t, {
    now: ctx.now(),
    rubric: ctx.rubric,
    sessionKey: key,
    recordedFollowUps: id ? store.followUpsOf.all({ id }) : [],
    otherIntervals: asOtherIntervals(others),
  });
  return { score, overlapping: [...new Set(others.map((o) => o.sessionId))] };
}

/**
 * A score computed without other sessions (prepare.ts), completed with the stored intervals of
 * `others`: only session.concurrency can differ, and withCheck brings the value and flags along
 * when its verdict changes. Null when the score has no session.concurrency to re-judge.
 */
export function withConcurrency(ctx: ServiceContext, score: Score, own: ProviderInterval[], others: ProviderInterval[], key: string): Score | null {
  if (others.length === 0) return score;
  const old = score.checks.find((c) => c.id === 'session.concurrency');
  if (!old) return null;
  if (old.status === 'na') return score; // nobody picked it up: other sessions do not matter
  const next = judgeConcurrency(own, others, key, ctx.rubric.settings.maxConcurrent);
  if (sameVerdict(next, old)) return score;
  return withCheck(score, next, ctx.rubric);
}

/** The same session.concurrency result: status, note, value and related sessions (its evidence is always empty). */
function sameVerdict(a: CheckResult, b: CheckResult): boolean {
  return a.status === b.status && a.note === b.note && a.value === b.value && JSON.stringify(a.related ?? []) === JSON.stringify(b.related ?? []);
}

/** The score columns of the session row; `end` is the session's end (sessionEnd); `json`, the score serialised. */
export function scoreColumns(ctx: ServiceContext, score: ScoreFacts, end: number, json: Pick<ScoreJson, 'checks' | 'flags'>) {
  return {
    rubricVersion: score.rubricVersion,
    value: score.value,
    rawScore: score.rawScore,
    critical: score.critical ? 1 : 0,
    flagged: score.flagged ? 1 : 0,
    flags: json.flags,
    checks: json.checks,
    ...followUpColumns(score, end, ctx.rubric),
  };
}

/**
 * Scores the stored session `id` against the rubric in force and writes the result.
 * `doc` may be passed when the caller already holds the parsed transcript.
 */
export function rescoreStoredSession(ctx: ServiceContext, id: number, doc?: Transcript): RescoreResult | null {
  const store = sessionStore(ctx.db);
  const row = store.loadForScoring.get({ id });
  if (!row) return null;
  const t: Transcript = doc ?? JSON.parse(store.loadDocument.get({ id })!.doc);
  const own = store.intervalsOfSession.all({ id });
  const { score, overlapping } = computeScore(ctx, id, sessionKey(row.source, row.externalId), t, own);
  writeStoredScore(ctx, row, score, sessionEnd(t), scoreJson(score));
  return { score, overlapping };
}

/** Replaces the score stored on `row` (its session row, per-check rows and statistics); `previous`, that stored score when the caller has it. */
function writeStoredScore(ctx: ServiceContext, row: StoredScoreRow & SessionPlace, score: ScoreFacts, end: number, json: ScoreJson, previous = scoreFromRow(row)): void {
  sessionStore(ctx.db).writeScore.run({ id: row.id, ...scoreColumns(ctx, score, end, json) });
  writeScoreRows(ctx, row, score, previous ? statsContribution(row, previous) : null, previous);
}

/**
 * Reads what rescoring the sessions `ids` (ascending) needs: in a few statements for the whole
 * batch when the ids are close together (a rubric change makes every session stale), one id at
 * a time when they are scattered (so a few stale sessions never read the sessions in between).
 * Sessions that no longer exist are left out.
 */
export function scoreInputs(ctx: ServiceContext, ids: readonly number[]): ScoreInput[] {
  if (ids.length === 0) return [];
  const store = sessionStore(ctx.db);
  const first = ids[0]!;
  const last = ids[ids.length - 1]!;
  const ranges = last - first < ids.length * 4 ? [{ from: first, to: last }] : ids.map((id) => ({ from: id, to: id }));
  const wanted = new Set(ids);
  const followUps = new Map<number, { doneAt: string }[]>();
  const own = new Map<number, { providerId: string; start: number; end: number }[]>();
  for (const range of ranges) {
    for (const f of store.followUpsInRange.all(range)) {
      const list = followUps.get(f.sessionId);
      if (list) list.push({ doneAt: f.doneAt });
      else followUps.set(f.sessionId, [{ doneAt: f.doneAt }]);
    }
    for (const iv of store.intervalsInRange.all(range)) {
      const list = own.get(iv.sessionId);
      const x = { providerId: iv.providerId, start: iv.start, end: iv.end };
      if (list) list.push(x);
      else own.set(iv.sessionId, [x]);
    }
  }
  const span = maxIntervalMs(ctx);
  const out: ScoreInput[] = [];
  for (const row of ranges.flatMap((range) => store.scoreInputsInRange.all(range))) {
    if (!wanted.has(row.id)) continue;
    const { id, doc, source, externalId, ...seen } = row;
    out.push({
      id,
      doc,
      key: sessionKey(source, externalId),
      followUps: followUps.get(id) ?? [],
      others: asOtherIntervals(overlappingIntervals(ctx, id, own.get(id) ?? [], span)),
      seen,
    });
  }
  return out;
}

/** Reads what rescoring session `id` needs (null when it does not exist). */
export function scoreInput(ctx: ServiceContext, id: number): ScoreInput | null {
  return scoreInputs(ctx, [id])[0] ?? null;
}

export type ScoredInput = ScoreInput & Rescored;

/**
 * Writes a score computed from inputs read earlier; when the session changed since (a new
 * upload, a follow-up, a concurrency re-judgement), it is scored again from what is stored now.
 * A score that says what the stored one says (`same`) only updates the rubric version and the
 * follow-up deadline, when they differ: its per-check rows and statistics stay as they are.
 */
export function writeRescored(ctx: ServiceContext, x: ScoredInput): void {
  const store = sessionStore(ctx.db);
  if (x.same) {
    const { seen } = x;
    if (x.rubricVersion === seen.rubricVersion && x.followUpPending === seen.followUpPending && x.followUpDeadline === seen.followUpDeadline) return;
    const written = store.writeVersionIfUnchanged.run({
      id: x.id,
      rubricVersion: x.rubricVersion,
      followUpPending: x.followUpPending,
      followUpDeadline: x.followUpDeadline,
      hash: seen.hash,
      checks: seen.checks,
      seenVersion: seen.rubricVersion,
    });
    if (written.changes === 0) rescoreStoredSession(ctx, x.id); // changed meanwhile, or deleted (then nothing happens)
    return;
  }
  const row = store.loadForScoring.get({ id: x.id });
  if (!row) return; // deleted meanwhile
  if (row.checks !== x.seen.checks || row.rubricVersion !== x.seen.rubricVersion || row.hash !== x.seen.hash) {
    rescoreStoredSession(ctx, x.id);
    return;
  }
  writeStoredScore(ctx, row, x.score, x.end, x.json);
}

/**
 * The per-check rows and the statistics of a score just written to the session row.
 * `previous` is the score those rows hold now (same session, same start), to write only what
 * changed; without it they are written anew (`isNew`: the session has none yet).
 */
export function writeScoreRows(ctx: ServiceContext, place: SessionPlace, score: ScoreFacts, before: StatsContribution | null, previous: ScoreFacts | null, isNew = false): void {
  const { id, startedAt } = place;
  const store = sessionStore(ctx.db);
  const now = checkRows(score);
  if (previous) {
    const was = checkRows(previous);
    for (let i = 0; i < now.length; i++) {
      if (now[i]!.status !== was[i]!.status || now[i]!.value !== was[i]!.value) {
        store.updateCheck.run({ id, check: i, status: now[i]!.status, value: now[i]!.value });
      }
    }
  } else {
    if (!isNew) store.deleteChecks.run({ id });
    const args: unknown[] = [];
    for (let i = 0; i < now.length; i++) args.push(id, i, now[i]!.status, now[i]!.value, startedAt);
    store.insertChecks.run(args);
  }
  applyStatsDelta(ctx.db, before, statsContribution(place, score));
}

const CONCURRENCY = CHECK_IDS.indexOf('session.concurrency');

/**
 * Re-judges session.concurrency of a stored session after an overlapping session was stored or
 * replaced. Only that check can change; when its status stays, the stored score is patched
 * (note, value, related sessions) instead of scoring the whole transcript again.
 */
export function refreshConcurrency(ctx: ServiceContext, id: number): void {
  const store = sessionStore(ctx.db);
  const row = store.loadForScoring.get({ id });
  if (!row) return;
  if (row.rubricVersion !== ctx.rubric.version) {
    rescoreStoredSession(ctx, id);
    return;
  }
  const checks = JSON.parse(row.checks) as Score['checks'];
  const old = checks.find((c) => c.id === 'session.concurrency');
  if (!old || old.status === 'na') return; // nobody picked it up, or a Practice session
  const own = store.intervalsOfSession.all({ id });
  const key = sessionKey(row.source, row.externalId);
  const others = asOtherIntervals(overlappingIntervals(ctx, id, own));
  const next = judgeConcurrency(
    own.map((iv) => ({ ...iv, sessionKey: key })),
    others,
    key,
    ctx.rubric.settings.maxConcurrent,
  );
  if (next.status !== old.status) {
    // the score, flags and statistics change with it: the stored score completed, not scored again
    const stored = scoreFromRow(row, checks)!;
    const score = withCheck(stored, { ...next, evidence: old.evidence }, ctx.rubric);
    writeStoredScore(ctx, row, score, row.endedAt, scoreJson(score), stored);
    return;
  }
  if (sameVerdict(next, old)) return;
  const patched = checks.map((c) => (c.id === 'session.concurrency' ? { ...next, evidence: c.evidence } : c));
  store.writeChecksJson.run({ id, checks: JSON.stringify(patched) });
  if (next.value !== old.value) store.updateCheck.run({ id, check: CONCURRENCY, status: STATUS_CODE[next.status], value: next.value ?? null });
}

/** Status code and value of every check, in CHECK_IDS order. */
function checkRows(score: ScoreFacts): { status: number; value: number | null }[] {
  const byId = new Map(score.checks.map((c) => [c.id, c]));
  return CHECK_IDS.map((checkId) => {
    const c = byId.get(checkId);
    return { status: STATUS_CODE[c?.status ?? 'na'], value: c?.value ?? null };
  });
}

/** The statistics contribution of the score currently stored on a session row. */
export function storedContribution(row: StoredScoreRow & Omit<SessionPlace, 'id' | 'startedAt'>): StatsContribution | null {
  const score = scoreFromRow(row);
  return score ? statsContribution(row, score) : null;
}
