/**
 * Forty-fourth round, checked: READY REFERENCE AND QUICK FACTS. Whole short and medium sessions of public and college
 * library chat services (statewide cooperatives, 24/7 services, a British authority, a Spanish-language service): settle-a-bet
 * questions, who said a quotation, dates of events, conversions, population, height and distance figures, word origins,
 * crossword clues, song lyrics, addresses of famous places, "what year did …", fact-checking viral claims; providers who
 * answer from almanacs, dictionaries, handbooks, databases and reliable websites, some who give the bare fact with no source;
 * patrons who reply "k thx" and leave, or ask a second, third and fourth question in the same chat. Every one of the 17
 * checks labelled in every session before it was run.
 *
 * SHAPES TRIED:
 *  opening: a greeting that is also a hold ("Fun one, let me check."); greeting + answer in one message; a queue with a
 *   patron "hello??" and pickup at 95 s; pickup at 62 s; a screen name and a bare "Hi!"; "you've reached the library's chat
 *   reference service" naming only the service; Spanish "Soy Marta, bibliotecaria del servicio …"; `pickedUpAt` at 30 s
 *   with the first visible word at 170 s;
 *  sources: a URL or domain (quoteinvestigator.com, census.gov/quickfacts, snopes.com, nist.gov, nasa.gov/es …); a named book
 *   (The World Almanac, Merriam-Webster's Collegiate, the CRC Handbook, the Chicago Manual of Style, Isaacson's biography,
 *   Polk's city directory); "Wikipedia's Astana article"; "according to Google Maps" (an app named only); "Checking our
 *   almanac..." (a resource named by kind only); bare facts with no source ("1937.", "November 9, 1989");
 *  inquiry: letters of a crossword asked first; "Is that Europe including Russia?"; a restatement ("So you need the opening
 *   date."); the only question in the same message as the source ("Are you measuring with US cups? A liter is … per NIST");
 *  waits: holds every 70-114 s through a long search; a hold span of exactly 120 s (not longer); a second question answered
 *   152 s later with no word; the patron's own "hang on" followed by 207 s with no provider message; a hold, the patron
 *   leaving, the answer 264 s after the hold; 140 s after a recorded pickup before the first word;
 *  endings: "k thx" and a system "Patron has left"; "no ty" as the last word; "thats the lot, cheers!"; "no eso es todo";
 *   "ok i think i can finish it"; goodbyes "Night!", "cheerio!", "Take care!", "You're welcome!" alone; a check-in and a
 *   notice that is also the goodbye; a check-in then "Closing the chat now."; a goodbye 152 s into the final idle with no
 *   check-in; "Are you still there? If not, thanks for chatting and goodbye!" (not a goodbye by Terms, so the idle runs to the
 *   end); a notice + thanks with no check-in; a check-in only, the system ending the chat at 185 s;
 *  limits: "you've reached the limit of questions for one chat session" (fails); "several other patrons waiting … come back
 *   later … Feel free to chat in again" (allowed);
 *  follow-ups: by me, e-mail given and repeated, "by Friday", done in 30 h; a promise in passing ("I'll email you what it
 *   says") coded Answered, no time (pending); by phone, read back, "within 72 hours" (pending); by the patron's library with
 *   no contact anywhere (day 5: fails); the e-mail from `patron.email` read back, "by tomorrow afternoon", done after 80 h;
 *  referrals: "he can mail it to: The White House, <postal address>"; "the Elm Grove Historical Society would know more, give
 *   them a call" (no contact, the library's own URL in the message before); the Louvre's address given as a fact (no
 *   referral); "I'm passing this to the Waverly Public Library; someone from your library will contact you" (no referral);
 *  codes, transfer, concurrency: a true Lost Call (patron gone before pickup); the patron finding the answer herself before
 *   pickup ("nvm found it, 716"); a transfer with notice and note; four chats at once; three at most with one ending as this
 *   starts and one starting as it ends.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "according to Google Maps" names an app with no way to reach it (info.source: not a source); "Checking our almanac..."
 *   names a kind of book, not a resource (not a source); "Wikipedia's Astana article", "Polk's Millbrook City Directory" and
 *   "Isaacson's biography Einstein: His Life and Universe" are named resources;
 * - a question in the same message that gives the first source is not "before the first message that gives a source"
 *   (inquiry.clarify fails when it is the only one);
 * - a patron message ("hang on she wants to know something too") starts a wait on the provider even when the patron says
 *   she will be back: 207 s with no provider word fails keep_informed (Terms: waiting on the provider "begins at a patron
 *   message"); a hold span ended by a provider message after the patron left is a closed span (fails at 264 s);
 * - with `pickedUpAt` recorded, the part of the first wait after it is a wait on the provider after pickup (140 s: fails);
 * - the final idle starts at the greeting when the patron wrote only the opening question (the greeting is the first
 *   non-hold provider message after the patron's last);
 * - "Night!", "cheerio!" and "Take care!" say goodbye; "You're welcome!" alone neither thanks, says goodbye nor invites back;
 *   "Thank you!" thanks the patron (courteous, and a goodbye that ends the final idle);
 * - "thats the lot", "that's all we needed", "no eso es todo", "yep thats all i need" say the patron is done; "ok i think i
 *   can finish it" and "k thx" do not ("nah" and "no ty" answer an "Anything else?", so they are moot);
 * - "Is that enough for your poster?", "Does that settle the bet?", "Do those cover everything for your quiz?", "Is that the
 *   building you meant?" ask whether what was given meets the need; "Could I email you what I find?" and "Can I call you with
 *   what I find?" ask about something not yet given;
 * - "he can mail it to: The White House, <address>" tells the patron (for her son) to write to an organisation: a referral
 *   (Terms: "call, write to, ask or visit them"), reached by its postal address; giving the Louvre's address as the answer,
 *   with no instruction to write, is no referral;
 * - "I'll email you what it says" (after "I'd like to double check that against the printed 1900 volume") is a promise to send
 *   more later: a follow-up session;
 * - "Glad you found it! Come back anytime." after the patron's "nvm found it" is a goodbye, so there is no substantive
 *   exchange (information checks na).
 *
 * COUNTS. Written: 38 whole sessions, all 17 checks labelled in each before it was run: a first batch of 34 and a second of 4
 * (35-38, written after the first run to cover a recorded pickup, a patron who finds the answer herself, a concurrency
 * boundary and a late follow-up; labelled before their own run). First run as labelled / disagreeing: 34 / 4 (first batch
 * 30 / 4, second 4 / 0). Label corrections: 0. Final: 34 running, 4 LEFT (below, one check each): info.source (a named city
 * directory not read as a source), closing.courteous ("Night!" not read as a goodbye), referral.contact twice (an earlier
 * URL of the library's own page lent to "the … Historical Society would know more, give them a call"; "he can mail it to: The
 * White House, <address>" read as no referral). The redaction equality of describeSessions holds for every running case
 * (patron e-mails and a phone in the chat, an e-mail in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 38 tests passed (4 through describeLeft).
 *
 * V45 (block K, read by this file's LEFT): "Night!" says goodbye (K1) and "Bartlett's Familiar Quotations credits it to
 * Franklin" / "Polk's … Directory lists" name a source (K23); 2 LEFT now (the Historical Society lent the library's URL,
 * the White House address).
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, T0, usual } from './helpers';
import { P, type Prov, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. Please wait for the next available librarian.`];

const JUNO: Prov = P('juno', 'Juno', 'A247');
const COLM: Prov = P('colm', 'Colm', 'RIVPL');
const DESK: Prov = P('desk3', 'RefDesk3', 'LIBCHAT');
const DANA: Prov = P('dana', 'Dana', 'WFLD');
const PRIYANKA: Prov = P('priyanka', 'Priyanka', 'IFPL');
const SAM: Prov = P('samk', 'Sam K', 'OPPL');
const MARG: Prov = P('marguerite', 'Marguerite', 'LVCL');
const EZRA: Prov = P('ezra', 'Ezra', 'AUN');
const RUTH: Prov = P('ruthd', 'Ruth', 'DUNPL');
const ANDRE: Prov = P('andre', 'Andre', 'MAPL');
const OKAFOR: Prov = P('okafor', 'Ms. Okafor', 'EGL');
const LOU: Prov = P('lou', 'Lou', 'HCL');
const GABE: Prov = P('gabe', 'Gabe', 'ASKCO');
const TERESA: Prov = P('teresa', 'Teresa', 'MBPL');
const BEV: Prov = P('bev', 'Bev', 'ASKKY');
const MAX: Prov = P('max', 'Max', 'CCPL');
const NELL: Prov = P('nell', 'Nell', 'FVL');
const JAMAL: Prov = P('jamal', 'Jamal', 'AUS');
const SIOBHAN: Prov = P('siobhan', 'Siobhan', 'KIRK');
const WREN: Prov = P('wren', 'Wren', 'A247');
const SCREEN: Prov = P('chat7', 'chat-op-7', 'UNIV');
const MARTA: Prov = P('marta', 'Marta', 'SPFLD');
const PETE: Prov = P('pete', 'Pete', 'AUS');
const HANNAH: Prov = P('hannah', 'Hannah', 'BRKS');
const KOFI: Prov = P('kofi', 'Kofi', 'EGPL');
const CHRIS: Prov = P('chrisq', 'Chris', 'AUS');
const TESS: Prov = P('tess', 'Tess', 'GFPL');
const AHMED: Prov = P('ahmed', 'Ahmed', 'AAL');
const DEV: Prov = P('dev', 'Dev', 'CARR');
const INES: Prov = P('ines', 'Ines', 'AUN');
const GLORIA: Prov = P('gloria', 'Gloria', 'HFL');
const LEO: Prov = P('leo', 'Leo', 'A247');
const BEA: Prov = P('bea', 'Bea', 'AUN');
const RAY: Prov = P('ray', 'Ray', 'SVPL');

export const quick: SessionCase[] = [
  // 1 settle a bet, the answer from an almanac, "k thx", a goodbye
  s(JUNO, 'bet (tallest president): greeting + "let me check", World Almanac, "Does that settle it?", "k thx"', [
    [0, 'p', 'settle a bet pls - who was the tallest president? my bro says washington'],
    [35, 'l', 'Hi! This is Juno, a librarian with Ask Us 24/7. Fun one, let me check.'],
    [110, 'l', "Abraham Lincoln, at 6 ft 4 in. Washington was about 6 ft 2. Source: the presidents section of The World Almanac and Book of Facts 2024, which lists every president's height."],
    [116, 'l', 'Does that settle it?'],
    [140, 'p', 'HA i win. k thx'],
    [146, 'l', 'Enjoy your victory! Thanks for chatting 🙂'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 2 who said it: a quotation site with URL, a clarifying question, patron says she is done
  s(COLM, 'quotation ("be the change"): queue, clarify, hold 109 s, Quote Investigator URL, "that\'s all I needed"', [
    [0, 'p', "Who actually said 'Be the change you wish to see in the world'? Putting it on a poster and don't want to get it wrong."],
    queue(5),
    [48, 'l', 'Good afternoon, and welcome to the Ask a Librarian service at Riverside Public Library. My name is Colm.'],
    [55, 'l', 'Before I dig in: do you need a citation you can print on the poster, or just to know who to credit?'],
    [90, 'p', 'just who to credit, but a citation would be nice too'],
    [96, 'l', 'Right, give me a couple of minutes with the quotation sources.'],
    [205, 'l', "It's usually credited to Gandhi, but he never wrote those exact words. Quote Investigator traced it (quoteinvestigator.com/2017/10/23/be-change/): the closest thing he wrote is a 1913 passage saying that if we could change ourselves, the tendencies in the world would also change. The short snappy version shows up from the 1970s on."],
    [212, 'l', "So most careful sources credit it as 'attributed to Gandhi'. Is that enough for your poster?"],
    [260, 'p', "perfect, that's all I needed. thank you!"],
    [266, 'l', 'My pleasure, good luck with the poster. Goodbye!'],
  ], usual()),

  // 3 a bare date, no source, "k thx" and gone
  s(DESK, 'date (Hindenburg): the bare fact, no source, no question; "k thx" and the patron leaves', [
    [0, 'p', 'what year did the hindenburg crash'],
    [22, 'l', "Hi there, you've reached the library's chat reference service."],
    [30, 'l', '1937. May 6, 1937, at Lakehurst, New Jersey.'],
    [45, 'p', 'k thx'],
    left(50),
  ], usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' })),

  // 4 conversion: the only question sits in the message that gives the source
  s(DANA, 'conversion (liter to cups): "Are you measuring with US cups? ... per NIST" in one message, then "Did that solve it?"', [
    [0, 'p', 'how many cups in a liter? recipe is from a british site'],
    [18, 'l', "Hello! I'm Dana at the Westfield Library reference desk."],
    [40, 'l', "Are you measuring with US cups? A liter is about 4.2 US cups (1 US cup = 236.6 mL), per NIST's metric kitchen page at nist.gov/pml/owm/metric-kitchen."],
    [70, 'p', 'yes US cups. great'],
    [76, 'l', 'Did that solve the recipe problem?'],
    [95, 'p', 'yep thank you!'],
    [100, 'l', 'Anytime, come back if another recipe stumps you. Happy baking!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 5 population: second question answered 152 s later with no word in between
  s(PRIYANKA, 'population (Boise, then Meridian): Census QuickFacts; the second answer 152 s after "and meridian?"', [
    [0, 'p', 'whats the population of boise idaho'],
    [30, 'l', "Hi, thanks for contacting AskAway! I'm Priyanka, a librarian at Idaho Falls Public Library."],
    [38, 'l', 'Do you want the city itself or the whole Boise metro area?'],
    [70, 'p', 'city'],
    [95, 'l', "The Census Bureau's latest estimate for Boise city is about 237,000 (July 2023). That's on census.gov/quickfacts, type Boise city in the search box."],
    [110, 'p', 'and meridian?'],
    [262, 'l', 'Meridian city: about 139,000 for July 2023, same QuickFacts page.'],
    [270, 'l', 'Do those numbers cover what you need?'],
    [300, 'p', 'yep thats all i need, its for a school thing'],
    [306, 'l', 'Great, good luck with the assignment. Bye!'],
  ], usual({ informed: 'fail' })),

  // 6 distance: "according to Google Maps" is an app named with no way to reach it
  s(SAM, 'distance (Chicago to St. Louis): "according to Google Maps" only; "Anything else?"', [
    [0, 'p', 'how far is it from chicago to st louis driving'],
    [15, 'l', 'Hey! Sam from Ask a Librarian at Oak Park Public Library here.'],
    [20, 'l', 'One sec.'],
    [70, 'l', 'About 297 miles on I-55, roughly 4.5 hours without traffic, according to Google Maps.'],
    [90, 'p', 'cool ty'],
    [95, 'l', 'Sure thing! Anything else?'],
    [120, 'p', 'nah'],
    [125, 'l', 'Have a good trip, bye!'],
  ], usual({ clarify: 'fail', source: 'fail', complete: 'fail' })),

  // 7 word origins: pickup 62 s; a second word; a hold span of exactly 120 s
  s(MARG, 'word origin (quarantine, sabotage): pickup 62 s, OED and etymonline, hold span exactly 120 s', [
    [0, 'p', 'Hello, where does the word quarantine come from? My daughter says it has to do with the number 40.'],
    [62, 'l', "Good evening! You've got Marguerite, reference librarian at Lakeview College Library."],
    [70, 'l', "Your daughter's on the right track. Is this for curiosity or for something you need to cite?"],
    [110, 'p', 'Curiosity, and to prove her wrong maybe lol'],
    [118, 'l', 'Let me look it up in the OED.'],
    [230, 'l', "Sorry, she's right! The Oxford English Dictionary (OED Online, free with your card from our Databases A-Z page) traces it to Italian quaranta giorni, forty days: the time ships from plague ports had to wait off Venice in the 1300s and 1400s. etymonline.com/word/quarantine tells the same story in short."],
    [236, 'l', 'Did that answer it?'],
    [290, 'p', "Ugh, fine. One more: 'sabotage'? Someone told me it's about wooden shoes."],
    [300, 'l', 'Checking that one too, hang on.'],
    [420, 'l', "That one is more legend than fact. Etymonline (etymonline.com/word/sabotage) has it from French saboter, 'to bungle, to walk noisily', from sabot, a wooden shoe, but the story of workers throwing shoes into machines came after the word."],
    [426, 'l', 'Anything else I can look up tonight?'],
    [470, 'p', "No that's it. Thanks!"],
    [476, 'l', 'Thank you for using Ask a Librarian, good night!'],
  ], usual({ pickup: 'fail' })),

  // 8 crossword: letters asked first; a second clue; no completeness question
  s(EZRA, 'crossword (IRIS, POE): "any letters filled in yet?", Merriam-Webster\'s Collegiate, invites back', [
    [0, 'p', "crossword help!! 'Greek goddess of the rainbow' 4 letters"],
    [12, 'l', 'Hi! Librarian Ezra here at Ask Us Now 🙂 any letters filled in yet?'],
    [40, 'p', 'second letter R i think'],
    [47, 'l', "IRIS. She's the messenger goddess and the rainbow in Greek myth; Merriam-Webster's Collegiate Dictionary has her under 'iris', and the part of the eye is named for her too."],
    [60, 'p', "fits!! ok another one, 'author of The Tell-Tale Heart', 3 letters"],
    [66, 'l', 'POE 😀 Edgar Allan Poe, 1843.'],
    [80, 'p', 'duh. ok i think i can finish it'],
    [86, 'l', 'Good luck! Come back if another one stumps you.'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 9 song lyrics: the patron never answers; a check-in, then a notice that is the goodbye
  s(RUTH, 'lyrics ("I bless the rains"): AllMusic, patron silent, "Are you still there?" at 215, notice + goodbye at 330', [
    [0, 'p', "theres a song from the 80s that goes 'I bless the rains down in...' something. what is it and who sings it"],
    [25, 'l', "Hello and welcome to Ask a Librarian! I'm Ruth from Dunmore Public Library."],
    [30, 'l', 'Easy one, I think. One moment while I confirm.'],
    [75, 'l', "It's 'Africa' by Toto, from their 1982 album Toto IV; the line is 'I bless the rains down in Africa.' AllMusic's page for the song (allmusic.com, search Toto Africa) has the release details."],
    [80, 'l', 'Is that the song you were thinking of?'],
    [215, 'l', 'Are you still there?'],
    [330, 'l', "It seems you may have disconnected, so I'll end this chat now. Thanks for visiting Ask a Librarian, and come back anytime!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 10 address of a famous place, the patron told to write there: a referral with a postal address
  s(ANDRE, 'address (White House) for a school letter: "he can mail it to ... 1600 Pennsylvania Avenue NW", whitehouse.gov/contact', [
    [0, 'p', "my son wants to write a letter to the president for a school project, what's the address"],
    [40, 'l', "Hi, I'm Andre, a librarian with the Maplewood Public Library's Ask Us chat. What a nice project!"],
    [46, 'l', 'Is he sending a paper letter, or would an online message work too?'],
    [85, 'p', 'paper, the teacher wants real letters'],
    [100, 'l', "Then he can mail it to: The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500. The White House's contact page (whitehouse.gov/contact) also has tips, like putting a return address on the letter so they can write back."],
    [106, 'l', 'Does that give you what you need?'],
    [130, 'p', 'yes! thats everything, thanks so much'],
    [136, 'l', "You're welcome, tell him good luck! Bye."],
  ], usual({ referral: 'pass' })),

  // 11 viral claim: two claims checked; the patron's "no ty" is the last word, no goodbye
  s(OKAFOR, 'viral claim (Einstein failed math): snopes.com, Isaacson\'s biography, "Anything else?", "no ty", no goodbye', [
    [0, 'p', 'is it true einstein failed math in school? saw it on facebook'],
    [20, 'l', 'Hi there! This is Ms. Okafor, teen librarian at Eastgate Library, on Ask Us chat.'],
    [26, 'l', 'Was the post saying he failed a math class, or that he failed an entrance exam? Those get mixed up a lot.'],
    [60, 'p', 'it said he failed math in high school'],
    [66, 'l', 'ok, checking a couple of reliable fact-check sites'],
    [180, 'l', "That one is false. Snopes covers it at snopes.com (search Einstein failed math): he had top marks in math and had taught himself calculus by about 15. The myth may come from the entrance exam for the Zurich Polytechnic he failed at 16; he did well in the math and science part but not the general sections."],
    [186, 'l', 'Does that help you answer the post?'],
    [240, 'p', 'yes lol. also was it true he couldnt talk until he was 4'],
    [250, 'l', "Partly! Walter Isaacson's biography Einstein: His Life and Universe says he was slow to start talking and his parents worried, but there's no firm age. So 'late talker' is fair, 'couldn't talk until 4' is a stretch."],
    [256, 'l', 'Anything else I can check for you?'],
    [290, 'p', 'no ty'],
  ], usual({ courteous: 'fail' })),

  // 12 a bare date; a goodbye 140 s after the completeness question, no check-in
  s(LOU, 'date (Berlin Wall): no source; "Does that answer your question?"; goodbye at 180, final idle 152 s, no check-in', [
    [0, 'p', 'When did the Berlin Wall come down?'],
    [28, 'l', 'Good morning, this is the Ask a Librarian service at Hartwell County Library. My name is Lou.'],
    [34, 'l', "November 9, 1989, the night the border crossings opened. The actual demolition went on through 1990."],
    [40, 'l', 'Does that answer your question?'],
    [180, 'l', 'Thanks for using Ask a Librarian. Goodbye!'],
  ], usual({ clarify: 'fail', source: 'fail', anything: 'fail', idle: 'fail' }), { endAfter: 200 }),

  // 13 the patron says "hang on" and is gone 195 s: the wait that began at her message is a wait on the provider
  s(GABE, 'quotation ("let them eat cake") + guillotine: patron\'s "hang on" then 207 s with no provider word (literal: a wait on the provider)', [
    [0, 'p', 'did marie antoinette really say let them eat cake'],
    [30, 'l', 'Hi! This is Gabe, a librarian at Ask Colorado. Is this for a paper or just curious?'],
    [55, 'p', 'arguing w my roommate. hang on she wants to know something too'],
    [250, 'p', 'ok sorry. she also wants to know if the guillotine was named after a doctor'],
    [262, 'l', 'Ha, no problem. Both good ones. Checking now.'],
    [360, 'l', "1) Almost certainly not. The line (really 'let them eat brioche') is in Rousseau's Confessions, written around 1765, when she was a child in Austria. Britannica's article on Marie Antoinette (britannica.com) calls it an attribution with no evidence.\n2) Yes, it's named for Dr. Joseph-Ignace Guillotin, who proposed a quicker execution method in 1789, though he didn't invent it and opposed the death penalty."],
    [366, 'l', 'Does that settle both?'],
    [400, 'p', "yes!! thanks, that's all we needed"],
    [405, 'l', 'Glad to help, good night!'],
  ], usual({ informed: 'fail' })),

  // 14 a local fact not found in the chat: a follow-up by e-mail, with a day, done in 30 h
  s(TERESA, 'local date (Palace Theater closing): holds, Polk\'s directory, e-mail follow-up "by Friday", done in 30 h', [
    [0, 'p', "Hi, what year did the Palace Theater on Main St close? My dad says 1979, I say 1983"],
    [45, 'l', "Hello! I'm Teresa, a reference librarian at Millbrook Public Library. Fun question."],
    [50, 'l', 'Do you know if it closed as a movie theater, or was it torn down? Sometimes those are different dates.'],
    [90, 'p', "closed as a theater I think. it's a bank now"],
    [96, 'l', 'Let me check our local history index, one moment.'],
    [205, 'l', "Still looking. Polk's Millbrook City Directory lists the Palace through the 1981 edition, but that's not a closing date."],
    [310, 'l', "I can't pin the date down from here. The clipping files in our Local History Room should have the closing announcement, and I can check them tomorrow morning. Could I email you what I find?"],
    [350, 'p', "sure, it's dan.whitfield@example.com"],
    [358, 'l', "Got it: dan.whitfield@example.com. You'll hear from me by Friday at the latest."],
    [364, 'l', 'Anything else for now?'],
    [380, 'p', 'nope, thanks!'],
    [386, 'l', 'Thank you, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 15 a follow-up promised in passing, coded Answered, with no time
  s(BEV, 'census figure (Harlan County 1900): census.gov table, "I\'ll ... email you what it says", no time, coded Answered', [
    [0, 'p', 'what was the population of Harlan KY in 1900'],
    [20, 'l', 'hi, Bev here, librarian at the Ask KY chat service'],
    [25, 'l', 'the town of Harlan, or all of Harlan County?'],
    [50, 'p', 'the county'],
    [58, 'l', 'let me look in the census tables'],
    [170, 'l', "The 1900 count for Harlan County is 9,838, from the Census Bureau's table of Kentucky county populations 1900-1990 (census.gov/population/cencounts/ky190090.txt)."],
    [176, 'l', "I'd like to double check that against the printed 1900 volume, and I'll email you what it says."],
    [200, 'p', 'ok thanks. email is bhall1955@example.net'],
    [206, 'l', 'Thank you!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 16 a local date: transferred to a local librarian with notice and note
  s(MAX, 'local date (old courthouse): notice, internal note, transfer, Rosa answers with the MHT inventory', [
    [0, 'p', 'when was the Frederick County courthouse built? the old one downtown'],
    [20, 'l', 'Hi, this is Max, a librarian with the AskUsNow! cooperative, at Cecil County Public Library.'],
    [26, 'l', "That's a local history question, so I'll transfer you to a Frederick County librarian who knows the building. One moment, please."],
    [30, 'i', 'Hi Rosa, patron asks when the old Frederick County courthouse (now City Hall) was built. Local q, you will know the sources.'],
    xfer(33, 'Rosa Diaz', 'rosa'),
    [80, 'l', "Hi, Rosa from Frederick County Public Libraries here! The old courthouse on West Church Street was finished in 1862, per the Maryland Historical Trust's inventory (mht.maryland.gov, search Frederick County Courthouse). It now serves as Frederick City Hall.", ROSA],
    [86, 'l', 'Is that the building you meant?', ROSA],
    [120, 'p', 'yes thanks'],
    [126, 'l', 'Great! Thanks for chatting with AskUsNow!', ROSA],
  ], usual({ clarify: 'fail', anything: 'fail', transfer: 'pass' })),

  // 17 a conversion on a busy night: four chats at once
  s(NELL, 'conversion (feet and meters in a mile): CRC Handbook + nist.gov, "Anything else?", four chats at once', [
    [0, 'p', 'how many feet in a mile? and how many meters'],
    [50, 'l', "Hi, Nell at the Ask a Librarian desk, Fairview Library. Sorry, it's busy tonight!"],
    [58, 'l', "5,280 feet, and 1,609.344 meters. Both are in the conversion tables of the CRC Handbook of Chemistry and Physics, and NIST's unit conversion page (nist.gov/pml/weights-and-measures) has them too."],
    [75, 'p', 'thanks!'],
    [80, 'l', 'Anything else?'],
    [110, 'p', 'nope all good'],
    [115, 'l', 'Night!'],
  ], usual({ clarify: 'fail', complete: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('nl1', 'nell', -300, 400), other('nl2', 'nell', -100, 500), other('nl3', 'nell', 20, 300)],
  }),

  // 18 a capital city asked, the patron gone before pickup: a true Lost Call
  s(JAMAL, 'capital (Australia): patron leaves at 25, pickup at 70 with "feel free to chat again": Lost Call', [
    [0, 'p', 'capital of australia??'],
    queue(3, 2),
    left(25),
    [70, 'l', "Hi, this is Jamal at the Ask Us chat service. It looks like you've already left, but feel free to chat again any time!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 pub-quiz prep (British): three questions, holds every 70-112 s, "thats the lot"
  s(SIOBHAN, 'pub quiz (British): Volga, Ben Nevis, first FA Cup final; holds; "thats the lot, cheers!"; "cheerio"', [
    [0, 'p', "Hiya, pub quiz prep - what's the longest river in Europe?"],
    [20, 'l', "Hello, you're through to Ask a Librarian at Kirkby Libraries, I'm Siobhan."],
    [28, 'l', 'Is that Europe including Russia? It changes the answer.'],
    [50, 'p', 'yeah whole continent'],
    [70, 'l', 'Then it is the Volga, about 3,530 km. The CIA World Factbook (cia.gov/the-world-factbook) and Britannica both give that figure.'],
    [85, 'p', 'ta. and highest mountain in the UK?'],
    [92, 'l', 'Ben Nevis, 1,345 m. Ordnance Survey re-measured it in 2016 (ordnancesurvey.co.uk has the write-up).'],
    [110, 'p', 'brilliant. last one, which year was the first FA Cup final'],
    [118, 'l', 'Hang on, just checking that one.'],
    [230, 'l', 'Still on it, sorry, two sources disagree on the venue and I want to be sure.'],
    [300, 'l', "1872, at the Kennington Oval: Wanderers beat Royal Engineers 1-0. The FA's own history of the competition (thefa.com, History of the FA Cup) confirms it."],
    [306, 'l', 'Do those cover everything for your quiz?'],
    [340, 'p', 'yes thats the lot, cheers!'],
    [346, 'l', 'Best of luck at the quiz, cheerio!'],
  ], usual()),

  // 20 viral claim: a check-in, then "Closing the chat now." (no notice, no goodbye)
  s(WREN, 'viral claim (Great Wall from space): NASA Earth Observatory, check-in at 300, "Closing the chat now." at 420', [
    [0, 'p', "can you really see the great wall of china from space? my kid's teacher said yes"],
    [35, 'l', "Hello! I'm Wren, a librarian with Ask Us 24/7."],
    [40, 'l', 'Do you mean from the Space Station, or from the moon? People claim both.'],
    [90, 'p', 'i guess the moon'],
    [160, 'l', "From the moon, no, and not really from low orbit with the naked eye either. NASA's Earth Observatory has a page on it (earthobservatory.nasa.gov, search Great Wall): astronauts say it's too narrow and the same color as the land around it. Some photos taken with zoom lenses do show it."],
    [166, 'l', 'Does that help?'],
    [300, 'l', 'Hi, are you still with me?'],
    [420, 'l', 'Closing the chat now.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 21 usage question: a screen name only, "Hi!"; the last word "You're welcome!"
  s(SCREEN, 'usage (all right / alright): "Hi!" names no one, Chicago Manual of Style, ends on "You\'re welcome!"', [
    [0, 'p', 'quick q is it alright or all right in formal writing'],
    [14, 'l', 'Hi!'],
    [20, 'l', 'Do you follow a particular style guide, like APA or Chicago?'],
    [60, 'p', 'chicago for my history class'],
    [75, 'l', "Go with 'all right'. The Chicago Manual of Style (17th ed., 5.250, its glossary of problem words) says 'alright' is still nonstandard. CMOS Online is on our Databases page."],
    [80, 'l', 'Does that help?'],
    [100, 'p', 'yes thank you thats all'],
    [105, 'l', "You're welcome!"],
  ], usual({ greeting: 'fail', courteous: 'fail' })),

  // 22 Spanish: the moon landing, every step done
  s(MARTA, 'Spanish (moon landing): greeting, question, hold, nasa.gov/es, "¿Eso responde…?", "¿Necesitas algo más?"', [
    [0, 'p', 'hola, en que año llego el hombre a la luna? es para una tarea'],
    [30, 'l', '¡Hola! Soy Marta, bibliotecaria del servicio Pregunte al Bibliotecario de la Biblioteca de Springfield.'],
    [36, 'l', '¿Necesitas solo el año o también la fecha exacta y los nombres de los astronautas?'],
    [70, 'p', 'la fecha y los nombres porfa'],
    [78, 'l', 'Un momento, lo verifico.'],
    [150, 'l', 'Fue el 20 de julio de 1969, con la misión Apolo 11: Neil Armstrong y Buzz Aldrin caminaron en la Luna y Michael Collins se quedó en órbita. La NASA lo explica en español en nasa.gov/es (busca Apolo 11).'],
    [156, 'l', '¿Eso responde a tu pregunta?'],
    [190, 'p', 'si gracias!!'],
    [195, 'l', '¿Necesitas algo más?'],
    [230, 'p', 'no eso es todo'],
    [235, 'l', '¡Gracias por escribirnos! Hasta luego.'],
  ], usual()),

  // 23 a hold, the patron leaves, the answer comes 264 s after the hold
  s(PETE, 'word origin (OK): "one moment", patron leaves at 90, answer + "come back anytime" at 320 (hold span 264 s)', [
    [0, 'p', "where does 'OK' come from?"],
    [20, 'l', 'Hi, Pete from the Ask Us librarian team here.'],
    [26, 'l', "Do you want the short answer or the whole history? It's a long story!"],
    [50, 'p', 'short is fine'],
    [56, 'l', 'Ok (ha), let me pull up the dictionary entry, one moment.'],
    left(90),
    [320, 'l', "It's from 'oll korrect', a joke misspelling of 'all correct' in Boston newspapers in 1839; Merriam-Webster's entry (merriam-webster.com/dictionary/OK) has the story. Looks like you've gone, though. Come back anytime!"],
  ], usual({ informed: 'fail', complete: 'fail', anything: 'fail' })),

  // 24 "our almanac": a resource named by kind only
  s(HANNAH, 'height (Empire State Building): "Checking our almanac..." then the bare figures; "Is that what you were looking for?"', [
    [0, 'p', 'how tall is the empire state building with the antenna'],
    [33, 'l', 'Good afternoon! This is Hannah at the Brookside Library information desk.'],
    [40, 'l', 'Checking our almanac...'],
    [95, 'l', '1,454 feet to the tip of the antenna; 1,250 feet to the roof.'],
    [100, 'l', 'Is that what you were looking for?'],
    [125, 'p', 'yes thanks!'],
    [130, 'l', 'Thanks for asking, have a great day!'],
  ], usual({ clarify: 'fail', source: 'fail', anything: 'fail' })),

  // 25 local fact: the library's own page, then "give them a call" with no number
  s(KOFI, 'local fact (first mayor): library history page URL, "the Elm Grove Historical Society would know more, give them a call"', [
    [0, 'p', 'who was the first mayor of Elm Grove? our town was founded in like 1850s'],
    [25, 'l', 'Hello, this is Kofi with Ask a Librarian at Elm Grove Public Library.'],
    [30, 'l', 'Let me see what I can find.'],
    [140, 'l', "Our online History of Elm Grove timeline (elmgrovelibrary.org/history) says the village incorporated in 1871 and lists Henry Pratt as the first village president, the title used before 'mayor'."],
    [146, 'l', 'For anything older, the Elm Grove Historical Society would know more, give them a call.'],
    [170, 'p', 'ok thanks'],
    [176, 'l', 'Did that help?'],
    [260, 'p', 'yeah'],
    [266, 'l', 'Great, have a good day!'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'fail' })),

  // 26 trivia night: a limit of questions
  s(CHRIS, 'trivia (Vermeer, Vatican, Titanic): "you\'ve reached the limit of questions for one chat session. Goodbye."', [
    [0, 'p', 'trivia night help! who painted the girl with a pearl earring'],
    [18, 'l', "Hi! I'm Chris, librarian on the Ask Us chat."],
    [22, 'l', 'Johannes Vermeer, around 1665. It hangs in the Mauritshuis in The Hague (mauritshuis.nl).'],
    [40, 'p', "and what's the smallest country in the world"],
    [46, 'l', 'Vatican City, about 0.44 sq km, per the CIA World Factbook (cia.gov/the-world-factbook).'],
    [60, 'p', 'ok and what year did the titanic sink'],
    [66, 'l', '1912.'],
    [80, 'p', 'and who wrote frankenstein'],
    [90, 'l', "Sorry, you've reached the limit of questions for one chat session. Goodbye."],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 27 many bets: other patrons waiting, come back later (allowed)
  s(TESS, 'bets (tomato, goldfish, then three more): "several other patrons waiting ... come back later", allowed', [
    [0, 'p', 'need to settle a bunch of bets from last night lol. first: is a tomato a fruit'],
    [30, 'l', 'Hi there, Ask a Librarian at Greenfield Public Library, Tess speaking.'],
    [36, 'l', 'Botanically yes, it is a fruit (a berry, even). Legally in the US it is a vegetable: the Supreme Court said so in Nix v. Hedden, 1893. Britannica has a nice summary at britannica.com/story/is-a-tomato-a-fruit-or-a-vegetable.'],
    [60, 'p', 'HA. next: do goldfish have a 3 second memory'],
    [70, 'l', 'Myth. Researchers have trained goldfish to remember things for months; livescience.com has a short piece on it.'],
    [90, 'p', 'ok next: did vikings wear horned helmets, and is lightning hotter than the sun, and do bulls hate red'],
    [100, 'l', 'Those are great, but I have several other patrons waiting right now. Could you come back later for the rest? Quick answers: no horns, yes, and no (bulls are red-green colorblind). Feel free to chat in again for sources!'],
    [120, 'p', 'ok fair, thanks!'],
    [126, 'l', 'Thanks for understanding, bye!'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail' })),

  // 28 an address for a postcard; the patron never answers; a check-in only, session ended at 185
  s(AHMED, 'address (the Louvre) for a postcard: louvre.fr, "Is that enough?", "Are you still there?" at 150, ended at 185', [
    [0, 'p', "what's the louvre's address? sending a postcard lol"],
    [22, 'l', 'Hi! Ahmed here, librarian with the Ask a Librarian service.'],
    [28, 'l', "Musée du Louvre, 75001 Paris, France. The museum's own site (louvre.fr, under Plan your visit) gives it as Rue de Rivoli, 75001 Paris."],
    [34, 'l', 'Is that enough for the postcard?'],
    [150, 'l', 'Are you still there?'],
    [180, 's', 'Chat ended by system.'],
  ], usual({ clarify: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 29 follow-up by the patron's library with no contact anywhere, never done
  s(DEV, 'inscription (Waverly monument): Smithsonian inventory, "someone from your library will contact you", no contact, day 5', [
    [0, 'p', 'Hi, what does the inscription on the Civil War monument in Waverly town square say? I need it word for word for a speech tomorrow'],
    [40, 'l', "Hi! I'm Dev, a librarian with the statewide Ask Us service, at Carroll County Public Library."],
    [46, 'l', 'Is that Waverly in Iowa? There are a few.'],
    [70, 'p', 'yes iowa'],
    [76, 'l', 'One moment while I look for a photo or transcription.'],
    [190, 'l', "The Smithsonian's Art Inventories Catalog (siris-artinventories.si.edu) lists the monument but not the full inscription. Since you need it word for word, I'm passing this to the Waverly Public Library; someone from your library will contact you with the exact text."],
    [230, 'p', 'ok thank you'],
    [236, 'l', 'Thank you for using Ask Us, good luck with the speech!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 30 poem author: a slow pickup, "hello??" in the queue
  s(INES, 'poem (Do not go gentle): queue, "hello??", pickup at 95, Poetry Foundation, "that\'s all i needed"', [
    [0, 'p', "who wrote the poem 'do not go gentle into that good night'"],
    queue(2, 3),
    [70, 'p', 'hello??'],
    [95, 'l', 'Hi, so sorry for the wait! This is Ines, a librarian at Ask Us Now.'],
    [100, 'l', 'Dylan Thomas, written in 1947 and published in 1951; the Poetry Foundation has the full text and a short bio at poetryfoundation.org.'],
    [130, 'p', "thank you, that's all i needed"],
    [135, 'l', 'Enjoy the poem, bye!'],
  ], usual({ pickup: 'fail', clarify: 'fail', complete: 'fail' })),

  // 31 follow-up by phone within 72 hours, not yet due
  s(GLORIA, 'local flood (Route 9 bridge): weather.gov list, "Can I call you?", phone given and read back, "within 72 hours": pending', [
    [0, 'p', 'what year was the big flood that took out the Route 9 bridge in Harmon? my grandpa says 1955'],
    [30, 'l', 'Good evening, Harmon Free Library Ask-a-Librarian, this is Gloria.'],
    [36, 'l', 'Do you remember which river, the Still River or the Naugatuck?'],
    [70, 'p', 'the still river i think'],
    [80, 'l', 'Let me check, give me a minute.'],
    [190, 'l', "The National Weather Service's list of major Connecticut floods (weather.gov/box, under Past Events) shows the August 1955 floods hit the Still River hard, so your grandpa is likely right, but I can't find the bridge itself yet."],
    [196, 'l', "I'd like to check our local newspaper microfilm for the bridge. Can I call you with what I find?"],
    [230, 'p', 'sure 203-555-0182, im home evenings'],
    [238, 'l', "Got it, 203-555-0182. I'll call you within 72 hours, probably Thursday evening."],
    [244, 'l', 'Anything else tonight?'],
    [262, 'p', 'no thats it thanks'],
    [268, 'l', 'Thanks, Gloria signing off. Talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 32 a check-in that also thanks and says goodbye (not a goodbye by Terms); no notice
  s(LEO, 'leap years (2028, 2100): timeanddate + USNO, "Are you still there? If not, thanks for chatting and goodbye!"', [
    [0, 'p', "when's the next leap year"],
    [16, 'l', "Hello, welcome to Ask Us 24/7! I'm Leo, a librarian."],
    [22, 'l', '2028: February 29, 2028. timeanddate.com/date/leapyear.html has a calculator for any year.'],
    [40, 'p', 'oh and is 2100 one? someone said no'],
    [110, 'l', "They're right, 2100 isn't. Century years are leap years only if divisible by 400 (so 2000 was, 2100 won't be). The US Naval Observatory's calendar FAQ at aa.usno.navy.mil/faq explains the rule."],
    [116, 'l', 'Did that clear it up?'],
    [250, 'l', 'Are you still there? If not, thanks for chatting and goodbye!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 200 }),

  // 33 crossword capital answered in the greeting message; Wikipedia named
  s(BEA, 'crossword (capital of Kazakhstan): greeting + answer in one message, "Wikipedia\'s Astana article", "no thats all i needed!"', [
    [0, 'p', 'capital of kazakhstan, is it almaty? crossword says 6 letters'],
    [20, 'l', "Hi! Librarian Bea from Ask Us Now. It's ASTANA (6 letters); the capital moved from Almaty in 1997. Wikipedia's Astana article covers the move and the name changes (it was Nur-Sultan 2019-2022)."],
    [45, 'p', 'omg that fits, ty'],
    [50, 'l', 'Anything else stumping you?'],
    [80, 'p', 'no thats all i needed!'],
    [85, 'l', 'Happy puzzling! Bye.'],
  ], usual({ clarify: 'fail', complete: 'fail' })),

  // 34 a restated question; the patron silent; a notice + goodbye with no check-in
  s(RAY, 'bet (Golden Gate opening): "So you need the opening date", goldengate.org, notice + thanks at 300, no check-in', [
    [0, 'p', 'when did the golden gate bridge open? bet with my coworker'],
    [28, 'l', "Hello, this is Ray, reference librarian at Sunnyvale Public Library's Ask a Librarian chat."],
    [35, 'l', "So you need the opening date. There were two, one for people on foot and one for cars, so I'll give you both."],
    [90, 'l', "Pedestrian Day was May 27, 1937, and it opened to cars on May 28, 1937. The Golden Gate Bridge District's history page (goldengate.org/bridge/history-research) has both dates."],
    [96, 'l', 'Does that settle the bet?'],
    [300, 'l', "I haven't heard from you, so it looks like you've disconnected. I'll close this session now. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),
];

const NOOR: Prov = P('noor', 'Noor', 'ASKL');
const GUS: Prov = P('gus', 'Gus', 'AUN');
const LINA: Prov = P('lina2', 'Lina', 'ASKCO');
const WES: Prov = P('wes', 'Wes', 'FCPL');

/** Second batch (35-38), written and labelled after the first run, before their own run. */
export const second: SessionCase[] = [
  // 35 pickedUpAt recorded at 30 s, the first visible word at 170 s: 140 s of the wait after pickup
  s(NOOR, 'anatomy (206 bones): pickedUpAt 30 s, first message 170 s, MedlinePlus, "Any other questions?", "Take care!"', [
    [0, 'p', 'how many bones are in the human body? adult'],
    [170, 'l', 'Hi, thanks for waiting! Noor here, a librarian with Ask a Librarian.'],
    [176, 'l', "An adult has 206 bones; babies start with around 270 that fuse as they grow. MedlinePlus (medlineplus.gov, search bones) covers it."],
    [200, 'p', '206 ok thanks'],
    [205, 'l', 'Any other questions?'],
    [230, 'p', 'nope'],
    [235, 'l', 'Take care!'],
  ], usual({ informed: 'fail', clarify: 'fail', complete: 'fail' }), { pickedUpAt: at(30) }),

  // 36 the patron finds it herself before pickup: no substantive exchange
  s(GUS, 'area code (Buffalo): "nvm found it, 716" before pickup; "Glad you found it! Come back anytime." (no substantive exchange)', [
    [0, 'p', "what's the area code for Buffalo NY"],
    [40, 'p', 'nvm found it, 716'],
    [55, 'l', 'Hi, Gus at Ask Us Now here. Glad you found it! Come back anytime.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  })),

  // 37 three chats at most: one ended as this started, one started as it ended
  s(LINA, 'boiling point (Denver): CSU Extension fact sheet; three chats at most (boundaries at start and end)', [
    [0, 'p', 'does water boil at a lower temp in denver? how much lower'],
    [25, 'l', "Hi! You've got Lina, a librarian at the Ask Colorado service."],
    [30, 'l', 'Is this for cooking, or a science class?'],
    [60, 'p', 'cooking, pasta instructions confuse me'],
    [130, 'l', "Yes, lower: at Denver's elevation water boils at about 202°F instead of 212°F. Colorado State University Extension's high-altitude cooking fact sheet (extension.colostate.edu, search high altitude cooking) explains the adjustments; pasta just takes a minute or two longer."],
    [136, 'l', 'Does that help with the pasta?'],
    [170, 'p', 'yes! thank you'],
    [176, 'l', "You're welcome, and thanks for chatting!"],
  ], usual({ anything: 'fail' }), {}, {
    otherIntervals: [other('li1', 'lina2', -400, 0), other('li2', 'lina2', -100, 300), other('li3', 'lina2', 50, 250), other('li4', 'lina2', 181, 600)],
  }),

  // 38 a ship's arrival date: the e-mail from the patron fields read back, "by tomorrow afternoon", done after 80 h
  s(WES, 'arrival date (SS Kroonland 1910): Ellis Island database, e-mail read back, "by tomorrow afternoon", done after 80 h', [
    [0, 'p', 'what date did the ship SS Kroonland arrive in new york in 1910? my great grandpa was on it in may'],
    [30, 'l', "Good afternoon! I'm Wes, a librarian at Fairfax County Public Library, on AskUsNow."],
    [36, 'l', 'Do you know his name as it might be spelled on the passenger list?'],
    [80, 'p', 'Jozef Novak'],
    [86, 'l', 'One moment while I search the passenger lists.'],
    [200, 'l', "Still searching; the Statue of Liberty-Ellis Island Foundation's passenger database (statueofliberty.org/ellis-island/passenger-database) shows two Kroonland arrivals in May 1910, so I'm narrowing it down."],
    [300, 'l', "I can't confirm which one he was on without the manifest image, which takes a while to check. I'll go through it this evening and email you the date and the manifest page. Is pat.novak@example.org still the best address?"],
    [330, 'p', 'yes thats me'],
    [336, 'l', "Great, you'll have it by tomorrow afternoon."],
    [340, 'p', 'thank you!!'],
    [346, 'l', 'Thanks for using AskUsNow! Talk to you tomorrow.'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'pat.novak@example.org', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }],
  }, { now: T0 + 6 * DAY }),
];

/** Cases the scorer misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'local fact (first mayor): library history page URL, "the Elm Grove Historical Society would know more, give them a call"':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). RUBRIC: "every party the patron is referred to comes with a way to reach them"; message 4 "For anything older, the Elm Grove Historical Society would know more, give them a call." gives none; the scorer lends it the URL of the library\'s own timeline in message 3 (elmgrovelibrary.org/history): with "<party> would know more, give them a call" any earlier URL is taken (even samplelib.org; "call the Elm Grove Historical Society" fails as it should)',
  'address (White House) for a school letter: "he can mail it to ... 1600 Pennsylvania Avenue NW", whitehouse.gov/contact':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). RUBRIC Terms: a referral is "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)"; message 4 "Then he can mail it to: The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500." tells the patron where to write; "write to / mail it to / send it to <organisation> at <address>" is not read as a referral at all',
};

describe('forty-fourth round: ready reference and quick facts, checked', () => {
  describeSessions('whole sessions', [...quick, ...second].filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', [...quick, ...second].filter((c) => c.name in LEFT_WHY));
});
