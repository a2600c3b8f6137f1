/**
 * Eighty-second round, theme BALLET, DANCE RECITALS AND DANCE SCHOOLS, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide "ask a librarian" chats: the first Nutcracker for a 4th-grade report, what "plié" and
 * "port de bras" mean (the latter in Spanish), recital versus showcase, picture books about boys in ballet, pointe-shoe
 * readiness, a professional company in Baltimore, a Royal Ballet Swan Lake DVD, why tutus are short, corps sizes for a studio
 * Sleeping Beauty, recital costume prices (in Spanish) and a parent's list of studio gripes, ballet terms for a crossword, a
 * Peabody starting age, adaptive ballet for a wheelchair user, a Nutcracker storytime, the ghosts in Giselle, a 1958
 * Hagerstown recital program, Nutcracker auditions in Rockville (partly Spanish), a Coppélia piano score for a class pianist,
 * the first American Nutcracker, opening a dance studio, 1980s dance-department photos for a reunion, Katherine Dunham for a
 * college paper, the Washington Ballet's founding, adult beginner classes at 40, a ballet-school novel for a teenager, housing
 * for a summer intensive; Spanish sessions for Wheaton classes (02), a recital dress (11), auditions (20) and "port de bras"
 * (29). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside
 * to /tmp/s74/ballet-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and thanks for contacting Ask a Librarian at … I'm Lena." (01); Spanish "¡Hola, buenas tardes!
 *   Soy Marisol, bibliotecaria del servicio AskUsNow!." (02), "¡Hola! Bienvenida al chat. Soy Lucía …" (11), "¡Hola! Soy Inés
 *   …" (29); pickup at exactly 60 s (03: pass) and at 61 s after "anyone there??" (04: fail); `pickedUpAt` 55 with the first
 *   visible line at 70, "Hi there! 🩰" and a question, the name only in the third provider message (05: pickup passes,
 *   greeting fails); the library and service with no name, "Hi! You've reached the Howard County Library System's Ask a
 *   Librarian chat." (12: pass); "Hello, June at AskUsNow! here, a librarian." (24); no provider at all, only the queue's
 *   system line (15);
 *  inquiry: book or web for a report, class or paper, the studio's flyer, picture or chapter books, Baltimore or Maryland,
 *   home or class, which tutu, school or professional show, who chooses the dress, students' age, seated or adaptive,
 *   how many dances, "Do you mean the scene in Act 2…?", month and place, language and the school's name, whole ballet or two
 *   numbers, "the first full-length production in the US?", a restatement "So you're looking to open … is that right?" (23),
 *   reunion or research, how many sources, founding of company or school, for whom and where (27, a vague "ballet" patron),
 *   novel or how-to, for the parent or the child, which program; the answer with no question (06: fail);
 *  waits: "give me a moment to check our newspaper databases" and "Still searching: I've found a few mentions … narrowing
 *   them down" each answered exactly 120 s later (07: pass); "let me poke around the catalog a sec", the patron's "??", the
 *   answer 121 s after the hold (08: fail); "Sure, take your time." and the patron back 185 s later (19: waiting on the
 *   patron, pass); a transfer notice answered 58 s later (24) and exactly 120 s later (26: pass); a silent transfer, the
 *   receiver 90 s after the patron (25); "anyone there??" before a 61 s pickup (04: the pickup's wait);
 *  sources: aacpl.net catalogue, Oxford Reference, prattlibrary.org, washcolibrary.org and 'Max' by Rachel Isadora, 'The Pointe
 *   Book', ProQuest Baltimore Sun, hcplonline.org, Gale eBooks, fcpl.org, abt.org, dancemagazine.com, britannica.com,
 *   NewspaperArchive, montgomerycountymd.gov/rec, imslp.org, sfballet.org, businessexpress.maryland.gov, JSTOR and IBTD,
 *   washingtonballet.org, cecilcountylibrary.org/events, 'Tiny Pretty Things' in bcpl.info; a referral's phone as the only
 *   source (02); none: the tutu answer from memory (09), the Peabody office named with no way to reach it (30);
 *  completeness: "Does that completely answer your question?", "¿Es lo que buscaba?", "Did that help?", "Is that what you
 *   were looking for?", "Would those work for him?", "Did that answer your question?", "Is that what you needed?", "Does
 *   that work for you?", "Does that help?", "Was that helpful?", "¿Le sirve?", "Does that cover it?", "Does NewspaperArchive
 *   help for now?", "¿Le sirve la guía mientras tanto?", "Does the IMSLP score look like what you need?", "Did that answer
 *   it?", "Does the portal give you a place to start?", "Does that suit her?", "¿Le ayuda?"; none (12, 17); an offer of more,
 *   "Want me to look for short-term rentals near Mount Vernon too?" (30: fail);
 *  anything else: "Anything else I can help with today?", "Is there anything else I can look up for you?", "Is there anything
 *   else you need today?"; patron-side "that's everything we needed", "es todo lo que necesitaba", "thats all i needed",
 *   "that's all, thanks", "thats all", "yes, that's all I needed", "es todo", "nothing else thx", "no more questions", "no
 *   tengo mas preguntas", "no thats all, thanks"; "kinda, thanks", "ok np", "wow ok" that do not count;
 *  endings: goodbye 119 s after the answer (09: idle na); "Are you still with me?" and a goodbye exactly 120 s after the
 *   answer (10: idle pass, notice na); Spanish "¿Sigue ahí?" and "Parece que se desconectó … ¡Gracias …, y vuelva cuando
 *   quiera!" exactly 180 s after the answer (11: both pass); "Hello? Are you still there?" and the session ending 181 s
 *   after the answer with no notice or goodbye (12: idle pass, notice and courteous fail); a true Lost Call with a check-in
 *   and "seems you've disconnected … come back anytime" (13); the patron leaving after two lines, coded Lost Call, "Looks like
 *   you've left the chat. Thanks …" (14: code fails); "I only have time for one question per chat, so I'll have to stop
 *   there. Bye." (17: dismissal fails, courteous passes); "several other patrons waiting … log back on a bit later" (18:
 *   allowed); the patron's "no thats all, thanks" as the last line with no provider thanks (30: courteous fails);
 *  referrals: the county recreation office by phone in Spanish (02: pass); Therapeutic Recreation by phone and URL (14:
 *   pass); the school's office by e-mail (24: pass); "call the Peabody Preparatory's dance office" with nothing to reach it
 *   by (30: fail); not referrals: the Western Maryland Room asked on the patron's behalf (19), the branch asked to phone the
 *   patron (20), the business librarian passed the question (23), websites to read (many);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (19: pass); FU_LIB partly Spanish, phone typed
 *   with spaces and read back with dashes, no time, done 73 h after the end (20: contact and on_time fail); a promise "by
 *   tomorrow evening" coded Answered, e-mail given in the chat, nothing recorded, judged at exactly T0 + 72 h (21: code
 *   fails, contact passes, on_time pending); FU_ME, "within 72 hours", the e-mail only in `patron.email`, nothing recorded at
 *   day 4 (22: contact and on_time fail); FU_ME with no contact anywhere, done at 10 h (23: code and contact fail, on_time
 *   passes);
 *  codes: a true Lost Call (13); Lost Call after two patron lines (14); null with no provider (15); Practice (16); "" (30);
 *  transfers: notice and note (24: pass); note only (25: fail); notice only (26: fail); neither (27: fail);
 *  concurrency: three others, four open at once from 30 s to 150 s (28: fail); one ending at `startedAt`, two overlapping,
 *   one starting at `endedAt` (29: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 55 s, pass, though the first visible line came at 70 s (05);
 * - an identification in the third provider message is outside "the first two visible provider messages" (05: fail); the
 *   library and service named without a person identify who is answering (12: pass);
 * - "Still searching: I've found a few mentions … narrowing them down" gives a partial result and says the search goes on: a
 *   hold (07); "Sure, take your time." is not a hold (19);
 * - a goodbye sent exactly 120 s / 180 s after the answer makes a final idle of exactly `idleCheckSeconds` /
 *   `disconnectSeconds`, which applies ("≥") (10, 11); 181 s with no goodbye runs to `endedAt` (12);
 * - "Would those work for him?", "Does the portal give you a place to start?", "Does that suit her?" and "¿Le ayuda?" ask
 *   whether what was given meets the need; "Want me to look for short-term rentals … too?" offers what was not given (30);
 * - "nothing else thx" (21), "no tengo mas preguntas" (29), "es todo" (20), "that's all, thanks" (05), "no thats all,
 *   thanks" (30) say explicitly that the patron is done; "kinda, thanks" (06), "ok np" (18) do not;
 * - "¡De nada, adiós!" says goodbye (29); "Take care, bye!", "Happy reading, bye!" too;
 * - "I only have time for one question per chat, so I'll have to stop there. Bye." tells the patron they reached a limit of
 *   questions with no way back (17: dismissal fails); "Could you log back on a bit later, or send it through our e-mail
 *   form?" after "other patrons waiting" is the allowed ending (18);
 * - "we'll get back to you" (23) and "I'll look into it and send you what I find" (22) are promises to find more later;
 *   "voy a pedir a nuestra sucursal … que … la llame" promises that someone from the patron's library will contact her (20);
 * - the patron's e-mail typed by the patron in the chat (21) is "given … there" and so confirmed, without a read-back;
 * - the on_time deadline counts from `endedAt`: judged at T0 + 72 h, a session ending at 135 s is still before it (21:
 *   pending);
 * - a county recreation office, a parks department office and a school's office are organisations outside the chat: telling
 *   the patron to call or e-mail them is a referral (02, 14, 24, 30); the Peabody office named with no phone, e-mail, address
 *   or URL is not a source either (30: info.source fails);
 * - a transfer "notice" must tell the patron about the transfer in a visible message; Cleo's arrival after a silent transfer
 *   does not (27).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch), labels copied aside
 * to /tmp/s74/ballet-labels.ts.
 * First run as labelled / disagreeing: 30 / 0 (none). Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY empty).
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const LENA: Prov = { id: 'lena-bl', name: 'Lena', library: 'AACPL' };
const MARISOL: Prov = { id: 'marisol-bl', name: 'Marisol', library: 'AUN' };
const NED: Prov = { id: 'ned-bl', name: 'Ned', library: 'HCLS' };
const GWEN: Prov = { id: 'gwen-bl', name: 'Gwen', library: 'EPFL' };
const HAL: Prov = { id: 'hal-bl', name: 'hal_wcfl', library: 'WCFL' };
const KIM: Prov = { id: 'kim-bl', name: 'Kim', library: 'FCPL-MD' };
const CARMEN: Prov = { id: 'carmen-bl', name: 'Carmen', library: 'BCPL' };
const BEA: Prov = { id: 'bea-bl', name: 'Bea', library: 'HCPL-MD' };
const TOM: Prov = { id: 'tom-bl', name: 'Tom', library: 'CCPL-CA' };
const UMA: Prov = { id: 'uma-bl', name: 'Uma', library: 'MCPL' };
const LUCIA: Prov = { id: 'lucia-bl', name: 'Lucía', library: 'FCPL-MD' };
const DANA: Prov = { id: 'dana-bl', name: 'Dana', library: 'HCLS' };
const OMAR: Prov = { id: 'omar-bl', name: 'Omar', library: 'AUN' };
const IVY: Prov = { id: 'ivy-bl', name: 'Ivy', library: 'PGCMLS' };
const QUEUE: Prov = { id: 'queue-bl', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-bl', name: 'Trainee 4', library: 'TRN' };
const PAT: Prov = { id: 'pat-bl', name: 'Pat', library: 'TCFL' };
const RAY: Prov = { id: 'ray-bl', name: 'Ray', library: 'WPL' };
const SUE: Prov = { id: 'sue-bl', name: 'Sue', library: 'WCFL' };
const NADIA: Prov = { id: 'nadia-bl', name: 'Nadia', library: 'MCPL' };
const ELI: Prov = { id: 'eli-bl', name: 'Eli', library: 'BCPL' };
const ZOE: Prov = { id: 'zoe-bl', name: 'Zoe', library: 'CCPL-CH' };
const KAI: Prov = { id: 'kai-bl', name: 'Kai', library: 'EPFL' };
const JUNE: Prov = { id: 'june-bl', name: 'June', library: 'AUN' };
const MILES: Prov = { id: 'miles-bl', name: 'Miles', library: 'AUN' };
const ROB: Prov = { id: 'rob-bl', name: 'Rob', library: 'PGCMLS' };
const ANA: Prov = { id: 'ana-bl', name: 'Ana', library: 'PGCMLS' };
const TESS: Prov = { id: 'tess-bl', name: 'Tess', library: 'AUN' };
const VERA: Prov = { id: 'vera-bl', name: 'Vera', library: 'AUN' };
const ABE: Prov = { id: 'abe-bl', name: 'Abe', library: 'CCPL-CE' };
const CLEO: Prov = { id: 'cleo-bl', name: 'Cleo', library: 'CCPL-CE' };
const FAY: Prov = { id: 'fay-bl', name: 'Fay', library: 'AUN' };
const INES: Prov = { id: 'ines-bl', name: 'Inés', library: 'HCLS' };
const WES: Prov = { id: 'wes-bl', name: 'Wes', library: 'ACLS' };

const s = session;

export const BALLET: SessionCase[] = [
  // 01 the plain good session
  s(LENA, '01 first Nutcracker for a 4th-grade report: book or web asked, catalogue at aacpl.net, "Does that completely answer your question?", "that\'s everything"', [
    [0, 'p', 'hi!! i need to know when the nutcracker ballet was first performed, its for my daughters 4th grade report'],
    [18, 'l', "Good morning, and thanks for contacting Ask a Librarian at Anne Arundel County Public Library! I'm Lena."],
    [24, 'l', 'Does the report need a book source, or are websites fine with her teacher?'],
    [55, 'p', 'a book would be best'],
    [63, 'l', "The Nutcracker premiered at the Mariinsky Theatre in St. Petersburg in December 1892, with Tchaikovsky's music. For a book at her level, search 'nutcracker ballet juvenile' in our catalog at aacpl.net and place a hold for pickup at her branch."],
    [69, 'l', 'Does that completely answer your question?'],
    [100, 'p', "yes that's everything we needed, thank you!!"],
    [106, 'l', "You're welcome! Good luck to her on the report, and thanks for chatting."],
  ], usual()),

  // 02 Spanish: a referral by phone as the only source
  s(MARISOL, '02 clases de ballet para una niña de 5 años en Wheaton (Spanish): county recreation office by phone, "¿Es lo que buscaba?", "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas tardes, busco clases de ballet para mi niña de 5 años cerca de wheaton, hay algo barato?'],
    [25, 'l', '¡Hola, buenas tardes! Soy Marisol, bibliotecaria del servicio AskUsNow!.'],
    [31, 'l', '¿Prefiere clases los sábados o entre semana?'],
    [70, 'p', 'sabados'],
    [78, 'l', 'El Departamento de Recreación del condado de Montgomery tiene clases de ballet para niños pequeños los sábados, a buen precio. Llame a su oficina de inscripciones al 240-555-0184 y pregunte por el ballet infantil en Wheaton.'],
    [84, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si perfecto, es todo lo que necesitaba'],
    [126, 'l', '¡Qué bien! Gracias por escribir a AskUsNow! 🩰'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s
  s(NED, '03 what "plié" means before a first adult class: pickup at exactly 60 s, class or paper asked, Oxford Reference, "thats all i needed"', [
    [0, 'p', 'what does plié mean in ballet'],
    [60, 'l', 'Hi, Ned here, a librarian at Howard County Library System.'],
    [66, 'l', "Is this for a class you're taking, or for a paper?"],
    [90, 'p', 'my first adult beginner class is tmrw lol, want to not look dumb'],
    [97, 'l', "Plié is French for 'bent' or 'folded': bending the knees with the legs turned out. A demi-plié is a small bend with the heels down; a grand plié goes all the way down. The Oxford Dictionary of Dance, free in our Oxford Reference database at hclibrary.org > Research, has short entries for every step. Did that help?"],
    [130, 'p', 'yes thats all i needed ty'],
    [135, 'l', 'Have fun in class tomorrow, bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(GWEN, '04 recital or showcase? pickup at 61 s after "anyone there??", the flyer asked, the Pratt catalogue, "Anything else I can help with today?"', [
    [0, 'p', 'whats the difference between a ballet recital and a showcase'],
    [40, 'p', 'anyone there??'],
    [61, 'l', 'Hello! Sorry for the wait — this is Gwen, librarian at Enoch Pratt Free Library.'],
    [67, 'l', "Is your child's studio using one of those words, or is it something you read?"],
    [95, 'p', 'the studio flyer says showcase, the old one did recitals'],
    [103, 'l', "Studios use the words loosely: a recital is usually the big end-of-year show on a stage, with every class in costume, and a showcase is often smaller and less formal, sometimes in the studio itself. Our catalog at prattlibrary.org has a few dance-parent handbooks that explain what to expect; search 'dance parents'. Is that what you were looking for?"],
    [140, 'p', 'yep makes sense'],
    [145, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'no thanks'],
    [175, 'l', 'Take care, bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt 55, the name only in the third provider message
  s(HAL, '05 picture books about boys in ballet: pickedUpAt 55 (first line 70), "Hi there! 🩰", the name only in the third message, "Would those work for him?"', [
    [0, 'p', 'my son wants to do ballet but hes the only boy in the class, are there books about boys doing ballet? hes 7'],
    [70, 'l', 'Hi there! 🩰'],
    [74, 'l', 'Picture books, or early chapter books?'],
    [100, 'p', 'picture books'],
    [108, 'l', "I'm Hal, by the way, with Washington County Free Library. Try 'Max' by Rachel Isadora, about a baseball player who warms up in his sister's ballet class, and search 'ballet fiction juvenile' in our catalog at washcolibrary.org for more."],
    [114, 'l', 'Would those work for him?'],
    [140, 'p', "omg max sounds perfect. that's all, thanks"],
    [145, 'l', 'Happy reading to him, bye!'],
  ], usual({ greeting: 'fail' }), { pickedUpAt: at(55) }),

  // 06 the answer with no question
  s(KIM, '06 is my daughter ready for pointe shoes: no question asked, The Pointe Book in the catalogue, "Is there anything else I can look up for you?"', [
    [0, 'p', 'how do i know if my daughter is ready for pointe shoes'],
    [15, 'l', "Hello, this is Kim at Frederick County Public Libraries' Ask a Librarian."],
    [22, 'l', "Most teachers wait until a dancer is at least 11 or 12, has several years of training and takes class three or more times a week; the final call is always her teacher's. 'The Pointe Book' by Janice Barringer and Sarah Schlesinger covers readiness in detail, and it's in our catalog at fcpl.org."],
    [28, 'l', 'Did that answer your question?'],
    [60, 'p', 'kinda, thanks'],
    [66, 'l', 'Is there anything else I can look up for you?'],
    [90, 'p', 'nope'],
    [94, 'l', 'Thanks for chatting, have a great day!'],
  ], usual({ clarify: 'fail' })),

  // 07 two holds of exactly 120 s
  s(CARMEN, '07 a professional ballet company in Baltimore: "give me a moment" then "Still searching" each exactly 120 s, ProQuest Baltimore Sun', [
    [0, 'p', 'im trying to find out when baltimore had its own professional ballet company'],
    [20, 'l', 'Hi! Carmen here, librarian at Baltimore County Public Library.'],
    [26, 'l', 'Do you mean a company based in Baltimore itself, or anywhere in Maryland?'],
    [50, 'p', 'baltimore itself'],
    [56, 'l', 'OK, give me a moment to check our newspaper databases.'],
    [176, 'l', "Still searching: I've found a few mentions from the 1960s on and I'm narrowing them down."],
    [296, 'l', "The Baltimore Sun reported on professional and semi-professional ballet companies in the city from the 1960s through the 1980s; you can read those articles in ProQuest Historical Newspapers: The Baltimore Sun, through bcpl.info > Research. Is that what you needed?"],
    [330, 'p', "yes thanks that's everything"],
    [335, 'l', 'Thanks for chatting, bye!'],
  ], usual()),

  // 08 a hold answered 121 s later
  s(BEA, '08 a Royal Ballet Swan Lake DVD for mom: "let me poke around the catalog a sec", "??", the answer 121 s after the hold', [
    [0, 'p', 'do u have the dvd of the royal ballet swan lake'],
    [14, 'l', "Hey, welcome to Ask Us Now! I'm Bea, librarian at Harford County Public Library."],
    [20, 'l', 'Is it for watching at home, or do you need it for a class?'],
    [40, 'p', 'home, my mom loves it'],
    [46, 'l', 'let me poke around the catalog a sec'],
    [100, 'p', '??'],
    [167, 'l', "Sorry! We own two Swan Lake DVDs with the Royal Ballet; search 'Swan Lake Royal Ballet' at hcplonline.org and put one on hold. Does that work for you?"],
    [190, 'p', 'yay ok, thats all'],
    [195, 'l', 'Enjoy the show, bye!'],
  ], usual({ informed: 'fail' })),

  // 09 no source; the goodbye 119 s after the answer
  s(TOM, '09 why tutus are short: the answer from memory (no source), "Does that help?", goodbye 119 s later with no reply', [
    [0, 'p', 'why do ballerinas wear tutus'],
    [20, 'l', 'Good afternoon! Tom here, a librarian with Ask a Librarian at Carroll County Public Library.'],
    [26, 'l', 'Are you asking about the short stiff tutus or the long soft ones?'],
    [50, 'p', 'the short poofy ones'],
    [60, 'l', "The short classical tutu came in during the late 1800s so audiences could see the dancers' legs and footwork, which had grown much more complicated. The longer bell-shaped romantic tutu came first, in the 1830s. Does that help?"],
    [179, 'l', 'Thanks for the great question, goodbye!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 10 final idle exactly 120 s, a check-in, a goodbye
  s(UMA, '10 corps de ballet size for a studio Sleeping Beauty: Gale eBooks, "Are you still with me?", goodbye exactly 120 s after the answer', [
    [0, 'p', 'how many dancers are in a typical corps de ballet for sleeping beauty? doing a program note'],
    [18, 'l', "Hello and welcome! You're chatting with Uma, librarian at Montgomery County Public Libraries."],
    [24, 'l', 'Is the program for a school or studio production, or a professional one?'],
    [52, 'p', "community, our studio's spring show"],
    [60, 'l', "Professional companies use about 24 to 32 dancers in the big corps scenes, but studio shows cut that down a lot. The International Encyclopedia of Dance, in Gale eBooks through montgomerycountymd.gov/library, breaks it down scene by scene. Was that helpful?"],
    [150, 'l', 'Are you still with me?'],
    [180, 'l', "I'll close the chat for now. Thanks for reaching out, and break a leg at the show!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 11 Spanish: final idle exactly 180 s, check-in and a notice that thanks
  s(LUCIA, '11 cuánto cuesta un vestido de recital (Spanish): "¿Sigue ahí?", "Parece que se desconectó … ¡Gracias …!" exactly 180 s after the answer', [
    [0, 'p', 'hola, cuanto cuesta mas o menos un vestido para recital de ballet? mi hija baila en junio'],
    [22, 'l', '¡Hola! Bienvenida al chat. Soy Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Frederick.'],
    [28, 'l', '¿El estudio ya le dijo qué vestido es, o lo tiene que escoger usted?'],
    [60, 'p', 'el estudio dice cual pero yo lo compro'],
    [68, 'l', "Los trajes de recital que piden los estudios suelen costar entre 60 y 120 dólares. Si prefiere coserlo usted, busque 'dance costumes sewing' en nuestro catálogo en fcpl.org. ¿Le sirve?"],
    [170, 'l', '¿Sigue ahí?'],
    [248, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos, y vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 12 the library, no name; final idle 181 s, a check-in, no notice, no goodbye
  s(DANA, '12 ballet terms for a middle-school crossword: "You\'ve reached the Howard County Library System\'s Ask a Librarian chat", abt.org, "Hello? Are you still there?", ended 181 s after the answer', [
    [0, 'p', 'need a list of ballet terms for a crossword im making for my students'],
    [20, 'l', "Hi! You've reached the Howard County Library System's Ask a Librarian chat."],
    [27, 'l', 'What age are your students?'],
    [50, 'p', 'middle school'],
    [60, 'l', "American Ballet Theatre's online ballet dictionary at abt.org has every term with a short definition; plié, tendu, jeté, arabesque and pirouette are the easy ones for that age."],
    [130, 'l', 'Hello? Are you still there?'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 111 }),

  // 13 a true Lost Call
  s(OMAR, '13 starting age at a Peabody dance program (Lost Call): greeting only, "Are you still there?" at 150, "seems you\'ve disconnected … come back anytime" at 330', [
    [0, 'p', 'what age can kids start at the peabody dance program'],
    [22, 'l', 'Hi, welcome to AskUsNow! This is Omar, a librarian.'],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "It seems you've disconnected, so I'll end this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after two patron lines; a referral by phone and URL
  s(IVY, '14 adaptive ballet for a wheelchair user in PG County: Therapeutic Recreation by phone and pgparks.com, the patron leaves, coded Lost Call', [
    [0, 'p', 'hi is there a ballet class for adults with disabilities anywhere in prince georges county'],
    [18, 'l', "Hello, Ivy here from Prince George's County Memorial Library System. Happy to help!"],
    [24, 'l', 'Are you looking for a seated or adaptive class, or a class that welcomes all abilities?'],
    [55, 'p', 'adaptive, i use a wheelchair'],
    [63, 'l', "The county's Department of Parks and Recreation runs adaptive dance through its Therapeutic Recreation office: call them at 301-555-0148 or see pgparks.com/adaptive. Is that what you were looking for?"],
    left(80),
    [95, 'l', "Looks like you've left the chat. Thanks for writing in, and come back anytime!"],
  ], usual({ anything: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 15 no provider ever joined
  s(QUEUE, '15 a Nutcracker storytime with real dancers near Columbia: no provider ever joined, "hello??", "never mind", code null', [
    [0, 'p', 'do any libraries near columbia have the nutcracker storytime with real dancers this year'],
    [3, 's', 'Thanks for your patience: a librarian will be with you soon.'],
    [95, 'p', 'hello??'],
    [180, 'p', 'never mind'],
    left(184),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 16 Practice
  s(TRAINEE, '16 practice chat (recital tickets script): coded Practice, every check na', [
    [0, 'p', 'TEST: where do i buy recital tickets'],
    [9, 'l', 'Practice: hello, try samplelibrary.org/events'],
    [20, 'p', 'test over'],
  ], all({
    pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Practice' }),

  // 17 dismissed: one question per chat
  s(PAT, '17 recital costume costs and a list of studio gripes: dancemagazine.com, "I only have time for one question per chat … Bye."', [
    [0, 'p', 'ok i have a bunch of questions about my daughters dance school. first, is it normal for recital costumes to be $150 each'],
    [20, 'l', 'Hi, Pat at Ask a Librarian, Talbot County Free Library.'],
    [26, 'l', 'How many dances is she in?'],
    [50, 'p', '3 so thats $450!! also can they make us sell tickets? and whats a fair tuition? and do we have to buy the dvd'],
    [58, 'l', "Three costumes at $100 to $150 each is common at private studios. Dance Magazine's parent articles at dancemagazine.com cover recital costs."],
    [64, 'l', "I only have time for one question per chat, so I'll have to stop there. Bye."],
    [80, 'p', 'wow ok'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 18 other patrons waiting, an invitation back (allowed)
  s(RAY, '18 the ghosts in Giselle: "Do you mean the scene in Act 2…?", britannica.com, "several other patrons waiting … log back on a bit later"', [
    [0, 'p', 'what is the name of the dance in giselle where the ghosts are'],
    [16, 'l', "Hello! I'm Ray, librarian at Wicomico Public Libraries."],
    [22, 'l', 'Do you mean the scene in Act 2, with the ghostly maidens in the forest?'],
    [45, 'p', 'yes that'],
    [52, 'l', "Those ghosts are the Wilis, and Act 2 is often called a 'ballet blanc' (white act). Britannica has a good summary of Giselle at britannica.com/topic/Giselle. Does that cover it?"],
    [80, 'p', 'yes! can u also tell me all the steps they do and who designed the costumes and'],
    [88, 'l', "I'd love to dig into that, but I have several other patrons waiting right now. Could you log back on a bit later, or send it through our e-mail form? Thanks so much for your patience!"],
    [100, 'p', 'ok np'],
  ], usual({ anything: 'fail' })),

  // 19 FU_ME on time; "take your time"; staff asked on the patron's behalf
  s(SUE, '19 a 1958 Hagerstown recital program: "Sure, take your time." (185 s away), Western Maryland Room asked, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', "hi, looking for a program from a 1958 dance recital in hagerstown, Miss Peggy's school of dance. my mom was in it"],
    [17, 'l', 'Good morning! Thanks for contacting Washington County Free Library, this is Sue.'],
    [23, 'l', 'Do you know roughly what month it was, and where it was held?'],
    [50, 'p', 'hang on let me ask my mom'],
    [55, 'l', 'Sure, take your time.'],
    [240, 'p', 'she says june, at the maryland theatre'],
    [248, 'l', "Thanks! The Morning Herald usually ran recital notices; you can search it in NewspaperArchive through washcolibrary.org > Research. I'll also ask our Western Maryland Room staff whether they have the program itself. Can I e-mail you what they find?"],
    [280, 'p', 'yes! jen.hollis@example.com'],
    [286, 'l', "jen.hollis@example.com, got it. You'll hear from me by Thursday. Does NewspaperArchive help for now?"],
    [320, 'p', "yes thanks so much, that's all"],
    [325, 'l', 'My pleasure, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 20 partly Spanish: FU_LIB, phone read back, no time, done at 73 h
  s(NADIA, '20 audiciones para El Cascanueces en Rockville (partly Spanish): montgomerycountymd.gov/rec, the branch to phone her, phone read back, no time, done at 73 h', [
    [0, 'p', 'hi, mi hija quiere audicionar para el cascanueces, the school in rockville, when are auditions?'],
    [24, 'l', 'Hello! This is Nadia, a librarian at Montgomery County Public Libraries.'],
    [30, 'l', '¿Prefiere que le escriba en español?'],
    [50, 'p', 'si por favor'],
    [58, 'l', '¿Sabe el nombre de la escuela? Hay varias que hacen El Cascanueces.'],
    [90, 'p', 'no me acuerdo, es en rockville creo'],
    [98, 'l', 'Las audiciones para El Cascanueces suelen ser en septiembre. La guía de actividades para niños del condado, en montgomerycountymd.gov/rec, tiene las clases y audiciones de danza de Rockville. Además, voy a pedir a nuestra sucursal de Rockville que averigüe cuál es la escuela y la llame. ¿Me da su teléfono?'],
    [130, 'p', '301 555 0192'],
    [136, 'l', 'Anotado: 301-555-0192. ¿Le sirve la guía mientras tanto?'],
    [170, 'p', 'si gracias, es todo'],
    [175, 'l', '¡Con gusto, gracias por escribirnos!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(180 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 21 a promise coded Answered; pending at 72 h after T0
  s(ELI, '21 a Coppélia piano score for a ballet class pianist: imslp.org, "I\'ll … e-mail you the page numbers by tomorrow evening", coded Answered, pending', [
    [0, 'p', 'looking for sheet music for a piano reduction of coppelia, i play for a ballet class'],
    [19, 'l', "Hi, welcome to Ask Us Now! I'm Eli, a librarian at Baltimore County Public Library."],
    [25, 'l', 'Do you need the whole ballet, or just the waltz and the mazurka for class?'],
    [50, 'p', 'mostly the mazurka + waltz'],
    [58, 'l', "IMSLP has a free public-domain piano score of Delibes's Coppélia at imslp.org; search 'Coppélia Delibes'. We also own a class pianist's anthology with both pieces; I'll check it and e-mail you the page numbers by tomorrow evening. What's the best e-mail?"],
    [90, 'p', 'm.ostrowski@example.net'],
    [96, 'l', 'Thanks! Does the IMSLP score look like what you need?'],
    [125, 'p', 'yes perfect, nothing else thx'],
    [130, 'l', 'Great, happy playing and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' }), {}, { now: T0 + 3 * DAY }),

  // 22 FU_ME, the e-mail only in patron.email, not recorded at day 4
  s(ZOE, '22 the first American Nutcracker: sfballet.org, "I\'ll look into it and send you what I find within 72 hours", e-mail only in patron.email, not recorded at day 4', [
    [0, 'p', 'who choreographed the first american nutcracker?'],
    [20, 'l', 'Hello! Zoe here, librarian with Ask a Librarian at Charles County Public Library.'],
    [26, 'l', 'Do you mean the first full-length production in the US?'],
    [45, 'p', 'yeah'],
    [52, 'l', "That was Willam Christensen's production for San Francisco Ballet in 1944. The company's history page at sfballet.org tells the story. Did that answer it?"],
    [80, 'p', 'yes, but was there any in maryland early on?'],
    [88, 'l', "I'm not sure about Maryland; I'll look into it and send you what I find within 72 hours."],
    [110, 'p', 'ok thanks'],
    [115, 'l', 'Is there anything else you need today?'],
    [135, 'p', 'no'],
    [140, 'l', 'Thanks, take care!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'zara.b@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 23 FU_ME with no contact at all; a restatement
  s(KAI, '23 opening a dance studio in Baltimore City: "So you\'re looking to open … is that right?", businessexpress.maryland.gov, "we\'ll get back to you", no contact, done at 10 h', [
    [0, 'p', 'how do i start a dance school? like licenses and stuff in maryland'],
    [21, 'l', "Hi there, this is Kai at Enoch Pratt Free Library's Ask a Librarian."],
    [27, 'l', "So you're looking to open a private dance studio and need to know which licenses and registrations Maryland requires — is that right?"],
    [55, 'p', 'yes in baltimore city'],
    [63, 'l', "Start with the Maryland Business Express portal at businessexpress.maryland.gov, which walks through the state registrations. Our business librarian can put together a fuller checklist for dance studios; I'll pass this to her and we'll get back to you."],
    [90, 'p', 'cool ok'],
    [95, 'l', 'Does the portal give you a place to start?'],
    [120, 'p', 'yeah thats everything thx'],
    [125, 'l', 'Good luck with the studio, goodbye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(10 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 24 a transfer with notice and note; a referral by e-mail
  s(JUNE, '24 1980s photos of a school\'s dance department for a reunion: transfer with notice and note, ProQuest, the school\'s office by e-mail', [
    [0, 'p', 'do you have old photos of the baltimore school for the arts dance dept from the 80s'],
    [18, 'l', 'Hello, June at AskUsNow! here, a librarian.'],
    [24, 'l', 'Is it for a reunion, or for research?'],
    [45, 'p', 'reunion slideshow'],
    [52, 'l', "Our special collections librarian, Miles, is on chat and knows the photo archives best; I'm transferring you to him now, one moment."],
    [55, 'i', 'pt wants 1980s BSA dance dept photos for a reunion slideshow, photo archive q'],
    xfer(58, 'Miles', 'miles-bl'),
    [110, 'l', 'Hi, Miles here in Special Collections. Which years do you need?', as(MILES)],
    [135, 'p', '84-88'],
    [142, 'l', "ProQuest Historical Newspapers: The Baltimore Sun, through your library's website, has some performance photos from those years. For the school's own yearbooks, e-mail the school's main office at office@bsfa-example.org and ask about their archive.", as(MILES)],
    [148, 'l', 'Is that what you needed?', as(MILES)],
    [175, 'p', "yes, that's all I needed"],
    [180, 'l', 'Enjoy the reunion, goodbye!', as(MILES)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 25 a silent transfer: an internal note only
  s(ROB, '25 Katherine Dunham sources for a college paper: an internal note only, then the transfer, JSTOR and IBTD', [
    [0, 'p', 'need dance history sources on katherine dunham for college paper'],
    [16, 'l', "Hi! Rob here, librarian at Prince George's County Memorial Library System."],
    [22, 'l', 'How many sources do you need, and do they have to be scholarly?'],
    [50, 'p', '5, at least 3 peer reviewed'],
    [55, 'i', 'college pt, Katherine Dunham, needs peer-reviewed articles; Ana knows the academic dbs'],
    xfer(57, 'Ana', 'ana-bl'),
    [140, 'l', "Hello, Ana here. For peer-reviewed articles use JSTOR and the International Bibliography of Theatre & Dance, both at pgcmls.info > Research; search 'Katherine Dunham'. Does that completely answer your question?", as(ANA)],
    [170, 'p', 'yes thats all i need'],
    [175, 'l', 'Good luck with the paper, thanks for chatting!', as(ANA)],
  ], usual({ transfer: 'fail' })),

  // 26 a transfer notice only, the receiver exactly 120 s later
  s(TESS, '26 when the Washington Ballet began: a transfer notice (a hold) and no note, the receiver exactly 120 s later, washingtonballet.org', [
    [0, 'p', 'what year did the washington ballet start'],
    [20, 'l', 'Good evening! This is Tess at Ask Us Now!, a Maryland librarian.'],
    [26, 'l', 'Are you after the founding of the company, or of its school?'],
    [50, 'p', 'the company'],
    [56, 'l', "I'm going to transfer you to a colleague who handles arts questions; please hold a moment."],
    xfer(60, 'Vera', 'vera-bl'),
    [176, 'l', "Hi, I'm Vera. The Washington Ballet grew out of Mary Day's school and became a professional company in 1976; the timeline is on its history page at washingtonballet.org. Did that help?", as(VERA)],
    [200, 'p', 'yes thx no more questions'],
    [205, 'l', 'Glad to help, goodbye!', as(VERA)],
  ], usual({ transfer: 'fail' })),

  // 27 a transfer with neither notice nor note; a vague patron
  s(ABE, '27 "ballet" / "idk classes": for whom and where asked, a transfer with neither notice nor note, the Elkton events calendar', [
    [0, 'p', 'ballet'],
    [15, 'l', 'Hi, this is Abe at Ask a Librarian, Cecil County Public Library. What would you like to know about ballet?'],
    [40, 'p', 'idk classes'],
    [46, 'l', 'For you or for a child, and in which town?'],
    [80, 'p', 'me, elkton. im 40 is that too old lol'],
    xfer(85, 'Cleo', 'cleo-bl'),
    [130, 'l', "Hi! Not too old at all. The Elkton branch's events calendar at cecilcountylibrary.org/events lists the adult beginner ballet classes held there. Is that what you were looking for?", as(CLEO)],
    [160, 'p', 'oh nice ty'],
    [165, 'l', 'Anything else I can help with?', as(CLEO)],
    [190, 'p', 'nah'],
    [195, 'l', 'Have fun dancing, bye!', as(CLEO)],
  ], usual({ transfer: 'fail' })),

  // 28 four open at once
  s(FAY, '28 a ballet-school novel for a 14-year-old: Tiny Pretty Things in the catalogue, four chats open at once (fail)', [
    [0, 'p', "what's a good ballet book for a teenager who just started? she's 14"],
    [14, 'l', "Hi, welcome to AskUsNow! I'm Fay, a librarian."],
    [20, 'l', 'Does she want a novel, or a how-to book about technique?'],
    [48, 'p', 'novel i think'],
    [55, 'l', "'Tiny Pretty Things' by Sona Charaipotra and Dhonielle Clayton is a popular ballet-school novel for teens; you'll find it in our catalog at bcpl.info. Does that suit her?"],
    [90, 'p', 'yes ty thats all'],
    [95, 'l', 'Happy reading, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'fay-bl', -100, 200), other('f2', 'fay-bl', 10, 150), other('f3', 'fay-bl', 30, 400)],
  }),

  // 29 Spanish: touching ends, three at most
  s(INES, '29 qué es "port de bras" (Spanish): abt.org, "no tengo mas preguntas", touching ends (three at most)', [
    [0, 'p', "hola, que significa 'port de bras'? lo dice la maestra de mi hijo"],
    [15, 'l', '¡Hola! Soy Inés, bibliotecaria de la Biblioteca del Condado de Howard.'],
    [21, 'l', '¿Lo quiere entender usted, o es para explicárselo a su hijo?'],
    [45, 'p', 'para mi, no se nada de ballet jaja'],
    [52, 'l', "'Port de bras' quiere decir 'llevar los brazos': son los movimientos de los brazos de una posición a otra. El diccionario de ballet de American Ballet Theatre, en abt.org, tiene videos cortos de cada paso. ¿Le ayuda?"],
    [80, 'p', 'si, muchas gracias, no tengo mas preguntas'],
    [86, 'l', '¡De nada, adiós! Que disfrute viendo bailar a su hijo.'],
  ], usual(), { endAfter: 14 }, {
    otherIntervals: [other('i1', 'ines-bl', -300, 0), other('i2', 'ines-bl', -50, 60), other('i3', 'ines-bl', 20, 300), other('i4', 'ines-bl', 100, 400)],
  }),

  // 30 a referral with no contact as the only "source"; an offer of more; patron last; code ""
  s(WES, '30 housing for a Baltimore summer intensive: "call the Peabody Preparatory\'s dance office" (no contact), "Want me to look for short-term rentals…?", patron last, code ""', [
    [0, 'p', 'my daughter got into a summer intensive in baltimore but we live in western md, is there housing for dancers?'],
    [25, 'l', "Hello! You've reached Wes, librarian at Allegany County Library System."],
    [31, 'l', 'Which program is the intensive with?'],
    [60, 'p', 'peabody preparatory dance'],
    [68, 'l', "Some summer intensives arrange dorm rooms through a partner college. The best thing is to call the Peabody Preparatory's dance office and ask whether they house out-of-town students."],
    [74, 'l', 'Want me to look for short-term rentals near Mount Vernon too?'],
    [100, 'p', 'no thats all, thanks'],
  ], usual({ source: 'fail', complete: 'fail', courteous: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BALLET.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};
void byNo;

describe('eighty-second round: ballet, dance recitals and dance schools, checked', () => {
  describeSessions('whole sessions', BALLET.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BALLET.filter((c) => c.name in LEFT_WHY));
});
