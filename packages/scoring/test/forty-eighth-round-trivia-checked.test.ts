/**
 * Forty-eighth round, theme TRIVIA, POP CULTURE, SPORTS AND SETTLING ARGUMENTS, checked: 35 whole sessions no one had
 * written, from public library "ask a librarian" chats where patrons want to win a bar bet or a family fight, or just want one
 * quick fact: a movie quote (the Empire Strikes Back reveal), song lyrics and who sang them first (Tainted Love, the DuckTales
 * theme, a 1986 TV station jingle), 1986 sports (World Series Game 6, the Super Bowl, the Boston Marathon and its prize money,
 * a state football final, a minor league box score), a record that still stands (Dickerson's 2,105 yards), TV and film dates
 * (the Golden Girls, the first Harry Potter film, El Chavo del Ocho in Spanish), a celebrity's birthplace (Selena, in Spanish),
 * board game rules (Monopoly's Free Parking, QI in Scrabble), a crossword clue, quiz-night lists and answers (Toto's breed),
 * "what was the name of that cartoon" (Courage, Dexter's Laboratory), the origin of a saying (the whole nine yards, break a
 * leg), the tallest / oldest / first (the Chrysler Building, Jeanne Calment, Tereshkova), comic books (Wolverine's first
 * appearance), fan fiction (where a teen can post it, the first Star Trek fanzine), video game history (the NES), the Guinness
 * book and Nathan's hot dogs. Providers give facts with and without a source. Every one of the 17 checks labelled in every
 * session before it was run (31 in a first batch, 4 in a second; each batch's labels copied aside before its first run).
 *
 * SHAPES TRIED:
 *  openings: "Hi there! This is Bridget, a librarian with …"; "Hey! You've got Marcus, a librarian with the Ask Us chat.";
 *   "Howdy! Cal here, librarian with Ask Us."; "Evening! Librarian Kim here with Ask Us."; "Hi hi — Wen from Lakeside Library's
 *   chat here :)"; "hey there, Tasha here at Ask Us!"; "¡Buenas tardes! Le atiende Lucía, bibliotecaria de …"; "Welcome to Ask a
 *   Librarian! I'm Nico …"; a greeting with the clarifying question in the same line (31); no greeting or name in the first two
 *   lines under the screen name "Reference Desk" (23, fail); a queue line, a patron "hello?" and a 75 s pickup (15);
 *   `pickedUpAt` 40 s with the first line at 90 s (30);
 *  inquiry: the scene, the edition ("on the bottom of the box"), the issue number, the channel, the year of the series, men's or
 *   women's race, wins or nominations, Guinness or the gerontologists, English or Spanish source (format), the word list; a
 *   restatement with no question mark ("So you want to know who sang it, and whether …", 02); restating questions ("The
 *   single-season rushing yards record, the 2,105 yards?"); crossing letters asked only after the answer (07, fail); no question
 *   at all (04, 15);
 *  waits: "Hang tight, pulling up the script." (85 s); "Let me dig that up for you." then 150 s with the patron's "hello??"
 *   inside (03, fail); "Gimme two secs." then 125 s (32, fail); "ooh good one — checking!", a partial result that says "Still
 *   looking into the prize money part", "Still digging …, almost there." at 104 / 110 / 95 s (29, pass); "No rush, take your
 *   time!" before a 204 s patron absence (06, pass); transfers with a 54 s and a 60 s wait;
 *  completeness: "Does that settle the bet?", "Does that settle it?", "Does that settle the debate?", "Does that end the
 *   argument?" (LEFT), "Does it fit with the rest of the grid?" (LEFT), "Did I get the right cartoon?" (LEFT), "Is the Fanlore
 *   page useful for now?", "Does that give you a place to start?", "does that help?", "¿Le sirve esta información?"; "Would you
 *   like me to find a newspaper article …?" and "Would you like me to send it to them?" (offers: fail);
 *  endings: "Anything else stuck in your head today?", "Any other burning trivia questions?", "¿Algo más en que le pueda
 *   ayudar?"; patron-side "that's all i needed", "no more questions!!", "thats everything", "thats all i needed!"; thanks or "ok
 *   fair" alone (fail); "You're welcome!" as the last provider line (04, courteous fails); the patron's "thats everything,
 *   thanks" as the last line (26, courteous fails); "Happy listening — bye!", "Happy puzzling, bye!", "Live long and prosper —
 *   and thanks for chatting!", "Thanks for stopping by — goodnight!", "¡Gracias por escribirnos! Hasta luego.", "awesome, thx
 *   for chatting!";
 *  dismissals: "we limit it to three questions per chat, so that's your limit for tonight." + "Bye." (18, fail; courteous
 *   passes on the bare "Bye."); "ya se le acabó el tiempo del chat. Tengo que cerrar." (34, fail); "several other patrons waiting
 *   … Please come back to the chat later tonight" (19, allowed);
 *  idle: check-in at 300 and a notice + invitation at 420 (08); a Lost Call whose only lines are a plain greeting, a check-in
 *   and a notice (16: idle 215 s, both pass); "Anything else …?" then "Are you still with me?" and a system end exactly 180 s
 *   later (28: check-in passes, notice fails, courteous fails); check-in at 125 s and a closing thanks at 170 s (31: notice
 *   na); a notice + thanks 215 s after the answer with no check-in (33: idle fails, notice passes);
 *  sources: URLs (afi.com, baseball-reference.com, skyscrapercenter.com, toureiffel.paris — LEFT, grammy.com …); a database by
 *   path ("millcreeklib.org > Research > Databases > Oxford English Dictionary"); books by title (with call numbers, "in our
 *   catalog", a Spanish memoir); the referral's phone as the only source (35); a bare date with no source (04, fail);
 *  referrals: the library's Teen Services desk by e-mail and phone (12); the Pro Football Hall of Fame archives by e-mail and
 *   phone (30); another library's reference desk by phone (35); "a local comic shop or a grading service like CGC" with no
 *   contact (11, LEFT); a library that will call the patron (20: a follow-up, no referral);
 *  follow-ups: FU_ME with the e-mail read back and "by Friday", done in 30 h (09); FU_LIB with the phone read back and "within
 *   72 hours", not done by day 5 (20); "I'll ask her and get back to you" with the e-mail read back, no time, coded Answered
 *   (21: code and contact fail, on_time pending); FU_ME "by Monday", done after 80 h (22);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (28); null (27); Practice (17);
 *  transfers: a visible notice (a hold) and an internal note that says why (13, pass); an internal note only (14, fail);
 *  concurrency: four at once from 60 s (10, fail); three at most with one chat ending at this start and one starting at this
 *   end (25, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Does that settle the bet?", "Does that end the argument?", "Does it fit with the rest of the grid?", "Did I get the right
 *   cartoon?", "Does that give you a place to start?" ask whether the information already given meets the need (the need being
 *   to win the bet, end the argument, fill the grid, name the cartoon); "Would you like me to find a newspaper article …?" and
 *   "Would you like me to send it to them?" offer something not yet given (fail);
 * - "So you want to know who sang it, and whether the version you heard was the original." restates the question (RUBRIC:
 *   "or restates the question") though it has no question mark; "Where did your friend hear it was German?" is a provider
 *   question other than the listed exceptions (23, pass);
 * - "Anything else stuck in your head today?" and "Any other burning trivia questions?" ask whether the patron needs anything
 *   else; "lol no, thank u", "nah im good" answer them; "ok fair" and "perfect ty" alone are not the patron saying they are done;
 * - "You're welcome!" neither thanks the patron, nor says goodbye, nor invites them back (04: courteous fails); a bare "Bye."
 *   says goodbye (18);
 * - "you'd want to have it looked at by the folks at a local comic shop or a grading service like CGC" tells the patron to take
 *   the comic to organisations outside the chat: a referral, here with no contact (the forty-sixth round's "lawyer" reading);
 *   "Someone from Dunmore Public Library will call you" is a follow-up by the patron's library, not a referral;
 * - "call the Reading Public Library's reference desk at 610-555-0112" is a referral reached by phone, and that phone is the
 *   session's source (RUBRIC: "an e-mail or phone contact for a referral");
 * - "It looks like you may have stepped away or lost your connection, so I'm going to end this chat." tells the patron they
 *   seem to have disconnected and that the session will end; with "Feel free to come back anytime!" it is also a goodbye, so the
 *   final idle ends there (08: 270 s);
 * - "Lo siento, ya se le acabó el tiempo del chat. Tengo que cerrar." tells the patron their time is up (dismissal, with no way
 *   back offered);
 * - a Lost Call whose first provider line is a plain greeting (not a hold) has a final idle from that greeting (16: 215 s), so
 *   both idle checks apply though no substantive exchange took place.
 *
 * COUNTS. Written: 35 whole sessions (31 in the first batch, 4 in the second), all 17 statuses labelled in each before its
 * batch's first run (labels copied aside). First run as labelled / disagreeing: 30 / 5 (first batch 26 / 5, second batch 4 / 0).
 * Label corrections: 0.
 * Final: 30 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 06: "Does that end the argument?" not read as the completeness question (fail; RUBRIC pass);
 *  - followup.completeness, case 07: "Does it fit with the rest of the grid?" not read as one (fail; RUBRIC pass);
 *  - followup.completeness, case 08: "Did I get the right cartoon?" not read as one (fail; RUBRIC pass);
 *  - referral.contact, case 11: "have it looked at by the folks at a local comic shop or a grading service like CGC" read as no
 *    referral (na; RUBRIC fail: organisations outside the chat, no contact);
 *  - info.source, case 15: "per the official site: toureiffel.paris/en/the-monument/key-figures" not read as a URL (fail; RUBRIC
 *    pass).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a partial result, internal lines and
 * transfers, idle and disconnect spans including exactly 180 s, concurrency at touching ends, on_time done / late / pending /
 * not done by day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for every running
 * case (patron e-mails and a patron phone typed in the chat and read back, provider-side e-mails and phones of referrals).
 *
 * FINAL RUN (`--project scoring`, this file only): 35 tests passed (5 through describeLeft).
 *
 * Labelled and run on rubric v47.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const BRIDGET: Prov = { id: 'bridget', name: 'Bridget', library: 'KPL' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'ASK' };
const DWAYNE: Prov = { id: 'dwayne', name: 'Dwayne', library: 'ASK' };
const SAM: Prov = { id: 'sam-q', name: 'Sam', library: 'AUN' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SBPL' };
const NICO: Prov = { id: 'nico', name: 'Nico', library: 'WFL' };
const WEN: Prov = { id: 'wen', name: 'wen_lakeside', library: 'LKS' };
const JESS: Prov = { id: 'jess', name: 'Jess', library: 'ASK' };
const HAROLD: Prov = { id: 'harold', name: 'Harold', library: 'MCL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'ASK' };
const CAL: Prov = { id: 'cal', name: 'Cal', library: 'AUS' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'ASK' };
const RAY: Prov = { id: 'ray', name: 'Ray', library: 'AUS' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'AUS' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'AUS' };
const KEISHA: Prov = { id: 'keisha', name: 'Keisha', library: 'AUS' };
const JEN: Prov = { id: 'jen', name: 'Jen', library: 'AUS' };
const GABE: Prov = { id: 'gabe', name: 'Gabe', library: 'ASK' };
const TRAINEE: Prov = { id: 'trainee-q', name: 'Trainee 3', library: 'TRN' };
const LEO: Prov = { id: 'leo', name: 'Leo', library: 'ASK' };
const ANA: Prov = { id: 'ana', name: 'Ana', library: 'AUS' };
const FRANK: Prov = { id: 'frank', name: 'Frank', library: 'STATE' };
const MAYA: Prov = { id: 'maya', name: 'Maya', library: 'FCPL' };
const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'AUS' };
const IVY: Prov = { id: 'ivy', name: 'Reference Desk', library: 'ASK' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'AUS' };
const KENJI: Prov = { id: 'kenji', name: 'Kenji', library: 'ASK' };
const LOU: Prov = { id: 'lou', name: 'Lou', library: 'ASK' };
const KIM: Prov = { id: 'kim', name: 'Kim', library: 'AUS' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomás', library: 'AUS' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'AUS' };
const SUNIL: Prov = { id: 'sunil', name: 'Sunil', library: 'AUS' };
const ELLIE: Prov = { id: 'ellie', name: 'Ellie', library: 'AUS' };
const MARISA: Prov = { id: 'marisa', name: 'Marisa', library: 'AUS' };
const OWEN: Prov = { id: 'owen-q', name: 'Owen', library: 'ASK' };
const RODRIGO: Prov = { id: 'rodrigo', name: 'Rodrigo', library: 'BCEN' };
const TASHA: Prov = { id: 'tasha', name: 'Tasha', library: 'AUS' };

export const triviaAndPopCulture: SessionCase[] = [
  // 01 bar bet, everything by the book; "Does that settle the bet?"
  s(BRIDGET, '01 "Luke, I am your father" bar bet: scene restated as a question, "Hang tight", AFI quotes page, "Does that settle the bet?"', [
    [0, 'p', "ok settle something for us. my buddy says Darth Vader says 'Luke, I am your father'. I say he never says Luke. $20 on it"],
    [24, 'l', "Hi there! This is Bridget, a librarian with Kingsport Public Library's Ask Us chat. Ooh, a bar bet — happy to help."],
    [31, 'l', 'Just so we mean the same scene: is this the big reveal in The Empire Strikes Back (1980), on the platform in Cloud City?'],
    [70, 'p', 'yes that one lol'],
    [75, 'l', 'Hang tight, pulling up the script.'],
    [160, 'l', 'You win! The line is "No, I am your father," answering Luke\'s "He told me enough! He told me you killed him." The American Film Institute has it that way on its 100 Years...100 Movie Quotes list: afi.com/100years/quotes.aspx'],
    [166, 'l', 'Does that settle the bet?'],
    [200, 'p', "HA. he's buying. that's all i needed, thx!!"],
    [205, 'l', 'Enjoy the free drink! Thanks for chatting with us.'],
  ], usual()),

  // 02 song lyric; the clarifying step is a restatement without a question mark
  s(MARCUS, '02 "sometimes i feel ive got to run away": restated ("So you want to know who sang it…"), SecondHandSongs, "Anything else stuck in your head today?"', [
    [0, 'p', "theres a song that goes 'sometimes i feel ive got to run away' who sings that?? and is it a cover"],
    [18, 'l', "Hey! You've got Marcus, a librarian with the Ask Us chat."],
    [24, 'l', 'So you want to know who sang it, and whether the version you heard was the original.'],
    [40, 'p', 'ya exactly'],
    [45, 'l', 'That\'s "Tainted Love". The big 1981 synth-pop hit is by Soft Cell, but it\'s a cover: Gloria Jones recorded the original in 1964. SecondHandSongs tracks every version: secondhandsongs.com (search Tainted Love).'],
    [51, 'l', 'Is that the one you were thinking of?'],
    [80, 'p', 'YES thats it'],
    [85, 'l', 'Anything else stuck in your head today?'],
    [105, 'p', 'lol no, thank u'],
    [110, 'l', 'Happy listening — bye!'],
  ], usual()),

  // 03 1986 World Series: "Let me dig that up" then 150 s with a patron "hello??" inside
  s(DWAYNE, '03 Game 6 of the 1986 World Series: "Let me dig that up for you." at 84, patron "hello??" at 150, answer at 234', [
    [0, 'p', 'What was the final score of game 6 of the 86 world series? mets red sox. need it for a trivia thing'],
    [40, 'l', 'Good evening, this is Dwayne at the Ask Us librarian chat.'],
    [46, 'l', 'Did you want just the final score, or the inning-by-inning line too?'],
    [80, 'p', 'just final and who won'],
    [84, 'l', 'Let me dig that up for you.'],
    [150, 'p', 'hello??'],
    [234, 'l', 'Sorry about that! The Mets won 6-5 in 10 innings (the Buckner error). Full box score: baseball-reference.com/boxes/NYN/NYN198610250.shtml'],
    [240, 'l', 'Did that answer it?'],
    [270, 'p', 'yep ty'],
    [275, 'l', 'Anything else?'],
    [300, 'p', 'nope'],
    [304, 'l', 'Have a good night, thanks for using Ask Us!'],
  ], usual({ informed: 'fail' })),

  // 04 one quick fact, no fuss: no question, no source, "You're welcome!" last
  s(SAM, '04 Golden Girls premiere, "just the date please no essay": bare date, "Does that settle it?", "You\'re welcome!" last', [
    [0, 'p', 'when did the golden girls first air. just the date please no essay lol'],
    [20, 'l', 'Hi! Sam from the Ask Us Now chat here.'],
    [26, 'l', 'September 14, 1985, on NBC.'],
    [30, 'l', 'Does that settle it?'],
    [55, 'p', 'perfect ty'],
    [60, 'l', "You're welcome!"],
  ], usual({ clarify: 'fail', source: 'fail', anything: 'fail', courteous: 'fail' })),

  // 05 Spanish: birthplace bet
  s(LUCIA, '05 ¿Dónde nació Selena? (Spanish): "Le atiende Lucía", English or Spanish source, Britannica, "¿Algo más…?", "Hasta luego"', [
    [0, 'p', 'Hola, ¿dónde nació Selena Quintanilla? Mi hermano dice que en México'],
    [25, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Benito.'],
    [31, 'l', '¿Le sirve una fuente en inglés, o la prefiere en español?'],
    [70, 'p', 'en español si se puede'],
    [75, 'l', 'Un momento, por favor.'],
    [130, 'l', 'Selena nació el 16 de abril de 1971 en Lake Jackson, Texas, Estados Unidos, no en México. Lo confirma la Enciclopedia Británica: britannica.com/biography/Selena (el navegador la puede traducir).'],
    [136, 'l', '¿Le sirve esta información?'],
    [170, 'p', 'sí, gané la apuesta jaja'],
    [175, 'l', '¿Algo más en que le pueda ayudar?'],
    [200, 'p', 'no, nada más, gracias'],
    [205, 'l', '¡Gracias por escribirnos! Hasta luego.'],
  ], usual()),

  // 06 Monopoly free parking; "No rush, take your time!" then 204 s away
  s(NICO, '06 official Monopoly rule on Free Parking: edition asked, "No rush, take your time!" then 204 s away, Hasbro instructions, "Does that end the argument?"', [
    [0, 'p', 'need the OFFICIAL monopoly rule on free parking. my family is fighting'],
    [30, 'l', "Welcome to Ask a Librarian! I'm Nico, a librarian at Westfield Library."],
    [36, 'l', 'The rules have changed a bit over the years: which edition do you have? The year is usually printed on the bottom of the box.'],
    [60, 'p', 'hold on let me go find the box'],
    [66, 'l', 'No rush, take your time!'],
    [270, 'p', 'ok it says 2013'],
    [276, 'l', 'In every standard edition, 2013 included, Free Parking is just a free resting place: no money collects there. Putting taxes and fines in the middle is a popular house rule. Hasbro\'s rules are on instructions.hasbro.com — search for Monopoly and pick the classic game.'],
    [282, 'l', 'Does that end the argument?'],
    [320, 'p', 'YES. dad owes me. no more questions!!'],
    [325, 'l', 'Ha! Thanks for asking, and enjoy the game.'],
  ], usual()),

  // 07 crossword; the question comes after the answer
  s(WEN, '07 crossword "Rocky star" 8 letters: answer + IMDb first, crossing letters asked after, "Does it fit…?", "Happy puzzling, bye!"', [
    [0, 'p', "crossword help: 'Rocky star' 8 letters"],
    [14, 'l', "Hi hi — Wen from Lakeside Library's chat here :)"],
    [19, 'l', 'Stallone fits: Sylvester Stallone starred in Rocky (1976). Cast list at imdb.com/title/tt0075148'],
    [24, 'l', 'What crossing letters do you have, so we can be sure?'],
    [50, 'p', 'S_A_L___ so yes'],
    [55, 'l', 'Does it fit with the rest of the grid?'],
    [75, 'p', 'yep! thats all'],
    [80, 'l', 'Happy puzzling, bye!'],
  ], usual({ clarify: 'fail' })),

  // 08 "what was the name of that cartoon"; patron never comes back
  s(JESS, '08 the scared pink dog cartoon: a book with call number, "Did I get the right cartoon?", check-in at 300, notice + invitation at 420', [
    [0, 'p', 'what was that cartoon with the pink dog who was scared of everything and lived in the middle of nowhere with an old couple'],
    [22, 'l', 'Hi! This is Jess at Ask a Librarian.'],
    [28, 'l', 'Do you remember roughly when you watched it, or which channel it was on?'],
    [70, 'p', 'late 90s? cartoon network maybe'],
    [76, 'l', 'One sec, checking our animation guide.'],
    [150, 'l', "That's Courage the Cowardly Dog (Cartoon Network, 1999-2002): Courage, Muriel and Eustace in Nowhere, Kansas. Jeff Lenburg's book The Encyclopedia of Animated Cartoons has an entry; it's in our catalog at 791.4334 LEN."],
    [156, 'l', 'Did I get the right cartoon?'],
    [300, 'l', 'Are you still there?'],
    [420, 'l', "It looks like you may have stepped away or lost your connection, so I'm going to end this chat. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 09 origin of a saying: follow-up by me, done in 30 h
  s(HAROLD, '09 "the whole nine yards" (follow-up by me): OED by database path, longer version promised "by Friday", e-mail read back, done in 30 h', [
    [0, 'p', "what's the origin of 'the whole nine yards'? bf says machine gun belts in WW2"],
    [35, 'l', "Hi, I'm Harold, a librarian at Mill Creek Library. Good question — nobody's totally sure!"],
    [41, 'l', 'Do you want the short version, or the full history of the research?'],
    [80, 'p', 'short version for now but im curious'],
    [86, 'l', "Short version: the earliest known uses are in Kentucky and Indiana newspapers from around 1907-1912, long before WWII, so the machine-gun story doesn't hold up. The Oxford English Dictionary has the dated citations: millcreeklib.org > Research > Databases > Oxford English Dictionary (log in with your library card)."],
    [92, 'l', 'Does that help for now?'],
    [130, 'p', "yes! so he's wrong haha. can you send me the longer version?"],
    [136, 'l', "Happy to. I'll pull the Yale Book of Quotations entry and the newspaper clippings and e-mail them to you by Friday. What's your e-mail?"],
    [170, 'p', 'its june.bug@example.com'],
    [175, 'l', 'june.bug@example.com, got it. Anything else for today?'],
    [200, 'p', 'nope thats it'],
    [205, 'l', 'Thanks for the fun question — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 10 tallest before the Empire State; four chats at once
  s(PRIYA, '10 tallest building before the Empire State: Skyscraper Center, "Any other burning trivia questions?", four chats at once from 60 s', [
    [0, 'p', 'what was the tallest building in the world right before the empire state building?'],
    [15, 'l', 'Hello! Librarian Priya here at Ask a Librarian.'],
    [21, 'l', 'Just to check: you mean the record holder in 1930, right before the Empire State opened in May 1931?'],
    [50, 'p', 'yes'],
    [55, 'l', "That's the Chrysler Building, 1,046 ft, the tallest from 1930 until the Empire State opened in 1931. The Skyscraper Center has both: skyscrapercenter.com (search Chrysler Building)."],
    [61, 'l', 'Does that help?'],
    [90, 'p', 'yes!! 🙌'],
    [95, 'l', 'Any other burning trivia questions?'],
    [120, 'p', 'nah im good'],
    [125, 'l', 'Have a great night, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('pr1', 'priya', -300, 500), other('pr2', 'priya', -100, 400), other('pr3', 'priya', 60, 300)],
  }),

  // 11 comic books: the comic shop and CGC with no contact
  s(CAL, '11 first appearance of Wolverine: "Howdy!", Grand Comics Database, "have it looked at by … a local comic shop or … CGC" (no contact)', [
    [0, 'p', 'whats the first appearance of wolverine? found an old hulk comic in my grandpas attic'],
    [18, 'l', 'Howdy! Cal here, librarian with Ask Us.'],
    [24, 'l', 'Do you know the issue number on the one you found?'],
    [55, 'p', '181'],
    [60, 'l', "Nice find! Incredible Hulk #181 (November 1974) is his first full appearance; he shows up in the last panel of #180. The Grand Comics Database has both issues: comics.org, search 'Incredible Hulk'."],
    [66, 'l', "For what your copy is worth, you'd want to have it looked at by the folks at a local comic shop or a grading service like CGC."],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', "yes wow. that's all i needed"],
    [115, 'l', 'Good luck with it — thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 12 fan fiction: the library's own Teen Services desk with e-mail and phone
  s(BEA, '12 where to post fan fiction (teen): AO3 + FanFiction.Net URLs, the Teen Services desk by e-mail and phone, "Is that what you were looking for?"', [
    [0, 'p', 'hiii where do people post fan fiction? i want to write some for my fav anime but idk where to start'],
    [30, 'l', "Hi! I'm Bea, the librarian on the Ask a Librarian chat today 😊"],
    [36, 'l', "Are you looking for somewhere to post your own stories, or to read other people's first?"],
    [70, 'p', 'post mine. im 15 if that matters'],
    [76, 'l', "It does a bit! The two biggest sites are Archive of Our Own (archiveofourown.org; 13 and up, you request an invite) and FanFiction.Net (fanfiction.net). Our Teen Services desk also runs a writers' club on Thursdays at 4 — e-mail them at teens@example.org or call 555-0134 to sign up."],
    [82, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yesss thank u so much thats all'],
    [125, 'l', 'Happy writing! Thanks for chatting with us.'],
  ], usual({ referral: 'pass' })),

  // 13 video game history, transfer by the book
  s(RAY, '13 NES release in America: notice (a hold) + an internal note saying why, transfer to the teen librarian, Game Over by Sheff', [
    [0, 'p', 'what year did the NES come out in america? my dad says 1983'],
    [25, 'l', 'Hello, Ray at Ask Us here!'],
    [31, 'l', 'Do you mean the first test launch, or the nationwide release?'],
    [70, 'p', 'uhh whichever came first i guess'],
    [76, 'l', "Our teen services librarian runs the video game collection and knows this cold — I'm transferring you to her now, one moment."],
    [80, 'i', 'Nadia, patron needs the NES US release date (test market vs national), dad says 1983. Can you take it?'],
    xfer(84, 'Nadia', 'nadia'),
    [130, 'l', "Hi! Nadia here, teen librarian. Your dad's thinking of the Famicom, which came out in Japan in 1983. The NES test-launched in New York City in October 1985 and went nationwide in 1986. It's all in David Sheff's book Game Over (1993), which is in our catalog.", as(NADIA)],
    [136, 'l', 'Does that clear it up?', as(NADIA)],
    [170, 'p', "lol so we're both kinda wrong. thats all, thanks"],
    [175, 'l', 'Ha, sounds like it! Thanks for chatting with us.', as(NADIA)],
  ], usual({ transfer: 'pass' })),

  // 14 Guinness / Nathan's: silent transfer
  s(OMAR, '14 hot dog eating record: transfer with an internal note only (patron never told), receiver answers 60 s after the patron', [
    [0, 'p', 'whats the world record for hot dogs eaten in 10 min? and who has it'],
    [22, 'l', 'Hello! This is Omar at the Ask Us chat.'],
    [28, 'l', "Do you mean the Nathan's contest on July 4th, or the Guinness record in general?"],
    [60, 'p', 'nathans'],
    [66, 'i', "Keisha you're on sports/pop culture tonight right? can you take this one"],
    xfer(70, 'Keisha', 'keisha'),
    [120, 'l', "Hi, I'm Keisha, a librarian here. The Nathan's Famous record is 76 hot dogs and buns, set by Joey Chestnut in 2021. Major League Eating lists the results: majorleagueeating.com", as(KEISHA)],
    [126, 'l', 'Does that answer your question?', as(KEISHA)],
    [150, 'p', 'yep thats all, thanks'],
    [155, 'l', 'Thanks for using Ask Us — bye!', as(KEISHA)],
  ], usual({ transfer: 'fail' })),

  // 15 one number, late pickup
  s(JEN, '15 Eiffel Tower height "just the number pls": queue, patron "hello?", picked up at 75 s, answer with no question first', [
    [0, 'p', 'how tall is the eiffel tower in feet. just the number pls'],
    queue(2),
    [40, 'p', 'hello?'],
    [75, 'l', 'Hi, sorry for the wait — Jen, librarian at Ask Us here.'],
    [80, 'l', "It's 1,083 feet (330 m) with the antennas, per the official site: toureiffel.paris/en/the-monument/key-figures"],
    [84, 'l', 'Did that help?'],
    [100, 'p', 'ty'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'no'],
    [124, 'l', 'Take care, bye!'],
  ], usual({ pickup: 'fail', clarify: 'fail' })),

  // 16 a true Lost Call
  s(GABE, '16 Super Bowl 1986 (Lost Call): patron leaves at 8 s, greeting at 35, "Are you still there?" at 160, notice + invitation at 250', [
    [0, 'p', 'who won the super bowl in 1986'],
    left(8),
    [35, 'l', 'Hi there, this is Gabe with Ask a Librarian!'],
    [160, 'l', 'Are you still there?'],
    [250, 'l', "It looks like you've disconnected, so I'll end this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (pop culture script): coded Practice, every check na', [
    [0, 'p', 'TEST who played Ferris Bueller'],
    [10, 'l', 'Hi, Trainee 3 at Ask Us, practice chat.'],
    [18, 'l', 'Matthew Broderick, see imdb.com. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 quiz-night list: "three questions per chat"
  s(LEO, '18 quiz-night practice list: three answered with Britannica, then "we limit it to three questions per chat, so that\'s your limit", "Bye."', [
    [0, 'p', 'ok quick fire for trivia night. 1. who directed jaws 2. what year did the berlin wall fall 3. capital of australia 4. how many bones in the human body 5. longest river in the world'],
    [25, 'l', 'Hi, this is Leo at Ask a Librarian.'],
    [30, 'l', 'Are these for a quiz going on right now, or practice questions?'],
    [60, 'p', 'practice!! we play thursday'],
    [66, 'l', 'OK: Steven Spielberg directed Jaws (1975); the Berlin Wall fell in 1989; the capital of Australia is Canberra. All three are in Britannica: britannica.com'],
    [90, 'p', 'great and 4 and 5? and i have like 10 more'],
    [96, 'l', "Sorry, we limit it to three questions per chat, so that's your limit for tonight."],
    [110, 'p', 'seriously?'],
    [115, 'l', 'Bye.'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 19 other patrons waiting, way back offered
  s(ANA, '19 Beyoncé vs Taylor Swift Grammys: grammy.com, "several other patrons waiting … come back to the chat later tonight" (allowed)', [
    [0, 'p', 'settle a debate: who has more grammys, beyonce or taylor swift? and then i have a bunch of others about the eras tour'],
    [20, 'l', "Good afternoon! I'm Ana, a librarian with the Ask Us service."],
    [26, 'l', 'Are you asking about total wins, or nominations too?'],
    [50, 'p', 'wins'],
    [55, 'l', "Checking the Recording Academy's database, one moment."],
    [140, 'l', 'Beyoncé has the most wins of anyone, 35 as of the 2025 ceremony; Taylor Swift has 14. You can look up each artist at grammy.com/artists'],
    [146, 'l', 'Does that settle the debate?'],
    [170, 'p', 'yes!! ok now the eras tour stuff: how many shows, how much money, which city had the most, what was the setlist in'],
    [180, 'l', "Those are great, but I have several other patrons waiting in the queue right now, so I'll need to wrap up here. Please come back to the chat later tonight with the Eras Tour questions — we're here until 9."],
    [200, 'p', 'ok fair'],
    [205, 'l', 'Thanks for understanding, and thanks for chatting!'],
  ], usual({ anything: 'fail' })),

  // 20 statewide: follow-up by the patron's library, phone read back, "within 72 hours", not done by day 5
  s(FRANK, '20 1986 state football final score (follow-up by patron\'s library): PIAA champions page, phone read back, "within 72 hours", not done by day 5', [
    [0, 'p', "Hi, I'm trying to find out the score of the 1986 state championship game for Dunmore High football. My uncle played."],
    [35, 'l', 'Hi, this is Frank, a librarian with the statewide Ask Us chat.'],
    [41, 'l', 'Do you know which classification it was, or the month it was played?'],
    [90, 'p', 'Class AA I think, it was December'],
    [96, 'l', "Let me see what's online."],
    [200, 'l', "The state athletic association lists its champions back to 1960 at piaa.org (Sports > Football > Past Champions), and it shows Dunmore won Class AA in 1986, but not the score. Dunmore Public Library has the local paper on microfilm and the yearbooks, so I can pass your question to their staff to look up the game story."],
    [206, 'l', 'Would you like me to send it to them?'],
    [240, 'p', 'yes please! my phone is 570-555-0143, they can call me'],
    [246, 'l', '570-555-0143, got it. Someone from Dunmore Public Library will call you within 72 hours.'],
    [252, 'l', 'Anything else I can help with?'],
    [280, 'p', 'no thats it thank you'],
    [285, 'l', 'Thank you for using Ask Us. Take care!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 21 a promise with no time, coded Answered
  s(MAYA, '21 who sang a 1986 TV station jingle: two sources checked, "I\'ll ask her and get back to you", e-mail read back, no time, coded Answered', [
    [0, 'p', "this is a weird one. there was a jingle for WXLV channel 45 in like 1986, 'we're your station' something. who sang it? my mom swears it was a famous singer before she was famous"],
    [28, 'l', 'Hello! Ask a Librarian, this is Maya at Forsyth County Public Library.'],
    [34, 'l', 'Do you remember if it was for the news, or for the whole station?'],
    [70, 'p', 'whole station i think. it was on all the time'],
    [76, 'l', 'Give me a minute to look.'],
    [180, 'l', "I checked the station's history page (wxlv.com/about) and the ReelRadio jingle archive (reelradio.com), but neither credits the singer. Our music librarian knows a lot about local broadcasting history; I'll ask her and get back to you. What's the best e-mail for you?"],
    [215, 'p', 'sure its mel.r@example.com'],
    [220, 'l', 'Great, mel.r@example.com. Thanks for the fun question!'],
    [240, 'p', 'ty!'],
    [245, 'l', 'Bye for now!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 22 fanzine history: follow-up by me, done after 80 h
  s(ROSALIND, '22 Spockanalia, the first Star Trek fanzine (follow-up by me): Fanlore page, WorldCat list "by Monday", e-mail read back, done after 80 h', [
    [0, 'p', 'Was Spockanalia really the first Star Trek fanzine? And is there anywhere I can read it?'],
    [30, 'l', "Hi there, I'm Rosalind, a reference librarian at Ask Us."],
    [36, 'l', 'Are you looking for the original 1967 issues themselves, or are you writing about them?'],
    [80, 'p', 'writing a blog post about early fandom, so both really'],
    [86, 'l', 'One moment while I check.'],
    [190, 'l', "Yes, Spockanalia #1 (September 1967) is generally called the first Star Trek fanzine. Fanlore has its history and cover scans: fanlore.org/wiki/Spockanalia. Some university special collections hold the originals; I'd like to check WorldCat for the libraries that have them and send you a list."],
    [196, 'l', 'Is the Fanlore page useful for now?'],
    [230, 'p', 'yes! and a list would be amazing. email is kirkfan67@example.com'],
    [236, 'l', "kirkfan67@example.com — got it. I'll send the list by Monday."],
    [242, 'l', 'Anything else for today?'],
    [260, 'p', 'nope thats everything'],
    [265, 'l', 'Live long and prosper — and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 23 no greeting at all in the first two
  s(IVY, '23 origin of "break a leg": no greeting or name in the first two lines (screen name "Reference Desk"), Phrase Finder URL', [
    [0, 'p', "where does 'break a leg' come from? theater friend says its german"],
    [20, 'l', 'Interesting one! Where did your friend hear it was German?'],
    [50, 'p', 'no idea, she just says it'],
    [55, 'l', "The Phrase Finder covers the main theories: phrases.org.uk/meanings/break-a-leg.html. The likeliest source is the German 'Hals- und Beinbruch' (neck and leg break), a good-luck wish that passed through Yiddish into English-speaking theater by the 1920s. So your friend may be right!"],
    [61, 'l', 'Does that help?'],
    [90, 'p', 'ha ok she wins. thats all'],
    [95, 'l', 'Thanks for using Ask a Librarian, bye!'],
  ], usual({ greeting: 'fail' })),

  // 24 a question about something not yet given
  s(DEV, '24 oldest person ever: Guinness URL, "Would you like me to find a newspaper article…?" (not yet given), patron "thats all i needed"', [
    [0, 'p', 'who is the oldest person ever? like verified'],
    [25, 'l', 'Hi, this is Dev, a librarian at Ask Us. Happy to help.'],
    [31, 'l', 'Verified by Guinness, or by the gerontology researchers? They mostly agree, just checking which you need.'],
    [60, 'p', 'guinness i guess'],
    [66, 'l', 'Guinness World Records lists Jeanne Calment of France, who lived 122 years and 164 days (1875–1997): guinnessworldrecords.com/world-records/oldest-person'],
    [72, 'l', 'Would you like me to find a newspaper article from when she died in 1997?'],
    [100, 'p', 'no thats fine, thats all i needed!'],
    [105, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ complete: 'fail' })),

  // 25 three at most, two touching the ends
  s(KENJI, '25 who sang the DuckTales theme: Discogs, three chats at most, one ending at this start and one starting at this end', [
    [0, 'p', 'who sang the ducktales theme song?? woo-oo'],
    [12, 'l', 'Hi! Kenji at Ask a Librarian here — love this one.'],
    [18, 'l', 'The original 1987 series, or the 2017 reboot?'],
    [40, 'p', 'original'],
    [44, 'l', "Jeff Pescetto sang the 1987 theme (written by Mark Mueller). He's credited on the soundtrack listing at discogs.com (search DuckTales theme Pescetto)."],
    [50, 'l', 'Does that answer it?'],
    [70, 'p', 'yes thank you!'],
    [74, 'l', 'Anything else?'],
    [90, 'p', 'no thats it'],
    [94, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'kenji', -400, 0), other('k2', 'kenji', -50, 60), other('k3', 'kenji', 30, 500), other('k4', 'kenji', 99, 400)],
  }),

  // 26 the patron has the last word; no goodbye
  s(LOU, '26 is QI a Scrabble word: word list asked, scrabble.merriam.com, "Is that the answer you needed?", patron "thats everything" last', [
    [0, 'p', 'is QI a real scrabble word? my aunt is cheating i think'],
    [20, 'l', "Hi there! I'm Lou from the Ask a Librarian service."],
    [26, 'l', 'Are you playing by the North American word list, or the international one (Collins)?'],
    [60, 'p', 'uh regular american i guess'],
    [65, 'l', "QI is valid in the Official Scrabble Players Dictionary — you can check any word at scrabble.merriam.com. It's the life force in Chinese philosophy. So your aunt is fine!"],
    [70, 'l', 'Is that the answer you needed?'],
    [110, 'p', 'ugh fine. thats everything, thanks'],
  ], usual({ courteous: 'fail' })),

  // 27 "Evening!" greeting; code null
  s(KIM, '27 first woman in space: "Evening! Librarian Kim here", NASA page, "goodnight!", resolution code null', [
    [0, 'p', 'who was the first woman in space'],
    [15, 'l', 'Evening! Librarian Kim here with Ask Us.'],
    [20, 'l', 'Do you need just the name, or the date and mission too?'],
    [45, 'p', 'name and year'],
    [50, 'l', 'Valentina Tereshkova, on Vostok 6 in June 1963. NASA has a short profile at nasa.gov (search Tereshkova).'],
    [55, 'l', 'Does that cover it?'],
    [80, 'p', 'yep! thats all thx'],
    [84, 'l', 'Thanks for stopping by — goodnight!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 28 Lost Call after three patron lines; final idle exactly 180 s with a check-in only
  s(TOMAS, '28 Dexter\'s Laboratory (Lost Call after 3 patron lines): "Anything else…?" at 101, "Are you still with me?" at 221, ended at 281', [
    [0, 'p', 'whats the name of the cartoon with the kid genius who has a secret lab and the annoying sister'],
    [30, 'l', 'Hi! Tomás here, librarian at Ask Us.'],
    [36, 'l', 'Do you remember if it was on Nickelodeon or Cartoon Network?'],
    [60, 'p', 'cartoon network i think'],
    [66, 'l', "That sounds like Dexter's Laboratory (Cartoon Network, 1996–2003). Cartoon Network's show page: cartoonnetwork.com/video/dexters-laboratory"],
    [72, 'l', 'Is that the one?'],
    [95, 'p', 'YES omg'],
    [101, 'l', 'Ha, great! Anything else I can find for you?'],
    [221, 'l', 'Are you still with me?'],
  ], usual({ courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 29 holds every ~100 s, one a partial result that says the search goes on
  s(GRACE, '29 1986 Boston Marathon winners and prize money: "ooh good one — checking!", partial result + "Still looking", "Still digging", answer at 375', [
    [0, 'p', 'who won the boston marathon in 1986 and what was his time? also i heard it was the first year they gave prize money??'],
    [30, 'l', 'Hi! This is Grace, a librarian at Ask Us.'],
    [36, 'l', "Men's race only, or the women's winner too?"],
    [60, 'p', 'both would be great'],
    [66, 'l', 'ooh good one — checking!'],
    [170, 'l', "Found the winners: Rob de Castella (2:07:51) and Ingrid Kristiansen (2:24:55), from the B.A.A.'s past champions list at baa.org/races/boston-marathon/results/champions. Still looking into the prize money part."],
    [280, 'l', 'Still digging on the prize money, almost there.'],
    [375, 'l', "Got it: 1986 was the first Boston with official prize money, after John Hancock signed on as sponsor. The B.A.A.'s history page says so: baa.org/about/history"],
    [381, 'l', 'Does that answer both parts?'],
    [420, 'p', 'yes!! perfect, thank you. no more questions'],
    [425, 'l', 'Thanks for chatting, enjoy the trivia!'],
  ], usual()),

  // 30 a sports record: the Hall of Fame archives by e-mail and phone; pickedUpAt recorded
  s(SUNIL, '30 Dickerson\'s 2,105 yards: pickedUpAt 40 s (first line at 90), Pro Football Reference, the Hall of Fame archives by e-mail and phone', [
    [0, 'p', "Is Eric Dickerson's rushing record from 1984 still the record? And where could I see the actual game film"],
    [90, 'l', 'Hello, Sunil here, librarian with the Ask Us chat.'],
    [96, 'l', 'The single-season rushing yards record, the 2,105 yards?'],
    [120, 'p', 'yeah that one'],
    [126, 'l', "Yes, it still stands: 2,105 yards in 1984 with the Rams. Pro Football Reference has the single-season leaders: pro-football-reference.com/leaders/rush_yds_single_season.htm. For game film, contact the Pro Football Hall of Fame's archives in Canton: archives@example.org or 330-555-0150."],
    [132, 'l', 'Did that help?'],
    [160, 'p', 'yes, thanks. thats all'],
    [165, 'l', 'Great, thanks for using Ask Us!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // 31 quiz-night answer; check-in at 125 s, goodbye at 170 s (no notice needed)
  s(ELLIE, '31 Toto\'s breed for quiz night: answer with AKC page + "Did that help?" at 50, check-in at 175, closing thanks at 220 (final idle 170 s)', [
    [0, 'p', 'quiz night q, whats the breed of toto in wizard of oz'],
    [20, 'l', 'Hi, Ellie at Ask Us! Are you asking about the dog in the 1939 movie, or in the original book?'],
    [45, 'p', 'movie'],
    [50, 'l', 'In the 1939 film Toto was played by a Cairn Terrier named Terry. The American Kennel Club\'s breed page mentions her: akc.org/dog-breeds/cairn-terrier. Did that help?'],
    [175, 'l', 'Are you still there?'],
    [220, 'l', "I'll close the chat for now — thanks for the great question, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // ---- second batch (labelled before its run) ----

  // 32 the 1987 Guinness book by call number; "Gimme two secs." then 125 s
  s(MARISA, '32 grandpa in the 1987 Guinness book: "Gimme two secs." at 75, answer at 200 (125 s), the book by call number + guinnessworldrecords.com', [
    [0, 'p', "my grandpa says he's in the 1987 guinness book for longest something. how do i check? his name is Walter Pruitt"],
    [30, 'l', 'Hello! This is Marisa, a librarian at Ask Us.'],
    [36, 'l', 'Do you know what the record was for, even roughly?'],
    [70, 'p', 'something with a pumpkin i think'],
    [75, 'l', 'Gimme two secs.'],
    [200, 'l', "Our catalog has the 1987 Guinness Book of World Records (call number 032.02 GUI) at the Main library, and Guinness's own search at guinnessworldrecords.com/search covers current records. I don't see a Pruitt online, so the print 1987 edition is your best bet: its index is by subject, so look under Pumpkins."],
    [206, 'l', 'Does that give you a place to start?'],
    [240, 'p', 'yes ill go look this weekend. thats all thanks'],
    [245, 'l', 'Hope you find him in there! Thanks for chatting.'],
  ], usual({ informed: 'fail' })),

  // 33 a disconnect notice with thanks and no check-in
  s(OWEN, '33 first Harry Potter film in the US: Box Office Mojo, "Did that help?" at 71, notice + thanks at 280 with no check-in (final idle 215 s)', [
    [0, 'p', 'what year did the first harry potter movie come out in the US'],
    [25, 'l', 'Hi! This is Owen with the Ask a Librarian chat.'],
    [31, 'l', "In the US it was titled Harry Potter and the Sorcerer's Stone — is that the one you mean?"],
    [60, 'p', 'yes'],
    [65, 'l', "It opened in US theaters on November 16, 2001. Box Office Mojo has the release dates: boxofficemojo.com (search Sorcerer's Stone)."],
    [71, 'l', 'Did that help?'],
    [280, 'l', "It looks like you've disconnected, so I'm ending the session now. Thanks for the question!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 34 Spanish: "ya se le acabó el tiempo"
  s(RODRIGO, '34 El Chavo del Ocho (Spanish): Gómez Bolaños\'s book, then "ya se le acabó el tiempo del chat. Tengo que cerrar." (time is up), patron "???" last', [
    [0, 'p', 'Buenas, ¿en qué año empezó El Chavo del Ocho? y quién hacía de la Chilindrina'],
    [30, 'l', 'Hola, soy Rodrigo, bibliotecario de la Biblioteca Central.'],
    [36, 'l', '¿Le interesa la fecha del primer sketch o la de la serie como programa propio?'],
    [70, 'p', 'la serie'],
    [76, 'l', "Como programa propio empezó en 1973 en Televisa; antes, desde 1971, era un sketch dentro de Chespirito. La Chilindrina era María Antonieta de las Nieves. Está todo en el libro 'Sin querer queriendo' de Roberto Gómez Bolaños (2006)."],
    [110, 'p', 'y cuántos episodios hay? y el final?'],
    [118, 'l', 'Lo siento, ya se le acabó el tiempo del chat. Tengo que cerrar.'],
    [130, 'p', '???'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 35 the only source is the referral's phone (chat-speak)
  s(TASHA, '35 1986 minor league box score (chat-speak): no URL, "ur best bet is to call the Reading Public Library\'s reference desk at 610-555-0112"', [
    [0, 'p', 'trying to find the box score of a minor league game. Reading Phillies vs Harrisburg, july 4 1986. my dad caught a foul ball'],
    [20, 'l', 'hey there, Tasha here at Ask Us!'],
    [26, 'l', "do u know if it was at Reading's park or Harrisburg's?"],
    [60, 'p', 'reading. municipal stadium'],
    [66, 'l', "ok so minor league box scores from the 80s mostly only ran in the local paper. ur best bet is to call the Reading Public Library's reference desk at 610-555-0112, they have the Reading Eagle on microfilm and can look it up."],
    [72, 'l', 'does that help?'],
    [100, 'p', 'yeah ill call them. thats all i needed'],
    [105, 'l', 'awesome, thx for chatting!'],
  ], usual({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '06 official Monopoly rule on Free Parking: edition asked, "No rush, take your time!" then 204 s away, Hasbro instructions, "Does that end the argument?"':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need", evidence message 2 "The rules have changed a bit over the years: which edition do you have?…"). Message 7 "Does that end the argument?" follows the answer (message 6, the Free Parking rule and instructions.hasbro.com) and asks whether it meets the need (the patron\'s need is to end a family argument); "Does that settle the bet / it / the debate?" pass in 01, 04 and 19.',
  '07 crossword "Rocky star" 8 letters: answer + IMDb first, crossing letters asked after, "Does it fit…?", "Happy puzzling, bye!"':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need", evidence message 2 "Stallone fits: …"). Message 5 "Does it fit with the rest of the grid?" comes after the answer (message 2, "Stallone" + imdb.com) and asks whether that answer meets the need (a crossword entry that fits); RUBRIC: "in or after the first message that gives a source or answer, the provider asks whether the information already given meets the need".',
  '08 the scared pink dog cartoon: a book with call number, "Did I get the right cartoon?", check-in at 300, notice + invitation at 420':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need", evidence message 5 "That\'s Courage the Cowardly Dog …"). Message 6 "Did I get the right cartoon?" asks whether the answer just given (message 5) is the one the patron was after: "Is that what you were looking for?" in other words.',
  '11 first appearance of Wolverine: "Howdy!", Grand Comics Database, "have it looked at by … a local comic shop or … CGC" (no contact)':
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 5 "you\'d want to have it looked at by the folks at a local comic shop or a grading service like CGC" tells the patron to take the comic to (visit / ask) organisations outside the chat (RUBRIC Terms, Referral), with no e-mail, phone, postal address or URL for either: the reading of the forty-sixth round\'s "have a lawyer look it over" (its case 09, also LEFT).',
  '15 Eiffel Tower height "just the number pls": queue, patron "hello?", picked up at 75 s, answer with no question first':
    'info.source: expected pass, got fail ("answered without any URL, named resource or contact", evidence message 4). Message 4 "per the official site: toureiffel.paris/en/the-monument/key-figures" gives a URL (RUBRIC: "a URL or domain"); the scorer does not take a domain under the .paris top-level domain as one.',
};

describe('forty-eighth round: trivia, pop culture, sports and settling arguments, checked', () => {
  describeSessions('whole sessions', triviaAndPopCulture.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', triviaAndPopCulture.filter((c) => c.name in LEFT_WHY));
});
