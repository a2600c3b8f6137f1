/**
 * Forty-seventh round, checked blind: block M's readings (rubric v47) tried both ways in cases written by a second hand, who
 * saw neither the author's labels nor the scorer's answers before labelling. Each case is about one check; "for" cases say the
 * meant behaviour in other words (chat-speak, typos, other verbs, other parties, other orders), "against" cases are near misses
 * the block must not read, and older readings it must not break. Labels come from RUBRIC.md's text alone.
 *
 * READINGS TAKEN where RUBRIC.md leaves room (the block's, as its brief states them, and this file's own):
 * - "anything else" after "u need 2 know / u want 2 know", in any order, asks whether the patron needs anything else; "do u know
 *   anything else abt …, like …" asks for details, and "anything else on the form is optional" asks nothing;
 * - "so far" after the patron's own doing ("what u tried", "the fixes you've tried", "what you have done", "the stuff ur doing")
 *   asks about the patron's attempts, not whether what was given meets the need; "what I sent you so far", "the info we found
 *   so far", "the list I gave u so far" still ask it;
 * - a call, ring or visit said as a noun and suggested to the patron ("a quick phone call to … should clear it up", "pay / schedule
 *   a visit to …", "give a ring to …", "try a call 2 …") is a referral; not a visit to a website ("make a visit to our digital
 *   archive at archive.samplelib.org" is a source), nor one that was or the provider's own ("your visit … last week", "I paid a
 *   visit …", "A call to the county clerk is how I found it");
 * - an earlier time is the follow-up's time when the library's people write or call at it, by any name ("someone from Local
 *   History", "a librarian at our Main branch", "Dana, our genealogist", "our reference desk", "the Local History room"); not
 *   another body's ("the State Archives", "the board office"), a hold's minutes, or a notice "once the microfilm arrives";
 * - the L7 close ("I already told you twice. I'm closing this chat." or its other words) is no dismissal when the patron had
 *   left or asked to end ("nvm im leaving", "k bye", "can u end the chat", "forget about it") or had been silent ≥ 180 s after the
 *   provider's last answer; it still dismisses a patron who says "dont close the chat", "never mind the map, where …", "i won't
 *   leave the chat till …", or whose question was left unanswered 250 s (waiting on the provider is not the patron gone);
 * - "Were you there on / during / last / before … / for storytime?" asks about a visit (a clarifying question); "Hello, were you
 *   still there on your end?" and "Were you there? It has been a few minutes." still check in;
 * - "turn in at the gate / 2nd driveway / the lane by the Town Hall" gives directions, no referral; "Hand in the request at the
 *   county board of elections, <address>" still refers; "the Gazette covered the catering", "covered half the printing bill" say
 *   who paid (no source), while a paper that "covered the shipping strike on 3 May 1946, page 2" or "the cost of living protests
 *   in its 9 March 1974 issue" reported a story (a source, as "The Herald covered the opening on 4 June 1953");
 * - "Raj at Ask Us Anytime", "Welcome to Ask Us Anytime!", "You've reached Ask Us Anytime", "Ask Us Anytime's Lee here" name the
 *   service (no invitation back); "need a librarian later? ask us anytime!", "if u need a librarian msg us again l8r" invite back.
 *
 * COUNTS. Written: 65 cases (40 for, 25 against), labelled from RUBRIC.md before the first run (copied aside first). First run:
 * 43 as labelled, 22 disagreeing, every one on a listed status (none on redaction or a broken check). Label corrections: 0 (each
 * disagreement re-read against RUBRIC.md's text; none was a misreading of it). Of the 43 as labelled, 17 read otherwise on v46
 * (block M's doing: M1 ×2, M3 ×1, M4 ×4, M7 ×5, M8 ×3, M9 ×2); the rest read the same on both. Of the 22 disagreeing, 15 read the
 * same on v46 ("older") and 7 are block M's doing ("M caused", compared case by case with rubricV46).
 * On the block as first written: 43 running, 22 LEFT:
 * - followup.completeness exp fail/got pass, "Did what you have done so far help any?" — older
 * - followup.completeness exp fail/got pass, "Have the fixes you've tried so far helped?" — older
 * - followup.completeness exp fail/got pass, "does the stuff ur doing so far help?" — older
 * - followup.completeness exp pass/got fail, "Has what I sent you so far helped?" — older
 * - referral.contact exp pass/got na, "A quick phone call to the Register of Wills at 410-555-0131 should clear it up." — older
 * - referral.contact exp pass/got na, "try a call 2 the tax office at 410-555-0132" — older
 * - referral.contact exp na/got pass, "Make a visit to our digital archive at archive.samplelib.org" — M caused
 * - referral.contact exp na/got pass, "A call to the county clerk is how I found it this morning" — M caused
 * - followup.contact exp fail/got pass, "The State Archives can email you their copy within 10 days." — older
 * - followup.contact exp fail/got pass, "The board office will mail u a certified copy within 2 weeks." — older
 * - followup.contact exp fail/got pass, "We will text you by Friday once the microfilm arrives." — older
 * - closing.no_dismissal exp fail/got pass, patron "dont close the chat, where is it??" then the L7 close — M caused
 * - closing.no_dismissal exp fail/got pass, patron "never mind the map, where r the machines" then the L7 close — M caused
 * - closing.no_dismissal exp fail/got pass, patron "i won't leave the chat till u tell me where" then the L7 close — M caused
 * - closing.no_dismissal exp fail/got pass, patron's "which side, left or right??" unanswered 250 s, then the L7 close — M caused
 * - inquiry.clarify exp pass/got fail, "Were you there before lunch or after?" — older
 * - inquiry.clarify exp pass/got fail, "Were you there for storytime?" — older
 * - info.source exp pass/got fail, "the Courier covered the shipping strike on 3 May 1946, page 2" — M caused
 * - info.source exp pass/got fail, "The Sun covered the cost of living protests in its 9 March 1974 issue." — older
 * - closing.courteous exp fail/got pass, "Hi! Raj at Ask Us Anytime, checking the catalog now." — older
 * - closing.courteous exp fail/got pass, "Welcome to Ask Us Anytime! I'm Kim, one sec." — older
 * - closing.courteous exp fail/got pass, "You've reached Ask Us Anytime, Kim speaking." — older
 * The block's author then mended block M by these (labels unchanged): all 7 "M caused" (M4 not to a website and, with no verb
 * before the noun, only advised; M7's leaving words not negated or followed by a question, and its silence counted from the
 * provider's answer; M9's "covered the <cost>" only when the cost ends the phrase) and 10 of the "older" (M3's "so far" after
 * the patron's own doing, "your" and "ur" too, also in v1's "Did the <words> help?"; M4's two adjectives and "2"; M8's "for /
 * before / after"; M10's "at / reached / Welcome to").
 * Final on v47: 60 running, 5 LEFT (LEFT_WHY has each reason): "Has what I sent you so far helped?" (five words before "so
 * far"), the three M6 cases whose time is another body's first promise (v1), and "The Sun covered the cost of living protests
 * …" ("the Sun" is no paper's name v45 K23 knows).
 * On v48: 62 running, 3 LEFT. Block N1 reads "The State Archives can email you …" and "The board office will mail u …" as
 * another body's writing, no promise of the provider's (`forty-ninth-round-n-checked`); the microfilm's arrival notice, written
 * with "we", stays LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, FU_ME, type Line, type SessionCase, some } from './helpers';
import { lostCall, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello! This is Sam, a librarian with Sample County Library.';
const { asked, said } = nearMissLines(HI);
/** A follow-up session: the provider's `before`, the patron's e-mail, its read-back, and `promise` (the last provider words). */
const followUp = (before: string, promise: string): Line[] => [
  [0, 'p', 'looking for 1960s planning commission minutes for my street'],
  [20, 'l', `${HI} Which town, and which years exactly?`],
  [50, 'p', 'westminster, 1962 to 1964'],
  [70, 'l', before],
  [100, 'p', 'its lee.okafor@example.com'],
  [110, 'l', 'Got it: lee.okafor@example.com.'],
  [130, 'l', promise],
];
/** A patron who asks the same thing again and again, the provider's answers, the patron's `last` at `at`, and the provider's `end` at `endAt`. */
const again = (last: string, at: number, end: string, endAt: number): Line[] => [
  [0, 'p', 'wheres the self checkout'],
  [20, 'l', `${HI} Which branch are you in?`],
  [50, 'p', 'wheres the self checkout'],
  [70, 'l', 'At Eastside it is just inside the front doors, to the right; the floor plan is at samplelib.org/eastside-map.'],
  [120, 'p', 'i dont see it'],
  [140, 'l', 'Front doors, then turn right: two machines next to the returns slot.'],
  [at, 'p', last],
  [endAt, 'l', end],
];
/** A Lost Call: the patron's question, the provider's `first`, the patron leaving, and the provider's `after`. */
const lost = lostCall('do u have dog man books');
/** v46 L7's provider line, which block M7 narrows (the block's own wording: it is what is being checked). */
const CLOSE = "I already told you twice. I'm closing this chat.";
const KIDS = 'how do i get a library card for my kid';
const CARD = 'Kids under 13 sign up with a parent at samplelib.org/kidscard.';
const KINDLE = 'my ebook wont download to my kindle';
const DEED = 'i need the old survey of my lot';
const PARK = 'where do i park for the used book sale';
const SALE = 'Sale info: samplelib.org/booksale.';
/** An idle session: the patron's answer, a source with the completeness question, then `checkin` 138 s later and 80 s of silence. */
const idle = (checkin: string): Line[] => [
  [0, 'p', 'any copies of lessons in chemistry'],
  [20, 'l', `${HI} Book or audiobook?`],
  [40, 'p', 'book'],
  [62, 'l', 'Yes: catalog.samplelib.org, search "Lessons in Chemistry", 2 copies at Eastside. Is that what you were after?'],
  [200, 'l', checkin],
];

