/**
 * Sixty-sixth round, theme FIREWORKS, NOISE RULES AND COMMUNITY EVENT PERMITS, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: which fireworks are legal (aerial fireworks in a Philadelphia
 * backyard, Roman candles in Minnesota, sparklers in San José, Oregon's ground-only rule, New Hampshire fireworks carried into
 * Massachusetts, store-bought fireworks in Naperville, a school project on state bans, a Michigan township's fireworks days,
 * Indiana's hours), selling and shows (a seasonal stand in Hidalgo County TX in Spanish, a professional show at a Frederick
 * County MD farm wedding), noise (a generator in Columbus, music till 3 a.m. in Brooklyn, a 6 a.m. remodel crew in Seattle,
 * a garage band in Ames, the Chatham County GA ordinance for an HOA dispute), reporting (illegal fireworks in Los Angeles,
 * Phoenix), burning (a brush pile under a possible burn ban in Buncombe County NC, a church bonfire in Licking County OH),
 * permits (a Chicago block party, a Little League parade in Cary NC, a Dorchester festival parade, a Milwaukee street fair, a
 * bounce house in a Tulsa park in Spanish), park shelters (Knoxville, Burke Lake VA) and event insurance (a Vilas Park shelter
 * in Madison, a $1M policy for a Denver block party). Every one of the 17 checks labelled in every session from RUBRIC.md's
 * text before the first run (labels copied aside to /tmp/fireworks-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 22 s (01), exactly 60 s (02: pass) and 61 s (03: fail); `pickedUpAt` at 50 s with the first line at
 *   175 (29: pickup passes); no provider ever joined (19); "Hello! How may I help you today?" under the screen name "AskDesk
 *   3" (04: names no one, fail); "Good morning! You've reached Dana, a reference librarian with …" (01); "Hey there! This is
 *   Marcus with …" (02); "Hi, thanks for contacting NC Libraries' chat! I'm Rowan …" (07); "Morning! Jade from …" (16);
 *   "hi hi! Kai at San José Public Library 🙂" under the screen name "kai_sjpl" (17); "Hey, Olive here from …" (23); Spanish
 *   "¡Buenas tardes! Habla Lupe, bibliotecaria de …" (05) and "¡Hola! Gracias por comunicarse con Pregunte a un
 *   Bibliotecario; le atiende Leni …" (20); an English greeting that switches to Spanish (06);
 *  inquiry: buying or using, ward, city or suburb, which park, selling or personal use, building or bar, distance and debris,
 *   crowd size, holiday or not, incorporated or not, town or county land, neighborhood and marchers, size of the fire, house or
 *   commercial site, city limits, store-bought or a display, township; the answer with its source before any question (27:
 *   fail);
 *  waits: holds at 66 and 180 (a partial result that says the search goes on) answered at 295 (07: 114 and 115 s, pass); a
 *   hold answered 121 s later (08: fail) and exactly 120 s later (09: pass); a hold at 70, the patron's "hello??" at 150 and
 *   the answer at 200 (10: 130 s from the hold, fail: the patron's line does not restart the wait); "Sure, take your time."
 *   then the patron back 190 s later (04: waiting on the patron, pass); a transfer notice answered by the receiver 84 s later
 *   (14) and "Please hold." with the receiver 59 s later (15); 125 s between `pickedUpAt` and the first line (29: fail);
 *  endings: a Spanish Lost Call with a greeting only, "¿Sigue ahí?" at 150 and "Parece que se desconectó, así que voy a
 *   cerrar este chat." at 215 (20: final idle 196 s, check-in and notice pass, courteous fails); "Are you still there? If
 *   you've stepped away, feel free to chat back in anytime." 124 s after the answer and the end 55 s later (21: final idle 179
 *   s, check-in passes, notice na, courteous passes); a goodbye exactly 120 s after the answer with no check-in (22: fails);
 *   "Does that help?" last and the end 119 s after the answer (23: idle na, courteous fails); "You've reached the limit of
 *   questions for one chat, so I have to stop here. Bye." (24: dismissal); "There are other patrons waiting for me right
 *   now, so please chat back in later … or call the Special Events office" (25: allowed); the patron's "no thats all i
 *   needed, thx!" last after "Anything else I can help with?" (26: courteous fails); goodbyes "Have a safe Fourth and thanks
 *   for chatting.", "You bet — enjoy the party, and bye for now!", "Have a great party! Goodbye.", "¡Con gusto! Gracias por
 *   usar nuestro chat …", "De nada, ¡buena suerte y gracias por escribirnos!", "Have a great opening day — bye!", "You're
 *   welcome, take care — bye!", "Thanks for reaching out, talk soon!", "ok! bye & happy new year 🎉", "Thanks, have a safe
 *   summer!", "Thanks for chatting, rock on!"; patron-side "thats all i needed thx", "that is everything", "eso es todo",
 *   "thats all", "thats all i need", "thats everything", "thats all for now", "no thats it" (after
 *   "anything?" too), "that is all, thanks", and "yes thanks", "yes ty", "yes very much. thanks!", "ok", "ok thanks" that do not count;
 *  sources: state and city pages (agriculture.pa.gov, phila.gov, chicago.gov/cdot, knoxvilletn.gov, tdi.texas.gov, nyc.gov,
 *   ncforestservice.gov, townofcary.org, revisor.mn.gov, dps.mn.gov, cityofmadison.com, mdsp.maryland.gov, denvergov.org,
 *   boston.gov, epa.ohio.gov, seattle.gov, sanjoseca.gov, oregon.gov, fairfaxcounty.gov, iga.in.gov, city.milwaukee.gov,
 *   legislature.mi.gov, mass.gov, ilga.gov, naperville.il.us), Municode (Columbus, Seattle, Chatham County), nfpa.org,
 *   americanpyro.com; none: quiet hours "from memory" (28: fail);
 *  referrals: the provider's own library desk to visit by street address (02); 311 Columbus by phone and URL (03); a county
 *   fire marshal by phone in Spanish (05); "llamando al 311" (06: the number is the contact); LAPD's line, MyLA311 by URL and
 *   911 (10); "ask your own homeowner's or renter's insurance agent" (13: no contact, fail); "Call your township fire
 *   department about a permit" (15: no contact, fail); IMPD's non-emergency line (23); the Special Events office by phone
 *   (25); "Ask the city clerk" (28: no contact, fail); a county library's business librarian consulted on the patron's behalf
 *   (12) and websites of agencies to use (01, 04, 07, 14, 16, 24, 27) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday afternoon", done exactly 72 h after `endedAt` (11: on_time
 *   passes); FU_LIB, phone typed with spaces and read back with dashes as a question, "within 72 hours", done 72 h + 1 s after
 *   `endedAt` (12: on_time fails); FU_ME with the e-mail only in `patron.email`, "get back to you by Friday" (13: code passes,
 *   contact fails, on_time pending); a promise to e-mail with the e-mail read back and no time, coded Answered (26: code and
 *   contact fail, on_time pending); a promise with the e-mail read back and "by tomorrow morning" from a source without codes
 *   (30: code na, contact passes, on_time pending);
 *  codes: Lost Call with one patron line and no provider (19: pass), Lost Call with one patron line and a provider (20:
 *   pass), Lost Call after three patron lines (28: fail), null (27), left out (30: `resolutionCode: undefined`), Practice (18);
 *  transfers: a notice to the patron and an internal note that says why (14: pass); a notice to the patron and no internal
 *   note (15: fail);
 *  concurrency: three other chats of the provider open at 30-60 s, four at once (16: fail); one ending exactly at the start,
 *   two overlapping, one starting exactly at `endedAt`, and another provider's chat overlapping (17: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hello! How may I help you today?" then "Which park did you have in mind?" greets but identifies no one (04); a screen
 *   name ("kai_sjpl") does not identify, but "Kai at San José Public Library" in the text does (17);
 * - a referral tells the patron to contact or visit someone: "stop by our Business & Nonprofit desk at … 400 S. State St."
 *   sends the patron to the provider's own library department, reached by a street (postal) address (02: pass); "Puede
 *   reportarlo llamando al 311" tells the patron to call a service whose phone number is 311 (06: pass); "ask your own
 *   homeowner's or renter's insurance agent" tells the patron to ask a person outside the chat, with no way to reach them
 *   (13: fail); "Call your township fire department" and "Ask the city clerk" are referrals with no contact (15, 28: fail);
 *   "Frederick County Public Libraries' business librarian … I'll pass your question to them" is staff consulted on the
 *   patron's behalf (12: na); "You can print a free burn permit yourself at ncforestservice.gov/burnpermit", "takes pavilion
 *   reservations online … at knoxvilletn.gov/parks" and "book online at fairfaxcounty.gov/…" point to a website to use (07,
 *   04, 22: na); "the show has to be run by a licensed pyrotechnic operator" and "Parades need a Public Works … permit and a
 *   police detail" say what is required, not whom to contact (12, 14: na);
 * - "thats all for now", "eso es todo" and "that is all, thanks" say explicitly that the patron is done; "yes very much.
 *   thanks!" and "ok thanks" do not;
 * - "¿Le sirve esta información?", "¿Le ayuda esto?", "Does the parks page answer the alcohol part for now?", "Did the state
 *   law help for now?" ask whether what was already given meets the need;
 * - "Are you still there? If you've stepped away, feel free to chat back in anytime." invites the patron back (courteous
 *   passes) but, asking whether the patron is still there, is no Goodbye: the final idle runs to `endedAt` (21: 179 s);
 * - "wait before pickup": with `pickedUpAt` at 50 s and the first line at 175, the 125 s after pickup is a wait on the provider
 *   longer than 120 s (29: keep_informed fails; read from the patron's line at 0 it would fail as well);
 * - a follow-up recorded exactly 72 h after `endedAt` is "within" 72 hours (11: pass); one second later is not (12);
 * - a transcript override `resolutionCode: undefined` is the field left out (30: code na);
 * - the greeting with "¿En qué le puedo ayudar?" is not substantive, so the Spanish Lost Call (20) has no substantive
 *   exchange; its final idle starts at that greeting (24 s) and runs to `endedAt` (220 s), the notice at 215 being no
 *   goodbye (196 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none (one label was fixed before the first run, not after
 *  it: case 26's read-back line first began "Thanks, that is …", which thanks the patron and would have made courteous pass;
 *  the line was reworded to "Okay, that's …" so the session tests the patron's last word, labels unchanged). A check that the
 *  file bites: case 03's pickup relabelled pass in a scratch edit failed as expected (got fail), then the file was restored.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 22, 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 114/115, 120, 121 and 130 s
 * (a patron line inside the wait), across two transfers, "take your time" and 125 s after `pickedUpAt`; final idles of 119,
 * exactly 120, 179 and 196 s; concurrency at four and at touching ends with another provider's chat; on_time done exactly at
 * 72 h, 1 s late, and pending three times) scored as labelled on the first run, and so did the Spanish readings (greetings,
 * completeness questions, "eso es todo", the check-in and the disconnect notice), 311 as a phone contact, and the referrals
 * without contact. The redaction equality of describeSessions holds for every case (patron e-mails typed and read back, a
 * patron phone typed with spaces and read back with dashes, an e-mail only in `patron.email`, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The chat system's own waiting line (system). */
