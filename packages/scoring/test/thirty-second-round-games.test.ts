/**
 * Thirty-second round, area (W3): GAMES, PUZZLES AND TRIVIA. Settling a trivia bet (the 1986 World Series, the Eiffel
 * Tower's height), crossword and riddle answers, the library's board game and video game collections (a Switch game, holds
 * on Catan), chess clubs and tournaments, D&D groups at the branch, teen esports and gaming nights, game design books and
 * software, card game rules, trivia nights, puzzle swaps; patrons in chat-speak, pub-quiz players typing fast, parents,
 * retirees doing the crossword (info.source, inquiry.clarify, followup.completeness, closing.*, greeting, idle check-in).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers (labelled before running the scorer):
 *  a quick fact WITH a source (source passes): "per the World Almanac 2024, the Mets won in seven", "Britannica
 *   (britannica.com/topic/Eiffel-Tower) gives 330 m", "Baseball-Reference.com has the box scores", "the Oxford English
 *   Dictionary, via our databases, dates it to 1611", "Hoyle's Rules of Games (in our catalogue) says …".
 *  a quick fact WITHOUT one (source fails): "It was the Mets, in seven games.", "324 metres, 330 with the antennas.",
 *   "the answer is ORCA" (knowledge from memory, no resource named).
 *  a club or store named with no way to reach it (no source; a referral if the patron is told to contact or visit it):
 *   "ask at the game store downtown", "the Maryland Chess Association runs those, contact them".
 *  with one: "the Baltimore Chess Club, baltimorechess.org", "email teenservices@samplelibrary.org".
 *  the patron done: "thats all i needed", "nothing else, ta", "we're good, that's everything"; not done: "lol ok ty", "cool".
 *  the patron vanishing: "You still there?", "Are you still with me?"; the notice "Looks like you've left, I'll close
 *   the chat now. Come back anytime!".
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a fact given from memory, with no resource named, is an answer without a source: info.source fails;
 * - the game store / brewery named without a way to reach it, where the patron is told to go or ask there, is a referral
 *   that fails; named only as where an event happens ("trivia is at Union Craft on Tuesdays") it tells no one to contact
 *   or visit: no referral;
 * - the library's own program page or events calendar with a URL is a source;
 * - "gg" / "GLHF" are not goodbyes; "see ya at game night!" invites back: a goodbye; "Happy puzzling!" is a parting wish, a
 *   goodbye, as the earlier rounds read "Safe travels!";
 * - chat-speak "that the one?" after a title given asks whether what was given is what the patron wanted: completeness.
 * Written: 25 whole sessions (one now in LEFT), 24 short cases (22 first, 2 more for the fix), 5 near misses in `guards`.
 * First run: 3 of 73 tests failed on 3 statuses: referral.contact 1 (the chess association after a "their" sentence with a
 * URL: read as reached; LEFT), followup.completeness 1 ("that the one?" not read: fixed), closing.courteous 1 ("Happy
 * puzzling!" last: my label, now pass). Fixed in block W3:
 *  - completeness (phrase family, v33 only): a sentence that is only chat-speak "that / this (the) one?" with no "is",
 *    optionally "right" / "correct" and "u wanted / needed / meant" ("that the one?", "this the right one?", "that the one u
 *    wanted?") [near misses: "…, that the one u want, is checked out till friday." (a statement), "so that the one copy at
 *    North is yours?", "that the one for the switch or the wii?" before the source, the patron's own "that the one?", "Is it
 *    the base game or the Seafarers expansion you want?"].
 * Left: 1, the rated-tournament session (see its // LEFT: reason).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

/** A trivia bet up to the patron's answer to the clarifying question. */
const BET: Line[] = [
  [0, 'p', 'settle a bet: who won the 1986 world series'],
  [15, 'l', "Hi, I'm Sam with Ask a Librarian! Do you just need the winner, or the series score too?"],
  [40, 'p', 'winner and how many games'],
];
/** A board game question up to the patron's answer. */
const GAME: Line[] = [
  [0, 'p', 'do you lend board games? looking for catan'],
  [20, 'l', 'Hello! Jo here at Sample County Library. Which branch do you usually use?'],
  [45, 'p', 'north branch'],
];
/** A crossword question up to the patron's answer. */
const XWORD: Line[] = [
  [0, 'p', 'crossword clue: killer whale, 4 letters'],
  [18, 'l', 'Hi, Jo at Ask Us here. Do you have any letters filled in already?'],
  [45, 'p', 'ends in A'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Thanks for chatting, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'pub-quiz player, the 1986 World Series: the World Almanac and Baseball-Reference, done',
    lines: [
      ...BET,
      [50, 'l', 'One moment, checking the almanac.'],
      [110, 'l', 'The New York Mets beat the Boston Red Sox 4 games to 3 (the Buckner game was Game 6). Source: The World Almanac and Book of Facts, and the full box scores are at baseball-reference.com/postseason/1986_WS.shtml. Does that settle it?'],
      [140, 'p', 'YES i win. thats all i needed thx'],
      [146, 'l', 'Enjoy your winnings! Thanks for using Ask a Librarian.'],
    ],
    exp: usual(),
  },
  {
    // reading: the fact from memory, no resource named: source fails; completeness and anything-else are still asked
    name: 'terse, the 1986 World Series from memory: "It was the Mets, in seven." no source',
    lines: [
      ...BET,
      [55, 'l', 'It was the Mets, in seven games, over the Red Sox. Did that answer it?'],
      [80, 'p', 'yep'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'nope thats all'],
      [100, 'l', 'Bye, thanks!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'formal academic, the Eiffel Tower\'s height: Britannica with its URL, a restatement first',
    lines: [
      [0, 'p', 'Good evening. My colleague and I disagree on the height of the Eiffel Tower. Could you confirm it, please?'],
      [25, 'l', 'Good evening, and thank you for contacting Ask a Librarian. My name is Dr. Patel, reference librarian at the university library. So you need the current height, including or excluding the antennas?'],
      [70, 'p', 'Including the antennas, if possible.'],
      [80, 'l', "Encyclopaedia Britannica gives 330 metres (1,083 feet) including the antennas since 2022: britannica.com/topic/Eiffel-Tower-Paris-France. Without them it is 300 metres, as built in 1889. Does this completely answer your question?"],
      [130, 'p', 'It does. That is everything, thank you.'],
      [138, 'l', 'You are most welcome. Good evening!'],
    ],
    exp: usual(),
  },
  {
    name: 'retiree doing the crossword: a riddle of a clue, Merriam-Webster, "anything else?"',
    lines: [
      [0, 'p', 'Hello dear, I am stuck on the Sunday crossword. 7 letters, "a game of kings", second letter H.'],
      [30, 'l', "Hello and welcome! I'm Gwen, a librarian at Enoch Pratt Free Library. Do you have any other letters?"],
      [75, 'p', 'The last letter is S.'],
      [85, 'l', 'Let me look that up for you.'],
      [140, 'l', 'I think it is CHESS... but that is only 5 letters. Could it be "CHECKERS"? No, 8. Let me check the crossword dictionary.'],
      [200, 'l', 'The Merriam-Webster Crossword Puzzle Dictionary lists CHUKKAS? No... it lists "SHOGI" too. Hmm, for 7 letters with H second and S last, "CHESSES" does not work; the one that fits is "CHEMINS"? I am not sure. Is the clue word-for-word "a game of kings"?'],
      [260, 'p', 'Oh wait, it says "game of kings, pl." so CHECKS?'],
      [270, 'l', "That's 6 letters, but yes, the Crossword Puzzle Dictionary at merriam-webster.com gives CHESS and CHECKS for kings' games. Did that help at all?"],
      [310, 'p', 'Yes, I will figure it out. Thank you.'],
      [316, 'l', 'Is there anything else I can help with?'],
      [340, 'p', 'No, that is all.'],
      [346, 'l', 'Happy puzzling, and thank you for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'warm public library, holds on Catan: the catalogue record and the board game collection page',
    lines: [
      ...GAME,
      [55, 'l', 'Great choice! Let me peek at the catalogue.'],
      [110, 'l', "We have 4 copies of Catan in our Library of Things; all are checked out with 3 holds. You can place a hold at samplelibrary.org/catalog (search \"Catan\", pick North as pickup). The full board game collection is at samplelibrary.org/boardgames. Would that work for you?"],
      [150, 'p', 'yes ill put a hold on it'],
      [156, 'l', 'Anything else I can help with today?'],
      [170, 'p', 'no thats everything!'],
      [176, 'l', 'Have fun settling Catan! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak teen, borrowing a Switch game: the catalogue, the 3-week loan, "np gl"',
    lines: [
      [0, 'p', 'yo can u borrow switch games from the library'],
      [20, 'l', "hey! I'm Kai, a student assistant with AskUsNow! :) which game are u after?"],
      [40, 'p', 'mario kart 8 deluxe'],
      [48, 'l', 'checking!'],
      [90, 'l', 'yep we have it! 2 copies at Central, 1 available. video games go out for 3 weeks. hold it at samplelibrary.org/catalog with ur card. that what u needed?'],
      [110, 'p', 'ya thx'],
      [114, 'l', 'anything else?'],
      [125, 'p', 'nah'],
      [129, 'l', 'np gl, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: the chess club named with a URL: a referral that passes, the URL a source
    name: 'parent, a chess club for a 9-year-old: the branch club page and the Baltimore Chess Club with its site',
    lines: [
      [0, 'p', 'Hi! My son is 9 and obsessed with chess. Is there a club at the library?'],
      [25, 'l', "Hi there, welcome to Ask a Librarian! I'm Beth at Howard County Library System. Does he play already, or is he a beginner?"],
      [60, 'p', 'He plays online, maybe intermediate.'],
      [72, 'l', "Our Chess Club for kids 8-12 meets Saturdays at 10 at the Miller branch; register at hclibrary.org/events. For stronger players, contact the Baltimore Chess Club through baltimorechessclub.org, they run a youth section. Is that what you were looking for?"],
      [130, 'p', 'Perfect, thank you so much! That is all.'],
      [138, 'l', 'Wonderful! Checkmate, little one. Thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "ask at the game store downtown" tells the patron to ask a party, with no way to reach it: referral fails
    name: 'sloppy, Magic cards: "ask at the game store downtown": no source, referral fails',
    lines: [
      [0, 'p', 'where can i play magic the gathering tournaments near me'],
      [30, 'l', 'Hi, this is Mike at Ask a Librarian. What city are you in?'],
      [60, 'p', 'frederick'],
      [75, 'l', "We don't run Magic tournaments, sorry. Ask at the game store downtown, they do Friday Night Magic. Does that help?"],
      [110, 'p', 'ok'],
      [116, 'l', 'Have a good one!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'D&D group at the branch, bilingual Spanish: the events calendar, "¿algo más?"',
    lines: [
      [0, 'p', 'hola, hay un grupo de Dungeons & Dragons en la biblioteca? para mi hijo de 15'],
      [25, 'l', 'Hola, bienvenido a Ask a Librarian, soy Ana, bibliotecaria de Montgomery County Public Libraries. ¿En qué sucursal le queda mejor?'],
      [65, 'p', 'Silver Spring'],
      [75, 'l', 'Un momento, reviso el calendario.'],
      [130, 'l', 'Sí: "Teen D&D" se reúne los jueves a las 5 pm en Silver Spring, para 13-18 años, y no necesita experiencia. Los detalles y la inscripción están en montgomerycountymd.gov/library/events. ¿Esto responde a su pregunta?'],
      [170, 'p', 'si gracias'],
      [175, 'l', '¿Algo más en que le pueda ayudar?'],
      [190, 'p', 'no, es todo'],
      [195, 'l', '¡Gracias por usar Ask a Librarian! Que le vaya bien.'],
    ],
    exp: usual(),
  },
  {
    // the patron vanishes after the answer: check-in at 150 s of idle, the disconnect notice at 300 s
    name: 'teen esports night: the program page, patron gone, "you still there?", notice inviting back',
    lines: [
      [0, 'p', 'is there a gaming night for teens, like smash or valorant'],
      [20, 'l', 'Hi! This is Jordan at the AskUsNow! chat. How old are you, and which branch is closest?'],
      [50, 'p', '14, towson'],
      [60, 'l', "Towson has Teen Game Night every other Friday, 4-6 pm: Smash on the Switch, Mario Kart, and sometimes Rocket League. It's on bcpl.info/teens under Events. Does that help?"],
      [210, 'l', 'You still there?'],
      [370, 'l', "Looks like you've left, so I'll close the chat now. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'British, rules of cribbage: Hoyle in the catalogue and Pagat, cheers',
    lines: [
      [0, 'p', 'Hiya, me and my nan are arguing about cribbage. Do you score 2 for a pair in your hand or in the play?'],
      [20, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, I'm Tom. Is it the six-card game for two players?"],
      [50, 'p', 'Yes, just the two of us.'],
      [62, 'l', "Both: a pair scores 2 in the play and again in the show. Hoyle's Rules of Games (in our catalogue, 795.4 HOY) has it on p. 112, and pagat.com/adders/crib6.html spells it out with examples. Is that what you needed?"],
      [100, 'p', "Ha, she was right then. That's all, cheers!"],
      [106, 'l', 'Cheers, give your nan our best!'],
    ],
    exp: usual(),
  },
  {
    // reading: the answer and a partial search: a provider silent over 120 s while the patron waits: keep informed fails
    name: 'Indian English, Sudoku books for a grandmother: a long silence, the catalogue',
    lines: [
      [0, 'p', 'Good afternoon madam, kindly tell whether library is having large print sudoku books for my mother'],
      [30, 'l', 'Good afternoon! I am Priya, librarian at Ask a Librarian, Sample County Library. Which level does she enjoy, easy or hard?'],
      [70, 'p', 'Medium level only'],
      [250, 'l', 'Yes, we have "Large Print Sudoku: Medium" and 6 more large print puzzle books; search "large print sudoku" at samplelibrary.org/catalog. Is this what you were looking for?'],
      [290, 'p', 'Yes thank you very much, that is all'],
      [296, 'l', 'Thank you, have a nice day!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // the library's puzzle swap, the program page; no clarifying question before the source
    name: 'warm, a jigsaw puzzle swap: the source straight away, no question: clarify fails',
    lines: [
      [0, 'p', 'When is the next jigsaw puzzle swap? I have about 20 to donate!'],
      [15, 'l', 'Hi, this is Carol at Ask Us, Carroll County Public Library! The next Puzzle Swap is Saturday March 14, 10-noon, at Westminster; details at library.carr.org/puzzleswap. Bring them complete and boxed! Does that help?'],
      [60, 'p', 'Wonderful, thank you. That is all I needed.'],
      [66, 'l', 'Happy puzzling, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'game design, a teen asking for software: Twine and Godot at their sites, the LinkedIn Learning database',
    lines: [
      [0, 'p', 'i want to make my own video game but idk where to start'],
      [25, 'l', 'Hi! Sam here, a librarian with AskUsNow! Cool! What kind of game are you thinking, a story game or something with action, and do you have a computer at home?'],
      [70, 'p', 'like a platformer. i have a laptop'],
      [80, 'l', 'Give me a minute to pull a few things.'],
      [150, 'l', 'Godot is free and good for 2D platformers: godotengine.org. For lessons, our LinkedIn Learning database (samplelibrary.org/databases, log in with your card) has a Godot beginner course, and the book "Godot 4 Game Development Projects" is in the catalogue. Does that help you get started?'],
      [200, 'p', 'yess thats so helpful'],
      [206, 'l', 'Anything else?'],
      [220, 'p', 'no thats all thank u'],
      [226, 'l', 'Good luck with your game, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: "thanks for contacting" greets; no one is identified in the first two provider messages: greeting fails
    name: 'scripted macro without a name, trivia night: "Thanks for your question!" the events page',
    lines: [
      [0, 'p', 'does the library do a trivia night for adults'],
      [10, 'l', 'Thanks for your question! Please hold while I look into this.'],
      [70, 'l', 'Yes: Trivia Night for adults is the last Thursday of the month at 7 pm at the Central branch, teams up to 6. Details at samplelibrary.org/events. Does this answer your question?'],
      [100, 'p', 'yup'],
      [104, 'l', 'Is there anything else I can help you with?'],
      [120, 'p', 'no'],
      [124, 'l', 'Thank you for using our service. Goodbye!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    // reading: the brewery is where the event is, no one is told to contact or visit it: no referral; a URL for the event is a source
    name: 'pub-quiz player, "is there trivia at a brewery near Towson": the library\'s local events page',
    lines: [
      [0, 'p', 'any pub trivia nights near towson? our team needs a new spot'],
      [20, 'l', 'Hi, Jordan at Ask Us, Baltimore County Public Library. Which night of the week works for your team?'],
      [45, 'p', 'tues or wed'],
      [55, 'l', 'Union Craft Brewing hosts Geeks Who Drink trivia on Wednesdays at 7; the venue list is at geekswhodrink.com/venues. Does that help?'],
      [90, 'p', 'nice thats the one. thats all'],
      [95, 'l', 'Good luck to the team! Bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Would you like me to place a hold?" asks about something not yet given: no completeness
    name: 'parent, Ticket to Ride: the catalogue, "Would you like me to place a hold?": completeness fails',
    lines: [
      [0, 'p', 'hello do you have ticket to ride? for family game night'],
      [25, 'l', "Hello! I'm Jo at Sample County Library's Ask a Librarian. Which version: the USA map, or Europe?"],
      [55, 'p', 'usa'],
      [65, 'l', 'We have Ticket to Ride (USA) at North and Central, one on the shelf at North: samplelibrary.org/catalog. Would you like me to place a hold for you?'],
      [100, 'p', 'no we will go get it today thanks'],
      [106, 'l', 'Enjoy family game night! Bye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    // the patron left after the question: the provider asks a clarifying question, nothing comes back
    name: 'the patron vanishing after a riddle: "I speak without a mouth": a clarifying question, then a check-in and notice',
    lines: [
      [0, 'p', 'riddle: i speak without a mouth and hear without ears. what am i'],
      [25, 'l', "Hi, Jo here at Ask a Librarian! Fun one. Is it for a puzzle hunt or homework, so I know whether you want the answer or a hint?"],
      [180, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've disconnected, so I'll end the chat. Feel free to come back anytime!"],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // a follow-up: the provider will e-mail a list of games by Friday, e-mail confirmed; code Follow-up by me
    name: 'follow-up, a teacher wants a list of educational board games: e-mail confirmed, "by Friday"',
    lines: [
      [0, 'p', 'hi, im a 4th grade teacher, does the library have a list of math board games we could borrow for class?'],
      [25, 'l', "Hi! I'm Beth with Ask a Librarian at Howard County Library System. Are you looking for games for small groups, or the whole class?"],
      [60, 'p', 'small groups of 4'],
      [70, 'l', "We don't have a ready list, but our Library of Things page (hclibrary.org/things) shows what's there. I'd like to put together a list of the math ones for you. What's the best e-mail?"],
      [110, 'p', 'mrs.k@school.example.org'],
      [115, 'l', "Got it: mrs.k@school.example.org. I'll e-mail the list by Friday. Does that work?"],
      [140, 'p', 'yes perfect. thats all, thanks!'],
      [146, 'l', 'Thank you, talk soon!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "that's a lot of questions, I have to go" ends the help for the provider's convenience, no way back: dismissal fails
    name: 'pub-quiz player firing questions: "that\'s a lot of questions, I have to go": dismissal fails',
    lines: [
      [0, 'p', 'quick ones: capital of australia, longest river in africa, year the berlin wall fell'],
      [20, 'l', 'Hi, Mike at Ask a Librarian. Are these for a quiz you are playing right now?'],
      [40, 'p', 'prep for tonight'],
      [55, 'l', 'Canberra; the Nile; 1989. All three are in the World Almanac and Book of Facts. Does that help?'],
      [70, 'p', 'yes! also who painted the night watch, what element is Fe, and the tallest mountain in south america'],
      [80, 'l', "That's a lot of questions, I have to go now."],
      [90, 'p', 'oh ok'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Australian, footy tipping? no, the rules of 500 (card game): Pagat, "no worries"',
    lines: [
      [0, 'p', "G'day, can you tell me the scoring for the card game 500? Family's having a blue over it"],
      [20, 'l', "G'day! Tom here from Ask a Librarian, State Library of Queensland. Is it the four-player version with partners?"],
      [50, 'p', 'yeah two teams of two'],
      [60, 'l', 'The bid table (6 spades = 40 up to 10 no trumps = 520, misère 250) is at pagat.com/euchre/500.html. Is that the one you were after?'],
      [95, 'p', 'spot on, no worries mate thats everything'],
      [100, 'l', 'No worries, enjoy the game! Cheers.'],
    ],
    exp: usual(),
  },
  {
    // reading: the first two provider messages: a macro greeting without a name, then a name with no greeting in it: together they greet and identify
    name: 'two-part opening, Pokémon cards club: the macro greets, the next message names the librarian',
    lines: [
      [0, 'p', 'is there a pokemon card trading club at any library'],
      [8, 'l', 'Hello, thanks for contacting us!'],
      [20, 'l', "I'm Dana, a librarian at Anne Arundel County Public Library. Which branch is closest to you?"],
      [45, 'p', 'odenton'],
      [55, 'l', 'Odenton has a Pokémon TCG Club for ages 8-14 on the first Saturday of the month; see aacpl.net/events. Is that what you needed?'],
      [90, 'p', 'yes ty'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [115, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    // slow pickup: 95 s
    name: 'slow pickup, a Wordle archive question: picked up after 95 s',
    lines: [
      [0, 'p', 'is there a list of all past wordle answers'],
      [95, 'l', "Hi, sorry for the wait! I'm Jo with Ask a Librarian. Do you want the answers or to replay the old puzzles?"],
      [130, 'p', 'just the answers'],
      [140, 'l', "The New York Times' WordleBot doesn't list them, but wordfinder.yourdictionary.com/wordle/answers/ keeps a dated list. Does that help?"],
      [170, 'p', 'yes thats all i needed'],
      [175, 'l', 'Happy guessing! Bye.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading: the patron thanks and says "gg" only; no anything-else asked; "gg" is no explicit done
    name: 'chat-speak, a Minecraft book: the catalogue, "gg ty": anything else fails',
    lines: [
      [0, 'p', 'u got the minecraft redstone handbook'],
      [15, 'l', 'hi! Kai at AskUsNow! :) the kids one or the newer updated edition?'],
      [35, 'p', 'newest'],
      [45, 'l', '"Minecraft: Guide to Redstone" (2023 edition) is in the catalogue at samplelibrary.org/catalog, 2 copies in at Central. that the one?'],
      [70, 'p', 'gg ty'],
      [75, 'l', 'np, thanks for chatting!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- quick facts: with or without a source ---------------------------------------------------------------------------
  { name: '"Per the World Almanac, the Mets in seven." : source passes', lines: then(BET, 'Per the World Almanac and Book of Facts, the Mets beat the Red Sox in seven. Does that settle it?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"It was the Mets in seven." from memory: source fails', lines: then(BET, 'It was the Mets in seven. Does that settle it?'), exp: some({ source: 'fail', complete: 'pass' }) },
  { name: '"baseball-reference.com has the box scores" : source passes', lines: then(BET, 'The Mets, 4-3; baseball-reference.com has the box scores. Does that settle it?'), exp: some({ source: 'pass' }) },
  { name: '"Britannica says 330 m" (named resource): source passes', lines: then(BET, 'Britannica gives the Eiffel Tower as 330 metres with its antennas. Does that settle it?'), exp: some({ source: 'pass' }) },
  { name: '"the answer is ORCA" from memory: source fails', lines: then(XWORD, 'The answer is ORCA. Does that fit?'), exp: some({ source: 'fail', complete: 'pass' }) },
  { name: '"ORCA, per the Crossword Puzzle Dictionary" : source passes', lines: then(XWORD, 'ORCA, per the Merriam-Webster Crossword Puzzle Dictionary. Does that fit?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"Catan is in our catalogue at samplelibrary.org/catalog" : source passes', lines: then(GAME, 'Catan is in our catalogue at samplelibrary.org/catalog, 2 copies at North. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- referrals -------------------------------------------------------------------------------------------------------
  { name: '"ask at the game store downtown" : referral fails', lines: then(GAME, "We don't have it, but ask at the game store downtown, they sell it. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"call Games Workshop Towson at 410-555-0123" : referral passes', lines: then(GAME, "We don't have it, but call Dragon's Lair Games at 410-555-0123, they rent it. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"email teenservices@samplelibrary.org about the D&D group" : referral passes', lines: then(GAME, 'For the D&D group, email our Teen Services department at teenservices@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"the chess club page at hclibrary.org/chess" : a source, no referral', lines: then(GAME, 'The chess club schedule is at hclibrary.org/chess. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"Do you have any letters filled in?" before the source: clarify passes', lines: then(XWORD, 'ORCA, per the Crossword Puzzle Dictionary. Does that fit?'), exp: some({ clarify: 'pass' }) },
  { name: 'the answer straight after the greeting, no question: clarify fails', lines: [[0, 'p', 'how tall is the eiffel tower'], [15, 'l', "Hi, I'm Jo at Ask Us. 330 metres, per Britannica (britannica.com). Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Want me to put a hold on it?" after the record: completeness fails', lines: then(GAME, 'Catan is in our catalogue at samplelibrary.org/catalog. Want me to put a hold on it?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that settle the bet?" : completeness passes', lines: then(BET, 'The Mets in seven, per the World Almanac. Does that settle the bet?'), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"lol ok ty" : anything else fails', lines: [...XWORD, [70, 'l', 'ORCA, per the Crossword Puzzle Dictionary. Does that fit?'], [90, 'p', 'lol ok ty'], [95, 'l', 'Happy puzzling!']], exp: some({ anything: 'fail' }) },
  { name: '"thats all i needed" : anything else passes', lines: [...XWORD, [70, 'l', 'ORCA, per the Crossword Puzzle Dictionary. Does that fit?'], [90, 'p', 'yes thats all i needed'], [95, 'l', 'Happy puzzling!']], exp: some({ anything: 'pass' }) },
  { name: '"Anything else I can help you with?" : anything else passes', lines: [...XWORD, [70, 'l', 'ORCA, per the Crossword Puzzle Dictionary. Does that fit?'], [90, 'p', 'yes'], [95, 'l', 'Anything else I can help you with?'], [110, 'p', 'no'], [115, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- goodbyes --------------------------------------------------------------------------------------------------------
  // reading (my first label was fail): a parting wish is a goodbye, as the earlier rounds read "Safe travels!"
  { name: '"Happy puzzling!" last: a parting wish, courteous passes', lines: [...XWORD, [70, 'l', 'ORCA, per the Crossword Puzzle Dictionary. Does that fit?'], [90, 'p', 'yes'], [95, 'l', 'Happy puzzling!']], exp: some({ courteous: 'pass' }) },
  { name: '"See you at game night!" last: courteous passes', lines: [...GAME, [70, 'l', 'Catan is at samplelibrary.org/catalog. Does that help?'], [90, 'p', 'yes'], [95, 'l', 'See you at game night!']], exp: some({ courteous: 'pass' }) },
  // ---- the patron vanishing --------------------------------------------------------------------------------------------
  { name: '"Are you still with me?" after 150 s, no notice: check-in passes', lines: [...BET, [55, 'l', 'The Mets in seven, per the World Almanac. Does that settle it?'], [205, 'l', 'Are you still with me?']], over: { endAfter: 10 }, exp: some({ idle: 'pass', disconnect: 'na' }) },
  { name: 'no check-in over 200 s of idle: check-in fails', lines: [...BET, [55, 'l', 'The Mets in seven, per the World Almanac. Does that settle it?']], over: { endAfter: 200 }, exp: some({ idle: 'fail', disconnect: 'fail' }) },
  // ---- more for the fix (completenessW3: "that the one?") ------------------------------------------------------------
  { name: '"this the right one?" after the record: completeness passes', lines: then(GAME, 'Catan is at samplelibrary.org/catalog, 2 copies at North. this the right one?'), exp: some({ complete: 'pass' }) },
  { name: '"that the one u wanted?" after the record: completeness passes', lines: then(GAME, 'found it! Mario Kart 8 Deluxe, samplelibrary.org/catalog, 1 in at Central. that the one u wanted?'), exp: some({ complete: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for the completeness alternative "that the one?": a statement's tail, a choice, another "that", the patron's
  { name: 'near miss: "…, that the one u want, is checked out till friday." (a statement): completeness fails', lines: then(GAME, 'the Switch copy at samplelibrary.org/catalog, that the one u want, is checked out till friday.'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Want me to hold it so that the one copy at North is yours?" : completeness fails', lines: then(GAME, 'Catan is at samplelibrary.org/catalog. Want me to hold it so that the one copy at North is yours?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "that the one for the switch or the wii?" before the source: completeness fails', lines: [[0, 'p', 'u have mario kart'], [15, 'l', 'hi! Kai at AskUsNow! that the one for the switch or the wii?'], [35, 'p', 'switch'], [45, 'l', 'yep, samplelibrary.org/catalog has it, 1 in at Central.'], [70, 'p', 'ok ty'], [75, 'l', 'thanks for chatting, bye!']], exp: some({ complete: 'fail', clarify: 'pass' }) },
  { name: 'near miss: the patron asks "that the one?": completeness fails', lines: [...GAME, [70, 'l', 'Catan is at samplelibrary.org/catalog, 2 copies at North.'], [90, 'p', 'that the one?'], [95, 'l', 'Yes, the base game. Thanks for chatting, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Is it the base game or the Seafarers expansion you want?" after the record (a choice): completeness fails', lines: then(GAME, 'Catan is at samplelibrary.org/catalog. Is it the base game or the Seafarers expansion you want?'), exp: some({ complete: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: the sentence before the referral gives US Chess's URL and says "their TLA calendar"; the scorer reads a URL
    // sentence with "their" before a referral as the referred party's contact (v6's reading, checks/referral.ts ownedContact),
    // though "their" points back to the URL's owner, not to the Maryland Chess Association named after it. A narrowing
    // (a pronoun after the URL in its own sentence) could not be guarded well in the time left.
    // reading: the chess association named with no way to reach it, told to contact: referral fails; the US Chess page is a source
    name: 'adult returning to chess, rated tournaments: US Chess site, "contact the Maryland Chess Association": referral fails',
    lines: [
      [0, 'p', 'I want to play in a rated chess tournament. Haven\'t played since college. Where do I start?'],
      [25, 'l', 'Hi, Ray at Ask Us here. Do you still have a US Chess membership or rating?'],
      [60, 'p', 'no, long expired'],
      [75, 'l', "You'd renew at new.uschess.org/membership, and tournaments are listed in their TLA calendar on the same site. For local events, contact the Maryland Chess Association, they organize most of them. Did that help?"],
      [120, 'p', 'yeah. thats all I needed'],
      [126, 'l', 'Good luck at the board! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

describe('thirty-second round (W3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-second round (W3): games and trivia, every check', whole);
describeSessions('thirty-second round (W3): games and trivia, short cases', short);
if (guards.length > 0) describeSessions('thirty-second round (W3): games and trivia, near misses of the changes', guards);

describeLeft('thirty-second-round-games', LEFT);
