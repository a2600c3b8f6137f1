/**
 * Seventy-second round, theme ROCKS, MINERALS AND GEOLOGY, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: identifying finds (a geode from the San Pedro River, a magnetic "meteorite", pyrite
 * taken for gold in Spanish, a white driveway rock scratched on glass, a creek brachiopod in Cincinnati, an abuela's green
 * stone from Guerrero, a rhodochrosite from a show swap table), rockhounding rules (BLM land in Nevada, jasper in a
 * California state park), gem and mineral shows (Tucson), clubs (lapidary near Boise, faceting in the Twin Cities), maps
 * (the Thurmont quadrangle from the Maryland Geological Survey, Adirondack topo and geologic maps, Pennsylvania mine maps),
 * earthquakes, volcanoes and sinkholes (Charleston 1886, New Madrid, Alaska 1964, Bend's volcanoes, a Pasco County backyard
 * hole, a Kentucky road), books and kits to borrow (Ohio trilobites, a New England pocket guide, a Spanish-language kit
 * request in McAllen, a class set in El Paso), the oldest rock in Michigan, rock vs mineral, the Grand Canyon. Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/geology-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 40, exactly 60 (02: pass) and 61 s (03: fail); `pickedUpAt` at 50 s with the first line at 80 (28);
 *   no provider ever joined, a queue line (15); "Hello! This is Ana … 🙂", "Hi, thanks for waiting — Ben here", "Le atiende
 *   Marta, bibliotecaria de …", "Soy Lucía, de la Biblioteca …", "Hola, buenas! Camila from …", "Hey, Pia here!", "Hello and
 *   welcome to the chat! I'm Bruno …", "you've reached Ivy, a librarian with Ask Us Now"; "Hey there! What can I help with?"
 *   under the screen name "Desk 3", then a question (04: greets, identifies no one, fail);
 *  inquiry: crystal colour, crust, personal or for sale, county, hardness (Spanish), grade and format, danger, print or PDF
 *   and area, adult or juvenile, home branch (Spanish, in the greeting line), school or home, equipment, reading level,
 *   hazard or visiting, shape of the fossil, paper or phone, how the stone feels and where from, parcel address, pocket or
 *   home book, which park, class size and week, magnitude or photos, tag and banding; none before the source (08: fail);
 *  waits: a hold at 80 answered at 200 (06: exactly 120 s, pass); a hold at 66 answered at 187 (07: 121 s, fail); transfer
 *   notices as holds answered 64 s later (17, 19); a silent transfer answered 90 s after the patron (18: pass); "Claro, take
 *   your time." and the patron back 185 s later (23: waiting on the patron, pass);
 *  endings: a Lost Call with a greeting only, "Hello? Are you still there?" at 150 and a notice that invites back at 230
 *   (13: final idle 205 s, both pass); a check-in at 208 and the end at 253 with no notice or goodbye (24: final idle 175 s,
 *   check-in pass, notice na, courteous fail); a check-in, then "It looks like you've disconnected … Thanks … come back
 *   anytime!" exactly 180 s after the answer (25: both pass); a goodbye 119 s after the answer (26: idle na); a disconnect
 *   notice with thanks 214 s after the answer and no check-in (29: idle fail, notice pass); the patron's "ok" last (14:
 *   courteous fails); "Sorry, we only take one question per chat session. Bye." (22: dismissal, courteous still passes on
 *   "Bye."); "several other patrons waiting … please chat with us again later … ¡Gracias!" (23: allowed); patron-side "thats
 *   all i needed", "thats everything", "es todo", "eso es todo", "thats all", "no thats all", "that is all", and "yes
 *   thanks", "ok", "yes! thx", "yes thank you", "ok bye" that do not count;
 *  sources: mindat.org and a field guide in the catalog, meteorite.unm.edu, blm.gov, beg.utexas.edu, usgs.gov pages,
 *   dnr.sc.gov, floridadep.gov, tgms.org, mgs.md.gov, a Geological Survey bulletin in the catalog, a Spanish catalog search,
 *   Britannica School through the library, gia.edu, kgs.uky.edu, minemaps.psu.edu, govt.westlaw.com, dmns.org; none (09:
 *   answered from memory, fail);
 *  referrals: the Institute of Meteoritics by its URL (02: LEFT); the museum's identification days by URL (04: LEFT); the
 *   Bureau of Economic Geology by phone, in Spanish (05); Emergency Management by phone plus "notify your homeowner's
 *   insurer" (07: LEFT); the mineral club's open shop nights by URL (17); the Transportation Cabinet by phone (24); the Mine
 *   Subsidence Insurance program by phone (25); "ask the park rangers at the visitor center" (27: no contact, fail); the
 *   survey, the science selector, a branch and science staff consulted on the patron's behalf (10, 11, 12, 30) as no referral;
 *  follow-ups: FU_ME, e-mail read back, "by Wednesday", done exactly 72 h after `endedAt` (10: pass); FU_ME, e-mail read back,
 *   "soon" (11: contact fails, on_time pending); FU_LIB in Spanish, phone read back, "dentro de 72 horas", never recorded by
 *   day 4 (12: on_time fails); a promise "get back to you tomorrow by e-mail" with the address read back, coded Answered (30:
 *   code fails, contact passes, on_time pending);
 *  codes: a true Lost Call (13); Lost Call after three patron lines (14); null with no provider (15); "" (29); Practice (16);
 *  transfers: notice + internal note why (17: pass); internal note only, silent (18: fail); notice with no note (19: fail);
 *  concurrency: three others, four open between 50 and 150 s (20: fail); one ending at `startedAt`, two overlapping, one
 *   starting at `endedAt` (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - followup.on_time "within `followUpHours` elapsed hours" includes the boundary: done exactly 72 h after the end passes (10);
 * - "I'll send the list soon" names no time (11: contact fails); "dentro de 72 horas" and "tomorrow" do (12, 30);
 * - a question inside the greeting line ("¿En qué sucursal recoge sus libros normalmente?", "Is anyone in danger — is it near
 *   the house?") is a question about the need or situation, not the greeting's "how can I help?" (07, 12);
 * - "Claro, take your time." tells the patron to take their time, not a hold (23);
 * - "Take care!", "Welcome to Oregon, bye!", "Happy cutting — thanks for chatting!" say goodbye or thank; "Bye." inside a
 *   dismissal still says goodbye (22);
 * - a referral is telling the patron to contact or visit: "You could bring the box to one of the NC Museum of Natural
 *   Sciences' identification days" (04) and "Stop by one of the Minnesota Mineral Club's open shop nights" (17) tell the
 *   patron to visit; "you can report a road sinkhole to the Kentucky Transportation Cabinet at 1-800-…" (24) and "notify your
 *   homeowner's insurer" (07) to contact; "contact the Institute of Meteoritics …; how to send them photos or a sample is
 *   explained at meteorite.unm.edu" (02) reaches the Institute by its own site; "I can ask our science staff" (30) and "Le
 *   pido a la sucursal de McAllen que … le llamen" (12) are staff consulted on the patron's behalf;
 * - "eso es todo", "es todo" and "that is all" say explicitly the patron is done;
 * - the Lost Call greeting "What can I help you find today?" is not substantive, so 13 has no substantive exchange and its
 *   final idle runs from that greeting to the notice that invites back.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (all three referral.contact). Label corrections: 0 (each disagreement reread
 * against RUBRIC's Terms, Referral and referral.contact; each label stands).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "contact the Institute of Meteoritics …; how to send them photos or a sample is explained at
 *    meteorite.unm.edu" read as a referral without a way to reach it (fail; RUBRIC pass: the party's own URL is given);
 *  - referral.contact, case 04: "You could bring the box to one of the NC Museum of Natural Sciences' identification days …
 *    naturalsciences.org" read as no referral (na; RUBRIC pass: told to visit an organisation, URL given);
 *  - referral.contact, case 07: "call Pasco County Emergency Management at 727-847-8137, and notify your homeowner's insurer"
 *    read as every party reachable (pass; RUBRIC fail: the insurer comes with no way to reach it).
 * Every timing check (pickup at 40, 60, 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across three
 * transfers and "take your time"; final idles of 119, 175, 180, 205 and 214 s; concurrency at four and at touching ends;
 * on_time done at exactly 72 h, not recorded by day 4, pending at day 1 twice) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron phone
 * read back in Spanish, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft); `npx tsc -p tsconfig.json
 * --noEmit` clean.
 * RUBRIC v65 (block AE, made after this file from its LEFT cases among others): cases 02 (AE8: "… or a sample is explained at
 *   meteorite.unm.edu" names no other party, so the URL reaches the institute), 04 (AE4: "bring the box to one of the NC Museum of
 *   Natural Sciences' identification days" visits the museum) and 07 (AE2: "notify your homeowner's insurer" refers to an insurer
 *   with no way to reach it) now score as labelled and run with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The service's queue line (system). */
