/**
 * Thirty-fifth round, area (G8): GETTING PLACES. Bus and train schedules (MTA LocalLink and CityLink, MARC, the Light Rail,
 * WMATA Metro and Metrobus, Amtrak, RTA, TransIT, TheBus), paratransit eligibility (MTA Mobility, MetroAccess), reduced
 * fares for seniors and riders with disabilities, the teen's road test and REAL ID at the MVA (getting around, not v35's
 * licences), parking tickets in Baltimore, Annapolis and Montgomery County, directions to a branch without a car, bike
 * routes and trail maps, an early airport shuttle, accessible routes for wheelchair users, getting to a court date
 * without a car; referrals to MTA Mobility, the county's transit office, a travel trainer, the MVA, the parking office,
 * the court clerk, a caseworker (info.source, referral.contact, closing.no_dismissal, followup.*, inquiry.clarify,
 * followup.completeness, closing.anything_else, closing.courteous).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "you'll need to contact your local MVA branch for a date",
 *   "call the clerk's office to ask what to do", "Contact the Annapolis parking office to contest it", "stop by the MVA
 *   Express office in Bel Air", "the county's transit office can set you up with a travel trainer", "Call the county's
 *   travel trainer before your first trip", "Your caseworker at Social Services can book Medicaid rides, so ask them",
 *   "tiene que ir al Tribunal de Distrito con la multa", "Llame a la oficina de tránsito del condado".
 *  a referral WITH one (passes): "call the MTA Mobility certification office at 410-764-8181", "call the Parking Fines
 *   Section at 443-984-3004", "contact the travel training coordinator at 410-313-4312 or traveltraining@…", "puede llamar a
 *   MTA Mobility al 410-764-8181", "Go to the MVA Glen Burnie office at 6601 Ritchie Highway NE…", "contact our local
 *   history librarian at localhistory@…", "mail it … to MTA Reduced Fare Program, 6 Saint Paul Street…", "Call 311",
 *   "Ring Howard Transit's travel trainer on 410-555-0190", "the county's travel trainer, Ms. Lee, can ride the route with
 *   you; her number is …".
 *  a source, not a referral: "the weekend timetable at mta.maryland.gov/marc-train (Schedules > Penn Line > Weekend)", "the
 *   Parking Fines page at finance.baltimorecity.gov/…", "Metro posts live elevator outages at wmata.com/service/…", "apply to
 *   MetroAccess at wmata.com/metroaccess", "the Maryland Driver's Manual is in our catalogue", "the MVA's website: Drivers >
 *   Learning to Drive > Driver's Manual", "the Maryland Bicycle Map from the State Highway Administration"; not a source:
 *   "Download the Transit app", "use Google Maps", "Check MTA's website for the schedule" (no address), the answer from
 *   memory ("the Light Rail runs every 30 minutes on Sundays").
 *  clarifying: "Which station are you leaving from?", "Is it the District Court or the Circuit Court, and what time?", "Is he
 *   under 18?", "So you need to get from Columbia to BWI before 6 am without a car?", "Do you want a map to print, or one to
 *   use on your phone?", "¿Desde dónde va a salir?"; not: the greeting's "how can I help you today?", "Which direction?" in
 *   the message that gives the schedules.
 *  completeness: "Does that route work for you?", "Will that get you there in time?", "Does the system map help in the
 *   meantime?", "¿Le sirve esta información?"; not: "Would you like the weekend times too?", "Anything else?".
 *  dismissal: "You've already asked three questions, and that's the limit for one chat session", "My shift ends in two
 *   minutes, so I'm going to end the chat here", "chats are limited to 10 minutes and we've hit it", "I'm not a travel agent,
 *   you'll have to figure the route out yourself"; allowed: "I have a few other patrons waiting … please chat with us again
 *   later", "We close in five minutes … please chat with us again tomorrow from 9".
 *  the patron done: "thats all i needed", "nah thats everything, gotta go catch it lol", "si muchas gracias, es todo", "That
 *   is everything I needed"; not done: "ok yeah thanks", "ok ty", "ya thx".
 *  goodbyes: "Safe travels, good night!", "Have a good one, and good luck with the dispute!", "Cheers, mind how you go!",
 *   "¡Que tenga buen día! Adiós.", "Happy hiking! Thanks for chatting with Ask HCPL.", "ok bye".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - a party said to be able to do the thing for the patron ("the county's transit office can set you up with a travel
 *   trainer", "MTA Mobility can get you set up for the assessment") points the patron to it: a referral, as earlier rounds'
 *   "the planning department can tell you about setbacks";
 * - a travel trainer (the transit office's specialist who rides a route with a new rider) is a named specialist;
 * - applying online at the agency's address ("apply to MetroAccess at wmata.com/metroaccess") is using a web page: a source,
 *   not a referral (Terms); my first label was referral pass;
 * - a party's street address is a way to reach it (referral.contact lists a postal address), but info.source's list has no
 *   postal address: "Go to the MVA Glen Burnie office at 6601 Ritchie Highway NE…" alone gives no source;
 * - "Paper copies are free at MVA offices and welcome centers" says where a resource is, it tells no one to visit: no
 *   referral;
 * - a map published under its own title ("the Maryland Bicycle Map", "WMATA's Metrorail System Map") is a named resource (a
 *   publication the patron can use) without its address; an organisation's website named without its address ("Check MTA's
 *   website") is not; the MVA's website with its menu steps is "a web page with the steps to reach it";
 * - an outside agency's staff who will call the patron ("your travel trainer will call you within a week", "MTA Mobility will
 *   call you to schedule the assessment", "the Mobility driver will call you") is no promise of the provider's: no follow-up
 *   session; the provider's own library's ("Our travel trainer will call you on Monday") is one;
 * - "The MVA will mail your REAL ID card within 15 days", "the parking office will mail you a hearing date": no follow-up;
 * - a question in the same message as the first source is not before it: clarify fails;
 * - a clarifying question the patron never answered (the patron gone) is a substantive exchange: source, completeness and
 *   anything-else fail; Lost Call passes with one patron message;
 * - the canned "A librarian will be with you shortly" asks the patron to wait (a hold), and "Thank you for contacting
 *   AskUsNow!, Maryland's online reference service" greets and names the service;
 * - "Have a great day", "Have a good one", "Take care!", "Cheers, mind how you go!" end a chat: goodbyes;
 * - "I'm not a travel agent, you'll have to figure the route out yourself" ends the help for the provider's convenience with
 *   no way back: dismissal fails;
 * - the patron's last "no" after "Anything else?" with no goodbye from the provider: courteous fails.
 * Written: 32 whole sessions (28 first, 2 in a second batch, 2 for the fixes), 48 short cases (30 first, 11 in a second
 * batch, 7 for the fixes), 16 near misses in `guards`; all run, none in LEFT. First run (28 whole + 30 short, labelled
 * before running): 1 of 58 disagreed: referral.contact 1 ("The county's transit office can set you up with a travel trainer
 * …" read as no referral). Second batch (2 whole + 11 short, written after the first run to probe the area's own words,
 * labelled before running it): 4 of 13 disagreed: referral.contact 2 ("Our county's travel trainer, Ms. Lee, can ride the
 * route with you …; her number is …" read as no referral; "apply to MetroAccess at wmata.com/metroaccess", which was my
 * label: now na), info.source 1 ("the Maryland Bicycle Map" named, no address: no source read), followup.contact and
 * resolution.code 1 ("your travel trainer will call you within a week" read as the provider's promise). My labels corrected:
 * 1 of 5. Fixed in block G8:
 *  - referralParty (phrase family): "travel trainer(s)" ("Call the county's travel trainer", "Ring Howard Transit's travel
 *    trainer on …") [near miss: "Visit the travel trainer videos on the county's YouTube channel" (their pages, videos,
 *    guides, handbooks, courses: no party)];
 *  - referralCanHelp (phrase family, v20's can-help verbs widened): "can set you up with / for", "can get you set up with /
 *    for", and a travel trainer (the subject, a name between commas at most) who "can ride (the route / bus) with you"
 *    (the subject must be a party, as for every can-help verb) [near misses: "The Transit app can set you up with real-time
 *    alerts", "I can set you up with a guest pass", "Your grandkids can set you up with the Transit app", "Your PCA can ride
 *    with you for free", "Travel trainers say a friend can ride with you"];
 *  - notPromise (phrase family, as v31's caseworker and v34's offices): the transit agency's staff who will call or contact
 *    the patron ("your travel trainer / the travel training coordinator / the Mobility driver / dispatcher / driving
 *    instructor will call you", "MTA Mobility / MetroAccess will call you") [near misses, still promises: "The travel trainer
 *    will call you Monday, and I'll e-mail you the route map by tomorrow", "Our travel trainer will call you on Monday",
 *    "I'll call you tomorrow with the dispatcher's answer"];
 *  - `namedMapG8` (setting; classify.ts `namedMapG8`, read by sourceAt's namedSource): a map by its title in the raw
 *    sentence's capitals, one to five capitalised words, then Bicycle / Bike / Trail / Transit / System / Route / Bus /
 *    Rail / Metrorail / Greenway / Walking / Hiking and "Map" ("the Maryland Bicycle Map", "WMATA's Metrorail System Map",
 *    "el Capital Crescent Trail Map") [near misses: "Google Maps", "Open Street Map", "the county bike map", "the Frederick
 *    County Bike Map app", "The Maryland Bicycle Map is out of print now", "I Looked At The Bike Map Earlier"].
 * Third run (the fixes' 2 whole and 7 short cases and the 16 near misses, labelled before running): 0 disagreed; each fix's
 * near misses were checked to fail with the fix made too wide (the ride with any subject, the staff's call with "our" and
 * the provider's own promise beside it, a map without the title and availability tests, the travel trainer's pages).
 * Left: none.
 * v36's fingerprint after block G8: 1893b081bccfcf4c.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, T0, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A MARC question up to the patron's answer to the clarifying question. */
