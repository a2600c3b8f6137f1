/**
 * Eightieth round, theme SURFING, BEACHES AND OCEAN SAFETY, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: spotting rip currents before a family week in Ocean City, what the red flag means
 * (in Spanish), adult surf lessons, sea nettles at Sandy Point, shark teeth on the Calvert Cliffs beaches, tides at Assateague
 * for surf fishing, a ding in an epoxy surfboard, Duke Kahanamoku for a seventh-grade report, who has the right of way on a
 * wave, the age to try out for the Ocean City Beach Patrol, adaptive surf days for a boy with cerebral palsy, an adult who
 * cannot swim, camping on the Assateague oversand route, photos of the 1933 storm that cut the Ocean City inlet, drownings on
 * Maryland's ocean beaches for a newsletter, sea glass on Kent Island, a book club set of Barbarian Days, the first Ocean City
 * surf contest, a junior lifeguard program (in Spanish), the water temperature today (a Lost Call), sunscreen for a baby,
 * dogs on the beach in May, paddleboarding in the surf zone, sharks and a scared six-year-old, a surfman at the Ocean City
 * Life-Saving Station in the 1890s, a boating certificate to rent a jet ski, surf camps for children (in Spanish), when the
 * lifeguards start (in Spanish, no one answered), a practice chat, and surf spots beyond Ocean City. Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s74/surfing-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and thanks for contacting Ask a Librarian! I'm Dana, a librarian at …" (01); Spanish "¡Hola!
 *   Soy Ana, bibliotecaria del servicio AskUsNow! de Maryland." at exactly 60 s (02: pass); "anyone??" at 30 and the pickup
 *   at 61 s (03: fail); "Hi there! 👋" and a question, no name, library or service ever (04: greeting fails); "Marcus at
 *   Calvert Library, Ask a Librarian." with no greeting word in either of the first two lines (05: fails); `pickedUpAt` at
 *   50 s with the first visible line at 72 s (12: pass on the recorded pickup); a transfer's receivers introducing themselves
 *   (25, 26, 27); no provider ever, the queue's system line only, the patron in Spanish (28);
 *  inquiry: what to read with the children, which beach, a one-day lesson or a camp, stinging nettles or any jellyfish, a
 *   free beach or a park fee, a restatement "So you need the high and low tides at Assateague for Saturday" (06), cracked or
 *   scratched, board type, this summer or next, the son's age and travel, the county and group or private, the Maryland end
 *   or Chincoteague, the date and format, both beaches or one, near or a drive, the home library system, the beach or
 *   sponsor, the county (Spanish), the baby's age, the place, out past the breakers, the grandfather's name and years, a
 *   resident or a visitor, the children's ages (Spanish), ocean or bay; a question only after the first source (08: fail);
 *   the answer straight after the greeting with no question (24: fail);
 *  waits: two holds of exactly 120 s each ("One moment while I find …", "Still looking — …") (06: pass); "Let me check our
 *   how-to databases …, one moment." answered 121 s later (07: fail); a hold, two internal lines (a colleague consulted) and
 *   the answer 128 s after the hold (13: internal lines end nothing, fail); "Of course, take your time!" and the patron back
 *   190 s later (11: waiting on the patron, pass); the patron's "great thanks, thats all" and the provider's goodbye 125 s
 *   later (17: fail); transfer announcements answered by the receiver 64 s (25) and 69 s later (27); a silent transfer, the
 *   receiver 82 s after the patron (26); "anyone??" before a 61 s pickup (03: pickup's wait, not keep_informed's);
 *  sources: weather.gov, the catalogue at worcesterlibrary.org, the Beach Patrol's page, ococean.com, dnr.maryland.gov,
 *   calvertparks.org, tidesandcurrents.noaa.gov, Hobbies & Crafts Reference Center, Britannica School and Surfer of the
 *   Century, Conquer Your Fear of Water, recreation.gov and nps.gov/asis, msa.maryland.gov, CDC WONDER, qac.org, fcpl.org,
 *   ProQuest Historical Newspapers, redcross.org, healthychildren.org, weather.gov/akq, the International Shark Attack File,
 *   ocearch.org, HathiTrust, the DNR boating pages; a referral's phone as the only source (11); none: the etiquette from memory
 *   (09), the Beach Patrol named with no way to reach it (10);
 *  completeness: "Does that give you what you need?", "¿Le sirve esta información?", "Is that what you were looking for?",
 *   "Did that help?", "Does this answer your question?", "Does that get you what you need?", "Is that enough for your
 *   report?", "Is that helpful?", "Is the State Archives collection useful for what you need?", "Does the CDC data help for
 *   now?", "¿Le sirve la información de la Cruz Roja?", "Does that give you a place to start?", "¿Es lo que buscaba?"; not
 *   one: "Want me to look up the tide times for your dates too?" (13), none at all (16, 18);
 *  anything else: "Anything else I can help with today?", "Is there anything else I can look up for you?", "Anything
 *   else?", "Anything else I can check on?", "Is there anything else I can help with in the meantime?"; patron-side "yes
 *   perfect that's everything", "no tengo más preguntas", "thats all i needed", "yeah thx, that's all", "es todo", "nah
 *   we're good, thats all i need", "thats all for now"; not one: "Let me know if you think of anything else!" (12), "yes
 *   thank you!!" (08), "ok will do 🤙" (07), "wow ok" (30);
 *  endings: a true Lost Call: greeting only, "Are you still with me?" at 145, "It looks like you've disconnected, so I'm going
 *   to close this chat. Thanks for contacting us, and feel free to come back anytime!" at 330 (20); a Lost Call after two
 *   patron lines, check-in and notice in one line with no thanks, `endedAt` exactly 180 s after the answer (21: idle and
 *   notice pass, courteous and code fail); a check-in and a goodbye exactly 120 s after the answer (22: idle passes, notice
 *   na); a check-in, then "Seems like you've gone offline. Thanks for using AskUsNow!" 185 s after the answer (23: notice
 *   fails, it never says the chat will end); a notice that thanks but does not ask, 179 s after the answer and 185 s after the
 *   greeting (24: idle fails, notice passes: label corrected at review, see COUNTS); the patron's "yes thank you!!" as the last line after two provider lines with no thanks (08: courteous
 *   fails); "please log back on later and we'll go through them one at a time. Thanks for chatting!" (07: allowed); "I've
 *   already spent a good while on this one chat. I need to move on now." and "Bye." (30: dismissal fails, courteous passes);
 *  referrals: Surf Access OC's coordinator by phone (11: pass); the YMCA in Easton by street address (12: pass); "call the
 *   Ocean City Beach Patrol and ask about their tryout dates" with no number (10: fail); not referrals: a colleague at the
 *   Berlin branch consulted on the patron's behalf (13), the Snow Hill branch's file scanned by the provider (14), the Beach
 *   Patrol's reports requested by the provider (15), websites of agencies and museums to read (02, 03, 19, 25, 27);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (14: pass); FU_ME, a phone read back, "by
 *   Monday", done at 80 h (15: on_time fails); a promise to e-mail a list, e-mail read back, no time, coded Answered, pending
 *   at day 2 (16); FU_LIB, the e-mail only in `patron.email`, "within three business days", nothing recorded at day 4 (17);
 *   FU_ME, "I'll keep digging and get back to you by tomorrow", no contact anywhere, done at 10 h (18: code and contact fail,
 *   on_time passes); FU_LIB in Spanish, a phone read back, "mañana por la tarde", done exactly 72 h after `endedAt` (19);
 *  codes: "" (09); an Answered code on a promise (16); FU_ME with no contact known (18); a true Lost Call (20); a Lost Call
 *   after two patron lines (21); the code field left out (13: na); null with no provider (28); Practice (29);
 *  transfers: a notice (a hold) and an internal note saying why (25: pass); an internal note only (26: fail); a Spanish
 *   notice only (27: fail);
 *  concurrency: three others overlapping, four at once from 60 s to the end (09: fail); one ending exactly at `startedAt`,
 *   two touching at 100 s, one overlapping throughout, one starting exactly at `endedAt` (11: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup ("or `pickedUpAt` when the source system records it"): 50 s, pass,
 *   though the first visible line came at 72 s (12);
 * - "Marcus at Calvert Library, Ask a Librarian." identifies but does not greet; the service's name is not a greeting (05);
 * - a patron's closing line ("great thanks, thats all") is a patron message, so it begins waiting on the provider; the
 *   goodbye 125 s later ends a span longer than 120 s, which is not "still open when the session ends" (17: fail);
 * - "Still looking — the Ocean City Inlet station is close, but I'm checking …" says the search goes on: a hold (06); a
 *   transfer announcement in Spanish ("Un momento, por favor: le voy a transferir …") is a hold (27);
 * - "Let me know if you think of anything else!" invites the patron back but asks nothing: closing.anything_else asks that
 *   the provider "asks whether the patron needs anything else" (12: fail); "Want me to look up the tide times for your dates
 *   too?" offers something not yet given (13: completeness fails);
 * - "Is that enough for your report?", "Does that give you a place to start?", "Does the CDC data help for now?" and "Is the
 *   State Archives collection useful for what you need?" ask whether what was given meets the need;
 * - "yeah thx, that's all", "thats all for now", "es todo" and "nah we're good, thats all i need" say explicitly that the
 *   patron is done; "yes thank you!!", "ok will do 🤙", "yes very. thank you!" do not;
 * - "call the Ocean City Beach Patrol and ask" is a referral with no way to reach the Beach Patrol, and the Beach Patrol so
 *   named is not a source (10: source and referral fail); "call their coordinator at 410-555-0142" is a referral whose phone
 *   is the source (11);
 * - agency, museum and town websites given for the patron to read or book on (ococean.com, redcross.org/take-a-class,
 *   ocmuseum.org, recreation.gov, nps.gov) are sources, not referrals (03, 13, 19, 25, 27);
 * - a resolution code left out (`resolutionCode: undefined`, as a source with no codes sends it) makes resolution.code na
 *   (13);
 * - "Seems like you've gone offline." says the patron seems disconnected but not that the session will end (23: notice
 *   fails); with "Thanks for using AskUsNow!" it is a goodbye and ends the final idle (185 s);
 * - "It looks like you've disconnected, so I'll close this chat. Thanks for your question, …" is a goodbye that ends the final
 *   idle; it asks nothing, so the idle check-in fails (24);
 * - "Are you still there? It looks like you may have disconnected, so I'll be closing this chat." does the check-in and the
 *   notice in one line, thanks no one and invites no one back (21: courteous fails);
 * - "Bye." says goodbye (30); "I need to move on now." after "I've already spent a good while on this one chat" ends the help
 *   for the provider's convenience without offering a way back (30: dismissal fails);
 * - "someone from your library will contact you within three business days" (17) and "Le llamarán mañana por la tarde" (19)
 *   say when; "I'll keep digging and get back to you by tomorrow" is a promise (18);
 * - a follow-up recorded exactly 72 h after `endedAt` is "within `followUpHours`" (19: pass);
 * - two other sessions that touch at 100 s (one ends, the other starts) are not open at once (11).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside to
 * /tmp/s74/surfing-labels.ts).
 * First run as labelled / disagreeing: 27 / 3 (10, 12, 24). Label corrections: one, at review (24: the helper's labels
 * stood; the reviewer's reread of Terms, Final idle, "the time from the first provider message after the patron's last visible
 * message that is not a hold message": the patron's last visible message is the question at 0 s, so the idle runs from the
 * greeting at 16 s, not the answer at 22 s, to the goodbye notice at 201 s: 185 s, ≥ 180 s, and the notice says the patron seems
 * disconnected and that the chat will close: session.disconnect_notice pass, not na; the scorer read it so).
 * Final: 28 running, 2 LEFT (LEFT_WHY: "call the Ocean City Beach Patrol and ask" not read as a referral, 10; "Let me know if
 * you think of anything else!" read as asking, 12).
 * ON v69 AS LANDED (block AI): 10 ("call the Ocean City Beach Patrol") runs as labelled; 12 stays LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-sf', name: 'Dana', library: 'WCL' };
const ANA: Prov = { id: 'ana-sf', name: 'Ana', library: 'AUN' };
const BEN: Prov = { id: 'ben-sf', name: 'Ben', library: 'WPL' };
const KOFI: Prov = { id: 'kofi-sf', name: 'kofi_a', library: 'AACPL' };
const MARCUS: Prov = { id: 'marcus-sf', name: 'Marcus', library: 'CCPL-CA' };
const RAVI: Prov = { id: 'ravi-sf', name: 'Ravi', library: 'AUN' };
const LENA: Prov = { id: 'lena-sf', name: 'Lena', library: 'WCL' };
const CARMEN: Prov = { id: 'carmen-sf', name: 'Carmen', library: 'PGCMLS' };
const THEO: Prov = { id: 'theo-sf', name: 'Theo', library: 'EPFL' };
const NADIA: Prov = { id: 'nadia-sf', name: 'Nadia', library: 'HCPL-MD' };
const GRACE: Prov = { id: 'grace-sf', name: 'Grace', library: 'AUN' };
const INES: Prov = { id: 'ines-sf', name: 'Ines', library: 'TCFL' };
const WES: Prov = { id: 'wes-sf', name: 'Wes', library: 'WCL' };
const HELEN: Prov = { id: 'helen-sf', name: 'Helen', library: 'WCL' };
const VICTOR: Prov = { id: 'victor-sf', name: 'Victor', library: 'AUN' };
const YOLANDA: Prov = { id: 'yolanda-sf', name: 'Yolanda', library: 'QACL' };
const QUENTIN: Prov = { id: 'quentin-sf', name: 'Quentin', library: 'AUN' };
const PAT: Prov = { id: 'pat-sf', name: 'Pat', library: 'EPFL' };
const MARTA: Prov = { id: 'marta-sf', name: 'Marta', library: 'WPL' };
const CAL: Prov = { id: 'cal-sf', name: 'Cal', library: 'KCPL' };
const FIONA: Prov = { id: 'fiona-sf', name: 'Fiona', library: 'HCLS' };
const KENJI: Prov = { id: 'kenji-sf', name: 'Kenji', library: 'BCPL' };
const LOU: Prov = { id: 'lou-sf', name: 'Lou', library: 'AUN' };
const BEA: Prov = { id: 'bea-sf', name: 'Bea', library: 'WCL' };
const OSCAR: Prov = { id: 'oscar-sf', name: 'Oscar', library: 'AUN' };
const NINA: Prov = { id: 'nina-sf', name: 'Nina', library: 'WCL' };
const PERRY: Prov = { id: 'perry-sf', name: 'Perry', library: 'AACPL' };
const ROSS: Prov = { id: 'ross-sf', name: 'Ross', library: 'CCPL-CA' };
const HANK: Prov = { id: 'hank-sf', name: 'Hank', library: 'AUN' };
const LUZ: Prov = { id: 'luz-sf', name: 'Luz', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-sf', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-sf', name: 'Trainee 7', library: 'TRN' };
const DREW: Prov = { id: 'drew-sf', name: 'Drew', library: 'SMCL' };

const s = session;

export const SURFING: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 spotting rip currents before an Ocean City week with kids: reading or tips asked, weather.gov + the catalogue, "that\'s everything"', [
    [0, 'p', 'hi! going to ocean city in june w my kids (7 and 10), how do i spot a rip current??'],
    [22, 'l', "Good morning, and thanks for contacting Ask a Librarian! I'm Dana, a librarian at Worcester County Library."],
    [28, 'l', 'Are you looking for something to read with the kids, or tips for you as the parent?'],
    [60, 'p', 'both if possible'],
    [68, 'l', "A rip current often looks like a calm gap between breaking waves, a strip of darker or choppy water, or a line of foam and seaweed moving out to sea. NOAA's rip current page at weather.gov/safety/ripcurrent has photos and a short video you can watch with the kids. For them, search 'beach safety' in our catalog at worcesterlibrary.org; there are a few picture books and an easy reader."],
    [74, 'l', 'Does that give you what you need?'],
    [110, 'p', "yes perfect that's everything, thank you!!"],
    [115, 'l', "You're welcome! Have a safe trip, and thanks for chatting with us."],
  ], usual()),

  // 02 Spanish, pickup at exactly 60 s
  s(ANA, '02 bandera roja en la playa (Spanish): pickup at exactly 60 s, which beach asked, the Beach Patrol page + weather.gov, "no tengo más preguntas"', [
    [0, 'p', 'hola, que significa la bandera roja en la playa? podemos nadar con los niños?'],
    [60, 'l', '¡Hola! Soy Ana, bibliotecaria del servicio AskUsNow! de Maryland.'],
    [66, 'l', '¿Van a ir a la playa de Ocean City o a la de Assateague?'],
    [95, 'p', 'ocean city, el sabado'],
    [102, 'l', 'En Ocean City la Patrulla de Playa (Beach Patrol) usa banderas: la roja quiere decir peligro alto, con olas fuertes o corrientes de resaca, y a veces no dejan entrar al agua más allá de las rodillas. Naden siempre frente a una silla de salvavidas. Las reglas están en la página de la patrulla, oceancitymd.gov (Beach Patrol), y la guía de NOAA sobre corrientes de resaca, con dibujos, en weather.gov/safety/ripcurrent.'],
    [108, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchas gracias, no tengo más preguntas'],
    [146, 'l', '¡Con gusto! Que disfruten la playa, y gracias por escribirnos. 🌊'],
  ], usual()),

  // 03 pickup at 61 s, an impatient patron
  s(BEN, '03 adult surf lessons in Ocean City: "anyone??" at 30, pickup at 61 s, ococean.com, "Anything else I can help with today?"', [
    [0, 'p', 'are there surf lessons in ocean city for adults? never surfed, 42 yrs old lol'],
    [30, 'p', 'anyone??'],
    [61, 'l', "Hi, sorry for the wait! I'm Ben, a librarian at Wicomico Public Libraries."],
    [67, 'l', 'Are you after a one-day lesson or a longer camp?'],
    [95, 'p', 'one day, in july'],
    [103, 'l', "Several surf shops run beginner lessons for adults, usually early in the morning on the beaches set aside for surfing. The town's visitor site, ococean.com, has a list of the surf schools (search 'surf lessons'), with prices and booking links for each."],
    [109, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'ok'],
    [146, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'no thx'],
    [175, 'l', 'Have fun out there, bye!'],
  ], usual({ pickup: 'fail' })),

  // 04 no identification ever
  s(KOFI, '04 sea nettles at Sandy Point in August: "Hi there! 👋" and a question, no name, library or service ever (greeting fails), DNR + NOAA', [
    [0, 'p', 'are there jellyfish at sandy point in august? my daughter got stung last yr 😩'],
    [15, 'l', 'Hi there! 👋'],
    [20, 'l', 'Are you asking about the stinging sea nettles, or any jellyfish at all?'],
    [50, 'p', 'the stinging ones'],
    [58, 'l', "Sea nettles come into the Chesapeake in mid-summer when the water is warm and salty, so August is their peak. Maryland DNR has a sea nettle page at dnr.maryland.gov (search 'sea nettles'), and NOAA's Chesapeake Bay Office posts a sea nettle likelihood map at chesapeakebay.noaa.gov."],
    [64, 'l', 'Did that help?'],
    [90, 'p', 'yeah thanks, ugh'],
    [95, 'l', 'Is there anything else I can look up for you?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Thanks for writing in, and enjoy the beach!'],
  ], usual({ greeting: 'fail' })),

  // 05 identification without a greeting
  s(MARCUS, '05 shark teeth on the Calvert beaches: "Marcus at Calvert Library, Ask a Librarian." with no greeting (fails), DNR + calvertparks.org', [
    [0, 'p', 'where can u find shark teeth on the beach in calvert county'],
    [18, 'l', 'Marcus at Calvert Library, Ask a Librarian.'],
    [24, 'l', 'Do you want a beach you can get to for free, or is a park entry fee OK?'],
    [55, 'p', 'free would be best but whatever'],
    [63, 'l', "Calvert Cliffs State Park and Flag Ponds Nature Park are the usual spots; both charge a fee, and at Calvert Cliffs it's a long walk to the beach. Don't dig into the cliffs or sit under them, they collapse without warning. Hours and fees are at dnr.maryland.gov (Calvert Cliffs State Park) and calvertparks.org (Flag Ponds)."],
    [69, 'l', 'Does this answer your question?'],
    [100, 'p', 'yep!! thank you'],
    [104, 'l', 'Anything else?'],
    [115, 'p', 'thats all'],
    [119, 'l', 'Happy hunting, bye! 🦈'],
  ], usual({ greeting: 'fail' })),

  // 06 two holds of exactly 120 s, a restatement
  s(RAVI, '06 tides at Assateague for surf fishing: a restatement, holds at 56 and 176, answer at 296 (two spans of exactly 120 s), tidesandcurrents.noaa.gov', [
    [0, 'p', 'need the tide times for assateague for next sat, surf fishing'],
    [20, 'l', 'Hello! This is Ravi, a librarian with AskUsNow!.'],
    [26, 'l', 'So you need the high and low tides at Assateague for Saturday — on the Maryland side?'],
    [50, 'p', 'yes md side'],
    [56, 'l', 'One moment while I find the nearest tide station.'],
    [176, 'l', "Still looking — the Ocean City Inlet station is close, but I'm checking whether there's one on the island itself."],
    [296, 'l', "Found it: NOAA Tides & Currents at tidesandcurrents.noaa.gov has predictions for both 'Ocean City Inlet' and 'Assateague Beach'; the beach station is the one you want. Pick Saturday's date and it lists the highs and lows."],
    [302, 'l', 'Does that get you what you need?'],
    [330, 'p', 'perfect thats all i needed 🎣'],
    [336, 'l', 'Tight lines, and thanks for using AskUsNow!'],
  ], usual()),

  // 07 a hold answered 121 s later; the allowed "other patrons waiting"
  s(LENA, '07 a ding in an epoxy board: hold answered 121 s later, Hobbies & Crafts Reference Center, then "a few other patrons waiting … please log back on later"', [
    [0, 'p', 'how do i fix a ding on my surfboard?? pretty sure its epoxy'],
    [14, 'l', "Hi! Lena here, librarian at Worcester County Library's Ocean City branch. Happy to help."],
    [20, 'l', 'Is the ding cracked through to the foam, so water can get in, or is it just a scratch?'],
    [48, 'p', 'cracked but small, like a dime'],
    [54, 'l', 'Let me check our how-to databases for epoxy boards, one moment.'],
    [175, 'l', 'Sorry that took a bit! Hobbies & Crafts Reference Center (worcesterlibrary.org > Research) has a step-by-step on fixing small epoxy dings with a solar-cure epoxy kit. Keep the board out of the water until the foam is completely dry, and use epoxy resin only: polyester resin melts EPS foam.'],
    [181, 'l', 'Did that help?'],
    [215, 'p', 'yes!! also how do i wax it, which fins should i get, where do i store it in winter and whats the best leash lol'],
    [223, 'l', "Those are all good questions! I've got a few other patrons waiting right now, though, so please log back on later and we'll go through them one at a time. Thanks for chatting!"],
    [235, 'p', 'ok will do 🤙'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 08 a question only after the source; the patron's last word
  s(CARMEN, '08 Duke Kahanamoku for a 7th-grade report: Britannica School given, then the grade asked (clarify fails), "yes thank you!!" last (courteous fails)', [
    [0, 'p', 'i need info on duke kahanamoku for a report'],
    [18, 'l', "Hey! Welcome to Ask a Librarian. I'm Carmen at Prince George's County Memorial Library System."],
    [24, 'l', "Britannica School has a biography of Duke Kahanamoku, the Hawaiian Olympic swimmer who made surfing popular around the world. It's under Research at pgcmls.info."],
    [30, 'l', 'What grade are you in, and how long does the report have to be?'],
    [62, 'p', '7th grade, 2 pages'],
    [70, 'l', "Then Britannica School's middle level is about right. For a book, Surfer of the Century by Ellie Crowe is in our catalog, an easy read with lots of pictures."],
    [76, 'l', 'Is that enough for your report?'],
    [110, 'p', 'yes thank you!!'],
  ], usual({ clarify: 'fail', anything: 'fail', courteous: 'fail' })),

  // 09 no source (from memory), code "", four at once
  s(THEO, '09 who gets the wave (surf etiquette): the rules from memory with no source, code "", four chats open at once (fail)', [
    [0, 'p', 'whats the rule for who gets the wave when surfing? some guy yelled at me at 48th st lol'],
    [20, 'l', "Hi! I'm Theo, a librarian at Enoch Pratt Free Library."],
    [26, 'l', 'Were you out on a shortboard, a longboard or a foam board?'],
    [50, 'p', 'foamie, im a beginner'],
    [57, 'l', "The basic rule is that the surfer closest to the peak, where the wave starts to break, has the right of way, and you don't 'drop in' in front of someone who's already riding it. Paddle out around the lineup, not through it, and keep hold of your board. On a foam board it's friendlier to stay in the whitewater inside the main peak until you're more confident. Does that answer your question?"],
    [95, 'p', 'ya makes sense, oops 😅'],
    [100, 'l', 'It happens to everyone! Anything else I can help with?'],
    [115, 'p', 'nope thx'],
    [119, 'l', 'Have fun out there, and thanks for chatting!'],
  ], usual({ source: 'fail', concurrency: 'fail', code: 'fail' }), { resolutionCode: '' }, {
    otherIntervals: [other('t1', 'theo-sf', -100, 200), other('t2', 'theo-sf', 10, 300), other('t3', 'theo-sf', 60, 150)],
  }),

  // 10 an organisation named with no way to reach it
  s(NADIA, '10 Beach Patrol tryouts at 16: "call the Ocean City Beach Patrol and ask" with no number (source and referral fail)', [
    [0, 'p', 'how old do u have to be to be a lifeguard in ocean city? im 16'],
    [21, 'l', 'Hello, Nadia here, a librarian at Harford County Public Library.'],
    [27, 'l', 'Are you hoping to work this summer or next?'],
    [50, 'p', 'next summer'],
    [58, 'l', 'As far as I know they want guards to be 17 by the start of the season and to pass a timed ocean swim and a run, but the details change every year. Your best bet is to call the Ocean City Beach Patrol and ask about their tryout dates.'],
    [64, 'l', 'Does that help?'],
    [90, 'p', 'ya ok. thats all i needed'],
    [95, 'l', 'Good luck at the tryouts, bye!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 11 a referral by phone as the only source; "take your time"; touching ends
  s(GRACE, '11 adaptive surfing for an 11-year-old: "Of course, take your time!" (190 s away), Surf Access OC by phone, touching ends (three at most)', [
    [0, 'p', 'is there surfing for kids with disabilities anywhere in md? my son has cerebral palsy'],
    [17, 'l', 'Good afternoon, and thanks for contacting AskUsNow! This is Grace, a librarian.'],
    [23, 'l', 'How old is your son, and would you be able to travel to Ocean City?'],
    [55, 'p', "he's 11. let me ask my husband about OC, one sec"],
    [60, 'l', 'Of course, take your time!'],
    [250, 'p', 'ok we can do OC in july or august'],
    [258, 'l', 'Wonderful. There are volunteer-run adaptive surf days in Ocean City every summer, with special boards and several volunteers for each surfer. Surf Access OC organises them: call their coordinator at 410-555-0142 to ask about the July and August dates and to sign him up.'],
    [264, 'l', 'Is that what you were hoping to find?'],
    [300, 'p', 'YES thank you so much. thats everything'],
    [306, 'l', 'I hope he loves it! Thanks for chatting with us.'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [
      other('g1', 'grace-sf', -300, 0),
      other('g2', 'grace-sf', -50, 100),
      other('g3', 'grace-sf', 100, 400),
      other('g5', 'grace-sf', 30, 200),
      other('g4', 'grace-sf', 311, 600),
    ],
  }),

  // 12 pickedUpAt 50, a referral by street address, "Let me know if you think of anything else!"
  s(INES, '12 an adult who can\'t swim: pickedUpAt 50 (first line 72), the Easton YMCA by street address, "Let me know if you think of anything else!"', [
    [0, 'p', 'im 30 and cant swim. going to the beach next month and honestly kinda scared of the ocean. where can adults learn??'],
    [72, 'l', "Hi! Thanks for waiting, and good for you for asking. I'm Ines, a librarian at Talbot County Free Library."],
    [78, 'l', 'Are you in Talbot County? And would group lessons work, or do you want private ones?'],
    [110, 'p', 'easton yes. group is fine, cheaper lol'],
    [118, 'l', 'The YMCA in Easton runs adult learn-to-swim groups for nervous beginners. Stop by their front desk at 202 Peachblossom Road, Easton, MD 21601 and ask when the next one starts. Our catalog at tcfl.org also has Conquer Your Fear of Water by Melon Dash, written for adults who are afraid of the water.'],
    [124, 'l', 'Is that helpful?'],
    [150, 'p', 'yes very. thank you!'],
    [155, 'l', 'Let me know if you think of anything else! Good luck with the lessons, and thanks for chatting.'],
  ], usual({ anything: 'fail', referral: 'pass' }), { pickedUpAt: at(50) }),

  // 13 a colleague consulted (internal lines end nothing), an offer of more, the code field left out
  s(WES, '13 camping on the Assateague oversand route: hold, two internal lines, answer 128 s later, "Want me to look up the tide times … too?", no code field', [
    [0, 'p', 'can u camp right on the beach at assateague? like drive on the sand and camp there'],
    [18, 'l', 'Hello! Wes at Worcester County Library here, happy to help.'],
    [24, 'l', 'Are you thinking of the Maryland end (the National Seashore), or Chincoteague in Virginia?'],
    [52, 'p', 'maryland side, we have a 4x4 truck'],
    [58, 'l', 'One moment, let me check with a colleague at our Berlin branch who camps out there every year.'],
    [61, 'i', 'Kim, patron asking: can you still camp along the OSV zone at Assateague MD? permit + reservations?'],
    [120, 'i', '(Kim by phone: yes, OSV permit + the oceanside OSV sites, both on recreation.gov)'],
    [186, 'l', "Thanks for waiting! Yes: with an Oversand Vehicle permit you can drive the OSV zone, and there are a few oceanside campsites along it. Both the permit and the sites are booked online at recreation.gov, and the rules, like the required gear (a jack, a tow strap, a tire gauge), are on nps.gov/asis under 'Oversand Vehicle Use'."],
    [192, 'l', 'Want me to look up the tide times for your dates too? The OSV zone gets narrow at high tide.'],
    [220, 'p', "nah we're good, thats all i need. thanks!!"],
    [226, 'l', 'Have a great trip, and thanks for chatting!'],
  ], usual({ informed: 'fail', complete: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 14 FU_ME, e-mail read back, "by Thursday", done at 30 h
  s(HELEN, '14 photos of the 1933 storm that cut the inlet: msa.maryland.gov, scans from Snow Hill promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'do you have photos of the 1933 storm that made the ocean city inlet? for a talk at my church'],
    [21, 'l', "Good afternoon! I'm Helen, a librarian at Worcester County Library. What a great topic."],
    [27, 'l', 'When is the talk, and do you need prints or are digital copies OK?'],
    [60, 'p', 'in 2 weeks, digital is fine'],
    [68, 'l', "A few are online already: search 'Ocean City inlet 1933' in the Maryland State Archives' special collections at msa.maryland.gov. Our Snow Hill branch has a local history file with more that aren't online; I can scan those and e-mail them to you. What's your e-mail address?"],
    [100, 'p', 'sure, its bethany.r.walls@example.com'],
    [106, 'l', "Thanks, that's bethany.r.walls@example.com. I'll send the scans by Thursday."],
    [112, 'l', 'Is the State Archives collection useful for what you need?'],
    [140, 'p', 'yes! thats all for now, thank you'],
    [146, 'l', "You're welcome. Thanks for chatting, talk soon!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 15 FU_ME, a phone read back, "by Monday", done at 80 h
  s(VICTOR, '15 drownings on Maryland ocean beaches for a newsletter: CDC WONDER, a call-back promised, phone read back, "by Monday", done at 80 h (late)', [
    [0, 'p', 'hi, I write for a community newsletter in berlin. how many drownings were there on md ocean beaches the last 10 yrs?'],
    [24, 'l', 'Hello, and thanks for contacting AskUsNow! This is Victor, a librarian.'],
    [30, 'l', 'Do you need only the guarded beaches in Ocean City, or Assateague as well?'],
    [60, 'p', 'both if you can'],
    [67, 'l', "Let me look at what's published."],
    [150, 'l', "The CDC's WONDER database (wonder.cdc.gov) has drowning deaths by county, and Worcester County covers both beaches, but it doesn't separate ocean drownings from the rest. The Beach Patrol's annual reports might; I'll have to request them. I can call you with what I find — what's the best number?"],
    [185, 'p', '410 555 0199, afternoons are best'],
    [192, 'l', "Got it, 410-555-0199, afternoons. You'll hear from me by Monday."],
    [198, 'l', 'Does the CDC data help for now?'],
    [230, 'p', 'yes helpful, thank you'],
    [236, 'l', 'Anything else I can check on?'],
    [250, 'p', "no that's all"],
    [255, 'l', 'Thanks so much for chatting!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 a promise coded Answered, no time, pending
  s(YOLANDA, '16 sea glass on Kent Island: qac.org, "I\'ll … e-mail it to you", e-mail read back, no time, coded Answered, pending at day 2', [
    [0, 'p', 'where are the best beaches in maryland to find sea glass?? 💎'],
    [17, 'l', "Hi! Yolanda at Queen Anne's County Library here 😊"],
    [22, 'l', "Do you want bay beaches close to Queen Anne's, or are you up for a drive?"],
    [45, 'p', 'close by pls, kent island area'],
    [52, 'l', "The bay side of Kent Island has a few small public beaches where people find sea glass after storms; Terrapin Nature Park's beach is the best known. Queen Anne's County Parks has a map of them at qac.org (Parks & Recreation)."],
    [58, 'l', "I'll also put together a list of the other public bay beaches nearby and e-mail it to you. What's your e-mail?"],
    [85, 'p', 'seaglassgirl@example.com'],
    [90, 'l', 'Thanks! Got it: seaglassgirl@example.com. Anything else I can help with?'],
    [110, 'p', 'no thats it thx'],
    [115, 'l', 'Happy hunting, bye! 🐚'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), {}, { now: T0 + 2 * DAY }),

  // 17 FU_LIB, the e-mail only in patron.email, not recorded at day 4; a goodbye 125 s after the patron
  s(QUENTIN, '17 a book club set of Barbarian Days: fcpl.org, "someone from your library will contact you within three business days", e-mail only in patron.email, goodbye 125 s later', [
    [0, 'p', 'hi! our book club wants to read Barbarian Days, the surfing memoir. can we get like 12 copies thru the library?'],
    [20, 'l', "Hi there, thanks for contacting AskUsNow! My name is Quentin and I'm a librarian."],
    [26, 'l', 'Which library system do you usually use?'],
    [50, 'p', 'frederick county'],
    [58, 'l', 'Barbarian Days by William Finnegan is in the Frederick County catalog at fcpl.org, but a set of 12 would come from their book club kit collection. I\'ll pass your request along, and someone from your library will contact you within three business days to set it up.'],
    [64, 'l', 'Is that helpful?'],
    [90, 'p', 'great thanks, thats all'],
    [215, 'l', 'Happy reading, and thanks for using AskUsNow!'],
  ], usual({ informed: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'fredbookclub@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 18 FU_ME with no contact known anywhere, done at 10 h
  s(PAT, '18 the first Ocean City surf contest (dad in 1965?): ProQuest, "I\'ll keep digging and get back to you by tomorrow", no contact anywhere, done at 10 h', [
    [0, 'p', 'when was the first surfing contest in ocean city? my dad says he was in it in like 1965'],
    [22, 'l', "Hello! This is Pat at Enoch Pratt Free Library's Ask Us, thanks for writing."],
    [28, 'l', 'Do you know anything else about it, like which beach or who sponsored it?'],
    [70, 'p', 'near the inlet maybe? he doesnt remember lol'],
    [78, 'l', "The Baltimore Sun in ProQuest Historical Newspapers (prattlibrary.org > Research) is the best place to look. I searched 'Ocean City' and 'surfing' for 1963 to 1967 and found a few pieces on surfers at the beach, but not the contest itself yet. I'll keep digging and get back to you by tomorrow."],
    [84, 'p', 'ok cool thanks'],
    [90, 'l', 'Is there anything else I can help with in the meantime?'],
    [110, 'p', 'nope'],
    [115, 'l', 'Thanks for chatting, bye!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(10 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 19 Spanish: FU_LIB, a phone read back, "mañana por la tarde", done exactly 72 h after endedAt
  s(MARTA, '19 salvavidas juveniles (Spanish): redcross.org, the Salisbury branch to phone her, phone read back, "mañana por la tarde", done at exactly 72 h', [
    [0, 'p', 'hola buenas, mi hijo tiene 13 años y quiere ser salvavidas en la playa. hay algun programa para niños?'],
    [24, 'l', '¡Hola! Bienvenida a AskUsNow!. Le atiende Marta, bibliotecaria.'],
    [30, 'l', '¿En qué condado viven? Así busco programas cerca.'],
    [60, 'p', 'en wicomico, salisbury'],
    [68, 'l', "La Cruz Roja Americana tiene cursos de salvavidas desde los 15 años; se ven en redcross.org/take-a-class. Para su edad hay clases de natación avanzada que preparan para eso. Además, nuestra biblioteca de Salisbury organiza en junio una charla de seguridad en el agua para jóvenes; puedo pedir que la encargada le llame con los detalles. ¿Me da un teléfono?"],
    [100, 'p', 'si, 443 555 0127'],
    [106, 'l', 'Perfecto: 443-555-0127. Le llamarán mañana por la tarde.'],
    [112, 'l', '¿Le sirve la información de la Cruz Roja?'],
    [140, 'p', 'si, gracias! es todo'],
    [146, 'l', '¡Gracias a usted por escribir! Que tenga buen día.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(151 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 20 a true Lost Call
  s(CAL, '20 the water temperature today (Lost Call): greeting only, "Are you still with me?" at 145, "looks like you\'ve disconnected … come back anytime!" at 330', [
    [0, 'p', 'whats the water temp in ocean city today'],
    [20, 'l', "Hi! I'm Cal, a librarian at Kent County Public Library."],
    [145, 'l', 'Are you still with me?'],
    [330, 'l', "It looks like you've disconnected, so I'm going to close this chat. Thanks for contacting us, and feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 Lost Call after two patron lines; check-in and notice in one line, no thanks; final idle exactly 180 s
  s(FIONA, '21 sunscreen for an 8-month-old: healthychildren.org, "Are you still there? It looks like you may have disconnected, so I\'ll be closing this chat." (180 s), Lost Call', [
    [0, 'p', 'hi what sunscreen is ok for a baby at the beach'],
    [18, 'l', "Hello! This is Fiona with Howard County Library System's Ask a Librarian."],
    [24, 'l', 'How old is your baby? The advice is different for babies under 6 months.'],
    [50, 'p', '8 months'],
    [57, 'l', "For babies over 6 months, pediatricians suggest a broad-spectrum sunscreen, SPF 30 or higher, with zinc oxide or titanium dioxide, along with shade, a sun hat and staying out of the midday sun. The American Academy of Pediatrics explains it at healthychildren.org (search 'sun safety'). Does that help?"],
    [227, 'l', "Are you still there? It looks like you may have disconnected, so I'll be closing this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 10 }),

  // 22 a check-in and a goodbye exactly 120 s after the answer
  s(KENJI, '22 a dog on the beach in May: nps.gov/asis, "Are you still there?" at 130, goodbye at 175 (final idle exactly 120 s)', [
    [0, 'p', 'can i bring my dog to the beach in may? going to the shore for a week'],
    [14, 'l', 'Hi, welcome to Ask a Librarian! Kenji here, at Baltimore County Public Library.'],
    [20, 'l', 'Which beach: Ocean City itself, or Assateague?'],
    [48, 'p', 'OC, 2nd week of may'],
    [55, 'l', "Then it's a no, sorry: Ocean City doesn't allow dogs on the beach or the boardwalk from May 1 through September 30. If you can drive a bit, Assateague Island State Park doesn't allow pets either, but the National Seashore side allows leashed dogs on some beaches; the rules are at nps.gov/asis (Pets). Does that answer your question?"],
    [130, 'l', 'Are you still there?'],
    [175, 'l', "I'll close our chat now — thanks for writing in, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 23 a check-in, then "gone offline" with thanks but no word that the chat ends (185 s)
  s(LOU, '23 paddleboarding in the surf: weather.gov/akq, "Are you still there?" at 190, "Seems like you\'ve gone offline. Thanks for using AskUsNow!" at 248 (185 s)', [
    [0, 'p', 'thinking of paddleboarding off ocean city tomorrow morning, how do i know if its too rough'],
    [19, 'l', "Good evening! I'm Lou, a librarian with AskUsNow!."],
    [25, 'l', 'Will you be going out past the breakers, or staying close to shore?'],
    [55, 'p', 'close to shore, im not great at it yet'],
    [63, 'l', "Check two things in the morning. First, the National Weather Service's Surf Zone Forecast for the Maryland beaches (weather.gov/akq, under 'Surf Zone Forecast'), which gives the wave height and the rip current risk. Second, the wind: an offshore wind can push a paddleboard out to sea. If the rip current risk is 'high', stay off the ocean and try the bay side instead. Is that what you needed?"],
    [190, 'l', 'Are you still there?'],
    [248, 'l', "Seems like you've gone offline. Thanks for using AskUsNow!, and stay safe on the water."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 24 no question; a notice that thanks but does not ask, 179 s after the answer
  s(BEA, '24 sharks and a scared six-year-old: the answer at once (no question), "It looks like you\'ve disconnected, so I\'ll close this chat. Thanks …" 179 s later', [
    [0, 'p', 'r there sharks in ocean city?? my son (6) wont go in the water now 😬'],
    [16, 'l', 'Hi there, this is Bea at Worcester County Library, Pocomoke branch. Thanks for your question!'],
    [22, 'l', "Sharks do live off Ocean City, mostly small sandbar and sand tiger sharks that keep away from the swimming areas, and bites there are extremely rare. The Florida Museum's International Shark Attack File at floridamuseum.ufl.edu/shark-attacks has the numbers by state, and kids can follow tagged sharks on OCEARCH's tracker at ocearch.org, which can make them less scary. Did that help?"],
    [201, 'l', "It looks like you've disconnected, so I'll close this chat. Thanks for your question, and I hope he has a great beach day!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 25 a transfer with a notice and a note
  s(OSCAR, '25 a surfman at the Ocean City Life-Saving Station, 1890s: "I\'m going to transfer you to her. One moment, please.", a note why, Nina, HathiTrust', [
    [0, 'p', 'hi, my great grandfather was a surfman at the ocean city life-saving station. where could i find out about the station in the 1890s?'],
    [19, 'l', "Hello, thanks for contacting AskUsNow! I'm Oscar, a librarian."],
    [25, 'l', 'Do you know his name and roughly the years he served?'],
    [60, 'p', 'Elijah Tingle, around 1895-1900'],
    [66, 'l', "Worcester County Library's local history librarian knows these records well, so I'm going to transfer you to her. One moment, please."],
    [69, 'i', 'Nina, patron researching great-grandfather Elijah Tingle, surfman at the OC Life-Saving Station c.1895-1900. Local history, can you take it?'],
    xfer(72, 'Nina', 'nina-sf'),
    [130, 'l', "Hi, Nina from Worcester County Library's local history room here.", as(NINA)],
    [136, 'l', "The U.S. Life-Saving Service's annual reports list each station's keeper and crew and every rescue; they're digitized in HathiTrust at hathitrust.org (search 'Annual report of the United States Life-Saving Service'). The Ocean City Life-Saving Station Museum's site, ocmuseum.org, also has a page on the station's history.", as(NINA)],
    [142, 'l', 'Does that give you a place to start?', as(NINA)],
    [175, 'p', 'yes, this is great. thats all i needed'],
    [181, 'l', 'Wonderful, good luck with the research, and thanks for chatting!', as(NINA)],
  ], usual({ transfer: 'pass' })),

  // 26 a silent transfer: a note only
  s(PERRY, '26 a boating certificate to rent a jet ski (from PA): an internal note, the transfer with no word to the patron, Ross 82 s after the patron', [
    [0, 'p', 'do i need a license to rent a jet ski in ocean city? born 1990'],
    [16, 'l', 'Hi there! Perry with Anne Arundel County Public Library, Ask a Librarian.'],
    [22, 'l', 'Are you a Maryland resident, or visiting from another state?'],
    [48, 'p', 'visiting from PA'],
    [53, 'i', 'Ross, boating-safety certificate q for an out-of-state jet ski renter. You took the DNR course, can you take this one?'],
    xfer(56, 'Ross', 'ross-sf'),
    [130, 'l', "Hello! I'm Ross, a librarian at Calvert Library, picking up your question.", as(ROSS)],
    [136, 'l', 'Since you were born after July 1, 1972, Maryland requires a boating safety certificate to operate a personal watercraft, and it accepts a NASBLA-approved card from Pennsylvania. Rental shops can also give a short rental safety course before you ride. The rules are on dnr.maryland.gov under Boating Safety Education.', as(ROSS)],
    [142, 'l', 'Did that answer your question?', as(ROSS)],
    [170, 'p', 'yes! thats everything, ty'],
    [175, 'l', 'Have fun and stay safe, bye!', as(ROSS)],
  ], usual({ transfer: 'fail' })),

  // 27 Spanish: a transfer with a notice and no note
  s(HANK, '27 clases de surf para niños (Spanish): "Un momento, por favor: le voy a transferir a mi colega Luz" with no note, Luz 69 s later, ococean.com', [
    [0, 'p', 'hola, buenas. mis hijos quieren tomar clases de surf en ocean city, hay en español?'],
    [20, 'l', 'Hi! This is Hank, a librarian with AskUsNow!.'],
    [26, 'l', 'Un momento, por favor: le voy a transferir a mi colega Luz, que habla español.'],
    xfer(30, 'Luz', 'luz-sf'),
    [95, 'l', '¡Hola! Soy Luz, bibliotecaria de AskUsNow!. ¿Qué edad tienen sus hijos?', as(LUZ)],
    [125, 'p', '9 y 12 años'],
    [133, 'l', "Varias escuelas de surf de Ocean City tienen campamentos de verano para niños de 8 a 15 años. La lista de escuelas con licencia está en ococean.com (busque 'surf lessons'). No encontré ninguna que anuncie clases en español, pero varias dicen tener instructores bilingües.", as(LUZ)],
    [139, 'l', '¿Es lo que buscaba?', as(LUZ)],
    [170, 'p', 'si, muchas gracias! es todo'],
    [176, 'l', '¡De nada! Que disfruten las olas 🏄 Gracias por escribirnos.', as(LUZ)],
  ], usual({ transfer: 'fail' })),

  // 28 no provider ever joined
  s(QUEUE, '28 a qué hora empiezan los salvavidas (Spanish): no provider ever joined, "hola??", "bueno, gracias igual", patron left, code null', [
    [0, 'p', 'hola, a que hora empiezan los salvavidas en ocean city en junio?'],
    [3, 's', 'Thanks for waiting — a librarian will be with you shortly.'],
    [150, 'p', 'hola??'],
    [230, 'p', 'bueno, gracias igual'],
    left(236),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 29 Practice
  s(TRAINEE, '29 practice chat (rip current flags script): coded Practice, every check na', [
    [0, 'p', 'TEST — practice chat: what do the beach flags mean'],
    [8, 'l', 'Practice: hi, trainee here. Flags are explained at weather.gov/safety/ripcurrent'],
    [20, 'p', 'ok ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 dismissed: "I need to move on now"
  s(DREW, '30 surf spots beyond Ocean City, then a list: nps.gov/asis, "I\'ve already spent a good while on this one chat. I need to move on now." and "Bye."', [
    [0, 'p', 'are there any surfing spots in maryland besides ocean city?'],
    [18, 'l', "Hi! Drew here, a librarian at St. Mary's County Library."],
    [24, 'l', 'Do you mean ocean waves, or would bay spots for windsurfing or kiteboarding count too?'],
    [55, 'p', 'ocean waves'],
    [62, 'l', "Maryland has only about 30 miles of Atlantic coast: Ocean City and Assateague Island. Assateague's National Seashore beaches are open to surfing outside the guarded area; the rules are on nps.gov/asis. Does that answer your question?"],
    [90, 'p', 'ok. what about delaware, and virginia beach, and the outer banks, and whats the best time of year, and what board should i get'],
    [98, 'l', "That's a lot of questions, and I've already spent a good while on this one chat. I need to move on now."],
    [110, 'p', 'wow ok'],
    [114, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SURFING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('12')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Let me know if you think of anything else! Good luck with the lessons, and thanks for chatting." invites the patron to come back but asks nothing, and the patron\'s "yes very. thank you!" is thanks alone (RUBRIC closing.anything_else: "pass: before the end the provider asks whether the patron needs anything else, or the patron says on their own, explicitly, that they are done (…; thanks or \"ok\" alone does not count). fail otherwise.").',
};

describe('eightieth round: surfing, beaches and ocean safety, checked', () => {
  describeSessions('whole sessions', SURFING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SURFING.filter((c) => c.name in LEFT_WHY));
});
