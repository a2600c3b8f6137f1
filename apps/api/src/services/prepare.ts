/**
 * The part of ingesting a transcript that needs no database: validation, the identity hash,
 * redaction of patron details, the stored document and search text, and the score as far as
 * the transcript alone decides it. Pure, so its larger part, the score, can run on a worker
 * thread (prepare-pool.ts) while the main thread validates and redacts the next chunk and writes
 * the previous one; ingest.ts stores the result.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_SOURCE, transcriptSchema, type IngestResult, type Score, type Transcript } from '@askqa/contract';
import { redactTranscript, type PatronOriginals } from '@askqa/importers';
import { providerIntervals, scoreSession, type ProviderInterval, type Rubric } from '@askqa/scoring';
import { formatIssues } from '../errors';

export type Rejected = { ok: false; externalId: string | null; errors: IngestResult['errors'] };

export type Prepared = {
  ok: true;
  source: string;
  externalId: string;
  /** sha256 of the transcript as received (validated): the same upload again is "unchanged" */
  hash: string;
  /** the session row's descriptive columns */
  row: {
    library: string;
    providerId: string;
    providerName: string | null;
    providerLibrary: string;
    startedAt: number;
    startedIso: string;
    endedAt: number;
    resolutionCode: string | null;
    surveyRating: number | null;
  };
  /** the redacted transcript as stored (JSON) */
  doc: string;
  /** what the full-text index holds */
  text: string;
  originals: PatronOriginals | null;
  own: ProviderInterval[];
  /**
   * The score with no other stored session and no recorded follow-up: exact for a new session
   * whose provider had nothing else open; ingest.ts corrects session.concurrency otherwise.
   * `score` holds what storing needs; `full` the whole score, or null when it crossed from a
   * worker (notes and evidence cost more to pass between threads than to parse from `json`).
   */
  score: ScoreFacts;
  full: Score | null;
  /** the score serialised here, so the storing thread does not: as stored, and whole for the response */
  json: ScoreJson;
};

/** What storing a score needs: everything but the notes and the evidence. */
export type ScoreFacts = Pick<Score, 'value' | 'rawScore' | 'critical' | 'flagged' | 'rubricVersion'> & {
  flags: Pick<Score['flags'][number], 'code'>[];
  checks: Pick<Score['checks'][number], 'id' | 'status' | 'value'>[];
};

export function scoreFacts(s: Score): ScoreFacts {
  return {
    value: s.value,
    rawScore: s.rawScore,
    critical: s.critical,
    flagged: s.flagged,
    rubricVersion: s.rubricVersion,
    flags: s.flags.map((f) => ({ code: f.code })),
    checks: s.checks.map((c) => ({ id: c.id, status: c.status, value: c.value })),
  };
}

export type ScoreJson = { checks: string; flags: string; score: string };

export function scoreJson(score: Score): ScoreJson {
  return splitScoreJson(JSON.stringify(score));
}

/**
 * A score's serialisation with its checks and flags cut out of it. Every quote inside a string is
 * escaped, so the first '"flags":' and ',"rubricVersion":' and ',"checks":' are the keys (in
 * Score's key order: value, rawScore, critical, flagged, flags, rubricVersion, checks).
 */
export function splitScoreJson(whole: string): ScoreJson {
  const flags = whole.indexOf('"flags":') + 8;
  return { checks: whole.slice(whole.indexOf(',"checks":') + 10, -1), flags: whole.slice(flags, whole.indexOf(',"rubricVersion":', flags)), score: whole };
}

/**
 * A valid transcript prepared up to its score: what the transcript alone decides without scoring
 * (the identity hash, redaction, the stored document and search text, the session row). With
 * worker threads the storing thread does this part itself and leaves only the score to a worker
 * (prepare-pool.ts): the workers set the pace of an upload, and this part is about a fifth of
 * their work. `t` (the redacted transcript) and `key` are what scoring needs.
 */
