/**
 * Eighty-first round, theme MOTORCYCLES, SCOOTERS AND MOTORCYCLE TOURING, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide "ask a librarian" chats: getting a Class M licence, titling a 49 cc scooter (in
 * Spanish), a carburettor manual for a 1978 CB750, a Blue Ridge Parkway trip from Hagerstown, the history of the Vespa for a
 * design class, 1920s Baltimore motorcycle police photos, the helmet law and a 14-year-old passenger, what a 2012 Sportster
 * is worth, winter storage of a Yamaha Bolt, OC BikeFest on a budget, reading a tyre's DOT date code, a group ride through
 * western Maryland, "Zen and the Art of Motorcycle Maintenance" for a book club, camping at Assateague on a Rebel 500, a ride
 * to Sturgis, a moped for a 15-year-old (partly Spanish), Route 66 on a Gold Wing, county crash figures for a college paper,
 * bikes for a short rider, renting a motorcycle near Lexington Park, mechanics classes (in Spanish, no one answered), chain
 * slack on a Ninja 300, learning to ride at 52, a licence for a Can-Am Spyder, charging an electric motorcycle round the
 * Bay, a dealer who never sent the title, a 1950s Cumberland riding club, rental e-scooters on Baltimore sidewalks and a rider
 * course in Spanish. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels
 * copied aside to /tmp/s74/motorcycles-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there, thanks for contacting Howard County Library System! I'm Kofi, one of the librarians." (01); Spanish
 *   "¡Hola! Gracias por comunicarse con AskUsNow!. Soy Carmen, bibliotecaria." at exactly 60 s (02: pass) and "¡Hola! Soy
 *   Vale, bibliotecaria de AskUsNow!." (30); pickup at 61 s after "???" and "anyone there or what" (03: fail); "Hello! 😊" and
 *   a question, the name only in the goodbye (04: greeting fails); "Good evening!" then "I'm Luis, a librarian with …" in the
 *   second message (05: pass, the parts split); "This is Dana at Enoch Pratt Free Library's Ask Us." with no greeting word
 *   (06: fail); "Hey! You've reached Ask a Librarian at Frederick County Public Libraries." with the service and library but
 *   no name (08: pass); a `joined` system line at 30 s and the first visible line at 64 s (12: pickup fails); `pickedUpAt` 45 s
 *   with the first visible line at 70 s (15: pass on the recorded pickup); no provider ever, a Spanish queue line only (21);
 *  inquiry: rider course or test, petrol or electric, which CB750 and paper or online, days and motels, length and pictures,
 *   the officer's name and the use of the photos, rider or passenger, miles and modifications, the tyre's DOT string, the
 *   group's experience, e-book or print, nights and campground, interstates or back roads, the language and the kind of moped,
 *   riding out or shipping, fatal or all crashes and the citation style, an endorsement, the stand, a course yet, factory trike
 *   or kit, J1772 or DC fast charge, licensed dealer or private seller, temporary tags, the years and names, rental or own
 *   scooter, the county; no question at all (09: fail); the only question inside the message that gives the first source
 *   (10: fail);
 *  waits: a patron left 120 s with no hold (07: pass); "Let me dig into the price guides, one moment." answered 121 s later with
 *   "still there?" between (08: fail); a partial result that says the search goes on ("Found a Clymer … still looking …"),
 *   then 130 s of silence (03: fail); "Sure, take your time!" and the patron back 214 s later (05: waiting on the patron,
 *   pass); a transfer notice answered by the receiver 68 s (27) and exactly 120 s (29) later; a silent transfer, the receiver
 *   121 s after the patron with an internal note and the transfer between (28: fail);
 *  sources: mva.maryland.gov, the Clymer manual in the catalogue, Chilton Library, nps.gov/blri, Moon's Blue Ridge Parkway
 *   guide, Sarti's Vespa books, Britannica Academic, si.edu, digitalmaryland.org, mgaleg.maryland.gov, jdpower.com,
 *   kbb.com, ocbikefest.com, parkreservations.maryland.gov, Libby and Book Club Kits, recreation.gov, nps.gov/asis, Stermer's
 *   Motorcycle Touring & Travel, sturgismotorcyclerally.com, nps.gov Route 66 itinerary, the EZ66 Guide through Marina,
 *   zerodeaths.maryland.gov, opendata.maryland.gov, kawasaki.com, Proficient Motorcycling, msf-usa.org, afdc.energy.gov,
 *   plugshare.com, peoples-law.org, NewspaperArchive, transportation.baltimorecity.gov; a referral's phone as the only source
 *   (16); none: a tyre's date from memory (11), apps named with no way to reach them (12), a Lost Call with a
 *   question only (20);
 *  completeness: "Does that answer your question?", "¿Le sirve esa información?", "Is that the kind of thing you were
 *   after?", "Will that work for your planning?", "Is this the kind of thing you needed?", "Does that help for now?", "Is that
 *   the kind of number you needed?", "Did the storage steps help?", "Does that cover what you were looking for?", "Is that
 *   helpful so far?", "Is this the kind of data you needed?", "Does the Hough book sound like what you're after?", "Will that
 *   do for planning the stops?", "¿Esto responde a su pregunta?"; an offer that is not one ("I can also put a few print
 *   copies on hold for your group … if you'd like", 13: fail); no answer at all (20: fail);
 *  anything else: "Anything else on the bike I can look up?", "Anything else I can help with today?", "Anything else I can
 *   help with in the meantime?", "Anything else I can find for you?"; patron-side "thats everything i needed", "es todo lo
 *   que necesitaba", "that's all I need", "no more questions 🙌", "That's everything for now.", "thats all i need thx", "that's
 *   all I needed to know", "no tengo más preguntas"; "ok thanks", "fair enough, will do", "side stand" that do not count (14,
 *   17, 23);
 *  endings: "Sorry, chat sessions are limited to 15 minutes and your time is up. Thanks for using the service." (15: dismissal
 *   fails, courteous passes); "I'm about to go on my lunch break, so I need to end the chat here." (16: dismissal and
 *   courteous fail); "I have several other patrons waiting right now, so could you log back on later …" (17: allowed); a chat
 *   that stops at "Anything else …?" / "nope" (18: courteous fails); a true Lost Call: greeting at 28 s, "Hi, are you still
 *   with us?" at 150 s, "It seems you've been disconnected, so I'll end this session now. Thanks …" at exactly 180 s after
 *   the greeting (19: the notice is a goodbye, the idle ends at it, both pass); a Lost Call after two patron lines with a
 *   question, "Are you still there?", `endedAt` 179 s after the greeting (20: idle passes, notice na, code fails); the answer
 *   and `endedAt` exactly 120 s apart with no check-in (23: fail); a goodbye 119 s after the answer and `endedAt` 300 s after
 *   the goodbye (24: idle na); "Still there?" then "It looks like you've stepped away." over 202 s (25: idle passes, notice
 *   fails, courteous fails); "Are you still there? It seems you may have disconnected, so I'll close this chat in a minute …"
 *   then "Closing the chat now — thanks …" 206 s after the answer (26: both pass); the patron's "seriously?" (15) and "oh. ok"
 *   (16) as the last visible lines (no final idle);
 *  referrals: a dealership's used-bike manager by phone (08: pass); "stop by the Worcester County tourism office in Snow Hill
 *   and ask for it" (10: fail); "ask the service department at the shop where you bought them" (11: fail); the MVA by phone
 *   (16: pass); the MVA's consumer office by phone after a transfer (27: pass); in Spanish, the MVA's rider programme by phone
 *   and a riding school in Langley Park with no contact (30: one party without, fail); not referrals: photo files searched
 *   for the patron (06), a kit coordinator asked for the patron (13), a branch librarian who will call the patron (18), the
 *   chat handed to another librarian (23, 27-29), websites to read (many);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (06: pass); FU_ME on a Friday before the clock
 *   change, phone read back, "by Monday", done at 10:40 -04:00 on Monday, 71 h 38 min later (09: pass); no codes at all
 *   (`resolutionCode` left out), "get back to you as soon as I can", e-mail read back, done at 50 h (12: code na, contact
 *   fails on the when, on_time passes); a promise to e-mail "tomorrow" coded Answered, e-mail read back (13: code fails,
 *   contact passes, pending at day 2); FU_ME, "e-mail it to you by Friday", the address only in `patron.email`, nothing
 *   recorded at day 4 (14: contact and on_time fail); FU_LIB, the patron's cell typed in chat, no when, done 72 h + 1 s after
 *   `endedAt` (18: contact and on_time fail); FU_ME, e-mail read back, "within 72 hours", done 30 min before the deadline
 *   written in UTC (24: pass); FU_ME with no contact anywhere, "I'll look into it and get back to you", nothing recorded at
 *   day 3 before the deadline (25: code fails, contact fails, on_time pending);
 *  codes: '' (17); null with no provider (21); Practice (22); Lost Call after one patron line (19: pass) and two (20: fail);
 *   left out (12: na); a promise coded Answered (13); FU_ME with no contact (25);
 *  transfers: a notice (a hold) and a note saying why, to a law librarian (27: pass); a note only (28: fail); a notice and a
 *   note that gives no reason, "Sofia can you take this one? thx" (29: fail); neither, a silent hand-over (23: fail);
 *  concurrency: one session ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (02: three at
 *   most, pass); four open at once from 30 s to 50 s (30: fail); the transferring provider with one other open while she
 *   handled the chat and four others only after the transfer (29: judged over the part she handled, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Dana at …" identifies but does not greet (06: greeting fails); a name given in the goodbye is outside the first
 *   two visible provider messages (04);
 * - a `joined` system line is not the pickup (the Terms name the first visible provider message or `pickedUpAt`): 64 s, fail
 *   (12); when the source records `pickedUpAt`, it is the pickup: 45 s, pass, though the first visible line came at 70 s (15);
 * - a clarifying question inside the message that gives the first source is not "before the first message that gives a
 *   source" (10: clarify fails);
 * - "Found a Clymer … in our catalog … — still looking to see whether Chilton Library covers the '78 carbs too." gives a
 *   partial result and says the search goes on: a hold, so the 130 s after it is a wait on the provider (03);
 * - "Sure, take your time!" tells the patron to take their time: not a hold (05);
 * - "Will that work for your planning?", "Will that do for planning the stops?", "Is that helpful so far?", "Does the Hough
 *   book sound like what you're after?" and "Does that help for now?" ask whether what was given meets the need;
 *   "I can also put a few print copies on hold for your group at Dundalk if you'd like." offers something not yet given (13);
 * - "thats all i need thx", "That's everything for now." and "no tengo más preguntas" say explicitly that the patron is done;
 * - "Ride safe", "Safe travels", "Have fun at Assateague — bye for now!" and the like are read with the thanks or goodbye
 *   they come with; every goodbye labelled pass thanks the patron, says bye or invites them back in so many words;
 * - "chat sessions are limited to 15 minutes and your time is up" tells the patron their time is up; the thanks after it is
 *   no way back (15); "I'm about to go on my lunch break, so I need to end the chat here." ends the help for the provider's
 *   convenience and offers no way back (16); "could you log back on later … Any of us will be glad to pick them up then"
 *   after "several other patrons waiting" is the allowed ending (17);
 * - the final idle of a Lost Call starts at the greeting, the first provider message after the patron's last that is not a
 *   hold (19, 20); a disconnect notice that thanks the patron and invites them back is a goodbye, so the idle ends at it and
 *   it counts as sent during the idle (19: exactly 180 s, both pass);
 * - "It looks like you've stepped away." says the patron seems gone but not that the session will end (25: notice fails);
 *   "Are you still there? It seems you may have disconnected, so I'll close this chat in a minute if I don't hear from you."
 *   is both the check-in and the notice (26);
 * - "as soon as I can" says nothing of when the information will come (12: contact fails); "you'll hear from me by Monday"
 *   (09) and "within 72 hours" (24) do;
 * - "I'll pass your question to her and she'll contact you" (18) is someone from the patron's library who will contact them:
 *   a follow-up, not a referral; "I'll ask our Book Club Kit coordinator and e-mail you tomorrow" (13) and "I'll look into it
 *   and get back to you" (25) are promises to find more later;
 * - a phone number typed by the patron in the chat is "given … there" (18); `resolutionCode: undefined` is the field left out
 *   (12: code na, the promise still makes contact and on_time apply);
 * - times are compared as instants: the Monday follow-up written at -04:00 after the clock change (09) and the UTC one (24)
 *   are within 72 elapsed hours;
 * - "ask the service department at the shop where you bought them" (11) and "stop by the Worcester County tourism office in
 *   Snow Hill and ask for it" (10) tell the patron to ask or visit an organisation; a town is not a postal address; neither is
 *   a source either (an organisation named without a way to reach it); apps (REVER, Calimoto) named bare are not sources
 *   (12);
 * - an internal note "Sofia can you take this one? thx" says nothing of why (29: handoff fails);
 * - a transferred session is judged, for the provider who handed it on, only over the part she handled (29).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch), labels copied aside to
 * /tmp/s74/motorcycles-labels.ts.
 * First run as labelled / disagreeing: 29 / 1 (26). Label corrections: none (the disagreement reread against RUBRIC.md; the
 * label stood).
 * Final: 29 running, 1 LEFT (LEFT_WHY: "Will that do for planning the stops?" not read as the completeness question, 26).
 * ON v70 AS LANDED (block AJ): 26 ("Will that do for planning the stops?") runs as labelled; none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Friday 6 March 2026, 10:00 -05:00 (two days before the clock change), in seconds after T0. */
