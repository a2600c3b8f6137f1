/**
 * Seventy-eighth round, theme ICE SKATING AND HOCKEY, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: public skating sessions and rinks (weekend public skate times, the downtown outdoor rink's
 * opening, a rink in Leonardtown in the 1970s, skates lent by a library, a rink open on Christmas Day), youth hockey leagues (an
 * 8-year-old in Bowie, an adult beginners' league in Spanish, the age to start in Spanish, hockey skate fit), figure skating
 * history (Sonja Henie, Dick Button, the six jumps, costume rules, the Baltimore Clippers), skate sharpening (how often, a
 * figure blade's hollow), Olympic skaters (the 2018 women's hockey captain, the Miracle on Ice, Michelle Kwan, Nathan Chen,
 * Maryland Olympians, Bonnie Blair) and learn-to-skate programs (a 6-year-old in Spanish, adult test levels, a rec center class).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s73/skating-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: an 18 s pickup, "Good morning and welcome to Ask Us Now! This is Priya, a librarian at …" (01); pickup at exactly
 *   60 s (03: pass) and at 61 s (04: fail); "Hi there! What can I help you find today?" then a clarifying question under the
 *   screen name "AskDesk2" (05: no one named, fail); Spanish "¡Buenas tardes! Le saluda Lucía, bibliotecaria de …" (02),
 *   "¡Hola! Soy Nico, bibliotecario del servicio …" (14), "¡Hola, buenas! Le atiende Bea, bibliotecaria de …" (28); "Hiya,
 *   I'm Iris, one of the Ask Us Now librarians 🙂" (09); chat-speak "heyy, yusuf here w/ the Worcester County Library ask
 *   service 👋" (25); `pickedUpAt` at 40 s with the first visible line at 75 s (30: pass by pickedUpAt); a queue line and no
 *   provider ever (19);
 *  inquiry: which rink, the part of the county, travel or house league, how many sources and print, the Olympics meant,
 *   players' stories and format, book report or fun, names or telling jumps apart, level and blades, skated before, seasons
 *   and papers, deadline and discipline, already skates, indoor or pond, new or used, which Games, which question first,
 *   card holder, articles or photos, boy or girl and county, current test level; sources straight after the greeting with no
 *   question (08: fail);
 *  waits: a catalog hold answered 110 s later by a partial-result hold, then the answer exactly 120 s after that (06: pass);
 *   "One moment while I check the catalog." answered 121 s later with an internal note in between (07: fail); a transfer
 *   notice answered 59 s later by the receiver (22) and 84 s later (23); the patron's two lines in a row (17); "no rush, take
 *   your time" and the patron back 220 s later (30: waiting on the patron, pass); the patron's last line with the session
 *   ending 400 s later (29: a span still open at the end, pass);
 *  endings: a true Lost Call with a plain greeting, "Hi, are you still with me?" at 150 and "It looks like you've lost your
 *   connection, so I'm going to close this session now." at 345 (16: final idle 325 s, both pass, no thanks: courteous
 *   fails); "You still with me?" then a goodbye 130 s after the answer (17: idle pass, notice na); check-in at 150 and a
 *   disconnect notice with thanks exactly 180 s after the answer (26: both pass); check-in and a goodbye without a notice 179
 *   s after the answer (27: idle pass, notice na); a Spanish goodbye 119 s after the answer (28: both na); the patron's "thats
 *   all i needed, thx" as the last line (29: courteous fails); "we only do one question per chat. Your time is up, I'm closing
 *   the chat." then "Bye." (20: dismissal fails, courteous passes); "I've got other patrons waiting … please chat back in
 *   later" (21: allowed); goodbyes "Have a great skate, and thanks for using Ask Us Now!", "¡Con mucho gusto! Gracias por
 *   escribirnos …", "Great! Thanks for chatting, bye now.", "Bye!", "Enjoy watching her skate, bye!", "Good luck to her,
 *   bye!", "Thanks for the fun question, talk soon!", "¡Gracias a usted! Que le vaya muy bien.", "later!! 🏒"; patron-side
 *   "no that was it", "eso era todo lo que necesitaba", "thats all", "no thats it", "no, thats everything", "nope thats all",
 *   "no, that covers it", "es todo", "thats all i needed", and "yep thx!", "ok thanks", "ok cool", "wow ok rude" that do not
 *   count;
 *  sources: columbiaassociation.org, montgomeryparks.org, purehockey.com, Britannica Library and the catalog, teamusa.com,
 *   the catalog with a call number, usfigureskating.org, usahockey.com, ProQuest Historical Newspapers, microfilm in the
 *   catalog, the Consumer Reports database, olympics.com, isu.org, digitalmaryland.org, waterfrontpartnership.org, the
 *   library's events page; none (09: an answer from memory, fail);
 *  referrals: "take them to the pro shop at the rink where you skate" with no contact (10: fail); a rink's youth hockey
 *   coordinator by phone and URL (11: pass); a skating director by e-mail only (27: pass); the rink's front desk by phone
 *   and "the Skating Club of Baltimore" with nothing (26: fail); the provider's own library's Maryland Room by street
 *   address (29: pass); the patron's library asked to call the patron (14: consulted on the patron's behalf, no referral);
 *   Team USA's and USA Hockey's search pages (13, 11's first source: sources, not referrals);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday at the latest", done in 40 h (12: pass); a promise to e-mail
 *   "tomorrow morning", e-mail read back, coded Answered (13: code fails, contact passes, on_time pending); FU_LIB in
 *   Spanish, phone typed with spaces and read back with dashes, "dentro de dos días", done at 80 h (14: on_time fails);
 *   FU_ME with "get back to you" and no contact or time, not recorded at day 5 (15: code, contact and on_time fail);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (17); null with no provider (19); Practice (18); the
 *   field left out (27: na); an empty string (30);
 *  completeness: "Does that help you follow along?" after an answer with no source (09: pass); "Want me to look for video of
 *   her races too?" in place of it (24: an offer of more, fail);
 *  transfers: a visible notice (a hold) and an internal note that says why (22: pass); a visible notice and no note (23:
 *   fail);
 *  concurrency: three others open during this one, four at once (24: fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and identifications count as the English ones RUBRIC lists ("¡Buenas tardes!", "¡Hola!",
 *   "bibliotecaria/o", 02, 14, 28); "Hiya" and "heyy" greet (09, 25); "later!! 🏒 thx for using the library" thanks the
 *   patron and says goodbye (25);
 * - "Hi there! What can I help you find today?" greets but names no one; the screen name "AskDesk2" does not count (05);
 * - the patron's "eso era todo lo que necesitaba", "es todo" and "no, that covers it" say explicitly that they are done (02,
 *   14, 22);
 * - "Still searching — I found … checking whether it's on the shelf." gives a partial result and says the search goes on: a
 *   hold (06), so its span runs to the answer exactly 120 s later, not longer;
 * - an internal note during a wait does not end it (07: 56 -> 177 = 121 s, fail);
 * - "Does that help you follow along?", "Would that work for the report?", "Is the microfilm listing useful in the
 *   meantime?", "¿Le sirve esta información?" ask whether what was given meets the need (09, 07, 15, 28);
 * - an answer given from memory with no named resource, URL or contact is no source (09), and the completeness question
 *   after it still counts (an answer was given);
 * - "take them to the pro shop at the rink where you skate" tells the patron to visit an organisation: a referral with no
 *   way to reach it (10); "check with the Skating Club of Baltimore" likewise (26);
 * - "le pido a su biblioteca que la revise y le llame" (I'll ask your library to check and call you) is a promise that
 *   someone will contact the patron (a follow-up session) and staff consulted on the patron's behalf, not a referral (14);
 * - "dentro de dos días" (within two days) and "tomorrow morning" say when the information will come (14, 13);
 * - a disconnect notice that thanks the patron is a goodbye, so the final idle ends at it (26: 60 -> 240 = 180 s);
 *   "It looks like you've lost your connection, so I'm going to close this session now." neither thanks nor invites back
 *   (16: courteous fails); closing a chat because the patron is gone is not a dismissal (16);
 * - "we only do one question per chat. Your time is up" is a dismissal, and the "Bye." after it is still a goodbye (20);
 * - `pickedUpAt` recorded by the source decides pickup (30: 40 s, pass though the first line is at 75 s);
 * - a `resolutionCode` key set to `undefined` is a field left out (the JSON has no such field): na (27).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty). The redaction equality of describeSessions holds for every case (patron
 * e-mails typed and read back, a patron phone typed with spaces and read back with dashes, a rink's e-mail and phones beside
 * them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queued = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line for a librarian.`];

const PRIYA: Prov = { id: 'priya-sk', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-sk', name: 'Lucía', library: 'MCPL' };
const DEV: Prov = { id: 'dev-sk', name: 'Dev', library: 'AACPL' };
const ELLA: Prov = { id: 'ella-sk', name: 'Ella', library: 'BCPL' };
const ASKDESK: Prov = { id: 'askdesk2-sk', name: 'AskDesk2', library: 'AUN' };
const FELIX: Prov = { id: 'felix-sk', name: 'Felix', library: 'EPFL' };
const GRETA: Prov = { id: 'greta-sk', name: 'Greta', library: 'FCPL-MD' };
const HUGO: Prov = { id: 'hugo-sk', name: 'Hugo', library: 'CCPL-MD' };
const IRIS: Prov = { id: 'iris-sk', name: 'Iris', library: 'AUN' };
const JONAH: Prov = { id: 'jonah-sk', name: 'Jonah', library: 'HCPL-MD' };
const KEMI: Prov = { id: 'kemi-sk', name: 'Kemi', library: 'PGCMLS' };
const LEO: Prov = { id: 'leo-sk', name: 'Leo', library: 'AUN' };
const MAYA: Prov = { id: 'maya-sk', name: 'Maya', library: 'WCFL' };
const NICO: Prov = { id: 'nico-sk', name: 'Nico', library: 'AUN' };
const OWEN: Prov = { id: 'owen-sk', name: 'Owen', library: 'SMCL' };
const PAZ: Prov = { id: 'paz-sk', name: 'Paz', library: 'GCPL' };
const QUINN: Prov = { id: 'quinn-sk', name: 'Quinn', library: 'BCPL' };
const TRAINEE: Prov = { id: 'trainee-sk', name: 'Trainee 12', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-sk', name: 'Queue', library: 'VRQ' };
const RAFA: Prov = { id: 'rafa-sk', name: 'Rafa', library: 'AUN' };
const SOL: Prov = { id: 'sol-sk', name: 'Sol', library: 'CCPL-CA' };
const TOMAS: Prov = { id: 'tomas-sk', name: 'Tomas', library: 'AUN' };
const VIOLA: Prov = { id: 'viola-sk', name: 'Viola', library: 'MCPL' };
const UMAR: Prov = { id: 'umar-sk', name: 'Umar', library: 'AUN' };
const WILLA: Prov = { id: 'willa-sk', name: 'Willa', library: 'EPFL' };
const XENIA: Prov = { id: 'xenia-sk', name: 'Xenia', library: 'TCFL' };
const YUSUF: Prov = { id: 'yusuf-sk', name: 'yusuf_wocolib', library: 'WOCL' };
const ZARA: Prov = { id: 'zara-sk', name: 'Zara', library: 'BCPL' };
const ABE: Prov = { id: 'abe-sk', name: 'Abe', library: 'HCLS' };
const BEA: Prov = { id: 'bea-sk', name: 'Bea', library: 'AUN' };
const CAMI: Prov = { id: 'cami-sk', name: 'Cami', library: 'MCPL' };
const DINA: Prov = { id: 'dina-sk', name: 'Dina', library: 'FCPL-MD' };

const s = session;

export const SKATING: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 weekend public skate times: "Good morning and welcome … This is Priya", which rink asked, columbiaassociation.org, "Anything else I can look up"', [
    [0, 'p', 'hi what are the public skate times at the ice rink this weekend?'],
    [18, 'l', 'Good morning and welcome to Ask Us Now! This is Priya, a librarian at Howard County Library System.'],
    [25, 'l', 'Which rink do you mean, the one in Columbia or a different one?'],
    [55, 'p', 'columbia'],
    [62, 'l', "The Columbia Association posts the public session calendar at columbiaassociation.org/ice-rink. This weekend it shows Saturday 1-3 pm and Sunday 2-4 pm, but check the page the morning of, since tournaments sometimes bump sessions."],
    [68, 'l', 'Did that answer your question?'],
    [90, 'p', 'yep thx!'],
    [95, 'l', 'Anything else I can look up for you?'],
    [120, 'p', 'no that was it'],
    [125, 'l', 'Have a great skate, and thanks for using Ask Us Now!'],
  ], usual()),

  // 02 Spanish throughout
  s(LUCIA, '02 clases de patinaje para una niña de 6 años (Spanish): "Le saluda Lucía, bibliotecaria", zona asked, montgomeryparks.org, "eso era todo"', [
    [0, 'p', 'buenas, mi hija de 6 años quiere aprender a patinar sobre hielo, hay clases para niños?'],
    [24, 'l', '¡Buenas tardes! Le saluda Lucía, bibliotecaria de Montgomery County Public Libraries.'],
    [30, 'l', '¿En qué parte del condado viven? Así le busco la pista más cercana.'],
    [70, 'p', 'en wheaton'],
    [78, 'l', 'La pista Wheaton Ice Arena tiene clases de "Learn to Skate" para niños desde los 4 años. El horario y la inscripción están en montgomeryparks.org/parks-and-trails/wheaton-ice-arena. ¿Es lo que buscaba?'],
    [120, 'p', 'si perfecto, eso era todo lo que necesitaba'],
    [126, 'l', '¡Con mucho gusto! Gracias por escribirnos y que disfrute patinando.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(DEV, '03 how often to sharpen hockey skates: pickup at exactly 60 s, travel or house league asked, purehockey.com guide', [
    [0, 'p', 'how often should hockey skates be sharpened? my son plays 3x a week'],
    [60, 'l', "Hi, Dev here with Anne Arundel County Public Library's Ask a Librarian."],
    [66, 'l', 'Is he on a travel team or in a house league? And does he skate on his own too?'],
    [100, 'p', 'house league, no extra'],
    [108, 'l', "A common rule of thumb is every 10 to 15 hours on the ice, so at three sessions a week roughly every 3-4 weeks. Pure Hockey's sharpening guide explains how to tell when an edge is dull: purehockey.com/c/hockey-skate-sharpening-guide"],
    [112, 'l', 'Is that what you needed?'],
    [140, 'p', 'yes that helps a lot, thats all'],
    [146, 'l', 'Great! Thanks for chatting, bye now.'],
  ], usual()),

  // 04 pickup at 61 s
  s(ELLA, '04 Sonja Henie for a history paper: pickup at 61 s, number of sources asked, Britannica Library + a biography in the catalog', [
    [0, 'p', 'I need sources about Sonja Henie for a history paper'],
    [61, 'l', 'Hello! Ella at Baltimore County Public Library here, sorry for the wait.'],
    [68, 'l', 'How many sources do you need, and do any of them have to be print?'],
    [110, 'p', '3, at least one book'],
    [118, 'l', 'Britannica Library (bcpl.info > Research > Encyclopedias) has a solid biography of her, and our catalog has "Queen of Ice, Queen of Shadows" by Raymond Strait. Searching her name in the catalog at bcpl.info will turn up a few more.'],
    [124, 'l', 'Does this completely answer your question?'],
    [170, 'p', 'ok thanks'],
    [175, 'l', 'Can I help with anything else?'],
    [190, 'p', 'no'],
    [194, 'l', 'Good luck on the paper, thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 greeting names no one
  s(ASKDESK, '05 2018 women\'s Olympic hockey captain: "Hi there! What can I help you find today?" under the screen name AskDesk2, teamusa.com', [
    [0, 'p', 'who was the captain of the 2018 us womens hockey team'],
    [14, 'l', 'Hi there! What can I help you find today?'],
    [20, 'l', 'Do you mean the Olympic team in PyeongChang?'],
    [45, 'p', 'yea'],
    [52, 'l', "Meghan Duggan captained the 2018 U.S. Olympic women's team that won gold. The team pages are at teamusa.com/usa-hockey. Did that help?"],
    [80, 'p', 'yes ty'],
    [85, 'l', 'Anything else?'],
    [100, 'p', 'nope'],
    [104, 'l', 'Bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds: 110 s, then exactly 120 s after a partial-result hold
  s(FELIX, '06 a Miracle on Ice book for dad: catalog hold at 66, partial-result hold at 176, the answer at 296 (exactly 120 s)', [
    [0, 'p', 'looking for the best book about the 1980 miracle on ice for my dad, hes a huge fan'],
    [20, 'l', 'Hi! Felix from the Enoch Pratt Free Library here.'],
    [26, 'l', "Is he more into the game itself or the players' stories? And print or audiobook?"],
    [60, 'p', 'players stories, print'],
    [66, 'l', 'Let me take a look in the catalog.'],
    [176, 'l', "Still searching. I found \"The Boys of Winter\" by Wayne Coffey, which follows each player; checking whether it's on the shelf."],
    [296, 'l', '"The Boys of Winter" by Wayne Coffey is on the shelf at the Central Library (prattlibrary.org catalog, call number 796.962 COF). Does that fit what you had in mind?'],
    [330, 'p', 'yes perfect!! that is all i needed'],
    [336, 'l', 'Wonderful, thanks for chatting and enjoy the book!'],
  ], usual()),

  // 07 a hold answered 121 s later, an internal note in between
  s(GRETA, '07 Michelle Kwan books for a 4th grader: "One moment while I check the catalog." at 56, internal note at 120, answer at 177 (121 s)', [
    [0, 'p', 'do you have any books about michelle kwan for a 4th grader'],
    [16, 'l', 'Hello, this is Greta at Frederick County Public Libraries.'],
    [22, 'l', 'Is this for a book report or just for fun reading?'],
    [50, 'p', 'book report due next week'],
    [56, 'l', 'One moment while I check the catalog.'],
    [120, 'i', 'checking juvenile biography 796.91 shelf list'],
    [177, 'l', 'Her autobiography "Michelle Kwan: Heart of a Champion" is on the shelf at the Thurmont branch; you can place a hold on it in the catalog at fcpl.org.'],
    [183, 'l', 'Would that work for the report?'],
    [220, 'p', 'yes thanks'],
    [226, 'l', 'Is there anything else you need for the report?'],
    [250, 'p', 'no thats it'],
    [255, 'l', 'Happy reading, goodbye!'],
  ], usual({ informed: 'fail' })),

  // 08 a source straight after the greeting, no question
  s(HUGO, '08 the Inner Harbor rink\'s opening day: source straight after the greeting with no question, waterfrontpartnership.org', [
    [0, 'p', 'when does the outdoor ice rink at the inner harbor open this year'],
    [15, 'l', 'Hi, Hugo at Ask a Librarian, Carroll County Public Library.'],
    [30, 'l', 'The rink opening date is posted on the Waterfront Partnership site, waterfrontpartnership.org/ice-rink; this season it opens the day after Thanksgiving. Does that answer your question?'],
    [60, 'p', 'yep'],
    [64, 'l', 'Anything else for you today?'],
    [80, 'p', 'no thank you'],
    [84, 'l', 'Thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 09 an answer from memory, no source
  s(IRIS, '09 telling figure skating jumps apart: "Hiya, I\'m Iris", names or how to tell asked, answer from memory (no source), "Does that help you follow along?"', [
    [0, 'p', 'what are the different jumps in figure skating? my niece keeps saying names and im lost lol'],
    [20, 'l', "Hiya, I'm Iris, one of the Ask Us Now librarians 🙂"],
    [26, 'l', 'Do you want just the names, or how to tell them apart when you watch?'],
    [60, 'p', 'how to tell them apart'],
    [70, 'l', 'There are six main ones. The axel is the only one that takes off going forward, so it has an extra half turn. The toe loop, flip and lutz launch off a toe pick; the salchow and loop take off from an edge. A lutz leaves from a back outside edge, a flip from a back inside edge.'],
    [76, 'l', 'Does that help you follow along?'],
    [110, 'p', 'yes!! super helpful'],
    [115, 'l', 'Glad to help! Anything else?'],
    [130, 'p', 'no thats all'],
    [134, 'l', 'Enjoy watching her skate, bye!'],
  ], usual({ source: 'fail' })),

  // 10 a referral with no way to reach it
  s(JONAH, '10 the hollow for figure skates: level and blades asked, usfigureskating.org, "take them to the pro shop at the rink where you skate" (no contact)', [
    [0, 'p', 'my figure skates feel weird after getting sharpened at the sports store, what should the hollow be?'],
    [22, 'l', 'Hello, Jonah here, librarian at Harford County Public Library. Happy to help.'],
    [28, 'l', 'What level do you skate at, and what blades are on the boots?'],
    [70, 'p', 'im an adult beginner, whatever blades came with them'],
    [78, 'l', "US Figure Skating's equipment page, usfigureskating.org/skate/equipment, explains hollows; most beginner figure blades are sharpened at a 7/16 to 1/2 inch radius. Honestly your best bet is to take them to the pro shop at the rink where you skate and ask for someone who does figure skates, since sports stores often sharpen them like hockey skates."],
    [84, 'l', 'Does that help?'],
    [120, 'p', 'ya makes sense'],
    [125, 'l', 'Anything else I can help with?'],
    [140, 'p', 'no, thats everything'],
    [145, 'l', 'Thanks for writing in, good luck!'],
  ], usual({ referral: 'fail' })),

  // 11 a referral by phone and URL
  s(KEMI, '11 youth hockey for an 8-year-old in Bowie: skated before asked, usahockey.com, the arena\'s youth hockey coordinator by phone + URL', [
    [0, 'p', 'Hi my 8 yr old wants to play hockey. how do we join a league? we are in bowie'],
    [18, 'l', "Hi! Thanks for contacting Ask a Librarian. I'm Kemi at Prince George's County Memorial Library System."],
    [24, 'l', 'Has he skated before, or would he need to learn to skate first?'],
    [60, 'p', 'she lol. she skates a little'],
    [66, 'l', "Sorry about that! For a child who skates a little, a learn-to-play program is a good first step. USA Hockey lists them by zip code at usahockey.com/findaprogram. For Bowie itself, the Bowie Ice Arena's youth hockey coordinator can tell you about the fall house league: call 301-555-0187 or see cityofbowie.org/icearena."],
    [72, 'l', 'Is that the kind of info you were after?'],
    [110, 'p', 'yes thank you so much'],
    [116, 'l', "You're welcome! Anything else today?"],
    [130, 'p', 'nope thats all'],
    [134, 'l', 'Good luck to her, bye!'],
  ], usual({ referral: 'pass' })),

  // 12 follow-up by me, e-mail read back, "by Friday", done in 40 h
  s(LEO, '12 grandfather on the 1950s Hershey Bears (follow-up by me): hold at 86, ProQuest, e-mail read back, "by Friday at the latest", done in 40 h', [
    [0, 'p', 'my grandfather played for the Hershey Bears in the early 50s, can you find newspaper articles about him? name is Walter Kowalczyk'],
    [24, 'l', 'Good afternoon, this is Leo, a reference librarian with Ask Us Now.'],
    [30, 'l', 'Do you know which seasons he played, and do you want articles from the Hershey papers or from anywhere?'],
    [80, 'p', '1951-53 i think, anywhere'],
    [86, 'l', 'Let me search our newspaper databases.'],
    [180, 'l', "I'm finding a few box scores in ProQuest Historical Newspapers (on your library's website under Research), but the Harrisburg papers need a deeper search. I can keep digging and e-mail you what I find. What's the best e-mail?"],
    [230, 'p', 'sure its kowalczyk.fam@example.org'],
    [236, 'l', "Thanks, I have kowalczyk.fam@example.org. You'll hear from me by Friday at the latest."],
    [242, 'l', 'Do the ProQuest box scores help as a start?'],
    [280, 'p', 'yes thats great thank you'],
    [285, 'l', 'Is there anything else you want me to look for?'],
    [300, 'p', 'no thats everything'],
    [305, 'l', 'Thanks for the fun question, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise with e-mail and time, coded Answered
  s(MAYA, '13 Olympic figure skaters from Maryland: teamusa.com, "I\'ll e-mail it to you tomorrow morning", e-mail read back, coded Answered', [
    [0, 'p', 'are there any olympic figure skaters from maryland? doing a project for my class'],
    [20, 'l', 'Hi, Maya at Washington County Free Library here!'],
    [27, 'l', 'When is the project due, and do you need speed skaters too or just figure skaters?'],
    [70, 'p', 'friday, just figure'],
    [76, 'l', "Team USA's athlete search at teamusa.com lets you filter by home state. I'd like to double-check a few names against newspaper records before giving you a list, so I'll e-mail it to you tomorrow morning. What e-mail should I use?"],
    [120, 'p', 'jess.r.2011@example.com'],
    [126, 'l', 'Got it: jess.r.2011@example.com. Tomorrow morning it is!'],
    [132, 'l', 'Does the Team USA search help for now?'],
    [160, 'p', 'yes'],
    [166, 'l', 'Anything else?'],
    [180, 'p', 'no thank u'],
    [184, 'l', 'Thanks for asking Ask Us, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 14 Spanish; follow-up by the patron's library, phone read back, done at 80 h
  s(NICO, '14 liga de hockey para adultos principiantes (Spanish, follow-up by patron\'s library): phone read back, "dentro de dos días", done at 80 h', [
    [0, 'p', 'hola, busco una liga de hockey para adultos que nunca han jugado, en frederick'],
    [28, 'l', '¡Hola! Soy Nico, bibliotecario del servicio Ask Us Now. Con gusto le ayudo.'],
    [34, 'l', '¿Ya sabe patinar, o necesita empezar con clases de patinaje?'],
    [75, 'p', 'se patinar un poco'],
    [82, 'l', 'USA Hockey tiene un buscador de programas para adultos en usahockey.com/adult. Para los horarios de las ligas locales, le pido a su biblioteca de Frederick que revise su lista de clubes deportivos y le llame. ¿A qué número?'],
    [130, 'p', '301 555 0166'],
    [136, 'l', 'Gracias, tengo 301-555-0166. Le llamarán dentro de dos días.'],
    [142, 'l', '¿Le sirve el buscador de USA Hockey mientras tanto?'],
    [180, 'p', 'si, gracias. es todo'],
    [186, 'l', '¡Gracias a usted! Que le vaya muy bien.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 coded follow-up by me, no contact, no time, not recorded at day 5
  s(OWEN, '15 a 1970s rink in Leonardtown (follow-up by me): microfilm in the catalog, "I\'ll search the 1970s reels and get back to you", no contact, day 5', [
    [0, 'p', 'was there ever an ice rink in leonardtown? my mom says she skated there in the 70s'],
    [20, 'l', "Hello! Owen with St. Mary's County Library here."],
    [26, 'l', 'Was it an indoor rink, or a pond people skated on in winter?'],
    [60, 'p', 'she says indoor, near the square'],
    [66, 'l', "Our local newspaper archive, the St. Mary's Enterprise on microfilm (listed in the catalog at stmalib.org), is the place to look. I'll search the 1970s reels and get back to you."],
    [72, 'l', 'Is the microfilm listing useful in the meantime?'],
    [110, 'p', 'ok cool'],
    [115, 'l', 'Thanks for the question!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 16 a true Lost Call
  s(PAZ, '16 own skates for a rec center class (Lost Call): greeting only, "Hi, are you still with me?" at 150, "lost your connection … close this session now" at 345', [
    [0, 'p', 'do u need to bring your own skates to the learn to skate class at the rec center'],
    [25, 'l', 'Hi, this is Paz at Garrett County Public Library.'],
    [150, 'l', 'Hi, are you still with me?'],
    [345, 'l', "It looks like you've lost your connection, so I'm going to close this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after three patron lines; check-in, goodbye 130 s after the answer
  s(QUINN, '17 how hockey skates should fit: coded Lost Call after three patron lines, answer at 70, "You still with me?" at 160, goodbye at 200', [
    [0, 'p', 'how should hockey skates fit? buying my first pair'],
    [18, 'l', 'Hello! Quinn here, a librarian at Baltimore County Public Library.'],
    [24, 'l', 'Are you buying new or used, and online or in a store?'],
    [55, 'p', 'used, probably facebook marketplace'],
    [58, 'p', 'adult size 10 shoe'],
    [70, 'l', "Hockey skates usually run 1 to 1.5 sizes smaller than your shoe, so look at 8.5-9. Consumer Reports' buying advice is in the Consumer Reports database on bcpl.info under Research. Does that help?"],
    [160, 'l', 'You still with me?'],
    [200, 'l', 'Thanks for chatting, feel free to come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (rink hours script): coded Practice, every check na', [
    [0, 'p', 'TEST test rink hours pls ignore'],
    [6, 'l', 'test reply: rink hours at samplelibrary.org/rink'],
    [12, 'l', 'Did that help?'],
    [20, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(NOBODY, '19 a rink open on Christmas Day: no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'is any ice rink open on christmas day near annapolis'],
    queued(2, 3),
    [140, 'p', 'hello??'],
    left(290),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 a dismissal
  s(RAFA, '20 2022 Olympic men\'s figure skating, then more: "we only do one question per chat. Your time is up, I\'m closing the chat." then "Bye."', [
    [0, 'p', 'who won mens figure skating at the 2022 olympics'],
    [15, 'l', 'Hi, Rafa at Ask Us Now.'],
    [20, 'l', 'The Beijing 2022 Games, right?'],
    [40, 'p', 'yes'],
    [45, 'l', 'Nathan Chen won gold in Beijing. The full results are on olympics.com under Figure Skating > Results. Did that answer it?'],
    [70, 'p', 'yes and who won silver and bronze, and also 2018, and 2014'],
    [76, 'l', "You've had your question answered, and we only do one question per chat. Your time is up, I'm closing the chat."],
    [90, 'p', 'wow ok rude'],
    [95, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 the allowed "other patrons waiting"
  s(SOL, '21 costume rules, judging, triple axel and more: isu.org, "I\'ve got other patrons waiting … please chat back in later … Thanks!"', [
    [0, 'p', 'hi can you help me find info on figure skating costume rules, and also how judging works, and also the history of the triple axel, and also'],
    [20, 'l', "Hello! I'm Sol, a librarian at Calvert Library."],
    [26, 'l', "That's a lot of great questions! Which one should we start with?"],
    [50, 'p', 'costumes rules first'],
    [58, 'l', "The ISU's rules at isu.org (Inside ISU > Rules, the Special Regulations for single and pair skating) say clothing must be modest, dignified and appropriate for athletic competition. Is that what you were looking for?"],
    [90, 'p', 'yes now judging and triple axel and also what skates do pros use and also'],
    [98, 'l', "I've got other patrons waiting for help right now, so I need to stop here. Please chat back in later and a librarian will pick up your next questions. Thanks!"],
  ], usual({ anything: 'fail' })),

  // 22 transfer with notice and internal note
  s(TOMAS, '22 a library that lends skates: transfer notice at 56 (a hold), internal note saying why at 59, transfer at 62, Viola at 115', [
    [0, 'p', 'does montgomery county library lend hockey equipment? i heard some libraries do'],
    [20, 'l', "Hi, I'm Tomas with the Ask Us Now statewide service."],
    [26, 'l', 'Are you a Montgomery County library card holder?'],
    [50, 'p', 'yes'],
    [56, 'l', "I'm going to transfer you to a Montgomery County librarian who knows their lending collection. One moment please."],
    [59, 'i', 'pt asks if MCPL lends hockey gear, MCPL card holder. Passing to MCPL for their lending collection.'],
    xfer(62, 'Viola', 'viola-sk'),
    [115, 'l', "Hi, Viola from Montgomery County Public Libraries here! We don't lend hockey gear, but some of our branches lend ice skates through our Library of Things: montgomerycountymd.gov/library (search 'Library of Things').", as(VIOLA)],
    [121, 'l', 'Does that help?', as(VIOLA)],
    [160, 'p', 'oh nice, yes'],
    [165, 'l', 'Anything else I can do for you?', as(VIOLA)],
    [180, 'p', 'no, that covers it. thanks'],
    [185, 'l', 'Thanks for chatting, have fun on the ice!', as(VIOLA)],
  ], usual({ transfer: 'pass' })),

  // 23 transfer with a notice but no internal note
  s(UMAR, '23 Baltimore Clippers photos: transfer notice at 66, no internal note, transfer at 70, Willa at 150 with digitalmaryland.org', [
    [0, 'p', 'i want to learn about the baltimore clippers hockey team from the 60s'],
    [22, 'l', 'Good morning! This is Umar, a librarian with Ask Us Now.'],
    [28, 'l', 'Are you looking for newspaper articles, photos, or a general history?'],
    [60, 'p', 'photos mostly'],
    [66, 'l', "A Pratt librarian would be best for photos, so I'm transferring you to one now. Please hold on."],
    xfer(70, 'Willa', 'willa-sk'),
    [150, 'l', "Hi, Willa from Enoch Pratt Free Library. Digital Maryland has photos of the Clippers at the Civic Center: digitalmaryland.org (search 'Clippers hockey'). Does that help?", as(WILLA)],
    [190, 'p', 'yes very cool'],
    [195, 'l', 'Anything else?', as(WILLA)],
    [210, 'p', 'nope thats all'],
    [214, 'l', 'Thanks for chatting!', as(WILLA)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once; an offer of more in place of the completeness question
  s(XENIA, '24 Bonnie Blair\'s medals: three other chats open during this one (four at once), "Want me to look for video of her races too?"', [
    [0, 'p', 'how many olympic medals did bonnie blair win'],
    [16, 'l', "Hi there, I'm Xenia, a librarian at Talbot County Free Library."],
    [22, 'l', 'Do you need just the count, or the events and years too?'],
    [50, 'p', 'events and years'],
    [56, 'l', 'Six: gold in the 500 m in 1988, gold in the 500 m and 1000 m in 1992 and in 1994, and bronze in the 1000 m in 1988. Her athlete page at olympics.com lists each race.'],
    [62, 'l', 'Want me to look for video of her races too?'],
    [90, 'p', 'no thats all i needed, thanks'],
    [95, 'l', 'Thanks for chatting, take care!'],
  ], usual({ complete: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('xe1', 'xenia-sk', -200, 150), other('xe2', 'xenia-sk', 20, 300), other('xe3', 'xenia-sk', 40, 90)],
  }),

  // 25 three at most, touching ends; chat-speak
  s(YUSUF, '25 a learn-to-skate session for adults (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'do they have learn to skate for adults at the ocean city rink or is it just kids'],
    [12, 'l', 'heyy, yusuf here w/ the Worcester County Library ask service 👋'],
    [17, 'l', 'r u looking for group lessons or private?'],
    [40, 'p', 'group, cheaper lol'],
    [46, 'l', 'haha fair. the OC Ice Rink runs adult group classes on weeknights, schedule + prices at oceancitymd.gov/recreation (click Ice Rink)'],
    [50, 'l', 'that what u were looking for?'],
    [80, 'p', 'yes perfect'],
    [85, 'l', 'anything else i can dig up?'],
    [100, 'p', 'nah im good'],
    [104, 'l', 'later!! 🏒 thx for using the library'],
  ], usual(), {}, {
    otherIntervals: [other('y1', 'yusuf-sk', -300, 0), other('y2', 'yusuf-sk', -50, 400), other('y3', 'yusuf-sk', 20, 300), other('y4', 'yusuf-sk', 109, 500)],
  }),

  // 26 check-in and a notice with thanks exactly 180 s after the answer; one referral without a contact
  s(ZARA, '26 freestyle ice time for a figure skater: answer at 60 (rink by phone, skating club with nothing), check-in at 150, notice + thanks at 240', [
    [0, 'p', 'where can my daughter get freestyle ice time for figure skating near towson'],
    [18, 'l', 'Hi! Zara from Baltimore County Public Library, happy to help.'],
    [24, 'l', 'Is she working on a test level, or just practicing?'],
    [50, 'p', 'practicing for her next test'],
    [60, 'l', "The Northwest Ice Rink sells freestyle sessions; call the front desk at 410-555-0133 for the schedule. You could also check with the Skating Club of Baltimore about club ice. USFS explains the test levels at usfigureskating.org/skate/tests. Does that help?"],
    [150, 'l', 'Are you still there?'],
    [240, 'l', "It looks like we got disconnected, so I'm going to end the chat. Thanks for reaching out, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' })),

  // 27 check-in and a goodbye 179 s after the answer; e-mail-only referral; code field left out
  s(ABE, '27 hockey camp for a goalie: skating director by e-mail only, "Are you still there?" at 186, goodbye at 245 (179 s), code left out', [
    [0, 'p', 'any summer hockey camps for goalies in howard county? my son is 12'],
    [20, 'l', 'Good morning! Abe here, librarian with Howard County Library System.'],
    [26, 'l', 'Day camp or overnight?'],
    [55, 'p', 'day'],
    [66, 'l', "The Columbia Ice Rink lists its summer camps at columbiaassociation.org/ice-rink/camps. For a goalie-specific week, write to the rink's skating director at skatedirector@example.org; they can tell you which week has a goalie coach. Is that helpful?"],
    [186, 'l', 'Are you still there?'],
    [245, 'l', 'No worries if you stepped away. Thanks for chatting, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 28 Spanish: a goodbye 119 s after the answer, no check-in
  s(BEA, '28 a qué edad empezar hockey (Spanish): boy or girl and county asked, answer at 62, "¡Gracias por escribirnos!" at 181 (119 s), no check-in', [
    [0, 'p', 'hola, a qué edad pueden empezar los niños en el hockey?'],
    [18, 'l', '¡Hola, buenas! Le atiende Bea, bibliotecaria de Ask Us Now.'],
    [24, 'l', '¿Es para un niño o una niña, y en qué condado viven?'],
    [55, 'p', 'niño, en howard'],
    [62, 'l', 'Muchos programas aceptan niños desde los 4 o 5 años. En Howard County, la pista de Columbia tiene un programa para empezar: columbiaassociation.org/ice-rink. ¿Le sirve esta información?'],
    [181, 'l', '¡Gracias por escribirnos! Vuelva cuando quiera.'],
  ], usual({ anything: 'fail' })),

  // 29 the patron has the last word, the session ends 400 s later
  s(CAMI, '29 Dick Button for a talk: the Maryland Room by street address, patron "thats all i needed, thx" last, session ends 400 s later', [
    [0, 'p', 'im giving a talk at my senior center about dick button, what can i read'],
    [20, 'l', "Hello, I'm Cami, a librarian with Montgomery County Public Libraries."],
    [26, 'l', 'How long is the talk, and do you want pictures for it?'],
    [60, 'p', 'about 20 min, pictures would be nice'],
    [68, 'l', 'His memoir "Dick Button on Skates" is in our catalog at mcpl.link. For pictures, stop by the Maryland Room at Rockville Memorial Library, 21 Maryland Ave, Rockville; the staff there can help you find photo books of 1940s-50s skating.'],
    [74, 'l', 'Did that answer your question?'],
    [110, 'p', 'yes wonderful. thats all i needed, thx'],
  ], usual({ courteous: 'fail', referral: 'pass' }), { endAfter: 400 }),

  // 30 pickedUpAt; "take your time"; code ""
  s(DINA, '30 adult skating test levels: pickedUpAt 40 s, first line at 75, "no rush, take your time" then 220 s away, usfigureskating.org, code ""', [
    [0, 'p', 'im 45 and want to take figure skating tests, what are the adult levels'],
    [75, 'l', 'Hi, thanks for waiting! Dina here, a librarian at Frederick County Public Libraries.'],
    [80, 'l', 'Have you passed any tests already? If so, which level?'],
    [110, 'p', 'i did one as a kid, let me find the paper'],
    [116, 'l', 'No rush, take your time.'],
    [336, 'p', 'found it, pre-bronze moves 1992'],
    [344, 'l', "Nice! US Figure Skating's adult track runs Pre-Bronze, Bronze, Silver, Gold and beyond, and your old test may still count. The adult test chart is at usfigureskating.org/skate/tests/adult-tests."],
    [350, 'l', 'Is that what you were looking for?'],
    [380, 'p', 'yes!'],
    [385, 'l', 'Anything else I can help with?'],
    [400, 'p', 'nope, thanks'],
    [405, 'l', 'Happy skating, goodbye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(40) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SKATING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-eighth round: ice skating and hockey, checked', () => {
  describeSessions('whole sessions', SKATING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SKATING.filter((c) => c.name in LEFT_WHY));
});
