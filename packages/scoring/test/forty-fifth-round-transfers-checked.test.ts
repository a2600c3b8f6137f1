/**
 * Forty-fifth round, checked: TRANSFERS, HANDOFFS AND BUSY SHIFTS. Thirty whole sessions (7-15 messages, with realistic
 * seconds: queue waits, searches of minutes, patrons who go quiet or leave) as a cooperative or statewide chat service logs
 * them: cooperative staff handing to a patron's home library, generalists to subject specialists (law, science, genealogy,
 * music, health, children's, special collections, outreach, a Spanish-speaking librarian), an outgoing shift to the
 * incoming one, with `system` transfer / joined / patron_left / ended lines, `internal` notes, and providers juggling chats
 * (`ctx.otherIntervals` through `other()`). All 17 checks labelled in every session before the first run (the labels as
 * first written are kept at /tmp/h-transfers/labels-before.ts).
 *
 * SHAPES TRIED:
 *  handoffs: a notice + a note that says why, then the transfer (01, 02, 03, 04, 12, 13, 14, 18, 19, 23-27, 29, 30); a note
 *   only, the patron told after the transfer by the receiving librarian (06); a note that gives no reason ("incoming", 16);
 *   two transfers, the second (in Spanish, "le paso con mi compañera") without a note (15); a notice that never says
 *   "transfer" ("Let me bring in my colleague Sean … he'll take it from here", 21); the hand-over logged only as system text
 *   "Session transferred to queue: Law Library" plus a `joined` event, no transfer event (22); a transfer nobody picks up (17);
 *  re-greeting: the receiving librarian re-greets (most), dives straight into the answer (12), greets with a hold (16, 30),
 *   greets third after two bare holds ("one moment pls", "sending you over …", 05: greeting fails), greets with a check-in to
 *   an empty chat (04, 23);
 *  waits across the handoff: 68 s, 71 s, 121 s (12), 125 s with the patron already gone (26), 206 s with a patron "hello?"
 *   (03); an answer exactly 120 s after a patron message (05) or a hold (30); holds every ~110 s, one a partial result that
 *   says the search goes on (07, 29); the receiving librarian's plain greeting followed by 300 s of silent search with no
 *   patron message (18: a wait on the patron, pass) and the same after the patron's "hi uma" (19: fail);
 *  patrons who leave during the handoff: before anyone substantive wrote (04, Lost Call, idle 180 s with check-in + notice),
 *   after a clarifying exchange (23, idle 130 s: check-in only needed), with the answer posted to an empty chat and closed
 *   200 s later with a notice and thanks but no "still there?" (26); the patron pinging "hello?" twice into a dead transfer
 *   and leaving, coded Lost Call (17);
 *  final idle: exactly 180 s with a check-in and no notice, ended by the system (24); 267 s with a check-in only (08); 310 s
 *   with check-in and notice + goodbye (29);
 *  busy shifts: this + 2 others (07, 28), a fourth starting exactly at this session's end (07); three others never more than
 *   two at once with this (09); 4 at once (08); in transfers, the receiving librarian at 4 during her part (02), the
 *   transferring one at 4 during his part (16, 25), each busy only outside the part they handled (21), both at exactly 3 with
 *   one of the receiving librarian's chats ending at the transfer second (01);
 *  closings on busy shifts: "too many chats open … going to have to end this one" (09, dismissal), "several other students
 *   waiting … please chat back in" (10, allowed), "My shift is over though so I have to log off now. Bye!" (11, dismissal),
 *   "my shift is ending and no one else is on tonight … chat back in tomorrow from 9 am" (20);
 *  follow-ups after a handoff: by the patron's library, e-mail given and read back, "by Friday", done in 40 h (13); a promise
 *   to "get back to you" with an e-mail but no time, coded Transferred (14: code, contact fail, on_time pending); the e-mail on
 *   file read back with "within 72 hours", done in 50 h (30); by me, done after 80 h (28).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a transfer announcement is a hold (Terms), also when it shares a message with the greeting (04) or is in Spanish (15);
 *   a hold span runs across the system and internal lines to the receiving librarian's first message, and a patron message
 *   inside it does not restart it (03, 12); a span ended by a provider message counts even if the patron had left (26);
 * - the receiving librarian's plain re-greeting ("Hi, this is Ike … Good puzzle!") is not a hold, so what follows is a wait on
 *   the patron until the patron writes (18 passes keep_informed after 300 s of silence; 19 fails once the patron writes);
 * - "Let me bring in my colleague Sean … he'll take it from here" tells the patron about the transfer (21);
 * - with two transfers, each must meet transfer.handoff (15 fails on the second); a note of one word ("incoming") says no why;
 * - concurrency: the transferring provider is judged over [startedAt, transfer), the receiving one over [transfer, end), each
 *   open interval end-excluded, so a chat that ends at the transfer second does not overlap the receiving part (01) and one
 *   that starts at endedAt does not overlap (07); "at once" is read at an instant (09: three others, never three together);
 * - a check-in that is the first non-hold provider message after the patron's last (04, 23) is sent "during" the final idle;
 * - ending the chat for the provider's convenience while offering a way back ("chat back in tomorrow from 9 am … someone will
 *   pick up where we left off", 20) does not fail no_dismissal: its fail clause is "without offering a way back";
 * - "Ask your child's former pediatrician in Georgia to print the certificate" is a referral with no contact (12);
 *   "call the Linn County Recorder, 319-…" (03), the Writing Center with URL and phone (10), LSNV with phone (02) are reached;
 *   "La licencia se pide en persona en la oficina del Secretario del Condado …, 201 Caroline St" tells the patron to go
 *   there: a referral, reached by address and URL (15);
 * - "Will that work for you?", "Is that enough for your assignment?", "Does one of those ring a bell?" ask whether what was
 *   given meets the need; "Would you like me to place a hold on either?" does not (06);
 * - a transfer of the chat is no referral, nor is "Dayton Metro Library has that paper on microfilm" or a colleague consulted.
 *
 * COUNTS. Written: 30 whole sessions, all 17 checks labelled in each before the first run. First run as labelled /
 * disagreeing: 28 / 2. Label corrections: 0. Final: 28 running, 2 LEFT (below, in LEFT_WHY): referral.contact (15: a
 * referral in Spanish, and the impersonal "is applied for in person at", read as none) and inquiry.clarify +
 * closing.anything_else (29: "Do you know anything else, like the name of the school?" read as the closing question).
 * The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 *
 * RUBRIC v46 (block L) reads 1 of the 2 LEFT cases (29: "Do you know anything else, like the name of the school?", L1) as
 * labelled; they run with the others.
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0 } from './helpers';
import { type Prov, as, P, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const ended = (sec: number, text = 'Chat ended by librarian.'): Line => [sec, 's', text, sys('ended')];

// transferring providers (cooperative / generalist / outgoing shift)
const MAEVE = P('maeve', 'Maeve O.', 'COOP');
const DEV = P('dev', 'Dev P.', 'COOP');
const GRETA = P('greta', 'Greta - Fairview', 'FVL');
const KIRA = P('kira', 'Kira', 'COOP');
const LEO = P('leo', 'leo_r', 'ECL');
const NED = P('ned', 'Ned', 'STATE');
const SOL = P('sol', 'Sol M.', 'OHLIB');
const RAE = P('rae', 'Rae', 'MCL');
const JAY = P('jay', 'Jay', 'AUN');
const LENA = P('lena', 'Lena K', 'WBU');
const MARCO = P('marco', 'Marco', 'COOP');
const BO = P('bo', 'Bo', 'WCPL');
const RUTH = P('ruth', 'Ruth', 'AKRON');
const ABE = P('abe', 'Abe', 'COOP');
const MIA = P('mia', 'Mia', 'TXAL');
const CARL = P('carl', 'Carl', 'AYL');
const WIL = P('wil', 'Wil', 'GFL');
const JEN = P('jen', 'Jen', 'ASKUS');
const NORA = P('nora', 'Nora', 'BCL');
const PAM = P('pam', 'Pam', 'AYL');
const CLAIRE = P('claire', 'Claire', 'ASKUS');
const PETE = P('pete', 'Pete', 'ANSW');
const QUINN = P('quinn', 'Quinn', 'COOP');
const GABE = P('gabe', 'Gabe', 'CTY');
const HUGO = P('hugo', 'Hugo', 'WALIB');
const TINA = P('tina', 'Tina', 'HARB');
const SKY = P('sky', 'sky', 'ASKNOW');
const LOU = P('lou', 'Lou', 'EGPL');
const ANN = P('ann', 'Ann', 'NHAL');
const TARA = P('tara', 'Tara', 'KYLIB');
// receiving providers (local libraries, specialists, incoming shift)
const HANNAH = P('hannah', 'Hannah', 'RIVPL');
const OKON = P('okon', 'Adaeze Okon', 'LAW');
const TOMAS = P('tomas', 'Tomas', 'COOP');
const WREN = P('wren', 'Wren', 'GEN');
const PRIYA = P('priyas', 'Priya S.', 'ECL');
const INES = P('ines', 'Ines', 'TPL');
const TESS = P('tess', 'Tess', 'WCPL');
const NOEL = P('noel', 'Noel', 'DML');
const FERN = P('fern', 'Fern', 'OAKPL');
const RAUL = P('raul', 'Raúl', 'TXAL');
const CARMEN = P('carmen', 'Carmen', 'HCPL');
const DOT = P('dot', 'Dot', 'AYL');
const IKE = P('ike', 'Ike', 'LAKE');
const UMA = P('uma', 'Uma', 'BCL');
const SEAN = P('sean', 'Sean', 'ASKUS');
const LYDIA = P('lydia', 'Lydia', 'LAWLIB');
const VERA = P('vera', 'Vera', 'DAKOTA');
const OPAL = P('opal', 'Opal', 'CTY');
const VI = P('vi', 'Vi', 'WALIB');
const KEN = P('ken', 'Ken', 'HARB');
const MARI = P('marisol', 'Marisol', 'CPL');
const BEA = P('bea', 'Bea', 'MILPL');
const RAVI = P('ravi', 'Ravi', 'KYLIB');
const by2 = (p: Prov) => as(p);

export const transfers: SessionCase[] = [
  // 1 cooperative -> local library, clean handoff; both providers at the limit, one of Hannah's chats ends as the transfer lands
  s(MAEVE, '01 ILL for a book club: coop -> home library, note + notice, 68 s handover; both at 3 (Hannah\'s third ends at the transfer)', [
    [0, 'p', 'Hello, can I get a book from another library sent to my branch? its for book club'],
    [34, 'l', "Good evening! You've reached the Ask a Librarian cooperative; my name is Maeve. Which library card do you have?"],
    [70, 'p', 'riverton public'],
    [82, 'l', "Thanks! Riverton has a librarian on chat right now, and ILL rules differ by library, so I'm handing you over to them. Just a moment while I connect you."],
    [88, 'i', 'Hi Riverton - patron wants ILL for a book club title, holds a card with you, local policy question.'],
    xfer(91, 'Hannah', 'hannah'),
    [150, 'l', "Hi, Hannah at Riverton Public Library here. What's the title of the book?", by2(HANNAH)],
    [185, 'p', 'The Overstory by richard powers. we need 8 copies'],
    [300, 'l', 'Thanks for waiting - we own 3, and the other 5 can come through a book club kit request: riverton.lib.example.org/bookclub. Kits take about two weeks to arrive.', by2(HANNAH)],
    [306, 'l', 'Does that answer what you needed?', by2(HANNAH)],
    [350, 'p', 'yes perfect'],
    [356, 'l', 'Anything else I can help with tonight?', by2(HANNAH)],
    [390, 'p', 'no thats all'],
    [395, 'l', 'Enjoy the book club! Goodbye.', by2(HANNAH)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('m1', 'maeve', -500, 400), other('m2', 'maeve', -200, 800),
      other('h1', 'hannah', -1000, 2000), other('h2', 'hannah', 100, 600), other('h3', 'hannah', -300, 91),
    ],
  }),

  // 2 generalist -> law specialist who has 3 other chats open during her part
  s(DEV, '02 security deposit: generalist -> law librarian; the specialist at 4 open chats during her part', [
    [0, 'p', 'my landlord kept my whole deposit. can I sue him? what court'],
    [22, 'l', "Hi! This is Dev, a librarian with AskAway. Sorry to hear that. Which state is the rental in?"],
    [51, 'p', 'virginia, fairfax'],
    [60, 'l', "OK. We have a law librarian on shift, I'm going to transfer you to her — she'll have better resources. Hang tight."],
    [63, 'i', 'Adaeze: VA security deposit dispute, tenant in Fairfax asking about small claims. Legal q, over to you.'],
    xfer(66, 'Adaeze Okon', 'okon'),
    [131, 'l', "Hello, I'm Adaeze, law librarian. I can't give legal advice, but I can point you to where the rules are.", by2(OKON)],
    [140, 'l', "Virginia's security deposit law is Va. Code § 55.1-1226 (law.lis.virginia.gov). The Supreme Court of Virginia's Small Claims Court Procedures booklet, at vacourts.gov, walks through filing a claim.", by2(OKON)],
    [190, 'p', 'ok thank you this helps'],
    [200, 'l', 'You might also call Legal Services of Northern Virginia, 703-778-6800, for free advice if you qualify.', by2(OKON)],
    [206, 'l', 'Was that what you were looking for?', by2(OKON)],
    [260, 'p', "yes thanks, that's everything"],
    [266, 'l', 'You\'re welcome — good luck with it. Take care!', by2(OKON)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'fail', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [other('a1', 'okon', -400, 300), other('a2', 'okon', 80, 900), other('a3', 'okon', 120, 500)],
  }),

  // 3 shift change: the outgoing librarian hands over, the incoming one takes 206 s, patron "hello?" in between
  s(GRETA, '03 1920s farm deed: shift change handover, incoming librarian 206 s after the notice (patron "hello?")', [
    [0, 'p', 'Hi there, I am trying to find out who owned our farm in the 1920s. Where do I start'],
    [41, 'l', "Good evening and welcome to Ask Us 24/7, I'm Greta from Fairview Library. Do you know the county and roughly where the farm is?"],
    [98, 'p', 'Linn County Iowa, near Center Point'],
    [105, 'l', 'Great, give me a minute to look.'],
    [190, 'l', "The Linn County Recorder's office has land records; their online search at linncountyrecorder.example.gov only goes back to 1990, so older deeds are on microfilm."],
    [250, 'p', 'oh. so how do I get older ones'],
    [262, 'l', "My shift is wrapping up, so I'm passing you to my colleague Tomas who's on next — he'll pick up right where we left off. One moment!"],
    [270, 'i', 'Tomas - Linn Co IA farm ownership 1920s; pointed to the Recorder site, pt needs pre-1990 deeds (microfilm / grantor index). My shift is ending.'],
    xfer(274, 'Tomas', 'tomas'),
    [320, 'p', 'hello?'],
    [468, 'l', "Hi, this is Tomas, also a librarian here — sorry for the wait! I've read through your chat.", by2(TOMAS)],
    [480, 'l', 'For the 1920s, you can write or call the Linn County Recorder, 319-892-5420, and ask for a grantor/grantee index search; the State Historical Society of Iowa also holds county deed microfilm.', by2(TOMAS)],
    [486, 'l', 'Does that get you what you need?', by2(TOMAS)],
    [560, 'p', 'I think so. Thanks for the help'],
    [566, 'l', 'You\'re welcome. Good luck with the farm history!', by2(TOMAS)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'pass' })),

  // 4 patron leaves during the handoff: the specialist arrives to an empty chat (Lost Call)
  s(KIRA, '04 1880 census: greeting + transfer notice, patron leaves before the specialist, check-in and a 180 s notice (Lost Call)', [
    [0, 'p', 'looking for the 1880 census for my great grandfather in ohio'],
    [30, 'l', "Hi, Kira at Ask a Librarian here. Genealogy is our specialist's area, so I'm transferring you to her now; one moment please."],
    [33, 'i', 'Census/genealogy q (1880, Ohio) for you, Wren - you know the census databases better'],
    xfer(36, 'Wren', 'wren'),
    left(95),
    [150, 'l', 'Hello, this is Wren, genealogy librarian. Are you still with us?', by2(WREN)],
    [330, 'l', "It looks like you've been disconnected, so I'll close this session. You're welcome to chat back in any time!", by2(WREN)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 5 no greeting in the first two provider messages (both holds), the specialist greets third; a wait of exactly 120 s
  s(LEO, '05 carbon-14: "one moment pls" + "sending you over", specialist greets third; a 120 s search (not longer)', [
    [0, 'p', "what's the half life of carbon 14? and how do they use it to date stuff"],
    [18, 'l', 'one moment pls'],
    [40, 'l', "sending you over to our science librarian, she'll explain it better"],
    [42, 'i', "Priya, radiocarbon dating question (intro level?), needs an explanation + source, you're better on science"],
    xfer(45, 'Priya S.', 'priyas'),
    [100, 'l', "Hi! I'm Priya, science librarian at Eastfield College Library. Is this for a class?", by2(PRIYA)],
    [130, 'p', 'yeah chem 101'],
    [250, 'l', "Carbon-14 has a half-life of about 5,730 years, so measuring how much is left in once-living material gives its age up to ~50,000 years. Britannica's 'Carbon-14 dating' article (britannica.com/science/carbon-14-dating) explains it well, and our Chemistry research guide is at guides.eastfield.example.edu/chem.", by2(PRIYA)],
    [256, 'l', 'Is that enough for your assignment?', by2(PRIYA)],
    [300, 'p', 'yep thats all i need'],
    [305, 'l', 'Great, thanks for asking! Bye', by2(PRIYA)],
  ], all({ pickup: 'pass', greeting: 'fail', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' })),

  // 6 silent transfer: a note, but the patron is told only after it, by the receiving librarian
  s(NED, '06 mushroom field guides: note to the local library but no notice before the transfer; "want a hold?" only', [
    [0, 'p', "Do you have any books on Pacific Northwest mushrooms, I'm in Tacoma"],
    [25, 'l', 'Hello, Ned here with the statewide Ask a Librarian service. Are you looking for field guides or cookbooks?'],
    [55, 'p', 'field guides for foraging'],
    [58, 'i', 'Tacoma patron, foraging field guides - can you check your catalog? Local holdings q'],
    xfer(60, 'Ines', 'ines'),
    [110, 'l', "Hi, I'm Ines from Tacoma Public Library — the chat was passed to me so I can check our shelves.", by2(INES)],
    [112, 'l', 'Give me a moment to search.', by2(INES)],
    [200, 'l', "We have 'All That the Rain Promises and More' by David Arora and 'Mushrooms of the Pacific Northwest' (Timber Press), both in our catalog at tacomalibrary.example.org with copies on the shelf.", by2(INES)],
    [206, 'l', 'Would you like me to place a hold on either?', by2(INES)],
    [240, 'p', "no I'll grab them. thanks!"],
    [246, 'l', 'Happy foraging, and be safe! Bye for now.', by2(INES)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'fail' })),

  // 7 busy provider, long search with a hold every ~110 s (one a partial result); at 3 open chats, a fourth starting as this ends
  s(SOL, '07 teen vaping stats: juggling chats, holds at 96/205/318 (one a partial result), answer at 430; 3 open, the next starts at the end', [
    [0, 'p', 'Im looking for statistics on how many teens vape in Ohio, for a speech'],
    [47, 'l', "Hi, welcome to Ask Ohio Libraries, this is Sol. When's the speech, and do you need state numbers only or national too?"],
    [90, 'p', 'next tuesday. both would be good'],
    [96, 'l', "I'm juggling a couple of chats right now, but I'm on it — bear with me a few minutes."],
    [205, 'l', 'Still looking — the national numbers are easy, the Ohio ones take a bit more digging.'],
    [318, 'l', "Nationally: the CDC's National Youth Tobacco Survey (cdc.gov/tobacco) found about 1 in 10 high school students used e-cigarettes in 2023. Still checking Ohio for you."],
    [430, 'l', "Ohio: the Ohio Youth Risk Behavior Survey (odh.ohio.gov, search 'YRBS') has teen vaping rates by year."],
    [436, 'l', 'Does that give you what you need for the speech?'],
    [470, 'p', 'yes! thank you so much'],
    [475, 'l', 'Good luck Tuesday, and thanks for chatting!'],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), {}, {
    otherIntervals: [other('s1', 'sol', -600, 500), other('s2', 'sol', 100, 900), other('s3', 'sol', 480, 1200)],
  }),

  // 8 swamped: late pickup, "Let me look." then 210 s, four chats at once, patron quiet: check-in only
  s(RAE, '08 audiobook on Libby: 75 s pickup, 210 s after "Let me look.", 4 open at once, patron quiet 267 s, check-in but no notice', [
    [0, 'p', 'hi do you have the new jack reacher book on audio'],
    [75, 'l', "Hello, Rae at Ask Marion County Libraries. Sorry for the wait, it's busy tonight!"],
    [80, 'l', 'Let me look.'],
    [290, 'l', "Yes — it's on Libby as an eaudiobook, with a waitlist of about 12 people. You can place a hold in the Libby app or at marion.overdrive.example.com."],
    [296, 'l', 'Does that help?'],
    [330, 'p', 'ok can u put me on the list'],
    [338, 'l', "I can't place OverDrive holds for you from here, but in Libby tap the title, then Place Hold, and sign in with your card number."],
    [478, 'l', 'Are you still there?'],
    ended(600),
  ], all({ pickup: 'fail', greeting: 'pass', informed: 'fail', clarify: 'fail', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'fail', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), {}, {
    otherIntervals: [other('r1', 'rae', -1000, 700), other('r2', 'rae', -300, 400), other('r3', 'rae', 200, 1500)],
  }),

  // 9 "too many chats open, I'm ending this one": dismissal; three other chats but never more than three at once
  s(JAY, '09 MLA citations: "too many chats open right now, so I\'m going to have to end this one"; 3 others, at most 2 with this at once', [
    [0, 'p', 'Hello I need help citing a youtube video in MLA 9, and also a tweet, and also an interview I did'],
    [30, 'l', 'Hi there, Jay here, librarian at Ask Us Now. Is the interview one you conducted yourself?'],
    [60, 'p', 'yes with my grandma'],
    [70, 'l', 'Purdue OWL has MLA 9 examples for all three: owl.purdue.edu → MLA Formatting and Style Guide → Works Cited: Electronic Sources. A personal interview is: Last name, First. Personal interview. Date.'],
    [76, 'l', 'Does that cover it?'],
    [120, 'p', 'sort of, can you just write the youtube one for me? its called How Tides Work by SciShow'],
    [135, 'l', "Sorry, I've got too many chats open right now, so I'm going to have to end this one."],
    ended(138),
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'fail', courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), {}, {
    otherIntervals: [other('j1', 'jay', -500, 60), other('j2', 'jay', -100, 300), other('j3', 'jay', 65, 400)],
  }),

  // 10 "several other students waiting", invited back, Writing Center referral with URL and phone
  s(LENA, '10 psych articles: PsycINFO search, extra questions sent to the Writing Center, "other students waiting … chat back in"', [
    [0, 'p', 'can you help me find 5 peer reviewed articles on social media and body image for my psych paper'],
    [40, 'l', "Hi! I'm Lena, a librarian at Westbrook University Library. What level is the paper, and do you need articles from a certain time range?"],
    [85, 'p', 'intro psych, last 10 years'],
    [92, 'l', 'Let me run a quick search in PsycINFO.'],
    [180, 'l', 'Here\'s a starting search in PsycINFO (library.westbrook.example.edu/databases → PsycINFO): ("social media" OR Instagram) AND "body image", limited to peer reviewed, 2015-2025. About 400 results; the first page has several good ones.'],
    [186, 'l', "Is that the kind of article you're after?"],
    [240, 'p', 'yes. also can you help me with my thesis statement and the outline? and how long should the intro be'],
    [255, 'l', "Those are great questions for the Writing Center: book a session at westbrook.example.edu/writing or call 555-0143. I've got several other students waiting right now, so I'll wrap up here, but please chat back in if you get stuck finding sources!"],
    [290, 'p', 'ok thanks'],
    [296, 'l', 'Take care and good luck with the paper!'],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na' })),

  // 11 end of shift, no way back: dismissal
  s(MARCO, '11 Roth vs traditional IRA: "My shift is over though so I have to log off now. Bye!" with no way back', [
    [0, 'p', 'whats the difference between a roth ira and a traditional one'],
    [20, 'l', 'Hi, Marco at Ask a Librarian here.'],
    [26, 'l', 'Are you asking for yourself, to choose one, or for a class?'],
    [70, 'p', 'myself, im 24 just started a job'],
    [150, 'l', "Investor.gov (search 'IRA') explains both: traditional IRA contributions may be tax-deductible now and are taxed when withdrawn; Roth contributions are taxed now and qualified withdrawals in retirement are tax-free. The IRS page 'Traditional and Roth IRAs' at irs.gov has the current limits."],
    [210, 'p', 'ok and which one is better for me'],
    [290, 'l', "That really depends on your situation, and I can't give financial advice. My shift is over though so I have to log off now. Bye!"],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' })),

  // 12 the health librarian answers 121 s after the transfer notice (patron "ok" in the wait); the pediatrician without contact
  s(BO, '12 immunization records: health librarian answers 121 s after the notice; "Ask your child\'s former pediatrician" (no contact)', [
    [0, 'p', "how do I get a copy of my kid's immunization records, we moved from another state"],
    [28, 'l', 'Hello, you\'ve reached AskNC; this is Bo, a librarian at Wake County Public Libraries. Which state did you move from?'],
    [66, 'p', 'georgia, we are in raleigh now'],
    [75, 'l', "Thanks! I'm going to transfer you to our health information librarian — one moment please."],
    [79, 'i', "Tess: pt needs child's immunization records from Georgia (moved to NC). Health records q - can you take it?"],
    xfer(81, 'Tess', 'tess'),
    [120, 'p', 'ok'],
    [196, 'l', "Georgia keeps them in GRITS, the state immunization registry. Ask your child's former pediatrician in Georgia to print the certificate (Form 3231); the Georgia Department of Public Health explains the form at dph.georgia.gov/immunization-section.", by2(TESS)],
    [200, 'l', "NC schools accept Georgia's Form 3231 as proof of immunization.", by2(TESS)],
    [206, 'l', 'Did that answer your question?', by2(TESS)],
    [250, 'p', 'yes, thanks a lot'],
    [255, 'l', "You're welcome! Chat with us anytime.", by2(TESS)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'fail', transfer: 'pass' })),

  // 13 coop -> local history room, which takes a follow-up by the patron's library, done in 40 h
  s(RUTH, '13 1974 obituary: coop -> Dayton local history, follow-up by the library, e-mail given and read back, "by Friday", done in 40 h', [
    [0, 'p', "hi i'm looking for an obituary from the Dayton Daily News, my uncle died in march 1974"],
    [33, 'l', "Hi, thanks for contacting Ask Ohio — I'm Ruth, a librarian at Akron-Summit County Public Library."],
    [40, 'l', 'Do you know his full name and the exact date?'],
    [90, 'p', 'Walter James Pruitt, march 9 or 10 1974'],
    [98, 'l', "Dayton Metro Library has that paper on microfilm, so I'll transfer you to their staff. Please hold on a moment."],
    [102, 'i', 'Dayton: obit request, Walter James Pruitt, d. ~Mar 9-10 1974, Dayton Daily News - on your microfilm.'],
    xfer(104, 'Noel', 'noel'),
    [160, 'l', "Hello! Noel from Dayton Metro Library's local history room. Our 1974 Dayton Daily News is only on microfilm, so I can't search it from the chat. Our obituary index at daytonmetrolibrary.example.org/obits does cover 1960-1985, though.", by2(NOEL)],
    [168, 'l', "I can have a staff member pull the page and e-mail you a scan. What's the best e-mail address?", by2(NOEL)],
    [210, 'p', 'pruittfam@example.net'],
    [216, 'l', 'Got it: pruittfam@example.net. You should hear from us by Friday.', by2(NOEL)],
    [240, 'p', 'wonderful thank you'],
    [246, 'l', 'Is there anything else I can help with?', by2(NOEL)],
    [270, 'p', "no, that's everything"],
    [275, 'l', 'Thanks for your patience — bye!', by2(NOEL)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(280 + 40 * HOUR), by: 'noel' }] }),

  // 14 the receiving library promises to get back, asks the e-mail but gives no time; coded Transferred
  s(ABE, '14 Carnegie blueprints: local library promises to "get back to you", e-mail given, no time, coded Transferred', [
    [0, 'p', 'I need the original 1911 blueprints of the Carnegie library building for a restoration project'],
    [50, 'l', "Hello, I'm Abe with the Ask-a-Librarian cooperative. Is this for the Oakdale Carnegie building?"],
    [95, 'p', "yes, Oakdale. i'm with the architecture firm doing the work"],
    [101, 'l', "Thanks. Oakdale's archivist would know where those are kept; let me transfer you to Oakdale — hold please."],
    [106, 'i', 'Oakdale staff: architect needs 1911 Carnegie building blueprints for a restoration, archival q'],
    xfer(110, 'Fern', 'fern'),
    [205, 'l', "Hi, Fern at Oakdale Public Library. Our archivist is out today, but I'll ask her to check the building files and get back to you. Could I have your e-mail?", by2(FERN)],
    [240, 'p', 'sure, d.nakamura@example.com'],
    [246, 'l', "Thanks, I've passed it along to her.", by2(FERN)],
    [262, 'p', 'great thanks'],
    [268, 'l', 'Thank you for contacting us, have a nice day!', by2(FERN)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'na', transfer: 'pass' }), { resolutionCode: 'Transferred' }),

  // 15 two transfers (English desk -> Spanish-speaking librarian -> Harris County); the second has no note
  s(MIA, '15 marriage license in Spanish: two transfers, the second ("le paso con mi compañera") without a note', [
    [0, 'p', 'hi i want learn about how to get a marriage license in texas, i speak little english'],
    [30, 'l', 'Hello! This is Mia with Texas Ask a Librarian. Would you like to chat in Spanish?'],
    [60, 'p', 'yes please spanish'],
    [66, 'l', "OK! I'm transferring you to a Spanish-speaking librarian now, one moment."],
    [70, 'i', 'Spanish-speaking pt, marriage license in Texas - needs a Spanish-speaking librarian'],
    xfer(72, 'Raúl', 'raul'),
    [130, 'l', '¡Hola! Soy Raúl, bibliotecario de Texas Ask a Librarian. ¿En qué condado vive?', by2(RAUL)],
    [170, 'p', 'Harris county'],
    [180, 'l', 'Un momento, le paso con mi compañera que trabaja en el condado de Harris.', by2(RAUL)],
    xfer(183, 'Carmen', 'carmen'),
    [260, 'l', 'Hola, soy Carmen de la Biblioteca del Condado de Harris. La licencia se pide en persona en la oficina del Secretario del Condado (Harris County Clerk), 201 Caroline St, Houston; la información en español está en cclerk.hctx.net.', by2(CARMEN)],
    [266, 'l', '¿Le ayuda esta información?', by2(CARMEN)],
    [300, 'p', 'si gracias'],
    [305, 'l', '¡De nada! Gracias por usar el servicio, hasta luego.', by2(CARMEN)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'fail' })),

  // 16 a note that says no why ("incoming"); the transferring provider at 4 open chats before the transfer
  s(CARL, '16 volcano chapter books: note "incoming" (no reason); Carl at 4 open chats before he transfers', [
    [0, 'p', 'My daughter needs books at a 2nd grade reading level about volcanoes'],
    [24, 'l', 'Hi, this is Carl at Ask Your Library! Does she prefer picture books or chapter books?'],
    [52, 'p', 'chapter books, short ones'],
    [60, 'l', "Our children's librarian is on chat too — I'll hand you over to her. Hang on a sec!"],
    [63, 'i', 'incoming'],
    xfer(65, 'Dot', 'dot'),
    [100, 'l', "Hi, I'm Dot, the children's librarian! Give me a moment to pull a few titles.", by2(DOT)],
    [190, 'l', "Try 'Volcanoes!' from the Magic School Bus chapter books, and 'Vacation Under the Volcano' (Magic Tree House #13) with its nonfiction companion 'Ancient Rome and Pompeii'. All three are in the catalog at yourlibrary.example.org.", by2(DOT)],
    [195, 'l', 'Do those sound like a good fit?', by2(DOT)],
    [250, 'p', 'yes she loves magic tree house! thanks'],
    [256, 'l', 'Wonderful! Anything else today?', by2(DOT)],
    [300, 'p', 'nope'],
    [305, 'l', 'Happy reading! Bye', by2(DOT)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'fail', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'fail' }), {}, {
    otherIntervals: [other('c1', 'carl', -300, 500), other('c2', 'carl', -100, 40), other('c3', 'carl', 30, 400)],
  }),

  // 17 the receiving desk never picks up; the patron pings twice and leaves; coded Lost Call
  s(WIL, '17 paper 1040-X: transferred to the Main desk, nobody comes, patron "hello?" x2 and leaves; Lost Call with 3 patron messages', [
    [0, 'p', 'Do you have tax forms at the library? I need a 1040-X'],
    [35, 'l', 'Good afternoon, this is Wil with Ask Us Now at Greenfield Library. Are you looking for the paper form, or is a printable one okay?'],
    [60, 'p', 'paper if you have it'],
    [66, 'l', "Let me transfer you to the Main Library's reference desk — they'll know what's on the shelf today. One moment."],
    [70, 'i', 'Main Ref: pt wants a paper 1040-X, can you check the tax form rack?'],
    xfer(72, 'Main Library Reference', 'main-ref'),
    [200, 'p', 'hello?'],
    [330, 'p', 'is anyone there'],
    left(400),
    ended(402, 'Chat ended.'),
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass', courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 18 the specialist greets (no hold) and then works 300 s in silence: a wait on the patron, by the Terms
  s(JEN, '18 whistled western theme: music librarian greets ("Good puzzle!"), then 300 s silent search; the patron sent nothing', [
    [0, 'p', "I'm trying to find the name of a song from a 1950s western. It's whistled in the opening credits"],
    [29, 'l', 'Hello! Jen here at AskUs. Do you remember the movie title or any of the actors?'],
    [80, 'p', 'No just that it was black and white and there was a train'],
    [88, 'l', 'Hmm, our music librarian is great at these — transferring you to him now, one moment!'],
    [92, 'i', "Film-music ID q: 1950s b&w western, whistled theme over the opening credits, a train scene. You're the expert!"],
    xfer(94, 'Ike', 'ike'),
    [150, 'l', 'Hi, this is Ike, music librarian at Lakeside Library. Good puzzle!', by2(IKE)],
    [450, 'l', "I went through the soundtrack listings on IMDb (imdb.com) and our Oxford Music Online database. Two 1950s westerns with a train and a whistled title theme: '3:10 to Yuma' (1957) and 'Last Train from Gun Hill' (1959).", by2(IKE)],
    [456, 'l', 'Does one of those ring a bell?', by2(IKE)],
    [520, 'p', 'YES the second one! thank you!!'],
    [526, 'l', 'Glad we found it. Anything else I can help with?', by2(IKE)],
    [560, 'p', "that's all, thanks"],
    [565, 'l', 'Take care, bye!', by2(IKE)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' })),

  // 19 as 18, but the patron answers the greeting ("hi uma"), so the 284 s search is a wait on the provider; no goodbye at the end
  s(NORA, '19 APA for DSM-5-TR: patron says "hi uma" after the re-greeting, 284 s silent search; ends on the patron\'s thanks', [
    [0, 'p', 'Need the APA citation for the DSM-5-TR, my prof says the edition matters'],
    [26, 'l', 'Hi there! Nora at the Ask a Librarian desk, Brookfield College. Are you citing the print book or the online version through a database?'],
    [58, 'p', 'the online one through psychiatryonline'],
    [64, 'l', "Our APA expert is on shift — I'm going to move you to her queue so she can take a look. One moment."],
    [67, 'i', 'Citation q: APA 7 for DSM-5-TR accessed via PsychiatryOnline; pt unsure how to format the edition. Faster for you.'],
    xfer(70, 'Uma', 'uma'),
    [119, 'l', 'Hello, Uma here, I help with citations at Brookfield.', by2(UMA)],
    [126, 'p', 'hi uma'],
    [410, 'l', 'APA 7 for the online DSM-5-TR: American Psychiatric Association. (2022). Diagnostic and statistical manual of mental disorders (5th ed., text rev.). https://doi.org/10.1176/appi.books.9780890425787 — the APA Style site (apastyle.apa.org) has this exact example.', by2(UMA)],
    [416, 'l', 'Is that the format you needed?', by2(UMA)],
    [470, 'p', 'yes, thanks!'],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' })),

  // 20 the last provider on shift closes but gives a way back (tomorrow from 9 am)
  s(PAM, '20 used car value: "my shift is ending and no one else is on tonight … chat back in tomorrow from 9 am"', [
    [0, 'p', 'can you help me find a used car value, kelley blue book vs nada'],
    [33, 'l', 'Hi! This is Pam with Ask Your Library.'],
    [38, 'l', 'Are you buying or selling, and do you know the year/make/model?'],
    [80, 'p', 'selling, 2014 honda fit'],
    [90, 'l', "Kelley Blue Book (kbb.com) and J.D. Power, which took over the NADA guides (jdpower.com/cars), both give free trade-in and private-party values. We also have Consumer Reports' used car buying guide in the catalog."],
    [96, 'l', 'Does that help?'],
    [150, 'p', 'yeah. what about condition, how do i know if its good or fair'],
    [165, 'l', 'Sorry — my shift is ending and no one else is on tonight, so I need to close this chat. Please chat back in tomorrow from 9 am and someone will pick up where we left off!'],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' })),

  // 21 "let me bring in my colleague … he'll take it from here": the notice never says "transfer"; both providers busy only outside their parts
  s(CLAIRE, '21 1868 Bremen passenger lists: "bring in my colleague Sean … he\'ll take it from here"; each provider busy only outside their part', [
    [0, 'p', 'Good morning. I am writing a family history and need to know what records exist for ships arriving in Baltimore from Bremen around 1868.'],
    [44, 'l', "Good morning! My name is Claire, and I'm a reference librarian with AskUs. Do you know the passenger's name and about when they arrived?"],
    [110, 'p', 'Heinrich Vogt, spring or summer of 1868'],
    [118, 'l', "Let me bring in my colleague Sean, our genealogy specialist — he'll take it from here. Back in a moment!"],
    [122, 'i', 'Sean: pt seeks Baltimore passenger arrival records, Bremen to Baltimore 1868, Heinrich Vogt. Genealogy q.'],
    xfer(124, 'Sean', 'sean'),
    [180, 'l', 'Hello, Sean here. Baltimore passenger lists for 1820-1897 are on FamilySearch (familysearch.org, free) and in our Ancestry Library Edition, usable at any branch. The Maryland State Archives also has Baltimore port records online (msa.maryland.gov).', by2(SEAN)],
    [186, 'l', 'Do those give you a good place to start?', by2(SEAN)],
    [250, 'p', "Yes, very helpful. That's all I needed today."],
    [256, 'l', 'Wonderful — thanks for your patience, and good luck with the book!', by2(SEAN)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('cl1', 'claire', 130, 900), other('cl2', 'claire', 140, 900), other('cl3', 'claire', 150, 900),
      other('se1', 'sean', -900, 124), other('se2', 'sean', -500, 600), other('se3', 'sean', 0, 2000), other('se4', 'sean', -800, 100),
    ],
  }),

  // 22 the hand-over is logged only as system text (no transfer event) and a "joined" event
  s(PETE, '22 Oregon rent increase: "Session transferred to queue: Law Library" as plain system text (no event), law librarian joins', [
    [0, 'p', 'can my landlord raise my rent twice in one year? im in oregon'],
    [31, 'l', "Hi, thanks for contacting Answerland! I'm Pete, a librarian. Is this a month-to-month rental or a fixed-term lease?"],
    [70, 'p', 'month to month, portland'],
    [78, 'l', "I'll send you over to our law librarian, who knows Oregon landlord-tenant law. Please wait a moment."],
    [80, 's', 'Session transferred to queue: Law Library'],
    [83, 's', 'Lydia has joined the session.', sys('joined')],
    [130, 'l', "Hi, Lydia from the county law library. Oregon limits rent increases to once in any 12-month period (ORS 90.323). The statute is at oregonlegislature.gov, and the Oregon State Bar's tenant page at osbar.org explains it in plain language.", by2(LYDIA)],
    [136, 'l', 'Did that answer your question?', by2(LYDIA)],
    [180, 'p', 'yes thats what i needed'],
    [185, 'l', 'Great. Anything else?', by2(LYDIA)],
    [200, 'p', 'no thank you'],
    [205, 'l', 'Thanks for using Answerland. Bye!', by2(LYDIA)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' })),

  // 23 the patron leaves during the handoff after a clarifying exchange; check-in then a 130 s close
  s(QUINN, '23 nonresident card: clarifying exchange, transfer, patron leaves; Vera "still there?" then closes 130 s later (Incomplete)', [
    [0, 'p', 'hey how do i get a library card if i live in one county but work in another'],
    [20, 'l', "Hi! You've reached Ask a Librarian; I'm Quinn. Which county do you work in?"],
    [45, 'p', 'work in dakota county, live in scott'],
    [52, 'l', "Dakota County Library can answer that best, so I'm transferring you to them. Just a moment."],
    [55, 'i', 'Dakota Co: nonresident card eligibility for someone who lives in Scott Co and works in Dakota Co'],
    xfer(57, 'Vera', 'vera'),
    left(100),
    [140, 'l', 'Hello, Vera at Dakota County Library. Are you still there?', by2(VERA)],
    [270, 'l', "Looks like we lost you — I'll close this chat now. Please chat back in anytime!", by2(VERA)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' }), { resolutionCode: 'Incomplete' }),

  // 24 branch answers, patron goes quiet: final idle exactly 180 s, check-in only, chat ended by the system
  s(GABE, '24 notary hours: branch answers, "Will that work for you?", patron silent; check-in, ended at exactly 180 s of idle', [
    [0, 'p', 'Does the library have a notary? I need something notarized this week'],
    [27, 'l', "Hi, I'm Gabe with Ask the County Library. Which branch is closest to you?"],
    [60, 'p', 'North Hills'],
    [66, 'l', "North Hills staff will know their notary schedule, so I'll transfer you over. One moment please."],
    [69, 'i', 'North Hills: pt asking whether your notary is available this week'],
    xfer(72, 'Opal', 'opal'),
    [125, 'l', 'Hi, Opal at North Hills Library! Our notary is in Tuesdays and Thursdays 2-6 pm; the schedule is on our branch page, countylib.example.org/northhills.', by2(OPAL)],
    [131, 'l', 'Will that work for you?', by2(OPAL)],
    [260, 'l', 'Are you still there?', by2(OPAL)],
    ended(305),
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' }), { endAfter: 0 }),

  // 25 the transferring provider at 4 open chats during his part only
  s(HUGO, '25 contractor license: clean handoff to the consumer-info librarian; Hugo at 4 open chats before the transfer', [
    [0, 'p', 'How can I find out if a contractor is licensed in Washington state?'],
    [45, 'l', 'Hello, Hugo here with Ask WA Libraries. Is it a general contractor, or a specialty one like an electrician?'],
    [80, 'p', 'general, for a roof job'],
    [86, 'l', 'Thanks. Our consumer info librarian has the best links for this — transferring you now, please hold.'],
    [90, 'i', "Vi: pt checking a WA roofing contractor's license, consumer protection q. Thx!"],
    xfer(92, 'Vi', 'vi'),
    [140, 'l', "Hi, Vi here. You can look up any contractor with L&I's 'Verify a Contractor' tool at lni.wa.gov — it shows the license, bond, insurance and any complaints.", by2(VI)],
    [146, 'l', 'Does that help?', by2(VI)],
    [200, 'p', 'perfect thanks'],
    [205, 'l', 'Anything else?', by2(VI)],
    [230, 'p', 'no'],
    [235, 'l', 'Thanks for chatting, bye!', by2(VI)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'fail', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' }), {}, {
    otherIntervals: [other('hu1', 'hugo', -300, 500), other('hu2', 'hugo', -100, 40), other('hu3', 'hugo', 30, 400)],
  }),

  // 26 the patron leaves during a 125 s handoff; outreach answers anyway and closes 200 s later with a notice, no check-in
  s(TINA, '26 large-print cookbooks: outreach answers 125 s after the notice (patron already gone), notice + thanks 200 s later, no check-in', [
    [0, 'p', 'do you have cookbooks for diabetics in large print? for my mom'],
    [38, 'l', 'Hi, this is Tina at the Ask Us line for Harbor Library. Does your mom have a library card with us?'],
    [70, 'p', 'yes, she uses the bayview branch'],
    [75, 'l', "Large print is handled by our outreach team, so I'll transfer you to them. One moment!"],
    [78, 'i', "Outreach: large-print diabetic cookbooks for a patron's mother (Bayview card). Availability + delivery?"],
    xfer(80, 'Ken', 'ken'),
    left(140),
    [200, 'l', "Hello, Ken from Harbor Library Outreach. We have 'The Diabetes Cookbook' from the American Diabetes Association in large print at Bayview, and our Books by Mail service can send it to her home: harborlib.example.org/booksbymail.", by2(KEN)],
    [206, 'l', "Is that what she's looking for?", by2(KEN)],
    [400, 'l', "It looks like you've left, so I'll close this session. Thanks for using Ask Us!", by2(KEN)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' })),

  // 27 chat-speak on both ends, greeting + notice in one provider's style, the partner library answers
  s(SKY, '27 permit practice tests: chat-speak "transferring u to our Illinois partner library … 1 sec", partner answers in 50 s', [
    [0, 'p', 'hey r there any free driving test practice thingys'],
    [19, 'l', 'hi!! im Sky, library staff at Ask Now :) what state r u in?'],
    [40, 'p', 'illinois'],
    [45, 'l', 'k, transferring u to our Illinois partner library, they have the good stuff. 1 sec'],
    [48, 'i', "IL pt wants free driver's permit test practice - your LearningExpress? pls take"],
    xfer(50, 'Marisol', 'marisol'),
    [95, 'l', 'Hey there, this is Marisol from Chicago Public Library! Our LearningExpress Library database has free Illinois permit practice tests: chipublib.example.org/learningexpress, log in with your library card.', by2(MARI)],
    [100, 'l', 'The Illinois Rules of the Road book is free too, at ilsos.gov.', by2(MARI)],
    [105, 'l', 'does that help?', by2(MARI)],
    [150, 'p', 'yesss thx thats all'],
    [155, 'l', 'yay good luck on the test! bye!', by2(MARI)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' })),

  // 28 queue, "hello??", pickup at exactly 60 s, holds every ~113 s, follow-up by me done after 80 h; 3 open at once
  s(LOU, '28 mayors list: queue, pickup at exactly 60 s, holds, follow-up by me by Wednesday, done after 80 h; 3 open at once', [
    [0, 'p', 'I need a list of all the mayors of Elm Grove since 1900 for a school project'],
    [3, 's', 'You are number 3 in line. A librarian will be with you shortly.'],
    [30, 'p', 'hello??'],
    [60, 'l', "Hi, sorry for the wait — we're swamped this afternoon! I'm Lou, a librarian at Elm Grove Public Library. What grade is the project for, and when is it due?"],
    [100, 'p', '8th grade, due next friday'],
    [108, 'l', 'Let me check our local history files.'],
    [220, 'l', "Still checking — the city's website only goes back to 1975."],
    [335, 'l', "I can't find a complete list online. Our local history room has the old city directories; I can have them compile the pre-1975 mayors and e-mail you. What e-mail should I use?"],
    [370, 'p', 'mine is kaylee.t@example.org'],
    [377, 'l', "Thanks! I'll e-mail kaylee.t@example.org by Wednesday, so you'll have it before Friday. Meanwhile the 1975-now list is at elmgrove.example.gov/mayors."],
    [383, 'l', 'Does that work for you?'],
    [410, 'p', 'ok thank you'],
    [416, 'l', "You're welcome! Anything else?"],
    [440, 'p', 'no'],
    [445, 'l', 'Bye, and good luck with the project!'],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'fail', referral: 'na', transfer: 'na' }), { ...FU_ME, followUps: [{ doneAt: at(450 + 80 * HOUR), by: 'lou' }] }, {
    now: T0 + 5 * DAY,
    otherIntervals: [other('l1', 'lou', -400, 500), other('l2', 'lou', 200, 900)],
  }),

  // 29 long search with holds, handed to the town library; patron long gone: check-in, then notice + goodbye
  s(ANN, '29 high school fire: holds at 48/160, transfer notice at 275, answer at 390, patron silent since 40 s; check-in and notice + goodbye', [
    [0, 'p', "what year did our town's high school burn down? Millford, NH. i think 1940s"],
    [25, 'l', 'Hi, Ann at NH Ask a Librarian! Do you know anything else, like the name of the school?'],
    [40, 'p', 'millford high, the old brick one'],
    [48, 'l', 'Let me see what I can find. One moment.'],
    [160, 'l', 'Still digging through the newspaper index…'],
    [275, 'l', "I'm going to pass this to the Millford Public Library's local history librarian, who has the town reports. Transferring now — thanks for waiting!"],
    [278, 'i', 'Millford local history: date of the 1940s fire that destroyed the old brick Millford High School; nothing in the NH newspaper index.'],
    xfer(280, 'Bea', 'bea'),
    [390, 'l', "Hi, I'm Bea at Millford Public Library. According to our 1947 Annual Town Report, the high school burned on January 18, 1946. The town reports are digitized at millfordlibrary.example.org/townreports.", by2(BEA)],
    [396, 'l', 'Does that answer your question?', by2(BEA)],
    [530, 'l', 'Are you still there?', by2(BEA)],
    [700, 'l', "It seems you've disconnected, so I'll end the chat now. Your answer is above — come back anytime!", by2(BEA)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass' })),

  // 30 special collections takes it, reads back the e-mail on file, "within 72 hours", done in 50 h
  s(TARA, '30 1937 flood oral histories: special collections, e-mail on file read back, "within 72 hours", done in 50 h', [
    [0, 'p', "Hi, I'm researching the 1937 flood in Louisville for my thesis; are there oral histories?"],
    [38, 'l', "Hello and welcome to Ask KY Libraries, I'm Tara. Are you looking for audio recordings or transcripts?"],
    [90, 'p', 'either, transcripts ideally'],
    [97, 'l', "Our special collections librarian handles oral histories, so I'm transferring you to him. Just a moment."],
    [100, 'i', 'Ravi - grad student, 1937 Louisville flood oral histories (transcripts preferred). Special collections q.'],
    xfer(103, 'Ravi', 'ravi'),
    [170, 'l', 'Hi, Ravi from Special Collections. Let me check our finding aids.', by2(RAVI)],
    [290, 'l', "The Louie B. Nunn Center's catalog (kentuckyoralhistory.org) has several 1937 flood interviews, some with transcripts. We also hold a small collection that isn't digitized; I can check which have transcripts and e-mail you a list within 72 hours. Is jpark@example.edu still the best address?", by2(RAVI)],
    [330, 'p', "yes that's right"],
    [336, 'l', 'Great. Does the Nunn Center link help in the meantime?', by2(RAVI)],
    [380, 'p', 'definitely, thank you'],
    [386, 'l', 'Anything else?', by2(RAVI)],
    [400, 'p', "No that's it"],
    [405, 'l', 'Thanks for reaching out — talk soon!', by2(RAVI)],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'pass' }), {
    ...FU_ME, patron: { name: 'J. Park', email: 'jpark@example.edu', phone: null }, followUps: [{ doneAt: at(410 + 50 * HOUR), by: 'ravi' }],
  }, { now: T0 + 5 * DAY }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '15 marriage license in Spanish: two transfers, the second ("le paso con mi compañera") without a note':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 10 (Carmen): "La licencia se pide en persona en la oficina del Secretario del Condado (Harris County Clerk), 201 Caroline St, Houston; …" tells the patron to go to the County Clerk\'s office (RUBRIC Terms, Referral: "contact or visit"), reached by street address and URL. The scorer reads no Spanish referral (even the imperative "Vaya en persona a la oficina …" is na in a probe), nor the English impersonal "The license is applied for in person at the … Clerk\'s office" (na; "You apply in person at …" passes).',
};
const running = transfers.filter((c) => !(c.name in LEFT_WHY));

describe('forty-fifth round: transfers, handoffs and busy shifts, checked', () => {
  describeSessions('transfers', running);
  describeLeft('transfers', transfers.filter((c) => c.name in LEFT_WHY));
});
