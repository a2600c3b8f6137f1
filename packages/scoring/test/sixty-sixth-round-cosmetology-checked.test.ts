/**
 * Sixty-sixth round, theme COSMETOLOGY, BARBERING AND OTHER TRADE LICENSE EXAMS, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: state board hours (Ohio cosmetology, Georgia
 * esthetics, Pennsylvania barbering by school or apprenticeship, Michigan barber apprenticeship), practice exams and study
 * guides (Texas Class A barber, Arizona barber law exam, Milady in a Seattle and a Dallas catalogue), exam timing and
 * retakes (Florida before the 1,200 hours, Ohio practical retakes, Minnesota after passing), accommodations and
 * Spanish-language exams (California, Texas manicurist, Florida barber, Oregon esthetics for a dyslexic student, a Puerto
 * Rico barber license in New Jersey), moving a license between states (Florida to North Carolina, DC to Maryland, New York
 * to Virginia, Missouri reinstatement), and checking a salon or a licence (a Towson nail salon, booth rental in Chicago,
 * gel polish at home in Nevada, a Kentucky school that closed mid-program). Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/cosmetology-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning and welcome to Ask Ohio! I'm Dana, a librarian at …" (01); a pickup at exactly 60 s (03: pass) and
 *   at 61 s (04: fail); "Hi there! Happy to look into that." + a question under the screen name "AskNC Staff 3" (05: names
 *   no one, fail); Spanish "¡Buenas tardes! Soy Lucía, bibliotecaria de …" (06) and a bilingual "¡Hola! Hi, I'm Rosario …"
 *   (07); emoji "Hi! Pip here, librarian at … 😊" (09); "Thanks for contacting Ask a Librarian Delaware! Farah here." (19);
 *   "Hi!" + "This is Theo from the Tulsa City-County Library." over two lines (27: pass); a transfer notice as the first
 *   provider line that also greets and names Kim (17); `pickedUpAt` at 45 s with the first line at 170 (29); no provider
 *   ever joined, a queue line, "anyone???", "nvm" (22);
 *  inquiry: license type, school or apprenticeship, a sponsor, an active license, which exam, exam date, hours done, branch
 *   and format, which part of the state, how long licensed, paperwork in hand; the catalogue given before "Which state board
 *   exam is it …?" (26: fail);
 *  waits: "Let me see what practice material our databases have — one moment." answered 121 s later (02: fail); holds at 88
 *   and 208 exactly 120 s apart, then 92 s to the answer (30: pass); "No problem, take your time." then 180 s to the patron
 *   (16: waiting on the patron, pass); an announced transfer answered 73 s after the notice (17); a silent transfer, the
 *   receiver 90 s after the patron (18: pass); the first line 125 s after `pickedUpAt` (29: fail);
 *  endings: a Lost Call with a greeting only, "Hi again, are you still with me?" at 139 and "Looks like the connection
 *   dropped, so I'll close this chat now. Please come back anytime!" at 320 (10: final idle 301 s, both pass); "Are you
 *   still there?" at 230 and the session's end at 235 (11: final idle 161 s, check-in pass, notice na, no goodbye); a
 *   check-in at 220 and "it seems you've disconnected. I'll end this chat now. Thanks …" at 280 (12: final idle exactly
 *   180 s, both pass); a goodbye 179 s after the answer with no check-in (13: idle fails, notice na); the answer, "Does that
 *   answer your question?" and nothing until `endedAt` 330 s later (28: idle, notice and courteous fail); the patron's "ok
 *   thx 👍" last (09); "We limit each chat to one question and you've gone past that, so I'm going to end the session."
 *   (24: dismissal); "several people are waiting in the queue right now, so I'll stop here. Please chat back in later, or
 *   visit our Business Information Center …" (25: allowed); goodbyes "bye for now!", "Take care.", "thanks for stopping by
 *   the chat!", "goodbye!", "Gracias por escribirnos …", "Hasta mañana.", "Thanks for using Ask a Librarian!", "¡Gracias
 *   por usar Ask a Librarian!", "You're welcome, take care!", "talk to you tonight!", "gracias and goodbye!"; patron-side
 *   "thats all i needed", "That's everything", "eso es todo", "es todo", "thats it", "thats all", "no more questions!",
 *   "that's all i need 🙌", "nada mas" … and "ok thx 👍", "yes thanks", "yeah ok", "ok will do thanks" that do not count;
 *  sources: board pages (cos.ohio.gov, sos.ga.gov, michigan.gov/lara, nccosmeticarts.com, barbercosmo.ca.gov, tdlr.texas.gov,
 *   oregon.gov, labor.maryland.gov, dos.pa.gov, mn.gov, myfloridalicense.com, in.gov, dpor.virginia.gov, pr.mo.gov,
 *   barberboard.az.gov, idfpr.illinois.gov, dol.wa.gov, cosmetology.nv.gov, njconsumeraffairs.gov, kbhc.ky.gov), the NIC
 *   bulletin at nictesting.org, LearningExpress Library through the library site, two catalogues (Milady); none (27: fail);
 *  referrals: the NC Board's licensing staff by phone (05); "I'd also talk to your school's student services office" with
 *   no contact (08: fail); the library's own Business Information Center by phone (25); the Kentucky Board's records staff
 *   by e-mail (30); a branch librarian and Lakewood staff consulted on the patron's behalf, and "I can call around" (14, 15,
 *   16) as no referral;
 *  follow-ups: FU_ME in Spanish, e-mail typed and read back, "mañana antes de las 5", done in 20 h (07: pass); FU_ME with the
 *   e-mail read back and "I'll send what I find" with no when (14: contact fails, on_time pending); FU_LIB with the phone
 *   only in the patron fields, "she'll call you by Wednesday", not done by day 4 (15: contact and on_time fail, code
 *   passes); a promise coded Answered, e-mail read back, "by Thursday", done at exactly 72 h after `endedAt` (16: code
 *   fails, contact and on_time pass); a text follow-up with the phone read back as a question and "tonight", in a source
 *   without codes, done in 5 h (23: code na, contact and on_time pass);
 *  codes: a true Lost Call (10); Lost Call after two patron lines (28); null with no provider (22); "" (26); Practice (21);
 *   left out (`resolutionCode: undefined`, 23);
 *  transfers: a notice that is also the greeting and an internal note that says why (17: pass); a silent transfer with no
 *   note at all (18: fail);
 *  concurrency: three others open through the session's middle, four at once (19: fail); one ending exactly at the start,
 *   two overlapping, one starting exactly at `endedAt` (20: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - keep_informed "after pickup": with `pickedUpAt` at 45 s and the first provider line at 170 (29), the part of the
 *   patron's wait after pickup (45 -> 170 s, 125 s) is a span of waiting on the provider longer than 120 s: fail; the 45 s
 *   before pickup is approachability.pickup's alone (pass);
 * - "Hi there! Happy to look into that." greets but identifies no one, and the screen name "AskNC Staff 3" does not count
 *   (05); "Hi!" and "This is Theo from …" in the first two provider lines together greet and identify (27); Kim's transfer
 *   notice "Hello, this is Kim at Ask a Librarian Florida! I'll connect you …" greets and identifies (17);
 * - "Good luck on the exam! Take care.", "You're welcome, take care!", "Hasta mañana." and "talk to you tonight!" say
 *   goodbye; "Gracias por escribirnos …" thanks the patron;
 * - a referral tells the patron to contact or visit someone: "I'd also talk to your school's student services office" (08)
 *   tells the patron to ask an office, with no way to reach it; "hay que pedir acomodaciones (ADA) … el proceso está en el
 *   Candidate Information Bulletin" (07) names no party to contact and points to a publication (na); "Your school certifies
 *   your hours to the Department" (13) says what a third party does (na); "our Oxon Hill branch has a small business
 *   librarian … I'll pass your question to her" (15), "I'll ask Lakewood" (16) and "I can call around" (14) are staff or
 *   calls made on the patron's behalf (na); "visit our Business Information Center …, 312-555-0192" (25) is the provider's
 *   own library's department, told to visit: a referral with a phone;
 * - "We limit each chat to one question and you've gone past that" tells the patron they reached a limit of questions (24);
 *   "several people are waiting … Please chat back in later, or visit …" is the allowed ending with a way back (25);
 * - followup.on_time "within 72 elapsed hours" includes exactly 72 h (16: done at `endedAt` + 72 h, pass);
 * - "Is 602-555-0123 the best number?" answered "yes that's me" repeats the patron's phone in the chat (23: confirmed);
 * - a `resolutionCode` set to undefined is a field left out (23: code na; the promise still makes it a follow-up session);
 * - the Lost Call's greeting with "What can I help you find?" is not substantive, so 10 has no substantive exchange and its
 *   final idle runs from that greeting (19 s) to the goodbye that invites back (320 s): 301 s.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/cosmetology-labels.ts before anything ran). First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT. Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 121
 * s, at exactly 120 s across two holds, across "take your time", an announced and a silent transfer and 125 s after
 * `pickedUpAt`; final idles of 161, 179, 180 (to a goodbye), 301 and 330 s; concurrency at four and at touching ends;
 * on_time done at 5 h, 20 h and exactly 72 h, not done by day 4, pending at day 1) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every case (patron e-mails typed and read back, a patron phone in the
 * fields only and one read back in the chat, a board phone, a library phone and an agency e-mail beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft); `tsc -p tsconfig.json
 * --noEmit` clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n: number): Line => [sec, 's', `All librarians are helping other patrons. You are number ${n} in the queue.`];

const DANA: Prov = { id: 'dana-c', name: 'Dana', library: 'CML' };
const BRETT: Prov = { id: 'brett-c', name: 'Brett', library: 'HPL-TX' };
const MARCUS: Prov = { id: 'marcus-c', name: 'Marcus', library: 'AFPL' };
const NELL: Prov = { id: 'nell-c', name: 'Nell', library: 'GRPL' };
const STAFF3: Prov = { id: 'asknc3-c', name: 'AskNC Staff 3', library: 'NCLIVE' };
const LUCIA: Prov = { id: 'lucia-c', name: 'Lucía', library: 'LAPL' };
const ROSARIO: Prov = { id: 'rosario-c', name: 'Rosario', library: 'SAPL' };
const OWEN: Prov = { id: 'owen-c', name: 'Owen', library: 'MCL-OR' };
const PIP: Prov = { id: 'pip-c', name: 'Pip', library: 'BCPL-MD' };
const ANA: Prov = { id: 'ana-c', name: 'Ana', library: 'RPL-VA' };
const QUINCY: Prov = { id: 'quincy-c', name: 'Quincy', library: 'FLP' };
const TAMSIN: Prov = { id: 'tamsin-c', name: 'Tamsin', library: 'HCL-MN' };
const VERA: Prov = { id: 'vera-c', name: 'Vera', library: 'JPL-FL' };
const WALT: Prov = { id: 'walt-c', name: 'Walt', library: 'IndyPL' };
const YOLANDA: Prov = { id: 'yolanda-c', name: 'Yolanda', library: 'PGCMLS' };
const GWEN: Prov = { id: 'gwen-c', name: 'Gwen', library: 'DPL-TX' };
const KIM: Prov = { id: 'kim-c', name: 'Kim', library: 'AAL-FL' };
const RAFA: Prov = { id: 'rafa-c', name: 'Rafael', library: 'MDPLS' };
const HUGO: Prov = { id: 'hugo-c', name: 'Hugo', library: 'VBPL' };
const IDA: Prov = { id: 'ida-c', name: 'Ida', library: 'VBPL' };
const FARAH: Prov = { id: 'farah-c', name: 'Farah', library: 'DELIB' };
const SETH: Prov = { id: 'seth-c', name: 'Seth', library: 'KCPL' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'VRQ' };
const JEN: Prov = { id: 'jen-c', name: 'Jen', library: 'PHXPL' };
const ELLIS: Prov = { id: 'ellis-c', name: 'Ellis', library: 'CPL-OH' };
const DEV: Prov = { id: 'dev-c', name: 'Dev', library: 'CPL-IL' };
const FINN: Prov = { id: 'finn-c', name: 'Finn', library: 'SPL-WA' };
const THEO: Prov = { id: 'theo-c', name: 'Theo', library: 'TCCL' };
const IKE: Prov = { id: 'ike-c', name: 'Ike', library: 'LVCCLD' };
const MINA: Prov = { id: 'mina-c', name: 'Mina', library: 'NPL-NJ' };
const ABBY: Prov = { id: 'abby-c', name: 'Abby', library: 'LFPL' };

const s = session;

export const COSMETOLOGY: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Ohio cosmetology hours: "Good morning and welcome to Ask Ohio! I\'m Dana", license type asked, cos.ohio.gov, "thats all i needed"', [
    [0, 'p', 'hi im starting cosmetology school in the fall, how many hours does ohio require for the license??'],
    [22, 'l', "Good morning and welcome to Ask Ohio! I'm Dana, a librarian at Columbus Metropolitan Library."],
    [29, 'l', 'Are you going for the full cosmetology license, or a limited one like nail tech or esthetics?'],
    [70, 'p', 'full cosmetology'],
    [78, 'l', 'Ohio asks for 1,500 clock hours at a licensed school for the cosmetologist license (esthetics and nails need fewer). The State Cosmetology and Barber Board lists every license type and its hours at cos.ohio.gov under Licensing > Cosmetology.'],
    [84, 'l', 'Does this cover what you were after?'],
    [130, 'p', 'yes!! thats all i needed, thank u so much'],
    [136, 'l', "You're very welcome — good luck with school, and bye for now!"],
  ], usual()),

  // 02 a hold answered 121 s later
  s(BRETT, '02 Texas Class A barber practice test: "Let me see what practice material our databases have — one moment." answered 121 s later', [
    [0, 'p', 'where can i find practice test for the texas barber written exam? taking it next month'],
    [18, 'l', "Hi! Brett here, a librarian with Houston Public Library's chat reference."],
    [25, 'l', 'Is it the Class A Barber exam, or the operator/cosmetology one?'],
    [60, 'p', 'class A barber'],
    [66, 'l', 'Let me see what practice material our databases have — one moment.'],
    [187, 'l', 'Back! LearningExpress Library (houstonlibrary.org > eResources > LearningExpress) has a cosmetology and barbering practice section, and the barber candidate handbook with the exam outline is at tdlr.texas.gov/barbers.'],
    [193, 'l', 'Is that the kind of thing you were looking for?'],
    [240, 'p', 'yea thats great'],
    [245, 'l', 'Anything else I can look up?'],
    [270, 'p', 'no im good'],
    [274, 'l', 'Good luck on the exam! Take care.'],
  ], usual({ informed: 'fail' })),

  // 03 pickup at exactly 60 s
  s(MARCUS, '03 Georgia esthetician hours: pickup at exactly 60 s, "Hey there! This is Marcus…", school or apprenticeship asked', [
    [0, 'p', 'what r the esthetician hours in georgia'],
    [60, 'l', "Hey there! This is Marcus with Atlanta-Fulton Public Library's Ask a Librarian. Sorry to keep you waiting."],
    [66, 'l', 'Do you plan to train at a school or through an apprenticeship? The hours are different.'],
    [100, 'p', 'school'],
    [106, 'l', "Through a school it's 1,000 hours for the esthetician license. The Georgia State Board of Cosmetology and Barbers has the requirements and the applications at sos.ga.gov/board-cosmetology-and-barbers."],
    [112, 'l', 'Did that answer it?'],
    [150, 'p', 'yep thanks'],
    [155, 'l', 'Anything else today?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Alright, have a great afternoon — thanks for stopping by the chat!'],
  ], usual()),

  // 04 pickup at 61 s
  s(NELL, '04 Michigan barber apprenticeship: pickup at 61 s, sponsor asked, michigan.gov/lara, "That\'s everything"', [
    [0, 'p', 'Hello. I want to become a barber through an apprenticeship instead of school in Michigan. How many hours do I need to do under a barber?'],
    [61, 'l', 'Good afternoon, and thanks for your patience! Nell here, reference librarian at Grand Rapids Public Library.'],
    [68, 'l', 'Do you already have a licensed barber lined up to sponsor you?'],
    [120, 'p', 'yes my uncle has a shop'],
    [127, 'l', "Michigan's barber apprenticeship is 2,000 hours over at least two years, and your uncle has to hold a barber license. LARA's barber page explains the apprentice license and its forms: michigan.gov/lara (search 'barber apprentice')."],
    [133, 'l', 'Does that help?'],
    [170, 'p', "Yes very much. That's everything, thank you."],
    [176, 'l', 'My pleasure — good luck with the apprenticeship, goodbye!'],
  ], usual({ pickup: 'fail' })),

  // 05 greets but names no one; a referral with a phone
  s(STAFF3, '05 Florida license to North Carolina: "Hi there! Happy to look into that." under a screen name, the Board\'s licensing staff by phone', [
    [0, 'p', 'I have a florida cosmetology license 8 yrs, moving to charlotte. do I have to retake the exam in NC??'],
    [15, 'l', 'Hi there! Happy to look into that.'],
    [21, 'l', 'Is your Florida license active right now?'],
    [55, 'p', 'yes active'],
    [62, 'l', "North Carolina licenses out-of-state cosmetologists by reciprocity when the license is active, so you usually don't retake the exam. The application and fee are on the NC Board of Cosmetic Arts site, nccosmeticarts.com (Licensing > Reciprocity). For questions about your own hours, call the Board's licensing staff at 919-555-0147."],
    [68, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes thx so much'],
    [116, 'l', 'Any other questions?'],
    [140, 'p', 'no'],
    [145, 'l', 'Great, thanks for chatting. Bye!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 06 Spanish: California exam in Spanish
  s(LUCIA, '06 examen de cosmetología en español en California (Spanish): "Soy Lucía, bibliotecaria…", barbercosmo.ca.gov, "eso es todo"', [
    [0, 'p', 'hola buenas, se puede tomar el examen de cosmetologia en español en california?? 🙏'],
    [24, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [31, 'l', '¿Es para la licencia de cosmetología, de barbería o de manicurista?'],
    [75, 'p', 'cosmetologia, ya termine mis horas'],
    [82, 'l', 'Sí: la Junta de Barbería y Cosmetología (Board of Barbering and Cosmetology) ofrece el examen escrito en español, y también en vietnamita y coreano. Cómo solicitarlo está explicado en barbercosmo.ca.gov, en la sección Exámenes.'],
    [88, 'l', '¿Esto responde a su pregunta?'],
    [130, 'p', 'si, eso es todo. muchas gracias!!'],
    [136, 'l', '¡Con gusto! Gracias por escribirnos y que le vaya muy bien en el examen.'],
  ], usual()),

  // 07 partly Spanish; follow-up by me, e-mail read back, "mañana antes de las 5", done in 20 h
  s(ROSARIO, '07 TDLR manicurist exam in Spanish with extra time (partly Spanish, follow-up by me): e-mail read back, "mañana antes de las 5", done in 20 h', [
    [0, 'p', 'hi necesito ayuda. my mom wants to take the TDLR manicurist exam but she reads spanish mejor, and she needs extra time because of her eyes'],
    [20, 'l', '¡Hola! Hi, I\'m Rosario, a librarian at San Antonio Public Library. Con gusto le ayudo.'],
    [27, 'l', '¿Ella ya tiene fecha para el examen, o todavía no se ha registrado con PSI?'],
    [80, 'p', 'todavia no'],
    [88, 'l', 'El examen de manicurista de Texas se ofrece en español. Para tiempo extra, hay que pedir acomodaciones (ADA) antes de registrarse; el proceso está en el Candidate Information Bulletin, en tdlr.texas.gov/cosmet/cosmetology.htm. Quiero confirmar si el formulario existe en español y se lo mando por correo. ¿Cuál es su correo electrónico?'],
    [140, 'p', 'marisol.vega88@example.com'],
    [146, 'l', 'Gracias: marisol.vega88@example.com. Le escribo mañana antes de las 5 de la tarde.'],
    [152, 'l', 'Mientras tanto, ¿le sirve el boletín?'],
    [190, 'p', 'si, gracias. es todo'],
    [196, 'l', '¡Gracias a usted! Hasta mañana.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 08 a referral with no contact
  s(OWEN, '08 Oregon esthetics exam with dyslexia: HLO handbook URL, "I\'d also talk to your school\'s student services office" (no contact)', [
    [0, 'p', "I have dyslexia and I'm scared of the Oregon esthetics written exam. can you get extra time or a reader?"],
    [30, 'l', "Hello, you've reached Owen at Multnomah County Library. That's a really common question, you're not alone."],
    [36, 'l', 'Have you already applied to take the exam, or are you still in school?'],
    [85, 'p', 'still in school, finish in march'],
    [92, 'l', "Oregon's Health Licensing Office handles testing accommodations; the request process is described in the candidate handbook at oregon.gov/oha/PH/HLO (Exams > Testing Accommodations). You'll need documentation from a doctor or learning specialist. I'd also talk to your school's student services office, they often help with the paperwork."],
    [98, 'l', 'Is that helpful?'],
    [140, 'p', 'yes very. thank you'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 09 the patron has the last word
  s(PIP, '09 is this Towson nail salon licensed (emoji): labor.maryland.gov/license, "Does that do it?", patron "ok thx 👍" last', [
    [0, 'p', 'hey how do i check if a nail salon is licensed?? 💅 went to one and they were kinda sketchy lol'],
    [12, 'l', 'Hi! Pip here, librarian at Baltimore County Public Library 😊'],
    [18, 'l', 'Is the salon in Maryland?'],
    [35, 'p', 'ya towson'],
    [40, 'l', "Maryland's Board of Cosmetologists has a free license search for salons and individual techs: labor.maryland.gov/license (choose Cosmetologists). Type the salon's name and it shows whether the license is current."],
    [45, 'l', 'Does that do it?'],
    [80, 'p', 'ok thx 👍'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 10 a true Lost Call
  s(ANA, '10 Virginia straight-razor shaves (Lost Call): greeting only, "are you still with me?" at 139, "connection dropped … come back anytime!" at 320', [
    [0, 'p', 'do barbers in virginia need a separate license to do shaves with a straight razor'],
    [19, 'l', 'Hello! Ana with Ask a Librarian at Richmond Public Library. What can I help you find?'],
    [139, 'l', 'Hi again, are you still with me?'],
    [320, 'l', "Looks like the connection dropped, so I'll close this chat now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 a check-in, no notice, no goodbye (final idle 161 s)
  s(QUINCY, '11 Pennsylvania barber hours, school vs apprentice: answer at 74, "Are you still there?" at 230, session ends at 235 (final idle 161 s)', [
    [0, 'p', 'how many hours to be a barber in PA? school vs apprentice'],
    [16, 'l', "Hi, I'm Quincy, a librarian at the Free Library of Philadelphia."],
    [22, 'l', 'Are you leaning one way already, or comparing both?'],
    [60, 'p', 'comparing'],
    [74, 'l', 'Pennsylvania asks for 1,250 hours at a barber school, or 1,250 hours over at least 18 months as an apprentice under a licensed barber-teacher. Both routes are explained on the State Board of Barber Examiners page at dos.pa.gov (Professional Licensing > Barber Examiners).'],
    [80, 'l', 'Does that get you what you need?'],
    [230, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 12 final idle exactly 180 s: check-in and notice with thanks
  s(TAMSIN, '12 Minnesota license after passing: answer at 100, "still online?" at 220, "it seems you\'ve disconnected … Thanks" at 280 (final idle 180 s)', [
    [0, 'p', 'I passed my cosmetology exam in Minnesota, how long until the license comes and can I work meanwhile?'],
    [21, 'l', 'Good evening! You\'re chatting with Tamsin, a Hennepin County Library librarian.'],
    [28, 'l', 'Did you test for the cosmetologist license or the esthetician one?'],
    [70, 'p', 'cosmetologist'],
    [100, 'l', "The Minnesota Board of Cosmetologist Examiners explains processing times and the rules about working before your license arrives at mn.gov/boards/cosmetology (Licensing > New Applicants). Short version: you can't work on clients until the license shows in their online lookup."],
    [106, 'l', 'Is that what you needed to know? Anything else I can help with?'],
    [220, 'l', 'Just checking, are you still online?'],
    [280, 'l', "I haven't heard back, so it seems you've disconnected. I'll end this chat now. Thanks for using Ask a Librarian!"],
  ], usual({ idle: 'pass', disconnect: 'pass' })),

  // 13 final idle 179 s, goodbye only
  s(VERA, '13 Florida exam before 1,200 hours: answer at 90, no completeness question, goodbye at 269 (final idle 179 s) with no check-in', [
    [0, 'p', 'can i take the florida cosmetology exam before i finish school hours'],
    [20, 'l', 'Hi, this is Vera at Jacksonville Public Library. Glad you reached out.'],
    [26, 'l', 'How many of the 1,200 hours have you finished so far?'],
    [70, 'p', 'about 1000'],
    [90, 'l', 'Florida wants the full 1,200 hours (or a completed program) before you can sit for the exam; the rules and the exam application are at myfloridalicense.com (Cosmetology > Applications). Your school certifies your hours to the Department.'],
    [269, 'l', 'Thanks for chatting with us today, good luck!'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail' })),

  // 14 follow-up by me, e-mail read back, no when
  s(WALT, '14 Indiana night-class cosmetology schools (follow-up by me): e-mail read back, "I\'ll send what I find" with no when', [
    [0, 'p', 'looking for a list of approved cosmetology schools in indiana that do night classes'],
    [25, 'l', "Hello and thanks for contacting Ask-a-Librarian at the Indianapolis Public Library! I'm Walt."],
    [32, 'l', 'Which part of the state are you in? And is it the full cosmetology program you want?'],
    [75, 'p', 'indy east side, yes full program'],
    [82, 'l', "The Indiana State Board of Cosmetology and Barber Examiners lists every licensed school at in.gov/pla/professions/cosmetology-and-barber-home (School Listings), but it doesn't say which have evening classes. I can call around and e-mail you a short list of the ones that do. What's your e-mail?"],
    [130, 'p', 'its deshawn.t@example.net'],
    [136, 'l', "Thanks! I have deshawn.t@example.net. I'll send what I find."],
    [142, 'l', "In the meantime, does the Board's list help?"],
    [180, 'p', 'yeah ok'],
    [186, 'l', 'Anything more I can do?'],
    [205, 'p', 'no'],
    [210, 'l', 'Okay, thank you for using the chat!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 15 follow-up by the patron's library, phone only in the patron fields, "by Wednesday", not done by day 4
  s(YOLANDA, '15 DC barber license to Maryland (follow-up by patron\'s library): phone never mentioned in the chat, "call you by Wednesday", not done by day 4', [
    [0, 'p', 'I have a DC barber license. what do I need to get licensed in Maryland?'],
    [28, 'l', "Hi! This is Yolanda, librarian with Prince George's County Memorial Library System."],
    [35, 'l', 'How long have you held the DC license?'],
    [80, 'p', '6 years'],
    [87, 'l', "Maryland's Board of Barbers grants reciprocity to licensed barbers from other states; the application is on labor.maryland.gov/license/bar (Reciprocity). There may be a practical exam depending on your hours, and our Oxon Hill branch has a small business librarian who knows the board's process well. I'll pass your question to her and she'll call you by Wednesday with the details."],
    [93, 'l', 'Is the board page helpful for now?'],
    [140, 'p', 'yes thanks'],
    [146, 'l', 'Thanks for chatting, have a good evening!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: null, phone: '301-555-0189' } }, { now: T0 + 4 * DAY }),

  // 16 "take your time"; a promise coded Answered; e-mail read back, "by Thursday", done at exactly 72 h
  s(GWEN, '16 Milady exam review at Dallas (coded Answered): "No problem, take your time." 180 s, e-mail read back, "by Thursday", done at exactly 72 h', [
    [0, 'p', 'hi do u have any cosmetology state board study guides i can borrow? texas written exam'],
    [14, 'l', "Hello! Gwen at Dallas Public Library's Ask Us chat here."],
    [20, 'l', 'Do you want a print book, or is an ebook ok? And which branch is closest?'],
    [50, 'p', 'print pls, hold on let me check which branch my card is at'],
    [56, 'l', 'No problem, take your time.'],
    [236, 'p', 'ok its the Lakewood branch'],
    [243, 'l', "Our catalogue (dallaslibrary.org > Catalog) shows Milady Standard Cosmetology Exam Review at Central, with 3 holds. I'll ask Lakewood whether they can get the newer edition and email you by Thursday. What's your email?"],
    [290, 'p', 'b.nguyen.nails@example.com'],
    [296, 'l', 'Got it — b.nguyen.nails@example.com. Does the catalogue record help for now?'],
    [330, 'p', "yes!! that's all i need 🙌"],
    [336, 'l', 'Great, thank you and bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(341 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 Spanish: an announced transfer with a note that says why
  s(KIM, '17 examen de barbero en español en Florida (Spanish): Kim announces the transfer, note why, Rafael 65 s later, myfloridalicense.com', [
    [0, 'p', 'Hola, quiero saber si el examen de barbero en Florida se puede tomar en español'],
    [22, 'l', "Hello, this is Kim at Ask a Librarian Florida! I'll connect you with a colleague who speaks Spanish — one moment please."],
    [26, 'i', 'Rafa, patron writing in Spanish, FL barber exam in Spanish — can you take this one?'],
    xfer(30, 'Rafael', 'rafa-c'),
    [95, 'l', '¡Hola! Soy Rafael, bibliotecario de Miami-Dade Public Library. ¿Ya terminó las 1,200 horas de la escuela de barbería?', as(RAFA)],
    [140, 'p', 'si, el mes pasado'],
    [147, 'l', 'Entonces ya puede solicitar el examen. El DBPR ofrece el examen de barbero en español; la solicitud y la guía del candidato están en myfloridalicense.com (Barbers > Examination). ¿Le sirve esa información?', as(RAFA)],
    [200, 'p', 'si perfecto gracias'],
    [206, 'l', '¿Algo más en que le pueda ayudar?', as(RAFA)],
    [230, 'p', 'no, nada mas'],
    [236, 'l', '¡Gracias por usar Ask a Librarian! Que tenga buen día.', as(RAFA)],
  ], usual({ transfer: 'pass' })),

  // 18 a silent transfer, no note
  s(HUGO, '18 New York esthetics license to Virginia: silent transfer with no note, Ida 90 s after the patron, dpor.virginia.gov', [
    [0, 'p', 'moving from NY to Virginia Beach. does VA take my NY esthetics license or do i start over'],
    [17, 'l', 'Hi! Hugo here at Virginia Beach Public Library.'],
    [24, 'l', 'Is your NY license current, and about how many training hours did your program have?'],
    [70, 'p', 'current, 600 hrs'],
    xfer(78, 'Ida', 'ida-c'),
    [160, 'l', "Hi, Ida stepping in. Virginia's Board for Barbers and Cosmetology licenses out-of-state estheticians by endorsement when the training meets theirs, and 600 hours meets the standard. The endorsement application is at dpor.virginia.gov/Boards/BarbersCosmo.", as(IDA)],
    [166, 'l', 'Does that help?', as(IDA)],
    [210, 'p', 'yes thank you!! thats all'],
    [215, 'l', "You're welcome, take care!", as(IDA)],
  ], usual({ transfer: 'fail' })),

  // 19 four at once
  s(FARAH, '19 Delaware nail tech practical kit: "Thanks for contacting Ask a Librarian Delaware! Farah here.", three other chats open (four at once)', [
    [0, 'p', 'what do i need to bring to the nail tech practical exam in delaware'],
    [26, 'l', 'Thanks for contacting Ask a Librarian Delaware! Farah here.'],
    [33, 'l', 'Is this for the nail technician license through a school program?'],
    [70, 'p', 'yes finished at the school in dover'],
    [77, 'l', 'The Delaware board uses the NIC practical exam; the kit list is in the NIC candidate information bulletin at nictesting.org (Candidate Info > Nail Technology Practical).'],
    [83, 'l', 'Is that the list you were after?'],
    [120, 'p', "yes that's exactly it. no more questions!"],
    [126, 'l', 'Wonderful, goodbye and good luck!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'farah-c', -200, 500), other('f2', 'farah-c', 10, 300), other('f3', 'farah-c', 50, 600)],
  }),

  // 20 three at most, touching ends
  s(SETH, '20 lapsed Missouri license: one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'my missouri cosmetology license expired last yr, can i just renew it or retest??'],
    [15, 'l', "Hi, I'm Seth, a librarian with Kansas City Public Library."],
    [21, 'l', 'Roughly when did it expire?'],
    [50, 'p', 'sept 2024'],
    [57, 'l', "Missouri's Board of Cosmetology and Barber Examiners lets you renew a lapsed license within two years by paying the renewal and a late fee; the steps are at pr.mo.gov/cosbar.asp (Renewal)."],
    [62, 'l', 'Did that help?'],
    [100, 'p', 'yes!'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'no thats it'],
    [124, 'l', 'Thanks for chatting, have a great day!'],
  ], usual(), {}, {
    otherIntervals: [other('s1', 'seth-c', -300, 0), other('s2', 'seth-c', -40, 200), other('s3', 'seth-c', 60, 400), other('s4', 'seth-c', 129, 500)],
  }),

  // 21 Practice
  s(TRAINEE, '21 practice chat (barber exam script): coded Practice, every check na', [
    [0, 'p', 'testing testing - barber exam question'],
    [6, 'l', 'hi, practicing the new script'],
    [12, 'l', 'See ourlibrary.org/test. Anything else?'],
    [20, 'p', 'nope test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 no provider ever joined
  s(NOBODY, '22 is the board office open today: no provider ever joined, "anyone???", "nvm", patron left, code null', [
    [0, 'p', 'is the cosmetology board office open today? need to drop off my application'],
    waitLine(2, 4),
    [150, 'p', 'anyone???'],
    [210, 'p', 'nvm'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 23 a source without codes; a texted follow-up, phone read back, "tonight", done in 5 h
  s(JEN, '23 Arizona barber law practice test (no codes in the source): "I\'ll text it to you tonight. Is 602-555-0123 the best number?", done in 5 h', [
    [0, 'p', 'hi is there a free practice test for arizona barber license'],
    [20, 'l', "Hi! This is Jen at Phoenix Public Library's text & chat service."],
    [27, 'l', 'Do you want the written (theory) part or the state law part?'],
    [60, 'p', 'the state law one, i keep failing it'],
    [67, 'l', "The Arizona Board of Barbers posts its laws and rules at barberboard.az.gov (Statutes & Rules); the law exam is built from those. A barber college instructor here shared a free practice set with us — I'll dig up the link and text it to you tonight. Is 602-555-0123 the best number?"],
    [110, 'p', "yes that's me"],
    [116, 'l', 'Great. Meanwhile, does the rules page help?'],
    [150, 'p', 'ya'],
    [155, 'l', 'Anything else?'],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Thanks, talk to you tonight!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), {
    resolutionCode: undefined, patron: { name: null, email: null, phone: '602-555-0123' }, followUps: [{ doneAt: at(5 * HOUR) }],
  }),

  // 24 a limit of questions, no way back
  s(ELLIS, '24 Ohio barber practical retakes: "We limit each chat to one question and you\'ve gone past that, so I\'m going to end the session." (dismissal)', [
    [0, 'p', 'ok so i failed the ohio barber practical twice. how many times can i retake and do i have to go back to school'],
    [18, 'l', "Hi, Ellis here from Cleveland Public Library's Know It Now chat."],
    [24, 'l', 'Was it the practical or the written part you failed?'],
    [55, 'p', 'practical both times'],
    [62, 'l', "The Ohio Cosmetology and Barber Board's exam page at cos.ohio.gov (Examinations > Retakes) explains retakes and when extra training is required."],
    [68, 'l', 'Does that answer it?'],
    [100, 'p', 'kinda but what about the fee and can i use my own mannequin and do they have it in cincinnati'],
    [110, 'l', "We limit each chat to one question and you've gone past that, so I'm going to end the session."],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 25 others waiting with a way back; the library's own Business Information Center by phone
  s(DEV, '25 booth rental in Chicago: IDFPR lookup, "several people are waiting … Please chat back in later, or visit our Business Information Center … 312-555-0192"', [
    [0, 'p', "Hi, I want to rent a booth at a salon in Chicago. do I need my own license or does the salon's cover me? also how do I check the salon is licensed"],
    [23, 'l', "Good afternoon! I'm Dev, one of the librarians at Chicago Public Library."],
    [30, 'l', 'Are you already a licensed cosmetologist in Illinois?'],
    [65, 'p', 'yes since 2021'],
    [72, 'l', "You need your own active cosmetologist license, and the salon needs its own salon license. You can look up both on IDFPR's License Lookup at idfpr.illinois.gov."],
    [78, 'l', 'Does that cover both parts?'],
    [120, 'p', 'yes! ok also what about taxes for booth renters and insurance and llc stuff'],
    [128, 'l', "Good questions, but several people are waiting in the queue right now, so I'll stop here. Please chat back in later, or visit our Business Information Center on the 4th floor of Harold Washington Library, 312-555-0192 — they're glad to help with booth-rental taxes."],
    [150, 'p', 'ok will do thanks'],
    [156, 'l', 'Thank you, and good luck with the booth!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 26 the first source before the question; code ""
  s(FINN, '26 Milady at Seattle: the catalogue given first, then "Which state board exam is it…?", code ""', [
    [0, 'p', 'do yall have milady books? need to study for state board'],
    [14, 'l', 'Hi! Finn at Seattle Public Library, happy to help.'],
    [20, 'l', "Yes — our catalogue (spl.org, search 'Milady Standard Cosmetology') has the 2023 edition in print and as an ebook, plus the Milady exam review."],
    [26, 'l', 'Which state board exam is it, and is it for cosmetology or barbering?'],
    [60, 'p', 'washington cosmetology'],
    [66, 'l', "Then the exam review book fits well, and the state's candidate bulletin from the testing company is linked at dol.wa.gov (Cosmetology > Exams). Did that help?"],
    [110, 'p', 'yes thank you'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [134, 'l', 'Bye, good luck studying!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 27 greeting over two lines; no source
  s(THEO, '27 Oklahoma barbering vs cosmetology: "Hi!" + "This is Theo from the Tulsa City-County Library.", an answer with no source', [
    [0, 'p', 'is barbering and cosmetology the same license in oklahoma or different'],
    [17, 'l', 'Hi!'],
    [22, 'l', 'This is Theo from the Tulsa City-County Library.'],
    [28, 'l', 'Are you trying to decide which program to enroll in?'],
    [70, 'p', 'yes'],
    [77, 'l', "In Oklahoma they're separate licenses: barbers and cosmetologists train and test separately, and a cosmetology license doesn't cover straight-razor shaves. Which fits depends on the services you want to offer."],
    [83, 'l', 'Does that help you decide?'],
    [120, 'p', 'yeah kinda thx'],
    [126, 'l', 'Anything else?'],
    [140, 'p', 'nah'],
    [144, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 28 Lost Call after two patron lines; final idle 330 s with nothing
  s(IKE, '28 gel polish at home in Nevada: coded Lost Call after two patron lines, answer at 70, session ends at 400 with no check-in or notice', [
    [0, 'p', 'hiii quick q. do nail techs in nevada need a license to do just gel polish at home'],
    [20, 'l', "Hello, you're chatting with Ike at Las Vegas-Clark County Library District."],
    [26, 'l', 'Would you be doing it for paying clients?'],
    [60, 'p', 'ya like for friends for $$'],
    [70, 'l', 'Yes — charging for nail services needs a nail technician license from the Nevada State Board of Cosmetology, even at home; see cosmetology.nv.gov (Licensing > Nail Technologist).'],
    [76, 'l', 'Does that answer your question?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endedAt: at(400) }),

  // 29 partly Spanish; pickedUpAt 45 s, the first line at 170 (125 s after pickup)
  s(MINA, '29 Puerto Rico barber license to New Jersey (partly Spanish): pickedUpAt 45 s, the first line at 170, njconsumeraffairs.gov', [
    [0, 'p', 'hello, mi esposo quiere transferir su licencia de barbero de Puerto Rico a New Jersey, what does he need?'],
    [170, 'l', "Hi, thanks for waiting! I'm Mina, a librarian with the Newark Public Library. ¡Hola!"],
    [177, 'l', 'Is his Puerto Rico license active, and does he have proof of his training hours?'],
    [220, 'p', 'yes active, he has the school papers'],
    [227, 'l', "New Jersey's State Board of Cosmetology and Hairstyling handles barber licenses from outside the state through its licensure-by-endorsement application at njconsumeraffairs.gov/cos (Applications). The Board also offers the written exam in Spanish if he needs to test."],
    [233, 'l', '¿Le sirve? Does that help?'],
    [280, 'p', "si thank you, that's all we needed"],
    [286, 'l', "You're welcome, gracias and goodbye!"],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(45) }),

  // 30 holds at 88 and 208 (exactly 120 s), the answer at 300; the Board's records staff by e-mail
  s(ABBY, '30 Kentucky school closed mid-program: holds at 88 and 208 (120 s apart), answer at 300, the Board\'s student records staff by e-mail', [
    [0, 'p', 'my beauty school closed b4 i finished (had 1,100 hrs). how do i prove my hours to the kentucky board so i can finish somewhere else'],
    [24, 'l', "Hi there, Abby at Louisville Free Public Library's Ask a Librarian — sorry to hear about your school."],
    [31, 'l', 'Do you have any paperwork from the school, like a transcript or hour sheets?'],
    [80, 'p', 'just some monthly hour sheets'],
    [88, 'l', 'Let me look up what Kentucky does when a school closes. Bear with me.'],
    [208, 'l', "Still searching — the Board has a closed-schools page, I'm reading it now."],
    [300, 'l', "Found it: when a school closes, student hour records go to the Kentucky Board of Hairdressers and Cosmetologists, and the transfer-of-hours form is at kbhc.ky.gov (Students > Transfer of Hours). Email the Board's student records staff at kbhc.records@example.gov with copies of your hour sheets and they'll tell you what still counts."],
    [306, 'l', 'Is that what you needed?'],
    [350, 'p', "yes omg thank you, that's everything"],
    [356, 'l', 'Good luck finishing up — thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => COSMETOLOGY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};
/** (no case is LEFT this round; `byNo` is kept for the form.) */
void byNo;

describe('sixty-sixth round: cosmetology, barbering and trade license exams, checked', () => {
  describeSessions('whole sessions', COSMETOLOGY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', COSMETOLOGY.filter((c) => c.name in LEFT_WHY));
});
