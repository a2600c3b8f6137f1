/**
 * Thirty-fifth round (E4), a narrowing wave: v35's last changes, which had no wave after them (block G5 as J4 left it:
 * `knownResource`'s test-prep names "Peterson's Test and Career Prep" and "Testing & Education Reference Center", `url`'s
 * .pharmacy domain), and v35's block E1 (`theAcronymNarrowE1` with its list `THING_ACRONYM_E1`, `serviceNameNarrowE1`): both
 * ways, what they still read that is not their behaviour, and what they skip that is.
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, non-native, chat-speak) and Spanish:
 *  dotted text that is no address: Indian degrees ("a B.Pharmacy/M.Pharmacy from India", "looks at B.Pharmacy and Pharm.D
 *   degrees"), a full stop whose space was lost before a comma ("reopens on Monday.Pharmacy, unlike nursing, …", "ask around
 *   at work.Pharmacy, hospital and retail chains …"), a brand typed with a dot ("Pregunte en CVS.Pharmacy o en Walgreens");
 *   and real addresses said the usual ways ("go to nabp.pharmacy and click", "check safe.pharmacy: it lists …", "revise la
 *   lista de safe.pharmacy.", "custserv@nabp.pharmacy");
 *  the test-prep names as a shop's ("stop by Peterson's Test and Career Prep on Rockville Pike", "la academia Peterson's Test &
 *   Career Prep de la avenida Georgia"), a tutor's ("Rachel Peterson's test and career prep tutoring", "SSG Peterson's … nights
 *   at the recruiting station"), a place with staff ("the Testing and Education Reference Center staff at the community
 *   college", "… in the Student Union", "… del campus, en el segundo piso", British "Pop into … reception");
 *  acronyms of things after "the / your" before "can help / can tell you" (IMEI, LCCN, PDR, ACFR, AGI, GEDCOM, GDPR, W-2,
 *   ISBN, ORCID, CSB, MLS) and of parties (ACS, FSA, DDC, SSA, MVA, HOA, IRS, PTCB, "la SBA le puede ayudar", "I checked
 *   whether your local SBDC can help with that, and they can"); "… Service can help" for products (Credit Monitoring, Mobile
 *   Deposit) and for services that are people (Pension Tracing, Child Maintenance, Interpreter Booking, Park Reservation).
 *
 * Statuses are read from the literal text of RUBRIC.md (info.source: "a URL or domain, … or a named resource (a database, the
 * catalogue, a guide, a book, a web page …). An organisation or app named without a way to reach it is not a source";
 * Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat"), decided before the
 * scorer ran. Readings taken where the text leaves room:
 * - "B.Pharmacy", "M.Pharmacy" (Indian degrees) and a sentence run on after a lost space are no domain, whatever follows;
 *   "go to nabp.pharmacy", "check safe.pharmacy", "revise la lista de safe.pharmacy." are domains (sources);
 * - a tutoring shop, a tutor's nights or a room called by a database's name is no named resource: what the sentence says of
 *   it (a street, "academia", tutoring, staff, a floor or a room) decides, not the name;
 * - "<party> can help / can tell you …" is a referral (as the G5 and Z3 files read "The State Board of Cosmetologists can tell
 *   you whether your hours transfer"); an acronym the sentence goes on to handle as "it" ("type it into …", "search it at …",
 *   "it is on line 11 of your 1040", "it gives you the right to …", "our 2024 copy") is a thing, not a party; one it goes on
 *   to call "they" doing a party's work ("they run a program", "they take hygiene complaints") is a party, whatever a list
 *   says: "The DDC can help your son with that, they fund supported-employment programs" is a Developmental Disabilities
 *   Council (E1 read DDC as Dewey), "The ACS … they run Road To Recovery" the American Cancer Society (Z3 read ACS as the
 *   American Community Survey), British "The FSA … they take hygiene complaints" the Food Standards Agency;
 * - "I checked whether your local SBDC can help with that, and they can: …" points the patron there: a referral;
 * - a product the patron turns on or uses in their own app ("The Credit Monitoring Service …; turn it on in your bank's app")
 *   is no party;
 * - a party's own page to look the answer up ("The SBA can tell you; look it up at sba.gov/size-standards") and a service's
 *   own search page ("The Pension Tracing Service … use the search at gov.uk/find-pension-contact-details") are URLs to reach
 *   it: referral passes; "the number is printed at the top right" of a letter gives no way to reach the IRS in the chat;
 * - Spanish "el SAT" stays a thing (Z3's list: the test) unless the sentence says it serves people; in Mexican Spanish it is
 *   the tax agency (left to a later wave).
 *
 * Written: 86 cases, all labelled before running: 4 whole sessions and 50 short cases in a first batch; 28 near misses of
 * the fixes, 1 Spanish behaviour case and 1 whole session in a second batch after the fixes; 2 in a third (a Spanish
 * behaviour case and a Spanish near miss), and one near miss swapped with the same label ("The IRS can tell you; look it up
 * at irs.gov/refunds" became "The SBA can tell you; look it up at sba.gov/…": "the IRS" is an older party word and never
 * reached the rule it guards). Run: 5 whole, 48 short, 30 in `guards`; LEFT: 5 (3 cases, and the referral halves of 2 short
 * cases whose source halves run).
 *
 * First run (54 cases): 37 disagreed; my labels corrected: 0 (each re-read against RUBRIC.md and kept).
 *  - info.source 17: 14 G5's (v35 passes, v34 fails): the 4 .pharmacy near misses and the India whole session (url), the 8
 *    test-prep names as a shop, a tutor, a rank's nights, a place and the Spanish academy session (knownResource); 3 G5's gaps
 *    (no lead word: "check safe.pharmacy:", "go to nabp.pharmacy and", Spanish "de safe.pharmacy.").
 *  - referral.contact 23: 1 G5's (the India session's "B.Pharmacy/M.Pharmacy" lent as a URL to the Texas board); 3 E1's
 *    (v34 read them: "The DDC can help your son …, they fund", "I checked whether your local SBDC can help with that, and
 *    they can", "The Park Reservation Service …; they take calls"); 15 Z3's readings E1's lists miss (v33 na, v34 on): 10
 *    things read as parties (IMEI, LCCN, PDR, ACFR, AGI, GEDCOM, GDPR, ORCID, CSB, MLS, and the IMEI whole session), ACS and
 *    FSA skipped as things, 2 products read as parties (Credit Monitoring, Mobile Deposit); 4 older than Z3 (Spanish "La SBA
 *    le puede ayudar", a shop visited by name in English and Spanish, "can sort that out").
 * Fixed in block E4 (v36 only; near misses in `guards`):
 *  - url (phrasesV36E4 swaps G5's .pharmacy alternative): no one-letter label ("B.Pharmacy", "M.Pharmacy/…") and no day,
 *    month or place word a lead word takes as its object ("on Monday.Pharmacy,", "at work.Pharmacy,", "at home", "at noon");
 *    lead words "to / check / try" added to G5's ("go to nabp.pharmacy and …", "check safe.pharmacy: …"), and Spanish "en /
 *    de / visite / vea / revise / consulte / pruebe" at the end of a clause only ("revise la lista de safe.pharmacy.")
 *    [near misses: "The list is at safe.pharmacy, under Verified Sites" and "at homecare.pharmacy," still read; "Talk to
 *    your pharmacist.Pharmacy, not the front counter, …", "Take your PA license to Giant.Pharmacy techs there …", "Pregunte en
 *    CVS.Pharmacy o en Walgreens", "… de cajeras en CVS.Pharmacy, Walgreens y Giant" not read].
 *  - knownResource (swaps G5's two names): not after a rank, a Spanish title or a business noun ("SSG Peterson's", "la
 *    academia Peterson's"), not before tutoring, nights, an academy, a shop, staff or a street ("… on Rockville Pike", "… de
 *    la avenida Georgia"); the centre not after "stop by / pop into / drop by / pase por / acérquese", not before staff,
 *    reception, a counsellor, a building, hall, floor or room, "del campus / de la universidad", "en el segundo piso"
 *    [near misses still read: "Peterson's Test and Career Prep on the St. Mary's County Library site" (no "st" as a street),
 *    "entre a Peterson's Test and Career Prep", "Go to the Testing and Education Reference Center on our website",
 *    "Testing & Education Reference Center in the library's databases", "entre al Testing … de la biblioteca"].
 *  - `acronymShapeE4` (classify.ts `acronymShapeE4`, in Z3's acronym branch): the rest of the sentence after "can help /
 *    can tell you …" decides before the lists: "it" handled, found or saying something is a thing (IMEI, LCCN, PDR, ACFR,
 *    AGI, GEDCOM, GDPR, ORCID, CSB), "they" doing a party's work a party (ACS, FSA, DDC, "and they can") [near misses: "the
 *    SSA can help, it is free to replace a card", "The SBA can help with that; it has free advisors", "The DNR can tell you,
 *    it is open weekdays", "The SBDC can help …; it is located on the 2nd floor", "The SBA can tell you; look it up at
 *    sba.gov/…" stay parties; "The VIN … they are stamped on the dashboard", "the DDC can def help u find it, they put the
 *    500s upstairs", "Your P60 …; if it is lost, they can also send a copy", "I checked whether the SBA can help with that,
 *    and they cannot", "The NIV can help with that, they publish it free" stay things].
 *  - `theAcronymEsE4` (checks/referral.ts, classify.ts `THE_ACRONYM_ES_E4`): Z3's acronym after a Spanish article or "su"
 *    before "le puede(n) …", with Z3's and E1's lists ("La SBA le puede ayudar con eso, ellos tienen asesores gratis", "Su
 *    HOA le puede informar …": referrals; it also moves thirty-fourth-round-z3-checked's LEFT case "la SBA le puede ayudar
 *    con eso" to its running list) [near misses: "La CURP le puede ayudar con el trámite", "El RFC le puede ayudar a
 *    facturar", "La FAFSA le puede ayudar a pagar la universidad", "la app le puede ayudar", "El RFC …, y ellos se lo piden
 *    en el trabajo": no referral].
 *  - `serviceShapeE4` (classify.ts `serviceShapeE4`, before E1's list in Z3's service branch): turning it on or using it in
 *    the patron's own app is a product (Credit Monitoring, Mobile Deposit), "they take calls" a party (Park Reservation)
 *    [near misses: "The Passport Service can help with that; book an appointment in the app", "The Legal Aid Service …; sign
 *    up for their free clinic", "The Taxpayer Advocate Service can help, they take cases …" stay parties; "The Email Reminder
 *    Service …, and they come two days before" stays no party].
 * Each rule was then widened on purpose ("look it", "it is free / located / open", "they are / put / publish / come / can
 * send", "in the app", Spanish "o / y" and "," after the domain, "st" as a street, "de la biblioteca", "in the databases"):
 * 13 of the guards failed, as they should; the rules went back as written.
 * Second run (the 30 cases of the second batch): 1 disagreed, "Su HOA le puede decir …" (LEFT: "decir" is no Spanish
 * can-help verb, older); third run (3): 0. Earlier files still pass.
 * Left (5, each with its reason in LEFT): "stop by <a shop's name>" and "Pregunte en la academia <name>" not read as visits
 * (older than v35; a widening), "The MLS can tell you" (nothing in the sentence says it is a database: only a list would),
 * "The Child Maintenance Service can sort that out" ("sort that out" is no can-help verb; older), "Su HOA le puede decir".
 * v36's fingerprint after block E4: b67cab0e69308dc2.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A pharmacist trained in India, up to the patron's answer to the clarifying question. */
