/**
 * Sixty-eighth round, theme WORLD RELIGIONS, FAITH COMMUNITIES AND RELIGIOUS RECORDS, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: comparative religion books (a book club's survey, an
 * English Quran and four more scriptures for a class, a readable Bhagavad Gita, a JPS Hebrew-English Tanakh, Jainism for a
 * 7th-grade report, children's books in Spanish, a large-print Reina-Valera), holy days calendars (Ramadan and Eid 2027 for
 * a school, an HR calendar of ten observances, Diwali 2026, Orthodox and Western Easter 2027, Jewish holidays 2027), finding
 * a congregation or interfaith group (a Quaker meeting near Olney, Telugu Hindu temples near Edison, a gurdwara near Fresno,
 * beginner Buddhist meditation near Ann Arbor, an interfaith Thanksgiving service in Columbus), religious records for
 * genealogy (an 1890s Slovak Catholic baptism in Pittsburgh, Puerto Rico parish marriages of the 1920s, a 1956 bar mitzvah
 * at a closed Cleveland synagogue, a parish's founding records, a 1931 Jalisco baptism, a godparent's baptismal
 * certificate), chaplaincy (hospital CPE, prison volunteering in Texas), religion statistics (Pew, the U.S. Religion
 * Census) and meeting room rules for faith groups (a weekly Bible study, an Eid dinner with food). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/religions-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Marisol at …" (01); pickup at 60 s exactly (02: pass) and at 61 s (03: fail); "Hi
 *   and welcome! I'm Hana, a reference librarian at …" (04); Spanish "¡Buenas tardes! Habla Rocío, bibliotecaria de …" (05),
 *   "Hola, soy Tomás de la Biblioteca Pública de Houston." with the clarifying question in the same line (29), "¡Hola! Le
 *   atiende Yolanda …" (30); "Hello! How can I help?" then a question, under the screen name "Central Desk 2" (06: names no
 *   one, fail); "Good evening! Ask Us Now, this is Ray." (25); "Hi there 👋" + "I'm the librarian on duty for Pioneer Library
 *   System tonight." over two lines, screen name "pls_night", with `pickedUpAt` at 58 s and the first line at 90 (27: pass);
 *   "Shalom and welcome! Dov here …" (28); a queue notice and no provider ever (16);
 *  inquiry: overview or one tradition, parish or neighbourhood, preferred version, branch and group size, tradition, faith
 *   tradition or interfaith, town or parish, congregation or individual, class or paper, grade, state prison or county jail,
 *   founding year, Greek or other Orthodox, number of guests, same parish, print or e-book; "¿Prefiere en español?" (09); a
 *   restatement with no question mark ("So you're after a side-by-side Hebrew and English edition …", 28: pass); the source
 *   given before "Were you after a scholarly edition, or something to read for yourself?" (26: fail); a question and never a
 *   source (14: pass);
 *  waits: "Sure, one moment while I pull that up." answered 120 s later exactly (02: pass); "let me dig around for a sec"
 *   answered 125 s later (07: fail); Spanish holds "Déjeme buscar en el catálogo, un momento." at 40 and "Sigo buscando — ya
 *   encontré uno, reviso si hay más." (a partial result, search goes on) at 155, the answer at 281, 126 s later (30: fail); a
 *   silent transfer answered 80 s after the patron (08: pass); a Spanish transfer notice answered 64 s later by the receiver
 *   (09); "… No rush, take your time." then the patron back 170 s later (20: waiting on the patron, pass); the patron's
 *   "helloooo??" before pickup (14: the wait before pickup is pickup's alone, pass);
 *  endings: a Lost Call with a greeting only and, 200 s later, "It seems we've lost the connection, so I'll be closing this
 *   chat. Please feel free to message us again!" with no check-in (13: idle fails, notice and courteous pass); "Are you still
 *   there?" at 200 and "Looks like you've stepped away — I'm closing the chat now. Come back any time." at 260, final idle
 *   205 s (14: both pass); a goodbye 119 s after the answer (22: idle na); "Still there?" and a goodbye at a final idle of 180 s
 *   exactly with no notice (23: idle pass, disconnect fail); the patron's window closing 220 s after the last provider line
 *   with no check-in, notice or goodbye (25: final idle 225 s, idle, disconnect and courteous fail); the patron's "thx thats
 *   everything" as the last line after "Does that answer your question?" (24: courteous fails); "That's too many questions
 *   for one chat. Your time is up, I'm ending this now." + "Bye." and the patron's "wow ok" (11: dismissal fails, courteous
 *   passes on "Bye."); "I've got several other people waiting in the queue right now, so I'll stop here, but please come back
 *   anytime …" (12: allowed); goodbyes "Enjoy the discussion — bye for now!", "Have a lovely Sunday. Bye!", "¡Con gusto! Que
 *   tenga buen día.", "Glad it helped — take care!", "¡Gracias a usted! Hasta luego.", "Blessings on the work, and thanks for
 *   chatting!", "Thank you, talk soon!", "Todah, and thanks for chatting!", "¡Hasta pronto y gracias por escribir!";
 *   patron-side "that's everything, ty!", "nope that's it", "thats all for now thank you", "sí, es todo", "thats everything",
 *   "sí mil gracias, eso es todo", "yes that's all I needed", "no more questions", "no, es todo", and "yes thank you", "ok
 *   thanks", "yes thanks" that do not count;
 *  sources: the catalogue (rivlib.info, mysapl.org, tscpl.org, sjcpls.org, mcpl.info, skokielibrary.info, elpasolibrary.org),
 *   named books, interfaith-calendar.org, fgcquaker.org, familysearch.org (catalogue and the Puerto Rico and Jalisco
 *   collections), a county meeting room policy URL, pluralism.org, acpe.edu and bcci.org, wrhs.org, columbuscatholic.org,
 *   buddhanet.info, timeanddate.com, goarch.org, hclib.org, pewresearch.org, usreligioncensus.org, tdcj.texas.gov, a parish
 *   office phone; none ("get in touch with the Interfaith Association of Central Ohio", 10: fail);
 *  referrals: a Quaker meeting to visit, by street address (03: LEFT); the Interfaith Association with no contact (10: fail);
 *   TDCJ's Chaplaincy Department by URL (18: pass); a parish office by phone (25: pass); a Spanish "escriba al Archivo
 *   Histórico de la Arquidiócesis de Guadalajara" with no contact (29: LEFT); the library's Pennsylvania Department and local
 *   history room working on the patron's behalf (04, 20) and a historical society's online catalogue (19) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done in 50 h (04: pass); "I'll dig into … and get
 *   back to you" with no contact and no time, coded Answered (19: code and contact fail, on_time pending at day 1); FU_LIB,
 *   phone typed and read back, "within two business days", done after 80 h (20: on_time fails); FU_ME, "send it to you
 *   tomorrow", the e-mail only in `patron.email`, not done by day 4 (21: code passes, contact and on_time fail);
 *  codes: a true Lost Call (13); Lost Call after two patron lines (14: fail); Lost Call with no provider and one patron line
 *   (16: pass); null (28); Practice (15);
 *  transfers: an internal note saying why and no word to the patron (08: fail); a Spanish notice "Un momento, la transfiero a
 *   mi colega Lucía, que habla español." and a note saying why (09: pass);
 *  concurrency: three others open through the session, four at once (17: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (18: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting may be in Spanish ("¡Buenas tardes!", "Hola", "¡Hola!") and the identification too ("Habla Rocío,
 *   bibliotecaria de …"); "I'm the librarian on duty for Pioneer Library System tonight." identifies who answers (27);
 * - "¡Con gusto! Que tenga buen día." (05), "Glad it helped — take care!" (08) and "Thank you, talk soon!" (19) say goodbye or
 *   thank the patron; "Bye." alone (11) says goodbye;
 * - "Looks like you've stepped away — I'm closing the chat now." (14) tells the patron they seem to have disconnected and the
 *   session will end; "It seems we've lost the connection, so I'll be closing this chat." (13) too, and asks nothing;
 * - a referral is telling the patron to contact or visit someone: "you're welcome to just visit Sandy Spring Friends Meeting,
 *   17715 Meeting House Rd" (03) tells the patron to visit an organisation, reached by a street address; "escriba al Archivo
 *   Histórico …" (29) tells the patron to write to one, with no way to reach it; "Our local history room … will go through
 *   them for you" and "Someone … will call you" (20) are staff working for the patron, not a referral; "its catalogue is at
 *   wrhs.org" (19) points to a catalogue to use: a source;
 * - "Your best bet is to get in touch with the Interfaith Association of Central Ohio" (10) is an answer with no source (an
 *   organisation named without a way to reach it), so "Does that point you in the right direction?" after it asks about what
 *   was given (completeness pass) and info.source fails;
 * - "¿Prefiere libros impresos o electrónicos?" (30) asks about format, a question that shapes the answer; "Do you know the
 *   year it was founded …? No rush, take your time." (20) is a question, not a hold;
 * - a greeting with "happy to help" (13) is not a substantive message, so that Lost Call has no substantive exchange and its
 *   final idle runs from the greeting to the notice that invites back (200 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both referral.contact). Label corrections: 0 (both disagreements reread
 * against RUBRIC's Referral term; both labels stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "you're welcome to just visit Sandy Spring Friends Meeting, 17715 Meeting House Rd, Sandy
 *    Spring" read as no referral (na; RUBRIC pass: visit an organisation, a street address given);
 *  - referral.contact, case 29: Spanish "Si no aparece ahí, escriba al Archivo Histórico de la Arquidiócesis de Guadalajara."
 *    read as no referral (na; RUBRIC fail: write to an organisation, no way to reach it).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt` at 58 s, no provider; keep_informed at 120 s exactly, 125 s, 126
 * s after a Spanish partial-result hold, across a silent and an announced transfer, "take your time" and a wait before
 * pickup; final idles of 119, 180, 200, 205 and 225 s; concurrency at four and at touching ends; on_time done at 50 h, late at
 * 80 h, missing at day 4, pending at day 1) scored as labelled on the first run. The redaction equality of describeSessions
 * holds for every running case (a patron e-mail and a patron phone typed and read back, an e-mail only in `patron.email`,
 * parish and library phones and a street address beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `tsc -p tsconfig.json --noEmit`:
 * nothing reported for this file.
 * RUBRIC v62 (block AB, written after this file): cases 03 (AB12 and AB4: "you're welcome to just visit Sandy Spring Friends
 *   Meeting, 17715 Meeting House Rd") and 29 (AB1: "escriba al Archivo Histórico de la Arquidiócesis de Guadalajara") now score as
 *   labelled and run with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The service's queue notice (system). */
