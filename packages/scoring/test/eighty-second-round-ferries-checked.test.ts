/**
 * Eighty-second round, theme FERRIES, WATER TAXIS AND BAY CROSSINGS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: how the Bay was crossed before the Bay Bridge (a history report, the last
 * Sandy Point–Matapeake run, a grandfather on the Gov. Harry W. Nice, Claiborne landing photos, a 1930s Love Point steamer
 * timetable, a Point Lookout car ferry), Eastern Shore and river ferries (Oxford-Bellevue in November, a car on it in Spanish, a
 * scout troop on it; Whitehaven's fare; Salisbury's Upper Ferry in Spanish; White's Ferry on the Potomac), island boats (Smith
 * Island day trips and ride times, a bike on the Tangier boat), Cape May–Lewes fares (a camper, children in Spanish), and
 * Baltimore and Annapolis water taxis (the free Harbor Connector in Spanish, a dog on board, the ride to Fort McHenry and its
 * last Sunday boat, stops for a walking-tour handout, a wedding charter, a birthday charter, a skipped stop, a lost backpack,
 * becoming a captain, a St. Michaels day trip). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/s74/ferries-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and welcome to Ask a Librarian! I'm Mara, a librarian at …" (01); Spanish "¡Hola, buenas tardes! Le
 *   atiende Carmen, bibliotecaria de AskUsNow!." (02), "¡Hola! Soy Oscar, bibliotecario de …" (15), "¡Hola! Le saluda Sofía, …"
 *   (19); pickup at exactly 60 s (03: pass) and at 61 s after the patron's "hellooo?" (04: fail); "Hi there! 🐶" and a question,
 *   no name, library or service ever (05: greeting fails); "Hey there! 👋" then "Nadia at … here." in the second line (14: the two
 *   parts in different messages, pass); `pickedUpAt` at 45 s with the first visible line at 70 s (12: pass on the recorded
 *   pickup); "Hello, you've got Ivan, librarian at …" (09); "Hey, thanks for contacting AskUsNow! This is Hana, one of the
 *   librarians." (08); chat-speak "hi! this is Cal, librarian at Calvert Library 😊" (28); "Good evening, Emil at … here." (30);
 *   no provider ever, only the queue's line (21);
 *  inquiry: report format and print sources, where the commute starts, car or foot, day trip or overnight, dog size, camper
 *   length, this week or later, landing, season, date and pick-up point, years, year wanted, deadline, crossing time, the
 *   ferry's name, car ferry or steamboat, children's ages, group size, boating experience, car or van (in Spanish, after a
 *   transfer), day trip or overnight, which ferry, a restatement ("So the boat passed your landing without stopping — which
 *   landing …", 27), group size and place, which village; the answer straight after the greeting with no question (08: fail);
 *  waits: "Let me look at their current fare table, one moment." then "Still searching — …" each answered exactly 120 s later
 *   (06: pass); "Let me check the latest news on it, one sec." answered 121 s later (07: fail); a hold while the Maryland Room
 *   is asked, answered in 69 s (12); "Sure, take your time." and the patron back 200 s later (16: waiting on the patron, pass);
 *   a transfer notice answered by the receiver 62 s later (24); a silent transfer, the receiver 90 s (25) and 118 s (26) after
 *   the patron; "hellooo?" before a 61 s pickup (04: pickup's wait, not keep_informed's);
 *  sources: msa.maryland.gov + the catalog at aacpl.net (01), mta.maryland.gov, oxfordferry.com, visitsomerset.com,
 *   baltimorewatertaxi.com, cmlf.com, montgomerycountymd.gov, wicomicocounty.org, tangierisland-va.com, Digital Maryland,
 *   Chronicling America, ProQuest Historical Newspapers, dco.uscg.mil/nmc, tourtalbot.org; a referral's phone (11) and e-mail
 *   (28: the only source); none (09: from memory; 17: "our regional history books" unnamed);
 *  completeness and anything-else: "Is that enough to get your report started?", "¿Es lo que necesitaba saber?", "Is that what
 *   you were after?", "Does this completely answer your question?", "Did that clear it up?", "Does that help you plan?", "Does
 *   Chronicling America help in the meantime?", "Does the website give you what you need for now?", "¿Le sirve lo del sitio
 *   del condado?", "Does that get you started on the license part?", "that help?"; an offer of more, "Want me to look up the
 *   Fells Point times too?" (30: neither question); "Anything more I can help with today?", "Anything else I can look up?";
 *   patron-side "that is everything i need", "eso es todo", "thats all i wanted", "that is all", "no more questions", "es todo",
 *   "no necesito nada mas", "thats all for now", and "ok", "sure", "ok np" that do not count;
 *  endings: a true Lost Call: greeting only, "Hi, are you still there?" at 155, "It seems you've disconnected, so I'm going to
 *   end this chat. Feel free to come back any time!" at 340 (18); Spanish Lost Call after two patron lines, "¿Sigue conectada?"
 *   and `endedAt` 179 s after the answer, no thanks (19: idle passes, notice na, courteous and code fail); a goodbye 119 s after
 *   the answer (09: idle na), 121 s after with no check-in (11: fail), 126 s after with "Are you still with me?" between (12:
 *   pass); "Are you still there?" then a notice that is also a goodbye exactly 180 s after the answer (29: both pass); 206 s of
 *   silence after an offer, no check-in, no notice (30: both fail); "there's a limit of three questions per chat and you've gone
 *   past it" then "Thanks for using Ask a Librarian." (22: dismissal fails, courteous passes); "I have several other people
 *   waiting in the queue right now, so please log back in later" with the patron's "ok np" last (23: allowed, courteous
 *   passes on the invitation back);
 *  referrals: the charter office by phone (11: pass); "go by the ferry office at the Crisfield dock and ask" (10: fail); MTA
 *   Customer Service through mta.maryland.gov/contact-us (27: pass); a charter desk by e-mail (28: pass); not referrals: the
 *   Maryland Room asked on the patron's behalf (12), the patron's branch to phone him (15), the State Archives' online guide to
 *   search (16), boat lines named as listing their times on a website (29);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (13: pass); a promise to scan and e-mail
 *   "tomorrow", e-mail read back, coded Answered (14: code fails, contact passes, on_time pending at day 1); FU_LIB in Spanish,
 *   a phone typed with spaces and read back with dashes, no time, done 72 h + 1 s after `endedAt` (15: contact and on_time
 *   fail); FU_ME, e-mail read back, "by Monday", done exactly 72 h after `endedAt` (16: pass); FU_ME, "I'll get back to you",
 *   no contact anywhere, nothing recorded at day 4 (17: code, contact and on_time fail);
 *  codes: a true Lost Call (18); Lost Call after two patron lines (19); null with no provider (21); "" (30); Practice (20);
 *  transfers: a notice (a hold) and an internal note saying why (24: pass); an internal note only (25: fail); neither (26: fail);
 *  concurrency: three others overlapping, four at once from 40 s to 119 s (27: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup (45 s, pass), though the first visible line came at 70 s (12);
 * - "Hey there! 👋" greets and "Nadia at Anne Arundel County Public Library here" identifies, in the second message (14: pass);
 * - "eso es todo", "es todo", "no necesito nada mas", "thats all for now", "that is all" say explicitly that the patron is done
 *   (02, 15, 24, 13, 05); "ok np", "sure", "ok" do not;
 * - "Want me to look up the Fells Point times too?" offers something not yet given: neither the completeness question nor
 *   "anything else?" (30);
 * - "Still searching — … I'm working out which one fits your dates." says the search goes on: a hold (06);
 * - "I'll close this one out now. Thanks for chatting, and come back anytime!" is a goodbye (12), as is the notice in 29 that
 *   thanks and invites back, so 29's final idle ends at it (exactly 180 s: "≥ disconnectSeconds", the notice applies);
 * - "please log back in later … we'll be happy to help" invites the patron back (23: courteous passes);
 * - "there's a limit of three questions per chat and you've gone past it" tells the patron they reached a limit; the thanks
 *   after it offers no way back (22: dismissal fails);
 * - "go by the ferry office at the Crisfield dock and ask" tells the patron to visit an organisation; tangierisland-va.com in
 *   the same message is the island's visitor page, not a way to reach that office (10: referral fails);
 * - "The Commission's records are at the Maryland State Archives, and their guide … is searchable at msa.maryland.gov" points to
 *   a guide to use, not a party to contact (16: no referral);
 * - "Nuestra sucursal puede … llamarle" is the patron's library acting for the patron (a follow-up by the library), not a
 *   referral (15); "Let me dig through our regional history books and I'll get back to you" is a promise (17: a follow-up
 *   session) and names no resource (17: no source);
 * - a follow-up recorded exactly 72 h after `endedAt` is within `followUpHours` (16: pass); one second later is not (15: fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch); labels copied aside to
 * /tmp/s74/ferries-labels.ts.
 * First run as labelled / disagreeing: 30 / 0 (none). Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY empty).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARA: Prov = { id: 'mara-fy', name: 'Mara', library: 'AACPL' };
const CARMEN: Prov = { id: 'carmen-fy', name: 'Carmen', library: 'AUN' };
const BRODY: Prov = { id: 'brody-fy', name: 'Brody', library: 'AUN' };
const DELIA: Prov = { id: 'delia-fy', name: 'Delia', library: 'QACL' };
const ETHAN: Prov = { id: 'ethan-fy', name: 'ethan_b', library: 'TCFL' };
const FIONA: Prov = { id: 'fiona-fy', name: 'Fiona', library: 'WPL' };
const GIDEON: Prov = { id: 'gideon-fy', name: 'Gideon', library: 'MCPL' };
const HANA: Prov = { id: 'hana-fy', name: 'Hana', library: 'AUN' };
const IVAN: Prov = { id: 'ivan-fy', name: 'Ivan', library: 'SMCL' };
const JUNE: Prov = { id: 'june-fy', name: 'June', library: 'SCL-MD' };
const KOFI: Prov = { id: 'kofi-fy', name: 'Kofi', library: 'AUN' };
const LENA: Prov = { id: 'lena-fy', name: 'Lena', library: 'TCFL' };
const MILES: Prov = { id: 'miles-fy', name: 'Miles', library: 'KCPL' };
const NADIA: Prov = { id: 'nadia-fy', name: 'Nadia', library: 'AACPL' };
const OSCAR: Prov = { id: 'oscar-fy', name: 'Oscar', library: 'WPL' };
const PETRA: Prov = { id: 'petra-fy', name: 'Petra', library: 'TCFL' };
const QUENTIN: Prov = { id: 'quentin-fy', name: 'Quentin', library: 'AUN' };
const RAE: Prov = { id: 'rae-fy', name: 'Rae', library: 'CCPL-CE' };
const SOFIA: Prov = { id: 'sofia-fy', name: 'Sofía', library: 'PGCMLS' };
const TRAINEE: Prov = { id: 'trainee-fy', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-fy', name: 'Queue', library: 'VRQ' };
const ULRIC: Prov = { id: 'ulric-fy', name: 'Ulric', library: 'HCLS' };
const VERA: Prov = { id: 'vera-fy', name: 'Vera', library: 'BCPL' };
const WES: Prov = { id: 'wes-fy', name: 'Wes', library: 'AUN' };
const LUPE: Prov = { id: 'lupe-fy', name: 'Lupe', library: 'AUN' };
const XAVI: Prov = { id: 'xavi-fy', name: 'Xavi', library: 'AUN' };
const ZORA: Prov = { id: 'zora-fy', name: 'Zora', library: 'TCFL' };
const YARA: Prov = { id: 'yara-fy', name: 'Yara', library: 'BCPL' };
const ABE: Prov = { id: 'abe-fy', name: 'Abe', library: 'BCPL' };
const BIANCA: Prov = { id: 'bianca-fy', name: 'Bianca', library: 'AUN' };
const CAL: Prov = { id: 'cal-fy', name: 'cal_calvert', library: 'CCPL-CA' };
const DORA: Prov = { id: 'dora-fy', name: 'Dora', library: 'DCPL' };
const EMIL: Prov = { id: 'emil-fy', name: 'Emil', library: 'EPFL' };

const s = session;

export const FERRIES: SessionCase[] = [
  // 01 the plain good session
  s(MARA, '01 crossing the Bay before the Bay Bridge (history report): format asked, msa.maryland.gov + the catalog, "that is everything i need"', [
    [0, 'p', 'hi!! for history class i need to know how people crossed the bay before the bay bridge was built'],
    [18, 'l', "Good morning, and welcome to Ask a Librarian! I'm Mara, a librarian at Anne Arundel County Public Library."],
    [24, 'l', 'Happy to dig into that. Is it a written report or a presentation, and does your teacher want print sources?'],
    [55, 'p', 'written report, 2 pages, any sources ok'],
    [63, 'l', "Before 1952 most drivers took the state-run car ferries: first from Annapolis, later from Sandy Point, across to Matapeake on Kent Island. The Maryland State Archives has an online exhibit on the old Bay ferries at msa.maryland.gov, and our catalog at aacpl.net has a history of the Bay Bridge with a whole chapter on the ferry years (search 'Bay Bridge history')."],
    [70, 'l', 'Is that enough to get your report started?'],
    [104, 'p', 'yes perfect that is everything i need'],
    [110, 'l', 'Great! Good luck on the report, and thanks for chatting with us.'],
  ], usual()),

  // 02 Spanish: the free harbor boat
  s(CARMEN, '02 taxi acuático gratis en Baltimore (Spanish): "Le atiende Carmen, bibliotecaria", where from asked, mta.maryland.gov, "eso es todo"', [
    [0, 'p', 'hola buenas, hay un taxi acuatico gratis en baltimore? trabajo en locust point'],
    [21, 'l', '¡Hola, buenas tardes! Le atiende Carmen, bibliotecaria de AskUsNow!.'],
    [27, 'l', '¿Desde qué parte de la ciudad saldría usted por la mañana?'],
    [58, 'p', 'desde canton'],
    [66, 'l', 'Sí: el Harbor Connector es un barco gratuito de la MTA que cruza el puerto entre semana, y una de sus rutas une Canton con Tide Point en Locust Point. Los horarios y el mapa están en mta.maryland.gov (busque "Harbor Connector").'],
    [72, 'l', '¿Es lo que necesitaba saber?'],
    [110, 'p', 'si mil gracias, eso es todo'],
    [116, 'l', '¡Gracias a usted por escribirnos! Buen viaje 🚤'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(BRODY, '03 does the Oxford-Bellevue ferry run in November: pickup at exactly 60 s, car or foot asked, oxfordferry.com', [
    [0, 'p', 'does the oxford bellevue ferry run in november?'],
    [60, 'l', "Hi! Brody here, a librarian with Maryland's AskUsNow! service."],
    [66, 'l', 'Are you planning to take a car across, or walk or bike on?'],
    [90, 'p', 'car'],
    [97, 'l', "It normally runs from spring into the fall and shuts down for the winter, with shorter hours toward the end of the season. The exact last day changes from year to year, so check the season dates and fares at oxfordferry.com before you drive down."],
    [103, 'l', 'Did that answer your question?'],
    [130, 'p', 'yep thats all i wanted, thx'],
    [134, 'l', 'Enjoy the crossing, bye!'],
  ], usual()),

  // 04 pickup at 61 s, an impatient patron
  s(DELIA, '04 a day trip to Smith Island: "hellooo?" at 40, pickup at 61 s, day or overnight asked, visitsomerset.com', [
    [0, 'p', 'is there a ferry to smith island? and can u bring a car'],
    [40, 'p', 'hellooo?'],
    [61, 'l', "Sorry to keep you waiting! Hi, I'm Delia at Queen Anne's County Library, Ask a Librarian."],
    [67, 'l', 'Are you going over for the day, or staying the night on the island?'],
    [95, 'p', 'day trip. and hurry pls my boss is waiting lol'],
    [102, 'l', "Passenger boats leave Crisfield for Ewell and Tylerton every day in season, but no cars go across: you park in Crisfield. Somerset County's tourism site, visitsomerset.com, lists the boats and their times."],
    [108, 'l', 'Is that what you were after?'],
    [140, 'p', 'ok'],
    [143, 'l', 'Anything more I can help with today?'],
    [160, 'p', 'nope'],
    [164, 'l', 'Have a great trip, and thanks for your patience!'],
  ], usual({ pickup: 'fail' })),

  // 05 a greeting that never says who is answering
  s(ETHAN, '05 a 70 lb lab on the Baltimore water taxi: "Hi there! 🐶" and a question, no name ever (greeting fails), baltimorewatertaxi.com', [
    [0, 'p', 'can i take my dog on the baltimore water taxi'],
    [15, 'l', 'Hi there! 🐶'],
    [20, 'l', 'Is it a little dog you can carry, or a bigger one on a leash?'],
    [45, 'p', 'a lab, like 70 lbs'],
    [52, 'l', 'Leashed dogs are generally welcome on the water taxi as long as they stay off the seats; the rider rules are on baltimorewatertaxi.com under FAQ.'],
    [58, 'l', 'Does that help?'],
    [80, 'p', 'yes thank you that is all'],
    [85, 'l', 'Have fun out on the water, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 two holds of exactly 120 s
  s(FIONA, '06 Cape May-Lewes fare for a 22 ft camper: hold at 58, "Still searching" at 178, answer at 298 (two spans of exactly 120 s), cmlf.com', [
    [0, 'p', 'how much is the cape may lewes ferry for a camper van w/ 2 ppl'],
    [20, 'l', "Hello! This is Fiona at Wicomico Public Libraries' Ask a Librarian."],
    [26, 'l', 'How long is the camper, roughly? Their fares go by vehicle length.'],
    [52, 'p', 'around 22 ft'],
    [58, 'l', 'Let me look at their current fare table, one moment.'],
    [178, 'l', "Still searching — their site splits the fares by season and I'm working out which one fits your dates."],
    [298, 'l', 'Found it: anything over 20 feet is charged as an oversize vehicle, more than a car; the driver rides with the vehicle fare and each extra passenger adds a small fee. The fare chart is on cmlf.com under Rates.'],
    [304, 'l', 'Does this completely answer your question?'],
    [340, 'p', 'yes thanks, thats all i needed'],
    [345, 'l', 'Safe travels, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(GIDEON, '07 is White\'s Ferry running again: "Let me check the latest news on it, one sec." answered 121 s later, montgomerycountymd.gov', [
    [0, 'p', 'is whites ferry running again? need to get from poolesville to leesburg'],
    [17, 'l', "Hi! I'm Gideon, a librarian at Montgomery County Public Libraries."],
    [23, 'l', 'Are you asking about this week, or planning something further out?'],
    [45, 'p', 'this weekend'],
    [52, 'l', 'Let me check the latest news on it, one sec.'],
    [173, 'l', "Thanks for waiting. White's Ferry stopped running in late 2020 after a dispute over the landing on the Virginia side, and Montgomery County has been working on reopening it. The county posts its updates at montgomerycountymd.gov (search 'White's Ferry')."],
    [179, 'l', 'Was that what you wanted to find out?'],
    [210, 'p', 'ugh ok. thats all i needed'],
    [214, 'l', "Sorry it wasn't better news. Thanks for chatting!"],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source
  s(HANA, '08 is the Whitehaven ferry free: the answer at once with no question, wicomicocounty.org, "Did that clear it up?"', [
    [0, 'p', 'does the whitehaven ferry cost money'],
    [14, 'l', 'Hey, thanks for contacting AskUsNow! This is Hana, one of the librarians.'],
    [20, 'l', "No, it's free. The Whitehaven Ferry across the Wicomico River is run by Wicomico County and takes cars at no charge. It closes for high water and repairs now and then, and the county's Public Works page at wicomicocounty.org posts the closures."],
    [26, 'l', 'Did that clear it up?'],
    [60, 'p', 'yes! no more questions'],
    [64, 'l', 'Bye for now, enjoy the crossing!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source; a goodbye 119 s after the answer
  s(IVAN, '09 water taxi time to Fort McHenry: the answer from memory with no source, goodbye 119 s after the answer', [
    [0, 'p', 'how long is the water taxi from inner harbor to fort mchenry'],
    [20, 'l', "Hello, you've got Ivan, librarian at St. Mary's County Library."],
    [26, 'l', 'Are you leaving from the Harborplace landing or from Fells Point?'],
    [50, 'p', 'harborplace'],
    [58, 'l', 'It takes about 15 to 20 minutes, depending on how many stops it makes on the way. Did that answer it?'],
    [177, 'l', 'Thanks for stopping by, and enjoy the fort!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 10 a referral with no way to reach them
  s(JUNE, '10 a bike on the Tangier boat from Crisfield: tangierisland-va.com, "go by the ferry office at the Crisfield dock and ask" (no contact)', [
    [0, 'p', 'can i bring a bike on the tangier island boat from crisfield?'],
    [22, 'l', 'Hi, this is June at Somerset County Library — thanks for writing in.'],
    [28, 'l', 'Will you be going in summer? The schedule is different off-season.'],
    [60, 'p', 'july'],
    [68, 'l', "In summer the boat from Crisfield to Tangier goes once a day, out in the late morning and back in the afternoon; the island's visitor page, tangierisland-va.com, lists the boats. Bikes are up to the captain, so go by the ferry office at the Crisfield dock and ask before your trip."],
    [74, 'l', 'Did that help?'],
    [100, 'p', 'sure'],
    [104, 'l', 'Anything else I can look up?'],
    [120, 'p', 'no ty'],
    [124, 'l', 'Have a great ride, bye!'],
  ], usual({ referral: 'fail' })),

  // 11 a referral by phone; a goodbye 121 s after the answer, no check-in
  s(KOFI, '11 chartering an Annapolis water taxi for a wedding: the charter office by phone, goodbye 121 s after the answer, no check-in', [
    [0, 'p', 'can we rent the annapolis water taxi for a wedding party? like 30 people'],
    [19, 'l', 'Hello! Kofi here, a librarian with AskUsNow!.'],
    [25, 'l', 'Which date, and where would you be picking people up?'],
    [60, 'p', 'sept 14, from the eastport side'],
    [68, 'l', "The Annapolis water taxis do private charters, and for 30 guests you'd need one of their bigger boats. Call the charter office at 410-555-0142 to check the date and the price. Does that help you plan?"],
    [189, 'l', 'Thanks for chatting, and congratulations!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 pickedUpAt 45 (first line 70), the history room asked on the patron's behalf, a check-in, goodbye 126 s after the answer
  s(LENA, '12 photos of the Claiborne ferry landing: pickedUpAt 45 (first line 70), the Maryland Room asked, digitalmaryland.org, "Are you still with me?"', [
    [0, 'p', 'looking for old photos of the claiborne ferry landing, my great grandfather worked there'],
    [70, 'l', 'Hello, thanks for waiting! Lena here, a librarian at Talbot County Free Library.'],
    [76, 'l', 'Do you know roughly what years he worked there?'],
    [115, 'p', '1930s i think'],
    [121, 'l', "I'll ask our Maryland Room, just a moment."],
    [124, 'i', 'Sue, any 1930s photos of the Claiborne ferry landing in the Maryland Room?'],
    [190, 'l', "Sue in our Maryland Room says several 1930s photos of the Claiborne landing are in the Talbot Historical Society collection on Digital Maryland, digitalmaryland.org (search 'Claiborne ferry')."],
    [196, 'l', 'Is that what you were hoping to find?'],
    [280, 'l', 'Are you still with me?'],
    [316, 'l', "I'll close this one out now. Thanks for chatting, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' }), { pickedUpAt: at(45) }),

  // 13 FU_ME, e-mail read back, "by Thursday", done at 30 h
  s(MILES, '13 a 1930s Love Point steamer timetable: Chronicling America, the vertical file promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'trying to find a 1930s timetable for the steamer from baltimore to love point'],
    [20, 'l', "Hi! I'm Miles with Kent County Public Library's Ask a Librarian."],
    [26, 'l', 'Is it for a particular year, or will any timetable from the thirties do?'],
    [58, 'p', 'any, its for a model railroad display actually'],
    [66, 'l', "Chronicling America (chroniclingamerica.loc.gov) has Maryland papers from those years that printed the steamer times in their shipping columns. We also keep a vertical file of Chesapeake steamboat ephemera in our local history room that isn't online; I can go through it and scan what I find. What e-mail should I send it to?"],
    [100, 'p', 'trainguy.ed@example.net'],
    [106, 'l', "Thanks — trainguy.ed@example.net. You'll have the scans by Thursday."],
    [112, 'l', 'Does Chronicling America help in the meantime?'],
    [140, 'p', 'yes thats great, thats all for now'],
    [145, 'l', 'Wonderful, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 a promise coded Answered; greeting and name in two messages
  s(NADIA, '14 water taxi stops for a walking-tour handout: "Hey there! 👋" then the name, baltimorewatertaxi.com, a scan promised "tomorrow", coded Answered', [
    [0, 'p', 'hi im writing a walking tour handout and want to add the water taxi stops between fells point and fort mchenry'],
    [18, 'l', 'Hey there! 👋'],
    [24, 'l', 'Nadia at Anne Arundel County Public Library here. When do you need the handout done by?'],
    [50, 'p', 'end of the month'],
    [57, 'l', 'The water taxi posts its current stops and a route map at baltimorewatertaxi.com; Fells Point, Canton and Fort McHenry are all on the main line.'],
    [63, 'l', "We also have an older printed harbor map with the landings drawn in; I'll scan it and e-mail it to you tomorrow. What's your e-mail?"],
    [90, 'p', 'tourhandout@example.org'],
    [96, 'l', 'Got it, tourhandout@example.org. Does the website give you what you need for now?'],
    [125, 'p', 'yes, no more questions!'],
    [130, 'l', 'Great, have a good one!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 FU_LIB in Spanish, a phone read back, no time, done one second past 72 h
  s(OSCAR, '15 el Upper Ferry de Salisbury (Spanish): wicomicocounty.org, the branch to phone him, phone read back, no time, done 72 h + 1 s after the end', [
    [0, 'p', 'hola, el upper ferry en salisbury esta abierto? necesito cruzar para el trabajo'],
    [24, 'l', '¡Hola! Soy Oscar, bibliotecario de la Biblioteca Pública de Wicomico.'],
    [30, 'l', '¿A qué hora necesita cruzar normalmente?'],
    [60, 'p', 'a las 7 de la mañana'],
    [68, 'l', 'El Upper Ferry lo opera el condado de Wicomico y es gratuito; abre temprano los días laborables, pero cierra cuando el río está muy alto. Los avisos de cierre están en wicomicocounty.org (Obras Públicas, "Ferries").'],
    [74, 'l', 'Nuestra sucursal puede confirmar el horario de invierno con el condado y llamarle. ¿A qué número le llamamos?'],
    [110, 'p', '443 555 0187'],
    [116, 'l', 'Anotado: 443-555-0187. ¿Le sirve lo del sitio del condado?'],
    [150, 'p', 'si gracias, es todo'],
    [155, 'l', '¡Con gusto! Gracias por escribirnos.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(160 + 72 * HOUR + 1) }] }, { now: T0 + 5 * DAY }),

  // 16 FU_ME done exactly 72 h after endedAt; "take your time"
  s(PETRA, '16 a grandfather on the Gov. Harry W. Nice ferry: "Sure, take your time." (200 s away), msa.maryland.gov, e-mail read back, "by Monday", done at exactly 72 h', [
    [0, 'p', 'my grandfather was a deckhand on one of the bay ferries in the 40s, how can i find records of the crew'],
    [18, 'l', 'Good morning! This is Petra, a librarian at Talbot County Free Library.'],
    [24, 'l', 'Do you know the name of the ferry, or which run it made?'],
    [50, 'p', 'hang on let me find the letter my mom has'],
    [55, 'l', 'Sure, take your time.'],
    [255, 'p', 'ok. it says the Gov. Harry W. Nice, 1947'],
    [263, 'l', "That was one of the State Roads Commission ferries on the Sandy Point–Matapeake run. The Commission's records are at the Maryland State Archives, and their guide to the collection is searchable at msa.maryland.gov. I can also go through our newspaper indexes for his name; shall I e-mail you what turns up?"],
    [300, 'p', 'yes please, rosa.kemp@example.com'],
    [306, 'l', "rosa.kemp@example.com — got it. I'll send whatever I find by Monday. Does the Archives guide help for now?"],
    [340, 'p', 'yes thank u, thats everything'],
    [345, 'l', 'My pleasure, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(350 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 17 FU_ME with no contact anywhere, no source, nothing recorded at day 4
  s(QUENTIN, '17 a Point Lookout car ferry in the 50s?: no source, "I\'ll get back to you", no contact anywhere, not recorded at day 4', [
    [0, 'p', 'was there ever a ferry from point lookout across the potomac to virginia'],
    [22, 'l', "Hi, thanks for contacting AskUsNow! Quentin here, I'm a librarian."],
    [28, 'l', 'Are you thinking of a car ferry, or the old passenger steamboats?'],
    [55, 'p', 'car ferry, my dad swears he took one in the 50s'],
    [62, 'l', "There were several Potomac car ferries before the bridges went up, but I can't pin down one at Point Lookout yet. Let me dig through our regional history books and I'll get back to you."],
    [90, 'p', 'ok cool'],
    [94, 'l', 'Anything else I can help with today?'],
    [110, 'p', 'no'],
    [114, 'l', 'Thanks, take care!'],
  ], usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 18 a true Lost Call
  s(RAE, '18 Annapolis water taxi fare (Lost Call): greeting only, "Hi, are you still there?" at 155, "It seems you\'ve disconnected … come back any time!" at 340', [
    [0, 'p', 'whats the fare for the water taxi in annapolis'],
    [23, 'l', "Hello and welcome! I'm Rae, a librarian at Cecil County Public Library."],
    [155, 'l', 'Hi, are you still there?'],
    [340, 'l', "It seems you've disconnected, so I'm going to end this chat. Feel free to come back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 19 Spanish: Lost Call after two patron lines, final idle 179 s
  s(SOFIA, '19 ¿cobra el ferry de Lewes a los niños? (Spanish): Lost Call after two patron lines, "¿Sigue conectada?", ended 179 s after the answer, no thanks', [
    [0, 'p', 'hola, el ferry de lewes a cape may cobra a los niños?'],
    [20, 'l', "¡Hola! Le saluda Sofía, bibliotecaria del sistema de bibliotecas del condado de Prince George's."],
    [26, 'l', '¿Qué edades tienen los niños?'],
    [55, 'p', '4 y 9 años'],
    [62, 'l', 'Los más pequeños suelen viajar gratis y los mayores pagan una tarifa reducida; la tabla de tarifas por edad está en cmlf.com, en la sección "Rates". ¿Le sirve?'],
    [190, 'l', '¿Sigue conectada?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 51 }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (ferry schedule script): coded Practice, every check na', [
    [0, 'p', 'training run - ferry times question'],
    [9, 'l', 'Training reply: see samplelibrary.org/ferries'],
    [18, 'p', 'end of training'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined
  s(QUEUE, '21 a backpack left on the water taxi: no provider ever joined, "anyone??", "never mind", patron left, code null', [
    [0, 'p', 'i left my backpack on the water taxi yesterday who do i call'],
    [3, 's', 'All of our librarians are helping other patrons. Please stay in the queue.'],
    [130, 'p', 'anyone??'],
    [210, 'p', 'never mind'],
    left(214),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 dismissed: a question limit
  s(ULRIC, '22 a scout troop on the Oxford ferry, then a list: "there\'s a limit of three questions per chat and you\'ve gone past it"', [
    [0, 'p', 'taking my scout troop on the oxford ferry, how many kids can ride, is there a bathroom, can we bring bikes'],
    [19, 'l', "Hi, it's Ulric with Howard County Library System's Ask a Librarian."],
    [25, 'l', 'How many scouts and adults are going?'],
    [55, 'p', '12 kids 4 adults'],
    [63, 'l', "It's a small ferry with room for a handful of cars and walk-on passengers, and bikes are welcome. There's no restroom on board, but Oxford has public restrooms near the landing. Passenger and group fares are listed at oxfordferry.com."],
    [69, 'l', 'Does that help?'],
    [95, 'p', 'yes and also what about life jackets and do they do tours and where to eat in oxford and'],
    [99, 'p', 'parking for the van?'],
    [107, 'l', "Sorry, that's more than I can take on — there's a limit of three questions per chat and you've gone past it."],
    [125, 'p', 'seriously?'],
    [130, 'l', 'Thanks for using Ask a Librarian.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 the allowed "other people waiting"; the patron has the last word
  s(VERA, '23 becoming a water taxi captain: dco.uscg.mil/nmc, "several other people waiting … please log back in later", the patron last', [
    [0, 'p', 'how do i become a water taxi captain in baltimore? license, training, pay, everything'],
    [21, 'l', 'Hello! Vera from Baltimore County Public Library here. Thanks for reaching out.'],
    [27, 'l', 'Do you have any boating experience already, or are you starting from scratch?'],
    [55, 'p', 'some, i had a small boat. also whats the pay and do i need a drug test and cpr'],
    [62, 'l', "Carrying paying passengers takes a Coast Guard captain's license, usually the OUPV ('six-pack') or a Master license for bigger boats. The Coast Guard's National Maritime Center explains the requirements, drug test and first aid/CPR card included, at dco.uscg.mil/nmc."],
    [68, 'l', 'Does that get you started on the license part?'],
    [100, 'p', 'yes. now pay, where to train, resume tips, and are they hiring'],
    [108, 'l', "Those are all good questions! I have several other people waiting in the queue right now, so please log back in later and we'll take the rest one at a time — we'll be happy to help."],
    [125, 'p', 'ok np'],
  ], usual({ anything: 'fail' })),

  // 24 a transfer with a notice and a note (to a Spanish-speaking librarian)
  s(WES, '24 ¿un carro en el ferry de Oxford?: "I\'ll transfer you to my colleague Lupe, who speaks Spanish", a note why, Lupe in Spanish, oxfordferry.com', [
    [0, 'p', 'buenas, se puede llevar un carro en el ferry de oxford? mi ingles no es bueno'],
    [20, 'l', "Hi, this is Wes with AskUsNow!, a librarian. I'm sorry, I don't speak much Spanish."],
    [26, 'l', "I'll transfer you to my colleague Lupe, who speaks Spanish. Un momento, por favor."],
    [29, 'i', 'Lupe: patron writing in Spanish, asks whether cars go on the Oxford-Bellevue ferry. Can you take it?'],
    xfer(32, 'Lupe', 'lupe-fy'),
    [88, 'l', '¡Hola! Soy Lupe, bibliotecaria de AskUsNow!. ¿Viaja en carro normal o en camioneta grande?', as(LUPE)],
    [115, 'p', 'carro normal'],
    [122, 'l', 'Sí, el ferry de Oxford–Bellevue lleva carros normales, unos pocos a la vez, y cobra por vehículo con el conductor incluido. Horarios y precios en oxfordferry.com.', as(LUPE)],
    [128, 'l', '¿Es lo que buscaba?', as(LUPE)],
    [160, 'p', 'si gracias, no necesito nada mas'],
    [166, 'l', '¡Gracias a usted! Buen viaje.', as(LUPE)],
  ], usual({ transfer: 'pass' })),

  // 25 a silent transfer: a note only
  s(XAVI, '25 a water taxi from Annapolis to St. Michaels: an internal note, the transfer with no word to the patron, Zora 90 s after the patron, tourtalbot.org', [
    [0, 'p', 'is there a water taxi between annapolis and st michaels'],
    [22, 'l', 'Hi there, Xavi from AskUsNow! here, a librarian.'],
    [28, 'l', 'Are you going for a day trip, or staying over?'],
    [50, 'p', 'day trip next saturday'],
    [55, 'i', 'Zora, Eastern Shore boat question, you know the Talbot side better. Can you take it?'],
    xfer(58, 'Zora', 'zora-fy'),
    [140, 'l', "Hello! Zora at Talbot County Free Library here. There's no regular water taxi on that route, but in summer a few cruise boats run day trips from Annapolis to St. Michaels; Talbot County's visitor site, tourtalbot.org, lists them under Getting Here.", as(ZORA)],
    [146, 'l', 'Did that answer your question?', as(ZORA)],
    [180, 'p', 'yes thanks, thats all i needed'],
    [185, 'l', 'Enjoy St. Michaels, bye!', as(ZORA)],
  ], usual({ transfer: 'fail' })),

  // 26 a transfer with neither notice nor note; the receiver 118 s after the patron
  s(YARA, '26 the last Sandy Point–Matapeake run: a transfer with no notice and no note, Abe 118 s after the patron, ProQuest Baltimore Sun', [
    [0, 'p', 'when did the last bay ferry stop running after the bridge opened'],
    [17, 'l', 'Hi! Yara at Baltimore County Public Library, Ask a Librarian.'],
    [23, 'l', 'Do you mean the Sandy Point–Matapeake car ferry in particular?'],
    [45, 'p', 'yes that one'],
    xfer(50, 'Abe', 'abe-fy'),
    [163, 'l', 'Hi, Abe here. The Sandy Point–Matapeake ferry made its last runs when the Bay Bridge opened at the end of July 1952. The Baltimore Sun covered it; search ProQuest Historical Newspapers: The Baltimore Sun through bcpl.info > Research.', as(ABE)],
    [169, 'l', 'Does that answer it?', as(ABE)],
    [200, 'p', 'yes, thats everything thanks'],
    [206, 'l', 'Thanks for the question, goodbye!', as(ABE)],
  ], usual({ transfer: 'fail' })),

  // 27 four at once; a referral by URL; a restatement
  s(BIANCA, '27 a Harbor Connector boat skipping a stop: "So the boat passed your landing", MTA through mta.maryland.gov/contact-us, four chats open at once (fail)', [
    [0, 'p', 'how do i report a problem with the harbor connector boat, it skipped our stop twice'],
    [15, 'l', "Hello, welcome to AskUsNow! I'm Bianca, a librarian."],
    [21, 'l', 'So the boat passed your landing without stopping — which landing was it, and about what time of day?'],
    [45, 'p', 'tide point, around 8am'],
    [52, 'l', 'The Harbor Connector is run by the MTA, so complaints go to MTA Customer Service. Contact them through the form at mta.maryland.gov/contact-us and give the date, time and landing; that helps them trace the boat.'],
    [58, 'l', 'Was that what you needed?'],
    [90, 'p', 'yep!'],
    [94, 'l', 'Anything else I can help you with?'],
    [110, 'p', 'no thank u'],
    [114, 'l', 'Hope they sort it out — bye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('b1', 'bianca-fy', -60, 200), other('b2', 'bianca-fy', 5, 150), other('b3', 'bianca-fy', 40, 300)],
  }),

  // 28 three at most, touching ends; a referral by e-mail as the only source
  s(CAL, '28 a birthday on a harbor boat (chat-speak): the charter desk by e-mail as the only source, touching ends (three at most)', [
    [0, 'p', 'can we have a birthday party on the water taxi?? like rent it for 2 hrs 🎉'],
    [16, 'l', 'hi! this is Cal, librarian at Calvert Library 😊'],
    [21, 'l', 'how many ppl and where in md?'],
    [44, 'p', 'like 20, baltimore harbor'],
    [50, 'l', 'some of the harbor boat companies do private charters for parties. for prices and open dates, email their charter desk at charters@harborboats.example.com'],
    [55, 'l', 'that help?'],
    [80, 'p', 'yes thx!! thats all i needed'],
    [84, 'l', 'have a great party, bye 🎉'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('c1', 'cal-fy', -200, 0), other('c2', 'cal-fy', -30, 120), other('c3', 'cal-fy', 20, 300), other('c4', 'cal-fy', 89, 400)],
  }),

  // 29 a check-in, then a disconnect notice that is a goodbye exactly 180 s after the answer
  s(DORA, '29 how long to Smith Island from Crisfield: visitsomerset.com, "Are you still there?" at 190, the notice and goodbye at 240 (final idle exactly 180 s)', [
    [0, 'p', 'how long is the boat ride from crisfield to smith island'],
    [20, 'l', 'Hello! Dora here, librarian at Dorchester County Public Library.'],
    [26, 'l', 'Which village are you headed to, Ewell or Tylerton?'],
    [50, 'p', 'ewell'],
    [60, 'l', 'About 45 minutes to an hour, depending on the boat and the weather. Smith Island Cruises and the mail boat both list their times on visitsomerset.com under Smith Island. Did that answer your question?'],
    [190, 'l', 'Are you still there?'],
    [240, 'l', "It looks like you've been disconnected, so I'll end this chat now. Thanks for visiting, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 0 }),

  // 30 code "", an offer of more, 206 s of final idle with no check-in or notice
  s(EMIL, '30 the last water taxi from Fort McHenry on Sunday: baltimorewatertaxi.com, "Want me to look up the Fells Point times too?", 206 s of silence, code ""', [
    [0, 'p', 'what time does the last water taxi leave fort mchenry on sundays'],
    [22, 'l', 'Good evening, Emil at Enoch Pratt Free Library here.'],
    [28, 'l', 'Is this for this coming Sunday, or sometime in the summer season?'],
    [60, 'p', 'this sunday'],
    [67, 'l', 'In the fall the Fort McHenry stop usually closes when the fort does, late afternoon, so plan on catching a boat before then. The day\'s schedule is on baltimorewatertaxi.com under Schedules.'],
    [73, 'l', 'Want me to look up the Fells Point times too?'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', code: 'fail' }), { resolutionCode: '', endAfter: 200 }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FERRIES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-second round: ferries, water taxis and bay crossings, checked', () => {
  describeSessions('whole sessions', FERRIES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FERRIES.filter((c) => c.name in LEFT_WHY));
});
