/**
 * Forty-seventh round, theme HOME, CAR AND HOBBY HOW-TO, checked: 30 whole sessions no one had written, from public library
 * "ask a librarian" chats about doing things yourself: car repair manuals (Chilton Library online for a 2009 Civic, ALLDATA
 * only inside the building, a 1967 Ford factory shop manual, an OBD-II code reader to borrow), home repair (a drywall patch,
 * a dripping Moen cartridge, a Bosch dishwasher error code and its manual), cooking (a grandmother's pie in a 1954 church
 * cookbook, canning salsa safely in Spanish, a buttermilk substitute), gardening (tomato blight, the Master Gardeners, a seed
 * library), knitting, sewing and quilt patterns, woodworking plans, pets (a lost dog, low-cost cat vaccines, a dog that ate
 * chocolate, puppy-training ebooks), the Library of Things (a sewing machine, a telescope, a dinosaur cake pan), makerspace
 * bookings (the 3D printer, the laser cutter) and collectibles (a 1943 steel cent, a stamp collection, Hull pottery).
 * Every one of the 17 checks labelled in every session before it was run (the labels copied aside to
 * /tmp/homeAndHobby-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: "Hi, thanks for contacting Ask Maplewood! This is Wanda…"; a 75 s pickup with "sorry for the wait — this is Ray…"
 *   and the clarifying question in the same line; "hi! Sam @ Riverbend Library chat here"; "hey there! Jess with Ask Oak Park
 *   Library"; Spanish "¡Hola! Le atiende Lucía, bibliotecaria de …"; "Hi! How can I help?" + "Oh no, I'm sorry! Is your dog
 *   microchipped?" under the screen name "Desk 3" (names no one: fail); a greeting that is a hold ("Hello, this is Pete at
 *   Cedar Grove Library! Let me take a look.") in a Lost Call; `pickedUpAt` at 40 s with the first line at 70 s; no librarian
 *   ever joining (a system "All librarians are busy" line, the patron leaving at 300 s);
 *  inquiry: make/model, model number, vehicle, print vs online, borrow vs read up, title and year, canning method and
 *   language, baking vs marinade, leaf spots and containers, yarn weight (asked only after the first source: fail), branch,
 *   the child's age, plywood thickness, first print or not, stamps loose vs albums, the vase's colour, microchipped, town,
 *   dinosaur pan shape, cardholder, era and region of a quilt, print vs ebook; restatements "So you want to know…?" and "So you
 *   need help figuring out…?"; an urgent answer with no question at all (fail);
 *  waits: "hang tight while I track it down" then 134 s (fail); a 135 s silent search after the patron's answer, no hold
 *   (fail); holds at 116/210/305 with the answer at 370 (pass); a transfer notice (a hold) 54 s and 69 s before the
 *   receiver's first line (pass);
 *  endings: "Are you still there?" at 220 and "It looks like you've disconnected. I'll be ending this chat now." at 300 (no
 *   thanks, no invitation: courteous fails); one line that checks in, gives notice and invites back ("Are you still there? …
 *   I'll end this chat in a minute. Feel free to chat back anytime!", idle 199 s); a check-in and then a goodbye (idle 166 s,
 *   disconnect na); a Lost Call whose idle runs 90 s from the check-in to the invitation back; "sweet 👍" with the patron's
 *   "cool ty" last (courteous fails); "np, enjoy the pancakes! bye"; "Carl from Hillsdale signing off!" after thanks;
 *   "¡Gracias por escribirnos! Que le vaya bien…"; "Good luck, I hope you find her soon! Bye for now."; "my shift is over in
 *   two minutes so I have to wrap this up. Bye." (dismissal; the "Bye." keeps courteous); "several other patrons waiting …
 *   chat back in later, or call our reference desk at 555-612-4400" (allowed); patron-side "thats all i needed", "nope thats
 *   it", "that's everything", "thats all for today", "no, es todo", "yes thx, thats all"; "ok"/"no"/"sure ty" (not done);
 *  sources: library database paths (Chilton Library, Home Improvement Reference Center, ALLDATA in the building, Libby), the
 *   catalog and WorldCat, manufacturers' support pages, Extension pages (nchfp.uga.edu, extension.umn.edu), books by title
 *   (the Red Book, Scott, Brackman, Hull and McCoy guides), Ravelry; none (the buttermilk answer from memory: fail);
 *  referrals: the library's own Central Reference Desk and reference desk by phone; the county extension office by phone (in
 *   Spanish); the Master Gardeners at the extension office with no contact (fail); the American Numismatic Association through
 *   money.org; animal control and the humane society by phone; the Humane Society's clinic to "just show up at" with only the
 *   county's URL in the message (LEFT); "call your vet … or the ASPCA Animal Poison Control Center at (888) 555-0135" (the vet
 *   has none: fail); a historical society that "has a copy" and "e-mail me the photo at askus@…" (no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (pass); a call-back "by tomorrow evening" with the
 *   phone read back but coded Answered, done after 100 h (code fails, on_time fails); FU_ME "within 72 hours", e-mail read
 *   back, not done by day 4 (on_time fails); FU_LIB, e-mail read back but no time (contact fails, pending); FU_ME with no
 *   contact anywhere (code fails, contact fails, pending);
 *  codes: a true Lost Call (one patron line); Lost Call after three patron lines (fail); "" (fail); Practice (all na); Lost
 *   Call with no librarian ever joining (pass);
 *  transfers: a notice (a hold) and an internal note before the transfer (pass); a notice with no internal note (fail);
 *  concurrency: four at once (fail); others touching both ends, three at most (pass, twice).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting line that ends in "Let me take a look." is a hold; with the patron gone before it, the session has no
 *   substantive exchange (the information checks na) and its final idle starts at the check-in (the first non-hold line after
 *   the patron's), ending at the goodbye: 90 s, idle and disconnect na (18);
 * - "Are you still there? … I'll end this chat in a minute. Feel free to chat back anytime!" is no Goodbye (Terms: it asks
 *   whether the patron is still there), so the final idle runs to endedAt (199 s); closing.courteous, whose own text asks only
 *   that a last message "invites them back", passes on it (10);
 * - "It looks like you've disconnected. I'll be ending this chat now." announces the end and thanks no one: no goodbye (09);
 * - "Sorry, my shift is over in two minutes so I have to wrap this up. Bye." ends the help for the provider's convenience with
 *   no way back (dismissal fails), and its "Bye." says goodbye (courteous passes) (14);
 * - "Hi! How can I help?" under a screen name identifies no one, and the second line ("Oh no, I'm sorry! Is your dog
 *   microchipped?") adds no name (16);
 * - "call your vet right now, or the ASPCA … at (888) 555-0135" refers to two parties; the patron's own vet comes with no
 *   contact, so not every party does (30); "bring a bagged leaf to the Master Gardeners at the county extension office" and
 *   "just show up at the Sutter Humane Society's … clinic" tell the patron to visit them (referrals) with no contact of their
 *   own (07, 17); "you can ask the American Numismatic Association … through money.org" is reached by URL (13);
 * - "The Otter Tail County Historical Society has a copy" says where a book is, telling the patron to contact no one, and
 *   "If you e-mail me the photo at askus@…" is the provider's own follow-up address: no referral (04, 24);
 * - "call the Central Reference Desk" / "call our reference desk" are the library's own departments the patron is told to
 *   contact: referrals, here with phones (02, 15);
 * - "I'll have someone at Main check it and call you back … by tomorrow evening" and "I'll check with the branch and get back to
 *   you" are follow-up promises; "someone from your library will contact you" with the code FU_LIB is a follow-up session with
 *   the e-mail read back but no time (22);
 * - "Did the seed library page help in the meantime?", "Does that help for now?", "Will those work?", "Does that cover it?",
 *   "that what u were looking for?", "does that clear it up?", "¿Le sirve esta información?" ask whether what was given meets
 *   the need; "What's the best e-mail to send it to?" does not (04);
 * - a restatement that ends in a question mark ("So you want to know what a 1943 steel penny is worth…?") is a restatement
 *   (13, 27);
 * - "thats all for today", "yes thx, thats all" and "no, es todo" say the patron is done; "sure ty", "ok" and "no" (unasked)
 *   do not.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 17: "You can just show up at the Sutter Humane Society's low-cost vaccine clinic" credited with the
 *    county's URL later in the same message (pass; RUBRIC fails: the Humane Society comes with no way to reach it).
 * Every timing check (pickup with and without `pickedUpAt` and with no provider, keep_informed across holds, a silent search
 *   and two transfers, idle and disconnect spans of 90, 166, 199 and 229 s, concurrency at touching ends, on_time done /
 *   late / pending / not done by day 4) scored as labelled on the first run. The redaction equality of describeSessions holds
 *   for every running case (patron e-mails and a phone typed in the chat).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 *
 * Labelled and run on rubric v46 (a worktree at the round's start) while v47 (block M) was being written; v47 reads all 30 as
 * v46 does.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, P, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

const WANDA: Prov = P('wanda', 'Wanda', 'MWPL');
const RAY: Prov = P('ray-cv', 'Ray', 'CVL');
const PRIYA: Prov = P('priya', 'Priya', 'EBL');
const MARIT: Prov = P('marit', 'Marit', 'LRL');
const LUCIA: Prov = P('lucia', 'Lucía', 'YCL');
const SAM: Prov = P('sam-rb', 'sam_rb', 'RBL');
const GWEN: Prov = P('gwen', 'Gwen', 'HCL');
const BEA: Prov = P('bea', 'Bea', 'NPL');
const TOMAS: Prov = P('tomas', 'Tomás', 'KPL');
const DEV: Prov = P('dev', 'Dev', 'GWL');
const ANA: Prov = P('ana-b', 'Ana', 'BSL');
const JORDAN: Prov = P('jordan', 'Jordan Lee', 'BSL');
const KWAME: Prov = P('kwame', 'Kwame', 'APL');
const NELL: Prov = P('nell', 'Nell Ortiz', 'APL');
const HAL: Prov = P('hal', 'Hal', 'PRL');
const LORRAINE: Prov = P('lorraine', 'Lorraine', 'WML');
const OSCAR: Prov = P('oscar', 'Oscar', 'DCL');
const DESK3: Prov = P('desk3', 'Desk 3', 'CCL');
const BRIDGET: Prov = P('bridget', 'Bridget', 'SPL');
const PETE: Prov = P('pete', 'Pete', 'CGL');
const MARCUS: Prov = P('marcus', 'Marcus', 'FHL');
const FRANCES: Prov = P('frances', 'Frances', 'RPL');
const JESS: Prov = P('jess', 'jess.opl', 'OPL');
const RENEE: Prov = P('renee', 'Renée (AskNJ)', 'STATE');
const CARL: Prov = P('carl', 'Carl', 'HDL');
const DOLORES: Prov = P('dolores', 'Dolores', 'BCL');
const MOIRA: Prov = P('moira', 'Moira', 'LDL');
const TRAINEE: Prov = P('trainee', 'Trainee 4', 'TRN');
const TANYA: Prov = P('tanya', 'Tanya', 'RWL');
const NOBODY: Prov = P('queue-hh', 'Unassigned', 'HHL');
const LUIS: Prov = P('luis', 'Luis', 'FPL');
const NINA: Prov = P('nina', 'Nina', 'CLS');

export const homeAndHobby: SessionCase[] = [
  // 01 Chilton online, by the book
  s(WANDA, '01 Haynes manual for a 2009 Civic: "printed or online?", Chilton Library path, "thats all i needed"', [
    [0, 'p', 'hi i need a repair manual for my 2009 honda civic, the haynes one. do u have it'],
    [22, 'l', 'Hi, thanks for contacting Ask Maplewood! This is Wanda, one of the librarians.'],
    [28, 'l', 'Do you need a printed manual, or would an online one work for you?'],
    [70, 'p', 'online is fine if i can print pages. its the brakes, rear drums i think'],
    [76, 'l', 'Great. Go to maplewoodlibrary.org > eResources > Chilton Library, log in with your card number, then pick 2009 > Honda > Civic. Brakes are under Repair > Brakes, with diagrams you can print.'],
    [82, 'l', 'Is that what you needed?'],
    [130, 'p', 'yes found it!! rear drums are there. thats all i needed'],
    [136, 'l', 'Awesome! Thanks for chatting, and good luck with the brakes.'],
  ], usual()),

  // 02 ALLDATA in the building only; 75 s pickup; the library's own desk by phone
  s(RAY, '02 ALLDATA wiring diagrams: picked up at 75 s, in-building only, "call the Central Reference Desk at (209) 555-0147"', [
    [0, 'p', 'Does the library have ALLDATA? My mechanic said it has the wiring diagrams for my truck'],
    [75, 'l', 'Good afternoon, sorry for the wait — this is Ray at Central Valley Library. Which vehicle is it?'],
    [120, 'p', '2014 F-150 5.0'],
    [127, 'l', "ALLDATA Repair is only licensed for use inside our buildings, so it won't work from home. It's on the two research computers at Central Library (2nd floor), and it has full wiring diagrams for the 2014 F-150. They get busy, so call the Central Reference Desk at (209) 555-0147 to reserve an hour."],
    [133, 'l', 'Would that work for you?'],
    [190, 'p', 'ya i can go saturday. thanks'],
    [196, 'l', 'Anything else I can help with?'],
    [215, 'p', 'no'],
    [220, 'l', 'Okay, thanks for chatting with us. Bye!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 03 dishwasher manual: "hang tight while I track it down", 134 s
  s(PRIYA, '03 Bosch dishwasher E4 code: "hang tight while I track it down" then 134 s to the answer', [
    [0, 'p', 'lost the manual for my dishwasher, its flashing an E4 code. can you find the manual online?'],
    [18, 'l', 'Hello! Priya here, a librarian at Eastbrook Library.'],
    [24, 'l', "Do you have the brand and model number? It's usually on a sticker on the inside edge of the door."],
    [90, 'p', 'bosch SHX878WD5N'],
    [96, 'l', 'hang tight while I track it down'],
    [230, 'l', "Found it: Bosch posts its manuals at bosch-home.com/us/owner-support. Enter SHX878WD5N under 'Manuals'; the Operating Instructions PDF has the error code table on page 38. E4 is a water flow problem, usually a kinked hose or a clogged filter."],
    [236, 'l', 'Does that help?'],
    [290, 'p', 'yep that fixed it!!! filter was gross lol. thank you'],
    [296, 'l', 'Ha, glad it was an easy one! Anything else today?'],
    [320, 'p', 'nope thats it'],
    [325, 'l', 'Thanks for chatting with Eastbrook, have a good one!'],
  ], usual({ informed: 'fail' })),

  // 04 grandmother's church cookbook: follow-up by me, e-mail read back, "by Friday", done in 30 h
  s(MARIT, '04 grandmother\'s rhubarb pie in a 1954 church cookbook (follow-up by me): WorldCat, scan "by Friday", done in 30 h', [
    [0, 'p', "This is a long shot. My grandmother had a recipe for rhubarb custard pie in a church cookbook from St. Olaf Lutheran in Fergus Falls, maybe 1950s. I lost my copy. Any way to find it?"],
    [40, 'l', "Hello, and welcome to Ask a Librarian! I'm Marit at the Lakes Regional Library. What a lovely thing to look for."],
    [47, 'l', "Do you remember the cookbook's title or roughly what year it came out? Church cookbooks often went through several editions."],
    [120, 'p', 'I think it was just called Favorite Recipes, and it was around 1955. It had a blue cover.'],
    [127, 'l', 'Let me look in our catalog and in WorldCat.'],
    [215, 'l', "I found it in WorldCat: 'Favorite Recipes, St. Olaf Lutheran Church Women, Fergus Falls, 1954' (worldcat.org, search the title). The Otter Tail County Historical Society has a copy, and so does our own Minnesota collection at the Fergus Falls branch, which can't be checked out."],
    [221, 'l', "I can ask the Fergus Falls staff to find the rhubarb custard pie and scan the page for you. What's the best e-mail to send it to?"],
    [280, 'p', 'oh that would be wonderful!! its ingrid.halvorson@example.com'],
    [286, 'l', "Got it, ingrid.halvorson@example.com. I'll send the scan by Friday."],
    [292, 'l', 'Is there anything else I can help with today?'],
    [330, 'p', "No that's everything, you made my day"],
    [336, 'l', "You're very welcome! Thanks for chatting with us, and talk soon."],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 05 canning salsa, in Spanish; the county extension office by phone
  s(LUCIA, '05 conservas de salsa (español): "¿baño de agua u olla a presión?", nchfp.uga.edu, Oficina de Extensión al 928-555-0163', [
    [0, 'p', 'Hola, quiero hacer conservas de salsa de tomate en frascos pero me da miedo el botulismo. ¿Tienen información?'],
    [30, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca del Condado de Yuma. Con gusto le ayudo.'],
    [37, 'l', '¿Piensa usar baño de agua hirviendo u olla a presión? Y, ¿prefiere la información en español?'],
    [95, 'p', 'baño de agua, no tengo olla de presión. sí en español porfa'],
    [102, 'l', 'Un momento, busco la guía.'],
    [180, 'l', "El Centro Nacional para la Conservación de Alimentos en Casa tiene las instrucciones probadas: nchfp.uga.edu (sección 'How do I… Can Tomatoes'). Para salsa en baño de agua hay que añadir jugo de limón embotellado o ácido cítrico a cada frasco. Hay una guía en español de la Extensión de la Universidad de Arizona en extension.arizona.edu/pubs. Si le quedan dudas, llame a la Oficina de Extensión del Condado de Yuma al 928-555-0163; ahí también revisan los manómetros de las ollas."],
    [186, 'l', '¿Le sirve esta información?'],
    [250, 'p', 'sí mucho, gracias'],
    [256, 'l', '¿Necesita algo más?'],
    [290, 'p', 'no, es todo'],
    [296, 'l', '¡Gracias por escribirnos! Que le vaya bien con las conservas.'],
  ], usual({ referral: 'pass' })),

  // 06 buttermilk substitute from memory: no source
  s(SAM, '06 buttermilk substitute (curt): "baking or for a marinade?", the answer from memory, "that help?", "np … bye"', [
    [0, 'p', 'quick q what can i use instead of buttermilk'],
    [9, 'l', 'hi! Sam @ Riverbend Library chat here'],
    [14, 'l', 'baking or for a marinade?'],
    [30, 'p', 'pancakes'],
    [36, 'l', 'put 1 tbsp lemon juice or white vinegar in a measuring cup, add milk up to 1 cup, let it sit 5 min. works fine for pancakes'],
    [41, 'l', 'that help?'],
    [60, 'p', 'perfect thats all i needed'],
    [64, 'l', 'np, enjoy the pancakes! bye'],
  ], usual({ source: 'fail' })),

  // 07 tomato blight; the Master Gardeners with no contact
  s(GWEN, '07 tomato early blight: UMN Extension page, "bring a bagged leaf to the Master Gardeners at the county extension office" (no contact)', [
    [0, 'p', 'my tomato leaves have brown spots with yellow rings and the bottom leaves are dying. what is it and what do I do'],
    [35, 'l', "Hi there, I'm Gwen at Hollis County Library. Sorry about your tomatoes!"],
    [41, 'l', 'Are the spots starting on the lower leaves and moving up? And are you growing in the ground or in containers?'],
    [100, 'p', 'yes bottom first. in raised beds'],
    [106, 'l', 'Give me a minute to find a good fact sheet.'],
    [190, 'l', 'That sounds a lot like early blight. The University of Minnesota Extension page extension.umn.edu/disease-management/early-blight-tomato-and-potato has photos to compare and what to do: pick off the spotted leaves, mulch, water at the base, and plant tomatoes somewhere else next year.'],
    [196, 'l', 'You could also bring a bagged leaf to the Master Gardeners at the county extension office; they diagnose plant problems for free.'],
    [202, 'l', 'Does that look like what you have?'],
    [260, 'p', 'yes exactly like the pictures. ok thanks'],
    [266, 'l', 'Anything else I can help you find?'],
    [290, 'p', 'no thats it'],
    [295, 'l', 'Thanks for chatting, happy gardening!'],
  ], usual({ referral: 'fail' })),

  // 08 fair isle pattern: the source first, the question after
  s(BEA, '08 1940s Fair Isle sweater pattern: Ravelry + a book at once, "What size yarn…?" only after', [
    [0, 'p', 'looking for a vintage fair isle sweater pattern like from the 1940s. for a grown man'],
    [25, 'l', 'Hello! This is Bea, librarian at Northfield Public Library.'],
    [31, 'l', "Ravelry (ravelry.com) has a free account and a pattern search: filter by 'Fair Isle', 'Pullover' and 'Vintage' and you'll get hundreds, many from 1940s leaflets. We also have the book 'Vintage Knitwear for Modern Knitters' by Tina Barrett at Main."],
    [37, 'l', 'What size yarn do you usually knit with? Some of the 1940s ones use very fine 3-ply.'],
    [90, 'p', 'I usually do fingering weight'],
    [96, 'l', "Then you're in luck, most of them are fingering or close to it. Picking 'Fingering' under Yarn Weight on Ravelry will narrow it down."],
    [102, 'l', 'Is that the kind of thing you had in mind?'],
    [150, 'p', "yes, I already found two I like. thanks so much, that's everything"],
    [156, 'l', 'Wonderful. Happy knitting, and thanks for stopping by!'],
  ], usual({ clarify: 'fail' })),

  // 09 sewing machine from the Library of Things; check-in, then a notice that only announces the end
  s(TOMAS, '09 sewing machine (Library of Things): patron gone after the answer, "Are you still there?" at 220, "I\'ll be ending this chat now" at 300', [
    [0, 'p', 'can i borrow a sewing machine from the library? i saw something about a library of things'],
    [20, 'l', 'Hi! Thanks for reaching out to Kenmore Public Library, this is Tomás.'],
    [26, 'l', 'Which branch is closest to you? Not every branch has the sewing machines.'],
    [70, 'p', 'harbor street'],
    [76, 'l', "Harbor Street has two Brother sewing machines in its Library of Things. Place a hold in the catalog at kenmorelibrary.org/things (search 'sewing machine'), then pick it up at Harbor Street; you can keep it 3 weeks. There's a waiting list of about 2 weeks right now."],
    [82, 'l', 'Does that answer your question?'],
    [220, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've disconnected. I'll be ending this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 10 telescope; four chats at once; one message that checks in, gives notice and invites back
  s(DEV, '10 telescope for a 12-year-old: four chats at once, "Are you still there? … I\'ll end this chat … chat back anytime!" at 280', [
    [0, 'p', 'do you guys lend telescopes? kid wants to see saturn'],
    [28, 'l', "Hello! I'm Dev, a librarian at Glenwood Library."],
    [34, 'l', "How old is your kid? The telescope kit has a few small parts, so it's for ages 10 and up."],
    [80, 'p', '12'],
    [86, 'l', 'Perfect age. We lend an Orion StarBlast 4.5 through the Library of Things: reserve it at glenwoodlibrary.org/telescope with your card. It comes with a star guide and a red flashlight, 2-week loan. Saturn is up in the evening this month, low in the west after sunset.'],
    [92, 'l', 'Does that cover it?'],
    [280, 'l', "Are you still there? It looks like you may have disconnected, so I'll end this chat in a minute. Feel free to chat back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('d1', 'dev', -200, 400), other('d2', 'dev', -50, 300), other('d3', 'dev', 60, 500)],
  }),

  // 11 3D printer: transfer to the Makerspace by the book
  s(ANA, '11 first 3D print: transfer to the Makerspace with a notice and a note, Jordan answers 46 s later', [
    [0, 'p', 'how do i book the 3d printer in the makerspace? and what file do you need'],
    [20, 'l', 'Hi, this is Ana with Ask Brookside Library.'],
    [26, 'l', 'Have you used our makerspace before, or would this be your first print?'],
    [60, 'p', 'first time'],
    [66, 'l', "First-timers need a quick orientation, and our makerspace staff handle those bookings, so I'm going to transfer you to Jordan in the Makerspace. One moment please."],
    [70, 'i', 'Jordan, new patron wants to book the 3D printer, needs orientation + file info. Can you take it?'],
    xfer(74, 'Jordan Lee', 'jordan'),
    [120, 'l', 'Hey, Jordan from the Brookside Makerspace here! Book a 30-minute orientation at brooksidelibrary.org/makerspace/book, then you can reserve the Prusa printers in 2-hour blocks. Bring your model as an .STL or .3MF file on a USB stick; filament is 5 cents a gram.', as(JORDAN)],
    [126, 'l', 'Does that answer your questions?', as(JORDAN)],
    [170, 'p', 'yes thx, thats all'],
    [175, 'l', 'Cool, see you in the makerspace! Thanks for chatting.', as(JORDAN)],
  ], usual({ transfer: 'pass' })),

  // 12 laser cutter: a notice, no internal note
  s(KWAME, '12 laser cutter and 1/4" plywood: "I\'m going to pass you to our makerspace coordinator" with no internal note', [
    [0, 'p', 'is the laser cutter working again? i want to cut some plywood for a sign'],
    [30, 'l', 'Hello! Kwame here at Ashby Public Library.'],
    [36, 'l', 'What thickness is the plywood? The cutter has limits.'],
    [75, 'p', '1/4 inch baltic birch'],
    [81, 'l', "I'm going to pass you to our makerspace coordinator, she'll know the machine's status. One sec."],
    xfer(85, 'Nell Ortiz', 'nell'),
    [150, 'l', 'Hi! Nell, Makerspace coordinator. Yes, the Glowforge is back up since Tuesday. 1/4" Baltic birch is fine (it cuts up to 1/2"). Book it at ashbylibrary.org/makerspace, 1 hour max per day.', as(NELL)],
    [156, 'l', 'Did that answer it?', as(NELL)],
    [200, 'p', 'yes, booked for thursday. thanks!'],
    [206, 'l', 'Great, anything else?', as(NELL)],
    [230, 'p', "that's everything"],
    [235, 'l', 'See you Thursday, thanks for chatting!', as(NELL)],
  ], usual({ transfer: 'fail' })),

  // 13 1943 steel cent: a restatement, the Red Book, the ANA by URL
  s(HAL, '13 1943 steel penny: "So you want to know…" restatement, the Red Book, "ask the American Numismatic Association … money.org"', [
    [0, 'p', 'found a 1943 steel penny in grandpas coins is it worth alot'],
    [25, 'l', 'Hi! This is Hal, a librarian at Pine Ridge Library.'],
    [31, 'l', 'So you want to know what a 1943 steel penny is worth, and maybe whether yours is anything special?'],
    [60, 'p', 'yeah'],
    [66, 'l', 'Let me check the Red Book.'],
    [150, 'l', "'A Guide Book of United States Coins' (the Red Book, in our reference section and on Hoopla) lists 1943 steel cents at about 15 cents to $1 in circulated condition. The rare ones are 1943 cents struck in bronze — a magnet tells you: steel sticks. If you think yours is unusual, you can ask the American Numismatic Association for an authentication through money.org."],
    [156, 'l', 'Does that help?'],
    [210, 'p', 'it sticks to the magnet lol. so like 50 cents. ok thanks'],
    [216, 'l', "Sorry it's not the jackpot! Anything else I can look up?"],
    [240, 'p', 'no'],
    [245, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'pass' })),

  // 14 stamp collection: "my shift is over … so I have to wrap this up. Bye."
  s(LORRAINE, '14 mother\'s stamp albums: Scott catalogue + Mystic guide, then "my shift is over in two minutes so I have to wrap this up. Bye."', [
    [0, 'p', 'I have my mothers stamp collection, mostly US 1950s-60s. How do I find out what its worth'],
    [35, 'l', 'Good evening, this is Lorraine at Westfield Memorial Library.'],
    [41, 'l', 'Are they loose stamps, on covers (envelopes), or in an album?'],
    [100, 'p', 'in albums, mostly used, some plate blocks'],
    [106, 'l', "The standard price guide is the Scott catalogue; we have the Scott Specialized Catalogue of United States Stamps & Covers in Reference, and Mystic Stamp's free value guide is at mysticstamp.com/stamp-values. Most used 1950s-60s US stamps are at the catalogue minimum (about 25 cents), plate blocks a bit more."],
    [112, 'l', 'Is that the kind of info you needed?'],
    [170, 'p', 'yes. but what about the ones from Canada and how do I sell them and are the first day covers worth anything'],
    [176, 'l', 'Sorry, my shift is over in two minutes so I have to wrap this up. Bye.'],
    [190, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 15 Hull pottery: other patrons waiting, a way back by phone
  s(OSCAR, '15 Hull tulip vase, then a list: "several other patrons waiting … chat back in later, or call our reference desk at 555-612-4400"', [
    [0, 'p', 'how can i identify a vase? it says USA on the bottom and a number 107. think its hull or mccoy'],
    [22, 'l', "Hi, you're chatting with Oscar at Delmont County Library. Happy to help!"],
    [28, 'l', 'What color and shape is it, and does it have any flowers or a pattern on it?'],
    [90, 'p', 'matte pink and blue, tulips, about 6 inches'],
    [96, 'l', "That sounds like Hull's Tulip line from the late 1930s. 'The Collector's Encyclopedia of Hull Pottery' (Roberts) and 'Warman's McCoy Pottery' are both in our catalog at delmontlibrary.org. For current prices, search sold listings on WorthPoint, free through our website with your card."],
    [102, 'l', 'Does that help you narrow it down?'],
    [160, 'p', 'yes!! ok what about a cookie jar shaped like a bear, and a depression glass bowl, and my aunts fiestaware'],
    [168, 'l', "I'd love to help with all of those, but there are several other patrons waiting right now. Please chat back in later, or call our reference desk at 555-612-4400 and we can go through the rest."],
    [190, 'p', 'ok will do'],
    [195, 'l', 'Thanks so much, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 16 lost dog: "Hi! How can I help?" under a screen name; animal control and the humane society by phone
  s(DESK3, '16 lost dog: "Hi! How can I help?" + "Oh no … Is your dog microchipped?" (no one named), animal control + humane society by phone', [
    [0, 'p', "MY DOG GOT OUT last night, who do i call?? we're in Carver city"],
    [15, 'l', 'Hi! How can I help?'],
    [20, 'l', "Oh no, I'm sorry! Is your dog microchipped?"],
    [50, 'p', 'yes'],
    [56, 'l', 'Call Carver City Animal Control right away at 555-404-7387 and file a lost report; they pick up strays overnight. Also call the Carver Humane Society shelter at 555-404-2200 and visit in person if you can (carverhumane.org/lost-pets has the found-animal list with photos).'],
    [62, 'l', 'Is that helpful?'],
    [90, 'p', 'yes calling now thank you'],
    [95, 'l', 'Good luck, I hope you find her soon! Bye for now.'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 17 low-cost cat shots: 135 s with no hold, a clinic to show up at with no contact, code ""
  s(BRIDGET, '17 low-cost cat vaccines: 135 s silent search, "just show up at the Sutter Humane Society\'s … clinic" (no contact), code ""', [
    [0, 'p', 'my cat needs her shots but vets are so expensive. is there any cheaper option around here'],
    [40, 'l', "Hi there! I'm Bridget, a librarian with the Sutter Public Library. Let's see what we can find."],
    [46, 'l', 'Which town are you in? And is it just the yearly vaccines, or does she need a checkup too?'],
    [110, 'p', 'Sutter. just rabies and the other one'],
    [245, 'l', "You can just show up at the Sutter Humane Society's low-cost vaccine clinic, the first Saturday of every month, no appointment needed; rabies is about $15. The county also lists low-cost clinics on its Pets page at suttercounty.gov/animalservices/low-cost-care."],
    [251, 'l', 'Does that help?'],
    [300, 'p', "yes, thanks so much. that's all"],
    [305, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ informed: 'fail', referral: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 18 true Lost Call: the patron leaves before pickup
  s(PETE, '18 Adirondack chair plans (Lost Call): patron leaves at 25, greeting + "Let me take a look", check-in at 130, invitation back at 220', [
    [0, 'p', 'looking for plans to build an adirondack chair'],
    left(25),
    [40, 'l', 'Hello, this is Pete at Cedar Grove Library! Let me take a look.'],
    [130, 'l', 'Are you still there?'],
    [220, 'l', "Looks like you've disconnected, so I'll close this chat. Come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 drywall patch answered, coded Lost Call after three patron lines
  s(MARCUS, '19 fist-sized drywall hole: Home Improvement Reference Center + a book, patron "ok" and leaves, coded Lost Call', [
    [0, 'p', 'how do i patch a hole in drywall, like fist sized'],
    [30, 'l', 'Hi! Marcus at Fairhaven Library here.'],
    [36, 'l', 'Is it a hole you can see through, or just a dent?'],
    [70, 'p', 'all the way through'],
    [76, 'l', "For a fist-sized hole you'll want a patch kit or the 'California patch' method. Home Improvement Reference Center (fairhavenlib.org/databases, sign in with your card) has a step-by-step article with photos: search 'drywall patch'. We also have 'Black & Decker The Complete Guide to Home Repair' in the 643s."],
    [82, 'l', 'Does that help?'],
    [140, 'p', 'ok'],
    left(142),
    [150, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 Moen cartridge: holds every ~95 s; others touch both ends
  s(FRANCES, '20 dripping Moen pull-out faucet: holds at 116/210/305, answer at 370; other chats touch both ends, three at most', [
    [0, 'p', "My kitchen faucet drips from the spout. It's a Moen single handle, maybe 15 yrs old. Is there a video or guide?"],
    [20, 'l', 'Good morning! This is Frances at Ridgeway Public Library.'],
    [26, 'l', 'Do you know the model, or can you see a cartridge number under the handle? Moen uses a few different cartridges.'],
    [110, 'p', "no idea of the model. it's a pull-out sprayer kind"],
    [116, 'l', 'OK, let me look for a guide that helps you identify it.'],
    [210, 'l', "Still looking — Moen's site has a cartridge identifier, I'm just checking which one fits pull-out faucets."],
    [305, 'l', 'Bear with me one more minute, pulling up a how-to video too.'],
    [370, 'l', "Here you go: Moen's cartridge identification page at moen.com/support/cartridge-identification walks you through it with photos; most pull-outs from that era use the 1225 cartridge. For the repair itself, Home Improvement Reference Center (ridgewaylibrary.org/research) has a step-by-step article and video: search 'replace Moen 1225 cartridge'."],
    [376, 'l', 'Is that what you were looking for?'],
    [450, 'p', 'yes this is great. ill get the 1225 at the hardware store'],
    [456, 'l', 'Anything else I can help with?'],
    [480, 'p', 'thats all for today'],
    [486, 'l', 'Thanks for contacting Ridgeway, good luck with the faucet!'],
  ], usual(), {}, {
    otherIntervals: [other('f1', 'frances', -300, 0), other('f2', 'frances', -100, 200), other('f3', 'frances', 150, 600), other('f4', 'frances', 491, 900)],
  }),

  // 21 OBD-II reader (chat-speak): the patron has the last word, no goodbye
  s(JESS, '21 check engine light: "hey there! Jess with Ask Oak Park Library", OBD-II reader to borrow, "sweet 👍", patron "cool ty" last', [
    [0, 'p', 'check engine light on, 2012 camry. does the library have one of those code reader things'],
    [18, 'l', 'hey there! Jess with Ask Oak Park Library'],
    [23, 'l', 'u want to borrow one, or just find out what the code means?'],
    [55, 'p', 'borrow i guess, autozone wanted $$ to look'],
    [61, 'l', 'yep! we lend an OBD-II code reader in our Library of Things, 1 week loan. reserve it here: oakparklibrary.org/things/obd2. once u have the code, Chilton Library (oakparklibrary.org/research) explains what it means for ur camry'],
    [66, 'l', 'that what u were looking for?'],
    [100, 'p', 'yes perfect, reserved it. thats all i needed'],
    [104, 'l', 'sweet 👍'],
    [130, 'p', 'cool ty'],
  ], usual({ courteous: 'fail' })),

  // 22 seed library, statewide: follow-up by patron's library, e-mail read back, no time
  s(RENEE, '22 heirloom seeds at Millbrook (follow-up by patron\'s library): e-mail typed and read back, no time given, pending', [
    [0, 'p', 'does Millbrook library have a seed library this spring? want heirloom tomato and bean seeds'],
    [30, 'l', "Hello, this is Renée with AskNJ, the statewide chat. I'm at a different library but I'll see what I can find."],
    [36, 'l', 'Are you a Millbrook cardholder? Some seed libraries are only for residents.'],
    [80, 'p', 'yes'],
    [86, 'l', 'Let me check their website.'],
    [170, 'l', "Millbrook's site (millbrooklibrary.org/seeds) says the seed library reopens in March, but it doesn't list this year's varieties. I'll pass your question to the Millbrook staff, and someone from your library will contact you about the heirloom tomatoes and beans. What e-mail should they use?"],
    [220, 'p', 'tgreene@example.com'],
    [226, 'l', 'Thanks, tgreene@example.com. Did the seed library page help in the meantime?'],
    [270, 'p', 'yes ok'],
    [276, 'l', 'Anything else?'],
    [290, 'p', 'no thanks'],
    [295, 'l', 'Thanks for using AskNJ, bye!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 23 1967 Ford shop manual: a call-back promise coded Answered, done after 100 h
  s(CARL, '23 1967 Ford shop manual wiring: call back "by tomorrow evening", phone read back, coded Answered, done after 100 h', [
    [0, 'p', 'Do you have the 1967 Ford shop manual (the big factory one) for a Mustang? Need the wiring for the dash lights'],
    [25, 'l', 'Hi, thanks for contacting Hillsdale District Library. My name is Carl.'],
    [31, 'l', 'Is it just the wiring diagrams you need, or the full body and chassis manual?'],
    [80, 'p', 'just the wiring diagrams'],
    [86, 'l', 'One moment, checking the catalog.'],
    [150, 'l', "Our catalog lists the '1967 Ford Car Shop Manual' (5 volumes) in the Auto Repair collection at Main, reference only. I can't see which volume has the dash light wiring from here, so I'll have someone at Main check it and call you back with the page numbers by tomorrow evening. What's a good number?"],
    [210, 'p', '517-555-0188'],
    [216, 'l', '517-555-0188, got it. Main will call you by tomorrow evening.'],
    [222, 'l', 'Anything else I can help with?'],
    [250, 'p', 'nope thats it thanks'],
    [255, 'l', 'Thanks for chatting, Carl from Hillsdale signing off!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 24 quilt pattern from a photo: follow-up by me, "within 72 hours", not done by day 4
  s(DOLORES, '24 great-aunt\'s quilt pattern (follow-up by me): Brackman\'s Encyclopedia, e-mail read back, "within 72 hours", not done by day 4', [
    [0, 'p', "i have a photo of my great aunt's quilt and want to know the pattern name. can i send you the picture?"],
    [30, 'l', "Hello! I'm Dolores, a librarian at Bell County Library."],
    [36, 'l', 'Do you know roughly when and where she made it? Pattern names changed a lot by region.'],
    [95, 'p', '1930s, kentucky'],
    [101, 'l', "Our chat can't take pictures, unfortunately. Barbara Brackman's 'Encyclopedia of Pieced Quilt Patterns' is the standard index for naming them, and we have it in Reference. If you e-mail me the photo at askus@bellcountylibrary.org, I'll look it up in Brackman and write back within 72 hours. What's your e-mail, so I can find your message?"],
    [160, 'p', 'its rosalie.b@example.com'],
    [166, 'l', "Great, rosalie.b@example.com. Send it whenever you're ready and I'll reply within 72 hours."],
    [172, 'l', 'Is there anything else today?'],
    [200, 'p', "no that's all, thank you!"],
    [205, 'l', 'Thank you for chatting with Bell County Library!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 25 dinosaur cake pan: follow-up by me with no contact anywhere
  s(MOIRA, '25 dinosaur cake pan to borrow (follow-up by me): "I\'ll check with the branch and get back to you", no contact known', [
    [0, 'p', "hi! do u have the wilton character cake pans to borrow? need a dinosaur one for my son's bday on the 14th"],
    [20, 'l', "Hi! You've reached Ask Lindale Library, this is Moira."],
    [26, 'l', "Is it a 3D dinosaur pan or a flat shaped one you're after?"],
    [70, 'p', 'any dino one honestly'],
    [76, 'l', "Our cake pan collection is in the catalog at lindalelibrary.org/cakepans. I see a Wilton T-Rex pan, but it shows as checked out with no due date, which is odd. I'll check with the branch and get back to you."],
    [82, 'l', 'Does that help for now?'],
    [120, 'p', 'sure ty'],
    [125, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 26 practice
  s(TRAINEE, '26 practice chat (craft patterns script): coded Practice, every check na', [
    [0, 'p', 'TEST test - crochet patterns pls'],
    [8, 'l', 'Hi, this is a practice session for the new chat queue.'],
    [15, 'l', 'Try the Hobbies & Crafts Reference Center on our databases page. Did that help?'],
    [25, 'p', 'end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 Simplicity sizing: pickedUpAt 40 s, restatement as the clarifying question
  s(TANYA, '27 Simplicity 8137 sizing: pickedUpAt 40 s (first line at 70), "So you need help figuring out which size…?", "Happy sewing! Thanks…"', [
    [0, 'p', 'hiii so i bought a simplicity pattern 8137 and the sizes r confusing, im a medium in stores but the envelope says 16??'],
    [70, 'l', "Hello and welcome! I'm Tanya, librarian at Rosewood Library. So you need help figuring out which size on the pattern envelope fits you?"],
    [100, 'p', 'yesss'],
    [106, 'l', "Pattern sizes run about 2 sizes bigger than store sizes, so that's normal! Measure your bust, waist and hips and compare them to the chart on the back of the envelope, not your store size. Simplicity's size chart is at simplicity.com/size-charts. If you're between sizes, the book 'Fit for Real People' (Palmer/Pletsch, in our catalog) shows how to blend sizes."],
    [112, 'l', 'does that clear it up?'],
    [150, 'p', 'omg yes that makes sense. ty!!'],
    [155, 'l', 'Anything else I can help you with today?'],
    [175, 'p', 'no thats it'],
    [180, 'l', 'Happy sewing! Thanks for stopping by Ask Rosewood.'],
  ], usual(), { pickedUpAt: at(40) }),

  // 28 no provider ever joined
  s(NOBODY, '28 granny-square blanket pattern: no librarian joins, system notice, patron leaves; Lost Call with one patron line', [
    [0, 'p', 'hi does the library have a pattern for a crochet granny square blanket'],
    [90, 's', 'All librarians are busy right now. Please stay in the queue or e-mail your question.'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 puppy books: final idle 166 s, check-in then a goodbye
  s(LUIS, '29 crate-training ebooks on Libby: patron quiet after the answer, "Hi, are you still there?" at 215, goodbye at 247 (idle 166 s)', [
    [0, 'p', 'any good books on crate training a puppy? we just got a lab'],
    [25, 'l', 'Hi! Thanks for contacting Ask Us at Fremont Public Library. This is Luis.'],
    [31, 'l', 'Congrats on the puppy! Do you prefer a print book, an ebook, or videos?'],
    [75, 'p', 'ebook on libby if possible'],
    [81, 'l', "'The Puppy Primer' by Patricia McConnell and 'Puppy Training for Kids' by Colleen Pelar are both on Libby right now (search the titles in the Libby app with your Fremont card). McConnell has a good chapter on crate training."],
    [87, 'l', 'Will those work?'],
    [215, 'l', 'Hi, are you still there?'],
    [247, 'l', "I'll close the chat for now — thanks for stopping by, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 30 dog ate chocolate: "call your vet … or the ASPCA Animal Poison Control Center at (888) 555-0135"
  s(NINA, '30 dog ate chocolate chips: no question, "call your vet right now, or … Poison Control at (888) 555-0135", others touch the end', [
    [0, 'p', 'my dog just ate a bunch of chocolate chips what do i do'],
    [12, 'l', 'Hi, this is Nina at Ask Coastal Libraries.'],
    [16, 'l', "Please call your vet right now, or the ASPCA Animal Poison Control Center at (888) 555-0135 (open 24/7, there may be a fee). Chocolate can be dangerous for dogs, so don't wait to see if there are symptoms."],
    [22, 'l', 'Can I help with anything else?'],
    [40, 'p', 'calling them now'],
    [45, 'l', 'I hope your pup is OK. Take care, and thanks for reaching out.'],
  ], usual({ clarify: 'fail', complete: 'fail', referral: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nina', -500, 0), other('n2', 'nina', -50, 100), other('n3', 'nina', 10, 200), other('n4', 'nina', 50, 400)],
  }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '17 low-cost cat vaccines: 135 s silent search, "just show up at the Sutter Humane Society\'s … clinic" (no contact), code ""':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 4 "You can just show up at the Sutter Humane Society\'s low-cost vaccine clinic …"). Message 4 tells the patron to visit the Sutter Humane Society\'s clinic (a referral: RUBRIC Terms, Referral) and gives it no e-mail, phone, postal address or URL; the only URL in the message, suttercounty.gov/animalservices/low-cost-care, is the county\'s Pets page, a website for the patron to use (a source, not the Humane Society\'s contact), so not every party referred to comes with a way to reach them. (Case 30, where the phone given is the ASPCA\'s and "your vet" has none, is read as labelled: "the contact given is another party\'s".)',
};

describe('forty-seventh round: home, car and hobby how-to, checked', () => {
  describeSessions('whole sessions', homeAndHobby.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', homeAndHobby.filter((c) => c.name in LEFT_WHY));
});
