/**
 * Eighty-eighth round, theme ROLLER DERBY AND ROLLER SKATING RINKS, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: learning to skate (quads or inlines for a 41-year-old in Howard
 * County, Saturday classes for an 8-year-old in Gaithersburg in Spanish, adults-only nights near Easton, adult lessons in
 * Cumberland, a 67-year-old skating with her granddaughter in Garrett County, lessons for a 5-year-old in Lexington Park,
 * paved paths for kids in Chestertown), gear (worn bearings, adjustable skates for a 7-year-old), rinks (a Dundalk rink
 * for the weekend, family skate nights in Caroline County, a birthday party near Crofton partly in Spanish, opening a rink
 * in Stevensville, a slip on a wet rink floor in Baltimore), derby (a 10th-grade report on its history, a junior league
 * near Bowie, a junior program near Hagerstown in Spanish, becoming a non-skating official in Frederick, a derby name,
 * starting a league in Salisbury, a documentary for a PE class, concussion research for a league's safety officer, a
 * Latina league's meeting room in Hyattsville in Spanish) and rink history (a 1970s Glen Burnie rink for a 70th-birthday
 * slideshow, the Westminster Rollerdrome of the 1940s, a 1982 dance-contest photo from Towson, 70s roller-disco music).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s76/derby-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 17-25 s in most; exactly 60 s after the patron's "hello??" at 45 (03: pass); 61 s, with the provider's own
 *   internal line to colleagues at 30 s (04: fail, an internal line is no pickup); `pickedUpAt` at 58 s with the first
 *   visible line at 75 s (05: pass on the recorded pickup); no provider ever, only the queue's system line (24: fail);
 *  greeting: name and library ("Hi there, thanks for contacting Ask HCLS! I'm Lucía, …", 01), Spanish "¡Hola, buenos días!
 *   Gracias por comunicarse con … Le atiende Mariela." (02) and "¡Hola, buenos días! Soy Tess, bibliotecaria de …" (09),
 *   the service only ("Hi! Welcome to AskUsNow! — I'm Roxanne, a librarian.", 13), the name first and "Good morning!" in
 *   the second line (11), "This is Kevin at Cecil County Public Library." then the answer, no greeting word (10: fail);
 *   na with no provider (24) and Practice (25);
 *  keep_informed: two holds of exactly 120 s each, the second "Still digging — I found a 1976 ad …, and I'm looking for
 *   photos now." (06: pass); a patron question left 122 s with an internal note at 150 and the patron's "?" at 178 (07:
 *   fail); "No problem, take your time!" and the patron back 149 s later (28: waiting on the patron); a transfer notice
 *   answered 92 s later by the receiver's "let me pull up our newspaper index — just a moment", answered 112 s later (08);
 *   patrons' last lines unanswered (13, 15, 16); na (23, 24, 25);
 *  clarify: the restatement "So you're starting from zero and want to know which skates to get …" (01); questions on
 *   weekday or Saturday, deadline and kinds of source, the kids' ages, driving distance, years, NSO or skating ref, skating
 *   experience, league, league stage, balance, songs or albums, quads or inline, class length, number of children, safety
 *   or costs; the answer straight after the identification (10: fail); the question inside the first message that gives
 *   a source (11: fail); no source ever and the question before the answer (12: pass);
 *  source: hclibrary.org, activemontgomery.org, prattlibrary.org and its databases, baltimorecountymd.gov,
 *   juniorrollerderby.org, msa.maryland.gov, wftda.com, rules.wftda.com, library.carr.org, the Cecil catalogue,
 *   talbotcountymd.gov, derbyrollcall.com, wicomicolibrary.org, cumberlandmd.gov, medlineplus.gov, Freegal and Hoopla
 *   through hcplonline.org, kentcounty.com, Kanopy, stmarysmd.com, cdc.gov, Academic Search Premier, ProQuest through
 *   bcpl.info, pgcmls.info, marylandsbdc.org, 311.baltimorecity.gov, peoples-law.org, books (Mabe's Roller Derby, Down and
 *   Derby); a referral's phone number as the only source (21); none: advice from memory, the Rollerverse app and a pro shop
 *   named with no way to reach them (12: fail);
 *  completeness: "Does that cover what you were looking for?", "¿Es esto lo que buscaba?", "Will those work for your three
 *   sources?", "Is that a helpful start?", "Does that work for your class?", "¿Le sirve?", "Does that help for now?",
 *   "Does that help with the skates?" after an answer with no source (12: pass); near misses "Hope that helps!" (10: fail),
 *   "Would a list of songs help …?" before any source and the offer "Would you like me to find a book on 70s roller rink
 *   culture …?" (17: fail);
 *  anything else: asked by the provider (03, 04, 07, 19, 28, 30); the patron's "thats everything", "es todo", "that's all
 *   I needed", "that's all for now then", "that's all for now", "es todo por ahora", "that's all I need", "thats all for
 *   today"; near misses "ok cool thanks" (10), "Feel free to come back if you think of anything else." then "ok thanks"
 *   (17), "ok thank you dear" (16), "wow ok" (13), "oh. ok then" (15), patrons who vanish (18, 20, 21, 22);
 *  dismissal: "Sorry, your time is up for today. Goodbye." (13: fail, courteous passes); "several other patrons waiting …
 *   please log back on later" (14: allowed); "I'm going to have to end the chat here, my shift is over." (15: fail, and no
 *   goodbye in the last two lines); "My shift ends in a minute … please chat back in anytime and another librarian will be
 *   glad to look it up. Thanks so much for chatting!" (16: a way back, pass);
 *  courteous: goodbyes in English and Spanish; the last two provider lines an answer and a check-in (18: fail), an answer
 *   and the end announced (15: fail), a greeting and a check-in with the notice (23: fail);
 *  final idle: a check-in as the last line and `endedAt` exactly 120 s after the answer (18: idle passes, notice na); a
 *   goodbye 119 s after (19: na); a notice with thanks 121 s after, asking nothing (20: idle fails, notice na); a check-in
 *   and a notice with thanks 180 s after (21: both pass); "¿Sigue ahí? Are you still there?" and a plain Spanish goodbye
 *   181 s after (22: idle passes, notice fails); a true Lost Call whose greeting is followed by "Hi, are you still there? It
 *   looks like you may have been disconnected — if I don't hear back soon, I'll end this session." with `endedAt` 185 s
 *   after the greeting (23: both pass); the patron's last line the last visible one (13, 15, 16, 24);
 *  concurrency: three others open from 40 s (04: four at once, fail); a transfer where each provider has at most three over
 *   the part they handled and four over the whole session (08: pass); one other ending at `startedAt`, two overlapping, one
 *   starting at `endedAt` (30: three at most, pass);
 *  codes: Answered; no code field at all (10: na); "" (15: fail); null with no provider (24: fail); Lost Call with two
 *   patron lines (20: fail) and with one (23: pass); Practice (25: all na); a promise coded Answered (28: fail); Follow-up
 *   by me with no contact anywhere (12: fail); a deployment's own code "Referred" (30: pass);
 *  follow-ups: FU_ME on a Friday, e-mail typed and read back, "by Monday", done Monday 10:45 EDT, 71 h 43 min after the end
 *   across the change to daylight time (26: pass); FU_LIB in Spanish, phone typed with spaces and read back with dashes, "a
 *   más tardar el jueves", not recorded, `now` 151 s before the deadline (27: pending); "I'll e-mail them to you" with the
 *   e-mail read back but no time, coded Answered, done at 07:30-08:00 on day 3, 72 h 24 min after (28: code, contact,
 *   on_time fail); FU_LIB, "send them to the e-mail on your library account this week", the e-mail only in
 *   `patron.email`, not recorded, `now` 469 s past the deadline (29: contact and on_time fail, code passes); FU_ME, "I'll
 *   check with our teen services librarian and get back to you", no contact, no time, done 26 h after (12: code and
 *   contact fail, on_time passes);
 *  referrals: the Pratt's own Humanities Department at 400 Cathedral Street (03: pass); a junior coordinator by e-mail (05,
 *   09); a league through the form on its website (07); the Historical Society by phone and URL (08); a pro shop named
 *   with no way to reach it (12: fail); the county's Recreation and Parks office by phone (21); a rink's party line by
 *   phone and a community center's front desk with nothing (22: fail); the SBDC by URL (29); 311, the Attorney General's
 *   Consumer Protection Division, each with a way, in one message (30: pass); not referrals: a teen services
 *   librarian consulted for the patron (12), a branch manager who will call the patron (27), a transfer (08, 09);
 *  transfers: the notice, a note saying why, then the transfer (08: pass); a note and the transfer but never a word to the
 *   patron (09: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 58 s, pass, though the first visible line came at 75 s (05);
 *   an internal line is not visible, so it is no pickup (04: 61 s);
 * - "This is Kevin at Cecil County Public Library." identifies who answers but greets no one, and the second line is the
 *   answer (10: fail); the two parts may be in different lines: the name at 21 s and "Good morning!" at 27 s (11: pass);
 *   "Gracias por comunicarse con …" is "thanks for contacting" (02);
 * - "Still digging — I found a 1976 ad …, and I'm looking for photos now." gives a partial result and says the search goes
 *   on: a hold (06); "Let me pull up our newspaper index — just a moment." is a hold (08); "No problem, take your time!"
 *   is not (28);
 * - a question in the same message as the first source is not "before the first message that gives a source" (11: fail);
 *   with no source ever, any question about the need counts (12: pass); "Would a list of songs help, or are you looking
 *   for whole albums …?" asks about the format of the need (17: clarify passes) and, asked before anything was given, is
 *   not the completeness question;
 * - an app (Rollerverse) and a shop (the pro shop at Skate Country in Waldorf) named with no way to reach them are not
 *   sources; advice from memory is an answer, not a source (12: source fails, "Does that help with the skates?" passes);
 *   a phone number given for a referral is a source even when it is the only one (21, 22);
 * - "Hope that helps!" asks nothing (10: fail); "Feel free to come back if you think of anything else." invites but does
 *   not ask (17: anything else fails, courteous would pass on it);
 * - "that's all for now", "that's all for now then", "es todo por ahora", "thats all for today" say explicitly that the
 *   patron is done; "ok cool thanks", "ok thanks", "ok thank you dear", "wow ok", "oh. ok then" do not;
 * - "Sorry, your time is up for today. Goodbye." tells the patron their time is up (13: fails) and says goodbye (courteous
 *   passes); "I'm going to have to end the chat here, my shift is over." ends the help for the provider's convenience with
 *   no way back (15: fails), and announcing the end is not by itself a goodbye (15: courteous fails); "My shift ends in a
 *   minute … please chat back in anytime and another librarian will be glad to look it up" offers a way back (16: pass);
 * - "It looks like you may have stepped away, so I'll end the chat now. Thanks for contacting us, and come back anytime!"
 *   thanks and invites back without asking whether the patron is there: a goodbye, ending the final idle at 121 s, and no
 *   check-in (20: idle fails);
 * - "Hi, are you still there? It looks like you may have been disconnected — if I don't hear back soon, I'll end this
 *   session." asks, so it is no goodbye and the idle runs to `endedAt`; it is the check-in and the notice in one message
 *   (23); "Gracias por escribirnos. ¡Feliz cumpleaños a su hijo!" is a goodbye but says nothing of a disconnection (22);
 * - a code field left out (undefined) means the source has no codes (10: na); "Referred" is a code the deployment
 *   configures: not missing, not Lost Call, no promise (30: pass);
 * - "I'll check with our teen services librarian … and get back to you" is a promise to find more later; consulting that
 *   librarian for the patron is no referral (12); "La gerente de la sucursal de Hyattsville la llamará … a más tardar el
 *   jueves" is someone from the patron's library contacting her, with when (27); "our Stevensville branch's business
 *   librarian will … send them to the e-mail on your library account this week" is a promise whose contact is never given
 *   or repeated in the chat (29: contact fails; the code passes, the e-mail being known from `patron.email`); that
 *   librarian works for the patron, who is not told to contact them: no referral (only the SBDC, with its URL);
 * - "call 311" is a phone number and 311.baltimorecity.gov a URL; the inspectors 311 routes the report to are not a party
 *   the patron is told to contact; the People's Law Library at peoples-law.org is a website to read, a source (30);
 * - a follow-up recorded "2026-03-09T10:45:00-04:00" for a session that ended 2026-03-06T10:02:26-05:00 is 71 h 43 min
 *   later in elapsed time (26: pass); "2026-03-05T07:30:00-08:00" is 15:30Z, 72 h 24 min after 15:05:41Z (28: fail);
 * - a place named for the patron to use online (a county's class sign-up page, ActiveMONTGOMERY) is a source, not a
 *   referral; "stop by the Humanities Department at the Central Library, 400 Cathedral Street, and ask at the desk" sends
 *   the patron to the own library's department with a postal address, the street address of the Central Library (03:
 *   pass); "contact them through the volunteer form
 *   on their website, mdrollervixens.com" gives a way by URL (07); "pregunte en la recepción del Crofton Community Center"
 *   is a party with no way to reach it (22: fail though the rink has a phone);
 * - concurrency in a transferred session: Nina judged over 0-66 s (three at most), Calvin over 66-316 s (three); each has
 *   four only over parts they did not handle (08: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/derby-labels.ts). First run as labelled / disagreeing: 26 / 4 (03, 23, 29, 30); every one of the 30 scored
 * the same once redacted, and no check was "could not be evaluated" (checked for all 30, the LEFT four included). Label
 * corrections: none (each disagreement reread against RUBRIC.md; every label stood). Final: 26 running, 4 LEFT (LEFT_WHY,
 * message numbers 0-based as in the scorer's evidence):
 *  03 referral.contact: the own library's Humanities Department "at the Central Library, 400 Cathedral Street" not read
 *     as reachable (a street address is a postal address);
 *  23 closing.courteous: "Hi, are you still there? … if I don't hear back soon, I'll end this session." read as a goodbye
 *     (it thanks no one, says no goodbye, invites no one back);
 *  29 referral.contact: the branch's business librarian who "will … send them to the e-mail on your library account" read
 *     as a party referred to (staff working for the patron; the SBDC has its URL);
 *  30 referral.contact: "contact Baltimore City's 311 service (call 311 or file it at 311.baltimorecity.gov)" and the
 *     Consumer Protection Division at a URL and a phone read as a party with no way to reach it.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Friday 6 March 2026, 10:00 EST, in seconds after T0 (session 26). */
