/**
 * Fiftieth round, theme RECYCLING, HAZARDOUS WASTE AND THE ENVIRONMENT, checked: 30 whole sessions no one had written, from
 * public library "ask a librarian" chats: what goes in which bin (greasy pizza boxes, #5 plastic, glass dropped from curbside,
 * foam packing blocks, yard waste restart), hazardous waste (latex vs oil paint, loose lithium batteries, fluorescent tubes,
 * used motor oil, a broken mercury thermometer, old smoke detectors, insulin needles, asbestos floor tiles), electronics and
 * bulky items (a tube TV through E-Cycle Washington, a mattress), bottle deposits, composting (classes, a city bin program in
 * Spanish, a bin rebate), air and water (EPA AirData / AirNow for a school project, wildfire smoke and kids, radon, a 2012
 * drinking water report, lead service lines, a private well test, the Toxics Release Inventory, a Superfund site, an old
 * landfill under a subdivision). Providers point to city, county, state and EPA pages, and refer to county HHW lines, a solid
 * waste department, a radon program, environmental health, drop-off sites and stores (with and without phones and URLs).
 * Every one of the 17 checks labelled in every session before it was run (the labels copied aside to
 * /tmp/fiftiethRoundRecycling-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: "Hi! This is Priya, a librarian at …"; a patron "hello??" before a 75 s pickup (03); "hey there!" + "what state are
 *   you in?" under the screen name bex_ref (names no one: greeting fails, 07); `pickedUpAt` at 50 s with "Hi!" at 90 and the
 *   name in the second line (30); Spanish "¡Hola! Le saluda Rosario, bibliotecaria de …" (04); "Hi, Abe at Marlow Library." to
 *   a curt "needles. how to dispose" (26); a statewide provider (15); no provider ever joined (20);
 *  inquiry: city, county, state, ZIP, hauler name on the cart, battery loose vs in the device, owner vs renter, year built,
 *   water system on the bill, tubes vs CFLs; a restatement "So you need to know how to get rid of … right?" (26); the grade
 *   asked only after EPA AirData was given (05: fail); a question that is never answered, with no source ever given (08);
 *  waits: "ok one sec, looking it up" then 154 s (02: fail); holds at 81/190/295, one a partial result "Found the site's EPA
 *   profile, still looking for …", answer at 390 (22: pass); "No problem, take your time!" before a 235 s patron absence (23:
 *   waiting on the patron, pass); a transfer notice that is a hold, the receiver 62 s later (11); a silent transfer, the
 *   receiver 80 s after the patron (12: pass);
 *  endings: check-in at 170 and a notice that invites back at 330 with no patron reply after the first question (08); a
 *   check-in at 220 and nothing until 400 (25: notice fails, courteous fails); a goodbye 130 s after the answer with no
 *   check-in (24: idle fails, disconnect na); the patron's "ok" as the last line after "other patrons waiting … chat back in
 *   later" (14: allowed); "I've already spent a lot of time on this one and I have to move on. You'll have to look up the rest
 *   yourself." then "bye" (13: dismissal, courteous passes on "bye"); "Have a great day!", "Take care!", "np, bye!", "Stay safe,
 *   and thanks for chatting!", "¡Gracias por comunicarse con nosotros! Que tenga buen día."; patron-side "yep thats all i needed
 *   thx", "thanks that is everything", "thats everything ty", "si, eso es todo", "ok. thats all", "nothing else thanks",
 *   "thats all i needed", "no thats fine. thanks thats everything"; "yes thx", "ok", "k", "ya" (not done);
 *  completeness: "Does that completely answer your question?", "did that help?", "¿Esto responde a su pregunta?", "Does the
 *   county page help in the meantime?" (pass); "Would a list of private certified labs be helpful too?" (offers more: 29
 *   fails); "Can I have them contact you?" (15 fails); none at all (06, 17, 21);
 *  sources: city / county / state / EPA URLs; none ("contact the Department of Public Works and ask for a special pickup", 27:
 *   source fails, and the answer's "Does that help?" still passes completeness);
 *  referrals: the county HHW line by phone (02); Departamento de Residuos Sólidos by phone (04); the Kansas Radon Program by
 *   URL and phone after a transfer (11); Environmental Health by phone and URL (29); "Take them to a BottleDrop Redemption
 *   Center" with the locations URL (28); unnamed drop-off sites / "any store on the list" with a locator URL (03, 18: LEFT); the
 *   Department of Public Works with no contact (27: fail); the patron's library staff to whom the question is passed (15) and the
 *   provider's local history room (06) as no referral; "only licensed contractors may remove it" (13) as information;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday at the latest", done in 30 h (06); FU_LIB, phone read back, "they'll
 *   call you" with no time, not done by day 5 (15: contact and on_time fail); a promise "by end of day tomorrow" with the e-mail
 *   read back, coded Answered (16: code fails, on_time pending); FU_ME with the e-mail on file read back as a question ("Is
 *   ana.p@example.com still the best address?"), "by Thursday", done after 90 h (17: on_time fails);
 *  codes: a Lost Call with one patron line (08, 20); Lost Call after three patron lines (21: fails); null (18); Practice (19);
 *  transfers: a visible notice + an internal note that says why (11: pass); an internal note only (12: fail);
 *  concurrency: four at once (09: fail); five others touching both ends and the start, three at most (10: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - telling the patron to take items to a store or drop-off site ("take them to one of the free drop-off sites on the
 *   Call2Recycle locator", "Take it … to any store on the list at earth911.com", "Take them to a BottleDrop Redemption Center")
 *   tells them to visit an organisation outside the chat: a referral (RUBRIC Terms, "visit them"), reached here by the
 *   locator's URL (pass). A site that only "lists the collection sites" with no instruction to go there (07) or bins ("go in
 *   the purple glass drop-off bins", 21) is no referral. This is the reading the project should rule on: the scorer reads the
 *   named BottleDrop centre as a referral and the unnamed stores / sites as none (LEFT 03, 18);
 * - "contact the Department of Public Works and ask for a special pickup" is a referral with no contact (fail) and, with no URL
 *   or named resource anywhere, the session has no source; "Does that help?" after that answer asks about what was given;
 * - a clarifying question never answered (08) is a substantive exchange: the information checks apply (source, completeness and
 *   anything-else fail), and the Lost Call code is right (one patron message);
 * - "Have a great day!", "Take care!", "Stay safe, and thanks …" and "np, bye!" say goodbye; "bye" alone after a dismissal does too;
 * - "Is ana.p@example.com still the best address?" answered "yes" repeats the e-mail back in the chat (contact confirmed);
 *   "they'll call you" gives no time;
 * - the 08 final idle starts at the greeting (20 s), the first non-hold provider line after the patron's only line, and ends at
 *   the goodbye-notice (330 s): 310 s, so both the check-in and the notice are needed;
 * - the patron's last visible "ok" (14) leaves no final idle, and its wait is still open at the end (does not count).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "take them to one of the free drop-off sites on the Call2Recycle locator, call2recycle.org/locator"
 *    read as no referral (na; RUBRIC pass: visit an organisation, URL given);
 *  - referral.contact, case 18: "Take it in a sealed jug to any store on the list at earth911.com" read as no referral (na;
 *    RUBRIC pass: visit an organisation, URL given).
 * Every timing check (pickup with a patron ping before it and with `pickedUpAt`, keep_informed across holds, a partial result,
 * "take your time", a transfer notice and a silent transfer, idle and disconnect spans of 130, 310 and 334 s, concurrency at
 * touching ends, on_time done / late / pending / not done by day 5) scored as labelled on the first run, and the redaction
 * equality of describeSessions holds for every running case (patron e-mails typed in the chat, an e-mail in `patron.email`
 * read back, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 *
 * Labelled and run on rubric v48 (currentRubric).
 *
 * ON V49 (block O, after this file was labelled on v48): cases 03 and 18 (O11: drop-off sites, "any store on the list") read as
 *   labelled: 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;


const PRIYA: Prov = { id: 'priya-r', name: 'Priya', library: 'CFPL' };
const MARTY: Prov = { id: 'marty', name: 'Marty', library: 'DML' };
const OLU: Prov = { id: 'olu', name: 'Olu', library: 'HCL-R' };
const ROSARIO: Prov = { id: 'rosario', name: 'Rosario', library: 'SMPL' };
const KENJI: Prov = { id: 'kenji', name: 'Kenji', library: 'WFL' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'MBPL' };
const BEX: Prov = { id: 'bex', name: 'bex_ref', library: 'KCLS-R' };
const SAM: Prov = { id: 'sam-r', name: 'Sam', library: 'BSL' };
const DEB: Prov = { id: 'deb', name: 'Deb', library: 'PWL' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'APL-R' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'FCL-R' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo Brandt', library: 'FCL-R' };
const IDA: Prov = { id: 'ida', name: 'Ida', library: 'CVL' };
const FRANK: Prov = { id: 'frank', name: 'Frank Osei', library: 'CVL' };
const RAY: Prov = { id: 'ray', name: 'Ray', library: 'DPL' };
const MINA: Prov = { id: 'mina', name: 'Mina', library: 'ORL' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias (statewide)', library: 'STATE' };
const ELSA: Prov = { id: 'elsa', name: 'Elsa', library: 'NPL' };
const NIKO: Prov = { id: 'niko', name: 'Niko', library: 'RVL' };
const CHUCK: Prov = { id: 'chuck', name: 'Chuck', library: 'LVL' };
const TRAINER: Prov = { id: 'trainer-r', name: 'Training Account', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-r', name: 'Queue', library: 'HHW' };
const PAULA: Prov = { id: 'paula', name: 'Paula', library: 'FML' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'EAPL' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'EPL-R' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'LWL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'BVL-R' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'MRL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'GPL-R' };
const KAYLA: Prov = { id: 'kayla', name: 'Kayla', library: 'RWL' };
const HAL: Prov = { id: 'hal', name: 'Hal', library: 'KCL-R' };
const ANA: Prov = { id: 'ana-s', name: 'Ana', library: 'SCL' };

const s = session;

export const fiftiethRoundRecycling: SessionCase[] = [
  // 01 by the book
  s(PRIYA, '01 greasy pizza boxes: city asked, a hold, the city recycling guide, "yep thats all i needed thx"', [
    [0, 'p', 'can pizza boxes go in the recycling? theres grease on them'],
    [18, 'l', 'Hi! This is Priya, a librarian at Cedar Falls Public Library.'],
    [24, 'l', 'Which city do you live in? The rules depend on who picks up your bins.'],
    [60, 'p', 'cedar falls'],
    [66, 'l', "Let me check the city's sorting guide."],
    [140, 'l', "The city's Recycling Guide at cedarfalls.com/recycling says clean pizza box lids can go in the blue cart, but the greasy bottoms go in the trash or your yard waste/compost cart. Tear off the greasy part first."],
    [146, 'l', 'Does that answer your question?'],
    [190, 'p', 'yep thats all i needed thx'],
    [195, 'l', 'Thanks for chatting with us, bye!'],
  ], usual()),

  // 02 paint: "ok one sec" then 154 s
  s(MARTY, '02 old latex and oil paint: "ok one sec, looking it up" then 154 s, the county HHW line by phone', [
    [0, 'p', 'how do i get rid of like 6 half empty cans of old paint. some are oil based i think'],
    [30, 'l', "Hello, you've reached Marty at the Dunmore Library Ask Us chat."],
    [36, 'l', 'What county are you in? Paint rules are set by the county.'],
    [80, 'p', 'lackawanna'],
    [86, 'l', 'ok one sec, looking it up'],
    [240, 'l', "Sorry that took a while! Latex paint isn't hazardous: let it dry out (mix in kitty litter) and put the dried can in your regular trash with the lid off. Oil-based paint is hazardous waste: call the county's Household Hazardous Waste line at 570-555-0148 to get a spot at the next collection day. The dates are on lackawannacounty.org/hhw."],
    [246, 'l', 'Did that help?'],
    [300, 'p', 'yes. thanks that is everything'],
    [305, 'l', 'Great, thanks for using Ask Us!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 03 lithium batteries: "hello??" in the queue, 75 s pickup
  s(OLU, '03 loose lithium batteries: "hello??" before pickup at 75 s, "take them to … call2recycle.org/locator", "thats everything ty"', [
    [0, 'p', 'Where can I recycle lithium batteries? from old laptops and a drill'],
    [10, 'p', 'hello??'],
    [75, 'l', "Hello! Sorry to keep you waiting, I'm Olu, a librarian with Harbor City Library."],
    [82, 'l', 'Are the batteries still inside the devices, or loose?'],
    [120, 'p', 'loose'],
    [126, 'l', "Loose lithium batteries shouldn't go in any curbside bin, they start fires at sorting plants. Tape over the ends and take them to one of the free drop-off sites on the Call2Recycle locator, call2recycle.org/locator (search by ZIP)."],
    [132, 'l', 'Is that what you needed?'],
    [170, 'p', 'yes thats everything ty'],
    [176, 'l', "You're welcome, take care!"],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 Spanish: compost bins
  s(ROSARIO, '04 compostadoras (Spanish): city asked, city page + Residuos Sólidos by phone, "¿Esto responde…?", "eso es todo"', [
    [0, 'p', 'hola, quiero hacer compost en mi casa, la ciudad regala los botes??'],
    [25, 'l', '¡Hola! Le saluda Rosario, bibliotecaria de la Biblioteca Pública de San Marcos.'],
    [32, 'l', '¿En qué ciudad vive? Cada ciudad tiene su propio programa.'],
    [70, 'p', 'san marcos'],
    [77, 'l', 'La ciudad vende compostadoras a precio reducido (no son gratis). La información está en sanmarcostx.gov/compost. Para reservar una, llame al Departamento de Residuos Sólidos al 512-555-0177.'],
    [83, 'l', '¿Esto responde a su pregunta?'],
    [130, 'p', 'si, eso es todo. gracias!'],
    [136, 'l', '¡Gracias por comunicarse con nosotros! Que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 05 air quality data, question only after the source
  s(KENJI, '05 AQI data for a school project: EPA AirData + AirNow given first, grade asked after (clarify fails)', [
    [0, 'p', 'need air quality data for my city for a school project'],
    [20, 'l', 'Hi, Kenji here, librarian at Westfield Library!'],
    [26, 'l', "EPA's AirData site, epa.gov/outdoor-air-quality-data, has daily AQI numbers for most cities going back to 1980. AirNow (airnow.gov) has today's readings."],
    [32, 'l', 'What grade is the project for, and how many years do you need?'],
    [80, 'p', '8th grade, like last 5 years'],
    [86, 'l', 'On AirData pick "Daily AQI", your county and the years 2021-2025, then download the CSV to graph it. Does that get you what you need?'],
    [130, 'p', 'ya thx'],
    [134, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [154, 'l', 'Good luck with your project, bye!'],
  ], usual({ clarify: 'fail' })),

  // 06 2012 water quality report: follow-up by me, done in 30 h
  s(NOOR, '06 2012 drinking water report (follow-up by me): e-mail typed and read back, "by Friday at the latest", done in 30 h', [
    [0, 'p', "I'm trying to find our town's drinking water quality report from 2012, for a lawsuit thing. the water company website only has recent ones"],
    [35, 'l', 'Good afternoon, Noor with Ask a Librarian at Millbrook Public Library.'],
    [42, 'l', 'Which water system is it (the name on your water bill)?'],
    [110, 'p', 'Millbrook Municipal Water'],
    [116, 'l', 'One moment while I check.'],
    [210, 'l', "Millbrook's own page (millbrookwater.org/ccr) only starts at 2018, and the EPA doesn't keep copies. Our local history room files the printed reports that come with the water bills, so 2012 may be there."],
    [216, 'l', "I can check the shelf and send you a scan. What's your e-mail?"],
    [260, 'p', 'jtorres@example.com'],
    [266, 'l', "Thanks, jtorres@example.com. I'll send it by Friday at the latest."],
    [272, 'l', 'Anything else for now?'],
    [300, 'p', 'no thats it, thanks'],
    [305, 'l', 'Thank you for chatting — talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 07 tube TV: greeting names no one
  s(BEX, '07 old tube TV: "hey there!" + "what state are you in?" (no one named), E-Cycle Washington site, "np, bye!"', [
    [0, 'p', 'what do i do with an old tube tv, trash guys wont take it'],
    [22, 'l', 'hey there!'],
    [28, 'l', 'what state are you in?'],
    [50, 'p', 'washington'],
    [56, 'l', 'WA recycles TVs for free through E-Cycle Washington. Their site ecyclewashington.org explains the program and lists the collection sites; some will haul a big tube TV for a fee.'],
    [62, 'l', 'did that help?'],
    [100, 'p', 'yes thx'],
    [104, 'l', 'np, bye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 08 mercury thermometer: the patron never answers the question
  s(SAM, '08 broken mercury thermometer (Lost Call): question at 26, no reply, check-in at 170, notice + invitation back at 330', [
    [0, 'p', 'broke a mercury thermometer on the carpet what do i do'],
    [20, 'l', "Hi, I'm Sam, a librarian at Brookside Library."],
    [26, 'l', 'Is anyone in the room right now, kids or pets? And is it wall-to-wall carpet or a rug you can take outside?'],
    [170, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'll close this chat. Please chat back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 09 foam blocks, four at once
  s(DEB, '09 styrofoam packing blocks: three other chats, four at once from 30 s, "ok. thats all", "Thanks, have a good one!"', [
    [0, 'p', 'does styrofoam go in recycling'],
    [15, 'l', 'Hi, Deb at Pinewood Library here.'],
    [20, 'l', 'Is it packing foam (blocks) or food containers, like takeout?'],
    [55, 'p', 'packing blocks from a new fridge'],
    [61, 'l', "Pinewood's curbside program doesn't take foam: it's on the \"Trash, not recycling\" list at pinewoodwa.gov/whatgoeswhere. The county's page pinewoodcounty.gov/foam lists the few sites that take clean white blocks."],
    [66, 'l', 'Does that answer it?'],
    [100, 'p', 'ok. thats all'],
    [104, 'l', 'Thanks, have a good one!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('d1', 'deb', -200, 300), other('d2', 'deb', -50, 500), other('d3', 'deb', 30, 400)],
  }),

  // 10 yard waste: others touch the ends, three at most
  s(LEON, '10 yard waste restart: others end at 0 and 60 and start at 30, 60 and at the end (120), three at most', [
    [0, 'p', 'when does yard waste pickup start back up this spring'],
    [25, 'l', 'Good morning! Leon here, a librarian at Ashby Public Library.'],
    [31, 'l', 'Are you inside Ashby city limits?'],
    [60, 'p', 'yes'],
    [66, 'l', "The city's yard waste collection restarts the first full week of April; the schedule and what goes in the green cart are at ashbyma.gov/yardwaste. Leaves and grass in paper bags or the cart, no plastic bags."],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yep, thats everything'],
    [115, 'l', 'Great, thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('l1', 'leon', -500, 0), other('l2', 'leon', -100, 60), other('l3', 'leon', 30, 400), other('l4', 'leon', 60, 700), other('l5', 'leon', 120, 600)],
  }),

  // 11 radon: transfer by the book
  s(GRETA, '11 radon test + zone map: transfer to the science librarian with a notice and a note, Kansas Radon Program by URL + phone', [
    [0, 'p', 'how do i test my basement for radon and is there a map of radon levels'],
    [20, 'l', 'Hi, Greta at the Ask Us desk, Fenwick County Library.'],
    [26, 'l', 'Do you own the house or rent?'],
    [60, 'p', 'own'],
    [68, 'l', "Our science librarian Hugo knows the state radon program well, so I'm transferring you to him now. Just a moment."],
    [71, 'i', 'Hugo: homeowner wants a radon test kit + radon zone map, can you take? thx'],
    xfer(74, 'Hugo Brandt', 'hugo'),
    [130, 'l', "Hi, Hugo here. The EPA's radon zone map is at epa.gov/radon/epa-map-radon-zones. For the test, order a $10 kit from the Kansas Radon Program at kansasradonprogram.org or call them at 800-555-0126.", as(HUGO)],
    [136, 'l', 'Does that answer your question?', as(HUGO)],
    [190, 'p', 'yes perfect. nothing else thanks'],
    [195, 'l', 'Thanks for using Ask Us, good luck!', as(HUGO)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 12 TRI by ZIP: transfer with an internal note only
  s(IDA, '12 toxic release inventory by ZIP: internal note only, transfer, Frank answers 80 s after the patron', [
    [0, 'p', 'is there a way to see which factories near me report toxic releases'],
    [30, 'l', "Hello! I'm Ida, a reference librarian at Carver Library."],
    [36, 'l', 'Which ZIP code should I search around?'],
    [70, 'p', '61602'],
    [74, 'i', 'Frank, env data q, TRI search by zip, can you grab it? you know that tool'],
    xfer(77, 'Frank Osei', 'frank'),
    [150, 'l', "Hi, this is Frank from Carver Library's business & science desk. The EPA Toxics Release Inventory has a search by ZIP: epa.gov/toxics-release-inventory-tri-program, then 'TRI Toxics Tracker'. For 61602 it lists a dozen facilities with their yearly releases.", as(FRANK)],
    [156, 'l', 'Is that what you needed?', as(FRANK)],
    [200, 'p', 'yes thank you'],
    [205, 'l', 'Anything else I can find for you?', as(FRANK)],
    [230, 'p', 'no'],
    [234, 'l', 'Thanks for chatting, take care.', as(FRANK)],
  ], usual({ transfer: 'fail' })),

  // 13 asbestos tiles: dismissed
  s(RAY, '13 asbestos floor tiles, then mold + lead: "I\'ve already spent a lot of time on this one … look up the rest yourself", "bye"', [
    [0, 'p', 'got old floor tiles that might be asbestos, how do i get rid of them. also can you tell me about mold testing and lead paint'],
    [28, 'l', 'Hi, this is Ray at Dalton Public Library.'],
    [34, 'l', 'Are the tiles still on the floor or already pulled up?'],
    [80, 'p', 'still down, 9x9 ones from the 60s'],
    [86, 'l', "Don't pull them up yourself. The EPA's homeowner page epa.gov/asbestos/protect-your-family explains testing and removal, and in this state only licensed contractors may remove it."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'sort of. and the mold and lead stuff?'],
    [136, 'l', "Sorry, I've already spent a lot of time on this one and I have to move on. You'll have to look up the rest yourself."],
    [150, 'p', 'wow. ok'],
    [155, 'l', 'bye'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 composting list: other patrons waiting, allowed
  s(MINA, '14 composting class + a list: "a few other patrons waiting … please chat back in later", patron "ok" last', [
    [0, 'p', 'when is the next backyard composting class? and worm bins? and can i compost dog poop? and where do i get free mulch'],
    [22, 'l', "Hi there, Mina at Oakridge Library's Ask a Librarian!"],
    [28, 'l', 'Are you looking for classes at the library or anywhere in town?'],
    [70, 'p', 'anywhere'],
    [76, 'l', "The Oakridge Master Composters' calendar is at oakridgecompost.org/classes: the next free backyard composting class is Saturday, March 14 (sign-up on that page), and worm bins are covered in the April one."],
    [82, 'l', 'Is that the kind of thing you were after?'],
    [120, 'p', 'yes and the dog poop and the mulch??'],
    [128, 'l', 'Good questions! I have a few other patrons waiting right now, so please chat back in later and we can pick those up. Thanks for your patience!'],
    [150, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 15 lead service line: follow-up by the patron's library, phone read back, no time, not done by day 5
  s(TOBIAS, '15 lead service line (follow-up by patron\'s library): phone read back, "they\'ll call you" with no time, not done by day 5', [
    [0, 'p', 'how do i find out if my house has a lead water pipe? city is Greer'],
    [40, 'l', 'Hello, Tobias here with the statewide Ask Us service.'],
    [47, 'l', 'Do you know roughly when the house was built?'],
    [100, 'p', '1948'],
    [106, 'l', 'Let me look for the city inventory.'],
    [190, 'l', "Greer's service line inventory map is at greerwater.com/leadmap; your address shows 'unknown' there, which is common for homes built before 1950. Greer Library's local history staff can check old plumbing permits for your address. Can I have them contact you?"],
    [240, 'p', 'sure 864-555-0182'],
    [246, 'l', "Got it, 864-555-0182. I'll pass this on to Greer Library and they'll call you."],
    [252, 'l', 'Anything else?'],
    [280, 'p', 'nope thats all'],
    [284, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 16 fluorescent tubes: a promise coded Answered
  s(ELSA, '16 fluorescent tubes: a list promised "by end of day tomorrow", e-mail read back, coded Answered (pending)', [
    [0, 'p', 'looking for a list of places that take old fluorescent tubes in the county'],
    [25, 'l', 'Hi! Elsa here, librarian at Norwood Public Library.'],
    [31, 'l', 'Are these the long 4-foot tubes or the curly CFL bulbs?'],
    [70, 'p', '4 ft tubes, like 20 of them from my garage'],
    [76, 'l', 'One moment, checking.'],
    [170, 'l', "The county's HHW page (norwoodcounty.gov/hhw) says tubes are taken at the Saturday collection events, up to 10 per household. I'll put together a list of businesses that take the rest and e-mail it to you by end of day tomorrow. What's your e-mail?"],
    [220, 'p', 'ben.k@example.com'],
    [225, 'l', 'Thanks — ben.k@example.com, by end of day tomorrow.'],
    [231, 'l', 'Does the county page help in the meantime?'],
    [270, 'p', 'yes thanks. thats all'],
    [275, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 17 old landfill: follow-up by me, e-mail on file read back, done after 90 h
  s(NIKO, '17 old landfill under a subdivision (follow-up by me): e-mail on file read back, "by Thursday", done after 90 h', [
    [0, 'p', "was there ever a landfill where the Maple Ridge subdivision is now? we're thinking of buying there"],
    [30, 'l', "Hi, Niko here, librarian at Ridgeview Library's Ask a Librarian."],
    [36, 'l', 'Do you know the street, and how far back should I look?'],
    [90, 'p', 'Birch Ct, anything before 1990'],
    [96, 'l', 'Give me a minute.'],
    [200, 'l', "The state's solid waste facility map (ridgestate.gov/landfills) shows no permitted landfill there, but dumps from before 1980 often aren't on it. Our aerial photo collection could show it; I'll check the 1960s and 70s aerials and e-mail you what I find by Thursday."],
    [206, 'l', 'Is ana.p@example.com still the best address?'],
    [240, 'p', 'yes'],
    [246, 'l', 'Great. Anything else?'],
    [270, 'p', 'no thanks'],
    [275, 'l', 'Thanks for reaching out!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'ana.p@example.com', phone: null }, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 18 motor oil: null code
  s(CHUCK, '18 used motor oil: "take it … to any store on the list at earth911.com", "nah", code null', [
    [0, 'p', 'where can i dump used motor oil'],
    [12, 'l', 'Hey, Chuck at Lakeview Library here!'],
    [18, 'l', 'How much do you have, and is it mixed with anything like antifreeze?'],
    [50, 'p', 'like 5 quarts. just oil'],
    [56, 'l', "Don't dump it! Clean used oil is recycled free at most auto parts stores. Take it in a sealed jug to any store on the list at earth911.com (search \"motor oil\" and your ZIP)."],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'ok'],
    [94, 'l', 'Anything else?'],
    [120, 'p', 'nah'],
    [124, 'l', 'Cool, thanks for chatting!'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 19 Practice
  s(TRAINER, '19 practice chat (recycling script): coded Practice, every check na', [
    [0, 'p', 'TEST does glass go in blue bin'],
    [8, 'l', 'testing greeting - hi this is training'],
    [15, 'l', 'see cityofexample.gov/recycle. did that help?'],
    [25, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 no provider ever joined
  s(NOBODY, '20 HHW drop-off on Saturdays (Lost Call): the patron leaves at 45 s, no provider ever joined', [
    [0, 'p', 'is the hazardous waste drop off open saturdays'],
    left(45),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 glass: Lost Call after three patron lines
  s(PAULA, '21 glass in the blue bin: answered, "ugh ok", "thx", leaves, coded Lost Call', [
    [0, 'p', 'does glass go in the blue bin in Fairmont'],
    [20, 'l', 'Hi! Paula, Fairmont Library Ask a Librarian.'],
    [26, 'l', 'Is it bottles and jars, or things like drinking glasses and window glass?'],
    [60, 'p', 'jars'],
    [66, 'l', 'Fairmont stopped taking glass curbside in 2023. Jars and bottles go in the purple glass drop-off bins; the map is at fairmontwv.gov/glass.'],
    [90, 'p', 'ugh ok'],
    [92, 'p', 'thx'],
    left(95),
    [100, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 22 Superfund: holds every ~100 s, one a partial result
  s(WREN, '22 Superfund cleanup status: holds at 81/190/295 (one a partial result), answer at 390, "Does that completely answer…"', [
    [0, 'p', 'theres a superfund site a mile from my house, where can i read about the cleanup status and if the groundwater is safe'],
    [25, 'l', 'Hello, Wren here, a librarian with Easton Area Public Library.'],
    [31, 'l', "What's the name of the site, or the nearest street?"],
    [75, 'p', 'the old Bellwood Chemical plant on River Rd'],
    [81, 'l', "Let me search EPA's records, this can take a few minutes."],
    [190, 'l', "Found the site's EPA profile, still looking for the latest groundwater sampling report."],
    [295, 'l', 'Still digging — the five-year review PDFs are large, thanks for your patience.'],
    [390, 'l', "Here it is: the EPA's Superfund profile at epa.gov/superfund/bellwood-chemical, under 'Site Documents & Data', has the 2024 Five-Year Review. Page 14 says the groundwater plume is contained and homes nearby are on public water."],
    [396, 'l', 'Does that completely answer your question?'],
    [450, 'p', "yes, very helpful. that's all"],
    [455, 'l', 'Thank you for using Ask Us, take care.'],
  ], usual()),

  // 23 #5 plastic: "take your time" then 235 s away
  s(ZOE, '23 #5 plastic: "gotta go look at the cart lol", "No problem, take your time!" then the patron away 235 s', [
    [0, 'p', 'can #5 plastic go in my recycling'],
    [18, 'l', "Hi! I'm Zoe, a librarian at Elmhurst Public Library."],
    [24, 'l', 'Who picks up your recycling? The company name is usually on the cart.'],
    [50, 'p', 'hold on gotta go look at the cart lol'],
    [55, 'l', 'No problem, take your time!'],
    [290, 'p', 'ok it says GreenWay Waste'],
    [296, 'l', "Thanks. GreenWay's list (greenwaywaste.com/accepted) includes #1, #2 and #5 tubs and cups, rinsed, lids on. No loose caps, no black plastic."],
    [302, 'l', 'Does that answer it?'],
    [340, 'p', 'ya'],
    [344, 'l', 'Anything else I can help with?'],
    [370, 'p', 'no all good'],
    [374, 'l', 'Thanks for chatting!'],
  ], usual()),

  // 24 compost bin rebate: goodbye 130 s after the answer
  s(FERN, '24 compost bin rebate: answer at 86, goodbye at 216 (final idle 130 s) with no check-in', [
    [0, 'p', 'is there still a rebate for buying a compost bin'],
    [30, 'l', 'Good evening, Fern with Ask Us at Linwood Library.'],
    [36, 'l', 'Which town are you in?'],
    [80, 'p', 'Linwood'],
    [86, 'l', "Yes — Linwood offers a $25 rebate on bins bought this year; the online form is at linwood.gov/compostrebate, and you upload a photo of the receipt."],
    [92, 'l', 'Does that help?'],
    [216, 'l', 'Thanks for chatting tonight, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 25 smoke detectors: a check-in, then nothing until 400
  s(GUS, '25 old smoke detectors: answer at 66, "Are you still with me?" at 220, session ends at 400 with no notice', [
    [0, 'p', 'how do you throw away old smoke detectors, i heard theyre radioactive'],
    [20, 'l', 'Hi, Gus from Bayview Library here.'],
    [26, 'l', 'Are they the battery kind or hard-wired?'],
    [60, 'p', 'battery ones'],
    [66, 'l', 'Ionization smoke detectors hold a tiny bit of americium, but the EPA says a few can go in household trash: see epa.gov/radtown/smoke-detectors. Take the battery out first and recycle it separately.'],
    [72, 'l', 'Does that answer it?'],
    [220, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 180 }),

  // 26 sharps: a restatement, a curt patron
  s(ABE, '26 used insulin needles: "So you need to know how to get rid of…", safeneedledisposal.org, "k", "no", "Take care!"', [
    [0, 'p', 'needles. how to dispose'],
    [15, 'l', 'Hi, Abe at Marlow Library.'],
    [21, 'l', 'So you need to know how to get rid of used needles/syringes at home, right?'],
    [40, 'p', 'yes insulin'],
    [45, 'l', "Put them in a sharps container or a heavy plastic detergent bottle, tape the lid and label it 'SHARPS'. safeneedledisposal.org has your state's rules."],
    [50, 'l', 'Is that what you needed?'],
    [80, 'p', 'k'],
    [84, 'l', 'Anything else?'],
    [95, 'p', 'no'],
    [98, 'l', 'Take care!'],
  ], usual()),

  // 27 mattress: "contact the Department of Public Works" with no contact, no source
  s(IVY, '27 old mattress: "contact the Department of Public Works and ask for a special pickup" (no contact, no source)', [
    [0, 'p', 'how do i get rid of an old mattress and box spring, cant fit in my car'],
    [24, 'l', 'Hello! This is Ivy, a librarian at Greenport Public Library.'],
    [30, 'l', 'Do you live in Greenport or one of the villages around it?'],
    [70, 'p', 'Greenport'],
    [76, 'l', "The city picks up bulky items twice a year. Otherwise you'll want to contact the Department of Public Works and ask for a special pickup; there's a fee."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'ok thanks. thats all i needed'],
    [125, 'l', 'Thanks for chatting, bye!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 28 bottle deposit: "Have a great day!"
  s(KAYLA, '28 bottle deposit returns: "Take them to a BottleDrop Redemption Center" + URL, "yes!! thats all I needed", "Have a great day!"', [
    [0, 'p', 'hi! where can i return bottles for deposit in portland, the store machines are always broken'],
    [20, 'l', "Hi there, this is Kayla at Rosewood Library's chat."],
    [26, 'l', 'Do you have a BottleDrop account, or are you returning them loose?'],
    [60, 'p', 'loose, like 3 bags'],
    [66, 'l', 'Take them to a BottleDrop Redemption Center: they take loose containers at the counter, up to 350 a day. Locations and hours are at bottledropcenters.com/locations.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes!! thats all I needed'],
    [115, 'l', 'Have a great day!'],
  ], usual({ referral: 'pass' })),

  // 29 well water: an offer of more is not the completeness question
  s(HAL, '29 private well test: Environmental Health by phone + URL, "Would a list of private certified labs be helpful too?"', [
    [0, 'p', 'my well water tastes weird, where can i get it tested'],
    [26, 'l', 'Hi, Hal here, librarian at Kent County Library.'],
    [32, 'l', 'Is it a private well at your home?'],
    [70, 'p', 'yes'],
    [76, 'l', 'The county health department tests private wells: call Environmental Health at 616-555-0190 or see kentcountyhealth.org/wells for the kit pickup sites. A basic test (bacteria, nitrates) is about $30.'],
    [82, 'l', 'Would a list of private certified labs be helpful too?'],
    [120, 'p', 'no thats fine. thanks thats everything'],
    [125, 'l', 'Good luck, and thanks for using the chat!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 30 wildfire smoke: pickedUpAt 50, "Hi!" + name split
  s(ANA, '30 wildfire smoke and kids: pickedUpAt 50 s, first line "Hi!" at 90, name in the second, fire.airnow.gov', [
    [0, 'p', 'the smoke is really bad today, is it safe to let my kids play outside? where do i check'],
    [90, 'l', 'Hi!'],
    [95, 'l', "I'm Ana from the Ask a Librarian service at Sierra County Library. Are you in Sierra County?"],
    [130, 'p', 'yes, in Grass Valley'],
    [136, 'l', "Check AirNow's fire and smoke map, fire.airnow.gov, for your town's current AQI. Above 150 (red), the EPA's guidance at airnow.gov/air-quality-and-health says kids should keep outdoor activity short and light."],
    [142, 'l', 'Is that what you were looking for?'],
    [190, 'p', 'yes thanks'],
    [196, 'l', 'Anything else?'],
    [220, 'p', 'no'],
    [225, 'l', 'Stay safe, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(50) }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fiftieth round: recycling, hazardous waste and the environment, checked', () => {
  describeSessions('whole sessions', fiftiethRoundRecycling.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundRecycling.filter((c) => c.name in LEFT_WHY));
});
