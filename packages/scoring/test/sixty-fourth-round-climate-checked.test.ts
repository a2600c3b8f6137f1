/**
 * Sixty-fourth round, theme WEATHER HISTORY, CLIMATE AND DISASTER RECORDS, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: historical weather for insurance claims (hail in Omaha, a
 * heatstroke claim in Las Vegas, a drought crop claim in Kearney County, the 2017 Denver hailstorm, the Marshall Fire
 * evacuation zone) and for court cases (rainfall in Tampa, snow on a Buffalo sidewalk, wind gusts in Worcester, visibility on
 * I-80 near Laramie in 1998), NOAA climate data (normals for a Seattle garden, the 1995 Chicago heat wave, the 1949 Lincoln
 * blizzard, the Phoenix heat record), flood and wildfire history of a property (Cedar Rapids, Baton Rouge flood claims,
 * Charleston flood zones, the fire perimeters around Paradise), storm damage reports (Hurricane Ian, the 2020 Iowa derecho,
 * Moore tornadoes, archived tornado warnings in Dayton), FEMA disaster declarations (the 2024 Houston derecho, Hurricane
 * María in Utuado in Spanish, an ice storm in Sumner County, one nobody answered) and hurricane season preparation (a
 * newcomer in Hollywood FL, an 82-year-old in Galveston, a family in Corpus Christi partly in Spanish). Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFourthRoundClimate-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Harriet at …" (01); "Hey! 👋" under the screen name "WxHelp", no one named (02:
 *   fail); a 61 s pickup (03: fail); `pickedUpAt` at 58 s with the first visible line at 95 (04: pass); "Welcome to Florida!
 *   Priscilla here, a librarian at …" (07); "Hi there!" at exactly 60 s and the name in the second message (21: both pass);
 *   Spanish "¡Hola! Le saluda Marisol, bibliotecaria del servicio …" (10), "Hola, buenas tardes. Habla Esteban, bibliotecario
 *   de …" (24); bilingual "¡Hola! Hi, this is Nayeli with …" (28); "Hello from Lincoln City Libraries! I'm Abe, one of the
 *   reference librarians." (27); no provider ever joined, a queue line only (25);
 *  inquiry: certified or printout, river or basement, which storm, meteorological report or damage assessment, court date,
 *   level of the paper, airport or job-site station, evacuation zone or burn perimeter, rent or own; a restatement ending in "?"
 *   (04); the sources given before "Do you live in an evacuation zone …?" (07: fail); a question with "no hurry, take your
 *   time" in it (28: not a hold);
 *  waits: "Hang on while I pull up …" answered exactly 120 s later (05: pass); a patron reply answered 121 s later, no hold
 *   (06: fail); "Let me look that up." with an internal question inside, answered 118 s later (26: pass); "One moment …" then
 *   a partial result that says the search goes on 102 s later, the answer 105 s after that (30: pass); a transfer notice
 *   answered 70 s later by the receiver (18: pass) and 124 s later (20: fail); a silent transfer, the receiver 100 s after the
 *   patron (19: pass); 240 s waiting on the patron after "take your time" (28: pass);
 *  endings: final idle of exactly 120 s ending on "Still with me?" (08: check-in pass, courteous fail); 185 s with a check-in
 *   and a notice that invites back (09: both pass); 179 s to a Spanish notice that invites back, no check-in (10: idle fails,
 *   notice na); a true Lost Call in Spanish, "¿Sigue en línea?" and a notice with thanks at 197 s (24); the patron's window
 *   closing and a goodbye 5 s later (29: 14 s, na); "You've reached the limit of questions for one chat session, sorry.
 *   Goodbye." (11: dismissal fails, courteous passes); "a few other patrons are waiting … Please come back to the chat later"
 *   (12: allowed); the patron's "🙏", "wow ok", "ok" and "ya thx" as the last line (02, 11, 12, 20: no goodbye in the last two
 *   provider messages in 20); patron-side "that's everything i needed", "that's all", "thats all for now", "no more
 *   questions", "es todo", and "yes great thx", "yep ty", "ok thanks", "yeah kinda. thank you" that do not count;
 *  sources: NOAA and NWS pages (ncdc.noaa.gov/stormevents, ncei.noaa.gov/cdo-web, nhc.noaa.gov, weather.gov office pages,
 *   normals), FEMA (msc.fema.gov, fema.gov/disaster), frap.fire.ca.gov, droughtmonitor.unl.edu, stateclimate.unl.edu,
 *   mesonet.agron.iastate.edu, ready.gov, floridadisaster.org, tdem.texas.gov, county and city pages, a named book (Heat Wave:
 *   A Social Autopsy of Disaster), a referral's phone; none at all (26: an answer from memory and an agency with no contact);
 *  referrals: the City of Cedar Rapids floodplain manager by phone (03: pass); "call her electric company" (12: no contact,
 *   fail); the county FSA office by phone (17: pass); "call the county emergency management agency" (26: fail); "contact the
 *   Nebraska State Climate Office — they answer questions through stateclimate.unl.edu" (27: pass); "I'll call the city's
 *   emergency management coordinator myself" (14) and "send your question to our business and real estate librarians" (15):
 *   staff or parties consulted on the patron's behalf, no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 70 h after the end (13: pass); a call-back promise with
 *   the phone read back and "by Friday", coded Answered (14: code fails, contact passes, pending); FU_LIB with the e-mail only
 *   in `patron.email` and no time, done after 40 h (15: contact fails, code and on_time pass); FU_ME with a promise to "send it
 *   to you later" and no contact anywhere (16: code and contact fail, pending); FU_ME with the e-mail typed by the patron and not
 *   read back, "within 72 hours", not recorded at day 4 (17: contact pass, on_time fail);
 *  codes: Practice (23); a true Lost Call (24); Lost Call with no provider after two patron messages (25: fail); Lost Call
 *   after a whole exchange (29: fail); `null` (26); "" (30); none in the source (27);
 *  transfers: notice + internal note that says why (18: pass); internal note only (19: fail); notice only (20: fail);
 *  concurrency: three others open at once over this one (21: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (22: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey! 👋" greets but identifies no one; a screen name ("WxHelp") does not count (02);
 * - "Welcome to Florida!" greets (RUBRIC lists "welcome"); "Hello from Lincoln City Libraries!" greets and names the library;
 * - Spanish "¡Hola!", "Hola, buenas tardes" greet; "Le saluda Marisol, bibliotecaria del servicio …", "Habla Esteban,
 *   bibliotecario de …" identify; "¿Le sirve esta información?" and "¿Le sirve?" are the completeness question; "¿Sigue en
 *   línea?" asks whether the patron is still there; "Parece que salió del chat, así que lo voy a cerrar" and "Parece que se
 *   desconectó; voy a cerrar este chat" tell the patron they seem to have gone and that the chat ends; "¡Vuelva cuando
 *   quiera!" and "vuelva cuando guste" invite back; "si muchas gracias, es todo" says explicitly the patron is done;
 * - "Still with me?" asks whether the patron is still there (08);
 * - "that's all", "thats all for now", "no more questions", "thats everything", "that was all" say the patron is done;
 * - "call her electric company and ask …" tells the patron to contact an organisation: a referral with no way to reach it
 *   (12); "sign up for … STEAR … at tdem.texas.gov" is a source, not a referral;
 * - "I'll call the city's emergency management coordinator myself and call you back" (14) and "I'll send your question to our
 *   business and real estate librarians, and someone from the library will contact you" (15) are consultations on the
 *   patron's behalf, not referrals (RUBRIC: "staff the provider consults on the patron's behalf do not"), and promises that
 *   make follow-up sessions;
 * - "I'll put together a list of journal articles … and send it to you later" (16) promises to send more later;
 * - "Found … — still searching for hourly visibility, bear with me." is a partial result that says the search goes on: a hold
 *   (30);
 * - "Looks like you left — good luck with the claim, and feel free to come back!" invites back: a goodbye, so the final idle
 *   ends there (29);
 * - "Those all matter, but a few other patrons are waiting … thanks for understanding!" thanks the patron (12: courteous);
 * - `resolutionCode: undefined` is a field left out (27: na); `null` and "" are missing codes (26, 30).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/sixtyFourthRoundClimate-labels.ts before anything ran). First run as labelled / disagreeing: 30 / 0. Label
 * corrections: 0 (no disagreement to reread; no label touched after the copy). Final: 30 running, 0 LEFT (LEFT_WHY empty).
 * Every timing check (pickup at 61 s, at exactly 60 s and by `pickedUpAt` at 58 s, no provider; keep_informed at exactly
 * 120 s after a hold, 121 s after a patron reply, 118 s across an internal message, 102 s and 105 s across a partial result
 * that says the search goes on, 70 s and 124 s after a transfer notice, 100 s across a silent transfer, 240 s of waiting on
 * the patron after "take your time"; final idles of 120, 179, 185 and 197 s, and 14 s ended by a goodbye after the patron
 * left; concurrency at four and at touching ends; on_time done at 70 h and 40 h, unrecorded past the deadline, pending
 * twice), every code (Practice, a true Lost Call, Lost Call with no provider and after a whole exchange, `null`, "", no codes
 * in the source, a promise under Answered, follow-up codes with and without a contact) and every referral reading (phone,
 * URL, no contact, consultations on the patron's behalf) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every case (patron e-mails typed and read back, typed only, only in `patron.email`; a patron
 * phone typed and read back; library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (30 running as labelled, 0 through describeLeft). tsc
 * clean (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 as it landed (labelled blind on block X's first cut): as on the first cut, 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const HARRIET: Prov = { id: 'harriet-g', name: 'Harriet', library: 'OPL-NE' };
const WXHELP: Prov = { id: 'wxhelp-g', name: 'WxHelp', library: 'HCPL-FL' };
const MARCUS: Prov = { id: 'marcus-g', name: 'Marcus', library: 'CRPL' };
const LENA: Prov = { id: 'lena-g', name: 'Lena', library: 'BCL-CA' };
const DOLORES: Prov = { id: 'dolores-g', name: 'Dolores', library: 'LCLS' };
const TOBIAS: Prov = { id: 'tobias-g', name: 'Tobias', library: 'HPL-TX' };
const PRISCILLA: Prov = { id: 'priscilla-g', name: 'Priscilla', library: 'BCL-FL' };
const GWEN: Prov = { id: 'gwen-g', name: 'Gwen', library: 'BECPL' };
const RAFAEL: Prov = { id: 'rafael-g', name: 'Rafael', library: 'PLS-OK' };
const MARISOL: Prov = { id: 'marisol-g', name: 'Marisol', library: 'OCLS' };
const CURTIS: Prov = { id: 'curtis-g', name: 'Curtis', library: 'PHXPL' };
const BEATRIX: Prov = { id: 'beatrix-g', name: 'Beatrix', library: 'RL-TX' };
const ANSELM: Prov = { id: 'anselm-g', name: 'Anselm', library: 'WPL-MA' };
const HARLAN: Prov = { id: 'harlan-g', name: 'Harlan', library: 'MPL-IA' };
const ODILE: Prov = { id: 'odile-g', name: 'Odile', library: 'EBRPL' };
const FIONA: Prov = { id: 'fiona-g', name: 'Fiona', library: 'CPL-IL' };
const WALT: Prov = { id: 'walt-g', name: 'Walt', library: 'NLC' };
const JASPER: Prov = { id: 'jasper-g', name: 'Jasper', library: 'CCPL-SC' };
const IMANI: Prov = { id: 'imani-g', name: 'Imani', library: 'CCPL-SC' };
const WENDELL: Prov = { id: 'wendell-g', name: 'Wendell', library: 'DML' };
const LUCINDA: Prov = { id: 'lucinda-g', name: 'Lucinda', library: 'DML' };
const SILAS: Prov = { id: 'silas-g', name: 'Silas', library: 'DPL-CO' };
const GRETA: Prov = { id: 'greta-g', name: 'Greta', library: 'DPL-CO' };
const NOOR: Prov = { id: 'noor-g', name: 'Noor', library: 'KCLS' };
const MATEO: Prov = { id: 'mateo-g', name: 'Mateo', library: 'BPL-CO' };
const TRAINEE: Prov = { id: 'trainee-g', name: 'Trainee 7', library: 'TRN' };
const ESTEBAN: Prov = { id: 'esteban-g', name: 'Esteban', library: 'PCPL' };
const NOBODY: Prov = { id: 'queue-g', name: 'Queue', library: 'VRQ' };
const CLAUDETTE: Prov = { id: 'claudette-g', name: 'Claudette', library: 'GPL-TN' };
const ABE: Prov = { id: 'abe-g', name: 'Abe', library: 'LCL-NE' };
const NAYELI: Prov = { id: 'nayeli-g', name: 'Nayeli', library: 'CCPL-TX' };
const INGRID: Prov = { id: 'ingrid-g', name: 'Ingrid', library: 'LVCCLD' };
const OTIS: Prov = { id: 'otis-g', name: 'Otis', library: 'ACPL-WY' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waiting = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay in the chat; someone will be with you shortly.'];

export const sixtyFourthRoundClimate: SessionCase[] = [
  // 01 the plain good session
  s(HARRIET, '01 hail on a roof in Omaha for an insurance claim: "you\'ve reached Harriet at Omaha Public Library", printout or certified, Storm Events Database, "that\'s everything i needed"', [
    [0, 'p', 'hi i need proof it hailed at my house on june 14 2025 for insurance, roof damage. omaha'],
    [18, 'l', "Good morning, you've reached Harriet at Omaha Public Library. Glad to help with this."],
    [24, 'l', 'Do you need an official certified record, or will a printout of the storm reports satisfy your adjuster?'],
    [60, 'p', 'adjuster just said "documentation" so printout prob fine'],
    [67, 'l', "NOAA's Storm Events Database lists hail reports by county and date, with hail size: ncdc.noaa.gov/stormevents. Choose Nebraska, Douglas County, and June 14, 2025. The Local Storm Reports from the NWS Omaha/Valley office are another good record."],
    [73, 'l', 'Is that the kind of documentation you were after?'],
    [110, 'p', "yes perfect, that's everything i needed"],
    [116, 'l', 'Wonderful — good luck with the claim, and thanks for chatting with us!'],
  ], usual()),

  // 02 greets, names no one (screen name only); the patron has the last word
  s(WXHELP, '02 certified rainfall totals for a Tampa slip-and-fall suit: "Hey! 👋" under the screen name "WxHelp", ncei.noaa.gov/cdo-web, patron "🙏" last', [
    [0, 'p', 'need official rainfall totals for aug 3 2024 in tampa, its for a slip and fall lawsuit'],
    [10, 'l', 'Hey! 👋'],
    [16, 'l', 'Does the court need a certified copy, or are you just gathering background for your lawyer?'],
    [50, 'p', 'lawyer says certified'],
    [57, 'l', 'NCEI sells certified copies of climate records: request them through Climate Data Online at ncei.noaa.gov/cdo-web (look for "Certification of Data"). The Tampa International Airport station has daily precipitation for that date.'],
    [62, 'l', 'Does that get you what you need?'],
    [95, 'p', "yes ty, that's all"],
    [99, 'l', 'Take care, bye now!'],
    [104, 'p', '🙏'],
  ], usual({ greeting: 'fail' })),

  // 03 pickup at 61 s; the city floodplain manager by phone
  s(MARCUS, '03 has a house in Cedar Rapids ever flooded: 61 s pickup, river or basement, msc.fema.gov, the city floodplain manager by phone', [
    [0, 'p', 'house im buying in cedar rapids, how do i find out if it ever flooded'],
    [61, 'l', 'Hello, this is Marcus, a librarian with Cedar Rapids Public Library. Thanks for waiting!'],
    [67, 'l', 'Do you have the street address, and are you more worried about river flooding or water in the basement?'],
    [105, 'p', 'river. its on 3rd st SE'],
    [112, 'l', "FEMA's Flood Map Service Center shows the official flood zone for any address: msc.fema.gov. For actual past flooding (2008 and 2016 especially), call the City of Cedar Rapids floodplain manager at 319-555-0142; the city keeps records of flooded properties."],
    [118, 'l', 'Did that help?'],
    [150, 'p', "yes thanks so much, that's all i needed"],
    [155, 'l', "You're welcome, goodbye!"],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 pickedUpAt 58 s, first visible line at 95; a restatement with a question mark
  s(LENA, '04 wildfire history of a lot on the Skyway in Paradise: pickedUpAt 58 s, first line at 95, "So you want to know … ?", frap.fire.ca.gov', [
    [0, 'p', 'did the camp fire or any other wildfire ever burn near 6020 skyway paradise? buying a lot'],
    [95, 'l', "Hi there, Lena at Butte County Library's Ask a Librarian — sorry for the wait."],
    [101, 'l', 'So you want to know the fire history of that parcel before you buy — any fire, not just the Camp Fire?'],
    [140, 'p', 'yes any'],
    [147, 'l', "CAL FIRE's historical fire perimeters map shows fire boundaries back to the 1950s: frap.fire.ca.gov (Data > Fire Perimeters). You can zoom to the Skyway and switch decades on and off."],
    [153, 'l', 'Is that what you were looking for?'],
    [190, 'p', 'yes exactly, thats everything'],
    [195, 'l', 'Glad it helped. Bye for now!'],
  ], usual(), { pickedUpAt: at(58) }),

  // 05 a hold answered exactly 120 s later
  s(DOLORES, '05 the official Hurricane Ian report for Fort Myers: "Hang on while I pull up …" answered exactly 120 s later, nhc.noaa.gov, "Anything else I can dig up?"', [
    [0, 'p', 'looking for the official report on hurricane ian for fort myers, wind speeds etc'],
    [14, 'l', "Hi! It's Dolores from Lee County Library System's chat reference."],
    [20, 'l', 'Do you want the meteorological report (winds, surge) or the damage assessment?'],
    [48, 'p', 'winds and surge'],
    [54, 'l', 'Hang on while I pull up the National Hurricane Center report.'],
    [174, 'l', "Here it is: the NHC Tropical Cyclone Report for Ian, nhc.noaa.gov/data/tcr/AL092022_Ian.pdf. It has peak gusts and storm surge heights around Fort Myers. Does that answer your question?"],
    [215, 'p', 'yes great thx'],
    [221, 'l', 'Anything else I can dig up?'],
    [245, 'p', 'no'],
    [250, 'l', 'Thanks for chatting — stay safe!'],
  ], usual()),

  // 06 a patron reply answered 121 s later, no hold
  s(TOBIAS, '06 the FEMA declaration number for the May 2024 Houston derecho: the patron\'s reply answered 121 s later with no hold, fema.gov/disaster', [
    [0, 'p', 'was there a FEMA disaster declaration for the may 2024 storms in houston? need the number for my assistance app'],
    [20, 'l', 'Hello, Tobias with Houston Public Library here.'],
    [26, 'l', 'Was it the derecho on May 16 that hit your area, or a different storm?'],
    [55, 'p', 'the derecho one'],
    [176, 'l', "Yes — that one is DR-4781-TX. FEMA's page lists the counties and the programs open: fema.gov/disaster/4781. Did that help?"],
    [210, 'p', 'yep thanks a lot'],
    [214, 'l', 'Is there anything else you need for the application?'],
    [240, 'p', "no that's all"],
    [245, 'l', 'Good luck, and thank you for using the chat!'],
  ], usual({ informed: 'fail' })),

  // 07 the sources before the question
  s(PRISCILLA, '07 first hurricane season in Hollywood FL: "Welcome to Florida! Priscilla here", ready.gov and floridadisaster.org given first, then "Do you live in an evacuation zone …?"', [
    [0, 'p', 'how do i get ready for hurricane season, first year in florida'],
    [22, 'l', 'Welcome to Florida! Priscilla here, a librarian at Broward County Library.'],
    [28, 'l', "Ready.gov has a full hurricane checklist at ready.gov/hurricanes, and the state's plan builder is at floridadisaster.org/planprepare."],
    [34, 'l', 'Do you live in an evacuation zone, or do you know yet?'],
    [70, 'p', 'no idea, im in hollywood near the beach'],
    [77, 'l', 'Then you probably are: look up your zone by address at broward.org/hurricane (Know Your Zone). Did that answer your question?'],
    [115, 'p', 'yes thank you thats all i needed'],
    [120, 'l', 'Stay safe this season, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 08 final idle exactly 120 s, ending on a check-in
  s(GWEN, '08 snow on a Buffalo sidewalk for a lawsuit: answer at 50, "Still with me?" at 150, endedAt 170 (final idle 120 s), no goodbye', [
    [0, 'p', 'need snow totals for jan 12 2025 in buffalo, someone fell on my sidewalk and is suing me'],
    [16, 'l', 'Hello — Gwen at Buffalo & Erie County Public Library, here to help.'],
    [22, 'l', 'Do you need just that day, or the days before it too (to show how long the snow had been down)?'],
    [44, 'p', 'the 3 days before too'],
    [50, 'l', "The NWS Buffalo office's climate page has daily snowfall and snow depth for the airport station: weather.gov/buf (Climate > NOWData). Pick January 2025. Does that help?"],
    [150, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endedAt: at(170) }),

  // 09 a check-in and a notice that invites back, 185 s into the final idle
  s(RAFAEL, '09 the last tornado in Moore for a school report: answer at 64, "Are you still there?" at 154, "It looks like we\'ve been disconnected … come back anytime!" at 249 (185 s)', [
    [0, 'p', 'when was the last tornado in moore oklahoma and how bad was it'],
    [25, 'l', 'Good afternoon! This is Rafael, a librarian at Pioneer Library System.'],
    [31, 'l', 'Is this for a school project, or for something like insurance or buying a house?'],
    [58, 'p', 'school report'],
    [64, 'l', 'The NWS Norman office keeps a page for each major Moore tornado (1999, 2003, 2013) with EF ratings, paths and damage photos: weather.gov/oun/tornadodata-okc. Does that cover what you need?'],
    [154, 'l', 'Are you still there?'],
    [249, 'l', "It looks like we've been disconnected, so I'll close the chat now. Thanks for writing, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 10 Spanish; a notice that invites back 179 s into the final idle, no check-in
  s(MARISOL, '10 prueba de daños del huracán María en Utuado para una apelación de FEMA (Spanish): respuesta a los 61, "Parece que salió del chat … ¡Vuelva cuando quiera!" a los 240 (179 s), sin pregunta', [
    [0, 'p', 'hola, necesito prueba de que el huracan maria daño casas en utuado para mi apelacion de fema'],
    [22, 'l', '¡Hola! Le saluda Marisol, bibliotecaria del servicio Pregunte a un Bibliotecario de Orange County Library System.'],
    [28, 'l', '¿Necesita el informe del clima (vientos, lluvia) o la declaración de desastre de FEMA para el municipio?'],
    [55, 'p', 'la declaracion y algo del daño'],
    [61, 'l', 'La declaración es la DR-4339-PR; en fema.gov/disaster/4339 aparece Utuado entre los municipios. El informe del Centro Nacional de Huracanes sobre María (nhc.noaa.gov/data/tcr/AL152017_Maria.pdf) describe los daños en la isla. ¿Le sirve esta información?'],
    [240, 'l', 'Parece que salió del chat, así que lo voy a cerrar. ¡Vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 11 "the limit of questions"
  s(CURTIS, '11 the hottest day on record in Phoenix, then five more: "You\'ve reached the limit of questions for one chat session, sorry. Goodbye.", patron "wow ok" last', [
    [0, 'p', 'whats the hottest day ever recorded in phoenix'],
    [15, 'l', 'Hi, Curtis at Phoenix Public Library. Happy to look.'],
    [21, 'l', 'Do you mean the official airport record, or anywhere in the metro area?'],
    [45, 'p', 'official'],
    [51, 'l', 'The official record is 122°F at Sky Harbor on June 26, 1990. The NWS Phoenix climate page lists the records: weather.gov/psr (Climate > Phoenix Climate). Is that what you needed?'],
    [80, 'p', 'yes!! also what was the wettest year, the coldest day, how many 110 days in 2024, and the record monsoon'],
    [86, 'l', "You've reached the limit of questions for one chat session, sorry. Goodbye."],
    [99, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 12 other patrons waiting, invited back; the electric company with no contact
  s(BEATRIX, '12 hurricane prep for an 82-year-old in Galveston: STEAR at tdem.texas.gov, "call her electric company" (no contact), "a few other patrons are waiting … come back", patron "ok" last', [
    [0, 'p', 'my mom is 82 and lives alone in galveston what should she do to prep for hurricane season'],
    [20, 'l', "Hi and welcome — I'm Beatrix, a librarian at Rosenberg Library in Galveston."],
    [26, 'l', 'Does she drive, and does she use any medical equipment that needs power?'],
    [65, 'p', 'no car and she has an oxygen concentrator'],
    [72, 'l', 'Then she should sign up for the State of Texas Emergency Assistance Registry (STEAR), which arranges evacuation help for people who need it: tdem.texas.gov/stear. Also call her electric company and ask them to put her on their medical priority list. Does this help?'],
    [110, 'p', 'yes. what about her meds, and a generator, and shutters, and the cat, and flood insurance'],
    [117, 'l', "Those all matter, but a few other patrons are waiting on me right now. Please come back to the chat later and we'll go through them one at a time — thanks for understanding!"],
    [130, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 13 follow-up by me: e-mail typed and read back, "by Wednesday", done 70 h after the end
  s(ANSELM, '13 hourly wind gusts in Worcester for small claims court (follow-up by me): court date, ncei.noaa.gov/cdo-web, e-mail read back, "by Wednesday", done at 70 h', [
    [0, 'p', "I need hourly wind gust data for the night of Oct 30 2024 in Worcester MA. A tree fell on my neighbor's car and it's going to small claims court."],
    [21, 'l', "Good evening! You've reached Anselm, reference librarian at Worcester Public Library."],
    [27, 'l', 'When is your court date? Certified data can take a couple of weeks.'],
    [60, 'p', 'dec 19'],
    [66, 'l', "Then order soon: NCEI's Local Climatological Data for the Worcester airport has hourly gusts and can be certified, at ncei.noaa.gov/cdo-web. I'll also look for any NWS storm reports for that night and e-mail you what I find by Wednesday. What e-mail should I use?"],
    [110, 'p', 't.okafor@example.net'],
    [116, 'l', 'Got it: t.okafor@example.net. Does the NCEI link get you started?'],
    [150, 'p', "yes, thanks, that's all for now"],
    [156, 'l', 'Thank you, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(161 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 14 a call-back promise, phone read back, "by Friday", coded Answered; the provider calls the city herself
  s(HARLAN, '14 derecho damage in Marion IA for a contractor dispute: weather.gov/dvn, "I\'ll call the city\'s emergency management coordinator myself and call you back by Friday", phone read back, coded Answered', [
    [0, 'p', 'is there an official report of the damage from the aug 2020 derecho in marion iowa? contractor says our roof damage is "pre-existing"'],
    [23, 'l', "Good morning, Harlan here from the Marion Public Library. Let's see what we can find."],
    [29, 'l', 'Do you need the wind speeds for Marion specifically, or the damage survey?'],
    [66, 'p', 'wind speeds mostly'],
    [72, 'l', "The NWS Quad Cities office wrote up the derecho with measured gusts and a damage survey map: weather.gov/dvn/summary_081020. The City of Marion's post-storm reports aren't online, so I'll call the city's emergency management coordinator myself and call you back by Friday with what they have. What's the best number for you?"],
    [120, 'p', '319 555 0177'],
    [126, 'l', 'Thanks, I have 319-555-0177. Does the NWS write-up help for now?'],
    [160, 'p', 'yep ty'],
    [165, 'l', 'Talk to you by Friday — thanks for using the chat!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 follow-up by the patron's library: the e-mail only in patron.email, no time; done 40 h after the end
  s(ODILE, '15 past flood claims on a Baton Rouge house (follow-up by patron\'s library): lrec.gov and msc.fema.gov, "someone from the library will contact you", e-mail only in patron.email, done at 40 h', [
    [0, 'p', 'how can i find out if a house had flood insurance claims before? buying in baton rouge'],
    [25, 'l', "Hi! I'm Odile, a librarian with the Ask Us service at East Baton Rouge Parish Library."],
    [31, 'l', 'Are you under contract already, or still looking?'],
    [70, 'p', 'under contract, closing in 3 weeks'],
    [76, 'l', "Louisiana sellers have to disclose known flood damage and flood claims on the Property Disclosure Document; the Louisiana Real Estate Commission explains it at lrec.gov. FEMA's Flood Map Service Center (msc.fema.gov) shows the flood zone too."],
    [82, 'l', 'Is that the kind of info you were looking for?'],
    [120, 'p', 'kind of but i want the actual claims history'],
    [127, 'l', "That's harder to get as a buyer. I'll send your question to our business and real estate librarians, and someone from the library will contact you about it."],
    [160, 'p', 'ok thanks'],
    [165, 'l', 'Thanks for writing in, goodbye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_LIB, patron: { name: null, email: 'r.broussard@example.org', phone: null }, followUps: [{ doneAt: at(170 + 40 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 16 follow-up by me with no contact anywhere
  s(FIONA, '16 the 1995 Chicago heat wave for a sociology paper (follow-up by me): cdo-web and Klinenberg\'s Heat Wave, "send it to you later", no address asked or known', [
    [0, 'p', 'doing a paper on the 1995 chicago heat wave, where do i get the actual temperature data and death counts'],
    [24, 'l', "Hi! Fiona here, a librarian with Chicago Public Library's chat service."],
    [30, 'l', 'What level is the paper — high school or college? That changes which sources fit.'],
    [62, 'p', 'college, urban sociology'],
    [68, 'l', "For the temperatures, NCEI's Climate Data Online has daily highs and lows for Midway and O'Hare: ncei.noaa.gov/cdo-web. For the deaths and the social side, Eric Klinenberg's book Heat Wave: A Social Autopsy of Disaster in Chicago is the standard work, and we own it. I'll put together a list of journal articles from our databases and send it to you later."],
    [74, 'l', 'Is this the kind of thing you need?'],
    [110, 'p', 'yes perfect thats all i need thx'],
    [115, 'l', 'Good luck with the paper — bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 17 follow-up by me: e-mail typed by the patron, not read back, "within 72 hours", unrecorded at day 4; the FSA office by phone
  s(WALT, '17 drought proof for a crop insurance claim in Kearney County NE (follow-up by me): Drought Monitor, FSA office by phone, e-mail typed not read back, "within 72 hours", unrecorded at day 4', [
    [0, 'p', 'hi im a farmer in kearney county nebraska and need proof of drought in july 2023 for my crop insurance claim, where do i get that'],
    [20, 'l', "Hello! This is Walt, a librarian with the Nebraska Library Commission's Ask a Librarian service."],
    [26, 'l', 'Is your adjuster asking for something specific, like a Drought Monitor map or rainfall totals?'],
    [66, 'p', 'both probly'],
    [72, 'l', "The U.S. Drought Monitor has weekly maps and county statistics back to 2000: droughtmonitor.unl.edu (Data > Comprehensive Statistics, then Kearney County). For rainfall, the Nebraska State Climate Office's data page is stateclimate.unl.edu. Also call your county FSA office at 308-555-0121; they track drought designations for the disaster programs. I'd like to find the USDA drought designation for 2023 too — leave me an e-mail and I'll send it within 72 hours."],
    [120, 'p', 'sure, d.lindqvist@example.com'],
    [126, 'l', 'Thank you! Did the drought links help?'],
    [160, 'p', 'ya thats what i needed, thats all'],
    [166, 'l', 'Great — thanks for chatting, and good luck with harvest!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 18 a transfer with a notice and a note that says why
  s(JASPER, '18 is a Charleston house in a changed flood zone: transfer notice + internal note why, Imani answers 70 s after the notice, msc.fema.gov', [
    [0, 'p', 'need to know if my house in charleston is in the new flood zone, the maps changed in 2021 right?'],
    [19, 'l', 'Hello! Jasper here, a librarian with Charleston County Public Library.'],
    [25, 'l', 'Do you have the exact address, and is this for insurance or for a building permit?'],
    [60, 'p', 'insurance, 88 rutledge ave'],
    [66, 'l', "Let me pass you to my colleague Imani, our government documents librarian — she works with flood maps all the time. Transferring you now."],
    [69, 'i', 'Imani, patron needs to know whether 88 Rutledge Ave is in a changed flood zone after the 2021 FIRM update, for insurance. You know the FEMA maps, can you take it?'],
    xfer(72, 'Imani', 'imani-g'),
    [136, 'l', "Hi, I'm Imani. The 2021 maps are the effective ones now. Type the address into FEMA's Flood Map Service Center (msc.fema.gov) to see the current zone, and use \"Historic Products\" there to compare with the older map. Does that answer your question?", as(IMANI)],
    [180, 'p', 'yes perfect thanks thats everything'],
    [185, 'l', 'Take care — thanks for chatting!', as(IMANI)],
  ], usual({ transfer: 'pass' })),

  // 19 a silent transfer
  s(WENDELL, '19 archived tornado warnings in Montgomery County OH for an insurer: internal note only, silent transfer, Lucinda 100 s after the patron, mesonet.agron.iastate.edu', [
    [0, 'p', 'where can i find tornado warnings issued for my county in 2019? insurance wants proof a warning was in effect'],
    [17, 'l', 'Hi there, Wendell at Dayton Metro Library.'],
    [23, 'l', 'Which county, and what date?'],
    [50, 'p', 'montgomery county ohio may 27 2019'],
    [55, 'i', 'Lucinda, pt needs archived NWS tornado warnings for Montgomery Co OH, 5/27/2019, for insurance. You wrote the storm data guide, can you take it?'],
    xfer(58, 'Lucinda', 'lucinda-g'),
    [150, 'l', 'Hello, Lucinda here, also at Dayton Metro Library. The Iowa Environmental Mesonet archives every warning the NWS has issued, with times and polygons: mesonet.agron.iastate.edu/vtec (choose the Wilmington OH office, Tornado Warning, 2019). Did that help?', as(LUCINDA)],
    [195, 'p', 'yes thank you that was all'],
    [200, 'l', 'Thanks for writing in, goodbye!', as(LUCINDA)],
  ], usual({ transfer: 'fail' })),

  // 20 an announced transfer with no internal note, answered 124 s after the notice; the patron has the last word
  s(SILAS, '20 hail sizes in Lakewood from the May 2017 Denver hailstorm: "send you over to Greta … one sec", no internal note, Greta 124 s later, patron "ya thx" last', [
    [0, 'p', 'how do i get the official storm report for the hailstorm in denver may 8 2017? roofer says it was the biggest insurance claim ever in colorado lol'],
    [21, 'l', 'Hey, thanks for the question! Silas at Denver Public Library here.'],
    [27, 'l', 'Do you need the hail sizes for your neighborhood, or the overall damage total?'],
    [62, 'p', 'hail sizes near lakewood'],
    [70, 'l', "I'm going to send you over to Greta, who does our weather data questions — one sec."],
    xfer(73, 'Greta', 'greta-g'),
    [194, 'l', "Hi, Greta here. NOAA's Storm Events Database has every hail report for that day with sizes and locations: ncdc.noaa.gov/stormevents (Colorado, Jefferson County, 5/8/2017). Did that help?", as(GRETA)],
    [230, 'p', 'ya thx'],
  ], usual({ informed: 'fail', anything: 'fail', courteous: 'fail', transfer: 'fail' })),

  // 21 four at once; pickup at exactly 60 s with the name in the second message
  s(NOOR, '21 monthly rainfall and frost dates for a Seattle garden: "Hi there!" at 60 s, "I\'m Noor from King County Library System" next, climate normals, three other chats open at once (four)', [
    [0, 'p', 'whats the average rainfall by month in seattle? planning a veggie garden'],
    [60, 'l', 'Hi there!'],
    [64, 'l', "I'm Noor from King County Library System's Ask a Librarian. Are you after rain only, or frost dates too?"],
    [95, 'p', 'frost dates too pls'],
    [101, 'l', "NOAA's 1991–2020 Climate Normals for Sea-Tac give monthly precipitation and freeze dates: ncei.noaa.gov/products/land-based-station/us-climate-normals. WSU Extension's King County gardening pages (extension.wsu.edu/king) have planting calendars built on them. Does that help?"],
    [140, 'p', 'super helpful ty thats all i needed'],
    [145, 'l', 'Happy gardening, and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'noor-g', -60, 300), other('n2', 'noor-g', 5, 250), other('n3', 'noor-g', 30, 200)],
  }),

  // 22 three at most, touching ends
  s(MATEO, '22 the Marshall Fire evacuation zone for an insurance renewal in Louisville CO: bouldercounty.gov, "no more questions", chats touching at both ends (three at most)', [
    [0, 'p', 'insurance co wants to know if my address was in the marshall fire evacuation zone in 2021, louisville co. how do i prove that'],
    [16, 'l', 'Good afternoon, Mateo with Boulder Public Library here.'],
    [22, 'l', 'Are you asking about the evacuation order area, or the burn area itself?'],
    [52, 'p', 'evacuation area'],
    [58, 'l', "Boulder County's Marshall Fire pages keep the evacuation maps and the damage assessment: bouldercounty.gov/disasters/wildfires/marshall. The City of Louisville's recovery page at louisvilleco.gov has the zone map too. Does that answer it?"],
    [100, 'p', 'yes exactly what i needed, thanks, no more questions'],
    [106, 'l', 'Glad to help — goodbye!'],
  ], usual(), { endedAt: at(111) }, {
    otherIntervals: [other('m1', 'mateo-g', -200, 0), other('m2', 'mateo-g', -30, 60), other('m3', 'mateo-g', 50, 300), other('m4', 'mateo-g', 111, 500)],
  }),

  // 23 Practice
  s(TRAINEE, '23 practice chat (Storm Events canned reply): coded Practice, every check na', [
    [0, 'p', 'testing the storm events canned response'],
    [4, 'l', 'Test: ncdc.noaa.gov/stormevents'],
    [9, 'p', 'works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 Spanish; a true Lost Call: greeting, check-in, a notice with thanks (197 s)
  s(ESTEBAN, '24 lluvia de la tormenta de septiembre para el seguro (Spanish, Lost Call): saludo, "¿Sigue en línea?" a los 150, aviso con gracias a los 215 (197 s)', [
    [0, 'p', 'buenas, donde encuentro cuanta lluvia cayo en mi pueblo durante la tormenta de septiembre? es para el seguro'],
    [18, 'l', 'Hola, buenas tardes. Habla Esteban, bibliotecario de la Biblioteca Pública del Condado de Pima.'],
    [150, 'l', '¿Sigue en línea?'],
    [215, 'l', 'Parece que se desconectó; voy a cerrar este chat. Gracias por escribirnos y vuelva cuando guste.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 no provider ever joined, coded Lost Call after two patron messages
  s(NOBODY, '25 did my town get a FEMA declaration after the ice storm: no provider ever joined, "hello???", patron left, coded Lost Call after two patron messages', [
    [0, 'p', 'is anybody there?? need to know if my town got a fema declaration after the ice storm'],
    waiting(4),
    [160, 'p', 'hello???'],
    left(290),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 an internal question inside a hold (118 s); no source; the county EMA with no contact; code null
  s(CLAUDETTE, '26 individual assistance after an ice storm in Sumner County TN: "Let me look that up." at 66, internal question at 95, answer at 184 (118 s) from memory, no source, "call the county emergency management agency", code null', [
    [0, 'p', 'did my county get a federal disaster declaration after the january ice storm? we lost power 5 days, sumner county tn'],
    [22, 'l', 'Hi, this is Claudette at the Gallatin Public Library. Thanks for reaching out.'],
    [28, 'l', 'Are you hoping to apply for individual assistance, or just checking for your records?'],
    [60, 'p', 'individual assistance if i can'],
    [66, 'l', 'Let me look that up.'],
    [95, 'i', 'anyone know if Sumner got IA in the Jan ice storm declaration or only PA?'],
    [184, 'l', "From what I can find, the declaration for that storm covers public assistance only in your county — money for the county's cleanup, not for households. Your best bet is to call the county emergency management agency and ask whether they've requested individual assistance be added. Did that help?"],
    [220, 'p', 'yeah kinda. thank you'],
    [226, 'l', 'Thanks for chatting — take care!'],
  ], usual({ source: 'fail', anything: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: null }),

  // 27 no codes in the source; the State Climate Office by URL
  s(ABE, '27 storm total of the 1949 blizzard in Lincoln for family history (no codes in the source): "Hello from Lincoln City Libraries!", weather.gov/oax, "contact the Nebraska State Climate Office … through stateclimate.unl.edu"', [
    [0, 'p', 'trying to find how much snow fell in lincoln ne during the blizzard of 1949 for a family history thing'],
    [19, 'l', "Hello from Lincoln City Libraries! I'm Abe, one of the reference librarians."],
    [25, 'l', 'Do you need daily amounts, or just the storm total?'],
    [58, 'p', 'storm total is fine, my grandpa always talked about it'],
    [64, 'l', 'The NWS Omaha/Valley office has a write-up of the January 1949 blizzard with totals for Lincoln: weather.gov/oax. For the daily record from the 1940s, contact the Nebraska State Climate Office — they answer questions through stateclimate.unl.edu and can pull the old station sheets. Is this what you were hoping for?'],
    [100, 'p', 'yes wonderful! thats everything'],
    [105, 'l', 'Enjoy the family history digging — bye!'],
  ], usual({ code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 28 partly Spanish; "take your time" (no hold) then 240 s waiting on the patron
  s(NAYELI, '28 preparar la casa para huracanes en Corpus Christi (partly Spanish): "¡Hola! Hi, this is Nayeli", "no hurry, take your time" then 240 s for the patron, cctexas.com, "es todo"', [
    [0, 'p', 'hi, necesito info para preparar mi casa para huracanes, we just moved to corpus christi'],
    [20, 'l', '¡Hola! Hi, this is Nayeli with Corpus Christi Public Libraries. Puedo ayudarle en inglés o en español.'],
    [26, 'l', '¿Renta o es dueño de la casa? Answer in whichever language you like — no hurry, take your time.'],
    [266, 'p', 'perdon, el bebe. somos dueños'],
    [272, 'l', 'Perfecto. The city hurricane guide is at cctexas.com/hurricane, y la lista de preparación en español está en ready.gov/es/huracanes. ¿Le sirve?'],
    [310, 'p', 'si muchas gracias, es todo'],
    [315, 'l', '¡Con gusto! Gracias por escribirnos y que estén bien.'],
  ], usual()),

  // 29 Lost Call after a whole exchange; the patron left, a goodbye 5 s later
  s(INGRID, '29 the high in Las Vegas on July 7 2024 for a workers\' comp claim: weather.gov/vef, patron left at 70, "Looks like you left — … feel free to come back!" at 75, coded Lost Call', [
    [0, 'p', 'what was the high temp in vegas on july 7 2024, need it for a heatstroke workers comp claim'],
    [21, 'l', 'Hi, Ingrid with Las Vegas-Clark County Library District.'],
    [27, 'l', 'Do you need the airport reading, or a station closer to your job site?'],
    [55, 'p', 'airport is fine'],
    [61, 'l', 'Harry Reid Airport hit 120°F that day, the all-time record for Las Vegas. The NWS Las Vegas office has the daily climate report: weather.gov/vef (Climate > NOWData). Does that help?'],
    left(70),
    [75, 'l', 'Looks like you left — good luck with the claim, and feel free to come back!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 30 a hold, a partial result that says the search goes on (102 s), the answer 105 s later; code ""
  s(OTIS, '30 snow and visibility on I-80 near Laramie on Feb 9 1998 for an accident case: "One moment …", "Found … still searching … bear with me" 102 s later, the answer 105 s after, code ""', [
    [0, 'p', 'my lawyer needs the weather conditions the morning of feb 9 1998 on I-80 near laramie wyoming, accident case'],
    [23, 'l', 'Good morning! Otis here, reference librarian at Albany County Public Library.'],
    [29, 'l', 'Is the lawyer after visibility and whether it was snowing, or temperatures too?'],
    [62, 'p', 'visibility and if it was snowing'],
    [68, 'l', 'One moment while I go through the older records.'],
    [170, 'l', "Found the Laramie airport's daily summary for that date — still searching for hourly visibility, bear with me."],
    [275, 'l', "Here's what I have: NCEI's daily summaries for Laramie Regional Airport (ncei.noaa.gov/cdo-web) show light snow that morning, and the hourly observations with visibility are in the Local Climatological Data on the same site. Does that answer your question?"],
    [320, 'p', 'yes thats great, thats all we need'],
    [326, 'l', 'Thanks for your patience — goodbye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundClimate.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: weather history, climate and disaster records, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundClimate.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundClimate.filter((c) => c.name in LEFT_WHY));
});