const waiting = (sec: number, ahead = 0): Line => [sec, 's', `All librarians are helping other people. Patrons ahead of you: ${ahead}.`];

const ANA: Prov = { id: 'ana-g', name: 'Ana', library: 'PCPL-AZ' };
const BEN: Prov = { id: 'ben-g', name: 'Ben', library: 'ABCPL' };
const CLEO: Prov = { id: 'cleo-g', name: 'Cleo', library: 'NSLA' };
const DESK: Prov = { id: 'desk3-g', name: 'Desk 3', library: 'WCPL-NC' };
const MARTA: Prov = { id: 'marta-g', name: 'Marta', library: 'SAPL' };
const EVA: Prov = { id: 'eva-g', name: 'Eva', library: 'CCPL-SC' };
const FRED: Prov = { id: 'fred-g', name: 'Fred', library: 'PCL-FL' };
const GWEN: Prov = { id: 'gwen-g', name: 'Gwen', library: 'PCPL-AZ' };
const HUGO: Prov = { id: 'hugo-g', name: 'Hugo', library: 'DML' };
const IVY: Prov = { id: 'ivy-g', name: 'Ivy', library: 'FCPL-MD' };
const JAY: Prov = { id: 'jay-g', name: 'Jay', library: 'CML' };
const LUCIA: Prov = { id: 'lucia-g', name: 'Lucía', library: 'HCLS-TX' };
const MO: Prov = { id: 'mo-g', name: 'Mo', library: 'FCCPL' };
const NELL: Prov = { id: 'nell-g', name: 'Nell', library: 'SLCL' };
const NOONE: Prov = { id: 'queue-g', name: 'Queue', library: 'ADA' };
const TRAINEE: Prov = { id: 'trainee-g', name: 'Trainee 9', library: 'TRN' };
const OTTO: Prov = { id: 'otto-g', name: 'Otto', library: 'HCL-MN' };
const PIA: Prov = { id: 'pia-g', name: 'Pia', library: 'HCL-MN' };
const QUIN: Prov = { id: 'quin-g', name: 'Quin', library: 'AADL' };
const ROY: Prov = { id: 'roy-g', name: 'Roy', library: 'AADL' };
const SAM: Prov = { id: 'sam-g', name: 'Sam', library: 'DPL-OR' };
const TESS: Prov = { id: 'tess-g', name: 'Tess', library: 'DPL-OR' };
const UMA: Prov = { id: 'uma-g', name: 'Uma', library: 'CHPL' };
const VERA: Prov = { id: 'vera-g', name: 'Vera', library: 'NYSL' };
const WALT: Prov = { id: 'walt-g', name: 'Walt', library: 'TCCL' };
const XIMENA: Prov = { id: 'ximena-g', name: 'Ximena', library: 'LAPL' };
const YARA: Prov = { id: 'yara-g', name: 'Yara', library: 'LPL-KY' };
const ZED: Prov = { id: 'zed-g', name: 'Zed', library: 'SPL-PA' };
const ABBY: Prov = { id: 'abby-g', name: 'Abby', library: 'PPL-ME' };
const BRUNO: Prov = { id: 'bruno-g', name: 'Bruno', library: 'SLOCL' };
const CAMILA: Prov = { id: 'camila-g', name: 'Camila', library: 'EPPL' };
const DORA: Prov = { id: 'dora-g', name: 'Dora', library: 'ASL' };
const ELI: Prov = { id: 'eli-g', name: 'Eli', library: 'DPL-CO' };

