/**
 * Seventy-fifth round, theme SKATEBOARDING, SURFING AND BOARD SPORTS, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: skate park rules and permits (helmets at a city park, a skate jam
 * permit for a hundred kids, a shop's contest in a county park, an upset parent whose park may close), surf reports and rip
 * currents (a rip at Huntington Beach, reading a buoy report, a wave forecast in Spanish, wetsuits for Oregon in February,
 * being yelled at for dropping in), board building (a plywood deck with dad, a teen workshop request), lessons (surf classes
 * for children in Spanish, learning at 52, becoming a snowboard instructor), sizes and gear (a deck for a nine-year-old,
 * rental boots in Spanish, binding angles, board shapes), injuries (a sore wrist after a fall, helmets and concussion,
 * injury numbers for a town council), and the sports' history and Olympics (snowboarding at Nagano, the Tokyo skateboarding
 * medals, LA 2028 surfing, the Snurfer in Muskegon, Duke Kahanamoku at Waikiki, who invented the skateboard, a 1970s skate
 * park's photos, surf history books in Spanish). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/s72/skateboarding-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a 25 s pickup, "Hi there, thanks for contacting Santa Cruz Public Libraries! I'm Rowan …" (01); pickup at exactly
 *   60 s (03: pass) and at 61 s (04: fail); `pickedUpAt` recorded at 58 s with the first line at 80 s (05: pass); "Marco,
 *   Eugene Public Library. How tall is he …" names but greets no one (06: fail); "Hi there! 👋" then "I'm Priya, one of the
 *   librarians at AskColorado" (07: pass); "Hello!", a question, and only the third line introduces Dev (08: fail);
 *   "Aloha and thanks for waiting! Keoni here, librarian …" (05) and "Aloha! Malia here …" (27); Spanish "¡Hola, buenas
 *   tardes! Le saluda Lucía, bibliotecaria …" (02), "¡Buenas tardes! Soy Inés, bibliotecaria …" (22); bilingual "¡Hola!
 *   Hi, I'm Andrés …" (16) and "¡Hola! Hi, I'm Sofía …" (29); a queue line and no provider ever (18);
 *  inquiry: which park, whether the children swim, swimming or lessons, year or proof, buoy or forecast, height and shoe
 *   size, tools at home, ocean experience, which events, guards or injury, which stretch of coast, which years, which
 *   season, dates or venue, buy or rent and which language, first board, crowd size, forecast or rip currents, the parking
 *   lot, project or visit, research or something short, rental or alone, which paper, middle or high school, print or large
 *   print, deadline and national or local; sources at once with no question (21: fail); a question and no source ever (15);
 *  waits: a hold at 62, a partial-result hold at 176 ("Still checking the park events for you."), the rest at 296 (09: 114
 *   and exactly 120 s, pass); "Hang on, let me find a good source on that." answered 121 s later (10: fail); a question at
 *   100, "hellooo?" at 190, the answer at 222 (11: 122 s from the question, fail); "Sure, take your time!" and the patron back
 *   244 s later (07: waiting on the patron, pass); a transfer notice answered 74 s (12) and 86 s (14) later; a silent
 *   transfer, the receiver 95 s after the patron (13);
 *  endings: a Lost Call where only a clarifying question was sent, "Are you still there?" at 160 and "It looks like we've been
 *   disconnected, so I'll close this chat now. You're welcome to chat with us again anytime!" at 345 (15: final idle 319 s);
 *   "¿Sigue ahí?" and "Parece que se desconectó. ¡Gracias por usar AskColorado!" (16: 192 s, the notice never says the chat
 *   will end); a goodbye 120 s after the answer with no check-in (22: fail) and 119 s after (23: na); "Are you still there?"
 *   then a thanks exactly 180 s after the answer (24: check-in pass, notice fail); "Still with me?" and a goodbye 179 s after
 *   (25: notice na); "Still there? If not, thanks for stopping by!" and the session closed 76 s later (26: 186 s to
 *   `endedAt`); a goodbye followed by one more link (09); the patron's "yep thats all i needed, thx" as the last line (11:
 *   courteous fails); "you've used up your questions for this chat, there's a limit. Bye." (19: dismissal fails, courteous
 *   passes); "I have several other patrons waiting right now … please chat back in later" (20: allowed); "My shift just ended
 *   so I'm logging off now." (21: dismissal and courteous fail); goodbyes "Thanks for chatting, take care.", "¡A usted! Que
 *   disfruten las olas. Hasta pronto.", "Later! 🤙", "A hui hou, thanks for chatting!", "Bye for now.", "Mahalo for asking,
 *   a hui hou!", "¡Con mucho gusto! Thanks for chatting."; patron-side "thats all i needed", "eso era todo", "thats
 *   everything", "thats all, thank you both", "no more questions", "thats all i need", and "ok thanks!", "will do", "yes
 *   thats helpful" that do not count; "Feel free to let me know if anything else comes up." (08: not a question);
 *  sources: city and state park pages, weather.gov, olympics.com, a book in the catalogue (Howe, Warshaw, Borden, Finnegan
 *   in Spanish), ndbc.noaa.gov with the steps, rei.com, instructables.com, the catalogue's site, lapl.org databases,
 *   orthoinfo.aaos.org, a NOAA water temperature guide, a library's digital collections with the steps, thesnowpros.org,
 *   hackleylibrary.org, a rental shop's phone as the only source (16), cdc.gov and a health database by its tab,
 *   surfrider.org, Chronicling America, a library events calendar, cpsc.gov's NEISS; none (15: only a question; 22: the
 *   Surfline and Windy apps named without a way to reach them, fail);
 *  completeness near misses: "Want me to find anything more on the halfpipe event that year?" (04), "Would a video of what
 *   the Level 1 exam looks like be what you need too?" (13), "Does that sound good?" about passing a request on (28);
 *  referrals: a city parks department by phone and URL in Spanish (02); a city aquatics program through its site (08); a
 *   resort rental shop by phone in Spanish (16); a county parks department by phone and the township police with no contact
 *   (23: fail, every party); a hall of fame by postal address and e-mail (24); not referrals: "worth having a doctor look at
 *   it" (10), a transfer (12, 13, 14), a parks department's web page (20), teen staff asked to call the patron (28), a
 *   Spanish-language selector consulted (29);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 40 h (27: pass); FU_LIB, a phone typed with spaces
 *   and read back with dashes, no time said, done at 80 h (28: contact and on_time fail); "I'll … e-mail you a longer list"
 *   with the e-mail read back and "tomorrow afternoon", coded Answered (29: code fails, on_time pending at day 1); FU_ME,
 *   the e-mail only in the patron fields ("the address on your chat form"), done exactly 72 h after `endedAt` (30: contact
 *   fails, on_time passes);
 *  codes: a true Lost Call after a clarifying question (15); Lost Call after three patron lines (16); Lost Call with no
 *   provider and two patron lines (18); an empty string (06); the field left out (24: na); Practice (17);
 *  transfers: a visible notice (a hold) and an internal note that says why (12: pass); an internal note only (13: fail); a
 *   visible notice with the note written after the transfer (14: fail);
 *  concurrency: three others open through the session, four at once (20: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (03: three at most, pass); three others opening after the transferring
 *   provider's transfer (12: pass, judged over her part).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt` recorded by the source is the pickup ("or `pickedUpAt` when the source system records it"): 05 picks up at
 *   58 s though its first line is at 80 s (pass);
 * - "Aloha" greets (05, 27); "Le saluda Lucía, bibliotecaria", "Soy Inés, bibliotecaria" identify; "Marco, Eugene Public
 *   Library." identifies but does not greet (06: fail);
 * - "Later! 🤙" and "A hui hou" ("until we meet again") say goodbye (06, 05, 27); "¡A usted!" answers thanks with thanks;
 * - "Does that clear it up?", "Is that enough to get you started?", "Does that cover both parts?", "¿Es lo que buscaba?",
 *   "¿Le sirve?" ask whether what was given meets the need; "Want me to find anything more …?" offers more (04), "Would a
 *   video … be what you need too?" asks about something not given (13) and "Does that sound good?" asks about the plan to
 *   pass the request on (28): none of these three count;
 * - "Feel free to let me know if anything else comes up." invites but does not ask (08: anything_else fails);
 * - the patron's "eso era todo" ("that was all"), "thats all, thank you both" and "thats everything" say explicitly that
 *   they are done (02, 12, 27);
 * - "it's worth having a doctor look at it" names no agency, library, department, office or named specialist: not a
 *   referral (10: na); "get in touch with the City of San Diego's aquatics program through sandiego.gov/…" is a referral
 *   whose way to reach them is the URL (08: pass);
 * - the patron's "hellooo?" during a wait does not restart it (RUBRIC: "Further patron messages while it lasts do not restart
 *   it"): 11 waits 100 -> 222 = 122 s;
 * - "Got the street events: … Still checking the park events for you." gives a partial result and says the search goes on:
 *   a hold (09), so the last span is 176 -> 296 = exactly 120 s;
 * - "Still there? If not, thanks for stopping by!" asks whether the patron is still there, so it is not a goodbye and the
 *   final idle of 26 runs to `endedAt` (54 -> 240 = 186 s, no notice: fail); it thanks the patron, so closing.courteous
 *   passes;
 * - "Parece que se desconectó. ¡Gracias por usar AskColorado!" says the patron seems disconnected but not that the chat will
 *   end (16: notice fails); it thanks, so it is a goodbye and the idle ends at it; "¿Sigue ahí?" is a check-in;
 * - a Lost Call whose only provider line besides the greeting and idle lines is a clarifying question (15) has a
 *   substantive exchange: clarify passes (no source ever given), source, completeness and anything_else fail, and the code
 *   passes (one patron message);
 * - `resolutionCode: undefined` is the field left out: the source has no codes (24: na);
 * - a follow-up recorded exactly 72 h after `endedAt` is within `followUpHours` (30: pass);
 * - "the address on your chat form" neither gives nor repeats the e-mail known only from `patron.email` (30: contact fails;
 *   the code passes, a contact being known in the patron fields);
 * - "I'll send it over to Deschutes Public Library's teen services and they'll give you a call" promises that someone will
 *   contact the patron (a follow-up session) and asks staff on the patron's behalf: not a referral (28); likewise "I'll
 *   check with our Spanish-language selector" (29);
 * - "you've used up your questions for this chat, there's a limit. Bye." dismisses and also says goodbye (19: no_dismissal
 *   fails, courteous passes); "My shift just ended so I'm logging off now." ends the help for the provider's convenience
 *   with no way back and only announces the end (21: both fail);
 * - 12's transferring provider is judged over her part, until the transfer at 72 s: three chats that open from 75 s on do
 *   not overlap it.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (16 referral.contact, 21 approachability.greeting, 26 referral.contact, 28
 * followup.completeness). Label corrections: none (each of the four reread against RUBRIC.md and kept).
 * Final: 26 running, 4 LEFT (LEFT_WHY gives each reason).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`, no provider; keep_informed at 114 and exactly 120 s across a
 * partial-result hold, at 121 s, at 122 s across a patron's "hellooo?", "take your time", a notice-transfer and a silent
 * transfer; final idles of 119, 120, 179, 180, 186 (to `endedAt`), 192 and 319 s; concurrency at four, at touching ends and
 * over a transferring provider's part; on_time done at 40 h, exactly 72 h after the end, at 80 h, pending at day 1) scored
 * as labelled on the first run. The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (26 through describeSessions, 4 through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: no error in this file.
 * ON v67 (block AG7, AG9): case 16's "La tienda de alquiler … puede llamar antes y preguntar …" refers; it runs, 3 LEFT (21, 26, 28).
 * ON v68 (block AH9, AH10, AH20): cases 21 ("Hi, Dustin, Truckee library." with the screen name "dustin_t"), 28 ("Does that sound
 *   good?" after the offer to pass the request on) and 26 ("Dropping in means catching a wave …", a term explained, no referral)
 *   run, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const ROWAN: Prov = { id: 'rowan-sk', name: 'Rowan', library: 'SCPL' };
const LUCIA: Prov = { id: 'lucia-sk', name: 'Lucía', library: 'MDPLS' };
const TOMAS: Prov = { id: 'tomas-sk', name: 'Tomas', library: 'OCPL-CA' };
const BEA: Prov = { id: 'bea-sk', name: 'Bea', library: 'DPL' };
const KEONI: Prov = { id: 'keoni-sk', name: 'Keoni', library: 'HSPLS' };
const MARCO: Prov = { id: 'marco-sk', name: 'Marco', library: 'EPL-OR' };
const PRIYA: Prov = { id: 'priya-sk', name: 'Priya', library: 'ASKCO' };
const DEV: Prov = { id: 'dev-sk', name: 'Dev', library: 'SDPL' };
const HOLLIS: Prov = { id: 'hollis-sk', name: 'Hollis', library: 'LAPL' };
const JUNE: Prov = { id: 'june-sk', name: 'June', library: 'SLCPL' };
const WES: Prov = { id: 'wes-sk', name: 'Wes', library: 'NPL-OR' };
const NOOR: Prov = { id: 'noor-sk', name: 'Noor', library: 'CBAD' };
const GRETA: Prov = { id: 'greta-sk', name: 'Greta', library: 'CBAD' };
const OLLIE: Prov = { id: 'ollie-sk', name: 'Ollie', library: 'FFL-VT' };
const SASHA: Prov = { id: 'sasha-sk', name: 'Sasha', library: 'FFL-VT' };
const FERN: Prov = { id: 'fern-sk', name: 'Fern', library: 'MEL' };
const QUINN: Prov = { id: 'quinn-sk', name: 'Quinn', library: 'HACKLEY' };
const RHEA: Prov = { id: 'rhea-sk', name: 'Rhea', library: 'LACL' };
const ANDRES: Prov = { id: 'andres-sk', name: 'Andrés', library: 'ASKCO' };
const TRAINEE: Prov = { id: 'trainee-sk', name: 'Trainee 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-sk', name: 'Queue', library: 'VRQ' };
const BARB: Prov = { id: 'barb-sk', name: 'Barb', library: 'VBPL' };
const CAL: Prov = { id: 'cal-sk', name: 'Cal', library: 'SPL' };
const DUSTIN: Prov = { id: 'dustin-sk', name: 'dustin_t', library: 'NCCL-TRK' };
const INES: Prov = { id: 'ines-sk', name: 'Inés', library: 'SDCL' };
const MOSS: Prov = { id: 'moss-sk', name: 'Moss', library: 'OCL-NJ' };
const TAVI: Prov = { id: 'tavi-sk', name: 'Tavi', library: 'SVL' };
const PAIGE: Prov = { id: 'paige-sk', name: 'Paige', library: 'SCL-CO' };
const LEO: Prov = { id: 'leo-sk', name: 'Leo', library: 'DCL-NC' };
const MALIA: Prov = { id: 'malia-sk', name: 'Malia', library: 'HSPLS' };
const RUTH: Prov = { id: 'ruth-sk', name: 'Ruth', library: 'ANSWERLAND' };
const SOFIA: Prov = { id: 'sofia-sk', name: 'Sofía', library: 'AUN' };
const GIDEON: Prov = { id: 'gideon-sk', name: 'Gideon', library: 'QANJ' };

const s = session;

export const SKATEBOARDING: SessionCase[] = [
  // 01 the plain good session
  s(ROWAN, '01 helmets at the downtown skate park: "thanks for contacting … I\'m Rowan", which park asked, city page, "thats all i needed"', [
    [0, 'p', 'hey is it true u have to wear a helmet at the skate park downtown? my son is 14 and says nobody does lol'],
    [25, 'l', "Hi there, thanks for contacting Santa Cruz Public Libraries! I'm Rowan, one of the librarians."],
    [31, 'l', 'Which park do you mean, the one at Mike Fox Park or the Derby Park bowl?'],
    [70, 'p', 'mike fox'],
    [78, 'l', "California's Health and Safety Code section 115800 lets cities require helmets, elbow pads and knee pads at public skate parks, and Santa Cruz does: the rules are posted at the gate and on the city's page for the park, cityofsantacruz.com/parks (search 'skate')."],
    [84, 'l', 'Does that answer your question?'],
    [120, 'p', 'yep!! thats all i needed, he is not gonna be happy haha'],
    [126, 'l', 'Ha, good luck with that conversation! Thanks for chatting, take care.'],
  ], usual()),

  // 02 Spanish: surf lessons for children, a city department by phone and URL
  s(LUCIA, '02 clases de surf para niños (Spanish): "Le saluda Lucía, bibliotecaria", swimming asked, parks department by phone and URL, "eso era todo"', [
    [0, 'p', 'Buenas, busco clases de surf para mis hijos de 8 y 10 años en Miami Beach, saben de algo? 🏄'],
    [28, 'l', '¡Hola, buenas tardes! Le saluda Lucía, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade.'],
    [34, 'l', '¿Sus hijos ya saben nadar bien? Algunos programas lo exigen.'],
    [75, 'p', 'si nadan bien, los dos estan en el equipo de natacion'],
    [83, 'l', 'Perfecto. El Departamento de Parques y Recreación de Miami Beach ofrece clases de surf para niños en verano. Le recomiendo llamarlos al 305-555-0176 o ver la programación en miamibeachfl.gov/parks para inscribirlos.'],
    [89, 'l', '¿Es lo que buscaba?'],
    [130, 'p', 'si perfecto, eso era todo. gracias!!'],
    [136, 'l', '¡A usted! Que disfruten las olas. Hasta pronto.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; concurrency at the limit with touching ends
  s(TOMAS, '03 getting out of a rip current: pickup at exactly 60 s, swimming or lessons asked, weather.gov, three chats at most', [
    [0, 'p', 'how do you get out of a rip current?? going to huntington beach this weekend w my kids and im kinda scared'],
    [60, 'l', "Good afternoon! Sorry for the wait, it's busy today. This is Tomas, a librarian at OC Public Libraries."],
    [66, 'l', 'Will the kids be swimming, or are they taking surf lessons?'],
    [100, 'p', 'just swimming and boogie boarding'],
    [108, 'l', "The National Weather Service says don't fight it: swim parallel to the shore until you're out of the pull, or float and wave for help. Their guide, with pictures of what a rip looks like from the sand, is at weather.gov/safety/ripcurrent. Staying near a lifeguard tower helps a lot too."],
    [114, 'l', 'Did that help?'],
    [150, 'p', 'yes thank you that is really helpful'],
    [155, 'l', 'Can I help with anything else?'],
    [180, 'p', 'no thats it'],
    [185, 'l', 'Have a safe weekend at the beach, goodbye!'],
  ], usual(), {}, {
    otherIntervals: [other('t1', 'tomas-sk', -300, 0), other('t2', 'tomas-sk', -100, 250), other('t3', 'tomas-sk', 40, 600), other('t4', 'tomas-sk', 190, 700)],
  }),

  // 04 pickup at 61 s; an offer of more is not the completeness question
  s(BEA, '04 snowboarding\'s Olympic debut: pickup at 61 s, olympics.com + Howe\'s (Sick), "Want me to find anything more …?" (offer, not completeness)', [
    [0, 'p', 'When did snowboarding become an Olympic sport? Settling a bet with my brother.'],
    [61, 'l', 'Hello! Bea here from Denver Public Library, thanks for waiting.'],
    [67, 'l', 'Do you need just the year, or a source you can show him too?'],
    [95, 'p', 'year plus proof pls, he never believes me'],
    [102, 'l', "Snowboarding made its Olympic debut at the 1998 Winter Games in Nagano, Japan, with giant slalom and halfpipe. The official history is on olympics.com (search 'snowboard history'), and Susanna Howe's book (Sick): A Cultural History of Snowboarding, in our catalog, covers Nagano too."],
    [108, 'l', 'Want me to find anything more on the halfpipe event that year?'],
    [140, 'p', 'nah I win the bet 😎'],
    [146, 'l', 'Anything else I can look up for you?'],
    [165, 'p', 'no'],
    [170, 'l', 'Enjoy your victory! Bye!'],
  ], usual({ pickup: 'fail', complete: 'fail' })),

  // 05 pickedUpAt at 58 s, first line at 80 s
  s(KEONI, '05 reading a surf report: pickedUpAt 58 s, first line at 80 s, "Aloha and thanks for waiting!", ndbc.noaa.gov with the steps', [
    [0, 'p', 'aloha, how do i read a surf report? like what does 4ft @ 14s mean'],
    [40, 'p', 'anyone?'],
    [80, 'l', 'Aloha and thanks for waiting! Keoni here, librarian with the Hawaii State Public Library System.'],
    [86, 'l', 'Are you looking at buoy readings or a forecast site?'],
    [120, 'p', 'the buoy one i think, the NOAA thing'],
    [128, 'l', "4 ft @ 14 s means swells about 4 feet high arriving every 14 seconds; the longer the period, the more power the waves carry when they reach the reef. NOAA's National Data Buoy Center explains every column at ndbc.noaa.gov (click a station, then 'Explanation of Terms')."],
    [134, 'l', 'Does that clear it up?'],
    [170, 'p', 'ya makes sense now, mahalo!'],
    [176, 'l', 'Anything else I can help with?'],
    [200, 'p', 'all good thats everything'],
    [205, 'l', 'A hui hou, thanks for chatting!'],
  ], usual(), { pickedUpAt: at(58) }),

  // 06 names but does not greet; code ""
  s(MARCO, '06 deck width for a 9-year-old: "Marco, Eugene Public Library." (no greeting), rei.com size chart, "Later! 🤙", code ""', [
    [0, 'p', 'what size skateboard should i get my 9 yr old? the guy at the store said 8.0 but idk'],
    [22, 'l', 'Marco, Eugene Public Library. How tall is he, and what shoe size?'],
    [60, 'p', 'bout 4 ft 5, shoe size 4'],
    [68, 'l', "8.0 is on the wide side for that size. Most charts put a kid his height at a 7.5 to 7.75 inch deck; REI's skateboard sizing article has a chart by height and shoe size: rei.com/learn/expert-advice/skateboard.html"],
    [74, 'l', 'That help?'],
    [100, 'p', 'yeah ok cool'],
    [104, 'l', 'Anything else?'],
    [118, 'p', 'nah thats all'],
    [122, 'l', 'Later! 🤙'],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 07 greeting over two lines; "take your time" and the patron away 244 s
  s(PRIYA, '07 building a deck with dad: "Hi there! 👋" + "I\'m Priya …", tools asked, "Sure, take your time!", back 244 s later, instructables.com', [
    [0, 'p', 'hi!! me and my dad want to build our own skateboard deck from scratch. where do we even start'],
    [18, 'l', 'Hi there! 👋'],
    [22, 'l', "I'm Priya, one of the librarians at AskColorado. Fun project!"],
    [28, 'l', 'Do you have any woodworking tools at home, like clamps or a jigsaw? That changes which guide I would point you to.'],
    [60, 'p', 'umm let me go ask him, one sec'],
    [66, 'l', 'Sure, take your time!'],
    [310, 'p', 'ok back. he has clamps, a jigsaw and a sander, no press'],
    [318, 'l', "Then a cold-press build with clamps and a simple wooden mold will work. The Instructables guide 'Make a Skateboard From Scratch' walks through gluing seven layers of maple veneer over a mold: instructables.com (search 'skateboard deck mold')."],
    [324, 'l', 'Is that enough to get you started?'],
    [360, 'p', 'yes!!! thank u so much'],
    [366, 'l', 'Is there anything else I can help you find?'],
    [390, 'p', 'no we are good'],
    [395, 'l', 'Have fun building, bye! 🛹'],
  ], usual()),

  // 08 the name only in the third line; "let me know if anything else comes up"; a referral by URL
  s(DEV, '08 learning to surf at 52: "Hello!", a question, Dev named only in the third line, aquatics program through sandiego.gov, "Feel free to let me know …"', [
    [0, 'p', 'Is 52 too old to learn to surf? Looking for beginner lessons or books in San Diego'],
    [20, 'l', 'Hello!'],
    [25, 'l', 'Not too old at all. Have you spent much time in the ocean before, or would you be starting from zero?'],
    [31, 'l', "Sorry, I should have introduced myself: I'm Dev, a librarian at San Diego Public Library."],
    [70, 'p', 'starting from zero pretty much. i can swim'],
    [78, 'l', "Then a longboard lesson is the place to start. Get in touch with the City of San Diego's aquatics program, which runs adult beginner surf classes: sandiego.gov/park-and-recreation. For reading, search 'surfing' in our catalog at sandiego.bibliocommons.com; there are several beginner guides."],
    [84, 'l', 'Did that help?'],
    [120, 'p', 'ok thanks!'],
    [125, 'l', 'Feel free to let me know if anything else comes up.'],
    [150, 'p', 'will do'],
    [155, 'l', 'Happy surfing, bye now!'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 09 holds: 114 s, then exactly 120 s after a partial result; a goodbye then one more link
  s(HOLLIS, '09 Tokyo 2020 skateboarding medals: hold at 62, partial result "Still checking the park events" at 176, rest at 296 (exactly 120 s), goodbye then a link', [
    [0, 'p', 'who won the skateboarding medals at the tokyo olympics? doing a school report'],
    [18, 'l', "Hi! You've got Hollis, a librarian at Los Angeles Public Library."],
    [24, 'l', "There were four events, men's and women's street and park. Do you need all of them or just one?"],
    [55, 'p', 'all of them please'],
    [62, 'l', 'Ok, let me pull those up, one moment.'],
    [176, 'l', "Got the street events: Yuto Horigome (Japan) won men's street and Momiji Nishiya (Japan) won women's street. Still checking the park events for you."],
    [296, 'l', "Park: Keegan Palmer (Australia) won men's park and Sakura Yosozumi (Japan) won women's park. Every medalist is listed on olympics.com under Tokyo 2020 > Skateboarding > Results."],
    [302, 'l', 'Does that cover what you need for the report?'],
    [340, 'p', 'yes omg thank you so much. thats everything'],
    [346, 'l', 'Thanks for chatting, good luck on the report!'],
    [356, 'l', 'Oh, and our Explora database has kid-friendly articles on skateboarding at the Olympics if you want more: lapl.org/databases'],
  ], usual()),

  // 10 a hold answered 121 s later; "a doctor" is not a referral
  s(JUNE, '10 wrist guards after a snowboard fall: "Hang on, let me find a good source on that." answered 121 s later, orthoinfo.aaos.org, "worth having a doctor look at it"', [
    [0, 'p', 'my daughter fell snowboarding at brighton and her wrist is still sore after a week. are wrist guards worth it??'],
    [20, 'l', "Hello, this is June at Salt Lake City Public Library's Ask a Librarian."],
    [26, 'l', 'Are you mostly asking about wrist guards for next time, or about the injury itself?'],
    [60, 'p', 'wrist guards mostly. shes 12'],
    [66, 'l', 'Hang on, let me find a good source on that.'],
    [187, 'l', "Thanks for waiting. Studies of young snowboarders found wrist guards cut wrist injuries roughly in half. The American Academy of Orthopaedic Surgeons has a page on snowboarding injuries and wrist protection at orthoinfo.aaos.org (search 'snowboarding'). And since it's still sore after a week, it's worth having a doctor look at it."],
    [193, 'l', 'Does that help?'],
    [230, 'p', 'yes, we will get her checked. thank you'],
    [236, 'l', 'Anything else today?'],
    [255, 'p', 'no that covers it'],
    [260, 'l', 'I hope she heals quickly! Bye for now.'],
  ], usual({ informed: 'fail' })),

  // 11 "hellooo?" does not restart the wait; the patron has the last word
  s(WES, '11 wetsuit for Oregon in February: question at 100, "hellooo?" at 190, answer at 222 (122 s), patron "yep thats all i needed, thx" last', [
    [0, 'p', 'what thickness wetsuit do i need to surf oregon coast in feb'],
    [24, 'l', 'Hi, Wes here at Newport Public Library. Happy to help!'],
    [30, 'l', 'Which part of the coast, up near Seaside or down around Newport?'],
    [58, 'p', 'newport area, like agate beach'],
    [66, 'l', "Water there runs around 50°F in February, so most surfers wear a 5/4 mm hooded full suit. NOAA's coastal water temperature guide has current readings for Newport: ncei.noaa.gov/access/coastal-water-temperature-guide. Did that help?"],
    [100, 'p', 'kind of. do i need booties and gloves too or is that overkill'],
    [190, 'p', 'hellooo?'],
    [222, 'l', "Sorry about that! Not overkill: at those temperatures 5 mm booties and 3 to 5 mm gloves are standard on the Oregon coast. Does that cover it?"],
    [260, 'p', 'yep thats all i needed, thx'],
  ], usual({ informed: 'fail', courteous: 'fail' })),

  // 12 transfer with a notice and a note that says why; concurrency over the transferring provider's part
  s(NOOR, '12 photos of the 1970s Carlsbad skatepark: notice (a hold) at 66, note at 69, transfer at 72, Greta at 140; Noor\'s three other chats open from 75 s', [
    [0, 'p', 'hi, my grandpa skated at the old Carlsbad skatepark in the 70s, does the library have any photos of it?'],
    [22, 'l', "Good morning! I'm Noor, a librarian at Carlsbad City Library."],
    [28, 'l', 'Do you know roughly what years he skated there?'],
    [60, 'p', 'like 1976 to 1979 i think'],
    [66, 'l', "Our local history librarian knows that photo collection best, so I'm transferring you to her now. One moment please!"],
    [69, 'i', 'Greta, pt wants photos of the Carlsbad Skatepark (1976-79) for family history, can you take this one?'],
    xfer(72, 'Greta', 'greta-sk'),
    [140, 'l', "Hi, Greta from Carlsbad's Local History Room here! Our Carlsbad History collection has a few photos of the skatepark from 1977; you can browse them at carlsbadca.gov/library (History, then Digital Collections, search 'skatepark').", as(GRETA)],
    [146, 'l', 'Is that the kind of thing you were hoping for?', as(GRETA)],
    [190, 'p', 'yes!! he is going to love this. thats all, thank you both'],
    [196, 'l', 'So glad to help, thanks for visiting!', as(GRETA)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [other('n1', 'noor-sk', 75, 900), other('n2', 'noor-sk', 80, 900), other('n3', 'noor-sk', 90, 900)],
  }),

  // 13 transfer with an internal note only; a question about something not given
  s(OLLIE, '13 becoming a snowboard instructor near Stowe: note at 62, silent transfer at 66, Sasha at 150, "Would a video … be what you need too?"', [
    [0, 'p', 'how do I become a snowboard instructor? I live near Stowe'],
    [19, 'l', "Hello! This is Ollie at Fletcher Free Library's Ask a Librarian."],
    [25, 'l', 'Are you looking at teaching this coming season?'],
    [55, 'p', 'yes hopefully, im 19'],
    [62, 'i', 'Sasha, pt asking about AASI snowboard instructor cert near Stowe, you know the resort stuff, can you take it?'],
    xfer(66, 'Sasha', 'sasha-sk'),
    [150, 'l', "Hi, I'm Sasha, also a librarian here. Most resorts hire new instructors in the fall and train them for the AASI Level 1 exam; the requirements and exam dates are on thesnowpros.org under Certification, then Snowboard.", as(SASHA)],
    [156, 'l', 'Would a video of what the Level 1 exam looks like be what you need too?', as(SASHA)],
    [190, 'p', 'no thats ok, i think i get it. thanks'],
    [196, 'l', 'Anything else on your mind?', as(SASHA)],
    [215, 'p', 'nope'],
    [220, 'l', 'Good luck this season, bye!', as(SASHA)],
  ], usual({ complete: 'fail', transfer: 'fail' })),

  // 14 transfer with a notice, the note written after the transfer
  s(FERN, '14 the Snurfer in Muskegon: notice (a hold) at 64, transfer at 68, the note to Quinn only at 71, Quinn at 150', [
    [0, 'p', 'was the snowboard really invented in Muskegon?? my teacher said so'],
    [21, 'l', "Hi! I'm Fern, a librarian with the statewide Ask a Librarian service."],
    [27, 'l', 'Is this for a school assignment, and do you need newspaper articles from back then?'],
    [58, 'p', 'yes school, newspapers would be awesome'],
    [64, 'l', "Muskegon's library has the local newspaper archive, so I'm sending you over to a librarian there. Hang on a sec!"],
    xfer(68, 'Quinn', 'quinn-sk'),
    [71, 'i', 'Quinn: student, Snurfer history, wants 1960s Muskegon Chronicle articles'],
    [150, 'l', "Hey there, Quinn at Hackley Public Library! Yes: Sherman Poppen made the Snurfer for his daughters in Muskegon in 1965, and it's the snowboard's best-known ancestor. The Muskegon Chronicle covered the first Snurfer contests in the late 1960s; our Local History page at hackleylibrary.org explains how to request copies of articles.", as(QUINN)],
    [156, 'l', 'Does that give you enough for the assignment?', as(QUINN)],
    [200, 'p', 'YES thank you!!! no more questions'],
    [206, 'l', 'Great, thanks for asking Hackley, have a good one!', as(QUINN)],
  ], usual({ transfer: 'fail' })),

  // 15 a true Lost Call after a clarifying question
  s(RHEA, '15 LA 2028 surfing (Lost Call): greeting and "dates or where?" only, "Are you still there?" at 160, "… I\'ll close this chat now. You\'re welcome to chat with us again anytime!" at 345', [
    [0, 'p', 'when do the olympic surfing events happen in 2028'],
    [26, 'l', "Hi, welcome to LA County Library's chat! I'm Rhea, a librarian."],
    [31, 'l', 'Are you looking for the dates, or where in LA the surfing will be held?'],
    [160, 'l', 'Are you still there?'],
    [345, 'l', "It looks like we've been disconnected, so I'll close this chat now. You're welcome to chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 partly Spanish: Lost Call after three patron lines; a phone the only source; a notice that never says the chat ends
  s(ANDRES, '16 botas de snowboard para alquilar (partly Spanish): rental shop by phone, "¿Sigue ahí?" at 230, "Parece que se desconectó. ¡Gracias …!" at 290, coded Lost Call', [
    [0, 'p', 'hola, my son needs snowboard boots, como se que talla? he wears 6 in sneakers'],
    [30, 'l', "¡Hola! Hi, I'm Andrés, a librarian with AskColorado. ¿Prefiere español o inglés?"],
    [55, 'p', 'español mejor'],
    [62, 'l', 'Claro. ¿Las botas son para comprar o para alquilar en la estación?'],
    [90, 'p', 'alquilar, vamos a Breckenridge en marzo'],
    [98, 'l', 'Para alquilar no hace falta saber la talla exacta: en la tienda le miden el pie con la bota puesta. La tienda de alquiler de la estación de Breckenridge atiende reservas al (970) 555-0133; puede llamar antes y preguntar por las tallas de niño.'],
    [104, 'l', '¿Le sirve esto?'],
    [230, 'l', '¿Sigue ahí?'],
    [290, 'l', 'Parece que se desconectó. ¡Gracias por usar AskColorado!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (skate park hours): coded Practice, every check na', [
    [0, 'p', 'test test - skate park hours?'],
    [10, 'l', 'Hi, this is a practice chat from training, ignore me 🙂'],
    [20, 'p', 'ok testing the transfer button next'],
    [25, 'l', 'Sounds good, bye!'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever; Lost Call after two patron lines
  s(QUEUE, '18 skatepark open in the rain?: queue line, no provider ever, "hello?? anyone", patron left, coded Lost Call', [
    [0, 'p', 'is the skatepark at Memorial Park open when it rains?'],
    [3, 's', 'You are number 2 in line. A librarian will be with you shortly.'],
    [140, 'p', 'hello?? anyone'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 a rude patron and a "limit" dismissal that still says bye
  s(BARB, '19 fish, funboard, longboard, gun: "just answer the question lol", Warshaw in the catalog, "you\'ve used up your questions … there\'s a limit. Bye."', [
    [0, 'p', 'whats the difference between a fish and a longboard. and a funboard. and a gun'],
    [15, 'l', 'Hi, Barb at Virginia Beach Public Library here.'],
    [21, 'l', 'Are you picking out your first board?'],
    [40, 'p', 'just answer the question lol'],
    [50, 'l', "Sure. A longboard is 9 ft or more, good for small waves and beginners; a funboard is 7 to 8 ft, in between; a fish is short and wide with a split tail for small mushy waves; a gun is long and narrow for big surf. Matt Warshaw's The Encyclopedia of Surfing, in our catalog, has an entry for each shape."],
    [58, 'l', 'Does that help?'],
    [75, 'p', 'ok now what about fins. thruster vs quad. and how do i wax it. and whats a leash plug'],
    [90, 'l', "Sorry, you've used up your questions for this chat, there's a limit. Bye."],
    [100, 'p', 'wow. rude'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 an upset patron; "other patrons waiting" (allowed); four chats at once
  s(CAL, '20 skate jam permit, upset patron: seattle.gov/parks, "I have several other patrons waiting … please chat back in later", four chats at once', [
    [0, 'p', 'I have been trying for 2 weeks to figure out how to get a permit for a skate jam at Jefferson Park and NOBODY at the city answers. Can you help or not'],
    [20, 'l', "Hello, and sorry it's been such a runaround. I'm Cal, a librarian at The Seattle Public Library."],
    [27, 'l', 'Roughly how many people are you expecting? That decides which permit you need.'],
    [60, 'p', 'maybe 80-100 kids plus a DJ'],
    [68, 'l', "With amplified sound and that many people it counts as a special event. Seattle Parks and Recreation explains the event permit and has the application form at seattle.gov/parks (Reserve a Park, then Special Events). Does that help?"],
    [110, 'p', 'that link is the same useless page. what about insurance. and do I need a noise permit. and food trucks. and porta potties'],
    [125, 'l', "Those are all good questions. I have several other patrons waiting right now, so I'll need to wrap up here, but please chat back in later and we can go through insurance, noise and vendors one at a time."],
    [140, 'p', 'whatever'],
  ], usual({ anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('c1', 'cal-sk', -200, 400), other('c2', 'cal-sk', -60, 300), other('c3', 'cal-sk', 15, 500)],
  }),

  // 21 terse: sources with no question; "my shift just ended"
  s(DUSTIN, '21 binding angles (terse): evo.com at once with no question, "My shift just ended so I\'m logging off now.", chat ended', [
    [0, 'p', 'what angles should I set my snowboard bindings at? duck stance?'],
    [35, 'l', 'Hi, Dustin, Truckee library.'],
    [40, 'l', "Most people ride duck at about +15 and -15. evo's binding setup guide has a chart: evo.com/guides/how-to-set-up-snowboard-bindings"],
    [80, 'p', 'what about if I mostly ride switch? and does setback matter'],
    [95, 'l', "My shift just ended so I'm logging off now."],
    [100, 's', 'Chat ended by librarian.', sys('ended')],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 Spanish: apps named only; final idle exactly 120 s, no check-in
  s(INES, '22 pronóstico de olas en Imperial Beach (Spanish): Surfline and Windy apps only, "¿Le sirve?", goodbye at 186 (final idle 120 s), no check-in', [
    [0, 'p', 'Hola, cómo sé si hay olas buenas para surfear mañana en Imperial Beach? soy principiante'],
    [22, 'l', '¡Buenas tardes! Soy Inés, bibliotecaria de la Biblioteca del Condado de San Diego.'],
    [28, 'l', '¿Busca el pronóstico de olas o también información sobre corrientes peligrosas?'],
    [60, 'p', 'solo las olas'],
    [66, 'l', 'Para principiantes lo ideal son olas de 2 a 3 pies con un periodo corto. Casi todos los surfistas revisan la app de Surfline o la de Windy, que dan el tamaño y el periodo de las olas playa por playa. ¿Le sirve?'],
    [186, 'l', '¡Gracias por escribirnos! Hasta luego y buenas olas.'],
  ], usual({ source: 'fail', anything: 'fail', idle: 'fail' })),

  // 23 final idle 119 s; two parties referred, one without a contact
  s(MOSS, '23 a skate contest in a county park: parks department by phone, "talk to the township police traffic safety unit" (no contact), goodbye at 189 (final idle 119 s)', [
    [0, 'p', 'our skate shop wants to hold a small contest at the county park in Toms River, who do we ask for permission'],
    [24, 'l', 'Hi! Moss here, a librarian at Ocean County Library.'],
    [30, 'l', 'Will you be closing off any part of the road or the parking lot for it?'],
    [62, 'p', 'maybe part of the parking lot'],
    [70, 'l', "Call the Ocean County Department of Parks and Recreation at 732-555-0190 about a special event permit for the park; their event rules are posted at oceancountyparks.org. And for closing part of the lot, you'll want to talk to the township police traffic safety unit too."],
    [76, 'l', 'Does that answer your question?'],
    [189, 'l', 'Thanks for stopping by, good luck with the contest!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 24 final idle exactly 180 s with a check-in and no notice; a referral by address and e-mail; no codes at the source
  s(TAVI, '24 who invented the skateboard: Borden in the catalog, hall of fame by address and e-mail, "Are you still there?" at 190, thanks at 238 (180 s), code field left out', [
    [0, 'p', 'who invented the skateboard? and is there like a museum about it'],
    [16, 'l', "Hey, welcome to Ask a Librarian! I'm Tavi at Simi Valley Library."],
    [22, 'l', 'Is this for a project, or are you hoping to visit the museum in person?'],
    [50, 'p', 'both kinda'],
    [58, 'l', "No single inventor: California surfers were nailing roller-skate wheels to boards in the 1950s. Iain Borden's Skateboarding and the City: A Complete History, in our catalog, tells the story. For the museum, visit the Skateboarding Hall of Fame & Museum at 1400 Madera Rd, Simi Valley, CA 93065, or e-mail them at info@skateboardinghalloffame.org to ask about hours."],
    [64, 'l', 'Does that cover both parts?'],
    [190, 'l', 'Are you still there?'],
    [238, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 25 final idle 179 s with a check-in
  s(PAIGE, '25 helmets and concussions on the slopes: cdc.gov/headsup + a health database by its tab, "Still with me?" at 185, thanks at 240 (final idle 179 s)', [
    [0, 'p', 'do snowboard helmets actually prevent concussions? my teen refuses to wear one'],
    [19, 'l', "Good evening! I'm Paige, a librarian at Summit County Library."],
    [25, 'l', 'Would research articles help, or something short you can show your teen?'],
    [55, 'p', 'something short he might actually read lol'],
    [61, 'l', "The CDC's HEADS UP pages explain that helmets mostly prevent skull fractures and severe brain injuries, though no helmet is concussion-proof: cdc.gov/headsup. For a bit more, our Consumer Health Complete database (the Research tab on our website) has short articles on snowboard head injuries."],
    [67, 'l', 'Is that what you had in mind?'],
    [185, 'l', 'Still with me?'],
    [240, 'l', 'Thanks so much for chatting, stay safe on the slopes!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 26 a check-in with thanks (not a goodbye); the session closed 76 s later
  s(LEO, '26 "dropping in" at Nags Head: surfrider.org, "Still there? If not, thanks for stopping by!" at 164, ended at 240 (final idle 186 s)', [
    [0, 'p', 'got yelled at in the water today for "dropping in". what does that even mean. first time surfing at Nags Head'],
    [20, 'l', 'Hi there, welcome to Ask a Librarian at Dare County Library! This is Leo.'],
    [26, 'l', 'Oof, sorry that happened. Were you on a rental board with a lesson, or out on your own?'],
    [48, 'p', 'on my own'],
    [54, 'l', "Dropping in means catching a wave when someone closer to the peak is already riding it; the surfer nearest the breaking part has the right of way. The Surfrider Foundation's surf etiquette page lays out the rules: surfrider.org (search 'etiquette'). Did that help?"],
    [164, 'l', 'Still there? If not, thanks for stopping by!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 76 }),

  // 27 FU_ME: e-mail read back, "by Friday", done at 40 h
  s(MALIA, '27 Duke Kahanamoku at Waikiki, 1915: "Aloha! Malia here", Chronicling America, scans promised, e-mail read back, "by Friday", done at 40 h', [
    [0, 'p', 'Looking for a newspaper article about Duke Kahanamoku surfing at Waikiki in 1915? my great aunt said she was in the photo'],
    [30, 'l', 'Aloha! Malia here, a librarian with the Hawaii State Public Library System.'],
    [36, 'l', 'Do you know which newspaper, or roughly what month?'],
    [80, 'p', 'I think the Honolulu Star-Bulletin, summer 1915 maybe'],
    [88, 'l', "Chronicling America (chroniclingamerica.loc.gov) has Honolulu papers from 1915 you can search from home. The Star-Bulletin itself is on microfilm here, and I'd be glad to go through the summer reels and scan anything I find, though that will take a day or two."],
    [94, 'l', "Does Chronicling America help in the meantime? And what's the best e-mail to send the scans to?"],
    [130, 'p', 'kealoha.ohana@example.com'],
    [136, 'l', "Thanks! I have kealoha.ohana@example.com. I'll e-mail you what I find by Friday."],
    [150, 'p', 'amazing, mahalo!! thats everything'],
    [156, 'l', 'Mahalo for asking, a hui hou!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 28 FU_LIB: phone read back, no time said, done at 80 h; staff asked to call is not a referral
  s(RUTH, '28 a teen deck-building workshop in Bend: phone "541 555 0148" read back as 541-555-0148, "they\'ll give you a call" (no when), done at 80 h', [
    [0, 'p', 'does the bend library ever do skateboard building workshops for teens? my kid would love that'],
    [25, 'l', "Hello! You've reached Answerland, Oregon's statewide library chat. I'm Ruth, a librarian at Multnomah County Library."],
    [31, 'l', 'Is your kid in middle school or high school? Teen programs are often split that way.'],
    [70, 'p', 'high school, 15'],
    [78, 'l', "I don't see one on the Deschutes Public Library events calendar (deschuteslibrary.org/calendar) right now, but their teen librarians sometimes plan maker workshops from requests. I can pass your request along to the teen staff there and have someone follow up with you. Does that sound good?"],
    [110, 'p', 'yes please!! my number is 541 555 0148'],
    [117, 'l', "Got it, 541-555-0148. I'll send it over to Deschutes Public Library's teen services and they'll give you a call."],
    [140, 'p', 'thank you!'],
    [146, 'l', 'Anything else I can help with today?'],
    [160, 'p', 'no thats all'],
    [165, 'l', 'Thanks for using Answerland, have a great day!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 29 bilingual: a promise to e-mail, coded Answered; pending at day 1
  s(SOFIA, '29 surf history books in Spanish for abuelo: Días bárbaros in the catalog, "I\'ll … e-mail you a longer list", e-mail read back, "tomorrow afternoon", coded Answered', [
    [0, 'p', 'hi! do you have books on surf history in spanish? para mi abuelo, he only reads spanish'],
    [21, 'l', "¡Hola! Hi, I'm Sofía, a librarian with Ask Us Now. ¿Le escribo en español o en inglés?"],
    [45, 'p', 'english is fine for me'],
    [52, 'l', 'Does he prefer regular print, or large print or e-books?'],
    [80, 'p', 'print, regular size'],
    [88, 'l', "In our catalog I only see one right now: the Spanish edition of William Finnegan's surfing memoir Barbarian Days, Días bárbaros, on the shelf at the Central branch."],
    [94, 'l', "Is that the sort of book he'd like?"],
    [120, 'p', 'yes! but more would be nice'],
    [127, 'l', "I'll check with our Spanish-language selector and e-mail you a longer list. What's your e-mail?"],
    [150, 'p', 'mari.gonzalez88@example.com'],
    [156, 'l', "Perfect, mari.gonzalez88@example.com. You'll have the list tomorrow afternoon."],
    [170, 'p', 'thank u so much!! thats all'],
    [176, 'l', '¡Con mucho gusto! Thanks for chatting.'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 30 FU_ME: the e-mail only in the patron fields; done exactly 72 h after the end
  s(GIDEON, '30 skate injury numbers for a town council: cpsc.gov NEISS, "I\'ll e-mail … to the address on your chat form by Monday", done exactly 72 h after endedAt', [
    [0, 'p', 'I need stats on skateboard injuries for a town council meeting, they want to close our skate park'],
    [20, 'l', "Hi, thanks for reaching out to QandANJ! I'm Gideon, a reference librarian."],
    [27, 'l', 'When is the meeting, and do you need national numbers or local ones?'],
    [60, 'p', 'next thursday. national is fine, local if you can'],
    [68, 'l', "For national numbers, the Consumer Product Safety Commission's NEISS database gives emergency room visits for skateboard injuries by year: cpsc.gov/cgi-bin/NEISSQuery. Local figures are harder; I'd like to dig into the state health data and send you what I find."],
    [74, 'l', 'Does the NEISS tool help for now?'],
    [110, 'p', 'yes thats helpful'],
    [116, 'l', "Great. I'll e-mail the local numbers to the address on your chat form by Monday."],
    [135, 'p', 'perfect, thats all i need'],
    [140, 'l', 'Thanks, and good luck at the meeting!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME,
    patron: { name: null, email: 'skate.dad.tr@example.net', phone: null },
    followUps: [{ doneAt: at(145 + 72 * HOUR) }],
  }, { now: T0 + 5 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SKATEBOARDING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-fifth round: skateboarding, surfing and board sports, checked', () => {
  describeSessions('whole sessions', SKATEBOARDING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SKATEBOARDING.filter((c) => c.name in LEFT_WHY));
});