const waitLine = (sec: number, pos = 1): Line => [sec, 's', `Waiting for a librarian (position ${pos})...`];

const MARISOL: Prov = { id: 'marisol-rl', name: 'Marisol', library: 'RCL-CA' };
const DEV: Prov = { id: 'dev-rl', name: 'Dev', library: 'AUN' };
const ELLEN: Prov = { id: 'ellen-rl', name: 'Ellen', library: 'MCPL-MD' };
const HANA: Prov = { id: 'hana-rl', name: 'Hana', library: 'CLP-PA' };
const ROCIO: Prov = { id: 'rocio-rl', name: 'Rocío', library: 'SAPL' };
const DESK2: Prov = { id: 'desk2-rl', name: 'Central Desk 2', library: 'FCPL-VA' };
const PRAKASH: Prov = { id: 'prakash-rl', name: 'Prakash', library: 'MCL-NJ' };
const OWEN: Prov = { id: 'owen-rl', name: 'Owen', library: 'AUN' };
const TESS: Prov = { id: 'tess-rl', name: 'Tess', library: 'AUN' };
const BETH: Prov = { id: 'beth-rl', name: 'Beth', library: 'DDL' };
const LUCIA: Prov = { id: 'lucia-rl', name: 'Lucía', library: 'DDL' };
const GWEN: Prov = { id: 'gwen-rl', name: 'Gwen', library: 'WL-OH' };
const FRANK: Prov = { id: 'frank-rl', name: 'Frank', library: 'TPL-KS' };
const IMANI: Prov = { id: 'imani-rl', name: 'Imani', library: 'DPL-MI' };
const JONAH: Prov = { id: 'jonah-rl', name: 'Jonah', library: 'SLCO' };
const SAM: Prov = { id: 'sam-rl', name: 'Sam', library: 'FCPL-CA' };
const PRACTICE: Prov = { id: 'practice-rl', name: 'Training 7', library: 'TRN' };
const NOONE: Prov = { id: 'unstaffed-rl', name: 'Queue', library: 'VRQ' };
const LIAM: Prov = { id: 'liam-rl', name: 'Liam', library: 'SJCL' };
const MEI: Prov = { id: 'mei-rl', name: 'Mei', library: 'ACL-TX' };
const URSULA: Prov = { id: 'ursula-rl', name: 'Ursula', library: 'CPL-OH' };
const VAUGHN: Prov = { id: 'vaughn-rl', name: 'Vaughn', library: 'GHPL' };
const KENJI: Prov = { id: 'kenji-rl', name: 'Kenji', library: 'AADL' };
const ASHA: Prov = { id: 'asha-rl', name: 'Asha', library: 'EPL-NJ' };
const PETRA: Prov = { id: 'petra-rl', name: 'Petra', library: 'BCPL-MD' };
const NADIA: Prov = { id: 'nadia-rl', name: 'Nadia', library: 'HCL-MN' };
const RAY: Prov = { id: 'ray-rl', name: 'Ray', library: 'AUN' };
const CORA: Prov = { id: 'cora-rl', name: 'Cora', library: 'BPL-IN' };
const PIONEER: Prov = { id: 'nightdesk-rl', name: 'pls_night', library: 'PLS-OK' };
const DOV: Prov = { id: 'dov-rl', name: 'Dov', library: 'SKOKIE' };
const TOMAS: Prov = { id: 'tomas-rl', name: 'Tomás', library: 'HPL-TX' };
const YOLANDA: Prov = { id: 'yolanda-rl', name: 'Yolanda', library: 'EPPL-TX' };

