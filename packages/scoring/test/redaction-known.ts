/**
 * Cases that score differently once redacted, as the API stores and scores them (the patron's own e-mail and phone
 * replaced by "[email]" and "[phone]", importers' `redactTranscript`). `describeSessions` scores every case both ways;
 * a case not listed here must come out the same. Found when the thirteenth round's merge made the check: each is an
 * older round's case about the patron's own contact read back or used as the object of a promise, where the raw
 * address or number is told apart by its shape and the placeholder is not (the scoring README, "Rubric v13", names the
 * kinds). A rubric version that reads the placeholders as the raw contacts takes its case off this list (v13's merge took
 * three: "I'll e-mail it to you at [email] by …" gives no source, as the written address does not).
 */
export const SCORES_DIFFER_WHEN_REDACTED: ReadonlySet<string> = new Set([
  'sixth round (B): follow-ups, codes, transfers, idle patrons, dismissals, closings | "within the next 30 minutes" by text, SMS number repeated back',
  'sixth round (B): follow-ups, codes, transfers, idle patrons, dismissals, closings | number read back ("So that\'s 301-555-0148, right?"), "A branch manager will call you back by end of day"',
  'eighth round (K): follow-ups, referrals, transfers and codes, whole sessions, every check | a promise with a time and the e-mail read back, coded "Answered": the code fails',
  'eighth round (K): follow-ups, referrals, transfers and codes, short cases | "I\'ll text 443-555-0104 the hours by tonight" (the patron\'s number as the object), coded "Answered": the code fails',
  'ninth round (N): referrals and contacts, short cases | the patron\'s own e-mail in the next message ("I have you as r.diaz@gmail.com") is no contact for the party referred to before it',
  'seventh round (C): follow-ups and session events, near misses | promise "I\'ll text the link to this number tonight" with the number read back',
  'twelfth round (L4): text-message (SMS) and mobile sessions, every check | follow-up by text: "is this # ok for that? (555) 010-4477", "y", "I\'ll text you the list by noon tomorrow", done next morning: contact and on_time pass',
]);
