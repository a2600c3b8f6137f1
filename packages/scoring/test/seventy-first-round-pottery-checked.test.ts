/**
 * Seventy-first round, theme POTTERY, CERAMICS AND WEAVING, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: wheel-throwing classes (evening classes near Asheville, a July clay camp in Ann
 * Arbor, centering on a cheap wheel, a trimming video), kilns (renting kiln space in Boise, makerspace firing fees in
 * Pasadena, the outlet for a Skutt KM-818, a makerspace wheel on Sundays), identifying pottery marks (a crown over RW, a
 * Talavera Uriarte vase in Spanish, a McCoy planter, Roseville), glaze and ware safety (lead in a red craft-fair glaze, raku in
 * the dishwasher, a 12-year-old mixing powdered glazes, frost-proof cone 10 clay for planters, earthenware vs stoneware for
 * 7th grade), weaving (a 4-shaft table loom from the Library of Things, beginner books for wall hangings, a backstrap telar
 * for an abuela, warping a grandmother's floor loom, a first rigid heddle loom, a Two Grey Hills rug), guild sales (Vermont
 * holiday craft sales, a fiber guild sale at Rockville Memorial, a Maine pottery guild) and books and videos for beginners
 * (hand-building, "Hamada, Potter", Creativebug). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/pottery-labels.ts, the whole file).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); 100 s after two patron lines (14: fail); `pickedUpAt`
 *   at 30 s with the first line at 90 (30: pass); no provider ever joined, a queue line, "anyone?", the patron left (16);
 *   "Hey there, welcome to Ask a Librarian — I'm Dana …" (01); "Good morning and thanks for reaching out to Ask Idaho! This
 *   is Priscilla …" (02); "Hi there! How can I help today?" under the screen name "Ref Desk" (04: names no one, fail); "Ivy at
 *   Fort Worth Library's Ask a Librarian, looking at your question now." (20: identifies, greets no one, fail); "Hello!" +
 *   "Meg here, a librarian at …" over two lines (06: pass); Spanish "¡Buenas tardes! Soy Marisol, bibliotecaria …" (07) and
 *   "Buenas noches, le atiende Julio, bibliotecario …" (09); chat-speak "hey! Jas here, librarian w/ Ask Us Now at … 👋" (21);
 *   "Welcome! I'm Tess …" (29); "Hi, sorry for the wait! Ken here with Ask Maine Libraries." (14);
 *  inquiry: first class or not, cone and count, stamp/paint/incised, food-safe, frame or table loom, books or videos,
 *   barrio (residence), language of the chat, buy or find weavers, mark number and Puebla, juried or any sale, home library,
 *   DVD or streaming, which town, which branch, fired where and to what cone, day camp or weekend class, the kiln's model and
 *   voltage, home wheel or class, Central or Hastings, what to make first, labels and age, decorative or for food, print or
 *   ebook, adults or kids, grade; a source in the first line before "Do you know which brand the kit is?" (30: fail);
 *  waits: "one moment" at 71 answered at 192 (05: 121 s, fail); "bear with me" at 66 answered at 186 (06: exactly 120 s,
 *   pass); a transfer notice answered 64 s later by the receiver (17); a silent transfer, the receiver 110 s after the
 *   patron (18: pass); "No problem, take your time." then the patron back 180 s later (29: waiting on the patron, pass);
 *   60 s between `pickedUpAt` and the first line (30: pass);
 *  endings: a Lost Call with only a greeting, "Hello? Are you still there?" at 160 and "It seems we've lost the connection, so
 *   I'll close this chat now. Please come back any time …" at 335 (13: final idle 310 s, both pass); "Are you still there?"
 *   at 250 and "I haven't heard back, so I'll end the chat now. Please reach out again anytime!" at 420 (14: final idle
 *   320 s, notice fail: LEFT); "Are you still there?" at 200 and "Okay, closing this chat now." at 260 (25: final idle 205 s,
 *   notice and courteous fail); check-in and notice in one line with no goodbye, ended at exactly 180 s of final idle (28:
 *   both pass, courteous fail: LEFT); a goodbye exactly 120 s after the answer, no check-in (26: idle fail, disconnect na);
 *   a goodbye 119 s after the answer (27: na); the patron's "thats everything i needed" as the last line (24: courteous
 *   fails); "Sorry, we can only take one question per chat session. I'll have to end it here." (22: dismissal, and no
 *   courteous line among the last two); "a few people are waiting … Please chat with us again later" (23: allowed);
 *   goodbyes "Have fun getting muddy, and thanks for chatting!", "Happy firing …", "Take care, bye!", "Enjoy, and come back
 *   anytime!", "¡Con gusto! Gracias por escribirnos …", "¡Gracias a usted, buenas noches!", "Thanks for writing in, talk
 *   soon!", "Bye, and have fun trimming!", "ok have fun, bye! 🏺", "Thank you, happy weaving!", "You're welcome, bye for now!";
 *   patron-side "no more questions!", "thats all I need", "es todo lo que necesitaba", "si gracias, es todo", "thats
 *   everything", "thats all", "that is all", "thats everything i needed", "that is everything";
 *  sources: studio, county, museum and maker pages by URL, the catalogue with named books (Kovels, Moodie, Waddington,
 *   Garrett, the Hamers, Jane Patrick, Dedera, Leach, Triplett, Ball & Lovoos, the Huxfords, Brian Kane), Creativebug and
 *   Britannica School through the library's site, fda.gov, doi.gov/iacb, skutt.com, amaco.com, acmiart.org; none ("Raku is
 *   porous and usually not food-safe …", 25: fail, completeness still pass on the answer's "Does that help?"; 14: fail after
 *   only a clarifying question);
 *  referrals: the Boise Clay Collective by phone (02: pass); "call your county health department" (04: no contact, fail);
 *   "ask at the Centro Cultural Mexicano" (08: no contact, fail); a studio, an art school and an art center pointed to by
 *   their class pages (01, 07, 19: sources, not referrals); the branch and a decorative-arts specialist consulted on the
 *   patron's behalf (09, 11: no referral);
 *  follow-ups: FU_ME in Spanish, e-mail read back, "Le escribo mañana antes del mediodía", done in 20 h (09: pass); FU_ME,
 *   e-mail read back, "once I've gone through the guild pages" (10: contact fails, on_time pending at day 1); FU_LIB, phone
 *   typed with spaces and read back with dashes, "within 72 hours", never recorded by day 5 (11: on_time fails); "get back to
 *   you by Thursday" coded Answered, e-mail read back, done in 48 h (12: code fails, contact and on_time pass);
 *  codes: a true Lost Call (13); Lost Call after two patron lines (14: fail); null with no provider (16); Practice (15);
 *  transfers: a notice (a hold) and an internal note that says why (17: pass); an internal note only, silent to the patron
 *   (18: fail); a notice with no internal note (19: fail);
 *  concurrency: three others open through the session, four at once (20: fail); one ending exactly at the start, one ending
 *   exactly as another starts (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi there! How can I help today?" greets but identifies no one (04); "Ivy at Fort Worth Library's Ask a Librarian, looking
 *   at your question now." identifies but greets no one (20); "hey!" is a greeting like "hi" (21);
 * - a referral tells the patron to contact or visit someone: "look at the 'Intro to Wheel' series at Odyssey ClayWorks …
 *   schedule and prices are at odysseyclayworks.com/classes", "tiene clases de torno … con horarios en swschool.org" and "runs
 *   a … camp …; details and registration at annarborartcenter.org/camps" point to a web page to use (sources, na); "call your
 *   county health department" and "ask at the Centro Cultural Mexicano" tell the patron to contact an agency/organisation
 *   (referrals with no contact, fail); "I'll pass your question to the branch" and "Puedo consultar con nuestra especialista"
 *   are staff consulted on the patron's behalf (na);
 * - "I'll send the list once I've gone through the guild pages" says no when (10: contact fails); "Le escribo mañana antes
 *   del mediodía" and "within 72 hours" do;
 * - "Take care, bye!", "Thanks for writing in, talk soon!" and "¡Gracias a usted, buenas noches!" thank or say goodbye;
 *   "Okay, closing this chat now." only announces the end (25); "Please reach out again anytime!" invites back (14);
 * - "It seems we've lost the connection, so I'll close this chat now" tells the patron they seem disconnected (13); "I haven't
 *   heard back, so I'll end the chat now" says no reply came, not that the patron seems disconnected (14);
 * - "Hi, this is Omar … Happy to help!" is a greeting, not a substantive message: the Lost Call (13) has no substantive
 *   exchange and its final idle runs from that greeting to the notice that invites back (310 s);
 * - "Ivy … looking at your question now." would be a hold if read so; either way no wait there passes 120 s (20).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0 (both disagreements reread against RUBRIC's text; each
 * label stands).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - session.disconnect_notice, case 14: "I haven't heard back, so I'll end the chat now. Please reach out again anytime!"
 *    read as a disconnect notice (pass; RUBRIC fail: it never tells the patron they seem to have disconnected);
 *  - closing.courteous, case 28: "Are you still there? It looks like you may have disconnected; if I don't hear back soon
 *    I'll end this chat." read as a courteous close (pass; RUBRIC fail: no thanks, goodbye or invitation back, and a notice
 *    that asks whether the patron is still there is no goodbye).
 * Every timing check (pickup at 60, 61 and 100 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across a
 * transfer notice, a silent transfer, "take your time" and 60 s after `pickedUpAt`; final idles of 119, 120, 180, 205, 310
 * and 320 s; concurrency at four and at touching ends; on_time done at 20 h and 48 h, late by day 5, pending at day 1) scored
 * as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails
 * typed and read back, a patron phone typed with spaces and read back with dashes, a studio phone beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-pt', name: 'Dana', library: 'BCPL-NC' };
const PRIS: Prov = { id: 'pris-pt', name: 'Priscilla', library: 'BPL-ID' };
const THEO: Prov = { id: 'theo-pt', name: 'Theo', library: 'WPL-MA' };
const DESK: Prov = { id: 'desk-pt', name: 'Ref Desk', library: 'LCL' };
const ROWAN: Prov = { id: 'rowan-pt', name: 'Rowan', library: 'HCL-MN' };
const MEG: Prov = { id: 'meg-pt', name: 'Meg', library: 'PLS-OK' };
const MARISOL: Prov = { id: 'marisol-pt', name: 'Marisol', library: 'SAPL' };
const DEV: Prov = { id: 'dev-pt', name: 'Dev', library: 'DPL-CO' };
const JULIO: Prov = { id: 'julio-pt', name: 'Julio', library: 'PAB' };
const HARRIET: Prov = { id: 'harriet-pt', name: 'Harriet', library: 'VTDL' };
const LOU: Prov = { id: 'lou-pt', name: 'Lou', library: 'AUN' };
const NADIA: Prov = { id: 'nadia-pt', name: 'Nadia', library: 'DML-OH' };
const OMAR: Prov = { id: 'omar-pt', name: 'Omar', library: 'ZPL-OH' };
const KEN: Prov = { id: 'ken-pt', name: 'Ken', library: 'AML-ME' };
const TRAINEE: Prov = { id: 'trainee-pt', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-pt', name: 'Queue', library: 'VRQ' };
const SARA: Prov = { id: 'sara-pt', name: 'Sara', library: 'MCPL-MD' };
const BEN: Prov = { id: 'ben-pt', name: 'Ben', library: 'MCPL-MD' };
const GWEN: Prov = { id: 'gwen-pt', name: 'Gwen', library: 'SPPL' };
const ARLO: Prov = { id: 'arlo-pt', name: 'Arlo', library: 'SPPL' };
const CARMEN: Prov = { id: 'carmen-pt', name: 'Carmen', library: 'AADL' };
const FAY: Prov = { id: 'fay-pt', name: 'Fay', library: 'AADL' };
const IVY: Prov = { id: 'ivy-pt', name: 'Ivy', library: 'FWPL' };
const JAS: Prov = { id: 'jas-pt', name: 'jas_bcpl', library: 'BCPL-MD' };
const LEE: Prov = { id: 'lee-pt', name: 'Lee', library: 'PPL-CA' };
const NELL: Prov = { id: 'nell-pt', name: 'Nell', library: 'MCL-OR' };
const RACHEL: Prov = { id: 'rachel-pt', name: 'Rachel', library: 'ABQ' };
const WREN: Prov = { id: 'wren-pt', name: 'Wren', library: 'ACO' };
const PAT: Prov = { id: 'pat-pt', name: 'Pat', library: 'SFPL-NM' };
const BRAM: Prov = { id: 'bram-pt', name: 'Bram', library: 'TCCL' };
const QUINCY: Prov = { id: 'quincy-pt', name: 'Quincy', library: 'OCLS' };
const TESS: Prov = { id: 'tess-pt', name: 'Tess', library: 'ASCPL' };
const URI: Prov = { id: 'uri-pt', name: 'Uri', library: 'DEL' };

const s = session;

export const POTTERY: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 evening wheel-throwing classes near Asheville: "Hey there, welcome … I\'m Dana", first class asked, studio URL + a book, "no more questions!"', [
    [0, 'p', 'hi!! any wheel throwing classes for adults around asheville?? evenings would be best'],
    [25, 'l', "Hey there, welcome to Ask a Librarian — I'm Dana, one of the librarians at Buncombe County Public Libraries."],
    [31, 'l', 'Have you thrown before, or would this be your very first class?'],
    [75, 'p', 'never touched clay lol'],
    [81, 'l', "Then look at the 'Intro to Wheel' series at Odyssey ClayWorks, which runs Tuesday and Thursday evenings; schedule and prices are at odysseyclayworks.com/classes. The library also has 'The Beginner's Guide to Wheel Throwing' by Richard Phethean if you want to read ahead (catalog.buncombecounty.org)."],
    [87, 'l', 'Does that help?'],
    [130, 'p', 'yes this is great, no more questions!'],
    [135, 'l', 'Have fun getting muddy, and thanks for chatting!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a referral by phone
  s(PRIS, '02 renting kiln space in Boise: pickup at exactly 60 s, cone asked, "Give them a call at 208-555-0142"', [
    [0, 'p', 'hey does anyone rent kiln time around here?? i have greenware and no kiln lol'],
    [60, 'l', 'Good morning and thanks for reaching out to Ask Idaho! This is Priscilla, a librarian at Boise Public Library.'],
    [66, 'l', 'What cone do your pieces need to fire to, and roughly how many pieces?'],
    [110, 'p', 'cone 6 i think, like 12 mugs'],
    [116, 'l', "Our library doesn't have a kiln, but the Boise Clay Collective rents shelf space in their cone 6 firings. Give them a call at 208-555-0142 and ask for the firing schedule."],
    [122, 'l', 'Is that what you needed?'],
    [150, 'p', 'yes!! exactly'],
    [155, 'l', 'Anything else I can look up for you?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Happy firing, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s
  s(THEO, '03 a crown-over-RW mark on a yard-sale vase: pickup at 61 s, mark asked, Kovels in the catalogue + potterymarksindex.com', [
    [0, 'p', 'i found a vase at a yard sale with a mark on the bottom, like a crown over the letters RW. how do I find out who made it'],
    [61, 'l', "Hi, I'm Theo from the Ask a Librarian team at Worcester Public Library — sorry to keep you waiting."],
    [67, 'l', 'Is the mark stamped in ink, painted, or pressed into the clay? And is the vase porcelain or heavier pottery?'],
    [120, 'p', 'blue ink stamp, porcelain i think. kinda thin'],
    [126, 'l', "A good place to start is Kovels' New Dictionary of Marks: Pottery & Porcelain, which sorts marks by shape (crowns have their own section). We have two copies at Main, and the catalogue record is at mywpl.org (search 'Kovels marks'). For free online, potterymarksindex.com lets you browse by symbol."],
    [132, 'l', 'Did that point you in the right direction?'],
    [190, 'p', 'yes I think so, thank you'],
    [196, 'l', 'Anything else I can help you with?'],
    [220, 'p', 'no'],
    [224, 'l', 'Thanks for chatting — good luck with the vase!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets but names no one; county health department with no contact
  s(DESK, '04 lead in a red craft-fair mug glaze: "Hi there! How can I help today?" under "Ref Desk", FDA URL, "call your county health department" (no contact)', [
    [0, 'p', 'is it safe to drink out of a handmade mug from a craft fair? worried about lead in the glaze'],
    [14, 'l', 'Hi there! How can I help today?'],
    [20, 'l', 'Do you know if the potter sells it as food-safe, and is the glaze shiny or matte?'],
    [70, 'p', 'no idea, its a bright red shiny glaze'],
    [78, 'l', "The FDA's page on lead in ceramicware explains the risk and how home lead test kits work: fda.gov/food/environmental-contaminants-food/lead-food-and-foodwares. If you're still worried, call your county health department and ask whether they test dishes."],
    [84, 'l', 'Does that answer your question?'],
    [130, 'p', 'ya thanks'],
    [134, 'l', 'Anything else?'],
    [150, 'p', 'no that was it'],
    [155, 'l', 'Take care, bye!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 05 a hold answered 121 s later
  s(ROWAN, '05 a 4-shaft table loom from the Library of Things: "one moment" at 71, answered at 192 (121 s)', [
    [0, 'p', 'Does the library lend weaving looms? I saw something about a library of things'],
    [18, 'l', "Hello, welcome to Ask Us! You're chatting with Rowan, a librarian at Hennepin County Library."],
    [24, 'l', 'Are you thinking of a small frame loom or a bigger floor or table loom?'],
    [65, 'p', 'table loom probably, like 4 shaft? I am a beginner'],
    [71, 'l', 'Let me look through our Library of Things list, one moment.'],
    [192, 'l', "Okay! We have two Ashford 4-shaft table looms in the Library of Things, lent for three weeks at a time. You can see them and place a hold at hclib.org/library-of-things (search 'loom')."],
    [198, 'l', 'Does that help?'],
    [240, 'p', 'yes thank u, thats all I need'],
    [246, 'l', 'Happy weaving! Thanks for using Ask Us.'],
  ], usual({ informed: 'fail' })),

  // 06 a hold answered exactly 120 s later; greeting split over two lines
  s(MEG, '06 beginner weaving books for wall hangings: "Hello!" + "Meg here, a librarian …", "bear with me" at 66, titles at 186 (120 s)', [
    [0, 'p', 'can u recommend books for learning to weave? total beginner, want to make wall hangings'],
    [22, 'l', 'Hello!'],
    [25, 'l', "Meg here, a librarian at Pioneer Library System's chat service. Do you prefer books, or would videos work too?"],
    [60, 'p', 'both honestly'],
    [66, 'l', 'Great, let me pull a few titles from the catalogue — bear with me.'],
    [186, 'l', "Here are three: 'Weaving Within Reach' and 'Woven Wall Art', both by Maryanne Moodie, and 'The Weaving Explorer' by Deborah Jarchow; all are in our catalogue at pioneerlibrarysystem.org. For video, Creativebug (free with your card under eResources) has a beginner tapestry course."],
    [192, 'l', 'Are those the kind of thing you had in mind?'],
    [230, 'p', 'yes perfect 😊'],
    [236, 'l', 'Anything else today?'],
    [250, 'p', 'no thanks!'],
    [254, 'l', 'Enjoy, and come back anytime!'],
  ], usual()),

  // 07 Spanish: clay classes
  s(MARISOL, '07 clases de cerámica para adultos en San Antonio (Spanish): "¡Buenas tardes! Soy Marisol, bibliotecaria", barrio asked, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, hay clases de ceramica para adultos en la biblioteca o cerca?'],
    [30, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria de la Biblioteca Pública de San Antonio. ¿En qué parte de la ciudad vive?'],
    [80, 'p', 'en el south side cerca de mission'],
    [86, 'l', 'La Biblioteca Mission ofrece talleres de barro gratis el primer sábado de cada mes; el calendario está en mysapl.org/eventos. El Southwest School of Art también tiene clases de torno para adultos, con horarios en swschool.org.'],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y que disfrute la clase.'],
  ], usual()),

  // 08 partly Spanish: a backstrap loom; "ask at the Centro Cultural Mexicano" (no contact)
  s(DEV, '08 a backstrap telar for an abuela (partly Spanish): language asked, catalogue books, "ask at the Centro Cultural Mexicano" (no contact)', [
    [0, 'p', 'hi, my abuela wants a telar (loom) like the one she used in Guatemala, a backstrap one. where can we get one or learn more?'],
    [20, 'l', 'Hi! Dev with Ask a Librarian at Denver Public Library here. ¿Prefiere que escriba en español o en inglés?'],
    [50, 'p', 'english ok, ella lee español'],
    [56, 'l', 'Got it. Is she looking to buy a loom, or to find people who weave that way?'],
    [100, 'p', 'both i guess'],
    [106, 'l', "For reading, 'Backstrap Weaving' by Laverne Waddington is in our catalogue at denverlibrary.org, and it shows how to make the loom itself from dowels. For people who weave that way, ask at the Centro Cultural Mexicano; they often know local weavers."],
    [112, 'l', 'Does that help for now?'],
    [150, 'p', 'yes gracias!!'],
    [155, 'l', 'Anything else I can find for you?'],
    [175, 'p', 'no eso es todo'],
    [180, 'l', '¡Gracias, and say hi to your abuela!'],
  ], usual({ referral: 'fail' })),

  // 09 Spanish follow-up by me: e-mail read back, "mañana antes del mediodía", done in 20 h
  s(JULIO, '09 fecha de una vasija Talavera Uriarte (Spanish, follow-up by me): correo repetido, "Le escribo mañana antes del mediodía", done in 20 h', [
    [0, 'p', 'buenas noches, tengo una vasija de barro de mi abuelo con una marca que dice "Talavera Uriarte" y un numero. quisiera saber de que año es'],
    [25, 'l', 'Buenas noches, le atiende Julio, bibliotecario del servicio Pregunte al Bibliotecario.'],
    [31, 'l', '¿Qué número aparece junto a la marca, y la pieza es de Puebla?'],
    [90, 'p', 'dice 1824 pero creo que es el año de fundacion. si de puebla'],
    [96, 'l', 'Correcto, 1824 es el año en que se fundó Uriarte. La página de historia de la casa, talaverauriarte.com (Historia > Marcas), muestra cómo cambió la firma con los años. Puedo consultar con nuestra especialista en artes decorativas y mandarle lo que encuentre por correo. ¿Cuál es su correo electrónico?'],
    [150, 'p', 'si porfa, rgarcia.puebla@example.com'],
    [156, 'l', 'Anotado: rgarcia.puebla@example.com. Le escribo mañana antes del mediodía.'],
    [162, 'l', '¿La página de marcas le ayuda por ahora?'],
    [200, 'p', 'si gracias, es todo'],
    [205, 'l', '¡Gracias a usted, buenas noches!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 10 follow-up by me, e-mail read back, no time
  s(HARRIET, '10 Vermont guild holiday sales for rag rugs and mugs (follow-up by me): e-mail read back, "once I\'ve gone through the guild pages" (no time)', [
    [0, 'p', 'Is there a list of weaving or pottery guilds in Vermont that do holiday craft sales? I want to sell my stuff'],
    [30, 'l', 'Hi, thanks for contacting Ask a Librarian! I am Harriet at the Vermont Department of Libraries.'],
    [36, 'l', 'Are you looking to sell at juried shows, or at any sale that takes vendors?'],
    [90, 'p', 'any, I am pretty new. i make rag rugs and some mugs'],
    [96, 'l', "The Vermont Crafts Council keeps a members directory and a show calendar at vermontcrafts.com (Events > Craft Shows). I'd like to put together a fuller list of the guild sales for you and e-mail it. What's the best address?"],
    [150, 'p', 'sure its mapleloom@example.net'],
    [156, 'l', "Thanks, I have mapleloom@example.net. I'll send the list once I've gone through the guild pages."],
    [162, 'l', 'Does the Crafts Council calendar help in the meantime?'],
    [200, 'p', 'yes! thx'],
    [205, 'l', 'Anything else?'],
    [220, 'p', 'no'],
    [224, 'l', 'Thanks for writing in, talk soon!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 11 follow-up by the patron's library, phone read back, "within 72 hours", never recorded
  s(LOU, '11 warping grandma\'s floor loom (follow-up by patron\'s library): phone read back, "call you within 72 hours", not recorded by day 5', [
    [0, 'p', 'my grandma left me a big floor loom and i need somebody to help me set it up / warp it. is there anyone at the library who knows?'],
    [20, 'l', 'Good morning! This is Lou, a librarian with AskUsNow!'],
    [26, 'l', 'Which library do you usually use?'],
    [60, 'p', 'Frederick county, the C. Burr Artz one'],
    [66, 'l', "A fiber arts group meets at C. Burr Artz and the branch staff know its members, so I'll pass your question to the branch and someone there can connect you. Meanwhile 'Warping All By Yourself' by Cay Garrett is in the catalogue at fcpl.org. What's a phone number they can reach you at?"],
    [120, 'p', '301 555 0187'],
    [126, 'l', 'So that is 301-555-0187, right? Someone from the branch will call you within 72 hours.'],
    [160, 'p', 'yes thats right. thank you!'],
    [166, 'l', 'Does the Garrett book help to get started?'],
    [200, 'p', 'yes i will put it on hold. thats everything'],
    [206, 'l', 'Wonderful. Thanks for using AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 12 a promise "by Thursday" coded Answered, e-mail read back, done in 48 h
  s(NADIA, '12 a trimming video (promise, coded Answered): Creativebug, "get back to you by Thursday", e-mail read back, done in 48 h', [
    [0, 'p', 'looking for a video on how to trim a pot on the wheel, the library ones I found are all throwing not trimming'],
    [15, 'l', 'Hello and welcome! Nadia here, librarian at Dayton Metro Library.'],
    [21, 'l', 'Are you looking for a DVD to borrow, or is streaming fine?'],
    [60, 'p', 'streaming is fine'],
    [66, 'l', "Creativebug (free with your card at daytonmetrolibrary.org > eResources) has a 'Trimming on the Wheel' lesson in its ceramics section. I'll also check with our AV team whether any Hoopla titles cover trimming and get back to you by Thursday. What e-mail should I use?"],
    [110, 'p', 'wheelnut22@example.com'],
    [116, 'l', 'Thanks — wheelnut22@example.com it is.'],
    [122, 'l', 'Is the Creativebug lesson what you were after?'],
    [160, 'p', 'yeah that looks good'],
    [166, 'l', 'Anything else I can help with?'],
    [180, 'p', 'nope'],
    [185, 'l', 'Bye, and have fun trimming!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(48 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 a true Lost Call
  s(OMAR, '13 Roseville pottery (Lost Call): greeting only, "Hello? Are you still there?" at 160, "lost the connection … close this chat … come back" at 335', [
    [0, 'p', 'do you know anything about Roseville pottery'],
    [25, 'l', 'Hi, this is Omar with Ask a Librarian at Zanesville Public Library. Happy to help!'],
    [160, 'l', 'Hello? Are you still there?'],
    [335, 'l', "It seems we've lost the connection, so I'll close this chat now. Please come back any time with your Roseville question!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after two patron lines; no source; check-in but no disconnect notice
  s(KEN, '14 a Maine pottery guild (Lost Call, two patron lines): pickup 100 s, town asked, "Are you still there?", "I haven\'t heard back, so I\'ll end the chat now"', [
    [0, 'p', 'where can i find a pottery guild in maine to join'],
    [90, 'p', 'hello??'],
    [100, 'l', 'Hi, sorry for the wait! Ken here with Ask Maine Libraries.'],
    [106, 'l', 'Which town are you in? That will tell me which guild is closest.'],
    [250, 'l', 'Are you still there?'],
    [420, 'l', "I haven't heard back, so I'll end the chat now. Please reach out again anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(TRAINEE, '15 practice chat (kiln macro): coded Practice, every check na', [
    [0, 'p', 'testing - kiln rental question'],
    [10, 'l', 'hi, trainee testing the ceramics macro'],
    [16, 'l', 'Kilns: see samplelibrary.org/makerspace. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no provider ever joined
  s(NOBODY, '16 makerspace pottery wheel on Sundays: no provider ever joined, "anyone?", patron left, code null', [
    [0, 'p', 'do you guys have the pottery wheel in the makerspace open on sundays'],
    [3, 's', 'All of our librarians are helping other patrons. Please stay on the line.'],
    [150, 'p', 'anyone?'],
    left(280),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 17 a transfer announced, with a note that says why
  s(SARA, '17 fiber guild sale at Rockville Memorial: "I\'m going to hand you to Ben … Just a moment while I transfer you" + note why, Ben 64 s later', [
    [0, 'p', 'when is the weaving guild sale this year? I thought it was at the library'],
    [20, 'l', "Good afternoon, I'm Sara with Montgomery County Public Libraries' chat."],
    [26, 'l', 'Do you remember which branch hosted it last year?'],
    [60, 'p', 'rockville i think'],
    [66, 'l', "I'm going to hand you to Ben at Rockville Memorial, who books the community room there. Just a moment while I transfer you."],
    [69, 'i', 'Ben, patron asking about the weaving guild sale dates in your community room. You keep the room bookings, can you take it?'],
    xfer(72, 'Ben', 'ben-pt'),
    [130, 'l', "Hi, Ben at Rockville Memorial here. The Potomac Fiber Arts Guild's sale is booked for Nov 14-15 in our community room; it's on the events calendar at mcpl.libnet.info (search 'fiber'). Does that answer it?", as(BEN)],
    [170, 'p', 'yes thats what I wanted. thats all'],
    [175, 'l', 'Great, thanks for chatting and enjoy the sale!', as(BEN)],
  ], usual({ transfer: 'pass' })),

  // 18 a silent transfer, the receiver 110 s after the patron
  s(GWEN, '18 frost-proof clay body for cone 10 planters: internal note, silent transfer, Arlo 110 s after the patron with the Hamers\' dictionary', [
    [0, 'p', 'im trying to figure out what kind of clay body to use for outdoor planters that survive freezing. any books?'],
    [25, 'l', 'Hi, this is Gwen at Ask a Librarian, Saint Paul Public Library.'],
    [31, 'l', 'Will you fire them yourself, and to what cone?'],
    [80, 'p', 'yes at my studio, cone 10'],
    [84, 'i', 'Arlo, clay body / frost-resistant planters q — you did ceramics for years, can you take this?'],
    xfer(88, 'Arlo', 'arlo-pt'),
    [190, 'l', "Hey, Arlo here, also a librarian at Saint Paul Public Library. 'The Potter's Dictionary of Materials and Techniques' by Frank and Janet Hamer covers absorption and frost damage; it's in our catalogue at sppl.org. In short, aim for a clay body under about 3% absorption at cone 10.", as(ARLO)],
    [196, 'l', 'Is that what you were looking for?', as(ARLO)],
    [240, 'p', 'yes thanks!'],
    [246, 'l', 'Anything else?', as(ARLO)],
    [260, 'p', 'no all set'],
    [265, 'l', 'Cool, thanks and good luck with the planters!', as(ARLO)],
  ], usual({ transfer: 'fail' })),

  // 19 a transfer announced, no internal note
  s(CARMEN, '19 a July pottery day camp for a 10-year-old: "Transferring you to her now!" with no note to Fay, Art Center URL', [
    [0, 'p', 'My kid (10) wants to do a pottery summer camp. Anything near Ann Arbor?'],
    [18, 'l', 'Hi! Welcome to Ask AADL. I am Carmen, a librarian here.'],
    [24, 'l', 'Is that for a day camp, or would a weekend class work?'],
    [60, 'p', 'day camp, in july'],
    [66, 'l', 'Our youth services librarian, Fay, keeps the summer camp list. Transferring you to her now!'],
    xfer(70, 'Fay', 'fay-pt'),
    [120, 'l', "Hi, Fay here at AADL youth services. The Ann Arbor Art Center runs a week-long 'Clay Creatures' camp for ages 8-11 in July; details and registration at annarborartcenter.org/camps. Does that help?", as(FAY)],
    [160, 'p', 'yes signing her up now thanks'],
    [165, 'l', 'Anything else for you today?', as(FAY)],
    [185, 'p', 'nope thats all'],
    [190, 'l', 'Have fun at camp! Bye!', as(FAY)],
  ], usual({ transfer: 'fail' })),

  // 20 no greeting word; four chats at once
  s(IVY, '20 the outlet for a Skutt KM-818 in a garage: "Ivy at Fort Worth Library\'s Ask a Librarian, looking at your question now." (no greeting), four chats at once', [
    [0, 'p', 'what size outlet do i need for a small electric kiln in my garage'],
    [30, 'l', "Ivy at Fort Worth Library's Ask a Librarian, looking at your question now."],
    [36, 'l', 'Do you know the model, or at least the voltage on the plate?'],
    [80, 'p', 'skutt km-818, 240v'],
    [86, 'l', "Skutt's spec sheet for the KM-818 (skutt.com > Kilns > KM-818 > Specifications) lists the breaker size, the receptacle type and the wire gauge."],
    [92, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes thank you! that is all'],
    [136, 'l', 'Thanks for chatting, stay safe!'],
  ], usual({ greeting: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'ivy-pt', -60, 300), other('i2', 'ivy-pt', 20, 200), other('i3', 'ivy-pt', 50, 400)],
  }),

  // 21 chat-speak, three at most with touching ends
  s(JAS, '21 centering on a cheap wheel (chat-speak, emoji): "hey! Jas here, librarian w/ Ask Us Now", one chat ending at the start, one starting as another ends (three at most)', [
    [0, 'p', 'yo is there a youtube channel or smth for learning to center clay?? keeps wobbling 😩'],
    [12, 'l', 'hey! Jas here, librarian w/ Ask Us Now at Baltimore County Public Library 👋'],
    [18, 'l', 'r u on a wheel at home or in a class?'],
    [40, 'p', 'home, got a cheap wheel off marketplace'],
    [46, 'l', "ok so for centering, Creativebug has a short lesson, free w/ ur card at bcpl.info > eResources. also the book 'Wheel Throwing' by Brian Kane has step by step pics, it's in our catalog"],
    [52, 'l', 'that help?'],
    [70, 'p', 'ya ty!!'],
    [74, 'l', 'anything else?'],
    [85, 'p', 'nah im good'],
    [88, 'l', 'ok have fun, bye! 🏺'],
  ], usual(), {}, {
    otherIntervals: [other('j1', 'jas-pt', -200, 0), other('j2', 'jas-pt', -30, 300), other('j3', 'jas-pt', 20, 60), other('j4', 'jas-pt', 60, 500)],
  }),

  // 22 "one question per chat session … end it here"
  s(LEE, '22 makerspace kiln firing fees, then three more questions: "we can only take one question per chat session. I\'ll have to end it here." (dismissal)', [
    [0, 'p', 'how much does it cost to fire pieces at the makerspace kiln'],
    [20, 'l', 'Hello, this is Lee at Pasadena Public Library Ask a Librarian.'],
    [26, 'l', 'Which location, Central or Hastings?'],
    [50, 'p', 'central'],
    [56, 'l', "Central's makerspace charges $3 per shelf inch of kiln space; the price list is at cityofpasadena.net/library/makerspace. Does that help?"],
    [80, 'p', 'yes. also what glazes are food safe and can i bring my own clay and do u have classes'],
    [88, 'l', "Sorry, we can only take one question per chat session. I'll have to end it here."],
    [100, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 a busy queue, a way back
  s(NELL, '23 a first loom, then yarn, guild and classes: "a few people waiting … Please chat with us again later" (allowed)', [
    [0, 'p', 'hi!! I want to start weaving. what kind of loom should i buy? also yarn? also is there a guild? also classes??'],
    [25, 'l', "Hi and welcome to Ask a Librarian! I'm Nell at Multnomah County Library."],
    [31, 'l', "Let's start with the loom. What do you want to make first: scarves, rugs, wall pieces?"],
    [70, 'p', 'scarves i think'],
    [76, 'l', "Then a rigid heddle loom is the usual first choice. 'The Weaver's Idea Book' by Jane Patrick explains them and is in our catalogue at multcolib.org. Does that help with the loom question?"],
    [120, 'p', 'yes! ok now yarn, and the guild, and classes'],
    [128, 'l', "The queue is busy today and a few people are waiting for a librarian, so I'll stop here with the loom. Please chat with us again later for the yarn, guild and classes questions — we'd be glad to help."],
    [150, 'p', 'ok fair, thanks'],
    [155, 'l', 'Thank you, happy weaving!'],
  ], usual({ anything: 'fail' })),

  // 24 the patron has the last word
  s(RACHEL, '24 is a Two Grey Hills rug real: IACB guide + Dedera in the catalogue, patron "thats everything i needed" last, no goodbye', [
    [0, 'p', 'I bought a rug at an estate sale, tag says "Navajo, Two Grey Hills". how can i tell if its real'],
    [28, 'l', "Good evening! Rachel from Albuquerque's Ask a Librarian service."],
    [34, 'l', 'Does it have any other labels or a certificate, and do you know roughly how old it is?'],
    [90, 'p', 'no certificate, maybe 1970s?'],
    [96, 'l', "The Indian Arts and Crafts Board's guide to buying authentic Native American art is at doi.gov/iacb, and 'Navajo Rugs: The Essential Guide' by Don Dedera, in our catalogue at abqlibrary.org, shows what Two Grey Hills weaving looks like up close."],
    [102, 'l', 'Is that helpful for what you need?'],
    [150, 'p', 'super helpful, thats everything i needed'],
  ], usual({ courteous: 'fail' })),

  // 25 no source; check-in, no disconnect notice, final idle 205 s
  s(WREN, '25 raku bowl in the dishwasher: answer with no source, "Are you still there?" at 200, "Okay, closing this chat now." at 260 (final idle 205 s)', [
    [0, 'p', 'can i put a raku fired pot in the dishwasher'],
    [20, 'l', 'Hi! I am Wren, a reference librarian at AskColorado.'],
    [26, 'l', 'Is it a decorative piece or something you eat from?'],
    [50, 'p', 'its a bowl i use for fruit'],
    [60, 'l', "Raku is porous and usually not food-safe, so hand-wash it at most and don't leave wet food in it. Does that help?"],
    [200, 'l', 'Are you still there?'],
    [260, 'l', 'Okay, closing this chat now.'],
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 26 final idle exactly 120 s, no check-in
  s(PAT, '26 "Hamada, Potter" on the shelf: print or ebook asked, call number + catalogue, goodbye exactly 120 s after the answer with no check-in', [
    [0, 'p', 'do you have the book Hamada Potter by Bernard Leach?'],
    [15, 'l', 'Hello, thank you for contacting the Ask Us chat. This is Pat at Santa Fe Public Library.'],
    [21, 'l', 'Would you like a print copy, or is an ebook ok?'],
    [60, 'p', 'print please'],
    [66, 'l', "'Hamada, Potter' by Bernard Leach is at the Main Library, call number 738.0952 LEA; you can place a hold from the catalogue at santafelibrary.org. Did that help?"],
    [186, 'l', 'Thanks for using Ask Us, goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 27 final idle 119 s
  s(BRAM, '27 hand-building books (emoji): answer + "Is that what you were looking for? Anything else…?" at 70, goodbye at 189 (final idle 119 s)', [
    [0, 'p', 'looking for good beginner pottery books w/ hand building not wheel'],
    [18, 'l', 'Hi, Bram here from the Tulsa City-County Library chat. 😊'],
    [24, 'l', 'Are you after projects for adults, or for doing with kids?'],
    [55, 'p', 'adults, me lol'],
    [70, 'l', "Try 'Hand-Built Ceramics' by Kathy Triplett and 'Making Pottery Without a Wheel' by F. Carlton Ball and Janice Lovoos; both are in the catalogue at tulsalibrary.org. Is that what you were looking for? Anything else I can help with?"],
    [189, 'l', 'Thanks for stopping by the chat! Bye for now.'],
  ], usual()),

  // 28 check-in and notice in one line, final idle exactly 180 s
  s(QUINCY, '28 earthenware vs stoneware for 7th grade: Britannica School at 50, "Are you still there? It looks like you may have disconnected …" at 200, ended at 230 (final idle 180 s)', [
    [0, 'p', 'whats the difference between earthenware and stoneware? for a school project'],
    [15, 'l', 'Hello! Quincy at the Ask a Librarian service, Orange County Library System.'],
    [21, 'l', 'What grade is the project for? That helps me pick a source.'],
    [40, 'p', '7th'],
    [50, 'l', "Britannica School (free with your library card at ocls.org > Research) has an article on pottery that explains both: earthenware is fired at lower temperatures and stays porous, stoneware is fired hotter and becomes dense and waterproof. Is that enough for your project?"],
    [200, 'l', "Are you still there? It looks like you may have disconnected; if I don't hear back soon I'll end this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 30 }),

  // 29 "take your time", the patron away 180 s
  s(TESS, '29 dating a McCoy planter: mark asked, "No problem, take your time." then the patron back 180 s later, the Huxfords\' encyclopedia', [
    [0, 'p', 'Hello, I have a McCoy-looking planter, how do I tell if it is real McCoy and roughly when it was made?'],
    [20, 'l', "Welcome! I'm Tess, a librarian with Ask Us at Akron-Summit County Public Library."],
    [26, 'l', 'What does the mark on the bottom say exactly, and is it raised or stamped?'],
    [60, 'p', 'hang on its on a high shelf, let me get it down'],
    [66, 'l', 'No problem, take your time.'],
    [246, 'p', 'ok it says McCoy USA raised, with a number 0373'],
    [252, 'l', "Raised 'McCoy USA' marks were used from about the 1940s into the 1970s. 'The Collector's Encyclopedia of McCoy Pottery' by Sharon and Bob Huxford shows the marks by period; it's in the catalogue at akronlibrary.org."],
    [258, 'l', 'Does that help you date it?'],
    [300, 'p', 'yes thanks, that is everything'],
    [306, 'l', 'Thanks for chatting with us, enjoy the planter!'],
  ], usual()),

  // 30 pickedUpAt 30 s, a source before any question
  s(URI, '30 a 12-year-old mixing powdered glazes: pickedUpAt 30 s, first line at 90 gives acmiart.org, then "Do you know which brand…?"', [
    [0, 'p', 'my daughter got a glaze kit with powdered glazes, is it safe for her to mix them at the kitchen table? she is 12'],
    [90, 'l', 'Hi, Uri here, a librarian at Delaware Libraries. The Art & Creative Materials Institute lists which art materials are safe for kids at acmiart.org (Safety > Seal Program); look for the AP seal on the glaze jars.'],
    [96, 'l', 'Do you know which brand the kit is?'],
    [140, 'p', 'amaco i think'],
    [146, 'l', 'AMACO posts the safety data sheet for each glaze at amaco.com (Resources > SDS). Powder should be mixed wearing a mask and not where you eat. Does that help?'],
    [190, 'p', 'yes thank you, thats all'],
    [195, 'l', "You're welcome, bye for now!"],
  ], usual({ clarify: 'fail' }), { pickedUpAt: at(30) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => POTTERY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('14')]:
    'session.disconnect_notice: expected fail, got pass ("told the idle patron they seem disconnected and that the session will end"). Message 5: "I haven\'t heard back, so I\'ll end the chat now. Please reach out again anytime!" says the chat will end and that no reply came, but never tells the patron that they seem to have disconnected (RUBRIC session.disconnect_notice: "the provider told the patron that they seem to have disconnected and that the session will end").',
  [byNo('28')]:
    'closing.courteous: expected fail, got pass ("closed with thanks, a goodbye or an invitation to come back"). The provider\'s last two visible messages are message 4 (the Britannica School answer, "Is that enough for your project?") and message 5: "Are you still there? It looks like you may have disconnected; if I don\'t hear back soon I\'ll end this chat." Neither thanks the patron, says goodbye or invites them back (RUBRIC closing.courteous: "one of the provider\'s last two visible messages thanks the patron, says goodbye or invites them back"; Terms, Goodbye: "Announcing that the chat will end is not, by itself, a goodbye", and a disconnect notice is one only "unless it also asks whether the patron is still there").',
};

describe('seventy-first round: pottery, ceramics and weaving, checked', () => {
  describeSessions('whole sessions', POTTERY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', POTTERY.filter((c) => c.name in LEFT_WHY));
});
