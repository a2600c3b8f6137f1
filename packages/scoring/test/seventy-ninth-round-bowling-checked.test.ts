/**
 * Seventy-ninth round, theme BOWLING, BILLIARDS AND DARTS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: duckpin bowling in Maryland (its Baltimore origin for a school paper, scoring by hand
 * on paper sheets, string pinsetters, a grandfather's 1950s league photos, 1962 championship programs, a 1974 league score,
 * a closed Towson alley, joining an adult league, duckpins beside candlepins for a club newsletter), league rules (USBC
 * handicap, a youth league in Spanish), pool table repair (re-felting a slate table, a cracked leg, re-levelling, a warped cue,
 * a new cue tip, a table in a basement in Spanish, dating a Brunswick-Balke-Collender table), the history of billiards (who
 * invented it, why a "cue"), darts (501 and finishing on a double, cricket, board height and the oche, a VFW darts night, who
 * numbered the board, a women's 8-ball league in Spanish) and bowling birthday parties (a party in Laurel in Spanish, an
 * eight-year-old's party, a five-year-old at a tenpin centre). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/s73/bowling-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon and thanks for contacting Ask Us Now! I'm Priya, a librarian at …" (01); Spanish "¡Hola,
 *   bienvenida! Soy Rocío, bibliotecaria de AskUsNow!." (02) and "¡Hola! Le saluda Isabel, bibliotecaria de …" (19); pickup at
 *   exactly 60 s (03: pass) and at 61 s after the patron's "hello?? is anyone actually there" (04: fail); "Hi there! 🙂" and a
 *   question, the name only in the third provider message (05: greeting fails); `pickedUpAt` at 58 s with the first visible
 *   line at 64 s (12: pass on the recorded pickup); "Hey there, Dev at … here" (14); "Hello, you've reached Yusuf, librarian at
 *   …" (09); chat-speak "hi! this is Seth, librarian at Calvert Library 😊" (28); no provider ever, only the queue's line (21);
 *  inquiry: project length and format, party size and town, steel or soft tip, slate or wood bed, one- or two-piece cue, the
 *   league's basis and percentage, school or curiosity, hand or machine scoring, slate shifted or not, the alley's name, the
 *   year, the deadline, the language ("¿Prefiere que sigamos en español o en inglés?", 15), a model plate, the basement's
 *   size, the county, the kind of alley, tip in hand or not, what it is for; the answer straight after the greeting with no
 *   question (08: fail);
 *  waits: two holds of exactly 120 s each ("Let me pull up the USBC rulebook, one sec." then "Still digging — …") (06: pass);
 *   "give me a sec to check" answered 122 s later with the patron's "??" in between (07: fail); a hold while a colleague is
 *   asked, answered in 74 s (12); "No rush, take your time." and the patron back 205 s later (16: waiting on the patron,
 *   pass); a transfer announcement answered by the receiver 64 s later (24) and exactly 120 s later (26); a silent transfer,
 *   the receiver 90 s after the patron (25); two patron lines before a 61 s pickup (04: pickup's wait, not keep_informed's);
 *  endings: a true Lost Call: greeting only, "Hi, are you still there?" at 150, "It looks like you've disconnected, so I'll
 *   close this chat. Please come back anytime you like!" at 345 (18); Spanish Lost Call after two patron lines, "¿Sigue ahí?"
 *   and "Parece que se desconectó. Voy a cerrar el chat." with `endedAt` exactly 180 s after the answer and no thanks (19:
 *   idle and notice pass, courteous fails, code fails); a goodbye 119 s after the answer (09: idle na), 121 s after with no
 *   check-in (11: fail), 120 s after with "Still with me?" in between (12: pass); "Are you still there? If not, thanks for
 *   stopping by!" and the session ending 190 s after the answer (29: a check-in, not a goodbye: idle passes, notice fails);
 *   "you've asked quite a lot for one chat session. Thanks for chatting." (22: dismissal fails, courteous passes); "I have
 *   several other patrons waiting for help right now, so I'd suggest logging back on later" (23: allowed); the patron's "nah
 *   thats it, no more questions. cheers" as the last line after an offer of more (30); goodbyes "good luck on the paper, and
 *   thanks for chatting!", "Ha! Glad I could help. Bye now!", "Take care!", "Happy bowling, and thanks for using …", "Enjoy
 *   the win, bye!", "Thanks for the memories, goodbye!", "have fun at the party, bye 🎳", "¡Gracias a usted! Que le vaya muy
 *   bien a su hija 🎳", "¡Con gusto! Gracias por escribirnos."; patron-side "yes!! thats everything", "no more questions",
 *   "that is everything", "thats all i needed", "es todo lo que necesitaba", "es todo", "no tengo más preguntas", "thats all
 *   for now", "that's all I wanted to know", and "fine i guess", "yeah ok", "yep!", "ok fair lol" that do not count;
 *  sources: the catalogue at bcpl.info, mdhistory.org, dartswdf.com, Home Improvement Reference Center, billiardsdigest.com,
 *   bowl.com, bca-pool.com, Shamos's encyclopedia, americandarts.org, ProQuest Historical Newspapers, digitalmaryland.org,
 *   NewspaperArchive, candlepin.org, poolplayers.com, brunswickbilliards.com, a Kids Activities database, printyourbrackets.com,
 *   patrickchaplin.com; a referral's phone (02), e-mail (28: the only source); none (09: the rules from memory, fail);
 *  referrals: a bowling centre by phone in Spanish (02: pass); "stop by the pool hall in Lexington Park and ask" (10: fail);
 *   the Maryland Center for History and Culture's library by street address only (11: pass); the NDBC through ndbc.org/contact
 *   (27: pass); a centre's party coordinator by e-mail (28: pass); not referrals: Special Collections asked on the patron's
 *   behalf (12), the patron's branch asked to phone the patron (15), directories and rule pages on websites (19, 25);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 40 h (13: pass); a promise to scan and e-mail
 *   "tomorrow", e-mail read back, coded Answered (14: code fails, contact passes, on_time pending at day 1); FU_LIB in Spanish,
 *   a phone typed with spaces and read back with dashes, no time, done at 80 h (15: contact and on_time fail); FU_ME, e-mail
 *   read back, "by Wednesday", done exactly 72 h after `endedAt` (16: pass); FU_ME, "I'll get back to you on it", the e-mail
 *   only in `patron.email`, nothing recorded at day 4 (17: code passes, contact and on_time fail);
 *  codes: a true Lost Call (18); Lost Call after two patron lines (19); null with no provider (21); "" (30); Practice (20);
 *  transfers: a notice (a hold) and an internal note saying why (24: pass); an internal note only (25: fail); a notice only
 *   (26: fail);
 *  concurrency: three others overlapping, four at once from 40 s to 150 s (27: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - an identification in the third provider message is outside "the first two visible provider messages" (05: fail);
 * - when the source records `pickedUpAt`, it is the pickup ("or `pickedUpAt` when the source system records it"): 58 s, pass,
 *   though the first visible line came at 64 s (12);
 * - "Take care!" says goodbye (05); "have a good one" too (14);
 * - the Spanish "es todo", "es todo lo que necesitaba" and "no tengo más preguntas" say explicitly that the patron is done
 *   (02, 15, 24), as do "thats all for now" (16) and "nah thats it, no more questions" (30);
 * - "¿Prefiere que sigamos en español o en inglés?" asks about the format of the answer (its language), a question that
 *   shapes it (15);
 * - "Still digging — … I've found the handicap chapter and I'm checking the worked example." says the search goes on: a hold
 *   (06);
 * - "Did that settle it?", "Does that cover what you wanted to know?", "Is that the sort of thing you were hoping for?",
 *   "Is NewspaperArchive a help in the meantime?", "Does that cover the games part?", "¿Le sirve?", "¿Es lo que buscaba?",
 *   "Was that what you needed?", "that help?" ask whether what was given meets the need; "Want me to look up the rules for
 *   the quiz round too?" offers something not yet given (30: completeness fails);
 * - "Are you still there? If not, thanks for stopping by!" asks whether the patron is there, so by the Terms it is not a
 *   goodbye and the final idle runs to `endedAt` (29: 190 s); it still thanks the patron, which is all closing.courteous
 *   asks of one of the last two provider messages (29: pass);
 * - "Parece que se desconectó. Voy a cerrar el chat." tells the patron they seem disconnected and that the chat will end (the
 *   notice) but thanks no one and invites no one back (19: not a goodbye; courteous fails);
 * - "you've asked quite a lot for one chat session" tells the patron they asked too many; the thanks after it does not offer a
 *   way back (22: dismissal fails);
 * - a follow-up recorded exactly 72 h after `endedAt` is "within `followUpHours`" (16: pass);
 * - "I'll get back to you on it" is a promise to find more later (17: a follow-up session), and "puedo pedir que una
 *   compañera de Elkton le llame" one that someone from the patron's library will contact them (15);
 * - "stop by the pool hall in Lexington Park and ask who services their tables" tells the patron to visit an organisation,
 *   with no way to reach it (10: referral fails); the BCA and APA pages named with their URLs are sources to use (10, 15, 19).
 *
 * - a bowling centre and a pool hall are organisations outside the chat: "llamar a la bolera … 301-555-0176" (02) and "stop
 *   by the pool hall … and ask" (10) are referrals, as is "email the center's party coordinator at …" (28).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (02, 10, 11, 13, 29). Label corrections: none (each disagreement reread against
 * RUBRIC.md; every label stood).
 * Final: 25 running, 5 LEFT (LEFT_WHY: a bowling centre to call and a pool hall to visit not read as referrals, 02 and 10;
 * "what they hold" and "hold or clamp it for a minute" read as hold messages, 11 and 29; "Is NewspaperArchive a help in the
 * meantime?" not read as the completeness question, 13).
 * ON v69 AS LANDED (block AI, decision 020): 02, 10 (a bowling centre and a pool hall as parties), 11, 29 ("what they hold",
 *   "hold or clamp it for a minute": no holds) and 13 ("Is NewspaperArchive a help in the meantime?") run as labelled; none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-bw', name: 'Priya', library: 'BCPL' };
const ROCIO: Prov = { id: 'rocio-bw', name: 'Rocío', library: 'AUN' };
const OWEN: Prov = { id: 'owen-bw', name: 'Owen', library: 'AUN' };
const QUINN: Prov = { id: 'quinn-bw', name: 'Quinn', library: 'HCLS' };
const TINA: Prov = { id: 'tina-bw', name: 'TinaR', library: 'HCPL-MD' };
const VIKRAM: Prov = { id: 'vikram-bw', name: 'Vikram', library: 'AACPL' };
const WILLA: Prov = { id: 'willa-bw', name: 'Willa', library: 'EPFL' };
const XENA: Prov = { id: 'xena-bw', name: 'Xena', library: 'WCFL' };
const YUSUF: Prov = { id: 'yusuf-bw', name: 'Yusuf', library: 'CCPL-MD' };
const ZANE: Prov = { id: 'zane-bw', name: 'Zane', library: 'SMCL' };
const ABBY: Prov = { id: 'abby-bw', name: 'Abby', library: 'AUN' };
const BETH: Prov = { id: 'beth-bw', name: 'Beth', library: 'EPFL' };
const CARLA: Prov = { id: 'carla-bw', name: 'Carla', library: 'FCPL-MD' };
const DEV: Prov = { id: 'dev-bw', name: 'Dev', library: 'MCPL' };
const ELENA: Prov = { id: 'elena-bw', name: 'Elena', library: 'CCPL-CE' };
const FARAH: Prov = { id: 'farah-bw', name: 'Farah', library: 'GCPL' };
const GRANT: Prov = { id: 'grant-bw', name: 'Grant', library: 'AUN' };
const HUGO: Prov = { id: 'hugo-bw', name: 'Hugo', library: 'TCFL' };
const ISA: Prov = { id: 'isa-bw', name: 'Isabel', library: 'PGCMLS' };
const TRAINEE: Prov = { id: 'trainee-bw', name: 'Trainee 12', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-bw', name: 'Queue', library: 'VRQ' };
const JONAH: Prov = { id: 'jonah-bw', name: 'Jonah', library: 'WPL' };
const KEIRA: Prov = { id: 'keira-bw', name: 'Keira', library: 'ACLS' };
const SAM: Prov = { id: 'sam-bw', name: 'Sam', library: 'AUN' };
const LUCIA: Prov = { id: 'lucia-bw', name: 'Lucía', library: 'AUN' };
const MAYA: Prov = { id: 'maya-bw', name: 'Maya', library: 'AUN' };
const NORA: Prov = { id: 'nora-bw', name: 'Nora', library: 'GCPL' };
const OLA: Prov = { id: 'ola-bw', name: 'Ola', library: 'BCPL' };
const PAUL: Prov = { id: 'paul-bw', name: 'Paul', library: 'BCPL' };
const RHEA: Prov = { id: 'rhea-bw', name: 'Rhea', library: 'AUN' };
const SETH: Prov = { id: 'seth-bw', name: 'seth_calvert', library: 'CCPL-CA' };
const TARA: Prov = { id: 'tara-bw', name: 'Tara', library: 'QACL' };
const VIC: Prov = { id: 'vic-bw', name: 'Vic', library: 'DCPL' };

const s = session;

export const BOWLING: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 duckpins invented in Baltimore? (school paper): length and format asked, catalogue + mdhistory.org, "thats everything"', [
    [0, 'p', 'hi there, doing a school project on duckpin bowling - was it really invented in baltimore??'],
    [19, 'l', "Good afternoon and thanks for contacting Ask Us Now! I'm Priya, a librarian at Baltimore County Public Library."],
    [25, 'l', 'How long is the project, and do you need books or are web sources OK?'],
    [58, 'p', '5 page paper, teacher wants at least one book'],
    [66, 'l', "The story most often told is that duckpins began in Baltimore around 1900, at an alley linked to the baseball players John McGraw and Wilbert Robinson. For your book, search 'duckpin bowling' in our catalog at bcpl.info; a couple of local history titles come up. The Maryland Center for History and Culture also has a short article, search 'duckpins' at mdhistory.org."],
    [72, 'l', 'Does that give you what you need to get started?'],
    [110, 'p', 'yes!! thats everything, thank u so much'],
    [116, 'l', "You're very welcome — good luck on the paper, and thanks for chatting!"],
  ], usual()),

  // 02 Spanish: a party, a bowling centre by phone
  s(ROCIO, '02 fiesta de cumpleaños en la bolera (Spanish): "¡Hola, bienvenida! Soy Rocío, bibliotecaria", centre by phone, "es todo lo que necesitaba"', [
    [0, 'p', 'buenas, quiero hacer la fiesta de cumple de mi hijo en un boliche, cuanto cuesta mas o menos?'],
    [28, 'l', '¡Hola, bienvenida! Soy Rocío, bibliotecaria de AskUsNow!.'],
    [34, 'l', '¿Cuántos niños van a ir y en qué ciudad vive?'],
    [75, 'p', 'como 12 niños, en laurel'],
    [82, 'l', 'Los precios cambian mucho según el día. Un paquete para 10 a 12 niños suele incluir dos horas de juego, los zapatos y pizza. Lo mejor es llamar a la bolera de Laurel y preguntar por sus paquetes de cumpleaños: 301-555-0176.'],
    [88, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si, gracias! es todo lo que necesitaba'],
    [136, 'l', '¡Qué bueno! Gracias por usar AskUsNow!, y feliz cumpleaños a su hijo 🎳'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s
  s(OWEN, '03 scoring 501 (is the boyfriend cheating): pickup at exactly 60 s, steel or soft tip asked, dartswdf.com, "no more questions"', [
    [0, 'p', 'how do you score 501 in darts? my bf keeps winning and i think hes cheating lol'],
    [60, 'l', "Hi! Owen here, librarian with Maryland's AskUsNow! service."],
    [65, 'l', 'Are you playing on a steel-tip board at home, or soft-tip on a bar machine?'],
    [95, 'p', 'steel tip, at home'],
    [102, 'l', "Each player starts at 501 and subtracts the total of their three darts every turn. You have to land exactly on zero, and the last dart has to be a double or the bullseye; go below zero or leave 1 and it's a bust, so the turn doesn't count. The World Darts Federation's playing rules are at dartswdf.com."],
    [108, 'l', 'Did that answer your question?'],
    [140, 'p', 'YES ok he was not finishing on a double 😂 no more questions'],
    [145, 'l', 'Ha! Glad I could help. Bye now!'],
  ], usual()),

  // 04 pickup at 61 s, an impatient patron
  s(QUINN, '04 re-felting a slate table: "hello?? is anyone actually there" at 45, pickup at 61 s, Home Improvement Reference Center', [
    [0, 'p', 'need to replace the felt on my pool table, how hard is it'],
    [45, 'p', 'hello?? is anyone actually there'],
    [61, 'l', "Sorry for the wait! Hi, I'm Quinn at Howard County Library System's Ask a Librarian."],
    [67, 'l', 'Is your table a slate bed, or one of the MDF/wood ones?'],
    [90, 'p', 'slate, 3 piece. and this is taking forever already'],
    [97, 'l', "Three-piece slate is doable but fiddly: the old cloth comes off the rails and bed, the seams between the slates get filled with beeswax, and the new cloth is stretched and stapled or glued. Home Improvement Reference Center (hclibrary.org > Research) has a step-by-step article on recovering a pool table, with photos."],
    [103, 'l', 'Is that the kind of help you were after?'],
    [150, 'p', 'fine i guess'],
    [155, 'l', 'Can I help you with anything else?'],
    [170, 'p', 'no'],
    [174, 'l', 'Good luck with the re-felting, and thanks for your patience!'],
  ], usual({ pickup: 'fail' })),

  // 05 the name only in the third provider message
  s(TINA, '05 a warped two-piece cue: "Hi there! 🙂", a question, the name only in the third provider line (greeting fails), billiardsdigest.com', [
    [0, 'p', 'my pool cue is warped is there any way to straighten it'],
    [17, 'l', 'Hi there! 🙂'],
    [22, 'l', 'Is it a one-piece cue or a two-piece with a joint?'],
    [55, 'p', 'two piece, its like 20 yrs old'],
    [58, 'l', "Sorry, I should've introduced myself — I'm Tina, a librarian at Harford County Public Library."],
    [66, 'l', "A cue that's really warped usually can't be straightened for good; tricks with steam or weights tend to spring back. Storing it in a hard case, away from a damp basement or a hot car, keeps it from getting worse. Billiards Digest has an archive of cue care articles at billiardsdigest.com."],
    [72, 'l', 'Does that help?'],
    [100, 'p', 'kinda sad but yes thx'],
    [104, 'l', 'Anything else I can look into for you?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Take care!'],
  ], usual({ greeting: 'fail' })),

  // 06 two holds of exactly 120 s
  s(VIKRAM, '06 USBC handicap (90% of 220): hold at 60, "Still digging" at 180, answer at 300 (two spans of exactly 120 s), bowl.com', [
    [0, 'p', 'our league is arguing about handicap. how is it figured in USBC leagues'],
    [21, 'l', 'Hello! Vikram from Anne Arundel County Public Library, Ask a Librarian.'],
    [27, 'l', 'Do you know what basis and percentage your league uses, like 90% of 220?'],
    [54, 'p', 'i think 90 of 220 but nobody agrees how to do the math'],
    [60, 'l', 'Let me pull up the USBC rulebook, one sec.'],
    [180, 'l', "Still digging — the rulebook is long; I've found the handicap chapter and I'm checking the worked example."],
    [300, 'l', "Here it is: handicap = (basis − the bowler's average) × percentage, with fractions dropped. So at 90% of 220, a bowler averaging 160 gets (220 − 160) × 0.9 = 54 pins. It's in the handicap section of the USBC Playing Rules, free at bowl.com."],
    [306, 'l', 'Does this completely answer your question?'],
    [350, 'p', 'YES thank you, printing this for tuesday. that is everything'],
    [356, 'l', 'Happy bowling, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 07 a hold answered 122 s later
  s(WILLA, '07 who invented billiards, why "cue": bca-pool.com, then "give me a sec to check" answered 122 s later, "??" between', [
    [0, 'p', 'who invented billiards? and why is the stick called a cue'],
    [16, 'l', "Hi! I'm Willa, a librarian with Enoch Pratt Free Library's Ask Us."],
    [22, 'l', 'Is this for school or just curiosity?'],
    [40, 'p', 'just curious, arguing w my uncle'],
    [46, 'l', "Nobody invented it outright: it grew out of a lawn game like croquet that was brought indoors in 15th-century Europe, onto a table with green cloth for the grass. 'Cue' comes from the French 'queue', tail, because players used to push the ball with the tail end of the mace. The Billiard Congress of America has a history page at bca-pool.com (under About)."],
    [52, 'l', 'Did that settle it?'],
    [100, 'p', 'lol yes. one more, when did pool get to america'],
    [106, 'l', 'Good one — give me a sec to check.'],
    [180, 'p', '??'],
    [228, 'l', "Sorry for the delay! It came over with the colonists, and by the mid-1800s Michael Phelan and the Brunswick company had made it a national craze. Mike Shamos's The New Illustrated Encyclopedia of Billiards, in our catalog, has the whole story."],
    [234, 'l', 'Anything else I can help settle? 😄'],
    [250, 'p', 'nah thats all i needed, thx!!'],
    [255, 'l', 'Enjoy the win, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source
  s(XENA, '08 cricket scoring on a bar board: the rules at once with no question, americandarts.org, "Did that clear it up?"', [
    [0, 'p', 'how does cricket scoring work in darts? the bar board confuses me'],
    [14, 'l', 'Hey, welcome to Ask a Librarian! This is Xena at Washington County Free Library.'],
    [20, 'l', "In cricket you only aim at 15 through 20 and the bull. Three hits 'close' a number (a double counts as two, a triple as three); once you've closed a number and your opponent hasn't, every extra hit on it scores points for you. Whoever closes everything with at least as many points wins. The American Darts Organization's rules sheet is at americandarts.org."],
    [26, 'l', 'Did that clear it up?'],
    [60, 'p', 'omg yes thank you'],
    [64, 'l', 'Any other questions?'],
    [80, 'p', 'no ur good'],
    [84, 'l', 'Have a good game, bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source; a goodbye 119 s after the answer
  s(YUSUF, '09 duckpin frames and spares by hand: the rules from memory with no source, goodbye 119 s after the answer', [
    [0, 'p', 'in duckpins do you get 3 balls every frame? and how does a spare count'],
    [20, 'l', "Hello, you've reached Yusuf, librarian at Carroll County Public Library."],
    [26, 'l', 'Are you keeping score by hand, or is the alley scoring it for you?'],
    [55, 'p', 'by hand, old alley with paper sheets'],
    [62, 'l', "Yes, up to three balls a frame. All ten down with the first ball is a strike (10 plus your next two balls); all ten with two balls is a spare (10 plus your next ball); if it takes all three you just count the pins, no bonus. Does that cover what you wanted to know?"],
    [181, 'l', 'Thanks for chatting, and enjoy the old-school sheets!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 10 a referral with no way to reach them
  s(ZANE, '10 a cracked pool table leg: bca-pool.com, "stop by the pool hall in Lexington Park and ask" (no contact)', [
    [0, 'p', 'a leg on our pool table cracked and its leaning, who fixes that kind of thing'],
    [24, 'l', "Hi, this is Zane at St. Mary's County Library — thanks for writing in."],
    [30, 'l', 'Is the table level otherwise, or has the slate shifted too?'],
    [62, 'p', 'slate seems ok just the leg'],
    [70, 'l', "You'll want a billiard mechanic for that; lifting a slate table yourself can crack the slate. The Billiard Congress of America's site, bca-pool.com, explains what a table mechanic does. Your best bet locally is to stop by the pool hall in Lexington Park and ask who services their tables."],
    [76, 'l', 'Did that help?'],
    [110, 'p', 'yeah ok'],
    [114, 'l', 'Anything else today?'],
    [130, 'p', 'no thats it'],
    [134, 'l', 'Good luck, bye!'],
  ], usual({ referral: 'fail' })),

  // 11 a referral by street address; a goodbye 121 s after the answer, no check-in
  s(ABBY, '11 grandpa\'s 1950s league photos: ProQuest Baltimore Sun, the MCHC library at 610 Park Avenue (address only), goodbye 121 s later', [
    [0, 'p', 'my grandpa bowled in a duckpin league in the 50s in highlandtown, is there anywhere with old league photos'],
    [22, 'l', "Hello! Abby here, I'm a librarian with AskUsNow!."],
    [28, 'l', 'Do you know the name of the alley or the league?'],
    [70, 'p', 'patterson bowling center i think'],
    [78, 'l', "The Baltimore Sun ran league photos now and then; you can search it in ProQuest Historical Newspapers, free with a Pratt card at prattlibrary.org. For prints and programs, visit the library of the Maryland Center for History and Culture, 610 Park Avenue, Baltimore, MD 21201, and ask them what they hold on Patterson Bowling Center. Is that the sort of thing you were hoping for?"],
    [199, 'l', 'Thanks for chatting, and I hope you find him in the photos!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 pickedUpAt 58, a colleague asked on the patron's behalf, "Still with me?", goodbye 120 s after the answer
  s(BETH, '12 1962 duckpin championship programs: pickedUpAt 58 (first line 64), Special Collections asked, digitalmaryland.org, "Still with me?"', [
    [0, 'p', 'does the library have old programs from the duckpin championship tournaments? like 1950s-60s'],
    [64, 'l', 'Hello, and thanks for your patience! Beth here, a librarian at Enoch Pratt Free Library.'],
    [70, 'l', 'Are you after a particular year or tournament?'],
    [100, 'p', '1962 if possible, my mom won something'],
    [106, 'l', 'Let me ask our Special Collections staff, hang on a minute.'],
    [110, 'i', 'Dee, do we hold 1962 duckpin championship programs? Patron on chat, mother was a winner.'],
    [180, 'l', "Dee in Special Collections says the tournament programs we hold have been digitized: they're in Digital Maryland at digitalmaryland.org (search 'duckpin 1962')."],
    [186, 'l', 'Is that what you were looking for?'],
    [270, 'l', 'Still with me?'],
    [300, 'l', "Looks like you've stepped away — thanks for chatting, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' }), { pickedUpAt: at(58) }),

  // 13 FU_ME, e-mail read back, "by Friday", done at 40 h
  s(CARLA, '13 dad\'s 200 game in 1974: NewspaperArchive, microfilm search promised, e-mail read back, "by Friday", done at 40 h', [
    [0, 'p', 'looking for the scores of the frederick duckpin league from 1974, my dad says he bowled a 200 game'],
    [20, 'l', "Hi! I'm Carla with Frederick County Public Libraries' Ask a Librarian. Congrats to your dad if so!"],
    [27, 'l', 'Do you know the month, or the alley?'],
    [60, 'p', 'spring 74, at terrace lanes'],
    [67, 'l', "The Frederick News-Post printed league standings every week. You can search it yourself in NewspaperArchive, free through fcpl.org > Research, but the sports pages from the 70s are spotty there, so I'd like to go through our microfilm reels too. Can I e-mail you what I find?"],
    [100, 'p', 'yes please, its dgreer74@example.com'],
    [106, 'l', "Got it: dgreer74@example.com. I'll have the scans to you by Friday."],
    [112, 'l', 'Is NewspaperArchive a help in the meantime?'],
    [140, 'p', 'perfect, thats all i need'],
    [145, 'l', 'Wonderful, talk soon, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 a promise coded Answered
  s(DEV, '14 duckpins vs candlepins for a club newsletter: candlepin.org, "I\'ll scan it and e-mail it to you tomorrow", coded Answered', [
    [0, 'p', 'hi, need the rules for a candlepin vs duckpin comparison for my bowling club newsletter'],
    [18, 'l', 'Hey there, Dev at Montgomery County Public Libraries here, happy to help.'],
    [24, 'l', "When's your newsletter deadline?"],
    [50, 'p', 'next monday'],
    [57, 'l', "Both games use small balls and three rolls a frame; candlepins are thinner, and the fallen pins (the 'wood') stay on the lane and can be played. The International Candlepin Bowling Association posts its rules at candlepin.org."],
    [63, 'l', "There's also a side-by-side chart in an old Bowlers Journal issue; I'll scan it and e-mail it to you tomorrow. What's your e-mail?"],
    [90, 'p', 'bowlclub.news@example.org'],
    [96, 'l', 'Thanks, bowlclub.news@example.org it is. Anything else for the newsletter?'],
    [120, 'p', 'no thats everything!'],
    [125, 'l', 'Great, have a good one!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 FU_LIB in Spanish, a phone, no time, done at 80 h
  s(ELENA, '15 liga de billar para mujeres en Elkton (partly Spanish): poolplayers.com, the branch to phone her, phone read back, no time, done at 80 h', [
    [0, 'p', 'hola, hi, do u know any pool leagues for women in elkton area?'],
    [25, 'l', "Hi! Elena here, librarian at Cecil County Public Library."],
    [30, 'l', '¿Prefiere que sigamos en español o en inglés?'],
    [55, 'p', 'español mejor gracias'],
    [62, 'l', 'Perfecto. ¿Busca una liga de 8-ball o de 9-ball?'],
    [90, 'p', '8 ball, soy principiante'],
    [98, 'l', 'La American Poolplayers Association tiene un buscador de ligas por código postal en poolplayers.com, y muchas ligas aceptan principiantes.'],
    [104, 'l', 'Además, nuestra sucursal de Elkton tiene un tablón con las ligas locales; puedo pedir que una compañera de Elkton le llame con los detalles. ¿Cuál es su teléfono?'],
    [140, 'p', '410 555 0163'],
    [146, 'l', 'Anotado: 410-555-0163. ¿Le sirvió el buscador de la APA?'],
    [175, 'p', 'si gracias, es todo'],
    [180, 'l', '¡Con gusto! Gracias por escribirnos.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 FU_ME done exactly 72 h after endedAt; "take your time"
  s(FARAH, '16 dating a Brunswick-Balke-Collender table: "No rush, take your time." (205 s away), e-mail read back, "by Wednesday", done at exactly 72 h', [
    [0, 'p', 'we found an old brunswick pool table in my grandmas barn, how do i find out how old it is'],
    [18, 'l', 'Good morning! This is Farah, a librarian at Garrett County Public Library.'],
    [24, 'l', 'Is there a model name or a serial plate anywhere on it?'],
    [50, 'p', 'brb gotta go look'],
    [55, 'l', 'No rush, take your time.'],
    [260, 'p', 'ok back. plate says "Brunswick-Balke-Collender" and a number 27 something, kinda worn'],
    [268, 'l', "That company name dates it before about 1960, when it became simply Brunswick. Brunswick Billiards has a company timeline at brunswickbilliards.com. I can also go through our antiques price guides for a closer date; want me to e-mail you what I find?"],
    [300, 'p', 'yes pls. farmgirl.mae@example.com'],
    [306, 'l', "farmgirl.mae@example.com, got it. I'll send what I find by Wednesday. Does the timeline help for now?"],
    [340, 'p', 'yes!! thank you thats all for now'],
    [345, 'l', 'My pleasure, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(350 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 17 FU_ME, the e-mail only in patron.email, nothing recorded at day 4
  s(GRANT, '17 dartboard height and the oche: dartswdf.com, "I\'ll get back to you on it", e-mail only in patron.email, no time, not recorded at day 4', [
    [0, 'p', 'whats the official height for a dartboard and how far is the throw line? building one in my garage'],
    [22, 'l', "Hi, thanks for contacting AskUsNow! I'm Grant, a librarian."],
    [28, 'l', 'Steel-tip or soft-tip board?'],
    [52, 'p', 'steel'],
    [58, 'l', 'For steel-tip the bullseye sits 5 ft 8 in above the floor, and the oche (the throw line) is 7 ft 9¼ in from the face of the board. The WDF playing rules at dartswdf.com give the full setup.'],
    [64, 'l', 'Did that help?'],
    [95, 'p', 'yes but what about the diagonal measurement, my garage floor slopes'],
    [101, 'l', "Good question — I'll need to check our home-improvement books for a sloped floor. I'll get back to you on it."],
    [130, 'p', 'ok cool'],
    [134, 'l', 'Anything else in the meantime?'],
    [150, 'p', 'nope'],
    [154, 'l', 'Thanks, take care!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'garage.darts@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 18 a true Lost Call
  s(HUGO, '18 string pinsetters (Lost Call): greeting only, "Hi, are you still there?" at 150, "looks like you\'ve disconnected … come back anytime" at 345', [
    [0, 'p', 'how does the pinsetter in duckpin bowling work with the strings'],
    [24, 'l', "Hello and welcome! I'm Hugo, a librarian at Talbot County Free Library."],
    [150, 'l', 'Hi, are you still there?'],
    [345, 'l', "It looks like you've disconnected, so I'll close this chat. Please come back anytime you like!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Spanish: Lost Call after two patron lines, final idle exactly 180 s, a notice with no thanks
  s(ISA, '19 mesa de billar en el sótano (Spanish): Lost Call after two patron lines, "¿Sigue ahí?", "Parece que se desconectó. Voy a cerrar el chat." (180 s)', [
    [0, 'p', 'hola, cuánto mide una mesa de billar profesional? quiero saber si cabe en mi sótano'],
    [20, 'l', "¡Hola! Le saluda Isabel, bibliotecaria de la biblioteca del condado de Prince George's."],
    [26, 'l', '¿Cuánto mide su sótano, más o menos?'],
    [55, 'p', 'como 4 por 5 metros'],
    [60, 'l', 'Una mesa profesional de 9 pies tiene unos 2,54 x 1,27 m de superficie de juego, y hace falta 1,5 m libre alrededor para el taco, así que necesitaría unos 5,6 x 4,3 m; en 4 x 5 m cabe mejor una de 7 pies. La tabla de medidas de la Billiard Congress of America está en bca-pool.com. ¿Le sirve?'],
    [190, 'l', '¿Sigue ahí?'],
    [240, 'l', 'Parece que se desconectó. Voy a cerrar el chat.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (bowling party script): coded Practice, every check na', [
    [0, 'p', 'test test — practice: bowling party question'],
    [10, 'l', 'Practice reply: party ideas at samplelibrary.org/parties'],
    [20, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined
  s(QUEUE, '21 a darts league at an Ocean City branch: no provider ever joined, "helloooo", "forget it", patron left, code null', [
    [0, 'p', 'is there a darts league at any library branch in ocean city'],
    [4, 's', 'Please hold — a librarian will be with you shortly. You are number 3 in line.'],
    [140, 'p', 'helloooo'],
    [200, 'p', 'forget it'],
    left(205),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 dismissed: "you've asked quite a lot for one chat session"
  s(JONAH, '22 an eight-year-old\'s bowling party, then a list: "you\'ve asked quite a lot for one chat session. Thanks for chatting."', [
    [0, 'p', 'i need ideas for a bowling birthday party for 8 year olds, games, food, invitations, all of it'],
    [19, 'l', "Hi, it's Jonah at Wicomico Public Libraries' Ask a Librarian."],
    [25, 'l', 'Is the party at a bowling alley, or are you doing something at home?'],
    [60, 'p', 'at the alley but i want bowling themed games too and cake ideas and goody bags'],
    [68, 'l', "The Kids Activities database (wicomicolibrary.org > Research) has bowling-pin crafts, a pin-shaped cake and goody bag ideas, and Libby has several party-planning e-books if you search 'birthday party'."],
    [74, 'l', 'Does that help?'],
    [100, 'p', 'kind of, but what about invitations wording and how much food for 15 kids and'],
    [104, 'p', 'also should i do pizza or hot dogs'],
    [112, 'l', "I'm going to have to stop here — you've asked quite a lot for one chat session. Thanks for chatting."],
    [125, 'p', 'wow. ok then'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 the allowed "other patrons waiting"
  s(KEIRA, '23 a VFW darts night with a long list: dartswdf.com + printyourbrackets.com, "several other patrons waiting … logging back on later"', [
    [0, 'p', 'setting up a darts night at our vfw. need rules for 301, cricket, around the clock, killer, and how to run a round robin'],
    [21, 'l', 'Hello! Keira from Allegany County Library System here. Thanks for reaching out.'],
    [27, 'l', 'Will people be throwing on steel-tip boards or electronic ones?'],
    [55, 'p', 'steel tip. also prizes ideas? and do we need a permit for a raffle'],
    [63, 'l', 'The WDF playing rules at dartswdf.com cover 301 and cricket, and printyourbrackets.com has free round robin sheets you can print for any number of players.'],
    [69, 'l', 'Does that cover the games part?'],
    [100, 'p', 'yes. now killer rules, prize ideas, raffle permit, and snacks, and how to make a scoreboard'],
    [108, 'l', "That's a big list! I have several other patrons waiting for help right now, so I'd suggest logging back on later and we can take those one at a time — we'll be glad to help then."],
    [125, 'p', 'ok fair lol'],
    [130, 'l', 'Thanks, talk soon!'],
  ], usual({ anything: 'fail' })),

  // 24 a transfer with a notice and a note (to a Spanish-speaking librarian)
  s(SAM, '24 liga juvenil de boliche: "I\'m going to transfer you to my colleague Lucía, who speaks Spanish", a note why, Lucía in Spanish, bowl.com', [
    [0, 'p', 'buenas tardes, mi hija de 10 años quiere entrar en una liga juvenil de boliche, como funciona?'],
    [20, 'l', "Hi, this is Sam with AskUsNow! — I'm a librarian, but my Spanish is limited."],
    [26, 'l', "I'm going to transfer you to my colleague Lucía, who speaks Spanish. Un momento, por favor."],
    [29, 'i', 'Lucía: Spanish-speaking parent, youth bowling league for a 10 y/o, can you take it? gracias'],
    xfer(32, 'Lucía', 'lucia-bw'),
    [90, 'l', '¡Hola! Soy Lucía, bibliotecaria de AskUsNow!. ¿En qué condado viven?', as(LUCIA)],
    [120, 'p', 'en Howard'],
    [128, 'l', 'Las ligas juveniles de boliche las organiza la USBC con los centros de boliche. En bowl.com, en la sección de jóvenes (Youth), puede buscar ligas por código postal; la mayoría empieza en septiembre y pide una pequeña cuota de membresía.', as(LUCIA)],
    [134, 'l', '¿Es lo que buscaba?', as(LUCIA)],
    [170, 'p', 'si muchas gracias, no tengo más preguntas'],
    [176, 'l', '¡Gracias a usted! Que le vaya muy bien a su hija 🎳', as(LUCIA)],
  ], usual({ transfer: 'pass' })),

  // 25 a silent transfer: a note only
  s(MAYA, '25 re-levelling a slate table in Oakland, MD: an internal note, the transfer with no word to the patron, Nora 90 s after the patron', [
    [0, 'p', 'hi i live in oakland md, any place around here to get a pool table re-leveled'],
    [22, 'l', 'Hi there, Maya from AskUsNow! here, a librarian.'],
    [28, 'l', 'Is it a slate table, and do you know roughly how old?'],
    [50, 'p', 'slate, maybe 15 yrs'],
    [55, 'i', 'Nora, patron is in Garrett Co. and wants local pool table service, you know the area better, ok to take?'],
    xfer(58, 'Nora', 'nora-bw'),
    [140, 'l', "Hello! Nora at Garrett County Public Library here. Re-levelling a slate table is mostly a matter of shimming the legs and checking the slate with a machinist's level; Home Improvement Reference Center (garrettlibrary.org > Research) has a how-to with diagrams.", as(NORA)],
    [146, 'l', 'Did that answer your question?', as(NORA)],
    [180, 'p', 'ya thanks thats all i needed'],
    [185, 'l', 'Glad to help, bye!', as(NORA)],
  ], usual({ transfer: 'fail' })),

  // 26 a transfer with a notice and no note; the receiver exactly 120 s after the notice
  s(OLA, '26 a closed Towson duckpin alley: "I\'m transferring you to him, one moment" with no note, Paul 120 s later, ProQuest Baltimore Sun', [
    [0, 'p', 'when did loch raven lanes in towson close? i used to bowl there as a kid'],
    [17, 'l', 'Hi! Ola at Baltimore County Public Library, Ask a Librarian here.'],
    [23, 'l', "Our local history librarian, Paul, is on chat right now and knows the Towson area best — I'm transferring you to him, one moment."],
    xfer(27, 'Paul', 'paul-bw'),
    [143, 'l', 'Hi, Paul here. Did you bowl duckpins or tenpins there?', as(PAUL)],
    [170, 'p', 'duckpins, 70s'],
    [178, 'l', "It closed in 1989; the Baltimore Sun ran a piece on its last night. You can read it in ProQuest Historical Newspapers: The Baltimore Sun, through bcpl.info > Research.", as(PAUL)],
    [184, 'l', 'Does that answer it?', as(PAUL)],
    [220, 'p', "yes wow, 1989. thank you, that's all I wanted to know"],
    [226, 'l', 'Thanks for the memories, goodbye!', as(PAUL)],
  ], usual({ transfer: 'fail' })),

  // 27 four at once; a referral by URL
  s(RHEA, '27 joining an adult duckpin league: the NDBC through ndbc.org/contact, four chats open at once (fail)', [
    [0, 'p', 'how do i join an adult duckpin league? never bowled in one'],
    [15, 'l', "Hello, welcome to AskUsNow! I'm Rhea, a librarian."],
    [21, 'l', 'What part of Maryland are you in?'],
    [45, 'p', 'glen burnie'],
    [52, 'l', "Leagues are run by the bowling centers, with the National Duckpin Bowling Congress as the sanctioning body. Get in touch with the NDBC through its contact page, ndbc.org/contact, and ask which centers near Glen Burnie have openings; they know the league secretaries."],
    [58, 'l', 'Was that what you needed?'],
    [90, 'p', 'yep!'],
    [94, 'l', 'Anything else I can help you with?'],
    [110, 'p', 'no thank u'],
    [114, 'l', 'Good luck with the league — bye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('r1', 'rhea-bw', -60, 200), other('r2', 'rhea-bw', 5, 150), other('r3', 'rhea-bw', 40, 300)],
  }),

  // 28 three at most, touching ends; a referral by e-mail as the only source
  s(SETH, '28 a five-year-old at a tenpin party (chat-speak): the centre\'s party coordinator by e-mail, touching ends (three at most)', [
    [0, 'p', 'planning a bowling bday for my 5 yr old, can little kids even lift the balls?? 😅'],
    [16, 'l', 'hi! this is Seth, librarian at Calvert Library 😊'],
    [21, 'l', 'is the party at a tenpin alley or duckpins?'],
    [44, 'p', 'tenpin i think, the one in prince frederick'],
    [50, 'l', 'most tenpin centers have 6 lb balls, bumpers, and ramps little ones can push the ball down. for their party packages and whether they have the ramps, email the center\'s party coordinator at events@pflanes.com'],
    [55, 'l', 'that help?'],
    [80, 'p', 'yes thx!! thats all i needed'],
    [84, 'l', 'have fun at the party, bye 🎳'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('s1', 'seth-bw', -200, 0), other('s2', 'seth-bw', -30, 120), other('s3', 'seth-bw', 20, 300), other('s4', 'seth-bw', 89, 400)],
  }),

  // 29 a check-in that thanks; 190 s of final idle, no notice
  s(TARA, '29 a new glue-on cue tip: billiardsdigest.com, "Are you still there? If not, thanks for stopping by!" at 190, ended at 250 (no notice)', [
    [0, 'p', 'how do u replace the tip on a pool cue, mine fell off'],
    [20, 'l', "Hello! Tara here, librarian at Queen Anne's County Library."],
    [26, 'l', 'Do you have a replacement tip already, or do you need to buy one?'],
    [50, 'p', 'i have one, a glue on kind'],
    [60, 'l', "Sand the ferrule flat, glue the tip on with a drop of super glue, hold or clamp it for a minute, then trim and shape it with a tip shaper. Billiards Digest has a step-by-step with photos: search 'replace cue tip' at billiardsdigest.com. Did that help?"],
    [190, 'l', 'Are you still there? If not, thanks for stopping by!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 60 }),

  // 30 code "", an offer of more, the patron's last word
  s(VIC, '30 who numbered the dartboard (pub quiz): patrickchaplin.com, "Want me to look up the rules for the quiz round too?", patron last, code ""', [
    [0, 'p', 'who came up with the numbers order on a dartboard? 20 at top etc'],
    [22, 'l', 'Good evening, Vic at Dorchester County Public Library here.'],
    [28, 'l', "Do you need this for something you're writing, or just curious?"],
    [60, 'p', 'pub quiz lol'],
    [67, 'l', "The usual answer is Brian Gamlin, a Lancashire carpenter, in 1896, but historians have never found proof he existed; the layout may go back to Thomas Hill of Lancashire. Darts historian Patrick Chaplin goes through the evidence at patrickchaplin.com."],
    [73, 'l', 'Want me to look up the rules for the quiz round too?'],
    [100, 'p', 'nah thats it, no more questions. cheers'],
  ], usual({ complete: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BOWLING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-ninth round: bowling, billiards and darts, checked', () => {
  describeSessions('whole sessions', BOWLING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BOWLING.filter((c) => c.name in LEFT_WHY));
});
