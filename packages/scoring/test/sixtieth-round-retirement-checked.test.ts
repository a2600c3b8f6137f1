/**
 * Sixtieth round, theme RETIREMENT AND SOCIAL SECURITY, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats with older patrons and their families: retirement benefits (claiming at 62 vs 67,
 * the earliest age, what to have ready to apply at 67, missing 1983-85 earnings and Form SSA-7008, the SSA-1099), survivor
 * benefits (a widow in Spanish, benefits on an ex-husband's record, a union pension's surviving-spouse benefit), SSI for an
 * adult son with autism, an SSDI claim waiting five months, replacing a Social Security card and a Medicare card, pensions
 * (a bankrupt steel company's plan and the PBGC, a state teachers' system beneficiary form, NYSLRS cost-of-living
 * adjustments, railroad retirement), Medicare enrollment deadlines (Initial Enrollment at 65, Part B while still working,
 * Part D and open enrollment, Extra Help, the Medicare Savings Program), scams aimed at seniors (the "suspended number"
 * gift-card call, the grandparent bail scam) and senior centers (a lunch program, a senior van, beginner computer classes,
 * a SHIP counselor's hours, a Medicare 101 class). Providers point to ssa.gov, medicare.gov, the SSA and its Inspector
 * General, SHIP counselors, the PBGC, the RRB, a pension fund, MDHHS, IC3 and the FTC, county aging offices and their own
 * libraries' desks. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/sixtiethRoundRetirement-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 34 s pickup (01); a patron "hello?" in the queue and a 95 s pickup (07: fail); `pickedUpAt`
 *   at 50 s with the first line at 130 (30: pickup passes, 80 s after pickup is not a silence); "Hi! How can I help?" under
 *   the screen name "Reference 4" (06: greets, names no one: fail); a greeting that is a hold ("Hi, I'm Keisha … — give me a
 *   moment to read your question", 12); Spanish "¡Buenas tardes! Le saluda Ana, bibliotecaria de …" (05); chat-speak "hey!
 *   zoe @ ask a librarian, dayton metro library 👋" (23);
 *  inquiry: same name or a name change, personal estimate or general, the employer's size, savings and income, SSI or a
 *   first claim, which senior center, papers from the plan, online or an office, which state, remarried, which retirement
 *   system, "Which would you like to start with?" (11); a restatement with no question mark ("So you need the SSA-1099 for
 *   your 2025 taxes.", 13); "is she a widow?" only after the first URL (23: fail);
 *  waits: "let me pull up the SSA's numbers" answered 150 s later with a patron "thanks" inside (02: fail); holds at 76, 180
 *   and 290 (one a partial result that says the search goes on) and the answer at 385 (25: pass); two internal lines while
 *   the patron waits 140 s (26: fail); "Sure, take your time." then the patron's daughter 250 s later (27: waiting on the
 *   patron); a transfer notice answered by the receiver 64 s later (16); a silent transfer answered 80 s after the patron (17);
 *  endings: a check-in at 330 and a notice that invites back at 440 (03: final idle 250 s); a Lost Call with the patron's
 *   window closing, "Hello? Are you still there?" at 90 and a notice + invitation at 280 (12: final idle 190 s); a notice that
 *   thanks but asks nothing, 224 s after the answer (15: idle fails, notice passes); a goodbye 146 s after the answer with no
 *   check-in (28: idle fails, disconnect na); "Are you still with me?" and then nothing until 460 (29: notice and courteous
 *   fail); "You've used up your time for today, so I'm ending this chat now." (10: dismissal, no goodbye); "several other
 *   patrons waiting … chat back in later, or call our reference desk" (11: allowed); the patron's "thats all i needed" as the
 *   last line (30: courteous fails); goodbyes "You're welcome, take care!", "Have a lovely day.", "np, bye!", "¡Gracias por
 *   usar nuestro chat y que tenga buen día!", "Thank you for your patience, and take care!"; patron-side "thats all i needed",
 *   "that's everything", "thats all", "es todo", "that's all i wanted to know", "nope, all set", and "ok thx", "ya thx", "ok
 *   thank you", "yes thanks" that do not count;
 *  sources: ssa.gov pages (my Social Security, SSI, survivors, scams, SSA-7008, Extra Help), medicare.gov (Plan Finder, the
 *   account), pbgc.gov, rrb.gov, cspf.org, osc.ny.gov, michigan.gov, county aging pages, library events pages; none (24: the
 *   ex-spouse rules from memory: fail);
 *  referrals: SHIP counselors by phone + URL (03); "go down to your local Social Security office" with only the SSI page (04:
 *   fail); "llamar al Seguro Social al 1-800-…" (05); the SSA Inspector General at oig.ssa.gov and the FTC (06); a senior
 *   center by phone (07); the PBGC's contact center by phone (08); the library's reference desk by phone (11) and the Main
 *   information desk by phone (26); "get it mailed by calling 1-800-772-1213" (13); "call the wire company's fraud line …
 *   report it to your local police department and online to … ic3.gov" (14: LEFT); the RRB by phone (15); a pension fund by
 *   phone (20); "You can ask SSA to correct the record with Form SSA-7008 (ssa.gov/forms/…)" (21); CountyRide by phone (22);
 *   staff consulted on the patron's behalf (Fox Hill staff, 19; a colleague in internal lines, 26) and a program a senior
 *   center runs (28) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Thursday", done in 30 h (08); FU_ME with the e-mail read back and no time
 *   ("I'll send it over once I find it", 09: contact fails, pending at day 1); FU_LIB with the e-mail only in `patron.email`,
 *   "within 3 days", not done by day 5 (19); a call-back promise with the phone read back, "tomorrow morning", coded Answered,
 *   done in 10 h (20: code fails, contact and on_time pass); FU_ME, e-mail read back, "by Friday", done after 80 h (21);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (13); null (22); Practice (18);
 *  transfers: a notice (a hold) and an internal note that says why (16: pass); an internal note only (17: fail);
 *  concurrency: four at once (14: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (15: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "go down to your local Social Security office" with only the SSA's SSI page (which names and locates no office) has no way
 *   to reach the office (04; the round-56/57 reading of "a driver license office" with FLHSMV's page);
 * - "You can ask SSA to correct the record with Form SSA-7008 … (ssa.gov/forms/ssa-7008.pdf)" tells the patron to write to
 *   an agency: a referral reached by the agency's URL (21, as round 57's "file Form N-565 … with USCIS: uscis.gov/n-565");
 *   "get it mailed by calling 1-800-772-1213" is a referral to call, reached by that phone (13);
 * - applying or ordering online (MI Bridges, 17; the Extra Help application "through Social Security" at ssa.gov/…, 30; the
 *   replacement card in my Social Security, 01, 27) is using a source, not a referral;
 * - "The Frederick Senior Center runs a free … series; … Our own libraries also run … drop-ins, listed at fcpl.org/events"
 *   describes programs and tells the patron to contact or visit no one: no referral (28);
 * - "call the wire company's fraud line" and "report it to your local police department" are referrals (call / visit an
 *   organisation) each with no e-mail, phone, address or URL of its own; ic3.gov in the same sentence reaches the IC3 only (14);
 * - "Which would you like to start with?" (of the patron's three topics) is a question about the need (11); "So you need the
 *   SSA-1099 for your 2025 taxes." restates the question (13);
 * - "Does that help so far?", "In the meantime, does the status page help?", "Does the form page help so far?", "Will that
 *   work for you?", "Does that help for now?" ask whether what was given meets the need; "Does that help?" after an answer
 *   with no source still passes completeness (24: it asks about the answer given, and completeness is na only when info.source
 *   is na);
 * - "You're so welcome! Have a lovely day.", "You're welcome! Take care." and "¡Gracias por usar nuestro chat y que tenga buen
 *   día!" are goodbyes; "It looks like you've disconnected, so I'm going to end this session. Thanks for using Ask a
 *   Librarian!" is a notice and a goodbye that asks nothing (15: no check-in);
 * - a greeting that is also a hold does not start the final idle: in the Lost Call (12) it starts at the check-in "Hello? Are
 *   you still there?" (90 s) and ends at the notice that invites back (280 s), 190 s;
 * - with `pickedUpAt` at 50 s and the first line at 130 s, the wait after pickup is 80 s (30: keep_informed passes).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 14: "He should call the wire company's fraud line …, then report it to your local police
 *    department and online to the FBI's Internet Crime Complaint Center at ic3.gov." read as reached (pass; RUBRIC fail: the
 *    fraud line and the police department come with no way to reach them, ic3.gov is the IC3's).
 * Every timing check (pickup at 34 and 95 s and by `pickedUpAt`; keep_informed at 150 s with a patron line inside, 140 s
 * across internal lines, across holds, a partial-result hold, "take your time", two transfers and 80 s after `pickedUpAt`;
 * final idles of 146, 190, 224, 250 and 374 s; concurrency at four and at touching ends; on_time done at 10 and 30 h, late at
 * 80 h, pending at day 1, not recorded by day 5) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back, a patron phone read back, an e-mail in
 * `patron.email`).
 *
 * ON v54 (block T): as on v53, 29 running, 1 LEFT (14).
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line for the next available librarian.`];

const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'WCPL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'BRPL' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'GBL' };
const DWAYNE: Prov = { id: 'dwayne', name: 'Dwayne', library: 'RBPL' };
const ANA: Prov = { id: 'ana-s', name: 'Ana', library: 'SFPL-CA' };
const REF4: Prov = { id: 'ref4', name: 'Reference 4', library: 'NCPL' };
const PRUDENCE: Prov = { id: 'prudence', name: 'Prudence', library: 'LWL' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'LPL-PA' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'OKL' };
const BARRETT: Prov = { id: 'barrett', name: 'Barrett', library: 'MGL' };
const LUCINDA: Prov = { id: 'lucinda', name: 'Lucinda', library: 'FCL-OH' };
const KEISHA: Prov = { id: 'keisha', name: 'Keisha', library: 'STATE' };
const MARCUS: Prov = { id: 'marcus-h', name: 'Marcus', library: 'HCLS' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'EPL-NY' };
const OLIVER: Prov = { id: 'oliver', name: 'Oliver', library: 'CBPL' };
const THEA: Prov = { id: 'thea', name: 'Thea', library: 'WML' };
const RAJ: Prov = { id: 'raj', name: 'Raj', library: 'WML' };
const PAULA: Prov = { id: 'paula', name: 'Paula', library: 'KDL' };
const EZRA: Prov = { id: 'ezra', name: 'Ezra', library: 'KDL' };
const PRACTICE: Prov = { id: 'practice-r', name: 'Training Seat 2', library: 'TRN' };
const MERRILL: Prov = { id: 'merrill', name: 'Merrill (statewide)', library: 'STATE' };
const WINONA: Prov = { id: 'winona', name: 'Winona', library: 'JPL' };
const YUSUF: Prov = { id: 'yusuf', name: 'Yusuf', library: 'MCFL' };
const FRANCINE: Prov = { id: 'francine', name: 'Francine', library: 'BCPL' };
const ZOE: Prov = { id: 'zoe', name: 'zoe_dml', library: 'DML-OH' };
const VIRGIL: Prov = { id: 'virgil', name: 'Virgil', library: 'CWL' };
const CORNELIUS: Prov = { id: 'cornelius', name: 'Cornelius', library: 'APL-NY' };
const LORETTA: Prov = { id: 'loretta', name: 'Loretta', library: 'SDL' };
const GRETCHEN: Prov = { id: 'gretchen', name: 'Gretchen', library: 'BVPL' };
const ODELL: Prov = { id: 'odell', name: 'Odell', library: 'FCPL-MD' };
const BERNICE: Prov = { id: 'bernice', name: 'Bernice', library: 'HEPL' };
const WENDY: Prov = { id: 'wendy', name: 'Wendy', library: 'LSL-MI' };

export const sixtiethRoundRetirement: SessionCase[] = [
  // 01 replacing a Social Security card online
  s(ROSALIND, '01 lost Social Security card: queue line, "same name, or has your name changed?", my Social Security replacement page, "thats all i needed"', [
    [0, 'p', 'hi i lost my social security card, how do i get a new one? do i have to go in person'],
    queue(2),
    [34, 'l', 'Good morning! This is Rosalind, a reference librarian with Wake County Public Libraries.'],
    [40, 'l', 'Is it just a replacement with the same name, or has your name changed too? That decides whether you can do it online.'],
    [95, 'p', 'same name, i just lost it moving'],
    [101, 'l', "Then you can probably do it online without going in: sign in to your my Social Security account at ssa.gov/myaccount/replacement-card.html and choose \"Replace Social Security card\". Most states allow it if you have a driver's license or state ID. The new card comes in the mail in about 2 weeks."],
    [107, 'l', 'Does that answer your question?'],
    [170, 'p', 'yes!! thats all i needed thank you so much'],
    [176, 'l', "You're welcome, take care!"],
  ], usual()),

  // 02 retiring at 62: a hold answered 150 s later, a patron "thanks" inside the wait
  s(HOLLIS, '02 retire at 62 vs 67: "let me pull up the SSA\'s numbers", patron "thanks" inside the wait, answer 150 s after the hold', [
    [0, 'p', 'How much will I get from social security if I retire at 62 instead of 67?'],
    [25, 'l', "Hi there, you've reached Hollis at the Ask a Librarian service of Brookline Public Library."],
    [31, 'l', 'Are you looking for your own personal estimate, or a general idea of how big the reduction is?'],
    [80, 'p', 'both i guess. i turn 62 in august'],
    [86, 'l', "Okay, let me pull up the SSA's numbers for you."],
    [140, 'p', 'thanks'],
    [236, 'l', 'Thanks for waiting. Claiming at 62 when your full retirement age is 67 cuts the monthly benefit by 30 percent for life; the SSA chart is at ssa.gov/benefits/retirement/planner/agereduction.html. For your own numbers, your my Social Security account at ssa.gov/myaccount shows estimates at 62, 67 and 70 from your actual earnings.'],
    [242, 'l', 'Is that what you were looking for?'],
    [300, 'p', "yes, that's everything. thanks"],
    [306, 'l', 'Glad to help. Thanks for chatting with us, bye!'],
  ], usual({ informed: 'fail' })),

  // 03 Part B while still working: SHIP by phone and URL; patron goes quiet; check-in, then a notice that invites back
  s(IMANI, '03 Part B while still working: SHIP counselors by phone + URL, patron quiet after the answer, "Are you still there?" at 330, notice + invitation at 440', [
    [0, 'p', 'my husband is 66 and still working with insurance from his job. does he have to sign up for medicare part B now or will he get a penalty'],
    [28, 'l', "Hello, and thanks for contacting Ask Us! I'm Imani, a librarian at Greenbelt Library."],
    [35, 'l', 'Is the insurance from his own current job, and does the employer have 20 or more employees? Both change the answer.'],
    [110, 'p', 'yes his own job, big company'],
    [116, 'l', 'One moment while I find the official page.'],
    [190, 'l', "With coverage from his own current employer he can usually wait, and sign up for Part B in the 8-month Special Enrollment Period after the job or the coverage ends, without a penalty. Medicare explains it at medicare.gov/basics/get-started-with-medicare/sign-up/when-can-i-sign-up-for-medicare. For help with his own situation, call your state's free SHIP counselors at 1-877-839-2675 (shiphelp.org)."],
    [196, 'l', 'Does that help?'],
    [330, 'l', 'Are you still there?'],
    [440, 'l', "I haven't heard from you in a while, so it looks like you may have disconnected. I'll end the chat now. Please come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 04 SSI for an adult son: "go down to your local Social Security office" (no contact)
  s(DWAYNE, '04 SSI for a 19-year-old with autism: savings asked, ssa.gov/ssi, "go down to your local Social Security office" (no way to reach it)', [
    [0, 'p', 'how do I apply for SSI for my son? he is 19 and has autism'],
    [40, 'l', "Hi! I'm Dwayne, a librarian at Riverbend Public Library. I can help you find where to start."],
    [47, 'l', 'Does he have any income or savings of his own right now? SSI has limits on both.'],
    [120, 'p', 'no just a little in a savings acct like 300'],
    [126, 'l', "That's well under the $2,000 limit. The SSA's SSI page, ssa.gov/ssi, explains who qualifies and lists the papers to gather (his medical records, school records and ID). Adults can't always finish an SSI application online, so go down to your local Social Security office and they will help you fill it out."],
    [132, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes ok. thats all'],
    [206, 'l', 'Thanks for chatting, and good luck to you and your son.'],
  ], usual({ referral: 'fail' })),

  // 05 Spanish: survivor benefits for a widow
  s(ANA, '05 pensión de viuda (Spanish): "Le saluda Ana, bibliotecaria", "llamar al Seguro Social al 1-800-772-1213", "¿Le sirve…?", "es todo"', [
    [0, 'p', 'buenas tardes, mi esposo falleció el mes pasado, como pido la pensión de viuda del seguro social'],
    [30, 'l', '¡Buenas tardes! Le saluda Ana, bibliotecaria de la Biblioteca Pública de San Fernando. Lamento mucho su pérdida.'],
    [37, 'l', '¿Usted ya cobra algún beneficio del Seguro Social, o sería la primera vez que solicita?'],
    [100, 'p', 'no cobro nada todavia, tengo 63'],
    [106, 'l', 'Un momento por favor, busco la información en español.'],
    [180, 'l', 'Los beneficios de sobreviviente no se solicitan en línea: tiene que llamar al Seguro Social al 1-800-772-1213 (diga "español") para pedir una cita. La página ssa.gov/es/survivors explica qué documentos llevar: el certificado de defunción, el acta de matrimonio y su identificación.'],
    [186, 'l', '¿Le sirve esta información?'],
    [250, 'p', 'si, muy amable. es todo'],
    [256, 'l', 'Con mucho gusto. ¡Gracias por usar nuestro chat y que tenga buen día!'],
  ], usual({ referral: 'pass' })),

  // 06 the "suspended number" scam: screen name only
  s(REF4, '06 "your SSN is suspended" gift-card call: "Hi! How can I help?" under a screen name, ssa.gov/scam, report to the SSA Inspector General at oig.ssa.gov', [
    [0, 'p', 'Someone called my mother saying her social security number was suspended and she needs to pay with gift cards. Is this real??'],
    [20, 'l', 'Hi! How can I help?'],
    [26, 'l', 'Did she give them any information or buy any gift cards yet?'],
    [60, 'p', 'no she hung up and called me'],
    [66, 'l', "Good for her — that's a well-known scam. The SSA never calls to say a number is suspended and never asks for gift cards; its scam page, ssa.gov/scam, describes this one. She can report the call to the SSA Inspector General online at oig.ssa.gov, and to the FTC at reportfraud.ftc.gov."],
    [72, 'l', 'Did that help?'],
    [110, 'p', "yes thank you, that's all"],
    [115, 'l', "You're welcome. Bye!"],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 07 senior center lunch: 95 s pickup
  s(PRUDENCE, '07 senior center lunch program: "hello?" in the queue, picked up at 95 s, "call the center at 555-…", county URL', [
    [0, 'p', 'what time does the senior center on Elm st open and do they still do the lunch program'],
    queue(2, 3),
    [58, 'p', 'hello?'],
    [95, 'l', 'Hello, sorry about the wait! This is Prudence at Ask Linwood Library.'],
    [101, 'l', 'Is that the Elm Street Senior Center in Linwood, or the one in Dover?'],
    [140, 'p', 'linwood'],
    [146, 'l', 'The Elm Street Senior Center is open weekdays 8:30 to 4:00, and the hot lunch is at 11:45 for anyone 60 and over, with a suggested donation of $3. You have to reserve a day ahead: call the center at 555-203-7710. The county\'s schedule is at linwoodcounty.gov/aging/senior-centers.'],
    [152, 'l', 'Does that answer your question?'],
    [200, 'p', 'perfect thank u'],
    [206, 'l', 'Anything else I can help you with?'],
    [240, 'p', 'no'],
    [245, 'l', 'Thanks for chatting, have a nice day!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 08 a bankrupt employer's pension: PBGC, follow-up by me, e-mail read back, "by Thursday", done in 30 h
  s(GIDEON, '08 pension from a bankrupt steel company (follow-up by me): PBGC search + phone, e-mail read back, "by Thursday", done in 30 h', [
    [0, 'p', 'I worked at Carlisle Steel from 1974 to 1991 and was promised a pension. The company went bankrupt in 2002. Is there any way to find out if I still get it?'],
    [30, 'l', "Good afternoon, I'm Gideon, a reference librarian at Lancaster Public Library."],
    [37, 'l', 'Do you remember whether the plan was taken over by the government after the bankruptcy, or do you have any papers from the plan?'],
    [120, 'p', 'no papers. i dont know'],
    [126, 'l', "Let me check the PBGC's records."],
    [210, 'l', "The Pension Benefit Guaranty Corporation takes over the pension plans of many bankrupt companies. Its search at pbgc.gov/search-unclaimed-pensions lets you look plans up by company, and a Carlisle Steel plan is listed there. To claim, you'd call PBGC's customer contact center at 1-800-400-7242."],
    [216, 'l', 'Does that help so far?'],
    [270, 'p', 'yes. can you find out if there is a booklet about the plan? i want to know what i was promised'],
    [276, 'l', "I can look for the plan's summary description in our business archives, but that will take some time. I'll e-mail you what I find by Thursday. What's your e-mail address?"],
    [330, 'p', 'ray.kowalski@example.com'],
    [336, 'l', "Thanks — ray.kowalski@example.com. You'll hear from me by Thursday."],
    [342, 'l', 'Anything else for today?'],
    [370, 'p', 'no thats all, bless you'],
    [376, 'l', 'Take care, and thank you for contacting us.'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 09 SSDI status: a promise with no time (pending)
  s(FARAH, '09 SSDI waiting 5 months (follow-up by me): status in my Social Security, "I\'ll send it over once I find it" (no time), pending at day 1', [
    [0, 'p', "I applied for disability (SSDI) 5 months ago and haven't heard anything. how long does it take?"],
    [22, 'l', 'Hi, this is Farah with the Ask a Librarian chat at Oakmont Library.'],
    [28, 'l', 'Did you apply online or at an office, and which state do you live in?'],
    [70, 'p', 'online, ohio'],
    [76, 'l', "You can check where your application is in your my Social Security account at ssa.gov/myaccount, under \"My Home\". In Ohio the medical decision is made by the state's Disability Determination Services; I'll look for their current processing times and get back to you. Can I have your e-mail?"],
    [130, 'p', 'sure its tgreene44@example.com'],
    [136, 'l', "Got it, tgreene44@example.com. I'll send it over once I find it."],
    [142, 'l', 'In the meantime, does the status page help?'],
    [180, 'p', 'yes thanks'],
    [186, 'l', "You're welcome! Take care."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 10 "You've used up your time for today"
  s(BARRETT, '10 Medicare at 65 then a list: "You\'ve used up your time for today, so I\'m ending this chat now." (dismissal, no goodbye)', [
    [0, 'p', 'when do i have to sign up for medicare, i turn 65 in june'],
    [30, 'l', 'Hi, Barrett here at Maple Grove Library.'],
    [36, 'l', 'Do you have health insurance through a job right now, or are you retired?'],
    [80, 'p', 'retired'],
    [86, 'l', 'Then your Initial Enrollment Period runs from March through September: the 3 months before your birthday month, that month, and the 3 after. Sign up in the first 3 months so coverage starts June 1. The details are at medicare.gov/basics/get-started-with-medicare.'],
    [92, 'l', 'Does that answer it?'],
    [130, 'p', 'ok what about part D and medigap and my wife is 62 does she get medicare through me and what about dental'],
    [138, 'l', "That's a lot of questions. You've used up your time for today, so I'm ending this chat now."],
    [150, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 11 other patrons waiting, a way back by phone
  s(LUCINDA, '11 teachers\' pension beneficiary form, then Medicare and survivor questions: "several other patrons waiting … chat back in later, or call our reference desk at 555-…"', [
    [0, 'p', 'i need help with my pension paperwork from the state teachers retirement system and also medicare and my late husbands social security'],
    [26, 'l', "Hello! I'm Lucinda, a librarian with Ask Us at Fairmont County Library."],
    [33, 'l', "Let's take them one at a time. Which would you like to start with?"],
    [80, 'p', 'the teachers pension. I need the form to name a new beneficiary'],
    [86, 'l', 'The State Teachers Retirement System keeps its forms at strsoh.org/forms; the change of beneficiary form is in the Member Forms list.'],
    [92, 'l', 'Is that the form you needed?'],
    [140, 'p', 'yes. now medicare, and the social security'],
    [148, 'l', "I'm glad that one worked! There are several other patrons waiting for help right now, so I can't get into all of those today. Please chat back in later, or call our reference desk at 555-418-2200 and we can keep going."],
    [190, 'p', 'ok'],
    [196, 'l', 'Thank you for your patience, and take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 12 Lost Call: the greeting is a hold, the patron leaves, a check-in, a notice that invites back 190 s later
  s(KEISHA, '12 Part D deadline (Lost Call): "Hi, I\'m Keisha … give me a moment to read your question", patron leaves, check-in at 90, notice + invitation at 280', [
    [0, 'p', 'is there a deadline to enroll in medicare part D'],
    [35, 'l', "Hi, I'm Keisha at the statewide Ask a Librarian service — give me a moment to read your question."],
    left(60),
    [90, 'l', 'Hello? Are you still there?'],
    [280, 'l', "It looks like you've disconnected, so I'll close this chat. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 Lost Call after three patron lines; a restatement
  s(MARCUS, '13 SSA-1099 (Lost Call after 3 patron lines): restated "So you need the SSA-1099 for your 2025 taxes.", "or get it mailed by calling 1-800-772-1213"', [
    [0, 'p', 'how do i get a 1099 for my social security, the SSA-1099'],
    [20, 'l', "Hi, you're chatting with Marcus at Ask Us, Howard County Library."],
    [26, 'l', 'So you need the SSA-1099 for your 2025 taxes.'],
    [50, 'p', 'yes 2025'],
    [56, 'l', 'You can download it from your my Social Security account at ssa.gov/myaccount (look for "Replacement Documents"), or get it mailed by calling 1-800-772-1213.'],
    [90, 'p', 'ok thx'],
    [95, 'l', 'Thanks for chatting, bye!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 14 the grandparent scam: four chats at once; local police with no contact
  s(NADIA, '14 grandparent scam, $2000 wired: "call the wire company\'s fraud line", ic3.gov, "your local police department" (no contact); four chats at once', [
    [0, 'p', "My dad got a call from 'his grandson' needing bail money. how do we report this"],
    [20, 'l', "Hi! Nadia here, librarian at Elmhurst Public Library. I'm sorry that happened."],
    [26, 'l', 'Did your dad send any money, or did he only get the call?'],
    [60, 'p', 'he sent $2000 by wire yesterday'],
    [66, 'l', "He should call the wire company's fraud line right away to try to stop the transfer, then report it to your local police department and online to the FBI's Internet Crime Complaint Center at ic3.gov. The FTC's page on scams against older adults, consumer.ftc.gov/features/scams-against-older-adults, explains what to watch for next."],
    [72, 'l', 'Is that what you needed?'],
    [120, 'p', 'yes thank you. thats everything'],
    [126, 'l', "You're welcome, and I hope he gets it back. Take care."],
  ], usual({ concurrency: 'fail', referral: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nadia', -300, 400), other('n2', 'nadia', -100, 500), other('n3', 'nadia', 50, 700)],
  }),

  // 15 Railroad Retirement: a disconnect notice without a check-in; three at most, two touching the ends
  s(OLIVER, '15 railroad retirement: "call the RRB at 1-877-…", patron quiet, "It looks like you\'ve disconnected … Thanks" at 320 with no check-in; others touch both ends', [
    [0, 'p', 'My dad worked for the railroad 30 yrs. does he get social security or railroad retirement'],
    [28, 'l', 'Hi, Oliver at Ask a Librarian, Council Bluffs Public Library.'],
    [34, 'l', 'Did he work for the railroad at least 10 years, or at least 5 years after 1995?'],
    [90, 'p', '30 years at Union Pacific'],
    [96, 'l', "Then his retirement benefit comes from the Railroad Retirement Board, not Social Security. The RRB's benefits page is rrb.gov/Benefits, and he can call the RRB at 1-877-772-5772 to apply or ask about his annuity."],
    [102, 'l', 'Does that answer your question?'],
    [320, 'l', "It looks like you've disconnected, so I'm going to end this session. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' }), {}, {
    otherIntervals: [other('o1', 'oliver', -600, 0), other('o2', 'oliver', -100, 200), other('o3', 'oliver', 100, 700), other('o4', 'oliver', 325, 900)],
  }),

  // 16 transfer by the book
  s(THEA, '16 Part D plan for mom (6 meds): transfer to the health information librarian with a notice and a note, Raj 64 s later, Plan Finder URL', [
    [0, 'p', 'im trying to pick a medicare part D plan for my mom, she takes 6 meds. can someone help compare'],
    [24, 'l', "Hi, I'm Thea at the Ask a Librarian desk, Westfield Memorial Library."],
    [30, 'l', "Is she already on Medicare, and is this for the open enrollment that's going on now?"],
    [80, 'p', 'yes she has medicare, yes for next year'],
    [86, 'l', "Our health information librarian helps people with the Medicare Plan Finder all the time, so I'm going to transfer you to him. One moment, please."],
    [90, 'i', 'Raj, patron comparing Part D plans for her mom (6 meds, open enrollment). Can you take it? Plan Finder walkthrough.'],
    xfer(94, 'Raj', 'raj'),
    [150, 'l', 'Hello, Raj here, health information librarian. The tool you want is the Medicare Plan Finder at medicare.gov/plan-compare: enter her ZIP and her 6 drugs with doses, and it lists the Part D plans by total yearly cost, premiums included. Open enrollment runs October 15 to December 7.', as(RAJ)],
    [156, 'l', 'Does that give you what you need?', as(RAJ)],
    [210, 'p', "yes, that's perfect. thats all, thanks!"],
    [216, 'l', "You're welcome. Thanks for using Ask a Librarian!", as(RAJ)],
  ], usual({ transfer: 'pass' })),

  // 17 a silent transfer (internal note only); the receiver answers 80 s after the patron
  s(PAULA, '17 Medicare Savings Program in Michigan: transfer with an internal note only, Ezra answers 80 s after the patron, MI Bridges URL', [
    [0, 'p', 'how do I find out if my mom qualifies for the Medicare Savings Program? she only gets $1100 a month from social security'],
    [30, 'l', "Hello! I'm Paula at Ask Us, Kent District Library."],
    [36, 'l', 'Which state does she live in?'],
    [70, 'p', 'michigan'],
    [74, 'i', 'Ezra, can you take this? Medicare Savings Program in MI, you know the MDHHS stuff'],
    xfer(77, 'Ezra', 'ezra'),
    [150, 'l', 'Hi, Ezra here. In Michigan the Medicare Savings Programs are run by MDHHS, and at $1,100 a month she is likely under the income limit. She can apply online through MI Bridges at michigan.gov/mibridges; the income limits are on michigan.gov/mdhhs (search "Medicare Savings Program").', as(EZRA)],
    [156, 'l', 'Does that answer your question?', as(EZRA)],
    [200, 'p', 'yes thanks'],
    [206, 'l', 'Anything else?', as(EZRA)],
    [230, 'p', 'no thats all'],
    [235, 'l', 'Thanks for chatting, bye!', as(EZRA)],
  ], usual({ transfer: 'fail' })),

  // 18 Practice
  s(PRACTICE, '18 practice chat (open enrollment script): coded Practice, every check na', [
    [0, 'p', 'test: when does medicare open enrollment start'],
    [10, 'l', 'Hi, practice chat for new staff.'],
    [20, 'l', 'Oct 15, see medicare.gov. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 follow-up by the patron's library: e-mail only on the account, "within 3 days", not done by day 5
  s(MERRILL, '19 Medicare 101 class at Fox Hill (follow-up by patron\'s library): "at the e-mail address on your library account", "within 3 days", not done by day 5', [
    [0, 'p', 'Is the library doing the Medicare 101 class again this fall? I missed the one in the spring at the Fox Hill branch'],
    [40, 'l', "Hi, this is Merrill with the statewide Ask Us service. I'm not at Fox Hill, but I'll see what I can find."],
    [46, 'l', 'Was it the class run with the state health insurance counselors (SHIP)?'],
    [100, 'p', 'yes I think so'],
    [106, 'l', 'Let me check their calendar.'],
    [180, 'l', "Fox Hill's events page (foxhilllibrary.org/events) doesn't list a fall date yet. I'll pass your question to the Fox Hill staff, and someone from your library will get back to you within 3 days at the e-mail address on your library account."],
    [186, 'l', 'Does that help for now?'],
    [230, 'p', 'ok thank you'],
    [236, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'bjordan@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 20 a call-back promise coded Answered: phone read back, "tomorrow morning", done in 10 h
  s(WINONA, '20 union pension survivor benefit: fund\'s phone, call-back promise "tomorrow morning" with the phone read back, coded Answered, done in 10 h', [
    [0, 'p', 'my husband passed and he had a pension from the Teamsters Central States fund. who do i call'],
    [32, 'l', "Hello, I'm Winona, a librarian at Joliet Public Library. I'm so sorry for your loss."],
    [39, 'l', 'Do you know whether he was already getting pension checks, or had he not retired yet?'],
    [100, 'p', 'he was getting them for 8 years'],
    [106, 'l', 'The Central States Pension Fund handles survivor benefits: call their member services at 1-800-323-5000 to report his death and ask about the surviving spouse pension. Their site is cspf.org.'],
    [112, 'l', 'Does that help?'],
    [160, 'p', 'yes. i dont have a computer though, can someone print the survivor forms for me'],
    [166, 'l', "Of course. I'll find the forms and call you back tomorrow morning to tell you when they're ready at the desk. What number should I call?"],
    [210, 'p', '815-555-0143'],
    [216, 'l', "815-555-0143, got it. I'll call you tomorrow morning."],
    [222, 'l', 'Anything else today?'],
    [250, 'p', "no, that's everything. thank you honey"],
    [256, 'l', "You're very welcome. Take care."],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }), { followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 21 missing earnings: follow-up by me, done after 80 h
  s(YUSUF, '21 zero earnings 1983-85 on the SSA statement (follow-up by me): SSA-7008 URL, e-mail read back, "by Friday", done after 80 h', [
    [0, 'p', 'my social security statement shows zero for 1983 to 1985 but i worked at the Del Mar cannery those years. how do i fix it'],
    [26, 'l', 'Hi there! Yusuf here, reference librarian at Monterey County Free Libraries.'],
    [32, 'l', 'Do you have any pay stubs, W-2s or tax returns from those years?'],
    [90, 'p', 'no. the cannery closed in 1990'],
    [96, 'l', 'Let me look at what SSA accepts.'],
    [170, 'l', 'You can ask SSA to correct the record with Form SSA-7008, Request for Correction of Earnings Record (ssa.gov/forms/ssa-7008.pdf). Without W-2s, SSA accepts other proof, such as statements from coworkers or the business\'s records. Our local history collection has city directories and newspaper clippings that could show the cannery and its staff; I can search them for you.'],
    [176, 'l', 'Does the form page help so far?'],
    [230, 'p', 'yes please search'],
    [236, 'l', "I'll e-mail you what I find by Friday. What's the best e-mail?"],
    [280, 'p', 'e.ortega.1950@example.com'],
    [286, 'l', "e.ortega.1950@example.com — got it. You'll have it by Friday."],
    [292, 'l', 'Is there anything else I can help with?'],
    [320, 'p', 'no thanks'],
    [326, 'l', 'Thank you for contacting us. Goodbye!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 22 code null; a senior van by phone
  s(FRANCINE, '22 van to the senior center: "call CountyRide at 410-555-…", county URL, "Will that work for you?", "Have a lovely day!", code null', [
    [0, 'p', "do you know if there is a bus or van that takes seniors to the senior center in Pikesville? I don't drive anymore"],
    [18, 'l', "Good morning! My name is Francine, and I'm a librarian at Baltimore County Public Library."],
    [25, 'l', 'Are you 60 or older, and do you live in Baltimore County?'],
    [70, 'p', "I'm 78, yes county"],
    [76, 'l', "The county's CountyRide van takes residents 60 and over to senior centers, medical appointments and shopping for a small fare. You register first and book at least a week ahead: call CountyRide at 410-555-0150. The details are on baltimorecountymd.gov/departments/aging/countyride."],
    [82, 'l', 'Will that work for you?'],
    [130, 'p', "yes that will work. that's all I needed, thank you"],
    [136, 'l', "You're so welcome! Have a lovely day."],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 23 chat-speak, the question only after the first source
  s(ZOE, '23 earliest age for SS (chat-speak): "hey! zoe @ ask a librarian", chart URL first, "is she a widow?" after it, "np, bye!"', [
    [0, 'p', 'wats the earliest age u can get social security?? asking 4 my mom'],
    [12, 'l', 'hey! zoe @ ask a librarian, dayton metro library 👋'],
    [17, 'l', 'earliest is 62 for retirement, but its reduced. ssa.gov/benefits/retirement/planner/agereduction.html has the chart'],
    [22, 'l', 'is she a widow? survivors can start at 60'],
    [50, 'p', 'ya my dad died in 2019'],
    [56, 'l', 'oh sorry to hear. then she can get survivor benefits as early as 60: ssa.gov/survivors'],
    [60, 'l', 'that help?'],
    [90, 'p', 'ya thx'],
    [94, 'l', 'np, bye!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 24 no source: benefits on an ex-spouse's record from memory
  s(VIRGIL, '24 benefits on an ex-husband\'s record: "Have you remarried?", the rules from memory (no source), "that\'s all i wanted to know"', [
    [0, 'p', "can I get social security from my ex-husband's record? we were married 12 years"],
    [36, 'l', "Hi, I'm Virgil, a librarian at Clearwater Library."],
    [43, 'l', 'Have you remarried since the divorce?'],
    [90, 'p', 'no'],
    [96, 'l', "Then you may qualify. If the marriage lasted at least 10 years, you're unmarried and you're 62 or older, you can get up to half of his full benefit, and it doesn't lower what he gets. He doesn't even have to know you applied."],
    [102, 'l', 'Does that help?'],
    [150, 'p', "yes very much. that's all i wanted to know"],
    [156, 'l', 'Wonderful. Thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 25 holds every ~100 s through a long search
  s(CORNELIUS, '25 NYSLRS cost-of-living adjustments since 2015: holds at 76/180/290 (one a partial result), answer at 385, goodbye', [
    [0, 'p', "I'm a retired NY state employee. can you find how much the cost of living adjustment was each year since 2015? for my records"],
    [22, 'l', 'Hello, Cornelius here, a librarian at Albany Public Library.'],
    [28, 'l', "Is it the New York State and Local Retirement System pension, not the teachers' system?"],
    [70, 'p', 'yes NYSLRS'],
    [76, 'l', "Okay, I'll dig through their publications. One moment."],
    [180, 'l', "Still looking — they announce the COLA each September, so I'm going year by year."],
    [290, 'l', "Nearly there: I've found 2015 through 2022, and I'm checking the last few years."],
    [385, 'l', "Here you go: NYSLRS lists each year's COLA on its page at osc.ny.gov/retirement/retirees/cost-living-adjustment, with the percentage and the monthly cap back to 2001. Since 2015 it has ranged from 1 to 3 percent."],
    [391, 'l', 'Is that what you needed?'],
    [450, 'p', 'perfect, thank you. thats all'],
    [456, 'l', 'My pleasure. Thanks for using Ask a Librarian!'],
  ], usual()),

  // 26 internal lines do not end the wait
  s(LORETTA, '26 SHIP counselor on Tuesdays: two internal lines, the patron waits 140 s for a visible answer, Main information desk by phone', [
    [0, 'p', 'Is the Medicare counselor still at the main library on Tuesdays? I need help with my Advantage plan'],
    [20, 'l', 'Hi, Loretta at Springdale Library here!'],
    [26, 'l', 'Is it the SHIP volunteer you saw before, or are you looking for anyone who can help with Medicare Advantage?'],
    [60, 'p', 'the SHIP volunteer, Carol'],
    [64, 'i', 'Anyone know if Carol (SHIP) still does Tuesdays at Main?'],
    [140, 'i', 'Main desk: yes, Tues 1-4, appts only'],
    [200, 'l', 'Carol is still at Main on Tuesdays from 1 to 4, by appointment only. You can book through our events calendar at springdalelibrary.org/events (search "Medicare") or by calling the Main information desk at 555-330-1818.'],
    [206, 'l', 'Does that work for you?'],
    [250, 'p', 'yes thank you'],
    [256, 'l', 'Anything else I can help with?'],
    [280, 'p', 'nope, all set'],
    [284, 'l', 'Great! Thanks for chatting with Springdale Library.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 27 "Sure, take your time." then the patron away 250 s
  s(GRETCHEN, '27 replacing a Medicare card: "Sure, take your time." then the daughter back 250 s later, ssa.gov + medicare.gov accounts', [
    [0, 'p', 'I lost my red white and blue medicare card. how do i get another'],
    [25, 'l', "Hi there, this is Gretchen at Bayview Public Library's Ask a Librarian."],
    [31, 'l', 'Do you get Social Security benefits now, or are you on Medicare only?'],
    [70, 'p', 'both. hold on my daughter wants to ask something, let me get her'],
    [76, 'l', 'Sure, take your time.'],
    [326, 'p', 'hi this is her daughter. can we do it online?'],
    [332, 'l', 'Yes. Since she gets Social Security, you can order the replacement in her my Social Security account at ssa.gov/myaccount (Replacement Documents > Medicare card), or print an official copy right away from her Medicare account at medicare.gov/account/login.'],
    [338, 'l', 'Does that answer your question?'],
    [390, 'p', "yes that's everything, thanks!"],
    [396, 'l', 'Glad I could help. Take care!'],
  ], usual()),

  // 28 a goodbye 146 s after the answer, no check-in
  s(ODELL, '28 beginner computer classes at a senior center: answer at 96, goodbye at 242 (final idle 146 s) with no check-in', [
    [0, 'p', 'any senior centers near frederick that have computer classes for beginners'],
    [30, 'l', "Good evening! You've reached Odell, librarian at Frederick County Public Libraries."],
    [36, 'l', 'Do you mean classes on using a computer in general, or something specific like a smartphone or e-mail?'],
    [90, 'p', "general. I'm 74 and never used one"],
    [96, 'l', "The Frederick Senior Center runs a free \"Computers for Beginners\" series on Wednesday mornings; the Senior Services Division lists it in its program guide at frederickcountymd.gov/seniorservices. Our own libraries also run \"Tech Help for Seniors\" drop-ins, listed at fcpl.org/events."],
    [102, 'l', 'Would that work for you?'],
    [242, 'l', 'Thanks for chatting tonight — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 29 a check-in, then nothing: no notice, no goodbye
  s(BERNICE, '29 documents to apply for retirement at 67: answer at 86, "Are you still with me?" at 260, session ends at 460 with no notice', [
    [0, 'p', 'what documents do I need to apply for retirement benefits? I turn 67 in march'],
    [26, 'l', 'Hi! This is Bernice from the Ask Us chat at Hamilton East Public Library.'],
    [32, 'l', 'Are you applying online or planning to go to an office?'],
    [80, 'p', 'online'],
    [86, 'l', 'You apply at ssa.gov/retirement; the list of what to have ready (your birth certificate, last year\'s W-2s or self-employment return, a bank routing number for direct deposit, and military discharge papers if you served) is on the same page under "What you need".'],
    [92, 'l', 'Does that help?'],
    [260, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 200 }),

  // 30 pickedUpAt 50 s, first line at 130; the patron has the last word
  s(WENDY, '30 Extra Help for drug costs: `pickedUpAt` 50 s, first line at 130, ssa.gov Extra Help URL, patron "thats all i needed" last (no goodbye)', [
    [0, 'p', 'how do I apply for extra help paying for my prescriptions? my income is low'],
    [130, 'l', 'Hello, Wendy here, a librarian at Lakeside Library. Thanks for waiting.'],
    [136, 'l', 'Are you already on Medicare Part D?'],
    [170, 'p', 'yes'],
    [176, 'l', "Extra Help (the Part D Low-Income Subsidy) is applied for through Social Security: the online application is at ssa.gov/medicare/part-d-extra-help and takes about 15 minutes. You'll need your Medicare card and your bank balances."],
    [182, 'l', 'Is that what you were looking for?'],
    [230, 'p', 'yes thank you, thats all i needed'],
  ], usual({ courteous: 'fail' }), { pickedUpAt: at(50) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtiethRoundRetirement.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('14')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 4 "He should call the wire company\'s fraud line right away to try to stop the tran…"). Message 4: "He should call the wire company\'s fraud line right away to try to stop the transfer, then report it to your local police department and online to the FBI\'s Internet Crime Complaint Center at ic3.gov." refers the patron to three parties (call / contact / visit them: RUBRIC Terms, Referral); the wire company\'s fraud line and the local police department come with no e-mail, phone, postal address or URL (ic3.gov reaches the IC3 only), and RUBRIC asks that "every party the patron is referred to comes with a way to reach them".',
};

describe('sixtieth round: retirement and Social Security, checked', () => {
  describeSessions('whole sessions', sixtiethRoundRetirement.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtiethRoundRetirement.filter((c) => c.name in LEFT_WHY));
});
