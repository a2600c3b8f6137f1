/**
 * Fortieth round, area (G22): SERVICES ABROAD. British, Irish, Canadian (English and French-Canadian English), Australian and
 * New Zealand public and university library chat services: council tax, the NHS, 111 and a GP surgery, Citizens Advice and
 * Citizens Information, the RTB, HMRC, the DVLA, the Passport Office, the Electoral Registration Office, Centrelink, Services
 * Australia, Medicare and the ATO, Inland Revenue (the IRD) and Work and Income, Service Canada, legal aid (LawAccess NSW),
 * family history (The National Archives at Kew, Discovery, Trove, Papers Past, Library and Archives Canada), eBooks on
 * BorrowBox, an inter-library loan, study help (a law essay passed to the law librarian); every check in the whole sessions.
 *
 * PARAPHRASE SWEEP. Shapes tried, in British, Irish, Australian, New Zealand (with te reo Māori greetings and goodbyes),
 * Canadian and French-Canadian English, chat-speak, terse and warm:
 *  referral WITH a contact, in these countries' formats: "ring the council tax team on 020 7974 4444", "Ring the council's
 *   housing team on 020 7946 0000", "Give Citizens Advice a ring on 0800 144 8848", "give them a ring on 0818 30 30 37", "ring
 *   NHS 111 any time", "Call NHS 111 if …", "phone NHS 111", "ring Centrelink on 132 850", "Ring the Centrelink Older
 *   Australians line on 132 300", "give Services Australia a ring on 131 202", "Call TIS National on 131 450", "ring Lifeline on
 *   13 11 14", "Phone the State Library's family history desk on (02) 9273 1414", "Call Legal Aid NSW's LawAccess on 1300 888
 *   529", "ring Inland Revenue on 0800 227 774, or +64 4 978 0779 from overseas", "Call Service Canada at 1-800-O-Canada",
 *   "Give Service Canada a call at 1 800 622-6232", "Contact Library and Archives Canada at 1-866-578-7777", "ring HMRC's
 *   helpline from abroad on +44 135 535 9022", "ring the DVLA on 0300 790 6801", "Write to The National Archives, Kew,
 *   Richmond, Surrey TW9 4DU", "Visit the British Library at 96 Euston Road, London NW1 2DB", "Email the Electoral Commission
 *   at info@…"; WITHOUT one: "Pop into your local branch", "Give Citizens Advice a ring, they'll know", "Have a word with your
 *   GP", "Ring the council about it; the borough's population is 132 550", "Call the family history desk …; the record
 *   number is 132 850"; no referral: "The 111 bus stops right outside", "take the 111 bus";
 *  sources: gov.uk, camden.gov.uk, 111.nhs.uk, citizensinformation.ie, rtb.ie, my.gov.au, servicesaustralia.gov.au,
 *   ird.govt.nz, paperspast.natlib.govt.nz, canada.ca, discovery.nationalarchives.gov.uk, trove.nla.gov.au, "Have a look on
 *   Trove", "Search Papers Past", "on / in Papers Past", "Try Papers Past:"; none: "the BorrowBox app" (LEFT), "The Citizens
 *   Advice website", "marking papers past midnight", "the papers past the 1950s";
 *  agencies who will contact the patron (no promise of the provider's): "HMRC will be in touch within two working days",
 *   "Centrelink will give you a ring", "Inland Revenue will send you a letter", "The DVLA will post you the new licence", "your
 *   GP surgery will text you", "Service Canada will mail you a confirmation letter", "the Electoral Registration Office will
 *   write to you", "The council tax team will write to you", "Work and Income will give you a call", "Citizens Advice will be
 *   in touch", "The Passport Office will post you the new passport", "Medicare will send you a new card", "the council will be
 *   in contact", "The ATO will send you a notice of assessment", "Your GP will ring you with the results"; the provider's or
 *   the library's own (a promise): "I'll drop you an email by Thursday", "Someone from our local studies team will be in
 *   touch within two working days", "I'll get back to you by close of play tomorrow", "HMRC will write to you …, and I'll
 *   email you the guide by Friday", "I'll ring the council myself and get back to you by Monday", "Our local studies
 *   librarian will be in touch …", an ILL "drop you an email by Thursday 12/3" (day-first) with the e-mail given;
 *  holds: "bear with me whilst I have a look", "Just a tick", "Hang on a mo", "Give us two ticks while I dig that out", "A
 *   moment please, I verify the page", "I'm passing you over to her now, bear with me"; no hold: "Take your time, no rush",
 *   "Mo at the Central branch runs the Lego club", "the blue ring binder";
 *  check-ins: "Are you still with us?", "Still there?", "Are you still about?", "Hello? Have we lost you?"; not "Are you still
 *   with Vodafone …?"; the notice "It looks like we've lost you, so I'll close the chat now";
 *  goodbyes: "No worries, take care!", "all the best", "Ta-ra", "Ka kite anō", "Ngā mihi", "Ta very much for chatting",
 *   "Merci to you, have a nice day!", "have a good one"; not "The 111 bus goes from outside", "I'll close the chat now";
 *  the patron's end: "that's everything, cheers", "that's me sorted", "nothing else", "is all" (non-native); not "cheers for
 *   that", "yep ta"; "Anything else you're after?"; completeness: "Does that sort you out?", "Has that helped at all?", "Is
 *   that what you were after?", "Does that answer your query?", "Is it what you were looking for?"; not "Would a list of
 *   local solicitors be useful?";
 *  greetings: "G'day, Mel here from …", "Kia ora, you're chatting with Hemi at AnyQuestions", "Hiya", "Bonjour! Chantal from
 *   Ask Ontario here", "Morning! Priya, librarian at …", "Dia dhuit! Aoife here from …"; not "Kia ora! What are you after?";
 *  dismissals: "it's one question per chat and you've had yours, so I'll end it there", "You've had your twenty minutes, I'm
 *   afraid", "that's your three questions for today"; allowed: "There's a bit of a queue, so I'll have to let you go, but do
 *   pop back later or ring us on …", "We're closing in five minutes, … do come back tomorrow", "I can't give medical / legal
 *   advice, but …" with a way forward; a transfer to the law librarian with a note; a slow pickup; four chats at once.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before the scorer ran. Readings taken where it leaves room:
 * - public agencies abroad (HMRC, the DVLA, the council, the NHS and a GP surgery, Citizens Advice, Centrelink, Medicare, the
 *   ATO, Inland Revenue, Work and Income, Service Canada, the Passport Office, the Electoral Registration Office …) who will
 *   call, write to, post or send something to the patron make no promise of the provider's (G18's reading of outside parties);
 *   the library's own teams ("our local studies team") do;
 * - "ring NHS 111" names a party (NHS 111) with its number; 111 alone after a calling verb is a phone, "the 111 bus" is not;
 *   Australia's 13 numbers in two threes ("132 850") after "on / at" or a calling verb are phones, a count is not;
 * - a postal address with a British postcode ("Kew, Richmond, Surrey TW9 4DU") reaches the party;
 * - "Ka kite anō" (see you again) and "Ngā mihi" (thanks) are a goodbye and thanks in te reo Māori, "Ta-ra" and "all the best"
 *   British goodbyes, "Kia ora", "G'day", "Dia dhuit" and "Bonjour" greetings;
 * - "that's me sorted", "nothing else" and the non-native "is all" say explicitly that the patron is done; "cheers for that"
 *   and "yep ta" are thanks only;
 * - Trove and Papers Past are databases (named resources); BorrowBox named only as an app is not a source (as "the Libby app");
 * - "Have a word with your GP" refers the patron to a named specialist (their doctor), with no way to reach them.
 *
 * Written: 123 cases, all labelled before running: a first batch of 16 whole sessions and 79 short cases; 13 near misses and
 * fix cases (`guards`) written with the fixes; a second batch of 15 short cases probing the fixes' words (4 of them near
 * misses). Run: 120 (16 whole); LEFT: 3.
 * First run (95 cases): 11 disagreed. By check:
 *  - followup.contact / resolution.code 5: "HMRC will be in touch within two working days", "Centrelink will give you a ring
 *    to confirm", "The DVLA will post you the new licence", "your GP surgery will text you the appointment", "Service Canada
 *    will mail you a confirmation letter" read as the provider's promises;
 *  - referral.contact 3: "Ring Centrelink on 132 850" (whole and short: the six-digit 13 number read as no phone, so no
 *    referral), "Ring NHS 111 or go to 111.nhs.uk" (111 after "NHS" read as no phone);
 *  - info.source 2: "Search Papers Past for the death notice" read as no source; "You can borrow eBooks on the BorrowBox app"
 *    read as a source (LEFT: "eBooks" itself is read as a named resource, older);
 *  - approachability.greeting 1: "Hiya, Ask Us Leeds here." read as no identification (LEFT).
 * Second run (guards, 13): 1 disagreed, a near miss of mine that named no party word ("Ring Centrelink about it; … page 132
 * 550"): rewritten with "the council" and a population ("… is 132 550"), which then showed my first context list ("is",
 * "number") too wide: narrowed (below), and the record number case added.
 * Third run (the second batch, 15): 1 disagreed: "Dial NHS 111, it's free from mobiles" ("dial" is no referral verb: LEFT).
 * My labels corrected: 0.
 *
 * Fixed in block G22 (v41 only; near misses in `guards` and `second`, each checked to fail with its part of the fix widened):
 *  - notPromise (plus, `ABROAD_CALLS_G22`): an agency abroad (`ABROAD_PARTY_G22`) who will / should / may call, ring, contact,
 *    text, e-mail, write to, mail, post, send, notify, get back to, be in touch / in contact (with) the patron, "give you a
 *    ring / call / bell", or send / post them a letter, licence, card, notice, number, refund …, with G18's narrowings (not the
 *    library's own, not after "our / my", not with the provider's own "I'll / we'll" in the sentence) [near miss: "HMRC will
 *    write to you about the refund, and I'll email you the guide to P85 by Friday" fails without the "I'll" test; "Our local
 *    studies librarian will be in touch …", "I'll ring the council myself and get back to you by Monday"];
 *  - phone (plus, `AU_13_G22`): an Australian 13 number in two threes ("132 850", "131 450") at the start of a number run
 *    (classify.ts `namedAtPhoneH1` tests the run alone) or after "on / at", "ring / call / phone / dial", "line", "tel" or a
 *    colon, not before a unit or a count word, not after "page / room / born …" [near misses: "Ring the council about it; the
 *    borough's population is 132 550" and "Call the family history desk about it; the record number is 132 850" both fail
 *    with "is" and "number" in the context list];
 *  - phone (plus, `NHS_111_G22`): 111 right after "(the) NHS (on)" after a calling verb ("ring NHS 111", "Call NHS 111",
 *    "phone NHS 111"), not 111.nhs.uk [near miss: "Ring the surgery first, or take the 111 bus to the walk-in centre" fails
 *    with 111 read anywhere];
 *  - knownResource (plus, `PAPERS_PAST_G22`): Papers Past after "search / on / in / try / use / via / see …", not before "the
 *    / midnight / due …" [near misses: "I was marking papers past midnight", "That one is from the papers past the 1950s" both
 *    fail with the lookbehind and lookahead taken off].
 * Three older LEFT cases now score as labelled (their reason was the 13 number "132 300 / 132 850"): moved, labels
 * unchanged, to `READ_SINCE_LEFT` lists in their own files (twenty-ninth-round-ready, thirtieth-round-jobs,
 * thirty-third-round-can-help).
 * Not changed: "eBooks" read as a named resource (older); the identification of a service name followed by a place ("Ask Us
 * Leeds here"); "dial" as a referral verb.
 *
 * Left (3): "You can borrow eBooks on the BorrowBox app" (an app named only, read as a source because "eBooks" is read as a
 * named resource, older and not of this area); "Hiya, Ask Us Leeds here." (a service name before a place is no
 * identification: the openings' families); "Dial NHS 111, it's free from mobiles" ("dial" is no referral verb).
 *
 * Final run: phrases.test.ts (320 tests, passed); then this file, rubric.test.ts, every thirty-seventh-, thirty-eighth- and
 * thirty-ninth-round file on this branch, and the files found by grep for the fixes' words ("will be in touch", "be in
 * contact", "give you a ring / call / bell / buzz", "post you", "Papers Past", "NHS 111", HMRC, DVLA, Centrelink, Services
 * Australia, Service Canada, Inland Revenue, IRD, Citizens Advice / Information, Medicare, Jobcentre, Work and Income,
 * Passport Office, electoral, Land Registry, Ombudsman, ATO, ACC, CRA, IRCC, WINZ, RTB, GP, surgery, "council will / tax",
 * "hospital will", six-digit 13 numbers) (244 files, 23264 tests): all passed but one, E23's LEFT "The council will give you
 * a buzz about the repair", which now scores as labelled: moved from its LEFT_WHY to its running cases, label unchanged;
 * then that file and this one again (255 tests), all passed.
 * v41's fingerprint after block G22: b3d4466381eb6f64.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** An opening of a British public library: the question, a greeting that asks the patron's area, the reply. */
