/**
 * Forty-seventh round, checked blind a fourth time: block M's readings (rubric v47), as mended three times (after
 * `forty-seventh-round-m-blind-checked`, `-second-blind-checked` and `-third-blind-checked`), tried both ways in cases written by
 * another hand and labelled from RUBRIC.md's text before any of them ran. The cases lean on the third mends: M3 (the patron's own
 * doing: "you / you've / you're / your / ur" + at most one word + a verb of trying, doing, finding, looking, searching, checking,
 * fixing, changing, working on, then up to three words and "so far"), M8 (not "on your end"), M9 ("of" only after cost / price /
 * expense), M4 ("def worth a visit") and M10 ("hi n welcome to"). "For" cases say the meant behaviour in new words; "against"
 * cases are near misses the block must not read and older readings it must not break.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - whose doing "so far" follows is read from the chat: "the links you found so far" after the patron said they had searched on
 *   their own, "the sites you've checked so far" after they said they had been checking sites, "the changes u made so far" ask
 *   about the patron's own attempts (no completeness question); "the sites you checked so far" right after the provider sent
 *   three sites, "what you've looked at so far" right after the provider's list, "the page you're looking at so far" right after
 *   the link ask whether what was given meets the need (a completeness question), as do "the info I found so far" and "what we
 *   found for you so far";
 * - "Were you there on your lunch break / on the weekend / on your own or with the class?" ask about a visit (a clarifying
 *   question); "Were you there on your side?", "were u still there at ur end?", "Were you there on ur end??" ask whether the patron
 *   is still there (an idle check-in);
 * - a paper that "covered the expense of the bus trip", "the entire cost of the mural", "the price of admission" paid (no source);
 *   one that "covered the cost of living protests", "the expense account scandal", "the bill of sale dispute" in a dated issue
 *   reported a story (a source, as the author's "The Herald covered the opening on 4 June 1953");
 * - "deffo worth a visit to …", "totally worth a call 2 …", "Itd def be worth a visit to …" advise a visit or call (a referral);
 *   "not worth a call to …", a visit to a website, the provider's own past visit are not;
 * - "hiya n welcome to / Good morning n welcome to / hello, and welcome to Ask Us Anytime" introduce the provider (no invitation
 *   back); "sorry we got cut off n welcome to ask us anytime", "u r always welcome to ask us anytime", "ask us anytime tho!" invite
 *   back.
 *
 * COUNTS. Written: 35 cases (18 for, 17 against), labelled from RUBRIC.md before the first run (copied aside first, to
 * /tmp/m-fourth-blind-labels.ts). First run: 27 as labelled, 8 disagreeing, every one on a listed status (none on redaction or a
 * broken check). Label corrections: 0 (each disagreement re-read against RUBRIC.md's text; none was a misreading of it). Of the 27
 * as labelled, 14 read otherwise on v46 (block M's doing: M3 ×3, M4 ×3, M8 ×3, M9 ×2, M10 ×3); the rest read the same on both.
 * Of the 8 disagreeing, compared case by case with rubricV46: 4 read the same on v46 ("older"), 4 are block M's doing ("M caused").
 * On the block as mended three times: 27 running, 8 LEFT:
 * - followup.completeness exp fail/got pass, "u said u reset the wifi. Did the changes u made so far help?" — older
 * - followup.completeness exp pass/got fail, "Did the sites you checked so far help?" right after the provider's three sites — M caused
 * - followup.completeness exp pass/got fail, "Does what you've looked at so far help?" right after the provider's list — older
 * - followup.completeness exp pass/got fail, "Did what we found for you so far help?" — older
 * - referral.contact exp pass/got na, "Itd def be worth a visit to the county archives at 50 Main St" — older
 * - session.idle_checkin exp pass/got fail, "Were you there on your side? No reply for a bit." — M caused
 * - info.source exp pass/got fail, "The Herald covered the cost of living protests in its 4 May 1979 issue" — M caused
 * - closing.courteous exp pass/got fail, "sorry we got cut off n welcome to ask us anytime" (Lost Call) — M caused
 * The block's author then mended block M by these (labels unchanged): 3 of the 4 "M caused" (M8 not "on your side"; M9 not
 * "cost of living"; M10's "n welcome to" only after a greeting, "hi n", "good morning n"). The fourth, "Did the sites you checked
 * so far help?" right after the provider sent them, is left: only the chat before it tells whether the sites are the patron's
 * own ("the sites you've checked so far" after the patron said they had been checking) or the ones given, and M3 reads words.
 * These mends were then checked blind by a fifth hand (`forty-seventh-round-m-fifth-blind-checked`): nothing block M caused.
 * Final on v47: 30 running, 5 LEFT (LEFT_WHY has each reason): that case and the four older ones.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase, some } from './helpers';
import { lostCall, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Morgan here, a librarian with Sample County Library.';
const { asked, said } = nearMissLines(HI, { branch: 'Which branch is yours?', branchReply: 'northside' });
/** A Lost Call: the patron's question, the provider's `first`, the patron leaving, and the provider's `after`. */
const lost = lostCall('do you have museum passes');
/** An idle session: a clarifying question, a source with the completeness question, then `checkin` 138 s later and 80 s of silence. */
const idle = (checkin: string): Line[] => [
  [0, 'p', 'do you have lessons in chemistry'],
  [20, 'l', `${HI} The book or the TV series?`],
  [40, 'p', 'book'],
  [62, 'l', 'Yes: catalog.samplelib.org, search "Lessons in Chemistry", 2 copies at Northside. Does that answer it?'],
  [200, 'l', checkin],
];