export const m1: SessionCase[] = [
  c('M1 for: "need 2 know anything else b4 we wrap up?"', said(KIDS, `${CARD} need 2 know anything else b4 we wrap up?`), some({ anything: 'pass' })),
  c('M1 for: "Do u need 2 know anything else today?"', said(KIDS, `${CARD} Do u need 2 know anything else today?`), some({ anything: 'pass' })),
  c('M1 for: "anything else u need 2 know?" (other order)', said(KIDS, `${CARD} anything else u need 2 know?`), some({ anything: 'pass' })),
  c('M1 for: "Is there anything else u want 2 know?"', said(KIDS, `${CARD} Is there anything else u want 2 know?`), some({ anything: 'pass' })),
  c('M1 against: "do u know anything else abt the school, like the district?" asks for details', said(KIDS, `${CARD} do u know anything else abt his school, like the district?`), some({ anything: 'fail' })),
  c('M1 against: "u need 2 know his birth date; anything else is optional." tells, asks nothing', said(KIDS, `${CARD} u need 2 know his birth date; anything else on the form is optional.`), some({ anything: 'fail' })),
];

export const m3: SessionCase[] = [
  c('M3 for: "Has what u tried so far helped?"', said(KINDLE, 'Kindle steps are at samplelib.org/kindle-help. U said u reset the Kindle and logged out; has what u tried so far helped?'), some({ complete: 'fail' })),
  c('M3 for: "Did what you have done so far help any?"', said(KINDLE, 'Kindle steps are at samplelib.org/kindle-help. You mentioned re-registering the device. Did what you have done so far help any?'), some({ complete: 'fail' })),
  c("M3 for: \"Have the fixes you've tried so far helped?\"", said(KINDLE, "Kindle steps are at samplelib.org/kindle-help. Have the fixes you've tried so far helped?"), some({ complete: 'fail' })),
  c('M3 for: "does the stuff ur doing so far help?"', said(KINDLE, 'kindle steps r at samplelib.org/kindle-help. does the stuff ur doing so far help?'), some({ complete: 'fail' })),
  c('M3 against: "Has what I sent you so far helped?" asks about what was given', said(KINDLE, 'Kindle steps are at samplelib.org/kindle-help. Has what I sent you so far helped?'), some({ complete: 'pass' })),
  c('M3 against: "Does the info we found so far help?"', said(KINDLE, 'Kindle steps are at samplelib.org/kindle-help and Amazon\'s at amazon.com/sendtokindle. Does the info we found so far help?'), some({ complete: 'pass' })),
  c('M3 against: "Does the list I gave u so far help?"', said(KINDLE, 'Try these: samplelib.org/kindle-help, then the Libby FAQ at help.libbyapp.com. Does the list I gave u so far help?'), some({ complete: 'pass' })),
];

