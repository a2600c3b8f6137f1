/**
 * Twenty-eighth round, area (D1): REFERRING. The LEFT sweep of rubric v29 on `referral.contact`: whether a sentence refers
 * the patron to a party outside the chat at all (RUBRIC.md's Terms, "Referral": "telling the patron to contact or visit a
 * person or organisation outside the chat (call, write to, ask or visit them) … staff the provider consults on the patron's
 * behalf do not"). Contacts read wrongly for a referral that is found belong to D2 (twenty-eighth-round-party-contact).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer.
 *
 * Cases taken from the older files' LEFT lists (D1's area), and what came of them:
 *  fixed and moved here (`left`):
 *   - twenty-fifth-round-quoted: the Enoch Pratt directories ("Ms. Ortiz … said to tell you to call her at 410-…"), "said to tell
 *     you to give her a call" (no number: fail), "said to tell you to call her at 410-…" (pass): `relayedLeadD1`;
 *   - twenty-fifth-round-quoted: "Checking with our genealogy desk, one moment." (a colleague consulted on hold): `consultingHoldD1`;
 *   - twenty-fourth-round-identifiers: "To send it by mail, write to the Division of Vital Records, PO Box …": `purposeSendD1`;
 *   - eighteenth-round-housing: "Try the Urban League, they help with rent sometimes.": phrasesV29D1's "try <organisation>";
 *   - twenty-third-round-patronwords: "You file it with the Circuit Court clerk in your county: … call 410-313-2111" and
 *     nineteenth-round-falsepass: "You can also file one with the Better Business Bureau.": phrasesV29D1's "file it / one
 *     with" (and `youFileD1` for the bare "You" before it);
 *   - nineteenth-round-veterans: the SMS sign-on "hi! Ask Lib text, Cam @ Sacramento Public Library." read as a referral to
 *     "Lib": `serviceNameAtD1`.
 *  left where they are (reasons at each `// LEFT:`): "Try SCORE" ("try" + an acronym, as "try ERIC", "try CINAHL"),
 *  "ring NHS 111" and "Report it to Baltimore City 311" (a party whose number is its name: the contact side is D2's), "take Form DS-82 … to the Passport Agency", the lists "A few places that can help:", the Vietnamese and
 *  Spanish-clitic referrals, the elliptical and pseudo-cleft referrals (tenth-round-tech), "drop … at the Solid Waste District", "your school's IT", "the Tax-Aide
 *  line", the USGS "Water Science School" (a website's name read as a party), "Try The Tea Dragon
 *  Society" (a title), "Have you tried talking to the Workforce Center?", the pronoun subjects after a transfer
 *  (nineteenth-round-settings): no time this round.
 *  dropped as mislabelled: none.
 *
 * What each fix reads (checks/referral.ts behind v29 settings, and one phrase of v29):
 *  - `relayedLeadD1` (`RELAYED_LEAD_D1`): the clause before a referring verb ends on an instruction relayed from a third
 *    party to the patron ("said to tell you to", "asked me to let you know to", "wants you to", "would like you to", "says
 *    you should", chat-speak "said 2 tell u to"); the speaker "I / we" is still read first (`SELF_BEFORE`).
 *  - `consultingHoldD1` (`GERUND_D1`): a referring verb in -ing opening the sentence ("Checking with …", "Just asking …")
 *    in a sentence that is a hold, with no finite verb after it (`GERUND_SUBJECT_D1`: "Checking with the clerk is your best
 *    bet" still refers), is the provider consulting: no referral.
 *  - `purposeSendD1` (`SEND_THEN_WRITE_D1`): v11's "send / mail … to" verb that spans a purpose clause and the imperative
 *    after its comma ("send it by mail, write to", "mail your application, send it to"), after "To": a referral.
 *  - phrasesV29D1 `referralVerb` + "try": "try the / your (local) …" and, within five words, an organisation word (league,
 *    society, association, council, clinic, foundation, coalition, alliance, legal aid, authority, ombudsman, tenants union,
 *    credit union, food bank, food pantry) not followed by "of" or a word of a resource (website, page, catalog, database,
 *    guide, newsletter…): "Try the Urban League", "you could try your local Legal Aid Society". "Try the catalogue", "Try
 *    the Historical Society's website", "try the society pages of the Sun" stay no referral.
 *  - `serviceNameAtD1` (`SERVICE_NAME_AT_D1`): v15 O4's sign-on test also takes "Ask <Service> (text / chat / SMS), <Name>
 *    @ / at / from <Place>" opening the first message (only a greeting before it): the service's name, no referral.
 *  - phrasesV29D1 `referralVerb` + "file / filing it, one, them … with the / your / a …" (v12's "file a complaint with" with a
 *    pronoun object), not before "the rest / other / your return / taxes / papers …"; `youFileD1` (`YOU_FILE_D1`) takes a
 *    bare "you" (or "then you") before it as the procedure told to the patron: "You file it with the Circuit Court clerk".
 *    The party test of the object still applies ("file it with the rest of your tax papers" names none).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, type Line, RECORD_ASK as ASK, recordReply as one, type SessionCase, some, thanksBye as BYE, usual } from './helpers';

const HOUR = 3600;
const POEM: Line[] = [
  [0, 'p', 'i need a poem for a funeral, something not too religious'],
  [22, 'l', 'Hi, this is Jo at Kent County Library. Is it to read aloud, and about how long?'],
  [50, 'p', 'read aloud, short'],
];

/** The LEFT cases of older files fixed here (each says which file). */
export const left: SessionCase[] = [
  {
    // from twenty-fifth-round-quoted.test.ts (LEFT there); fixed by `relayedLeadD1`
    name: 'Enoch Pratt, the 1920s city directories: "Ms. Ortiz in Special Collections said to tell you to call her at 410-555-0187": a referral with her number',
    lines: [
      [0, 'p', 'Do you have old city directories? I\'m trying to find where my great grandfather lived around 1925'],
      [35, 'l', 'Hi! I\'m Marcus, a librarian at Enoch Pratt Free Library.'],
      [41, 'l', 'Do you know his name as it would be spelled then, and roughly which neighborhood?'],
      [88, 'p', 'Anton Kowalski, probably Fells Point'],
      [95, 'l', 'Give me a couple of minutes, I\'m asking our Special Collections team.'],
      [190, 'l', 'Ms. Ortiz in Special Collections said to tell you to call her at 410-555-0187; she has the 1925 Polk directory on the shelf and can look up Kowalski for you. Some years are also online at archive.org (search "Baltimore city directory 1925"). Does that help?'],
      [240, 'p', 'yes that\'s great, thats all i need'],
      [246, 'l', 'Wonderful. Thanks for contacting Pratt Library, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // from twenty-fifth-round-quoted.test.ts (LEFT there); fixed by `consultingHoldD1`
    // reading: a colleague's promise relayed ("she'll email you the scan by Thursday") is a follow-up promise; the address
    // is given and read back, the when is said
    name: 'Frederick County, an obituary: "Ms. Okafor in Genealogy says she\'ll email you the scan by Thursday", address read back, coded for the patron\'s library; sent at 30 h',
    lines: [
      [0, 'p', 'Looking for an obituary for my aunt, Ruth Hammond, died March 1987 in Frederick'],
      [33, 'l', 'Good afternoon! This is Greg at Frederick County Public Libraries.'],
      [38, 'l', 'Do you know which paper it ran in, or roughly the date?'],
      [75, 'p', 'frederick news-post, mid march'],
      [83, 'l', 'Checking with our genealogy desk, one moment.'],
      [175, 'l', 'The 1987 News-Post is only on microfilm at our C. Burr Artz branch. Ms. Okafor in Genealogy says she\'ll email you the scan by Thursday. What email should she send it to?'],
      [215, 'p', 'rhammond.fam@gmail.com'],
      [221, 'l', 'Got it, rhammond.fam@gmail.com. In the meantime the index at fcpl.org/genealogy lists the obituaries by name. Does that help for now?'],
      [260, 'p', 'yes, thanks so much'],
      [266, 'l', 'Is there anything else I can help with today?'],
      [290, 'p', 'no that\'s all'],
      [295, 'l', 'Thank you for contacting FCPL. Take care!'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(295 + 30 * HOUR), by: 'jo', note: 'scan sent by genealogy' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // from twenty-fifth-round-quoted.test.ts (LEFT there); fixed by `relayedLeadD1`
    // reading: Ms. Ortiz is a named specialist the patron is told to call, with no number
    name: '"Ms. Ortiz said to tell you to give her a call about the deed" with no number: referral fails',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. And about your deed question from earlier, Ms. Ortiz in Land Records said to tell you to give her a call. Does that help?'], ...BYE(90)],
    exp: some({ referral: 'fail' }),
  },
  {
    // from twenty-fifth-round-quoted.test.ts (LEFT there); fixed by `relayedLeadD1`
    name: '"Ms. Ortiz said to tell you to call her at 410-555-0187 about the deed": referral passes',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. And about your deed question from earlier, Ms. Ortiz in Land Records said to tell you to call her at 410-555-0187. Does that help?'], ...BYE(90)],
    exp: some({ referral: 'pass' }),
  },
  {
    // from twenty-fourth-round-identifiers.test.ts (LEFT there); fixed by `purposeSendD1`
    // reading: a PO box with a zip+4 is a postal address
    name: 'Carnegie Library of Pittsburgh, a 1952 Pennsylvania birth certificate: relation asked, the Department of Health page, "write to the Division of Vital Records, PO Box 68760, Harrisburg, PA 17106-8760"',
    lines: [
      [0, 'p', 'how can i get my dads birth certificate, born 1952 in pittsburgh, he passed away'],
      [47, 'l', "Hello, thank you for contacting Carnegie Library of Pittsburgh. I'm Mei, a librarian here."],
      [53, 'l', "I'm sorry for your loss. Are you his child, and do you need a certified copy for legal use, or is it for family history?"],
      [110, 'p', 'yes his son. certified, for the estate'],
      [117, 'l', 'Thank you. Certified copies are ordered from the state: the steps and the form are on the Department of Health page at pa.gov (search "birth certificate"). To send it by mail, write to the Division of Vital Records, PO Box 68760, Harrisburg, PA 17106-8760, with a copy of your ID and $20. Is this the information you needed?'],
      [170, 'p', 'yes that is all I needed, thank you'],
      [176, 'l', 'You are welcome. Take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // from eighteenth-round-housing.test.ts (LEFT there); fixed by the D1 "try <organisation>" alternative of referralVerb
    // reading: an organisation named without a way to reach it is not a source (Terms)
    name: 'LEFT (referral: "try <party>") "Try the Urban League, they help with rent" and no contact, no URL: source fails, referral fails',
    lines: [[0, 'p', 'who helps with rent in louisville'], [20, 'l', 'Hi, Jo at Louisville Free Public Library. Are you behind on rent now?'], [50, 'p', 'yes'], [56, 'l', 'Try the Urban League, they help with rent sometimes. Good luck!']],
    exp: some({ source: 'fail', referral: 'fail', complete: 'fail' }),
  },
  {
    // the patron's "I'll call the clerk tomorrow and get back to you" is theirs; the provider's referral has its phone and URL
    // from twenty-third-round-patronwords.test.ts (LEFT there); fixed by phrasesV29D1's "file it / one with" (and `youFileD1`)
    name: 'a name change: the provider refers to the Circuit Court clerk with the phone and URL, the patron says "ill call them tomorrow and get back to you": referral passes, no follow-up',
    lines: [
      [0, 'p', 'how do i change my name after a divorce in maryland'],
      [28, 'l', 'Hello, this is Mo, a librarian with Ask Us Now.'],
      [32, 'l', 'Was the name change part of your divorce decree, or is it a separate request?'],
      [70, 'p', 'separate, decree didnt include it'],
      [125, 'l', "The People's Law Library explains the petition and forms at peoples-law.org/name-change. You file it with the Circuit Court clerk in your county: in Howard County call 410-313-2111 or see mdcourts.gov/clerks/howard. Does that cover what you needed?"],
      [170, 'p', 'yes. ill call them tomorrow and get back to you if i have more questions. thats all'],
      [176, 'l', 'Good luck, and thanks for using Ask Us Now!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // from nineteenth-round-falsepass.test.ts (LEFT there); fixed by phrasesV29D1's "file it / one with"
    name: 'subjectUrlSM right: "The Better Business Bureau lists complaints at bbb.example.org. You can also file one with the Better Business Bureau." (passes)',
    lines: [
      [0, 'p', 'my contractor took the deposit and vanished'],
      [20, 'l', 'Hi, this is Lou at Bozeman Public Library. The Better Business Bureau lists complaints at bbb.example.org. You can also file one with the Better Business Bureau.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // from nineteenth-round-veterans.test.ts (LEFT there); fixed by `serviceNameAtD1`
    name: 'LEFT (referral: "Ask Lib text, Cam @ …" read as a referral) code missing (null): code fails; otherwise a good SMS session',
    lines: [
      [0, 'p', 'whats the va number'],
      [15, 'l', 'hi! Ask Lib text, Cam @ Sacramento Public Library. general benefits or health care?'],
      [40, 'p', 'benefits'],
      [44, 'l', 'VA benefits: 1-800-827-1000, M-F 8am-9pm ET. or va.gov/contact-us. that what u needed?'],
      [70, 'p', 'ya thats all'],
      [74, 'l', 'thx, bye!'],
    ],
    over: { resolutionCode: null },
    // reading: "VA benefits: 1-800-…" gives a number with no verb telling the patron to call: no referral (a source)
    exp: usual({ code: 'fail' }),
  },
];

/** The same behaviours in other words (labelled from RUBRIC.md before the run). */
export const paraphrases: SessionCase[] = [
  // ---- relayed instructions (`relayedLeadD1`) ----------------------------------------------------------------------------
  {
    // reading: Mrs Patel, a named specialist, with her phone (British)
    name: 'British: "Mrs Patel in Local Studies asked me to let you know to ring her on 01632 960123": referral passes',
    lines: one('Mrs Patel in Local Studies asked me to let you know to ring her on 01632 960123, she has the tithe maps.'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'chat-speak: "Dana from the county archives said 2 tell u to email her at dana@…": referral passes',
    lines: one('ok so Dana from the county archives said 2 tell u to email her at dana@archives.example.gov'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'formal: "Dr. Reyes at the Historical Society would like you to contact her at reyes@…": referral passes',
    lines: one('Dr. Reyes at the Historical Society would like you to contact her at reyes@hist.example.org regarding the deed.'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'non-native: "The archivist Mr. Kim said you should email him at kim@…": referral passes',
    lines: one('The archivist Mr. Kim said you should email him at kim@archives.example.org for the copy of deed.'),
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the clerk is a party the patron is told to call, no way to reach them given
    name: '"The clerk at Land Records says you should give them a ring about it." with no number: referral fails',
    lines: one('The clerk at Land Records says you should give them a ring about it.'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'chat-speak, no contact: "mr kim from the archives wants u to email him": referral fails',
    lines: one('mr kim from the archives wants u to email him, he has the box list'),
    exp: some({ referral: 'fail' }),
  },
  // ---- "try <organisation>" (phrasesV29D1's referralVerb) ----------------------------------------------------------------
  {
    name: '"You could try your local Legal Aid Society at 410-555-0100.": referral passes',
    lines: one('You could try your local Legal Aid Society at 410-555-0100.'),
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: a tenants' union is an organisation to contact; no way to reach it given
    name: 'chat-speak: "try the tenants union, they do free clinics" with no contact: referral fails',
    lines: one('try the tenants union, they do free clinics'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'British: "Try the council, they sort out the bins and the potholes." with no contact: referral fails',
    lines: one('Try the council, they sort out the bins and the potholes.'),
    exp: some({ referral: 'fail' }),
  },
  // ---- "file it / one with <party>" (phrasesV29D1's referralVerb, `youFileD1`) ----------------------------------------
  {
    name: '"Then you file it with the Circuit Court clerk at 410-555-0100.": referral passes',
    lines: one('Then you file it with the Circuit Court clerk at 410-555-0100.'),
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the small claims court clerk is an office the patron files with; no way to reach it given
    name: 'chat-speak: "u can file it w/ the small claims court clerk" with no contact: referral fails',
    lines: one('u can file it w/ the small claims court clerk'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'formal: "You may file one directly with the Consumer Protection Division at consumer@oag.example.gov." : referral passes',
    lines: one('You may file one directly with the Consumer Protection Division at consumer@oag.example.gov.'),
    exp: some({ referral: 'pass' }),
  },
  // ---- the service's sign-on (`serviceNameAtD1`) -------------------------------------------------------------------------
  {
    name: '"Hello, Ask Tulsa chat - Dee at Tulsa City-County Library. Which benefits?" is the sign-on: referral na',
    lines: [[0, 'p', 'whats the va number'], [15, 'l', 'Hello, Ask Tulsa chat - Dee at Tulsa City-County Library. Which benefits?'], [40, 'p', 'benefits'], [44, 'l', 'VA benefits: 1-800-827-1000, or va.gov/contact-us. Is that what you needed?'], ...BYE(70)],
    exp: some({ referral: 'na', greeting: 'pass' }),
  },
  {
    name: 'chat-speak: "hey!! Ask Metro txt, Sam from Metro Library. whats up?" is the sign-on: referral na',
    lines: [[0, 'p', 'whats the va number'], [15, 'l', 'hey!! Ask Metro txt, Sam from Metro Library. whats up?'], [40, 'p', 'va benefits'], [44, 'l', 'VA benefits: 1-800-827-1000, or va.gov/contact-us. that what u needed?'], ...BYE(70)],
    exp: some({ referral: 'na' }),
  },
  // ---- consulting on hold (`consultingHoldD1`) --------------------------------------------------------------------------
  {
    // reading: the provider consults the ILL office on the patron's behalf (Terms: not a referral), then answers
    name: '"Just checking with the ILL office, bear with me." then the answer: referral na',
    lines: [...ASK, [70, 'l', 'Just checking with the ILL office, bear with me.'], [130, 'l', 'They can borrow the deed book from the state archives; it takes about two weeks. Does that help?'], ...BYE(160)],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'British: "Just asking our local studies team, bear with me a tick." then the answer: referral na',
    lines: [...ASK, [70, 'l', 'Just asking our local studies team, bear with me a tick.'], [130, 'l', 'We hold the 1910 deed registers on microfilm, 333.3 HOW. Does that help?'], ...BYE(160)],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"Checking with the ILL office now, bear with me." then the answer: referral na',
    lines: [...ASK, [70, 'l', 'Checking with the ILL office now, bear with me.'], [130, 'l', 'We can request it for you; it takes about two weeks. Does that help?'], ...BYE(160)],
    exp: some({ referral: 'na' }),
  },
  // ---- purpose clause then "write to" (`purposeSendD1`) -----------------------------------------------------------------
  {
    name: '"To mail your application, send it to the Bureau of Vital Statistics, 1 Capitol Sq, Richmond, VA 23219.": referral passes',
    lines: one('To mail your application, send it to the Bureau of Vital Statistics, 1 Capitol Sq, Richmond, VA 23219.'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'British: "to send it by post, write to the Registrar, 5 High St, Leeds LS1 4AB": referral passes',
    lines: one('to send it by post, write to the Registrar, 5 High St, Leeds LS1 4AB'),
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the county clerk is a party the patron is told to write to, no address given
    name: '"To send the form by mail, write to the county clerk." with no address: referral fails',
    lines: one('To send the form by mail, write to the county clerk.'),
    exp: some({ referral: 'fail' }),
  },
];

/** Near misses: the same words for something else (labelled before the run; they score as under v28). */
export const guards: SessionCase[] = [
  {
    // reading: the patron is the one to be called, no one the patron is told to contact
    name: 'near miss: "Ms. Ortiz said to tell you she\'ll call you back at 3." refers no one: referral na',
    lines: one("Ms. Ortiz said to tell you she'll call you back at 3."),
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Our archivist said to tell you the scans are ready." refers no one: referral na',
    lines: one('Our archivist said to tell you the scans are ready.'),
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "She said you should find the 1925 directory on archive.org." (a source, no party): referral na',
    lines: one('She said you should find the 1925 directory on archive.org.'),
    exp: some({ referral: 'na' }),
  },
  {
    // reading: a gerund subject with a finite verb: the patron is told that contacting the clerk is best, no hold
    name: 'near miss: "Checking with the county clerk is your best bet." refers without a contact: referral fails',
    lines: one('Checking with the county clerk is your best bet.'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Check with our genealogy desk, one moment and I\'ll get you their hours." (an imperative): referral fails',
    lines: one("Check with our genealogy desk, one moment and I'll get you their hours."),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "To send it to you, I\'ll need your email address." refers no one: referral na',
    lines: one("To send it to you, I'll need your email address."),
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "To mail it, you would write to them later." (no party named): referral na',
    lines: one('To mail it, you would write to them later.'),
    exp: some({ referral: 'na' }),
  },
];

/** Near misses of the "try <organisation>" alternative (sources, not parties). */
export const guardsTry: SessionCase[] = [
  {
    // reading: a web page to use is a source (Terms), no referral
    name: 'near miss: "Try the Historical Society\'s website for the photos." (a web page): referral na',
    lines: one("Try the Historical Society's website for the photos."),
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Try the society pages of the Sun for 1952." (a newspaper section): referral na',
    lines: one('Try the society pages of the Sun for 1952.'),
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Try the catalogue first." (a source): referral na',
    lines: one('Try the catalogue first.'),
    exp: some({ referral: 'na' }),
  },
];

/** Near misses of "file it / one with" (no party filed with). */
export const guardsFile: SessionCase[] = [
  {
    name: 'near miss: "File it with the rest of your tax papers." (no party): referral na',
    lines: one('File it with the rest of your tax papers.'),
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "I\'ll file it with the other requests." (the provider\'s own filing): referral na',
    lines: one("I'll file it with the other requests."),
    exp: some({ referral: 'na' }),
  },
  {
    // reading: the recorder's office acts for the patron ("they"), no one the patron is told to contact
    name: 'near miss: "They file it with the county recorder for you." (the party acts): referral na',
    lines: one('They file it with the county recorder for you.'),
    exp: some({ referral: 'na' }),
  },
];

/** Near misses of the sign-on reading: "Ask <party>" later in the message or without a name "@ / at" after it. */
export const guardsSignOn: SessionCase[] = [
  {
    // reading: Dr. Lee at the clinic is a named specialist the patron is told to ask, no contact
    name: 'near miss: "Hi, Jo at Sample Library. Ask Dr. Lee at the clinic about that." refers: referral fails',
    lines: [[0, 'p', 'whats the va number'], [15, 'l', 'Hi, Jo at Sample Library. Ask Dr. Lee at the clinic about that. Which benefits?'], [40, 'p', 'benefits'], [44, 'l', 'VA benefits: 1-800-827-1000. Is that what you needed?'], ...BYE(70)],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Hi, Jo here at Sample Library. Ask Legal Aid, they\'re at the courthouse." refers: referral fails',
    lines: [[0, 'p', 'whats the va number'], [15, 'l', "Hi, Jo here at Sample Library. Ask Legal Aid, they're at the courthouse. Which benefits?"], [40, 'p', 'benefits'], [44, 'l', 'VA benefits: 1-800-827-1000. Is that what you needed?'], ...BYE(70)],
    exp: some({ referral: 'fail' }),
  },
];

/** Cases of this area labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-eighth round (D1): every whole case lists all 17 checks', () => {
  it.each(left.filter((c) => Object.keys(c.exp).length > 10))('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-eighth round (D1): referring, LEFT cases of older files', left);
describeSessions('twenty-eighth round (D1): referring, the same behaviours in other words', paraphrases);
describeSessions('twenty-eighth round (D1): referring, near misses of the changes', guards);
describeSessions('twenty-eighth round (D1): referring, near misses of "try <organisation>"', guardsTry);
describeSessions('twenty-eighth round (D1): referring, near misses of "file it / one with"', guardsFile);
describeSessions('twenty-eighth round (D1): referring, near misses of the sign-on reading', guardsSignOn);

describeLeft('twenty-eighth-round-referring', LEFT);
