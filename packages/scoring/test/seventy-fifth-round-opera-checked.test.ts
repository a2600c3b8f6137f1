/**
 * Seventy-fifth round, theme OPERA, CHOIRS AND ORCHESTRAS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: libretti and translations (La traviata side by side, Halka in English, a
 * Fauré Requiem translation to reprint, Carmen in Spanish), sheet music and scores (an aria's piano part, a Bach chorale for
 * AP theory, Holst's First Suite for a conducting class, a local composer's SATB piece, audition songs, all-state chorus
 * packets, Messiah rehearsal tracks), joining a community choir (a Spanish-speaking contralto, a teenager looking for a
 * gospel choir), concert tickets and accessibility (assistive listening at the Meyerhoff, wheelchair seats at the Kennedy
 * Center in Spanish, student tickets, Messiah tickets for four), composers for school (romantic composers for a 4th grader,
 * Florence Price, a kids' opera for 2nd graders), instrument lending (a half-size violin, rhythm kits for a homeschool
 * co-op, orchestral parts from the Fleisher Collection), concert etiquette and old opera programs and recordings. Every one
 * of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s72/opera-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon, you've reached Ask a Librarian! My name is Priya …" (01); Spanish "¡Buenos días! Le saluda
 *   Lucía, bibliotecaria …" (02), "¡Hola! Soy Rafael, bibliotecario …" (10), "¡Hola! Soy Pablo …" (20), "¡Hola,
 *   bienvenida! Soy Valeria …" (25); pickup at exactly 60 s (03: pass) and at 61 s after a queue line (04: fail);
 *   `pickedUpAt` at 52 s with the first visible line at 75 s (05: pass); "Hello!" then a question, the name only in the
 *   third provider line (05: greeting fails); "Good morning 🙂" + "This is Kofi with Ask a Librarian …" over two lines (12);
 *   "Thanks for contacting Ask Us Now, the statewide service — Hugo here" (14); "hi! you're chatting with Ask a Librarian at
 *   St. Mary's County Library 👋" with no name, the library only (17); a queue line and no provider ever (23);
 *  inquiry: key of an aria, print or web, telecoil or headset, home branch, which choruses, program of the concert, age and
 *   level (Spanish), size of the string section, reviews or programs, whole libretto or one aria, home library and voicing,
 *   month of a performance, student level, keep or borrow, a restatement "So you need … — is that right?" (18), voice type
 *   and schedule (Spanish), junior or senior chorus, print or online and deadline (Spanish), number of tickets, which opera
 *   and date (Spanish), any chorale or a list, length of a class period, county, church or community, voice part and style;
 *   sources straight after the greeting and a question ("What grade are you in, by the way?") only after them (08: fail);
 *  waits: a hold, a partial-result hold 98 s later and the answer exactly 120 s after it (06: pass); a patron's second
 *   question answered 121 s later with a "hello??" from the patron in between (07: fail, the "hello??" does not restart the
 *   wait); transfer notices answered 63 s and 54 s later by the receivers (26, 27); a silent transfer, the receiver 131 s
 *   after the patron's last line (28: fail); "No rush, I'll be right here." and the patron back 245 s later (30: waiting on
 *   the patron); a check-in during a wait on the patron, the patron back "sorry!! had to step away" (29); a patron's last
 *   line never answered before the patron left (28: a span still open at the end) and "wow. rude" after a dismissal (24);
 *  endings: a true Lost Call with only a greeting, check-in at 150, "it looks like you may have lost the connection — I'll
 *   be closing this chat now. Please come back anytime!" at 208 (19: final idle exactly 180 s, both pass); a Lost Call after
 *   a clarifying question, with a Spanish notice and no goodbye, no check-in (20: final idle 215 s to `endedAt`); "Are you
 *   still there? If not, no worries — thanks for chatting, and come back anytime!" as the last line (21: not a goodbye, so
 *   the final idle runs to `endedAt`, 125 s); a goodbye 119 s after the answer (03: na); 120 s after it, with a check-in
 *   only earlier in the session (29: fail); a check-in at 200 and a plain thanks at 267 with no notice (16: 200 s,
 *   disconnect fails); "I've already spent a lot of time on your question and need to move on, so I'm closing this chat."
 *   (24: dismissal and courteous fail); "En este momento hay otros usuarios esperando, así que le pido que se vuelva a
 *   conectar más tarde" (25: allowed); goodbyes "Enjoy the performance, and thanks for chatting with us!", "Have a great
 *   day, and good luck with the project!", "Break a leg, and thanks for using Ask a Librarian!", "¡Suerte en la audición!
 *   Gracias por escribirnos.", "¡Gracias por su paciencia, hasta luego!", "Enjoy Beethoven, bye! 👋", "cool, thanks for
 *   chatting!"; patron-side "that is everything i needed", "no necesito nada más", "nope that covers it", "eso es todo por
 *   ahora", "No, that will do", "that's all i had", "That is everything for now", "thats all i needed", "perfect, that's
 *   all i need", and "ok thx bye", "yes great ty", "sure why not", "yeah its fine ty" that do not count; the patron's
 *   "oh cool ok thx bye" as the last line and the patron leaving (28: courteous fails);
 *  sources: murashev.com and an ENO opera guide in the catalogue, imslp.org (four times), Lives of the Musicians and a
 *   Venezia biography, bsomusic.org pages, the Library of Things via fcpl.org, cyberbass.com and Naxos Music Library through
 *   prattlibrary.org, Britannica School with the steps to it, mcyo.org, freelibrary.org/fleisher with an e-mail and a phone,
 *   ProQuest Historical Newspapers with the steps, a postal address, polona.pl, WorldCat, the SONIC catalogue at loc.gov,
 *   nationalphilharmonic.org, cpdl.org, mmea-maryland.org, kennedy-center.org with a phone, the Riemenschneider chorales,
 *   Met Opera on Demand and Kanopy through hclibrary.org, wcfl.org, a Community Resources database with the steps, a choir's
 *   e-mail and site (Spanish), the Schirmer 24 Italian Songs and Arias; none (09: an answer from memory and "the Baltimore
 *   Symphony does" have a first-timer page, fail; 20: a clarifying question only, fail);
 *  completeness: "Is that what you had in mind?", "Does that cover what you needed?", "¿Esto responde a lo que buscaba?",
 *   "Did those help?", "Would those work for you?", "Does that work for your report?", "Does that get you what you need?",
 *   "Does the Polona copy help in the meantime?", "Is the SONIC catalog useful to you in the meantime?", "¿Le sirve?",
 *   "Would one of those fit?"; an offer of more, "Would you like me to look for photographs of the productions too?", as
 *   the only question (12: fail); none at all (20);
 *  referrals: a Spanish choir by e-mail and URL (02: pass); "pregunte en el departamento de música de su escuela" with no
 *   contact (10: fail); the Fleisher Collection by e-mail, phone and URL (11: pass); a history library by street address
 *   only (12: pass); the Kennedy Center's access office by phone (25: pass); "ask Mr. Delgado, who directs it" with no
 *   contact (29: fail); not referrals: the interlibrary loan team and Talbot staff consulted on the patron's behalf (13,
 *   14), "our music librarian can put together a short concert-going guide for you" (09), transfers to a colleague (26, 27,
 *   28), web pages published by orchestras and agencies (05, 21, 24);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday at the latest", done in 50 h (13: pass); FU_LIB, phone typed with
 *   spaces and read back with dashes, "within 72 hours", done at 80 h (14: on_time fails); FU_ME, e-mail read back, no
 *   time, done in 10 h (15: contact fails, on_time passes); FU_LIB with the e-mail only in the patron fields and "by Friday"
 *   (16: code passes, contact fails, pending); a source with no codes (`resolutionCode` left out), a promise with the e-mail
 *   read back and "tomorrow afternoon", not recorded at day 2 (17: code na, contact passes, pending); FU_ME, e-mail read back,
 *   "by Thursday", done exactly 72 h after `endedAt`, recorded with a -04:00 offset (18: pass); FU_ME with no e-mail or phone
 *   anywhere (09: code and contact fail, pending); a promise "get back to you" coded Answered with no contact (03: code and
 *   contact fail, pending);
 *  codes: a true Lost Call (19) and a Lost Call after a clarifying question, still one patron line (20: pass); Lost Call
 *   after two patron lines (21: fail); an empty string with no provider (23); Practice (22); left out (17: na);
 *  transfers: a visible notice (a hold) and an internal note that says why before it (26: pass); a notice, the note only
 *   after the transfer (27: fail); the note before, no notice (28: fail);
 *  concurrency: three others open through the session, four at once (04: fail); the first provider's three others all
 *   starting after the transfer (26: pass, that part is not theirs); the receiver with three others open during their part
 *   (27: fail); one ending exactly at the start, two overlapping, one starting exactly at `endedAt` (30: three at most).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings and identifications in Spanish count as the English ones RUBRIC lists ("¡Buenos días!", "¡Hola!", "Le
 *   saluda", "bibliotecaria", 02, 10, 20, 25), and so do the patron's Spanish "no necesito nada más" / "eso es todo por
 *   ahora" as saying explicitly that they are done (02, 10);
 * - "you're chatting with Ask a Librarian at St. Mary's County Library" names the service and the library, an
 *   identification without a name (17: pass);
 * - `pickedUpAt`, when recorded, is the pickup even when the first visible provider line comes later (05: 52 s, pass);
 * - "Have a great day, and good luck with the project!" is a farewell, so it says goodbye (04: courteous pass);
 * - "¿Prefiere que sigamos en español?" asks about the format of the answer (10), and "So you need an English translation of
 *   the Latin that you are allowed to print … — is that right?" restates the question before any source (18: clarify pass);
 * - "Orchestras usually have a first-timer page too; the Baltimore Symphony does." names a page without a URL or the steps
 *   to reach it and an organisation without a way to reach it: not a source (09: fail);
 * - "Would you like me to look for photographs of the productions too?" offers something not yet given; it does not ask
 *   whether what was given meets the need (12: completeness fails), and is no "anything else?" either (the patron's "that's
 *   all i had" passes 12's anything_else on its own);
 * - "Would one of those fit?", "Does the Polona copy help in the meantime?" and "Does that cover what you needed?" ask
 *   whether the information given meets the need (27, 13, 03);
 * - "pregunte en el departamento de música de su escuela" tells the patron to ask a department outside the chat (the
 *   school's): a referral with no way to reach it (10); "ask Mr. Delgado, who directs it" refers to a named person (29);
 *   the history library given only by its street address is reached by postal address (12: pass);
 * - "our music librarian can put together a short concert-going guide for you — she'd follow up by tomorrow" is staff acting
 *   on the patron's behalf and a promise of more later: a follow-up session, not a referral (09);
 * - "I haven't heard back, so it looks like you may have lost the connection — I'll be closing this chat now. Please come back
 *   anytime!" says the patron seems disconnected and that the session will end, and invites them back: the notice and a
 *   goodbye (19: the final idle ends at it, 28 -> 208 = 180 s, so the notice applies and passes);
 * - "Parece que se ha desconectado. Voy a cerrar esta sesión." is a notice that neither asks nor says goodbye (20);
 * - "Are you still there? If not, no worries — thanks for chatting, and come back anytime!" asks whether the patron is
 *   there, so by the Terms it is not a goodbye: the final idle of 21 runs from the answer at 80 to `endedAt` 205 (125 s),
 *   and the line is its check-in; for closing.courteous it still thanks the patron (that check's own wording);
 * - "No rush, I'll be right here." tells the patron to take their time, not a hold (30);
 * - a follow-up recorded exactly 72 elapsed hours after `endedAt` is "within followUpHours" (18: pass);
 * - `resolutionCode: undefined` is the field left out: the source has no codes, so resolution.code is na even though a
 *   follow-up is promised (17);
 * - a transferred session's concurrency: the first provider is judged only up to the transfer (26: their three other chats
 *   start after it), the receiver from it on (27: four at once).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (09, 13, 24, 25, 27). Label corrections: none (each disagreement reread against
 * RUBRIC.md's text; every label stood).
 * Final: 25 running, 5 LEFT (LEFT_WHY gives each reason): a promised, unnamed guide read as a source (09); the domain
 * polona.pl not read as one (13); "need to move on, so I'm closing this chat" not read as a dismissal (24); "se compran
 * llamando a su Oficina de Accesibilidad al 202-…" not read as a referral (25); "Would one of those fit?" not read as the
 * completeness question (27).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`; keep_informed at exactly 120 s across a partial-result hold,
 * at 121 s past a patron's "hello??", across notice transfers and a 131 s silent one, "No rush" and a span open at the end;
 * final idles of 119, 120, 125, 180, 200 and 215 s; concurrency at four, at four for a receiver, after a transfer and at
 * touching ends; on_time at 10 h, 50 h, exactly 72 h with another offset, late at 80 h, pending three times) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a phone typed with spaces and read back with dashes, an e-mail only in the patron fields).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (25 through describeSessions, 5 through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: no error in this file.
 * ON v67 (block AG2, AG17): case 24's "I've already spent a lot of time on your question and need to move on, so I'm closing this
 *   chat." is a dismissal, and case 27's "Would one of those fit?" asks about the operas given; both run, 3 LEFT (09, 13, 25).
 * ON v68 (block AH18, AH19): cases 09 ("our music librarian can put together a short concert-going guide for you", a guide still
 *   to be made, no source) and 25 ("se compran llamando a su Oficina de Accesibilidad al 202-…", a referral) run; 13 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queued = (sec: number, ahead = 1): Line => [sec, 's', `Thanks for your patience. Patrons ahead of you: ${ahead}.`];

const PRIYA: Prov = { id: 'priya-op', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-op', name: 'Lucía', library: 'PGCMLS' };
const OMAR: Prov = { id: 'omar-op', name: 'Omar', library: 'AUN' };
const BEA: Prov = { id: 'bea-op', name: 'Bea', library: 'WCFL' };
const SAM: Prov = { id: 'sam-op', name: 'Sam', library: 'BCPL' };
const THEO: Prov = { id: 'theo-op', name: 'Theo', library: 'FCPL-MD' };
const NADIA: Prov = { id: 'nadia-op', name: 'Nadia', library: 'EPFL' };
const GRACE: Prov = { id: 'grace-op', name: 'Grace', library: 'AACPL' };
const DEV: Prov = { id: 'dev-op', name: 'Dev', library: 'HCPL-MD' };
const RAFAEL: Prov = { id: 'rafael-op', name: 'Rafael', library: 'MCPL' };
const WANDA: Prov = { id: 'wanda-op', name: 'Wanda', library: 'CCPL-CE' };
const KOFI: Prov = { id: 'kofi-op', name: 'Kofi', library: 'BCPL' };
const IRENA: Prov = { id: 'irena-op', name: 'Irena', library: 'CCPL-MD' };
const HUGO: Prov = { id: 'hugo-op', name: 'Hugo', library: 'AACPL' };
const EZRA: Prov = { id: 'ezra-op', name: 'Ezra', library: 'AUN' };
const JULES: Prov = { id: 'jules-op', name: 'Jules', library: 'MCPL' };
const MO: Prov = { id: 'mo-op', name: 'smcl_ask', library: 'SMCL' };
const HELEN: Prov = { id: 'helen-op', name: 'Helen', library: 'FCPL-MD' };
const NOOR: Prov = { id: 'noor-op', name: 'Noor', library: 'HCLS' };
const PABLO: Prov = { id: 'pablo-op', name: 'Pablo', library: 'AUN' };
const QUINN: Prov = { id: 'quinn-op', name: 'Quinn', library: 'QACL' };
const TRAINEE: Prov = { id: 'trainee-op', name: 'Trainee 12', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-op', name: 'Queue', library: 'VRQ' };
const CARL: Prov = { id: 'carl-op', name: 'Carl', library: 'HCLS' };
const VALERIA: Prov = { id: 'valeria-op', name: 'Valeria', library: 'AUN' };
const DANA: Prov = { id: 'dana-op', name: 'Dana', library: 'PGCMLS' };
const FELIX: Prov = { id: 'felix-op', name: 'Felix', library: 'PGCMLS' };
const INES: Prov = { id: 'ines-op', name: 'Ines', library: 'HCLS' };
const GIL: Prov = { id: 'gil-op', name: 'Gil', library: 'HCLS' };
const LEO: Prov = { id: 'leo-op', name: 'Leo', library: 'TCFL' };
const MIRA: Prov = { id: 'mira-op', name: 'Mira', library: 'WCFL' };
const RENEE: Prov = { id: 'renee-op', name: 'Renée', library: 'BCPL' };
const TAMSIN: Prov = { id: 'tamsin-op', name: 'Tamsin', library: 'CCPL-CA' };

const s = session;

export const OPERA: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 La traviata in English side by side: "you\'ve reached Ask a Librarian! My name is Priya", ENO guide + murashev.com, "that is everything i needed"', [
    [0, 'p', 'hi, looking for the words to La Traviata in english?? going to see it saturday and dont speak italian'],
    [19, 'l', "Good afternoon, you've reached Ask a Librarian! My name is Priya, I'm at Howard County Library System."],
    [25, 'l', 'Would you like the Italian and the English side by side, or is an English-only translation fine?'],
    [58, 'p', 'side by side would be amazing'],
    [66, 'l', "Our catalog has the English National Opera guide to La Traviata, which prints the whole libretto with the English next to the Italian. If you'd rather read it tonight, murashev.com/opera has it online in parallel columns: pick La traviata, then English."],
    [71, 'l', 'Is that what you had in mind?'],
    [110, 'p', 'yes!! perfect, that is everything i needed 🙏'],
    [116, 'l', 'Enjoy the performance, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish: a community choir by e-mail and URL
  s(LUCIA, '02 un coro comunitario sin saber leer música (Spanish): "Le saluda Lucía, bibliotecaria", a choir by e-mail and URL, "no necesito nada más"', [
    [0, 'p', 'buenas, quiero entrar a un coro comunitario cerca de Hyattsville pero no se leer musica, se puede??'],
    [24, 'l', '¡Buenos días! Le saluda Lucía, bibliotecaria de las Bibliotecas del Condado de Prince George’s.'],
    [30, 'l', '¿Sabe qué tipo de voz tiene? ¿Y le vienen mejor ensayos entre semana o los fines de semana?'],
    [75, 'p', 'creo que soy contralto... entre semana en la noche mejor'],
    [84, 'l', 'Le recomiendo el Coro Comunitario de Hyattsville: no piden audición y enseñan lectura musical en los ensayos de los martes por la noche. Escríbales a info@hyattsvillecoro.org o vea su página, hyattsvillecoro.org, para la fecha de la próxima reunión de bienvenida.'],
    [90, 'l', '¿Esto responde a lo que buscaba?'],
    [140, 'p', 'si! muchas gracias, no necesito nada más'],
    [146, 'l', '¡Gracias a usted! Que disfrute cantando, y vuelva cuando quiera.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; a promise, coded Answered; goodbye 119 s after the answer
  s(OMAR, '03 O mio babbino caro piano part: pickup at exactly 60 s, imslp.org, "get back to you" coded Answered, goodbye 119 s after the answer', [
    [0, 'p', 'do you guys have sheet music for O mio babbino caro? need the piano part, my daughter is singing it at a recital'],
    [60, 'l', 'Hi there, this is Omar, a librarian with AskUsNow!'],
    [66, 'l', 'Does she sing it in the original key (A-flat), or does she need it lower?'],
    [110, 'p', 'original key i think'],
    [117, 'l', "IMSLP has the complete Ricordi vocal score of Gianni Schicchi, where the aria is, as a free PDF: go to imslp.org and search 'Gianni Schicchi'. I'll also look for a single-sheet edition in A-flat in our collections and get back to you."],
    [122, 'l', 'Does that cover what you needed?'],
    [236, 'l', "Since I haven't heard back, I'll assume the PDF did it. Good luck to her at the recital, and thanks for using AskUsNow!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 04 pickup at 61 s after a queue line; four chats at once
  s(BEA, '04 romantic composers for a 4th grader: queue line, pickup at 61 s, Krull + Venezia at wcfl.org, three other chats open (four at once)', [
    [0, 'p', 'my 4th grader has to do a project on a composer from the romantic era, any kid friendly books?'],
    queued(2, 2),
    [61, 'l', "Hello! Thanks for waiting — Bea here, children's librarian at Washington County Free Library."],
    [68, 'l', 'Does the teacher want print books, or can the sources be websites too?'],
    [120, 'p', 'books are better, she needs 2'],
    [128, 'l', "Two from our catalog that fit: Lives of the Musicians by Kathleen Krull (short, funny chapters on Chopin, Brahms, Tchaikovsky and others) and Mike Venezia's Peter Tchaikovsky from his Getting to Know the World's Greatest Composers series. Search the titles at wcfl.org to place holds."],
    [133, 'l', 'Did those help?'],
    [170, 'p', 'yes those work thx!!'],
    [175, 'l', 'Anything else I can find for you?'],
    [200, 'p', 'nope that covers it'],
    [204, 'l', 'Have a great day, and good luck with the project!'],
  ], usual({ pickup: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'bea-op', -200, 400), other('b2', 'bea-op', -30, 300), other('b3', 'bea-op', 10, 500)],
  }),

  // 05 pickedUpAt at 52 s; the name only in the third provider line
  s(SAM, '05 assistive listening at the Meyerhoff: pickedUpAt 52 s, first line 75 s, "Hello!" + a question, the name only in the third line', [
    [0, 'p', 'hi does the Meyerhoff have those hearing devices for concerts? my dad is hard of hearing'],
    [75, 'l', 'Hello!'],
    [79, 'l', 'Does he wear hearing aids with a telecoil (the T setting), or would he need a headset?'],
    [125, 'p', 'he has hearing aids but idk about the telecoil thing'],
    [133, 'l', "I'm Sam, by the way, a librarian at Baltimore County Public Library. The BSO's accessibility page, bsomusic.org/accessibility, says the Meyerhoff lends assistive listening receivers with either headphones or a neck loop for hearing aids with a T setting; they're handed out free at the coat check."],
    [138, 'l', 'Did that answer your question?'],
    [170, 'p', 'yes great ty'],
    [174, 'l', 'Can I help with anything else?'],
    [190, 'p', 'no'],
    [195, 'l', 'Thanks for chatting, enjoy the concert!'],
  ], usual({ greeting: 'fail' }), { pickedUpAt: at(52) }),

  // 06 a hold, a partial-result hold, the answer exactly 120 s later
  s(THEO, '06 a half-size violin to borrow: hold at 52, "Still digging — …; checking the sizes." at 150, answer at 270 (exactly 120 s)', [
    [0, 'p', 'Does the library lend musical instruments? Looking for a violin for my son, he is 9'],
    [15, 'l', "Hi, thanks for contacting Ask Us Now! I'm Theo, a librarian in Frederick County."],
    [21, 'l', 'Which library do you usually use?'],
    [45, 'p', 'Urbana'],
    [52, 'l', 'Let me check our instrument collection, bear with me a moment.'],
    [150, 'l', "Still digging — Urbana doesn't have string instruments, but it looks like the C. Burr Artz branch does; checking the sizes."],
    [270, 'l', "Found it: the Library of Things at C. Burr Artz has a 1/2-size violin, right for most 9-year-olds, that you can borrow for three weeks. Search 'violin' in the catalog at fcpl.org and place a hold for pickup at Urbana."],
    [275, 'l', 'Is that what you needed?'],
    [300, 'p', 'yes that is perfect, thats all for today'],
    [305, 'l', 'Thanks for using Ask Us Now, have fun with it!'],
  ], usual()),

  // 07 a second question answered 121 s later, a "hello??" in between
  s(NADIA, '07 Messiah alto part at home: cyberbass.com, a second question at 110, "hello??" at 180, answer at 231 (121 s)', [
    [0, 'p', 'our church choir is doing the Messiah, is there a way to practice just my alto part at home'],
    [20, 'l', 'Hi! Nadia here, a librarian at Enoch Pratt Free Library.'],
    [26, 'l', 'Which choruses are you learning, all of them or just a few?'],
    [70, 'p', 'all the choruses, I am alto'],
    [77, 'l', "cyberbass.com has free rehearsal files for Messiah with the alto line louder than the rest: choose Handel, then Messiah. We also have the Novello vocal score in our catalog if you'd like one to borrow."],
    [83, 'l', 'Does that help?'],
    [110, 'p', 'yes!! also do you know if there are any recordings i can borrow?'],
    [180, 'p', 'hello??'],
    [231, 'l', 'Sorry about the wait! Naxos Music Library has several complete Messiah recordings to stream; sign in from prattlibrary.org > Research > Music with your library card.'],
    [236, 'l', 'Would those work for you?'],
    [270, 'p', 'yes ty thats everything'],
    [275, 'l', 'Happy singing, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 sources first, a question only after them
  s(GRACE, '08 a female composer for a report: Florence Price in Britannica School at once, "What grade are you in, by the way?" after it', [
    [0, 'p', 'I need info on a female composer for a school report, due friday'],
    [18, 'l', "Hi, I'm Grace, a librarian with Ask a Librarian at Anne Arundel County Public Library."],
    [25, 'l', 'Florence Price would be a great choice: she was the first Black woman to have a symphony played by a major American orchestra. Britannica School has an article on her: go to aacpl.net, then Research, then Homework Help, then Britannica School.'],
    [31, 'l', 'What grade are you in, by the way?'],
    [60, 'p', '8th'],
    [67, 'l', 'Then the Middle level of Britannica School will be just right. Does that work for your report?'],
    [100, 'p', 'yeah thanks'],
    [104, 'l', 'Anything else you need for it?'],
    [130, 'p', 'no im good'],
    [133, 'l', 'Good luck with the report — bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 an answer with no source; coded follow-up by me, no contact anywhere
  s(DEV, '09 when to clap at a symphony: an answer from memory, "the Baltimore Symphony does" (no source), a guide promised, FU_ME, no contact', [
    [0, 'p', 'going to my first symphony concert tmrw, when am i supposed to clap?? dont wanna embarrass myself lol'],
    [22, 'l', 'Hey! Welcome to Ask a Librarian, this is Dev at Harford County Public Library 😊'],
    [28, 'l', "What's on the program, do you know?"],
    [60, 'p', 'beethoven 5 i think, and a piano concerto'],
    [68, 'l', "Easy rule of thumb: symphonies and concertos come in several movements with short pauses between them, and most people hold their applause until the whole piece is over. When the conductor lowers the baton and turns around, that's your cue, and if in doubt, wait until the people around you start. Orchestras usually have a first-timer page too; the Baltimore Symphony does."],
    [73, 'l', 'Does that help?'],
    [100, 'p', 'ya that helps a lot!! kinda nervous lol'],
    [107, 'l', "You'll be fine! If you'd like, our music librarian can put together a short concert-going guide for you — she'd follow up by tomorrow."],
    [125, 'p', 'sure why not'],
    [131, 'l', "Great, I'll pass it on. Enjoy Beethoven, bye! 👋"],
  ], usual({ source: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 10 Spanish: a youth orchestra, a school's music department with no contact
  s(RAFAEL, '10 audición para orquesta juvenil (Spanish): "¿Prefiere que sigamos en español?", mcyo.org, "pregunte en el departamento de música de su escuela" (no contact)', [
    [0, 'p', 'hola, mi hija toca el cello y quiere audicionar para una orquesta juvenil en Montgomery County, donde busco info?'],
    [26, 'l', '¡Hola! Soy Rafael, bibliotecario de Montgomery County Public Libraries. ¿Prefiere que sigamos en español?'],
    [50, 'p', 'si por favor'],
    [57, 'l', '¿Cuántos años tiene su hija y en qué nivel está: principiante, intermedio o avanzado?'],
    [95, 'p', '14, intermedia, toca hace 5 años'],
    [104, 'l', 'La orquesta juvenil del condado publica los requisitos de audición en mcyo.org/auditions, con un video de las escalas que piden. Para saber qué pieza le conviene preparar, pregunte en el departamento de música de su escuela; suelen ayudar con las audiciones.'],
    [110, 'l', '¿Le sirve esa información?'],
    [150, 'p', 'si, gracias. eso es todo por ahora'],
    [155, 'l', '¡Suerte en la audición! Gracias por escribirnos.'],
  ], usual({ referral: 'fail' })),

  // 11 orchestral parts: a referral by e-mail, phone and URL
  s(WANDA, '11 string parts for a community orchestra: the Fleisher Collection by e-mail, phone and freelibrary.org/fleisher, "No, that will do"', [
    [0, 'p', 'Hello. I conduct a small community orchestra in Harford County. We would like to borrow the string parts for the Dvorak Serenade for Strings rather than buy them. Any idea where?'],
    [35, 'l', "Good evening and welcome to AskUsNow!, the statewide chat service. My name is Wanda, and I'm a librarian in Cecil County."],
    [42, 'l', 'How big is your string section — how many copies of each part would you need?'],
    [100, 'p', '4 first violins 4 seconds 3 violas 3 cellos 1 bass. So about 2 stands each'],
    [110, 'l', "The Fleisher Collection of Orchestral Music at the Free Library of Philadelphia lends performance sets to non-profit groups for a small fee. Write to them at fleisher@freelibrary.org or call 215-555-0148; the loan rules are at freelibrary.org/fleisher. Plan on a couple of months' lead time."],
    [116, 'l', 'Does that get you what you need?'],
    [170, 'p', 'This is exactly it. Thank you!'],
    [176, 'l', 'Is there anything else I can look up for you?'],
    [200, 'p', 'No, that will do. Thanks'],
    [206, 'l', 'Good luck with the Dvořák, and thanks for stopping by AskUsNow!'],
  ], usual({ referral: 'pass' })),

  // 12 a history library by street address; an offer of photographs as the only question after the sources
  s(KOFI, '12 1950s Baltimore opera programs and reviews: "Good morning 🙂" + "This is Kofi…", ProQuest + a street address, an offer of photographs only', [
    [0, 'p', 'hi im writing a paper on opera companies in baltimore in the 1950s. where would old programs and reviews be'],
    [25, 'l', 'Good morning 🙂'],
    [29, 'l', 'This is Kofi with Ask a Librarian at Baltimore County Public Library. Do you need the reviews (newspaper articles), the printed programs, or both?'],
    [80, 'p', 'both ideally'],
    [88, 'l', "For reviews, the Baltimore Sun's back issues are in ProQuest Historical Newspapers: log in from bcpl.info > Research > Newspapers with your library card. For programs, visit the H. Furlong Baldwin Library at the Maryland Center for History and Culture, 610 Park Avenue, Baltimore, MD 21201; their collections include programs from local performing arts groups."],
    [94, 'l', 'Would you like me to look for photographs of the productions too?'],
    [140, 'p', "no thanks, that's all i had"],
    [146, 'l', 'Thanks for using Ask a Librarian, and good luck with the paper!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 13 follow-up by me, e-mail read back, "by Friday", done in 50 h
  s(IRENA, '13 Halka in English (follow-up by me): hold, polona.pl, ILL asked on the patron\'s behalf, e-mail read back, "by Friday at the latest", done in 50 h', [
    [0, 'p', 'Looking for an English translation of the libretto of Halka (Moniuszko). Singing in a Polish heritage concert and I want to know what I am singing!!'],
    [28, 'l', "Hello and thanks for writing to Ask Us Now! I'm Irena, a librarian at Carroll County Public Library."],
    [34, 'l', 'Is it one aria you need, or the whole libretto?'],
    [70, 'p', "mostly Halka's aria in act 2 but the whole thing would be nice"],
    [78, 'l', 'Let me check a couple of places.'],
    [170, 'l', "Polona, the Polish National Library's digital library (polona.pl), has the Polish libretto, but I haven't found an English one online yet. I'd like to ask our interlibrary loan team about a printed translation and e-mail you what I find. What's the best e-mail for you?"],
    [215, 'p', 'sure, kasia.nowak@example.org'],
    [222, 'l', "Thank you — kasia.nowak@example.org. You'll hear from me by Friday at the latest."],
    [228, 'l', 'Does the Polona copy help in the meantime?'],
    [260, 'p', 'yes it does, dziękuję!'],
    [266, 'l', 'Anything else before you go?'],
    [290, 'p', "no that's all, thanks"],
    [295, 'l', 'My pleasure, talk to you by Friday. Bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 follow-up by the patron's library, phone read back, "within 72 hours", done at 80 h
  s(HUGO, '14 a local composer\'s SATB piece (follow-up by patron\'s library): WorldCat, phone typed with spaces and read back with dashes, done at 80 h', [
    [0, 'p', 'hi! my choir director wants copies of "Chesapeake Evening" by a local Easton composer, Ruth Calloway, 1970s. is it anywhere??'],
    [20, 'l', 'Thanks for contacting Ask Us Now, the statewide service — Hugo here, a librarian in Anne Arundel County.'],
    [27, 'l', 'Which library do you usually use, and is it the SATB version?'],
    [70, 'p', 'talbot county, easton branch. yes SATB'],
    [78, 'l', "WorldCat (worldcat.org) shows one copy, held in the Maryland Room of Talbot County Free Library. Since it's in their local collection, I'll pass this to the Talbot staff so they can check whether it can be copied for a choir, and they'll phone you. What number should they use?"],
    [120, 'p', '410 555 0199'],
    [127, 'l', 'Got it: 410-555-0199. Someone from Talbot County Free Library will call you within 72 hours.'],
    [133, 'l', 'Does the WorldCat record help for now?'],
    [170, 'p', 'yes thanks!'],
    [176, 'l', 'Anything else today?'],
    [200, 'p', 'nope'],
    [204, 'l', 'Thanks for using Ask Us Now!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 follow-up by me, e-mail read back, no time, done in 10 h
  s(EZRA, '15 a 1986 Washington Opera Tosca recording (follow-up by me): SONIC at loc.gov, e-mail read back, no time given, done in 10 h', [
    [0, 'p', 'my mom sang in the chorus of the Washington Opera Tosca in 1986 (at the Kennedy Center). is there any recording or video of it??'],
    [30, 'l', "Hi! I'm Ezra, a librarian at the Ask Us Now service. What a great thing to look for."],
    [36, 'l', 'Do you know the month of the performance, or who sang Tosca?'],
    [90, 'p', 'i think spring, not sure who sang. maybe march'],
    [98, 'l', "The Library of Congress's SONIC catalog of sound recordings (at loc.gov, search 'SONIC') lists broadcast tapes, but I don't see this production yet. I'll keep digging in the Kennedy Center archive listings and get back to you. What's your e-mail?"],
    [140, 'p', 'j.alvarez.home@example.com thank you!!'],
    [147, 'l', 'Thanks, j.alvarez.home@example.com it is. Is the SONIC catalog useful to you in the meantime?'],
    [190, 'p', 'yes i will poke around'],
    [195, 'l', 'Great — take care, and thanks for writing in!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(10 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 16 follow-up by the patron's library, e-mail only in the patron fields; check-in, no notice, final idle 200 s
  s(JULES, '16 student tickets at Strathmore (follow-up by patron\'s library): e-mail only in the patron fields, "by Friday", check-in at 200, thanks at 267', [
    [0, 'p', 'are there cheap student tickets for National Philharmonic concerts at Strathmore?'],
    [22, 'l', 'Hello! Jules here, a librarian with Montgomery County Public Libraries.'],
    [28, 'l', 'Are you in high school or college?'],
    [60, 'p', 'college, montgomery college'],
    [67, 'l', "The National Philharmonic's ticket page, nationalphilharmonic.org/tickets, explains their student pricing. Our Germantown branch staff will also find out whether our Culture Pass covers their concerts and e-mail you by Friday."],
    [72, 'l', 'Does that help for now?'],
    [200, 'l', 'Are you still there?'],
    [267, 'l', 'Thanks for chatting with MCPL!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', contact: 'fail', onTime: 'pending' }), {
    ...FU_LIB,
    patron: { name: null, email: 'dana.k@example.edu', phone: null },
  }),

  // 17 a source with no codes; a promise, e-mail read back, "tomorrow afternoon", pending at day 2
  s(MO, '17 Holst First Suite full score (chat-speak, no codes): "you\'re chatting with Ask a Librarian at St. Mary\'s…", imslp.org, ILL e-mail "tomorrow afternoon", pending', [
    [0, 'p', 'hey need the full score of holst first suite in e flat for my conducting class, library has parts but not score??'],
    [14, 'l', "hi! you're chatting with Ask a Librarian at St. Mary's County Library 👋"],
    [20, 'l', 'do u need to mark it up (so a copy to keep) or just borrow one?'],
    [50, 'p', 'borrow is fine, need by next wed'],
    [58, 'l', "ok! IMSLP has the 1921 Boosey & Hawkes score free: imslp.org, search 'First Suite in E-flat'. for a printed one i'll put in an interlibrary loan request and email you the pickup details tomorrow afternoon. whats ur email?"],
    [95, 'p', 'bandkid22@example.com'],
    [100, 'l', 'bandkid22@example.com, got it 👍 does the imslp pdf work till then?'],
    [130, 'p', 'yeah its fine ty'],
    [134, 'l', 'anything else?'],
    [150, 'p', 'no thats it'],
    [154, 'l', 'cool, thanks for chatting!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }, { now: T0 + 2 * DAY }),

  // 18 follow-up by me, done exactly 72 h after endedAt, recorded with a -04:00 offset
  s(HELEN, '18 a Fauré Requiem translation to reprint (follow-up by me): a restatement, cpdl.org, e-mail read back, "by Thursday", done exactly 72 h later (-04:00)', [
    [0, 'p', "Good morning. I am putting together the program for our choir's spring concert and need an English translation of the Fauré Requiem text that we can reprint. Copyright is the question."],
    [24, 'l', "Good morning! Thank you for contacting Ask a Librarian. I'm Helen, a reference librarian at Frederick County Public Libraries."],
    [31, 'l', 'So you need an English translation of the Latin that you are allowed to print in a concert program — is that right?'],
    [70, 'p', 'Yes, exactly.'],
    [78, 'l', "The Choral Public Domain Library, cpdl.org, has the Requiem's texts with translations, and each translation's page says whether it is free to copy. I'd like to check the translations in our choral collection too and send you one that is clearly public domain. Could I have your e-mail?"],
    [125, 'p', 'Certainly: m.whitford@example.net'],
    [131, 'l', 'Thank you, I have m.whitford@example.net. I will send it by Thursday.'],
    [137, 'l', 'In the meantime, does the CPDL page help?'],
    [170, 'p', 'It does. That is everything for now, thank you.'],
    [176, 'l', "You're welcome. Goodbye, and good luck with the concert!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T11:03:01-04:00' }] }, { now: T0 + 5 * DAY }),

  // 19 a true Lost Call: final idle exactly 180 s
  s(NOOR, '19 an adult violin teacher (Lost Call): greeting only, "are you still with me?" at 150, "may have lost the connection … come back anytime!" at 208', [
    [0, 'p', 'where can i find a cheap violin teacher for adults'],
    [28, 'l', "Hi there! I'm Noor, a librarian with Howard County Library System. How can I help you today?"],
    [150, 'l', 'Hi, are you still with me?'],
    [208, 'l', "I haven't heard back, so it looks like you may have lost the connection — I'll be closing this chat now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 Spanish, Lost Call after a clarifying question; a notice with no goodbye and no check-in
  s(PABLO, '20 el libreto de Carmen en español (Lost Call): a clarifying question, then "Parece que se ha desconectado. Voy a cerrar esta sesión." at 230', [
    [0, 'p', 'necesito el libreto de Carmen en español para mi clase'],
    [20, 'l', '¡Hola! Soy Pablo, bibliotecario de Ask Us Now.'],
    [26, 'l', '¿Lo necesita impreso o le sirve en línea? ¿Y para qué fecha?'],
    [230, 'l', 'Parece que se ha desconectado. Voy a cerrar esta sesión.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 Lost Call after two patron lines; "Are you still there? If not, … thanks" as the last line (not a goodbye)
  s(QUINN, '21 all-state chorus audition packet: coded Lost Call after two patron lines, answer at 80, "Are you still there? If not, … thanks" at 195, ended 205', [
    [0, 'p', 'where do i get the audition music for md all state chorus'],
    [16, 'l', "Hi, Quinn here — a librarian at Ask a Librarian, Queen Anne's County Library."],
    [22, 'l', 'Are you trying out for the junior or the senior all-state chorus?'],
    [55, 'p', 'senior, im a tenor'],
    [80, 'l', 'The Maryland Music Educators Association posts the senior chorus audition requirements and the sight-reading rules at mmea-maryland.org, under All-State. Does that help?'],
    [195, 'l', 'Are you still there? If not, no worries — thanks for chatting, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 10 }),

  // 22 Practice
  s(TRAINEE, '22 practice chat (an opera script): coded Practice, every check na', [
    [0, 'p', 'test - opera libretto q, ignore'],
    [5, 'l', 'Test reply: opera guides are at samplelibrary.org/music'],
    [12, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 no provider ever joined, code ""
  s(QUEUE, '23 is the library choir concert free: no provider ever joined, "hello??", patron left, code ""', [
    [0, 'p', 'is the library choir concert on saturday free?'],
    queued(2, 3),
    [95, 'p', 'hello??'],
    left(180),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: '' }),

  // 24 a dismissal for the provider's convenience
  s(CARL, '24 Messiah tickets for four, then a list: "I\'ve already spent a lot of time on your question and need to move on, so I\'m closing this chat." then "wow. rude"', [
    [0, 'p', 'whats the cheapest way to get tix to the BSO messiah in december'],
    [25, 'l', 'Hi, Carl with Ask a Librarian at Howard County Library System.'],
    [31, 'l', 'How many tickets, and is a weekday performance ok?'],
    [60, 'p', '4, any day'],
    [67, 'l', "The BSO's calendar, bsomusic.org/calendar, lists every Messiah performance; weekday evenings in the upper tier are the cheapest, and the same page explains their discounts for students and kids. Does that help?"],
    [100, 'p', 'ok but what about parking and is there a kids price and can i bring a stroller and what about food'],
    [108, 'l', "I've already spent a lot of time on your question and need to move on, so I'm closing this chat."],
    [120, 'p', 'wow. rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 25 Spanish: other patrons waiting, come back later (allowed); an access office by phone
  s(VALERIA, '25 asientos para silla de ruedas en el Kennedy Center (Spanish): the access office by phone, "hay otros usuarios esperando … vuelva a conectar más tarde"', [
    [0, 'p', 'hola, mi abuela usa silla de ruedas y queremos ir a la ópera en el Kennedy Center. ¿cómo compro asientos accesibles?'],
    [20, 'l', '¡Hola, bienvenida! Soy Valeria, bibliotecaria del servicio Ask Us Now.'],
    [27, 'l', '¿Para qué ópera y más o menos qué fecha?'],
    [60, 'p', 'La Bohème en abril'],
    [68, 'l', 'El Kennedy Center explica sus servicios de accesibilidad en kennedy-center.org/visit/accessibility. Los asientos para silla de ruedas y sus acompañantes se compran llamando a su Oficina de Accesibilidad al 202-555-0180. ¿Le sirve?'],
    [100, 'p', 'si gracias. y tambien quería saber del estacionamiento, y restaurantes cerca, y si hay subtítulos en español, y si puedo llevar comida'],
    [108, 'l', '¡Son muchas preguntas! En este momento hay otros usuarios esperando, así que le pido que se vuelva a conectar más tarde y con gusto seguimos con el resto.'],
    [125, 'p', 'ok esta bien'],
    [130, 'l', '¡Gracias por su paciencia, hasta luego!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 26 a transfer with a notice and a note that says why; the first provider's other chats all start after it
  s(DANA, '26 a Bach chorale for AP theory: transfer notice at 62 + internal note why, Felix at 125 with the Riemenschneider chorales; Dana\'s three other chats start after 68', [
    [0, 'p', 'I have to analyze a Bach chorale for AP Music Theory, which one is easiest and where do I get the score'],
    [18, 'l', "Hi! I'm Dana with Ask a Librarian at Prince George's County Memorial Library System."],
    [25, 'l', 'Does your teacher want you to pick any chorale, or one from a list?'],
    [55, 'p', 'any chorale, due monday'],
    [62, 'l', "Our music specialist, Felix, knows the chorales far better than I do — I'm transferring you to him now, one moment."],
    [65, 'i', "Felix, can you take this one? AP theory student needs an easy Bach chorale to analyze + a score. It's your area, not mine."],
    xfer(68, 'Felix', 'felix-op'),
    [125, 'l', "Hey, Felix here, music librarian at PGCMLS! The Riemenschneider edition of the 371 Harmonized Chorales is in our catalog, and it's free at imslp.org (search 'Bach 371 chorales'). No. 1, 'Aus meines Herzens Grunde', is short and very regular, a good one to start with.", as(FELIX)],
    [130, 'l', 'Is that what you needed?', as(FELIX)],
    [170, 'p', 'yes!! thanks a lot thats all i needed'],
    [175, 'l', 'Good luck on the analysis — bye!', as(FELIX)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [other('d1', 'dana-op', 70, 600), other('d2', 'dana-op', 80, 600), other('d3', 'dana-op', 90, 600)],
  }),

  // 27 a transfer notice, the note only after the transfer; the receiver with four chats at once
  s(INES, '27 a kids\' opera for 2nd graders: transfer notice at 66, the note at 72 after the transfer at 70, Gil with three other chats open (four at once)', [
    [0, 'p', 'hi, is there a kids opera I can show my 2nd graders? music teacher here'],
    [22, 'l', 'Hello, Ines here at Ask a Librarian, Howard County Library System.'],
    [28, 'l', 'How long can it be — one class period?'],
    [60, 'p', '45 min max'],
    [66, 'l', "I'm going to send you over to Gil on our children's team, he's our opera fan. Just a moment."],
    xfer(70, 'Gil', 'gil-op'),
    [72, 'i', 'kids opera for 2nd grade, under 45 min, you did that storytime opera list'],
    [120, 'l', "Hi, I'm Gil! Brundibár by Hans Krása runs about 35 minutes and was written for children; it's on Kanopy, free from hclibrary.org > eResources. For a longer treat, Met Opera on Demand (same page) has the 100-minute English Magic Flute.", as(GIL)],
    [126, 'l', 'Would one of those fit?', as(GIL)],
    [160, 'p', 'brundibar sounds perfect, thank you!'],
    [165, 'l', 'Anything else I can find for your class?', as(GIL)],
    [185, 'p', 'thats all, thanks!'],
    [190, 'l', 'Have fun with it, bye!', as(GIL)],
  ], usual({ transfer: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'gil-op', 0, 300), other('g2', 'gil-op', 50, 250), other('g3', 'gil-op', 100, 400)],
  }),

  // 28 a silent transfer, the receiver 131 s after the patron; the patron has the last word and leaves
  s(LEO, '28 rhythm instrument kits for a homeschool co-op: internal note, silent transfer, Mira 131 s after the patron, "oh cool ok thx bye" and the patron left', [
    [0, 'p', 'hi do any libraries lend classroom rhythm instruments? (hand drums, xylophones) for a homeschool music co-op'],
    [21, 'l', "Hello! You've reached Ask Us Now — I'm Leo, a librarian in Talbot County."],
    [27, 'l', 'Which county are you in?'],
    [50, 'p', 'washington county, hagerstown'],
    [56, 'i', 'Mira — WCFL q: rhythm instrument kits for a homeschool co-op, you know your Library of Things, can you take it?'],
    xfer(60, 'Mira', 'mira-op'),
    [181, 'l', "Hi, Mira at Washington County Free Library! Our Library of Things has two Rhythm Band kits (hand drums, tambourines, a glockenspiel) for 3-week loans; search 'rhythm kit' in the catalog at wcfl.org.", as(MIRA)],
    [186, 'l', 'Does that help?', as(MIRA)],
    [215, 'p', 'oh cool ok thx bye'],
    left(222),
  ], usual({ informed: 'fail', anything: 'fail', courteous: 'fail', transfer: 'fail' })),

  // 29 a check-in during a wait on the patron; a named person with no contact; goodbye exactly 120 s after the answer
  s(RENEE, '29 a gospel choir for a 17-year-old: check-in at 170, patron back at 190, "ask Mr. Delgado, who directs it" (no contact), goodbye 120 s after the answer', [
    [0, 'p', 'hey, i wanna join a gospel choir around Towson, im 17, where do i even start'],
    [24, 'l', "Hi! This is Renée at Baltimore County Public Library's Ask a Librarian."],
    [30, 'l', 'Are you looking for a church choir, or a community or school group?'],
    [170, 'l', 'Hi, are you still there?'],
    [190, 'p', 'sorry!! had to step away lol. community, not church'],
    [198, 'l', "The Towson Community Gospel Choir takes singers 16 and up; ask Mr. Delgado, who directs it, about the next open rehearsal. You can also browse local choirs in our Community Resources database: bcpl.info > Research > Community Resources."],
    [204, 'l', 'Does that help?'],
    [318, 'l', 'Thanks for chatting with BCPL, good luck!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 30 "no rush" and the patron back 245 s later; three chats at most, touching ends
  s(TAMSIN, '30 a 16-bar audition song: "No rush, I\'ll be right here." then the patron back 245 s later, 24 Italian Songs and Arias, three chats at most', [
    [0, 'p', 'hiya, i have a community choir audition next week and need 16 bars of something. any sheet music the library has?'],
    [17, 'l', "Hello, welcome to Ask a Librarian at Calvert Library — I'm Tamsin."],
    [23, 'l', 'What voice part are you, and would you like classical or musical theatre?'],
    [48, 'p', 'hmm let me ask my voice teacher which she prefers, one sec'],
    [55, 'l', "No rush, I'll be right here."],
    [300, 'p', 'ok back! soprano, classical please'],
    [308, 'l', "The 24 Italian Songs and Arias collection (Schirmer) is the classic audition book: we have the high-voice edition in the catalog at calvertlibrary.info, and an older public-domain edition is free at imslp.org. 'Caro mio ben' gives you an easy 16 bars."],
    [313, 'l', 'Is that the sort of thing you meant?'],
    [350, 'p', "perfect, that's all i need 😊"],
    [356, 'l', 'Break a leg, and thanks for using Ask a Librarian!'],
  ], usual(), {}, {
    otherIntervals: [other('t1', 'tamsin-op', -600, 0), other('t2', 'tamsin-op', -50, 200), other('t3', 'tamsin-op', 40, 900), other('t4', 'tamsin-op', 361, 700)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => OPERA.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('13')]:
    'info.source: expected pass, got fail ("answered without any URL, named resource or contact"). Message 5: "Polona, the Polish National Library\'s digital library (polona.pl), has the Polish libretto" names a digital library and gives its domain (RUBRIC info.source: "a URL or domain, an e-mail or phone contact for a referral, or a named resource").',
};

describe('seventy-fifth round: opera, choirs and orchestras, checked', () => {
  describeSessions('whole sessions', OPERA.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', OPERA.filter((c) => c.name in LEFT_WHY));
});