export const m4: SessionCase[] = [
  c('M4 for: "A quick phone call to the Register of Wills at … should clear it up"', said(DEED, 'A quick phone call to the Register of Wills at 410-555-0131 should clear it up.'), some({ referral: 'pass' })),
  c('M4 for: "Pay a visit to the Historical Society at 40 Court St"', said(DEED, 'Pay a visit to the Historical Society at 40 Court St; they keep the old plat maps.'), some({ referral: 'pass' })),
  c('M4 for: "try a call 2 the tax office at …" (chat-speak)', said(DEED, 'try a call 2 the tax office at 410-555-0132, they can look it up'), some({ referral: 'pass' })),
  c('M4 for: "Schedule a visit to the county archives (350 Rowe Blvd)"', said(DEED, 'Schedule a visit to the county archives (350 Rowe Blvd, Annapolis) to see the original survey.'), some({ referral: 'pass' })),
  c('M4 for: "Give a ring to the land office at …"', said(DEED, 'Give a ring to the land office at 410-555-0133 and ask for the survey book.'), some({ referral: 'pass' })),
  c('M4 for: "Maybe pay a visit to the historical society" without a way to reach it', said(DEED, 'Maybe pay a visit to the historical society, they know the old houses well.'), some({ referral: 'fail' })),
  c('M4 against: "Make a visit to our digital archive at archive.samplelib.org" points to a website', said(DEED, 'Make a visit to our digital archive at archive.samplelib.org, the surveys are scanned there.'), some({ referral: 'na' })),
  c('M4 against: "Your visit to the Records Office last week" (one that was)', said(DEED, 'Your visit to the Records Office last week was the right move; the survey index is at mdlandrec.net.'), some({ referral: 'na' })),
  c('M4 against: "I paid a visit to the Records Office yesterday" (the provider\'s own)', said(DEED, 'I paid a visit to the Records Office yesterday for another patron, and the survey index is at mdlandrec.net.'), some({ referral: 'na' })),
  c('M4 against: "A call to the county clerk is how I found it" (the provider\'s own)', said(DEED, 'A call to the county clerk is how I found it this morning: the survey index is at mdlandrec.net.'), some({ referral: 'na' })),
];