const waiting = (sec: number): Line => [sec, 's', 'All of our librarians are busy right now. Stay on this page and someone will be with you shortly.'];

const DANA: Prov = { id: 'dana-fw', name: 'Dana', library: 'FLP' };
const MARCUS: Prov = { id: 'marcus-fw', name: 'Marcus', library: 'CPL-IL' };
const TOMAS: Prov = { id: 'tomas-fw', name: 'Tomas', library: 'CML' };
const ASKDESK: Prov = { id: 'askdesk3-fw', name: 'AskDesk 3', library: 'KCPL-TN' };
const LUPE: Prov = { id: 'lupe-fw', name: 'Lupe', library: 'MPL-TX' };
const KIM: Prov = { id: 'kim-fw', name: 'Kim', library: 'BKLYN' };
const ROWAN: Prov = { id: 'rowan-fw', name: 'Rowan', library: 'BCPL-NC' };
const BEV: Prov = { id: 'bev-fw', name: 'Bev', library: 'WCPL-NC' };
const CY: Prov = { id: 'cy-fw', name: 'Cy', library: 'HCL-MN' };
const DEV: Prov = { id: 'dev-fw', name: 'Dev', library: 'LAPL' };
const ELLA: Prov = { id: 'ella-fw', name: 'Ella', library: 'MPL-WI' };
const FAYE: Prov = { id: 'faye-fw', name: 'Faye', library: 'AUN' };
const GABE: Prov = { id: 'gabe-fw', name: 'Gabe', library: 'DPL-CO' };
const HUGO: Prov = { id: 'hugo-fw', name: 'Hugo', library: 'BPL-MA' };
const NADIA: Prov = { id: 'nadia-fw', name: 'Nadia', library: 'BPL-MA' };
const IVY: Prov = { id: 'ivy-fw', name: 'Ivy', library: 'ASKOH' };
const SAM: Prov = { id: 'sam-fw', name: 'Sam', library: 'ASKOH' };
const JADE: Prov = { id: 'jade-fw', name: 'Jade', library: 'SPL-WA' };
const KAI: Prov = { id: 'kai-fw', name: 'kai_sjpl', library: 'SJPL' };
const TRAINEE: Prov = { id: 'trainee-fw', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-fw', name: 'Queue', library: 'AZQ' };
const LENI: Prov = { id: 'leni-fw', name: 'Leni', library: 'TCCL' };
const MIRA: Prov = { id: 'mira-fw', name: 'Mira', library: 'WCCLS' };
const NED: Prov = { id: 'ned-fw', name: 'Ned', library: 'FCPL' };
const OLIVE: Prov = { id: 'olive-fw', name: 'Olive', library: 'IndyPL' };
const PAM: Prov = { id: 'pam-fw', name: 'Pam', library: 'DELA' };
const QUIN: Prov = { id: 'quin-fw', name: 'Quin', library: 'MPL-MKE' };
const RAY: Prov = { id: 'ray-fw', name: 'Ray', library: 'MEL' };
const SAGE: Prov = { id: 'sage-fw', name: 'Sage', library: 'WPL-MA' };
const TESS: Prov = { id: 'tess-fw', name: 'Tess', library: 'APL-IA' };
const UMA: Prov = { id: 'uma-fw', name: 'Uma', library: 'NPL-IL' };
const VERA: Prov = { id: 'vera-fw', name: 'Vera', library: 'LOPL' };

const s = session;

export const FIREWORKS: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 aerial fireworks in a Philadelphia backyard (chat-speak, emoji): "You\'ve reached Dana", 150 ft rule, agriculture.pa.gov + phila.gov, "thats all i needed"', [
    [0, 'p', 'hey r aerial fireworks legal in PA now? like the ones that shoot up 🎆'],
    [22, 'l', "Good morning! You've reached Dana, a reference librarian with the Free Library of Philadelphia's chat."],
    [28, 'l', 'Are you asking about buying them, or about setting them off somewhere in particular (like in the city)?'],
    [70, 'p', 'setting off in my backyard in philly for 4th of july'],
    [77, 'l', "Pennsylvania's 2017 law lets adults buy and use consumer-grade aerial fireworks, but not within 150 feet of an occupied building, and Philadelphia adds its own limits. The state summary is on agriculture.pa.gov (search 'consumer fireworks'), and the city's rules are at phila.gov/fire."],
    [83, 'l', 'Did that cover what you wanted to know?'],
    [130, 'p', 'ya 150 ft rules out my tiny yard lol. thats all i needed thx'],
    [136, 'l', 'Ha, sorry! Have a safe Fourth and thanks for chatting.'],
  ], usual()),

  // 02 pickup at exactly 60 s; the patron told to visit the provider's own library desk, street address given
  s(MARCUS, '02 Chicago block party street closure: pickup at exactly 60 s, CDOT page, "stop by our Business & Nonprofit desk … 400 S. State St."', [
    [0, 'p', 'How do I get a permit to close our street for a block party in Chicago? Its in August.'],
    [60, 'l', 'Hey there! This is Marcus with Ask a Librarian at Chicago Public Library.'],
    [66, 'l', 'Which ward are you in, and is it a residential side street?'],
    [110, 'p', '47th ward, yes residential'],
    [117, 'l', "Block party permits go through the Chicago Department of Transportation; the online application and checklist are at chicago.gov/cdot (Permits > Block Parties). If you'd like help with the neighbor signature sheet, stop by our Business & Nonprofit desk at the Harold Washington Library Center, 400 S. State St."],
    [123, 'l', 'Is that what you were after?'],
    [170, 'p', 'perfect, that is everything. thank you!'],
    [175, 'l', 'You bet — enjoy the party, and bye for now!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s; 311 Columbus by phone and URL
  s(TOMAS, '03 a neighbor\'s generator all night in Columbus: pickup at 61 s, Municode chapter 2329, "report it to 311 Columbus at 614-645-3111"', [
    [0, 'p', 'what are the quiet hours in columbus ohio? my neighbors are running a generator all night'],
    [61, 'l', "Hi, I'm Tomas, a librarian at Columbus Metropolitan Library — sorry about the wait."],
    [67, 'l', 'Are you in the city of Columbus itself, or a suburb like Dublin or Hilliard?'],
    [100, 'p', 'city, clintonville'],
    [106, 'l', "Columbus City Code chapter 2329 covers noise; the full text is on Municode (library.municode.com/oh/columbus). You can report it to 311 Columbus at 614-645-3111 or at 311.columbus.gov."],
    [112, 'l', 'Does that help?'],
    [160, 'p', 'yes thanks'],
    [165, 'l', 'Anything else I can look up?'],
    [190, 'p', 'no'],
    [194, 'l', 'Take care, and thanks for using our chat!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 greets but names no one; "take your time" then 190 s away
  s(ASKDESK, '04 a park pavilion for a birthday in Knoxville: "Hello! How may I help you today?" under "AskDesk 3", "Sure, take your time." then 190 s away', [
    [0, 'p', 'Hi, how much does it cost to rent a pavilion at a city park for a birthday?'],
    [14, 'l', 'Hello! How may I help you today?'],
    [20, 'l', 'Which park did you have in mind? Prices vary by shelter.'],
    [50, 'p', 'hang on let me find the name of it, its the one by the lake'],
    [56, 'l', 'Sure, take your time.'],
    [246, 'p', 'ok its tyson park in knoxville'],
    [252, 'l', "Knoxville Parks and Recreation takes pavilion reservations online; rates and the reservation calendar are at knoxvilletn.gov/parks (Facility Rentals), with Tyson Park's shelters and their capacity."],
    [258, 'l', 'Is that the info you needed?'],
    [300, 'p', 'yes thank you'],
    [305, 'l', 'Have a great party! Goodbye.'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 Spanish: a seasonal fireworks stand in Hidalgo County TX, the county fire marshal by phone
  s(LUPE, '05 un puesto de cohetes en el condado de Hidalgo (Spanish): "Habla Lupe", TDI, "llame a la oficina del Fire Marshal … al 956-555-0142", "eso es todo"', [
    [0, 'p', 'hola buenas, ¿se pueden vender cohetes en el condado de Hidalgo para año nuevo? quiero poner un puesto'],
    [25, 'l', '¡Buenas tardes! Habla Lupe, bibliotecaria de la Biblioteca Pública de McAllen. Con gusto le ayudo.'],
    [32, 'l', '¿Usted quiere vender al público en un puesto de temporada, o es para uso personal?'],
    [80, 'p', 'vender, un puesto de temporada'],
    [87, 'l', 'En Texas los vendedores de fuegos artificiales necesitan una licencia del Departamento de Seguros de Texas (TDI); los requisitos y el formulario están en tdi.texas.gov/fire/fmfireworks.html. Además, llame a la oficina del Fire Marshal del Condado de Hidalgo al 956-555-0142 para preguntar por las reglas del condado y las fechas permitidas.'],
    [94, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchas gracias, eso es todo'],
    [146, 'l', '¡Con gusto! Gracias por usar nuestro chat y que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 06 partly Spanish: music till 3 a.m. in Brooklyn, "llamando al 311"
  s(KIM, '06 a neighbor\'s music till 3 a.m. in Brooklyn (partly Spanish): "Puede reportarlo llamando al 311", nyc.gov/noise, "thats all"', [
    [0, 'p', 'my upstairs neighbor plays music till 3am every night, who do i call? brooklyn. perdón mi inglés'],
    [18, 'l', 'Hi! This is Kim from Brooklyn Public Library Ask a Librarian. No te preocupes, podemos hablar en español si prefiere.'],
    [25, 'l', '¿Es un edificio de apartamentos privado, o el ruido viene de un bar o negocio?'],
    [70, 'p', 'apartamento privado, mismo edificio'],
    [77, 'l', 'Puede reportarlo llamando al 311, a cualquier hora. The noise rules themselves (quiet hours, what counts as unreasonable noise) are explained at nyc.gov/noise.'],
    [83, 'l', '¿Le ayuda esto?'],
    [130, 'p', 'si gracias!! thats all'],
    [136, 'l', 'De nada, ¡buena suerte y gracias por escribirnos!'],
  ], usual({ referral: 'pass' })),

  // 07 holds every ~115 s (one a partial result)
  s(ROWAN, '07 a brush pile in Buncombe County NC: holds at 66 and 180 (partial result, still checking), answer at 295, ncforestservice.gov', [
    [0, 'p', 'is there a burn ban in buncombe county right now? want to burn brush pile this weekend'],
    [16, 'l', "Hi, thanks for contacting NC Libraries' chat! I'm Rowan, a librarian in Asheville."],
    [22, 'l', 'Is the pile more than 100 feet from your house, and is it just yard debris (no trash or lumber)?'],
    [60, 'p', 'yes like 200 ft away, just branches and leaves'],
    [66, 'l', 'Let me check the current burn status for Buncombe, one moment.'],
    [180, 'l', "Still checking — the state list shows no ban in western NC this morning; I'm confirming the county's own page now."],
    [295, 'l', "No ban for Buncombe County today. You can print a free burn permit yourself at ncforestservice.gov/burnpermit, and the current ban map is on the same site. With a permit, burning is allowed from 7 a.m. to midnight."],
    [301, 'l', 'Did that answer your question?'],
    [350, 'p', 'yes! perfect, thats all i need'],
    [356, 'l', 'Great, stay safe and thanks for chatting!'],
  ], usual()),

  // 08 a hold answered 121 s later
  s(BEV, '08 a Little League parade down Main St in Cary NC: "Let me pull up the town\'s special event rules" answered 121 s later', [
    [0, 'p', 'Our Little League wants to do a short parade down Main St for opening day. Do we need a permit? Town of Cary NC'],
    [20, 'l', 'Hello, Bev here at Cary Regional Library, Wake County Public Libraries.'],
    [26, 'l', 'About how many people, and will you need the street closed or just the sidewalks?'],
    [75, 'p', 'maybe 150 kids and parents, closing main st for like an hour'],
    [81, 'l', "Let me pull up the town's special event rules, just a moment."],
    [202, 'l', "Thanks for waiting. Cary requires a Special Event Permit for street closures; the application is on townofcary.org (search 'special event permit'), and it asks for a certificate of liability insurance naming the town."],
    [208, 'l', 'Does that help?'],
    [250, 'p', 'yes thank you, thats everything'],
    [255, 'l', 'Have a great opening day — bye!'],
  ], usual({ informed: 'fail' })),

  // 09 a hold answered exactly 120 s later
  s(CY, '09 Roman candles in Minnesota (chat-speak, emoji): "One sec, checking the statute." answered exactly 120 s later, revisor.mn.gov', [
    [0, 'p', 'can i buy roman candles in minnesota or do i have to drive to wisconsin lol'],
    [25, 'l', 'Hi there, Cy from Hennepin County Library here 👋'],
    [31, 'l', 'Are you asking what you can buy in Minnesota, or also what you can legally set off here?'],
    [70, 'p', 'both i guess'],
    [76, 'l', 'One sec, checking the statute.'],
    [196, 'l', "Minnesota only allows non-explosive, non-aerial consumer fireworks (sparklers, fountains, snakes). Roman candles are aerial, so they're illegal to use here even if you buy them elsewhere. See Minn. Stat. 624.20 at revisor.mn.gov/statutes/cite/624.20 and the State Fire Marshal's summary at dps.mn.gov/divisions/sfm."],
    [202, 'l', 'Does that clear it up?'],
    [245, 'p', 'dang ok. yeah thanks'],
    [250, 'l', 'Anything else today?'],
    [275, 'p', 'nope'],
    [279, 'l', 'Alright, thanks for chatting — happy (legal) fireworks!'],
  ], usual()),

  // 10 a hold at 70, the patron's "hello??" at 150, the answer at 200 (130 s after the hold)
  s(DEV, '10 reporting illegal fireworks in Los Angeles (emoji): hold at 70, patron "hello??" at 150, answer at 200, LAPD line + MyLA311 + 911', [
    [0, 'p', 'how do i report illegal fireworks in my neighborhood?? its every night in los angeles 😩'],
    [19, 'l', "Hello! I'm Dev, a librarian with LA Public Library's chat reference."],
    [25, 'l', 'Is this happening right now, or are you looking for a way to report it in general?'],
    [60, 'p', 'in general, its every weekend'],
    [70, 'l', "Give me a minute to find LAPD's reporting options."],
    [150, 'p', 'hello??'],
    [200, 'l', "Sorry for the wait! Call LAPD's non-emergency line at 1-877-275-5273 (1-877-ASK-LAPD), or file a report online through MyLA311 at myla311.lacity.gov. Call 911 only if there's a fire or someone is hurt."],
    [206, 'l', 'Will that work for you?'],
    [250, 'p', 'yes ty'],
    [255, 'l', "You're welcome, take care — bye!"],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' })),

  // 11 follow-up by me, e-mail read back, "by Wednesday afternoon", done exactly 72 h after the end
  s(ELLA, '11 insurance certificate for a Vilas Park shelter (follow-up by me): e-mail read back, "by Wednesday afternoon", done exactly 72 h after the end', [
    [0, 'p', 'Hi - the city says I need a certificate of insurance to rent a shelter at Vilas Park for a family reunion. Where do people even get that for a one-day event?'],
    [28, 'l', "Good afternoon, I'm Ella, a librarian at Madison Public Library. Happy to dig into this."],
    [34, 'l', 'How many guests are you expecting, and will there be alcohol? Both change what the parks office asks for.'],
    [90, 'p', 'about 80, and yes beer'],
    [96, 'l', "Madison Parks' shelter rental rules (insurance and the alcohol permit) are at cityofmadison.com/parks/reserve. One-day special event liability policies are sold by several insurers; I'd like to put together a short list with prices for you. What e-mail should I send it to?"],
    [150, 'p', 'sure its greta.holm@example.net'],
    [156, 'l', "Thanks — greta.holm@example.net. I'll send the list by Wednesday afternoon."],
    [162, 'l', 'Does the parks page answer the alcohol part for now?'],
    [210, 'p', 'yes it does. thank u, thats all for now'],
    [216, 'l', 'Thank you for using Madison Public Library chat!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(72 * HOUR + 221) }] }, { now: T0 + 5 * DAY }),

  // 12 follow-up by the patron's library, phone read back, "within 72 hours", done 1 s late
  s(FAYE, '12 a professional fireworks show at a Frederick County farm wedding (follow-up by patron\'s library): phone read back, "within 72 hours", done 72 h + 1 s after the end', [
    [0, 'p', 'we want a small professional fireworks show at our wedding at a farm in frederick county md, what permits does that take?'],
    [24, 'l', "Hi! Faye here, a librarian with Maryland's Ask Us service."],
    [30, 'l', 'Is the farm inside a town, or on unincorporated county land?'],
    [80, 'p', 'unincorporated, near Middletown'],
    [86, 'l', "Maryland requires a display permit from the State Fire Marshal, and the show has to be run by a licensed pyrotechnic operator; the rules are at mdsp.maryland.gov (Office of the State Fire Marshal > Fireworks). Frederick County Public Libraries' business librarian can find which local operators are licensed, so I'll pass your question to them. What's a good way for them to reach you?"],
    [140, 'p', 'phone 301 555 0127'],
    [146, 'l', "That's 301-555-0127, right? They'll call you within 72 hours."],
    [180, 'p', 'yep correct'],
    [186, 'l', 'Does the Fire Marshal page help for now?'],
    [230, 'p', 'yes very much. thanks!'],
    [236, 'l', 'Thanks for chatting, and congratulations!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(72 * HOUR + 242) }] }, { now: T0 + 5 * DAY }),

  // 13 follow-up by me, the e-mail only in the patron fields; "ask your own insurance agent" (no contact)
  s(GABE, '13 a $1M policy for a Denver block party (follow-up by me): e-mail only in the patron fields, "get back to you by Friday", "ask your own … insurance agent"', [
    [0, 'p', 'neighborhood assoc here. denver wants a $1M liability policy for our block party permit. any idea where small groups get that?'],
    [30, 'l', 'Hi, Gabe with Denver Public Library Ask Us here.'],
    [36, 'l', 'Is your association incorporated as a nonprofit, or an informal group?'],
    [90, 'p', 'informal, no 501c3'],
    [96, 'l', "Denver's block party permit rules, with the insurance wording, are at denvergov.org (search 'block party permit'). Also ask your own homeowner's or renter's insurance agent whether they sell a one-day event rider. I'll look for insurers that write one-day policies for unincorporated groups and get back to you by Friday with what I find."],
    [102, 'l', 'Does the permit page help in the meantime?'],
    [150, 'p', 'yes thanks'],
    [156, 'l', 'Thanks for reaching out, talk soon!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending', referral: 'fail' }), { ...FU_ME, patron: { name: null, email: 'lowry.neighbors@example.org', phone: null } }),

  // 14 a transfer with a notice and an internal note that says why
  s(HUGO, '14 a Dorchester festival parade permit: "I\'m handing you over to her now, one moment" + an internal note why, Nadia 84 s later, boston.gov', [
    [0, 'p', 'how do we get a parade permit in boston, its for a cultural festival in june'],
    [21, 'l', 'Hi there, this is Hugo at Boston Public Library. Glad you reached out.'],
    [27, 'l', 'What neighborhood would the route be in, and roughly how many marchers?'],
    [80, 'p', 'dorchester, maybe 300 people + a float'],
    [86, 'l', "My colleague Nadia works with city permits all the time — I'm handing you over to her now, one moment."],
    [89, 'i', 'Nadia, pt needs a Boston parade permit (Dorchester, ~300 marchers, a float). You know the Public Works / BPD steps better than I do.'],
    xfer(92, 'Nadia', 'nadia-fw'),
    [170, 'l', "Hi, Nadia here, also a librarian at BPL. Parades need a Public Works street occupancy permit and a police detail; the city's Special Events page walks through both: boston.gov/departments/special-events.", as(NADIA)],
    [176, 'l', 'Is that what you needed?', as(NADIA)],
    [220, 'p', 'yes great, thanks so much. thats all'],
    [225, 'l', 'Wonderful, thanks for chatting with us!', as(NADIA)],
  ], usual({ transfer: 'pass' })),

  // 15 a transfer told to the patron, with no internal note; "Call your township fire department" (no contact)
  s(IVY, '15 a church bonfire in Licking County OH: transfer notice to the patron but no internal note, Sam: epa.ohio.gov, "Call your township fire department"', [
    [0, 'p', 'Our church wants a bonfire at the fall festival in Licking County Ohio. Is that allowed / what permits?'],
    [26, 'l', 'Hello! Ivy at Ask Ohio, the statewide library chat.'],
    [32, 'l', 'Is the fire just clean wood, and will it be bigger than 5 feet across?'],
    [75, 'p', 'just wood, probably bigger yes'],
    [81, 'l', "I'm going to transfer you to Sam, who knows the Ohio EPA rules well. Please hold."],
    xfer(84, 'Sam', 'sam-fw'),
    [140, 'l', "Hi, Sam here. Ohio EPA treats a large bonfire as open burning; ceremonial fires are allowed up to 5 ft by 5 ft, and anything bigger needs the local fire department's OK. The rules are at epa.ohio.gov (Open Burning). Call your township fire department about a permit.", as(SAM)],
    [146, 'l', 'Does that help?', as(SAM)],
    [190, 'p', 'yes, thank you!'],
    [195, 'l', 'Thanks, enjoy the festival!', as(SAM)],
  ], usual({ anything: 'fail', referral: 'fail', transfer: 'fail' })),

  // 16 four at once
  s(JADE, '16 a 6 a.m. remodel crew in Seattle (emoji): three other chats of Jade\'s open at 30-60 s (four at once), SMC 25.08.425', [
    [0, 'p', 'is there a law about what time construction can start in seattle? crew next door starts at 6am 😤'],
    [12, 'l', 'Morning! Jade from The Seattle Public Library here.'],
    [18, 'l', 'Is it a house remodel or a big commercial site?'],
    [50, 'p', 'house remodel'],
    [56, 'l', "Seattle's noise code limits residential construction to 7 a.m.–10 p.m. on weekdays (9 a.m. on weekends). It's SMC 25.08.425 on library.municode.com/wa/seattle, and seattle.gov/sdci (Noise) explains how complaints work."],
    [62, 'l', 'Did that answer it?'],
    [100, 'p', 'yes!! thanks thats all'],
    [104, 'l', 'Good luck with the neighbors, goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('j1', 'jade-fw', -200, 60), other('j2', 'jade-fw', 5, 300), other('j3', 'jade-fw', 30, 500)],
  }),

  // 17 three at most: touching ends, another provider's chat
  s(KAI, '17 sparklers in San José (chat-speak, emoji): one chat ending at the start, two overlapping, one starting at the end, another provider\'s chat (three at most)', [
    [0, 'p', 'r sparklers legal in san jose? my kids want them for new years'],
    [20, 'l', 'hi hi! Kai at San José Public Library 🙂'],
    [26, 'l', 'r u in san jose city limits or somewhere else in santa clara county?'],
    [60, 'p', 'city'],
    [65, 'l', "San José bans all fireworks, even the 'safe and sane' kind like sparklers: sanjoseca.gov/fireworks. A few nearby cities allow safe and sane ones, but not SJ."],
    [70, 'l', 'that help?'],
    [95, 'p', 'aw ok yeah'],
    [99, 'l', 'anything else?'],
    [110, 'p', 'no thats it'],
    [114, 'l', 'ok! bye & happy new year 🎉'],
  ], usual(), {}, {
    otherIntervals: [
      other('k1', 'kai-fw', -300, 0), other('k2', 'kai-fw', -60, 100), other('k3', 'kai-fw', 50, 400), other('k4', 'kai-fw', 119, 600),
      other('x1', 'jade-fw', 10, 90),
    ],
  }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (fireworks script): coded Practice, every check na', [
    [0, 'p', 'test - r fireworks legal in ohio'],
    [6, 'l', 'testing canned greeting'],
    [12, 'l', 'Fireworks info: samplelib.org/fireworks. Did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined; Lost Call, one patron message
  s(NOBODY, '19 the number to report fireworks in Phoenix: no provider ever joined, one patron line, coded Lost Call', [
    [0, 'p', 'whats the number to report fireworks in phoenix'],
    waiting(2),
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 Spanish Lost Call: greeting only, "¿Sigue ahí?", a notice with no goodbye
  s(LENI, '20 un brincolín en el parque (Spanish, Lost Call): greeting only, "¿Sigue ahí?" at 150, "Parece que se desconectó … voy a cerrar este chat" at 215', [
    [0, 'p', 'buenas, ¿necesito permiso para poner un brincolín en el parque para el cumple de mi hija?'],
    [24, 'l', '¡Hola! Gracias por comunicarse con Pregunte a un Bibliotecario; le atiende Leni, de la Biblioteca del Condado de Tulsa. ¿En qué le puedo ayudar?'],
    [150, 'l', '¿Sigue ahí?'],
    [215, 'l', 'Parece que se desconectó, así que voy a cerrar este chat.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 final idle 179 s, a check-in that invites back
  s(MIRA, '21 legal fireworks in Beaverton OR: answer at 56, "Are you still there? … feel free to chat back in anytime." at 180, end at 235 (final idle 179 s)', [
    [0, 'p', 'Which fireworks are legal in Oregon? We are in Beaverton'],
    [15, 'l', 'Hello, Mira here with Washington County Cooperative Library Services.'],
    [21, 'l', 'Are you asking about buying them or using them, and is this for the Fourth?'],
    [50, 'p', 'using for the 4th'],
    [56, 'l', "Oregon allows consumer fireworks that stay on the ground: nothing that flies more than a foot up or travels more than 6 feet, so bottle rockets and firecrackers are out. The State Fire Marshal's list of what's allowed is at oregon.gov/osp/programs/sfm (Fireworks)."],
    [62, 'l', 'Does that answer your question?'],
    [180, 'l', "Are you still there? If you've stepped away, feel free to chat back in anytime."],
  ], usual({ anything: 'fail', idle: 'pass' }), { endAfter: 55 }),

  // 22 final idle exactly 120 s, a goodbye with no check-in
  s(NED, '22 booking a Burke Lake picnic shelter: answer + "Did that help?" at 60, goodbye at 180 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'how far ahead can i book a picnic shelter at burke lake park'],
    [18, 'l', "Hi, I'm Ned, a librarian at Fairfax County Public Library."],
    [24, 'l', 'Is this for this spring or summer, and about how many people?'],
    [55, 'p', 'june, 40 ppl'],
    [60, 'l', "The Fairfax County Park Authority opens shelter reservations in January for the whole season; book online at fairfaxcounty.gov/parks/picnic-shelters, where Burke Lake's shelters are listed with capacity and fees. Did that help?"],
    [180, 'l', 'Thanks for using Ask a Librarian — goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 23 final idle 119 s, no goodbye
  s(OLIVE, '23 fireworks at 11:30 pm on a Tuesday in Indianapolis: answer at 54, "Does that help?" last, end at 173 (final idle 119 s), IMPD line', [
    [0, 'p', 'what hours can ppl legally set off fireworks in indiana? its 11:30pm and they are still going'],
    [14, 'l', 'Hey, Olive here from Indianapolis Public Library chat.'],
    [20, 'l', 'Is tonight a holiday, or just a regular night?'],
    [48, 'p', 'regular tuesday'],
    [54, 'l', "On ordinary days Indiana allows consumer fireworks only from 5 p.m. to two hours after sunset; the holiday windows run later. It's Indiana Code 22-11-14-10.5, at iga.in.gov. You can report it to IMPD's non-emergency line, 317-327-3811."],
    [60, 'l', 'Does that help?'],
  ], usual({ anything: 'fail', courteous: 'fail', referral: 'pass' }), { endAfter: 113 }),

  // 24 "You've reached the limit of questions for one chat"
  s(PAM, '24 a school project on state fireworks bans: "You\'ve reached the limit of questions for one chat, so I have to stop here. Bye." (dismissal)', [
    [0, 'p', 'hiii im doing a school project on fireworks laws. which states ban all fireworks??'],
    [20, 'l', 'Hi, Pam from Ask a Librarian Delaware here.'],
    [26, 'l', 'Do you need just the list, or sources you can cite in the project too?'],
    [60, 'p', 'sources too pls'],
    [66, 'l', "Massachusetts is the only state that still bans all consumer fireworks. The National Fire Protection Association keeps a state-by-state page at nfpa.org/fireworks, and the American Pyrotechnics Association has a directory of state laws at americanpyro.com."],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'yes!! ok also why do dogs hate fireworks and when were they invented and are sparklers dangerous and'],
    [118, 'l', "You've reached the limit of questions for one chat, so I have to stop here. Bye."],
    [125, 'p', 'wait what'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 25 other patrons waiting, a way back, the Special Events office by phone
  s(QUIN, '25 a Milwaukee street fair with a band: "there are other patrons waiting … chat back in later … or call the Special Events office at 414-286-8810"', [
    [0, 'p', 'planning a street fair on our block in milwaukee, need permit info'],
    [22, 'l', "Good evening! I'm Quin, a librarian at Milwaukee Public Library."],
    [28, 'l', 'Will you be closing the street, and will vendors be selling food?'],
    [70, 'p', 'yes both, plus a band'],
    [76, 'l', "You'll apply for a Special Event Permit from the City of Milwaukee; the application and fee list are at city.milwaukee.gov/SpecialEvents. Food vendors also need temporary food licenses, covered on the same page."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes. ok what about the band, noise permit? and insurance, and porta potties, and can we sell beer, and do we need police'],
    [128, 'l', 'All good questions! There are other patrons waiting for me right now, so please chat back in later for the rest — or call the Special Events office directly at 414-286-8810; they handle all of those.'],
    [160, 'p', 'ok'],
    [165, 'l', 'Thanks for your patience, and good luck with the fair!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 26 a promise to e-mail with the e-mail read back and no time, coded Answered; the patron has the last word
  s(RAY, '26 Canton Township fireworks days: "I\'ll e-mail you the township\'s PDF once they send it", e-mail read back, no time, coded Answered, patron last', [
    [0, 'p', 'my township in michigan says fireworks only on certain days?? is that legit'],
    [17, 'l', 'Hello! Ray at the Michigan eLibrary Ask a Librarian desk.'],
    [23, 'l', "Which township, if you don't mind me asking?"],
    [60, 'p', 'canton township'],
    [66, 'l', "Yes: Michigan's Fireworks Safety Act (MCL 28.457) lets local units limit use to certain days around holidays. The state law is at legislature.mi.gov. Canton's current ordinance isn't posted yet, so I'll e-mail you the township's PDF once they send it to me. What's your e-mail?"],
    [110, 'p', 'its d.okafor@example.com'],
    [115, 'l', "Okay, that's d.okafor@example.com. Did the state law help for now?"],
    [140, 'p', 'yes makes sense'],
    [145, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no thats all i needed, thx!'],
  ], usual({ courteous: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 27 the source before any question; code null
  s(SAGE, '27 New Hampshire fireworks in Massachusetts: the answer with mass.gov before any question, "Anything else?", code null', [
    [0, 'p', 'can I use fireworks in massachusetts if I buy them in NH?'],
    [10, 'l', 'Hi! Sage at Worcester Public Library chat.'],
    [16, 'l', "No — Massachusetts bans possessing and using consumer fireworks no matter where they were bought (M.G.L. c. 148, § 39). The Department of Fire Services explains it at mass.gov/info-details/fireworks-safety."],
    [22, 'l', 'Did that answer your question?'],
    [60, 'p', 'ugh yes'],
    [64, 'l', 'Anything else?'],
    [80, 'p', 'no'],
    [84, 'l', 'Thanks, have a safe summer!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 28 no source; "Ask the city clerk" (no contact); Lost Call after three patron lines
  s(TESS, '28 a garage band in Ames IA: quiet hours from memory, no source, "Ask the city clerk", coded Lost Call after three patron lines', [
    [0, 'p', 'my son has a band that practices in our garage. how late can they play before we get in trouble?'],
    [20, 'l', "Hi! You're chatting with Tess, a librarian at Ames Public Library."],
    [26, 'l', 'Are you inside Ames city limits?'],
    [50, 'p', 'yes'],
    [56, 'l', 'Most Iowa cities set quiet hours around 10 p.m. to 7 a.m., and police usually respond to complaints rather than measuring decibels. Ask the city clerk which hours Ames uses before the next practice.'],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'ok thanks'],
    [106, 'l', 'Thanks for chatting, rock on!'],
  ], usual({ source: 'fail', anything: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 pickedUpAt 50 s, first line at 175 (125 s after pickup)
  s(UMA, '29 store-bought fireworks at a Naperville party: pickedUpAt 50 s, first line at 175 (125 s after pickup), ilga.gov', [
    [0, 'p', 'do i need a permit to do fireworks at my 4th party in naperville il'],
    [175, 'l', 'Hi, this is Uma at Naperville Public Library, sorry for the delay!'],
    [181, 'l', 'Are you thinking store-bought fireworks, or hiring a company for a display?'],
    [220, 'p', 'store bought'],
    [226, 'l', "In Illinois only novelty items like sparklers and snaps are legal without a permit; anything else needs a display permit and a licensed operator. The rules are in the Pyrotechnic Use Act (425 ILCS 35) at ilga.gov, and Naperville's page is on naperville.il.us (search 'fireworks')."],
    [232, 'l', 'Does that answer it?'],
    [270, 'p', 'yes thanks. thats all'],
    [275, 'l', 'Happy Fourth, thanks for chatting!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),

  // 30 a source with no codes: a promise with the e-mail read back and "by tomorrow morning"
  s(VERA, '30 the Chatham County noise ordinance for an HOA dispute (no codes): scan promised, e-mail read back, "by tomorrow morning", resolutionCode left out', [
    [0, 'p', 'Hi, is the Chatham County noise ordinance online anywhere? Need exact text for an HOA dispute. Thanks'],
    [19, 'l', "Hello and welcome! I'm Vera, a librarian at Live Oak Public Libraries in Savannah."],
    [25, 'l', 'Is the property in unincorporated Chatham County, or inside Savannah city limits?'],
    [70, 'p', 'unincorporated, near Wilmington Island'],
    [76, 'l', "The county code is on Municode (library.municode.com/ga/chatham_county); the noise chapter is in Part 4. The latest amendment isn't posted there yet, so I can scan our print copy and e-mail it to you. What address should I use?"],
    [130, 'p', 'rsimms.hoa@example.com'],
    [136, 'l', "Got it, rsimms.hoa@example.com. You'll have the scan by tomorrow morning."],
    [142, 'l', 'Does the Municode chapter cover what you need until then?'],
    [190, 'p', 'yes, perfect. that is all, thanks'],
    [195, 'l', 'Thanks for chatting with Live Oak Libraries!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FIREWORKS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-sixth round: fireworks, noise rules and community event permits, checked', () => {
  describeSessions('whole sessions', FIREWORKS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FIREWORKS.filter((c) => c.name in LEFT_WHY));
});