export type Unscored = Omit<Prepared, 'own' | 'score' | 'full' | 'json'> & { t: Transcript; key: string };

/**
 * A new session's score as it crosses back from a worker: the serialised score, and the provider
 * intervals with the score's facts as one JSON string. Copying objects between threads costs
 * several times what writing and reading them as JSON does, and a string is copied whole. (JSON
 * holds no NaN or Infinity; neither do these objects of a valid transcript, and the score as
 * stored is JSON anyway.)
 */
export type ScoredPacked = { score: string; parts: string };

/** A new session's provider intervals and score, with no other stored session and no recorded follow-up. */
function scoreNew(x: Pick<Unscored, 't' | 'key'>, now: number, rubric: Rubric): { own: ProviderInterval[]; score: Score } {
  return { own: providerIntervals(x.t, x.key), score: scoreSession(x.t, { now, rubric, sessionKey: x.key, recordedFollowUps: [], otherIntervals: [] }) };
}

/** Scores an unscored transcript for the storing thread (on a worker): see ScoredPacked. */
export function scoreForTransfer(x: Pick<Unscored, 't' | 'key'>, now: number, rubric: Rubric): ScoredPacked {
  const { own, score } = scoreNew(x, now, rubric);
  return { score: JSON.stringify(score), parts: JSON.stringify([own, scoreFacts(score)]) };
}

/** The prepared transcript from its unscored part and the score a worker sent back (its score not parsed: `full` null). */
export function fromScored(u: Unscored, x: ScoredPacked): Prepared {
  const [own, score] = JSON.parse(x.parts) as [Prepared['own'], ScoreFacts];
  return scored(u, own, score, null, splitScoreJson(x.score));
}

/** The prepared transcript: its unscored part (without `t` and `key`) and its score. */
function scored(u: Unscored, own: ProviderInterval[], score: ScoreFacts, full: Score | null, json: ScoreJson): Prepared {
  return { ok: true, source: u.source, externalId: u.externalId, hash: u.hash, row: u.row, doc: u.doc, text: u.text, originals: u.originals, own, score, full, json };
}

/** The text the full-text index holds for a session: every message that people wrote. */
export function searchableText(t: Transcript): string {
  let out = '';
  for (const m of t.messages) if (m.role !== 'system' && m.text) out += (out ? '\n' : '') + m.text;
  return out;
}

/** The identity hash of a transcript, from its JSON as received (validated). */
function hashOfJson(json: string): string {
  return createHash('sha256').update(json).digest('base64url');
}

export function sessionKey(source: string, externalId: string): string {
  return `${source}:${externalId}`;
}

/** End of the session (endedAt, else last message), epoch ms. */
export function sessionEnd(t: Transcript): number {
  if (t.endedAt) return Date.parse(t.endedAt);
  let last = Date.parse(t.startedAt);
  for (const m of t.messages) {
    const at = Date.parse(m.at);
    if (at > last) last = at;
  }
  return last;
}

