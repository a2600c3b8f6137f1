/**
 * Seventy-sixth round, theme CLASSIC CARS AND CAR SHOWS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: restoring 1960s cars (a '65 Mustang manual on Chilton Library, a '69 Beetle wiring
 * diagram on Haynes All Access, a '68 Charger factory manual through interlibrary loan, a '64 Valiant shop manual scanned,
 * '62 Thunderbird upholstery, a '57 Bel Air frame-off, a '63 Falcon paint colour in Spanish), value guides (a '72 Chevelle
 * on Hagerty and J.D. Power), VIN and title history (decoding a '66 Pontiac VIN, a '73 Bronco bought online, a '67 Camaro
 * cowl tag, an inherited '64 Impala title in Spanish, old registration records for an abuelo's '59 Apache, recalls for a
 * '75 450SL, a '63 Avanti production order), antique plates (Maryland historic registration for a '70 Dart), car clubs and
 * shows (a VW club in Spanish, an Eastern Shore show calendar, a 1958 fairgrounds show in the local paper, an AACA national
 * meet, judging a '56 Packard and a '63 Jaguar, insurance for a first show, a 1971 club show in the Evening Capital) and
 * repair manuals on library databases. Every one of the 17 checks labelled in every session from RUBRIC.md's text before
 * the first run (labels copied aside to /tmp/s72/classiccars-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Thanks for reaching out to Ask a Librarian! Dolores here at …" (01); Spanish "¡Hola, buenas noches! Habla
 *   Rafael, bibliotecario de …" (02), "¡Hola! Soy Mayra, bibliotecaria …" with a question in the same line (11), "¡Hola,
 *   bienvenido! Le saluda Elisa, bibliotecaria …" (28); a bilingual "Hi! Abel here at Calvert Library, hola 👋" (24); pickup
 *   at exactly 60 s (03: pass) and at 61 s (04: fail); "Hey there! Happy to help with that." under the screen name
 *   "AskDesk", no one named in the first two lines (05: fail); "Hi there!" then "Hugo here, I'm a librarian …" split over
 *   two lines (08: pass); a queue line and no provider ever (30);
 *  inquiry: engine, state and probate, condition, daily use or shows, title or door plate, cowl tag numbers, 6 or 12 volt,
 *   VIN in hand, show or club, doing it yourself, VW-only club, towns, body or mechanical, judged or cruise-in, VIN and
 *   broadcast sheet, class, what to start with, one car or the terms, slant six, concours or club show, show or appraisal,
 *   serial number, county (in Spanish), month, section, door plate (Spanish); sources straight after the greeting with no
 *   question (25: fail);
 *  waits: holds of 90 s and exactly 120 s with a partial-result hold between them (06: pass); "One sec, pulling up the
 *   manual …" answered 121 s later with "hello?? still there" in between (07: fail); "No rush, take your time." then the
 *   patron back 240 s later (08: waiting on the patron, pass); a transfer notice answered 72 s later by the receiver (09)
 *   and in Spanish 64 s later (11); a silent transfer, the receiver 95 s after the patron (10); two patron lines before the
 *   answer (13); the patron's last line unanswered after a dismissal (17: a span still open at the end);
 *  endings: a true Lost Call with a greeting only, "Hi again, are you still with me?" at 160 and "I think we've lost you,
 *   so I'm going to close out this chat. If you still need help, please start a new chat anytime!" at 340 (12: final idle
 *   310 s); one line that both checks in and gives notice, "Are you still there? It looks like you may have disconnected,
 *   and if I don't hear back I'll close this session." and no goodbye after it (13: final idle 300 s to endedAt,
 *   courteous fails); a goodbye exactly 120 s after the answer with no check-in (14: fail) and 119 s after (15: na); a
 *   check-in and a goodbye exactly 180 s after the answer with no notice (16: disconnect fails); "You've asked your limit of
 *   questions for one session, so I'll need to end it here." (17); "there's a line of other patrons waiting … Please chat
 *   back in a little later" (18: allowed); the patron's own "cool thats everything i needed, later" as the last line after
 *   "Glad that helped! 😄" (19: courteous fails); goodbyes "Ok, take care now 👋", "Take it easy, thanks for using Ask Us
 *   Now!", "¡Con gusto! … Hasta luego.", "De nada, gracias por escribir. Bye!", "Thank you, talk soon!", "¡Gracias por
 *   escribirnos, hasta mañana!", "Bye now, thanks for chatting!"; patron-side "thats all i need for now", "es todo lo que
 *   necesitaba", "no more questions", "thats all i had", "es todo", "That is all I needed.", "thats all for today", and
 *   "ya thx", "yes ok", "fine", "ok yeah" that do not count;
 *  completeness: "Does that cover what you were after?", "Did that give you what you needed?", "did that help you out?",
 *   "Does that settle it?", "Does that help calm the nerves a bit?", "¿Esto responde a su pregunta?", "¿Le sirve?", "¿Le
 *   sirve por ahora?"; near misses "Would you also like the inspection exemption rules …?" (04: an offer of more), "Would a
 *   scan of the carburetor pages be what you need?" (20: something not yet given), none at all (27);
 *  sources: Chilton Library and Haynes All Access through library sites, catalogue books (Don Taylor, Jason Scott,
 *   William Wonder, the Standard Catalog of American Cars), hagerty.com, jdpower.com, mva.maryland.gov, vehiclehistory.gov,
 *   nicb.org, camaros.org, paintref.com, aaca.org, nhtsa.gov/recalls, worldcat.org, msa.maryland.gov, a newspaper database,
 *   microfilm of the Evening Capital, an ILL form; none (21: advice from knowledge only; 22: clubs named with no way to
 *   reach them);
 *  referrals: the MVA by phone and URL in Spanish (02: pass); two clubs with no contact (22: fail); a museum archivist by
 *   e-mail (23: pass); the State Archives by postal address beside a historical society with none (24: fail); NHTSA's
 *   lookup, a colleague consulted and a home library's staff asked to call the patron (25, 27: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday afternoon", done at 50 h (26: pass); FU_LIB, a phone typed
 *   with spaces and read back with dashes, "within 2 days", done at 80 h (27: on_time fails); FU_ME with "I'll scan them
 *   tomorrow morning and send them over" and no e-mail or phone anywhere (20: code and contact fail, pending at day 1);
 *   a Spanish promise "le escribo mañana" coded Answered, e-mail read back, "mañana por la tarde" (28: code fails, contact
 *   passes, pending);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (13); an empty string (19); null with no provider (30);
 *   Practice (29);
 *  transfers: a visible notice (a hold) and an internal note that says why (09: pass); an internal note only (10: fail); a
 *   Spanish notice with no internal note (11: fail);
 *  concurrency: one chat ending exactly at the start, two overlapping, one starting exactly at `endedAt` (03: three at
 *   most, pass); three others open through the session (15: four at once, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings and identifications in Spanish count as the English ones RUBRIC lists ("¡Hola, buenas noches!", "Habla
 *   Rafael, bibliotecario", "Le saluda Elisa, bibliotecaria", 02, 11, 28); "Hey there! Happy to help with that." greets but
 *   identifies no one, and the screen name does not count (05);
 * - "Ok, take care now 👋" says goodbye (05: courteous pass); "Thank you, talk soon!" thanks the patron (26);
 * - "Still working on it — the Camaro Research Group's site (camaros.org) has a cowl tag decoder; I'm checking whether
 *   there's a printed guide too." gives a partial result and says the search goes on: a hold (06), so the next span is
 *   168 -> 288 = exactly 120 s, not longer;
 * - "No rush, take your time." is not a hold (RUBRIC: "Telling the patron to take their time is not a hold"), so the 240 s
 *   after it are waiting on the patron (08);
 * - "I think we've lost you, so I'm going to close out this chat. If you still need help, please start a new chat
 *   anytime!" says the patron seems disconnected and that the chat will end, and invites them back: the notice and a
 *   goodbye, so the final idle ends at it (12: 30 -> 340 = 310 s);
 * - "Are you still there? It looks like you may have disconnected, and if I don't hear back I'll close this session."
 *   is the check-in and the notice in one line (the seed's own example is conditional); it asks whether the patron is
 *   there, so it is not a goodbye and the final idle runs to endedAt (13: 80 -> 380 = 300 s);
 * - "Looks like you've stepped away. Thanks for chatting — good luck at the show!" thanks without asking: a goodbye, so
 *   the final idle of 15 runs 77 -> 196 = 119 s (na); "Since I haven't heard back, I'll sign off for now. Thanks …" is a
 *   goodbye at exactly 120 s (14: idle fails, disconnect na);
 * - the patron's "thats all i had" (08), "thats all for today" (26), "es todo" / "es todo lo que necesitaba" (11, 02) say
 *   explicitly that they are done;
 * - "Does that help calm the nerves a bit?" (21) and "Does that settle it?" (19) ask whether what was given meets the need;
 *   "Would you also like the inspection exemption rules …?" offers more and does not (04);
 * - "Your best bet is to contact the Packard Automobile Classics club … I'd also ask at your local AACA region" are
 *   referrals with no way to reach either club, and organisations named without a way to reach them are not sources (22:
 *   source and referral fail);
 * - the Maryland State Archives with a postal address and msa.maryland.gov is reachable, but "worth asking at the Calvert
 *   County Historical Society" comes with nothing, so not every party is reachable (24: fail);
 * - "I also asked our colleague who handles our auto collection" is staff consulted on the patron's behalf, and nhtsa.gov
 *   is a website to use: no referral (25); "I'll ask their reference staff to check and call you" is the same, and
 *   "Someone from Washington County Free Library will call you within 2 days" is the promise that makes 27 a follow-up;
 * - "borrow one through interlibrary loan with the form at …" points to a form to use, not a department to contact (14);
 * - "I'll scan them tomorrow morning and send them over" promises to send more later: a follow-up session (20); "Déjeme
 *   investigarlo con calma y le escribo mañana" likewise (28), and it is not a hold (the patron is not asked to wait in the
 *   chat);
 * - "¿Sabe más o menos en qué condado estaba registrado?" and the question inside Mayra's greeting line are questions about
 *   the need (24, 11).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (02 referral.contact, 20 info.source). Label corrections: none (both
 * labels hold by RUBRIC's text).
 * Final: 28 running, 2 LEFT (02, 20; reasons in LEFT_WHY). Every timing check (pickup at 60 and 61 s, no provider;
 * keep_informed at exactly 120 and at 121 s, across a partial-result hold, "take your time", a notice-transfer and a silent
 * transfer; final idles of 119, 120, 180, 300 and 310 s; concurrency at four and at touching ends; on_time done at 50 h,
 * done at 80 h, pending at day 1 twice) scored as labelled on the first run.
 * ON v68 (block AH7, AH17): cases 20 ("the 1964 Plymouth Service Manual in the reference collection", a named book) and 02 ("le
 *   recomiendo llamar a la MVA al 410-… antes de ir a una oficina", one party) run, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n = 1): Line => [sec, 's', `All librarians are helping other patrons. You are number ${n} in line.`];

const DOLORES: Prov = { id: 'dolores-cc', name: 'Dolores', library: 'HCPL-HA' };
const RAFAEL: Prov = { id: 'rafael-cc', name: 'Rafael', library: 'PGCMLS' };
const WALT: Prov = { id: 'walt-cc', name: 'Walt', library: 'AUN' };
const ELENA: Prov = { id: 'elena-cc', name: 'Elena', library: 'AACPL' };
const ASKDESK: Prov = { id: 'askdesk-cc', name: 'AskDesk', library: 'WCPL' };
const FRANK: Prov = { id: 'frank-cc', name: 'Frank', library: 'CCPL-MD' };
const GRETA: Prov = { id: 'greta-cc', name: 'Greta', library: 'BCPL' };
const HUGO: Prov = { id: 'hugo-cc', name: 'Hugo', library: 'FCPL-MD' };
const IRIS: Prov = { id: 'iris-cc', name: 'Iris', library: 'HCLS' };
const JUNE: Prov = { id: 'june-cc', name: 'June', library: 'HCLS' };
const KARL: Prov = { id: 'karl-cc', name: 'Karl', library: 'AUN' };
const LENA: Prov = { id: 'lena-cc', name: 'Lena', library: 'AUN' };
const MAYRA: Prov = { id: 'mayra-cc', name: 'Mayra', library: 'EPFL' };
const NICO: Prov = { id: 'nico-cc', name: 'Nico', library: 'EPFL' };
const OSCAR: Prov = { id: 'oscar-cc', name: 'Oscar', library: 'WCFL' };
const PAULA: Prov = { id: 'paula-cc', name: 'Paula', library: 'TCFL' };
const QUINN: Prov = { id: 'quinn-cc', name: 'Quinn', library: 'MCPL' };
const RITA: Prov = { id: 'rita-cc', name: 'Rita', library: 'GCPL' };
const SOFIA: Prov = { id: 'sofia-cc', name: 'Sofia', library: 'HCPL-MD' };
const TOBY: Prov = { id: 'toby-cc', name: 'Toby', library: 'AUN' };
const UNA: Prov = { id: 'una-cc', name: 'Una', library: 'SMCL' };
const VIC: Prov = { id: 'vic-cc', name: 'Vic', library: 'QACL' };
const WANDA: Prov = { id: 'wanda-cc', name: 'Wanda', library: 'ACLS' };
const XENA: Prov = { id: 'xena-cc', name: 'Xena', library: 'CCPL-CE' };
const YUSUF: Prov = { id: 'yusuf-cc', name: 'Yusuf', library: 'AUN' };
const ZARA: Prov = { id: 'zara-cc', name: 'Zara', library: 'AUN' };
const ABEL: Prov = { id: 'abel-cc', name: 'Abel', library: 'CCPL-CA' };
const BEA: Prov = { id: 'bea-cc', name: 'Bea', library: 'WIPL' };
const CARLA: Prov = { id: 'carla-cc', name: 'Carla', library: 'AACPL' };
const DANTE: Prov = { id: 'dante-cc', name: 'Dante', library: 'AUN' };
const ELISA: Prov = { id: 'elisa-cc', name: 'Elisa', library: 'MCPL' };
const TRAINEE: Prov = { id: 'trainee-cc', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-cc', name: 'Queue', library: 'VRQ' };

const s = session;

export const CLASSICCARS: SessionCase[] = [
  // 01 the plain good session
  s(DOLORES, '01 1965 Mustang repair manual: "Thanks for reaching out … Dolores here", engine asked, Chilton Library + a catalogue book, "thats all i need for now"', [
    [0, 'p', 'hi there, just bought a 65 mustang coupe that needs a LOT of work. does the library have repair manuals?'],
    [18, 'l', 'Thanks for reaching out to Ask a Librarian! Dolores here at Harford County Public Library.'],
    [24, 'l', 'Congrats on the Mustang! Do you know which engine it has, the 289 V8 or the six-cylinder?'],
    [65, 'p', '289 v8, automatic'],
    [72, 'l', "Chilton Library, one of our online databases (free with your library card), has the 1965 Mustang with the 289: go to hcplonline.org, then Research > Auto Repair, and pick year, make and model. For the body and trim side, the Mustang Restoration Handbook by Don Taylor is in our catalog."],
    [78, 'l', 'Does that cover what you were after?'],
    [130, 'p', 'yes!! thats all i need for now, thank you so much'],
    [136, 'l', "You're very welcome. Good luck with the restoration, and thanks for chatting!"],
  ], usual()),

  // 02 Spanish: an inherited title, the MVA by phone and URL
  s(RAFAEL, '02 título de un Impala 1964 heredado (Spanish): "¡Hola, buenas noches! Habla Rafael, bibliotecario", MVA by phone + URL, "es todo lo que necesitaba"', [
    [0, 'p', 'buenas, mi papá falleció y me dejó su Chevy Impala 1964 pero el título sigue a nombre de él. que hago para pasarlo a mi nombre?'],
    [25, 'l', '¡Hola, buenas noches! Habla Rafael, bibliotecario de la Biblioteca del Condado de Prince George’s. Lamento mucho lo de su papá.'],
    [31, 'l', '¿El carro está registrado en Maryland? ¿Y ya se abrió la sucesión del testamento en el tribunal?'],
    [80, 'p', 'si en maryland. lo del testamento no se todavia, mi hermana lo esta viendo'],
    [88, 'l', 'En mva.maryland.gov la MVA explica cómo traspasar un vehículo heredado (busque "deceased owner"), con la lista de documentos. Para su caso concreto le recomiendo llamar a la MVA al 410-555-0163 antes de ir a una oficina.'],
    [94, 'l', '¿Esto responde a su pregunta?'],
    [150, 'p', 'si, muchas gracias. es todo lo que necesitaba'],
    [156, 'l', 'Con mucho gusto. ¡Gracias por usar Ask Us Now y hasta pronto!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; three open at most
  s(WALT, '03 what a 1972 Chevelle is worth: pickup at exactly 60 s, condition asked, hagerty.com + jdpower.com, "no more questions"; three chats open at most', [
    [0, 'p', 'how much is a 1972 chevelle worth? my uncle wants to sell me his'],
    [60, 'l', 'Hi there, this is Walt, a librarian with Ask Us Now.'],
    [66, 'l', 'Is it all original, or has it been restored or modified? And roughly what shape is it in?'],
    [110, 'p', 'mostly original, paint is rough, runs good'],
    [118, 'l', "Buyers and sellers both use two guides: Hagerty's valuation tool at hagerty.com/valuation-tools, which prices by condition from 1 to 4, and the J.D. Power classic car values at jdpower.com/classic-cars. A driver with tired paint usually lands around Hagerty's condition 3."],
    [124, 'l', 'Did that give you what you needed?'],
    [170, 'p', 'yep that works, no more questions'],
    [176, 'l', 'Thanks for chatting, and enjoy the Chevelle!'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'walt-cc', -200, 0), other('w2', 'walt-cc', -50, 150), other('w3', 'walt-cc', 100, 400), other('w4', 'walt-cc', 181, 500)],
  }),

  // 04 pickup at 61 s; an offer of more, not the completeness question
  s(ELENA, '04 historic plates for a 1970 Dart: pickup at 61 s, daily use asked, mva.maryland.gov, "Would you also like the inspection exemption rules?" (an offer)', [
    [0, 'p', 'what do i need to get historic plates for my 1970 dodge dart in md'],
    [61, 'l', "Good afternoon, you've reached Elena at Anne Arundel County Public Library."],
    [67, 'l', 'Will you be driving it every day, or only to shows and the occasional weekend drive?'],
    [110, 'p', 'just shows and sunday drives'],
    [117, 'l', "Then it should qualify: Maryland historic registration is for vehicles at least 20 years old that aren't used for daily transportation. The MVA's historic vehicle page lists the requirements and the application; it's at mva.maryland.gov (search 'historic vehicle')."],
    [123, 'l', 'Would you also like the inspection exemption rules for historic vehicles?'],
    [160, 'p', 'nah im good'],
    [165, 'l', 'Anything else I can help you with today?'],
    [190, 'p', 'no'],
    [195, 'l', 'Have a great day, and thanks for using our service!'],
  ], usual({ pickup: 'fail', complete: 'fail' })),

  // 05 a greeting with no one named
  s(ASKDESK, '05 decoding a 1966 Pontiac VIN: "Hey there! Happy to help with that." under the screen name AskDesk, no name, a catalogue book, "Ok, take care now 👋"', [
    [0, 'p', 'how do i decode a VIN from a 1966 pontiac? its only like 13 characters??'],
    [30, 'l', 'Hey there! Happy to help with that.'],
    [36, 'l', 'Is the number from the title, or off the plate on the car itself?'],
    [70, 'p', 'the plate on the drivers door pillar'],
    [78, 'l', "Before 1981 there was no 17-character standard, so each maker used its own. On a '66 Pontiac the first digit is the series, the next two the body style, then the model year, the assembly plant and the serial number. The full decoding chart is in the Pontiac section of the Standard Catalog of American Cars 1946-1975, in our reference collection."],
    [84, 'l', 'did that help you out?'],
    [120, 'p', 'ya thx'],
    [125, 'l', 'Anything else today?'],
    [140, 'p', 'no'],
    [146, 'l', 'Ok, take care now 👋'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 90 s and exactly 120 s
  s(FRANK, '06 is my 1967 Camaro a real RS/SS: "one moment" at 78, partial-result hold at 168, the answer at 288 (exactly 120 s)', [
    [0, 'p', 'I have a 1967 Camaro and want to know if it is a real RS/SS. How can I research the trim tag and VIN?'],
    [20, 'l', "Hello, welcome to Ask a Librarian. I'm Frank at Carroll County Public Library."],
    [26, 'l', 'Do you have the numbers from the cowl tag in front of you, or are you looking for how to read them in general?'],
    [70, 'p', 'in general, I want to learn how to verify it before I pay for an appraisal'],
    [78, 'l', "Let me look into what's out there, one moment."],
    [168, 'l', "Still working on it — the Camaro Research Group's site (camaros.org) has a cowl tag decoder; I'm checking whether there's a printed guide too."],
    [288, 'l', 'Found one: How to Restore Your Camaro 1967-1969 by Jason Scott is in our catalog, and it walks through the trim tag and the VIN panel by panel. Together with camaros.org you should be able to check the RS and SS codes yourself.'],
    [294, 'l', 'Does that answer your question?'],
    [340, 'p', 'yes, very helpful'],
    [346, 'l', 'Great! Is there anything else I can look up for you?'],
    [370, 'p', 'No, that covers it. Thank you!'],
    [376, 'l', 'My pleasure, thanks for stopping by and good luck with the Camaro!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(GRETA, '07 1969 Beetle headlight wiring: "One sec, pulling up the manual …" at 66, "hello?? still there", the answer at 187 (121 s)', [
    [0, 'p', 'need wiring diagram for 69 vw beetle, the headlights quit'],
    [15, 'l', 'Hi! Greta with Baltimore County Public Library Ask a Librarian here.'],
    [21, 'l', 'Is it still a 12-volt system? 1969 should be, but some cars have been converted.'],
    [60, 'p', '12v i think'],
    [66, 'l', 'One sec, pulling up the manual in our auto repair database.'],
    [150, 'p', 'hello?? still there'],
    [187, 'l', "Sorry for the wait! The Haynes VW Beetle & Karmann Ghia manual is in Haynes All Access on our e-resources page, bcpl.info/research, and the wiring diagrams are at the end of chapter 12. On a '69 the headlights run through the dimmer relay, so that's the usual culprit."],
    [193, 'l', 'Is that what you needed?'],
    [230, 'p', 'ya ok'],
    [236, 'l', 'Anything else I can help with?'],
    [260, 'p', 'nope'],
    [265, 'l', 'Bye, and good luck with the bug!'],
  ], usual({ informed: 'fail' })),

  // 08 waiting on the patron; a split greeting
  s(HUGO, '08 title history of a 1973 Bronco bought online: "Hi there!" + "Hugo here, I\'m a librarian", "No rush, take your time." then 240 s away, vehiclehistory.gov + nicb.org', [
    [0, 'p', 'thinking about buying a 1973 bronco from a guy online. how can i check the title history?? want to make sure its not stolen or salvage'],
    [22, 'l', 'Hi there!'],
    [26, 'l', "Hugo here, I'm a librarian with Ask a Librarian at Frederick County Public Libraries."],
    [32, 'l', 'Do you have the VIN from the seller yet? That decides what you can look up.'],
    [60, 'p', 'not on me, its in a text on my other phone, brb'],
    [66, 'l', 'No rush, take your time.'],
    [306, 'p', 'ok back. its U15GLR12345, only 11 characters'],
    [316, 'l', "Thanks. A 1973 VIN is shorter than today's 17, so some online checks won't take it. The federal title information system (NMVTIS) lists its approved report providers at vehiclehistory.gov, and the free VINCheck at nicb.org/vincheck looks for theft and salvage records; it works best on 1981 and later, but it's worth a try."],
    [322, 'l', 'Did that help?'],
    [360, 'p', 'yes thank u. thats all i had'],
    [366, 'l', 'Glad I could help. Thanks for chatting, and good luck with the Bronco!'],
  ], usual()),

  // 09 a transfer with a notice and a note that says why
  s(IRIS, '09 a 1958 fairgrounds car show in the paper: transfer notice at 78 + internal note why, June at 150 with the newspaper database', [
    [0, 'p', 'my grandfather won a trophy at a car show at the howard county fairgrounds in like 1958. are there any photos or newspaper articles?'],
    [20, 'l', "Hello! I'm Iris, a librarian with Howard County Library System."],
    [26, 'l', 'Do you know the name of the show, or the club that ran it?'],
    [70, 'p', 'i think the patuxent region of the AACA?? not sure'],
    [78, 'l', "Our local history librarian June knows the old newspapers much better than I do, so I'm transferring you to her now. Please hold on a moment."],
    [81, 'i', 'June, pt looking for a 1958 car show at the fairgrounds, grandfather won a trophy, maybe AACA Patuxent Region. Can you check the Times?'],
    xfer(84, 'June', 'june-cc'),
    [150, 'l', "Hi, this is June in the local history room. The Howard County Times for 1958 is digitized in our Maryland newspaper database at hclibrary.org/research (search 'fairgrounds' and 'antique car'). Do you know which month the show was?", as(JUNE)],
    [190, 'p', 'september i think'],
    [198, 'l', "There's a September 18, 1958 article, 'Antique Autos Draw Crowd at Fair', with two photos. Is that what you were hoping to find?", as(JUNE)],
    [250, 'p', 'omg yes thats him in the photo!! thats all i needed thank you'],
    [256, 'l', 'How wonderful! Thanks for chatting with us, come back anytime.', as(JUNE)],
  ], usual({ transfer: 'pass' })),

  // 10 a silent transfer with a note
  s(KARL, '10 1962 Thunderbird upholstery: internal note only, silent transfer, Lena 95 s after the patron with Chilton + a catalogue book', [
    [0, 'p', 'restoring the seats on a 62 thunderbird. where can i find the original upholstery patterns and colors?'],
    [25, 'l', 'Hi, this is Karl with Ask Us Now, the Maryland libraries chat.'],
    [31, 'l', 'Are you doing the work yourself, or looking for a shop that does period-correct interiors?'],
    [75, 'p', 'myself'],
    [80, 'i', 'Lena, can you take this one? T-Bird upholstery, you know the auto DBs better than me'],
    xfer(84, 'Lena', 'lena-cc'),
    [170, 'l', "Hi, Lena here. The 1962 Ford colour and trim codes are in the Thunderbird section of Chilton Library, through your library's website, and Thunderbird Restoration Guide 1958-1966 by William Wonder has photos of the seat patterns. Did that help?", as(LENA)],
    [210, 'p', 'yes thanks'],
    [215, 'l', 'Anything else?', as(LENA)],
    [240, 'p', 'no thats it'],
    [245, 'l', 'Take it easy, thanks for using Ask Us Now!', as(LENA)],
  ], usual({ transfer: 'fail' })),

  // 11 Spanish: a notice, no internal note
  s(MAYRA, '11 club de Volkswagen clásicos (Spanish): question inside the greeting, "le voy a transferir con mi compañero Nico" and no internal note, "es todo"', [
    [0, 'p', 'hola, busco un club de autos clásicos en Baltimore, tengo un Volkswagen Karmann Ghia 1971'],
    [20, 'l', '¡Hola! Soy Mayra, bibliotecaria de la Enoch Pratt Free Library. ¿Busca un club solo de Volkswagen o de autos clásicos en general?'],
    [60, 'p', 'de volkswagen mejor'],
    [66, 'l', 'Un momento, le voy a transferir con mi compañero Nico, que conoce bien los grupos de la ciudad.'],
    xfer(70, 'Nico', 'nico-cc'),
    [130, 'l', 'Hola, soy Nico. El Chesapeake Volkswagen Club reúne a dueños de VW clásicos en la zona de Baltimore; su calendario de reuniones y exhibiciones está en chesapeakevw.org. ¿Le sirve?', as(NICO)],
    [180, 'p', 'si perfecto, es todo, gracias'],
    [186, 'l', '¡Con gusto! Que disfrute el Karmann Ghia. Hasta luego.', as(NICO)],
  ], usual({ transfer: 'fail' })),

  // 12 a true Lost Call
  s(OSCAR, '12 best book for a 1960 Corvair (Lost Call): greeting only, check-in at 160, "I think we\'ve lost you … start a new chat anytime!" at 340', [
    [0, 'p', 'whats the best book for restoring a 1960 corvair'],
    [30, 'l', 'Good morning! This is Oscar from Washington County Free Library.'],
    [160, 'l', 'Hi again, are you still with me?'],
    [340, 'l', "I think we've lost you, so I'm going to close out this chat. If you still need help, please start a new chat anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 Lost Call after three patron lines; a check-in and notice in one line, no goodbye
  s(PAULA, '13 Eastern Shore car show calendar: coded Lost Call after three patron lines, "Are you still there? It looks like you may have disconnected …" at 280, ended at 380', [
    [0, 'p', 'is there a car show calendar for the eastern shore this summer'],
    [20, 'l', 'Hello, Paula here, librarian at Talbot County Free Library.'],
    [26, 'l', 'Which towns would you be willing to drive to?'],
    [55, 'p', 'easton, st michaels, cambridge'],
    [60, 'p', 'anything in june or july'],
    [80, 'l', "The county's events calendar at tourtalbot.org/events lists the summer car shows, including the St. Michaels cruise-in, and carshowfinder.org lets you filter Maryland shows by month. Does that help?"],
    [280, 'l', "Are you still there? It looks like you may have disconnected, and if I don't hear back I'll close this session."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 100 }),

  // 14 a goodbye exactly 120 s after the answer, no check-in
  s(QUINN, '14 factory service manual for a 1968 Charger: ILL form, "Does that sound like what you need?" at 58, "Since I haven\'t heard back, I\'ll sign off …" at 178 (120 s)', [
    [0, 'p', 'where can I find the factory service manual for a 1968 dodge charger? the chilton one isnt detailed enough'],
    [15, 'l', 'Hi, Quinn here at Montgomery County Public Libraries. Welcome!'],
    [21, 'l', 'Are you after the body and trim information, or the mechanical side?'],
    [50, 'p', 'mechanical mostly, its a 440'],
    [58, 'l', "We don't own the 1968 Chrysler factory service manual, but reprints exist and you can borrow one from another library through interlibrary loan with the request form at montgomerycountymd.gov/library/ill. Does that sound like what you need?"],
    [178, 'l', "Since I haven't heard back, I'll sign off for now. Thanks for using Ask a Librarian, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 15 a goodbye 119 s after the answer; four at once
  s(RITA, '15 insurance for a first car show: "Looks like you\'ve stepped away. Thanks for chatting" 119 s after the answer; three other chats open through it (four at once)', [
    [0, 'p', 'hey do car shows require insurance to show your car? first show next month'],
    [25, 'l', 'Hello! Rita with Garrett County Public Library here.'],
    [31, 'l', 'Is it a judged show or a casual cruise-in? And is the car on historic tags?'],
    [70, 'p', 'judged show, regular tags'],
    [77, 'l', "Most judged shows only ask that the car be registered and insured like any car on the road, plus a signed waiver at check-in. Hagerty's first-show checklist is at hagerty.com/media (search 'first car show'). Did that help?"],
    [196, 'l', "Looks like you've stepped away. Thanks for chatting — good luck at the show!"],
  ], usual({ anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'rita-cc', -100, 300), other('r2', 'rita-cc', 10, 250), other('r3', 'rita-cc', 40, 400)],
  }),

  // 16 a check-in and a goodbye exactly 180 s after the answer, no notice
  s(SOFIA, '16 paint code of a 1979 Trans Am: paintref.com at 66, "Are you still with me?" at 186, "Thanks for chatting, come back anytime!" at 246 (180 s, no notice)', [
    [0, 'p', 'how do i find the original paint color on my 1979 trans am'],
    [20, 'l', "Hi! You're chatting with Sofia, a librarian at Harford County Public Library."],
    [26, 'l', 'Do you still have the cowl tag on the firewall, or has it been repainted and the tag lost?'],
    [60, 'p', 'tag is there, just cant read it'],
    [66, 'l', "The paint code is the number after 'PNT' on that tag; a little chalk rubbed over it helps. Then match it in the 1979 Pontiac chart at paintref.com, which shows each code with its colour chip. Is that what you were looking for?"],
    [186, 'l', 'Are you still with me?'],
    [246, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 17 a limit of questions
  s(TOBY, '17 AACA judging sheet, then trailers, hotels and appraisal: "You\'ve asked your limit of questions for one session, so I\'ll need to end it here."', [
    [0, 'p', 'i need the judging sheet for the AACA national meet, and also how to trailer my car there, and hotels near hershey, and how to get it appraised for insurance'],
    [20, 'l', 'Hello, Toby at Ask Us Now.'],
    [26, 'l', "Let's start with the judging sheet: which class is the car in?"],
    [60, 'p', '1966 GTO, class 24 i think. ALSO the trailer thing'],
    [68, 'l', 'The AACA judging manual is posted at aaca.org under Judging, with the score sheets for each class. Does that help?'],
    [100, 'p', 'ok fine, now the trailer and hotels and appraisal. come on'],
    [108, 'l', "You've asked your limit of questions for one session, so I'll need to end it here."],
    [120, 'p', 'are you kidding me. useless'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 other patrons waiting, chat back later (allowed)
  s(UNA, '18 a 1957 Bel Air frame-off, a long list: "there\'s a line of other patrons waiting … Please chat back in a little later"', [
    [0, 'p', 'hi, doing a frame off restoration of a 1957 bel air. need a parts catalog and paint codes and the correct engine bay colors and the chrome supplier list and...'],
    [18, 'l', "Hello and thanks for writing in! This is Una at St. Mary's County Library."],
    [24, 'l', "That's a big project! Which would help most to start with, the parts catalog or the paint codes?"],
    [55, 'p', 'paint codes first'],
    [62, 'l', "The 1957 Chevrolet paint codes, with the firewall and engine colours, are in the Standard Catalog of Chevrolet 1912-2003 in our reference collection, and the Classic Chevy Club has a paint chart at classicchevy.com. Does that get you started?"],
    [100, 'p', 'yes ok now the parts catalog and the chrome and also upholstery kits and where to get the bel air emblems'],
    [108, 'l', "I'd love to keep going, but there's a line of other patrons waiting for help right now. Please chat back in a little later and one of us will pick up with the parts catalog and the rest."],
    [130, 'p', 'fine'],
    [135, 'l', 'Thanks for understanding, bye for now!'],
  ], usual({ anything: 'fail' })),

  // 19 the patron ends it; the code is an empty string
  s(VIC, '19 roadster or convertible: "Glad that helped! 😄", the patron\'s "cool thats everything i needed, later" last, patron left; code ""', [
    [0, 'p', 'whats the difference between a roadster and a convertible? settling an argument at the car show lol'],
    [12, 'l', "Hi! This is Vic from Queen Anne's County Library, happy to settle it."],
    [18, 'l', 'Are you arguing about a specific car, or the terms in general?'],
    [45, 'p', 'general'],
    [52, 'l', 'Strictly, a roadster has no roll-up side windows and only a light top, while a convertible has roll-up glass and a full folding top. The Oxford English Dictionary (free with your card at qaclibrary.org/research) and merriam-webster.com both define them that way. Does that settle it?'],
    [80, 'p', 'HA i win. yes'],
    [84, 'l', 'Glad that helped! 😄'],
    [100, 'p', 'cool thats everything i needed, later'],
    left(104),
  ], usual({ courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 20 a question about something not yet given; a promise with no contact
  s(WANDA, '20 1964 Valiant carburetor pages: "Would a scan … be what you need?", "I\'ll scan them tomorrow morning and send them over", FU_ME, no e-mail or phone', [
    [0, 'p', 'do you have the 1964 plymouth valiant shop manual? i just need the page on the carburetor'],
    [20, 'l', "Hi, I'm Wanda, a reference librarian at Allegany County Library System."],
    [26, 'l', 'Is it the slant six with the one-barrel carburetor?'],
    [60, 'p', 'yes slant 6'],
    [67, 'l', 'We have the 1964 Plymouth Service Manual in the reference collection at our Frostburg branch; it does not circulate. Would a scan of the carburetor pages be what you need?'],
    [100, 'p', 'yes please!!'],
    [106, 'l', "Great, I'll scan them tomorrow morning and send them over."],
    [130, 'p', 'awesome thanks'],
    [135, 'l', 'You bet. Anything else?'],
    [150, 'p', 'no'],
    [155, 'l', 'Thanks for using the library, have a good one!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 21 no source at all
  s(XENA, '21 what judges look at (a 1963 Jaguar, nervous): advice from knowledge only, "Does that help calm the nerves a bit?", "no more questions"', [
    [0, 'p', 'what do judges look at at a concours? showing my 1963 jaguar for the first time, nervous'],
    [25, 'l', 'Hi there, Xena from Cecil County Public Library here!'],
    [31, 'l', 'Is it a full concours, or a local club show with a points system?'],
    [60, 'p', 'local club show, points'],
    [70, 'l', 'Usually authenticity comes first (correct parts and finishes for the year), then condition: paint, chrome, interior, engine bay, trunk and underside. Clean spots people forget, like door jambs and wheel wells, make a big difference. Does that help calm the nerves a bit?'],
    [110, 'p', 'yes lol thanks. no more questions'],
    [115, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 22 referrals with no way to reach anyone
  s(YUSUF, '22 judging a 1956 Packard for originality: "contact the Packard Automobile Classics club … ask at your local AACA region", no contact, no source', [
    [0, 'p', 'i want to get my 1956 packard judged for originality. who does that?'],
    [18, 'l', 'Hi, this is Yusuf with Ask Us Now, a librarian for the Maryland libraries.'],
    [24, 'l', 'Do you want it judged at a show, or a private appraisal for insurance?'],
    [55, 'p', 'at a show'],
    [62, 'l', "Your best bet is to contact the Packard Automobile Classics club; their judges do exactly that. I'd also ask at your local AACA region, they hold judged meets every summer. Does that help?"],
    [100, 'p', 'ok ill look them up'],
    [105, 'l', 'Sounds good. Anything else I can help with?'],
    [120, 'p', 'no thats it'],
    [125, 'l', 'Bye now, thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 23 a referral by e-mail
  s(ZARA, '23 factory equipment of a 1963 Avanti: the Studebaker museum archivist by e-mail, "That is all I needed."', [
    [0, 'p', 'Hello, I have a 1963 Studebaker Avanti. Is there any way to find out how it was originally equipped from the factory?'],
    [30, 'l', "Good evening and welcome to Ask Us Now! My name is Zara and I'm a librarian."],
    [36, 'l', 'Do you have the serial number, the one starting with R?'],
    [80, 'p', 'yes R1234'],
    [88, 'l', 'The Studebaker National Museum archives keep the original production order for Avantis. E-mail their archivist at archives@studebakermuseum.org with your serial number and ask for a copy of the production order; there is a small research fee.'],
    [94, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'That is exactly it, thank you. That is all I needed.'],
    [136, 'l', 'Wonderful, happy motoring and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 24 two parties, one with a postal address, one with nothing
  s(ABEL, '24 registration records for abuelo\'s 1959 Apache (English and Spanish): State Archives by postal address + msa.maryland.gov, a historical society with no contact', [
    [0, 'p', "buscando registros viejos — old registration records for my abuelo's 1959 chevy apache truck in maryland. is that possible?"],
    [22, 'l', 'Hi! Abel here at Calvert Library, hola 👋'],
    [28, 'l', '¿Sabe más o menos en qué condado estaba registrado? Which county was it in?'],
    [70, 'p', 'calvert, he lived in prince frederick'],
    [78, 'l', "The old MVA registration records that survive from the 1950s went to the Maryland State Archives; their guide to vehicle records is at msa.maryland.gov. You can write to them at 350 Rowe Boulevard, Annapolis, MD 21401 with the owner's name and the years. It's also worth asking at the Calvert County Historical Society, they sometimes have local tag lists."],
    [84, 'l', '¿Le sirve? Does that help?'],
    [120, 'p', 'si! thank you, thats all'],
    [126, 'l', 'De nada, gracias por escribir. Bye!'],
  ], usual({ referral: 'fail' })),

  // 25 no referral: a website and a colleague consulted; no question before the source
  s(BEA, '25 recalls on a 1975 450SL: nhtsa.gov/recalls straight after the greeting, "I also asked our colleague …", then Consumer Reports', [
    [0, 'p', 'does my 1975 mercedes 450sl have any open recalls? just bought it'],
    [20, 'l', 'Hi, Bea at Wicomico Public Libraries here.'],
    [26, 'l', "You can check recalls by VIN with NHTSA's recall lookup at nhtsa.gov/recalls; it goes back to 1966. I also asked our colleague who looks after the auto collection, and she says the Mercedes-Benz Classic site, mercedes-benz-classic.com, lists service campaigns for the R107 cars too."],
    [32, 'l', 'Does that answer your question?'],
    [70, 'p', 'ok yeah. anything for buying used classic cars in general?'],
    [78, 'l', "Sure: Consumer Reports, free through our databases at wicomicolibrary.org/research, has buying advice, and Hagerty has a 450SL buyer's guide at hagerty.com. Anything else?"],
    [110, 'p', 'nope thats everything, thanks'],
    [115, 'l', 'Thanks for chatting, have a great day!'],
  ], usual({ clarify: 'fail' })),

  // 26 follow-up by me: e-mail read back, a day named, done at 50 h
  s(CARLA, '26 ads for a 1971 club show in the Evening Capital: microfilm, e-mail typed and read back, "by Wednesday afternoon", FU_ME done at 50 h', [
    [0, 'p', 'I am writing a history of our local car club and need the newspaper ads for their first show in 1971. Do you have old Evening Capital papers?'],
    [25, 'l', 'Good morning! This is Carla, a librarian at Anne Arundel County Public Library.'],
    [31, 'l', 'Do you know the month of the show, or roughly when the ads would have run?'],
    [70, 'p', 'May 1971, show was the 3rd weekend i think'],
    [78, 'l', 'The Evening Capital for 1971 is on microfilm at our Annapolis branch; it is not online. I can go through May 1971 for you and send scans of any ads and articles. What e-mail should I send them to?'],
    [110, 'p', 'tom.hadley58@example.com'],
    [116, 'l', "Got it: tom.hadley58@example.com. I'll have the scans to you by Wednesday afternoon."],
    [140, 'p', 'perfect, thank you!'],
    [146, 'l', 'In the meantime, the Library of Congress Chronicling America site, chroniclingamerica.loc.gov, lists which Maryland papers are digitized. Does that help for now?'],
    [175, 'p', 'yes. thats all for today'],
    [180, 'l', 'Thank you, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 27 follow-up by the patron's library: phone typed and read back, "within 2 days", done at 80 h
  s(DANTE, '27 the 1966 Corvette assembly manual: worldcat.org, the home library asked to call, phone "301 555 0198" read back, "within 2 days", FU_LIB done at 80 h', [
    [0, 'p', 'Hi. Looking for the 1966 Corvette assembly instruction manual. I live in Hagerstown if that matters'],
    [40, 'l', 'Hello, this is Dante, a librarian with the statewide Ask Us Now service.'],
    [46, 'l', 'Do you need the whole manual, or one section, like the wiring or the body?'],
    [90, 'p', 'the rear suspension section'],
    [96, 'l', "WorldCat (worldcat.org) shows a reprint of the assembly manual at your home library, Washington County Free Library. I can't see whether it's on the shelf, so I'll ask their reference staff to check and call you. What's the best phone number?"],
    [130, 'p', '301 555 0198'],
    [136, 'l', 'Thanks, 301-555-0198. Someone from Washington County Free Library will call you within 2 days.'],
    [160, 'p', 'ok great. no more questions'],
    [166, 'l', 'Thanks for using Ask Us Now, bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 28 Spanish: a promise coded Answered, e-mail read back, "mañana por la tarde", pending
  s(ELISA, '28 color original de un Falcon 1963 (Spanish): "le escribo mañana", e-mail read back, "mañana por la tarde", coded Answered, pending at day 1', [
    [0, 'p', 'Hola! estoy restaurando un Ford Falcon 1963 y necesito saber que color de pintura tenía originalmente. tengo el número de serie'],
    [30, 'l', '¡Hola, bienvenido! Le saluda Elisa, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [36, 'l', '¿Tiene también la placa de datos de la puerta con el código de pintura, o solo el número de serie?'],
    [80, 'p', 'solo el numero de serie, la placa se perdio'],
    [88, 'l', 'Entiendo. El número de serie de 1963 no incluye el color, así que hay que buscar otros registros. Déjeme investigarlo con calma y le escribo mañana con lo que encuentre. ¿Me da su correo electrónico?'],
    [120, 'p', 'jmorales.falcon@example.com'],
    [126, 'l', 'Perfecto: jmorales.falcon@example.com. Le escribo mañana por la tarde. Mientras tanto, la tabla de colores de 1963 está en paintref.com (busque Ford 1963). ¿Le sirve por ahora?'],
    [160, 'p', 'si gracias'],
    [166, 'l', '¿Algo más en que le pueda ayudar?'],
    [185, 'p', 'no, nada mas'],
    [190, 'l', '¡Gracias por escribirnos, hasta mañana!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 29 Practice
  s(TRAINEE, '29 practice chat (car show script): coded Practice, every check na', [
    [0, 'p', 'testing 123 car show question pls ignore'],
    [10, 'l', 'Practice reply: auto repair manuals are at chiltonlibrary.com'],
    [16, 'l', 'Did that help?'],
    [25, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 no provider ever joined
  s(NOBODY, '30 borrowing a timing light for a 1967 Beetle: no provider ever joined, "hello??", "nvm", patron left, code null', [
    [0, 'p', 'does the library lend tools like a timing light or a compression tester? working on my 1967 beetle'],
    waitLine(2, 3),
    [140, 'p', 'hello??'],
    [200, 'p', 'nvm'],
    left(205),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CLASSICCARS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-sixth round: classic cars and car shows, checked', () => {
  describeSessions('whole sessions', CLASSICCARS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CLASSICCARS.filter((c) => c.name in LEFT_WHY));
});
