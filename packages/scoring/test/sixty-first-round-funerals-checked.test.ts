/**
 * Sixty-first round, theme FUNERALS AND WHAT FOLLOWS A DEATH, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: paying for a funeral (Maryland Burial Assistance through a county DSS),
 * cremation costs and the FTC Funeral Rule, planning a funeral from hospice, scattering ashes in Lake Tahoe, burial on a
 * family farm in Vermont, cemetery plots and their prices (a 1964 plot deed), death certificates (how many copies, Texas
 * copies in Spanish, a misspelled maiden name in Florida), cemetery and grave records (a 1923 Scranton parish burial, a WWII
 * great-uncle in an ABMC cemetery, a closed funeral home's 1958 file), obituaries (writing one, a newspaper's price, a 1987 one
 * for a slideshow), veterans' burial benefits (national cemetery, burial allowance, a free VA headstone, military funeral
 * honors), closing accounts (a sole checking account, Facebook and Instagram), notifying agencies (Social Security, OPM for a
 * postal pension, the credit bureaus, the MVA), a life insurance policy search, unclaimed money, intestate succession, grief
 * groups. Providers point to state and county offices, the VA and its scheduling office, SSA, OPM, the FTC and CFPB, the
 * credit bureaus, a hospice bereavement line, funeral homes and directors, banks, cemetery offices and their own libraries'
 * reference desks, local history and microfilm. Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/sixtyFirstRoundFunerals-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 38 s pickup with the condolence before the greeting (01); a patron "hello?" in the queue and a
 *   100 s pickup (30: fail); `pickedUpAt` at 30 s with the first line at 100 (29: pickup passes, 70 s after pickup); "Hi! How
 *   can I help you today?" under the screen name "AskUs Desk 2" (05: names no one, fail); "Ana from Hancock County Library
 *   here." with no greeting word (14: fail); "Good evening!" + "This is Sam, reference librarian at …" split over two lines
 *   (22); Spanish "¡Buenas tardes! Le saluda Isabel, bibliotecaria de …" (02); chat-speak "hey, so sorry abt ur grandpa. this is
 *   Jules w/ Ask a Librarian @ Mesa Public Library" (06); "Hello! This is Kim at the Ask a Librarian service." (27); no
 *   provider ever joined (13);
 *  inquiry: county, state, relationship to the deceased, discharge and DD-214, parish, month and name, marker or none, which
 *   cemetery, file vs certificate, executor or next of kin, vehicles, national or private cemetery, spouse or children, burial
 *   or cremation, which side of the lake, CSRS or FERS, informant, accounts to be served, remove or memorialize; a restatement
 *   with no question mark ("So you're looking for a grief support group around Eugene …", 29: pass); no question at all (04:
 *   fail); "Which state did he live in?" inside the message that first gives missingmoney.com (27: fail, not before it);
 *  waits: holds answered 84-95 s later (01, 03, 07, 08, 11); holds at 76 and 170 ("Bear with me") and the answer at 265 (26:
 *   pass); "Let me look that up, one moment please." answered 150 s later (24: fail); "sec" then 61 s (06); "No problem, take
 *   your time." then the patron back 224 s later (25: waiting on the patron, pass); a transfer notice (a hold) answered by the
 *   receiver 54 s later (18); an internal note and a silent transfer, the receiver 150 s after the patron (19: fail);
 *  endings: a Lost Call with a check-in at 140 and "It looks like you've disconnected, so I'll end this chat now. Please chat
 *   back in anytime" at 330 (12: final idle 310 s, both pass); "Are you still there?" at 230 and "It looks like you've
 *   disconnected, so I'm closing this chat now." at 380 with no goodbye (22: idle and notice pass, courteous fails); a goodbye
 *   134 s after the answer with no check-in (23: idle fails, disconnect na); the patron's window closing before "np, take care
 *   💙" (06); "You've hit the limit for one chat session, so I'm going to end it here. Goodbye." (20: dismissal fails, courteous
 *   passes on the "Goodbye"); "several other patrons waiting right now, so please chat back in later, or call our reference
 *   desk at 419-555-0192" (21: allowed); the patron's "that's everything I needed" as the last line (26: courteous fails);
 *   goodbyes "Take care!", "Bye for now.", "Thanks for chatting, talk tomorrow.", "¡Cuídese mucho, y gracias por usar nuestro
 *   chat!", "Thank you for his service, and take care."; patron-side "no thats all", "es todo", "thats everything", "that is
 *   all", "That is all.", "thats all I needed", and "ya thx", "ok", "thx", "yes", "no" that do not count;
 *  sources: state, VA, SSA, OPM, FTC, CFPB, NAIC, ABMC, Find a Grave, court-code and bar URLs; the library's NewsBank path; a
 *   book by title and call number; the library's local history and obituary indexes; none ("the Western Maryland Room" named
 *   bare, 10; "about 6 to 8 … your funeral director orders them", 28: fail);
 *  referrals: a county DSS by phone (01); Texas Vital Statistics by URL and the Bexar County Clerk bare (02: fail); the
 *   National Cemetery Scheduling Office by phone (03, LEFT); "go to his bank" (04: fail, LEFT); SSA by phone and locator (05);
 *   "call 2-3 places n compare" (06: fail, LEFT); "contact the cemetery office too" (09: fail); the credit bureaus by URL
 *   (16); the MVA by mail with its URL (17); an Army honors line by phone (18, LEFT); the library's reference desk by phone
 *   (21); OPM by phone and URL (24); the Bureau of Vital Statistics by URL (25, LEFT); "just tell them [the funeral director]"
 *   (28: fail, LEFT); a hospice bereavement line by phone (29); web request forms (30) and staff consulted on the patron's
 *   behalf (a veterans' resource librarian, 09; the Western Maryland Room, 10; a funeral home the provider will call, 11) as
 *   no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Friday at the latest", done 30 h (07: pass); FU_ME with the e-mail given
 *   and "We'll send you the scan" (no time), not recorded at day 1 (08: contact fails, pending); a call-back promise with the
 *   phone read back, "tomorrow before noon", coded Answered, done 10 h (09: code fails, contact and on_time pass); FU_LIB with
 *   the e-mail only in `patron.email`, no time, not recorded by day 5 (10: contact and on_time fail); FU_ME with the phone read
 *   back, "by Monday", done 90 h (11: on_time fails);
 *  codes: a true Lost Call (12); Lost Call after four patron lines (14); null with no provider (13); an empty string (30);
 *   Practice (15); a promise coded Answered (09);
 *  transfers: a notice (a hold) and an internal note that says why (18: pass); an internal note only (19: fail);
 *  concurrency: four at once (16: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (17: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi! How can I help you today?" greets but identifies no one (the screen name does not count); "Ana from Hancock County
 *   Library here." identifies but has no greeting word (05, 14: fail);
 * - "np, take care 💙", "Take care!", "Bye for now." and "Thanks for chatting, talk tomorrow." say goodbye; "… so I'm going to
 *   end it here. Goodbye." says goodbye too, so a dismissal can still pass closing.courteous (20); "It looks like you've
 *   disconnected, so I'm closing this chat now." only announces the end (22: not a goodbye);
 * - "Is that your great uncle?" (after the ABMC record) and "Does the index help for now?" ask whether what was given meets the
 *   need; "Would that help?" after an offer to call the funeral home and call back asks about something not yet given (11:
 *   completeness fails); "Would you like me to e-mail you a scan …?" likewise does not count (07 passes on its later question);
 *   "Does that help?" after an answer with no source still counts (28);
 * - "es todo" alone says the patron is done (02); "ya thx" does not (06);
 * - telling the patron to call, go to, tell, file with or mail to an organisation or person outside the chat is a referral
 *   ("call 2-3 places", "go to his bank", "just tell them", "you file the correction with the Bureau", "Mail … to the MVA");
 *   "the funeral director or the family calls the … Office" and "families can call the … line" tell the patron's family what
 *   to do, so they count too (03, 18); "the funeral home usually reports the death" and "the funeral home … normally files that
 *   permit" tell the patron to contact no one (05, 23); filling in an online request form (Facebook, Instagram, 30) is using a
 *   source, as ordering online is in the project's earlier readings;
 * - a referral is reached only by its own party's contact: in "go to his bank …" the CFPB URL in the same message is a source,
 *   not a way to reach the bank (04); the credit bureaus each come with their own URL (16);
 * - "the Western Maryland Room … so I'm passing your question to them" is staff consulted on the patron's behalf (no referral)
 *   and, named without a way to reach it, no source (10: source fails, so completeness is not na);
 * - "I'll call you tomorrow before noon" and "I'll call you by Monday" say when; "We'll send you the scan" does not;
 * - with `pickedUpAt` at 30 s and the first line at 100 s, the 70 s after pickup are within `silenceSeconds` (29).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 24 / 6 (every disagreement on referral.contact). Label corrections: 0.
 * Final: 24 running, 6 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 03, referral.contact: "the funeral director or the family calls the National Cemetery Scheduling Office at
 *    1-800-535-1117" read as no referral (na; RUBRIC pass: call, with a phone);
 *  - case 04, referral.contact: "go to his bank with a certified death certificate …" read as reached (pass, by the CFPB URL in
 *    the same message; RUBRIC fail: the bank has no contact);
 *  - case 06, referral.contact: "call 2-3 places n compare" (funeral homes) read as no referral (na; RUBRIC fail: call, no
 *    contact);
 *  - case 18, referral.contact: "families can call the Army Funeral Honors line at 1-888-555-0110" read as no referral (na;
 *    RUBRIC pass);
 *  - case 25, referral.contact: "you file the correction with the Bureau of Vital Statistics on form DH 429 … floridahealth.gov"
 *    read as no referral (na; RUBRIC pass: write to, with a URL);
 *  - case 28, referral.contact: "Your funeral director orders them … so just tell them how many you want." read as no referral
 *    (na; RUBRIC fail: ask a person outside the chat, no contact).
 * Every timing check (pickup at 38 s, 100 s, by `pickedUpAt`, no provider; keep_informed at 150 s after a hold and after a
 * silent transfer, across holds, "take your time" and a transfer notice; final idles of 0, 134, 309 and 310 s; concurrency at
 * four and at touching ends; on_time done at 10 and 30 h, late at 90 h, pending at day 1, not recorded by day 5) and every
 * non-referral reading scored as labelled on the first run. The redaction equality of describeSessions holds for every running
 * case (patron e-mails typed and read back, patron phones read back beside agency phones, an e-mail in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (6 through describeLeft).
 * ON v55 (block U, written partly from these twelve files): as on v54, 24 running, 6 LEFT (03, 04, 06, 18, 25, 28).
 * FINAL RUN (rubric v55): 30 tests passed (6 through describeLeft).
 * ON v56 (block V): case 06's "call 2-3 places n compare" (V7: places called, counted, as parties with no way to reach them) reads
 *   as labelled and runs: 25 running, 5 LEFT (03, 04, 18, 25, 28).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in line. A librarian will be with you shortly.`];

const CORA: Prov = { id: 'cora', name: 'Cora', library: 'HCPL' };
const ISABEL: Prov = { id: 'isabel', name: 'Isabel', library: 'SAPL' };
const DARNELL: Prov = { id: 'darnell', name: 'Darnell', library: 'FPL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'PVL' };
const DESK2: Prov = { id: 'desk2', name: 'AskUs Desk 2', library: 'WCL' };
const JULES: Prov = { id: 'jules', name: 'Jules', library: 'MPL' };
const HELEN: Prov = { id: 'helen', name: 'Helen', library: 'LCLS' };
const MARCO: Prov = { id: 'marco', name: 'Marco', library: 'DML' };
const THEO: Prov = { id: 'theo', name: 'Theo', library: 'LCPL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'MDASK' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'CCL' };
const CAL: Prov = { id: 'cal', name: 'Cal', library: 'WBL' };
const QUEUE: Prov = { id: 'unassigned', name: 'Unassigned', library: 'MDASK' };
const ANA: Prov = { id: 'ana', name: 'Ana', library: 'HCL' };
const TRAINING: Prov = { id: 'trainer', name: 'Trainer', library: 'MDASK' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'RSL' };
const PAT: Prov = { id: 'pat', name: 'Pat', library: 'AACPL' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'MCPL' };
const OMARI: Prov = { id: 'omari', name: 'Omari', library: 'MCPL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'CCPL' };
const KOFI: Prov = { id: 'kofi', name: 'Kofi', library: 'CCPL' };
const RUSS: Prov = { id: 'russ', name: 'Russ', library: 'FTL' };
const DARIA: Prov = { id: 'daria', name: 'Daria', library: 'SL' };
const SAM: Prov = { id: 'sam', name: 'Sam', library: 'RFL' };
const INEZ: Prov = { id: 'inez', name: 'Inez', library: 'PCL' };
const VI: Prov = { id: 'vi', name: 'Vi', library: 'PGCMLS' };
const ROB: Prov = { id: 'rob', name: 'Rob', library: 'BCL' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'HCLS' };
const KIM: Prov = { id: 'kim', name: 'Kim', library: 'ASKL' };
const JADE: Prov = { id: 'jade', name: 'Jade', library: 'CCLD' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'EPL' };
const LOU: Prov = { id: 'lou', name: 'Lou', library: 'HCPL-TX' };

export const sixtyFirstRoundFunerals: SessionCase[] = [
  // 01 county burial assistance: queue line, county asked, hold, state page + DSS phone
  s(CORA, '01 can\'t afford mom\'s funeral: queue line, county asked, hold 84 s, Maryland Burial Assistance page + Baltimore County DSS phone, "no thats all"', [
    [0, 'p', 'hi my mom passed last week and we cant afford the funeral. is there any help paying for it'],
    queue(2),
    [38, 'l', "I'm so sorry about your mother. Hello, I'm Cora, a librarian with Ask Us at Harford County Public Library."],
    [44, 'l', 'Which county did she live in? Burial help is usually run by the county.'],
    [90, 'p', 'baltimore county'],
    [96, 'l', 'Thank you. Let me look up the current program, one moment.'],
    [180, 'l', "Maryland's Burial Assistance program is run through the local Departments of Social Services. The state's page, dhs.maryland.gov/weathering-tough-times/burial-assistance, lists who qualifies and how much it pays toward funeral costs. For Baltimore County, call the Department of Social Services at 410-555-0170 to apply, ideally before the funeral."],
    [186, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes it does. thank you so much'],
    [246, 'l', 'Is there anything else I can help with?'],
    [275, 'p', 'no thats all'],
    [280, 'l', "You're welcome. Take care of yourself, and thank you for contacting Ask Us."],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: death certificate copies in Texas; the County Clerk named with no contact
  s(ISABEL, '02 actas de defunción en Texas (Spanish): "Le saluda Isabel", county + relationship asked, DSHS URL, "en la oficina del County Clerk de Bexar" (no contact), "es todo"', [
    [0, 'p', 'buenas tardes, mi papá falleció en Texas y necesito copias del acta de defunción para el banco. cómo las pido?'],
    [30, 'l', '¡Buenas tardes! Le saluda Isabel, bibliotecaria de la Biblioteca Pública de San Antonio. Lamento mucho su pérdida.'],
    [37, 'l', '¿En qué condado falleció su papá? ¿Y usted es su hija o hijo?'],
    [100, 'p', 'en Bexar. soy su hija'],
    [106, 'l', 'Gracias. Como hija puede pedir copias certificadas. Se piden a Texas Vital Statistics en línea o por correo: dshs.texas.gov/vital-statistics/death-records. También puede ir a pedirlas en persona a la oficina del County Clerk de Bexar. Cada banco o aseguradora suele quedarse con una copia, así que pida varias.'],
    [112, 'l', '¿Le sirve esta información?'],
    [170, 'p', 'sí, gracias. es todo'],
    [176, 'l', 'Con gusto. ¡Cuídese mucho, y gracias por usar nuestro chat!'],
  ], usual({ referral: 'fail' })),

  // 03 veterans: national cemetery + burial allowance
  s(DARNELL, '03 Vietnam vet father, national cemetery + VA burial allowance: discharge/DD-214 asked, Scheduling Office phone, va.gov URLs, "Does this completely answer your question?"', [
    [0, 'p', 'My father was a Vietnam veteran, he died Sunday. Can he be buried in a national cemetery and does the VA pay anything?'],
    [22, 'l', "Hello, and I'm very sorry for your loss. This is Darnell, reference librarian at Fayetteville Public Library."],
    [28, 'l', 'Was he honorably discharged, and do you have his DD-214?'],
    [75, 'p', 'yes honorable, we have the dd214 somewhere'],
    [81, 'l', 'Good. Checking the VA pages for you now.'],
    [170, 'l', "He's eligible for burial in a VA national cemetery at no cost (the grave, opening and closing, the headstone and a burial flag). To schedule, the funeral director or the family calls the National Cemetery Scheduling Office at 1-800-535-1117 with the DD-214; eligibility is explained at va.gov/burials-memorials/eligibility. The VA burial allowance toward funeral costs is a separate claim on VA Form 21P-530EZ: va.gov/burials-memorials/veterans-burial-allowance."],
    [176, 'l', 'Does this completely answer your question?'],
    [230, 'p', 'yes. thats everything, thank you'],
    [236, 'l', 'Thank you for reaching out, and take care.'],
  ], usual({ referral: 'pass' })),

  // 04 closing a sole account: answered at once, "go to his bank" with no contact
  s(GRETA, '04 closing late husband\'s checking account: no question asked, CFPB by search path, "go to his bank with a certified death certificate" (no contact)', [
    [0, 'p', 'how do i close my husbands checking account now that hes gone. it was only in his name'],
    [25, 'l', 'Hi, Greta here at Ask a Librarian, Pine Valley Library. I am sorry for your loss.'],
    [31, 'l', "The Consumer Financial Protection Bureau explains what happens to a bank account when the owner dies at consumerfinance.gov (search 'bank account when someone dies'). Since it was only in his name, the account becomes part of his estate: go to his bank with a certified death certificate and the letters of administration or letters testamentary, and they will close it and pay the balance to the estate."],
    [37, 'l', 'Is that what you were looking for?'],
    [90, 'p', 'ok yes. thanks'],
    [96, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no'],
    [125, 'l', 'Thanks for chatting, take care.'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 05 notifying Social Security; the greeting names no one
  s(DESK2, '05 tell Social Security mom died?: "Hi! How can I help you today?" under the screen name "AskUs Desk 2", benefits asked, SSA phone + locator, "thats all I needed"', [
    [0, 'p', 'do i have to tell social security my mom died or does the funeral home do it'],
    [28, 'l', 'Hi! How can I help you today?'],
    [34, 'l', 'Was your mom getting Social Security benefits?'],
    [70, 'p', 'yes retirement'],
    [76, 'l', "Usually the funeral home reports the death to Social Security for you. It's still worth checking: call SSA at 1-800-772-1213, or visit your local office (find it at ssa.gov/locator). Any payment for the month she died has to be returned. Details are at ssa.gov/benefits/survivors/ifyou.html."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yes. thats all I needed'],
    [136, 'l', 'Glad it helped. Take care!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 06 chat-speak cremation cost; "call 2-3 places"; patron left before the goodbye
  s(JULES, '06 cremation cost (chat-speak): "hey … this is Jules w/ Ask a Librarian", "sec", FTC page, "call 2-3 places n compare" (no contact), "ya thx", patron left, "np, take care"', [
    [0, 'p', 'how much does cremation cost usually?? my grandpa just died n we r broke'],
    [12, 'l', 'hey, so sorry abt ur grandpa. this is Jules w/ Ask a Librarian @ Mesa Public Library'],
    [17, 'l', 'what state r u in?'],
    [35, 'p', 'arizona'],
    [39, 'l', 'sec'],
    [100, 'l', "ok so 'direct cremation' (no viewing or service) is the cheapest, often around $1,000-2,500 in AZ. funeral homes have to give u their prices over the phone by law, the FTC explains ur rights at consumer.ftc.gov/articles/funeral-costs-and-pricing-checklist. call 2-3 places n compare"],
    [104, 'l', 'that help?'],
    [130, 'p', 'ya thx'],
    left(133),
    [136, 'l', 'np, take care 💙'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 07 cemetery of a 1923 death: follow-up by me, e-mail read back, "by Friday", done 30 h
  s(HELEN, '07 great-grandfather\'s grave, Scranton 1923 (follow-up by me): parish asked, Find a Grave + obituary index, e-mail read back, "by Friday", done 30 h', [
    [0, 'p', 'Hello. I am trying to find where my great-grandfather is buried. He died in 1923 in Scranton PA. Name was Jozef Wisniewski.'],
    [40, 'l', "Good afternoon! I'm Helen, a genealogy librarian at Lackawanna County Library System."],
    [47, 'l', 'Do you know if he was Catholic? Most Polish families in Scranton then were buried in parish cemeteries.'],
    [110, 'p', 'Yes, Catholic I think. Holy Trinity parish?'],
    [116, 'l', 'Thank you, let me check a few things.'],
    [210, 'l', "Find a Grave (findagrave.com) has no memorial for him yet. Our obituary index at lclshome.org/genealogy lists a Joseph Wisniewski who died in March 1923, which may be him; the obituary itself is on microfilm and would name the cemetery. I can pull the reel tomorrow when the microfilm room is open."],
    [216, 'l', 'Would you like me to e-mail you a scan of the obituary?'],
    [260, 'p', 'Yes please! kwisniewski@example.com'],
    [266, 'l', "Got it, kwisniewski@example.com. I'll send it by Friday at the latest."],
    [272, 'l', 'Does the index help for now?'],
    [320, 'p', 'Yes, very much. Thank you!'],
    [326, 'l', 'Anything else I can help with today?'],
    [350, 'p', 'No, that is all.'],
    [356, 'l', 'Thank you for contacting us, and good luck with the search!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 08 obituary for a slideshow: follow-up by me, e-mail given, no time, pending
  s(MARCO, '08 uncle\'s 1987 obituary for the funeral slideshow (follow-up by me): month asked, hold, NewsBank path, e-mail given, "We\'ll send you the scan" (no time), pending', [
    [0, 'p', 'need my uncles obituary from 1987 for the funeral slideshow saturday, Dayton Daily News'],
    [20, 'l', 'Hi! Marco here, librarian at Dayton Metro Library.'],
    [26, 'l', 'Do you know the month he died, and his full name?'],
    [60, 'p', 'october 1987, Raymond Kessler'],
    [66, 'l', 'One moment while I search our newspaper database.'],
    [150, 'l', "NewsBank's Dayton Daily News archive (daytonmetrolibrary.org > Research > Newspapers, with your library card) only has the short death notice from that month, not the full obituary. The full obituary is on our microfilm, and I can have staff scan it for you."],
    [156, 'l', 'What e-mail should we send it to?'],
    [200, 'p', 'rkessler.fam@example.com'],
    [206, 'l', "Thanks! We'll send you the scan."],
    [212, 'p', 'thank u!!'],
    [218, 'l', 'Sorry again about your uncle. Bye for now.'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 09 VA headstone: a call-back promise with the phone read back, coded Answered, done 10 h; the cemetery office bare
  s(THEO, '09 free VA headstone for an unmarked grave: marker asked, VA form URL, "contact the cemetery office" (no contact), call-back "tomorrow before noon" coded Answered, done 10 h', [
    [0, 'p', 'my grandad was in korea war, buried in a private cemetery with no stone. can we get a free headstone from the VA?'],
    [30, 'l', "Hello, I'm Theo, a librarian at Lake County Public Library. Sorry to hear about your grandad."],
    [36, 'l', 'Is there no marker on the grave at all right now?'],
    [80, 'p', 'nothing, just grass'],
    [86, 'l', 'Then yes: the VA provides a free headstone or marker for the unmarked grave of an eligible veteran in any cemetery. You apply with VA Form 40-1330, at va.gov/burials-memorials/memorial-items/headstones-markers-medallions. The cemetery usually has to sign the form, so contact the cemetery office too.'],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'yes. do you know how long it takes'],
    [136, 'l', "I'm not sure. I'll ask our veterans' resource librarian and call you back. What's a good number?"],
    [180, 'p', '219-555-0148'],
    [186, 'l', "219-555-0148, thanks. I'll call you tomorrow before noon."],
    [200, 'p', 'ok great thank you'],
    [206, 'l', "You're welcome! Thanks for chatting, talk tomorrow."],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pass', referral: 'fail' }), { followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 10 plot deed: follow-up by the patron's library, e-mail only on file, no time, not done by day 5; no source
  s(WES, '10 1964 cemetery plot deed (follow-up by patron\'s library): "Is Riverside … Hagerstown?", no source, "at the address on your library account" (no time), not done by day 5', [
    [0, 'p', 'We found a deed for two cemetery plots in my late mother\u2019s papers, Riverside Cemetery 1964. How do we find out if the plots are still ours?'],
    [35, 'l', "Hello, you have reached Ask Us, Maryland's statewide library chat. My name is Wes."],
    [42, 'l', 'Is Riverside Cemetery the one in Hagerstown?'],
    [100, 'p', 'yes'],
    [106, 'l', "Riverside's plot records aren't online. The Washington County Free Library's Western Maryland Room keeps the cemetery transcriptions and knows who holds the old plot books, so I'm passing your question to them. Someone from your library will e-mail you at the address on your library account."],
    [112, 'l', 'Anything else for now?'],
    [140, 'p', 'no thank you'],
    [146, 'l', 'Thank you for using Ask Us. Take care.'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'deb.ridge@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 11 a closed funeral home's records: follow-up by me, phone read back, "by Monday", done 90 h
  s(NADIA, '11 1958 record of a closed funeral home (follow-up by me): file vs certificate asked, local history index, "Would that help?" about the call-back, phone read back, "by Monday", done 90 h', [
    [0, 'p', "Where do records go when a funeral home closes? looking for my grandmother's 1958 funeral record from Hartley & Sons in Elmira NY"],
    [25, 'l', 'Hi there, Nadia at Chemung County Library here.'],
    [31, 'l', "Are you after the funeral home's own file, or would the death certificate or an obituary do?"],
    [90, 'p', 'the funeral home file, it would list her parents'],
    [96, 'l', "Let me check what's known about Hartley & Sons."],
    [190, 'l', "When a funeral home closes, its records usually go to the home that bought it. Our local history index (chemungcountylibrary.org/localhistory) says Hartley & Sons was bought by Mullen Funeral Home in 1972. I can call Mullen and ask whether they still have the 1958 files, then call you with what they say."],
    [196, 'l', 'Would that help?'],
    [240, 'p', 'yes please, 607-555-0123'],
    [246, 'l', "607-555-0123. I'll call you by Monday."],
    [252, 'l', 'Is there anything else?'],
    [280, 'p', 'no thats everything'],
    [286, 'l', 'Thanks, and have a good weekend.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 12 Lost Call: check-in at 140, notice + invitation back at 330 (final idle 310 s)
  s(CAL, '12 help writing dad\'s obituary (Lost Call): greeting at 20, "Are you still there?" at 140, "looks like you\'ve disconnected … chat back in anytime" at 330', [
    [0, 'p', 'can someone help me write an obituary for my dad'],
    [20, 'l', "Hi, I'm Cal, a librarian with Ask Us at Westbrook Library. I'm so sorry about your dad."],
    [140, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'll end this chat now. Please chat back in anytime, we're here to help."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 no provider joined; code null
  s(QUEUE, '13 how many death certificates to order: no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'how many death certificates should I order? funeral home is asking'],
    queue(2, 5),
    [150, 'p', 'hello??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 14 Lost Call after four patron lines; no greeting word
  s(ANA, '14 price of an obituary in the Courier (Lost Call after 4 patron lines): "Ana from Hancock County Library here." (no greeting), paper asked, obituary page URL, "ok", "thx"', [
    [0, 'p', 'how much does it cost to put an obituary in the Courier?'],
    [20, 'l', 'Ana from Hancock County Library here.'],
    [26, 'l', 'Is that the Findlay Courier?'],
    [50, 'p', 'yes'],
    [56, 'l', "The Courier's obituary prices and submission form are on their site, thecourier.com/obituaries/place-an-obituary: it's priced by length, and a photo costs extra. Most funeral homes will also place it for you as part of their services."],
    [62, 'l', 'Does that help?'],
    [95, 'p', 'ok'],
    [100, 'p', 'thx'],
    [106, 'l', 'Take care!'],
  ], usual({ greeting: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(TRAINING, '15 practice chat (bereavement macros): coded Practice, every check na', [
    [0, 'p', 'test: funeral assistance macro'],
    [10, 'l', 'Hi, this is a practice session for the new bereavement macros.'],
    [20, 'l', 'Burial assistance: dhs.maryland.gov. Does that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 credit bureaus; four chats open at once
  s(OMAR, '16 brother\'s identity after death: executor asked, FTC guide + Equifax/Experian/TransUnion by URL, "thats all i needed", four chats open at once', [
    [0, 'p', 'how do I stop people using my dead brothers identity, do I notify the credit bureaus'],
    [18, 'l', 'Hi! Omar here with Ask a Librarian at Riverside Library.'],
    [24, 'l', 'Are you the executor of his estate, or next of kin?'],
    [60, 'p', 'executor'],
    [66, 'l', "Yes: send each of the three credit bureaus, Equifax (equifax.com), Experian (experian.com) and TransUnion (transunion.com), a copy of the death certificate and your letters testamentary, and ask them to flag his file 'deceased, do not issue credit'. The FTC's guide at consumer.ftc.gov/articles/identity-theft-and-deceased has a sample letter."],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'yes, thats all i needed. thanks'],
    [115, 'l', "You're welcome, and I'm sorry about your brother. Bye."],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('o1', 'omar', -300, 200), other('o2', 'omar', -100, 400), other('o3', 'omar', 30, 500)],
  }),

  // 17 MVA: concurrency at touching ends (three at most)
  s(PAT, '17 wife\'s driver\'s license after death (MD MVA): vehicles asked, "by sending a copy … to the MVA" with mva.maryland.gov, "no that is everything"; others touch the ends (three at most)', [
    [0, 'p', "do I need to turn in my wife's drivers license to the MVA now that she passed"],
    [15, 'l', "Hello, and thanks for contacting Ask Us. I'm Pat, a librarian at Anne Arundel County Public Library. I'm very sorry for your loss."],
    [21, 'l', 'Is she the registered owner of any vehicles too, or is it just the license?'],
    [60, 'p', 'just the license, the car is in my name'],
    [66, 'l', "You don't have to, but cancelling it helps prevent identity theft. Mail a copy of the death certificate and the license to the MVA; the steps and the mailing address are on mva.maryland.gov (search 'deceased')."],
    [72, 'l', 'Does that answer your question?'],
    [100, 'p', 'yes'],
    [105, 'l', 'Anything else I can help with today?'],
    [130, 'p', 'no that is everything'],
    [135, 'l', 'Thank you, take care.'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('p1', 'pat', -600, 0), other('p2', 'pat', -100, 500), other('p3', 'pat', 10, 200), other('p4', 'pat', 140, 900)],
  }),

  // 18 transfer with a notice and a note
  s(LENA, '18 military funeral honors (Army): cemetery asked, transfer to Omari with a notice and a note, DoD page + Army honors line by phone', [
    [0, 'p', 'how do we get military honors (flag folding, taps) at my dads funeral next week? he was Army'],
    [20, 'l', 'Hi, this is Lena with Ask Us, Montgomery County Public Libraries. My condolences.'],
    [26, 'l', 'Is the funeral at a national cemetery or a private one?'],
    [60, 'p', 'private, in Gaithersburg'],
    [66, 'l', "My colleague Omari is our veterans' services librarian and knows this process well. I'm transferring you to him now, one moment."],
    [69, 'i', 'Omari: pt needs military funeral honors for Army vet father, private cemetery, service next week. Over to you, thanks'],
    xfer(72, 'Omari', 'omari'),
    [120, 'l', "Hi, Omari here, veterans' services librarian at MCPL. I'm sorry about your father. The funeral director makes the honors request for the family, usually with his DD-214. What's provided (two uniformed members, the flag folding and presentation, Taps) is explained at militaryfuneralhonors.osd.mil, and families can call the Army Funeral Honors line at 1-888-555-0110 with questions.", as(OMARI)],
    [126, 'l', 'Does that answer your question?', as(OMARI)],
    [170, 'p', 'yes thank you both, thats all'],
    [176, 'l', "You're welcome. Thank you for his service, and take care.", as(OMARI)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 19 silent transfer with a note only; the receiver 150 s after the patron
  s(BEA, '19 father\'s life insurance policy: state asked, internal note + transfer with no notice, Kofi 150 s after the patron, NAIC locator', [
    [0, 'p', 'how can I find out if my father had a life insurance policy? he died in march'],
    [22, 'l', 'Good morning! You are chatting with Bea at Ask Us, Carroll County Public Library.'],
    [28, 'l', 'Did he live in Maryland?'],
    [60, 'p', 'yes westminster'],
    [64, 'i', 'Kofi, can you take this? life insurance policy search for a deceased father, you did one last week'],
    xfer(67, 'Kofi', 'kofi'),
    [210, 'l', "Hello, Kofi here, a librarian with Ask Us. The NAIC's Life Insurance Policy Locator (naic.org/life-insurance-policy-locator) searches participating insurers for free; you'll need a copy of the death certificate. Also look through his bank statements for premium payments.", as(KOFI)],
    [216, 'l', 'Does that help?', as(KOFI)],
    [260, 'p', 'yes thanks'],
    [266, 'l', 'Anything else I can look up?', as(KOFI)],
    [290, 'p', "no, that's all"],
    [295, 'l', 'Thanks for using Ask Us, and take care.', as(KOFI)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 20 dismissal: "You've hit the limit for one chat session"
  s(RUSS, '20 aunt died without a will (Ohio): spouse/children asked, ORC 2105.06 + bar page, then "You\'ve hit the limit for one chat session, so I\'m going to end it here. Goodbye."', [
    [0, 'p', 'my aunt died without a will in Ohio, who gets her house?'],
    [25, 'l', "Hi, I'm Russ at Ask Us, Franklin Township Library."],
    [31, 'l', 'Did she have a spouse or children?'],
    [70, 'p', 'no, just me and my brother (her nephews)'],
    [76, 'l', "I can't give legal advice, but Ohio's intestate succession law, Ohio Revised Code 2105.06 (codes.ohio.gov/ohio-revised-code/section-2105.06), lists who inherits when there is no will, in order. The Ohio State Bar's page on probate, ohiobar.org (search 'probate'), explains the steps."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'sort of. how do we open probate, do we need a lawyer, what about her car, and her credit cards, and can we sell the house before'],
    [138, 'l', "That's a lot of questions. You've hit the limit for one chat session, so I'm going to end it here. Goodbye."],
    [150, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, a way back with the reference desk's phone
  s(DARIA, '21 planning mom\'s funeral from hospice: burial or cremation asked, FTC Funeral Rule + book + fivewishes.org, "several other patrons waiting … call our reference desk at 419-555-0192"', [
    [0, 'p', 'hi, i need to plan my moms funeral, she is in hospice. where do i even start'],
    [30, 'l', "Hello, I'm Daria, a librarian at Sandusky Library. I'm so sorry you're going through this."],
    [37, 'l', 'Do you know yet whether she wants burial or cremation?'],
    [90, 'p', 'cremation, she said so'],
    [96, 'l', 'The FTC\'s Funeral Rule page (consumer.ftc.gov/articles/ftc-funeral-rule) explains your right to itemized price lists, and our library has the book "Final Details: A Guide for Survivors When Death Occurs" (call number 393.1). Many families also write down wishes ahead of time with the Five Wishes form at fivewishes.org.'],
    [102, 'l', 'Is this the kind of information you needed?'],
    [150, 'p', 'yes. also what about her pension, social security, her apartment lease, her cat, her car loan'],
    [160, 'l', 'Those are all important, and I want to give them proper time. I have several other patrons waiting right now, so please chat back in later, or call our reference desk at 419-555-0192 and we can go through them one by one.'],
    [200, 'p', 'ok'],
    [206, 'l', 'Take good care of yourself and your mom. Bye for now.'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 22 check-in, then a notice with no goodbye; greeting split over two lines
  s(SAM, '22 burial on the family farm (Vermont): "Good evening!" + name, Health Dept + "Final Rights", "Are you still there?" at 230, "…closing this chat now." at 380 (no goodbye)', [
    [0, 'p', 'is it legal to bury someone on your own land in Vermont'],
    [24, 'l', 'Good evening!'],
    [28, 'l', 'This is Sam, reference librarian at Rutland Free Library. Is this for a family member who has died, or are you planning ahead?'],
    [70, 'p', 'planning ahead for my dad, he wants to be on the farm'],
    [76, 'l', 'Vermont allows burial on private land. You need a burial-transit permit, and there are rules about distance from water and property lines. The Vermont Department of Health explains it at healthvermont.gov (search \'home burial\'), and the book "Final Rights" by Joshua Slocum and Lisa Carlson has a Vermont chapter; we own it.'],
    [82, 'l', 'Does that help?'],
    [230, 'l', 'Are you still there?'],
    [380, 'l', "It looks like you've disconnected, so I'm closing this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 23 goodbye 134 s after the answer, no check-in
  s(INEZ, '23 scattering ashes in Lake Tahoe: side of the lake asked, Cemetery and Funeral Bureau URL, "Did that help?", goodbye at 200 (final idle 134 s) with no check-in', [
    [0, 'p', 'Are we allowed to scatter ashes in Lake Tahoe?'],
    [20, 'l', "Hi! You're chatting with Inez at Placer County Library."],
    [26, 'l', 'Is it on the California side or the Nevada side?'],
    [60, 'p', 'california side, from a boat'],
    [66, 'l', "California's Cemetery and Funeral Bureau explains the scattering rules at cfb.ca.gov/consumer/scattering.shtml: ashes may be scattered in inland waters if the container is removed, and the Permit for Disposition has to list the location. The funeral home that handled the cremation normally files that permit."],
    [72, 'l', 'Did that help?'],
    [200, 'l', 'Thanks for using the chat. Take care.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 24 a hold answered 150 s later
  s(VI, '24 retired postal worker\'s pension: CSRS/FERS asked, "Let me look that up, one moment please." then 150 s, OPM phone + URL, "That is all."', [
    [0, 'p', 'My husband was a retired postal worker. Who do I notify about his pension?'],
    [28, 'l', "Hello, I'm Vi, a librarian at Ask Us, Prince George's County Memorial Library System. I'm sorry for your loss."],
    [35, 'l', 'Was he under the Civil Service Retirement System or FERS, if you know?'],
    [80, 'p', 'CSRS I believe'],
    [86, 'l', 'Thank you. Let me look that up, one moment please.'],
    [236, 'l', "Retired federal and postal employees' pensions are paid by the Office of Personnel Management (OPM), not the Postal Service. Report the death to OPM Retirement Services at 1-888-767-6738 or online at opm.gov/retirement-center (Report a Death); as his widow you can apply for the survivor annuity there too."],
    [242, 'l', 'Does that answer your question?'],
    [290, 'p', 'Yes. Thank you, dear. That is all.'],
    [296, 'l', 'You are very welcome. Take care.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 25 "take your time" then 224 s away
  s(ROB, '25 misspelled maiden name on a Florida death certificate: "No problem, take your time." then 224 s away, DH 429 with the Bureau of Vital Statistics by URL', [
    [0, 'p', 'the death certificate has my mothers maiden name spelled wrong, how do we fix it? florida'],
    [22, 'l', "Hi there, this is Rob at Ask a Librarian, Broward County Library. I'm sorry for your loss."],
    [28, 'l', 'Do you have the certificate handy? Who is listed as the informant?'],
    [70, 'p', 'hold on its in the other room'],
    [76, 'l', 'No problem, take your time.'],
    [300, 'p', 'ok back. informant was my brother'],
    [306, 'l', "Thanks. In Florida, you file the correction with the Bureau of Vital Statistics on form DH 429 (Application for Amending a Death Record), with proof of the right spelling such as her birth certificate. Since your brother was the informant, he would sign it. The form and fees are at floridahealth.gov/certificates/certificates/death/index.html."],
    [312, 'l', 'Is that what you needed?'],
    [360, 'p', 'yes thats all I needed thank you'],
    [366, 'l', 'Glad to help. Take care!'],
  ], usual({ referral: 'pass' })),

  // 26 holds every ~95 s; the patron has the last word
  s(ABE, '26 WWII great-uncle\'s grave: name/state asked, holds at 76 and 170 ("Bear with me"), ABMC search at 265, "Is that your great uncle?", patron "that\'s everything" last (no goodbye)', [
    [0, 'p', 'looking for where my great uncle is buried, WWII, died 1944 in France i think'],
    [20, 'l', 'Hi! Abe here, a librarian with Ask Us at Howard County Library System.'],
    [26, 'l', 'Do you know his full name and which state he enlisted from?'],
    [70, 'p', 'Harold T. Greer, from Maryland'],
    [76, 'l', 'Let me search the ABMC and VA burial databases, one moment.'],
    [170, 'l', 'Still looking, the ABMC search is slow tonight. Bear with me.'],
    [265, 'l', "Found him: Private Harold T. Greer is buried at the Normandy American Cemetery, Plot E, Row 12. The record is in the American Battle Monuments Commission's search at abmc.gov/search-abmc-burials-and-memorials."],
    [271, 'l', 'Is that your great uncle?'],
    [320, 'p', "yes!! that's him. that's everything I needed, thank you so much"],
  ], usual({ courteous: 'fail' })),

  // 27 the state asked in the same message as the first source
  s(KIM, '27 late dad\'s unclaimed money: missingmoney.com and "Which state did he live in?" in one message, NJ site after, "nope"', [
    [0, 'p', 'how do I check if my late dad had unclaimed money'],
    [18, 'l', 'Hello! This is Kim at the Ask a Librarian service.'],
    [24, 'l', "You can search most states' unclaimed property lists at once on missingmoney.com, free. Which state did he live in? Each state also has its own site."],
    [60, 'p', 'new jersey'],
    [66, 'l', "New Jersey's is unclaimedfunds.nj.gov; heirs file the claim there with a death certificate and proof of relationship."],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'yes thx'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'nope'],
    [125, 'l', 'Thanks for chatting, take care!'],
  ], usual({ clarify: 'fail' })),

  // 28 no source; "just tell them" (the funeral director, no contact)
  s(JADE, '28 how many death certificate copies: accounts asked, "about 6 to 8", "Your funeral director orders them … just tell them how many" (no contact, no source)', [
    [0, 'p', 'how many copies of the death certificate should we get'],
    [30, 'l', "Hi, I'm Jade, librarian at Clark County Library. I'm sorry for your loss."],
    [36, 'l', 'Roughly how many accounts or agencies will need one, like banks, insurance, pensions, car titles?'],
    [90, 'p', 'maybe 2 banks, life insurance, his truck, and a 401k'],
    [96, 'l', "Then I'd order about 6 to 8 certified copies; each of those usually keeps one, and a couple of extras save you reordering later. Your funeral director orders them when the death certificate is filed, so just tell them how many you want."],
    [102, 'l', 'Does that help?'],
    [140, 'p', 'yes it does, thanks'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 29 pickedUpAt 30 s, first line at 100; a restatement, no question
  s(RUTH, '29 grief support group near Eugene: pickedUpAt 30 s, first line at 100, restated ("So you\'re looking for …"), hospice bereavement line by phone + library list URL', [
    [0, 'p', 'are there any grief support groups near Eugene? lost my wife in June'],
    [100, 'l', "Hello, I'm Ruth at Eugene Public Library's Ask a Librarian. I'm so sorry about your wife, and sorry for the wait."],
    [106, 'l', "So you're looking for a grief support group around Eugene for people who have lost a spouse."],
    [150, 'p', 'yes, in person if possible'],
    [156, 'l', 'PeaceHealth Hospice runs a free drop-in grief group on Tuesday evenings in Springfield; call their bereavement line at 541-555-0178 to get on the list. Our library also keeps a list of local support groups at eugene-or.gov/library/grief.'],
    [162, 'l', 'Is that helpful?'],
    [210, 'p', "yes, thank you. that's all I needed."],
    [216, 'l', 'Take care of yourself. Thank you for reaching out.'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(30) }),

  // 30 pickup at 100 s with a "hello?" in the queue; code ""
  s(LOU, '30 son\'s Facebook and Instagram after his death: "hello?" in the queue, pickup 100 s, memorialize or remove asked, both request forms by URL, code ""', [
    [0, 'p', "how do I close my son's facebook and instagram after he died"],
    queue(2, 3),
    [70, 'p', 'hello?'],
    [100, 'l', "Hi, sorry for the wait. I'm Lou, a librarian at Ask Us, Harris County Public Library. I'm so sorry about your son."],
    [106, 'l', 'Would you like to remove the accounts completely, or memorialize them so friends can still see his page?'],
    [150, 'p', 'memorialize facebook, delete instagram'],
    [156, 'l', "Facebook: fill out the memorialization request at facebook.com/help/contact/234739086860192 with a link to an obituary or the death certificate. Instagram: the removal request for an immediate family member is at help.instagram.com (search 'deceased person removal'), and it asks for his birth and death certificates."],
    [162, 'l', 'Does that answer your question?'],
    [210, 'p', 'yes'],
    [216, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no'],
    [246, 'l', 'Take care, and thank you for contacting Ask Us.'],
  ], usual({ pickup: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundFunerals.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('03')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "To schedule, the funeral director or the family calls the National Cemetery Scheduling Office at 1-800-535-1117 with the DD-214" tells the family (the patron) to call an office outside the chat to schedule the burial (RUBRIC Terms, Referral: "call, write to, ask or visit them"), reached by a phone.',
  [byNo('04')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 2). Message 2: "go to his bank with a certified death certificate and the letters … and they will close it" tells the patron to visit the bank (RUBRIC Terms, Referral), and no e-mail, phone, postal address or URL of the bank is given: the only URL in the message, consumerfinance.gov, is the CFPB\'s page, a source, not a way to reach the bank (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them").',
  [byNo('18')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 7 (Omari, after the transfer): "families can call the Army Funeral Honors line at 1-888-555-0110 with questions" tells the patron\'s family they can call an office outside the chat (RUBRIC Terms, Referral: "call … them"), reached by a phone.',
  [byNo('25')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "In Florida, you file the correction with the Bureau of Vital Statistics on form DH 429 … The form and fees are at floridahealth.gov/…" tells the patron to write to (file with) an agency outside the chat (RUBRIC Terms, Referral: "write to"), reached by its URL.',
  [byNo('28')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "Your funeral director orders them when the death certificate is filed, so just tell them how many you want." tells the patron to tell (contact, ask) the funeral director, a person outside the chat (RUBRIC Terms, Referral), with no e-mail, phone, postal address or URL.',
};

describe('sixty-first round: funerals and what follows a death, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundFunerals.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundFunerals.filter((c) => c.name in LEFT_WHY));
});