export function externalIdOf(item: unknown): string | null {
  if (item && typeof item === 'object' && 'externalId' in item) {
    const v = (item as { externalId: unknown }).externalId;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return null;
}

/** The score columns of the session row as stored, for seeing whether a new score differs. */
export type StoredScore = {
  checks: string;
  flags: string;
  scoreValue: number | null;
  rawScore: number | null;
  critical: number;
  flagged: number;
  rubricVersion: string | null;
  followUpPending: number;
  followUpDeadline: number | null;
};

/** What scoring a stored session needs: its document and what the store knows around it. */
export type ScoreInput = {
  id: number;
  doc: string;
  key: string;
  followUps: { doneAt: string }[];
  others: ProviderInterval[];
  /** the stored score and transcript hash when the input was read (to skip writing what did not change, and to see later changes) */
  seen: StoredScore & { hash: string };
};
/**
 * A stored session's new score as storing needs it (see ScoreFacts) and the session's end; or,
 * when it says what the stored one says (`same`), only the columns that may still differ.
 */
export type Rescored =
  | { same: false; score: ScoreFacts; json: ScoreJson; end: number }
  | { same: true; rubricVersion: string; followUpPending: number; followUpDeadline: number | null };

/** Whether a follow-up is pending on `score` and until when (session end + the rubric's follow-up hours). */
export function followUpColumns(score: ScoreFacts, end: number, rubric: Rubric): { followUpPending: number; followUpDeadline: number | null } {
  const pending = score.checks.find((c) => c.id === 'followup.on_time')?.status === 'pending';
  return { followUpPending: pending ? 1 : 0, followUpDeadline: pending ? end + rubric.settings.followUpHours * 3600_000 : null };
}

/** Scores a stored session from its inputs (rescoring, on a worker or on the calling thread). */
export function scoreStored(x: Pick<ScoreInput, 'doc' | 'key' | 'followUps' | 'others' | 'seen'>, now: number, rubric: Rubric): Rescored {
  const t = JSON.parse(x.doc) as Transcript;
  const score = scoreSession(t, { now, rubric, sessionKey: x.key, recordedFollowUps: x.followUps, otherIntervals: x.others });
  const json = scoreJson(score);
  const end = sessionEnd(t);
  const was = x.seen;
  if (
    json.checks === was.checks &&
    json.flags === was.flags &&
    score.value === was.scoreValue &&
    score.rawScore === was.rawScore &&
    +score.critical === +was.critical &&
    +score.flagged === +was.flagged
  ) {
    // the checks, flags and score are what is stored: so are the per-check rows and statistics
    return { same: true, rubricVersion: score.rubricVersion, ...followUpColumns(score, end, rubric) };
  }
  return { same: false, score: scoreFacts(score), json, end };
}

/** Validates and prepares one item of an upload. */
export function prepareItem(item: unknown, now: number, rubric: Rubric): Prepared | Rejected {
  const u = prepareUnscoredItem(item);
  return u.ok ? scoreHere(u, now, rubric) : u;
}

/** Validates one item of an upload and prepares it up to its score (see Unscored). */
export function prepareUnscoredItem(item: unknown): Unscored | Rejected {
  const parsed = transcriptSchema.safeParse(item);
  if (!parsed.success) return { ok: false, externalId: externalIdOf(item), errors: formatIssues(parsed.error.issues) };
  return prepareUnscored(parsed.data);
}

/** Prepares a transcript already known to be valid. */
export function prepareValid(received: Transcript, now: number, rubric: Rubric): Prepared {
  return scoreHere(prepareUnscored(received), now, rubric);
}

/** An unscored transcript scored on this thread (its whole score kept: `full`). */
function scoreHere(u: Unscored, now: number, rubric: Rubric): Prepared {
  const { own, score } = scoreNew(u, now, rubric);
  return scored(u, own, score, score, scoreJson(score));
}

/** A valid transcript prepared up to its score. */
export function prepareUnscored(received: Transcript): Unscored {
  const source = received.source ?? DEFAULT_SOURCE;
  const receivedJson = JSON.stringify(received);
  const hash = hashOfJson(receivedJson);
  const { transcript: t, originals } = redactTranscript(received);
  return {
    ok: true,
    source,
    externalId: t.externalId,
    hash,
    row: {
      library: t.library,
      providerId: t.provider.id,
      providerName: t.provider.name ?? null,
      providerLibrary: t.provider.library ?? t.library,
      startedAt: Date.parse(t.startedAt),
      startedIso: t.startedAt,
      endedAt: sessionEnd(t),
      resolutionCode: t.resolutionCode ?? null,
      surveyRating: t.survey?.rating ?? null,
    },
    // nothing to redact leaves the transcript as received: its serialisation is the hash's
    doc: t === received ? receivedJson : JSON.stringify(t),
    text: searchableText(t),
    originals,
    t,
    key: sessionKey(source, t.externalId),
  };
}
