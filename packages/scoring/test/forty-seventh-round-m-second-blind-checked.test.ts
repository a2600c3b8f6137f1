/**
 * Forty-seventh round, checked blind a second time: block M's readings (rubric v47), as mended after the first blind check
 * (`forty-seventh-round-m-blind-checked`), tried both ways in cases written by a third hand, labelled from RUBRIC.md's text before
 * any of them ran. The cases lean on the mended parts: M3 (the patron's own attempts, also in v1's "Did the <words> help?"), M4
 * (a call or visit said as a noun: advice required with no verb before it, not a website, "2"), M7 (the leaving words not negated
 * or followed by a question; the silence counted from the provider's answer), M8 ("for / before / after" and other times of a
 * visit), M9 ("covered the <cost>" ending the phrase; "turn in" a driveway) and M10 ("at / reached / Welcome to"). "For" cases say
 * the meant behaviour in new words; "against" cases are near misses the block must not read and older readings it must not break.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a question whether what the patron did themselves helped ("anything you tried up to now", "so far, … you tried", "the things u
 *   tried so far worked") is no completeness question; one whether what the provider gave helps still is, whoever reads it ("what
 *   u've read of it so far", "the info you got from me so far");
 * - a call, visit or trip said as a noun that the provider advises ("Your best bet is a call to …", "Worth a visit to …", "I'd
 *   suggest a quick call to …", "One quick call to … and they'll pull it") is a referral; a visit to a website is a source, and a
 *   call the provider mentions only to set it aside ("would have been my first idea, but that office closed", "can take weeks …
 *   so use the index instead") tells the patron to contact no one;
 * - v46 L7's close ("I already told you twice. I'm closing this chat.", or "I have explained this several times already. I am
 *   ending this chat now.") is no dismissal after the patron left in any words ("ok thx bye", "gotta run", "pls end this chat") or
 *   after 180 s of silence from the provider's answer; it still dismisses a patron who says "dont say bye yet, i still need …",
 *   "ok forget it, ill keep looking. still need …", "if u close the chat ill report u", one silent only 150 s, and one silent after
 *   the provider's own hold ("hang on, let me ask …": the patron is then waiting on the provider, RUBRIC Terms);
 * - "Were you there this morning…", "… tuesday or wednesday", "… when the fire alarm went off", "… for the craft program", "…
 *   before 5 or after", "… at the Eastside branch" ask about a visit (a clarifying question); "Were you there after my last
 *   message?", "was u there for my last msg?", "Were you there during the last few minutes?" ask whether the patron is still there;
 * - a paper that "covered the bus rental", "the $500 venue fee", "our postage" paid (no source); one that "covered the flood damage
 *   in its 23 June 1972 issue", "the printing of the first county map in its 1 June 1890 issue", "the parking fight at City Hall on
 *   2 Oct 1985" reported a story (a source);
 * - "Turn in the parking garage entrance at the courthouse" and "turn in the staff lot" give directions (no referral); "Turn in the
 *   driveway permit form at the county permits office, <address>" tells the patron to hand in a form at an office (a referral);
 * - "you've reached the Ask Us Anytime chat", "Hi and welcome to Ask Us Anytime", "Lee on the Ask Us Anytime desk", "this is Ask Us
 *   Anytime, Lee speaking" introduce the provider (no invitation back); "You can always reach us at Ask Us Anytime", "ur welcome to
 *   ask us anytime!", "Chat with a librarian at Ask Us Anytime whenever you like" invite back.
 *
 * COUNTS. Written: 59 cases (33 for, 26 against), labelled from RUBRIC.md before the first run (copied aside first, to
 * /tmp/m-second-blind-labels.ts). First run: 27 as labelled, 32 disagreeing, every one on a listed status (none on redaction or
 * a broken check). Label corrections: 0 (each disagreement re-read against RUBRIC.md's text; none was a misreading of it). Of
 * the 27 as labelled, 12 read otherwise on v46 (block M's doing: M3 ×2, M4 ×3, M7 ×3, M8 ×3, M9 ×1); the rest read the same on
 * both. Of the 32 disagreeing, 19 read the same on v46 ("older") and 13 are block M's doing ("M caused"), compared case by case
 * with rubricV46. On the block as first mended: 27 running, 32 LEFT:
 * - closing.anything_else exp fail/got pass, "anything else u need 2 know abt fees is on samplelib.org/fees." — older
 * - followup.completeness exp fail/got pass, "So far, has anything you tried helped?" — older
 * - followup.completeness exp fail/got pass, "have the things u tried so far worked?" — older
 * - followup.completeness exp pass/got fail, "Has what u've read of it so far helped?" — older
 * - followup.completeness exp pass/got fail, "Does the info you got from me so far help?" — M caused
 * - referral.contact exp pass/got na, "Worth a visit to the Historical Society at 40 Court St" — older
 * - referral.contact exp pass/got na, "It might be worth a trip to the land records office at 55 N Court St." — older
 * - referral.contact exp pass/got na, "One quick call to the surveyor's office and they'll pull it for you: 410-555-0154." — older
 * - referral.contact exp na/got pass, "A call to the county clerk would have been my first idea, but that office closed …" — M caused
 * - referral.contact exp na/got pass, "A call to the county clerk can take weeks to get answered, so use the index … instead." — M caused
 * - closing.no_dismissal exp pass/got fail, patron "gotta run, thanks anyway" then the L7 close — older
 * - closing.no_dismissal exp fail/got pass, patron "dont say bye yet, i still need the printer" then the L7 close — M caused
 * - closing.no_dismissal exp fail/got pass, patron "ok forget it, ill keep looking. still need the printer tho" then the close — M caused
 * - closing.no_dismissal exp fail/got pass, patron "if u close the chat ill report u" then the L7 close — M caused
 * - closing.no_dismissal exp fail/got pass, answer, then the provider's hold "Hang on, let me ask …", 250 s, the close — M caused
 * - inquiry.clarify exp pass/got fail, "Were you there this morning or last night?" — older
 * - inquiry.clarify exp pass/got fail, "was u there tuesday or wednesday?" — older
 * - inquiry.clarify exp pass/got fail, "Were you there when the fire alarm went off?" — older
 * - session.idle_checkin exp pass/got fail, "Were you there after my last message? Haven't heard from you." — M caused
 * - session.idle_checkin exp pass/got fail, "was u there for my last msg? pls reply" — M caused
 * - session.idle_checkin exp pass/got fail, "Were you there during the last few minutes? I haven't heard back." — M caused
 * - info.source exp fail/got pass, "The Gazette covered the bus rental for the trip" — older
 * - info.source exp fail/got pass, "The Herald covered the $500 venue fee." — older
 * - info.source exp pass/got fail, "The Courier covered the flood damage in its 23 June 1972 issue, page 1." — M caused
 * - info.source exp pass/got fail, "The Gazette covered the printing of the first county map in its 1 June 1890 issue." — M caused
 * - referral.contact exp pass/got na, "Turn in the driveway permit form at the county permits office, 55 N Court St" — M caused
 * - referral.contact exp pass/got na, "Turn in the completed form to the Town Hall clerk, 410-555-0160." — older
 * - closing.courteous exp fail/got pass, "Hello, you've reached the Ask Us Anytime chat! I'm Lee, one moment." — older
 * - closing.courteous exp fail/got pass, "Hi and welcome to Ask Us Anytime, Lee here, checking now." — older
 * - closing.courteous exp fail/got pass, "Hi, Lee on the Ask Us Anytime desk, let me look." — older
 * - closing.courteous exp fail/got pass, "Hi, this is Ask Us Anytime, Lee speaking, let me check." — older
 * - closing.courteous exp pass/got fail, "Sorry we lost you! Chat with a librarian at Ask Us Anytime whenever you like." — older
 * The block's author then mended block M by these (labels unchanged): all 13 "M caused" (M3 not "from me / us" among the
 * patron's words; M4 with no verb before the noun only with an advice after it, "would settle / should clear / is worth / and
 * they'll …", not any modal; M7's leaving words not negated or conditional, a need that stays after them, and no silence after
 * a hold of the provider's; M8 not "my / the last message / few minutes"; M9's "of / in" only after a cost, and a driveway only
 * at the end of its phrase) and 12 of the 19 "older" (M4 "worth a visit", "and they'll"; M7 "gotta run, thanks anyway"; M8 "this
 * morning / tuesday / when the alarm went off"; M9 "bus rental", "$500 venue fee"; M10 "reached the / hi and welcome to / on the
 * / this is").
 * Final on v47: 52 running, 7 LEFT (LEFT_WHY has each reason), all older: "anything else u need 2 know abt fees is on …" (a
 * statement), "So far, has anything you tried helped?", "have the things u tried so far worked?", "Has what u've read of it so
 * far helped?", "It might be worth a trip to …" ("trip" is no referring verb), "Turn in the completed form to the Town Hall
 * clerk" (K11's office words hold no clerk), "Chat with a librarian at Ask Us Anytime whenever you like" (an invitation in
 * words v1 does not read).
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase, some } from './helpers';
import { lostCall, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hey there, Morgan here, reference librarian at Sample County Library.';
const { asked, said } = nearMissLines(HI, { branchReply: 'northside' });
/**
 * A patron who asks the same thing again and again, the provider's two answers (the second at 140 s), the provider's `mid`
 * lines, the patron's `last` at `at` (none when empty), and the provider's `end` at `endAt`.
 */