const GENE = 'how do i find my great grandpa in the 1910 census';
const CENSUS = 'The 1910 census is free on FamilySearch at familysearch.org/search/collection/1727033.';
const LOST_WALLET = 'i think i left my scarf at the library';
const FOUND = 'Lost and found is kept at the Northside desk: 410-555-0133, they hold items for 30 days.';
const DEED = 'how do i see the old survey for my farm';

export const m3: SessionCase[] = [
  c('M3 for: "Did the links you found so far help?" after the patron searched on their own', said(GENE, `${CENSUS} You said you googled him before you came on. Did the links you found so far help?`), some({ complete: 'fail' })),
  c("M3 for: \"Has the troubleshooting you've been doing so far helped?\"", said('my kindle wont download library books', "The Kindle steps are at samplelib.org/kindle. Has the troubleshooting you've been doing so far helped?"), some({ complete: 'fail' })),
  c('M3 for: "has what ur working on so far helped at all?" (chat-speak)', said('my kindle wont download library books', 'kindle steps r at samplelib.org/kindle. has what ur working on so far helped at all?'), some({ complete: 'fail' })),
  c('M3 for: "Did the changes u made so far help?" (another verb)', said('my kindle wont download library books', 'The Kindle steps are at samplelib.org/kindle. u said u reset the wifi. Did the changes u made so far help?'), some({ complete: 'fail' })),
  c("M3 for: \"Have the sites you've checked so far helped?\" after the patron's own checking", said(GENE, `${CENSUS} You mentioned you'd been checking genealogy sites all week. Have the sites you've checked so far helped?`), some({ complete: 'fail' })),
  c('M3 against: "Did the sites you checked so far help?" right after the provider sent three', said(GENE, 'Here are three sites: familysearch.org, archives.gov/research/census and heritagequest via samplelib.org/databases. Did the sites you checked so far help?'), some({ complete: 'pass' })),
  c("M3 against: \"Does what you've looked at so far help?\" right after the provider's list", said(GENE, "My list: 1) familysearch.org 2) archives.gov/research/census 3) HeritageQuest at samplelib.org/databases. Does what you've looked at so far help?"), some({ complete: 'pass' })),
  c("M3 against: \"Does the page you're looking at so far make sense?\" right after the link", said(GENE, "Open this page: archives.gov/research/census/1910. Does the page you're looking at so far make sense?"), some({ complete: 'pass' })),
  c('M3 against: "Does the info I found so far help?" (the provider\'s own finding)', said(GENE, `${CENSUS} Does the info I found so far help?`), some({ complete: 'pass' })),
  c('M3 against: "Did what we found for you so far help?"', said(GENE, `${CENSUS} Did what we found for you so far help?`), some({ complete: 'pass' })),
];

