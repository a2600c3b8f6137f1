/**
 * Fifty-third round, theme UTILITY BILLS, ENERGY ASSISTANCE AND INTERNET ACCESS, checked: 30 whole sessions no one had
 * written, from public library "ask a librarian" chats: LIHEAP (heating oil, propane crisis funds, status, moving with a
 * benefit), shutoff and disconnect notices (electric, gas, in Spanish), payment arrangements and budget billing, water bill
 * help, weatherization, community solar, reading a gas meter, low-cost internet plans (Spectrum Internet Assist, Internet
 * Essentials, the end of the ACP), Lifeline phones and internet (SafeLink / Assurance, landlines, a Vietnamese-speaking
 * parent), captioned phones, a deceased parent's cell account, hotspots and Chromebooks to borrow (library and school
 * district), library Wi-Fi after hours and digital navigators. Providers find the program page, refer to Community Action,
 * county human services, a nonprofit, the library's own desks and outreach staff (with and without phones and URLs), follow
 * up by e-mail and phone, transfer to a digital navigator or a home library. Every one of the 17 checks labelled in every
 * session before it was run (labels copied aside to /tmp/fiftyThirdRoundUtilities-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! I'm Nell, a librarian at …"; Spanish "¡Hola! Le atiende Ramón, bibliotecario de …"; "Hi there!" +
 *   "I'm Lena, a reference librarian at …" split over two lines; a 95 s pickup with a patron "hello?" in the queue and "Hi!
 *   How can I help?" + a question under the screen name "AskUs Desk 4" (names no one: fail); "Hello, Boyd at … here."; a
 *   queue line and no provider ever joining (27);
 *  inquiry: county, utility company, branch, state, landline vs cell, own vs rent, Medicaid / SNAP, school district, dial
 *   vs digital meter, shutoff notice yet or not; a question asked only after lifelinesupport.org (04: fail);
 *  waits: "Un momento, por favor." then 74 s; holds every 100-110 s with a partial result that says the search goes on (22:
 *   pass); "ok let me look into it" then 180 s (21: fail); a patron "hello??" inside a 135 s wait (23: fail); a transfer
 *   notice (a hold) and the receiver's first line 46-54 s later (10, 11); patron messages before pickup (05: pickup's alone);
 *  endings: check-in at 290 and a disconnect notice that invites back at 480 (14); a notice that does not ask and does not
 *   thank (15: idle fails, disconnect passes, courteous fails); a goodbye 130 s after the answer with no check-in (29: idle
 *   fails, disconnect na); a Lost Call with greeting, "Are you still there?" and notice + invitation (18); the patron's
 *   "that's everything" last with no goodbye (26); "chat sessions are limited to 15 minutes and we're past that, so I need to
 *   end here" (16: dismissal); "a few other folks waiting … chat back in later, or call our reference desk" (17: allowed);
 *   patron-side "thats all I needed", "eso es todo", "nope all set", "no more questions", "thats everything", "k" (not done);
 *  sources: program URLs (state, county, utility, FCC map, nonprofits), the catalog path for a hotspot; none at all (25: the
 *   ACP and Lifeline named with no way to reach them);
 *  referrals: Community Action by phone (01); a nonprofit by phone and URL in Spanish (02); the library's reference desk by
 *   phone (17); "call your gas company and ask for a payment plan" (24: no contact); "takes same-week applications at the
 *   Dover Human Services office, (302) 555-0147" (08, LEFT); "report the new address to the LIHEAP office" with the county
 *   LIHEAP URL (23, LEFT); outreach staff and a librarian who will "call around" on the patron's behalf (no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (06); a promise "I'll email you the form when I
 *   find it" with the e-mail but no time, coded Answered (07: code, contact fail, on_time pending); FU_LIB with the patron's
 *   phone read back and "within 72 hours", never done by day 5 (08: on_time fail); FU_ME, "by Monday", done at 75 h (09:
 *   late); FU_LIB "Someone from Oak Street will contact you" with no e-mail or phone anywhere (30: code and contact fail,
 *   pending);
 *  codes: a true Lost Call (18), Lost Call after three patron lines (19), Lost Call with no provider (27), null (20), Practice
 *   (28);
 *  transfers: a notice + an internal note saying why (10: pass); a notice without a note (11: fail);
 *  concurrency: four at once (12: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (13: pass); each provider of a transfer judged over their part (10, 11: no others).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "The county crisis program takes same-week applications at the Dover Human Services office, (302) 555-0147" (impersonal,
 *   no "call") sends the patron to an office to apply: a referral (as the forty-fifth round read "is applied for in person at
 *   the Clerk's office"), reached by its phone;
 * - "you have to report the new address to the LIHEAP office" tells the patron to write to an office: a referral; the county
 *   LIHEAP URL in the next sentence ("has the change form") is that office's way to be reached;
 * - "call your gas company" refers to an organisation (the patron's own utility) with no contact: fail;
 * - "Our Outreach librarian … Can she call you?", "I'd like to call around", "I can call the two likely ones for you" are
 *   staff working on the patron's behalf or calling the patron: no referral; "Someone from Oak Street will contact you" is a
 *   follow-up promise (the library will contact the patron), not a referral;
 * - "Does that give you what you need?", "¿Le sirve esta información?", "Will that work for you?", "Does that explain it?"
 *   (after an explanation with no source: an answer), "Did the map help in the meantime?", "Does that help so far?" ask whether
 *   what was given meets the need;
 * - "Feel free to come back anytime, thanks for using Ask a Librarian!" and "Feel free to chat back in anytime!" in a
 *   disconnect notice are goodbyes, so the final idle ends there (14: 330 s, 18: 280 s); in 18 the greeting with "How can I
 *   help today?" (not a hold) is where the final idle begins;
 * - a Lost Call in which no provider joined: pickup fails, every other check na except the code (one patron message: pass);
 * - "Yes, we do!" (03) gives neither a source nor the answer's details, so the branch question after it is still before the
 *   first source;
 * - "k" (19) is not an explicit statement that the patron is done.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (08 and 23, both referral.contact). Label corrections: 1 (23: referral.contact
 * na → pass; I had missed that "report the new address to the LIHEAP office" tells the patron to write to an office, a
 * referral by RUBRIC Terms; the URL given with it reaches them, so pass, and the scorer's fail still disagrees).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 08: "takes same-week applications at the Dover Human Services office, (302) 555-0147" read as no
 *    referral (na; RUBRIC pass: an office the patron is sent to, with a phone);
 *  - referral.contact, case 23: "report the new address to the LIHEAP office. The state page claytoncountyga.gov/liheap has
 *    the change form." read as a referral without contact (fail; RUBRIC pass: a URL comes with it).
 * Every timing check (pickup with a queue "hello?", keep_informed across holds, a partial result and transfers, idle and
 * disconnect spans with and without goodbyes, concurrency at touching ends, on_time done / late / pending / overdue) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails and a
 * patron phone typed in the chat and read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

const NELL: Prov = { id: 'nell-u', name: 'Nell', library: 'GCL' };
const RAMON: Prov = { id: 'ramon-u', name: 'Ramón', library: 'SJPL' };
const PRIYA: Prov = { id: 'priya-u', name: 'Priya', library: 'WHL' };
const BOYD: Prov = { id: 'boyd-u', name: 'Boyd', library: 'CRL' };
const DESK4: Prov = { id: 'desk4-u', name: 'AskUs Desk 4', library: 'MDL' };
const LENA: Prov = { id: 'lena-u', name: 'Lena', library: 'HPL' };
const ARLO: Prov = { id: 'arlo-u', name: 'Arlo', library: 'PVL' };
const FAYE: Prov = { id: 'faye-u', name: 'Faye', library: 'DCL' };
const KWAME: Prov = { id: 'kwame-u', name: 'Kwame', library: 'NPL' };
const GRANT: Prov = { id: 'grant-u', name: 'Grant', library: 'EBL' };
const THUY: Prov = { id: 'thuy-u', name: 'Thuy Nguyen', library: 'EBL' };
const OSCAR: Prov = { id: 'oscar-u', name: 'Oscar', library: 'STATE' };
const BEA: Prov = { id: 'bea-u', name: 'Bea', library: 'LCL' };
const MOLLY: Prov = { id: 'molly-u', name: 'Molly', library: 'RVL' };
const PAT: Prov = { id: 'pat-u', name: 'Pat', library: 'MBL' };
const IGOR: Prov = { id: 'igor-u', name: 'Igor', library: 'FPL' };
const JUNE: Prov = { id: 'june-u', name: 'June', library: 'TPL' };
const SAM: Prov = { id: 'sam-u', name: 'Sam', library: 'ACL' };
const ROXANNE: Prov = { id: 'roxanne-u', name: 'Roxanne', library: 'WCL' };
const TEO: Prov = { id: 'teo-u', name: 'Teo', library: 'BHL' };
const HAZEL: Prov = { id: 'hazel-u', name: 'Hazel', library: 'OCL' };
const DIEGO: Prov = { id: 'diego-u', name: 'Diego', library: 'SAL' };
const WREN: Prov = { id: 'wren-u', name: 'Wren', library: 'KPL' };
const VIC: Prov = { id: 'vic-u', name: 'Vic', library: 'MTL' };
const ESME: Prov = { id: 'esme-u', name: 'Esme', library: 'CCL' };
const TRAIN: Prov = { id: 'train-u', name: 'Trainee Sandbox', library: 'TRN' };
const LUIS: Prov = { id: 'luis-u', name: 'Luis', library: 'SJPL' };
const CORA: Prov = { id: 'cora-u', name: 'Cora', library: 'ELL' };
const NOBODY: Prov = { id: 'queue-u', name: 'Queue', library: 'QQ' };
const PETRA: Prov = { id: 'petra-u', name: 'Petra', library: 'GVL' };
const HUGO: Prov = { id: 'hugo-u', name: 'Hugo', library: 'RRL' };

export const fiftyThirdRoundUtilities: SessionCase[] = [
  // 01 LIHEAP, county CAA by phone
  s(NELL, '01 LIHEAP for heating oil: county asked, Community Action phone + state LIHEAP page, "thats all I needed"', [
    [0, 'p', 'hi how do i apply for heating help? we heat with oil and the tank is almost empty'],
    [24, 'l', "Good morning! I'm Nell, a librarian at Greene County Library. Let's find you some help."],
    [30, 'l', 'Which county do you live in? Applications go through a different office in each one.'],
    [80, 'p', 'greene'],
    [88, 'l', "In Greene County, LIHEAP applications are taken by Greene County Community Action: call them at (518) 555-0163 and ask for an energy appointment. If the tank is close to empty, tell them: there's an emergency (crisis) benefit for deliveries. The state's LIHEAP page, otda.ny.gov/programs/heap, lists the income limits and what papers to bring."],
    [94, 'l', 'Does that give you what you need?'],
    [150, 'p', 'yes thats all I needed thank u'],
    [156, 'l', "You're so welcome. Stay warm, and thanks for contacting us!"],
  ], usual({ referral: 'pass' })),

  // 02 Spanish shutoff notice
  s(RAMON, '02 aviso de corte (Spanish): county asked, "Un momento", agency by phone + URL, "¿Le sirve?", "eso es todo"', [
    [0, 'p', 'buenas, me llego un aviso de corte de la luz para el viernes y no tengo para pagar. que hago??'],
    [30, 'l', '¡Hola! Le atiende Ramón, bibliotecario de la Biblioteca Pública de San José. Vamos a ver qué opciones tiene.'],
    [37, 'l', '¿La cuenta es de PG&E o de otra compañía? ¿Y vive usted en el condado de Santa Clara?'],
    [90, 'p', 'si pge y si santa clara'],
    [96, 'l', 'Un momento, por favor.'],
    [170, 'l', 'Puede pedir ayuda de emergencia del programa LIHEAP con Sacred Heart Community Service: llame al (408) 555-0128 o visite sacredheartcs.org. Si tiene un aviso de corte, dígalo al llamar, porque les dan prioridad. PG&E también tiene planes de pago en pge.com/es.'],
    [176, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'si muchas gracias, eso es todo'],
    [236, 'l', '¡Con gusto! Gracias por comunicarse con nosotros. Que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 03 hotspot lending
  s(PRIYA, '03 borrowing a hotspot: branch asked, catalog path, "Is that what you were looking for?", patron "nope all set"', [
    [0, 'p', 'Do you guys lend out wifi hotspots? My internet got cut off and my kid has online school'],
    [15, 'l', 'Hi there! This is Priya with Westhaven Library. Yes, we do!'],
    [20, 'l', 'Which branch is closest to you, so I can check what they have?'],
    [55, 'p', 'Oak Street'],
    [62, 'l', 'Let me look.'],
    [130, 'l', "Oak Street has 6 hotspots, all checked out right now, but you can place a hold: on westhavenlibrary.org, search the catalog for \"hotspot\", pick \"T-Mobile Hotspot (3 week loan)\" and choose Oak Street for pickup. They lend for 3 weeks with unlimited data."],
    [136, 'l', 'Is that what you were looking for?'],
    [180, 'p', 'yes, anything else i need to know?'],
    [188, 'l', "Just bring your library card; it's one hotspot per card. Anything else I can help with?"],
    [210, 'p', 'nope all set'],
    [214, 'l', 'Great! Thanks for chatting, have a good one.'],
  ], usual()),

  // 04 question only after the source
  s(BOYD, '04 Lifeline phone: lifelinesupport.org at once, state asked only after it (clarify fails)', [
    [0, 'p', 'is there a program that gives free phones to low income people'],
    [20, 'l', 'Hello, Boyd at Cedar Rapids Public Library here.'],
    [28, 'l', "Yes, the federal Lifeline program gives a discount on phone or internet service. You can check if you qualify and apply at lifelinesupport.org."],
    [34, 'l', 'What state are you in? Some states add their own discount on top.'],
    [70, 'p', 'iowa'],
    [78, 'l', "Iowa doesn't add a state program, so Lifeline is the one. Does that answer your question?"],
    [110, 'p', 'yep thanks'],
    [115, 'l', 'Anything else today?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for contacting us, bye!'],
  ], usual({ clarify: 'fail' })),

  // 05 slow pickup, no identity
  s(DESK4, '05 low-cost internet plan: picked up at 95 s, "Hi! How can I help?" + a question, no one named (greeting fails)', [
    [0, 'p', 'whats the cheapest internet i can get, i have SNAP'],
    [40, 'p', 'hello?'],
    [95, 'l', 'Hi! How can I help?'],
    [100, 'l', 'Do you know which providers serve your address?'],
    [140, 'p', 'spectrum i think'],
    [148, 'l', 'Spectrum Internet Assist is for households on SNAP and others: spectrum.com/internet/spectrum-internet-assist has the price and the application. Did that help?'],
    [190, 'p', 'yeah ok'],
    [195, 'l', 'Anything else?'],
    [215, 'p', 'no thx'],
    [219, 'l', 'Bye, thanks!'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 06 follow-up by me, e-mail read back, by Friday, done 30 h
  s(LENA, '06 weatherization waitlist (follow-up by me): e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', 'Hi there, I applied for the weatherization program last fall and never heard back. Is there a list of who does it in Harlan County?'],
    [20, 'l', 'Hi there!'],
    [24, 'l', "I'm Lena, a reference librarian at Harlan Public Library. Do you remember which agency you applied through?"],
    [70, 'p', 'no, thats the problem, it was some office in the courthouse basement'],
    [77, 'l', "The state's Weatherization Assistance page lists the local agencies by county: energy.ky.gov/weatherization. I don't see Harlan's on it yet, so I'd like to call around and find out who took applications last fall. Does that page help for now?"],
    [130, 'p', 'sort of. yes please call around. my email is dmoss@example.com'],
    [137, 'l', "dmoss@example.com, got it. I'll e-mail you what I find by Friday."],
    [142, 'l', 'Anything else for today?'],
    [170, 'p', 'no thats it, thanks'],
    [175, 'l', 'Thank you, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 07 promise with no time, coded Answered
  s(ARLO, '07 water bill assistance: "I\'ll email you the form when I find it", no time given, coded Answered', [
    [0, 'p', 'is there any help for water bills?? the water dept says im 400 behind'],
    [18, 'l', "Hi, I'm Arlo from Pine Valley Library's chat service."],
    [24, 'l', 'Is your water through the city or a private company?'],
    [60, 'p', 'the city. my email is tglenn@example.com if you find something'],
    [70, 'l', "The city's utility page, pinevalley.gov/utilities/help, lists a hardship credit. I think there's also a LIHWAP form, so I'll email you the form when I find it at tglenn@example.com. Does that help so far?"],
    [110, 'p', 'yes thank you. thats all'],
    [115, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 08 FU_LIB by phone, within 72 hours, never done by day 5
  s(FAYE, '08 crisis funds for a propane tank (follow-up by library): phone read back, "within 72 hours", not done by day 5', [
    [0, 'p', 'my propane company wont deliver until i pay 300 dollars and its supposed to be 15 degrees this weekend. is there emergency help'],
    [26, 'l', "Hello, you've reached Faye at Dover County Library. I'm sorry, that sounds stressful."],
    [32, 'l', 'Are you in Dover County, and do you already get LIHEAP this winter?'],
    [75, 'p', 'yes dover and no never applied'],
    [82, 'l', 'The county crisis program takes same-week applications at the Dover Human Services office, (302) 555-0147. Their list of documents is at dovercounty.gov/energy-crisis. Is that what you needed?'],
    [140, 'p', 'i called them already no answer. can someone help me figure out who else'],
    [148, 'l', "Yes: our Outreach librarian knows the local churches and funds. Can she call you?"],
    [180, 'p', 'ok 302-555-0190'],
    [186, 'l', "302-555-0190. She'll call you within 72 hours, most likely tomorrow."],
    [200, 'p', 'thank you'],
    [205, 'l', 'Take care and stay warm. Goodbye!'],
  ], usual({ anything: 'fail', referral: 'pass', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 09 FU_ME done late
  s(KWAME, '09 internet providers at an address (follow-up by me): e-mail repeated, "by Monday", done after 75 h', [
    [0, 'p', 'im moving to 14 Birch Rd, Norwood next month. can you find out which internet companies actually serve that street'],
    [22, 'l', 'Hi! Kwame here, librarian at Norwood Public Library.'],
    [28, 'l', 'Do you need just home internet, or phone and TV too?'],
    [66, 'p', 'just internet, cheap'],
    [74, 'l', "The FCC's National Broadband Map at broadbandmap.fcc.gov shows the providers that claim each address, but it isn't always right. I can call the two likely ones for you and e-mail you their low-income plans. What e-mail should I use?"],
    [120, 'p', 'ajones.home@example.com'],
    [126, 'l', 'ajones.home@example.com, thanks. You will have it by Monday. Did the map help in the meantime?'],
    [160, 'p', 'yes it shows 2. thanks thats all'],
    [166, 'l', 'Bye for now, thanks for reaching out!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(75 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 10 transfer with notice and note
  s(GRANT, '10 internet discount for a Vietnamese-speaking mom: notice "transferring you to her now", note why, Thuy answers', [
    [0, 'p', 'my mom needs help signing up for the internet discount, she only reads Vietnamese'],
    [18, 'l', 'Hello, this is Grant at the Eastbrook Library Ask Us chat.'],
    [25, 'l', 'Is your mom on SNAP or Medicaid? That changes which plans she can get.'],
    [60, 'p', 'she has medicaid'],
    [68, 'l', "Our digital navigator Thuy helps with exactly this, and she speaks Vietnamese. I'm transferring you to her now, one moment."],
    [72, 'i', 'Thuy: pt mom on Medicaid needs Lifeline/low-cost internet signup, Vietnamese speaker, can you take it?'],
    xfer(76, 'Thuy Nguyen', 'thuy-u'),
    [122, 'l', "Hi, I'm Thuy, digital navigator at Eastbrook. With Medicaid your mom qualifies for Lifeline. The application is at lifelinesupport.org and the national verifier has a Vietnamese form (search \"Lifeline application Vietnamese\" there). Does that help?", as(THUY)],
    [180, 'p', 'yes thank you so much, thats all'],
    [186, 'l', "You're welcome! Thanks for chatting with us.", as(THUY)],
  ], usual({ transfer: 'pass' })),

  // 11 transfer with a notice and no note
  s(OSCAR, '11 statewide to home library: "passing you to a Lakeside librarian", no internal note (handoff fails)', [
    [0, 'p', 'does the lakeside library have chromebooks to borrow? for a job search'],
    [20, 'l', "Hi! I'm Oscar, a librarian with the statewide Ask a Librarian service."],
    [27, 'l', 'Is that Lakeside in Clark County?'],
    [50, 'p', 'yes'],
    [56, 'l', 'Ok, passing you to a Lakeside librarian who knows their tech lending, hang on.'],
    xfer(60, 'Bea', 'bea-u'),
    [110, 'l', 'Hi, Bea from Lakeside here! We lend Chromebooks with a built-in hotspot for 2 weeks: lakesidelibrary.org/techlending has the list and the hold form. Is that what you needed?', as(BEA)],
    [150, 'p', 'perfect, thanks'],
    [155, 'l', 'Need anything else?', as(BEA)],
    [175, 'p', 'no'],
    [180, 'l', 'Good luck with the job hunt, bye!', as(BEA)],
  ], usual({ transfer: 'fail' })),

  // 12 four at once
  s(MOLLY, '12 phone bill help for a senior: busy shift, three others open across the middle (4 at once)', [
    [0, 'p', 'my grandma phone bill is 90 a month is there a senior discount'],
    [25, 'l', 'Hi, Molly at Riverview Library here!'],
    [31, 'l', 'Does she have a landline, a cell, or both?'],
    [70, 'p', 'landline'],
    [78, 'l', "Landlines can get Lifeline too. The state PUC lists the phone companies that offer it at puc.state.oh.us/lifeline. Does that help?"],
    [120, 'p', 'yes, thats everything'],
    [126, 'l', 'Thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, { otherIntervals: [other('m1', 'molly-u', -200, 300), other('m2', 'molly-u', 40, 400), other('m3', 'molly-u', 60, 250)] }),

  // 13 touching ends
  s(PAT, '13 solar bill credit question: two others overlap, one ends at the start, one starts at the end (3 at most)', [
    [0, 'p', 'does the state have a program that lowers electric bills for people with solar? or w/o'],
    [20, 'l', 'Hi, this is Pat, a librarian at Millbrook.'],
    [26, 'l', 'Do you own your home, or rent?'],
    [60, 'p', 'rent'],
    [66, 'l', 'Renters can join community solar: the state list of projects that take income-qualified members is at energy.example.gov/community-solar. Will that work for you?'],
    [110, 'p', 'I will look. no more questions'],
    [115, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, { otherIntervals: [other('p1', 'pat-u', -300, 0), other('p2', 'pat-u', -100, 200), other('p3', 'pat-u', 30, 500), other('p4', 'pat-u', 120, 600)] }),

  // 14 check-in and a notice that invites back
  s(IGOR, '14 Duke payment arrangement: hold, answer at 150, "Are you still there?" at 290, notice + invitation at 480', [
    [0, 'p', 'got a disconnect notice from duke energy, can I get more time to pay'],
    [25, 'l', 'Hi, this is Igor at Fairport Public Library.'],
    [32, 'l', 'Is the notice for electric or gas, and what date is on it?'],
    [70, 'p', 'electric, the 14th'],
    [78, 'l', 'One sec, checking what Duke offers.'],
    [150, 'l', 'Duke explains payment arrangements and extensions at duke-energy.com/home/billing/payment-arrangements; you can set one up there online before the 14th. Does that help?'],
    [290, 'l', 'Are you still there?'],
    [480, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to come back anytime, thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 15 notice only, no check-in, no thanks
  s(JUNE, '15 reading a gas meter: answer at 70, nothing until "It looks like you\'ve disconnected. I\'ll close this chat now." at 400', [
    [0, 'p', 'how do i read my gas meter? i think they overbilled me'],
    [20, 'l', 'Hi, June here from Tipton Public Library.'],
    [26, 'l', 'Is it a dial meter or a digital one?'],
    [60, 'p', 'dials'],
    [70, 'l', "Read the dials left to right and take the lower number when a pointer is between two. Nicor Gas has pictures of each step at nicorgas.com/read-your-meter. Is that what you needed?"],
    [400, 'l', "It looks like you've disconnected. I'll close this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 16 time limit dismissal
  s(SAM, '16 many utility questions: "chat sessions are limited to 15 minutes and we\'re past that, so I need to end here" (dismissal)', [
    [0, 'p', 'ok so i have like 5 questions about my bills. first the electric'],
    [20, 'l', "Hi, I'm Sam, librarian at Ashton County Library. What's the electric question?"],
    [60, 'p', 'can they shut it off in winter'],
    [68, 'l', "The state winter moratorium rules are on the Public Service Commission page psc.example.gov/winter: from Nov 1 to Mar 31 they can't shut off heat-related service if you're enrolled. Did that help?"],
    [120, 'p', 'yes. now the water one, and the internet, and'],
    [126, 'l', "Sorry, chat sessions are limited to 15 minutes and we're past that, so I need to end here."],
    [140, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 17 other patrons waiting, come back
  s(ROXANNE, '17 long list: "a few other folks waiting … chat back in later, or call our reference desk at 260-555-0111" (allowed)', [
    [0, 'p', 'how do i get on budget billing for my electric'],
    [22, 'l', 'Hello! Roxanne with Wells County Library, happy to help.'],
    [28, 'l', 'Which electric company do you have?'],
    [55, 'p', 'AEP'],
    [60, 'l', "AEP's budget billing sign-up is at aepohio.com/account/bills/budget: log in and pick \"Budget Billing\". Does that help?"],
    [100, 'p', 'yes. also my gas, my water, my cable and my cousin wants to know about lifeline'],
    [108, 'l', "Those are a lot of good questions! I have a few other folks waiting, so let's stop here for now. Please chat back in later, or call our reference desk at 260-555-0111, and we'll keep going. Thanks!"],
    [130, 'p', 'ok fair'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 18 true Lost Call
  s(TEO, '18 LIHEAP status (Lost Call): greeting, patron gone, "still there?" at 150, notice + invitation at 300', [
    [0, 'p', 'how long does liheap take to approve'],
    [20, 'l', 'Hi! This is Teo at Brookhaven Library. How can I help today?'],
    [24, 's', 'Patron has left the chat.', sys('patron_left')],
    [150, 'l', 'Are you still there?'],
    [300, 'l', "Looks like you've disconnected, so I'll end this chat. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after an answered exchange
  s(HAZEL, '19 Comcast Internet Essentials: answered, "k", patron leaves, coded Lost Call (3 patron messages)', [
    [0, 'p', 'how do i sign up for internet essentials'],
    [14, 'l', "Hi, Hazel here at Orange County Library's Ask Us."],
    [20, 'l', 'Do you already have Xfinity service at that address?'],
    [45, 'p', 'no'],
    [52, 'l', 'Then you can apply at internetessentials.com. You need proof of a program like SNAP or the school lunch program. Does that help?'],
    [80, 'p', 'k'],
    left(85),
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 null code
  s(DIEGO, '20 TracFone vs SafeLink: answered well, code left empty', [
    [0, 'p', 'whats the difference between safelink and assurance wireless'],
    [21, 'l', 'Hello! Diego, librarian with San Andres Library, here.'],
    [27, 'l', 'Are you trying to pick one to apply for?'],
    [55, 'p', 'yeah'],
    [62, 'l', 'Both are Lifeline phone companies; what differs is the data and the phones. Compare their current plans at safelinkwireless.com and assurancewireless.com. Is that helpful?'],
    [100, 'p', 'yes ty thats all'],
    [105, 'l', 'Thanks for stopping by the chat!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 21 hold then 180 s
  s(WREN, '21 phone assistance for a deaf relative: "let me look into it" then 180 s of silence', [
    [0, 'p', 'is there free captioned phone for my dad, hes deaf'],
    [19, 'l', "Hi, I'm Wren, a librarian at Kingsport Public Library."],
    [25, 'l', 'Does he use a landline or a smartphone?'],
    [60, 'p', 'landline'],
    [66, 'l', 'ok let me look into it'],
    [246, 'l', "Sorry that took a while! The state's Telecommunications Access Program gives free captioned phones to residents with hearing loss: tn.gov/tap has the application form. Is that what you were looking for?"],
    [290, 'p', 'yes thats all thx'],
    [295, 'l', 'Thanks, bye!'],
  ], usual({ informed: 'fail' })),

  // 22 holds every ~100 s, one a partial result
  s(VIC, '22 school-issued hotspots: holds at 66/170, partial result "still checking" at 280, answer at 380', [
    [0, 'p', 'does the school district give out hotspots or do i go through the library'],
    [17, 'l', 'Hi, Vic here, librarian at Montrose Library.'],
    [23, 'l', 'Which school district is your child in?'],
    [60, 'p', 'montrose unified'],
    [66, 'l', "One moment, I'll check the district site."],
    [170, 'l', 'Still searching, bear with me.'],
    [280, 'l', "Found part of it: the district lends hotspots to students who don't have internet. I'm still checking how to request one."],
    [380, 'l', 'Got it: families request one through the Tech Help form at montroseusd.org/techhelp, and the school office hands it out. Does that answer your question?'],
    [430, 'p', 'yes, thats everything, thank you'],
    [436, 'l', 'Thank you for chatting. Take care!'],
  ], usual()),

  // 23 patron pings, answer 135 s after the question
  s(ESME, '23 LIHEAP in a new apartment: patron "hello??" inside the wait, answer 135 s after the patron message', [
    [0, 'p', 'i moved, does my liheap go with me'],
    [24, 'l', "Hello, I'm Esme from Clayton County Library."],
    [30, 'l', 'Did you move within the same county?'],
    [50, 'p', 'same county'],
    [110, 'p', 'hello??'],
    [185, 'l', 'Sorry! Within the same county it usually moves with you, but you have to report the new address to the LIHEAP office. The state page claytoncountyga.gov/liheap has the change form. Does that help?'],
    [230, 'p', 'yea thanks. thats all'],
    [236, 'l', 'Thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 24 referral with no contact
  s(LUIS, '24 behind on the gas bill: "call your gas company and ask for a payment plan" (no contact) + state page', [
    [0, 'p', 'im two months behind on gas what do i do'],
    [18, 'l', 'Hi, this is Luis, reference librarian at San José Public Library.'],
    [24, 'l', 'Have you gotten a shutoff notice yet, or just the late bills?'],
    [60, 'p', 'just late bills'],
    [68, 'l', "First, call your gas company and ask for a payment plan before it gets to a notice. The CPUC's bill help page, cpuc.ca.gov/billhelp, lists the CARE and FERA discounts you may qualify for. Does that help?"],
    [110, 'p', 'yes. thats all'],
    [115, 'l', 'Good luck! Bye.'],
  ], usual({ referral: 'fail' })),

  // 25 no source
  s(CORA, '25 what happened to the ACP: explanation only, programs named without a way to reach them (source fails)', [
    [0, 'p', 'my internet went up 30 dollars, something about ACP ending??'],
    [26, 'l', "Hi! Cora here, a librarian at Elmwood Library."],
    [32, 'l', 'Were you getting the $30 Affordable Connectivity Program credit on your bill?'],
    [70, 'p', 'yes'],
    [77, 'l', "The ACP ran out of money in 2024, so that credit stopped for everyone. Lifeline is still there and knocks about $9 off, and many providers have their own low-income plans now. Does that explain it?"],
    [120, 'p', 'yeah ok. no more questions'],
    [125, 'l', 'Thanks for chatting, have a good day.'],
  ], usual({ source: 'fail' })),

  // 26 patron done on their own; no goodbye
  s(PETRA, '26 library Wi-Fi hours: patron "that\'s everything" last, the provider never says goodbye', [
    [0, 'p', 'can i use the library wifi from the parking lot after hours'],
    [15, 'l', 'Hello, Petra at Glenview Public Library.'],
    [20, 'l', 'Which building, Main or the Eastside branch?'],
    [40, 'p', 'main'],
    [46, 'l', "Yes, Main's Wi-Fi reaches the east lot and stays on 24/7; network \"GPL-Public\", no password. The Wi-Fi page glenviewpl.org/wifi has a map of the best spots. Does that help?"],
    [80, 'p', "great, that's everything"],
  ], usual({ courteous: 'fail' })),

  // 27 no provider joined
  s(NOBODY, '27 shutoff tomorrow: no provider ever joined, patron leaves after 4 minutes, Lost Call', [
    [0, 'p', 'my power is getting shut off tomorrow morning, who do i call'],
    [2, 's', 'You are number 3 in the queue.'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 Practice
  s(TRAIN, '28 practice chat (LIHEAP macro test): coded Practice', [
    [0, 'p', 'test liheap'],
    [8, 'l', 'Hi, this is the training sandbox. LIHEAP info: acf.hhs.gov/ocs/liheap. Did that help?'],
    [20, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 29 goodbye 130 s after the answer
  s(HUGO, '29 cell phone bill in a deceased parent\'s name: answer at 96, goodbye at 226, no check-in', [
    [0, 'p', 'my mom passed and her cell phone bill keeps coming, how do i cancel it'],
    [30, 'l', "Hi, I'm Hugo, a librarian at Red River Library. I'm very sorry for your loss."],
    [36, 'l', 'Which carrier was she with?'],
    [90, 'p', 'verizon'],
    [96, 'l', "Verizon's page for a deceased account holder, verizon.com/support/deceased-account-holder, lists what to send (a death certificate) and the form. Will that work for you?"],
    [226, 'l', 'Thanks for chatting, and take care.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 30 FU_LIB with no contact at all
  s(PRIYA, '30 library-run digital navigator appointment (follow-up by library): no e-mail or phone anywhere, "someone will contact you"', [
    [0, 'p', 'can someone at the library help me apply for a cheaper internet plan in person'],
    [16, 'l', 'Hi, Priya at Westhaven Library!'],
    [22, 'l', 'Which branch would be easiest for you?'],
    [50, 'p', 'oak street'],
    [56, 'l', 'Our digital navigators sit with you for free; the schedule is at westhavenlibrary.org/navigators. Someone from Oak Street will contact you to set up a time. Does that help?'],
    [100, 'p', 'sure thanks, thats all'],
    [104, 'l', "You're welcome, bye!"],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '08 crisis funds for a propane tank (follow-up by library): phone read back, "within 72 hours", not done by day 5':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "The county crisis program takes same-week applications at the Dover Human Services office, (302) 555-0147" sends the patron to an office outside the chat to apply (the patron answers "i called them already"): RUBRIC Terms, Referral ("contact or visit … another agency … office"), reached by the phone given with it.',
  '23 LIHEAP in a new apartment: patron "hello??" inside the wait, answer 135 s after the patron message':
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 5). Message 5: "you have to report the new address to the LIHEAP office. The state page claytoncountyga.gov/liheap has the change form." The one party referred to (the LIHEAP office: "write to" an office, RUBRIC Terms, Referral) comes with a URL in the same message, its page with the form to report on: RUBRIC referral.contact passes with a URL.',
};

describe('fifty-third round: utility bills, energy assistance and internet access, checked', () => {
  describeSessions('whole sessions', fiftyThirdRoundUtilities.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyThirdRoundUtilities.filter((c) => c.name in LEFT_WHY));
});