const again = (last: string, at: number, end: string, endAt: number, mid: Line[] = []): Line[] => [
  [0, 'p', 'where is the printer'],
  [20, 'l', `${HI} Which branch are you in?`],
  [50, 'p', 'where is the printer'],
  [70, 'l', 'At Northside the printer is in the computer lab on the second floor; the floor map is at samplelib.org/northside-map.'],
  [120, 'p', 'i still cant find it'],
  [140, 'l', 'Second floor, computer lab, the big grey machine by the window.'],
  ...mid,
  ...(last === '' ? [] : [[at, 'p', last] as Line]),
  [endAt, 'l', end],
];
/** A Lost Call: the patron's question, the provider's `first`, the patron leaving, and the provider's `after`. */
const lost = lostCall('can i renew a dvd online');
/** An idle session: the patron's answer, a source with the completeness question, then `checkin` 138 s later and 80 s of silence. */
const idle = (checkin: string): Line[] => [
  [0, 'p', 'do you have the book demon copperhead'],
  [20, 'l', `${HI} Print or large print?`],
  [40, 'p', 'print'],
  [62, 'l', 'Yes: catalog.samplelib.org, search "Demon Copperhead", 2 copies at Northside. Does that help?'],
  [200, 'l', checkin],
];
/** v46 L7's provider line, which block M7 narrows (the block's own wording: it is what is being checked), and other words of it. */
const CLOSE = "I already told you twice. I'm closing this chat.";
const CLOSE2 = 'I have explained this several times already. I am ending this chat now.';
const HOTSPOT = 'my hotspot from the library wont connect';
const STEPS = 'The hotspot steps are at samplelib.org/hotspot-help.';
const LOT = 'i need the old survey plat for my property';
const PARK = 'where do i park for the author talk';
const TALK = 'Author talk details: samplelib.org/events.';
const LOSTITEM = 'i think i left my glasses at the library';
const DESK = 'Lost and found is kept at the Northside front desk: 410-555-0170.';

