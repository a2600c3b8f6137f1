/**
 * Sixty-fifth round, theme CHILD SUPPORT AND FAMILY COURT FORMS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: support calculators (Texas AG estimator, Maryland shared-custody worksheet,
 * Indiana worksheet, Oregon calculator), modification forms (California FL-300/FL-150, Florida 12.905(b), Arizona parenting
 * plans, North Carolina custody motions, Iowa review and adjustment), state child support agencies (Georgia DCSS by phone,
 * Pennsylvania PACSES, Nevada payments, Missouri FSD, Tennessee unemployment withholding, Delaware tax offsets), paternity
 * (Ohio acknowledgment, Minnesota Recognition of Parentage, Colorado response, a Texas genetic test in Spanish), custody
 * self-help centers (Wake County, Denver, Michigan Friend of the Court) and court forms in Spanish (California, Wisconsin,
 * Illinois). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/childsupport-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); "Hello!" then a question, no one named (03: fail);
 *   the library alone, "this is the Sacramento Public Library reference desk", under the screen name "Reference Desk" (02:
 *   pass); "Hi, you're chatting with a librarian." under "ChatDesk3" (09: pass); Spanish "Soy Marisol, bibliotecaria …" (04)
 *   and "Le atiende Diego, bibliotecario …" (29); bilingual "Hi! This is Elena, a bilingual librarian … ¡Hola!" (30);
 *   chat-speak "hi! Abby w/ Washoe County Library ask a librarian 😊" (25); no provider ever joined (27);
 *  inquiry: income and number of children, court or agency order, overnights, case number, state, income band, urgency,
 *   court date, marital status; the first source given before "Has the baby already been born?" (05: fail);
 *  waits: a hold answered exactly 120 s later (06: pass); "hang on, checking …" answered 122 s later with the patron's
 *   "hello??" in between (07: fail); a Spanish hold "Un momento por favor …" answered 130 s later (30: fail); "No problem,
 *   take your time." then the patron away 224 s (08: waiting on the patron, pass); transfer notices answered 64 s later (22,
 *   23);
 *  endings: final idles of exactly 120 s with no check-in (17: fail), 119 s (19: na), exactly 180 s with a check-in and a
 *   notice that thanks and invites back (18: both pass), 252 s with a check-in and no notice or goodbye (16: disconnect and
 *   courteous fail), 257 s with a notice and no check-in (09: idle fails, notice passes, courteous fails); a Lost Call with
 *   a greeting, a check-in and a notice + invitation (15: final idle 290 s); "Sorry, we only do one question per chat.
 *   That's all I can help with today. Bye." (20: dismissal); "I have several other people waiting … Please chat back in
 *   later today, or call …" (21: allowed); the patron's "ugh ok. thanks i guess" as the last word (28: courteous fails);
 *   patron-side "no more questions", "es todo lo que necesitaba", "that covers everything i needed", "thats all", "es todo"
 *   and "ok thx", "ya ok", "yes thank you", "ya that one works now, thx" that do not count;
 *  sources: state agency and court pages by URL, Virginia Code by URL, Georgia DCSS by phone only (03: a referral's phone is
 *   the source), none in a Spanish answer (29: fail);
 *  referrals: Georgia DCSS by phone (03); Legal Aid NC by phone and a self-serve center by street address (10: pass); "go to
 *   the Friend of the Court office in your county and ask them" (09: fail); a self-help center by phone beside the "other
 *   people waiting" line (21: pass); the patron's home library's legal staff who will call the patron (14: consulted on the
 *   patron's behalf, no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 50 h (11: pass); FU_ME with a conditional "I will
 *   look into it … and get back to you" and no contact anywhere (12: code and contact fail, on_time pending); "I'll e-mail
 *   you a checklist" coded Answered, the e-mail only in `patron.email`, day 5 (13: code, contact and on_time fail); FU_LIB,
 *   phone read back, "within 72 hours", done after 80 h (14: on_time fails);
 *  codes: a true Lost Call (15); Lost Call with two patron lines and no provider (27: fail); "" (28); Practice (26);
 *  transfers: announced, with an internal note before it (22: pass); announced, the internal note 2 s after it (23: fail);
 *  concurrency: three others through the session, four at once (24: fail); one ending at the start, two overlapping, one
 *   starting at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "this is the Sacramento Public Library reference desk" identifies the library (02); "you're chatting with a librarian"
 *   identifies who answers ("librarian") (09); "Hello!" alone does not (03);
 * - "I'll pass your question to your home library's legal reference staff and have them call you" is staff contacted on the
 *   patron's behalf, not a referral (14: na); "go to the Friend of the Court office in your county and ask them" tells the
 *   patron to visit/ask an office (09: a referral with no contact);
 * - "Would that work for what you need?", "Is that the page you were looking for?", "¿Le ayudó esta información?", "¿Es lo
 *   que buscaba?" ask whether what was given meets the need;
 * - an answer without a source still opens followup.completeness (29: info.source fails, it is not na);
 * - "es todo" / "es todo lo que necesitaba" say explicitly that the patron is done (04, 29, 30);
 * - "Sorry, we only do one question per chat." tells the patron they reached a limit of questions (20);
 * - the internal note must come before the transfer: one sent 2 s after it does not satisfy transfer.handoff (23);
 * - "It seems you've disconnected, so I'm closing this chat. Thanks for reaching out, and come back anytime!" is a goodbye
 *   (it thanks and invites back, and does not ask whether the patron is there), so the final idle ends at it (18: 180 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/childsupport-labels.ts). First run as labelled / disagreeing: 30 / 0. Label corrections: 0. Final: 30 running,
 * 0 LEFT (LEFT_WHY is empty). Every timing check (pickup at 60 and 61 s, no provider; keep_informed at 120, 122 and 130 s,
 * across "take your time" and two transfers; final idles of 119, 120, 180, 252, 257 and 290 s; concurrency at four and at
 * touching ends; on_time done at 50 h, late at 80 h, not recorded by day 5, pending at day 1) scored as labelled. The
 * redaction equality of describeSessions holds for every case (a patron e-mail typed and read back, a patron phone read
 * back, an e-mail only in `patron.email`, agency phones and a street address beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-cs', name: 'Dana', library: 'FWPL' };
const SACREF: Prov = { id: 'sacref-cs', name: 'Reference Desk', library: 'SPL-CA' };
const KEISHA: Prov = { id: 'keisha-cs', name: 'Keisha', library: 'APFCL' };
const MARISOL: Prov = { id: 'marisol-cs', name: 'Marisol', library: 'LAPL' };
const BRENT: Prov = { id: 'brent-cs', name: 'Brent', library: 'CML' };
const FIONA: Prov = { id: 'fiona-cs', name: 'Fiona', library: 'AUN' };
const GABE: Prov = { id: 'gabe-cs', name: 'Gabe', library: 'NPL-NJ' };
const HANA: Prov = { id: 'hana-cs', name: 'Hana', library: 'AHPA' };
const CHATDESK: Prov = { id: 'chatdesk3-cs', name: 'ChatDesk3', library: 'MeL' };
const IRENE: Prov = { id: 'irene-cs', name: 'Irene', library: 'WCPL' };
const JORGE: Prov = { id: 'jorge-cs', name: 'Jorge', library: 'FCPL' };
const KIM: Prov = { id: 'kim-cs', name: 'Kim', library: 'TPL-WA' };
const MAEVE: Prov = { id: 'maeve-cs', name: 'Maeve', library: 'OCLS' };
const NADIA: Prov = { id: 'nadia-cs', name: 'Nadia', library: 'HCL' };
const OMAR: Prov = { id: 'omar-cs', name: 'Omar', library: 'DEL' };
const PIA: Prov = { id: 'pia-cs', name: 'Pia', library: 'IndyPL' };
const QUENTIN: Prov = { id: 'quentin-cs', name: 'Quentin', library: 'LFPL' };
const RHEA: Prov = { id: 'rhea-cs', name: 'Rhea', library: 'MPL-WI' };
const SAM: Prov = { id: 'sam-cs', name: 'Sam', library: 'DMPL' };
const TESS: Prov = { id: 'tess-cs', name: 'Tess', library: 'SLCL' };
const URI: Prov = { id: 'uri-cs', name: 'Uri', library: 'DPL-CO' };
const VERA: Prov = { id: 'vera-cs', name: 'Vera', library: 'MCL' };
const WANDA: Prov = { id: 'wanda-cs', name: 'Wanda', library: 'MCL' };
const XAVI: Prov = { id: 'xavi-cs', name: 'Xavi', library: 'PPL-AZ' };
const YARA: Prov = { id: 'yara-cs', name: 'Yara', library: 'PPL-AZ' };
const ZANE: Prov = { id: 'zane-cs', name: 'Zane', library: 'BKLYN' };
const ABBY: Prov = { id: 'abby-cs', name: 'Abby', library: 'WCL-NV' };
const TRAINEE: Prov = { id: 'trainee-cs', name: 'Trainee 2', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-cs', name: 'Queue', library: 'EPPL' };
const CORA: Prov = { id: 'cora-cs', name: 'Cora', library: 'NPL-TN' };
const DIEGO: Prov = { id: 'diego-cs', name: 'Diego', library: 'EPPL' };
const ELENA: Prov = { id: 'elena-cs', name: 'Elena', library: 'CPL-IL' };

const s = session;

export const CHILDSUPPORT: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Texas support estimate (1 child): income and kids asked, texasattorneygeneral.gov estimator, "no more questions 👍"', [
    [0, 'p', 'hi how do i figure out how much child support ill have to pay?? texas. is there like a calculator'],
    [25, 'l', "Hi there, you've reached Dana at Fort Worth Public Library's chat."],
    [31, 'l', 'Roughly what is your monthly take-home pay, and how many kids would the order cover?'],
    [75, 'p', 'like 3200 a month after taxes, 1 kid'],
    [82, 'l', "The Texas Attorney General posts an official estimator: texasattorneygeneral.gov/child-support (scroll to 'Child Support Calculator'). For one child the guideline is 20% of net resources, so yours would land near $640 a month before any adjustments."],
    [88, 'l', 'Did that get you what you needed?'],
    [130, 'p', 'yeah thats perfect, no more questions 👍'],
    [136, 'l', 'Glad it helped — bye for now!'],
  ], usual()),

  // 02 pickup exactly 60 s; the library, no name
  s(SACREF, '02 lowering a California order: pickup at exactly 60 s, "this is the Sacramento Public Library reference desk", FL-300 + FL-150', [
    [0, 'p', 'need to change my child support order, my hours got cut at work. california. what form??'],
    [60, 'l', 'Good morning, this is the Sacramento Public Library reference desk.'],
    [66, 'l', 'Is the order from a California court, and is this about lowering the amount you pay?'],
    [110, 'p', 'yes sac county, want it lowered'],
    [118, 'l', "You'd file a Request for Order (form FL-300) with an Income and Expense Declaration (FL-150). The California Courts self-help guide walks through both: selfhelp.courts.ca.gov/child-support/change-order."],
    [124, 'l', 'Does that answer your question?'],
    [170, 'p', 'ok thx'],
    [175, 'l', 'Anything else I can help you find today?'],
    [200, 'p', 'no'],
    [204, 'l', 'Okay, good luck with the filing. Goodbye!'],
  ], usual()),

  // 03 pickup 61 s; "Hello!" names no one; Georgia DCSS by phone
  s(KEISHA, '03 Georgia missed payments: 61 s pickup, "Hello!" then a question (no one named), "call Georgia DCSS at 1-844-555-0142"', [
    [0, 'p', 'my ex stopped paying support 3 months ago what do i do. georgia'],
    [61, 'l', 'Hello!'],
    [68, 'l', 'Do you already have a case open with the state child support office, or was the order set through a private divorce?'],
    [120, 'p', 'theres a case w the state'],
    [127, 'l', 'Since the state has your case, call Georgia DCSS at 1-844-555-0142 and ask them to start enforcement; the same line takes reports of missed payments.'],
    [133, 'l', 'Did that help?'],
    [180, 'p', 'yes thats all i needed'],
    [185, 'l', "You're welcome, bye!"],
  ], usual({ pickup: 'fail', greeting: 'fail', referral: 'pass' })),

  // 04 Spanish throughout
  s(MARISOL, '04 formularios de custodia en español (Spanish): "Soy Marisol, bibliotecaria…", selfhelp.courts.ca.gov/es, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, necesito los formularios de custodia en español, vivo en los angeles'],
    [30, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [37, 'l', '¿Su caso ya está abierto en la corte o va a empezar uno nuevo?'],
    [90, 'p', 'nuevo, no tengo abogado'],
    [97, 'l', 'Las instrucciones en español para pedir la custodia están en selfhelp.courts.ca.gov/es (busque "custodia"). Los formularios oficiales se presentan en inglés, pero muchos tienen una versión informativa en español.'],
    [103, 'l', '¿Esto responde a su pregunta?'],
    [150, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [156, 'l', '¡Con gusto! Gracias por usar nuestro chat, adiós.'],
  ], usual()),

  // 05 the source comes before the only question
  s(BRENT, '05 Ohio acknowledgment of paternity: JFS 07038 on jfs.ohio.gov given first, then "Has the baby already been born?"', [
    [0, 'p', 'how do we make my boyfriend the legal dad, we arent married, ohio'],
    [20, 'l', 'Hi! This is Brent, librarian at Columbus Metropolitan Library.'],
    [26, 'l', 'In Ohio unmarried parents can sign the Acknowledgment of Paternity Affidavit (JFS 07038); the form and the instructions are on jfs.ohio.gov/ocs (Paternity).'],
    [32, 'l', 'Has the baby already been born?'],
    [80, 'p', 'yes shes 2 months'],
    [86, 'l', 'Then the affidavit still works for you: you both sign it in front of a notary and file it as that page explains.'],
    [92, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes! thats all thank u'],
    [146, 'l', 'Congratulations on the baby, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(FIONA, '06 Maryland 50/50 custody worksheet: "Let me pull up the shared-custody worksheet, one moment." answered exactly 120 s later', [
    [0, 'p', 'is there a calculator for maryland child support. we have shared custody 50/50'],
    [18, 'l', 'Good evening — Fiona here, a librarian with Ask Us Now.'],
    [24, 'l', 'About how many overnights a year does each of you have with the kids?'],
    [70, 'p', 'about half each, 182 / 183'],
    [76, 'l', 'Let me pull up the shared-custody worksheet, one moment.'],
    [196, 'l', "Here it is: Maryland's Child Support Guidelines calculator is at dhs.maryland.gov/child-support-services (Calculate Child Support). With 128 or more overnights each you use Worksheet B, the shared physical custody one."],
    [202, 'l', 'Does that completely answer your question?'],
    [250, 'p', 'yes that covers everything i needed'],
    [256, 'l', 'Thanks for using Ask Us Now, have a good night!'],
  ], usual()),

  // 07 a hold answered 122 s later, the patron's "hello??" in between
  s(GABE, '07 NJ child support complaint (chat-speak): "hang on, checking the NJ Courts forms list" answered 122 s later, "hello??" between', [
    [0, 'p', 'wat form do i need to file for child support in nj i have the kids full time'],
    [22, 'l', 'Hey, Gabe at the Newark Public Library here!'],
    [28, 'l', 'Are you and the other parent already in a court case, or starting fresh?'],
    [60, 'p', 'starting fresh'],
    [66, 'l', 'hang on, checking the NJ Courts forms list'],
    [150, 'p', 'hello??'],
    [188, 'l', 'Sorry! You want the Complaint/Application for Child Support from the NJ Courts self-help pages, njcourts.gov/self-help/child-support. The packet has the form and the filing steps.'],
    [194, 'l', 'does that help?'],
    [230, 'p', 'ya ok'],
    [236, 'l', 'anything else?'],
    [250, 'p', 'nope'],
    [254, 'l', 'cool, good luck, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 "take your time", the patron away 224 s
  s(HANA, '08 Pennsylvania case status: "No problem, take your time." then the patron back 224 s later with the PACSES number', [
    [0, 'p', 'I need to check the status of my child support case in Pennsylvania, how do i do that'],
    [30, 'l', 'Hello and welcome to Ask Here PA! My name is Hana.'],
    [36, 'l', 'Do you have your PACSES case number or member number handy? It changes which option works for you.'],
    [70, 'p', 'its on a letter somewhere, hold on let me find it'],
    [76, 'l', 'No problem, take your time.'],
    [300, 'p', 'ok found it, its a 10 digit number'],
    [308, 'l', "That's your PACSES member number. Sign in at childsupport.pa.gov with it to see payments and case status; the home page has a 'Create Account' link if you haven't set one up."],
    [314, 'l', 'Did that help?'],
    [360, 'p', 'yes!! i can see it now'],
    [366, 'l', 'Great! Anything else I can look up?'],
    [390, 'p', 'no im good'],
    [396, 'l', 'Thanks for chatting, bye!'],
  ], usual()),

  // 09 "a librarian" only; Friend of the Court with no contact; a notice with no check-in
  s(CHATDESK, '09 Michigan custody, child moved to Ohio: "you\'re chatting with a librarian", "go to the Friend of the Court office" (no contact), notice only', [
    [0, 'p', 'how do i get custody papers in michigan, my sons mom moved out of state'],
    [25, 'l', "Hi, you're chatting with a librarian. What state is the child living in now?"],
    [80, 'p', "ohio with her now. we were in michigan before"],
    [88, 'l', "Michigan's custody forms and instructions are on michiganlegalhelp.org (Custody). With the child out of state, which state's court hears it can get complicated, so you should go to the Friend of the Court office in your county and ask them."],
    [94, 'l', 'Does that help?'],
    [340, 'l', "It looks like you've disconnected, so I'm going to close this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', referral: 'fail' })),

  // 10 two referrals, each with a way to reach it
  s(IRENE, '10 modifying a 2021 Raleigh custody order: Legal Aid NC by phone and the Wake self-serve center by street address', [
    [0, 'p', 'Can I get free help filling out a custody motion in Raleigh? I cant afford a lawyer'],
    [28, 'l', "Hi! I'm Irene, a reference librarian at Wake County Public Libraries."],
    [34, 'l', 'Is there already a custody order in place, or would this be your first filing?'],
    [90, 'p', 'there is one from 2021, want to change it'],
    [97, 'l', "You'd be filing a Motion to Modify Custody. Call Legal Aid of North Carolina's helpline at 1-866-555-0199 to ask about free help, and you can also visit the Wake County Family Court self-serve center at 316 Fayetteville St, Raleigh, where staff explain the forms."],
    [103, 'l', 'Would that work for what you need?'],
    [150, 'p', 'yes thats great. thats all'],
    [156, 'l', 'Best of luck — thanks for reaching out!'],
  ], usual({ referral: 'pass' })),

  // 11 follow-up by me: e-mail typed and read back, "by Thursday", done in 50 h
  s(JORGE, '11 Virginia support past 18 (follow-up by me): e-mail read back, "I\'ll e-mail you by Thursday", done in 50 h', [
    [0, 'p', 'hi, my daughter turns 18 in May but is still in high school. does child support stop in Virginia?'],
    [24, 'l', 'Good afternoon, Jorge with the Fairfax County Public Library Ask Us service.'],
    [30, 'l', 'Is the support set by a court order or through the Division of Child Support Enforcement?'],
    [80, 'p', 'court order from 2015'],
    [87, 'l', "Virginia Code § 20-124.2 continues support past 18 for a full-time high school student living at home, until 19 or graduation; the text is at law.lis.virginia.gov. I'd like to look through our Virginia family law treatise for how courts have read it and send you the pages. What e-mail should I use?"],
    [140, 'p', 'mkhoury.fam@example.net'],
    [146, 'l', "Thanks — that's mkhoury.fam@example.net. I'll e-mail you by Thursday."],
    [152, 'l', 'Does the code section answer the main question for now?'],
    [200, 'p', 'yes it does, thank you'],
    [206, 'l', 'Anything else for today?'],
    [220, 'p', 'no thats all'],
    [225, 'l', 'Thanks for contacting Ask Us, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 12 coded follow-up by me, a conditional promise, no contact anywhere
  s(KIM, '12 Washington support schedule worksheets (follow-up by me): "I will look into it … and get back to you", no e-mail or phone', [
    [0, 'p', 'where do i find the washington child support schedule worksheets?? the pdf links are broken on the site'],
    [20, 'l', 'Hello! Kim here, librarian at Tacoma Public Library.'],
    [26, 'l', 'Which site were you on, the courts one or DSHS?'],
    [60, 'p', 'courts.wa.gov'],
    [66, 'l', "The current worksheets are listed at courts.wa.gov/forms under 'Child Support Schedule'. If those links are still broken for you, I will look into it with our law librarian and get back to you."],
    [72, 'l', 'Is that the page you were looking for?'],
    [120, 'p', 'ya that one works now, thx'],
    [126, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 13 a promise to e-mail, coded Answered, the e-mail only in the patron field, day 5
  s(MAEVE, '13 Florida supplemental petition + short-form affidavit: "I\'ll e-mail you a checklist", coded Answered, e-mail only in patron.email, day 5', [
    [0, 'p', 'Do you have the Florida supplemental petition to modify child support forms? Also which financial affidavit do i need'],
    [26, 'l', "Hi, welcome to Ask a Librarian — I'm Maeve at Orange County Library System."],
    [32, 'l', 'Do you know whether your income is under or over $50,000 a year? That decides the affidavit.'],
    [80, 'p', 'under'],
    [86, 'l', "Then you'd use the short form Financial Affidavit, 12.902(b). The supplemental petition is 12.905(b). Both are on the Florida Courts family law forms page: flcourts.gov (Resources & Services > Family Law Forms). I'll e-mail you a checklist of the other papers the clerk usually asks for."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yes thank you'],
    [146, 'l', "You're welcome, have a nice evening!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { patron: { name: null, email: 'dshaw@example.org', phone: null } }, { now: T0 + 5 * DAY }),

  // 14 follow-up by the patron's library: phone read back, "within 72 hours", done after 80 h
  s(NADIA, '14 Minnesota parentage, dad deployed (follow-up by patron\'s library): "Got it, 612-555-0177", "within 72 hours", done after 80 h', [
    [0, 'p', 'i need to find out who to talk to about establishing paternity in minnesota, dad is in the military overseas'],
    [30, 'l', 'Hi there, Nadia from Hennepin County Library answering.'],
    [36, 'l', 'Is there a child support case open already, or is this just about paternity?'],
    [90, 'p', 'no case yet'],
    [96, 'l', "Minnesota's Recognition of Parentage is explained at mn.gov/dhs (search 'Recognition of Parentage'). The overseas part is trickier, so I'll pass your question to your home library's legal reference staff and have them call you. What number should they use?"],
    [150, 'p', '612-555-0177'],
    [156, 'l', 'Got it, 612-555-0177. Someone will call you within 72 hours.'],
    [162, 'l', 'Does the parentage page help for now?'],
    [210, 'p', 'yes, thats all for now, thanks'],
    [216, 'l', 'Thank you for using the chat. Bye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 15 a true Lost Call
  s(OMAR, '15 Delaware tax refund offset (Lost Call): greeting only, "Are you still there?" at 160, disconnect notice + invitation at 320', [
    [0, 'p', 'how much back child support can delaware take from my tax refund'],
    [30, 'l', "Hi, this is Omar with Delaware Libraries' Ask a Librarian service."],
    [160, 'l', 'Are you still there?'],
    [320, 'l', "It seems you've been disconnected, so I'll end this chat now. Please feel free to chat with us again anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 a check-in, no notice, no goodbye
  s(PIA, '16 Indiana worksheet before court (emoji): answer at 68, "Are you still with me?" at 220, session ends at 320 with nothing more', [
    [0, 'p', 'wheres the indiana child support calculator thing, need it for court next week 😬'],
    [15, 'l', 'Hi! Pia here, librarian at Indianapolis Public Library.'],
    [21, 'l', 'Do you need the official worksheet for filing, or just an estimate?'],
    [60, 'p', 'official'],
    [68, 'l', "The Indiana courts' Child Support Calculator and the Child Support Obligation Worksheet are both at in.gov/courts/selfservice (Family Law > Child Support)."],
    [74, 'l', 'Is that the one you needed?'],
    [220, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 100 }),

  // 17 final idle exactly 120 s, no check-in
  s(QUENTIN, '17 Kentucky joint custody: answer at 80, goodbye at 200 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'do i have to pay child support if i have joint custody in kentucky'],
    [20, 'l', "Good morning! Quentin at Louisville Free Public Library's Ask a Librarian."],
    [26, 'l', 'Is there a big difference between your incomes, or are they about the same?'],
    [70, 'p', 'i make a lot more than her'],
    [80, 'l', "Joint custody doesn't end support in Kentucky; the guidelines adjust for parenting time, but the higher earner usually still pays. The Kentucky Child Support Guidelines and worksheet are at kycourts.gov (Forms > Child Support)."],
    [86, 'l', 'Does that answer it?'],
    [200, 'l', 'Thanks for chatting — take care!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 18 final idle exactly 180 s: check-in, then a notice that says goodbye
  s(RHEA, '18 Wisconsin forms in Spanish for a mother: answer at 76, "Are you still there?" at 170, notice + thanks at 256 (final idle exactly 180 s)', [
    [0, 'p', 'is there a spanish version of the wisconsin child support forms? for my mom'],
    [22, 'l', 'Hello, Rhea here — a librarian with Milwaukee Public Library.'],
    [28, 'l', 'Which form does she need, a first petition or a change to an existing order?'],
    [70, 'p', 'changing it'],
    [76, 'l', "Wisconsin courts post Spanish versions of many family forms: go to wicourts.gov/forms1/circuit.htm, choose 'Family', and use the Español column next to each motion."],
    [82, 'l', 'Did that help?'],
    [170, 'l', 'Are you still there?'],
    [256, 'l', "It seems you've disconnected, so I'm closing this chat. Thanks for reaching out, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 19 final idle 119 s
  s(SAM, '19 Iowa review and adjustment (typo "csrU"): answer at 74, goodbye at 193 (final idle 119 s)', [
    [0, 'p', 'how long does the iowa csrU take to review an order'],
    [18, 'l', "Hi, I'm Sam with the Des Moines Public Library."],
    [24, 'l', 'Has the review already been requested, or are you thinking about asking for one?'],
    [66, 'p', 'i asked last month'],
    [74, 'l', "Iowa's Child Support Services explains the review and adjustment timeline at hhs.iowa.gov/child-support (Review & Adjustment): the review itself usually takes about 90 days, then there's a notice period."],
    [80, 'l', 'Is that what you were looking for?'],
    [193, 'l', 'Okay, thanks for stopping by. Bye!'],
  ], usual({ anything: 'fail' })),

  // 20 "we only do one question per chat"
  s(TESS, '20 Missouri forms, a name change and a protective order: "Sorry, we only do one question per chat. … Bye." (dismissal), "wow ok"', [
    [0, 'p', 'hi, can u tell me where to get missouri child support forms and also how to do a name change for my son and also how to get a protective order'],
    [25, 'l', 'Hello, Tess with St. Louis County Library here.'],
    [31, 'l', 'Which one is most urgent for you?'],
    [70, 'p', 'the child support one'],
    [76, 'l', "Missouri's Family Support Division has the child support application at dss.mo.gov/child-support (Forms). Did that help?"],
    [120, 'p', 'yes but what about the other 2'],
    [128, 'l', "Sorry, we only do one question per chat. That's all I can help with today. Bye."],
    [140, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 others waiting, a way back, a self-help center by phone
  s(URI, '21 Colorado paternity response and more: "I have several other people waiting … chat back in later today, or call the … Self-Help Center at 720-555-0133"', [
    [0, 'p', 'I have so many questions. how do I respond to a paternity case in Colorado, and can I get the child support reduced, and what happens to custody, and...'],
    [30, 'l', "Hi, thanks for contacting Ask Colorado — I'm Uri, a librarian at Denver Public Library."],
    [36, 'l', "Let's start with the paternity case: have you been served papers with a court date?"],
    [90, 'p', 'yes court date is the 14th'],
    [97, 'l', 'The Colorado Judicial Branch has the response forms and instructions at coloradojudicial.gov/self-help (Paternity > Response). Did that help with the first part?'],
    [150, 'p', 'yes. now the support reduction and custody and also can i get a free lawyer'],
    [158, 'l', 'Those are big topics and I have several other people waiting right now. Please chat back in later today, or call the Denver District Court Self-Help Center at 720-555-0133; they can go through the support and custody questions with you.'],
    [200, 'p', 'ok'],
    [206, 'l', 'Thanks, and good luck on the 14th!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 22 an announced transfer with an internal note that says why
  s(VERA, '22 Oregon parenting time + support calculator: transfer announced, internal note why, Wanda answers 64 s after the notice', [
    [0, 'p', 'where do i find oregon forms to set up parenting time, and does the state have a calculator for support'],
    [20, 'l', 'Hi there! Vera from Multnomah County Library.'],
    [26, 'l', 'Are the parents married, divorcing, or never married?'],
    [70, 'p', 'never married'],
    [76, 'l', "One of our law librarians knows these forms best, so I'm transferring you to her now. Hang on a moment."],
    [79, 'i', 'Wanda, never-married parents, OR parenting time forms + support calc. Can you take it?'],
    xfer(82, 'Wanda', 'wanda-cs'),
    [140, 'l', "Hi, I'm Wanda, law librarian. For never-married parents Oregon uses the custody and parenting time packet at courts.oregon.gov/forms, and the state support calculator is at justice.oregon.gov/child-support (Calculator).", as(WANDA)],
    [146, 'l', 'Does that answer both parts?', as(WANDA)],
    [200, 'p', 'yes, thats everything'],
    [206, 'l', 'Great, thanks for chatting!', as(WANDA)],
  ], usual({ transfer: 'pass' })),

  // 23 an announced transfer; the internal note only after it
  s(XAVI, '23 Arizona parenting plan change (emoji): transfer announced, the internal note sent 2 s after the transfer, Yara answers', [
    [0, 'p', 'need help w/ arizona parenting plan forms, my lawyer quit 😩'],
    [25, 'l', 'Hello! Xavi at Phoenix Public Library here.'],
    [31, 'l', 'Is this for a new case or a change to a plan the court already approved?'],
    [80, 'p', 'change'],
    [86, 'l', "I'm going to transfer you to a colleague who works with the court forms a lot — one moment."],
    xfer(90, 'Yara', 'yara-cs'),
    [92, 'i', 'sorry Yara, AZ parenting plan modification, pt lost her lawyer'],
    [150, 'l', "Hi, Yara here, a librarian with the same service. The Arizona Courts' Self-Service Center has the modification packet: azcourts.gov/selfservicecenter (Family Law > Modify Parenting Time).", as(YARA)],
    [156, 'l', 'Did that get you what you needed?', as(YARA)],
    [200, 'p', 'yes ty thats all'],
    [205, 'l', 'Take care, bye!', as(YARA)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once
  s(ZANE, '24 NY support violation petition (Kings County): three other chats open through this one (four at once)', [
    [0, 'p', 'Where can I get NY family court forms for a child support violation petition?'],
    [30, 'l', "Hi, you've reached Zane at Brooklyn Public Library."],
    [36, 'l', 'Is the order from a New York Family Court, and is the other parent behind on payments?'],
    [80, 'p', 'yes Kings county, hes 6 months behind'],
    [87, 'l', 'The Violation Petition (Support) and its instructions are on nycourts.gov/forms/familycourt (Support). The Family Court DIY forms program can fill it in with you online too: nycourts.gov/diy.'],
    [93, 'l', 'Did that help?'],
    [140, 'p', 'yes thx, thats all i needed'],
    [146, 'l', 'Good luck! Bye for now.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zane-cs', -50, 300), other('z2', 'zane-cs', 10, 200), other('z3', 'zane-cs', 60, 500)],
  }),

  // 25 three at most, touching ends
  s(ABBY, '25 paying NV support online (chat-speak, emoji): one chat ending at the start, two overlapping, one starting at the end', [
    [0, 'p', 'how do i pay nv child support online'],
    [14, 'l', 'hi! Abby w/ Washoe County Library ask a librarian 😊'],
    [19, 'l', 'do u have ur case number already?'],
    [40, 'p', 'yes'],
    [46, 'l', "then u can pay thru the state's SmartPay portal, linked from dwss.nv.gov (Child Support > Make a Payment)."],
    [50, 'l', 'that what u were after?'],
    [75, 'p', 'yep thx!!'],
    [79, 'l', 'anything else?'],
    [90, 'p', 'nah'],
    [94, 'l', 'ok bye! 👋'],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'abby-cs', -300, 0), other('a2', 'abby-cs', -100, 60), other('a3', 'abby-cs', 20, 400), other('a4', 'abby-cs', 99, 500)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (support macro test): coded Practice, every check na', [
    [0, 'p', 'test - child support calc?'],
    [6, 'l', 'testing macro: child support resources at example.org/cs'],
    [14, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 no provider ever joined, coded Lost Call after two patron lines
  s(QUEUE, '27 manutención, el ex no paga (Spanish): no provider ever joined, "hola? alguien?", patron left, coded Lost Call', [
    [0, 'p', 'necesito ayuda con la manutención de mis hijos, mi ex no paga'],
    [150, 'p', 'hola? alguien?'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 code "", the patron has the last word
  s(CORA, '28 Tennessee withholding from unemployment: code "", "Does that answer your question?" last, patron "ugh ok. thanks i guess"', [
    [0, 'p', 'can child support be taken out of my unemployment in tennessee'],
    [22, 'l', 'Hello, Cora at Nashville Public Library here.'],
    [28, 'l', 'Is there already an income withholding order on your case?'],
    [70, 'p', 'yes from my old job'],
    [77, 'l', "Yes: Tennessee can withhold from unemployment benefits. The Department of Human Services' child support FAQ covers it at tn.gov/humanservices (Child Support > FAQs)."],
    [83, 'l', 'Does that answer your question?'],
    [120, 'p', 'ugh ok. thanks i guess'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 29 Spanish, no source
  s(DIEGO, '29 prueba de paternidad en Texas (Spanish): "Le atiende Diego", an answer with no source, "¿Le ayudó esta información?", "es todo"', [
    [0, 'p', 'hola, cuanto cuesta una prueba de paternidad en texas? el papa dice que no es suyo'],
    [20, 'l', '¡Hola! Le atiende Diego, bibliotecario de la Biblioteca Pública de El Paso.'],
    [27, 'l', '¿Ya tiene un caso de manutención abierto con el estado?'],
    [80, 'p', 'si, ya tengo caso'],
    [87, 'l', 'Si ya tiene caso, normalmente la oficina de manutención del estado ordena la prueba genética y muchas veces no le cobra a usted; el costo depende del caso.'],
    [93, 'l', '¿Le ayudó esta información?'],
    [140, 'p', 'si, es todo, gracias'],
    [146, 'l', '¡Con gusto! Que tenga buen día, adiós.'],
  ], usual({ source: 'fail' })),

  // 30 partly Spanish: a hold in Spanish answered 130 s later
  s(ELENA, '30 Illinois support forms in Spanish for a sister (bilingual): "Un momento por favor, voy a buscar los formularios." answered 130 s later', [
    [0, 'p', 'hi do you have the illinois child support forms in spanish? para mi hermana'],
    [24, 'l', 'Hi! This is Elena, a bilingual librarian at Chicago Public Library. ¡Hola!'],
    [30, 'l', '¿Es para pedir manutención por primera vez, o para cambiar una orden? (A new request or a change?)'],
    [70, 'p', 'primera vez'],
    [76, 'l', 'Un momento por favor, voy a buscar los formularios.'],
    [206, 'l', "Listo: the Illinois Courts publish Spanish versions of the statewide child support forms at illinoiscourts.gov/documents-and-forms/approved-forms (filtre por 'Español' y 'Child Support')."],
    [212, 'l', '¿Es lo que buscaba?'],
    [260, 'p', 'si perfecto, gracias, es todo'],
    [266, 'l', '¡De nada! Thanks for chatting, adiós.'],
  ], usual({ informed: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CHILDSUPPORT.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};
void byNo;

describe('sixty-fifth round: child support and family court forms, checked', () => {
  describeSessions('whole sessions', CHILDSUPPORT.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CHILDSUPPORT.filter((c) => c.name in LEFT_WHY));
});