export const m8: SessionCase[] = [
  c('M8 for: "Were you there on your lunch break?" clarifies', asked(LOST_WALLET, 'Sorry to hear that! Were you there on your lunch break, or after work?', 'lunch', FOUND), some({ clarify: 'pass' })),
  c('M8 for: "was u there on the weekend or a weekday?" clarifies', asked(LOST_WALLET, 'was u there on the weekend or a weekday?', 'sat', FOUND), some({ clarify: 'pass' })),
  c('M8 for: "Were you there on your own or with the class?" clarifies', asked(LOST_WALLET, 'Were you there on your own or with the class trip?', 'with the class', FOUND), some({ clarify: 'pass' })),
  c('M8 against: "Were you there on your side? No reply for a bit." checks in', idle('Were you there on your side? No reply for a bit.'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "were u still there at ur end?" checks in', idle('were u still there at ur end? havent heard back'), some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Were you there on ur end??" checks in', idle('Were you there on ur end?? no answer yet'), some({ idle: 'pass' }), { endAfter: 80 }),
];

export const m9: SessionCase[] = [
  c('M9 for: "The Gazette covered the expense of the bus trip" gives no source', said('who paid for the teen trip to the state capitol', 'The Gazette covered the expense of the bus trip, so the teens rode free.'), some({ source: 'fail' })),
  c('M9 for: "the Ledger covered the entire cost of the mural" gives no source', said('who paid for the mural on the branch wall', 'the Ledger covered the entire cost of the mural as a gift to the town'), some({ source: 'fail' })),
  c('M9 for: "The Sun covered the price of admission for the whole class" gives no source', said('who paid for the science center visit', 'The Sun covered the price of admission for the whole class.'), some({ source: 'fail' })),
  c('M9 against: "The Herald covered the cost of living protests in its 4 May 1979 issue" (a story)', said('were there protests about prices here in the 70s', 'The Herald covered the cost of living protests in its 4 May 1979 issue, page 3.'), some({ source: 'pass' })),
  c('M9 against: "The Courier covered the expense account scandal in its 9 October 1987 issue" (a story)', said('what was the county expense scandal in the 80s', 'The Courier covered the expense account scandal in its 9 October 1987 issue.'), some({ source: 'pass' })),
  c('M9 against: "The Sentinel covered the bill of sale dispute in its 2 March 1955 issue" (a story)', said('was there a fight over the old mill sale', 'The Sentinel covered the bill of sale dispute over the mill in its 2 March 1955 issue.'), some({ source: 'pass' })),
];

export const m4: SessionCase[] = [
  c('M4 for: "deffo worth a visit to the Maritime Museum, 1 Harbor Rd"', said(DEED, 'deffo worth a visit to the Maritime Museum, 1 Harbor Rd, they have the old shore surveys'), some({ referral: 'pass' })),
  c('M4 for: "totally worth a call 2 the county surveyor at …" (chat-speak)', said(DEED, 'totally worth a call 2 the county surveyor at 410-555-0144, they have every farm survey'), some({ referral: 'pass' })),
  c('M4 for: "Itd def be worth a visit to the county archives at 50 Main St"', said(DEED, 'Itd def be worth a visit to the county archives at 50 Main St, Westminster.'), some({ referral: 'pass' })),
  c('M4 for: "def worth a visit to the land records office" with no way to reach it', said(DEED, 'def worth a visit to the land records office, they keep the surveys'), some({ referral: 'fail' })),
  c('M4 against: "Honestly not worth a call to the clerk" (advised against)', said(DEED, 'Honestly not worth a call to the clerk, they only keep records after 1990; the older surveys are at mdlandrec.net.'), some({ referral: 'na' })),
  c('M4 against: "def worth a visit to our digital collections at …" (a website)', said(DEED, 'def worth a visit to our digital collections at digital.samplelib.org, the surveys are scanned.'), some({ referral: 'na' })),
  c("M4 against: \"It was def worth a visit to the archives when I went\" (the provider's own)", said(DEED, 'It was def worth a visit to the archives when I went last year; the scans are now at mdlandrec.net.'), some({ referral: 'na' })),
];

export const m10: SessionCase[] = [
  c('M10 for: "hiya n welcome to Ask Us Anytime, sam here" introduces (Lost Call)', lost('hiya n welcome to Ask Us Anytime, sam here'), some({ courteous: 'fail' })),
  c('M10 for: "Good morning n welcome to Ask Us Anytime!" introduces (Lost Call)', lost('Good morning n welcome to Ask Us Anytime! Sam speaking.'), some({ courteous: 'fail' })),
  c('M10 for: "hello, and welcome to Ask Us Anytime" introduces (Lost Call)', lost('hello, and welcome to Ask Us Anytime. Sam here, checking now.'), some({ courteous: 'fail' })),
  c('M10 against: "sorry we got cut off n welcome to ask us anytime" invites back (Lost Call)', lost('Hi! Sam at Sample County Library, checking now.', 'sorry we got cut off n welcome to ask us anytime'), some({ courteous: 'pass' })),
  c('M10 against: "u r always welcome to ask us anytime" invites back (Lost Call)', lost('Hi! Sam at Sample County Library, checking now.', 'looks like u left. u r always welcome to ask us anytime'), some({ courteous: 'pass' })),
  c('M10 against: "oh no, we lost u. ask us anytime tho!" invites back (Lost Call)', lost('Hi! Sam at Sample County Library, checking now.', 'oh no, we lost u. ask us anytime tho!'), some({ courteous: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // M3
  'M3 for: "Did the changes u made so far help?" (another verb)':
    'followup.completeness: expected fail, got pass ("u said u reset the wifi. Did the changes u made so far help?"). Asks about the patron\'s own changes, not whether what was given meets the need; older: "made" is not among DOING_M3\'s verbs, so v1\'s "Did the <words> help?" reads it, as v46 does.',
  'M3 against: "Did the sites you checked so far help?" right after the provider sent three':
    'followup.completeness: expected pass, got fail ("Here are three sites: … Did the sites you checked so far help?"). The sites are the ones the provider just gave, so it asks whether the information given meets the need; M caused: DOING_M3\'s "checked" before "so far" is taken for the patron\'s own doing whatever was checked (v46 passes it).',
  "M3 against: \"Does what you've looked at so far help?\" right after the provider's list":
    'followup.completeness: expected pass, got fail ("My list: 1) … 3) … Does what you\'ve looked at so far help?"). What was looked at is the provider\'s list; older: v46 fails it too (no completeness phrase reads "Does what you\'ve looked at so far help?"); on v47 DOING_M3\'s "looked" would also take it for the patron\'s own doing.',
  'M3 against: "Did what we found for you so far help?"':
    'followup.completeness: expected pass, got fail ("Did what we found for you so far help?" after the source). Asks whether what the library found meets the need; older: v1\'s "Did the <words> help?" reads no "Did what …" (as the third blind file\'s "Did what you read on that page help?"), v46 the same.',
  // M4
  'M4 for: "Itd def be worth a visit to the county archives at 50 Main St"':
    'referral.contact: expected pass, got na ("Itd def be worth a visit to the county archives at 50 Main St, Westminster."). Advises a visit to a party, with an address; older: NOUN_LEAD_M4 takes "its / it would be / would be / def worth" but not "itd" (it\'d after apostrophe removal) nor a word between "would" and "be" ("itd def be worth"); v46 reads it na too.',
  // M8
};

describe('forty-seventh round, checked blind a fourth time: block M as mended three times, tried both ways', () => {
  for (const [t, cs] of [['M3', m3], ['M4', m4], ['M8', m8], ['M9', m9], ['M10', m10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
