/**
 * Seventy-first round, theme ROCK CLIMBING AND MOUNTAINEERING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: beginner bouldering books, a knot book for an 11-year-old, the prusik, figure
 * eight or bowline, YDS grades, gyms with belay classes near Annapolis, guidebooks (Red Rock, Red River Gorge), permits and
 * rules for climbing in parks (a bivy on Longs Peak's Diamond, Interstate State Park MN, Devil's Lake WI), mountaineering
 * history (Denali 1913, Everest 1996, Mallory and Irvine, K2, Yosemite, the 1963 American Everest expedition in the Seattle
 * Times, a 1988 Climbing magazine article, Spanish-language alpinism books), altitude sickness (Pico de Orizaba in Spanish,
 * Kilimanjaro, Diamox for Peru), climbing clubs and youth teams (Pittsburgh, a library teen club, a Frederick County kids'
 * club, a USA Climbing youth team in partly Spanish) and accident reports. Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/climbing-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 22 s, exactly 60 s (02: pass) and 61 s (03: fail); `pickedUpAt` at 50 s with the first line at
 *   165 (24); "Hey there! Marisol, reference librarian at …" (01); "Good morning, you've reached Ask a Librarian at … — Dev
 *   speaking." (02); "Hello! How can I help you?" under the screen name "Desk 3" (04: names no one, fail); "Hi there!" +
 *   "I'm Hanna, a librarian with …" split over two lines (09); Spanish "¡Hola! Le atiende Rocío, bibliotecaria …" (05),
 *   "Hola, soy Beto, bibliotecario …" (06), "Buenas tardes, le saluda Karla de la Biblioteca Pública de Denver." (12), "Hola,
 *   buenas tardes. Soy Sofía, bibliotecaria …" (19); no provider ever joined, a system queue line only (30);
 *  inquiry: indoor or outdoor, camp on the wall or at the base, the child's age, which side of the river, first time above
 *   4,000 m, compete or train, sport or trad, accounts or analysis, trips or gym, main summit or all attempts, branch, tree
 *   work or climbing, gym or guidebook, bouldering or roped, which first, travel date, print or e-books, article or issues,
 *   library system, library card / home library, top-rope or lead, consumer or medical; a question only after the first
 *   source (25: fail); a restatement with no question mark (26: pass);
 *  waits: a hold answered exactly 120 s later (07: pass) and 121 s later (08: fail); a patron line at 40, "hello?? u there" at
 *   100, the answer at 171 (09: 131 s from the first, fail); "No problem, take your time." then the patron back 235 s later
 *   (02: waiting on the patron, pass); transfer notices answered 74 s (10) and 88 s (11) later; 115 s between `pickedUpAt` and
 *   the first line, 165 s after the patron's question (24: pass);
 *  endings: a Spanish Lost Call with "¿Sigue ahí?" at 150 and "Parece que se ha desconectado, así que voy a cerrar este chat.
 *   ¡Vuelva cuando quiera!" at 265 (12: final idle 240 s, both pass); a goodbye exactly 120 s after the answer (13: idle fails,
 *   disconnect na) and 119 s after (14: na); "Hello? Are you still there?" and the session's end 180 s after the answer with
 *   no notice and no goodbye (15: idle pass, disconnect and courteous fail); "It looks like you've disconnected, so I'll
 *   close this chat now. Come back anytime!" 190 s after the answer with no question before it (16: idle fails, disconnect
 *   passes); "Sorry, I'm afraid your time is up for this chat. Goodbye." (17: dismissal); "I have other patrons waiting
 *   right now, so for gear and training please start a new chat later" (18: allowed); the patron's "no thats all i needed,
 *   thanks 👍" as the last line after "Anything else?" (26: courteous fails); goodbyes "Happy climbing, and thanks for
 *   stopping by the chat!", "Have a safe climb — bye for now!", "Enjoy the desert rock, bye!", "¡Buen viaje y gracias por
 *   escribirnos!", "¡Que le vaya bien a su hijo! Gracias por usar el chat.", "Take care, bye!", "Happy reading, bye!",
 *   "Safe travels, and thanks for chatting!"; patron-side "perfect thats all i needed", "no thats it", "sí, es todo", "no,
 *   eso es todo", "no, all set", "thats all for now", "that is everything", and "yep thx", "ok fair, thx" that do not count;
 *  sources: library catalogues by domain with named books, nps.gov/romo with the menu path, dnr.state.mn.us,
 *   dnr.wisconsin.gov, MedlinePlus (English and Spanish), usaclimbing.org, mountainproject.com, gutenberg.org,
 *   fairfaxcounty.gov, animatedknots.com, rei.com, cdc.gov's Yellow Book, books.google.com, the SPL Seattle Times archive by
 *   menu path, publications.americanalpineclub.org, rrgcc.org; none (24: an answer from the provider's own knowledge, fail);
 *  referrals: the park's Wilderness Office by phone (02: pass); "Hable con el gimnasio Momentum en Millcreek" with no contact
 *   (06: fail); "call the park office at 608-555-0147" beside "worth asking the Devil's Lake Climbing Club" with none (23:
 *   fail); a club's membership form on its site (09), a coalition's closure page (26) and King County Library System asked
 *   by the provider on the patron's behalf (22) as no referral;
 *  follow-ups: FU_ME in Spanish, e-mail typed and read back, "antes del jueves", done in 50 h (19: pass); FU_ME with the
 *   e-mail read back and no time, done exactly 72 h after the end (20: contact fails, on_time passes); "someone from your
 *   library will call you", phone read back, "by Monday", coded Answered (21: code fails, contact passes, on_time pending
 *   at day 1); FU_LIB with the e-mail typed by the patron and "Got it", no time, done after 80 h (22: contact and on_time
 *   fail);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (14); "" (26); null with no provider (30); Practice (29);
 *  transfers: a notice (a hold) and an internal note that says why (10: pass); a notice with no internal note (11: fail);
 *  concurrency: three others open through the session, four at once (27: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - keep_informed counts only the wait after pickup ("After pickup (the wait before pickup is approachability.pickup's
 *   alone)"): with `pickedUpAt` at 50 and the first provider line at 165, the span is 115 s (24: pass);
 * - Spanish lines are read for what they do: "¿Sigue ahí?" asks whether the patron is still there; "Parece que se ha
 *   desconectado, así que voy a cerrar este chat. ¡Vuelva cuando quiera!" says they seem disconnected, that the chat will
 *   end, and invites back (a goodbye, so the final idle ends there); "Le mando la lista antes del jueves" says when;
 *   "Hable con el gimnasio Momentum …" tells the patron to contact a named organisation;
 * - "It's also worth asking the Devil's Lake Climbing Club …" tells the patron to ask an organisation (a referral, 23);
 *   "their trip calendar and membership form are at explorersclubpgh.org" points to a website (a source, 09);
 * - "I'll also send your request to King County Library System so their staff can pull the … pages for you" is a promise
 *   of more later (a follow-up) and no referral: the patron is told to contact no one (22);
 * - the patron's own e-mail typed in the chat is "given … there" (22), so only the missing "when" fails followup.contact;
 * - "Will that work for your report?", "Do those sound like what you need?", "Did the events calendar help in the
 *   meantime?", "¿Le sirve por ahora el libro de Herzog?" ask whether what was given meets the need;
 * - "thats all for now" says explicitly the patron is done (20); "ok fair, thx" does not (18);
 * - a follow-up recorded exactly 72 h after `endedAt` is "within" 72 hours (20: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied
 * aside to /tmp/climbing-labels.ts). First run as labelled / disagreeing: 30 / 0. Label corrections: 0. Final: 30 running,
 * 0 LEFT (LEFT_WHY is empty). Every timing check (pickup at exactly 60 and at 61 s, by `pickedUpAt`, no provider;
 * keep_informed at 120, 121 and 131 s, across a "take your time" wait, two transfer notices and 115 s after `pickedUpAt`;
 * final idles of 119, 120, 180, 190 and 240 s; concurrency at four and at touching ends; on_time done at 50 h, exactly at
 * 72 h, late at 80 h, pending at day 1) and every Spanish line (greetings, check-in, disconnect notice, "antes del
 * jueves", the referral to a named gym) scored as labelled on the first run. The redaction equality of describeSessions
 * holds for every case (patron e-mails typed and read back, a patron phone read back, library phones beside them). A
 * deliberate mislabel (case 27's concurrency flipped to pass, then restored) failed as it should, so the cases do bite.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft); `tsc -p tsconfig.json
 * --noEmit` clean for this file.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-c', name: 'Marisol', library: 'BPL-CO' };
const DEV: Prov = { id: 'dev-c', name: 'Dev', library: 'EVL' };
const TOMASZ: Prov = { id: 'tomasz-c', name: 'Tomasz', library: 'MCL-OR' };
const DESK3: Prov = { id: 'desk3-c', name: 'Desk 3', library: 'MNL' };
const ROCIO: Prov = { id: 'rocio-c', name: 'Rocío', library: 'SAPL' };
const BETO: Prov = { id: 'beto-c', name: 'Beto', library: 'SLCO' };
const FRIEDA: Prov = { id: 'frieda-c', name: 'Frieda', library: 'LVCCLD' };
const GUS: Prov = { id: 'gus-c', name: 'Gus', library: 'BCPL' };
const HANNA: Prov = { id: 'hanna-c', name: 'Hanna', library: 'CLP' };
const IVO: Prov = { id: 'ivo-c', name: 'Ivo', library: 'ASL' };
const PILAR: Prov = { id: 'pilar-c', name: 'Pilar', library: 'ASL' };
const JADE: Prov = { id: 'jade-c', name: 'Jade', library: 'FCPL' };
const KAI: Prov = { id: 'kai-c', name: 'Kai', library: 'FCPL' };
const KARLA: Prov = { id: 'karla-c', name: 'Karla', library: 'DPL' };
const LIAM: Prov = { id: 'liam-c', name: 'Liam', library: 'FCPL-CA' };
const MEI: Prov = { id: 'mei-c', name: 'Mei', library: 'AUN' };
const NOOR: Prov = { id: 'noor-c', name: 'Noor', library: 'DEL' };
const OWEN: Prov = { id: 'owen-c', name: 'Owen', library: 'AACPL' };
const PETRA: Prov = { id: 'petra-c', name: 'Petra', library: 'BPL-ID' };
const QUENTIN: Prov = { id: 'quentin-c', name: 'Quentin', library: 'MCPL' };
const SOFIA: Prov = { id: 'sofia-c', name: 'Sofía', library: 'LAPL' };
const TARIK: Prov = { id: 'tarik-c', name: 'Tarik', library: 'ASKCO' };
const VERA: Prov = { id: 'vera-c', name: 'Vera', library: 'AUN' };
const WANDA: Prov = { id: 'wanda-c', name: 'Wanda', library: 'SPL' };
const XAVI: Prov = { id: 'xavi-c', name: 'Xavi', library: 'MPL-WI' };
const YARA: Prov = { id: 'yara-c', name: 'Yara', library: 'AUN' };
const ZEKE: Prov = { id: 'zeke-c', name: 'Zeke', library: 'HCL' };
const ABBY: Prov = { id: 'abby-c', name: 'Abby', library: 'LPL-KY' };
const BRUNO: Prov = { id: 'bruno-c', name: 'Bruno', library: 'PCCLD' };
const CLEO: Prov = { id: 'cleo-c', name: 'Cleo', library: 'TPPL' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'VRQ' };

const s = session;

export const CLIMBING: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 first bouldering books (emoji): "Hey there! Marisol, reference librarian", indoor or outdoor asked, two books in the catalogue, "perfect thats all i needed"', [
    [0, 'p', 'hi!! im 34 and never climbed b4 🧗 any beginner books on bouldering? gym just opened near me'],
    [22, 'l', 'Hey there! Marisol, reference librarian at Boulder Public Library, here.'],
    [28, 'l', 'Will you mostly be climbing indoors at the gym, or do you want to try outdoor bouldering too?'],
    [64, 'p', 'gym for now lol, outside maybe someday'],
    [72, 'l', "Two good starting points in our catalogue (boulderlibrary.org/catalog): 'Bouldering: Movement, Tactics, and Problem Solving' by Peter Beal, and 'Climbing: From Gym to Crag' by S. Peter Lewis and Dan Cauthorn. Both are on the shelf at Main right now."],
    [78, 'l', 'Is that the kind of thing you were after?'],
    [115, 'p', 'perfect thats all i needed ty!!'],
    [121, 'l', 'Happy climbing, and thanks for stopping by the chat!'],
  ], usual()),

  // 02 pickup at exactly 60 s; "take your time" then 235 s away; the Wilderness Office by phone
  s(DEV, '02 a bivy on the Diamond, Longs Peak: pickup at exactly 60 s, "No problem, take your time." then 235 s away, Wilderness Office by phone', [
    [0, 'p', 'Do I need a permit to bivy on the Diamond on Longs Peak?'],
    [60, 'l', "Good morning, you've reached Ask a Librarian at Estes Valley Library — Dev speaking."],
    [66, 'l', 'Will you be sleeping on the wall itself, or camping at the base before the climb?'],
    [90, 'p', 'hmm let me check with my partner what the plan is'],
    [95, 'l', 'No problem, take your time.'],
    [330, 'p', 'ok, sleeping on Broadway ledge, one night'],
    [338, 'l', "Then you need a Rocky Mountain National Park wilderness bivouac permit. The rules and the application are on nps.gov/romo (Plan Your Visit > Wilderness Camping > Bivouac). For questions about your route, call the park's Wilderness Office at 970-555-0140."],
    [344, 'l', 'Did that answer your question?'],
    [380, 'p', 'yes, super clear'],
    [385, 'l', 'Anything else I can look up for you?'],
    [400, 'p', 'nope'],
    [404, 'l', 'Have a safe climb — bye for now!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s
  s(TOMASZ, '03 a knot book for an 11-year-old starting lessons: pickup at 61 s, age asked, Klutz + Luebben at multcolib.org', [
    [0, 'p', 'looking for a knot book for climbing, my kid is starting lessons'],
    [61, 'l', 'Hi, sorry for the wait! Tomasz here, a librarian at Multnomah County Library.'],
    [67, 'l', 'How old is your kid? Some knot books are written for younger readers.'],
    [95, 'p', '11'],
    [103, 'l', "'The Klutz Book of Knots' is fun at that age, and for the climbing knots specifically there's 'Knots for Climbers' by Craig Luebben. Both are in our catalog at multcolib.org; I can see copies at Hollywood and Central."],
    [110, 'l', 'Do those sound like what you need?'],
    [150, 'p', 'yes great'],
    [155, 'l', 'Anything else today?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Thanks for chatting with us, take care!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets, names no one (screen name "Desk 3")
  s(DESK3, '04 climbing at Interstate State Park (MN): "Hello! How can I help you?" under the screen name "Desk 3", which side asked, DNR page', [
    [0, 'p', 'do u need a permit to rock climb at interstate state park in taylors falls'],
    [14, 'l', 'Hello! How can I help you?'],
    [20, 'l', 'Are you planning to climb on the Minnesota side or the Wisconsin side of the river?'],
    [55, 'p', 'minnesota side'],
    [61, 'l', "Minnesota asks climbers to fill in a free climbing registration card at the self-registration box by the trailhead; the rules are on the park page at dnr.state.mn.us/state_parks (Interstate State Park > Rock Climbing)."],
    [67, 'l', 'Did that help?'],
    [100, 'p', 'yep thx'],
    [104, 'l', 'You are welcome, goodbye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 Spanish: altitude sickness for Pico de Orizaba
  s(ROCIO, '05 mal de altura, Pico de Orizaba (Spanish): "¡Hola! Le atiende Rocío", MedlinePlus en español + Wilkerson, "sí, es todo"', [
    [0, 'p', 'hola buenas, voy a subir el pico de orizaba en marzo y me preocupa el mal de altura, tienen info?'],
    [30, 'l', '¡Hola! Le atiende Rocío, bibliotecaria del servicio Pregunte a un Bibliotecario de la Biblioteca Pública de San Antonio.'],
    [38, 'l', '¿Ha estado antes a más de 4.000 metros, o sería su primera vez a esa altura?'],
    [80, 'p', 'primera vez 😬'],
    [88, 'l', 'MedlinePlus en español tiene una página clara sobre el mal de altura, con síntomas y prevención: medlineplus.gov/spanish/ency/article/000133.htm. Para preparar la subida, en nuestro catálogo (mysapl.org) está "Medicine for Mountaineering & Other Wilderness Activities" de James Wilkerson.'],
    [94, 'l', '¿Esto responde a su pregunta?'],
    [140, 'p', 'sí, es todo, mil gracias'],
    [146, 'l', '¡Buen viaje y gracias por escribirnos!'],
  ], usual()),

  // 06 partly Spanish: a youth competition team; a named gym with no contact
  s(BETO, '06 equipo juvenil de escalada (partly Spanish): usaclimbing.org, "Hable con el gimnasio Momentum en Millcreek" with no contact', [
    [0, 'p', 'hi my son is 12 and wants to join un equipo juvenil de escalada, como funciona eso?'],
    [25, 'l', 'Hola, soy Beto, bibliotecario de Ask a Librarian en Salt Lake County Library. Happy to help in English or Spanish!'],
    [31, 'l', '¿Quiere competir o solo entrenar con otros niños?'],
    [70, 'p', 'competir creo, le encanta'],
    [78, 'l', 'Los equipos de competencia juveniles están afiliados a USA Climbing; las categorías por edad y el calendario están en usaclimbing.org (Compete > Youth). Hable con el gimnasio Momentum en Millcreek para preguntar si tiene equipo juvenil.'],
    [84, 'l', '¿Le sirve esto?'],
    [120, 'p', 'si gracias!!'],
    [126, 'l', '¿Algo más en que le pueda ayudar?'],
    [150, 'p', 'no, eso es todo'],
    [155, 'l', '¡Que le vaya bien a su hijo! Gracias por usar el chat.'],
  ], usual({ referral: 'fail' })),

  // 07 a hold answered exactly 120 s later
  s(FRIEDA, '07 Red Rock guidebook: "Give me a minute to check which editions we own." at 80, the answer at 200 (exactly 120 s)', [
    [0, 'p', 'whats the best guidebook for climbing at red rock outside vegas'],
    [20, 'l', "Hi! You're chatting with Frieda, librarian at Las Vegas-Clark County Library District."],
    [26, 'l', 'Are you into sport routes, trad, or both?'],
    [70, 'p', 'mostly sport, some easy trad'],
    [80, 'l', 'Give me a minute to check which editions we own.'],
    [200, 'l', "Found them: 'Red Rock Canyon: A Climbing Guide' by Jerry Handren covers both, and we have two copies — place a hold at lvccld.org/catalog. Mountain Project (mountainproject.com) is free for route updates."],
    [206, 'l', 'Does that help?'],
    [240, 'p', 'yes!'],
    [245, 'l', 'Anything else?'],
    [260, 'p', 'no, all set'],
    [265, 'l', 'Enjoy the desert rock, bye!'],
  ], usual()),

  // 08 a hold answered 121 s later
  s(GUS, '08 1996 Everest books beyond Into Thin Air: "Let me search our catalog for you, one moment." at 68, the answer at 189 (121 s)', [
    [0, 'p', 'hey do yall have any books on the 1996 everest disaster besides into thin air'],
    [18, 'l', 'Hello, Gus here at Ask Us Now, Baltimore County Public Library.'],
    [24, 'l', 'Do you want other first-hand accounts, or more of an analysis of what went wrong?'],
    [60, 'p', 'both honestly'],
    [68, 'l', 'Let me search our catalog for you, one moment.'],
    [189, 'l', "Here are three: 'The Climb' by Anatoli Boukreev and G. Weston DeWalt (his side of it), 'Left for Dead' by Beck Weathers, and 'Everest: Mountain Without Mercy' by Broughton Coburn. All are in the catalog at bcpl.info."],
    [195, 'l', 'Is that what you were looking for?'],
    [230, 'p', 'yep thanks thats all'],
    [236, 'l', 'Thanks for chatting, enjoy the reading!'],
  ], usual({ informed: 'fail' })),

  // 09 greeting in two lines; the patron's "hello??" does not restart the wait (131 s)
  s(HANNA, '09 a climbing club after a move to Pittsburgh: "Hi there!" + "I\'m Hanna, a librarian…", patron at 40 and "hello?? u there" at 100, answer at 171', [
    [0, 'p', 'how do i join a climbing club in pittsburgh? just moved here'],
    [25, 'l', 'Hi there!'],
    [30, 'l', "I'm Hanna, a librarian with Carnegie Library of Pittsburgh."],
    [36, 'l', 'Are you looking for outdoor trips or a gym-based group?'],
    [40, 'p', 'outdoor trips mostly, i have my own gear'],
    [100, 'p', 'hello?? u there'],
    [171, 'l', "Sorry for the delay! The Explorers Club of Pittsburgh runs outdoor climbing trips; their trip calendar and membership form are at explorersclubpgh.org. The American Alpine Club's chapter list (americanalpineclub.org/chapters) shows others nearby."],
    [177, 'l', 'Did that help?'],
    [210, 'p', 'yes thank u'],
    [215, 'l', 'Anything else I can help with?'],
    [230, 'p', 'nope'],
    [234, 'l', 'Welcome to Pittsburgh — thanks for chatting, bye!'],
  ], usual({ informed: 'fail' })),

  // 10 a transfer with a notice and an internal note that says why
  s(IVO, '10 first ascent of Denali for a school report: "I\'m handing you to my colleague Pilar…" + internal note why, Pilar 74 s after the notice, Stuck on gutenberg.org', [
    [0, 'p', 'who made the first ascent of denali? for a school report'],
    [20, 'l', 'Hello! Ivo at the Alaska State Library Ask a Librarian service.'],
    [26, 'l', 'Do you need just the first climb of the main summit, or the history of all the early attempts?'],
    [60, 'p', 'the main one and a book i can cite'],
    [66, 'l', "I'm handing you to my colleague Pilar, who looks after our Alaska mountaineering collection — one moment please."],
    [69, 'i', 'Pilar, student needs Denali first ascent (1913) + a citable book. Your collection, can you take it?'],
    xfer(72, 'Pilar', 'pilar-c'),
    [140, 'l', "Hi, I'm Pilar. The main summit was first reached in June 1913 by Hudson Stuck, Harry Karstens, Walter Harper and Robert Tatum; Walter Harper, an Alaska Native, was the first to stand on top. Stuck's own book 'The Ascent of Denali' (1914) is citable and free online at gutenberg.org.", as(PILAR)],
    [146, 'l', 'Will that work for your report?', as(PILAR)],
    [190, 'p', 'yes perfect thats all i need'],
    [195, 'l', 'Good luck with the report, and thanks for asking us!', as(PILAR)],
  ], usual({ transfer: 'pass' })),

  // 11 a transfer announced to the patron, with no internal note
  s(JADE, '11 teen climbing club sign-up: "I\'ll transfer you to Kai at Reston…" told to the patron, no internal note, Kai 88 s after the notice', [
    [0, 'p', 'my daughter 14 wants to join the teen climbing club at the library, how does she sign up'],
    [22, 'l', 'Hi! Jade, librarian at Ask Fairfax (Fairfax County Public Library).'],
    [28, 'l', 'Which branch does she go to?'],
    [55, 'p', 'reston'],
    [62, 'l', "I'll transfer you to Kai at Reston, who runs the teen club. Hang on a sec."],
    xfer(66, 'Kai', 'kai-c'),
    [150, 'l', "Hey, Kai here at Reston Regional. Sign-ups are on our events calendar: fairfaxcounty.gov/library/events, search 'teen climbing'. The next session is Saturday at 2.", as(KAI)],
    [156, 'l', 'Does that answer your question?', as(KAI)],
    [200, 'p', 'yes! thank you'],
    [205, 'l', 'Anything else?', as(KAI)],
    [220, 'p', 'no thats everything'],
    [224, 'l', 'Great, see you both Saturday, bye!', as(KAI)],
  ], usual({ transfer: 'fail' })),

  // 12 Spanish Lost Call: greeting, check-in, notice that invites back
  s(KARLA, '12 libros de nudos (Spanish, Lost Call): greeting only, "¿Sigue ahí?" at 150, "Parece que se ha desconectado… ¡Vuelva cuando quiera!" at 265', [
    [0, 'p', 'hola, donde encuentro libros de nudos para escalada?'],
    [25, 'l', 'Buenas tardes, le saluda Karla de la Biblioteca Pública de Denver. ¿En qué le puedo ayudar?'],
    [150, 'l', '¿Sigue ahí?'],
    [265, 'l', 'Parece que se ha desconectado, así que voy a cerrar este chat. ¡Vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 final idle exactly 120 s, no check-in
  s(LIAM, '13 Yosemite climbing history: answer + "Does that help?" at 70, goodbye at 190 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'is there a book about the history of climbing in yosemite? like the stonemasters era'],
    [20, 'l', 'Good afternoon, Liam with the Ask a Librarian service at Fresno County Public Library.'],
    [26, 'l', 'Are you after a history book or more of a photo book?'],
    [50, 'p', 'history'],
    [70, 'l', "'Pilgrims of the Vertical' by Joseph E. Taylor III covers Yosemite climbing from the 1930s on, and 'Camp 4' by Steve Roper is a first-hand history of the years before the Stonemasters. Both are in our catalog at fresnolibrary.org. Does that help?"],
    [190, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 14 final idle 119 s; Lost Call after three patron lines
  s(MEI, '14 the prusik as a rappel backup: goodbye 119 s after the answer (no idle check), coded Lost Call after three patron lines', [
    [0, 'p', 'what is a prusik knot'],
    [15, 'l', 'Hi! This is Mei, a librarian at Ask Us Now.'],
    [21, 'l', 'Is this for climbing, or for tree work or rescue?'],
    [40, 'p', 'climbing, rappel backup'],
    [46, 'p', 'my instructor mentioned it'],
    [60, 'l', "It's a friction hitch tied with a loop of cord around the rope; it grips when loaded and slides when not. Animated steps are at animatedknots.com (Climbing > Prusik). Did that help?"],
    [179, 'l', 'Thank you for using Ask Us Now. Goodbye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 a check-in, no notice, no goodbye; the session ends 180 s after the answer
  s(NOOR, '15 what 5.10a means: answer at 80, "Hello? Are you still there?" at 200, session ends at 260 (final idle exactly 180 s), no notice', [
    [0, 'p', 'what do the grades like 5.10a mean?? new to this'],
    [18, 'l', "Hello and welcome! I'm Noor, a librarian at Ask a Librarian Delaware."],
    [24, 'l', 'Are you climbing in a gym, or reading a guidebook for outdoor routes?'],
    [55, 'p', 'gym, the tags on the walls'],
    [80, 'l', "That's the Yosemite Decimal System: the 5 means technical climbing, the number after the dot is the difficulty, and a-d splits the harder grades. REI's expert advice page explains it: rei.com/learn/expert-advice/climbing-rating-systems.html. Did that help?"],
    [200, 'l', 'Hello? Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 60 }),

  // 16 a notice that does not ask, 190 s after the answer
  s(OWEN, '16 gyms with belay classes near Annapolis: answer at 50, "It looks like you\'ve disconnected, so I\'ll close this chat now. Come back anytime!" at 240', [
    [0, 'p', 'looking for a list of climbing gyms that do intro classes near annapolis'],
    [20, 'l', 'Hi, this is Owen at Anne Arundel County Public Library Ask a Librarian.'],
    [26, 'l', 'Do you want bouldering only, or roped climbing too?'],
    [40, 'p', 'roped'],
    [50, 'l', "The Mountain Project gym directory lets you filter by state and shows which gyms teach belay classes: mountainproject.com/gyms. Our 'Get Outside' guide at aacpl.net/outdoors also lists two within 20 minutes of Annapolis. Is that what you need?"],
    [240, 'l', "It looks like you've disconnected, so I'll close this chat now. Come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 17 "your time is up"
  s(PETRA, '17 K2, the 8000 m peaks and oxygen: "Sorry, I\'m afraid your time is up for this chat. Goodbye." (dismissal), patron last "wow ok"', [
    [0, 'p', 'need books on k2 history AND a list of 8000m peaks AND what oxygen climbers use'],
    [20, 'l', 'Hello, Petra from Ask a Librarian at Boise Public Library.'],
    [26, 'l', 'Which one should we start with?'],
    [50, 'p', 'k2 history'],
    [58, 'l', "'K2: Life and Death on the World's Most Dangerous Mountain' by Ed Viesturs and David Roberts is a good history; it's in our catalog at boisepubliclibrary.org. Did that help?"],
    [90, 'p', 'yes now the 8000 m peaks list pls'],
    [96, 'l', "Sorry, I'm afraid your time is up for this chat. Goodbye."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 18 other patrons waiting, a way back
  s(QUENTIN, '18 Kilimanjaro altitude, vaccines, history, gear, training: CDC Yellow Book, "I have other patrons waiting … please start a new chat later"', [
    [0, 'p', 'hi, can you find me altitude sickness info for kilimanjaro, and also books about the history of kilimanjaro climbs, and also which vaccines i need for tanzania'],
    [24, 'l', "Good evening! I'm Quentin, librarian at Ask Us Now (Montgomery County Public Libraries)."],
    [30, 'l', 'When are you going? That changes how much time you have to read up.'],
    [60, 'p', 'in 2 months'],
    [68, 'l', "For the altitude part, the CDC Yellow Book chapter on high elevation travel and altitude illness is at cdc.gov/yellow-book, and the same site's Tanzania destination page lists the vaccines. Does that cover those two?"],
    [110, 'p', 'yes! and the history books? and gear lists? and training plans?'],
    [118, 'l', "For the history, search 'Kilimanjaro' in our catalog at montgomerycountymd.gov/library. I have other patrons waiting right now, so for gear and training please start a new chat later — we're glad to keep going then!"],
    [140, 'p', 'ok fair, thx'],
    [146, 'l', 'Thanks, and have a great trip!'],
  ], usual({ anything: 'fail' })),

  // 19 Spanish follow-up by me: e-mail read back, "antes del jueves", done in 50 h
  s(SOFIA, '19 historia del alpinismo en español (Spanish, follow-up by me): e-mail read back, "Le mando la lista antes del jueves", done in 50 h', [
    [0, 'p', 'Buenas, busco libros en español sobre la historia del alpinismo, para mi papá'],
    [28, 'l', 'Hola, buenas tardes. Soy Sofía, bibliotecaria de la Biblioteca Pública de Los Ángeles (LAPL).'],
    [34, 'l', '¿Los quiere en papel en una sucursal en particular, o le sirven libros electrónicos?'],
    [75, 'p', 'en papel, sucursal de Boyle Heights'],
    [82, 'l', 'En el catálogo (lapl.org) está "Annapurna, primer 8000" de Maurice Herzog, pero quiero revisar qué más hay en la colección en español. ¿Le puedo mandar una lista por correo?'],
    [130, 'p', 'si, es papa.mtn@example.com'],
    [137, 'l', 'Perfecto: papa.mtn@example.com. Le mando la lista antes del jueves.'],
    [143, 'l', '¿Le sirve por ahora el libro de Herzog?'],
    [180, 'p', 'si gracias, eso es todo'],
    [186, 'l', '¡Gracias por escribirnos, que tenga buen día!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 20 follow-up by me: e-mail read back, no time; done exactly 72 h after the end
  s(TARIK, '20 a 1988 Climbing magazine article (follow-up by me): "I\'ll … e-mail you what I find", e-mail read back, no time, done exactly 72 h after the end', [
    [0, 'p', 'i want to find old issues of Climbing magazine from the 1980s, do libraries have those?'],
    [20, 'l', 'Hi, Tarik here, librarian at the Ask Colorado service.'],
    [26, 'l', 'Are you after a particular article or just browsing the issues?'],
    [60, 'p', 'a specific article about the first free ascent of the salathe wall, 1988'],
    [66, 'l', "Google Books has many old Climbing issues scanned in full (books.google.com, search 'Climbing magazine 1988'). I'll check whether a library near you holds the print issue and e-mail you what I find. What's your e-mail?"],
    [110, 'p', 'dana.k@example.org'],
    [116, 'l', 'Thanks, I have dana.k@example.org.'],
    [122, 'l', 'Does Google Books help for now?'],
    [160, 'p', 'yes ill look. thats all for now'],
    [166, 'l', 'Thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(171 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 21 a promise that the patron's library will call, coded Answered
  s(VERA, '21 a kids\' climbing club in Frederick County (emoji): "someone from your library will call you", phone read back, "by Monday", coded Answered', [
    [0, 'p', 'does my library have a climbing club for kids?? 9 yr old obsessed 😂'],
    [20, 'l', 'Hi! This is Vera, librarian with Ask Us Now Maryland.'],
    [26, 'l', 'Which library system are you in?'],
    [50, 'p', 'frederick county'],
    [58, 'l', "I don't see a club on their public calendar (fcpl.org/events), but their youth services staff would know of any plans. I'll pass your question to them and someone from your library will call you. What number should they use?"],
    [100, 'p', '301-555-0199'],
    [106, 'l', "Thanks — 301-555-0199. They'll call you by Monday."],
    [112, 'l', 'Did the events calendar help in the meantime?'],
    [150, 'p', 'ya thanks so much'],
    [156, 'l', 'Anything else?'],
    [170, 'p', 'nope'],
    [174, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 22 follow-up by the patron's library: e-mail typed by the patron, no time; done after 80 h
  s(WANDA, '22 1963 American Everest expedition in the Seattle Times (follow-up by patron\'s library): patron types the e-mail, "Got it", no time, done after 80 h', [
    [0, 'p', "I'm writing a piece on the 1963 American Everest expedition and need the local newspaper coverage from Seattle"],
    [30, 'l', "Hello, I'm Wanda, a reference librarian at The Seattle Public Library."],
    [36, 'l', 'Do you have a Seattle Public Library card, or which library do you use?'],
    [80, 'p', 'kcls, i live in bellevue. seattle times ideally, may 1963'],
    [88, 'l', "The Seattle Times Historical Archive is in our databases (spl.org > Research > Newspapers), free with an SPL card, which any Washington resident can get. I'll also send your request to King County Library System so their staff can pull the May 1963 pages for you."],
    [94, 'p', 'great, my email is joss.writer@example.net'],
    [100, 'l', 'Got it, thank you.'],
    [106, 'l', 'Does the database link help for now?'],
    [150, 'p', 'yes, thanks, that is everything'],
    [156, 'l', 'You are welcome, goodbye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(161 + 80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 23 two referrals: the park office by phone, the climbing club with no contact
  s(XAVI, '23 a college group at Devil\'s Lake (WI): "call the park office at 608-555-0147", "worth asking the Devil\'s Lake Climbing Club" (no contact)', [
    [0, 'p', 'can you climb at devils lake state park wisconsin? do you need a permit'],
    [22, 'l', 'Hi, Xavi here at the Madison Public Library Ask a Librarian.'],
    [28, 'l', 'Are you planning to top-rope or lead, and will you be in a group?'],
    [60, 'p', 'toprope, group of 8 from my college'],
    [68, 'l', "Individual climbers don't need a permit, but organised groups should call the park office at 608-555-0147 before the trip. The park's climbing rules are at dnr.wisconsin.gov/topic/parks/devilslake. It's also worth asking the Devil's Lake Climbing Club about the best top-rope areas."],
    [74, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes thanks'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [134, 'l', 'Have fun, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 24 pickedUpAt 50 s, the first line at 165 (115 s after pickup); no source
  s(YARA, '24 figure eight or bowline to tie in: pickedUpAt 50 s, first line at 165 (115 s after pickup), an answer with no source', [
    [0, 'p', 'whats the difference between a figure 8 and a bowline for tying in'],
    [165, 'l', "Hi, I'm Yara, a librarian at Ask Us Now. Sorry about the wait."],
    [171, 'l', 'Is this for a gym, or for climbing outdoors?'],
    [200, 'p', 'gym, they want figure 8'],
    [206, 'l', "The figure-eight follow-through is the standard tie-in knot because it's easy to check by eye and doesn't loosen when unloaded; a bowline can shake loose unless it's backed up. Since your gym requires the figure eight, stick with that one."],
    [212, 'l', 'Did that help?'],
    [240, 'p', 'yes makes sense'],
    [245, 'l', 'Anything else I can help with?'],
    [260, 'p', 'nope thanks'],
    [264, 'l', 'Take care, bye!'],
  ], usual({ source: 'fail' }), { pickedUpAt: at(50) }),

  // 25 the question comes after the first source
  s(ZEKE, '25 Mallory and Irvine: two books at hclib.org first, then "Are you more interested in Mallory himself or the mystery…?"', [
    [0, 'p', 'need a good book about mallory and irvine'],
    [20, 'l', 'Hello, Zeke at the Ask a Librarian desk, Hennepin County Library.'],
    [26, 'l', "'The Wildest Dream' by Peter and Leni Gillman is a solid biography of Mallory; 'Ghosts of Everest' covers the 1999 search that found his body. Both are in the catalog at hclib.org."],
    [32, 'l', 'Are you more interested in Mallory himself or the mystery of whether they summited?'],
    [70, 'p', 'the mystery'],
    [76, 'l', "Then 'Ghosts of Everest' first, and 'The Mystery of Mallory and Irvine' by Tom Holzel and Audrey Salkeld. Is that what you were looking for?"],
    [110, 'p', 'yes, thats all i needed!'],
    [116, 'l', 'Happy reading, bye!'],
  ], usual({ clarify: 'fail' })),

  // 26 a restatement; the patron has the last word; code ""
  s(ABBY, '26 Red River Gorge sport guide: restated with no question mark, patron "no thats all i needed, thanks 👍" last, no goodbye, code ""', [
    [0, 'p', 'hi im going to red river gorge in april and want a guidebook for the sport routes'],
    [22, 'l', 'Hi! Abby with Ask a Librarian at Lexington Public Library.'],
    [28, 'l', 'So you need a current guidebook for the sport climbing at the Red River Gorge for an April trip.'],
    [55, 'p', 'yes exactly'],
    [61, 'l', "'Red River Gorge Climbs' by Ray Ellington is the standard guide; we have it at lexpublib.org (two copies, Central and Beaumont). The Red River Gorge Climbers' Coalition posts area closures at rrgcc.org."],
    [67, 'l', 'Is that what you needed?'],
    [100, 'p', 'yep'],
    [104, 'l', 'Anything else?'],
    [125, 'p', 'no thats all i needed, thanks 👍'],
  ], usual({ courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 27 four at once
  s(BRUNO, '27 mountaineering accident reports for a safety talk: three other chats open through this one (four at once)', [
    [0, 'p', 'is there a database with mountaineering accident reports?'],
    [25, 'l', 'Hi! Bruno, librarian at the Ask a Librarian service of Pueblo City-County Library.'],
    [31, 'l', 'Are you looking for a specific accident, or reports in general?'],
    [60, 'p', 'in general, for a safety talk im giving'],
    [66, 'l', "The American Alpine Club publishes 'Accidents in North American Climbing' every year, and the whole archive is searchable free at publications.americanalpineclub.org. Does that help?"],
    [110, 'p', 'thats perfect, thats all i needed'],
    [115, 'l', 'Good luck with the talk, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'bruno-c', -200, 300), other('b2', 'bruno-c', -50, 200), other('b3', 'bruno-c', 10, 150)],
  }),

  // 28 three at most, touching ends
  s(CLEO, '28 Diamox and altitude illness for Peru: one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'does the library have anything on acute mountain sickness, my doc mentioned diamox for my trip to peru'],
    [18, 'l', 'Hello! Cleo at Ask a Librarian, Tucson-Pima Public Library.'],
    [24, 'l', 'Are you looking for consumer health info or more detailed medical articles?'],
    [50, 'p', 'consumer stuff, easy to read'],
    [56, 'l', "MedlinePlus has an easy-to-read page on altitude illness at medlineplus.gov/ency/article/000133.htm, and its acetazolamide (Diamox) drug page explains the side effects. Is that what you had in mind?"],
    [90, 'p', 'yes great, thats all i needed'],
    [95, 'l', 'Safe travels, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('c1', 'cleo-c', -300, 0), other('c2', 'cleo-c', -100, 200), other('c3', 'cleo-c', 30, 400), other('c4', 'cleo-c', 100, 500)],
  }),

  // 29 Practice
  s(TRAINEE, '29 practice chat (climbing permit script): coded Practice, every check na', [
    [0, 'p', 'test: climbing permit question'],
    [10, 'l', 'testing greeting macro - hi from training'],
    [20, 'l', 'Try nps.gov. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 no provider ever joined
  s(NOBODY, '30 bouldering wall at the rec center (emoji): no provider ever joined, "anyone??", patron left, code null', [
    [0, 'p', 'hi is the bouldering wall at the rec center free w library card?? 🙏'],
    [4, 's', 'All our librarians are busy helping others. Please stay on this page.'],
    [150, 'p', 'anyone??'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CLIMBING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-first round: rock climbing and mountaineering, checked', () => {
  describeSessions('whole sessions', CLIMBING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CLIMBING.filter((c) => c.name in LEFT_WHY));
});
