/**
 * Seventieth round, theme WOODWORKING AND FURNITURE MAKING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: plans (a first bookshelf, a cedar-strip canoe, a crib in Spanish, scout
 * birdhouses, a workbench, kitchen cabinets), tool lending (a trim router) and makerspaces (a table saw safety class, a
 * planer for rough mesquite), identifying old pieces (a Michoacán chair in Spanish, a Baltimore-stamped dresser, oak or ash,
 * an Old Town canoe's build year), finishes and glues (cedar outdoors, Titebond II or III, paint off a rocking chair),
 * lumber (rough white oak near Minneapolis, a walnut slab, a Bangor sawmill), guilds and classes (Sacramento, Seattle spoon
 * carving), and books, magazines, manuals and videos (Shaker shop drawings, carpentry books in Spanish, Fine Woodworking,
 * a 1950s Delta bandsaw manual, sharpening, streaming joinery videos, rust on a Stanley plane). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/woodworking-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Dana, a librarian at …" (01); a 61 s pickup (02: fail); a pickup at exactly 60 s
 *   under the screen name "Tool Library Desk" with "Hey there! What are you working on?" and no name, library or service
 *   in either of the first two lines (03: greeting fails, pickup passes); "Good evening!" + "I'm Jade, one of the reference
 *   librarians at …" split over two lines, `pickedUpAt` at 58 s and the first line at 170 s (09); Spanish "¡Buenas
 *   tardes! Soy Marisol, bibliotecaria de …" (06) and "¡Hola! Le atiende Gaby, bibliotecaria de …" (30); bilingual "¡Hola!
 *   Hi, this is Luz at …" (11); chat-speak "hey! Yara, youth services librarian at Boise Public Library 😊" (20); the
 *   service named alone ("Finn at AskColorado", 29; "Emma with Qandanj, the New Jersey librarians chat", 28); a 70 s pickup
 *   after the patron's "hello?" (15); no provider ever joined (22);
 *  inquiry: height and tools, first boat, which branch, retail or sawmill, marks and country, indoor or exterior asked
 *   only after the first source (07: fail), dried or green, meetings or shop space, which volume, language and experience,
 *   home library, serial number, free or paid, model plate, waterstones or sandpaper, number of kids, frameless or face
 *   frame, height and hand tools, end grain, board width, current or back issues, rain or porch, rust or pitting, mattress;
 *  waits: "Let me pull up the class calendar — one moment." answered 121 s later (04: fail); "Bear with me …" answered
 *   120 s later by a partial-result hold, then the answer 104 s after that (05: pass at exactly the limit); a hold of 84 s
 *   (10); a transfer notice answered 74 s later by the receiver (16); a silent transfer with an internal note in between,
 *   the receiver 130 s after the patron (17: fail); a transfer notice answered 54 s later (18); "Claro, tómese su tiempo."
 *   and the patron back 200 s later (30: waiting on the patron); 112 s from `pickedUpAt` to the first line (09);
 *  endings: patron-side "thats everything i need 👍", "no more questions", "nope thats all", "no thats everything",
 *   "es todo", "that is all I needed", "thats it for now", "eso es todo", "nope all set", "thats all!", "no thats it",
 *   "no thats all i needed, bye" (the patron's last word, 25: courteous fails), and "yes thank u", "yes i'll look, thanks",
 *   "ok np thx" that do not count; goodbyes "Happy building, and thanks for chatting with us!", "Enjoy the build — take
 *   care!", "My pleasure — have a great evening!", "¡Gracias a usted! Que le vaya bien.", "Bye now, happy sawing!"; a Lost
 *   Call with "Hello? Are you still there?" at 160 and "Seems we've lost you, so I'll close this chat in a moment. Come
 *   back anytime …" at 330 (14); "Are you still with me?" and nothing more, final idle 190 s (15); a goodbye exactly 120 s
 *   after the answer (26: idle fails) and 119 s after it (27: na); a check-in and a notice-with-goodbye, final idle 224 s
 *   (28); a check-in only, final idle 224 s (29: notice and courteous fail); "Our chats are limited to one question each,
 *   so this session is over." (23: dismissal); "A few other patrons are waiting … please chat back in later …" (24:
 *   allowed);
 *  sources: ana-white.com and the catalogue, Canoecraft and wcha.org, the Minnesota DNR directory, Field Guide to American
 *   Antique Furniture, Understanding Wood Finishing, wood-database.com, Shop Drawings of Shaker Furniture, archive.org
 *   city directories, Kanopy, vintagemachinery.org, The Complete Guide to Sharpening, audubon.org, Building Kitchen
 *   Cabinets, Workbenches, fpl.fs.usda.gov, Libby and finewoodworking.com, titebond.com, cpsc.gov/es; none (29: products
 *   named only, fail);
 *  referrals: a museum's decorative arts department by phone, in Spanish (06: pass); "give Hollow Creek Sawmill out in
 *   Ooltewah a call" with no contact (08: fail); a guild through its site's Contact page (09: pass); "you could visit the
 *   Xerocraft makerspace … hours and membership at xerocraft.org" (26: pass); the patron's library's Maryland Department
 *   asked on the patron's behalf (12: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 40 h (10); a Spanish promise to e-mail the list,
 *   e-mail read back, no time, coded Answered (11); FU_LIB, phone read back, "by Wednesday", never recorded, day 4 (12:
 *   on_time fails); FU_ME with no contact anywhere and no promise (13);
 *  codes: a true Lost Call (14); Lost Call after two patron lines (15); null with no provider (22); "" (27); Practice (21);
 *  transfers: notice + internal note (16: pass); internal note only (17: fail); notice only, no internal note (18: fail);
 *  concurrency: three others open at once with this one (19: four, fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (20: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there! What are you working on?" and "Do you have a library card with us already? …" greet but name no one: "with
 *   us" is not a name, "librarian", the library or the service (03); "Finn at AskColorado" and "Emma with Qandanj" name
 *   the service (29, 28);
 * - with `pickedUpAt` at 58 s and the first visible line at 170 s, pickup is 58 s and the part of the patron's wait before
 *   pickup is pickup's alone, so the wait keep_informed measures is 112 s (09: pass);
 * - a hold that gives a partial result and says the search goes on ("Still searching — I've got one so far, checking a
 *   couple more.") ends one span and starts the next (05);
 * - "¿Prefiere que le escriba en español o en inglés?" asks about format, which shapes the answer: a clarifying question
 *   (11);
 * - "También voy a buscar más títulos … y le mando la lista por correo." promises to send more later: a follow-up session
 *   by promise (11);
 * - "I'll pass your question to Pratt's Maryland Department so they can search …" is staff consulted on the patron's
 *   behalf, not a referral (12); "give Hollow Creek Sawmill … a call" tells the patron to call an organisation (08);
 *   "contact them through sacwoodworkers.org (Contact page)" reaches the guild by a URL (09);
 * - "Will that get you started?", "Does that give you a place to start?", "Is that a good start?", "would those work for
 *   your den?", "¿Le sirve?" ask whether what was given meets the need; "Want me to look for a book on dovetails too?"
 *   offers something not yet given and does not (13);
 * - "thats it for now" and "nope all set" say explicitly that the patron is done; "ok np thx" does not;
 * - "My pleasure — have a great evening!" and "¡Gracias a usted! Que le vaya bien." say goodbye / thank the patron;
 * - "Our chats are limited to one question each, so this session is over." tells the patron they reached a limit of
 *   questions and offers no way back (23);
 * - "Seems the connection dropped on your end, so I'm closing the chat now." tells the patron they seem to have
 *   disconnected and that the session will end (28).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied
 * aside to /tmp/woodworking-labels.ts). First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one
 * disagreement reread against RUBRIC.md; the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - followup.completeness, case 12: "Do the directories on archive.org help for now?" read as never asking (fail; RUBRIC
 *    pass: it asks whether the directories already given meet the need).
 * Every timing check (pickup at 61 s, exactly 60 s, 70 s, by `pickedUpAt` at 58 s, no provider; keep_informed at 121 s,
 * exactly 120 s across a partial-result hold, 130 s across an internal note and a silent transfer, 112 s after
 * `pickedUpAt`, "tómese su tiempo"; final idles of 119, 120, 190, 224 (twice) and 308 s; concurrency at four and at
 * touching ends; on_time done at 40 h, never recorded by day 4, pending at day 1 twice) scored as labelled on the first
 * run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a
 * patron phone read back, a museum's phone beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). `tsc -p tsconfig.json
 * --noEmit`: clean.
 * RUBRIC v63 (block AC, made after this file from its LEFT case among others): case 12 (AC7: "Do the directories on archive.org
 *   help for now?") now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-ww', name: 'Dana', library: 'MCL' };
const EVAN: Prov = { id: 'evan-ww', name: 'Evan', library: 'KRL' };
const TOOLDESK: Prov = { id: 'tooldesk-ww', name: 'Tool Library Desk', library: 'OPL' };
const FAYE: Prov = { id: 'faye-ww', name: 'Faye', library: 'AADL' };
const GRANT: Prov = { id: 'grant-ww', name: 'Grant', library: 'HCL-MN' };
const MARISOL: Prov = { id: 'marisol-ww', name: 'Marisol', library: 'LAPL' };
const HOLLY: Prov = { id: 'holly-ww', name: 'Holly', library: 'TCCL' };
const IVAN: Prov = { id: 'ivan-ww', name: 'Ivan', library: 'CPL-TN' };
const JADE: Prov = { id: 'jade-ww', name: 'Jade', library: 'SPL-CA' };
const KEN: Prov = { id: 'ken-ww', name: 'Ken', library: 'CPL-OH' };
const LUZ: Prov = { id: 'luz-ww', name: 'Luz', library: 'SAPL' };
const MAYA: Prov = { id: 'maya-ww', name: 'Maya', library: 'AUN' };
const NED: Prov = { id: 'ned-ww', name: 'Ned', library: 'DPL-CO' };
const OTTO: Prov = { id: 'otto-ww', name: 'Otto', library: 'DDL' };
const PIA: Prov = { id: 'pia-ww', name: 'Pia', library: 'MSL' };
const RHEA: Prov = { id: 'rhea-ww', name: 'Rhea', library: 'AUN' };
const SAM: Prov = { id: 'sam-ww', name: 'Sam', library: 'AUN' };
const TOM: Prov = { id: 'tom-ww', name: 'Tom', library: 'SPL-WA' };
const TESS: Prov = { id: 'tess-ww', name: 'Tess', library: 'SPL-WA' };
const VERA: Prov = { id: 'vera-ww', name: 'Vera', library: 'MPL-WI' };
const WALT: Prov = { id: 'walt-ww', name: 'Walt', library: 'MPL-WI' };
const XAVIER: Prov = { id: 'xavier-ww', name: 'Xavier', library: 'APL-TX' };
const YARA: Prov = { id: 'yara-ww', name: 'Yara', library: 'BPL-ID' };
const TRAINEE: Prov = { id: 'trainee-ww', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-ww', name: 'Queue', library: 'VRQ' };
const ZANE: Prov = { id: 'zane-ww', name: 'Zane', library: 'AAL-FL' };
const ABBY: Prov = { id: 'abby-ww', name: 'Abby', library: 'WPL-MA' };
const BEN: Prov = { id: 'ben-ww', name: 'Ben', library: 'PPL-RI' };
const CORA: Prov = { id: 'cora-ww', name: 'Cora', library: 'PCPL' };
const DEV: Prov = { id: 'dev-ww', name: 'Dev', library: 'APL-VA' };
const EMMA: Prov = { id: 'emma-ww', name: 'Emma', library: 'QNJ' };
const FINN: Prov = { id: 'finn-ww', name: 'Finn', library: 'ACO' };
const GABY: Prov = { id: 'gaby-ww', name: 'Gaby', library: 'HPL-TX' };

const s = session;

export const WOODWORKING: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 first bookshelf for a kid\'s room: "you\'ve reached Dana", height and tools asked, ana-white.com + catalogue, "thats everything i need 👍"', [
    [0, 'p', 'hi!! i want to build a bookshelf for my sons room, do u have plans? total beginner lol'],
    [25, 'l', "Good morning, you've reached Dana, a librarian at Multnomah County Library."],
    [31, 'l', 'How tall are you picturing it, and what tools do you have at home?'],
    [80, 'p', 'like 4 ft tall. i have a drill and a jigsaw thats it'],
    [87, 'l', "That's plenty for a screwed-and-glued case. Ana White's free plans at ana-white.com (search 'simple bookshelf') use only those two tools, and our catalog at multcolib.org has beginner project books under the subject 'Bookcases'."],
    [93, 'l', 'Is that the kind of plan you had in mind?'],
    [140, 'p', 'yes perfect, thats everything i need 👍'],
    [146, 'l', 'Happy building, and thanks for chatting with us!'],
  ], usual()),

  // 02 a 61 s pickup
  s(EVAN, '02 cedar-strip canoe plans (chat-speak): 61 s pickup, Canoecraft on hold at krl.org, "no more questions"', [
    [0, 'p', 'lookin for plans to build a cedar strip canoe. 16 ft or so'],
    [61, 'l', 'Hi, Evan with Kitsap Regional Library here. Sorry to keep you waiting!'],
    [68, 'l', 'Have you built a boat before, or would this be your first?'],
    [110, 'p', 'first one. built furniture tho'],
    [117, 'l', "Ted Moores' book Canoecraft is the usual starting point: full plans and step-by-step photos. We own two copies, so you can place a hold at krl.org. The Wooden Canoe Heritage Association's forum at wcha.org is good for questions mid-build."],
    [123, 'l', 'Will that get you started?'],
    [170, 'p', 'ya thats great thx, no more questions'],
    [175, 'l', 'Enjoy the build — take care!'],
  ], usual({ pickup: 'fail' })),

  // 03 pickup at exactly 60 s; greets but names no one
  s(TOOLDESK, '03 borrowing a trim router: pickup at exactly 60 s, "Hey there! What are you working on?" under the screen name "Tool Library Desk"', [
    [0, 'p', 'does the library lend out tools? need a router for like a weekend'],
    [60, 'l', 'Hey there! What are you working on?'],
    [72, 'p', 'rounding over the edges of a tabletop'],
    [78, 'l', 'Do you have a library card with us already? Tools check out on adult cards only.'],
    [100, 'p', 'yes'],
    [106, 'l', 'Then you can reserve a trim router online at oaklandlibrary.org/toollending, under Power Tools > Routers. Loans are one week. Does that cover it?'],
    [140, 'p', 'yep thanks!'],
    [145, 'l', 'Anything else today?'],
    [160, 'p', 'nope thats all'],
    [164, 'l', 'Have fun with the tabletop. Bye!'],
  ], usual({ greeting: 'fail' })),

  // 04 a hold answered 121 s later
  s(FAYE, '04 table saw safety class at the makerspace: "Let me pull up the class calendar — one moment." answered 121 s later', [
    [0, 'p', 'When is the next table saw safety class at the makerspace? I need it before I can use the saw'],
    [20, 'l', 'Hello! This is Faye at Ann Arbor District Library.'],
    [26, 'l', 'Which location are you hoping to take it at, downtown or Westgate?'],
    [50, 'p', 'downtown'],
    [55, 'l', 'Let me pull up the class calendar — one moment.'],
    [176, 'l', "The next downtown Table Saw Safety session is Saturday the 14th at 10 am; sign up at aadl.org/events (filter by 'Makerspace'). It's capped at six people."],
    [182, 'l', 'Does that answer your question?'],
    [220, 'p', 'yes signed up already. thank you!'],
    [226, 'l', 'Anything else I can help with?'],
    [245, 'p', 'no thats everything'],
    [250, 'l', 'Great, stay safe out there with that saw. Goodbye!'],
  ], usual({ informed: 'fail' })),

  // 05 holds at exactly the limit
  s(GRANT, '05 rough-sawn white oak near Minneapolis: "Bear with me" at 66, partial result at 186 (120 s), answer at 290', [
    [0, 'p', 'where can i buy rough sawn white oak near minneapolis? not home depot'],
    [15, 'l', 'Hi, Grant here, librarian at Hennepin County Library.'],
    [22, 'l', 'Are you looking for a retail lumberyard, or would you buy straight from a sawmill?'],
    [60, 'p', 'either, whatever is cheaper'],
    [66, 'l', 'Bear with me while I look for some local dealers.'],
    [186, 'l', "Still searching — I've got one so far, checking a couple more."],
    [290, 'l', "Here's what I found: the Minnesota DNR keeps a directory of sawmills and lumber dealers at dnr.state.mn.us (search 'forest products directory'), and the Wood Database (wood-database.com) explains grades if you buy rough stock."],
    [296, 'l', 'Is that what you were looking for?'],
    [350, 'p', 'yes this is super helpful'],
    [356, 'l', 'Anything else?'],
    [370, 'p', 'nah'],
    [374, 'l', 'Thanks for chatting — enjoy the oak!'],
  ], usual()),

  // 06 Spanish: an antique chair, a museum by phone
  s(MARISOL, '06 silla antigua de Michoacán (Spanish): "Soy Marisol, bibliotecaria", Butler\'s field guide, a museum\'s decorative arts department by phone, "es todo"', [
    [0, 'p', 'hola, tengo una silla antigua de mi abuela y quiero saber de que epoca es. tiene patas torneadas y asiento de paja'],
    [35, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [42, 'l', '¿Tiene alguna marca o etiqueta debajo del asiento? ¿Y sabe de qué país vino la silla?'],
    [110, 'p', 'no tiene marca. vino de Michoacán creo'],
    [118, 'l', 'Para comparar estilos le recomiendo el libro "Field Guide to American Antique Furniture" de Joseph T. Butler, que está en nuestro catálogo (lapl.org). Para una opinión experta, llame al Departamento de Artes Decorativas del Museo del Oeste al 213-555-0142 y pida hablar con un curador.'],
    [124, 'l', '¿Le sirve esta información?'],
    [180, 'p', 'si muchas gracias, es todo'],
    [186, 'l', '¡Con gusto! Gracias por escribirnos y suerte con la silla.'],
  ], usual({ referral: 'pass' })),

  // 07 the first source before the first question
  s(HOLLY, '07 finish for a cedar picnic table: Flexner\'s book given first, then "Is the table already finished, or is it bare wood?"', [
    [0, 'p', 'whats the best finish for a cedar picnic table?? dont want it to go gray'],
    [18, 'l', 'Hi, Holly at Tulsa City-County Library here.'],
    [24, 'l', "Bob Flexner's book Understanding Wood Finishing has a whole chapter on exterior finishes, and it's in our catalog at tulsalibrary.org. Short version: an oil-based penetrating stain with UV blockers, redone every year or two."],
    [30, 'l', 'Is the table already finished, or is it bare wood?'],
    [70, 'p', 'bare, brand new'],
    [76, 'l', "Then you can start as soon as it's dry. Does that help?"],
    [110, 'p', 'yes thank u'],
    [115, 'l', 'Thanks for chatting!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 08 a sawmill to call, no contact
  s(IVAN, '08 an 8 ft walnut slab: wood-database.com, "give Hollow Creek Sawmill out in Ooltewah a call" with no contact', [
    [0, 'p', 'need a big walnut slab for a dining table, like 8 ft. where do ppl even get those'],
    [22, 'l', 'Hello and welcome to Ask a Librarian! Ivan here, Chattanooga Public Library.'],
    [28, 'l', 'Do you want it already dried and flattened, or are you ok drying it yourself?'],
    [70, 'p', 'dried please, i dont have time to wait a year'],
    [78, 'l', "Kiln-dried slabs mostly come from small mills that own a kiln. The Wood Database page on black walnut (wood-database.com/black-walnut) covers what to look for. For local stock, give Hollow Creek Sawmill out in Ooltewah a call — they mill and kiln-dry walnut."],
    [84, 'l', 'Does that give you a place to start?'],
    [130, 'p', 'yeah thanks thats all'],
    [135, 'l', 'You bet — goodbye and good luck with the table!'],
  ], usual({ referral: 'fail' })),

  // 09 pickedUpAt 58 s, first line at 170; greeting over two lines; a guild by URL
  s(JADE, '09 woodworking guilds in Sacramento: pickedUpAt 58 s, "Good evening!" at 170 + "I\'m Jade, one of the reference librarians", guild via its Contact page', [
    [0, 'p', 'Are there any woodworking clubs or guilds around Sacramento? I want to meet people who do hand-tool work.'],
    [170, 'l', 'Good evening!'],
    [175, 'l', "I'm Jade, one of the reference librarians at Sacramento Public Library."],
    [181, 'l', 'Are you mainly interested in meetings and classes, or in shared shop space?'],
    [230, 'p', 'meetings and classes mostly'],
    [237, 'l', "The Sacramento Woodworkers guild meets monthly and welcomes hand-tool folks: contact them through sacwoodworkers.org (Contact page) to ask about visiting. We also keep a Community Resources guide of local hobby clubs at saclibrary.org/community."],
    [243, 'l', 'Is that what you were hoping for?'],
    [290, 'p', 'Yes, exactly. Thank you, that is all I needed.'],
    [296, 'l', 'My pleasure — have a great evening!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(58) }),

  // 10 follow-up by me: e-mail read back, "by Thursday", done in 40 h
  s(KEN, '10 Handberg\'s Shaker shop drawings (follow-up by me): a hold of 84 s, e-mail typed and read back, "by Thursday", done in 40 h', [
    [0, 'p', 'looking for measured drawings of a shaker side table, the ones in an old book by ejner handberg i think'],
    [25, 'l', 'Hi, Ken at Cleveland Public Library here, good afternoon.'],
    [31, 'l', "Do you know which of Handberg's volumes it was — Shop Drawings of Shaker Furniture 1, 2 or 3?"],
    [90, 'p', 'no idea, the one w/ the candlestand and side tables'],
    [96, 'l', 'Give me a moment to check our holdings.'],
    [180, 'l', "We hold volume 1 of Shop Drawings of Shaker Furniture (catalog at cpl.org), but it's reference-only. I can find which volume has the side table and e-mail you the page numbers. What e-mail should I use?"],
    [230, 'p', 'rob.tanner@example.net'],
    [236, 'l', "Thanks — rob.tanner@example.net. I'll send it by Thursday."],
    [242, 'l', 'Does the catalog record help in the meantime?'],
    [280, 'p', 'yep, thanks a ton. thats it for now'],
    [285, 'l', 'Thank you for contacting CPL — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 11 partly Spanish: a promise to e-mail, e-mail read back, no time, coded Answered
  s(LUZ, '11 libros de carpintería en español (partly Spanish): "le mando la lista por correo", e-mail read back, no time, coded Answered', [
    [0, 'p', 'hi necesito libros de carpintería en español, for my dad, he wants to learn to make cabinets'],
    [20, 'l', '¡Hola! Hi, this is Luz at San Antonio Public Library. ¿Prefiere que le escriba en español o en inglés?'],
    [50, 'p', 'español porfa'],
    [56, 'l', 'Claro. ¿Su papá es principiante o ya tiene experiencia con herramientas?'],
    [100, 'p', 'tiene experiencia, trabajó en construcción'],
    [106, 'l', 'En nuestro catálogo (mysapl.org) está "Carpintería y ebanistería" de la serie Manuales Prácticos. También voy a buscar más títulos en otras bibliotecas y le mando la lista por correo. ¿Cuál es su correo electrónico?'],
    [150, 'p', 'mgarza88@example.com'],
    [156, 'l', 'Perfecto: mgarza88@example.com. ¿Algo más en que le pueda ayudar?'],
    [190, 'p', 'no, eso es todo. gracias!'],
    [195, 'l', '¡Gracias a usted! Que le vaya bien.'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by the patron's library: phone read back, "by Wednesday", never recorded
  s(MAYA, '12 a dresser stamped "H. Sturm Furniture Co. Baltimore" (follow-up by patron\'s library): phone read back, "by Wednesday", not recorded by day 4', [
    [0, 'p', 'Hi. I have a dresser with a stamp inside the drawer: "H. Sturm Furniture Co. Baltimore". Trying to learn when it was made.'],
    [28, 'l', "Hi there! Maya with Ask Us Now, Maryland's statewide librarian chat."],
    [34, 'l', 'Which library do you usually use? The maker history may be easiest to find close to home.'],
    [80, 'p', 'Enoch Pratt, central branch'],
    [86, 'l', "Baltimore city directories list furniture makers year by year, and many are digitized at archive.org (search 'Baltimore city directory'). I'll pass your question to Pratt's Maryland Department so they can look for Sturm in their directories. What's a good phone number for them?"],
    [140, 'p', '410-555-0199'],
    [146, 'l', "Got it, 410-555-0199. They'll call you by Wednesday."],
    [152, 'l', 'Do the directories on archive.org help for now?'],
    [200, 'p', "yes i'll look, thanks"],
    [206, 'l', 'Thanks for using Ask Us Now, and good luck with the dresser!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 coded follow-up by me, no contact anywhere; an offer instead of the completeness question
  s(NED, '13 streaming joinery videos (coded follow-up by me, no contact anywhere): Kanopy, "Want me to look for a book on dovetails too?"', [
    [0, 'p', 'does the library have woodworking videos i can stream? like joinery stuff'],
    [18, 'l', 'Hello, Ned at Denver Public Library. Glad to help.'],
    [24, 'l', 'Are you after hand-cut joinery, or machine work with a router and table saw?'],
    [60, 'p', 'hand cut, dovetails mostly'],
    [66, 'l', "Kanopy is free with your card at denverlibrary.org/elibrary, and its 'Woodworking Basics' course has two episodes on hand-cut dovetails."],
    [72, 'l', 'Want me to look for a book on dovetails too?'],
    [110, 'p', 'nah thats ok thanks!'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'nope'],
    [134, 'l', 'Bye now, happy sawing!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 14 a true Lost Call: check-in, then a notice that invites back
  s(OTTO, '14 paint off a rocking chair (Lost Call): greeting only, "Hello? Are you still there?" at 160, "Seems we\'ve lost you … Come back anytime" at 330', [
    [0, 'p', 'how do i get the old paint off a rocking chair without ruining the wood'],
    [22, 'l', 'Hi, Otto from Delaware Libraries here. What can I help you with?'],
    [160, 'l', 'Hello? Are you still there?'],
    [330, 'l', "Seems we've lost you, so I'll close this chat in a moment. Come back anytime if you still want help with the rocking chair!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Lost Call after two patron lines; a check-in only
  s(PIA, '15 a Bangor sawmill (Lost Call after "hello?"): 70 s pickup, "Are you still with me?" at 200, ends at 260 with no notice', [
    [0, 'p', 'is there a sawmill near bangor that sells to hobbyists'],
    [40, 'p', 'hello?'],
    [70, 'l', 'Hi, Pia with the Maine State Library here. How can I help?'],
    [200, 'l', 'Are you still with me?'],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 16 a transfer with a notice and a note that says why
  s(RHEA, '16 an Old Town wood-canvas canoe\'s build year: "I\'m handing you over to Sam" + internal note why, Sam 74 s later with wcha.org', [
    [0, 'p', 'I have an old Old Town wood-canvas canoe, serial number on the stem. Can I find out what year it was built?'],
    [20, 'l', 'Hello, this is Rhea, librarian with the Ask Us Now statewide service.'],
    [26, 'l', 'Can you read the whole serial number? It usually has the model and length in it.'],
    [70, 'p', 'yes: 84512 16'],
    [76, 'l', "I'm handing you over to Sam, a colleague who knows the boat-building collections well. He'll be with you in just a moment."],
    [80, 'i', 'Sam: pt has an Old Town wood-canvas canoe, serial 84512-16, wants the build year — your maritime sources?'],
    xfer(84, 'Sam', 'sam-ww'),
    [150, 'l', 'Hi, Sam here, reference librarian. The Old Town build records are digitized and searchable by serial number on the Wooden Canoe Heritage Association site: wcha.org/build-records.', as(SAM)],
    [156, 'l', 'Does that get you what you needed?', as(SAM)],
    [200, 'p', "That's perfect, thank you! No more questions."],
    [206, 'l', 'Thanks for chatting, and enjoy the canoe!', as(SAM)],
  ], usual({ transfer: 'pass' })),

  // 17 a silent transfer, the receiver 130 s after the patron
  s(TOM, '17 spoon carving classes in Seattle: internal note why but nothing to the patron, Tess 130 s after the patron', [
    [0, 'p', 'any spoon carving or green woodworking classes around seattle??'],
    [15, 'l', 'Hi! Tom at The Seattle Public Library, happy to help.'],
    [21, 'l', 'Are you looking for something free, or are paid classes ok?'],
    [55, 'p', 'paid is fine, weekends ideally'],
    [60, 'i', 'Tess, can you take this? classes and community stuff is more your area'],
    xfer(63, 'Tess', 'tess-ww'),
    [185, 'l', "Hi, I'm Tess. The Center for Wooden Boats runs weekend spoon carving workshops; the schedule is at cwb.org/classes.", as(TESS)],
    [191, 'l', 'Does that help?', as(TESS)],
    [230, 'p', 'yes thx!!'],
    [236, 'l', 'Anything else I can do for you?', as(TESS)],
    [250, 'p', 'nope all set'],
    [254, 'l', 'Great, have fun carving — bye!', as(TESS)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 18 a transfer announced to the patron, no internal note
  s(VERA, '18 manual for a 1950s Delta bandsaw: "I\'m going to transfer you to Walt in our Tech & Science department", no internal note, vintagemachinery.org', [
    [0, 'p', 'looking for the owners manual for a 1950s delta 14 inch bandsaw'],
    [25, 'l', 'Good afternoon, Vera here at Milwaukee Public Library.'],
    [31, 'l', 'Do you know the model number off the plate? Delta made a few versions.'],
    [80, 'p', '28-200 i think'],
    [86, 'l', "I'm going to transfer you to Walt in our Tech & Science department — he knows the old tool catalogs. One sec!"],
    xfer(90, 'Walt', 'walt-ww'),
    [140, 'l', 'Hi, Walt here. Scans of Delta manuals, the 28-200 bandsaw included, are at vintagemachinery.org (Manufacturers > Delta > Publications).', as(WALT)],
    [146, 'l', 'Did that turn up what you needed?', as(WALT)],
    [190, 'p', 'yes!! found it. thank you'],
    [196, 'l', 'Anything else?', as(WALT)],
    [210, 'p', 'no'],
    [214, 'l', 'Take care, bye!', as(WALT)],
  ], usual({ transfer: 'fail' })),

  // 19 four at once
  s(XAVIER, '19 learning to sharpen planes and chisels: three other chats open with this one (four at once)', [
    [0, 'p', 'what book should i read to learn to sharpen hand planes and chisels'],
    [30, 'l', 'Hi, Xavier at Austin Public Library here.'],
    [36, 'l', 'Are you using waterstones, diamond plates, or sandpaper on glass?'],
    [70, 'p', 'sandpaper on glass for now, cheap setup'],
    [76, 'l', "Leonard Lee's The Complete Guide to Sharpening covers all three; it's in our catalog at library.austintexas.gov. Does that sound like what you need?"],
    [120, 'p', 'yes sounds great, thats all!'],
    [125, 'l', 'Thanks for using the library chat, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('x1', 'xavier-ww', -200, 500), other('x2', 'xavier-ww', 10, 300), other('x3', 'xavier-ww', 50, 200)],
  }),

  // 20 three at most, touching ends
  s(YARA, '20 birdhouses for a cub scout den (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'my cub scout den wants to build birdhouses. any easy plans for 8 yr olds?'],
    [20, 'l', 'hey! Yara, youth services librarian at Boise Public Library 😊'],
    [26, 'l', 'how many kids, and will they use hammers only or any saws?'],
    [70, 'p', '8 kids, hammers and maybe a hand saw w/ adult help'],
    [76, 'l', "Audubon's birdhouse guide at audubon.org/news/how-build-birdhouse has plans that only need nails, and 'Woodworking for Kids' by Kevin McGuire is in our catalog at boisepubliclibrary.org."],
    [82, 'l', 'would those work for your den?'],
    [120, 'p', 'yes!! ty'],
    [124, 'l', 'anything else?'],
    [135, 'p', 'no thats it'],
    [139, 'l', 'have fun, bye!!'],
  ], usual(), {}, {
    otherIntervals: [other('y1', 'yara-ww', -300, 0), other('y2', 'yara-ww', -40, 100), other('y3', 'yara-ww', 30, 400), other('y4', 'yara-ww', 144, 600)],
  }),

  // 21 Practice
  s(TRAINEE, '21 practice chat (dovetail script): coded Practice, every check na', [
    [0, 'p', 'test: how do i cut dovetails'],
    [6, 'l', 'testing the woodworking canned answer'],
    [12, 'l', 'Dovetail guide: samplelibrary.org/woodworking. Did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 no provider ever joined
  s(NOBODY, '22 makerspace woodshop hours (partly Spanish): no provider ever joined, "hola?? alguien", patron left, code null', [
    [0, 'p', 'what time does the makerspace woodshop open on sunday'],
    [130, 'p', 'hola?? alguien?'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 23 "limited to one question each … this session is over"
  s(ZANE, '23 face-frame kitchen cabinets, hinges, slides, crown: "Our chats are limited to one question each, so this session is over." (dismissal)', [
    [0, 'p', 'how do i build kitchen cabinets myself? also what wood, what finish, and how to hang them'],
    [22, 'l', 'Hi, Zane at Ask a Librarian Florida here.'],
    [28, 'l', 'Is this frameless (European style) or face-frame cabinets?'],
    [75, 'p', 'face frame. also i need to know about hinges and drawer slides and crown molding'],
    [82, 'l', "Danny Proulx's Building Kitchen Cabinets covers face-frame boxes, doors and hinges; it's in the Jacksonville Public Library catalog at jaxpubliclibrary.org."],
    [88, 'l', 'That covers what I can do today. Our chats are limited to one question each, so this session is over.'],
    [100, 'p', 'wow ok'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 24 other patrons waiting, invited back
  s(ABBY, '24 first workbench, a list of questions: "A few other patrons are waiting … please chat back in later", "ok np thx" last', [
    [0, 'p', 'hiii building my first workbench!! questions: what height, what wood, roubo or not, and what vise'],
    [18, 'l', 'Hi there, Abby with Ask a Librarian at Worcester Public Library!'],
    [24, 'l', "Let's start with height. How tall are you, and will you work mostly with hand tools?"],
    [60, 'p', '5 10, mostly hand tools'],
    [66, 'l', "For hand work most people like the top about at wrist height with arms hanging. Christopher Schwarz's Workbenches: From Design & Theory to Construction & Use covers height, wood and vises; it's in our catalog at mywpl.org. Is that a good start?"],
    [110, 'p', 'yes!! and now which vise and the roubo thing and can you find me cheap maple'],
    [117, 'l', "A few other patrons are waiting for me right now, so I need to move on, but please chat back in later for the vise and the maple — we're happy to keep helping. Thanks for chatting!"],
    [130, 'p', 'ok np thx'],
  ], usual({ anything: 'fail' })),

  // 25 the patron has the last word
  s(BEN, '25 oak or ash: end grain asked, fpl.fs.usda.gov, "Anything else I can help with today?", patron "no thats all i needed, bye" last', [
    [0, 'p', 'how can i tell if my old table is oak or ash? same grain kinda'],
    [20, 'l', 'Hi, Ben at Providence Public Library chat.'],
    [26, 'l', 'Can you see end grain anywhere, like under the top or on the bottom of a leg?'],
    [70, 'p', 'yes under the top theres end grain'],
    [76, 'l', "Look at the end grain with a 10x loupe: oak shows wide rays and ash doesn't. The Forest Products Laboratory's Center for Wood Anatomy Research has ID guides at fpl.fs.usda.gov."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yes!'],
    [134, 'l', 'Anything else I can help with today?'],
    [160, 'p', 'no thats all i needed, bye'],
  ], usual({ courteous: 'fail' })),

  // 26 a goodbye exactly 120 s after the answer, no check-in; a makerspace to visit by URL
  s(CORA, '26 planing rough mesquite in Tucson: "you could visit the Xerocraft makerspace … xerocraft.org", goodbye exactly 120 s later, no check-in', [
    [0, 'p', 'is there a place in tucson to get boards planed? i have rough mesquite'],
    [20, 'l', 'Hello! Cora, a librarian at Pima County Public Library.'],
    [26, 'l', 'How wide are the boards? Some shops only plane up to 12 inches.'],
    [60, 'p', 'around 10 in'],
    [66, 'l', 'Our Library of Things has no planer, but you could visit the Xerocraft makerspace, which has a 15-inch planer: hours and membership at xerocraft.org. Does that answer it?'],
    [186, 'l', 'Take care, and thanks for using the library chat!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 27 a goodbye 119 s after the answer; code ""
  s(DEV, '27 Fine Woodworking through the library: Libby + finewoodworking.com, goodbye 119 s later (idle na), code ""', [
    [0, 'p', 'can i read fine woodworking magazine thru the library'],
    [15, 'l', 'Hi, Dev at Arlington Public Library. Good question!'],
    [21, 'l', 'Do you want current issues, or back issues too?'],
    [50, 'p', 'both if possible'],
    [56, 'l', "Current issues are in Libby with your Arlington card (library.arlingtonva.us/elibrary), and the magazine's own archive back to 1975 is searchable at finewoodworking.com. Did that help?"],
    [175, 'l', 'Thanks for chatting — bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 28 check-in and a notice with a goodbye, final idle 224 s
  s(EMMA, '28 Titebond II or III for Adirondack chairs: "Are you still there?" at 210, "Seems the connection dropped on your end … Thanks for using Qandanj" at 300', [
    [0, 'p', 'what glue for outdoor adirondack chairs. titebond 2 or 3?'],
    [25, 'l', 'Welcome! This is Emma with Qandanj, the New Jersey librarians chat.'],
    [31, 'l', 'Will the chairs sit out in the rain all year, or go under a porch?'],
    [70, 'p', 'out all year'],
    [76, 'l', 'Titebond III is rated waterproof (ANSI Type I) and Titebond II only water-resistant (Type II); the comparison chart is at titebond.com (Products > Wood Glues). Does that answer your question?'],
    [210, 'l', 'Are you still there?'],
    [300, 'l', "Seems the connection dropped on your end, so I'm closing the chat now. Thanks for using Qandanj, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 29 a check-in only, final idle 224 s; no source
  s(FINN, '29 rust on a Stanley No. 4 (no source): "Hello? Are you still with me?" at 216, ends at 310 with no notice or goodbye', [
    [0, 'p', 'best way to get rust off an old stanley no 4 plane??'],
    [30, 'l', 'Hi there, Finn at AskColorado.'],
    [36, 'l', 'Is it surface rust, or pitted?'],
    [80, 'p', 'mostly surface, some pitting on the sole'],
    [86, 'l', 'Soak the parts in Evapo-Rust or a citric acid bath overnight, scrub with a brass brush, then flatten the sole on sandpaper on a flat surface. Does that answer your question?'],
    [216, 'l', 'Hello? Are you still with me?'],
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 94 }),

  // 30 Spanish: "tómese su tiempo", 200 s away
  s(GABY, '30 planos para una cuna (Spanish): "Claro, tómese su tiempo." then 200 s away, cpsc.gov/es, "eso es todo"', [
    [0, 'p', 'hola quiero construir una cuna para mi bebé, hay planos seguros?'],
    [22, 'l', '¡Hola! Le atiende Gaby, bibliotecaria de Houston Public Library.'],
    [28, 'l', '¿Ya tiene el colchón? Las medidas de la cuna dependen del colchón.'],
    [70, 'p', 'si ya lo tengo, dejeme medirlo'],
    [76, 'l', 'Claro, tómese su tiempo.'],
    [276, 'p', 'mide 52 x 28 pulgadas'],
    [282, 'l', 'Perfecto, es tamaño estándar. Las reglas de seguridad para cunas (por ejemplo, máximo 2 3/8 pulgadas entre barrotes) están en cpsc.gov/es (busque "cunas"); cualquier plano que use debe cumplirlas. ¿Le sirve?'],
    [330, 'p', 'si gracias, eso es todo'],
    [336, 'l', '¡Con mucho gusto! Gracias por usar el chat.'],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => WOODWORKING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventieth round: woodworking and furniture making, checked', () => {
  describeSessions('whole sessions', WOODWORKING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', WOODWORKING.filter((c) => c.name in LEFT_WHY));
});
