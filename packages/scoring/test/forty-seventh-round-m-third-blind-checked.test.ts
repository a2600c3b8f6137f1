/**
 * Forty-seventh round, checked blind a third time: block M's readings (rubric v47), as mended twice (after
 * `forty-seventh-round-m-blind-checked` and `forty-seventh-round-m-second-blind-checked`), tried both ways in cases written by a
 * fourth hand and labelled from RUBRIC.md's text before any of them ran. The cases lean on the second mends: M3 (not "from me /
 * us" among the patron's words), M4 (a call or visit said as a noun with no verb before it only with an advice after it; "worth a
 * visit to"), M7 (leaving words not negated or conditional, a need that stays after them, no silence counted after the provider's
 * hold, "gotta run, thanks anyway"), M8 ("this morning / tuesday / when <not I>", not "after my last message / during the last
 * few minutes"), M9 ("covered the <cost>", "of" only after a cost word, "$500 venue fee"; a driveway only at the end of its
 * phrase) and M10 ("reached the / hi and welcome to / on the / this is"). "For" cases say the meant behaviour in new words
 * (chat-speak, typos, other verbs, other parties, other orders); "against" cases are near misses the block must not read and
 * older readings it must not break.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a question whether what the patron or their side did helped ("what you did on your own so far", "the settings u changed so
 *   far", "what ur husband tried so far", "the restarts you've done thus far") is no completeness question; one whether what the
 *   provider gave helps still is, however the patron is said to hold it ("what you got from us so far", "the info u got from me
 *   so far", "the article you're reading so far" right after the link, "the guide you were sent so far"), and v1's "Did that
 *   help?" also as "Did what you read on that page help?";
 * - a call or visit said as a noun and advised ("Probably worth a call to …", "… will tell you the lot number", "One visit to …
 *   and they'll show you …", "… should answer that", "… is your best bet", "def worth a visit 2 …", "… could save you weeks") is a
 *   referral; one that was ("… last spring turned up nothing"), one set aside ("won't help", "would be pointless now"), a visit to
 *   a website, and a call the provider will make on the patron's behalf ("might help me here; let me try them") are not;
 * - v46 L7's close ("I already told you twice. I'm closing this chat.") is no dismissal after the patron left in any words ("ok
 *   im outta here, bye", "thanks anyway, gotta go", "nevermind i found it myself", "u can close the chat now", "gotta bounce, ty
 *   anyway") or after 200 s of silence from the provider's answer (a "Does that help?" in between); it still dismisses a patron
 *   whose leaving words are negated, questioned, conditional or followed by a need ("dont end the chat yet pls, which floor?",
 *   "bye? no way, i still cant find it", "ok thanks anyway but which floor …", "when u close the chat will i …", "i have to go
 *   find it myself, where …"), one who said "ok bye" and then asked again, and one put on hold by the provider (160 s of silence,
 *   then "Let me double-check …, one moment", then the close 80 s later: waiting on the provider, RUBRIC Terms);
 * - "Were you there this afternoon / thursday evening / when the library closed early / this weekend …?" ask about a visit (a
 *   clarifying question); "… when I sent the link?", "… after my previous message?", "… during the past few mins?", "… this whole
 *   time?", "… on your end?" ask whether the patron is still there (an idle check-in);
 * - a paper that "covered the price of the tickets", "our $1,200 printing bill", "the fees for the bus", "the hotel for the
 *   visiting author" paid (no source); one that "covered the price war …", "the bill of rights exhibit …", "the rent strike of
 *   1932" in a dated issue reported a story (a source, as the author's "The Herald covered the opening on 4 June 1953");
 * - "Turn in the driveway just past …", "turn in the visitors lot, then …", "Turn in the second entrance after the light" give
 *   directions (no referral); "Turn in the entrance form at the Parks office, <address>", "Turn in the driveway application to the
 *   county roads office at <phone>" tell the patron to hand something in at an office (a referral);
 * - "Hey and welcome to Ask Us Anytime!", "You have reached the Ask Us Anytime service", "this is Ask Us Anytime", "Pat on the Ask
 *   Us Anytime chat", "hi n welcome to Ask Us Anytime" introduce the provider (no invitation back); "you're welcome to ask us
 *   anytime", "Sorry we lost you! Welcome to ask us anytime.", "come back and ask us anytime!" invite back.
 *
 * COUNTS. Written: 63 cases (33 for, 30 against), labelled from RUBRIC.md before the first run (copied aside first, to
 * /tmp/m-third-blind-labels.ts). First run: 53 as labelled, 10 disagreeing, every one on a listed status (none on redaction or a
 * broken check). Label corrections: 0 (each disagreement re-read against RUBRIC.md's text; none was a misreading of it). Of the 53
 * as labelled, 25 read otherwise on v46 (block M's doing: M3 ×3, M4 ×4, M7 ×6, M8 ×4, M9 ×4, M10 ×4); the rest read the same on
 * both (every M7 "against" case among them: M7 reads none of them). Of the 10 disagreeing, 5 read the same on v46 ("older") and 5
 * are block M's doing ("M caused"), compared case by case with rubricV46. On the block as mended twice: 53 running, 10 LEFT:
 * - followup.completeness exp pass/got fail, "Does what you got from us so far help?" — older
 * - followup.completeness exp pass/got fail, "Does the article you're reading so far help?" (after the link) — M caused
 * - followup.completeness exp pass/got fail, "Does the guide you were sent so far help?" (after the link) — M caused
 * - followup.completeness exp pass/got fail, "Did what you read on that page help?" — older
 * - referral.contact exp pass/got na, "def worth a visit 2 the historical society, 40 Court St" — older
 * - referral.contact exp na/got fail, "A call to the county clerk might help me here; let me try them while you wait." — older
 * - session.idle_checkin exp pass/got fail, "Were you there on your end? Haven't heard back." — M caused
 * - info.source exp pass/got fail, "The Gazette covered the bill of rights exhibit at the courthouse in its 3 July 1991 issue." — M caused
 * - closing.courteous exp fail/got pass, "hi n welcome to Ask Us Anytime, pat here" (Lost Call) — older
 * - closing.courteous exp pass/got fail, "Sorry we lost you! Welcome to ask us anytime." (Lost Call) — M caused
 * The block's author then mended block M by these (labels unchanged): 4 of the 5 "M caused" (M3 only after the patron's own
 * doing, "you tried / you've done / you're doing / you did …", not "you're reading", "you were sent"; M8 not "on your end"; M9's
 * "of" only after "cost / price / expense", not "bill of rights") and 2 of the "older" (M4's "def worth a visit"; M10's "hi n
 * welcome to"). The fifth "M caused", "Sorry we lost you! Welcome to ask us anytime.", is left: the phrase families read
 * sentences lower-cased, so "Welcome to ask us anytime." opening a sentence cannot be told from "Welcome to Ask Us Anytime!",
 * which the first blind check labelled an introduction; that earlier label holds (decision 019), and this one stays LEFT.
 * Final on v47: 59 running, 4 LEFT (LEFT_WHY has each reason): that case, "Does what you got from us so far help?" (five words
 * before "so far", as on v46), "Did what you read on that page help?" (v1's "Did the <words> help?" reads no "what you …"), and
 * "A call to the county clerk might help me here; let me try them while you wait" (v46 read it as a referral too; M4's advice
 * words take it).
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase, some } from './helpers';
import { lostCall, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Good afternoon, Dana here, a librarian at Sample County Library.';
const { asked, said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'westside' });
/**
 * A patron who asks the same thing again and again, the provider's two answers (the second at 140 s), the `mid` lines, the
 * patron's `last` at `at` (none when empty), and the provider's `end` at `endAt`.
 */
