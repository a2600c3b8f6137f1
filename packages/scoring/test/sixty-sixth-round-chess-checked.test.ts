/**
 * Sixty-sixth round, theme CHESS AND BOARD-GAME CLUBS, TOURNAMENTS AND RATINGS, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: library chess nights (Tulsa, a Spanish kids' club in San Antonio,
 * an adult game night in Johnson County KS), US Chess ratings and memberships (a daughter's first rating, a rating that never
 * updated, a membership for a 12-year-old asked half in Spanish), FIDE against US Chess ratings, tournament rules (touch-move,
 * engines after a game), tournament directing, scholastic chess (a state championship, a new middle-school club), chess books
 * (a 7-year-old, a 14-year-old blitz player, openings at 1100, a returning 1600 player, large print for an 80-year-old), game
 * databases and collections (chessgames.com and Cleveland's John G. White collection, the Lichess explorer), a 1950s Indiana
 * championship crosstable, correspondence chess, board-game lending (Ann Arbor, Pierce County holds, Silver Spring in Spanish,
 * chess clocks from a Library of Things). Every one of the 17 checks labelled in every session from RUBRIC.md's text before
 * the first run (labels copied aside to /tmp/chess-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 60 s exactly (05: pass) and 61 s (04: fail); `pickedUpAt` at 45 s with the first line at 150 (30);
 *   "Hi there! What can I help you find?" + a question, naming no one (05: fail); "Hello! A librarian here, happy to help."
 *   (10: "librarian" alone identifies); "Hi, welcome!" then the name and library in the second line (15); Spanish "Habla
 *   Lucía, bibliotecaria de …", "Soy Tomás, bibliotecario del servicio …", "le atiende Mateo, bibliotecario de Ask Us Now!"
 *   (06, 07, 20); chat-speak "hey! Rafa here from Ask a Librarian at Oakland Public Library 👋" (24); no provider ever
 *   joined (28);
 *  inquiry: branch, level, age, rating, US Chess or FIDE, team grade, digital clocks, the TD level; no question at all before
 *   the source (08: fail); a restatement "So you're looking for chess books in large print for your mom." (30);
 *  waits: a hold answered 121 s later (02: fail) and 120 s later (03: pass); holds at 86 and 200 (a partial result that says
 *   the search goes on) and the answer at 310 (25); "Sure, take your time." and the patron back 200 s later (16: waiting on
 *   the patron); an announced transfer answered 74 s after the notice (22); a silent transfer answered 110 s after the patron
 *   (23); an announced transfer answered 125 s after the notice (24: fail); 150 s from the question to the first line with
 *   `pickedUpAt` at 45 (30: 105 s after pickup, pass);
 *  endings: a Lost Call greeting, "Are you still there?" 121 s later and a notice that invites back 180 s after the greeting
 *   (09: both pass); a goodbye 119 s after the answer (10: idle na); a check-in and the session ending 179 s after the answer
 *   with no notice and no goodbye (11: idle pass, disconnect na, courteous fail); a check-in then a plain goodbye exactly 180 s
 *   after the answer (12: disconnect fails); a notice with an invitation back and no check-in, 220 s (13); "We limit chats to
 *   one question, so you've had yours. Bye." (14: dismissal); "several other patrons waiting … Please chat back in later"
 *   (15: allowed); the patron's "ok thats everything, thank you!" as the last line (30: courteous fails);
 *  sources: uschess.org/msa, new.uschess.org, the Official Rules of Chess with a call number, handbook.fide.com, chess.ca,
 *   vachess.org, iccf.com, library catalogues and event calendars, chessgames.com, books by title and author; none ("The
 *   Lichess app has a free one.", 29: an app with no way to reach it, fail);
 *  referrals: the San Antonio Chess Club by phone, in Spanish (06); "contact the Washington Chess Federation … and ask them"
 *   with no contact (16: fail); the Mechanics' Institute by street, phone and URL (17); the patron's branch asked to call the
 *   patron (20: no referral);
 *  follow-ups: FU_ME in Spanish, e-mail read back, "antes del viernes", done in 20 h (07); FU_ME, e-mail read back, no time
 *   (18: contact fails, pending); a promise with e-mail and "by tomorrow afternoon" coded Answered, done after 80 h (19: code
 *   and on_time fail); FU_LIB in Spanish, phone read back, "dentro de tres días", done in 50 h (20); FU_ME with "I'll get back
 *   to you", the e-mail only in `patron.email`, nothing recorded at day 4 (21: code passes, contact and on_time fail);
 *  codes: a true Lost Call (09); Lost Call with two patron lines and no provider (28); null (13); the field left out (29:
 *   na); Practice (27);
 *  transfers: notice + internal note why (22: pass); note only (23: fail); notice only (24: fail);
 *  concurrency: three others open through the session (25: four, fail); one ending at the start, two overlapping, one
 *   starting at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hello! A librarian here, happy to help." identifies who is answering ("librarian" is listed) (10);
 * - "Would you like me to find more titles?" offers something not yet given: not the completeness question (04); "Does that
 *   sound like your kind of thing?" and "that work for u?" ask whether what was given meets the need (26, 24);
 * - "thats all for now", "thats everything", "es todo", "eso es todo", "that is all" are the patron saying explicitly that
 *   they are done; "ok yeah thx", "sure ok thanks" are not;
 * - "Se la envío antes del viernes" and "le llamará dentro de tres días" say when the information will come (07, 20);
 * - "le pido a esa biblioteca que le llame" forwards the question on the patron's behalf and tells the patron to contact no
 *   one: no referral (20); "contact the Washington Chess Federation … and ask them to submit it" tells the patron to contact
 *   an organisation (16);
 * - "The Lichess app has a free one." names an app with no way to reach it: not a source (29);
 * - "Let me ask our branch managers … and I'll get back to you." is a promise to find more later (21: a follow-up session);
 * - "Chess Club for Kids los sábados … en la sucursal Central" in the library's own calendar is a source, not a referral (06);
 * - "We limit chats to one question, so you've had yours." tells the patron they have reached a limit of questions (14);
 * - "Thanks for understanding, and good luck with the club!" and "later! thx for chatting 😄" thank the patron.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/chess-labels.ts). First run as labelled / disagreeing: 30 / 0. Label corrections: 0 (no disagreement, so no label
 * was reread against the scorer and none changed). Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check scored as labelled on the first run: pickup at 60 s (pass), 61 s (fail), by `pickedUpAt` at 45 s and
 * with no provider; keep_informed at 121 s (fail) and 120 s (pass) after a hold, across holds of 114 and 110 s with a
 * partial result, after "take your time" (200 s on the patron), across a silent transfer (110 s), an announced one (74 s)
 * and an announced one at 125 s (fail), and 150 s before the first line with 105 s of it after `pickedUpAt` (pass); final
 * idles of 119 s (na), 179 s (check-in only, disconnect na), 180 s twice (a Lost Call with check-in and notice, both pass; a
 * check-in and a plain goodbye, disconnect fails) and 220 s (notice only, idle fails); concurrency at four (fail) and at
 * touching ends (three, pass); on_time done at 20 h and 50 h (pass), at 80 h (fail), pending at day 1, not done at day 4
 * (fail). The redaction equality of describeSessions holds for every case (patron e-mails typed and read back, a patron phone
 * read back in Spanish, an e-mail only in `patron.email`, club phones and a street address beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (30 running, none through describeLeft);
 * `npx tsc -p tsconfig.json --noEmit` clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, left, session, xfer } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-c', name: 'Marisol', library: 'TCCL' };
const DEV: Prov = { id: 'dev-c', name: 'Dev', library: 'AUN' };
const HUGO: Prov = { id: 'hugo-c', name: 'Hugo', library: 'MPL-WI' };
const ODETTE: Prov = { id: 'odette-c', name: 'Odette', library: 'SPL-IL' };
const REFCHAT: Prov = { id: 'refchat-c', name: 'Ref Chat', library: 'AADL' };
const LUCIA: Prov = { id: 'lucia-c', name: 'Lucía', library: 'SAPL' };
const TOMAS: Prov = { id: 'tomas-c', name: 'Tomás', library: 'HPL-TX' };
const WALT: Prov = { id: 'walt-c', name: 'Walt', library: 'CPL-OH' };
const THEO: Prov = { id: 'theo-c', name: 'Theo', library: 'APL-IA' };
const BRIDGET: Prov = { id: 'bridget-c', name: 'librarian_pcls', library: 'PCLS' };
const CASS: Prov = { id: 'cass-c', name: 'Cass', library: 'DPL-CO' };
const DARIUS: Prov = { id: 'darius-c', name: 'Darius', library: 'BPL-NY' };
const ELENA: Prov = { id: 'elena-c', name: 'Elena', library: 'FCPL' };
const FELIX: Prov = { id: 'felix-c', name: 'Felix', library: 'AAL' };
const GRETA: Prov = { id: 'greta-c', name: 'Greta', library: 'HCL-MN' };
const HIRO: Prov = { id: 'hiro-c', name: 'Hiro', library: 'SPL-WA' };
const IVY: Prov = { id: 'ivy-c', name: 'Ivy', library: 'SFPL' };
const JONAH: Prov = { id: 'jonah-c', name: 'Jonah', library: 'MCL-OR' };
const KATYA: Prov = { id: 'katya-c', name: 'Katya', library: 'ISL-IN' };
const MATEO: Prov = { id: 'mateo-c', name: 'Mateo', library: 'AUN' };
const LEO: Prov = { id: 'leo-c', name: 'Leo', library: 'PCPL' };
const NINA: Prov = { id: 'nina-c', name: 'Nina', library: 'CML' };
const OSCAR: Prov = { id: 'oscar-c', name: 'Oscar', library: 'CML' };
const PAZ: Prov = { id: 'paz-c', name: 'Paz', library: 'APL-TX' };
const QUENTIN: Prov = { id: 'quentin-c', name: 'Quentin', library: 'APL-TX' };
const RAFA: Prov = { id: 'rafa-c', name: 'Rafa', library: 'OPL-CA' };
const SIMONE: Prov = { id: 'simone-c', name: 'Simone', library: 'OPL-CA' };
const TOVA: Prov = { id: 'tova-c', name: 'Tova', library: 'EPFL' };
const VERA: Prov = { id: 'vera-c', name: 'Vera', library: 'JOCO' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'AUN' };
const WREN: Prov = { id: 'wren-c', name: 'Wren', library: 'BPL-ID' };
const XAVIER: Prov = { id: 'xavier-c', name: 'Xavier', library: 'CPL-IL' };

const s = session;

export const CHESS: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 a chess night for a 72-year-old dad (emoji): Hardesty Open Chess on the events calendar, "thats all i needed!"', [
    [0, 'p', 'hi does the library have a chess night?? my dad wants to play w people his age 😊'],
    [25, 'l', 'Hey there! Marisol here, librarian at Tulsa City-County Library.'],
    [31, 'l', 'Which branch is closest for him, and is he after casual games or something more serious?'],
    [75, 'p', 'hardesty branch, casual mostly he is 72'],
    [82, 'l', "Hardesty runs Open Chess on Tuesday evenings, boards provided, all ages and levels. It's on our events calendar at tulsalibrary.org/events (filter by Hardesty and Games)."],
    [88, 'l', 'Is that the kind of thing he had in mind?'],
    [130, 'p', 'perfect he will love it, thats all i needed!'],
    [136, 'l', 'Wonderful. Thanks for reaching out, and wish him luck at the board!'],
  ], usual()),

  // 02 a hold answered 121 s later
  s(DEV, '02 a daughter\'s first US Chess rating: "Give me a sec to pull that up." answered 121 s later', [
    [0, 'p', 'how can i look up my daughters uschess rating, she played her first tournament in jan'],
    [20, 'l', "Good morning, you've got Dev from the Ask Us Now! librarians."],
    [26, 'l', 'Do you know her US Chess ID number, or just her name and state?'],
    [60, 'p', 'just name. Priya Raman, maryland'],
    [66, 'l', 'Give me a sec to pull that up.'],
    [187, 'l', "Found her. US Chess's Member Services Area lists her rating and every event she has played: uschess.org/msa (search by last name and state). Ratings update a few days after the organizer submits the event."],
    [193, 'l', 'Did that answer your question?'],
    [240, 'p', 'yes! thank you'],
    [245, 'l', 'Anything else I can look up for you?'],
    [270, 'p', 'nope'],
    [274, 'l', 'Bye for now, and congrats to her on her first event!'],
  ], usual({ informed: 'fail' })),

  // 03 a hold answered exactly 120 s later
  s(HUGO, '03 touch-move in a rated game: "One moment while I check the rulebook." answered 120 s later, the Official Rules with a call number', [
    [0, 'p', 'in a rated tournament if you touch a piece do you HAVE to move it? my opponent said so and i lost a game over it'],
    [15, 'l', 'Hello! This is Hugo, reference librarian at Madison Public Library.'],
    [21, 'l', 'Was this a US Chess rated event or a FIDE one? The rulebooks differ a little.'],
    [55, 'p', 'us chess i think, it was at a school'],
    [61, 'l', 'One moment while I check the rulebook.'],
    [181, 'l', "Yes. Under the touch-move rule in US Chess's Official Rules of Chess (7th edition), a player who deliberately touches one of their own pieces must move it if it has a legal move. We have the book at Central (call number 794.1 US), and US Chess posts the current rules at new.uschess.org/governance-documents."],
    [187, 'l', 'Does that clear it up?'],
    [230, 'p', 'ugh ok yes. thats all i needed thx'],
    [236, 'l', "You're welcome, and better luck next round. Goodbye!"],
  ], usual()),

  // 04 pickup at 61 s; an offer of more instead of the completeness question
  s(ODETTE, '04 first chess books for a 7-year-old: 61 s pickup, two titles in the catalog, "Would you like me to find more titles?"', [
    [0, 'p', 'looking for chess books for my 7 yr old who just learned how the pieces move'],
    [61, 'l', "Hello, and sorry for the wait! This is Odette, a children's librarian at Skokie Public Library."],
    [67, 'l', 'Does she read on her own yet, or would you be reading with her?'],
    [110, 'p', 'reading together mostly'],
    [116, 'l', "Two good ones for reading together: 'Chess for Children' by Murray Chandler and Helen Milligan, and 'My First Chess Book' by Katie Daynes. Both are in our catalog at skokielibrary.info, and you can place holds online."],
    [122, 'l', 'Would you like me to find more titles?'],
    [160, 'p', 'no we will try those'],
    [166, 'l', 'Anything else today?'],
    [180, 'p', 'no thanks'],
    [185, 'l', 'Happy reading, and thanks for chatting!'],
  ], usual({ pickup: 'fail', complete: 'fail' })),

  // 05 pickup at exactly 60 s; a greeting that names no one
  s(REFCHAT, '05 borrowing Catan in Ann Arbor: pickup at 60 s, "Hi there! What can I help you find?" under "Ref Chat", no name or library', [
    [0, 'p', 'do any libraries near me lend board games? like catan etc. i live in ann arbor'],
    [60, 'l', 'Hi there! What can I help you find?'],
    [66, 'l', 'Are you hoping to borrow games to take home, or to play them at the library?'],
    [100, 'p', 'take home'],
    [106, 'l', "Ann Arbor District Library lends board games, Catan included, in its Unusual Stuff to Borrow collection: aadl.org/catalog (search 'board games')."],
    [112, 'l', 'Is that what you were looking for?'],
    [150, 'p', "yess thank u!! that's all"],
    [155, 'l', 'Have fun, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 Spanish: a kids' club, the library calendar and a chess club by phone
  s(LUCIA, '06 club de ajedrez para un niño de 10 años (Spanish): "Habla Lucía", calendario de la biblioteca, San Antonio Chess Club por teléfono, "es todo"', [
    [0, 'p', 'hola buenas, busco un club de ajedrez para mi hijo de 10 años en san antonio'],
    [30, 'l', '¡Buenas tardes! Habla Lucía, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [36, 'l', '¿Su hijo ya juega torneos o está empezando?'],
    [80, 'p', 'esta empezando, juega en la casa con su abuelo'],
    [86, 'l', 'Tenemos "Chess Club for Kids" los sábados a las 11 en la Biblioteca Central; aparece en el calendario: mysapl.org/Events. Si después quiere algo más competitivo, llame al San Antonio Chess Club al 210-555-0172; ofrecen clases para principiantes.'],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchas gracias, es todo'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya muy bien.'],
  ], usual({ referral: 'pass' })),

  // 07 partly Spanish: follow-up by me, e-mail read back, "antes del viernes", done in 20 h
  s(TOMAS, '07 membresía de US Chess para un niño de 12 (Spanglish, follow-up by me): e-mail read back, "antes del viernes", done in 20 h', [
    [0, 'p', 'hola, my son wants to play in tournaments, como le saco la membresia de US Chess? y cuanto cuesta'],
    [22, 'l', '¡Hola! Soy Tomás, bibliotecario del servicio Pregúntele al Bibliotecario de Houston Public Library.'],
    [28, 'l', '¿Qué edad tiene su hijo? Las membresías juveniles cuestan distinto.'],
    [70, 'p', 'tiene 12'],
    [76, 'l', 'La membresía se compra en línea en new.uschess.org/membership, con los precios por edad. También hay una guía para padres en español, pero no encuentro el enlace ahora. ¿Quiere que se la mande por correo electrónico cuando la encuentre?'],
    [120, 'p', 'si porfa, mi correo es gracielavega88@example.com'],
    [126, 'l', 'Anoté gracielavega88@example.com. Se la envío antes del viernes.'],
    [132, 'l', '¿La página de membresías le responde la pregunta por ahora?'],
    [170, 'p', 'si gracias, eso es todo'],
    [176, 'l', '¡Gracias a usted! Que tenga buen día.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 08 a source with no question first
  s(WALT, '08 a grandfather\'s 1960s Ohio championship games: chessgames.com and the John G. White collection guide straight away, no question', [
    [0, 'p', 'my grandpa played in the ohio chess championship in the 60s, is there anywhere to find his actual games?'],
    [18, 'l', "Hi, this is Walt in Special Collections at Cleveland Public Library's chat service."],
    [24, 'l', "Chessgames.com has a free database of published games searchable by player name, and our John G. White Chess Collection holds Ohio chess bulletins from the 1960s that often printed tournament games; the collection guide is at cpl.org/subject/special-collections."],
    [30, 'l', 'Does that help?'],
    [80, 'p', 'yes! ill start with those. thats all for now'],
    [86, 'l', 'Good luck with the search, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 09 a true Lost Call: check-in at 121 s, notice at 180 s
  s(THEO, '09 chess sets to borrow in Ames (Lost Call): greeting only, "Are you still there?" 121 s later, notice + invitation back 180 s after the greeting', [
    [0, 'p', 'does ames library have chess sets to borrow'],
    [20, 'l', 'Hi, Theo here from Ames Public Library. Happy to help!'],
    [141, 'l', 'Are you still there?'],
    [200, 'l', "It seems you've disconnected, so I'll close this chat. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 a goodbye 119 s after the answer
  s(BRIDGET, '10 a hold on Ticket to Ride for a party: "Hello! A librarian here", answer at 46, goodbye at 165 (final idle 119 s)', [
    [0, 'p', 'can i put a hold on a board game?? want ticket to ride for a party saturday'],
    [12, 'l', 'Hello! A librarian here, happy to help.'],
    [18, 'l', 'Which branch would you pick it up from?'],
    [40, 'p', 'gig harbor'],
    [46, 'l', "Board games can be held like books: search 'Ticket to Ride' in the catalog at piercecountylibrary.org and choose Gig Harbor as your pickup location."],
    [52, 'l', 'Will that do it?'],
    [165, 'l', 'Thanks for chatting, have a fun party!'],
  ], usual({ anything: 'fail' })),

  // 11 a check-in, then the session ends 179 s after the answer, no notice, no goodbye
  s(CASS, '11 the teen rapid tournament: answer at 56, "Still there?" at 180, session ends at 235 (final idle 179 s), no goodbye', [
    [0, 'p', 'is the teen chess tournament at the library free? when do u sign up'],
    [20, 'l', "Hi! I'm Cass, one of the librarians at Denver Public Library."],
    [26, 'l', 'Do you mean the Teen Rapid Open at Central later this month?'],
    [50, 'p', 'ya that one'],
    [56, 'l', "It's free, and registration opens on the event page: denverlibrary.org/events (search 'Rapid Open'). Spots are limited, so sign up early."],
    [180, 'l', 'Still there?'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 55 }),

  // 12 a check-in, then a plain goodbye exactly 180 s after the answer
  s(DARIUS, '12 FIDE vs US Chess ratings for an open in Canada: "Are you still with me?" at 190, a goodbye at 246 (final idle 180 s), no notice', [
    [0, 'p', 'whats the difference between a FIDE rating and a USCF rating'],
    [15, 'l', "Hello, you're chatting with Darius, a librarian at Brooklyn Public Library."],
    [21, 'l', "Are you asking because you're planning to play abroad, or just curious how they compare?"],
    [60, 'p', 'playing an open in canada this summer'],
    [66, 'l', "US Chess ratings only count in US Chess events; FIDE is the international federation, and an event abroad will be rated by FIDE or by the host country. FIDE's Rating Regulations are at handbook.fide.com, and Chess Canada publishes its own rating rules at chess.ca."],
    [72, 'l', 'Does that answer your question?'],
    [190, 'l', 'Are you still with me?'],
    [246, 'l', 'Thanks for chatting with us, goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 13 a notice with an invitation back, no check-in; code null
  s(ELENA, '13 Virginia scholastic championship: answer at 76, notice + invitation back at 296 (220 s), no check-in, code null', [
    [0, 'p', 'when is the virginia scholastic chess championship this yr? my kids school team wants to go'],
    [25, 'l', "Good afternoon! I'm Elena, a librarian with Fairfax County Public Library."],
    [31, 'l', 'Is the team elementary, middle or high school? The sections are split by grade.'],
    [70, 'p', 'elementary'],
    [76, 'l', 'The Virginia Chess Federation posts the state scholastic championship dates and the grade sections on its site, vachess.org, under Scholastics.'],
    [296, 'l', "It looks like you've disconnected, so I'll end the chat now. Come back any time if you have more questions!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: null }),

  // 14 a limit of questions
  s(FELIX, '14 opening books at 1100, then a list: "We limit chats to one question, so you\'ve had yours. Bye." (dismissal)', [
    [0, 'p', 'i want to get better at chess, what books for openings'],
    [30, 'l', 'Hi, Felix with the statewide Ask a Librarian service.'],
    [36, 'l', "Roughly what's your rating or level right now?"],
    [70, 'p', 'like 1100 online'],
    [76, 'l', "At that level, Irving Chernev's 'Logical Chess: Move by Move' teaches opening ideas through whole games; most libraries own it, and you can search yours from askalibrarian.org. Does that help?"],
    [110, 'p', 'ok. also what about endgames and tactics books and how do i stop blundering and which online site is best'],
    [118, 'l', "That's a lot. We limit chats to one question, so you've had yours. Bye."],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 15 other patrons waiting, a way back
  s(GRETA, '15 starting a middle-school chess club: "Hi, welcome!" + name in the next line, lesson plans, "several other patrons waiting … chat back in later"', [
    [0, 'p', 'hi im starting a chess club at my middle school, need help!!'],
    [22, 'l', 'Hi, welcome!'],
    [28, 'l', "I'm Greta, a librarian at Hennepin County Library. What do you need first: equipment, lesson plans, or how to get the club into tournaments?"],
    [70, 'p', 'lesson plans i guess'],
    [76, 'l', "The Saint Louis Chess Club shares free lesson plans for school clubs at saintlouischessclub.org (look under Education), and our catalog at hclib.org has 'Teaching Chess Step by Step' by Joel Johnson."],
    [82, 'l', 'Does that help for a start?'],
    [120, 'p', 'yes! now how do we get boards cheap, and tournaments, and can we get rated, and fundraising ideas, and'],
    [128, 'l', "Those are all good questions, but I have several other patrons waiting right now. Please chat back in later and we'll take the rest one at a time."],
    [150, 'p', 'ok'],
    [155, 'l', 'Thanks for understanding, and good luck with the club!'],
  ], usual({ anything: 'fail' })),

  // 16 "take your time", 200 s away; a referral with no contact
  s(HIRO, '16 a rating that never updated: "Sure, take your time." then 200 s away, "contact the Washington Chess Federation" with no contact', [
    [0, 'p', 'played a tournament 3 weeks ago and my rating still hasnt changed. who do i complain to'],
    [20, 'l', "Hi, I'm Hiro, a librarian at The Seattle Public Library."],
    [26, 'l', 'Was it a US Chess rated event, and do you know who organized it?'],
    [60, 'p', 'yes us chess. hang on let me find the email from the organizer'],
    [66, 'l', 'Sure, take your time.'],
    [266, 'p', 'ok it says Washington Chess Federation, Seattle Spring Open'],
    [272, 'l', "First look the event up on your player page at uschess.org/msa; if it isn't listed, the organizer hasn't submitted it yet. In that case contact the Washington Chess Federation, who ran the event, and ask them to submit it."],
    [278, 'l', 'Does that help?'],
    [320, 'p', 'ok yeah thx'],
    [326, 'l', 'Is there anything else I can help with?'],
    [350, 'p', 'no'],
    [354, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  // 17 a referral by street, phone and URL
  s(IVY, '17 adults playing in person in SF: the Mechanics\' Institute by street, phone and URL, "thats everything"', [
    [0, 'p', 'new to sf, where can adults play chess in person? not online'],
    [24, 'l', 'Hello! Ivy here, librarian with San Francisco Public Library.'],
    [30, 'l', 'Are you looking for a casual drop-in spot or rated tournaments?'],
    [66, 'p', 'both eventually'],
    [72, 'l', "The Mechanics' Institute Chess Club downtown runs both casual play and weekly rated tournaments. Visit them at 57 Post St or call 415-555-0139; schedules are at milibrary.org/chess."],
    [78, 'l', 'Is that what you were after?'],
    [120, 'p', 'yes perfect, thats everything'],
    [126, 'l', "Great! Thanks for using SFPL's chat, enjoy the games."],
  ], usual({ referral: 'pass' })),

  // 18 follow-up by me, e-mail read back, no time
  s(JONAH, '18 a reading list for a returning 1600 player (follow-up by me): e-mail read back, "I\'ll send the list over", no time', [
    [0, 'p', 'I want to get back into chess after 20 years. can you recommend books your library has for adult improvers?'],
    [26, 'l', 'Good evening, Jonah from Multnomah County Library here.'],
    [32, 'l', 'What level were you at back then: club player, or more casual?'],
    [80, 'p', 'club player, around 1600 in the 90s'],
    [86, 'l', "Jeremy Silman's 'The Amateur's Mind' is a good re-entry book and we own several copies (search it at multcolib.org). I'd like to put together a fuller list from what's on our shelves and send it to you. What's a good e-mail?"],
    [130, 'p', 'rwhitcombe@example.net'],
    [136, 'l', "Thanks, I have rwhitcombe@example.net. I'll send the list over."],
    [142, 'l', 'Does the Silman book get you started?'],
    [180, 'p', 'yes thanks'],
    [186, 'l', 'Anything else tonight?'],
    [200, 'p', 'no thats it'],
    [205, 'l', 'Thanks for chatting, good night!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 19 a promise coded Answered, done after 80 h
  s(KATYA, '19 a 1954 Indiana championship crosstable: "e-mail you scans by tomorrow afternoon", e-mail read back, coded Answered, done after 80 h', [
    [0, 'p', 'my grandfather won the indiana state chess championship in 1954 or 55. looking for proof, like a crosstable'],
    [30, 'l', 'Hi, this is Katya, a reference librarian at the Indiana State Library.'],
    [36, 'l', 'What was his name, and do you know where the tournament was held?'],
    [90, 'p', 'Harold Brandt, maybe indianapolis'],
    [96, 'l', "The Indiana State Chess Association lists past state champions at indianachess.org. Crosstables from the 1950s would be in the association's bulletins, and we hold some in our periodicals. I'll check them and e-mail you scans by tomorrow afternoon. What's your e-mail?"],
    [140, 'p', 'brandt.fam@example.org'],
    [146, 'l', 'Great: brandt.fam@example.org. Did the champions list help in the meantime?'],
    [190, 'p', 'yes he is on it!! thank you'],
    [196, 'l', 'Wonderful! Anything else?'],
    [215, 'p', 'no'],
    [220, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 Spanish: follow-up by the patron's library, phone read back, "dentro de tres días", done in 50 h
  s(MATEO, '20 juegos de mesa en Silver Spring (Spanish, follow-up by patron\'s library): phone read back, "dentro de tres días", done in 50 h', [
    [0, 'p', 'hola, mi biblioteca en Silver Spring presta juegos de mesa? quiero algo para jugar con mis hijos'],
    [20, 'l', 'Hola, le atiende Mateo, bibliotecario de Ask Us Now! Maryland.'],
    [26, 'l', '¿Qué edades tienen sus hijos?'],
    [60, 'p', '6 y 9'],
    [66, 'l', 'El catálogo de Montgomery County Public Libraries muestra qué juegos tiene cada sucursal: montgomerycountymd.gov/library (busque "board games"). No veo si Silver Spring los presta para llevar a casa, así que le pido a esa biblioteca que le llame. ¿A qué número?'],
    [110, 'p', '301-555-0188'],
    [116, 'l', 'Confirmo: 301-555-0188. La biblioteca de Silver Spring le llamará dentro de tres días.'],
    [122, 'l', '¿Le sirve el catálogo mientras tanto?'],
    [160, 'p', 'si, gracias. es todo'],
    [165, 'l', '¡Gracias por usar Ask Us Now! Hasta luego.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 21 follow-up by me, the e-mail only in patron.email, nothing recorded at day 4
  s(LEO, '21 four digital clocks for a club tournament (follow-up by me): "I\'ll get back to you", e-mail only in patron.email, nothing done at day 4', [
    [0, 'p', 'Does the library lend chess clocks? Our club has a tournament next month and we are short 4 clocks.'],
    [18, 'l', "Hi, Leo at Pima County Public Library's Ask a Librarian."],
    [24, 'l', 'Do you need digital clocks with delay, or would any clock do?'],
    [60, 'p', 'digital with delay, it is a US Chess rated event'],
    [66, 'l', "Our Library of Things list at library.pima.gov/things shows chess sets but no clocks. Let me ask our branch managers whether any branch has clocks, and I'll get back to you."],
    [72, 'l', 'Does that help for now?'],
    [110, 'p', 'sure ok thanks'],
    [115, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'tdclub.pima@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 22 an announced transfer with a note that says why
  s(NINA, '22 Club TD certification: transfer notice + internal note why, Oscar answers 74 s after the notice', [
    [0, 'p', 'how do i become a certified tournament director for uschess? i run a small club'],
    [20, 'l', 'Hello! Nina here, a librarian at Columbus Metropolitan Library.'],
    [26, 'l', 'Are you aiming for the entry-level Club TD certification?'],
    [60, 'p', 'yes club level'],
    [66, 'l', "My colleague Oscar runs our library chess program and knows the TD process well, so I'm transferring you to him now. Just a moment!"],
    [69, 'i', 'Oscar, patron wants the US Chess Club TD certification steps, you know this one, can you take it?'],
    xfer(72, 'Oscar', 'oscar-c'),
    [140, 'l', "Hi, Oscar here, also with Columbus Metropolitan Library. The Club TD requirements and the exam are on US Chess's TD certification page: new.uschess.org/td-certification.", as(OSCAR)],
    [146, 'l', 'Did that cover what you needed?', as(OSCAR)],
    [190, 'p', 'yes thanks so much, that is all'],
    [195, 'l', 'Glad to help! Thanks for chatting and good luck with the club.', as(OSCAR)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer
  s(PAZ, '23 chess by mail: internal note only, silent transfer, Quentin 110 s after the patron with iccf.com', [
    [0, 'p', 'does anyone still play chess by mail?? my uncle did it in the 70s'],
    [25, 'l', 'Hi! Paz at the Ask a Librarian desk, Austin Public Library.'],
    [31, 'l', "Do you want to play yourself, or find records of your uncle's games?"],
    [60, 'p', 'play myself, by real mail if possible'],
    [66, 'i', 'Quentin, correspondence chess q, your area, taking it?'],
    xfer(70, 'Quentin', 'quentin-c'),
    [170, 'l', "Hello, I'm Quentin, a librarian here too. Correspondence chess is still played: the International Correspondence Chess Federation's site, iccf.com, explains how to join and which events still use postal play.", as(QUENTIN)],
    [176, 'l', 'Does that help?', as(QUENTIN)],
    [210, 'p', 'cool ya thanks'],
    [214, 'l', 'Anything else?', as(QUENTIN)],
    [230, 'p', 'nope'],
    [233, 'l', 'Bye, and enjoy the games!', as(QUENTIN)],
  ], usual({ transfer: 'fail' })),

  // 24 an announced transfer with no note, the receiver 125 s after the notice
  s(RAFA, '24 chess books that "arent boring" for a 14-year-old (chat-speak): transfer notice, no internal note, Simone 125 s after the notice', [
    [0, 'p', 'yo do u have any chess books that arent boring lol im 14'],
    [16, 'l', 'hey! Rafa here from Ask a Librarian at Oakland Public Library 👋'],
    [22, 'l', 'what kind of chess do u play most, blitz online or club games?'],
    [50, 'p', 'blitz on chess.com mostly'],
    [56, 'l', 'our teen librarian Simone is the chess person here, sending u over to her now, one sec!'],
    xfer(60, 'Simone', 'simone-c'),
    [181, 'l', "Hi! Simone, teen services librarian. Try 'Chess Tactics for Champions' by Susan Polgar: it's basically a puzzle book, perfect for blitz. It's in our catalog at oaklandlibrary.org.", as(SIMONE)],
    [187, 'l', 'that work for u?', as(SIMONE)],
    [220, 'p', 'ya ok ill try it 👍'],
    [226, 'l', 'cool! anything else?', as(SIMONE)],
    [240, 'p', 'no'],
    [244, 'l', 'later! thx for chatting 😄', as(SIMONE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 25 holds every ~110 s; four at once
  s(TOVA, '25 free chess databases through the library: holds at 86 and 200 (partial result), answer at 310, three other chats open throughout', [
    [0, 'p', 'does the library give free access to any chess databases or training sites?'],
    [30, 'l', "Hello, you've reached Tova at Enoch Pratt Free Library."],
    [36, 'l', 'Are you after game databases for opening prep, or training like puzzles and lessons?'],
    [80, 'p', 'game databases mostly'],
    [86, 'l', 'Let me see what we subscribe to.'],
    [200, 'l', 'Still checking: nothing chess-specific in our A-Z database list so far, looking at the e-book platforms next.'],
    [310, 'l', "We don't license a chess database, but the free Lichess opening explorer (lichess.org/analysis, then the book icon) searches millions of master games, and our catalog at prattlibrary.org has opening books you can borrow as e-books."],
    [316, 'l', 'Would that work for what you need?'],
    [350, 'p', 'yes thats great, thats all'],
    [356, 'l', 'Thanks for chatting, happy studying!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('t1', 'tova-c', -120, 500), other('t2', 'tova-c', 5, 400), other('t3', 'tova-c', 20, 600)],
  }),

  // 26 three at most, touching ends
  s(VERA, '26 an adult board game night in Overland Park (emoji): one chat ending at the start, two overlapping, one starting at the end', [
    [0, 'p', 'any board game nights for adults at the library? not kids stuff 😅'],
    [14, 'l', 'Hi! Vera at Johnson County Library, happy to help.'],
    [20, 'l', 'Which part of the county are you in?'],
    [45, 'p', 'overland park'],
    [51, 'l', 'Central Resource Library hosts a grown-up game night once a month; bring your own game or use ours. Dates are on jocolibrary.org/events.'],
    [57, 'l', 'Does that sound like your kind of thing?'],
    [90, 'p', 'yes!! thats all i wanted to know'],
    [95, 'l', 'Have fun, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('v1', 'vera-c', -200, 0), other('v2', 'vera-c', -30, 300), other('v3', 'vera-c', 50, 600), other('v4', 'vera-c', 100, 400)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (chess club script): coded Practice, every check na', [
    [0, 'p', 'test - chess club question for training'],
    [6, 'l', 'hi, testing the chess canned answers'],
    [12, 'l', 'Chess clubs: uschess.org/clubs. Does that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 no provider ever joined; Lost Call after two patron lines
  s(NOBODY, '28 torneo de ajedrez este fin de semana (Spanish): no provider ever joined, "¿hola? alguien??", patron left, coded Lost Call', [
    [0, 'p', 'hay torneo de ajedrez en la biblioteca este fin de semana?'],
    [150, 'p', '¿hola? alguien??'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 an app with no way to reach it; the code field left out
  s(WREN, '29 an engine after a tournament: "The Lichess app has a free one." (no source), resolution code field left out', [
    [0, 'p', 'is it legal to use a chess engine to analyze my games after a tournament? or is that cheating'],
    [22, 'l', 'Hey, Wren from the Boise Public Library reference desk here!'],
    [28, 'l', 'Do you mean after the tournament is completely over, or between rounds?'],
    [60, 'p', 'after its over'],
    [66, 'l', "Once the event is over, it's fine; lots of players run their games through an engine afterward. The Lichess app has a free one. Using one during play, or between rounds on a game still in progress, is what counts as cheating."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes thank you!! thats all'],
    [116, 'l', 'Great, bye and good luck!'],
  ], usual({ source: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 30 pickedUpAt 45 s, first line at 150; a restatement; the patron has the last word
  s(XAVIER, '30 large-print chess books for an 80-year-old: pickedUpAt 45 s, first line at 150, "So you\'re looking for…", patron "thats everything" last', [
    [0, 'p', 'my mom is 80 and loves chess but cant see small print. any large print chess books??'],
    [150, 'l', "Good morning! I'm Xavier, a librarian at Chicago Public Library."],
    [156, 'l', "So you're looking for chess books in large print for your mom."],
    [180, 'p', 'yes exactly'],
    [186, 'l', "Large-print chess books are rare, but the National Library Service for the Blind and Print Disabled (loc.gov/nls) lends chess books in audio and braille, free for readers who qualify. Our catalog at chipublib.org also lets you limit a search to Large Print."],
    [192, 'l', 'Is that helpful?'],
    [230, 'p', 'oh the audio ones could work. ok thats everything, thank you!'],
  ], usual({ courteous: 'fail' }), { pickedUpAt: at(45) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CHESS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};
void byNo; // kept for the first LEFT_WHY entry a later scorer change may need (none today)

describe('sixty-sixth round: chess and board-game clubs, tournaments and ratings, checked', () => {
  describeSessions('whole sessions', CHESS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CHESS.filter((c) => c.name in LEFT_WHY));
});