const s = session;

export const GEOLOGY: SessionCase[] = [
  // 01 the plain good session
  s(ANA, '01 a geode from the San Pedro River: pickup 40 s, "Hello! This is Ana", crystal colour asked, mindat.org + a field guide in the catalog', [
    [0, 'p', 'found a round rock w crystals inside near the river, is it a geode?? how do i tell'],
    [40, 'l', 'Hello! This is Ana, a librarian at Pima County Public Library. 🙂'],
    [46, 'l', 'What color are the crystals, and which river was it — here in Arizona?'],
    [90, 'p', 'purple-ish, yes near the san pedro river'],
    [98, 'l', 'Purple crystals in a hollow nodule are most likely amethyst in a geode. Mindat (mindat.org, search "geode") has photos to compare, and our catalog has "Rocks and Minerals of the Southwest" by Chesterman if you want a field guide.'],
    [104, 'l', 'Is that the kind of info you were after?'],
    [150, 'p', 'yes perfect!! thats all i needed'],
    [156, 'l', 'Happy rockhounding, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup exactly 60 s; a referral reached by a URL
  s(BEN, '02 a magnetic "meteorite" in a field: pickup at exactly 60 s, crust asked, "contact the Institute of Meteoritics … meteorite.unm.edu"', [
    [0, 'p', 'I think I found a meteorite in my field, its really heavy and a magnet sticks to it. who can check it'],
    [60, 'l', 'Hi, thanks for waiting — Ben here, reference librarian at Albuquerque Public Library.'],
    [66, 'l', 'Does it have a dark, thin crust on the outside, or is it rusty all the way through?'],
    [120, 'p', 'dark crust, kind of smooth with thumbprint dents'],
    [128, 'l', "That does sound promising, though most finds turn out to be magnetite or slag. Your best move is to contact the Institute of Meteoritics at the University of New Mexico; how to send them photos or a sample is explained at meteorite.unm.edu."],
    [134, 'l', 'Does that give you what you need?'],
    [190, 'p', 'yes great ty'],
    [194, 'l', 'Anything else I can help you with?'],
    [215, 'p', 'no'],
    [219, 'l', 'Good luck, and thanks for using the chat!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s
  s(CLEO, '03 rockhounding limits on BLM land in Nevada: pickup at 61 s, personal or commercial asked, blm.gov, "Take care!"', [
    [0, 'p', 'can i collect rocks on BLM land in nevada, like how much can i take'],
    [61, 'l', 'Good morning, Cleo at the Nevada State Library here, sorry about the wait.'],
    [67, 'l', 'Are you collecting for your own collection, or to sell?'],
    [100, 'p', 'just personal'],
    [107, 'l', "For personal use BLM allows 'reasonable amounts' of common rocks and minerals without a permit (petrified wood is capped at 25 lbs a day plus one piece, 250 lbs a year). The rules are on blm.gov under Programs > Recreation > Rockhounding."],
    [113, 'l', 'Did that answer your question?'],
    [160, 'p', 'yep thx thats everything'],
    [165, 'l', 'Take care!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets but names no one, under a screen name
  s(DESK, '04 grandpa\'s box of rocks in Wake County: "Hey there! What can I help with?" under the screen name "Desk 3", museum ID day by URL', [
    [0, 'p', 'where is the nearest place to get rocks identified? i have a box of my grandpas stuff'],
    [14, 'l', 'Hey there! What can I help with?'],
    [20, 'l', 'Which county are you in?'],
    [50, 'p', 'wake county nc'],
    [57, 'l', "You could bring the box to one of the NC Museum of Natural Sciences' identification days in Raleigh; the dates are on their events calendar at naturalsciences.org."],
    [63, 'l', 'Does that help?'],
    [100, 'p', 'yes thanks'],
    [104, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 05 Spanish: pyrite, a referral by phone and URL
  s(MARTA, '05 ¿es oro? (Spanish): "Le atiende Marta", dureza preguntada, pirita, Bureau of Economic Geology por teléfono, "es todo"', [
    [0, 'p', 'hola encontre una piedra brillante dorada en el jardin, es oro??'],
    [30, 'l', '¡Buenas tardes! Le atiende Marta, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [37, 'l', '¿La piedra es dura, o se raya fácilmente con una navaja?'],
    [90, 'p', 'es dura, no se raya, y brilla mucho en cubitos'],
    [97, 'l', 'Si forma cubitos y es dura, lo más probable es pirita ("oro de los tontos"). El Bureau of Economic Geology de la Universidad de Texas identifica muestras: puede llamarlos al 512-471-1534 o ver beg.utexas.edu.'],
    [104, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si mil gracias, es todo'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 06 a hold answered exactly 120 s later
  s(EVA, '06 the 1886 Charleston earthquake for a 5th-grade project: "one moment" at 80, answer at 200 (exactly 120 s)', [
    [0, 'p', 'has there ever been a big earthquake in south carolina? my kid has a project'],
    [25, 'l', 'Hi! Eva with the Charleston County Public Library Ask a Librarian service.'],
    [31, 'l', 'What grade is your kid in, and does the project need print sources or are websites ok?'],
    [75, 'p', '5th grade, websites ok'],
    [80, 'l', 'Let me pull a couple of kid-friendly pages, one moment.'],
    [200, 'l', "Yes — the 1886 Charleston earthquake, about magnitude 7. USGS has a page on it at usgs.gov (search 'Charleston 1886'), and the SC Geological Survey's earthquake pages are at dnr.sc.gov/geology."],
    [206, 'l', 'Will those work for the project?'],
    [250, 'p', 'yes!! thank u so much thats all'],
    [255, 'l', 'Good luck on the project, bye!'],
  ], usual()),

  // 07 a hold answered 121 s later; one party referred with no contact
  s(FRED, '07 a hole in a Pasco County backyard: hold at 66, answer at 187 (121 s), Emergency Management by phone, "notify your homeowner\'s insurer"', [
    [0, 'p', 'there is a hole opening up in my backyard in pasco county, could it be a sinkhole? who do i call'],
    [20, 'l', 'Hello, Fred at Pasco County Libraries. Is anyone in danger — is it near the house?'],
    [60, 'p', 'no its by the fence, like 2 ft wide'],
    [66, 'l', 'Ok, let me find the right contacts for you.'],
    [187, 'l', "The Florida Geological Survey explains sinkholes and has a reporting form at floridadep.gov/fgs/sinkholes. For an active hole on your property, call Pasco County Emergency Management at 727-847-8137, and notify your homeowner's insurer."],
    [193, 'l', 'Is that what you needed?'],
    [240, 'p', 'ok thank you'],
    [246, 'l', 'Anything else?'],
    [270, 'p', 'no'],
    [274, 'l', 'Stay safe, and thanks for contacting us.'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 08 the source comes before any question
  s(GWEN, '08 Tucson gem show dates: tgms.org given straight after the greeting, no question, "cool thats all i needed"', [
    [0, 'p', 'when is the tucson gem show this year'],
    [15, 'l', "Hi, I'm Gwen from the Ask a Librarian team at Pima County Public Library."],
    [22, 'l', 'The big one is the Tucson Gem and Mineral Show at the convention center in mid-February; dates and tickets are at tgms.org. Dozens of smaller shows run around town in the two weeks before it.'],
    [28, 'l', 'Did that answer it?'],
    [60, 'p', 'yes ty! are they free?'],
    [66, 'l', 'Most of the satellite shows are; the main TGMS show charges admission, listed on the same site.'],
    [80, 'p', 'cool thats all i needed'],
    [84, 'l', 'Enjoy the show — bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 answered from memory, no source
  s(HUGO, '09 quartz vs glass scratch test (chat-speak): question asked, answered from memory with no source, "Does that help?"', [
    [0, 'p', 'is quartz harder than glass? doing a scratch test lol'],
    [20, 'l', 'Hey! Hugo here, a librarian at Dayton Metro Library.'],
    [25, 'l', 'Are you testing an unknown rock against a piece of glass?'],
    [50, 'p', 'ya a white rock from my driveway'],
    [56, 'l', 'Quartz is a 7 for hardness and window glass is about 5.5, so quartz will scratch glass. If your white rock scratches it, quartz is a good guess; if not, it may be calcite.'],
    [62, 'l', 'Does that help?'],
    [90, 'p', 'yes it scratched it!! thx'],
    [95, 'l', 'Awesome. Anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Have fun with the rocks, bye!'],
  ], usual({ source: 'fail' })),

  // 10 follow-up by me, e-mail read back, "by Wednesday", done exactly 72 h after the end
  s(IVY, '10 Thurmont quadrangle geologic map (follow-up by me): MGS asked for a scan, e-mail read back, "by Wednesday", done at exactly 72 h', [
    [0, 'p', 'I need a geologic map of Frederick County MD for a property, the detailed kind'],
    [35, 'l', "Good afternoon, you've reached Ivy, a librarian with Ask Us Now at Frederick County Public Libraries."],
    [41, 'l', 'Do you need a printed map, or is a PDF you can zoom into okay? And roughly what part of the county?'],
    [100, 'p', 'pdf fine, near Thurmont'],
    [106, 'l', "The Maryland Geological Survey's map catalog lists the county geologic maps: mgs.md.gov > Publications > Maps. The Thurmont quadrangle sheet at that scale isn't posted online, so I'd like to ask MGS for a scan and e-mail it to you. What's a good address?"],
    [170, 'p', 'sure its dpeltier@example.net'],
    [176, 'l', "Thanks — dpeltier@example.net. I'll send it by Wednesday."],
    [182, 'l', 'Does the MGS catalog help for now?'],
    [230, 'p', 'yes thank you'],
    [236, 'l', 'Anything else I can look up?'],
    [260, 'p', 'no thats all'],
    [265, 'l', 'Thanks for using Ask Us Now!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(270 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 follow-up by me, e-mail read back, "soon"
  s(JAY, '11 Ohio trilobite books (follow-up by me): Bulletin 70 in the catalog, e-mail read back, "I\'ll send the list soon" (no when)', [
    [0, 'p', 'Does the library have any books on Ohio fossils I could check out? trilobites especially'],
    [28, 'l', 'Hi there! Jay at Columbus Metropolitan Library.'],
    [34, 'l', 'Is this for you or for a kid — adult or juvenile books?'],
    [70, 'p', 'me, adult is fine, pretty nerdy lol'],
    [77, 'l', '"Fossils of Ohio" (Ohio Geological Survey Bulletin 70) is in our catalog and can be put on hold at columbuslibrary.org. I\'ll also check with our science selector about newer trilobite titles and e-mail you a list. What e-mail should I use?'],
    [130, 'p', 'trilo.fan@example.org'],
    [136, 'l', "Perfect, trilo.fan@example.org it is. I'll send the list soon."],
    [142, 'l', 'Does the Bulletin sound like what you want?'],
    [180, 'p', 'yes! thx'],
    [186, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 12 Spanish, follow-up by the patron's library, phone read back, "dentro de 72 horas", never recorded
  s(LUCIA, '12 kit de rocas y minerales (Spanish, follow-up by patron\'s library): teléfono repetido, "dentro de 72 horas", not recorded by day 4', [
    [0, 'p', 'hola, mi hijo quiere pedir prestado un kit de ciencias de rocas y minerales, tienen?'],
    [22, 'l', '¡Hola! Soy Lucía, de la Biblioteca del Condado de Hidalgo. ¿En qué sucursal recoge sus libros normalmente?'],
    [70, 'p', 'en la de mcallen'],
    [76, 'l', 'En el catálogo (hidalgocountylibrary.org, busque "kit rocas") aparece el "Rock & Mineral Discovery Kit", pero figura como en reparación. Le pido a la sucursal de McAllen que confirme cuándo estará disponible y que le llamen. ¿A qué número?'],
    [130, 'p', '956-555-0192'],
    [136, 'l', 'Anotado: 956-555-0192. La sucursal le llamará dentro de 72 horas.'],
    [142, 'l', '¿Le sirve mientras tanto la información del catálogo?'],
    [190, 'p', 'si gracias, eso es todo'],
    [196, 'l', '¡Gracias a usted por escribirnos! Hasta luego.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 a true Lost Call
  s(MO, '13 Grand Canyon rock layers (Lost Call): greeting only, "Hello? Are you still there?" at 150, notice + invitation back at 230', [
    [0, 'p', 'what kind of rock is the grand canyon made of'],
    [25, 'l', 'Hi, this is Mo at Flagstaff City-Coconino County Public Library. What can I help you find today?'],
    [150, 'l', 'Hello? Are you still there?'],
    [230, 'l', "It seems you've disconnected, so I'll be ending this chat. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after three patron lines; the patron has the last word
  s(NELL, '14 New Madrid fault (coded Lost Call, three patron lines): completeness asked with the sources, patron "ok" last, no goodbye', [
    [0, 'p', 'hi'],
    [5, 'p', 'do you have info on the new madrid fault and like is it going to have a big quake soon'],
    [30, 'l', "Hello, Nell from St. Louis County Library's chat here."],
    [36, 'l', 'Is this for school, or are you worried about your home?'],
    [80, 'p', 'my home, we live in cape girardeau'],
    [87, 'l', "USGS's New Madrid Seismic Zone page (usgs.gov, search 'New Madrid') explains the odds, and Missouri SEMA has a quake-prep checklist at sema.dps.mo.gov. Does this completely answer your question?"],
    [140, 'p', 'ok'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 no provider ever joined
  s(NOONE, '15 lapidary clubs near Boise: queue line, "anyone there??" at 200, patron left at 320, code null', [
    [0, 'p', 'are there any lapidary clubs near boise that teach cabochon cutting'],
    waiting(2, 3),
    [200, 'p', 'anyone there??'],
    left(320),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 16 Practice
  s(TRAINEE, '16 practice chat on a training queue (mineral ID script): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3 - mineral id question'],
    [9, 'l', 'trying out the new quick replies'],
    [16, 'l', 'Mineral ID help: mindat.org. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 an announced transfer with a note that says why
  s(OTTO, '17 a Twin Cities faceting club: transfer announced ("hang on a sec") + internal note why, Pia answers 64 s later, open shop by URL', [
    [0, 'p', 'looking for a lapidary club in the twin cities that teaches faceting, preferably with open shop hours'],
    [20, 'l', "Hi! Otto here, librarian at Hennepin County Library. Do you have any equipment yet, or would you need to use the club's?"],
    [70, 'p', 'nothing yet, total beginner'],
    [76, 'l', "My colleague Pia knows the local clubs well — I'm transferring you to her now, hang on a sec."],
    [79, 'i', 'Pia, beginner wants a Twin Cities faceting/lapidary club w/ open shop — can you take it?'],
    xfer(82, 'Pia', 'pia-g'),
    [140, 'l', "Hey, Pia here! Stop by one of the Minnesota Mineral Club's open shop nights — the address, schedule and beginner classes are at minnesotamineralclub.org. Is that the sort of thing you're looking for?", as(PIA)],
    [200, 'p', 'yes exactly, thats all i needed thanks'],
    [205, 'l', 'Happy cutting — thanks for chatting!', as(PIA)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 18 a silent transfer
  s(QUIN, '18 oldest rock in Michigan for a 7th-grade report: internal note, silent transfer, Roy 90 s after the patron', [
    [0, 'p', 'my daughter wants to know what the oldest rock in michigan is, for a report'],
    [18, 'l', 'Good evening, Quin with the Ask a Librarian service at Ann Arbor District Library.'],
    [24, 'l', 'What grade is she in? I want to find something at her reading level.'],
    [60, 'p', '7th'],
    [64, 'i', 'Roy, geology school report, 7th grade, you had the MI rocks guide — yours?'],
    xfer(68, 'Roy', 'roy-g'),
    [150, 'l', "Hi, Roy here. Some of the oldest rocks in Michigan are gneisses in the Upper Peninsula, around 3.5 billion years old. The Michigan Geological Survey's student pages at wmich.edu/geologysurvey explain them at her level. Does that work for her report?", as(ROY)],
    [210, 'p', 'yes thank you!! thats all'],
    [215, 'l', 'Great, good luck to her and thanks for chatting!', as(ROY)],
  ], usual({ transfer: 'fail' })),

  // 19 an announced transfer with no note
  s(SAM, '19 volcano hazard near Bend: "I\'ll pass you to Tess … One moment." with no internal note, Tess answers with the CVO', [
    [0, 'p', 'r there any volcanoes in oregon that could erupt soon? moving to bend'],
    [15, 'l', 'Hi, Sam at Deschutes Public Library — welcome!'],
    [21, 'l', "Are you mostly curious about the hazard where you'd live, or about visiting the volcanoes?"],
    [60, 'p', 'the hazard, for the house'],
    [66, 'l', "I'll pass you to Tess, our science librarian, she'll take it from here. One moment."],
    xfer(70, 'Tess', 'tess-g'),
    [130, 'l', "Hi, I'm Tess. The USGS Cascades Volcano Observatory watches Newberry and the Three Sisters near Bend; its hazard maps are at usgs.gov/observatories/cvo. Does that cover it?", as(TESS)],
    [190, 'p', 'yeah thx'],
    [195, 'l', 'Anything else you want to know about Bend?', as(TESS)],
    [220, 'p', 'no im good'],
    [225, 'l', 'Welcome to Oregon, bye!', as(TESS)],
  ], usual({ transfer: 'fail' })),

  // 20 four at once
  s(UMA, '20 a creek fossil in Cincinnati: three other chats of Uma\'s open between 50 and 150 s (four at once)', [
    [0, 'p', 'how can i tell if a rock is a fossil or just a weird shaped rock'],
    [20, 'l', "Hello! I'm Uma, a librarian at Cincinnati & Hamilton County Public Library."],
    [26, 'l', 'What does it look like — shell shapes, ridges, a pattern of little holes?'],
    [80, 'p', 'shell shapes on one side, found it in a creek'],
    [86, 'l', "Around Cincinnati that's very likely a brachiopod; the local Ordovician limestone is full of them. The Dry Dredgers' fossil ID guide at drydredgers.org has pictures to compare."],
    [92, 'l', 'Is that helpful?'],
    [140, 'p', 'yes!! so cool. thats all'],
    [145, 'l', 'Thanks for chatting, enjoy the fossils!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('u1', 'uma-g', -200, 400), other('u2', 'uma-g', 5, 300), other('u3', 'uma-g', 50, 160)],
  }),

  // 21 three at most, touching ends
  s(VERA, '21 Adirondack topo and geologic maps: one chat ending at the start, two overlapping, one starting at `endedAt` (three at most)', [
    [0, 'p', 'need a topo map + geology map for hiking in the adirondacks, where do i get those'],
    [22, 'l', 'Hi! Vera at the New York State Library here.'],
    [28, 'l', 'Paper maps, or something for your phone?'],
    [70, 'p', 'paper pls'],
    [76, 'l', "USGS topo quads are printed on demand by the USGS Store (store.usgs.gov), and the NY State Museum's geologic maps of the Adirondacks are listed at nysm.nysed.gov under Research & Collections > Geology."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yes thats everything, thanks!'],
    [134, 'l', 'Have a great hike — bye!'],
  ], usual(), {}, {
    otherIntervals: [other('v1', 'vera-g', -300, 0), other('v2', 'vera-g', -100, 200), other('v3', 'vera-g', 30, 500), other('v4', 'vera-g', 139, 800)],
  }),

  // 22 "we only take one question per chat session"
  s(WALT, '22 rock vs mineral for science class: Britannica School, then "Sorry, we only take one question per chat session. Bye." (dismissal)', [
    [0, 'p', 'what is the difference between a rock and a mineral'],
    [20, 'l', 'Hi, Walt from Ask a Librarian at Tulsa City-County Library.'],
    [26, 'l', 'Is this for a school assignment?'],
    [50, 'p', 'ya science class'],
    [55, 'l', 'A mineral is a single naturally formed substance with a set chemical makeup and crystal structure; a rock is made of one or more minerals. Britannica School, free with your library card at tulsalibrary.org/research, has a good article on both.'],
    [61, 'l', 'Did that help?'],
    [90, 'p', 'yes! also how are crystals formed and whats the rarest gem'],
    [96, 'l', 'Sorry, we only take one question per chat session. Bye.'],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 partly Spanish: "take your time", then other patrons waiting and an invitation back
  s(XIMENA, '23 abuela\'s green stone, jade? (partly Spanish): "Claro, take your time." 185 s away, GIA, "several other patrons waiting … chat with us again later"', [
    [0, 'p', 'hi! my abuela found this green stone in Mexico, we want to know if its jade. como se puede saber?'],
    [25, 'l', '¡Hola! Hi, this is Ximena, bilingual librarian at Los Angeles Public Library.'],
    [31, 'l', 'Can you tell me how it feels — is it cold and heavy in the hand? And do you know what part of Mexico it came from?'],
    [70, 'p', 'let me ask her, un momento'],
    [75, 'l', 'Claro, take your time.'],
    [260, 'p', 'she says Guerrero, and yes heavy and cold'],
    [268, 'l', "Then it could be jadeite, but serpentine and dyed calcite look a lot like it. GIA's Gem Encyclopedia (gia.edu > Gem Encyclopedia > Jade) explains the tests a gemologist would do."],
    [274, 'l', '¿Le ayuda esto?'],
    [320, 'p', 'yes gracias. and also where can she sell it and how much is it worth and also about her other stones'],
    [328, 'l', "I have several other patrons waiting right now, so I'll need to wrap up here — please chat with us again later and we can look at selling and the other stones. ¡Gracias!"],
    [340, 'p', 'ok bye'],
  ], usual({ anything: 'fail' })),

  // 24 final idle 175 s: check-in, no notice, no goodbye
  s(YARA, '24 a new sinkhole on a Kentucky road: answer at 78, "Are you still there?" at 208, session ends at 253 (final idle 175 s)', [
    [0, 'p', 'what causes sinkholes in kentucky? one opened on our road'],
    [18, 'l', 'Hello, Yara here at Lexington Public Library.'],
    [24, 'l', 'Is the one on your road new, and has anyone reported it yet?'],
    [70, 'p', 'yes new, dunno if reported'],
    [78, 'l', "Kentucky's karst limestone dissolves and the ground above it collapses. The Kentucky Geological Survey explains it and maps sinkholes at kgs.uky.edu (Karst & Sinkholes), and you can report a road sinkhole to the Kentucky Transportation Cabinet at 1-800-459-6278. Did that help?"],
    [208, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', referral: 'pass' }), { endAfter: 45 }),

  // 25 final idle exactly 180 s, ending at a notice that says goodbye
  s(ZED, '25 old mines under a Scranton house: check-in at 180, "disconnected … close the session … come back anytime!" at 266 (final idle 180 s)', [
    [0, 'p', 'how do i find out if there are old mines under my property in PA? buying a house in scranton'],
    [20, 'l', "Hi, I'm Zed, librarian with Ask Here PA at the Scranton Public Library."],
    [26, 'l', "Do you have the property's address or parcel number handy?"],
    [80, 'p', 'yes i have the address'],
    [86, 'l', "The Pennsylvania Mine Map Atlas is searchable by address at minemaps.psu.edu. For a formal check, call the Mine Subsidence Insurance program at 1-800-922-1678 and ask for a free inspection."],
    [92, 'l', 'Does that answer what you needed?'],
    [180, 'l', 'Are you still with me?'],
    [266, 'l', "It looks like you've disconnected, so I'll close the session now. Thanks for using Ask Here PA — come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 26 a goodbye 119 s after the answer, no check-in
  s(ABBY, '26 a pocket rock guide for New England: answer at 86, goodbye at 205 (final idle 119 s), no check-in', [
    [0, 'p', 'whats the best book for identifying rocks in new england? for a beginner'],
    [30, 'l', 'Hi! This is Abby at Portland Public Library, Maine.'],
    [36, 'l', 'Would you want a pocket field guide to carry, or a bigger book for home?'],
    [80, 'p', 'pocket one'],
    [86, 'l', '"Rocks and Minerals of New England and Adjacent New York" by Robinson is compact, and we have copies in the catalog at portlandlibrary.com. The National Audubon Society Field Guide to Rocks and Minerals is a good all-round pocket guide too.'],
    [92, 'l', 'Would either of those work?'],
    [205, 'l', 'Thanks for chatting, and happy rock hunting!'],
  ], usual({ anything: 'fail' })),

  // 27 a referral with no contact
  s(BRUNO, '27 jasper at Montaña de Oro: Title 14 § 4307 on govt.westlaw.com, "ask the park rangers at the visitor center" (no contact)', [
    [0, 'p', 'is it legal to take rocks from a state park in california? we saw cool jasper at the beach'],
    [22, 'l', "Hello and welcome to the chat! I'm Bruno, a reference librarian at San Luis Obispo County Library."],
    [28, 'l', 'Which park was it — a state beach or a national one?'],
    [70, 'p', 'montana de oro state park'],
    [76, 'l', 'Collecting rocks is prohibited in California State Parks under Title 14, section 4307 of the state regulations; the text is at govt.westlaw.com/calregs. If you want to double-check for that beach, ask the park rangers at the visitor center.'],
    [82, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yes thank you'],
    [125, 'l', 'Thanks for chatting — bye!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 28 partly Spanish; pickedUpAt 50 s, the first line at 80
  s(CAMILA, '28 a class set of rock kits (partly Spanish): `pickedUpAt` 50 s, first line at 80, STEM kit in the catalog, "eso es todo"', [
    [0, 'p', 'hi do u have rock kits para prestar? for my students, 4th grade'],
    [80, 'l', 'Hola, buenas! Camila from El Paso Public Library here.'],
    [86, 'l', 'How many students, and do you need it for a particular week?'],
    [130, 'p', '24 kids, week of march 16'],
    [137, 'l', 'Our "Rocks & Minerals STEM Kit" (a class set for 25) can be reserved in the catalog at elpasolibrary.org — search "STEM kit rocks" and place a hold for the branch you want.'],
    [143, 'l', '¿Es lo que buscaba?'],
    [190, 'p', 'si perfecto, eso es todo gracias'],
    [195, 'l', '¡De nada! Gracias por usar el chat.'],
  ], usual(), { pickedUpAt: at(50) }),

  // 29 code ""; a notice that says goodbye, no check-in, final idle 214 s
  s(DORA, '29 strongest Alaska earthquake: answer at 66, notice + thanks at 280 with no check-in (final idle 214 s), code ""', [
    [0, 'p', 'what was the strongest earthquake in alaska ever'],
    [15, 'l', 'Hi, Dora at the Alaska State Library Ask a Librarian.'],
    [21, 'l', 'Are you looking for just the magnitude, or photos and accounts too?'],
    [60, 'p', 'just the magnitude and year'],
    [66, 'l', 'The 1964 Great Alaska Earthquake, magnitude 9.2, on March 27, 1964. The Alaska Earthquake Center has a full page on it at earthquake.alaska.edu/1964.'],
    [72, 'l', 'Does that answer your question?'],
    [280, 'l', "It looks like you've disconnected, so I'll end this chat now. Thanks for reaching out!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 30 a promise by e-mail "tomorrow", coded Answered
  s(ELI, '30 rhodochrosite from a show swap table: "get back to you tomorrow by e-mail", address read back, coded Answered', [
    [0, 'p', 'my son got a pink and white stripey rock at a gem and mineral show swap table, they said rhodochrosite?? how do i know its real'],
    [25, 'l', 'Good morning! This is Eli, librarian at Denver Public Library.'],
    [31, 'l', 'Do you still have the tag from the table, or just the rock? And is it banded pink and white, or pink with white crystals?'],
    [90, 'p', 'banded, no tag'],
    [96, 'l', "Banded pink and white is typical of rhodochrosite (Colorado's state mineral); the Denver Museum of Nature & Science's mineral pages at dmns.org are good for comparing. I can ask our science staff about a simple home test and get back to you tomorrow by e-mail — what's your address?"],
    [150, 'p', 'kmorales@example.com'],
    [156, 'l', "Got it, kmorales@example.com — you'll have it tomorrow."],
    [162, 'l', 'Does the museum page help in the meantime?'],
    [200, 'p', 'yes thanks that is all'],
    [205, 'l', 'Thanks so much, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => GEOLOGY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-second round: rocks, minerals and geology, checked', () => {
  describeSessions('whole sessions', GEOLOGY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', GEOLOGY.filter((c) => c.name in LEFT_WHY));
});
