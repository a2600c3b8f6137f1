/**
 * scoreSession: runs the 17 checks and turns their statuses into rawScore, value and flags
 * (RUBRIC.md, "Score and flags"). Pure and deterministic: the clock is `ctx.now`.
 */
import { CHECK_IDS, type CheckId, type CheckResult, type Flag, type Score, type Transcript } from '@askqa/contract';
import { anythingElse, courteous, noDismissal } from './checks/closing';
import { greeting, pickup } from './checks/approachability';
import { clarify } from './checks/inquiry';
import { completeness, contact, onTime } from './checks/followup';
import { source } from './checks/info';
import { keepInformed } from './checks/interest';
import { referralContact } from './checks/referral';
import { resolutionCode } from './checks/resolution';
import { concurrency, disconnectNotice, idleCheckin, judgeConcurrency, providerIntervals, type ProviderInterval } from './checks/session';
import { handoff } from './checks/transfer';
import type { Check } from './checks/common';
import { followUpSession, normCode } from './facts';
import { compilePhrases } from './phrases';
import { currentRubric, type Rubric } from './rubric';
import { normalize } from './text';
import { Session } from './timeline';

export { providerIntervals, judgeConcurrency };
export type { ProviderInterval };

export type ScoringContext = {
  /** epoch ms: the clock for followup.on_time */
  now: number;
  /** follow-ups recorded in our store, in addition to transcript.followUps */
  recordedFollowUps?: { doneAt: string }[];
  /** intervals of OTHER stored sessions (ones with this session's key are ignored) */
  otherIntervals?: ProviderInterval[];
  /** this session's key, default `${source ?? 'api'}:${externalId}` */
  sessionKey?: string;
  /** default currentRubric */
  rubric?: Rubric;
};

/** The checks in CHECK_IDS order; later checks may read earlier results (info.source first). */
const CHECKS: Record<CheckId, Check> = {
  'approachability.pickup': pickup,
  'approachability.greeting': greeting,
  'interest.keep_informed': keepInformed,
  'inquiry.clarify': clarify,
  'info.source': source,
  'followup.completeness': completeness,
  'closing.anything_else': anythingElse,
  'closing.no_dismissal': noDismissal,
  'closing.courteous': courteous,
  'session.idle_checkin': idleCheckin,
  'session.disconnect_notice': disconnectNotice,
  'session.concurrency': concurrency,
  'resolution.code': resolutionCode,
  'followup.contact': contact,
  'followup.on_time': onTime,
  'referral.contact': referralContact,
  'transfer.handoff': handoff,
};

/** CHECKS as an array in CHECK_IDS order. */
const CHECK_LIST: readonly Check[] = CHECK_IDS.map((id) => CHECKS[id]);

