/**
 * Sixty-fourth round, theme CENSUS, POPULATION AND DEMOGRAPHIC DATA, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: ACS estimates for grant applications (a food pantry's poverty rate in
 * Summit County, households without internet in Laramie, a fire district in a New York hamlet, children under 5 by ZIP for a
 * Tacoma daycare), old census records for genealogy (1950 Detroit, 1940 Brooklyn, 1930 Boyle Heights in Spanish, Iowa after
 * the 1890 fire, the 1855 Kansas territorial census, a Polish great-grandmother in Cleveland), ZIP code and neighborhood
 * statistics (ZCTA 30318, 60614, Hampden in Baltimore, renters on a St. Paul block group, Columbus council districts), state
 * data centers (Pennsylvania projections, Idaho migration, Montana's CEIC), historical tract data for a thesis, school
 * district poverty (SAIPE), language spoken at home, apportionment, Latino population in Spanish, and census jobs (Fresno
 * pay, a Houston field job in Spanish, the field-job assessment). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundCensus-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Morning! This is Margo, reference librarian at …" (01); a 61 s pickup (02: fail); "¡Hola! Bienvenida al chat.
 *   Soy Graciela, bibliotecaria de …" (03); a bare "Hello!" + a question under the screen name "censushelp" (04: fail);
 *   "Good afternoon, Theresa with Ask Us Now! here." (05); "Hello, Ask a Librarian at … — Ruth speaking." (07); "Hey there —
 *   Ask a Librarian, Chicago Public Library, Lorenzo speaking." (12); a greeting that is also a transfer notice (20);
 *   `pickedUpAt` at exactly 60 s with the first visible line at 75 (21: pass); "Buenos días, gracias por comunicarse con
 *   Pregúntele al Bibliotecario. Le atiende Esteban, …" (24); no provider ever joined (25); lower-case "hi, this is Dana from
 *   the Ask a Librarian service" (27);
 *  inquiry: county and year, street address, field or office job, age breakdowns, tract or profile, age groups, city or
 *   county (asked after the source: 07 fail), data files or printed reports, which ZIPs, which county, household or family
 *   income, language, renters, which hamlet, which district, "Take your time." inside a question (28);
 *  waits: a hold answered exactly 120 s later (05: pass); "Hang on while I look." with an internal line inside, answered 121 s
 *   later (06: fail); a transfer notice answered by the receiver 64 s later (18: pass); a silent transfer, the receiver 95 s
 *   after the patron (19: pass); a greeting+transfer notice answered 135 s later (20: fail); three patron lines in a row, the
 *   provider 125 s after the first of them (28: fail);
 *  endings: final idle exactly 120 s ending on "Are you still with me?" (12); 119 s to a goodbye with `endedAt` far later (13:
 *   na); 180 s exactly, a check-in and a notice with no thanks (14); 240 s to a plain goodbye after a check-in (15: notice
 *   fails); "you've hit the limit of questions for one chat. Bye." (16); other patrons waiting, come back later (17); a Spanish
 *   Lost Call with "¿Sigue en línea?" and a notice that invites back (24: 185 s); the patron silent after a read-back, the
 *   window closed, nothing from the provider (09: 204 s, both fail); the patron with the last word ("🙂", "wow ok", "ok",
 *   "yep ok thx");
 *  sources: data.census.gov tables (S1701, DP05, S2801, B01001, S1901, C16001, B25003, P1), census.gov pages (fieldjobs,
 *   popest, SAIPE, migration flows, apportionment), 1950census.archives.gov, 1940census.archives.gov, stevemorse.org,
 *   familysearch.org, nhgis.org, kansasmemory.org, bniajfi.org, pasdc.hbg.psu.edu, ceic.mt.gov, geocoding.geo.census.gov,
 *   library database pages; none at all (30: an answer from knowledge);
 *  referrals: the PA State Data Center by phone (06), the Idaho data center staff by phone (26), "Your town clerk … so ask
 *   them" (17: no contact), the city's planning department "give them a call" beside a library division with phone and URL
 *   (29: fail); the home library's genealogy staff (10) and the regional office's recruiting line (11) consulted on the
 *   patron's behalf (no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 70 h after the end (08: pass); a call-back promise
 *   with the phone read back and no when, coded Answered (09); FU_LIB with the phone only in `patron.phone`, "within 72
 *   hours", unrecorded at day 4 (10); FU_ME with no contact anywhere, "tomorrow" (11);
 *  codes: Practice (23); a true Lost Call (24); null with no provider (25); "" (26); Lost Call after three patron messages and
 *   a full answer (27);
 *  transfers: notice + internal note that says why (18: pass); internal note only (19: fail); notice only (20: fail);
 *  concurrency: three others open at once over this one (21: four, fail); one ending exactly at the start, one starting
 *   exactly at `endedAt`, two overlapping (22: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "¡Hola! Bienvenida al chat", "Buenos días, gracias por comunicarse con …" greet; "Soy Graciela, bibliotecaria de …", "Le
 *   atiende Esteban, de la Biblioteca …", "Soy Paloma, bibliotecaria de …" identify; "¿Le sirve esta información?" is the
 *   completeness question; "¿Sigue en línea?" asks whether the patron is still there; "Parece que se ha desconectado, así que
 *   cerraré esta sesión. Si necesita algo más, vuelva a escribirnos." tells the patron they seem disconnected, that the session
 *   ends, and invites back (a goodbye, so the final idle ends there);
 * - "es todo lo que necesitaba", "si gracias, es todo", "no more questions", "thats all", "that was all" say explicitly that
 *   the patron is done; "yes ty", "ok", "yes thanks", "ok will do thanks" do not;
 * - "Ruth speaking", "Lorenzo speaking", "Theresa with Ask Us Now!" identify who is answering;
 * - "Un momento — I'll transfer you to a Spanish-speaking librarian." announces a transfer: a hold message (20), so the wait
 *   after it runs until the receiver's first line;
 * - "Got it, 253-555-0178. Is the table enough to start with?" neither thanks nor says goodbye (09: courteous fails);
 *   "Thanks, Felix signing off — talk soon." thanks (08);
 * - "Your home library's genealogy staff can look into … I'll send them your question and they'll reach out" (10) and "I'll ask
 *   the regional office's recruiting line … and get back to you" (11) are parties consulted on the patron's behalf: no
 *   referral; "so ask them" (the town clerk, 17) and "give them a call" (the planning department, 29) tell the patron to
 *   contact an office: referrals with no way to reach it;
 * - an answer with no source still opens the completeness window ("in or after the first message that gives a source or
 *   answer", 30: pass while info.source fails);
 * - "Does NHGIS look like it will work?" and "Is the table enough to start with?" ask whether information already given meets
 *   the need;
 * - `pickedUpAt` exactly 60 s is within `pickupSeconds` (21); a final idle of exactly 120 s reaches `idleCheckSeconds` (12)
 *   and exactly 180 s reaches `disconnectSeconds` (14); 119 s to a goodbye does not (13);
 * - a `followUps` entry 70 h after `endedAt` is within 72 h (08).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both on referral.contact: 10, 29). Label corrections: 0 (each of the two
 * reread against RUBRIC's Referral term and referral.contact: the labels stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 10: "Your home library's genealogy staff can look into the Story County holdings too: I'll send
 *    them your question and they'll reach out within 72 hours." read as a referral with no contact (fail; RUBRIC na: staff
 *    the provider consults on the patron's behalf, nobody the patron is told to contact);
 *  - referral.contact, case 29: "the city's planning department … — give them a call. Our Local History & Genealogy division
 *    can also help; reach them at 614-555-0145 or columbuslibrary.org/local-history." read as a referral with a contact (pass;
 *    RUBRIC fail: every party must come with a way to reach it, and the planning department comes with none).
 * Every timing check (pickup at 61 s and by `pickedUpAt` at exactly 60 s, no provider; keep_informed at exactly 120 s after a
 * hold, 121 s across an internal line, 64 s and 135 s after transfer notices, 95 s across a silent transfer, 125 s after the
 * first of three patron lines; final idles of 119 s to a goodbye, 120, 180, 185, 204 and 240 s; concurrency at four and at
 * touching ends; on_time done at 70 h, unrecorded past the deadline, pending twice) and every code (Practice, a true Lost Call,
 * null with no provider, "", Lost Call after three patron lines, a promise under Answered, follow-up codes with and without a
 * contact) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (a patron e-mail typed and read back, a patron phone typed and read back, a phone only in `patron.phone`, library phones).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (28 running as labelled, 2 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 as it landed (labelled blind on block X's first cut; the later readings written partly from this file): case 10's "I'll
 *   send them your question and they'll reach out within 72 hours" is no referral (X28); it runs; 29 running, 1 LEFT (29).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARGO: Prov = { id: 'margo-c', name: 'Margo', library: 'ASCPL' };
const NADIA: Prov = { id: 'nadia-c', name: 'Nadia', library: 'DPL-MI' };
const GRACIELA: Prov = { id: 'graciela-c', name: 'Graciela', library: 'HPL-TX' };
const CENSUSHELP: Prov = { id: 'censushelp-c', name: 'censushelp', library: 'APL-GA' };
const THERESA: Prov = { id: 'theresa-c', name: 'Theresa', library: 'AUN' };
const OMAR: Prov = { id: 'omar-c', name: 'Omar', library: 'FLP' };
const RUTH: Prov = { id: 'ruth-c', name: 'Ruth', library: 'ACPL-WY' };
const FELIX: Prov = { id: 'felix-c', name: 'Felix', library: 'MPL-WI' };
const DEVIN: Prov = { id: 'devin-c', name: 'Devin', library: 'TPL-WA' };
const CARMEN: Prov = { id: 'carmen-c', name: 'Carmen', library: 'SLI' };
const KOFI: Prov = { id: 'kofi-c', name: 'Kofi', library: 'FCPL-CA' };
const LORENZO: Prov = { id: 'lorenzo-c', name: 'Lorenzo', library: 'CPL-IL' };
const BETHANY: Prov = { id: 'bethany-c', name: 'Bethany', library: 'BZPL' };
const PRISCILLA: Prov = { id: 'priscilla-c', name: 'Priscilla', library: 'ABCL' };
const MINH: Prov = { id: 'minh-c', name: 'Minh', library: 'OCPL' };
const GAIL: Prov = { id: 'gail-c', name: 'Gail', library: 'BKPL' };
const HOLLIS: Prov = { id: 'hollis-c', name: 'Hollis', library: 'RPL-NY' };
const ANIKA: Prov = { id: 'anika-c', name: 'Anika', library: 'JOCO' };
const WES: Prov = { id: 'wes-c', name: 'Wes', library: 'JOCO' };
const JEROME: Prov = { id: 'jerome-c', name: 'Jerome', library: 'KCPL' };
const TASHA: Prov = { id: 'tasha-c', name: 'Tasha', library: 'KCPL' };
const CRAIG: Prov = { id: 'craig-c', name: 'Craig', library: 'LACL' };
const PALOMA: Prov = { id: 'paloma-c', name: 'Paloma', library: 'LACL' };
const JOEL: Prov = { id: 'joel-c', name: 'Joel', library: 'LVCCLD' };
const HANA: Prov = { id: 'hana-c', name: 'Hana', library: 'SPPL' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 7', library: 'TRN' };
const ESTEBAN: Prov = { id: 'esteban-c', name: 'Esteban', library: 'BCL-FL' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'VRQ' };
const ROWAN: Prov = { id: 'rowan-c', name: 'Rowan', library: 'ICFL' };
const DANA: Prov = { id: 'dana-c', name: 'Dana', library: 'AAL-TX' };
const ILSE: Prov = { id: 'ilse-c', name: 'Ilse', library: 'CCPL' };
const WENDELL: Prov = { id: 'wendell-c', name: 'Wendell', library: 'CML' };
const ABBY: Prov = { id: 'abby-c', name: 'Abby', library: 'BPL-ID' };

const s = session;

export const sixtyFourthRoundCensus: SessionCase[] = [
  // 01 the plain good session
  s(MARGO, '01 poverty rate for a food pantry grant in Summit County: "Morning! This is Margo", S1701 on data.census.gov, "thats all i needed"', [
    [0, 'p', "hi i'm writing a grant for our food pantry and need the poverty rate for our county, where do i get that"],
    [18, 'l', 'Morning! This is Margo, reference librarian at Akron-Summit County Public Library.'],
    [24, 'l', 'Which county, and does the grant ask for a particular year or the 5-year ACS numbers?'],
    [60, 'p', 'summit county, they said most recent 5 yr'],
    [68, 'l', 'The 2018-2022 ACS 5-year table S1701 (Poverty Status in the Past 12 Months) has it: go to data.census.gov and search "S1701 Summit County Ohio". The overall rate is in the first row, with its margin of error beside it.'],
    [73, 'l', 'Does that get you what you need?'],
    [110, 'p', 'yes!! perfect thats all i needed'],
    [116, 'l', 'Wonderful — good luck with the grant, and thanks for chatting!'],
  ], usual()),

  // 02 pickup at 61 s
  s(NADIA, '02 grandpa on the 1950 census in Detroit: 61 s pickup, 1950census.archives.gov and stevemorse.org, "Anything else I can help you find?"', [
    [0, 'p', 'how do i find my grandpa on the 1950 census? he lived in detroit'],
    [61, 'l', "Hi there, you've reached Ask a Librarian at Detroit Public Library — I'm Nadia."],
    [66, 'l', 'Do you know his street address in 1950, or at least the neighborhood?'],
    [110, 'p', 'i think it was on grand river ave near 14th?'],
    [117, 'l', "The National Archives put the whole 1950 census online at 1950census.archives.gov. You can search by name and state, but the name index is rough, so also browse by enumeration district: Steve Morse's converter at stevemorse.org turns a 1950 street address into its district."],
    [122, 'l', 'Is that what you were looking for?'],
    [170, 'p', 'ya thank u'],
    [175, 'l', 'Anything else I can help you find?'],
    [200, 'p', 'nope thats it'],
    [205, 'l', 'Happy hunting, bye!'],
  ], usual({ pickup: 'fail' })),

  // 03 Spanish
  s(GRACIELA, '03 trabajar para el censo en Pasadena, TX (Spanish): "Soy Graciela, bibliotecaria", census.gov/fieldjobs, "es todo lo que necesitaba"', [
    [0, 'p', 'hola quiero trabajar con el censo, como aplico?'],
    [20, 'l', '¡Hola! Bienvenida al chat. Soy Graciela, bibliotecaria de la Biblioteca Pública de Houston.'],
    [26, 'l', '¿Busca un trabajo de campo temporal (encuestador) o un puesto de oficina? ¿Y en qué ciudad vive?'],
    [70, 'p', 'de campo, en pasadena tx'],
    [77, 'l', 'La Oficina del Censo publica los puestos de encuestador para la American Community Survey y otras encuestas en census.gov/fieldjobs; ahí mismo se solicita en línea y se ve el pago por hora de su zona.'],
    [82, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si, muchas gracias, es todo lo que necesitaba'],
    [126, 'l', '¡Con mucho gusto! Suerte con la solicitud y gracias por escribirnos.'],
  ], usual()),

  // 04 greets, names no one; the patron has the last word
  s(CENSUSHELP, '04 population of ZIP 30318 for a school project: a bare "Hello!" + a question under the screen name "censushelp", ZCTA and DP05, patron "🙂" last', [
    [0, 'p', 'need population of zip 30318 for a school project'],
    [14, 'l', 'Hello!'],
    [19, 'l', 'Is it total population only, or do you need age or race breakdowns too?'],
    [45, 'p', 'just total'],
    [52, 'l', 'The Census Bureau publishes data by ZCTA (ZIP Code Tabulation Area), which is close to a ZIP code. On data.census.gov type "ZCTA5 30318" and open table DP05; total population is the first line.'],
    [57, 'l', 'did that work for you?'],
    [100, 'p', 'yep found it'],
    [104, 'l', 'Great! Anything else?'],
    [120, 'p', 'no ty'],
    [124, 'l', 'ok bye'],
    [130, 'p', '🙂'],
  ], usual({ greeting: 'fail' })),

  // 05 a hold answered exactly 120 s later
  s(THERESA, '05 median household income for Hampden, Baltimore: "Let me check … — one moment." answered exactly 120 s later, bniajfi.org Vital Signs', [
    [0, 'p', 'Looking for median household income for my neighborhood in Baltimore (Hampden). Is that available?'],
    [22, 'l', 'Good afternoon, Theresa with Ask Us Now! here.'],
    [28, 'l', 'Do you need the official census tract figures, or would a neighborhood profile work?'],
    [70, 'p', 'neighborhood profile is fine'],
    [75, 'l', 'Let me check which source has Hampden broken out — one moment.'],
    [195, 'l', 'Thanks for holding. The Baltimore Neighborhood Indicators Alliance publishes Vital Signs profiles by community statistical area, including median household income for Hampden: bniajfi.org/vital_signs. Is that what you need?'],
    [240, 'p', 'yes exactly. thats all thanks!'],
    [245, 'l', 'Glad I could help — take care, and thanks for using Ask Us Now!'],
  ], usual()),

  // 06 a hold answered 121 s later, an internal line inside it; the state data center by phone
  s(OMAR, '06 Pennsylvania county projections to 2040: "Hang on while I look." with an internal line at 120, the answer 121 s after the hold, PA State Data Center by phone', [
    [0, 'p', 'where can I get population projections for Pennsylvania counties out to 2040'],
    [17, 'l', "Hi! I'm Omar, a librarian at the Free Library of Philadelphia."],
    [23, 'l', 'Do you need them by age group or just the totals?'],
    [55, 'p', 'by age if possible'],
    [60, 'l', 'Hang on while I look.'],
    [120, 'i', 'does anyone know if PASDC still posts the 2040 county projections by age?'],
    [181, 'l', 'Found it: the Pennsylvania State Data Center at Penn State Harrisburg publishes county projections by age and sex at pasdc.hbg.psu.edu. If you need a custom cut, you can call them at 717-555-0122.'],
    [186, 'l', 'Does that help?'],
    [230, 'p', "yes thank you, that's everything"],
    [236, 'l', 'Thanks for chatting, bye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 07 the source before the question
  s(RUTH, '07 households without internet in Laramie for a grant: S2801 given first, then "Is it for the city itself or the whole county?", "no more questions"', [
    [0, 'p', 'grant app asks for % of households w/o internet in our town, Laramie WY. where do i find'],
    [15, 'l', 'Hello, Ask a Librarian at Albany County Public Library — Ruth speaking.'],
    [21, 'l', 'ACS table S2801 (Types of Computers and Internet Subscriptions) at data.census.gov has it: search "S2801 Laramie city Wyoming" and look for "No Internet access".'],
    [26, 'l', 'Is it for the city itself or the whole county?'],
    [60, 'p', 'city'],
    [66, 'l', 'Then the Laramie city version of the table is the right one. Did that help?'],
    [100, 'p', 'yes no more questions, thank you!'],
    [105, 'l', "You're welcome, goodbye!"],
  ], usual({ clarify: 'fail' })),

  // 08 follow-up by me: e-mail read back, "by Wednesday", done 70 h after the end
  s(FELIX, '08 1970 census tract data for Milwaukee for a thesis (follow-up by me): nhgis.org, e-mail typed and read back, "by Wednesday", done at 70 h', [
    [0, 'p', "I need 1970 census tract data for Milwaukee for my thesis. The Census website doesn't seem to go back that far?"],
    [20, 'l', "Hello and thanks for contacting Ask a Librarian! I'm Felix at Milwaukee Public Library."],
    [26, 'l', 'Do you need the numbers as data files, or would scanned printed reports do? And which topics: population, housing, income?'],
    [70, 'p', 'data files would be great, mostly population and housing. but anything'],
    [78, 'l', "NHGIS at nhgis.org has the 1970 tract tables as free downloads once you register. Our Government Documents collection also holds the printed 1970 tract report for the Milwaukee area; I'll check which volume it is and e-mail you the call number by Wednesday. What e-mail should I send it to?"],
    [120, 'p', 'jlarsen.uwm@example.edu'],
    [126, 'l', 'Got it: jlarsen.uwm@example.edu. Does NHGIS look like it will work?'],
    [170, 'p', 'yes, that was all, thank you!'],
    [176, 'l', 'Thanks, Felix signing off — talk soon.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(181 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 09 a call-back promise, phone read back, no when, coded Answered; the patron then gone for good
  s(DEVIN, '09 children under 5 by ZIP for a Tacoma daycare: B01001 and SimplyAnalytics, "call you back" with no when, phone read back, window closed, 204 s of silence, coded Answered', [
    [0, 'p', 'opening a daycare, need number of kids under 5 by zip in 3 zips around Tacoma'],
    [25, 'l', 'Hi! Devin here, business librarian at Tacoma Public Library.'],
    [31, 'l', 'Which three ZIP codes?'],
    [60, 'p', '98405 98406 98407'],
    [67, 'l', "ACS table B01001 (Sex by Age) at data.census.gov, filtered to those three ZCTAs, gives \"Under 5 years\" for boys and girls separately; add the two. Our SimplyAnalytics database (tacomalibrary.org/databases) can map them too. I'd like to pull the exact totals for you and call you back. What's your number?"],
    [110, 'p', '253-555-0178'],
    [116, 'l', 'Got it, 253-555-0178. Is the table enough to start with?'],
    left(150),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { endedAt: at(320) }),

  // 10 follow-up by the patron's library: the phone only in patron.phone, "within 72 hours", unrecorded at day 4
  s(CARMEN, '10 Iowa ancestors after the 1890 census fire (follow-up by patron\'s library): state censuses on familysearch.org, home library staff "within 72 hours", phone only in patron.phone, unrecorded at day 4', [
    [0, 'p', 'my ancestors were in iowa in 1890 but the census burned?? how do i find them'],
    [20, 'l', "Hello, you're chatting with Carmen, a librarian with the State Library of Iowa's Ask a Librarian service."],
    [26, 'l', 'Do you know which county they lived in?'],
    [60, 'p', 'story county i think'],
    [67, 'l', "Most of the 1890 census was lost after a 1921 fire. Iowa took its own state censuses in 1885 and 1895, and those survive; FamilySearch indexes both for free at familysearch.org. Your home library's genealogy staff can look into the Story County holdings too: I'll send them your question and they'll reach out within 72 hours."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes ty'],
    [115, 'l', 'Bye for now, and thanks for using Ask a Librarian!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: null, phone: '515-555-0134' },
  }, { now: T0 + 4 * DAY }),

  // 11 follow-up by me with no contact anywhere
  s(KOFI, '11 what census takers earn in Fresno (follow-up by me): census.gov/fieldjobs, "I\'ll ask the regional office\'s recruiting line … get back to you tomorrow", no contact', [
    [0, 'p', 'how much do census takers get paid in fresno'],
    [18, 'l', "Hi, this is Kofi at Fresno County Public Library's chat."],
    [24, 'l', 'Are you asking about the once-a-decade census jobs or the ongoing survey jobs?'],
    [55, 'p', 'the survey ones i guess'],
    [61, 'l', "Pay for field representatives is set by area, and census.gov/fieldjobs shows the current Fresno rate whenever a posting is open. I'll ask the regional office's recruiting line what they're paying right now and get back to you tomorrow."],
    [66, 'l', 'Is that helpful so far?'],
    [100, 'p', 'ok'],
    [105, 'l', 'Thanks, have a good one!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 12 final idle exactly 120 s, ending on a check-in
  s(LORENZO, '12 median income in 60614: "Lorenzo speaking", S1901, "Are you still with me?" at 176, endedAt 176 (final idle 120 s), no goodbye', [
    [0, 'p', 'whats the median income in 60614'],
    [16, 'l', 'Hey there — Ask a Librarian, Chicago Public Library, Lorenzo speaking.'],
    [22, 'l', 'Do you want household income or family income?'],
    [50, 'p', 'household'],
    [56, 'l', 'ACS 5-year table S1901 at data.census.gov, geography "ZCTA5 60614", has median household income with its margin of error. Does that answer it?'],
    [176, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endedAt: at(176) }),

  // 13 119 s to a goodbye, endedAt long after
  s(BETHANY, '13 latest population estimate for Bozeman: census.gov popest and ceic.mt.gov, goodbye 119 s after the answer, endedAt at 400', [
    [0, 'p', "what's the latest population estimate for Bozeman"],
    [20, 'l', "Hi, Ask a Librarian here — I'm Bethany at Bozeman Public Library."],
    [26, 'l', 'Do you need the city limits or the whole of Gallatin County?'],
    [54, 'p', 'city'],
    [60, 'l', "The Census Bureau's city and town estimates are at census.gov/programs-surveys/popest (City and Town Population Totals), and the Montana Census and Economic Information Center repackages them at ceic.mt.gov. Does that do it?"],
    [179, 'l', 'Thanks for stopping by — come back anytime!'],
  ], usual({ anything: 'fail' }), { endedAt: at(400) }),

  // 14 final idle exactly 180 s: a check-in and a notice, no thanks
  s(PRISCILLA, '14 Hispanic share for every New Mexico county: DP05 download, "Hi, are you still there?" at 150, "It looks like you\'ve been disconnected, so I\'ll be ending this chat." at 235, endedAt 240 (180 s)', [
    [0, 'p', 'hey i need the hispanic population % for every county in NM for a class presentation'],
    [19, 'l', 'Hello! Priscilla, librarian at Albuquerque and Bernalillo County Library, here.'],
    [25, 'l', 'Do you need a map, or just a table you can copy into slides?'],
    [55, 'p', 'table'],
    [60, 'l', 'On data.census.gov search "DP05 New Mexico counties". The Hispanic or Latino percentages are near the bottom of DP05, and the Download button gives a spreadsheet of all 33 counties. Does that work for you?'],
    [150, 'l', 'Hi, are you still there?'],
    [235, 'l', "It looks like you've been disconnected, so I'll be ending this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 15 240 s to a plain goodbye after a check-in: no notice
  s(MINH, '15 Vietnamese speakers in Orange County for collection planning: C16001, "Still there?" at 190, "Thanks for chatting — goodbye!" at 306 (240 s), no notice', [
    [0, 'p', 'how many people speak vietnamese at home in our county? planning a library collection. orange county ca'],
    [22, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Minh at OC Public Libraries.'],
    [28, 'l', 'Do you need only Vietnamese, or all the Asian languages?'],
    [60, 'p', 'just vietnamese'],
    [66, 'l', 'ACS table C16001 (Language Spoken at Home) at data.census.gov, geography Orange County, California, has a "Vietnamese" line with the number of speakers aged 5 and over. Did that help?'],
    [190, 'l', 'Still there?'],
    [306, 'l', 'Thanks for chatting — goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 16 the limit of questions
  s(GAIL, '16 a great-aunt on the 1940 census in Brooklyn, then three more records: "you\'ve hit the limit of questions for one chat. Bye.", patron "wow ok" last', [
    [0, 'p', 'can i see the 1940 census for free? my great aunt in brooklyn'],
    [20, 'l', "Hi, I'm Gail with Brooklyn Public Library's chat reference."],
    [26, 'l', 'Do you know her address in 1940, or only her name?'],
    [60, 'p', 'just name'],
    [66, 'l', 'The 1940 census is free and name-indexed on FamilySearch (familysearch.org) and at 1940census.archives.gov. At any BPL branch you can also use Ancestry Library Edition. Is that what you needed?'],
    [110, 'p', 'yes!! also how do i find her naturalization papers and the ship she came on and her marriage record'],
    [116, 'l', "Sorry, you've hit the limit of questions for one chat. Bye."],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 17 other patrons waiting, come back later; the town clerk with no contact
  s(HOLLIS, '17 a fire district in a New York hamlet: P1 block counts, "Your town clerk … so ask them" (no contact), "several other patrons waiting … come back later tonight"', [
    [0, 'p', 'our hamlet isnt in the census tables?? need the population for a fire dept grant, upstate NY'],
    [24, 'l', 'Good evening and welcome to Ask Us 24/7! My name is Hollis, from Rochester Public Library.'],
    [30, 'l', "What's the name of the hamlet, and which town is it in?"],
    [70, 'p', 'east bloomfield area, ontario county'],
    [77, 'l', "Some hamlets are Census Designated Places with their own figures. If yours isn't, you can add up the census blocks inside the fire district using the 2020 block counts on data.census.gov (table P1). Your town clerk may already know the fire district's population, so ask them."],
    [83, 'l', 'Does that help?'],
    [120, 'p', 'kind of. and how do i do the blocks, and what about income, and age'],
    [126, 'l', 'Those take a while, and there are several other patrons waiting for me right now. Please come back later tonight or tomorrow and one of us will walk you through it. Thanks!'],
    [140, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 18 a transfer with a notice and a note that says why
  s(ANIKA, '18 the 1855 Kansas territorial census: transfer notice + internal note why, Wes answers 64 s after the notice, kansasmemory.org', [
    [0, 'p', 'looking for my family in the 1855 kansas territorial census'],
    [18, 'l', "Hello! Anika from Johnson County Library's Ask a Librarian here."],
    [24, 'l', 'Which county or township were they in, if you know?'],
    [60, 'p', 'douglas county, lawrence'],
    [66, 'l', "Let me pass you to Wes, our genealogy librarian — he knows the territorial records well. Just a moment while I transfer you."],
    [69, 'i', 'Wes, 1855 KS territorial census, Douglas Co. family, genealogy — can you take it?'],
    xfer(72, 'Wes', 'wes-c'),
    [130, 'l', "Hi, Wes here, genealogy librarian. The 1855 census is in the Kansas Historical Society's Kansas Memory collection, free at kansasmemory.org, and it's indexed on FamilySearch too. Is this what you were hoping for?", as(WES)],
    [175, 'p', 'yes thats perfect, thats all i needed'],
    [180, 'l', 'Great — enjoy the search, goodbye!', as(WES)],
  ], usual({ transfer: 'pass' })),

  // 19 a silent transfer (internal note only), the receiver 95 s after the patron
  s(JEROME, '19 child poverty for a Title I report (Hickman Mills): internal note only, silent transfer, Tasha 95 s after the patron, SAIPE', [
    [0, 'p', 'i need child poverty numbers for my school district for a title I report'],
    [20, 'l', "Hi, I'm Jerome, a librarian at Kansas City Public Library."],
    [26, 'l', 'Which district is it?'],
    [55, 'p', 'hickman mills c-1'],
    [60, 'i', 'Tasha — school district poverty q, SAIPE is your thing, can you take it?'],
    xfer(63, 'Tasha', 'tasha-c'),
    [150, 'l', "Hi, Tasha here. The Census Bureau's SAIPE program (Small Area Income and Poverty Estimates) publishes estimates for every school district, including children 5-17 in families in poverty: census.gov/programs-surveys/saipe, School District Estimates. Did that answer it?", as(TASHA)],
    [190, 'p', 'yes thank you thats everything'],
    [196, 'l', 'Thanks for chatting, bye!', as(TASHA)],
  ], usual({ transfer: 'fail' })),

  // 20 partly Spanish; a greeting that is a transfer notice, no internal note, the receiver 135 s later
  s(CRAIG, '20 el censo de 1930 del abuelo en Boyle Heights (partly Spanish): "Un momento — I\'ll transfer you", no internal note, Paloma 135 s later, familysearch.org, "si gracias, es todo"', [
    [0, 'p', 'hola, necesito encontrar a mi abuelo en el censo de 1930 en los angeles, hablan español?'],
    [20, 'l', "Hi! This is Craig with LA County Library. Un momento — I'll transfer you to a Spanish-speaking librarian."],
    xfer(25, 'Paloma', 'paloma-c'),
    [155, 'l', '¡Hola! Soy Paloma, bibliotecaria de LA County Library. ¿Sabe en qué ciudad o barrio vivía su abuelo en 1930?', as(PALOMA)],
    [200, 'p', 'en boyle heights'],
    [207, 'l', 'El censo de 1930 está gratis en FamilySearch (familysearch.org): busque por nombre y el estado de California. En cualquier biblioteca del condado también puede usar Ancestry Library Edition. ¿Le sirve esta información?', as(PALOMA)],
    [250, 'p', 'si gracias, es todo'],
    [256, 'l', '¡Con gusto! Gracias por escribirnos.', as(PALOMA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 pickedUpAt exactly 60 s; four at once
  s(JOEL, '21 is there a test to work for the census: pickedUpAt 60 s, first line at 75, census.gov/fieldjobs, three other chats open at once over this one (four)', [
    [0, 'p', "is there a test to work for the census? what's on it"],
    [75, 'l', 'Hiya, Joel at the Las Vegas-Clark County Library District here. Sorry for the wait!'],
    [81, 'l', 'Is this for a field job like interviewer, or an office job?'],
    [110, 'p', 'field interviewer'],
    [117, 'l', 'For field jobs there is no written exam anymore: you apply online and answer an assessment questionnaire about your experience. The application and the FAQ are at census.gov/fieldjobs. Does that answer your question?'],
    [150, 'p', 'oh nice ok thats all'],
    [155, 'l', 'Good luck — thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), { pickedUpAt: at(60) }, {
    otherIntervals: [other('j1', 'joel-c', -300, 100), other('j2', 'joel-c', 20, 400), other('j3', 'joel-c', 40, 200)],
  }),

  // 22 three at most, touching ends
  s(HANA, '22 renters vs owners on a St. Paul block group: Census Geocoder and B25003, touching chats (three at most)', [
    [0, 'p', 'our neighborhood assoc wants to know how many renters vs owners on our blocks. is that something census has?'],
    [18, 'l', "Good morning, you've reached Ask Us at Saint Paul Public Library — Hana here."],
    [24, 'l', 'Do you know your census tract, or should I show you how to find it?'],
    [55, 'p', 'show me pls'],
    [62, 'l', 'Type your address into the Census Geocoder at geocoding.geo.census.gov to get the tract and block group, then open table B25003 (Tenure) for that block group on data.census.gov. Is that what you were looking for?'],
    [95, 'p', 'yes thats all thank you'],
    [100, 'l', 'My pleasure, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hana-c', -100, 0), other('h2', 'hana-c', -50, 500), other('h3', 'hana-c', 30, 90), other('h4', 'hana-c', 105, 300)],
  }),

  // 23 Practice
  s(TRAINEE, '23 practice chat (census macro test): coded Practice, every check na', [
    [0, 'p', 'testing the data.census.gov macro'],
    [6, 'l', 'Hi! Test of the ACS macro: data.census.gov, search the table ID.'],
    [12, 'p', 'macro ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 Spanish; a true Lost Call: greeting, check-in, notice that invites back (185 s)
  s(ESTEBAN, '24 cuántos latinos viven en el condado (Spanish, Lost Call): saludo, "¿Sigue en línea?" a los 140, aviso que invita a volver a los 205 (185 s)', [
    [0, 'p', 'Necesito saber cuantos latinos viven en mi condado'],
    [20, 'l', 'Buenos días, gracias por comunicarse con Pregúntele al Bibliotecario. Le atiende Esteban, de la Biblioteca del Condado de Broward.'],
    [140, 'l', '¿Sigue en línea?'],
    [205, 'l', 'Parece que se ha desconectado, así que cerraré esta sesión. Si necesita algo más, vuelva a escribirnos.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 no provider ever joined, code null
  s(NOBODY, '25 census data for a ZIP, "??": no provider ever joined, patron left, code null', [
    [0, 'p', 'hello? need census data for my zip'],
    [90, 'p', '??'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 26 code ""; the Idaho data center staff by phone
  s(ROWAN, '26 Californians moving to Idaho for a news story: state-to-state migration flows, Idaho data center staff by phone, code ""', [
    [0, 'p', "Hi, I'm a reporter and need the number of people who moved to Idaho from California last year. Who tracks that?"],
    [20, 'l', "Hello — you've got Rowan, a reference librarian at the Idaho Commission for Libraries' Ask Us chat."],
    [26, 'l', 'Do you need the most recent single year, or a multi-year average?'],
    [60, 'p', 'most recent single year'],
    [67, 'l', "The Census Bureau's State-to-State Migration Flows tables, built from the ACS 1-year data, have it: census.gov/data/tables/time-series/demo/geographic-mobility/state-to-state-migration.html. For help reading them, call the Idaho State Data Center staff at 208-555-0101."],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'yes great, thanks'],
    [116, 'l', 'Anything else I can dig up for you?'],
    [140, 'p', "no, that's it"],
    [145, 'l', 'Thanks, and good luck with the story!'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: '' }),

  // 27 Lost Call after three patron messages and a full answer; the patron has the last word
  s(DANA, '27 how many House seats Texas gained after 2020: apportionment page, "That answer it?", patron "yep ok thx" last, coded Lost Call', [
    [0, 'p', 'how many seats did texas gain in congress after 2020 census'],
    [13, 'l', 'hi, this is Dana from the Ask a Librarian service'],
    [19, 'l', 'do you need just the number of seats or the apportionment population too?'],
    [40, 'p', 'just seats lol'],
    [46, 'l', 'Texas gained 2 seats, going from 36 to 38. The apportionment results are at census.gov/library/visualizations/2021/dec/2020-apportionment-map.html. That answer it?'],
    [80, 'p', 'yep ok thx'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 three patron lines in a row; the provider 125 s after the first
  s(ILSE, '28 a Polish great-grandmother on the Cleveland census: three patron lines, Ilse 125 s after the first, "… Take your time.", HeritageQuest at cuyahogalibrary.org', [
    [0, 'p', 'Hi my great grandma came from Poland around 1905'],
    [15, 'l', "Hello, welcome to Ask a Librarian! I'm Ilse at Cuyahoga County Public Library."],
    [30, 'p', 'and I want to find her on the census'],
    [40, 'p', 'she lived in cleveland. slavic village I think'],
    [95, 'p', 'her name was Jadwiga Nowak, married name Kowalski 🙏'],
    [155, 'l', 'Thanks for all that! Do you know roughly when she married — before or after 1910? Take your time.'],
    [200, 'p', 'after, like 1912'],
    [207, 'l', 'Then look for her as Jadwiga Nowak in 1910 and as Kowalski in 1920. HeritageQuest Online, free with your library card at cuyahogalibrary.org, has both censuses indexed by name. Does that help?'],
    [250, 'p', 'yes thank you so much!! thats all'],
    [256, 'l', 'Thanks for chatting, happy searching!'],
  ], usual({ informed: 'fail' })),

  // 29 no completeness question; the planning department with no contact beside a division with phone and URL
  s(WENDELL, '29 race and age for Columbus council district 4: "the city\'s planning department … give them a call" (no contact), Local History by phone and URL, no "does that help"', [
    [0, 'p', 'need demographics for council district 4 in columbus, race and age'],
    [22, 'l', 'Good afternoon! This is Wendell, a librarian at Columbus Metropolitan Library.'],
    [28, 'l', 'Is this for the new districts drawn in 2023, or the older ones?'],
    [60, 'p', 'the new ones'],
    [67, 'l', "The Census Bureau doesn't publish data by city council district, but the city's planning department builds district profiles from census blocks — give them a call. Our Local History & Genealogy division can also help; reach them at 614-555-0145 or columbuslibrary.org/local-history."],
    [120, 'p', 'ok will do thanks'],
    [125, 'l', 'Anything else today?'],
    [140, 'p', 'no thats all'],
    [145, 'l', 'Thanks for chatting, bye!'],
  ], usual({ complete: 'fail', referral: 'fail' })),

  // 30 an answer with no source
  s(ABBY, '30 household vs family in census terms for a stats class: an answer from knowledge, no source, "Did that answer your question?"', [
    [0, 'p', 'whats the difference between a household and a family in census stuff? my stats prof keeps mixing them up'],
    [14, 'l', 'Hi! This is Abby at Ask a Librarian, Boise Public Library.'],
    [20, 'l', 'Are you looking at a particular table where both show up?'],
    [50, 'p', 'no just in general'],
    [57, 'l', 'A household is everyone living in one housing unit, related or not. A family is a householder plus at least one person living there who is related to them by birth, marriage or adoption. So every family is a household, but a person living alone, or roommates, make households that are not families. Did that answer your question?'],
    [95, 'p', 'yes!! makes sense. thats everything'],
    [100, 'l', 'Great, thanks for asking, bye!'],
  ], usual({ source: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundCensus.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('29')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "the city\'s planning department builds district profiles from census blocks — give them a call. Our Local History & Genealogy division can also help; reach them at 614-555-0145 or columbuslibrary.org/local-history." (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them": the planning department, told to be called, comes with none; only the library division has a phone and URL)',
};

describe('sixty-fourth round: census, population and demographic data, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundCensus.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundCensus.filter((c) => c.name in LEFT_WHY));
});
