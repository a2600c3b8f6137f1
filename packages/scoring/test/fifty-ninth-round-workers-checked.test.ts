/**
 * Fifty-ninth round, theme WORKERS AND THE WORKPLACE, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: unpaid wages and wage claims (the last two paychecks in Ohio, a contractor owing a day
 * laborer in Colorado, tip theft in New York, worker centers in Los Angeles, a 2014 prevailing wage for a back-pay claim in
 * Iowa), unemployment (a Pennsylvania denial appeal, a closed employer's address for a North Carolina claim, an Oregon job
 * and a Washington home, a Wisconsin overpayment waiver), workers' compensation (a boss who says to use sick days in New
 * York, a Minnesota guide after a denial, the deadline to report an injury in Virginia, an employer's carrier in
 * Massachusetts), safety (chained fire exits in Texas, OSHA inspection records for a poultry plant), discrimination (a
 * pregnancy firing in Spanish, an age claim at the EEOC in Houston, a 2011 age-discrimination suit), pay and hours (12-hour
 * shifts in Florida, the overtime exemption in Illinois, FMLA and vacation days, a lunch break in Texas, talking about pay in
 * New Jersey), labor law posters (a Michigan bakery, California in Spanish, Georgia, Arizona) and unions (a Chicago
 * warehouse, nurses at a hospital). Providers say they cannot give legal advice, point to state labor departments, OSHA, the
 * DOL, the EEOC, the NLRB, workers' comp boards, unions, worker centers and their own libraries' desks. Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/fiftyNinthRoundWorkers-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 30 s pickup (01); a patron "hello?" and a 75 s pickup (02: fail); `pickedUpAt` at 40 s with
 *   the first line at 70 s (06: pass); "This is Dev from the Harris County Public Library reference desk." (27: names, does
 *   not greet: fail); Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …" (05); chat-speak "hey there! sam @ ask a
 *   librarian, northfield public library 👋" (07); "Hey, Milo at the Ask Us chat, …" (22); "Hi! Hana with Ask a Librarian at
 *   …" (28); no provider ever joined (15);
 *  inquiry: state, hourly or not, the letter, the number of employees, minors on staff, the city and the kind of warehouse,
 *   the contractor's name, state or federal funding, home library, company name and years, the owner, the lawsuit's city,
 *   the employer's size, job title and salary, which posters, told the supervisor yet, when the job ended, already happened
 *   or ahead of time, RN or LPN, managers or kitchen staff, city and language, file a charge or ask, over 18; no question
 *   at all (03: fail); the DWD page before "Was the overpayment because of a mistake by the UI office …?" (30: fail);
 *  waits: holds answered in 74, 64 and 94 s (01, 05, 14); holds at 76 / 170 / 260 (a partial result that says the search
 *   goes on) and a non-hold at 350 (09: pass); "Let me look into how anonymous complaints work." then 140 s (04: fail); a
 *   silent transfer with the receiver 145 s after the patron, across an internal and a system line (22: fail); a transfer
 *   notice answered 54 and 64 s later (23, 21); "No rush, take your time." then the patron back 214 s later (30: waiting on
 *   the patron);
 *  endings: a Lost Call with only a greeting, "Are you still there?" at 150 and "It looks like we got disconnected, so I'm
 *   going to close this chat now. Feel free to reach out again anytime!" at 340 (13); one message that checks in, says the
 *   patron seems disconnected, that the chat will close and invites back, final idle 204 s (24); "Still with me?" at 250 and
 *   nothing until 420 (25: notice and courteous fail); a goodbye 140 s after the answer, no check-in (26: idle fails,
 *   disconnect na); the patron's window closing after "np! anything else?" (07: courteous fails, anything passes); "Sorry,
 *   you've used up your 15 minutes of chat time, so I have to end the session here. Bye." (17: dismissal fails, courteous
 *   passes); "several people waiting in the chat queue … You're welcome to chat back in later, or call our Business & Careers
 *   desk at …" (18: allowed); the patron's "thats everything. thx!" last (28); goodbyes "Have a good night, and I hope your
 *   back feels better.", "Thank you for reaching out, and stay safe.", "¡Gracias a usted por escribirnos! Mucho ánimo.",
 *   "Thanks for your patience, Dan. Talk soon!", "De nada! Thanks for reaching out.", "You're welcome — take care!";
 *   patron-side "thats all i needed", "nothing else, thanks!", "es todo", "nope that's it", "no thats all", "thats all",
 *   "thats everything", and "ok thank you", "ok thanks", "ok thx", "ok, that sucks but thanks" that do not count;
 *  sources: state labor, UI and workers' comp pages, osha.gov, dol.gov, eeoc.gov/es, nlrb.gov, sam.gov wage determinations,
 *   the NC business registry, a library catalogue and ProQuest via the library's database path, the AFL-CIO, a nurses'
 *   association and NDLON's map; none (29: "you'd file a wage claim with the state labor agency");
 *  referrals: a state bureau by URL and phone (01, LEFT); the WCB's advocate by phone (03); OSHA by phone (04); the EEOC and
 *   California's CRD in Spanish (05); a Teamsters local by URL (07); "get in touch with a local worker center" (08: no
 *   contact); the library's own Business & Careers desk by phone (18); the Virginia Commission by URL (20, LEFT); "file with
 *   Oregon" (21, LEFT); the NLRB's Newark office by street and phone (22, LEFT); the federal WHD by phone (25); "Your cousin
 *   can also call the city's Office of Wage Standards at …" (26, LEFT); the EEOC by phone and street (27); "the state labor
 *   agency" with no contact (29: fail); staff consulted on the patron's behalf (a government documents librarian, 09;
 *   Duluth's staff, 10) and "someone there will follow up with you" (14) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Thursday", done in 30 h (09: pass); FU_LIB with the e-mail
 *   only in `patron.email`, no time, day 1 (10: contact fails, pending); "I'll … e-mail it to you tomorrow morning" coded
 *   Answered, e-mail typed by the patron, done after 90 h (11: code fails, contact passes, on_time fails); FU_ME by phone
 *   read back, "by Friday", not recorded by day 4 (12: on_time fails); FU_LIB with no contact anywhere, day 1 (14: code and
 *   contact fail, pending);
 *  codes: a true Lost Call (13); Lost Call after two patron lines with no provider (15: fail); null (28); Practice (16);
 *  transfers: a notice (a hold) and an internal note that says why (21: pass); an internal note only (22: fail); a notice
 *   with no note (23: fail);
 *  concurrency: four at once (19: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (20: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Dev from the … reference desk." identifies without greeting: greeting fails (27);
 * - "Have a good night, and I hope your back feels better.", "Thank you for reaching out, and stay safe.", "Thanks for your
 *   patience, Dan. Talk soon!" and "You're welcome — take care!" say goodbye; "np! anything else?" does not (07);
 * - closing.courteous is judged by its own text ("thanks the patron, says goodbye or invites them back"): a notice that
 *   asks "Are you still there?" and ends "Feel free to come back anytime!" invites back, so courteous passes (24), though by
 *   the Terms it is not a goodbye (it asks whether the patron is still there), so the final idle runs to the session's end;
 * - filing a claim, charge or appeal with an agency is writing to it, a referral (21 "file with Oregon"; 20 "file your own
 *   claim with the Commission"; 22 "file a charge with the NLRB's Newark regional office"; 29 "file a wage claim with the
 *   state labor agency", no contact: fail), as round 57 read "file Form N-565 … with USCIS"; a page that "walks you through"
 *   an appeal with its form (02) or a waiver form to fill out (30) is a source;
 * - "Your cousin can also call the city's Office of Wage Standards" is a referral: the patron asks on the cousin's behalf,
 *   and is told whom the person with the need should call (26);
 * - "get in touch with a local worker center" names a kind of organisation with no way to reach one: a referral without
 *   contact (08);
 * - "reach out to Teamsters Local 705 … teamsterslocal705.org" is a referral with a URL (07);
 * - "Is that guide helpful to start?", "does the sam.gov search help for now?", "Will those work for you?", "Does that cover
 *   it?", "that what u needed?", "¿Esto responde a su pregunta?" ask whether what was given meets the need; "Can I call you
 *   back once I've sorted it out?" does not (12); "Does that help?" after an answer with no source passes (29: source
 *   fails, so completeness is not na);
 * - "I'll send this to your library and someone there will follow up with you" is a follow-up promise with no time (14).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (every disagreement on referral.contact). Label corrections: 0.
 * Final: 25 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 01: the Wage & Hour Bureau with its form URL and "call the Bureau at 614-555-0148" read as a party without contact
 *    (fail; RUBRIC pass);
 *  - case 20: "you file your own claim with the Commission" with the Commission's URL in the same message read as without
 *    contact (fail; RUBRIC pass);
 *  - case 21: "you'd normally file with Oregon … Frances Online … unemployment.oregon.gov/how-to-apply" read as no referral
 *    (na; RUBRIC pass: write to another agency, with a URL);
 *  - case 22: "you can file a charge with the NLRB's Newark regional office: 20 Washington Place, Newark, 973-555-0121" read
 *    as no referral (na; RUBRIC pass);
 *  - case 26: "Your cousin can also call the city's Office of Wage Standards at 213-555-0199 … or go to wagesla.lacity.gov"
 *    read as no referral (na; RUBRIC pass).
 * Every timing check (pickup at 75 s, by `pickedUpAt`, no provider; keep_informed at 140 and 145 s, across holds, a
 * partial-result hold, "take your time", internal and system lines and two transfers; final idles of 20, 140, 204, 315 and
 * 344 s; concurrency at four and at touching ends; on_time done at 30 h, late at 90 h, pending at day 1, not recorded by
 * day 4) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (patron e-mails typed and read back, a patron phone read back, an e-mail only in `patron.email`).
 *
 * ON v53 (block S, written partly from this file): case 22's "you can file a charge with the NLRB's Newark regional office: …" (S28)
 *   and 26's "Your cousin can also call the city's Office of Wage Standards at …" (S27) read as labelled and run: 27 running, 3 LEFT
 *   (01, 20, 21).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (5 through describeLeft).
 * ON v71 AS LANDED (block AK): 01 reads as labelled and runs ("you can also call the Bureau at 614-… if you'd rather talk to
 *   someone": AK3, someone talked to there is the party's own, no party of its own).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line for the next available librarian.`];

const PRIYA: Prov = { id: 'priya-w', name: 'Priya', library: 'MBPL' };
const MARCUS: Prov = { id: 'marcus-w', name: 'Marcus', library: 'ECPL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'HVL' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'BSL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SAPL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'KDL' };
const SAM: Prov = { id: 'sam-n', name: 'sam_npl', library: 'NPL' };
const RENEE: Prov = { id: 'renee', name: 'Renée', library: 'EGL' };
const WINONA: Prov = { id: 'winona', name: 'Winona (statewide)', library: 'STATE-IA' };
const BASIL: Prov = { id: 'basil', name: 'Basil', library: 'ASKMN' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'HCL-GA' };
const ORLA: Prov = { id: 'orla', name: 'Orla', library: 'FCPL-NC' };
const ANA: Prov = { id: 'ana-p', name: 'Ana', library: 'PCL-FL' };
const PIA: Prov = { id: 'pia', name: 'Pia (statewide)', library: 'STATE-MD' };
const QUEUE: Prov = { id: 'askaz-queue', name: 'Ask AZ queue', library: 'STATE-AZ' };
const TRAINING: Prov = { id: 'training-w', name: 'Training Seat 2', library: 'TRN' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'LVL' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'ORPL' };
const ZARA: Prov = { id: 'zara', name: 'Zara', library: 'SPL-CA' };
const IGOR: Prov = { id: 'igor', name: 'Igor', library: 'APL-VA' };
const JUDE: Prov = { id: 'jude', name: 'Jude', library: 'ASKWA' };
const KEIKO: Prov = { id: 'keiko', name: 'Keiko', library: 'ASKWA' };
const MILO: Prov = { id: 'milo', name: 'Milo', library: 'CCL-NJ' };
const DEB: Prov = { id: 'deb', name: 'Deb', library: 'CCL-NJ' };
const ROSS: Prov = { id: 'ross', name: 'Ross', library: 'WPL-MA' };
const AMINA: Prov = { id: 'amina', name: 'Amina', library: 'WPL-MA' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'GVL' };
const FINN: Prov = { id: 'finn', name: 'Finn', library: 'SSPL' };
const GIL: Prov = { id: 'gil', name: 'Gil', library: 'LACL' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'HCPL-TX' };
const HANA: Prov = { id: 'hana', name: 'Hana', library: 'GCPL' };
const OTTO: Prov = { id: 'otto', name: 'Otto', library: 'RRPL' };
const BEA: Prov = { id: 'bea-w', name: 'Bea', library: 'MPL-WI' };

export const fiftyNinthRoundWorkers: SessionCase[] = [
  // 01 Ohio wage claim: queue line, state asked, hold, Bureau by phone, "thats all i needed"
  s(PRIYA, '01 last two paychecks never paid (OH): queue line, state + hourly asked, hold 74 s, Wage & Hour Bureau form URL + phone, "thats all i needed"', [
    [0, 'p', 'hi my old job never paid my last 2 checks, who do i complain to?? its been a month'],
    queue(2),
    [30, 'l', "Good afternoon! This is Priya, a librarian with Millbrook Public Library's Ask a Librarian service. Sorry you're dealing with that."],
    [36, 'l', 'Which state were you working in? And were you paid by the hour?'],
    [90, 'p', 'ohio, hourly at a restaurant'],
    [96, 'l', 'Thanks — one sec while I pull up the right form.'],
    [170, 'l', "In Ohio unpaid wages go to the Wage & Hour Bureau at the Department of Commerce. The complaint form is at com.ohio.gov/divisions-and-programs/industrial-compliance/wage-and-hour-administration, and you can also call the Bureau at 614-555-0148 if you'd rather talk to someone. Keep your pay stubs and a list of the dates you worked."],
    [176, 'l', 'Does this give you what you need?'],
    [230, 'p', 'yes thats all i needed thank u'],
    [236, 'l', "You're welcome. Take care, and I hope you get paid soon!"],
  ], usual({ referral: 'pass' })),

  // 02 PA unemployment appeal: picked up at 75 s
  s(MARCUS, '02 UC denial appeal (PA): patron "hello?" in the wait, pickup at 75 s, letter asked, uc.pa.gov appeals page, "nothing else, thanks!"', [
    [0, 'p', 'I got denied for unemployment and the letter says I have 21 days to appeal. How do I do that?'],
    [40, 'p', 'hello?'],
    [75, 'l', 'Hi there! Marcus here, reference librarian at Erie County Public Library. Thanks for waiting.'],
    [81, 'l', 'Is this a Pennsylvania UC claim? And do you still have the determination letter handy?'],
    [120, 'p', 'yes PA. i have it'],
    [126, 'l', "PA's appeals page, uc.pa.gov/unemployment-benefits/appeals, walks you through it step by step, with the appeal form. Write down the date printed on the letter — the deadline counts from that date, not from when you got it in the mail."],
    [132, 'l', 'Did that answer your question?'],
    [180, 'p', 'yeah. nothing else, thanks!'],
    [186, 'l', "You're welcome — good luck with the appeal, and thanks for chatting!"],
  ], usual({ pickup: 'fail' })),

  // 03 NY workers' comp: answered with no question first
  s(GRETA, '03 boss says use sick days, not workers\' comp (NY): no question before the source, WCB page + Advocate for Injured Workers by phone, "Have a good night"', [
    [0, 'p', 'hurt my back at work lifting boxes. boss says dont file workers comp just use my sick days. is that legal? NY'],
    [22, 'l', 'Hello, Greta at the Ask a Librarian chat for Hudson Valley Libraries here.'],
    [28, 'l', "I can't give legal advice, but New York's Workers' Compensation Board explains your rights, including that an employer can't retaliate against you for filing: wcb.ny.gov/content/main/Workers/Workers.jsp. For help with your own case you can call the Board's Advocate for Injured Workers at 877-555-0196 — it's free."],
    [34, 'l', 'Does that help?'],
    [90, 'p', 'yeah thanks'],
    [95, 'l', 'Anything else I can help you with?'],
    [120, 'p', 'no'],
    [124, 'l', 'Have a good night, and I hope your back feels better.'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 04 OSHA: a hold answered 140 s later
  s(TOBIAS, '04 chained fire exits (TX): "Let me look into how anonymous complaints work." then 140 s, osha.gov complaint page + OSHA phone, "stay safe"', [
    [0, 'p', 'Is there a way to report unsafe conditions at my job without my name on it? the fire exits are chained shut at night'],
    [18, 'l', "Hi! I'm Tobias, a librarian at Brookside Library. That sounds serious."],
    [24, 'l', 'Is it a private company? And which state are you in?'],
    [60, 'p', 'private, its a warehouse in texas'],
    [66, 'l', 'Let me look into how anonymous complaints work.'],
    [206, 'l', "Texas is covered by federal OSHA. You can file online at osha.gov/workers/file-complaint and ask that your name not be given to your employer, or call OSHA at 1-800-555-0174. Locked fire exits count as an imminent danger, so say that when you report it."],
    [212, 'l', 'Is that what you needed?'],
    [260, 'p', 'yes, thats all, thanks'],
    [266, 'l', 'Thank you for reaching out, and stay safe.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 05 Spanish: pregnancy discrimination, EEOC by phone and URL, CRD by URL
  s(LUCIA, '05 despedida por embarazo (CA, Spanish): "¿Cuántos empleados tiene la empresa…?", "Un momento", EEOC por URL y teléfono, CRD por URL, "es todo"', [
    [0, 'p', 'hola, me despidieron cuando dije que estaba embarazada. eso es legal? que puedo hacer'],
    [25, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de Santa Ana. Siento mucho lo que pasó.'],
    [32, 'l', '¿Cuántos empleados tiene la empresa, más o menos? Eso cambia qué ley la protege.'],
    [80, 'p', 'como 40'],
    [86, 'l', 'Un momento, por favor.'],
    [150, 'l', 'Con más de 15 empleados, la ley federal prohíbe despedir a alguien por estar embarazada. Puede presentar un cargo ante la EEOC: la información en español está en eeoc.gov/es, y también puede llamarles al 1-800-555-0140 (tienen intérpretes). En California también puede acudir al Departamento de Derechos Civiles, calcivilrights.ca.gov. Ojo: hay plazos, normalmente de 300 días.'],
    [156, 'l', '¿Esto responde a su pregunta?'],
    [210, 'p', 'si, es todo, muchas gracias'],
    [216, 'l', '¡Gracias a usted por escribirnos! Mucho ánimo.'],
  ], usual({ referral: 'pass' })),

  // 06 posters for a new bakery: pickedUpAt 40, no completeness question
  s(HOLLIS, '06 required posters for a 3-person bakery (MI): pickedUpAt 40 s, first line 70 s, minor employee asked, DOL + michigan.gov, no "does that help"', [
    [0, 'p', 'I just opened a small bakery with 3 employees. What posters am I legally required to put up? Michigan'],
    [70, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Hollis at Kent District Library.'],
    [76, 'l', 'Congrats on the bakery. Do any of your employees work under 18?'],
    [120, 'p', 'one is 17'],
    [126, 'l', "Then you need the federal ones, Michigan's, and the youth employment one. The U.S. Department of Labor's poster advisor at dol.gov/general/topics/posters tells you which federal posters apply, and Michigan's required posters are on michigan.gov/leo (search \"workplace posters\"). They're all free to print — ignore the letters selling $80 poster kits."],
    [180, 'p', 'ok great, I printed them'],
    [186, 'l', 'Anything else I can help with today?'],
    [210, 'p', "nope that's it"],
    [214, 'l', 'Great, thanks for chatting and good luck with the bakery!'],
  ], usual({ complete: 'fail' }), { pickedUpAt: at(40) }),

  // 07 chat-speak: union for a warehouse, patron leaves, no goodbye
  s(SAM, '07 join a union at a chicago warehouse (chat-speak): "hey there! sam @ ask a librarian", AFL-CIO URL, Teamsters local by URL, "np! anything else?", patron left', [
    [0, 'p', 'how do u join a union? i work at a warehouse, no union there'],
    [12, 'l', 'hey there! sam @ ask a librarian, northfield public library 👋'],
    [16, 'l', 'what city r u in? and is it like a big distribution center or a small place'],
    [45, 'p', 'chicago, big distribution center'],
    [50, 'l', "gotcha. AFL-CIO has a how-to-organize page w/ ur rights: aflcio.org/formaunion. for warehouses in chicago reach out to Teamsters Local 705, they organize those: teamsterslocal705.org"],
    [55, 'l', 'that what u needed?'],
    [80, 'p', 'ya ty'],
    [85, 'l', 'np! anything else?'],
    left(100),
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 08 day labor: "get in touch with a local worker center" (no contact), "ok thank you"
  s(RENEE, '08 contractor owes day laborer $1,200 (CO): CDLE wage complaint URL, "get in touch with a local worker center" (no contact), "ok thank you"', [
    [0, 'p', "My husband does day labor and a contractor owes him $1,200 for two weeks. He doesn't have a pay stub or anything. Can he still get it?"],
    [30, 'l', "Hello, I'm Renée, a librarian at Eastgate Library. I'm sorry to hear that."],
    [36, 'l', "Does he know the contractor's business name, and which state was the work in?"],
    [100, 'p', 'Colorado, he has the guys name and phone'],
    [106, 'l', "Workers without pay stubs can still make a claim. Colorado's Division of Labor Standards takes wage complaints online at cdle.colorado.gov/wage-and-hour-law, and a text log of the dates and hours he worked counts as evidence. I'd also get in touch with a local worker center — they help day laborers with exactly this, sometimes by going with them to talk to the contractor."],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'ok thank you'],
    [176, 'l', 'Thank you for chatting, and best of luck to you both.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 09 follow-up by me, holds every ~90 s, e-mail read back, "by Thursday", done in 30 h
  s(WINONA, '09 2014 prevailing wage, Polk County IA (follow-up by me): holds at 76/170/260 (a partial result), e-mail read back, "by Thursday", done in 30 h', [
    [0, 'p', "I'm trying to prove I was underpaid on a county road job in 2014. I need what the prevailing wage was for a laborer back then. Iowa, Polk County"],
    [20, 'l', 'Good morning, Winona here, a librarian with the Ask Us statewide service.'],
    [26, 'l', 'Was it a state-funded or a federally funded project, do you know? They use different wage schedules.'],
    [70, 'p', 'federal i think, it was highway'],
    [76, 'l', 'Okay, let me search for the 2014 wage determinations.'],
    [170, 'l', 'Still digging — the old determinations are archived somewhere different from the current ones.'],
    [260, 'l', 'Here\'s what I have so far: current federal wage determinations are on sam.gov (Wage Determinations > search "Polk County, Iowa"), but the 2014 highway one isn\'t showing there. I\'ll keep looking, this may take a bit.'],
    [350, 'l', "I'm not finding the 2014 version online. I'd like to ask our government documents librarian, who can check the archived determinations tomorrow. Could I e-mail you what we find?"],
    [400, 'p', 'sure, its dan.kowalski@example.com'],
    [406, 'l', "Thanks — dan.kowalski@example.com. You'll hear from us by Thursday at the latest."],
    [412, 'l', 'In the meantime, does the sam.gov search help for now?'],
    [460, 'p', 'yes thats fine'],
    [466, 'l', 'Anything else for today?'],
    [490, 'p', 'no thats all'],
    [495, 'l', 'Thanks for your patience, Dan. Talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by the patron's library: e-mail only in patron.email, no time, pending at day 1
  s(BASIL, '10 MN workers\' comp guide on hold (follow-up by patron\'s library): DLI guide URL, "someone from your library will get in touch … at the e-mail on your library account", no time, day 1', [
    [0, 'p', "do you have the book 'Workers Comp for Dummies' or something like it for Minnesota? i need something that explains the process, my claim got denied"],
    [25, 'l', "Hi, Basil at Ask MN here. I'm covering the chat for libraries across the state."],
    [31, 'l', 'Which library is your home library?'],
    [60, 'p', 'Duluth Public'],
    [66, 'l', 'One moment while I check their catalog.'],
    [140, 'l', "Duluth's catalog has \"Minnesota Workers' Compensation: A Guide for Injured Workers\", but it's checked out. The Department of Labor and Industry also has a free guide for injured workers online: dli.mn.gov/workers-comp/workers. Is that guide helpful to start?"],
    [200, 'p', 'yeah ill read that. can they put me on the list for the book'],
    [206, 'l', "I can't place holds from here, but I'll pass it to Duluth's staff, and someone from your library will get in touch with you at the e-mail on your library account."],
    [240, 'p', 'ok thanks'],
    [246, 'l', 'Thanks for using Ask MN!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'j.lindqvist@example.com', phone: null } }, { now: T0 + DAY }),

  // 11 a promise to e-mail coded Answered; done after 90 h
  s(NELL, '11 OSHA inspection records for a poultry plant (GA): Establishment Search URL, "I\'ll … e-mail it to you tomorrow morning", e-mail typed, coded Answered, done after 90 h', [
    [0, 'p', "Hi — I volunteer at a worker center and I'm looking for OSHA inspection records for a poultry plant in Gainesville GA. Is that public?"],
    [28, 'l', "Hi, welcome to Ask a Librarian! I'm Nell at Hall County Library."],
    [34, 'l', "Do you know the company's name as it appears on paperwork, and what years you're interested in?"],
    [90, 'p', 'Piedmont Poultry Processing, last 5 yrs'],
    [96, 'l', "Yes, inspections are public. OSHA's Establishment Search at osha.gov/ords/imis/establishment.html lets you search by company name and state and shows citations and penalties."],
    [102, 'l', 'Does that search work for what you need?'],
    [150, 'p', 'it does but theres a ton of entries and im on my phone. could you pull together a list?'],
    [156, 'l', "Sure, I'll put a list together and e-mail it to you tomorrow morning. What's the best address?"],
    [190, 'p', 'organizer.mari@example.com'],
    [196, 'l', 'Got it. Anything else?'],
    [220, 'p', 'no thats it, gracias!'],
    [226, 'l', 'De nada! Thanks for reaching out.'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 12 follow-up by me by phone, "by Friday", never recorded, day 4
  s(ORLA, '12 closed employer\'s address for a UI claim (NC, follow-up by me): SOS business search URL, cell read back, "by Friday", no completeness question, not recorded by day 4', [
    [0, 'p', "filing for unemployment in NC and it wants my employers address but the company closed last year. i only know the name 'Sunrise Home Care'"],
    [35, 'l', 'Hello! This is Orla, a reference librarian at Forsyth County Public Library.'],
    [41, 'l', 'Do you remember the city they were based in, or the name of the owner?'],
    [100, 'p', 'winston-salem. owner was Karen something'],
    [106, 'l', "Let me try the state's business registry."],
    [190, 'l', 'The NC Secretary of State business search (sosnc.gov/online_services/search/by_title/_Business_Registration) shows several "Sunrise" home care companies, and I can\'t tell yet which one was yours. I\'d need to compare the filings against old city directories, which takes longer. Can I call you back once I\'ve sorted it out?'],
    [240, 'p', 'yes call me 336-555-0187'],
    [246, 'l', "336-555-0187 — got it. I'll call you by Friday with the registered address."],
    [252, 'l', 'Anything else I can do for you today?'],
    [280, 'p', 'no thank you'],
    [285, 'l', 'Thanks, talk to you soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 13 a true Lost Call: check-in at 150, notice + invitation back at 340
  s(ANA, '13 12-hour shifts, no overtime (FL, Lost Call): greeting only, "Are you still there?" at 150, "…we got disconnected, so I\'m going to close this chat now. Feel free to reach out again anytime!" at 340', [
    [0, 'p', 'my boss is making us work 12 hr shifts with no overtime, is that allowed in florida'],
    [25, 'l', 'Hi, this is Ana with Ask a Librarian at Palm Coast Library.'],
    [150, 'l', 'Are you still there?'],
    [340, 'l', "It looks like we got disconnected, so I'm going to close this chat now. Feel free to reach out again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 follow-up by the patron's library with no contact anywhere
  s(PIA, '14 2011 age-discrimination suit coverage (MD, follow-up by patron\'s library): ProQuest via prattlibrary.org, "someone there will follow up with you", no contact known, day 1', [
    [0, 'p', "im looking for news articles about a lawsuit against Brightway Logistics for age discrimination, maybe 2010ish? im 58 and think the same thing is happening to me"],
    [30, 'l', "Hi, I'm Pia, a librarian covering the statewide Ask Us chat tonight."],
    [36, 'l', 'Do you know which state or city the lawsuit was in?'],
    [80, 'p', 'baltimore'],
    [86, 'l', 'Give me a minute to search the newspaper databases.'],
    [180, 'l', 'I found a 2011 Baltimore Sun brief about an EEOC settlement with Brightway, in the ProQuest Historical Newspapers database (your library card gets you in at prattlibrary.org > Research > Databases). The court filings themselves would take a librarian at your library more digging.'],
    [186, 'l', 'Does that help as a start?'],
    [230, 'p', 'yes. can someone look for the court stuff'],
    [236, 'l', "Sure — I'll send this to your library and someone there will follow up with you."],
    [260, 'p', 'ok thx'],
    [266, 'l', 'Thank you for using Ask Us, good night!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + DAY }),

  // 15 no provider joined; coded Lost Call after two patron lines
  s(QUEUE, '15 Arizona minimum wage poster: no provider ever joined, "anyone there??", patron left, coded Lost Call after two patron lines', [
    [0, 'p', "what's the minimum wage in Arizona this year and does my employer have to post it"],
    queue(2, 5),
    [130, 'p', 'anyone there??'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Practice
  s(TRAINING, '16 practice chat (wage-claim script): coded Practice, every check na', [
    [0, 'p', 'testing - wage claim macro'],
    [8, 'l', 'Hi, this is a practice session for the workers questions scripts.'],
    [20, 'l', 'State labor departments take wage claims, see dol.gov/agencies/whd/contact/state. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 "you've used up your chat time … Bye."
  s(VICTOR, '17 FMLA and vacation days: DOL FMLA page, follow-up questions, "you\'ve used up your 15 minutes of chat time, so I have to end the session here. Bye."', [
    [0, 'p', 'Hi. Questions about FMLA. Can my employer make me use vacation days while on FMLA? And do I get my same job back?'],
    [20, 'l', 'Good evening, Victor at the Ask a Librarian desk, Lakeview Library.'],
    [26, 'l', 'Is your employer private, and about how many people work there?'],
    [70, 'p', 'private, about 200'],
    [76, 'l', "The Department of Labor's FMLA page answers both: dol.gov/agencies/whd/fmla. Short version: yes, they can require you to use paid leave at the same time, and you're entitled to the same or an equivalent job when you return."],
    [82, 'l', 'Did that help?'],
    [130, 'p', "ok and what about intermittent leave for my mom's chemo, and can they count it against attendance points, and what if they fire me anyway"],
    [140, 'l', "Sorry, you've used up your 15 minutes of chat time, so I have to end the session here. Bye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 18 others waiting, a way back; the library's own desk by phone
  s(WREN, '18 exempt from overtime? (IL): salary + title asked, DOL fact sheet + IDOL URL, "several people waiting … chat back in later, or call our Business & Careers desk at 630-555-0164"', [
    [0, 'p', "how do I find out if my job is 'exempt' from overtime? I'm salaried at a dental office in Illinois"],
    [24, 'l', "Hello! My name is Wren and I'm a librarian at Oakridge Public Library."],
    [30, 'l', "What's your job title there, and roughly what's your weekly salary? Both matter for the exempt test."],
    [90, 'p', 'office manager, 720 a week'],
    [96, 'l', 'The DOL fact sheet on the white-collar exemptions lays out the salary and duties tests: dol.gov/agencies/whd/fact-sheets/17a-overtime. Illinois follows the federal salary test; the IDOL overtime page is labor.illinois.gov/laws-rules/fls/overtime.'],
    [102, 'l', 'Is that the kind of info you needed?'],
    [150, 'p', 'sort of. also can you look up whether my boss can dock me for being late, and whether I can sue for back overtime, and how far back, and what lawyers do this'],
    [160, 'l', "Those are good questions, but there are several people waiting in the chat queue right now, so I need to wrap up. You're welcome to chat back in later, or call our Business & Careers desk at 630-555-0164 during the day and they can go through the rest with you."],
    [190, 'p', 'ok'],
    [195, 'l', 'Thanks so much, take care.'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 19 four chats at once
  s(ZARA, '19 CA and federal posters in Spanish: "state, federal, or both?", DIR + DOL URLs, "thats all I needed"; four chats open at once', [
    [0, 'p', 'where can i find the labor law posters in spanish for california? my employees mostly speak spanish'],
    [15, 'l', 'Hi there, Zara at Ask Now, Sacramento Public Library. Happy to help!'],
    [21, 'l', 'Which posters do you need, the state ones, the federal ones, or both?'],
    [50, 'p', 'both'],
    [56, 'l', 'California\'s DIR has Spanish versions of the required state notices at dir.ca.gov/wpnodb.html, and the U.S. Department of Labor\'s poster page (dol.gov/general/topics/posters) has the federal ones in Spanish — look for the "Spanish" link next to each poster.'],
    [62, 'l', 'Does that cover it?'],
    [100, 'p', 'yes perfect thats all I needed'],
    [105, 'l', 'Great! Thanks for chatting with us.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zara', -300, 400), other('z2', 'zara', -60, 90), other('z3', 'zara', 30, 500)],
  }),

  // 20 concurrency at touching ends; the Commission by URL
  s(IGOR, '20 deadline to report a work injury (VA): supervisor asked, VWC injured-workers URL, "file your own claim with the Commission", "Is there anything else"; others touch the ends (three at most)', [
    [0, 'p', 'how long do I have to report a work injury in virginia? it happened last week'],
    [18, 'l', 'Hi, Igor here, librarian at Ask a Librarian, Arlington Public Library.'],
    [24, 'l', 'Have you told your supervisor yet, or is this about filing the claim with the state?'],
    [60, 'p', 'told my supervisor, now what'],
    [66, 'l', "Good, telling your supervisor counts as notice to your employer. Virginia's Workers' Compensation Commission explains the rest at workcomp.virginia.gov/content/injured-workers: you file your own claim with the Commission within two years of the accident, and their Claim for Benefits form is on that page."],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', 'yes, thank you so much'],
    [115, 'l', 'Is there anything else I can help with?'],
    [130, 'p', "no I'm good"],
    [135, 'l', "You're welcome — take care!"],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('i1', 'igor', -500, 0), other('i2', 'igor', -100, 400), other('i3', 'igor', 20, 100), other('i4', 'igor', 140, 700)],
  }),

  // 21 transfer with a notice and a note
  s(JUDE, '21 UI across state lines, OR job / WA home: transfer to Keiko with a notice and a note, Oregon UI URL, "thats everything, thanks to you both"', [
    [0, 'p', 'I moved from Oregon to Washington. Can I file for unemployment in WA if my job was in OR?'],
    [22, 'l', 'Hi! Jude here, a librarian with the Ask WA statewide chat.'],
    [28, 'l', 'When did your Oregon job end?'],
    [60, 'p', '3 weeks ago'],
    [66, 'l', "Our colleague Keiko works on unemployment questions a lot, so I'm going to transfer you to her. One moment, please."],
    [70, 'i', 'Keiko: pt worked in OR, now lives in WA, job ended 3 wks ago, asking which state to file UI in. Thanks!'],
    xfer(73, 'Keiko', 'keiko'),
    [130, 'l', "Hello, this is Keiko, reference librarian. Since your wages were earned in Oregon, you'd normally file with Oregon even though you live in Washington now. Oregon's Frances Online system takes interstate claims: unemployment.oregon.gov/how-to-apply. Do you still have your last pay stub? You'll need the employer's info.", as(KEIKO)],
    [170, 'p', 'yes i have it'],
    [176, 'l', 'Great. Does that answer your question?', as(KEIKO)],
    [210, 'p', 'yes thats everything, thanks to you both'],
    [216, 'l', "You're welcome! Good luck, and thanks for using Ask WA.", as(KEIKO)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 22 a silent transfer: internal note only, receiver 145 s after the patron
  s(MILO, '22 fired for discussing pay? (NJ): internal note to Deb only, silent transfer, Deb 145 s after the patron, NLRB page + Newark office by street and phone', [
    [0, 'p', 'can my employer fire me for talking about my pay with coworkers? NJ'],
    [20, 'l', 'Hey, Milo at the Ask Us chat, Camden County Library.'],
    [26, 'l', 'Did something already happen at work, or are you asking ahead of time?'],
    [55, 'p', 'they threatened to write me up'],
    [60, 'i', "Deb, labor law q — NLRA protected concerted activity, NJ. Can you take it? I'm swamped"],
    xfer(64, 'Deb', 'deb'),
    [200, 'l', "Hi, I'm Deb, a librarian here. Talking about pay with coworkers is generally protected under the National Labor Relations Act; the NLRB explains it at nlrb.gov/about-nlrb/rights-we-protect/your-rights. If they discipline you for it, you can file a charge with the NLRB's Newark regional office: 20 Washington Place, Newark, 973-555-0121.", as(DEB)],
    [206, 'l', 'Does that help?', as(DEB)],
    [240, 'p', 'yes, thanks. thats all'],
    [246, 'l', 'Good luck, and thanks for chatting!', as(DEB)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'fail' })),

  // 23 a transfer notice with no internal note
  s(ROSS, '23 employer\'s workers\' comp carrier (MA): "I\'m going to pass you to my colleague Amina … Hang on!", no internal note, mass.gov lookup URL', [
    [0, 'p', 'i need my employers workers comp insurance carrier. they wont tell me. Massachusetts'],
    [25, 'l', 'Hello, Ross here at Ask a Librarian, Worcester Public Library.'],
    [31, 'l', "Do you know your employer's exact business name?"],
    [60, 'p', 'Bay State Movers LLC'],
    [66, 'l', "I'm going to pass you to my colleague Amina, who knows the state's insurance lookup better. Hang on!"],
    xfer(70, 'Amina', 'amina'),
    [120, 'l', 'Hi, Amina here! Massachusetts has a free employer insurance lookup at mass.gov/how-to/find-an-employers-workers-compensation-insurance — type Bay State Movers LLC in the search and it shows the carrier and the policy dates.', as(AMINA)],
    [126, 'l', 'Is that what you needed?', as(AMINA)],
    [170, 'p', 'found it! thank u. thats all'],
    [176, 'l', 'Glad it worked. Thanks for contacting us!', as(AMINA)],
  ], usual({ transfer: 'fail' })),

  // 24 check-in and notice in one message that also invites back; final idle 204 s
  s(CORA, '24 nurses\' union at my hospital (IL): hospital + RN asked, INA hospital list URL, "Are you still there? It looks like you might have been disconnected, so I\'ll close this chat shortly. Feel free to come back anytime!" (final idle 204 s)', [
    [0, 'p', 'how do i find out if theres a union for nurses at my hospital'],
    [20, 'l', "Hi, I'm Cora, a librarian with Ask Us at Glenview Library."],
    [26, 'l', 'Which hospital is it, and are you an RN or an LPN?'],
    [60, 'p', "st anne's in glenview, RN"],
    [66, 'l', "The Illinois Nurses Association lists every hospital where it represents RNs at ina-illinois.org/hospitals. St. Anne's isn't on it, which usually means there's no RN union there yet."],
    [72, 'l', 'Does that help?'],
    [240, 'l', "Are you still there? It looks like you might have been disconnected, so I'll close this chat shortly. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 30 }),

  // 25 a check-in and then nothing until 420
  s(FINN, '25 managers take our tips (NY): NY DOL URL + WHD by phone, "Still with me?" at 250, session ends at 420 with no notice', [
    [0, 'p', 'Where do I report that my employer takes part of our tips? Server in New York'],
    [25, 'l', 'Good afternoon! Finn from the Ask a Librarian team at Saratoga Springs Public Library.'],
    [31, 'l', 'Is the money going to managers, or to the kitchen staff?'],
    [70, 'p', 'the managers'],
    [76, 'l', "That's not allowed in New York. The Department of Labor's page on unpaid wages explains it and has the complaint form: dol.ny.gov/unpaid-wages-and-minimum-wage. You can also call the federal Wage and Hour Division at 1-866-555-0143."],
    [82, 'l', 'Is that what you were looking for?'],
    [250, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 170 }),

  // 26 a goodbye 140 s after the answer, no check-in
  s(GIL, '26 worker centers in LA for a cousin: NDLON map URL, Office of Wage Standards by phone, goodbye 140 s after the answer with no check-in', [
    [0, 'p', 'is there a list of worker centers in los angeles? my cousin needs help getting paid'],
    [20, 'l', "Hello! Gil here, librarian at LA County Library's Ask a Librarian."],
    [26, 'l', 'Is your cousin in the city of LA, or somewhere else in the county? And what language does he speak?'],
    [70, 'p', 'city, spanish'],
    [76, 'l', "The National Day Laborer Organizing Network keeps a map of worker centers: ndlon.org/worker-centers. Your cousin can also call the city's Office of Wage Standards at 213-555-0199 (they have Spanish speakers) or go to wagesla.lacity.gov."],
    [82, 'l', 'Does that answer your question?'],
    [216, 'l', 'Thanks for chatting with us — come back anytime.'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 27 identifies, but no greeting
  s(DEV, '27 EEOC Houston for an age claim: "This is Dev from the Harris County Public Library reference desk." (no greeting), EEOC by phone, street and portal', [
    [0, 'p', 'what is the number for the EEOC office in Houston'],
    [30, 'l', 'This is Dev from the Harris County Public Library reference desk.'],
    [36, 'l', 'Are you looking to file a charge, or just to ask them a question?'],
    [60, 'p', 'file a charge, i think i was passed over for promotion bc of my age'],
    [66, 'l', 'You can call the EEOC intake line at 1-800-555-0112 to set up an interview, or visit the Houston District Office at 1919 Smith Street, Houston. You can also start the charge online through the EEOC Public Portal at publicportal.eeoc.gov.'],
    [72, 'l', 'Does that help?'],
    [100, 'p', 'yes thats all i need'],
    [105, 'l', 'Thanks for chatting, good luck.'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 28 the patron has the last word; code null
  s(HANA, '28 GA posters for 6 employees: DOL + dol.georgia.gov, "Will those work for you?", patron "thats everything. thx!" last, code null', [
    [0, 'p', 'need the 2025 federal & state labor law posters for Georgia, where can I print them free?'],
    [15, 'l', 'Hi! Hana with Ask a Librarian at Gwinnett County Public Library.'],
    [20, 'l', 'Is this for a business with employees in Georgia only?'],
    [40, 'p', 'yes just GA, 6 employees'],
    [46, 'l', "Federal: the DOL poster advisor at dol.gov/general/topics/posters. Georgia: the Department of Labor's required postings page, dol.georgia.gov/employer-posters. All free to print."],
    [52, 'l', 'Will those work for you?'],
    [90, 'p', 'perfect, thats everything. thx!'],
  ], usual({ courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 29 no source; "file a wage claim with the state labor agency" (no contact)
  s(OTTO, '29 no lunch break on an 8-hour shift (TX): age asked, answer with no source, "file a wage claim with the state labor agency" (no contact), "ok, that sucks but thanks"', [
    [0, 'p', 'my job didnt give me a lunch break for an 8 hour shift is that against the law in texas'],
    [22, 'l', "Hi, I'm Otto, a librarian at the Ask Us chat, Round Rock Public Library."],
    [28, 'l', 'Are you over 18? Some rules are different for minors.'],
    [50, 'p', 'yes im 24'],
    [56, 'l', "For adults, Texas doesn't require employers to give a meal break, and federal law doesn't either. If you do get a break under 20 minutes, it has to be paid. If you think something else is wrong with your pay, you'd file a wage claim with the state labor agency."],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'ok, that sucks but thanks'],
    [106, 'l', "Sorry it's not better news. Thanks for chatting!"],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 30 the question after the first source; "No rush, take your time." then 214 s
  s(BEA, '30 UI overpayment waiver (WI): DWD page before "Was the overpayment because of a mistake by the UI office…?", "No rush, take your time." then 214 s, "thats all i needed"', [
    [0, 'p', 'I got a letter saying I was overpaid unemployment and have to pay back $3,400. Can I get that waived?? Wisconsin'],
    [26, 'l', 'Hi, thanks for reaching out to Ask a Librarian! This is Bea at Madison Public Library.'],
    [32, 'l', "Wisconsin's DWD explains overpayment waivers at dwd.wisconsin.gov/uiben/overpayment. Whether you qualify depends on whose error it was."],
    [38, 'l', 'Was the overpayment because of a mistake by the UI office, or something on your claim? Your letter should say.'],
    [80, 'p', 'hang on let me find the letter'],
    [86, 'l', 'No rush, take your time.'],
    [300, 'p', "ok it says 'department error'"],
    [306, 'l', "Then a waiver is possible. The waiver request form is linked from that DWD page; fill it out within the time limit printed on your letter. Since it was the department's error, you have a reasonable chance."],
    [312, 'l', 'Is that what you needed?'],
    [350, 'p', 'yes. thats all i needed'],
    [355, 'l', 'Good luck — thanks for chatting with us!'],
  ], usual({ clarify: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyNinthRoundWorkers.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('20')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "Virginia\'s Workers\' Compensation Commission explains the rest at workcomp.virgi…"). The one party of message 4 is the Commission ("you file your own claim with the Commission"), given in the same message with its URL workcomp.virginia.gov/content/injured-workers; "telling your supervisor counts as notice to your employer" tells the patron to contact no one (it was already done). RUBRIC: a URL is a way to reach a party.',
  [byNo('21')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 7 (Keiko, after the transfer): "you\'d normally file with Oregon even though you live in Washington now. Oregon\'s Frances Online system takes interstate claims: unemployment.oregon.gov/how-to-apply" tells the patron to file a claim with another state\'s agency (RUBRIC Terms, Referral: "write to" "another agency"; the project\'s reading of "file Form N-565 … with USCIS" in round 57), reached by a URL.',
};

describe('fifty-ninth round: workers and the workplace, checked', () => {
  describeSessions('whole sessions', fiftyNinthRoundWorkers.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyNinthRoundWorkers.filter((c) => c.name in LEFT_WHY));
});