const again = (last: string, at: number, end: string, endAt: number, mid: Line[] = []): Line[] => [
  [0, 'p', 'where is the scanner'],
  [20, 'l', `${HI} Which branch are you in?`],
  [50, 'p', 'where is the scanner'],
  [70, 'l', 'At Westside the scanner is in the media room on the lower level; the floor plan is at samplelib.org/westside-plan.'],
  [120, 'p', 'still dont see it'],
  [140, 'l', 'Lower level, media room, the white machine next to the copier.'],
  ...mid,
  ...(last === '' ? [] : [[at, 'p', last] as Line]),
  [endAt, 'l', end],
];
/** A Lost Call: the patron's question, the provider's `first`, the patron leaving, and the provider's `after`. */
const lost = lostCall('how late is the westside branch open');
/** An idle session: the patron's answer, a source with the completeness question, then `checkin` 138 s later and 80 s of silence. */
const idle = (checkin: string): Line[] => [
  [0, 'p', 'is the covenant of water on the shelf'],
  [20, 'l', `${HI} Regular print or large print?`],
  [40, 'p', 'regular'],
  [62, 'l', 'Yes: catalog.samplelib.org, search "The Covenant of Water", 1 copy at Westside. Does that answer it?'],
  [200, 'l', checkin],
];
/** v46 L7's provider line, which block M7 narrows (the block's own wording: it is what is being checked). */
const CLOSE = "I already told you twice. I'm closing this chat.";
const ROUTER = 'my wifi hotspot keeps dropping';
const GUIDE = 'The hotspot guide is at samplelib.org/hotspot-help.';
const PLAT = 'how do i find the original plat for my lot';
const PARK = 'where do i park for the poetry night';
const POETRY = 'Poetry night details: samplelib.org/events.';
const UMBRELLA = 'i think i left my scarf at the library';
const FOUND = 'Lost and found is kept at the Westside front desk: 410-555-0171.';
const BACK = 'Hi, Dana at Sample County Library, one moment while I look.';