const FRI = (4 * DAY) / 1000;

const LUCIA: Prov = { id: 'lucia-rd', name: 'Lucía', library: 'HCLS' };
const MARIELA: Prov = { id: 'mariela-rd', name: 'Mariela', library: 'MCPL' };
const DERRICK: Prov = { id: 'derrick-rd', name: 'Derrick', library: 'EPFL' };
const GRACE: Prov = { id: 'grace-rd', name: 'Grace', library: 'BCPL' };
const ANDRE: Prov = { id: 'andre-rd', name: 'Andre', library: 'PGCMLS' };
const PRIYA: Prov = { id: 'priya-rd', name: 'Priya', library: 'AACPL' };
const OWEN: Prov = { id: 'owen-rd', name: 'Owen', library: 'FCPL-MD' };
const NINA: Prov = { id: 'nina-rd', name: 'Nina', library: 'AUN' };
const CALVIN: Prov = { id: 'calvin-rd', name: 'Calvin', library: 'CCPL-CA' };
const TESS: Prov = { id: 'tess-rd', name: 'Tess', library: 'WCFL' };
const BRUNO: Prov = { id: 'bruno-rd', name: 'Bruno', library: 'WCFL' };
const KEVIN: Prov = { id: 'kevin-rd', name: 'Kevin', library: 'CCPL-CE' };
const FIONA: Prov = { id: 'fiona-rd', name: 'Fiona', library: 'TCFL' };
const HANK: Prov = { id: 'hank-rd', name: 'Hank', library: 'CCPL-CH' };
const ROXANNE: Prov = { id: 'roxanne-rd', name: 'Roxanne', library: 'AUN' };
const ISABEL: Prov = { id: 'isabel-rd', name: 'Isabel', library: 'WIPL' };
const PAUL: Prov = { id: 'paul-rd', name: 'Paul', library: 'ACLS' };
const MEG: Prov = { id: 'meg-rd', name: 'Meg', library: 'GCPL' };
const OMAR: Prov = { id: 'omar-rd', name: 'Omar', library: 'HCPL-MD' };
const JADE: Prov = { id: 'jade-rd', name: 'Jade', library: 'KCPL-MD' };
const SAM: Prov = { id: 'sam-rd', name: 'Sam', library: 'DCPL-MD' };
const LEAH: Prov = { id: 'leah-rd', name: 'Leah', library: 'SMCL' };
const VERA: Prov = { id: 'vera-rd', name: 'Vera', library: 'CCPL-CO' };
const CARMEN: Prov = { id: 'carmen-rd', name: 'Carmen', library: 'AUN' };
const DALE: Prov = { id: 'dale-rd', name: 'Dale', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-rd', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-rd', name: 'Trainee 3', library: 'TRN' };
const WREN: Prov = { id: 'wren-rd', name: 'Wren', library: 'BCPL' };
const YOLANDA: Prov = { id: 'yolanda-rd', name: 'Yolanda', library: 'PGCMLS' };
const XAVIER: Prov = { id: 'xavier-rd', name: 'Xavier', library: 'CALVERT' };
const ZORA: Prov = { id: 'zora-rd', name: 'Zora', library: 'QACL' };
const ESME: Prov = { id: 'esme-rd', name: 'Esme', library: 'AUN' };

