/**
 * Eighty-third round, theme YOGA, TAI CHI AND MEDITATION CLASSES, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! "ask a librarian" chats: chair yoga for an 82-year-old mother in Catonsville, tai chi
 * for a mother in Wheaton (Spanish), meditation audiobooks for an anxious commuter, prenatal yoga to stream, yoga for a desk
 * worker's back, Yang and Chen tai chi for a community college paper, free yoga at a Pratt branch, borrowing a yoga kit in
 * Frederick, starting to meditate from scratch, a weeknight beginner class near Columbia, a Zen sitting group in Baltimore, a
 * teen mindfulness group for exam stress, 200-hour teacher trainings, tai chi for a husband's arthritis in Bowie, yoga in
 * Spanish for a church group in Germantown (partly Spanish), a Hagerstown tai chi series between seasons, a Sunday yoga class at
 * North East, tai chi on the beach in Ocean City, yoga nidra near Princess Anne, a gentle class in Cumberland, an office
 * wellness day in Largo, tai chi for balance near Langley Park (Spanish, transferred), mindfulness for veterans in Lexington
 * Park, a book club's meditation retreat in Calvert, music licences for a paid church yoga class in Chestertown, outdoor tai
 * chi and qigong in Easton, kids yoga on Kent Island, and readable histories of yoga in Dorchester. Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/yoga-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 21 s (01), exactly 60 s (03: pass), 61 s after the patron's "hello?" at 40 (04: fail), `pickedUpAt` 58 with the
 *   first visible line at 66 (12: pass on the recorded pickup), no provider ever, only the queue's system line (21: fail);
 *  greeting: "Good morning, and thanks for contacting Baltimore County Public Library! I'm Denise" (01); Spanish "¡Hola, buenas
 *   tardes! Le atiende Marisol, bibliotecaria de …" (02); the service and "librarian" with no name, "Hi, welcome to AskUsNow!
 *   You're chatting with a librarian …" (03: pass); "Hi there! 😊" and a question, the name only in the third line (05:
 *   fail); "Hi there! 👋" then "I'm Noor, a librarian with Howard County Library System." (10: split over two lines, pass);
 *   "Jamal, Prince George's County Memorial Library System." and a question, no greeting word (23: fail); chat-speak "hi!
 *   Sunny here, librarian at Talbot County Free Library 😊" (28);
 *  inquiry: who the class is for and in person or at home, the town and mobility, print/e-book/audio, DVD or streaming, the
 *   paper's length and sources, branch or area, guided before or not, drop-in or course, group or alone, weekends, an
 *   arthritis class or any class, group size and venue, which class, sign-up or drop-in, weekly or one-off, paid or free
 *   (music licences), date and headcount, scholarly or readable; a restatement "So you're after a low-cost beginner class on a
 *   weeknight, somewhere around Columbia." in the line that also announces the search (10: pass); the answer straight after
 *   the greeting (08: fail); a clarifying question as the only work before a Lost Call (18);
 *  waits: two holds of exactly 120 s ("Let me look through what we have, one moment." then "Still searching — I've found a
 *   good encyclopedia entry and I'm checking the catalog …") (06: pass); "Let me check the events calendar …, one sec."
 *   answered 121 s later with the patron's "u still there?" between (07: fail); a hold while Teen Services is asked,
 *   answered in 72 s (12); "Of course, take your time." and the patron back 190 s later (13: waiting on the patron, pass); a
 *   transfer notice answered by the receiver 59 s later (24), 125 s later (26: fail); a silent transfer, the receiver 90 s
 *   after the patron (25: pass); "Sorry for the slow reply!" 125 s after the patron with no hold (27: fail); the patron's
 *   last line unanswered for 150 s when the session ends (22: a span still open, pass);
 *  sources: bcpl.info events and Kanopy, activemontgomery.org and a phone, Wherever You Go, There You Are / 10% Happier in
 *   Libby at maryland.overdrive.com, medlineplus.gov, Kanopy through hclibrary.org with the steps, Consumer Health Complete,
 *   nccih.nih.gov, Peter Wayne's Harvard guide and Academic Search Premier, prattlibrary.org, the catalogue at fcpl.org,
 *   hclibrary.org and howardcountymd.gov/rap, Zen Mind, Beginner's Mind, yogaalliance.org, arthritis.org, mcpl.libcal.com,
 *   washcolibrary.org, ccplnet.org, alleganycountylibrary.info, pgparks.com and pgcmls.info, stmalib.org and mobile.va.gov,
 *   calvertcountymd.gov/parks and The Miracle of Mindfulness, freemusicarchive.org and copyright.gov, qaclibrary.org, The
 *   Truth of Yoga and Yoga Body at dorchesterlibrary.org; an organiser's e-mail as the only source (28); only apps named,
 *   Insight Timer and Headspace, no way to reach them (09: fail); no source before a Lost Call (18: fail);
 *  completeness: "Does that answer your question?", "¿Le sirve esta información?", "Did that help?", "Is that what you were
 *   looking for?", "Does this completely answer your question?", "Did that clear it up?", "Is that the kind of thing you had
 *   in mind?", "Does the Yoga Alliance directory help in the meantime?", "Is the arthritis.org page useful for now?", "¿Le
 *   sirve la guía de programas mientras tanto?", "Does that cover the first three?", "¿Es lo que buscaba?", "Does that help
 *   you plan it?", "that help?"; near misses: "Does that work for you?" about the plan to e-mail later (16), no question at
 *   all (17), "Hope that helps!" (29), "Want me to look for a documentary on it too?" (30);
 *  anything else: the provider asks (08, 14, 17, 27); the patron's "thats everything", "es todo, no tengo más preguntas",
 *   "that's all I needed", "that's all", "that's everything i need", "thats all i needed, ty", "eso es todo", "nah, no more
 *   questions, that's plenty"; near misses "ok thanks", "will do" and the provider's "If anything else comes up, feel free to come back!"
 *   (16: fail), the patron's "one more thing" (22), "ok lol fair" (23);
 *  endings: a goodbye 119 s after the answer (09: idle na), 120 s after with "Are you still with me?" between (12: pass), 121 s
 *   after with no check-in (11: fail); "Are you still there?" then "Thanks for chatting, and congratulations again!" 197 s
 *   after the answer (04: idle passes, notice fails); a Lost Call with a clarifying question, "Are you still there?" and
 *   "It looks like you may have disconnected, so I'll close this chat now. Feel free to come back anytime!" exactly 180 s
 *   after the greeting (18); a Lost Call after two patron lines, a check-in and "It looks like you've lost your connection, so
 *   I'm going to close this session." with `endedAt` 181 s after the greeting and no thanks (19: courteous and code fail);
 *   "It looks like you've disconnected or stepped away, so I'll close this chat in a moment. Thanks for stopping by!" 181 s
 *   after the answer, no question (29: idle fails, notice passes); "that's all the time I have for this chat — my shift is
 *   ending, so I need to close it now." (22: dismissal and courteous fail); "I have several other patrons waiting right now.
 *   Could you log back on later …" (23: allowed); the patron's last word after an offer of more (30: courteous fails);
 *  referrals: a senior centre by phone in Spanish (02: pass); the provider's own branch front desk by phone (07: pass); a Zen
 *   group by street address only (11: pass); a parks fitness office by phone and a meditation collective to "ask at" with no
 *   way to reach it (23: fail, every party); an organiser by e-mail (28: pass); not referrals: classes and events described at
 *   a branch or centre (01, 10, 24, 25, 29), Teen Services asked on the patron's behalf (12), the patron's library to phone
 *   the patron (15), the patron's own "i'll just swing by the branch" (17);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done 69 h after `endedAt`, written in +00:00 (13: pass); a
 *   promise to call the senior centre and e-mail "tomorrow by noon", e-mail read back, coded Answered (14: code fails, contact
 *   passes, on_time pending at day 1); FU_LIB in Spanish, a phone typed with spaces and read back, "el jueves", done at 76 h
 *   (15: contact passes, on_time fails); FU_ME, "e-mail you … within 72 hours" at the sign-in address, known only from
 *   `patron.email` (16: code passes, contact fails, on_time pending at day 2); FU_ME, "get back to you", no e-mail or phone
 *   anywhere, nothing recorded at day 4 (17: code, contact and on_time fail);
 *  codes: Answered; the field left out (03: na); a Lost Call with one patron line (18: pass) and with two (19: fail);
 *   Practice (20); null with no provider (21); "" (30);
 *  transfers: a notice (a hold) and a note to Luz saying why (24: pass); a note only (25: fail); a notice only (26: fail);
 *  concurrency: three others overlapping, four at once from 30 s to 100 s (27: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass); the transferring provider with two others during
 *   her part and a third starting after the transfer (25: pass, she is judged over 0–70 s only).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a class, group or event the provider describes (its place, day and time, and where it is listed) answers the patron's
 *   question and is not a referral: the patron is not told to call, write to, ask or visit anyone (01, 10, 12, 24, 25, 29);
 *   a referral is that instruction: "llame a la recepción del centro" (02), "call the Southeast Anchor's front desk" (07: the
 *   provider's own library's branch, told to contact it), "visit the group at …" (11), "ask at the Greenbelt Mindfulness
 *   Collective" (23), "e-mail the organizer at …" (28);
 * - the organiser's e-mail is "an e-mail … contact for a referral", so it is a source though nothing else is given (28);
 * - "apps like Insight Timer or Headspace" name apps without a way to reach them: not a source (09); Spotify named in passing
 *   does not matter where other sources are given (27);
 * - "Hi, welcome to AskUsNow! You're chatting with a librarian …" identifies the service and "librarian" without a name (03:
 *   pass); "Jamal, Prince George's County Memorial Library System." identifies but greets no one, and the next provider line
 *   does not greet either (23: fail);
 * - `resolutionCode: undefined` is the field left out (a JSON transcript cannot carry it), so the source has no codes (03: na);
 * - a restatement in the line that also announces the search ("So you're after … Let me take a look, one moment.") comes
 *   before the first line that gives a source (10: pass); that line is also a hold;
 * - "Let me ask our teen services staff what's coming up, hang on a minute." is a hold, so the final idle begins at the answer
 *   after it (12: 120 s); the staff asked by internal message are consulted on the patron's behalf, not a referral;
 * - "Still searching — I've found a good encyclopedia entry and I'm checking the catalog for books now." gives a partial
 *   result and says the search goes on: a hold (06);
 * - "Of course, take your time." tells the patron to take their time: not a hold, so the 190 s after it is waiting on the
 *   patron (13);
 * - "Sorry for the slow reply!" is the answer itself, 125 s after the patron's line with no hold between (27: fail);
 * - the patron's "oh. ok" after the dismissal, never answered, is a span still open when the session ends (22: not counted);
 * - "that's all the time I have for this chat — my shift is ending, so I need to close it now" tells the patron their time is
 *   up and ends the help for the provider's convenience with no way back (22: fail); "Sorry" thanks no one (22: courteous
 *   fails); "I have several other patrons waiting right now. Could you log back on later, or come back tomorrow …" is the
 *   allowed ending (23);
 * - "Does that work for you?" after "I'll … e-mail you the new start date within 72 hours" asks about the arrangement, not
 *   whether the information already given meets the need (16: completeness fails);
 * - "If anything else comes up, feel free to come back!" invites the patron back but does not ask whether they need anything
 *   else; "ok thanks" and "will do" do not say they are done (16: fails);
 * - "Does the Yoga Alliance directory help in the meantime?" (13), "Is the arthritis.org page useful for now?" (14), "¿Le
 *   sirve la guía de programas mientras tanto?" (15), "Does that cover the first three?" (23), "Does that help you plan it?"
 *   (26) ask whether what was given meets the need; "Want me to look for a documentary on it too?" offers something not yet
 *   given (30: fails); "Hope that helps!" asks nothing (29: fails);
 * - "es todo, no tengo más preguntas" (02), "eso es todo" (15), "es todo" (24), "that's all" (05), "nah, no more questions,
 *   that's plenty" (30) say explicitly that the patron is done;
 * - a Lost Call where the provider greeted and asked a clarifying question: the question makes a substantive exchange ("a
 *   clarifying question counts"), so clarify passes (no source ever, any such question counts), source, completeness and
 *   anything-else fail, and the code passes because the patron sent only the question (18);
 * - "It looks like you've lost your connection, so I'm going to close this session." is the notice but thanks no one and
 *   invites no one back, so it is not a goodbye: the final idle runs to `endedAt` (19: 181 s), and courteous fails;
 * - "It looks like you've disconnected or stepped away, so I'll close this chat in a moment. Thanks for stopping by!" tells the
 *   patron they seem disconnected and that the chat will end, and thanks them (a goodbye, so the idle ends there: 181 s), but
 *   asks nothing (29: idle fails, notice passes);
 * - in 04 the final idle starts at the answer (the first non-hold provider line after the patron's last line), not at the
 *   completeness question after it: 197 s;
 * - a follow-up recorded at a time written with +00:00 is measured in elapsed hours: 69 h after `endedAt` (13: pass);
 * - "I'll check with the program coordinator and e-mail you … at the address you signed in with" does not confirm the e-mail
 *   in the chat (16: contact fails; the code passes on `patron.email`);
 * - "Let me ask the North East branch manager and get back to you" promises more later (17, coded FU_ME anyway);
 * - a transferred session counts for the transferring provider until the transfer only (25: her third other session starts
 *   after it, so three at most);
 * - "Namaste, and thanks for chatting!" (27), "enjoy, bye! 🌿" (28) are goodbyes.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (11, 14, 16, 23). Label corrections: none (each disagreement reread against
 * RUBRIC.md; every label stood).
 * Final: 26 running, 4 LEFT (LEFT_WHY: "visit the group at 3100 Greenmount Avenue" not read as a referral, 11; "Is the
 * arthritis.org page useful for now?" not read as the completeness question, 14; "Does that work for you?", asked about the
 * plan to e-mail the start date later, read as the completeness question, 16; "ask at the Greenbelt Mindfulness Collective"
 * not read as a second party referred to, with no way to reach it, 23).
 * ON v71 AS LANDED (block AK): 11, 14 and 23 read as labelled and run ("visit the group at 3100 Greenmount Avenue, …": AK7, what is
 *   visited at a street address is a party with its way; "Is the arthritis.org page useful for now?": AK9; "ask at the Greenbelt
 *   Mindfulness Collective": AK5, a collective is a party, so it is a second party with no way): 29 running, 1 LEFT (16).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** ISO time written in UTC (+00:00), `sec` seconds after T0. */
