/**
 * Eightieth round, theme KITES, MODEL AIRPLANES AND RADIO-CONTROL HOBBIES, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide "ask a librarian" chats: kites (a box kite for a fifth-grade science fair, the
 * spring kite festival in Ocean City in Spanish, line strength for a beach delta, Ben Franklin's kite, kite aerial
 * photography over a farm, Alexander Graham Bell's tetrahedral kites for History Day, glass-coated manja string and park
 * rules, Chinese kites for a middle-school art class, a beginner stunt kite, the Blossom Kite Festival on the Mall, a paper
 * kite book for a seven-year-old in Spanish, a scout troop's kite list), model airplanes (registering a 400 g plane with the
 * FAA, where to fly in Anne Arundel County, free plans for a rubber-powered balsa model, the Wrights' 1909 school at College
 * Park, a grandfather's Cox engines and sealed kits, a 1978 Model Airplane News plan, a teen RC club near Wheaton in Spanish,
 * a Glenn L. Martin plant club of the 1950s, a paper airplane contest) and radio control (wintering LiPo packs, the wind for
 * a DJI Mini, soldering an XT60 connector, FPV goggles and the ham licence, Estes rockets in a St. Mary's park, an RC car for
 * a nine-year-old, a gas RC boat on Deep Creek Lake, Part 107 for drone photos for realtors, a coaxial RC helicopter that
 * spins, in Spanish). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/s74/kites-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hello and welcome to Ask a Librarian at Howard County Library System! I'm Nadia." (01); Spanish "¡Buenas
 *   tardes! Gracias por comunicarse con AskUsNow!. Le atiende Marisol, bibliotecaria." (02) and "¡Hola! Soy Rafael,
 *   bibliotecario de …" (23); the service only, no name, with the pickup at exactly 60 s (03: both pass); "hello??" from the
 *   patron and a pickup at 61 s, the greeting in one message and the name in the next (04: pickup fails, greeting passes);
 *   "Hi! 😊" and, after a silent transfer, the receiver's question, no one ever named (05: fail); "Marcus with Frederick
 *   County Public Libraries." with no hello (06: fail); "Hello, thanks for waiting!" from the screen name "jess_ref", the
 *   name only in the third provider message (07: fail); `pickedUpAt` 50 s with the first visible line at 75 s (09: pass);
 *   the greeting and a transfer notice in one message (29); no provider ever, only the queue's system line (30);
 *  inquiry: the fair's date and design, spring or another festival, fun or paid flying, gas or electric, beach or inland, a
 *   restatement "So you need a safe way to keep …?" (06), glider or rubber power, camera (asked only after the source: 09
 *   fails), drone model (asked after an answer with no source ever: 10 passes), iron or not, class or visit, transmitter
 *   frequency, printable or not, language (15, 23), sealed or opened, state law or park, month or plane, park and motor size,
 *   class time and materials, budget, troop age, dock or shore, the father's name, flying experience, single or coaxial
 *   rotor; the answer straight after the greeting (08: fail), an answer to a patron who had left (22: fail);
 *  waits: a hold, an internal note to a colleague at +72 s and the patron's "still there?" at +122 s, answered at +126 s (12:
 *   fail, the note does not end the wait, the patron's line does not restart it); the patron's "??" and an answer exactly
 *   120 s after their line (13: pass); "Give me a couple of minutes to dig …", a partial result that says the search goes
 *   on 120 s later, then the answer 121 s after that (14: fail); "Sure, take your time!" and the patron back 210 s later
 *   (16: waiting on the patron, pass); a silent transfer answered exactly 120 s after the patron's line (28: pass); a
 *   greeting-and-transfer notice answered 121 s later (29: fail); the patron's "hello??" before a 61 s pickup (04);
 *  sources: the catalogue and grc.nasa.gov (01), a tourism office's phone as the only source (02), faadronezone-access.faa.gov
 *   (03), modelaircraft.org (04, 15), kite.org (05, 25), Hobbies & Crafts Reference Center (06, 20, 24, 29), outerzone.co.uk
 *   (07), Isaacson's biography in the catalogue (08), the catalogue at montgomerycountymd.gov/library (09), "Soldering For
 *   Dummies" (11), Britannica School (12), arrl.org (13), loc.gov (14), howardcountymd.gov (17), WorldCat (18), nar.org (19),
 *   nationalcherryblossomfestival.org (22), fcpl.org's catalogue (23), the museum archives' phone (27), faa.gov (28); none:
 *   the UAV Forecast app named with no way to reach it (10: fail), the Department of Natural Resources named with no way to
 *   reach it (26: fail);
 *  completeness: "Does that give her enough to start planning?", "¿Le sirve esa información?", "Is that the sort of thing
 *   you were after?", "Does that cover it?", "Is that enough to get you started?", "Will those work for your board?",
 *   "Does Warman's help for a start?", "Is WorldCat useful in the meantime?", "¿Es lo que buscaba?", "¿Eso resuelve su
 *   problema?" and more; not: "Does that make sense?" (06), the offer "Want me to look up where to buy balsa sheets near
 *   you too?" (07), nothing at all (26);
 *  anything else: "Anything else I can help with today?", "Any other questions for me?", "Anything else I can look up for
 *   you?", "Is there anything else I can help you with?", "Anything else for History Day?", "Anything else I can track
 *   down?", "¿Necesita algo más?"; the patron's own "thats all we needed", "eso es todo", "thats everything", "no other
 *   questions", "thats everything for now", "im all set" (27), "that is everything i needed"; not: "ok thanks", "nah i got
 *   that, thanks!", "yes. thank you!!", "k", "ok will do";
 *  endings: a true Lost Call: greeting only, "Hello? Are you still with me?", then a notice that thanks and invites back
 *   exactly 180 s after the greeting (21: idle and notice pass); a Lost Call answered after the patron left, the goodbye
 *   119 s after the greeting (22: idle na); a goodbye exactly 120 s after the answer with no check-in (09: idle fails);
 *   "Are you still there?" then "It looks like you've disconnected." with nothing about ending, 192 s to `endedAt` (03:
 *   idle passes, notice fails, courteous fails); "¿Sigue ahí? Parece que se ha desconectado; si no tengo noticias suyas,
 *   cerraré el chat en un momento." as one message, 185 s to `endedAt` (23: both pass, courteous fails); "We only do three
 *   questions per chat, so you've used yours up for today. Bye." (24: dismissal fails, courteous passes); "Other patrons
 *   are waiting right now, so please log back on later …" (25: allowed); "I'm about to go off shift, so I'll have to end the
 *   chat here." and "Closing the chat now." (26: dismissal and courteous fail); goodbyes "Happy flying", "Have fun at the
 *   beach, bye!", "Bye, take care!", "Thanks for stopping by Ask Us, bye!", "¡Que disfruten las cometas! Gracias por
 *   escribirnos.", "¡Gracias por escribirnos, que lo disfrute!";
 *  referrals: a tourism office by phone, in Spanish (02: pass); the library's own Maker Space with its URL and a hobby shop
 *   with none (11: fail, "every party"); the College Park Aviation Museum by street address (12: pass); local radio clubs
 *   through the ARRL club finder URL (13: pass); the Bell museum's staff with no contact (14: fail); a museum's archives
 *   by phone (27: pass); not referrals: the AMA club finder to search (04, 15), a colleague asked by internal note (12),
 *   the Wheaton coordinator to phone the patron (15), interlibrary loan (18), the provider checking with Recreation and
 *   Parks (19), DNR named as the lake's manager (26);
 *  follow-ups: FU_LIB in Spanish, the patron's phone typed and read back, "mañana por la tarde", done at 30 h (15: pass);
 *   FU_ME, e-mail read back, "by Thursday", done 72 h and 1 s after `endedAt` (16: on_time fails); a promise "I'll write you
 *   once I've looked" coded Answered, e-mail read back, no time, nothing recorded at exactly T0 + 3 days, 150 s before the
 *   deadline (17: code and contact fail, on_time pending); FU_ME, "the e-mail on your account by Friday", the address only
 *   in `patron.email`, done at 73 h (18: contact and on_time fail, code passes); FU_ME, "get back to you tomorrow", no contact
 *   anywhere, nothing recorded at day 4 (19: code, contact and on_time fail); a source with no codes (field left out), a
 *   promise "within 72 hours", e-mail read back, done at "2026-03-05T14:00:00Z", 71 h later in real time (20: code na,
 *   contact and on_time pass);
 *  codes: Lost Call with one patron line (21, 22: pass), Lost Call with two (03: fail), "" (10), null (30), left out (20),
 *   Answered over a promise (17);
 *  transfers: a notice (a hold) and a note saying why, both before the transfer (27: pass); a note only (28: fail); a notice
 *   only, inside the greeting (29: fail); neither (05: fail);
 *  concurrency: one ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (13: three at most,
 *   pass); the receiving provider with three others open during her part (27: four, fail); the transferring provider with
 *   three others that all start after the transfer (28: judged over her part, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt` it is the pickup (09: 50 s, pass, though the first visible line came at 75 s);
 * - a name with no hello, hi, welcome or thanks ("Marcus with Frederick County Public Libraries.") identifies but does not
 *   greet (06: fail); "Hello, thanks for waiting!" greets but identifies no one, and an introduction in the third provider
 *   message is too late (07: fail); the first two visible provider messages are counted whoever sent them, across a
 *   transfer (05);
 * - a screen name such as "jess_ref" is not an identification (07: the rubric says so; noted for the case);
 * - "Does that make sense?" asks whether the explanation was understood, not whether the information meets the need (06:
 *   completeness fails);
 * - an offer of one named further thing ("Want me to look up where to buy balsa sheets near you too?") is neither the
 *   completeness question (it is about something not yet given) nor the question whether the patron needs anything else
 *   (07: both fail);
 * - "Is that enough to get you started?", "Will those work for your board?", "Does the park page answer the park part for
 *   now?" ask whether what was given meets the need;
 * - "no other questions" (16), "thats everything for now" (20) and "im all set" (27) say explicitly that the patron is done;
 * - the Terms' definition of a substantive exchange governs: a Lost Call in which the provider still sends an answer with a
 *   source after the patron left has one, so the information checks apply (22); a greeting, check-in and goodbye alone do
 *   not (21);
 * - a question asked after the answer counts for inquiry.clarify when no source is ever given (10), as the rule says; the
 *   UAV Forecast app and the Department of Natural Resources named with no link, phone or address are not sources (10, 26);
 * - "It looks like you've disconnected." says the patron seems gone but not that the session will end (03: notice fails);
 *   "si no tengo noticias suyas, cerraré el chat en un momento" says it will end, as the seed's own example does (23);
 * - "I'm about to go off shift, so I'll have to end the chat here." ends the help for the provider's convenience with no
 *   way back (26: dismissal fails); "Closing the chat now." only announces the end (26: not a goodbye);
 * - a dismissal that ends "Bye." still says goodbye, which is all closing.courteous asks (24: pass);
 * - "I'll send what I find to the e-mail on your account" neither gives nor repeats the address in the chat (18: contact
 *   fails); "la coordinadora de Wheaton le llamará" is a promise that someone from the patron's library will contact them
 *   (15); "I'll write you once I've looked" and "I'll check … and get back to you tomorrow" are promises (17, 19);
 * - a follow-up done 72 h and 1 s after `endedAt` is late (16); a `doneAt` in another offset is compared in real time (20);
 *   with no follow-up recorded, `now` exactly T0 + 3 days is before a deadline 72 h after an `endedAt` 150 s past T0 (17:
 *   pending);
 * - a `resolutionCode` left undefined is a field left out (20: code na);
 * - the library's own Maker Space, which the patron is told to visit, is a referral (its URL reaches it), and the hobby shop
 *   in the same breath is a second party with no contact (11: fail); "contact a local radio club; the ARRL club finder is
 *   at arrl.org/find-a-club" refers with a URL (13: pass);
 * - a transferred session's concurrency is judged for each provider over the part they handled (27, 28), as the rule says.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s74/kites-labels.ts).
 * First run as labelled / disagreeing: 22 / 8 (01, 02, 04, 06, 13, 15, 18, 20). Label corrections: none (each disagreement
 * reread against RUBRIC.md; every label stood, 04's and 06's as the readings above and in LEFT_WHY say).
 * Final: 22 running, 8 LEFT (LEFT_WHY: "Does that give her enough to start planning?" not read as the completeness question,
 * 01; a tourism office to call, in Spanish, not read as a referral, 02; "your best bet is a club field" with the AMA club
 * finder read as a referral without contact, 04; "Does that make sense?" read as the completeness question, 06; radio clubs
 * through arrl.org/find-a-club read as a referral without contact, 13; the Wheaton coordinator phoning the patron read as a
 * referral, 15; "Is WorldCat useful in the meantime?" not read as the completeness question, 18; "I'll … e-mail it to you
 * within 72 hours" in a source with no codes not read as a follow-up promise, 20).
 * ON v69 AS LANDED (block AI): 01 ("give her enough to start planning"), 02 ("lo más seguro es llamar a …"), 15 ("la
 *   coordinadora puede llamarle"), 18 ("Is WorldCat useful in the meantime?") and 20 (the promise after "can't find") run as
 *   labelled; 04, 06 and 13 stay LEFT.
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const NADIA: Prov = { id: 'nadia-kt', name: 'Nadia', library: 'HCLS' };
const MARISOL: Prov = { id: 'marisol-kt', name: 'Marisol', library: 'AUN' };
const BRETT: Prov = { id: 'brett-kt', name: 'Brett', library: 'AUN' };
const LENA: Prov = { id: 'lena-kt', name: 'Lena', library: 'AACPL' };
const YARA: Prov = { id: 'yara-kt', name: 'Yara', library: 'AUN' };
const ZEKE: Prov = { id: 'zeke-kt', name: 'Zeke', library: 'AUN' };
const MARCUS: Prov = { id: 'marcus-kt', name: 'Marcus', library: 'FCPL-MD' };
const JESS: Prov = { id: 'jess-kt', name: 'jess_ref', library: 'WPL' };
const OMAR: Prov = { id: 'omar-kt', name: 'Omar', library: 'EPFL' };
const PIA: Prov = { id: 'pia-kt', name: 'Pia', library: 'MCPL' };
const REGGIE: Prov = { id: 'reggie-kt', name: 'Reggie', library: 'CCPL-MD' };
const SUNNY: Prov = { id: 'sunny-kt', name: 'Sunny', library: 'BCPL' };
const TOMAS: Prov = { id: 'tomas-kt', name: 'Tomás', library: 'PGCMLS' };
const WES: Prov = { id: 'wes-kt', name: 'Wes', library: 'HCPL-MD' };
const UMA: Prov = { id: 'uma-kt', name: 'Uma', library: 'CCPL-CE' };
const CARMEN: Prov = { id: 'carmen-kt', name: 'Carmen', library: 'MCPL' };
const HAL: Prov = { id: 'hal-kt', name: 'Hal', library: 'WCFL' };
const ANIKA: Prov = { id: 'anika-kt', name: 'Anika', library: 'HCLS' };
const GIDEON: Prov = { id: 'gideon-kt', name: 'Gideon', library: 'BCPL' };
const IVY: Prov = { id: 'ivy-kt', name: 'Ivy', library: 'SMCL' };
const JUNE: Prov = { id: 'june-kt', name: 'June', library: 'AUN' };
const KOFI: Prov = { id: 'kofi-kt', name: 'Kofi', library: 'AACPL' };
const DANA: Prov = { id: 'dana-kt', name: 'Dana', library: 'AUN' };
const RAFAEL: Prov = { id: 'rafael-kt', name: 'Rafael', library: 'FCPL-MD' };
const LARS: Prov = { id: 'lars-kt', name: 'Lars', library: 'CCPL-CA' };
const MEI: Prov = { id: 'mei-kt', name: 'Mei', library: 'TCFL' };
const NED: Prov = { id: 'ned-kt', name: 'Ned', library: 'GCPL' };
const OTTO: Prov = { id: 'otto-kt', name: 'Otto', library: 'AUN' };
const PEARL: Prov = { id: 'pearl-kt', name: 'Pearl', library: 'BCPL' };
const SIMONE: Prov = { id: 'simone-kt', name: 'Simone', library: 'AUN' };
const THEO: Prov = { id: 'theo-kt', name: 'Theo', library: 'MCPL' };
const VERA: Prov = { id: 'vera-kt', name: 'Vera', library: 'AUN' };
const XIMENA: Prov = { id: 'ximena-kt', name: 'Ximena', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-kt', name: 'Queue', library: 'VRQ' };

const s = session;

export const KITES: SessionCase[] = [
  // 01 the plain good session
  s(NADIA, '01 a box kite for a 5th-grade science fair: the fair date and design asked, the catalogue + grc.nasa.gov, "thats all we needed"', [
    [0, 'p', 'hi! my daughter wants to build a box kite for her 5th grade science fair, where do we even start'],
    [22, 'l', "Hello and welcome to Ask a Librarian at Howard County Library System! I'm Nadia."],
    [28, 'l', 'When is the fair, and does she want to test something (like which shape flies best) or just build one and explain how it works?'],
    [70, 'p', 'its in 3 weeks. she wants to test which shape flies highest i think'],
    [79, 'l', "That's a great experiment! Search 'kites' in our catalog at hclibrary.org; the kids' science shelf has a few build-and-test books. NASA's Beginner's Guide to Aeronautics also explains lift and drag on kites in plain language: search 'kites' at grc.nasa.gov."],
    [86, 'l', 'Does that give her enough to start planning?'],
    [120, 'p', 'yes perfect, thats all we needed!! 🪁'],
    [126, 'l', 'Wonderful! Good luck at the fair, and thanks for chatting with us.'],
  ], usual()),

  // 02 Spanish: the spring festival, a tourism office by phone as the only source
  s(MARISOL, '02 festival de cometas en Ocean City (Spanish): "Le atiende Marisol, bibliotecaria", the tourism office by phone, "eso es todo"', [
    [0, 'p', 'hola buenas, cuando es el festival de papalotes en ocean city? quiero llevar a mis hijos'],
    [35, 'l', '¡Buenas tardes! Gracias por comunicarse con AskUsNow!. Le atiende Marisol, bibliotecaria.'],
    [41, 'l', '¿Busca el festival de la primavera o algún otro evento de cometas durante el verano?'],
    [80, 'p', 'el de primavera, en abril creo'],
    [88, 'l', 'El festival de cometas de primavera suele ser a finales de abril, en la playa. Las fechas de este año todavía no están publicadas, así que lo más seguro es llamar a la oficina de turismo de Ocean City al 410-555-0142 y preguntar.'],
    [94, 'l', '¿Le sirve esa información?'],
    [130, 'p', 'si gracias, eso es todo'],
    [136, 'l', '¡Que disfruten las cometas! Gracias por escribirnos. 🪁'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s, the service only; Lost Call after two patron lines; check-in, then "you've disconnected" alone
  s(BRETT, '03 registering a 400 g RC plane: pickup at exactly 60 s, service named, faadronezone, "Are you still there?", "It looks like you\'ve disconnected." (192 s), Lost Call', [
    [0, 'p', 'do i need to register my rc plane with the faa? its like 400 grams'],
    [60, 'l', "Hi, thanks for contacting AskUsNow!, Maryland's ask-a-librarian service."],
    [66, 'l', 'Are you flying just for fun, or for a business or a paid job?'],
    [95, 'p', 'just for fun, at a field'],
    [103, 'l', "Yes: recreational flyers have to register anything over 250 grams. It costs $5, lasts three years, and you do it on FAA DroneZone at faadronezone-access.faa.gov. You also need to pass the free TRUST safety test; the FAA lists the test providers at faa.gov/uas/recreational_flyers."],
    [110, 'l', 'Does that answer your question?'],
    [230, 'l', 'Are you still there?'],
    [290, 'l', "It looks like you've disconnected."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 04 pickup at 61 s, greeting and name in two messages
  s(LENA, '04 where to fly an RC plane in Anne Arundel: "hello??", pickup at 61 s, "Hi there!" then the name, AMA club finder (a source)', [
    [0, 'p', 'where can i fly my rc plane in anne arundel county legally'],
    [38, 'p', 'hello??'],
    [61, 'l', 'Hi there! Sorry to keep you waiting.'],
    [66, 'l', 'This is Lena, a librarian at Anne Arundel County Public Library. Is it a gas plane or electric, and about how big?'],
    [100, 'p', 'electric foam, 1.2m wingspan'],
    [108, 'l', "Most county parks don't allow powered model aircraft, so your best bet is a club field. The Academy of Model Aeronautics has a club finder at modelaircraft.org (Clubs > Find a Club): put in your zip code and you'll see nearby clubs and their fields."],
    [115, 'l', 'Is that the sort of thing you were after?'],
    [160, 'p', 'yea ok. thanks'],
    [165, 'l', 'Anything else I can help with today?'],
    [190, 'p', 'nope'],
    [194, 'l', 'Thanks for waiting on me, and enjoy the flying!'],
  ], usual({ pickup: 'fail' })),

  // 05 a transfer with neither notice nor note; no one ever named
  s(YARA, '05 line for a 6 ft delta kite: "Hi! 😊", a silent transfer with no note, the receiver never names himself, kite.org', [
    [0, 'p', 'what strength kite line do i need for a 6 foot delta'],
    [14, 'l', 'Hi! 😊'],
    xfer(40, 'Zeke', 'zeke-kt'),
    [75, 'l', 'Will you be flying it at the beach, or inland where the wind is lighter?', as(ZEKE)],
    [100, 'p', 'beach, like assateague'],
    [108, 'l', "For a 6 ft delta in steady beach wind, 50 to 80 lb line is the usual range; go toward the stronger end if it's gusty. The American Kitefliers Association has a beginners' page on line and reels at kite.org.", as(ZEKE)],
    [114, 'l', 'Did that help?', as(ZEKE)],
    [140, 'p', 'yes perfect thats all i needed'],
    [144, 'l', 'Have fun at the beach, bye!', as(ZEKE)],
  ], usual({ greeting: 'fail', transfer: 'fail' })),

  // 06 a name and no greeting; a restatement; "Does that make sense?"
  s(MARCUS, '06 wintering LiPo packs in a cold garage: "Marcus with Frederick County Public Libraries." (no hello), a restatement, "Does that make sense?"', [
    [0, 'p', 'how should i store my lipo batteries for the winter? garage gets cold'],
    [30, 'l', 'Marcus with Frederick County Public Libraries.'],
    [36, 'l', 'So you need a safe way to keep your RC LiPo packs over the winter, in a cold garage?'],
    [60, 'p', 'yes, 6 of them, 3s packs'],
    [70, 'l', "Put them at storage charge first (about 3.8 V per cell; most chargers have a 'storage' mode), then keep them in a LiPo-safe bag or a metal ammo can somewhere that stays above freezing, which an unheated garage in a Maryland winter may not. The Hobbies & Crafts Reference Center database (fcpl.org > Research) has several articles on LiPo care."],
    [76, 'l', 'Does that make sense?'],
    [110, 'p', 'ok thanks'],
    [116, 'l', 'Bye, take care!'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail' })),

  // 07 a screen name, the name in the third message; an offer of more
  s(JESS, '07 free plans for a rubber-powered balsa model: "Hello, thanks for waiting!" (screen name jess_ref), the name third, outerzone.co.uk, an offer of balsa shops', [
    [0, 'p', 'looking for free plans for a balsa rubber band plane, the old school kind my dad built'],
    [25, 'l', 'Hello, thanks for waiting!'],
    [30, 'l', 'Are you after a simple hand-launched glider, or a rubber-powered one with a propeller?'],
    [62, 'p', 'rubber powered w prop'],
    [66, 'l', "(I'm Jess, by the way, a librarian at Wicomico Public Libraries.)"],
    [74, 'l', "Outerzone (outerzone.co.uk) has thousands of free scanned plans for vintage rubber models. Search by kit maker, like 'Comet' or 'Guillow's', and you can print them full size."],
    [80, 'l', 'Want me to look up where to buy balsa sheets near you too?'],
    [105, 'p', 'nah i got that, thanks!'],
    [109, 'l', 'OK! Good luck with the build, bye!'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail' })),

  // 08 the answer with no question
  s(OMAR, '08 Ben Franklin\'s kite: the answer straight after the greeting, Isaacson\'s biography in the catalogue, "Any other questions for me?"', [
    [0, 'p', 'did ben franklin really fly a kite in a lightning storm'],
    [18, 'l', 'Good morning! Omar here, a librarian at Enoch Pratt Free Library.'],
    [24, 'l', "He said he flew one in a thunderstorm in June 1752 in Philadelphia, but not in the lightning itself: the kite picked up charge from the storm clouds, and a key on the wet line gave off sparks. Some historians doubt it happened at all, since he only wrote about it months later. Walter Isaacson's 'Benjamin Franklin: An American Life' goes through it; it's in our catalog at prattlibrary.org."],
    [30, 'l', 'Is that what you were looking for?'],
    [70, 'p', 'wow ok. yes'],
    [75, 'l', 'Any other questions for me?'],
    [90, 'p', 'no thats everything'],
    [94, 'l', 'Thanks for stopping by Ask Us, bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 pickedUpAt 50 (first line 75); the question only after the source; a goodbye exactly 120 s after the answer
  s(PIA, '09 a camera on a kite over the farm: pickedUpAt 50 (first line 75), the catalogue, "What kind of camera?" after it, goodbye 120 s after the answer', [
    [0, 'p', 'can i hang a camera off a kite?? want aerial pics of our farm'],
    [75, 'l', 'Hi! Pia at Montgomery County Public Libraries here, sorry for the wait.'],
    [81, 'l', "Yes, it's called kite aerial photography (KAP). Search 'kite aerial photography' in our catalog at montgomerycountymd.gov/library; a couple of how-to books show rigs you can build."],
    [87, 'l', 'What kind of camera do you have?'],
    [120, 'p', 'a gopro hero 9'],
    [128, 'l', "A GoPro is light enough for a small rig. You'll want a steady puller like a rokkaku or a big delta, and a 'Picavet' suspension to keep the camera level; the books show how to make one. Does that cover it?"],
    [248, 'l', 'Thanks for chatting, and happy flying!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail' }), { pickedUpAt: at(50) }),

  // 10 an app with no link: no source; the question after the answer; code ""
  s(REGGIE, '10 too windy for a DJI Mini?: the UAV Forecast app named with no link (no source), the drone asked after, "nope all set", code ""', [
    [0, 'p', 'hey how do i know if its too windy to fly my drone today'],
    [21, 'l', 'Hello! Reggie, librarian at Carroll County Public Library, here.'],
    [27, 'l', "A lot of pilots check the UAV Forecast app before heading out: it shows the wind at altitude, the gusts, and a simple 'fly / no fly' verdict."],
    [33, 'l', 'Which drone do you have? The small ones get pushed around much sooner.'],
    [60, 'p', 'dji mini 2'],
    [68, 'l', 'The Mini 2 is rated for winds up to about 24 mph, but it gets twitchy well before that, so many pilots stay home above 15 mph or so.'],
    [74, 'l', 'Did that help?'],
    [100, 'p', 'ya thx!'],
    [104, 'l', 'Anything else I can look up for you?'],
    [120, 'p', 'nope all set'],
    [124, 'l', 'Great, happy flying and thanks for chatting!'],
  ], usual({ source: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 11 two parties: the library's Maker Space with a URL, a hobby shop with none
  s(SUNNY, '11 soldering an XT60 on an RC car pack: "Soldering For Dummies", the Maker Space (bcpl.info/makerspace) and "the RC hobby shop in Catonsville" (no contact)', [
    [0, 'p', 'how do i solder an xt60 connector onto my rc car battery, never soldered before'],
    [19, 'l', "Hi, I'm Sunny, a librarian at Baltimore County Public Library."],
    [25, 'l', 'Do you have a soldering iron already, or are you starting from scratch?'],
    [55, 'p', 'got a cheap one from amazon'],
    [63, 'l', "A cheap iron can manage an XT60 if it gets hot enough (60 W or more helps). Tin the wire and the connector cup, join them, then slide heat-shrink over. 'Soldering For Dummies' in our catalog at bcpl.info has photos of each step."],
    [70, 'l', "For hands-on help, visit the Maker Space at our Cockeysville branch during open lab hours (bcpl.info/makerspace lists them), or ask the folks at the RC hobby shop in Catonsville — they solder connectors all day."],
    [76, 'l', 'Is that enough to get you started?'],
    [110, 'p', 'yeah i think so, thats all i needed'],
    [114, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 12 a hold, an internal note and the patron's "still there?" inside it, answered 126 s later; a museum by address
  s(TOMAS, '12 the Wrights at College Park: hold at 68, internal note at 140, "still there?" at 190, answer at 194 (126 s), the museum by street address', [
    [0, 'p', 'is it true the wright brothers had an airfield in maryland?'],
    [24, 'l', "Hi, welcome to Ask a Librarian! I'm Tomás at Prince George's County Memorial Library System."],
    [30, 'l', 'Is this for a class, or are you hoping to visit somewhere?'],
    [62, 'p', 'both kind of, my son has a report and wants to see a real plane'],
    [68, 'l', 'Let me check our local history files, one moment.'],
    [140, 'i', 'Bea, anything in the Maryland Room on the 1909 Wright school at College Park? patron on chat'],
    [190, 'p', 'still there?'],
    [194, 'l', "Yes, sorry! It's true: in 1909 Wilbur Wright taught the first Army officers to fly at College Park, now the oldest continuously operating airport in the world. For the report, Britannica School (pgcmls.info > eResources) has a kid-level article on the Wright brothers. To see planes, visit the College Park Aviation Museum, 1985 Corporal Frank Scott Drive, College Park, MD 20740."],
    [200, 'l', 'Will that work for the report and the visit?'],
    [240, 'p', 'yes! perfect'],
    [245, 'l', 'Is there anything else I can help you with?'],
    [262, 'p', 'no thank you'],
    [266, 'l', "You're welcome, thanks for chatting with us!"],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 13 an answer exactly 120 s after the patron's line; radio clubs through a URL; touching ends
  s(WES, '13 FPV goggles and the ham licence: "??" at 120, answer at 180 (exactly 120 s), radio clubs via arrl.org/find-a-club, touching ends (three at most)', [
    [0, 'p', 'do i need a ham radio license for fpv goggles on my drone?'],
    [20, 'l', 'Hello, Wes here — librarian at Harford County Public Library. Thanks for reaching out!'],
    [26, 'l', 'Do you know what frequency your video transmitter uses? Most are 5.8 GHz.'],
    [60, 'p', 'yes 5.8, analog'],
    [120, 'p', '??'],
    [180, 'l', "Sorry for the wait! Many analog FPV transmitters put out more power than the FCC's unlicensed rules allow, so most US pilots get a Technician class amateur licence. The ARRL explains the exam at arrl.org (search 'FPV'). For study help and test sessions, contact a local radio club; the ARRL club finder is at arrl.org/find-a-club."],
    [186, 'l', 'Does that answer it?'],
    [220, 'p', 'yeah thanks, thats everything'],
    [224, 'l', 'Good luck on the exam, bye!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('w1', 'wes-kt', -300, 0), other('w2', 'wes-kt', -50, 500), other('w3', 'wes-kt', 30, 400), other('w4', 'wes-kt', 229, 600)],
  }),

  // 14 a hold, a partial result that goes on, the answer 121 s after it; the Bell museum's staff with no contact
  s(UMA, '14 Bell\'s tetrahedral kites for History Day: hold at 70, "Still searching — found a 1903 photo so far" at 190, loc.gov at 311 (121 s), Baddeck staff with no contact', [
    [0, 'p', 'i need pics of alexander graham bells giant kites for history day'],
    [16, 'l', 'Hi! Uma at Ask Us Now here, librarian with Cecil County Public Library.'],
    [22, 'l', 'Do the pictures need to be ones you can print on your board (public domain), or just to look at?'],
    [50, 'p', 'print on the board'],
    [70, 'l', 'Give me a couple of minutes to dig through the Library of Congress.'],
    [190, 'l', 'Still searching — found a 1903 photo of a tetrahedral kite so far, checking for more.'],
    [311, 'l', "Here you go: the Alexander Graham Bell Family Papers are online at loc.gov (search 'Bell tetrahedral kite'), with dozens of photos of the kites from 1903 to 1909, the Cygnet too. Most say 'No known restrictions', so you can print them. The Bell museum in Baddeck, Nova Scotia, has more of his kite photos; you could write to their staff and ask."],
    [317, 'l', 'Will those work for your board?'],
    [350, 'p', 'YES these are awesome thank u'],
    [356, 'l', 'Anything else for History Day?'],
    [380, 'p', 'no thats it'],
    [384, 'l', 'Good luck with the project, bye!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 15 FU_LIB, partly Spanish, phone typed and read back, "mañana por la tarde", done at 30 h
  s(CARMEN, '15 club de aeromodelismo near Wheaton (partly Spanish): modelaircraft.org, the Wheaton coordinator to phone, phone read back, "mañana por la tarde", done at 30 h', [
    [0, 'p', 'hi, my son (14) wants to join a model airplane club, anything near wheaton? mi ingles no es muy bueno'],
    [22, 'l', "¡Hola! Hi! I'm Carmen, a librarian at Montgomery County Public Libraries. ¿Prefiere que hablemos en español?"],
    [40, 'p', 'si por favor'],
    [48, 'l', '¿Le interesan los aviones de radiocontrol o los de vuelo libre, los que se lanzan a mano?'],
    [80, 'p', 'radiocontrol, le regalaron uno en navidad'],
    [88, 'l', 'La Academy of Model Aeronautics tiene un buscador de clubes en modelaircraft.org, y muchos clubes tienen programas para jóvenes. Además, la biblioteca de Wheaton tiene un grupo de makers para adolescentes y la coordinadora puede llamarle con los detalles. ¿Me da su número de teléfono?'],
    [120, 'p', '240 555 0117'],
    [126, 'l', 'Gracias: 240-555-0117. La coordinadora de Wheaton le llamará mañana por la tarde. ¿Le sirve el buscador de la AMA mientras tanto?'],
    [160, 'p', 'si, muy bien. eso es todo, gracias!'],
    [165, 'l', '¡De nada! Gracias por usar la biblioteca. 🛩️'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 16 FU_ME, "take your time", e-mail read back, "by Thursday", done 72 h and 1 s after endedAt
  s(HAL, '16 grandpa\'s Cox engines and sealed kits: "Sure, take your time!" (210 s away), Warman\'s, e-mail read back, "by Thursday", done at 72 h + 1 s', [
    [0, 'p', 'found a box of my grandpas model airplane stuff, cox .049 engines and old kits. worth anything??'],
    [20, 'l', 'Good afternoon! This is Hal, librarian at Washington County Free Library.'],
    [26, 'l', 'Are the kits still sealed, or have they been opened or built?'],
    [50, 'p', 'hang on let me go look, theyre in the garage'],
    [55, 'l', 'Sure, take your time!'],
    [265, 'p', 'ok back. 5 kits still in plastic, 3 opened, and 8 engines, some in boxes'],
    [273, 'l', "Sealed kits and boxed Cox engines from the 50s and 60s do sell to collectors. Our catalog at washcolibrary.org has 'Warman's Antiques & Collectibles' for ballpark prices. We also have a couple of model engine collector guides in storage; I'd like to go through them and e-mail you what I find. What's the best address?"],
    [300, 'p', 'tnichols.md@example.com'],
    [306, 'l', "Thanks, that's tnichols.md@example.com. I'll send what I find by Thursday."],
    [312, 'l', "Does Warman's help for a start?"],
    [345, 'p', 'yes thanks, no other questions'],
    [350, 'l', 'Great, talk to you Thursday, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(355 + 72 * HOUR + 1) }] }, { now: T0 + 4 * DAY }),

  // 17 a promise coded Answered, no time, pending at exactly T0 + 3 days
  s(ANIKA, '17 manja kite string and Centennial Park: howardcountymd.gov, "I\'ll write you once I\'ve looked" coded Answered, no time, pending at T0 + 3 days', [
    [0, 'p', 'is manja (glass coated kite string) legal in maryland? want to fly patang with my kids'],
    [22, 'l', 'Hi, Anika here at Howard County Library System!'],
    [28, 'l', 'Are you looking for state law only, or also the rules at a particular park?'],
    [60, 'p', 'both, we were going to go to centennial park'],
    [68, 'l', "I couldn't find a Maryland law that names manja, but it's banned in parts of India because it hurts birds and people, so plain cotton or nylon line is the safe choice. For the park, Howard County Recreation & Parks posts its park rules at howardcountymd.gov (search 'park rules'). I'll check the county code for anything else and e-mail you. What's a good address?"],
    [100, 'p', 'anjali.p@example.net'],
    [106, 'l', "Got it, anjali.p@example.net. I'll write you once I've looked."],
    [112, 'l', 'Does the park page answer the park part for now?'],
    [140, 'p', 'yes. thank you!!'],
    [145, 'l', 'Thanks for chatting, enjoy the kites!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), {}, { now: T0 + 3 * DAY }),

  // 18 FU_ME, "the e-mail on your account", done at 73 h
  s(GIDEON, '18 a 1978 Model Airplane News plan: WorldCat, interlibrary loan, "to the e-mail on your account by Friday" (never said), done at 73 h', [
    [0, 'p', 'does any library have old issues of Model Airplane News from the 70s? need a plan from a 1978 issue'],
    [21, 'l', "Hello and thanks for contacting Ask a Librarian! I'm Gideon at Baltimore County Public Library."],
    [27, 'l', 'Do you know which month, or the name of the plane?'],
    [60, 'p', 'a sig kadet article, spring 78 i think'],
    [68, 'l', "We don't own that run, but WorldCat (worldcat.org) shows which libraries do, and I can request a copy of the article through interlibrary loan. I'll send what I find to the e-mail on your account by Friday."],
    [74, 'l', 'Is WorldCat useful in the meantime?'],
    [110, 'p', 'yes thanks'],
    [114, 'l', 'Anything else I can track down?'],
    [130, 'p', 'no thats it'],
    [134, 'l', 'Thanks, have a good evening!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME,
    patron: { name: 'R. Ellis', email: 'rellis.flier@example.com', phone: null },
    followUps: [{ doneAt: at(139 + 73 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 19 FU_ME with no contact anywhere, nothing recorded at day 4
  s(IVY, '19 Estes rockets in a St. Mary\'s park: nar.org, "I\'ll check with Recreation and Parks and get back to you tomorrow", no contact, patron left, day 4', [
    [0, 'p', 'can we launch estes rockets at a county park in st marys or do we need a permit'],
    [26, 'l', "Hi! I'm Ivy, a librarian at St. Mary's County Library."],
    [32, 'l', 'Which park did you have in mind, and how big are the motors (A, B, C…)?'],
    [70, 'p', 'probably C motors, not sure which park yet'],
    [78, 'l', "The National Association of Rocketry's safety code at nar.org lists the smallest launch field for each motor size. I'm not sure about county permits, so I'll check with St. Mary's Recreation and Parks and get back to you tomorrow."],
    [84, 'l', 'Does the NAR safety code help for now?'],
    [120, 'p', 'k'],
    left(150),
    [170, 'l', "Looks like you've left — I'll follow up tomorrow. Thanks for asking!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 20 no codes (field left out), a promise "within 72 hours", done at a Z time 71 h later
  s(JUNE, '20 Chinese kites for a 7th-grade art class: no codes, Hobbies & Crafts Reference Center, e-mail read back, "within 72 hours", done at 2026-03-05T14:00:00Z', [
    [0, 'p', 'hello, I teach art at a middle school in Salisbury, looking for instructions to make traditional Chinese kites with 7th graders'],
    [15, 'l', "Hello! Thanks for contacting AskUsNow!. I'm June, a librarian."],
    [21, 'l', 'How much class time do you have, and what materials can you use: paper and bamboo skewers, or something sturdier?'],
    [70, 'p', 'two 45 min periods, paper, straws, skewers ok'],
    [78, 'l', "A simple paper swallow kite fits that. Search 'Chinese kite' in the Hobbies & Crafts Reference Center, free with a library card through wicomicolibrary.org > Research. There's also a museum classroom guide I've seen but can't find right now; I'll track it down and e-mail it to you within 72 hours. What e-mail should I use?"],
    [110, 'p', 'mrs.lin.art@example.org'],
    [116, 'l', "Thank you — mrs.lin.art@example.org. You'll have it within 72 hours."],
    [122, 'l', 'Does the database cover what you need until then?'],
    [160, 'p', 'yes this is great. thats everything for now'],
    [166, 'l', 'Wonderful, thanks for chatting, and have fun with the kites!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), { resolutionCode: undefined, followUps: [{ doneAt: '2026-03-05T14:00:00Z' }] }, { now: T0 + 5 * DAY }),

  // 21 a true Lost Call: greeting, check-in, a notice that thanks, exactly 180 s
  s(KOFI, '21 a beginner stunt kite (Lost Call): greeting at 30, "Hello? Are you still with me?" at 150, a notice that thanks and invites back at 210 (180 s)', [
    [0, 'p', 'whats a good beginner stunt kite under $100'],
    [30, 'l', "Hi there, and welcome to Ask a Librarian! I'm Kofi at Anne Arundel County Public Library."],
    [150, 'l', 'Hello? Are you still with me?'],
    [210, 'l', "It seems you've been disconnected, so I'll be closing this chat. Thanks for contacting us — come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 a Lost Call answered after the patron left; goodbye 119 s after the greeting
  s(DANA, '22 the Blossom Kite Festival (Lost Call answered anyway): patron left at 12, nationalcherryblossomfestival.org, goodbye 119 s after the greeting', [
    [0, 'p', 'when is the kite festival on the national mall this year'],
    left(12),
    [40, 'l', 'Hi, this is Dana at AskUsNow!, a Maryland library service.'],
    [46, 'l', "The Blossom Kite Festival is part of the National Cherry Blossom Festival, usually on a Saturday in late March or early April by the Washington Monument. This year's date is on nationalcherryblossomfestival.org under Events."],
    [52, 'l', 'Does that answer your question?'],
    [159, 'l', "It looks like you left before I could answer, so I'll close this chat. Thanks for asking, and come back anytime!"],
  ], usual({ clarify: 'fail', anything: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 Spanish: a check-in and a notice in one message, 185 s to endedAt, no thanks
  s(RAFAEL, '23 un libro de papalotes para una niña de 7 (Spanish): the language asked, fcpl.org, "¿Sigue ahí? Parece que se ha desconectado; … cerraré el chat" (185 s)', [
    [0, 'p', 'hola, busco un libro para enseñar a mi hija de 7 años a hacer un papalote'],
    [18, 'l', '¡Hola! Soy Rafael, bibliotecario de la Biblioteca Pública del Condado de Frederick. ¿Lo prefiere en español o en inglés?'],
    [45, 'p', 'en español si hay'],
    [55, 'l', 'Busque "cometas" en nuestro catálogo en fcpl.org y filtre por idioma "español": hay un par de libros infantiles con papalotes de papel paso a paso.'],
    [61, 'l', '¿Es lo que buscaba?'],
    [200, 'l', '¿Sigue ahí? Parece que se ha desconectado; si no tengo noticias suyas, cerraré el chat en un momento.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 40 }),

  // 24 a limit of questions, ending "Bye."
  s(LARS, '24 an RC car for a 9-year-old, then a list: "We only do three questions per chat, so you\'ve used yours up for today. Bye."', [
    [0, 'p', 'whats a good rc car for a 9 year old'],
    [20, 'l', 'Hi! Lars, librarian at Calvert Library.'],
    [26, 'l', 'Is it for indoor or outdoor driving, and roughly what budget?'],
    [55, 'p', 'outside, like 100 bucks'],
    [62, 'l', "The Hobbies & Crafts Reference Center (calvertlibrary.info > Research) has a buyer's guide to beginner RC cars. Look for a 1/16 or 1/18 scale ready-to-run truck that comes with a spare battery."],
    [68, 'l', 'Is that helpful?'],
    [90, 'p', 'yes. also how long do batteries last, and whats brushless, and can it go in water, and where do i get parts'],
    [98, 'l', "We only do three questions per chat, so you've used yours up for today. Bye."],
    [110, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 25 the allowed ending
  s(MEI, '25 a scout troop\'s kite list: kite.org, "Other patrons are waiting right now, so please log back on later …" (allowed), "ok will do"', [
    [0, 'p', 'im a scout leader, need kite stuff: how to build a sled kite, knots for kite line, safety rules, and a good place to fly in easton'],
    [19, 'l', 'Hello! Mei here, a librarian at Talbot County Free Library. Thanks for writing in.'],
    [25, 'l', 'How old are the scouts, so I can pitch the instructions right?'],
    [50, 'p', 'ages 11-13'],
    [58, 'l', "The American Kitefliers Association's education pages at kite.org have a sled kite pattern and kite safety rules written for kids that age."],
    [64, 'l', 'Does that take care of the building and safety parts?'],
    [95, 'p', 'yes but i also need the knots and the place in easton, and can you find a badge patch design and a permission slip template'],
    [103, 'l', "That's quite a list! Other patrons are waiting right now, so please log back on later for the knots, the field and the forms — we'll be happy to pick it up then."],
    [120, 'p', 'ok will do'],
    [124, 'l', 'Thanks, and good luck with the troop!'],
  ], usual({ anything: 'fail' })),

  // 26 off shift with no way back; no source; "Closing the chat now."
  s(NED, '26 a gas RC boat on Deep Creek Lake: DNR named with no way to reach it, "I\'m about to go off shift, so I\'ll have to end the chat here.", "Closing the chat now."', [
    [0, 'p', 'can i run a gas rc boat on deep creek lake this summer'],
    [23, 'l', 'Hi, Ned at Garrett County Public Library here.'],
    [29, 'l', 'About how big is the boat, and would you run it from a dock or from the shore?'],
    [60, 'p', 'like 3 ft, from our rental dock'],
    [68, 'l', "Deep Creek Lake is managed by the Maryland Department of Natural Resources. From what I know of their lake rules, model boats aren't mentioned either way."],
    [90, 'p', 'so is that a yes or no? and what about noise rules'],
    [98, 'l', "I'm about to go off shift, so I'll have to end the chat here."],
    [101, 'l', 'Closing the chat now.'],
    [115, 'p', '???'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 27 a notice and a note before the transfer; the receiver with three others open; a museum's archives by phone
  s(OTTO, '27 a 1950s Glenn L. Martin model airplane club: notice + note, Pearl picks up, the museum archives at 410-555-0168, "im all set", Pearl at four chats (fail)', [
    [0, 'p', 'my dad was in a model airplane club at the glenn l martin plant in middle river in the 50s, any records?'],
    [18, 'l', "Hello, thanks for contacting AskUsNow! I'm Otto, a librarian."],
    [24, 'l', "Baltimore County's local history librarian is online and knows the Martin collections well. I'm transferring you to Pearl now — one moment."],
    [28, 'i', 'Pearl, patron wants 1950s records of a Glenn L. Martin Co. model airplane club (Middle River), local history q for you'],
    xfer(31, 'Pearl', 'pearl-kt'),
    [70, 'l', "Hi, Pearl here, local history at Baltimore County Public Library. Do you know your dad's name, or the club's?", as(PEARL)],
    [110, 'p', 'Frank Kowalski, i think they called it the martin aeromodelers'],
    [118, 'l', "The Glenn L. Martin Maryland Aviation Museum in Middle River keeps company newsletters, and the employee paper often covered the clubs. Call their archives at 410-555-0168 and ask for the 1950s club news; give them your dad's name.", as(PEARL)],
    [124, 'l', 'Is that what you were hoping to find?', as(PEARL)],
    [160, 'p', 'yes thats great, im all set'],
    [165, 'l', 'Good luck finding him in the newsletters — thanks for chatting!', as(PEARL)],
  ], usual({ concurrency: 'fail', referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [other('p1', 'pearl-kt', -100, 200), other('p2', 'pearl-kt', 50, 300), other('p3', 'pearl-kt', 100, 400)],
  }),

  // 28 a note only, the receiver exactly 120 s after the patron; the transferring provider busy only after the transfer
  s(SIMONE, '28 Part 107 for real-estate drone photos: a note only, the transfer with no word, Theo exactly 120 s after the patron, Simone\'s others all after the transfer', [
    [0, 'p', 'i want to start doing drone photos for realtors, what license do i need'],
    [16, 'l', 'Hi! Simone here, a librarian with AskUsNow!.'],
    [22, 'l', 'Have you flown drones before, or would this be your first one?'],
    [50, 'p', 'ive flown for fun for 2 years'],
    [56, 'i', 'Theo — commercial drone (Part 107) plus starting a small business, you do the small-biz questions, can you take it?'],
    xfer(60, 'Theo', 'theo-kt'),
    [170, 'l', "Hello, Theo here, business librarian at Montgomery County Public Libraries. Paid drone work needs the FAA's Remote Pilot Certificate under Part 107: you pass a knowledge test at an approved testing center and register the drone. The FAA's steps are at faa.gov/uas/commercial_operators. For the business side, Gale Business: Plan Builder is free through montgomerycountymd.gov/library > Research.", as(THEO)],
    [176, 'l', 'Does that answer your question?', as(THEO)],
    [210, 'p', 'yes!! that is everything i needed'],
    [215, 'l', 'Good luck with the business, bye!', as(THEO)],
  ], usual({ transfer: 'fail' }), {}, {
    otherIntervals: [other('si1', 'simone-kt', 100, 500), other('si2', 'simone-kt', 120, 500), other('si3', 'simone-kt', 150, 500)],
  }),

  // 29 Spanish: a greeting that is also the transfer notice, no note, the receiver 121 s later
  s(VERA, '29 helicóptero RC que gira solo (Spanish): "Hi, this is Vera … le paso con una colega" (a notice, no note), Ximena 121 s later, trim, "¿Necesita algo más?"', [
    [0, 'p', 'hola, mi helicóptero de control remoto gira solo en círculos cuando despega, qué hago?'],
    [21, 'l', 'Hi, this is Vera at AskUsNow!, a librarian. Un momento, por favor: le paso con una colega que habla español.'],
    xfer(25, 'Ximena', 'ximena-kt'),
    [142, 'l', '¡Hola! Soy Ximena, bibliotecaria de AskUsNow!. ¿Es un helicóptero de un rotor o de doble rotor (coaxial)?', as(XIMENA)],
    [170, 'p', 'coaxial, uno pequeño de juguete'],
    [178, 'l', 'En los coaxiales pequeños, si gira solo, casi siempre hay que ajustar el trim de giro en el control: muévalo poco a poco hacia el lado contrario hasta que se quede quieto en el aire. Hay una guía con fotos en la base de datos Hobbies & Crafts Reference Center, en la página de su biblioteca (Recursos > Bases de datos).', as(XIMENA)],
    [184, 'l', '¿Eso resuelve su problema?', as(XIMENA)],
    [220, 'p', 'si!! ya funciona jaja gracias'],
    [226, 'l', '¡Qué bien! ¿Necesita algo más?', as(XIMENA)],
    [250, 'p', 'no, nada más'],
    [254, 'l', '¡Gracias por escribirnos, que lo disfrute!', as(XIMENA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 30 no provider ever joined
  s(QUEUE, '30 a paper airplane contest in Harford County: no provider ever joined, "hello?", "nvm", patron left, code null', [
    [0, 'p', 'does any library in harford county do a paper airplane contest for kids'],
    [3, 's', 'All of our librarians are helping other patrons. Please stay in the queue.'],
    [95, 'p', 'hello?'],
    [170, 'p', 'nvm'],
    left(172),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => KITES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('04')]:
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 5: "… your best bet is a club field. The Academy of Model Aeronautics has a club finder at modelaircraft.org (Clubs > Find a Club): put in your zip code and you\'ll see nearby clubs and their fields." points to a website for the patron to use, and tells no one to call, write to or visit anyone (RUBRIC Terms, Referral: "Pointing to a website, database or publication for the patron to use is a source, not a referral, even when an agency publishes it"); read as a referral to clubs, it comes with a URL, which would pass, not fail (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)").',
  [byNo('06')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"). Message 5: "Does that make sense?" asks whether the patron followed the explanation, not whether the information meets the need, and nothing else in the session asks it (RUBRIC followup.completeness: "the provider asks whether the information already given meets the need (\"Does this completely answer your question?\", \"Is that what you were looking for?\", \"Did that help?\")"; the reading is listed in the header).',
  [byNo('13')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 5: "For study help and test sessions, contact a local radio club; the ARRL club finder is at arrl.org/find-a-club." refers the patron to local radio clubs and gives a URL that reaches them, the only party referred to (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)").',
};

describe('eightieth round: kites, model airplanes and radio control, checked', () => {
  describeSessions('whole sessions', KITES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', KITES.filter((c) => c.name in LEFT_WHY));
});