const UK: Line[] = [
  [0, 'p', 'hi, I need a bit of help with something from the council'],
  [20, 'l', "Hiya, Jo here at Ask a Librarian, Leeds Libraries. Which part of Leeds are you in?"],
  [50, 'p', 'Headingley'],
];
/** An Australian opening. */
const AU: Line[] = [
  [0, 'p', 'hey can you help me with a centrelink thing'],
  [20, 'l', "G'day, Mel here from Ask a Librarian NSW. Which suburb are you in?"],
  [50, 'p', 'parramatta'],
];
/** A New Zealand opening. */
const NZ: Line[] = [
  [0, 'p', 'kia ora, question about tax and family history sorry two things'],
  [20, 'l', 'Kia ora, Hemi here from AnyQuestions. Which one shall we start with?'],
  [50, 'p', 'the family one'],
];
/** A Canadian opening. */
const CA: Line[] = [
  [0, 'p', 'Bonjour, I have a question for government papers'],
  [20, 'l', 'Bonjour, hello! Chantal here, librarian at Ask Ontario. Which papers do you need?'],
  [50, 'p', 'for my SIN and my grandfather immigration'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Cheers, bye!']];
const uk = (text: string) => then(UK, text);
const au = (text: string) => then(AU, text);
const nz = (text: string) => then(NZ, text);
const ca = (text: string) => then(CA, text);
/**
 * `said` (at 52 s) is a provider message; the provider writes again 200 s later. Read as a hold, the 200 s is a wait on the
 * provider (keep_informed fails); read as no hold, a wait on the patron (passes).
 */
const wait = (said: string): Line[] => [
  [0, 'p', 'have you got the new Richard Osman in?'],
  [20, 'l', 'Hiya, Jo at Ask a Librarian, Leeds Libraries. Print or eBook?'],
  [45, 'p', 'print please'],
  [52, 'l', said],
  [252, 'l', "It's on the catalogue at leeds.gov.uk/libraries/catalogue with 3 copies in. Does that help?"],
  [270, 'p', 'yes ta'],
];
/** An answered eBook question, then the provider's `text` at 230 s into a final idle, and a disconnect notice at 420 s. */
const quiet = (text: string): Line[] => [
  [0, 'p', 'how do i get audiobooks on borrowbox'],
  [20, 'l', 'Hiya, Jo here at Ask a Librarian, Leeds Libraries. Android or iPhone?'],
  [45, 'p', 'android'],
  [70, 'l', "The steps are at leeds.gov.uk/libraries/borrowbox: install it, pick Leeds, sign in with your card number and PIN. Did that help?"],
  [230, 'l', text],
  [420, 'l', "It looks like you've been disconnected, so I'll close this chat now. Thanks for using Ask a Librarian!"],
];
/** An answered question, the patron's thanks, then the provider's `text` as the last message. */
const last = (text: string): Line[] => [
  ...UK,
  [70, 'l', 'Council tax bands are on gov.uk/council-tax-bands. Does that help?'],
  [100, 'p', 'ok thanks'],
  [110, 'l', text],
];
/** An answered question, then the patron's `said` and the provider's goodbye. */
const patronSays = (said: string): Line[] => [
  ...UK,
  [70, 'l', 'Council tax bands are on gov.uk/council-tax-bands. Does that help?'],
  [100, 'p', said],
  [110, 'l', 'Bye!'],
];
/** The provider's first message `greet`, a second message that asks a question, the answer and a goodbye. */
const opens = (greet: string): Line[] => [
  [0, 'p', 'do you have books on the history of the railways'],
  [15, 'l', greet],
  [20, 'l', 'Any particular railway or period?'],
  [50, 'p', 'british, victorian'],
  [70, 'l', 'Try the catalogue at leeds.gov.uk/libraries/catalogue, subject "Railways -- Great Britain -- History". Does that help?'],
  [100, 'p', 'ok thanks'],
  [106, 'l', 'Thanks for chatting, bye!'],
];

export const whole: SessionCase[] = [
  {
    // "bear with me whilst I have a look": a hold (80 s); "ring the council tax team on 020 …" a referral with its phone;
    // "that's everything" the patron's own end
    name: 'British, council tax and the single person discount: camden.gov.uk and the council tax team on 020 7974 4444',
    lines: [
      [0, 'p', 'hi, just moved to camden, how do I sort out council tax and can i get the single person discount?'],
      [25, 'l', "Hiya, you're through to Priya at Ask a Librarian, Camden Libraries. Are you renting or do you own the flat?"],
      [60, 'p', 'renting, on my own'],
      [70, 'l', 'Lovely, bear with me whilst I have a look.'],
      [150, 'l', "You set up your account and apply for the 25% single person discount on the council's page at camden.gov.uk/council-tax. If you get stuck, ring the council tax team on 020 7974 4444. Does that answer your question?"],
      [190, 'p', "brilliant, that's everything, cheers"],
      [196, 'l', 'No worries, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "ring NHS 111": a party (NHS 111) with its number; "I can't give medical advice, but …" an honest limit with a way forward
    name: 'British, a child\'s rash at night: NHS 111 by phone and 111.nhs.uk, 999, no "anything else"',
    lines: [
      [0, 'p', 'my little boy has a temperature and a rash and the GP surgery is shut, what do I do??'],
      [15, 'l', "Hello, I'm Sam, a librarian with Ask Us at Leeds Libraries. I'm sorry, that sounds worrying. How old is he?"],
      [40, 'p', "he's 2"],
      [55, 'l', "I can't give medical advice, but you can ring NHS 111 any time, day or night, or use 111.nhs.uk, and if he seems very unwell ring 999 straight away. Is that what you needed?"],
      [80, 'p', 'yes thank you, ringing now'],
      [85, 'l', 'Take care, I hope he feels better soon. Bye for now.'],
    ],
    exp: usual({ referral: 'pass', anything: 'fail' }),
  },
  {
    name: 'Irish, a notice to quit: citizensinformation.ie and the RTB "give them a ring on 0818 30 30 37"',
    lines: [
      [0, 'p', 'Hi there, my landlord wants me out in 4 weeks, is that legal in Ireland?'],
      [30, 'l', 'Hello and welcome to Ask a Librarian at Dublin City Libraries, my name is Aoife. How long have you been renting the place?'],
      [70, 'p', 'nearly 3 years'],
      [120, 'l', 'For a tenancy of that length the notice period is longer; the table is on citizensinformation.ie under Housing > Renting a home > Ending a tenancy. The Residential Tenancies Board handles disputes: give them a ring on 0818 30 30 37 or see rtb.ie. Is that what you were looking for?'],
      [170, 'p', "it is, thanks a million, that's all I needed"],
      [175, 'l', "You're very welcome, all the best with it!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "yep ta" is thanks, not the patron saying they are done
    name: 'Australian, terse: the Centrelink income statement through my.gov.au, Centrelink on 132 850',
    lines: [
      [0, 'p', 'how do i get my centrelink payment summary for tax'],
      [12, 'l', "G'day, Mel here from Ask a Librarian NSW. Is it for this financial year?"],
      [30, 'p', 'yeah 2025-26'],
      [50, 'l', 'Sign in to myGov at my.gov.au, go to Centrelink > Tax > Centrelink income statement. Or ring Centrelink on 132 850. Did that help?'],
      [70, 'p', 'yep ta'],
      [75, 'l', 'No worries, have a good one!'],
    ],
    exp: usual({ referral: 'pass', anything: 'fail' }),
  },
  {
    // "Kia ora" greets; "nothing else" is the patron's explicit end; "all the best" a goodbye
    name: 'New Zealand, chat-speak: an IRD number at ird.govt.nz, Inland Revenue on 0800 227 774 or +64 4 978 0779',
    lines: [
      [0, 'p', 'hey how do i get my IRD number i just moved here from the uk'],
      [20, 'l', 'Kia ora! You\'re chatting with Hemi from AnyQuestions. Are you a NZ citizen or here on a visa?'],
      [45, 'p', 'work visa'],
      [80, 'l', 'You apply online at ird.govt.nz/ird-numbers with your passport and visa. If you have trouble, ring Inland Revenue on 0800 227 774, or +64 4 978 0779 from overseas. Does that answer ur q?'],
      [100, 'p', 'yes sweet as thx, nothing else'],
      [104, 'l', 'Ka kite anō, all the best!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "A moment please, I verify the page": a hold (70 s); "1-800-O-Canada (1-800-622-6232)": a phone; "is all": the patron's end
    name: 'French-Canadian English: a SIN confirmation at canada.ca, Service Canada at 1-800-O-Canada (1-800-622-6232)',
    lines: [
      [0, 'p', 'Bonjour, I need to renew my SIN card? or get new one, I lost it'],
      [25, 'l', 'Bonjour, hello! This is Chantal, librarian at Ask Ontario. Do you have a permanent resident card or Canadian citizenship?'],
      [60, 'p', 'I am citizen, born in Quebec'],
      [110, 'l', 'A moment please, I verify the page.'],
      [180, 'l', 'Service Canada does not issue cards anymore; you can get a confirmation of your SIN at canada.ca/en/employment-social-development/services/sin.html, or call Service Canada at 1-800-O-Canada (1-800-622-6232). Is it what you were looking for?'],
      [220, 'p', 'yes merci, is all'],
      [225, 'l', 'Merci to you, have a nice day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "visit The National Archives, Kew, Richmond, Surrey TW9 4DU": a referral with a postal address; "just a tick" a hold (70 s)
    name: 'British academic, a WW1 service record: Discovery at discovery.nationalarchives.gov.uk, The National Archives at Kew by postcode',
    lines: [
      [0, 'p', "I'm trying to find my great-grandad's WW1 service record, he was in the Durham Light Infantry"],
      [20, 'l', "Good afternoon, you've reached the Ask Us chat at Durham University Library, I'm Tom. Do you know his service number or roughly when he enlisted?"],
      [70, 'p', 'no number, he enlisted 1915 i think'],
      [100, 'l', 'Just a tick while I look at what survives.'],
      [170, 'l', "Many WW1 records burned in 1940, but search The National Archives' catalogue, Discovery, at discovery.nationalarchives.gov.uk for WO 363 and WO 364. To see the originals, visit The National Archives, Kew, Richmond, Surrey TW9 4DU; you need a free reader's ticket. Has that helped?"],
      [230, 'p', 'yes great'],
      [240, 'l', 'Anything else I can help with?'],
      [270, 'p', "no that's fine thanks"],
      [275, 'l', 'Cheers, all the best with the research!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // final idle from 60 s to the goodbye at 330 s (270 s): "Are you still with us?" a check-in; "It looks like we've lost
    // you, so I'll close the chat now" the disconnect notice (and a goodbye: it thanks and invites back)
    name: 'Irish, BorrowBox on an Android phone, the patron goes quiet: "Are you still with us?", then the notice',
    lines: [
      [0, 'p', 'how do i get ebooks on my phone from the library'],
      [20, 'l', 'Hi there, Niamh here at Ask a Librarian, Cork County Library. Is it an iPhone or an Android phone?'],
      [40, 'p', 'android'],
      [60, 'l', 'Download BorrowBox from the Play Store, then sign in with your library card number and PIN; the steps are at corkcoco.ie/library/borrowbox. Does that sort you out?'],
      [200, 'l', 'Are you still with us?'],
      [330, 'l', "It looks like we've lost you, so I'll close the chat now. Cheers for getting in touch, come back any time!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass', anything: 'fail' }),
  },
  {
    // "I'll put an inter-library loan request through and drop you an email by Thursday 12/3": a follow-up by the provider,
    // the e-mail given in the chat, a day (day-first date); "Ngā mihi, ka kite anō!" thanks and says goodbye in te reo Māori
    name: 'New Zealand university, an inter-library loan of a thesis: "drop you an email by Thursday 12/3", e-mail given, done in time',
    lines: [
      [0, 'p', 'Kia ora, I need a thesis from Otago for my assignment, can the library get it?'],
      [25, 'l', "Kia ora, Aroha here from the University of Waikato Library. What's the title and author, and when is your assignment due?"],
      [60, 'p', "Whaanga 2019, 'Te reo in the home', due 20/3"],
      [100, 'l', "I found it in Otago's catalogue at otago.on.worldcat.org: it's print only. Is that the one you need?"],
      [120, 'p', 'yes thats it'],
      [130, 'l', "I'll put an inter-library loan request through for you and drop you an email by Thursday 12/3 with the pick-up details. What's the best email for you?"],
      [150, 'p', 'k.whaanga@students.waikato.ac.nz'],
      [160, 'l', 'Sweet, k.whaanga@students.waikato.ac.nz it is. Anything else I can help with?'],
      [180, 'p', "no that's all, ngā mihi"],
      [185, 'l', 'Ngā mihi, ka kite anō!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR), by: 'jo', note: 'ILL placed, emailed pick-up details' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // "it's one question per chat and you've had yours, so I'll end it there": a limit of questions, no way back
    name: 'British, a provider who stops at one question: dismissal, no goodbye',
    lines: [
      [0, 'p', 'can you tell me how to appeal a parking fine from the council, and also how to get a blue badge'],
      [30, 'l', 'Hello, Gary at Ask a Librarian, Kent Libraries. Which council issued the fine?'],
      [60, 'p', 'medway'],
      [90, 'l', 'Appeals go through medway.gov.uk/parking. Does that help?'],
      [110, 'p', 'ok and the blue badge?'],
      [130, 'l', "Sorry, it's one question per chat and you've had yours, so I'll end it there."],
      [140, 'p', 'seriously?'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'British academic, adverse possession: passed over to the law librarian with a note; Westlaw UK through the law guide',
    lines: [
      [0, 'p', 'I need case law on adverse possession for my land law essay'],
      [20, 'l', "Hi, you're through to Ask Us at the University of Leeds Library, I'm Rachel. Is it English law, and what level is the essay?"],
      [50, 'p', 'English law, 2nd year LLB'],
      [60, 'l', "Our law librarian can help best; I'm passing you over to her now, bear with me."],
      [62, 'i', '2nd yr LLB, adverse possession case law for essay, over to you'],
      xferToRosa(64),
      [90, 'l', "Hi, Rosa, law librarian here. Start with Westlaw UK through the Law subject guide at library.leeds.ac.uk/law: search 'adverse possession' and read Pye v Graham. Does that answer your question?", ROSA],
      [130, 'p', "yes perfect, that's everything"],
      [135, 'l', 'Good luck with the essay, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // "Hang on a mo" is a hold; the next provider message comes 160 s later
    name: 'Australian, a shipwreck in Trove: "hang on a mo" and 160 s of silence (keep informed fails)',
    lines: [
      [0, 'p', 'looking for newspaper reports of a shipwreck off Port Phillip in 1853'],
      [20, 'l', "Hi! This is Kate from State Library Victoria's Ask a Librarian. Do you know the ship's name?"],
      [50, 'p', 'the Schomberg? no wait that was 1855. not sure'],
      [60, 'l', "Hang on a mo, I'll have a look in Trove."],
      [220, 'l', "Right: Trove's digitised newspapers at trove.nla.gov.au have The Argus for 1853; search 'wreck Port Phillip' and limit to 1853. Is that what you were after?"],
      [250, 'p', 'yes thanks heaps'],
      [255, 'l', 'Anything else?'],
      [270, 'p', "no that's all"],
      [275, 'l', 'No worries, take care!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // picked up after 95 s; "Wonderful, ka kite!" says goodbye in te reo Māori
    name: 'New Zealand, terse: a wedding notice in Papers Past after a slow pickup, "ka kite!"',
    lines: [
      [0, 'p', "papers past - how do i search for my grandmother's wedding notice 1932"],
      [95, 'l', "Kia ora, Ruth at the National Library of New Zealand's Ask a Librarian. Sorry for the wait. Do you know the town?"],
      [120, 'p', 'Dunedin'],
      [140, 'l', "Search Papers Past at paperspast.natlib.govt.nz, tick the Otago Daily Times, set 1932 and search her maiden name plus 'wedding'. Did that help?"],
      [170, 'p', "found it!! thanks so much, that's all"],
      [175, 'l', 'Wonderful, ka kite!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'British, a driving licence address at gov.uk, the DVLA on 0300 790 6801, four chats at once, "Ta-ra, take care!"',
    lines: [
      [0, 'p', 'how do i change the address on my driving licence'],
      [30, 'l', "Hello, it's Jo at Ask a Librarian, Manchester Libraries. Is it the photocard licence, and have you moved within the UK?"],
      [70, 'p', 'yes photocard, moved from leeds to manchester'],
      [110, 'l', "You can do it free at gov.uk/change-address-driving-licence. If you'd rather talk to someone, ring the DVLA on 0300 790 6801. Does that answer your query?"],
      [150, 'p', "yes ta, that's all I needed"],
      [155, 'l', 'Ta-ra, take care!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', 10, 400), other('b', 'jo', 20, 400), other('c', 'jo', 30, 400)] },
    exp: usual({ referral: 'pass', concurrency: 'fail' }),
  },
  {
    // "I can't give legal advice, I'm afraid, but …" an honest limit with a way forward; "1300 888 529" and "(02) 9273 1414" phones
    name: 'Australian, a free lawyer for a court date: LawAccess NSW on 1300 888 529 and the library\'s legal information desk on (02) 9273 1414',
    lines: [
      [0, 'p', 'I got a court date for a driving offence in Parramatta, can I get a free lawyer?'],
      [20, 'l', "Good morning, you've reached Ask a Librarian at the State Library of NSW, my name is Ben. Is the court date soon?"],
      [45, 'p', 'next tuesday'],
      [90, 'l', "I can't give legal advice, I'm afraid, but call Legal Aid NSW's LawAccess line on 1300 888 529: they can tell you if you qualify and about the duty lawyer. You can also ring our legal information librarians on (02) 9273 1414 if you want help finding the law itself. Does that help?"],
      [130, 'p', "yes thank you, I'll ring them now. that's all"],
      [135, 'l', 'Good luck on Tuesday, all the best!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "someone from the team will be in touch within two working days by email": the library's own (a follow-up, with a
    // time); the address read back and confirmed; "ring HMRC's helpline from abroad on +44 …": a referral with its phone;
    // not yet recorded and the 72 h not passed: pending
    name: 'British, a tax refund from Spain: P85 at gov.uk, HMRC on +44 135 535 9022, the library\'s team "in touch within two working days"',
    lines: [
      [0, 'p', "I'm living in Spain now, how do I get my UK tax refund from HMRC for last year?"],
      [25, 'l', "Hello, thanks for contacting Ask a Librarian at Birmingham Libraries, I'm Joy. Were you employed in the UK for part of the year before you left?"],
      [60, 'p', 'yes until June'],
      [100, 'l', "You claim with form P85 at gov.uk/tax-right-retire-abroad-return-to-uk, and you can ring HMRC's helpline from abroad on +44 135 535 9022. Does that answer your question?"],
      [130, 'p', 'partly, I also want to know about my state pension'],
      [150, 'l', "That's one for our business and intellectual property team; someone from the team will be in touch within two working days by email. Is jsmith@example.es the right address?"],
      [170, 'p', "yes that's me"],
      [180, 'l', 'Lovely. Anything else for now?'],
      [200, 'p', 'no, cheers'],
      [205, 'l', 'Cheers, have a good evening!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'jsmith@example.es', phone: null } },
    exp: usual({ referral: 'pass', contact: 'pass', onTime: 'pending' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals with their contacts in these countries' formats -------------------------------------------------------
  { name: 'British, "Ring the council\'s housing team on 020 7946 0000" : referral passes', lines: uk("Ring the council's housing team on 020 7946 0000 and ask for the homelessness officer. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'British, "Give Citizens Advice a ring on 0800 144 8848" : referral passes', lines: uk("Give Citizens Advice a ring on 0800 144 8848, they're brilliant with benefits. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'British, "Ring NHS 111 or go to 111.nhs.uk" : referral and source pass', lines: uk('Ring NHS 111 or go to 111.nhs.uk if it gets worse overnight. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Australian, "ring Centrelink on 132 850" : referral passes', lines: au('Ring Centrelink on 132 850 and ask about Rent Assistance. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "ring Lifeline on 13 11 14" : referral passes', lines: au('If it all gets too much, ring Lifeline on 13 11 14, any time of day. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Phone the State Library\'s family history desk on (02) 9273 1414" : referral passes', lines: au("Phone the State Library's family history desk on (02) 9273 1414. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'New Zealand, "Ring Inland Revenue on +64 4 978 0779 from overseas" : referral passes', lines: nz('Ring Inland Revenue on +64 4 978 0779 from overseas. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Canadian, "Call Service Canada at 1-800-O-Canada" : referral passes', lines: ca('Call Service Canada at 1-800-O-Canada about the SIN. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Canadian, "Give Service Canada a call at 1 800 622-6232" : referral passes', lines: ca('Give Service Canada a call at 1 800 622-6232 about the SIN. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "Write to The National Archives, Kew, Richmond, Surrey TW9 4DU" : referral passes', lines: uk('Write to The National Archives, Kew, Richmond, Surrey TW9 4DU. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "Visit the British Library at 96 Euston Road, London NW1 2DB" : referral passes', lines: uk("Visit the British Library at 96 Euston Road, London NW1 2DB; you'll need a reader pass. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'British, "Email the Electoral Commission at info@electoralcommission.org.uk" : referral passes', lines: uk('Email the Electoral Commission at info@electoralcommission.org.uk. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "ring the DVLA on 0300 790 6801" : referral passes', lines: uk('If the form will not load, ring the DVLA on 0300 790 6801. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Call Legal Aid NSW\'s LawAccess on 1300 888 529" : referral passes', lines: au("Call Legal Aid NSW's LawAccess on 1300 888 529. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'Canadian, "Contact Library and Archives Canada at 1-866-578-7777" : referral passes', lines: ca('Contact Library and Archives Canada at 1-866-578-7777 about the immigration records. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "Ring HMRC on +44 300 200 3300" : referral passes', lines: uk('From abroad, ring HMRC on +44 300 200 3300. Does that help?'), exp: some({ referral: 'pass' }) },
  // referrals with no way to reach the party
  { name: 'British, "Pop into your local branch and ask at the counter" (no contact): referral fails', lines: uk('Pop into your local branch and ask at the counter.'), exp: some({ referral: 'fail' }) },
  { name: 'British, "Give Citizens Advice a ring, they\'ll know" (no number): referral fails', lines: uk("Give Citizens Advice a ring, they'll know."), exp: some({ referral: 'fail' }) },
  { name: 'British, "Have a word with your GP about it" (no contact): referral fails', lines: uk('Have a word with your GP about it.'), exp: some({ referral: 'fail' }) },
  // near misses: no referral
  { name: 'near miss: "The 111 bus stops right outside the library" : no referral', lines: uk('The 111 bus stops right outside the library; opening hours are at leeds.gov.uk/libraries. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- sources -----------------------------------------------------------------------------------------------------------
  { name: 'British, "gov.uk/council-tax-bands" : source passes', lines: uk('The steps are on gov.uk/council-tax-bands. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: 'New Zealand, "ird.govt.nz under Student loans" : source passes', lines: nz("It's all on ird.govt.nz under Student loans. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'Australian, "servicesaustralia.gov.au/centrelink-online-account" : source passes', lines: au('See servicesaustralia.gov.au/centrelink-online-account. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Canadian, "canada.ca/en/services/benefits/ei.html" : source passes', lines: ca('Check canada.ca/en/services/benefits/ei.html. Does that help?'), exp: some({ source: 'pass' }) },
  // a database named is a named resource
  { name: 'Australian, "Have a look on Trove for the 1890s newspapers" (a database): source passes', lines: au('Have a look on Trove for the 1890s newspapers; filter by state. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'New Zealand, "Search Papers Past for the death notice" (a database): source passes', lines: nz('Search Papers Past for the death notice. Does that help?'), exp: some({ source: 'pass' }) },
  // "An organisation or app named without a way to reach it is not a source"
  { name: 'British, "The Citizens Advice website has a benefits checker" (no address): source fails', lines: uk('The Citizens Advice website has a benefits checker. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- follow-ups: the provider's or the library's own promises ----------------------------------------------------------
  { name: 'British, "I\'ll drop you an email by Thursday" : a follow-up', lines: uk("I'll drop you an email by Thursday with the list. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'British, "Someone from our local studies team will be in touch within two working days" : a follow-up', lines: uk('Someone from our local studies team will be in touch within two working days. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'British, "I\'ll get back to you by close of play tomorrow" : a follow-up', lines: uk("I'll get back to you by close of play tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // outside agencies who will contact the patron: no promise of the provider's
  { name: 'British, "HMRC will be in touch within two working days" : no follow-up', lines: uk('Claim at gov.uk/claim-tax-refund; HMRC will be in touch within two working days of the claim. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Australian, "Centrelink will give you a ring to confirm" : no follow-up', lines: au('Claim at servicesaustralia.gov.au/rent-assistance; Centrelink will give you a ring to confirm. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'New Zealand, "Inland Revenue will send you a letter with your IRD number" : no follow-up', lines: nz('Apply at ird.govt.nz/ird-numbers; Inland Revenue will send you a letter with your IRD number. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'British, "The DVLA will post you the new licence within a week" : no follow-up', lines: uk('Apply at gov.uk/change-address-driving-licence; the DVLA will post you the new licence within a week. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'British, "your GP surgery will text you the appointment" : no follow-up', lines: uk('Book through the NHS App at nhs.uk/nhs-app; your GP surgery will text you the appointment. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Canadian, "Service Canada will mail you a confirmation letter" : no follow-up', lines: ca('Ask at canada.ca/sin; Service Canada will mail you a confirmation letter. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'British, "the Electoral Registration Office will write to you to confirm" : no follow-up', lines: uk('Register at gov.uk/register-to-vote; the Electoral Registration Office will write to you to confirm. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // ---- holds --------------------------------------------------------------------------------------------------------------
  { name: 'British, "Bear with me whilst I have a look." (a hold): keep informed fails', lines: wait('Bear with me whilst I have a look.'), exp: some({ informed: 'fail' }) },
  { name: 'British, "Just a tick." (a hold): keep informed fails', lines: wait('Just a tick.'), exp: some({ informed: 'fail' }) },
  { name: 'British, "Hang on a mo, checking the catalogue." (a hold): keep informed fails', lines: wait('Hang on a mo, checking the catalogue.'), exp: some({ informed: 'fail' }) },
  { name: 'British, "Give us two ticks while I dig that out." (a hold): keep informed fails', lines: wait('Give us two ticks while I dig that out.'), exp: some({ informed: 'fail' }) },
  // "Telling the patron to take their time is not a hold"
  { name: 'near miss: "Take your time, no rush at all." (no hold): keep informed passes', lines: wait('Take your time, no rush at all.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss: "Mo at the Central branch runs the Lego club on Saturdays." (no hold): keep informed passes', lines: wait('Mo at the Central branch runs the Lego club on Saturdays, if the kids fancy it.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss: "The forms are in the blue ring binder by the counter." (no hold): keep informed passes', lines: wait('The request forms are in the blue ring binder by the counter.'), exp: some({ informed: 'pass' }) },
  // ---- check-ins ---------------------------------------------------------------------------------------------------------
  { name: '"Are you still with us?" : idle check-in passes', lines: quiet('Are you still with us?'), exp: some({ idle: 'pass' }) },
  { name: '"Still there?" : idle check-in passes', lines: quiet('Still there?'), exp: some({ idle: 'pass' }) },
  { name: 'British, "Are you still about?" : idle check-in passes', lines: quiet('Are you still about?'), exp: some({ idle: 'pass' }) },
  { name: '"Hello? Have we lost you?" : idle check-in passes', lines: quiet('Hello? Have we lost you?'), exp: some({ idle: 'pass' }) },
  { name: 'near miss: "Are you still with Vodafone for your broadband?" (a question about the need): idle check-in fails', lines: quiet('Are you still with Vodafone for your broadband? There is a guide for that too.'), exp: some({ idle: 'fail' }) },
  // ---- goodbyes ----------------------------------------------------------------------------------------------------------
  { name: '"Cheers, all the best!" : courteous passes', lines: last('Cheers, all the best!'), exp: some({ courteous: 'pass' }) },
  { name: '"No worries, take care." : courteous passes', lines: last('No worries, take care.'), exp: some({ courteous: 'pass' }) },
  { name: '"Ta-ra for now!" : courteous passes', lines: last('Ta-ra for now!'), exp: some({ courteous: 'pass' }) },
  { name: 'te reo Māori, "Ka kite anō!" : courteous passes', lines: last('Ka kite anō!'), exp: some({ courteous: 'pass' }) },
  { name: '"Ta very much for chatting." : courteous passes', lines: last('Ta very much for chatting.'), exp: some({ courteous: 'pass' }) },
  { name: 'near miss: "The 111 bus goes from outside the library." : courteous fails', lines: last('The 111 bus goes from outside the library, by the way.'), exp: some({ courteous: 'fail' }) },
  // "Announcing that the chat will end is not, by itself, a goodbye"
  { name: 'near miss: "I\'ll close the chat now." : courteous fails', lines: last("I'll close the chat now."), exp: some({ courteous: 'fail' }) },
  // ---- anything else -----------------------------------------------------------------------------------------------------
  { name: 'the patron: "that\'s me sorted, cheers" : anything else passes', lines: patronSays("that's me sorted, cheers"), exp: some({ anything: 'pass' }) },
  { name: 'the patron: "brill, that\'s everything ta" : anything else passes', lines: patronSays("brill, that's everything ta"), exp: some({ anything: 'pass' }) },
  // thanks alone does not count
  { name: 'near miss, the patron: "cheers for that" : anything else fails', lines: patronSays('cheers for that'), exp: some({ anything: 'fail' }) },
  { name: '"Anything else you\'re after?" : anything else passes', lines: uk("The bands are on gov.uk/council-tax-bands. Anything else you're after?"), exp: some({ anything: 'pass' }) },
  // ---- completeness ------------------------------------------------------------------------------------------------------
  { name: '"Does that sort you out?" : completeness passes', lines: uk('The bands are on gov.uk/council-tax-bands. Does that sort you out?'), exp: some({ complete: 'pass' }) },
  { name: '"Has that helped at all?" : completeness passes', lines: uk('The bands are on gov.uk/council-tax-bands. Has that helped at all?'), exp: some({ complete: 'pass' }) },
  { name: '"Is that what you were after?" : completeness passes', lines: uk('The bands are on gov.uk/council-tax-bands. Is that what you were after?'), exp: some({ complete: 'pass' }) },
  { name: '"Does that answer your query?" : completeness passes', lines: uk('The bands are on gov.uk/council-tax-bands. Does that answer your query?'), exp: some({ complete: 'pass' }) },
  { name: 'near miss: "Would a list of local solicitors be useful?" (not yet given): completeness fails', lines: uk('The bands are on gov.uk/council-tax-bands. Would a list of local solicitors be useful?'), exp: some({ complete: 'fail' }) },
  // ---- greetings ---------------------------------------------------------------------------------------------------------
  { name: '"G\'day, Mel here from Ask a Librarian NSW." : greeting passes', lines: opens("G'day, Mel here from Ask a Librarian NSW."), exp: some({ greeting: 'pass' }) },
  { name: '"Kia ora, you\'re chatting with Hemi at AnyQuestions." : greeting passes', lines: opens("Kia ora, you're chatting with Hemi at AnyQuestions."), exp: some({ greeting: 'pass' }) },
  { name: 'near miss: "Kia ora! What are you after today?" (no one named): greeting fails', lines: opens('Kia ora! What are you after today?'), exp: some({ greeting: 'fail' }) },
  { name: '"Bonjour! Chantal from Ask Ontario here." : greeting passes', lines: opens('Bonjour! Chantal from Ask Ontario here.'), exp: some({ greeting: 'pass' }) },
  { name: '"Morning! Priya, librarian at Camden Libraries." : greeting passes', lines: opens('Morning! Priya, librarian at Camden Libraries.'), exp: some({ greeting: 'pass' }) },
  { name: 'Irish, "Dia dhuit! Aoife here from Ask a Librarian Ireland." : greeting passes', lines: opens('Dia dhuit! Aoife here from Ask a Librarian Ireland.'), exp: some({ greeting: 'pass' }) },
  // ---- dismissal ---------------------------------------------------------------------------------------------------------
  { name: '"You\'ve had your twenty minutes, I\'m afraid, so I\'ll have to end it there." : dismissal', lines: uk("You've had your twenty minutes, I'm afraid, so I'll have to end it there."), exp: some({ dismissal: 'fail' }) },
  { name: '"Sorry, that\'s your three questions for today." : dismissal', lines: uk("Sorry, that's your three questions for today."), exp: some({ dismissal: 'fail' }) },
  { name: '"There\'s a bit of a queue, so I\'ll have to let you go, but do pop back later" : no dismissal', lines: uk("There's a bit of a queue, so I'll have to let you go, but do pop back later or ring us on 0113 378 5005."), exp: some({ dismissal: 'pass' }) },
  { name: '"We\'re closing in five minutes, so I\'ll leave it there; do come back tomorrow" : no dismissal', lines: uk("We're closing in five minutes, so I'll leave it there; do come back tomorrow and we'll carry on."), exp: some({ dismissal: 'pass' }) },
  // ---- clarifying --------------------------------------------------------------------------------------------------------
  {
    name: '"Are you after the print copy or the eBook?" before the source: clarify passes',
    lines: [
      [0, 'p', 'have you got Wolf Hall'],
      [15, 'l', 'Hiya, Jo at Ask a Librarian, Leeds Libraries.'],
      [20, 'l', 'Are you after the print copy or the eBook?'],
      [40, 'p', 'ebook'],
      [60, 'l', "It's on BorrowBox: leeds.gov.uk/libraries/borrowbox. Does that help?"],
      [80, 'p', 'yes ta'],
      [85, 'l', 'Cheers, bye!'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'no question before the source: clarify fails',
    lines: [
      [0, 'p', 'have you got Wolf Hall'],
      [15, 'l', "Hiya, Jo at Ask a Librarian, Leeds Libraries. It's on BorrowBox: leeds.gov.uk/libraries/borrowbox. Does that help?"],
      [40, 'p', 'yes ta'],
      [45, 'l', 'Cheers, bye!'],
    ],
    exp: some({ clarify: 'fail' }),
  },
];

/** Near misses and behaviour cases of block G22's fixes (written with the fixes, labelled before running). */
export const guards: SessionCase[] = [
  // notPromise (ABROAD_CALLS_G22)
  { name: '(fix) "The council tax team will write to you with the new bill" : no follow-up', lines: uk('Apply for the discount at leeds.gov.uk/council-tax; the council tax team will write to you with the new bill. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "Work and Income will give you a call to book an appointment" : no follow-up', lines: nz('Apply at workandincome.govt.nz; Work and Income will give you a call to book an appointment. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "Citizens Advice will be in touch within a week" : no follow-up', lines: uk('Fill in the form at citizensadvice.org.uk/contact-us; Citizens Advice will be in touch within a week. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // the library's own, or the provider's own promise beside the agency: still a follow-up
  { name: 'near miss: "Our council information team will be in touch by Friday" (the library\'s own): a follow-up', lines: uk('Our council information team will be in touch by Friday with the forms. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "HMRC will write to you, and I\'ll email you the guide by Friday" : a follow-up', lines: uk("HMRC will write to you about the refund, and I'll email you the guide to P85 by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "The library\'s Citizens Advice volunteers will be in touch tomorrow" (the library\'s own): a follow-up', lines: uk("The library's drop-in Citizens Advice volunteers will be in touch tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // AU_13_G22
  { name: '(fix) "give Services Australia a ring on 131 202" : referral passes', lines: au('For help in another language, give Services Australia a ring on 131 202. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The State Library holds 132 850 items in the family history collection" (a count): source fails, no referral', lines: au('The State Library holds 132 850 items in the family history collection.'), exp: some({ referral: 'na', source: 'fail' }) },
  { name: 'near miss: "Ring the council about it; the borough\'s population is 132 550" (a count): referral fails', lines: au("Ring the council about it; the borough's population is 132 550, so it takes a while."), exp: some({ referral: 'fail' }) },
  // NHS_111_G22
  { name: '(fix) "Call NHS 111 if the tooth keeps you up" : referral passes', lines: uk('Call NHS 111 if the tooth keeps you up tonight. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Ring the surgery, or take the 111 bus to the walk-in centre" (a bus): referral fails', lines: uk('Ring the surgery first, or take the 111 bus to the walk-in centre.'), exp: some({ referral: 'fail' }) },
  // PAPERS_PAST_G22
  { name: '(fix) "The notice is on Papers Past, in the Evening Post" : source passes', lines: nz('The notice is on Papers Past, in the Evening Post for 3 May 1921. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "I was marking papers past midnight" : source fails', lines: nz("Sorry for the slow reply, I was marking papers past midnight. Try the library's family history team."), exp: some({ source: 'fail' }) },
];

/** A second batch, written and labelled after the first run, probing the words of block G22's fixes. */
export const second: SessionCase[] = [
  // agencies abroad in other words: no promise of the provider's
  { name: '"The Passport Office will post you the new passport within three weeks" : no follow-up', lines: uk('Renew at gov.uk/renew-adult-passport; the Passport Office will post you the new passport within three weeks. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Australian, "Medicare will send you a new card" : no follow-up', lines: au('Update your details at servicesaustralia.gov.au/medicare; Medicare will send you a new card. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'British, "the council will be in contact about the missed bin" : no follow-up', lines: uk('Report it at leeds.gov.uk/bins; the council will be in contact about the missed bin. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Australian, "The ATO will send you a notice of assessment" : no follow-up', lines: au('Lodge at ato.gov.au/lodge; the ATO will send you a notice of assessment. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'British, "Your GP will ring you with the results" : no follow-up', lines: uk('The test is explained at nhs.uk/tests-and-treatments; your GP will ring you with the results. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // the provider's own: still a promise
  { name: 'near miss: "I\'ll ring the council and get back to you by Monday" : a follow-up', lines: uk("I'll ring the council myself and get back to you by Monday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Our local studies librarian will be in touch within two working days" : a follow-up', lines: uk('Our local studies librarian will be in touch within two working days. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // 13 numbers
  { name: 'Australian, "Call TIS National on 131 450 for a free interpreter" : referral passes', lines: au('Call TIS National on 131 450 for a free interpreter. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "ring the Centrelink Older Australians line on 132 300" : referral passes', lines: au('Ring the Centrelink Older Australians line on 132 300. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Call the family history desk about it; the record number is 132 850" (no phone): referral fails', lines: au('Call the family history desk about it; the record number is 132 850.'), exp: some({ referral: 'fail' }) },
  // NHS 111
  { name: 'British, "You could also phone NHS 111 for advice" : referral passes', lines: uk('You could also phone NHS 111 for advice tonight. Does that help?'), exp: some({ referral: 'pass' }) },
  // Papers Past
  { name: 'New Zealand, "Try Papers Past: search Smith and 1905" : source passes', lines: nz("Try Papers Past: search 'Smith' and limit to 1905. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'New Zealand, "You\'ll find it in Papers Past" : source passes', lines: nz("You'll find the shipping list in Papers Past. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'near miss: "It\'s from the papers past the 1950s, so not digitised" : source fails', lines: nz("That one is from the papers past the 1950s, so it isn't digitised yet."), exp: some({ source: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong. */
export const LEFT: SessionCase[] = [
  // LEFT (not of this block): "eBooks" is read as a named resource by itself ("You can borrow eBooks on the Libby app" reads
  // the same), so an app named without a way to reach it gives a source; RUBRIC.md: "An organisation or app named without a
  // way to reach it is not a source". An older reading of the library's eBooks, not of services abroad
  { name: 'British, "You can borrow eBooks on the BorrowBox app" (an app, no way to reach it): source fails', lines: uk('You can borrow eBooks on the BorrowBox app. Does that help?'), exp: some({ source: 'fail' }) },
  // LEFT (not of this block): a service name followed by a place ("Ask Us Leeds here") says who is answering, but the
  // identification families (G19's, E21's) read "Ask Us here" and "Ask a Librarian Leeds here", not a service word before a
  // place name; widening it is the openings' area (E21 found names and topics hard to tell apart there)
  { name: '"Hiya, Ask Us Leeds here." : greeting passes', lines: opens('Hiya, Ask Us Leeds here.'), exp: some({ greeting: 'pass' }) },
];

describe('fortieth round (G22): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fortieth round (G22): services abroad, every check', whole);
describeSessions('fortieth round (G22): services abroad, short cases', short);
describeSessions('fortieth round (G22): services abroad, near misses of the changes', guards);
describeSessions('fortieth round (G22): services abroad, second batch', second);

describeLeft('fortieth-round-abroad', LEFT);

/** Cases once in `LEFT` that the scorer now reads as labelled. */
const READ_SINCE_LEFT: SessionCase[] = [
  // once LEFT ("dial" with a party as its object is no referral verb): read since v41 E28, whose AGENCY_PARTY_E28 reads "NHS
  // 111" as the party called and SHORT_PHONE_E28 / NHS_111_G22 its number
  { name: 'British, "Dial NHS 111, it\'s free from mobiles" : referral passes', lines: uk("Dial NHS 111, it's free from mobiles and landlines. Does that help?"), exp: some({ referral: 'pass' }) },
];

describeSessions('fortieth-round-abroad: once left, now read as labelled', READ_SINCE_LEFT);