export const m1: SessionCase[] = [
  c('M1 for: "u need 2 know anythin else b4 i go?" (typo)', said('how do i get a card', 'Bring an ID to any branch, or sign up at samplelib.org/card. u need 2 know anythin else b4 i go?'), some({ anything: 'pass' })),
  c('M1 against: "anything else u need 2 know abt fees is on the site" tells, asks nothing', said('how do i get a card', 'Bring an ID to any branch, or sign up at samplelib.org/card. anything else u need 2 know abt fees is on samplelib.org/fees.'), some({ anything: 'fail' })),
];

export const m3: SessionCase[] = [
  c('M3 for: "Has anything you tried up to now helped?" (other words for "so far")', said(HOTSPOT, `${STEPS} You said you restarted it twice. Has anything you tried up to now helped?`), some({ complete: 'fail' })),
  c('M3 for: "So far, has anything you tried helped?" ("so far" first)', said(HOTSPOT, `${STEPS} So far, has anything you tried helped?`), some({ complete: 'fail' })),
  c('M3 for: "Have the things u tried so far worked?" ("worked")', said(HOTSPOT, `${STEPS} have the things u tried so far worked?`), some({ complete: 'fail' })),
  c('M3 for: "Did the reset you did so far help?" (v1\'s "Did the <words> help?")', said(HOTSPOT, `${STEPS} Did the reset you did so far help?`), some({ complete: 'fail' })),
  c('M3 for: "Did what you tried thus far help?"', said(HOTSPOT, `${STEPS} Did what you tried thus far help?`), some({ complete: 'fail' })),
  c('M3 against: "Has what u\'ve read of it so far helped?" (the page given)', said(HOTSPOT, `${STEPS} Has what u've read of it so far helped?`), some({ complete: 'pass' })),
  c('M3 against: "Does the info you got from me so far help?"', said(HOTSPOT, `${STEPS} Does the info you got from me so far help?`), some({ complete: 'pass' })),
  c('M3 against: "Did the page help you so far?"', said(HOTSPOT, `${STEPS} Did the page help you so far?`), some({ complete: 'pass' })),
  c('M3 against: "Did the steps I gave you help so far?"', said(HOTSPOT, `${STEPS} Did the steps I gave you help so far?`), some({ complete: 'pass' })),
];

