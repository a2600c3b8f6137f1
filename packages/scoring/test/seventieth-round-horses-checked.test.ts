/**
 * Seventieth round, theme HORSES AND EQUESTRIAN LIFE, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: riding lessons for an adult beginner (Frederick MD), a 4-H colic speech, trail riding in
 * PA state parks (Coggins), books for a horse-crazy 8-year-old and a 14-year-old, therapeutic riding in San Antonio (Spanish),
 * buying a horse in Texas (partly Spanish), a Clydesdale's weight, Morgan horse history, hands as a measure, a horseless 4-H
 * horse project, yearly vaccinations, an Arabian horse report, horse camps and college teams, the 1st Maryland Cavalry's
 * horses, hippotherapy articles, the cost of owning a horse, the oldest breed, a 1925 state fair prize for Belgian draft horses,
 * a Breyer model price guide, zoning for two horses in Anne Arundel, charrería for a 5th-grade project (partly Spanish), Black
 * jockeys of the early Kentucky Derby, pony or horse, Secretariat, saddle fit, horses on a rail trail, boarding costs near
 * Rochester, the Pony Express. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/horses-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've got Marisol at …" (01); pickup at exactly 60 s (03: pass) and at 61 s (04: fail); Spanish
 *   "¡Buenas tardes! Habla Rocío, bibliotecaria de …" (05); "¡Hola! ¿En qué le puedo ayudar hoy?" under the screen name
 *   "BibliotecaChat" (06: names no one, fail); chat-speak "hiya! 🐴 kim here from Lexington Public Library ask a librarian"
 *   (26); "This is Len at Harford County Public Library." with no greeting word (30: fail); `pickedUpAt` at 50 s with the
 *   first line at 172 (27); no provider ever joined (28); queue system lines (07, 08, 28);
 *  inquiry: discipline, park, age and reading level, hipoterapia or adapted riding, crossing state lines, regiment, recency,
 *   home or board, county, model numbers, zoning, grade, years, board type; "Do you mean the oldest breed still around
 *   today, or the first domesticated horses?" (18: LEFT); no source at all with a board-type question (29);
 *  waits: a hold answered 121 s later (02: fail) and exactly 120 s later (03: pass); a transfer notice answered 62 s (15) and
 *   115 s (16) later; "No problem, take your time." then the patron back 214 s later (30: waiting on the patron), then holds
 *   at 296 and 410 (a partial result that says the search goes on) and the answer at 528 (spans 114/118 s, pass); 122 s from
 *   `pickedUpAt` to the first line (27: fail);
 *  endings: a Lost Call with a greeting, "Are you still there?" at 170 and a notice that invites back at 365 (08: LEFT); a
 *   disconnect notice with thanks and no check-in, final idle 216 s (09: idle fails, notice passes); a goodbye 119 s after
 *   the answer (10: na/na); a check-in at 181 and a notice + "chat again" at exactly 180 s of final idle (11: both pass);
 *   "Are you still there?" then "It seems you've disconnected." with no word of ending and no goodbye, idle 205 s (12: idle
 *   passes, notice and courteous fail); "it's one question per chat and you've already had yours. I'm ending this chat now."
 *   (13: dismissal and courteous fail); "a few other patrons waiting … please chat back in later" (14: allowed); the patron's
 *   "perfect, thats everything, thx!" last (25: courteous fails); patron-side "no more questions", "thats all i needed",
 *   "eso es todo", "thats everything", "thats all for now", "thats all we needed", and "ok gracias", "ok ty", "yes thank u!!",
 *   "super helpful thanks", "si gracias" that do not count;
 *  sources: state and county pages (mda.maryland.gov, dcnr.pa.gov, tahc.texas.gov, ohio4h.org, msa.maryland.gov, municode),
 *   vet sources (merckvetmanual.com, aaep.org, equine.osu.edu, UC Davis), books by title and author, Britannica School and
 *   CINAHL by the steps to reach them, the catalogue; none ("a few hundred dollars a month", 29: fail);
 *  referrals: a therapeutic riding center by phone in Spanish (05: pass); "llame a la oficina de Extensión AgriLife de su
 *   condado" with no contact (06: fail); the county OSU Extension office by phone (11: pass); "stop by the teen desk at any of
 *   our branches" (24: own library's department, no contact, fail); "records … are at the National Archives" (15) and the
 *   patron's library staff consulted on the patron's behalf (21) as no referral; kyhorsepark.com as a source (25: na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done at exactly 72 h after the end (19: pass); a promise to
 *   call, phone read back, "by Friday", coded Answered (20: code fails, contact passes, pending); FU_LIB with the e-mail only
 *   in `patron.email`, "within 72 hours", done at 80 h (21: contact and on_time fail, code passes); FU_ME "le escribo mañana"
 *   with no e-mail or phone anywhere, done at 20 h (22: code and contact fail, on_time passes); FU_ME, an e-mail typo fixed
 *   and read back, "by Thursday evening", unrecorded 72 h + 60 s after the end (23: on_time fails);
 *  codes: a true Lost Call (08); Lost Call after four patron lines (29); "" with no provider (28); Practice (07);
 *  transfers: a notice (a hold) and an internal note that says why, before it (15: pass); a notice, and the note only 3 s
 *   after the transfer (16: fail);
 *  concurrency: three others open through the session, four at once (17: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt`, and another provider's chat (18: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting with "How can I help?", an "Are you still there?" and a disconnect notice that invites back are a greeting, an
 *   idle check-in and a disconnect notice/goodbye: none is substantive, so the Lost Call (08) has no substantive exchange and
 *   its information checks are na (and anything_else with info.source);
 * - "This is Len at …" identifies but does not greet (30: fail); "Hey, sorry for the wait!" greets (04);
 * - the wait in 27 is counted from `pickedUpAt` (50 s, "the wait before pickup is approachability.pickup's alone") to the first
 *   provider line (172 s): 122 s, fail;
 * - "stop by the teen desk at any of our branches" tells the patron to visit the provider's own library's department (a
 *   referral) with no way to reach it (24); "Quartermaster records … are at the National Archives" says where records are
 *   kept and tells the patron to contact no one (15: na); "I'm sending your question to the … reference staff" is staff
 *   working on the patron's behalf (21: na);
 * - "In the meantime, does the Register archive give you a place to start?", "Does the code link help in the meantime?",
 *   "Is that helpful for now?", "that what u need?" ask whether what was given meets the need;
 * - "thats all for now" and "thats all we needed" say explicitly that the patron is done; "I'll call you by Friday" and "le
 *   escribo mañana" say when; "someone there will e-mail you within 72 hours" is a follow-up promise (21);
 * - "It seems you've disconnected." tells the patron they seem disconnected but not that the session will end (12: fail);
 *   "Looks like you've been disconnected, so I'm going to end this session" does both (11);
 * - a follow-up done at exactly 72 h after `endedAt` is "within" `followUpHours` (19).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0 (both disagreements reread against RUBRIC.md; both labels
 * stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 08 (Lost Call): interest.keep_informed, inquiry.clarify, info.source, followup.completeness, closing.anything_else
 *    scored as if there were a substantive exchange (pass/fail; RUBRIC na: only a greeting, a check-in and a disconnect notice);
 *  - case 18: inquiry.clarify fail on "Do you mean the oldest breed still around today, or the first domesticated horses?"
 *    (RUBRIC pass: a question about the need before the first source).
 * Every timing check (pickup at 60, 61 s and by `pickedUpAt`; keep_informed at 120 and 121 s, across two transfers, "take
 * your time" and holds of 114/118 s; final idles of 119, 180, 205, 216 and 335 s; concurrency at four and at touching ends;
 * on_time at exactly 72 h, late at 80 h, unrecorded 60 s past the deadline, pending at day 1) scored as labelled on the
 * first run. The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * RUBRIC v63 (block AC, made after this file from its LEFT cases among others): cases 08 (AC15: "Hello, Hollis with AskUsNow!
 *   here.", the greeting split at the name's "!") and 18 (AC14: "… the oldest breed still around today …" is no check-in) now
 *   score as labelled and run with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for your patience: you are number ${n} in the queue.`];

const MARISOL: Prov = { id: 'marisol-h', name: 'Marisol', library: 'FCPL-MD' };
const GRANT: Prov = { id: 'grant-h', name: 'Grant', library: 'WL-OH' };
const DEV: Prov = { id: 'dev-h', name: 'Dev', library: 'AHPA' };
const OLLIE: Prov = { id: 'ollie-h', name: 'Ollie', library: 'DMPL' };
const ROCIO: Prov = { id: 'rocio-h', name: 'Rocío', library: 'SAPL' };
const BIBCHAT: Prov = { id: 'bibchat-h', name: 'BibliotecaChat', library: 'HPL-TX' };
const TRAINEE: Prov = { id: 'trainee-h', name: 'Trainee 7', library: 'TRN' };
const HOLLIS: Prov = { id: 'hollis-h', name: 'Hollis', library: 'AUN' };
const WREN: Prov = { id: 'wren-h', name: 'Wren', library: 'VTDL' };
const AMOS: Prov = { id: 'amos-h', name: 'Amos', library: 'LPL-KY' };
const KEISHA: Prov = { id: 'keisha-h', name: 'Keisha', library: 'DML' };
const NADIA: Prov = { id: 'nadia-h', name: 'Nadia', library: 'LCPL-VA' };
const SAM: Prov = { id: 'sam-h', name: 'Sam', library: 'TCCL' };
const TESS: Prov = { id: 'tess-h', name: 'Tess', library: 'KDL' };
const IVY: Prov = { id: 'ivy-h', name: 'Ivy', library: 'BCPL-MD' };
const TOMAS: Prov = { id: 'tomas-h', name: 'Tomás', library: 'BCPL-MD' };
const JUDE: Prov = { id: 'jude-h', name: 'Jude', library: 'AUN' };
const RHEA: Prov = { id: 'rhea-h', name: 'Rhea', library: 'AUN' };
const LUPE: Prov = { id: 'lupe-h', name: 'Lupe', library: 'APL-TX' };
const PETRA: Prov = { id: 'petra-h', name: 'Petra', library: 'LCLS-WY' };
const CORINNE: Prov = { id: 'corinne-h', name: 'Corinne', library: 'SLI' };
const YOLANDA: Prov = { id: 'yolanda-h', name: 'Yolanda', library: 'KCPL-KY' };
const MARCUS: Prov = { id: 'marcus-h', name: 'Marcus', library: 'AUN' };
const GRACIELA: Prov = { id: 'graciela-h', name: 'Graciela', library: 'LAPL' };
const DALE: Prov = { id: 'dale-h', name: 'Dale', library: 'LFPL' };
const BRYN: Prov = { id: 'bryn-h', name: 'Bryn', library: 'MCL-OR' };
const EZRA: Prov = { id: 'ezra-h', name: 'Ezra', library: 'BCPL-KY' };
const KIM: Prov = { id: 'kim-h', name: 'kim_lpl', library: 'LPL-KY' };
const LORENA: Prov = { id: 'lorena-h', name: 'Lorena', library: 'SIL' };
const NOBODY: Prov = { id: 'queue-h', name: 'Queue', library: 'VRQ' };
const QUENTIN: Prov = { id: 'quentin-h', name: 'Quentin', library: 'RPL-NY' };
const LEN: Prov = { id: 'len-h', name: 'Len', library: 'HCPL-MD' };

const s = session;

export const HORSES: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 adult beginner lessons near Frederick: "you\'ve got Marisol", discipline asked, MD Horse Board stable list, "no more questions"', [
    [0, 'p', 'hi!! im 42 and want to finally learn to ride lol. where do adults even take lessons around frederick md'],
    [22, 'l', "Good morning, you've got Marisol at Frederick County Public Libraries."],
    [28, 'l', 'Fun goal! Are you after English, western, or just whatever is closest to you?'],
    [70, 'p', 'whatevers closest, im in middletown'],
    [77, 'l', 'The Maryland Horse Industry Board licenses every stable that gives lessons, and its searchable list is at mda.maryland.gov/horseboard (Find a Licensed Stable). Filter by Frederick County and look for "lessons".'],
    [83, 'l', 'Is that the kind of list you were after?'],
    [130, 'p', 'yes perfect. no more questions, thank you!'],
    [136, 'l', 'Happy riding, and bye for now!'],
  ], usual()),

  // 02 a hold answered 121 s later
  s(GRANT, '02 4-H colic speech: "Let me pull up a couple of vet sources … one moment." answered 121 s later', [
    [0, 'p', 'doing a 4-H speech on colic in horses, need good info on the signs and what causes it'],
    [18, 'l', 'Hi! Grant here, a librarian at Worthington Libraries.'],
    [24, 'l', 'Is the speech for juniors or seniors, and how long does it have to be?'],
    [60, 'p', 'seniors, 5 min'],
    [66, 'l', 'Let me pull up a couple of vet sources for you — one moment.'],
    [187, 'l', "Here you go: the Merck Veterinary Manual's colic section (merckvetmanual.com, search 'colic in horses') covers signs and causes, and Ohio State's equine extension page at equine.osu.edu has a plain-language fact sheet."],
    [193, 'l', 'Will those work for the speech?'],
    [240, 'p', 'yes! those are great'],
    [246, 'l', 'Anything else for your speech?'],
    [270, 'p', 'no thats it'],
    [274, 'l', 'Good luck with the speech — thanks for asking us!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup at exactly 60 s, a hold answered exactly 120 s later
  s(DEV, '03 PA state park trails: pickup at 60 s, "Give me a moment while I find…" answered 120 s later, Coggins, dcnr.pa.gov', [
    [0, 'p', 'can i ride my horse on the trails in state parks in pa? what do i need'],
    [60, 'l', 'Hi there! Dev, reference staff at Ask Here PA.'],
    [66, 'l', 'Do you have a particular park in mind?'],
    [95, 'p', 'ohiopyle maybe or french creek'],
    [100, 'l', 'Give me a moment while I find the equestrian rules for those two.'],
    [220, 'l', "PA state parks let you ride on trails marked for horses, and you need proof of a negative Coggins test with you. DCNR's page lists the horse trails park by park: dcnr.pa.gov (Recreation > Horseback Riding)."],
    [226, 'l', 'Does that cover what you needed?'],
    [260, 'p', 'yep!'],
    [265, 'l', 'Anything else I can look up?'],
    [280, 'p', 'nope'],
    [284, 'l', 'Enjoy the ride, and thanks for chatting!'],
  ], usual()),

  // 04 pickup at 61 s
  s(OLLIE, '04 books for a horse-crazy 8-year-old: 61 s pickup, "Hey, sorry for the wait!", Misty of Chincoteague and Pony Pals', [
    [0, 'p', 'my daughter is horse crazy. like obsessed. need book ideas pls'],
    [61, 'l', "Hey, sorry for the wait! This is Ollie at Des Moines Public Library's Ask a Librarian."],
    [67, 'l', 'How old is she, and is she reading chapter books on her own yet?'],
    [110, 'p', 'shes 8, yes she reads chapter books'],
    [116, 'l', "Try Marguerite Henry's Misty of Chincoteague, the Pony Pals series by Jeanne Betancourt, and Kelly McKain's Pony Camp Diaries — all in our catalogue at dmpl.org. Black Beauty has a nice illustrated edition too."],
    [122, 'l', 'Does that give you enough to start with?'],
    [170, 'p', 'YES she is going to freak out. thats all i needed!!'],
    [176, 'l', 'Have fun reading together! Bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 Spanish: therapeutic riding, a center by phone
  s(ROCIO, '05 equitación terapéutica para un niño con autismo (Spanish): "Habla Rocío", pathintl.org, a center by phone, "eso es todo"', [
    [0, 'p', 'Buenas, busco equitación terapéutica para mi hijo de 6 años, tiene autismo. Vivimos en San Antonio'],
    [25, 'l', '¡Buenas tardes! Habla Rocío, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [31, 'l', '¿Busca un programa con terapeuta (hipoterapia) o clases de equitación adaptada?'],
    [80, 'p', 'no se la diferencia jaja, lo que sea mejor para el'],
    [86, 'l', 'La hipoterapia la da un terapeuta ocupacional o físico; la equitación adaptada es más como una clase. PATH International tiene un buscador de centros certificados en pathintl.org (Find a Center). Le recomiendo llamar a un centro de la zona, por ejemplo al Bluebonnet Therapeutic Riding Center, al 210-555-0147, para preguntar por la lista de espera.'],
    [92, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si mucho, eso es todo. gracias!!'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos, hasta luego.'],
  ], usual({ referral: 'pass' })),

  // 06 partly Spanish: no identification, the county AgriLife office with no contact
  s(BIBCHAT, '06 comprar un caballo en Texas (partly Spanish): "¡Hola! ¿En qué le puedo ayudar hoy?" names no one, AgriLife office with no contact', [
    [0, 'p', 'hola, voy a comprar un caballo en texas, que papeles necesito? is there like a title for horses lol'],
    [14, 'l', '¡Hola! ¿En qué le puedo ayudar hoy?'],
    [20, 'l', '¿El caballo va a cruzar la frontera estatal, o se queda en Texas?'],
    [60, 'p', 'se queda aqui en texas'],
    [66, 'l', 'No hay título como para un carro, pero conviene un contrato de compraventa (bill of sale) y una prueba de Coggins negativa. La Comisión de Salud Animal de Texas explica los requisitos en tahc.texas.gov (Animal Health > Equine). Para revisar el contrato, llame a la oficina de Extensión AgriLife de su condado.'],
    [72, 'l', '¿Esto responde su pregunta?'],
    [110, 'p', 'ok gracias'],
    [115, 'l', '¡Gracias por usar nuestro chat!'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'fail' })),

  // 07 Practice
  s(TRAINEE, '07 practice chat (horse books script): coded Practice, every check na', [
    [0, 'p', 'test - do you have books on horses'],
    queue(1),
    [6, 'l', 'testing script: hello from training'],
    [12, 'l', 'horse books: catalog.example.org. Did that help?'],
    [20, 'p', 'test done'],
    [25, 'l', 'bye (test)'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 08 a true Lost Call
  s(HOLLIS, '08 how much a Clydesdale weighs (Lost Call): greeting only, "Are you still there?" at 170, notice + "come back anytime" at 365', [
    [0, 'p', 'how much does a clydesdale weigh'],
    queue(2),
    [30, 'l', 'Hello, Hollis with AskUsNow! here. How can I help?'],
    [170, 'l', 'Are you still there?'],
    [365, 'l', "I haven't heard back, so it looks like you've disconnected and I'll end the chat now. You're welcome to come back anytime!"],
    [366, 's', 'Librarian ended the chat.', sys('ended')],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 09 a disconnect notice with no check-in (final idle 216 s)
  s(WREN, '09 where Morgan horses came from: answer at 74, "It seems you\'ve disconnected, so I\'ll close out this chat. Thanks…" at 290, no check-in', [
    [0, 'p', 'where did morgan horses come from? something about vermont'],
    [20, 'l', "Hi! I'm Wren, a librarian at the Vermont Department of Libraries' Ask a Librarian."],
    [26, 'l', "Are you looking for the breed's history in general, or about Justin Morgan and his horse Figure specifically?"],
    [60, 'p', 'the history in general, its for a 4h project'],
    [74, 'l', "The UVM Morgan Horse Farm has a short history at uvm.edu/morgan, and Jeanne Mellin's book The Morgan Horse tells the whole story from Figure on."],
    [80, 'l', 'Did that help?'],
    [290, 'l', "It seems you've disconnected, so I'll close out this chat. Thanks for contacting us!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 10 a goodbye 119 s after the answer
  s(AMOS, '10 why horses are measured in hands: answer at 56, goodbye at 175 (final idle 119 s), Britannica School', [
    [0, 'p', 'y do they measure horses in hands?? how tall is a hand'],
    [15, 'l', 'Hello! Amos at Ask a Librarian, Lexington Public Library, here.'],
    [21, 'l', 'Is this for homework? I can find something you could cite.'],
    [50, 'p', 'ya for science class'],
    [56, 'l', 'A hand is 4 inches, measured from the ground to the top of the withers. Britannica School explains where it came from (the width of a hand): find it under Research > Databases at lexpublib.org.'],
    [62, 'l', 'Does that answer your question?'],
    [175, 'l', 'Thanks for the question, good luck in science class!'],
  ], usual({ anything: 'fail' })),

  // 11 final idle exactly 180 s: check-in and notice; the county Extension office by phone
  s(KEISHA, '11 4-H horse club without a horse: Greene County Extension by phone, "Are you still with me?" at 181, notice + "chat again" at 241 (idle 180 s)', [
    [0, 'p', 'how does my kid join a 4-H horse club? we dont own a horse'],
    [20, 'l', 'Good afternoon! This is Keisha, a librarian at Dayton Metro Library.'],
    [26, 'l', 'Which county do you live in? The clubs are run county by county.'],
    [55, 'p', 'greene county'],
    [61, 'l', "Ohio 4-H has a horseless horse project, so she doesn't need to own one; it's explained at ohio4h.org (Projects > Horse). To find a club, call the Greene County OSU Extension office at 937-555-0172."],
    [67, 'l', 'Is that what you were looking for?'],
    [181, 'l', 'Are you still with me?'],
    [241, 'l', "Looks like you've been disconnected, so I'm going to end this session. Feel free to chat again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 12 check-in, then "It seems you've disconnected." with no word of ending (final idle 205 s)
  s(NADIA, '12 yearly shots for a new owner: AAEP guidelines, "Are you still there?" at 210, "It seems you\'ve disconnected." at 280, nothing more', [
    [0, 'p', 'what shots does a horse need every year? new owner here'],
    [18, 'l', 'Hi, Nadia from the Ask a Librarian team at Loudoun County Public Library.'],
    [24, 'l', 'Is your horse mostly at home, or does it travel to shows and trail rides?'],
    [60, 'p', 'mostly home, maybe a few trail rides'],
    [80, 'l', 'The American Association of Equine Practitioners publishes the vaccination guidelines vets use: aaep.org (Guidelines > Vaccination Guidelines). The core ones every horse gets are tetanus, rabies, West Nile, and eastern/western encephalomyelitis.'],
    [86, 'l', 'Did that help?'],
    [210, 'l', 'Are you still there?'],
    [280, 'l', "It seems you've disconnected."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 13 "one question per chat … ending this chat now" (dismissal)
  s(SAM, '13 Arabian horse report, then three more breeds: "it\'s one question per chat and you\'ve already had yours. I\'m ending this chat now."', [
    [0, 'p', 'need info for my report on arabian horses'],
    [16, 'l', 'Hello, Sam at Ask a Librarian, Tulsa City-County Library.'],
    [22, 'l', 'What grade is the report for, and how many sources do you need?'],
    [50, 'p', '7th grade, 3 sources'],
    [56, 'l', "Start with the Arabian Horse Association's breed history at arabianhorses.org, the Horses article in Britannica School, and the book Arabian Horses by Kate Riggs in our catalogue."],
    [62, 'l', 'Do those look like what you need?'],
    [100, 'p', 'yes! also can u do the quarter horse and the mustang and the clydesdale too, i have to compare 4'],
    [108, 'l', "Sorry, it's one question per chat and you've already had yours. I'm ending this chat now."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 other patrons waiting, an invitation back (allowed)
  s(TESS, '14 horse camp and college equestrian teams: find.acacamps.org, "a few other patrons waiting … please chat back in later"', [
    [0, 'p', 'looking for summer horse camps for my 12yo in michigan and ALSO colleges with equestrian teams for my older one'],
    [20, 'l', "Hi! Thanks for contacting Ask a Librarian — I'm Tess at Kent District Library."],
    [26, 'l', 'Do you want overnight camps, or day camps near Grand Rapids?'],
    [60, 'p', 'overnight is fine. anywhere in MI'],
    [66, 'l', "The American Camp Association's Find a Camp search lets you filter by horseback riding and state: find.acacamps.org."],
    [72, 'l', 'Does that help for the camp part?'],
    [110, 'p', 'yes. now the colleges? and scholarships? and what about IHSA vs NCEA'],
    [118, 'l', "I have a few other patrons waiting right now, so I'll need to stop there — please chat back in later and we can dig into the colleges and IHSA together."],
    [140, 'p', 'ok ty'],
    [146, 'l', 'Thanks, and good luck with camp!'],
  ], usual({ anything: 'fail' })),

  // 15 an announced transfer with a note that says why
  s(IVY, '15 horses of the 1st Maryland Cavalry: "I\'m going to hand you over to Tomás …" + internal note why, Tomás 62 s after the notice', [
    [0, 'p', 'im researching horses in the civil war cavalry from maryland, like were there records of the horses'],
    [22, 'l', 'Hello, Ivy here, a librarian at Baltimore County Public Library.'],
    [28, 'l', 'Are you after records about specific regiments, or about cavalry horses in general?'],
    [70, 'p', 'specific, the 1st Maryland Cavalry'],
    [78, 'l', "I'm going to hand you over to Tomás in our Maryland Room, who knows the Civil War collections best. Just a moment, please."],
    [81, 'i', 'Tomás, patron wants records on horses of the 1st Maryland Cavalry (Union), Civil War regimental q, yours?'],
    xfer(84, 'Tomás', 'tomas-h'),
    [140, 'l', "Hi, Tomás here in the Maryland Room. Quartermaster records of horses bought for Union regiments are at the National Archives; the Maryland State Archives has the regiment's muster rolls online at msa.maryland.gov (search '1st Maryland Cavalry').", as(TOMAS)],
    [146, 'l', 'Is that a useful place to start?', as(TOMAS)],
    [200, 'p', 'very useful, thats everything thanks'],
    [206, 'l', 'Glad to help, thanks for visiting the Maryland Room!', as(TOMAS)],
  ], usual({ transfer: 'pass' })),

  // 16 a transfer announced to the patron, the note to the receiver only after it
  s(JUDE, '16 hippotherapy articles for a nursing student: "I\'m transferring you to Rhea…", internal note 3 s after the transfer, Rhea 115 s after the notice', [
    [0, 'p', 'nursing student here, need peer reviewed articles on hippotherapy for kids with cerebral palsy'],
    [25, 'l', 'Hi, this is Jude at AskUsNow!'],
    [31, 'l', 'Do the articles need to be from the last five years?'],
    [65, 'p', 'yes last 5 yrs'],
    [72, 'l', "I'm transferring you to Rhea, our health sciences librarian — hold on just a sec."],
    xfer(75, 'Rhea', 'rhea-h'),
    [78, 'i', 'Rhea: nursing student, hippotherapy + CP, peer reviewed, 2021 on'],
    [187, 'l', 'Hi, Rhea here, a health sciences librarian. CINAHL Complete has the most on this: search hippotherapy AND "cerebral palsy", limit to peer reviewed, 2021-2026. It\'s under Databases at askusnow.info/resources.', as(RHEA)],
    [193, 'l', 'Does that get you what you need?', as(RHEA)],
    [230, 'p', 'yes found 6 already, thank you'],
    [236, 'l', 'Anything else?', as(RHEA)],
    [250, 'p', 'nope'],
    [254, 'l', 'Good luck with the paper, bye!', as(RHEA)],
  ], usual({ transfer: 'fail' })),

  // 17 four at once
  s(LUPE, '17 yearly cost of owning a horse (emoji): three other chats of Lupe open through this one (four at once)', [
    [0, 'p', 'how much does it cost per year to own a horse, roughly? trying to convince my parents 😅'],
    [28, 'l', "Hi! I'm Lupe, a librarian at Austin Public Library."],
    [34, 'l', 'Would you keep the horse at home, or board it at a stable?'],
    [70, 'p', 'board it probably'],
    [76, 'l', "UC Davis's Center for Equine Health has a cost-of-ownership worksheet (ceh.vetmed.ucdavis.edu, search 'cost of horse ownership'); boarding is usually the biggest line."],
    [82, 'l', 'Does that help you make your case?'],
    [120, 'p', 'lol yes, thats all i needed'],
    [125, 'l', 'Good luck with your parents — thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('l1', 'lupe-h', -60, 300), other('l2', 'lupe-h', 20, 200), other('l3', 'lupe-h', 50, 400)],
  }),

  // 18 three at most: touching ends, another provider's chat
  s(PETRA, '18 oldest horse breed: Petra\'s chats end at the start / start at the end, two overlap, a fifth is another provider\'s (three at most)', [
    [0, 'p', 'what is the oldest horse breed in the world? arguing with my brother'],
    [14, 'l', 'Hello! Petra here at Laramie County Library System.'],
    [20, 'l', 'Do you mean the oldest breed still around today, or the first domesticated horses?'],
    [45, 'p', 'still around today'],
    [51, 'l', 'Most sources name the Arabian, with the Akhal-Teke close behind; the Oklahoma State horse breeds database at afs.okstate.edu/breeds/horses has a page on each.'],
    [57, 'l', 'Does that settle the argument?'],
    [80, 'p', 'yes i win lol. thats all'],
    [85, 'l', 'Ha! Thanks for stopping by.'],
  ], usual(), {}, {
    otherIntervals: [
      other('q1', 'petra-h', -200, 0), other('q2', 'petra-h', -30, 60), other('q3', 'petra-h', 40, 500), other('q4', 'petra-h', 90, 300),
      other('q5', 'someone-else-h', 10, 80),
    ],
  }),

  // 19 follow-up by me, e-mail read back, "by Wednesday", done exactly 72 h after the end
  s(CORINNE, '19 a 1925 state fair prize for Belgian draft horses (follow-up by me): hold, e-mail read back, "by Wednesday", done at exactly 72 h', [
    [0, 'p', 'my great grandpa won a prize with his Belgian draft horses at the Iowa State Fair around 1925. is there any newspaper article about it?'],
    [20, 'l', "Good afternoon! You're chatting with Corinne, a librarian at the State Library of Iowa."],
    [26, 'l', 'Do you know his name as the papers would have printed it, and which county he farmed in?'],
    [80, 'p', 'Henrik Dahl, Story county'],
    [86, 'l', 'One moment while I check our newspaper holdings.'],
    [180, 'l', "The Des Moines Register archive (through our Databases page at statelibraryofiowa.gov) covers the fair results, but 1925 isn't full-text searchable, so I'll need to look through the microfilm. What e-mail should I send the article to?"],
    [230, 'p', 'kdahl.farm@example.net'],
    [236, 'l', "Thanks — kdahl.farm@example.net. I'll send what I find by Wednesday."],
    [242, 'l', 'In the meantime, does the Register archive give you a place to start?'],
    [280, 'p', 'yes thank you so much!'],
    [286, 'l', 'Is there anything else I can help with today?'],
    [300, 'p', 'no thats it'],
    [305, 'l', 'Thanks for contacting the State Library!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(310 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 a promise to call, phone read back, "by Friday", coded Answered
  s(YOLANDA, '20 Breyer model price guide: ILL and "call you when it comes in", phone read back, "by Friday", coded Answered', [
    [0, 'p', 'is there a price guide for old breyer horse models? i have my moms collection from the 70s'],
    [22, 'l', 'Hey there, Yolanda at Ask a Librarian, Kenton County Public Library.'],
    [28, 'l', 'Do you know the model numbers, or mostly just what they look like?'],
    [70, 'p', 'some have numbers stamped, some dont'],
    [76, 'l', "Nancy Atkinson Young's Breyer Animal Collector's Guide is the standard one, with photos and values; we don't own the newest edition, so I'll request it through interlibrary loan and call you when it comes in. What number should I use?"],
    [120, 'p', '859 555 0133'],
    [126, 'l', "Got it, 859-555-0133. I'll call you by Friday to let you know."],
    [132, 'l', 'Meanwhile identifyyourbreyer.com lets you match models by photo. Is that helpful for now?'],
    [170, 'p', 'super helpful thanks'],
    [176, 'l', 'My pleasure — have a good evening!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 21 follow-up by the patron's library, e-mail only in the patron field, done after 80 h
  s(MARCUS, '21 two horses on 3 acres in Anne Arundel (follow-up by patron\'s library): "will e-mail you within 72 hours", e-mail never in the chat, done after 80 h', [
    [0, 'p', 'Can I keep 2 horses on my 3 acres in Anne Arundel County? what are the zoning rules'],
    [24, 'l', 'Hi, this is Marcus, a librarian answering for AskUsNow!'],
    [30, 'l', 'Is the property zoned residential or rural agricultural, if you know?'],
    [75, 'p', 'RA i think'],
    [81, 'l', "Anne Arundel's zoning code is online at library.municode.com/md/anne_arundel_county (Article 18, agricultural uses); the animal limits are in the RA district rules."],
    [87, 'l', "Since the numbers depend on lot details, I'm sending your question to the Anne Arundel County Public Library reference staff; someone there will e-mail you within 72 hours."],
    [93, 'l', 'Does the code link help in the meantime?'],
    [140, 'p', 'yes thanks'],
    [146, 'l', 'Anything else today?'],
    [160, 'p', 'no'],
    [164, 'l', 'Thank you for using AskUsNow!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'horsemom@example.org', phone: null }, followUps: [{ doneAt: at(169 + 80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 22 partly Spanish: follow-up by me with no contact anywhere, "le escribo mañana", done in 20 h
  s(GRACIELA, '22 charrería para un proyecto de 5.º grado (partly Spanish, follow-up by me): "le escribo mañana", no e-mail or phone anywhere, done in 20 h', [
    [0, 'p', 'hi, mi hija necesita info sobre la charrería y los caballos para un proyecto de la escuela, en español si se puede'],
    [30, 'l', '¡Hola! Soy Graciela, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de Los Ángeles.'],
    [36, 'l', '¿Para qué grado es el proyecto?'],
    [80, 'p', '5to grado, it is due next week'],
    [86, 'l', 'Un momento, voy a buscar en el catálogo.'],
    [160, 'l', 'En el catálogo (lapl.org) está el libro «La charrería» de Carlos Rincón Gallardo, en español. Voy a buscar algo más para su edad y le escribo mañana.'],
    [166, 'l', '¿Le sirve ese libro mientras tanto?'],
    [210, 'p', 'si gracias'],
    [216, 'l', '¡De nada, gracias por escribirnos!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(221 + 20 * HOUR) }] }),

  // 23 follow-up by me, e-mail corrected and read back, not recorded a minute past the deadline
  s(DALE, '23 Black jockeys of the early Kentucky Derby (follow-up by me): e-mail typo fixed and read back, "by Thursday evening", unrecorded 72 h + 60 s after', [
    [0, 'p', 'working on a presentation about Black jockeys in the early Kentucky Derbys. need names + sources'],
    [18, 'l', "Hello and thanks for contacting Ask a Librarian! I'm Dale at Louisville Free Public Library."],
    [24, 'l', 'How many years do you need to cover, just the 1800s or into the 1900s too?'],
    [60, 'p', '1875 to 1911'],
    [66, 'l', "Start with the Kentucky Derby Museum's page on African American jockeys at derbymuseum.org, and Katherine Mooney's book Race Horse Men. I'll put together a year-by-year list of the winning jockeys from our Derby files and e-mail it to you. What address should I use?"],
    [110, 'p', 'tjohnson@exmaple.com oops tjohnson@example.com'],
    [116, 'l', "Thanks: tjohnson@example.com. I'll send the list by Thursday evening."],
    [122, 'l', 'Does the museum page help for now?'],
    [160, 'p', 'yes, thats all for now'],
    [165, 'l', 'Thanks for chatting, take care!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + (170 + 72 * HOUR + 60) * 1000 }),

  // 24 the library's own teen desk, no way to reach it
  s(BRYN, '24 a 14-year-old who has read every horse book: The Scorpio Races, "stop by the teen desk at any of our branches" (no contact)', [
    [0, 'p', 'my 14 yr old only reads horse books and shes read everything. help 😩'],
    [20, 'l', "Hi! Thanks for reaching out — I'm Bryn, a librarian at Multnomah County Library."],
    [26, 'l', 'Does she like realistic stories, or would she try fantasy with horses?'],
    [65, 'p', 'either honestly, she liked the Black Stallion'],
    [71, 'l', "Try The Scorpio Races by Maggie Stiefvater, Stacy Gregg's Pony Club Secrets, and the Thoroughbred series by Joanna Campbell; all three are in our catalogue. For more, stop by the teen desk at any of our branches, they love making reading lists."],
    [77, 'l', 'Is that a good start?'],
    [120, 'p', 'yes thank u!!'],
    [126, 'l', 'Happy reading to her, and thanks for chatting!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 25 the patron has the last word; a website, not a referral
  s(EZRA, '25 pony or horse for a 6-year-old: 14.2 hands, kyhorsepark.com (a source), patron "perfect, thats everything, thx!" last', [
    [0, 'p', 'whats the difference between a pony and a horse? my kid asked and i have no clue'],
    [16, 'l', 'Hello! Ezra with Ask a Librarian at Boone County Public Library.'],
    [22, 'l', 'How old is your kid? I can aim the answer at them.'],
    [50, 'p', '6'],
    [56, 'l', "Mostly height: under 14.2 hands (58 inches) at the shoulder is a pony. The Kentucky Horse Park's breeds page at kyhorsepark.com has pictures of both to show them."],
    [62, 'l', 'Did that help?'],
    [100, 'p', 'perfect, thats everything, thx!'],
  ], usual({ courteous: 'fail' })),

  // 26 chat-speak and emoji on both sides
  s(KIM, '26 Secretariat poster (chat-speak, emoji): "hiya! 🐴 kim here from Lexington Public Library", William Nack, "nope 👍"', [
    [0, 'p', 'hiii i need facts abt secretariat for a project 🐎🐎 due fri'],
    [10, 'l', 'hiya! 🐴 kim here from Lexington Public Library ask a librarian'],
    [15, 'l', 'how long does the project have 2 be? poster or essay?'],
    [40, 'p', 'poster lol'],
    [46, 'l', "ok! Secretariat won the Triple Crown in 1973 & still holds the Belmont record (31 lengths!). for poster facts try William Nack's book Secretariat + the Britannica Kids article (Databases at lexpublib.org)"],
    [52, 'l', 'that what u need?'],
    [75, 'p', 'yessss ty'],
    [79, 'l', 'need anything else?'],
    [90, 'p', 'nope 👍'],
    [94, 'l', '👋 thanks for stopping by, good luck w the poster!'],
  ], usual()),

  // 27 pickedUpAt at 50 s, the first line at 172 (122 s after pickup)
  s(LORENA, '27 saddle fit for a sore mare: pickedUpAt 50 s, first line at 172 (122 s after pickup), The Western Saddle Fit Book', [
    [0, 'p', 'do you have anything on saddle fitting? my mare keeps getting sore'],
    [172, 'l', 'Hi, Lorena at Ask a Librarian, Sno-Isle Libraries. Sorry, I was finishing another chat.'],
    [178, 'l', 'English or western saddle?'],
    [210, 'p', 'western'],
    [216, 'l', "Joyce Harman's The Western Saddle Fit Book is the one most people recommend; it's in our catalogue and on Libby. Is that what you were after?"],
    [260, 'p', 'yes thats all, thanks'],
    [265, 'l', 'Thanks for chatting, and I hope she feels better!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),

  // 28 no provider ever joined, code ""
  s(NOBODY, '28 horses on the river rail trail: no provider ever joined, "hello? anyone", "ok nvm", patron left, code ""', [
    [0, 'p', 'are horses allowed on the rail trail in our town? the one by the river'],
    queue(2, 4),
    [95, 'p', 'hello? anyone'],
    [120, 's', 'All librarians are helping other patrons. Please stay on the line.'],
    [200, 'p', 'ok nvm'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: '' }),

  // 29 no source; coded Lost Call after four patron lines
  s(QUENTIN, '29 full board near Rochester: "a few hundred dollars a month" with no source, coded Lost Call after four patron lines', [
    [0, 'p', 'how much is horse boarding usually? near rochester ny'],
    [25, 'l', 'Hi there, Quentin from the Rochester Public Library reference desk.'],
    [31, 'l', 'Are you looking at full board, or pasture board where you do more of the work?'],
    [70, 'p', 'full board'],
    [76, 'l', 'Around here full board tends to run a few hundred dollars a month at the low end and much more at show barns.'],
    [82, 'l', 'Does that help?'],
    [110, 'p', 'kinda'],
    [115, 'p', 'ok thanks'],
    [120, 'l', 'Good luck with the search, bye!'],
  ], usual({ source: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 30 no greeting word; "take your time" (214 s away); holds every ~115 s
  s(LEN, '30 Pony Express for a grandson: "This is Len at…" (no greeting), "take your time" then 214 s away, holds at 296/410, answer at 528', [
    [0, 'p', 'need the route of the pony express and how many horses they used, for my grandson'],
    [20, 'l', 'This is Len at Harford County Public Library.'],
    [26, 'l', 'Would a map of the route help, or mainly the facts about the horses and riders?'],
    [70, 'p', 'both. hang on let me get him over here'],
    [76, 'l', 'No problem, take your time.'],
    [290, 'p', 'ok hes here'],
    [296, 'l', 'Great! Let me pull a few things together, one moment.'],
    [410, 'l', 'Still working on it: the National Park Service has the route map; checking the horse numbers now.'],
    [528, 'l', "Here it is: the Pony Express National Historic Trail map is at nps.gov/poex, and the Smithsonian's National Postal Museum says the company kept about 400 horses at roughly 190 stations (postalmuseum.si.edu, search 'Pony Express')."],
    [534, 'l', 'Does that answer his question?'],
    [580, 'p', 'he loves it. thats all we needed'],
    [586, 'l', 'Thanks for visiting with us, bye to you both!'],
  ], usual({ greeting: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => HORSES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventieth round: horses and equestrian life, checked', () => {
  describeSessions('whole sessions', HORSES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', HORSES.filter((c) => c.name in LEFT_WHY));
});

