/**
 * Sixty-seventh round, theme VIDEO GAMES, ESPORTS AND GAME DESIGN, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: borrowing consoles and kits (a Switch kit in a Library of Things, a PS5 kit
 * in Denver in Spanish, VR headsets in a maker space, a scratched PS4 disc), gaming rooms and lounges (retro stations with an
 * N64, a teen room's bring-your-own rules, a teen loft's hours), esports (a teen Rocket League league, a college Smash
 * tournament in a meeting room, a Halo 4v4 at a county branch, a Fortnite sign-up), game design (Unity and Unreal on Creative
 * Lab PCs, LinkedIn Learning and Godot, game design degrees in Maryland, design books by Schell and Koster, a teen Game Jam
 * camp, a Minecraft coding club in Spanglish), retro game history (Atari and arcade books for a school paper, the 1983 crash in
 * ProQuest Historical Newspapers, a 1995 Nintendo Power review of EarthBound, an Atari 2600 from the attic), age ratings for
 * parents and grandparents (T and M explained, GTA in Spanish, Minecraft at 7, E-rated Switch games for a niece) and
 * accessibility (the Xbox Adaptive Controller after a stroke, adaptive kits for a child with cerebral palsy). Every one of the
 * 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/videogames-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 22 s with "Hey there, welcome to AskUs! Marisol here…" (01); at exactly 60 s (02: pass) and 61 s (03:
 *   fail); "Hi there! Good evening 🙂" that names no one (04: fail); "Sam from King County Library System picking this up."
 *   that names but greets not (20: fail); Spanish "¡Buenas tardes! Soy Lucía, bibliotecaria…" (06), "Hola, le atiende Raúl…"
 *   (08), Spanglish "Hola! I'm Tomás…" (07); chat-speak "hi!! Rhea w/ San Diego Public Library ask a librarian 😊" (29);
 *   `pickedUpAt` at 40 s with the first line at 165 (22); no provider ever joined, code null (05);
 *  inquiry: branch, age, console, disc format, budget, in-library or take-home, issue month, date and players, design or
 *   coding; the first source given before "¿Cuál de las dos consolas le interesa más?" (08: fail);
 *  waits: a hold answered exactly 120 s later (09: pass) and 121 s later (10: fail); a patron's "hello?" during a 122 s wait,
 *   42 s before the answer (11: fail, the "hello?" does not restart the wait); "No problem, take your time." then 250 s away
 *   (12: waiting on the patron, pass); holds of 113-115 s, one a partial result that says the search goes on (13: pass); a
 *   transfer notice, the receiver 82 s later (14); a silent transfer, the receiver 85 s after the patron (15); 125 s between
 *   `pickedUpAt` and the first line (22: fail);
 *  endings: a Lost Call with a greeting only, "Are you still there?" at 150 and "Looks like we lost you, so I'll end this chat
 *   now. You're welcome to message us again anytime!" at 335 (21); a check-in and "Seems like the connection dropped on your
 *   end…" with thanks at exactly 180 s of final idle (23); a check-in and "Ending this chat now." with no goodbye, final idle
 *   227 s (26: notice fails, courteous fails); a goodbye at exactly 120 s (24: idle fails) and at 119 s (25: na) of final idle
 *   with no check-in; the patron's last word (02, 22, 27); "That's too many questions for one chat, sorry — you've hit the
 *   limit for this session. Bye." (27: dismissal); "I have several other patrons waiting right now. Please log back on later"
 *   (28: allowed); patron-side "thats all i needed", "that's everything I needed", "es todo lo que necesitaba", "no more
 *   questions!", "eso es todo", and "ya ty", "yeah", "ok cool", "ok" that do not count;
 *  sources: library pages, esrb.org, commonsensemedia.org, support.xbox.com, ablegamers.org, learn.unity.com, kcls.org's
 *   LinkedIn Learning, nces.ed.gov's College Navigator, ProQuest Historical Newspapers, archive.org, books by title and author;
 *   none (28: an Atari 2600 identified from its description, fail);
 *  referrals: Paterson Parks & Recreation by phone (07: pass); "stop by the Creative Lab desk on the 3rd floor" of the
 *   provider's own library, no contact (10: fail); an accessibility coordinator, ILL and a county's teen staff consulted on the
 *   patron's behalf (17, 18, 19: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done exactly 72 h after `endedAt` (17: pass); FU_ME, e-mail
 *   read back, no time (18: contact fails, on_time pending); FU_LIB, phone typed with spaces and read back with dashes, "within
 *   two days", done at 100 h (19: on_time fails); "I'll dig into that and get back to you tomorrow", coded Answered, no
 *   contact anywhere (20: code and contact fail, on_time pending);
 *  codes: a true Lost Call (21); Lost Call after three patron lines (22); null with no provider (05); "" (25); Practice (16);
 *  transfers: a notice (a hold) and an internal note saying why (14: pass); an internal note only (15: fail);
 *  concurrency: three others open through the session (29: four, fail); one ending exactly at the start, two overlapping, one
 *   starting exactly at `endedAt` (30: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting needs a greeting word: "Sam from King County Library System picking this up." identifies but greets not (20);
 *   "Hi there! Good evening 🙂" greets but identifies no one, the screen name not counting (04);
 * - keep_informed counts only the part of a wait after pickup: with `pickedUpAt` at 40 s and the first line at 165 s the patron
 *   waited 125 s after pickup (22: fail);
 * - "Take care", "Hasta luego", "Goodbye for now", "talk soon" say goodbye; "Hope that helps!" asks nothing (24: completeness
 *   fails); "Will that work for him?", "Would those work for you?", "¿Le sirve?", "Is the catalog search useful in the
 *   meantime?" ask about what was given;
 * - "Seems like the connection dropped on your end, so I'm going to close this chat." tells the patron they seem disconnected
 *   and the session will end (23); "Ending this chat now." only announces the end (26);
 * - "you've hit the limit for this session" tells the patron they reached a limit of questions, with no way back (27);
 * - "stop by the Creative Lab desk on the 3rd floor" tells the patron to visit a department of the provider's own library; a
 *   floor is not a postal address (10: referral without contact); "CCBC (ccbcmd.edu) has … associate degree" and "AbleGamers'
 *   free guides … at ablegamers.org/resources" point to websites (15, 11: sources, no referral);
 * - "I'll pass your question to their teen services staff so they can confirm" is staff consulted on the patron's behalf, not a
 *   referral (19).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside to
 * /tmp/videogames-labels.ts). First run as labelled / disagreeing: 30 / 0 (every one of the 510 statuses as labelled).
 * Label corrections: 0. Final: 30 running, 0 LEFT (LEFT_WHY is empty; `byNo` and the describeLeft call are kept for the
 * file's form). Every threshold edge scored as labelled: pickup at 60 (pass) and 61 s (fail), 40 s by `pickedUpAt`, no
 * provider; keep_informed at 120 (pass) and 121 s (fail) after a hold, 122 s across a patron's "hello?", 125 s after
 * `pickedUpAt`, holds of 113-115 s with a partial result, "take your time" and 250 s away, a transfer notice, a silent
 * transfer; final idles of 119 (na), 120 (fail), 180 (both pass), 227 (check-in pass, notice fail) and 317 s; on_time done
 * exactly 72 h after `endedAt` (pass), at 100 h (fail), pending twice; concurrency at four and at touching ends. The
 * redaction equality of describeSessions holds for every case (e-mails typed and read back, a phone typed with spaces and
 * read back with dashes, a library phone beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `There are ${n} people ahead of you. A librarian will be with you shortly.`];

const MARISOL: Prov = { id: 'marisol-g', name: 'Marisol', library: 'RCL-MN' };
const OWEN: Prov = { id: 'owen-g', name: 'Owen', library: 'FCPL-VA' };
const HANNAH: Prov = { id: 'hannah-g', name: 'Hannah', library: 'MCPL-MD' };
const KATE: Prov = { id: 'kate-g', name: 'LibrarianKate', library: 'LCPL' };
const NOBODY: Prov = { id: 'queue-g', name: 'Queue', library: 'VRQ' };
const LUCIA: Prov = { id: 'lucia-g', name: 'Lucía', library: 'LAPL' };
const TOMAS: Prov = { id: 'tomas-g', name: 'Tomás', library: 'PFPL-NJ' };
const RAUL: Prov = { id: 'raul-g', name: 'Raúl', library: 'DPL-CO' };
const IRENE: Prov = { id: 'irene-g', name: 'Irene', library: 'CCPL-OH' };
const JONAH: Prov = { id: 'jonah-g', name: 'Jonah', library: 'SLCPL' };
const GRETA: Prov = { id: 'greta-g', name: 'Greta', library: 'HCL-MN' };
const KWAME: Prov = { id: 'kwame-g', name: 'Kwame', library: 'FCL-GA' };
const MEI: Prov = { id: 'mei-g', name: 'Mei', library: 'NYPL' };
const NADIA: Prov = { id: 'nadia-g', name: 'Nadia', library: 'PCPL-AZ' };
const LEO: Prov = { id: 'leo-g', name: 'Leo', library: 'PCPL-AZ' };
const BRYCE: Prov = { id: 'bryce-g', name: 'Bryce', library: 'AUN' };
const SUNNY: Prov = { id: 'sunny-g', name: 'Sunny', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-g', name: 'Trainee 7', library: 'TRN' };
const CORA: Prov = { id: 'cora-g', name: 'Cora', library: 'SFPL' };
const DARIUS: Prov = { id: 'darius-g', name: 'Darius', library: 'AACPL' };
const VERA: Prov = { id: 'vera-g', name: 'Vera', library: 'AUN' };
const SAM: Prov = { id: 'sam-g', name: 'Sam', library: 'KCLS' };
const ELLA: Prov = { id: 'ella-g', name: 'Ella', library: 'MPL-WI' };
const ZEKE: Prov = { id: 'zeke-g', name: 'Zeke', library: 'TCCL' };
const PENNY: Prov = { id: 'penny-g', name: 'Penny', library: 'JCL-KS' };
const FELIX: Prov = { id: 'felix-g', name: 'Felix', library: 'CML-NC' };
const GWEN: Prov = { id: 'gwen-g', name: 'Gwen', library: 'CPL-IL' };
const HUGO: Prov = { id: 'hugo-g', name: 'Hugo', library: 'OCLS' };
const NORA: Prov = { id: 'nora-g', name: 'Nora', library: 'SJPL' };
const OTIS: Prov = { id: 'otis-g', name: 'Otis', library: 'PPL-RI' };
const RHEA: Prov = { id: 'rhea-g', name: 'Rhea', library: 'SDPL' };
const BEATRIZ: Prov = { id: 'beatriz-g', name: 'Beatriz', library: 'MDPLS' };

const s = session;

export const VIDEOGAMES: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 Switch kit in the Library of Things: "Hey there, welcome to AskUs! Marisol here", branch asked, "thats all i needed"', [
    [0, 'p', 'hiii do yall lend out nintendo switches?? my kid wants to try mario kart b4 we buy one'],
    [22, 'l', "Hey there, welcome to AskUs! Marisol here, I'm a librarian at Ramsey County Library 👋"],
    [30, 'l', 'Are you looking to borrow just the console, or games too? And which branch is closest to you?'],
    [75, 'p', 'both lol. roseville branch'],
    [84, 'l', 'Roseville has two Switch kits in our Library of Things (console, 2 joy-cons, Mario Kart 8 and a charger). They check out for 7 days and you can place a hold online: rclreads.org/library-of-things'],
    [90, 'l', 'Is that the kind of info you were after?'],
    [130, 'p', 'yes perfect thats all i needed!!'],
    [137, 'l', 'Awesome, have fun racing and thanks for reaching out!'],
  ], usual()),

  // 02 pickup at exactly 60 s; the patron has the last word
  s(OWEN, '02 teen Rocket League league: pickup at exactly 60 s, patron "that\'s everything I needed" last, no goodbye', [
    [0, 'p', 'Does the library have an esports club for high schoolers? My son plays Rocket League constantly.'],
    [60, 'l', "Good afternoon, and thanks for contacting Ask Fairfax! I'm Owen, one of the librarians on chat."],
    [68, 'l', 'How old is your son, and which branch do you usually visit?'],
    [110, 'p', '15, Burke Centre'],
    [118, 'l', 'Burke Centre runs a Teen Esports League on Thursdays 4-6 pm, with Rocket League and Smash; registration is on our events calendar at fairfaxcounty.gov/library/events (filter by "Teens" and "Gaming").'],
    [124, 'l', 'Will that work for him?'],
    [170, 'p', "Yes that's exactly it, that's everything I needed. Thank you!"],
  ], usual({ courteous: 'fail' })),

  // 03 pickup at 61 s
  s(HANNAH, '03 what T and M mean for a 10-year-old: pickup at 61 s, content or online chat asked, esrb.org guides', [
    [0, 'p', 'My 10 year old wants Fortnite and Call of Duty. What do the ratings actually mean? Is T ok for 10?'],
    [61, 'l', "Hello, and sorry for the short wait! You're chatting with Hannah, a librarian at Montgomery County Public Libraries."],
    [69, 'l', 'Is it the in-game content you are worried about, or things like online chat with strangers and in-game purchases?'],
    [120, 'p', 'honestly both'],
    [128, 'l', 'The ESRB\'s site (esrb.org/ratings-guide) explains each rating: T is 13 and up, M is 17 and up. Each game\'s page lists content descriptors plus notes like "In-Game Purchases" and "Users Interact". For chat and spending limits, the parental controls guide at esrb.org/tools-for-parents walks you through each console.'],
    [134, 'l', 'Does that answer what you wanted to know?'],
    [190, 'p', 'yes thanks, very helpful'],
    [196, 'l', 'Anything else I can look up for you?'],
    [220, 'p', 'no thats it'],
    [226, 'l', 'Take care, and good luck with the negotiations!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets but names no one
  s(KATE, '04 Atari and arcade history books for 10th grade: "Hi there! Good evening 🙂" under "LibrarianKate", Kent and Vendel by title', [
    [0, 'p', 'looking for books on the history of atari and like 80s arcade games for a school project'],
    [18, 'l', 'Hi there! Good evening 🙂'],
    [25, 'l', 'What grade is the project for, and does it need to be print books or are websites ok?'],
    [70, 'p', '10th grade, needs at least 2 books'],
    [78, 'l', '"The Ultimate History of Video Games" by Steven L. Kent and "Atari Inc.: Business Is Fun" by Curt Vendel and Marty Goldberg are both in our catalogue; search the titles at catalog.lcpl.org to place holds.'],
    [84, 'l', 'Did that help?'],
    [120, 'p', 'ya ty'],
    [126, 'l', 'Sure thing, bye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 no provider ever joined
  s(NOBODY, '05 retro game night tonight?: no provider ever joined, "hello? anyone", "nvm", patron left, code null', [
    [0, 'p', 'is the retro game night still on tonight at the main library???'],
    queue(4, 3),
    [95, 'p', 'hello? anyone'],
    [200, 'p', 'nvm'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 06 Spanish: what M means
  s(LUCIA, '06 qué significa la "M" de GTA (Spanish): "¡Buenas tardes! Soy Lucía", edad y juego, esrb.org, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, mi hijo quiere un juego que dice "M" en la caja. que significa eso? es para niños?'],
    [28, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de Los Ángeles.'],
    [35, 'l', '¿Qué edad tiene su hijo y cuál es el juego?'],
    [80, 'p', 'tiene 12, es el GTA'],
    [88, 'l', 'La "M" significa "Mature 17+": el ESRB la recomienda para mayores de 17 años. En esrb.org puede buscar el título y ver el porqué de la clasificación (violencia, lenguaje, etc.); la página tiene versión en español.'],
    [94, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [147, 'l', '¡Con gusto! Gracias por escribirnos y que tenga buena tarde.'],
  ], usual()),

  // 07 Spanglish: a coding camp, Parks & Rec by phone
  s(TOMAS, '07 Minecraft coding camp (Spanglish): "Hola! I\'m Tomás", Code Club on patersonpl.org, "call Paterson Parks & Recreation at 973-555-0182"', [
    [0, 'p', 'hi, hay algun coding camp este verano para niños? my daughter is 11 and loves minecraft'],
    [24, 'l', "Hola! I'm Tomás from the Paterson Free Public Library, happy to help / con gusto le ayudo."],
    [31, 'l', '¿Prefiere algo en la biblioteca o le sirve también un campamento de la ciudad? Any budget limit?'],
    [90, 'p', 'free if possible, cerca de downtown'],
    [98, 'l', 'Our Main Library runs a free "Code Club" with Minecraft Education on Tuesday afternoons in July; sign-up is at patersonpl.org/events. For the full-day city camps, call Paterson Parks & Recreation at 973-555-0182 — they take registrations by phone.'],
    [104, 'l', '¿Esto es lo que buscaba?'],
    [150, 'p', 'si! perfect gracias, thats all'],
    [156, 'l', 'De nada, thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 08 Spanish: the source before the question
  s(RAUL, '08 sacar un Xbox o PlayStation (Spanish): denverlibrary.org/gaming given first, then "¿Cuál de las dos consolas le interesa más?"', [
    [0, 'p', 'se puede sacar un xbox o playstation con la tarjeta de la biblioteca?'],
    [20, 'l', 'Hola, le atiende Raúl, de la Biblioteca Pública de Denver.'],
    [27, 'l', 'Sí: las consolas se prestan por 14 días en varias sucursales; la lista y las reglas están en denverlibrary.org/gaming.'],
    [33, 'l', '¿Cuál de las dos consolas le interesa más?'],
    [80, 'p', 'playstation'],
    [88, 'l', 'Entonces busque "PS5 kit" en el catálogo y ponga una reserva. ¿Le ayudó?'],
    [130, 'p', 'si gracias'],
    [136, 'l', '¿Algo más en lo que le pueda ayudar?'],
    [160, 'p', 'no, nada mas'],
    [165, 'l', '¡Que disfrute! Hasta luego.'],
  ], usual({ clarify: 'fail' })),

  // 09 a hold answered exactly 120 s later
  s(IRENE, '09 retro stations with an N64: "Let me check which branches…, one moment." answered exactly 120 s later', [
    [0, 'p', 'Do any branches have retro consoles like an N64 or SNES to play in the building?'],
    [15, 'l', 'Hi! This is Irene, a librarian with Cuyahoga County Public Library.'],
    [22, 'l', 'Are you hoping to play in the library, or to borrow something to take home?'],
    [55, 'p', 'play there, with my nephew'],
    [62, 'l', 'Let me check which branches have the retro stations, one moment.'],
    [182, 'l', 'Thanks for waiting! Parma-Snow and Garfield Heights both have a Retro Gaming Station (SNES Classic and an N64) you can reserve for an hour; book it at cuyahogalibrary.org/reserve-a-room under "Gaming".'],
    [188, 'l', 'Does that help?'],
    [230, 'p', 'great, thats all we needed'],
    [236, 'l', 'Have fun, and thanks for chatting with us!'],
  ], usual()),

  // 10 a hold answered 121 s later; the library's own desk with no contact
  s(JONAH, '10 Unity and Unreal on library PCs: "Give me a sec…" answered 121 s later, "stop by the Creative Lab desk on the 3rd floor"', [
    [0, 'p', 'im trying to learn game design, does the library have unity or unreal on computers?'],
    [20, 'l', 'Hey, good morning! Jonah here from Salt Lake City Public Library.'],
    [26, 'l', 'Are you looking to use the software in the library, or to take a course from home?'],
    [60, 'p', 'in the library, my laptop is too slow lol'],
    [66, 'l', "Give me a sec to look at the Creative Lab's software list."],
    [187, 'l', 'The Creative Lab at the Main Library has Unity, Unreal Engine 5 and Blender on its high-end PCs. For free tutorials, Unity Learn (learn.unity.com) is a good place to start. To book a PC, stop by the Creative Lab desk on the 3rd floor.'],
    [193, 'l', 'Did that answer your question?'],
    [240, 'p', 'yeah thx'],
    [246, 'l', 'Anything else?'],
    [265, 'p', 'nope thats it'],
    [270, 'l', 'Have fun building! Bye.'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 11 the patron's "hello?" does not restart the wait
  s(GRETA, '11 Xbox Adaptive Controller after a stroke: patron at 70 and "hello?" at 150, answer at 192 (122 s after 70)', [
    [0, 'p', 'my brother has limited use of his hands. are there controllers for that? he plays on xbox'],
    [25, 'l', "Hello! I'm Greta, a librarian at Hennepin County Library."],
    [31, 'l', 'Does he use any switches or assistive tech already, or is this new for him?'],
    [70, 'p', 'new. he had a stroke last year'],
    [150, 'p', 'hello?'],
    [192, 'l', "Sorry for the delay! Microsoft's Xbox Adaptive Controller is built for this: big programmable buttons and jacks for external switches. The setup guide is at support.xbox.com (search 'Adaptive Controller'). AbleGamers' free guides to adaptive gear are at ablegamers.org/resources."],
    [198, 'l', 'Is that what you were looking for?'],
    [240, 'p', 'yes this is great, thats all i needed'],
    [246, 'l', "You're welcome! Take care, and best wishes to your brother."],
  ], usual({ informed: 'fail' })),

  // 12 "take your time", 250 s away
  s(KWAME, '12 own PS4 disc on the teen room PS5: "No problem, take your time." then the patron back 250 s later', [
    [0, 'p', 'can i bring my own game to play on the library ps5 in the teen room?'],
    [30, 'l', "Hi, thanks for messaging Fulton County Library's Ask Us! Kwame here."],
    [37, 'l', 'Is your game a PS5 disc, a PS4 disc, or a digital copy?'],
    [70, 'p', 'hmm not sure let me go look at the case'],
    [76, 'l', 'No problem, take your time.'],
    [326, 'p', 'ok its a ps4 disc'],
    [334, 'l', 'PS4 discs play on the PS5 in the teen room. The teen room rules (bring-your-own games must be rated T or lower, 1-hour sessions) are posted at fulcolibrary.org/teens.'],
    [340, 'l', 'Does that answer your question?'],
    [380, 'p', 'yes!! ty'],
    [386, 'l', 'Anything else today?'],
    [410, 'p', 'no'],
    [414, 'l', 'Enjoy the game, and thanks for asking!'],
  ], usual()),

  // 13 holds of 113-115 s, one a partial result
  s(MEI, '13 the 1983 crash in period newspapers: holds at 77/190 (partial result)/305, answer at 420, ProQuest + Donovan\'s "Replay"', [
    [0, 'p', "I'm writing a paper on the 1983 video game crash and need newspaper articles from back then. Where do I look?"],
    [20, 'l', 'Good evening! This is Mei, a reference librarian at the New York Public Library.'],
    [27, 'l', 'Do you need articles from 1982-84 only, or later analysis too? And do you have an NYPL card?'],
    [70, 'p', 'from then only, yes i have a card'],
    [77, 'l', 'Great, give me a few minutes to search our newspaper databases.'],
    [190, 'l', "Still at it: ProQuest Historical Newspapers has a 1983 New York Times piece on Atari's losses, and I'm checking the Wall Street Journal next."],
    [305, 'l', 'Almost done, bear with me.'],
    [420, 'l', 'Here you go: in ProQuest Historical Newspapers (nypl.org/research > Articles & Databases) search "Atari" and "video game" for 1982-1984; you\'ll find the NYT on Atari\'s 1983 losses and WSJ pieces on the E.T. cartridge. The book "Replay: The History of Video Games" by Tristan Donovan has a chapter on the crash too.'],
    [426, 'l', 'Does that give you what you need?'],
    [480, 'p', 'yes, this is perfect. no more questions!'],
    [486, 'l', 'Good luck with the paper, and thanks for using Ask NYPL!'],
  ], usual()),

  // 14 a transfer with a notice and a note that says why
  s(NADIA, '14 college Smash tournament in a meeting room: transfer notice + internal note why, Leo answers 82 s after the notice', [
    [0, 'p', 'hey, our college esports club wants to host a smash bros tournament at the library. can we book a room + use your switches?'],
    [18, 'l', "Hi, welcome to Ask a Librarian! I'm Nadia at Pima County Public Library."],
    [25, 'l', 'About how many players, and on which date?'],
    [60, 'p', 'like 32 players, sat march 21'],
    [68, 'l', "Our gaming events are run by Leo on the teen and young adult team, so I'm transferring you to him now — he'll be with you in a moment."],
    [71, 'i', 'Leo, college esports club wants a Smash tourney Mar 21, 32 players, room + Switch loan, can you take it?'],
    xfer(74, 'Leo', 'leo-g'),
    [150, 'l', "Hey, Leo here, I run gaming at Pima County Public Library. The Joel D. Valdez Main Library's meeting room holds 40 and can be booked at library.pima.gov/meeting-rooms; we can lend four Switches for events if you list them in the booking notes.", as(LEO)],
    [156, 'l', 'Does that cover what you need?', as(LEO)],
    [200, 'p', 'yes!! thats everything, thanks so much'],
    [206, 'l', 'Sweet, good luck with the bracket — thanks for reaching out!', as(LEO)],
  ], usual({ transfer: 'pass' })),

  // 15 a silent transfer
  s(BRYCE, '15 game design degrees near Baltimore: internal note only, silent transfer, Sunny 85 s after the patron, CCBC + College Navigator', [
    [0, 'p', 'what colleges near me have game design degrees? im a senior in baltimore'],
    [22, 'l', 'Hi there, this is Bryce with AskUsNow! Maryland.'],
    [28, 'l', 'Are you looking for a four-year degree, or would community college work too?'],
    [65, 'p', 'either, cheaper is better lol'],
    [69, 'i', 'Sunny can you take this one, college/career q on game design programs'],
    xfer(72, 'Sunny', 'sunny-g'),
    [150, 'l', "Hi, I'm Sunny, a librarian with AskUsNow!. CCBC (ccbcmd.edu) has a Simulation and Digital Entertainment associate degree that transfers to UMBC's computer science programs; College Navigator at nces.ed.gov/collegenavigator lets you compare costs by zip code.", as(SUNNY)],
    [156, 'l', 'Is that what you were looking for?', as(SUNNY)],
    [200, 'p', 'ya thanks'],
    [204, 'l', 'Any other questions?', as(SUNNY)],
    [230, 'p', 'nope'],
    [234, 'l', 'Good luck with applications, bye!', as(SUNNY)],
  ], usual({ transfer: 'fail' })),

  // 16 Practice
  s(TRAINEE, '16 practice chat (console loan script): coded Practice, every check na', [
    [0, 'p', 'testing 123 can i borrow a ps5'],
    [6, 'l', 'test reply - our consoles page is library.example.org/gaming'],
    [15, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 follow-up by me, done exactly 72 h after the end
  s(CORA, '17 1995 Nintendo Power review of EarthBound (follow-up by me): e-mail read back, "by Thursday", done exactly 72 h after endedAt', [
    [0, 'p', 'hi! trying to find an old Nintendo Power review of EarthBound from 1995 for a video essay. is there any way to see it?'],
    [26, 'l', "Hello and welcome! I'm Cora, a librarian at San Francisco Public Library."],
    [33, 'l', 'Do you know which issue it was, or roughly which month?'],
    [80, 'p', 'maybe june or july 1995?'],
    [88, 'l', 'Our magazine holdings don\'t include Nintendo Power, but I can request the issues through interlibrary loan and check them for you. The Internet Archive has some scanned issues at archive.org (search "Nintendo Power 1995") in the meantime. May I e-mail you what I find?'],
    [140, 'p', 'yes!! its marco.v.films@example.com'],
    [147, 'l', "Thanks! That's marco.v.films@example.com — I'll send what I find by Thursday."],
    [152, 'l', 'Does the archive.org link help for now?'],
    [200, 'p', 'yep already looking, thx. thats all'],
    [206, 'l', 'Great, thank you for using SFPL chat!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(211 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 18 follow-up by me, e-mail read back, no time
  s(DARIUS, '18 adaptive controllers to try (follow-up by me): "I\'ll check with our accessibility coordinator and e-mail you", e-mail read back, no time', [
    [0, 'p', 'do you have any adaptive gaming controllers I could try before buying? for my son who has cerebral palsy'],
    [30, 'l', "Hi, I'm Darius at Anne Arundel County Public Library. Thanks for reaching out."],
    [36, 'l', 'Which console does he play on, and does he use a switch interface or anything similar now?'],
    [90, 'p', 'switch and ps5, nothing yet'],
    [97, 'l', 'Our adaptive gaming kits are in the catalog (aacpl.net, search "adaptive gaming kit"), but I\'m not sure which of those work with a Switch. I\'ll check with our accessibility coordinator and e-mail you what fits. What address should I use?'],
    [150, 'p', 'kpowell.home@example.net'],
    [156, 'l', 'Got it, kpowell.home@example.net. Is the catalog search useful in the meantime?'],
    [200, 'p', 'yes thank you'],
    [206, 'l', 'Anything else I can do today?'],
    [230, 'p', 'no thats all'],
    [235, 'l', 'Thanks so much, talk soon!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 19 follow-up by the patron's library, phone, done at 100 h
  s(VERA, '19 Halo 4v4 at the Hagerstown branch (follow-up by patron\'s library): phone "301 555 0147" read back, "within two days", done at 100 h', [
    [0, 'p', "Hi, is the Halo tournament at my local branch still happening this Saturday? It's the Hagerstown branch, Washington County."],
    [40, 'l', 'Good morning! Vera here, a librarian with the statewide AskUsNow! service.'],
    [47, 'l', 'Do you have the event name or the date it was listed for?'],
    [90, 'p', 'Halo Infinite 4v4, Saturday the 14th'],
    [98, 'l', "The Washington County Free Library events calendar (wcpl.info/events) still lists it, but I can't confirm changes from here. I'll pass your question to their teen services staff so they can confirm. What's the best number for them?"],
    [150, 'p', '301 555 0147'],
    [156, 'l', "That's 301-555-0147, right? They'll call you within two days."],
    [190, 'p', 'correct, thanks'],
    [196, 'l', 'Does the events calendar help for now?'],
    [230, 'p', 'yeah'],
    [236, 'l', 'Thanks for using AskUsNow!, good luck in the tournament!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 20 a promise, coded Answered, no contact; identifies but does not greet
  s(SAM, '20 Godot and Unity courses with a library card: "Sam from King County Library System picking this up.", "get back to you tomorrow", coded Answered', [
    [0, 'p', 'does my library card get me any game dev courses? like learning godot or unity'],
    [15, 'l', 'Sam from King County Library System picking this up.'],
    [21, 'l', 'are you a total beginner or have you coded before?'],
    [50, 'p', 'total beginner'],
    [58, 'l', "LinkedIn Learning is free with your card at kcls.org/elearning and has beginner Unity courses. Godot I'm not sure about, I'll dig into that and get back to you tomorrow."],
    [64, 'l', 'does that help for now?'],
    [100, 'p', 'ok cool'],
    [105, 'l', '👍 thanks for chatting!'],
  ], usual({ greeting: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 21 a true Lost Call
  s(ELLA, '21 Minecraft camp age limit (Lost Call): greeting only, "Are you still there?" at 150, "Looks like we lost you… message us again anytime!" at 335', [
    [0, 'p', 'whats the age limit for the minecraft camp'],
    [18, 'l', 'Hi! This is Ella at Milwaukee Public Library. How can I help?'],
    [150, 'l', 'Are you still there?'],
    [335, 'l', "Looks like we lost you, so I'll end this chat now. You're welcome to message us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 pickedUpAt 40, first line 165; Lost Call after three patron lines
  s(ZEKE, '22 VR headsets in the maker space (chat-speak): pickedUpAt 40 s, first line at 165, coded Lost Call after three patron lines, "k bye" last', [
    [0, 'p', 'yo does the library have a vr headset i can use'],
    [165, 'l', 'Hello! Zeke from Tulsa City-County Library here, sorry about the wait.'],
    [172, 'l', 'Do you want to use it at a branch, or check one out?'],
    [200, 'p', 'at a branch'],
    [206, 'l', "Central Library's maker space has two Meta Quest 3 headsets you can reserve for an hour: tulsalibrary.org/makerspace. Does that help?"],
    [240, 'p', 'ok'],
    [270, 'p', 'k bye'],
  ], usual({ informed: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', pickedUpAt: at(40) }),

  // 23 final idle exactly 180 s, check-in and notice with thanks
  s(PENNY, '23 Minecraft for a 7-year-old grandson: answer at 68, "Are you still there?" at 168, "Seems like the connection dropped…" + thanks at 248 (180 s)', [
    [0, 'p', 'is minecraft ok for a 7 yr old? grandson birthday'],
    [20, 'l', 'Hello! Penny here, a librarian at Johnson County Library. Happy early birthday to your grandson!'],
    [27, 'l', "Is it the game content you're wondering about, or online play with other people?"],
    [60, 'p', 'both i guess, i dont know much about games'],
    [68, 'l', "Minecraft is rated E10+ for fantasy violence, but lots of younger kids play it in Creative mode. Common Sense Media's review at commonsensemedia.org covers online play and how to turn it off. Does that answer your question?"],
    [168, 'l', 'Are you still there?'],
    [248, 'l', "Seems like the connection dropped on your end, so I'm going to close this chat. Thanks for writing in, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 24 a goodbye at exactly 120 s of final idle, no check-in
  s(FELIX, '24 Teen Loft gaming hours: "Hope that helps!" at 56, goodbye at 176 (final idle 120 s) with no check-in', [
    [0, 'p', 'when is the gaming lounge open at main library'],
    [14, 'l', "Hi, you've reached Felix at Charlotte Mecklenburg Library."],
    [20, 'l', 'Is this for a teen, or for an adult gamer?'],
    [50, 'p', 'me, im 16'],
    [56, 'l', "The Teen Loft at Main has its gaming consoles open Mon-Thu 3-7 pm and Saturday 12-5; it's on cmlibrary.org/teen-loft. Hope that helps!"],
    [176, 'l', 'Thanks for stopping by the chat, have a good one!'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail' })),

  // 25 a goodbye at 119 s of final idle; code ""
  s(GWEN, '25 game design books (Schell, Koster): answer + "Would those work for you?" at 77, goodbye at 196 (119 s), code ""', [
    [0, 'p', 'any good books on game design for beginners? like how to actually design levels'],
    [22, 'l', 'Good evening, thanks for contacting Chicago Public Library! This is Gwen.'],
    [29, 'l', 'Are you interested in the design side (mechanics, levels) more than coding?'],
    [70, 'p', 'yeah design not coding'],
    [77, 'l', '"The Art of Game Design: A Book of Lenses" by Jesse Schell and "A Theory of Fun for Game Design" by Raph Koster are both on the shelf at Harold Washington; you can place holds through the catalog at chipublib.org. Would those work for you?'],
    [196, 'l', 'Goodbye for now, and enjoy the reading!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 26 a check-in, then "Ending this chat now." (no notice, no goodbye)
  s(HUGO, '26 scratched library PS4 disc: answer at 78, "Hello, are you still with me?" at 200, "Ending this chat now." at 300 (final idle 227 s)', [
    [0, 'p', 'my library ps4 game disc is scratched, will i get charged?'],
    [24, 'l', 'Hi, Hugo with Orange County Library System here.'],
    [30, 'l', 'Did it come that way when you checked it out, or did it get scratched at home?'],
    [70, 'p', 'idk, i noticed when i tried to play it'],
    [78, 'l', "Just return it as usual; staff test returned discs and only charge if one won't play. The damage policy is on ocls.org/policies (Lost and Damaged Items). Does that help?"],
    [200, 'l', 'Hello, are you still with me?'],
    [300, 'l', 'Ending this chat now.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 27 a limit of questions
  s(NORA, '27 Fortnite sign-up, then three more questions: "That\'s too many questions for one chat, sorry — you\'ve hit the limit for this session. Bye."', [
    [0, 'p', 'how do i sign up for the fortnite tourney at the library'],
    [16, 'l', 'Hi! Nora at San José Public Library, glad to help.'],
    [22, 'l', 'Which branch is hosting the one you saw?'],
    [50, 'p', 'tully i think'],
    [57, 'l', 'Tully Community Branch\'s tournament sign-up form is on sjpl.org/events (search "Fortnite"). Was that what you needed?'],
    [90, 'p', 'yes. also do u have any game design camps, and can i borrow a gaming laptop, and whats the wifi password'],
    [98, 'l', "That's too many questions for one chat, sorry — you've hit the limit for this session. Bye."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 28 other patrons waiting, log back on later; no source
  s(OTIS, '28 an Atari 2600 from the attic: identified with no source, "several other patrons waiting… log back on later"', [
    [0, 'p', 'found my dads old console in the attic, its black with a wood front and a big switch. what is it and is it worth anything'],
    [20, 'l', "Hi there! Otis from Providence Public Library's Ask a Librarian."],
    [27, 'l', 'Does it say Atari or Sears anywhere on it?'],
    [70, 'p', 'atari on the front'],
    [77, 'l', 'That sounds like an Atari 2600 (the early "heavy sixer" and "light sixer" models had the wood-grain front). Values depend a lot on condition and whether it works. Does that help?'],
    [120, 'p', 'yes!! ok what about the cartridges, theres like 40, can u look up each one? and also how to hook it to a modern tv'],
    [128, 'l', "I'd love to, but I have several other patrons waiting right now. Please log back on later and we can go through the cartridges and the TV hookup together."],
    [150, 'p', 'ok fair, thanks'],
    [155, 'l', 'Thanks for your patience, and chat soon!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 29 four at once
  s(RHEA, '29 teen Game Jam camp (chat-speak): three other chats open through this one (four at once)', [
    [0, 'p', 'r there any game design summer programs for teens at sd library?? 🎮🎮'],
    [12, 'l', 'hi!! Rhea w/ San Diego Public Library ask a librarian 😊'],
    [17, 'l', 'how old r u + which branch is closest?'],
    [40, 'p', '14, mission valley'],
    [46, 'l', 'Mission Valley has a free teen Game Jam Camp in July (Scratch + GameMaker), sign up at sandiego.gov/public-library/teens'],
    [50, 'l', 'that work?'],
    [70, 'p', 'ya omg perfect'],
    [74, 'l', 'anything else i can help w?'],
    [86, 'p', 'nope thats it!!'],
    [90, 'l', 'yay have fun, bye!!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'rhea-g', -200, 400), other('r2', 'rhea-g', -50, 300), other('r3', 'rhea-g', 5, 500)],
  }),

  // 30 three at most, touching ends (partly Spanish)
  s(BEATRIZ, '30 E-rated Switch games for a niece (partly Spanish): one chat ending at the start, two overlapping, one starting at endedAt', [
    [0, 'p', 'hola, quiero regalarle un juego a mi sobrina de 9, which ones are rated E?'],
    [14, 'l', '¡Hola! Soy Beatriz, bibliotecaria de Miami-Dade Public Library. Happy to help in English or Spanish.'],
    [20, 'l', '¿Para qué consola? ¿Switch, Xbox, PlayStation?'],
    [45, 'p', 'switch'],
    [50, 'l', 'En esrb.org puede filtrar por plataforma "Nintendo Switch" y clasificación "E"; también tenemos una lista de juegos familiares en mdpls.org/gaming. ¿Le sirve?'],
    [70, 'p', 'si perfecto, eso es todo'],
    [76, 'l', '¡Qué bueno! Gracias por escribirnos, hasta pronto.'],
  ], usual(), {}, {
    otherIntervals: [other('b1', 'beatriz-g', -400, 0), other('b2', 'beatriz-g', -60, 200), other('b3', 'beatriz-g', 20, 300), other('b4', 'beatriz-g', 81, 400)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => VIDEOGAMES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-seventh round: video games, esports and game design, checked', () => {
  describeSessions('whole sessions', VIDEOGAMES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', VIDEOGAMES.filter((c) => c.name in LEFT_WHY));
});

// byNo is kept for LEFT_WHY's keys (none this round).
void byNo;