export const m4: SessionCase[] = [
  c('M4 for: "Your best bet is a call to the Register of Wills at …"', said(LOT, 'Your best bet is a call to the Register of Wills at 410-555-0150.'), some({ referral: 'pass' })),
  c('M4 for: "A phone call 2 the assessor\'s office at … should sort it out"', said(LOT, "A phone call 2 the assessor's office at 410-555-0151 should sort it out."), some({ referral: 'pass' })),
  c('M4 for: "Worth a visit to the Historical Society at 40 Court St"', said(LOT, 'Worth a visit to the Historical Society at 40 Court St, they have the old plats.'), some({ referral: 'pass' })),
  c('M4 for: "I\'d suggest a quick call to the zoning office: …"', said(LOT, "I'd suggest a quick call to the zoning office: 410-555-0152."), some({ referral: 'pass' })),
  c('M4 for: "It might be worth a trip to the land records office at 55 N Court St" ("trip")', said(LOT, 'It might be worth a trip to the land records office at 55 N Court St.'), some({ referral: 'pass' })),
  c('M4 for: "One quick call to the surveyor\'s office and they\'ll pull it for you"', said(LOT, "One quick call to the surveyor's office and they'll pull it for you: 410-555-0154."), some({ referral: 'pass' })),
  c('M4 for: "A visit to the county archives would probably settle it" with no way to reach them', said(LOT, 'A visit to the county archives would probably settle it.'), some({ referral: 'fail' })),
  c('M4 for: "Book a visit 2 the records room at the courthouse, 55 N Court St"', said(LOT, 'Book a visit 2 the records room at the courthouse, 55 N Court St.'), some({ referral: 'pass' })),
  c('M4 against: "A quick visit to mdlandrec.net should settle it" (a website)', said(LOT, 'A quick visit to mdlandrec.net should settle it.'), some({ referral: 'na' })),
  c('M4 against: "A visit to the survey page at mdlandrec.net would settle it" (a web page)', said(LOT, 'A visit to the survey page at mdlandrec.net would settle it.'), some({ referral: 'na' })),
  c('M4 against: a call that "would have been my first idea, but that office closed"', said(LOT, 'A call to the county clerk would have been my first idea, but that office closed in 2019; the surveys are now at mdlandrec.net.'), some({ referral: 'na' })),
  c('M4 against: a call that "can take weeks … so use the index instead"', said(LOT, 'A call to the county clerk can take weeks to get answered, so use the index at mdlandrec.net instead.'), some({ referral: 'na' })),
];

