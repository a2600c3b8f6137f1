/**
 * Sixty-ninth round, theme COMIC BOOKS, MANGA AND GRAPHIC NOVELS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: series and reading order (One Piece, Saga, Sandman and its spinoffs, Dog
 * Man), comics through apps (hoopla's monthly limit, hoopla pages that won't load, hoopla or Libby for manga, the free
 * webcomic app), cons and artist alleys (Comic-Con tickets in Spanglish, a Baltimore Comic Con artist alley table), drawing
 * classes and how-to-draw-manga books, the value of old comics (Amazing Spider-Man #129, X-Men #94 / Spawn #1 / Archies),
 * banned or challenged graphic novels (Maus in Tennessee, New Kid pulled from a school, Gender Queer in a classroom,
 * Persepolis for a book club), webcomics (free hosting, consignment of a webcomic's print run), manga for a 9-year-old and
 * a Tezuka report in Spanish, a Berserk volume missing, a 2009 small-press graphic novel through ILL, graphic medicine
 * articles for a nursing class, a children's graphic novel club. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text alone, before the first run (labels copied aside to /tmp/comics-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s after a queue line (01: pass) and at 61 s (02: fail); `pickedUpAt` at 45 s with the
 *   first line at 90 (14: pass); no provider ever joined, Spanish "hay alguien??" (16); "Hey! Good question." under the
 *   screen name Kenji, nobody named in the text (03: fail); "Quincy with Ask Us at Kansas City Public Library." with no
 *   greeting word (20: fail); "Hello!" + "Otto here, from the Ask a Librarian team …" over two lines (18: pass); "Hey
 *   there! You've got Dana …", "Habla Lucía, bibliotecaria …", "¡Hola! Soy Beatriz, de la biblioteca …", "le atiende
 *   Karen del servicio …", "Welcome to Ask a Librarian! Sam here …", "you're chatting with Dev …";
 *  inquiry: print or app, device, condition of the comic, how many sources, age and language, this year's show, in person
 *   or online, author or publisher, single issue or collected, print or ebook list, peer-reviewed and dates, books or
 *   articles and by when; a question inside the greeting line (07, 17); the question only after the catalog and kits were
 *   given (28: fail); no source ever given, the device question counts (29);
 *  waits: a hold answered exactly 120 s later (04: pass) and one 121 s later (05: fail); a transfer notice answered 74 s
 *   later by the receiver (23); a silent transfer, the receiver 90 s after the patron's line (24: pass); a Spanish transfer
 *   notice answered 60 s later (25);
 *  endings: a Lost Call with only a greeting, "are you still there?" at 140 and a notice that invites back at 200 (13: final
 *   idle exactly 180 s, both pass); a goodbye exactly 120 s after the answer with no check-in (17: idle fails, disconnect
 *   na); a goodbye 119 s after the answer (18: both na); "Are you still there?" at 230 and "disconnected … end this chat.
 *   Thanks … come back anytime." at 290 (19: idle 190 s, both pass); "It looks like you've disconnected. I'm closing this
 *   chat." with no check-in and no goodbye (20: idle fails, disconnect passes, courteous fails); "Sorry, your time is up —
 *   I can only do one question per patron. Bye." (21: dismissal, courteous passes on "Bye"); "I have other patrons
 *   waiting right now. Please chat back in later" (22: allowed); the patron's "no thats all, thanks so much!!" last (30:
 *   courteous fails); patron-side "no more questions", "thats everything", "thats all i need", "es todo", "eso es todo",
 *   "thats all i needed", and "yep", "ok gracias", "ok" that do not count;
 *  sources: catalogs (pima, sfpl.org, lapl.org, hclib.org, mdpls.org, provlib.org, multcolib.org + WorldCat), hoopla's help
 *   pages, the Overstreet guide (a book with a call number), gocollect.com, cgccomics.com, Newspaper Source, CINAHL
 *   Complete, ala.org, ncac.org, publisher and con sites; none (29: "WEBTOON is the big one … Tapas is another", apps with
 *   no way to reach them: fail);
 *  referrals: "llame a Comic-Con International al 619-491-2475" (07: pass); "try calling the Parks and Recreation
 *   department" with no contact (08: fail); "Reach out to the Comic Book Legal Defense Fund … cbldf.org/contact" (30: pass);
 *   ILL staff, a cataloger, the Eastside children's staff and comic shops consulted on the patron's behalf (09, 10, 11, 12:
 *   no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done exactly 72 h after the end (09: pass); FU_ME, phone
 *   typed and read back, "by tomorrow afternoon", done 73 h after the end (10: on_time fails); a promise to e-mail "when I
 *   hear back" with the e-mail given, no time, coded Answered (11: code and contact fail, on_time pending at day 1);
 *   FU_LIB in Spanish, "ellos le contestarán la próxima semana", no e-mail or phone anywhere, not done by day 4 (12: code,
 *   contact and on_time fail);
 *  codes: a true Lost Call (13); Lost Call after four patron lines (14); Practice (15); null with no provider (16); "" (28);
 *  transfers: a notice (a hold) and an internal note why (23: pass); an internal note only (24: fail); a notice in Spanish
 *   with no internal note (25: fail);
 *  concurrency: three others open together with this one (26: four at once, fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (27: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "within `followUpHours` elapsed hours" includes the limit: done exactly 72 h after `endedAt` passes (09);
 * - final idle "≥ idleCheckSeconds / disconnectSeconds" applies at exactly 120 s (17) and 180 s (13), not at 119 s (18);
 * - "Hey! Good question." greets; "Quincy with Ask Us at …" identifies but greets no one (no hello/hi/welcome/thanks);
 * - "Hi! Leo here, a librarian with Ask Us Now." is a greeting only, so 13 has no substantive exchange and its final idle
 *   starts there;
 * - "I'll call you by tomorrow afternoon", "by Thursday" say when; "e-mail you when I hear back" and "la próxima semana"
 *   said with no contact known do not make followup.contact pass (11: no time; 12: no contact);
 * - "Enjoy the comics, take care!", "¡Que se divierta! Adiós.", "hasta luego", "hasta pronto", "Talk soon, thanks!" say
 *   goodbye or thank; "You're welcome — good luck on the paper, bye!" says goodbye;
 * - "Is that what you needed for now?", "Does that guide help for now?", "Did the catalog check help so far?", "¿Le sirve
 *   por ahora?", "Did that fix it?" ask whether what was given meets the need;
 * - naming where a book sits ("in our reference collection") or an event's branch ("at Central") tells the patron to
 *   contact or visit no one: no referral (04, 08's Comic Jam); "try calling the Parks and Recreation department" does (08).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across three
 * transfers; final idles of 119, 120, 180, 190 and 209 s; concurrency at four and at touching ends; on_time done at 72 h,
 * late at 73 h, pending at day 1, missing at day 4) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every case (a patron e-mail typed and read back, a patron e-mail given only, a patron phone
 * read back, an agency phone in a referral).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n: number): Line => [sec, 's', `All librarians are busy. You are #${n} in the queue.`];

const DANA: Prov = { id: 'dana-c', name: 'Dana', library: 'PCPL-AZ' };
const MARCUS: Prov = { id: 'marcus-c', name: 'Marcus', library: 'DPL-CO' };
const KENJI: Prov = { id: 'kenji-c', name: 'Kenji', library: 'SFPL' };
const ROSIE: Prov = { id: 'rosie-c', name: 'Rosie', library: 'BCPL-MD' };
const OMAR: Prov = { id: 'omar-c', name: 'Omar', library: 'KCPL-TN' };
const LUCIA: Prov = { id: 'lucia-c', name: 'Lucía', library: 'LAPL' };
const BEATRIZ: Prov = { id: 'beatriz-c', name: 'Beatriz', library: 'SDPL' };
const GRANT: Prov = { id: 'grant-c', name: 'Grant', library: 'FWPL' };
const HELEN: Prov = { id: 'helen-c', name: 'Helen', library: 'MCL-OR' };
const IVAN: Prov = { id: 'ivan-c', name: 'Ivan', library: 'CPL-OH' };
const JADE: Prov = { id: 'jade-c', name: 'Jade', library: 'PPL-RI' };
const KAREN: Prov = { id: 'karen-c', name: 'Karen', library: 'EPPL' };
const LEO: Prov = { id: 'leo-c', name: 'Leo', library: 'AUN' };
const MAYA: Prov = { id: 'maya-c', name: 'Maya', library: 'EPFL' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 2', library: 'TRN' };
const NOONE: Prov = { id: 'queue-c', name: 'Queue', library: 'VRQ' };
const NINA: Prov = { id: 'nina-c', name: 'Nina', library: 'SPL-CA' };
const OTTO: Prov = { id: 'otto-c', name: 'Otto', library: 'JCL-KS' };
const PETRA: Prov = { id: 'petra-c', name: 'Petra', library: 'DDL' };
const QUINCY: Prov = { id: 'quincy-c', name: 'Quincy', library: 'KCPL-MO' };
const RITA: Prov = { id: 'rita-c', name: 'Rita', library: 'OCLS' };
const SAM: Prov = { id: 'sam-c', name: 'Sam', library: 'HCL-MN' };
const TESS: Prov = { id: 'tess-c', name: 'Tess', library: 'AUN' };
const UMBERTO: Prov = { id: 'umberto-c', name: 'Umberto', library: 'AUN' };
const VERA: Prov = { id: 'vera-c', name: 'Vera', library: 'AUN' };
const WALT: Prov = { id: 'walt-c', name: 'Walt', library: 'AUN' };
const XIMENA: Prov = { id: 'ximena-c', name: 'Ximena', library: 'MDPLS' };
const YOLANDA: Prov = { id: 'yolanda-c', name: 'Yolanda', library: 'MDPLS' };
const ZARA: Prov = { id: 'zara-c', name: 'Zara', library: 'CML' };
const ABEL: Prov = { id: 'abel-c', name: 'Abel', library: 'QPL' };
const BRUNO: Prov = { id: 'bruno-c', name: 'Bruno', library: 'APL-TX' };
const CLEO: Prov = { id: 'cleo-c', name: 'Cleo', library: 'AAL' };
const DEV: Prov = { id: 'dev-c', name: 'Dev', library: 'APL-VA' };

const s = session;

export const COMICS: SessionCase[] = [
  // 01 pickup exactly at 60 s
  s(DANA, '01 One Piece volume order: pickup at exactly 60 s, "You\'ve got Dana", print or app asked, catalog sorted by volume, "no more questions"', [
    [0, 'p', 'hiii what order do i read one piece in?? theres like 100 volumes lol'],
    waitLine(2, 1),
    [60, 'l', "Hey there! You've got Dana, a librarian at Pima County Public Library's Ask Us chat."],
    [66, 'l', 'Are you reading the print volumes, or on an app?'],
    [95, 'p', 'print, library copies'],
    [101, 'l', 'They go straight by volume number, 1 through 108 so far. Our catalog lists every volume in order with what\'s on the shelf: catalog.library.pima.gov (search "One Piece" and sort by volume). Is that the info you were after?'],
    [140, 'p', 'omg yes perfect, no more questions'],
    [146, 'l', 'Happy reading — bye for now!'],
  ], usual()),

  // 02 pickup at 61 s
  s(MARCUS, '02 hoopla monthly borrow limit: pickup at 61 s, "sorry to keep you waiting", phone app asked, 8 borrows on denverlibrary.org', [
    [0, 'p', 'how many comics can i borrow on hoopla a month? it says ive hit my limit'],
    [61, 'l', 'Hi, Marcus from Denver Public Library here — sorry to keep you waiting.'],
    [67, 'l', 'Are you using the hoopla app on a phone, or the website?'],
    [90, 'p', 'phone app'],
    [96, 'l', "Denver cardholders get 8 hoopla borrows per calendar month; the count resets on the 1st. It's on our e-media page, denverlibrary.org/ebooks-audiobooks-more, under hoopla. Did that help?"],
    [130, 'p', 'yea'],
    [134, 'l', 'Anything else I can look up?'],
    [150, 'p', 'nope'],
    [153, 'l', 'Enjoy the comics, take care!'],
  ], usual({ pickup: 'fail' })),

  // 03 greets, names no one (screen name only)
  s(KENJI, '03 is Saga finished, trade order: "Hey! Good question." under the screen name Kenji, nobody named in the text', [
    [0, 'p', 'is saga finished? and whats the order of the trade paperbacks'],
    [14, 'l', 'Hey! Good question.'],
    [20, 'l', 'Have you read any of them yet, or are you starting from volume 1?'],
    [50, 'p', 'starting from 1'],
    [56, 'l', 'Saga is still running (it takes breaks between arcs). The trades go Volume 1 through 11 in number order, and Compendium One collects 1-9. You can place holds on each in our catalog at sfpl.org. Does that answer your question?'],
    [90, 'p', 'yes thank you!'],
    [94, 'l', 'Anything else?'],
    [110, 'p', 'no thats it'],
    [113, 'l', 'Have fun, bye!'],
  ], usual({ greeting: 'fail' })),

  // 04 a hold answered exactly 120 s later
  s(ROSIE, '04 Amazing Spider-Man #129 from the attic: condition asked, "Let me pull up a couple of price guides, one sec." answered exactly 120 s later, Overstreet + gocollect.com', [
    [0, 'p', 'I found my dads old Amazing Spider-Man #129 in the attic. Is it worth anything??'],
    [18, 'l', 'Good morning, this is Rosie with Ask a Librarian at Baltimore County Public Library.'],
    [24, 'l', "Fun find! Do you know roughly what shape it's in — any tears, stains, or a missing cover?"],
    [70, 'p', 'pretty good, cover is a little faded'],
    [76, 'l', 'Let me pull up a couple of price guides, one sec.'],
    [196, 'l', "Thanks for hanging on. #129 is the first appearance of the Punisher, so it's a key issue. The Overstreet Comic Book Price Guide (current edition in our reference collection, call number REF 741.5 OVE) gives values by grade, and recent sales by grade are searchable at gocollect.com. A faded cover usually means a mid grade."],
    [202, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes!! thats everything thx'],
    [245, 'l', 'Good luck with it — thanks for chatting!'],
  ], usual()),

  // 05 a hold answered 121 s later
  s(OMAR, '05 the Maus removal in Tennessee for a paper: "Give me a minute to search." answered 121 s later, Newspaper Source + ala.org/bbooks', [
    [0, 'p', 'i need sources on the maus ban in tennessee for a paper'],
    [25, 'l', 'Hello! Omar here, reference librarian at Knox County Public Library.'],
    [31, 'l', 'How many sources does your teacher want, and do they need to be scholarly?'],
    [70, 'p', '3 sources, newspapers are ok'],
    [76, 'l', 'Give me a minute to search.'],
    [197, 'l', 'Here\'s a start: Knox County cardholders can use the Newspaper Source database (knoxlib.org > Research > Databases); search "Maus" AND "McMinn County" for the January 2022 coverage. ALA\'s Office for Intellectual Freedom also lists it on its challenged books page, ala.org/bbooks.'],
    [203, 'l', 'Is that what you were looking for?'],
    [250, 'p', 'ya thats all i need thank u'],
    [254, 'l', "You're welcome — good luck on the paper, bye!"],
  ], usual({ informed: 'fail' })),

  // 06 Spanish: manga for a nine-year-old
  s(LUCIA, '06 manga para un niño de 9 años (Spanish): "Habla Lucía, bibliotecaria", edad e idioma preguntados, lapl.org, "es todo"', [
    [0, 'p', 'hola, busco manga para mi hijo, que sea apropiado para su edad'],
    [30, 'l', '¡Buenas tardes! Habla Lucía, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [36, 'l', '¿Cuántos años tiene su hijo, y lee en inglés o en español?'],
    [80, 'p', 'tiene 9 años, lee en los dos'],
    [86, 'l', 'Para esa edad le recomiendo "Yotsuba&!" y "Pokémon Adventures". Los dos están en español en nuestro catálogo: lapl.org, busque "manga infantil". ¿Le sirve esta información?'],
    [130, 'p', 'si, muchisimas gracias, es todo'],
    [135, 'l', '¡Con gusto! Que disfruten la lectura, hasta luego.'],
  ], usual()),

  // 07 Spanglish: Comic-Con tickets, a referral by phone
  s(BEATRIZ, '07 boletos de Comic-Con San Diego (Spanglish): "Soy Beatriz, de la biblioteca… ¿Es para este año?", comic-con.org/toucan, "llame a Comic-Con International al 619-491-2475"', [
    [0, 'p', 'hi quiero ir a comic con san diego pero no se como comprar tickets??'],
    [22, 'l', '¡Hola! Soy Beatriz, de la biblioteca San Diego Public Library. ¿Es para este año?'],
    [60, 'p', 'si, para julio'],
    [66, 'l', 'Los boletos se venden solo en línea, en una venta abierta; antes hay que crear una cuenta (Member ID): comic-con.org/toucan. Si tiene problemas con su cuenta, llame a Comic-Con International al 619-491-2475.'],
    [72, 'l', '¿Le ayudó esto?'],
    [110, 'p', 'si gracias!!'],
    [114, 'l', '¿Algo más en que le pueda ayudar?'],
    [130, 'p', 'no, gracias'],
    [134, 'l', '¡Que se divierta! Adiós.'],
  ], usual({ referral: 'pass' })),

  // 08 a drawing class; "try calling the Parks and Recreation department" with no contact
  s(GRANT, '08 comics drawing class for a 12-year-old: Comic Jam on the events calendar, "try calling the Parks and Recreation department" (no contact)', [
    [0, 'p', 'my daughter (12) wants to learn to draw comics. do you have classes'],
    [20, 'l', 'Hi there, Grant at Fort Worth Public Library, happy to help!'],
    [26, 'l', 'Is she looking for something in person, or would online work?'],
    [60, 'p', 'in person, weekends if possible'],
    [66, 'l', 'Our teen Comic Jam meets Saturdays at 2 at Central; details are on the events calendar at fortworthtexas.gov/library/events. For longer courses, try calling the Parks and Recreation department, they run cartooning camps in the summer.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes thanks, thats all'],
    [115, 'l', 'Thanks for chatting, have a great weekend!'],
  ], usual({ referral: 'fail' })),

  // 09 follow-up by me, e-mail read back, "by Thursday", done at exactly 72 h
  s(HELEN, '09 a 2009 small-press graphic novel via ILL (follow-up by me): e-mail read back, "by Thursday", done exactly 72 h after the end', [
    [0, 'p', 'looking for a graphic novel called "The Ride Home" from a small press, 2009, can the library get it?'],
    [28, 'l', "Hello! I'm Helen, a librarian at Multnomah County Library."],
    [34, 'l', 'Do you know the author or the publisher?'],
    [80, 'p', 'i think it was Top Shelf, author im not sure'],
    [86, 'l', "It isn't in our catalog (multcolib.org) or in WorldCat under that title, so I'll ask our interlibrary loan staff to dig further. What's a good e-mail for you?"],
    [120, 'p', 'sure its mika.r@example.net'],
    [126, 'l', "Thanks — mika.r@example.net. I'll e-mail you what ILL finds by Thursday."],
    [132, 'l', 'Is that what you needed for now?'],
    [170, 'p', 'yes thank you'],
    [174, 'l', 'Anything else today?'],
    [190, 'p', 'no'],
    [194, 'l', 'Thanks for using Multnomah County Library!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(199 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by me by phone, "by tomorrow afternoon", done at 73 h
  s(IVAN, '10 consignment shops for a webcomic\'s print run (follow-up by me): phone read back, "by tomorrow afternoon", done 73 h after the end', [
    [0, 'p', 'Hi! I make a webcomic and want to sell printed copies at local comic shops. Which shops in Cleveland do consignment?'],
    [25, 'l', "Good afternoon, Ivan here from Cleveland Public Library's Ask a Librarian."],
    [31, 'l', 'Is it a single issue or a collected book, and how many copies are you thinking?'],
    [75, 'p', 'collected book, maybe 50 copies'],
    [81, 'l', "I don't have a list handy, so I'll call a few shops and put one together. Can I reach you by phone?"],
    [120, 'p', 'yes 216-555-0199'],
    [126, 'l', "Got it, 216-555-0199. I'll call you by tomorrow afternoon. Meanwhile our Small Business Center's guide to selling on consignment is at cpl.org/smallbusiness."],
    [132, 'l', 'Does that guide help for now?'],
    [170, 'p', 'yes thanks, thats all'],
    [174, 'l', 'Talk soon, thanks!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(179 + 73 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 11 a promise to e-mail with no time, coded Answered
  s(JADE, '11 Berserk vol. 14 missing: "I\'ll … e-mail you when I hear back", e-mail given, no time, coded Answered', [
    [0, 'p', 'your library has berserk vol 1-20 but 14 is missing from the catalog?? is it lost'],
    [20, 'l', 'Hi, Jade at Providence Public Library, thanks for asking!'],
    [26, 'l', 'Are you looking at the print copies or the ebook list?'],
    [55, 'p', 'print'],
    [61, 'l', "Volume 14 shows as 'missing' in our catalog (provlib.org). I'll ask our cataloger whether a replacement is on order and e-mail you when I hear back. What's your e-mail?"],
    [100, 'p', 'guts4ever@example.com'],
    [104, 'l', 'Thank you! Did the catalog check help so far?'],
    [140, 'p', 'yep'],
    [144, 'l', 'Take care, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 Spanish: follow-up by the patron's library with no contact anywhere, not done by day 4
  s(KAREN, '12 club de novela gráfica infantil en Eastside (Spanish, follow-up by patron\'s library): "ellos le contestarán la próxima semana", no contact anywhere, not done by day 4', [
    [0, 'p', 'hola! tienen club de novelas graficas para niños en la sucursal Eastside? mi hija quiere unirse'],
    [24, 'l', 'Hola, le atiende Karen del servicio Ask a Librarian de El Paso Public Library.'],
    [30, 'l', '¿Qué edad tiene su hija?'],
    [70, 'p', '10'],
    [76, 'l', 'El calendario de eventos (elpasolibrary.org/events) no muestra un club en Eastside por ahora. Le paso su pregunta al personal infantil de Eastside y ellos le contestarán la próxima semana.'],
    [82, 'l', '¿Le sirve por ahora?'],
    [120, 'p', 'ok gracias'],
    [124, 'l', '¡Gracias a usted, hasta pronto!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 a true Lost Call: check-in at 140, notice + invitation back at 200 (final idle exactly 180 s)
  s(LEO, '13 free webcomic hosting (Lost Call): greeting only, "are you still there?" at 140, "looks like you\'ve left … close the chat now. Please come back any time!" at 200 (final idle 180 s)', [
    [0, 'p', 'where can i post my webcomic for free'],
    [20, 'l', 'Hi! Leo here, a librarian with Ask Us Now.'],
    [140, 'l', 'Hi, are you still there?'],
    [200, 'l', "I haven't heard back, so it looks like you've left — I'll close the chat now. Please come back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after four patron lines; pickedUpAt 45 s, first line at 90
  s(MAYA, '14 Baltimore Comic Con artist alley table: pickedUpAt 45 s with the first line at 90, coded Lost Call after four patron lines', [
    [0, 'p', 'hey how do i get an artist alley table at Baltimore Comic Con'],
    [90, 'l', "Hello! This is Maya at Enoch Pratt Free Library's chat."],
    [96, 'l', "Are you applying for this year's show?"],
    [120, 'p', 'yes'],
    [126, 'l', "Artist Alley applications open on the show's site, baltimorecomiccon.com (Exhibitors > Artist Alley), and there's a waitlist once it fills. Does that help?"],
    [170, 'p', 'yes ty'],
    [174, 'l', 'Anything else?'],
    [190, 'p', 'nope thats it'],
    [194, 'l', 'Good luck at the con, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: 'Lost Call', pickedUpAt: at(45) }),

  // 15 Practice
  s(TRAINEE, '15 practice chat (manga canned answer): coded Practice, every check na', [
    [0, 'p', 'testing 123 manga question'],
    [6, 'l', 'hello from the training account'],
    [12, 'l', 'Manga guide: samplelibrary.org/manga. Did that help?'],
    [20, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no provider ever joined; code null
  s(NOONE, '16 "¿hay alguien?" about a Hoopla comic: no provider ever joined, patron left, code null', [
    [0, 'p', 'mi comic de hoopla no abre, ayuda'],
    waitLine(3, 4),
    [150, 'p', 'hay alguien??'],
    left(290),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 17 a goodbye exactly 120 s after the answer, no check-in
  s(NINA, '17 hoopla or Libby for manga: answer at 46, "Did that help you decide?", goodbye at 166 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'is it better to read manga on hoopla or libby? which has more'],
    [15, 'l', "Hi, I'm Nina at Sacramento Public Library. Do you read on a phone or a tablet?"],
    [40, 'p', 'tablet'],
    [46, 'l', 'Hoopla has the bigger manga collection and no waitlists (8 borrows a month); Libby has fewer titles but lends whole volumes for 21 days. Both are linked from saclibrary.org/eLibrary.'],
    [51, 'l', 'Did that help you decide?'],
    [166, 'l', 'Thanks for chatting, happy reading!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 18 greeting split over two lines; a goodbye 119 s after the answer
  s(OTTO, '18 beginner books on drawing manga: "Hello!" + "Otto here, from the Ask a Librarian team…", goodbye 119 s after the answer (final idle under the limit)', [
    [0, 'p', 'any good books on how to draw manga? beginner'],
    [20, 'l', 'Hello!'],
    [26, 'l', 'Otto here, from the Ask a Librarian team at Johnson County Library. Would you like print books or ebooks?'],
    [50, 'p', 'print pls'],
    [56, 'l', '"How to Draw Manga" by Mark Crilley and "The Manga Drawing Book" by Yishan Li are both on the shelf; you can place holds at jocolibrary.org. Does that help?'],
    [62, 'l', 'Anything else I can find for you?'],
    [175, 'l', 'Thank you for chatting — happy drawing!'],
  ], usual()),

  // 19 check-in at 230, notice + thanks at 290 (final idle 190 s)
  s(PETRA, '19 "New Kid" pulled from a school library: NCAC toolkit, "Are you still there?" at 230, "disconnected … end this chat. Thanks … come back anytime." at 290', [
    [0, 'p', 'my kids school pulled "New Kid" from the library, how do i challenge that'],
    [22, 'l', 'Good evening! This is Petra, librarian at Ask a Librarian Delaware.'],
    [28, 'l', 'Is this a public school, and do you know if there was a formal review?'],
    [90, 'p', 'public, and i dont think so'],
    [100, 'l', "Districts have to follow their own reconsideration policy, usually posted with the school board's policies. The National Coalition Against Censorship's toolkit for parents walks through it step by step: ncac.org/resource/book-censorship-toolkit. Does that help?"],
    [230, 'l', 'Are you still there?'],
    [290, 'l', "It seems we've been disconnected, so I'll end this chat. Thanks for reaching out, and come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 names herself without a greeting word; a notice with no check-in and no goodbye
  s(QUINCY, '20 next Monstress volume: "Quincy with Ask Us at …" (no greeting word), answer at 56, "It looks like you\'ve disconnected. I\'m closing this chat." at 260', [
    [0, 'p', 'can u tell me when the next Monstress comes out'],
    [18, 'l', 'Quincy with Ask Us at Kansas City Public Library.'],
    [24, 'l', 'Do you mean the next single issue or the next collected volume?'],
    [50, 'p', 'the volume'],
    [56, 'l', 'Image Comics lists upcoming collections on imagecomics.com (search Monstress); the next volume is listed for spring. Does that answer it?'],
    [260, 'l', "It looks like you've disconnected. I'm closing this chat."],
  ], usual({ greeting: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 21 "your time is up"
  s(RITA, '21 X-Men #94, Spawn #1 and old Archies: Overstreet + cgccomics.com, then "Sorry, your time is up — I can only do one question per patron. Bye."', [
    [0, 'p', 'how much is my x-men 94 worth and also my spawn 1 and also some old archie comics'],
    [20, 'l', 'Hi, Rita at Ask a Librarian, Orange County Library System.'],
    [26, 'l', 'Do you want values, or somewhere to sell them?'],
    [50, 'p', 'values. and where to sell. and how to grade them. and storage'],
    [56, 'l', 'The Overstreet Comic Book Price Guide at any of our branches covers values, and CGC explains grading at cgccomics.com. Did that help?'],
    [90, 'p', 'ok but what about storage and selling and the archies'],
    [96, 'l', 'Sorry, your time is up — I can only do one question per patron. Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 22 other patrons waiting, invited back
  s(SAM, '22 where to start with DC, Marvel, indie and manga: DC answered, "I have other patrons waiting right now. Please chat back in later"', [
    [0, 'p', 'I want to start reading DC comics but idk where to start, also Marvel, also what about indie ones, also manga recs'],
    [24, 'l', 'Welcome to Ask a Librarian! Sam here, from Hennepin County Library.'],
    [30, 'l', 'Which would you like to start with?'],
    [60, 'p', 'DC i guess'],
    [66, 'l', 'DC\'s own starter list is at dc.com/comics (look for "Where to Start"), and our staff list "New to DC" is in the catalog at hclib.org. Is that the kind of thing you wanted?'],
    [100, 'p', 'yes! now marvel and indie and manga pls'],
    [108, 'l', 'Those are great questions, but I have other patrons waiting right now. Please chat back in later and we can go through Marvel, indie and manga together!'],
    [130, 'p', 'ok'],
    [134, 'l', 'Thanks for your patience, see you soon!'],
  ], usual({ anything: 'fail' })),

  // 23 a transfer announced, with an internal note why
  s(TESS, '23 graphic medicine articles for a nursing class: "I\'m passing you to Umberto now" + internal note, Umberto with CINAHL Complete 74 s after the notice', [
    [0, 'p', 'hi i need scholarly articles about graphic medicine (comics in health care) for my nursing class'],
    [20, 'l', 'Hello, Tess here at the Ask Us statewide chat.'],
    [26, 'l', 'Do you need peer-reviewed articles only, and is there a date range?'],
    [70, 'p', 'peer reviewed, last 10 years'],
    [76, 'l', "A health sciences librarian is on shift, so I'm passing you to Umberto now — please stay on the line."],
    [79, 'i', 'Umberto, nursing student, peer-reviewed graphic medicine articles 2015+, your area'],
    xfer(82, 'Umberto', 'umberto-c'),
    [150, 'l', 'Hi, Umberto, health sciences librarian here. CINAHL Complete is the best place: search "graphic medicine" OR comics with Peer Reviewed and 2015-2025 checked. It\'s on the library\'s A-Z databases page.', as(UMBERTO)],
    [156, 'l', 'Does that give you what you need?', as(UMBERTO)],
    [200, 'p', 'yes thats all i needed!'],
    [205, 'l', 'Great — thanks for chatting, good luck!', as(UMBERTO)],
  ], usual({ transfer: 'pass' })),

  // 24 a silent transfer (internal note only), the receiver 90 s after the patron
  s(VERA, '24 Sandman and spinoffs reading order: internal note to Walt, silent transfer, Walt 90 s after the patron, "no more questions"', [
    [0, 'p', 'whats the reading order for the sandman and its spinoffs'],
    [25, 'l', "Hello, I'm Vera, a librarian at Ask Us Now."],
    [31, 'l', 'Just the main Sandman series, or the Sandman Universe titles too?'],
    [60, 'p', 'everything'],
    [64, 'i', 'Walt, Sandman universe order, you know this one better'],
    xfer(67, 'Walt', 'walt-c'),
    [150, 'l', "Hi, Walt here, also with Ask Us Now. Start with The Sandman volumes 1-10, then Endless Nights and Overture; DC's Sandman Universe reading order is at dc.com/blog (search 'Sandman reading order').", as(WALT)],
    [156, 'l', 'Is that what you were looking for?', as(WALT)],
    [190, 'p', 'yes thanks. no more questions'],
    [194, 'l', 'Thanks, enjoy!', as(WALT)],
  ], usual({ transfer: 'fail' })),

  // 25 Spanish/English: a transfer announced with no internal note
  s(XIMENA, '25 Osamu Tezuka report in Spanish (Spanglish): "Le voy a transferir a mi colega Yolanda", no internal note, mdpls.org, "eso es todo"', [
    [0, 'p', 'necesito ayuda, my son has a school report on a manga artist, Osamu Tezuka, in spanish'],
    [20, 'l', '¡Hola! Soy Ximena, bibliotecaria del servicio Pregúntale al Bibliotecario.'],
    [26, 'l', '¿Necesita libros o artículos, y para qué fecha?'],
    [60, 'p', 'libros, para el viernes'],
    [66, 'l', 'Le voy a transferir a mi colega Yolanda, que se ocupa de la colección infantil en español. Un momento, por favor.'],
    xfer(70, 'Yolanda', 'yolanda-c'),
    [130, 'l', 'Hola, soy Yolanda. En el catálogo (mdpls.org) hay dos biografías de Tezuka en español; busque "Tezuka". ¿Es lo que necesitaba?', as(YOLANDA)],
    [170, 'p', 'si gracias eso es todo'],
    [175, 'l', '¡Gracias por escribirnos! Adiós.', as(YOLANDA)],
  ], usual({ transfer: 'fail' })),

  // 26 four open at once
  s(ZARA, '26 Dog Man order for a 7-year-old: three other chats open together with this one (four at once)', [
    [0, 'p', 'what order do the dog man books go in'],
    [20, 'l', 'Hi! Zara at Columbus Metropolitan Library, glad you wrote in.'],
    [26, 'l', 'Is this for a young reader starting from book one?'],
    [50, 'p', 'yes my son is 7'],
    [56, 'l', 'Dog Man goes in publication order, from book 1 "Dog Man" through book 13; the numbered list is on scholastic.com/dogman and in our catalog at columbuslibrary.org. Does that help?'],
    [90, 'p', 'perfect thats all i needed'],
    [94, 'l', 'Enjoy, and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zara-c', -200, 300), other('z2', 'zara-c', 10, 200), other('z3', 'zara-c', 40, 120)],
  }),

  // 27 three at most, touching ends
  s(ABEL, '27 hoopla comic pages won\'t load: one chat ending at the start, two overlapping (three at once), one starting at the end', [
    [0, 'p', 'my hoopla comics wont load pages, just spins'],
    [16, 'l', 'Hi, Abel from the Ask a Librarian desk at Queens Public Library.'],
    [22, 'l', 'Which device are you on, and is the app up to date?'],
    [50, 'p', 'ipad, i think its updated'],
    [56, 'l', "Try hoopla's troubleshooting steps at hoopladigital.com/help (Reading Comics > Pages won't load): clear the downloads, then open the title again. Did that fix it?"],
    [140, 'p', 'yes works now, no more questions, thanks!'],
    [145, 'l', 'Great, thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'abel-c', -300, 0), other('a2', 'abel-c', -40, 100), other('a3', 'abel-c', 30, 400), other('a4', 'abel-c', 150, 600)],
  }),

  // 28 the question comes after the source; code ""
  s(BRUNO, '28 Persepolis for a book club: catalog and kits given first, then "How many people are in your club?", code ""', [
    [0, 'p', 'our book club wants to read persepolis. does the library have copies?'],
    [18, 'l', 'Hi, this is Bruno, librarian at Austin Public Library.'],
    [24, 'l', 'We do! Persepolis is in the catalog at library.austintexas.gov, and there are Book Club Kits you can reserve on the same site.'],
    [30, 'l', 'How many people are in your club?'],
    [60, 'p', 'about 10'],
    [66, 'l', 'The kit has 10 copies, so that will work. Does that answer your question?'],
    [100, 'p', 'yes thanks!'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'no'],
    [124, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 29 no source: an app named with no way to reach it
  s(CLEO, '29 the free webcomic app: "WEBTOON is the big one … Tapas is another", no URL or way to reach it', [
    [0, 'p', 'whats the app where you read webcomics free? my friend said webtoon or something'],
    [20, 'l', 'Hey! Cleo at Ask a Librarian here.'],
    [26, 'l', 'Are you on Android or iPhone?'],
    [45, 'p', 'iphone'],
    [51, 'l', 'Yes, WEBTOON is the big one; most series are free and new episodes unlock every week. Tapas is another. Did that answer it?'],
    [80, 'p', 'ok cool ty'],
    [84, 'l', 'Anything else today?'],
    [100, 'p', 'nah'],
    [103, 'l', 'Have fun reading, bye!'],
  ], usual({ source: 'fail' })),

  // 30 a referral by URL; the patron has the last word
  s(DEV, '30 a parent\'s complaint about "Gender Queer" in a classroom: "Reach out to the Comic Book Legal Defense Fund … cbldf.org/contact", patron "no thats all, thanks so much!!" last', [
    [0, 'p', 'Im a teacher and a parent complained about "Gender Queer" in my classroom library. is there anyone who helps teachers with this??'],
    [22, 'l', "Good morning, you're chatting with Dev, a librarian at Arlington Public Library."],
    [28, 'l', 'Has the parent filed a formal complaint with the school yet?'],
    [70, 'p', 'not yet, just emailed me'],
    [76, 'l', "Reach out to the Comic Book Legal Defense Fund — they help educators facing challenges to comics: cbldf.org/contact. ALA's challenge reporting form is at ala.org/challengereporting."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yes very much'],
    [134, 'l', 'Anything else I can do?'],
    [160, 'p', 'no thats all, thanks so much!!'],
  ], usual({ courteous: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => COMICS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-ninth round: comic books, manga and graphic novels, checked', () => {
  describeSessions('whole sessions', COMICS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', COMICS.filter((c) => c.name in LEFT_WHY));
});