const s = session;

export const DERBY: SessionCase[] = [
  // 01 the plain good session, with a restatement
  s(LUCIA, '01 learning to skate at 41, quads or inlines: the restatement, a rink or trails, the catalogue + rei.com, "thats everything"', [
    [0, 'p', 'hi! so im 41 and want to learn to roller skate (finally lol). quads or inlines?? and is there a beginner book or video or something'],
    [22, 'l', "Hi there, thanks for contacting Ask HCLS! I'm Lucía, a librarian at Howard County Library System."],
    [28, 'l', "So you're starting from zero and want to know which skates to get and where to learn the basics — will you be skating mostly at a rink, or outside on trails?"],
    [66, 'p', 'mostly the rink, theres one in columbia my coworker goes to. maybe the lake path later'],
    [75, 'l', "For rink skating most adult beginners do best on quads: the wide base feels steadier, and rink floors suit them. Our catalog at hclibrary.org has 'Roller Skating: Skills and Drills for Beginners' (search the title; copies at Central and Elkridge), and REI's Expert Advice article 'How to Choose Roller Skates' at rei.com covers fit and wheels."],
    [81, 'l', 'Does that cover what you were looking for?'],
    [115, 'p', 'yes!! thats everything. gonna try the adult night friday 🛼'],
    [121, 'l', 'Have a blast — and thanks for chatting with us! 🛼'],
  ], usual()),

  // 02 Spanish, plain
  s(MARIELA, '02 clases de patinaje los sábados para una niña de 8 años en Gaithersburg (Spanish): activemontgomery.org + the catalogue, "es todo"', [
    [0, 'p', 'Hola, buenas. Mi niña de 8 años quiere aprender a patinar (patines de 4 ruedas). Hay clases para niños en Gaithersburg o cerca?'],
    [19, 'l', '¡Hola, buenos días! Gracias por comunicarse con las Bibliotecas Públicas del Condado de Montgomery. Le atiende Mariela.'],
    [25, 'l', '¿Busca clases los fines de semana o entre semana después de la escuela?'],
    [62, 'p', 'sabados de preferencia. trabajo entre semana'],
    [71, 'l', 'El Departamento de Recreación del condado ofrece clases de patinaje para niños; puede buscarlas e inscribirla en ActiveMONTGOMERY (activemontgomery.org): escriba "skating" en el buscador y filtre por edad y por sábado. Y en nuestro catálogo (montgomerycountymd.gov/library) hay libros infantiles en español sobre patinaje para animarla.'],
    [77, 'l', '¿Es esto lo que buscaba?'],
    [118, 'p', 'si perfecto, muchas gracias! es todo'],
    [124, 'l', '¡Con mucho gusto! Gracias por escribirnos, y que disfrute mucho patinando su hija. 🛼'],
  ], usual()),

  // 03 pickup at exactly 60 s after "hello??"; the own library's department by street address
  s(DERRICK, '03 a 10th-grade report on roller derby history: "hello??" at 45, pickup at 60, Mabe\'s book + Student Resources in Context, the Humanities Department at 400 Cathedral St', [
    [0, 'p', 'hi i have to do a report on the history of roller derby for my 10th grade english class. where did it start??'],
    [45, 'p', 'hello??'],
    [60, 'l', "Good morning, and sorry for the wait! I'm Derrick, a librarian at Enoch Pratt Free Library."],
    [66, 'l', 'When is the report due, and does your teacher want a certain number or kind of sources (books, articles)?'],
    [100, 'p', 'next friday. 3 sources and one has to be a book'],
    [110, 'l', "Roller derby started in Chicago in 1935, when promoter Leo Seltzer staged the 'Transcontinental Roller Derby', an endurance race on a banked track; it turned into a contact sport a few years later. For your book, Catherine Mabe's 'Roller Derby: The History and All-Girl Revival of the Greatest Sport on Wheels' is in our catalog (search it at prattlibrary.org). For articles, Student Resources in Context (prattlibrary.org > Research > Databases) has encyclopedia entries and magazine articles you can cite."],
    [116, 'l', 'Will those work for your three sources?'],
    [150, 'p', 'yes perfect. can i see the book in person tho'],
    [158, 'l', "Yes! It's a reference copy, so it stays in the building: stop by the Humanities Department at the Central Library, 400 Cathedral Street, and ask at the desk. Anything else I can help with?"],
    [190, 'p', "nope that's all, thank you!!"],
    [196, 'l', 'Good luck on the report, and thanks for chatting with Pratt!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s after an internal line at 30; four chats open at once
  s(GRACE, '04 a rink near Dundalk for the weekend: an internal line at 30, pickup at 61, the county\'s skating page, three other chats open from 40 s (four at once)', [
    [0, 'p', 'is there still a roller rink near dundalk?? want to take my kids this weekend'],
    [30, 'i', 'juggling three right now — is anyone free to grab the dundalk rink question in the queue?'],
    [61, 'l', 'Hi, sorry for the wait — Grace here, a librarian at Baltimore County Public Library!'],
    [67, 'l', 'How old are your kids? Some skating sessions are for little ones, others are more for older kids and teens.'],
    [98, 'p', '6 and 9'],
    [107, 'l', 'Baltimore County Recreation and Parks lists its public and family skate sessions, including ones near Dundalk, at baltimorecountymd.gov (Recreation and Parks > Skating). The times change by season, so check the weekend schedule there before you go. Did that help?'],
    [140, 'p', 'ok yes thank you'],
    [146, 'l', 'Is there anything else I can help you with today?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Have fun skating, and thanks for chatting with BCPL!'],
  ], usual({ pickup: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'grace-rd', -300, 400), other('g2', 'grace-rd', -100, 250), other('g3', 'grace-rd', 40, 600)],
  }),

  // 05 pickedUpAt 58, first visible line at 75; a referral by e-mail
  s(ANDRE, '05 a junior derby league near Bowie for a 13-year-old: pickedUpAt 58 (first line 75), juniorrollerderby.org, the junior coordinator by e-mail', [
    [0, 'p', 'hi my daughter is 13 and obsessed with roller derby after watching a bout. is there a junior league anywhere in pg county or close'],
    [75, 'l', "Hello, and thanks for waiting! I'm Andre, a librarian with Prince George's County Memorial Library System."],
    [81, 'l', 'Has she skated before, and how far are you willing to drive for practices?'],
    [120, 'p', 'she skates at the rink a lot. we live in bowie, so 30-40 min is fine'],
    [129, 'l', "The Junior Roller Derby Association keeps a map of member leagues at juniorrollerderby.org (League Finder), and several junior programs are within that range of Bowie. The DC Rollergirls run a junior program too: you can e-mail their junior coordinator at juniors@dcrollergirls.com to ask about tryouts and age groups. Is that the kind of info you needed?"],
    [170, 'p', "yes!! she's going to freak out. that's all I needed, thank you"],
    [176, 'l', 'Wonderful! Thanks for chatting, and good luck to her at tryouts!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(58) }),

  // 06 two holds of exactly 120 s, the second a partial result
  s(PRIYA, '06 a 1970s rink on Ritchie Highway for a 70th-birthday slideshow: holds at 78 and 198 (partial result), the answer at 318, msa.maryland.gov', [
    [0, 'p', 'my dad used to skate at a rink on ritchie highway in glen burnie in the 70s, he cant remember the name. any way to find old pictures or ads? its for his 70th birthday slideshow'],
    [20, 'l', 'Good morning! This is Priya, a librarian at Anne Arundel County Public Library. What a fun project!'],
    [26, 'l', 'Does he remember roughly what years, or anything that was near it, like a store or a shopping center?'],
    [70, 'p', 'like 1974-1979? he said it was near a drive in'],
    [78, 'l', 'Let me check a couple of our local history sources for you, one moment.'],
    [198, 'l', "Still digging — I found a 1976 ad in the Evening Capital for a 'Skateland' on Ritchie Highway, and I'm looking for photos now."],
    [318, 'l', "OK! For the ad itself, the Evening Capital's back issues are searchable through our newspaper archive (aacpl.net > Research > Newspapers): search 'Skateland' with 1974-1979. For photos, the Maryland State Archives' Special Collections photo search at msa.maryland.gov has a few Glen Burnie street views from those years that show the building."],
    [324, 'l', 'Does that help with the slideshow?'],
    [360, 'p', 'YES this is perfect, he will love the ad. thats all i needed!'],
    [366, 'l', 'So glad! Happy 70th to your dad, and thanks for chatting with AACPL.'],
  ], usual()),

  // 07 a 122 s wait with an internal note and "?" in it; a league through its website
  s(OWEN, '07 becoming a non-skating official in Frederick: wftda.com + rules.wftda.com, then 122 s of silence (a note at 150, "?" at 178), a league by its website, code Answered', [
    [0, 'p', 'how do you become a roller derby ref? i cant skate that well but i love watching'],
    [17, 'l', "Hi! I'm Owen, a librarian at Frederick County Public Libraries."],
    [23, 'l', 'Would you want to be a skating referee eventually, or are you open to the non-skating jobs (NSOs: scorekeepers, penalty timers and so on)?'],
    [58, 'p', 'nso sounds good for now'],
    [66, 'l', "The Women's Flat Track Derby Association's officiating pages at wftda.com (Officiating > Getting Started) explain the NSO positions and the certification path, and the current rules are free at rules.wftda.com. Did that help?"],
    [100, 'p', 'yes thats great. is there a league in frederick i could volunteer with?'],
    [150, 'i', 'anyone know if a derby league is skating in Frederick right now? pt on chat wants to volunteer as an NSO'],
    [178, 'p', '?'],
    [222, 'l', "Sorry for the wait! I couldn't confirm a league skating in Frederick right now, but the Mason-Dixon Roller Vixens skate in Hagerstown and take NSO volunteers: contact them through the volunteer form on their website, mdrollervixens.com."],
    [228, 'l', 'Anything else I can help you with?'],
    [255, 'p', 'no, that was all. thanks!'],
    [260, 'l', 'Thanks for chatting, and have fun at your first bout!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 a transfer with a notice and a note; concurrency over the parts each provider handled
  s(NINA, '08 the Westminster Rollerdrome of the 1940s: "I\'m going to transfer you to him", a note why, Calvin, library.carr.org + the Historical Society by phone; each has four only outside their part', [
    [0, 'p', "my grandpa skated at a rink in westminster in the 1940s, he called it 'the Rollerdrome'. is there any info or pics? hes 94 and wed love to show him"],
    [18, 'l', "Hello! I'm Nina, a librarian with AskUsNow!, Maryland's statewide library chat."],
    [24, 'l', 'What a lovely idea. Do you know roughly what years he skated there, and his name back then?'],
    [52, 'p', 'about 1946 to 1950, Walter Kessler'],
    [58, 'l', "Carroll County Public Library's local history librarian, Calvin, is on the service right now and knows their newspaper files well, so I'm going to transfer you to him. One moment, please!"],
    [62, 'i', "Calvin: pt wants info/photos of a 1940s roller rink in Westminster ('the Rollerdrome'), grandfather Walter Kessler skated there 1946-50. Your local history files — can you take it?"],
    xfer(66, 'Calvin', 'calvin-rd'),
    [150, 'l', 'Hi, Calvin at Carroll County Public Library here! Let me pull up our newspaper index — just a moment.', as(CALVIN)],
    [262, 'l', "Found it: the Democratic Advocate ran ads for the Westminster Rollerdrome from 1946 into the 1950s. Our Carroll County newspaper index at library.carr.org (History > Newspapers) lists them and a 1948 write-up of a skating party — search 'Rollerdrome'. For photos, the Historical Society of Carroll County keeps a photo file: call them at 410-555-0148 or write through hsccmd.org and ask about the Rollerdrome.", as(CALVIN)],
    [268, 'l', 'Does that give you a good place to start?', as(CALVIN)],
    [305, 'p', "yes!! that's everything, thank you both so much"],
    [311, 'l', "You're very welcome — thanks for chatting, and I hope Walter enjoys the trip down memory lane!", as(CALVIN)],
  ], usual({ transfer: 'pass', referral: 'pass' }), {}, {
    otherIntervals: [
      other('n1', 'nina-rd', -300, 40), other('n2', 'nina-rd', 20, 300), other('n3', 'nina-rd', 80, 400), other('n4', 'nina-rd', 90, 500),
      other('c1', 'calvin-rd', -200, 600), other('c2', 'calvin-rd', 100, 400), other('c3', 'calvin-rd', -100, 55), other('c4', 'calvin-rd', -50, 60),
    ],
  }),

  // 09 Spanish: a note and the transfer, no word to the patron
  s(TESS, '09 roller derby juvenil cerca de Hagerstown (Spanish): a note why and the transfer to Bruno with no visible notice, the junior coach by e-mail, "es todo"', [
    [0, 'p', 'hola, mi hijo de 11 años quiere jugar roller derby. hay algo para niños cerca de Hagerstown?'],
    [20, 'l', '¡Hola, buenos días! Soy Tess, bibliotecaria de Washington County Free Library.'],
    [26, 'l', '¿Su hijo ya sabe patinar bien, o necesitaría empezar desde cero?'],
    [57, 'p', 'patina un poco, va a la pista los sabados'],
    [61, 'i', 'Bruno, ¿puedes tomar esta? Madre hispanohablante, busca roller derby juvenil para un niño de 11 años cerca de Hagerstown; tú conoces las ligas.'],
    xfer(64, 'Bruno', 'bruno-rd'),
    [112, 'l', '¡Hola! Soy Bruno, bibliotecario de Washington County Free Library. Con gusto sigo con su pregunta.', as(BRUNO)],
    [120, 'l', 'Los Mason-Dixon Roller Vixens de Hagerstown tienen un programa juvenil para niños y niñas de 8 a 17 años. Puede escribirle a la entrenadora del programa a juniors@mdrollervixens.com para preguntar por las prácticas. Y la Junior Roller Derby Association tiene un mapa de ligas juveniles en juniorrollerderby.org. ¿Le sirve esta información?', as(BRUNO)],
    [160, 'p', 'si muchas gracias!! es todo'],
    [166, 'l', '¡Con gusto! Gracias por escribirnos, y que se divierta su hijo.', as(BRUNO)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 10 no greeting word, no question, "Hope that helps!", "ok cool thanks", no code field
  s(KEVIN, '10 grinding bearings: "This is Kevin at Cecil County Public Library." then the answer at once, the catalogue, "Hope that helps!", "ok cool thanks", no code field', [
    [0, 'p', 'my skate wheels are making a grinding noise and barely spin. do i need new bearings or can i clean them'],
    [16, 'l', 'This is Kevin at Cecil County Public Library.'],
    [22, 'l', "Grinding usually means dirt in the bearings, and cleaning often fixes it: pop the wheels off, pry the shields off the bearings, soak them in citrus degreaser or isopropyl alcohol, let them dry completely, then add a drop or two of skate bearing lube. If they still grind after that they're worn out, and a set of 16 is cheap to replace. 'The Complete Guide to Roller Skate Maintenance' in our catalog (cecilcountylibrary.org) walks through it with photos."],
    [28, 'l', 'Hope that helps!'],
    [60, 'p', 'ok cool thanks'],
    [65, 'l', 'No prob. Bye!'],
  ], usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 11 the name, then "Good morning!" with the first source and the question in one message
  s(FIONA, '11 adults-only skate nights near Easton: the name first, "Good morning!" with talbotcountymd.gov and the question in one message, dorchestercountymd.com', [
    [0, 'p', 'are there any adult-only roller skating nights anywhere near easton? i feel silly skating around a bunch of 8 year olds lol'],
    [21, 'l', 'Fiona at Talbot County Free Library here.'],
    [27, 'l', "Good morning! You're not silly at all — lots of adults skate. Talbot County Parks & Recreation posts its skating sessions at talbotcountymd.gov (Parks & Recreation > Programs); are you hoping for something right in Easton, or would you drive to Cambridge or Salisbury for an adults-only night?"],
    [65, 'p', 'i could drive to cambridge, salisbury is kinda far'],
    [74, 'l', "Then check the Dorchester County Recreation and Parks event calendar at dorchestercountymd.com (Recreation > Events): any 18+ skate nights in Cambridge are listed there, usually on Friday evenings. Did that help?"],
    [108, 'p', "yes, thanks! that's all i needed"],
    [114, 'l', 'Great — have fun, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 12 no source; an app and a shop with no way to reach them; a promise with no contact, FU_ME, done at 26 h
  s(HANK, '12 adjustable skates for a 7-year-old: advice from memory, the Rollerverse app and "ask at the pro shop at Skate Country in Waldorf", "I\'ll check with our teen services librarian … and get back to you", FU_ME, no contact', [
    [0, 'p', 'should i buy adjustable roller skates for my 7 yr old or just regular ones a size up? she grows so fast'],
    [19, 'l', "Hi there! I'm Hank, a librarian at Charles County Public Library."],
    [25, 'l', 'Does she skate mostly outside on the sidewalk, or at a rink?'],
    [50, 'p', 'outside mostly, driveway and the path by our house. also does the library lend skates?? i heard some do'],
    [58, 'l', "For a 7-year-old who skates outside, adjustable skates are a good buy: most expand about four sizes, so one pair can last a couple of years. Buying a size up usually means wobbly ankles. An app like Rollerverse can help you find smooth paths nearby, and you could ask at the pro shop at Skate Country in Waldorf — they'll fit her for free."],
    [64, 'l', "As for lending skates, I'm not sure whether any of our branches do, so I'll check with our teen services librarian and get back to you."],
    [90, 'p', 'ok great'],
    [95, 'l', 'Does that help with the skates?'],
    [120, 'p', "yes! that's all for now"],
    [126, 'l', 'Thanks for chatting, and have fun with the new skates!'],
  ], usual({ source: 'fail', code: 'fail', contact: 'fail', onTime: 'pass', referral: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(131 + 26 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 13 "your time is up"
  s(ROXANNE, '13 a derby name for a new skater: derbyrollcall.com, then a long list, "Sorry, your time is up for today. Goodbye.", "wow ok"', [
    [0, 'p', 'im joining a derby league!! i need a derby name. is there a list somewhere of names already taken'],
    [20, 'l', "Hi! Welcome to AskUsNow! — I'm Roxanne, a librarian."],
    [26, 'l', 'Congrats! Which league are you joining? Some leagues have their own rules about names.'],
    [55, 'p', 'charm city. fresh meat program lol'],
    [64, 'l', "There's no single official list any more, but most skaters check Derby Roll Call (derbyrollcall.com), a free worldwide register where you can search a name and add yours. Does that answer it?"],
    [90, 'p', 'yes. ok now can u help me come up with like 20 names from my real name Margaret and also explain what a jammer is and also how do i make a practice schedule and what gear brands are best'],
    [98, 'l', 'Sorry, your time is up for today. Goodbye.'],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 the allowed "other patrons waiting"
  s(ISABEL, '14 starting a derby league in Salisbury, then a long list: wftda.com + Down and Derby, "several other patrons waiting … please log back on later", "that\'s all for now then"', [
    [0, 'p', 'hey! a few of us want to start a roller derby league in salisbury. where do we even start'],
    [22, 'l', "Hey there, thanks for contacting Wicomico Public Libraries! I'm Isabel, one of the librarians."],
    [28, 'l', 'How far along are you — do you already have skaters and somewhere to practice, or is it just the idea so far?'],
    [64, 'p', 'like 8 skaters, no practice space yet'],
    [73, 'l', "Great start! WFTDA's pages for new leagues at wftda.com (Membership > New Leagues) explain how leagues organise and what membership takes, and 'Down and Derby: The Insider's Guide to Roller Derby' by Jennifer Barbee and Alex Cohen, in our catalog at wicomicolibrary.org, has a chapter on starting a league. Is that a helpful start?"],
    [110, 'p', 'yes!! ok next: bylaws template, insurance, sponsors, how to do a logo, a bank account for the league, tshirts, and where to practice'],
    [118, 'l', "That's quite a list — all good questions! I have several other patrons waiting right now, so please log back on later and we'll take them a few at a time. We'll be glad to help."],
    [140, 'p', "lol fair, i did dump a lot on you. that's all for now then"],
    [146, 'l', 'Thanks for understanding — good luck getting the league rolling!'],
  ], usual()),

  // 15 "my shift is over", no way back, no goodbye; code ""
  s(PAUL, '15 adult skating lessons in Cumberland: cumberlandmd.gov + allegany.edu, a new question, "I\'m going to have to end the chat here, my shift is over.", code ""', [
    [0, 'p', 'is there anywhere in cumberland that teaches adults to roller skate? i want lessons not just open skate'],
    [24, 'l', "Hi! I'm Paul, a librarian at Allegany County Library System."],
    [30, 'l', 'Are you brand new to skating, or have you skated before and want to get better?'],
    [62, 'p', 'brand new. 35 and terrified lol'],
    [70, 'l', "Cumberland's Parks and Recreation Department posts its adult classes at cumberlandmd.gov (Departments > Parks & Recreation), and Allegany College of Maryland's continuing-education catalog (allegany.edu > Continuing Education) sometimes has a beginner skating course. Did that help?"],
    [105, 'p', 'kinda, neither has one right now. what about private lessons? or a youtube channel thats good for beginners'],
    [112, 'l', "I'm going to have to end the chat here, my shift is over."],
    [125, 'p', 'oh. ok then'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 16 the shift ends, with a way back
  s(MEG, '16 skating again at 67: medlineplus.gov, a new question, "My shift ends in a minute … please chat back in anytime … Thanks so much for chatting!", "ok thank you dear"', [
    [0, 'p', 'im 67 and my granddaughter wants me to roller skate with her. is that crazy at my age? what should i worry about'],
    [21, 'l', "Good morning! I'm Meg, a librarian with Garrett County Public Libraries. Not crazy at all!"],
    [27, 'l', 'Have you skated before, even long ago, and do you have any balance or bone concerns, like osteoporosis?'],
    [66, 'p', 'used to skate as a teen. no bone issues but my balance isnt what it was'],
    [76, 'l', "MedlinePlus, from the National Library of Medicine, has a page on preventing falls with balance exercises you can start now (medlineplus.gov, search 'falls'). The usual advice for returning skaters is wrist guards, knee pads and a helmet, and starting at a rink where you can hold the wall. Does that help?"],
    [115, 'p', 'yes very much. one more thing, where in oakland can i buy wrist guards'],
    [122, 'l', "My shift ends in a minute, so I can't dig into that one myself — but please chat back in anytime and another librarian will be glad to look it up. Thanks so much for chatting!"],
    [140, 'p', 'ok thank you dear'],
  ], usual({ anything: 'fail' })),

  // 17 an early "would … help?", an offer, "feel free to come back"
  s(OMAR, '17 70s roller-disco music for a 60th: "Would a list of songs help …?" before the answer, Freegal + Hoopla, the offer of a book, "Feel free to come back …", "ok thanks"', [
    [0, 'p', 'planning a 70s roller disco party for my moms 60th!! what music did they play at rinks back then'],
    [20, 'l', "Hi! I'm Omar, a librarian at Harford County Public Library. Love this."],
    [26, 'l', 'Would a list of songs help, or are you looking for whole albums you can stream at the party?'],
    [58, 'p', "streaming would be best, we'll play it off my phone"],
    [67, 'l', "Freegal Music, free with your library card (hcplonline.org > eLibrary > Freegal), streams lots of late-70s disco — search 'roller disco', or artists like Chic, Donna Summer and the Bee Gees, the rink staples of 1977-79. Hoopla, on the same page, has disco compilations you can borrow for the day too."],
    [73, 'l', 'Would you like me to find a book on 70s roller rink culture for decorating ideas too?'],
    [100, 'p', 'nah thats ok'],
    [106, 'l', 'Sounds good! Feel free to come back if you think of anything else.'],
    [130, 'p', 'ok thanks'],
    [136, 'l', 'Have a groovy party — bye! 🪩'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 18 a check-in as the last line; final idle exactly 120 s to endedAt
  s(JADE, '18 paved places for kids to skate in Chestertown: kentcounty.com, "Hello? Are you still with me?" at 150, ended at 184 (final idle 120 s), no goodbye', [
    [0, 'p', 'where can kids roller skate outside in chestertown? smooth pavement not gravel lol'],
    [18, 'l', "Hi! This is Jade, a librarian at Kent County Public Library."],
    [24, 'l', 'How old are the kids, and are they on quads or inline skates?'],
    [55, 'p', '7 and 10, quads'],
    [64, 'l', 'Kent County Parks and Recreation lists its parks with paved paths and courts, with a map for each, at kentcounty.com (Parks & Recreation > Parks). The ones marked with paved walking loops are the smoothest for quads. Does that help?'],
    [150, 'l', 'Hello? Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 34 }),

  // 19 a goodbye 119 s after the answer
  s(SAM, '19 a derby documentary for a PE class: Kanopy + the catalogue, "Does that work …? And is there anything else …?", goodbye 119 s after the answer', [
    [0, 'p', 'need a roller derby documentary to show in my high school PE class. something school appropriate'],
    [20, 'l', "Good morning, thanks for reaching out to Ask a Librarian! I'm Sam at Dorchester County Public Library."],
    [26, 'l', 'How long is your class period, and do you need it to stream or is a DVD fine?'],
    [60, 'p', '50 min period. streaming, the school has a projector'],
    [70, 'l', "Kanopy, free with a Dorchester library card (dorchesterlibrary.org > eResources > Kanopy), streams 'Blood on the Flat Track: The Rise of the Rat City Rollergirls' (about 75 minutes, so you could show the first 45). Our catalog also has 'Hell on Wheels' on DVD if a disc ever works better. Does that work for your class? And is there anything else I can look up?"],
    [189, 'l', 'Thanks for chatting, and have fun with the class!'],
  ], usual()),

  // 20 a notice with thanks 121 s after, no check-in; Lost Call after two patron lines
  s(LEAH, '20 skating lessons for a 5-year-old in Lexington Park: stmarysmd.com, "It looks like you may have stepped away … Thanks … come back anytime!" at 121 s, Lost Call', [
    [0, 'p', 'do any rinks around lexington park do skating lessons for kids'],
    [22, 'l', "Hi there, I'm Leah, a librarian at St. Mary's County Library!"],
    [28, 'l', 'About how old is your child, and have they skated before?'],
    [52, 'p', '5, never'],
    [60, 'l', "St. Mary's County Recreation & Parks runs beginner skating classes for ages 5 and up; the schedule and sign-up are at stmarysmd.com/recreate (search 'skating'). Does that help?"],
    [181, 'l', "It looks like you may have stepped away, so I'll end the chat now. Thanks for contacting us, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 21 a check-in and a notice with thanks, final idle exactly 180 s; a referral's phone as the only source
  s(VERA, '21 family skate nights in Caroline County: the Recreation and Parks office by phone (the only source), "Are you still there?", a notice with thanks 180 s after', [
    [0, 'p', 'does caroline county still have roller skating nights for families? we used to go to one in denton'],
    [19, 'l', 'Hello! Vera here, a librarian at Caroline County Public Library.'],
    [25, 'l', 'Are you thinking of a regular skate night, or something for a special occasion like a birthday?'],
    [58, 'p', 'regular, like a once a month family thing'],
    [68, 'l', "The family skate nights in Denton are run by Caroline County Recreation and Parks, and their schedule changes each season, so the best bet is to call their office at 410-555-0163 and ask what's on this spring. Is that what you needed?"],
    [190, 'l', 'Are you still there?'],
    [248, 'l', "It looks like you've been disconnected, so I'll close this chat now. Thanks for contacting Caroline County Public Library — come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 22 partly Spanish: two parties, one with no way to reach it; a check-in and a goodbye 181 s after, no notice
  s(CARMEN, '22 un cumpleaños en una pista de patinaje cerca de Crofton (partly Spanish): Skate Palace by phone + the Crofton Community Center with nothing, "¿Sigue ahí? Are you still there?", goodbye at 181 s', [
    [0, 'p', 'hi, quiero hacer el cumpleaños de mi hijo en una pista de patinaje near crofton. how much does it cost usually?'],
    [21, 'l', "¡Hola! Hi, I'm Carmen, a librarian with AskUsNow!. I can help in English or Spanish."],
    [27, 'l', '¿Para cuántos niños más o menos, y qué día de la semana? Weekend parties cost more at most rinks.'],
    [60, 'p', 'unos 15 niños, un sábado'],
    [71, 'l', 'Para 15 niños un sábado, las fiestas en pistas de la zona suelen costar entre 250 y 400 dólares con pizza y patines incluidos. Para precios exactos, llame a la línea de fiestas de Skate Palace al 410-555-0177, o pregunte en la recepción del Crofton Community Center, que también alquila su gimnasio para fiestas de patinaje. ¿Le sirve?'],
    [200, 'l', '¿Sigue ahí? Are you still there?'],
    [252, 'l', 'Gracias por escribirnos. ¡Feliz cumpleaños a su hijo! 🎂'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'fail' })),

  // 23 a true Lost Call: greeting, then the check-in and the notice in one message
  s(DALE, '23 Roller Girl in Spanish (Lost Call): a greeting only, "Hi, are you still there? It looks like you may have been disconnected — if I don\'t hear back soon, I\'ll end this session.", ended 185 s after', [
    [0, 'p', 'does the library have the book roller girl by victoria jamieson in spanish'],
    [25, 'l', "Hi, welcome to AskUsNow! I'm Dale, a librarian."],
    [150, 'l', "Hi, are you still there? It looks like you may have been disconnected — if I don't hear back soon, I'll end this session."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 24 no provider ever joined
  s(QUEUE, '24 Sunday hours of a rink in Laurel: no provider ever joined, "hello", "never mind", patron left, code null', [
    [0, 'p', 'what time does the roller rink in laurel open on sundays'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you shortly.'],
    [95, 'p', 'hello'],
    [170, 'p', 'never mind found it on their facebook'],
    left(175),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (rink party macro): coded Practice, every check na', [
    [0, 'p', 'TEST — practice chat, roller rink birthday macro'],
    [10, 'l', 'Practice: rink party info is at samplelibrary.org/kids'],
    [22, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 FU_ME on a Friday, e-mail read back, "by Monday", done Monday 10:45 EDT (71 h 43 min, across the clock change)
  s(WREN, '26 a 1982 roller-dance contest photo from Towson (Friday): microfilm search, e-mail read back, "by Monday", ProQuest via bcpl.info, done 2026-03-09T10:45-04:00', [
    [FRI + 0, 'p', 'Hi, my mother won a roller skating dance contest at a rink in Towson around 1982 and there was a picture in the paper. Is there any way to get a copy?'],
    [FRI + 17, 'l', "Good morning! I'm Wren, a librarian at Baltimore County Public Library. What a great thing to track down."],
    [FRI + 23, 'l', 'Do you know which paper it was — the Sun, the News American, or a local weekly like the Towson Times — and her name then?'],
    [FRI + 58, 'p', 'maybe the Towson Times? her name was Donna Pirelli'],
    [FRI + 66, 'l', "The Towson Times from the early 1980s isn't online anywhere, but we have it on microfilm. I can go through the 1982 reels and e-mail you a scan of the picture if I find it. What e-mail should I send it to?"],
    [FRI + 95, 'p', 'that would be amazing! dpirelli.kids@example.com'],
    [FRI + 101, 'l', "Thanks — I have dpirelli.kids@example.com. I'll search the reels and e-mail you by Monday. In the meantime, the Baltimore Sun's archive through ProQuest (bcpl.info > Research > Newspapers) is worth a search for 'roller skating contest' and 1982, in case the Sun ran it too. Does that help for now?"],
    [FRI + 135, 'p', "perfect!! that's all I need, thank you so much"],
    [FRI + 141, 'l', "You're welcome — thanks for chatting, and talk soon!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, startedAt: at(FRI), followUps: [{ doneAt: '2026-03-09T10:45:00-04:00' }] }, { now: T0 + 8 * DAY }),

  // 27 Spanish: FU_LIB, phone read back, "a más tardar el jueves", not recorded, now 151 s before the deadline
  s(YOLANDA, '27 una sala de reuniones para una liga de roller derby en Hyattsville (Spanish): pgcmls.info, the branch manager will call, phone read back, "a más tardar el jueves", pending', [
    [0, 'p', 'Hola, soy parte de un grupo de roller derby de mujeres latinas en Hyattsville. Queremos usar una sala de la biblioteca para reuniones. Se puede?'],
    [18, 'l', "¡Hola, buenos días! Le saluda Yolanda, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George's."],
    [24, 'l', '¿Cuántas personas serían, y qué día y a qué hora les gustaría reunirse?'],
    [60, 'p', 'unas 12, los martes en la noche 7pm'],
    [70, 'l', 'Las salas se reservan en línea en pgcmls.info (Servicios > Salas de reuniones), donde también están las reglas. Para un grupo que se reúne cada semana la sucursal de Hyattsville tiene que aprobar la reserva, así que puedo pedirle a la gerente de la sucursal que la llame. ¿A qué número la pueden llamar?'],
    [98, 'p', '240 555 0138'],
    [104, 'l', 'Gracias: 240-555-0138. La gerente de la sucursal de Hyattsville la llamará a más tardar el jueves para confirmar. Mientras tanto, ¿le sirve la página de reservas?'],
    [140, 'p', 'si, gracias! es todo por ahora'],
    [146, 'l', '¡Con gusto! Gracias por comunicarse con nosotros, y suerte con el equipo. 🛼'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 3 * DAY }),

  // 28 "take your time"; a promise coded Answered, e-mail read back, no time; done at 07:30-08:00 (72 h 24 min)
  s(XAVIER, '28 concussion research for a derby league\'s safety talk: "No problem, take your time!", medlineplus.gov + cdc.gov + Academic Search Premier, "I\'ll e-mail them to you", no time, coded Answered', [
    [0, 'p', 'hey, im the safety officer for our derby league in calvert county. looking for actual research on concussions in roller derby for a talk to our skaters'],
    [20, 'l', "Hi, thanks for contacting Calvert Library! I'm Xavier, one of the librarians."],
    [26, 'l', 'When is the talk, and do your skaters want the research itself or more of a plain-language summary?'],
    [60, 'p', 'in 2 weeks. plain language mostly but id like to cite real studies. hold on let me grab a pen'],
    [66, 'l', 'No problem, take your time!'],
    [215, 'p', 'ok back'],
    [224, 'l', "Welcome back! MedlinePlus has a plain-language page on concussion (medlineplus.gov/concussion.html), and the CDC's HEADS UP program (cdc.gov/headsup) has handouts for sports teams. For studies, search \"roller derby\" AND injur* in Academic Search Premier (calvertlibrary.info > Research > Databases); there are a few surveys of flat-track skaters' injuries. Does that help?"],
    [270, 'p', 'yes this is great'],
    [276, 'l', "There are a couple more studies I can request through interlibrary loan, and I'll e-mail them to you. What's your e-mail?"],
    [300, 'p', 'kfoster.derby@example.net'],
    [306, 'l', 'Got it, kfoster.derby@example.net. Anything else I can help with today?'],
    [330, 'p', 'nope thats all, thanks a ton'],
    [336, 'l', 'Thanks for chatting, and good luck with the talk!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { followUps: [{ doneAt: '2026-03-05T07:30:00-08:00' }] }, { now: T0 + 6 * DAY }),

  // 29 FU_LIB, the e-mail only in patron.email, "this week", not recorded, now 469 s past the deadline
  s(ZORA, '29 opening a roller rink in Stevensville: rollerskating.com + the SBDC at marylandsbdc.org, "send them to the e-mail on your library account this week", FU_LIB, not recorded past the deadline', [
    [0, 'p', 'I want to open a roller skating rink in Stevensville. where do i find info on the industry, like how much rinks make, and how to write a business plan'],
    [22, 'l', "Hi, and welcome to Ask a Librarian! I'm Zora at Queen Anne's County Library."],
    [28, 'l', 'Is this for a bank loan application, or are you still deciding whether the idea works?'],
    [70, 'p', 'still deciding, but a loan eventually'],
    [80, 'l', "For a start, the Roller Skating Association International publishes facts about the rink industry at rollerskating.com, and for the business plan you can get free one-on-one help from the Maryland Small Business Development Center: request a consultant at marylandsbdc.org (they cover Queen Anne's County). Our business databases have industry reports on skating rinks too; our Stevensville branch's business librarian will pull a couple and send them to the e-mail on your library account this week."],
    [86, 'l', 'Does that help you get started?'],
    [120, 'p', 'yes thank you! thats all for today'],
    [126, 'l', 'Good luck with the rink, and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail', referral: 'pass' }), { ...FU_LIB, patron: { name: null, email: 'rink.dreams@example.com', phone: null } }, {
    now: T0 + 3 * DAY + 600_000,
  }),

  // 30 plain: three parties in one message, all with a way; a deployment code; touching ends (three at most)
  s(ESME, '30 a slip on a wet rink floor in Baltimore: 311 + the Consumer Protection Division + peoples-law.org in one message, code "Referred", touching ends', [
    [0, 'p', 'I slipped on a wet spot at a skating rink in Baltimore last weekend and hurt my wrist. The manager was rude about it. Who do I even complain to?'],
    [19, 'l', "Hello, and I'm sorry that happened! I'm Esme, a librarian with AskUsNow!, Maryland's library chat service."],
    [25, 'l', 'Do you want to report the floor as a safety problem, complain about how you were treated, or find out whether you can recover your medical costs — or all of those?'],
    [70, 'p', 'mostly the safety thing and maybe the medical bills'],
    [80, 'l', "Two places to start. For the safety problem, contact Baltimore City's 311 service (call 311 or file it at 311.baltimorecity.gov), which routes it to the right inspectors; for a dispute with the business over your costs, the Maryland Attorney General's Consumer Protection Division takes complaints at marylandattorneygeneral.gov or 410-528-8662. The People's Law Library of Maryland (peoples-law.org) also explains injury-on-property claims in plain language."],
    [86, 'l', 'Does that cover what you need?'],
    [120, 'p', 'yes, thank you'],
    [126, 'l', 'Can I help with anything else?'],
    [150, 'p', 'no thats everything'],
    [156, 'l', 'Take care of that wrist, and thanks for contacting AskUsNow!'],
  ], usual({ referral: 'pass' }), { resolutionCode: 'Referred' }, {
    otherIntervals: [other('e1', 'esme-rd', -600, 0), other('e2', 'esme-rd', -100, 100), other('e3', 'esme-rd', 50, 900), other('e4', 'esme-rd', 161, 400)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => DERBY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('03')]:
    'referral.contact: expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"). Message 8: "It\'s a reference copy, so it stays in the building: stop by the Humanities Department at the Central Library, 400 Cathedral Street, and ask at the desk." The only party the patron is told to visit is the own library\'s department (a referral by the Terms), and it comes with the street address of the building it is in, the Central Library of the Pratt named in the greeting: a postal address, one of the ways RUBRIC.md lists, so every referred party has a way to reach it.',
  [byNo('23')]:
    'closing.courteous: expected fail, got pass ("closed with thanks, a goodbye or an invitation to come back"). Message 2: "Hi, are you still there? It looks like you may have been disconnected — if I don\'t hear back soon, I\'ll end this session." Neither of the provider\'s last two visible messages (1: "Hi, welcome to AskUsNow! I\'m Dale, a librarian."; 2) thanks the patron, says goodbye or invites them back; message 2 asks whether the patron is there and announces that the session will end, and the Terms say announcing that the chat will end is not, by itself, a goodbye.',
  [byNo('29')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 4: "… our Stevensville branch\'s business librarian will pull a couple and send them to the e-mail on your library account this week." The patron is not told to contact or visit that librarian: the librarian works for the patron, and "staff the provider consults on the patron\'s behalf do not" count. The one party the patron is told to contact is the Maryland Small Business Development Center, "request a consultant at marylandsbdc.org", a URL: every party has a way, so RUBRIC.md passes it.',
  [byNo('30')]:
    'referral.contact: expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"). Message 4: "For the safety problem, contact Baltimore City\'s 311 service (call 311 or file it at 311.baltimorecity.gov), which routes it to the right inspectors; for a dispute with the business over your costs, the Maryland Attorney General\'s Consumer Protection Division takes complaints at marylandattorneygeneral.gov or 410-528-8662. The People\'s Law Library of Maryland (peoples-law.org) also explains …" The two parties the patron is told to contact each come with a phone number and a URL; the inspectors are reached through 311, not named for the patron to contact; the People\'s Law Library is a website to read (a source, not a referral). Every party has a way, so RUBRIC.md passes it.',
};

describe('eighty-eighth round: roller derby and roller skating rinks, checked', () => {
  describeSessions('whole sessions', DERBY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', DERBY.filter((c) => c.name in LEFT_WHY));
});
