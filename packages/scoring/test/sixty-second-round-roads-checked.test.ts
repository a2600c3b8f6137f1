/**
 * Sixty-second round, theme ROADS, STREETS AND TRAFFIC, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: potholes (Hampden by Baltimore 311, a Spanglish "bache" on MD 193, a private court
 * off Ritchie Hwy), streetlights (a BGE wooden pole, a SeeClickFix outage), snow (Pittsburgh's plow tracker, Route 97 and a
 * county side road, Hyattsville's city snow routes in Spanish, DC snow emergency routes, a Frederick plow schedule never
 * finished), closures and detours (Bay Bridge lane closures, a Route 50 closure no one answered, a marathon on Lombard St,
 * the Hanover St bridge), traffic counts and crash data (AADT on Rockville Pike, US 1 in College Park, one Dundalk
 * intersection, an MSP crash report after an I-95 accident), traffic calming (speed humps in Clintonville, a four-way stop
 * near Walkersville, a Vienna speed limit), who maintains a road (MD 108, MD 410 in Spanish, Old Frederick Rd's acceptance
 * by the county), street names (Old Georgetown Rd, Calvert St) and parking (Silver Spring permits in Spanish, Arlington
 * permit parking in chat-speak, a DC ticket). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/sixtySecondRoundRoads-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a "Connecting you to a librarian..." system line and a 25 s pickup (01); pickup at exactly 60 s (02: pass) and
 *   at 61 s (03: fail); "Hi there! How can I help?" under the screen name "Desk 3" (05: names no one, fail); "Good morning!"
 *   then a question, the name only in the third provider line (14: fail); "Hi there!" + "Ada here, reference librarian at …"
 *   split over two lines (26: pass); Spanish "Soy Carmen, bibliotecaria del servicio Ask Us Now" (04), "Habla Lucía, del
 *   chat Ask Us Now" (21), "Le atiende Diego, bibliotecario del …" (23); "Hi! Beth here, librarian with Ask Us Now. ¡Hola!"
 *   (15); chat-speak "heyy 👋 jess @ Ask a Librarian (Arlington Public Library) here" after `pickedUpAt` 55 s (27); no
 *   provider ever joined (18);
 *  inquiry: city or county, pole type, city street or state road, permit zone, AADT or hourly and years, crash years,
 *   short story or citable, ticket issuer, intersection in city or county, side street, agency, stretch of road, town,
 *   street name, car lanes or sidewalk, pole number; the SHA map given before "Is the drainage problem on 108 itself …?"
 *   (08: fail); a clarifying question and nothing else before the patron vanished (28: pass, no source ever given);
 *  waits: "Let me pull up the count station for you, just a moment." answered exactly 120 s later (06: pass); "hang on a
 *   sec" answered 121 s later (07: fail); an internal line inside a 125 s wait (08: fail, internal ends nothing); transfer
 *   notices answered 84 and 86 s later by the receivers (13, 14); "Give me a second …" answered 74 s later (29); "Claro,
 *   tómese su tiempo." and the patron back 180 s later (23: waiting on the patron, pass); `pickedUpAt` 55 s and the first
 *   line at 185 s (27: 130 s after pickup, fail);
 *  endings: a Lost Call with only a greeting, "Are you still there?" and "I'll be closing this chat in a moment." (09: final
 *   idle 315 s, check-in passes, notice and courtesy fail); a Lost Call after a clarifying question, check-in at 160 and
 *   "It seems you've disconnected, so I'm closing this session. Thanks …" at 260 (28: final idle 245 s, both pass);
 *   "Are you still with me?" and "It looks like we've lost the connection, so I'll end the chat now. Please come back
 *   anytime!" ending a final idle of exactly 180 s (24: both pass); a closing "anything else? … thanks for chatting" ending
 *   a final idle of 119 s (25: both na); "Hello? Are you still there?" and the session ending at a final idle of 179 s (26:
 *   check-in passes, notice na, courtesy fails); the patron's "thats everything! 😄" as the last line (10: courtesy fails);
 *   "Sorry, your time's up — I have to end the chat here. Bye." (11: dismissal fails, courtesy passes on "Bye."); "I have
 *   several other patrons waiting … you're welcome to chat with us again anytime" (12: allowed); goodbyes in English and
 *   Spanish ("¡Con gusto! Gracias por escribirnos …", "¡Gracias por usar Ask Us! Hasta luego.", "Stay warm, and thanks for
 *   chatting!", "Thanks for reaching out, stay warm!", "yay, thx for chatting!"); patron-side "that's all i needed", "no more
 *   questions", "eso es todo", "thats all for now then", "thats all i had", "that's everything for today", and "yes ty",
 *   "i guess. thx", "ugh ok. thanks" that do not count;
 *  sources: city and county 311/report pages, balt311, bge.com, the MDOT SHA traffic count map, opendata.maryland.gov,
 *   zerodeathsmd.gov, the MCPL catalogue with a subject heading, montgomeryhistory.org, dmv.dc.gov, mdsp.maryland.gov,
 *   msa.maryland.gov, bcpl.info/legacyweb, hyattsville.org/snow, snow.dc.gov, virginiadot.org, parking.arlingtonva.us; none,
 *   only "the SeeClickFix app" (30: fail);
 *  referrals: BGE by phone (02: LEFT); "talk to your city council member's office" with no contact (05: fail); SHA District
 *   3 (08), Traffic Engineering (12), Roads Operations (13) and the SHA hotline (15) by phone; the HOA with no contact beside
 *   Road Operations by phone (29: fail, LEFT); the patron's county library and the provider's own local history room doing
 *   the work on the patron's behalf (20, 21) as no referral; web forms to use (01, 03, 14) as sources;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done at 50 h (19: pass); a promise to e-mail "within 72
 *   hours" with the e-mail read back, coded Answered (20: code fails, contact passes, on_time pending); FU_LIB in Spanish,
 *   phone typed, "ellos le llamarán" with no when, never recorded by day 5 (21: contact and on_time fail); FU_ME with the
 *   e-mail only in `patron.email`, "by Friday", done at 71 h (22: contact fails, code and on_time pass);
 *  codes: a true Lost Call (09, 28); Lost Call with two patron lines and no provider (18: fail); null (26); Practice (17);
 *  transfers: a notice (a hold) and an internal note that says why (13: pass); a notice and no internal note (14: fail);
 *  concurrency: three others open across the middle of the session, four at once (15: fail); one ending at 50 s and one
 *   starting at 50 s, one open throughout, one starting exactly at `endedAt` (16: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there, …", "heyy 👋" greet like "hi"; "jess @ Ask a Librarian (Arlington Public Library)" identifies the service
 *   (27); "Good morning!" with a question and the name only in the third provider line identifies no one in time (14);
 * - keep_informed counts the part of the first wait after `pickedUpAt` (55 → 185 s = 130 s, 27: fail): "After pickup (the
 *   wait before pickup is approachability.pickup's alone)"; the whole wait (185 s) would fail it too;
 * - a clarifying question is a message "other than a greeting, an idle check-in or a goodbye …" ("a clarifying question
 *   counts"), so the Lost Call of 28 has a substantive exchange: source, completeness and anything_else fail there, and the
 *   code is still a true Lost Call (the patron sent one message);
 * - "I'll be closing this chat in a moment." announces the end but says nothing about the patron seeming disconnected (not
 *   a disconnect notice) and thanks no one (not a goodbye) (09); closing a chat on a patron who has gone is not a dismissal;
 * - a referral tells the patron to contact someone: "report it to them at 1-800-555-0134" (BGE, 02), "call them at …"
 *   (08), "call Road Operations at …" (29), "talk to your city council member's office" (05), "Ask your HOA" (29) are
 *   referrals; "you can file one online at balt311…" (01), "can be logged online at pittsburghpa.gov/311" (03), "requested
 *   through the online form at mdsp.maryland.gov" (14) point to a web page to use (sources); "voy a pasar su pregunta a la
 *   biblioteca de su condado, y ellos le llamarán" (21) and "I'll go through our local history room's road files" (20) are
 *   staff working on the patron's behalf;
 * - "Does that scratch the itch?" (10), "Does that cover it?", "Does that clear it up?", "¿Eso le ayuda?", "¿Le sirve el
 *   mapa por ahora?", "did that answer it?" ask whether what was given meets the need;
 * - "thats all for now then" (12), "thats all i had" (20), "that's everything for today" (22) say explicitly that the
 *   patron is done; "i guess. thx" (30) does not;
 * - "the SeeClickFix app" with no link is "an organisation or app named without a way to reach it" (30: no source, and
 *   no referral, since an app is something to use, not someone to contact); "Did that help?" after that answer still
 *   passes completeness ("in or after the first message that gives a source or answer");
 * - a Practice session is every check na (17), and "Lost Call" with two patron lines fails the code even with no provider
 *   (18).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3. Label corrections: 0 (each disagreement reread against RUBRIC.md; the
 * labels stand). Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "report it to them at 1-800-555-0134 or on bge.com" read as no referral (na; RUBRIC pass:
 *    the patron is told to call the utility, phone given);
 *  - followup.completeness, case 10: "Does that scratch the itch?" after the answer not read as the completeness question
 *    (fail; RUBRIC pass: asks whether what was given meets the need);
 *  - referral.contact, case 29: "Ask your HOA; they'd handle the repair." beside "call Road Operations at 410-555-0131"
 *    read as a referral with a way to reach it (pass; RUBRIC fail: not every party comes with contact details).
 * Every timing check (pickup at 25, 60, 61 s and by `pickedUpAt` 55 s; keep_informed at 120 and 121 s, 125 s across an
 * internal line, 130 s after `pickedUpAt`, across two transfers and "tómese su tiempo"; final idles of 119, 179, 180, 245
 * and 315 s; concurrency at four and at touching ends; on_time done at 50 h and 71 h, pending at day 1, failed unrecorded at
 * day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (patron e-mails typed and read back, a patron phone typed in Spanish, an e-mail only in `patron.email`, agency phones).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft); `npx tsc -p tsconfig.json
 * --noEmit` clean.
 * ON v56 (block V, written partly from these twelve files): case 02's "report it to them at 1-800-555-0134" (V23: BGE reached back
 *   by "them", its phone after it) and 10's "Does that scratch the itch?" (V24) read as labelled and run: 29 running, 1 LEFT (29).
 * ON v57 (block W, W1): case 29 reads as labelled and runs: the road map's URL in the sentence before "Ask your HOA" lends the HOA
 *   no contact when the message names a second party with its own (Road Operations' phone); 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, ahead = 0): Line => [sec, 's', ahead > 0 ? `All librarians are busy. ${ahead} people ahead of you.` : 'Connecting you to a librarian...'];

const DANA: Prov = { id: 'dana-r', name: 'Dana', library: 'EPFL' };
const MARCUS: Prov = { id: 'marcus-r', name: 'Marcus', library: 'BCPL' };
const PAT: Prov = { id: 'pat-r', name: 'Pat', library: 'CLP' };
const CARMEN: Prov = { id: 'carmen-r', name: 'Carmen', library: 'AUN' };
const DESK3: Prov = { id: 'desk3-r', name: 'Desk 3', library: 'CML' };
const JORDAN: Prov = { id: 'jordan-r', name: 'Jordan', library: 'MCPL' };
const NADIA: Prov = { id: 'nadia-r', name: 'Nadia', library: 'UMD' };
const KIM: Prov = { id: 'kim-r', name: 'Kim', library: 'MCPL' };
const PRIYA: Prov = { id: 'priya-r', name: 'Priya', library: 'AUN' };
const MIRA: Prov = { id: 'mira-r', name: 'Mira', library: 'MCPL' };
const RAY: Prov = { id: 'ray-r', name: 'Ray', library: 'DCPL' };
const TOM: Prov = { id: 'tom-r', name: 'Tom', library: 'FCPL-MD' };
const LEE: Prov = { id: 'lee-r', name: 'Lee', library: 'CCPL-MD' };
const DANI: Prov = { id: 'dani-r', name: 'Dani', library: 'CCPL-MD' };
const SAM: Prov = { id: 'sam-r', name: 'Sam', library: 'HCLS' };
const ANA: Prov = { id: 'ana-r', name: 'Ana', library: 'HCLS' };
const BETH: Prov = { id: 'beth-r', name: 'Beth', library: 'AUN' };
const REGGIE: Prov = { id: 'reggie-r', name: 'Reggie', library: 'EPFL' };
const TRAINEE: Prov = { id: 'trainee-r', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-r', name: 'Queue', library: 'AUN' };
const OMAR: Prov = { id: 'omar-r', name: 'Omar', library: 'FCPL-MD' };
const WEN: Prov = { id: 'wen-r', name: 'Wen', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-r', name: 'Lucía', library: 'AUN' };
const HANA: Prov = { id: 'hana-r', name: 'Hana', library: 'BCPL' };
const DIEGO: Prov = { id: 'diego-r', name: 'Diego', library: 'PGCMLS' };
const NIA: Prov = { id: 'nia-r', name: 'Nia', library: 'EPFL' };
const KEN: Prov = { id: 'ken-r', name: 'Ken', library: 'DCPL' };
const ADA: Prov = { id: 'ada-r', name: 'Ada', library: 'FCPL-VA' };
const JESS: Prov = { id: 'jess-r', name: 'jess_apl', library: 'APL-VA' };
const GWEN: Prov = { id: 'gwen-r', name: 'Gwen', library: 'AACPL' };
const LOU: Prov = { id: 'lou-r', name: 'Lou', library: 'HCLS' };
const FAYE: Prov = { id: 'faye-r', name: 'Faye', library: 'EPFL' };

const s = session;

export const sixtySecondRoundRoads: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 bathtub-sized pothole in Hampden: "thanks for contacting Ask Us Now! I\'m Dana", city or county asked, balt311 online, "that\'s all i needed"', [
    [0, 'p', 'theres a pothole on my street the size of a bathtub lol how do i get the city to fix it'],
    waitLine(2),
    [25, 'l', "Good morning, thanks for contacting Ask Us Now! I'm Dana, a librarian at Enoch Pratt Free Library."],
    [31, 'l', 'Which city are you in: Baltimore City, or one of the counties around it?'],
    [65, 'p', 'baltimore city, hampden'],
    [71, 'l', "City potholes go through Baltimore 311. You can file one online at balt311.baltimorecity.gov (pick 'Pothole') and you'll get a tracking number to check on it."],
    [77, 'l', 'Did that get you what you needed?'],
    [110, 'p', "perfect, that's all i needed!"],
    [115, 'l', 'Glad it helped. Thanks for chatting, bye!'],
  ], usual()),

  // 02 pickup exactly at 60 s; BGE by phone
  s(MARCUS, '02 streetlight out two weeks: pickup at exactly 60 s, wooden or metal pole asked, "report it at 1-800-555-0134" (BGE)', [
    [0, 'p', 'streetlight out on my corner for 2 wks, who do i even call'],
    [60, 'l', 'Hey there, thanks for waiting! Marcus here, a librarian with Baltimore County Public Library.'],
    [66, 'l', 'Is the light on a wooden utility pole or on a metal county pole, do you know?'],
    [100, 'p', 'wooden pole i think'],
    [106, 'l', "Lights on wooden utility poles are usually BGE's: report it to them at 1-800-555-0134 or on bge.com (Outage Center > Report a Streetlight Outage). Metal poles belong to the county, whose 'Report a Problem' page is baltimorecountymd.gov/reportaproblem."],
    [112, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes 👍 ty'],
    [154, 'l', 'Anything else?'],
    [170, 'p', 'no thats all'],
    [174, 'l', 'Great, thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s
  s(PAT, '03 unplowed Brookline side street: pickup at 61 s, city or state road asked, snow plow tracker and 311 online', [
    [0, 'p', 'when will they plow my street in pittsburgh?? been 2 days smh'],
    [61, 'l', "Good evening, this is Pat at Carnegie Library of Pittsburgh's Ask a Librarian. Sorry to keep you waiting."],
    [67, 'l', 'Is yours a city street, or a state road like Route 51?'],
    [100, 'p', 'city, its a side street in brookline'],
    [106, 'l', "The city shows where its plows are on the snow plow tracker at pittsburghpa.gov/snow, and a street that got missed can be logged online at pittsburghpa.gov/311."],
    [112, 'l', 'Did that help?'],
    [160, 'p', 'yes thx'],
    [164, 'l', 'Anything else tonight?'],
    [180, 'p', 'nope'],
    [184, 'l', 'Stay warm, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish: residential parking permit
  s(CARMEN, '04 permiso de estacionamiento residencial en Silver Spring (Spanish): "Soy Carmen, bibliotecaria", zona preguntada, "eso es todo"', [
    [0, 'p', 'hola, como saco un permiso de estacionamiento para mi calle? vivo en Silver Spring'],
    [20, 'l', '¡Buenas tardes! Soy Carmen, bibliotecaria del servicio Ask Us Now.'],
    [26, 'l', '¿Su calle ya está en una zona de estacionamiento residencial, o quiere pedir que la incluyan?'],
    [80, 'p', 'ya es zona, tiene letreros'],
    [86, 'l', 'Entonces puede solicitar el permiso en línea en la página de estacionamiento del condado de Montgomery: montgomerycountymd.gov/dot-parking (Residential Permit Parking). Le pedirán un comprobante de domicilio y el registro del carro.'],
    [92, 'l', '¿Esto responde a su pregunta?'],
    [140, 'p', 'si, eso es todo. gracias!!'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos, que tenga buen día.'],
  ], usual()),

  // 05 greets without saying who; a council office with no contact
  s(DESK3, '05 speed humps in Clintonville: "Hi there! How can I help?" under "Desk 3", "talk to your city council member\'s office" (no contact)', [
    [0, 'p', 'how do we get speed humps on our street, cars go 50 on a 25 road'],
    [14, 'l', 'Hi there! How can I help?'],
    [20, 'l', 'Which city or county do you live in?'],
    [50, 'p', 'Columbus ohio, clintonville area'],
    [56, 'l', "Columbus runs a Neighborhood Traffic Calming program; the petition steps are on columbus.gov (search 'traffic calming'). It also helps to talk to your city council member's office about it."],
    [62, 'l', 'Did that help?'],
    [100, 'p', 'yes ty'],
    [104, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(JORDAN, '06 AADT on Rockville Pike for a class project: "Let me pull up the count station", answered exactly 120 s later', [
    [0, 'p', 'Where can I find traffic volume counts for Rockville Pike? for a class project'],
    [22, 'l', "Hello and welcome to Ask a Librarian. I'm Jordan, at Rockville Memorial Library."],
    [28, 'l', 'Do you need the daily average (AADT) or hourly counts, and for which years?'],
    [70, 'p', 'AADT for like the last 5 yrs'],
    [80, 'l', 'Let me pull up the count station for you, just a moment.'],
    [200, 'l', "Got it: MDOT SHA's Traffic Count Map (maps.roads.maryland.gov, 'Traffic Volume Maps') has AADT by year for every station on MD 355, which is Rockville Pike. Click the station nearest your stretch for its history table."],
    [206, 'l', 'Is that what you were looking for?'],
    [250, 'p', 'yes thank you!! no more questions'],
    [256, 'l', 'Good luck with the project, bye!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(NADIA, '07 Route 1 crashes in College Park for the student paper: "hang on a sec" answered 121 s later', [
    [0, 'p', 'is there data on how many crashes happen on route 1 in college park? writing an article for the student paper'],
    [30, 'l', "Hi, I'm Nadia, a librarian at University of Maryland Libraries, covering Ask Us tonight."],
    [36, 'l', 'Which years, and do you need crashes by location or just totals?'],
    [90, 'p', '2019-2023, by location if possible'],
    [96, 'l', "Checking what's public for that stretch, hang on a sec."],
    [217, 'l', "Thanks for your patience! The 'Maryland Statewide Vehicle Crashes' dataset on opendata.maryland.gov lists every reported crash with coordinates; filter on road name 'US 1' around College Park. The Maryland Highway Safety Office dashboard at zerodeathsmd.gov breaks crashes out by county too."],
    [223, 'l', 'Does this get you what you need?'],
    [270, 'p', 'definitely, thats all i needed'],
    [275, 'l', 'Thanks for stopping by, good luck with the article!'],
  ], usual({ informed: 'fail' })),

  // 08 source before the question; an internal line inside a 125 s wait
  s(KIM, '08 who maintains MD 108 in Olney: SHA map given before "Is the drainage problem on 108 itself…?", internal line, answer 125 s after the patron', [
    [0, 'p', 'who maintains Route 108 in Olney? city county or state? theres a bad drainage issue'],
    [20, 'l', 'Good morning, Ask Us Now! This is Kim, librarian at Montgomery County Public Libraries.'],
    [26, 'l', "MDOT SHA's road ownership map at roads.maryland.gov shows which roads are state routes; MD 108 is one of them."],
    [32, 'l', 'Is the drainage problem on 108 itself or on a side street off it?'],
    [75, 'p', 'on 108 itself by the shopping center'],
    [100, 'i', 'anyone know the SHA district for Olney? 3?'],
    [200, 'l', "Then it's the state's. MD 108 there is SHA District 3: call them at 301-555-0176 about the drainage, or use the service request form on roads.maryland.gov."],
    [206, 'l', 'Does that answer your question?'],
    [240, 'p', "yes, that's all I needed. thank you"],
    [245, 'l', 'Thanks for using Ask Us Now, have a good day!'],
  ], usual({ informed: 'fail', clarify: 'fail', referral: 'pass' })),

  // 09 a Lost Call: greeting, check-in, "I'll be closing this chat in a moment."
  s(PRIYA, '09 Bay Bridge lane closures tonight (Lost Call): greeting only, "Are you still there?" at 150, "I\'ll be closing this chat in a moment." at 330', [
    [0, 'p', 'are they doing lane closures on the bay bridge tonight'],
    [25, 'l', "Good evening, you've reached Ask Us Now. I'm Priya; what can I help you find?"],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "I'll be closing this chat in a moment."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 10 }),

  // 10 the patron has the last word
  s(MIRA, '10 why "Old Georgetown Rd" (just curious): MCPL catalog subject and montgomeryhistory.org, patron "thats everything! 😄" last', [
    [0, 'p', 'random q but why is it called old georgetown rd?? i drive it every day lol'],
    [30, 'l', 'Hi, you have Mira at Montgomery County Public Libraries.'],
    [36, 'l', 'Fun one! Do you want the short story, or something you can cite for a project?'],
    [70, 'p', 'just curious'],
    [78, 'l', "Short version: it was the old road farmers used to haul goods down to the port at Georgetown. There's more in our catalog under the subject 'Roads -- Maryland -- Montgomery County -- History' at mcpl.libnet.info, and in Montgomery History's articles at montgomeryhistory.org."],
    [84, 'l', 'Does that scratch the itch?'],
    [120, 'p', 'ha yes, thats everything! 😄'],
  ], usual({ courteous: 'fail' })),

  // 11 "your time's up"
  s(RAY, '11 DC parking ticket, then the boot fee and a visitor permit: "Sorry, your time\'s up — I have to end the chat here. Bye."', [
    [0, 'p', 'how do i contest a parking ticket in dc'],
    [15, 'l', 'Hello, this is Ray at the DC Public Library chat.'],
    [20, 'l', 'Was the ticket from DC DPW, or from a private lot?'],
    [50, 'p', 'dpw. also can i get a refund for the boot fee and how do i get a visitor permit for my mom and'],
    [56, 'l', "You can contest it online through DC DMV's adjudication services: dmv.dc.gov/service/adjudication-services. Did that help?"],
    [90, 'p', 'ok but what about the boot fee and visitor permit??'],
    [96, 'l', "Sorry, your time's up — I have to end the chat here. Bye."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 12 other patrons waiting, a way back; Traffic Engineering by phone
  s(TOM, '12 four-way stop near Walkersville: Traffic Engineering at 301-555-0122, "several other patrons waiting … chat with us again anytime"', [
    [0, 'p', 'we need a 4 way stop at Elm and 3rd, kids fly thru there. how do we request one? also speed bumps? and a crosswalk? and can we get the speed limit lowered'],
    [20, 'l', "Good afternoon, I'm Tom, a librarian with Frederick County Public Libraries."],
    [26, 'l', 'Is that intersection inside the City of Frederick, or out in the county?'],
    [60, 'p', 'county, near walkersville'],
    [66, 'l', "On county roads, stop signs, traffic calming and speed limits all go through the county's Traffic Engineering office: call them at 301-555-0122 or use the request form at frederickcountymd.gov/traffic. They study an intersection before adding a 4-way stop."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes but how long do studies take and who decides and can i see past studies'],
    [118, 'l', "I have several other patrons waiting, so I'll need to wrap up here. Traffic Engineering can answer those timing questions best, and you're welcome to chat with us again anytime."],
    [140, 'p', 'ok fair, thats all for now then'],
    [146, 'l', 'Thanks for understanding, take care!'],
  ], usual({ referral: 'pass' })),

  // 13 a transfer with a notice and an internal note that says why
  s(LEE, '13 who plows Bachmans Valley Rd vs Route 97: notice + internal note why, Dani answers 84 s after the notice, Roads Operations by phone', [
    [0, 'p', 'who plows route 97 in carroll county? my road still isnt plowed from saturday'],
    [20, 'l', 'Hi, this is Lee with Ask Us Now! at Carroll County Public Library.'],
    [26, 'l', 'Is your home right on Route 97, or on a side street off it?'],
    [70, 'p', 'side street off 97, Bachmans Valley Rd'],
    [76, 'l', "I'm going to pass you to my colleague Dani, who knows the county roads side well. One moment."],
    [79, 'i', 'Dani, pt asking who plows Bachmans Valley Rd vs Rt 97, county roads q, can you take it?'],
    xfer(82, 'Dani', 'dani-r'),
    [160, 'l', "Hi, Dani here, also a librarian at CCPL. Route 97 is a state road (SHA plows it), but Bachmans Valley Rd is a county road. To report it unplowed, call Carroll County Roads Operations at 410-555-0210; their storm updates are at carrollcountymd.gov/roads.", as(DANI)],
    [166, 'l', 'Does that clear it up?', as(DANI)],
    [200, 'p', 'yes!! thank u thats all'],
    [206, 'l', 'Thanks for reaching out, stay warm!', as(DANI)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 14 the name only in the third line; a transfer announced but with no note why
  s(SAM, '14 MSP crash report after an I-95 accident: "Good morning!" and a question, name in the 3rd line; transfer announced, no internal note', [
    [0, 'p', 'hi i need the police report for my car accident last month on i-95, how do i get it'],
    [22, 'l', 'Good morning!'],
    [28, 'l', 'Which agency responded, state police or county police?'],
    [60, 'p', 'state police i think'],
    [64, 'l', "(I'm Sam, at Howard County Library System, by the way.) I'll transfer you to our law and government specialist, Ana. Please hold a moment."],
    xfer(70, 'Ana', 'ana-r'),
    [150, 'l', "Hello, Ana here. Maryland State Police crash reports are requested through the online form at mdsp.maryland.gov (Records > Crash Reports). Is that what you were looking for?", as(ANA)],
    [190, 'p', 'perfect'],
    [196, 'l', 'Anything else I can help with?', as(ANA)],
    [215, 'p', 'nope'],
    [220, 'l', 'Thanks for chatting, drive safe!', as(ANA)],
  ], usual({ greeting: 'fail', transfer: 'fail' })),

  // 15 four at once; Spanglish
  s(BETH, '15 bache en University Blvd (Spanglish): SHA hotline 410-555-0144, three other chats open through this one (four at once)', [
    [0, 'p', 'hello, hay un bache enorme en University Blvd, how do i report it? broke my tire'],
    [30, 'l', 'Hi! Beth here, librarian with Ask Us Now. ¡Hola!'],
    [36, 'l', 'Is it on University Blvd East near Langley Park, or farther west toward Wheaton?'],
    [80, 'p', 'langley park, near the bus stop'],
    [86, 'l', "University Blvd there is MD 193, a state road, so it goes to MDOT SHA: use the online service request at roads.maryland.gov/contact or call their hotline, 410-555-0144. For the tire, SHA has a claim form on the same site."],
    [92, 'l', '¿Eso le ayuda?'],
    [130, 'p', 'yes gracias, thats all'],
    [136, 'l', '¡De nada! Thanks for chatting.'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('b1', 'beth-r', -100, 600), other('b2', 'beth-r', 20, 300), other('b3', 'beth-r', 60, 450)],
  }),

  // 16 three at most: one ends exactly as another begins mid-session, one starts at the end
  s(REGGIE, '16 Lombard St marathon detour: others touching mid-session (one ends at 50, one starts at 50) and one starting at endedAt (three at most)', [
    [0, 'p', 'is Lombard St closed downtown this weekend? heard something about a marathon detour'],
    [20, 'l', "Hello, Ask Us Now here. I'm Reggie, a librarian at Enoch Pratt Free Library."],
    [26, 'l', 'Which day are you driving, Saturday or Sunday?'],
    [60, 'p', 'saturday morning'],
    [66, 'l', "The marathon closures and detour maps are posted by Baltimore City DOT at transportation.baltimorecity.gov (Special Event Closures). The map there shows which blocks of Lombard close and when."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yep thx, thats all'],
    [115, 'l', 'Thanks, and good luck getting around!'],
  ], usual(), {}, {
    otherIntervals: [other('r1', 'reggie-r', -200, 50), other('r2', 'reggie-r', 50, 400), other('r3', 'reggie-r', -10, 500), other('r4', 'reggie-r', 120, 600)],
  }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (pothole script): coded Practice, every check na', [
    [0, 'p', 'test - pothole question'],
    [6, 'l', 'hi this is a practice chat'],
    [12, 'l', 'potholes: samplelibrary.org/roads'],
    [20, 'p', 'ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever joined; coded Lost Call after two patron lines
  s(NOBODY, '18 Route 50 closure right now: no provider ever joined, "anyone there", patron left, coded Lost Call with two patron lines', [
    [0, 'p', 'is rt 50 closed at the bay bridge rn??'],
    waitLine(3, 4),
    [95, 'p', 'anyone there'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 follow-up by me: e-mail read back, "by Wednesday", done in 50 h
  s(FAYE, '19 crashes at one Dundalk intersection (follow-up by me): open data portal, e-mail read back, "you\'ll have it by Wednesday", done in 50 h', [
    [0, 'p', 'how many accidents at Merritt Blvd and Holabird Ave in the last few years? our community assn wants a light there'],
    [20, 'l', "Hello! I'm Faye, a librarian with the Ask Us Now service."],
    [26, 'l', 'Which years do you want, and every crash or only the ones with injuries?'],
    [80, 'p', '2020 to now, all of them'],
    [86, 'l', "Maryland's crash data is on the state open data portal (opendata.maryland.gov, 'Maryland Statewide Vehicle Crashes'), but narrowing it to one intersection is fiddly. I can run the filter and e-mail you a spreadsheet. What address should I send it to?"],
    [130, 'p', 'sure its dmorales.dundalk@example.net'],
    [136, 'l', "That's dmorales.dundalk@example.net. You'll have it by Wednesday."],
    [142, 'l', 'Does the portal link help in the meantime?'],
    [180, 'p', 'yes great. thats all i need'],
    [186, 'l', 'Thanks for using Ask Us Now, take care.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 20 a promise to e-mail, read back, "within 72 hours", coded Answered
  s(WEN, '20 who Calvert St in Ellicott City is named for: "I\'ll … e-mail you what I find within 72 hours", e-mail read back, coded Answered', [
    [0, 'p', "hi - doing a project on why my street is named Calvert St. Any idea who it's named for?"],
    [28, 'l', 'Hello! This is Wen, a local history librarian at Howard County Library System.'],
    [34, 'l', 'Which town is your Calvert St in? Maryland has quite a few.'],
    [80, 'p', 'ellicott city'],
    [86, 'l', "A lot of Maryland's Calvert Streets honor the Calvert family, the Lords Baltimore, but I'd like to confirm yours. The Maryland Manual's page on the Calverts is at msa.maryland.gov. I'll go through our local history room's road files and e-mail you what I find within 72 hours. What's your e-mail?"],
    [130, 'p', 'its r.oduya@example.com'],
    [136, 'l', 'Thanks, I have r.oduya@example.com. Does the Archives page help for now?'],
    [170, 'p', 'yes! ok thats all i had'],
    [175, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 21 Spanish, follow-up by the patron's library, phone given, no when, never done
  s(LUCIA, '21 ¿la 410 en Riverdale es del condado o del estado? (Spanish, follow-up by patron\'s library): phone typed, "ellos le llamarán" with no when, never done', [
    [0, 'p', 'buenas, quien arregla la carretera 410 en Riverdale? tiene hoyos por todos lados. es del condado o del estado?'],
    [22, 'l', '¡Buenos días! Habla Lucía, del chat Ask Us Now de las bibliotecas de Maryland.'],
    [28, 'l', '¿Sabe en qué tramo de la 410 está el problema, cerca de qué calle?'],
    [80, 'p', 'cerca de Kenilworth Ave'],
    [86, 'l', 'La 410 (Riverdale Rd / East-West Hwy) es una carretera estatal; el mapa de la SHA en roads.maryland.gov muestra qué vías son del estado. Para confirmar el tramo exacto voy a pasar su pregunta a la biblioteca de su condado, y ellos le llamarán. ¿A qué número le pueden llamar?'],
    [130, 'p', '301-555-0188'],
    [136, 'l', 'Perfecto. ¿Le sirve el mapa por ahora?'],
    [170, 'p', 'sí, eso es todo gracias'],
    [175, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 22 follow-up by me; the e-mail only in the patron field; "by Friday"; done at 71 h
  s(HANA, '22 when the county took over Old Frederick Rd (follow-up by me): e-mail only in patron.email, "send you what I find by Friday", done at 71 h', [
    [0, 'p', 'When did the county take over maintenance of Old Frederick Rd? Our neighborhood association wants to know'],
    [20, 'l', 'Good afternoon, this is Hana with Ask a Librarian at Baltimore County Public Library.'],
    [26, 'l', 'Do you mean the stretch in Catonsville, and do you need an exact date or just the decade?'],
    [70, 'p', 'catonsville part, exact date if possible'],
    [76, 'l', "The county's road acceptance records aren't online, but our Legacy Web collection has historic maps of the area: bcpl.info/legacyweb. I'll dig through the county council minutes on microfilm and send you what I find by Friday."],
    [82, 'l', 'Is the map collection a good start for now?'],
    [120, 'p', "yes thanks, that's everything for today"],
    [126, 'l', 'Thank you for using Ask a Librarian, talk to you soon!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'oldfrederick.na@example.org', phone: null }, followUps: [{ doneAt: at(71 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 23 Spanish, "tómese su tiempo", 180 s away
  s(DIEGO, '23 quitanieves en Hyattsville (Spanish): "Claro, tómese su tiempo." then the patron back 180 s later, city DPW snow routes', [
    [0, 'p', 'hi, quiero saber cuando pasan las quitanieves por mi calle en Hyattsville'],
    [25, 'l', "¡Hola! Le atiende Diego, bibliotecario del Prince George's County Memorial Library System."],
    [31, 'l', '¿Me puede dar el nombre de la calle? Así veo si la limpia el condado, la ciudad o el estado.'],
    [60, 'p', 'espere, voy a buscar la direccion en una carta'],
    [66, 'l', 'Claro, tómese su tiempo.'],
    [246, 'p', 'ok es Queensbury Rd'],
    [252, 'l', 'Queensbury Rd está dentro de la Ciudad de Hyattsville, así que la limpia el Departamento de Obras Públicas de la ciudad. Sus rutas y prioridades de nieve están en hyattsville.org/snow.'],
    [258, 'l', '¿Le sirve esta información?'],
    [300, 'p', 'sí, perfecto, eso es todo'],
    [306, 'l', '¡Gracias por usar Ask Us! Hasta luego.'],
  ], usual()),

  // 24 final idle exactly 180 s: check-in, then a notice that invites back
  s(NIA, '24 Hanover St bridge closure: answer at 100, "Are you still with me?" at 225, "lost the connection … end the chat now. Please come back anytime!" at 280', [
    [0, 'p', 'how long is the Hanover St bridge going to be closed'],
    [20, 'l', "Hi, it's Nia at Pratt Library's Ask a Librarian."],
    [26, 'l', 'Is it the car lanes or the sidewalk you want to know about?'],
    [70, 'p', 'car lanes'],
    [100, 'l', 'Baltimore City DOT keeps the Hanover Street Bridge project schedule on its project page, transportation.baltimorecity.gov/hanover-street-bridge. Does that cover it?'],
    [225, 'l', 'Are you still with me?'],
    [280, 'l', "It looks like we've lost the connection, so I'll end the chat now. Please come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 25 final idle 119 s, no check-in
  s(KEN, '25 DC snow emergency routes: answer at 60, "Since I haven\'t heard back — anything else…? … thanks for chatting" at 179 (final idle 119 s)', [
    [0, 'p', 'wheres the list of snow emergency routes in dc, need to know if i have to move my car'],
    [15, 'l', "Good evening! You've reached Ask Us at DC Public Library. I'm Ken."],
    [20, 'l', "What's your street?"],
    [45, 'p', '16th st nw'],
    [60, 'l', "16th Street NW is a snow emergency route, so you'd have to move your car once an emergency is declared. The full list and map are at snow.dc.gov. Does that help?"],
    [179, 'l', "Since I haven't heard back — anything else I can help with? If not, thanks for chatting, and stay warm!"],
  ], usual()),

  // 26 final idle 179 s: a check-in, no notice, no goodbye; greeting split; code null
  s(ADA, '26 lowering a Vienna speed limit: "Hi there!" + "Ada here, …", "Hello? Are you still there?" at 200, ended at 249 (final idle 179 s), code null', [
    [0, 'p', 'who sets the speed limit on my road, want it lowered'],
    [18, 'l', 'Hi there!'],
    [24, 'l', 'Ada here, reference librarian at Fairfax County Public Library. Is it a neighborhood street or a bigger road like Route 7?'],
    [60, 'p', 'neighborhood street in Vienna'],
    [70, 'l', "Inside the Town of Vienna the town sets it; elsewhere in Fairfax it's VDOT. VDOT's Residential Traffic Management Program page explains how neighbors petition: virginiadot.org/programs/resources/rtmp."],
    [76, 'l', 'Does that help?'],
    [200, 'l', 'Hello? Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: null, endAfter: 49 }),

  // 27 pickedUpAt at 55 s, first line at 185 s; chat-speak
  s(JESS, '27 Arlington residential permit parking (chat-speak): pickedUpAt 55 s, first line "heyy 👋 jess @ Ask a Librarian" at 185', [
    [0, 'p', 'hiii how do i get a parking permit for my street 🙏 zone 12 i think'],
    [185, 'l', 'heyy 👋 jess @ Ask a Librarian (Arlington Public Library) here, sorry for the wait!'],
    [190, 'l', 'r u an Arlington County resident or visiting?'],
    [220, 'p', 'resident lol'],
    [226, 'l', 'ok so residential permit parking is thru the county: parking.arlingtonva.us > Residential Permit Parking, u can apply online 👍 did that answer it?'],
    [260, 'p', 'yesss ty thats all!!'],
    [264, 'l', 'yay, thx for chatting!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(55) }),

  // 28 Lost Call after a clarifying question
  s(OMAR, '28 plow schedule, street not given (Lost Call): greeting + clarifying question, patron gone, check-in at 160, notice + thanks at 260', [
    [0, 'p', 'need the plow schedule for my street'],
    [15, 'l', 'Hi! This is Omar with the Frederick County Public Libraries chat.'],
    [21, 'l', 'Which street, and are you in the City of Frederick or out in the county?'],
    [160, 'l', 'Are you still there?'],
    [260, 'l', "It seems you've disconnected, so I'm closing this session. Thanks for using Ask Us, and feel free to come back!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 two parties: the HOA with no contact, Road Operations by phone
  s(GWEN, '29 pothole on Pinecrest Ct, county or HOA: hold answered 74 s later, "Ask your HOA" (no contact) + Road Operations 410-555-0131', [
    [0, 'p', "is my street (Pinecrest Ct) maintained by the county or by the HOA? there's a huge pothole"],
    [25, 'l', "Hi there, welcome to Ask a Librarian! I'm Gwen at Anne Arundel County Public Library."],
    [31, 'l', "What's the nearest cross street, so I can find it on the road map?"],
    [70, 'p', 'off Ritchie Hwy near Severna Park'],
    [76, 'l', "Give me a second to check the county's road inventory."],
    [150, 'l', "The county's public works road maintenance map (aacounty.org/public-works/roads) doesn't list Pinecrest Ct, which usually means it's a private road. Ask your HOA; they'd handle the repair. If it turns out to be a county road after all, call Road Operations at 410-555-0131."],
    [156, 'l', 'Is that what you needed?'],
    [200, 'p', 'ugh ok. thanks'],
    [206, 'l', 'Anything else I can help with today?'],
    [230, 'p', 'no'],
    [234, 'l', 'Good luck with the pothole, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 30 only an app named, no way to reach it
  s(LOU, '30 streetlight out in front of 4410: "reported through the SeeClickFix app" (no link), "Did that help?", "i guess. thx"', [
    [0, 'p', 'how do I report a broken streetlight on my block?? been out for weeks 😡'],
    [18, 'l', "Hi! Thanks for contacting Ask Us. I'm Lou at Howard County Library System."],
    [24, 'l', "Do you know the pole number? It's usually on a small tag on the pole."],
    [60, 'p', 'no idea, its in front of 4410 something'],
    [66, 'l', 'No problem. Streetlight outages here get reported through the SeeClickFix app; you can drop a pin at the pole even without the number.'],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'i guess. thx'],
    [105, 'l', 'Goodnight, and thanks for using Ask Us!'],
  ], usual({ source: 'fail', anything: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundRoads.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: roads, streets and traffic, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundRoads.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundRoads.filter((c) => c.name in LEFT_WHY));
});

