/**
 * Sixty-third round, theme STUDENT LOANS AND PAYING FOR COLLEGE, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: FAFSA deadlines (Maryland state grants, a CSS Profile comparison, a FAFSA
 * with parents who have no Social Security number, a special-circumstances appeal at UofL, a queue nobody answered),
 * forgiveness (Teacher Loan Forgiveness in Tulsa, PSLF at a nonprofit hospital, a PSLF count that is short, NURSE Corps at an
 * FQHC, total and permanent disability, bankruptcy, a "debt relief" scam), repayment (income-driven plans, Parent PLUS
 * consolidation and ICR, a Parent PLUS denial, garnishment after default, Sallie Mae cosigner release, a grad-school borrowing
 * limit), lost loans (a servicer gone quiet for six years, a Perkins loan from a closed school), scholarships for adult
 * learners (a 35-year-old mother in nursing school, a 52-year-old at UMGC, Michigan Reconnect, DACA students in Miami),
 * 529 and prepaid plans (apprenticeships in Virginia, a grandparent across state lines, Florida Prepaid at a Georgia
 * college), a GI Bill transfer to a spouse and a transcript hold. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyThirdRoundStudentloans-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon and welcome to AskUsNow! I'm Noor, …" (01); "Howdy! Quinn here, …" (20); a 61 s pickup (04: fail);
 *   the first provider line at exactly 60 s (13: pass); `pickedUpAt` at 60 s with the first line at 170 (05: pickup passes, and
 *   the patron's 170 s wait counts for keep_informed only from pickup, 110 s: pass); "Tess, Tacoma Public Library reference
 *   desk." with no greeting word (09: fail); "Aloha! 🌺 what can i help with today?" naming no one (14: fail); "Hello!" then
 *   "Yusuf from Detroit Public Library here — …" in the second message (25: pass); Spanish "Buenos días, habla Lucía,
 *   bibliotecaria de …" (03) and "Buenas tardes, le saluda Carmen, bibliotecaria de …" (29); mixed "¡Hola! Soy Ana, librarian
 *   at …" (12); chat-speak "hey! Zoe here from LVCCLD Ask a Librarian 🙂" (18); nobody ever joined (28);
 *  inquiry: federal or state deadline, federal or private loans, school and closing year, consolidated or not, 501(c)(3) and
 *   full time, SSDI, years served, Chapter 7; a restatement with no question mark (30: pass); the IRS source given before
 *   "Which state's 529 plan are you in?" (08: fail); a question and no source ever (27: pass);
 *  waits: "No rush, take your time." and the patron back 200 s later (04: not a hold, pass); "Bear with me …" answered exactly
 *   120 s later (06: pass); the patron's "??" inside a 121 s wait (07: fail); a partial result ("Found the main one: … I'm still
 *   checking the school directory for you, one sec.") and the rest 130 s later (02: a hold by the Terms, fail); a transfer
 *   notice answered by the receiver 94 s later (21: pass) and 121 s later (23: fail); a silent transfer, the receiver 110 s after
 *   the patron (22: pass);
 *  endings: final idle exactly 180 s to `endedAt` with "Are you still there?" and "It looks like we've lost you, so I'm going to
 *   close this chat." (15: both pass, courteous fails); exactly 120 s ending at "Thanks for stopping by, and come back anytime!"
 *   with "You still with me?" (16: check-in passes, notice na); 181 s ending on one message that asks "Are you still there?",
 *   says the patron seems disconnected and the session will end, and thanks (17: not a goodbye, so the idle runs to `endedAt`;
 *   check-in, notice and courteous pass); 200 s ending on "hello? u there?" (18: check-in passes, notice and courteous fail);
 *   119 s to a goodbye with no check-in (24: na); a Lost Call closed with "I think you've been disconnected, so I'll end our
 *   chat now. Feel free to come back anytime!" 246 s after the greeting (27); "Sorry, your 15 minutes are up — we limit chats
 *   to 15 minutes. Goodbye." (19: dismissal); "several patrons waiting … Please come back to the chat whenever you're ready"
 *   (20: allowed); the patron's "seriously??", "ok" and "ok thanks" as the last line (19, 20, 30); goodbyes "Great, take care!",
 *   "Mahalo for chatting, take care!", "¡De nada, hasta luego!", "Happy to help — good luck, and thank you for teaching!";
 *   patron-side "thats all i needed", "ok thats all", "eso es todo", "thats everything", "no more questions", "Es todo.", and
 *   "yes thank you", "i think so", "ok gracias" that do not count;
 *  sources: studentaid.gov pages (deadlines, tlf, tcli, loan-simulator, idr, pslf, closed-school, plus-app, es), mhec.maryland.gov,
 *   irs.gov/pub970, virginia529.com, umgc.edu, thedream.us, consumer.ftc.gov, missourimost.org, collegesavings.org,
 *   salliemae.com, cssprofile.collegeboard.org, justice.gov, peoples-law.org, milconnect and va.gov, bhw.hrsa.gov,
 *   myfloridaprepaid.com, michigan.gov/reconnect, the College Board Scholarship Handbook in the catalogue; none (27: fail);
 *  referrals: "Call your district's HR office too" with no contact (02: fail); the Federal Student Aid Information Center by
 *   phone in Spanish (03); the Default Resolution Group by phone (11); MOHELA by phone (17); the college's financial aid office
 *   by URL and phone (30); "I'll pass it to our college and career librarians … they will get back to you" (12: a follow-up,
 *   no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done 71.5 h after the end written at +02:00 (10: pass; the wall
 *   clock alone would read 78.5 h); a promise to call under Answered, phone read back, "by Tuesday", done after 20 h (11: code
 *   fails, contact and on_time pass); FU_LIB with no patron contact anywhere, never recorded at day 5 (12: code, contact and
 *   on_time fail); FU_ME with the e-mail only in `patron.email` ("the e-mail on your account by Thursday"), done 72 h 1 min
 *   after the end (13: contact and on_time fail, code passes); FU_ME, phone typed by the patron, no time said (14: contact
 *   fails, pending); a promise in a source with no codes, e-mail read back, "mañana por la mañana", done after 20 h (29: code
 *   na, contact and on_time pass);
 *  codes: Practice (26); a true Lost Call with a clarifying question (27); Lost Call with no provider and two patron lines
 *   (28: fail); null (18); "" (16); left out (29: na);
 *  transfers: notice + internal note that says why, before the transfer (21: pass); internal note only (22: fail); notice,
 *   then the note only after the transfer (23: fail);
 *  concurrency: three others open at once over this one (24: four, fail); one ending exactly at the start, one starting exactly
 *   at `endedAt`, two overlapping (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - keep_informed counts only the part of a wait after pickup ("the wait before pickup is approachability.pickup's alone"):
 *   with `pickedUpAt` at 60 s and the first provider line at 170, the span counted is 110 s (05: pass);
 * - "No rush, take your time." is not a hold (Terms: "Telling the patron to take their time is not a hold"), so the patron's
 *   200 s search for a statement is waiting on the patron (04); "Found the main one: … I'm still checking the school directory
 *   for you, one sec." gives a partial result and says the search goes on: a hold (02);
 * - "Tess, Tacoma Public Library reference desk." identifies but greets no one (09: fail); "Aloha!" greets but nobody is named
 *   in the text (14: fail); "Howdy!", "Hey there", "Aloha", "Buenos días", "¡Hola!" greet; "habla Lucía, bibliotecaria de …",
 *   "le saluda Carmen, bibliotecaria de …" identify;
 * - "Great, take care!", "¡De nada, hasta luego!" say goodbye; "Mahalo for chatting" and "thank you for teaching!" thank the
 *   patron; "It looks like we've lost you, so I'm going to close this chat." announces the end without thanks or goodbye (15);
 * - "Are you still there? It looks like you may have disconnected, so I'll end this session soon. Thanks for writing in!" thanks
 *   the patron but asks whether they are still there, so it is not a goodbye: the final idle runs to `endedAt` (17: 181 s);
 * - "thats all", "eso es todo", "Es todo.", "no more questions", "thats everything" say explicitly that the patron is done;
 *   "¿Le sirve esta información?", "¿Le ayuda esto?", "¿Le sirve la información por ahora?", "Was that what you were hoping to
 *   find?", "Does this give you what you need?" are the completeness question;
 * - "Call your district's HR office too — someone there has to certify your years of service" tells the patron to call a
 *   department (a referral with no contact: 02 fails); "Contact the financial aid office at your college — …
 *   louisville.edu/financialaid, or call them at 502-555-0170" is a referral with contact (30); "the servicer that holds it now,
 *   with their phone number" (05) tells the patron where a number is, not to call anyone: no referral;
 * - the transfer's internal note must come "before the transfer": a note 2 s after the `transfer` event does not count (23);
 * - Lost Call with the provider's clarifying question: a substantive exchange (a clarifying question counts), so the
 *   information checks apply: clarify passes (no source ever given, any question counts), source, completeness (nothing
 *   given to ask about) and anything_else fail (27); the final idle starts at the greeting, the first non-hold provider
 *   message after the patron's only line;
 * - a `resolutionCode` set to `undefined` is the field left out (it is absent from the JSON): the source has no codes (29: code
 *   na; the promise still makes it a follow-up session);
 * - a `followUps` entry written with another offset is compared in real elapsed time (10).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 30, inquiry.clarify). Label corrections: 0 (RUBRIC reread for case 30: the
 * label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - inquiry.clarify, case 30: "So your family's income has dropped since the tax year the FAFSA uses, and you want your aid to
 *    reflect that." (a restatement with no question mark, before the first source) read as no clarification (fail; RUBRIC
 *    pass: "or restates the question ("so you need…"), before the first message that gives a source").
 * Every timing check (pickup at 61 s, at exactly 60 s by the first line and by `pickedUpAt` with the first line at 170;
 * keep_informed after "take your time", at exactly 120 s after a hold, at 121 s across the patron's "??", 130 s after a partial
 * result, 94/110/121 s across transfers; final idles of 119, 120, 180, 181, 200 and 246 s; concurrency at four and at touching
 * ends; on_time done 71.5 h later at another offset, 20 h, 72 h 1 min, unrecorded at day 5, pending) and every code (Practice,
 * true and false Lost Call, null, "", left out, a promise under Answered, follow-up codes with and without a contact) scored
 * as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, only in `patron.email`; patron phones typed, read back or not; library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). tsc clean for this file.
 * ON v57 as it landed (labelled blind on block W's first cut, before the blind checks' mends; the later mends written partly from
 *   this file): case 30's "So your family's income has dropped since the tax year the FAFSA uses, and you want your aid to reflect
 *   that." restates the question (W30) and runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** ISO time `sec` seconds after T0, written with an offset of `offMin` minutes (the same instant as `at(sec)`). */
