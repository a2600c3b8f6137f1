/**
 * Seventieth round, theme BOARD GAMES AND TABLETOP ROLE-PLAYING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: borrowing games (Catan for a party, Pandemic Legacy not lent, Spanish
 * games for an 8-year-old, tactile games for a grandmother with low vision), game nights and clubs (family game night, a
 * teen D&D club started at a branch and joined by a 13-year-old, a Warhammer club, chess for seniors), rules disputes
 * (Monopoly's Free Parking, QI in Scrabble, one army in Risk, Carcassonne farmers, mahjong's wall running out), game design
 * (Schell and the Kobold Guide, copyrighting rules), stores and conventions (Friday Night Magic, Gen Con, Origins, a Go
 * meetup, Hasbro replacement parts, donating games), history (chess and chaturanga, Parker Brothers in Salem, the Cluedo
 * patent, the lotería mexicana, a 1989 HeroQuest rulebook), RPGs for a 10-year-old, the Spanish Player's Handbook for a club.
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/boardgames-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); "Hey there! This is Marisol, a librarian … 👋" (01);
 *   "Hi there! Happy to help." under the screen name "Desk 3" (04: names no one, fail); "hi, this is Ask a Librarian at Pine
 *   Hollow Library, Cal speaking" under "cal_ph" (11); "Hey there 👋" + "this is the Ask Us librarian on duty" in two lines
 *   (28: pass); Spanish "Soy Graciela, bibliotecaria de …", "Le atiende Leonor, bibliotecaria del servicio …", "Habla Ramiro,
 *   bibliotecario de …" (06, 25, 29); `pickedUpAt` at 45 s with the first line at 150 (27); no provider ever joined (20);
 *   the patron's "hi" and the question before a 40 s pickup (22);
 *  inquiry: take home or play here, edition, club size and rulebooks, branch, word list, due date and format, tournament or
 *   casual, the teen's age, expansions, the child's tastes, age range, the factory or the company, distance, complete
 *   boxes, season, mahjong style, where the club meets, patent or histories, Milton Bradley and the quest book, home
 *   library, sell or protect, lessons or books, edition on the box, date and language; the first source before "Are you
 *   designing for kids, or for adults?" (05: fail); no question at all (30: fail); a Lost Call whose only provider work is a
 *   clarifying question (21: substantive, source and completeness fail);
 *  waits: "let me look that up" answered 125 s later with an internal line in between (07: fail); "give me a minute"
 *   answered exactly 120 s later (08: pass); Spanish holds "deme un momento" at 76 and "Sigo buscando; ya encontré un
 *   artículo …" at 180, the answer at 285 (29: pass); an announced transfer answered 64 s after the notice (15); a silent
 *   transfer, the receiver 130 s after the patron (16: fail); 105 s between `pickedUpAt` and the first line, 150 s after the
 *   patron's question (27: pass, see READINGS);
 *  endings: a notice + invitation back at 330 with no check-in (09: final idle 279 s, idle fails, notice passes); "Hi, are
 *   you still with me?" then a goodbye (10: final idle 124 s, idle passes, notice na); an answer, "did that help?" and
 *   silence to `endedAt` (11: final idle 206 s, both fail, courteous fails); the patron's "nope, thats everything. bye" last
 *   (12: courteous fails); "That's too many questions for one chat. I'm closing this one now." (13: dismissal fails); "I've
 *   got several other patrons waiting right now, so please chat back in later — or call our Teen Desk …" (14: allowed);
 *   "still there?" at 170 and "It looks like you've left the chat, so I'll close this session now. If you still need help,
 *   please chat back in!" at 360 (21: final idle 330 s, both pass); goodbyes "Enjoy the rest of game night! Bye for now.",
 *   "Thanks for reaching out, and good luck …", "Bye!", "Great, have fun — bye!", "Thanks for thinking of us!", "Sorry about
 *   that! Thanks for asking, take care.", "My pleasure, thanks for writing in!", "¡Gracias por escribirnos, que se
 *   diviertan!", "¡Gracias a usted, que tenga buen día!", "Great! Good luck with the dog 😂 thanks for chatting";
 *   patron-side "that's all i needed", "nope that's everything", "no thats it", "no, es todo", "aw ok. thats all", "That's
 *   everything for now", "si, es todo", "sii muchas gracias!!! es todo", "yes gracias!! that's everything", and "yes ty",
 *   "ok", "yes thanks", "yes awesome", "yes ok cool" that do not count;
 *  sources: library catalogues and event pages, hasbro.com, zmangames.com, dndbeyond.com, yalsa.ala.org, scrabble.merriam.com,
 *   locator.wizards.com, gencon.com, originsgamefair.com, pem.org (a finding aid), worldwide.espacenet.com, boardgamegeek.com,
 *   copyright.gov Circular 33, shop.aph.org, loc.gov/nls, Fuente Académica, books (Orbanes, Schell, the Kobold Guide, Murray,
 *   Iwamoto, Villegas); none (21: fail);
 *  referrals: the library's Teen Desk by phone (14: pass); the Friends of the Library by e-mail (17: pass); Hasbro consumer
 *   care by URL (28: pass); "stop by Dragon's Hoard Games downtown and ask them" (27: no contact, fail); interlibrary loan
 *   staff consulted and a patron's library asked to call back (24, 25: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 40 h (23: pass); a promise to e-mail, the e-mail read
 *   back with 👍, no time, coded Answered (24: code and contact fail, on_time pending); FU_LIB in Spanish, phone read back as
 *   a question, "dentro de 72 horas", done after 80 h (25: on_time fails); FU_ME, "send them your way by Friday" and no
 *   e-mail or phone anywhere (26: code and contact fail, on_time pending at day 1);
 *  codes: a Lost Call with one patron line (21: pass); Lost Call after four patron lines (22: fail); null with no provider
 *   (20); an empty string (28); Practice (19);
 *  transfers: a notice (a hold) and an internal note that says why (15: pass); no note and no notice (16: fail);
 *  concurrency: three others open at once with this one (17: four, fail); one ending exactly at the start, two overlapping
 *   each other briefly, one starting exactly at `endedAt` (18: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting that greets but names no one ("Hi there! Happy to help." under the screen name "Desk 3") fails (04); "Ask a
 *   Librarian at Pine Hollow Library, Cal speaking" identifies in the text (11); "the Ask Us librarian on duty" identifies by
 *   role and service (28);
 * - "Did that settle it?", "Is that the kind of starting point you had in mind?", "Does that give you a place to start?",
 *   "Does Espacenet get you started on the patent in the meantime?", "Would that work for you?", "¿Le sirve la información
 *   del formulario mientras tanto?" ask whether what was already given meets the need (pass);
 * - a clarifying question is a substantive message, so the Lost Call (21) has a substantive exchange: keep_informed and
 *   clarify pass, and with no source ever given source and completeness fail (completeness is na only when source is na);
 *   its final idle starts at the greeting (the first non-hold provider line after the patron's only line) and ends at the
 *   notice that invites back (330 s);
 * - the wait before pickup is pickup's alone: with `pickedUpAt` at 45 and the first line at 150, the patron waited 105 s
 *   after pickup (27: pass), though 150 s after the question;
 * - "Sigo buscando; ya encontré un artículo …" gives a partial result and says the search goes on: a hold (29);
 * - "stop by Dragon's Hoard Games downtown and ask them" tells the patron to visit and ask an organisation, with no address,
 *   phone, e-mail or URL ("downtown" is not a postal address) (27: fail); "Contact Hasbro's consumer care team through
 *   consumercare.hasbro.com" is a referral reached by URL (28); "locator.wizards.com … lists the stores" and "the Phillips
 *   Library finding aid at pem.org" point to web pages to use: sources, not referrals (09, 15);
 * - "That's too many questions for one chat. I'm closing this one now." tells the patron they asked too many, with no way
 *   back (13: fail); "several other patrons waiting … please chat back in later" is the allowed form (14);
 * - "Thanks for chatting — feel free to come back any time." ends the final idle as a goodbye (10: 124 s); "It seems you've
 *   disconnected, so I'll be ending this chat. Thanks …" tells the patron both parts of the notice but asks nothing (09).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both followup.completeness). Label corrections: 0 (both disagreements reread
 * against RUBRIC's followup.completeness and Terms; neither label was wrong by its text).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 03: "Is that the kind of starting point you had in mind?" after the sources read as no
 *    completeness question (fail; RUBRIC pass: asks whether the information already given meets the need);
 *  - followup.completeness, case 23: "Does Espacenet get you started on the patent in the meantime?" read as no completeness
 *    question (fail; RUBRIC pass: the same).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 125 s, across Spanish
 * holds of 104-105 s, an announced and a silent transfer, 105 s after `pickedUpAt`; final idles of 124, 206, 279 and 330 s;
 * concurrency at four and at touching ends; on_time done at 40 h, late at 80 h, pending at day 1 twice) scored as labelled
 * on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read
 * back, a patron phone read back in Spanish, a library phone and e-mail beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * RUBRIC v63 (block AC, made after this file from its LEFT cases among others): cases 03 (AC7: "Is that the kind of starting point
 *   you had in mind?") and 23 (AC7: "Does Espacenet get you started on the patent in the meantime?") now score as labelled and run
 *   with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-bg', name: 'Marisol', library: 'WPL' };
const DEV: Prov = { id: 'dev-bg', name: 'Dev', library: 'HCL' };
const PRISCILLA: Prov = { id: 'priscilla-bg', name: 'Priscilla', library: 'AUS' };
const DESK3: Prov = { id: 'desk3-bg', name: 'Desk 3', library: 'RPL' };
const TOMASZ: Prov = { id: 'tomasz-bg', name: 'Tomasz', library: 'LPL' };
const GRACIELA: Prov = { id: 'graciela-bg', name: 'Graciela', library: 'SEPL' };
const NATE: Prov = { id: 'nate-bg', name: 'Nate', library: 'FML' };
const RAFAEL: Prov = { id: 'rafael-bg', name: 'Rafael', library: 'DCL' };
const LOU: Prov = { id: 'lou-bg', name: 'Lou', library: 'BRL' };
const BRYONY: Prov = { id: 'bryony-bg', name: 'Bryony', library: 'CPL' };
const CAL: Prov = { id: 'cal-bg', name: 'cal_ph', library: 'PHL' };
const JESS: Prov = { id: 'jess-bg', name: 'Jess', library: 'MBL' };
const GRETA: Prov = { id: 'greta-bg', name: 'Greta', library: 'ECL' };
const HUGO: Prov = { id: 'hugo-bg', name: 'Hugo', library: 'CRL' };
const WENDELL: Prov = { id: 'wendell-bg', name: 'Wendell', library: 'ERL' };
const INES: Prov = { id: 'ines-bg', name: 'Ines Okafor', library: 'ERL' };
const OSCAR: Prov = { id: 'oscar-bg', name: 'Oscar', library: 'AUN' };
const PILAR: Prov = { id: 'pilar-bg', name: 'Pilar Reyes', library: 'AUN' };
const ODILE: Prov = { id: 'odile-bg', name: 'Odile', library: 'GPL' };
const SUNIL: Prov = { id: 'sunil-bg', name: 'Sunil', library: 'MFL' };
const TRAINEE: Prov = { id: 'trainee-bg', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-bg', name: 'Queue', library: 'VRQ' };
const MEI: Prov = { id: 'mei-bg', name: 'Mei', library: 'AUS' };
const FRANK: Prov = { id: 'frank-bg', name: 'Frank', library: 'BSL' };
const BEATRIX: Prov = { id: 'beatrix-bg', name: 'Beatrix', library: 'WCL' };
const YUSRA: Prov = { id: 'yusra-bg', name: 'Yusra', library: 'RLL' };
const LEONOR: Prov = { id: 'leonor-bg', name: 'Leonor', library: 'PAB' };
const CORBIN: Prov = { id: 'corbin-bg', name: 'Corbin', library: 'WLL' };
const DANA: Prov = { id: 'dana-bg', name: 'Dana', library: 'HPL' };
const ONDUTY: Prov = { id: 'onduty-bg', name: 'AskUs-3', library: 'AUS' };
const RAMIRO: Prov = { id: 'ramiro-bg', name: 'Ramiro', library: 'SBCL' };
const KIRAN: Prov = { id: 'kiran-bg', name: 'Kiran', library: 'LDPL' };

const s = session;

export const BOARDGAMES: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 borrowing Catan for a party: "Hey there! This is Marisol, a librarian …", take home or play here, catalog URL, "that\'s all i needed"', [
    [0, 'p', 'hi do u guys lend board games?? like catan'],
    [22, 'l', 'Hey there! This is Marisol, a librarian at Westbrook Public Library 👋'],
    [28, 'l', 'Are you looking to borrow it to take home, or to play it here in the building?'],
    [60, 'p', 'take home for a party saturday'],
    [66, 'l', "Yes! Our board games are in the catalog — search 'board game' at westbrooklibrary.org/catalog. Catan has 3 copies and checks out for 2 weeks. Does that answer your question?"],
    [100, 'p', "omg yes perfect, that's all i needed"],
    [105, 'l', 'Have fun at your party — thanks for chatting!'],
  ], usual()),

  // 02 pickup exactly at 60 s
  s(DEV, '02 Monopoly Free Parking dispute: pickup at exactly 60 s, edition asked, hasbro.com + Orbanes\'s book, "Did that settle it?"', [
    [0, 'p', 'settle a fight pls: in monopoly do you get money for landing on free parking'],
    [60, 'l', "Good evening! You've reached Ask a Librarian — I'm Dev at Harmon County Library."],
    [66, 'l', 'Are you playing the classic Hasbro edition?'],
    [90, 'p', 'yeah the regular one'],
    [96, 'l', "In the official rules nothing happens on Free Parking; the cash pot is a house rule. Hasbro posts the instructions as a PDF at hasbro.com (search 'Monopoly instructions'), and Philip Orbanes's book Monopoly: The World's Most Famous Game covers where that house rule came from. Did that settle it?"],
    [130, 'p', 'HA i win. thx'],
    [134, 'l', 'Anything else I can help you with?'],
    [150, 'p', "nope that's everything"],
    [154, 'l', 'Enjoy the rest of game night! Bye for now.'],
  ], usual()),

  // 03 pickup at 61 s
  s(PRISCILLA, '03 starting a teen D&D club at a branch: pickup at 61 s, club size and rulebooks asked, free Basic Rules URL', [
    [0, 'p', "Hi, I'm a teen services assistant at a small branch and want to start a D&D club for ages 12-16. Where do I begin?"],
    [61, 'l', "Hello, and thanks for your patience! I'm Priscilla, a reference librarian with the statewide Ask Us service."],
    [68, 'l', 'How many teens are you expecting, and does your branch already own any of the rulebooks?'],
    [120, 'p', 'maybe 8? we have nothing'],
    [127, 'l', "Then start free: the D&D Basic Rules are at dndbeyond.com/sources/basic-rules, enough for a first campaign, and the boxed Starter Set has an adventure written for new groups. YALSA's blog (yalsa.ala.org/blog, search 'tabletop') has posts from librarians who run teen clubs."],
    [133, 'l', 'Is that the kind of starting point you had in mind?'],
    [180, 'p', 'yes this is great'],
    [186, 'l', 'Anything else for your club?'],
    [210, 'p', 'no thats it, thank you!'],
    [215, 'l', 'Thanks for reaching out, and good luck with the first session!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets, names no one
  s(DESK3, '04 next family game night: "Hi there! Happy to help." under the screen name "Desk 3" (names no one), "yes ty", "Bye!"', [
    [0, 'p', 'when is the next family game night'],
    [14, 'l', 'Hi there! Happy to help.'],
    [20, 'l', 'Which branch do you usually go to?'],
    [40, 'p', 'oak street'],
    [46, 'l', "Oak Street's family game night is the second Friday of each month, 6-8 pm; the calendar is at rivertonlibrary.org/events. Does that help?"],
    [70, 'p', 'yes ty'],
    [74, 'l', 'Bye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 the question comes after the first source
  s(TOMASZ, '05 books on designing a board game: Schell\'s book in the catalog first, then "Are you designing for kids, or for adults?"', [
    [0, 'p', 'looking for books on how to design a board game'],
    [30, 'l', 'Good morning, Ask a Librarian here — this is Tomasz from Lakeview Public Library.'],
    [36, 'l', "A classic is The Art of Game Design: A Book of Lenses by Jesse Schell; it's in our catalog at lakeviewpl.org."],
    [42, 'l', 'Are you designing for kids, or for adults?'],
    [80, 'p', 'for adults, a card game'],
    [86, 'l', "Then add the Kobold Guide to Board Game Design, edited by Mike Selinker. Both are on the shelf at Central. Is that what you were looking for?"],
    [120, 'p', 'yes great'],
    [126, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for chatting with us!'],
  ], usual({ clarify: 'fail' })),

  // 06 Spanish, all well
  s(GRACIELA, '06 juegos de mesa en español para un niño de 8 años (Spanish): "Soy Graciela, bibliotecaria", llevar a casa, catálogo, "no, es todo"', [
    [0, 'p', 'hola, tienen juegos de mesa en español para niños? mi hijo tiene 8 años'],
    [25, 'l', '¡Hola! Soy Graciela, bibliotecaria de la Biblioteca Pública de Santa Elena. Con gusto le ayudo.'],
    [32, 'l', '¿Los quiere para llevar a casa o para jugar aquí en la biblioteca?'],
    [70, 'p', 'para llevar a casa'],
    [77, 'l', "Tenemos Lotería, Dobble y Rummikub con instrucciones en español. Puede buscarlos en el catálogo, santaelenalib.org/catalogo, con las palabras 'juego de mesa'. ¿Le sirve esta información?"],
    [120, 'p', 'si muchas gracias'],
    [125, 'l', '¿Necesita algo más?'],
    [150, 'p', 'no, es todo'],
    [154, 'l', '¡Gracias por escribirnos, que se diviertan!'],
  ], usual()),

  // 07 a hold answered 125 s later, an internal line in between
  s(NATE, '07 is QI a Scrabble word: "let me look that up" at 56, an internal line at 120, the answer at 181 (125 s)', [
    [0, 'p', "is 'qi' a legal scrabble word, my uncle says no"],
    [18, 'l', "Hi! I'm Nate, a librarian at Fairmount Library, here to help."],
    [24, 'l', 'Are you using the North American word list or the international Collins one?'],
    [50, 'p', 'idk, the regular US game'],
    [56, 'l', 'Okay, let me look that up for you.'],
    [120, 'i', 'anyone have the NASPA word list link handy?'],
    [181, 'l', "Sorry for the wait! QI is valid in the NASPA Word List used for North American play, and in Collins too. You can check any word at scrabble.merriam.com. Did that answer it?"],
    [210, 'p', 'yesss thanks'],
    [214, 'l', 'Anything else I can look up?'],
    [240, 'p', 'no thats all'],
    [244, 'l', 'Great, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 a hold answered exactly 120 s later
  s(RAFAEL, '08 where chess came from, 7th-grade report: due date and format asked, "give me a minute" answered exactly 120 s later', [
    [0, 'p', 'where did chess come from? doing a report for 7th grade'],
    [20, 'l', 'Hello! This is Rafael at Ask a Librarian, Dunmore County Library.'],
    [26, 'l', 'When is the report due, and do you need books or are websites ok?'],
    [70, 'p', 'friday, websites ok but teacher wants 1 book'],
    [76, 'l', 'Great, give me a minute to find a good one.'],
    [196, 'l', "Chess most likely began in India around the 6th century as chaturanga, then passed through Persia to Europe. For your book, A History of Chess by H. J. R. Murray is the classic (it's long, so use the index); it's in our catalog at dunmorelibrary.org. For a website, Britannica School on our Research page has a short chess history article. Does that work for your report?"],
    [240, 'p', 'yes!! thank you'],
    [246, 'l', 'Anything else?'],
    [270, 'p', "no that's all I needed"],
    [274, 'l', 'Good luck on the report! Thanks for chatting.'],
  ], usual()),

  // 09 a disconnect notice with no check-in
  s(LOU, '09 Friday Night Magic stores: store locator URL at 51, no reply, "It seems you\'ve disconnected … come back any time!" at 330, no check-in', [
    [0, 'p', 'is there a game store near downtown that runs magic the gathering nights'],
    [15, 'l', "Hi, Ask Us here — I'm Lou, a librarian with Brookfield Library."],
    [21, 'l', 'Are you looking for a weekly tournament like Friday Night Magic, or more casual play?'],
    [45, 'p', 'friday night magic'],
    [51, 'l', 'Wizards of the Coast has a store locator at locator.wizards.com: put in your ZIP and it lists the stores near you that run Friday Night Magic. Does that help?'],
    [330, 'l', "It seems you've disconnected, so I'll be ending this chat. Thanks for contacting us — come back any time!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 10 final idle 124 s with a check-in
  s(BRYONY, '10 Gen Con and a 15-year-old: answer at 66, "Hi, are you still with me?" at 150, goodbye at 190 (final idle 124 s)', [
    [0, 'p', 'when is gen con this year and can teens go alone'],
    [20, 'l', 'Hello! Bryony here, librarian at Carver Public Library.'],
    [26, 'l', 'How old is the teen who wants to go?'],
    [60, 'p', '15'],
    [66, 'l', "This year's dates and the convention's rules for attendees under 18 are on gencon.com (Attend > Policies). Is that what you needed?"],
    [150, 'l', 'Hi, are you still with me?'],
    [190, 'l', 'Thanks for chatting — feel free to come back any time.'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 11 final idle 206 s, nothing said
  s(CAL, '11 attacking from one army in Risk (chat-speak): answer at 70, "did that help?" at 76, then silence to the end (206 s)', [
    [0, 'p', 'in risk can u attack from a territory with only 1 army lol my bf says yes'],
    [25, 'l', 'hi, this is Ask a Librarian at Pine Hollow Library, Cal speaking'],
    [31, 'l', 'which edition of Risk do you have? the rules changed a bit over the years'],
    [60, 'p', 'the 2016 one i think'],
    [70, 'l', "nope, you need at least 2 armies to attack since one always stays behind. it's in the rules PDF on hasbro.com under Risk > Instructions."],
    [76, 'l', 'did that help?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 200 }),

  // 12 the patron has the last word
  s(JESS, '12 Carcassonne farmers: "Base game, or …?", zmangames.com, "Anything else?", patron "nope, thats everything. bye" last', [
    [0, 'p', 'carcassonne q: do farms score during the game or only at the end'],
    [12, 'l', 'Hi! Jess from the Millbrook Library reference desk here.'],
    [17, 'l', 'Base game, or are you using expansions?'],
    [35, 'p', 'base game'],
    [40, 'l', "Only at the end: farmers stay on the board and score 3 points for each completed city their field touches. The official rules are on Z-Man's site, zmangames.com (Carcassonne > Rules). Does that help?"],
    [70, 'p', 'yes perfect'],
    [74, 'l', 'Anything else?'],
    [90, 'p', 'nope, thats everything. bye'],
  ], usual({ courteous: 'fail' })),

  // 13 "too many questions for one chat"
  s(GRETA, '13 RPGs for a 10-year-old, then four more questions: "That\'s too many questions for one chat. I\'m closing this one now."', [
    [0, 'p', 'what rpgs are good for 10 yr olds besides d&d'],
    [20, 'l', 'Hello, Ask Us Now, this is Greta at Elm County Library.'],
    [26, 'l', 'Does your 10-year-old like fantasy, or something like animals or sci-fi?'],
    [60, 'p', 'animals mostly'],
    [66, 'l', "Try Hero Kids or Mouse Guard; both are on our kids' games list at elmcountylib.org/kidsgames. Did that help?"],
    [100, 'p', 'yes also what about card games and do u have any for teens and how do we sign up for the summer thing and can she bring a friend'],
    [110, 'l', "That's too many questions for one chat. I'm closing this one now."],
    [118, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 others waiting, a way back, the Teen Desk by phone
  s(HUGO, '14 signing a 13-year-old up for the teen D&D club, then a list: "several other patrons waiting … chat back in later — or call our Teen Desk at 303-555-0172"', [
    [0, 'p', 'my son wants to join the teen d&d club, how does he sign up? also what days'],
    [30, 'l', "Good afternoon! I'm Hugo, a librarian at Castle Rock Library."],
    [36, 'l', 'Is he between 12 and 18? The club is for that age range.'],
    [60, 'p', 'hes 13'],
    [66, 'l', 'Then he can sign up on our teen events page, castlerocklib.org/teens (Dungeons & Dragons Club, Thursdays 4-6). Did that answer it?'],
    [100, 'p', 'yes. also can u recommend dice, and what books he should read, and can i stay and watch, and what about pokemon cards'],
    [110, 'l', "Those are great questions! I've got several other patrons waiting right now, so please chat back in later — or call our Teen Desk at 303-555-0172; they run the club and can answer all of that."],
    [140, 'p', 'ok'],
    [144, 'l', 'Thanks for chatting, have a great day!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 15 an announced transfer with a note that says why
  s(WENDELL, '15 grandpa at Parker Brothers in Salem, 1950s: transfer announced to the patron + internal note why, Ines answers with the Phillips Library finding aid', [
    [0, 'p', 'my grandpa worked at parker brothers in salem. is there anything about the factory history'],
    [20, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Wendell at Essex Regional Library."],
    [26, 'l', "Are you interested in the company's history in general, or in the factory and the people who worked there?"],
    [70, 'p', 'the factory and the people who worked there, 1950s'],
    [76, 'l', "Our local history librarian, Ines, knows the Salem collections well — I'm transferring you to her now. Hang on just a moment."],
    [80, 'i', "Ines, patron's grandfather worked at Parker Brothers in Salem in the 1950s; wants factory/employee history. Local history q, can you take it?"],
    xfer(84, 'Ines Okafor', 'ines-bg'),
    [140, 'l', "Hello, Ines here, the local history librarian. The Parker Brothers company records, 1950s employee newsletters included, are described in the Phillips Library finding aid at pem.org/phillips-library (search 'Parker Brothers').", as(INES)],
    [146, 'l', 'Does that give you a place to start?', as(INES)],
    [190, 'p', 'yes! thank you so much, thats all'],
    [195, 'l', 'My pleasure, thanks for writing in!', as(INES)],
  ], usual({ transfer: 'pass' })),

  // 16 a silent transfer, the receiver 130 s after the patron
  s(OSCAR, '16 family-friendly game conventions near Columbus: silent transfer (no note, no notice), Pilar 130 s after the patron, originsgamefair.com', [
    [0, 'p', 'any board game conventions this spring that are family friendly? near columbus ohio'],
    [22, 'l', "Hi, you're chatting with Ask a Librarian. My name is Oscar."],
    [28, 'l', 'About how far are you willing to travel?'],
    [55, 'p', 'like 2 hours max'],
    xfer(70, 'Pilar Reyes', 'pilar-bg'),
    [185, 'l', 'Hi! Pilar here. Origins Game Fair is in Columbus every June; originsgamefair.com has the dates and family day passes. Does that help?', as(PILAR)],
    [220, 'p', 'june is fine, thanks! thats all i needed'],
    [226, 'l', 'Great, have fun — bye!', as(PILAR)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 17 four at once; Friends of the Library by e-mail
  s(ODILE, '17 donating 20 used board games: Friends of the Library by e-mail, three other chats open (four at once)', [
    [0, 'p', 'can i donate used board games to the library? we have like 20 in good shape'],
    [28, 'l', 'Hello! This is Odile with Ask a Librarian at Greenfield Public Library.'],
    [34, 'l', 'Are all the pieces there in each box? We can only take complete games.'],
    [70, 'p', 'yes all complete'],
    [76, 'l', 'Great — game donations go through the Friends of the Library. E-mail them at friends@greenfieldlibrary.org to set up a drop-off; the donation guidelines are at greenfieldlibrary.org/donate. Is that what you needed?'],
    [110, 'p', 'perfect, thx'],
    [114, 'l', 'Anything else I can do?'],
    [130, 'p', 'nope'],
    [134, 'l', 'Thanks for thinking of us!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('c1', 'odile-bg', -200, 300), other('c2', 'odile-bg', 20, 400), other('c3', 'odile-bg', 50, 200)],
  }),

  // 18 three at most, touching ends
  s(SUNIL, '18 Pandemic Legacy not lent: one chat ending at the start, two overlapping, one starting at the end (three at most), "aw ok. thats all"', [
    [0, 'p', 'can i check out pandemic legacy or do u not lend legacy games since u write on them'],
    [10, 'l', "Hey! It's Sunil at the Ask a Librarian desk, Marshfield Library."],
    [16, 'l', 'Do you want season 1 specifically?'],
    [40, 'p', 'ya season 1'],
    [46, 'l', "We don't lend legacy games, since play changes them for good, but our Library of Things policy at marshfieldlib.org/things lists what we do lend. Does that answer it?"],
    [80, 'p', 'aw ok. thats all'],
    [85, 'l', 'Sorry about that! Thanks for asking, take care.'],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'sunil-bg', -500, 0), other('d2', 'sunil-bg', -10, 50), other('d3', 'sunil-bg', 40, 500), other('d4', 'sunil-bg', 90, 600)],
  }),

  // 19 Practice
  s(TRAINEE, '19 practice chat (game-night macro): coded Practice, every check na', [
    [0, 'p', 'testing 123 game night q'],
    [6, 'l', 'trying the new game night macro'],
    [12, 'l', 'Game night info: samplelibrary.org/games. Did that help?'],
    [20, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 no provider ever joined
  s(NOBODY, '20 Warhammer club at the library: no provider ever joined, "anyone there", patron left, code null', [
    [0, 'p', 'does the library have a warhammer 40k club or a place we can play'],
    [150, 'p', 'anyone there'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 21 Lost Call after a clarifying question
  s(MEI, '21 mahjong wall runs out (Lost Call): greeting, "Which style are you playing …?", "still there?" at 170, left-the-chat notice + way back at 360', [
    [0, 'p', 'is there an official rule for what happens when you run out of tiles in mahjong'],
    [30, 'l', 'Hello! This is Mei, a librarian at Ask Us Statewide.'],
    [36, 'l', 'Which style are you playing — American (National Mah Jongg League), Hong Kong, or Riichi? The rules differ.'],
    [170, 'l', 'Are you still there?'],
    [360, 'l', "It looks like you've left the chat, so I'll close this session now. If you still need help, please chat back in!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Lost Call after three patron lines
  s(FRANK, '22 chess for seniors: "hi" then the question, pickup at 40, coded Lost Call after three patron lines', [
    [0, 'p', 'hi'],
    [5, 'p', 'do you have a chess club for seniors'],
    [40, 'l', 'Hello, welcome to Ask a Librarian! Frank here at Bayside Library.'],
    [46, 'l', 'Are you looking for a club that meets at the library, or anywhere in town?'],
    [80, 'p', 'at the library pls'],
    [86, 'l', "Our Senior Center partner runs Chess & Checkers on Tuesdays, 10 to noon, at the Bayside branch; it's on the events calendar at baysidelibrary.org/events (filter 'Seniors'). Did that help?"],
    [120, 'p', 'yes thanks'],
    [125, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 follow-up by me, e-mail read back, "by Thursday", done in 40 h
  s(BEATRIX, '23 the Cluedo patent and the game\'s origins (follow-up by me): Espacenet, e-mail read back, "by Thursday", done in 40 h', [
    [0, 'p', "Hello — I'm writing an article about the origins of Cluedo (Anthony Pratt, 1940s). Do you have anything on the original patent?"],
    [35, 'l', "Good afternoon, and thank you for reaching out! I'm Beatrix, a research librarian at Whitford County Library."],
    [42, 'l', 'Are you after the British patent itself, or secondary histories of the game too?'],
    [90, 'p', 'The patent mainly, but histories would help.'],
    [96, 'l', "Espacenet (worldwide.espacenet.com) indexes British patents from that period; search the inventor field for 'Pratt, Anthony'. I'd also like to go through our print holdings on game history and send you a list. What e-mail should I use?"],
    [150, 'p', "sure, it's m.osei@example.net"],
    [156, 'l', "Thanks — that's m.osei@example.net. You'll have the list from me by Thursday."],
    [162, 'l', 'Does Espacenet get you started on the patent in the meantime?'],
    [200, 'p', "Yes, very much. That's everything for now, thank you."],
    [206, 'l', "You're welcome. Thanks for using Ask a Librarian!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 24 a promise to e-mail, no time, coded Answered
  s(YUSRA, '24 lost 1989 HeroQuest rulebook: BoardGameGeek files, "e-mail you what they say", e-mail read back with 👍, no time, coded Answered', [
    [0, 'p', 'lost the rulebook to my 1989 heroquest, any way to get a copy??'],
    [20, 'l', 'Hi hi! Yusra here, librarian w/ Ask Us at Ridgeline Library.'],
    [26, 'l', 'Is it the original Milton Bradley version, and do you need the quest book too or just the rules?'],
    [60, 'p', 'milton bradley, both pls'],
    [66, 'l', "BoardGameGeek (boardgamegeek.com, HeroQuest > Files) has rulebook scans uploaded by fans. I'll also ask our interlibrary loan staff whether any library holds the printed quest book, and e-mail you what they say. What's a good e-mail?"],
    [110, 'p', 'dmarsh_hq@example.com'],
    [116, 'l', 'Got it, dmarsh_hq@example.com 👍 Does the BGG link do the trick for now?'],
    [150, 'p', 'yes awesome'],
    [155, 'l', 'Great, thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 25 Spanish, follow-up by the patron's library, phone read back, "dentro de 72 horas", done after 80 h
  s(LEONOR, '25 Manual del Jugador en español para un club (Spanish, follow-up by patron\'s library): teléfono repetido, "dentro de 72 horas", hecho a las 80 h', [
    [0, 'p', 'hola, quería saber si la biblioteca puede comprar el Manual del Jugador de D&D en español para el club de mi hija'],
    [28, 'l', '¡Hola! Le atiende Leonor, bibliotecaria del servicio Pregúntale al Bibliotecario.'],
    [35, 'l', '¿Cuál es su biblioteca? Las compras las decide cada biblioteca.'],
    [80, 'p', 'la de Valle Verde'],
    [86, 'l', 'Puede sugerir la compra con el formulario de valleverdelib.org/sugerencias. También paso su pedido a la biblioteca de Valle Verde para que le contacten. ¿Me da un teléfono?'],
    [140, 'p', 'si 719-555-0199'],
    [146, 'l', 'Entonces es el 719-555-0199, ¿verdad? Le llamarán dentro de 72 horas.'],
    [180, 'p', 'si correcto'],
    [186, 'l', '¿Le sirve la información del formulario mientras tanto?'],
    [220, 'p', 'si, es todo, gracias'],
    [225, 'l', '¡Gracias a usted, que tenga buen día!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 26 follow-up by me, no contact anywhere
  s(CORBIN, '26 copyrighting board game rules (follow-up by me): Circular 33, "send them your way by Friday", no e-mail or phone anywhere', [
    [0, 'p', 'can i copyright the rules of a board game i invented?'],
    [22, 'l', "Hello! You've reached Ask a Librarian; I'm Corbin at Westlake Library."],
    [28, 'l', 'Are you hoping to sell the game, or just protect the idea?'],
    [70, 'p', 'sell it eventually'],
    [76, 'l', "Short version: game mechanics can't be copyrighted, but the rulebook's wording and the artwork can. The U.S. Copyright Office explains it in Circular 33 at copyright.gov/circs/circ33.pdf. I'll dig up a couple of books on publishing games and send them your way by Friday."],
    [82, 'l', 'Does that circular help for now?'],
    [120, 'p', 'yes ok cool'],
    [126, 'l', 'Thanks for chatting, good luck with your game!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 27 pickedUpAt 45, first line at 150; a game store with no contact
  s(DANA, '27 learning Go near me: pickedUpAt 45 s, first line at 150, Iwamoto\'s book, "stop by Dragon\'s Hoard Games downtown and ask them" (no contact)', [
    [0, 'p', 'where can i learn to play go (the stone game) near me? total beginner'],
    [150, 'l', 'Hi, Ask a Librarian here, this is Dana from Harlow Public Library.'],
    [156, 'l', 'Do you want in-person lessons, or are books and online ok too?'],
    [200, 'p', 'in person would be best'],
    [206, 'l', "We don't run Go lessons, but Go for Beginners by Kaoru Iwamoto is in our catalog at harlowlib.org. For in-person play, stop by Dragon's Hoard Games downtown and ask them about their Go meetup."],
    [212, 'l', 'Would that work for you?'],
    [260, 'p', 'yeah ok thanks'],
    [265, 'l', 'Anything else today?'],
    [290, 'p', 'no'],
    [294, 'l', 'Thanks, bye!'],
  ], usual({ referral: 'fail' }), { pickedUpAt: at(45) }),

  // 28 greeting split over two lines; Hasbro consumer care by URL; code ""
  s(ONDUTY, '28 the dog ate two Monopoly houses: "Hey there 👋" + "this is the Ask Us librarian on duty", Hasbro consumer care by URL, code ""', [
    [0, 'p', 'my dog ate 2 of the little houses from our monopoly game 😭 can we get replacements'],
    [18, 'l', 'Hey there 👋'],
    [22, 'l', 'this is the Ask Us librarian on duty — sorry about the houses lol'],
    [26, 'l', "Do you know which edition it is? It's usually printed on the bottom of the box."],
    [60, 'p', 'classic one, 2013ish'],
    [66, 'l', "Contact Hasbro's consumer care team through consumercare.hasbro.com; they send replacement parts for a lot of their games. Did that answer your question?"],
    [100, 'p', 'yes!! ty'],
    [104, 'l', 'Is there anything else I can help with?'],
    [130, 'p', 'no thats all'],
    [134, 'l', 'Great! Good luck with the dog 😂 thanks for chatting'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: '' }),

  // 29 Spanish, holds about every 100 s
  s(RAMIRO, '29 historia de la lotería mexicana (Spanish): "deme un momento" at 76, "Sigo buscando; ya encontré …" at 180, answer at 285', [
    [0, 'p', 'buenas, necesito info sobre la historia de la lotería mexicana para una presentación de mi clase'],
    [25, 'l', '¡Buenas tardes! Habla Ramiro, bibliotecario de la Biblioteca del Condado de San Benito.'],
    [31, 'l', '¿Para cuándo es la presentación, y necesita fuentes en español o en inglés?'],
    [70, 'p', 'el lunes, en español porfa'],
    [76, 'l', 'Perfecto, deme un momento para buscar.'],
    [180, 'l', 'Sigo buscando; ya encontré un artículo y estoy revisando si tenemos algún libro.'],
    [285, 'l', "Listo: en la base de datos Fuente Académica (en sanbenitolib.org/investigacion) hay un artículo sobre los orígenes de la lotería en el siglo XVIII, y en el catálogo está el libro Lotería de Teresa Villegas. ¿Le sirve para su presentación?"],
    [330, 'p', 'sii muchas gracias!!! es todo'],
    [335, 'l', '¡De nada! Gracias por usar nuestro servicio.'],
  ], usual()),

  // 30 Spanglish patron, no question at all
  s(KIRAN, '30 games for a grandmother with low vision (Spanglish): no question asked, APH shop + NLS, "that\'s everything"', [
    [0, 'p', 'hi!! mi abuela is blind, are there board games for low vision people? she loves dominoes'],
    [16, 'l', 'Hello and welcome to Ask Us! This is Kiran at Lindale Public Library.'],
    [22, 'l', 'The American Printing House for the Blind sells tactile and large-print games, dominoes included, at shop.aph.org (Games & Recreation), and the National Library Service at loc.gov/nls has braille and audio rule books. Does that help?'],
    [60, 'p', "yes gracias!! that's everything"],
    [64, 'l', "You're so welcome — goodbye, and have fun playing with your abuela!"],
  ], usual({ clarify: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BOARDGAMES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventieth round: board games and tabletop role-playing, checked', () => {
  describeSessions('whole sessions', BOARDGAMES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BOARDGAMES.filter((c) => c.name in LEFT_WHY));
});