const IN: Line[] = [
  [0, 'p', 'hello mam, i finished my pharmacy degree in Pune in 2020. what is the process to work as pharmacist in america'],
  [22, 'l', 'Hi, this is Priya, a librarian with AskUsNow!. Which state do you plan to work in?'],
  [55, 'p', 'texas, my husband has job offer in houston'],
];
/** A certified pharmacy technician moving from one state to another, up to the patron's answer. */
const TECH: Line[] = [
  [0, 'p', 'im a certified pharm tech in PA and moving to virginia. does my license carry over??'],
  [18, 'l', "Hi there, I'm Sam at Ask a Librarian. Are you registered with the PA board, or certified through PTCB, or both?"],
  [50, 'p', 'both i think'],
];
/** A HiSET question up to the patron's answer. */
const HS: Line[] = [
  [0, 'p', 'does the library have anything to help me study for the HiSET'],
  [20, 'l', "Hello! I'm Dana, a librarian at Sample County Library. Are you taking it on the computer or on paper, and when?"],
  [52, 'p', 'computer, sometime in april'],
];
/** A Spanish HiSET question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, necesito prepararme para el HiSET en español, tienen algo?'],
  [20, 'l', 'Hola, le saluda Andrés, bibliotecario de AskUsNow!. ¿Ya tiene fecha para el examen?'],
  [50, 'p', 'todavía no'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and a goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thank you'], [106, 'l', 'Good luck, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and a goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'muchas gracias'], [106, 'l', '¡Mucha suerte, hasta luego!']];
/** A Spanish session: the patron's question `q`, a Spanish greeting that asks the county, the reply, `text` and a goodbye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive usted?', 'en el de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];

export const whole: SessionCase[] = [
  {
    name: 'pharmacist trained in India: "B.Pharmacy/M.Pharmacy" the only dotted text, the Texas board with no contact',
    lines: [
      [0, 'p', 'good evening mam. I completed B.Pharmacy from Hyderabad in 2019 and want to work as pharmacist in USA. what is the process'],
      [30, 'l', "Good evening, and welcome to AskUsNow! I'm Priya, a librarian. Which state are you hoping to be licensed in?"],
      [70, 'p', 'texas, my husband is moving for his job'],
      [95, 'l', 'Thank you. Since you hold a B.Pharmacy/M.Pharmacy from India, the first step is FPGEC certification, then the NAPLEX and the Texas law exam. The Texas State Board of Pharmacy can tell you whether your internship hours count. Does that answer your question?'],
      [150, 'p', 'yes thank you, that is all i wanted'],
      [158, 'l', 'You are most welcome. All the best with the move, and thank you for chatting with us!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'Spanish, HiSET: a private academy called "Peterson\'s Test & Career Prep" on an avenue, no way to reach it',
    lines: [
      [0, 'p', 'hola buenas, quiero prepararme para el HiSET pero en español, hay algo?'],
      [25, 'l', 'Hola, buenas tardes. Le saluda Andrés, bibliotecario de AskUsNow!. ¿Ya tiene fecha para el examen?'],
      [60, 'p', 'no todavía, quiero clases en persona'],
      [100, 'l', "Para clases en persona, pregunte en la academia Peterson's Test & Career Prep de la avenida University; ahí preparan el HiSET en español. ¿Le sirve esa información?"],
      [150, 'p', 'sí, gracias, eso era todo'],
      [160, 'l', '¡Con gusto! Mucha suerte, y gracias por escribirnos.'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'a used phone bought online: "The IMEI can tell you whether it was reported stolen", a hold, imei.info',
    lines: [
      [0, 'p', 'i bought a used iphone off marketplace and the guy seemed sketchy. how can i tell if its stolen??'],
      [20, 'l', 'Hi! This is Jo, a librarian at Sample County Library. Do you have the phone with you right now?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Ok, one moment while I check something.'],
      [150, 'l', 'The IMEI can tell you whether it was reported lost or stolen: dial *#06# to see it, then type it into the free checker at imei.info. Did that help?'],
      [200, 'p', 'omg it says clean. thank u thats all'],
      [210, 'l', 'Great news! Thanks for chatting, take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'British, an old workplace pension: "The Pension Tracing Service can help you", its search page in the same sentence',
    lines: [
      [0, 'p', 'Hello, I worked for a catering firm in Leeds in the 1990s and think I had a pension with them, but the firm is long gone. How do I find it?'],
      [35, 'l', "Hello, you're through to Ask a Librarian, I'm Fiona. Do you remember roughly which years you were there?"],
      [80, 'p', '1992 to 1997 I think'],
      [110, 'l', 'Thanks. The Pension Tracing Service can help you track down an old workplace pension even if the firm has closed: use the search at gov.uk/find-pension-contact-details. Does that answer your question?'],
      [170, 'p', 'Brilliant, thank you, that is everything'],
      [180, 'l', 'Cheers, bye for now!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'rides to chemo: "The ACS can help with rides to treatment, they run a program …; call them at 1-800-…" and the county\'s page',
    lines: [
      [0, 'p', 'my mom starts chemo next month and she doesnt drive. is there any help with getting her there'],
      [25, 'l', "Hi, I'm Jo, a librarian with Ask Us. I'm sorry you're both going through this. Which county does she live in?"],
      [60, 'p', 'anne arundel'],
      [90, 'l', "The ACS can help with rides to treatment, they run a program called Road To Recovery; call them at 1-800-227-2345 to book. Anne Arundel County's Department of Aging also lists medical transport at aacounty.org/aging. Does that help?"],
      [150, 'p', 'yes thank you so much'],
      [160, 'l', 'Is there anything else I can help with today?'],
      [200, 'p', 'no thats it'],
      [210, 'l', 'Take care, and best wishes to your mom. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const checked: SessionCase[] = [
  // ---- url (.pharmacy): near misses, dotted text that is no address ----
  { name: 'url .pharmacy near miss: Indian degrees "a B.Pharmacy/M.Pharmacy from India" (a slash between degrees) : source fails', lines: then(IN, 'Since you hold a B.Pharmacy/M.Pharmacy from India, the first step is the FPGEC certificate, then the NAPLEX and the MPJE. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'url .pharmacy near miss: "The FPGEC looks at B.Pharmacy and Pharm.D degrees differently" : source fails', lines: then(IN, 'The FPGEC looks at B.Pharmacy and Pharm.D degrees differently: a four-year B.Pharmacy may need extra coursework first. Did that answer it?'), exp: some({ source: 'fail' }) },
  { name: 'url .pharmacy near miss: a full stop without its space, then a comma: "reopens on Monday.Pharmacy, unlike nursing, has no multistate license" : source fails', lines: then(TECH, 'The Virginia board office reopens on Monday.Pharmacy, unlike nursing, has no multistate license, so you will apply again there. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'url .pharmacy near miss: chat-speak "ask around at work.Pharmacy, hospital and retail chains often pay" : source fails', lines: then(TECH, 'ask around at work.Pharmacy, hospital and retail chains often pay for the renewal CE. that help?'), exp: some({ source: 'fail' }) },
  // ---- url (.pharmacy): behaviour in new words (must keep passing, or pass) ----
  { name: 'url .pharmacy behaviour: "check safe.pharmacy: it lists the sites NABP has verified" : source passes', lines: then(TECH, 'Before you take a remote tech job with an online pharmacy, check safe.pharmacy: it lists the sites NABP has verified. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'url .pharmacy behaviour: Spanish "revise la lista de safe.pharmacy" : source passes', lines: thenEs('Y antes de comprar medicinas por internet, revise la lista de safe.pharmacy. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  { name: 'url .pharmacy behaviour: "the FPGEC page is under Programs at nabp.pharmacy." : source passes', lines: then(IN, 'Apply through NABP: the FPGEC page is under Programs at nabp.pharmacy. Did that answer it?'), exp: some({ source: 'pass' }) },
  { name: 'url .pharmacy behaviour: an e-mail "custserv@nabp.pharmacy" for NABP\'s FPGEC team : source and referral pass', lines: then(IN, "You can e-mail NABP's FPGEC team at custserv@nabp.pharmacy with questions about your transcript. Does that help?"), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'url .pharmacy behaviour: "go to nabp.pharmacy and click Programs" : source passes', lines: then(IN, 'go to nabp.pharmacy and click Programs, then FPGEC, for the application. Does that help?'), exp: some({ source: 'pass' }) },

  // ---- knownResource (test-prep names): near misses, a shop's, a person's, a place ----
  { name: 'knownResource near miss: a shop, "stop by Peterson\'s Test and Career Prep on Rockville Pike" : source fails', lines: then(HS, "For in-person tutoring, stop by Peterson's Test and Career Prep on Rockville Pike and ask about their HiSET sessions. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'knownResource near miss: Spanish shop "pregunte en la academia Peterson\'s Test & Career Prep de la avenida" : source fails', lines: thenEs("Pregunte en la academia Peterson's Test & Career Prep de la avenida Georgia, dan clases del HiSET en español. ¿Le sirve?"), exp: some({ source: 'fail' }) },
  { name: 'knownResource near miss: a person, "Rachel Peterson\'s test and career prep tutoring at the adult learning center" : source fails', lines: then(HS, "Ask for Rachel Peterson's test and career prep tutoring at the adult learning center; she is great with the HiSET math. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'knownResource near miss: a recruiter\'s rank, "SSG Peterson\'s Test and Career Prep nights at the recruiting station" : source fails', lines: then(HS, "SSG Peterson's Test and Career Prep nights at the recruiting station are free too, if the ASVAB is next. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'knownResource near miss: "The Testing and Education Reference Center staff at the community college" (people) : source fails, referral fails', lines: then(HS, 'The Testing and Education Reference Center staff at the community college proctor the HiSET; call them to book a seat. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'knownResource near miss: "Stop by the Testing & Education Reference Center in the Student Union" (a place) : source fails, referral fails', lines: then(HS, 'Stop by the Testing & Education Reference Center in the Student Union to book your HiSET seat. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'knownResource near miss: Spanish "Vaya al Testing and Education Reference Center del campus, en el segundo piso" : source fails, referral fails', lines: thenEs('Vaya al Testing and Education Reference Center del campus de Rockville, en el segundo piso; ahí reservan el examen. ¿Le sirve?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'knownResource near miss: British "Pop into the Testing & Education Reference Center reception at the college" : source fails, referral fails', lines: then(HS, 'Pop into the Testing & Education Reference Center reception at the college and they will book you in. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  // ---- knownResource: behaviour in new words ----
  { name: 'knownResource behaviour: "look for Peterson\'s Test & Career Prep: it has three full HiSET practice tests" : source passes', lines: then(HS, "In our online resources, look for Peterson's Test & Career Prep: it has three full HiSET practice tests. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'knownResource behaviour: "Testing and Education Reference Center, in our e-resources, has HiSET practice" : source passes', lines: then(HS, 'Testing and Education Reference Center, in our e-resources, has HiSET practice tests with explanations. Did that help?'), exp: some({ source: 'pass' }) },
  { name: 'knownResource behaviour: Spanish "busque Testing & Education Reference Center; tiene exámenes de práctica" : source passes', lines: thenEs('En nuestras bases de datos, busque Testing & Education Reference Center; tiene exámenes de práctica del HiSET en español. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  { name: 'knownResource behaviour: chat-speak "try petersons test and career prep in our databases" : source passes', lines: then(HS, 'try petersons test and career prep in our databases, its got hiset practice. that help?'), exp: some({ source: 'pass' }) },
  { name: 'knownResource behaviour: "Log in to Peterson\'s Test and Career Prep at home with your card number" : source passes', lines: then(HS, "Log in to Peterson's Test and Career Prep at home with your card number; the HiSET tests are under High School Equivalency. Does that help?"), exp: some({ source: 'pass' }) },

  // ---- theAcronymNarrowE1: acronyms of things still read as parties ----
  { name: 'theAcronym near miss: "The IMEI can tell you whether it was reported stolen; type it into imei.info" (a number) : referral na', lines: one('how do i know if a used phone is stolen', 'The IMEI can tell you whether it was reported lost or stolen; type it into the checker at imei.info. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: "The LCCN can help you pin down the edition; search it at catalog.loc.gov" (a number) : referral na', lines: one('how do i find the exact edition of an old book', 'The LCCN can help you pin down the edition; search it at catalog.loc.gov. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: "The PDR can tell you the usual dose; our 2024 copy is at the reference desk" (a book) : referral na', lines: one('what is the normal dose of metoprolol', 'The PDR can tell you the usual dose; our 2024 copy is at the reference desk, and dailymed.nlm.nih.gov has the label too. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: "The ACFR can tell you, it is posted every December" (a report) : referral na', lines: one('how much did the county spend on roads last year', 'The ACFR can tell you, it is posted every December at samplecounty.gov/finance. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: "Your AGI can tell you that: it is on line 11 of your 1040" (a figure) : referral na', lines: one("do i qualify for the saver's credit", 'Your AGI can tell you that: it is on line 11 of your 1040, and the limits are at irs.gov/savers. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: "The GEDCOM can help with that: export it from Ancestry" (a file format) : referral na', lines: one('how do i move my family tree from ancestry to familysearch', 'The GEDCOM can help with that: export it from Ancestry and upload it at familysearch.org. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: British "The GDPR can help you there: it gives you the right to a copy" (a law) : referral na', lines: one('can i make my old employer give me my personnel file', 'The GDPR can help you there: it gives you the right to a copy, and the ICO explains how at ico.org.uk. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: "The W-2 can tell you what was withheld" (a form) : referral na', lines: one('how do i know how much tax was taken out', "The W-2 can tell you what was withheld; it is in your employer's payroll portal. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: chat-speak "the ISBN will help, its on the back cover" (a number) : referral na', lines: one('i need the right edition of my textbook', "the ISBN will help, it's on the back cover above the barcode. that help?"), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: "Your ORCID can help with that: it lists all your papers" (an ID) : referral na', lines: one('how do i list my papers for a grant application', 'Your ORCID can help with that: it lists all your papers at orcid.org. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronym near miss: "The CSB can help with that, it reads easily" (a Bible translation) : referral na', lines: one('is there a bible that is easy to read aloud', 'The CSB can help with that, it reads easily; it is free at biblegateway.com. Does that help?'), exp: some({ referral: 'na' }) },
    // ---- theAcronymNarrowE1: acronyms of agencies and offices, parties (no contact: referral fails) ----
  { name: 'theAcronym party: "The ACS can help with rides to treatment, they run a program" (the Cancer Society) : referral fails', lines: one('can i get help with rides to my chemo', 'The ACS can help with rides to treatment, they run a program called Road To Recovery. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: British "The FSA can help with that, they take hygiene complaints" (the Food Standards Agency) : referral fails', lines: one('the takeaway near me is filthy, who do i report it to', 'The FSA can help with that, they take hygiene complaints about restaurants and takeaways. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: "The DDC can help your son with that, they fund supported employment" (a disabilities council) : referral fails', lines: one('my son has autism and needs a job coach', 'The DDC can help your son with that, they fund supported-employment programs in every county. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: "the SSA can help, it is free to replace a card" : referral fails', lines: one("how do i replace my husband's social security card", 'the SSA can help, it is free to replace a card. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: "The MVA can help you with that, there is a grace period" : referral fails', lines: one('my license expired while i was deployed', 'The MVA can help you with that, since there is a grace period for service members. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: "Your HOA can help with that question" : referral fails', lines: one('can my neighbor park a boat in his driveway', 'Your HOA can help with that question, since the covenants differ by neighborhood. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: "the IRS can help you understand the letter" : referral fails', lines: one('i got a letter saying i owe 2000 dollars', 'the IRS can help you understand the letter, the number is printed at the top right. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: Spanish "La SBA le puede ayudar con eso, ellos tienen asesores" : referral fails', lines: es('quiero abrir una panadería', 'La SBA le puede ayudar con eso, ellos tienen asesores gratis. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: "I checked whether your local SBDC can help with that, and they can" : referral fails', lines: one('i want to start a cleaning business', 'I checked whether your local SBDC can help with that, and they can: their advisors review business plans for free. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronym party: "The PTCB can tell you which training programs count" (a certification board) : referral fails', lines: one('how do i get certified as a pharmacy tech', 'The PTCB can tell you which training programs count toward eligibility. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- serviceNameNarrowE1: products signed up for, and real services ----
  { name: 'serviceName near miss: "The Credit Monitoring Service can tell you right away; turn it on in your bank\'s app" (a product) : referral na', lines: one('how would i know if someone opens a card in my name', "The Credit Monitoring Service can tell you right away; you can turn it on free in your bank's app. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'serviceName near miss: "The Mobile Deposit Service can help with that: photograph the check in the app" (a product) : referral na', lines: one('can i deposit a check without going to the bank', "The Mobile Deposit Service can help with that: you photograph the check in your bank's app. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'serviceName party: British "The Pension Tracing Service can help you track down an old pension" : referral fails', lines: one('how do i find a pension from a job i had in the 90s', 'The Pension Tracing Service can help you track down an old workplace pension. Does that help?'), exp: some({ referral: 'fail' }) },
    { name: 'serviceName party: "The Interpreter Booking Service can arrange one, just ask them" (a team) : referral fails', lines: one("i need an interpreter for my mom's hospital appointment", 'The Interpreter Booking Service can arrange one for the appointment, just ask them when you confirm the visit. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'serviceName party: "The Park Reservation Service can help you book a pavilion; they take calls on weekdays" : referral fails', lines: one('where can we have a birthday picnic for 30 people', 'The Park Reservation Service can help you book a pavilion; they take calls on weekdays. Does that help?'), exp: some({ referral: 'fail' }) },
];

/**
 * Near misses of the fixes (labelled before the second run): cases that share a fix's words or shape but are not its
 * behaviour, so that the narrowings keep what is a domain, a database or a party, and the mends read nothing more.
 */
