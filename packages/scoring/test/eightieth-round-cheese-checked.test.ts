/**
 * Eightieth round, theme CHEESEMAKING, DAIRY FARMS AND ICE CREAM, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats in Maryland: cheese at home (mushy mozzarella curds from
 * ultra-pasteurized milk, queso fresco with lemon in Spanish, a gouda cave in a wine fridge, ricotta from leftover whey, a
 * wooden cheese press, cashew "brie", why cheddar is orange, lactose in aged cheese, a cheese kit to borrow, selling cheese
 * from two Jersey cows), dairy farms (a kindergarten farm tour, how many dairies are left for a 4-H speech, a 4-H heifer, a
 * grandfather's 1940s dairy near Bel Air, FFA dairy judging, raw milk and cow shares, pre-K picture books about milk,
 * Baltimore milk-wagon photos for a blog), and ice cream (ice cream in a bag for a science fair, Jacob Fussell's 1851
 * Baltimore factory, icy homemade batches, an ice cream truck in Montgomery County, the Maryland Ice Cream Trail, a
 * grandmother's peach ice cream in a 1950s Talbot cookbook, paletas from a cart in Baltimore in Spanish, which ice cream
 * maker to buy, a soft-serve shop on the Ocean City boardwalk, custard base in a Lost Call). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s74/cheese-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning and welcome to Ask a Librarian! I'm Mei, a librarian with …" (01); Spanish "¡Buenas tardes!
 *   Bienvenida a AskUsNow!. Soy Marisol, bibliotecaria" (02); pickup at exactly 60 s (03: pass) and at 61 s after
 *   "helloooo?? anyone" (04: fail); "Hello there!" alone, the name in the second provider message (06: pass, split);
 *   "June at the Enoch Pratt Free Library's Ask Us." with no greeting word (08: fail); "Hi there, welcome! What can I help
 *   you find today?" from the screen name kim_askus, nothing identifying in the text (12: fail); `pickedUpAt` at 50 s with
 *   the first visible line at 70 s (14: pass on the recorded pickup); "Hello, and thanks for contacting Garrett County Public
 *   Library! I'm Hannah." (13); "¡Hola!" after an English introduction (17); no provider ever, only the queue's line (11);
 *  inquiry: milk type, cow or goat and rennet or lemon, grade and whether the project tests a variable, group size and month,
 *   cite or settle an argument, herd size and family or sale, own milk or bought, age and calf, new truck or not, name and
 *   road of a farm, whole trail or Eastern Shore, kind of cheese and branch, cookbook's name and year, general or doctor's
 *   need, home library card (20), whey amount restated "So you've got leftover whey …" with no question (22: pass), a cart or
 *   a stall, tools at home, how often and budget, contest date and species, drink or cheese, inside or boardwalk, years and
 *   publish or look, "Cows in what sense …" for a one-word question (30), number and fiction or not; the answer straight
 *   after the greeting (08: fail); the only question inside the first message that gives a source (10: fail);
 *  waits: "Let me dig into that, one moment." answered exactly 120 s later (06: pass); "Give me a minute to check what we
 *   have on the shelf." answered 121 s later with the patron's "k" in between (07: fail); a hold, two internal lines with a
 *   colleague, the answer 124 s after the hold (14: internal lines end nothing, fail); "No rush, take your time." and the
 *   patron back 185 s later (15: waiting on the patron, pass); transfer announcements answered by the receiver 95 s (05) and
 *   54 s (27) later; a silent transfer, the receiver 130 s after the patron (28: fail); the patron's last line never
 *   answered, 200 s open at the end (10: an open span, pass); a patron line before a 61 s pickup (04);
 *  endings: a true Lost Call: greeting, "Are you still with me?" at 145, "It seems you've been disconnected, so I'll end this
 *   chat now. Thanks for writing in …" exactly 180 s after the greeting (21: all pass); a goodbye 119 s after the answer (13:
 *   idle na), 120 s after with no check-in (22: fail); Spanish Lost Call after three patron lines, "¿Sigue ahí?" and a goodbye
 *   179 s after the answer (23: idle passes, notice na, code fails); "Hello? Are you still there?" and "It looks like you may
 *   have lost your connection." with the session ending 181 s after the answer (24: notice fails, it never says the chat
 *   will end; courteous fails); "that's too many questions for one chat and my shift ends in a few minutes, so I have to
 *   close this now." then "Bye!" (25: dismissal fails, courteous passes); "There are other patrons waiting in the queue …
 *   please log back in anytime" (26: allowed); the patron last in 10 and 26; goodbyes "happy cheesemaking, and thanks for
 *   chatting with us! 🧀", "¡De nada! Gracias por escribir a AskUsNow!", "Have a great trip, bye!", "Happy churning, bye!",
 *   "Have fun reading, bye! 🐄", "Thanks for chatting with AskUsNow!", "Gracias por escribirnos. … vuelva cuando quiera.";
 *   patron-side "thats everything i needed", "eso es todo", "thats all i need", "thats all i needed", "that's everything",
 *   "thats all", "es todo por ahora", "no, that is everything", "i'm all set", and "ok", "yes perfect", "ugh ok. thanks",
 *   "ok thx" that do not count;
 *  sources: hclibrary.org and Home Cheese Making, extension.umd.edu, sciencebuddies.org, marylandsbest.net, Of Sugar and Snow
 *   and idfa.org, Storey's Guide to Raising Dairy Goats, On Food and Cooking, Artisan Vegan Cheese, Gale Business: Plan
 *   Builder and health.maryland.gov, harfordhistory.org, mda.maryland.gov, montgomerycountymd.gov/library/events, a Talbot
 *   cookbook in the catalogue at tcfl.org, medlineplus.gov, qaclibrary.org, The Art of Natural Cheesemaking,
 *   health.baltimorecity.gov, motherearthnews.com, purebreddairycattle.com, nationalaglawcenter.org, oceancitymd.gov,
 *   digital.prattlibrary.org, nass.usda.gov, children's books in the catalogue at aacpl.net; a referral's phone as the only
 *   source (13); none: annatto from memory (21 is na; 25: an opinion with no source, fail), an office named with no way to
 *   reach it as the only lead (12: fail);
 *  referrals: the county Extension office by phone (13: pass); "contact the Maryland Department of Health's Office of Food
 *   Protection" with nothing to reach it by (12: fail); the Historical Society of Harford County "you can reach them at
 *   harfordhistory.org" (15: pass); the Baltimore Museum of Industry "you can request them through thebmi.org" (29: pass);
 *   not referrals: a business librarian consulted on the patron's behalf (14), a branch colleague asked to phone the patron
 *   (17), Maryland Room staff asked to scan a page (18), the patron's library asked to contact them (20), agency web pages
 *   to read (14, 23, 28), transfers (05, 27, 28, 29);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (15: pass); FU_ME, e-mail typed and not read
 *   back, no time, done at 75 h (16: contact and on_time fail); FU_LIB partly in Spanish, a phone typed with spaces and read
 *   back with dashes, "a más tardar el viernes", nothing recorded at day 2 (17: contact passes, on_time pending); "I'll
 *   e-mail the scan once they pull it", e-mail read back, coded Answered, done at 20 h (18: code and contact fail, on_time
 *   passes); FU_ME, "I'll e-mail it to the address on your account by Monday", the e-mail only in `patron.email`, done at
 *   50 h (19: code passes, contact fails); FU_LIB with the patron declining to give any contact, nothing recorded at day 4
 *   (20: code, contact and on_time fail);
 *  codes: a true Lost Call (21); Lost Call after three patron lines (23); null with no provider (11); "" (26); left out
 *   (`undefined`: a source without codes, 27: na); Practice (09);
 *  transfers: a notice only (05: fail); a notice (a hold) and an internal note saying why (27: pass); neither (28: fail); an
 *   internal note only (29: fail);
 *  concurrency: one ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (01: three at most,
 *   pass); three others overlapping, four at once from 40 s to 60 s (22: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup ("or `pickedUpAt` when the source system records it"): 50 s,
 *   pass, though the first visible line came at 70 s (14);
 * - "June at the Enoch Pratt Free Library's Ask Us." identifies who answers but greets no one (no hello, hi, welcome or
 *   thanks), and the second provider message is the answer (08: fail); "Hi there, welcome!" greets but names no one, no
 *   library and no service, and the screen name does not count (12: fail);
 * - "So you've got leftover whey from a batch of cheddar and want to turn it into ricotta." restates the question (22:
 *   clarify passes with no question mark);
 * - a question in the same message as the first source is not "before the first message that gives a source" (10: fail);
 * - when no source is ever given, "Is it cheese from your own animals' milk, or milk you buy?" counts (12), as do the
 *   questions of 25;
 * - "Are you a Queen Anne's County Library cardholder?" asks about the patron's home library, a question that shapes the
 *   answer (20); "Cows in what sense — raising them, dairy farming, a school report?" asks about the need (30);
 * - "Does that point you in the right direction?", "Does that help you get started?", "Does that help you decide?", "Does
 *   that give you somewhere to start?", "Would those work for you?", "Will those work for your class?", "Does that settle
 *   it?", "Does that cover it?", "¿Le sirve?", "¿Es lo que buscaba?" ask whether what was given meets the need; "Would you
 *   like me to pull the numbers for your county too?" offers something not yet given (30: completeness fails);
 * - "Is the MedlinePlus page useful in the meantime?" asks whether the page already given meets the need (19);
 * - "What else can I look up for you?" (14) and "Any other questions I can help with?" (29) ask whether the patron needs
 *   anything else;
 * - "eso es todo", "es todo por ahora", "thats all", "no, that is everything" and "no thanks, i'm all set" say explicitly
 *   that the patron is done (02, 17, 16, 19, 30);
 * - "I'm going to pass you to Xavi … Just a moment!" and "I'm transferring you to him — one moment, please." announce a
 *   transfer: holds (05, 27);
 * - "I'll keep an eye out and e-mail you the new map when it comes out" (16) and "I'll e-mail the scan once they pull it" (18)
 *   promise to send more later; "once they pull it" and "when it comes out" say no time;
 * - "Voy a pedirle a una compañera de Wheaton que le llame" (17) and "I'll pass your question to Queen Anne's County
 *   Library, and someone from your library will contact you" (20) are the library acting for the patron (follow-up
 *   promises), not referrals: the patron is not told to contact or visit anyone;
 * - "contact the Maryland Department of Health's Office of Food Protection" names an agency to contact with no way to reach
 *   it: a referral without contact, and no source (12);
 * - "you can reach them at harfordhistory.org" (15) and "you can request them through thebmi.org" (29) tell the patron to
 *   contact an organisation, with a URL;
 * - a `resolutionCode` of `undefined` is a field left out (JSON drops it): the source has no codes, so resolution.code is
 *   na (27);
 * - "that's too many questions for one chat and my shift ends in a few minutes, so I have to close this now." tells the
 *   patron they asked too many and ends the help for the provider's convenience with no way back (25: dismissal fails);
 * - "It looks like you may have lost your connection." tells the patron they seem disconnected but not that the session will
 *   end (24: notice fails).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s74/cheese-labels.ts). First run as labelled / disagreeing: 26 / 4 (10, 18, 22, 29). Label corrections: none
 * (each disagreement reread against RUBRIC.md; every label stood).
 * Final: 26 running, 4 LEFT (LEFT_WHY: two named books not read as sources, and the question in the first source message
 * read as before it, 10; "I'll e-mail the scan once they pull it" not read as a follow-up promise, 18; the restatement "So
 * you've got leftover whey … and want to turn it into ricotta." not read as one, 22; "you can request them through
 * thebmi.org" from a museum not read as a referral, 29).
 * ON v69 AS LANDED (block AI): 10 (a book by its author's possessive), 18 ("I'll e-mail the scan once they pull it") and 22
 *   ("So you've got leftover whey … and want …") run as labelled; 29 stays LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MEI: Prov = { id: 'mei-ch', name: 'Mei', library: 'HCLS' };
const MARISOL: Prov = { id: 'marisol-ch', name: 'Marisol', library: 'AUN' };
const RAVI: Prov = { id: 'ravi-ch', name: 'Ravi', library: 'FCPL-MD' };
const TASHA: Prov = { id: 'tasha-ch', name: 'Tasha', library: 'CCPL-MD' };
const URSULA: Prov = { id: 'ursula-ch', name: 'Ursula', library: 'AACPL' };
const XAVI: Prov = { id: 'xavi-ch', name: 'Xavi', library: 'AACPL' };
const DANA: Prov = { id: 'dana-ch', name: 'Dana', library: 'AACPL' };
const PETRA: Prov = { id: 'petra-ch', name: 'Petra', library: 'BCPL' };
const JUNE: Prov = { id: 'june-ch', name: 'June', library: 'EPFL' };
const TRAINEE: Prov = { id: 'trainee-ch', name: 'Trainee 7', library: 'TRN' };
const NIKO: Prov = { id: 'niko-ch', name: 'Niko', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-ch', name: 'Queue', library: 'VRQ' };
const KIM: Prov = { id: 'kim-ch', name: 'kim_askus', library: 'AUN' };
const HANNAH: Prov = { id: 'hannah-ch', name: 'Hannah', library: 'GCPL' };
const AMIR: Prov = { id: 'amir-ch', name: 'Amir', library: 'MCPL' };
const PAUL: Prov = { id: 'paul-ch', name: 'Paul', library: 'MCPL' };
const CORA: Prov = { id: 'cora-ch', name: 'Cora', library: 'HCPL-MD' };
const ELI: Prov = { id: 'eli-ch', name: 'Eli', library: 'WPL' };
const GLORIA: Prov = { id: 'gloria-ch', name: 'Gloria', library: 'MCPL' };
const NED: Prov = { id: 'ned-ch', name: 'Ned', library: 'TCFL' };
const IVY: Prov = { id: 'ivy-ch', name: 'Ivy', library: 'PGCMLS' };
const TESS: Prov = { id: 'tess-ch', name: 'Tess', library: 'AUN' };
const NADIA: Prov = { id: 'nadia-ch', name: 'Nadia', library: 'AUN' };
const FIONA: Prov = { id: 'fiona-ch', name: 'Fiona', library: 'ACLS' };
const ALMA: Prov = { id: 'alma-ch', name: 'Alma', library: 'AUN' };
const LEO: Prov = { id: 'leo-ch', name: 'Leo', library: 'CCPL-CE' };
const BRETT: Prov = { id: 'brett-ch', name: 'Brett', library: 'DCPL' };
const GRETA: Prov = { id: 'greta-ch', name: 'Greta', library: 'CCPL-MD' };
const RUTH: Prov = { id: 'ruth-ch', name: 'Ruth', library: 'AUN' };
const OMAR: Prov = { id: 'omar-ch', name: 'Omar', library: 'UMD' };
const SAL: Prov = { id: 'sal-ch', name: 'Sal', library: 'WOCL' };
const VERA: Prov = { id: 'vera-ch', name: 'Vera', library: 'WOCL' };
const TOM: Prov = { id: 'tom-ch', name: 'Tom', library: 'BCPL' };
const DEE: Prov = { id: 'dee-ch', name: 'Dee', library: 'EPFL' };
const LENA: Prov = { id: 'lena-ch', name: 'Lena', library: 'SMCL' };

const s = session;

export const CHEESE: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(MEI, '01 mushy mozzarella curds: ultra-pasteurized milk asked about, Home Cheese Making at hclibrary.org, "thats everything i needed", touching ends', [
    [0, 'p', 'hi! trying to make mozzarella at home and my curds turned to mush?? what am i doing wrong'],
    [22, 'l', "Good morning and welcome to Ask a Librarian! I'm Mei, a librarian with Howard County Library System."],
    [28, 'l', 'Oh no, mushy curds! What milk did you use — store-bought, and does the carton say ultra-pasteurized?'],
    [61, 'p', 'giant brand whole milk. yeah it says ultra pasteurized on it'],
    [70, 'l', "That's very likely the culprit: ultra-pasteurized milk is heated so hot that its proteins can't knit into a firm curd, so you get something closer to ricotta. Look for milk that says just 'pasteurized' (not UP or UHT). Ricki Carroll's Home Cheese Making has a troubleshooting chart for 30-minute mozzarella; it's in our catalog at hclibrary.org, and there's an e-book copy too."],
    [76, 'l', 'Does that answer your question?'],
    [105, 'p', 'omg yes that explains it. thats everything i needed, thank you!!'],
    [111, 'l', "You're so welcome — happy cheesemaking, and thanks for chatting with us! 🧀"],
  ], usual(), {}, {
    otherIntervals: [other('m1', 'mei-ch', -300, 0), other('m2', 'mei-ch', -40, 90), other('m3', 'mei-ch', 30, 400), other('m4', 'mei-ch', 116, 500)],
  }),

  // 02 Spanish throughout
  s(MARISOL, '02 queso fresco con limón (Spanish): leche y cuajo asked, Home Cheese Making + extension.umd.edu, "¿Le sirve esta información?", "eso es todo"', [
    [0, 'p', 'hola buenas tardes, quiero hacer queso fresco en casa como lo hacia mi abuela en michoacan, me puede ayudar?'],
    [31, 'l', '¡Buenas tardes! Bienvenida a AskUsNow!. Soy Marisol, bibliotecaria, y con gusto le ayudo.'],
    [37, 'l', '¿Va a usar leche de vaca de la tienda o leche directa de una granja? ¿Y tiene cuajo, o prefiere cortarla con limón o vinagre?'],
    [80, 'p', 'leche de la tienda, y no tengo cuajo, con limon si se puede'],
    [92, 'l', 'Sí se puede. Caliente leche entera que no diga "ultrapasteurizada" hasta que casi hierva, apague el fuego y agregue el jugo de limón poco a poco hasta que se separe el suero. Cuele en una manta de cielo, agregue sal y presione una hora. El libro Home Cheese Making de Ricki Carroll tiene la receta paso a paso, y la Extensión de la Universidad de Maryland tiene consejos para hacer queso en casa con seguridad en extension.umd.edu.'],
    [98, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchisimas gracias!! eso es todo'],
    [146, 'l', '¡De nada! Gracias por escribir a AskUsNow!, y que le quede rico el queso 🧀'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(RAVI, '03 ice cream in a bag for a 5th-grade science fair: pickup at exactly 60 s, grade and variable asked, sciencebuddies.org, "thats all i need"', [
    [0, 'p', 'hi i need help with my science fair project its ice cream in a bag'],
    [60, 'l', 'Hi! This is Ravi, a librarian at Frederick County Public Libraries. Thanks for waiting.'],
    [66, 'l', 'What grade are you in, and does your project have to test a question (like which salt works best) or just show how it works?'],
    [100, 'p', '5th grade. it has to test something. my teacher said a variable'],
    [110, 'l', "Great, then you could test how much rock salt goes in the ice bag: salt lowers the temperature the ice melts at, so more salt makes the ice colder and the ice cream sets faster. Time how long each bag takes. Science Buddies has a full project page with the steps and a materials list: search 'ice cream in a bag' at sciencebuddies.org."],
    [116, 'l', 'Is that what you needed for the project?'],
    [150, 'p', 'yes!! i will do the salt one. thats all i need'],
    [155, 'l', 'Good luck at the science fair, and thanks for asking us!'],
  ], usual()),

  // 04 pickup at 61 s, an impatient patron
  s(TASHA, '04 a dairy farm tour for kindergarten: "helloooo?? anyone" at 38, pickup at 61 s, marylandsbest.net, "Anything else … before your meeting?"', [
    [0, 'p', 'looking for a dairy farm that does tours for a kindergarten field trip, carroll or frederick county'],
    [38, 'p', 'helloooo?? anyone'],
    [61, 'l', "Hi, sorry to keep you waiting! I'm Tasha at Carroll County Public Library."],
    [67, 'l', 'How many kids and grown-ups would be coming, and what month are you thinking of?'],
    [95, 'p', 'about 40 total. may. can u hurry i have a meeting in 10 min'],
    [103, 'l', "Sure! Maryland's Best, the state farm directory at marylandsbest.net, lets you search by county for farms that offer tours and school visits, and it lists several dairies in Carroll and Frederick."],
    [108, 'l', 'Does that help you get started?'],
    [130, 'p', 'ok'],
    [134, 'l', 'Anything else I can help with before your meeting?'],
    [150, 'p', 'no'],
    [154, 'l', 'Have a great trip, bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 a transfer announced to the patron, with no internal note
  s(URSULA, '05 pre-K picture books about milk: "I\'m going to pass you to Xavi … Just a moment!", no note, Xavi 95 s later, three books at aacpl.net', [
    [0, 'p', 'need picture books about where milk comes from for my pre-k class'],
    [20, 'l', "Hi! Ursula at Anne Arundel County Public Library's Ask a Librarian here."],
    [26, 'l', 'How many books do you need, and do you want stories or nonfiction?'],
    [50, 'p', '3 or 4, either is fine'],
    [56, 'l', "I'm going to pass you to Xavi, our children's librarian — he knows the picture books best. Just a moment!"],
    xfer(58, 'Xavi', 'xavi-ch'),
    [151, 'l', "Hi, Xavi here! For pre-K, try Milk: From Cow to Carton by Aliki, The Milk Makers by Gail Gibbons, and Clarabelle by Cris Peterson, which follows one cow on a real dairy farm. All three are in our catalog at aacpl.net.", as(XAVI)],
    [157, 'l', 'Will those work for your class?', as(XAVI)],
    [185, 'p', 'perfect, thank you!'],
    [190, 'l', 'Anything else for your class today?', as(XAVI)],
    [205, 'p', 'no thats it'],
    [209, 'l', 'Have fun reading, bye! 🐄', as(XAVI)],
  ], usual({ transfer: 'fail' })),

  // 06 a greeting in two messages; a hold answered exactly 120 s later
  s(DANA, '06 Jacob Fussell\'s 1851 Baltimore factory: "Hello there!" then the name, "Let me dig into that, one moment." answered exactly 120 s later', [
    [0, 'p', 'was the first ice cream factory really in baltimore? my coworker swears it was'],
    [20, 'l', 'Hello there!'],
    [23, 'l', "I'm Dana, a librarian with Anne Arundel County Public Library. Do you need something you can cite, or just enough to settle it with your coworker?"],
    [50, 'p', 'just settle it lol. a link would be nice tho'],
    [56, 'l', 'Let me dig into that, one moment.'],
    [176, 'l', "Your coworker wins! Jacob Fussell, a Baltimore milk dealer, opened the first commercial ice cream factory in 1851 to use up his extra cream. The International Dairy Foods Association tells the story on its ice cream history page at idfa.org, and Jeri Quinzio's Of Sugar and Snow (in our catalog at aacpl.net) has a chapter on him."],
    [182, 'l', 'Does that settle it?'],
    [210, 'p', 'haha yes, thank u'],
    [214, 'l', 'Can I help you with anything else today?'],
    [235, 'p', 'nope!'],
    [239, 'l', 'Enjoy the bragging rights, and thanks for chatting!'],
  ], usual()),

  // 07 a hold answered 121 s later, the patron's "k" in between
  s(PETRA, '07 books for a small goat dairy (chèvre): "Give me a minute to check what we have on the shelf." answered 121 s later, "k" between', [
    [0, 'p', 'what are good books for starting a small goat dairy? want to make chevre eventually'],
    [17, 'l', "Hi, I'm Petra, a librarian at Baltimore County Public Library. Welcome!"],
    [23, 'l', 'How many goats are you planning on, and is the milk for your family or to sell?'],
    [52, 'p', '2 or 3 nigerian dwarfs, just family'],
    [58, 'l', 'Give me a minute to check what we have on the shelf.'],
    [120, 'p', 'k'],
    [179, 'l', "Thanks for hanging on! Storey's Guide to Raising Dairy Goats by Jerry Belanger is the classic for a small herd, and for the cheese side Mary Jane Toth's Goats Produce Too! has easy chèvre recipes. Both are in our catalog at bcpl.info; the Storey's Guide is on the shelf at Catonsville."],
    [185, 'l', 'Are those the kind of books you had in mind?'],
    [210, 'p', 'yes perfect'],
    [214, 'l', 'Is there anything else you need today?'],
    [230, 'p', 'nope thats it'],
    [234, 'l', 'Thanks for chatting, and have fun with the goats!'],
  ], usual({ informed: 'fail' })),

  // 08 no greeting word; the answer with no question
  s(JUNE, '08 icy homemade ice cream: "June at the Enoch Pratt Free Library\'s Ask Us." (no greeting), the answer at once, On Food and Cooking', [
    [0, 'p', 'why does my homemade ice cream get so icy after a day in the freezer'],
    [15, 'l', "June at the Enoch Pratt Free Library's Ask Us."],
    [21, 'l', "Ice crystals grow every time the ice cream partly melts and refreezes, and homemade batches have none of the stabilizers store-bought ones use. Keep it at the back of the freezer, press plastic wrap right onto the surface, and a little corn syrup or a spoonful of vodka in the base keeps it softer. Harold McGee's On Food and Cooking explains the science in its ice cream section; it's in our catalog at prattlibrary.org."],
    [27, 'l', 'Did this answer it?'],
    [60, 'p', 'yes!! thanks thats all i needed'],
    [65, 'l', 'Happy churning, bye!'],
  ], usual({ greeting: 'fail', clarify: 'fail' })),

  // 09 Practice
  s(TRAINEE, '09 practice chat (ice cream trail script): coded Practice, every check na', [
    [0, 'p', 'practice session - testing the ice cream trail answer'],
    [8, 'l', 'Practice: hi, test reply. The Maryland Ice Cream Trail is at mda.maryland.gov.'],
    [20, 'p', 'ok thanks, ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 10 the only question inside the first source message; the patron's last line never answered
  s(NIKO, '10 cashew "brie": Artisan Vegan Cheese with "cultured or quick?" in the same message, "Would those work for you?", patron last, 200 s open', [
    [0, 'p', 'any good books on making vegan cheese? cashew based'],
    [19, 'l', "Hi there, Niko with AskUsNow! here — I'm a librarian."],
    [25, 'l', "Miyoko Schinner's Artisan Vegan Cheese is the best-known one, and most Maryland public libraries own it. Are you after cultured, aged-style cheeses, or quick ones you can make in an afternoon?"],
    [60, 'p', 'cultured ones, i want it to taste like real brie'],
    [68, 'l', "Then Schinner's book is the one: her cultured cashew brie uses rejuvelac and ripens for about a week. Karen McAthy's The Art of Plant-Based Cheesemaking goes further into cultures and molds."],
    [74, 'l', 'Would those work for you?'],
    [100, 'p', 'great ill look for both'],
    [104, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no thats all, thanks a lot!'],
  ], usual({ clarify: 'fail', courteous: 'fail' }), { endAfter: 200 }),

  // 11 no provider ever joined
  s(QUEUE, '11 why cheddar is orange: no provider ever joined, "hello?", "nvm found it on google", patron left, code null', [
    [0, 'p', 'why is some cheddar orange and some white'],
    [3, 's', 'Thanks for your question! All of our librarians are helping other people right now; please stay in the chat.'],
    [95, 'p', 'hello?'],
    [180, 'p', 'nvm found it on google'],
    left(184),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 12 a screen name only; an agency to contact with no way to reach it
  s(KIM, '12 selling cheese from two Jersey cows: "Hi there, welcome!" from kim_askus, "contact the … Office of Food Protection" (no contact, no source)', [
    [0, 'p', 'can i sell cheese i make at home at a farmers market in maryland'],
    [26, 'l', 'Hi there, welcome! What can I help you find today?'],
    [32, 'l', "Is it cheese from your own animals' milk, or milk you buy?"],
    [60, 'p', 'i have 2 jersey cows'],
    [70, 'l', "In Maryland, cheese made for sale has to come from a licensed dairy plant, so a home kitchen won't qualify, even under the cottage food rules. You would need to contact the Maryland Department of Health's Office of Food Protection about a dairy processing license; they inspect small on-farm creameries too."],
    [76, 'l', 'Does that point you in the right direction?'],
    [105, 'p', 'ugh ok. thanks'],
    [110, 'l', 'Good luck with it, bye!'],
  ], usual({ greeting: 'fail', source: 'fail', anything: 'fail', referral: 'fail' })),

  // 13 a referral by phone as the only source; a goodbye 119 s after the answer
  s(HANNAH, '13 a 4-H dairy heifer: the county Extension office at 301-555-0142 (the only source), "Is that helpful?", goodbye 119 s after the answer', [
    [0, 'p', 'my daughter wants to show a dairy heifer in 4-H, where do we even start'],
    [23, 'l', "Hello, and thanks for contacting Garrett County Public Library! I'm Hannah."],
    [29, 'l', 'How old is she, and do you already have a calf or would you need to find one?'],
    [60, 'p', 'shes 9. no calf yet'],
    [68, 'l', "At 9 she's old enough for 4-H. The county's 4-H program is run by University of Maryland Extension, and its 4-H educator can tell you about dairy clubs, leasing a calf, and the fair schedule. Call the Garrett County Extension office at 301-555-0142 and ask for the 4-H educator."],
    [74, 'l', 'Is that helpful?'],
    [187, 'l', 'Good luck to her at the fair, and thanks for chatting!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 14 pickedUpAt before the first line; a colleague consulted; internal lines inside a 124 s wait
  s(AMIR, '14 an ice cream truck in MoCo: pickedUpAt 50 (first line 70), "Let me check with our business librarian" + two internal lines, answer 124 s after the hold', [
    [0, 'p', 'i want to start an ice cream truck in montgomery county. what licenses do i need and is there help writing a business plan'],
    [70, 'l', 'Hi, thanks for your patience! Amir here, a librarian with Montgomery County Public Libraries.'],
    [76, 'l', 'Are you buying a truck that already sells ice cream, or setting one up from scratch?'],
    [110, 'p', 'from scratch, used truck'],
    [116, 'l', 'Let me check with our business librarian on the plan part — hang on.'],
    [120, 'i', 'Paul, pt starting an ice cream truck in MoCo from scratch, which business plan resource would you point them to?'],
    [170, 'i', 'Gale Business: Plan Builder, it has sample plans for food trucks', as(PAUL)],
    [240, 'l', "Our business librarian recommends Gale Business: Plan Builder, on our Research page at montgomerycountymd.gov/library, which has sample plans for food trucks. For the licenses, the state's rules for mobile food units are on health.maryland.gov (search 'mobile food service'), and the county's Licensure & Regulatory Services page lists what a truck needs for its inspection."],
    [246, 'l', 'Is this the kind of information you needed?'],
    [280, 'p', 'yes thats a lot to read but good'],
    [285, 'l', 'What else can I look up for you?'],
    [300, 'p', 'nothing, im good'],
    [304, 'l', 'Good luck with the truck, and thanks for chatting!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),

  // 15 FU_ME, e-mail read back, "by Thursday", done at 30 h; "take your time"
  s(CORA, '15 grandfather\'s 1940s dairy near Bel Air: "No rush, take your time.", harfordhistory.org, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'my grandfather ran a dairy farm near bel air in the 1940s, deer creek dairy. looking for anything about it, articles, photos'],
    [20, 'l', "Good afternoon! I'm Cora, a librarian at Harford County Public Library. What a great project."],
    [26, 'l', 'Do you know his full name and about where the farm was? An old road name would help.'],
    [40, 'p', 'let me find the deed, its in a box somewhere'],
    [45, 'l', 'No rush, take your time.'],
    [230, 'p', 'ok found it. Walter Hess, farm was off Rocks Road'],
    [238, 'l', "Thanks! The Aegis, Bel Air's weekly, is on microfilm at our Bel Air branch and isn't online for the 1940s, so I'd like to go through the reels for Deer Creek Dairy and Walter Hess myself. The Historical Society of Harford County also has a big photo collection; you can reach them at harfordhistory.org. What e-mail should I send what I find to?"],
    [270, 'p', 'jhess.family@example.com'],
    [276, 'l', "Got it — jhess.family@example.com. I'll send you what I find in the reels by Thursday."],
    [282, 'l', 'Does that give you somewhere to start?'],
    [310, 'p', "yes! that's everything, thank you so much"],
    [316, 'l', 'My pleasure, thanks for chatting — watch your inbox!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 16 FU_ME, e-mail typed but not read back, no time, done at 75 h
  s(ELI, '16 the Maryland Ice Cream Trail: mda.maryland.gov, "I\'ll … e-mail you the new map when it comes out", e-mail not read back, done at 75 h', [
    [0, 'p', 'is there a list of the farms on the maryland ice cream trail? want to do it with my kids this summer'],
    [18, 'l', 'Hi! Eli at Wicomico Public Libraries here, thanks for reaching out.'],
    [24, 'l', 'Do you want the whole trail, or just the stops on the Eastern Shore?'],
    [50, 'p', 'whole thing but we live in salisbury'],
    [57, 'l', "The Maryland Department of Agriculture publishes the trail each spring at mda.maryland.gov (search 'ice cream trail'); it lists every creamery with its address and hours. This year's map isn't posted yet, though. I'll keep an eye out and e-mail you the new map when it comes out, if you'd like — what's your e-mail?"],
    [90, 'p', 'sure, beachmom.salisbury@example.com'],
    [96, 'l', 'Perfect, thanks. Did the department page help for now?'],
    [120, 'p', 'yes thanks! thats all'],
    [125, 'l', 'Have fun on the trail, bye! 🍦'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 FU_LIB partly in Spanish, phone read back, "el viernes", nothing recorded at day 2
  s(GLORIA, '17 clases de queso en Wheaton (partly Spanish): a colleague to phone her, phone read back, "a más tardar el viernes", pending at day 2', [
    [0, 'p', 'hi, hay clases de hacer queso en español en la biblioteca? montgomery county'],
    [22, 'l', "Hi! I'm Gloria, librarian at Montgomery County Public Libraries. ¡Hola! Puedo ayudarle en español."],
    [28, 'l', '¿Qué tipo de queso le interesa, y qué sucursal le queda más cerca?'],
    [60, 'p', 'queso fresco y oaxaca. vivo cerca de wheaton'],
    [68, 'l', 'Ahora mismo no encuentro clases de queso, pero la sucursal de Wheaton organiza talleres de cocina en español. Voy a pedirle a una compañera de Wheaton que le llame con las fechas de los próximos talleres. ¿Me da su número de teléfono?'],
    [100, 'p', '240 555 0117'],
    [106, 'l', 'Anotado: 240-555-0117. Le llamarán a más tardar el viernes.'],
    [112, 'l', 'Mientras tanto, el calendario de eventos está en montgomerycountymd.gov/library/events. ¿Le sirve?'],
    [140, 'p', 'si gracias, es todo por ahora'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos. 🧀'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 2 * DAY }),

  // 18 a promise coded Answered, e-mail read back, no time, done at 20 h
  s(NED, '18 grandmother\'s peach ice cream in a 1950s Talbot cookbook: "I\'ll e-mail the scan once they pull it", e-mail read back, coded Answered', [
    [0, 'p', 'looking for my grandmothers peach ice cream recipe, it was printed in a talbot county homemakers club cookbook in the 50s'],
    [19, 'l', 'Hello! Ned here, librarian at Talbot County Free Library. Happy to help.'],
    [25, 'l', 'Do you remember the name of the cookbook or the club, or about what year?'],
    [55, 'p', 'something like "favorite recipes of talbot county" maybe 1956'],
    [62, 'l', "We have Favorite Recipes from Talbot County Homemakers (1955) in our Maryland Room; it's listed in our catalog at tcfl.org. The Maryland Room is closed this week, so I'll ask the staff there to find her recipe and scan the page for you."],
    [68, 'l', 'What e-mail should I send it to?'],
    [90, 'p', 'its peggy.w@example.net'],
    [96, 'l', "peggy.w@example.net — got it. I'll e-mail the scan once they pull it."],
    [102, 'l', 'Is there anything else I can help with?'],
    [130, 'p', 'no thats it thank you!!'],
    [134, 'l', 'Thanks for chatting, and enjoy the ice cream!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 19 FU_ME, the e-mail only in patron.email, "by Monday", done at 50 h
  s(IVY, '19 least-lactose cheeses: medlineplus.gov, "I\'ll e-mail it to the address on your account by Monday", e-mail only in patron.email, done at 50 h', [
    [0, 'p', 'which cheeses have the least lactose? just found out im lactose intolerant and i cant give up cheese'],
    [20, 'l', "Hi, thanks for contacting Ask a Librarian at Prince George's County Memorial Library System! My name is Ivy."],
    [26, 'l', 'Are you looking for general guidance, or something your doctor or dietitian asked you to find?'],
    [55, 'p', 'general, i just want to know what i can eat'],
    [62, 'l', "Hard aged cheeses such as parmesan, aged cheddar and Swiss have almost no lactose left, because it's used up as they age; fresh ones like ricotta and cottage cheese have the most. MedlinePlus has a lactose intolerance page at medlineplus.gov with lower-lactose foods."],
    [68, 'l', "I'd also like to find you a chart with actual lactose amounts per cheese; I'll e-mail it to the address on your account by Monday."],
    [74, 'l', 'Is the MedlinePlus page useful in the meantime?'],
    [100, 'p', 'yes thank you'],
    [104, 'l', 'Anything else I can help with today?'],
    [120, 'p', 'no, that is everything'],
    [124, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'lactosefree.liz@example.com', phone: null }, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 20 FU_LIB with no contact anywhere, nothing recorded at day 4
  s(TESS, '20 a cheese-making kit to borrow in Queen Anne\'s: "someone from your library will contact you", the patron gives no contact, FU_LIB, not recorded at day 4', [
    [0, 'p', 'does queen annes library lend cheese making kits? i saw another library has them'],
    [24, 'l', "Hi! Tess with AskUsNow!, Maryland's statewide chat — I'm a librarian."],
    [30, 'l', "Are you a Queen Anne's County Library cardholder?"],
    [50, 'p', 'yes'],
    [58, 'l', "Their Library of Things list at qaclibrary.org doesn't show a cheese kit right now. I'll pass your question to Queen Anne's County Library, and someone from your library will contact you about whether they could add one."],
    [64, 'l', 'Can I get an e-mail or phone number for them to reach you?'],
    [90, 'p', 'id rather not give that out, sorry'],
    [96, 'l', 'No problem at all. Did the Library of Things list help?'],
    [120, 'p', 'kind of'],
    [124, 'l', 'Is there anything else I can do for you?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for chatting with AskUsNow!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 21 a true Lost Call: check-in, then notice + goodbye exactly 180 s after the greeting
  s(NADIA, '21 custard base (Lost Call): greeting only, "Are you still with me?" at 145, "It seems you\'ve been disconnected, so I\'ll end this chat now. Thanks …" at 202', [
    [0, 'p', 'what temperature do you freeze custard ice cream base at after cooking it'],
    [22, 'l', "Hi there, welcome to AskUsNow! I'm Nadia, a librarian."],
    [145, 'l', 'Are you still with me?'],
    [202, 'l', "It seems you've been disconnected, so I'll end this chat now. Thanks for writing in, and feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 a restatement; a goodbye exactly 120 s after the answer with no check-in; four at once
  s(FIONA, '22 ricotta from cheddar whey: "So you\'ve got leftover whey …" (restated), The Art of Natural Cheesemaking, goodbye 120 s later, four chats at once', [
    [0, 'p', 'i have a bunch of whey left from making cheddar. can i make ricotta from it?'],
    [16, 'l', "Hello! I'm Fiona, a librarian at Allegany County Library System."],
    [22, 'l', "So you've got leftover whey from a batch of cheddar and want to turn it into ricotta."],
    [40, 'p', 'yes, about 2 gallons of it'],
    [48, 'l', "You can — that's where the name comes from ('re-cooked'). Heat the fresh whey to about 195 °F, add a splash of vinegar and skim off the fine curds. Expect only a cup or so from 2 gallons, so many people add a quart of milk first. David Asher's The Art of Natural Cheesemaking has a whey ricotta recipe; borrow it through our catalog at alleganycountylibrary.info. Does that cover it?"],
    [168, 'l', 'Thanks for stopping by Ask a Librarian — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'fiona-ch', -100, 60), other('f2', 'fiona-ch', 10, 300), other('f3', 'fiona-ch', 40, 200)],
  }),

  // 23 Spanish: Lost Call after three patron lines; a check-in and a goodbye 179 s after the answer
  s(ALMA, '23 paletas de un carrito en Baltimore (Spanish): Lost Call after three patron lines, "¿Sigue ahí?", goodbye 179 s after the answer', [
    [0, 'p', 'hola, quiero vender paletas de fruta en mi barrio en baltimore. necesito permiso?'],
    [12, 'p', 'son paletas hechas en casa'],
    [30, 'l', '¡Hola! Bienvenido a AskUsNow!. Soy Alma, bibliotecaria.'],
    [36, 'l', '¿Las va a vender en la calle con un carrito, o en un puesto en un mercado?'],
    [70, 'p', 'con carrito'],
    [78, 'l', 'En Baltimore, vender comida en la calle pide una licencia de vendedor ambulante, y las paletas tienen que hacerse en una cocina con licencia, no en casa. La página del Departamento de Salud de la ciudad, health.baltimorecity.gov, explica los permisos para vendedores de comida. ¿Es lo que buscaba?'],
    [180, 'l', '¿Sigue ahí?'],
    [257, 'l', 'Gracias por escribirnos. Si tiene más preguntas, vuelva cuando quiera.'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 24 a check-in and a notice that never says the chat will end; 181 s; no goodbye
  s(LEO, '24 a wooden cheese press: motherearthnews.com, "Hello? Are you still there?", "It looks like you may have lost your connection.", ended 181 s after the answer', [
    [0, 'p', 'any plans for building a cheese press out of wood?'],
    [20, 'l', 'Hi! Leo at Cecil County Public Library here. Glad you asked!'],
    [26, 'l', 'Do you have woodworking tools at home, or are you looking for something really simple?'],
    [55, 'p', 'i have basic tools, drill and saw'],
    [62, 'l', "A Dutch-style lever press is the easiest build. Ricki Carroll's Home Cheese Making has a diagram, and Mother Earth News has free plans: search 'cheese press' at motherearthnews.com. Were those the kind of plans you wanted?"],
    [190, 'l', 'Hello? Are you still there?'],
    [243, 'l', 'It looks like you may have lost your connection.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 0 }),

  // 25 dismissed: too many questions, the shift ends; no source
  s(BRETT, '25 which ice cream maker: an opinion with no source, then "that\'s too many questions for one chat and my shift ends …", "Bye!"', [
    [0, 'p', 'which ice cream maker should i buy, compressor or the freezer bowl kind'],
    [18, 'l', 'Good evening! Brett here, librarian at Dorchester County Public Library.'],
    [24, 'l', "How often do you think you'll make ice cream, and what's your budget?"],
    [50, 'p', 'every weekend in summer, under 300'],
    [58, 'l', "At that pace I'd go with a compressor machine: there's no bowl to pre-freeze, so you can make batch after batch, and decent ones fit your budget."],
    [64, 'l', 'Does that help you decide?'],
    [90, 'p', 'yes. also whats the difference with gelato, and how do i make sorbet, and can i do frozen yogurt in it, and'],
    [96, 'p', 'whats the best vanilla'],
    [103, 'l', "Sorry, that's too many questions for one chat and my shift ends in a few minutes, so I have to close this now."],
    [110, 'p', 'wow ok'],
    [114, 'l', 'Bye!'],
  ], usual({ source: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 26 the allowed ending; code ""
  s(GRETA, '26 FFA dairy cattle judging: purebreddairycattle.com, a long list, "other patrons waiting in the queue … log back in anytime", patron last, code ""', [
    [0, 'p', 'doing dairy judging for ffa, need to learn the breeds and what judges look for'],
    [15, 'l', "Hi, and welcome to Ask a Librarian! I'm Greta at Carroll County Public Library."],
    [21, 'l', 'Is your contest coming up soon, and is it dairy cattle or dairy goats?'],
    [45, 'p', 'cattle, contest in 3 weeks'],
    [53, 'l', "Judges use the Purebred Dairy Cattle Association's Unified Scorecard, free at purebreddairycattle.com. For the breeds, Carol Ekarius's Storey's Illustrated Breed Guide to Sheep, Goats, Cattle and Pigs has photos of all six dairy breeds; it's in our catalog at library.carr.org."],
    [59, 'l', 'Is that what you were after?'],
    [85, 'p', 'yes!! ok next how do i do oral reasons, and what to wear, and how to practice placing classes, and how do you get to the state contest, and'],
    [92, 'l', "Those are all good questions! There are other patrons waiting in the queue right now, so I'm going to wrap up here — please log back in anytime and we'll take them one at a time. Thanks for chatting, and good luck in the contest!"],
    [100, 'p', 'ok thx'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 27 a transfer with a notice and a note; no codes in the source
  s(RUTH, '27 raw milk and cow shares: "I\'m transferring you to him — one moment, please." + a note why, Omar 54 s later, nationalaglawcenter.org, code left out', [
    [0, 'p', 'is it legal to buy raw milk in maryland? what about a cow share'],
    [19, 'l', "Hi, Ruth here with AskUsNow!, Maryland's ask-a-librarian service."],
    [25, 'l', 'Are you asking about buying it for your family to drink, or for making cheese?'],
    [50, 'p', 'to drink, and maybe make cheese'],
    [56, 'l', "That's a legal question, and our agriculture specialist Omar from the University of Maryland Libraries is on chat right now. I'm transferring you to him — one moment, please."],
    [59, 'i', 'Omar: patron asks if raw milk / cow shares are legal in MD (to drink + cheese). Ag law is your area, ok to take?'],
    xfer(62, 'Omar', 'omar-ch'),
    [110, 'l', "Hello! I'm Omar, a librarian at the University of Maryland Libraries. Selling raw milk to drink isn't allowed in Maryland, and cow-share arrangements aren't a way around it. Cheese made from raw milk can be sold if it has been aged at least 60 days. The National Agricultural Law Center keeps a state-by-state raw milk page at nationalaglawcenter.org.", as(OMAR)],
    [116, 'l', 'Does that answer your question?', as(OMAR)],
    [150, 'p', 'yes, bummer but thats all i needed'],
    [155, 'l', 'Thanks for chatting, take care!', as(OMAR)],
  ], usual({ code: 'na', transfer: 'pass' }), { resolutionCode: undefined }),

  // 28 a silent transfer with no note; the receiver 130 s after the patron
  s(SAL, '28 a soft-serve shop on the Ocean City boardwalk: transferred with no notice and no note, Vera 130 s after the patron, oceancitymd.gov', [
    [0, 'p', 'opening a soft serve stand in ocean city this summer. what permits do i need'],
    [21, 'l', 'Hello! Sal from Worcester County Library, Ask a Librarian.'],
    [27, 'l', 'Is it a stand inside a building, or a trailer or cart on the boardwalk?'],
    [52, 'p', 'small shop on the boardwalk'],
    xfer(60, 'Vera', 'vera-ch'),
    [182, 'l', "Hi, I'm Vera, Worcester County Library's business librarian. The permits a boardwalk shop needs, a county food service license and a town business license, are explained on the Worcester County Health Department's page at worcesterhealth.org and on the Town of Ocean City's licensing page at oceancitymd.gov.", as(VERA)],
    [188, 'l', 'Did that help?', as(VERA)],
    [220, 'p', 'yes thank you'],
    [224, 'l', 'Can I help with anything else?', as(VERA)],
    [245, 'p', 'no thats all'],
    [249, 'l', 'Good luck with the shop, bye! 🍦', as(VERA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 29 a transfer with an internal note and no word to the patron; a referral by URL
  s(TOM, '29 Baltimore milk-wagon photos for a blog: an internal note only, Dee at Pratt Special Collections, the BMI "request them through thebmi.org"', [
    [0, 'p', 'hi im looking for old photos of milk delivery wagons in baltimore, like western maryland dairy, for a blog post'],
    [17, 'l', "Hi! I'm Tom, a librarian at Baltimore County Public Library."],
    [23, 'l', 'Roughly what years, and do you need photos you can publish, or just to look at?'],
    [55, 'p', '1920s-30s, i want to put them on my blog'],
    [60, 'i', 'Dee, patron wants publishable 1920s-30s photos of Baltimore milk wagons (Western MD Dairy) for a blog. Pratt Special Collections has these, can you take it?'],
    xfer(63, 'Dee', 'dee-ch'),
    [120, 'l', "Hello, Dee here from the Enoch Pratt Free Library's Special Collections. Our digital collections at digital.prattlibrary.org have several Western Maryland Dairy wagon photos from the 1920s, and each record says whether it can be reused. The Baltimore Museum of Industry also holds the dairy's company photographs; you can request them through thebmi.org.", as(DEE)],
    [126, 'l', 'Is that what you were looking for?', as(DEE)],
    [160, 'p', 'yes great thank you'],
    [164, 'l', 'Any other questions I can help with?', as(DEE)],
    [175, 'p', 'nope'],
    [180, 'l', 'Thanks for chatting, good luck with the blog!', as(DEE)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 30 a one-word question; an offer of more; "i'm all set"
  s(LENA, '30 "cows" (dairy farms left in Maryland, 4-H speech): "Cows in what sense …", nass.usda.gov, "Would you like me to pull the numbers for your county too?"', [
    [0, 'p', 'cows'],
    [14, 'l', "Hi, welcome to Ask a Librarian! I'm Lena, a librarian with St. Mary's County Library."],
    [20, 'l', 'Cows in what sense — raising them, dairy farming, a school report?'],
    [50, 'p', 'sorry hit enter too soon. how many dairy farms are still in maryland, i heard there used to be thousands. its for a 4-H speech'],
    [58, 'l', "You heard right. The USDA's Census of Agriculture counts them: the latest census shows only a few hundred Maryland farms with milk cows, down from many thousands in the first half of the 1900s. The Maryland tables are at nass.usda.gov under Census of Agriculture, and older censuses are scanned at agcensus.library.cornell.edu."],
    [64, 'l', 'Would you like me to pull the numbers for your county too?'],
    [95, 'p', "no thanks, i'm all set"],
    [100, 'l', 'Good luck with your speech — goodbye!'],
  ], usual({ complete: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CHEESE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('29')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "The Baltimore Museum of Industry also holds the dairy\'s company photographs; you can request them through thebmi.org." tells the patron to ask an organisation outside the chat for its photographs, and gives its URL (RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)"; referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)").',
};

describe('eightieth round: cheesemaking, dairy farms and ice cream, checked', () => {
  describeSessions('whole sessions', CHEESE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CHEESE.filter((c) => c.name in LEFT_WHY));
});