export const m3: SessionCase[] = [
  c('M3 for: "Has what you did on your own so far helped?"', said(ROUTER, `${GUIDE} You said you moved it near the window. Has what you did on your own so far helped?`), some({ complete: 'fail' })),
  c('M3 for: "Did the settings u changed so far help?"', said(ROUTER, `${GUIDE} Did the settings u changed so far help?`), some({ complete: 'fail' })),
  c('M3 for: "does what ur husband tried so far help?" (the patron\'s side)', said(ROUTER, `${GUIDE} u said ur husband reset it. does what ur husband tried so far help?`), some({ complete: 'fail' })),
  c('M3 for: "Have the restarts you\'ve done thus far helped at all?"', said(ROUTER, `${GUIDE} Have the restarts you've done thus far helped at all?`), some({ complete: 'fail' })),
  c('M3 against: "Does what you got from us so far help?"', said(ROUTER, `${GUIDE} Does what you got from us so far help?`), some({ complete: 'pass' })),
  c('M3 against: "Has the info u got from me so far helped?"', said(ROUTER, `${GUIDE} has the info u got from me so far helped?`), some({ complete: 'pass' })),
  c('M3 against: "Does the article you\'re reading so far help?" (the page given)', said(ROUTER, "Here is the article on hotspot resets: samplelib.org/hotspot-reset. Does the article you're reading so far help?"), some({ complete: 'pass' })),
  c('M3 against: "Does the guide you were sent so far help?" (the guide given)', said(ROUTER, 'I just sent the guide link: samplelib.org/hotspot-help. Does the guide you were sent so far help?'), some({ complete: 'pass' })),
  c('M3 against (older): "Did what you read on that page help?" (no "so far")', said(ROUTER, `${GUIDE} Did what you read on that page help?`), some({ complete: 'pass' })),
];

