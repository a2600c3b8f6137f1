/**
 * Eightieth round, theme BRIDGES, TUNNELS AND CIVIL ENGINEERING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats in Maryland: the Chesapeake Bay Bridge (when it was built, for a 7th-grade
 * report; a grandfather in the 1952 opening-day cars; the metal "thunk" of its expansion joints; a driver too scared to cross
 * it; whether it is open in a high wind, in Spanish), the harbour crossings (how deep the Harbor Tunnel lies, propane tanks
 * through the Fort McHenry Tunnel, its toll without E-ZPass in Spanish, when the Key Bridge will be rebuilt in Spanish, the
 * new Frederick Douglass rail tunnel, 1870s pictures of the B&P tunnel), historic spans (the Thomas Viaduct, the Bollman
 * truss at Savage, the Carrollton Viaduct's dedication stone, the 1916 Hanover Street Bridge, Frederick County's covered
 * bridges, the Woodrow Wilson drawbridge, the old Nice Bridge and its reef, the Conowingo Dam road, the Paw Paw Tunnel with
 * children) and civil engineering (a popsicle-stick truss for a science fair, suspension against cable-stayed for homework,
 * picture books on tunnels for a four-year-old, a footbridge permit over a creek, a 10-ton limit on a one-lane county
 * bridge, the Tacoma Narrows film for a physics class, why tunnel boring machines get women's names, ASCE 7-22 wind tables
 * for a UMD student, a PE licence with a Mexican degree in Spanish). Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/s74/bridges-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there, welcome to AskUsNow! My name is Dana and I'm a librarian at …" (01); Spanish "¡Buenas tardes! Le
 *   atiende Marisol, bibliotecaria de AskUsNow!" (02), "¡Hola! Bienvenido a AskUsNow!. Soy Rafael, bibliotecario." (18),
 *   "¡Hola! Le saluda Ximena, bibliotecaria …" (23); pickup at exactly 60 s (03: pass) and at 61 s after the patron's "?" and
 *   "hello is this thing on" (04: fail); `pickedUpAt` at 45 s with the first visible line at 80 s (05: pass on the recorded
 *   pickup); a system "joined" event at 30 s and the first visible line at 75 s (06: fail), with "This is Lena at …" that
 *   names but does not greet (06: greeting fails); "Hi there!" and a question, the name only in the third provider message
 *   and the screen name "ruthie_acls" (07: fails); "Hi! 👋" then "I'm Jess, one of the librarians at …" (08: two parts in two
 *   messages, pass); "Hey! Greg here, a librarian …" (11); "Hi, you've reached a librarian at …'s Ask a Librarian." with no
 *   name ever (20: pass); no provider ever, only the queue's bilingual line (30);
 *  inquiry: the number and kind of sources, history or a visit, which tunnel (I-895 or I-95), where to watch from, the
 *   route or the history, walking or biking, grade and material rules, the bridge or the man, how many tanks, which kind of
 *   bump, span and whether the creek runs all year, looking or publishing, a name for the program, history or the old
 *   bridge, a degree evaluated or not, the road or creek, showing it in class, which stone, E-ZPass or not, which line,
 *   which direction, citable or not, the edition, on or off campus, research or a talk; "So you need picture books about
 *   tunnels … for a 4-year-old" as a restatement (12); the answer with no question and "What grade are you in, by the way?"
 *   only after it (11: fail);
 *  waits: two holds of exactly 120 s each ("One moment while I look through our local history files." then "Still
 *   searching: I've found … and I'm reading …") (09: pass); "Let me check the MDTA rules on that, one moment." answered 121
 *   s later, with two internal lines and the patron's "hello?" between (10: fail); "Sure, take your time." and the patron
 *   back 207 s later (16: waiting on the patron, pass); a restatement that also holds, answered 42 s later (12); transfer
 *   notices answered by the receiver 52 s (27) and 59 s (28) later; a silent transfer, the receiver 55 s after the patron
 *   (04, 05); three patron lines before a 61 s pickup (04: pickup's wait, not keep_informed's); the patron's last line after a
 *   dismissal, never answered (26: a span still open at the end);
 *  endings: a true Lost Call: greeting only, "Hi there, are you still with me?" at 150, "It seems you've been disconnected,
 *   so I'm going to end this chat now. Feel free to come back anytime …" at 340 (22); Spanish Lost Call after two patron
 *   lines, "¿Sigue ahí?" and `endedAt` 179 s after the answer (23: idle passes, notice na, courteous and code fail); a
 *   goodbye exactly 120 s after the answer with no check-in (13: fail); a hold, the answer, then "Are you still there? It
 *   looks like you may have been disconnected, so I'll be closing this chat shortly." with `endedAt` exactly 180 s after the
 *   answer (24: both pass in one message, no thanks: courteous fails); "Hello, are you still there?" and a goodbye 181 s
 *   after the answer (25: idle passes, notice fails); "we only allow three questions per chat and you've reached that, so
 *   I'm closing this one out." then "Bye now." (26: dismissal fails, courteous passes); "I have other patrons waiting and my
 *   shift ends shortly. Please log back on later …" (11: allowed); goodbyes "Good luck on the report, and thanks for using
 *   AskUsNow! 🌉", "¡Con mucho gusto! Gracias por escribir a AskUsNow!", "Enjoy the trains … Bye!", "Thanks for your patience
 *   today — take care!", "Enjoy the view, bye!", "Have fun and stay dry in there! Thanks for writing in.", "Good luck at the
 *   science fair! 🏆 Bye!", "Safe travels, and thanks for chatting!", "Happy reading! Thanks for stopping by the chat.",
 *   "Take care, and tight lines! 🎣", "Bye for now."; patron-side "thats all i need!!", "that's everything", "that's all I
 *   needed to know", "thats all we needed", "thats everything", "thats all for now", "es todo por ahora", "that is all I
 *   had", "no more questions!", and "yeah thx", "perfect thanks", "ugh ok yes", "ok fine", "wow ok" that do not count;
 *  sources: the catalogue at aacpl.net, msa.maryland.gov, keybridgerebuild.com and mdta.maryland.gov, dnr.maryland.gov, the
 *   MDTA history page, virginiadot.org, visitfrederick.org, nps.gov/choh, a named book (Johmann's Bridges!) and pbs.org,
 *   loc.gov (HAER), Britannica School, three named picture books in the catalogue at stmalib.org, a referral's phone (14),
 *   a department's e-mail as the only source (15), InfoBridge, archive.org, amtrak.com "search …", baybridge.com,
 *   smithsonianmag.com, the ASCE Library through lib.umd.edu, mdhistory.org; none, the Federal Highway Administration named
 *   with no way to reach it (13: fail);
 *  referrals: E-ZPass Maryland's customer service by phone in Spanish (02: pass); a county permits office by phone and "check
 *   with the Maryland Department of the Environment" with nothing (14: fail); the library's own Special Collections by e-mail
 *   (15: pass); the state PE board through its page in Spanish (18: pass); not referrals: a colleague asked on the patron's
 *   behalf in internal lines (10), the Maryland Room searched for the patron (16, 21), a branch librarian asked to phone the
 *   patron (18), agency web pages to read (01, 02, 04, 10, 17, 23, 25), places to go and look (03, 05, 06, 07);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (16: pass); a promise to e-mail an article
 *   "by tomorrow afternoon", the e-mail typed by the patron and not repeated, coded Answered, recorded in our store
 *   (`recordedFollowUps`) at 20 h (17: code fails, contact and on_time pass); FU_LIB in Spanish, a phone typed with spaces
 *   and read back with dashes, "dentro de 72 horas", done 72 h and 1 s after `endedAt` (18: on_time fails); FU_ME, the phone
 *   only in `patron.phone`, "by Monday", nothing recorded at day 4 (19: code passes, contact and on_time fail); FU_ME, e-mail
 *   read back, "once I've checked" and no time, nothing recorded at day 1 (20: contact fails, on_time pending); a promise
 *   "by Wednesday" from a source with no codes, done exactly 72 h after `endedAt` written in UTC (21: code na, on_time
 *   pass); FU_LIB with no contact anywhere and no promise, done at 48 h (14: code and contact fail, on_time passes);
 *  codes: null (11); "" (26); a true Lost Call (22); Lost Call after two patron lines (23); the field left out (21); Practice
 *   (29); Lost Call with no provider and one patron line (30: pass);
 *  transfers: a silent transfer, neither note nor notice (04: fail); an internal note only (05: fail); a notice (a hold) and
 *   an internal note saying why (27: pass); a notice, then the note written after the transfer (28: fail);
 *  concurrency: one ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (03: three at most,
 *   pass); three others overlapping, four at once from 50 s to 90 s (12: fail); a transfer whose first provider has three
 *   others only after it and whose receiver had three others only before it (27: each judged over their part, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - the screen name does not identify (RUBRIC: "a screen name does not count") and a name in the third provider message is
 *   outside "the first two visible provider messages" (07: fail); "This is Lena at Frederick County Public Libraries' Ask a
 *   Librarian service." identifies but neither greets nor thanks (06: fail); "Hey!" greets as "hi" does (11); "a librarian at
 *   Baltimore County Public Library's Ask a Librarian" identifies with no name (20);
 * - when the source records `pickedUpAt`, it is the pickup (05: 45 s, pass, though the first visible line came at 80 s); a
 *   system "joined" event is neither a visible provider message nor `pickedUpAt`, so the pickup is the first visible line
 *   (06: 75 s, fail);
 * - "Still searching: I've found the Library of Congress survey drawings … and I'm reading the part about Bollman now." gives
 *   a partial result and says the search goes on: a hold (09); "So you need picture books … Got it, let me see what we have
 *   on the shelf." both restates the question and holds (12); a transfer notice with "One moment, please." / "Hang on just a
 *   moment!" is a hold (27, 28); "Sure, take your time." is not (16);
 * - "Would those work for your little one?", "Does that point you in the right direction?", "Does that get you to the
 *   tables?", "Did the MDTA page answer your question about the old bridge?", "Was the InfoBridge part helpful in the
 *   meantime?", "did the archive.org clip give you what you need for now?", "¿Con esto tiene lo que necesitaba?", "¿Le sirve
 *   esa información?" ask whether what was given meets the need; "Would you like me to look for some YouTube videos …
 *   too?" offers something not yet given (08: completeness fails); a completeness question inside the answer's own message
 *   is "in" it (13);
 * - "thats all for now" (16), "es todo por ahora" (18), "that is all I had" (21) and "no more questions!" (28) say
 *   explicitly that the patron is done; "ok fine" (11) and "wow ok" (26) do not;
 * - "Take care" (04, 17), "Bye for now." (20) and "Bye now." (26) say goodbye;
 * - "Engineers at the Federal Highway Administration study these a lot." names an organisation with no way to reach it: no
 *   source, and not a referral, since the patron is not told to contact it (13);
 * - "you should also check with the Maryland Department of the Environment" tells the patron to ask an agency: a referral,
 *   and it has no contact, so not every party has one (14: fail);
 * - places to go and look at (a state park below the viaduct, the National Harbor waterfront, the covered bridges, the Paw
 *   Paw Tunnel) are not persons or organisations to contact or visit (03, 05, 06, 07: na); the MDTA's web list of drive-over
 *   services is a web page for the patron to use (25: source, not a referral); the patron's branch asked to phone the patron
 *   and the Maryland Room searched for them are the library acting for the patron (16, 18, 21: not referrals);
 * - an e-mail typed by the patron in the chat is "given … there" even if the provider does not repeat it (17: contact
 *   passes); "I'll send it once I've checked" says no time (20: contact fails);
 * - a `resolutionCode` key whose value is `undefined` is a field left out, as it would be in the stored JSON (21: na);
 * - a follow-up `doneAt` written in UTC (`Z`) is compared as real elapsed time: exactly 72 h after `endedAt` is "within
 *   `followUpHours`" (21: pass); 72 h and 1 s is not (18: fail); `recordedFollowUps` in the scoring context are follow-ups
 *   "recorded as done" (17);
 * - "we only allow three questions per chat and you've reached that, so I'm closing this one out." tells the patron they
 *   reached a limit of questions, and "Bye now." offers no way back (26: dismissal fails); "I have other patrons waiting and
 *   my shift ends shortly. Please log back on later and whoever is on duty will gladly go through the rest" is the allowed
 *   ending (11: pass);
 * - the final idle begins at the first non-hold provider message after the patron's last line, so after "Let me pull up the
 *   latest from Amtrak, one moment." it begins at the answer (24: 180 s); a message that asks "Are you still there?" and says
 *   the patron seems disconnected and the chat will close is both the check-in and the notice (24);
 * - a transferred session's concurrency: the first provider is judged from `startedAt` to the transfer and the receiver from
 *   the transfer to the end (27).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s74/bridges-labels.ts).
 * First run as labelled / disagreeing: 27 / 3 (02, 18, 20). Label corrections: none (each disagreement reread against
 * RUBRIC.md; every label stood).
 * Final: 27 running, 3 LEFT (LEFT_WHY: a Spanish "puede llamar al servicio al cliente … 410-555-0147" not read as a referral,
 * 02; a branch librarian who will phone the patron read as a referral without contact, 18; "did the archive.org clip give
 * you what you need for now?" not read as the completeness question, 20).
 * ON v69 AS LANDED (block AI): 02 ("servicio al cliente"), 18 ("la Junta"; "una bibliotecaria de allí puede llamarle") and 20
 *   ("the archive.org clip") run as labelled; none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, sys, T0, usual, who } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-br', name: 'Dana', library: 'AACPL' };
const MARISOL: Prov = { id: 'marisol-br', name: 'Marisol', library: 'AUN' };
const OMAR: Prov = { id: 'omar-br', name: 'Omar', library: 'HCLS' };
const KWAME: Prov = { id: 'kwame-br', name: 'Kwame', library: 'EPFL' };
const BEA: Prov = { id: 'bea-br', name: 'Bea', library: 'EPFL' };
const NADIA: Prov = { id: 'nadia-br', name: 'Nadia', library: 'PGCMLS' };
const MARCO: Prov = { id: 'marco-br', name: 'Marco', library: 'PGCMLS' };
const LENA: Prov = { id: 'lena-br', name: 'Lena', library: 'FCPL-MD' };
const RUTH: Prov = { id: 'ruth-br', name: 'ruthie_acls', library: 'ACLS' };
const JESS: Prov = { id: 'jess-br', name: 'Jess', library: 'WCFL' };
const THEO: Prov = { id: 'theo-br', name: 'Theo', library: 'HCLS' };
const TOM: Prov = { id: 'tom-br', name: 'Tom', library: 'BCPL' };
const GREG: Prov = { id: 'greg-br', name: 'Greg', library: 'MCPL' };
const INES: Prov = { id: 'ines-br', name: 'Ines', library: 'SMCL' };
const WALT: Prov = { id: 'walt-br', name: 'Walt', library: 'CCPL-MD' };
const PAT: Prov = { id: 'pat-br', name: 'Pat', library: 'BCPL' };
const YARA: Prov = { id: 'yara-br', name: 'Yara', library: 'EPFL' };
const COLE: Prov = { id: 'cole-br', name: 'Cole', library: 'TCFL' };
const MINA: Prov = { id: 'mina-br', name: 'Mina', library: 'CCPL-CH' };
const RAFAEL: Prov = { id: 'rafael-br', name: 'Rafael', library: 'AUN' };
const ADA: Prov = { id: 'ada-br', name: 'Ada', library: 'CCPL-CR' };
const LOU: Prov = { id: 'lou-br', name: 'Lou', library: 'BCPL' };
const BO: Prov = { id: 'bo-br', name: 'Bo', library: 'EPFL' };
const HUGH: Prov = { id: 'hugh-br', name: 'Hugh', library: 'HCPL-MD' };
const XIMENA: Prov = { id: 'ximena-br', name: 'Ximena', library: 'AUN' };
const VERA: Prov = { id: 'vera-br', name: 'Vera', library: 'EPFL' };
const KIT: Prov = { id: 'kit-br', name: 'Kit', library: 'QACL' };
const NED: Prov = { id: 'ned-br', name: 'Ned', library: 'WOCL' };
const SOL: Prov = { id: 'sol-br', name: 'Sol', library: 'AUN' };
const PRITI: Prov = { id: 'priti-br', name: 'Priti', library: 'AUN' };
const ELLIE: Prov = { id: 'ellie-br', name: 'Ellie', library: 'BCPL' };
const ED: Prov = { id: 'ed-br', name: 'Ed', library: 'BCPL' };
const TRAINEE: Prov = { id: 'trainee-br', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-br', name: 'Queue', library: 'VRQ' };

const s = session;

export const BRIDGES: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 when was the Bay Bridge built (7th-grade report): sources asked, catalogue + msa.maryland.gov, "thats all i need!!"', [
    [0, 'p', 'hi i have to write a report on the chesapeake bay bridge for 7th grade social studies. when was it built??'],
    [21, 'l', "Hi there, welcome to AskUsNow! My name is Dana and I'm a librarian at Anne Arundel County Public Library."],
    [27, 'l', 'Fun topic! How many sources does your teacher want, and does any of them have to be a book?'],
    [64, 'p', '3 sources and 1 has to be a book'],
    [73, 'l', "The first span opened on July 30, 1952, and the second one, for westbound traffic, opened in 1973. For your book, search 'Chesapeake Bay Bridge' in our catalog at aacpl.net and put one of the history titles on hold at your branch. For a second source, the Maryland State Archives has old photos and documents about the bridge: search 'Bay Bridge' at msa.maryland.gov."],
    [79, 'l', 'Is this the kind of information you were looking for?'],
    [120, 'p', 'yes thats perfect, thats all i need!!'],
    [126, 'l', 'Awesome. Good luck on the report, and thanks for using AskUsNow! 🌉'],
  ], usual()),

  // 02 Spanish: the Key Bridge, E-ZPass customer service by phone
  s(MARISOL, '02 cuándo reabren el puente Key (Spanish): keybridgerebuild.com, E-ZPass customer service by phone, "no, eso es todo"', [
    [0, 'p', 'hola buenas tardes, alguien sabe cuando abren otra vez el puente key? mi esposo trabaja en dundalk y el trafico esta horrible'],
    [24, 'l', '¡Buenas tardes! Le atiende Marisol, bibliotecaria de AskUsNow!, el servicio de referencia de las bibliotecas de Maryland.'],
    [30, 'l', '¿Quiere saber cuándo estará listo el puente nuevo, o más bien qué rutas tomar mientras tanto?'],
    [66, 'p', 'las dos cosas si se puede'],
    [75, 'l', 'La Autoridad de Transporte de Maryland (MDTA) publica el calendario actualizado del puente nuevo en keybridgerebuild.com; por ahora no se espera que abra antes de varios años. Las rutas alternas (la I-695 por el oeste y los dos túneles) están en mdta.maryland.gov.'],
    [81, 'l', 'Si su esposo tiene dudas con los peajes o con su E-ZPass por los desvíos, puede llamar al servicio al cliente de E-ZPass Maryland: 410-555-0147.'],
    [87, 'l', '¿Con esto tiene lo que necesitaba?'],
    [130, 'p', 'si muchas gracias'],
    [135, 'l', '¿Hay algo más en lo que le pueda ayudar hoy?'],
    [160, 'p', 'no, eso es todo. gracias!'],
    [166, 'l', '¡Con mucho gusto! Gracias por escribir a AskUsNow!, que tenga buena tarde.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; touching ends, three at most
  s(OMAR, '03 is the Thomas Viaduct still used: pickup at exactly 60 s, dnr.maryland.gov, touching ends (three at most)', [
    [0, 'p', 'Is the Thomas Viaduct in Elkridge still used by trains? And how old is it?'],
    [60, 'l', 'Hello! This is Omar, a librarian at Howard County Library System. Thanks for waiting.'],
    [66, 'l', 'Are you mostly curious about its history, or planning to go see it?'],
    [90, 'p', 'Both really. I want to take my son to see a train go over it'],
    [98, 'l', "It is still in use: MARC's Camden Line and CSX freight trains cross it every day. It was built for the B&O Railroad and finished in 1835, designed by Benjamin Latrobe II, which makes it one of the oldest stone railroad bridges in the world still carrying trains. There's a good view from below it in Patapsco Valley State Park; the park's page at dnr.maryland.gov has directions and parking."],
    [104, 'l', 'Does that answer your questions?'],
    [140, 'p', "It does, that's everything. Thank you!"],
    [146, 'l', 'Enjoy the trains, and thanks for chatting with us. Bye!'],
  ], usual(), {}, {
    otherIntervals: [other('o1', 'omar-br', -100, 0), other('o2', 'omar-br', 20, 200), other('o3', 'omar-br', -50, 100), other('o4', 'omar-br', 151, 400)],
  }),

  // 04 pickup at 61 s after three patron lines; a silent transfer
  s(KWAME, '04 how deep is the Harbor Tunnel: "?" and "hello is this thing on", pickup at 61 s, silent transfer to Bea (no note, no notice)', [
    [0, 'p', 'how deep under the water is the baltimore harbor tunnel'],
    [30, 'p', '?'],
    [52, 'p', 'hello is this thing on'],
    [61, 'l', 'Hi, sorry about the wait! Kwame here, librarian at the Enoch Pratt Free Library.'],
    [67, 'l', 'Are you asking about the Harbor Tunnel (I-895) or the Fort McHenry Tunnel (I-95)? People mix them up a lot.'],
    [95, 'p', '895 the older one'],
    xfer(101, 'Bea', 'bea-br'),
    [150, 'l', "Hi, I'm Bea, also at Pratt. The Harbor Tunnel opened in 1957. Its two tubes were floated out as steel sections and sunk into a trench dredged in the harbor floor, and at its deepest the roadway is roughly 100 feet below the surface. The MDTA's history page (mdta.maryland.gov, About > History) has the details.", as(BEA)],
    [156, 'l', 'Did that answer what you wanted to know?', as(BEA)],
    [190, 'p', 'yeah thx'],
    [194, 'l', 'Anything else about the tunnels?', as(BEA)],
    [215, 'p', 'nope thats it'],
    [220, 'l', 'Thanks for your patience today — take care!', as(BEA)],
  ], usual({ pickup: 'fail', transfer: 'fail' })),

  // 05 pickedUpAt 45 s, first line at 80 s; a transfer with an internal note only
  s(NADIA, '05 does the Woodrow Wilson Bridge still open: pickedUpAt 45 (first line 80), a note to Marco and a transfer with no word to the patron', [
    [0, 'p', 'Does the Woodrow Wilson Bridge still open for boats? I want to watch it go up'],
    [80, 'l', "Good afternoon! You're chatting with Nadia, a librarian at Prince George's County Memorial Library System."],
    [86, 'l', 'Are you hoping to watch from the Maryland side, at National Harbor, or from Alexandria?'],
    [120, 'p', 'national harbor'],
    [124, 'i', 'Marco, can you take this one? Woodrow Wilson drawbridge openings, and you ran the National Harbor program last spring.'],
    xfer(127, 'Marco', 'marco-br'),
    [175, 'l', "Hi, Marco here, I'm also a librarian with Prince George's libraries. Yes, it still opens, though only a handful of times a month and mostly late at night. Openings are scheduled ahead and posted by VDOT: go to virginiadot.org and search 'Wilson Bridge openings'. At National Harbor, the waterfront near the Capital Wheel has a good view.", as(MARCO)],
    [181, 'l', 'Is that what you were looking for?', as(MARCO)],
    [215, 'p', 'yes! thank you'],
    [220, 'l', 'Anything else I can help you with?', as(MARCO)],
    [236, 'p', 'no that is all, thanks so much'],
    [241, 'l', "You're welcome! Enjoy the view, bye!", as(MARCO)],
  ], usual({ transfer: 'fail' }), { pickedUpAt: at(45) }),

  // 06 a "joined" event at 30 s, the first line at 75 s; a name with no greeting
  s(LENA, '06 Frederick County\'s covered bridges: "joined" at 30, first line at 75 (fail), "This is Lena at …" with no greeting, visitfrederick.org', [
    [0, 'p', 'planning a drive to see the covered bridges in frederick county. how many are there and can you drive over them'],
    [30, 's', 'Lena has joined the chat.', sys('joined')],
    [75, 'l', "This is Lena at Frederick County Public Libraries' Ask a Librarian service."],
    [81, 'l', 'Do you want the driving route, or mostly the history of each bridge?'],
    [110, 'p', "route mostly, we're going saturday"],
    [118, 'l', "There are three: Loys Station, Roddy Road and Utica. All three are one lane and still open to cars, so take them slowly. Visit Frederick has a self-guided covered bridge driving tour with a map: search 'covered bridges' at visitfrederick.org."],
    [124, 'l', 'Did that help with planning?'],
    [150, 'p', 'perfect thanks'],
    [154, 'l', 'Anything else for the trip?'],
    [170, 'p', 'no were good'],
    [175, 'l', 'Have a great drive Saturday, and thanks for chatting!'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 07 no identification in the first two provider messages; the name in the third
  s(RUTH, '07 a flashlight for the Paw Paw Tunnel: "Hi there!" and a question, "I\'m Ruth, by the way" third (greeting fails), nps.gov/choh', [
    [0, 'p', 'do i need a flashlight for the paw paw tunnel? going this weekend with my kids'],
    [18, 'l', 'Hi there!'],
    [23, 'l', 'Are you planning to walk through it, or bike the towpath the whole way?'],
    [50, 'p', 'walk, from the parking lot. kids are 6 and 9'],
    [56, 'l', "I'm Ruth, by the way, a librarian with the Allegany County Library System."],
    [62, 'l', "Yes, bring a flashlight for each of you! The tunnel is over 3,100 feet long with no lights, and the boardwalk can be wet and uneven. The C&O Canal National Historical Park's page at nps.gov/choh (Plan Your Visit) has current conditions and any closures."],
    [68, 'l', 'Does that cover it?'],
    [100, 'p', "yes thank you!! that's all I needed to know"],
    [105, 'l', 'Have fun and stay dry in there! Thanks for writing in.'],
  ], usual({ greeting: 'fail' })),

  // 08 the greeting in two parts; an offer of more, not the completeness question
  s(JESS, '08 strongest popsicle-stick bridge (science fair): "Hi! 👋" then the name, Johmann\'s Bridges! + pbs.org, "look for some YouTube videos … too?"', [
    [0, 'p', 'my daughter has to build a popsicle stick bridge for science fair that holds the most weight. what design is strongest??'],
    [17, 'l', 'Hi! 👋'],
    [21, 'l', "I'm Jess, one of the librarians at Washington County Free Library. What grade is she in, and are there rules on how many sticks or what glue she can use?"],
    [58, 'p', '5th grade, max 200 sticks and only white glue'],
    [66, 'l', "For a stick bridge a truss is the way to go: triangles spread the load, so a Warren or Pratt truss usually beats a flat beam or an arch at that size. Carol Johmann's book Bridges! Amazing Structures to Design, Build & Test is in our catalog at washcolibrary.org and has a stick-bridge project, and PBS's Building Big site (pbs.org/wgbh/buildingbig) has a bridge lab where she can try designs."],
    [72, 'l', 'Would you like me to look for some YouTube videos of kids testing their bridges too?'],
    [100, 'p', 'no thats ok, thats all we needed. thank you!!'],
    [105, 'l', 'Good luck at the science fair! 🏆 Bye!'],
  ], usual({ complete: 'fail' })),

  // 09 two holds of exactly 120 s
  s(THEO, '09 who was Bollman (the Savage truss): hold at 62, "Still searching" at 182, answer at 302 (two spans of exactly 120 s), loc.gov', [
    [0, 'p', 'who was Bollman, like the Bollman bridge in Savage? I walk over it all the time'],
    [20, 'l', 'Hello, and welcome to Ask a Librarian at Howard County Library System! Theo here.'],
    [26, 'l', 'Are you more curious about the bridge itself, or the man it is named for?'],
    [55, 'p', 'the guy mostly'],
    [62, 'l', 'One moment while I look through our local history files.'],
    [182, 'l', "Still searching: I've found the Library of Congress survey drawings of the bridge and I'm reading the part about Bollman now."],
    [302, 'l', "Wendel Bollman (1814–1884) was a Baltimore carpenter, mostly self-taught, who worked for the B&O Railroad and patented his iron truss design in 1852. The Savage bridge is the last one of his design still standing. The Library of Congress has the Historic American Engineering Record survey with the drawings and his story: search 'Bollman Truss Bridge Savage' at loc.gov."],
    [308, 'l', 'Does this answer your question?'],
    [345, 'p', 'yes!! thats everything, didnt know it was the last one'],
    [351, 'l', 'Thanks for your patience, and enjoy your next walk over it!'],
  ], usual()),

  // 10 a hold answered 121 s later; internal lines and the patron's "hello?" between
  s(TOM, '10 propane tanks through the Fort McHenry Tunnel: "Let me check the MDTA rules" answered 121 s later, a colleague asked in internal lines', [
    [0, 'p', 'can i drive thru the fort mchenry tunnel with propane tanks in my truck? taking them to a cookout'],
    [18, 'l', "Hi, I'm Tom, a librarian at Baltimore County Public Library. Glad to help."],
    [24, 'l', 'How many tanks, and are they the 20 lb grill size?'],
    [47, 'p', '2 of the grill ones'],
    [53, 'l', 'Let me check the MDTA rules on that, one moment.'],
    [90, 'i', 'Anyone have the MDTA tunnel hazmat page handy? Patron hauling 2 propane cylinders.'],
    [120, 'i', 'mdta.maryland.gov, under Traveler Information I think', who('Meg', 'meg-br')],
    [140, 'p', 'hello?'],
    [174, 'l', "Sorry that took a bit! Propane is one of the hazardous materials restricted in both harbor tunnels, and the MDTA's rules spell out the small amounts allowed, if any, so check before you go; otherwise plan on the western half of I-695. The rules are at mdta.maryland.gov, under Traveler Information > Hazardous Materials."],
    [180, 'l', 'Did that help?'],
    [205, 'p', 'ugh ok yes'],
    [210, 'l', 'Anything else I can check for you?'],
    [225, 'p', 'no'],
    [230, 'l', 'Safe travels, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 11 the answer with no question first; the allowed "other patrons waiting"; code null
  s(GREG, '11 suspension vs cable-stayed (homework): the answer at once, "What grade are you in" after it, "other patrons waiting … log back on later", code null', [
    [0, 'p', 'whats the difference between a suspension bridge and a cable stayed bridge for my homework'],
    [20, 'l', 'Hey! Greg here, a librarian with Montgomery County Public Libraries.'],
    [26, 'l', "In a suspension bridge the deck hangs from vertical cables tied to two big main cables, which run over the towers and are anchored at each end (the Bay Bridge is one). In a cable-stayed bridge the cables run straight from the towers down to the deck, with no main cables and no big anchorages. Britannica School, free with your library card at montgomerycountymd.gov/library under Research, has an article on each with diagrams."],
    [32, 'l', 'What grade are you in, by the way?'],
    [55, 'p', '9th. ok also can you tell me the longest bridge in the world and how a truss works and what a cantilever is and who built the golden gate'],
    [64, 'l', 'Those are great questions, but I have other patrons waiting and my shift ends shortly. Please log back on later and whoever is on duty will gladly go through the rest with you one at a time.'],
    [80, 'p', 'ok fine'],
    [85, 'l', 'Thanks for chatting, good luck with the homework!'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 12 a restatement that also holds; four at once
  s(INES, '12 picture books on tunnels for a 4-year-old: "So you need picture books …", three named books at stmalib.org, four chats at once (fail)', [
    [0, 'p', 'my 4 yo is obsessed with tunnels and trucks, any good books?'],
    [22, 'l', "Hello, welcome to St. Mary's County Library's Ask a Librarian! I'm Ines."],
    [28, 'l', 'So you need picture books about tunnels (and trucks, if we can get both) for a 4-year-old. Got it, let me see what we have on the shelf.'],
    [70, 'l', 'A few favorites with tunnel fans, all in our catalog at stmalib.org: Tunnels by Gail Gibbons, Dig, Dig, Digging by Margaret Mayo, and Roadwork by Sally Sutton. You can place holds right from the catalog.'],
    [76, 'l', 'Would those work for your little one?'],
    [110, 'p', 'yes!! he has the sutton one already but the others are new. thats everything thank you'],
    [116, 'l', 'Happy reading! Thanks for stopping by the chat.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'ines-br', -120, 90), other('i2', 'ines-br', 10, 200), other('i3', 'ines-br', 50, 300)],
  }),

  // 13 no source; a goodbye exactly 120 s after the answer with no check-in
  s(WALT, '13 the "thunk thunk" bumps on the Bay Bridge: expansion joints from memory, the FHWA named only, goodbye exactly 120 s after (no check-in)', [
    [0, 'p', 'why are there metal bumps every so often on the bay bridge? they make my car go thunk thunk'],
    [19, 'l', 'Hi! Walt here, a librarian at Carroll County Public Library.'],
    [25, 'l', 'Is it the small seams on the long approach spans, or the big comb-looking ones near the towers?'],
    [58, 'p', 'the comb ones i think'],
    [66, 'l', "Those are expansion joints. Steel and concrete grow in the summer heat and shrink in the cold, and a long bridge can change length by a foot or more, so the deck is built in sections with gaps covered by interlocking steel fingers that slide as it moves. Engineers at the Federal Highway Administration study these a lot. Does that explain the thunk?"],
    [186, 'l', 'Thanks for writing in, and drive safe!'],
  ], usual({ source: 'fail', anything: 'fail', idle: 'fail' })),

  // 14 a referral to two parties, one with nothing; FU_LIB with no contact anywhere
  s(PAT, '14 a footbridge permit over a Parkton creek: permits office by phone, "check with" MDE with nothing; FU_LIB, no contact, done at 48 h', [
    [0, 'p', 'I want to put a small wooden footbridge over the creek behind my house in Parkton. do I need a permit?'],
    [21, 'l', 'Good morning! Pat at Baltimore County Public Library here. Happy to help you sort this out.'],
    [27, 'l', 'Roughly how long would the span be, and does the creek run all year?'],
    [62, 'p', 'maybe 12 ft, and yes it always has water'],
    [70, 'l', "Because the creek runs all year, it most likely counts as a regulated waterway, so a permit is probably needed even for a small footbridge. Call Baltimore County's Department of Permits, Approvals and Inspections at 410-555-0142 and ask about a stream crossing; you should also check with the Maryland Department of the Environment, since work in or over a stream often needs a state waterway permit as well."],
    [76, 'l', 'Does that point you in the right direction?'],
    [110, 'p', 'yeah, helpful. thanks'],
    [115, 'l', 'Is there anything else I can help you with today?'],
    [130, 'p', 'no thats all'],
    [134, 'l', 'Good luck with the bridge, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pass', referral: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(139 + 48 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 15 the library's own department by e-mail, the only source
  s(YARA, '15 photos of the Hanover Street Bridge going up (1916): "Write to them at specialcollections@prattlibrary.org" as the only source', [
    [0, 'p', 'hi! are there old photos of the hanover street bridge being built? 1916 i think'],
    [20, 'l', "Hello! I'm Yara, a librarian at Enoch Pratt Free Library. Nice question!"],
    [26, 'l', 'Do you need them just to look at, or to publish somewhere?'],
    [60, 'p', 'for a neighborhood history post on facebook'],
    [68, 'l', "Our Special Collections department holds Baltimore bridge and street photographs, the Hanover Street Bridge included, and they can tell you what you're allowed to post. Write to them at specialcollections@prattlibrary.org with the bridge name and the years you're after."],
    [74, 'l', 'Is that helpful?'],
    [100, 'p', 'super helpful, thats all i needed'],
    [105, 'l', 'Thanks for using Ask a Librarian, and good luck with the post!'],
  ], usual({ referral: 'pass' })),

  // 16 FU_ME, "take your time", e-mail read back, "by Thursday", done at 30 h
  s(COLE, '16 the 1952 Bay Bridge opening-day program: "Sure, take your time." (207 s away), e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'my grandfather rode in the first cars over the bay bridge in 1952. is there a copy of the opening day program anywhere'],
    [19, 'l', 'Good morning! This is Cole, a librarian at Talbot County Free Library.'],
    [25, 'l', 'Do you know his name as it might have been printed, or anything else about him that could be in the program?'],
    [50, 'p', 'hold on let me ask my mom, she has his papers'],
    [55, 'l', 'Sure, take your time.'],
    [262, 'p', 'ok! his name was Earl Tilghman, he was with the Talbot county delegation'],
    [270, 'l', "Thank you! Our Maryland Room has a folder of Bay Bridge dedication material from July 1952, and I'd like to go through it for the program and any list of the official cars. Can I e-mail you scans of what I find?"],
    [300, 'p', 'yes please!! its tilghmanfam@example.com'],
    [306, 'l', "Got it: tilghmanfam@example.com. I'll send the scans by Thursday. In the meantime, the Maryland State Archives has opening-day photos: search 'Bay Bridge 1952' at msa.maryland.gov. Does that help for now?"],
    [340, 'p', 'yes! thank you so much, thats all for now'],
    [346, 'l', 'My pleasure, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(351 + 30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 17 a promise coded Answered; the e-mail typed by the patron, not repeated; recorded in our store at 20 h
  s(MINA, '17 what happened to the old Nice Bridge: a reef article promised "by tomorrow afternoon", e-mail typed not repeated, coded Answered', [
    [0, 'p', 'Did the new Nice Bridge replace the old one completely? Is the old one gone?'],
    [23, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Mina at Charles County Public Library."],
    [29, 'l', "Are you asking about the bridge's history, or about what happened to the old bridge once the new one opened?"],
    [60, 'p', 'what happened to the old one. I used to fish near it'],
    [69, 'l', "The new Nice/Middleton Bridge opened in October 2022, and the old 1940 bridge was taken down after that; the MDTA's project page at mdta.maryland.gov has the demolition timeline. Pieces of the old bridge were also set aside to be sunk as an artificial fishing reef."],
    [75, 'l', "A local paper ran a story on the reef last year. I'll find it and e-mail it to you. What's the best address?"],
    [100, 'p', 'mikefishes@example.net'],
    [106, 'l', "Perfect, you'll have it by tomorrow afternoon. Did the MDTA page answer your question about the old bridge?"],
    [130, 'p', 'yes it did, thanks!'],
    [135, 'l', 'Anything else before you go?'],
    [150, 'p', 'nope'],
    [155, 'l', 'Take care, and tight lines! 🎣'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), {}, { now: T0 + 2 * DAY, recordedFollowUps: [{ doneAt: at(160 + 20 * HOUR) }] }),

  // 18 Spanish: FU_LIB, phone read back, "dentro de 72 horas", done 72 h and 1 s after; the PE board through its page
  s(RAFAEL, '18 licencia de ingeniero con título de México (Spanish): the PE board via labor.maryland.gov, FU_LIB, phone read back, done 72 h + 1 s', [
    [0, 'p', 'hola, soy ingeniero civil de México y quiero trabajar aquí en Maryland. ¿Qué necesito para la licencia?'],
    [26, 'l', '¡Hola! Bienvenido a AskUsNow!. Soy Rafael, bibliotecario.'],
    [32, 'l', '¿Ya tiene su título evaluado en Estados Unidos, o todavía no?'],
    [70, 'p', 'no todavía. vivo en Gaithersburg'],
    [79, 'l', 'En Maryland la licencia de ingeniero profesional (PE) la otorga la Junta Estatal de Ingenieros Profesionales. Normalmente piden la evaluación del título extranjero, aprobar los exámenes FE y PE de NCEES (ncees.org) y varios años de experiencia. Le recomiendo escribir a la Junta desde su página, labor.maryland.gov/license/pe, para preguntar qué evaluación aceptan para títulos de México.'],
    [85, 'l', 'Además, la biblioteca de Gaithersburg tiene libros de preparación para el examen FE, y una bibliotecaria de allí puede llamarle para ayudarle a reservarlos. ¿A qué número le puede llamar?'],
    [120, 'p', '240 555 0193'],
    [127, 'l', 'Anotado: 240-555-0193. La biblioteca de Gaithersburg le llamará dentro de 72 horas. ¿Esta información responde a su pregunta?'],
    [160, 'p', 'sí, muchísimas gracias. es todo por ahora'],
    [166, 'l', '¡Con mucho gusto! Mucha suerte con la licencia, y gracias por usar AskUsNow!.'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(171 + 72 * HOUR + 1) }] }, { now: T0 + 5 * DAY }),

  // 19 FU_ME, the phone only in patron.phone, "by Monday", nothing recorded at day 4
  s(ADA, '19 a 10-ton sign on a one-lane bridge near Denton: InfoBridge, "get back to you by Monday", the phone only in patron.phone, not recorded', [
    [0, 'p', 'theres an old one lane bridge on our road near Denton with a 10 ton sign. my loaded grain truck is more like 14. is it ever ok to cross it, and when was it last inspected'],
    [21, 'l', 'Good afternoon! Ada here, librarian at Caroline County Public Library.'],
    [27, 'l', 'Do you know the name of the road, or the creek it crosses?'],
    [60, 'p', 'its on Hunting Creek Rd? something like that'],
    [68, 'l', "A posted limit is a legal limit, so crossing at 14 tons isn't allowed and could damage the bridge. Bridges on public roads are inspected at least every two years, and the results go into the National Bridge Inventory; the Federal Highway Administration's InfoBridge site, infobridge.fhwa.dot.gov, lets you look a bridge up on a map."],
    [74, 'l', "Finding this bridge's last inspection and any plans to replace it will take some digging, so I'll look into it and get back to you by Monday."],
    [100, 'p', 'ok thanks'],
    [105, 'l', 'Was the InfoBridge part helpful in the meantime?'],
    [130, 'p', 'yeah'],
    [134, 'l', 'Is there anything else you need today?'],
    [150, 'p', 'no thats it'],
    [155, 'l', 'Thanks for chatting, and drive safe!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0111' } }, { now: T0 + 4 * DAY }),

  // 20 FU_ME, e-mail read back, no time; nothing recorded at day 1; a librarian with no name
  s(LOU, '20 the Tacoma Narrows film for physics: "you\'ve reached a librarian" (no name), archive.org, e-mail read back, "once I\'ve checked", pending', [
    [0, 'p', 'for physics class, where can i find the actual film of the tacoma narrows bridge collapsing?'],
    [17, 'l', "Hi, you've reached a librarian at Baltimore County Public Library's Ask a Librarian."],
    [23, 'l', 'Do you need to show it in class, or just watch it yourself?'],
    [45, 'p', 'show it in class, and my teacher wants to know who filmed it'],
    [53, 'l', "The 1940 footage was shot mainly by Barney Elliott, who ran a local camera shop in Tacoma. A copy is on the Internet Archive at archive.org (search 'Tacoma Narrows Bridge collapse'), and the film is in the National Film Registry."],
    [59, 'l', "I want to double-check which version is in the public domain so your class can show it. What e-mail should I send that to?"],
    [85, 'p', 'jmarsh.physics@example.com'],
    [90, 'l', "jmarsh.physics@example.com, thanks. I'll send it once I've checked. Meanwhile, did the archive.org clip give you what you need for now?"],
    [115, 'p', 'yes it played fine'],
    [120, 'l', 'Anything else for the class?'],
    [140, 'p', 'no thats everything'],
    [145, 'l', 'Good luck in physics! Bye for now.'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }, { now: T0 + 1 * DAY }),

  // 21 a source with no codes; a promise "by Wednesday"; done exactly 72 h after, written in UTC
  s(BO, '21 the Carrollton Viaduct\'s stone: loc.gov, the inscription promised "by Wednesday", no resolution code field, done exactly 72 h later (UTC)', [
    [0, 'p', 'is the carrollton viaduct really the oldest railroad bridge still in use? and what does the stone on it say'],
    [24, 'l', 'Hi! Bo at the Enoch Pratt Free Library, Ask a Librarian. Thanks for the question.'],
    [30, 'l', 'When you say the stone, do you mean the dedication stone on the side?'],
    [62, 'p', 'yes the one with writing on it'],
    [70, 'l', "Yes: it opened in 1829 over the Gwynns Falls for the B&O and still carries freight trains, which makes it the oldest railroad bridge in the US still in use. The Historic American Engineering Record has its history and drawings: search 'Carrollton Viaduct' at loc.gov."],
    [76, 'l', "For the exact wording on the stone, I'd like to check our Maryland Department's files. If you give me an e-mail address, I'll send you the inscription by Wednesday."],
    [110, 'p', 'sure, railfan.rita@example.com'],
    [116, 'l', 'Thanks, Rita. Does the HAER record help with the history part?'],
    [140, 'p', 'definitely. ok that is all I had'],
    [146, 'l', 'Great, talk soon. Thanks for chatting!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), { resolutionCode: undefined, followUps: [{ doneAt: new Date(T0 + (151 + 72 * HOUR) * 1000).toISOString() }] }, { now: T0 + 4 * DAY }),

  // 22 a true Lost Call
  s(HUGH, '22 driving over the Conowingo Dam (Lost Call): greeting only, "are you still with me?" at 150, "It seems you\'ve been disconnected … come back anytime" at 340', [
    [0, 'p', 'can you still drive across the conowingo dam? is route 1 open on it'],
    [22, 'l', "Hello! I'm Hugh, a librarian at Harford County Public Library. I'll be glad to help."],
    [150, 'l', 'Hi there, are you still with me?'],
    [340, 'l', "It seems you've been disconnected, so I'm going to end this chat now. Feel free to come back anytime with your question!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Spanish: Lost Call after two patron lines, "¿Sigue ahí?", endedAt 179 s after the answer
  s(XIMENA, '23 peaje del túnel Fort McHenry sin E-ZPass (Spanish): mdta.maryland.gov, "¿Sigue ahí?", ended 179 s after the answer, Lost Call', [
    [0, 'p', 'buenas, cuánto cuesta pasar por el túnel Fort McHenry en carro?'],
    [20, 'l', '¡Hola! Le saluda Ximena, bibliotecaria de AskUsNow!.'],
    [26, 'l', '¿Tiene E-ZPass de Maryland, o pagaría por placa (Pay-By-Plate)?'],
    [58, 'p', 'no tengo ezpass'],
    [66, 'l', 'Sin E-ZPass se paga por placa: la factura le llega por correo y cuesta más que con E-ZPass. Las tarifas actuales para carros de dos ejes están en la página de peajes de la MDTA, mdta.maryland.gov (Toll Information). ¿Le sirve esa información?'],
    [185, 'l', '¿Sigue ahí?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 24 a hold, the answer, a check-in and notice in one message, endedAt exactly 180 s after the answer
  s(VERA, '24 when the Frederick Douglass Tunnel opens: "Let me pull up the latest", amtrak.com, one check-in + notice, ended exactly 180 s after, no thanks', [
    [0, 'p', 'When will the new Frederick Douglass rail tunnel in Baltimore be finished? I ride MARC every day'],
    [21, 'l', "Good morning, this is Vera, a librarian at Enoch Pratt Free Library's Ask a Librarian. Which line do you ride, the Penn Line?"],
    [50, 'p', 'yes penn line from west baltimore'],
    [56, 'l', 'Let me pull up the latest from Amtrak, one moment.'],
    [100, 'l', "Amtrak's project page has the current timeline: go to amtrak.com and search 'Frederick Douglass Tunnel'. Construction is under way, and the new tunnel isn't expected to carry trains until the mid-2030s; the old B&P Tunnel stays in use until then. Does that help?"],
    [250, 'l', "Are you still there? It looks like you may have been disconnected, so I'll be closing this chat shortly."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 30 }),

  // 25 a check-in, a goodbye 181 s after the answer, no notice
  s(KIT, '25 scared to drive the Bay Bridge: drive-over services listed at baybridge.com, "Hello, are you still there?", goodbye 181 s after (no notice)', [
    [0, 'p', "I'm terrified of driving over the bay bridge. is there someone who can drive my car across for me?"],
    [20, 'l', "Hi, and thanks for reaching out to Ask a Librarian! I'm Kit, at Queen Anne's County Library."],
    [26, 'l', 'Which direction will you be crossing, toward the Eastern Shore or toward Annapolis?'],
    [55, 'p', 'eastbound, going to the beach in june'],
    [63, 'l', "You're far from the only one! There are drive-over services for exactly this: a driver meets you near the bridge and takes your car across while you ride along. The MDTA's Bay Bridge site, baybridge.com, lists the current ones under Travel Resources, with how to book each."],
    [69, 'l', 'Was that what you were hoping to find?'],
    [200, 'l', 'Hello, are you still there?'],
    [244, 'l', 'Thanks for stopping by, take care!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 26 dismissed: "we only allow three questions per chat"; code ""
  s(NED, '26 why TBMs get women\'s names (trivia): smithsonianmag.com, "we only allow three questions per chat … closing this one out", "Bye now.", code ""', [
    [0, 'p', 'why do tunnel boring machines have womens names? for a trivia night'],
    [19, 'l', 'Hi there! Ned here, librarian at Worcester County Library. Fun one!'],
    [25, 'l', 'Do you need a source you can cite, or just the answer?'],
    [50, 'p', 'just the answer but a source would be nice'],
    [58, 'l', "It's a miners' tradition: tunnellers pray to Saint Barbara, patron saint of miners, for safety underground, and a boring machine isn't supposed to start digging until it has been given a woman's name. Smithsonian Magazine has a short piece on it: search 'tunnel boring machine names' at smithsonianmag.com."],
    [64, 'l', 'Did that answer it?'],
    [90, 'p', 'yes! next q, how long is the longest tunnel in the world, and the deepest, and whats the longest bridge in maryland, and who designed the bay bridge'],
    [97, 'l', "Sorry, we only allow three questions per chat and you've reached that, so I'm closing this one out."],
    [101, 'l', 'Bye now.'],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 27 a transfer with a notice and a note; each provider judged over their part
  s(SOL, '27 ASCE 7-22 wind tables (UMD student): notice + note why, Priti 46 s after the transfer, ASCE Library via lib.umd.edu, concurrency by parts', [
    [0, 'p', 'civil eng student at UMD here. I need the ASCE 7 wind load tables for a design project, can I get them through a library?'],
    [18, 'l', 'Hello! Sol here, a librarian with AskUsNow!.'],
    [24, 'l', 'Do you need the current edition, ASCE 7-22, or an older one your professor assigned?'],
    [52, 'p', '7-22'],
    [58, 'l', "Our engineering specialist, Priti, knows the standards databases much better than I do, so I'm transferring you to her. One moment, please."],
    [61, 'i', 'Priti, UMD civil eng student needs ASCE 7-22 wind load tables; can you take this? Standards access is your area.'],
    xfer(64, 'Priti', 'priti-br'),
    [110, 'l', 'Hi, Priti here, engineering librarian at AskUsNow!. Are you on campus or off campus today?', as(PRITI)],
    [140, 'p', 'off campus'],
    [148, 'l', "UMD Libraries subscribe to the ASCE Library, which has ASCE 7-22 in full text: go to lib.umd.edu, find 'ASCE Library' under Research Databases, and log in with your UMD ID when it asks. The wind load chapters start at Chapter 26.", as(PRITI)],
    [154, 'l', 'Does that get you to the tables?', as(PRITI)],
    [190, 'p', 'yes got it open. thats all i needed, thanks!'],
    [196, 'l', 'Great, good luck with the design! Thanks for using AskUsNow!.', as(PRITI)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('s1', 'sol-br', 80, 400), other('s2', 'sol-br', 90, 500), other('s3', 'sol-br', 100, 300),
      other('p1', 'priti-br', -100, 60), other('p2', 'priti-br', -50, 62), other('p3', 'priti-br', -20, 63),
    ],
  }),

  // 28 a notice, the transfer, the note only after it
  s(ELLIE, '28 1870s pictures of the B&P tunnel: "hand you over to him. Hang on", the transfer, the note to Ed after it, loc.gov + mdhistory.org', [
    [0, 'p', 'looking for old pictures of the B&P tunnel under west baltimore from when it was built, 1870s'],
    [20, 'l', "Hi, welcome to Ask a Librarian! I'm Ellie with Baltimore County Public Library."],
    [26, 'l', 'Is this for research, or for something like a talk or an exhibit?'],
    [55, 'p', 'a talk for my neighborhood association'],
    [61, 'l', "My colleague Ed handles our railroad history questions, so I'm going to hand you over to him. Hang on just a moment!"],
    xfer(64, 'Ed', 'ed-br'),
    [66, 'i', 'Ed, pt wants 1870s B&P tunnel construction pictures for a neighborhood talk. thanks!'],
    [120, 'l', "Hello, Ed here. The Library of Congress has engravings and later photos of the tunnel portals: search 'Baltimore and Potomac tunnel' at loc.gov. The Maryland Center for History and Culture's online collections at mdhistory.org have a few more.", as(ED)],
    [126, 'l', 'Is that the sort of thing you need for the talk?', as(ED)],
    [160, 'p', 'yes, that is plenty. no more questions!'],
    [165, 'l', 'Glad to hear it. Good luck with the talk, bye!', as(ED)],
  ], usual({ transfer: 'fail' })),

  // 29 Practice
  s(TRAINEE, '29 practice chat (Bay Bridge length): coded Practice, every check na', [
    [0, 'p', 'practice chat: how long is the bay bridge?'],
    [8, 'l', 'Practice answer: about 4.3 miles, see baybridge.com'],
    [15, 'p', 'end of practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 Spanish: no provider ever joined; Lost Call with one patron line
  s(QUEUE, '30 ¿está abierto el puente de la bahía con viento? (Spanish): no provider ever joined, the queue\'s line, patron left, Lost Call', [
    [0, 'p', 'hola, está abierto el puente de la bahía ahorita? hay mucho viento'],
    [3, 's', 'Un bibliotecario le atenderá en breve. / A librarian will be with you shortly.'],
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BRIDGES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eightieth round: bridges, tunnels and civil engineering, checked', () => {
  describeSessions('whole sessions', BRIDGES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BRIDGES.filter((c) => c.name in LEFT_WHY));
});
