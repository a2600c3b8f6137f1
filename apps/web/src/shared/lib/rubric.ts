/**
 * What the dashboard says about each check of the Behaviors Checklist (RUBRIC.md): a human
 * title, its review area, weight and why it matters. Keyed by CheckId so the compiler
 * insists on all 17; the ids and their order come from the contract.
 */
import { CHECK_IDS, type CheckId, type CheckStatus, type FlagCode } from '@askqa/contract/checks';

export type CheckInfo = { title: string; area: Area; weight: number; critical?: boolean; why: string };

export const AREAS = [
  'Approachability',
  'Interest',
  'Listening & Inquiring',
  'Finding & Giving Info',
  'Follow-Up',
  'Closing',
  'Session handling',
] as const;
export type Area = (typeof AREAS)[number];

export const CHECKS: Record<CheckId, CheckInfo> = {
  'approachability.pickup': { title: 'Picked up within the standard', area: 'Approachability', weight: 2, why: 'The seed guidelines ask for a prompt pick-up (60 s by default).' },
  'approachability.greeting': { title: 'Greeted and said who is answering', area: 'Approachability', weight: 1, why: 'Greet the patron with a name and an offer of help (QuestionPoint best practice).' },
  'interest.keep_informed': { title: 'Kept the patron informed while searching', area: 'Interest', weight: 2, why: 'Never leave the patron waiting in silence; send updates while searching.' },
  'inquiry.clarify': { title: 'Clarified the question before answering', area: 'Listening & Inquiring', weight: 2, why: 'Clarify the need before searching (RUSA, QuestionPoint).' },
  'info.source': { title: 'Gave a source', area: 'Finding & Giving Info', weight: 2, why: 'Cite a source the patron can reach: a URL, database, guide or contact.' },
  'followup.completeness': { title: 'Asked whether the answer is complete', area: 'Follow-Up', weight: 1, why: '"Does this completely answer your question?"' },
  'closing.anything_else': { title: 'Asked if the patron needs anything else', area: 'Closing', weight: 1, why: 'Offer further help before closing.' },
  'closing.no_dismissal': { title: 'Did not dismiss the patron', area: 'Closing', weight: 3, critical: true, why: 'Never end the help for the provider\u2019s convenience (critical: the score becomes 0).' },
  'closing.courteous': { title: 'Ended courteously', area: 'Closing', weight: 1, why: 'Thank the patron, say goodbye or invite them back.' },
  'session.idle_checkin': { title: 'Checked whether an idle patron is still there', area: 'Session handling', weight: 1, why: 'Ask whether the patron is still there before ending an idle session.' },
  'session.disconnect_notice': { title: 'Warned before ending an idle session', area: 'Session handling', weight: 1, why: 'Tell the patron they seem disconnected and that the session will end.' },
  'session.concurrency': { title: 'No more than three chats at once', area: 'Session handling', weight: 1, why: 'The three-customer limit of the seed guidelines.' },
  'resolution.code': { title: 'Resolution code is right', area: 'Session handling', weight: 2, why: 'Code every session; follow-up codes need a contact; Lost Call only when the patron sent nothing more.' },
  'followup.contact': { title: 'Confirmed patron contact and timing', area: 'Follow-Up', weight: 2, critical: true, why: 'Confirm the e-mail or phone in the chat and say when (critical: the score becomes 0).' },
  'followup.on_time': { title: 'Follow-up done within 72 hours', area: 'Follow-Up', weight: 2, why: 'The seed guidelines: follow up within 72 hours of the session.' },
  'referral.contact': { title: 'Referral came with contact details', area: 'Follow-Up', weight: 1, why: 'Give a way to reach every party the patron is referred to.' },
  'transfer.handoff': { title: 'Transfer was handed off properly', area: 'Session handling', weight: 1, why: 'Tell the receiving provider why, and tell the patron about the transfer.' },
};

export const CHECK_LIST: readonly CheckId[] = CHECK_IDS;
export const isCheckId = (s: string | null | undefined): s is CheckId => !!s && (CHECK_IDS as readonly string[]).includes(s);
export const checkTitle = (id: string): string => (isCheckId(id) ? CHECKS[id].title : id);

export const STATUS_LABEL: Record<CheckStatus, string> = { pass: 'Pass', fail: 'Fail', na: 'N/A', pending: 'Pending' };

export const FLAG_LABEL: Record<FlagCode, string> = {
  critical_fail: 'Critical fail',
  low_score: 'Low score',
  low_rating: 'Low rating',
  negative_comment: 'Negative comment',
  followup_overdue: 'Follow-up overdue',
  followup_session: 'Follow-up',
};
export const flagLabel = (code: string): string => FLAG_LABEL[code as FlagCode] ?? code;

/** Below this a session is flagged (rubric setting flagBelow). */
export const FLAG_BELOW = 70;

export type ScoreBand = 'good' | 'fair' | 'poor' | 'none';
export function scoreBand(value: number | null | undefined): ScoreBand {
  if (value === null || value === undefined) return 'none';
  if (value >= 85) return 'good';
  if (value >= FLAG_BELOW) return 'fair';
  return 'poor';
}
export const BAND_LABEL: Record<ScoreBand, string> = { good: 'good', fair: 'fair', poor: 'below standard', none: 'not scored' };
