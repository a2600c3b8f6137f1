/**
 * Seventy-second round, theme AQUARIUMS AND FISH KEEPING, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: a first 20-gallon tank for a child, ich on a platy, an uncycled tank at 2 ppm
 * ammonia, a cichlid club in Milwaukee, a 4th-grade field trip to the Georgia Aquarium, a betta that will not eat (Spanish),
 * plecos someone wants to let go in a Miami canal (Spanish and English), books on building a koi pond, a goldfish upside
 * down, 1950s newsletters of a Baltimore aquarium society, an interlibrary loan of a reef book, the National Aquarium's
 * opening brochure, goldfish in a 10-gallon, "do u sell fish tanks", a public-aquarium school trip in San Antonio (Spanish,
 * nobody answered), reef calcium and alkalinity, a pH science-fair project, well water for a tank, a beginner fish for 5
 * gallons, goldfish temperature, a planted display tank, aquascaping books, GH/KH for shrimp, red swamp crayfish in
 * Wisconsin, Shedd Aquarium passes, koi pond books in Spanish, quarantine tanks, a pump for a 2000-gallon koi pond, and
 * bringing tropical fish from Mexico into Texas. Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/aquariums-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (01: pass) and 61 s (02: fail); 70 s after a patron "hello?" (14: fail); `pickedUpAt`
 *   at 50 s with the first line at 172 s (29); "Hiya! 👋 What's up?" from a screen name that names no one (03: fail);
 *   "Thanks for contacting Ask a Librarian! I'm Dora …" (30); "Hey there! You've got Marisol …" (01); Spanish "Le atiende
 *   Rocío", "soy Héctor", "Soy Alba" (06, 07, 27); no provider ever joined (16);
 *  inquiry: tank size and water type, the kind of spots, test kit and tank age, freshwater or salt, class size and month,
 *   water temperature, how many fish and their size, pond size (asked after the catalogue was given: 08, fail), feeding,
 *   names and years, pickup branch, brochure or description, dosing, grade and fair date, well tested or not, heater, kind
 *   of goldfish, case size and light, tank or plan, test strips, where the crayfish came from, library card, print or
 *   e-book, tank stock, waterfall height, home aquarium and driving or flying;
 *  waits: a hold answered 121 s later (04: fail) and exactly 120 s later (05: pass); holds with partial results at 94/90 s
 *   (10) and 110/110 s (22); a transfer notice answered 104 s and 89 s later by the receiver (17, 18); "no rush — take
 *   your time" and the patron back 184 s later (23: waiting on the patron); 122 s between `pickedUpAt` and the first line
 *   (29: fail);
 *  endings: final idles of exactly 120 s with a goodbye and no check-in (24: idle fails, disconnect na), 119 s with no
 *   goodbye (25: both na), 135 s with a check-in (14), 180 s ending at a goodbye that invites back, after "Still there?"
 *   (13: both pass), 210 s with "You still with me?" and "It seems we've lost the connection … ending our chat" (26),
 *   228 s with one Spanish message that asks and gives notice (27: both pass, courteous fails), 190 s with a notice only
 *   (28: idle fails); "your time is up for this chat" (21: dismissal); "several people waiting … please chat back in later,
 *   or call our Reference Desk" (22: allowed); the patron's "no more questions 🙏" as the last line (23: courteous fails);
 *   goodbyes "Happy fishkeeping, bye for now!", "Cool, bye!", "¡Con gusto! Gracias por usar nuestro chat. Hasta luego.",
 *   "¡Gracias por escribirnos, hasta pronto!", "Thanks for your patience — talk soon!", "Thanks for stopping by, goodnight!";
 *   patron-side "thats all i need", "That is all.", "eso es todo", "no nada mas" (to the provider's question), "thats all
 *   for now", "no more questions", and "yes ty", "ok np", "cool", "wow ok" that do not count;
 *  sources: a call number in the catalogue, UF/IFAS fact sheets, fishlore.com, club and aquarium sites, myfwc.com,
 *   aqua.org, Science Buddies, Penn State Extension, the Goldfish Society's care sheets, chipublib.org's museum passport,
 *   dnr.wisconsin.gov, fws.gov, books by author and title; none (09: a pea, fasting and "call a vet who treats fish");
 *  referrals: "drop in at one of their monthly meetings" with the club's URL (04); the aquarium's group line by phone (05);
 *   the FWC's exotic pet line by phone, in Spanish (07); "call a vet who treats fish" with no contact (09: fail); the
 *   library's own Reference Desk by phone (22); Maryland Department staff and home-library staff working for the patron
 *   (10, 30: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done exactly 72 h after the end (10: pass); FU_LIB,
 *   phone read back as a question, no time (11: contact fails, on_time pending); a promise to "get back to you" coded
 *   Answered with no contact (12); FU_LIB, e-mail read back, "within 72 hours", never recorded, day 4 (30: on_time fails);
 *  codes: a true Lost Call (13); Lost Call after two patron lines (14); null with no provider (16); "" (20); Practice (15);
 *  transfers: a notice (a hold) and an internal note why (17: pass); a notice without an internal note (18: fail);
 *  concurrency: three others, four open at 80-90 s (19: fail); three at most, one other ending before a third begins, and
 *   another provider's chat that does not count (20: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "call a vet who treats fish" tells the patron to contact a kind of specialist outside the chat: a referral, without a
 *   way to reach one (09: fail);
 * - "drop in at one of their monthly meetings" tells the patron to visit an organisation (04: a referral, its URL given);
 * - "I'll ask our Maryland Department staff to check" and "your home library's reference staff can pull the current … list
 *   for you" are staff working on the patron's behalf, not a referral (10, 30);
 * - "someone from Whetstone will give you a call about it" says no time, so followup.contact fails even with the phone read
 *   back (11);
 * - a hold message that gives a partial result ("our catalog lists a 'Baltimore Aquarium Society bulletin' …") names a
 *   source; the clarifying question came before it (10);
 * - "Is the catalog record enough to go on for now?", "Was that the kind of answer you needed?", "That what you were hoping
 *   for?", "Does that cover what you needed?", "¿Le ayudó esto?", "¿Es lo que buscaba?" ask whether what was given meets
 *   the need;
 * - "Do you already have a tank set up … no rush — take your time." is a question and not a hold, so the 184 s until the
 *   patron's answer is waiting on the patron (23);
 * - with `pickedUpAt` at 50 s and the first provider line at 172 s, the part of the patron's wait after pickup is 122 s,
 *   more than `silenceSeconds` (29: keep_informed fails; pickup passes at 50 s);
 * - "It seems we've lost the connection, so I'm ending our chat for now" tells the patron they seem disconnected and that the
 *   session will end (26); "It looks like you've left the chat, so I'm closing it now" likewise (28); the Spanish "¿Sigue
 *   ahí? Parece que se ha desconectado; si no me responde pronto, cerraré el chat." both asks and gives notice (27);
 * - the Lost Call greetings (13, 14) are not substantive; the final idle starts at them.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (three checks in all). Label corrections: 0: on rereading RUBRIC.md each
 * disputed label still holds by its text (below).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 04, followup.completeness: "That what you were hoping for?" (after the club's URL) read as never asked (fail;
 *    RUBRIC pass: "Is that what you were looking for?" with its verb dropped); referral.contact: "You can drop in at one of
 *    their monthly meetings" read as no referral (na; RUBRIC pass: visit an organisation, its URL given);
 *  - case 07, referral.contact: Spanish "llame a la línea de mascotas exóticas de la FWC, 888-483-4681" read as no referral
 *    (na; RUBRIC pass: call an agency, phone given).
 * Every timing check (pickup at 60 and 61 s, 70 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across
 * partial-result holds, two transfers, "take your time", and 122 s after `pickedUpAt`; final idles of 119, 120, 135, 180,
 * 190, 210 and 228 s; concurrency at four and at three; on_time done at exactly 72 h, missed at day 4, pending at day 1
 * twice) scored as labelled on the first run, and so did every code (Lost Call twice, Practice, null, "", promise coded
 * Answered, follow-up codes with a phone and e-mails read back). The redaction equality of describeSessions holds for every
 * running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * RUBRIC v65 (block AE, made after this file from its LEFT cases among others): case 04 (AE1: "That what you were hoping for?"
 *   asks whether the answer fits; AE3: "You can drop in at one of their monthly meetings" visits the society named before it,
 *   whose URL reaches it) and case 07 (AE5: "llame a la línea de mascotas exóticas de la FWC, 888-483-4681" calls the agency's
 *   line) now score as labelled and run with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, left, session, xfer } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Esperando a un bibliotecario. Usted es el número ${n}.`];

const MARISOL: Prov = { id: 'marisol-aq', name: 'Marisol', library: 'MCL-OR' };
const DEV: Prov = { id: 'dev-aq', name: 'Dev', library: 'TLCPL' };
const FISHDESK: Prov = { id: 'fishdesk-aq', name: 'FishDesk', library: 'SCL-WA' };
const GRETA: Prov = { id: 'greta-aq', name: 'Greta', library: 'MPL-WI' };
const HUGO: Prov = { id: 'hugo-aq', name: 'Hugo', library: 'AFPL' };
const ROCIO: Prov = { id: 'rocio-aq', name: 'Rocío', library: 'LAPL' };
const HECTOR: Prov = { id: 'hector-aq', name: 'Héctor', library: 'MDPLS' };
const NATE: Prov = { id: 'nate-aq', name: 'Nate', library: 'RL-SC' };
const PAM: Prov = { id: 'pam-aq', name: 'Pam', library: 'DDL' };
const IVY: Prov = { id: 'ivy-aq', name: 'Ivy', library: 'EPFL' };
const JADE: Prov = { id: 'jade-aq', name: 'Jade', library: 'CML' };
const KEMAL: Prov = { id: 'kemal-aq', name: 'Kemal', library: 'BCPL' };
const LIAM: Prov = { id: 'liam-aq', name: 'Liam', library: 'YTL' };
const MONA: Prov = { id: 'mona-aq', name: 'Mona', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-aq', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-aq', name: 'Cola', library: 'SAPL' };
const NINA: Prov = { id: 'nina-aq', name: 'Nina', library: 'HCL-MN' };
const OSCAR: Prov = { id: 'oscar-aq', name: 'Oscar', library: 'HCL-MN' };
const PEDRO: Prov = { id: 'pedro-aq', name: 'Pedro', library: 'SAPL' };
const RAE: Prov = { id: 'rae-aq', name: 'Rae', library: 'SAPL' };
const SAGE: Prov = { id: 'sage-aq', name: 'Sage', library: 'CCL-PA' };
const TOBY: Prov = { id: 'toby-aq', name: 'Toby', library: 'MPL-AL' };
const UNA: Prov = { id: 'una-aq', name: 'Una', library: 'AskCO' };
const VERA: Prov = { id: 'vera-aq', name: 'Vera', library: 'SGCL' };
const WREN: Prov = { id: 'wren-aq', name: 'Wren', library: 'HCLS' };
const XAVI: Prov = { id: 'xavi-aq', name: 'Xavi', library: 'CCPL-OH' };
const YARA: Prov = { id: 'yara-aq', name: 'Yara', library: 'MPL-WI' };
const ZEKE: Prov = { id: 'zeke-aq', name: 'Zeke', library: 'CPL-IL' };
const ALBA: Prov = { id: 'alba-aq', name: 'Alba', library: 'HPL-TX' };
const BRAM: Prov = { id: 'bram-aq', name: 'Bram', library: 'KDL' };
const CLEO: Prov = { id: 'cleo-aq', name: 'Cleo', library: 'PPL-AZ' };
const DORA: Prov = { id: 'dora-aq', name: 'Dora', library: 'TSL' };

const s = session;

export const AQUARIUMS: SessionCase[] = [
  // 01 pickup at exactly 60 s
  s(MARISOL, '01 first 20-gallon tank for a kid: pickup at exactly 60 s, "You\'ve got Marisol", Boruchowitz by call number, "thats all i need"', [
    [0, 'p', 'hi!! i want to get my first fish tank for my kid, where do i even start 🐠'],
    [60, 'l', "Hey there! You've got Marisol, a librarian with Ask a Librarian at Multnomah County Library."],
    [66, 'l', 'How big a tank are you picturing, and were you thinking freshwater or saltwater?'],
    [110, 'p', 'idk like 20 gallons? freshwater i guess, nothing crazy'],
    [118, 'l', "A 20-gallon freshwater tank is a great first size. Start with 'The Simple Guide to Freshwater Aquariums' by David Boruchowitz; several branches have it, call number 639.34 BOR in our catalog at multcolib.org. It walks you through cycling the tank before any fish go in."],
    [124, 'l', 'Is that the kind of thing you were after?'],
    [170, 'p', 'perfect thats all i need, thank u!!'],
    [176, 'l', 'Happy fishkeeping, bye for now!'],
  ], usual()),

  // 02 pickup at 61 s
  s(DEV, '02 white dots on a platy: pickup at 61 s, salt-grain or cotton asked, UF/IFAS ich fact sheet', [
    [0, 'p', 'my fish has little white dots all over him like salt?? is he dying'],
    [61, 'l', 'Good morning, this is Dev, a librarian at Toledo Lucas County Public Library. Sorry to hear about your fish!'],
    [67, 'l', 'Is it a freshwater tank? And are the dots raised like grains of salt, or fuzzy like cotton?'],
    [100, 'p', 'freshwater, like salt yeah. its a platy'],
    [108, 'l', "That sounds like ich, a very common parasite. The University of Florida fact sheet 'Ichthyophthirius multifiliis (White Spot) Infections in Fish' explains the treatment step by step: edis.ifas.ufl.edu/publication/FA006."],
    [112, 'l', 'Did that give you what you need?'],
    [150, 'p', 'yes ty'],
    [154, 'l', 'Anything else I can look up for you?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Good luck with the little guy — bye!'],
  ], usual({ pickup: 'fail' })),

  // 03 a greeting that names no one
  s(FISHDESK, '03 2 ppm ammonia in a 5-day-old tank: "Hiya! 👋 What\'s up?" under the screen name FishDesk, fishlore.com', [
    [0, 'p', 'ammonia reading is 2ppm in my new tank is that bad'],
    [14, 'l', "Hiya! 👋 What's up?"],
    [20, 'l', 'Which test kit are you using, strips or liquid drops? And how long has the tank been set up?'],
    [60, 'p', 'liquid, the api one. set it up like 5 days ago'],
    [66, 'l', "2 ppm is high: your tank hasn't cycled yet. FishLore's nitrogen cycle page walks through what to do, partial water changes included: fishlore.com/NitrogenCycle.htm"],
    [72, 'l', 'Does that cover what you needed?'],
    [110, 'p', 'yeah kinda scary but ok'],
    [114, 'l', 'Need anything else?'],
    [130, 'p', 'nope'],
    [133, 'l', 'Cool, bye!'],
  ], usual({ greeting: 'fail' })),

  // 04 a hold answered 121 s later; a club to visit, by URL
  s(GRETA, '04 cichlid club in Milwaukee: "Hang on, checking a couple of club listings" answered 121 s later, "drop in at one of their monthly meetings"', [
    [0, 'p', 'r there any fish clubs in milwaukee? like aquarium people who meet up'],
    [20, 'l', "Hi, I'm Greta from Milwaukee Public Library's Ask a Librarian service."],
    [26, 'l', 'Are you mostly into freshwater, saltwater, or ponds? Some clubs lean one way.'],
    [50, 'p', 'freshwater, cichlids mostly'],
    [56, 'l', 'Hang on, checking a couple of club listings.'],
    [177, 'l', 'The Milwaukee Aquarium Society has plenty of cichlid keepers: milwaukeeaquariumsociety.org. You can drop in at one of their monthly meetings; the schedule is on the site.'],
    [183, 'l', 'That what you were hoping for?'],
    [230, 'p', 'yes thats everything, thanks!'],
    [235, 'l', 'My pleasure. Goodbye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 05 a hold answered exactly 120 s later; the aquarium's group line by phone
  s(HUGO, '05 4th-grade field trip to the Georgia Aquarium: "Give me a moment to look." answered exactly 120 s later, group line by phone', [
    [0, 'p', 'Hello, I teach 4th grade and want to take my class to the Georgia Aquarium. How do school field trips work?'],
    [35, 'l', 'Good afternoon and welcome to Ask Atlanta! This is Hugo, a reference librarian at Atlanta-Fulton Public Library.'],
    [41, 'l', 'Roughly how many students and chaperones, and what month were you thinking?'],
    [90, 'p', 'about 60 kids, in April'],
    [96, 'l', 'Give me a moment to look.'],
    [216, 'l', "Field trip booking is on georgiaaquarium.org under Learn > Field Trips, with the per-student rate and the chaperone ratio. For a group of 60 you'll want to call their group reservations line, 404-555-0137, to hold a date."],
    [222, 'l', 'Does this answer your question?'],
    [260, 'p', 'Yes, thank you. That is all.'],
    [266, 'l', 'Thanks for using Ask Atlanta — have a great trip!'],
  ], usual({ referral: 'pass' })),

  // 06 Spanish
  s(ROCIO, '06 un betta que no come (Spanish): "Le atiende Rocío", temperatura y calentador, catálogo y guía de UF/IFAS, "eso es todo"', [
    [0, 'p', 'hola mi pez betta no quiere comer desde hace 3 dias 😢 que hago'],
    [25, 'l', '¡Hola! Le atiende Rocío, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [31, 'l', '¿Sabe a qué temperatura está el agua? ¿El acuario tiene calentador?'],
    [80, 'p', 'no tiene calentador, no se la temperatura'],
    [88, 'l', 'Los betta necesitan agua tibia, entre 25 y 28 °C; con agua fría dejan de comer. La guía de cuidado del betta de la Universidad de Florida está en edis.ifas.ufl.edu (busque "betta"), y en nuestro catálogo (lapl.org) hay libros en español sobre peces de acuario.'],
    [94, 'l', '¿Esto responde a su pregunta?'],
    [140, 'p', 'si!! voy a comprar un calentador. eso es todo, gracias'],
    [146, 'l', '¡Con gusto! Gracias por usar nuestro chat. Hasta luego.'],
  ], usual()),

  // 07 Spanish and English; the FWC's line by phone
  s(HECTOR, '07 plecos in a Miami canal (Spanish and English): "soy Héctor", myfwc.com, "llame a la línea de mascotas exóticas de la FWC, 888-483-4681"', [
    [0, 'p', 'hi tengo unos plecos que ya estan muy grandes, can i just let them go in the canal behind my house? miami'],
    [30, 'l', 'Buenas tardes, soy Héctor, bibliotecario del servicio Ask a Librarian de Miami-Dade Public Library.'],
    [36, 'l', '¿Cuántos son y qué tamaño tienen más o menos?'],
    [70, 'p', '2, like 14 inches'],
    [78, 'l', 'No los suelte: en Florida es ilegal liberar peces no nativos, y los plecos ya son una especie invasora en los canales. La página de especies no nativas de la FWC lo explica: myfwc.com/wildlifehabitats/nonnatives. Para entregarlos sin multa, llame a la línea de mascotas exóticas de la FWC, 888-483-4681.'],
    [84, 'l', '¿Le ayudó esto?'],
    [120, 'p', 'ok si gracias didnt know that'],
    [124, 'l', '¿Algo más en que le pueda ayudar?'],
    [140, 'p', 'no nada mas'],
    [145, 'l', '¡Gracias por escribirnos, hasta pronto!'],
  ], usual({ referral: 'pass' })),

  // 08 the catalogue given before the question
  s(NATE, '08 books on building a backyard koi pond: catalogue search given first, then "Are you starting from scratch …?"', [
    [0, 'p', 'looking for books about building a koi pond in the backyard'],
    [18, 'l', 'Hi there, Nate here, answering for Ask Away at Richland Library.'],
    [24, 'l', 'A search of our catalog (richlandlibrary.com > Catalog) for "koi ponds" brings up about a dozen titles in the home and garden section, call number 635.9674.'],
    [30, 'l', 'Are you starting from scratch, or redoing a pond you already have?'],
    [75, 'p', 'from scratch, maybe 1000 gallons'],
    [81, 'l', 'Then the construction chapters are what you want; several of those books have step-by-step liner and filter setups. Search "water gardens design and construction" in the catalog to narrow it down.'],
    [87, 'l', 'Did that help?'],
    [130, 'p', 'yep thats everything, will put some on hold'],
    [135, 'l', 'Thanks, and have fun with the pond!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source; "call a vet who treats fish" without contact
  s(PAM, '09 goldfish upside down: fasting and a pea with no source, "call a vet who treats fish" with no contact', [
    [0, 'p', 'goldfish swimming upside down at the top, still alive. whats wrong w him'],
    [22, 'l', "Hello, Pam at Ask a Librarian Delaware. Let's see what we can figure out."],
    [28, 'l', 'How long has he been doing that, and what do you feed him?'],
    [75, 'p', 'since yesterday, flakes'],
    [82, 'l', "That often points to a swim bladder problem, which floating flakes and overfeeding can set off. A lot of keepers skip feeding for two or three days, then give a skinned cooked pea. If he's not better in a few days, call a vet who treats fish."],
    [88, 'l', 'Does that help?'],
    [130, 'p', 'ok ill try the pea thing thanks'],
    [134, 'l', 'Anything else I can help with?'],
    [150, 'p', 'no'],
    [154, 'l', 'Bye now, hope he perks up!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 10 follow-up by me, e-mail read back, "by tomorrow afternoon", done exactly 72 h after the end
  s(IVY, '10 1950s Baltimore Aquarium Society newsletters (follow-up by me): holds at 94/90 s, e-mail read back, "by tomorrow afternoon", done at exactly 72 h', [
    [0, 'p', 'Hi, my grandfather was president of the Baltimore Aquarium Society in the 1950s. Is there any way to find their old newsletters?'],
    [25, 'l', "Good morning! I'm Ivy, a librarian with Enoch Pratt Free Library."],
    [31, 'l', 'Do you know his name and roughly which years he served?'],
    [80, 'p', 'Walter Kemp, around 1952-1958'],
    [86, 'l', 'One moment while I look through our catalog.'],
    [180, 'l', "Still looking: our catalog lists a 'Baltimore Aquarium Society bulletin' in the Maryland Department, but the record doesn't say which years we hold."],
    [270, 'l', "It isn't digitized on digitalmaryland.org, so I'll ask our Maryland Department staff to check which years are on the shelf. What's the best e-mail to send that to?"],
    [320, 'p', 'great, its kempfamily58@example.org'],
    [326, 'l', "Thanks, that's kempfamily58@example.org. I'll e-mail you by tomorrow afternoon."],
    [332, 'l', 'Is the catalog record enough to go on for now?'],
    [370, 'p', 'yes thank you, thats all for now'],
    [376, 'l', 'Thanks for your patience — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(381 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 follow-up by the patron's library, phone read back, no time
  s(JADE, '11 ILL for The Reef Aquarium (follow-up by patron\'s library): "So that is 614-555-0182?", "someone from Whetstone will give you a call", no time', [
    [0, 'p', 'do yall have The Reef Aquarium by Delbeek and Sprung? volume 1'],
    [20, 'l', "Hello! Jade here, I'm a librarian at Columbus Metropolitan Library."],
    [26, 'l', 'Which branch do you usually pick up at?'],
    [55, 'p', 'whetstone'],
    [62, 'l', "Our catalog doesn't own it, but we can borrow it for you through interlibrary loan. I'll pass the request to Whetstone and someone there will give you a call about it. What number should they use?"],
    [100, 'p', '614 555 0182'],
    [106, 'l', 'So that is 614-555-0182?'],
    [130, 'p', 'yep'],
    [134, 'l', 'Anything else today?'],
    [150, 'p', 'nah'],
    [154, 'l', 'Thanks for chatting, bye!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 12 a promise coded Answered, no contact anywhere; the patron has the last word
  s(KEMAL, '12 National Aquarium opening brochure: "I\'ll keep digging and get back to you on it", coded Answered, no e-mail or phone, patron "cool" last', [
    [0, 'p', 'when did the National Aquarium in Baltimore open? and is there a copy of the opening day brochure anywhere'],
    [15, 'l', 'Hi, Kemal with Ask Us Now at Baltimore County Public Library.'],
    [21, 'l', 'Do you need the brochure itself, or would a description of it do?'],
    [60, 'p', 'the actual thing if possible, for a school display'],
    [66, 'l', "It opened in August 1981; the aquarium's own history page at aqua.org/about has the date and some early photos. The brochure is harder to track down, so I'll keep digging and get back to you on it."],
    [72, 'l', 'Thanks for chatting!'],
    [90, 'p', 'cool'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 13 a true Lost Call
  s(LIAM, '13 goldfish in a 10-gallon (Lost Call): greeting only, "Still there?" at 150, notice + invitation back at 210 (final idle 180 s)', [
    [0, 'p', 'how many goldfish can go in a 10 gallon'],
    [30, 'l', "Hi, welcome to Ask Now! I'm Liam at Yorktown Library. What can I help you with?"],
    [150, 'l', 'Still there?'],
    [210, 'l', "I haven't heard back, so it looks like you've disconnected. I'm going to close this chat now — come back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after two patron lines; pickup at 70
  s(MONA, '14 "do u guys sell fish tanks" + "hello?" (Lost Call): pickup at 70, "Are you still there?" at 200 (final idle 135 s), no goodbye', [
    [0, 'p', 'do u guys sell fish tanks'],
    [40, 'p', 'hello?'],
    [70, 'l', 'Hello, this is Mona at Ask a Librarian.'],
    [200, 'l', 'Are you still there?'],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(TRAINEE, '15 practice chat (cycling a tank): coded Practice, every check na', [
    [0, 'p', 'testing testing - how do I cycle a tank'],
    [10, 'l', 'practice reply: see fishlore.com. did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no provider ever joined (Spanish patron), code null
  s(NOBODY, '16 excursión escolar a un acuario en San Antonio (Spanish): no provider ever joined, "hola? alguien?", patron left, code null', [
    [0, 'p', 'necesito info sobre acuarios publicos para una excursion escolar en San Antonio'],
    queue(4, 3),
    [130, 'p', 'hola? alguien?'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 17 a transfer with a notice and an internal note why
  s(NINA, '17 reef calcium and alkalinity: "I\'m handing you over to him now. Hang tight" + internal note why, Oscar 104 s after the notice, Fenner by call number', [
    [0, 'p', 'What should calcium and alkalinity be in a reef tank? Mine keep crashing'],
    [20, 'l', 'Hello! Nina here, librarian at Ask a Librarian, Hennepin County Library.'],
    [26, 'l', 'How big is the tank, and are you dosing anything right now?'],
    [70, 'p', '75 gal mixed reef, dosing two-part by hand'],
    [76, 'l', "Our science librarian Oscar knows reef chemistry far better than I do, so I'm handing you over to him now. Hang tight for just a moment."],
    [79, 'i', 'Oscar, reef tank calcium/alk question, pt doses two-part by hand, needs targets + why they crash. Yours?'],
    xfer(82, 'Oscar', 'oscar-aq'),
    [180, 'l', "Hi, Oscar here, the science librarian at Hennepin County Library. Typical reef targets are calcium around 420 ppm and alkalinity 8-9 dKH; the water chemistry chapter in Robert Fenner's 'The Conscientious Marine Aquarist' (on the shelf at Central, 639.342 FEN) explains why hand dosing makes them swing.", as(OSCAR)],
    [186, 'l', 'Is that what you were looking for?', as(OSCAR)],
    [230, 'p', 'yes super helpful, no more questions'],
    [236, 'l', 'Great! Thanks for chatting, happy reefing.', as(OSCAR)],
  ], usual({ transfer: 'pass' })),

  // 18 a transfer announced to the patron, no internal note
  s(PEDRO, '18 pH strips for a 7th-grade science fair: "I\'m going to transfer you to Rae", no internal note, Rae 89 s later, Science Buddies', [
    [0, 'p', 'for my science fair i want to test ph in different tap waters with strips, is that legit enough?'],
    [25, 'l', "Hi! I'm Pedro with the Ask a Librarian team at San Antonio Public Library."],
    [31, 'l', "What grade are you in, and when's the fair?"],
    [75, 'p', '7th, its in 3 weeks'],
    [81, 'l', "I'm going to transfer you to Rae, who works with our teen science projects — one moment."],
    xfer(85, 'Rae', 'rae-aq'),
    [170, 'l', "Hey, Rae here from the Teen Center at San Antonio Public Library. pH strips are fine for a 7th grade project if you run each test three times. Science Buddies has a water-quality project guide with the method written out: sciencebuddies.org (search 'water pH').", as(RAE)],
    [176, 'l', 'Does that answer your question?', as(RAE)],
    [215, 'p', 'ya ty!! thats all'],
    [220, 'l', 'Good luck at the fair, bye!', as(RAE)],
  ], usual({ transfer: 'fail' })),

  // 19 four at once
  s(SAGE, '19 well water for a fish tank: Penn State Extension, three other chats open, four at once at 80-90 s', [
    [0, 'p', 'can i use my well water for a fish tank? how do i know whats in it'],
    [40, 'l', "Hi there, it's Sage at Centre County Library's Ask Us chat."],
    [46, 'l', 'Do you know if your well has ever been tested, or is it a new house?'],
    [90, 'p', 'new house, never tested'],
    [96, 'l', "Penn State Extension's water testing pages (extension.psu.edu, search 'private well testing') explain what a well test covers and how to read the results. For fish, look at hardness, pH, nitrate and copper."],
    [102, 'l', 'Does that help?'],
    [140, 'p', 'yes thanks thats all i needed'],
    [145, 'l', 'Thanks for chatting, have a good night!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('s1', 'sage-aq', -100, 500), other('s2', 'sage-aq', 10, 90), other('s3', 'sage-aq', 80, 300)],
  }),

  // 20 three at most; code ""
  s(TOBY, '20 beginner fish for 5 gallons (emoji): three open at most, another provider\'s chat beside it, code ""', [
    [0, 'p', 'whats a good beginner fish for a 5 gal tank for my daughter 🐟🐟'],
    [12, 'l', 'Hello, Toby from the Ask a Librarian desk at Mobile Public Library here!'],
    [18, 'l', 'Is the tank heated, or just room temperature?'],
    [50, 'p', 'it has a heater'],
    [55, 'l', "A single betta is the classic pick for 5 gallons. 'The Betta Handbook' by Robert Goldstein is in our catalog at mplonline.org, and it covers tank setup too."],
    [60, 'l', 'Was that the kind of answer you needed?'],
    [95, 'p', 'yes!! she will love that'],
    [99, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no thank you'],
    [124, 'l', 'Bye, and enjoy the new fish!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }, {
    otherIntervals: [other('t1', 'toby-aq', -200, 50), other('t2', 'toby-aq', 20, 400), other('t3', 'toby-aq', 60, 300), other('x1', 'someone-else', 0, 500)],
  }),

  // 21 "your time is up"
  s(UNA, '21 fancy goldfish temperature, then plants, water changes and a pleco: "your time is up for this chat" (dismissal)', [
    [0, 'p', 'hi what temp should a goldfish tank be'],
    [18, 'l', "Hi, you're chatting with Una, a librarian at Ask Colorado."],
    [24, 'l', 'Fancy goldfish, or the common/comet kind?'],
    [60, 'p', 'fancy. also what about plants, and how often do i change water, and can they live with a pleco'],
    [66, 'l', "Fancies do well around 68-74 °F; the Goldfish Society of America's care sheets at goldfishsociety.org cover temperature and water changes."],
    [72, 'p', 'ok and the pleco?'],
    [80, 'l', "I'm afraid your time is up for this chat, so I have to end it here."],
    [90, 'p', 'wow ok'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 partial-result holds; other patrons waiting, a way back, the Reference Desk by phone
  s(VERA, '22 planted tank for a library display: holds 110/110 s with a partial result, "several people waiting … chat back in later, or call our Reference Desk"', [
    [0, 'p', 'I need ideas for a planted tank for a library display case, like what plants and what book to put next to it'],
    [30, 'l', "Hello and thanks for contacting Ask a Librarian! I'm Vera at Springfield-Greene County Library."],
    [36, 'l', 'Roughly what size is the display case, and will it get any sunlight?'],
    [80, 'p', 'about 4 ft wide, no windows'],
    [86, 'l', 'Let me see what our collection has — one sec.'],
    [196, 'l', "So far I've found Diana Walstad's 'Ecology of the Planted Aquarium' in our catalog; still checking for something on low-light plants."],
    [306, 'l', "Also 'Aquarium Plants' by Christel Kasselmann is at the Library Center, call number 635.9674 KAS. Low-light plants like Java fern and anubias would suit a windowless case. Does that help?"],
    [350, 'p', 'yes! and can you also find a supplier and a grant to pay for it and some kids books too'],
    [358, 'l', "There are several people waiting in the queue right now, so I'll stop here — please chat back in later for the grant and the kids' books, or call our Reference Desk at 417-555-0110 any time we're open."],
    [380, 'p', 'ok np'],
    [385, 'l', 'Thanks for your patience, and happy planting!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 23 "take your time"; the patron has the last word
  s(WREN, '23 aquascaping books: "no rush — take your time" and the patron back 184 s later, "no more questions 🙏" as the last line', [
    [0, 'p', 'what book should i get on aquascaping, like the nature aquarium style'],
    [20, 'l', 'Hi! Wren here, librarian at Ask Us, Howard County Library System.'],
    [26, 'l', 'Do you already have a tank set up, or are you planning one? If you want to go measure it first, no rush — take your time.'],
    [210, 'p', 'back! its a 60cm tank, empty right now'],
    [216, 'l', "Takashi Amano's 'Nature Aquarium World' is the classic for that style, and our catalog (hclibrary.org) has 'Aquascaping: A Step-by-Step Guide to Planting, Styling, and Maintaining Beautiful Aquariums' by George Farmer."],
    [222, 'l', 'Did that help?'],
    [260, 'p', 'yes!! thats everything, no more questions 🙏'],
  ], usual({ courteous: 'fail' })),

  // 24 final idle of exactly 120 s ending at a goodbye, no check-in
  s(XAVI, '24 GH/KH for cherry shrimp: answer at 100, "Thanks for stopping by, goodnight!" at 220 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'how do i test GH and KH, my shrimp keep dying'],
    [15, 'l', 'Good evening! Xavi at Ask a Librarian, Cuyahoga County Public Library.'],
    [21, 'l', 'Are you testing with strips now, or nothing yet?'],
    [55, 'p', 'strips'],
    [100, 'l', "Strips are rough for GH and KH; liquid drop kits count drops until the color changes and are much more exact. Aquarium Co-Op's article on shrimp water parameters gives the target numbers for cherry shrimp: aquariumcoop.com/blogs/aquarium. Does that answer your question?"],
    [220, 'l', 'Thanks for stopping by, goodnight!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 25 final idle of 119 s, no goodbye
  s(YARA, '25 red swamp crayfish from a Wisconsin creek: answer at 90, session ends 119 s later with nothing more', [
    [0, 'p', 'is it legal to keep red swamp crayfish in an aquarium in wisconsin? my kid found one'],
    [24, 'l', "Hi, I'm Yara from Madison Public Library's Ask a Librarian."],
    [30, 'l', 'Was it caught in the wild here, or bought from a store?'],
    [70, 'p', 'caught it in a creek'],
    [90, 'l', "Red swamp crayfish are a prohibited invasive species in Wisconsin, so it can't legally be kept alive. The DNR's invasive species pages explain what to do with one: dnr.wisconsin.gov/topic/Invasives (search 'red swamp crayfish'). Is that what you needed to know?"],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endAfter: 119 }),

  // 26 a check-in, then a notice that invites back (final idle 210 s)
  s(ZEKE, '26 Shedd Aquarium passes: answer at 80, "You still with me?" at 210, "It seems we\'ve lost the connection … come back anytime!" at 290', [
    [0, 'p', 'does the library have free passes to the shedd aquarium?'],
    [20, 'l', "Good afternoon! This is Zeke, a librarian with Chicago Public Library's chat service."],
    [26, 'l', 'Do you have a Chicago Public Library card?'],
    [60, 'p', 'yes'],
    [80, 'l', 'Then you can reserve a Kids Museum Passport for the Shedd with your card; chipublib.org/kids-museum-passport explains how. Is that what you were looking for?'],
    [210, 'l', 'You still with me?'],
    [290, 'l', "It seems we've lost the connection, so I'm ending our chat for now. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 27 Spanish: one message asks and gives notice (final idle 228 s), no goodbye
  s(ALBA, '27 libros sobre estanques de koi en español (Spanish): respuesta a los 72 s, "¿Sigue ahí? Parece que se ha desconectado; … cerraré el chat." a los 200, fin a los 300', [
    [0, 'p', 'buenas, quiero armar un estanque de koi en mi patio, tienen libros en español?'],
    [22, 'l', '¡Buenas tardes! Soy Alba, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de Houston.'],
    [28, 'l', '¿Prefiere libros impresos, o también le sirven libros electrónicos?'],
    [65, 'p', 'impresos mejor'],
    [72, 'l', 'En nuestro catálogo (houstonlibrary.org) hay varios libros en español sobre estanques de jardín en la Biblioteca Central, con la signatura 635.9674; busque "estanques". ¿Es lo que buscaba?'],
    [200, 'l', '¿Sigue ahí? Parece que se ha desconectado; si no me responde pronto, cerraré el chat.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 100 }),

  // 28 a notice with thanks, no check-in (final idle 190 s)
  s(BRAM, '28 quarantine tank for new tetras: answer at 60, "It looks like you\'ve left the chat, so I\'m closing it now. Thanks …" at 250, no check-in', [
    [0, 'p', 'do i really need a quarantine tank for new fish?? seems like a lot'],
    [18, 'l', 'Hey! Bram from the Ask a Librarian service at Kent District Library.'],
    [24, 'l', 'How many fish are in your main tank now, and what are you adding?'],
    [55, 'p', 'like 12 tetras, adding 6 more'],
    [60, 'l', "It's strongly recommended: two to four weeks in quarantine keeps new fish from bringing ich or worse into the main tank. The fish health chapter of 'The Simple Guide to Freshwater Aquariums' (kdl.org catalog, 639.34 BOR) shows a cheap quarantine setup. Did that help?"],
    [250, 'l', "It looks like you've left the chat, so I'm closing it now. Thanks for visiting Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 29 pickedUpAt at 50, first line at 172
  s(CLEO, '29 pump for a 2000-gallon koi pond: pickedUpAt at 50, first line at 172 (122 s after pickup), waterfall height, "The Pond Doctor"', [
    [0, 'p', 'how big a pump do i need for a 2000 gallon koi pond? and any good books on koi ponds'],
    [172, 'l', 'Hello! Cleo here, a librarian with Ask Arizona at Phoenix Public Library. Sorry for the wait.'],
    [178, 'l', 'Does the pump have to push water up to a waterfall or a filter, and how high?'],
    [220, 'p', 'yes a waterfall about 3 ft high'],
    [226, 'l', "The usual rule is to move the whole pond volume at least once an hour at that height, so look for a pump rated around 2000 gallons per hour at 3 ft of head. For reading, Helen Nash's 'The Pond Doctor' is in our catalog at phoenixpubliclibrary.org."],
    [232, 'l', 'Did that answer your question?'],
    [270, 'p', 'yes thanks, thats all i needed'],
    [275, 'l', 'You are welcome, thanks for chatting!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),

  // 30 follow-up by the patron's library, e-mail read back, "within 72 hours", never recorded (day 4)
  s(DORA, '30 tropical fish from Mexico into Texas (follow-up by patron\'s library): e-mail read back, "within 72 hours", never recorded, day 4', [
    [0, 'p', 'Im trying to find the rules for bringing live tropical fish back from Mexico into Texas'],
    [25, 'l', "Thanks for contacting Ask a Librarian! I'm Dora, with the Texas statewide chat."],
    [31, 'l', 'Are they for a home aquarium, and are you driving or flying back?'],
    [80, 'p', 'home aquarium, driving'],
    [86, 'l', "U.S. Fish and Wildlife's page on importing wildlife covers the federal side: fws.gov/lawenforcement (Importing and Exporting). Texas also restricts some species, and your home library's reference staff can pull the current Texas Parks and Wildlife list for you. What e-mail should they use?"],
    [140, 'p', 'its r.alvarez.tx@example.com'],
    [146, 'l', 'Got it, r.alvarez.tx@example.com. You should hear from them within 72 hours.'],
    [152, 'l', 'Does the Fish and Wildlife page help in the meantime?'],
    [190, 'p', 'yes thank you'],
    [194, 'l', 'Anything else I can help with?'],
    [210, 'p', 'no thats it'],
    [215, 'l', 'Take care, and thanks for using Ask a Librarian!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => AQUARIUMS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-second round: aquariums and fish keeping, checked', () => {
  describeSessions('whole sessions', AQUARIUMS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', AQUARIUMS.filter((c) => c.name in LEFT_WHY));
});