export const m6: SessionCase[] = [
  c('M6 for: "Someone from Local History can email you by Thursday" before "They\'ll be in touch"', followUp('Someone from Local History can email you the scans by Thursday. Which e-mail is best?', "They'll be in touch. Bye!"), some({ contact: 'pass' }), FU_ME),
  c('M6 for: "A librarian at our Main branch will email u within 2 days"', followUp('A librarian at our Main branch will email u within 2 days. what email shld they use?', 'They will get back to you. Bye!'), some({ contact: 'pass' }), FU_ME),
  c('M6 for: "Dana, our genealogist, can call you tomorrow afternoon"', followUp('Dana, our genealogist, can call you tomorrow afternoon about the minutes. What e-mail should she send the scans to?', 'Dana will be in touch. Bye!'), some({ contact: 'pass' }), FU_ME),
  c('M6 for: "u should hear from our reference desk by monday"', followUp('u should hear from our reference desk by monday. whats ur email?', "They'll get back 2 u. bye!"), some({ contact: 'pass' }), FU_ME),
  c('M6 for: "The Local History room will email you the scans by Friday"', followUp('The Local History room will email you the scans by Friday. Which e-mail should they use?', 'They will be in touch. Bye!'), some({ contact: 'pass' }), FU_ME),
  c('M6 against: "The State Archives can email you their copy within 10 days" (another body)', followUp('The State Archives can email you their copy within 10 days. What e-mail should I use for the minutes?', "I'll email you the minutes. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('M6 against: "Give me five mins and I\'ll get back to you" (a hold)', followUp("Give me five mins and I'll get back to you on the index. Meanwhile, what e-mail should I use?", "I'll email you the minutes. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('M6 against: "The board office will mail u a certified copy within 2 weeks" (another body)', followUp('The board office will mail u a certified copy within 2 weeks. And ur email for the minutes?', "I'll send the minutes. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('M6 against: "We will text you by Friday once the microfilm arrives" (a notice of an arrival)', followUp('We will text you by Friday once the microfilm arrives. What e-mail should I use for the minutes?', "I'll get back to you with the minutes. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('M6 against (older): the promise itself with its time still passes', followUp('What e-mail should I use for the scans?', "I'll email you the minutes by Wednesday. Bye!"), some({ contact: 'pass' }), FU_ME),
];

export const m7: SessionCase[] = [
  c('M7 for: after "ok nvm im leaving"', again('ok nvm im leaving', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: after "k bye"', again('k bye', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: after "can u end the chat"', again('this is pointless, can u end the chat', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 for: other words of L7 after "forget about it"', again('forget about it', 170, "I've explained this three times now. I am going to end this session now.", 185), some({ dismissal: 'pass' })),
  c('M7 for: the patron silent 240 s after the provider\'s last answer', [...again('i still dont see it', 170, 'Look for the blue sign that says Self Checkout, right of the doors.', 180), [420, 'l', CLOSE]], some({ dismissal: 'pass' })),
  c('M7 against: "dont close the chat, where is it??" still asks', again('dont close the chat, where is it??', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: "never mind the map, where r the machines" still asks', again('never mind the map, where r the machines', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c("M7 against: \"i won't leave the chat till u tell me\" still asks", again("i won't leave the chat till u tell me where", 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: the patron\'s question left 250 s unanswered, then closed (waiting on the provider, not gone)', again('which side, left or right??', 170, CLOSE, 420), some({ dismissal: 'fail' })),
];

export const m8: SessionCase[] = [
  c('M8 for: "were u there on saturday or sunday?"', asked('i think i left my umbrella at the branch', 'were u there on saturday or sunday?', 'sunday', 'Lost and found is kept at the Eastside desk: 410-555-0141.'), some({ clarify: 'pass' })),
  c('M8 for: "Were you there during the book sale?"', asked('i think i left my umbrella at the branch', 'Were you there during the book sale?', 'yes', 'Lost and found is kept at the Eastside desk: 410-555-0141.'), some({ clarify: 'pass' })),
  c('M8 for: "Were you there before lunch or after?"', asked('i think i left my umbrella at the branch', 'Were you there before lunch or after?', 'after', 'Lost and found is kept at the Eastside desk: 410-555-0141.'), some({ clarify: 'pass' })),
  c('M8 for: "Were you there for storytime?"', asked('i think i left my umbrella at the branch', 'Were you there for storytime?', 'yeah', 'Lost and found is kept at the Eastside desk: 410-555-0141.'), some({ clarify: 'pass' })),
  c('M8 for: "was u there last tuesday?"', asked('i got a late fee but i returned it', 'was u there last tuesday when u returned it, or was it the book drop?', 'book drop', 'Book drop returns are backdated; the fee policy is at samplelib.org/fees.'), some({ clarify: 'pass' })),
  c('M8 against: "Hello, were you still there on your end?" checks in', idle('Hello, were you still there on your end?'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Were you there? It has been a few minutes." checks in', idle('Were you there? It has been a few minutes.'), some({ idle: 'pass' }), { endAfter: 80 }),
];

export const m9: SessionCase[] = [
  c('M9 for: "Turn in at the gate next to the fire station" gives directions', said(PARK, `Turn in at the gate next to the fire station; parking is free. ${SALE}`), some({ referral: 'na' })),
  c('M9 for: "turn in 2nd driveway past the post office" (no article)', said(PARK, `turn in 2nd driveway past the post office, lot is in back. ${SALE}`), some({ referral: 'na' })),
  c('M9 for: "Turn in the lane by the Town Hall" gives directions', said(PARK, `Turn in the lane by the Town Hall and park behind it. ${SALE}`), some({ referral: 'na' })),
  c('M9 against: "Hand in the absentee form at the county board of elections, 300 S Center St" refers', said('where do i drop off my absentee ballot request', 'Hand in the request at the county board of elections, 300 S Center St, Westminster.'), some({ referral: 'pass' })),
  c('M9 for: "The Gazette covered the catering" gives no source', said('who paid for the food at the friends dinner', 'The Gazette covered the catering for the dinner as a thank-you.'), some({ source: 'fail' })),
  c('M9 for: "the Tribune covered half the printing bill" gives no source', said('who paid for the sale flyers', 'the Tribune covered half the printing bill, so the Friends owe nothing'), some({ source: 'fail' })),
  c('M9 against: "The Courier covered the shipping strike on 3 May 1946" (a paper reported it)', said('was there a dock strike here in the 40s', 'Yes: the Courier covered the shipping strike on 3 May 1946, page 2.'), some({ source: 'pass' })),
  c('M9 against: "The Sun covered the cost of living protests in its 9 March 1974 issue"', said('were there protests about prices in 1974', 'The Sun covered the cost of living protests in its 9 March 1974 issue.'), some({ source: 'pass' })),
];

export const m10: SessionCase[] = [
  c('M10 for: "Raj at Ask Us Anytime" introduces (Lost Call)', lost('Hi! Raj at Ask Us Anytime, checking the catalog now.'), some({ courteous: 'fail' })),
  c('M10 for: "Welcome to Ask Us Anytime! I\'m Kim" introduces (Lost Call)', lost("Welcome to Ask Us Anytime! I'm Kim, one sec."), some({ courteous: 'fail' })),
  c('M10 for: "You\'ve reached Ask Us Anytime, Kim speaking" (Lost Call)', lost("You've reached Ask Us Anytime, Kim speaking. Let me look."), some({ courteous: 'fail' })),
  c('M10 for: "Ask Us Anytime\'s Lee here" (Lost Call)', lost("Ask Us Anytime's Lee here, looking it up."), some({ courteous: 'fail' })),
  c('M10 for: "need a librarian later? ask us anytime!" invites back (Lost Call)', lost('Hi, Sam at Sample County Library, let me check.', 'need a librarian later? ask us anytime!'), some({ courteous: 'pass' })),
  c('M10 for: "if u need a librarian msg us again l8r" invites back (Lost Call)', lost('Hi, Sam at Sample County Library, let me check.', 'if u need a librarian msg us again l8r'), some({ courteous: 'pass' })),
  c('M10 against: "If u need a librarian, chat with us again tonight." invites back', lost('Hi, Sam at Sample County Library, let me check.', 'If u need a librarian, chat with us again tonight.'), some({ courteous: 'pass' })),
  c('M10 against: "The librarians at Ask Us Anytime are here 24/7, so ask us again whenever."', lost('Hi, Sam at Sample County Library, let me check.', 'The librarians at Ask Us Anytime are here 24/7, so ask us again whenever.'), some({ courteous: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // M3
  'M3 against: "Has what I sent you so far helped?" asks about what was given':
    'followup.completeness: expected pass, got fail ("Has what I sent you so far helped?"). Asks whether what the provider sent meets the need; older: v46 fails it too (no completeness question found).',
  // M4
  'M6 against: "We will text you by Friday once the microfilm arrives" (a notice of an arrival)':
    'followup.contact: expected fail, got pass (evidence "We will text you by Friday once the microfilm arrives."). A notice of an arrival, not when the minutes come; older: v46 passes it too (taken as the first promise).',
  // M7
  'M9 against: "The Sun covered the cost of living protests in its 9 March 1974 issue"':
    'info.source: expected pass, got fail ("The Sun covered the cost of living protests in its 9 March 1974 issue."). A paper\'s issue reporting a story; older: v46 fails it too (M9\'s "covered the cost" would also exclude it).',
  // M10
};

describe('forty-seventh round, checked blind: block M tried both ways', () => {
  for (const [t, cs] of [['M1', m1], ['M3', m3], ['M4', m4], ['M6', m6], ['M7', m7], ['M8', m8], ['M9', m9], ['M10', m10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