export const m4: SessionCase[] = [
  c('M4 for: "Probably worth a call to the Register of Wills at …"', said(PLAT, 'Probably worth a call to the Register of Wills at 410-555-0181.'), some({ referral: 'pass' })),
  c('M4 for: "A quick call to the assessor\'s office at … will tell you the lot number"', said(PLAT, "A quick call to the assessor's office at 410-555-0182 will tell you the lot number."), some({ referral: 'pass' })),
  c('M4 for: "One visit to the county archives at … and they\'ll show you the plat"', said(PLAT, "One visit to the county archives at 350 Rowe Blvd and they'll show you the plat."), some({ referral: 'pass' })),
  c('M4 for: "Honestly, a phone call to the zoning office should answer that"', said(PLAT, 'Honestly, a phone call to the zoning office should answer that: 410-555-0183.'), some({ referral: 'pass' })),
  c('M4 for: "A visit to the surveyor\'s office is your best bet" with no way to reach it', said(PLAT, "A visit to the surveyor's office is your best bet."), some({ referral: 'fail' })),
  c('M4 for: "def worth a visit 2 the historical society, 40 Court St" (chat-speak)', said(PLAT, 'def worth a visit 2 the historical society, 40 Court St'), some({ referral: 'pass' })),
  c('M4 for: "A short visit to the land office (55 N Court St) could save you weeks"', said(PLAT, 'A short visit to the land office (55 N Court St) could save you weeks.'), some({ referral: 'pass' })),
  c('M4 against: "A visit to the county archives last spring turned up nothing" (one that was)', said(PLAT, 'A visit to the county archives last spring turned up nothing for another patron; the index at mdlandrec.net is better.'), some({ referral: 'na' })),
  c('M4 against: "A call to the clerk\'s office won\'t help"', said(PLAT, "A call to the clerk's office won't help, they don't keep plats; use mdlandrec.net."), some({ referral: 'na' })),
  c('M4 against: "A call to the county clerk would be pointless now"', said(PLAT, 'A call to the county clerk would be pointless now, since the plats moved online to mdlandrec.net.'), some({ referral: 'na' })),
  c('M4 against: "A call to the county clerk might help me here; let me try them" (the provider\'s own)', said(PLAT, 'A call to the county clerk might help me here; let me try them while you wait.'), some({ referral: 'na' })),
  c('M4 against: "Worth a visit to our online plat archive at …" (a website)', said(PLAT, 'Worth a visit to our online plat archive at archive.samplelib.org.'), some({ referral: 'na' })),
];

