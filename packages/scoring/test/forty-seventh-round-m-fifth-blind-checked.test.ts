/**
 * Forty-seventh round, checked blind a fifth time: block M's readings (rubric v47), as mended four times (after the
 * `forty-seventh-round-m-blind-checked`, `-second-`, `-third-` and `-fourth-blind-checked` files), tried both ways in cases written
 * by another hand and labelled from RUBRIC.md's text before any of them ran. The cases lean ONLY on the fourth mends: M8 ("Were you
 * there on your end / side / the other end / the line / the chat?" checks in, against real visit questions with "on"), M9 ("covered
 * the cost of living …" reports a story, against a paper paying the cost of an ad or of printing) and M10 ("n welcome to ask us"
 * introduces only after a greeting; otherwise it invites back). "For" cases say the meant behaviour in new words; "against" cases
 * are near misses the block must not read.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "were u still there on the other end?", "Were you there on the line still?", "were you there on the chat? no reply" ask
 *   whether the patron is still there (an idle check-in); "Were you there on Tuesday or Wednesday?", "was u there on the 3rd?",
 *   "Were you there on the second floor?", "Were you there on the other end of the building, by the café?" ask about a visit
 *   (a clarifying question);
 * - a paper that "covered the cost of living crisis / the cost-of-living strike / the cost of living debate" in a dated issue
 *   reported a story (a source, a named resource); one that "covered the cost of the ad", "the cost of printing the flyers",
 *   "the cost of living expenses for its intern" paid (no source);
 * - "hey there n welcome to", "good afternoon n welcome to", "evenin n welcome to", "hi again n welcome to" introduce the provider
 *   (no invitation back); "thx for waiting n welcome to ask us anytime", "no worries n welcome to ask us anytime",
 *   "hope that helps n welcome to ask us anytime" after the patron left invite back.
 *
 * COUNTS. Written: 20 cases (10 for, 10 against), labelled from RUBRIC.md before the first run (copied aside first, to
 * /tmp/m-fifth-blind-labels.ts). First run: 13 as labelled, 7 disagreeing. Label corrections: 0 (each disagreement re-read against
 * RUBRIC.md's text; none was a misreading of it). Of the 13 as labelled, 6 read otherwise on rubricV46 (block M's doing: M8 ×3
 * visit questions "on Tuesday / on the 3rd / on the second floor", M9 ×2 "the cost of the ad / of printing", M10 ×1 "good afternoon
 * n welcome to"). Of the 7 disagreeing, compared case by case with rubricV46: all 7 read the same on v46 ("older"); none is block
 * M's doing, but in 4 the fourth mend's word lists leave an older misreading in place (noted below).
 * Final: 13 running, 7 LEFT (LEFT_WHY has each reason):
 * - session.idle_checkin exp pass/got fail, "Were ya there on ur side?? just checking" — older
 * - inquiry.clarify exp pass/got fail, "Were you there on the other end of the building, by the cafe?" — older
 * - info.source exp pass/got fail, "the Star covered the cost-of-living strike in its 2 Feb 1974 issue" — older
 * - info.source exp pass/got fail, "The Times-Union covered the cost of living debate at the council in its 8 March 1951 issue." — older
 * - info.source exp fail/got pass, "The Courier covered the cost of living expenses for its summer intern" — older
 * - closing.courteous exp fail/got pass, "hey there n welcome to Ask Us Anytime, pat here" (Lost Call) — older
 * - closing.courteous exp fail/got pass, "evenin n welcome to Ask Us Anytime, Pat speaking" (Lost Call) — older
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase, some } from './helpers';
import { lostCall, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hey, Pat here, a librarian with Sample County Library.';
const { asked, said } = nearMissLines(HI, { branch: 'Which branch is yours?', branchReply: 'northside' });
/** A Lost Call: the patron's question, the provider's `first`, the patron leaving, and the provider's `after`. */
const lost = lostCall('can i renew a dvd online');
/** An idle session: a clarifying question, a source with the completeness question, then `checkin` 138 s later and 80 s of silence. */
const idle = (checkin: string): Line[] => [
  [0, 'p', 'do u have the hobbit'],
  [20, 'l', `${HI} Print, ebook or audiobook?`],
  [40, 'p', 'print'],
  [62, 'l', 'Yes: catalog.samplelib.org, search "The Hobbit", 3 copies at Northside. Does that answer it?'],
  [200, 'l', checkin],
];
const LOST_PHONE = 'did anyone turn in a phone, i lost mine at the library';
const FOUND = 'Lost and found is at the Northside front desk: 410-555-0177, items are kept 30 days.';
const HI2 = 'Hi! Pat at Sample County Library, looking now.';

