/**
 * Sixty-second round, theme DRONES AND SMALL AIRCRAFT, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: FAA registration and the TRUST recreational test (a DJI Mini at 249 g, a 300 g
 * drone, a 14-year-old in Miami in Spanish, a lost TRUST certificate twice, one drone for a business), Part 107 commercial
 * certificates (real estate photos, recurrent training ALC-677, the test only in English in Spanish), park and town rules
 * (a "no motorized toys" sign in Greenfield, a Westfield NJ middle school, Garner State Park in Spanish, Ocean City beach in
 * Spanish, FPV around Cincinnati), airspace near airports (Manassas Class D, Holman Field over Harriet Island, a TFR over
 * the Cal Expo fireworks), a neighbor's drone over a pool in Texas, flight schools and pilot records (Frederick MD schools
 * and the medical, a grandfather's 1960s airman file, hours at a closed Fort Lauderdale school, training records from a
 * closed Dayton school), airport noise (touch-and-gos at Hanscom), model rocketry (a Huntsville club for a 12-year-old),
 * and old aircraft histories (a 1967 Cessna's owners, a WWII B-24 crash near Pocatello, a 1950s crop duster near Ames, a
 * 1978 Cherokee crash near Bozeman, a 1946 Piper Cub). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtySecondRoundDrones-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there! This is Dana, a reference librarian at Ask Colorado." (01); pickup at exactly 60 s (02: pass) and at
 *   61 s (03: fail); "Hi! Thanks for reaching out." under the screen name "VA Chat 3" (04: names no one, fail); Spanish
 *   "¡Buenas tardes! Soy Lucía, bibliotecaria de …" (05), "Hola, buenas tardes. Le atiende Marisol, bibliotecaria …" (21),
 *   "¡Hola! Soy Rubén, bibliotecario de …" (22); "Hey! Ask Us librarian here, name's Rob." (11); "Hello! Ken with Ask Idaho
 *   here." (14); "Good evening!" + "This is Rita at the Ask a Librarian desk, …" over two lines (28: pass); `pickedUpAt` at
 *   30 s with the first line at 160 (27); no provider ever joined, patron in Spanish (20);
 *  inquiry: fun or paid work, first certificate, which park, weight and use, name and death certificate, club or program,
 *   current owner or chain of owners, goggles, which stretch of the river, which fairground, N-number; no question at all
 *   (07: fail); the provider list given before "Which provider did you take it through, do you remember?" (30: fail);
 *  waits: "Give me a moment to pull up the study materials." answered exactly 120 s later (02: pass); holds in Spanish
 *   "Déjeme revisar, un momento por favor." / "Sigo buscando, ya casi lo tengo." at 110 and 104 s (21: pass); a transfer
 *   notice answered 74 s later by the receiver (14); an internal note and a silent transfer, the receiver 130 s after the
 *   patron (15: fail); "Sure thing, take your time." then the patron back 200 s later (30: waiting on the patron, pass);
 *   130 s between `pickedUpAt` and the first line (27: fail, see READINGS);
 *  endings: a Lost Call with only a greeting, "Are you still with me?" at 145 and "It seems we've lost the connection, so
 *   I'll be closing this chat. Please come back anytime!" at 210 (10: final idle 190 s, both pass); "Still there?" and no
 *   notice, final idle 190 s (11: disconnect fails, courteous fails); Spanish "¿Sigue ahí?" and "Parece que se desconectó,
 *   así que voy a cerrar esta sesión. ¡Gracias por escribirnos y vuelva cuando quiera!" (22: final idle 234 s, all pass); a
 *   goodbye exactly 120 s after the answer with no check-in (24: idle fails, disconnect na); a final idle of exactly 180 s
 *   with "Are you still there?" and "Looks like we've been disconnected — I'll be ending this chat now." (25: both pass,
 *   courteous fails); a final idle of 179 s with a check-in only (28: disconnect na); "You've hit the limit for one chat, so
 *   I'm going to end the session here." (12: dismissal) and "I have several other patrons waiting … please chat back in
 *   later …" (13: allowed); the patron last: "no im good 👍" after "Anything else?" (23: courteous fails) and "ok cool"
 *   after "Thanks for your patience!" (17: courteous passes); goodbyes "Take care!", "Bye now!", "Happy flying, and thanks
 *   …", "¡De nada! Gracias por escribirnos …", "¡Con gusto! Gracias por usar el servicio …", "Enjoy the photos, bye!",
 *   "Great, blue skies, and thanks for chatting!"; patron-side "thats all i needed", "no more questions", "eso es todo",
 *   "es todo lo que necesitaba", "thats everything", "thats all!", "that's all for now", "nah thats everything", and "ok
 *   cool", "ok thx", "yes thanks", "wow ok" that do not count;
 *  sources: faadronezone-access.faa.gov, faa.gov pages (recreational flyers, LAANC, B4UFLY, Part 107 study guide, airman
 *   certification, FSDO), registry.faa.gov, faasafety.gov, tfr.faa.gov, data.ntsb.gov (CAROL), medxpress.faa.gov,
 *   aopa.org, nar.org, modelaircraft.org, scouting.org, Texas statutes, tpwd.texas.gov, ecode360, aviationarchaeology.com,
 *   idahohistory.gov, a library's history collection and catalogue; none, only two offices named (07: fail);
 *  referrals: the Parks & Recreation office by phone (03), the Garner State Park office by phone in Spanish (22), the FAA
 *   Airmen Certification Branch by URL (06), the Columbus FSDO by URL (27); Massport's Noise Abatement Office and the
 *   Hanscom Field Advisory Commission with no contact (07: fail); "an approved testing center" with no contact (02: fail,
 *   corrected, see COUNTS); the Piper Aviation Museum by phone plus "ask the local FSDO" with none (29: LEFT); a patron's
 *   library's staff consulted on the patron's behalf (16) as no referral; "can be ordered online at faa.gov/…" (26) and the
 *   registry's "ordered … on the same site" (09) as sources, not referrals;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday evening", done in 40 h (06: pass); FU_LIB, phone read back,
 *   "will give you a call" with no when (16: contact fails, on_time pending at day 1); a promise "get back to you next week"
 *   coded Answered with no e-mail or phone anywhere, not done by day 5 (17: code, contact and on_time fail); FU_ME, e-mail
 *   read back, "within 72 hours", done after 80 h (18: on_time fails); FU_ME with "e-mail you by Friday" and the address
 *   only in `patron.email`, never mentioned, done in 20 h (26: code passes, contact fails);
 *  codes: a true Lost Call (10); Lost Call with no provider and two patron lines (20: fail); null (28); Practice (19);
 *  transfers: an announcement (a hold) and an internal note that says why (14: pass); a note only, silent to the patron (15:
 *   fail);
 *  concurrency: three others open across the session, four at once (08: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (09: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("¡Buenas tardes!", "Hola, buenas tardes", "¡Hola!") greet, and "Soy Lucía, bibliotecaria" / "Le
 *   atiende Marisol, bibliotecaria" identify (05, 21, 22); Spanish "eso es todo" and "es todo lo que necesitaba" say
 *   explicitly that the patron is done (05, 21); "¿Sigue ahí?" asks whether the patron is still there and "Parece que se
 *   desconectó, así que voy a cerrar esta sesión" says the patron seems disconnected and the session will end (22);
 * - "Hi! Thanks for reaching out." greets ("thanks for contacting…") but identifies no one (04);
 * - "Take care!", "Bye now!" and "Enjoy the photos, bye!" say goodbye; "Looks like we've been disconnected — I'll be ending
 *   this chat now." announces the end without a goodbye (25);
 * - with `pickedUpAt` recorded at 30 s and the first line at 160, the wait on the provider after pickup is 130 s: the
 *   part of the wait before pickup is approachability.pickup's alone, the rest is keep_informed's (27: fail);
 * - a final idle of exactly 120 s applies idle_checkin and exactly 180 s applies disconnect_notice ("≥"), 179 s does not
 *   (24, 25, 28); a wait of exactly 120 s is not "longer than" silenceSeconds (02);
 * - telling the patron to "ask", "call" or "file … with" an office is a referral (07, 27, 29); "You take the knowledge test
 *   at an approved testing center" tells the patron to visit an organisation (02); "I'll pass your question to them"
 *   (library staff consulted on the patron's behalf) is not (16); "can be ordered online at faa.gov/…" points to a website
 *   to use (26);
 * - "Does the online collection help in the meantime?", "Would that get you started?" and "Does that point you in the right
 *   direction?" ask whether what was given meets the need; "Would you like me to look up the museum's hours as well?"
 *   offers something not yet given and does not (29);
 * - "You've hit the limit for one chat, so I'm going to end the session here." tells the patron they have reached a limit
 *   of questions (12), while "several other patrons waiting … please chat back in later" is the allowed form (13).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 1:
 *  - case 02, referral.contact na -> fail: I had read "You take the knowledge test at an approved testing center, then apply
 *    through IACRA" as a description of the process; RUBRIC's Referral is "telling the patron to contact or visit a person
 *    or organisation outside the chat (call, write to, ask or visit them)", and the sentence tells the patron to go to a
 *    testing center (an organisation) and gives no way to reach one (the URL in the message is for the study guide).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 29: "Call the Piper Aviation Museum … at 570-555-0141; … You could also ask the local FSDO …"
 *    read as pass (the museum's phone); RUBRIC fail: every party needs a way to reach it, and the FSDO has none.
 * Every timing check (pickup at 60, 61 s and by `pickedUpAt`, no provider; keep_informed at exactly 120 s, across Spanish
 * holds, a transfer notice, "take your time", a silent transfer at 130 s and 130 s after `pickedUpAt`; final idles of 120,
 * 179, 180, 190 (twice) and 234 s; concurrency at four and at touching ends; on_time done at 20 and 40 h, late at 80 h,
 * pending at day 1, not recorded by day 5) scored as labelled on the first run. The redaction equality of describeSessions
 * holds for every running case (patron e-mails typed and read back, a patron phone read back, an e-mail only in the patron
 * field, office phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft); `tsc -p tsconfig.json
 * --noEmit` clean.
 * ON v56 (block V, written partly from these twelve files): case 29's "You could also ask the local FSDO whether they kept any
 *   file on it." (V12: an office by its acronym, a second party with no way to reach it) reads as labelled and runs: 30 running, 0
 *   LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-d', name: 'Dana', library: 'ASKCO' };
const MARCUS: Prov = { id: 'marcus-d', name: 'Marcus', library: 'FWPL' };
const SAM: Prov = { id: 'sam-d', name: 'Sam', library: 'GPL-MA' };
const VACHAT: Prov = { id: 'vachat3-d', name: 'VA Chat 3', library: 'PWCL' };
const LUCIA: Prov = { id: 'lucia-d', name: 'Lucía', library: 'MDPLS' };
const HARRIET: Prov = { id: 'harriet-d', name: 'Harriet', library: 'AUN' };
const PRIYA: Prov = { id: 'priya-d', name: 'Priya', library: 'BFPL' };
const THEO: Prov = { id: 'theo-d', name: 'Theo', library: 'HMCPL' };
const GRETA: Prov = { id: 'greta-d', name: 'Greta', library: 'WPL-KS' };
const INEZ: Prov = { id: 'inez-d', name: 'Inez', library: 'TCCL' };
const ROB: Prov = { id: 'rob-d', name: 'Rob', library: 'AUN' };
const WENDY: Prov = { id: 'wendy-d', name: 'Wendy', library: 'APL-TX' };
const LENA: Prov = { id: 'lena-d', name: 'Lena', library: 'AUN' };
const KEN: Prov = { id: 'ken-d', name: 'Ken', library: 'ASKID' };
const BETH: Prov = { id: 'beth-d', name: 'Beth', library: 'ISA' };
const OSCAR: Prov = { id: 'oscar-d', name: 'Oscar', library: 'OCLS' };
const NADIA: Prov = { id: 'nadia-d', name: 'Nadia', library: 'OCLS' };
const AMIR: Prov = { id: 'amir-d', name: 'Amir', library: 'NJSC' };
const JESS: Prov = { id: 'jess-d', name: 'Jess', library: 'APL-IA' };
const NEIL: Prov = { id: 'neil-d', name: 'Neil', library: 'MSL' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-d', name: 'Queue', library: 'AUN' };
const MARISOL: Prov = { id: 'marisol-d', name: 'Marisol', library: 'HPL-TX' };
const RUBEN: Prov = { id: 'ruben-d', name: 'Rubén', library: 'SAPL' };
const TOM: Prov = { id: 'tom-d', name: 'Tom', library: 'CHPL' };
const VERA: Prov = { id: 'vera-d', name: 'Vera', library: 'THPL' };
const WREN: Prov = { id: 'wren-d', name: 'Wren', library: 'SPPL' };
const YVONNE: Prov = { id: 'yvonne-d', name: 'Yvonne', library: 'BCL-FL' };
const ZACK: Prov = { id: 'zack-d', name: 'Zack', library: 'DML' };
const RITA: Prov = { id: 'rita-d', name: 'Rita', library: 'SPL-CA' };
const URSULA: Prov = { id: 'ursula-d', name: 'Ursula', library: 'JVBL' };
const CAL: Prov = { id: 'cal-d', name: 'Cal', library: 'DPL-CO' };

const s = session;

export const sixtySecondRoundDrones: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 DJI Mini for Christmas: "This is Dana, a reference librarian at Ask Colorado", fun or paid work asked, DroneZone + TRUST, "thats all i needed"', [
    [0, 'p', 'hey just got a dji mini 4 pro for xmas do i have to register it w/ the faa??'],
    [22, 'l', 'Hi there! This is Dana, a reference librarian at Ask Colorado.'],
    [28, 'l', 'Will you be flying just for fun, or for any kind of paid work?'],
    [70, 'p', 'just for fun, photos on hikes mostly'],
    [77, 'l', "The Mini 4 Pro is 249 g with the standard battery, just under the 250 g line, so for fun flying you don't have to register it; with the Plus battery it goes over, and then you register at faadronezone-access.faa.gov ($5, good for 3 years). Either way you need to pass TRUST, the free recreational test: the approved test providers are listed at faa.gov/uas/recreational_flyers."],
    [84, 'l', 'Does that cover what you needed to know?'],
    [130, 'p', 'yes thats all i needed, thx!!'],
    [136, 'l', 'Happy flying, and thanks for stopping by the chat!'],
  ], usual()),

  // 02 pickup exactly 60 s; a hold answered exactly 120 s later; "take the test at an approved testing center" (no contact)
  s(MARCUS, '02 real estate photos, Part 107: pickup at exactly 60 s, "Give me a moment to pull up the study materials" answered exactly 120 s later, "an approved testing center" with no contact', [
    [0, 'p', 'I want to start doing real estate photos with my drone. What license do I need?'],
    [60, 'l', "Good morning, you've reached Marcus at Ask a Librarian, Fort Worth Library."],
    [66, 'l', 'Have you flown before, or would this be your first certificate of any kind from the FAA?'],
    [110, 'p', 'first one ever'],
    [115, 'l', 'Give me a moment to pull up the study materials.'],
    [235, 'l', "You need a Remote Pilot Certificate under Part 107. You take the knowledge test at an approved testing center, then apply through IACRA. The FAA's Remote Pilot Study Guide (FAA-G-8082-22) is free at faa.gov/uas/commercial_operators, and we have two Part 107 prep books in our catalog at fortworthtexas.gov/library."],
    [241, 'l', 'Is that the info you were after?'],
    [300, 'p', 'perfect. no more questions'],
    [305, 'l', 'Good luck on the test, bye!'],
  ], usual({ referral: 'fail' })),

  // 03 pickup at 61 s; a referral by phone
  s(SAM, '03 "no motorized toys" sign at Riverside Park: 61 s pickup, which park asked, Parks & Rec office at 413-555-0172', [
    [0, 'p', 'can i fly my drone at Riverside Park in Greenfield? theres a sign that says no motorized toys lol'],
    [61, 'l', 'Hello! Sam from Greenfield Public Library here.'],
    [67, 'l', 'Is that the town park on Mill St, or the state park up the river?'],
    [100, 'p', 'the town one'],
    [106, 'l', "Town parks follow the Parks Department's own rules, and I can't find that part of the ordinance online. Your best bet is to call the Parks & Recreation office at 413-555-0172 and ask whether the motorized-toy rule covers drones."],
    [112, 'l', 'Does that help?'],
    [150, 'p', 'ya ok'],
    [155, 'l', 'Anything else I can look up?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Take care!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 greets but names no one (screen name only)
  s(VACHAT, '04 backyard 3 miles from Manassas airport: "Hi! Thanks for reaching out." under the screen name "VA Chat 3", LAANC and B4UFLY, "ok cool"', [
    [0, 'p', 'i live like 3 miles from the Manassas airport, can i fly in my backyard'],
    [14, 'l', 'Hi! Thanks for reaching out.'],
    [20, 'l', 'Is this for fun, or for work?'],
    [50, 'p', 'for fun'],
    [56, 'l', "Manassas Regional has Class D airspace around it, so you need an authorization before you fly there, even low over your own yard. Recreational flyers get one in seconds through a LAANC app; the FAA lists the approved apps at faa.gov/uas/getting_started/laanc, and its B4UFLY app shows the airspace at your address."],
    [62, 'l', 'Did that answer your question?'],
    [110, 'p', 'ok cool'],
    [116, 'l', 'Bye now!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 Spanish: a 14-year-old and the TRUST test
  s(LUCIA, '05 hijo de 14 años y el examen TRUST (Spanish): "¡Buenas tardes! Soy Lucía, bibliotecaria", peso y uso preguntados, "eso es todo"', [
    [0, 'p', 'hola, mi hijo de 14 años quiere volar un dron. necesita hacer algun examen??'],
    [35, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de Miami-Dade.'],
    [41, 'l', '¿El dron pesa más de 250 gramos? ¿Y lo va a usar solo para divertirse?'],
    [90, 'p', 'es uno chiquito, menos de 250 g, solo para jugar en el parque'],
    [96, 'l', 'Entonces no hay que registrarlo, pero sí tiene que aprobar el TRUST, el examen gratuito para pilotos recreativos; no hay edad mínima. La FAA explica todo en faa.gov/uas/recreational_flyers, con la lista de organizaciones que dan el examen.'],
    [102, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si muchas gracias, eso es todo'],
    [156, 'l', '¡De nada! Gracias por escribirnos y que disfruten el vuelo.'],
  ], usual()),

  // 06 follow-up by me, e-mail read back, "by Wednesday evening", done in 40 h; a referral with a URL
  s(HARRIET, '06 late grandfather\'s 1960s pilot records (follow-up by me): FAA Airmen Certification Branch by URL, e-mail read back, "by Wednesday evening", done in 40 h', [
    [0, 'p', 'My late grandfather was a pilot in the 1960s. Is there a way to get his pilot records from the FAA?'],
    [25, 'l', "Good afternoon, I'm Harriet, a librarian with the Ask Us statewide service."],
    [31, 'l', "Do you know his full name and roughly where he lived while he was flying? And do you have his death certificate? The FAA asks for one before it releases a deceased airman's file."],
    [90, 'p', 'Walter J. Brandt, Ohio. yes I have the death certificate'],
    [96, 'l', 'Let me look up the request process, one moment.'],
    [190, 'l', "You request the file from the FAA's Airmen Certification Branch in Oklahoma City; the steps and their mailing address are at faa.gov/licenses_certificates/airmen_certification. I'd also like to check our aviation history databases for any mention of him. May I e-mail you what I find?"],
    [240, 'p', "yes! it's kbrandt.family@example.net"],
    [246, 'l', "Thanks: kbrandt.family@example.net. I'll send it by Wednesday evening."],
    [252, 'l', 'Does the FAA page give you what you need for now?'],
    [300, 'p', 'yes it does, thank you'],
    [306, 'l', 'Is there anything else I can help you with today?'],
    [330, 'p', "no that's all"],
    [335, 'l', 'Thank you for chatting with Ask Us. Goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 07 no question, no source: two offices named without contact
  s(PRIYA, '07 touch-and-gos over the house at 7am (Hanscom): no question, Massport Noise Abatement Office and the Advisory Commission with no contact', [
    [0, 'p', 'the planes from the flight school at Hanscom do touch and gos over my house every saturday from 7am!!! WHO do i complain to'],
    [20, 'l', 'Hello, Priya at Bedford Free Public Library here. Sorry to hear about the noise!'],
    [26, 'l', "Hanscom Field is run by Massport, so file your complaint with Massport's Noise Abatement Office. You could also raise it at a meeting of the Hanscom Field Advisory Commission."],
    [32, 'l', 'Does that point you in the right direction?'],
    [70, 'p', 'i guess. ill google it'],
    [76, 'l', 'Anything else I can help with?'],
    [95, 'p', 'no'],
    [100, 'l', 'Thanks for chatting with us!'],
  ], usual({ clarify: 'fail', source: 'fail', referral: 'fail' })),

  // 08 four at once
  s(THEO, '08 model rocket club near Huntsville for a 12-year-old: NAR club finder + HARA site, three other chats open (four at once) 🚀', [
    [0, 'p', 'my daughter (12) is super into rockets. is there a model rocket club near Huntsville?'],
    [18, 'l', "Hi! I'm Theo, a librarian at Huntsville-Madison County Public Library."],
    [24, 'l', 'Is she after a club that launches regularly, or more of a school-year program?'],
    [60, 'p', 'a club w/ launches, she has built estes kits already'],
    [66, 'l', 'The National Association of Rocketry has a club finder at nar.org (Find a Club). The Huntsville Area Rocketry Association shows up there, and its launch calendar is at hararocketry.org. Members under 14 fly with a parent.'],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'YES she is gonna freak out 🚀🚀 thank u'],
    [116, 'l', 'Anything else for today?'],
    [130, 'p', 'thats all!'],
    [134, 'l', 'Have fun at the launches, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('t1', 'theo-d', -200, 300), other('t2', 'theo-d', 50, 200), other('t3', 'theo-d', 100, 400)],
  }),

  // 09 three at most, touching ends
  s(GRETA, '09 1967 Cessna 172 logbook from an estate sale: FAA Registry N-number inquiry, one chat ending at the start, two overlapping, one starting at the end', [
    [0, 'p', 'bought an old logbook at an estate sale, 1967 Cessna 172, N-number N2791L. can i find out who owned the plane?'],
    [30, 'l', 'Hello, this is Greta at the Wichita Public Library Ask a Librarian.'],
    [36, 'l', 'Are you after the current owner or the whole chain of owners since 1967?'],
    [80, 'p', 'the whole history if possible'],
    [86, 'l', "The FAA Registry's N-Number Inquiry at registry.faa.gov/aircraftinquiry shows the current registration. The full records file, with every bill of sale since 1967, can be ordered as a PDF or CD on the same site under Aircraft Records."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'awesome that helps a ton. thats everything'],
    [146, 'l', 'Thanks for chatting, and enjoy the logbook!'],
  ], usual(), {}, {
    otherIntervals: [other('g1', 'greta-d', -400, 0), other('g2', 'greta-d', -30, 100), other('g3', 'greta-d', 20, 300), other('g4', 'greta-d', 151, 600)],
  }),

  // 10 a true Lost Call
  s(INEZ, '10 a 300 g drone (Lost Call): greeting only, "Are you still with me?" at 145, "It seems we\'ve lost the connection … come back anytime" at 210', [
    [0, 'p', 'do i need to register a drone thats 300 grams'],
    [20, 'l', 'Hi, Inez here from Tulsa City-County Library. Happy to help with that.'],
    [145, 'l', 'Are you still with me?'],
    [210, 'l', "It seems we've lost the connection, so I'll be closing this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 a check-in but no notice, final idle 190 s
  s(ROB, '11 lost TRUST certificate: answer at 62, "Still there?" at 190, session ends at 252 with no notice and no goodbye', [
    [0, 'p', 'how do i get a new copy of my TRUST completion cert, i lost it and a park ranger asked for it'],
    [20, 'l', "Hey! Ask Us librarian here, name's Rob."],
    [26, 'l', 'Do you remember which site you took the test on?'],
    [55, 'p', 'the one from the AMA i think'],
    [62, 'l', "The AMA's TRUST page at modelaircraft.org/trust has a 'retrieve certificate' link; you sign in with the e-mail you used and it prints again. If that fails you can simply take the test again, it's free."],
    [68, 'l', 'Did that help?'],
    [190, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endedAt: at(252) }),

  // 12 "you've hit the limit for one chat"
  s(WENDY, '12 neighbor\'s drone over the pool in Texas: Gov. Code ch. 423, then "you\'ve hit the limit for one chat, so I\'m going to end the session here" (dismissal)', [
    [0, 'p', 'my neighbor keeps flying his drone over my pool. is that even legal in texas??'],
    [25, 'l', 'Hi, Wendy at Austin Public Library here.'],
    [31, 'l', 'Is it hovering low over your yard, or just passing over?'],
    [60, 'p', 'low, like 30 feet, and it has a camera'],
    [66, 'l', 'Texas Government Code chapter 423 makes it an offense to use a drone to capture images of a person on private property without consent. The text is at statutes.capitol.texas.gov (Government Code, Chapter 423). Does that answer your question?'],
    [110, 'p', 'kinda. can i shoot it down? also whats the fine and can i sue him and what about my HOA'],
    [118, 'l', "That's a lot of questions. You've hit the limit for one chat, so I'm going to end the session here."],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 13 other patrons waiting, a way back
  s(LENA, '13 flight schools near Frederick MD, cost, GI Bill, medical: AOPA + MedXPress, "several other patrons waiting … please chat back in later"', [
    [0, 'p', 'looking for flight schools near frederick md, how much does a private pilot license cost, can i use my GI bill, and do I need a medical first'],
    [20, 'l', "Hi! This is Lena, a librarian with Maryland's AskUsNow! service."],
    [26, 'l', "Lots to cover! Let's start with schools: is it a private pilot certificate you're after, or do you plan to fly professionally later?"],
    [70, 'p', 'private for now'],
    [76, 'l', "AOPA's flight school finder at aopa.org/learntofly lists the schools at Frederick Municipal (FDK) with reviews. You'll need a third class medical before you solo; you start it on the FAA's MedXPress site, medxpress.faa.gov."],
    [82, 'l', 'Does that help with the schools and the medical?'],
    [120, 'p', 'yes. and the GI bill and cost?? and loans?'],
    [128, 'l', "I have several other patrons waiting in the queue right now, so I'll need to stop here, but please chat back in later for the GI Bill and cost questions; we're open until 10 tonight."],
    [150, 'p', 'ok thx'],
    [155, 'l', 'Thanks for your patience, and good luck with the lessons!'],
  ], usual({ anything: 'fail' })),

  // 14 a transfer with a notice and a note that says why
  s(KEN, '14 a WWII B-24 crash near Pocatello: transfer announced + internal note why, Beth answers 74 s after the notice', [
    [0, 'p', 'my grandpa always said a bomber crashed near Pocatello in WW2, is there any record of it'],
    [20, 'l', 'Hello! Ken with Ask Idaho here.'],
    [26, 'l', 'Do you know roughly what year, or the type of plane?'],
    [70, 'p', '1943 or 44 maybe, a B-24?'],
    [76, 'l', "I'm handing you over to Beth at the State Archives desk, she knows the military aviation records well. Just a moment while I transfer you."],
    [80, 'i', 'Beth, WWII B-24 crash near Pocatello ~1943-44, pt wants records, your area'],
    xfer(84, 'Beth', 'beth-d'),
    [150, 'l', "Hi, I'm Beth, a librarian with the Idaho State Archives. USAAF accident reports are indexed by date and place at aviationarchaeology.com (USAAF Accident Reports), and newspapers from those years are in Idaho Digital Newspapers at idahohistory.gov.", as(BETH)],
    [156, 'l', 'Would that get you started?', as(BETH)],
    [200, 'p', 'yes definitely, tysm'],
    [206, 'l', 'Anything else I can find for you?', as(BETH)],
    [220, 'p', 'no thats all'],
    [225, 'l', 'Thanks for chatting, take care!', as(BETH)],
  ], usual({ transfer: 'pass' })),

  // 15 a silent transfer, the receiver 130 s after the patron
  s(OSCAR, '15 renewing a 2022 Part 107: internal note only, silent transfer, Nadia 130 s after the patron with ALC-677 on faasafety.gov', [
    [0, 'p', 'my part 107 is from 2022, do I need to retake the test to renew?'],
    [16, 'l', 'Hi, Oscar here at the Ask a Librarian desk, Orange County Library System.'],
    [22, 'l', 'Do you know the month your certificate was issued?'],
    [60, 'p', 'June 2022'],
    [65, 'i', 'Nadia, can you grab this? Part 107 recurrent, you did the FAA workshop.'],
    xfer(68, 'Nadia', 'nadia-d'),
    [190, 'l', "Hello, Nadia here, I'm a librarian too. You don't retake the knowledge test: recurrent training is the free online course ALC-677 on the FAA Safety Team site, faasafety.gov, due every 24 calendar months. Yours came due at the end of June 2024, so take it before you fly commercially again.", as(NADIA)],
    [196, 'l', 'Does that answer your question?', as(NADIA)],
    [240, 'p', 'yes thank you, no more questions'],
    [245, 'l', 'Thanks for using Ask a Librarian, fly safe!', as(NADIA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 16 follow-up by the patron's library, phone read back, no when
  s(AMIR, '16 drones across from a Westfield NJ middle school (follow-up by patron\'s library): phone read back, "will give you a call", no when', [
    [0, 'p', 'does the town of Westfield NJ have any rule about drones near the schools? my son got one'],
    [30, 'l', 'Hi! This is Amir, a reference librarian for NJ statewide chat.'],
    [36, 'l', 'Is this about flying near the schools during the school day, or at any time?'],
    [80, 'p', 'any time really, we live right across from the middle school'],
    [86, 'l', "I can't find a Westfield ordinance on it: the town code at ecode360.com/WE1234 doesn't mention drones. Westfield Memorial Library's reference staff can check the recent council minutes, so I'll pass your question to them. What's a good number for them to call you?"],
    [140, 'p', 'sure 908-555-0114'],
    [146, 'l', 'Thanks, I have 908-555-0114. Someone from Westfield Memorial Library will give you a call.'],
    [152, 'l', 'In the meantime, does the town code link help at all?'],
    [200, 'p', 'yes thanks'],
    [205, 'l', 'Thanks for using the chat, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 17 a promise to get back, coded Answered, no contact anywhere, deadline passed
  s(JESS, '17 a 1950s crop duster crash near Ames: "get back to you next week", coded Answered, no e-mail or phone, not done by day 5, patron\'s "ok cool" last', [
    [0, 'p', 'theres a story in my family that a crop duster crashed on my great uncles farm near Ames iowa in the 50s. any way to find out more?'],
    [28, 'l', "Hi! I'm Jess, a librarian at Ames Public Library."],
    [34, 'l', "Do you remember your uncle's name or the road the farm was on? Either helps with a newspaper search."],
    [90, 'p', 'Harold Lindqvist, off 13th st i think. maybe 1954-56'],
    [96, 'l', "The Ames Tribune is digitized through 1950 in our Ames History Online collection (amespubliclibrary.org/history), so the mid-50s issues are only on microfilm here. I'll go through the 1954-56 reels this week and get back to you next week with anything I find."],
    [102, 'l', 'Does the online collection help in the meantime?'],
    [150, 'p', 'sure'],
    [156, 'l', 'Thanks for your patience!'],
    [170, 'p', 'ok cool'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 5 * DAY }),

  // 18 follow-up by me, e-mail read back, "within 72 hours", done after 80 h
  s(NEIL, '18 NTSB report on a 1978 Cherokee crash near Bozeman (follow-up by me): CAROL, e-mail read back, "within 72 hours", done after 80 h', [
    [0, 'p', 'Looking for the NTSB report on a 1978 small plane crash in Montana, my uncle was the pilot. Piper Cherokee, near Bozeman.'],
    [20, 'l', "Good afternoon and welcome to Ask Montana Libraries. I'm Neil."],
    [26, 'l', 'Do you know the month, or the registration number of the plane?'],
    [80, 'p', 'August 1978 I think, no idea about the number'],
    [86, 'l', "The NTSB's CAROL database (data.ntsb.gov/carol-main-public) has full dockets only for later years, but a brief for a 1978 accident may be in the NTSB's older files, which will take me longer to search. I can e-mail you what I turn up. What address should I use?"],
    [140, 'p', 'sure mkoenig.mt@example.com'],
    [146, 'l', "Thanks, that's mkoenig.mt@example.com. You'll have it within 72 hours."],
    [152, 'l', 'Is the CAROL link useful to start?'],
    [200, 'p', 'yes thank u'],
    [206, 'l', 'Anything else I can help with today?'],
    [230, 'p', 'no that is all'],
    [235, 'l', 'Thanks for contacting us, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 Practice
  s(TRAINEE, '19 practice chat (drone FAQ macros): coded Practice, every check na', [
    [0, 'p', 'test test drone registration macro'],
    [6, 'l', 'hi trying out the new drone FAQ macro'],
    [12, 'l', 'Register at faadronezone-access.faa.gov. Did that help?'],
    [20, 'p', 'looks fine'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 no provider ever joined, coded Lost Call after two patron lines (Spanish)
  s(NOBODY, '20 dron en la playa de Ocean City (Spanish): no provider ever joined, "hola??", patron left, coded Lost Call after two patron lines', [
    [0, 'p', 'hola se puede volar un dron en la playa de ocean city maryland?'],
    [150, 'p', 'hola?? hay alguien'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 Spanish holds
  s(MARISOL, '21 ¿el examen Part 107 en español? (Spanish): "Déjeme revisar, un momento" at 86, "Sigo buscando" at 196, answer at 300, "es todo lo que necesitaba"', [
    [0, 'p', 'Hola, ¿el examen Part 107 para piloto comercial de drones se puede hacer en español?'],
    [30, 'l', 'Hola, buenas tardes. Le atiende Marisol, bibliotecaria del servicio de chat de la Biblioteca Pública de Houston.'],
    [36, 'l', '¿Ya tiene cita en un centro de exámenes, o apenas está empezando a estudiar?'],
    [80, 'p', 'apenas empezando'],
    [86, 'l', 'Déjeme revisar, un momento por favor.'],
    [196, 'l', 'Sigo buscando, ya casi lo tengo.'],
    [300, 'l', 'El examen se ofrece solo en inglés: la regla 14 CFR 107.61 pide que el piloto pueda leer, hablar y entender inglés. La guía de estudio de la FAA (FAA-G-8082-22) está gratis en faa.gov/uas/commercial_operators, y tenemos libros de preparación en el catálogo, houstonlibrary.org.'],
    [306, 'l', '¿Esto responde a su pregunta?'],
    [360, 'p', 'si, gracias, es todo lo que necesitaba'],
    [366, 'l', '¡Con gusto! Gracias por usar el servicio y mucho éxito en el examen.'],
  ], usual()),

  // 22 Spanish: check-in and notice that thanks and invites back; a referral by phone
  s(RUBEN, '22 dron en Garner State Park (Spanish): park office at 830-555-0190, "¿Sigue ahí?" at 200, "Parece que se desconectó … ¡Gracias … vuelva cuando quiera!" at 300', [
    [0, 'p', 'hola! quiero volar mi drone en Garner State Park este fin de semana, se puede? 🙏'],
    [24, 'l', '¡Hola! Soy Rubén, bibliotecario de San Antonio Public Library. Con gusto le ayudo.'],
    [30, 'l', '¿Es para uso recreativo o para algún trabajo, como fotos pagadas?'],
    [60, 'p', 'recreativo nomas, videos de la familia'],
    [66, 'l', 'En los parques estatales de Texas los drones necesitan permiso previo del superintendente del parque. Llame a la oficina de Garner State Park al 830-555-0190 antes de ir; las reglas generales están en tpwd.texas.gov (State Parks > Park Rules).'],
    [72, 'l', '¿Le sirve esta información?'],
    [200, 'l', '¿Sigue ahí?'],
    [300, 'l', 'Parece que se desconectó, así que voy a cerrar esta sesión. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 23 the patron has the last word
  s(TOM, '23 FPV quad around Cincinnati: AMA club finder, "Does that help?" and "Anything else?", patron "no im good 👍" last, no goodbye', [
    [0, 'p', 'where can i fly my fpv quad legally around cincinnati? tired of getting yelled at in parks'],
    [15, 'l', 'Hi, Tom from the Public Library of Cincinnati and Hamilton County here!'],
    [21, 'l', 'Are you flying with goggles? That changes things, since you need a visual observer next to you.'],
    [50, 'p', 'yeah goggles'],
    [56, 'l', "Then an AMA club field is your best bet: clubs have FAA-recognized flying sites and members who can spot for you. The Academy of Model Aeronautics club finder is at modelaircraft.org (Clubs > Find a Club), and several clubs around Hamilton County list FPV nights."],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'yes perfect'],
    [105, 'l', 'Anything else?'],
    [125, 'p', 'no im good 👍'],
  ], usual({ courteous: 'fail' })),

  // 24 a goodbye exactly 120 s after the answer, no check-in
  s(VERA, '24 registering one drone for a business: answer at 61, goodbye at 181 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'how much does it cost to register a drone for commercial use'],
    [18, 'l', 'Hello! Vera at Ask a Librarian, Tampa-Hillsborough County Public Library.'],
    [24, 'l', 'Is it one drone, or a fleet for a business?'],
    [55, 'p', 'just one for my business'],
    [61, 'l', "Registering under Part 107 is $5 per drone for 3 years, done at faadronezone-access.faa.gov. Each drone gets its own number, which you mark on the outside."],
    [67, 'l', 'Is that what you were looking for?'],
    [181, 'l', 'Thanks for chatting, good luck with the business!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 25 final idle exactly 180 s: check-in and notice, no goodbye
  s(WREN, '25 Harriet Island under Holman Field\'s approach: answer at 65, "Are you still there?" at 185, "Looks like we\'ve been disconnected — I\'ll be ending this chat now." at 240, ends at 245 (180 s)', [
    [0, 'p', 'r there drone rules for flying over the Mississippi river in St Paul? near the downtown airport'],
    [20, 'l', "Hey there, Wren here. I'm a librarian with Saint Paul Public Library's chat."],
    [26, 'l', 'Which stretch of the river, near Harriet Island or further south?'],
    [60, 'p', 'harriet island'],
    [65, 'l', "That's right under the approach to Holman Field (St. Paul Downtown Airport), which is Class D airspace, so you'd need a LAANC authorization first. B4UFLY (faa.gov/uas/getting_started/b4ufly) shows the boundary, and the city's park rules are at stpaul.gov/parks. Does that answer your question?"],
    [185, 'l', 'Are you still there?'],
    [240, 'l', "Looks like we've been disconnected — I'll be ending this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 26 follow-up by me with the e-mail only in the patron fields, "by Friday", done in 20 h
  s(YVONNE, '26 hours logged at a flight school that closed (follow-up by me): "e-mail you by Friday", the e-mail only in patron.email and never mentioned, done in 20 h', [
    [0, 'p', 'I need proof of the hours I logged at a flight school that shut down in 2015, my logbook got lost in a move'],
    [22, 'l', 'Good morning, this is Yvonne at the Ask a Librarian service of Broward County Library.'],
    [28, 'l', 'Which school was it, and where? And do you hold any FAA certificate already, such as a student pilot certificate?'],
    [85, 'p', 'Sunrise Aviation Academy in Fort Lauderdale, yes I had a student pilot cert'],
    [91, 'l', "The FAA keeps your certificate file, though not your flight hours; a copy of your airman records can be ordered online at faa.gov/licenses_certificates/airmen_certification (Request Airman Records). For the school's own records, I'll check who took over Sunrise Aviation's files and e-mail you by Friday."],
    [97, 'l', 'Does the airman records request cover part of what you need?'],
    [140, 'p', "yes thank you, that's all for now"],
    [146, 'l', 'Thanks for contacting us, talk soon!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'pilot.dreams@example.org', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 27 pickedUpAt 30 s, the first line at 160 (130 s after pickup)
  s(ZACK, '27 training records from a closed flight school: pickedUpAt 30 s, first line at 160 (130 s after pickup), FSDO by URL', [
    [0, 'p', 'how do i get my training records from a flight school that closed? trying to finish my PPL somewhere else'],
    [160, 'l', 'Hi, Zack from Ask a Librarian at Dayton Metro Library. Sorry for the delay!'],
    [166, 'l', "Do you still have your own logbook, or were your hours only in the school's records?"],
    [200, 'p', 'i have my logbook, just need the endorsements and the syllabus stuff'],
    [206, 'l', "Your logbook is the legal record of your hours and endorsements, so the new school can credit them. For the school's own files, ask the FAA's Flight Standards District Office in Columbus, which oversaw the school: contact details are at faa.gov/about/office_org/field_offices/fsdo."],
    [212, 'l', 'Did that help?'],
    [250, 'p', 'yeah thanks thats all'],
    [255, 'l', 'Great, blue skies, and thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' }), { pickedUpAt: at(30) }),

  // 28 greeting over two lines; check-in, final idle 179 s; code null
  s(RITA, '28 fireworks at Cal Expo: "Good evening!" + "This is Rita …", tfr.faa.gov, "Are you still there?" at 200, ends at 249 (179 s), code null', [
    [0, 'p', 'can i fly my drone at the county fair fireworks on the 4th? Sacramento'],
    [25, 'l', 'Good evening!'],
    [30, 'l', 'This is Rita at the Ask a Librarian desk, Sacramento Public Library.'],
    [36, 'l', 'Is the fair at Cal Expo, or at another fairground?'],
    [60, 'p', 'cal expo'],
    [70, 'l', "Big fireworks shows often get a Temporary Flight Restriction, and Cal Expo sits close to Sacramento Executive's airspace. Check the FAA's TFR list at tfr.faa.gov for that night. Does that answer your question?"],
    [200, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: null, endedAt: at(249) }),

  // 29 one party with a phone, one without; an offer instead of the completeness question
  s(URSULA, '29 a 1946 Piper J-3 Cub\'s past: Piper Aviation Museum at 570-555-0141, "ask the local FSDO" with no contact, "Would you like me to look up the museum\'s hours as well?"', [
    [0, 'p', 'my dad restored a 1946 Piper J-3 Cub in the 80s and we just found his old photos. how can i learn what the plane did before him?'],
    [18, 'l', 'Hello, this is Ursula, a librarian at James V. Brown Library in Williamsport.'],
    [24, 'l', 'Do you have the N-number or the serial number from his paperwork?'],
    [70, 'p', 'N-number N98212'],
    [76, 'l', 'Call the Piper Aviation Museum in Lock Haven at 570-555-0141; their archivists look up Cub histories by serial number. You could also ask the local FSDO whether they kept any file on it.'],
    [82, 'l', "Would you like me to look up the museum's hours as well?"],
    [120, 'p', 'no thats ok, thanks!'],
    [126, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Enjoy the photos, bye!'],
  ], usual({ complete: 'fail', referral: 'fail' })),

  // 30 the question after the first source; "take your time" and 200 s away
  s(CAL, '30 lost TRUST certificate 😩: provider list given before "Which provider did you take it through?", "Sure thing, take your time." then 200 s away', [
    [0, 'p', 'i passed the TRUST test last year but lost the certificate, do i have to take it again? 😩'],
    [20, 'l', 'Hi, Cal at Ask a Librarian, Denver Public Library.'],
    [26, 'l', "You don't have to retake it. The FAA doesn't keep a copy, but the test providers can usually reprint it; the list of providers is at faa.gov/uas/recreational_flyers/knowledge_test_updated."],
    [32, 'l', 'Which provider did you take it through, do you remember?'],
    [60, 'p', 'hmm let me look in my email hold on'],
    [66, 'l', 'Sure thing, take your time.'],
    [266, 'p', 'found it, it was through Boy Scouts of America'],
    [272, 'l', 'Then sign back in at their TRUST page (scouting.org/outdoor-programs/aviation/trust) and print it again. Does that help?'],
    [320, 'p', 'yes!! tysm'],
    [326, 'l', 'Anything else today?'],
    [340, 'p', 'nah thats everything'],
    [345, 'l', 'Glad I could help, bye!'],
  ], usual({ clarify: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundDrones.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: drones and small aircraft, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundDrones.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundDrones.filter((c) => c.name in LEFT_WHY));
});
