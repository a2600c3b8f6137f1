/**
 * Eighty-first round, theme SCOUTING, BADGES AND YOUTH CAMPS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats in Maryland: an Eagle Scout project for a library branch, joining Girl Scouts
 * in Hyattsville (Spanish), a county council meeting for the Citizenship in the Community merit badge, Tenderfoot knots the
 * night before a test, the first Girl Scout cookie sale for a cookie badge, the first Boy Scout troops in 1910 Baltimore,
 * pinewood derby weight and tungsten, the seven Leave No Trace principles, the age to join Cub Scouts, a Bugling merit badge
 * counselor, a father's Camp Broad Creek patches, the Chess merit badge pamphlet at Wheaton, a grandfather's 1958 Eagle court
 * of honor, Gold Award ideas on the Chesapeake, summer day camps near Gaithersburg (partly Spanish), dating a 1940s Girl Scout
 * handbook, the Broad Creek merit badge schedule, the Cub Scout oath, a first Girl Scout sleepaway camp (Spanish), an Arrow of
 * Light campout, a summer job on camp staff, a troop in a library makerspace, Sea Scouts near Ocean City, Camp Linstead's
 * history, the Silver Award's hours, training for a new Tiger den leader, the Scout Law in Spanish (partly Spanish) and folding
 * a flag for a den's ceremony. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/s74/scouting-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hello, and welcome to Maryland AskUsNow! My name is Iris and I'm a librarian." (01); Spanish "¡Buenas noches!
 *   Le atiende Raquel, bibliotecaria …" (02) and "¡Hola! Soy Beatriz, bibliotecaria de AskUsNow! …" (19); pickup at exactly
 *   60 s (03: pass) and at 61 s after the patron's "hello??" (04: fail); `pickedUpAt` at exactly 60 s with the first visible
 *   line at 68 s (12: pass on the recorded pickup); "Hey! 👋" and a question, the name only in the third provider line (05:
 *   greeting fails); "Oscar, librarian at AskUsNow!, here." with no greeting word (17: fails); the library and no name ever,
 *   "Hello, and welcome to Dorchester County Public Library's Ask a Librarian chat!" (23: pass); the name with no library,
 *   "Hi, Uma here!" (07: pass); a half-English "Hola! I'm Celia, a librarian at …" (29); chat-speak "hi!! this is Bree, a
 *   librarian at …" (28); no provider ever, only the queue's line, a one-line patron (21);
 *  inquiry: the scoutmaster and the stage of the project, the home ZIP code, pictures or a list, just the year or the story,
 *   newspapers or later books, the pack's kit, the age of a child, whether the district list was asked for, photos or the
 *   patches, the nearest branch, the month or troop number, hands-on or teaching, day or sleepaway camp, the handbook's cover,
 *   a week or a weekend, the number of nights, the troop chosen, BSA or Girl Scout camp, the library system, the daughter's
 *   age, history or present use (the receiver, 26), the council, the pack and den, print or read, the flag's size; "Would a
 *   schedule of upcoming council meetings be what you need …?" before any answer (03: a clarifying question); the answer
 *   straight after the greeting (08: fail);
 *  waits: two holds of exactly 120 s each ("Let me search the old Baltimore Sun for you, one moment." then "Still searching —
 *   I've found a 1910 mention … looking for anything earlier.") (06: pass); "Let me double-check that for you." answered 121 s
 *   later with the patron's "still there?" between (07: fail); Wheaton staff asked during a 64 s hold (12); "Sure, take your
 *   time, no rush." and the patron back 205 s later (16: waiting on the patron, pass); a silent transfer, an internal note and
 *   the system line between the patron and the receiver's first line exactly 120 s later (25: pass); a transfer notice and the
 *   receiver 122 s after it, the patron's "ok" between (26: fail); a patron line before a 61 s pickup (04: pickup's wait);
 *  endings: a Lost Call whose one late line asks "Are you still there?", says the patron seems disconnected and that the chat
 *   will close, 182 s after the greeting, with no thanks (18: idle and notice pass, courteous fails); Spanish Lost Call after
 *   two patron lines, "¿Sigue ahí?" and "Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos!"
 *   exactly 180 s after the answer (19: a goodbye, both pass; the code fails); a goodbye 119 s after the answer (09: idle na),
 *   121 s with no check-in (11: fail), exactly 120 s with "Are you still there?" between (12: pass); "Are you still there?
 *   ¿Sigue conectada?" and the session ending 181 s after the answer (29: idle passes, notice and courteous fail); "My shift
 *   ends in a couple of minutes, so I'm going to wrap this up here. Bye." (22: dismissal fails, courteous passes); "I've got a
 *   few other patrons waiting right now, so could you log back in later?" (23: allowed); the patron's "nah that's everything,
 *   thanks!!" as the last line after an offer of a ceremony script (30); goodbyes "Thanks for chatting with us, and good luck
 *   to him on his Eagle!", "Good luck on the test! Goodnight.", "Thanks for asking us, bye!", "Good luck at the race, bye!",
 *   "good luck with the tigers, bye!! 🐯", "¡De nada! Gracias por escribirnos …", "¡Con mucho gusto! Gracias por comunicarse
 *   con nosotros."; patron-side "thats all we needed for now", "eso era todo", "no more questions", "that's everything for
 *   my report", "thats all i needed", "thats everything", "no necesito nada más", "thats all for today", "nothing else",
 *   "nope thats all", "that's everything", and "yes! thanks so much" (25), "k" (23), "yes ok" (04) that do not count;
 *  sources: scouting.org and littlefreelibrary.org, a council's phone in Spanish (02), cc.howardcountymd.gov, animatedknots.com
 *   and the Scouts BSA Handbook in the catalogue, girlscouts.org, ProQuest Historical Newspapers at prattlibrary.org, lnt.org,
 *   the Bugling pamphlet in the catalogue at aacpl.net, a patch collectors' site, the MCPL catalogue, chroniclingamerica.loc.gov,
 *   cbf.org, montgomeryparks.org and ncacbsa.org, gshistory.com, baltimorebsa.org, gscm.org, redcross.org, hclibrary.org,
 *   seascout.org, a training chair's e-mail as the only source (28), legion.org/flag; none (09: the ages from memory, fail);
 *  referrals: a Girl Scout council by phone in Spanish (02: pass); "call the Baltimore Area Council service center and ask for
 *   the advancement chair" with no number (10: fail); the Historical Society of Harford County by street address only (11:
 *   pass); a historical society's library by phone after a transfer (26: pass); a council's awards team through
 *   gscm.org/contact (27: pass); a district training chair by e-mail (28: pass); not referrals: Wheaton staff asked on the
 *   patron's behalf (12), a colleague at the Gaithersburg branch asked to phone the patron (15), a council meeting calendar,
 *   a camp staff application page, the Red Cross class list, a room reservation page and a ship locator, all websites to use
 *   (03, 23, 24, 25);
 *  follow-ups: the code left out (a source without codes), a poster promised "tonight", e-mail read back, done at 6 h (08: code
 *   na, contact and on_time pass); FU_ME, e-mail read back, "by Thursday evening", done at 30 h (13: pass); a list promised
 *   "tomorrow", e-mail read back, coded Answered (14: code fails, contact passes, on_time pending at day 1); FU_LIB partly in
 *   Spanish, a phone typed with spaces and read back with dashes, no time, done 72 h and 1 s after `endedAt` (15: contact and
 *   on_time fail); FU_ME, e-mail read back, "by Monday", done exactly 72 h after `endedAt` (16: pass); FU_ME, "get back to you
 *   as soon as the 2026 list is up", the phone only in `patron.phone`, nothing recorded at day 4 (17: code passes, contact and
 *   on_time fail);
 *  codes: a true Lost Call (18); Lost Call after two patron lines (19); Lost Call with no provider and one patron line (21:
 *   pass); "" (30); left out (08); Practice (20);
 *  transfers: a notice (a hold) and an internal note saying why (24: pass); an internal note only (25: fail); a notice only
 *   (26: fail); neither, the receiver simply taking over (09: fail);
 *  concurrency: three others overlapping, four at once from 30 s to 90 s (27: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - an introduction with no greeting word ("Oscar, librarian at AskUsNow!, here.") identifies but does not greet (17: fail);
 *   "Hey! 👋" greets; a name in the third provider line is outside "the first two visible provider messages" (05: fail);
 * - when the source records `pickedUpAt`, it is the pickup: 60 s, pass, though the first visible line came at 68 s (12);
 * - "Still searching — I've found a 1910 mention … and I'm looking for anything earlier." gives a partial result and says the
 *   search goes on: a hold (06);
 * - "Would a schedule of upcoming council meetings be what you need, or …?" asked before any answer is a question about the
 *   need (clarify passes) and not the completeness question, which must come in or after the answer (03: fails);
 * - "Would that work for her badge?", "Does that point you in the right direction?", "Does that get you started?", "Is that a
 *   help for the job part?", "¿Le resuelve la duda?", "¿Le sirve?", "¿Es lo que buscaba?", "Does the Evening Star link help in
 *   the meantime?", "Does the edition list help for now?" ask whether what was given meets the need; "Would that help?" about a
 *   list not yet sent (14) and "Would you like a script for the whole flag ceremony too?" (30) offer something not yet given;
 * - "eso era todo" (02), "no necesito nada más" (15), "thats all for today" (16), "nothing else" (24) say explicitly that the
 *   patron is done; "yes! thanks so much" (25) is thanks alone;
 * - "Goodnight." and "Bye." say goodbye; "Bye." after "I'm going to wrap this up here" makes courteous pass while the
 *   dismissal fails (22): ending because the provider's shift ends is "for the provider's convenience", and no way back is
 *   offered;
 * - "Are you still there? It looks like you may have been disconnected, so I'll be closing this chat." is both the check-in
 *   and the notice, and, as it asks whether the patron is there and thanks no one, not a goodbye (18: courteous fails);
 *   "Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos!" is a notice that thanks: a goodbye,
 *   so the final idle ends at it (19: exactly 180 s);
 * - a transcript built with `resolutionCode: undefined` has the field left out (serialised, the key is absent): the source
 *   has no codes, resolution.code is na, and the promise still makes it a follow-up session (08);
 * - "as soon as the 2026 list is up" names an event, not when the information will come (17; contact fails anyway, as the
 *   phone is known only from `patron.phone`);
 * - a follow-up recorded exactly 72 h after `endedAt` is within `followUpHours` (16: pass); one second later is not (15);
 * - "le pido a una compañera de allí que la llame" is the library acting for the patron (a follow-up by the patron's library),
 *   not a referral (15); web pages to use — a council's meeting calendar, a camp staff application page, the Red Cross class
 *   list, a room reservation page, a ship locator — are sources, not referrals (03, 23, 24, 25);
 * - "call the Baltimore Area Council service center and ask for the advancement chair" tells the patron to contact an
 *   organisation with no way to reach it (10: fail), though its pamphlet in the catalogue is a source;
 * - an offer to send more later that the patron accepts and the provider seals by taking the address ("I can also put
 *   together a list … and e-mail it to you tomorrow. … What's your e-mail?" / "yes please! …" / "Got it: …") is a promise
 *   to send more later, so a follow-up session (14; the reading it was labelled under, written out here after the run);
 * - "email your district's training chair … training@…" tells the patron to write to a person outside the chat: a
 *   referral, and the e-mail its way to reach them and the only source (28; written out after the run, label unchanged);
 * - a transfer whose receiver just starts answering, with no internal note and no word to the patron before it, fails the
 *   handoff (09); the receiver's questions count for inquiry.clarify like any provider's (26).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s74/scouting-labels.ts).
 * First run as labelled / disagreeing: 27 / 3 (13, 14, 28). Label corrections: none (each disagreement reread against
 * RUBRIC.md; every label stood).
 * Final: 27 running, 3 LEFT (LEFT_WHY: "Does the Evening Star link help in the meantime?" not read as the completeness
 * question, 13; an offer to e-mail a list "tomorrow", accepted and the address taken, not read as a promise, so no
 * follow-up session, 14; "email your district's training chair" at an address not read as a referral, 28).
 * ON v70 AS LANDED (block AJ): 28 ("your district's training chair") runs as labelled; 13 and 14 stay LEFT.
 * ON v71 AS LANDED (block AK): 13 reads as labelled and runs ("Does the Evening Star link help in the meantime?": AK4, a word of
 *   time before a noun is part of a name): 29 running, 1 LEFT (14).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const IRIS: Prov = { id: 'iris-sc', name: 'Iris', library: 'AUN' };
const RAQUEL: Prov = { id: 'raquel-sc', name: 'Raquel', library: 'PGCMLS' };
const ODELL: Prov = { id: 'odell-sc', name: 'Odell', library: 'HCLS' };
const PRESTON: Prov = { id: 'preston-sc', name: 'Preston', library: 'CCPL-CA' };
const DANA: Prov = { id: 'dana-sc', name: 'Dana', library: 'FCPL-MD' };
const TOBIAS: Prov = { id: 'tobias-sc', name: 'Tobias', library: 'EPFL' };
const UMA: Prov = { id: 'uma-sc', name: 'Uma', library: 'WCFL' };
const VERA: Prov = { id: 'vera-sc', name: 'Vera', library: 'AUN' };
const HENRY: Prov = { id: 'henry-sc', name: 'Henry', library: 'KCPL-MD' };
const ISLA: Prov = { id: 'isla-sc', name: 'Isla', library: 'AUN' };
const IMANI: Prov = { id: 'imani-sc', name: 'Imani', library: 'AACPL' };
const GRETA: Prov = { id: 'greta-sc', name: 'Greta', library: 'HCPL-MD' };
const JUNE: Prov = { id: 'june-sc', name: 'June', library: 'MCPL' };
const KWAME: Prov = { id: 'kwame-sc', name: 'Kwame', library: 'PGCMLS' };
const LENA: Prov = { id: 'lena-sc', name: 'Lena', library: 'TCFL' };
const MARISOL: Prov = { id: 'marisol-sc', name: 'Marisol', library: 'MCPL' };
const NIKO: Prov = { id: 'niko-sc', name: 'Niko', library: 'CCPL-CE' };
const OSCAR: Prov = { id: 'oscar-sc', name: 'Oscar', library: 'AUN' };
const PAULA: Prov = { id: 'paula-sc', name: 'Paula', library: 'WPL' };
const BEATRIZ: Prov = { id: 'beatriz-sc', name: 'Beatriz', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-sc', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-sc', name: 'Queue', library: 'VRQ' };
const QUENTIN: Prov = { id: 'quentin-sc', name: 'Quentin', library: 'ACLS' };
const DCPL: Prov = { id: 'dcpl-chat-sc', name: 'DCPL Chat 2', library: 'DCPL' };
const SAL: Prov = { id: 'sal-sc', name: 'Sal', library: 'AUN' };
const TESS: Prov = { id: 'tess-sc', name: 'Tess', library: 'HCLS' };
const WES: Prov = { id: 'wes-sc', name: 'Wes', library: 'AUN' };
const ZOE: Prov = { id: 'zoe-sc', name: 'Zoe', library: 'WOCL' };
const XAVIER: Prov = { id: 'xavier-sc', name: 'Xavier', library: 'AACPL' };
const YOLANDA: Prov = { id: 'yolanda-sc', name: 'Yolanda', library: 'AACPL' };
const ADA: Prov = { id: 'ada-sc', name: 'Ada', library: 'AUN' };
const BREE: Prov = { id: 'bree-sc', name: 'bree_cc', library: 'CCPL-CR' };
const CELIA: Prov = { id: 'celia-sc', name: 'Celia', library: 'CCPL-CH' };
const DMITRI: Prov = { id: 'dmitri-sc', name: 'Dmitri', library: 'SMCL' };

const s = session;

export const SCOUTING: SessionCase[] = [
  // 01 the plain good session
  s(IRIS, '01 an Eagle Scout project for the library: stage of the project asked, scouting.org workbook + littlefreelibrary.org, "thats all we needed for now"', [
    [0, 'p', 'hi! my son is starting his eagle project and wants to do something for our library branch. where do we even start'],
    [21, 'l', "Hello, and welcome to Maryland AskUsNow! My name is Iris and I'm a librarian."],
    [27, 'l', 'Has he already settled on an idea, or is he still choosing what to build or do?'],
    [70, 'p', 'still choosing. he likes building stuff w his hands'],
    [78, 'l', "He has to plan and lead the project himself, and the plan gets approved before any work starts. The Eagle Scout Service Project Workbook walks through every step; download it from scouting.org (search 'Eagle project workbook'). Little free libraries are a favourite build for library branches, and there are free plans at littlefreelibrary.org."],
    [84, 'l', 'Does this answer what you needed to get him started?'],
    [120, 'p', 'yes perfect, thats all we needed for now!!'],
    [126, 'l', 'Wonderful! Thanks for chatting with us, and good luck to him on his Eagle!'],
  ], usual()),

  // 02 Spanish: joining Girl Scouts, the council by phone
  s(RAQUEL, '02 inscribir a su hija en Girl Scouts (Spanish): "¡Buenas noches! Le atiende Raquel, bibliotecaria", the council by phone, "eso era todo"', [
    [0, 'p', 'hola, buenas noches. mi hija tiene 7 años y quiere ser girl scout, como la inscribo?'],
    [25, 'l', "¡Buenas noches! Le atiende Raquel, bibliotecaria del Sistema de Bibliotecas Memorial del Condado de Prince George's."],
    [31, 'l', '¿En qué ciudad o código postal viven? Así le digo qué oficina le corresponde.'],
    [66, 'p', 'en Hyattsville, 20782'],
    [74, 'l', "En Hyattsville le corresponde Girl Scouts of the Nation's Capital. Con 7 años su hija entraría como Brownie. Puede llamar a su oficina de inscripciones al 202-555-0148 y pedir una tropa cerca de su casa; tienen personal que habla español."],
    [80, 'l', '¿Le resuelve la duda?'],
    [118, 'p', 'si muchas gracias. eso era todo'],
    [124, 'l', '¡De nada! Gracias por escribirnos, y que su hija lo disfrute mucho.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; a "would … be what you need" before the answer, none after
  s(ODELL, '03 a council meeting for Citizenship in the Community: pickup at exactly 60 s, "Would a schedule … be what you need" before the answer only, "no more questions"', [
    [0, 'p', 'need to go to a local government meeting for my citizenship in the community merit badge. when does howard county council meet'],
    [60, 'l', 'Hi there, this is Odell at Howard County Library System. Thanks for your patience!'],
    [66, 'l', 'Would a schedule of upcoming council meetings be what you need, or do you also want help picking which one to go to?'],
    [100, 'p', 'just the schedule'],
    [108, 'l', "The County Council's calendar at cc.howardcountymd.gov lists its legislative sessions and public hearings with their times and rooms. Legislative sessions are usually on the first Monday evening of the month."],
    [140, 'p', 'ok cool thx. no more questions'],
    [145, 'l', 'Great, good luck with the badge! Bye!'],
  ], usual({ complete: 'fail' })),

  // 04 pickup at 61 s, an impatient patron
  s(PRESTON, '04 Tenderfoot knots the night before: "hello??" at 40, pickup at 61 s, animatedknots.com + the Scouts BSA Handbook in the catalogue, "yes ok"', [
    [0, 'p', 'what knots do scouts need to know for tenderfoot? my kid has his test tmrw'],
    [40, 'p', 'hello??'],
    [61, 'l', 'Sorry to keep you waiting! Hi, Preston here, librarian at Carroll County Public Library.'],
    [67, 'l', 'Would pictures help him, or is a list of the knots enough?'],
    [90, 'p', 'pictures. he learns by looking'],
    [97, 'l', "For Tenderfoot he ties two half hitches and the taut-line hitch (the square knot comes earlier, at Scout rank). Animated Knots shows each one step by step at animatedknots.com, and the Scouts BSA Handbook in our catalog at library.carr.org has drawings of all three."],
    [103, 'l', 'Is that what you were after?'],
    [140, 'p', 'yes ok'],
    [145, 'l', 'Anything else I can help with tonight?'],
    [160, 'p', 'no thats it'],
    [164, 'l', 'Good luck on the test! Goodnight.'],
  ], usual({ pickup: 'fail' })),

  // 05 the name only in the third provider message
  s(DANA, '05 the first Girl Scout cookie sale for a cookie badge: "Hey! 👋", a question, the name only in the third provider line (greeting fails), girlscouts.org', [
    [0, 'p', 'when did girl scouts start selling cookies? my daughter needs it for her cookie badge'],
    [18, 'l', 'Hey! 👋'],
    [23, 'l', 'Does she need just the year, or a bit of the story behind it?'],
    [50, 'p', 'a bit of the story, shes 9'],
    [55, 'l', "I'm Dana, by the way, a librarian at Frederick County Public Libraries."],
    [62, 'l', "The first sale anyone knows of was in 1917, when a troop in Muskogee, Oklahoma baked cookies and sold them in their high school cafeteria. The Girl Scouts' own history pages at girlscouts.org (search 'cookie history') tell the story with old photos."],
    [68, 'l', 'Would that work for her badge?'],
    [100, 'p', 'yes she will love the photos ty'],
    [104, 'l', 'Anything else for her badge?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Thanks for asking us, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 two holds of exactly 120 s
  s(TOBIAS, '06 the first Baltimore troops (report): hold at 64, "Still searching — I\'ve found a 1910 mention" at 184, answer at 304 (two spans of exactly 120 s), ProQuest', [
    [0, 'p', 'doing a report on scouting history in baltimore, when did the first troops start here'],
    [20, 'l', "Good afternoon! Tobias at Enoch Pratt Free Library's Ask Us service."],
    [26, 'l', 'Are you looking for newspaper articles from the time, or books and websites written later?'],
    [58, 'p', 'either, but old newspaper stuff would be cool'],
    [64, 'l', 'Let me search the old Baltimore Sun for you, one moment.'],
    [184, 'l', "Still searching — I've found a 1910 mention of a troop meeting and I'm looking for anything earlier."],
    [304, 'l', "Here's what I found: the Baltimore Sun printed notices of new Boy Scout troops at city churches through the fall of 1910, the year Scouting came to the US. You can read them in ProQuest Historical Newspapers: The Baltimore Sun, free with a Pratt card at prattlibrary.org > Databases."],
    [310, 'l', 'Does this completely answer your question?'],
    [350, 'p', "yes!! this is great, that's everything for my report"],
    [356, 'l', 'Thanks for using Ask Us, and good luck with the report!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(UMA, '07 pinewood derby weight, then tungsten: scouting.org, "Let me double-check that for you." answered 121 s later, "still there?" between', [
    [0, 'p', 'hi whats the max weight for a pinewood derby car? cub scouts'],
    [15, 'l', 'Hi, Uma here! Happy to help.'],
    [21, 'l', 'Is your pack using the official kit from the Scout Shop, or its own rules?'],
    [45, 'p', 'official kit i think'],
    [52, 'l', "Under the official rules the car can weigh at most 5 ounces, be no wider than 2 3/4 inches and no longer than 7 inches. Most packs print their rule sheet from the Pinewood Derby page at scouting.org (search 'pinewood derby')."],
    [58, 'l', 'Did that help?'],
    [90, 'p', 'yes! one more thing — can we use tungsten weights?'],
    [96, 'l', 'Let me double-check that for you.'],
    [150, 'p', 'still there?'],
    [217, 'l', "Thanks for waiting! Yes, tungsten is fine under the official rules as long as the car stays at or under 5 ounces and nothing sticks out of the body. Packs can add their own limits, so look over your pack's rule sheet too."],
    [223, 'l', 'Anything else about the derby?'],
    [240, 'p', 'nope thats all i needed thanks'],
    [245, 'l', 'Good luck at the race, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source; the code left out, a poster promised "tonight", done at 6 h
  s(VERA, '08 the seven Leave No Trace principles: the list at once with no question, lnt.org, a poster promised "tonight", e-mail read back, no code field, done at 6 h', [
    [0, 'p', 'what are the 7 leave no trace principles? need them for my camping merit badge'],
    [14, 'l', 'Hello, thanks for contacting AskUsNow! This is Vera, a librarian.'],
    [19, 'l', 'Here they are: 1) Plan ahead and prepare, 2) Travel and camp on durable surfaces, 3) Dispose of waste properly, 4) Leave what you find, 5) Minimize campfire impacts, 6) Respect wildlife, 7) Be considerate of other visitors. The Leave No Trace Center explains each one at lnt.org.'],
    [25, 'l', 'Was that what you needed?'],
    [55, 'p', 'yep! is there a poster version i can print for our troop?'],
    [61, 'l', "There's one in a Scouting magazine issue I can open from here but can't link you to. I'll e-mail you the PDF tonight; what address should I send it to?"],
    [90, 'p', 'sam.ortiz.troop9@example.com'],
    [95, 'l', 'Thanks! Sending it to sam.ortiz.troop9@example.com tonight. Anything else I can look up?'],
    [115, 'p', 'no im good'],
    [119, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ clarify: 'fail', code: 'na', contact: 'pass', onTime: 'pass' }), { resolutionCode: undefined, followUps: [{ doneAt: at(6 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 09 no source; a silent transfer (neither note nor notice); a goodbye 119 s after the answer
  s(HENRY, '09 how old to join Cub Scouts: Henry to Isla with neither note nor notice, the ages from memory with no source, goodbye 119 s after the answer', [
    [0, 'p', 'how old do kids have to be to join cub scouts'],
    [18, 'l', 'Hi, this is Henry at Kent County Public Library.'],
    xfer(22, 'Isla', 'isla-sc'),
    [30, 'l', 'Hello! How old is your child now?', as(ISLA)],
    [52, 'p', 'she just turned 5, in kindergarten'],
    [60, 'l', 'Cub Scouts starts in kindergarten with the Lion rank, so she can join now; girls and boys are both welcome. After that it goes Tiger in 1st grade, Wolf in 2nd, Bear in 3rd and so on. Does that answer your question?', as(ISLA)],
    [179, 'l', 'Thanks for chatting, and have fun in Cub Scouts!', as(ISLA)],
  ], usual({ source: 'fail', anything: 'fail', transfer: 'fail' })),

  // 10 a referral with no way to reach them
  s(IMANI, '10 a Bugling merit badge counselor: the pamphlet in the catalogue at aacpl.net, "call the Baltimore Area Council service center" (no number)', [
    [0, 'p', 'how do i find a merit badge counselor for bugling? nobody in our troop knows one'],
    [22, 'l', 'Hi! This is Imani, a librarian at Anne Arundel County Public Library.'],
    [28, 'l', 'Have you already asked your scoutmaster for the district counselor list?'],
    [60, 'p', 'he said ask the council lol'],
    [68, 'l', "Counselors are approved by each council, so that's the right place. The Bugling merit badge pamphlet is in our catalog at aacpl.net, which gets you started on the requirements. For a counselor, call the Baltimore Area Council service center and ask for the advancement chair."],
    [74, 'l', 'Does that point you in the right direction?'],
    [105, 'p', 'i guess. thx'],
    [110, 'l', 'Is there anything more I can dig up for you?'],
    [125, 'p', 'no'],
    [129, 'l', 'OK, good luck with the bugle! Bye 🎺'],
  ], usual({ referral: 'fail' })),

  // 11 a referral by street address; a goodbye 121 s after the answer, no check-in
  s(GRETA, '11 dad\'s Camp Broad Creek patches: a patch collectors\' site, the Historical Society of Harford County by street address, goodbye 121 s later', [
    [0, 'p', "my dad went to camp broad creek in the 60s and I found his old patches. is there anywhere that has history of the camp?"],
    [19, 'l', 'Hello! Greta here, a librarian with Harford County Public Library.'],
    [25, 'l', 'Are you after photos and stories of the camp, or trying to identify the patches themselves?'],
    [60, 'p', 'both really'],
    [68, 'l', "For the patches, the Broad Creek pages at scoutpatchcollectors.org list them by year with pictures. For photos and camp history, visit the Historical Society of Harford County, 143 N. Main Street, Bel Air, MD 21014, and ask to see their Broad Creek files. Did that help?"],
    [189, 'l', 'Thanks for chatting with us, and I hope you find his camp years!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 pickedUpAt 60 (first line 68), Wheaton staff asked on the patron's behalf, "Are you still there?", goodbye 120 s after the answer
  s(JUNE, '12 the Chess merit badge pamphlet at Wheaton: pickedUpAt exactly 60 (first line 68), Wheaton staff asked, the catalogue, "Are you still there?", goodbye at 120 s', [
    [0, 'p', 'do any of the branches have the chess merit badge pamphlet? want to borrow it'],
    [68, 'l', "Hello and thanks for waiting! I'm June, a librarian at Montgomery County Public Libraries."],
    [74, 'l', 'Which branch is closest to you?'],
    [100, 'p', 'wheaton'],
    [106, 'l', "Let me ask our Wheaton staff whether it's on the shelf. One moment!"],
    [110, 'i', 'Wheaton desk: is the Chess merit badge pamphlet on the shelf? patron waiting on chat'],
    [170, 'l', "Good news: Wheaton has a copy on the shelf, and you can place a hold on it in our catalog at montgomerycountymd.gov/library (search 'Chess merit badge')."],
    [176, 'l', 'Is that what you were hoping for?'],
    [250, 'l', 'Are you still there?'],
    [290, 'l', "It seems you've stepped away. Thanks for chatting, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' }), { pickedUpAt: at(60) }),

  // 13 FU_ME, e-mail read back, "by Thursday evening", done at 30 h
  s(KWAME, '13 grandpa\'s 1958 Eagle court of honor: chroniclingamerica.loc.gov, microfilm search promised, e-mail read back, "by Thursday evening", done at 30 h', [
    [0, 'p', 'trying to find a newspaper notice about my grandfathers eagle scout ceremony, hyattsville 1958'],
    [20, 'l', "Hi, this is Kwame with Prince George's County Memorial Library System. Glad you reached out!"],
    [26, 'l', 'Do you know the month, or his troop number?'],
    [55, 'p', 'troop 224, sometime in the spring i think'],
    [63, 'l', "The small county weeklies from 1958 aren't in our online databases, so I'd like to go through our microfilm for spring 1958 and send you what I find. In the meantime, the Washington Evening Star covered county Scout news and is searchable free at chroniclingamerica.loc.gov. What e-mail should I use?"],
    [90, 'p', 'sure, its rhonda.bell58@example.com'],
    [96, 'l', "Thanks, that's rhonda.bell58@example.com. You'll hear from me by Thursday evening."],
    [102, 'l', 'Does the Evening Star link help in the meantime?'],
    [130, 'p', 'yes thank you! thats everything'],
    [135, 'l', 'My pleasure, talk soon, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 a promise coded Answered; "Would that help?" about the list not yet sent
  s(LENA, '14 Gold Award ideas on the Chesapeake: cbf.org + girlscouts.org, a list promised "tomorrow" with "Would that help?", e-mail read back, coded Answered', [
    [0, 'p', 'hi im a girl scout ambassador looking for gold award project ideas about the chesapeake bay'],
    [17, 'l', 'Hi! Lena at Talbot County Free Library here, thanks for reaching out.'],
    [23, 'l', "What kind of project are you picturing: hands-on, like a cleanup or a planting, or more about teaching people?"],
    [60, 'p', 'hands on, outdoors'],
    [67, 'l', "A Gold Award has to tackle the root cause of a problem and keep going after you're done, so living shorelines or rain gardens work well. The Chesapeake Bay Foundation lists restoration projects at cbf.org, and the Gold Award guidelines are at girlscouts.org (search 'Gold Award')."],
    [73, 'l', "I can also put together a list of Talbot County groups that have worked with Scouts before and e-mail it to you tomorrow. Would that help? What's your e-mail?"],
    [100, 'p', 'yes please! maddie.s@example.com'],
    [105, 'l', 'Got it: maddie.s@example.com. Anything else I can help with today?'],
    [125, 'p', 'no thats all, thank you so much'],
    [130, 'l', 'Good luck with the Gold Award, bye!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }), {}, { now: T0 + 1 * DAY }),

  // 15 FU_LIB partly in Spanish, a phone read back, no time, done 72 h and 1 s after endedAt
  s(MARISOL, '15 campamento de día cerca de Gaithersburg (partly Spanish): montgomeryparks.org + ncacbsa.org, a colleague to phone her, phone read back, no time, done at 72 h + 1 s', [
    [0, 'p', 'hola, hi. buscando campamento de verano barato para mi hijo de 9 años, cerca de gaithersburg'],
    [24, 'l', 'Hi! This is Marisol, librarian at Montgomery County Public Libraries. ¿Prefiere que hablemos en español?'],
    [40, 'p', 'si por favor'],
    [46, 'l', '¡Claro! ¿Busca un campamento de día o uno donde se quede a dormir?'],
    [80, 'p', 'de dia, trabajo todo el dia'],
    [88, 'l', 'El condado tiene campamentos de día con becas según los ingresos; la lista está en montgomeryparks.org, en la sección "Camps". Los Cub Scouts también tienen campamento de día en verano; el de su zona aparece en ncacbsa.org.'],
    [94, 'l', 'Además, la biblioteca de Gaithersburg tiene programas gratis de verano para niños. Si quiere, le pido a una compañera de allí que la llame con las fechas. ¿A qué número?'],
    [130, 'p', '301 555 0192'],
    [136, 'l', 'Perfecto, anoto el 301-555-0192. ¿Le sirve la información de los campamentos?'],
    [170, 'p', 'si mucho, gracias. no necesito nada más'],
    [176, 'l', '¡Con mucho gusto! Gracias por comunicarse con nosotros.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(181 + 72 * HOUR + 1) }] }, { now: T0 + 5 * DAY }),

  // 16 FU_ME done exactly 72 h after endedAt; "take your time"
  s(NIKO, '16 dating mom\'s Girl Scout handbook: "Sure, take your time, no rush." (205 s away), gshistory.com, e-mail read back, "by Monday", done at exactly 72 h', [
    [0, 'p', 'found my moms old girl scout handbook in the attic, how can i tell what year its from'],
    [19, 'l', 'Good evening! My name is Niko, and I am a librarian at Cecil County Public Library.'],
    [25, 'l', "What's on the cover: a colour, a picture, or a title like 'Girl Scout Handbook' or 'Intermediate Program'?"],
    [48, 'p', 'hang on its in the other room'],
    [53, 'l', 'Sure, take your time, no rush.'],
    [258, 'p', 'ok. green cover, says Girl Scout Handbook, Intermediate Program, and a drawing of girls hiking'],
    [266, 'l', "That title was used from 1940 into the early 1950s, so it's likely from then; the printing date is usually on the back of the title page. The edition list at gshistory.com shows every handbook with its cover."],
    [272, 'l', "If you like, I can check our collectors' guides for the exact printing and e-mail you. What's a good address?"],
    [300, 'p', 'yes please, jgordon.home@example.net'],
    [306, 'l', "jgordon.home@example.net, got it. I'll e-mail you by Monday. Does the edition list help for now?"],
    [340, 'p', 'it does, thank u! thats all for today'],
    [345, 'l', 'You are welcome. Thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(350 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 17 FU_ME, the phone only in patron.phone, no time, nothing recorded at day 4; no greeting word
  s(OSCAR, '17 the Broad Creek merit badge schedule: "Oscar, librarian at AskUsNow!, here." (no greeting), baltimorebsa.org, "get back to you as soon as the 2026 list is up", not recorded at day 4', [
    [0, 'p', 'which merit badges are offered at broad creek summer camp this year? trying to plan'],
    [21, 'l', 'Oscar, librarian at AskUsNow!, here.'],
    [27, 'l', 'Is your troop going for a full week, or just a long weekend?'],
    [50, 'p', 'full week, july'],
    [57, 'l', "Broad Creek posts its leaders' guide with the merit badge schedule on the Baltimore Area Council site, baltimorebsa.org (under 'Camping'). Last year's guide had about 40 badges, from Archery to Wilderness Survival."],
    [63, 'l', 'Does that help?'],
    [95, 'p', 'kinda but this years guide isnt up yet'],
    [101, 'l', "Ah, you're right. I'll keep an eye on the site and get back to you as soon as the 2026 list is up."],
    [130, 'p', 'ok cool thx'],
    [134, 'l', 'Anything else in the meantime?'],
    [150, 'p', 'nope'],
    [154, 'l', 'Thanks, and happy camping!'],
  ], usual({ greeting: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: null, phone: '443-555-0110' } }, { now: T0 + 4 * DAY }),

  // 18 a true Lost Call: one line that checks in and gives the notice, no thanks
  s(PAULA, '18 the Cub Scout oath (Lost Call): greeting only, then "Are you still there? It looks like you may have been disconnected, so I\'ll be closing this chat." 182 s later', [
    [0, 'p', 'whats the oath for cub scouts'],
    [23, 'l', "Hello! I'm Paula, a librarian with Wicomico Public Libraries."],
    [200, 'l', "Are you still there? It looks like you may have been disconnected, so I'll be closing this chat."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Spanish: Lost Call after two patron lines, a notice that thanks exactly 180 s after the answer
  s(BEATRIZ, '19 primer campamento de Girl Scouts (Spanish): gscm.org, "¿Sigue ahí?", "Parece que se desconectó … ¡Gracias por escribirnos!" exactly 180 s after the answer, Lost Call', [
    [0, 'p', 'hola! mi hija va a su primer campamento de girl scouts, que tiene que llevar?'],
    [22, 'l', '¡Hola! Soy Beatriz, bibliotecaria de AskUsNow!, el servicio de chat de las bibliotecas de Maryland.'],
    [28, 'l', '¿Cuántas noches va a pasar en el campamento?'],
    [60, 'p', 'dos noches, en camp ilchester'],
    [68, 'l', 'Para dos noches suelen pedir: saco de dormir, almohada, linterna, botella de agua, repelente, protector solar, ropa que se pueda ensuciar, zapatos cerrados y un impermeable. El campamento publica su propia lista en gscm.org, en la sección "Camp". ¿Le sirve?'],
    [190, 'l', '¿Sigue ahí?'],
    [248, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (camp badges script): coded Practice, every check na', [
    [0, 'p', 'practice session: what badges can a Junior earn at camp?'],
    [12, 'l', 'Practice answer: see the badge explorer at girlscouts.org'],
    [20, 'p', 'thanks, ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined; one patron line, coded Lost Call
  s(QUEUE, '21 a Cub Scout pack meeting at a Frederick branch: no provider ever joined, the queue\'s line, one patron line, Lost Call', [
    [0, 'p', 'does any library branch in frederick host a cub scout pack meeting? we just moved here'],
    [3, 's', 'Thank you for your patience. All of our librarians are helping other patrons; you will be connected as soon as one is free.'],
    left(95),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 dismissed: the provider's shift ends
  s(QUENTIN, '22 an Arrow of Light campout: scouting.org, then "My shift ends in a couple of minutes, so I\'m going to wrap this up here. Bye."', [
    [0, 'p', 'my son is in arrow of light, we need to do a campout with a troop. what do we need to know'],
    [20, 'l', "Hi, I'm Quentin at Allegany County Library System's Ask a Librarian."],
    [26, 'l', 'Have you already picked the troop you will camp with?'],
    [58, 'p', 'not yet. also what gear, and how do we pick a troop, and what do the adults need'],
    [66, 'l', "The Arrow of Light requirements, the campout included, are at scouting.org under Cub Scouts > Arrow of Light. The Arrow of Light handbook in our catalog at alleganycountylibrary.info has a camping checklist for the gear."],
    [72, 'l', 'Does that get you started?'],
    [100, 'p', 'some. but how do we pick a troop and what do the adults need, and can siblings come'],
    [107, 'l', "My shift ends in a couple of minutes, so I'm going to wrap this up here. Bye."],
    [120, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 the allowed "other patrons waiting"; the library and no name
  s(DCPL, '23 a summer job on camp staff, a long list: "welcome to Dorchester County Public Library\'s … chat" (no name), ncacbsa.org + redcross.org, "other patrons waiting … log back in later"', [
    [0, 'p', 'im 16 and want to work at a scout camp this summer. how do i apply, what do they pay, do i need lifeguard cert, and can i get service hours'],
    [21, 'l', "Hello, and welcome to Dorchester County Public Library's Ask a Librarian chat!"],
    [27, 'l', 'Are you thinking of a Scouts BSA camp or a Girl Scout camp?'],
    [55, 'p', 'scouts bsa, im in a troop'],
    [63, 'l', "Most council camps hire staff from 15 or 16. The National Capital Area Council lists its camp staff jobs, with the application form, at ncacbsa.org (Camping > Camp Staff). Red Cross lifeguard classes are listed at redcross.org/take-a-class."],
    [69, 'l', 'Is that a help for the job part?'],
    [100, 'p', 'ya. ok now also how do i get service hours, what do i put on a resume, scholarships, and whats the best camp'],
    [108, 'l', "Those are all good questions! I've got a few other patrons waiting right now, so could you log back in later? We'd be glad to go through them one at a time."],
    [125, 'p', 'k'],
    [130, 'l', 'Thanks for chatting, see you later!'],
  ], usual({ anything: 'fail' })),

  // 24 a transfer with a notice and a note
  s(SAL, '24 a troop in the Elkridge makerspace: "I\'m transferring you to her. Please hold on a moment." and a note why, Tess, hclibrary.org, "nothing else"', [
    [0, 'p', "hi, our troop wants to do the robotics merit badge using the library's makerspace. can we reserve it?"],
    [18, 'l', 'Hi there! This is Sal, a librarian with AskUsNow!.'],
    [24, 'l', 'Which library system is the makerspace in?'],
    [45, 'p', 'Howard county, the Elkridge branch'],
    [52, 'l', "Howard County has a librarian on chat right now who knows their makerspace rules, so I'm transferring you to her. Please hold on a moment."],
    [55, 'i', 'Tess, troop wants to reserve the Elkridge makerspace for a robotics merit badge; you know the HCLS room rules, can you take it?'],
    xfer(58, 'Tess', 'tess-sc'),
    [110, 'l', 'Hi, Tess from Howard County Library System here! Groups can book the makerspace on the room reservations page at hclibrary.org (About > Reserve a Room); a staff member has to be there while the equipment is in use.', as(TESS)],
    [116, 'l', 'Does that answer your question?', as(TESS)],
    [150, 'p', 'yes thanks, nothing else'],
    [156, 'l', 'Great, thanks for chatting and good luck with the robots!', as(TESS)],
  ], usual({ transfer: 'pass' })),

  // 25 a silent transfer: a note only; the receiver exactly 120 s after the patron
  s(WES, '25 Sea Scouts near Ocean City: an internal note, the transfer with no word to the patron, Zoe exactly 120 s after the patron, seascout.org, "yes! thanks so much"', [
    [0, 'p', 'are there sea scouts anywhere near ocean city? my daughter loves sailing'],
    [20, 'l', 'Hello, Wes here, librarian with Maryland AskUsNow!.'],
    [26, 'l', 'How old is your daughter?'],
    [50, 'p', '14'],
    [56, 'i', 'Zoe, Worcester Co patron asking about Sea Scouts near OC for a 14yo; you know the local groups, can you take this one?'],
    xfer(59, 'Zoe', 'zoe-sc'),
    [170, 'l', "Hi! Zoe at Worcester County Library. At 14 she can join a Sea Scout ship; the ship locator at seascout.org ('Find a Ship') searches by ZIP code.", as(ZOE)],
    [176, 'l', 'Is that what you were looking for?', as(ZOE)],
    [210, 'p', 'yes! thanks so much'],
    [215, 'l', "You're welcome, bye!", as(ZOE)],
  ], usual({ anything: 'fail', transfer: 'fail' })),

  // 26 a transfer with a notice and no note; the receiver 122 s after the notice; a referral by phone
  s(XAVIER, '26 Camp Linstead\'s history: "I\'m going to transfer you to her, just a moment" with no note, Yolanda 122 s later, baltimorebsa.org, a historical society by phone', [
    [0, 'p', 'is camp linstead in severna park still a scout camp? my dad went there in the 70s'],
    [19, 'l', 'Hi! Xavier here at the Anne Arundel County Public Library Ask a Librarian service.'],
    [25, 'l', "Our local history specialist, Yolanda, is online and knows the Severna Park camps; I'm going to transfer you to her, just a moment."],
    xfer(29, 'Yolanda', 'yolanda-sc'),
    [90, 'p', 'ok'],
    [147, 'l', "Hi, Yolanda here! Are you asking whether it's still used for camping today, or looking for its history?", as(YOLANDA)],
    [175, 'p', 'both i guess'],
    [183, 'l', "It's still a Baltimore Area Council camp, used mostly for weekend troop camping and Cub Scout events; its page at baltimorebsa.org (Camping > Camp Linstead) has photos and reservations. For its history, call the Anne Arundel County Historical Society's library at 410-555-0137; they keep a file on the camp.", as(YOLANDA)],
    [189, 'l', 'Did that answer your question?', as(YOLANDA)],
    [220, 'p', 'yes, thanks so much'],
    [224, 'l', 'Can I help you find anything else?', as(YOLANDA)],
    [240, 'p', 'no'],
    [244, 'l', 'Thanks, bye now!', as(YOLANDA)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 27 four at once; a referral through a contact page URL
  s(ADA, '27 the Silver Award\'s hours: the council\'s awards team through gscm.org/contact, four chats open at once (fail)', [
    [0, 'p', 'how many hours is the girl scout silver award? and who approves it'],
    [16, 'l', "Hi! I'm Ada, a librarian with AskUsNow!"],
    [22, 'l', 'Which council is your troop in, if you know?'],
    [48, 'p', 'central maryland'],
    [55, 'l', 'The Silver Award asks for at least 50 hours from each girl, and the council approves the project proposal before you start. For approval questions, write to the Highest Awards team at Girl Scouts of Central Maryland through gscm.org/contact.'],
    [61, 'l', 'Was this what you needed?'],
    [95, 'p', 'yes!!'],
    [99, 'l', 'Any other questions today?'],
    [115, 'p', 'no thank you'],
    [119, 'l', 'Good luck with the award! Bye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('a1', 'ada-sc', -100, 250), other('a2', 'ada-sc', 10, 90), other('a3', 'ada-sc', 30, 400)],
  }),

  // 28 three at most, touching ends; a referral by e-mail as the only source
  s(BREE, '28 training for a new Tiger den leader (chat-speak): the district training chair by e-mail as the only source, touching ends (three at most)', [
    [0, 'p', 'new den leader here 😬 what training do i need before our first meeting'],
    [17, 'l', 'hi!! this is Bree, a librarian at Caroline County Public Library 😊'],
    [22, 'l', 'which pack are you with, and is it a lion or tiger den?'],
    [50, 'p', 'pack 444 in denton, tigers'],
    [57, 'l', "den leaders need youth protection training plus the den leader course, both done online. easiest way to get set up is to email your district's training chair, who can also tell you about in-person sessions: training@delmarva-district.example.org"],
    [62, 'l', 'does that help?'],
    [90, 'p', 'yes thx so much'],
    [94, 'l', 'anything else?'],
    [105, 'p', 'nope thats all'],
    [109, 'l', 'good luck with the tigers, bye!! 🐯'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('b1', 'bree-sc', -300, 0), other('b2', 'bree-sc', -50, 60), other('b3', 'bree-sc', 40, 200), other('b4', 'bree-sc', 114, 500)],
  }),

  // 29 partly Spanish: a check-in, no notice, 181 s of final idle
  s(CELIA, '29 la Ley Scout en español (partly Spanish): scouting.org/espanol, "Are you still there? ¿Sigue conectada?" at 160, ended 181 s after the answer (no notice, no thanks)', [
    [0, 'p', 'hola, necesito la ley scout en español para mi hijo, y la promesa tambien'],
    [20, 'l', "Hola! I'm Celia, a librarian at Charles County Public Library — ¡bienvenida!"],
    [26, 'l', '¿La necesita para imprimir o solo para leerla?'],
    [55, 'p', 'para imprimir y ponerla en la pared'],
    [62, 'l', 'La Ley Scout dice: "Un Scout es digno de confianza, leal, servicial, amigable, cortés, bondadoso, obediente, alegre, ahorrativo, valiente, limpio y reverente." La versión para imprimir, con el Juramento, está en scouting.org/espanol. ¿Es lo que buscaba?'],
    [160, 'l', 'Are you still there? ¿Sigue conectada?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 83 }),

  // 30 code "", an offer of more, the patron's last word
  s(DMITRI, '30 folding a flag for a den ceremony: legion.org/flag, "Would you like a script for the whole flag ceremony too?", patron last, code ""', [
    [0, 'p', 'how do u fold a flag the right way? our den is doing the flag ceremony friday'],
    [21, 'l', "Good evening, this is Dmitri at St. Mary's County Library. How can I help with the ceremony?"],
    [27, 'l', 'Is it a full-size flag or a small classroom one?'],
    [50, 'p', 'full size, from the school'],
    [57, 'l', 'Fold it in half lengthwise twice, with the blue field on the outside, then make triangle folds from the striped end until only blue shows, and tuck the end in. The American Legion has a page with a picture of each fold at legion.org/flag.'],
    [63, 'l', 'Would you like a script for the whole flag ceremony too?'],
    [95, 'p', "nah that's everything, thanks!!"],
  ], usual({ complete: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SCOUTING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('14')]:
    'resolution.code: expected fail, got pass ("coded \"Answered\""); followup.contact: expected pass, got na ("not a follow-up session"); followup.on_time: expected pending, got na ("not a follow-up session"). Message 5: "I can also put together a list of Talbot County groups … and e-mail it to you tomorrow. Would that help? What\'s your e-mail?", accepted in message 6 ("yes please! maddie.s@example.com") and sealed in message 7 ("Got it: maddie.s@example.com"), commits the provider to send more later: a follow-up session is one where "the provider promises in the chat to send or find more later", so "the provider promised a follow-up but the code is not a follow-up code" fails the code, the address given and repeated back with "tomorrow" passes followup.contact, and followup.on_time is "pending: not yet recorded and the deadline has not passed" at day 1.',
};

describe('eighty-first round: scouting, badges and youth camps, checked', () => {
  describeSessions('whole sessions', SCOUTING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SCOUTING.filter((c) => c.name in LEFT_WHY));
});