export const m7: SessionCase[] = [
  c('M7 for: after "ok thx bye"', again('ok thx bye', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: after "gotta run, thanks anyway"', again('gotta run, thanks anyway', 170, CLOSE2, 185), some({ dismissal: 'pass' })),
  c('M7 for: after "pls end this chat"', again('ugh. pls end this chat', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: 190 s of silence after the provider\'s answer', again('', 0, CLOSE2, 330), some({ dismissal: 'pass' })),
  c('M7 against: "dont say bye yet, i still need the printer"', again('dont say bye yet, i still need the printer', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: "ok forget it, ill keep looking. still need the printer tho"', again('ok forget it, ill keep looking. still need the printer tho', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: "if u close the chat ill report u"', again('if u close the chat ill report u', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: only 150 s of silence after the answer', again('', 0, CLOSE, 290), some({ dismissal: 'fail' })),
  c('M7 against: silent after the provider\'s own hold (waiting on the provider)', again('', 0, CLOSE, 400, [[150, 'l', 'Hang on, let me ask the staff upstairs exactly where it is.']]), some({ dismissal: 'fail' })),
];

export const m8: SessionCase[] = [
  c('M8 for: "Were you there this morning or last night?"', asked(LOSTITEM, 'Were you there this morning or last night?', 'this morning', DESK), some({ clarify: 'pass' })),
  c('M8 for: "was u there tuesday or wednesday?" (a bare day)', asked(LOSTITEM, 'was u there tuesday or wednesday?', 'tuesday', DESK), some({ clarify: 'pass' })),
  c('M8 for: "Were you there when the fire alarm went off?"', asked(LOSTITEM, 'Were you there when the fire alarm went off?', 'yes we all had to leave', DESK), some({ clarify: 'pass' })),
  c('M8 for: "Were you there for the craft program?"', asked(LOSTITEM, 'Were you there for the craft program?', 'yes', DESK), some({ clarify: 'pass' })),
  c('M8 for: "were u there before 5 or after?"', asked(LOSTITEM, 'were u there before 5 or after?', 'after', DESK), some({ clarify: 'pass' })),
  c('M8 for: "Were you there at the Eastside branch or Northside?"', asked(LOSTITEM, 'Were you there at the Eastside branch or Northside?', 'northside', DESK), some({ clarify: 'pass' })),
  c('M8 against: "Were you there after my last message?" checks in', idle("Were you there after my last message? Haven't heard from you."), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "was u there for my last msg?" checks in', idle('was u there for my last msg? pls reply'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Were you there during the last few minutes?" checks in', idle("Were you there during the last few minutes? I haven't heard back."), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Were you there at all after that?" checks in', idle('Were you there at all after that?'), some({ idle: 'pass' }), { endAfter: 80 }),
];

export const m9: SessionCase[] = [
  c('M9 for: "The Gazette covered the bus rental for the trip" gives no source', said('who paid for the teen trip bus', 'The Gazette covered the bus rental for the trip, so it was free for the teens.'), some({ source: 'fail' })),
  c('M9 for: "The Herald covered the $500 venue fee" gives no source', said('who paid for the gala room', 'The Herald covered the $500 venue fee.'), some({ source: 'fail' })),
  c('M9 for: "the courier covered our postage" gives no source', said('who paid to mail the flyers', 'the courier covered our postage, so the friends owe nothing'), some({ source: 'fail' })),
  c('M9 against: "The Courier covered the flood damage in its 23 June 1972 issue" (a story)', said('was the 1972 flood in the paper', 'The Courier covered the flood damage in its 23 June 1972 issue, page 1.'), some({ source: 'pass' })),
  c('M9 against: "The Gazette covered the printing of the first county map in its 1 June 1890 issue"', said('when was the first county map printed', 'The Gazette covered the printing of the first county map in its 1 June 1890 issue.'), some({ source: 'pass' })),
  c('M9 against: "The Herald covered the parking fight at City Hall on 2 Oct 1985, page 1"', said('was there a fight over downtown parking in the 80s', 'Yes, the Herald covered the parking fight at City Hall on 2 Oct 1985, page 1.'), some({ source: 'pass' })),
  c('M9 for: "Turn in the parking garage entrance at the courthouse" gives directions', said(PARK, `Turn in the parking garage entrance at the courthouse; the library is across the street. ${TALK}`), some({ referral: 'na' })),
  c('M9 for: "turn in the staff lot behind the branch" gives directions', said(PARK, `turn in the staff lot behind the branch, it's open to the public after 5. ${TALK}`), some({ referral: 'na' })),
  c('M9 against: "Turn in the driveway permit form at the county permits office, 55 N Court St" refers', said('how do i get a permit to widen my driveway', 'Turn in the driveway permit form at the county permits office, 55 N Court St, Westminster.'), some({ referral: 'pass' })),
  c('M9 against: "Turn in the completed form to the Town Hall clerk, 410-555-0160" refers', said('how do i get a permit to widen my driveway', 'Turn in the completed form to the Town Hall clerk, 410-555-0160.'), some({ referral: 'pass' })),
];

export const m10: SessionCase[] = [
  c('M10 for: "you\'ve reached the Ask Us Anytime chat" introduces (Lost Call)', lost("Hello, you've reached the Ask Us Anytime chat! I'm Lee, one moment."), some({ courteous: 'fail' })),
  c('M10 for: "Hi and welcome to Ask Us Anytime" introduces (Lost Call)', lost('Hi and welcome to Ask Us Anytime, Lee here, checking now.'), some({ courteous: 'fail' })),
  c('M10 for: "Lee on the Ask Us Anytime desk" introduces (Lost Call)', lost('Hi, Lee on the Ask Us Anytime desk, let me look.'), some({ courteous: 'fail' })),
  c('M10 for: "this is Ask Us Anytime, Lee speaking" introduces (Lost Call)', lost('Hi, this is Ask Us Anytime, Lee speaking, let me check.'), some({ courteous: 'fail' })),
  c('M10 against: "You can always reach us at Ask Us Anytime" invites back (Lost Call)', lost('Hi, Morgan at Sample County Library, let me check.', 'Need help again? You can always reach us at Ask Us Anytime.'), some({ courteous: 'pass' })),
  c('M10 against: "ur welcome to ask us anytime!" invites back (Lost Call)', lost('Hi, Morgan at Sample County Library, let me check.', 'looks like we got cut off. ur welcome to ask us anytime!'), some({ courteous: 'pass' })),
  c('M10 against: "Chat with a librarian at Ask Us Anytime whenever you like" invites back (Lost Call)', lost('Hi, Morgan at Sample County Library, let me check.', 'Sorry we lost you! Chat with a librarian at Ask Us Anytime whenever you like.'), some({ courteous: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // M1
  'M1 against: "anything else u need 2 know abt fees is on the site" tells, asks nothing':
    'closing.anything_else: expected fail, got pass ("anything else u need 2 know abt fees is on samplelib.org/fees."). A statement that asks nothing (RUBRIC: the provider asks whether the patron needs anything else); older: v46 passes it too (M1 only added "2").',
  // M3
  'M3 for: "So far, has anything you tried helped?" ("so far" first)':
    'followup.completeness: expected fail, got pass ("So far, has anything you tried helped?"). Asks about the patron\'s own attempts; M3 looks for "so far" only after "you … ", not opening the question; older: v46 passes it too.',
  'M3 for: "Have the things u tried so far worked?" ("worked")':
    'followup.completeness: expected fail, got pass ("have the things u tried so far worked?"). The patron\'s own attempts; M3\'s exclusion stops at "help / helps / helped / make sense", not "worked"; older: v46 passes it too.',
  'M3 against: "Has what u\'ve read of it so far helped?" (the page given)':
    'followup.completeness: expected pass, got fail ("Has what u\'ve read of it so far helped?" after the steps page). Asks whether the page given meets the need; older: v46 fails it too (and M3\'s "uve <1-3 words> so far" would now exclude it as well).',
  'M4 for: "It might be worth a trip to the land records office at 55 N Court St" ("trip")':
    'referral.contact: expected pass, got na ("It might be worth a trip to the land records office at 55 N Court St."). A visit said as "a trip"; not among M4\'s nouns (call / visit / phone call / ring) nor leads; older: v46 na too.',
  'M9 against: "Turn in the completed form to the Town Hall clerk, 410-555-0160" refers':
    'referral.contact: expected pass, got na ("Turn in the completed form to the Town Hall clerk, 410-555-0160."). Hand in the form to a clerk, with a phone (as the author\'s "Turn in your ballot application to the board of elections office at …"); older: v46 na too.',
  // M10
  'M10 against: "Chat with a librarian at Ask Us Anytime whenever you like" invites back (Lost Call)':
    'closing.courteous: expected pass, got fail ("Sorry we lost you! Chat with a librarian at Ask Us Anytime whenever you like."). An invitation back; "librarian at Ask" is read as a provider\'s introduction (L10\'s lookbehind, kept by M10); older: v46 fails it too.',
};

describe('forty-seventh round, checked blind a second time: block M as mended, tried both ways', () => {
  for (const [t, cs] of [['M1', m1], ['M3', m3], ['M4', m4], ['M7', m7], ['M8', m8], ['M9', m9], ['M10', m10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
