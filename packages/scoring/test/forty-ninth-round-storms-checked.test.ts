/**
 * Forty-ninth round, theme WEATHER, EMERGENCIES AND DISASTER PREPAREDNESS, checked: 32 whole sessions no one had written,
 * from public library "ask a librarian" chats before, during and after storms: power outages (reporting, outage maps,
 * charging phones, medical certificates against shut-off), flood insurance (NFIP for renters, FEMA flood maps and
 * FIRMettes), FEMA forms (applying, appeals, SBA disaster loans, recovery centres), cooling and warming centres, evacuation
 * zones and routes, special-needs registries, pet-friendly shelters, generator safety and rebates, weather radios, storm
 * data (tornado counts, hail reports for an insurance claim), boil-water notices, road closures, emergency alerts, water
 * storage, heat rules at work, 1972 flood photos. Patrons are often stressed or in a hurry ("PLEASE", "FAST", "omg ok"),
 * write in chat-speak or Spanish; providers are polished or curt. Every one of the 17 checks labelled in every session before
 * the first run (the labels copied aside to /tmp/stormsChecked-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: greeting + name in one line, or split over two ("Hi there, this is Ros at …" / "Hey there, you've got Imogen at
 *   …'s chat!" / "hiya, Sunny w/ Ask Texas Libraries" / "hi! Zoe @ Franklin County Public Library here 🙂"); Spanish "Le atiende
 *   Esperanza, bibliotecaria de …", "soy Lupe, bibliotecaria de …"; a greeting that is also a transfer notice (23); "Hi! What
 *   can I help you with today?" under the screen name "AskDesk3" (names no one: fail, 26); "Thanks for contacting Ask Ohio!"
 *   followed by a hold (38, LEFT); a queue line and "hello?? anyone there" with a 112 s pickup (27); `pickedUpAt` at 50 s with
 *   the first line at 90 s (28);
 *  inquiry: town, utility, county, ZIP / barrio, own vs rent, portable vs standby, date of a letter, pets, people and medical
 *   equipment, direction of travel, drywall vs furniture, "So you need the application for the voluntary buyout program, is
 *   that right?" (a restatement, 37); the question only after the first source (05: fail); a question after two holds (38);
 *   no source ever given, so the question before the answer counts (28);
 *  waits: "Gimme a sec", "one moment", "Un momentito", "sec", "one sec", "Hmm, let me look." (all under 120 s); holds exactly
 *   120 s apart ("bear with me" … "Still looking", 07: pass); "Let me check the FEMA map" then 150 s with a patron "thanks"
 *   inside (08); "ok hang tight while I dig into this" then 150 s (33); a partial result that says the search goes on ("…
 *   shows the state highway closures; still looking for the county road list") then 130 s (39); "Déjeme buscarlo, un
 *   segundo." then 140 s (48); a second patron question answered 130 s later with no hold (49); "No rush, take your time."
 *   then 300 s away (09: waiting on the patron, pass); a transfer notice in the greeting and the receiver's first line 140 s
 *   later (23); an internal note and transfer with the receiver writing 90 s after the patron (22: pass);
 *  endings: check-in at 240 and "It seems we've been disconnected, so I'll close this chat now … contact us again anytime!" at
 *   400 (06); chat-speak "u still w me?" and "Looks like ur gone, closing this out — come back anytime!" (34); a check-in and
 *   then nothing to 400 (31: notice and courteous fail); "Are you still there? If I don't hear from you in a few minutes I'll
 *   end the chat." (42: a check-in that never says the patron seems gone: notice fails); "Are you still there? If not, thanks
 *   for chatting — take care!" (47: asks, so it is no goodbye; the idle runs to the end, 204 s, notice fails, courteous
 *   passes); a goodbye 150 s after the answer with no check-in (32); a Lost Call whose notice invites back 205 s after the
 *   greeting with no check-in (15); the patron's "nope that's everything, stay dry!" last, after "Does that answer…?" and
 *   "Anything else…?" (30: courteous fails); goodbyes "Hang in there! Thanks for chatting…", "ok stay warm!! bye", "Stay safe,
 *   bye!", "Mucho ánimo. Gracias por escribirnos.", "Que esté bien. Adiós.", "Have a safe night." (45);
 *  closing: patron-side "thats all i needed", "eso es todo", "es todo", "no more questions thx", "nothing else, thanks",
 *   "that's all for now", "no thats it"; "thx", "yeah thx", "ok", "yes ok going now", "kind of, thanks" (not done); provider
 *   "anything else?", "Can I help w/ anything more?", "¿Algo más en que le pueda ayudar?";
 *  completeness: "Did that get you what you need?", "Is that the kind of answer you were looking for?", "Will that work for
 *   your project?", "¿Era esto lo que buscaba?", "¿Le sirve esto?", "that help?", "that what u needed?", "Does that cover
 *   it?", "Does the Efficiency Vermont page help for now?", "Do the SPC reports help in the meantime?", "Does GasBuddy help
 *   for tonight?" (44, LEFT); "Anything else?" alone (26: fail);
 *  dismissals: "It's really busy today with the fires, I can't do all of these. I'm ending the chat now." (24, LEFT); "sorry,
 *   too many chats going rn, I gotta jump off. bye" (35: dismissal fails, "bye" keeps courteous); allowed: "lots of patrons
 *   waiting tonight because of the storm … chat back in later, or call our reference desk at 555-0148" (25), "The library is
 *   closing at 5 today because of the storm, so I need to end our chat now. Please chat with us again tomorrow … or e-mail …"
 *   (46);
 *  sources: agency and county URLs, the library's database by path, an answer from memory with no source (28);
 *  referrals: outage line, FEMA Helpline, Disaster Legal Services via FEMA, 211, Caltrans road information, the SBA line, a
 *   utility's customer line, the library's reference desk, another library's front desk, the Louisiana DOI, each with a
 *   phone (pass); "I'd call the agent who handles your renters insurance" (02), "contact the county Office of Emergency
 *   Management" (29), "head over to the Red Cross shelter at Lincoln High School" (41), "pregunte en la oficina de su
 *   concejal" beside "Llame a la Cruz Roja al 1-800-…" (36), all with no contact (fail); Spanish "se solicita llamando a FEMA
 *   al 1-800-…" (48, LEFT) and "o llame a FEMA al 1-800-…" (23: pass); staff consulted on the patron's behalf (Local History,
 *   Fairhaven staff, Emergency Management, NOAA's NCEI, "someone from your library will contact you") as no referral; a web
 *   page that "says to turn space heaters off…" (49, LEFT);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (10); a promise to "e-mail you what I find" with no
 *   time, coded Answered (11: pending); FU_LIB, e-mail only in `patron.email`, "within two business days", not done by day 4
 *   (12); FU_ME by phone, "within 72 hours", done after 90 h (13); FU_ME with no contact anywhere (14: code fails, pending);
 *   FU_ME, mixed-case e-mail read back, "first thing Monday", done at exactly 72 h (37: pass); FU_LIB, e-mail read back, "by
 *   Wednesday", done in 50 h (40); FU_ME by phone, "by noon tomorrow", not done yet (44: pending); "someone from your library
 *   will contact you" coded Referred (50: code and contact fail, pending);
 *  codes: a true Lost Call (15); Lost Call after three patron lines (16); null (17); Practice (18); Referred with a promise (50);
 *  transfers: notice + note (21, 43: pass); note only (22: fail); notice in the greeting, no note (23: fail);
 *  concurrency: four at once (19); others touching both ends, three at most (20); the receiving librarian at four during her
 *   part (43).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "I'd call the agent who handles your renters insurance" tells the patron to contact a person outside the chat: a
 *   referral, with no contact (02); "head over to the Red Cross shelter at Lincoln High School" tells them to visit an
 *   organisation, named with no address, phone or URL (41, fail; the ready.gov page in the same line is a source about what
 *   to bring, not a way to reach the shelter);
 * - a statement of where something is or was ("FEMA's Disaster Recovery Center is in Main's Community Room …", "sandbags …
 *   were handed out at the Public Works yard", "every branch that has power has charging stations … Elm St included") answers
 *   the question and tells the patron to contact or visit no one: no referral (30, 12, 26);
 * - Spanish "la asistencia funeraria se solicita llamando a FEMA al 1-800-…" tells the patron to call FEMA (how to apply):
 *   a referral reached by phone (48), as "o llame a FEMA al …" is (23);
 * - "Does GasBuddy help for tonight?" asks whether a source already given meets the need (44), as "Does the … page help for
 *   now?" does;
 * - "Thanks for contacting Ask Ohio!" greets ("thanks for contacting…") and names the service the patron reached (38);
 * - a check-in that warns the chat will end ("If I don't hear from you in a few minutes I'll end the chat") does not tell the
 *   patron that they seem to have disconnected: disconnect_notice fails (42); "Looks like ur gone, closing this out" does
 *   both (34);
 * - "Are you still there? If not, thanks for chatting — take care!" thanks the patron (courteous passes) but asks whether
 *   they are still there, so it is no goodbye: the final idle runs to `endedAt` (47);
 * - "Have a safe night." (after the patron's "that's everything") is a farewell: a goodbye (45); "Please be safe. Thanks for
 *   reaching out." and "Mucho ánimo. Gracias por escribirnos." thank the patron;
 * - "It's really busy today with the fires, I can't do all of these. I'm ending the chat now." ends the help for the
 *   provider's convenience with no way back (24, fail); "The library is closing at 5 today because of the storm … chat with
 *   us again tomorrow from 9 am, or e-mail …" offers one (46, pass);
 * - "yes ok going now" (41) and "kind of, thanks" (40) do not say, explicitly, that the patron is done;
 * - a follow-up recorded exactly 72 h after `endedAt` is "within" `followUpHours` (37);
 * - the reprint permission "goes through our Local History staff: I'll ask them" and "I'll check with Emergency Management"
 *   are staff or offices the provider consults on the patron's behalf: no referral (10, 14).
 *
 * COUNTS. Written: 50 whole sessions in four batches (32, 8, 6, 4), all 17 statuses labelled in each before that batch was
 * first run (copied aside each time: /tmp/stormsChecked-labels.ts, then -batch2, -batch3, -batch4.ts).
 * First run as labelled / disagreeing: 45 / 5 (batch 1: 31 / 1; batch 2: 7 / 1; batch 3: 5 / 1; batch 4: 2 / 2).
 * Label corrections: 0.
 * Final: 45 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - closing.no_dismissal, case 24: "It's really busy today with the fires, I can't do all of these. I'm ending the chat now."
 *    read as no dismissal (pass; RUBRIC fail: ends the help for the provider's convenience with no way back);
 *  - approachability.greeting, case 38: "Thanks for contacting Ask Ohio!" read as naming no one (fail; RUBRIC pass: the service);
 *  - followup.completeness, case 44: "Does GasBuddy help for tonight?" not read as the question (fail; RUBRIC pass);
 *  - referral.contact, case 48: Spanish "se solicita llamando a FEMA al 1-800-621-3362" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 49: a web page that "says to turn space heaters off …" read as a referral without contact (fail;
 *    RUBRIC na: a source, no one to contact or visit).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds at exactly 120 s, patron lines inside
 * a wait, internal lines and transfers, idle and disconnect spans with and without a goodbye, concurrency at touching ends and
 * in a transferred session, on_time done / late / at exactly 72 h / pending / not done by day 4) scored as labelled. The
 * redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 50 tests passed (45 running, 5 through describeLeft).
 * ON v48 (block N, `forty-ninth-round-n-checked`): 49 running, 1 LEFT. N10 reads 24's "I can't do all of these. I'm ending the
 * chat now.", N6 38's "Thanks for contacting Ask Ohio!", N3 44's "Does GasBuddy help for tonight?" and N9 49's "or go to sleep";
 * the Spanish impersonal "se solicita llamando a FEMA al …" (48) stays LEFT.
 * ON v68 (block AH19): case 48's "la asistencia funeraria se solicita llamando a FEMA al 1-800-…" is read as a referral; it runs.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { as, P, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const ROS = P('ros-w', 'Ros', 'RPL');
const DEREK = P('derek-w', 'Derek', 'SCL');
const TAMIKA = P('tamika', 'Tamika', 'GCL');
const ESPERANZA = P('esperanza', 'Esperanza', 'SAPL');
const BRYCE = P('bryce', 'Bryce', 'CCL');
const NORBERT = P('norbert', 'Norbert', 'PVL');
const IMOGEN = P('imogen', 'imogen_hpl', 'HPL');
const LUCAS = P('lucas-w', 'Lucas', 'TCL');
const FARAH = P('farah', 'Farah', 'MPL');
const OLIVER = P('oliver-w', 'Oliver', 'ECL');
const GRACE = P('grace-w', 'Grace', 'NCL');
const WES = P('wes', 'Wes (statewide)', 'STATE');
const HOLLIS = P('hollis', 'Hollis', 'BRL');
const PEARL = P('pearl', 'Pearl', 'OCL');
const ABNER = P('abner', 'Abner', 'WPL');
const CORA = P('cora', 'Cora', 'LCL');
const ZOE = P('zoe-w', 'zoe_fcpl', 'FCPL');
const TRAINEE = P('trainee-w', 'Training Account', 'TRN');
const KWAME = P('kwame', 'Kwame', 'APL');
const SELMA = P('selma', 'Selma', 'DCL');
const BEA = P('bea', 'Bea', 'COOP');
const IVAN = P('ivan-w', 'Ivan', 'BIZ');
const LEN = P('len', 'Len', 'MVL');
const MIRA = P('mira', 'Mira', 'MVL');
const PAUL = P('paul-w', 'Paul', 'CVL');
const RINA = P('rina', 'Rina', 'CVL');
const HUGH = P('hugh', 'Hugh', 'RCL');
const TOVA = P('tova', 'Tova', 'SBL');
const DESK3 = P('desk3', 'AskDesk3', 'CDL');
const VIC = P('vic', 'Vic', 'MCL');
const ROY = P('roy', 'Roy', 'HVL');
const ADA = P('ada-w', 'Ada', 'BCL');
const JUNE = P('june', 'June', 'EBPL');
const NIKO = P('niko', 'Niko', 'SVL');
const OPAL = P('opal', 'Opal', 'LPL');

const DARIUS = P('darius', 'Darius', 'KPL');
const SUNNY = P('sunny', 'sunny_atl', 'ATL');
const FINN = P('finn', 'Finn', 'GVL');
const LUPE = P('lupe', 'Lupe', 'SJPL');
const MAXINE = P('maxine', 'Maxine', 'HCL');
const ELLIS = P('ellis', 'Ellis', 'ASKOH');
const NADIA = P('nadia', 'Nadia', 'RVL');
const CASS = P('cass', 'Cass (statewide)', 'STATE2');
const REGGIE = P('reggie', 'Reggie', 'WBCL');
const KAI = P('kai', 'Kai', 'PCL');
const BO = P('bo-w', 'Bo', 'WCPL');
const UMA = P('uma', 'Uma', 'WCPL');
const IRIS = P('iris', 'Iris', 'SPL');
const OTIS = P('otis', 'Otis', 'PLS');
const PIA = P('pia', 'Pia', 'GRCL');
const HALE = P('hale', 'Hale', 'NPL');
const NOEMI = P('noemi', 'Noemí', 'EPPL');
const GUS = P('gus', 'Gus', 'MTL');
const TEO = P('teo', 'Teo', 'RIVL');

export const stormsChecked: SessionCase[] = [
  // 01 outage: "Gimme a sec" hold, outage map URL + outage line phone, patron "thats all i needed"
  s(ROS, '01 power out since last night: town asked, "Gimme a sec", outage map URL + "call their outage line at 1-800-…", "thats all i needed"', [
    [0, 'p', "power's been out since last night, how do i report it and see when it'll be back??"],
    [22, 'l', "Hi there, this is Ros at Riverbend Public Library's Ask a Librarian."],
    [28, 'l', "Sorry you're dealing with that. Which utility do you have, or what town are you in?"],
    [70, 'p', 'Millbrook, i think its Tri-State Electric'],
    [76, 'l', 'Gimme a sec to pull up their outage page.'],
    [150, 'l', "Tri-State's outage map is at tristate-electric.example.com/outages — type in your address and it shows the estimated restore time. To report the outage, call their outage line at 1-800-555-0123."],
    [156, 'l', 'Did that get you what you need?'],
    [200, 'p', 'yes its saying 6pm tonight ugh. thats all i needed'],
    [206, 'l', 'Hang in there! Thanks for chatting with us, take care.'],
  ], usual({ referral: 'pass' })),

  // 02 NFIP for renters; "I'd call the agent who handles your renters insurance" (no contact)
  s(DEREK, '02 flood insurance for a renter: floodsmart.gov/renters, "I\'d call the agent who handles your renters insurance" (no contact)', [
    [0, 'p', 'Can renters even get flood insurance? my landlord says his doesnt cover my stuff'],
    [35, 'l', "Good afternoon! I'm Derek, a reference librarian with Shoreline County Library."],
    [41, 'l', 'Just so I find the right info: are you in a house or an apartment building, and which state?'],
    [100, 'p', 'apartment, ground floor, in NC'],
    [106, 'l', "Yes — the National Flood Insurance Program sells contents-only policies for renters. FloodSmart's renters page explains it: floodsmart.gov/renters. Policies are sold through regular insurance companies, so I'd call the agent who handles your renters insurance and ask about an NFIP contents policy. There's usually a 30-day wait before it kicks in."],
    [112, 'l', 'Is that the kind of answer you were looking for?'],
    [170, 'p', 'yeah thanks, didnt know about the 30 days'],
    [176, 'l', 'Anything else I can help you with?'],
    [200, 'p', 'no thank you'],
    [205, 'l', 'Thanks for using Ask Shoreline!'],
  ], usual({ referral: 'fail' })),

  // 03 stressed patron, FEMA application
  s(TAMIKA, '03 "PLEASE … basement flooded" FEMA application: county asked, "one moment", disasterassistance.gov + FEMA Helpline phone', [
    [0, 'p', 'PLEASE i need help the basement flooded and i dont know how to apply for FEMA money, is there a form'],
    [12, 'l', "Hi, I'm Tamika, a librarian at Gulf County Library. I'm so sorry — let's get you to the right place fast."],
    [18, 'l', 'Which county is your home in? FEMA help only opens for counties in a declared disaster.'],
    [45, 'p', 'harlan county'],
    [50, 'l', 'one moment'],
    [110, 'l', "Harlan County is on the declaration. You apply online at disasterassistance.gov (there's no paper form to print), or you can call the FEMA Helpline at 1-800-621-3362, 7 am to 11 pm, and apply by phone. Have your Social Security number, insurance info and photos of the damage ready."],
    [116, 'l', 'Does that help?'],
    [150, 'p', 'ok yes. ok. thats all i need right now thank u'],
    [156, 'l', "You're welcome. Take care of yourself, and come back anytime if you get stuck on the application."],
  ], usual({ referral: 'pass' })),

  // 04 Spanish: cooling centres
  s(ESPERANZA, '04 cooling centre (Spanish): "¿En qué barrio o código postal…?", "Un momentito", city list URL, "¿Era esto lo que buscaba?", "eso es todo"', [
    [0, 'p', 'hola, hace muchísimo calor y no tengo aire acondicionado. hay algún lugar fresco donde ir hoy?'],
    [30, 'l', '¡Hola! Le atiende Esperanza, bibliotecaria de la Biblioteca Pública de San Ángel.'],
    [36, 'l', '¿En qué barrio o código postal vive? Así le busco el centro más cercano.'],
    [90, 'p', '78207'],
    [95, 'l', 'Un momentito, por favor.'],
    [170, 'l', 'La ciudad publica la lista de centros de enfriamiento, con direcciones y horarios, en sanangel.example.gov/calor. Para el 78207 hay tres abiertos hoy hasta las 9 de la noche.'],
    [176, 'l', '¿Era esto lo que buscaba?'],
    [230, 'p', 'sí, muchas gracias. eso es todo'],
    [236, 'l', '¡Cuídese mucho y tome bastante agua! Gracias por escribirnos.'],
  ], usual()),

  // 05 evacuation zone, source before the question
  s(BRYCE, '05 "need to know my evac zone FAST": Know Your Zone URL given first, "Are you in Coastal County itself…?" after, patron "thx" only', [
    [0, 'p', 'hurricane coming need to know my evac zone FAST'],
    [15, 'l', 'Hi, Bryce at Coastal County Library here.'],
    [20, 'l', 'Know Your Zone: type your address at coastalcounty.example.gov/knowyourzone and it shows your zone letter and the evacuation route out of it.'],
    [26, 'l', 'Are you in Coastal County itself, or one of the neighbouring counties?'],
    [60, 'p', 'coastal'],
    [66, 'l', "Then that's the one. Zones A and B are under mandatory evacuation as of 2 pm; the routes north are on the same page under 'Evacuation Routes'. Does that answer it?"],
    [100, 'p', 'zone B. omg ok. thx'],
    [105, 'l', 'Please stay safe — thanks for reaching out, and good luck.'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 06 generator distance; patron gone, check-in + notice that is the goodbye
  s(NORBERT, '06 generator in a garage: CPSC + ready.gov, patron silent, "Are you still there?" at 240, "seems we\'ve been disconnected … close this chat" at 400', [
    [0, 'p', 'how far away from the house does a generator need to be? neighbor has his in the garage'],
    [28, 'l', 'Hello! Norbert here, librarian at Pine Valley Library.'],
    [34, 'l', "Is it a portable generator, or a standby one that's wired in?"],
    [80, 'p', 'portable'],
    [86, 'l', "The CPSC's portable generator page (cpsc.gov/generators) says never run one in a garage, even with the door open, and keep it at least 20 feet from the house with the exhaust pointed away from windows. ready.gov/power-outages has the same advice plus a note on CO alarms."],
    [92, 'l', 'Does that help?'],
    [240, 'l', 'Are you still there?'],
    [400, 'l', "It seems we've been disconnected, so I'll close this chat now. Stay safe, and feel free to contact us again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 07 holds exactly 120 s apart
  s(IMOGEN, '07 Oklahoma tornado counts for a school project: "bear with me" at 76, "Still looking" at 196 (120 s exactly), answer at 300', [
    [0, 'p', 'hi! for a school project i need how many tornadoes hit oklahoma each year since 2000'],
    [20, 'l', "Hey there, you've got Imogen at Heartland Public Library's chat!"],
    [26, 'l', 'Do you need a number for every single year, or is a chart okay? And when is it due?'],
    [70, 'p', 'every year, its due friday'],
    [76, 'l', "Okay, digging into NOAA's storm data now — bear with me."],
    [196, 'l', 'Still looking; the storm database is slow to load tonight.'],
    [300, 'l', "Found it! NOAA's Storm Events Database (ncdc.noaa.gov/stormevents) lets you pick Oklahoma, event type Tornado and a date range, and lists every one. The Storm Prediction Center also has yearly counts by state at spc.noaa.gov/wcm — scroll to 'Annual U.S. Killer Tornado Statistics' and the state tables below it."],
    [306, 'l', 'Will that work for your project?'],
    [350, 'p', 'yesss perfect'],
    [355, 'l', 'Anything else you need for it?'],
    [380, 'p', 'nope thats everything!'],
    [385, 'l', 'Good luck Friday! Thanks for chatting.'],
  ], usual()),

  // 08 flood map; "Let me check" then 150 s with a patron "thanks" inside
  s(LUCAS, '08 flood zone before closing: "Let me check the FEMA map", patron "thanks" at 120, answer at 230 (150 s after the hold)', [
    [0, 'p', "I'm buying a house at 14 Creek Rd, Dalton. How do I find out if it's in a flood zone?"],
    [25, 'l', 'Good morning, Lucas at Tri-County Library, happy to help.'],
    [31, 'l', 'Is this for the mortgage paperwork, or just for your own peace of mind?'],
    [75, 'p', 'the lender mentioned it, I want to check before closing'],
    [80, 'l', 'Let me check the FEMA map for that address.'],
    [120, 'p', 'thanks'],
    [230, 'l', "Sorry that took a while. FEMA's Flood Map Service Center, msc.fema.gov/portal/search, takes the address and shows the official flood map (FIRM). 14 Creek Rd looks to be in Zone AE, a high-risk area, so the lender will likely require flood insurance. The 'Dynamic Map' button lets you zoom in."],
    [236, 'l', 'Does that answer your question?'],
    [290, 'p', "ugh yes. that's all, thanks"],
    [296, 'l', "You're welcome — thanks for chatting, and good luck with the closing!"],
  ], usual({ informed: 'fail' })),

  // 09 FEMA appeal; "No rush, take your time." then 300 s away
  s(FARAH, '09 FEMA denial appeal: "No rush, take your time." then the patron away 300 s, appeals page + Disaster Legal Services by phone', [
    [0, 'p', 'FEMA denied my claim, can i appeal? the letter says something about insufficient damage'],
    [30, 'l', 'Hi! This is Farah, a librarian with Maplewood Public Library.'],
    [36, 'l', 'Sorry to hear that. Does the letter have a date on it? Appeals have a deadline.'],
    [80, 'p', 'hold on its in the other room'],
    [85, 'l', 'No rush, take your time.'],
    [385, 'p', 'ok back. its dated aug 3'],
    [390, 'l', "Thanks! You have 60 days from that date. FEMA's appeals page, fema.gov/assistance/individual/program/appeals, explains what to put in the letter and where to send it. For free legal help with the appeal, call Disaster Legal Services through the FEMA Helpline at 1-800-621-3362."],
    [396, 'l', 'Is that helpful?'],
    [450, 'p', "very. thank you so much, that's everything"],
    [455, 'l', 'Best of luck with the appeal. Thanks for contacting us!'],
  ], usual({ referral: 'pass' })),

  // 10 follow-up by me: e-mail read back, "by Friday", done in 30 h
  s(OLIVER, '10 1972 Agnes flood photos (follow-up by me): e-mail given and read back, "by Friday", done in 30 h', [
    [0, 'p', 'do you have photos from the 1972 flood (Agnes) on Front St? for our neighborhood assn newsletter'],
    [24, 'l', "Hello, I'm Oliver, a librarian at Elkton County Library."],
    [30, 'l', 'Are you looking for a few photos to reprint, or research on the flood itself?'],
    [80, 'p', 'a few photos to reprint, need permission too'],
    [86, 'l', 'Let me look in our digital collections.'],
    [160, 'l', "Our Digital Archive (elktonlibrary.example.org/digital, search 'Agnes 1972') has 14 photos of the flood, three of them on Front Street. Reprint permission goes through our Local History staff: I'll ask them and e-mail you the high-resolution files and the permission form by Friday. What e-mail should I use?"],
    [210, 'p', 'sure its nbrassoc@example.com'],
    [216, 'l', 'Thanks — nbrassoc@example.com. Expect it by Friday. Do the ones in the Digital Archive look like what you need in the meantime?'],
    [270, 'p', 'yes those are great!!'],
    [276, 'l', 'Anything else today?'],
    [300, 'p', 'no thats it'],
    [305, 'l', 'Thanks for chatting, talk to you soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 11 a promise with no time, coded Answered
  s(GRACE, '11 generator / battery rebates: "I\'ll look into the co-op ones and e-mail you", e-mail read back, no time, coded Answered', [
    [0, 'p', 'is there any rebate for buying a generator or a battery backup? we lose power every storm'],
    [32, 'l', "Hi, Grace here at the Northfield County Library's Ask Us service."],
    [38, 'l', 'What state are you in, and do you own the home?'],
    [95, 'p', 'vermont, yes own'],
    [101, 'l', 'Checking a couple of places, one minute.'],
    [180, 'l', "Efficiency Vermont lists battery storage rebates at efficiencyvermont.com/rebates; there aren't any for gas generators right now. Some electric co-ops have their own programs too, so I'll look into the co-op ones and e-mail you what I find. What's your e-mail?"],
    [230, 'p', 'jlavoie@example.com'],
    [236, 'l', "Got it, jlavoie@example.com. I'll send it along."],
    [240, 'l', 'Does the Efficiency Vermont page help for now?'],
    [280, 'p', 'yes thank you!'],
    [285, 'l', "You're welcome, bye!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by patron's library: e-mail only on the account, overdue on day 4
  s(WES, '12 sandbags at Fairhaven (follow-up by patron\'s library): "the e-mail on your library account within two business days", not done by day 4', [
    [0, 'p', 'does my library (Fairhaven) still give out sandbags? the website doesnt say'],
    [40, 'l', "Hello, this is Wes with the statewide Ask Us chat — I'm not at Fairhaven but I'll help where I can."],
    [46, 'l', 'Do you need the sandbags for a home, or for a business?'],
    [100, 'p', 'my house, creek floods every spring'],
    [106, 'l', 'Hmm, let me look.'],
    [190, 'l', "Fairhaven's news page (fairhavenlib.example.org/news) last mentioned sandbags in 2024, when they were handed out at the Public Works yard. I'll pass your question to the Fairhaven staff so they can confirm this year's plan; they'll reply to the e-mail on your library account within two business days."],
    [196, 'l', 'Does that help for now?'],
    [240, 'p', 'ok'],
    [245, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'rgolden@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 13 follow-up by me by phone, "within 72 hours", done after 90 h
  s(HOLLIS, '13 hail on June 14 for an insurance claim (follow-up by me): SPC reports URL, phone read back, "within 72 hours", done after 90 h', [
    [0, 'p', 'insurance says there was no hail in my area on june 14. how can I prove there was'],
    [26, 'l', "Hi there — Hollis at Blue Ridge Library's Ask a Librarian. Let's see what we can find."],
    [32, 'l', 'What town, and was it June 14 of this year?'],
    [80, 'p', 'Fincastle, yes this year'],
    [86, 'l', 'One sec, checking the NWS reports.'],
    [175, 'l', "The Storm Prediction Center keeps daily storm reports at spc.noaa.gov/climo/reports — choose June 14 and you'll see hail reports with times and sizes, two of them near Fincastle. Certified weather records for a claim come from NOAA's NCEI; I can find out what a certified copy costs and how long it takes and call you back within 72 hours. What's the best number?"],
    [230, 'p', '540-555-0177'],
    [236, 'l', "540-555-0177 — got it. You'll hear from me within 72 hours."],
    [242, 'l', 'Do the SPC reports help in the meantime?'],
    [290, 'p', 'yes a lot actually. thats all i needed'],
    [296, 'l', 'Great, thanks for contacting us!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 follow-up by me with no patron contact at all
  s(PEARL, '14 pet-friendly shelters (follow-up by me): "I\'ll check with Emergency Management … get back to you by Thursday", no contact anywhere', [
    [0, 'p', 'does the county have pet friendly hurricane shelters? planning ahead this year'],
    [25, 'l', 'Hi, Pearl at Orange County Library here.'],
    [30, 'l', 'What kind of pets, and how many?'],
    [60, 'p', '2 dogs'],
    [66, 'l', "The county's shelter page (orangecounty.example.gov/shelters) lists two pet-friendly shelters from last season, Jefferson Middle School and the Fairgrounds, with the crate and vaccination rules. I'll check with Emergency Management whether the list is final for this year and get back to you by Thursday."],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'yes thanks'],
    [115, 'l', 'Anything else?'],
    [140, 'p', 'no thats all'],
    [145, 'l', 'Bye, stay safe!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 15 a true Lost Call: greeting, patron gone, notice without a check-in 205 s later
  s(ABNER, '15 library open in the ice storm? (Lost Call): greeting at 45, patron leaves, "looks like you\'ve disconnected … chat with us again" at 250, no check-in', [
    [0, 'p', 'is the library open today w the ice storm'],
    [45, 'l', "Good morning, this is Abner with Westfield Public Library's chat service. How can I help?"],
    left(50),
    [250, 'l', "It looks like you've disconnected, so I'll end this session. Feel free to chat with us again any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Lost Call after three patron lines
  s(CORA, '16 free water after a boil-water notice: answered, patron "ok" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'where can i get free water after the boil water notice'],
    [20, 'l', 'Hi! Cora here, librarian at Lakeview Community Library.'],
    [26, 'l', 'Which part of town are you in?'],
    [60, 'p', 'east side'],
    [66, 'l', "The city's boil-water page, lakeview.example.gov/water, lists the free bottled water pickup sites and hours for each part of town, including the east side."],
    [100, 'p', 'ok'],
    left(102),
    [110, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 17 chat-speak provider, 2-1-1, code null
  s(ZOE, '17 warming centers tonight (chat-speak): "hi! Zoe @ Franklin County Public Library", "sec", "just dial 2-1-1", code null', [
    [0, 'p', 'r there warming centers open tonite? heat went out'],
    [18, 'l', 'hi! Zoe @ Franklin County Public Library here 🙂'],
    [22, 'l', 'what city r u in?'],
    [40, 'p', 'columbus'],
    [44, 'l', 'sec'],
    [100, 'l', "ok so the city's warming center list is at columbus.example.gov/warming — 3 open tonight til 7am. if u need a ride or the closest one, call 211 (just dial 2-1-1), they're up all night"],
    [104, 'l', 'that help?'],
    [130, 'p', 'ya thank u'],
    [133, 'l', 'anything else?'],
    [150, 'p', 'nah'],
    [153, 'l', 'ok stay warm!! bye'],
  ], usual({ referral: 'pass', code: 'fail' }), { resolutionCode: null }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (storm script test): coded Practice, every check na', [
    [0, 'p', 'TEST where do i find sandbags'],
    [10, 'l', 'Hi, this is a practice session for Ask Us storm training.'],
    [20, 'l', 'See ready.gov/floods. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 four at once
  s(KWAME, '19 county emergency text alerts: three other chats open, four at once from 30 s', [
    [0, 'p', "how do i sign up for the county's emergency text alerts"],
    [20, 'l', "Hello, Kwame at Ashford Public Library's Ask a Librarian."],
    [26, 'l', 'Would you like texts, e-mails, or both?'],
    [50, 'p', 'texts'],
    [55, 'l', "Sign up at ashfordcounty.example.gov/alerts: enter your cell number and tick 'Severe Weather'."],
    [60, 'l', 'Did that do it?'],
    [95, 'p', "yep done, thanks! that's all"],
    [100, 'l', 'Great, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('kw1', 'kwame', -300, 400), other('kw2', 'kwame', -100, 500), other('kw3', 'kwame', 30, 300)],
  }),

  // 20 three at most, others touching both ends
  s(SELMA, '20 I-80 chain controls: QuickMap + Caltrans road info phone; others end at the start and start at the end, three at most', [
    [0, 'p', 'is I-80 closed? trying to drive to reno tonight'],
    [25, 'l', 'Hi, Selma here with Douglas County Library.'],
    [30, 'l', 'Which direction are you coming from — the Sacramento side?'],
    [60, 'p', 'yes from sac'],
    [65, 'l', 'Caltrans QuickMap (quickmap.dot.ca.gov) shows chain controls on I-80 from Kingvale to Truckee right now. For updates by phone, call Caltrans road information at 1-800-427-7623.'],
    [70, 'l', 'Does that give you what you need?'],
    [110, 'p', 'ok ill wait til morning. no more questions thx'],
    [115, 'l', 'Smart call. Drive safe and thanks for chatting!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('se1', 'selma', -500, 0), other('se2', 'selma', -200, 200), other('se3', 'selma', 50, 600), other('se4', 'selma', 120, 700)],
  }),

  // 21 transfer done by the book
  s(BEA, '21 SBA disaster loan for a flooded bakery: notice + internal note, transfer to Ivan, SBA line by phone', [
    [0, 'p', 'I need the FEMA form for the Small Business Administration disaster loan for my shop'],
    [30, 'l', "Hi, I'm Bea with the AskUs cooperative chat."],
    [36, 'l', 'Is it a business loan, or a loan for your home and belongings?'],
    [80, 'p', 'business, my bakery flooded'],
    [86, 'l', "Our business librarian knows the SBA disaster loans best, so I'm transferring you to Ivan now. One moment please."],
    [89, 'i', 'Ivan - bakery owner, SBA disaster loan (business physical damage), flooded. Over to you, thanks!'],
    xfer(92, 'Ivan', 'ivan-w'),
    [140, 'l', "Hi, Ivan from the Business Center here. You apply for the SBA loan online at lending.sba.gov, or with the paper Form 5 from sba.gov/disaster. If you'd rather apply with help, call the SBA's disaster customer service line at 1-800-659-2955.", as(IVAN)],
    [146, 'l', 'Does that answer your question?', as(IVAN)],
    [200, 'p', 'yes that helps a lot. nothing else, thanks'],
    [206, 'l', 'Good luck with the reopening — thanks for using AskUs!', as(IVAN)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 22 silent transfer: internal note only
  s(LEN, '22 medical certificate against a heat shut-off: internal note only, transfer, Mira answers 90 s after the patron', [
    [0, 'p', "my power company wants proof of a medical need so they don't cut me off in the heat. is there a form"],
    [35, 'l', 'Hello! Len here at Midvale Library.'],
    [41, 'l', "Which power company is it, and who's the medical need for?"],
    [90, 'p', 'Consolidated, its for my oxygen machine'],
    [96, 'i', 'Mira can you take this? utility medical certificate, you did these last summer'],
    xfer(99, 'Mira', 'mira'),
    [180, 'l', "Hi, this is Mira, a librarian at Midvale too. Consolidated calls it a Medical Certificate: the form is at consolidated.example.com/medical. If you'd like a paper copy mailed, call their customer line at 800-555-0150.", as(MIRA)],
    [186, 'l', 'Does that help?', as(MIRA)],
    [230, 'p', 'yes thank you'],
    [235, 'l', 'Anything else I can help with?', as(MIRA)],
    [260, 'p', 'no'],
    [265, 'l', 'Take care, and thanks for chatting!', as(MIRA)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 23 transfer announced in the greeting, no internal note, 140 s to the receiver (Spanish)
  s(PAUL, '23 FEMA in Spanish: greeting + "Un momento — I\'m transferring you", no internal note, Rina writes 140 s later, "o llame al 1-800-…"', [
    [0, 'p', 'hello, my english not so good. my house have water damage, need help with FEMA papers. español?'],
    [30, 'l', "Hi! I'm Paul, a librarian at Centerville Library. Un momento — I'm transferring you to my colleague who speaks Spanish."],
    xfer(33, 'Rina', 'rina'),
    [170, 'l', '¡Hola! Soy Rina, de la Biblioteca de Centerville. ¿Ya solicitó la ayuda de FEMA, o necesita empezar la solicitud?', as(RINA)],
    [220, 'p', 'no he empezado'],
    [226, 'l', 'Puede solicitarla en disasterassistance.gov/es, o llame a FEMA al 1-800-621-3362 (oprima 2 para español). Necesita su número de Seguro Social, los datos de su seguro y fotos de los daños.', as(RINA)],
    [232, 'l', '¿Le sirve esta información?', as(RINA)],
    [280, 'p', 'sí gracias, es todo'],
    [285, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.', as(RINA)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'fail' })),

  // 24 dismissal
  s(HUGH, '24 fire: DRC locator, then "It\'s really busy today with the fires, I can\'t do all of these. I\'m ending the chat now."', [
    [0, 'p', 'need the list of FEMA disaster recovery centers, also how to replace my birth certificate lost in the fire, and my SS card, and car title'],
    [25, 'l', 'Hi, Hugh at Redwood County Library.'],
    [30, 'l', 'Which county was your home in?'],
    [60, 'p', 'sonoma'],
    [66, 'l', "FEMA's Disaster Recovery Center locator is at fema.gov/drc — type Sonoma and it shows the open centers and their hours."],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'ok but what about the birth certificate specifically'],
    [106, 'l', "It's really busy today with the fires, I can't do all of these. I'm ending the chat now."],
    [120, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 25 other patrons waiting, a way back
  s(TOVA, '25 weather radio, then a list: "lots of patrons waiting tonight because of the storm … chat back in later, or call our reference desk at 555-…"', [
    [0, 'p', "what's a good weather radio to buy"],
    [20, 'l', 'Good evening, Tova here, a librarian at Stillwater Branch Library!'],
    [26, 'l', 'Do you want a battery / hand-crank one for outages, or one that plugs in?'],
    [60, 'p', 'hand crank'],
    [66, 'l', 'Consumer Reports reviews them, and you can read it free through our Consumer Reports database (stillwaterlib.example.org/databases, log in with your card). Look for a NOAA Weather Radio with S.A.M.E. alerts.'],
    [72, 'l', 'Is that what you were after?'],
    [110, 'p', 'yes. also how do i program it, and what about a generator, and solar panels, and do you have books on bunkers'],
    [118, 'l', "Those are great questions! We have lots of patrons waiting tonight because of the storm warning, so I can't cover them all right now. Please chat back in later, or call our reference desk at 555-0148 and they'll help with the rest."],
    [140, 'p', 'ok'],
    [145, 'l', 'Thanks for understanding, and stay safe!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 26 greeting names no one; no completeness question
  s(DESK3, '26 charging a phone after 2 days without power: "Hi! What can I help you with today?" (screen name only), "Anything else?" only', [
    [0, 'p', 'can i charge my phone at the library, power has been out 2 days'],
    [15, 'l', 'Hi! What can I help you with today?'],
    [20, 'l', 'Which branch is closest to you?'],
    [50, 'p', 'elm st'],
    [56, 'l', 'Yes — every branch that has power has charging stations by the front windows and free wifi, Elm St included (open 9-8). Open branches and hours are on the storm updates page: cedarlib.example.org/storm.'],
    [62, 'l', 'Anything else?'],
    [80, 'p', 'nope thats everything ty'],
    [85, 'l', 'Stay safe, bye!'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 27 slow pickup with "hello?? anyone there"
  s(VIC, '27 FIRMette for a permit: queue line, "hello?? anyone there", picked up at 112 s, print steps at msc.fema.gov', [
    [0, 'p', 'how do I get a copy of the FEMA flood insurance rate map for my parcel, need a printed one for a permit'],
    queue(2, 4),
    [60, 'p', 'hello?? anyone there'],
    [112, 'l', "Hi, so sorry for the wait — it's Vic at Marion County Library. We're swamped with storm questions today."],
    [118, 'l', 'Does the permit office need an official certified map, or is a printed FIRMette okay?'],
    [170, 'p', 'they said a firmette is fine'],
    [176, 'l', "Then you can make one yourself: go to msc.fema.gov, search your address, click 'Dynamic Map', then the 'Print FIRMette' button (it builds a PDF). Any of our branches will print it for 10 cents a page."],
    [182, 'l', 'Did that get you what you need?'],
    [230, 'p', 'yep, thanks'],
    [236, 'l', 'Anything else?'],
    [260, 'p', 'no thats all'],
    [265, 'l', 'Thanks for your patience, and take care!'],
  ], usual({ pickup: 'fail' })),

  // 28 pickedUpAt 50, an answer from memory with no source
  s(ROY, '28 generator on the porch in the rain: pickedUpAt 50 s (first line at 90), answered from memory, no source', [
    [0, 'p', 'is it ok to run my generator on the porch if its raining'],
    [90, 'l', 'Hello, this is Roy at Harbor View Library.'],
    [96, 'l', 'Is it a portable generator?'],
    [120, 'p', 'yes'],
    [126, 'l', "Short answer: not on a porch. It needs to be outside in the open, at least 20 feet from the house, doors and windows, under a dry open-sided canopy if it's raining — never in an enclosed or attached space. Carbon monoxide builds up fast."],
    [132, 'l', 'Does that answer it?'],
    [170, 'p', 'yeah ok. thats all'],
    [175, 'l', 'Stay safe and thanks for chatting!'],
  ], usual({ source: 'fail' }), { pickedUpAt: at(50) }),

  // 29 referral to the county OEM without contact
  s(ADA, '29 special-needs evacuation registry: state registry URL, "contact the county Office of Emergency Management" (no contact)', [
    [0, 'p', "where do i get the form for the county's special needs evacuation registry? my mom uses a wheelchair"],
    [28, 'l', "Hi, I'm Ada, a librarian at Bayside County Library. I can help with that."],
    [34, 'l', 'Which county does your mom live in?'],
    [70, 'p', 'bayside'],
    [76, 'l', "Bayside uses the state's registry: the form is at stateregistry.example.org/specialneeds and you can fill it in online. Once it's in, contact the county Office of Emergency Management to make sure they have her transport needs; they call registered people before a storm."],
    [82, 'l', 'Is that what you needed?'],
    [120, 'p', 'yes, thank you'],
    [125, 'l', 'Anything else I can help with?'],
    [150, 'p', 'no thats all, thanks'],
    [155, 'l', 'Thanks for reaching out, and I hope your mom stays safe.'],
  ], usual({ referral: 'fail' })),

  // 30 the patron has the last word; no goodbye
  s(JUNE, '30 FEMA centre at the library rumour: "Does that answer…?" and "Anything else…?" are the last two, patron "nope that\'s everything, stay dry!"', [
    [0, 'p', "are the library's meeting rooms being used as a FEMA center? heard a rumor"],
    [22, 'l', 'Hi! June here from Eastbrook Public Library.'],
    [28, 'l', 'Are you asking about the Main library or a branch?'],
    [55, 'p', 'main'],
    [61, 'l', "Yes — FEMA's Disaster Recovery Center is in Main's Community Room through Sept 30, 9 to 6 daily. The full list of open centers is at fema.gov/drc."],
    [66, 'l', 'Does that answer your question?'],
    [90, 'p', 'yes!'],
    [95, 'l', 'Anything else I can help with?'],
    [120, 'p', "nope that's everything, stay dry!"],
  ], usual({ courteous: 'fail' })),

  // 31 a check-in and then nothing
  s(NIKO, '31 heat advisory at work (Arizona): NWS + OSHA, "Are you still there?" at 222, session ends at 400 with no notice', [
    [0, 'p', 'what temp is considered a heat advisory here? my job makes us work outside'],
    [30, 'l', "Hi, Niko at Sunvale Library's Ask a Librarian here."],
    [36, 'l', 'Which state do you work in? Some states have their own outdoor heat rules.'],
    [70, 'p', 'arizona'],
    [76, 'l', "The NWS Phoenix office explains the heat alerts at weather.gov/psr/heat. For work, OSHA's heat page osha.gov/heat lists what employers have to do and links a free heat safety app."],
    [82, 'l', 'Does that help?'],
    [222, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 178 }),

  // 32 goodbye 150 s after the answer, no check-in
  s(OPAL, '32 hurricane water storage for 4 + a cat: answer at 76, goodbye at 226 (final idle 150 s) with no check-in', [
    [0, 'p', 'how much water should i store for a hurricane? family of 4'],
    [20, 'l', 'Hi there! Opal, librarian at Lowland Public Library, here to help.'],
    [26, 'l', 'Any pets, and how many days are you planning for?'],
    [70, 'p', 'one cat. a week i guess'],
    [76, 'l', "Ready.gov's water page (ready.gov/water) says 1 gallon per person per day, so 28 gallons for four people for a week, plus about half a gallon a day for your cat. Store it in food-grade containers."],
    [82, 'l', 'Does that answer your question?'],
    [226, 'l', 'Thanks for chatting with us today — stay safe and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // ---- second batch (labelled, copied aside, then run) ----

  // 33 "hang tight while I dig" then 150 s
  s(DARIUS, '33 flooded car: "ok hang tight while I dig into this" at 75, answer at 225 (150 s)', [
    [0, 'p', 'my car got flooded, does car insurance cover that or do i need flood insurance'],
    [20, 'l', 'Hey! Darius here, librarian at Kingsport Public Library.'],
    [26, 'l', 'Do you have comprehensive coverage on your auto policy, or just liability?'],
    [70, 'p', 'i think comprehensive'],
    [75, 'l', 'ok hang tight while I dig into this'],
    [225, 'l', "Thanks for waiting. The Insurance Information Institute's page iii.org/article/does-insurance-cover-flood-damaged-cars says it's comprehensive auto coverage, not flood insurance, that pays for a flooded car, minus your deductible."],
    [231, 'l', 'Does that answer your question?'],
    [280, 'p', 'yes thanks thats all'],
    [285, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 34 chat-speak check-in and notice
  s(SUNNY, '34 end of hurricane season (chat-speak): "u still w me?" at 220, "Looks like ur gone, closing this out — come back anytime!" at 330', [
    [0, 'p', 'when does hurricane season end'],
    [10, 'l', 'hiya, Sunny w/ Ask Texas Libraries here!'],
    [15, 'l', 'r u asking about the Atlantic side (Gulf coast) or the Pacific?'],
    [40, 'p', 'gulf'],
    [45, 'l', "Atlantic season (incl the Gulf) runs June 1 – Nov 30 per NOAA's National Hurricane Center: nhc.noaa.gov/climo. peak is mid Aug–Oct"],
    [50, 'l', 'that what u needed?'],
    [220, 'l', 'u still w me?'],
    [330, 'l', 'Looks like ur gone, closing this out — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 35 "too many chats going rn, I gotta jump off. bye"
  s(FINN, '35 mold after the flood, then more: "sorry, too many chats going rn, I gotta jump off. bye" (no way back)', [
    [0, 'p', 'how do i clean mold after the flood, also can i get help paying for it, and is it safe to stay in the house'],
    [25, 'l', 'Hi, Finn at Greenvale Library.'],
    [30, 'l', 'Is the mold on drywall, or on furniture and belongings?'],
    [70, 'p', 'drywall, basement'],
    [76, 'l', "The EPA's flood cleanup guide (epa.gov/mold/flood-cleanup-protect-indoor-air-quality) covers drywall: anything wet for more than 48 hours should be cut out and replaced. It also lists the protective gear to wear."],
    [82, 'l', 'Is that the kind of thing you were looking for?'],
    [120, 'p', 'ok yes but what about paying for it and staying in the house'],
    [126, 'l', 'sorry, too many chats going rn, I gotta jump off. bye'],
    [140, 'p', 'wow'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 36 Spanish referrals: Red Cross with phone, council member's office without
  s(LUPE, '36 apartment fire (Spanish): "Llame a la Cruz Roja al 1-800-…", "pregunte en la oficina de su concejal" (no contact)', [
    [0, 'p', 'buenas, se quemó mi apartamento anoche, dónde puedo quedarme esta noche?'],
    [20, 'l', 'Buenas noches, soy Lupe, bibliotecaria de la Biblioteca Pública de San José. Lo siento mucho.'],
    [26, 'l', '¿Está usted sola o con familia? ¿Tiene niños?'],
    [60, 'p', 'con mis 2 hijos'],
    [66, 'l', 'Llame a la Cruz Roja al 1-800-733-2767: ayudan con alojamiento de emergencia a familias después de un incendio, esta misma noche. También pregunte en la oficina de su concejal del distrito, a veces tienen fondos para hoteles.'],
    [72, 'l', '¿Le sirve esto?'],
    [110, 'p', 'si gracias voy a llamar'],
    [115, 'l', '¿Algo más en que le pueda ayudar?'],
    [140, 'p', 'no, nada más'],
    [145, 'l', 'Mucho ánimo. Gracias por escribirnos.'],
  ], usual({ referral: 'fail' })),

  // 37 follow-up by me, "first thing Monday", done at exactly 72 h
  s(MAXINE, '37 flood buyout application (follow-up by me): restated "So you need … is that right?", e-mail read back, "first thing Monday", done at exactly 72 h', [
    [0, 'p', "Looking for the county's flood buyout program application, our house has flooded 3 times"],
    [30, 'l', "Thanks for contacting Ask Harrison! I'm Maxine, one of the librarians."],
    [36, 'l', 'So you need the application for the voluntary buyout program, is that right? Which county?'],
    [90, 'p', 'yes. Harrison county'],
    [96, 'l', "Let me see what's posted."],
    [170, 'l', "Harrison County's Hazard Mitigation page (harrisoncounty.example.gov/mitigation) describes the buyout program, but the application isn't online — the county mails it out. I'll request a copy for you and e-mail you a scan first thing Monday. What's your e-mail?"],
    [220, 'p', 'DKowalski@Example.com'],
    [226, 'l', 'Thank you, DKowalski@Example.com — you\'ll have it first thing Monday.'],
    [232, 'l', 'Does the mitigation page help for now?'],
    [270, 'p', "yes, thanks. that's everything"],
    [275, 'l', 'Thanks for writing in — talk Monday!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(280 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 38 "Thanks for contacting Ask Ohio!" as the greeting, a hold, a question after the hold
  s(ELLIS, '38 1913 Dayton flood dead: "Thanks for contacting Ask Ohio!" + "one moment", question at 110, "Does that cover it?", "Can I help w/ anything more?"', [
    [0, 'p', 'Where can I find the 1913 Dayton flood death list? my great grandfather might be on it'],
    [25, 'l', 'Thanks for contacting Ask Ohio!'],
    [30, 'l', "I'm looking at your question now, one moment."],
    [110, 'l', 'Do you know his name and which city he lived in? Some lists are by city.'],
    [150, 'p', 'Otto Brandt, Dayton'],
    [156, 'l', "The Dayton Metro Library's 1913 Flood collection has a searchable list of the dead at daytonmetrolibrary.org/1913flood, and Ohio Memory (ohiomemory.org, search '1913 flood') has newspaper lists from that week."],
    [162, 'l', 'Does that cover it?'],
    [210, 'p', 'found him!! thank you'],
    [215, 'l', 'Wonderful! Can I help w/ anything more?'],
    [240, 'p', 'no thats all'],
    [245, 'l', 'Take care, and thanks for using Ask Ohio.'],
  ], usual()),

  // 39 a partial result that says the search goes on, then 130 s
  s(NADIA, '39 flooded roads near Cedar Falls: "511ia.org shows the state highway closures; still looking for the county road list" then 130 s', [
    [0, 'p', 'which roads are closed because of the flooding near Cedar Falls'],
    [20, 'l', 'Hi, Nadia at Riverview Library here. Are you driving today, or planning for tomorrow?'],
    [50, 'p', 'today, to waterloo'],
    [56, 'l', "Iowa's 511 map at 511ia.org shows the state highway closures; still looking for the county road list."],
    [186, 'l', 'Black Hawk County posts its road closures at blackhawkcounty.example.gov/roads — today it lists Union Rd and W. 27th St near the river.'],
    [192, 'l', 'Does that help you plan the route?'],
    [230, 'p', 'yes, thank you'],
    [236, 'l', 'Anything else?'],
    [250, 'p', 'nope'],
    [255, 'l', 'Drive safe, bye!'],
  ], usual({ informed: 'fail' })),

  // 40 follow-up by patron's library, e-mail read back, "by Wednesday", done in 50 h; another library's desk by phone
  s(CASS, '40 CO detectors at Brookfield (follow-up by patron\'s library): e-mail read back, "by Wednesday", done in 50 h, Brookfield front desk phone', [
    [0, 'p', 'does brookfield library lend out carbon monoxide detectors? fire dept said some libraries do'],
    [35, 'l', 'Hi, Cass here with the statewide Ask a Librarian service.'],
    [41, 'l', 'Is Brookfield your home library?'],
    [70, 'p', 'yes'],
    [76, 'l', 'Let me check their catalog.'],
    [150, 'l', "Brookfield's Library of Things (brookfieldlib.example.org/things) lists radon testers but no CO detectors. I'll send your question to the Brookfield staff to confirm, and they'll e-mail you by Wednesday. What e-mail should they use? You can also call Brookfield's front desk at 555-0190."],
    [200, 'p', 'mo.ellis@example.com'],
    [206, 'l', 'Thanks — mo.ellis@example.com. Brookfield will write by Wednesday.'],
    [212, 'l', 'Did the Library of Things page help at all?'],
    [250, 'p', 'kind of, thanks'],
    [256, 'l', 'Thanks for chatting, and stay safe!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // ---- third batch (labelled, copied aside, then run) ----

  // 41 "head over to the Red Cross shelter at Lincoln High School" (no contact)
  s(REGGIE, '41 apartment flooding tonight: "head over to the Red Cross shelter at Lincoln High School" (no contact), ready.gov/shelter', [
    [0, 'p', 'our apartment is flooding where do we go tonight and what do we bring'],
    [15, 'l', "Hi, Reggie at Westbrook County Library. I'm sorry — let's get you somewhere safe."],
    [20, 'l', 'How many people, and do you have any pets or medical equipment?'],
    [45, 'p', 'me and my grandma, she has a cpap'],
    [50, 'l', "For tonight, head over to the Red Cross shelter at Lincoln High School — they're taking people until midnight and have power for medical equipment. Ready.gov's shelter page (ready.gov/shelter) lists what to bring: meds, the CPAP, IDs, phone chargers, a change of clothes."],
    [56, 'l', 'Does that help?'],
    [80, 'p', 'yes ok going now'],
    [85, 'l', 'Please be safe. Thanks for reaching out.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 42 check-in that warns of the end but never says the patron seems gone
  s(KAI, '42 tap water after the hurricane: "Are you still there? If I don\'t hear from you in a few minutes I\'ll end the chat." then nothing to 420', [
    [0, 'p', "is the tap water safe to drink after the hurricane? we're in Port Lavaca"],
    [20, 'l', 'Hello! Kai here, a librarian at Port County Library.'],
    [26, 'l', 'Are you on city water or a private well?'],
    [60, 'p', 'city'],
    [66, 'l', "Port Lavaca is under a boil-water notice until further notice; the city's notice and the boiling steps are at portlavaca.example.gov/water. Boil it for 1 minute at a rolling boil."],
    [72, 'l', 'Does that help?'],
    [200, 'l', "Are you still there? If I don't hear from you in a few minutes I'll end the chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 220 }),

  // 43 transfer by the book to a receiving librarian with three other chats
  s(BO, '43 Asheville rainfall 1900-1950: notice + note, transfer to Uma at 90, Uma has three other chats during her part', [
    [0, 'p', "need the historical monthly rainfall for Asheville for 1900-1950, it's for a dissertation"],
    [30, 'l', 'Hi, this is Bo at the Western Carolina Public Library chat.'],
    [36, 'l', 'Do you need daily data or monthly totals, and in what format — a spreadsheet?'],
    [80, 'p', 'monthly totals, spreadsheet ideally'],
    [86, 'l', "Our science librarian Uma works with climate data all the time, so I'm transferring you to her. One moment."],
    [88, 'i', 'Uma - grad student, Asheville monthly precip 1900-1950 as a spreadsheet. Climate data q, over to you.'],
    xfer(90, 'Uma', 'uma'),
    [150, 'l', "Hi, Uma here, science librarian. NOAA's Climate Data Online (ncei.noaa.gov/cdo-web) has the Asheville station's monthly summaries back to 1890: choose 'Global Summary of the Month', the Asheville station and CSV output.", as(UMA)],
    [156, 'l', 'Will that work for your dissertation?', as(UMA)],
    [200, 'p', "yes perfect, that's all I needed"],
    [205, 'l', 'Great — good luck with the writing, and thanks for using our chat!', as(UMA)],
  ], usual({ concurrency: 'fail', transfer: 'pass' }), {}, {
    otherIntervals: [other('u1', 'uma', -100, 1000), other('u2', 'uma', 50, 800), other('u3', 'uma', 100, 900)],
  }),

  // 44 follow-up by me by phone, "by noon tomorrow", not yet recorded
  s(IRIS, '44 gas stations with power (follow-up by me): GasBuddy outage tracker, phone typed and read back, "by noon tomorrow", not yet done', [
    [0, 'p', 'do u have a list of which gas stations have power after the storm'],
    [22, 'l', "Hi! I'm Iris, a librarian at Seaside Public Library."],
    [28, 'l', 'Which part of town are you in, and do you need diesel or regular?'],
    [70, 'p', 'north end, regular'],
    [76, 'l', 'one sec'],
    [140, 'l', "The GasBuddy outage tracker (gasbuddy.com/outage) shows stations with fuel and power, updated by drivers; tonight it lists two open on the north end. The county is putting out an official list tomorrow morning — I can call you with it by tomorrow at noon if you'd like."],
    [190, 'p', 'yes pls 555-555-0143'],
    [196, 'l', "Okay, I'll call 555-555-0143 by noon tomorrow."],
    [200, 'l', 'Does GasBuddy help for tonight?'],
    [240, 'p', 'yeah thx'],
    [245, 'l', 'Anything else?'],
    [260, 'p', 'no'],
    [265, 'l', 'Take care, bye!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 45 "Have a safe night." as the goodbye
  s(OTIS, '45 tornado warning in a mobile home: NWS safety page, patron "that\'s everything", last line "Have a safe night."', [
    [0, 'p', 'what do i do if a tornado warning goes off and i live in a mobile home'],
    [20, 'l', "Good evening, this is Otis with the Prairie Library System's Ask a Librarian."],
    [26, 'l', 'Is there a storm shelter or a sturdy building near your park?'],
    [60, 'p', 'theres a community center with a basement'],
    [66, 'l', "The NWS tornado safety page (weather.gov/safety/tornado-during) says a mobile home offers no protection, even tied down: plan to be in a sturdy building's basement before the warning, when a watch is issued, since you may not have time after."],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', "yes thank you, that's everything"],
    [115, 'l', 'Have a safe night.'],
  ], usual()),

  // 46 closing early for the storm, a way back
  s(PIA, '46 stuck storm claim: Louisiana DOI by URL + phone, "closing at 5 … because of the storm … chat with us again tomorrow … or e-mail ask@…"', [
    [0, 'p', 'can you find me the phone number for the insurance commissioner, my claim is stuck, and also how to file a complaint, and what my rights are'],
    [20, 'l', 'Hi, Pia here at Greene County Library.'],
    [26, 'l', 'Which state is your policy in?'],
    [50, 'p', 'louisiana'],
    [56, 'l', "The Louisiana Department of Insurance takes complaints online at ldi.la.gov/consumers/complaints, or you can call them at 1-800-259-5300. Their 'Disaster Claims' guide on the same site explains your rights and the claim deadlines."],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'yes but can you help me write the complaint'],
    [106, 'l', "The library is closing at 5 today because of the storm, so I need to end our chat now. Please chat with us again tomorrow from 9 am, or e-mail ask@greenelib.example.org and we'll help you draft it."],
    [120, 'p', 'ok'],
    [125, 'l', 'Thank you, and stay safe!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // ---- fourth batch (labelled, copied aside, then run) ----

  // 47 a last line that thanks but also asks whether the patron is still there (no goodbye: the idle runs to the end)
  s(HALE, '47 fridge food after an outage: "Are you still there? If not, thanks for chatting — take care!" at 200, ends at 260 (idle 204 s)', [
    [0, 'p', 'how long is food in the fridge good after the power goes out'],
    [20, 'l', "Hi, I'm Hale, a librarian at Northport Public Library."],
    [26, 'l', 'How long has your power been out so far?'],
    [50, 'p', 'about 6 hrs'],
    [56, 'l', "FoodSafety.gov's power outage page (foodsafety.gov/food-safety-charts/food-safety-during-power-outage) says a closed fridge keeps food safe for about 4 hours, so after 6 hours perishables like meat, milk and leftovers should be thrown out. A full, closed freezer holds for about 48 hours."],
    [62, 'l', 'Does that help?'],
    [200, 'l', 'Are you still there? If not, thanks for chatting — take care!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 60 }),

  // 48 Spanish hold, 140 s
  s(NOEMI, '48 FEMA funeral assistance (Spanish): "Déjeme buscarlo, un segundo." at 80, answer at 220 (140 s), "llamando a FEMA al 1-800-…"', [
    [0, 'p', 'buenas tardes, necesito el formulario de FEMA para que me ayuden con los gastos del funeral de mi papá'],
    [25, 'l', 'Buenas tardes, soy Noemí, bibliotecaria de la Biblioteca Pública de El Paso. Mi más sentido pésame.'],
    [31, 'l', '¿Su papá falleció a causa del huracán o de otro desastre declarado?'],
    [75, 'p', 'sí, por el huracán'],
    [80, 'l', 'Déjeme buscarlo, un segundo.'],
    [220, 'l', 'No hay formulario en papel: la asistencia funeraria se solicita llamando a FEMA al 1-800-621-3362 (oprima 2 para español). La información y los documentos que piden están en fema.gov/es/assistance/individual/funeral.'],
    [226, 'l', '¿Le ayuda esta información?'],
    [270, 'p', 'sí, gracias'],
    [275, 'l', '¿Algo más en que le pueda ayudar?'],
    [290, 'p', 'no'],
    [295, 'l', 'Que esté bien. Adiós.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 49 a second question answered 130 s later with no hold
  s(GUS, '49 space heaters in a cold snap: second question ("what about the oven") at 150, answered at 280 with no hold (130 s)', [
    [0, 'p', 'are space heaters safe to leave on overnight? our furnace died in the cold snap'],
    [18, 'l', 'Hi, Gus here from Mountain Town Library.'],
    [24, 'l', 'Is it an electric heater, or a propane / kerosene one?'],
    [50, 'p', 'electric'],
    [56, 'l', "The U.S. Fire Administration's heating safety page (usfa.fema.gov/prevention/home-fires/prevent-fires/heating) says to turn space heaters off when you leave the room or go to sleep, keep them 3 feet from anything that can burn, and plug them straight into the wall, not an extension cord."],
    [62, 'l', 'Does that answer it?'],
    [150, 'p', 'ok. what about the oven, can we use that for heat'],
    [280, 'l', "No — never use the oven or stove to heat the home; the same USFA page and the CDC's carbon monoxide page (cdc.gov/co) explain why."],
    [300, 'p', "ok got it, that's all for now"],
    [305, 'l', 'Stay warm, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 50 a promise that "someone from your library will contact you", coded Referred, no contact, no time
  s(TEO, '50 workshop handouts: "someone from your library will contact you", coded Referred, no e-mail, no time, no completeness question', [
    [0, 'p', 'my library had a storm preparedness workshop last fall, do they have the handouts still?'],
    [30, 'l', 'Hi! Teo with Ask Rivers Libraries.'],
    [36, 'l', 'Which library is yours?'],
    [60, 'p', 'Eastfield branch'],
    [66, 'l', "Eastfield's events page (riverslib.example.org/events) doesn't have the handouts posted, but I'll pass your request along and someone from your library will contact you."],
    [72, 'l', 'Is there anything else I can help with?'],
    [100, 'p', 'no thats it'],
    [105, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { resolutionCode: 'Referred' }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('forty-ninth round: weather, emergencies and disaster preparedness, checked', () => {
  describeSessions('whole sessions', stormsChecked.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', stormsChecked.filter((c) => c.name in LEFT_WHY));
});
