/**
 * Fifty-eighth round, theme ADULTS RETURNING TO SCHOOL: GED AND HIGH SCHOOL EQUIVALENCY, COMMUNITY COLLEGE ADMISSIONS AND
 * PLACEMENT TESTS, FAFSA AND FINANCIAL AID, OLD TRANSCRIPTS, ESL AND ADULT BASIC EDUCATION, checked: 30 whole sessions no one
 * had written, from public library, statewide and college-library "ask a librarian" chats: starting a GED at 34, the GED in
 * Spanish, a lost 1996 Maryland GED certificate, the HiSET in New Jersey, an online "diploma" for $300, a 19-year-old's
 * re-engagement in Philadelphia, a 60-year-old father's adult basic education in rural Kentucky, an uncle's literacy tutor;
 * community college admission at 52, in-county residency proofs, a diploma from Mexico, nursing without a diploma, the
 * Accuplacer, TSIA2 exemptions after old AP classes, ESL placement levels, credits from a college closed since 1999; the
 * FAFSA (parent info at 41, tax info after filing late, an FSA ID code going to an old phone, deadlines in chat-speak), the
 * Pell Grant part time; transcripts from 1978 (a closed Bronx school) and 1989 (a closed Catholic school); ESL classes for a
 * Vietnamese-speaking mother, evening ESL in Spanish, proof of finished noncredit ESL for a citizenship application; a TEAS
 * study guide; "too old at 50?". Providers point to ged.com, ets.org, studentaid.gov, state adult education pages, college
 * admissions / testing / ESL pages, the library's databases and catalogue, and refer to an adult education center, an
 * archdiocese's education office, a college's continuing education office, a re-engagement center, the Federal Student Aid
 * Information Center, an academic advisor and a county extension office. Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/fiftyEighthRoundReturning-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 25 s pickup (01); a patron "hello??" in the queue and a 78 s pickup (24: fail); `pickedUpAt` at
 *   50 s with the first line at 150 (29: pickup passes); "Hi there! Happy to help." under the screen name "AskUs 4" (06: greets,
 *   names no one: fail); "Hi!" + a question, no one named (30: fail); "Hi there!" + "This is Tamsin, a librarian at …" split
 *   over two lines (16); "Hi, thanks for contacting Ask a Librarian! This is Cora …" (11); Spanish "¡Hola, buenas tardes! Le
 *   saluda Lupe, bibliotecaria de …" (02); "Hi! This is Esteban … ¿Prefiere que hablemos en español?" (17); chat-speak "hey!
 *   zoey @ ask a librarian, mesa public library 🙂" (20); no provider ever joined (08);
 *  inquiry: county, state, school year, branch and level, college, credits, test date, official vs copy, in person vs online,
 *   computer vs paper, tax return filed or not, city and free nights (Spanish); a restatement with no question mark ("So you're
 *   applying to a community college here in Colorado with a diploma from Mexico, and need to know what they'll ask for.", 27);
 *   the Accuplacer URL before "Which parts are you taking …?" (04: fail); an answer at once with no question (23: fail); a
 *   clarifying question the patron never answers and no source ever given (07: pass);
 *  waits: "ok let me double check the dependency rules" answered 150 s later with a patron "ty" inside (03: fail); holds at 86,
 *   190 (a partial result that says the search goes on) and 290 with the answer at 380 (25: pass); "No problem, take your time."
 *   then the patron back 214 s later (26: a wait on the patron); "sec" then 55 s (20); a silent transfer (an internal note only),
 *   the receiver 150 s after the patron (10: fail); a transfer notice with the receiver 64 s later (09); 100 s between
 *   `pickedUpAt` and the first line (29: pass);
 *  endings: a Lost Call with a check-in at 160 and "It looks like you've been disconnected, so I'll end this chat. Please come
 *   back anytime …" at 340 (07: final idle 320 s from the greeting); "Are you still with me?" at 240 and nothing until 400 (21:
 *   notice and courteous fail); a goodbye 136 s after the answer with no check-in (22: idle fails, disconnect na); "It looks
 *   like you've disconnected, so I'm going to end this session. Thanks for reaching out …" with no check-in (23: final idle 275 s
 *   from the greeting; idle fails, notice passes); "You've reached the limit of questions for this session, so I'm ending it
 *   now." (13: dismissal, and no goodbye); "several other patrons waiting … please chat back in later" (14: allowed); the
 *   patron's "thats all i need" as the last line (04: courteous fails); the patron's window closing before the goodbye (27);
 *   goodbyes "Glad to help, take care!", "Best of luck to your dad, and thanks for chatting!", "Great, good luck with your
 *   citizenship! Bye.", "¡De nada! Gracias por usar nuestro chat.", "k good luck, bye!", "Thanks for your patience, good
 *   luck!"; patron-side "thats all I needed", "es todo", "no, es todo", "no more questions", "no, all set", "thats everything",
 *   "thats all, thanks", "yeah it does, thanks. thats all", and "yes thanks", "ok thanks", "yes ok", "ok" that do not count;
 *  sources: ged.com and ged.com/es, ets.org/hiset, studentaid.gov pages and Help Center, state adult education pages, college
 *   residency / admissions / testing / ESL / financial aid pages, consumer.ftc.gov, khanacademy.org, naces.org, the library's
 *   LearningExpress and Mango databases and catalogue; none at all (07: only a question; 29: encouragement only: fail);
 *  referrals: an adult education center by phone (01); an archdiocese office by phone (05); a college's WDCE office by phone and
 *   URL after a transfer (10); a re-engagement center by phone and URL (23); the FSA Information Center by phone (24); "worth
 *   sitting down with an academic advisor at Tri-C" (14: no contact, LEFT); "just ask at the county extension office in
 *   Jackson" beside Skills U's directory URL (28: fail); staff consulted on the patron's behalf ("I'll also ask your home
 *   library, Enoch Pratt", 15, LEFT; "I'll check with our collection team", 16; "Puedo llamarlos mañana", 17) as no referral;
 *   online order forms (15, 18, 25), a library program ("Eastside has a free beginner ESL conversation group", 06) and "Most
 *   colleges also have advisors for returning adults" (29) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Thursday", done in 30 h (05: pass); FU_LIB with the e-mail only in
 *   `patron.email`, no time, pending at day 1 (15); a promise to e-mail "once I hear back" with the e-mail read back, coded
 *   Answered, not recorded by day 4 (16: code, contact and on_time fail); FU_ME by phone read back, "Le llamo mañana antes del
 *   mediodía", done after 75 h (17: contact passes, on_time fails); FU_ME with no patron contact anywhere, pending (18: code and
 *   contact fail);
 *  codes: a Lost Call whose patron sent only the question (07); Lost Call with no provider and one patron line (08: passes);
 *   Lost Call after three patron lines (30: fails); null (20); Practice (19);
 *  transfers: a notice (a hold) and an internal note that says why (09: pass); an internal note only (10: fail);
 *  concurrency: four at once (11: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (12: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a clarifying question is a substantive exchange even when the patron never answers it (07): the information checks apply,
 *   clarify passes (no source was ever given), source fails, so completeness and anything_else fail (not na); Lost Call stays
 *   right (the patron sent one message);
 * - with no provider ever joined, `resolution.code` still applies (its rule has no na for that): Lost Call after one patron
 *   line passes (08);
 * - when the patron's only visible message is the first question, the final idle starts at the provider's greeting (the first
 *   non-hold provider message after it: 07 at 20 s, 23 at 25 s);
 * - "It's worth sitting down with an academic advisor at Tri-C before you apply" tells the patron to meet a person outside the
 *   chat: a referral (round 46's lawyer reading), here with no contact (14); "just ask at the county extension office in
 *   Jackson" is a referral with no contact, so referral.contact fails although Kentucky Skills U comes with a URL (28: every
 *   party);
 * - "Eastside has a free beginner ESL conversation group … no registration needed" (06) and "Most colleges also have advisors
 *   for returning adults who help people plan around work" (29) describe; they tell the patron to contact or visit no one: no
 *   referral. Pages with an online form or order form (15, 18, 25) are sources (round 57's reading of ordering online);
 * - "I'll also ask your home library, Enoch Pratt … someone there will follow up with you" (15), "I'll check with our
 *   collection team" (16) and "Puedo llamarlos mañana" (17) are staff the provider consults on the patron's behalf: no referral;
 * - "Would a list of credential evaluation services be what you need?" before any source asks about something not yet given:
 *   no completeness question (27), though it is a question about the need; "Is that helpful?", "Does that cover it?", "Does the
 *   Archdiocese number help for now?", "Mientras tanto, ¿le sirve la lista de clases?" and "that help?" ask whether what was
 *   given meets the need; "Does that help?" after an answer with no source still passes completeness (29: source fails, not na);
 * - "I've found the Department of Education's general transcript page; still checking whether 1978 records are handled there or
 *   somewhere else." is a hold (a partial result that says the search goes on) and names no way to reach the page: no source (25);
 * - "Le llamo mañana antes del mediodía" says when (17); "I'll e-mail you once I hear back" (16) and "someone there will follow
 *   up with you at the e-mail on your library account" (15) do not, and an e-mail only in `patron.email` is not confirmed;
 * - with `pickedUpAt` at 50 s and the first line at 150 s, only the 100 s after pickup are keep_informed's: pass (29).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both on referral.contact). Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 14: "It's worth sitting down with an academic advisor at Tri-C before you apply" read as no referral
 *    (na; RUBRIC fail: a person outside the chat, no contact);
 *  - referral.contact, case 15: "I'll also ask your home library, Enoch Pratt … someone there will follow up with you" read as a
 *    referral without contact (fail; RUBRIC na: staff consulted on the patron's behalf).
 * The scorer does read "call them at 330-555-0148" (01), "call them at 563-555-0117" (05), "call them at 301-555-0190 or request …
 * at pgcc.edu/…" (10), "Call them at 215-555-0121, or see philasd.org/…" (23), "call the Federal Student Aid Information Center"
 * (24) and "just ask at the county extension office" (28) as referrals, and "I'll check with our collection team", "Puedo
 * llamarlos", the ESL group, the advisors sentence and the online order forms as none. Every timing check (pickup at 25 and 78
 * s, by `pickedUpAt`, no provider; keep_informed at 150 s across a patron "ty", across holds with a partial result, "take your
 * time", an internal note and a silent transfer, 100 s after `pickedUpAt`; final idles of 0, 54, 136, 275, 314 and 320 s;
 * concurrency at four and at touching ends; on_time done at 30 h, late at 75 h, pending at day 1, not recorded by day 4) scored
 * as labelled on the first run, and so did the Spanish sessions (02, 17). The redaction equality of describeSessions holds for
 * every running case (patron e-mails typed and read back, a patron phone read back, an e-mail in `patron.email`).
 *
 * ON v52's mends (block R, R21, written from this file): case 14's "It's worth sitting down with an academic advisor at Tri-C" is
 *   a referral with no contact, as labelled, and runs: 29 running, 1 LEFT (15).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting. You are number ${n} in line for a librarian.`];

const ANITA: Prov = { id: 'anita', name: 'Anita', library: 'SCPL-OH' };
const LUPE: Prov = { id: 'lupe', name: 'Lupe', library: 'SAPL' };
const DARNELL: Prov = { id: 'darnell', name: 'Darnell', library: 'FCPL' };
const BRIANNA: Prov = { id: 'brianna', name: 'Brianna', library: 'HCL-MN' };
const GRETCHEN: Prov = { id: 'gretchen', name: 'Gretchen', library: 'DCL-IA' };
const ASKUS4: Prov = { id: 'askus4', name: 'AskUs 4', library: 'SJPL' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'BCPL' };
const QUEUE: Prov = { id: 'askus-queue', name: 'Ask Us queue', library: 'STATE' };
const WILLA: Prov = { id: 'willa', name: 'Willa (statewide)', library: 'STATE' };
const KOJO: Prov = { id: 'kojo', name: 'Kojo', library: 'AACC' };
const MARGO: Prov = { id: 'margo', name: 'Margo', library: 'PGCMLS' };
const PETE: Prov = { id: 'pete', name: 'Pete', library: 'PGCC' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'TCCL' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'PCPL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'RCLS' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'CCPL-OH' };
const ROLAND: Prov = { id: 'roland', name: 'Roland (statewide)', library: 'STATE' };
const TAMSIN: Prov = { id: 'tamsin', name: 'Tamsin', library: 'SCLD' };
const ESTEBAN: Prov = { id: 'esteban', name: 'Esteban', library: 'PPL-NJ' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'MCL-OR' };
const TRAINING: Prov = { id: 'training-r', name: 'Practice Seat 2', library: 'TRN' };
const ZOEY: Prov = { id: 'zoey', name: 'zoey_mesa', library: 'MPL-AZ' };
const FLORA: Prov = { id: 'flora', name: 'Flora', library: 'CCLS-NJ' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'APL-TX' };
const HAZEL: Prov = { id: 'hazel', name: 'Hazel', library: 'FLP' };
const IRVING: Prov = { id: 'irving', name: 'Irving', library: 'LFPL' };
const JASPER: Prov = { id: 'jasper', name: 'Jasper', library: 'NYPL' };
const KENDRA: Prov = { id: 'kendra', name: 'Kendra', library: 'HPL-CT' };
const LEO: Prov = { id: 'leo', name: 'Leo', library: 'DPL' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'KYVL' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'PCL-FL' };
const ORLA: Prov = { id: 'orla', name: 'Orla', library: 'SPL-CA' };

export const fiftyEighthRoundReturning: SessionCase[] = [
  // 01 GED from scratch: everything passes, the adult ed center by phone
  s(ANITA, '01 GED at 34: queue line, county asked, hold, adult ed center phone + ged.com + library practice tests, "thats all I needed"', [
    [0, 'p', "hi I want to get my GED, I'm 34 and dropped out in 10th grade. where do I even start"],
    queue(2),
    [25, 'l', 'Good morning! This is Anita, a librarian with Ask a Librarian at Summit County Public Library.'],
    [31, 'l', 'Great goal! Do you live in Summit County? The free prep classes depend on where you live.'],
    [80, 'p', 'yes akron'],
    [86, 'l', 'One moment while I pull up the class schedule.'],
    [170, 'l', "The Summit Adult Education Center runs free GED prep classes, days and evenings; call them at 330-555-0148 to sign up for an intake session. To register for the test itself, make an account at ged.com, which lists test centers near you and the cost. We also have free GED Ready-style practice tests in the LearningExpress database at summitlibrary.org/learn."],
    [176, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes thank you so much thats all I needed'],
    [236, 'l', "You're welcome, and good luck! Thanks for chatting with us."],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: the GED in Spanish
  s(LUPE, '02 GED en español (Spanish): "Le saluda Lupe", state asked, hold, ged.com/es, "es todo"', [
    [0, 'p', 'hola, se puede hacer el examen GED en español? mi ingles no es muy bueno'],
    [30, 'l', '¡Hola, buenas tardes! Le saluda Lupe, bibliotecaria de la Biblioteca Pública de Santa Ana.'],
    [37, 'l', '¿En qué estado vive? Cada estado decide qué examen ofrece.'],
    [90, 'p', 'california'],
    [96, 'l', 'Un momento, por favor, lo verifico.'],
    [180, 'l', 'Sí: en California puede tomar el GED completo en español. Toda la información en español, con los precios y cómo registrarse, está en ged.com/es. En el mismo sitio puede practicar con las pruebas GED Ready en español.'],
    [186, 'l', '¿Esto responde a su pregunta?'],
    [240, 'p', 'si, gracias. es todo'],
    [246, 'l', '¡Con gusto! Gracias por usar nuestro chat.'],
  ], usual()),

  // 03 FAFSA at 41: "ok let me double check" then 150 s
  s(DARNELL, '03 FAFSA parent info at 41: "ok let me double check the dependency rules", patron "ty" inside, answer 150 s after the hold', [
    [0, 'p', "Do I need my parents info on the FAFSA? I'm 41 lol"],
    [20, 'l', 'Hi, Darnell here at the Ask Us chat, Fairfax County Public Library.'],
    [26, 'l', 'Which school year are you applying for, 2026-27?'],
    [60, 'p', 'yeah starting at NOVA in the fall'],
    [66, 'l', 'ok let me double check the dependency rules'],
    [100, 'p', 'ty'],
    [216, 'l', "Sorry for the wait! At 41 you're an independent student (anyone 24 or older is), so no parent info. The dependency questions are explained at studentaid.gov/apply-for-aid/fafsa/filling-out/dependency, and the FAFSA itself is at studentaid.gov/fafsa."],
    [222, 'l', 'Is that what you were looking for?'],
    [260, 'p', 'yep perfect'],
    [266, 'l', 'Anything else I can help with?'],
    [290, 'p', 'nope'],
    [295, 'l', 'Thanks for chatting, good luck at NOVA!'],
  ], usual({ informed: 'fail' })),

  // 04 Accuplacer: source before the question; the patron has the last word
  s(BRIANNA, '04 Accuplacer practice: College Board URL given before "Which parts are you taking…?", Khan Academy, patron "thats all i need" last (no goodbye)', [
    [0, 'p', 'i have to take the accuplacer for community college next week, is there anything to practice with'],
    [18, 'l', 'Hello! Brianna with Ask a Librarian at Hennepin County Library.'],
    [24, 'l', 'The College Board has free official practice tests at accuplacer.collegeboard.org/students/prepare-for-accuplacer.'],
    [30, 'l', 'Which parts are you taking, math, reading, writing, or all of them?'],
    [70, 'p', 'mostly worried about the math'],
    [76, 'l', "Then also try the algebra units on Khan Academy (khanacademy.org/math/algebra); they're free and line up well with the Accuplacer arithmetic and QAS parts."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes!! thats all i need'],
  ], usual({ clarify: 'fail', courteous: 'fail' })),

  // 05 1989 transcript from a closed Catholic school: follow-up by me, e-mail read back, "by Thursday", done in 30 h
  s(GRETCHEN, '05 1989 transcript, closed Catholic school (follow-up by me): archdiocese office by phone, e-mail read back, "by Thursday", done 30 h', [
    [0, 'p', 'I need my high school transcript from 1989 for a college application. my school (St. Agnes Academy) closed in 2003'],
    [35, 'l', "Good afternoon, you're chatting with Gretchen, reference librarian at Dubuque County Library."],
    [42, 'l', 'Was St. Agnes in Dubuque, and was it a Catholic school run by the archdiocese?'],
    [100, 'p', 'yes dubuque, catholic'],
    [106, 'l', 'Let me check where their records went.'],
    [190, 'l', "When Catholic schools in the archdiocese close, the records usually go to the Archdiocese of Dubuque's Office of Education; call them at 563-555-0117 to request a transcript. I'd also like to check our local history files to confirm St. Agnes's records went there and not to a nearby parish. Can I e-mail you what I find?"],
    [240, 'p', 'sure, lindajm@example.com'],
    [246, 'l', "lindajm@example.com, got it. I'll e-mail you by Thursday."],
    [252, 'l', 'Does the Archdiocese number help for now?'],
    [290, 'p', 'yes thank you'],
    [296, 'l', 'Anything else today?'],
    [320, 'p', "no that's it"],
    [325, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 06 ESL for a Vietnamese-speaking mother: greets under a screen name, names no one
  s(ASKUS4, '06 ESL for mom (Vietnamese): "Hi there! Happy to help." under the screen name "AskUs 4", branch asked, ESL list + Mango, "yes thanks"', [
    [0, 'p', 'my mom wants to learn english, does the library have classes? she speaks vietnamese'],
    [22, 'l', 'Hi there! Happy to help.'],
    [28, 'l', 'Is she a beginner, or does she know some English already? And which branch is closest to her?'],
    [80, 'p', 'beginner. near the Eastside branch'],
    [86, 'l', "Eastside has a free beginner ESL conversation group Tuesday and Thursday evenings 6-7:30, no registration needed. The full list of ESL classes across the city is at sjpl.org/esl. She could also practice at home with the Mango Languages database in our eResources (sjpl.org/eresources), which has English lessons for Vietnamese speakers."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'yes thanks'],
    [136, 'l', 'Thanks for chatting, have a good night!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 07 Lost Call: a clarifying question, then nothing; check-in at 160, notice + invitation at 340
  s(OMAR, '07 adult literacy tutor for an uncle (Lost Call): clarifying question, no answer, "Are you still there?" at 160, notice + invitation back at 340', [
    [0, 'p', 'my uncle cant read good, does the library have tutors for grown ups'],
    [20, 'l', 'Hello! Omar here, a librarian with Ask Us at Baltimore County Public Library.'],
    [26, 'l', 'Is he looking for one-on-one tutoring or a class, and which part of the county does he live in?'],
    [160, 'l', 'Are you still there?'],
    [340, 'l', "It looks like you've been disconnected, so I'll end this chat. Please come back anytime — we'd love to help him find a tutor."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 08 no provider joined; one patron line; Lost Call
  s(QUEUE, '08 FAFSA deadline for adult students: no provider ever joined, one patron line, patron left, coded Lost Call', [
    [0, 'p', 'is there an age limit or a different deadline for FAFSA if ur an adult going back'],
    queue(2, 5),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 09 statewide to the college's library: notice + note, then the transfer
  s(WILLA, '09 in-county tuition at AACC: transfer to Kojo with a notice and an internal note, residency page URL, "thats everything"', [
    [0, 'p', "I'm trying to enroll at Anne Arundel Community College and it says I need to prove residency for in-county tuition. what counts?"],
    [22, 'l', "Hi! I'm Willa with Maryland's Ask Us statewide chat."],
    [28, 'l', 'How long have you lived in Anne Arundel County?'],
    [70, 'p', 'since last summer'],
    [76, 'l', "Kojo at AACC's library knows their residency rules best. I'm transferring you to him now, one moment please."],
    [79, 'i', 'Kojo: pt enrolling at AACC, needs the in-county residency proof list. In county since last summer. Thanks!'],
    xfer(82, 'Kojo', 'kojo'),
    [140, 'l', "Hi, Kojo at the Truxal Library, Anne Arundel Community College. The residency rules and the accepted proofs are at aacc.edu/residency: a Maryland driver's license plus a lease or utility bill dated at least 3 months before the term starts. Since last summer, you qualify for the fall.", as(KOJO)],
    [146, 'l', 'Does that answer your question?', as(KOJO)],
    [200, 'p', 'yes, thats everything. thank you!'],
    [206, 'l', "You're welcome, thanks for using Ask Us!", as(KOJO)],
  ], usual({ transfer: 'pass' })),

  // 10 a silent transfer: internal note only, the receiver 150 s after the patron
  s(MARGO, '10 proof of finished ESL classes for citizenship: internal note only, transfer, Pete 150 s after the patron, WDCE phone + URL', [
    [0, 'p', 'I took ESL classes at a community college in 2015 and need a record that I completed them, for my citizenship application. who has that?'],
    [30, 'l', "Hello, Margo here at Ask a Librarian, Prince George's County Memorial Library System."],
    [36, 'l', 'Which college was it, PGCC?'],
    [80, 'p', 'yes PGCC, the english language institute'],
    [84, 'i', 'Pete, can you take this? PGCC noncredit ESL records, you know their WDCE office. thx'],
    xfer(88, 'Pete', 'pete'),
    [230, 'l', "Hi, Pete here, librarian at Prince George's Community College. Noncredit ESL records are kept by the Workforce Development and Continuing Education office, not the Registrar: call them at 301-555-0190 or request a letter of completion at pgcc.edu/wdce-records.", as(PETE)],
    [236, 'l', 'Does that help?', as(PETE)],
    [280, 'p', 'yes thank u'],
    [286, 'l', 'Anything else I can look up?', as(PETE)],
    [310, 'p', 'no thats all'],
    [316, 'l', 'Great, good luck with your citizenship! Bye.', as(PETE)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 11 Pell part time: four chats at once
  s(CORA, '11 Pell Grant part time: "Thanks for contacting Ask a Librarian! This is Cora", credits asked, studentaid.gov Pell page, "no more questions", four chats open at once', [
    [0, 'p', 'can I get a pell grant if I only go part time? working full time'],
    [15, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Cora at Tulsa City-County Library.'],
    [21, 'l', 'Are you planning on a community college or a four-year school, and about how many credits a term?'],
    [60, 'p', 'TCC, probably 6 credits'],
    [66, 'l', "Yes, Pell Grants are prorated for part-time students, so 6 credits (half time) gets about half of the full award. The details are on Federal Student Aid's Pell page, studentaid.gov/understand-aid/types/grants/pell. You apply with the FAFSA."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes! no more questions'],
    [116, 'l', 'Glad to help, take care!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('c1', 'cora', -300, 200), other('c2', 'cora', -60, 400), other('c3', 'cora', 30, 90)],
  }),

  // 12 online diploma mill: concurrency at touching ends
  s(DEV, '12 "online high school diploma" for $300: goal asked, FTC + AZ adult ed URLs, "Anything else…?", "nope thats it"; others end exactly at the start / start exactly at the end (three at most)', [
    [0, 'p', "is the online high school diploma from 'Bellmont Online High School' legit? they want $300 and say no classes needed"],
    [15, 'l', 'Hello, Dev here, a librarian with the Ask Us service at Pima County Public Library.'],
    [21, 'l', 'Is it for a job application, or are you hoping to use it to get into college?'],
    [55, 'p', 'college, pima community college'],
    [61, 'l', "Good thing you asked. A diploma you can buy without classes is usually a diploma mill; the FTC explains the warning signs at consumer.ftc.gov (search 'high school diploma scams'). Arizona's official equivalency is the GED, and the state's adult education page, azed.gov/adultEd, lists free prep classes."],
    [67, 'l', 'Is that what you needed?'],
    [110, 'p', 'yes that helps a lot'],
    [115, 'l', 'Anything else I can help with today?'],
    [140, 'p', 'nope thats it'],
    [145, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'dev', -500, 0), other('d2', 'dev', -100, 600), other('d3', 'dev', 20, 140), other('d4', 'dev', 150, 900)],
  }),

  // 13 a limit of questions: dismissal
  s(HOLLIS, '13 signing up at RCC at 52: admissions URL, then "You\'ve reached the limit of questions for this session, so I\'m ending it now."', [
    [0, 'p', 'how do i sign up for classes at the community college, never been to college, im 52'],
    [25, 'l', 'Hi, Hollis at Ask a Librarian, Riverside County Library System.'],
    [31, 'l', 'Which college are you thinking of?'],
    [70, 'p', 'RCC'],
    [76, 'l', "Riverside City College's steps for new students are at rcc.edu/admissions: apply online through CCCApply, then do the orientation and placement. Is that what you were looking for?"],
    [120, 'p', 'ok but how do i pay, and fafsa or the california dream act, and do they have night classes, and can i get credit for my army training and'],
    [130, 'l', "That's more than we can do in one chat. You've reached the limit of questions for this session, so I'm ending it now."],
    [150, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 other patrons waiting, a way back; an advisor with no contact
  s(IMANI, '14 nursing without a diploma at 38: Aspire URL, OhioMeansJobs, "worth sitting down with an academic advisor at Tri-C" (no contact), "several other patrons waiting … chat back in later"', [
    [0, 'p', 'hi, I want to become a nurse but I dont have my diploma. is that even possible at 38?'],
    [20, 'l', "Good evening! I'm Imani, a librarian with Cuyahoga County Public Library's Ask a Librarian."],
    [26, 'l', 'Absolutely possible! Do you have some high school credits, or would you be starting from scratch?'],
    [70, 'p', 'i finished 11th grade'],
    [76, 'l', "The first step is a high school equivalency. Ohio's Aspire program has free classes; find one near you at aspire.ohio.gov (Find a Class). Once you have it, you can compare nursing programs on OhioMeansJobs (ohiomeansjobs.ohio.gov). It's worth sitting down with an academic advisor at Tri-C before you apply, since nursing has its own prerequisites."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yes. and what about financial aid and childcare and do they have morning classes, and how long does it all take, and'],
    [140, 'l', "Those are all great questions! I have several other patrons waiting right now, so please chat back in later and we'll pick up where we left off."],
    [160, 'p', 'ok'],
    [166, 'l', 'Thanks for your patience, good luck!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 15 follow-up by the patron's library: e-mail only on file, no time; pending
  s(ROLAND, '15 lost 1996 GED certificate (follow-up by patron\'s library): MD Labor GED transcripts URL, "someone there will follow up … at the e-mail on your account" (no time), pending', [
    [0, 'p', 'I lost my GED certificate from 1996 and need proof for a job. is it on file anywhere'],
    [30, 'l', 'Hello, this is Roland with the Ask Us statewide chat.'],
    [36, 'l', 'Which state did you take the test in?'],
    [80, 'p', 'Maryland. Baltimore city'],
    [86, 'l', "The Maryland Department of Labor's GED transcripts page, labor.maryland.gov/gedmd/transcripts, has an online form for a copy of an older diploma or transcript. Because yours is from 1996 I'll also ask your home library, Enoch Pratt, to double-check how the older records are handled; someone there will follow up with you at the e-mail on your library account."],
    [92, 'l', 'Does the Department of Labor page help for now?'],
    [140, 'p', 'yes ok'],
    [146, 'l', 'Is there anything else I can help with?'],
    [170, 'p', 'no'],
    [175, 'l', 'Thanks for using Ask Us!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'dwhite1978@example.com', phone: null } }),

  // 16 a promise to e-mail, no time, coded Answered; not recorded by day 4
  s(TAMSIN, '16 TEAS study guide: greeting split ("Hi there!" + name), test date asked, catalog + LearningExpress, "I\'ll e-mail you once I hear back" (read back, no time), coded Answered, day 4', [
    [0, 'p', 'does the library have books to study for the TEAS test? trying to get into the nursing program at the community college'],
    [22, 'l', 'Hi there!'],
    [28, 'l', 'This is Tamsin, a librarian at Spokane County Library District. When is your test date? That decides whether a hold will come in time.'],
    [70, 'p', 'april 10'],
    [76, 'l', "Plenty of time. We own the ATI TEAS Secrets Study Guide (6 copies, 2 on the shelf at North Spokane); place a hold through the catalog at scld.org. The LearningExpress Library database (scld.org/research) also has TEAS practice tests."],
    [82, 'l', 'Does that cover it?'],
    [120, 'p', 'yes. is there a newer edition coming? mine is the 7th'],
    [126, 'l', "Good question, I'm not sure. I'll check with our collection team and e-mail you. What's your e-mail?"],
    [170, 'p', 'kcheng.rn@example.com'],
    [176, 'l', "kcheng.rn@example.com, thanks. I'll e-mail you once I hear back."],
    [182, 'l', 'Anything else?'],
    [200, 'p', 'thats all, thanks'],
    [205, 'l', 'Thanks for chatting, good luck on the TEAS!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 17 Spanish: call-back by phone, "mañana antes del mediodía", done after 75 h
  s(ESTEBAN, '17 clases de inglés de noche (Spanish, follow-up by me): "¿Prefiere que hablemos en español?", PCCC ESL URL, phone read back, "mañana antes del mediodía", done 75 h', [
    [0, 'p', 'hello, i need information about english classes for adults, ESL. in the night because i work'],
    [30, 'l', 'Hi! This is Esteban, a librarian at Passaic Public Library. ¿Prefiere que hablemos en español?'],
    [40, 'p', 'si por favor'],
    [46, 'l', 'Perfecto. ¿En qué ciudad vive, y qué noches tiene libres?'],
    [100, 'p', 'en Passaic, lunes y miercoles'],
    [106, 'l', 'Un momento, reviso los horarios.'],
    [190, 'l', 'Passaic County Community College tiene clases de inglés (ESL) gratuitas por la noche; la lista está en pccc.edu/esl. Todavía no sé si tienen cupo este semestre. Puedo llamarlos mañana y después llamarle a usted con la respuesta. ¿A qué número le llamo?'],
    [250, 'p', '973-555-0168'],
    [256, 'l', '973-555-0168, perfecto. Le llamo mañana antes del mediodía.'],
    [262, 'l', 'Mientras tanto, ¿le sirve la lista de clases?'],
    [300, 'p', 'si gracias'],
    [306, 'l', '¿Algo más en que le pueda ayudar?'],
    [330, 'p', 'no, es todo. gracias'],
    [336, 'l', '¡De nada! Gracias por usar nuestro chat.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 18 follow-up by me with no contact anywhere
  s(WES, '18 credits from a closed college (1999): Oregon closed-school transcripts URL, "I\'ll … follow up with you" with no contact anywhere, coded Follow-up by me, "ok thanks"', [
    [0, 'p', 'how do i find out if my credits from a college i went to in 1999 will transfer? the college doesnt exist anymore'],
    [25, 'l', 'Hello! Wes here at the Ask a Librarian chat, Multnomah County Library.'],
    [31, 'l', 'What was the name of the college, and which state was it in?'],
    [80, 'p', 'Western Business College, Portland'],
    [86, 'l', "When an Oregon school closes, its student records go to the state. The Higher Education Coordinating Commission's closed-school page, oregon.gov/highered (Transcripts from Closed Schools), has the online order form for transcripts."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'kind of. will PCC take them?'],
    [136, 'l', "That depends on the courses. I'll look into PCC's transfer credit policy for business courses and follow up with you."],
    [170, 'p', 'ok thanks'],
    [176, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 19 Practice
  s(TRAINING, '19 practice chat (returning-adults scripts): coded Practice, every check na', [
    [0, 'p', 'test - GED question'],
    [10, 'l', 'Hi, this is a practice chat for Ask Us training.'],
    [20, 'l', 'GED info: ged.com. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 chat-speak; code null
  s(ZOEY, '20 FAFSA deadline for community college (chat-speak): "hey! zoey @ ask a librarian, mesa public library", "sec", "that help?", "k good luck, bye!", code null', [
    [0, 'p', 'wen is the fafsa deadline 4 community college'],
    [12, 'l', 'hey! zoey @ ask a librarian, mesa public library 🙂'],
    [16, 'l', 'which state r u in? AZ?'],
    [35, 'p', 'ya az'],
    [40, 'l', 'sec'],
    [95, 'l', "federal deadline is june 30 but aid at AZ colleges runs out early so file asap. mesa cc has a priority date, it's on mesacc.edu/financial-aid. fafsa itself is studentaid.gov"],
    [99, 'l', 'that help?'],
    [120, 'p', 'ya tysm'],
    [124, 'l', 'np! anything else?'],
    [140, 'p', 'nah'],
    [144, 'l', 'k good luck, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 21 a check-in and then nothing until 400
  s(FLORA, '21 HiSET in NJ: ETS test center URL + NJ adult ed page, "Are you still with me?" at 240, session ends at 400 with no notice', [
    [0, 'p', 'where can I take the HiSET in New Jersey? I finished the prep classes'],
    [25, 'l', 'Hi, this is Flora at the Ask Us chat, Camden County Library System.'],
    [31, 'l', 'Are you looking for a computer-based test or paper, and which county are you in?'],
    [80, 'p', 'computer, camden'],
    [86, 'l', "HiSET test centers and dates are on ets.org/hiset (Find a Test Center); pick New Jersey and Camden County. New Jersey's high school equivalency page, nj.gov/education/students/adulted, explains the fee waivers."],
    [92, 'l', 'Does that help?'],
    [240, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 160 }),

  // 22 goodbye 136 s after the answer, no check-in
  s(GIDEON, '22 placement test with old AP classes: ACC testing URL at 76, goodbye + invitation at 212 (final idle 136 s), no check-in', [
    [0, 'p', 'do I need to take a placement test if I took AP classes like 20 years ago?'],
    [30, 'l', 'Good evening! Gideon here, a librarian at Austin Public Library.'],
    [36, 'l', 'Which college are you applying to?'],
    [70, 'p', 'ACC'],
    [76, 'l', "Austin Community College's testing page, austincc.edu/apply-and-register/testing, lists the TSIA2 exemptions. AP scores that old usually won't exempt you, but military service, earlier college-level courses or a degree might."],
    [82, 'l', 'Does that answer your question?'],
    [212, 'l', 'Thanks for chatting tonight, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 23 no question; a notice that thanks but never asks
  s(HAZEL, '23 19-year-old son back to school (Philly): answered at once with no question, reengagement center phone + URL, notice + thanks at 300 with no check-in', [
    [0, 'p', 'my son is 19 and dropped out, he wants to go back. is there a free program for young adults? we are in philly'],
    [25, 'l', "Hi! I'm Hazel, a librarian with the Free Library of Philadelphia's Ask a Librarian."],
    [31, 'l', "Philadelphia's Re-Engagement Center helps young people 16 to 21 pick a program, from accelerated high schools to GED classes. Call them at 215-555-0121, or see philasd.org/reengagement."],
    [37, 'l', 'Is that helpful?'],
    [300, 'l', "It looks like you've disconnected, so I'm going to end this session. Thanks for reaching out to the Free Library!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  // 24 pickup at 78 s; "hello??" in the queue
  s(IRVING, '24 FSA ID code to an old phone: "hello??" in the queue, picked up at 78 s, studentaid.gov help + FSAIC phone, "ya ill call them"', [
    [0, 'p', 'forgot my FSA ID password and it keeps locking me out'],
    queue(3, 2),
    [50, 'p', 'hello??'],
    [78, 'l', 'Hello, sorry for the wait! This is Irving, a librarian at Louisville Free Public Library\'s Ask a Librarian.'],
    [84, 'l', "Are you locked out because of the password, or is it asking for a code you aren't getting?"],
    [130, 'p', 'the code, it goes to my old phone number'],
    [136, 'l', "Then the contact info on the account has to be updated. The steps are in the studentaid.gov Help Center (search 'update phone number FSA ID'), or call the Federal Student Aid Information Center at 1-800-433-3243; they can verify you and update it."],
    [142, 'l', 'Does that help?'],
    [190, 'p', 'ya ill call them'],
    [196, 'l', 'Anything else?'],
    [220, 'p', 'no'],
    [225, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 25 holds every ~100 s, one a partial result that says the search goes on
  s(JASPER, '25 1978 transcript from a closed Bronx high school: holds at 86/190/290 (190 a partial result), answer at 380, "thats everything"', [
    [0, 'p', 'I need my high school transcript from 1978, Theodore Roosevelt HS in the Bronx. the school closed. need it for a job'],
    [30, 'l', "Hello, this is Jasper, a reference librarian at The New York Public Library's Ask NYPL."],
    [36, 'l', 'Do you need an official transcript sent to the employer, or just a copy for yourself?'],
    [80, 'p', 'official, they want it sent to them'],
    [86, 'l', 'Let me find out who holds records for closed NYC schools, one moment.'],
    [190, 'l', "I've found the Department of Education's general transcript page; still checking whether 1978 records are handled there or somewhere else."],
    [290, 'l', 'Almost there, bear with me.'],
    [380, 'l', "Found it. Transcripts from closed schools are ordered online at schools.nyc.gov/transcripts (Former Students): choose 'closed school', and you can have it sent straight to your employer."],
    [386, 'l', 'Does that answer your question?'],
    [430, 'p', 'yes!! thats everything thank you'],
    [436, 'l', "You're welcome! Thanks for using Ask NYPL."],
  ], usual()),

  // 26 "No problem, take your time." then 214 s away
  s(KENDRA, '26 FAFSA tax info after filing late: "No problem, take your time." then the patron back 214 s later, studentaid.gov help, "no, all set"', [
    [0, 'p', 'filling out the FAFSA for myself, going back to school at 29. it wants my tax info but I filed late, what do I do'],
    [20, 'l', 'Hi, Kendra here at Ask Us, Hartford Public Library.'],
    [26, 'l', 'Have you filed your 2024 taxes yet, even late, or not at all?'],
    [60, 'p', 'I did file, in January. let me check if I have a copy of the return, one sec'],
    [66, 'l', 'No problem, take your time.'],
    [280, 'p', 'ok found it, I filed on Jan 14'],
    [286, 'l', "Thanks. Since it's filed, the FAFSA can pull it from the IRS once you give consent; if the IRS hasn't processed it yet, the FAFSA lets you enter the numbers by hand. Federal Student Aid explains both at studentaid.gov/help-center (search 'FAFSA tax information')."],
    [292, 'l', 'Does that answer it?'],
    [330, 'p', 'yes, thank you'],
    [336, 'l', 'Anything else I can help with?'],
    [360, 'p', 'no, all set'],
    [365, 'l', 'Great, thanks for chatting and good luck this fall!'],
  ], usual()),

  // 27 restatement; a completeness question about what was not yet given; the patron leaves before the goodbye
  s(LEO, '27 diploma from Mexico at CCD: restated ("So you\'re applying …"), "Would a list of evaluation services be what you need?" before any source, CCD + NACES URLs, "ok thanks", patron left', [
    [0, 'p', 'I want to enroll in the community college but my high school diploma is from Mexico. do I need to get it translated or evaluated?'],
    [28, 'l', 'Good morning! This is Leo, a librarian with Ask a Librarian at Denver Public Library.'],
    [34, 'l', "So you're applying to a community college here in Colorado with a diploma from Mexico, and need to know what they'll ask for."],
    [70, 'p', 'yes, CCD'],
    [76, 'l', 'Would a list of credential evaluation services be what you need?'],
    [110, 'p', 'maybe, whatever they ask'],
    [116, 'l', "Community College of Denver's international admissions page, ccd.edu/international, says a diploma from Mexico must come with an English translation, and for admission they only need proof that you finished, not a course-by-course evaluation. If you later want credits counted, NACES lists approved evaluation services at naces.org/members."],
    [125, 'p', 'ok thanks'],
    left(128),
    [131, 'l', 'Thanks for chatting, and good luck at CCD!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 28 two parties: Skills U by URL, the extension office with nothing
  s(MIRA, '28 adult basic ed for a 60-year-old dad (rural KY): Skills U directory URL, "just ask at the county extension office in Jackson" (no contact), "no thats all"', [
    [0, 'p', "where can my dad get help with basic math and reading? he's 60 and wants to finally get his GED. we live in rural Kentucky, Breathitt county"],
    [30, 'l', 'Hi there, Mira here, a librarian with the Kentucky Virtual Library Ask a Librarian service.'],
    [36, 'l', 'Would he prefer classes in person, or could he do something online from home?'],
    [90, 'p', 'in person, he doesnt use computers'],
    [96, 'l', "Kentucky Skills U is the state's free adult education program, with classes in every county; their directory is at kyskillsu.ky.gov. In Breathitt County you can also just ask at the county extension office in Jackson, and they'll point him to the nearest class."],
    [102, 'l', 'Did that help?'],
    [150, 'p', 'yes thank you!!'],
    [156, 'l', 'Anything else I can do for you?'],
    [180, 'p', 'no thats all'],
    [185, 'l', 'Best of luck to your dad, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 29 pickedUpAt 50, first line at 150; no source at all
  s(NELL, '29 "too old at 50?": pickedUpAt 50 s with the first line at 150 (100 s after pickup), encouragement with no source, "thats all"', [
    [0, 'p', 'is it worth going back to school at 50? i feel too old honestly'],
    [150, 'l', 'Hello! This is Nell with the Ask Us chat at Pasco County Libraries. Sorry to keep you waiting.'],
    [156, 'l', "It's never too late! What are you thinking of studying, and would you go part time?"],
    [200, 'p', 'maybe accounting. part time, i work'],
    [206, 'l', 'Lots of community college students are over 40, and accounting certificates are often offered in the evening or online, so part time can work well. Most colleges also have advisors for returning adults who help people plan around work.'],
    [212, 'l', 'Does that help?'],
    [260, 'p', 'yeah it does, thanks. thats all'],
    [266, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ source: 'fail' }), { pickedUpAt: at(50) }),

  // 30 Lost Call after three patron lines; the opening names no one
  s(ORLA, '30 ESL levels at Sacramento City College (Lost Call after 3 patron lines): "Hi!" + a question (no one named), SCC ESL URL, "ok", "Anything else?", goodbye', [
    [0, 'p', 'what ESL levels does the community college have'],
    [20, 'l', 'Hi!'],
    [26, 'l', 'Which college, Sacramento City College or American River?'],
    [60, 'p', 'city college'],
    [66, 'l', "Sacramento City College's ESL department lists its levels, from beginning to advanced, at scc.losrios.edu/esl. You take an ESL assessment first to be placed in a level."],
    [72, 'l', 'Is that what you needed?'],
    [100, 'p', 'ok'],
    [106, 'l', 'Anything else?'],
    [160, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyEighthRoundReturning.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('15')]:
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "Because yours is from 1996 I\'ll also ask your home library, Enoch Pratt, to dou…"). The provider will ask Enoch Pratt on the patron\'s behalf and "someone there will follow up with you": the patron is told to contact or visit no one (RUBRIC Terms, Referral: "staff the provider consults on the patron\'s behalf do not"); the GED transcripts page is a source with an online form, not a party to contact.',
};

describe('fifty-eighth round: adults returning to school (GED, community college, FAFSA, transcripts, ESL), checked', () => {
  describeSessions('whole sessions', fiftyEighthRoundReturning.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyEighthRoundReturning.filter((c) => c.name in LEFT_WHY));
});
