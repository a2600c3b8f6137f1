/**
 * Eighty-eighth round, theme PINBALL, ARCADES AND VINTAGE VIDEO GAMES, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: borrowing games (Mario games for an eight-year-old's Switch,
 * Minecraft for an Xbox One in Spanish, The King of Kong on DVD), collecting and repair (a box of Atari 2600 cartridges,
 * weak flippers on a 1977 Bally Eight Ball, a Gottlieb Spirit of '76 found in a Hagerstown garage, a 1980 playfield to
 * clean, a Ms. Pac-Man cabinet's wiring diagram, an original NES on an HDMI-only TV), playing (public machines near
 * Westminster, leagues, the Galaga record, retro game nights in Oakland and Wheaton, original Activision cartridges for a
 * thesis), history (MicroProse in Hunt Valley, the Ocean City boardwalk arcades, the New York pinball ban, Nintendo for a
 * fifth-grade report, The Addams Family as the best-selling pinball, Donkey Kong and Pong for a podcast, the
 * Space Invaders coin-shortage story, a homeschool unit), local news (a 1982 Pac-Man contest in the Sun, arcade limits for
 * minors in the early 80s, Aladdin's Castle at Golden Ring Mall, a 1979 Cambridge arcade ad) and business (coin-op
 * licences for an arcade in Hagerstown), an Atari book by interlibrary loan for a grandson partly in Spanish. Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s76/arcades-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 17-24 s in most; exactly 60 s (04: pass); 61 s after the patron's "hello??" at 35 (05: fail); `pickedUpAt` at
 *   58 s with the first visible line at 72 s (06: pass on the recorded pickup); no provider ever, only the queue's system
 *   line (25: fail);
 *  greeting: name and library, name and service ("Hello, and welcome to AskUsNow! I'm Noor, a librarian.", 16), "Hey
 *   there! Tasha at Wicomico Public Libraries here." (22), Spanish "¡Hola! Soy Andrés, bibliotecario de AskUsNow!" (23)
 *   and "¡Hola, buenas tardes! Soy Lucía, …" (02); "Hello!" then "I'm Rowan, a librarian at …" (12: the two parts in two
 *   messages, pass); an introduction with no greeting, "This is Dorian at the Enoch Pratt Free Library chat." (07: fail);
 *   "Hi there!" then a question, the name only in the third provider line (08: fail); na with no provider (25) and
 *   Practice (26);
 *  keep_informed: a hold at 70 and "Still searching — I've found a few 1982 stories …" at 190, the answer at 310, two
 *   spans of exactly 120 s (09: pass); a patron question answered 121 s later with an internal note and the patron's "??"
 *   inside (10: fail); "Sure, take your time!" and the patron back 234 s later (11: waiting on the patron, pass); a
 *   transfer announcement answered 38 s later (30); a new list of questions after a dismissal unanswered at the end (17,
 *   18); na (23, 24, 25, 26);
 *  clarify: console, format, paper length and primary sources, the bet, boxes and manuals, skill with a multimeter, the
 *   arcade's name and month, upright or cocktail, the backglass title, a source to cite, which consoles and a deadline,
 *   home library card and borrow or buy, whether the chat is for an assignment; restatements "So you're looking for the
 *   history of the pinball bans …" (07) and "So you need books about the history of Nintendo written for about a
 *   10-year-old …" (12); leagues asked only after pinballmap.com (13: fail); no source ever, the playfield's age asked
 *   (14: pass); na (23, 24);
 *  source: bcpl.info, pgcmls.info, library.umbc.edu, ProQuest Historical Newspapers, archive.org, ocmuseum.org,
 *   worcesterlibrary.org, pricecharting.com, atariage.com, pinrepair.com, ipdb.org, prattlibrary.org, arcade-museum.com,
 *   worldcat.org, Britannica School on tcfl.org, pinballmap.com, ifpapinball.com, businessexpress.maryland.gov and a
 *   licensing desk's phone, museumofplay.org, twingalaxies.com, guinnessworldrecords.com, stmalib.org, wicomicolibrary.org,
 *   msa.maryland.gov, lib.umd.edu, books (Sid Meier's Memoir!, Pinball! by Roger Sharpe, Pinball Wizards, The Story of
 *   Nintendo, The Ultimate History of Video Games, Replay, The King of Kong DVD); none: advice from memory, Novus 2,
 *   "videos on YouTube" and "the Pinside app" (14: fail);
 *  completeness: "Is that what you were looking for?", "¿Le sirve esta información?", "Does this give you what you need to
 *   get started?", "Did that help settle it?", "Will those work for you?", "Does that help for now?", "does the 1975
 *   exterior photo help at all?", in the answer's own message (10, 17, 19, 21); after an answer with no source (14: pass);
 *   near misses "Would you like me to look for a book on pinball history that mentions it too?" (15: fail) and "Let me
 *   know if that helps!" (22: fail);
 *  anything else: asked by the provider (05, 08, 10, 11, 18); the patron's "thats all i needed", "eso es todo", "no more
 *   questions", "That's all, thank you!", "that's all I need", "that's everything", "that's all"; near misses "Feel free
 *   to come back if you have more questions." with no reply (19: fail), "ok cool thanks" (29), "wow ok" (17), silence
 *   (13, 21, 22);
 *  dismissal: "Sorry, we have a limit of one question per chat session, so I'll have to end our chat here. Goodbye." (17:
 *   fail, courteous passes); "There are several other patrons waiting in the queue right now … please log back on later"
 *   after the anything-else question (18: allowed, pass);
 *  courteous: goodbyes in English and Spanish; the last two provider lines a check-in and "… so I'll be ending this
 *   session." (24: fail);
 *  final idle: a goodbye 119 s after the answer (19: na); a goodbye exactly 120 s after with no check-in (13: idle fails,
 *   notice na); "Are you still with me?" then "It seems we've lost the connection, so I'm going to end this chat now.
 *   Thanks …" exactly 180 s after the answer (21: both pass); a notice with "Come back anytime!" 200 s after and no
 *   check-in (22: idle fails, notice passes); a true Lost Call in Spanish, "¿Sigue ahí?" and "Parece que se desconectó,
 *   así que voy a cerrar el chat. ¡Escríbanos de nuevo cuando quiera!" (23); a check-in and a notice with no goodbye, 189
 *   s to `endedAt` (24); the patron's last line the last visible one (17, 18, 25);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass);
 *   three others open with it from 120 s (10: four, fail); a transfer whose first provider has two others before it and
 *   three that start after it, and whose receiver has two others (30: pass over the part each handled);
 *  codes: Answered; no code field at all (12: na); "" (17: fail); Lost Call with one patron line (23: pass) and two (24:
 *   fail); null with no provider (25: fail); Practice (26: all na); a promise coded Answered (29: fail); Follow-up by me
 *   with the e-mail only in `patron.email` (20: pass, a contact is known);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done "2026-03-05T15:02:00Z", 71 h 57 min after the end
 *   (27: pass, a local-clock reading would say late); FU_LIB in Spanish, e-mail read back, "en 72 horas", not recorded,
 *   `now` 161 s before the deadline (28: pending); FU_ME, "I'll email you what I find tomorrow" with the e-mail only in
 *   `patron.email`, done "2026-03-05T07:10:00-08:00", 72 h 6 min after the end (20: contact and on_time fail, a
 *   local-clock reading would say on time); "I'll email you what I find." with the e-mail read back but no time, coded
 *   Answered, not recorded at day 4 (29: code, contact and on_time fail);
 *  referrals: two repair options in one message, a shop by phone and a club by its contact URL (06: pass); the own
 *   library's Maryland Department by phone (09: pass); the IPDB's volunteers through its contact page and "the collectors
 *   at the Pinball Hall of Fame in Las Vegas" in one message (11: one party with no way to reach it, fail); a county
 *   licensing desk by phone (16: pass); a museum to visit, with its URL (18: pass); the archive by e-mail and phone (30:
 *   pass); not referrals: a university library's catalogue (03), a museum's history pages (04), a book on the shelf at a
 *   branch (12), microfilm at the provider's branch (29), the patron's library's ILL staff who will write to her (28);
 *  transfers: an internal note saying why, the transfer, no word to the patron (16: fail); a notice and a note, both
 *   before the transfer (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 58 s, pass, though the first visible line came at 72 s (06);
 * - "This is Dorian at the Enoch Pratt Free Library chat." identifies but greets no one (07: fail); "Hey there!" greets
 *   (22); "Hi there!" and a question, with the name only in the third provider line, is outside "the first two" (08: fail);
 * - "Thanks! Let me search the Sun archive for that, one moment." is a hold; "Still searching — I've found a few 1982
 *   stories … and I'm checking them for his name." gives a partial result and says the search goes on: a hold (09);
 *   "… So you need books about … Let me see what we have." is a restatement and a hold (12); "Sure, take your time!" is
 *   not a hold (11); a span of exactly 120 s is not "longer than" 120 s (09);
 * - an internal note does not end a wait on the provider and the patron's "??" does not restart it (10: 121 s);
 * - a question after the first source is not "before the first message that gives a source" (13: fail);
 * - "videos on YouTube" and "the Pinside app" are a site and an app named without a way to reach them, and "Novus 2" is a
 *   product: no source (14: fail); with no source ever given, the playfield's age asked before the answer counts (14);
 * - "Did that help?" after advice from memory asks whether the answer given meets the need (14: pass);
 * - "Would you like me to look for a book on pinball history that mentions it too?" offers something not yet given (15:
 *   fail); "Let me know if that helps!" asks nothing (22: fail); "does the 1975 exterior photo help at all?" asks about
 *   what was given (27: pass);
 * - "Feel free to come back if you have more questions." invites back but does not ask (19: anything else fails, courteous
 *   passes); "that's all" (20), "That's all, thank you" (12), "eso es todo" (02, 28) say explicitly that the patron is
 *   done; "ok cool thanks", "wow ok", "ok no worries" do not;
 * - "we have a limit of one question per chat session, so I'll have to end our chat here. Goodbye." tells the patron
 *   they reached a limit of questions (17: fail) and still says goodbye (courteous passes);
 * - "It seems we've lost the connection, so I'm going to end this chat now. Thanks for reaching out …" is a notice and,
 *   thanking and asking nothing, a goodbye: the idle ends there, exactly 180 s (21: notice applies and passes);
 * - "It looks like you've disconnected, so I'll be ending this session." announces the end and thanks no one: not a
 *   goodbye, so the idle runs to `endedAt` (24: 189 s) and courteous fails;
 * - a Lost Call whose only provider lines are a greeting, a check-in and a notice has no substantive exchange (23, 24);
 * - a code field left out (undefined) means the source has no codes (12: na); "" is a missing code (17: fail);
 * - "I'll email you what I find tomorrow." is a promise with a time; the e-mail only in `patron.email` makes the
 *   Follow-up by me code pass (a contact is known in the patron fields) and contact fail (never given or repeated in the
 *   chat) (20);
 * - "El personal de Howard County le escribirá en 72 horas" says someone from the patron's library will contact her and
 *   when (28: follow-up session, contact passes with the e-mail read back); it is not a referral (she is not told to
 *   contact them);
 * - follow-up times are compared in real elapsed time: "2026-03-05T15:02:00Z" is 71 h 57 min after an end at
 *   10:04:11-05:00 on 2 March (27: pass); "2026-03-05T07:10:00-08:00" is 72 h 6 min after an end at 10:03:31-05:00 (20:
 *   fail); `now` = T0 + 72 h with the session ending at T0 + 161 s is before the deadline (28: pending);
 * - "I'll email you what I find." with the e-mail read back but no time (29: contact fails; code fails, Answered);
 * - telling the patron of "two options nearby" for a house call or repair advice, each with a phone or contact URL (06),
 *   to call the own library's Maryland Department (09), to call the Clerk's licensing desk (16), a museum she asked to
 *   visit with its URL (18), to e-mail or call the archive (30): referrals with a way; "ask the collectors at the Pinball
 *   Hall of Fame in Las Vegas" names a city, no address (11: fail);
 * - a transfer with no visible word to the patron fails the handoff however good the internal note (16);
 * - concurrency in a transferred session: the first provider judged over 0-79 s (three open at most), the receiver over
 *   79-171 s (three) (30: pass); the first provider's three chats that start after the transfer are outside her part.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/arcades-labels.ts). First run as labelled / disagreeing: 26 / 4 (06, 18, 22, 27); all 30 score the same
 * once redacted and no check "could not be evaluated". Label corrections: none (each disagreement reread against
 * RUBRIC.md; every label stood). Final: 26 running, 4 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's
 * evidence: "two options nearby: Chesapeake Pinball Service … (410-555-0163), and the Free State Pinball Club … through
 * freestatepinball.org/contact" not read as a referral, 06; the Strong National Museum of Play offered "For a trip" to a
 * patron who asked for a museum to visit, with museumofplay.org, not read as a referral, 18; "Let me know if that helps!"
 * read as the completeness question, 22; "does the 1975 exterior photo help at all?" not read as one, 27).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, left, session, xfer } from './provider-lines';

const PRIYA: Prov = { id: 'priya-ar', name: 'Priya', library: 'BCPL' };
const LUCIA: Prov = { id: 'lucia-ar', name: 'Lucía', library: 'PGCMLS' };
const GRANT: Prov = { id: 'grant-ar', name: 'Grant', library: 'AUN' };
const DALE: Prov = { id: 'dale-ar', name: 'Dale', library: 'WOCL' };
const KOFI: Prov = { id: 'kofi-ar', name: 'Kofi', library: 'AACPL' };
const INES: Prov = { id: 'ines-ar', name: 'Ines', library: 'HCLS' };
const DORIAN: Prov = { id: 'dorian-ar', name: 'Dorian', library: 'EPFL' };
const JESS: Prov = { id: 'jess-ar', name: 'Jess', library: 'HCPL-MD' };
const SIMONE: Prov = { id: 'simone-ar', name: 'Simone', library: 'EPFL' };
const FARAH: Prov = { id: 'farah-ar', name: 'Farah', library: 'FCPL-MD' };
const HOLLIS: Prov = { id: 'hollis-ar', name: 'Hollis', library: 'WCFL' };
const ROWAN: Prov = { id: 'rowan-ar', name: 'Rowan', library: 'TCFL' };
const MEI: Prov = { id: 'mei-ar', name: 'Mei', library: 'CCPL-CA' };
const BETTY: Prov = { id: 'betty-ar', name: 'Betty', library: 'CALV' };
const OMAR: Prov = { id: 'omar-ar', name: 'Omar', library: 'CCPL-CE' };
const NOOR: Prov = { id: 'noor-ar', name: 'Noor', library: 'AUN' };
const WILL: Prov = { id: 'will-ar', name: 'Will', library: 'WCFL' };
const TREVOR: Prov = { id: 'trevor-ar', name: 'Trevor', library: 'ACLS' };
const JUNE: Prov = { id: 'june-ar', name: 'June', library: 'KCPL-MD' };
const PAUL: Prov = { id: 'paul-ar', name: 'Paul', library: 'CCPL-CH' };
const KEIKO: Prov = { id: 'keiko-ar', name: 'Keiko', library: 'AUN' };
const SAM: Prov = { id: 'sam-ar', name: 'Sam', library: 'SMCL' };
const TASHA: Prov = { id: 'tasha-ar', name: 'Tasha', library: 'WPL' };
const ANDRES: Prov = { id: 'andres-ar', name: 'Andrés', library: 'AUN' };
const ELISE: Prov = { id: 'elise-ar', name: 'Elise', library: 'GCPL' };
const QUEUE: Prov = { id: 'queue-ar', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-ar', name: 'Trainee 3', library: 'TRN' };
const VERA: Prov = { id: 'vera-ar', name: 'Vera', library: 'BCPL' };
const ISABEL: Prov = { id: 'isabel-ar', name: 'Isabel', library: 'AUN' };
const LIAM: Prov = { id: 'liam-ar', name: 'Liam', library: 'DCPL-MD' };
const NIA: Prov = { id: 'nia-ar', name: 'Nia', library: 'AUN' };
const RAJ: Prov = { id: 'raj-ar', name: 'Raj', library: 'UMD' };

const s = session;

export const ARCADES: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(PRIYA, '01 Mario games for an 8-year-old\'s Switch: the console asked, bcpl.info with the Video Game format, "thats all i needed", touching ends (three at most)', [
    [0, 'p', 'hi does the library lend video games?? my son is 8 and wants to try mario games'],
    [17, 'l', "Hi! Thanks for contacting Baltimore County Public Library — I'm Priya, one of the librarians here."],
    [23, 'l', 'Which console does he play on — a Switch, or something older?'],
    [49, 'p', 'switch'],
    [58, 'l', "We do lend them! In the catalog at bcpl.info, search 'Mario' and set the format filter to 'Video Game'. Super Mario Bros. Wonder and Mario Kart 8 Deluxe are both in the collection for Switch, and you can place a hold with your library card."],
    [64, 'l', 'Is that what you were looking for?'],
    [96, 'p', 'yes perfect!! thats all i needed, thank you'],
    [102, 'l', "You're so welcome. Have fun, and thanks for chatting with BCPL!"],
  ], usual(), {}, {
    otherIntervals: [other('p1', 'priya-ar', -300, 0), other('p2', 'priya-ar', -40, 70), other('p3', 'priya-ar', 30, 500), other('p4', 'priya-ar', 107, 600)],
  }),

  // 02 Spanish, plain good
  s(LUCIA, '02 Minecraft para un Xbox One (Spanish): which Xbox asked, pgcmls.info with the Video Game format, "¿Le sirve esta información?", "eso es todo"', [
    [0, 'p', 'hola buenas, la biblioteca presta videojuegos? mi hija quiere minecraft para el xbox'],
    [21, 'l', "¡Hola, buenas tardes! Soy Lucía, bibliotecaria del Sistema de Bibliotecas Memorial del Condado de Prince George's. Con gusto le ayudo."],
    [28, 'l', '¿Es un Xbox One o un Xbox Series X|S? Así busco la versión correcta.'],
    [60, 'p', 'xbox one creo, el negro'],
    [69, 'l', "Sí, prestamos videojuegos. En nuestro catálogo (pgcmls.info) escriba 'Minecraft' y en 'Formato' elija 'Video Game': hay copias para Xbox One. Con su tarjeta de la biblioteca puede reservarlo en línea."],
    [75, 'l', '¿Le sirve esta información?'],
    [110, 'p', 'si muchas gracias, eso es todo 😊'],
    [116, 'l', '¡Con mucho gusto! Gracias por escribirnos y que lo disfruten.'],
  ], usual()),

  // 03 plain good, statewide
  s(GRANT, '03 MicroProse in Hunt Valley for a UMBC paper: length and primary sources asked, Sid Meier\'s Memoir! + ProQuest + archive.org, "no more questions!"', [
    [0, 'p', "Hello, I'm writing a paper for my UMBC history of technology class on MicroProse, the game company that was in Hunt Valley. Where should I start?"],
    [19, 'l', "Good afternoon, and welcome to AskUsNow! I'm Grant, a librarian with Maryland's statewide chat service."],
    [26, 'l', 'Great topic. How long is the paper, and does your professor want primary sources from the 1980s, like newspaper and magazine coverage, or mostly books?'],
    [70, 'p', '12 pages, and yes she wants at least 3 primary sources'],
    [81, 'l', "Here's a good start:\n• Sid Meier's Memoir! (2020) covers MicroProse's founding with Bill Stealey and the Hunt Valley years; UMBC's Albin O. Kuhn Library has it (search it at library.umbc.edu).\n• For 1980s coverage, the Baltimore Sun historical archive in ProQuest (UMBC library > Databases > ProQuest Historical Newspapers) has stories on the company's growth in Hunt Valley.\n• Computer Gaming World back issues, with reviews and ads of MicroProse games, are digitized on the Internet Archive (archive.org, search 'Computer Gaming World')."],
    [88, 'l', 'Does this give you what you need to get started?'],
    [130, 'p', "yes this is perfect, I didn't know about the CGW archive. no more questions!"],
    [136, 'l', 'Glad it helps — good luck with the paper, and thanks for using AskUsNow!'],
  ], usual()),

  // 04 pickup at exactly 60 s
  s(DALE, '04 how old the Ocean City boardwalk arcades are (a bet): pickup at exactly 60 s, the bet asked, ocmuseum.org + Images of America in the catalog, "Did that help settle it?"', [
    [0, 'p', 'how old are the arcades on the ocean city boardwalk? settling a bet w my brother lol'],
    [60, 'l', "Good morning! I'm Dale, a librarian at Worcester County Library. Happy to help settle it."],
    [66, 'l', "What's the bet exactly — the first amusement arcades on the boardwalk in general, or one particular arcade?"],
    [95, 'p', 'he says the oldest one is from the 1950s, i say way older'],
    [104, 'l', "Looks like you win! The Trimper family's amusements at the south end of the boardwalk go back to the 1890s, and their carousel to 1912. The Ocean City Life-Saving Station Museum's boardwalk history pages (ocmuseum.org) and the book 'Ocean City' from the Images of America series, in our catalog at worcesterlibrary.org, both have photos of the early penny arcades."],
    [110, 'l', 'Did that help settle it?'],
    [140, 'p', 'YES. thats all i needed haha thank u'],
    [145, 'l', 'Ha, enjoy your win! Thanks for chatting with us.'],
  ], usual()),

  // 05 pickup at 61 s
  s(KOFI, '05 a box of Atari 2600 cartridges, worth anything?: "hello??" at 35, pickup at 61 s, boxes asked, pricecharting.com + atariage.com, "Anything else …?"', [
    [0, 'p', 'found a box of atari 2600 games in my dads basement. how do i know if any are worth $$'],
    [35, 'p', 'hello??'],
    [61, 'l', "Hi, sorry about the wait! I'm Kofi, a librarian at Anne Arundel County Public Library."],
    [67, 'l', 'Roughly how many cartridges are there, and do any still have their boxes or manuals?'],
    [101, 'p', 'like 40. maybe 6 w boxes'],
    [111, 'l', "Collectors go by sold prices, not asking prices. PriceCharting (pricecharting.com) lists recent sold prices for each Atari 2600 title, loose or boxed, and AtariAge's rarity guide (atariage.com, under 2600 > Rarity Guide) rates how scarce each cartridge is. Boxes and manuals in good shape can add a lot."],
    [117, 'l', 'Is that the kind of info you needed?'],
    [150, 'p', 'ya thx'],
    [156, 'l', 'Anything else I can help with today?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Good luck with the collection, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 06 pickedUpAt 58, first visible line at 72; two referred parties, each with a way to reach them
  s(INES, '06 weak flipper on a 1977 Bally Eight Ball: pickedUpAt 58 (first line 72), pinrepair.com + ipdb.org, a repair shop by phone and a club by its contact URL', [
    [0, 'p', 'I bought a 1978 Bally pinball machine (Eight Ball) and the left flipper is weak. Is there a repair manual or guide anywhere?'],
    [72, 'l', "Hello, thanks for your patience! I'm Ines, a librarian with Howard County Library System."],
    [78, 'l', 'Does the flipper fire but feel weak, or does it sometimes not fire at all? And are you comfortable opening the cabinet and using a multimeter?'],
    [115, 'p', "it fires but is weak, and yes i've done some electronics"],
    [126, 'l', "Weak flippers on late-70s Bally games are very often a worn coil sleeve, a worn plunger, or dirty end-of-stroke switches. Clay Harrell's free repair guides at pinrepair.com have a whole section on Bally flippers with photos, and the Internet Pinball Database (ipdb.org, search 'Eight Ball') has scans of the original Bally manual and schematics — by the way, the database lists Eight Ball as a 1977 game."],
    [131, 'l', "If you'd rather have someone look at it, two options nearby: Chesapeake Pinball Service in Columbia does house calls (410-555-0163), and the Free State Pinball Club answers repair questions from members through freestatepinball.org/contact."],
    [137, 'l', 'Does that cover what you needed?'],
    [170, 'p', "That's great. I'll try the coil sleeve first. That's all, thank you!"],
    [176, 'l', 'Good luck with it! Thanks for chatting with HCLS.'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(58) }),

  // 07 an introduction with no greeting; a restatement
  s(DORIAN, '07 books on the New York pinball ban for a grandfather: "This is Dorian at the Enoch Pratt Free Library chat." (no greeting), a restatement, Sharpe + Ruben', [
    [0, 'p', 'Do you have any books about when pinball was illegal? My grandfather said it was banned in New York when he was a kid'],
    [22, 'l', 'This is Dorian at the Enoch Pratt Free Library chat.'],
    [28, 'l', "So you're looking for the history of the pinball bans, New York's especially — a book you can borrow, rather than articles?"],
    [60, 'p', "yes a book, or anything really. he's visiting next week and i want to show him"],
    [71, 'l', "Two to try: 'Pinball!' by Roger Sharpe (1977) — Sharpe is the player whose 'called shot' in 1976 helped end New York City's ban — and 'Pinball Wizards: Jackpots, Drains, and the Cult of the Silver Ball' by Adam Ruben, which has a lively chapter on the bans. Search both titles in our catalog at prattlibrary.org."],
    [77, 'l', 'Will those work for you?'],
    [110, 'p', 'yes! the ruben one is available, thats all i need'],
    [116, 'l', 'Great — enjoy it with your grandfather. Thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 08 the name only in the third provider line
  s(JESS, '08 an original NES on an HDMI-only TV: "Hi there!", a question, the name only in the third line (greeting fails), retrorgb.com, "Is there anything else …?"', [
    [0, 'p', 'how do i hook up my old nintendo (the og NES) to a new tv? it only has the coax thing'],
    [18, 'l', 'Hi there!'],
    [22, 'l', 'Does your TV have the red/white/yellow inputs on the back or side, or only HDMI?'],
    [58, 'p', 'only hdmi i think. its a samsung from like 2021'],
    [63, 'l', "Got it, thanks. I'm Jess, by the way — a librarian at Harford County Public Library."],
    [75, 'l', "Most new TVs can't take the NES's RF signal, so you need a converter. The simplest fix is a composite-to-HDMI adapter (about $15) plugged into the yellow and red A/V jacks on the side of the original NES, instead of the RF switch. RetroRGB's guide to connecting retro consoles to modern TVs (retrorgb.com) walks through the options, from the cheap adapter to better upscalers."],
    [81, 'l', 'Does that help?'],
    [110, 'p', 'oh nice i didnt know it had those jacks. ok that helps'],
    [118, 'l', 'Is there anything else I can help you with?'],
    [140, 'p', 'nah thats it, thanks!!'],
    [146, 'l', "You're welcome — happy gaming, and thanks for using Ask HCPL!"],
  ], usual({ greeting: 'fail' })),

  // 09 two holds of exactly 120 s; the own library's department by phone
  s(SIMONE, '09 a dad\'s 1982 Pac-Man contest win in the Sun: holds at 70 and 190, the answer at 310 (120 s each), ProQuest, the Maryland Department by phone', [
    [0, 'p', 'my dad says he was in the baltimore sun in 1982 for winning a pac-man contest at an arcade in towson. any way to find the article? his name is Ray Kowalski'],
    [20, 'l', "Hi, welcome to Ask Pratt! I'm Simone, a librarian at the Enoch Pratt Free Library."],
    [27, 'l', 'Do you know which month, or the name of the arcade? Either helps narrow the search.'],
    [60, 'p', 'summer i think. the arcade was in towson plaza? not sure'],
    [70, 'l', 'Thanks! Let me search the Sun archive for that, one moment.'],
    [190, 'l', "Still searching — I've found a few 1982 stories on Pac-Man contests in the county and I'm checking them for his name."],
    [310, 'l', "Found it: the Sun ran a short piece on August 9, 1982, 'Towson teen tops Pac-Man field', naming Ray Kowalski. You can read it yourself in ProQuest Historical Newspapers: The Baltimore Sun, free with a Pratt card at prattlibrary.org > Research > Databases; search 'Kowalski Pac-Man'. If you'd like a printed copy from the microfilm, call the Maryland Department at the Central Library at 410-555-0146."],
    [316, 'l', 'Does this completely answer your question?'],
    [350, 'p', "omg yes!! he is going to flip. thank you so much, that's all I needed"],
    [356, 'l', "That's wonderful — congratulations to your dad from all of us! Thanks for chatting."],
  ], usual({ referral: 'pass' })),

  // 10 121 s of silence with an internal note and "??" inside; four chats at once
  s(FARAH, '10 a Ms. Pac-Man cabinet\'s wiring diagram: arcade-museum.com, then 121 s before the next provider line (internal note at 150, "??" at 180), four chats at once', [
    [0, 'p', "Hi, I'm restoring a Ms. Pac-Man arcade cabinet and need the operator's manual with the wiring diagram. Any idea where?"],
    [18, 'l', "Hello! I'm Farah, a librarian with Frederick County Public Libraries."],
    [24, 'l', 'Is it an original Midway upright, or a cocktail table version? The manuals differ a bit.'],
    [52, 'p', 'original midway upright, 1981'],
    [60, 'l', "The Killer List of Videogames at arcade-museum.com (search 'Ms. Pac-Man', then the Manuals tab) has free scans of the Midway operator's manual with the wiring diagrams and schematics. Did that help?"],
    [95, 'p', 'yes, got it. also is there a printed copy anywhere in a library? the scan is hard to read on the schematics'],
    [150, 'i', 'anyone know if an MD library has arcade service manuals in print? patron on chat, Ms. Pac-Man'],
    [180, 'p', '??'],
    [216, 'l', "Sorry for the wait! Manuals like this rarely circulate, and I couldn't find a printed copy in a Maryland library catalog. WorldCat (worldcat.org, search 'Ms. Pac-Man operator's manual') lists the libraries that hold one, and you can request it through interlibrary loan on our website."],
    [222, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no thats all, thanks'],
    [246, 'l', 'Good luck with the cabinet! Thanks for chatting.'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'farah-ar', -100, 300), other('f2', 'farah-ar', 40, 260), other('f3', 'farah-ar', 120, 500)],
  }),

  // 11 "take your time" is not a hold; two parties in one message, one with no way to reach it
  s(HOLLIS, '11 a Gottlieb Spirit of \'76 found in a Hagerstown garage: "Sure, take your time!" (234 s away), ipdb.org, IPDB\'s contact page + the Pinball Hall of Fame (no contact)', [
    [0, 'p', 'hi how can i tell what year my gottlieb pinball machine is from? it came with a house we bought in hagerstown lol'],
    [24, 'l', "Hi! I'm Hollis, a librarian at Washington County Free Library. Fun find!"],
    [30, 'l', "Do you know the game's name? It's usually on the backglass, the lit-up art at the top."],
    [62, 'p', 'hang on its in the garage let me go look'],
    [66, 'l', 'Sure, take your time!'],
    [300, 'p', 'ok its called Spirit of 76'],
    [311, 'l', "Gottlieb made Spirit of '76 in 1975, for the Bicentennial. Its page on the Internet Pinball Database (ipdb.org, search 'Spirit of 76') has the production date, photos and the manual. If you want to know what it's worth or whether yours is all original, you could e-mail the IPDB's volunteers through ipdb.org's contact page, or ask the collectors at the Pinball Hall of Fame in Las Vegas."],
    [318, 'l', 'Does that answer your question?'],
    [345, 'p', 'yes thats awesome, didnt know it was that old. thanks!'],
    [352, 'l', 'My pleasure! Anything else today?'],
    [380, 'p', 'no thats it'],
    [385, 'l', 'Enjoy the machine, and thanks for chatting with WCFL!'],
  ], usual({ referral: 'fail' })),

  // 12 the greeting in one line and the name in the next; a restatement that is also a hold; no code field
  s(ROWAN, '12 Nintendo history for a 5th-grade report: "Hello!" then "I\'m Rowan …", a restatement + "Let me see", a book + Britannica School, no code field', [
    [0, 'p', 'my grandson has a 5th grade report on the history of nintendo. do u have books on that for kids his age?'],
    [16, 'l', 'Hello!'],
    [20, 'l', "I'm Rowan, a librarian at Talbot County Free Library. So you need books about the history of Nintendo written for about a 10-year-old, for a school report. Let me see what we have."],
    [95, 'l', "Two good ones: 'The Story of Nintendo' by Sara Gilbert, from the Built for Success series, is written for his grade level and is on the shelf at the Easton library (search it at tcfl.org). Britannica School, under eResources on tcfl.org, also has an article on Nintendo at an elementary reading level that he can cite."],
    [102, 'l', 'Is that what you were looking for?'],
    [130, 'p', "yes that's great, I'll bring him in Saturday. That's all, thank you!"],
    [136, 'l', 'Wonderful — good luck to him on the report! Thanks for contacting us.'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 13 the question only after the first source; a goodbye exactly 120 s after the answer, no check-in
  s(MEI, '13 where to play pinball near Westminster: pinballmap.com at once, leagues asked after it, ifpapinball.com, then a goodbye exactly 120 s later (no check-in)', [
    [0, 'p', 'where can i play pinball around westminster? like actual machines not the app'],
    [21, 'l', "Hi, thanks for reaching out to Carroll County Public Library! I'm Mei, a librarian."],
    [27, 'l', 'Pinball Map (pinballmap.com) is a free, crowd-updated map of public pinball machines: type in Westminster, MD and it lists the bars, arcades and shops that have machines right now, with the game titles at each one.'],
    [60, 'p', 'oh cool, didnt know about that'],
    [68, 'l', 'Are you interested in leagues or tournaments too, or just casual play?'],
    [95, 'p', 'maybe leagues, i used to play a lot'],
    [104, 'l', "The IFPA's site (ifpapinball.com) has a calendar of sanctioned tournaments and leagues; filter by Maryland to see the ones near Carroll County. Did that help?"],
    [224, 'l', 'Thanks for chatting with Carroll County Public Library — have fun getting back into it!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail' })),

  // 14 no source: advice from memory, YouTube and an app named
  s(BETTY, '14 cleaning a 1980 pinball playfield: the age asked, advice from memory, Novus 2, "videos on YouTube" and "the Pinside app" (no source), "Did that help?"', [
    [0, 'p', 'whats the best way to clean a pinball playfield? my uncle gave me his old one'],
    [19, 'l', 'Hi, this is Betty at Calvert Library. Happy to help!'],
    [25, 'l', "Is it an older machine with a bare wood playfield, say from before the 90s, or a newer one with a clear coat?"],
    [58, 'p', 'its from 1980 i think'],
    [68, 'l', "For one that age, collectors usually say: take the balls out, dust it, then clean with a mild cleaner made for plastics and playfields (Novus 2 is the common one) on a soft cloth, and wax afterwards with a carnauba wax. Avoid anything with ammonia or alcohol — it can lift the paint. There are good step-by-step videos on YouTube if you search 'pinball playfield cleaning', and the Pinside app has a forum where owners trade tips."],
    [74, 'l', 'Did that help?'],
    [100, 'p', "yes, thanks! that's everything"],
    [106, 'l', 'Good luck with the machine, and thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 15 an offer of something not yet given instead of the completeness question
  s(OMAR, '15 The Addams Family as best-selling pinball, for trivia night: ipdb.org, "Would you like me to look for a book … too?" (an offer), "no thats all i needed"', [
    [0, 'p', 'Is it true the Addams Family pinball machine is the best-selling pinball ever? Need it for a trivia night question'],
    [20, 'l', "Good evening! I'm Omar, a librarian at Cecil County Public Library."],
    [26, 'l', 'Do you need just the fact, or a source you can show if someone challenges it?'],
    [55, 'p', 'a source would be good lol, these people argue'],
    [63, 'l', "Yes: Bally's The Addams Family (1992) is generally called the best-selling pinball machine of the modern era, with about 20,000 made. The Internet Pinball Database gives the production run on its page for the game (ipdb.org, search 'Addams Family')."],
    [69, 'l', 'Would you like me to look for a book on pinball history that mentions it too?'],
    [95, 'p', 'no thats all i needed, the ipdb page is perfect. thanks!'],
    [101, 'l', 'Good luck at trivia night — thanks for chatting!'],
  ], usual({ complete: 'fail' })),

  // 16 a transfer with an internal note but no word to the patron
  s(NOOR, '16 coin-op licences for a retro arcade in Hagerstown: an internal note why, the transfer with no word to the patron, Will: Maryland Business Express + the Clerk by phone', [
    [0, 'p', "Hi, I'm thinking about opening a small retro arcade in Hagerstown. What licenses do I need for coin-operated games in Maryland?"],
    [22, 'l', "Hello, and welcome to AskUsNow! I'm Noor, a librarian."],
    [28, 'l', 'Is this a business you are starting from scratch, and will the games take coins or tokens, or be free play with an entry fee?'],
    [70, 'p', 'from scratch, coins/tokens'],
    [78, 'i', 'Will, can you take this? Patron opening a coin-op arcade in Hagerstown, needs MD + Washington County licensing; you know the county side.'],
    xfer(81, 'Will', 'will-ar'),
    [120, 'l', 'Hi, this is Will at Washington County Free Library.', as(WILL)],
    [126, 'l', "For the state side, Maryland Business Express (businessexpress.maryland.gov) walks you through registering the business and the licenses a new business needs. The county licences for coin-operated amusement machines are issued by the Clerk of the Circuit Court for Washington County: call their licensing desk at 301-555-0117 and they'll tell you the fee per machine.", as(WILL)],
    [132, 'l', 'Does that help you get started?', as(WILL)],
    [170, 'p', "yes that's really helpful. thats all i needed"],
    [176, 'l', 'Good luck with the arcade — thanks for chatting!', as(WILL)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 17 a limit of questions; code ""
  s(TREVOR, '17 old-game facts for a podcast: Donkey Kong on arcade-museum.com, then "we have a limit of one question per chat session … Goodbye." (dismissal), code ""', [
    [0, 'p', 'hey i have a bunch of questions about old video games for a podcast, first one: what year did donkey kong come out in arcades'],
    [19, 'l', "Hi, I'm Trevor at Allegany County Library System. Welcome!"],
    [25, 'l', 'Do you need a source you can cite on the podcast, or just the facts?'],
    [50, 'p', 'facts are fine but a source is nice'],
    [58, 'l', 'Donkey Kong came out in arcades in 1981, in Japan in July and in North America soon after. The Killer List of Videogames page for it, at arcade-museum.com, has the dates and its history. Does that help?'],
    [80, 'p', 'yes! next: who made pong, what year was the first nintendo in the us, and how many pac-man machines were made'],
    [88, 'l', "Sorry, we have a limit of one question per chat session, so I'll have to end our chat here. Goodbye."],
    [100, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 18 others waiting, come back later (allowed); a museum to visit, with its URL
  s(JUNE, '18 a homeschool unit on video game history: Kent\'s book + museumofplay.org to visit, "anything else?", then other patrons waiting + "please log back on later"', [
    [0, 'p', "Hi! I homeschool two kids (10 and 13) and we're doing a unit on the history of video games. Could you help me find some resources?"],
    [21, 'l', "Hi there, welcome to Ask a Librarian! I'm June, a librarian at Kent County Public Library."],
    [28, 'l', 'What would help most: books they can read themselves, videos, or things to see in person?'],
    [65, 'p', 'books mostly, and maybe a museum we could visit'],
    [75, 'l', "For books, Steven L. Kent's 'The Ultimate History of Video Games' is great for your 13-year-old, and our catalog at kentcountylibrary.org has a juvenile shelf on it too (search 'video games history' and filter by Juvenile). For a trip, the Strong National Museum of Play in Rochester, New York, has the World Video Game Hall of Fame and playable arcade games; hours and tickets are at museumofplay.org."],
    [82, 'l', 'Does that give you a good start?'],
    [110, 'p', 'yes, perfect'],
    [116, 'l', 'Great! Is there anything else I can help with?'],
    [140, 'p', 'actually yes, a few more: a good documentary, a list of 80s games they could play free legally, how arcades worked money-wise, and whether any Maryland library has old consoles to try'],
    [149, 'l', 'Those are great questions! There are several other patrons waiting in the queue right now, so I need to wrap up here — please log back on later, or any time this week, and any of us can help with the rest of your list. Thanks so much for chatting!'],
    [170, 'p', 'ok no worries, thanks!'],
  ], usual({ referral: 'pass' })),

  // 19 a goodbye 119 s after the answer; an invitation back instead of the anything-else question
  s(PAUL, '19 the arcade Galaga record: arcade or home asked, twingalaxies.com, no reply, "Thanks for chatting! Feel free to come back if you have more questions." 119 s later', [
    [0, 'p', 'who has the galaga world record? and where do they keep track of those'],
    [23, 'l', 'Hello! Paul here, a librarian at Charles County Public Library.'],
    [29, 'l', 'Do you mean the original arcade Galaga, or the home or mobile versions? The records are kept separately.'],
    [62, 'p', 'the arcade one'],
    [71, 'l', "Arcade records are verified and listed by Twin Galaxies: at twingalaxies.com, open Leaderboards and search 'Galaga' to see the current top scores and the settings they were played on (the marathon and tournament settings are separate lists). Does that answer it?"],
    [190, 'l', 'Thanks for chatting! Feel free to come back if you have more questions.'],
  ], usual({ anything: 'fail' })),

  // 20 a promise with a time, the e-mail only in patron.email; done 72 h 6 min after the end (-08:00)
  s(KEIKO, '20 early-80s limits on minors in arcades: a hold, the Post archive, "I\'ll email you what I find tomorrow" (e-mail only in patron.email), FU_ME, done at 72 h 6 min', [
    [0, 'p', 'hi, in the early 80s some county in maryland passed a law keeping kids out of video arcades during school hours. do you know which and can you find the article'],
    [20, 'l', 'Hi there, welcome to AskUsNow! This is Keiko, a librarian.'],
    [27, 'l', 'Do you remember where you heard about it, or roughly what year? And do you need the law itself or news coverage?'],
    [70, 'p', 'news coverage, 1981 or 82 maybe, my mom mentioned it'],
    [78, 'l', 'Let me check a couple of newspaper indexes — one moment.'],
    [170, 'l', "Several Maryland towns and counties debated arcade rules then. The Washington Post archive (ProQuest Historical Newspapers, through your library's databases page) has 1982 coverage of a proposed Montgomery County limit on minors in arcades during school hours; search 'arcade minors school hours Montgomery'. I'd like to confirm it passed and pull the right article — I'll email you what I find tomorrow."],
    [176, 'l', 'Does that help for now?'],
    [200, 'p', "yes thank you! that's all"],
    [206, 'l', "You're welcome — thanks for using AskUsNow!"],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME,
    patron: { name: null, email: 'mika.arcade@example.com', phone: null },
    followUps: [{ doneAt: '2026-03-05T07:10:00-08:00' }],
  }, { now: T0 + 5 * DAY }),

  // 21 a check-in, then a notice that thanks, exactly 180 s after the answer
  s(SAM, '21 did Space Invaders cause a coin shortage?: an assignment asked, Replay + guinnessworldrecords.com, "Are you still with me?", a notice with thanks at exactly 180 s', [
    [0, 'p', 'is it true space invaders caused a coin shortage in japan? my teacher said so'],
    [22, 'l', "Hi! I'm Sam, a librarian at St. Mary's County Library. Great question."],
    [28, 'l', 'Is this for a school assignment where you need a source, or are you just curious?'],
    [55, 'p', 'assignment, need a source'],
    [64, 'l', "It's mostly a legend: the story that Space Invaders caused a shortage of 100-yen coins in 1978 is repeated a lot, but Japan's mint figures don't show one. Tristan Donovan's book 'Replay: The History of Video Games' discusses the story (in our catalog at stmalib.org), and the Guinness World Records page on Space Invaders (guinnessworldrecords.com, search 'Space Invaders') is a citable source for its sales. Does that answer your question?"],
    [184, 'l', 'Are you still with me?'],
    [244, 'l', "It seems we've lost the connection, so I'm going to end this chat now. Thanks for reaching out, and good luck with the assignment!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 22 a notice with an invitation back 200 s after the answer, no check-in; "Let me know if that helps!"
  s(TASHA, '22 The King of Kong on DVD: "Hey there!", DVD or streaming asked, wicomicolibrary.org + Hoopla, "Let me know if that helps!", a notice 200 s later (no check-in)', [
    [0, 'p', 'do yall have the king of kong documentary? the donkey kong one'],
    [18, 'l', 'Hey there! Tasha at Wicomico Public Libraries here.'],
    [24, 'l', 'Would a DVD work, or are you hoping to stream it?'],
    [48, 'p', 'either'],
    [57, 'l', "We have 'The King of Kong: A Fistful of Quarters' (2007) on DVD: search the title at wicomicolibrary.org and place a hold. It's also on Hoopla with your library card if you'd rather stream it tonight. Let me know if that helps!"],
    [257, 'l', "It looks like you've disconnected, so I'll go ahead and close this chat. Come back anytime!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 23 a true Lost Call in Spanish
  s(ANDRES, '23 máquinas de pinball en una biblioteca (Spanish, Lost Call): a greeting only, "¿Sigue ahí?" at 165, "Parece que se desconectó, así que voy a cerrar el chat. ¡Escríbanos …!" at 290', [
    [0, 'p', 'hola, hay alguna biblioteca en maryland con maquinas de pinball para jugar?'],
    [25, 'l', '¡Hola! Soy Andrés, bibliotecario de AskUsNow!, el servicio de chat de las bibliotecas de Maryland.'],
    [165, 'l', '¿Sigue ahí?'],
    [290, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Escríbanos de nuevo cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 Lost Call after two patron lines; the notice says the chat ends but thanks no one
  s(ELISE, '24 retro game nights at the Oakland library (Lost Call, two patron lines): greeting, "Are you still there?", "… so I\'ll be ending this session." (no goodbye), 189 s', [
    [0, 'p', 'do u guys have retro game nights? like nes or n64'],
    [30, 'p', 'at the oakland library i mean'],
    [52, 'l', "Hello, I'm Elise, a librarian with the Ruth Enlow Library of Garrett County."],
    [180, 'l', 'Are you still there?'],
    [236, 'l', "It looks like you've disconnected, so I'll be ending this session."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 no provider ever joined
  s(QUEUE, '25 what a game of Pac-Man cost in 1980: no provider ever joined, "hellooo", "nvm found it", patron left, code null', [
    [0, 'p', 'how much did a game of pac man cost in 1980'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you soon.'],
    [140, 'p', 'hellooo'],
    [210, 'p', 'nvm found it, a quarter lol'],
    left(214),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (arcade history macro): coded Practice, every check na', [
    [0, 'p', 'TEST - practice session for the arcade history macro'],
    [10, 'l', 'Practice: arcade history guide at samplelibrary.org/games'],
    [22, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 FU_ME, e-mail read back, "by Friday", done 71 h 57 min after the end (written in UTC)
  s(VERA, '27 photos of Aladdin\'s Castle at Golden Ring Mall: a hold, bcpl.info, e-mail read back, "by Friday", FU_ME, done 2026-03-05T15:02:00Z (71 h 57 min)', [
    [0, 'p', 'Hi! My dad managed the arcade at Golden Ring Mall in the 80s and his birthday is coming up. Are there any photos of it anywhere?'],
    [19, 'l', "Good morning, and thanks for contacting Baltimore County Public Library! I'm Vera, a librarian here."],
    [26, 'l', "What a nice idea. Do you remember the arcade's name, and roughly which years he worked there?"],
    [70, 'p', "it was Aladdin's Castle i think, around 1982 to 1988"],
    [80, 'l', 'Let me look in our digital collections — one moment.'],
    [170, 'l', "Our online photo collection (bcpl.info > Research > Local History) has only an exterior of the mall from 1975, and nothing inside the arcade yet. The newspaper photo files and the mall's old ads need a closer look, which I can do this week and send you what I find. What's the best e-mail for you?"],
    [200, 'p', 'sure! its dana.w.ruiz@example.com'],
    [207, 'l', "Thanks — dana.w.ruiz@example.com. I'll e-mail you whatever I turn up by Friday. In the meantime, does the 1975 exterior photo help at all?"],
    [240, 'p', "ha yes, he'll love that. that's all I need, thank you!!"],
    [246, 'l', 'My pleasure — thanks for chatting, and happy birthday to your dad!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T15:02:00Z' }] }, { now: T0 + 5 * DAY }),

  // 28 FU_LIB partly in Spanish, e-mail read back, "en 72 horas", not recorded, now 161 s before the deadline
  s(ISABEL, '28 el libro Atari Inc. para un nieto (partly Spanish): worldcat.org, ILL by the home library, e-mail read back, "en 72 horas", FU_LIB, pending at T0 + 72 h', [
    [0, 'p', "hola, buenas. Mi nieto quiere leer el libro 'Atari Inc.: Business Is Fun' y no lo encuentro en la biblioteca de Columbia. Can you help?"],
    [24, 'l', '¡Hola! Soy Isabel, bibliotecaria de AskUsNow! Con gusto le ayudo, en español o en inglés.'],
    [31, 'l', '¿Usted tiene tarjeta de Howard County Library System? ¿Y lo quiere prestado, o para comprarlo y regalarlo?'],
    [70, 'p', 'si tengo tarjeta de howard. prestado, para leerlo yo primero jaja'],
    [80, 'l', 'Howard County no lo tiene, pero WorldCat (worldcat.org) muestra que otras bibliotecas sí, así que se puede pedir por préstamo interbibliotecario. Voy a pasar la solicitud al personal de préstamos de Howard County; ellos le escribirán por correo para confirmarla. ¿Cuál es su correo electrónico?'],
    [115, 'p', 'rosa.menendez@example.net'],
    [121, 'l', 'Gracias: rosa.menendez@example.net. El personal de Howard County le escribirá en 72 horas. ¿Le sirve esta información?'],
    [150, 'p', 'si perfecto, muchas gracias. eso es todo'],
    [156, 'l', '¡Con gusto! Gracias por usar AskUsNow! y que su nieto disfrute el libro.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 3 * DAY }),

  // 29 a promise with the e-mail read back but no time, coded Answered; not recorded at day 4
  s(LIAM, '29 an ad for a 1979 Cambridge arcade: msa.maryland.gov, "I\'ll email you what I find." (e-mail read back, no time), coded Answered, not recorded at day 4', [
    [0, 'p', 'hey my uncle ran an arcade on race street in cambridge back in like 1979-80. was there ever an ad for it in the paper?? trying to find one'],
    [21, 'l', 'Hi! This is Liam with Dorchester County Public Library. Cool project.'],
    [27, 'l', 'Do you know what the arcade was called?'],
    [55, 'p', 'Fun Zone? or Fun Center. not sure'],
    [64, 'l', "The Cambridge Daily Banner from those years is on microfilm at our Cambridge branch, but it isn't indexed, so it needs a page-by-page look. The Maryland State Archives' newspaper guide at msa.maryland.gov lists which years of the Banner survive. I can go through the 1979 and 1980 reels for an ad and email you a scan if I find one — what's your email?"],
    [90, 'p', 'its tjbrooks77@example.com'],
    [96, 'l', "Got it, tjbrooks77@example.com. I'll email you what I find. Does the MSA guide help in the meantime?"],
    [120, 'p', 'ok cool thanks'],
    [126, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 30 a transfer with a notice and a note; concurrency over the part each provider handled
  s(NIA, '30 playing original Activision carts for a thesis: "I\'m going to transfer you to him", a note why, Raj: the UMD game archive by e-mail and phone; Nia\'s later chats after the transfer', [
    [0, 'p', "Hi, I'm a grad student doing research on 1980s Activision games and I need to actually play the original cartridges, not emulators. Is there any library in Maryland with a game collection like that?"],
    [20, 'l', "Hello, and thanks for contacting AskUsNow! I'm Nia, a librarian."],
    [27, 'l', 'Which consoles do you need — the Atari 2600 only, or Intellivision and others too? And is this for a thesis with a deadline?'],
    [66, 'p', 'mostly 2600, thesis chapter due in april'],
    [74, 'l', "A librarian from the University of Maryland Libraries is on the service right now and knows their game archive, so I'm going to transfer you to him. One moment, please."],
    [76, 'i', 'Raj: grad student needs to play original 1980s Activision carts (2600) for a thesis chapter due in April. Can you take it? Your CVGA is the place.'],
    xfer(79, 'Raj', 'raj-ar'),
    [112, 'l', "Hi, I'm Raj from the University of Maryland Libraries — glad to help!", as(RAJ)],
    [119, 'l', 'Our Computer and Video Game Archive (CVGA) in McKeldin Library has a large Atari 2600 collection with working consoles you can play on site; the collection is searchable in the UMD catalog at lib.umd.edu. To book a station and check which Activision titles are playable, e-mail the archive at cvga-help@example.edu or call 301-555-0199 before you come.', as(RAJ)],
    [125, 'l', 'Does that answer your question?', as(RAJ)],
    [160, 'p', "yes! I had no idea this existed. that's everything, thanks"],
    [166, 'l', 'Good luck with the chapter — thanks for chatting!', as(RAJ)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('n1', 'nia-ar', -200, 40), other('n2', 'nia-ar', 10, 300), other('n3', 'nia-ar', 85, 400), other('n4', 'nia-ar', 90, 500),
      other('n5', 'nia-ar', 100, 600), other('r1', 'raj-ar', -300, 400), other('r2', 'raj-ar', 50, 150),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ARCADES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('06')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "If you\'d rather have someone look at it, two options nearby: Chesapeake Pinball Service in Columbia does house calls (410-555-0163), and the Free State Pinball Club answers repair questions from members through freestatepinball.org/contact." Two outside parties put to the patron as the ones to contact for hands-on help (a shop to call for a house call, a club to write to), which is "telling the patron to contact … a person or organisation outside the chat (call, write to, ask or visit them)"; each comes with a phone or a URL, so referral.contact passes.',
  [byNo('18')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "For a trip, the Strong National Museum of Play in Rochester, New York, has the World Video Game Hall of Fame and playable arcade games; hours and tickets are at museumofplay.org." The patron asked for "a museum we could visit" (message 3) and the provider answers with one to visit, hours and tickets: telling the patron to visit an organisation outside the chat is a referral by RUBRIC.md\'s Terms, and it comes with a URL, so it passes.',
  [byNo('22')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"). Message 4 ends: "Let me know if that helps!" An invitation to report back, not a question: the provider never asks whether the information meets the need (READINGS TAKEN), and the patron never answered, so nothing in the chat is the question RUBRIC.md asks for.',
  [byNo('27')]:
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"). Message 7: "… In the meantime, does the 1975 exterior photo help at all?" It asks whether what was already given (message 5: the 1975 exterior in the online photo collection at bcpl.info > Research > Local History) meets the need, after the first message that gives a source: RUBRIC.md\'s completeness question ("Did that help?").',
};

describe('eighty-eighth round: pinball, arcades and vintage video games, checked', () => {
  describeSessions('whole sessions', ARCADES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ARCADES.filter((c) => c.name in LEFT_WHY));
});