export const m7: SessionCase[] = [
  c('M7 for: after "ok im outta here, bye"', again('ok im outta here, bye', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: after "thanks anyway, gotta go"', again('thanks anyway, gotta go', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: after "nevermind i found it myself"', again('nevermind i found it myself', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: after "u can close the chat now"', again('u can close the chat now', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: after "gotta bounce, ty anyway"', again('gotta bounce, ty anyway', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: 200 s of silence after the answer, a "Does that help?" in between', again('', 0, CLOSE, 340, [[200, 'l', 'Does that help?']]), some({ dismissal: 'pass' })),
  c('M7 against: "dont end the chat yet pls, which floor?"', again('dont end the chat yet pls, which floor?', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: "bye? no way, i still cant find it"', again('bye? no way, i still cant find it', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: "ok thanks anyway but which floor is it on"', again('ok thanks anyway but which floor is it on', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: "ok bye" then "wait, where is the scanner tho"', again('wait, where is the scanner tho', 170, CLOSE, 185, [[160, 'p', 'ok bye']]), some({ dismissal: 'fail' })),
  c('M7 against: "when u close the chat will i lose the map link?"', again('when u close the chat will i lose the map link?', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: "i have to go find it myself, where is the lab again?"', again('i have to go find it myself, where is the lab again?', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: 160 s of silence, then the provider\'s hold, then the close 80 s later', again('', 0, CLOSE, 380, [[300, 'l', 'Let me double-check with the staff downstairs, one moment.']]), some({ dismissal: 'fail' })),
];

export const m8: SessionCase[] = [
  c('M8 for: "Were you there this afternoon, or yesterday?"', asked(UMBRELLA, 'Were you there this afternoon, or yesterday?', 'yesterday', FOUND), some({ clarify: 'pass' })),
  c('M8 for: "were u there thursday evening?" (a bare day)', asked(UMBRELLA, 'were u there thursday evening?', 'ya', FOUND), some({ clarify: 'pass' })),
  c('M8 for: "Were you there when the library closed early?"', asked(UMBRELLA, 'Were you there when the library closed early?', 'yes', FOUND), some({ clarify: 'pass' })),
  c('M8 for: "Were you there this weekend or last?"', asked(UMBRELLA, 'Were you there this weekend or last?', 'this weekend', FOUND), some({ clarify: 'pass' })),
  c('M8 against: "Were you there when I sent the link?" checks in', idle('Were you there when I sent the link? No reply yet.'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Were you there after my previous message?" checks in', idle("Were you there after my previous message? Haven't heard back."), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "were u there during the past few mins?" checks in', idle('were u there during the past few mins? still here if u need me'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Were you there this whole time?" checks in', idle("Were you there this whole time? I haven't heard from you."), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Were you there on your end?" checks in', idle("Were you there on your end? Haven't heard back."), some({ idle: 'pass' }), { endAfter: 80 }),
];

export const m9: SessionCase[] = [
  c('M9 for: "The Herald covered the price of the tickets" gives no source', said('who paid for the seniors theater trip', 'The Herald covered the price of the tickets for the seniors.'), some({ source: 'fail' })),
  c('M9 for: "the Gazette covered our $1,200 printing bill" gives no source', said('who paid for the sale posters', 'the Gazette covered our $1,200 printing bill for the sale'), some({ source: 'fail' })),
  c('M9 for: "The Courier covered the fees for the bus and the museum" gives no source', said('who paid for the class field trip', 'The Courier covered the fees for the bus and the museum.'), some({ source: 'fail' })),
  c('M9 for: "The Tribune covered the hotel for the visiting author" gives no source', said('who paid for the author visit', 'The Tribune covered the hotel for the visiting author.'), some({ source: 'fail' })),
  c('M9 against: "The Herald covered the price war … in its 12 May 1981 issue" (a story)', said('was there a grocery price war here in the 80s', 'The Herald covered the price war between the two grocery chains in its 12 May 1981 issue.'), some({ source: 'pass' })),
  c('M9 against: "The Gazette covered the bill of rights exhibit … in its 3 July 1991 issue" (a story)', said('when was the bill of rights exhibit at the courthouse', 'The Gazette covered the bill of rights exhibit at the courthouse in its 3 July 1991 issue.'), some({ source: 'pass' })),
  c('M9 against: "The Courier covered the rent strike of 1932 in its 5 March 1932 issue" (a story)', said('was there a rent strike here in the depression', 'The Courier covered the rent strike of 1932 in its 5 March 1932 issue.'), some({ source: 'pass' })),
  c('M9 for: "Turn in the driveway just past the fire station" gives directions', said(PARK, `Turn in the driveway just past the fire station; the lot is behind the branch. ${POETRY}`), some({ referral: 'na' })),
  c('M9 for: "turn in the visitors lot, then walk up the ramp" gives directions', said(PARK, `turn in the visitors lot, then walk up the ramp to the side door. ${POETRY}`), some({ referral: 'na' })),
  c('M9 for: "Turn in the second entrance after the light" gives directions', said(PARK, `Turn in the second entrance after the light and park by the doors. ${POETRY}`), some({ referral: 'na' })),
  c('M9 against: "Turn in the entrance form at the Parks office, 22 Main St" refers', said('how do i sign my kid up for the pool pass', 'Turn in the entrance form at the Parks office, 22 Main St, Westminster.'), some({ referral: 'pass' })),
  c('M9 against: "Turn in the driveway application to the county roads office at …" refers', said('how do i get a new driveway cut approved', 'Turn in the driveway application to the county roads office at 410-555-0190.'), some({ referral: 'pass' })),
];

export const m10: SessionCase[] = [
  c('M10 for: "Hey and welcome to Ask Us Anytime!" introduces (Lost Call)', lost('Hey and welcome to Ask Us Anytime! Pat here, checking.'), some({ courteous: 'fail' })),
  c('M10 for: "You have reached the Ask Us Anytime service" introduces (Lost Call)', lost('You have reached the Ask Us Anytime service, Pat speaking.'), some({ courteous: 'fail' })),
  c('M10 for: "Good evening, this is Ask Us Anytime, Pat here" introduces (Lost Call)', lost('Good evening, this is Ask Us Anytime, Pat here, let me see.'), some({ courteous: 'fail' })),
  c('M10 for: "Pat on the Ask Us Anytime chat" introduces (Lost Call)', lost('Pat on the Ask Us Anytime chat, one sec.'), some({ courteous: 'fail' })),
  c('M10 for: "hi n welcome to Ask Us Anytime" (chat-speak) introduces (Lost Call)', lost('hi n welcome to Ask Us Anytime, pat here'), some({ courteous: 'fail' })),
  c('M10 against: "you\'re welcome to ask us anytime" invites back (Lost Call)', lost(BACK, "If you need more help, you're welcome to ask us anytime."), some({ courteous: 'pass' })),
  c('M10 against: "Sorry we lost you! Welcome to ask us anytime." invites back (Lost Call)', lost(BACK, 'Sorry we lost you! Welcome to ask us anytime.'), some({ courteous: 'pass' })),
  c('M10 against: "We\'re on the chat all night, so come back and ask us anytime!" invites back (Lost Call)', lost(BACK, "We're on the chat all night, so come back and ask us anytime!"), some({ courteous: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // M3
  'M3 against: "Does what you got from us so far help?"':
    'followup.completeness: expected pass, got fail ("Does what you got from us so far help?" after the guide\'s link). Asks whether what the library gave meets the need (M3\'s second mend keeps "from us" out of the exclusion, yet nothing reads the question: "what you got from us so far" is longer than v1\'s "Does <1-3 words> help?"); older: v46 fails it too.',
  'M3 against (older): "Did what you read on that page help?" (no "so far")':
    'followup.completeness: expected pass, got fail ("Did what you read on that page help?" after the guide\'s link). Asks whether the page given met the need (RUBRIC: "Did that help?"); older: v46 fails it too (v1\'s "Did the <words> help?" needs "the", and no "so far" is involved).',
  // M4
  'M4 against: "A call to the county clerk might help me here; let me try them" (the provider\'s own)':
    'referral.contact: expected na, got fail ("A call to the county clerk might help me here; let me try them while you wait."). The provider will call on the patron\'s behalf (RUBRIC Terms: not a referral); older: v46 reads it as a referral too (and M4\'s advice "might help" would read it as well: "help me" is not set aside).',
  // M8
  'M10 against: "Sorry we lost you! Welcome to ask us anytime." invites back (Lost Call)':
    'closing.courteous: expected pass, got fail ("Sorry we lost you! Welcome to ask us anytime." after the patron left). An invitation back; M caused: M10\'s SERVICE_NAME_M10 takes "welcome to ask" opening a sentence for the service\'s name (the text is lower-cased, so "ask us anytime" and "Ask Us Anytime" are the same words; v46 passes it).',
};

describe('forty-seventh round, checked blind a third time: block M as mended twice, tried both ways', () => {
  for (const [t, cs] of [['M3', m3], ['M4', m4], ['M7', m7], ['M8', m8], ['M9', m9], ['M10', m10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
