/**
 * Fifty-third round, theme PUBLIC TRANSIT AND GETTING AROUND WITHOUT A CAR, checked: 30 whole sessions no one had written,
 * from public library "ask a librarian" chats: bus and rail routes and timetables (to dialysis, a VA clinic, jury duty, a
 * hospital from the Greyhound station, a convention center, a park & ride, airport routes for a class report), service
 * cuts and storm detours, ADA paratransit eligibility and its appeal, senior and disability reduced fares (one in Spanish),
 * paying fare by phone, bike share (free with a library card, e-bike prices), a folding bike on commuter rail, a service dog
 * on light rail, wheelchair lifts on intercity buses, a ferry timetable, bus passes sold or lent by libraries, and rides to
 * medical appointments (Medicaid NEMT in English and Spanish, a senior center's volunteer drivers, a hospital shuttle).
 * Every one of the 17 checks labelled in every session before it was run (the labels copied aside to
 * /tmp/fiftyThirdRoundTransit-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! This is Elena, a librarian with …"; a 78 s pickup with "sorry for the wait"; Spanish "¡Hola! Le
 *   atiende Lucía, bibliotecaria de …"; "Hi! What can I help you with today?" + a question under the screen name "Ref Desk 3"
 *   (names no one: fail); a greeting that is also a hold ("… let me see what's been published"); "Hola! Miguel here";
 *   chat-speak "good afternoon, u have reached the Ask Us chat at Pine County Library" (screen name ezra_pcl); "Hi there!" +
 *   "This is Farid, …" split over two lines; `pickedUpAt` at 40 s with the first line at 85 s; no provider ever joining;
 *  inquiry: a restatement ("So you need a bus that gets you to 5th Street by 7 am …") with a question; home city, state,
 *   time of day, wheelchair vs regular car, folding vs regular bike, service vs support animal, Medicaid vs Medicare, weekday,
 *   which suburbs and whether it is for a class; a question in the same line as the first source, after it (fail);
 *  waits: holds at 76 → 170 (94 s), every ~105 s through a long search (pass); 150 s of silence after the patron with no hold
 *   (fail); a silent transfer, the receiver's first visible line 160 s after the patron (fail); a transfer notice (a hold) with
 *   the receiver 54-64 s later (pass); "Sure, take your time!" before a 214 s patron absence (waiting on the patron: pass);
 *  endings: a goodbye 156 s after the answer with no check-in (idle fails, disconnect na); a check-in at 240 and "I'll be
 *   ending this session now" at 420 with no thanks (courteous fails); one line with "Are you still there?", the notice and
 *   "come back anytime"; a Lost Call with a check-in and a notice that invites back; a Lost Call that ends 78 s after "Does
 *   that answer it?" (no idle, courteous fails); the patron's "eso es todo" as the last line with no goodbye; "you've used up
 *   your chat time for today. I have to end the session now." (dismissal); "a few other patrons waiting … come back to the chat
 *   later" (allowed); patron-side "thats all i needed", "thats everything", "eso es todo", "nothing else", "that's all for
 *   now" (done) vs "sweet ty", "ok ill call. thx", "sort of, ok thanks", "ok" (not done); goodbyes "Take care, and good luck on
 *   the 14th!", "¡Gracias por escribirnos! Que tenga un buen día.", "np, stay safe out there! bye", "Great, have a good day!";
 *  sources: transit agency URLs and timetables, a state NEMT page, a database (TRID at trid.trb.org); "call 511" as the only
 *   source; "download the KentPass app" (an app named with no way to reach it: source fails); "isn't showing on any of the
 *   transit maps I can find" (no source);
 *  referrals: an eligibility office by phone; a customer service office at "Terminal Central, 400 Calle Mayor, San Marcos"
 *   (LEFT); "your cardiologist's office … it's worth asking them" (no contact: fail); a senior center by phone and URL; an
 *   appeals panel by URL and phone; two bus companies by phone; the library's own Circulation Desk by phone; a Medicaid ride
 *   line by phone (Spanish); 511; "I've sent the question to their customer service" (consulted on the patron's behalf: no
 *   referral); "someone there will call you" (no referral);
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h; FU_ME with the account e-mail read back
 *   and confirmed but no time, done after 90 h (contact and on_time fail); FU_LIB with a phone typed and read back, "within 72
 *   hours", not done at day 1 (pending); a promise "get back to you by tomorrow" coded Answered (code fails, pending); FU_ME
 *   with no contact anywhere and "I'll look into it and follow up with you", not done by day 5;
 *  codes: a true Lost Call (one patron line); Lost Call after two patron lines; Lost Call with no provider and two patron lines;
 *   null; Practice;
 *  transfers: a visible notice and an internal note (pass); a notice without a note (fail); a note without a notice (fail);
 *  concurrency: four at once (fail); others touching both ends, three at most (pass); a transfer where the transferring
 *   provider is busy only after the transfer and the receiving one only before it, one chat ending at the transfer second (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "luego hay que llevarla … a la oficina de atención al cliente en la Terminal Central, 400 Calle Mayor, San Marcos" tells the
 *   patron to visit an office: a referral, reached by a postal address (a Spanish street address: number + "Calle Mayor" + town);
 * - "Your cardiologist's office can also help you set it up, so it's worth asking them too" tells the patron to ask an
 *   organisation outside the chat: a referral, with no contact (fail);
 * - "call 511 and say 'Pine County Transit'" is a referral reached by a phone number (a three-digit public info line), so it
 *   is also a source ("an e-mail or phone contact for a referral");
 * - "download the KentPass app" names an app with no way to reach it: not a source; "the transit maps I can find" names none;
 * - "I've sent the question to their customer service and will e-mail you what they say" is staff consulting on the patron's
 *   behalf (no referral) and a follow-up promise; "someone there will call you" asks the patron to contact no one;
 * - "Is your e-mail still jpark22@example.com, the one on your account?" + "yes that one" confirms the e-mail in the chat
 *   (repeated there); without a time the contact check still fails;
 * - "Does that work with your schedule?", "Will that get you there in time?", "Does that cover what you need for the report?",
 *   "¿Le sirve esta información?", "Does the bike page help for now?", "Did the rides page help?" ask whether what was given
 *   meets the need; "If you'd like, I can e-mail you the new Route 30 times" does not;
 * - "that's all for now" and "eso es todo" say the patron is done; "ok ill call. thx" and "sort of, ok thanks" do not;
 * - "Great, have a good day!", "Take care, and good luck on the 14th!" and "Que tenga un buen día" (after "Gracias por
 *   escribirnos") say goodbye; "It seems you've been disconnected, so I'll be ending this session now." does not (announcing
 *   the end is not a goodbye);
 * - a line that asks "Are you still there?" and also says "come back anytime" is no goodbye in the Terms (the final idle runs
 *   to the end), but closing.courteous asks only that one of the last two lines "invites them back": it passes;
 * - a greeting that ends "— let me see what's been published" is a hold; "I'll look into it and follow up with you" is not
 *   (no wait follows it in case 10 either way);
 * - the receiving provider of a transfer is judged over [transfer, end) and the transferring one over [startedAt, transfer):
 *   a chat of the receiver's ending at the transfer second (78 s) does not overlap the part he handled.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 03: the customer service office "en la Terminal Central, 400 Calle Mayor, San Marcos" read as a
 *    referral without contact (fail; RUBRIC pass: a postal address is a way to reach them). Probed aside: "400 Main Street" or a
 *    ZIP passes, so the address is known only by an English street-type word or a ZIP.
 * Every timing check (pickup with and without `pickedUpAt`, no provider at all, keep_informed across holds, a transfer notice and
 * a silent transfer, "take your time", idle and disconnect spans, concurrency at touching ends and across a transfer, on_time done
 * / late / pending / not done by day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for
 * every running case (patron e-mails typed and read back, an e-mail in `patron.email` read back, a patron phone read back).
 *
 * ON v51 (block Q): case 03's "400 Calle Mayor, San Marcos" is a postal address (Q9), as labelled, and runs: 30 running, 0
 *   LEFT.
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;


const ELENA: Prov = { id: 'elena-tr', name: 'Elena', library: 'MCPL' };
const OMAR: Prov = { id: 'omar-tr', name: 'Omar', library: 'LVL' };
const LUCIA: Prov = { id: 'lucia-tr', name: 'Lucía', library: 'RCC' };
const REF3: Prov = { id: 'refdesk3', name: 'Ref Desk 3', library: 'PLX' };
const BRENDA: Prov = { id: 'brenda-tr', name: 'Brenda', library: 'FCL-GA' };
const GRETA: Prov = { id: 'greta-tr', name: 'Greta', library: 'HCL-HB' };
const HANK: Prov = { id: 'hank-tr', name: 'Hank', library: 'BSL' };
const IVY: Prov = { id: 'ivy-tr', name: 'Ivy (statewide)', library: 'STATE' };
const JUNE: Prov = { id: 'june-tr', name: 'June', library: 'MBPL' };
const KOFI: Prov = { id: 'kofi-tr', name: 'Kofi', library: 'RWL' };
const LENA: Prov = { id: 'lena-tr', name: 'Lena', library: 'EBL' };
const MIGUEL: Prov = { id: 'miguel-tr', name: 'Miguel', library: 'CPL-NE' };
const TRAINER: Prov = { id: 'trainer-tr', name: 'Training Account', library: 'TRN' };
const NORA: Prov = { id: 'nora-tr', name: 'Nora', library: 'CCPL-DC' };
const PAT: Prov = { id: 'pat-tr', name: 'Pat', library: 'SPL-S' };
const QUENTIN: Prov = { id: 'quentin-tr', name: 'Quentin', library: 'RBL' };
const RAFAEL: Prov = { id: 'rafael-tr', name: 'Rafael', library: 'GCL' };
const SOPHIE: Prov = { id: 'sophie-tr', name: 'Sophie Lin', library: 'GCL' };
const TOBY: Prov = { id: 'toby-tr', name: 'Toby', library: 'NFL' };
const ALMA: Prov = { id: 'alma-tr', name: 'Alma Reyes', library: 'NFU' };
const UMA: Prov = { id: 'uma-tr', name: 'Uma', library: 'DPL' };
const VICTOR: Prov = { id: 'victor-tr', name: 'Victor Okafor', library: 'DPL' };
const WREN: Prov = { id: 'wren-tr', name: 'Wren', library: 'BVL-WA' };
const YUSUF: Prov = { id: 'yusuf-tr', name: 'Yusuf', library: 'SCL' };
const ZOE: Prov = { id: 'zoe-tr', name: 'Zoe', library: 'MCL-M' };
const ABE: Prov = { id: 'abe-tr', name: 'Abe', library: 'CRL' };
const BEA: Prov = { id: 'bea-tr', name: 'Bea', library: 'ODL' };
const CALEB: Prov = { id: 'caleb-tr', name: 'Caleb', library: 'WFPL' };
const DELIA: Prov = { id: 'delia-tr', name: 'Delia', library: 'KDL' };
const EZRA: Prov = { id: 'ezra-tr', name: 'ezra_pcl', library: 'PCL' };
const FARID: Prov = { id: 'farid-tr', name: 'Farid', library: 'AGPL' };
const GABI: Prov = { id: 'gabi-tr', name: 'Gabi', library: 'BVA' };
const HOLLIS: Prov = { id: 'hollis-tr', name: 'Hollis', library: 'NPL' };

const s = session;

export const fiftyThirdRoundTransit: SessionCase[] = [
  // 01 bus to dialysis: restatement + question, hold 94 s, timetable URL
  s(ELENA, '01 bus to dialysis by 7 am: "So you need…" restated, hold, Route 12 timetable URL, "thats all i needed"', [
    [0, 'p', 'hi i need to get from the eastgate apartments to the dialysis center on 5th st by 7am tues thurs sat, no car'],
    [20, 'l', 'Good morning! This is Elena, a librarian with Metro City Public Library.'],
    [26, 'l', 'So you need a bus that gets you to 5th Street by 7 am, three days a week. Which Eastgate — the one on Hollis Ave?'],
    [70, 'p', 'yes hollis'],
    [76, 'l', 'Let me check the schedules, one moment.'],
    [170, 'l', 'Route 12 leaves Hollis & Eastgate at 6:22 am and stops at 5th & Pine at 6:48, a block from the center. The timetable is at ridemct.org/routes/12 (Saturday service starts later, though: the first bus arrives 7:06).'],
    [176, 'l', 'Does that work with your schedule?'],
    [240, 'p', 'saturday is a problem but ok. thats all i needed'],
    [246, 'l', 'Take care, and thanks for using Ask Metro City!'],
  ], usual()),

  // 02 paratransit eligibility: 78 s pickup, eligibility office by phone
  s(OMAR, '02 ADA paratransit for a mom with a walker: pickup 78 s, application URL + eligibility office phone', [
    [0, 'p', 'How does my mom qualify for paratransit? She uses a walker and cant get to the bus stop'],
    [78, 'l', 'Hello, sorry for the wait — Omar here at the Ask a Librarian service, Lakeview Library.'],
    [84, 'l', 'Which city or county does your mom live in? Paratransit is run by each transit agency.'],
    [130, 'p', 'lakeview, same as you'],
    [136, 'l', "Lakeview Transit's ADA paratransit (Access Ride) needs an application plus a short in-person assessment. The application and the doctor's form are on lakeviewtransit.org/access-ride. To schedule the assessment, call the Access Ride eligibility office at 555-382-7710."],
    [142, 'l', 'Is that what you were looking for?'],
    [200, 'p', 'yes. how long does it take'],
    [206, 'l', 'The page says they decide within 21 days of the assessment.'],
    [250, 'p', 'ok great thats everything'],
    [255, 'l', 'Glad to help. Goodbye!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 03 Spanish: senior reduced fare, the customer service office at a street address
  s(LUCIA, '03 tarifa reducida para mayores (Spanish): URL en español, oficina en "400 Calle Mayor", "eso es todo"', [
    [0, 'p', 'hola, mi papá tiene 68 años, ¿hay descuento en el metro para él?'],
    [25, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca del Condado de Río Claro.'],
    [31, 'l', '¿En qué ciudad vive su papá? Cada sistema de transporte tiene su propio programa.'],
    [80, 'p', 'en San Marcos'],
    [86, 'l', 'En San Marcos el programa se llama Tarifa Reducida para Mayores: paga la mitad del pasaje con la tarjeta. La solicitud en español está en sanmarcostransit.org/es/tarifa-reducida; luego hay que llevarla con una identificación con foto a la oficina de atención al cliente en la Terminal Central, 400 Calle Mayor, San Marcos.'],
    [92, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'sí, perfecto. eso es todo, gracias'],
    [156, 'l', '¡Gracias por escribirnos! Que tenga un buen día.'],
  ], usual({ referral: 'pass' })),

  // 04 bike share via library card: no one named in the first two lines
  s(REF3, '04 free bike share with a library card: "Hi! What can I help you with today?" + a question (screen name only)', [
    [0, 'p', 'does the library card get u a free bike share membership? heard that somewhere'],
    [30, 'l', 'Hi! What can I help you with today?'],
    [36, 'l', 'Which bike share do you mean, the city one (Pedal Loop)?'],
    [70, 'p', 'ya pedal loop'],
    [76, 'l', 'Yes — cardholders get a free annual Pedal Loop membership. Sign up at pedalloop.com/library with your library card number; it covers unlimited 45-minute rides.'],
    [82, 'l', 'Did that answer your question?'],
    [110, 'p', 'sweet ty'],
    [115, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope'],
    [144, 'l', 'Have fun riding, bye!'],
  ], usual({ greeting: 'fail' })),

  // 05 Medicaid NEMT: state page URL, "your cardiologist's office can also help … worth asking them" (no contact)
  s(BRENDA, '05 Medicaid ride to a cardiologist: NEMT page URL, "worth asking" the cardiologist\'s office (no contact)', [
    [0, 'p', 'I have a cardiology appt on the 14th across town and no way to get there. I have Medicaid. Is there any ride program?'],
    [35, 'l', "Hi there, I'm Brenda, a reference librarian at Fulton County Library."],
    [41, 'l', 'Which state is your Medicaid through?'],
    [90, 'p', 'Georgia'],
    [96, 'l', "One moment while I look up Georgia's program."],
    [180, 'l', "Georgia Medicaid covers non-emergency medical transportation (NEMT) at no cost. The state's NEMT page, medicaid.georgia.gov/programs/all-programs/non-emergency-medical-transportation, lists the ride broker for your region with its phone number; book at least 3 business days before the appointment. Your cardiologist's office can also help you set it up, so it's worth asking them too."],
    [186, 'l', 'Does that help?'],
    [240, 'p', 'yes thank you so much'],
    [246, 'l', 'Is there anything else you need?'],
    [270, 'p', 'no'],
    [275, 'l', 'Take care, and good luck on the 14th!'],
  ], usual({ referral: 'fail' })),

  // 06 follow-up by me: e-mail typed and read back, "by Friday", done in 30 h
  s(GRETA, '06 Route 31 cut (follow-up by me): greeting with "let me see", e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'the 31 bus is being cut in april? i take it to work at the hospital. where can i see the new routes'],
    [40, 'l', "Good afternoon! Greta here, librarian at Harbor City Library. Sorry to hear that — let me see what's been published."],
    [46, 'l', 'Do you ride it in the morning, the evening, or both?'],
    [90, 'p', 'both, 6am and 3pm'],
    [96, 'l', "The transit board's service change page, harborcitytransit.org/service-changes, says Route 31 is being replaced by Route 30 and a new on-demand zone, but the new timetables aren't posted yet. They're due out next week."],
    [102, 'l', "If you'd like, I can e-mail you the new Route 30 times as soon as they're posted — by Friday at the latest. What's your e-mail?"],
    [150, 'p', 'yes pls. kfarrow@example.com'],
    [156, 'l', "Got it, kfarrow@example.com. I'll send them by Friday."],
    [162, 'l', 'Anything else for now?'],
    [190, 'p', 'no thats all thanks'],
    [195, 'l', 'Thanks for chatting with us — talk to you Friday!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 07 follow-up by me, no time given, done after 90 h
  s(HANK, '07 folding bike on the Valley Line at rush hour (follow-up by me): account e-mail read back and confirmed, no time, done after 90 h', [
    [0, 'p', 'can i bring my folding bike on the Valley Line train at rush hour?'],
    [22, 'l', 'Hi, Hank at the Ask Us chat, Brookside Library.'],
    [28, 'l', 'Does it fold all the way, or is it a regular bike?'],
    [60, 'p', 'fully folds, a brompton'],
    [66, 'l', 'let me check'],
    [140, 'l', "The Valley Line bike rules at valleyline.com/bikes say regular bikes aren't allowed 6-9 am and 4-7 pm, but they don't say anything about folding bikes. I've sent the question to their customer service and will e-mail you what they say."],
    [146, 'l', 'Is your e-mail still jpark22@example.com, the one on your account?'],
    [180, 'p', 'yes that one'],
    [186, 'l', 'Great. Does the bike page help for now?'],
    [220, 'p', 'sort of, ok thanks'],
    [226, 'l', 'Thanks for asking us, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'jpark22@example.com', phone: null }, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 08 follow-up by the patron's library: phone read back, "within 72 hours", not yet done (day 1)
  s(IVY, '08 bus passes to borrow at Cedar Falls (follow-up by patron\'s library): phone read back, "within 72 hours", pending', [
    [0, 'p', 'hi does the cedar falls library lend out bus passes? i heard some libraries do'],
    [30, 'l', "Hello, I'm Ivy with the statewide Ask Us service; I'm at a different library but happy to help."],
    [36, 'l', 'Are you a Cedar Falls cardholder?'],
    [70, 'p', 'yes'],
    [76, 'l', 'Give me a minute to check their site.'],
    [160, 'l', "Cedar Falls's borrowing page (cedarfallslibrary.org/borrow) lists museum passes but nothing about bus passes. I'll pass your question to the Cedar Falls staff and someone there will call you within 72 hours. What number should they use?"],
    [200, 'p', '319-555-0148'],
    [206, 'l', 'Thanks — 319-555-0148. Expect their call within 72 hours.'],
    [240, 'p', "ok great, that's all i needed"],
    [245, 'l', 'Thanks for chatting, have a good evening!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  // 09 a promise "by tomorrow" coded Answered
  s(JUNE, '09 volunteer rides to the eye doctor: Senior Center phone, "I\'ll … get back to you by tomorrow", coded Answered', [
    [0, 'p', "my neighbor is 82 and needs rides to her eye doctor, does the senior center do that? we're in Millbrook"],
    [28, 'l', 'Hi! June here, a librarian at Millbrook Public Library.'],
    [34, 'l', 'Does she need a wheelchair-accessible vehicle, or can she get into a regular car?'],
    [80, 'p', 'regular car is fine, she uses a cane'],
    [86, 'l', 'One sec.'],
    [150, 'l', "The Millbrook Senior Center runs volunteer drivers for medical trips; their page millbrookseniors.org/rides says to call 555-640-2231 two days ahead. The fee schedule isn't online, though — I'll find out and get back to you by tomorrow. What e-mail should I use?"],
    [190, 'p', 'dana.w@example.com'],
    [196, 'l', 'Got it, dana.w@example.com. Did the rides page help?'],
    [230, 'p', 'yes very helpful, thats all for now'],
    [236, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ referral: 'pass', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 10 follow-up code, no contact anywhere, no source
  s(KOFI, '10 bus to the new VA clinic (follow-up by me): "I\'ll look into it and follow up", no contact known, no source, day 5', [
    [0, 'p', 'what bus goes to the new VA clinic on Ridge Rd? it opened last month'],
    [25, 'l', "Hello, this is Kofi at Ridgeway Library's Ask a Librarian."],
    [31, 'l', 'Where would you be coming from?'],
    [70, 'p', 'downtown transit center'],
    [76, 'l', "Hmm, the new clinic isn't showing on any of the transit maps I can find yet. I'll look into it and follow up with you."],
    [110, 'p', 'ok'],
    [115, 'l', 'Thanks for your patience. Bye for now.'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 11 a true Lost Call: check-in at 200, notice + invitation back at 400
  s(LENA, '11 track work on the 5 train (Lost Call): greeting at 30, "Are you still there?" at 200, notice + "come back anytime" at 400', [
    [0, 'p', 'is the 5 train running today? track work?'],
    [30, 'l', "Hi, I'm Lena, a librarian at Eastbrook Library. How can I help?"],
    [200, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you've disconnected, so I'll end this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Lost Call after two patron lines; provider's last lines are the answer and "Does that answer it?"
  s(MIGUEL, '12 airport train fare: answered, patron silent, ends 78 s after "Does that answer it?", coded Lost Call after 2 patron lines', [
    [0, 'p', 'how much is the airport train from downtown'],
    [20, 'l', 'Hola! Miguel here with Ask a Librarian at Central Plains Library.'],
    [26, 'l', 'One-way or round trip?'],
    [50, 'p', 'one way'],
    [56, 'l', 'The Airport Line is $2.50 one way, $1.25 with a reduced-fare card; fares are at cprail.org/fares.'],
    [62, 'l', 'Does that answer it?'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 78 }),

  // 13 Practice
  s(TRAINER, '13 practice chat (transit script): coded Practice, every check na', [
    [0, 'p', 'test test where is the bus map'],
    [8, 'l', 'Hi, this is a practice chat for Ask Us training.'],
    [15, 'l', 'Bus maps are at ridemct.org/maps. Did that help?'],
    [25, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 14 null code; 150 s of silence with no hold
  s(NORA, '14 Union Station to the convention center: answer 150 s after the patron with no hold, code null', [
    [0, 'p', 'whats the fastest way from Union Station to the convention center w/ luggage'],
    [18, 'l', 'Hi, Nora at Ask the Library, Capital City Public Library!'],
    [24, 'l', 'Are you arriving on a weekday? The streetcar runs less often on weekends.'],
    [60, 'p', 'thursday afternoon'],
    [210, 'l', 'The Red Line from Union Station to Convention Center is 3 stops, about 8 minutes, and every station has elevators. Trip planner: capmetrorail.com/plan.'],
    [216, 'l', 'Did that help?'],
    [250, 'p', "yes thank you that's all"],
    [255, 'l', 'Enjoy the convention, bye!'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 15 "you've used up your chat time for today"
  s(PAT, '15 disability reduced fare, then a list: "you\'ve used up your chat time for today. I have to end the session now."', [
    [0, 'p', 'how do i get a reduced fare card for my disability'],
    [25, 'l', 'Hello! This is Pat at Ask a Librarian, Southport Library.'],
    [31, 'l', 'Which transit system, SMTA?'],
    [60, 'p', 'yes smta'],
    [66, 'l', "SMTA's Reduced Fare Program page is smta.org/reduced-fare: fill in the form and have your doctor sign the disability section, or show a Medicare card at the customer center."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes but also what about my daughter she is a student, and can i use it on the ferry, and what if i lose it'],
    [118, 'l', "Sorry, you've used up your chat time for today. I have to end the session now."],
    [130, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 16 other patrons waiting, come back later
  s(QUENTIN, '16 e-bike share prices then a list: "a few other patrons waiting … come back to the chat later"', [
    [0, 'p', 'bike share question — are there ebikes and how much'],
    [20, 'l', "Hey there, Quentin from Riverbend Library's chat service."],
    [26, 'l', 'Which city are you riding in?'],
    [50, 'p', 'riverbend'],
    [56, 'l', 'Riverbend Bikes has e-bikes at most docks: $1 to unlock plus 20¢ a minute, or included in the $15/month plan. Prices are at riverbendbikes.com/pricing.'],
    [62, 'l', 'Is that what you needed?'],
    [100, 'p', 'ok and where are the docks near the river, and can kids ride, and is there a helmet rule, and parking at the stations'],
    [108, 'l', "Good questions! I have a few other patrons waiting right now, so please check the station map on that same site or come back to the chat later and we'll pick up from there."],
    [130, 'p', 'ok'],
    [135, 'l', 'Thanks for chatting — see you next time!'],
  ], usual({ anything: 'fail' })),

  // 17 transfer by the book
  s(RAFAEL, '17 paratransit appeal: notice (hold) + internal note, transfer to Sophie, appeals panel by URL + phone', [
    [0, 'p', 'need paratransit appeal info, my son got denied eligibility'],
    [25, 'l', 'Hi, Rafael at Ask Us, Granite County Library.'],
    [31, 'l', 'Was he denied completely, or given conditional eligibility?'],
    [80, 'p', 'completely denied, letter came yesterday'],
    [86, 'l', "Our disability services librarian, Sophie, knows the appeal process well — I'm transferring you to her now, one moment."],
    [90, 'i', "Sophie, pt's son denied ADA paratransit, wants appeal steps. can you take it?"],
    xfer(94, 'Sophie Lin', 'sophie-tr'),
    [150, 'l', "Hello, Sophie here from Accessibility Services at Granite County Library. I'm sorry about the denial.", as(SOPHIE)],
    [156, 'l', "Appeals go to Granite Transit's eligibility appeals panel within 60 days of the letter. The form and the steps are at granitetransit.org/ada/appeals, or you can request the appeal by calling the panel at 555-219-4400.", as(SOPHIE)],
    [162, 'l', 'Does that give you what you need?', as(SOPHIE)],
    [220, 'p', "yes thank you, that's all"],
    [226, 'l', 'Thanks for reaching out, and good luck with the appeal!', as(SOPHIE)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 18 transfer with a notice but no internal note
  s(TOBY, '18 Amtrak to the medical center shuttle: visible "I\'m going to transfer you", no internal note', [
    [0, 'p', 'is there a shuttle from the train station to the university medical center'],
    [30, 'l', 'Hi! Toby at Northfield Library here.'],
    [36, 'l', 'Which station — Northfield Amtrak or the commuter stop?'],
    [70, 'p', 'amtrak'],
    [76, 'l', "I'm going to transfer you to a colleague who knows the university area better. Please hold."],
    xfer(80, 'Alma Reyes', 'alma-tr'),
    [130, 'l', "Hi, I'm Alma at the Northfield University Library. The medical center runs a free shuttle from the Amtrak station every 20 minutes, 6 am to 8 pm weekdays: schedule at nfumed.org/shuttle.", as(ALMA)],
    [136, 'l', 'Does that help?', as(ALMA)],
    [180, 'p', 'perfect thx'],
    [186, 'l', 'Anything else?', as(ALMA)],
    [200, 'p', 'no'],
    [204, 'l', 'Have a safe trip, bye!', as(ALMA)],
  ], usual({ transfer: 'fail' })),

  // 19 silent transfer, 160 s wait; each provider busy only outside their part
  s(UMA, '19 wheelchair lift on intercity buses: internal note only, Victor writes 160 s after the patron; Uma busy after, Victor before', [
    [0, 'p', 'I need to get my wheelchair on the intercity bus to Springfield, do they have lifts?'],
    [28, 'l', "Good evening, you've reached Uma at Ask a Librarian, Dover Public Library."],
    [34, 'l', 'Which company are you booking with, or are you still deciding?'],
    [70, 'p', 'still deciding'],
    [75, 'i', "Victor, can you take a wheelchair access intercity bus q? I'm about to go off shift"],
    xfer(78, 'Victor Okafor', 'victor-tr'),
    [230, 'l', "Hello, Victor here, Dover Public Library. Both Greyhound and Peter Pan have lifts. Greyhound asks you to call its ADA assistance line at least 48 hours ahead, 1-800-555-0143 (greyhound.com/help-and-info/ada); for Peter Pan call 1-800-555-0177 when you book.", as(VICTOR)],
    [236, 'l', 'Is that what you were looking for?', as(VICTOR)],
    [280, 'p', "yes thank you, that's everything"],
    [286, 'l', 'Safe travels, and thanks for using the chat!', as(VICTOR)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [
      other('u1', 'uma-tr', 100, 500), other('u2', 'uma-tr', 120, 600), other('u3', 'uma-tr', 150, 700),
      other('v1', 'victor-tr', -400, 70), other('v2', 'victor-tr', -300, 60), other('v3', 'victor-tr', -200, 78),
    ],
  }),

  // 20 four at once
  s(WREN, '20 last Sunday ferry: three other chats, four open at once from 30 s', [
    [0, 'p', 'what time does the last ferry leave for the island on sundays'],
    [15, 'l', 'Hi, Wren here, librarian at Bayview Library.'],
    [20, 'l', 'The Bayview–Gull Island ferry?'],
    [40, 'p', 'yeah'],
    [45, 'l', 'On Sundays the last boat leaves Bayview at 9:15 pm; the full timetable is at gullislandferry.com/schedule.'],
    [50, 'l', 'Did that answer it?'],
    [70, 'p', 'yes ty thats all'],
    [74, 'l', 'Thanks, have a good trip!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wren-tr', -100, 200), other('w2', 'wren-tr', 10, 300), other('w3', 'wren-tr', 30, 90)],
  }),

  // 21 pickedUpAt 40 s, first line at 85 s; others touch both ends
  s(YUSUF, '21 service dog on light rail: pickedUpAt 40 s (first line 85 s), others touching start and end, three at most', [
    [0, 'p', 'Hi, can I take my service dog on the light rail? first time riding'],
    [85, 'l', "Hello, and welcome to Ask Sunvale! I'm Yusuf, a librarian at Sunvale City Library."],
    [91, 'l', 'Is it a trained service animal, or an emotional support animal?'],
    [130, 'p', 'trained service dog'],
    [136, 'l', "Trained service animals ride free on all Sunvale Metro trains and buses, and you don't need any paperwork; the rules are on sunvalemetro.org/accessibility. The dog has to stay on a leash and off the seats."],
    [142, 'l', 'Does that answer your question?'],
    [180, 'p', 'yes thank you!! nothing else'],
    [185, 'l', 'Wonderful. Thanks for chatting, and enjoy your ride!'],
  ], usual(), { pickedUpAt: at(40) }, {
    otherIntervals: [other('y1', 'yusuf-tr', -500, 0), other('y2', 'yusuf-tr', -100, 100), other('y3', 'yusuf-tr', 50, 400), other('y4', 'yusuf-tr', 190, 600)],
  }),

  // 22 source first, question in the same line
  s(ZOE, '22 Greyhound station to St. Luke\'s: trip planner URL and the question in one line (question not before the source)', [
    [0, 'p', "how do i get from the greyhound station to St. Luke's hospital"],
    [20, 'l', 'Hi, Zoe with Ask a Librarian at Marlow County Library.'],
    [25, 'l', 'The MCAT trip planner at mcat.org/tripplanner will give you the route. Are you going there today, and will you be coming from the Greyhound station on 3rd St?'],
    [70, 'p', 'yes 3rd st, today around 2'],
    [76, 'l', 'Then take Route 4 from 3rd & Main at 2:10; it stops at the hospital entrance at 2:27.'],
    [82, 'l', 'Did that help?'],
    [110, 'p', 'ok thanks'],
    [115, 'l', 'Anything else I can do for you?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail' })),

  // 23 goodbye 156 s after the answer, no check-in
  s(ABE, '23 park & ride at exit 12: answer at 66, goodbye at 222 (final idle 156 s) with no check-in', [
    [0, 'p', 'wheres the closest park n ride to I-95 exit 12'],
    [22, 'l', 'Hi, this is Abe at Ask Us, Coastal Regional Library.'],
    [28, 'l', 'Northbound or southbound — which way are you commuting?'],
    [60, 'p', 'north, to the city'],
    [66, 'l', 'The Exit 12 Park & Ride is on Route 1 just east of the ramp, 300 free spaces, and the 95X express leaves every 15 min at rush hour. Map and schedule: coastalcommute.org/parkandride.'],
    [72, 'l', 'Does that help?'],
    [222, 'l', 'Thanks for using Ask Us — have a good commute!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 24 check-in, then a notice that is no goodbye
  s(BEA, '24 bus to jury duty: "Will that get you there in time?", check-in at 240, "I\'ll be ending this session now" at 420 (no goodbye)', [
    [0, 'p', 'is there a bus from Oakdale to the county courthouse? jury duty monday'],
    [25, 'l', 'Hi! Bea here, a librarian at Oakdale Library.'],
    [31, 'l', 'What time do you need to be at the courthouse?'],
    [70, 'p', '8:30'],
    [76, 'l', 'Route 22 leaves Oakdale Center at 7:45 and stops across from the courthouse at 8:15. Timetable: oakdaletransit.org/22.'],
    [82, 'l', 'Will that get you there in time?'],
    [240, 'l', 'Are you still there?'],
    [420, 'l', "It seems you've been disconnected, so I'll be ending this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 25 holds every ~105 s; one last line that checks in, notices and invites back
  s(CALEB, '25 airport routes for a planning class: holds at 96/200, answer at 305, one line at 500 with "Are you still there?" + notice + "come back anytime"', [
    [0, 'p', 'need a list of all the bus routes that go to the airport from the suburbs, for a report on transit access'],
    [30, 'l', 'Hello! Caleb at Ask a Librarian, Westfield Public Library.'],
    [36, 'l', 'Which suburbs, and is this for a class?'],
    [90, 'p', 'Elmhurst, Dunmore, Pike Hill. its for my urban planning class'],
    [96, 'l', 'Let me pull up the route maps.'],
    [200, 'l', 'Still working on it — Dunmore is served by two agencies, so it takes a little longer.'],
    [305, 'l', "Here's what I found: Elmhurst has the 40X, Dunmore has the 40X and Coach USA's 77, and Pike Hill has no direct route (you'd change to the Blue Line at Pike Hill station). The regional system map at rtamaps.org/regional lays it all out, and for the report, the TRID database at trid.trb.org has studies on airport access."],
    [311, 'l', 'Does that cover what you need for the report?'],
    [500, 'l', "Are you still there? It looks like you may have been disconnected, so I'll close this chat in a minute — come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 26 "Sure, take your time!"; an app named with no way to reach it
  s(DELIA, '26 paying fare by phone: "Sure, take your time!" then 214 s away, "download the KentPass app" (no source)', [
    [0, 'p', 'how do i pay bus fare with my phone in Kent county'],
    [24, 'l', "Hi, Delia here at Kent District Library's Ask a Librarian."],
    [30, 'l', 'Do you have an iPhone or an Android? And do you already have a Kent Transit account?'],
    [60, 'p', 'android. hold on let me check if i have an account'],
    [66, 'l', 'Sure, take your time!'],
    [280, 'p', 'ok no account'],
    [286, 'l', 'Then download the KentPass app, create an account, and add a debit card or your reduced fare pass. You buy the ticket in the app and show it to the driver when you board.'],
    [292, 'l', 'Did that help?'],
    [320, 'p', 'yes ty'],
    [325, 'l', 'Anything else today?'],
    [345, 'p', 'nope'],
    [350, 'l', 'Great, thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 27 chat-speak, "call 511" as the only source
  s(EZRA, '27 buses in a snowstorm (chat-speak): "u have reached the Ask Us chat", "call 511" the only source, "ok ill call. thx"', [
    [0, 'p', 'r there any buses running in the snow storm rn?? need to get to work'],
    [12, 'l', 'good afternoon, u have reached the Ask Us chat at Pine County Library'],
    [18, 'l', 'which route do u normally take?'],
    [40, 'p', 'the 9'],
    [46, 'l', "PCT posts storm detours and cancellations in real time on their info line: call 511 and say 'Pine County Transit', they'll tell u if the 9 is running."],
    [52, 'l', 'did that help?'],
    [80, 'p', 'ok ill call. thx'],
    [84, 'l', 'np, stay safe out there! bye'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 28 no provider ever joins; Lost Call with two patron lines
  s(HOLLIS, '28 bus passes to borrow: no provider ever joins, patron "hello??" and leaves, coded Lost Call', [
    [0, 'p', 'does the library have bus passes to borrow'],
    [90, 'p', 'hello??'],
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 split greeting; the library's own Circulation Desk by phone; no completeness question
  s(FARID, '29 monthly bus pass sold at Main: "Hi there!" + name, Circulation Desk phone, "perfect, thats all I needed", "have a good day!"', [
    [0, 'p', 'Do you sell the monthly bus pass at the library? Someone told me the main branch does'],
    [19, 'l', 'Hi there!'],
    [23, 'l', 'This is Farid, a librarian at Ashgrove Public Library. Are you looking for the regular monthly pass or the senior/disabled one?'],
    [60, 'p', 'regular'],
    [66, 'l', "Yes, the Main Library's Circulation Desk sells regular monthly passes ($64, cash or card) until the 10th of each month. Call Circulation at 555-402-1180 to check they still have them before you go."],
    [100, 'p', 'perfect, thats all I needed'],
    [105, 'l', 'Great, have a good day!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 30 Spanish NEMT; the patron has the last word, no goodbye
  s(GABI, '30 transporte a una cita (Spanish): hold, Medicaid ride line phone + URL, "eso es todo" last (no goodbye)', [
    [0, 'p', 'hola, necesito transporte para llevar a mi abuela a su cita en el hospital general el jueves, no tenemos carro'],
    [35, 'l', 'Hola, soy Gabi, bibliotecaria de la Biblioteca de Valle Alto.'],
    [41, 'l', '¿Su abuela tiene Medicare, Medicaid, o ninguno de los dos?'],
    [90, 'p', 'medicaid'],
    [96, 'l', 'Un momento, busco el número.'],
    [160, 'l', 'Con Medicaid el viaje es gratis si lo reserva con 3 días de anticipación. Llame a la línea de transporte de Medicaid al 1-855-555-0199 (tienen personal que habla español) o reserve en línea en ridemedicaid.example.org.'],
    [166, 'l', '¿Le sirve esta información?'],
    [220, 'p', 'sí, muchas gracias, voy a llamar ahora. eso es todo'],
  ], usual({ courteous: 'fail', referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-third round: public transit and getting around without a car, checked', () => {
  describeSessions('whole sessions', fiftyThirdRoundTransit.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyThirdRoundTransit.filter((c) => c.name in LEFT_WHY));
});
