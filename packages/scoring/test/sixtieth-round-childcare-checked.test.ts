/**
 * Sixtieth round, theme CHILDREN AND CHILD CARE, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: finding licensed child care (a Texas ZIP search, infant ratios in Virginia centers,
 * centers that take the subsidy and have evening hours), child care subsidies (Arizona in Spanish, a North Carolina waitlist),
 * Head Start income guidelines, WIC, pre-K with an October birthday, kindergarten papers and zoning, school enrollment for a
 * boy from Guatemala (transferred to a Spanish-speaking librarian), Georgia's immunization form 3231, child support arrears
 * (Michigan's Friend of the Court), custody forms (California FL-260), a certified copy of a 2016 custody order, guardianship
 * papers for a deployed mother's son, a court-approved co-parenting class, early intervention (Pennsylvania), the Ages &
 * Stages questionnaire, preschool special education after an autism diagnosis, booster seat law, leaving an 11-year-old home
 * alone, baby and bilingual story times, a Lego club, picture books for daycare separation anxiety and truck read-alouds.
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtiethRoundChildcare-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 30 s pickup (01); "hello??" in the queue and an 88 s pickup (08: fail); `pickedUpAt` at 30 s
 *   with the first line at 50 (30); "Hi there! How can I help today?" under the screen name "Ask Desk" (07: names no one);
 *   Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …" (02); a greeting that is a hold ("— let me take a look at that for
 *   you", 14); chat-speak "hey! Ace from ask a librarian @ Dunmore Public Library 👋 which branch u going to?" (25, greeting
 *   and question in one line); no librarian ever joined (24);
 *  inquiry: ZIP and center/home, county and number of children, district, court and certified or plain copy, state, new case
 *   or change, deployment POA or guardianship, after school or overnight, Georgia form or any printout, mom or children, the
 *   street; the state kindergarten list given before "Which district will he go to?" (04: fail); a restatement with no
 *   question mark (30); the transferring provider's "Would your mom like to chat with a Spanish-speaking librarian?" and the
 *   receiver's "¿En qué grado …?" (20);
 *  waits: a hold answered 150 s later (03: fail); a hold, then a partial result that says the search goes on ("Still checking
 *   whether …"), then the answer, 104 and 100 s (12: pass); "sec" then 47 s (25); "Sure, take your time." then the patron
 *   back 250 s later (29: a wait on the patron); a silent end-of-shift transfer with the receiver 150 s after the patron (19:
 *   fail); a transfer notice answered 35 s later (20);
 *  endings: a Lost Call whose check-in at 200 starts a 190 s final idle ended by "It looks like you've disconnected, so I'll
 *   close this chat. Please chat back in anytime!" (14); "Are you still there?" and a goodbye 175 s after the answer (06:
 *   check-in needed, notice not); a check-in and "I'm going to end this session now." with no goodbye, idle 309 s (27); an
 *   answer, "Did that answer your question?" and silence until the end, idle 306 s (28: both fail, courteous fails);
 *   "That's a lot of questions … you'll have to look the rest up yourself. I'm ending the chat now." (21, LEFT); "several
 *   other patrons waiting … chat back in later or call our reference desk" (22: allowed); goodbyes "¡De nada! Que tenga un
 *   buen día.", "You are welcome. Take care.", "Have a good day!", "See you at story time! Thanks for chatting.", "Happy
 *   reading! Thanks for chatting.", "¡Gracias a ustedes! Bienvenidos a Northfield.", "np, have fun! bye", "¡De nada! Hasta
 *   luego, and thanks for chatting."; patron-side "thats all i needed", "no, es todo", "no thats it", "no more questions",
 *   "thats everything", "thats all", "nothing else", "es todo", "ya thx thats all", and "ok i guess. thanks", "yes ty",
 *   "ok thank you", "ok sure thanks", "ok thx" that do not count;
 *  completeness: "Does that page help for now?" inside the first source message (09); "In the meantime, does the county page
 *   help?" after a promise (11); "Would a list of local parent support groups be useful too?" (22: about something not given,
 *   fail); none after an answer (10, 13, 15: fail); "Does that help?" after an answer with no source (26: pass);
 *  sources: state, county, court, district and agency URLs, a library database path, picture books by title and author in the
 *   catalogue, a regulation by citation and URL; none at all (26: an answer from memory, fail);
 *  referrals: Workforce Solutions' child care line by phone (01); "contact the Friend of the Court office for your county"
 *   (05: no contact); "take the forms to the free Family Law Facilitator at … 111 N. Hill St." (06); "call the CONNECT
 *   Helpline at 1-800-…" (07); "call the Clerk's office at 423-… or go in person" (13, LEFT); "apply through Jackson Head
 *   Start, at … or by phone at 541-…" (19, LEFT); "request an evaluation by writing to their Special Education office (… at
 *   westportps.org/…)" and "call our reference desk at 203-…" (22); "drop in" at a library program (25, LEFT: no referral);
 *   "ask your child's old Georgia pediatrician's office to print it" beside the state's URL (27, LEFT: no contact); the
 *   library's own Eastside Youth Services desk by phone (30); the provider calling programs or the clerk, a colleague's help
 *   desk the question is passed to, and the Youth Services librarian consulted, as no referral (09, 10, 12, 13);
 *  follow-ups: FU_ME with the e-mail read back, "by Friday", done in 30 h (09: pass); FU_LIB with the e-mail only in
 *   `patron.email`, no time, not recorded by day 5 (10: contact and on_time fail); a promise "by tomorrow afternoon" with the
 *   e-mail read back, coded Answered (11: code fails, pending at day 1); FU_ME "get back to you by Monday" with no patron
 *   contact anywhere, done in 10 h (12: code and contact fail, on_time passes); FU_ME by phone read back, "by Wednesday", done
 *   after 90 h (13: on_time fails);
 *  codes: a true Lost Call (14); Lost Call after three patron lines (15); Lost Call with no librarian and two patron lines
 *   (24); Practice (23);
 *  transfers: a notice (a hold) and a note that says why (18: pass); a note only, the receiver "taking over from Uma" after it
 *   (19: fail); a notice with no note (20: fail);
 *  concurrency: four at once (16: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (17: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "¡De nada! Que tenga un buen día.", "You are welcome. Take care.", "Have a good day!" and "np, have fun! bye" say goodbye
 *   (02, 05, 07, 25); "¡Gracias a ustedes!" thanks the patron (20);
 * - "es todo" / "no, es todo" and "nothing else" alone say the patron is done (02, 18, 20); "ok i guess. thanks", "yes ty",
 *   "ok sure thanks" do not;
 * - a partial result that says the search goes on ("We don't own the questionnaire itself … Still checking whether …") is a
 *   hold (Terms), so the 100 s after it is a new span (12);
 * - in the Lost Call (14) the greeting with "let me take a look at that for you" is a hold, so the final idle begins at the
 *   check-in "Are you still there?" (200 s, sent during it) and ends at the notice that invites back (390 s): 190 s, both idle
 *   checks apply and pass (read as no hold it is 352 s, the same statuses);
 * - "Victor here, taking over from Uma" after the transfer does not tell the patron "before the transfer" (19);
 * - a referral is one party however many ways it is reached: "call the Clerk's office at 423-… or go in person" is the
 *   Clerk's office reached by phone (13); a party's contact must be its own: the state's request URL does not reach "your
 *   child's old Georgia pediatrician's office" (27, the round-45 reading of the former pediatrician);
 * - "apply through Jackson Head Start … by phone at 541-…" tells the patron to call an organisation (19, the round-57 reading
 *   of ordering by phone); applying or requesting online at a URL is using a source (02, 11, 27);
 * - "drop in" for a library program the patron asked about ("Lego Lab at Main … drop in") says no registration is needed:
 *   the event is the answer, no one is to be contacted or visited about the need (25), as "no registration needed" (08);
 *   "call the Eastside Youth Services desk … to save a spot" tells the patron to contact the library's own department (30);
 * - "I'll call the programs …", "I'll pass your question to them (Lincoln County's family law help desk)", "I'll ask our
 *   Youth Services librarian" and "I'll call the clerk tomorrow" are the provider working on the patron's behalf: no referral,
 *   and each is a promise to send or find more later (a follow-up session: 09, 10, 12, 13);
 * - "That's a lot of questions. … you'll have to look the rest up yourself. I'm ending the chat now." says the patron asked
 *   too many and ends the help with no way back: a dismissal (21);
 * - with no librarian ever joining (24), the queue system's "No librarians are available … leave your e-mail" is no provider
 *   message: pickup fails, every provider check is na, and the Lost Call code fails on two patron lines.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5. Label corrections: 0.
 * Final: 25 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 13: "call the Clerk's office at 423-555-0190 or go in person with your ID" read as a second party
 *    with no contact (fail; RUBRIC pass: one party, reached by phone and URL);
 *  - referral.contact, case 19: "you apply through Jackson Head Start, at jacksonheadstart.org/apply or by phone at 541-…"
 *    read as no referral (na; RUBRIC pass: call an organisation, with phone and URL);
 *  - closing.no_dismissal, case 21: "That's a lot of questions. … you'll have to look the rest up yourself. I'm ending the chat
 *    now." read as no dismissal (pass; RUBRIC fail: asked too many, no way back);
 *  - referral.contact, case 25: "Lego Lab at Main this sat 2-3pm, ages 6-12, drop in." read as a referral with contact (pass;
 *    RUBRIC na: no one to contact or visit about the need);
 *  - referral.contact, case 27: "or ask your child's old Georgia pediatrician's office to print it" beside the state's URL
 *    read as reached (pass; RUBRIC fail: the office has no contact of its own).
 * Every timing check (pickup at 30, 88 s, by `pickedUpAt`, no provider; keep_informed at 150 s after a hold and across a
 * silent transfer, across holds and a partial-result hold, "sec", "take your time"; final idles of 0, 175, 190, 306 and
 * 309 s; concurrency at four and at touching ends; on_time done at 10 and 30 h, late at 90 h, pending at day 1, not recorded by
 * day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron
 * e-mails typed and read back, a patron phone read back beside a clerk's phone, an e-mail in `patron.email`, a street block).
 *
 * ON v54 (block T, written partly from this file): case 13's "call the Clerk's office at 423-555-0190 or go in person with your ID"
 *   (T4: "in person" names no party), 19's "you apply through Jackson Head Start, at … or by phone at …" (T6), 21's "you'll have to
 *   look the rest up yourself" (T10) and 27's "request it online at dph.georgia.gov/…, or ask your child's old Georgia pediatrician's
 *   office to print it" (T12) read as labelled and run: 29 running, 1 LEFT (25).
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting, you are number ${n} in line. A librarian will join shortly.`];

const MAYA: Prov = { id: 'maya-hc', name: 'Maya', library: 'HCPL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SRCL' };
const BRENDA: Prov = { id: 'brenda', name: 'Brenda', library: 'FCL-WV' };
const DARNELL: Prov = { id: 'darnell', name: 'Darnell', library: 'EPL-OH' };
const FRANCINE: Prov = { id: 'francine', name: 'Francine', library: 'GTDL' };
const GEORGE: Prov = { id: 'george', name: 'George', library: 'LACL' };
const ASKDESK: Prov = { id: 'askdesk', name: 'Ask Desk', library: 'HBPL' };
const HAZEL: Prov = { id: 'hazel', name: 'Hazel', library: 'BPL-WI' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'RBPL' };
const KEVIN: Prov = { id: 'kevin', name: 'Kevin (statewide)', library: 'STATE' };
const LEONOR: Prov = { id: 'leonor', name: 'Leonor', library: 'WHL' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'CVL' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'KPL' };
const PAULA: Prov = { id: 'paula', name: 'Paula', library: 'EPFL' };
const QUENTIN: Prov = { id: 'quentin', name: 'Quentin', library: 'SFL' };
const RUTH: Prov = { id: 'ruth-p', name: 'Ruth', library: 'PCL-MN' };
const SAUL: Prov = { id: 'saul', name: 'Saul', library: 'FXL' };
const TAMARA: Prov = { id: 'tamara', name: 'Tamara', library: 'MBL' };
const WILL: Prov = { id: 'will-o', name: 'Will Ortega', library: 'MBL' };
const UMA: Prov = { id: 'uma', name: 'Uma', library: 'JCL-OR' };
const VICTOR: Prov = { id: 'victor', name: 'Victor Lam', library: 'JCL-OR' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'NFPL' };
const XAVIER: Prov = { id: 'xavier', name: 'Xavier', library: 'NFPL' };
const YOLANDA: Prov = { id: 'yolanda', name: 'Yolanda', library: 'HFL' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'WPL-CT' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee Seat', library: 'TRN' };
const QUEUE: Prov = { id: 'askus-line', name: 'Ask Us line', library: 'STATE' };
const ACE: Prov = { id: 'ace', name: 'ace_dpl', library: 'DPL' };
const BEATRIZ: Prov = { id: 'beatriz', name: 'Beatriz', library: 'OLL' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'SCL-TN' };
const DEAN: Prov = { id: 'dean', name: 'Dean', library: 'LPL-TX' };
const ELENA: Prov = { id: 'elena', name: 'Elena', library: 'PCPL' };
const FIONA: Prov = { id: 'fiona', name: 'Fiona', library: 'GVL' };

export const sixtiethRoundChildcare: SessionCase[] = [
  // 01 licensed daycare by ZIP: everything passes, a child care line by phone
  s(MAYA, '01 licensed daycare for a 14-month-old: queue line, ZIP and center/home asked, hold, state Child Care Search URL + Workforce Solutions line by phone, "thats all i needed"', [
    [0, 'p', 'hi im looking for a licensed daycare near me for my 14 month old, how do i know which ones are actually licensed?'],
    queue(2),
    [30, 'l', "Good morning! I'm Maya, a librarian at Harris Creek Public Library. Happy to help you look."],
    [36, 'l', 'What ZIP code are you in, and are you looking for a center or a home daycare?'],
    [90, 'p', '77084, either is fine but full time'],
    [95, 'l', 'Let me pull up the state search.'],
    [180, 'l', "Texas lists every licensed center and registered home on its Child Care Search at childcare.hhs.texas.gov: type in 77084, pick the age group, and each result shows its license status and its inspection reports. You can also call Workforce Solutions' child care line at 888-555-0147; they can check who has infant openings right now."],
    [186, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes this is great, thats all i needed'],
    [246, 'l', "You're welcome! Thanks for chatting with us, and good luck with the search."],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: child care assistance, "Que tenga un buen día" as the goodbye
  s(LUCIA, '02 ayuda para pagar la guardería (Spanish): "Le saluda Lucía", county and children asked, hold, azdes.gov page, "no, es todo", "¡De nada! Que tenga un buen día."', [
    [0, 'p', 'hola buenas, quiero saber si califico para ayuda para pagar la guarderia'],
    [25, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca del Condado de Santa Rita. Con gusto le ayudo.'],
    [32, 'l', '¿En qué condado vive, y cuántos niños necesitan el cuidado?'],
    [95, 'p', 'en santa rita, son 2 niños de 3 y 5 años'],
    [101, 'l', 'Un momento, por favor, busco la información.'],
    [190, 'l', 'El programa de asistencia para cuidado infantil del estado ayuda a familias que trabajan o estudian, según sus ingresos. En la página azdes.gov/child-care está la tabla de ingresos y la solicitud en español; se puede solicitar en línea.'],
    [196, 'l', '¿Esto responde a su pregunta?'],
    [250, 'p', 'si, gracias'],
    [256, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [290, 'p', 'no, es todo. muchas gracias'],
    [296, 'l', '¡De nada! Que tenga un buen día.'],
  ], usual()),

  // 03 pre-K registration: a hold answered 150 s later
  s(BRENDA, '03 pre-K with an October birthday: "one sec while I look" at 76, answer at 226 (150 s), district page + Head Start apply page', [
    [0, 'p', 'When does pre-K registration open for next fall? My daughter turns 4 in October'],
    [20, 'l', 'Hi, this is Brenda with Ask a Librarian at Fairmont County Library.'],
    [27, 'l', 'Which school district are you in? Pre-K enrollment windows differ by district.'],
    [70, 'p', 'fairmont city schools'],
    [76, 'l', 'Ok, one sec while I look at the district site.'],
    [226, 'l', "Fairmont City Schools opens pre-K applications on February 1 and runs a lottery in April. The application and the list of documents (birth certificate, proof of address, immunization record) are at fairmontschools.org/prek. Children must be 4 by September 1, though, so with an October birthday she'd be eligible the year after."],
    [232, 'l', 'Does that help?'],
    [300, 'p', 'oh no. ok. is there anything for kids who miss the cutoff'],
    [308, 'l', "Head Start takes some 3- and 4-year-olds based on income, and many child care centers have pre-K rooms. Fairmont Head Start's enrollment page is fairmontheadstart.org/apply."],
    [314, 'l', 'Anything else I can help with?'],
    [340, 'p', 'no thats it thank you'],
    [345, 'l', 'Thanks for chatting — take care!'],
  ], usual({ informed: 'fail' })),

  // 04 kindergarten papers: the list given before "Which district?"
  s(DARNELL, '04 kindergarten papers: the state list (education.ohio.gov) given at once, "Which district will he go to?" only after, district page, "no more questions"', [
    [0, 'p', 'what papers do i need to sign my son up for kindergarten'],
    [18, 'l', 'Hello! Darnell here, a reference librarian at Eastlake Public Library.'],
    [24, 'l', "Most districts ask for a birth certificate, proof of address (a lease or a utility bill), his immunization record and your photo ID. The state's kindergarten page, education.ohio.gov/kindergarten, has the statewide list."],
    [30, 'l', 'Which district will he go to? I can check if they want anything extra.'],
    [80, 'p', 'eastlake city'],
    [86, 'l', 'Eastlake City Schools also wants a dental exam form; it is on their enrollment page at eastlakeschools.org/enroll, with the online registration link.'],
    [92, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yep, thanks!! no more questions'],
    [145, 'l', 'Great, good luck to him in kindergarten! Bye!'],
  ], usual({ clarify: 'fail' })),

  // 05 child support arrears: the Friend of the Court with no contact
  s(FRANCINE, '05 unpaid child support (MI): legal database path, "contact the Friend of the Court office for your county" (no contact), "ok i guess. thanks", "Take care."', [
    [0, 'p', 'my ex stopped paying child support 3 months ago what can i do'],
    [30, 'l', "Hi, thanks for reaching out to Ask Us. I'm Francine, a librarian at Grand Traverse District Library. I'm sorry you're dealing with that."],
    [37, 'l', "I can't give legal advice, but I can point you to information. Was the support ordered by a Michigan court?"],
    [95, 'p', 'yes in 2021'],
    [101, 'l', "In Michigan, court-ordered support is enforced through the Friend of the Court. Our Legal Information Reference Center database (gtdl.org > Research > Legal, log in with your library card) has a plain-language chapter on enforcing support orders. You'd need to contact the Friend of the Court office for your county to open an enforcement case."],
    [107, 'l', 'Does that help?'],
    [170, 'p', 'ok i guess. thanks'],
    [176, 'l', 'You are welcome. Take care.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 06 custody forms: final idle 175 s with a check-in, the facilitator by street address
  s(GEORGE, '06 custody forms, never married (LA): hold, FL-260 self-help URL + Family Law Facilitator at 111 N. Hill St., "Are you still there?" at 330, goodbye at 345 (idle 175 s)', [
    [0, 'p', 'Where do I get the forms to file for custody of my kids? California, LA county'],
    [22, 'l', "Hi! You've reached George at the LA County Library Ask a Librarian chat."],
    [28, 'l', 'Are you starting a new case, or asking to change an existing custody order?'],
    [80, 'p', 'new, we were never married'],
    [86, 'l', 'Let me find the right packet.'],
    [170, 'l', "For parents who were never married it's a Petition for Custody and Support (form FL-260) plus the forms listed on the California Courts self-help page: selfhelp.courts.ca.gov/child-custody. I can't give legal advice, but you can take the forms to the free Family Law Facilitator at the Stanley Mosk Courthouse, 111 N. Hill St., Room 426, Los Angeles, and they'll help you fill them in."],
    [176, 'l', 'Did that help?'],
    [330, 'l', 'Are you still there?'],
    [345, 'l', 'Thanks for using Ask a Librarian. Come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass' })),

  // 07 early intervention: greets, names no one
  s(ASKDESK, '07 early intervention (PA): "Hi there! How can I help today?" under the screen name "Ask Desk", state asked, CONNECT Helpline by phone + pa.gov, "yes ty", "Have a good day!"', [
    [0, 'p', 'my 2 yr old isnt talking much yet, pediatrician said look into early intervention. how does that work'],
    [25, 'l', 'Hi there! How can I help today?'],
    [40, 'l', 'Which state are you in? Each state runs its own program.'],
    [75, 'p', 'pennsylvania. sorry i thought i said what i needed lol'],
    [82, 'l', "No problem! In Pennsylvania, Early Intervention for children under 3 is free and you don't need a doctor's referral: call the CONNECT Helpline at 1-800-555-7288 and they'll put you in touch with your county's program for an evaluation. The state's overview is at pa.gov/services/dhs/apply-for-early-intervention-services."],
    [88, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes ty'],
    [146, 'l', 'Have a good day!'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 08 baby story time: "hello??" in the queue, pickup at 88 s
  s(HAZEL, '08 baby story time at Maple: queue line, "hello??" at 55, pickup at 88 s, events calendar URL, "thats everything"', [
    [0, 'p', 'are there baby story times at the Maple branch? she is 8 months'],
    queue(2, 2),
    [55, 'p', 'hello??'],
    [88, 'l', "Hi, so sorry for the wait! I'm Hazel, a librarian at Brookside Public Library."],
    [94, 'l', 'Are you looking for weekday mornings or weekends?'],
    [130, 'p', 'weekday mornings'],
    [136, 'l', "Maple has Baby Rhyme Time on Tuesdays and Thursdays at 10:30, for birth to 18 months, no registration needed. The full calendar is at brooksidelibrary.org/events (filter by Maple and 'Babies')."],
    [142, 'l', 'Does that work for you?'],
    [190, 'p', 'perfect! thats everything thank you'],
    [195, 'l', 'See you at story time! Thanks for chatting.'],
  ], usual({ pickup: 'fail' })),

  // 09 court-ordered co-parenting class: follow-up by me, e-mail read back, "by Friday", done in 30 h
  s(IMANI, '09 court-approved co-parenting class (follow-up by me): court page "Does that page help for now?", e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', 'Hi! Are there any parenting classes for dads? court ordered me to take one, needs to be approved'],
    [28, 'l', 'Hello, Imani here at Ask Us, Riverbend Public Library. Thanks for your question.'],
    [35, 'l', "Do you know which court, and does the order name a list of approved programs or just say 'a parenting class'?"],
    [100, 'p', 'Riverbend county family court. it says "an approved co-parenting course"'],
    [106, 'l', "One moment, let me check the court's site."],
    [200, 'l', "The court's family division page (riverbendcourts.gov/family/parenting) links to its approved list, but the PDF is from 2023. Does that page help for now?"],
    [250, 'p', 'kind of, i need to know which ones r still running'],
    [258, 'l', "I'll call the programs on the list and e-mail you which ones are still running, with their next dates. What e-mail should I use?"],
    [300, 'p', 'its tmalone.dad@example.com'],
    [306, 'l', "Thanks — tmalone.dad@example.com. You'll have the list from me by Friday."],
    [312, 'l', 'Anything else for now?'],
    [340, 'p', 'nope thanks a lot'],
    [345, 'l', "You're welcome, thanks for reaching out!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 10 grandparent guardianship: follow-up by the patron's library, e-mail only on file, no time, day 5
  s(KEVIN, '10 guardianship papers for a deployed mom\'s son (follow-up by patron\'s library): legal locator + court self-help, "the e-mail on your library account", no time, not done by day 5', [
    [0, 'p', 'my daughter is deployed and I have my grandson. school is asking for guardianship papers. where do i get them'],
    [40, 'l', "Hi, I'm Kevin with the statewide Ask Us chat. I'm at a different library, but I'll help as much as I can."],
    [47, 'l', 'Do you need full guardianship through the court, or would a power of attorney from your daughter work for the school? And which county is he in school in?'],
    [120, 'p', 'the school just said papers. Lincoln county'],
    [127, 'l', "For a parent on deployment, a Family Care Plan often includes a special power of attorney for the child; the military's legal assistance locator, legalassistance.law.af.mil, finds free military legal help near you. Court guardianship forms are on the state courts' self-help page, supremecourt.nebraska.gov/self-help/guardianship."],
    [133, 'l', "Lincoln County's library has a family law help desk; I'll pass your question to them so they can tell you what the school usually accepts. They'll get in touch at the e-mail on your library account."],
    [190, 'p', 'ok thank you'],
    [196, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'gma.ruth@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 11 subsidy waitlist: a promise with e-mail and time, coded Answered (pending)
  s(LEONOR, '11 NC child care subsidy timing: county page, "I can find out and e-mail you", e-mail read back, "by tomorrow afternoon", coded Answered (pending)', [
    [0, 'p', 'how long does it take to get approved for child care assistance in NC? I start a new job in 2 weeks'],
    [24, 'l', 'Good afternoon! This is Leonor, librarian at Wake Hollow Library. Congrats on the new job!'],
    [30, 'l', 'Which county do you live in? Each county handles the applications.'],
    [80, 'p', 'wake'],
    [86, 'l', "Wake County's subsidized child care page (wake.gov/childcare-subsidy) has the online application and says to allow up to 30 days for a decision, and there can be a waitlist."],
    [92, 'l', "I'd like to check whether they're running a waitlist right now — I can find out and e-mail you. What address should I send it to?"],
    [140, 'p', 'jen.odum@example.com'],
    [146, 'l', "Got it, jen.odum@example.com. I'll e-mail you what I find out by tomorrow afternoon."],
    [152, 'l', 'In the meantime, does the county page help?'],
    [190, 'p', 'yes thank you so much. thats all'],
    [196, 'l', 'Thanks for chatting, and good luck with the new job!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 ASQ questionnaire: holds with a partial result, a promise "by Monday" with no contact, coded Follow-up by me
  s(NORA, '12 Ages & Stages questionnaire (follow-up by me, no contact): hold, partial result "Still checking…", publisher page, "get back to you by Monday", done in 10 h', [
    [0, 'p', 'Does the library have the Ages & Stages questionnaire? the EI coordinator mentioned it'],
    [30, 'l', 'Hi, this is Nora at Ask a Librarian, Cedar Valley Library.'],
    [36, 'l', 'Are you wanting to fill it out for your own child, or read about it as a professional?'],
    [90, 'p', 'for my son, he is 18 months'],
    [96, 'l', 'Let me check the catalogue.'],
    [200, 'l', "We don't own the questionnaire itself — it's a licensed screening tool, so the EI coordinator hands out the version for his age. Still checking whether we have the parent guide that goes with it…"],
    [300, 'l', "The publisher's page for families, agesandstages.com/families, explains what each section covers. Our copy of the ASQ-3 user's guide is on order; I'll ask our Youth Services librarian when it's due and get back to you by Monday."],
    [306, 'l', 'Does that help in the meantime?'],
    [360, 'p', 'ok sure thanks'],
    [366, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 13 certified custody order copy: follow-up by phone, "by Wednesday", done after 90 h
  s(OTIS, '13 certified copy of a 2016 custody order (follow-up by me): Clerk by phone, patron phone read back, "by Wednesday", done after 90 h, day 5', [
    [0, 'p', 'i need a copy of my custody order from 2016, i lost mine. can the library print it?'],
    [26, 'l', 'Hello, Otis here, a librarian at Kingsport Public Library.'],
    [32, 'l', 'Which court issued it — Sullivan County Chancery or Juvenile Court? And do you need a certified copy, or just one for your own records?'],
    [100, 'p', 'juvenile court. certified, for a passport for my son'],
    [106, 'l', "Certified copies only come from the court clerk, so we can't print those. The Juvenile Court Clerk's page, sullivancountytn.gov/juvenile-court, lists the copy fee; call the Clerk's office at 423-555-0190 or go in person with your ID."],
    [112, 'l', "Their page doesn't say whether 2016 files are still kept on site. I'll call the clerk tomorrow and ring you back with the answer. What's the best number?"],
    [160, 'p', '423 555 0148'],
    [166, 'l', "423-555-0148, thanks. I'll call you by Wednesday."],
    [172, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no thats all'],
    [205, 'l', 'Take care, and thanks for using the chat.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 a true Lost Call: greeting that is a hold, check-in at 200, notice that invites back at 390
  s(PAULA, '14 free daycare in Baltimore (Lost Call): greeting with "let me take a look", patron leaves at 55, "Are you still there?" at 200, notice + invitation back at 390', [
    [0, 'p', 'is there free daycare for low income families in baltimore city'],
    queue(2),
    [38, 'l', 'Hello, Paula with Ask Us at Enoch Pratt here — let me take a look at that for you.'],
    left(55),
    [200, 'l', 'Are you still there?'],
    [390, 'l', "It looks like you've disconnected, so I'll close this chat. Please chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Lost Call after three patron messages
  s(QUENTIN, '15 booster seat law (OH): answered, patron "ok thx" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'what age do kids have to be in a booster seat in ohio'],
    [20, 'l', "Hi! I'm Quentin, a librarian at Summit Falls Library."],
    [25, 'l', 'Is this for a car seat check, or just the law?'],
    [60, 'p', 'just the law'],
    [66, 'l', "Ohio's law says children under 8 must ride in a booster seat unless they are at least 4'9\" tall. The state's page on it is ohiobuckleupkids.gov (Booster Seats)."],
    [110, 'p', 'ok thx'],
    left(112),
    [118, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 16 four chats at once
  s(RUTH, '16 picture books for daycare separation anxiety: three other chats open, four at once from 40 s', [
    [0, 'p', 'do you have any books about starting daycare for toddlers who get separation anxiety'],
    [25, 'l', 'Hi, Ruth here from Ask a Librarian at Pine County Library!'],
    [30, 'l', 'How old is your toddler? Picture books for her, or a guide for you?'],
    [70, 'p', '2.5, picture books for her'],
    [76, 'l', 'A few she might like: "The Kissing Hand" by Audrey Penn, "Llama Llama Misses Mama" by Anna Dewdney, and "Owl Babies" by Martin Waddell. All three are in our catalogue at pinecountylibrary.org and can be put on hold for pickup at your branch.'],
    [82, 'l', 'Would those work?'],
    [120, 'p', 'yes! putting them on hold now. thats all i needed thanks'],
    [125, 'l', 'Wonderful, enjoy them! Bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'ruth-p', -200, 300), other('r2', 'ruth-p', -50, 200), other('r3', 'ruth-p', 40, 400)],
  }),

  // 17 three at most, two touching the ends
  s(SAUL, '17 infant ratios in Virginia centers: centers or family day homes asked, regulation URL; others touch both ends, three at most', [
    [0, 'p', 'whats the ratio of teachers to infants required in licensed centers in Virginia'],
    [20, 'l', 'Good evening, Saul at Ask Us, Fairfax Library here.'],
    [26, 'l', 'Just to check: do you mean child care centers, or family day homes? The ratios differ.'],
    [70, 'p', 'centers'],
    [76, 'l', "For centers, Virginia's standard is 1 staff member for every 4 infants under 16 months (8VAC20-780-350). The regulation is on law.lis.virginia.gov/admincode/title8/agency20/chapter780."],
    [82, 'l', 'Does that answer it?'],
    [120, 'p', 'yes thats everything thanks'],
    [125, 'l', 'Thanks for chatting, goodnight!'],
  ], usual(), {}, {
    otherIntervals: [other('s1', 'saul', -500, 0), other('s2', 'saul', -100, 60), other('s3', 'saul', 50, 700), other('s4', 'saul', 130, 600)],
  }),

  // 18 transfer by the book to the children's librarian
  s(TAMARA, '18 truck read-alouds for a 4-year-old: transfer to Will in Children\'s with a notice and a note, Will answers 44 s later, "nothing else"', [
    [0, 'p', 'looking for a list of good read-alouds for a 4 yr old who loves trucks, for bedtime'],
    [22, 'l', 'Hi! This is Tamara at Ask Us, Millbrook Library.'],
    [28, 'l', 'Is it picture books you want, or short chapter books you can read over a few nights?'],
    [70, 'p', 'picture books'],
    [76, 'l', "Our children's librarian Will has a great truck list, so I'm transferring you to him now — one moment."],
    [79, 'i', 'Will, 4yo truck-loving read-alouds (picture books), can you take it? thx'],
    xfer(82, 'Will Ortega', 'will-o'),
    [120, 'l', 'Hi, Will from Children\'s here! Try "Little Blue Truck" by Alice Schertle, "Goodnight, Goodnight, Construction Site" by Sherri Duskey Rinker and "Trashy Town" by Andrea Zimmerman. My full list is at millbrooklibrary.org/kids/booklists (Things That Go).', as(WILL)],
    [126, 'l', 'Does that give you enough to start?', as(WILL)],
    [170, 'p', 'yes thanks so much. nothing else'],
    [175, 'l', 'Happy reading! Thanks for chatting.', as(WILL)],
  ], usual({ transfer: 'pass' })),

  // 19 silent transfer at the end of a shift; the receiver 150 s after the patron
  s(UMA, '19 Head Start income guidelines: transfer with an internal note only, Victor "taking over from Uma" 150 s after the patron, apply by URL or phone', [
    [0, 'p', 'I need the Head Start income guidelines for this year and how to apply in Jackson county'],
    [30, 'l', "Hello, I'm Uma, a librarian at Jackson County Library."],
    [36, 'l', 'Is your child 3-5, or under 3? Early Head Start covers babies and toddlers.'],
    [90, 'p', 'she is 3'],
    [95, 'i', 'Victor, can you take this Head Start q? my shift ends now'],
    xfer(98, 'Victor Lam', 'victor'),
    [240, 'l', "Hi, Victor here, taking over from Uma. Head Start's income guidelines follow the federal poverty guidelines: for a family of 3 it's $26,650 this year (aspe.hhs.gov/poverty-guidelines). In Jackson County you apply through Jackson Head Start, at jacksonheadstart.org/apply or by phone at 541-555-0177.", as(VICTOR)],
    [246, 'l', 'Does that cover it?', as(VICTOR)],
    [290, 'p', 'yes thank you'],
    [296, 'l', 'Anything else?', as(VICTOR)],
    [320, 'p', 'no thats all'],
    [325, 'l', 'Great, have a nice day!', as(VICTOR)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 20 transfer to a Spanish-speaking librarian with a notice but no note
  s(WANDA, '20 school enrollment for a brother from Guatemala: "Transferring you to Xavier now" with no internal note, Xavier in Spanish, "es todo"', [
    [0, 'p', 'hi my mom only speaks spanish, she wants to ask about registering my little brother for school'],
    [25, 'l', "Hi, I'm Wanda at the Ask Us chat, Northfield Public Library."],
    [31, 'l', 'Would your mom like to chat with a Spanish-speaking librarian? I can transfer you to my colleague Xavier.'],
    [60, 'p', 'yes please'],
    [65, 'l', 'Transferring you to Xavier now, one moment!'],
    xfer(68, 'Xavier', 'xavier'),
    [100, 'l', '¡Hola! Soy Xavier, bibliotecario de Northfield. ¿En qué grado va a entrar el niño?', as(XAVIER)],
    [150, 'p', 'primer grado, venimos de Guatemala'],
    [156, 'l', 'Para inscribirlo en las Escuelas de Northfield necesita el acta de nacimiento (o el pasaporte), un comprobante de domicilio y su registro de vacunas. La información en español está en northfieldschools.org/inscripcion. No le pueden negar la inscripción por su estatus migratorio.', as(XAVIER)],
    [162, 'l', '¿Le sirve esta información?', as(XAVIER)],
    [210, 'p', 'si gracias, es todo'],
    [215, 'l', '¡Gracias a ustedes! Bienvenidos a Northfield.', as(XAVIER)],
  ], usual({ transfer: 'fail' })),

  // 21 dismissal: "you'll have to look the rest up yourself. I'm ending the chat now."
  s(YOLANDA, '21 CCAP centers with evening hours: state search, then "That\'s a lot of questions … you\'ll have to look the rest up yourself. I\'m ending the chat now."', [
    [0, 'p', 'can you help me find child care centers that take the state subsidy and have evening hours? I work nights'],
    [30, 'l', 'Hi, this is Yolanda at Ask Us, Halford Library.'],
    [36, 'l', 'Which town?'],
    [60, 'p', 'halford, near downtown'],
    [66, 'l', "The state search at childcare.mn.gov lets you filter by 'accepts CCAP' and 'evening care'. Type Halford in the location box."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'it shows 2 but they r full. what about weekend ones, and do any do overnight, and can my sister watch them and get paid by the program'],
    [118, 'l', "That's a lot of questions. I've already given you the site, so you'll have to look the rest up yourself. I'm ending the chat now."],
    [130, 'p', 'wow'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 other patrons waiting, a way back; a completeness question about something not yet given
  s(ZOE, '22 preschool services after an autism diagnosis: district sped page + Autism Society guide, "Would a list of … support groups be useful too?", "several other patrons waiting … call our reference desk"', [
    [0, 'p', 'my daughter was just diagnosed with autism, 3 yrs old. what services can she get before kindergarten?'],
    [26, 'l', "Hello, and thanks for contacting Ask a Librarian. I'm Zoe, at Westport Public Library."],
    [33, 'l', 'Which school district are you in? After age 3, preschool services come through the district.'],
    [90, 'p', 'westport'],
    [96, 'l', 'Give me a minute to find their page.'],
    [170, 'l', "Westport Public Schools' Preschool Special Education program evaluates children from age 3 for free; you can request an evaluation by writing to their Special Education office (the request form and contacts are at westportps.org/sped/preschool). The Autism Society's parent guide, autismsociety.org/parent-toolkit, also explains the IEP process."],
    [176, 'l', 'Would a list of local parent support groups be useful too?'],
    [230, 'p', 'yes please. and also books for her siblings, and what about insurance for ABA, and respite care, and summer camps'],
    [240, 'l', "Those are all really good questions. I have several other patrons waiting right now, so I can't cover all of them in this chat. Please chat back in later or call our reference desk at 203-555-0120 and we'll keep going — support groups included."],
    [260, 'p', 'ok'],
    [266, 'l', 'Thanks for understanding, take care!'],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 23 Practice
  s(TRAINEE, '23 practice chat (toddler story time script): coded Practice, every check na', [
    [0, 'p', 'testing - story time for toddlers?'],
    [8, 'l', 'Hi, this is a practice session for new staff.'],
    [20, 'l', 'See the calendar at example.org/events. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 no provider ever joined; coded Lost Call after two patron lines
  s(QUEUE, '24 nanny agencies: no librarian ever joins, "hello is anyone there" at 120, system "No librarians are available", patron leaves, coded Lost Call', [
    [0, 'p', 'do libraries have a list of nanny agencies?'],
    queue(3, 4),
    [120, 'p', 'hello is anyone there'],
    [300, 's', 'No librarians are available right now. Please leave your e-mail and we will reply.'],
    left(320),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 chat-speak: Lego club
  s(ACE, '25 Lego club on Saturday (chat-speak): "hey! Ace from ask a librarian @ Dunmore … which branch u going to?", "sec", kids calendar URL, "that what u needed?", "np, have fun! bye"', [
    [0, 'p', 'yo is there lego club for kids at the library this sat? my kid is 7'],
    [12, 'l', 'hey! Ace from ask a librarian @ Dunmore Public Library 👋 which branch u going to?'],
    [30, 'p', 'main'],
    [33, 'l', 'sec'],
    [80, 'l', 'yup! Lego Lab at Main this sat 2-3pm, ages 6-12, drop in. calendar: dunmorelibrary.org/kids'],
    [84, 'l', 'that what u needed?'],
    [100, 'p', 'ya thx thats all'],
    [103, 'l', 'np, have fun! bye'],
  ], usual()),

  // 26 no source: home alone at 11
  s(BEATRIZ, '26 home alone at 11 (IL): after school or overnight asked, an answer from memory with no source, "Does that help?", "thats all i needed"', [
    [0, 'p', 'at what age can a kid legally stay home alone in illinois? my son is 11'],
    [30, 'l', "Hi, I'm Beatriz, a librarian at Oak Lawn Library."],
    [36, 'l', 'Do you mean after school for an hour or two, or longer, like overnight?'],
    [80, 'p', 'after school, like 3-5pm'],
    [86, 'l', "Illinois is one of the few states that sets an age: leaving a child under 14 without supervision for an unreasonable period can count as neglect. Whether two hours is 'unreasonable' depends on the child and the situation, so I can't say for your son."],
    [92, 'l', 'Does that help?'],
    [150, 'p', 'yeah kind of. thats all i needed thanks'],
    [156, 'l', "You're welcome. Thanks for chatting!"],
  ], usual({ source: 'fail' })),

  // 27 check-in and a disconnect notice, no goodbye; the old pediatrician with no contact
  s(CORA, '27 Georgia immunization form 3231: DPH page + "ask your child\'s old Georgia pediatrician\'s office" (no contact), check-in at 250, "I\'m going to end this session now." at 400, no goodbye', [
    [0, 'p', 'where can i get my kids immunization records for school registration, we moved from georgia'],
    [28, 'l', 'Hi there, Cora at Ask Us, Shelby County Library here.'],
    [34, 'l', 'Do you need the official Georgia certificate (Form 3231), or would any printout from the doctor do?'],
    [90, 'p', 'the school said the georgia form'],
    [96, 'l', "Georgia parents can get Form 3231 through the state's immunization registry: request it online at dph.georgia.gov/immunization-section (GRITS parent access), or ask your child's old Georgia pediatrician's office to print it from GRITS."],
    [102, 'l', 'Did that help?'],
    [250, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you've disconnected, so I'm going to end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' })),

  // 28 the patron goes quiet and nothing follows
  s(DEAN, '28 WIC income limit (TX): mom or children asked, texaswic.org chart, "Did that answer your question?", then nothing until the end at 412', [
    [0, 'p', 'whats the income limit for WIC in texas for a family of 4'],
    [35, 'l', "Good morning, Dean here, a librarian with Lubbock Public Library's chat service."],
    [41, 'l', 'Is this for a pregnant mom, for children under 5, or both?'],
    [100, 'p', 'for my 2 kids under 5'],
    [106, 'l', "Texas WIC's income chart is at texaswic.org/eligibility: for a household of 4 it's $57,720 a year right now. If you're on SNAP or Medicaid you're automatically income-eligible."],
    [112, 'l', 'Did that answer your question?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 300 }),

  // 29 "Sure, take your time." then the patron away 250 s
  s(ELENA, '29 kindergarten for twins, which school is zoned: "Sure, take your time." then the patron away 250 s, hold, TUSD school finder + enroll URLs', [
    [0, 'p', 'I need to enroll my twins in kindergarten in Pima county but I dont know which school we are zoned for'],
    [22, 'l', "Hi! Elena here, librarian at Pima County Public Library. I can help you figure that out."],
    [28, 'l', 'What street are you on? Just the street and block number is fine, no need for the exact house.'],
    [70, 'p', 'let me find our new lease, we just moved. one sec'],
    [75, 'l', 'Sure, take your time.'],
    [325, 'p', 'ok its the 2400 block of E Elm St, tucson'],
    [331, 'l', 'Thanks! Checking the boundary map now.'],
    [410, 'l', "That block is zoned for Sam Hughes Elementary in Tucson Unified. You can confirm any address on TUSD's School Finder at tusd1.org/schoolfinder, and kindergarten registration is online at tusd1.org/enroll."],
    [416, 'l', 'Is that what you needed?'],
    [470, 'p', "yes that's all I needed, thank you!"],
    [475, 'l', 'Glad I could help. Good luck with the move, and thanks for chatting!'],
  ], usual()),

  // 30 bilingual story time: pickedUpAt, a restatement, the library's own Youth Services desk by phone
  s(FIONA, '30 bilingual storytime for a 2-year-old: pickedUpAt 30 s, a restatement with no question mark, Eastside Youth Services desk by phone, "no more questions", "¡De nada! Hasta luego"', [
    [0, 'p', 'Hola! looking for a bilingual storytime, spanish/english, for my 2 year old. weekday afternoons if possible'],
    [50, 'l', "Hi, welcome to Ask a Librarian at Greenvale Library! I'm Fiona."],
    [56, 'l', "So you're looking for a bilingual Spanish-English storytime for a two-year-old, on a weekday afternoon."],
    [80, 'p', 'yes exactly'],
    [86, 'l', "Our Eastside branch has Cuentos y Canciones on Wednesdays at 4 pm, for ages 1 to 4. It's on the events calendar at greenvalelibrary.org/events. Space is limited, so call the Eastside Youth Services desk at 555-318-2270 to save a spot."],
    [92, 'l', 'Does that work for you?'],
    [130, 'p', 'perfect gracias!! no more questions'],
    [135, 'l', '¡De nada! Hasta luego, and thanks for chatting.'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(30) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtiethRoundChildcare.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('25')]:
    'referral.contact: expected na, got pass ("the referral comes with a way to reach them", evidence message 4 "Lego Lab at Main this sat 2-3pm, ages 6-12, drop in."). "drop in" says the program needs no registration: the event the patron asked about is the answer itself, and no person, department or organisation is to be contacted or visited about the need (RUBRIC Terms, Referral; case 08\'s "no registration needed" is read as no referral).',
};

describe('sixtieth round: children and child care, checked', () => {
  describeSessions('whole sessions', sixtiethRoundChildcare.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtiethRoundChildcare.filter((c) => c.name in LEFT_WHY));
});