const utc = (sec: number): string => `${new Date(T0 + sec * 1000).toISOString().slice(0, 19)}+00:00`;

const DENISE: Prov = { id: 'denise-yg', name: 'Denise', library: 'BCPL' };
const MARISOL: Prov = { id: 'marisol-yg', name: 'Marisol', library: 'MCPL' };
const KWAME: Prov = { id: 'kwame-yg', name: 'Kwame', library: 'AUN' };
const LILA: Prov = { id: 'lila-yg', name: 'Lila', library: 'HCLS' };
const MARCUS: Prov = { id: 'marcus-yg', name: 'Marcus', library: 'HCPL-MD' };
const PRIYANKA: Prov = { id: 'priyanka-yg', name: 'Priyanka', library: 'AACPL' };
const TERRELL: Prov = { id: 'terrell-yg', name: 'Terrell', library: 'EPFL' };
const HANNAH: Prov = { id: 'hannah-yg', name: 'Hannah', library: 'FCPL-MD' };
const GRACE: Prov = { id: 'grace-yg', name: 'Grace', library: 'CCPL-MD' };
const NOOR: Prov = { id: 'noor-yg', name: 'Noor', library: 'HCLS' };
const ABE: Prov = { id: 'abe-yg', name: 'Abe', library: 'AUN' };
const BETTY: Prov = { id: 'betty-yg', name: 'Betty', library: 'EPFL' };
const CORINNE: Prov = { id: 'corinne-yg', name: 'Corinne', library: 'MCPL' };
const DIEGO: Prov = { id: 'diego-yg', name: 'Diego', library: 'PGCMLS' };
const ESPERANZA: Prov = { id: 'esperanza-yg', name: 'Esperanza', library: 'AUN' };
const FIONA: Prov = { id: 'fiona-yg', name: 'Fiona', library: 'WCFL' };
const GUS: Prov = { id: 'gus-yg', name: 'Gus', library: 'CCPL-CE' };
const BETH: Prov = { id: 'beth-yg', name: 'Beth', library: 'WOCL' };
const TOM: Prov = { id: 'tom-yg', name: 'Tom', library: 'SCL-MD' };
const TRAINEE: Prov = { id: 'trainee-yg', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-yg', name: 'Queue', library: 'VRQ' };
const IRIS: Prov = { id: 'iris-yg', name: 'Iris', library: 'ACLS' };
const JAMAL: Prov = { id: 'jamal-yg', name: 'Jamal', library: 'PGCMLS' };
const KEVIN: Prov = { id: 'kevin-yg', name: 'Kevin', library: 'AUN' };
const LUZ: Prov = { id: 'luz-yg', name: 'Luz', library: 'AUN' };
const MAEVE: Prov = { id: 'maeve-yg', name: 'Maeve', library: 'AUN' };
const NATE: Prov = { id: 'nate-yg', name: 'Nate', library: 'SMCL' };
const OLIVIA: Prov = { id: 'olivia-yg', name: 'Olivia', library: 'CCPL-CA' };
const PETE: Prov = { id: 'pete-yg', name: 'Pete', library: 'CCPL-CA' };
const RUTH: Prov = { id: 'ruth-yg', name: 'Ruth', library: 'KCPL' };
const SUNNY: Prov = { id: 'sunny-yg', name: 'sunny_tcfl', library: 'TCFL' };
const TANYA: Prov = { id: 'tanya-yg', name: 'Tanya', library: 'QACL' };
const VERA: Prov = { id: 'vera-yg', name: 'Vera', library: 'DCPL' };

const s = session;

export const YOGA: SessionCase[] = [
  // 01 the plain good session
  s(DENISE, '01 chair yoga for an 82-year-old mother near Catonsville: in person or videos asked, bcpl.info events + Kanopy, "thats everything"', [
    [0, 'p', 'hi! my mom is 82 and her dr said chair yoga would help her balance. does the library do anything like that near catonsville?'],
    [21, 'l', "Good morning, and thanks for contacting Baltimore County Public Library! I'm Denise, one of the librarians."],
    [27, 'l', 'Would she rather go to a class in person, or follow along with videos at home? Or both?'],
    [70, 'p', 'in person if possible, she likes being around people. she doesnt drive tho so it has to be close'],
    [79, 'l', "The Catonsville branch has a free Chair Yoga class on Tuesday mornings at 10:30 in the meeting room, no registration needed. The dates are on bcpl.info under Events (filter by Catonsville and 'Health & Wellness'). For the weeks she can't make it, Kanopy has a gentle chair yoga series she can stream with her library card."],
    [85, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes!! thats everything, shes going to be so excited'],
    [126, 'l', 'Wonderful! Tell her to enjoy the class, and thanks for chatting with us.'],
  ], usual()),

  // 02 Spanish: a senior centre by phone
  s(MARISOL, '02 tai chi para mamá en Wheaton (Spanish): "Le atiende Marisol, bibliotecaria", the senior centre by phone + activemontgomery.org, "es todo, no tengo más preguntas"', [
    [0, 'p', 'hola buenas tardes, busco clases de tai chi para mi mamá, tiene 70 años. hay algo gratis?'],
    [24, 'l', '¡Hola, buenas tardes! Le atiende Marisol, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [30, 'l', '¿En qué zona vive su mamá? ¿Y camina bien, o necesitaría algo sentada?'],
    [72, 'p', 'vive en wheaton, camina bien pero despacito'],
    [80, 'l', 'El Holiday Park Senior Center, en Wheaton, tiene tai chi para principiantes dos veces por semana y es gratis para mayores de 60. Para inscribirla, llame a la recepción del centro al 240-555-0142. También puede ver todas las clases del condado en activemontgomery.org (busque «tai chi»).'],
    [86, 'l', '¿Le sirve esta información?'],
    [125, 'p', 'sí muchísimas gracias!! es todo, no tengo más preguntas'],
    [131, 'l', '¡Con mucho gusto! Que lo disfrute su mamá. Gracias por escribirnos 🙂'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; the service without a name; the code field left out
  s(KWAME, '03 meditation audiobooks for an anxious commuter: pickup at exactly 60 s, "welcome to AskUsNow! You\'re chatting with a librarian", Libby, code left out', [
    [0, 'p', "i've been having a lot of anxiety lately and someone said meditation helps. any books for total beginners?"],
    [60, 'l', "Hi, welcome to AskUsNow! You're chatting with a librarian from Maryland's statewide service."],
    [66, 'l', "I'm sorry you've been dealing with that. Do you prefer print books, e-books, or audiobooks you could listen to?"],
    [100, 'p', 'audiobook would be great, i commute like an hour each way'],
    [108, 'l', "Two good ones for beginners: Wherever You Go, There You Are by Jon Kabat-Zinn, and 10% Happier by Dan Harris, which is funny and written by a skeptic. Both are audiobooks in Libby, through Maryland's digital library at maryland.overdrive.com. And MedlinePlus has a plain-language page on anxiety at medlineplus.gov/anxiety.html if you want to read more."],
    [114, 'l', 'Did that help?'],
    [150, 'p', "yes thank you so much, that's all I needed 🙏"],
    [156, 'l', "You're very welcome. Take good care of yourself, and thanks for reaching out!"],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 04 pickup at 61 s; the patron vanishes after the answer: a check-in, a goodbye 197 s after the answer, no notice
  s(LILA, '04 prenatal yoga to stream: "hello?" at 40, pickup at 61 s, Kanopy through hclibrary.org, "Are you still there?", goodbye 197 s after the answer', [
    [0, 'p', 'do you have prenatal yoga videos? 2nd trimester, my back is killing me'],
    [40, 'p', 'hello?'],
    [61, 'l', 'Hi, sorry to keep you waiting! This is Lila, a librarian at Howard County Library System.'],
    [67, 'l', 'Congratulations! Are you looking for DVDs to borrow, or something you can stream right away?'],
    [95, 'p', 'stream pls, i dont have a dvd player lol'],
    [103, 'l', "Kanopy has several prenatal yoga classes you can stream free with your HCLS card: go to hclibrary.org, then Research & Resources > Streaming, pick Kanopy and search 'prenatal yoga'. Hoopla, on the same page, has a few more."],
    [109, 'l', 'Is that what you were looking for?'],
    [205, 'l', 'Are you still there?'],
    [300, 'l', 'Thanks for chatting, and congratulations again!'],
  ], usual({ pickup: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 05 no identification in the first two provider lines
  s(MARCUS, '05 yoga for a desk worker\'s lower back: "Hi there! 😊" and a question, the name only in the third line (greeting fails), Consumer Health Complete', [
    [0, 'p', 'whats the best yoga for lower back pain? i sit at a desk all day'],
    [18, 'l', 'Hi there! 😊'],
    [23, 'l', 'Are you looking for a class to take, or something you can read or follow at home?'],
    [55, 'p', 'at home, i dont have time for classes'],
    [60, 'l', "Oh, and I'm Marcus, a librarian at Harford County Public Library, sorry for not saying so up front!"],
    [68, 'l', "Consumer Health Complete has articles and short videos on yoga for low back pain, reviewed by clinicians; it's at hcplonline.org under Research > Health. The NIH's complementary health center also has a page on yoga for back pain at nccih.nih.gov."],
    [74, 'l', 'Does that help?'],
    [110, 'p', "yes, that's exactly what i wanted, that's all"],
    [115, 'l', 'Great! Feel better, and thanks for chatting.'],
  ], usual({ greeting: 'fail' })),

  // 06 two holds of exactly 120 s
  s(PRIYANKA, '06 Yang and Chen tai chi for a wellness-class paper: hold at 68, "Still searching" at 188, answer at 308 (two spans of exactly 120 s), the catalog at aacpl.net', [
    [0, 'p', 'hi, writing a paper for my AACC wellness class on the history of tai chi. whats the difference between yang style and chen style?'],
    [20, 'l', "Hello, and welcome to Anne Arundel County Public Library's Ask a Librarian! I'm Priyanka."],
    [26, 'l', 'How long does the paper need to be, and does your professor want scholarly sources or are books fine?'],
    [62, 'p', '6 pages, at least 2 books and 1 article'],
    [68, 'l', 'Let me look through what we have, one moment.'],
    [188, 'l', "Still searching — I've found a good encyclopedia entry and I'm checking the catalog for books now."],
    [308, 'l', "Here's what I found. Chen style is the older one, from Chen Village in Henan; it mixes slow movements with bursts of speed and stamping. Yang style grew out of it in the 1800s and stays slow and even all the way through, which is why most classes teach it. For books: The Harvard Medical School Guide to Tai Chi by Peter Wayne, and Tai Chi Chuan: Classical Yang Style by Yang Jwing-Ming, both in our catalog at aacpl.net. For the article, Academic Search Premier (aacpl.net > Research) has peer-reviewed pieces; try 'tai chi AND history'."],
    [314, 'l', 'Does this completely answer your question?'],
    [350, 'p', "yes this is perfect, that's everything i need. thank you!!"],
    [356, 'l', 'Good luck with the paper, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 07 a hold answered 121 s later; the provider's own branch to call
  s(TERRELL, '07 free yoga at a Pratt branch (Highlandtown): "Let me check the events calendar" answered 121 s later, "u still there?" between, the branch desk by phone', [
    [0, 'p', 'does pratt have yoga classes?? free ones'],
    [15, 'l', "Hi! I'm Terrell, a librarian at the Enoch Pratt Free Library. Happy to help."],
    [21, 'l', 'Which branch is closest to you, or what part of the city are you in?'],
    [45, 'p', 'highlandtown / canton area'],
    [52, 'l', 'Let me check the events calendar for that area, one sec.'],
    [130, 'p', 'u still there?'],
    [173, 'l', "Sorry about that! The Southeast Anchor Library on Eastern Avenue has a free Gentle Yoga class on Saturdays at 11, mats provided; it's listed at prattlibrary.org under Events. Space is limited, so to save a spot call the Southeast Anchor's front desk at 410-555-0188."],
    [179, 'l', 'Did that help?'],
    [210, 'p', "yes thx, that's all I needed"],
    [215, 'l', 'Enjoy the class, and thanks for chatting with Pratt!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 no question before the source
  s(HANNAH, '08 borrowing a yoga mat in Frederick: the answer at once with no question, "yoga kit" in the catalog at fcpl.org, "Did that clear it up?"', [
    [0, 'p', 'random q but do any of the frederick libraries lend out yoga mats? want to try before buying one'],
    [17, 'l', 'Hello, and thanks for contacting Frederick County Public Libraries! Hannah here.'],
    [23, 'l', "Yes! Our Library of Things has yoga kits (a mat, two blocks and a strap) you can check out for three weeks. Search 'yoga kit' in the catalog at fcpl.org to see which branches have one on the shelf and to place a hold."],
    [29, 'l', 'Did that clear it up?'],
    [55, 'p', 'omg yes, perfect'],
    [60, 'l', 'Is there anything else I can help you with?'],
    [80, 'p', 'no, thanks!'],
    [85, 'l', 'Have fun trying it out! Bye 👋'],
  ], usual({ clarify: 'fail' })),

  // 09 no source (apps named only); a goodbye 119 s after the answer
  s(GRACE, '09 starting to meditate from scratch: breath counting from memory, "apps like Insight Timer or Headspace" (no source), goodbye 119 s after the answer', [
    [0, 'p', 'how do i actually start meditating? i tried once and my brain would not shut up lol'],
    [19, 'l', 'Hello! This is Grace, a librarian at Carroll County Public Library.'],
    [25, 'l', 'Have you tried any guided meditation before, or only sitting in silence?'],
    [58, 'p', 'just silence, like 2 min and gave up'],
    [66, 'l', "That's really common! Start with 5 minutes, sitting comfortably, and count your breaths from one to ten, then start over. When your mind wanders (it will), notice it and go back to one; that noticing is the actual practice. Guided sessions make it easier at first: apps like Insight Timer or Headspace have free beginner ones. Does that answer your question?"],
    [185, 'l', 'Thanks for chatting, and good luck with the 5 minutes!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 10 greeting over two lines; a restatement with a hold
  s(NOOR, '10 a weeknight beginner class near Columbia: "Hi there! 👋" then "I\'m Noor, a librarian", "So you\'re after …" restated with a hold, hclibrary.org', [
    [0, 'p', 'looking for a beginner yoga class thats free or cheap, weeknights bc i work til 5. i live in columbia'],
    [20, 'l', 'Hi there! 👋'],
    [24, 'l', "I'm Noor, a librarian with Howard County Library System."],
    [30, 'l', "So you're after a low-cost beginner class on a weeknight, somewhere around Columbia. Let me take a look, one moment."],
    [118, 'l', "A couple of options: the East Columbia branch has a free Yoga for Beginners series on Wednesdays at 6:30 pm; register at hclibrary.org under Classes & Events. Howard County Recreation & Parks also runs evening beginner classes, about $10 a session; the schedule is at howardcountymd.gov/rap (search 'yoga')."],
    [124, 'l', 'Did that help?'],
    [160, 'p', 'yes!! wednesday works. thats all i needed, ty'],
    [165, 'l', 'Yay, enjoy your first class! Thanks for chatting with HCLS.'],
  ], usual()),

  // 11 a referral by street address; a goodbye 121 s after the answer, no check-in
  s(ABE, '11 a Zen sitting group in Baltimore: visit the group at 3100 Greenmount Avenue (address only), Zen Mind, Beginner\'s Mind, goodbye 121 s later', [
    [0, 'p', 'is there a place in baltimore where you can learn zen meditation, like with a real teacher? not an app'],
    [22, 'l', "Hello! You've reached Abe, a librarian with AskUsNow!."],
    [28, 'l', 'Are you looking for a drop-in group, or a longer course with a teacher?'],
    [64, 'p', 'drop in first, see if i like it'],
    [72, 'l', "The Waverly Zen Circle holds free drop-in sitting with instruction for newcomers on Sunday mornings. To try it, visit the group at 3100 Greenmount Avenue, Baltimore, MD 21218, on a Sunday around 9:30. For some background before you go, Zen Mind, Beginner's Mind by Shunryu Suzuki is in Pratt's catalog at prattlibrary.org. Is that the kind of thing you had in mind?"],
    [193, 'l', 'Thanks for chatting — I hope the first sit goes well!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 pickedUpAt 58; Teen Services asked on the patron's behalf; a check-in, goodbye 120 s after the answer
  s(BETTY, '12 a teen mindfulness group for exam stress: pickedUpAt 58 (first line 66), Teen Services asked, prattlibrary.org, "Are you still with me?", goodbye at 120 s', [
    [0, 'p', 'hi my daughter is 15 and stressed about exams. does the library have any meditation or mindfulness thing for teens?'],
    [66, 'l', "Hello, and thanks for waiting! I'm Betty, a librarian at the Enoch Pratt Free Library."],
    [72, 'l', 'Would she want a group she goes to, or something she can do on her own with headphones?'],
    [100, 'p', "group i think, she likes her friends being there. we're near the central library"],
    [108, 'l', "Let me ask our teen services staff what's coming up, hang on a minute."],
    [112, 'i', 'Marcy, any teen mindfulness/meditation programs at Central this spring? Parent on chat, 15yo, exam stress.'],
    [180, 'l', "Our teen services librarian says Central's teen space runs a Mindful Mondays group for ages 13–18, Mondays at 4 pm through May, no sign-up needed. It's on prattlibrary.org under Events > Teens. Is that what you were looking for?"],
    [265, 'l', 'Are you still with me?'],
    [300, 'l', "I'll close the chat for now. Thanks for reaching out, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' }), { pickedUpAt: at(58) }),

  // 13 FU_ME done right: e-mail read back, "by Thursday", done 69 h later (written in +00:00); "take your time"
  s(CORINNE, '13 200-hour yoga teacher trainings: "Of course, take your time." (190 s away), yogaalliance.org, e-mail read back, "by Thursday", done at 69 h', [
    [0, 'p', 'hi, i want to do a 200 hour yoga teacher training somewhere in montgomery county. how do i know which ones are legit?'],
    [20, 'l', "Hi there, thanks for contacting Montgomery County Public Libraries! I'm Corinne, a librarian."],
    [26, 'l', 'Do you need weekend-only programs, or could you do weekdays too?'],
    [40, 'p', 'weekends. hold on let me check my work schedule for the fall'],
    [46, 'l', 'Of course, take your time.'],
    [236, 'p', 'ok back! weekends only, starting sept or later'],
    [244, 'l', "Most studios follow the Yoga Alliance standard; a 'RYT 200' school is registered with them, and you can search registered schools by zip code in the directory at yogaalliance.org. I'd also like to check which weekend programs near you start in the fall and send you a short list. What's the best e-mail for that?"],
    [280, 'p', 'jen.okafor@example.com'],
    [286, 'l', "Thanks! So that's jen.okafor@example.com. I'll send the list by Thursday. Does the Yoga Alliance directory help in the meantime?"],
    [320, 'p', "yes, that's really helpful. that's all i need for now!"],
    [326, 'l', 'Great, talk to you by Thursday. Thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: utc(331 + 69 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 14 a promise coded Answered
  s(DIEGO, '14 tai chi for a husband\'s arthritis in Bowie: arthritis.org, "I can call the senior center tomorrow morning and e-mail you", e-mail read back, coded Answered', [
    [0, 'p', 'hello, my husband has arthritis in his knees and we heard tai chi helps. are there classes in bowie?'],
    [22, 'l', "Good afternoon! I'm Diego, a librarian at Prince George's County Memorial Library System. Thanks for writing in."],
    [28, 'l', 'Is he looking for a class made for arthritis, or would any beginner tai chi class work?'],
    [60, 'p', "one for arthritis would be best, he's 68"],
    [68, 'l', "The Tai Chi for Arthritis program is designed for exactly that; the Arthritis Foundation explains it and lists classes at arthritis.org (search 'tai chi'). The Bowie Senior Center runs it some seasons, but their spring schedule isn't online yet."],
    [74, 'l', 'I can call the senior center tomorrow morning and e-mail you their spring tai chi dates. What e-mail should I use?'],
    [110, 'p', 'that would be great. its rgarcia.bowie@example.net'],
    [116, 'l', "Got it, rgarcia.bowie@example.net. You'll hear from me tomorrow by noon. Is the arthritis.org page useful for now?"],
    [150, 'p', 'yes, thank you very much'],
    [156, 'l', 'Anything else I can help with today?'],
    [175, 'p', "no that's all"],
    [180, 'l', 'Thanks, and I hope he enjoys tai chi. Bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' }), {}, { now: T0 + DAY }),

  // 15 FU_LIB in Spanish, a phone read back, "el jueves", done at 76 h
  s(ESPERANZA, '15 yoga en español para un grupo de la iglesia en Germantown (partly Spanish): mcpl.libcal.com, phone read back, "el jueves", done at 76 h', [
    [0, 'p', 'Hi, necesito clases de yoga en español para mi grupo de señoras de la iglesia, en Germantown. Is there anything like that?'],
    [25, 'l', '¡Hola! Hi! Soy Esperanza, bibliotecaria de AskUsNow!, el chat de las bibliotecas de Maryland. Puedo ayudarle en español.'],
    [31, 'l', '¿Cuántas señoras serían, y buscan una clase en un lugar fijo o que una instructora vaya a la iglesia?'],
    [80, 'p', 'como 12. si alguien puede venir a la iglesia mejor, tenemos salón'],
    [90, 'l', 'No encuentro clases de yoga en español en Germantown ahora mismo: la guía de programas de la biblioteca, en mcpl.libcal.com, no tiene ninguna. Pero la sucursal de Germantown a veces organiza programas de bienestar para grupos. Puedo pedir que alguien de la biblioteca de Germantown le llame para ver si pueden mandar una instructora. ¿A qué número le pueden llamar?'],
    [130, 'p', '301 555 0134, me llamo Carmen'],
    [137, 'l', 'Gracias, Carmen: 301-555-0134. Alguien de Germantown le llamará el jueves. ¿Le sirve la guía de programas mientras tanto?'],
    [170, 'p', 'si gracias, eso es todo'],
    [176, 'l', '¡Con gusto! Gracias por escribirnos, y saludos al grupo.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(181 + 76 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 16 FU_ME, the e-mail only in patron.email, "within 72 hours", pending at day 2; near misses on completeness and anything else
  s(FIONA, '16 a Hagerstown tai chi series between seasons: washcolibrary.org, "e-mail you … within 72 hours" at the sign-in address, "Does that work for you?", pending at day 2', [
    [0, 'p', "hello, I'm trying to find out when the next tai chi for beginners session starts at the Hagerstown library"],
    [21, 'l', 'Hi! This is Fiona at Washington County Free Library. Thanks for your question.'],
    [27, 'l', 'Do you mean the class at our central library downtown, or one at a branch?'],
    [55, 'p', 'the downtown one, it was on thursday evenings last fall'],
    [62, 'l', "The fall series has ended, and the spring dates aren't in our calendar at washcolibrary.org yet. I'll check with the program coordinator and e-mail you the new start date within 72 hours, at the address you signed in with. Does that work for you?"],
    [90, 'p', 'ok thanks'],
    [96, 'l', 'If anything else comes up, feel free to come back!'],
    [110, 'p', 'will do'],
    [114, 'l', 'Thanks for chatting, bye!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 't.bauer@example.org', phone: null } }, { now: T0 + 2 * DAY }),

  // 17 FU_ME with no contact anywhere, nothing recorded at day 4
  s(GUS, '17 the Sunday yoga at North East: ccplnet.org, "Let me ask the branch manager and get back to you", no e-mail or phone, FU_ME, not recorded at day 4', [
    [0, 'p', 'hey is the sunday morning yoga at the north east library still happening? cant find it online'],
    [19, 'l', "Hey, welcome to Cecil County Public Library's chat! I'm Gus."],
    [25, 'l', 'Is it the all-levels one in the community room you mean?'],
    [50, 'p', 'yeah that one, with the lady with the singing bowl'],
    [57, 'l', "It's not on our events calendar at ccplnet.org right now, so it may be on a break. Let me ask the North East branch manager and get back to you on whether it's coming back."],
    [85, 'p', "ok cool. i dont really check email tho, i'll just swing by the branch sometime"],
    [92, 'l', 'Sounds good! Is there anything else I can look up for you?'],
    [110, 'p', 'nah thats it'],
    [114, 'l', 'Thanks for stopping by the chat, take care!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 18 a Lost Call after a clarifying question: the only work is the question
  s(BETH, '18 tai chi on the beach in Ocean City (Lost Call): greeting and a clarifying question, "Are you still there?", "looks like you may have disconnected … come back anytime" 180 s after the greeting', [
    [0, 'p', 'do you guys know of any tai chi on the beach in ocean city this summer'],
    [25, 'l', "Hello, thanks for contacting Worcester County Library! I'm Beth, a librarian."],
    [31, 'l', 'Are you hoping for a class you sign up for, or more of a free drop-in group?'],
    [160, 'l', 'Are you still there?'],
    [205, 'l', "It looks like you may have disconnected, so I'll close this chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after two patron lines; greeting only; a notice without thanks, 181 s of final idle
  s(TOM, '19 yoga nidra near Princess Anne (Lost Call, two patron lines): greeting only, "Are you still there?", "lost your connection … close this session" at 181 s, no thanks', [
    [0, 'p', 'whats the difference between yoga nidra and regular meditation'],
    [30, 'p', 'and is there a class anywhere near princess anne'],
    [45, 'l', 'Hi, this is Tom at Somerset County Library. Thanks for your patience!'],
    [170, 'l', 'Are you still there?'],
    [226, 'l', "It looks like you've lost your connection, so I'm going to close this session."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (a meditation class script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat, meditation class question'],
    [8, 'l', 'Practice reply: see the calendar at samplelibrary.org/events'],
    [20, 'p', 'ok ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined
  s(QUEUE, '21 kids yoga at the Salisbury library: no provider ever joined, "hello??", "nvm", patron left, code null', [
    [0, 'p', 'is there a yoga class at the salisbury library for kids? my son is 7'],
    [3, 's', 'Thanks for your patience — a librarian will be with you shortly.'],
    [130, 'p', 'hello??'],
    [190, 'p', 'nvm'],
    left(195),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 dismissed: "that's all the time I have … my shift is ending"; the patron's last line never answered
  s(IRIS, '22 a gentle beginner class in Cumberland: alleganycountylibrary.info, "that\'s all the time I have for this chat — my shift is ending", "oh. ok" left unanswered', [
    [0, 'p', 'hi i want to start yoga but im pretty overweight and kind of nervous. any classes in cumberland that are beginner friendly?'],
    [18, 'l', "Hello! I'm Iris, a librarian at Allegany County Library System."],
    [24, 'l', 'Would you rather start at home first, or go straight to a class?'],
    [60, 'p', 'maybe a class, but like a gentle one where nobody is judging'],
    [68, 'l', 'The Washington Street Library in Cumberland hosts a free Gentle Yoga hour on the first Saturday of each month, and the teacher offers chairs and modifications for every pose. It\'s in the events calendar at alleganycountylibrary.info. Did that help?'],
    [100, 'p', 'yes! one more thing, do i need to bring my own mat? and is there a saturday one at the lavale branch too?'],
    [110, 'l', "Sorry, that's all the time I have for this chat — my shift is ending, so I need to close it now."],
    [125, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }), { endAfter: 150 }),

  // 23 the allowed "other patrons waiting"; two parties, one with no way to reach it; no greeting word
  s(JAMAL, '23 an office wellness day in Largo: "Jamal, Prince George\'s County …" (no greeting), a parks office by phone + a collective to "ask at", "other patrons waiting"', [
    [0, 'p', 'im organizing a wellness day at my office in largo. need a yoga teacher, a tai chi demo, a meditation speaker, and ideas for healthy snacks. also is there grant money for this'],
    [20, 'l', "Jamal, Prince George's County Memorial Library System. What's the date of the wellness day, and about how many people?"],
    [55, 'p', 'april 18, maybe 40 people'],
    [63, 'l', "For the yoga and tai chi parts, the county Parks and Recreation fitness office books instructors for community events; call them at 301-555-0190. For the meditation talk, ask at the Greenbelt Mindfulness Collective, they sometimes send a speaker. For snacks, MedlinePlus has printable healthy-eating tips at medlineplus.gov/nutrition.html."],
    [69, 'l', 'Does that cover the first three?'],
    [100, 'p', 'kinda. also grant money? and can the library host it instead? and do u have yoga mats we can borrow? and can u make a flyer'],
    [108, 'l', "That's a long list, and I have several other patrons waiting right now. Could you log back on later, or come back tomorrow, and we'll go through the rest one at a time? We'll be glad to help."],
    [125, 'p', 'ok lol fair'],
    [130, 'l', 'Thanks for understanding, talk soon!'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'fail' })),

  // 24 a transfer with a notice and a note (to a Spanish-speaking librarian)
  s(KEVIN, '24 tai chi para el equilibrio cerca de Langley Park: "Le transfiero a mi compañera Luz", a note why, Luz in Spanish, pgparks.com + pgcmls.info', [
    [0, 'p', 'buenas, mi papá tiene 74 años y el doctor le dijo que haga tai chi para el equilibrio. hay clases en spanish cerca de langley park?'],
    [20, 'l', "Hi, this is Kevin with AskUsNow!, a librarian. My Spanish isn't great, so I'll connect you with a colleague who can help in Spanish."],
    [26, 'l', 'Le transfiero a mi compañera Luz, que habla español. Un momento, por favor.'],
    [29, 'i', 'Luz, Spanish-speaking patron, tai chi for balance for her 74 y/o father near Langley Park — can you take it? Thanks!'],
    xfer(32, 'Luz', 'luz-yg'),
    [85, 'l', '¡Hola! Soy Luz, bibliotecaria de AskUsNow!. ¿Su papá puede ir en autobús, o necesita algo muy cerca de casa?', as(LUZ)],
    [120, 'p', 'muy cerca, no maneja'],
    [128, 'l', 'El centro comunitario de Langley Park tiene tai chi para mayores los martes y jueves por la mañana, y es gratis. El horario está en la guía de programas de Parks and Recreation en pgparks.com (busque «tai chi»). También hay libros de tai chi en español en el catálogo de la biblioteca, en pgcmls.info.', as(LUZ)],
    [134, 'l', '¿Es lo que buscaba?', as(LUZ)],
    [170, 'p', 'sí perfecto, es todo, gracias!'],
    [176, 'l', '¡Gracias a usted! Que le vaya muy bien a su papá.', as(LUZ)],
  ], usual({ transfer: 'pass' })),

  // 25 a silent transfer: a note only; concurrency judged over the transferring provider's part
  s(MAEVE, '25 mindfulness for veterans in Lexington Park: a note to Nate, the transfer with no word to the patron, stmalib.org, Maeve\'s third other chat after the transfer', [
    [0, 'p', "hi, is there a mindfulness class for veterans anywhere in st marys county? i'm in lexington park"],
    [22, 'l', 'Hello! Maeve here, a librarian with AskUsNow!.'],
    [28, 'l', 'Are you looking for something through the VA, or any community class that veterans are welcome at?'],
    [60, 'p', 'either, the VA stuff is far for me'],
    [66, 'i', "Nate, vet looking for local mindfulness classes near Lexington Park, you know SMCL's programs better than me — can you take it?"],
    xfer(70, 'Nate', 'nate-yg'),
    [150, 'l', "Hi, Nate at St. Mary's County Library here. The Lexington Park branch hosts a free Mindfulness for Veterans group on the second Tuesday of each month, led by a volunteer who is a veteran himself. It's on stmalib.org under Events. The VA's free Mindfulness Coach app is at mobile.va.gov too.", as(NATE)],
    [156, 'l', 'Is that what you were after?', as(NATE)],
    [190, 'p', 'yes thats great, thats all i needed'],
    [195, 'l', 'Glad to help. Thank you for your service, and thanks for chatting!', as(NATE)],
  ], usual({ transfer: 'fail' }), {}, {
    otherIntervals: [other('m1', 'maeve-yg', -100, 500), other('m2', 'maeve-yg', 10, 400), other('m3', 'maeve-yg', 80, 600)],
  }),

  // 26 a transfer with a notice and no note; the receiver 125 s after the notice
  s(OLIVIA, '26 a book club\'s meditation retreat day in Calvert: "I\'m transferring you to him now, one moment please" with no note, Pete 125 s later, calvertcountymd.gov/parks', [
    [0, 'p', 'my book club wants to do a meditation retreat day, like a guided thing. any ideas near prince frederick?'],
    [18, 'l', 'Hi! Olivia at Calvert Library here.'],
    [24, 'l', "Our adult programs librarian, Pete, plans our wellness events and would know best. I'm transferring you to him now, one moment please."],
    xfer(28, 'Pete', 'pete-yg'),
    [149, 'l', 'Hi, Pete here! How many are in the book club, and would you want to be at the library or somewhere outdoors?', as(PETE)],
    [180, 'p', 'about 10, outdoors would be lovely'],
    [188, 'l', "Flag Ponds Nature Park has a pavilion small groups can reserve online through the county's parks page at calvertcountymd.gov/parks. For the guided part, Thich Nhat Hanh's The Miracle of Mindfulness has short practices you could read aloud; it's in our catalog at calvertlibrary.info.", as(PETE)],
    [194, 'l', 'Does that help you plan it?', as(PETE)],
    [230, 'p', "yes! that's all we needed, thanks so much"],
    [236, 'l', 'Have a peaceful retreat day, and thanks for chatting!', as(PETE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 27 four at once; a slow answer with no hold
  s(RUTH, '27 music for a paid church yoga class in Chestertown: "Sorry for the slow reply!" 125 s after the patron, freemusicarchive.org, four chats open at once (fail)', [
    [0, 'p', "hi! i teach a small yoga class at a church in chestertown. where could i find free music that i'm allowed to play in class?"],
    [20, 'l', "Hello, and welcome to Kent County Public Library's Ask a Librarian! I'm Ruth."],
    [26, 'l', 'Is the class free, or do people pay to attend? It makes a difference for music licensing.'],
    [55, 'p', 'they pay $5, it goes to the church'],
    [180, 'l', "Sorry for the slow reply! Since it's a paid class, playing your personal Spotify isn't covered. Free Music Archive (freemusicarchive.org) has lots of ambient tracks under Creative Commons licences that allow it; check each track's licence. The Copyright Office explains public performance at copyright.gov."],
    [186, 'l', 'Does that answer your question?'],
    [220, 'p', 'yes, super helpful'],
    [225, 'l', 'Anything else I can help with?'],
    [240, 'p', "no, that's it! thank you"],
    [245, 'l', 'Namaste, and thanks for chatting!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'ruth-yg', -300, 100), other('r2', 'ruth-yg', -50, 260), other('r3', 'ruth-yg', 30, 400)],
  }),

  // 28 three at most, touching ends; a referral by e-mail as the only source
  s(SUNNY, '28 outdoor tai chi and qigong in Easton (chat-speak): the organizer by e-mail, the only source, touching ends (three at most)', [
    [0, 'p', "hey! any tai chi or qigong outdoors in easton this spring? i'm 30ish, not a senior lol"],
    [16, 'l', 'hi! Sunny here, librarian at Talbot County Free Library 😊'],
    [21, 'l', 'are you looking for a weekly class or just a one-time thing to try it out?'],
    [45, 'p', 'weekly if its not too early in the morning'],
    [52, 'l', "a local instructor runs a weekly outdoor tai chi & qigong group at Idlewild Park, usually Thursday evenings from April on, all ages. the start date moves with the weather, so e-mail the organizer at easton.taichi@example.org to ask about this spring's first session."],
    [57, 'l', 'that help?'],
    [80, 'p', 'yes!! thats all i needed thx'],
    [84, 'l', 'enjoy, bye! 🌿'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('t1', 'sunny-yg', -300, 0), other('t2', 'sunny-yg', -40, 130), other('t3', 'sunny-yg', 10, 200), other('t4', 'sunny-yg', 89, 400)],
  }),

  // 29 a notice with thanks and no question; 181 s of final idle
  s(TANYA, '29 kids yoga on Kent Island: qaclibrary.org, "Hope that helps!", "looks like you\'ve disconnected or stepped away … Thanks for stopping by!" 181 s later (no check-in)', [
    [0, 'p', 'is there a yoga class for kids at the kent island library? my twins are 6'],
    [20, 'l', "Hello! Tanya here, a librarian at Queen Anne's County Library."],
    [26, 'l', 'Are you thinking of a class at the library, or a book or video the three of you could do at home?'],
    [58, 'p', 'at the library, saturday if possible'],
    [66, 'l', 'The Kent Island branch has Kids Yoga Storytime for ages 4–8 on the second Saturday of the month at 10:30; you register on qaclibrary.org under Events. Hope that helps!'],
    [247, 'l', "It looks like you've disconnected or stepped away, so I'll close this chat in a moment. Thanks for stopping by!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 30 code "", an offer of more, the patron's last word
  s(VERA, '30 a readable history of yoga: The Truth of Yoga + Yoga Body at dorchesterlibrary.org, "Want me to look for a documentary on it too?", patron last, code ""', [
    [0, 'p', 'whats a good book on the history of yoga? not exercise stuff, the real history'],
    [22, 'l', 'Good evening! Vera at Dorchester County Public Library here.'],
    [28, 'l', 'Is this for a class or your own reading? And would you like something scholarly, or more of an easy read?'],
    [60, 'p', 'own reading, readable pls'],
    [67, 'l', 'The Truth of Yoga by Daniel Simpson is a readable history from the Vedas to modern studios, and Yoga Body by Mark Singleton looks at how the postures people do today came about in the 1900s. You can request both in our catalog at dorchesterlibrary.org.'],
    [73, 'l', 'Want me to look for a documentary on it too?'],
    [100, 'p', "nah, no more questions, that's plenty. thanks!"],
  ], usual({ complete: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => YOGA.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('16')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"). Message 4: "… I\'ll check with the program coordinator and e-mail you the new start date within 72 hours, at the address you signed in with. Does that work for you?" The question is about the arrangement to send the start date later, something not yet given ("A question about something not yet given … does not count"), and no other provider line asks whether what was given meets the need.',
};

describe('eighty-third round: yoga, tai chi and meditation classes, checked', () => {
  describeSessions('whole sessions', YOGA.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', YOGA.filter((c) => c.name in LEFT_WHY));
});