const atOff = (sec: number, offMin: number): string => {
  const d = new Date(T0 + sec * 1000 + offMin * 60_000);
  const a = Math.abs(offMin);
  return `${d.toISOString().slice(0, 19)}${offMin >= 0 ? '+' : '-'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
};

const NOOR: Prov = { id: 'noor-l', name: 'Noor', library: 'EPFL' };
const MILES: Prov = { id: 'miles-l', name: 'Miles', library: 'TCCL' };
const LUCIA: Prov = { id: 'lucia-l', name: 'Lucía', library: 'QPL' };
const GRETA: Prov = { id: 'greta-l', name: 'Greta', library: 'DPL-CO' };
const OMAR: Prov = { id: 'omar-l', name: 'Omar', library: 'CPL-OH' };
const RUTH: Prov = { id: 'ruth-l', name: 'Ruth', library: 'SLCO' };
const PETRA: Prov = { id: 'petra-l', name: 'Petra', library: 'ASKCO' };
const HIRO: Prov = { id: 'hiro-l', name: 'Hiro', library: 'FCPL-VA' };
const TESS: Prov = { id: 'tess-l', name: 'tess.r', library: 'TPL-WA' };
const VIVIAN: Prov = { id: 'vivian-l', name: 'Vivian', library: 'PGCMLS' };
const DWAYNE: Prov = { id: 'dwayne-l', name: 'Dwayne', library: 'BPL-AL' };
const ANA: Prov = { id: 'ana-l', name: 'Ana', library: 'MDPLS' };
const BEN: Prov = { id: 'ben-l', name: 'Ben', library: 'PPL-RI' };
const KAI: Prov = { id: 'kai-l', name: 'Kai Kahale', library: 'HSPLS' };
const LENA: Prov = { id: 'lena-l', name: 'Lena', library: 'RL-SC' };
const IRIS: Prov = { id: 'iris-l', name: 'Iris', library: 'KCPL-MO' };
const JONAH: Prov = { id: 'jonah-l', name: 'Jonah', library: 'HPL-CT' };
const ZOE: Prov = { id: 'zoe-l', name: 'Zoe', library: 'LVCCLD' };
const PAUL: Prov = { id: 'paul-l', name: 'Paul', library: 'CCPL-VA' };
const QUINN: Prov = { id: 'quinn-l', name: 'Quinn', library: 'PPLD' };
const SOL: Prov = { id: 'sol-l', name: 'Sol', library: 'BCPL' };
const WILLA: Prov = { id: 'willa-l', name: 'Willa', library: 'MSLL' };
const TARA: Prov = { id: 'tara-l', name: 'Tara', library: 'VBPL' };
const UMA: Prov = { id: 'uma-l', name: 'Uma', library: 'VBPL' };
const VERA: Prov = { id: 'vera-l', name: 'Vera', library: 'FCPL-MD' };
const WES: Prov = { id: 'wes-l', name: 'Wes', library: 'FCPL-MD' };
const XENIA: Prov = { id: 'xenia-l', name: 'Xenia', library: 'HCPLC' };
const YUSUF: Prov = { id: 'yusuf-l', name: 'Yusuf', library: 'DPL-MI' };
const TRAINEE: Prov = { id: 'trainee-l', name: 'Trainee 12', library: 'TRN' };
const ABBY: Prov = { id: 'abby-l', name: 'Abby', library: 'ACPL' };
const NOBODY: Prov = { id: 'queue-l', name: 'Queue', library: 'AUN' };
const CARMEN: Prov = { id: 'carmen-l', name: 'Carmen', library: 'EPPL' };
const DEREK: Prov = { id: 'derek-l', name: 'Derek', library: 'LFPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. Por favor espere.'];

export const sixtyThirdRoundStudentloans: SessionCase[] = [
  // 01 the plain good session
  s(NOOR, '01 Maryland state grant FAFSA deadline for a daughter at Towson: "welcome to AskUsNow! I\'m Noor", federal or state, mhec.maryland.gov, "thats all i needed"', [
    [0, 'p', 'hi when is the fafsa deadline?? my daughter starts at towson in the fall'],
    [24, 'l', "Good afternoon and welcome to AskUsNow! I'm Noor, a librarian at the Enoch Pratt Free Library."],
    [30, 'l', 'Are you asking about the federal deadline, or the deadline to qualify for Maryland state grants? They are different dates.'],
    [66, 'p', 'the maryland one i guess, for the grants'],
    [73, 'l', "The Maryland Higher Education Commission sets a March 1 priority deadline for most state grants (check this year's date at mhec.maryland.gov, under Financial Aid > Deadlines). The federal deadline is much later — studentaid.gov/apply-for-aid/fafsa/fafsa-deadlines lists both for every state."],
    [79, 'l', 'Is that the date you were after?'],
    [115, 'p', 'yes thank u thats all i needed'],
    [121, 'l', 'Wonderful — best of luck to your daughter at Towson, and thanks for chatting!'],
  ], usual()),

  // 02 a partial result that says the search goes on (a hold), answered 130 s later; the HR office with no contact
  s(MILES, '02 Teacher Loan Forgiveness for a Tulsa Title I teacher: "Found the main one … still checking … one sec." then 130 s, "Call your district\'s HR office" with no contact', [
    [0, 'p', 'im a 3rd grade teacher in tulsa, been at a title 1 school 5 yrs. can my loans get forgiven'],
    [20, 'l', "Hey there, thanks for reaching out to Tulsa City-County Library's Ask a Librarian! This is Miles."],
    [26, 'l', 'Are your loans federal Direct or Stafford loans, or private ones from a bank?'],
    [60, 'p', 'federal i think, direct'],
    [67, 'l', "Found the main one: Teacher Loan Forgiveness, up to $5,000 after five full consecutive years at a low-income school (up to $17,500 for math, science and special ed) — studentaid.gov/tlf. I'm still checking the school directory for you, one sec."],
    [197, 'l', "OK — your school has to be listed in the low-income directory, which you can search by name at studentaid.gov/tcli. Call your district's HR office too — someone there has to certify your years of service on the form."],
    [203, 'l', 'Did that help?'],
    [240, 'p', 'yes!! ok thats all, thanks so much'],
    [245, 'l', 'Happy to help — good luck, and thank you for teaching!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 03 Spanish: parents with no SSN, FSAIC by phone
  s(LUCIA, '03 FAFSA con padres sin número de Seguro Social (Spanish): "habla Lucía, bibliotecaria", studentaid.gov/es, el Centro de Información por teléfono, "eso es todo"', [
    [0, 'p', 'hola, mis papás no tienen seguro social. puedo llenar el FAFSA yo? naci aqui'],
    [30, 'l', 'Buenos días, habla Lucía, bibliotecaria de la Biblioteca Pública de Queens. ¡Con gusto le ayudo!'],
    [36, 'l', '¿Usted depende de sus padres para los impuestos, o ya es estudiante independiente?'],
    [80, 'p', 'dependo de ellos, tengo 18'],
    [87, 'l', 'Sí puede. Los padres sin número de Seguro Social crean su propia cuenta de StudentAid.gov y firman el formulario ellos mismos. Los pasos en español están en studentaid.gov/es (busque "padres sin número de Seguro Social"). Si se atora, llame al Centro de Información de Ayuda Federal para Estudiantes al 1-800-433-3243; atienden en español.'],
    [93, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si mil gracias, eso es todo'],
    [146, 'l', '¡De nada! Gracias por escribirnos y mucho éxito en la universidad.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; "take your time" is not a hold
  s(GRETA, '04 an income-driven plan on $38k: 61 s pickup, "No rush, take your time." and the patron back 200 s later, loan simulator', [
    [0, 'p', 'my loan payment is $640/mo and i make 38k. is there anything cheaper'],
    [61, 'l', "Hi, thanks for waiting! I'm Greta, one of the librarians at Denver Public Library."],
    [67, 'l', 'Are these federal student loans, and are you single or supporting anyone else?'],
    [90, 'p', 'hold on let me find my statement'],
    [96, 'l', 'No rush, take your time.'],
    [296, 'p', 'ok its federal direct loans. single, no kids'],
    [304, 'l', "Then an income-driven repayment plan could lower it a lot, since payments are based on income and family size. The official Loan Simulator at studentaid.gov/loan-simulator estimates your payment under each plan, and you apply at studentaid.gov/idr. The plans have been changing in court, so check there which ones are open now."],
    [310, 'l', 'Is that what you needed?'],
    [350, 'p', 'ya thats helpful'],
    [356, 'l', 'Anything else I can look up for you?'],
    [370, 'p', 'nope'],
    [375, 'l', 'Take care — bye for now!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt 60 s, first line at 170
  s(OMAR, '05 a servicer gone quiet for six years (emoji): pickedUpAt 60 s, first line at 170 (110 s after pickup), studentaid.gov My Aid', [
    [0, 'p', 'how do i find out who has my student loans?? i stopped getting bills like 6 yrs ago 😩'],
    [170, 'l', "Hello, Omar from Cleveland Public Library's KnowItNow chat here — sorry, I was just wrapping up with someone."],
    [176, 'l', 'Were these federal loans, taken out for college here in the US?'],
    [210, 'p', 'yes federal, from 2010-2014'],
    [217, 'l', "Log in at studentaid.gov with your FSA ID and open My Aid: it lists every federal loan and the servicer that holds it now, with their phone number. If you've forgotten the FSA ID, the login page has a Forgot Username link."],
    [223, 'l', 'Does that answer it?'],
    [260, 'p', 'omg yes ok thank u thats all i needed'],
    [266, 'l', 'Good luck, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 06 a hold answered exactly 120 s later
  s(RUTH, '06 a Perkins loan from a closed school: "Bear with me while I look into where those loans went." answered exactly 120 s later, "Great, take care!"', [
    [0, 'p', 'i had a perkins loan from a college that closed down. who do i pay now?'],
    [18, 'l', 'Hi! Ruth here, reference librarian at Salt Lake County Library.'],
    [24, 'l', 'Do you remember the name of the college and about when it closed?'],
    [60, 'p', 'stevens-henager, around 2019 i think'],
    [66, 'l', 'Bear with me while I look into where those loans went.'],
    [186, 'l', "Thanks for hanging on. When a school closes, its Perkins loans are usually assigned to the Department of Education, so they should now show in your account at studentaid.gov (My Aid > Loan Breakdown) with a servicer listed. Closed-school borrowers may also qualify for a discharge: studentaid.gov/closed-school explains it."],
    [192, 'l', 'Did that help?'],
    [230, 'p', 'yes wow i didnt know about the discharge'],
    [236, 'l', 'Anything else you want to check?'],
    [250, 'p', 'no thats it'],
    [255, 'l', 'Great, take care!'],
  ], usual()),

  // 07 "??" inside a 121 s wait
  s(PETRA, '07 Parent PLUS on an income-based plan: the patron\'s "??" inside a 121 s wait, consolidation then ICR', [
    [0, 'p', 'parent plus loan question. i took 60k for my son, can that get on an income based plan??'],
    [22, 'l', 'Good evening, Petra with Ask Colorado here. Happy to help with that.'],
    [28, 'l', 'Have the Parent PLUS loans been consolidated into a Direct Consolidation Loan yet?'],
    [70, 'p', 'no not yet'],
    [130, 'p', '??'],
    [191, 'l', "Sorry, that took me longer than I meant. Parent PLUS loans can only use an income-driven plan after they're consolidated: you consolidate at studentaid.gov/loan-consolidation, then apply for Income-Contingent Repayment (ICR). The Parent PLUS page at studentaid.gov/understand-aid/types/loans/plus/parent walks through it."],
    [197, 'l', 'Does that answer your question?'],
    [240, 'p', 'ok yes. complicated but ok'],
    [246, 'l', 'Anything else?'],
    [258, 'p', 'no'],
    [262, 'l', 'Thanks for chatting with us — take care!'],
  ], usual({ informed: 'fail' })),

  // 08 the source before the question
  s(HIRO, '08 529 money for an apprenticeship: IRS Publication 970 given first, then "Which state\'s 529 plan are you in?", virginia529.com', [
    [0, 'p', 'can 529 money be used for a trade school or apprenticeship?'],
    [19, 'l', 'Hi, Hiro from Fairfax County Public Library here!'],
    [25, 'l', 'Yes for many: since 2019, 529 money can pay for registered apprenticeship costs, and any school eligible for federal aid counts. The IRS explains qualified expenses in Publication 970 (irs.gov/pub970, chapter 7).'],
    [31, 'l', "Which state's 529 plan are you in? Some states treat it differently for state taxes."],
    [70, 'p', 'virginia, invest529'],
    [77, 'l', "Virginia follows the federal rules; Virginia529's own page on trade schools and apprenticeships is at virginia529.com (Using Your Account > Qualified Expenses)."],
    [83, 'l', 'Is that helpful?'],
    [120, 'p', 'super helpful thats everything'],
    [126, 'l', 'Thanks for asking — have a great evening!'],
  ], usual({ clarify: 'fail' })),

  // 09 identifies, greets no one
  s(TESS, '09 scholarships for a 35-year-old mom in nursing school: "Tess, Tacoma Public Library reference desk." (no greeting), Mink Foundation, Live Your Dream', [
    [0, 'p', 'is there a scholarship for moms going back to school at 35'],
    [15, 'l', 'Tess, Tacoma Public Library reference desk.'],
    [21, 'l', 'What will you be studying, and is it a community college or a 4-year school?'],
    [60, 'p', 'nursing at tacoma community college'],
    [67, 'l', "A few to start with: the Patsy Takemoto Mink Education Foundation gives awards to low-income mothers (patsyminkfoundation.org), Soroptimist's Live Your Dream Award is for women who head their households (liveyourdream.org), and TCC's foundation lists its own scholarships at tacomacc.edu (Foundation > Scholarships). The College Board's Scholarship Handbook is in our catalogue at tacomalibrary.org too."],
    [73, 'l', 'Do these help for a start?'],
    [110, 'p', 'yes thank you!!'],
    [115, 'l', 'Anything else today?'],
    [130, 'p', 'no im good'],
    [134, 'l', 'Good luck with nursing school! Bye.'],
  ], usual({ greeting: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Friday", done 71.5 h later written at +02:00
  s(VIVIAN, '10 scholarships for a 52-year-old at UMGC (follow-up by me): e-mail read back, "by Friday", done 71.5 h after the end, written at +02:00', [
    [0, 'p', 'Hello, I am 52 and going back for my bachelors online. Are there scholarships for people my age?'],
    [26, 'l', "Hello, and thank you for contacting AskUsNow! I'm Vivian, a librarian with Prince George's County Memorial Library System."],
    [32, 'l', 'What field are you studying, and at which school?'],
    [80, 'p', 'Business administration, University of Maryland Global Campus'],
    [87, 'l', "UMGC has scholarships just for adult students; they're listed at umgc.edu/scholarships. I'd like to put together a fuller list of national awards for returning adults too. May I e-mail it to you?"],
    [130, 'p', 'Yes please. gloria.ames55@example.com'],
    [136, 'l', "Thank you — I have gloria.ames55@example.com. I'll send the list by Friday."],
    [142, 'l', 'Does the UMGC page help in the meantime?'],
    [180, 'p', 'Yes it does. That is all I needed, thank you.'],
    [186, 'l', 'You are very welcome. Thanks for using AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: atOff(191 + 71 * HOUR + 1800, 120) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise to call back under Answered; the Default Resolution Group by phone
  s(DWAYNE, '11 wage garnishment after a 2008 default: Default Resolution Group by phone, "call you by Tuesday", phone read back, coded Answered, done after 20 h', [
    [0, 'p', 'they are taking 15% of my paycheck for a student loan i defaulted on in 2008. how do i stop it'],
    [21, 'l', "Hi, Dwayne here with the Birmingham Public Library. Sorry you're going through that."],
    [27, 'l', 'Is the garnishment from the Department of Education (a federal loan) or from a private lender with a court order?'],
    [66, 'p', 'federal, the letter says dept of education'],
    [73, 'l', 'For federal loans the Default Resolution Group handles this: call them at 1-800-621-3115 and ask about loan rehabilitation (nine affordable payments) or consolidation to get out of default. The options are explained at studentaid.gov/manage-loans/default/get-out.'],
    [79, 'l', "There's also a hearing you can request to challenge the garnishment. I'll find the request form and call you with where to send it — what's a good number?"],
    [120, 'p', '205-555-0147'],
    [126, 'l', "205-555-0147, got it. I'll call you by Tuesday."],
    [132, 'l', 'Does the Default Resolution Group info help for now?'],
    [170, 'p', 'yes thank you'],
    [176, 'l', 'Thank you for reaching out — take care.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }), { followUps: [{ doneAt: at(181 + 20 * HOUR) }] }),

  // 12 partly Spanish; follow-up by the patron's library with no contact anywhere, never recorded
  s(ANA, '12 becas para un estudiante DACA en Miami (partly Spanish, follow-up by patron\'s library): thedream.us, "they will get back to you this week", no contact, not recorded at day 5', [
    [0, 'p', 'hola, my son is a dreamer (DACA), puede pedir becas en florida? he is senior in high school'],
    [28, 'l', '¡Hola! Soy Ana, librarian at Miami-Dade Public Library System. Welcome!'],
    [34, 'l', '¿Su hijo va a ir a una universidad pública de Florida o a una privada?'],
    [80, 'p', 'publica, FIU o miami dade college'],
    [87, 'l', "DACA students can't get federal aid, but many private scholarships accept them. TheDream.US tiene becas para estudiantes DACA en colleges asociados, incluido Miami Dade College: thedream.us. ¿Le ayuda esto?"],
    [140, 'p', 'si, y FIU?'],
    [146, 'l', "Good question — I'm not sure about FIU's own awards. I'll pass it to our college and career librarians at the branch and they will get back to you this week."],
    [180, 'p', 'ok gracias'],
    [185, 'l', '¡De nada, hasta luego!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 13 follow-up by me: e-mail only in patron.email; done 72 h 1 min after the end; pickup exactly 60 s
  s(BEN, '13 PSLF at a nonprofit hospital (follow-up by me): pickup at exactly 60 s, "the e-mail on your account by Thursday", done 72 h 1 min after the end', [
    [0, 'p', 'does working for a nonprofit hospital count for public service loan forgiveness'],
    [60, 'l', 'Good morning! This is Ben, a librarian at Providence Public Library.'],
    [66, 'l', 'Is the hospital a 501(c)(3), and are you full-time there?'],
    [100, 'p', 'yes 501c3, full time RN'],
    [107, 'l', "Then it should qualify: PSLF counts full-time work at any 501(c)(3) nonprofit. You can confirm your employer in the PSLF Help Tool at studentaid.gov/pslf (search by the hospital's EIN), which also makes the employment certification form."],
    [113, 'l', "I'll also check whether your hospital is already in the employer database and send you what I find at the e-mail on your account by Thursday."],
    [119, 'l', 'Does the Help Tool link answer your question for now?'],
    [160, 'p', 'yes, thanks. no more questions'],
    [166, 'l', 'Thank you, have a good day!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'n.pereira.rn@example.org', phone: null }, followUps: [{ doneAt: at(171 + 72 * HOUR + 60) }] }, { now: T0 + 5 * DAY }),

  // 14 names no one; follow-up by me, phone typed, no time
  s(KAI, '14 a UH Manoa transcript hold over $900 (emoji, follow-up by me): "Aloha! 🌺 what can i help with today?" naming no one, phone typed, no time said', [
    [0, 'p', 'hiii how do i get my transcripts if i still owe the college $ 🙃 they wont release them'],
    [17, 'l', 'Aloha! 🌺 what can i help with today?'],
    [23, 'l', 'Which college is holding them, and is the balance a tuition bill or a student loan?'],
    [60, 'p', 'UH manoa, its tuition like 900 bucks'],
    [67, 'l', "A federal rule from July 2024 stops colleges from withholding transcripts for terms paid with federal aid, so it depends what the balance covers. UH Manoa's registrar explains holds at manoa.hawaii.edu/records (Transcripts > Holds)."],
    [73, 'l', "I can look into whether UH has a payment plan that releases the hold and call you about it. What number?"],
    [110, 'p', '808 555 0163'],
    [116, 'l', 'Thanks! Does the registrar page help in the meantime?'],
    [150, 'p', 'ya kinda'],
    [156, 'l', 'Anything else?'],
    [170, 'p', 'nah thats it ty'],
    [175, 'l', 'Mahalo for chatting, take care!'],
  ], usual({ greeting: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 15 final idle exactly 180 s to endedAt: check-in and notice, no thanks
  s(LENA, '15 a $899 "forgiveness" company: FTC warning, "Are you still there?" at 182, "It looks like we\'ve lost you, so I\'m going to close this chat." at 237 (180 s to the end)', [
    [0, 'p', 'a company called saying they can get my loans forgiven for a $899 fee. legit?'],
    [20, 'l', 'Hi, Lena at Richland Library Ask Us here.'],
    [26, 'l', 'Did they say they were from the Department of Education, or from a private company?'],
    [55, 'p', 'private company, "student relief center" something'],
    [62, 'l', "That's a classic scam sign: you never have to pay for help with federal loan forgiveness or repayment plans, and the official applications on studentaid.gov are free. The FTC's warning is at consumer.ftc.gov (search \"student loan debt relief scams\"). Does that answer it?"],
    [182, 'l', 'Are you still there?'],
    [237, 'l', "It looks like we've lost you, so I'm going to close this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 16 final idle exactly 120 s to a goodbye; code ""
  s(IRIS, '16 a Missouri grandparent and an Oregon grandson\'s 529: "You still with me?" at 142, goodbye at 172 (120 s), code ""', [
    [0, 'p', 'can a grandparent open a 529 for a grandkid in another state?'],
    [15, 'l', "Hello! Iris at Kansas City Public Library's Ask a Librarian."],
    [21, 'l', 'Which state do you live in? Some states give a tax deduction only for their own plan.'],
    [45, 'p', 'missouri, grandson is in oregon'],
    [52, 'l', "Yes — anyone can open a 529 for any beneficiary, in any state's plan. Missouri's MOST 529 gives Missouri taxpayers a state deduction (missourimost.org), and the College Savings Plans Network compares all the plans at collegesavings.org. Does that help?"],
    [142, 'l', 'You still with me?'],
    [172, 'l', 'Thanks for stopping by, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 17 final idle 181 s on one message that asks, notices and thanks
  s(JONAH, '17 a PSLF count short by 22 payments: MOHELA by phone, one last line asks "Are you still there?", says disconnected, thanks (181 s to the end)', [
    [0, 'p', 'my pslf count says 98 payments but i think i have 120. who do i fix that with'],
    [22, 'l', 'Hi there, Jonah from Hartford Public Library here.'],
    [28, 'l', 'Do you have pay stubs or employment certification forms that show the missing months?'],
    [70, 'p', 'yes i have ECFs from 2015 to 2019'],
    [76, 'l', "Then you can ask for a reconsideration of your PSLF count through the PSLF Reconsideration form in your studentaid.gov account (My Activity > PSLF Reconsideration). Your servicer, MOHELA, handles PSLF — call them at 1-888-866-4352 if the counts still don't match."],
    [82, 'l', 'Did that help?'],
    [252, 'l', "Are you still there? It looks like you may have disconnected, so I'll end this session soon. Thanks for writing in!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 18 final idle 200 s ending on a check-in; code null
  s(ZOE, '18 getting mom off a Sallie Mae loan as cosigner (chat-speak): "hey! Zoe here 🙂", salliemae.com, last line "hello? u there?" (200 s), code null', [
    [0, 'p', 'how do i get my mom off as cosigner on my sallie mae loan lol she wants off'],
    [14, 'l', 'hey! Zoe here from LVCCLD Ask a Librarian 🙂'],
    [20, 'l', 'how many on-time payments have u made so far?'],
    [50, 'p', 'like 14?'],
    [57, 'l', 'Sallie Mae lets you apply for cosigner release after 12 on-time principal-and-interest payments in a row, if you pass the credit check on your own. the details + application are on salliemae.com (Manage Your Loan > Cosigner Release).'],
    [63, 'l', 'does that help?'],
    [252, 'l', 'hello? u there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 19 "your 15 minutes are up"
  s(PAUL, '19 a Parent PLUS denial: studentaid.gov/plus-app, then "Sorry, your 15 minutes are up — we limit chats to 15 minutes. Goodbye.", patron "seriously??"', [
    [0, 'p', 'my parent plus loan got denied. what happens now for my kid?'],
    [20, 'l', 'Hi, this is Paul at Chesterfield County Public Library.'],
    [26, 'l', "Was it denied for adverse credit, and has your child's school seen the denial yet?"],
    [60, 'p', 'yes credit. school knows'],
    [67, 'l', "When a Parent PLUS is denied, your child can borrow more unsubsidized Direct Loans — $4,000 or $5,000 more a year, depending on year in school. The PLUS page explains that and the appeal (endorser) option: studentaid.gov/plus-app."],
    [73, 'l', 'Does that help?'],
    [110, 'p', 'kind of. can you explain what an endorser is? and also how the appeal works and how long it takes'],
    [118, 'l', 'Sorry, your 15 minutes are up — we limit chats to 15 minutes. Goodbye.'],
    [130, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 several patrons waiting, come back
  s(QUINN, '20 FAFSA vs CSS Profile, then four more questions: "Howdy! Quinn here", "several patrons waiting … Please come back to the chat", patron "ok"', [
    [0, 'p', 'whats the difference between fafsa and css profile'],
    [18, 'l', 'Howdy! Quinn here, librarian with Pikes Peak Library District.'],
    [24, 'l', 'Is your student applying to private colleges? The CSS Profile is mostly used by them.'],
    [55, 'p', 'yes a few privates'],
    [62, 'l', "The FAFSA (studentaid.gov) is the federal form every school uses. The CSS Profile is run by the College Board (cssprofile.collegeboard.org), and about 250 mostly private colleges use it for their own aid; it asks more, like home equity. Did that answer it?"],
    [100, 'p', 'yes. ok next, how does work study work, what is EFC vs SAI, how do i appeal an award, and which scholarships are best for engineering'],
    [108, 'l', "Those are all good questions, but there are several patrons waiting for a librarian right now. Please come back to the chat whenever you're ready for the next ones — we'll be glad to help."],
    [125, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 21 a transfer with a notice and a note that says why
  s(SOL, '21 federal loans in Chapter 7 bankruptcy: transfer notice + internal note why, Willa answers 94 s after the notice, justice.gov attestation', [
    [0, 'p', 'can student loans be discharged in bankruptcy now? heard the rules changed'],
    [21, 'l', 'Hello, Sol with AskUsNow! at Baltimore County Public Library — good question.'],
    [27, 'l', 'Are you thinking of a Chapter 7, and are the loans federal?'],
    [60, 'p', 'chapter 7 probably, federal loans'],
    [66, 'l', "Let me bring in Willa, our law librarian partner — I'm transferring the chat to her now, one moment."],
    [69, 'i', 'Willa, patron asking about discharging federal student loans in Ch. 7 (the 2022 DOJ attestation process). Law q — can you pick up?'],
    xfer(72, 'Willa', 'willa-l'),
    [160, 'l', "Hi, I'm Willa, a law librarian at the Maryland State Law Library. Since late 2022 the Justice Department uses a simpler attestation form for discharging federal loans in bankruptcy; the form and guidance are at justice.gov/civil/student-loan-guidance. The People's Law Library explains the steps in plain language at peoples-law.org (search \"bankruptcy student loans\").", as(WILLA)],
    [166, 'l', 'Is that what you were looking for?', as(WILLA)],
    [210, 'p', 'yes, thats everything. thanks'],
    [216, 'l', 'Thanks for chatting, and good luck!', as(WILLA)],
  ], usual({ transfer: 'pass' })),

  // 22 a silent transfer
  s(TARA, '22 a Navy husband\'s GI Bill for his wife: internal note only, silent transfer, Uma 110 s after the patron, milConnect and va.gov', [
    [0, 'p', 'my husband is active duty navy. can he give me his GI bill for college'],
    [25, 'l', 'Good afternoon! Tara here, a librarian at Virginia Beach Public Library.'],
    [31, 'l', 'Has he served at least six years, and can he commit to four more?'],
    [70, 'p', 'he has 8 years in, re-enlisting'],
    [76, 'i', 'Uma, Post-9/11 GI Bill transfer to spouse q — you know the VA side, can you take it?'],
    xfer(79, 'Uma', 'uma-l'),
    [180, 'l', "Hi, Uma here, also with Virginia Beach Public Library. With 6+ years served and a 4-year commitment, he can request the transfer while still on active duty through milConnect (milconnect.dmdc.osd.mil > Education > Transfer of Eligibility). The VA's page explains the rules: va.gov/education/transfer-post-9-11-gi-bill-benefits.", as(UMA)],
    [186, 'l', 'Does that help?', as(UMA)],
    [230, 'p', 'yes thank you so much'],
    [236, 'l', 'Anything else I can help with?', as(UMA)],
    [250, 'p', 'no that covers it'],
    [254, 'l', 'Thanks for chatting — best of luck!', as(UMA)],
  ], usual({ transfer: 'fail' })),

  // 23 an announced transfer, the note only after it; the receiver 121 s after the notice
  s(VERA, '23 NURSE Corps for an RN at an FQHC: transfer notice, internal note 2 s after the transfer, Wes answers 121 s after the notice', [
    [0, 'p', 'I am an RN working in a rural clinic. Is there a program that pays off nursing school loans?'],
    [20, 'l', 'Hi and welcome to Ask Us Now! This is Vera, a librarian with Frederick County Public Libraries.'],
    [26, 'l', 'Is the clinic a nonprofit or public facility in a shortage area, do you know?'],
    [65, 'p', 'It is a federally qualified health center I think'],
    [71, 'l', "Our health sciences librarian Wes knows these programs well; I'm transferring you to him now, please hold."],
    xfer(74, 'Wes', 'wes-l'),
    [76, 'i', 'Wes — RN at an FQHC asking about nursing loan repayment (NURSE Corps?). Thanks!'],
    [192, 'l', 'Hi, Wes here. The HRSA NURSE Corps Loan Repayment Program pays up to 60% of nursing school debt for two years of work at a critical shortage facility, and FQHCs usually qualify. Details and the application window: bhw.hrsa.gov/funding/apply-loan-repayment/nurse-corps.', as(WES)],
    [198, 'l', 'Is that helpful?', as(WES)],
    [240, 'p', 'Very. That is all I needed.'],
    [246, 'l', 'Great — thanks for chatting with us!', as(WES)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 four at once; final idle 119 s to a goodbye
  s(XENIA, '24 Florida Prepaid at a Georgia college: myfloridaprepaid.com, goodbye 119 s after the answer with no reply, three other chats open at once (four)', [
    [0, 'p', 'we have florida prepaid but my daughter picked a college in georgia. do we lose the money?'],
    [26, 'l', 'Good evening, Xenia at Tampa-Hillsborough County Public Library here. Thanks for writing in!'],
    [32, 'l', 'Is it the Prepaid Plan or the Florida 529 Savings Plan?'],
    [70, 'p', 'prepaid plan, 4 year university'],
    [77, 'l', "You don't lose it: the Prepaid Plan can pay an out-of-state or private school, up to what it would have paid a Florida public university. The rules are under Using Your Plan at myfloridaprepaid.com."],
    [83, 'l', 'Did that answer your question?'],
    [196, 'l', 'Thanks for chatting, and congratulations to your daughter!'],
  ], usual({ anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('x1', 'xenia-l', -100, 200), other('x2', 'xenia-l', 10, 300), other('x3', 'xenia-l', 90, 500)],
  }),

  // 25 three at most, touching ends; greeting split over two messages
  s(YUSUF, '25 Michigan Reconnect for a 31-year-old with a GED: "Hello!" then "Yusuf from Detroit Public Library here — …", touching chats (three at most)', [
    [0, 'p', 'im 31, is there free community college in michigan for adults'],
    [16, 'l', 'Hello!'],
    [22, 'l', 'Yusuf from Detroit Public Library here — do you have a high school diploma or GED, and have you finished any college degree yet?'],
    [55, 'p', 'i have my GED, no degree'],
    [62, 'l', 'Then Michigan Reconnect is for you: it covers in-district community college tuition for residents 21 and older without a degree. Check eligibility and apply at michigan.gov/reconnect.'],
    [68, 'l', 'Was that what you were hoping to find?'],
    [100, 'p', 'yesss exactly, thats all'],
    [106, 'l', 'Good luck, and thanks for using the chat!'],
  ], usual(), {}, {
    otherIntervals: [other('y1', 'yusuf-l', -300, 0), other('y2', 'yusuf-l', -50, 60), other('y3', 'yusuf-l', 40, 400), other('y4', 'yusuf-l', 111, 500)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (FAFSA deadline macro): coded Practice, every check na', [
    [0, 'p', 'test: fafsa deadline macro'],
    [5, 'l', 'Testing: FAFSA deadlines are at studentaid.gov/fafsa-deadlines'],
    [10, 'p', 'ok works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 a true Lost Call with a clarifying question
  s(ABBY, '27 grad school borrowing limits (Lost Call): greeting, a clarifying question, "Are you still there?" at 146, "disconnected … come back anytime" at 266', [
    [0, 'p', 'how much can i borrow in student loans as a grad student'],
    [20, 'l', "Hi! You're chatting with Abby, a librarian at Allen County Public Library."],
    [26, 'l', "Is this for a master's or a professional program like law or medicine, and are you looking at federal loans only?"],
    [146, 'l', 'Are you still there?'],
    [266, 'l', "I think you've been disconnected, so I'll end our chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 no provider ever joined (Spanish), Lost Call with two patron lines
  s(NOBODY, '28 error con el número de Seguro Social de la mamá en el FAFSA (Spanish): nobody joined, "hay alguien?", patron left, coded Lost Call', [
    [0, 'p', 'buenas tardes, necesito ayuda con el FAFSA, me sale error con el numero de seguro social de mi mamá'],
    busy(3),
    [140, 'p', 'hay alguien?'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 Spanish; no codes in the source, a promise with e-mail read back and a time
  s(CARMEN, '29 cancelación por discapacidad (TPD) con SSDI (Spanish): no resolution code field, e-mail read back, "mañana por la mañana", done after 20 h', [
    [0, 'p', 'Buenas tardes. Mi esposo quedó discapacitado y tiene préstamos estudiantiles. ¿Se los pueden perdonar?'],
    [24, 'l', 'Buenas tardes, le saluda Carmen, bibliotecaria de la Biblioteca Pública de El Paso.'],
    [30, 'l', '¿Su esposo recibe beneficios de discapacidad del Seguro Social (SSDI o SSI), o tiene una carta de un médico?'],
    [75, 'p', 'Sí, recibe SSDI desde 2021.'],
    [82, 'l', 'Entonces puede pedir la cancelación por discapacidad total y permanente (TPD). La información en español está en studentaid.gov/es (Gestionar préstamos > Cancelación por discapacidad). Muchas veces la aprueban automáticamente con los datos del Seguro Social.'],
    [88, 'l', 'Voy a buscar la solicitud en español y se la envío por correo. ¿A qué correo electrónico se la mando?'],
    [130, 'p', 'rosa.villalobos@example.com'],
    [136, 'l', 'Perfecto: rosa.villalobos@example.com. Se la mando mañana por la mañana. ¿Le sirve la información por ahora?'],
    [170, 'p', 'Sí, muchas gracias. Es todo.'],
    [176, 'l', 'Con mucho gusto. ¡Gracias por comunicarse con nosotros!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), { resolutionCode: undefined, followUps: [{ doneAt: at(181 + 20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 30 a restatement; the financial aid office by URL and phone; the patron's "ok thanks" last
  s(DEREK, '30 a dad\'s job loss and a UofL aid appeal: restated "So your family\'s income has dropped …", the financial aid office by URL and phone, patron "ok thanks" last', [
    [0, 'p', 'my dad lost his job in january but the fafsa uses 2023 income so my aid is way too low. im at UofL. can anything be done'],
    [19, 'l', 'Hi, Derek with Louisville Free Public Library here. Thanks for your question.'],
    [25, 'l', "So your family's income has dropped since the tax year the FAFSA uses, and you want your aid to reflect that."],
    [60, 'p', 'yes exactly'],
    [66, 'l', "You can ask for a special circumstances review (often called a professional judgment appeal). Contact the financial aid office at UofL — louisville.edu/financialaid, or call them at 502-555-0170 — and ask for their special circumstances form. The federal explanation is at studentaid.gov/apply-for-aid/fafsa/filling-out/special-circumstances."],
    [72, 'l', 'Does this give you what you need?'],
    [110, 'p', 'i think so'],
    [115, 'l', 'Good luck with the appeal — thanks for chatting!'],
    [125, 'p', 'ok thanks'],
  ], usual({ anything: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundStudentloans.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: student loans and paying for college, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundStudentloans.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundStudentloans.filter((c) => c.name in LEFT_WHY));
});