const FRI = 4 * 86_400;

const KOFI: Prov = { id: 'kofi-mc', name: 'Kofi', library: 'HCLS' };
const CARMEN: Prov = { id: 'carmen-mc', name: 'Carmen', library: 'AUN' };
const WES: Prov = { id: 'wes-mc', name: 'Wes', library: 'CCPL-MD' };
const NELL: Prov = { id: 'nell-mc', name: 'nell.w', library: 'WCFL' };
const LUIS: Prov = { id: 'luis-mc', name: 'Luis', library: 'PGCMLS' };
const DANA: Prov = { id: 'dana-mc', name: 'Dana', library: 'EPFL' };
const RUTH: Prov = { id: 'ruth-mc', name: 'Ruth', library: 'AACPL' };
const HANK: Prov = { id: 'hank-mc', name: 'Hank', library: 'FCPL-MD' };
const JULES: Prov = { id: 'jules-mc', name: 'Jules', library: 'HCPL-MD' };
const OMAR: Prov = { id: 'omar-mc', name: 'Omar', library: 'WOCL' };
const NOOR: Prov = { id: 'noor-mc', name: 'Noor', library: 'MCPL' };
const TOM: Prov = { id: 'tom-mc', name: 'Tom', library: 'GCPL' };
const PIPER: Prov = { id: 'piper-mc', name: 'Piper', library: 'BCPL' };
const INES: Prov = { id: 'ines-mc', name: 'Ines', library: 'WPL' };
const TED: Prov = { id: 'ted-mc', name: 'Ted', library: 'CCPL-CH' };
const ALMA: Prov = { id: 'alma-mc', name: 'Alma', library: 'AUN' };
const GWEN: Prov = { id: 'gwen-mc', name: 'Gwen', library: 'AUN' };
const CYRUS: Prov = { id: 'cyrus-mc', name: 'Cyrus', library: 'CCPL-CE' };
const FERN: Prov = { id: 'fern-mc', name: 'Fern', library: 'KCPL' };
const GUS: Prov = { id: 'gus-mc', name: 'Gus', library: 'SMCL' };
const QUEUE: Prov = { id: 'queue-mc', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-mc', name: 'Trainee 4', library: 'TRN' };
const HANA: Prov = { id: 'hana-mc', name: 'Hana', library: 'QACL' };
const IVO: Prov = { id: 'ivo-mc', name: 'Ivo', library: 'QACL' };
const JUNE: Prov = { id: 'june-mc', name: 'June', library: 'AACPL' };
const KIT: Prov = { id: 'kit-mc', name: 'Kit', library: 'CCPL-CR' };
const ELI: Prov = { id: 'eli-mc', name: 'Eli', library: 'CCPL-CA' };
const LOU: Prov = { id: 'lou-mc', name: 'Lou', library: 'AUN' };
const ADELE: Prov = { id: 'adele-mc', name: 'Adele', library: 'MSLL' };
const MO: Prov = { id: 'mo-mc', name: 'Mo', library: 'ACLS' };
const RAY: Prov = { id: 'ray-mc', name: 'Ray', library: 'ACLS' };
const BEA: Prov = { id: 'bea-mc', name: 'Bea', library: 'EPFL' };
const SOFIA: Prov = { id: 'sofia-mc', name: 'Sofia', library: 'EPFL' };
const VALE: Prov = { id: 'vale-mc', name: 'Vale', library: 'AUN' };

const s = session;

export const MOTORCYCLES: SessionCase[] = [
  // 01 the plain good session
  s(KOFI, '01 a Class M licence on top of a car licence: course or test asked, mva.maryland.gov + the operator manual, "thats everything i needed"', [
    [0, 'p', 'hi how do i get a motorcycle license in md? i already have a regular drivers license'],
    [22, 'l', "Hi there, thanks for contacting Howard County Library System! I'm Kofi, one of the librarians."],
    [28, 'l', 'Are you planning to take the Motorcycle Safety Program course first, or just the tests?'],
    [61, 'p', 'whichever is quicker honestly. ive never taken a class'],
    [70, 'l', "With a Class C licence you'd add a Class M. First comes the motorcycle knowledge test for a learner's permit; after that, either a skills test on your own bike or a Motorcycle Safety Program basic rider course, which waives the skills test and lends you a bike to learn on. Both routes are laid out at mva.maryland.gov (search 'motorcycle license'), and the Maryland Motorcycle Operator Manual you study for the knowledge test is free on the same site."],
    [76, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes!! thats everything i needed, thank u'],
    [115, 'l', "You're welcome! Ride safe, and thanks for chatting with us."],
  ], usual()),

  // 02 Spanish, pickup at exactly 60 s, touching ends
  s(CARMEN, '02 título para un scooter de 49cc (Spanish): pickup at exactly 60 s, petrol or electric asked, mva.maryland.gov, touching ends (three at most)', [
    [0, 'p', 'hola buenas, compré un scooter de 49cc, necesito registrarlo en Maryland o no?'],
    [60, 'l', '¡Hola! Gracias por comunicarse con AskUsNow!. Soy Carmen, bibliotecaria. 😊'],
    [66, 'l', '¿El scooter es de gasolina o eléctrico? ¿Y lo va a usar en la calle todos los días?'],
    [100, 'p', 'gasolina, para ir al trabajo en Silver Spring'],
    [108, 'l', 'Desde 2019, en Maryland los mopeds y scooters de gasolina de 50 cc o menos tienen que tener título y seguro; no llevan placa normal sino una calcomanía. Además necesita licencia de conducir o permiso de moped, y el casco es obligatorio. Todo está explicado en la página de la MVA, mva.maryland.gov (busque "mopeds"); se puede ver en español con el botón de idiomas.'],
    [114, 'l', '¿Le sirve esa información?'],
    [150, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [156, 'l', '¡Con mucho gusto! Gracias por usar AskUsNow!, y maneje con cuidado 🛵'],
  ], usual(), {}, {
    otherIntervals: [other('c1', 'carmen-mc', -300, 0), other('c2', 'carmen-mc', -50, 90), other('c3', 'carmen-mc', 30, 500), other('c4', 'carmen-mc', 161, 900)],
  }),

  // 03 pickup at 61 s; a partial result that says the search goes on, then 130 s
  s(WES, '03 a 1978 CB750 carb manual: "???" and "anyone there or what", pickup at 61 s, "Found a Clymer … still looking …" then 130 s, Chilton Library', [
    [0, 'p', 'need a repair manual for 78 honda cb750, carbs are a mess'],
    [30, 'p', '???'],
    [52, 'p', 'anyone there or what'],
    [61, 'l', 'Hi, Wes at Carroll County Public Library here — sorry about the wait!'],
    [67, 'l', 'Is it the four-cylinder CB750K? And do you want a paper manual you can get greasy, or is an online one OK?'],
    [90, 'p', 'yes the K. paper is better but ill take whatever'],
    [98, 'l', "Found a Clymer manual, Honda CB750 SOHC Fours 1969-1978, in our catalog at library.carr.org, on the shelf at Westminster — still looking to see whether Chilton Library covers the '78 carbs too."],
    [170, 'p', 'hello??'],
    [228, 'l', 'Sorry, that took longer than I hoped. Chilton Library (library.carr.org > Research > Auto Repair) has the carb synchronisation and float height steps for your model, with exploded diagrams.'],
    [234, 'l', 'Is that the kind of thing you were after?'],
    [262, 'p', 'yea i guess'],
    [268, 'l', 'Anything else on the bike I can look up?'],
    [290, 'p', 'nah'],
    [295, 'l', 'Good luck with the rebuild, and thanks for hanging in there!'],
  ], usual({ pickup: 'fail', informed: 'fail' })),

  // 04 a greeting with no identification; the name only in the goodbye
  s(NELL, '04 the Blue Ridge Parkway from Hagerstown: "Hello! 😊" and a question, no one named until the goodbye (greeting fails), nps.gov/blri + Moon guide', [
    [0, 'p', 'Want to ride the Blue Ridge Parkway on my motorcycle in May, leaving from Hagerstown. Where do I start planning?'],
    [16, 'l', 'Hello! 😊'],
    [21, 'l', 'How many days do you have, and are you camping or staying in motels?'],
    [55, 'p', '4 days, motels. me and my wife on one bike'],
    [63, 'l', "The National Park Service posts closures and detours at nps.gov/blri (check it the week you leave; sections close for repairs). For the route, our catalog at washcolibrary.org has Moon's Blue Ridge Parkway Road Trip, which splits the parkway into day-sized stretches with motels near the exits. From Hagerstown you can pick up Skyline Drive at Front Royal and ride it straight onto the parkway at Rockfish Gap."],
    [69, 'l', 'Will that work for your planning?'],
    [100, 'p', "Perfect, that's all I need. Thanks!"],
    [106, 'l', 'Safe travels, and thanks for chatting! — Nell, Washington County Free Library'],
  ], usual({ greeting: 'fail' })),

  // 05 greeting split over two messages; "take your time" (a wait on the patron)
  s(LUIS, '05 Vespa history for a design class: "Good evening!" then "I\'m Luis, a librarian …", "Sure, take your time!" (214 s away), Sarti + Britannica + si.edu', [
    [0, 'p', 'hi!! i have to do a presentation on the history of the vespa for my design class'],
    [14, 'l', 'Good evening!'],
    [19, 'l', "I'm Luis, a librarian with Prince George's County Memorial Library System. How long is the presentation, and does it need pictures?"],
    [50, 'p', 'ugh hold on brb'],
    [56, 'l', 'Sure, take your time!'],
    [270, 'p', 'sorry back!! its 10 min, needs slides w pictures'],
    [278, 'l', "Giorgio Sarti's books on the Vespa are in our catalog at pgcmls.info, full of photos of the 1946 originals, and Britannica Academic (pgcmls.info > eResources) has a short article on Piaggio you can cite. For images, search 'Vespa' in the Smithsonian's online collections at si.edu."],
    [284, 'l', 'Is this the kind of thing you needed?'],
    [320, 'p', 'yesss perfect. no more questions 🙌'],
    [326, 'l', 'Good luck with the presentation, bye!'],
  ], usual()),

  // 06 "This is Dana at …" (no greeting); FU_ME, e-mail read back, "by Thursday", done at 30 h
  s(DANA, '06 1920s Baltimore motorcycle police photos: "This is Dana at …" (no greeting), digitalmaryland.org, print files searched for the patron, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'Looking for photos of Baltimore police on motorcycles, 1920s. My great-grandfather was one.'],
    [20, 'l', "This is Dana at Enoch Pratt Free Library's Ask Us."],
    [26, 'l', 'Do you know his name or the district he worked in? And is this for family history or something you plan to publish?'],
    [70, 'p', 'Officer Frank Kowalski, Southern District I think. Just family history'],
    [78, 'l', "Digital Maryland has some Baltimore police photographs from the 1920s: search 'police motorcycle' at digitalmaryland.org. Our Maryland Department also has print photo files that aren't online. I can go through them for Kowalski and the Southern District and e-mail you scans of anything I find. Would you like that?"],
    [110, 'p', 'Yes please! my email is kowalski.family@example.net'],
    [116, 'l', "Great, that's kowalski.family@example.net. I'll have something to you by Thursday, even if it's just a note that I came up empty."],
    [122, 'l', 'In the meantime, does that help for now?'],
    [150, 'p', "yes, thank you so much. That's everything for now."],
    [156, 'l', 'My pleasure. Thanks for chatting with Ask Us!'],
  ], usual({ greeting: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 07 a patron left exactly 120 s with no hold
  s(RUTH, '07 the helmet law and a 14-year-old passenger: rider or passenger asked, the answer exactly 120 s after the patron, mgaleg.maryland.gov', [
    [0, 'p', 'does md require helmets on motorcycles? what about passengers'],
    [18, 'l', 'Hi, Ruth here at Anne Arundel County Public Library! Happy to help.'],
    [24, 'l', 'Do you ride yourself, or is this about someone riding with you?'],
    [70, 'p', 'me, and sometimes my 14 yr old on the back'],
    [190, 'l', "Yes to both. Maryland has a universal helmet law: every rider and every passenger, whatever their age, must wear a helmet that meets the federal DOT standard, plus eye protection unless the bike has a windscreen. It's Transportation Article § 21-1306; the text is on the General Assembly's site, mgaleg.maryland.gov (Laws > Statute Text)."],
    [196, 'l', 'Does that answer it?'],
    [230, 'p', 'yep thats all i needed'],
    [235, 'l', 'Thanks for chatting — ride safe, both of you!'],
  ], usual()),

  // 08 a hold answered 121 s later; a dealership by phone
  s(HANK, '08 what a 2012 Sportster 883 is worth: "Let me dig into the price guides, one moment." answered 121 s later, jdpower.com + kbb.com, a dealer by phone', [
    [0, 'p', 'how much is a 2012 harley sportster 883 worth? selling mine'],
    [15, 'l', "Hey! You've reached Ask a Librarian at Frederick County Public Libraries."],
    [21, 'l', 'About how many miles are on it, and is it stock or has it been modified?'],
    [48, 'p', '14k miles, stock except the exhaust'],
    [55, 'l', 'Let me dig into the price guides, one moment.'],
    [140, 'p', 'still there?'],
    [176, 'l', "Sorry for the wait! J.D. Power's motorcycle values (jdpower.com/motorcycles) put a 2012 Sportster 883 with average miles at roughly $3,900 to $5,000 depending on condition, and Kelley Blue Book has a similar tool at kbb.com/motorcycles. If you'd like a real appraisal before you list it, call the used bike manager at Mountain Rider Harley-Davidson in Frederick, 301-555-0142."],
    [182, 'l', 'Is that the kind of number you needed?'],
    [215, 'p', 'ok fine, lower than i hoped lol'],
    [220, 'l', 'Anything else I can help with today?'],
    [236, 'p', 'no'],
    [240, 'l', 'Good luck with the sale, bye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 09 no question; FU_ME on a Friday before the clock change, done Monday at -04:00
  s(JULES, '09 winter storage for a Yamaha Bolt (Friday 6 March): the answer with no question, Chilton Library, phone read back, "by Monday", done 10:40 -04:00 Monday', [
    [FRI + 0, 'p', 'how do i get my bike ready for winter storage? its a 2019 yamaha bolt, garage isnt heated'],
    [FRI + 20, 'l', "Welcome to AskUsNow! My name is Jules, and I'm a librarian at Harford County Public Library."],
    [FRI + 27, 'l', "Here's the usual routine: fill the tank and add fuel stabiliser, run the engine a few minutes so it reaches the injectors, change the oil, put the battery on a tender, and get the bike on a stand under a cover that breathes. The Chilton Library database (hcplonline.org > Research > Auto & Motorcycle) has Yamaha's own storage steps for the Bolt."],
    [FRI + 33, 'l', "Our Bel Air branch also had a printed storage checklist from a maintenance class last fall. I can track it down and call you by Monday to say whether a copy is set aside for you. What's a good number?"],
    [FRI + 70, 'p', 'sure 410-555-0188'],
    [FRI + 76, 'l', "Thanks, I have 410-555-0188. You'll hear from me by Monday."],
    [FRI + 82, 'l', 'Did the storage steps help?'],
    [FRI + 110, 'p', 'yes. thats all i need thx'],
    [FRI + 115, 'l', 'Thank you for using AskUsNow! Have a good weekend.'],
  ], usual({ clarify: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, startedAt: at(FRI), followUps: [{ doneAt: '2026-03-09T10:40:00-04:00' }] }, { now: T0 + 8 * DAY }),

  // 10 the only question inside the first source message; a tourism office with no way to reach it
  s(OMAR, '10 OC BikeFest on a budget: greeting, ocbikefest.com and the question in one message (clarify fails), "stop by the … tourism office in Snow Hill and ask"', [
    [0, 'p', 'when is bike week in ocean city this year? first time riding down'],
    [17, 'l', "Hello! Omar at Worcester County Library here. OC BikeFest is usually the week after Labor Day; this year's dates and the event map are at ocbikefest.com. Are you coming for the rally events or mostly to ride around the area?"],
    [50, 'p', 'mostly riding, and i need somewhere cheap to stay, campground maybe'],
    [58, 'l', 'Frontier Town and Assateague State Park both have campsites; the state park books through parkreservations.maryland.gov and fills up early for BikeFest week. For back roads, stop by the Worcester County tourism office in Snow Hill and ask for their printed riders\' map.'],
    [64, 'l', 'Does that cover what you were looking for?'],
    [100, 'p', 'yep, thats everything. thanks man'],
    [105, 'l', 'Have fun at BikeFest, and thanks for stopping by!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 11 no source: the answer from memory; the tyre shop with no way to reach it
  s(NOOR, '11 a tyre\'s DOT date code: the DOT string asked, the answer from memory (no source), "ask the service department at the shop where you bought them"', [
    [0, 'p', 'how do i tell how old my motorcycle tires are'],
    [24, 'l', "Hi! I'm Noor, a librarian with Montgomery County Public Libraries."],
    [30, 'l', 'Can you see a string of letters and numbers on the sidewall that starts with DOT? Does it end in a four-digit number?'],
    [80, 'p', 'yeah DOT then a bunch of stuff then 2319'],
    [87, 'l', "That last group is the date: the first two digits are the week and the last two the year, so 2319 means the 23rd week of 2019. Many riders and shops replace motorcycle tyres at about five years old whatever the tread looks like, because the rubber hardens. If you're unsure, ask the service department at the shop where you bought them to take a look."],
    [93, 'l', 'Does that answer your question?'],
    [125, 'p', "yes, that's all I needed to know. thanks!"],
    [130, 'l', "You're welcome — happy riding, and thanks for chatting!"],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 12 a `joined` line before a 64 s pickup; apps named bare (no source); no codes; "as soon as I can", done at 50 h
  s(TOM, '12 a group ride through western Maryland: "Tom has joined" at 30, first line at 64 (pickup fails), REVER and Calimoto named bare, no codes, "as soon as I can", done at 50 h', [
    [0, 'p', 'Hey — leading a group ride of 8 bikes through western MD in June. Need good routes + a place to regroup'],
    [30, 's', 'Tom has joined the chat.', sys('joined')],
    [64, 'l', "Hi, I'm Tom, a librarian at Garrett County Public Library. Thanks for waiting!"],
    [70, 'l', 'How experienced is the group, and are you after twisty back roads or something easier for newer riders?'],
    [105, 'p', 'mixed group, a couple newer riders. want scenery but nothing crazy'],
    [114, 'l', "A lot of group leaders plan on the REVER app or Calimoto, which let you share one route with the whole group. Out here the Historic National Road is the gentle choice, with plenty of diners along it to regroup at."],
    [120, 'l', 'Did that help?'],
    [150, 'p', 'kinda? i was hoping for actual route sheets'],
    [158, 'l', "Fair enough. I'll go through our regional guides for printed route sheets and get back to you as soon as I can. What's the best e-mail for you?"],
    [190, 'p', 'ridewestmd@example.com'],
    [196, 'l', 'Got it, ridewestmd@example.com. Anything else I can help with in the meantime?'],
    [215, 'p', 'no thats it'],
    [220, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ pickup: 'fail', source: 'fail', code: 'na', contact: 'fail', onTime: 'pass' }), { resolutionCode: undefined, followUps: [{ doneAt: at(225 + 50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 an offer instead of the completeness question; a promise coded Answered, pending at day 2
  s(PIPER, '13 Zen and the Art of Motorcycle Maintenance for a book club: catalogue + Libby + Book Club Kits, "e-mail you tomorrow" coded Answered, an offer of holds (completeness fails)', [
    [0, 'p', 'our book club picked Zen and the Art of Motorcycle Maintenance for april. does the library have copies for like 9 people'],
    [21, 'l', 'Hi! Piper here, a librarian at Baltimore County Public Library. Great pick!'],
    [27, 'l', 'Would e-books or audiobooks work for some of the group, or does everyone want a print copy?'],
    [60, 'p', 'a couple would do ebook, most want print'],
    [68, 'l', "Our catalog at bcpl.info shows 14 print copies of Pirsig's book across the branches, and it's on Libby as an e-book and an audiobook. We also lend Book Club Kits, 10 copies in a bag; the one for this title is in the catalog under 'book club kit'."],
    [74, 'l', "The kit's April calendar isn't showing for me, so I'll ask our Book Club Kit coordinator and e-mail you tomorrow whether it's free. What e-mail should I use?"],
    [105, 'p', 'bookworms.dundalk@example.org'],
    [111, 'l', "Thanks — bookworms.dundalk@example.org. I can also put a few print copies on hold for your group at Dundalk if you'd like."],
    [140, 'p', "no we'll wait to hear about the kit. thats everything, thank you!"],
    [146, 'l', 'Sounds good. Thanks for chatting, and happy reading!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }), {}, { now: T0 + 2 * DAY }),

  // 14 no "anything else"; FU_ME with the e-mail only in patron.email, nothing recorded at day 4
  s(INES, '14 camping at Assateague on a Rebel 500: recreation.gov + nps.gov/asis + Stermer, "e-mail it to you by Friday" with the address only in patron.email, "ok thanks"', [
    [0, 'p', 'first time motorcycle camping, going to assateague. what do i pack?? bike is small, honda rebel 500'],
    [19, 'l', "Hi, and welcome to Ask a Librarian! I'm Ines at Wicomico Public Libraries."],
    [25, 'l', 'How many nights, and will you be at the state park or the national seashore campground?'],
    [58, 'p', '2 nights, national seashore side'],
    [66, 'l', "The national seashore's sites book through recreation.gov, and the park's page at nps.gov/asis warns about mosquitoes and about the horses raiding saddlebags, so keep food in a hard case. For packing a small bike, Bill Stermer's Motorcycle Touring & Travel in our catalog (wicomicolibrary.org) has a chapter on camping gear and how to load it."],
    [72, 'l', 'Did that get you what you needed for the trip?'],
    [105, 'p', 'mostly! could u send me a checklist i can print'],
    [112, 'l', "Sure — I'll put together a short packing checklist from Stermer's book and e-mail it to you by Friday."],
    [140, 'p', 'ok thanks'],
    [146, 'l', 'Have fun at Assateague — bye for now!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'rebel500.rider@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 15 pickedUpAt 45 s (first line 70 s); "your time is up"
  s(TED, '15 riding to Sturgis from Waldorf: pickedUpAt 45 (first line 70), sturgismotorcyclerally.com + a Black Hills map, "your time is up. Thanks for using the service."', [
    [0, 'p', 'im riding to sturgis in august from waldorf. best route? and hotels? and what do i do if i break down in the middle of nowhere'],
    [70, 'l', 'Hi, Ted at Charles County Public Library — thanks for your patience.'],
    [76, 'l', 'Are you set on interstates the whole way, or open to back roads if it adds a day?'],
    [110, 'p', 'interstates mostly, i got 4 days to get there'],
    [118, 'l', "Most riders from here take I-70 west to I-80, then I-90 into South Dakota, about 1,650 miles. The rally's own site, sturgismotorcyclerally.com, lists campgrounds and hotels, and they fill up by spring. For breakdowns, a roadside plan that covers motorcycles is worth having before you go, and the Butler Maps Black Hills map in our catalog (ccplonline.org) covers the riding once you're there."],
    [124, 'l', 'Does that help with the route?'],
    [160, 'p', 'ya. also what about tire pressure for loaded bike, insurance out of state, and packing and where to eat in rapid city and'],
    [168, 'l', 'Sorry, chat sessions are limited to 15 minutes and your time is up. Thanks for using the service.'],
    [180, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' }), { pickedUpAt: at(45) }),

  // 16 partly Spanish: a lunch break ends the help; the MVA's phone the only source
  s(ALMA, '16 a moped for a 15-year-old (partly Spanish): "¿Prefiere español o inglés?", the MVA by phone (the only source), "I\'m about to go on my lunch break, so I need to end the chat here."', [
    [0, 'p', 'hola, my son is 15 and wants a scooter to go to school, is that legal in maryland?'],
    [23, 'l', 'Hi! This is Alma, a librarian with AskUsNow!. ¿Prefiere español o inglés?'],
    [45, 'p', 'english is ok, but my english not perfect'],
    [52, 'l', 'No problem! Is it a gas moped, or an electric stand-up scooter?'],
    [80, 'p', 'gas one, small. 49cc'],
    [88, 'l', "To ride a moped on the road in Maryland he needs at least a moped operator's permit, and that starts at 16, so at 15 he can't ride it on public roads yet. You can call the MVA at 410-555-0175 and ask about the permit test; they have staff who speak Spanish."],
    [94, 'l', 'Does that help?'],
    [130, 'p', 'ok. and insurance? how much it cost, and where to buy helmet for kid'],
    [138, 'l', "I'm about to go on my lunch break, so I need to end the chat here."],
    [150, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' })),

  // 17 the allowed ending: other patrons waiting, log back on later; code ''
  s(GWEN, '17 Route 66 on a Gold Wing: nps.gov itinerary + the EZ66 Guide through Marina, "several other patrons waiting … could you log back on later", code ""', [
    [0, 'p', 'hi! planning route 66 on my goldwing next summer, chicago to LA. where do i even begin'],
    [25, 'l', "Hi there! Thanks for contacting AskUsNow!. I'm Gwen, a librarian. 🙂"],
    [31, 'l', 'Are you riding out to Chicago from Maryland, or shipping the bike there?'],
    [66, 'p', 'riding out. 3 weeks total'],
    [75, 'l', "The National Park Service has a Route 66 travel itinerary with maps and stops at nps.gov/subjects/travel66. For turn-by-turn directions, Jerry McClanahan's EZ66 Guide for Travelers is the one riders swear by; you can borrow it through Maryland's shared catalog, Marina (marinacatalog.org)."],
    [81, 'l', 'Is that helpful so far?'],
    [115, 'p', 'yes! ok next: motel vs camping, how to ship stuff home, what insurance covers in other states, and rain gear, and how to handle the mojave heat'],
    [124, 'l', "That's a great list, and each one deserves a proper look. I have several other patrons waiting right now, so could you log back on later (or tomorrow) with the insurance and gear questions? Any of us will be glad to pick them up then."],
    [140, 'p', 'fair enough, will do'],
    [145, 'l', 'Thanks for chatting, and enjoy the planning!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 18 FU_LIB, the patron's cell typed, no when, done 72 h + 1 s after endedAt; ends at "nope"
  s(CYRUS, '18 county motorcycle crash figures for a Cecil College paper: zerodeaths + opendata, FU_LIB "she\'ll contact you", cell typed, no when, done 72 h + 1 s, ends at "nope"', [
    [0, 'p', 'hi i need maryland motorcycle crash numbers by county for 2019-2023 for a paper at cecil college'],
    [21, 'l', 'Hello, Cyrus at Cecil County Public Library, Ask a Librarian.'],
    [27, 'l', 'Do you need fatal crashes only, or all injury crashes too? And is there a citation style your professor wants?'],
    [60, 'p', 'all crashes. APA'],
    [68, 'l', "The Maryland Highway Safety Office publishes motorcycle crash data by county on its dashboard at zerodeaths.maryland.gov (Data > Crash Dashboard), and the raw crash records are on Maryland's open data portal, opendata.maryland.gov, if you'd rather build your own tables."],
    [74, 'l', 'Is this the kind of data you needed?'],
    [105, 'p', 'yes but the dashboard is confusing me tbh'],
    [112, 'l', "Our Elkton branch has a librarian who helps with data and spreadsheets. I'll pass your question to her and she'll contact you to walk you through it."],
    [140, 'p', 'ok my cell is 443 555 0199'],
    [148, 'l', 'Anything else I can find for you?'],
    [170, 'p', 'nope'],
  ], usual({ courteous: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(175 + 72 * HOUR + 1) }] }, { now: T0 + 5 * DAY }),

  // 19 a true Lost Call: the goodbye-notice exactly 180 s after the greeting
  s(FERN, '19 a bike for a 5 ft 1 rider (Lost Call): greeting at 28, "Hi, are you still with us?" at 150, "It seems you\'ve been disconnected … Thanks …" at 208 (180 s)', [
    [0, 'p', 'what motorcycle is good for a short rider? im 5 foot 1'],
    [28, 'l', "Hello, and thanks for contacting Kent County Public Library! I'm Fern, a librarian."],
    [150, 'l', 'Hi, are you still with us?'],
    [208, 'l', "It seems you've been disconnected, so I'll end this session now. Thanks for contacting us, and please come back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 30 }),

  // 20 Lost Call after two patron lines; a question only; endedAt 179 s after the greeting
  s(GUS, '20 renting a motorcycle near Lexington Park (Lost Call after two patron lines): an endorsement asked, "Are you still there?", endedAt 179 s after the greeting', [
    [0, 'p', 'where can i rent a motorcycle near lexington park'],
    [9, 'p', 'just for a day or two'],
    [25, 'l', "Hi! Gus at St. Mary's County Library here."],
    [31, 'l', 'Do you already have your motorcycle endorsement, or would you need a rental that comes with a lesson?'],
    [160, 'l', 'Are you still there?'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 44 }),

  // 21 no provider ever joined (Spanish)
  s(QUEUE, '21 clases de mecánica de motos (Spanish): no provider ever joined, "hola?? hay alguien", "bueno, olvídelo", patron left, code null', [
    [0, 'p', 'hola, alguna biblioteca tiene clases de mecánica de motos?'],
    [3, 's', 'Gracias por su paciencia. Un bibliotecario le atenderá pronto.'],
    [130, 'p', 'hola?? hay alguien'],
    [195, 'p', 'bueno, olvídelo'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 Practice
  s(TRAINEE, '22 practice chat (scooter rules): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat, scooter question'],
    [8, 'l', 'Practice reply: scooter rules at mva.maryland.gov'],
    [20, 'p', 'ok thx end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 a silent hand-over with no note; answer and endedAt exactly 120 s apart, no check-in
  s(HANA, '23 chain slack on a 2015 Ninja 300: Hana hands over to Ivo with no notice and no note, kawasaki.com + Chilton, endedAt exactly 120 s after the answer', [
    [0, 'p', 'how tight should the chain be on a 2015 ninja 300? it slaps around'],
    [20, 'l', "Hi, Hana at Queen Anne's County Library here!"],
    xfer(35, 'Ivo', 'ivo-mc'),
    [70, 'l', "Hello, I'm Ivo, a librarian at Queen Anne's County Library. Is the bike on its side stand or a rear stand when you measure?", as(IVO)],
    [100, 'p', 'side stand'],
    [108, 'l', "Kawasaki's figure for the Ninja 300 is 20 to 30 mm of slack at the middle of the lower run, with the bike on the side stand. The adjustment steps are in the owner's manual, free at kawasaki.com (Owner Center > Manuals), and in Chilton Library at qaclibrary.org > Research. Does that help?", as(IVO)],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', transfer: 'fail' }), { endAfter: 120 }),

  // 24 a goodbye 119 s after the answer, endedAt 300 s later; FU_ME done in UTC within 72 h
  s(JUNE, '24 learning to ride at 52: Proficient Motorcycling + msf-usa.org, e-mail read back, "within 72 hours", goodbye 119 s later, done 30 min early (UTC)', [
    [0, 'p', 'is 52 too old to learn to ride a motorcycle? any books for older beginners'],
    [20, 'l', "Hi! June here, librarian at Anne Arundel County Public Library. It's never too late! 🏍️"],
    [26, 'l', 'Have you signed up for a rider course yet, or are you still deciding whether to try?'],
    [58, 'p', 'still deciding. kind of nervous'],
    [66, 'l', "David Hough's Proficient Motorcycling is the classic for new riders of any age and it's in our catalog at aacpl.net; the Motorcycle Safety Foundation's pages at msf-usa.org explain what a beginner course is like. We also hosted a talk for new riders over 50 last spring: I'll find the speaker's handout and e-mail it to you within 72 hours. What's your e-mail?"],
    [100, 'p', 'gina.r52@example.com'],
    [106, 'l', "Thanks, gina.r52@example.com. Does the Hough book sound like what you're after?"],
    [225, 'l', 'Thanks for chatting, and good luck with the decision — come back any time!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'pass' }), {
    ...FU_ME, endAfter: 300, followUps: [{ doneAt: new Date(T0 + (525 + 72 * HOUR - 1800) * 1000).toISOString() }],
  }, { now: T0 + 4 * DAY }),

  // 25 FU_ME with no contact anywhere; "Still there?", "It looks like you've stepped away." over 202 s
  s(KIT, '25 a licence for a Can-Am Spyder: factory or kit asked, mva.maryland.gov, "I\'ll look into it and get back to you" with no contact (FU_ME), "Still there?", "It looks like you\'ve stepped away."', [
    [0, 'p', 'do i need a special license for a trike (3 wheel motorcycle) in maryland? i have my car license'],
    [18, 'l', 'Hi, Kit here at Caroline County Public Library. Glad to help!'],
    [24, 'l', 'Is it a factory trike like a Can-Am Spyder, or a motorcycle with a conversion kit?'],
    [50, 'p', 'spyder'],
    [58, 'l', "Maryland treats a Spyder as a three-wheeled motorcycle, so you need a Class M; the MVA offers one restricted to three-wheeled vehicles, and the Motorcycle Safety Program's three-wheel course replaces the skills test. It's on mva.maryland.gov under Motorcycle Safety Program > Course Offerings. I'm not sure of this year's fee for the three-wheel course, so I'll look into it and get back to you."],
    [64, 'l', 'Does that answer the license part?'],
    [190, 'l', 'Still there?'],
    [250, 'l', "It looks like you've stepped away."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME, endAfter: 10 }, { now: T0 + 3 * DAY }),

  // 26 the check-in and the notice in one message, then a goodbye 206 s after the answer
  s(ELI, '26 charging a Zero SR/F round the Bay: afdc.energy.gov + plugshare.com, "Are you still there? It seems you may have disconnected, so I\'ll close this chat …", goodbye at 206 s', [
    [0, 'p', 'doing a ride around the chesapeake bay on my electric motorcycle (zero sr/f). where can i charge?'],
    [15, 'l', 'Hello! Eli at Calvert Library here, thanks for reaching out.'],
    [21, 'l', 'Does your bike take Level 2 (J1772) only, or does it have the DC fast-charge option?'],
    [50, 'p', 'level 2 only'],
    [58, 'l', "The Department of Energy's station locator at afdc.energy.gov/stations lets you filter for J1772 Level 2 along a route, and PlugShare (plugshare.com) adds riders' reviews, which helps since some chargers sit inside parking garages."],
    [64, 'l', 'Will that do for planning the stops?'],
    [240, 'l', "Are you still there? It seems you may have disconnected, so I'll close this chat in a minute if I don't hear from you."],
    [264, 'l', 'Closing the chat now — thanks for contacting Calvert Library, and have a great ride!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 27 a transfer with a notice and a note saying why; the MVA's consumer office by phone
  s(LOU, '27 a dealer who never sent the title: Lou transfers to a law librarian (notice + note why), peoples-law.org, the MVA consumer office by phone', [
    [0, 'p', 'bought a used motorcycle from a dealer in glen burnie 6 weeks ago and still no title. what are my rights?'],
    [20, 'l', "Hi, thanks for contacting AskUsNow!. I'm Lou, a librarian."],
    [26, 'l', 'Was it a licensed dealer, or a private seller working out of a shop?'],
    [55, 'p', 'licensed dealer, they keep saying next week'],
    [62, 'l', "That's a legal question, so I'd like to bring in a law librarian from the Maryland State Law Library who knows the dealer rules. I'm transferring you now — one moment, please."],
    [65, 'i', 'Adele, patron bought a used motorcycle from a licensed MD dealer 6 wks ago, still no title, asking about their rights. Law library q, can you take it?'],
    xfer(68, 'Adele', 'adele-mc'),
    [130, 'l', "Hello! I'm Adele, a law librarian with the Thurgood Marshall State Law Library. Did the dealer give you temporary tags, and do you have the buyer's order?", as(ADELE)],
    [165, 'p', 'yes temp tags expired last week. i have the paper'],
    [174, 'l', "The People's Law Library has a plain-language article on buying from a dealer, title delays included, at peoples-law.org (search 'dealer title'). Complaints about a dealer go to the MVA's Business Licensing and Consumer Services: call them at 410-555-0131 and have your buyer's order handy.", as(ADELE)],
    [180, 'l', 'Does that answer your question?', as(ADELE)],
    [215, 'p', "yes, that's everything. calling them tomorrow"],
    [221, 'l', 'Good luck, and thanks for using AskUsNow!', as(ADELE)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 28 a silent transfer with a note only; the receiver 121 s after the patron
  s(MO, '28 a 1950s Cumberland riding club: an internal note and the transfer with no word to the patron, "hello?", Ray 121 s after the patron, NewspaperArchive', [
    [0, 'p', 'my dad was in a motorcycle club in cumberland in the 50s, the queen city riders or something. anything in the library about them?'],
    [17, 'l', 'Hi there! Mo at Allegany County Library System, happy to help.'],
    [23, 'l', 'Do you know roughly what years, or any names from the club?'],
    [52, 'p', 'like 1954-1958. my dad was Earl Haines'],
    [58, 'i', 'Ray, local history q: 1950s Cumberland motorcycle club (Queen City Riders?), member Earl Haines. You know the Times-News files, can you take it?'],
    xfer(61, 'Ray', 'ray-mc'),
    [120, 'p', 'hello?'],
    [173, 'l', 'Hello, this is Ray in Local History at Allegany County Library System. The Cumberland Evening Times covered the club\'s hill climbs; you can search it in NewspaperArchive through alleganycountylibrary.info > Research, and Earl Haines is already in a 1956 hill climb result I found there. Our vertical file on local clubs also holds a 1957 club roster.', as(RAY)],
    [179, 'l', 'Is that the sort of thing you were hoping to find?', as(RAY)],
    [210, 'p', 'wow yes!! thats all i needed, thank you'],
    [216, 'l', 'So glad! Thanks for chatting, and enjoy the digging.', as(RAY)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 29 a notice and a note that gives no reason; the receiver exactly 120 s after the notice; four others only after the hand-over
  s(BEA, '29 rental e-scooters on Baltimore sidewalks: "pass you to my colleague Sofia — one moment", note "can you take this one? thx", Sofia 120 s later, Bea busy only after the transfer', [
    [0, 'p', 'are the rental e-scooters allowed on sidewalks in baltimore? got yelled at downtown lol'],
    [18, 'l', "Hi! I'm Bea, a librarian at Enoch Pratt Free Library."],
    [24, 'l', "I'm going to pass you to my colleague Sofia — one moment, please."],
    [27, 'i', 'Sofia can you take this one? thx'],
    xfer(30, 'Sofia', 'sofia-mc'),
    [144, 'l', 'Hello, Sofia here at the Pratt! Were you riding one of the rental scooters, or your own?', as(SOFIA)],
    [170, 'p', 'rental, the lime ones'],
    [178, 'l', "Baltimore City's dockless vehicle rules say no riding on sidewalks unless a sign allows it: ride in bike lanes or the street, and park without blocking the walkway. The rules and a map of the lanes are on the Department of Transportation's site, transportation.baltimorecity.gov (search 'dockless'). Did that answer your question?", as(SOFIA)],
    [215, 'p', 'yep lol guess i deserved it 😅 thats all i needed'],
    [221, 'l', 'Ha, it happens! Thanks for asking the Pratt.', as(SOFIA)],
  ], usual({ transfer: 'fail' }), {}, {
    otherIntervals: [
      other('b1', 'bea-mc', -100, 25), other('b2', 'bea-mc', 45, 500), other('b3', 'bea-mc', 50, 500), other('b4', 'bea-mc', 55, 500), other('b5', 'bea-mc', 60, 500),
    ],
  }),

  // 30 partly Spanish: four at once; two parties, one without a contact
  s(VALE, '30 un curso de moto en español (partly Spanish): the county asked, the MVA programme by phone and a Langley Park riding school with no contact, four chats at once', [
    [0, 'p', 'hi, mi esposo quiere sacar la licencia de moto pero su inglés es poco. hay curso en español?'],
    [21, 'l', '¡Hola! Soy Vale, bibliotecaria de AskUsNow!. Con gusto le ayudo.'],
    [27, 'l', '¿En qué condado viven? Así busco el lugar más cerca.'],
    [55, 'p', "Prince George's, en Hyattsville"],
    [63, 'l', 'El Motorcycle Safety Program de la MVA tiene algunos cursos básicos con instructores que hablan español; para preguntar las fechas, llame al programa al 410-555-0160. También puede preguntar en la escuela de manejo de motos de Langley Park, que a veces da clases en español. El manual del motociclista está en español en mva.maryland.gov.'],
    [69, 'l', '¿Esto responde a su pregunta?'],
    [100, 'p', 'sí, muchas gracias, no tengo más preguntas'],
    [106, 'l', '¡De nada! Suerte a su esposo. Gracias por escribirnos.'],
  ], usual({ concurrency: 'fail', referral: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vale-mc', -100, 50), other('v2', 'vale-mc', 10, 200), other('v3', 'vale-mc', 30, 90)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MOTORCYCLES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-first round: motorcycles, scooters and motorcycle touring, checked', () => {
  describeSessions('whole sessions', MOTORCYCLES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MOTORCYCLES.filter((c) => c.name in LEFT_WHY));
});
