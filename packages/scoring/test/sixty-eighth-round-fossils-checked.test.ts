/**
 * Sixty-eighth round, theme FOSSILS, ROCKS, MINERALS AND GEOLOGY, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: identifying finds (a ridged "shell" from a Cincinnati creek, purple cubes from a
 * grandfather's collection, quartz or calcite from a road cut, golden flakes in Los Angeles in Spanish, a heavy bone a dog dug
 * up in South Dakota), meteorite claims (a black stone near Tucson in Spanish, a Kansas field, Big Bend Ranch State Park),
 * collecting rules (BLM land in Wyoming, Calvert Cliffs shark teeth, petrified wood in the national park, Keokuk geodes, Oregon
 * thundereggs), rock and mineral clubs and gem shows (Denver, Tucson, Raleigh), geologic and hazard maps (Wake County, Mount
 * Hood), earthquakes and sinkholes (Edmond, New Madrid, Ocala, Richter vs moment magnitude), radon from granite, a state fossil
 * for homework, the Grand Canyon's colours, and geology books and kits for kids (Hennepin, Frederick County, Santa Ana in
 * Spanish). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/fossils-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); "Hey there, welcome to Ask a Librarian! Dana here …"
 *   (01); "Good morning, you've reached Ellis at …" (02); "Hi there, good question!" under the screen name "AskDesk 2", no name
 *   or library in either of the first two lines (04: fail); "Ha, great question! Abel here, a librarian at …" (24: identifies,
 *   greets no one, fail after a correction); Spanish "¡Hola! Soy Marisol, bibliotecaria de …" (05), "¡Buenas! Le atiende
 *   Bianca …" (27) and "¡Buenas tardes! Qué bonito proyecto." + "Me llamo Tomás y soy bibliotecario de …" over two lines (28);
 *   `pickedUpAt` at 40 s with the first line at 170 (30); no provider ever joined (26);
 *  inquiry: fan- or clam-shaped, collecting or lapidary, PDF or print and the deadline, plants or vertebrates, magnet and
 *   crust, the time and the town, near the foundation, cubes or six-sided points, the kids' ages, branch, free or pay-to-dig,
 *   a source to cite or not, which gem show, nail and vinegar, lahar zones, park or the shops outside, insurance or science,
 *   state park or other land, countertop or the house, how big and how heavy, photos or stories; the first sources given
 *   before "Do you want a pay-to-dig ranch, or free public land?" (29: fail); a Lost Call whose only provider work is a
 *   clarifying question (12: clarify pass, source fail);
 *  waits: "hang on while I pull up the USGS feed" answered 125 s later (06: fail); holds at 66 and 180 (a partial result that
 *   says the search goes on) with spans of 114 and 116 s (07: pass); a transfer notice answered 73 s later by the receiver
 *   (20); a silent transfer, the receiver 115 s after the patron (21: pass); a transfer notice, the receiver 134 s later (22:
 *   fail); an answer exactly 120 s after the patron (29: pass); 130 s between `pickedUpAt` and the first line (30: fail);
 *  endings: a final idle of exactly 120 s with a check-in and no goodbye (13: idle pass, disconnect na, courteous fails); exactly
 *   180 s with "are you still with me?" and "Looks like you may have disconnected, so I'm closing this chat. Thanks …" (14:
 *   both pass); a goodbye 119 s after the answer (15: na) and 179 s after it with no check-in (16: idle fails, disconnect na);
 *   "It looks like you've left the chat, so I'm going to end the session now. Gracias …" 223 s after the answer with no
 *   check-in (17: idle fails, disconnect passes); the Lost Call with "Are you still there?" at 160 and a notice that invites
 *   back at 350 (12); Spanish "¿Necesita algo más?", "¿Sigue ahí?" and "Parece que se desconectó, así que voy a cerrar el
 *   chat. ¡Gracias …!" (27: final idle 209 s from "¿Necesita algo más?", both pass); "That's too many questions for one chat,
 *   we have a limit. I'm ending this now." and the patron's "wow ok" last (18: dismissal and courteous fail); "I have several
 *   other patrons waiting … Please chat back in later, or call our Reference Department at 314-555-0132" (19: allowed);
 *   goodbyes "You bet, bye!", "Stay safe, and thanks for using Ask a Librarian!", "Thanks, talk soon!", "Have fun testing, bye
 *   for now!", "Thanks for your question — take care!", "Glad to help. Bye!", "Happy reading, bye!", "Enjoy the dig, bye!",
 *   "¡Gracias a usted por escribirnos!", "¡Con gusto! Gracias por usar nuestro chat …"; patron-side "thats all i needed", "no
 *   thats everything", "thats all i wanted to know", "si muchas gracias, es todo", "no more questions", "thats all, sending
 *   pics now", and "yeah thanks", "ok cool", "yes thank you", "ok", "ah ok" that do not count;
 *  sources: ohiodnr.gov, drydredgers.org, ngmdb.usgs.gov, blm.gov, meteorites.asu.edu, earthquake.usgs.gov, ou.edu/ogs,
 *   floridadep.gov/fgs, mindat.org, dnr.maryland.gov, fcpl.org's catalogue, iowadnr.gov, dcnr.pa.gov, tgms.org, uky.edu/KGS,
 *   usgs.gov, nps.gov, cagmc.org, insurance.mo.gov, sos.state.tx.us, des.nh.gov and epa.gov/radon, hclib.org's catalogue with
 *   two named books, nhm.org, a Spanish catalogue with a named book and a named kit, traveloregon.com, fs.usda.gov, pnsn.org;
 *   a Lost Call with none (12: fail);
 *  referrals: a club written to through its contact form URL (02: pass); "Call your local BLM field office" with no contact
 *   (04: fail); ASU's meteorite centre by e-mail through its site, in Spanish (05: LEFT); the Florida Geological Survey by an
 *   online form URL and county emergency management by phone (07: pass); the library's Reference Department by phone (19); a
 *   museum by e-mail and phone (22); an earth science volunteer and branch staff consulted on the patron's behalf (08, 10: no
 *   referral); "The rock shops just outside sell wood collected legally" (17: tells the patron to contact no one, na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done in 20 h (08: pass); a promise to e-mail with the
 *   address read back and no time, coded Answered (09: code and contact fail, on_time pending); FU_LIB, phone read back as a
 *   question, "by Wednesday", nothing recorded by day 5 (10: on_time fails); FU_ME with "get back to you with a list by Monday"
 *   and no e-mail or phone anywhere (11: code and contact fail, on_time pending at day 1);
 *  codes: a deployment's own code "Referred" (02: pass); a Lost Call with only the patron's question (12: pass); Lost Call after
 *   three patron lines (27: fail); null with no provider (26); an empty string (30); Practice (25);
 *  transfers: a notice (a hold) and an internal note that says why (20: pass); an internal note only (21: fail); a notice with
 *   no internal note (22: fail);
 *  concurrency: three others open during the session, four at once (23: fail); chats ending at the start and at 90 s and
 *   starting at 90 s and at `endedAt` (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting needs a greeting word of the kind RUBRIC lists (hello, hi, good afternoon, welcome, thanks for contacting):
 *   "Hi there, good question!" greets but identifies no one (04); "Ha, great question! Abel here, a librarian at …" identifies
 *   but does not greet (24, after correction); "¡Buenas tardes! Qué bonito proyecto." + "Me llamo Tomás y soy bibliotecario
 *   de …" greet and identify together (28);
 * - a Lost Call whose provider greets and then asks "Does it stick to a magnet, and roughly how big is it?" has a substantive
 *   exchange (RUBRIC: "a clarifying question counts"), so its information checks apply: clarify passes (no source is ever
 *   given, any question counts), source fails, completeness and anything_else fail (12);
 * - keep_informed after `pickedUpAt`: the span that began at the patron's question is judged over the part after pickup, 40 to
 *   170 s = 130 s (30: fail);
 * - the final idle starts at the first non-hold provider line after the patron's last line: "¿Necesita algo más?" at 136 s (27),
 *   the answer-with-"Does that work for the homework?" at 52 s (13), and in the Lost Call the greeting at 25 s (12);
 * - a referral tells the patron to contact or visit someone: "mándeles fotos por correo electrónico siguiendo las
 *   instrucciones de meteorites.asu.edu" (write to them, 05) and "report it to the Florida Geological Survey with the
 *   subsidence incident form at floridadep.gov/fgs" (07) are referrals reached by a URL; "you can write to them through the
 *   contact form at coloradomineralsociety.org" likewise (02); "I'll pass this to the Urbana staff so they can … call you" and
 *   "I'd like our earth science volunteer to look at a photo" are staff consulted on the patron's behalf (10, 08: na);
 * - "Would either of those work for him?", "Does that match what you have?", "Do either of those sound right?", "Does that
 *   work for an 11 year old?", "¿Es lo que buscaba?", "Does that help for a start?" ask whether what was given meets the need;
 * - "Thanks for your question — take care!" thanks the patron; "Enjoy the dig, bye!" says goodbye; "I'm ending this now."
 *   announces an end and is no goodbye (18).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 1:
 *  - case 24, approachability.greeting pass -> fail: I had read "Ha, great question! Abel here, a librarian at Flagstaff …" as
 *    a greeting; RUBRIC asks that the provider "greets the patron (hello, hi, good afternoon, welcome, thanks for
 *    contacting…)", and neither of Abel's first two lines ("Ha, great question! …", "How old is your kid …?") has a greeting:
 *    a compliment on the question is not one.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 05: Spanish "El Centro de Estudios de Meteoritos de ASU identifica muestras: mándeles fotos por
 *    correo electrónico siguiendo las instrucciones de meteorites.asu.edu" read as no referral (na; RUBRIC pass: write to an
 *    organisation, URL given).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 125, 134, 120, 115 s, across holds
 * of 114-116 s with a partial-result hold, two transfers and 130 s after `pickedUpAt`; final idles of 119, 120, 179, 180, 209,
 * 223 and 325 s; concurrency at four and at touching ends; on_time done at 20 h, late by day 5, pending at day 1 twice) scored
 * as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a patron phone read back, agency and library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * RUBRIC v62 (block AB, written after this file): case 05 (AB11: "mándeles fotos por correo electrónico" refers to the centre
 *   named before it, reached at meteorites.asu.edu) now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The service's own waiting line (system). */
