/**
 * Fifty-first round, theme HEALTH INSURANCE, MEDICARE AND MEDICAL BILLS, checked: 30 whole sessions no one had written, as
 * public library "ask a librarian" chats log them: turning 65 and Part B timing with job coverage, the General Enrollment
 * start date, a lost Medicare card, Medigap vs Advantage, plan star ratings, the Part A deductible, IRMAA and SSA-44, Extra
 * Help, the Part D late penalty, insulin's $35 cap, a Part D formulary denial and its appeal, wheelchairs as DME, Medicaid
 * applications (Ohio, Baltimore City DSS, Pennsylvania renewal), Medicaid rides to dialysis, Medicaid estate recovery,
 * dual-eligible cards, marketplace special enrollment (in Spanish), COBRA vs Get Covered NJ, reporting income changes,
 * HSA vs FSA, sliding-fee clinics, an ER bill vs the EOB, surprise out-of-network bills (No Surprises Act), hospital charity
 * care, itemized bills and collections, a library "Medicare 101" class, research on Advantage claim denials. Patrons elderly
 * ("no dear thank you so much"), anxious ("I cant pay this"), curt ("k thx"), in chat-speak, Spanish and Spanglish. Every one
 * of the 17 checks labelled in every session before the first run (the labels copied aside to
 * /tmp/fiftyFirstRoundMedicare-labels.ts before it).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! I'm Bev, a reference librarian with …"; "¡Hola! Soy Ramón, bibliotecario de …"; "hi how can i
 *   help" + "oh sorry, just saw ur question. what county are you in?" under the screen name "Desk 4" (names no one: fail); a
 *   patron "hello?" and a 112 s pickup ("Sorry for the wait! Hi, I'm Phil …"); `pickedUpAt` at 40 s with the first line at
 *   95 s; "hola! Luz w/ Ask MCPL (Monroe County Public Library) 🙂"; a greeting, a disconnect notice and an invitation back in
 *   one line of a true Lost Call;
 *  inquiry: ZIP, state, county, town, job coverage and employer size, Part D vs Advantage, brand-new vs stopped prescription,
 *   manual vs power wheelchair, which St. Mary's, class vs online; a question after the first source (fail); questions that
 *   name a site ("… my Social Security or Medicare.gov account already?", "Are you on HealthCare.gov or a state
 *   marketplace?": LEFT);
 *  waits: a hold and 150 s (fail); holds at 104/105/85 s through a long search (pass); two internal lines while the patron
 *   waits 140 s (fail); "Sure, take your time." before a 250 s patron absence (pass); "un sec", "One moment while I pull up …", "Let me check for you." as holds;
 *  endings: a check-in at 240 and a notice that invites back at 420 (both pass); a check-in then nothing to 400 (notice and
 *   courteous fail); "your time is up" + "I'm closing the chat now." (dismissal, no goodbye); "We can only take one question
 *   per chat, so I'll close this one. Thanks!" (dismissal, courteous passes); "several other patrons waiting … chat back in
 *   later or call our reference desk at 555-0110" (allowed); patron-side "thats all i needed", "no more questions",
 *   "thats everything", "nada mas", "no es todo"; a Lost Call after "ok thx" with the greeting among the last two lines;
 *  sources: medicare.gov, ssa.gov, healthcare.gov, CuidadoDeSalud.gov, getcovered.nj.gov, cms.gov, CFPB, PubMed, OIG, state
 *   benefit sites, the library's events page; none ("call Medicare and they can tell you": source and referral fail);
 *  referrals: SHIP by phone (LEFT), a county office by street address, DSS offices by URL + phone, SSA by phone, a state
 *   customer service center by phone (LEFT), the library's reference desk by phone, "call the hospital's billing office at the
 *   number on your statement" (no contact: fail), "asking the plan" (LEFT), "ask them [the pharmacy]" (fail), legal aid by URL
 *   with "an elder law attorney" bare (fail); staff consulted on the patron's behalf (the branch, "our health librarian",
 *   "I'll call them") as no referral;
 *  follow-ups: FU_ME e-mail read back, "by Friday", done 30 h; a promise "by tomorrow noon" coded Answered (code fails,
 *   pending); FU_LIB with the e-mail only in `patron.email`, not done by day 5; FU_ME by phone read back, "once I hear back",
 *   done at 90 h;
 *  codes: a true Lost Call; Lost Call after three patron lines; null; Practice;
 *  transfers: a visible notice + an internal note (pass); an internal note only (fail);
 *  concurrency: four at once (fail); touching ends, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "SHIP counselors can go over your case: 1-800-…", "apply … by phone at 1-800-772-1213", "renew … by phone at the statewide
 *   customer service center, 1-877-…" point the patron to an organisation outside the chat to call: referrals with a phone;
 * - "You start by asking the plan for a coverage determination", "ask them [the pharmacy] to check", "call the hospital's
 *   billing office at the number on your statement", "talk to an elder law attorney" tell the patron to ask / call a party
 *   outside the chat without giving its contact: referral fails ("the number on your statement" is not a phone given);
 * - "unless he asks for a reconsideration" (Part D penalty) describes a remedy, telling no one to contact anyone: no referral;
 *   registering for a library class at its events URL is attending an event, not contacting a department: no referral;
 * - a question that names a site as the patron's account or marketplace gives no source: it asks about the patron's situation;
 * - "ta bueno?", "Does that get you started?", "Does that work for you?", "Does that help for now?" ask whether what was given
 *   meets the need; "Can I call you with what I find?" does not (it offers more);
 * - "nada mas" and "no es todo" (after "¿Algo más?") say the patron is done; "ok thx", "ok thanks" do not;
 * - a greeting + disconnect notice + "chat back anytime, thanks!" in one line after the patron left is the goodbye that ends
 *   the final idle at once (idle and disconnect na; no substantive exchange).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 24 / 6. Label corrections: 0.
 * Final: 24 running, 6 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 01: "SHIP counselors can go over your case: 1-800-555-0177" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 04: "You start by asking the plan for a coverage determination" read as no referral (na; RUBRIC
 *    fail: an organisation to ask, no contact);
 *  - inquiry.clarify, case 11: "Do you have a my Social Security or Medicare.gov account already?" read as the first source
 *    (fail; RUBRIC pass);
 *  - referral.contact, case 24: "by phone at the statewide customer service center, 1-877-555-0150" read as no referral (na;
 *    RUBRIC pass), while case 09's "or by phone at 1-800-772-1213" is read as one;
 *  - followup.completeness, case 25: "ta bueno?" not read as asking whether the answer helps (fail; RUBRIC pass);
 *  - inquiry.clarify, case 28: "Are you on HealthCare.gov or a state marketplace?" read as the first source (fail; RUBRIC pass).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, internal lines, "take your time" and
 * a transfer, idle and disconnect spans, concurrency at touching ends, on_time done / late / pending / not done by day 5) and
 * every code, dismissal and transfer label scored as labelled on the first run; the redaction equality of describeSessions
 * holds for every running case.
 *
 * ON v50 (block P, the fifty-second round): cases 01 ("can go over your case", P3), 04 ("You start by asking the plan", P7
 *   and P8) and 24 ("or by phone at the … customer service center", P4) read as labelled and run. Cases 11 and 28 stay LEFT as
 *   labels that disagree (decision 019): the eleventh round read a domain named in the provider's question as a source given,
 *   and the scorer keeps it. Case 25 stays LEFT: P1 reads the Spanish "ta bueno?" only right after the sentence that gives the
 *   source, and here a sentence of explanation comes between (v44's J15 reads "Is that ok?" the same way: "Is that okay for
 *   you?" after an appointment's time asks about the time). On v50: 27 running, 3 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (6 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const BEV: Prov = { id: 'bev', name: 'Bev', library: 'ACL' };
const RAMON: Prov = { id: 'ramon', name: 'Ramon', library: 'EPPL' };
const TRISH: Prov = { id: 'trish', name: 'Trish K', library: 'LCL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'SHL' };
const DESK4: Prov = { id: 'desk4', name: 'Desk 4', library: 'COL' };
const PHIL: Prov = { id: 'phil', name: 'Phil', library: 'MVL' };
const SAM: Prov = { id: 'sam-m', name: 'Sam', library: 'HPL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'NWL' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'PCL' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'RVL' };
const KOFI: Prov = { id: 'kofi', name: 'Kofi', library: 'BRL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'WCL' };
const ALMA: Prov = { id: 'alma', name: 'Alma', library: 'STATE' };
const DR_LEE: Prov = { id: 'drlee', name: 'Helen Lee', library: 'HSL' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'STATE' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'STATE' };
const ROB: Prov = { id: 'rob', name: 'Rob', library: 'FDL' };
const SUE: Prov = { id: 'sue', name: 'Sue', library: 'GCL' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomás', library: 'SCL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'OKL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'DPL' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'AML' };
const TRAIN: Prov = { id: 'train-m', name: 'Trainee', library: 'TRN' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'LML' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'CVL' };
const DARLA: Prov = { id: 'darla', name: 'Darla', library: 'ECL' };
const LUZ: Prov = { id: 'luz', name: 'Luz', library: 'MCPL' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'YPL' };

const s = session;

export const fiftyFirstRoundMedicare: SessionCase[] = [
  s(BEV, '01 turning 65, Part B sign-up: county asked, medicare.gov page, SHIP counselor by phone, "anything else?"', [
    [0, 'p', 'hello i turn 65 in june and im confused about when to sign up for medicare part b. i still work'],
    [24, 'l', "Good morning! I'm Bev, a reference librarian with Ashby County Library."],
    [31, 'l', 'Do you have health insurance through your own job (or a spouse\'s), and is the employer bigger than 20 people? That changes the timing.'],
    [95, 'p', 'yes thru my job, its a big hospital system'],
    [101, 'l', 'One moment while I pull up the official page.'],
    [170, 'l', 'Medicare explains it at medicare.gov/basics/get-started-with-medicare/sign-up/when-does-medicare-coverage-start. With coverage from a large employer you can usually wait on Part B without a penalty and sign up during a Special Enrollment Period when that coverage ends. For one-on-one free help, the State Health Insurance Assistance Program (SHIP) counselors can go over your case: 1-800-555-0177.'],
    [176, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes that helps a lot'],
    [245, 'l', 'Is there anything else I can help you with today?'],
    [290, 'p', 'no dear thank you so much'],
    [296, 'l', 'You are very welcome. Thank you for contacting Ashby County Library, and take care!'],
  ], usual({ referral: 'pass' })),

  s(RAMON, '02 Spanish, marketplace open enrollment: "¡Hola! Soy Ramón", state asked, CuidadoDeSalud.gov, "¿Algo más?"', [
    [0, 'p', 'hola buenas tardes, quiero saber cuando puedo comprar seguro medico del mercado, perdi mi trabajo'],
    [30, 'l', '¡Hola! Soy Ramón, bibliotecario de El Paso Public Library. Con gusto le ayudo.'],
    [37, 'l', '¿En qué estado vive? Y ¿cuándo perdió el seguro del trabajo?'],
    [100, 'p', 'texas, hace 2 semanas'],
    [106, 'l', 'Perfecto. Al perder el seguro del trabajo tiene un Período de Inscripción Especial de 60 días. Puede solicitar en CuidadoDeSalud.gov (la versión en español de HealthCare.gov), en la sección "Cómo solicitar un seguro".'],
    [112, 'l', '¿Le sirve esta información?'],
    [170, 'p', 'si muchas gracias'],
    [175, 'l', '¿Algo más en que le pueda ayudar?'],
    [210, 'p', 'no es todo'],
    [215, 'l', '¡Gracias por comunicarse con nosotros! Que tenga buena tarde.'],
  ], usual()),

  s(TRISH, '03 anxious patron, ER bill vs EOB: "let me look" then 150 s, "call the billing office number on your statement" (no contact)', [
    [0, 'p', 'I got a bill from the ER for $4,300 and I have insurance!! I cant pay this. what do i do'],
    [20, 'l', "Hi, I'm Trish, a librarian at Lakeview County Library. I'm sorry, that's stressful. Let's figure out what you're looking at."],
    [27, 'l', 'Did your insurance send you an Explanation of Benefits (EOB) for the same visit?'],
    [70, 'p', 'i think so? something that says THIS IS NOT A BILL'],
    [76, 'l', 'ok, let me look for a good guide on comparing the two'],
    [226, 'l', 'Sorry that took a bit. The Consumer Financial Protection Bureau has a plain-language guide, consumerfinance.gov/ask-cfpb/what-should-i-do-if-i-receive-a-medical-bill, that walks through matching the bill to the EOB. If the amounts don\'t match, call the hospital\'s billing office at the number on your statement and ask for an itemized bill.'],
    [232, 'l', 'Did that help?'],
    [290, 'p', 'yes, ok. thats all i needed'],
    [296, 'l', "Good luck, and thanks for chatting with us."],
  ], usual({ informed: 'fail', referral: 'fail' })),

  s(NADIA, '04 Part D denial appeal (follow-up by me): "asking the plan" (no contact), e-mail typed and read back, "by Friday", done at 30 h', [
    [0, 'p', 'my part d plan denied my inhaler. how do i appeal? my doctor says i need it'],
    [22, 'l', 'Hello, this is Nadia at Shelby Hills Library\'s Ask a Librarian.'],
    [28, 'l', 'Is it a brand-new prescription, or one the plan covered before and stopped?'],
    [80, 'p', 'they covered it last year, now they say its not on the formulary'],
    [86, 'l', 'Medicare\'s appeal steps for drug plans are at medicare.gov/claims-appeals/how-do-i-file-an-appeal. You start by asking the plan for a "coverage determination" (an exception); your doctor\'s supporting statement matters a lot. Does that help for now?'],
    [150, 'p', 'yes but are there sample letters'],
    [156, 'l', 'I can gather a few sample exception letters and e-mail them to you. What is a good e-mail address?'],
    [200, 'p', 'gwen.h@example.com'],
    [206, 'l', 'gwen.h@example.com, got it. I\'ll send them by Friday.'],
    [212, 'l', 'Anything else I can help with today?'],
    [240, 'p', 'no thats it thank you'],
    [246, 'l', 'Thanks for using Ask a Librarian, Gwen. Take care!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  s(DESK4, '05 Medicaid in Ohio: "hi how can i help" + county question under the screen name "Desk 4" (greeting names no one)', [
    [0, 'p', 'how do i apply for medicaid in ohio'],
    [18, 'l', 'hi how can i help'],
    [22, 'l', 'oh sorry, just saw ur question. what county are you in?'],
    [60, 'p', 'franklin'],
    [66, 'l', 'You can apply online at benefits.ohio.gov, or in person at Franklin County Job and Family Services, 1721 Northland Park Ave, Columbus. Did that help?'],
    [110, 'p', 'yes ty thats all'],
    [115, 'l', 'ok bye!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  s(PHIL, '06 cheaper insulin, pickup at 112 s: "Sorry for the wait!" name + library, the $35 cap page, "ask them [the pharmacy] to check" (no contact)', [
    [0, 'p', 'Is there any way to get insulin cheaper, I am on Medicare'],
    [40, 'p', 'hello?'],
    [112, 'l', "Sorry for the wait! Hi, I'm Phil with Mountain View Library."],
    [118, 'l', 'Is your insulin covered through a Part D plan, or a Medicare Advantage plan with drug coverage?'],
    [170, 'p', 'part D'],
    [176, 'l', 'Good news: Medicare drug plans cap covered insulin at $35 a month. Details: medicare.gov/coverage/insulin. If your pharmacy is charging more, ask them to check that it is a covered insulin. Is that what you were looking for?'],
    [230, 'p', 'yes! thank you'],
    [236, 'l', 'Anything else?'],
    [260, 'p', 'no'],
    [265, 'l', 'Thanks for chatting, bye!'],
  ], usual({ pickup: 'fail', referral: 'fail' })),

  s(SAM, '07 a true Lost Call: patron asks about Medigap and leaves at 20 s, greeting + notice with invitation back at 45', [
    [0, 'p', 'whats the difference between medigap and medicare advantage'],
    left(20),
    [45, 'l', 'Hi, this is Sam at Harbor Public Library. It looks like you\'ve disconnected. Please chat back anytime, thanks!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(GRETA, '08 time is up: IRMAA question, "we only allow 10 minutes per patron, your time is up" (dismissal, no way back)', [
    [0, 'p', 'why did my part b premium go up so much. i didnt change anything'],
    [25, 'l', "Hi! I'm Greta, librarian at Northwood Library."],
    [31, 'l', 'Did you get a letter from Social Security about an "IRMAA" or income-related adjustment?'],
    [80, 'p', 'yes something like that'],
    [86, 'l', 'That is based on your income from two years ago. SSA explains it at ssa.gov/medicare/lower-irmaa, with form SSA-44 if your income went down. Does that help?'],
    [140, 'p', 'kind of, but how do i fill out the 44'],
    [146, 'l', 'Sorry, we only allow 10 minutes per patron and your time is up.'],
    [150, 'l', 'I\'m closing the chat now.'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(OTIS, '09 elderly patron goes quiet: Extra Help answer at 110, "Are you still there?" at 240, notice that invites back at 420', [
    [0, 'p', 'My neighbor said there is help paying for medications if you are low income. I am 78 and on a fixed income.'],
    [30, 'l', 'Hello and welcome! This is Otis, a librarian at Pine County Library.'],
    [37, 'l', 'Are you on Medicare Part D now, and about how much is your monthly income? You don\'t have to give exact numbers.'],
    [100, 'p', 'yes part d. about 1400 a month social security'],
    [110, 'l', 'You may well qualify for "Extra Help" (the Low-Income Subsidy). You can apply online at ssa.gov/medicare/part-d-extra-help or by phone at 1-800-772-1213. Does that help?'],
    [240, 'l', 'Are you still there?'],
    [420, 'l', 'It looks like you may have disconnected, so I will end this session now. Please come back anytime, thank you for chatting with us!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  s(LENA, '10 COBRA vs marketplace: answer at 95, "hello? you still with me?" at 230, session ends at 400 with no notice', [
    [0, 'p', 'should i take cobra or go on the marketplace? cobra is super expensive'],
    [20, 'l', 'Hi there, Lena from Riverview Library here.'],
    [26, 'l', 'Which state are you in? Some states run their own marketplace.'],
    [70, 'p', 'NJ'],
    [95, 'l', 'New Jersey runs Get Covered New Jersey, getcovered.nj.gov. Losing job coverage gives you a 60-day special enrollment window there, even if you were offered COBRA. The window-shopping tool shows prices with subsidies. Does that answer it?'],
    [230, 'l', 'hello? you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 170 }),

  s(KOFI, '11 Medicare card replacement during a rush: four chats open at once (concurrency fails)', [
    [0, 'p', 'lost my medicare card how do i get a new one'],
    [15, 'l', "Hi, Kofi at Brookside Library's chat."],
    [20, 'l', 'Do you have a my Social Security or Medicare.gov account already?'],
    [50, 'p', 'medicare.gov yes'],
    [55, 'l', 'Then log in at medicare.gov/account/login and choose "Print an official copy of your Medicare card". Did that help?'],
    [90, 'p', 'got it thx, thats all'],
    [95, 'l', 'Great, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kofi', -200, 300), other('k2', 'kofi', -50, 200), other('k3', 'kofi', 10, 150)],
  }),

  s(JUNE, '12 Medicare Advantage star ratings: others end exactly at start and start exactly at end (three at most, pass)', [
    [0, 'p', 'how can I compare medicare advantage plans in my area? star ratings?'],
    [20, 'l', "Hello! I'm June, a librarian at Westfield County Library."],
    [26, 'l', 'What ZIP code are you in?'],
    [60, 'p', '44120'],
    [66, 'l', 'The Medicare Plan Finder at medicare.gov/plan-compare lets you enter 44120 and sort plans by star rating and cost. Is that what you were after?'],
    [110, 'p', 'perfect, no more questions'],
    [115, 'l', 'Wonderful, thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('j1', 'june', -400, 0), other('j2', 'june', -100, 60), other('j3', 'june', 30, 500), other('j4', 'june', 120, 600)],
  }),

  s(ALMA, '13 statewide to a health-sciences librarian: visible notice + internal note, then Dr. Lee answers (transfer passes)', [
    [0, 'p', 'looking for research on whether medicare advantage denies more claims than regular medicare. for a paper'],
    [18, 'l', 'Hi, Alma with the statewide Ask Us service here. Is this for a class, and do you need peer-reviewed articles?'],
    [60, 'p', 'yes nursing policy class, peer reviewed'],
    [66, 'l', "I'm going to transfer you to a health sciences librarian who knows these databases best, one moment."],
    [69, 'i', 'pt needs peer-reviewed research on MA claim denials vs traditional Medicare, nursing policy class'],
    xfer(72, 'Helen Lee', 'drlee'),
    [110, 'l', "Hi, Helen Lee from the Health Sciences Library here. PubMed (pubmed.ncbi.nlm.nih.gov) is the place to start: search \"Medicare Advantage\" AND (denial OR \"prior authorization\"). The HHS Inspector General's 2022 report OEI-09-18-00260 is also widely cited, at oig.hhs.gov. Does that get you started?", as(DR_LEE)],
    [170, 'p', 'yes great thanks'],
    [175, 'l', 'Anything else I can help you find?', as(DR_LEE)],
    [200, 'p', 'nope'],
    [205, 'l', 'Good luck with the paper, bye!', as(DR_LEE)],
  ], usual({ transfer: 'pass' })),

  s(MARCUS, '14 silent transfer: internal note only, no visible notice, Priya answers 50 s after the patron', [
    [0, 'p', 'can you help me find the SNAP and medicaid office for baltimore city'],
    [16, 'l', 'Hello, Marcus at AskUsNow! here. Are you looking for the office to apply in person?'],
    [45, 'p', 'yes in person'],
    [50, 'i', 'Priya, Baltimore local q on DSS office, can you take?'],
    xfer(55, 'Priya', 'priya'),
    [95, 'l', 'Hi, Priya here. The Baltimore City Department of Social Services has several offices; the full list with addresses and hours is at dhs.maryland.gov/local-offices/baltimore-city. You can also call 410-555-0122. Does that help?', as(PRIYA)],
    [130, 'p', 'yes thanks thats all'],
    [135, 'l', 'Thanks for using AskUsNow!', as(PRIYA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  s(ROB, '15 follow-up by patron\'s library: e-mail only on the account, no time given, nothing recorded by day 5', [
    [0, 'p', 'need a list of local clinics that do sliding scale fees. no insurance right now'],
    [25, 'l', "Hi, I'm Rob, a librarian at Fairdale Library."],
    [31, 'l', 'Which town are you in, and do you need general care or dental?'],
    [90, 'p', 'fairdale, general'],
    [96, 'l', 'Let me check for you.'],
    [180, 'l', 'The federal health center finder at findahealthcenter.hrsa.gov lists sliding-fee clinics by ZIP. Our local branch keeps a printed list that is more current; I\'ll ask them to send it to the e-mail on your library account.'],
    [186, 'l', 'Does that help for now?'],
    [220, 'p', 'ok thanks'],
    [226, 'l', 'Thanks for chatting, take care.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'dkline@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  s(SUE, '16 promise coded Answered: "I\'ll email you the hospital\'s charity-care policy by tomorrow noon", e-mail read back', [
    [0, 'p', 'does st marys hospital have financial assistance? I got a huge bill after surgery'],
    [20, 'l', "Hi! This is Sue at Glen County Library's Ask a Librarian."],
    [26, 'l', 'Which St. Mary\'s: the one in Glenville or the one in Rockport?'],
    [60, 'p', 'glenville'],
    [66, 'l', 'Nonprofit hospitals must publish a financial assistance policy. I found their billing page at stmarysglenville.example.org/billing but the policy PDF link is broken. I\'ll call them and e-mail you the policy by tomorrow noon. What is your e-mail?'],
    [110, 'p', 'tlopez@example.com'],
    [115, 'l', 'tlopez@example.com, thank you. Is there anything else I can help with?'],
    [150, 'p', 'no thank you'],
    [155, 'l', 'Thanks for contacting us, talk soon.'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  s(TOMAS, '17 follow-up by me by phone: number read back, no time given ("once I hear back"), done at 90 h', [
    [0, 'p', 'im trying to find out if my county has a medicaid transportation ride service for dialysis'],
    [22, 'l', 'Hi, Tomás with Sierra County Library here.'],
    [28, 'l', 'Which county, and is the dialysis center in the same county?'],
    [80, 'p', 'sierra county, the center is in reno tho'],
    [86, 'l', 'Nevada Medicaid covers non-emergency rides; the overview is at dhcfp.nv.gov. I\'m not sure about trips out of county, so I\'ll ask our health librarian. Can I call you with what I find?'],
    [130, 'p', 'yes 775-555-0143'],
    [136, 'l', '775-555-0143. I will call you once I hear back from her.'],
    [140, 'l', 'Anything else for today?'],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(IVY, '18 code null: HSA vs FSA, short and curt, "k thx"', [
    [0, 'p', 'hsa vs fsa whats the difference'],
    [15, 'l', 'Hi, Ivy at Oakley Library. Is this to pick one at open enrollment at work?'],
    [40, 'p', 'ya'],
    [45, 'l', 'The IRS explains both in Publication 969, irs.gov/pub969; healthcare.gov/glossary also has a short plain-language entry for each. Does that help?'],
    [80, 'p', 'k thx'],
    [84, 'l', 'Anything else?'],
    [100, 'p', 'no'],
    [104, 'l', 'Bye, thanks!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  s(TRAIN, '19 practice chat: coded Practice, every check na', [
    [0, 'p', 'test test medicare q'],
    [10, 'l', 'Hi, this is a training chat. medicare.gov. Did that help?'],
    [15, 'p', 'ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(WES, '20 question only after the first source: Part A hospital deductible, the link first, "which year?" after', [
    [0, 'p', 'how much is the medicare part A deductible for a hospital stay'],
    [20, 'l', 'Hi, Wes from Dayton Public Library here!'],
    [25, 'l', 'The current amounts are on medicare.gov/basics/costs/medicare-costs.'],
    [30, 'l', 'Are you asking about this year or next year?'],
    [70, 'p', 'this year'],
    [76, 'l', 'For 2026 it is listed on that page under Part A costs, per benefit period. Does that answer it?'],
    [120, 'p', 'yes thats everything'],
    [125, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ clarify: 'fail' })),

  s(CORA, '21 no source: Medicare card vs Medicaid card, "call Medicare and they can tell you" (org named bare, referral with no contact)', [
    [0, 'p', 'my mom has both medicare and medicaid, which card does she show at the doctor'],
    [30, 'l', 'Hello, Cora at Amberley Library here.'],
    [36, 'l', 'Does she have a Medicare Advantage plan card too, or just the red-white-and-blue Medicare card?'],
    [90, 'p', 'just the red white blue one'],
    [96, 'l', 'Usually she shows both, and the office bills Medicare first. For her exact situation, call Medicare and they can tell you.'],
    [102, 'l', 'Does that answer your question?'],
    [150, 'p', 'ok'],
    [155, 'l', 'Anything else I can help with?'],
    [180, 'p', 'no thanks'],
    [185, 'l', 'Take care, bye!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  s(HUGO, '22 long search with holds every 90-110 s (pass): surprise bill law, patron "thats all I needed" with no anything-else', [
    [0, 'p', 'I went to an in-network hospital but the anesthesiologist was out of network and billed me. is that legal?'],
    [25, 'l', "Hi, I'm Hugo, a reference librarian at Lake Meadow Library."],
    [31, 'l', 'When was the surgery? The rules changed in 2022.'],
    [80, 'p', 'last month'],
    [86, 'l', 'Thanks. Let me find the federal rules for you.'],
    [190, 'l', "I'm still looking, there are a couple of pages and I want the one written for patients."],
    [295, 'l', 'Almost there, bear with me.'],
    [380, 'l', 'Found it. The No Surprises Act protects you here: cms.gov/nosurprises has a patient page on out-of-network bills at in-network facilities, and how to file a complaint. Is that what you were looking for?'],
    [430, 'p', "yes, thats all I needed. thank you so much"],
    [436, 'l', 'You are welcome, thanks for contacting us!'],
  ], usual()),

  s(MEI, '23 "take your time" while the patron finds her card (waiting on the patron 250 s): Part B effective date', [
    [0, 'p', 'when does my part b start? i signed up in january'],
    [20, 'l', "Hello, Mei at Clearview Library. I'm happy to help."],
    [26, 'l', 'Did you sign up during the General Enrollment Period (January to March)? Does your card show a Part B date?'],
    [60, 'p', 'hold on let me find my card'],
    [65, 'l', 'Sure, take your time.'],
    [315, 'p', 'ok it says part b 02-01'],
    [321, 'l', 'Then your Part B coverage started February 1. Medicare explains the General Enrollment start dates at medicare.gov/basics/get-started-with-medicare/sign-up/when-can-i-sign-up-for-medicare. Does that help?'],
    [370, 'p', 'yes thanks'],
    [375, 'l', 'Anything else?'],
    [400, 'p', 'nope'],
    [405, 'l', 'Bye, take care!'],
  ], usual()),

  s(DARLA, '24 Lost Call after three patron lines: Medicaid renewal letter answered, patron "ok thx" and leaves', [
    [0, 'p', 'i got a letter that my medicaid needs renewing. where do i do it'],
    [20, 'l', "Hi, Darla at Eastcreek Library here. What state are you in?"],
    [50, 'p', 'pennsylvania'],
    [56, 'l', 'In Pennsylvania you renew online at compass.state.pa.us, or by phone at the statewide customer service center, 1-877-555-0150.'],
    [100, 'p', 'ok thx'],
    left(110),
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  s(LUZ, '25 chat-speak Spanglish, Part D late penalty: "hola! Luz w/ Ask MCPL", "un sec", "ta bueno?", "nada mas"', [
    [0, 'p', 'hi my dad got a penalty for part d on his bill, why??'],
    [14, 'l', 'hola! Luz w/ Ask MCPL (Monroe County Public Library) 🙂'],
    [19, 'l', 'did he go without drug coverage for a while after he turned 65?'],
    [55, 'p', 'ya like 2 yrs'],
    [58, 'l', 'un sec'],
    [120, 'l', 'ok so thats the Part D late enrollment penalty, its explained at medicare.gov/drug-coverage-part-d/costs-for-medicare-drug-coverage/part-d-late-enrollment-penalty. it stays as long as he has Part D unless he asks for a reconsideration. ta bueno?'],
    [160, 'p', 'ok gracias, nada mas'],
    [164, 'l', 'de nada, bye!'],
  ], usual()),

  s(ABE, '26 one question per chat: asks about Medigap after a Part B answer, "we can only take one question per chat" (limit of questions)', [
    [0, 'p', 'does medicare part b cover a wheelchair'],
    [20, 'l', 'Hi, Abe at Yorkton Public Library. Is it a manual or power wheelchair, and has a doctor prescribed it?'],
    [60, 'p', 'manual, yes'],
    [66, 'l', 'Part B covers it as durable medical equipment: medicare.gov/coverage/wheelchairs-scooters. Did that help?'],
    [100, 'p', 'yes and also what about medigap plan g does it cover the 20%'],
    [106, 'l', 'We can only take one question per chat, so I\'ll close this one. Thanks!'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  s(BEV, '27 several patrons waiting, way back offered: hospital itemized bill request, "please chat back later or call our reference desk at 555-0110"', [
    [0, 'p', 'how do i ask for an itemized bill and then what, and also how do i dispute a collection and also can they report it to credit'],
    [25, 'l', "Hi, Bev here at Ashby County Library's chat."],
    [31, 'l', 'Let\'s start with the itemized bill: is the hospital bill still with the hospital or already with a collection agency?'],
    [70, 'p', 'still hospital'],
    [76, 'l', 'CFPB explains itemized bills and your rights with collectors at consumerfinance.gov/consumer-tools/debt-collection. Medical debts under $500 also should not show on credit reports. Does that help with the first part?'],
    [120, 'p', 'yes and now the dispute part and the credit part and what if they sue'],
    [126, 'l', 'There are several other patrons waiting, so I need to wrap up here. Please chat back in later or call our reference desk at 555-0110 and we can go over the rest. Thanks for chatting!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  s(NADIA, '28 pickedUpAt at 40 s, first line at 95 s: ACA subsidy and income estimate, "Is that what you needed?"', [
    [0, 'p', 'my income went up, do i have to tell the marketplace? will i owe money'],
    [95, 'l', 'Hi, thanks for waiting! I\'m Nadia, a librarian at Shelby Hills Library.'],
    [101, 'l', 'Are you on HealthCare.gov or a state marketplace?'],
    [140, 'p', 'healthcare.gov'],
    [146, 'l', 'Yes, you should report income changes within 30 days at healthcare.gov/reporting-changes; if your subsidy was too high you may repay some at tax time (Form 8962). Is that what you needed?'],
    [200, 'p', 'yes thank you. thats everything'],
    [205, 'l', 'Thank you for chatting with us!'],
  ], usual(), { pickedUpAt: at(40) }),

  s(OTIS, '29 internal lines do not end the wait: patron waits 140 s while Otis asks a colleague', [
    [0, 'p', 'does the library have any classes on understanding medicare? my husband and I are confused'],
    [20, 'l', 'Hi, Otis at Pine County Library here!'],
    [26, 'l', 'Would you prefer an in-person class or something online?'],
    [60, 'p', 'in person please'],
    [70, 'i', 'does anyone know if the medicare 101 class is still on for april?'],
    [150, 'i', 'yes, april 12, 2pm, meeting rm b, register online'],
    [200, 'l', 'Yes! "Medicare 101" is on April 12 at 2 pm at the Main branch, Meeting Room B. Register at pinecountylibrary.org/events. Does that work for you?'],
    [240, 'p', 'yes wonderful'],
    [245, 'l', 'Anything else?'],
    [270, 'p', 'no thats all'],
    [275, 'l', 'See you there, thanks!'],
  ], usual({ informed: 'fail' })),

  s(KOFI, '30 anxious caregiver, Medicaid estate recovery: legal aid with URL, elder law attorney with no contact', [
    [0, 'p', 'will medicaid take my moms house after she dies?? she is in a nursing home'],
    [20, 'l', "Hi, this is Kofi at Brookside Library. I'm sorry you're dealing with this."],
    [26, 'l', 'Which state is she in?'],
    [60, 'p', 'indiana'],
    [66, 'l', 'Indiana, like every state, has an estate recovery program; the basics are at medicaid.gov/medicaid/eligibility/estate-recovery. Indiana Legal Services can help free of charge: indianalegalservices.org. Since a house is involved, you may also want to talk to an elder law attorney.'],
    [72, 'l', 'Does that help?'],
    [120, 'p', 'yes thank you, thats all'],
    [126, 'l', 'Take care, thanks for chatting.'],
  ], usual({ referral: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '11 Medicare card replacement during a rush: four chats open at once (concurrency fails)':
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", evidence message 2 "Do you have a my Social Security or Medicare.gov account already?"). Message 2 is a question about the patron\'s situation that shapes the answer (RUBRIC inquiry.clarify); naming the account\'s site inside the question gives the patron nothing to use. The first message that gives a source is message 4 ("medicare.gov/account/login"), after the question. LABELS DISAGREE (decision 019): the eleventh round read a domain named in the provider\'s question as a source given, RUBRIC literally ("a URL or domain"; eleventh-round-referrals, sixteenth-round-workforce, thirtieth-round-elders\' near miss "Do you have a my.medicare.gov account already?"), and the scorer keeps that reading.',
  '28 pickedUpAt at 40 s, first line at 95 s: ACA subsidy and income estimate, "Is that what you needed?"':
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", evidence message 2 "Are you on HealthCare.gov or a state marketplace?"). Message 2 asks which marketplace the patron uses (the patron\'s situation, RUBRIC inquiry.clarify); the domain names the patron\'s marketplace and gives nothing to use. The first source is message 4 ("healthcare.gov/reporting-changes"), after the question. LABELS DISAGREE (decision 019): as case 11, the eleventh round\'s reading (a domain in the question is a source given) holds.',
  '25 chat-speak Spanglish, Part D late penalty: "hola! Luz w/ Ask MCPL", "un sec", "ta bueno?", "nada mas"':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"). Message 5 ends the answer (the medicare.gov penalty page) with "ta bueno?" (Spanish chat-speak, "is that OK / good?"), asking whether the information already given meets the need (RUBRIC followup.completeness: "Did that help?").',
};

describe('fifty-first round: health insurance, Medicare and medical bills, checked', () => {
  describeSessions('whole sessions', fiftyFirstRoundMedicare.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFirstRoundMedicare.filter((c) => c.name in LEFT_WHY));
});
