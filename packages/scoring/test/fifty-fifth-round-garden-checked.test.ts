/**
 * Fifty-fifth round, theme GARDENING, PLANTS, PESTS, SOIL TESTING AND THE COUNTY EXTENSION OFFICE / MASTER GARDENERS,
 * checked: 30 whole sessions no one had written, from public library and statewide "ask a librarian" chats: soil test kits
 * and labs (the county extension office, a lead screen at a university lab, reading a pH 5.2 report, a 1974 county soil
 * survey), pests and diseases (tomato early blight in Spanish, fungus gnats, Japanese beetle traps, emerald ash borer,
 * bindweed, aphids on milkweed, white grubs, squash vine borer, bagworms, fire ants, deer on hostas, a honeybee swarm),
 * growing questions (garlic, hydrangea colour, lilac pruning, neglected apple trees, bitter cucumbers, raised bed soil, worm
 * bins, coffee grounds), native plant lists from Master Gardener volunteers, a seed library, a rain barrel rebate form, a
 * library of things (soil probe, tiller), heirloom tomatoes in old seed catalogues. Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/fiftyFifthRoundGarden-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line (01, 04, 16); a patron "hello??" in the queue and an 88 s pickup (04); `pickedUpAt` at 40 s with a
 *   `joined` line and the first visible line at 150 (05); "Hi there! What can I help you with today?" + a question under
 *   the screen name "AskUs Desk" (names no one: fail, 03); Spanish "¡Hola! Soy Luz, bibliotecaria del servicio …" (02);
 *   "Good evening and thanks for contacting AskNow! My name's Ruthie" (17); "Welcome to Ask a Librarian! You're chatting
 *   with Pete" (05); chat-speak "hey there! Sam from the Ask-a-Librarian team … 🙂" under the screen name "sam.r" (14);
 *   curt "hi" + "what state" (30: greeting fails); no provider ever joins (16);
 *  inquiry: county, zone, spots, trunk size, decade and state, sun and soil, section and township, thorns and flowers,
 *   city vs county, grubs per square foot, slicing vs pickling, bags moving, near the house, lime on the report, branch;
 *   the size asked only after a calculator URL (08: fail); no question at all around a silent transfer (20: fail); "what
 *   state" in a session that never gives a source (30: any question counts);
 *  waits: a hold then 84 s (01, 04, 10); "ok, let me look into treatment options for that" then 154 s with a patron "ok thx"
 *   inside (06: fail); "Hang tight while I dig …", "Still at it — … narrowing it down", a partial result "found one … so
 *   far; still checking" at 76/180/285 and the answer at 380 (07: pass); "gimme a sec to poke around" (14); two internal
 *   lines while the patron waits 141 s (29: fail); a silent transfer, the receiver 140 s after "hello? its kind of urgent"
 *   (20: fail); a transfer announced as a hold, the receiver 59 s later (19); "No rush, take your time." and the patron back
 *   264 s later (28: waiting on the patron, pass); 110 s from `pickedUpAt` to the first line (05: pass);
 *  endings: a greeting-only Lost Call with a check-in at 150 and "It looks like you may have stepped away, so I'm going to
 *   close this chat. Feel free to come back anytime — bye!" at 330 (15); "Hi, are you still with me?" at 230 and nothing
 *   until 400 (25: idle pass, notice fails, courteous fails); a goodbye 150 s after the answer with no check-in (26: idle
 *   fails, notice na); "It looks like you've been disconnected, so I'll close this session now. Thanks for reaching out!"
 *   with no "still there?" after 250 s (27); "Are you still there? It looks like you may have disconnected — I'll close
 *   this chat in a minute if I don't hear back." as both check-in and notice, no thanks (22: courteous fails); the patron's
 *   "thats everything" as the last line with no goodbye (28); "Good luck with the roses — bye for now.", "Wonderful — have a
 *   great evening!", "ok, take care!", "Que le vaya bien con su huerto. ¡Hasta luego!", "Thanks for reaching out — talk
 *   soon!", "ok bye"; "we limit each patron to one question per session. I'm ending the chat now." (23: dismissal,
 *   courteous fails); "a few other patrons waiting … you're welcome to chat back in later" (24: allowed); patron-side "ya con
 *   eso tengo, es todo lo que necesitaba", "nope I'm good now, got everything I need", "no more questions", "thats
 *   everything", "thats all!", and "ok", "ya", "ok sure", "yes thank you" that do not count;
 *  sources: extension, university, botanical garden, arboretum, EPA, USDA Web Soil Survey, Smithsonian URLs and domains
 *   with "search …" steps; a book in the catalogue with a call number (19, 21); a calculator URL (08); none at all ("call
 *   your county extension office", 09; "texas a&m has a fire ant site", 30: source fails);
 *  referrals: the extension office by street address and phone (01); "hire an ISA-certified arborist … at
 *   treesaregood.org" (06); "Call one of the beekeepers on the … swarm list, statebeekeepers.example.org/swarms" (20, LEFT);
 *   the Master Gardener Help Desk by phone (24); a soil lab by URL and postal address (27); the library's own circulation
 *   desk by phone (29); "call your county extension office" (09) and "ask at a garden center" (30) with no contact (fail);
 *   staff consulted on the patron's behalf (Master Gardener volunteers in 10 and 13, the Oak Park staff in 11) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h (10: pass); FU_LIB with the e-mail only
 *   in `patron.email` ("the e-mail address on your library account"), no time, not done by day 5 (11); a scan promised "by
 *   tomorrow" coded Answered (12: code fails, on_time pending); FU_ME by phone read back, "within 72 hours", done after 75 h
 *   (13: late); FU_ME with the e-mail read back but "send it over soon" (no when), done in 20 h (14: contact fails, on_time
 *   passes);
 *  codes: a true Lost Call (15); Lost Call with three patron lines and no provider (16); null (17); Practice (18);
 *  transfers: "I'm handing you over to her now, one moment" and an internal note that says why (19: pass); an internal
 *   note only (20: fail);
 *  concurrency: four at once from 50 s (21: fail); others ending exactly at the start and starting exactly at the end,
 *   three at most (22: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - with `pickedUpAt` at 40 s and the first visible provider line at 150, the pickup is 40 s and only the 110 s after it
 *   are a wait for keep_informed ("the wait before pickup is approachability.pickup's alone"): pass (05);
 * - "Hang tight while I dig through …", "Still at it — … I'm narrowing it down", "gimme a sec to poke around" are holds;
 *   "I've found one 1950s catalog listing it so far; still checking for an earlier one." is a hold (a partial result that
 *   says the search goes on); "No rush, take your time." is not (07, 14, 28);
 * - "hire an ISA-certified arborist; you can find one by ZIP code at treesaregood.org" tells the patron to contact a kind
 *   of specialist outside the chat: a referral, reached by the URL (06); "Call one of the beekeepers on the state beekeepers
 *   association's swarm list, statebeekeepers.example.org/swarms" likewise (20); "mail your sample … to the lab at 203 Paige
 *   Lab, 161 Holdsworth Way, Amherst" tells the patron to write to the lab: a referral, reached by postal address and URL
 *   (27); "For the rest, the Elm County Master Gardener Help Desk takes garden questions … at 555-310-4769" tells the patron
 *   whom to call (24);
 * - "call your county extension office" (09) and "ask at a garden center" (30) are referrals with no contact; "texas a&m has a
 *   fire ant site" names an organisation and a web site with no way to reach either: no source, and no referral (a website);
 * - "Our Master Gardener volunteers … I'll get it from them", "I'll pass your question to the Oak Park staff", "I'll describe
 *   it to her [our Master Gardener volunteer]" are staff consulted on the patron's behalf: no referral (10, 11, 13);
 * - "send it over soon" says no when (14: contact fails); "the e-mail address on your library account" does not confirm
 *   the e-mail in the chat (11);
 * - "Is the guide useful for now?", "does the stormwater page help in the meantime?", "Does the Web Soil Survey give you
 *   what you need in the meantime?", "¿Con esto se resuelve su duda?", "Does that clear it up?", "Does that answer the
 *   cucumber question?", "Is that helpful?", "Would that work for you?" (after the book), and "Does that match what you're
 *   seeing?" (after an identification and a page of photos: whether the answer given fits the patron's plant, 13, LEFT) ask
 *   whether what was given meets the need;
 * - "ya con eso tengo, es todo lo que necesitaba", "nope I'm good now, got everything I need" say the patron is done;
 * - "Good luck with the roses — bye for now.", "Wonderful — have a great evening!", "ok, take care!", "¡Hasta luego!",
 *   "talk soon!" (after "Thanks for reaching out") are goodbyes; "Are you still there? It looks like you may have
 *   disconnected — I'll close this chat in a minute if I don't hear back." is not (it asks whether the patron is there and
 *   thanks no one), though it is both the check-in and the disconnect notice (22);
 * - "It looks like you may have stepped away, so I'm going to close this chat" tells the patron they seem to be gone and
 *   that the session will end: a disconnect notice (15);
 * - "I'm handing you over to her now, one moment" tells the patron about the transfer and is a hold (19);
 * - a session no provider joined, with three patron lines, coded Lost Call: pickup fails, resolution.code fails by its
 *   literal rule (Lost Call but the patron sent more than one message), every other check na (16).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 13: "Does that match what you're seeing?" (after the identification and the Penn State
 *    page of photos) not read as the completeness question (fail; RUBRIC pass);
 *  - referral.contact, case 20: "Call one of the beekeepers on the state beekeepers association's swarm list,
 *    statebeekeepers.example.org/swarms" read as no referral (na; RUBRIC pass: people outside the chat to call, with a URL).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a partial-result hold, internal
 * lines, two transfers and "take your time", idle and disconnect spans of 150, 244, 250, 305 and 314 s, concurrency at
 * touching ends, on_time done / late / pending / not done by day 5) scored as labelled on the first run. The redaction
 * equality of describeSessions holds for every running case (patron e-mails typed in the chat, an e-mail in `patron.email`,
 * a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in the queue. Please wait for the next available librarian.`];

const MAGGIE: Prov = { id: 'maggie', name: 'Maggie', library: 'LCPL' };
const LUZ: Prov = { id: 'luz', name: 'Luz', library: 'SRCL' };
const DESK: Prov = { id: 'askus-desk', name: 'AskUs Desk', library: 'WVL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'MPL' };
const PETE: Prov = { id: 'pete', name: 'Pete', library: 'HAM' };
const COLETTE: Prov = { id: 'colette', name: 'Colette', library: 'FVL' };
const WREN: Prov = { id: 'wren-g', name: 'Wren', library: 'CCL' };
const ADA: Prov = { id: 'ada', name: 'Ada', library: 'BGL' };
const DOT: Prov = { id: 'dot', name: 'Dot', library: 'PHL' };
const NINA: Prov = { id: 'nina', name: 'Nina', library: 'HCLS' };
const KIP: Prov = { id: 'kip', name: 'Kip (statewide)', library: 'STATE-IL' };
const HAL: Prov = { id: 'hal', name: 'Hal', library: 'GCPL' };
const THEO: Prov = { id: 'theo', name: 'Theo', library: 'AVL' };
const SAM: Prov = { id: 'sam-r', name: 'sam.r', library: 'RVL' };
const BEA: Prov = { id: 'bea-w', name: 'Bea', library: 'WBL' };
const JADE: Prov = { id: 'jade', name: 'Jade', library: 'LDL' };
const RUTHIE: Prov = { id: 'ruthie', name: 'Ruthie', library: 'AACPL' };
const TRAINER: Prov = { id: 'trainer-g', name: 'Training Login', library: 'TRN' };
const JON: Prov = { id: 'jon', name: 'Jon', library: 'MRL' };
const FERN: Prov = { id: 'fern', name: 'Fern Alvarez', library: 'MRL' };
const MO: Prov = { id: 'mo', name: 'Mo', library: 'EWL' };
const VIC: Prov = { id: 'vic', name: 'Vic Okafor', library: 'EWL' };
const ZARA: Prov = { id: 'zara', name: 'Zara', library: 'KDL' };
const OLLIE: Prov = { id: 'ollie', name: 'Ollie', library: 'HPL' };
const LOU: Prov = { id: 'lou-b', name: 'Lou', library: 'BRL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'ECL' };
const NED: Prov = { id: 'ned-g', name: 'Ned', library: 'GPL' };
const TILLY: Prov = { id: 'tilly', name: 'Tilly', library: 'COV' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'APL' };
const ABE: Prov = { id: 'abe-s', name: 'Abe', library: 'STL' };
const KAY: Prov = { id: 'kay', name: 'Kay', library: 'BFPL' };
const HELPER: Prov = { id: 'gardenhelp', name: 'gardenhelp_lib', library: 'TXL' };

const s = session;

export const fiftyFifthRoundGarden: SessionCase[] = [
  s(MAGGIE, '01 soil test kit from the county extension: queue line, county asked, hold, office address + phone + URL, "thats all i needed"', [
    [0, 'p', 'hi where do i get a soil test done? my veggie garden did terrible this year'],
    queue(2),
    [30, 'l', 'Good morning! This is Maggie, a librarian at Lake County Public Library.'],
    [36, 'l', 'Are you in Lake County? Which extension office handles soil tests depends on the county.'],
    [80, 'p', 'yes, mundelein'],
    [86, 'l', 'One moment while I check their current kit info.'],
    [170, 'l', 'The Lake County Extension office sells soil test kits for $15 and mails your sample to the university lab. You can pick one up at their office, 100 S. Main St, Grayslake, or call them at 847-555-0118 to have one mailed. The sampling instructions are at extension.example.edu/lake/soil-testing.'],
    [176, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes thats all i needed thank u'],
    [236, 'l', "You're welcome! Happy gardening, and thanks for chatting."],
  ], usual({ referral: 'pass' })),

  s(LUZ, '02 tomato early blight (Spanish): spots asked, UC IPM page in Spanish, "¿Con esto se resuelve su duda?", "es todo lo que necesitaba"', [
    [0, 'p', 'hola, las hojas de mis tomates se estan poniendo amarillas con manchas cafes, que hago?'],
    [25, 'l', '¡Hola! Soy Luz, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca del Condado Santa Rita.'],
    [31, 'l', '¿Las manchas empiezan en las hojas de abajo? ¿Tienen anillos, como un tiro al blanco?'],
    [90, 'p', 'si, abajo primero y tienen circulitos'],
    [96, 'l', 'Parece tizón temprano. La Universidad de California tiene una hoja en español sobre las enfermedades del tomate: ipm.example.edu/es/tomate. Recomienda quitar las hojas afectadas, regar al pie de la planta sin mojar las hojas y poner mantillo.'],
    [102, 'l', '¿Con esto se resuelve su duda?'],
    [160, 'p', 'si muchas gracias, ya con eso tengo, es todo lo que necesitaba'],
    [166, 'l', '¡Con gusto! Que le vaya bien con su huerto. ¡Hasta luego!'],
  ], usual()),

  s(DESK, '03 fungus gnats in houseplants: "Hi there! What can I help you with today?" under the screen name "AskUs Desk" (names no one)', [
    [0, 'p', 'tiny black flies all around my houseplants, how do i get rid of them'],
    [15, 'l', 'Hi there! What can I help you with today?'],
    [20, 'l', 'Are they flying around the soil mostly, or near fruit in the kitchen?'],
    [60, 'p', 'the soil. esp my pothos'],
    [66, 'l', 'Those sound like fungus gnats. The Missouri Botanical Garden\'s page on them (missouribotanicalgarden.org, search "fungus gnats") says let the top inch or two of soil dry out between waterings and use yellow sticky traps; Bti "mosquito bits" soaked in the watering can kill the larvae.'],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes ty'],
    [114, 'l', 'Anything else?'],
    [140, 'p', 'nope'],
    [145, 'l', 'ok, take care!'],
  ], usual({ greeting: 'fail' })),

  s(GUS, '04 Japanese beetle traps: queue, patron "hello??", pickup at 88 s, Purdue pub E-75, "no more questions", "bye for now"', [
    [0, 'p', 'japanese beetles are eating my roses alive. do the bag traps work??'],
    queue(2),
    [50, 'p', 'hello??'],
    [88, 'l', "Hi, sorry for the wait! I'm Gus, a reference librarian at Millbrook Public Library."],
    [94, 'l', 'Are you hoping for something organic, or are sprays okay too?'],
    [140, 'p', 'organic if possible'],
    [146, 'l', 'Let me find the research on the traps.'],
    [230, 'l', 'Short answer: the traps tend to attract more beetles than they catch, so most extension services advise against them. Purdue Extension\'s publication E-75, "Japanese Beetle" (extension.example.edu/pubs/E-75), recommends hand-picking them into a bucket of soapy water in the morning, and neem oil for light infestations.'],
    [236, 'l', 'Is that what you were looking for?'],
    [290, 'p', "wow ok. yeah that's what i needed, no more questions"],
    [296, 'l', 'Glad it helped! Good luck with the roses — bye for now.'],
  ], usual({ pickup: 'fail' })),

  s(PETE, '05 planting garlic: pickedUpAt 40 s (joined line), first visible line at 150 (110 s after pickup), Ohioline fact sheet', [
    [0, 'p', 'when should i plant garlic? first time growing it'],
    [40, 's', 'Pete has joined the chat.', sys('joined')],
    [150, 'l', "Welcome to Ask a Librarian! You're chatting with Pete at Hamlin Library."],
    [156, 'l', "Whereabouts are you, or what's your growing zone if you know it?"],
    [200, 'p', 'zone 6a, ohio'],
    [206, 'l', 'For zone 6 the usual advice is mid-October, a few weeks after the first frost, so the cloves root before the ground freezes. Ohio State\'s fact sheet "Growing Garlic in Ohio Gardens" (ohioline.osu.edu, HYG-1627) has planting depth, mulch and harvest times.'],
    [212, 'l', 'Does that completely answer your question?'],
    [260, 'p', 'perfect thx'],
    [266, 'l', 'Anything else I can help with?'],
    [300, 'p', 'no thanks'],
    [306, 'l', 'Thanks for chatting — happy planting!'],
  ], usual(), { pickedUpAt: at(40) }),

  s(COLETTE, '06 emerald ash borer: "ok, let me look into that", patron "ok thx" inside, answer 154 s after the hold, "hire an ISA-certified arborist … treesaregood.org"', [
    [0, 'p', 'Our ash tree has D shaped holes in the bark and woodpeckers all over it. is it emerald ash borer? can it be saved'],
    [22, 'l', "Hello, you've reached Ask Us at Fairview Library — I'm Colette."],
    [28, 'l', 'About how big around is the trunk, and how much of the top has died back?'],
    [90, 'p', 'maybe 20 inches across, top third looks bare'],
    [96, 'l', 'ok, let me look into treatment options for that'],
    [130, 'p', 'ok thx'],
    [250, 'l', 'Thanks for waiting. D-shaped exit holes and woodpecker damage are classic signs of EAB. The Emerald Ash Borer Information Network (emeraldashborer.info) has a guide to deciding whether a tree is worth saving: trees that have lost more than about half the canopy usually can\'t be, so at a third yours may still respond to trunk injections. For the treatment itself, hire an ISA-certified arborist; you can find one by ZIP code at treesaregood.org (Find an Arborist).'],
    [256, 'l', 'Did that help?'],
    [300, 'p', 'yes. thats everything'],
    [306, 'l', 'Thanks for contacting Ask Us. Good luck with the tree!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  s(WREN, '07 an heirloom tomato in old seed catalogs: holds "hang tight", "Still at it", a partial result at 76/180/285, answer at 380', [
    [0, 'p', "Looking for old seed catalogs — my grandpa grew a tomato he called 'Radiator Charlie' and I want to know when it was first sold"],
    [20, 'l', 'Hi! Wren here, librarian with the Ask Us chat at Carroll County Library.'],
    [26, 'l', 'Do you know roughly what decade he grew it, and in what state?'],
    [70, 'p', '1940s, west virginia'],
    [76, 'l', "Hang tight while I dig through a couple of seed catalog collections."],
    [180, 'l', "Still at it — the Smithsonian's catalog collection is huge, I'm narrowing it down."],
    [285, 'l', "I've found one 1950s catalog listing it so far; still checking for an earlier one."],
    [380, 'l', "Here's what I found: 'Mortgage Lifter', also sold as 'Radiator Charlie's Mortgage Lifter', was bred in Logan, WV in the 1930s. The Smithsonian Libraries' Seed and Nursery Catalogs collection (library.si.edu/topic/seed-nursery-catalogs) has a 1952 catalog that lists it; that's the earliest one I could find."],
    [386, 'l', 'Is that the kind of thing you were after?'],
    [440, 'p', "yes!! that's amazing, that's all i needed"],
    [446, 'l', 'So glad I could help. Thanks for chatting!'],
  ], usual()),

  s(ADA, '08 raised bed soil volume: a calculator URL at once, the size asked only after it', [
    [0, 'p', 'how much soil do i need for a raised bed'],
    [30, 'l', "Hi, I'm Ada at Ask a Librarian, Birch Grove Library."],
    [36, 'l', "There's a handy soil calculator at gardeners.example.com/soil-calculator: put in the length, width and depth and it gives you cubic yards."],
    [42, 'l', 'How big is the bed, and how deep?'],
    [90, 'p', '4x8 and 12 inches'],
    [96, 'l', "That's about 1.2 cubic yards (32 cubic feet). Does that answer it?"],
    [130, 'p', 'yes thanks, thats all'],
    [136, 'l', 'Thanks for using Ask a Librarian, bye!'],
  ], usual({ clarify: 'fail' })),

  s(DOT, '09 deer eating hostas: no source, "call your county extension office" with no contact, no completeness question', [
    [0, 'p', 'deer keep eating my hostas, whats the best repellent'],
    [25, 'l', 'Hello! This is Dot, a librarian at Pine Hill Library.'],
    [31, 'l', 'Are you looking for a spray, or would a fence or different plants be an option?'],
    [80, 'p', 'spray, i dont want a fence'],
    [86, 'l', 'Sprays made with rotten egg solids tend to work best, but you have to reapply after rain. Honestly your best bet is to call your county extension office — they know what works around here.'],
    [140, 'p', 'ok thats all, thanks'],
    [146, 'l', "You're welcome, bye!"],
  ], usual({ source: 'fail', complete: 'fail', referral: 'fail' })),

  s(NINA, '10 native plants for a pollinator lawn (follow-up by me): e-mail typed and read back, "by Friday", "Is the guide useful for now?", done in 30 h', [
    [0, 'p', 'hi, i want to turn my front lawn into a pollinator garden with only native plants. is there a list for Howard county?'],
    [28, 'l', 'Hi there, this is Nina with Ask Us at Howard County Library System.'],
    [34, 'l', 'Is the yard sunny or shady, and is the soil more clay or sandy, if you know?'],
    [90, 'p', 'full sun, heavy clay'],
    [96, 'l', 'One moment, let me check a few lists.'],
    [180, 'l', 'The state native plant society\'s guide "Native Plants for Wildlife Habitat" (mdflora.example.org/natives) lists plants by sun and soil. Our Master Gardener volunteers also keep a Howard County list for clay soils; they\'re in on Thursday, so I\'ll get it from them and e-mail it to you by Friday. What e-mail should I use?'],
    [230, 'p', 'dgreene@example.com'],
    [236, 'l', "dgreene@example.com, got it — you'll have it by Friday. Is the guide useful for now?"],
    [290, 'p', "yes very, thanks. that's everything"],
    [296, 'l', 'Great! Thanks for chatting, and enjoy the garden.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  s(KIP, '11 seed library at Oak Park (follow-up by patron\'s library): "the e-mail address on your library account", no time, not done by day 5', [
    [0, 'p', "does my library have a seed library? i'm a member at Oak Park"],
    [35, 'l', "Hello! I'm Kip, a librarian with the statewide Ask Illinois chat. I'm not at Oak Park myself, but let's see."],
    [41, 'l', 'Are you looking for vegetable seeds, flowers, or anything in particular?'],
    [95, 'p', 'veggies mostly, beans and squash'],
    [101, 'l', "Oak Park's website mentions a seed library at the Main branch (oppl.example.org/seed-library), but it doesn't list what's in stock this month. I'll pass your question to the Oak Park staff and they'll get back to you at the e-mail address on your library account."],
    [107, 'l', 'Does that help for now?'],
    [160, 'p', 'ok sure'],
    [166, 'l', 'Anything else today?'],
    [200, 'p', 'no'],
    [205, 'l', 'Thanks for contacting Ask Illinois!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'jmorales@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  s(HAL, '12 1974 county soil survey: Web Soil Survey steps, a scan promised "by tomorrow", coded Answered (code fails, pending)', [
    [0, 'p', 'is there an old soil survey for Greene county? i want to know what the soil was on my farm before it was graded'],
    [24, 'l', "Good afternoon! This is Hal at Greene County Public Library's Ask a Librarian."],
    [30, 'l', 'Do you know the road or section the farm is in?'],
    [80, 'p', 'section 14, Cedar twp, off county rd 9'],
    [86, 'l', "The USDA Web Soil Survey (websoilsurvey.nrcs.usda.gov) has the current soil map for any parcel: click Start WSS, search by the address, and draw a box around the farm. We also have the printed 1974 Soil Survey of Greene County in our reference room; I'll scan the Cedar Township map sheet and e-mail it to you by tomorrow. What's your e-mail?"],
    [140, 'p', 'farmer.bill@example.com'],
    [146, 'l', 'Thanks — farmer.bill@example.com. Tomorrow it is.'],
    [152, 'l', 'Does the Web Soil Survey give you what you need in the meantime?'],
    [200, 'p', 'yes that works'],
    [206, 'l', 'Anything else?'],
    [230, 'p', 'nope'],
    [235, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  s(THEO, '13 bindweed or worse (follow-up by me): "Does that match what you\'re seeing?", phone read back, "within 72 hours", done after 75 h', [
    [0, 'p', 'theres a vine taking over my fence with heart shaped leaves and little white flowers, is it bindweed or something worse'],
    [30, 'l', "Hi, I'm Theo, a reference librarian at Allegheny Valley Library."],
    [36, 'l', 'Does it have thorns, and are the flowers trumpet-shaped?'],
    [90, 'p', 'no thorns. trumpet yes, small white ones'],
    [96, 'l', 'That does sound like field bindweed. Penn State Extension\'s page "Field Bindweed" (extension.psu.edu/field-bindweed) has photos to compare and control tips.'],
    [102, 'l', "Does that match what you're seeing?"],
    [160, 'p', 'kinda? leaves look a bit different. can someone look at it'],
    [166, 'l', "Sure. Our Master Gardener volunteer is in on Wednesday; I'll describe it to her and call you back within 72 hours with what she thinks. What number should I call?"],
    [220, 'p', '412-555-0163'],
    [226, 'l', "412-555-0163 — got it. I'll call you within 72 hours."],
    [232, 'l', 'Anything else for now?'],
    [260, 'p', 'no thats it'],
    [265, 'l', 'Thanks for reaching out — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(SAM, '14 rain barrel rebate form (follow-up by me, chat-speak): "gimme a sec", e-mail read back, "send it over soon" (no when), done in 20 h', [
    [0, 'p', 'does the city still do the rain barrel rebate? cant find the form'],
    [20, 'l', 'hey there! Sam from the Ask-a-Librarian team at Riverton Library 🙂'],
    [26, 'l', 'is this for the City of Riverton or the county?'],
    [60, 'p', 'city'],
    [66, 'l', 'gimme a sec to poke around'],
    [130, 'l', "the city's stormwater page (rivertoncity.example.gov/stormwater) says the rebate is still on for 2026, $40 per barrel, but the form link is broken. I'll track down the form and send it over soon. best e-mail?"],
    [180, 'p', 'kpatel@example.com'],
    [186, 'l', 'kpatel@example.com, thx! does the stormwater page help in the meantime?'],
    [230, 'p', 'ya'],
    [235, 'l', 'anything else?'],
    [250, 'p', 'nah thats it'],
    [254, 'l', 'cool, thanks for chatting, bye!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  s(BEA, '15 aphids on milkweed (Lost Call): greeting only, check-in at 150, "looks like you may have stepped away … close this chat … come back anytime — bye!" at 330', [
    [0, 'p', 'aphids all over my milkweed, can i spray them without hurting monarch caterpillars'],
    [25, 'l', "Hi! I'm Bea, a librarian at Westbrook Library."],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you may have stepped away, so I'm going to close this chat. Feel free to come back anytime — bye!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(JADE, '16 coffee grounds on tomatoes: no provider ever joins, patron "hello?" and "guess not", coded Lost Call', [
    [0, 'p', 'are coffee grounds good for my tomato plants?'],
    queue(2),
    [90, 'p', 'hello?'],
    [200, 'p', 'guess not'],
    left(205),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(RUTHIE, '17 blue hydrangea: "thanks for contacting AskNow! My name\'s Ruthie", "Is that helpful?", "got everything I need", "have a great evening!", code null', [
    [0, 'p', 'how do i make my hydrangea turn blue again, it went pink'],
    [30, 'l', "Good evening and thanks for contacting AskNow! My name's Ruthie, I'm a librarian in Anne Arundel County."],
    [36, 'l', 'Is it a bigleaf hydrangea (the mophead kind)? Only those change color.'],
    [80, 'p', 'yes mophead'],
    [86, 'l', 'Blue needs acidic soil (pH below about 5.5) so the plant can take up aluminum. The University of Georgia Extension\'s circular "Hydrangeas in the Home Garden" (extension.uga.edu, search "hydrangea color") explains adding aluminum sulfate in spring and how much; a soil test first tells you where you\'re starting.'],
    [92, 'l', 'Is that helpful?'],
    [140, 'p', "very! nope I'm good now, got everything I need"],
    [146, 'l', 'Wonderful — have a great evening!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  s(TRAINER, '18 practice chat (garden FAQ macros test): coded Practice, every check na', [
    [0, 'p', 'test test - pruning roses'],
    [10, 'l', 'Hi, practice session for the new garden FAQ macros.'],
    [20, 'l', 'See ourlibrary.example.org/garden. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(JON, '19 pruning a neglected apple tree: "I\'m handing you over to her now" + an internal note, Fern answers 59 s later with a book and the catalogue', [
    [0, 'p', 'is there a book on pruning old apple trees that havent been pruned in like 20 years'],
    [20, 'l', 'Hello! This is Jon at the Ask Us desk, Marlow Public Library.'],
    [26, 'l', 'Are you after a book to borrow, or would articles and videos work too?'],
    [70, 'p', 'book preferably but whatever works'],
    [76, 'l', "Our garden collection librarian, Fern, knows the pruning books best — I'm handing you over to her now, one moment."],
    [79, 'i', 'Fern, pt wants a book on renovating neglected apple trees, prefers print, can you take it?'],
    xfer(82, 'Fern Alvarez', 'fern'),
    [135, 'l', "Hi, I'm Fern, the garden collection librarian. Good news: we have 'The Pruning Book' by Lee Reich on the shelf at Main (631.542 REI); chapter 8 covers restoring neglected fruit trees over three years. You can place a hold at marlowlibrary.example.org/catalog.", as(FERN)],
    [141, 'l', 'Would that work for you?', as(FERN)],
    [190, 'p', 'yes, placing a hold now. thats all!'],
    [196, 'l', 'Wonderful, thanks for chatting with us!', as(FERN)],
  ], usual({ transfer: 'pass' })),

  s(MO, '20 honeybee swarm on a plum tree: internal note only, silent transfer, Vic answers 140 s after "hello? its kind of urgent", beekeepers\' swarm list', [
    [0, 'p', "there's a huge ball of bees hanging on my plum tree?? what do i do, are they dangerous"],
    [18, 'l', 'Hi, this is Mo at Ask a Librarian, Elmwood Library.'],
    [60, 'p', 'hello? its kind of urgent'],
    [66, 'i', 'Vic you know beekeepers right? can you take this one, swarm on a tree'],
    xfer(70, 'Vic Okafor', 'vic'),
    [200, 'l', "Hi, Vic here, I'm one of the librarians at Elmwood. That's a honeybee swarm: they're usually calm and move on within a day or two, so don't spray them. Call one of the beekeepers on the state beekeepers association's swarm list, statebeekeepers.example.org/swarms — they'll often collect a swarm for free.", as(VIC)],
    [206, 'l', 'Does that help?', as(VIC)],
    [250, 'p', 'ok yes thank you!! thats all'],
    [256, 'l', 'Good luck, and thanks for contacting us!', as(VIC)],
  ], usual({ informed: 'fail', clarify: 'fail', transfer: 'fail', referral: 'pass' })),

  s(ZARA, '21 worm bin in an apartment: a book in the catalogue + EPA page, four chats open at once', [
    [0, 'p', 'can i do composting in an apartment? no yard'],
    [28, 'l', 'Hi! Zara here, a librarian with Ask a Librarian at Kent District Library.'],
    [34, 'l', 'Do you have a balcony, or would it need to be indoors, under the sink or something?'],
    [80, 'p', 'indoors, small kitchen'],
    [86, 'l', "A worm bin (vermicomposting) works well indoors and doesn't smell if it's kept right. We have 'Worms Eat My Garbage' by Mary Appelhof in the catalog (kdl.example.org, search the title), and the EPA's page on composting at home (epa.gov/recycle/composting-home) covers the basics."],
    [92, 'l', 'Is that what you were hoping for?'],
    [140, 'p', 'yes! awesome. thats all'],
    [146, 'l', 'Happy composting — thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('zr1', 'zara', -200, 400), other('zr2', 'zara', 10, 300), other('zr3', 'zara', 50, 250)],
  }),

  s(OLLIE, '22 bagworms in September: "Are you still there? It looks like you may have disconnected — I\'ll close this chat" (no thanks), others touch both ends', [
    [0, 'p', "bagworms on my arborvitae, is it too late to do anything? it's september"],
    [24, 'l', 'Hi, this is Ollie, a librarian at Ask Us — Hartford Public Library.'],
    [30, 'l', 'Are the bags still moving around, or do they look sealed up and hanging still?'],
    [80, 'p', 'hanging still i think'],
    [86, 'l', "Then sprays won't help this late. Iowa State's Horticulture and Home Pest News article on bagworms (hortnews.extension.iastate.edu, search \"bagworm\") says to hand-pick the bags and destroy them any time between now and May, before the eggs inside hatch."],
    [92, 'l', 'Does that help?'],
    [250, 'l', "Are you still there? It looks like you may have disconnected — I'll close this chat in a minute if I don't hear back."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 80 }, {
    otherIntervals: [other('ol1', 'ollie', -300, 0), other('ol2', 'ollie', -60, 200), other('ol3', 'ollie', 100, 500), other('ol4', 'ollie', 330, 700)],
  }),

  s(LOU, '23 white grubs, then a list: "we limit each patron to one question per session. I\'m ending the chat now."', [
    [0, 'p', 'brown patches in lawn, i dug and found white grubs. what kills them'],
    [20, 'l', 'Hi, Lou here, librarian at Ask Us — Bradford Library.'],
    [26, 'l', 'Roughly how many grubs per square foot did you find?'],
    [70, 'p', 'like 10-15'],
    [76, 'l', 'That\'s above the usual treatment threshold (about 10). The University of Minnesota Extension page "Managing white grubs in lawns" (extension.umn.edu/lawn-care/white-grubs) compares the products and says late summer is the best time to treat.'],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'yes. also crabgrass, and the moles, and when to overseed'],
    [128, 'l', "Sorry, we limit each patron to one question per session. I'm ending the chat now."],
    [140, 'p', 'wow'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(IVY, '24 bitter cucumbers, then a list: "a few other patrons waiting", the Master Gardener Help Desk by phone, "chat back in later"', [
    [0, 'p', 'hi i have a bunch of garden questions. first, why are my cucumbers bitter'],
    [28, 'l', 'Hi! This is Ivy, a librarian at Ask Us, Elm County Library.'],
    [34, 'l', 'Are they slicing cucumbers or pickling, and has it been very hot or dry lately?'],
    [80, 'p', 'slicing, yes super hot'],
    [86, 'l', 'Heat and uneven watering cause the bitter compound (cucurbitacin). Clemson\'s HGIC fact sheet "Cucumber" (hgic.clemson.edu/factsheet/cucumber) recommends deep watering twice a week and mulching; peeling and cutting off the stem end removes most of the bitterness.'],
    [92, 'l', 'Does that answer the cucumber question?'],
    [150, 'p', "yes!! ok next, my figs wont ripen, my lemon tree has sticky leaves, what's a good cover crop, and when do i divide irises"],
    [160, 'l', "Those are great questions, but I have a few other patrons waiting right now. For the rest, the Elm County Master Gardener Help Desk takes garden questions Monday to Friday at 555-310-4769, or you're welcome to chat back in later."],
    [190, 'p', 'ok fair'],
    [196, 'l', 'Thanks so much for understanding — happy gardening!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  s(NED, '25 squash vine borer: answer at 86, "Hi, are you still with me?" at 230, session ends at 400 with no notice', [
    [0, 'p', 'my zucchini plants suddenly wilted and theres like sawdust stuff at the base'],
    [26, 'l', 'Hello, Ned here, librarian at Greenfield Public Library.'],
    [32, 'l', 'Is the whole plant wilting, and did you see any holes in the stem near the soil?'],
    [80, 'p', 'yes whole plant, theres a hole'],
    [86, 'l', "That's squash vine borer. The University of Maryland Extension's page (extension.umd.edu, search \"squash vine borer\") shows how to slit the stem, pull out the larva and bury the stem so it re-roots, and how to keep them off next year with row covers."],
    [92, 'l', 'Did that help?'],
    [230, 'l', 'Hi, are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 170 }),

  s(TILLY, '26 pruning a lilac: answer at 66, goodbye at 216 (final idle 150 s) with no check-in', [
    [0, 'p', 'when do i prune my lilac'],
    [20, 'l', "Good morning! I'm Tilly at Ask a Librarian, Coventry Library."],
    [26, 'l', 'Is it an old overgrown one, or are you just shaping it?'],
    [60, 'p', 'just shaping'],
    [66, 'l', "Prune right after it finishes blooming in late spring; lilacs set next year's buds by midsummer, so pruning later cuts off the flowers. The Morton Arboretum's lilac page (mortonarb.org, Plant Care > Lilac) has the details."],
    [72, 'l', 'Is that what you needed?'],
    [216, 'l', 'Thanks for stopping by — have a lovely day!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  s(GRETA, '27 lead in garden soil: UMass lab by URL and postal address, a notice + thanks at 346 with no "still there?" (final idle 250 s)', [
    [0, 'p', 'we bought an old house and want to grow veggies. should i test the soil for lead? how'],
    [30, 'l', 'Hello, this is Greta, a reference librarian at Ashland Public Library.'],
    [36, 'l', 'Is the garden spot close to the house or a painted fence? Old paint is the usual source.'],
    [90, 'p', 'yes right along the house'],
    [96, 'l', "Then it's worth testing. The UMass Soil and Plant Nutrient Testing Lab (ag.umass.edu/soiltest) runs a lead screen with its standard test; mail your sample and the order form from their site to the lab at 203 Paige Lab, 161 Holdsworth Way, Amherst, MA 01003."],
    [102, 'l', 'Does that help?'],
    [346, 'l', "It looks like you've been disconnected, so I'll close this session now. Thanks for reaching out!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  s(ABE, '28 pH 5.2 on a soil report: "No rush, take your time." then the patron away 264 s, "Does that clear it up?", the patron\'s "thats everything" last', [
    [0, 'p', "got my soil test results back and don't understand them. pH 5.2, what does that mean for my lawn"],
    [22, 'l', 'Hi! Abe here, librarian with Ask Us at Sterling Library.'],
    [28, 'l', "Does the report recommend an amount of lime? It's usually on the second page."],
    [60, 'p', 'hang on let me go get the paper'],
    [66, 'l', 'No rush, take your time.'],
    [330, 'p', 'ok it says 50 lbs per 1000 sq ft of lime'],
    [336, 'l', 'That\'s a typical recommendation for pH 5.2 — lawns like about 6.0 to 7.0. Penn State\'s fact sheet "Soil Acidity and Aglime" (extension.psu.edu/soil-acidity-and-aglime) explains how to apply it: no more than 50 lbs per 1000 sq ft at a time, in fall or spring.'],
    [342, 'l', 'Does that clear it up?'],
    [400, 'p', 'yep, thats everything. thanks'],
  ], usual({ courteous: 'fail' })),

  s(KAY, '29 tool library (soil probe, tiller): two internal lines while the patron waits 141 s, "call West\'s circulation desk at 555-…"', [
    [0, 'p', 'can i borrow a soil test probe or a tiller from the library? heard you have a tool library'],
    [22, 'l', 'Hello! Kay at Ask Us, Brookfield Public Library here.'],
    [28, 'l', 'Which branch would be easiest for you to pick up from?'],
    [60, 'p', 'west branch'],
    [66, 'i', 'does West have the tiller back yet? pt asking'],
    [150, 'i', 'West: tiller out till 6/12, soil probe in'],
    [201, 'l', 'West has a soil probe in now; the tiller is checked out until June 12. You can put a hold on either in the catalog under "Library of Things" (brookfieldlibrary.example.org/things), or call West\'s circulation desk at 555-201-3300 and ask them to set the probe aside.'],
    [207, 'l', 'Is that what you needed?'],
    [250, 'p', 'yes thank you'],
    [256, 'l', 'Anything else I can help with?'],
    [280, 'p', 'no thats all'],
    [284, 'l', 'Thanks for chatting with Brookfield!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  s(HELPER, '30 fire ants in vegetable beds (curt): "hi" + "what state", "texas a&m has a fire ant site. or ask at a garden center", "ok bye"', [
    [0, 'p', 'fire ants in my garden beds how do i get rid of them w/o poisoning my veggies'],
    [45, 'l', 'hi'],
    [50, 'l', 'what state'],
    [90, 'p', 'texas'],
    [96, 'l', 'texas a&m has a fire ant site. or ask at a garden center'],
    [140, 'p', 'ok'],
    [146, 'l', 'ok bye'],
  ], usual({ greeting: 'fail', source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-fifth round: gardening, pests, soil testing and the extension office, checked', () => {
  describeSessions('whole sessions', fiftyFifthRoundGarden.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFifthRoundGarden.filter((c) => c.name in LEFT_WHY));
});