export const guards: SessionCase[] = [
  // ---- url (.pharmacy): still domains after the narrowing ----
  { name: 'url guard: "The list is at safe.pharmacy, under Verified Sites" (a comma after a real domain) : source passes', lines: then(TECH, 'The list is at safe.pharmacy, under Verified Sites, if an online employer worries you. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'url guard: a label that only starts like a place word, "at homecare.pharmacy" : source passes', lines: then(TECH, 'The infusion pharmacy that is hiring has its own site at homecare.pharmacy, with the job list. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- url (.pharmacy): the new lead words read nothing more ----
  { name: 'url guard: "Talk to your pharmacist.Pharmacy, not the front counter, handles transfers" (words between "to" and it) : source fails', lines: then(TECH, 'Talk to your pharmacist.Pharmacy, not the front counter, handles license transfers at most chains. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'url guard: "Take your old license to Giant.Pharmacy techs there…" (the next sentence) : source fails', lines: then(TECH, 'Take your PA license to Giant.Pharmacy techs there can tell you how the Virginia form looks. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'url guard: Spanish "Pregunte en CVS.Pharmacy o en Walgreens" (no end of clause) : source fails', lines: thenEs('Pregunte en CVS.Pharmacy o en Walgreens si le pagan el examen de técnico. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  { name: 'url guard: Spanish "Trabajé de cajera en CVS.Pharmacy, Walgreens y Giant" (a comma) : source fails', lines: thenEs('Muchas técnicas empiezan de cajeras en CVS.Pharmacy, Walgreens y Giant, y luego estudian. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  // ---- knownResource: still the databases after the narrowing ----
  { name: 'knownResource guard: "Peterson\'s Test and Career Prep on the St. Mary\'s County Library site" : source passes', lines: then(HS, "Peterson's Test and Career Prep on the St. Mary's County Library site has the HiSET tests too. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'knownResource guard: Spanish "entre a Peterson\'s Test and Career Prep" : source passes', lines: thenEs("En la página de la biblioteca, entre a Peterson's Test and Career Prep con su tarjeta. ¿Le sirve?"), exp: some({ source: 'pass' }) },
  { name: 'knownResource guard: "Go to the Testing and Education Reference Center on our website" : source passes', lines: then(HS, 'Go to the Testing and Education Reference Center on our website and pick High School Equivalency. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'knownResource guard: "Testing & Education Reference Center in the library\'s databases" : source passes', lines: then(HS, "You will find Testing & Education Reference Center in the library's databases, under T. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'knownResource guard: Spanish "entre al Testing and Education Reference Center de la biblioteca" : source passes', lines: thenEs('Entre al Testing and Education Reference Center de la biblioteca con su tarjeta. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  // ---- acronymShapeE4: an office's or a dummy "it" stays a party ----
  { name: 'acronymShape guard: "The SBA can help with that; it has free advisors in every state" : referral fails', lines: one('i want to open a food truck', 'The SBA can help with that; it has free advisors in every state. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'acronymShape guard: "The DNR can tell you, it is open weekdays until 4" : referral fails', lines: one('do i need a license to fish in the bay', 'The DNR can tell you, it is open weekdays until 4. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'acronymShape guard: "The SBDC can help; it is located on the 2nd floor of the college" : referral fails', lines: one('who can look over my business plan', 'The SBDC can help with that; it is located on the 2nd floor of the community college. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'acronymShape guard: "The SBA can tell you; look it up at sba.gov/size-standards" (the answer looked up, the party\'s site) : referral passes', lines: one('does my bakery count as a small business', 'The SBA can tell you; look it up at sba.gov/size-standards with your NAICS code. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- acronymShapeE4: things said to be "they", another party's "they", "they cannot" stay no referral ----
  { name: 'acronymShape guard: "The VIN can tell you the year, and they are stamped on the dashboard" : referral na', lines: one('what year is my car', 'The VIN can tell you the year, and they are stamped on the dashboard too. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'acronymShape guard: "the DDC can def help u find it, they put the 500s upstairs" (Dewey) : referral na', lines: one('where r the science books', 'the DDC can def help u find it, they put the 500s upstairs. that help?'), exp: some({ referral: 'na' }) },
  { name: 'acronymShape guard: British "Your P60 can tell you that; if it is lost, they can also send a copy" (the employer) : referral na', lines: one('how much tax did i pay in my last job', 'Your P60 can tell you that; if it is lost, they can also send a copy. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'acronymShape guard: "I checked whether the SBA can help with that, and they cannot" : referral na', lines: one('can i get a grant for my hobby', 'I checked whether the SBA can help with that, and they cannot: their loans are only for businesses already open. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'acronymShape guard: "The NIV can help with that, they publish it free" (the publishers) : referral na', lines: one('is there a bible in modern english', 'The NIV can help with that, they publish it free at biblegateway.com. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- theAcronymEsE4: Spanish things stay no referral ----
  { name: 'theAcronymEs guard: "La CURP le puede ayudar con el trámite" (an ID number) : referral na', lines: es('que necesito para inscribir a mi hija en la escuela en mexico', 'La CURP le puede ayudar con el trámite; la consulta en gob.mx/curp. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymEs guard: "El RFC le puede ayudar a facturar" (a tax number) : referral na', lines: es('como hago facturas en mexico', 'El RFC le puede ayudar a facturar; se tramita en sat.gob.mx. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymEs guard: "La FAFSA le puede ayudar a pagar la universidad" (a form) : referral na', lines: es('como pago la universidad de mi hijo', 'La FAFSA le puede ayudar a pagar la universidad; se llena en studentaid.gov. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymEs guard: "la app le puede ayudar" (a lower-case word) : referral na', lines: es('como veo los horarios del autobús', 'la app le puede ayudar, se llama Transit y es gratis. ¿Le sirve?'), exp: some({ referral: 'na' }) },
    // ---- serviceShapeE4: agencies stay parties, products' "they" stays no referral ----
  { name: 'theAcronymEs behaviour: "Su HOA le puede informar si se permiten cercas" : referral fails', lines: es('puedo poner una cerca en mi jardín', 'Su HOA le puede informar si se permiten cercas en su vecindario. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymEs guard: "El RFC le puede ayudar con eso, y ellos se lo piden en el trabajo" (the employer) : referral na', lines: es('mi trabajo me pide un papel del sat', 'El RFC le puede ayudar con eso, y ellos se lo piden en el trabajo para pagarle; se tramita en sat.gob.mx. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'serviceShape guard: "The Passport Service can help; book an appointment in the app" (the agency\'s app) : referral fails', lines: one('i need a passport fast', 'The Passport Service can help with that; book an appointment in the app. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'serviceShape guard: "The Legal Aid Service can help; sign up for their free clinic" : referral fails', lines: one('my landlord is evicting me', 'The Legal Aid Service can help with that; sign up for their free clinic at the courthouse. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'serviceShape guard: "The Email Reminder Service can tell you, and they come two days before" (the notices) : referral na', lines: one('how do i know when my books are due', 'The Email Reminder Service can tell you when books are due, and they come two days before. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceShape guard: "The Taxpayer Advocate Service can help, they take cases when the IRS is stuck" : referral fails', lines: one('the irs has had my return for a year', 'The Taxpayer Advocate Service can help, they take cases when the IRS is stuck. Does that help?'), exp: some({ referral: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong, each with its reason: not run. */
export const LEFT: SessionCase[] = [
  // LEFT: referral na in v33-v35 too: "stop by <a name>" with no party word is not read as a visit (older; a widening)
  { name: 'knownResource near miss: a shop, "stop by Peterson\'s Test and Career Prep on Rockville Pike" : referral fails', lines: then(HS, "For in-person tutoring, stop by Peterson's Test and Career Prep on Rockville Pike and ask about their HiSET sessions. Does that help?"), exp: some({ referral: 'fail' }) },
  // LEFT: referral na in v33-v35 too: "Pregunte en la academia <a name>" first in the message is not read (older; the whole session's lead-in is)
  { name: 'knownResource near miss: Spanish shop "pregunte en la academia Peterson\'s Test & Career Prep de la avenida" : referral fails', lines: thenEs("Pregunte en la academia Peterson's Test & Career Prep de la avenida Georgia, dan clases del HiSET en español. ¿Le sirve?"), exp: some({ referral: 'fail' }) },
  // LEFT: nothing in the sentence says the MLS is a listing database, not an office: only a list would tell (the brief prefers shapes)
  { name: 'theAcronym near miss: "The MLS can tell you what similar houses sold for" (a listing database) : referral na', lines: one('how do i know what my house is worth', 'The MLS can tell you what similar houses sold for; zillow.com shows those sales too. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: referral na in v33-v35 too: "can sort that out" is not a can-help verb (older; a widening), "they" is never reached
  { name: 'serviceName party: British "The Child Maintenance Service can sort that out, they can work out what he should pay" : referral fails', lines: one("my ex isn't paying anything for the kids", 'The Child Maintenance Service can sort that out, they can work out what he should pay. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: referral na with E4's Spanish reading too: "le puede decir" is not a Spanish can-help verb (older; a widening)
  { name: 'theAcronymEs behaviour: "Su HOA le puede decir si se permiten cercas" : referral fails', lines: es('puedo poner una cerca en mi jardín', 'Su HOA le puede decir si se permiten cercas en su vecindario. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

describe('thirty-fifth round (E4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fifth round (E4): whole sessions', whole);
describeSessions('thirty-fifth round (E4): G5, J4 and E1 checked', checked);
describeSessions('thirty-fifth round (E4): near misses of the fixes', guards);

describeLeft('thirty-fifth-round-e4-checked', LEFT);
