/**
 * Seventy-sixth round, theme PIRATES, SHIPWRECKS AND TREASURE, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: Blackbeard (a fifth-grade report, his real name for a trivia night, his
 * flagship in a game-night list), Chesapeake shipwrecks (paddling to wrecks, an anchor pulled up off a dock, a great-great-
 * grandfather lost near Smith Island, War of 1812 flotilla artifacts, a book club pair), metal detecting rules (state park
 * beaches, county parks, national parks, Ocean City in Spanish, a no-provider chat in Spanish), treasure-hunting laws (who
 * owns a wreck in Maryland waters, for a novel), maritime museums (Calvert Marine Museum with kids, a road trip to the Outer
 * Banks, a pirate cruise in Annapolis), historical fiction (Baltimore privateers, a pirate novel in Spanish, picture books
 * for storytime, Treasure Island read-alikes), pirate trials in colonial records, costumes, coins, the Whydah, the Golden
 * Age and an Edmund Fitzgerald documentary. Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/s72/pirates-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a 14 s pickup, "Hi there, thanks for contacting Ask a Librarian! My name's Priya …" (01); pickup at exactly
 *   60 s (03: pass) and at 61 s with "Sorry for the wait" (04: fail); "Hi there!" then a question, the name only in the
 *   third provider message (05: fail); Spanish "¡Hola, buenas tardes! Habla Lucía, bibliotecaria …" (02), "¡Buenas noches!
 *   Bienvenido a Pregúntele al Bibliotecario; soy Amparo …" (29); "Hi, this is Sol with AskUsNow! Un momento, por favor."
 *   (22); "Hey! Yusuf at Wicomico Public Libraries here." (28); "…, Quinn speaking." (10); a queue line and no provider
 *   ever, the patron writing in Spanish (19);
 *  inquiry: report length and book or web, dive or surface, kids' ages, which park, present day or past, adult or teen,
 *   quiz or writing, river or private shore, county or town, name and year and crew, route, decades and format, kit or
 *   titles, general or particular pirates, trivia-style, park type, grade, in person or reading, era, coin description,
 *   DVD or streaming, age and month, region, sand or boardwalk, age and format; a source in the greeting itself with no
 *   question (08: fail);
 *  waits: a hold at 64, a partial-result hold at 144, the answer at 264 (exactly 120 s, 06: pass); "Bear with me while I
 *   dig through the catalog." answered 121 s later with the patron's "k" in between (07: fail); a transfer notice answered
 *   60 s later by the receiver (22) and 62 s later (23); "No rush, take your time!" then the patron back 200 s later (30:
 *   waiting on the patron, pass);
 *  endings: a true Lost Call with a greeting only, "Hello? Are you still with me?" and a notice that thanks and invites back
 *   (16: final idle 230 s, both pass); a check-in and a notice with no thanks at exactly 180 s of final idle (17: both
 *   pass, courteous fails); a notice that thanks but does not ask, 200 s after the answer (26: idle fails, disconnect
 *   passes); a goodbye exactly 120 s after the answer (25: fail) and a check-in then a goodbye 179 s after (27: idle pass,
 *   disconnect na); the patron's "ok thats all i needed, gotta run" then leaving (28: courteous fails); "you've reached the
 *   limit of questions for one chat, so I have to end it here. Bye." then "wow rude" (20: dismissal fails, courteous
 *   passes); "I have several other patrons waiting right now. Please log back in later …" (21: allowed); goodbyes "Good luck
 *   with your report, and thanks for chatting with us! 🏴‍☠️", "¡Que la disfrute! Gracias por comunicarse con nosotros.",
 *   "Enjoy the paddle, bye!", "Enjoy, take care!", "Arrr, you are welcome! Bye!", "Congrats! Thanks for chatting.", "Safe
 *   travels, goodbye!", "¡A la orden! Gracias por escribirnos …", "Happy reading to you both! 📚 Thanks for stopping by.";
 *   patron-side "thats all i need", "no more questions", "that covers it", "thats all i needed", "that is everything", "eso
 *   era todo", "es todo lo que necesitaba", and "nah were good", "nope, thanks!", "no ty" that follow a provider's question;
 *  sources: books in catalogues and on Libby (Buckley, Shomette, Woodard, Rediker, Long, Sobel, Konstam, Avi, Meyer, the Red
 *   Book, Stevenson and Muñoz Martín in Spanish), ncpedia.org, sanctuaries.noaa.gov, calvertmarinemuseum.com,
 *   dnr.maryland.gov, nps.gov and mht.maryland.gov, prattlibrary.org, mgaleg.maryland.gov, chroniclingamerica.loc.gov,
 *   qaronline.org, graveyardoftheatlantic.com, aomol.msa.maryland.gov, hclibrary.org, ecfr.gov, Britannica Escolar (a
 *   database named in Spanish), colonialwilliamsburg.org, visitannapolis.org, visitmaryland.org, the DVD catalogue and
 *   Kanopy; none (09: the answer from memory, fail);
 *  completeness: "Is that the kind of thing you were after?", "¿Le sirve alguna de estas?", "Does that settle it?", "Does
 *   that give you what you need for the plot?", "Does that give you enough to start?", "Did the kit page help in the
 *   meantime?"; near misses "Would it be OK if I kept searching after our chat …" (12) and "Would you like me to check which
 *   branch has them on the shelf?" (30), both offers of more (fail), and none at all (13, 20);
 *  anything else: "Anything else I can help with today?", "¿Hay algo más en que le pueda ayudar?", "Anything else on your
 *   mind?", "Anything else before you go?", "Is there something else I can help with?", "¿Algo más en que le pueda
 *   ayudar?";
 *  referrals: the county Recreation & Parks office by phone and URL (11: pass); "get in touch with the state underwater
 *   archaeologist at the Maryland Historical Trust" with no contact, beside a statute site that is not theirs (10: fail);
 *   two museums as "sure stops" on a road trip, each with its site (13: pass); "you can visit the Calvert Marine Museum …"
 *   with site and phone (23: pass); Ocean City's Beach Patrol by phone and site in Spanish (29: pass); not referrals: a
 *   museum's exhibits page for a trip the patron already planned (04), a state program page and the federal act (06), the
 *   patron's home library's Maryland Room asked to call the patron (14: staff consulted), "I'll check with a colleague"
 *   (24), a bay to paddle (03);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 40 h (12: pass); a promise to e-mail, e-mail read
 *   back, no time, coded Answered (13: code and contact fail, on_time pending); FU_LIB, a phone typed with spaces and read
 *   back with dashes, "by Wednesday", not recorded at day 4 (14: on_time fails); FU_ME, e-mail read back, "tomorrow
 *   afternoon", recorded at 80 h (15: on_time fails); FU_ME with "get back to you tomorrow" and no e-mail or phone anywhere
 *   (24: code and contact fail, on_time pending at day 1);
 *  codes: a true Lost Call (16); Lost Call after two patron lines (17); null with no provider (19); an empty string (27);
 *   Practice (18);
 *  transfers: a bilingual visible notice (a hold) and an internal note that says why (22: pass); a visible notice and no
 *   internal note (23: fail);
 *  concurrency: three others open through the session, four at once (24: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings and identifications in Spanish count as the English ones RUBRIC lists ("¡Hola, buenas tardes! Habla Lucía,
 *   bibliotecaria …", 02; "¡Buenas noches! Bienvenido …; soy Amparo …", 29); "Hey!" greets (28); a name given only in the
 *   third provider message is outside "the first two visible provider messages" (05: fail);
 * - a greeting that also gives the sources, with no question before it, leaves no question "before the first message that
 *   gives a source" (08: clarify fails even though the patron had said "preschool group");
 * - "Found it partway: … Still looking for Maryland's own rule." gives a partial result and says the search goes on: a hold
 *   (06), so the next span is 144 -> 264 = exactly 120 s, not longer;
 * - the Spanish-English "I'm going to transfer you … la transfiero a una colega que habla español, un momento." is a
 *   transfer announcement (a hold, 22), and Sol's "Un momento, por favor." at pickup is a hold too;
 * - "Does that settle it?" asks whether the answer already given meets the need (09: pass, though no source was given);
 * - "Would it be OK if I kept searching after our chat and e-mailed you what I find?" and "Would you like me to check which
 *   branch has them on the shelf?" offer more, they do not ask whether what was given meets the need (12, 30: fail);
 * - "Anything else on your mind?" asks whether the patron needs anything else (10); "nah were good" and "no ty" answer a
 *   provider's question, they are not needed for the pass;
 * - recommending museums as "two sure stops" on the patron's trip tells the patron to visit organisations: a referral, with
 *   a URL for each (13: pass); "you can visit the Calvert Marine Museum" likewise (23); a museum's exhibits page given to
 *   a patron who already plans the visit, and "the state's program page", point to web pages: sources, not referrals (04,
 *   06); Mallows Bay, a place to paddle, is no person or organisation (03: na);
 * - "get in touch with the state underwater archaeologist at the Maryland Historical Trust" refers the patron; the statute
 *   site mgaleg.maryland.gov in the same message is the legislature's text, not a way to reach the Trust (10: fail);
 * - "I'll pass your question to them and someone from FCPL will call you by Wednesday" is a promise of a follow-up by the
 *   patron's library and staff consulted on the patron's behalf, not a referral (14: na);
 * - "I'll check with a colleague and get back to you tomorrow." promises a follow-up (24) and consults staff (no referral);
 * - "It seems you've disconnected, so I'll be closing this session. Thanks for using Ask Us Now!" thanks the patron without
 *   asking whether they are there: a goodbye, so the final idle ends at it (26: 80 -> 280 = 200 s), and no check-in;
 * - "Looks like you've been disconnected. I'm going to close this chat now." announces the end without thanks, goodbye or
 *   invitation: not a goodbye, so the final idle runs to `endedAt` (17: 80 -> 260 = 180 s) and courteous fails;
 * - "Enjoy, take care!" and "¡Con mucho gusto! Suerte con el proyecto, hasta luego." say goodbye (07, 22).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (13, 21, 29, all on referral.contact). Label corrections: none (each
 * disagreement reread against RUBRIC's Terms "Referral"; the labels stand).
 * Final: 27 running, 3 LEFT (13: museums recommended as "sure stops" read as no referral; 21: "Please log back in later …"
 * read as a referral without contact; 29: "llame a la Patrulla de Playa … al 410-555-0166" in Spanish not read as a
 * referral). The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back,
 * a patron phone typed with spaces and read back with dashes, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 * ON v68 (block AH6, AH5, AH3): cases 13 ("Two sure stops: …"), 21 ("Please log back in later, …, and a librarian will help with
 *   the rest.", no referral) and 29 ("llame a la Patrulla de Playa (Beach Patrol) al …") run, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n = 1): Line => [sec, 's', `Please hold, a librarian will be with you shortly (you are number ${n} in line).`];

const PRIYA: Prov = { id: 'priya-pi', name: 'Priya', library: 'HCPL-MD' };
const LUCIA: Prov = { id: 'lucia-pi', name: 'Lucía', library: 'PGCMLS' };
const OMAR: Prov = { id: 'omar-pi', name: 'Omar', library: 'SMCL' };
const HAL: Prov = { id: 'hal-pi', name: 'Hal', library: 'CCPL-CA' };
const TOM: Prov = { id: 'tom-pi', name: 'Tom', library: 'AACPL' };
const NADIA: Prov = { id: 'nadia-pi', name: 'Nadia', library: 'AUN' };
const REGGIE: Prov = { id: 'reggie-pi', name: 'Reggie', library: 'EPFL' };
const STELLA: Prov = { id: 'stella-pi', name: 'Stella', library: 'KCPL' };
const BEA: Prov = { id: 'bea-pi', name: 'Bea', library: 'TCFL' };
const QUINN: Prov = { id: 'quinn-pi', name: 'Quinn', library: 'DCPL' };
const DOV: Prov = { id: 'dov-pi', name: 'Dov', library: 'WOCL' };
const IRIS: Prov = { id: 'iris-pi', name: 'Iris', library: 'AUN' };
const JULES: Prov = { id: 'jules-pi', name: 'Jules', library: 'BCPL' };
const KOFI: Prov = { id: 'kofi-pi', name: 'Kofi', library: 'MCPL' };
const LENA: Prov = { id: 'lena-pi', name: 'Lena', library: 'HCLS' };
const MO: Prov = { id: 'mo-pi', name: 'Mo', library: 'QACL' };
const NELL: Prov = { id: 'nell-pi', name: 'Nell', library: 'CCPL-CE' };
const TRAINEE: Prov = { id: 'trainee-pi', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-pi', name: 'Queue', library: 'VRQ' };
const PAZ: Prov = { id: 'paz-pi', name: 'Paz', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-pi', name: 'Ruth', library: 'AACPL' };
const SOL: Prov = { id: 'sol-pi', name: 'Sol', library: 'AUN' };
const XIMENA: Prov = { id: 'ximena-pi', name: 'Ximena', library: 'AUN' };
const TAVI: Prov = { id: 'tavi-pi', name: 'Tavi', library: 'AUN' };
const BO: Prov = { id: 'bo-pi', name: 'Bo', library: 'CCPL-CA' };
const UMA: Prov = { id: 'uma-pi', name: 'Uma', library: 'AUN' };
const VIC: Prov = { id: 'vic-pi', name: 'Vic', library: 'AACPL' };
const WILL: Prov = { id: 'will-pi', name: 'Will', library: 'AUN' };
const XAN: Prov = { id: 'xan-pi', name: 'Xan', library: 'SMCL' };
const YUSUF: Prov = { id: 'yusuf-pi', name: 'Yusuf', library: 'WIPL' };
const AMPARO: Prov = { id: 'amparo-pi', name: 'Amparo', library: 'WOCL' };
const GWEN: Prov = { id: 'gwen-pi', name: 'Gwen', library: 'FCPL-MD' };

const s = session;

export const PIRATES: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 Blackbeard for a 5th-grade report: length and book-or-web asked, Who Was Blackbeard? + ncpedia.org, "thats all i need"', [
    [0, 'p', 'hi i have to do a report on blackbeard for 5th grade and i dont know where to start'],
    [14, 'l', "Hi there, thanks for contacting Ask a Librarian! My name's Priya and I'm a librarian at Harford County Public Library."],
    [20, 'l', 'How long does the report need to be, and does your teacher want book sources or are websites ok too?'],
    [62, 'p', '2 pages. she said at least one book'],
    [70, 'l', "Starting with a book is a good plan. Who Was Blackbeard? by James Buckley Jr. is written for your grade and it's in our catalog at hcplonline.org. For a website to go with it, NCpedia has a short biography: ncpedia.org/biography/teach-edward"],
    [76, 'l', 'Is that the kind of thing you were after?'],
    [110, 'p', 'yes thats perfect thats all i need'],
    [116, 'l', 'Good luck with your report, and thanks for chatting with us! 🏴‍☠️'],
  ], usual()),

  // 02 Spanish: a pirate novel for a 12-year-old
  s(LUCIA, '02 novela de piratas para un niño de 12 (Spanish): "¡Hola, buenas tardes! Habla Lucía, bibliotecaria", language and format asked, "eso era todo"', [
    [0, 'p', 'buenas, busco una novela de piratas para mi hijo de 12 años, que no sea muy dificil'],
    [25, 'l', '¡Hola, buenas tardes! Habla Lucía, bibliotecaria del Sistema de Bibliotecas de Prince George’s.'],
    [31, 'l', '¿La quiere en español o en inglés? ¿Y en libro impreso o electrónico?'],
    [75, 'p', 'en español, impreso'],
    [84, 'l', 'Le recomiendo "La isla del tesoro" de Robert Louis Stevenson en edición juvenil, y algo más ligero y divertido, "El pirata Garrapata" de Juan Muñoz Martín. Los dos están en español en nuestro catálogo (pgcmls.info, busque el título).'],
    [90, 'l', '¿Le sirve alguna de estas?'],
    [130, 'p', 'si, la isla del tesoro, gracias'],
    [134, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [160, 'p', 'no, eso era todo'],
    [165, 'l', '¡Que la disfrute! Gracias por comunicarse con nosotros.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(OMAR, '03 Chesapeake wrecks to see by kayak: pickup at exactly 60 s, Mallows Bay sanctuary page + Shomette, "no more questions"', [
    [0, 'p', 'are there shipwrecks in the chesapeake you can actually see? like not diving, kayak or from shore'],
    [60, 'l', 'Good afternoon, this is Omar, reference librarian at St. Mary’s County Library.'],
    [66, 'l', 'Would you be paddling, or do you want somewhere you can see them from land or in a museum?'],
    [100, 'p', 'paddling!'],
    [108, 'l', "Mallows Bay on the Potomac has the remains of more than a hundred World War I wooden steamships, and at low tide you can paddle right among them; the sanctuary's paddling maps are at sanctuaries.noaa.gov/mallows-potomac. For the bigger story, Donald Shomette's Shipwrecks on the Chesapeake is in our catalog."],
    [114, 'l', 'Did that answer your question?'],
    [140, 'p', 'omg mallows bay is like 40 min from me. no more questions thank u'],
    [146, 'l', 'Enjoy the paddle, bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(HAL, '04 Calvert Marine Museum with kids: pickup at 61 s, kids\' ages asked, exhibits page (not a referral), "nah were good"', [
    [0, 'p', 'does calvert marine museum have anything about pirates or shipwrecks? taking my kids saturday'],
    [61, 'l', 'Hello! Hal here, librarian at Calvert Library. Sorry for the wait.'],
    [67, 'l', 'How old are your kids?'],
    [95, 'p', '6 and 9'],
    [103, 'l', "No pirates as such, but the maritime history gallery has local boats and the War of 1812 flotilla story, and the current exhibits are listed at calvertmarinemuseum.com/exhibits. For the pirate fix, the DK Eyewitness book Pirate is on Libby; your 9-year-old will love the pictures."],
    [109, 'l', 'Does that help with planning?'],
    [140, 'p', 'yes thanks'],
    [144, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'nah were good'],
    [176, 'l', 'Have a great trip Saturday! Thanks for using Ask Us.'],
  ], usual({ pickup: 'fail' })),

  // 05 the name only in the third provider message
  s(TOM, '05 metal detecting at Sandy Point: "Hi there!" + "Which park…?", name only in the third message, dnr.maryland.gov', [
    [0, 'p', 'r u allowed to metal detect on maryland state park beaches'],
    [18, 'l', 'Hi there!'],
    [24, 'l', 'Which park are you thinking of?'],
    [50, 'p', 'sandy point'],
    [55, 'l', "I'm Tom, a librarian with Anne Arundel County Public Library, by the way. Detecting in state parks is generally only allowed in designated areas; the Maryland Park Service lists them and its digging rules at dnr.maryland.gov/publiclands (search 'metal detector')."],
    [61, 'l', 'Did that answer it?'],
    [90, 'p', 'ya'],
    [94, 'l', 'Anything else?'],
    [110, 'p', 'no thats all'],
    [114, 'l', 'Happy hunting, thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 80 s and exactly 120 s (a partial result that says the search goes on)
  s(NADIA, '06 who owns a wreck in Maryland waters (for a novel): hold at 64, partial-result hold at 144, answer at 264 (exactly 120 s)', [
    [0, 'p', 'if someone finds a shipwreck in the bay who owns the stuff?? asking for a novel im writing'],
    [16, 'l', 'Hi, Nadia here, a librarian with Maryland AskUsNow!'],
    [22, 'l', 'Is your story set in the present day, or in the past? The answer changed in the 1980s.'],
    [58, 'p', 'present day, maryland waters'],
    [64, 'l', 'Let me check what Maryland says, bear with me.'],
    [144, 'l', "Found it partway: the federal Abandoned Shipwreck Act of 1987 gives states title to abandoned wrecks embedded in their submerged lands. Still looking for Maryland's own rule."],
    [264, 'l', "Maryland puts those wrecks under the Maryland Historical Trust, and removing anything without a permit is against the law. The federal act and its guidelines are at nps.gov/archeology/submerged, and the state's program page is mht.maryland.gov/archaeology_underwater.shtml."],
    [270, 'l', 'Does that give you what you need for the plot?'],
    [310, 'p', 'yes!! my treasure hunter is going to get so arrested lol'],
    [316, 'l', 'Ha! Anything else I can look up for you?'],
    [340, 'p', 'no that covers it'],
    [345, 'l', 'Good luck with the novel! Bye for now.'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(REGGIE, '07 Baltimore privateer novels: "Bear with me while I dig through the catalog." at 58, patron "k", answer at 179 (121 s)', [
    [0, 'p', 'looking for historical fiction about baltimore privateers, war of 1812 era'],
    [20, 'l', 'Hey, this is Reggie at Enoch Pratt Free Library. Adult novels or teen?'],
    [50, 'p', 'adult'],
    [58, 'l', 'Bear with me while I dig through the catalog.'],
    [100, 'p', 'k'],
    [179, 'l', 'A subject search for "Privateering -- Fiction" in our catalog at prattlibrary.org brings up about a dozen adult novels, and several of them sail out of Fells Point during the War of 1812.'],
    [185, 'l', 'Is that what you were looking for?'],
    [220, 'p', 'sure'],
    [224, 'l', 'Anything else today?'],
    [240, 'p', 'no'],
    [244, 'l', 'Enjoy, take care!'],
  ], usual({ informed: 'fail' })),

  // 08 the sources in the greeting, no question
  s(STELLA, '08 pirate picture books for preschool storytime: titles in the greeting itself, no question before them', [
    [0, 'p', 'can you recommend some pirate picture books for storytime? preschool group'],
    [15, 'l', "Hi! I'm Stella, children's librarian at Kent County Public Library. Some sure hits: How I Became a Pirate by Melinda Long, Pirates Don't Change Diapers (same author) and Shiver Me Letters by June Sobel, all in our catalog at kentcountylibrary.org."],
    [21, 'l', 'Would those work for your group?'],
    [60, 'p', 'perfect, my kids love how i became a pirate'],
    [66, 'l', 'Anything else I can help with?'],
    [80, 'p', 'nope, thanks!'],
    [84, 'l', 'Arrr, you are welcome! Bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source
  s(BEA, '09 was Blackbeard\'s real name Edward Teach (trivia night): quiz or writing asked, answered from memory, "Does that settle it?"', [
    [0, 'p', 'was blackbeards real name edward teach'],
    [22, 'l', 'Good morning, Bea at Talbot County Free Library here.'],
    [28, 'l', 'Is this for a quiz or something you are writing? Just so I know how much detail you need.'],
    [55, 'p', 'trivia night argument lol'],
    [62, 'l', 'Most historians go with Edward Teach (sometimes spelled Thatch), though the records of his day disagree and nobody is completely sure. He was killed off Ocracoke in 1718.'],
    [68, 'l', 'Does that settle it?'],
    [100, 'p', 'yes i win. thats all i needed'],
    [105, 'l', 'Congrats! Thanks for chatting.'],
  ], usual({ source: 'fail' })),

  // 10 a referral with no contact
  s(QUINN, '10 an old anchor pulled up off a dock: statute at mgaleg.maryland.gov, "get in touch with the state underwater archaeologist", no contact', [
    [0, 'p', 'pulled up what looks like a really old anchor crabbing in the nanticoke, can i keep it??'],
    [18, 'l', 'Hi, thanks for reaching out to Dorchester County Public Library, Quinn speaking.'],
    [25, 'l', 'Was it in the river itself, or on land along private shoreline?'],
    [60, 'p', 'in the river off our dock'],
    [68, 'l', "Under Maryland law, historic objects on state submerged land belong to the state, even right off a private dock. The statute is in the State Finance and Procurement article, §5A-333 and after, free to read at mgaleg.maryland.gov (Laws > Statutes). Before you clean it up or sell it, get in touch with the state underwater archaeologist at the Maryland Historical Trust; they'll want to know where it came up."],
    [74, 'l', 'Does that answer your question?'],
    [110, 'p', 'yeah kinda bummed but ok'],
    [114, 'l', 'Anything else on your mind?'],
    [130, 'p', 'no'],
    [134, 'l', 'Sorry it is not finders keepers! Thanks for asking us, bye.'],
  ], usual({ referral: 'fail' })),

  // 11 a referral with phone and URL
  s(DOV, '11 permit to metal detect in Worcester County parks: Recreation & Parks office by phone and contact page', [
    [0, 'p', 'hey do i need a permit to metal detect in worcester county parks'],
    [12, 'l', 'Hello, Dov from Worcester County Library here — happy to help!'],
    [18, 'l', 'Which parks? County parks and the town beaches have different rules.'],
    [50, 'p', 'mostly the county ones near snow hill'],
    [58, 'l', "I couldn't find it spelled out in the county's posted park rules, so the best bet is to call the Recreation & Parks office at 410-555-0148 or use the contact form at co.worcester.md.us/departments/recreation. They can tell you which parks allow it and whether you need a permit."],
    [64, 'l', 'Is that what you needed?'],
    [90, 'p', 'ok cool will call them'],
    [94, 'l', 'Anything else I can help you with?'],
    [110, 'p', 'nope'],
    [115, 'l', 'Good luck out there, thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 12 follow-up by me, e-mail read back, "by Friday", done at 40 h
  s(IRIS, '12 an ancestor lost near Smith Island (follow-up by me): Chronicling America, e-mail read back, "by Friday", done at 40 h', [
    [0, 'p', 'my great great grandfather supposedly died in a shipwreck off the eastern shore in the 1880s, how do i find out which ship'],
    [20, 'l', 'Hi! Iris here, a librarian with Maryland AskUsNow.'],
    [26, 'l', 'Do you know his name and roughly the year? And was he crew or a passenger?'],
    [70, 'p', 'john w. pruitt, crew, maybe 1883 or 84. family says near smith island'],
    [78, 'l', 'Let me try a couple of newspaper databases, one minute.'],
    [170, 'l', "Chronicling America (chroniclingamerica.loc.gov) has Maryland papers from those years, and I'm seeing a few 1883 mentions of a schooner lost near Smith Island, but no crew list yet. This will take some real digging."],
    [176, 'l', "Would it be OK if I kept searching after our chat and e-mailed you what I find? What's a good e-mail?"],
    [210, 'p', 'yes please! its pruittfam84@gmail.com'],
    [216, 'l', "Got it: pruittfam84@gmail.com. I'll send what I find by Friday at the latest."],
    [240, 'p', 'thank u so much'],
    [245, 'l', 'Is there anything else you need today?'],
    [262, 'p', 'no thats it'],
    [266, 'l', 'Thanks, talk soon by e-mail!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise to e-mail, no time, coded Answered; two museums as stops
  s(JULES, '13 pirate museums on a road trip to the Outer Banks: two museums with sites (referral), "I will send it along", no time, coded Answered', [
    [0, 'p', 'planning a road trip md to nc, what museums have real pirate or shipwreck artifacts'],
    [25, 'l', 'Hi, Jules here, librarian at Baltimore County Public Library. Fun trip!'],
    [31, 'l', 'Which route are you taking — down the Eastern Shore, or I-95?'],
    [70, 'p', 'eastern shore then the outer banks'],
    [80, 'l', "Two sure stops: the North Carolina Maritime Museum in Beaufort, which shows the Queen Anne's Revenge artifacts (Blackbeard's flagship), qaronline.org, and the Graveyard of the Atlantic Museum in Hatteras, graveyardoftheatlantic.com."],
    [86, 'l', "I can pull together a fuller list with hours along your route and e-mail it to you. What's your e-mail?"],
    [120, 'p', 'roadtripdeb@yahoo.com'],
    [126, 'l', 'Thanks, roadtripdeb@yahoo.com. I will send it along.'],
    [150, 'p', 'great thx'],
    [155, 'l', 'Anything else for now?'],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Safe travels, goodbye!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' })),

  // 14 follow-up by the patron's library, phone read back, "by Wednesday", not recorded at day 4
  s(KOFI, '14 pirate trials in colonial Maryland (follow-up by patron\'s library): aomol, phone typed with spaces and read back, "by Wednesday", not recorded at day 4', [
    [0, 'p', 'hello, im researching pirate trials in colonial maryland for a thesis, are there court records online'],
    [30, 'l', "Good evening and welcome! I'm Kofi, a librarian at Montgomery County Public Libraries, answering for AskUsNow."],
    [36, 'l', 'Which decades, and do you need the original records or are transcriptions fine?'],
    [80, 'p', '1700-1730, transcriptions ok. i live in frederick county'],
    [90, 'l', "The Archives of Maryland Online at aomol.msa.maryland.gov has the provincial court and council proceedings transcribed; a full-text search for 'pirat' catches pirate, pirates and piracy. For the microfilm beyond that, Frederick County Public Libraries' Maryland Room staff can dig in for you."],
    [96, 'l', "I'll pass your question to them and someone from FCPL will call you by Wednesday. What's the best phone number?"],
    [130, 'p', '301 555 0199'],
    [136, 'l', 'Thanks, that is 301-555-0199. Does the Archives of Maryland site help for now?'],
    [170, 'p', 'yes very much'],
    [175, 'l', 'Anything else I can do?'],
    [190, 'p', 'no, that is everything, thank you'],
    [195, 'l', 'Good luck with the thesis. Thanks for using AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 15 follow-up by me, recorded at 80 h
  s(LENA, '15 a Chesapeake shipwreck book club pair (follow-up by me): kit page, e-mail read back, "tomorrow afternoon", recorded at 80 h', [
    [0, 'p', 'our book club wants to do a nonfiction + novel pair about chesapeake shipwrecks. ideas?'],
    [15, 'l', 'Hi, Lena at Howard County Library System — welcome!'],
    [21, 'l', 'How many readers, and do you need a ready-made book club kit or just titles?'],
    [60, 'p', '10 ppl, a kit would be amazing'],
    [66, 'l', "Our book club kits are listed at hclibrary.org/book-club-kits, though none are on shipwrecks right now. I can check which titles we could get 10 copies of through interlibrary loan and e-mail you a shortlist. What e-mail should I use?"],
    [100, 'p', 'dana.booklovers@outlook.com'],
    [106, 'l', "dana.booklovers@outlook.com, got it. You'll have the shortlist tomorrow afternoon."],
    [130, 'p', 'amazing ty'],
    [135, 'l', 'Did the kit page help in the meantime?'],
    [160, 'p', 'yes'],
    [164, 'l', 'Anything else?'],
    [175, 'p', 'no'],
    [180, 'l', 'Thanks for chatting! Talk tomorrow.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 a true Lost Call
  s(MO, '16 the Whydah\'s treasure (Lost Call): greeting only, "Hello? Are you still with me?" at 160, notice + thanks at 258', [
    [0, 'p', 'what treasure did they find on the whydah'],
    [28, 'l', "Hi, this is Mo at Queen Anne's County Library. How can I help today?"],
    [160, 'l', 'Hello? Are you still with me?'],
    [258, 'l', "It looks like we've been disconnected, so I'm going to end the chat. Thanks for writing in, and come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron lines; final idle exactly 180 s, notice without thanks
  s(NELL, '17 Golden Age of piracy reading (coded Lost Call, two patron lines): answer at 80, check-in at 170, bare notice at 255, end at 260', [
    [0, 'p', 'best books on the pirate golden age?'],
    [20, 'l', 'Hi! Nell here, adult services librarian at Cecil County Public Library.'],
    [26, 'l', 'Are you after a general history, or something on particular pirates?'],
    [55, 'p', 'general history'],
    [58, 'p', 'readable not textbooky pls'],
    [80, 'l', "Colin Woodard's The Republic of Pirates reads like a novel and covers Blackbeard, Bellamy and Vane; it's in our catalog and on Libby. Marcus Rediker's Villains of All Nations is shorter and a bit more academic."],
    [86, 'l', 'Does that fit what you had in mind?'],
    [170, 'l', 'Are you still with me?'],
    [255, 'l', "Looks like you've been disconnected. I'm going to close this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (Jolly Roger script): coded Practice, every check na', [
    [0, 'p', 'practice: pirate flag meaning?'],
    [10, 'l', 'Practice reply: Jolly Roger history at samplelibrary.org/pirates'],
    [20, 'p', 'end practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(NOBODY, '19 detector de metales en Ocean City (Spanish): no provider ever joined, "hay alguien??", patron left, code null', [
    [0, 'p', 'hola? necesito saber si puedo buscar tesoros con detector en la playa de ocean city'],
    queueLine(2, 3),
    [140, 'p', 'hay alguien??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 a question limit
  s(PAZ, '20 pirate trivia for game night: "you\'ve reached the limit of questions for one chat … Bye." then "wow rude"', [
    [0, 'p', 'ok i have a bunch of pirate questions for my kids game night'],
    [18, 'l', 'Hi, Paz here at Ask Us Now, Maryland’s statewide library chat.'],
    [24, 'l', 'Are these trivia-style questions with short answers?'],
    [40, 'p', 'yeah trivia. 1) what was blackbeards ship called'],
    [48, 'l', "Queen Anne's Revenge. The North Carolina project that excavated it tells the whole story at qaronline.org."],
    [60, 'p', '2) who was the richest pirate ever 3) did pirates really bury treasure'],
    [66, 'p', '4) did any pirates come to maryland'],
    [75, 'l', "Sam Bellamy of the Whydah is usually called the richest (whydah.com has his story). Buried treasure was very rare; Captain Kidd is the famous exception."],
    [82, 'p', '5) were there girl pirates 6) what did they eat'],
    [90, 'l', "I'm sorry, you've reached the limit of questions for one chat, so I have to end it here. Bye."],
    [100, 'p', 'wow rude'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, invited back
  s(RUTH, '21 metal detecting on federal land: 36 CFR 2.1 at ecfr.gov, then a long list, "several other patrons waiting … log back in later"', [
    [0, 'p', 'what are the rules for metal detecting on federal land'],
    [20, 'l', 'Good afternoon! You’ve reached Ruth, a librarian at Anne Arundel County Public Library.'],
    [26, 'l', 'Is this National Park land, national forest, or something else?'],
    [55, 'p', 'national parks mostly'],
    [62, 'l', "It's not allowed in national parks: 36 CFR 2.1 bans metal detectors in park areas, and the Archaeological Resources Protection Act covers anything over 100 years old. The regulation text is at ecfr.gov (search 36 CFR 2.1)."],
    [68, 'l', 'Is that what you were looking for?'],
    [95, 'p', 'ok what about blm land, and beaches, and army corps lakes, and old coins on my own farm, and selling them on ebay'],
    [105, 'l', "Those are all good questions, but I have several other patrons waiting right now. Please log back in later, or any time, and a librarian will help with the rest. Thanks for chatting!"],
    [115, 'p', 'fine'],
  ], usual({ anything: 'fail' })),

  // 22 partly Spanish: a transfer with a notice and a note that says why
  s(SOL, '22 Anne Bonny for a 4th grader (partly Spanish): bilingual transfer notice + internal note why, Ximena with Britannica Escolar', [
    [0, 'p', 'hola, mi hija tiene que hacer un proyecto sobre Anne Bonny, hay libros en español?'],
    [20, 'l', 'Hi, this is Sol with AskUsNow! Un momento, por favor.'],
    [30, 'l', "I'm going to transfer you to a colleague who speaks Spanish — la transfiero a una colega que habla español, un momento."],
    [33, 'i', 'Ximena: Spanish-speaking parent, daughter needs Spanish-language material on Anne Bonny for a school project. Can you take it?'],
    xfer(36, 'Ximena', 'ximena-pi'),
    [90, 'l', '¡Hola! Soy Ximena, bibliotecaria de AskUsNow. ¿En qué grado está su hija?', as(XIMENA)],
    [120, 'p', 'cuarto grado'],
    [130, 'l', 'Para cuarto grado le recomiendo Britannica Escolar, una enciclopedia en español con artículos sobre Anne Bonny y sobre los piratas del Caribe. Entra gratis con la tarjeta de la biblioteca desde la página de recursos electrónicos de su biblioteca.', as(XIMENA)],
    [136, 'l', '¿Es lo que necesitaba?', as(XIMENA)],
    [170, 'p', 'si perfecto gracias'],
    [175, 'l', '¿Algo más en que le pueda ayudar?', as(XIMENA)],
    [190, 'p', 'no gracias'],
    [195, 'l', '¡Con mucho gusto! Suerte con el proyecto, hasta luego.', as(XIMENA)],
  ], usual({ transfer: 'pass' })),

  // 23 a transfer with a visible notice and no internal note
  s(TAVI, '23 War of 1812 flotilla artifacts: visible transfer notice, no internal note, Bo refers to the Calvert Marine Museum with site and phone', [
    [0, 'p', 'where can i see artifacts from the war of 1812 flotilla wrecks in the patuxent'],
    [18, 'l', 'Hi! Tavi with Ask Us Now here.'],
    [24, 'l', 'Are you hoping to see them in person, or read about the excavation?'],
    [50, 'p', 'in person'],
    [58, 'l', "Our Southern Maryland specialist knows this one best, so I'm transferring you to her now, just a moment."],
    xfer(62, 'Bo', 'bo-pi'),
    [120, 'l', "Hello, Bo here from Calvert Library. You can visit the Calvert Marine Museum in Solomons to see pieces from the flotilla excavation (calvertmarinemuseum.com or 410-555-0133), and the Navy's report on the Scorpion dig is at history.navy.mil.", as(BO)],
    [126, 'l', 'Does that answer your question?', as(BO)],
    [150, 'p', 'yes thank you!'],
    [155, 'l', 'Anything else?', as(BO)],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Enjoy the museum, bye!', as(BO)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 24 four at once; a follow-up promised with no contact
  s(UMA, '24 what real pirates wore (costume): three other chats open through this one (four at once), "get back to you tomorrow", no contact, FU_ME', [
    [0, 'p', 'what did real pirates actually wear? making a costume and want it accurate'],
    [10, 'l', 'Hi there, Uma from Ask Us Now. Great project!'],
    [16, 'l', 'What era: golden age 1700s Caribbean, or something else?'],
    [45, 'p', 'golden age yeah'],
    [52, 'l', "Mostly ordinary sailors' clothes: loose wide breeches called slops, a linen shirt, a short jacket and a knitted or felt cap. Colonial Williamsburg has a good piece on sailors' dress at colonialwilliamsburg.org, and Angus Konstam's The Pirate Ship 1660-1730 (Osprey) shows crews in period clothes."],
    [58, 'l', 'Does that give you enough to start?'],
    [90, 'p', 'yes but do you have pics of actual surviving clothes'],
    [98, 'l', "Good question, I'm not sure any survive. I'll check with a colleague and get back to you tomorrow."],
    [120, 'p', 'ok thanks'],
    [125, 'l', 'Anything else before you go?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Thanks for chatting!'],
  ], usual({ concurrency: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }, {
    otherIntervals: [other('u1', 'uma-pi', -200, 400), other('u2', 'uma-pi', -50, 300), other('u3', 'uma-pi', 40, 500)],
  }),

  // 25 three at most with touching ends; final idle exactly 120 s, no check-in
  s(VIC, '25 pirate cruise for kids in Annapolis: answer at 58, goodbye at 178 (final idle 120 s, no check-in); touching intervals, three at most', [
    [0, 'p', 'any pirate ship cruises for little kids around annapolis?'],
    [16, 'l', 'Hi, Vic here, a librarian at Annapolis Regional Library (AACPL).'],
    [22, 'l', 'How old are the kids, and are you looking for this summer?'],
    [48, 'p', '5 and 7, yes july'],
    [58, 'l', "There is a pirate-themed harbor cruise for young kids in Annapolis; the harbor cruises running this season, that one included, are listed on the Visit Annapolis site at visitannapolis.org/things-to-do/tours. Does that answer your question?"],
    [178, 'l', 'Thanks for chatting, and have fun in July! Bye!'],
  ], usual({ anything: 'fail', idle: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vic-pi', -300, 0), other('v2', 'vic-pi', -60, 150), other('v3', 'vic-pi', 20, 400), other('v4', 'vic-pi', 183, 500)],
  }),

  // 26 a notice that thanks but does not ask, 200 s after the answer
  s(WILL, '26 a green coin with a crown from Sandy Point: the Red Book, no check-in, "It seems you\'ve disconnected … Thanks for using Ask Us Now!" at 280', [
    [0, 'p', 'do real pirate coins ever wash up on maryland beaches? my son found a weird coin at sandy point'],
    [20, 'l', 'Hi, thanks for contacting Ask Us Now! This is Will, a librarian.'],
    [26, 'l', 'What does the coin look like? Any writing, date or design you can make out?'],
    [70, 'p', 'kinda green, a crown on one side, cant read the date'],
    [80, 'l', "Green usually means copper or bronze, so it's more likely an old British halfpenny or a token than Spanish silver. The colonial section of A Guide Book of United States Coins (the \"Red Book\", in our catalog) has photos to compare. Does that help?"],
    [280, 'l', "It seems you've disconnected, so I'll be closing this session. Thanks for using Ask Us Now!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 27 a check-in, then a goodbye 179 s after the answer; code ""
  s(XAN, '27 an Edmund Fitzgerald documentary on DVD: answer at 60, "You still there? 🙂" at 170, goodbye at 239 (final idle 179 s), code ""', [
    [0, 'p', 'need a good documentary on the edmund fitzgerald for my dad, hes obsessed'],
    [18, 'l', "Good morning! It's Xan, librarian at St. Mary's County Library."],
    [24, 'l', 'Does he watch DVDs, or streaming?'],
    [50, 'p', 'dvd he doesnt do streaming'],
    [60, 'l', 'Search "Edmund Fitzgerald" and limit to DVDs in our catalog at stmalib.org: there are a couple of documentaries, and Kanopy has more if he ever changes his mind. Did that help?'],
    [170, 'l', 'You still there? 🙂'],
    [239, 'l', 'Thanks for chatting, and feel free to come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 28 the patron ends it and leaves
  s(YUSUF, '28 a pirate festival on the Eastern Shore: visitmaryland.org, patron "ok thats all i needed, gotta run" and leaves, no goodbye', [
    [0, 'p', 'is there a pirate festival in maryland this summer'],
    [15, 'l', 'Hey! Yusuf at Wicomico Public Libraries here.'],
    [21, 'l', 'Any part of the state you prefer, or are you willing to drive?'],
    [50, 'p', 'eastern shore ideally'],
    [58, 'l', "The state tourism events calendar at visitmaryland.org/events lets you search 'pirate' and narrow it by region and month."],
    [64, 'l', 'Did that help?'],
    [90, 'p', 'ya found one in august. ok thats all i needed, gotta run'],
    left(95),
  ], usual({ courteous: 'fail' })),

  // 29 Spanish: a referral by phone and URL
  s(AMPARO, '29 detector de metales en la playa de Ocean City (Spanish): sand or boardwalk asked, Beach Patrol by phone and site, "es todo lo que necesitaba"', [
    [0, 'p', 'Buenas noches. ¿Se permite usar detector de metales en la playa de Ocean City?'],
    [22, 'l', '¡Buenas noches! Bienvenido a Pregúntele al Bibliotecario; soy Amparo, de la Biblioteca del Condado de Worcester.'],
    [28, 'l', '¿Piensa buscar en la arena de la playa o también cerca del paseo marítimo (boardwalk)?'],
    [60, 'p', 'solo en la arena, temprano en la mañana'],
    [68, 'l', 'Las reglas de la playa las pone el pueblo de Ocean City y cambian en temporada de verano. Para confirmar qué se permite este año, llame a la Patrulla de Playa (Beach Patrol) al 410-555-0166 o escríbales desde oceancitymd.gov.'],
    [74, 'l', '¿Le sirve esta información?'],
    [110, 'p', 'sí, muchas gracias, es todo lo que necesitaba'],
    [116, 'l', '¡A la orden! Gracias por escribirnos y buena suerte con la búsqueda.'],
  ], usual({ referral: 'pass' })),

  // 30 "take your time", an offer of more instead of the completeness question
  s(GWEN, '30 Treasure Island read-alikes for a teen: "No rush, take your time!" then 200 s away, Avi + Meyer, "check which branch" offered', [
    [0, 'p', 'my teen loved treasure island, want something similar but newer'],
    [20, 'l', 'Hello! This is Gwen, a librarian at Frederick County Public Libraries.'],
    [26, 'l', 'How old is your teen, and does she or he like audiobooks or print?'],
    [50, 'p', '15. hang on let me ask her'],
    [56, 'l', 'No rush, take your time!'],
    [256, 'p', 'ok back, print, and she likes girl main characters'],
    [264, 'l', 'Try The True Confessions of Charlotte Doyle by Avi (a 13-year-old alone on a ship in 1832) and Bloody Jack by L.A. Meyer (a girl disguised as a ship\'s boy); both are in our catalog at fcpl.org.'],
    [270, 'l', 'Would you like me to check which branch has them on the shelf?'],
    [300, 'p', 'no i can place a hold'],
    [305, 'l', 'Is there something else I can help with?'],
    [320, 'p', 'no ty'],
    [325, 'l', 'Happy reading to you both! 📚 Thanks for stopping by.'],
  ], usual({ complete: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => PIRATES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-sixth round: pirates, shipwrecks and treasure, checked', () => {
  describeSessions('whole sessions', PIRATES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', PIRATES.filter((c) => c.name in LEFT_WHY));
});
