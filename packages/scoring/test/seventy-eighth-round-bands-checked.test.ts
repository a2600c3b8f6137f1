/**
 * Seventy-eighth round, theme MARCHING BANDS AND DRUM CORPS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: school band fees (a fee waiver, a refund after quitting, a flute rental fee),
 * instrument rentals (a clarinet in Spanish, a practice pad from the Library of Things, a sousaphone's weight, sticky trumpet
 * valves), drum corps competitions (DCI's founding, 1985 caption scores, G bugles, summer shows in Spanish, tour fees, a rained-out
 * show), band history (naval academy parades, a 1950s town corps, shakos and plumes, Sousa and the Marine Band, HBCU bands, a
 * 1968 parade programme, the layback), sheet music for parades (Saints for a community band, a drumline cadence), parade permits
 * (a homecoming parade, the Ocean City Memorial Day parade, a church parade), uniforms (booster costs, renting used sets) and a
 * drumline's night noise. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/s73/bands-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning and welcome to Ask a Librarian! I'm Priya …" (01); Spanish "¡Hola, buenas tardes! Habla Lucía,
 *   bibliotecaria del servicio …" (02) and "¡Buenas noches! Soy Vik, bibliotecario de …" (23); pickup at exactly 60 s (03: pass)
 *   and at 61 s (04: fail); a name and library with no greeting word, "Omar, librarian at Baltimore County Public Library." (05:
 *   fail); "Hey, Grady at … thanks for writing in." (07); "Thanks for contacting Harford County Public Library! Lars here." (11);
 *   `pickedUpAt` 45 s with the first line at 75 s (10: pickup pass); terse "hi — Zeke, Calvert Library Ask a Librarian" (25); a
 *   hold and a restatement first, the greeting and name only in the third provider line (30: fail); a queue line and no provider
 *   ever, in Spanish (19);
 *  inquiry: school system, county, sources needed, band level, weight or playing, era, corps, band size (asked after the source:
 *   08 fail), audition or already in band (09, no source ever), city or county roads, card and branch, photos or papers, school or
 *   curiosity, fee agreement, top twelve, trumpet owned or loaned, battery, jackets and hats, which band, audience or performer,
 *   scholarly or general, style of move, town, dates or life, which corps, school and fee period; a restatement "So you need to
 *   find out who organizes …" (30);
 *  waits: "No rush, take your time." then the patron back 204 s later (03: waiting on the patron, pass); holds of exactly 120 s
 *   and 114 s with a partial-result hold in between (06: pass); a patron follow-up answered 131 s later with the patron's "??" in
 *   between (07: fail, the "??" does not restart the wait); a transfer notice, an internal note and the receiver 125 s after the
 *   notice (22: fail); a Spanish transfer notice answered 54 s later (23);
 *  endings: a true Lost Call with a greeting only, a check-in at 150 and "… looks like the chat dropped. I'll close it now —
 *   feel free to start a new one anytime!" at 210 (16: final idle exactly 180 s); Lost Call after three patron lines, a check-in
 *   and no notice, the idle running to `endedAt` (17: 234 s); a goodbye 121 s after the answer with no check-in (08: fail); one
 *   line that asks "Are you still with me?" and says the connection may have dropped and the chat will close (26: both pass, no
 *   thanks, courteous fails); "Looks like you've stepped away, so I'm ending our chat now. Thanks …" with no question (27: idle
 *   fail, notice pass); "Are you still there? If not, thanks for chatting …" (28: asks, so not a goodbye; the idle runs to
 *   `endedAt`, 184 s; no notice); "We only allow about 10 minutes per chat and we're past that now, so I'll have to stop here."
 *   then "Bye." (20: dismissal fails, courteous passes); "several patrons are waiting in the queue right now. Please come back a
 *   bit later …" (21: allowed); a rude patron's "no more questions" and the patron leaving (29: anything passes, courteous
 *   fails); goodbyes "Take care!" (05), "Thank you, talk soon!", "later, thx for stopping by 👍", "¡Que disfruten el espectáculo!
 *   Gracias por usar Ask Us Now."; patron-side "thats all i needed", "nada mas, ya con eso", "no more questions", "thats
 *   everything", "thats all i wanted to know", "no necesito nada mas", "thats all!", "that is everything for now", and "yikes but
 *   yes", "kind of. ok", "yes thank you" that do not count;
 *  sources: hcpss.org, namm.org, the Pratt catalogue (Vickers), imslp.org and jwpepper.com, Grove Music Online, the Evening
 *   Capital in the Newspaper Archive database, dci.org pages, dcacorps.org, sbomagazine.com, cityoffrederickmd.gov, the
 *   catalogue at hcplonline.org, the Cecil Whig Archive, britannica.com, wcpsmd.com, corpsreps.com, usa.yamaha.com, Vic Firth's
 *   education pages, demoulin.com and bandshoppe.com, the BCPL digital collection, a catalogue subject search, Wikipedia,
 *   ecode360.com and COMAR, marineband.marines.mil, montgomeryschoolsmd.org, oceancitymd.gov; none, only "Drum Corps
 *   International también tiene videos" (09: fail);
 *  referrals: a music shop by phone in Spanish (02: pass); "call the Frederick County Sheriff's Office" with no contact (10:
 *   fail); the own library's Abingdon branch by phone, the Library of Things coordinator consulted (11: pass); the town's special
 *   events office by phone and e-mail and "the local American Legion post" with none (30: fail); the reference team asked to call
 *   the patron (14: consulted on the patron's behalf, na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 50 h (12: pass); a promise "I'll e-mail it to you" with
 *   the e-mail read back and "by tomorrow afternoon", coded Answered (13: code fails, contact passes, on_time pending); FU_LIB,
 *   phone read back, no time, done at 80 h (14: contact and on_time fail); FU_ME with no contact anywhere, done in 10 h (15: code
 *   and contact fail, on_time passes);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (17); Lost Call with no provider and one patron line (19:
 *   pass); Practice (18); null (30); the field left out (25: na);
 *  transfers: a notice (a hold) and an internal note that says why (22: pass); a Spanish notice and no internal note (23: fail);
 *  concurrency: three others open from 40 to 90 s (24: four at once, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and identifications count as the English ones ("¡Hola, buenas tardes! Habla Lucía, bibliotecaria", 02;
 *   "¡Buenas noches! Soy Vik, bibliotecario", 23); "Thanks for contacting Harford County Public Library! Lars here." greets and
 *   names (11); "Omar, librarian at …" names but greets no one (05: fail);
 * - "Take care!" says goodbye (05: courteous); "feel free to start a new one anytime" invites the patron back (16: a goodbye, so
 *   the final idle ends at it, 30 -> 210 = 180 s, and it is the disconnect notice: "looks like the chat dropped" + "I'll close
 *   it now");
 * - "nada mas, ya con eso" ("nothing more, that does it", 02) and "no necesito nada mas" (23) say explicitly that the patron is
 *   done; "thats all!" (24) and "thats all i wanted to know" (07) too;
 * - "Would you like me to find the waiver form itself too?" offers something not yet given: not the completeness question (29);
 *   "Will those two work for the paper?", "Would either of those work?", "Does that work for you?", "that what u meant?",
 *   "¿Es lo que buscaba?" ask whether what was given meets the need;
 * - "Still at it — found a 1911 mention …; checking for a fuller account." gives a partial result and says the search goes on: a
 *   hold (06), so the spans are 56 -> 176 = 120 s and 176 -> 290 = 114 s;
 * - "Are you still there? If not, thanks for chatting and good luck to your son!" asks whether the patron is there, so it is not
 *   a goodbye (Terms): the final idle runs from the answer at 66 to `endedAt` 250 = 184 s; it tells nothing of a disconnect or
 *   an end (28: notice fails), and it thanks the patron (courteous passes: that check asks only for thanks among the last two);
 * - naming DCI's, the uniform makers' or the school system's web pages is a source to use, not a referral; the Library of Things
 *   coordinator "I checked with" and the reference team asked to call the patron are staff consulted on the patron's behalf; "call
 *   the Abingdon branch at 410-555-0164" sends the patron to the own library's branch with a phone (11: referral pass);
 * - "Looks like you've stepped away, so I'm ending our chat now." tells the patron they seem to be gone from the chat and that
 *   it ends: the disconnect notice (27), and with its thanks a goodbye, so the final idle is 50 -> 240 = 190 s;
 * - a `pickedUpAt` of 45 s is the pickup even though the first visible line comes at 75 s (10: pass, 45 ≤ 60);
 * - `resolutionCode: undefined` is the field left out (the source has no codes): resolution.code na (25);
 * - "I'll check them against the 1985 DCI yearbook and send you anything that differs" is a promise to send more later (15).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (13, 15, 16, 24, 30). Label corrections: none (each disagreement reread against
 * RUBRIC.md; the labels stand).
 * Final: 25 running, 5 LEFT (LEFT_WHY): three completeness questions not read ("Does the Britannica piece get her started?",
 * "Is corpsreps what you needed?", "Is that the sort of gift book you had in mind?"), a notice whose "I'll close it now" is not
 * read as the end (16), and a second referred party without contact passed (30).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (25 running, 5 through describeLeft). `npx tsc -p
 * tsconfig.json --noEmit`: clean.
 * ON v68 (block AH22, AH21): cases 13 ("Does the Britannica piece get her started?"), 15 ("Is corpsreps what you needed?"), 24
 *   ("Is that the sort of gift book you had in mind?") and 16 ("… it looks like the chat dropped. I'll close it now — feel free …")
 *   run; 30 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n = 1): Line => [sec, 's', `Todos los bibliotecarios están ocupados. Su lugar en la fila: ${n}.`];

const PRIYA: Prov = { id: 'priya-bd', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-bd', name: 'Lucía', library: 'AUN' };
const DMITRI: Prov = { id: 'dmitri-bd', name: 'Dmitri', library: 'EPFL' };
const HOLLIS: Prov = { id: 'hollis-bd', name: 'Hollis', library: 'CCPL-MD' };
const OMAR: Prov = { id: 'omar-bd', name: 'Omar', library: 'BCPL' };
const FERN: Prov = { id: 'fern-bd', name: 'Fern', library: 'AACPL' };
const GRADY: Prov = { id: 'grady-bd', name: 'Grady', library: 'WCFL' };
const IMANI: Prov = { id: 'imani-bd', name: 'Imani', library: 'MCPL' };
const JORGE: Prov = { id: 'jorge-bd', name: 'Jorge', library: 'PGCMLS' };
const KEIKO: Prov = { id: 'keiko-bd', name: 'Keiko', library: 'FCPL-MD' };
const LARS: Prov = { id: 'lars-bd', name: 'Lars', library: 'HCPL-MD' };
const MINA: Prov = { id: 'mina-bd', name: 'Mina', library: 'CCPL-CE' };
const NADIA: Prov = { id: 'nadia-bd', name: 'Nadia', library: 'AUN' };
const OREN: Prov = { id: 'oren-bd', name: 'Oren', library: 'WCFL' };
const PAZ: Prov = { id: 'paz-bd', name: 'Paz', library: 'SMCL' };
const QUINN: Prov = { id: 'quinn-bd', name: 'Quinn', library: 'TCFL' };
const RHEA: Prov = { id: 'rhea-bd', name: 'Rhea', library: 'QACL' };
const TRAINEE: Prov = { id: 'trainee-bd', name: 'Trainee 4', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-bd', name: 'Queue', library: 'VRQ' };
const SOREN: Prov = { id: 'soren-bd', name: 'Soren', library: 'AUN' };
const TAMSIN: Prov = { id: 'tamsin-bd', name: 'Tamsin', library: 'GCPL' };
const ULLA: Prov = { id: 'ulla-bd', name: 'Ulla', library: 'BCPL' };
const YUSUF: Prov = { id: 'yusuf-bd', name: 'Yusuf', library: 'BCPL' };
const VIK: Prov = { id: 'vik-bd', name: 'Vik', library: 'AUN' };
const WILLA: Prov = { id: 'willa-bd', name: 'Willa', library: 'AUN' };
const XIOMARA: Prov = { id: 'xiomara-bd', name: 'Xiomara', library: 'HCLS' };
const ZEKE: Prov = { id: 'zeke-bd', name: 'zeke_calvert', library: 'CCPL-CA' };
const ABE: Prov = { id: 'abe-bd', name: 'Abe', library: 'ACLS' };
const BEA: Prov = { id: 'bea-bd', name: 'Bea', library: 'AUN' };
const CASS: Prov = { id: 'cass-bd', name: 'Cass', library: 'EPFL' };
const DOV: Prov = { id: 'dov-bd', name: 'Dov', library: 'MCPL' };
const ELLE: Prov = { id: 'elle-bd', name: 'Elle', library: 'WOCL' };

const s = session;

export const BANDS: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 band fee waiver: "Good morning and welcome … I\'m Priya", school system asked, hcpss.org fee page, "thats all i needed"', [
    [0, 'p', 'hi my son just joined marching band at his high school and the fee is $350?? is there any way to get that waived, we cant afford it rn'],
    [18, 'l', "Good morning and welcome to Ask a Librarian! I'm Priya, a librarian at Howard County Library System."],
    [24, 'l', 'Which school system is he in — Howard County public schools?'],
    [55, 'p', 'yes HCPSS, hes at oakland mills'],
    [61, 'l', "HCPSS posts its student activity fee rules, with the waiver form for families who qualify for free or reduced-price meals, at hcpss.org/parents/fees. The form and its instructions are on that page."],
    [67, 'l', 'Does that cover what you were looking for?'],
    [110, 'p', 'yes omg thank you. thats all i needed 🎺'],
    [115, 'l', 'So glad it helps — thanks for chatting, and enjoy the halftime shows!'],
  ], usual()),

  // 02 Spanish: a clarinet rental, a music shop by phone
  s(LUCIA, '02 rentar un clarinete para la banda (Spanish): "Habla Lucía, bibliotecaria", a music shop by phone + namm.org, "nada mas, ya con eso"', [
    [0, 'p', 'buenas tardes, mi hija va a tocar el clarinete en la banda de la escuela y nos piden rentar uno. donde se renta barato?'],
    [25, 'l', '¡Hola, buenas tardes! Habla Lucía, bibliotecaria del servicio Ask Us Now de Maryland.'],
    [31, 'l', '¿En qué condado viven? Así le busco tiendas cercanas.'],
    [70, 'p', 'en montgomery, silver spring'],
    [76, 'l', 'En Silver Spring, la tienda Music & Arts renta clarinetes por mes con opción de compra; pueden llamarles al 301-555-0186. La guía para padres de la NAMM explica qué preguntar antes de firmar un contrato de renta: namm.org/parents.'],
    [82, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si, muchas gracias. nada mas, ya con eso'],
    [126, 'l', '¡Con mucho gusto! Que le vaya muy bien con el clarinete. Gracias por escribirnos.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; "take your time" and the patron away 204 s
  s(DMITRI, '03 when DCI started: pickup at exactly 60 s, "No rush, take your time." then the patron back 204 s later, Vickers in the catalog', [
    [0, 'p', 'when did drum corps international start? need it for a history paper'],
    [60, 'l', 'Hi there, Dmitri with the Enoch Pratt Free Library chat service.'],
    [65, 'l', 'How many sources does your paper need, and do they have to be books?'],
    [90, 'p', 'hang on let me look at the assignment sheet'],
    [96, 'l', 'No rush, take your time.'],
    [300, 'p', 'ok back. 2 books minimum, websites ok too'],
    [306, 'l', "DCI was founded in 1972 by a group of corps directors who wanted to run their own competitions. For books, our catalog (prattlibrary.org) has A History of Drum & Bugle Corps, volumes 1 and 2, edited by Steve Vickers — each volume counts as a book."],
    [312, 'l', 'Will those two work for the paper?'],
    [350, 'p', 'yes thx, no more questions'],
    [355, 'l', 'Good luck on the paper, bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(HOLLIS, '04 Saints Go Marching In for a parade: pickup at 61 s, band level asked, imslp.org + jwpepper.com, "thats everything"', [
    [0, 'p', 'looking for sheet music for when the saints go marching in for a parade, marching band arrangement, 4th of july'],
    [61, 'l', 'Hello! Hollis here, a librarian at Carroll County Public Library.'],
    [67, 'l', 'What level is the band — middle school, high school, community?'],
    [100, 'p', 'community band, adults, mixed ability'],
    [106, 'l', 'IMSLP has free public-domain band parts: imslp.org (search "Saints Go Marching"). For an easy grade 2-3 marching arrangement you can buy, J.W. Pepper lists several at jwpepper.com. Is that the kind of music you had in mind?'],
    [150, 'p', 'perfect. thats everything'],
    [156, 'l', 'Have a great parade and thanks for reaching out!'],
  ], usual({ pickup: 'fail' })),

  // 05 names, no greeting word
  s(OMAR, '05 sousaphone weight for a small kid: "Omar, librarian at Baltimore County Public Library." (no greeting), Grove Music Online, "Take care!"', [
    [0, 'p', 'What is the difference between a sousaphone and a tuba? My daughter got assigned sousaphone for marching season.'],
    [20, 'l', 'Omar, librarian at Baltimore County Public Library.'],
    [26, 'l', 'Are you curious about how they play, or about how heavy it is for her to carry?'],
    [60, 'p', 'mostly the weight, shes small'],
    [66, 'l', 'A sousaphone wraps around the body and rests on the left shoulder, so the weight is carried rather than held out. Brass ones weigh about 30 lbs, fiberglass ones closer to 20. Grove Music Online (bcpl.info > Research > Music) compares the two.'],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'yes thank you!'],
    [105, 'l', 'Anything else I can look up for you?'],
    [120, 'p', 'no'],
    [124, 'l', 'Take care!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of exactly 120 s and 114 s, with a partial-result hold
  s(FERN, '06 naval academy band in Annapolis parades: hold at 56, partial-result hold at 176 (120 s), answer at 290, Newspaper Archive', [
    [0, 'p', 'was there ever a big parade with marching bands in annapolis for the naval academy? like historically'],
    [15, 'l', "Hi! I'm Fern, reference librarian at Anne Arundel County Public Library."],
    [21, 'l', 'Are you after a particular era, or the parades in general?'],
    [50, 'p', 'early 1900s if possible'],
    [56, 'l', 'Bear with me while I search the Evening Capital archive.'],
    [176, 'l', 'Still at it — found a 1911 mention of the Academy band in a Fourth of July parade; checking for a fuller account.'],
    [290, 'l', 'Here it is: the Evening Capital of July 5, 1911 describes the Academy band leading the parade down Main Street. The paper is in our Newspaper Archive database at aacpl.net/research (library card needed).'],
    [296, 'l', 'Is that what you were hoping for?'],
    [340, 'p', 'yes!! thats all i needed, amazing'],
    [345, 'l', 'Thanks for the fun question — bye!'],
  ], usual()),

  // 07 a patron follow-up answered 131 s later; the patron's "??" does not restart the wait
  s(GRADY, '07 G bugles in drum corps: "Hey, Grady at … thanks for writing in.", a follow-up at 90 answered at 221 with "??" at 170, dcacorps.org', [
    [0, 'p', 'do drum corps still use bugles or is it all brass now'],
    [20, 'l', 'Hey, Grady at Washington County Free Library Ask a Librarian here, thanks for writing in.'],
    [26, 'l', 'Is this for a specific corps, or just curious generally?'],
    [50, 'p', 'just curious, my dad marched in the 70s and says we ruined it lol'],
    [56, 'l', 'Ha! DCI let corps use brass in any key starting in 2000, so most now play B-flat trumpets, mellophones, baritones and tubas instead of G bugles. The change is covered on the DCI history pages at dci.org/history.'],
    [62, 'l', 'Does that help?'],
    [90, 'p', 'yeah. do any corps still march G bugles though?'],
    [170, 'p', '??'],
    [221, 'l', 'Sorry for the wait! A few all-age corps kept G bugles; Drum Corps Associates lists its member corps at dcacorps.org, and each corps page describes its horn line.'],
    [227, 'l', 'Does that answer it?'],
    [260, 'p', 'ok cool, thats all i wanted to know'],
    [265, 'l', "Thanks for chatting — say hi to your dad!"],
  ], usual({ informed: 'fail' })),

  // 08 the question comes after the source; goodbye 121 s after the answer, no check-in
  s(IMANI, '08 booster uniform costs: source at once, band size asked after it, answer at 66, goodbye at 187 (final idle 121 s, no check-in)', [
    [0, 'p', 'how much do marching band uniforms cost? our boosters need new ones'],
    [15, 'l', 'Hello, Imani here with Montgomery County Public Libraries.'],
    [21, 'l', "Band uniforms usually run $300 to $700 each, plus shakos and plumes. School Band & Orchestra magazine's buyer's guide at sbomagazine.com compares the main makers."],
    [27, 'l', 'How many students are in the band, by the way?'],
    [60, 'p', 'about 90'],
    [66, 'l', 'Then budget roughly $30,000 to $60,000; many boosters spread it over a few years. Does that help?'],
    [187, 'l', 'Thanks for chatting with MCPL — good luck with the fundraising!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail' })),

  // 09 partly Spanish; an answer with no source
  s(JORGE, '09 el roll step para audiciones (partly Spanish): audition asked, steps and "Drum Corps International también tiene videos" (no source)', [
    [0, 'p', 'hola, how do i teach my kid the roll step for marching band? ella no sabe'],
    [22, 'l', '¡Hola! Hi, this is Jorge, a librarian with Prince George’s County Memorial Library System.'],
    [28, 'l', '¿Ella ya está en la banda, o se está preparando para las audiciones?'],
    [60, 'p', 'audiciones en agosto'],
    [66, 'l', 'Para el roll step: talón primero, rodando hasta la punta, con las rodillas un poco dobladas para que la parte de arriba del cuerpo no se mueva. Practiquen con un metrónomo a 120, primero sin instrumento. Drum Corps International también tiene videos de técnica.'],
    [72, 'l', '¿Le ayuda?'],
    [110, 'p', 'si gracias'],
    [115, 'l', '¿Algo más en que le pueda ayudar?'],
    [130, 'p', 'no, es todo'],
    [134, 'l', '¡Suerte en las audiciones! Gracias por escribir.'],
  ], usual({ source: 'fail' })),

  // 10 pickedUpAt 45 s; a referral with no contact
  s(KEIKO, '10 homecoming parade permit in Frederick: pickedUpAt 45 s (first line 75 s), city page, "call the Frederick County Sheriff\'s Office" (no contact)', [
    [0, 'p', 'our high school band wants to march in a small homecoming parade we organize ourselves, down market st in frederick. do we need a permit??'],
    [75, 'l', "Hi, thanks for contacting Ask a Librarian. I'm Keiko at Frederick County Public Libraries."],
    [81, 'l', 'Is the route on city streets inside Frederick, or on county roads?'],
    [110, 'p', 'city, downtown'],
    [116, 'l', "Yes — a parade on city streets needs a special event permit. The City of Frederick's Special Events Handbook explains the steps and lead time; it's under Departments > Special Events on cityoffrederickmd.gov. You'll also want to call the Frederick County Sheriff's Office about a road escort well ahead of the date."],
    [122, 'l', 'Does that answer your question?'],
    [160, 'p', 'ok yes'],
    [165, 'l', 'Anything else I can help with today?'],
    [180, 'p', 'nope'],
    [184, 'l', 'Thanks, and have a great homecoming!'],
  ], usual({ referral: 'fail' }), { pickedUpAt: at(45) }),

  // 11 the own library's branch by phone; a coordinator consulted
  s(LARS, '11 practice pad for drumline tryouts: "Thanks for contacting … Lars here.", Library of Things, "call the Abingdon branch at 410-555-0164"', [
    [0, 'p', 'Does the library lend instruments? My nephew needs a snare practice pad and sticks for drumline tryouts'],
    [25, 'l', 'Thanks for contacting Harford County Public Library! Lars here.'],
    [31, 'l', 'Do you have a Harford County library card, and which branch is nearest?'],
    [70, 'p', 'yes, abingdon'],
    [76, 'l', "I checked with our Library of Things coordinator: the Abingdon branch has two practice pad kits with sticks. You can place a hold in the catalog at hcplonline.org (search 'practice pad'), or call the Abingdon branch at 410-555-0164 and they'll set one aside at the desk."],
    [82, 'l', 'Does that work for you?'],
    [120, 'p', 'yes! thank u so much'],
    [126, 'l', 'Anything else?'],
    [140, 'p', 'nope thats it'],
    [144, 'l', 'Have fun at tryouts — bye!'],
  ], usual({ referral: 'pass' })),

  // 12 follow-up by me, e-mail read back, "by Friday", done in 50 h
  s(MINA, '12 the Elkton drum and bugle corps 1950s (follow-up by me): Cecil Whig Archive, e-mail typed and read back, "by Friday", done in 50 h', [
    [0, 'p', "Im researching the history of our town's drum and bugle corps in the 1950s-60s. Anything in your collection?"],
    [22, 'l', 'Good afternoon! Mina here, local history librarian at Cecil County Public Library.'],
    [28, 'l', 'Are you after photos, newspaper coverage, or membership records?'],
    [70, 'p', 'newspaper coverage mostly, and photos if possible'],
    [76, 'l', "The Cecil Whig for those years is digitized in our Cecil Whig Archive database (cecil.ebranch.info > Research). Our local history room also has a vertical file on the corps, but that takes a trip downstairs. Could I scan what's in it and e-mail it to you?"],
    [120, 'p', 'yes please! its dgreer54@example.com'],
    [126, 'l', "Great, dgreer54@example.com. I'll send the scans by Friday."],
    [132, 'l', 'In the meantime, does the Whig archive give you enough to start on?'],
    [170, 'p', 'yes definitely'],
    [175, 'l', 'Anything else for today?'],
    [190, 'p', "no that's all, thank you!"],
    [195, 'l', 'Thank you, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise to e-mail with a time, coded Answered
  s(NADIA, '13 shakos and plumes for a banquet speech: britannica.com, "I\'ll e-mail it to you", e-mail read back, "by tomorrow afternoon", coded Answered', [
    [0, 'p', 'why do marching bands wear those tall hats with feathers? is there a history?'],
    [20, 'l', "Hi, you've reached AskUsNow! — I'm Nadia, a librarian."],
    [26, 'l', 'Is this for school, or just curiosity?'],
    [50, 'p', 'my daughter is writing a speech for the band banquet lol'],
    [56, 'l', "The tall hat is a shako, borrowed from 19th-century military uniforms; the plumes come from cavalry dress. Britannica's short entry on the shako (britannica.com/topic/shako) is a good start. I'd like to find a proper book chapter on band uniforms for her too, and I'll e-mail it to you — what address should I use?"],
    [100, 'p', 'sure, kelly.b.ross@example.org'],
    [106, 'l', "Thanks — kelly.b.ross@example.org. You'll have it by tomorrow afternoon."],
    [112, 'l', 'Does the Britannica piece get her started?'],
    [150, 'p', 'yes thank you'],
    [155, 'l', 'Anything else I can help with?'],
    [170, 'p', 'nope'],
    [174, 'l', 'Thanks for chatting — good luck with the speech!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 14 follow-up by the patron's library, phone read back, no time, done at 80 h
  s(OREN, '14 band fee refund after quitting (follow-up by patron\'s library): wcpsmd.com, phone typed and read back, no time given, done at 80 h', [
    [0, 'p', 'my son quit marching band after 2 weeks and the school wont refund the $200 fee. is that even legal in maryland?'],
    [30, 'l', 'Hello, Oren at Ask Us Now, Washington County Free Library.'],
    [36, 'l', 'Which county school system, and did you sign a fee agreement at registration?'],
    [80, 'p', 'washington county. yes there was a form but i dont have it'],
    [86, 'l', "Maryland lets school systems charge fees for extracurriculars, but each system sets its own refund rules; Washington County's are in its student activities policy at wcpsmd.com (search 'activity fees'). I'd like our reference team to pull the refund section of that policy and call you with it. What's a good phone number?"],
    [130, 'p', '301 555 0148'],
    [136, 'l', 'Thanks, 301-555-0148. Someone from the reference team will give you a call.'],
    [142, 'l', 'Does the policy page help for now?'],
    [180, 'p', 'kind of. ok'],
    [185, 'l', 'Anything else?'],
    [200, 'p', 'no'],
    [204, 'l', 'Thanks for reaching out, take care.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 coded follow-up by me, no contact anywhere, done in 10 h
  s(PAZ, '15 DCI 1985 caption scores (follow-up by me): hold at 61, corpsreps.com, "send you anything that differs", no e-mail or phone, done in 10 h', [
    [0, 'p', 'where can i find the full scores from DCI finals 1985? like caption scores not just placements'],
    [20, 'l', "Hi! Paz here, a librarian at St. Mary's County Library."],
    [26, 'l', 'Do you need every corps, or just the top twelve?'],
    [55, 'p', 'top 12 is fine'],
    [61, 'l', 'One moment, checking.'],
    [140, 'l', "DCI's own site only gives placements for 1985 (dci.org/scores). Caption-by-caption recaps are posted by fans at corpsreps.com, which has the 1985 finals. I'll check them against the 1985 DCI yearbook and send you anything that differs."],
    [146, 'l', 'Is corpsreps what you needed?'],
    [190, 'p', 'yes thats it exactly'],
    [195, 'l', 'Anything else?'],
    [210, 'p', 'no thats everything'],
    [214, 'l', 'Thanks — enjoy the recaps!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 16 a true Lost Call, final idle exactly 180 s
  s(QUINN, '16 history of the sousaphone (Lost Call): greeting only at 30, "are you still with me?" at 150, "looks like the chat dropped … start a new one anytime" at 210', [
    [0, 'p', 'hi whats the history of the sousaphone'],
    [30, 'l', "Hi, I'm Quinn at Talbot County Free Library's Ask a Librarian — how can I help?"],
    [150, 'l', 'Hi, are you still with me?'],
    [210, 'l', "I haven't heard back, so it looks like the chat dropped. I'll close it now — feel free to start a new one anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after three patron lines; a check-in, no notice, idle to endedAt
  s(RHEA, '17 sticky trumpet valves after marching season: coded Lost Call after three patron lines, answer at 66, "Are you still there?" at 210, ended at 300', [
    [0, 'p', 'how do i clean a trumpet after marching season? its gross'],
    [5, 'p', 'the valves stick'],
    [25, 'l', "Hello! Rhea, librarian at Queen Anne's County Library."],
    [31, 'l', 'Is it a trumpet you own, or a school loaner?'],
    [60, 'p', 'mine'],
    [66, 'l', "For sticky valves: a bath in lukewarm water with a little dish soap, a snake brush through the tubing, dry it, then fresh valve oil. Yamaha's care guide walks through it step by step at usa.yamaha.com (Support > Instrument Care > Trumpet). Does that help?"],
    [210, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 90 }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (parade permit script): coded Practice, every check na', [
    [0, 'p', 'practice - parade permit q'],
    [10, 'l', 'Hi, trainee here. Parade permits: see cityofexample.gov/permits'],
    [20, 'p', 'ok end practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined; one patron line; Lost Call
  s(QUEUE, '19 la competencia de drum corps con lluvia (Spanish): no provider ever joined, one patron line, patron left, coded Lost Call', [
    [0, 'p', 'hola, el show de drum corps en el estadio esta noche sigue en pie con la lluvia??'],
    queueLine(2, 3),
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 time is up
  s(SOREN, '20 drumline cadence for middle school: Vic Firth pages, then "We only allow about 10 minutes per chat and we\'re past that now" + "Bye."', [
    [0, 'p', 'can u help me find sheet music for a drumline cadence, something easy for middle schoolers'],
    [18, 'l', 'Hi, Soren here with Ask Us Now.'],
    [24, 'l', 'Snare only, or the full battery with basses and cymbals?'],
    [60, 'p', 'full battery'],
    [66, 'l', "Vic Firth's education pages have free graded cadences for full battery as PDFs: vicfirth.zildjian.com/education. Use the beginner filter for middle-school level."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes! also can you find me a warmup, and a marching tempo chart, and which pads to buy'],
    [118, 'l', "We only allow about 10 minutes per chat and we're past that now, so I'll have to stop here."],
    [122, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, come back later (allowed)
  s(TAMSIN, '21 used uniforms for a church parade: demoulin.com + bandshoppe.com, then "several patrons are waiting … Please come back a bit later"', [
    [0, 'p', 'Hi, our church wants to rent about 40 used band uniforms for a Christmas parade. Where would we even look?'],
    [20, 'l', "Good evening! I'm Tamsin, a librarian at Garrett County Public Library."],
    [26, 'l', 'Do you need full uniforms with hats, or would jackets alone do?'],
    [60, 'p', 'jackets and hats'],
    [66, 'l', "Some uniform makers sell or rent used sets: DeMoulin's pre-owned page is at demoulin.com/pre-owned, and Band Shoppe lists used lots at bandshoppe.com. Would either of those work?"],
    [110, 'p', 'maybe!! ok next question, how do we get a parade permit in oakland, and insurance, and do we need police'],
    [118, 'l', 'Those are good questions, but several patrons are waiting in the queue right now. Please come back a bit later, or tomorrow morning, and one of us will take the permit part with you.'],
    [140, 'p', 'ok will do'],
    [145, 'l', 'Thank you for your patience — bye for now!'],
  ], usual({ anything: 'fail' })),

  // 22 a transfer with notice and note; the receiver 125 s after the notice
  s(ULLA, '22 the 1968 Towson parade programme: transfer notice at 61 + internal note, Yusuf at 186 (125 s), BCPL digital collection', [
    [0, 'p', 'hola, I need the program from the 1968 Towson Fourth of July parade, my grandpa played in the band'],
    [20, 'l', "Hi, I'm Ulla with Baltimore County Public Library's Ask a Librarian."],
    [26, 'l', 'Do you know which band he was in?'],
    [55, 'p', 'Towson High'],
    [61, 'l', "Our Maryland Room librarian, Yusuf, is on chat now, so I'm passing you to him. Just a moment."],
    [64, 'i', 'Yusuf — pt wants the 1968 Towson July 4 parade program, grandpa in the Towson HS band. Your vertical files?'],
    xfer(67, 'Yusuf', 'yusuf-bd'),
    [186, 'l', "Hi, Yusuf here in the Maryland Room. Our Towson Fourth of July file has programs from 1962 to 1975, and the 1968 one lists the Towson High band. It's scanned in our digital collection at digitalcollections.bcpl.info (search 'Towson parade 1968').", as(YUSUF)],
    [192, 'l', 'Is that the program you were after?', as(YUSUF)],
    [230, 'p', 'YES omg hes on the list!! thats all i needed thank you'],
    [236, 'l', 'Wonderful — thanks for chatting!', as(YUSUF)],
  ], usual({ informed: 'fail', transfer: 'pass' })),

  // 23 Spanish: a transfer with a notice and no internal note
  s(VIK, '23 competencias de drum corps en Maryland (Spanish): "Le voy a transferir a mi compañera Willa" with no internal note, dci.org/events', [
    [0, 'p', 'buenas noches, necesito saber cuando son las competencias de drum corps en Maryland este verano'],
    [18, 'l', '¡Buenas noches! Soy Vik, bibliotecario de Ask Us Now.'],
    [24, 'l', '¿Quiere ir como público, o alguien de su familia va a marchar?'],
    [50, 'p', 'como público, con mis hijos'],
    [56, 'l', 'Le voy a transferir a mi compañera Willa, que conoce bien los eventos de verano. Un momento, por favor.'],
    xfer(60, 'Willa', 'willa-bd'),
    [110, 'l', '¡Hola! Soy Willa. El calendario completo de DCI está en dci.org/events; filtre por estado para ver las de Maryland, que suelen ser a finales de junio y en julio.', as(WILLA)],
    [116, 'l', '¿Es lo que buscaba?', as(WILLA)],
    [150, 'p', 'si perfecto gracias, no necesito nada mas'],
    [156, 'l', '¡Que disfruten el espectáculo! Gracias por usar Ask Us Now.', as(WILLA)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once
  s(XIOMARA, '24 a gift book on HBCU marching bands: catalog subject search, three other chats open from 40 to 90 s (four at once)', [
    [0, 'p', 'is there a book about the history of HBCU marching bands? like the Human Jukebox etc'],
    [16, 'l', "Hello! I'm Xiomara, a librarian with Howard County Library System."],
    [22, 'l', 'Are you looking for something scholarly, or a general read?'],
    [50, 'p', 'general read, its a gift'],
    [56, 'l', "Search our catalog at hclibrary.org for the subject 'Marching bands -- History' and add 'African American'; the illustrated general histories come up first, and any of them would make a nice gift to preview."],
    [62, 'l', 'Is that the sort of gift book you had in mind?'],
    [100, 'p', 'yes looks good. thats all!'],
    [105, 'l', 'Enjoy, and thanks for using Ask a Librarian!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('xi1', 'xiomara-bd', -200, 200), other('xi2', 'xiomara-bd', 20, 300), other('xi3', 'xiomara-bd', 40, 90)],
  }),

  // 25 three at most, touching ends; chat-speak; the code field left out
  s(ZEKE, '25 the marching band lean-back (chat-speak): Wikipedia, touching and overlapping chats (three at most), resolutionCode left out', [
    [0, 'p', 'yo whats the name of that marching band move where they like lean way back w the horns'],
    [14, 'l', 'hi — Zeke, Calvert Library Ask a Librarian'],
    [19, 'l', 'college band or drum corps? and do they lean back while playing, or swing the horns?'],
    [45, 'p', 'college band, they lean back almost flat while playing'],
    [51, 'l', "sounds like a layback (some bands call it a backbend) — Ohio State and Michigan both do them. wikipedia's Marching band article covers the styles: en.wikipedia.org/wiki/Marching_band"],
    [56, 'l', 'that what u meant?'],
    [80, 'p', 'YES thats it lol ty'],
    [85, 'l', 'np! anything else?'],
    [100, 'p', 'nah'],
    [104, 'l', 'later, thx for stopping by 👍'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }, {
    otherIntervals: [other('z1', 'zeke-bd', -300, 0), other('z2', 'zeke-bd', -50, 200), other('z3', 'zeke-bd', 30, 80), other('z4', 'zeke-bd', 109, 400)],
  }),

  // 26 one line that checks in and gives the notice, no thanks
  s(ABE, '26 drumline practising at night in Cumberland: answer at 66, "Are you still with me? It looks like the connection may have dropped …" at 250, ended at 310', [
    [0, 'p', 'what are the rules for how loud a drumline can practice outside at night? neighbors are complaining about the school'],
    [20, 'l', 'Hi, this is Abe at Allegany County Library System’s chat service.'],
    [26, 'l', 'Which town are you in? Noise limits are set locally.'],
    [60, 'p', 'cumberland'],
    [66, 'l', "Cumberland's noise rules are in its city code, in the nuisance chapter, on ecode360.com (search 'Cumberland noise'); Maryland's statewide limits are in COMAR 26.02.03 at dsd.maryland.gov. Does that help?"],
    [250, 'l', "Are you still with me? It looks like the connection may have dropped, so I'll be closing this chat shortly."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 27 a notice that does not ask; final idle 190 s
  s(BEA, '27 Sousa and the Marine Band: answer at 50, "Looks like you\'ve stepped away, so I\'m ending our chat now. Thanks …" at 240, no check-in', [
    [0, 'p', 'is it true that john philip sousa was the leader of the marine band?'],
    [15, 'l', 'Hi there! Bea, librarian with Ask Us Now.'],
    [21, 'l', 'Are you looking for the dates he led it, or more about his life?'],
    [45, 'p', 'the dates'],
    [50, 'l', "Yes — Sousa led the United States Marine Band from 1880 to 1892. The band's own history page has the details: marineband.marines.mil/About/Our-History. Does that help?"],
    [240, 'l', "Looks like you've stepped away, so I'm ending our chat now. Thanks for using Ask Us Now!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 28 a check-in that also thanks (not a goodbye); idle to endedAt
  s(CASS, '28 drum corps tour fees: answer at 66, "Are you still there? If not, thanks for chatting …" at 170, ended at 250 (final idle 184 s, no notice)', [
    [0, 'p', 'how much does it cost to march drum corps? my son wants to audition for an open class corps next summer'],
    [20, 'l', 'Hello! This is Cass at the Pratt Library’s Ask a Librarian service.'],
    [26, 'l', 'Does he already know which corps, or is he still comparing?'],
    [60, 'p', 'still comparing'],
    [66, 'l', "Tour fees for Open Class corps usually run $1,500 to $3,000 for the summer, plus audition camp fees. DCI's corps directory lists every corps with a link to its audition info: dci.org/corps. Did that help?"],
    [170, 'l', 'Are you still there? If not, thanks for chatting and good luck to your son!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 80 }),

  // 29 a rude patron who ends it; an offer of more is not the completeness question
  s(DOV, '29 a $75 flute rental fee (rude patron): MCPS fee regulation, "Would you like me to find the waiver form itself too?", "no more questions" + left', [
    [0, 'p', 'why is the school charging $75 to RENT a flute for band when we already pay taxes. this is ridiculous'],
    [25, 'l', 'Hi, Dov here, a librarian at Montgomery County Public Libraries.'],
    [31, 'l', 'Which school is it, and is the $75 for the year or the semester?'],
    [70, 'p', 'does it matter?? eastern middle, for the year'],
    [76, 'l', "It helps, since fee rules differ by school system. MCPS's regulation on student fees (montgomeryschoolsmd.org, search 'student fees regulation') lists instrument use fees and the waiver for families with financial need."],
    [82, 'l', 'Would you like me to find the waiver form itself too?'],
    [120, 'p', 'no. this is useless, you people just send links. no more questions'],
    left(125),
  ], usual({ complete: 'fail', courteous: 'fail' })),

  // 30 greeting only in the third line; a restatement; two referrals, one without contact; code null
  s(ELLE, '30 Ocean City Memorial Day parade for a community band: hold, restatement, greeting in the third line, office by phone + e-mail and "the local American Legion post", code null', [
    [0, 'p', 'Hi, I direct a small community band and we want to play in the Memorial Day parade in Ocean City. Who do we talk to?'],
    [20, 'l', 'One moment while I read through your question.'],
    [30, 'l', 'So you need to find out who organizes the Ocean City Memorial Day parade and how a band signs up?'],
    [60, 'p', 'yes exactly'],
    [66, 'l', "Hi, and sorry, I should have said: I'm Elle, a librarian at Worcester County Library."],
    [72, 'l', "The parade is run by the Town of Ocean City's special events office; you can reach them at 410-555-0112 or specialevents@oceancitymd.gov, and the parade application is on oceancitymd.gov/events. You could also ask the local American Legion post, which usually co-sponsors it."],
    [78, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes, great. that is everything for now'],
    [125, 'l', 'Thank you, have a great parade!'],
  ], usual({ greeting: 'fail', referral: 'fail', code: 'fail' }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BANDS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('30')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 5: "You could also ask the local American Legion post, which usually co-sponsors it." refers the patron to a second party with no phone, e-mail, address or URL; only the events office has contacts (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them").',
};

describe('seventy-eighth round: marching bands and drum corps, checked', () => {
  describeSessions('whole sessions', BANDS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BANDS.filter((c) => c.name in LEFT_WHY));
});