const s = session;

export const RELIGIONS: SessionCase[] = [
  // 01 a plain good session
  s(MARISOL, '01 comparative religion for a book club: "Good morning, you\'ve reached Marisol", overview or one tradition, two books in the catalogue, patron "that\'s everything"', [
    [0, 'p', 'hi!! our book club wants to read something on world religions, like a overview of all of them?? any ideas'],
    [22, 'l', "Good morning, you've reached Marisol at the Riverside County Library ask-a-librarian chat."],
    [29, 'l', 'Fun pick! Would the group rather have a survey of many traditions, or a deep dive into just one?'],
    [75, 'p', 'survey, we meet monthly so not too long pls'],
    [84, 'l', "Two that groups like: Huston Smith's The World's Religions (about 400 pages, chapter per tradition) and Stephen Prothero's God Is Not One. Both have book club sets you can request through our catalogue at rivlib.info (search the title, then 'Book Club Kits')."],
    [90, 'l', 'Are those the kind of thing you had in mind?'],
    [140, 'p', "yes perfect, the smith one sounds great. that's everything, ty!"],
    [146, 'l', 'Enjoy the discussion — bye for now!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a hold answered exactly 120 s later
  s(DEV, '02 Ramadan 2027 for a school calendar: pickup at 60 s exactly, "one moment while I pull that up" answered 120 s later exactly', [
    [0, 'p', 'when does ramadan start in 2027? building our school calendar'],
    [60, 'l', 'Hey there! This is Dev, a librarian with Ask Us Now.'],
    [66, 'l', 'Do you need only the start of Ramadan, or Eid al-Fitr at the end too?'],
    [110, 'p', 'both please'],
    [116, 'l', 'Sure, one moment while I pull that up.'],
    [236, 'l', 'Ramadan 2027 is expected to begin on or about February 8 and Eid al-Fitr on or about March 10; the exact days depend on the moon sighting. The Interfaith Calendar at interfaith-calendar.org lists both with that caveat.'],
    [242, 'l', 'Did that cover what you needed?'],
    [290, 'p', 'yes great'],
    [294, 'l', 'Anything else I can look up for you?'],
    [320, 'p', 'no'],
    [324, 'l', 'Thanks for using Ask Us Now, take care!'],
  ], usual()),

  // 03 pickup at 61 s; "you're welcome to just visit" a meeting, with its street address
  s(ELLEN, '03 a Quaker meeting near Olney: pickup 61 s, "you\'re welcome to just visit Sandy Spring Friends Meeting, 17715 Meeting House Rd"', [
    [0, 'p', 'Are there any Quaker meetings in upper Montgomery County? Never been to one.'],
    [61, 'l', 'Hi, sorry to keep you waiting — Ellen here, librarian at Montgomery County Public Libraries.'],
    [68, 'l', 'What town are you near?'],
    [100, 'p', 'olney'],
    [107, 'l', "Friends General Conference keeps a finder at fgcquaker.org/connect (search by ZIP). Closest to Olney: you're welcome to just visit Sandy Spring Friends Meeting, 17715 Meeting House Rd, Sandy Spring; worship is Sundays at 10 and newcomers don't need to call ahead."],
    [113, 'l', 'Does that help?'],
    [160, 'p', 'yes thanks'],
    [165, 'l', 'Anything else today?'],
    [190, 'p', "nope that's it"],
    [194, 'l', 'Have a lovely Sunday. Bye!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 follow-up by me: e-mail typed and read back, "by Thursday", done in 50 h
  s(HANA, '04 an 1890s Slovak Catholic baptism in Pittsburgh (follow-up by me): e-mail typed and read back, "by Thursday afternoon", done in 50 h', [
    [0, 'p', "Hello, I'm trying to locate the baptism record of my great-grandfather Jozef Hudak, born about 1894 in Pittsburgh. Family was Slovak Catholic."],
    [35, 'l', "Hi and welcome! I'm Hana, a reference librarian at Carnegie Library of Pittsburgh."],
    [41, 'l', 'Do you know which parish, or the neighborhood they lived in?'],
    [95, 'p', 'south side I think. maybe St. Matthew?'],
    [102, 'l', "FamilySearch has filmed a lot of Pittsburgh parish registers; their catalogue at familysearch.org/search/catalog (place: Pennsylvania, Allegheny, Pittsburgh > Church records) is where to look first. I'd also like to check our Pennsylvania Department's parish guide, which isn't online. Can I e-mail you what I find?"],
    [150, 'p', 'yes! its hudak.family@example.net'],
    [156, 'l', "Great, hudak.family@example.net. You'll have it by Thursday afternoon."],
    [162, 'l', 'Does the FamilySearch catalogue give you enough to start on?'],
    [200, 'p', 'yes, thats all for now thank you'],
    [205, 'l', 'Thank you for chatting with Carnegie Library!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 05 Spanish: a large-print Bible
  s(ROCIO, '05 Biblia en letra grande para la abuela (Spanish): "¡Buenas tardes! Habla Rocío", Reina-Valera 1960 en el catálogo, "sí, es todo", "Que tenga buen día"', [
    [0, 'p', 'buenas, busco una biblia en español letra grande para mi abuelita, tienen?'],
    [28, 'l', '¡Buenas tardes! Habla Rocío, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [34, 'l', '¿Tiene alguna versión preferida, por ejemplo Reina-Valera, o le sirve cualquiera?'],
    [80, 'p', 'reina valera, la que usan en su iglesia'],
    [88, 'l', 'Tenemos la Reina-Valera 1960 en letra grande en varias sucursales. Búsquela en nuestro catálogo en mysapl.org y haga clic en "Place Hold" para recogerla en la sucursal que le quede más cerca.'],
    [94, 'l', '¿Es lo que buscaba?'],
    [140, 'p', 'sí, es todo, gracias'],
    [146, 'l', '¡Con gusto! Que tenga buen día.'],
  ], usual()),

  // 06 greets without naming anyone; the meeting room policy
  s(DESK2, '06 a weekly Bible study in a branch meeting room: "Hello! How can I help?" then a question (no one named), policy URL, "yes thank you"', [
    [0, 'p', 'can our church bible study reserve a room at the library every tuesday night'],
    [15, 'l', 'Hello! How can I help?'],
    [21, 'l', 'Which branch were you hoping to use, and about how many people come?'],
    [60, 'p', 'chantilly, like 12 people'],
    [67, 'l', "Our Meeting Room Policy (fairfaxcounty.gov/library/meeting-rooms) treats faith groups like any other nonprofit: you can book up to 90 days ahead, but the same group can hold a room at most twice a month, so every Tuesday won't work. Chantilly's 12-seat conference room fits your group."],
    [73, 'l', 'Does that answer it?'],
    [115, 'p', 'yes thank you'],
    [120, 'l', 'Thanks for asking — goodbye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 07 a hold answered 125 s later
  s(PRAKASH, '07 Hindu temples near Edison (typos): "let me dig around for a sec" answered 125 s later, the Pluralism Project directory', [
    [0, 'p', 'looking for hindu temple neer edison nj, just moved here, want one w/ telugu community if posible'],
    [20, 'l', 'Hi! Prakash at Middlesex County Library here, welcome to New Jersey.'],
    [26, 'l', "Any particular tradition you'd like, or is the Telugu community the main thing?"],
    [55, 'p', 'telugu community mostly'],
    [60, 'l', 'let me dig around for a sec'],
    [185, 'l', "The Pluralism Project's directory of religious centers (pluralism.org, Resources > Religious Centers, filter New Jersey / Hindu) lists the temples around Edison and Bridgewater with their sites; several note Telugu programs and festivals."],
    [191, 'l', 'Is that helpful?'],
    [230, 'p', 'yes thx a lot'],
    [234, 'l', 'Anything else?'],
    [250, 'p', 'no thats all'],
    [255, 'l', 'Thanks for reaching out, good luck settling in!'],
  ], usual({ informed: 'fail' })),

  // 08 a silent transfer: the internal note says why, the patron is told nothing
  s(OWEN, '08 becoming a hospital chaplain: internal note why, silent transfer, Tess answers 80 s after the patron with ACPE', [
    [0, 'p', 'how do you become a hospital chaplain? do you have to be ordained'],
    [18, 'l', 'Good evening, Owen at Ask Us Now here.'],
    [24, 'l', 'Are you thinking of a particular faith tradition, or interfaith chaplaincy?'],
    [70, 'p', 'interfaith i guess, im not ordained'],
    [74, 'i', 'Tess, can you take this one? Chaplaincy certification/CPE, you did the health careers guide.'],
    xfer(78, 'Tess', 'tess-rl'),
    [150, 'l', "Hi, Tess here, a librarian with Ask Us Now. Most hospitals ask for units of Clinical Pastoral Education; ACPE accredits the programs and has a center directory at acpe.edu. Board certification (bcci.org) expects a master's degree and an endorsement from a faith group, even for interfaith chaplains.", as(TESS)],
    [156, 'l', 'Does that help?', as(TESS)],
    [200, 'p', 'yes very much. thats everything'],
    [205, 'l', 'Glad it helped — take care!', as(TESS)],
  ], usual({ transfer: 'fail' })),

  // 09 partly Spanish: an announced transfer to a Spanish-speaking colleague
  s(BETH, '09 registros parroquiales de Puerto Rico (partly Spanish): "¿Prefiere en español?", "Un momento, la transfiero a mi colega Lucía", internal note, FamilySearch', [
    [0, 'p', 'hello necesito encontrar el matrimonio de mis bisabuelos en puerto rico, 1920s, por la iglesia'],
    [20, 'l', 'Hi, this is Beth at Ask a Librarian Delaware. ¿Prefiere en español?'],
    [40, 'p', 'si por favor'],
    [46, 'l', 'Un momento, la transfiero a mi colega Lucía, que habla español.'],
    [48, 'i', 'Lucía, patron prefers Spanish: Catholic marriage record, Puerto Rico 1920s, genealogy. Thanks!'],
    xfer(50, 'Lucía', 'lucia-rl'),
    [110, 'l', 'Hola, soy Lucía, bibliotecaria. ¿Sabe en qué pueblo o parroquia se casaron?', as(LUCIA)],
    [150, 'p', 'en Utuado creo'],
    [158, 'l', 'Los libros de la parroquia de Utuado están digitalizados en FamilySearch: familysearch.org, colección "Puerto Rico, registros parroquiales católicos, 1645-1969". Se buscan por pueblo y año.', as(LUCIA)],
    [164, 'l', '¿Le ayuda esto?', as(LUCIA)],
    [210, 'p', 'sí mil gracias, eso es todo'],
    [215, 'l', '¡Gracias a usted! Hasta luego.', as(LUCIA)],
  ], usual({ transfer: 'pass' })),

  // 10 a named interfaith association with no way to reach it, and no other source
  s(GWEN, '10 a joint Thanksgiving service in Columbus: "get in touch with the Interfaith Association of Central Ohio" (no contact, no source)', [
    [0, 'p', 'Hi, my congregation wants to join a community interfaith Thanksgiving service in Columbus this year. Who organizes those?'],
    [24, 'l', 'Hi, Gwen from Worthington Libraries here!'],
    [30, 'l', 'Are you reaching out for the congregation itself, or as an individual member?'],
    [70, 'p', 'for the congregation, im on the outreach committee'],
    [77, 'l', "Your best bet is to get in touch with the Interfaith Association of Central Ohio; they coordinate the joint services every November."],
    [83, 'l', 'Does that point you in the right direction?'],
    [120, 'p', "yes that's all I needed, thanks"],
    [125, 'l', 'Happy Thanksgiving, and thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 11 a dismissal: too many questions, time up
  s(FRANK, '11 five scriptures in English (run-on): "That\'s too many questions for one chat. Your time is up" then "Bye.", patron "wow ok"', [
    [0, 'p', 'hey so im taking a world religions class and need an english quran'],
    [20, 'l', 'Hi, Frank here from Topeka & Shawnee County Public Library.'],
    [25, 'l', 'Is this for reading along in class, or for quoting in a paper?'],
    [55, 'p', 'reading along'],
    [62, 'l', "The Study Quran (HarperOne) has the Arabic and a clear English translation with notes; we own it, search tscpl.org's catalogue for the title."],
    [68, 'l', 'Did that help?'],
    [100, 'p', 'yes and also need bhagavad gita and tao te ching and book of mormon and guru granth sahib and the dhammapada can u find all those'],
    [108, 'l', "That's too many questions for one chat. Your time is up, I'm ending this now."],
    [111, 'l', 'Bye.'],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 12 other patrons waiting, with a way back (allowed)
  s(IMANI, '12 a workplace holy days calendar (long list): "several other people waiting … please come back anytime", patron "ok thanks"', [
    [0, 'p', 'I need 2027 dates for Rosh Hashanah, Diwali, Vesak and Eid al-Adha for our HR diversity calendar'],
    [25, 'l', 'Good afternoon! Imani, librarian at Detroit Public Library, at your service.'],
    [31, 'l', 'Do you need the observed day only, or the full span of each (some run several days)?'],
    [70, 'p', 'just the first day'],
    [78, 'l', 'The Interfaith Calendar (interfaith-calendar.org, 2027 page) gives the first day of each, with notes on which begin at sundown the evening before.'],
    [84, 'l', 'Does that cover those four?'],
    [130, 'p', 'yes! ok can you also do lunar new year, nowruz, the bahai holy days, vaisakhi, orthodox christmas, and all the sikh gurpurabs'],
    [140, 'l', "Those are all on the same 2027 page. I've got several other people waiting in the queue right now, so I'll stop here, but please come back anytime if the calendar leaves something out."],
    [170, 'p', 'ok thanks'],
    [175, 'l', 'Thanks for your patience — bye!'],
  ], usual({ anything: 'fail' })),

  // 13 Lost Call: greeting only, a notice that does not ask, 200 s after the greeting
  s(JONAH, '13 Mormon pioneer history books (Lost Call): greeting only, no check-in, "It seems we\'ve lost the connection … message us again" 200 s later', [
    [0, 'p', 'do you have books about the history of the mormon pioneers coming to utah'],
    [30, 'l', 'Good morning! Jonah at the Salt Lake County Library chat, happy to help.'],
    [230, 'l', "It seems we've lost the connection, so I'll be closing this chat. Please feel free to message us again!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 coded Lost Call after two patron lines; a clarifying question and no source
  s(SAM, '14 a gurdwara near Fresno: "helloooo??", a question about where they are, "Are you still there?", "stepped away … closing the chat", coded Lost Call', [
    [0, 'p', 'is there a sikh gurdwara near fresno'],
    [40, 'p', 'helloooo??'],
    [55, 'l', 'Hi, Sam here from the Fresno County Public Library chat — sorry for the wait!'],
    [60, 'l', 'Which part of Fresno are you in, or are you coming from out of town?'],
    [200, 'l', 'Are you still there?'],
    [260, 'l', "Looks like you've stepped away — I'm closing the chat now. Come back any time."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(PRACTICE, '15 practice chat (holy days canned message): coded Practice, every check na', [
    [0, 'p', 'test — when is passover'],
    [6, 'l', 'testing the holy days macro'],
    [12, 'l', 'Holy days: interfaith-calendar.org. Did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no provider ever joined; coded Lost Call with one patron line
  s(NOONE, '16 Jewish holidays 2027: no provider ever joined, patron left at 150, coded Lost Call (one patron line)', [
    [0, 'p', 'where can i find a list of jewish holidays for 2027'],
    waitLine(2, 4),
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 four at once
  s(LIAM, '17 Jainism for a 7th-grade report: three other chats open through this one (four at once)', [
    [0, 'p', 'i need 2 books about jainism for my report its due friday 😬'],
    [25, 'l', 'Hello, Liam at St. Johns County Public Library! Friday, got it.'],
    [31, 'l', 'What grade are you in? That helps me pick the right reading level.'],
    [60, 'p', '7th'],
    [66, 'l', "Try Jainism by Anne Geldart (part of the 'Religions of the World' series) and the Jainism chapter in DK's The Religions Book. Both show up in our catalogue at sjcpls.org; World Book Student, in our online resources, has a short article too."],
    [72, 'l', 'Will those work for your report?'],
    [110, 'p', 'ya thank u!! thats all'],
    [115, 'l', 'Good luck on the report — bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('l1', 'liam-rl', -200, 600), other('l2', 'liam-rl', 20, 400), other('l3', 'liam-rl', 50, 300)],
  }),

  // 18 three at most, ends touching
  s(MEI, '18 volunteering as a prison chaplain in Texas: one chat ending at the start, two overlapping, one starting at the end; TDCJ chaplaincy by URL', [
    [0, 'p', 'how can i volunteer with the chaplaincy at a texas prison? im a deacon'],
    [20, 'l', 'Hello and thanks for writing in! Mei here, a librarian at Austin Public Library.'],
    [26, 'l', 'Is it a state prison (TDCJ) or a county jail you have in mind?'],
    [60, 'p', 'state'],
    [67, 'l', "Contact TDCJ's Rehabilitation Programs Division, Chaplaincy Department: the volunteer application and training schedule are at tdcj.texas.gov/divisions/rpd/chaplaincy.html. Everyone goes through a background check and a volunteer training first."],
    [73, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes, exactly. no more questions, thank you'],
    [115, 'l', 'Blessings on the work, and thanks for chatting!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('m1', 'mei-rl', -400, 0), other('m2', 'mei-rl', -60, 300), other('m3', 'mei-rl', 30, 250), other('m4', 'mei-rl', 120, 700)],
  }),

  // 19 a promise to get back, no contact and no time, coded Answered
  s(URSULA, '19 a 1950s bar mitzvah at a closed Cleveland synagogue: "I\'ll dig into where its records ended up and get back to you", no contact, coded Answered', [
    [0, 'p', "My dad had his bar mitzvah at a Cleveland synagogue in 1956 that closed decades ago. Any way to find a record or photo?"],
    [30, 'l', "Hi there, I'm Ursula, a librarian at Cleveland Public Library."],
    [36, 'l', 'Do you know the name of the synagogue, or the neighborhood it was in?'],
    [90, 'p', 'Glenville, maybe Anshe Emeth? not sure'],
    [98, 'l', "The Western Reserve Historical Society holds many Cleveland congregations' papers, and its catalogue is at wrhs.org (Research > Catalog). I'll dig into where that synagogue's records ended up and get back to you."],
    [104, 'l', 'Does that help for a start?'],
    [150, 'p', 'yes thanks'],
    [155, 'l', 'Thank you, talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 20 follow-up by the patron's library: "take your time", phone read back, "within two business days", done after 80 h
  s(VAUGHN, '20 a parish\'s 100th anniversary history (follow-up by patron\'s library): "No rush, take your time" then 170 s away, phone read back, done after 80 h', [
    [0, 'p', 'our parish turns 100 next year and im writing the history. where would the early records be?'],
    [22, 'l', "Good morning! I'm Vaughn, librarian at Grandview Heights Public Library."],
    [28, 'l', 'Do you know the year it was founded and its original name? No rush, take your time.'],
    [198, 'p', 'ok found it, St Christopher, founded 1927 as a mission of Holy Family'],
    [206, 'l', "The Diocese of Columbus Archives keeps parish files and sacramental registers; their guide to the collections is at columbuscatholic.org/archives. Our local history room also has the parish's old bulletins, and they'll go through them for you. What number should they call you at?"],
    [250, 'p', 'my cell is 614-555-0132'],
    [256, 'l', "Thanks, 614-555-0132. Someone from our local history room will call you within two business days."],
    [262, 'l', 'Does the Diocese guide help in the meantime?'],
    [300, 'p', 'yes thats everything for today, thank you!'],
    [305, 'l', 'Thank you, and congratulations to the parish!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 21 follow-up by me; the e-mail only in the patron field, never in the chat; not recorded by day 4
  s(KENJI, '21 Buddhist meditation centres near Ann Arbor (follow-up by me): "send it to you tomorrow", e-mail only in the patron field, not done by day 4', [
    [0, 'p', 'looking for a buddhist meditation group around ann arbor, beginner friendly'],
    [16, 'l', 'Hi! Kenji here, a librarian at Ann Arbor District Library.'],
    [22, 'l', 'Any tradition in mind — Zen, Tibetan, insight/Theravada — or just beginner-friendly?'],
    [70, 'p', 'just beginner friendly, evenings'],
    [77, 'l', "BuddhaNet's World Buddhist Directory (buddhanet.info/wbd) lets you search by city. I'll also put together a list of the local groups with evening beginner sessions and send it to you tomorrow."],
    [83, 'l', 'Does the directory help in the meantime?'],
    [130, 'p', "yes that's all for now, thanks"],
    [134, 'l', 'Thanks for chatting, talk tomorrow!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'lee.park@example.org', phone: null } }, { now: T0 + 4 * DAY }),

  // 22 a goodbye 119 s after the answer, no check-in
  s(ASHA, '22 Diwali 2026: answer at 56, "Thanks for asking — have a happy Diwali!" at 175 (final idle 119 s), no check-in', [
    [0, 'p', 'when is diwali this yr'],
    [15, 'l', 'Hi! Asha here, librarian at Edison Public Library.'],
    [21, 'l', 'Do you want the main day, or all five days of the festival?'],
    [50, 'p', 'just the main day'],
    [56, 'l', 'The main day (Lakshmi Puja) is Sunday, November 8, 2026; timeanddate.com/holidays/india/diwali lists all five days. Does that help?'],
    [175, 'l', 'Thanks for asking — have a happy Diwali!'],
  ], usual({ anything: 'fail' })),

  // 23 a final idle of 180 s exactly: a check-in, no disconnect notice
  s(PETRA, '23 Orthodox and Western Easter 2027: answer at 70, "Still there?" at 200, goodbye at 250 (final idle 180 s), no disconnect notice', [
    [0, 'p', 'is orthodox easter the same day as regular easter in 2027?'],
    [20, 'l', 'Good afternoon, Petra with the Ask a Librarian service at Baltimore County Public Library.'],
    [26, 'l', 'Is it the Greek Orthodox date you go by, or another Orthodox church?'],
    [60, 'p', 'greek'],
    [70, 'l', 'Not the same in 2027: Western Easter is March 28 and Orthodox Pascha is May 2. The Greek Orthodox Archdiocese posts its calendar at goarch.org/chapel. Does that answer your question?'],
    [200, 'l', 'Still there?'],
    [250, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 24 the patron has the last word; no thanks or goodbye from the provider
  s(NADIA, '24 an Eid dinner in a library meeting room: answer and "Does that answer your question?", patron "thx thats everything" last', [
    [0, 'p', 'our masjid wants to host an eid dinner for the neighborhood at a library, is food allowed in the rooms?'],
    [18, 'l', "Hello, you've reached Ask a Librarian at Hennepin County Library — I'm Nadia."],
    [24, 'l', 'About how many guests are you expecting?'],
    [60, 'p', 'maybe 80'],
    [68, 'l', "For 80 you'd need Minneapolis Central's large meeting room. Food and non-alcoholic drinks are allowed there; the meeting room policy and booking form are at hclib.org/about/meeting-rooms, and events must be free and open to the public."],
    [74, 'l', 'Does that answer your question?'],
    [120, 'p', 'thx thats everything'],
  ], usual({ courteous: 'fail' })),

  // 25 no reply after the answer; the patron's window closes; no check-in, notice or goodbye
  s(RAY, '25 a sponsor certificate to be a godparent: call St. Anne\'s parish office at 410-555-0190, then silence, patron left at 300 (final idle 225 s)', [
    [0, 'p', 'i need a baptism certificate to be a godmother, how do i get one'],
    [16, 'l', 'Good evening! Ask Us Now, this is Ray.'],
    [22, 'l', 'Were you baptized in the same parish where the baptism is happening?'],
    [70, 'p', "no, st anne's in towson, i live in ohio now"],
    [80, 'l', "Call St. Anne's parish office at 410-555-0190 and ask for a recent baptismal certificate with notations (parishes usually want one issued in the last 6 months). They can mail it to you or to the parish in Ohio."],
    [86, 'l', 'Is that what you needed?'],
    left(300),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' })),

  // 26 the first source before any question
  s(CORA, '26 a readable Bhagavad Gita: Easwaran\'s translation given first, then "scholarly or for yourself?"', [
    [0, 'p', 'whats a good english translation of the bhagavad gita'],
    [19, 'l', 'Hi, Cora at Bloomington Public Library here.'],
    [30, 'l', "Eknath Easwaran's translation (Nilgiri Press) is very readable and has short introductions to each chapter; it's in our catalogue at mcpl.info."],
    [36, 'l', 'Were you after a scholarly edition, or something to read for yourself?'],
    [80, 'p', 'for myself'],
    [86, 'l', "Then Easwaran's is a great start. Did that help?"],
    [120, 'p', "yes ty, that's all"],
    [124, 'l', 'Happy reading, goodbye!'],
  ], usual({ clarify: 'fail' })),

  // 27 pickedUpAt 58 s, first line at 90; greeting split over two lines
  s(PIONEER, '27 religion statistics for Oklahoma (pickedUpAt 58 s): "Hi there 👋" + "I\'m the librarian on duty for Pioneer Library System tonight", Pew study', [
    [0, 'p', 'need stats on religions in oklahoma for a sociology paper'],
    [90, 'l', 'Hi there 👋'],
    [94, 'l', "I'm the librarian on duty for Pioneer Library System tonight."],
    [100, 'l', 'Do you need state-level numbers only, or a comparison with the whole US?'],
    [140, 'p', 'state but comparing to us would be nice'],
    [148, 'l', "Pew's Religious Landscape Study has both: pewresearch.org/religious-landscape-study, choose Oklahoma under 'State'. For county-level numbers, the U.S. Religion Census at usreligioncensus.org has 2020 data."],
    [154, 'l', 'Is this what you were looking for?'],
    [200, 'p', 'yes!! perfect'],
    [205, 'l', 'Anything else for the paper?'],
    [230, 'p', 'nope'],
    [234, 'l', 'Good luck, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(58) }),

  // 28 a restatement; code null
  s(DOV, '28 a Hebrew-English Tanakh for a study group: "So you\'re after a side-by-side Hebrew and English edition", JPS, code null', [
    [0, 'p', 'Looking for a Tanakh with Hebrew and English for our study group, something most people can follow'],
    [20, 'l', 'Shalom and welcome! Dov here, librarian at Skokie Public Library.'],
    [26, 'l', "So you're after a side-by-side Hebrew and English edition that a mixed group can follow."],
    [55, 'p', 'yes exactly'],
    [62, 'l', "The JPS Hebrew-English Tanakh (Jewish Publication Society) is the usual choice: Hebrew on one side, the 1985 JPS translation on the other. We have it; search skokielibrary.info's catalogue for 'JPS Hebrew-English Tanakh'."],
    [68, 'l', 'Did that help?'],
    [100, 'p', 'yes! thanks, no more questions'],
    [105, 'l', 'Todah, and thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 29 Spanish: a 1931 Jalisco baptism; a referral to an archive with no contact
  s(TOMAS, '29 acta de bautismo de Jalisco, 1931 (Spanish): FamilySearch, "escriba al Archivo Histórico de la Arquidiócesis de Guadalajara" (sin contacto)', [
    [0, 'p', 'hola ocupo el acta de bautismo de mi abuelo, nacio en jalisco en 1931, como la encuentro??'],
    [25, 'l', 'Hola, soy Tomás de la Biblioteca Pública de Houston. ¿Sabe en qué parroquia o municipio lo bautizaron?'],
    [80, 'p', 'en tepatitlan'],
    [88, 'l', 'Los registros de Tepatitlán están en FamilySearch (familysearch.org), colección "México, Jalisco, registros parroquiales católicos, 1590-1995", y se pueden ver gratis con una cuenta. Si no aparece ahí, escriba al Archivo Histórico de la Arquidiócesis de Guadalajara.'],
    [94, 'l', '¿Le sirve?'],
    [130, 'p', 'si gracias'],
    [135, 'l', '¿Algo más en que le pueda ayudar?'],
    [160, 'p', 'no, es todo'],
    [165, 'l', '¡Gracias por usar el chat! Adiós.'],
  ], usual({ referral: 'fail' })),

  // 30 Spanish: holds at 40 and 155 (a partial result), the answer at 281 (126 s after the second)
  s(YOLANDA, '30 libros sobre religiones del mundo para niños (Spanish): "Déjeme buscar … un momento" at 40, "Sigo buscando — ya encontré uno" at 155, answer at 281', [
    [0, 'p', 'hola, tienen libros para niños sobre las religiones del mundo en español? mi hija tiene 9'],
    [18, 'l', '¡Hola! Le atiende Yolanda, bibliotecaria de la Biblioteca Pública de El Paso. ¿Prefiere libros impresos o electrónicos?'],
    [34, 'p', 'impresos'],
    [40, 'l', 'Déjeme buscar en el catálogo, un momento.'],
    [155, 'l', 'Sigo buscando — ya encontré uno, reviso si hay más.'],
    [281, 'l', 'Encontré dos: "Religiones del mundo" (colección Altea) y "El gran libro de las religiones del mundo". Los dos están en nuestro catálogo en elpasolibrary.org; puede reservarlos en línea.'],
    [287, 'l', '¿Es lo que necesitaba?'],
    [330, 'p', 'sí perfecto'],
    [334, 'l', '¿Algo más?'],
    [350, 'p', 'no gracias'],
    [354, 'l', '¡Hasta pronto y gracias por escribir!'],
  ], usual({ informed: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => RELIGIONS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-eighth round: world religions, faith communities and religious records, checked', () => {
  describeSessions('whole sessions', RELIGIONS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', RELIGIONS.filter((c) => c.name in LEFT_WHY));
});