export const m8: SessionCase[] = [
  c('M8 for: "were u still there on the other end?" checks in', idle('were u still there on the other end? no reply for a bit'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 for: "Were you there on the line still?" checks in', idle('Were you there on the line still?'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 for: "were you there on the chat? havent heard back" checks in', idle('were you there on the chat? havent heard back'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 for: "Were ya there on ur side??" checks in (chat-speak)', idle('Were ya there on ur side?? just checking'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Were you there on Tuesday or Wednesday?" clarifies', asked(LOST_PHONE, 'Oh no! Were you there on Tuesday or Wednesday?', 'tuesday', FOUND), some({ clarify: 'pass' })),
  c('M8 against: "was u there on the 3rd?" clarifies', asked(LOST_PHONE, 'was u there on the 3rd? thats when a phone came in', 'yes', FOUND), some({ clarify: 'pass' })),
  c('M8 against: "Were you there on the second floor?" clarifies', asked(LOST_PHONE, 'Were you there on the second floor or only the lobby?', 'second floor', FOUND), some({ clarify: 'pass' })),
  c('M8 against: "Were you there on the other end of the building?" clarifies', asked(LOST_PHONE, 'Were you there on the other end of the building, by the cafe?', 'yeah by the cafe', FOUND), some({ clarify: 'pass' })),
];
export const m9: SessionCase[] = [
  c('M9 for: "The Tribune covered the cost of living crisis in its 12 June 1980 issue" (a story)', said('what happened with prices here in 1980', 'The Tribune covered the cost of living crisis in its 12 June 1980 issue, page 1.'), some({ source: 'pass' })),
  c('M9 for: "the Star covered the cost-of-living strike on 2 Feb 1974" (hyphens)', said('was there a strike over wages in 74', 'the Star covered the cost-of-living strike in its 2 Feb 1974 issue'), some({ source: 'pass' })),
  c('M9 for: "The Times-Union covered the cost of living debate at the council in its 8 March 1951 issue"', said('did the council argue about prices in 1951', 'The Times-Union covered the cost of living debate at the council in its 8 March 1951 issue.'), some({ source: 'pass' })),
  c('M9 against: "The Gazette covered the cost of the ad for the book sale" (paid)', said('who paid for the book sale ad', 'The Gazette covered the cost of the ad for the book sale, as a gift to the Friends.'), some({ source: 'fail' })),
  c('M9 against: "the Ledger covered the cost of printing the flyers" (paid)', said('who paid for the festival flyers', 'the Ledger covered the cost of printing the flyers for the festival'), some({ source: 'fail' })),
  c('M9 against: "The Courier covered the cost of living expenses for its summer intern" (paid)', said('who paid for the library intern', "The Courier covered the cost of living expenses for its summer intern, who worked at the branch."), some({ source: 'fail' })),
];
export const m10: SessionCase[] = [
  c('M10 for: "hey there n welcome to Ask Us Anytime" introduces (Lost Call)', lost('hey there n welcome to Ask Us Anytime, pat here'), some({ courteous: 'fail' })),
  c('M10 for: "good afternoon n welcome to ask us anytime" introduces (Lost Call)', lost('good afternoon n welcome to ask us anytime! checking now'), some({ courteous: 'fail' })),
  c('M10 for: "evenin n welcome to Ask Us Anytime" introduces (Lost Call)', lost('evenin n welcome to Ask Us Anytime, Pat speaking'), some({ courteous: 'fail' })),
  c('M10 against: "thx for waiting n welcome to ask us anytime" invites back (Lost Call)', lost(HI2, 'thx for waiting n welcome to ask us anytime'), some({ courteous: 'pass' })),
  c('M10 against: "no worries n welcome to ask us anytime" invites back (Lost Call)', lost(HI2, 'looks like u dropped. no worries n welcome to ask us anytime'), some({ courteous: 'pass' })),
  c('M10 against: "hope that helps n welcome to ask us anytime" invites back (Lost Call)', lost(HI2, 'yes, renew at samplelib.org/account. hope that helps n welcome to ask us anytime'), some({ courteous: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // M8
  'M8 for: "Were ya there on ur side??" checks in (chat-speak)':
    'session.idle_checkin: expected pass, got fail ("Were ya there on ur side?? just checking" after 138 s of silence). Asks whether the patron is still there; older: v46 fails it too ("ya" for "you" is not in the still-there phrases); the fourth mend only keeps "on ur side" out of M8\'s visit reading.',
  'M8 against: "Were you there on the other end of the building?" clarifies':
    'inquiry.clarify: expected pass, got fail ("Were you there on the other end of the building, by the cafe?" before the source). Asks where in the library the patron was (a question about the patron\'s situation that shapes the answer); older: v46 fails it too (no visit reading there), and the fourth mend\'s "on the other end" takes it out of M8 whatever follows ("of the building").',
  // M9
  'M9 for: "the Star covered the cost-of-living strike on 2 Feb 1974" (hyphens)':
    'info.source: expected pass, got fail ("the Star covered the cost-of-living strike in its 2 Feb 1974 issue"). A dated issue of a named paper that reported a story is a named resource; older: v46 fails it too (the hyphened "cost-of-living" is not read as the story, nor the dated issue as a source).',
  'M9 for: "The Times-Union covered the cost of living debate at the council in its 8 March 1951 issue"':
    'info.source: expected pass, got fail ("The Times-Union covered the cost of living debate at the council in its 8 March 1951 issue."). A dated issue that reported a story; older: v46 fails it too (the hyphened paper name or the words between the story and "in its … issue" are not read).',
  'M9 against: "The Courier covered the cost of living expenses for its summer intern" (paid)':
    'info.source: expected fail, got pass ("The Courier covered the cost of living expenses for its summer intern"). The paper paid (no dated issue, no way to reach it), so no source; older: v46 passes it too (any "covered the …" as a story); the fourth mend\'s "cost of living" exception keeps that older reading for a paid cost.',
  // M10
  'M10 for: "hey there n welcome to Ask Us Anytime" introduces (Lost Call)':
    'closing.courteous: expected fail, got pass (Lost Call, the only provider message "hey there n welcome to Ask Us Anytime, pat here"). A greeting that introduces the provider, no thanks, goodbye or invitation back; older: v46 passes it too; the fourth mend\'s greetings before "n welcome to" lack "hey there".',
  'M10 for: "evenin n welcome to Ask Us Anytime" introduces (Lost Call)':
    'closing.courteous: expected fail, got pass (Lost Call, the only provider message "evenin n welcome to Ask Us Anytime, Pat speaking"). A greeting that introduces the provider; older: v46 passes it too; the fourth mend takes "evening n" but not the clipped "evenin n".',
};

describe('forty-seventh round, checked blind a fifth time: block M as mended four times, tried both ways', () => {
  for (const [t, cs] of [['M8', m8], ['M9', m9], ['M10', m10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
