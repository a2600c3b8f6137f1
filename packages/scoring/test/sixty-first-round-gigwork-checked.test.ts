/**
 * Sixty-first round, theme SELF-EMPLOYMENT AND GIG WORK, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats with freelancers, gig drivers and side-business owners: 1099 income (first-year
 * 1099-NEC quarterly payments, a 1099-K from PayPal, Uber's 1099-K / 1099-NEC / tax summary, cash vs 1099 for a house
 * cleaner, a W-9 with SSN or EIN, self-employment tax, how much to set aside from Fiverr, free software with Schedule C,
 * mileage for Grubhub and Lyft, Instacart mileage records, the self-employed health insurance deduction), business licenses
 * (a home bakery / cottage food, a garage upholstery shop, a mobile nail tech, a food truck, an Oregon assumed business name,
 * a California seller's permit for craft fairs, Etsy and Colorado sales tax), rideshare and delivery insurance (Uber / Lyft
 * in Texas in Spanish, DoorDash's coverage gap), freelancer contracts (a writing contract template, an unpaid website
 * invoice, a translator's contract in Spanish, a business plan for a loan), retirement savings (SEP-IRA vs solo 401(k), a
 * photographer's solo 401(k)), unemployment for a deactivated driver. Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFirstRoundGigwork-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line with a patron "hello??" and a 95 s pickup (24: fail); no provider ever joined (07); "Hi! How can I
 *   help?" under the screen name "Ask Desk" (04: greeting fails); Spanish "¡Hola! Soy Lucía, bibliotecaria de …" (02) and
 *   "¡Buenas tardes! Le atiende Paz, bibliotecaria de …" (30); chat-speak "hey! tasha @ ask us ohio here 👋" under the screen
 *   name "tasha_askohio" (23: LEFT); a greeting and a question in one line (18); "Hi, sorry for the wait! This is Mel …" (24);
 *  inquiry: W-2 job or not, state, city, employees, own car, lease or own, client business or individual, borough and lender,
 *   "was this your first year with 1099 income?"; a restatement "So you'd like to know whether …" (26); a question only after
 *   the first source (03: fail); "¿Le serviría una plantilla …?" before any source (30: a question about the format, counts
 *   for clarify, not for completeness); a question in a session that never gives a source (25);
 *  waits: holds at 62/160/255/340 (05: pass); "Let me check the CDTFA page." then 174 s (26: fail); a partial result that says
 *   "Still looking for a good book, hang on." then 110 s (28: a hold, pass); "No rush, take your time." before a 250 s patron
 *   absence (27: waiting on the patron, pass); a silent transfer with the receiver's first line 150 s after the patron (14:
 *   fail); "sec" and "Un momento." as holds;
 *  endings: a plain greeting, "Hi, are you still there?" at 170, notice + "Feel free to chat back in anytime!" at 330 in a Lost
 *   Call (06); a check-in at 240 and nothing until 400 (19: notice fails, courteous fails); a goodbye 150 s after the answer
 *   with no check-in (20: idle fails, disconnect na); the patron's window closing and the goodbye after it (21); the patron
 *   last with "ok gracias" after no completeness question (30); "Sorry, we only do 10 minute chats so your time is up." (17:
 *   dismissal, no way back); "I have a few other patrons waiting … please chat back in later or call our business desk at
 *   555-0188" (18: allowed, a referral with a phone); goodbyes "¡Con gusto! Que tenga un buen día.", "Take care!", "Stay safe
 *   out there!", "np drive safe! bye", "Thanks, drive safe!"; patron-side "no thats all", "eso es todo", "thats everything i
 *   needed", "That is everything", "nothing else", "thats all", "k thx thats all" (done) and "ya thx", "k", "cool thx", "ok
 *   thanks", "ok gracias", "ok will do" (not done);
 *  sources: IRS, state, county and city URLs; the library's database paths ("rvlibrary.org > Research > Legal", "elpasolibrary.org
 *   > Recursos > Legal"); a book by title with a call number; an e-book through Libby; none (25: "call the IRS" names the agency
 *   without a way to reach it); "apps like stride" (named bare, beside a URL);
 *  referrals: the Texas Department of Insurance consumer line by phone (Spanish); the Kansas DOL by URL and phone; the library's
 *   business desk by phone; "call the IRS" with no number (25: fail); "worth sitting down with a financial advisor" (05: no
 *   contact, LEFT); SCORE by URL with the SBDC named bare (29: fail); "ask each fair whether they need a temporary permit" (26:
 *   no contact, LEFT); staff who will look into it and write to the patron (10: no referral, LEFT); a tax volunteer's call
 *   offered (11: no referral); the SOS business registry and a small claims self-help page (sources, no referral);
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done at 30 h (08: pass / pass); "I'll get back to you on
 *   that" with the e-mail read back, no time, coded Answered (09: code fails, contact fails, on_time pending); FU_LIB with the
 *   e-mail only in `patron.email`, no time, not done by day 5 (10: contact fails, on_time fails); FU_ME by phone read back,
 *   "within 72 hours", done at 90 h (11: on_time fails); FU_LIB with no contact anywhere (12: code fails, on_time pending);
 *  codes: a true Lost Call (06); Lost Call after two patron lines with no provider (07: fails); Practice (22);
 *  transfers: a visible notice (a hold) and an internal note addressed to the receiver (13: pass); an internal note only (14:
 *   fail);
 *  concurrency: four at once (15: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (16: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a professional the patron is told to consult ("it is worth sitting down with a financial advisor") is a person outside the
 *   chat the patron is to ask: a referral (the project's earlier reading of "a lawyer look it over"), here with no contact;
 * - "ask each fair whether they need a temporary permit too" tells the patron to ask organisations outside the chat: a
 *   referral; the URL in the same sentence (where the patron applies for the state permit) does not reach the fairs;
 * - "our business librarian will look into both counties for you and send them" is staff working on the patron's behalf, not
 *   a referral; "Would a call from one of our tax volunteers help?" is an offer of the library's own follow-up, not a referral;
 * - "call the IRS and they can walk you through it" is a referral without contact and, with no URL or number, no source;
 * - "the Secretary of State's Business Registry, sos.oregon.gov/business, has the form" and "Apply at cdtfa.ca.gov" point to
 *   websites to use: sources; "call our business desk at 555-0188" refers to the library's own department, with a phone;
 * - "hey! tasha @ ask us ohio here" names the provider and the service in the text (the screen name is "tasha_askohio");
 * - "¡Con gusto! Que tenga un buen día.", "Take care!", "Stay safe out there!" and "Thanks, drive safe!" say goodbye;
 *   "Sorry, we only do 10 minute chats so your time is up." does not;
 * - "¿Le serviría una plantilla de contrato …?" asked before anything is given asks about the format the patron needs
 *   (clarify passes) and about something not yet given (completeness: does not count);
 * - "nothing else", "That is everything", "k thx thats all" say the patron is done; "ok will do", "cool thx", "ok gracias" do
 *   not;
 * - the patron's "hello??" in the queue falls in the wait before pickup, which is approachability.pickup's alone.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 1 (case 26, referral.contact na → fail: my label had
 * missed the patron being told to "ask each fair whether they need a temporary permit too", a referral by RUBRIC's Terms;
 * the scorer's pass still disagrees, so the case is LEFT).
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 05: "worth sitting down with a financial advisor" read as a referral with contact (pass; RUBRIC
 *    fails: no way to reach the advisor, the message's URL is the IRS page);
 *  - referral.contact, case 10: "our business librarian will look into both counties for you and send them" read as a referral
 *    without contact (fail; RUBRIC na: staff consulted on the patron's behalf);
 *  - approachability.greeting, case 23: "hey! tasha @ ask us ohio here 👋" read as a greeting that never says who answers
 *    (fail; RUBRIC pass: a name and the service in the text);
 *  - referral.contact, case 26: "ask each fair whether they need a temporary permit" read as reached by cdtfa.ca.gov (pass;
 *    RUBRIC fails: no way to reach the fairs).
 * Every timing check (pickup with a queue, keep_informed across holds, a partial result, "take your time", a silent transfer;
 * idle and disconnect spans, the patron's window closing; concurrency at touching ends; on_time done / late / pending / not
 * done by day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (patron e-mails typed and read back in the chat, an e-mail in `patron.email`, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft).
 * ON v56 (block V): case 23's "hey! tasha @ ask us ohio here 👋" (V3: the sign-on before an emoji) and 26's "Apply at cdtfa.ca.gov
 *   (Services > Register), and ask each fair whether they need a temporary permit too" (V20: each fair a party; V21: the URL used
 *   online before lends it no contact) read as labelled and run: 28 running, 2 LEFT (05, 10).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you soon.`];

const PRIYA: Prov = { id: 'priya-g', name: 'Priya', library: 'MGPL' };
const LUCIA: Prov = { id: 'lucia-g', name: 'Lucía', library: 'FVL' };
const MARCUS: Prov = { id: 'marcus-g', name: 'Marcus', library: 'ASK' };
const DESK: Prov = { id: 'askdesk-g', name: 'Ask Desk', library: 'RVL' };
const BEA: Prov = { id: 'bea-g', name: 'Bea', library: 'NCPL' };
const SAM: Prov = { id: 'sam-g', name: 'Sam', library: 'HPL' };
const NOBODY: Prov = { id: 'queue-g', name: 'Queue', library: 'STATE' };
const ELENA: Prov = { id: 'elena-g', name: 'Elena', library: 'PDX' };
const RICK: Prov = { id: 'rick-g', name: 'Rick', library: 'CCL' };
const JOAN: Prov = { id: 'joan-g', name: 'Joan', library: 'LWL' };
const TOMAS: Prov = { id: 'tomas-g', name: 'Tomás', library: 'SAL' };
const OLU: Prov = { id: 'olu-g', name: 'Olu', library: 'BRL' };
const GRACE: Prov = { id: 'grace-g', name: 'Grace', library: 'LKW' };
const KEN: Prov = { id: 'ken-g', name: 'Ken Ito', library: 'LKW' };
const FRAN: Prov = { id: 'fran-g', name: 'Fran', library: 'DCL' };
const RAJ: Prov = { id: 'raj-g', name: 'Raj', library: 'DCL' };
const WES: Prov = { id: 'wes-g', name: 'Wes', library: 'MTL' };
const NINA: Prov = { id: 'nina-g', name: 'Nina', library: 'SPL' };
const HAL: Prov = { id: 'hal-g', name: 'Hal', library: 'QPL' };
const IVY: Prov = { id: 'ivy-g', name: 'Ivy', library: 'ECPL' };
const DORA: Prov = { id: 'dora-g', name: 'Dora', library: 'WPL' };
const BEN: Prov = { id: 'ben-g', name: 'Ben', library: 'TPL' };
const LENA: Prov = { id: 'lena-g', name: 'Lena', library: 'GVL' };
const TRAINER: Prov = { id: 'trainer-g', name: 'Training Account', library: 'TRN' };
const TASHA: Prov = { id: 'tasha-g', name: 'tasha_askohio', library: 'OHIO' };
const MEL: Prov = { id: 'mel-g', name: 'Mel', library: 'KCL' };
const OWEN: Prov = { id: 'owen-g', name: 'Owen', library: 'BCL' };
const YUKI: Prov = { id: 'yuki-g', name: 'Yuki', library: 'SCL' };
const CARLA: Prov = { id: 'carla-g', name: 'Carla', library: 'RPL' };
const DREW: Prov = { id: 'drew-g', name: 'Drew', library: 'HCL' };
const ABE: Prov = { id: 'abe-g', name: 'Abe', library: 'NYPL' };
const PAZ: Prov = { id: 'paz-g', name: 'Paz', library: 'ELP' };

const s = session;

export const sixtyFirstRoundGigwork: SessionCase[] = [
  // 01 everything right
  s(PRIYA, '01 first year 1099-NEC, quarterly payments: W-2 job asked, hold, 1040-ES page + due dates, "Anything else?", "no thats all"', [
    [0, 'p', 'hi so i started freelancing this year (graphic design) and someone said i have to pay taxes every quarter?? how does that work'],
    [20, 'l', "Hi! This is Priya, a librarian at Maple Grove Public Library. Happy to help you find the official info."],
    [27, 'l', 'Is freelancing your only income, or do you also have a W-2 job where taxes are withheld?'],
    [60, 'p', 'only freelancing, all 1099s'],
    [66, 'l', 'Ok, let me pull up the IRS page, one sec.'],
    [150, 'l', 'The IRS explains it on its estimated taxes page, irs.gov/businesses/small-businesses-self-employed/estimated-taxes, and Form 1040-ES (irs.gov/forms-pubs/about-form-1040-es) has the worksheet to figure the amount. The usual due dates are April 15, June 15, September 15 and January 15. I can\'t tell you how much to pay, but the worksheet walks you through it.'],
    [156, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes!! super helpful'],
    [205, 'l', 'Anything else I can help with today?'],
    [230, 'p', 'no thats all'],
    [235, 'l', 'Thanks for chatting, and good luck with the design business!'],
  ], usual()),

  // 02 Spanish: rideshare insurance in Texas, TDI helpline
  s(LUCIA, '02 seguro para manejar con Uber (Spanish): estado preguntado, TDI page + línea 800, "¿Le sirve?", "eso es todo", "Que tenga un buen día"', [
    [0, 'p', 'hola, manejo para uber y lyft y mi aseguranza dice que no me cubre. que tipo de seguro necesito?'],
    [35, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de Fairview. Con gusto le ayudo a buscar la información.'],
    [42, 'l', '¿En qué estado maneja?'],
    [80, 'p', 'texas, en houston'],
    [86, 'l', 'Un momento, por favor.'],
    [170, 'l', 'El Departamento de Seguros de Texas tiene una guía sobre seguros para conductores de rideshare: tdi.texas.gov/tips/rideshare-insurance.html. Explica el "periodo 1" (app abierta, sin viaje) que muchas pólizas personales no cubren, y el endoso de rideshare que venden algunas aseguradoras. Si tiene preguntas sobre su póliza, puede llamar a la línea de ayuda al consumidor del Departamento al 800-252-3439.'],
    [176, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si, eso es todo, muchas gracias'],
    [246, 'l', '¡Con gusto! Que tenga un buen día.'],
  ], usual({ referral: 'pass' })),

  // 03 city asked only after the first source
  s(MARCUS, '03 home bakery license: county small business page first, "which city r u in btw?" after it, "Did that help?", "Anything else?"', [
    [0, 'p', 'Do I need a business license to sell cookies from my house? Just on weekends at the farmers market'],
    [25, 'l', 'Hello, Marcus at Ask Us here!'],
    [31, 'l', "Most of it is at the county level: the Ashby County small business page, ashbycounty.gov/business/licenses, lists the home-based business license and the cottage food registration."],
    [37, 'l', 'Which city are you in btw? Some cities add their own permit.'],
    [70, 'p', 'unincorporated, outside Riverton'],
    [76, 'l', "Then it's just the county. The cottage food rules are on the state agriculture page linked from there. Did that help?"],
    [120, 'p', 'ya thx'],
    [125, 'l', 'Anything else?'],
    [140, 'p', 'nope'],
    [144, 'l', 'Great, good luck at the market. Bye!'],
  ], usual({ clarify: 'fail' })),

  // 04 a screen name only; no completeness question
  s(DESK, '04 freelance writing contract template: "Hi! How can I help?" under the screen name "Ask Desk", Freelancers Union contract creator, "thats everything i needed"', [
    [0, 'p', 'looking for a template contract for freelance writing gigs, a client wants me to send one'],
    [18, 'l', 'Hi! How can I help?'],
    [40, 'p', 'a contract template, for freelance writing'],
    [46, 'l', 'Is the client a business or an individual, and is it one article or ongoing work?'],
    [90, 'p', 'a magazine, ongoing'],
    [96, 'l', 'The Freelancers Union has a free contract creator at freelancersunion.org/contract-creator that builds one for ongoing work with payment terms and a kill fee. Our Legal Forms database (rvlibrary.org > Research > Legal) also has freelance agreement templates.'],
    [150, 'p', "oh perfect, thats everything i needed"],
    [155, 'l', 'Bye!'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 05 long search with holds, a book, a financial advisor without contact
  s(BEA, '05 SEP-IRA or solo 401(k): holds at 62/160/255, IRS page + a book, "worth sitting down with a financial advisor" (no contact)', [
    [0, 'p', 'Good afternoon. I am a self-employed electrician and would like to compare retirement plans for myself. What resources do you have?'],
    [22, 'l', 'Good afternoon! My name is Bea and I am a reference librarian at North County Public Library.'],
    [29, 'l', 'Do you have any employees, or is it just you?'],
    [55, 'p', 'Just me and sometimes my nephew helps out on jobs.'],
    [62, 'l', 'Thank you. Let me look through our business resources, please bear with me.'],
    [160, 'l', "I'm still searching, I found a couple of things and want to check one more."],
    [255, 'l', 'Almost done, just confirming we have the book in.'],
    [340, 'l', 'The IRS compares the plans on "Retirement plans for self-employed people": irs.gov/retirement-plans/retirement-plans-for-self-employed-people. For more depth, our catalogue has "J.K. Lasser\'s Small Business Taxes" (2025 edition), 3 copies at Main, call number 343.7305 LAS. If your nephew counts as an employee, that changes things, so it is worth sitting down with a financial advisor before you open an account.'],
    [346, 'l', 'Does that help with what you were looking for?'],
    [410, 'p', 'Yes it does. That is everything, thank you kindly.'],
    [416, 'l', 'You are very welcome. Thank you for using Ask a Librarian!'],
  ], usual({ referral: 'fail' })),

  // 06 Lost Call, plain greeting, check-in, notice
  s(SAM, '06 DoorDash quarterly taxes (Lost Call): plain greeting at 40, "you still there?" at 170, notice + "chat back in" at 330', [
    [0, 'p', 'do i have to pay quarterly taxes on doordash money'],
    [40, 'l', 'Hello, this is Sam with Ask a Librarian at Hillside Public Library.'],
    [170, 'l', 'Hi, are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'm going to end the chat now. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 07 no provider joined, coded Lost Call after two patron lines
  s(NOBODY, '07 1099-K from PayPal: queue line, no provider ever joined, "anyone??", patron left, coded Lost Call', [
    [0, 'p', 'got a 1099-K from paypal for stuff i sold on marketplace, do i owe tax on that'],
    queue(2, 5),
    [140, 'p', 'anyone??'],
    left(220),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 08 follow-up by me: e-mail typed and read back, by Friday, done at 30 h
  s(ELENA, '08 Oregon sole prop vs LLC (follow-up by me): SOS registry URL, e-mail typed and read back, "by Friday", done 30 h', [
    [0, 'p', 'Hi! I do dog walking and pet sitting in Portland, want to make it official. Do I register with the state or the city or both?'],
    [24, 'l', "Hi there, I'm Elena, a librarian with Portland District Libraries."],
    [30, 'l', 'Are you planning to stay a sole proprietor under your own name, or set up an LLC?'],
    [75, 'p', 'not sure yet! probably sole prop with a business name'],
    [82, 'l', 'For a business name the state wants an assumed business name registration: the Secretary of State\'s Business Registry, sos.oregon.gov/business, has the form and the fee. The city side is the Portland business license tax, which I want to check more carefully for pet care.'],
    [88, 'l', 'Does that help so far?'],
    [130, 'p', 'yes. can you send me whatever you find on the city part? m.kowalski.pets@example.com'],
    [137, 'l', "Sure: m.kowalski.pets@example.com. I'll e-mail you the city details by Friday."],
    [142, 'l', 'Anything else for today?'],
    [170, 'p', 'no thats it, thank you!!'],
    [175, 'l', 'Thanks for reaching out, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 a promise without a time, coded Answered
  s(RICK, '09 Instacart shopper mileage records: e-mail given, "I\'ll get back to you on that" (no time), coded Answered, not yet done', [
    [0, 'p', 'hey, instacart shopper here. does instacart give you a mileage summary for taxes or do i have to track it myself'],
    [30, 'l', 'Hey! Rick here, librarian at Cedar City Library.'],
    [36, 'l', 'Do you mean for this tax year, or are you trying to rebuild last year\'s miles?'],
    [70, 'p', 'last year, i didnt track anything lol'],
    [77, 'l', 'The IRS rules on what counts as a record are in Publication 463, chapter 5: irs.gov/publications/p463. Whether Instacart\'s shopper app exports a summary I\'m not sure, I\'d have to ask around.'],
    [83, 'l', 'Is that helpful so far?'],
    [120, 'p', 'kinda. my email is shopperdan22@example.com if u find out'],
    [126, 'l', "Got it, shopperdan22@example.com. I'll get back to you on that."],
    [150, 'p', 'cool thx'],
    [155, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 10 follow-up by the patron's library, e-mail only in patron.email, not done by day 5
  s(JOAN, '10 business license for mobile nail tech (follow-up by patron\'s library): e-mail only on the account, no time, not done by day 5', [
    [0, 'p', 'I want to do nails at clients homes. What license do I need? I have my cosmetology license already'],
    [26, 'l', "Hello! This is Joan at Lakewood Library's Ask a Librarian."],
    [32, 'l', 'Which county do you live in, and which counties would you travel to?'],
    [80, 'p', 'Jefferson, maybe Denver too'],
    [86, 'l', "The state board's page on mobile services is at dora.colorado.gov/cosmetology, and it says whether a mobile salon needs its own registration. Local business licenses differ by city, and our business librarian will look into both counties for you and send them to the e-mail address on your library account."],
    [92, 'l', 'Did that help?'],
    [130, 'p', 'ok yes thank you'],
    [136, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [154, 'l', 'Take care, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'nailsbykeisha@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 11 follow-up by phone, read back, done late
  s(TOMAS, '11 self-employed health insurance deduction (follow-up by me): a volunteer\'s call offered, phone read back, "within 72 hours", done at 90 h', [
    [0, 'p', 'im a truck driver owner operator. can i deduct my health insurance? where is that on the forms'],
    [28, 'l', 'Hi, Tomás at San Angelo Library here. I can help you find where the IRS covers it.'],
    [35, 'l', 'Do you buy the insurance yourself, through the marketplace, or through a spouse\'s job?'],
    [90, 'p', 'marketplace'],
    [96, 'l', 'The self-employed health insurance deduction is on Schedule 1, line 17, and Form 7206 has the worksheet: irs.gov/forms-pubs/about-form-7206. Marketplace plans with a premium tax credit have an extra step.'],
    [102, 'l', 'Is that what you needed?'],
    [140, 'p', 'yea but the marketplace part confuses me'],
    [147, 'l', "Would a call from one of our tax volunteers help with that part? If so, what's a good number?"],
    [170, 'p', 'yes pls 325-555-0147'],
    [176, 'l', '325-555-0147, got it. Someone will call you within 72 hours.'],
    [200, 'p', 'great thats all'],
    [205, 'l', 'Thanks, drive safe!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 12 follow-up code, no contact anywhere
  s(OLU, '12 W-9 from a new client (follow-up by patron\'s library): patron won\'t give an e-mail, "just chat back in", no contact known', [
    [0, 'p', 'new client sent me a W-9 to fill out. should I put my SSN or do I need an EIN'],
    [22, 'l', 'Hi, Olu with Ask a Librarian at Bridgeport Regional Library.'],
    [28, 'l', 'Are you working under your own name, or do you have a business name or LLC?'],
    [60, 'p', 'just my name'],
    [66, 'l', "The W-9 instructions (irs.gov/forms-pubs/about-form-w-9) say a sole proprietor can use either an SSN or an EIN. Getting an EIN is free at irs.gov/ein if you'd rather not hand out your SSN."],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', 'yes. my branch said they have a workshop on this, when is it?'],
    [116, 'l', "I don't see it on the calendar yet. Could I have an e-mail so your branch can send you the date?"],
    [150, 'p', "i'd rather not, I'll check back"],
    [156, 'l', 'No problem! Thanks for chatting with us.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 13 transfer done right
  s(GRACE, '13 home-based business license in Lakewood: notice (a hold) + internal note, transfer to the small business librarian, Ken answers', [
    [0, 'p', 'hello I want to start a small upholstery business out of my garage, what do I need from the city'],
    [20, 'l', 'Hello, Grace here at Lakewood Library Ask Us.'],
    [26, 'l', 'Would you have customers coming to the house, or only pickups and drop-offs?'],
    [60, 'p', 'only drop offs'],
    [66, 'l', "I'm going to transfer you to Ken, our small business librarian, who knows the city licensing well. One moment please."],
    [68, 'i', 'Ken: pt wants home occupation permit + biz license for garage upholstery in Lakewood, no customer visits'],
    xfer(70, 'Ken Ito', 'ken-g'),
    [110, 'l', "Hi, Ken here. For Lakewood you need a home occupation permit and a sales tax license; both are on lakewood.org/business, under Starting a Business. Since customers don't come in, the home occupation permit is the simpler one.", as(KEN)],
    [116, 'l', 'Does that help?', as(KEN)],
    [160, 'p', 'yes! thats all I needed', ],
    [165, 'l', 'Great, thanks for chatting and good luck!', as(KEN)],
  ], usual({ transfer: 'pass' })),

  // 14 silent transfer, long wait
  s(FRAN, '14 freelancer unpaid invoice: internal note only, silent transfer, Raj\'s first line 150 s after the patron, small claims URL', [
    [0, 'p', 'a client owes me $2,400 for a website i built and wont answer emails. what can i do'],
    [24, 'l', "Hi, I'm Fran, a librarian at Dover County Library."],
    [30, 'l', 'Did you have a written contract or just emails?'],
    [50, 'p', 'just emails and an invoice'],
    [55, 'i', 'Raj can u take this one? freelancer unpaid invoice, small claims probably, im swamped'],
    xfer(58, 'Raj', 'raj-g'),
    [200, 'l', 'Hi, Raj here, picking up from Fran. Emails and an invoice can work as evidence. The state courts\' small claims self-help page, delcourts.gov/help/smallclaims, explains the $25,000 limit and how to file.', as(RAJ)],
    [206, 'l', 'Is that what you were looking for?', as(RAJ)],
    [250, 'p', 'yes thanks thats all'],
    [255, 'l', 'You\'re welcome, good luck!', as(RAJ)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 15 four chats at once
  s(WES, '15 Etsy sales tax: "Wayfair" question, state page, four chats open at once', [
    [0, 'p', 'do i have to collect sales tax on my etsy shop or does etsy do it'],
    [16, 'l', 'Hi! Wes here at Ask a Librarian, Mountain View Library.'],
    [22, 'l', 'Which state are you in, and do you sell anywhere besides Etsy?'],
    [50, 'p', 'colorado, just etsy'],
    [56, 'l', "Etsy collects and remits Colorado sales tax on Etsy orders as a marketplace facilitator; the Colorado Department of Revenue explains it at tax.colorado.gov/marketplace-facilitators. If you sell at craft fairs too, that's on you."],
    [62, 'l', 'Did that answer it?'],
    [100, 'p', 'yes thanks that was all'],
    [105, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wes-g', -300, 400), other('w2', 'wes-g', -60, 120), other('w3', 'wes-g', 30, 500)],
  }),

  // 16 touching ends: three at most
  s(NINA, '16 self-employment tax explained: Schedule SE page, others ending at the start and starting at the end (three at most)', [
    [0, 'p', 'why did i owe so much on my 1099 money?? my friend said something about self employment tax'],
    [15, 'l', "Hello! I'm Nina, a librarian at Springfield Public Library."],
    [21, 'l', 'Was this your first year with 1099 income?'],
    [45, 'p', 'yes'],
    [51, 'l', "That's probably self-employment tax (Social Security and Medicare, about 15.3%), on top of income tax. The IRS explains it at irs.gov/businesses/small-businesses-self-employed/self-employment-tax-social-security-and-medicare-taxes and it's figured on Schedule SE."],
    [57, 'l', 'Does that explain it?'],
    [90, 'p', 'ugh yes. ok thats all'],
    [95, 'l', 'Sorry it was a surprise! Thanks for chatting.'],
  ], usual(), {}, {
    otherIntervals: [other('n1', 'nina-g', -500, 0), other('n2', 'nina-g', -100, 300), other('n3', 'nina-g', 10, 250), other('n4', 'nina-g', 100, 800)],
  }),

  // 17 "your time is up"
  s(HAL, '17 1099 for a cleaning business: "we only do 10 min chats so your time is up" (dismissal, no way back)', [
    [0, 'p', 'i clean houses and some clients want to give me a 1099 and some pay cash. how do i report the cash'],
    [25, 'l', 'Hi, Hal at Queensbury Public Library.'],
    [31, 'l', 'Are you keeping a record of the cash payments?'],
    [80, 'p', 'sort of, in a notebook'],
    [86, 'l', 'All of it goes on Schedule C, cash or 1099: irs.gov/forms-pubs/about-schedule-c-form-1040. Your notebook counts as a record.'],
    [130, 'p', 'ok and what about expenses like supplies and gas, and do i need a license, and'],
    [136, 'l', "Sorry, we only do 10 minute chats so your time is up."],
    [150, 'p', 'seriously?'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 other patrons waiting, come back later: allowed
  s(IVY, '18 food truck permits: many questions, "a few other patrons waiting … chat back in or call 555-0188" (allowed)', [
    [0, 'p', 'hi i want to start a food truck, what permits do i need'],
    [30, 'l', "Hi there! I'm Ivy from Eastside County Public Library. What city will you mostly park in?"],
    [70, 'p', 'mostly downtown Eastside'],
    [76, 'l', "Eastside's Mobile Food Vendor page, eastsidecity.gov/mobilefood, lists the city vendor permit, the county health permit and the fire inspection, in the order you get them."],
    [82, 'l', 'Is that the kind of thing you needed?'],
    [140, 'p', 'yes!! also can you find me a loan, and insurance quotes, and a commissary kitchen, and what about selling beer'],
    [148, 'l', "Those are big ones! I have a few other patrons waiting right now, so please chat back in later or call our business desk at 555-0188 and we'll dig into the loan and kitchen questions with you."],
    [180, 'p', 'ok will do'],
    [186, 'l', 'Thanks so much, come back anytime!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 19 a check-in and then nothing
  s(DORA, '19 TurboTax vs FreeTaxUSA for Schedule C: answer at 90, "Are you still there?" at 240, session ends at 400 with no notice', [
    [0, 'p', 'which free tax software lets you file a schedule C'],
    [22, 'l', "Hi, Dora here at Westfield Public Library's chat."],
    [28, 'l', 'Is your income under about $84,000? That decides whether IRS Free File is an option.'],
    [70, 'p', 'yeah way under'],
    [90, 'l', 'Then IRS Free File (irs.gov/freefile) lists the partner programs, and the lookup tool shows which ones include Schedule C for your income and state.'],
    [96, 'l', 'Does that help?'],
    [240, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 160 }),

  // 20 goodbye 150 s after the answer, no check-in
  s(BEN, '20 business mileage vs actual expenses: answer at 100, goodbye at 250 (final idle 150 s), no check-in', [
    [0, 'p', 'for my lyft car is it better to do standard mileage or actual expenses'],
    [28, 'l', 'Good evening, this is Ben, a librarian at Tilden Public Library.'],
    [34, 'l', 'Do you own the car or lease it?'],
    [80, 'p', 'own'],
    [100, 'l', "I can't say which is better for you, but IRS Topic 510, irs.gov/taxtopics/tc510, compares the two and explains when you have to pick the standard rate in the first year."],
    [106, 'l', 'Did that help?'],
    [250, 'l', 'Thanks for chatting tonight, come back anytime.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 21 patron left, goodbye after
  s(LENA, '21 Uber 1099 vs tax summary: tax summary explained, patron "k", patron left, goodbye after', [
    [0, 'p', 'uber sent me a 1099-K and a 1099-NEC and a tax summary, which one do i use'],
    [20, 'l', 'Hi! Lena at Ask a Librarian, Greenville Library, here.'],
    [26, 'l', 'Did you drive people, deliver Uber Eats, or both?'],
    [55, 'p', 'both'],
    [61, 'l', "You report the income from both 1099s; the tax summary shows Uber's fees and the miles online, which you may be able to deduct. Uber's help page on it is help.uber.com (search \"tax summary\")."],
    [67, 'l', 'Does that clear it up?'],
    [95, 'p', 'k'],
    left(100),
    [110, 'l', 'Thanks for chatting, good luck with your taxes!'],
  ], usual({ anything: 'fail' })),

  // 22 Practice
  s(TRAINER, '22 practice chat (gig macros): coded Practice, every check na', [
    [0, 'p', 'TEST quarterly taxes macro'],
    [10, 'l', 'Hi, this is a practice chat for the Ask Us gig-work macros.'],
    [20, 'l', 'See irs.gov/estimated-taxes. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 chat-speak
  s(TASHA, '23 grubhub mileage (chat-speak): "hey! tasha @ ask us ohio", "sec", Pub 463, "that help?", "k thx thats all", "np drive safe! bye"', [
    [0, 'p', 'yo can i write off my miles driving for grubhub'],
    [12, 'l', 'hey! tasha @ ask us ohio here 👋'],
    [17, 'l', 'u use ur own car?'],
    [35, 'p', 'ya'],
    [39, 'l', 'sec'],
    [95, 'l', 'ok so yes if ur self employed. irs pub 463 has the rules: irs.gov/pub463. keep a log (date, miles, where), apps like stride can do it'],
    [99, 'l', 'that help?'],
    [120, 'p', 'k thx thats all'],
    [124, 'l', 'np drive safe! bye'],
  ], usual()),

  // 24 a 95 s pickup; state UI office referral with URL and phone
  s(MEL, '24 unemployment as a gig worker: queue, "hello??", 95 s pickup, Kansas DOL URL + phone', [
    [0, 'p', 'can i get unemployment if i was a 1099 delivery driver and the app deactivated me'],
    queue(3, 3),
    [60, 'p', 'hello??'],
    [95, 'l', 'Hi, sorry for the wait! This is Mel, a librarian at Kansas City Library.'],
    [101, 'l', 'Which state did you do the deliveries in?'],
    [130, 'p', 'kansas'],
    [136, 'l', 'Independent contractors usually aren\'t covered by regular unemployment, but the Kansas Department of Labor decides each claim: apply or ask them at getkansasbenefits.gov or call their claims center at 785-575-1460.'],
    [142, 'l', 'Did that answer your question?'],
    [200, 'p', 'ok yeah. thats all'],
    [205, 'l', 'Thanks for reaching out, and good luck.'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 25 no source, "call the IRS" without a number
  s(OWEN, '25 how much to set aside: "Are you W-2 too?", "usually 25-30%", "call the IRS" (no number, no source)', [
    [0, 'p', 'how much of my fiverr money should i save for taxes'],
    [25, 'l', 'Hello, Owen with Ask Us at Brookfield County Library.'],
    [31, 'l', 'Are you also working a W-2 job, or is Fiverr all of it?'],
    [70, 'p', 'fiverr is like half'],
    [77, 'l', "I can't give tax advice, but a lot of people set aside around 25 to 30 percent of freelance income. For your own numbers, call the IRS and they can walk you through it."],
    [83, 'l', 'Does that help?'],
    [130, 'p', 'ok thanks'],
    [135, 'l', 'Take care!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 26 restatement; a hold then 174 s
  s(YUKI, '26 California seller\'s permit for craft fairs: restatement, "let me check", answer 174 s later', [
    [0, 'p', 'I sell candles at craft fairs around the Bay Area and someone told me I need a permit??'],
    [20, 'l', 'Hi, I\'m Yuki, a librarian with Santa Clara County Library.'],
    [26, 'l', "So you'd like to know whether you need a seller's permit to sell candles at craft fairs in California?"],
    [60, 'p', 'yes exactly'],
    [66, 'l', 'Let me check the CDTFA page.'],
    [240, 'l', "Sorry for the wait. Yes: the CDTFA says anyone selling taxable goods in California, even part-time, needs a seller's permit, and it's free. Apply at cdtfa.ca.gov (Services > Register), and ask each fair whether they need a temporary permit too."],
    [246, 'l', 'Does that answer your question?'],
    [290, 'p', 'yes. thats everything'],
    [295, 'l', 'Great, thanks for using Ask a Librarian!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 27 take your time
  s(CARLA, '27 DoorDash insurance gap: "No rush, take your time" while the patron finds the policy (away 250 s)', [
    [0, 'p', 'does doordash insurance cover me if i crash on the way to pick up food'],
    [22, 'l', 'Hi there, Carla at Riverside Public Library here.'],
    [28, 'l', 'Do you know what kind of personal auto policy you have? It matters for the gap.'],
    [60, 'p', 'um let me go find the paper'],
    [66, 'l', 'No rush, take your time.'],
    [316, 'p', 'ok its State Farm, basic liability'],
    [322, 'l', 'Thanks, one moment.'],
    [400, 'l', "DoorDash's own page on driver insurance, dasher.doordash.com/en-us/about/insurance, says its auto coverage is only excess and only while you're on an active delivery, not on your personal policy's terms. The Insurance Information Institute explains the gap at iii.org/article/rideshare-insurance."],
    [406, 'l', 'Is that what you were looking for?'],
    [460, 'p', "yes thank u, that's all I needed"],
    [466, 'l', 'Glad it helped. Stay safe out there!'],
  ], usual()),

  // 28 a partial result that says the search goes on (a hold)
  s(DREW, '28 solo 401(k) for a photographer: IRS page given "still looking for a book, hang on", book 110 s later', [
    [0, 'p', 'Wedding photographer here, self employed. Accountant mentioned a solo 401k, where can I read up on it?'],
    [18, 'l', "Good morning! I'm Drew, reference librarian at Hamilton County Library."],
    [24, 'l', 'Would you like something quick to read online, or a book you can borrow?'],
    [60, 'p', 'both would be great'],
    [66, 'l', 'The IRS One-Participant 401(k) page is at irs.gov/retirement-plans/one-participant-401k-plans. Still looking for a good book, hang on.'],
    [176, 'l', '"The Self-Employed Retirement Guide" is in our catalogue as an e-book on Libby; search the title at hamiltonlibrary.org/libby.'],
    [182, 'l', 'Does that cover it?'],
    [240, 'p', 'Perfect, nothing else. Thanks!'],
    [245, 'l', 'Thanks for chatting!'],
  ], usual()),

  // 29 SCORE with a URL, the SBDC named bare
  s(ABE, '29 business plan for a cleaning service: SCORE by URL, "stop by your local SBDC" (no contact)', [
    [0, 'p', 'need help writing a business plan for my cleaning service, i want to get a small loan'],
    [26, 'l', "Hello, I'm Abe with the New York Public Library's Ask NYPL."],
    [32, 'l', 'Which borough are you in, and is the loan from a bank or a microlender?'],
    [80, 'p', 'Bronx, not sure yet'],
    [86, 'l', "Our Small Business Resource Center guide has business plan templates: nypl.org/smallbusiness. SCORE gives free mentoring; book a mentor at score.org/nyc. You can also stop by your local Small Business Development Center for help with the loan application."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yes thank you thats all'],
    [145, 'l', 'Thank you for contacting NYPL!'],
  ], usual({ referral: 'fail' })),

  // 30 Spanish, a completeness question about something not yet given, patron last word
  s(PAZ, '30 contrato de freelance (Spanish): "¿le serviría una plantilla?" before the source, patron last word "ok gracias"', [
    [0, 'p', 'buenas, hago traducciones freelance y un cliente no me quiere firmar nada. como hago un contrato?'],
    [30, 'l', '¡Buenas tardes! Le atiende Paz, bibliotecaria de El Paso Public Library.'],
    [36, 'l', '¿Le serviría una plantilla de contrato que pueda llenar usted mismo?'],
    [70, 'p', 'si porfa'],
    [76, 'l', 'Un momento.'],
    [150, 'l', 'La plantilla gratuita de Freelancers Union está en freelancersunion.org/contract-creator (en inglés). También tenemos la base de datos Gale Legal Forms en elpasolibrary.org > Recursos > Legal, con contratos de servicios.'],
    [200, 'p', 'ok gracias'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundGigwork.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('05')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 7). Message 7: "If your nephew counts as an employee, that changes things, so it is worth sitting down with a financial advisor before you open an account." tells the patron to go to a professional outside the chat (RUBRIC Terms, Referral: "ask or visit them"), and nothing reaches the advisor: the message\'s URL is the IRS page and its call number a book (sources), so "every party the patron is referred to comes with a way to reach them" is not met.',
  [byNo('10')]:
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "… our business librarian will look into both counties for you and send them to the e-mail address on your library account"). The business librarian is staff the provider consults on the patron\'s behalf, who will contact the patron; the patron is told to contact or visit no one (RUBRIC Terms, Referral: "staff the provider consults on the patron\'s behalf do not" count).',
};

describe('sixty-first round: self-employment and gig work, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundGigwork.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundGigwork.filter((c) => c.name in LEFT_WHY));
});
