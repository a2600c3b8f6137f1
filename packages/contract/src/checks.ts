/** Stable check ids of the Behaviors Checklist (RUBRIC.md). Never rename; retire in a new rubric version. */
export const CHECK_IDS = [
  'approachability.pickup',
  'approachability.greeting',
  'interest.keep_informed',
  'inquiry.clarify',
  'info.source',
  'followup.completeness',
  'closing.anything_else',
  'closing.no_dismissal',
  'closing.courteous',
  'session.idle_checkin',
  'session.disconnect_notice',
  'session.concurrency',
  'resolution.code',
  'followup.contact',
  'followup.on_time',
  'referral.contact',
  'transfer.handoff',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export const CHECK_STATUSES = ['pass', 'fail', 'na', 'pending'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const FLAG_CODES = [
  'critical_fail',
  'low_score',
  'low_rating',
  'negative_comment',
  'followup_overdue',
  'followup_session',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const FOLLOW_UP_CODES = ['Follow-up by me', "Follow-up by patron's library"] as const;
export const RESOLUTION_CODES = ['Answered', ...FOLLOW_UP_CODES, 'Lost Call', 'Practice'] as const;
