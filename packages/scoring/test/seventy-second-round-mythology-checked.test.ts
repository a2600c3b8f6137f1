/**
 * Seventy-second round, theme MYTHOLOGY, FAIRY TALES AND CLASSICAL STUDIES, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: Greek and Norse myths for homework (Thor and Loki for a 6th
 * grader, Medusa in Ovid, the twelve labors, a run-on list of Greek god questions, the nine worlds of Yggdrasil, Icarus),
 * fairy-tale origins (Cinderella, Perrault or Grimm; the 1812 Grimm edition; Basile's Sleeping Beauty; a tale type for a
 * storytelling guild), Latin (tutoring for Latin I, a homeschool textbook, a line-numbered Metamorphoses 10, "deus ex
 * machina", a translation due tonight), classics and antiquities (the Homeric Hymn to Demeter, Roman religion, Ragnarök as
 * climate myth, an adult ancient Greek class, a runestone photo, a grandfather's inscribed lamp, Greek vases for a Latin
 * club trip), retellings and audiobooks (Circe and Percy Jackson read-alikes, a children's Aeneid, Wilson's Odyssey, a
 * Mythos book club kit), and Spanish or partly Spanish sessions (La Llorona, mitos griegos para un niño, el Popol Vuh).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/mythology-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 25 s (01), exactly 60 s (02: pass) and 61 s (03: fail); "Hi there! I'm Dana …" (01); "Good morning,
 *   and welcome to Ask a Librarian. Marcus here, at …" (02); Spanish "¡Buenas tardes! Soy Lucía, bibliotecaria de …" (04),
 *   "¡Buenas noches! Habla Luz …" (30) and code-switched "¡Hola! Hi, this is Hana, bibliotecaria at …" (26); chat-speak "hiya!
 *   Rhea, librarian at Ask Us Howard County 📚" (09) and "Hi! Jax, librarian at … 🌵" (28); "Hey! What version of the myth
 *   is your class reading?" under the screen name "AskDesk" (05: greets, names no one, fail); `pickedUpAt` at 30 s with the
 *   first line at 170 (29: pickup pass); a queue line and no provider ever (18);
 *  inquiry: books or websites, Greek text or scholarship, answer or sources, grade and language, live help or review, group
 *   size, place in Sweden, Greek or other mythologies, what letters, tale type or texts, angle, number of copies, age and
 *   prior Latin, translation, which is due first, edition, paper or background, which Odyssey he read, part of the county,
 *   class or curious; the first source given before "¿Lo quiere en inglés o en español?" (26: fail);
 *  waits: a "one moment" hold answered exactly 120 s later (02: pass); "one sec" answered 125 s later (06: fail); holds of
 *   110 s and 115 s, the second a partial result that says the search goes on (07: pass); a transfer notice answered 50 s
 *   and 58 s later (09, 10); a silent transfer, the receiver 80 s after the patron (08: pass); "No rush, take your time
 *   checking your syllabus." and the patron back 200 s later (28: waiting on the patron, pass); 140 s between `pickedUpAt` and
 *   the first line (29: fail);
 *  endings: a Lost Call with a greeting only, "are you still with me?" at 147 and "It looks like you've left the chat, so I'll
 *   close it now. You're welcome to come back anytime!" at 330 (15: final idle 308 s, both pass); "Are you still there?" at
 *   200 and the end at 236, no goodbye (21: final idle 170 s, check-in pass, disconnect na, courteous fail); a notice that
 *   thanks but asks nothing, exactly 180 s after the answer (22: idle fail, disconnect pass); goodbyes exactly 120 s (23: idle
 *   fail) and 119 s (24: na) after the answer; "k thx bye" from the patron as the last line (25: courteous fails); "Sorry,
 *   you've hit the limit on questions for one session. Goodbye." (19: dismissal); "There are other students waiting … Please
 *   chat back in later for the rest, or call our Children's Services desk …" (20: allowed); patron-side "thats all i need",
 *   "that is everything", "thats all thx", "eso es todo", "nothing else", "thats everything we needed", "That is all",
 *   "no other questions", "thats all i wanted to know", "es todo", and "ya thx", "yes thank you!", "yep, got it on hold",
 *   "ok ill do that" that do not count;
 *  sources: catalogues (hclib.org, prattlibrary.org, mysapl.org, lib.de.us, library.pima.gov, …), Britannica School and
 *   Britannica Kids, Perseus, theoi.com, SurLaLune, the Scandinavian Runic-text Database, JSTOR, Oxford Reference, Libby, Gale
 *   Courses, named books (Foley, Tatar, Uther, Zipes, Beard/North/Price, Canepa, Recinos); none (29: nine worlds from memory,
 *   fail);
 *  referrals: the UMD Classics Department by e-mail (06); the Walters' group tour office by phone and the JHU Archaeological
 *   Museum by URL (07); the Walters' curatorial office by e-mail (10); the library's own Children's Services desk by phone
 *   (20); "Ask the continuing-education office at Anne Arundel Community College" with no contact (25: fail); branch staff
 *   asked to act on the patron's behalf (13, 30) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done in 40 h (11: pass); FU_ME, e-mail read back, no time
 *   (12: contact fails, on_time pending); FU_LIB, phone typed with spaces and read back with hyphens as a question, "within
 *   72 hours", done after 80 h (13: on_time fails); "get back to you tomorrow" coded Answered with no contact anywhere (14:
 *   code and contact fail, pending); Spanish FU_LIB, correo repetido, "antes del viernes", not yet done at day 1 (30: pending);
 *  codes: a true Lost Call (15); Lost Call after three patron lines (16: fail); null with no provider (18); "" (24); Practice
 *   (17); the field left out (21: na);
 *  transfers: an internal note that says why, silent to the patron (08: fail); a visible notice with no internal note (09:
 *   fail); both (10: pass);
 *  concurrency: three others open at once during the session (27: four, fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "hiya!" and "Hey!" greet; "Hey! What version of the myth …?" under the screen name "AskDesk" identifies no one (05);
 * - "Does that settle the argument?", "Will those work for your project?", "Do any of those fit what you are looking for?",
 *   "Does that point you in the right direction?", "Does the kits list help in the meantime?", "¿Le sirve?" ask whether what
 *   was given meets the need; "Is this for a class, or just curious?" is a question about the patron's situation (29);
 * - "nothing else, thank you", "no other questions", "es todo" / "eso es todo" say explicitly that the patron is done;
 * - "call the Walters' group tour office at …", "write to them at classics@umd.edu", "e-mail curatorial@…", "call our
 *   Children's Services desk at …", "Ask the continuing-education office at …" tell the patron to contact someone (referrals);
 *   "I'll pass this to your branch's staff and they'll contact you" and "Voy a pedirle a esa sucursal que la aparte y que le
 *   escriban" are staff consulted on the patron's behalf (13, 30: na);
 * - "No rush, take your time checking your syllabus." is no hold (28), so the 200 s after it is a wait on the patron;
 * - "I'll search a few more indexes and send you what turns up" promises a follow-up but says no when (12); "antes del
 *   viernes" says when (30);
 * - "Good night, and thanks!", "Happy reading, and thanks…", "Thanks for stopping by, happy reading!", "bye!" are goodbyes;
 *   "It seems you've disconnected, so I'll end the chat now. Thanks for using Ask Us!" is a disconnect notice that thanks the
 *   patron and asks nothing: the final idle ends at it (180 s), it passes the notice and not the check-in (22);
 * - a greeting with "Happy to help." is not a substantive message, so the Lost Call (15) has no substantive exchange and its
 *   final idle runs from that greeting to the notice that invites back (308 s);
 * - `resolutionCode: undefined` is the field left out: the source has no codes, resolution.code na (21).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`, no provider; keep_informed at exactly 120 s, 125 s, across
 * holds of 110 and 115 s, a silent and two announced transfers, "take your time" and 140 s after `pickedUpAt`; final idles of
 * 119, 120, 170, 180 and 308 s; concurrency at four and at touching ends; on_time done at 40 h, late at 80 h, pending at day 1
 * three times) scored as labelled on the first run. The redaction equality of describeSessions holds for every case (patron
 * e-mails typed and read back, a patron phone typed with spaces and read back with hyphens, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft); `tsc -p tsconfig.json
 * --noEmit` clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please hold: you are number ${n} in the queue.`];

const DANA: Prov = { id: 'dana-m', name: 'Dana', library: 'HCL-MN' };
const MARCUS: Prov = { id: 'marcus-m', name: 'Marcus', library: 'EPFL' };
const GRETA: Prov = { id: 'greta-m', name: 'Greta', library: 'MCL-OR' };
const LUCIA: Prov = { id: 'lucia-m', name: 'Lucía', library: 'SAPL' };
const ASKDESK: Prov = { id: 'askdesk-m', name: 'AskDesk', library: 'WCPL' };
const NATE: Prov = { id: 'nate-m', name: 'Nate', library: 'PGCMLS' };
const OPAL: Prov = { id: 'opal-m', name: 'Opal', library: 'BCPL' };
const PETE: Prov = { id: 'pete-m', name: 'Pete', library: 'HCL-MN' };
const QUINCY: Prov = { id: 'quincy-m', name: 'Quincy', library: 'HCL-MN' };
const RHEA: Prov = { id: 'rhea-m', name: 'Rhea', library: 'HCLS' };
const KOFI: Prov = { id: 'kofi-m', name: 'Kofi', library: 'HCLS' };
const SAM: Prov = { id: 'sam-m', name: 'Sam', library: 'FCPL-MD' };
const TESS: Prov = { id: 'tess-m', name: 'Tess', library: 'SLRC' };
const URI: Prov = { id: 'uri-m', name: 'Uri', library: 'CCPL-OH' };
const VERA: Prov = { id: 'vera-m', name: 'Vera', library: 'AUN' };
const WALT: Prov = { id: 'walt-m', name: 'Walt', library: 'AACPL' };
const XIO: Prov = { id: 'xio-m', name: 'Xio', library: 'APL-VA' };
const YARA: Prov = { id: 'yara-m', name: 'Yara', library: 'HCPL-MD' };
const ZEKE: Prov = { id: 'zeke-m', name: 'Zeke', library: 'FCPL-MD' };
const TRAINEE: Prov = { id: 'trainee-m', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-m', name: 'Queue', library: 'VRQ' };
const ADA: Prov = { id: 'ada-m', name: 'Ada', library: 'HCLS' };
const BEN: Prov = { id: 'ben-m', name: 'Ben', library: 'CCPL-MD' };
const CLEO: Prov = { id: 'cleo-m', name: 'Cleo', library: 'DELIB' };
const DEV: Prov = { id: 'dev-m', name: 'Dev', library: 'MCPL-MD' };
const ELI: Prov = { id: 'eli-m', name: 'Eli', library: 'BCPL' };
const FAY: Prov = { id: 'fay-m', name: 'Fay', library: 'SNOISLE' };
const GUS: Prov = { id: 'gus-m', name: 'Gus', library: 'AACPL' };
const HANA: Prov = { id: 'hana-m', name: 'Hana', library: 'MCPL-MD' };
const IVO: Prov = { id: 'ivo-m', name: 'Ivo', library: 'AUN' };
const JAX: Prov = { id: 'jax-m', name: 'Jax', library: 'PCPL-AZ' };
const KIM: Prov = { id: 'kim-m', name: 'Kim', library: 'AUN' };
const LUZ: Prov = { id: 'luz-m', name: 'Luz', library: 'LACL' };

const s = session;

export const MYTHOLOGY: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Norse myths for a 6th-grade project (emoji): "Hi there! I\'m Dana", books or websites asked, D\'Aulaires + Britannica School, "thats all i need"', [
    [0, 'p', 'hi i need norse myth books for my 6th grade project on thor & loki 😅'],
    [25, 'l', "Hi there! I'm Dana, a librarian at Hennepin County Library."],
    [31, 'l', 'Fun topic! Does your teacher want books only, or can you use websites too?'],
    [70, 'p', 'books mostly but 1 website is ok'],
    [78, 'l', "Try D'Aulaires' Book of Norse Myths and Neil Gaiman's Norse Mythology: both are in our catalog at hclib.org (search the title, then Place Hold). For the website, Britannica School (hclib.org > Research) has a kid-friendly Thor article."],
    [84, 'l', 'Will those work for your project?'],
    [130, 'p', 'yes perfect!! thats all i need'],
    [136, 'l', 'Awesome, good luck with the project, and thanks for chatting!'],
  ], usual()),

  // 02 pickup exactly 60 s; a hold of exactly 120 s
  s(MARCUS, '02 the oldest Persephone text for a poem: pickup at exactly 60 s, "one moment" hold answered exactly 120 s later, Homeric Hymn to Demeter', [
    [0, 'p', 'Good morning. I am writing a poem based on the myth of Persephone and want to read the oldest version of it.'],
    [60, 'l', 'Good morning, and welcome to Ask a Librarian. Marcus here, at the Enoch Pratt Free Library.'],
    [66, 'l', 'When you say oldest, do you want the Greek text in translation, or a scholarly account of where the myth comes from?'],
    [110, 'p', 'The Greek text in a good translation.'],
    [116, 'l', 'Let me look up which translations we own. One moment.'],
    [236, 'l', "The oldest full telling is the Homeric Hymn to Demeter. We have Helene Foley's The Homeric Hymn to Demeter (Princeton), translation plus commentary, in the catalog at prattlibrary.org. A free translation is on the Perseus Digital Library too: perseus.tufts.edu."],
    [242, 'l', 'Is that what you were after?'],
    [300, 'p', 'Exactly that. Thank you, that is everything.'],
    [306, 'l', 'My pleasure. Goodbye, and good luck with the poem!'],
  ], usual()),

  // 03 pickup 61 s
  s(GRETA, '03 Cinderella, Grimm or French (roommate bet): pickup at 61 s, Perrault 1697 / Grimm 1812, SurLaLune + Tatar, "Does that settle the argument?"', [
    [0, 'p', 'was cinderella originally a grimm story or french? arguing w my roommate lol'],
    [61, 'l', 'Hello! This is Greta from the Ask Us chat at Multnomah County Library, sorry to keep you waiting.'],
    [67, 'l', 'Do you want just the answer, or sources you can show your roommate?'],
    [90, 'p', 'sources pls, she wont believe me otherwise'],
    [98, 'l', "Both, actually: Perrault's French 'Cendrillon' came out in 1697 and the Grimms' 'Aschenputtel' in 1812, and there are older ones still, like the Chinese Ye Xian. SurLaLune Fairy Tales has the texts and notes side by side at surlalunefairytales.com, and Maria Tatar's The Annotated Classic Fairy Tales (in our catalog) covers it too."],
    [104, 'l', 'Does that settle the argument?'],
    [140, 'p', 'YES i win 😂 thats all thx'],
    [145, 'l', 'Ha! Glad to help, come back anytime.'],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish: La Llorona for a third grader
  s(LUCIA, '04 la leyenda de La Llorona para tercer grado (Spanish): "¡Buenas tardes! Soy Lucía", grado e idioma, Joe Hayes bilingüe, "eso es todo"', [
    [0, 'p', 'hola, mi hija tiene tarea sobre la leyenda de la llorona y no encontramos libros para niños'],
    [20, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [26, 'l', '¿En qué grado está su hija, y los libros pueden ser en inglés o en español?'],
    [70, 'p', '3er grado, en español mejor'],
    [77, 'l', 'Le recomiendo "La Llorona / The Weeping Woman" de Joe Hayes, un libro bilingüe para niños. Está en el catálogo: mysapl.org (busque el título y pulse "Reservar").'],
    [83, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si, perfecto. eso es todo, gracias!'],
    [126, 'l', '¡Con gusto! Gracias por escribirnos y hasta pronto.'],
  ], usual()),

  // 05 greets but names no one
  s(ASKDESK, '05 why Athena cursed Medusa (English class): "Hey! What version of the myth is your class reading?" under "AskDesk", Ovid on theoi.com, "bye!"', [
    [0, 'p', 'why did athena turn medusa into a monster?? need it for english class'],
    [15, 'l', 'Hey! What version of the myth is your class reading?'],
    [50, 'p', 'idk the teacher just said ovid'],
    [56, 'l', "Ovid's Metamorphoses, Book 4, tells it: Athena punished Medusa after Poseidon assaulted her in Athena's temple. You can read it free at theoi.com (search 'Medusa') or on the Perseus site, perseus.tufts.edu."],
    [62, 'l', 'Did that help?'],
    [100, 'p', 'ya thx'],
    [104, 'l', 'bye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 06 a hold answered 125 s later; the UMD Classics Department by e-mail
  s(NATE, '06 Latin I tutoring for a 9th grader: "let me pull a few things together for you, one sec" answered 125 s later, UMD Classics by e-mail, "nothing else"', [
    [0, 'p', 'Hi, my son (9th grade) is struggling in Latin I. Does the library have any tutoring for Latin?'],
    [22, 'l', "Hi, thanks for reaching out to Ask Us! This is Nate, a librarian at Prince George's County Memorial Library System."],
    [28, 'l', 'Is he looking for live help with homework, or more for practice and review?'],
    [75, 'p', 'live help if possible, he has a test friday'],
    [81, 'l', 'let me pull a few things together for you, one sec'],
    [206, 'l', "Our live tutoring service, Brainfuse HelpNow (pgcmls.info > Research > HelpNow, with his library card), sadly doesn't cover Latin. For live help, the Classics Department at the University of Maryland keeps a list of student tutors: write to them at classics@umd.edu and ask for it. For review, our catalog has Wheelock's Latin Workbook."],
    [212, 'l', 'Does this answer your question?'],
    [260, 'p', 'yes, very helpful. nothing else, thank you.'],
    [266, 'l', 'Good luck to him on Friday, and thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 07 two holds of 110 and 115 s; the Walters' group office by phone, the JHU museum by URL
  s(OPAL, '07 Greek vases for a Latin club field trip: holds at 66 and 176 (partial result), answer at 291, Walters group office by phone, "thats everything"', [
    [0, 'p', 'Do any museums near Baltimore have ancient Greek vases I could see with my Latin club? Looking for a field trip.'],
    [20, 'l', "Good afternoon! You're chatting with Opal, librarian at Baltimore County Public Library."],
    [26, 'l', 'How many students, and does the visit need to be free?'],
    [60, 'p', 'about 15 kids, free would be great'],
    [66, 'l', 'Okay, bear with me while I check a couple of collections.'],
    [176, 'l', 'Still looking: the Walters has a big Greek and Roman collection, I am checking their group rules now.'],
    [291, 'l', "The Walters Art Museum is free, and its Greek vases are searchable at art.thewalters.org (Collections > Ancient Mediterranean). To book a group visit, call the Walters' group tour office at 410-547-9000. The Johns Hopkins Archaeological Museum is free too; contact them through archaeologicalmuseum.jhu.edu."],
    [297, 'l', 'Does that give you enough to plan the trip?'],
    [350, 'p', 'yes! thats everything we needed 🙌'],
    [356, 'l', 'Wonderful, enjoy the trip, and thanks for using BCPL!'],
  ], usual({ referral: 'pass' })),

  // 08 a silent transfer with an internal note
  s(PETE, '08 reading a runestone photo (U 344): internal note why, silent transfer, Quincy 80 s after the patron, Runic-text Database', [
    [0, 'p', 'got a rune stone pic from my trip to sweden, can someone read it? is it about odin?'],
    [18, 'l', 'Hi, Pete here with Ask a Librarian at Minneapolis Central.'],
    [24, 'l', 'Do you know where in Sweden it was, or is there a sign next to it with a number like "U 344"?'],
    [70, 'p', 'uppland somewhere, sign says U 344'],
    [74, 'i', 'Quincy, runestone ID question (U 344, Uppland), you did the Scandinavian studies guide, can you take it?'],
    xfer(78, 'Quincy', 'quincy-m'),
    [150, 'l', "Hi! I'm Quincy, a librarian at Hennepin County Library. U 344 is the Yttergärde runestone: it's about a Viking who took payments in England, not about Odin. The Scandinavian Runic-text Database has the full reading: runforum.nordiska.uu.se/srd.", as(QUINCY)],
    [156, 'l', 'Is that what you needed?', as(QUINCY)],
    [200, 'p', 'whoa cool. yes thanks thats all'],
    [205, 'l', 'Thanks for chatting, bye!', as(QUINCY)],
  ], usual({ transfer: 'fail' })),

  // 09 a transfer announced to the patron, no internal note
  s(RHEA, '09 myth retellings after Circe and Percy Jackson (teen): "transferring you to him now", no internal note, Kofi\'s list, "thats all i needed ty!!"', [
    [0, 'p', 'books like circe or percy jackson?? i finished them all and need more myth retellings'],
    [14, 'l', 'hiya! Rhea, librarian at Ask Us Howard County 📚'],
    [20, 'l', 'Love those. Do you want more Greek, or are you open to other mythologies too?'],
    [45, 'p', 'any! norse egyptian whatever'],
    [50, 'l', "Our teen librarian Kofi is the retellings expert, I'm transferring you to him now, just a sec!"],
    xfer(54, 'Kofi', 'kofi-m'),
    [100, 'l', 'Hey, Kofi here! Try Elektra and Ariadne by Jennifer Saint, The Kane Chronicles (Egyptian, same author as Percy) and Magnus Chase: The Sword of Summer for Norse. All in the catalog at hclibrary.org, click Place Hold.', as(KOFI)],
    [106, 'l', 'Do any of those fit what you are looking for?', as(KOFI)],
    [150, 'p', 'ALL of them lol. placing holds now, thats all i needed ty!!'],
    [155, 'l', 'Happy reading, and thanks for chatting with us!', as(KOFI)],
  ], usual({ transfer: 'fail' })),

  // 10 a transfer announced and explained; the Walters' curators by e-mail
  s(SAM, '10 grandfather\'s clay lamp with a Greek inscription: transfer notice + internal note why, Tess at 58 s, ΕΥΤΥΧΙΑ, curators by e-mail', [
    [0, 'p', "My grandfather left a small clay lamp with Greek letters on it. How would I find out what it says and whether it's real?"],
    [30, 'l', "Welcome to Maryland's AskUsNow! I'm Sam, a librarian at Frederick County Public Libraries."],
    [36, 'l', 'Can you read any of the letters, and do you know where he got it?'],
    [90, 'p', 'he was in Greece in the 1950s. I can make out ΕΥΤΥ maybe'],
    [96, 'l', "That's a job for our classics specialist. I'm transferring you to Tess at the State Library Resource Center; please stay in the chat."],
    [99, 'i', 'Tess: patron has a Greek clay lamp w/ inscription (ΕΥΤΥ...), from Greece 1950s, wants a reading + authenticity. Over to you.'],
    xfer(102, 'Tess', 'tess-m'),
    [160, 'l', "Hi, I'm Tess at the State Library Resource Center. ΕΥΤΥΧΙΑ ('good luck') is common on Greek and Roman lamps. For the object itself, the Walters Art Museum's curatorial office does identifications by appointment: e-mail curatorial@thewalters.org with photos. Our guide to ancient lamps is at slrc.info/guides/lamps.", as(TESS)],
    [166, 'l', 'Does that help you get started?', as(TESS)],
    [220, 'p', 'Very much. That is all, thank you.'],
    [226, 'l', 'You are welcome. Goodbye!', as(TESS)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 11 follow-up by me, e-mail read back, "by Wednesday", done in 40 h
  s(URI, '11 the fox and the bear tail-fisher tale for a storytelling guild (follow-up by me): ATU 2, e-mail read back, "by Wednesday", done in 40 h', [
    [0, 'p', 'I tell stories with our local storytelling guild. An elder told me a tale about a fox who tricks a bear into fishing with its tail. Where does it come from and are there versions from other countries?'],
    [35, 'l', "Hello! I'm Uri, a reference librarian with Ask a Librarian at Cuyahoga County Public Library."],
    [41, 'l', 'Are you after the tale-type background, or texts of the versions you could tell?'],
    [100, 'p', 'both if possible!'],
    [106, 'l', "It's tale type ATU 2, 'The Tail-Fisher', told from Scandinavia to Russia and by African American tellers. Hans-Jörg Uther's The Types of International Folktales (in our catalog) lists the versions. Finding the texts will take some digging in our folklore collection. May I e-mail you a list?"],
    [170, 'p', 'that would be wonderful. m.okafor.tales@example.org'],
    [176, 'l', "Thanks: m.okafor.tales@example.org. I'll have the list to you by Wednesday."],
    [182, 'l', 'Does the tale-type info help for now?'],
    [230, 'p', 'Yes! That is everything for today.'],
    [236, 'l', 'Thank you, and happy telling!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 12 follow-up by me, e-mail read back, no time
  s(VERA, '12 Ragnarök as climate myth for a thesis (follow-up by me): JSTOR, "I\'ll search a few more indexes and send you what turns up", e-mail read back, no time', [
    [0, 'p', 'Looking for scholarly articles on the Ragnarök myth and climate for my undergrad thesis, our uni library is closed for break'],
    [18, 'l', 'Hi, this is Vera at the Ask Us statewide service.'],
    [24, 'l', 'Which angle: the Old Norse sources, or modern readings of Ragnarök as a climate myth?'],
    [70, 'p', 'modern readings mostly'],
    [76, 'l', "JSTOR has several; through our site (askusnow.info > Databases > JSTOR) try 'Ragnarök' AND 'climate'. I'll search a few more indexes and send you what turns up. What's your email?"],
    [130, 'p', 'its eric.lund@example.edu'],
    [136, 'l', 'Got it, eric.lund@example.edu. Does the JSTOR search get you started?'],
    [180, 'p', 'yep thanks, thats all'],
    [186, 'l', 'Thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 13 follow-up by the patron's library, phone read back, "within 72 hours", done after 80 h
  s(WALT, '13 a book club kit of Stephen Fry\'s Mythos (follow-up by patron\'s library): phone read back, "within 72 hours", done after 80 h', [
    [0, 'p', 'hi my book club is reading Mythos by Stephen Fry, do any libraries in the county have a book club kit of it?'],
    [25, 'l', 'Good evening! Walt at Ask a Librarian, Anne Arundel County Public Library.'],
    [31, 'l', 'How many copies does your club need?'],
    [70, 'p', '12'],
    [76, 'l', "Our book club kits are listed at aacpl.net/bookclubs and Mythos isn't one of them, but your branch can pull copies together. I'll pass this to your branch's staff and they'll contact you. What's the best phone number?"],
    [120, 'p', '410 555 0192'],
    [126, 'l', 'Thanks, 410-555-0192, right? Someone from the branch will call you within 72 hours.'],
    [160, 'p', 'yes thats it'],
    [166, 'l', 'Does the kits list help in the meantime?'],
    [200, 'p', 'sure, thanks. no other questions'],
    [206, 'l', 'Thank you for using Ask a Librarian, good night!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 a promise to get back tomorrow, coded Answered, no contact anywhere
  s(XIO, '14 a Latin textbook for homeschooling: "get back to you tomorrow", coded Answered, no e-mail or phone anywhere', [
    [0, 'p', 'what latin textbook do most high schools use now? homeschooling and want to start my daughter'],
    [20, 'l', "Hi! I'm Xio, a librarian at Arlington Public Library."],
    [26, 'l', 'How old is she, and has she had any Latin before?'],
    [60, 'p', '12, none'],
    [66, 'l', "Cambridge Latin Course and Latin for Children are both common at that age; we own Latin for Children, Primer A (catalog at library.arlingtonva.us). I'll find out which ones the local co-ops use and get back to you tomorrow."],
    [72, 'l', 'Does that help so far?'],
    [110, 'p', 'yes thank you!'],
    [115, 'l', 'Good night, and thanks!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 15 a true Lost Call
  s(YARA, '15 the boy who flew too close to the sun (Lost Call): greeting only, "are you still with me?" at 147, "you\'ve left the chat … come back anytime!" at 330', [
    [0, 'p', 'what is the greek myth with the guy who flew too close to the sun'],
    [22, 'l', 'Hello! Yara here, librarian with Ask Us at Harford County Public Library. Happy to help.'],
    [147, 'l', 'Hi, are you still with me?'],
    [330, 'l', "It looks like you've left the chat, so I'll close it now. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Lost Call after three patron lines
  s(ZEKE, '16 an Odyssey audiobook for the commute: Emily Wilson on Libby, coded Lost Call after three patron lines', [
    [0, 'p', 'is there a good audiobook of the odyssey for my commute'],
    [19, 'l', 'Hey there, Zeke from Ask a Librarian at Frederick County Public Libraries.'],
    [25, 'l', "Do you prefer a particular translation? Emily Wilson's and Robert Fagles's are the popular ones."],
    [60, 'p', 'the newest one'],
    [66, 'l', "That's Emily Wilson's, read by Claire Danes. It's on Libby through fcpl.org > eBooks & Audiobooks."],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yep, got it on hold'],
    [115, 'l', 'Enjoy the voyage, bye for now!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (mythology snippet): coded Practice, every check na', [
    [0, 'p', 'test: mythology canned answers'],
    [6, 'l', 'testing the new mythology snippet: see our guide at library.example.org/myth'],
    [12, 'p', 'ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever joined
  s(NOBODY, '18 Latin translation due tonight: no provider ever joined, "anyone there?", patron left, code null', [
    [0, 'p', 'need help with my latin translation homework due tonight!!!'],
    queue(2, 4),
    [130, 'p', 'anyone there?'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 19 "you've hit the limit on questions for one session"
  s(ADA, '19 the twelve labors, then Troy and Achilles: "Sorry, you\'ve hit the limit on questions for one session. Goodbye." (dismissal)', [
    [0, 'p', 'what are the 12 labors of hercules'],
    [16, 'l', "Hi, Ada with the Ask a Librarian chat at Howard County Library System."],
    [22, 'l', 'Do you need them in order, with a source for a school assignment?'],
    [50, 'p', 'yes in order'],
    [56, 'l', 'Theoi.com has the list in order with the ancient sources: theoi.com/Heros/HeraklesTasks.html. Did that help?'],
    [90, 'p', 'yes. also can u explain the trojan war and who started it and what about achilles heel'],
    [97, 'l', "Sorry, you've hit the limit on questions for one session. Goodbye."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 other students waiting, a way back, the library's Children's Services by phone
  s(BEN, '20 a run-on list of Greek god questions: "other students waiting … chat back in later, or call our Children\'s Services desk at 410-386-4488"', [
    [0, 'p', 'hi!! im doing a project on greek gods. whats the difference between roman and greek gods names, and who were the titans, and what did hades do, and'],
    [20, 'l', "Hi, welcome to Ask Us! I'm Ben, a librarian at Carroll County Public Library."],
    [26, 'l', 'Which of those is due first?'],
    [60, 'p', 'the greek vs roman names'],
    [66, 'l', "Britannica Kids has a side-by-side chart in its article 'Greek and Roman gods'; it's free through library.carr.org > Research > Britannica. Does that help with the first part?"],
    [110, 'p', 'yes!! ok now titans and hades and also norse gods and egyptian'],
    [118, 'l', "There are other students waiting in the queue right now, so I need to stop here. Please chat back in later for the rest, or call our Children's Services desk at 410-386-4488, they love mythology questions."],
    [150, 'p', 'ok ill do that'],
    [156, 'l', 'Thanks for chatting, good luck with the project!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 check-in, no goodbye, final idle 170 s; the source has no codes
  s(CLEO, '21 the original 1812 Grimm tales: Zipes\'s translation, "Are you still there?" at 200, ended at 236 (final idle 170 s), no resolution code field', [
    [0, 'p', 'where can i find the original grimm fairy tales, not the disney ones'],
    [17, 'l', 'Hello, this is Cleo, a librarian at Ask a Librarian Delaware.'],
    [23, 'l', 'Do you want the 1812 first edition in English, or any unabridged translation?'],
    [60, 'p', 'first edition if possible'],
    [66, 'l', 'Jack Zipes translated the 1812 edition as The Original Folk and Fairy Tales of the Brothers Grimm (Princeton, 2014). You can borrow it through the Delaware Library Catalog at lib.de.us.'],
    [72, 'l', 'Does that answer your question?'],
    [200, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'na' }), { endAfter: 36, resolutionCode: undefined }),

  // 22 a notice that thanks, no check-in, final idle exactly 180 s
  s(DEV, '22 an intro to Roman religion: answer at 70, "It seems you\'ve disconnected, so I\'ll end the chat now. Thanks…" at 250 (final idle exactly 180 s), no check-in', [
    [0, 'p', 'need a good intro book on roman religion for a community college class'],
    [21, 'l', 'Hi! Dev from the Ask Us team at Montgomery County Public Libraries.'],
    [27, 'l', 'Is it for a paper, or general background reading?'],
    [65, 'p', 'general background'],
    [70, 'l', "Mary Beard, John North and Simon Price's Religions of Rome, volume 1, is the standard; it's in our catalog at montgomerycountymd.gov/library. Does that work?"],
    [250, 'l', "It seems you've disconnected, so I'll end the chat now. Thanks for using Ask Us!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 23 a goodbye exactly 120 s after the answer, no check-in
  s(ELI, '23 a children\'s Aeneid after Sutcliff\'s Odyssey: answer at 66, goodbye at 186 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'is there a kids version of the aeneid? my 10 yr old loved the odyssey one'],
    [18, 'l', "Hello and welcome! Eli here, children's librarian at Baltimore County Public Library."],
    [24, 'l', 'Which Odyssey version did he read? That helps me match the level.'],
    [60, 'p', "Rosemary Sutcliff's"],
    [66, 'l', "Then try Penelope Lively's In Search of a Homeland: The Story of the Aeneid, a similar level; it's in the catalog at bcpl.info."],
    [72, 'l', 'Is that the kind of thing you were hoping for?'],
    [186, 'l', 'Thanks for stopping by, happy reading!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 24 a goodbye 119 s after the answer; code ""
  s(FAY, '24 "deus ex machina" literally (essay): Oxford Reference, goodbye at 170 (final idle 119 s), code ""', [
    [0, 'p', 'what does "deus ex machina" mean, literally? writing an essay'],
    [14, 'l', "Hi! I'm Fay, a librarian with Ask a Librarian at Sno-Isle Libraries."],
    [20, 'l', 'Do you need just the literal Latin, or also how it came from Greek theatre?'],
    [45, 'p', 'both pls'],
    [51, 'l', "Literally 'god from the machine': the Latin calque of the Greek 'apo mechanes theos', the crane that lowered a god onto the stage. Oxford Reference, free with your card at sno-isle.org > Research, has an entry on it. Did that help?"],
    [170, 'l', 'Good luck with the essay, bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 25 a referral with no contact; the patron has the last word
  s(GUS, '25 an in-person ancient Greek class near Annapolis: "Ask the continuing-education office at Anne Arundel Community College" (no contact), "k thx bye" last', [
    [0, 'p', 'is there anywhere around here i can take a real greek (ancient) class as an adult? not online'],
    [24, 'l', 'Hey, Gus here from Ask Us at Anne Arundel County Public Library.'],
    [30, 'l', 'Which part of the county are you in?'],
    [55, 'p', 'near annapolis'],
    [61, 'l', "Ask the continuing-education office at Anne Arundel Community College; they have run ancient Greek for adults some terms. Our own Gale Courses (aacpl.net > eLearning) has no ancient Greek, unfortunately."],
    [66, 'l', 'Does that point you in the right direction?'],
    [110, 'p', 'k thx bye'],
  ], usual({ anything: 'fail', courteous: 'fail', referral: 'fail' })),

  // 26 partly Spanish; the first source before the question
  s(HANA, '26 mitos griegos para un niño de 8 años (partly Spanish): D\'Aulaires given first, then "¿Lo quiere en inglés o en español?", "es todo"', [
    [0, 'p', 'hello, mi hijo necesita un libro de mitos griegos para niños, he is 8'],
    [19, 'l', '¡Hola! Hi, this is Hana, bibliotecaria at Montgomery County Public Libraries.'],
    [25, 'l', "Un favorito: D'Aulaires' Book of Greek Myths. Tenemos copias en inglés y en español; catálogo: montgomerycountymd.gov/library."],
    [31, 'l', '¿Lo quiere en inglés o en español?'],
    [70, 'p', 'español please'],
    [76, 'l', "Then search 'Libro de los mitos griegos' in the catalog and click Place Hold. ¿Le sirve?"],
    [110, 'p', 'si gracias!! es todo'],
    [115, 'l', '¡De nada! Thanks for chatting, adiós.'],
  ], usual({ clarify: 'fail' })),

  // 27 four at once
  s(IVO, '27 a line-numbered Latin text of Metamorphoses 10 for a seminar: three other chats open during this one (four at once)', [
    [0, 'p', 'Need the Latin text of Ovid Metamorphoses book 10 with line numbers for a seminar'],
    [30, 'l', 'Good afternoon, Ivo at Ask Us Maryland here.'],
    [36, 'l', 'Would a free online text do, or do you need a print edition to cite?'],
    [70, 'p', 'online is fine, just need line numbers'],
    [76, 'l', 'Use the Perseus Digital Library: perseus.tufts.edu (Ovid, Metamorphoses, book 10), line-numbered to the standard edition.'],
    [82, 'l', 'Does that answer it?'],
    [120, 'p', 'perfect. thats all, thanks'],
    [125, 'l', 'Thanks, and good luck with the seminar!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'ivo-m', -200, 500), other('i2', 'ivo-m', 20, 300), other('i3', 'ivo-m', 50, 200)],
  }),

  // 28 touching ends (three at most); "take your time" and 200 s away
  s(JAX, '28 Basile\'s Sleeping Beauty: "no rush, take your time checking your syllabus" then 200 s away; chats touching at both ends (three at most)', [
    [0, 'p', 'i have to compare two versions of sleeping beauty for class, basile and perrault. where do i find basile?'],
    [15, 'l', 'Hi! Jax, librarian at Ask a Librarian, Pima County Public Library 🌵'],
    [21, 'l', 'Does your class say which translation to use? No rush, take your time checking your syllabus.'],
    [221, 'p', 'ok found it, any translation is fine'],
    [227, 'l', "Basile's 'Sun, Moon, and Talia' is in Nancy Canepa's translation of The Tale of Tales (Wayne State UP), in our catalog at library.pima.gov. SurLaLune has a free older translation too: surlalunefairytales.com."],
    [233, 'l', 'Will that work for your comparison?'],
    [270, 'p', 'yes! thats everything i needed'],
    [275, 'l', 'Great, thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('j1', 'jax-m', -300, 0), other('j2', 'jax-m', -40, 150), other('j3', 'jax-m', 100, 400), other('j4', 'jax-m', 280, 600)],
  }),

  // 29 pickedUpAt 30 s, first line at 170; an answer with no source
  s(KIM, '29 how many worlds on Yggdrasil: pickedUpAt 30 s, first line at 170 (140 s after pickup), nine worlds from memory, no source', [
    [0, 'p', 'quick q: in norse myth how many worlds are there on yggdrasil?'],
    [170, 'l', 'Hi, Kim at Ask a Librarian here, sorry for the delay!'],
    [176, 'l', 'Is this for a class, or just curious?'],
    [200, 'p', 'just curious'],
    [206, 'l', 'Nine worlds, traditionally: Asgard, Midgard, Jotunheim, Hel and the rest, all held together by the ash tree Yggdrasil.'],
    [212, 'l', 'Does that answer your question?'],
    [240, 'p', 'yep! thats all i wanted to know'],
    [245, 'l', 'Thanks for asking, bye!'],
  ], usual({ informed: 'fail', source: 'fail' }), { pickedUpAt: at(30) }),

  // 30 Spanish: follow-up by the patron's library, e-mail read back, "antes del viernes", pending
  s(LUZ, '30 una traducción anotada del Popol Vuh (Spanish, follow-up by patron\'s library): correo repetido, "antes del viernes", pending at day 1', [
    [0, 'p', 'Buenas noches. Busco una traducción al español del Popol Vuh para un curso de mitología comparada en el colegio comunitario.'],
    [28, 'l', '¡Buenas noches! Habla Luz, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca del Condado de Los Ángeles.'],
    [34, 'l', '¿Necesita una edición con notas académicas, o le basta cualquier traducción completa?'],
    [90, 'p', 'con notas, si es posible'],
    [96, 'l', 'La edición de Adrián Recinos (Fondo de Cultura Económica) tiene notas; el catálogo (lacountylibrary.org) la muestra solo en la sucursal de East Los Angeles. Voy a pedirle a esa sucursal que la aparte y que le escriban. ¿A qué correo?'],
    [150, 'p', 'rosa.quispe@example.com'],
    [156, 'l', 'Gracias: rosa.quispe@example.com. La sucursal le escribirá antes del viernes.'],
    [162, 'l', '¿Le sirve esta información por ahora?'],
    [200, 'p', 'sí, muchas gracias, es todo'],
    [206, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MYTHOLOGY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-second round: mythology, fairy tales and classical studies, checked', () => {
  describeSessions('whole sessions', MYTHOLOGY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MYTHOLOGY.filter((c) => c.name in LEFT_WHY));
});
