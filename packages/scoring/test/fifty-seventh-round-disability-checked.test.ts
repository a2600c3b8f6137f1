/**
 * Fifty-seventh round, theme DISABILITY SERVICES AND ACCESSIBILITY, checked: 30 whole sessions no one had written, from
 * public library, statewide and talking book library "ask a librarian" chats: NLS talking books (a grandfather with macular
 * degeneration in MD, a mother with glaucoma in Spanish in TX, a legally blind veteran in VA, a dyslexic patron in MD), a
 * talking book player that says "no book", braille picture books for a 7-year-old, a braille menu for a restaurant, large
 * print holds, bigger print on a Kindle, audiobooks with VoiceOver, audio-described DVDs, JAWS / NVDA / ZoomText
 * workstations, a broken reading machine, magnifiers, a videophone for VRS calls, an ASL interpreter for an author talk, a
 * hearing loop, sensory storytime, accessible parking and a ramp blocked by construction, homebound delivery after a stroke,
 * accessible textbooks (Bookshare, Learning Ally, OpenStax), a work-from-home accommodation (JAN), paratransit (MTA
 * Mobility), reduced fares (SEPTA, RTD), SSDI status and SSI vs SSDI. Providers point to the state libraries for the blind
 * and print disabled, loc.gov/nls, ssa.gov, askjan.org, dcmp.org, nfb.org, transit agencies, the library's own catalog,
 * accessibility pages, ADA coordinator and Reader Advisors. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/fiftySeventhRoundDisability-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 38 s pickup (01); a patron "hello" in the queue and a 72 s pickup (02: fail); pickup at
 *   exactly 60 s (30: pass, "≤"); `pickedUpAt` at 40 s with the first line at 110 (29); "Hi! Happy to help with that." with
 *   a question under the screen name "Theo" (03: names no one, fail); a greeting that is also a hold ("— let me check on
 *   magnifiers for you", 13); a greeting that is also a transfer notice with "un momento, por favor" (23); Spanish
 *   "¡Buenas tardes! Le saluda Ana, bibliotecaria …" (06); curt "hi, Kurt at Ask a Librarian" (07); chat-speak "hey! Zed
 *   here, librarian w/ the Ask Us chat @ …" (29); no provider ever joined (15);
 *  inquiry: residence and player or app, branch or homebound, branch and headphones, county and prior application, online or
 *   at an office, language and device, uncontracted or UEB braille, genre, print or audio, which branch, which day, van or
 *   standard space, work history, power prompts, which program, VRS or not, titles and documentation, ride type, age and
 *   branch (in Spanish, by the receiving provider after a transfer), pages and deadline; no question at all (07: fail); the
 *   question only after libbyapp.com (28: fail);
 *  waits: "Let me look that up." then 135 s with a patron "hello?" inside (04: fail); a hold answered 121 s later (30: fail,
 *   "longer than"); an internal line inside a 104 s hold (12: pass); holds at 96/200/305, the one at 200 a partial result
 *   that says the search goes on (26: pass); a silent transfer (note only), the receiver 130 s after the patron (22: fail);
 *   "No rush, take your time!" then the patron back 214 s later (29: waiting on the patron, pass); a transfer announced as
 *   a hold, the receiver 64-66 s later (21, 23);
 *  endings: a Lost Call whose greeting is a hold, "Are you still with me?" at 140 and "Seems you've stepped away, so I'll
 *   close this chat now. Feel free to start a new chat anytime!" at 300 (13: final idle 160 s from the check-in, idle
 *   passes, disconnect na); "Still there?" at 300 and a goodbye at 400 with no notice (11: final idle 250 s, disconnect
 *   fails); "It seems we've lost you, so I'll be ending this chat. Thanks …" 220 s after the answer with no check-in (24:
 *   idle fails, disconnect passes); one line "Are you still there? It looks like we may have been disconnected — if I don't
 *   hear back in a minute or two, I'll close this chat." and the session ending 100 s later with no goodbye (25: both pass,
 *   courteous fails); "I can only do one question per patron, so I'm going to end the chat here." (17: dismissal, courteous
 *   fails); "several other patrons waiting … chat back in later, or call our Reader Advisors at 1-800-…" (18: allowed);
 *   goodbyes "Take care!" (03), "np, bye" (07), "¡Gracias a usted! Que disfruten el cuento." (23), "np! good luck, bye 👋"
 *   (29), "Glad to help. Bye!" (30); patron-side "that's all I needed", "thats everything", "no more questions", "es todo",
 *   "no, es todo", "thats all for now", "that covers it", "this is everything I needed", "that's it for me", and "ok", "yes
 *   thanks", "ok will do", "are you serious" that do not count;
 *  sources: state talking book library application pages, loc.gov/nls, ssa.gov, askjan.org, dcmp.org, openstax.org,
 *   bookshare.org, learningally.org, libbyapp.com, nfb.org, septa.org, mta.maryland.gov, the library's catalog and
 *   accessibility pages; none (27: "RTD has a discounted fare … apply for a special ID card with RTD", source fails);
 *  referrals: the state library by phone (01), in Spanish "puede llamar al programa al …" (06); the Mobility certification
 *   office by phone (04); SSA by phone with "talk to a disability attorney or advocate" bare (05: fail); JAN's consultants
 *   by phone (07, LEFT); the ADA coordinator by e-mail and videophone (19); the Reader Advisors by phone (18); "ask your
 *   college's disability services office" bare (26: fail); applying to SEPTA, to the LBPD and to the Talking Book Center by
 *   URL (25, 29, 21: LEFT); applying to RTD with no contact (27, LEFT); transcribers on the NFB list by its URL (30, LEFT);
 *   staff consulted on the patron's behalf (Youth Services 08, outreach staff 10, "the Main Library" 11, Facilities 12) as no
 *   referral (08, LEFT);
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h (08: pass); FU_ME with the e-mail read
 *   back and no time, not done on day 1 (09: contact fails, pending); FU_LIB with the phone read back, "by Thursday", done
 *   after 90 h (10: late); FU_ME "e-mail you at the address on your library card tomorrow morning" (e-mail only in
 *   `patron.email`), not done by day 5 (11: contact fails, overdue); a promise "I'll call you … by tomorrow at 5" with the
 *   phone read back, coded Answered (12: code fails, contact passes, pending);
 *  codes: a true Lost Call (13); Lost Call after three patron lines with a `patron_left` line (14: fail); null with no
 *   provider (15: fail); no code field at all (20: na); Practice (16);
 *  transfers: a notice (a hold) and an internal note that says why (21: pass); a note only (22: fail); a notice with no note,
 *   in a line that is also the greeting (23: fail);
 *  concurrency: four at once (19: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (20: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi! Happy to help with that." greets but names no one (the screen name does not count): greeting fails (03);
 * - "Take care!", "np, bye" and "¡Gracias a usted! …" say goodbye or thank the patron; "I'll close this chat" alone does
 *   not (25: "Announcing that the chat will end is not, by itself, a goodbye");
 * - "Seems you've stepped away, so I'll close this chat now. Feel free to start a new chat anytime!" invites back and does
 *   not ask whether the patron is there: a goodbye, so the final idle ends at it; with the greeting a hold ("— let me check
 *   on magnifiers for you"), the idle starts at the check-in, the first non-hold line (13: 160 s, disconnect na);
 * - "It seems we've lost you, so I'll be ending this chat" tells the patron they seem to have disconnected and that the
 *   session will end (24); "It looks like we may have been disconnected — if I don't hear back …, I'll close this chat"
 *   does too, in the conditional the seed guidelines' own example uses (25);
 * - "that covers it", "that's it for me", "this is everything I needed", "thats all for now" say the patron is done;
 * - "Does DCMP look like it would work for you two in the meantime?", "Did that fix it?", "Does the side door info help for
 *   Saturday?" ask whether what was given meets the need; "Should I also look for the ADA rules on menus?" offers more (30);
 * - telling the patron to apply to an agency or library outside the chat, which decides and answers ("apply at
 *   septa.org/… and SEPTA mails you a … card", "u apply thru the Library for the Blind and Print Disabled at …", "apply
 *   online at vatbc.org/apply", "apply for a special ID card with RTD and bring proof") is writing to or visiting it: a
 *   referral (the project's reading of "apply by mail or at a AAA branch"), reached when its URL is given (21, 25, 29), not
 *   when it is named bare (27); a web service the patron simply uses (Libby, dcmp.org, Bookshare, a library workstation
 *   reserved online) is a source;
 * - who fills in or signs part of a form ("Her health care provider fills in one part", "un médico u oculista firma la parte
 *   del diagnóstico", "the certification has to be signed by a doctor or psychologist") states a requirement: the patron is
 *   not told to contact anyone, so no referral; "talk to a disability attorney or advocate" (05) and "ask your college's
 *   disability services office" (26) tell the patron to ask someone: referrals with no contact;
 * - "pick one and e-mail them the text of your menu" refers the patron to the transcribers of a list whose URL is given,
 *   "with each one's contact details": the URL comes with the referral (30, as "any examiner listed there" in round 56);
 * - "Many more are loaned free by mail through the NLS braille program; the children's list is at loc.gov/nls" points to a
 *   program and its list, telling the patron to contact no one (08);
 * - a transfer announcement ("Our colleague Omar at the Virginia Talking Book Center can answer this best. I'm transferring
 *   you …") is no referral (RUBRIC Terms).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 22 / 8. Label corrections: 0.
 * Final: 22 running, 8 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 07: "You can also call their consultants for free, 1-800-555-0148." read as no referral (na;
 *    RUBRIC pass);
 *  - referral.contact, case 08: "Many more are loaned free by mail through the NLS braille program; …" read as a referral
 *    with contact (pass; RUBRIC na);
 *  - followup.completeness, case 09: "Does DCMP look like it would work for you two in the meantime?" not read as the
 *    question (fail; RUBRIC pass);
 *  - referral.contact, case 21: the transfer notice "Our colleague Omar at the Virginia Talking Book Center can answer this
 *    best." read as a referral without contact (fail; RUBRIC pass: a transfer is no referral, "apply online at
 *    vatbc.org/apply" is reached by URL);
 *  - referral.contact, case 25: "apply at septa.org/reduced-fare, and SEPTA mails you a … card" read as no referral (na;
 *    RUBRIC pass);
 *  - referral.contact, case 27: "apply for a special ID card with RTD and bring proof of your disability" read as no
 *    referral (na; RUBRIC fail);
 *  - referral.contact, case 29: "u apply thru the Library for the Blind and Print Disabled at marylandlibraries.org/…"
 *    read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 30: "pick one and e-mail them the text of your menu" with the list at nfb.org/braille-resources
 *    read as a referral without contact (fail; RUBRIC pass).
 * Every timing check (pickup at 38, exactly 60, 72 s and by `pickedUpAt`, no provider, keep_informed at 121 and 135 s, across
 * holds, an internal line, a partial-result hold, "take your time" and three transfers, final idles of 160, 220, 250 and
 * 274 s, concurrency at four and at touching ends, on_time done / late / pending / overdue) and every code (Lost Call twice,
 * null, no field, Practice, a promise coded Answered) scored as labelled on the first run; every disagreement is about words
 * (seven referral.contact, one followup.completeness). The redaction equality of describeSessions holds for every running
 * case (patron e-mails typed and read back, an e-mail in `patron.email`, patron phones read back).
 *
 * ON v52 (block R, written from this round's files): case 07's "call their consultants for free, 1-800-…" (R10), 08's "loaned free
 *   by mail through the NLS braille program" (R18: no referral) and 09's "Does DCMP look like it would work for you two in the
 *   meantime?" (R20) read as labelled and run: 25 running, 5 LEFT (21 now na rather than fail, R19; 25, 27, 29, 30).
 * ON v53 (block S): case 29's "in MD u apply thru the Library for the Blind and Print Disabled at …" (S16, the procedure told as
 *   "you …") reads as labelled and runs (its LEFT_WHY said LABELS DISAGREE: the documents and returning-adults files still read as
 *   labelled, their "order / apply on the agency's page" having no "you" before it): 26 running, 4 LEFT (21, 25, 27, 30).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (8 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please hold, you are #${n} in the queue. A staff member will be right with you.`];

const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'MSL' };
const RENEE: Prov = { id: 'renee', name: 'Renee', library: 'CRPL' };
const THEO: Prov = { id: 'theo', name: 'Theo', library: 'WFL' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'BCPL' };
const JOAN: Prov = { id: 'joan', name: 'Joan', library: 'ASCPL' };
const ANA: Prov = { id: 'ana-e', name: 'Ana', library: 'EPPL' };
const KURT: Prov = { id: 'kurt', name: 'Kurt', library: 'SLCL' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'RPL' };
const GREG: Prov = { id: 'greg', name: 'Greg', library: 'FVL' };
const NORA: Prov = { id: 'nora', name: 'Nora (statewide)', library: 'STATE' };
const ELLA: Prov = { id: 'ella', name: 'Ella', library: 'LSPL' };
const BASIL: Prov = { id: 'basil', name: 'Basil', library: 'SCL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'FCPL-MD' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'APL-IA' };
const QUEUE: Prov = { id: 'askus-queue', name: 'Ask Us queue', library: 'STATE' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee Seat 2', library: 'TRN' };
const WADE: Prov = { id: 'wade', name: 'Wade', library: 'HCPL-MD' };
const DORA: Prov = { id: 'dora', name: 'Dora', library: 'OLBPD' };
const FIONA: Prov = { id: 'fiona', name: 'Fiona', library: 'EPL-IL' };
const ROLAND: Prov = { id: 'roland', name: 'Roland', library: 'TLCPL' };
const KAYLA: Prov = { id: 'kayla', name: 'Kayla (statewide)', library: 'STATE-VA' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'VATBC' };
const PAULA: Prov = { id: 'paula', name: 'Paula', library: 'PPL-CA' };
const SIMONE: Prov = { id: 'simone', name: 'Simone', library: 'PPL-CA' };
const HOLLY: Prov = { id: 'holly', name: 'Holly', library: 'MCPL' };
const JUAN: Prov = { id: 'juan', name: 'Juan', library: 'MCPL' };
const IRMA: Prov = { id: 'irma', name: 'Irma', library: 'MULT' };
const CHUCK: Prov = { id: 'chuck', name: 'Chuck', library: 'FLP' };
const YUSUF: Prov = { id: 'yusuf', name: 'Yusuf', library: 'PCPL' };
const TINA: Prov = { id: 'tina', name: 'Tina', library: 'DPL' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'JCL' };
const ZED: Prov = { id: 'zed', name: 'zed_aacpl', library: 'AACPL' };
const SHIRA: Prov = { id: 'shira', name: 'Shira', library: 'APL-TX' };

export const fiftySeventhRoundDisability: SessionCase[] = [
  // 01 NLS talking books for a grandfather: everything passes, the state library by phone
  s(PRIYA, '01 talking books for grandpa with macular degeneration (MD): queue line, residence + player or app asked, hold, application URL + "call them at 1-800-…"', [
    [0, 'p', "hi my grandpa has macular degeneration and can't read regular print anymore. someone told me about free talking books from the library? how does he sign up"],
    queue(2),
    [38, 'l', "Good morning! You've reached Ask Us — I'm Priya, a librarian with the Maryland State Library."],
    [44, 'l', 'Does your grandpa live in Maryland? And would he rather listen on a player the library mails him, or on a phone or tablet app?'],
    [110, 'p', 'yes he lives in towson. player probably, hes 88 and doesnt do smartphones'],
    [116, 'l', 'Let me pull up the application for you.'],
    [190, 'l', 'He qualifies through the Maryland Library for the Blind and Print Disabled, part of the national NLS talking book network. The application is at marylandlibraries.org/lbpd/apply ("Application for Free Library Service"). A doctor, optometrist, nurse or social worker signs the part that certifies he can\'t read standard print. Once it\'s approved they mail him a digital talking book player, and the books come and go by free mail. If it\'s easier, call them at 1-800-555-0134 and they\'ll mail a paper application.'],
    [196, 'l', 'Does that answer your question?'],
    [260, 'p', "yes!! that's all I needed. thank you so much"],
    [266, 'l', "You're very welcome. Thanks for contacting Ask Us, and I hope he enjoys the books!"],
  ], usual({ referral: 'pass' })),

  // 02 pickup after 72 s
  s(RENEE, '02 new Louise Penny in large print: patron "hello" in the queue, pickup 72 s, branch or homebound asked, catalog Format: Large Print', [
    [0, 'p', 'Do you have the new Louise Penny in large print??'],
    [30, 'p', 'hello'],
    [72, 'l', 'Hi there, thanks for waiting! This is Renee with Ask a Librarian at Cedar Rapids Public Library.'],
    [78, 'l', 'Is it for you to pick up at a branch, or do you get books through our homebound delivery?'],
    [120, 'p', 'pick up at ladd branch'],
    [125, 'l', 'One sec, checking the catalog.'],
    [180, 'l', "Yes — the large print edition is in our catalog (crlibrary.org/catalog, search the title and choose Format: Large Print). All 4 copies are out and there are 6 holds ahead of you. You can place a hold from that page with your card number and PIN and pick Ladd as the pickup branch."],
    [186, 'l', 'Did that help?'],
    [230, 'p', 'ok ya ill do that'],
    [234, 'l', 'Anything else I can help with?'],
    [260, 'p', 'no thanks'],
    [264, 'l', 'Thanks for chatting, happy reading!'],
  ], usual({ pickup: 'fail' })),

  // 03 greets but never says who is answering; "Take care!" as the goodbye
  s(THEO, '03 JAWS for a job application (blind patron): "Hi! Happy to help with that." names no one, Assistive Technology station URL, "Take care!"', [
    [0, 'p', "which library computers have JAWS? I'm blind and use a screen reader, need to fill out a job application online"],
    [25, 'l', 'Hi! Happy to help with that.'],
    [31, 'l', 'Which branch is easiest for you to get to, and will you bring your own headphones?'],
    [80, 'p', 'downtown. I have earbuds'],
    [86, 'l', "The Downtown Assistive Technology station on the 2nd floor has JAWS, ZoomText and a refreshable braille display; you can reserve it online for up to 2 hours a day at westfieldlibrary.org/accessibility. The public PCs on the first floor also have NVDA if the station is taken."],
    [92, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes thats everything, thank u'],
    [146, 'l', 'Take care!'],
  ], usual({ greeting: 'fail' })),

  // 04 "Let me look that up" then 135 s, a patron "hello?" inside it; Mobility certification office by phone
  s(HUGO, '04 MTA Mobility paratransit for mom in a wheelchair: hold at 80, patron "hello?" at 150, answer at 215 (135 s), certification office by phone', [
    [0, 'p', 'my mother uses a wheelchair and cant take the regular bus anymore. how do we sign her up for MTA Mobility'],
    [20, 'l', "Hello, Hugo here, a librarian at Baltimore County Public Library's Ask Us."],
    [26, 'l', 'Does she live in Baltimore County or the city? And has she ever applied for Mobility before?'],
    [75, 'p', 'county, catonsville. never applied'],
    [80, 'l', 'Let me look that up.'],
    [150, 'p', 'hello?'],
    [215, 'l', "Sorry about the wait. MTA Mobility's eligibility application is at mta.maryland.gov/mobility (\"How to Apply\"). Her health care provider fills in one part, and then she has an in-person functional assessment. To schedule the assessment, call the Mobility certification office at 410-555-0177."],
    [221, 'l', 'Does that cover what you needed?'],
    [280, 'p', 'yes thank you. thats all'],
    [286, 'l', "You're welcome — thanks for chatting with Ask Us!"],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 05 SSDI status: SSA by phone, "talk to a disability attorney or advocate" with no contact
  s(JOAN, '05 SSDI claim pending since October: my Social Security URL, SSA by phone, "talk to a disability attorney or advocate" (no contact)', [
    [0, 'p', 'i applied for SSDI in october and havent heard anything. how long does it usually take?? and can I check the status myself'],
    [34, 'l', "Hi, I'm Joan, a reference librarian at the Akron-Summit County Public Library. Sorry you're stuck waiting."],
    [40, 'l', 'Did you apply online, or at a Social Security office?'],
    [90, 'p', 'online'],
    [96, 'l', 'Then you can check the status yourself in your my Social Security account at ssa.gov/myaccount ("Check your application status"). SSA posts its current processing times on ssa.gov/disability; first decisions are taking about 6 to 8 months. You can also call Social Security at 1-800-555-0121 and ask where your claim is. If you\'re turned down, talk to a disability attorney or advocate about an appeal before the deadline.'],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'ok i guess. no more questions'],
    [155, 'l', 'Good luck with your claim. Bye!'],
  ], usual({ referral: 'fail' })),

  // 06 Spanish: Texas Talking Book Program by URL and phone
  s(ANA, '06 libros parlantes para mamá con glaucoma (Spanish, TX): "Le saluda Ana", language + player asked, hold, tsl.texas.gov + "puede llamar al programa al …", "es todo"', [
    [0, 'p', 'buenas tardes, mi mamá tiene glaucoma y ya no puede leer. hay libros en audio gratis? vivimos en el paso'],
    [28, 'l', '¡Buenas tardes! Le saluda Ana, bibliotecaria de la Biblioteca Pública de El Paso. Con mucho gusto le ayudo.'],
    [35, 'l', '¿Su mamá prefiere libros en español o en inglés? ¿Y usa teléfono inteligente, o le sirve más un aparato que le llegue por correo?'],
    [100, 'p', 'en español. aparato mejor, ella no usa celular'],
    [106, 'l', 'Un momentito, busco la información del programa.'],
    [180, 'l', 'El Programa de Libros Parlantes de la Biblioteca del Estado de Texas presta gratis un reproductor y libros en audio, muchos en español, y todo llega por correo sin costo. La solicitud está en tsl.texas.gov/tbp (haga clic en "Solicitud"); un médico u oculista firma la parte del diagnóstico. También puede llamar al programa al 1-800-555-0162 para pedir la solicitud en papel.'],
    [186, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'sí, muchísimas gracias. es todo'],
    [246, 'l', '¡Con gusto! Gracias por escribirnos y que tenga buena tarde.'],
  ], usual({ referral: 'pass' })),

  // 07 curt: no question, no completeness question, "np, bye"
  s(KURT, '07 work-from-home accommodation for MS (curt): "hi, Kurt at Ask a Librarian", no question, askjan.org + JAN consultants by phone, patron "ok thanks", "np, bye"', [
    [0, 'p', 'How do I ask my job for an accommodation? I have MS and need to work from home some days'],
    [15, 'l', 'hi, Kurt at Ask a Librarian'],
    [20, 'l', 'The Job Accommodation Network has sample request letters and an MS guide at askjan.org. You can also call their consultants for free, 1-800-555-0148.'],
    [60, 'p', 'ok thanks'],
    [64, 'l', 'np, bye'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 08 follow-up by me: e-mail read back, "by Friday", done in 30 h
  s(MEI, '08 braille picture books for a 7-year-old (follow-up by me): uncontracted or UEB asked, catalog + NLS, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'Does the library have braille books for kids? My son is 7 and just learning braille at school'],
    [22, 'l', "Hello! This is Mei, a children's librarian at Riverside Public Library."],
    [28, 'l', 'Is he still reading uncontracted braille, or contracted (UEB grade 2)? And does he like picture books or chapter books?'],
    [95, 'p', 'uncontracted i think, his TVI says hes just starting. picture books'],
    [100, 'l', 'Thanks! Give me a minute.'],
    [180, 'l', 'We have a small set of print-braille picture books (print and braille on the same page): search "print braille" in our catalog at riversidelibrary.org/catalog. Many more are loaned free by mail through the NLS braille program; the children\'s list is at loc.gov/nls (Braille > Children). I\'d also like to ask our Youth Services team which of ours are uncontracted, since the catalog doesn\'t say. Can I e-mail you their list?'],
    [240, 'p', 'yes please! its lin.family@example.com'],
    [246, 'l', "Got it: lin.family@example.com. I'll e-mail you the list by Friday."],
    [252, 'l', 'Does the catalog search work for now?'],
    [300, 'p', 'yes perfect'],
    [305, 'l', 'Anything else I can help with today?'],
    [330, 'p', 'no thats it'],
    [335, 'l', 'Thanks for reaching out — bye for now!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 follow-up by me, e-mail read back, no time: contact fails, on_time pending
  s(GREG, '09 audio-described DVDs for a blind wife (follow-up by me): dcmp.org, "I\'ll … e-mail you a list" read back with no time, not yet done', [
    [0, 'p', 'hi, my wife is blind and we like watching movies together. do you have DVDs with audio description?'],
    [30, 'l', "Hi there, Greg at Fairview Library's Ask a Librarian service."],
    [36, 'l', 'Are you looking for anything in particular — new releases, classics, a genre?'],
    [90, 'p', 'mostly classic movies and mysteries'],
    [96, 'l', "Many of our DVDs have a described video track, but the catalog doesn't flag them well. The best place to start is the Described and Captioned Media Program at dcmp.org, which has described classics to stream free. I'll go through our DVD shelves and e-mail you a list of the described mysteries. What e-mail should I use?"],
    [150, 'p', 'rsalinas58@example.com'],
    [155, 'l', "rsalinas58@example.com — thanks, I'll send it along."],
    [160, 'l', 'Does DCMP look like it would work for you two in the meantime?'],
    [210, 'p', "yes we'll try it. thats all for now"],
    [215, 'l', 'Great, thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 10 follow-up by the patron's library, phone read back, "by Thursday", done after 90 h
  s(NORA, '10 homebound books after a stroke (follow-up by patron\'s library): hclibrary.org page, outreach staff to call "by Thursday", phone read back, done after 90 h', [
    [0, 'p', 'I cant get to the library anymore since my stroke. does Howard County have a service where they bring books to you?'],
    [40, 'l', "Hello, this is Nora with Maryland's statewide Ask Us service. I'm sorry to hear about your stroke."],
    [46, 'l', 'Do you live in Howard County, and would you want regular print, large print or audiobooks?'],
    [120, 'p', 'yes ellicott city. large print and audio'],
    [126, 'l', "Howard County Library System has a homebound delivery service; it's described at hclibrary.org/homebound. I can't sign you up from here, so I'll send your request to their outreach staff and they'll call you by Thursday to set it up. What's the best phone number?"],
    [190, 'p', '410-555-0163'],
    [196, 'l', '410-555-0163 — thank you. Expect their call by Thursday.'],
    [202, 'l', 'Does that help for now?'],
    [250, 'p', 'yes thank you dear'],
    [256, 'l', 'Anything else?'],
    [280, 'p', 'no that is all'],
    [285, 'l', 'Take good care, and thanks for contacting Ask Us.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 follow-up by me to the e-mail on file, not done by day 5; check-in, goodbye without a notice after 250 s
  s(ELLA, '11 broken reading machine at Main (follow-up by me): "e-mail you at the address on your library card tomorrow morning", never done; "Still there?" at 300, goodbye at 400', [
    [0, 'p', 'Is the Reading Edge machine at the Main library working again? It was broken last month and I use it to read my mail'],
    [26, 'l', 'Good afternoon, Ella here, a librarian at Lakeshore Public Library.'],
    [32, 'l', 'Is it the Main Library on Grand Ave you mean, or the new Eastside branch?'],
    [70, 'p', 'main on grand'],
    [76, 'l', 'Let me check.'],
    [150, 'l', "Our accessibility page (lakeshorelibrary.org/accessibility) still lists the reading machine as out of service, but it may not be up to date. I'll ask the Main Library and e-mail you at the address on your library card tomorrow morning."],
    [156, 'l', 'Does that help for now?'],
    [300, 'l', 'Still there?'],
    [400, 'l', 'Thanks for chatting, have a good afternoon!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'd.okoro@example.com', phone: null },
  }, { now: T0 + 5 * DAY }),

  // 12 a promise with a time and a phone read back, coded Answered
  s(BASIL, '12 ramp blocked by construction, power chair: internal line inside a 104 s hold, side door, "I\'ll call you … by tomorrow at 5" (phone read back), coded Answered', [
    [0, 'p', 'the ramp at the Oak Street branch has been blocked by construction for 2 weeks. is there another accessible entrance? I use a power chair'],
    [24, 'l', "Hi, I'm Basil, a librarian with Springfield City Library. Sorry about that!"],
    [30, 'l', 'Are you planning a visit soon — is there a day you need to get in?'],
    [80, 'p', 'saturday morning'],
    [86, 'l', 'Let me check with our Facilities folks.'],
    [150, 'i', 'Facilities — Oak St ramp: is the Elm St side door the accessible entrance during the work? Reopening date?'],
    [190, 'l', "The notice on springfieldlibrary.org/oakstreet says the Elm Street side door is the accessible entrance during the work, with a push-button opener. Facilities is checking whether the ramp reopens before Saturday; I'll call you with their answer by tomorrow at 5. What number is best?"],
    [240, 'p', '(217) 555-0148'],
    [246, 'l', '(217) 555-0148, got it. Talk to you by 5 tomorrow.'],
    [252, 'l', 'Does the side door info help for Saturday?'],
    [300, 'p', 'yes thanks'],
    [306, 'l', 'Thanks for letting us know about the ramp — bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 13 Lost Call: a greeting that is a hold, a check-in at 140, a goodbye that invites back at 300 (final idle 160 s)
  s(BEA, '13 "do you lend out magnifiers" (Lost Call): greeting + "let me check" (a hold), "Are you still with me?" at 140, "feel free to start a new chat anytime" at 300', [
    [0, 'p', 'do you lend out magnifiers'],
    [20, 'l', "Hi, I'm Bea with Ask Us at Frederick County Public Libraries — let me check on magnifiers for you."],
    [140, 'l', 'Are you still with me?'],
    [300, 'l', "Seems you've stepped away, so I'll close this chat now. Feel free to start a new chat anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after three patron lines
  s(LENA, '14 van-accessible parking at North branch (Lost Call after 3 patron lines): van or standard asked, branch page, patron "ok" and leaves', [
    [0, 'p', 'is there accessible parking at the north branch'],
    [18, 'l', 'Hello! Lena at Ask a Librarian, Ames Public Library.'],
    [24, 'l', 'Do you need a van-accessible space with room for a side ramp, or a standard accessible space?'],
    [60, 'p', 'van'],
    [66, 'l', 'The North Branch lot has 2 van-accessible spaces right by the main door; parking and entrance details are on amespubliclibrary.org/north under "Accessibility".'],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'ok'],
    left(108),
    [112, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 no provider joined, code null
  s(QUEUE, '15 VoiceOver in the Libby app: no provider ever joined, two patron lines, code null', [
    [0, 'p', 'hi need help turning on voiceover reading in the libby app'],
    queue(2, 4),
    [90, 'p', 'anyone there?'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 16 Practice
  s(TRAINEE, '16 practice chat (talking book macros): coded Practice, every check na', [
    [0, 'p', 'test: talking book application macro'],
    [10, 'l', 'Hi, this is a practice chat for the accessibility macros.'],
    [20, 'l', 'NLS: loc.gov/nls. Did that help?'],
    [30, 'p', 'test complete'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 dismissal: "I can only do one question per patron"
  s(WADE, '17 SSI vs SSDI, then a string of questions: "You\'ve asked a lot of questions already. I can only do one question per patron, so I\'m going to end the chat here."', [
    [0, 'p', 'whats the difference between SSI and SSDI'],
    [22, 'l', 'Hi, Wade here at the Ask Us chat, Harford County Public Library.'],
    [28, 'l', 'Are you asking for yourself, and have you worked and paid Social Security taxes in the last several years?'],
    [80, 'p', 'for me. i worked til 2023'],
    [86, 'l', 'In short: SSDI is based on your work record, and SSI is a needs-based program for people with low income and savings; some people get both. SSA explains them at ssa.gov/disability and ssa.gov/ssi.'],
    [92, 'l', 'Does that answer it?'],
    [140, 'p', 'ok but how much would i get, and can i work part time, and what about medicaid, and my daughter gets SSI too so does that change'],
    [148, 'l', "You've asked a lot of questions already. I can only do one question per patron, so I'm going to end the chat here."],
    [170, 'p', 'are you serious'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 other patrons waiting, a way back: the Reader Advisors by phone
  s(DORA, '18 talking book player says "no book": cartridge fix at olbpd.org, then a list of changes, "several other patrons waiting … call our Reader Advisors at 1-800-…"', [
    [0, 'p', 'my talking book player stopped working, the cartridge wont play. what do i do'],
    [30, 'l', "Hi, thanks for contacting Ask Us! I'm Dora, a librarian at the Ohio Library for the Blind and Print Disabled."],
    [36, 'l', 'Does the player power on at all — do you hear the voice prompts when you press a key?'],
    [90, 'p', 'it turns on and says "no book"'],
    [96, 'l', 'That usually means the cartridge isn\'t fully seated or its connector is dusty. Push it in firmly until it clicks; if it still says "no book", try another cartridge. The troubleshooting steps are on our site at olbpd.org/player-help ("No book" section).'],
    [102, 'l', 'Did that fix it?'],
    [160, 'p', 'the other one works!! ok also can you change my books to more westerns and less romance, and add large print magazines, and my wife wants to sign up too, and'],
    [170, 'l', "Happy to hear it works! I have several other patrons waiting right now, so I can't make all those changes in this chat. Please chat back in later, or call our Reader Advisors at 1-800-555-0185 — they can update your reading list and send your wife an application."],
    [200, 'p', 'ok will do'],
    [205, 'l', 'Thanks so much, have a good day!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 19 four chats at once; the ADA coordinator by e-mail and videophone
  s(FIONA, '19 ASL interpreter for the author talk (Deaf patron): the ADA coordinator by e-mail + videophone, "thats everything", four chats open at once', [
    [0, 'p', "I'm Deaf and want to go to the author talk at the main library on the 14th. can I get an ASL interpreter?"],
    [20, 'l', "Hi! I'm Fiona, a librarian at Evanston Public Library."],
    [26, 'l', 'Is it the Thursday evening talk with the poet, on the 14th at 7?'],
    [60, 'p', 'yes that one'],
    [66, 'l', 'Yes, we provide ASL interpreters free for programs. Requests go to our ADA coordinator, Marcus Hill: e-mail ada@evanstonlibrary.org or videophone 847-555-0129, ideally 7 days before. The request form is also on evanstonlibrary.org/accessibility.'],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'perfect, thats everything'],
    [115, 'l', 'Great — enjoy the talk, and thanks for chatting!'],
  ], usual({ referral: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'fiona', -200, 300), other('f2', 'fiona', -30, 200), other('f3', 'fiona', 10, 500)],
  }),

  // 20 others touching the ends (three at most); a source without resolution codes
  s(ROLAND, '20 videophone for VRS calls at Main: "that covers it", others ending at the start and starting at the end, no resolution code field', [
    [0, 'p', 'does the library have a videophone for deaf patrons? mine is broken'],
    [16, 'l', 'Hello, Roland here at the Ask a Librarian chat for Toledo Lucas County Public Library.'],
    [22, 'l', "Which branch would you use, and is it for VRS calls, like to a doctor's office?"],
    [70, 'p', 'main library. yes VRS calls'],
    [75, 'l', 'Main Library has a videophone in the Accessibility Room on the 2nd floor, first come first served during all open hours; it\'s listed on toledolibrary.org/accessibility with the other equipment.'],
    [81, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes thank u. that covers it'],
    [125, 'l', "You're welcome, bye!"],
  ], usual({ code: 'na' }), { resolutionCode: undefined }, {
    otherIntervals: [other('r1', 'roland', -400, 0), other('r2', 'roland', -100, 300), other('r3', 'roland', 50, 400), other('r4', 'roland', 130, 600)],
  }),

  // 21 transfer with a notice and a note that says why
  s(KAYLA, '21 talking books for a legally blind veteran (VA): transfer to Omar at the Talking Book Center with a notice and a note, vatbc.org/apply', [
    [0, 'p', 'my dad is a veteran and legally blind. someone at the VA said he can get audiobooks and a special player free from the library for the blind? how'],
    [25, 'l', "Hi there, I'm Kayla, a librarian with Virginia's statewide Ask Us service."],
    [31, 'l', 'Which part of Virginia does your dad live in?'],
    [70, 'p', 'roanoke'],
    [76, 'l', "Our colleague Omar at the Virginia Talking Book Center can answer this best. I'm transferring you to him now — one moment please."],
    [79, 'i', "Omar: pt's father, veteran, legally blind, Roanoke, wants NLS talking books + player. Thanks!"],
    xfer(82, 'Omar', 'omar'),
    [140, 'l', "Hi, Omar here with the Virginia Talking Book Center. Veterans get priority service in the NLS program. Your dad can apply online at vatbc.org/apply; the form has a section for whoever certifies his vision loss. Once he's approved, the player and the books come by free mail.", as(OMAR)],
    [146, 'l', 'Does that help?', as(OMAR)],
    [200, 'p', 'yes that helps a lot. thats all'],
    [206, 'l', 'Thank you, and thank your dad for his service. Take care!', as(OMAR)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 22 transfer with an internal note only; the receiver answers 130 s after the patron
  s(PAULA, '22 hearing loop in the auditorium (T-coil): shift over, transfer to Simone with a note only, Simone\'s first line 130 s after the patron', [
    [0, 'p', 'does the library auditorium have a hearing loop? my hearing aids have a T-coil'],
    [20, 'l', 'Good evening! Paula here, librarian at Ask Us, Pasadena Public Library.'],
    [26, 'l', 'Is this for an event coming up — do you know which one?'],
    [60, 'p', 'the jazz concert on saturday'],
    [63, 'i', "Simone, can you take this? hearing loop in the Wright auditorium, Sat jazz concert. my shift's over"],
    xfer(66, 'Simone', 'simone'),
    [190, 'l', 'Hi, this is Simone, events librarian at Pasadena Public Library. Yes — the Donald R. Wright Auditorium has a hearing loop over the whole seating area; just switch your hearing aids to T. Receiver headsets are at the auditorium door if you\'d rather use one. Details: pasadenalibrary.org/events/accessibility.', as(SIMONE)],
    [196, 'l', 'Does that answer your question?', as(SIMONE)],
    [240, 'p', 'yes great. thank you!'],
    [246, 'l', 'Anything else I can help with?', as(SIMONE)],
    [270, 'p', 'no thats all'],
    [275, 'l', 'Enjoy the concert! Thanks for chatting.', as(SIMONE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 23 transfer announced (greeting + hold in one line) with no internal note; Spanish after it
  s(HOLLY, '23 sensory storytime for a son with autism (English/Spanish): "I\'ll connect you with my colleague Juan … un momento" and no note, Juan asks age and branch', [
    [0, 'p', 'Hello, my English is not so good. Mi hijo tiene autismo, hay programas en la biblioteca para él?'],
    [24, 'l', "Hi! I'm Holly, a librarian at Ask Us, Montgomery County Public Libraries. I'll connect you with my colleague Juan, who speaks Spanish — un momento, por favor."],
    xfer(30, 'Juan', 'juan'),
    [90, 'l', '¡Hola! Soy Juan, bibliotecario de Montgomery County Public Libraries. ¿Cuántos años tiene su hijo, y qué biblioteca le queda más cerca?', as(JUAN)],
    [150, 'p', 'tiene 6 años. la de wheaton'],
    [156, 'l', 'En Wheaton hay "Sensory Storytime" (cuentos sensoriales) los sábados a las 10:30, para niños con autismo y sus familias: grupos pequeños, luces bajas, y los niños se pueden mover libremente. Está en el calendario en montgomerycountymd.gov/library/events (busque "sensory"). No hay que inscribirse.', as(JUAN)],
    [162, 'l', '¿Es lo que buscaba?', as(JUAN)],
    [220, 'p', 'sí, perfecto. gracias'],
    [226, 'l', '¿Algo más en que le pueda ayudar?', as(JUAN)],
    [250, 'p', 'no, es todo'],
    [255, 'l', '¡Gracias a usted! Que disfruten el cuento.', as(JUAN)],
  ], usual({ transfer: 'fail' })),

  // 24 a disconnect notice with thanks and no check-in (final idle 220 s)
  s(IRMA, '24 bigger print on a Kindle Paperwhite: Libby + Aa steps, no check-in, "It seems we\'ve lost you, so I\'ll be ending this chat. Thanks …" 220 s after the answer', [
    [0, 'p', 'can I get library ebooks in bigger print on my kindle paperwhite? my eyes are getting bad'],
    [24, 'l', 'Hi, Irma here, a librarian at Multnomah County Library.'],
    [30, 'l', 'Do you borrow library ebooks already with Libby, or would this be your first time?'],
    [75, 'p', 'i use libby on my phone'],
    [80, 'l', 'Great. Send the book to your Kindle from Libby (Read With > Kindle), then on the Kindle tap the top of the screen, choose Aa > Font and drag the size up; Bold helps too. Amazon\'s steps are at amazon.com/kindlehelp (search "font size"). The Paperwhite can\'t read aloud, but Libby on your phone can play the audiobook edition of many titles.'],
    [86, 'l', 'Does that help?'],
    [300, 'l', "It seems we've lost you, so I'll be ending this chat. Thanks for contacting Multnomah County Library — chat again anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 25 one line that checks in and gives the notice; the chat ends with no goodbye
  s(CHUCK, '25 SEPTA reduced fare card: "Are you still there? It looks like we may have been disconnected — … I\'ll close this chat." at 250, session ends at 350 with no goodbye', [
    [0, 'p', 'how do i get the reduced fare card for septa, i have a disability'],
    [18, 'l', "Hello, this is Chuck at the Free Library of Philadelphia's Ask a Librarian."],
    [24, 'l', 'Is it the Reduced Fare program for riders with disabilities you want, or CCT paratransit?'],
    [70, 'p', 'reduced fare, i can ride the bus ok'],
    [76, 'l', 'SEPTA\'s Reduced Fare program for riders with disabilities: apply at septa.org/reduced-fare, and SEPTA mails you a Reduced Fare Key card. If you have a Medicare card, that is all the proof of disability you need.'],
    [82, 'l', 'Does that work for you?'],
    [250, 'l', "Are you still there? It looks like we may have been disconnected — if I don't hear back in a minute or two, I'll close this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }), { endAfter: 100 }),

  // 26 holds every ~100 s, one a partial result; campus disability services with no contact
  s(YUSUF, '26 accessible textbooks for a dyslexic student: holds at 96/200/305 (200 a partial result), Bookshare + Learning Ally, "ask your college\'s disability services office" (no contact)', [
    [0, 'p', "Hi, I'm a student at the community college and I have dyslexia. Where can I get my textbooks as audio or in a format my text-to-speech can read? The bookstore only has print"],
    [22, 'l', "Hello! I'm Yusuf, a reference librarian at Pima County Public Library."],
    [28, 'l', 'Which textbooks — do you have the titles or ISBNs? And is your disability documented with the college?'],
    [90, 'p', 'Psychology 2e from OpenStax and Campbell Biology 12th ed. yes I have a letter from my doctor'],
    [96, 'l', 'Thanks! Let me look for both, one moment.'],
    [200, 'l', 'Good news on the first one: Psychology 2e is free from OpenStax at openstax.org, and the web view works with text-to-speech. Still looking for Campbell Biology — hang on.'],
    [305, 'l', 'Still searching — checking which services carry the 12th edition.'],
    [400, 'l', "Found it. Campbell Biology 12th ed. is in Bookshare (bookshare.org), which is free for US students with a reading disability and exports to audio or Word. Learning Ally (learningally.org) has it as human-read audio. For Bookshare, ask your college's disability services office to verify you; they can also request the publisher's accessible PDF."],
    [406, 'l', 'Does that completely answer your question?'],
    [470, 'p', 'yes!! thank you so much, this is everything I needed'],
    [476, 'l', 'Good luck this semester, and thanks for using Ask a Librarian!'],
  ], usual({ referral: 'fail' })),

  // 27 no source: RTD named without a way to reach it
  s(TINA, '27 disability discount on Denver buses: RTD or Access-a-Ride asked, "apply for a special ID card with RTD" (no source, no contact), "thats all thanks"', [
    [0, 'p', 'is there a discount on the bus for disabled ppl in denver'],
    [30, 'l', "Hi, I'm Tina, a librarian at Denver Public Library."],
    [36, 'l', 'Do you ride the regular RTD buses and trains, or do you need Access-a-Ride door-to-door service?'],
    [80, 'p', 'regular rtd bus'],
    [86, 'l', "Yes, RTD has a discounted fare for riders with disabilities. You'd need to apply for a special ID card with RTD and bring proof of your disability."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'ok thats all thanks'],
    [146, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 28 the question only after the first source
  s(VIC, '28 audiobooks on a phone for a mom losing her sight: libbyapp.com first, then "Is she on iPhone or Android?", VoiceOver steps', [
    [0, 'p', 'my mom is going blind, can she get audiobooks on her phone from the library'],
    [14, 'l', 'Hi, Vic at Ask a Librarian, Johnson County Library here.'],
    [19, 'l', "Yes! With the free Libby app (libbyapp.com) she signs in with her library card and can borrow audiobooks; there's a larger text setting too."],
    [25, 'l', 'Is she on iPhone or Android?'],
    [60, 'p', 'iphone'],
    [65, 'l', 'Then VoiceOver works with Libby too — turn it on in Settings > Accessibility > VoiceOver. Did that help?'],
    [100, 'p', 'yes, thank you. thats all'],
    [105, 'l', "You're welcome! Bye."],
  ], usual({ clarify: 'fail' })),

  // 29 pickedUpAt 40 s with the first line at 110; "No rush, take your time!" then 214 s away
  s(ZED, '29 dyslexia and NLS (chat-speak): pickedUpAt 40 s, first line at 110, "No rush, take your time!" then the patron back 214 s later, "sec" hold', [
    [0, 'p', 'hey so im dyslexic can i use that talking books thing for blind ppl or no'],
    [110, 'l', 'hey! Zed here, librarian w/ the Ask Us chat @ Anne Arundel County Public Library'],
    [115, 'l', 'r u in maryland? and do u have any paperwork about the dyslexia, like from school or a dr?'],
    [150, 'p', 'ya glen burnie. i have an IEP from high school somewhere lemme find it'],
    [156, 'l', 'No rush, take your time!'],
    [370, 'p', 'ok found it, its from 2019'],
    [376, 'l', 'sec, checking the rules'],
    [440, 'l', "yes! since 2016 NLS covers reading disabilities like dyslexia. in MD u apply thru the Library for the Blind and Print Disabled at marylandlibraries.org/lbpd/apply. the certification has to be signed by a doctor or psychologist, the IEP alone isnt enough unfortunately. once ur in u can get audiobooks on the BARD Mobile app"],
    [446, 'l', 'that help?'],
    [480, 'p', 'ya kinda annoying about the dr but ok. thats all'],
    [484, 'l', 'np! good luck, bye 👋'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // 30 pickup at exactly 60 s; a hold answered 121 s later; an offer of more instead of the completeness question
  s(SHIRA, '30 braille menu for a restaurant: pickup exactly 60 s, hold answered 121 s later, NFB transcriber list ("e-mail them the text"), "Should I also look for …?", "that\'s it for me"', [
    [0, 'p', 'where can i get my restaurant menu put into braille? want to be ADA friendly'],
    [60, 'l', "Good afternoon and welcome to Ask a Librarian! I'm Shira at Austin Public Library."],
    [66, 'l', 'About how many pages is the menu, and do you need it in a hurry?'],
    [110, 'p', '2 pages. no rush'],
    [115, 'l', 'Let me look into braille transcription services for you.'],
    [236, 'l', 'The National Federation of the Blind keeps a list of braille transcribers at nfb.org/braille-resources, with each one\'s contact details. Several on the list do menus: pick one and e-mail them the text of your menu, and they mail back the brailled copies.'],
    [242, 'l', 'Should I also look for the ADA rules on menus?'],
    [290, 'p', "no, that's it for me. thanks"],
    [295, 'l', 'Glad to help. Bye!'],
  ], usual({ informed: 'fail', complete: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftySeventhRoundDisability.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('21')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "Our colleague Omar at the Virginia Talking Book Center can answer this best."). Message 4 announces the transfer to Omar, and "A transfer of the chat to another provider is not a referral" (RUBRIC Terms, Referral); the one referral is message 7 (Omar): "Your dad can apply online at vatbc.org/apply", reached by its URL. ON v52 (R19): the transfer\'s colleague is no longer read as a referral, and the scorer now gives na: "apply online at vatbc.org/apply" is read as a web page for the patron to use (RUBRIC Terms: "Pointing to a website … for the patron to use is a source, not a referral"), where this label reads applying to the Center as writing to it. LABELS DISAGREE (decision 019; scoring README "Open"): the documents and returning-adults files label ordering or applying on an agency\'s page a source, as RUBRIC\'s "a website … for the patron to use is a source … even when an agency publishes it" reads.',
  [byNo('25')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "apply at septa.org/reduced-fare, and SEPTA mails you a Reduced Fare Key card" tells the patron to apply to an agency outside the chat, which decides and mails the card (write to them: RUBRIC Terms, Referral), reached by its URL. LABELS DISAGREE (decision 019; scoring README "Open"): the documents and returning-adults files label ordering or applying on an agency\'s page a source, as RUBRIC\'s "a website … for the patron to use is a source … even when an agency publishes it" reads.',
  [byNo('27')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "You\'d need to apply for a special ID card with RTD and bring proof of your disability." tells the patron to apply to and bring papers to an agency outside the chat (RUBRIC Terms, Referral: "write to … or visit them … another agency"), with no e-mail, phone, postal address or URL (RTD is named bare).',
  [byNo('30')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 5). Message 5: "The National Federation of the Blind keeps a list of braille transcribers at nfb.org/braille-resources, with each one\'s contact details. … pick one and e-mail them the text of your menu" refers the patron to the transcribers on that list and gives its URL, where each one\'s contact is: a URL comes with the referral (RUBRIC referral.contact: "e-mail, phone, postal address or URL").',
};

describe('fifty-seventh round: disability services and accessibility, checked', () => {
  describeSessions('whole sessions', fiftySeventhRoundDisability.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySeventhRoundDisability.filter((c) => c.name in LEFT_WHY));
});