const waitLine = (sec: number): Line => [sec, 's', 'All of our librarians are helping other patrons. Please hold.'];

const DANA: Prov = { id: 'dana-f', name: 'Dana', library: 'PLCH' };
const ELLIS: Prov = { id: 'ellis-f', name: 'Ellis', library: 'DPL-CO' };
const FARAH: Prov = { id: 'farah-f', name: 'Farah', library: 'WCPL-NC' };
const DESK: Prov = { id: 'desk-f', name: 'AskDesk 2', library: 'NCPL-WY' };
const MARISOL: Prov = { id: 'marisol-f', name: 'Marisol', library: 'PCPL-AZ' };
const GUS: Prov = { id: 'gus-f', name: 'Gus', library: 'MLS-OK' };
const HANNA: Prov = { id: 'hanna-f', name: 'Hanna', library: 'MCPL-FL' };
const IVAN: Prov = { id: 'ivan-f', name: 'Ivan', library: 'AZSL' };
const JADE: Prov = { id: 'jade-f', name: 'Jade', library: 'CALVERT' };
const KOFI: Prov = { id: 'kofi-f', name: 'Kofi', library: 'AUN' };
const LIAM: Prov = { id: 'liam-f', name: 'Liam', library: 'IALIB' };
const MAYA: Prov = { id: 'maya-f', name: 'Maya', library: 'SLKS' };
const NORA: Prov = { id: 'nora-f', name: 'Nora', library: 'FLP' };
const OSCAR: Prov = { id: 'oscar-f', name: 'Oscar', library: 'PCPL-AZ' };
const PIA: Prov = { id: 'pia-f', name: 'Pia', library: 'LPL-KY' };
const QUINCY: Prov = { id: 'quincy-f', name: 'Quincy', library: 'MCL-OR' };
const RAFA: Prov = { id: 'rafa-f', name: 'Rafa', library: 'PPL-AZ' };
const SADIE: Prov = { id: 'sadie-f', name: 'Sadie', library: 'DCL-NC' };
const TOMAS: Prov = { id: 'tomas-f', name: 'Tomas', library: 'SLCL' };
const UNA: Prov = { id: 'una-f', name: 'Una', library: 'APL-TX' };
const VERN: Prov = { id: 'vern-f', name: 'Vern', library: 'APL-TX' };
const WREN: Prov = { id: 'wren-f', name: 'Wren', library: 'NHSL' };
const XAVIER: Prov = { id: 'xavier-f', name: 'Xavier', library: 'NHSL' };
const YARA: Prov = { id: 'yara-f', name: 'Yara', library: 'RCPL-SD' };
const ZANE: Prov = { id: 'zane-f', name: 'Zane', library: 'RCPL-SD' };
const ZOLA: Prov = { id: 'zola-f', name: 'Zola', library: 'HCL-MN' };
const ABEL: Prov = { id: 'abel-f', name: 'Abel', library: 'FCCPL' };
const TRAINEE: Prov = { id: 'trainee-f', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-f', name: 'Queue', library: 'VRQ' };
const BIANCA: Prov = { id: 'bianca-f', name: 'Bianca', library: 'LAPL' };
const TOMASITO: Prov = { id: 'tomas2-f', name: 'Tomás', library: 'SAPL-CA' };
const URSULA: Prov = { id: 'ursula-f', name: 'Ursula', library: 'DPL-OR' };
const VIOLA: Prov = { id: 'viola-f', name: 'Viola', library: 'SPL-WA' };

const s = session;

export const FOSSILS: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 ridged "shell" from a Cincinnati creek: "Is it shaped like a little fan…?", ohiodnr.gov + drydredgers.org, "thats all i needed"', [
    [0, 'p', 'found this weird ridged shell thing in the creek behind our house in cincy, its made of rock?? is it a fossil'],
    [22, 'l', 'Hey there, welcome to Ask a Librarian! Dana here, from the Public Library of Cincinnati and Hamilton County.'],
    [29, 'l', 'Fun find! Is it shaped like a little fan or clam, with lines running out from the hinge?'],
    [70, 'p', 'yes like a tiny fan, about as big as a quarter'],
    [78, 'l', "That sounds a lot like a brachiopod — they're everywhere in the Ordovician limestone around Cincinnati. The Ohio Department of Natural Resources has a picture guide to Ohio fossils at ohiodnr.gov (search 'Ohio fossils'), and the Dry Dredgers club has an ID page at drydredgers.org."],
    [84, 'l', 'Does that match what you have?'],
    [130, 'p', 'omg yes thats it!! thats all i needed, thanks 😀'],
    [136, 'l', 'Happy hunting, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a club to write to by its site; a deployment's own code
  s(ELLIS, '02 a rock club for a 12-year-old in Denver: pickup at exactly 60 s, "write to them through the contact form at …", code "Referred"', [
    [0, 'p', 'is there a rock and mineral club in the denver area my son could join? hes 12'],
    [60, 'l', "Good morning, you've reached Ellis at Denver Public Library."],
    [66, 'l', 'Is he more into collecting and identifying, or lapidary stuff like cutting and polishing?'],
    [110, 'p', 'collecting mostly, he has a bunch of rocks from camping trips'],
    [118, 'l', 'The Colorado Mineral Society has a junior program and meets monthly in Lakewood; you can write to them through the contact form at coloradomineralsociety.org. The Rocky Mountain Federation of Mineralogical Societies lists other clubs at rmfms.org.'],
    [124, 'l', 'Would either of those work for him?'],
    [170, 'p', 'yes the first one, ty'],
    [176, 'l', 'Anything else I can look up for you?'],
    [200, 'p', 'nope'],
    [204, 'l', 'Thanks, and have fun rockhounding!'],
  ], usual({ referral: 'pass' }), { resolutionCode: 'Referred' }),

  // 03 pickup at 61 s
  s(FARAH, '03 geologic map of Wake County for a school project: 61 s pickup, PDF or print and deadline asked, ngmdb.usgs.gov', [
    [0, 'p', 'where can i get a geologic map of wake county nc for a school project'],
    [61, 'l', 'Hi, Farah with Wake County Public Libraries — thanks for waiting.'],
    [68, 'l', 'Do you need a printed map, or is a PDF you can zoom into okay? And when is it due?'],
    [100, 'p', 'pdf is fine, due friday'],
    [107, 'l', "The USGS National Geologic Map Database at ngmdb.usgs.gov has the Raleigh-area maps as free PDFs; search 'Wake County'. The NC Geological Survey's state geologic map is there too."],
    [113, 'l', 'Did that get you what you need?'],
    [150, 'p', 'yes found it'],
    [155, 'l', 'Great! Anything else?'],
    [180, 'p', 'no thats everything'],
    [185, 'l', 'Good luck with the project, bye!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets, names no one; "Call your local BLM field office" with no contact
  s(DESK, '04 keeping fossils from BLM land in Wyoming: "Hi there, good question!" under "AskDesk 2", "Call your local BLM field office" (no contact)', [
    [0, 'p', 'can i keep fossils i find on BLM land in wyoming? like leaves or fish'],
    [15, 'l', 'Hi there, good question!'],
    [21, 'l', 'Are these plant and invertebrate fossils, or bones and teeth from animals with backbones?'],
    [60, 'p', 'leaves mostly, maybe some fish'],
    [68, 'l', 'Common invertebrate and plant fossils can be collected in reasonable amounts for personal use on most BLM land, but vertebrate fossils (fish included) need a permit. The rules are at blm.gov/programs/cultural-heritage-and-paleontology/paleontology. Call your local BLM field office before you go, some areas are closed.'],
    [74, 'l', 'Does that help?'],
    [110, 'p', 'yeah thanks'],
    [115, 'l', 'You bet, bye!'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'fail' })),

  // 05 Spanish: a meteorite near Tucson, ASU by e-mail through its site
  s(MARISOL, '05 ¿es un meteorito? piedra negra cerca de Tucson (Spanish): "Soy Marisol", imán y costra, escribir a ASU vía meteorites.asu.edu, "es todo"', [
    [0, 'p', 'hola, encontré una piedra muy pesada y negra en el desierto cerca de Tucson, creo que es un meteorito. como lo puedo saber?'],
    [35, 'l', '¡Hola! Soy Marisol, bibliotecaria de la Biblioteca Pública del Condado de Pima. Con gusto le ayudo.'],
    [42, 'l', '¿La piedra atrae un imán? ¿Y tiene una costra negra delgada por fuera?'],
    [100, 'p', 'si se le pega un iman, y es negra por fuera pero gris por dentro'],
    [108, 'l', 'Puede ser, aunque muchas rocas terrestres también atraen imanes. El Centro de Estudios de Meteoritos de ASU identifica muestras: mándeles fotos por correo electrónico siguiendo las instrucciones de meteorites.asu.edu (sección "Meteorite or Meteorwrong?").'],
    [114, 'l', '¿Le sirve esta información?'],
    [170, 'p', 'si muchas gracias, es todo'],
    [176, 'l', '¡Gracias a usted por escribirnos! Suerte con su piedra.'],
  ], usual({ referral: 'pass' })),

  // 06 a hold answered 125 s later
  s(GUS, '06 a shake near Edmond last night: "hang on while I pull up the USGS feed" answered 125 s later, earthquake.usgs.gov', [
    [0, 'p', 'was there an earthquake near edmond last night?? my whole house shook around 11'],
    [18, 'l', 'Hi, Gus from the Metropolitan Library System in Oklahoma City here.'],
    [24, 'l', 'Around 11 pm? And were you in Edmond itself?'],
    [55, 'p', 'yes 11ish, north edmond'],
    [60, 'l', 'hang on while I pull up the USGS feed'],
    [185, 'l', 'Sorry for the wait. USGS recorded a magnitude 3.1 about 5 km northeast of Edmond at 10:52 pm; the event page is on earthquake.usgs.gov (Latest Earthquakes map). The Oklahoma Geological Survey lists it too, at ou.edu/ogs.'],
    [191, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes wow ok. thats all i wanted to know'],
    [236, 'l', 'Stay safe, and thanks for using Ask a Librarian!'],
  ], usual({ informed: 'fail' })),

  // 07 holds 114 and 116 s apart (one a partial result); two agencies to report to, with a form URL and a phone
  s(HANNA, '07 a hole opening in an Ocala yard: holds at 66 and 180 (partial result), answer at 296, FGS report form URL + county EM phone', [
    [0, 'p', 'theres a hole opening up in my backyard in ocala, like 3 ft wide and getting deeper. is this a sinkhole?? who do i call'],
    [20, 'l', "Hello, I'm Hanna, a librarian at Marion County Public Library. That sounds stressful — let's figure it out."],
    [27, 'l', 'Is it near your house foundation, or out in the yard away from buildings?'],
    [60, 'p', 'out by the fence, maybe 40 ft from the house'],
    [66, 'l', 'Okay, give me a couple of minutes to check who handles reports in Marion County.'],
    [180, 'l', 'Still working on it — the Florida Geological Survey takes sinkhole reports statewide, checking now whether the county wants a call too.'],
    [296, 'l', "Here's what I found: report it to the Florida Geological Survey with the subsidence incident form at floridadep.gov/fgs (Sinkholes > Report a Sinkhole), and call Marion County Emergency Management at 352-555-0190 if it keeps growing. Keep kids and pets away from it."],
    [302, 'l', 'Is that what you needed?'],
    [350, 'p', 'yes thank you, thats all'],
    [356, 'l', 'Take care, and thanks for contacting us!'],
  ], usual({ referral: 'pass' })),

  // 08 follow-up by me: e-mail typed and read back, "by tomorrow afternoon", done in 20 h
  s(IVAN, '08 purple cubes from grandpa\'s collection (follow-up by me): mindat.org, e-mail read back, "by tomorrow afternoon", done in 20 h', [
    [0, 'p', "I have a purple crystal cluster from my grandfather's collection, no label. Can someone identify it? Maybe amethyst or fluorite?"],
    [25, 'l', 'Good afternoon! This is Ivan, reference librarian at the Arizona State Library.'],
    [31, 'l', 'Are the crystals little cubes, or pointed six-sided columns? And have you tried scratching glass with it?'],
    [90, 'p', 'cubes i think. havent tried scratching anything'],
    [97, 'l', "Cubes point toward fluorite; amethyst grows as six-sided points. Mindat's fluorite page (mindat.org/min-1576.html) has photos to compare. I'd like our earth science volunteer to look at a photo and confirm. What e-mail can I reach you at?"],
    [150, 'p', 'sure its r.okafor@example.net'],
    [156, 'l', "Thanks — r.okafor@example.net. I'll write to you there within the hour so you can reply with the photo, and send you her identification by tomorrow afternoon."],
    [162, 'l', 'Does the Mindat page help in the meantime?'],
    [200, 'p', 'yes its super helpful'],
    [206, 'l', 'Anything else today?'],
    [220, 'p', 'no thats it thank you'],
    [225, 'l', 'Thank you for contacting the State Library!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 09 a promise to e-mail, address read back, no time, coded Answered
  s(JADE, '09 shark teeth at Calvert Cliffs: "I\'ll find out and e-mail you", address read back, no time given, coded Answered', [
    [0, 'p', 'Where can we hunt for shark teeth at calvert cliffs? heard some beaches are closed'],
    [20, 'l', 'Hi! Jade here, a librarian at Calvert Library.'],
    [26, 'l', 'Are you planning to go this season, and will you have small kids with you?'],
    [70, 'p', 'this summer, kids are 6 and 9'],
    [77, 'l', "Calvert Cliffs State Park allows collecting on the beach at the end of the Red Trail; the park page is at dnr.maryland.gov/publiclands (Calvert Cliffs). I'm not sure which private beaches are open this year — I'll find out and e-mail you. What address should I use?"],
    [130, 'p', 'mcgee.fam@example.org'],
    [136, 'l', 'mcgee.fam@example.org, got it. Anything else I can help with?'],
    [160, 'p', 'no thats all'],
    [165, 'l', 'Thanks for chatting — enjoy the beach!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 10 follow-up by the patron's library: phone read back, "by Wednesday", not done by day 5
  s(KOFI, '10 rock & mineral discovery kits at the Urbana branch (follow-up by patron\'s library): phone read back, "by Wednesday", nothing recorded by day 5', [
    [0, 'p', 'does my library have those rock & mineral discovery kits for kids to check out? im in frederick county'],
    [24, 'l', 'Hello! Kofi here with Ask Us Now, the Maryland statewide chat.'],
    [30, 'l', 'Which branch do you usually go to, and how old are the kids?'],
    [80, 'p', 'urbana branch, ages 7 and 10'],
    [87, 'l', "Frederick County Public Libraries lists its kits in the catalogue at fcpl.org (search 'discovery kit rocks'), but the branch copies aren't showing there. I'll pass this to the Urbana staff so they can check the shelf and call you. What number should they use?"],
    [140, 'p', '301 555 0177'],
    [146, 'l', "That's 301-555-0177? They'll call you by Wednesday."],
    [170, 'p', 'yes perfect'],
    [176, 'l', 'Did the catalogue search help for now?'],
    [210, 'p', 'yes thank you'],
    [215, 'l', 'Thanks for using Ask Us Now, have a great day!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 11 coded follow-up by me, "get back to you with a list by Monday", no e-mail or phone anywhere
  s(LIAM, '11 geode digging near Keokuk (follow-up by me): "get back to you with a list by Monday", no e-mail or phone anywhere', [
    [0, 'p', 'hey where can u dig for geodes in iowa, near keokuk?? public places'],
    [30, 'l', 'Hi, Liam at Ask Iowa Libraries. Welcome!'],
    [36, 'l', 'Do you want free public sites, or are pay-to-dig farms okay?'],
    [80, 'p', 'either is fine'],
    [86, 'l', "Geode State Park has visitor info at iowadnr.gov, but collecting inside state parks isn't allowed. I'll check which farms near Keokuk are still open for digging and get back to you with a list by Monday."],
    [92, 'l', 'Does that help for a start?'],
    [140, 'p', 'ok cool'],
    [146, 'l', 'Thanks, talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 12 Lost Call: the patron's one line, a greeting and a clarifying question, check-in, notice with an invitation back
  s(MAYA, '12 a meteorite in a Kansas field (Lost Call): greeting, "Does it stick to a magnet…?", "Are you still there?" at 160, notice + come back at 350', [
    [0, 'p', 'i think i found a meteorite in my field in kansas, who do i talk to about whether its worth money'],
    [25, 'l', 'Hi, this is Maya at the State Library of Kansas.'],
    [30, 'l', 'Exciting! Does it stick to a magnet, and roughly how big is it?'],
    [160, 'l', 'Are you still there?'],
    [350, 'l', "It seems you've disconnected, so I'll end this chat. Please come back anytime — we'd love to help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 a final idle of exactly 120 s: a check-in, no goodbye
  s(NORA, '13 Pennsylvania\'s state fossil for homework: answer at 52, "Are you still there?" at 142, ended at 172 (final idle 120 s), no goodbye', [
    [0, 'p', 'whats the state fossil of pennsylvania? for my kids homework'],
    [14, 'l', 'Hi! Nora at Free Library of Philadelphia, Ask a Librarian.'],
    [20, 'l', 'Do they need a source to cite, or just the answer?'],
    [45, 'p', 'a source to cite pls'],
    [52, 'l', "It's the trilobite Phacops rana, adopted in 1988. The PA Department of Conservation and Natural Resources explains it at dcnr.pa.gov (search 'state fossil'). Does that work for the homework?"],
    [142, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 30 }),

  // 14 a final idle of exactly 180 s: check-in, then a notice that thanks and invites back
  s(OSCAR, '14 Tucson gem show dates 💎: answer at 76, "are you still with me?" at 200, "Looks like you may have disconnected … closing" + thanks at 256 (180 s)', [
    [0, 'p', 'when is the tucson gem show this year and do i need tickets 💎'],
    [20, 'l', 'Hello, Oscar from Pima County Public Library here!'],
    [26, 'l', 'Are you thinking of the big Gem and Mineral Show at the convention center, or the whole citywide set of shows?'],
    [70, 'p', 'the big one'],
    [76, 'l', "The Tucson Gem and Mineral Society's show runs in mid-February at the Tucson Convention Center; dates and ticket prices are at tgms.org. Most of the other shows around town are free. Did that help?"],
    [200, 'l', 'Hi, are you still with me?'],
    [256, 'l', "Looks like you may have disconnected, so I'm closing this chat. Thanks for stopping by — chat again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 15 a goodbye 119 s after the answer
  s(PIA, '15 quartz or calcite from a road cut: nail and vinegar asked, KGS guide, goodbye 119 s after the answer (idle na)', [
    [0, 'p', 'how do i tell quartz from calcite? got a clear rock from a road cut'],
    [16, 'l', "Hiya, I'm Pia, a librarian with Lexington Public Library's Ask a Librarian."],
    [22, 'l', 'Do you have a steel nail or knife handy, and some vinegar?'],
    [60, 'p', 'yes both'],
    [66, 'l', "Quartz scratches glass and doesn't fizz; calcite is soft enough for a nail to scratch and fizzes in vinegar. The Kentucky Geological Survey's rock and mineral ID pages walk through it: uky.edu/KGS/education. Did that help?"],
    [185, 'l', 'Have fun testing, bye for now!'],
  ], usual({ anything: 'fail' })),

  // 16 a goodbye 179 s after the answer, no check-in
  s(QUINCY, '16 Mount Hood hazard map for Government Camp: answer at 64, goodbye at 243 (final idle 179 s) with no check-in', [
    [0, 'p', 'is mount hood gonna erupt? is there a hazard map for where i live in government camp'],
    [21, 'l', 'Hi there, Quincy at Multnomah County Library.'],
    [27, 'l', 'Are you looking for the lahar and ash zones around Government Camp specifically?'],
    [58, 'p', 'yes'],
    [64, 'l', "USGS's Cascades Volcano Observatory has the Mount Hood hazard map and the volcano's current status at usgs.gov/volcanoes/mount-hood; it isn't showing unrest right now. Does that answer your question?"],
    [243, 'l', 'Thanks for your question — take care!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 17 partly Spanish: a notice at 223 s with no check-in
  s(RAFA, '17 petrified wood from the national park (partly Spanish): nps.gov/pefo, "¿Le ayuda esto?", notice + gracias 223 s later, no check-in', [
    [0, 'p', 'hola! can i take a small piece de madera petrificada from petrified forest national park? mi hijo wants one'],
    [30, 'l', 'Hello! Rafa here, librarian at the Phoenix Public Library.'],
    [36, 'l', 'Are you visiting the national park itself, or the shops outside it?'],
    [70, 'p', 'the park, next week'],
    [77, 'l', "Not from inside the park — it's illegal to remove any petrified wood there. The rock shops just outside sell wood collected legally from private land. The park's rules are at nps.gov/pefo. ¿Le ayuda esto?"],
    [300, 'l', "It looks like you've left the chat, so I'm going to end the session now. Gracias, and enjoy the trip!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 18 a limit of questions, ended for the provider
  s(SADIE, '18 Raleigh gem show, then four more questions: "That\'s too many questions for one chat, we have a limit. I\'m ending this now." (dismissal)', [
    [0, 'p', 'is there a gem show in raleigh this fall'],
    [19, 'l', 'Hello, this is Sadie, a librarian at Durham County Library.'],
    [25, 'l', 'Do you want shows to buy at, or ones with kids activities too?'],
    [60, 'p', 'buying mostly'],
    [66, 'l', 'The Capital Area Gem and Mineral Club holds its show at the State Fairgrounds in October; the date is posted at cagmc.org. Does that help?'],
    [110, 'p', 'yes! also what about asheville shows and how do i price my aquamarine and where to learn faceting'],
    [118, 'l', "That's too many questions for one chat, we have a limit. I'm ending this now."],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 19 other patrons waiting, a way back, the library's Reference Department by phone
  s(TOMAS, '19 New Madrid odds for insurance, then three more: "several other patrons waiting … chat back in later, or call our Reference Department at 314-555-0132"', [
    [0, 'p', 'how likely is a big earthquake in st louis from the new madrid fault'],
    [28, 'l', 'Good evening and welcome to Ask a Librarian. My name is Tomas, at St. Louis County Library.'],
    [34, 'l', 'Are you after the odds for planning (insurance, retrofits) or the science of the fault?'],
    [80, 'p', 'insurance mostly'],
    [87, 'l', "USGS puts the chance of a magnitude 6 or larger in the New Madrid zone within 50 years at roughly 25-40%; their summary is at usgs.gov (search 'New Madrid Seismic Zone'). The Missouri Department of Insurance has an earthquake insurance guide at insurance.mo.gov."],
    [93, 'l', 'Is that what you were after?'],
    [140, 'p', 'yes. and can you also find me history of the 1811 quakes and a list of retrofit contractors and whether my house is on fill'],
    [148, 'l', 'Those are great questions, but I have several other patrons waiting right now. Please chat back in later, or call our Reference Department at 314-555-0132 and they can dig into the 1811 history with you.'],
    [175, 'p', 'ok'],
    [180, 'l', 'Thanks for understanding, goodnight!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 20 a transfer announced, with an internal note that says why
  s(UNA, '20 keeping a meteorite from Big Bend Ranch State Park: "I\'m transferring you to Vern now" + internal note why, Vern 73 s after the notice', [
    [0, 'p', 'if i find a meteorite on state land in texas do i get to keep it'],
    [22, 'l', "Hi, I'm Una, a librarian with Austin Public Library."],
    [28, 'l', 'Is the land a state park, or other state-owned land like a highway right-of-way?'],
    [70, 'p', 'state park, big bend ranch'],
    [77, 'l', "That's a legal question our law librarian handles better — I'm transferring you to Vern now, just a moment."],
    [80, 'i', 'Vern, meteorite found in Big Bend Ranch SP, pt asks who owns it, TPWD park rules / state law, can you take?'],
    xfer(84, 'Vern', 'vern-f'),
    [150, 'l', 'Hello, Vern here, law librarian. Texas state park rules forbid removing rocks, minerals or meteorites from a park; the rules are in the Texas Administrative Code, Title 31, Part 2 (Parks and Wildlife), which you can read at sos.state.tx.us (Texas Administrative Code).', as(VERN)],
    [156, 'l', 'Does that answer it?', as(VERN)],
    [200, 'p', 'yeah, bummer. thats all'],
    [205, 'l', "Sorry it isn't better news! Thanks for chatting.", as(VERN)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer: an internal note only; the receiver 115 s after the patron
  s(WREN, '21 radon from granite countertops in NH: internal note, silent transfer, Xavier 115 s after the patron, "no more questions"', [
    [0, 'p', 'do granite countertops give off radon? we live in nh and our whole state is granite lol'],
    [26, 'l', 'Hello, Wren here at the New Hampshire State Library.'],
    [32, 'l', 'Is your worry the countertop itself, or radon in the house in general?'],
    [80, 'p', 'both i guess'],
    [86, 'i', 'Xavier, pt wants NH radon + granite counters, you wrote the radon guide, can you take this one?'],
    xfer(90, 'Xavier', 'xavier-f'),
    [195, 'l', "Hi, I'm Xavier, a science librarian. Countertops add very little; most indoor radon comes from the ground under the house. NH DES has a radon page with test kit info at des.nh.gov (search 'radon'), and the EPA's A Citizen's Guide to Radon is at epa.gov/radon.", as(XAVIER)],
    [201, 'l', 'Is that helpful?', as(XAVIER)],
    [240, 'p', 'very, thanks. no more questions'],
    [246, 'l', 'Glad to help. Bye!', as(XAVIER)],
  ], usual({ transfer: 'fail' })),

  // 22 a transfer told to the patron, no internal note; the receiver 134 s after the notice
  s(YARA, '22 the dog dug up a heavy bone in South Dakota 🦖: transfer told, no internal note, Zane 134 s after the notice, museum by e-mail and phone', [
    [0, 'p', 'my dog dug up what looks like a big bone in our yard in south dakota, could it be a dinosaur??? 🦖'],
    [20, 'l', "Hi, Yara from Rapid City Public Library's chat here!"],
    [26, 'l', 'How big is it, and is it heavy like rock or light like a normal bone?'],
    [70, 'p', 'like 8 inches, really heavy'],
    [76, 'l', "Heavy is a good sign for a fossil! I'll transfer you to a colleague who knows our paleontology resources, one sec."],
    xfer(80, 'Zane', 'zane-f'),
    [210, 'l', 'Hey, Zane here, also a librarian at Rapid City. The Museum of Geology at South Dakota Mines identifies finds from photos: e-mail them at museum@sdmines.example.edu or call 605-555-0121.', as(ZANE)],
    [216, 'l', 'Does that help?', as(ZANE)],
    [250, 'p', 'yes!! thats all, sending pics now'],
    [256, 'l', 'Awesome, good luck and thanks for chatting!', as(ZANE)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 23 four at once
  s(ZOLA, '23 a rock ID book for an 8-year-old: three other chats open during this one (four at once)', [
    [0, 'p', 'looking for a good rock collecting book for an 8 year old, any recs'],
    [20, 'l', "Hi! This is Zola, children's librarian at Hennepin County Library."],
    [26, 'l', 'Does she like field guides with photos, or more of a story or activity book?'],
    [60, 'p', 'photos! she wants to identify what she finds'],
    [66, 'l', "Try 'Rocks and Minerals' from the DK Eyewitness series, or National Geographic Kids 'Everything Rocks and Minerals' — both are in our catalogue at hclib.org and most branches have copies."],
    [72, 'l', 'Do either of those sound right?'],
    [110, 'p', 'yes the nat geo one! perfect. thats everything'],
    [116, 'l', 'Happy reading, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zola-f', -60, 300), other('z2', 'zola-f', 5, 200), other('z3', 'zola-f', 50, 130)],
  }),

  // 24 three at most, touching ends; "Ha, great question!" greets no one
  s(ABEL, '24 why the Grand Canyon layers are different colours: "Ha, great question! Abel here" (no greeting), chats ending at the start and at 90, starting at 90 and at the end (three at most)', [
    [0, 'p', 'why are the grand canyon rock layers different colors? my kid asked and i have no idea haha'],
    [17, 'l', 'Ha, great question! Abel here, a librarian at Flagstaff City-Coconino County Public Library.'],
    [23, 'l', 'How old is your kid, so I can pitch the answer right?'],
    [50, 'p', '11'],
    [56, 'l', "The layers are different rocks laid down in different settings — reds from iron oxide in old sandstone and shale, pale bands from limestone made in ancient seas. The Park Service's geology pages at nps.gov/grca explain each layer with pictures at about that level."],
    [62, 'l', 'Does that work for an 11 year old?'],
    [100, 'p', 'perfect, ty!'],
    [106, 'l', 'Anything else?'],
    [115, 'p', 'nope'],
    [120, 'l', 'Have fun exploring, bye!'],
  ], usual({ greeting: 'fail' }), {}, {
    otherIntervals: [
      other('a1', 'abel-f', -200, 0), other('a2', 'abel-f', -30, 90), other('a3', 'abel-f', 10, 400),
      other('a4', 'abel-f', 90, 200), other('a5', 'abel-f', 125, 600),
    ],
  }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (fossil macros): coded Practice, every check na', [
    [0, 'p', 'testing - fossil q'],
    [6, 'l', 'test greeting, fossil macro check'],
    [12, 'l', 'Fossils: samplelibrary.org/fossils'],
    [20, 'p', 'ok looks good'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 no provider ever joined
  s(NOBODY, '26 crystal cave hours on Sunday: no provider ever joined, "anyone?", "nvm", patron left, code null', [
    [0, 'p', 'can someone tell me if the crystal cave near me is open on sundays'],
    waitLine(4),
    [95, 'p', 'anyone?'],
    [200, 'p', 'nvm'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 27 Spanish: coded Lost Call after three patron lines; check-in and notice
  s(BIANCA, '27 ¿es oro? brillitos dorados en Los Ángeles (Spanish): Lost Call after three patron lines, "¿Sigue ahí?" at 260, notice + gracias at 345', [
    [0, 'p', 'hola, tengo una roca con brillitos dorados, es oro? estoy en los angeles'],
    [28, 'l', '¡Buenas! Le atiende Bianca, de la Biblioteca Pública de Los Ángeles.'],
    [34, 'l', '¿Los brillitos se deshacen fácil o se doblan? ¿Y la roca es pesada?'],
    [90, 'p', 'se rompen como polvito, no es muy pesada'],
    [97, 'l', "Eso suena más a pirita o mica que a oro: el oro se dobla y es muy pesado. El Museo de Historia Natural de Los Ángeles tiene información sobre minerales en nhm.org (busque 'minerals'). ¿Le sirve?"],
    [130, 'p', 'ah ok'],
    [136, 'l', '¿Necesita algo más?'],
    [260, 'l', '¿Sigue ahí?'],
    [345, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias y vuelva cuando quiera!'],
  ], usual({ idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 Spanish: greeting and name in two lines, the catalogue
  s(TOMASITO, '28 libros y kit de geología para una niña de 9 años (Spanish): "¡Buenas tardes!" + "Me llamo Tomás…", catálogo, "es todo"', [
    [0, 'p', 'buenas tardes, busco libros o kits de rocas y minerales para niños en español, mi hija tiene 9 años'],
    [40, 'l', '¡Buenas tardes! Qué bonito proyecto.'],
    [46, 'l', 'Me llamo Tomás y soy bibliotecario de la Biblioteca Pública de Santa Ana.'],
    [52, 'l', '¿Prefiere libros para leer con ella, o algo práctico con muestras de verdad?'],
    [100, 'p', 'las dos cosas si se puede'],
    [160, 'l', "Busqué en nuestro catálogo (santa-ana.example.org/catalogo): tenemos 'Rocas y minerales' de la serie Mis primeros libros de ciencia, en español, y un kit de préstamo 'Caja de geología' con 15 muestras y una lupa. ¿Es lo que buscaba?"],
    [210, 'p', 'si perfecto, muchas gracias. es todo'],
    [216, 'l', '¡Con gusto! Gracias por usar nuestro chat, que disfruten las rocas.'],
  ], usual()),

  // 29 the first source before the question; a wait of exactly 120 s
  s(URSULA, '29 thundereggs in Oregon: sources first, then "pay-to-dig ranch, or free public land?", the answer exactly 120 s after "free"', [
    [0, 'p', 'where can i dig thundereggs in oregon'],
    [15, 'l', "Hello! I'm Ursula, a librarian at Deschutes Public Library."],
    [21, 'l', "Travel Oregon's rockhounding page lists the pay-to-dig ranches and free sites: traveloregon.com (search 'rockhounding'). The BLM's Prineville District page lists its free collecting areas at blm.gov/office/prineville-district-office."],
    [27, 'l', 'Do you want a pay-to-dig ranch, or free public land?'],
    [70, 'p', 'free'],
    [190, 'l', 'Then White Fir Springs in the Ochoco National Forest is the classic spot; the Forest Service page at fs.usda.gov/ochoco has the map. Does that help?'],
    [230, 'p', 'yes ty'],
    [235, 'l', 'Enjoy the dig, bye!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 30 pickedUpAt at 40 s, the first line at 170 (130 s after pickup); code ""
  s(VIOLA, '30 Richter vs moment magnitude: pickedUpAt 40 s, first line at 170 (130 s after pickup), pnsn.org, code ""', [
    [0, 'p', 'whats the difference between richter scale and moment magnitude? news keeps saying different numbers'],
    [170, 'l', 'Hi, sorry about the delay! Viola here, a librarian at Seattle Public Library.'],
    [176, 'l', 'Is this about a particular quake you saw on the news?'],
    [210, 'p', 'yeah the one off the oregon coast'],
    [217, 'l', "Richter's local scale tops out for big quakes, so agencies now report moment magnitude (Mw), which measures the energy released over the whole fault. USGS explains it at usgs.gov (search 'magnitude types'), and the Pacific Northwest Seismic Network at pnsn.org lists that quake with both numbers. Does that clear it up?"],
    [260, 'p', 'yes makes sense now'],
    [265, 'l', 'Anything else I can help with?'],
    [285, 'p', 'no thx'],
    [289, 'l', 'Thanks for chatting, take care!'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: '', pickedUpAt: at(40) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FOSSILS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-eighth round: fossils, rocks, minerals and geology, checked', () => {
  describeSessions('whole sessions', FOSSILS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FOSSILS.filter((c) => c.name in LEFT_WHY));
});