export function scoreSession(t: Transcript, ctx: ScoringContext): Score {
  const rubric = ctx?.rubric ?? currentRubric;
  try {
    if (t === null || typeof t !== 'object') return unscored(rubric, 'not a transcript');
    if (typeof t.resolutionCode === 'string' && normCode(t.resolutionCode) === 'practice') return unscored(rubric, 'practice session: not scored');
    const session = new Session(t, ctx ?? { now: NaN }, rubric, compilePhrases(rubric));
    const done: Partial<Record<CheckId, CheckResult>> = {};
    const checks: CheckResult[] = [];
    for (let c = 0; c < CHECK_LIST.length; c++) {
      const id = CHECK_IDS[c]!;
      let r: CheckResult;
      try {
        r = CHECK_LIST[c]!(session, done);
      } catch (e) {
        // One broken check must not cost the whole score; the note says what happened.
        r = { id, status: 'na', note: `could not be evaluated: ${e instanceof Error ? e.message : String(e)}`, evidence: [] };
      }
      done[id] = r;
      checks.push(r);
    }
    return assemble(rubric, checks, session.t, followUpSession(session));
  } catch (e) {
    return unscored(rubric, `could not be scored: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Practice sessions (and input that is not a transcript): every check na, nothing flagged. */
function unscored(rubric: Rubric, note: string): Score {
  return {
    value: null,
    rawScore: null,
    critical: false,
    flagged: false,
    flags: [],
    rubricVersion: rubric.version,
    checks: CHECK_IDS.map((id) => ({ id, status: 'na' as const, note, evidence: [] })),
  };
}

function assemble(rubric: Rubric, checks: CheckResult[], t: Transcript, fu: ReturnType<typeof followUpSession>): Score {
  const flags: Flag[] = [];
  const survey = t.survey as { rating?: unknown; comment?: unknown } | null | undefined;
  const rating = survey?.rating;
  if (rating === 1 || rating === 2) flags.push({ code: 'low_rating', reason: `survey rating ${rating} of 5` });
  if (typeof survey?.comment === 'string' && isNegativeComment(rubric, survey.comment)) {
    flags.push({ code: 'negative_comment', reason: `negative survey comment: "${survey.comment.length > 80 ? `${survey.comment.slice(0, 79)}\u2026` : survey.comment}"` });
  }
  if (fu) {
    const reason = fu.byCode ? `coded ${String(t.resolutionCode)}` : 'the provider promised a follow-up in the chat';
    flags.push({ code: 'followup_session', reason });
  }
  return tally(rubric, checks, flags);
}

/**
 * The score of `checks`: rawScore, value, critical, and the flags the checks decide (critical_fail,
 * low_score, followup_overdue) merged in RUBRIC.md's order with `other`, the flags the transcript
 * alone decides (low_rating, negative_comment, followup_session).
 */
function tally(rubric: Rubric, checks: CheckResult[], other: readonly Flag[]): Score {
  let passed = 0;
  let applicable = 0;
  const criticalFails: CheckResult[] = [];
  for (const c of checks) {
    const meta = rubric.checks[c.id];
    const w = meta?.weight ?? 0;
    if (c.status === 'pass') {
      passed += w;
      applicable += w;
    } else if (c.status === 'fail') {
      applicable += w;
      if (meta?.critical) criticalFails.push(c);
    }
  }
  const rawScore = applicable > 0 ? Math.round((1000 * passed) / applicable) / 10 : null;
  const critical = criticalFails.length > 0;
  const value = rawScore === null ? null : critical ? 0 : rawScore;
  const flags: Flag[] = [];
  for (const c of criticalFails) flags.push({ code: 'critical_fail', reason: `${c.id} failed: ${c.note}` });
  if (value !== null && value < rubric.settings.flagBelow) flags.push({ code: 'low_score', reason: `score ${value} is below ${rubric.settings.flagBelow}` });
  for (const f of other) if (f.code !== 'followup_session') flags.push(f);
  const onTime = checks.find((c) => c.id === 'followup.on_time');
  if (onTime?.status === 'fail') flags.push({ code: 'followup_overdue', reason: `followup.on_time failed: ${onTime.note}` });
  for (const f of other) if (f.code === 'followup_session') flags.push(f);
  return { value, rawScore, critical, flagged: flags.length > 0, flags, rubricVersion: rubric.version, checks };
}

/**
 * `score` (scored under `rubric`) with one check's result replaced: the value, critical and flags
 * follow, exactly as scoring the session again would give them when that is the check's new
 * result. For a store that re-judges session.concurrency alone when other sessions change.
 */
export function withCheck(score: Score, result: CheckResult, rubric: Rubric): Score {
  if (score.rubricVersion !== rubric.version) throw new Error(`a score of rubric ${score.rubricVersion} cannot be completed under rubric ${rubric.version}`);
  const checks = score.checks.map((c) => (c.id === result.id ? result : c));
  return tally(rubric, checks, score.flags.filter((f) => f.code === 'low_rating' || f.code === 'negative_comment' || f.code === 'followup_session'));
}

/** A survey comment with a complaint in it ("rude", "was cut off", "took a while"), negations aside. */
export function isNegativeComment(rubric: Rubric, comment: string): boolean {
  const P = compilePhrases(rubric);
  const n = normalize(comment);
  const re = P.global('negativeComment');
  let m: RegExpExecArray | null;
  while ((m = re.exec(n)) !== null) {
    const before = n.slice(Math.max(0, m.index - 24), m.index);
    if (!/^(?:not|no|never)\b/.test(m[0]) && P.negationBefore.test(before)) continue;
    return true;
  }
  return false;
}
