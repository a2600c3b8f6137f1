/**
 * Eighty-fifth round, theme CAVES, CAVING AND KARST, checked: 30 whole sessions no one had written, from Maryland public
 * library and statewide AskUsNow! chats: show caves (Crystal Grottoes near Boonsboro with small children, when it was found,
 * Luray Caverns tickets in Spanish, cave tours near Baltimore), wild caving (two beginners in Allegany County, a Scout troop
 * from Severna Park, cave photography on a West Virginia trip, cave diving training, cave rescue courses for a volunteer fire
 * company), karst at home (a backyard sinkhole in Frederick, cloudy well water in Middletown, the mid-1990s Frederick
 * sinkholes for a local history project, a cave opening on a Garrett County farm), school and curiosity (stalactites and
 * stalagmites, how limestone caves form, karst and cenotes for a fifth-grader in Spanish, karst terms for Geology 101, blind
 * cavefish for a science fair, the longest and the deepest caves, "spelunking" or "caving" for a travel blog, Lascaux prints
 * for an art poster, a 7th-grade report on the Thai cave rescue, Civil War saltpeter for a reenactors' talk, a cave unit for
 * a 3rd-grade class), books and history (Floyd Collins and Mammoth Cave for a road trip, "Caves of Maryland" and a
 * grandfather's cave near Sharpsburg) and bats (winter cave closures and white-nose syndrome). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/caving-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there, thanks for contacting Ask a Librarian! I'm Hannah, a librarian at …" (01); Spanish "¡Hola! Bienvenida a
 *   AskUsNow!. Soy Marisol, bibliotecaria." (02) and "¡Hola! Soy Pilar, bibliotecaria de AskUsNow!. ¿Cuántos van …?" (25);
 *   pickup at exactly 60 s (03: pass); at 58 s after the patron's "helloooo anyone?" (04: pass); a system line "Omar has joined
 *   the chat." at 25 s and the first visible provider line at 61 s (05: fail); "Hi! Happy to help with that." and a question,
 *   the identity only in the screen name "Librarian_Tess" (06: greeting fails); "Hi there! 👋" then "I'm Dana, a librarian at
 *   …" in the next line (08: pass); "This is Bea at Cecil County Public Library." with no greeting word (13: fails); "Hi, you've
 *   reached Dale at …" (24); "Hi, Finn at Worcester County Library here!" (26); no provider ever, only the queue's line (23);
 *  inquiry: the children's ages, experience, size and distance of a sinkhole, grade and nonfiction, drive and audience, the
 *   scouts' ages and kind of cave, camera, show or wild cave, deepest from the entrance or underwater, grade and citable
 *   sources, cave name, the school's library system (29), travel distance, printing or screen, audience of a blog; the
 *   restatement "So you need sources on Civil War saltpeter mining in Maryland caves in particular …" (12: pass); the answer at
 *   once after a transfer (11: fail); a question only after the answer (13: fail); a question and no source ever (22: pass);
 *  waits: two holds of exactly 120 s ("Let me check what's on the shelf right now, one moment." then "Still looking — I've found
 *   one good title and I'm checking whether copies are in.") (08: pass); a silent transfer, the internal note and the system
 *   line between the patron's line and the receiver's 121 s later (09: fail); "Of course, take your time." and the patron back
 *   177 s later (28: waiting on the patron, pass); transfer announcements answered 58 s and 54 s later (11, 14); a restatement
 *   that is also a hold, answered 93 s later (12);
 *  endings: goodbye 119 s after the answer (17: idle na); "Are you still with me?" and a goodbye exactly 120 s after the answer
 *   (18: pass); a goodbye 121 s after with no check-in (19: fail); "Hi, are you still there?" and "It seems you've disconnected,
 *   so I'll end the chat now. Thanks for your question, and come back anytime!" exactly 180 s after the answer, `endedAt` a
 *   minute later (20: idle and notice pass); "Are you still there?" and the session ending 181 s after the answer with nothing
 *   more (21: idle passes, notice and courteous fail); a Lost Call where only a clarifying question was asked, check-in and a
 *   notice that thanks 186 s after the greeting (22); "you've reached the limit for this session. Thanks for using Ask a
 *   Librarian." (24: dismissal fails, courteous passes); Spanish "tengo varios usuarios esperando … vuelva a conectarse más
 *   tarde" (25: allowed); "Closing this chat now." as the last line (26: courteous fails); "Let me know if you need anything
 *   else! Thanks for chatting …" (27); patron-side "thats all i needed!!", "eso es todo" (after the provider's question),
 *   "thats everything thx", "that's all I had", "thats all for now", "es todo por ahora", "that is everything", "thats all", and
 *   "perfect thx", "cool thanks", "just curious, thx", "oh. ok" that do not count;
 *  sources: crystalgrottoescaverns.com and a kids' book in the catalogue, Britannica Escolar, Gale in Context: Science,
 *   caves.org, mgs.md.gov, nps.gov pages, Britannica School, nsscds.org and safecavediving.com, Exley's "Basic Cave Diving",
 *   "All Thirteen" in the catalogue and Libby, "Trapped!" in the catalogue, the Journal of Cave and Karst Studies and Academic
 *   Search Premier, health.frederickcountymd.gov and mde.maryland.gov, NewspaperArchive, LinkedIn Learning, whitenosesyndrome.org
 *   and fs.usda.gov, the "Encyclopedia of Caves", luraycaverns.com, archeologie.culture.gouv.fr/lascaux and Aujoulat's
 *   "Lascaux", "Caves of Maryland", library.carr.org, ncrc.info and "On Rope"; none: the DNR named with no way to reach it (15),
 *   the answer from memory (26), a Lost Call with only a question (22);
 *  referrals: a caving club's trip coordinator by e-mail (04: pass); the county permits office by phone (05: pass); the county
 *   health department's well program through its website (14: pass); our own Maryland Room by street address and phone (17:
 *   pass); "get in touch with the Maryland DNR's Wildlife and Heritage Service" with nothing to reach it by (15: fail); a club by
 *   e-mail and "check with your council's outdoor program office" (16: one of two without contact, fail); not referrals: web
 *   pages and club lists to read (01, 04, 07, 30), the patron's library asked to phone her (29), scans from the Western Maryland
 *   Room (28);
 *  follow-ups: FU_ME, "e-mail it to the address on your account by Friday" with the address only in `patron.email`, recorded
 *   by a Pacific-time partner at 07:30 -08:00 three days on, 72 h 28 min after the end (07: contact and on_time fail); FU_ME,
 *   "get back to you with a name by Monday" and no contact anywhere, judged on day 1 (15: code and contact fail, on_time
 *   pending); FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (28: pass); FU_LIB, a phone typed and read back,
 *   "someone will give you a call" with no time, done at 71 h (29: contact fails, on_time passes); a promise to "send it over
 *   tomorrow" coded Answered with no contact, nothing recorded at day 4 (30: code, contact and on_time fail);
 *  codes: Lost Call after one patron line (22: pass) and after three with no provider (23: fail); the code left out (12: na);
 *   null (26); Practice (10); a promise coded Answered (30); a follow-up code with no contact (15);
 *  transfers: a notice (a hold) and an internal note saying why (14: pass); a note only (09: fail); a notice only (11: fail);
 *  concurrency: one ending exactly at `startedAt`, two inside, one starting exactly at `endedAt` (01: three at most, pass);
 *   three others, four open from 10 s to 69 s (13: fail); a transfer at 62 s where the transferring provider has a third other
 *   session only from 80 s and the receiving provider one that ends exactly at 62 s (14: each judged over their part, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a `system` line "Omar has joined the chat." is not a visible provider message and the source records no `pickedUpAt`, so
 *   the pickup is the first visible provider line, at 61 s (05: fail);
 * - the screen name "Librarian_Tess" does not identify (the rule says so); "Hi! Happy to help with that." greets but names no
 *   one (06: fail); "This is Bea at Cecil County Public Library." identifies but does not greet, and the second line is the
 *   answer (13: fail);
 * - "Still looking — I've found one good title and I'm checking whether copies are in." gives a partial result and says the
 *   search goes on: a hold (08); "Of course, take your time." is not (28);
 * - "So you need sources on … Let me take a look." restates the question (clarify passes) and is a hold (12);
 * - "Which library system is your school in, Carroll County?" asks about the patron's situation (home library) (29);
 * - a clarifying question is a visible provider message other than a greeting, check-in, goodbye, hold or notice, so a Lost
 *   Call where only that was sent has a substantive exchange: no source (fail), no completeness question (fail), no "anything
 *   else" (fail) (22); the code passes, the patron sent only the first question;
 * - with no patron line after the first question, the final idle begins at the greeting (the first provider line after it that
 *   is not a hold) (22: 186 s);
 * - "I'll close this chat for now — thanks for chatting, and come back anytime!" thanks and invites back: a goodbye, so the idle
 *   ends there (18: 120 s); "Closing this chat now." only announces the end (26: not a goodbye); "Ok, have a good one!" says
 *   goodbye (13);
 * - "Would you like me to look for more images in our art databases too?" offers something not yet given (27: completeness
 *   fails); "Would those get you started?", "Does that settle it?", "Does that point you in the right direction?", "Does that
 *   give you enough for the report?", "Would that work for the drive?", "¿Le sirve para la tarea?", "¿Es lo que necesitaba
 *   saber?", "Does the catalog search help in the meantime?", "does the book sound like what you were looking for?" and "Did
 *   ncrc.info look like what you need?" ask whether what was given meets the need;
 * - "Let me know if you need anything else!" invites but does not ask whether the patron needs anything else (27: fail);
 *   "es todo por ahora", "thats all for now" and "that's all I had" say explicitly that the patron is done (25, 15, 07);
 * - "Sorry, that's more questions than I can take in one chat — you've reached the limit for this session." tells the patron
 *   they reached a limit of questions, and the thanks after it offers no way back (24: dismissal fails, courteous passes);
 *   "tengo varios usuarios esperando … le pido que vuelva a conectarse más tarde" is the allowed ending (25);
 * - "get in touch with the Maryland DNR's Wildlife and Heritage Service" is a referral with no way to reach it, and an
 *   organisation named without a way to reach it is not a source (15); "check with your council's outdoor program office" tells
 *   the patron to ask an office (16: a referral, no contact); our own library's Maryland Room, to visit or call, is a referral
 *   (17); the NCRC's schedule at ncrc.info, the NSS's list of grottos at caves.org and the cave-diving groups' instructor lists
 *   are pages for the patron to use, sources, not referrals (30, 04, 07);
 * - "I'll see whether they have a specific person for cave reports and get back to you with a name by Monday" is a promise to
 *   find more later (15); "I'll ask Carroll County Public Library's children's staff to call you" is a promise that someone from
 *   the patron's library will contact them, not a referral (29); "I could dig up more depending on what it's for" is a
 *   conditional offer, not a promise (13: not a follow-up session);
 * - "e-mail it to the address on your account" does not give or repeat the address in the chat (07: contact fails);
 *   "Got it: 410-555-0127. … someone will give you a call." confirms the phone but says nothing of when (29: fails);
 * - a follow-up recorded as "2026-03-05T07:30:00-08:00" is 15:30 UTC, 72 h 27 min 39 s after `endedAt` (10:02:21 -05:00 on
 *   March 2): later than 72 elapsed hours, though its clock reads earlier than the session's (07: fail);
 * - a `resolutionCode` set to `undefined` is a field left out (JSON has no undefined): the source has no codes, na (12);
 * - a transferred session's part for the transferring provider runs from `startedAt` to the transfer line (62 s) and for the
 *   receiving one from the transfer line to the end; an interval ending exactly at 62 s is not open in the receiver's part (14).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (27). Label corrections: none (the disagreement reread against RUBRIC.md; the
 * label stood).
 * Final: 29 running, 1 LEFT (LEFT_WHY: "Let me know if you need anything else!", an invitation in the sign-off, read as asking
 * whether the patron needs anything else, 27).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const HANNAH: Prov = { id: 'hannah-cv', name: 'Hannah', library: 'WCFL' };
const MARISOL: Prov = { id: 'marisol-cv', name: 'Marisol', library: 'AUN' };
const THEO: Prov = { id: 'theo-cv', name: 'Theo', library: 'HCPL-MD' };
const GWEN: Prov = { id: 'gwen-cv', name: 'Gwen', library: 'ACLS' };
const OMAR: Prov = { id: 'omar-cv', name: 'Omar', library: 'FCPL-MD' };
const TESS: Prov = { id: 'tess-cv', name: 'Librarian_Tess', library: 'BCPL' };
const MARCUS: Prov = { id: 'marcus-cv', name: 'Marcus', library: 'FCPL-MD' };
const DANA: Prov = { id: 'dana-cv', name: 'Dana', library: 'HCLS' };
const KWAME: Prov = { id: 'kwame-cv', name: 'Kwame', library: 'MCPL' };
const JUNE: Prov = { id: 'june-cv', name: 'June', library: 'MCPL' };
const TRAINEE: Prov = { id: 'trainee-cv', name: 'Trainee 7', library: 'TRN' };
const AMIR: Prov = { id: 'amir-cv', name: 'Amir', library: 'AUN' };
const ROSE: Prov = { id: 'rose-cv', name: 'Rose', library: 'WCFL' };
const IVY: Prov = { id: 'ivy-cv', name: 'Ivy', library: 'CCPL-MD' };
const BEA: Prov = { id: 'bea-cv', name: 'Bea', library: 'CCPL-CE' };
const NELL: Prov = { id: 'nell-cv', name: 'Nell', library: 'AUN' };
const VICTOR: Prov = { id: 'victor-cv', name: 'Victor', library: 'FCPL-MD' };
const WES: Prov = { id: 'wes-cv', name: 'Wes', library: 'RELGC' };
const NADIA: Prov = { id: 'nadia-cv', name: 'Nadia', library: 'AACPL' };
const CLAIRE: Prov = { id: 'claire-cv', name: 'Claire', library: 'FCPL-MD' };
const AISHA: Prov = { id: 'aisha-cv', name: 'Aisha', library: 'PGCMLS' };
const BEN: Prov = { id: 'ben-cv', name: 'Ben', library: 'ACLS' };
const INES: Prov = { id: 'ines-cv', name: 'Ines', library: 'AUN' };
const RORY: Prov = { id: 'rory-cv', name: 'Rory', library: 'SMCL' };
const KIM: Prov = { id: 'kim-cv', name: 'Kim', library: 'BCPL' };
const QUEUE: Prov = { id: 'queue-cv', name: 'Queue', library: 'VRQ' };
const DALE: Prov = { id: 'dale-cv', name: 'Dale', library: 'TCFL' };
const PILAR: Prov = { id: 'pilar-cv', name: 'Pilar', library: 'AUN' };
const FINN: Prov = { id: 'finn-cv', name: 'Finn', library: 'WOCO' };
const GABE: Prov = { id: 'gabe-cv', name: 'Gabe', library: 'EPFL' };
const PAIGE: Prov = { id: 'paige-cv', name: 'Paige', library: 'WCFL' };
const DARIO: Prov = { id: 'dario-cv', name: 'Dario', library: 'AUN' };
const LEO: Prov = { id: 'leo-cv', name: 'Leo', library: 'HCLS' };

const s = session;

export const CAVING: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(HANNAH, '01 Crystal Grottoes with a 4- and a 7-year-old: ages asked, crystalgrottoescaverns.com + a kids\' book, "thats all i needed!!", touching ends (three at most)', [
    [0, 'p', 'hi! is crystal grottoes in boonsboro ok for little kids? thinking of going sat'],
    [18, 'l', "Hi there, thanks for contacting Ask a Librarian! I'm Hannah, a librarian at Washington County Free Library."],
    [24, 'l', 'How old are the kids, and will anyone need a stroller?'],
    [52, 'p', '4 and 7, no stroller'],
    [60, 'l', "Crystal Grottoes is Maryland's only show cave, and the guided tour is short and on lit, paved paths, so 4 and 7 are fine ages. It stays about 54°F inside all year, so bring jackets. Tour times and prices are on crystalgrottoescaverns.com. For the car ride, Stephen Kramer's kids' book 'Caves' is in our catalog at wcfl.org."],
    [66, 'l', 'Does that answer your question?'],
    [95, 'p', 'yes perfect, thats all i needed!!'],
    [101, 'l', 'Have fun underground, and thanks for chatting! 🦇'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hannah-cv', -300, 0), other('h2', 'hannah-cv', -100, 500), other('h3', 'hannah-cv', 50, 90), other('h4', 'hannah-cv', 106, 600)],
  }),

  // 02 Spanish: karst and cenotes for a fifth-grader
  s(MARISOL, '02 karst y cenotes para la tarea (Spanish): grade asked, Britannica Escolar, "¿Le sirve para la tarea?", "¿Necesita algo más?"', [
    [0, 'p', 'hola buenas noches, mi hijo tiene tarea sobre el karst y los cenotes de yucatan, donde busco info en español??'],
    [22, 'l', '¡Hola! Bienvenida a AskUsNow!. Soy Marisol, bibliotecaria.'],
    [28, 'l', '¿En qué grado está su hijo? Así le busco algo de su nivel.'],
    [61, 'p', 'quinto grado'],
    [69, 'l', 'Para quinto grado le recomiendo Britannica Escolar, gratis con la tarjeta de su biblioteca: en la página de la biblioteca entre a Research/Investigación y busque "karst" y "cenote". En pocas palabras: el karst es un paisaje donde el agua de lluvia disuelve la roca caliza y forma cuevas, y un cenote es un pozo que se abre cuando se derrumba el techo de una de esas cuevas.'],
    [75, 'l', '¿Le sirve para la tarea?'],
    [112, 'p', 'si muchas gracias!!'],
    [117, 'l', '¿Necesita algo más?'],
    [140, 'p', 'no, eso es todo 🙏'],
    [146, 'l', '¡Con mucho gusto! Gracias por escribirnos y mucha suerte con la tarea.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(THEO, '03 stalactites vs stalagmites (worksheet due tmrw): pickup at exactly 60 s, Gale in Context: Science, "thats everything thx"', [
    [0, 'p', 'whats the diffrence between stalactites and stalagmites i always mix them up'],
    [60, 'l', 'Hello! Theo here, a librarian at Harford County Public Library.'],
    [66, 'l', 'Is this for a class assignment, or just for you?'],
    [91, 'p', 'science worksheet due tmrw'],
    [99, 'l', "Stalactites hang from the ceiling (they cling on 'tight'); stalagmites grow up from the floor (they 'might' reach the ceiling one day). Both build up as dripping water leaves behind tiny bits of calcite. Gale in Context: Science, free with your card at hcplonline.org, has a short article with a diagram you could cite."],
    [105, 'l', 'Did that help?'],
    [130, 'p', 'yes lol tight and might. thats everything thx'],
    [135, 'l', 'Good luck on the worksheet, bye!'],
  ], usual()),

  // 04 pickup at 58 s after a ping; a referral by e-mail
  s(GWEN, '04 wild caves for two beginners: "helloooo anyone?" at 40, pickup at 58 s, caves.org + a club\'s trip coordinator by e-mail', [
    [0, 'p', 'are there wild caves in western md you can just go into? me and my buddy wanna try caving'],
    [40, 'p', 'helloooo anyone?'],
    [58, 'l', "Sorry for the wait! Hi, I'm Gwen, a librarian with Allegany County Library System."],
    [64, 'l', 'Have either of you been caving before, even a guided tour?'],
    [100, 'p', 'nope total beginners lol'],
    [108, 'l', "Most wild caves in Maryland are on private land or gated to protect hibernating bats, and beginners shouldn't go in on their own. The usual way in is a trip with a caving club. The National Speleological Society lists its local chapters, called grottos, at caves.org, and the Baltimore Grotto runs beginner trips: e-mail their trip coordinator at baltimoregrotto@example.org."],
    [114, 'l', 'Is that the kind of info you were looking for?'],
    [150, 'p', "ya makes sense, we'll email them"],
    [156, 'l', 'Anything else I can help with?'],
    [170, 'p', 'nah'],
    [175, 'l', 'Stay safe down there, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 05 a system "joined" line at 25 s, the first visible provider line at 61 s; a referral by phone
  s(OMAR, '05 a sinkhole opening in a Frederick backyard: "Omar has joined the chat." at 25, first provider line at 61 s, mgs.md.gov + permits office by phone', [
    [0, 'p', 'theres a hole opening up in my backyard in frederick, neighbor says its a sinkhole?? who do i even call'],
    [25, 's', 'Omar has joined the chat.', sys('joined')],
    [61, 'l', 'Hello, this is Omar with Frederick County Public Libraries. Thanks for waiting!'],
    [67, 'l', 'How big is it, and how close is it to the house or a road?'],
    [98, 'p', 'like 3 ft across, maybe 20 ft from the deck'],
    [106, 'l', "Frederick sits partly on limestone, so sinkholes do happen here. The Maryland Geological Survey explains the warning signs at mgs.md.gov (search 'sinkholes'). Keep kids and pets away from it, and since it's on your property, call Frederick County's Division of Planning and Permitting at 301-555-0142; they can tell you what kind of inspection and repair you'll need."],
    [112, 'l', 'Did that help?'],
    [150, 'p', "yes thank you, that's all i needed"],
    [156, 'l', 'Good luck with it, and thanks for contacting us!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 06 the identity only in the screen name
  s(TESS, '06 how limestone caves form (8th-grade report): "Hi! Happy to help with that." and a question, identity only in the screen name "Librarian_Tess"', [
    [0, 'p', 'how do caves form in limestone'],
    [15, 'l', 'Hi! Happy to help with that.'],
    [21, 'l', 'Are you looking for a quick explanation, or something for a report?'],
    [50, 'p', 'report for earth science, 8th grade'],
    [58, 'l', "Rainwater picks up carbon dioxide from the air and soil and turns into a weak carbonic acid. As it seeps through cracks in limestone it dissolves the rock very slowly, widening the cracks into passages over hundreds of thousands of years. The National Park Service's page 'Solution Caves' at nps.gov has a diagram, and Britannica School (bcpl.info > Research) has an article you can cite."],
    [64, 'l', 'Does that give you enough for the report?'],
    [100, 'p', 'yeah thats good'],
    [104, 'l', 'Anything else today?'],
    [120, 'p', 'no'],
    [124, 'l', 'Good luck on the report! Bye!'],
  ], usual({ greeting: 'fail' })),

  // 07 FU_ME, the address only in patron.email, recorded late by a Pacific-time partner
  s(MARCUS, '07 learning cave diving: nsscds.org + safecavediving.com, "e-mail it to the address on your account by Friday", recorded 07:30 -08:00 (72 h 28 min)', [
    [0, 'p', "where can someone learn cave diving? I'm already open water certified"],
    [20, 'l', 'Hi there! This is Marcus at Frederick County Public Libraries.'],
    [26, 'l', 'Are you hoping to train close to home, or would you travel, say to Florida?'],
    [60, 'p', 'id travel. florida is fine'],
    [68, 'l', "Cave diving is its own certification, taken in steps: cavern, intro to cave, then full cave. The two main training groups are the NSS Cave Diving Section (nsscds.org) and the National Association for Cave Diving (safecavediving.com); both list instructors, many around High Springs, Florida. For background, Sheck Exley's 'Basic Cave Diving: A Blueprint for Survival' is the classic, and we can get it for you through interlibrary loan."],
    [74, 'l', "I'll also put together a list of instructors who teach the cavern course and e-mail it to the address on your account by Friday."],
    [100, 'p', 'awesome thank you'],
    [106, 'l', 'Does nsscds.org look like what you need for now?'],
    [130, 'p', "yes. that's all I had"],
    [136, 'l', 'Thanks for chatting, and dive safe!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME,
    patron: { name: null, email: 'deepblue.diver@example.com', phone: null },
    followUps: [{ doneAt: '2026-03-05T07:30:00-08:00', by: 'QuestionPoint partner (Pacific)' }],
  }, { now: T0 + 5 * DAY }),

  // 08 a greeting in two lines; two holds of exactly 120 s
  s(DANA, '08 a book on the Thai cave rescue (7th grade): "Hi there! 👋" then the name, holds at 50 and 170, the answer at 290 (two spans of 120 s), "All Thirteen"', [
    [0, 'p', 'hi i need a book about the boys stuck in the cave in thailand for a book report'],
    [14, 'l', 'Hi there! 👋'],
    [19, 'l', "I'm Dana, a librarian at Howard County Library System. What grade are you in, and does the book have to be nonfiction?"],
    [45, 'p', '7th, yes nonfiction'],
    [50, 'l', "Let me check what's on the shelf right now, one moment."],
    [170, 'l', "Still looking — I've found one good title and I'm checking whether copies are in."],
    [290, 'l', "'All Thirteen: The Incredible Cave Rescue of the Thai Boys' Soccer Team' by Christina Soontornvat is just right for 7th grade, and it won a Newbery Honor. Our catalog at hclibrary.org shows copies in at Central and East Columbia, and the e-book is on Libby."],
    [296, 'l', 'Does that work for your report?'],
    [330, 'p', 'yes!! thank u'],
    [334, 'l', 'Can I help with anything else?'],
    [350, 'p', 'no thats it'],
    [355, 'l', 'Happy reading, and thanks for chatting with us!'],
  ], usual()),

  // 09 a silent transfer: note and system line between the patron and the receiver, 121 s
  s(KWAME, '09 Floyd Collins and Mammoth Cave for a road trip: an internal note, the transfer with no word to the patron, June 121 s after the patron', [
    [0, 'p', 'planning a trip to mammoth cave in kentucky. any good audiobook about its history? like the floyd collins thing'],
    [17, 'l', 'Good morning! Kwame here, a librarian at Montgomery County Public Libraries.'],
    [23, 'l', 'Is this for a long drive with kids, or just adults?'],
    [50, 'p', 'just me and my wife, 9 hr drive lol'],
    [56, 'i', "June, you're our audiobook person — patron wants Mammoth Cave / Floyd Collins history on audio for a road trip, can you take it?"],
    xfer(60, 'June', 'june-cv'),
    [171, 'l', "Hi, I'm June, also with Montgomery County Public Libraries. 'Trapped! The Story of Floyd Collins' by Robert K. Murray and Roger W. Brucker is the classic account; it's in our catalog at montgomerycountymd.gov/library. For audio, search 'Mammoth Cave' in Libby to see which audiobooks are free to borrow right now.", as(JUNE)],
    [177, 'l', 'Would that work for the drive?', as(JUNE)],
    [210, 'p', 'yeah the book sounds great, ill get it. thanks'],
    [215, 'l', 'Anything else I can find for you?', as(JUNE)],
    [230, 'p', 'nope all set'],
    [235, 'l', 'Enjoy Kentucky — bye!', as(JUNE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 10 Practice
  s(TRAINEE, '10 practice chat (cave tour script): coded Practice, every check na', [
    [0, 'p', 'TEST — practice session, cave tour question'],
    [8, 'l', 'Practice answer: see crystalgrottoescaverns.com'],
    [15, 'p', 'ok ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 11 a transfer with a notice and no note; the receiver answers at once
  s(AMIR, '11 when Crystal Grottoes was found: "I\'m transferring you to her now, one moment please" with no note, Rose answers at once (no question)', [
    [0, 'p', 'when was crystal grottoes found? we drove by the sign today and my daughter wants to know'],
    [16, 'l', 'Hello and welcome to AskUsNow! This is Amir, a librarian.'],
    [22, 'l', "A colleague at Washington County Free Library knows that area's history best — I'm transferring you to her now, one moment please."],
    xfer(26, 'Rose', 'rose-cv'),
    [80, 'l', 'Hi, Rose here at Washington County Free Library! Crystal Grottoes was discovered in 1920, when workers quarrying limestone for the road near Boonsboro broke into it, and it opened to visitors in 1922. The cave tells its own story on the history page of crystalgrottoescaverns.com.', as(ROSE)],
    [86, 'l', 'Does that answer your question?', as(ROSE)],
    [115, 'p', 'yes! she says cool 😄'],
    [120, 'l', 'Is there anything else I can help with?', as(ROSE)],
    [135, 'p', 'nope thats it'],
    [140, 'l', 'Thanks for stopping by, and say hi to your daughter!', as(ROSE)],
  ], usual({ clarify: 'fail', transfer: 'fail' })),

  // 12 a restatement that is also a hold; the code left out
  s(IVY, '12 Civil War saltpeter caves for a reenactors\' talk: "So you need sources on … Let me take a look." (93 s), Journal of Cave and Karst Studies, no code field', [
    [0, 'p', 'i read that confederates mined caves for saltpeter to make gunpowder. did that happen anywhere in maryland or just virginia?? giving a talk at our reenactor group'],
    [19, 'l', 'Hi! Ivy at Carroll County Public Library here, welcome to Ask Us.'],
    [25, 'l', "So you need sources on Civil War saltpeter mining in Maryland caves in particular, not Virginia's, for a talk. Let me take a look."],
    [118, 'l', "Wartime saltpeter mining was mostly a Confederate effort in Virginia, West Virginia, Tennessee, Alabama and Georgia; I can't find evidence of wartime works in Maryland caves, which were in Union territory and mostly small. For citable detail, search 'saltpeter Civil War' in the Journal of Cave and Karst Studies, free online at caves.org, and in Academic Search Premier at library.carr.org > Research."],
    [124, 'l', 'Does that help for the talk?'],
    [160, 'p', 'yeah good to know it was mostly VA. thanks!'],
    [166, 'l', 'Anything else I can look up for the talk?'],
    [180, 'p', 'no, that covers it'],
    [185, 'l', 'Good luck with the talk, and thanks for chatting!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 13 a swamped provider: no greeting word, the answer first, four chats open
  s(BEA, '13 the longest cave (just curious): "This is Bea at …" with no greeting, nps.gov/maca at once, a question after it, four chats open at once', [
    [0, 'p', 'whats the longest cave in the world'],
    [15, 'l', 'This is Bea at Cecil County Public Library.'],
    [20, 'l', "That's Mammoth Cave in Kentucky, with more than 420 miles of passages mapped so far. The National Park Service keeps the current figure at nps.gov/maca."],
    [26, 'l', "Is this for school, or are you just curious? I could dig up more depending on what it's for."],
    [60, 'p', 'just curious, thx'],
    [64, 'l', 'Ok, have a good one!'],
  ], usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'bea-cv', -120, 100), other('b2', 'bea-cv', -60, 200), other('b3', 'bea-cv', 10, 90)],
  }),

  // 14 a transfer with a notice and a note; each provider judged over their part; a referral by website
  s(NELL, '14 cloudy well water in Middletown (karst): notice + note, transfer at 62 to Victor, the county health department through its website, concurrency split at the transfer', [
    [0, 'p', "our well water went cloudy after all the rain last week. we're in middletown, frederick county. someone said its because of the limestone? is it safe"],
    [18, 'l', "Hi, thanks for contacting AskUsNow! I'm Nell, a librarian on the statewide service."],
    [24, 'l', 'Is it a private well, and have you ever had it tested?'],
    [50, 'p', 'private well, never tested'],
    [56, 'l', "Thanks. A librarian at Frederick County Public Libraries knows the local resources better, so I'm going to transfer you to Victor there — one moment please."],
    [58, 'i', 'Victor: Middletown patron, private well cloudy after heavy rain, karst area, never tested. Needs local testing info and you know the county programs. OK to take?'],
    xfer(62, 'Victor', 'victor-cv'),
    [110, 'l', "Hi, Victor here at Frederick County Public Libraries. Cloudy water after heavy rain is common in limestone (karst) areas, because surface water can reach the groundwater quickly through cracks and sinkholes, and it can carry bacteria. Until it's tested, boil your drinking water or use bottled water.", as(VICTOR)],
    [116, 'l', "For testing, contact the Frederick County Health Department's well and septic program through health.frederickcountymd.gov; they can tell you which certified labs to use. The Maryland Department of the Environment's private well page at mde.maryland.gov explains what to test for.", as(VICTOR)],
    [122, 'l', 'Does that answer your question?', as(VICTOR)],
    [160, 'p', 'yes, very helpful. that is everything, thank you'],
    [166, 'l', 'Glad to help, and thanks for chatting with us!', as(VICTOR)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('n1', 'nell-cv', -100, 300), other('n2', 'nell-cv', -50, 300), other('n3', 'nell-cv', 80, 400),
      other('v1', 'victor-cv', -200, 500), other('v2', 'victor-cv', 30, 500), other('v3', 'victor-cv', -300, 62),
    ],
  }),

  // 15 the DNR named with no way to reach it; FU_ME with no contact anywhere, day 1
  s(WES, '15 a cave opening on a Garrett County farm: "get in touch with the Maryland DNR\'s Wildlife and Heritage Service" (no contact), "get back to you … by Monday", no contact, FU_ME', [
    [0, 'p', 'we found an opening in the hillside on our farm near oakland, looks like a cave. should we tell somebody? dont want kids going in there'],
    [18, 'l', 'Hi, thanks for reaching out to Ask a Librarian. This is Wes at Ruth Enlow Library of Garrett County.'],
    [24, 'l', 'Has anyone gone inside yet, and have you noticed any bats around it?'],
    [60, 'p', 'nobody went in. we did see a couple bats at dusk'],
    [68, 'l', "Good call staying out. Caves with bats matter a lot because of white-nose syndrome, and the state keeps track of them. You should get in touch with the Maryland DNR's Wildlife and Heritage Service and tell them what you found; they can advise on a bat-friendly gate to keep people out."],
    [74, 'l', "I'll also see whether they have a specific person for cave reports and get back to you with a name by Monday."],
    [100, 'p', 'ok thank you!'],
    [104, 'l', 'Did that help?'],
    [130, 'p', 'yes. thats all for now'],
    [136, 'l', 'Take care, and thanks for contacting us!'],
  ], usual({ source: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'fail' }), { ...FU_ME }),

  // 16 two parties, one without a way to reach it
  s(NADIA, '16 a Scout troop\'s first wild cave trip: a club by e-mail and "check with your council\'s outdoor program office" (no contact), caves.org', [
    [0, 'p', 'scoutmaster here, troop 512 in severna park. we want to take our older scouts caving this spring, where do we even start'],
    [20, 'l', "Hello and thanks for contacting AskUsNow! I'm Nadia, a librarian with Anne Arundel County Public Library."],
    [26, 'l', 'How old are the scouts going, and are you picturing a commercial cave tour or a wild cave with a club?'],
    [70, 'p', '14-17, wild cave if we can'],
    [78, 'l', "For a wild cave you'll want an experienced caving club to lead the trip. The NSS has a guide to caving with youth groups at caves.org, and the Potomac Speleological Club takes groups out: write to their trip chair at psc.trips@example.org. Scouting America has its own rules for caving trips too, so check with your council's outdoor program office before you book."],
    [84, 'l', 'Did that answer your question?'],
    [120, 'p', "yes that's a big help, thank you. that's everything"],
    [126, 'l', 'Have a great trip, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 17 a goodbye 119 s after the answer; our own Maryland Room by address and phone
  s(CLAIRE, '17 the mid-1990s Frederick sinkholes (local history): NewspaperArchive, the Maryland Room at 110 East Patrick Street or 301-555-0190, goodbye 119 s later', [
    [0, 'p', 'doing a local history thing on the big sinkholes in frederick county, wasnt there one that swallowed part of a road in the 90s? where would old articles be'],
    [24, 'l', 'Hi! Claire here, a librarian with Frederick County Public Libraries.'],
    [30, 'l', 'Do you remember roughly the year, or which road it was?'],
    [66, 'p', 'maybe 94 or 95? near rt 15 i think'],
    [74, 'l', 'The Frederick News-Post covered the mid-1990s sinkholes closely, and its back issues are searchable in NewspaperArchive, free with your card at fcpl.org > Research. For clippings files and maps, visit our Maryland Room at the C. Burr Artz Public Library, 110 East Patrick Street, Frederick, or call them first at 301-555-0190. Would those get you started?'],
    [193, 'l', 'Thanks for chatting, and good luck with the project!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 18 a check-in and a goodbye exactly 120 s after the answer
  s(AISHA, '18 photographing inside a cave (mirrorless): LinkedIn Learning + caves.org, "Are you still with me?" at 129, goodbye at 183 (120 s)', [
    [0, 'p', 'any tips or books on taking photos inside caves? going on a guided wild cave trip in WV next month 📸'],
    [20, 'l', "Hi there, I'm Aisha, a librarian at Prince George's County Memorial Library System. Thanks for your question!"],
    [26, 'l', 'What will you be shooting with — a phone, or a DSLR/mirrorless camera?'],
    [55, 'p', 'mirrorless, a sony a6400'],
    [63, 'l', "Cave photographers usually put the camera on a small tripod and light the passage with off-camera flashes or bright LED lights hidden behind rocks, sometimes 'painting' it with light during a long exposure. LinkedIn Learning, free with your PGCMLS card at pgcmls.info, has low-light and off-camera flash courses, and the NSS's photography pages at caves.org have cave-specific tips. Pack everything in a padded, waterproof bag — caves are muddy!"],
    [69, 'l', 'Does that point you in the right direction?'],
    [129, 'l', 'Are you still with me?'],
    [183, 'l', "I'll close this chat for now — thanks for chatting, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 19 a goodbye 121 s after the answer, no check-in
  s(BEN, '19 why caves close in winter (a class trip): whitenosesyndrome.org + fs.usda.gov, goodbye 121 s after the answer with no check-in', [
    [0, 'p', 'why are some caves closed in the winter? wanted to take my class to one'],
    [16, 'l', 'Hello! Ben here at Allegany County Library System.'],
    [22, 'l', 'Is it a show cave with tours, or a wild cave on park land?'],
    [50, 'p', 'park land i think, in west virginia'],
    [57, 'l', "Many caves on public land close from about fall to spring so hibernating bats aren't disturbed: white-nose syndrome has killed millions of bats, and every time they wake up they burn fat they need to make it through the winter. The White-nose Syndrome Response Team explains it at whitenosesyndrome.org, and the Monongahela National Forest posts its cave closure orders at fs.usda.gov."],
    [63, 'l', 'Did that help?'],
    [178, 'l', 'Thanks for the question, and have a great field trip!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 20 a check-in and a notice that thanks, exactly 180 s after the answer; endedAt a minute later
  s(INES, '20 the deepest cave ("my son says its in russia"): "Hi, are you still there?" at 188, a notice that thanks at 248 (180 s), ended at 308', [
    [0, 'p', 'whats the deepest cave in the world? my son says its in russia'],
    [21, 'l', 'Hi! Thanks for contacting AskUsNow!, this is Ines, a librarian.'],
    [27, 'l', 'Do you mean the deepest cave you can climb down from the entrance, or the deepest underwater one?'],
    [60, 'p', 'from the entrance i guess'],
    [68, 'l', "Your son is close! It's Veryovkina Cave in the Western Caucasus, in Abkhazia (a region Georgia also claims), about 2,212 m (7,257 ft) deep. Gale in Context: Science, through your library's Research page, has articles on record-deep caves if he wants more."],
    [74, 'l', 'Does that settle it?'],
    [188, 'l', 'Hi, are you still there?'],
    [248, 'l', "It seems you've disconnected, so I'll end the chat now. Thanks for your question, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 21 a check-in, then nothing: 181 s of final idle, no notice, no thanks
  s(RORY, '21 blind cavefish (9th-grade science fair): Gale in Context: Science, "Are you still there?" at 190, ended at 244 (181 s), no notice', [
    [0, 'p', 'doing science fair on blind cave fish, why do they lose there eyes'],
    [19, 'l', "Hello, Rory here from St. Mary's County Library's Ask a Librarian."],
    [25, 'l', 'What grade are you in, and do you need articles you can cite?'],
    [55, 'p', '9th. yes need 3 sources'],
    [63, 'l', "The Mexican tetra (Astyanax mexicanus) is the classic example: fish living in caves lost their eyes over many generations, probably because eyes cost a lot of energy and are useless in total darkness. Search 'Astyanax cavefish' in Gale in Context: Science (stmalib.org > Research) for articles you can cite; a few are written for high school."],
    [69, 'l', 'Is that what you needed?'],
    [190, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 54 }),

  // 22 Lost Call: only a clarifying question was asked
  s(KIM, '22 cave tours near Baltimore (Lost Call): greeting and a clarifying question, "Just checking — are you still there?" at 151, a notice that thanks at 211', [
    [0, 'p', 'are there any cave tours close to baltimore'],
    [25, 'l', "Hi, welcome to Ask a Librarian! I'm Kim at Baltimore County Public Library."],
    [31, 'l', 'Are you after an easy walking tour, or something more adventurous where you crawl?'],
    [151, 'l', 'Just checking — are you still there?'],
    [211, 'l', "It looks like you've disconnected, so I'm going to end this session. Thanks for reaching out, and please come back anytime!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 23 no provider ever joined; Lost Call after three patron lines
  s(QUEUE, '23 cuevas cerca de Hagerstown (partly Spanish): no provider ever joined, three patron lines, coded Lost Call', [
    [0, 'p', 'hola, hay cuevas para visitar cerca de hagerstown? con niños'],
    [3, 's', 'Gracias por esperar. Un bibliotecario le atenderá en breve.'],
    [95, 'p', 'hello? alguien?'],
    [180, 'p', 'ok nvm, gracias'],
    left(184),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 dismissed: "you've reached the limit for this session"
  s(DALE, '24 karst, pseudokarst, epikarst (Geology 101), then four more: "you\'ve reached the limit for this session. Thanks for using Ask a Librarian."', [
    [0, 'p', 'hi, geology 101 student. whats the difference between karst and pseudokarst? and what is epikarst'],
    [18, 'l', "Hi, you've reached Dale at Talbot County Free Library."],
    [24, 'l', 'Do you need definitions you can cite, or just an explanation?'],
    [50, 'p', 'citable pls'],
    [58, 'l', "Karst forms where rock dissolves, like limestone, dolomite or gypsum. Pseudokarst looks like karst, with caves and sinkholes, but forms some other way, such as lava tubes or soil piping. The epikarst is the broken, weathered zone of rock just under the soil. The 'Encyclopedia of Caves' (White, Culver and Pipan, eds.) has citable entries for all three; it's in our catalog at tcfl.org, and the USGS karst pages at usgs.gov are good too."],
    [64, 'l', 'Did that help?'],
    [90, 'p', 'yes! also how do cenotes form, whats a polje, whats a karst window, and whats a losing stream'],
    [97, 'l', "Sorry, that's more questions than I can take in one chat — you've reached the limit for this session. Thanks for using Ask a Librarian."],
    [110, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 25 Spanish: the allowed "others waiting", the patron's "es todo por ahora"
  s(PILAR, '25 boletos para Luray Caverns (Spanish): luraycaverns.com, "tengo varios usuarios esperando … vuelva a conectarse más tarde", "es todo por ahora"', [
    [0, 'p', 'hola! vamos a ir a luray caverns el domingo con mis papás, cuanto cuestan las entradas?'],
    [20, 'l', '¡Hola! Soy Pilar, bibliotecaria de AskUsNow!. ¿Cuántos van, y hay niños o personas mayores en el grupo?'],
    [55, 'p', '2 adultos y mis papas que tienen 70'],
    [63, 'l', 'Los precios y horarios al día están en la página oficial, luraycaverns.com, en la sección de boletos ("Tickets"). Cambian según la temporada y a veces hay precio especial para mayores, así que conviene revisarla y comprar en línea.'],
    [69, 'l', '¿Es lo que necesitaba saber?'],
    [100, 'p', 'si. y se puede llevar perro? hay restaurante? cuanto se tarda desde gaithersburg? hay descuento AAA? que ropa llevamos?'],
    [108, 'l', '¡Son muchas preguntas! En este momento tengo varios usuarios esperando, así que le pido que vuelva a conectarse más tarde y con gusto le ayudamos con lo demás. ¡Gracias por escribirnos!'],
    [120, 'p', 'ok, es todo por ahora. gracias!'],
  ], usual()),

  // 26 the answer from memory; "Closing this chat now."; code null
  s(FINN, '26 "spelunking" or "caving" for a travel blog: the answer from memory, "perfect thx", "Closing this chat now.", code null', [
    [0, 'p', 'is it spelunking or caving?? whats the right word. writing a blog post'],
    [14, 'l', 'Hi, Finn at Worcester County Library here!'],
    [20, 'l', 'Is the post for a general audience, or for people who already go caving?'],
    [45, 'p', 'general, its a travel blog'],
    [52, 'l', "Most cavers in the US call it 'caving'. 'Spelunking' is older and still common with the public, but cavers tend to hear it as the beginners' word (there's an old joke: 'cavers rescue spelunkers'). For a general audience either works, but 'caving' will sound right to anyone who does it."],
    [58, 'l', 'Is that what you needed?'],
    [80, 'p', 'perfect thx'],
    [86, 'l', 'Closing this chat now.'],
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 27 an offer of more; "Let me know if you need anything else!"
  s(GABE, '27 Lascaux prints for an art poster: the Ministry of Culture\'s gallery + Aujoulat\'s "Lascaux", "Would you like me to look for more images …?", "Let me know if you need anything else!"', [
    [0, 'p', 'need pics of the lascaux cave paintings for art class, high quality pls'],
    [17, 'l', 'Hi! This is Gabe at Enoch Pratt Free Library.'],
    [23, 'l', 'Do you need them for printing, or just to show on a screen?'],
    [50, 'p', 'print, for a poster'],
    [58, 'l', "The French Ministry of Culture's Lascaux website (archeologie.culture.gouv.fr/lascaux) has a big, high-resolution image gallery of the paintings. For a book with large color plates, 'Lascaux: Movement, Space and Time' by Norbert Aujoulat is in our catalog at prattlibrary.org."],
    [64, 'l', 'Would you like me to look for more images in our art databases too?'],
    [90, 'p', 'no thats ok, cool thanks'],
    [95, 'l', 'Let me know if you need anything else! Thanks for chatting, and good luck with the poster.'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 28 FU_ME, e-mail read back, "by Thursday", done at 30 h; "take your time"
  s(PAIGE, '28 "Caves of Maryland" and a grandfather\'s cave near Sharpsburg: "Of course, take your time." (177 s away), e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'hi, is there a list of maryland caves with maps? my grandfather used to talk about one near sharpsburg by the river'],
    [19, 'l', "Good morning! I'm Paige, a librarian at Washington County Free Library. Happy to dig into this."],
    [25, 'l', "Do you know the cave's name, or roughly where along the Potomac it was?"],
    [58, 'p', 'hang on let me ask my mom, she might remember'],
    [63, 'l', 'Of course, take your time.'],
    [240, 'p', "ok she says it was snyder's landing cave"],
    [248, 'l', "The standard list is 'Caves of Maryland' by Richard Franz and Dennis Slifer, published by the Maryland Geological Survey, with descriptions and some maps. Our copy is in the Western Maryland Room and doesn't circulate, but I'd be glad to scan the pages on the Sharpsburg-area caves for you. What e-mail should I send them to?"],
    [280, 'p', 'rjbrandt52@example.net'],
    [286, 'l', "Thanks — rjbrandt52@example.net. You'll have the scans by Thursday."],
    [292, 'l', 'In the meantime, does the book sound like what you were looking for?'],
    [320, 'p', 'yes, thank you so much, thats all'],
    [326, 'l', "You're welcome! Watch your inbox, and thanks for chatting."],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 29 FU_LIB, a phone read back, no time, done at 71 h
  s(DARIO, '29 a cave kit for a 3rd-grade unit in Westminster: library.carr.org, "Carroll\'s children\'s staff … will give you a call", phone read back, no time, done at 71 h', [
    [0, 'p', 'hi, i teach 3rd grade in westminster. does the library lend any kind of cave or rocks kit for a unit on caves?'],
    [23, 'l', "Hello, and thanks for contacting AskUsNow! I'm Dario, a librarian on the statewide service."],
    [29, 'l', 'Which library system is your school in, Carroll County?'],
    [55, 'p', 'yes carroll'],
    [62, 'l', "I can't see Carroll's kit collection from here, but their catalog at library.carr.org lists the STEM kits they lend; try searching 'kit rocks' or 'kit geology'. I'll also ask Carroll County Public Library's children's staff to call you about what would work for a cave unit and how to reserve it. What's the best phone number?"],
    [95, 'p', '410-555-0127'],
    [101, 'l', "Got it: 410-555-0127. I'll pass this to Carroll's children's staff and someone will give you a call."],
    [107, 'l', 'Does the catalog search help in the meantime?'],
    [140, 'p', "yes! that's all for now, thank you"],
    [146, 'l', "You're welcome — thanks for all you do, and good luck with the unit!"],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(71 * HOUR), by: 'CCPL Westminster' }] }, { now: T0 + 4 * DAY }),

  // 30 a promise coded Answered, no contact, nothing recorded at day 4
  s(LEO, '30 cave rescue training for a volunteer fire company: ncrc.info + "On Rope", "send it over tomorrow", coded Answered, no contact, nothing recorded at day 4', [
    [0, 'p', 'volunteer firefighter in ellicott city here. a few of us want cave rescue training, who teaches that?'],
    [21, 'l', 'Hi, welcome to Ask a Librarian! Leo here at Howard County Library System.'],
    [27, 'l', 'How many of you are going, and how far could you travel for a course?'],
    [60, 'p', '3 or 4 of us, anywhere in the mid atlantic'],
    [68, 'l', "The National Cave Rescue Commission teaches the standard cave rescue courses, from weekend orientations to weeklong seminars; the schedule is at ncrc.info. 'On Rope' by Bruce Smith and Allen Padgett, in our catalog at hclibrary.org, covers the rope work you'll see in the course."],
    [74, 'l', "I'll also pull together a list of upcoming courses within driving distance and send it over tomorrow."],
    [100, 'p', 'great thanks!!'],
    [104, 'l', 'Did ncrc.info look like what you need?'],
    [130, 'p', 'yes thats all i need'],
    [135, 'l', 'Stay safe out there, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CAVING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('27')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Let me know if you need anything else! Thanks for chatting, and good luck with the poster." ' +
    'RUBRIC.md passes the check when the provider asks whether the patron needs anything else, or the patron says explicitly that they are done. This line asks nothing: it is an invitation folded into the sign-off, with no question for the patron to answer, ' +
    'and the patron\'s "no thats ok, cool thanks" (message 6) answers the offer of more images and says nothing of being done. No line of the session asks whether anything else is needed, so the check fails.',
};

describe('eighty-fifth round: caves, caving and karst, checked', () => {
  describeSessions('whole sessions', CAVING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CAVING.filter((c) => c.name in LEFT_WHY));
});