const MARC: Line[] = [
  [0, 'p', 'whats the last marc train from dc to baltimore on weeknights'],
  [20, 'l', "Hi, I'm Jo at AskUsNow!. Penn Line or Camden Line, and which station do you get off at?"],
  [50, 'p', 'penn line, to penn station'],
];
/** A paratransit question up to the patron's answer. */
const MOB: Line[] = [
  [0, 'p', 'how do i sign up for paratransit, i cant walk to the bus stop anymore'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Which county do you live in?'],
  [50, 'p', 'Anne Arundel, in Severn'],
];
/** A parking-ticket question up to the patron's answer. */
const TICKET: Line[] = [
  [0, 'p', 'i got a parking ticket in annapolis and i think its wrong'],
  [20, 'l', 'Hi, Jo here at Ask a Librarian. Was it a city meter or a state lot?'],
  [50, 'p', 'city meter downtown'],
];
/** A Spanish question (getting to a consulate without a car) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, necesito ir al consulado en DC pero no tengo carro'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Desde qué ciudad sale usted?'],
  [50, 'p', 'desde Wheaton'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** The patron asks `q`; the provider's `second` at 15 s; the patron's `reply`; the provider's `text` at 50 s; thanks and bye. */
const asked = (q: string, second: string, reply: string, text: string): Line[] => [
  [0, 'p', q],
  [15, 'l', second],
  [40, 'p', reply],
  [50, 'l', text],
  [80, 'p', 'ok thanks'],
  [85, 'l', 'Bye!'],
];

export const whole: SessionCase[] = [
  {
    name: 'MARC on a Saturday from BWI to Union Station: the weekend timetable with its steps',
    lines: [
      [0, 'p', 'hi is the MARC running on saturdays? need to get from BWI to union station'],
      [22, 'l', "Hi there, welcome to AskUsNow! I'm Leah, a librarian at Anne Arundel County Public Library. Are you going this Saturday, and roughly what time do you need to be in DC?"],
      [70, 'p', 'this sat, by 11am'],
      [95, 'l', "The Penn Line does run on weekends. The weekend timetable is on MTA's site at mta.maryland.gov/marc-train (Schedules > Penn Line > Weekend). There's a southbound train from the BWI Rail Station around 9:10 that gets to Union Station before 10. Does that answer your question?"],
      [150, 'p', 'yes perfect thats all i needed'],
      [158, 'l', 'Great! Thanks for chatting with us, and safe travels.'],
    ],
    exp: usual(),
  },
  {
    name: 'a daughter for her mother of 81 with a walker: MTA Mobility\'s application online and its certification office\'s phone, then the senior fare',
    lines: [
      [0, 'p', "Good afternoon. My mother is 81 and can't manage the bus steps anymore. Someone told me about a door to door service from the MTA. How does she qualify?"],
      [30, 'l', "Good afternoon, and thank you for contacting AskUsNow!. My name is Denise and I'm a reference librarian. I'm sorry she's having a hard time with the steps. Does she live in Baltimore City or one of the counties, and does she use a walker or a wheelchair?"],
      [90, 'p', 'Towson, Baltimore County. She uses a walker.'],
      [100, 'l', 'Let me pull up the current application for you.'],
      [170, 'l', "MTA Mobility is the door-to-door paratransit service, and Towson is in its service area. She has to be certified first: the application and the health-care professional's form are at mta.maryland.gov/mobility (Eligibility > How to Apply), and there is usually an in-person assessment. For questions about her application, call the MTA Mobility certification office at 410-764-8181. Is that what you were looking for?"],
      [240, 'p', 'Yes, thank you. Is there a senior discount on the regular buses too, for the days she is with me?'],
      [260, 'l', 'Yes: riders 65 and over pay a reduced fare with a Senior ID card. How to get one is at mta.maryland.gov/reduced-fare-program.'],
      [300, 'p', 'Wonderful. That is everything I needed. Thank you so much.'],
      [308, 'l', "You're very welcome. Take care of yourself and your mother, and thank you for chatting with us!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse provider, REAL ID documents: the MVA\'s guide at once, no question',
    lines: [
      [0, 'p', 'what do i need to bring for real id'],
      [10, 'l', 'Hi, Sam at Ask Us.'],
      [25, 'l', "MVA's REAL ID document guide: mva.maryland.gov/realid. Short version: one proof of identity (passport or birth cert), proof of SSN, and 2 proofs of MD address. That help?"],
      [60, 'p', 'ya'],
      [64, 'l', 'Anything else?'],
      [80, 'p', 'no'],
      [84, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'a parent, the teen\'s road test: the manual in the catalogue, "contact your local MVA branch" with no contact',
    lines: [
      [0, 'p', 'Hello, my son has had his learners permit 9 months. how do we schedule the road test and can he use my car'],
      [35, 'l', 'Hello! This is Renee at AskUsNow!, a librarian with Howard County Library System. Happy to help. Is he under 18?'],
      [80, 'p', 'he is 17'],
      [105, 'l', "Then he needs 60 hours of supervised driving in the Practice Skills Log and the permit held 9 months, so he's just eligible. To get ready, the Maryland Driver's Manual is in our catalogue, and LearningExpress Library in our databases has driving test practice. The road test itself is booked with the MVA, so you'll need to contact your local MVA branch for a date; they will also check that your car's registration and insurance are current. Does that help?"],
      [170, 'p', 'ok thank you'],
      [176, 'l', 'Anything else today?'],
      [190, 'p', 'no thats it'],
      [195, 'l', 'Have a great day, and good luck to him!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a broken meter in Baltimore City: dispute online, or call the Parking Fines Section with its number',
    lines: [
      [0, 'p', 'got a parking ticket but the meter was broken. can i fight it?'],
      [20, 'l', "Hi! I'm Priya, a librarian at Ask Us (Enoch Pratt Free Library). Sorry about that. Was the ticket issued in Baltimore City?"],
      [50, 'p', 'yes on charles st'],
      [75, 'l', 'In the city you can contest it online on the Parking Fines page at finance.baltimorecity.gov/parking-fines (Dispute a Ticket); upload a photo of the broken meter if you have one. To request a hearing by phone instead, call the Parking Fines Section at 443-984-3004. Is that what you were looking for?'],
      [120, 'p', 'yes great'],
      [125, 'l', 'Anything else I can help with?'],
      [140, 'p', 'nope'],
      [145, 'l', 'Have a good one, and good luck with the dispute!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, to the Hyattsville branch by bus from Langley Park: WMATA\'s trip planner and the branch page',
    lines: [
      [0, 'p', 'hola, como llego a la biblioteca de Hyattsville en bus? no tengo carro'],
      [25, 'l', '¡Hola! Soy Marta, bibliotecaria de AskUsNow!. ¿Desde dónde va a salir?'],
      [60, 'p', 'desde langley park, cerca de university blvd'],
      [85, 'l', 'Desde Langley Park puede tomar el Metrobus F8 hacia Cheverly y bajarse en Queens Chapel Rd. Para ver horarios y planear el viaje, use el planificador de viajes de WMATA en wmata.com/es. La dirección y el mapa de la biblioteca están en pgcmls.info/hyattsville. ¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias, es todo'],
      [146, 'l', '¡Gracias por escribirnos! Que tenga buen viaje.'],
    ],
    exp: usual(),
  },
  {
    name: 'a senior SmarTrip card ordered online, the patron gone after the answer: check-in and disconnect notice',
    lines: [
      [0, 'p', 'how does a senior get the cheap metro card'],
      [18, 'l', "Hello, this is Chris, a librarian with Montgomery County Public Libraries' Ask Us service. Are you 65 or older, and will you mostly ride the train or the bus?"],
      [55, 'p', '66, mostly the train to my doctor'],
      [80, 'l', "A Senior SmarTrip card halves the Metrorail fare. You can order one online at wmata.com/fares/reduced-fares (Seniors > Senior SmarTrip); you'll upload a photo ID with your birth date. Does that help?"],
      [220, 'l', 'Are you still with me?'],
      [330, 'l', "It looks like we've been disconnected, so I'll close this chat now. Please chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'to the Upper Marlboro courthouse without a car: TheBus and WMATA schedules, "call the clerk\'s office" with no contact',
    lines: [
      [0, 'p', "i have a court date in upper marlboro on the 14th and my car got repo'd. how do i get there by bus from laurel"],
      [30, 'l', "Hi, I'm Dev, a librarian at Prince George's County Memorial Library System. Sorry you're dealing with that. Is it the District Court or the Circuit Court, and what time do you have to be there?"],
      [80, 'p', 'circuit court 9am'],
      [100, 'l', 'One moment, checking the routes.'],
      [190, 'l', "From Laurel there's no direct bus, so the quickest way is the MARC Camden Line or Metrobus to New Carrollton, then TheBus Route 21 to Upper Marlboro. Schedules: princegeorgescountymd.gov/thebus and wmata.com. Leave by 6:30 to be safe. If you can't make it on time, call the clerk's office to ask what to do. Does that help?"],
      [250, 'p', 'ok yeah thanks'],
      [256, 'l', 'Good luck on the 14th. Take care!'],
    ],
    exp: usual({ referral: 'fail', anything: 'fail' }),
  },
  {
    name: 'a printable B&A Trail map with the parking lots, transferred to the county\'s library',
    lines: [
      [0, 'p', 'hi, looking for a map of the B&A trail with where the parking lots are'],
      [20, 'l', 'Hello, Jo at Ask Us here. Do you want a map to print, or one to use on your phone?'],
      [50, 'p', 'to print'],
      [56, 'l', "A librarian at Anne Arundel County Public Library knows that trail well, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'pt wants printable B&A Trail map w/ parking lots, AACPL local q'],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa from Anne Arundel County Public Library here.', ROSA],
      [130, 'l', "The county's Recreation and Parks page has a printable trail map with every parking lot marked: aacounty.org/recreation-parks/parks/trails/b-a-trail (Trail Map PDF). Did that help?", ROSA],
      [170, 'p', "yes thats exactly it, that's all I needed"],
      [176, 'l', 'Wonderful, thanks for chatting and enjoy the ride!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'an early flight from Columbia to BWI: RTA 501, then shuttles to be e-mailed by noon tomorrow, recorded the next morning',
    lines: [
      [0, 'p', 'Hi, is there a shuttle from Columbia to BWI airport early Saturday morning? My flight is at 7am.'],
      [25, 'l', "Hi! I'm Grace, a librarian with Howard County Library System's Ask Us. Which part of Columbia will you be leaving from?"],
      [70, 'p', 'Near the Columbia Mall'],
      [95, 'l', 'RTA Route 501 runs from the Columbia Mall to BWI, but its first Saturday trip may be too late for a 7am flight; the schedule is at transitrta.com/routes/501. Private shared-ride shuttles also serve Columbia. Is that what you were looking for?'],
      [150, 'p', 'The bus is too late. Is there anything earlier?'],
      [165, 'l', 'Let me check the shuttle companies.'],
      [260, 'l', "I'm not finding a reliable list of early-morning shared-ride shuttles right now. I'll keep looking and e-mail you what I find by tomorrow at noon. What's the best e-mail for you?"],
      [300, 'p', 'kim.osei@example.net'],
      [310, 'l', "Thanks, I'll send it to kim.osei@example.net by noon tomorrow. Anything else for today?"],
      [340, 'p', "no that's all, thanks!"],
      [346, 'l', "You're welcome, talk soon. Bye for now!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'kim.osei@example.net', phone: null }, followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'sent list of early airport shuttles from Columbia' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'old streetcar route maps for a walking tour: "I\'ll send you what I find" with no time and the code left Answered',
    lines: [
      [0, 'p', 'do you have old maps of the streetcar lines in baltimore? for a walking tour I am planning'],
      [20, 'l', "Hello, I'm Tom, a librarian at Ask Us. Which years are you interested in?"],
      [55, 'p', '1920s-1940s'],
      [75, 'l', 'The Baltimore Streetcar Museum has a route history at baltimorestreetcar.org/history, and our catalogue has Streetcars of Baltimore (Images of Rail). Do those help?'],
      [120, 'p', 'yes but i really want an actual route map'],
      [130, 'l', "Our special collections may have a 1930s transit map. I'll look into it and send you what I find. Can I have your e-mail?"],
      [160, 'p', 'walks@example.org'],
      [170, 'l', 'Got it. Thanks for your patience, bye for now!'],
    ],
    over: { patron: { name: null, email: 'walks@example.org', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'LocalLink from Cromwell to Arundel Mills, then "three questions is the limit for one chat"',
    lines: [
      [0, 'p', 'which bus goes from Glen Burnie to Arundel Mills'],
      [20, 'l', 'Hi, this is Kay at AskUsNow!. Are you starting near the Glen Burnie light rail stop?'],
      [45, 'p', 'yes cromwell station'],
      [65, 'l', 'Take MTA LocalLink 75 from Cromwell; times are at mta.maryland.gov/schedules/locallink-75. Does that help?'],
      [100, 'p', 'yes. also how about from there to the Annapolis Mall, and is there a bus to the Odenton MARC? and what does a day pass cost'],
      [115, 'l', "You've already asked three questions, and that's the limit for one chat session. Goodbye."],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'bike trails from Catonsville into the city, then "other patrons waiting, chat with us again later"',
    lines: [
      [0, 'p', 'Hi, I need bike routes from Catonsville to downtown Baltimore that avoid big roads'],
      [25, 'l', "Hello! I'm Nia, a librarian at Baltimore County Public Library. Are you comfortable on trails, or do you want on-street bike lanes?"],
      [60, 'p', 'trails if possible'],
      [85, 'l', "The city's bike map shows the Gwynns Falls Trail, which runs from near Catonsville to the Inner Harbor: transportation.baltimorecity.gov/bike-baltimore/maps. The Baltimore County bike map (PDF) is at baltimorecountymd.gov/bikemap. Does that get you what you needed?"],
      [130, 'p', 'yes! also can you find me bike shops along the way, and a place to lock up downtown, and whether i can take my bike on the light rail'],
      [145, 'l', "Those are great questions. I have a few other patrons waiting right now, so I need to wrap up, but please chat with us again later and we'll help with those. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'no greeting, the last bus toward Mondawmin: schedules given with the question in the same message',
    lines: [
      [0, 'p', 'what time does the 54 bus stop running at night'],
      [12, 'l', 'MTA CityLink and LocalLink schedules are at mta.maryland.gov/schedules. Which direction?'],
      [40, 'p', 'toward Mondawmin'],
      [55, 'l', 'The last trip toward Mondawmin leaves the Inner Harbor around 12:40 am on weekdays. Anything else?'],
      [80, 'p', 'no'],
      [84, 'l', 'ok bye'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'Sunday light rail and the senior fare from memory: an answer, no source named',
    lines: [
      [0, 'p', 'Does the light rail run on Sundays and how much is it for seniors'],
      [20, 'l', "Hi, I'm Joan at Ask Us, Baltimore County Public Library. Are you boarding at a particular stop?"],
      [50, 'p', 'timonium'],
      [70, 'l', 'Yes, the Light Rail runs on Sundays, about every 30 minutes from Timonium, starting around 11 am. Seniors with a reduced-fare ID pay 65 cents. Did that help?'],
      [110, 'p', 'yes thank you'],
      [115, 'l', 'Is there anything else I can help you with?'],
      [130, 'p', 'no'],
      [135, 'l', 'Enjoy your Sunday, goodbye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'a young adult with autism learning to ride to work: the county\'s travel training coordinator with phone and e-mail',
    lines: [
      [0, 'p', 'My daughter has autism and just turned 18. She wants to learn to take the bus to her job on her own. Is there any program for that?'],
      [40, 'l', "Hello and welcome to Ask Us. My name is Laura and I'm a librarian at Howard County Library System. That's a great goal. Which county do you live in?"],
      [90, 'p', 'Howard, in Ellicott City'],
      [115, 'l', "Howard County's Office of Transportation runs free travel training: a travel trainer rides the route with her until she is comfortable. Contact the travel training coordinator at 410-313-4312 or traveltraining@howardcountymd.gov. The RTA route maps are at transitrta.com/maps. Does that help?"],
      [190, 'p', "That's perfect, that's everything I needed. Thank you!"],
      [198, 'l', "You're so welcome. Best of luck to her. Take care!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a power wheelchair to the arena: Metro\'s live elevator outages page, the patron done on their own',
    lines: [
      [0, 'p', 'I use a power wheelchair. Which Metro stations near the Capital One Arena have working elevators today?'],
      [25, 'l', "Hi, this is Omar, a librarian at DC Public Library's Ask a Librarian. Are you coming from Maryland or from inside DC?"],
      [60, 'p', 'from silver spring on the red line'],
      [85, 'l', 'Gallery Place-Chinatown is the stop for the arena. Metro posts live elevator outages, with shuttle alternatives, at wmata.com/service/elevators-escalators; check it just before you leave. If the elevator at Gallery Place is out, Metro Center is one stop away. Does that answer it?'],
      [130, 'p', "yes, that's all I needed, thanks a lot"],
      [136, 'l', 'Glad to help. Enjoy the game, and thanks for using Ask a Librarian!'],
    ],
    exp: usual(),
  },
  {
    name: 'a disability parking placard, the patron gone after the clarifying question: Lost Call',
    lines: [
      [0, 'p', 'how do i get a handicap parking placard'],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Is it for yourself, and is the disability permanent or temporary?"],
      [160, 'l', 'Are you still there?'],
      [300, 'l', "It seems you've disconnected, so I'll end this session now. Feel free to chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the Ma & Pa trail and railroad for a hiking group: two holds a minute and a half apart, a trail page and a book',
    lines: [
      [0, 'p', "I'm trying to find a map of the Ma & Pa railroad trail in Harford County for my hiking group, and where the old railroad actually ran"],
      [20, 'l', "Hello! I'm Sandra, a librarian at Harford County Public Library. Do you want the old railroad's whole route, or just the part that is trail today?"],
      [55, 'p', 'both if possible'],
      [65, 'l', 'Let me look. One moment.'],
      [160, 'l', "Still searching: I've found the trail map and I'm looking for the historic route now."],
      [250, 'l', 'Here you go. The current Ma & Pa Heritage Trail map is at harfordcountymd.gov/ma-pa-trail (Trail Map). For the old railroad, The Ma & Pa: A History of the Maryland & Pennsylvania Railroad is in our catalogue, with route maps. Is that what you were looking for?'],
      [320, 'p', "Yes, fantastic. That's all I needed."],
      [328, 'l', 'Happy hiking! Thanks for chatting with Ask HCPL.'],
    ],
    exp: usual(),
  },
  {
    name: 'a Medicare card for the MARC reduced fare: three minutes of silence before the answer',
    lines: [
      [0, 'p', 'can my husband get a reduced fare on the MARC he is on disability'],
      [22, 'l', 'Hello, Beth at AskUsNow! here. Does he have an MTA Reduced Fare ID already, or a Medicare card?'],
      [60, 'p', 'medicare card'],
      [240, 'l', 'Sorry for the wait. With a Medicare card he can ride MARC at the reduced fare; he shows it with a photo ID when he buys the ticket. The fare table is at mta.maryland.gov/marc-fares. Did that help?'],
      [290, 'p', 'yes thanks, thats all'],
      [296, 'l', 'Thanks for your patience, take care!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'the Cumberland Amtrak station after midnight, picked up after 95 s',
    lines: [
      [0, 'p', 'Is the Cumberland Amtrak station open at night? My train gets in at 12:40am'],
      [95, 'l', "Good evening, and thanks for waiting. I'm Alan, a librarian at Allegany County Library System. Is that the Capitol Limited from DC?"],
      [130, 'p', 'yes'],
      [155, 'l', "The Cumberland station's page on amtrak.com (Stations > Cumberland, MD) lists the waiting room hours; it is staffed around train times, the late Capitol Limited included. Does that answer your question?"],
      [200, 'p', 'yes thank you, thats all'],
      [205, 'l', 'Safe travels, good night!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'Spanish, a father in a wheelchair going to dialysis: MTA Mobility\'s application and its phone',
    lines: [
      [0, 'p', 'buenas, mi papá está en silla de ruedas y necesita ir a diálisis. hay algún transporte?'],
      [30, 'l', 'Buenas tardes, le saluda Lucía, bibliotecaria de AskUsNow!. ¿En qué condado viven?'],
      [70, 'p', 'en Baltimore City'],
      [95, 'l', 'Puede solicitar MTA Mobility, el servicio de transporte puerta a puerta para personas con discapacidad. La solicitud está en mta.maryland.gov/mobility, y para ayuda en español puede llamar a MTA Mobility al 410-764-8181. ¿Le sirve esta información?'],
      [150, 'p', 'si, muchas gracias. eso es todo'],
      [156, 'l', '¡Gracias a usted! Que le vaya muy bien a su papá.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, a street parking ticket in Silver Spring: pay online, "vaya al Tribunal de Distrito" with no contact',
    lines: [
      [0, 'p', 'me pusieron una multa de estacionamiento en Silver Spring, como la pago?'],
      [25, 'l', '¡Hola! Soy Andrés, bibliotecario de AskUsNow!. ¿Fue en un estacionamiento del condado o en la calle?'],
      [60, 'p', 'en la calle'],
      [85, 'l', 'Las multas de Montgomery County se pagan en línea en montgomerycountymd.gov/parking (Pay a Ticket). Si quiere disputarla, tiene que ir al Tribunal de Distrito de Silver Spring con la multa. ¿Le ayuda esto?'],
      [130, 'p', 'ok gracias'],
      [136, 'l', '¿Algo más en que le pueda ayudar?'],
      [150, 'p', 'no'],
      [155, 'l', '¡Que tenga buen día! Adiós.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'canned opening script, no REAL ID appointments at Westminster: the booking page and the online upgrade',
    lines: [
      [0, 'p', 'I need to make an appointment at the MVA for REAL ID but the website says no appointments available. Help?'],
      [15, 'l', "Thank you for contacting AskUsNow!, Maryland's online reference service. A librarian will be with you shortly."],
      [40, 'l', "Hi, I'm Frank, a librarian at Carroll County Public Library. Which MVA branch were you trying to book?"],
      [80, 'p', 'westminster'],
      [105, 'l', 'New appointment slots are released each morning; the booking page is mva.maryland.gov/appointments (Make an Appointment > REAL ID). Many REAL ID upgrades can also be done without a visit, through the online upgrade at mva.maryland.gov/realid, if your photo is recent. Does this completely answer your question?'],
      [160, 'p', 'oh I did not know about online. yes thanks'],
      [166, 'l', 'Is there anything else I can help you with today?'],
      [185, 'p', 'no thank you'],
      [190, 'l', 'Thank you for using AskUsNow!. Have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak commuter, a bike on the MARC from Frederick, a British-spoken provider: MTA\'s bike page',
    lines: [
      [0, 'p', 'can i bring my bike on marc trains?? trying to get to dc from frederick'],
      [30, 'l', "Hiya, I'm Olivia, a librarian answering for the Ask a Librarian cooperative. Which day are you travelling, a weekday or the weekend?"],
      [65, 'p', 'weekdy, commuting'],
      [90, 'l', "Full-size bikes go in the bike cars on certain Brunswick Line trains; folding bikes are fine on any train. The bike policy and which trains carry bike cars are on MTA's site: mta.maryland.gov/marc-bikes. Did that help?"],
      [130, 'p', 'ya thx'],
      [135, 'l', 'Anything else I can help with?'],
      [150, 'p', 'nah thats everything, gotta go catch it lol'],
      [155, 'l', 'Cheers, mind how you go!'],
    ],
    exp: usual(),
  },
  {
    name: 'new to Frederick without a car: TransIT\'s map, the patron\'s library to e-mail by Wednesday, not recorded five days on',
    lines: [
      [0, 'p', "Hello, I'm new to Frederick and don't drive. Is there a map of all the TransIT bus routes with the library branches marked?"],
      [30, 'l', "Hello! I'm Sam with AskUsNow!, answering from Baltimore County. Which branch would you go to most?"],
      [75, 'p', 'the C. Burr Artz library downtown'],
      [100, 'l', "TransIT's system map is at frederickcountymd.gov/transit (Routes & Schedules > System Map); C. Burr Artz is a block from the Transit Center. A map with every branch marked needs someone local, so I'll pass your question to Frederick County Public Libraries, and a librarian there will e-mail you by Wednesday. What's your e-mail address?"],
      [150, 'p', 'ana.r@example.com'],
      [160, 'l', "Thanks, I've noted ana.r@example.com. Does the system map help in the meantime?"],
      [200, 'p', 'yes it does'],
      [206, 'l', 'Great. Anything else?'],
      [220, 'p', 'no thanks'],
      [226, 'l', 'Thanks for chatting, goodbye!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'ana.r@example.com', phone: null } },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: '1950s Annapolis bus routes for a school project: a book in the catalogue and the local history librarian by e-mail',
    lines: [
      [0, 'p', 'I need old 1950s bus route maps for Annapolis for a school project'],
      [25, 'l', "Hi! I'm Bea, a librarian at Anne Arundel County Public Library. When is the project due?"],
      [55, 'p', 'next friday'],
      [80, 'l', 'Our catalogue has Annapolis Transit: A History, with route maps from the 1950s, at the Annapolis branch. For original maps, contact our local history librarian, Maya Cole, at localhistory@aacpl.net; she can set up a time for you to see the map files. Does that help?'],
      [130, 'p', 'yes!! thank you'],
      [136, 'l', 'Anything else for the project?'],
      [150, 'p', 'no thats all'],
      [155, 'l', 'Good luck with it! Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'tracking the 36 bus live: "the Transit app" and Google Maps named, no way to reach either',
    lines: [
      [0, 'p', 'how can i see where my bus is in real time'],
      [15, 'l', "Hi, I'm Ray at Ask Us, Sample County Library. Which bus line do you ride?"],
      [40, 'p', 'the 36'],
      [55, 'l', 'Download the Transit app, it shows real-time MTA buses, or use Google Maps. Does that help?'],
      [90, 'p', 'ok i guess'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [114, 'l', 'Bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'the road test from a shelter, handed to a colleague with no note to her: transfer fails',
    lines: [
      [0, 'p', 'hi i am staying at a shelter in Frederick and have my road test friday. I dont have a car for it, what do I do'],
      [25, 'l', "Hello, I'm Jo, a librarian at Ask Us. That's a tough spot. Which MVA office is the test at?"],
      [60, 'p', 'frederick'],
      [70, 'l', "I'm going to transfer you to a colleague at Frederick County Public Libraries who knows the local programs. One moment."],
      xferToRosa(75),
      [110, 'l', 'Hi, Rosa here from Frederick County Public Libraries.', ROSA],
      [140, 'l', "The MVA requires you to bring a registered, insured car with a licensed driver; the rules are in the Road Test section of mva.maryland.gov (Drivers > Road Test Requirements). Some driving schools rent their car for the test: our Community Resource Guide at fcpl.org/resources lists two in Frederick. Does that help?", ROSA],
      [200, 'p', 'yes that helps a lot. thats all i need'],
      [206, 'l', 'Good luck on Friday! Thanks for chatting.', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'a MARC bike-car question, the patron gone; a check-in, then a goodbye that never says they seem gone',
    lines: [
      [0, 'p', 'is there a bike car on the 5:15 camden line train'],
      [20, 'l', "Hi, I'm Jo, a librarian at AskUsNow!. Leaving from Camden Station, going toward Dorsey?"],
      [50, 'p', 'yes'],
      [70, 'l', 'The Camden Line bike-car trains are marked on the timetable at mta.maryland.gov/marc-train (Camden Line, the bike symbol). Did that help?'],
      [200, 'l', 'Are you still there?'],
      [300, 'l', 'Thanks for chatting with us, goodbye!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'a blind commuter learning Metro: the county office "can set you up with a travel trainer" (phone), "MetroAccess will call you" after applying (fixes)',
    lines: [
      [0, 'p', "I lost most of my sight last year and I want to start taking the bus and Metro to work again. Where do I even start?"],
      [30, 'l', "Hello, and thank you for reaching out. I'm Pam, a librarian with Montgomery County Public Libraries' Ask Us service. Do you live in Montgomery County, and do you use a cane or a guide dog?"],
      [85, 'p', 'Yes, in Rockville. A cane.'],
      [110, 'l', "The county's Division of Transit Services can set you up with a travel trainer who learns your route with you; call them at 240-777-5800. For days when the bus won't work, you can also apply for MetroAccess at wmata.com/metroaccess; once you apply, MetroAccess will call you to schedule an in-person interview. Is that what you were looking for?"],
      [190, 'p', 'Yes, that is really helpful. That is all for now, thank you.'],
      [198, 'l', 'You are very welcome. Take care, and good luck getting back on the road!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'cycling from Frederick to Hagerstown: the Maryland Bicycle Map named, no address (fix: named map)',
    lines: [
      [0, 'p', 'hey, whats a safe bike route from frederick to hagerstown? doing it next weekend'],
      [20, 'l', "Hi! I'm Kofi, a librarian at AskUsNow!. Are you on a road bike, or would you rather stay on trails and back roads?"],
      [55, 'p', 'road bike but i want low traffic'],
      [80, 'l', 'The Maryland Bicycle Map from the State Highway Administration rates every state road for cycling; the stretch along Alternate 40 through Middletown and Boonsboro is marked as one of the better ones. Paper copies are free at MVA offices and welcome centers. Did that help?'],
      [130, 'p', 'yes perfect, thats all i needed'],
      [136, 'l', 'Great! Thanks for chatting, and enjoy the ride.'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- clarify ----------------------------------------------------------------------------------------------------------
  { name: 'the bike page, then "full-size or folding?" in the same message: clarify fails', lines: asked('whats the marc bike policy', "Hi, I'm Jo at Ask Us.", 'hello?', "MTA's page is mta.maryland.gov/marc-bikes. Are you bringing a full-size bike or a folding one?"), exp: some({ clarify: 'fail', source: 'pass', complete: 'fail' }) },
  { name: '"So you need to get from Columbia to BWI before 6 am without a car?" : clarify passes', lines: asked('airport shuttle from columbia early morning?', 'Hi, Jo at Ask Us. So you need to get from Columbia to BWI before 6 am without a car?', 'yes exactly', 'RTA 501 and the shuttle list are at transitrta.com/airport. Does that help?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: '"What time do you have to be at the courthouse?" : clarify passes', lines: asked('bus to the towson courthouse from dundalk?', 'Hi, Jo at Ask Us. What time do you have to be at the courthouse?', '8:30', 'Take the CityLink Navy to Towson; times at mta.maryland.gov/schedules. Does that help?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: 'only the greeting\'s "how can I help?", then the REAL ID list: clarify fails', lines: [[0, 'p', 'hi'], [15, 'l', "Hi, I'm Jo at Ask Us, how can I help you today?"], [40, 'p', 'what do i need for real id'], [50, 'l', 'The checklist is at mva.maryland.gov/realid. Did that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }) },
  // ---- source ----------------------------------------------------------------------------------------------------------
  { name: '"Google Maps will show you the train times" : source fails', lines: then(MARC, 'Google Maps will show you the train times. Have a good trip!'), exp: some({ source: 'fail' }) },
  { name: '"Check MTA\'s website for the schedule" with no address: source fails', lines: then(MARC, "Check MTA's website for the schedule, it changes a lot. Good luck!"), exp: some({ source: 'fail' }) },
  { name: 'the driver\'s manual by its steps on the MVA\'s website: source passes', lines: asked('where can i read the drivers manual online', "Hi, I'm Jo at Ask Us. In English or in Spanish?", 'english', "It's on the MVA's website: from the home page choose Drivers > Learning to Drive > Driver's Manual. Does that help?"), exp: some({ source: 'pass', clarify: 'pass' }) },
  { name: 'a towpath guide in the catalogue: source passes', lines: asked('trail maps for the C&O canal towpath?', 'Hi, Jo at Ask Us. For walking or cycling?', 'cycling', 'Our catalogue has Towpath Guide to the C&O Canal, with mile-by-mile maps, at most branches. Does that help?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: 'the Penn Line timetable at mta.maryland.gov: source and completeness pass', lines: then(MARC, 'The Penn Line timetable is at mta.maryland.gov/marc-train/schedules; the last weeknight train leaves Union Station at 11:45 pm. Does that help?'), exp: some({ source: 'pass', complete: 'pass' }) },
  // ---- referral --------------------------------------------------------------------------------------------------------
  { name: '"call their certification office at 410-764-8181" : referral passes', lines: then(MOB, "In Anne Arundel you'd apply to MTA Mobility: call their certification office at 410-764-8181. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"the county\'s transit office can set you up with a travel trainer" : referral fails, no source', lines: then(MOB, "The county's transit office can set you up with a travel trainer who rides with you the first few times. Does that help?"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"Contact the Annapolis parking office to contest it" : referral fails', lines: then(TICKET, 'Contact the Annapolis parking office to contest it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'the city\'s appeal form online: a source, no referral', lines: then(TICKET, "You can contest it online with the city's form at annapolis.gov/parking-appeals. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'the MVA Glen Burnie office by its street address: referral passes, no source', lines: asked('where do i take the road test in glen burnie', 'Hi, Jo at Ask Us. Do you already have an appointment?', 'yes next week', 'Go to the MVA Glen Burnie office at 6601 Ritchie Highway NE, Glen Burnie, MD 21062; the road test lot is behind the main building. Does that help?'), exp: some({ referral: 'pass', source: 'fail' }) },
  { name: '"E-mail the county\'s travel trainer at …" : referral passes', lines: then(MOB, 'E-mail the county travel trainer at traveltrainer@aacounty.example.gov and she will ride the route with you. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish, "llame a la oficina de tránsito del condado" with no contact: referral fails', lines: thenEs('Puede tomar el Metro desde Wheaton; los horarios están en wmata.com. Llame a la oficina de tránsito del condado si necesita transporte especial. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"your caseworker at Social Services can book Medicaid rides; ask them" : referral fails', lines: then(MOB, 'Your caseworker at the Department of Social Services can book Medicaid rides to dialysis, so ask them. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like the weekend times too?" after the source: completeness fails', lines: then(MARC, 'The last weeknight Penn Line train leaves Union Station at 11:45 pm (mta.maryland.gov/marc-train). Would you like the weekend times too?'), exp: some({ complete: 'fail', source: 'pass' }) },
  { name: '"Did that get you what you needed?" : completeness passes', lines: then(MOB, 'The application is at mta.maryland.gov/mobility. Did that get you what you needed?'), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"yep thats everything, gotta run for my train" : anything else passes', lines: [...MARC, [70, 'l', 'The timetable is at mta.maryland.gov/marc-train. Does that help?'], [100, 'p', 'yep thats everything, gotta run for my train'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"ok ty" : anything else fails', lines: [...MARC, [70, 'l', 'The timetable is at mta.maryland.gov/marc-train. Does that help?'], [100, 'p', 'ok ty'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"Is there anything else I can help you find?" : anything else passes', lines: [...TICKET, [70, 'l', 'The appeal form is at annapolis.gov/parking-appeals. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Is there anything else I can help you find?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"My shift ends in two minutes, so I\'m going to end the chat here" : dismissal fails', lines: [...TICKET, [70, 'l', 'The appeal form is at annapolis.gov/parking-appeals. Does that help?'], [100, 'p', 'yes but what if i miss the deadline, and can i pay in installments'], [110, 'l', "My shift ends in two minutes, so I'm going to end the chat here. Bye."]], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '"We close in five minutes … please chat with us again tomorrow" : dismissal passes', lines: [...TICKET, [70, 'l', 'The appeal form is at annapolis.gov/parking-appeals. Does that help?'], [100, 'p', 'yes but what if i miss the deadline, and can i pay in installments'], [110, 'l', "We close in five minutes, so I can't get to those now, but please chat with us again tomorrow from 9 and we'll look at the deadline and payment plans. Thanks!"]], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: '"chats are limited to 10 minutes and we\'ve hit it" : dismissal fails', lines: [...MOB, [70, 'l', 'The application is at mta.maryland.gov/mobility. Does that help?'], [100, 'p', 'what about the assessment, what do they ask'], [110, 'l', "Sorry, chats are limited to 10 minutes and we've hit it. Goodbye."]], exp: some({ dismissal: 'fail' }) },
  // ---- courteous -------------------------------------------------------------------------------------------------------
  { name: 'the patron\'s "no" after "Anything else?" ends it, no thanks or goodbye: courteous fails', lines: [...MARC, [70, 'l', 'Last train 11:45 pm, see mta.maryland.gov/marc-train. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Anything else?'], [120, 'p', 'no']], exp: some({ courteous: 'fail', anything: 'pass' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"The MVA will mail your REAL ID card within 15 days" : no follow-up', lines: asked('when do i get my real id card', 'Hi, Jo at Ask Us. Did you renew in person?', 'yes today', 'The MVA will mail your REAL ID card within 15 days; keep the paper receipt until then. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"I\'ll e-mail you the MARC holiday schedule by Friday" with the e-mail repeated: contact passes', lines: [...MARC, [70, 'l', "The holiday schedule isn't posted yet. I'll e-mail you the MARC holiday schedule by Friday. What's your e-mail?"], [100, 'p', 'rider@example.com'], [110, 'l', 'Thanks, rider@example.com, by Friday then. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'rider@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll call you back tomorrow morning", the patron\'s phone repeated: contact passes', lines: [...MOB, [70, 'l', "I'll call you back tomorrow morning with the assessment dates. Is 410-555-0148 the best number?"], [100, 'p', 'yes'], [110, 'l', 'Great, talk to you tomorrow. Bye!']], over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0148' } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"The parking office will mail you a hearing date" : no follow-up', lines: then(TICKET, 'Once you file at annapolis.gov/parking-appeals, the parking office will mail you a hearing date. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  { name: '"Howard Transit\'s travel trainer, Ms. Lee, can ride the route with you; her number is …" : referral passes', lines: then(MOB, "Our county's travel trainer, Ms. Lee, can ride the route with you the first few times; her number is 410-555-0133. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Call 311 to report the broken meter" : referral passes', lines: then(TICKET, 'Call 311 to report the broken meter, and note the meter number on your appeal. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Stop by the MVA Express office in Bel Air" with no contact: referral fails', lines: then(MARC, 'For the road test paperwork, stop by the MVA Express office in Bel Air. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"mail it … to MTA Reduced Fare Program, 6 Saint Paul Street …" : referral passes', lines: then(MOB, 'The reduced fare form is at mta.maryland.gov/reduced-fare; mail it with a copy of your Medicare card to MTA Reduced Fare Program, 6 Saint Paul Street, Baltimore, MD 21202. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // my first label was referral pass: applying online at the agency's address is using a web page (Terms: a source, not a referral)
  { name: '"apply to MetroAccess at wmata.com/metroaccess" : a source, no referral', lines: then(ES, 'You can apply to MetroAccess, the Metro paratransit service, at wmata.com/metroaccess. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Does that route work for you?" after the route: completeness passes', lines: then(MARC, 'Take the 10:30 pm Penn Line from Union Station; it reaches Penn Station at 11:35 (mta.maryland.gov/marc-train). Does that route work for you?'), exp: some({ complete: 'pass' }) },
  { name: '"Will that get you there in time?" after the schedule: completeness passes', lines: asked('bus to towson courthouse by 8:30 from dundalk', 'Hi, Jo at Ask Us. Is it a weekday?', 'yes tuesday', 'The CityLink Navy leaves Dundalk at 7:20 and reaches Towson at 8:10 (mta.maryland.gov/schedules). Will that get you there in time?'), exp: some({ complete: 'pass' }) },
  { name: '"I\'m not a travel agent, you\'ll have to figure the route out yourself" : dismissal fails', lines: [...ES, [70, 'l', "I'm not a travel agent, you'll have to figure the route out yourself."], [100, 'p', 'ok'], [106, 'l', 'Bye.']], exp: some({ dismissal: 'fail' }) },
  { name: 'the printed Maryland Bicycle Map, free at MVA offices: source passes', lines: asked('is there a paper bike map of maryland', 'Hi, Jo at Ask Us. For the whole state, or one county?', 'whole state', 'Yes, the Maryland Bicycle Map from the State Highway Administration shows suitable roads statewide; paper copies are free at MVA offices. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"I\'ll text you the holiday schedule tomorrow", the patron\'s number given: contact passes', lines: [...MARC, [70, 'l', "The holiday schedule comes out tomorrow. I'll text it to you tomorrow afternoon; what number should I use?"], [100, 'p', '410-555-0199'], [110, 'l', 'Thanks, talk to you tomorrow. Bye!']], over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0199' } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"Your travel trainer will call you within a week" : no follow-up', lines: then(MOB, 'Once MTA Mobility approves you at mta.maryland.gov/mobility, your travel trainer will call you within a week to set up a first ride. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // ---- (fixes) travel trainers, parties that set the patron up, the agency's own calls, maps by their titles -----------
  { name: '(fix) "Call the county\'s travel trainer before your first trip" with no contact: referral fails', lines: then(MOB, "Call the county's travel trainer before your first trip; she plans the route with you. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '(fix) "Ring Howard Transit\'s travel trainer on 410-555-0190" : referral passes', lines: then(MOB, "Ring Howard Transit's travel trainer on 410-555-0190 to book a first ride together. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '(fix) "MTA Mobility can get you set up for the in-person assessment" with no contact: referral fails', lines: then(MOB, 'MTA Mobility can get you set up for the in-person assessment and tell you what to bring. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '(fix) "MTA Mobility will call you to schedule the assessment" : no follow-up', lines: then(MOB, 'Send the form from mta.maryland.gov/mobility; MTA Mobility will call you to schedule the in-person assessment. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "the Mobility driver will call you when they are ten minutes away" : no follow-up', lines: then(MOB, 'Book trips at mta.maryland.gov/mobility-reservations; on the day, the Mobility driver will call you when they are ten minutes away. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "WMATA\'s Metrorail System Map shows every station with an elevator" : source passes', lines: then(ES, "WMATA's Metrorail System Map shows every station with an elevator; Farragut North is closest to the consulate. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '(fix) Spanish, "use el Capital Crescent Trail Map" : source passes', lines: thenEs('Si prefiere ir en bicicleta, use el Capital Crescent Trail Map: el sendero va de Bethesda a Georgetown. ¿Le sirve?'), exp: some({ source: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // someone else rides with the patron: no travel trainer as the subject
  { name: 'near miss: "Travel trainers say a friend can ride with you the first time" : no referral', lines: then(MOB, 'Travel trainers say a friend can ride with you the first time, so the route feels familiar. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Your PCA can ride with you for free on Mobility trips" : no referral', lines: then(MOB, 'Your PCA can ride with you for free on Mobility trips, see mta.maryland.gov/mobility. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Go to the travel trainer page at …" : a source, no referral', lines: then(MOB, 'Go to the travel trainer page at aacounty.example.gov/travel-training for the steps. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visit the travel trainer videos on the county\'s YouTube channel" : no referral', lines: then(MOB, "Visit the travel trainer videos on the county's YouTube channel before your first ride. Does that help?"), exp: some({ referral: 'na' }) },
  // "set you up" with no party as the subject
  { name: 'near miss: "The Transit app can set you up with real-time alerts" : no referral, no source', lines: then(MARC, 'The Transit app can set you up with real-time alerts for the Penn Line. Does that help?'), exp: some({ referral: 'na', source: 'fail' }) },
  { name: 'near miss: "I can set you up with a guest pass when you come in" : no referral', lines: then(MARC, 'I can set you up with a guest pass for our computers when you come in, and the timetable is at mta.maryland.gov/marc-train. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Your grandkids can set you up with the Transit app" : no referral', lines: then(MOB, 'Your grandkids can set you up with the Transit app, and the Mobility form is at mta.maryland.gov/mobility. Does that help?'), exp: some({ referral: 'na' }) },
  // the provider's own promise beside, or the library's own trainer: still a follow-up
  { name: 'near miss: "The travel trainer will call you Monday, and I\'ll e-mail you the route map by tomorrow" : a follow-up', lines: then(MOB, "The travel trainer will call you Monday, and I'll e-mail you the route map by tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Our travel trainer will call you on Monday with a time" : a follow-up', lines: then(MOB, 'Our travel trainer will call you on Monday with a time. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "I\'ll call you tomorrow with the dispatcher\'s answer" : a follow-up', lines: then(MOB, "I'll call you tomorrow with the dispatcher's answer. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // maps named without a title of their own, or said not to be had
  { name: 'near miss: "Google Maps will show you the bike lanes" : no source', lines: then(MARC, 'Google Maps will show you the bike lanes near Penn Station. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Open Street Map has the trail" : no source', lines: then(MARC, 'Open Street Map has the trail from the station. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "The Maryland Bicycle Map is out of print now" : no source', lines: then(MARC, 'Sorry, the Maryland Bicycle Map is out of print now. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Try the Frederick County Bike Map app" : no source', lines: then(MOB, 'Try the Frederick County Bike Map app for the trails. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "the county bike map shows the trails" (no title) : no source', lines: then(MOB, 'The county bike map shows the trails near Severn. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "I Looked At The Bike Map Earlier" (every word capitalised) : no source', lines: then(MOB, 'I Looked At The Bike Map Earlier And It Shows Severn. Good luck!'), exp: some({ source: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirty-fifth round (G8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fifth round (G8): getting places, every check', whole);
describeSessions('thirty-fifth round (G8): getting places, short cases', short);
describeSessions('thirty-fifth round (G8): getting places, near misses of the changes', guards);

describeLeft('thirty-fifth-round-getting-places', LEFT);
