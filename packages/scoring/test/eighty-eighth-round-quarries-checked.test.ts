/**
 * Eighty-eighth round, theme QUARRIES, BUILDING STONE AND MARBLE, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: marble (the Cockeysville marble of Baltimore's Washington Monument
 * for a 5-page paper, how marble forms for 6th-grade homework, marble or granite countertops, rust on Dundalk marble steps,
 * a moldy marble headstone in Upper Marlboro, buying Cockeysville marble for an 1890s step, why the DC monument changes
 * color, the Potomac marble columns of Statuary Hall, the flooded quarry at Beaver Dam asked about twice, a marble carver at
 * Hugh Sisson's works c. 1900), granite (a grandfather quarryman at Port Deposit in Spanish, an 1840s Ellicott City house,
 * the town of Granite, the Woodstock quarries in Patapsco Valley, Port Deposit granite in the Concord Point Lighthouse, old
 * Port Deposit quarry photos partly in Spanish), other stone (the Seneca sandstone of the Smithsonian Castle, Welsh slate
 * quarrymen at Cardiff, repointing an 1850s limestone farmhouse, the 1898 "Building and Decorative Stones of Maryland" for
 * a church in Union Bridge, the Irish quarry village at Texas, chrome pits at Soldiers Delight, the lake at Oregon Ridge),
 * and quarries today (blasting near Frederick, Maryland's crushed stone output, gravel for a driveway near La Plata, rock
 * hunting with kids, Maryland's state rock, a practice chat). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/s76/quarries-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 14-24 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello??" at 45 (04: fail); `pickedUpAt`
 *   written in UTC, "2026-03-02T15:00:58Z" (58 s), with the first visible line at 74 s (05: pass on the recorded pickup);
 *   no provider ever, only the queue's system line (06: fail); 23 s after a `startedAt` four days on (28);
 *  greeting: name and library in one line (01, 03, 04, 09, 15 …), Spanish "¡Buenas noches! Le saluda Lucía, bibliotecaria
 *   …" (02), bilingual "¡Hola! Hi, I'm Marisela …" (28), the service and "a librarian" (08, 20, 24, 30), "Hi, thanks for
 *   reaching out! I'm Ana …" (22); "This is Marco with Frederick County Public Libraries." with no greeting word, then a
 *   question (07: fail); "Hey there! 😊", a question, and the name only in the third line (13: fail); na (06, 25);
 *  keep_informed: a hold "let me check … One moment." answered 121 s later (08: fail); two holds each answered exactly 120 s
 *   later, the second "Still looking — I've found … I'm checking …", with the patron's "k" and an internal note inside the
 *   spans (09: pass); "Sure, take your time!" and the patron back 209 s later (05: waiting on the patron); transfer notices
 *   answered 42 s (10) and 45 s (30) later, a transfer with no notice answered 46 s after the patron (11); patrons' last
 *   lines unanswered (04, 16); na with no substantive exchange (06, 23, 24, 25);
 *  clarify: questions on length and citable sources, kitchen use, grade, visit or history, the kind of damage, the year
 *   wanted and deadline, the side of the river, the state of the stone, format and deadline in Spanish (28), which report
 *   and which part (27); the restatement "So you're looking for the history of the Irish quarry village …" as the only one
 *   (19: pass); the answer at once and "Is the railing still dripping …" only after it (12: fail); no source ever and a
 *   question before the answer (13: pass);
 *  source: mgs.md.gov, mvpconservancy.org, prattlibrary.org, cecilcountylibrary.org, cecilhistory.org, hclibrary.org,
 *   naturalstoneinstitute.org, aacpl.net > Britannica School, nps.gov/choh, montgomeryhistory.org, mde.maryland.gov, COMAR at
 *   dsd.maryland.gov, aoc.gov, usgs.gov Minerals Yearbook, familysearch.org, findagrave.com, hcplonline.org, Medusa at
 *   mht.maryland.gov, bcpl.info, dnr.maryland.gov, nssga.org, Preservation Brief 2 at nps.gov, msa.maryland.gov,
 *   ncptt.nps.gov, nps.gov/wamo, hathitrust.org, digitalmaryland.org, history.uscg.mil, mdhistory.org, named books (Dorsey
 *   and Dilts, Brooks and Rockel) and databases (Ancestry Library Edition, Consumer Reports); none: the Maryland Geological
 *   Survey and the Rockd app named with no way to reach them (13: fail);
 *  completeness: "Does that give you what you need for the paper?", "¿Le sirve esta información para empezar?", "Did that
 *   help with the decision?", "Does this completely answer your question?", "Is that a helpful place to start?", "is the
 *   HathiTrust copy enough to get you started?", "¿Le sirven por ahora las de Digital Maryland?" (in the source's message),
 *   "Did that help?" after an answer with no source (13: pass); near misses: the offer "Would you like me to look for old
 *   photos of the quarries too?" (14: fail), "Let me know if that helps!" (20: fail);
 *  anything else: asked by the provider (19, 27); the patron's "thats everything", "eso es todo", "I'm all set", "that's
 *   everything", "thats all i needed", "no more questions!", "that's all for today", "es todo", "thats everything for now";
 *   near misses "ok bye" (04), "oh cool thanks!!" with "feel free to come back if anything else comes up!" (15), "wow. ok"
 *   (16), and no reply at all (12, 20, 21, 22);
 *  dismissal: "I can only answer one question per chat, so you'll need to look the rest up yourself." (16: fail); "I have
 *   other patrons waiting right now, so please log back on anytime …" (17: allowed); "My shift ends in a minute, so for more
 *   on granite please start a new chat and another librarian will pick it up right away." (04: a way back, pass);
 *  courteous: goodbyes in English and Spanish; the last two provider lines an answer and the dismissal (16: fail), a
 *   check-in and a notice with no thanks (20: fail);
 *  final idle: a goodbye 119 s after the last answer (12: na); a goodbye exactly 120 s after, no check-in (19: fail); a
 *   check-in and a notice with no thanks, `endedAt` exactly 180 s after the answer (20: both pass); a check-in and a plain
 *   goodbye 181 s after (21: idle passes, notice fails); only a notice with thanks, 202 s after (22: idle fails, notice
 *   passes); a Lost Call with a greeting, a hold, the patron's window closing and a notice with thanks exactly 180 s after
 *   the greeting (23: idle fails, notice passes); a Lost Call with a check-in and a notice that thanks and invites back, 222 s
 *   (24: both pass); the patron's last line the last visible one (04, 16);
 *  concurrency: others ending at `startedAt`, starting at `endedAt`, and two overlapping (01: three at most, pass); two
 *   overlapping and one starting at `endedAt`, the three together only after the end (09: pass); three others open with it
 *   from 100 s to 150 s (19: four, fail); a transfer where the first provider's three others start after the transfer and
 *   the receiver has two (10: pass); the receiver with three others open in her part (11: fail);
 *  codes: Answered; no code field (12: na); null (15: fail); "" (16: fail); Lost Call with three patron lines and no provider
 *   (06: fail), one line (23: pass), two lines (24: fail); Practice (25: all na); a promise coded Answered (29: fail); Follow-up
 *   by me with no contact anywhere (30: fail); Follow-up by patron's library with the phone only in `patron.phone` (28: pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at "2026-03-05T16:02:31+01:00", exactly 72 h after the
 *   end (26: pass); FU_ME, e-mail read back, "by tomorrow afternoon", not recorded one minute before the deadline (27:
 *   pending); FU_LIB partly in Spanish, a call "al número de su cuenta … el lunes por la mañana", the phone never in the chat,
 *   a session on Friday 6 March done Monday 9 March at 10:30-04:00, 71 h 28 min after across the change to daylight time (28:
 *   contact fails, on_time passes); "I'll send it by Friday" coded Answered, e-mail read back, done at 07:32:26-08:00, 72 h
 *   30 min after (29: code and on_time fail, contact passes); "I'll get back to you with what I find", FU_ME, no contact, no
 *   time, not recorded at day 4 (30: code, contact and on_time fail);
 *  referrals: two parties in one message, the Montgomery History society by URL and phone and the Great Falls Tavern rangers
 *   by phone (05: pass); the MDE Mining Program by phone and URL (07: pass); the own library's local history room to visit,
 *   with its street address (02: pass); the Maryland Historical Trust by phone and the Washington County Historical Society
 *   with nothing, in one message (17: fail); not referrals: a colleague consulted through an internal note (14), branch staff
 *   asked to call the patron (28), websites of societies and agencies given to use (02, 29, 30), transfers (10, 11, 30);
 *  transfers: the notice and a note saying why, both before (10: pass); a note saying why but no word to the patron, only
 *   the receiver's "I'll pick up from here" after it (11: fail); a notice and the note "sending you one, thx!" (30: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt` it is the pickup, read with its own offset: "15:00:58Z" is 58 s after 10:00:00-05:00
 *   (05: pass), though the first visible line came at 74 s;
 * - "This is Marco with Frederick County Public Libraries." identifies but does not greet (07: fail); "Hey there! 😊" greets,
 *   but no one is identified until the third provider line (13: fail);
 * - "Still looking — I've found … and I'm checking which edition …" says the search goes on: a hold (09); a span of exactly
 *   120 s is not longer than `silenceSeconds` (09: pass); "Sure, take your time!" is not a hold (05);
 * - "Is the railing still dripping …" comes after the first source, so it is not before it (12: fail); a restatement alone
 *   ("So you're looking for …") passes clarify (19);
 * - the Maryland Geological Survey "maps old quarry sites" and "the Rockd app" are an organisation and an app named without a
 *   way to reach them, with no publication named: no source (13: fail); "Did that help?" after that answer still asks
 *   whether the answer meets the need (13: completeness passes, as it is not na when info.source fails);
 * - "Would you like me to look for old photos of the quarries too?" asks about something not yet given (14: fail); "Let me
 *   know if that helps!" asks nothing (20: fail);
 * - "I'm all set" (03), "eso es todo" (02), "es todo" (28), "that's all for today" (17) and "thats everything for now" (29)
 *   say explicitly that the patron is done; "ok bye", "oh cool thanks!!" and "wow. ok" do not; "feel free to come back if
 *   anything else comes up!" invites but does not ask (15: fail);
 * - "My shift ends in a minute, so … please start a new chat and another librarian will pick it up right away." ends the
 *   help for the provider's convenience but offers a way back (04: pass); "I can only answer one question per chat" tells
 *   the patron they reached a limit of questions (16: fail);
 * - "It looks like you may have disconnected, so I'm going to end this session now." announces the end and thanks no one:
 *   not a goodbye, so the final idle runs to `endedAt` (20: exactly 180 s, the notice applies and passes; courteous fails);
 * - a goodbye exactly 120 s after the last answer makes the final idle 120 s, which is ≥ `idleCheckSeconds` (19: the
 *   check-in applies and fails);
 * - in a Lost Call where the greeting is followed by a hold, the greeting is the first provider message after the patron's
 *   last line that is not a hold, so the final idle starts at it, not at the hold (23: from 22 s to the notice at 202 s,
 *   exactly 180 s: the check-in applies and fails, the notice applies and passes);
 * - "It looks like you've left the chat, so I'll end this session now. Thank you …" (23) and "it seems you've been
 *   disconnected. I'm going to close this chat …" (24) tell the patron both things the notice needs;
 * - a code field left out (undefined) means the source has no codes (12: na);
 * - "within `followUpHours`" includes the bound: a follow-up done exactly 72 h after `endedAt`, written at +01:00, is on
 *   time (26); offsets and the change to daylight time are honoured in elapsed time (28: 71 h 28 min; 29: 72 h 30 min);
 * - "le voy a pedir a la encargada que la llame al número de su cuenta" is a promise that someone from the library will
 *   contact the patron; the number is never given or repeated in the chat (28: contact fails) but is known in
 *   `patron.phone` (28: the code passes); the branch calling her is not a referral;
 * - "I'll get back to you with what I find" (30), said by the receiving provider, is a promise; with no e-mail or phone
 *   anywhere, Follow-up by me fails the code;
 * - a transfer note "sending you one, thx!" does not say why (30: fail); the receiver's "I'll pick up from here" after the
 *   transfer is not the transferring provider telling the patron before it (11: fail);
 * - in 02, Ancestry Library Edition "gratis en cualquiera de nuestras sucursales" is a database given to use; the local
 *   history room is a referral (the patron is told "visite …"), reachable by its street address;
 * - concurrency in a transferred session: each provider judged over the part they handled (10: pass; 11: the receiver has
 *   four open from 100 s, fail); others open together only after `endedAt` do not count (09).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/quarries-labels.ts). First run as labelled / disagreeing: 27 / 3 (02, 07, 20); every case, the three included,
 * scores the same once redacted and no check came out "could not be evaluated". Label corrections: none (each disagreement
 * reread against RUBRIC.md; every label stood). Final: 27 running, 3 LEFT (LEFT_WHY, message numbers 0-based as in the
 * scorer's evidence: "visite nuestra sala de historia local en la sucursal de Elkton, 301 Newark Avenue" not read as a
 * referral to the own library's department, 02; the MDE Mining Program, given a phone and a URL, read as a referral without
 * a way to reach it, 07; "Let me know if that helps!" read as the completeness question, 20).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Four days after T0 in seconds: session 28 runs on Friday 6 March 2026, before the clocks change on Sunday 8 March. */
const FRI = 4 * 86_400;

const PRIYA: Prov = { id: 'priya-qr', name: 'Priya', library: 'EPFL' };
const LUCIA: Prov = { id: 'lucia-qr', name: 'Lucía', library: 'CCPL-CE' };
const DOMINIC: Prov = { id: 'dominic-qr', name: 'Dominic', library: 'HCLS' };
const TAMARA: Prov = { id: 'tamara-qr', name: 'Tamara', library: 'AACPL' };
const EVERETT: Prov = { id: 'everett-qr', name: 'Everett', library: 'MCPL' };
const QUEUE: Prov = { id: 'queue-qr', name: 'AskUsNow! queue', library: 'AUN' };
const MARCO: Prov = { id: 'marco-qr', name: 'Marco', library: 'FCPL-MD' };
const BEATRIZ: Prov = { id: 'beatriz-qr', name: 'Beatriz', library: 'AUN' };
const NAOMI: Prov = { id: 'naomi-qr', name: 'Naomi', library: 'BCPL' };
const KENJI: Prov = { id: 'kenji-qr', name: 'Kenji', library: 'AUN' };
const HOPE: Prov = { id: 'hope-qr', name: 'Hope', library: 'HCPL-MD' };
const OSCAR: Prov = { id: 'oscar-qr', name: 'Oscar', library: 'AUN' };
const WEN: Prov = { id: 'wen-qr', name: 'Wen', library: 'HCLS' };
const GUS: Prov = { id: 'gus-qr', name: 'Gus', library: 'BCPL' };
const AVERY: Prov = { id: 'avery-qr', name: 'Avery', library: 'CCPL-CR' };
const SELMA: Prov = { id: 'selma-qr', name: 'Selma', library: 'BCPL' };
const INES: Prov = { id: 'ines-qr', name: 'Ines', library: 'BCPL' };
const DARNELL: Prov = { id: 'darnell-qr', name: 'Darnell', library: 'CCPL-CH' };
const RHEA: Prov = { id: 'rhea-qr', name: 'Rhea', library: 'WCFL' };
const KYLE: Prov = { id: 'kyle-qr', name: 'Kyle', library: 'WIPL' };
const FIONA: Prov = { id: 'fiona-qr', name: 'Fiona', library: 'BCPL' };
const LORNA: Prov = { id: 'lorna-qr', name: 'Lorna', library: 'AUN' };
const MATEO: Prov = { id: 'mateo-qr', name: 'Mateo', library: 'HCLS' };
const ANA: Prov = { id: 'ana-qr', name: 'Ana', library: 'PGCMLS' };
const SILAS: Prov = { id: 'silas-qr', name: 'Silas', library: 'AUN' };
const DARA: Prov = { id: 'dara-qr', name: 'Dara', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-qr', name: 'Trainee 3', library: 'TRN' };
const KELSEY: Prov = { id: 'kelsey-qr', name: 'Kelsey', library: 'EPFL' };
const NORA: Prov = { id: 'nora-qr', name: 'Nora', library: 'FCPL-MD' };
const MARISELA: Prov = { id: 'marisela-qr', name: 'Marisela', library: 'CCPL-CE' };
const JADA: Prov = { id: 'jada-qr', name: 'Jada', library: 'HCPL-MD' };
const THEO: Prov = { id: 'theo-qr', name: 'Theo', library: 'AUN' };
const IMOGEN: Prov = { id: 'imogen-qr', name: 'Imogen', library: 'EPFL' };

const s = session;

export const QUARRIES: SessionCase[] = [
  // 01 the plain good session; other chats touching its ends
  s(PRIYA, '01 the Cockeysville marble of Baltimore\'s Washington Monument for a 5-page paper: mgs.md.gov + Dorsey & Dilts, "thats everything", touching ends', [
    [0, 'p', "hi, i'm doing a paper for my md history class on the washington monument in mount vernon. someone said the marble came from a quarry up in cockeysville?? is that true"],
    [19, 'l', "Good afternoon! You've reached Ask a Librarian at the Enoch Pratt Free Library — this is Priya. Happy to help with that."],
    [26, 'l', 'How long does the paper need to be, and do you need sources you can cite, or just background for now?'],
    [62, 'p', '5 pages, needs at least 3 real sources. due next wed'],
    [71, 'l', "It's true: the monument (designed by Robert Mills, begun in 1815) is built of white marble quarried in Baltimore County, from the belt geologists call the Cockeysville Marble. Three you can cite: the Maryland Geological Survey's page on the Cockeysville Marble at mgs.md.gov (search 'Cockeysville Marble'); the Mount Vernon Place Conservancy's history of the monument at mvpconservancy.org; and John Dorsey and James Dilts's 'A Guide to Baltimore Architecture', which has an entry on the monument."],
    [118, 'p', 'ok the mgs page is perfect. can i get the architecture book at a branch?'],
    [126, 'l', "Yes — it's in our catalog at prattlibrary.org; place a hold and pick it up at whichever branch is closest to you. Does that give you what you need for the paper?"],
    [160, 'p', 'yes thats everything, thank you!!'],
    [166, 'l', "You're very welcome — good luck with the paper, and thanks for chatting with Pratt!"],
  ], usual(), {}, {
    otherIntervals: [
      other('pr1', 'priya-qr', -600, 0), other('pr2', 'priya-qr', -50, 100), other('pr3', 'priya-qr', 20, 300), other('pr4', 'priya-qr', 171, 600),
      other('pr5', 'priya-qr', 300, 900),
    ],
  }),

  // 02 Spanish; the own library's local history room to visit, with its address
  s(LUCIA, '02 un abuelo cantero de Port Deposit hacia 1905 (Spanish): censos en Ancestry Library Edition, cecilhistory.org, visit the Elkton local history room (address), "eso es todo"', [
    [0, 'p', 'Hola, buenas noches. Mi abuelo trabajó en las canteras de granito de Port Deposit cuando llegó de Italia, como en 1905. Cómo puedo encontrar información de él?'],
    [24, 'l', '¡Buenas noches! Le saluda Lucía, bibliotecaria de la Biblioteca Pública del Condado de Cecil. Con gusto le ayudo.'],
    [31, 'l', '¿Sabe su nombre completo y más o menos cuántos años vivió en Port Deposit? ¿Busca documentos como censos, o también fotos de las canteras?'],
    [80, 'p', 'Giuseppe Ferraro. vivio ahi de 1905 a 1920 mas o menos. me interesan los dos'],
    [92, 'l', "Para los documentos, use Ancestry Library Edition, gratis en cualquiera de nuestras sucursales (está en cecilcountylibrary.org > Research): busque a Giuseppe Ferraro en los censos de 1910 y 1920 de Port Deposit, donde suele aparecer el oficio, por ejemplo 'stone cutter' o 'quarryman'. Para fotos de las canteras, la Sociedad Histórica del Condado de Cecil tiene una colección en línea en cecilhistory.org. Y si quiere ver los archivos de las canteras en papel, visite nuestra sala de historia local en la sucursal de Elkton, 301 Newark Avenue, Elkton."],
    [98, 'l', '¿Le sirve esta información para empezar?'],
    [140, 'p', 'si, perfecto. voy a ir a elkton el sabado. eso es todo, muchas gracias!'],
    [147, 'l', '¡Con mucho gusto! Gracias por escribirnos, y suerte con la búsqueda de su abuelo.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; "I'm all set"
  s(DOMINIC, '03 marble or granite countertops for a busy kitchen: pickup at exactly 60 s, Consumer Reports through hclibrary.org + naturalstoneinstitute.org, "I\'m all set"', [
    [0, 'p', "Hi, we're redoing our kitchen and trying to decide between marble and granite countertops. Which one holds up better?"],
    [60, 'l', "Hi there, thanks for waiting! I'm Dominic, a librarian with Howard County Library System."],
    [66, 'l', "Is it a heavy-use kitchen (lots of cooking, kids)? And do you mind stone that changes with age, the 'patina' look?"],
    [110, 'p', 'heavy use, 3 kids lol. and no, I want it to stay looking new'],
    [121, 'l', "Then granite is the usual pick: it's harder and much less porous, so it shrugs off scratches and stains from lemon juice, wine and tomato sauce, while marble is softer, etches with acids and gets that patina. Two good reads: Consumer Reports' countertop buying guide, free with your library card through the Consumer Reports database at hclibrary.org > Research, and the Natural Stone Institute's homeowner care pages at naturalstoneinstitute.org. Did that help with the decision?"],
    [170, 'p', "very much. granite it is. I'm all set, thank you!"],
    [176, 'l', 'Great choice for a busy kitchen. Thanks for chatting with us, and good luck with the remodel!'],
  ], usual()),

  // 04 pickup at 61 s after "hello??"; the shift ends, with a way back
  s(TAMARA, '04 how marble forms, 6th-grade homework: "hello??", pickup at 61 s, Britannica School, then granite and "My shift ends … start a new chat", "ok bye"', [
    [0, 'p', 'how does marble form i need it for science hw'],
    [45, 'p', 'hello??'],
    [61, 'l', "Hi! Sorry for the wait — I'm Tamara, a librarian at Anne Arundel County Public Library."],
    [67, 'l', 'What grade are you in, and do you need pictures or just the explanation?'],
    [90, 'p', '6th. just explanation'],
    [98, 'l', "Marble is a metamorphic rock. It starts out as limestone, which is made of calcite from old shells and sea creatures. When limestone gets buried deep underground and squeezed with lots of heat and pressure, the calcite crystals grow bigger and lock together, and it turns into marble. Britannica School has an easy article called 'marble': go to aacpl.net > eResources > Britannica School and pick the Middle level. Does that help for your homework?"],
    [140, 'p', 'yes!! also what about granite'],
    [147, 'l', "Good one! Granite is igneous: it forms when magma cools slowly deep underground. My shift ends in a minute, so for more on granite please start a new chat and another librarian will pick it up right away. Thanks for chatting with me!"],
    [160, 'p', 'ok bye'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 05 pickedUpAt recorded in UTC (58 s), first visible line at 74 s; "take your time"; two parties, both reachable
  s(EVERETT, '05 the Seneca sandstone quarry of the Smithsonian Castle: pickedUpAt 15:00:58Z (58 s), "Sure, take your time!" (209 s away), nps.gov/choh, two referrals with contacts', [
    [0, 'p', 'Good morning. I read that the Smithsonian Castle is built from red sandstone quarried near Seneca in Montgomery County. Is any of the quarry still there, and can you visit it?'],
    [74, 'l', 'Good morning, and welcome to Ask a Librarian at Montgomery County Public Libraries! My name is Everett.'],
    [80, 'l', 'Are you hoping to walk out to the quarry site itself, or are you more interested in the history of the stone and the quarrying?'],
    [115, 'p', 'Both, really. We live in Poolesville. Hold on, my neighbor mentioned a book about it, let me find the title, one sec'],
    [121, 'l', 'Sure, take your time!'],
    [330, 'p', "Sorry about that! Couldn't find it, never mind."],
    [342, 'l', "No problem! The ruins of the Seneca Stone Cutting Mill and the old quarry faces are along the C&O Canal towpath near Riley's Lock; the C&O Canal National Historical Park's site at nps.gov/choh has directions and a map of the Riley's Lock area. For the history, ask the Montgomery History society (montgomeryhistory.org, 301-555-0173), and the rangers at the Great Falls Tavern Visitor Center lead canal walks that stop at the mill: call them at 301-555-0188."],
    [348, 'l', 'Is that the kind of thing you were looking for?'],
    [390, 'p', "Yes, exactly. We'll walk down to Riley's Lock this weekend. That's everything, thanks!"],
    [396, 'l', 'Enjoy the walk, and thanks for using Ask a Librarian!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: '2026-03-02T15:00:58Z' }),

  // 06 no provider ever; Lost Call after three patron lines
  s(QUEUE, '06 swimming in the Beaver Dam quarry: no provider ever joined, "hello", "nvm", patron left, coded Lost Call with three patron lines', [
    [0, 'p', 'is it legal to swim in the old quarry at beaver dam? my friends want to go this weekend'],
    [2, 's', 'Thank you for contacting AskUsNow! A librarian will be with you shortly.'],
    [95, 'p', 'hello'],
    [190, 'p', 'nvm'],
    left(196),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 07 identification without a greeting; a referral with a phone and a URL
  s(MARCO, '07 blasting at a quarry near Frederick shakes the house: "This is Marco with Frederick County Public Libraries." (no greeting), MDE Mining Program by phone + URL, COMAR', [
    [0, 'p', 'hi. theres a quarry near us outside of frederick that blasts like twice a week and the whole house shakes. who do i complain to? is there a limit on how much they can blast'],
    [21, 'l', 'This is Marco with Frederick County Public Libraries.'],
    [27, 'l', "Is it the shaking itself you want to report, or are you also seeing damage, like cracks in the walls or the foundation?"],
    [66, 'p', 'both honestly. new crack in the basement since last summer'],
    [75, 'l', "In Maryland, quarries are permitted by the Maryland Department of the Environment's Mining Program, which also takes blasting complaints and can send an inspector to check the vibration records. Call the Mining Program at 410-555-0142, or use the complaint form at mde.maryland.gov (search 'Mining Program complaint'). The limits on ground vibration and air blast are in the Code of Maryland Regulations, COMAR 26.21, which you can read at dsd.maryland.gov."],
    [81, 'l', 'Does that answer what you needed?'],
    [120, 'p', "yes thank you so much, that's everything"],
    [126, 'l', "You're welcome — thanks for contacting us, and good luck!"],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 08 a hold answered 121 s later
  s(BEATRIZ, '08 the Potomac marble columns of Statuary Hall: "let me check … One moment." at 58, the answer at 179 (121 s), aoc.gov', [
    [0, 'p', "Hello! On a Capitol tour the guide said the columns in Statuary Hall are 'Potomac marble' from Maryland. Where exactly was it quarried?"],
    [17, 'l', "Hello, and welcome to AskUsNow! I'm Beatriz, a librarian."],
    [23, 'l', 'Would you like the location of the quarry for a visit, or the history of how the columns were made?'],
    [50, 'p', 'mostly where it came from, i live in frederick county'],
    [58, 'l', "Good question — let me check the Architect of the Capitol's records. One moment."],
    [179, 'l', "Thanks for waiting! 'Potomac marble' (a pebbly limestone conglomerate, also called calico marble or Potomac breccia) came from quarries along the Potomac near Point of Rocks, in Frederick County; Benjamin Latrobe chose it for the columns of the Old Hall of the House, now National Statuary Hall. The Architect of the Capitol's page on National Statuary Hall at aoc.gov tells the story. Does this completely answer your question?"],
    [230, 'p', "yes! cool that it's so close to me. thats all i needed"],
    [236, 'l', 'Happy to help — thanks for chatting with AskUsNow!'],
  ], usual({ informed: 'fail' })),

  // 09 two holds of exactly 120 s, a patron "k" and an internal note inside them; others overlapping only after the end
  s(NAOMI, '09 Maryland\'s crushed stone output for a college project: holds at 66 and 186, answer at 306 ("k" and a note inside), USGS Minerals Yearbook + MGS map', [
    [0, 'p', 'hi, for a geography project I need how much crushed stone Maryland produces per year and which counties have the big quarries'],
    [18, 'l', 'Hi! Naomi here, a librarian at Baltimore County Public Library.'],
    [24, 'l', "Which year's numbers do you need — the most recent you can get, or a particular year? And when is it due?"],
    [60, 'p', 'most recent. its for college, due friday'],
    [66, 'l', 'Let me look that up for you, one moment.'],
    [100, 'p', 'k'],
    [186, 'l', "Still looking — I've found the U.S. Geological Survey's Minerals Yearbook, and I'm checking which edition has the latest Maryland chapter. Bear with me."],
    [240, 'i', 'anyone know if USGS still posts the MD state chapters separately? pt on chat, college project'],
    [306, 'l', "Here it is: the USGS Minerals Yearbook has a Maryland chapter (usgs.gov > National Minerals Information Center > Maryland) with crushed stone tonnage and value, and the Maryland Geological Survey's map 'Mineral Resources and Mineral Operations of Maryland' at mgs.md.gov shows where the big quarries are. Is that what you were looking for?"],
    [350, 'p', "yes perfect, that's all i need"],
    [356, 'l', 'Great! Good luck with the project, and thanks for using Ask a Librarian.'],
  ], usual(), {}, {
    otherIntervals: [other('na1', 'naomi-qr', 100, 500), other('na2', 'naomi-qr', 200, 600), other('na3', 'naomi-qr', 361, 900)],
  }),

  // 10 a transfer with the notice and a note saying why, both before it
  s(KENJI, '10 a Welsh slate quarryman at Cardiff in the 1870s: "I\'m going to transfer you to her", a note why, Hope, familysearch.org + hcplonline.org', [
    [0, 'p', 'hi my great great grandfather was a welsh slate quarryman around delta PA / cardiff MD in the 1870s. where would records about the quarry workers be?'],
    [20, 'l', "Hi, welcome to AskUsNow! I'm Kenji, a librarian on the statewide service."],
    [26, 'l', 'Do you know his name, and whether he lived on the Maryland side (Cardiff, in Harford County) or the Pennsylvania side (Delta)?'],
    [70, 'p', "David Pritchard. Cardiff I think, he's buried there"],
    [78, 'l', "A local history librarian from Harford County Public Library is on the service right now, and the Cardiff slate quarries are in her collection area, so I'm going to transfer you to her. Please hold on a moment."],
    [81, 'i', 'Hope — patron researching great-great-grandfather David Pritchard, Welsh slate quarryman at Cardiff MD, 1870s. Harford local history is your area; OK to take?'],
    xfer(84, 'Hope', 'hope-qr'),
    [120, 'l', 'Hi, this is Hope at Harford County Public Library! Thanks for your patience.', as(HOPE)],
    [128, 'l', "For the quarrymen, start with the 1870 and 1880 censuses for Harford County on FamilySearch (familysearch.org, free), which give occupations like 'slate quarrier'. Our local history guide at hcplonline.org > Research > Local History lists the sources for the Cardiff–Delta slate district, and Find a Grave (findagrave.com) may have his burial at Cardiff. Is that what you were hoping to find?", as(HOPE)],
    [175, 'p', 'yes this is great, ty! thats all i needed'],
    [181, 'l', 'Wonderful — happy hunting, and thanks for chatting!', as(HOPE)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('ke1', 'kenji-qr', 90, 400), other('ke2', 'kenji-qr', 100, 500), other('ke3', 'kenji-qr', 110, 300),
      other('ho1', 'hope-qr', -200, 300), other('ho2', 'hope-qr', 50, 150),
    ],
  }),

  // 11 a transfer with a note but no word to the patron; the receiver has three other chats open
  s(OSCAR, '11 where the granite of an 1840s Ellicott City house came from: a note, the transfer with no notice, Wen, Medusa at mht.maryland.gov; Wen has 4 open', [
    [0, 'p', "Hi, I live in an 1840s stone house in Ellicott City and I'd love to know where the granite came from. Was there a quarry nearby?"],
    [22, 'l', "Hello! Oscar here, a librarian with Maryland's AskUsNow! service."],
    [28, 'l', 'Do you know the street, or roughly which part of Ellicott City the house is in?'],
    [64, 'p', 'Church Road, up the hill from Main Street'],
    [70, 'i', 'Wen, can you take this one? 1840s stone house on Church Rd in Ellicott City, wants the granite quarry source. Howard local history is yours.'],
    xfer(74, 'Wen', 'wen-qr'),
    [110, 'l', "Hi there! I'm Wen, a librarian at Howard County Library System — I'll pick up from here.", as(WEN)],
    [118, 'l', "Much of Ellicott City's early granite came from quarries right along the Patapsco and the Tiber. The best place to start online is the Maryland Historical Trust's inventory form for your house or for the Church Road area: search Medusa, the Trust's cultural resource database, at mht.maryland.gov. The forms often name the stone and where it was quarried. Did that help?", as(WEN)],
    [170, 'p', "oh yes! found the form for our house, it says granite from the Ellicott Mills quarries. gracias!! that's everything"],
    [176, 'l', 'How exciting! Thanks for chatting, and enjoy the house.', as(WEN)],
  ], usual({ concurrency: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [
      other('os1', 'oscar-qr', -100, 200),
      other('we1', 'wen-qr', -300, 400), other('we2', 'wen-qr', 50, 300), other('we3', 'wen-qr', 100, 250),
    ],
  }),

  // 12 the answer at once, the question after it; a goodbye 119 s after the last answer; no code field
  s(GUS, '12 rust stains on marble front steps in Dundalk: the answer at once, "Is the railing still dripping" after it, goodbye 119 s after "Does that help?", no code field', [
    [0, 'p', 'how do i get rust stains off my marble front steps?? rowhouse in dundalk, the railing drips on them'],
    [16, 'l', "Hi! You've got Gus, a librarian at Baltimore County Public Library."],
    [22, 'l', "Rust on marble is tricky because acids etch it, so skip vinegar and most hardware-store rust removers. The usual fix is a poultice: a paste of a marble-safe rust remover and an absorbent powder, left on under plastic for a day or two and then rinsed off. The Natural Stone Institute's stain removal guide at naturalstoneinstitute.org walks you through it."],
    [28, 'l', 'Is the railing still dripping, or has it been repainted? If it still drips, the stain will come right back.'],
    [60, 'p', 'still drips lol. ill paint it first then'],
    [68, 'l', 'Good plan: wire-brush the railing and give it a rust-inhibiting paint first, then do the poultice. Does that help?'],
    [187, 'l', 'Thanks for chatting — good luck with the steps!'],
  ], usual({ clarify: 'fail', anything: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 13 no identification in the first two provider lines; no source (an agency and an app named)
  s(AVERY, '13 rock hunting near old quarries with kids from Westminster: "Hey there! 😊", a question, the name third; the MGS and the Rockd app named with no way to reach them', [
    [0, 'p', "hey! any places in maryland where my kids can hunt for rocks/minerals near old quarries? they're obsessed"],
    [19, 'l', 'Hey there! 😊'],
    [25, 'l', 'How old are the kids, and how far are you willing to drive?'],
    [55, 'p', "8 and 11. we're in westminster, an hour or so is fine"],
    [64, 'l', "Sorry, I should have said — I'm Avery, a librarian at Carroll County Public Library!"],
    [72, 'l', "Active quarries are private and closed to collectors, but old quarry areas on public land can be good hunting. The Maryland Geological Survey maps old quarry sites all over the state, and lots of families use the Rockd app to see what kind of rock is under their feet wherever they are. Streams below old quarries often have quartz, mica and even small garnets the kids can pick up; just check the rules of the park first. Did that help?"],
    [110, 'p', 'yes!! thats all i needed thx'],
    [116, 'l', 'Have fun hunting, and thanks for chatting!'],
  ], usual({ greeting: 'fail', source: 'fail' })),

  // 14 an offer of more instead of the completeness question; a colleague consulted
  s(SELMA, '14 why a town in Baltimore County is called Granite: a hold, a note to a colleague, bcpl.info, "Would you like me to look for old photos … too?", "no more questions!"', [
    [0, 'p', 'why is there a town called Granite in baltimore county? was there a quarry'],
    [17, 'l', "Good evening! I'm Selma, a librarian at Baltimore County Public Library."],
    [23, 'l', 'Are you after the quick story, or something you can read more about, say for a project or a walk out there?'],
    [50, 'p', 'just curious, we drive through it all the time'],
    [58, 'l', 'Let me ask our local history librarian, one sec.'],
    [64, 'i', 'Jan, quick one: anything on Granite MD and its quarries? Waltersville?'],
    [130, 'l', "Yes, there were several. The village grew up around granite quarries in the 1800s; it was called Waltersville until the post office took the name Granite, and its stone went into buildings in Baltimore and Washington. Our local history librarian pointed me to the Granite entry in our local history collection at bcpl.info (search 'Granite')."],
    [136, 'l', 'Would you like me to look for old photos of the quarries too?'],
    [170, 'p', 'nah thats ok, this was plenty. no more questions!'],
    [176, 'l', 'Thanks for the fun question — have a good night!'],
  ], usual({ complete: 'fail' })),

  // 15 thanks only, an invitation instead of the question; code null
  s(INES, '15 old chrome pits on the Soldiers Delight trails: dnr.maryland.gov, "oh cool thanks!!", "feel free to come back if anything else comes up!", code null', [
    [0, 'p', 'hello, I heard Soldiers Delight had chrome mines? are there still old pits you can see from the trails?'],
    [21, 'l', 'Hi, welcome to Ask a Librarian! This is Ines at Baltimore County Public Library.'],
    [27, 'l', 'Are you planning a hike there, or reading up on the mining history?'],
    [52, 'p', 'hike this saturday w/ my dad'],
    [60, 'l', "Yes: in the early 1800s Soldiers Delight was one of the world's main sources of chromite, and you can still see old pits and the Choate Mine site from the trails. Maryland DNR's Soldiers Delight page (dnr.maryland.gov, search 'Soldiers Delight') has the trail map, which marks the mine sites. Did that help with planning?"],
    [100, 'p', 'oh cool thanks!!'],
    [106, 'l', 'Thanks for chatting, enjoy the hike, and feel free to come back if anything else comes up!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 16 one question per chat, with no way back and no goodbye; code ""
  s(DARNELL, '16 gravel for a 60 x 10 ft driveway near La Plata: nssga.org, then a list and "I can only answer one question per chat", "wow. ok", code ""', [
    [0, 'p', 'what size gravel do i need for a driveway and how many tons for 60 ft long 10 wide'],
    [18, 'l', 'Hi, Darnell with Charles County Public Library. Happy to help!'],
    [24, 'l', 'Is it a new driveway on bare dirt, or topping off an old gravel one?'],
    [50, 'p', 'new, on dirt'],
    [60, 'l', "For a new one, the usual build is a base of #3 stone (1½ to 2½ inches) with #57 stone (about ¾ inch) on top, around 4 inches of each. At 4 inches deep, 60 × 10 feet is 200 cubic feet, about 7.4 cubic yards, so roughly 10 to 11 tons per layer. The National Stone, Sand & Gravel Association explains the stone sizes at nssga.org. Did that help?"],
    [95, 'p', 'yes. also do i need fabric under it, where is the cheapest quarry near la plata, do they deliver, and how do i keep weeds out'],
    [102, 'l', "I can only answer one question per chat, so you'll need to look the rest up yourself."],
    [120, 'p', 'wow. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 17 other patrons waiting, with a way back; two parties, one with no way to reach it
  s(RHEA, '17 repointing an 1850s limestone farmhouse near Boonsboro: Preservation Brief 2, MHT by phone + the county historical society (no contact), other patrons waiting', [
    [0, 'p', 'We bought an 1850s limestone farmhouse near Boonsboro and the mortar is falling out. Can we just use regular mortar from the hardware store?'],
    [19, 'l', "Good afternoon! I'm Rhea, a reference librarian at Washington County Free Library."],
    [25, 'l', 'Is the old mortar soft and crumbly (probably a lime mortar), and are you planning to do the work yourselves or hire a mason?'],
    [70, 'p', 'very crumbly, white-ish. we want to try it ourselves at least on the back wall'],
    [80, 'l', "Then please don't use regular Portland cement mortar: it's harder than old limestone and lime mortar, so the stone itself cracks and spalls around it. The National Park Service's Preservation Brief 2, 'Repointing Mortar Joints in Historic Masonry Buildings', is free at nps.gov (search 'Preservation Brief 2') and explains how to match a lime mortar. Does that cover it?"],
    [120, 'p', "yes thank you. next we need to fix the spring house roof, the barn foundation and the chimney, and find out if the house is on the historic register and if there's tax credits"],
    [128, 'l', 'For the register and the tax credits, call the Maryland Historical Trust at 410-555-0133, and ask the Washington County Historical Society in Hagerstown about the history of the farm.'],
    [134, 'l', "The other projects are a lot for one chat, and I have other patrons waiting right now, so please log back on anytime and we'll take them one at a time."],
    [170, 'p', "ok makes sense. that's all for today, thanks Rhea!"],
    [176, 'l', 'Thanks for chatting, and good luck with the farmhouse!'],
  ], usual({ referral: 'fail' })),

  // 18 a plain short one for a worksheet
  s(KYLE, '18 Maryland\'s state rock for a worksheet: there is none, the Maryland Manual at msa.maryland.gov, "ok thats all i needed thx"', [
    [0, 'p', 'whats marylands state rock'],
    [14, 'l', 'Hi! Kyle here, a librarian at the Wicomico Public Library.'],
    [20, 'l', 'Is this for a school assignment? If so, does your teacher want just the name or some facts about it too?'],
    [42, 'p', 'ya for a worksheet. just the name'],
    [50, 'l', "Good news and bad news: Maryland doesn't have an official state rock! It does have a state fossil shell (Ecphora gardnerae) and a state dinosaur (Astrodon johnstoni). The full list of state symbols is in the Maryland Manual at msa.maryland.gov (search 'state symbols'). Does that help with the worksheet?"],
    [80, 'p', 'oh weird. ok thats all i needed thx'],
    [85, 'l', 'Glad it helped — thanks for asking, and good luck on the worksheet!'],
  ], usual()),

  // 19 a restatement as the only clarifying; a goodbye exactly 120 s after the answer, no check-in; four chats at once
  s(FIONA, '19 the Irish quarry village at Texas, MD: "So you\'re looking for …" (restatement), Medusa + Brooks & Rockel, goodbye exactly 120 s after (no check-in), 4 open', [
    [0, 'p', 'Hi! My family came from Ireland to Texas, Maryland to work in the lime and marble quarries in the 1850s. Is there a history of the Irish community there?'],
    [23, 'l', 'Hello! Fiona here, a librarian with Baltimore County Public Library.'],
    [29, 'l', "So you're looking for the history of the Irish quarry village at Texas itself, rather than records of your own family. I know a couple of good places for that."],
    [70, 'p', 'yes exactly, the family part I can do later'],
    [80, 'l', "The Maryland Historical Trust's inventory form for the Texas area (search 'Texas' in Medusa at mht.maryland.gov) describes the quarries, the lime kilns and St. Joseph's Church, which the Irish quarry families built; and Neal A. Brooks and Eric G. Rockel's 'A History of Baltimore County', in our catalog at bcpl.info, has a section on the Texas quarries. Does that help get you started? And is there anything else I can look up for you?"],
    [200, 'l', 'Thanks for chatting with BCPL, and happy researching!'],
  ], usual({ idle: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('fi1', 'fiona-qr', -60, 150), other('fi2', 'fiona-qr', 40, 300), other('fi3', 'fiona-qr', 100, 260)],
  }),

  // 20 "Let me know if that helps!"; a check-in and a notice with no thanks; final idle exactly 180 s to endedAt
  s(LORNA, '20 is the Beaver Dam swim club an old marble quarry: mgs.md.gov, "Let me know if that helps!", "Are you still there?", a notice with no thanks, 180 s', [
    [0, 'p', 'is beaver dam swim club really an old marble quarry? my kids want to know before we go this summer'],
    [20, 'l', "Hi there, thanks for contacting AskUsNow! I'm Lorna, a librarian."],
    [26, 'l', 'Do they want the short version, or would a book or article they could read help too?'],
    [55, 'p', 'short version plus something to read would be great'],
    [70, 'l', "Yes! The swimming hole at Beaver Dam in Cockeysville is a flooded marble quarry: it supplied marble for the columns of the U.S. Capitol extension in the 1850s, and after the quarrying stopped, springs filled the pit. The Maryland Geological Survey's page on the Cockeysville Marble at mgs.md.gov tells the stone's story in plain language. Let me know if that helps!"],
    [170, 'l', 'Are you still there?'],
    [240, 'l', "It looks like you may have disconnected, so I'm going to end this session now."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 10 }),

  // 21 a check-in, then a plain goodbye 181 s after the answer
  s(MATEO, '21 ruins of the Woodstock granite quarries in Patapsco Valley: dnr.maryland.gov, "just checking — are you still with me?", goodbye 181 s after (no notice)', [
    [0, 'p', 'are there still ruins of the old granite quarries at woodstock? we hike patapsco a lot'],
    [18, 'l', 'Hello! This is Mateo, a librarian at Howard County Library System.'],
    [24, 'l', 'Are you thinking of the Woodstock area on the Howard County side of the river, or the Baltimore County side?'],
    [55, 'p', 'not sure honestly, whichever has the ruins lol'],
    [64, 'l', "Both sides had quarries, but the easiest to see are near Woodstock on the Baltimore County side, where cut blocks and old quarry faces sit along the river by the railroad. Maryland DNR's trail maps for Patapsco Valley State Park, at dnr.maryland.gov, show the trails around Woodstock. Is that what you were looking for?"],
    [170, 'l', 'Hi, just checking — are you still with me?'],
    [245, 'l', 'Thanks for chatting with Ask HCLS — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 22 a notice with thanks 202 s after the answer, with no check-in question
  s(ANA, '22 cleaning a moldy marble headstone in Upper Marlboro: D/2, ncptt.nps.gov, then only "It looks like you\'ve disconnected … Thanks …" 202 s after', [
    [0, 'p', "hi how do you clean an old marble headstone without damaging it? my great grandma's in a family plot in upper marlboro, it's black with mold"],
    [20, 'l', "Hi, thanks for reaching out! I'm Ana, a librarian with Prince George's County Memorial Library System."],
    [26, 'l', "Is the stone sound, or is it flaking, cracked or leaning? That changes what's safe to do."],
    [58, 'p', 'its sound just dirty'],
    [66, 'l', "Then the gentle method cemetery conservators use is: wet the stone well with plain water, apply a biological cleaner such as D/2 Biological Solution, and scrub softly with a natural-bristle brush; never wire brushes, bleach or a pressure washer. The National Center for Preservation Technology and Training has a step-by-step guide and video at ncptt.nps.gov (search 'cleaning headstones'). Does that help?"],
    [268, 'l', "It looks like you've disconnected, so I'll close this chat now. Thanks for reaching out, and feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 23 Lost Call: a greeting and a hold, the patron leaves, a notice with thanks 180 s after the greeting
  s(SILAS, '23 buying Cockeysville marble today (Lost Call): a greeting, "Let me look into who still sells it, one moment.", patron left, a notice 180 s after the greeting', [
    [0, 'p', 'where can i buy cockeysville marble today? want to replace a broken step on our 1890s rowhouse'],
    [22, 'l', "Hello! Silas here, a librarian with Maryland's AskUsNow! service."],
    [28, 'l', 'Let me look into who still sells it, one moment.'],
    left(95),
    [202, 'l', "It looks like you've left the chat, so I'll end this session now. Thank you for contacting AskUsNow!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 Lost Call after two patron lines ("hello", then the question)
  s(DARA, '24 the lake at Oregon Ridge (Lost Call after "hello" and the question): a greeting, "Are you still there?", a notice that thanks and invites back', [
    [0, 'p', 'hello'],
    [9, 'p', 'is the lake at oregon ridge an old quarry? and can u swim in it'],
    [40, 'l', "Hi, welcome to AskUsNow! My name is Dara and I'm a librarian."],
    [165, 'l', 'Are you still there?'],
    [262, 'l', "I haven't heard back, so it seems you've been disconnected. I'm going to close this chat, but please come back anytime — thanks!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (quarry permits macro): coded Practice, every check na', [
    [0, 'p', 'TEST — practice chat for the quarry permits macro'],
    [10, 'l', 'Practice: quarry permit info is at mde.maryland.gov'],
    [20, 'p', 'test done, thx'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 FU_ME, e-mail read back, "by Thursday", done exactly 72 h after the end, written at +01:00
  s(KELSEY, '26 why the Washington Monument in DC changes color: nps.gov/wamo, quarry photos to scan, e-mail read back, "by Thursday", done 2026-03-05T16:02:31+01:00 (72 h)', [
    [0, 'p', 'Hi, why does the Washington Monument in DC change color partway up? I read some of the marble came from Maryland'],
    [16, 'l', "Good morning! I'm Kelsey, a librarian at Enoch Pratt Free Library, and that's a great question."],
    [22, 'l', "Are you after the short answer, or something more detailed you'd cite, for an article or a talk?"],
    [60, 'p', "i'm giving a talk at my garden club on the 12th, so something citable and maybe a photo of the quarry"],
    [70, 'l', "The change is at about 150 feet: building stopped in 1854 for lack of money and then the Civil War, and when work started again in 1879 the marble came from other quarries, so it weathered to a different shade. The early marble came from Texas, in Baltimore County, and much of the later stone from Cockeysville. The National Park Service's history of the monument at nps.gov/wamo explains it. For a photo of the quarry, our Special Collections has Baltimore County quarry photographs that aren't online; I can pull them and e-mail you scans. What e-mail should I use?"],
    [100, 'p', 'that would be amazing. dmoreau1954@example.net'],
    [106, 'l', "Thanks — that's dmoreau1954@example.net. I'll send the scans by Thursday, well before your talk. Does the NPS page cover the color question for now?"],
    [140, 'p', "yes it does, that's all I need. thanks so much!"],
    [146, 'l', 'My pleasure — thanks for chatting, and good luck with the talk!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T16:02:31+01:00', by: 'kelsey-qr', note: 'sent 3 quarry scans' }] }, {
    now: T0 + 5 * DAY,
  }),

  // 27 FU_ME, e-mail read back, "by tomorrow afternoon", not recorded, one minute before the deadline
  s(NORA, '27 the 1898 "Building and Decorative Stones of Maryland" for a church in Union Bridge: hathitrust.org, e-mail read back, "by tomorrow afternoon", pending at 71 h 59 min', [
    [0, 'p', "Hello, I'm restoring an old church in Union Bridge and want to know what the Maryland building stones report from the 1890s says about the local limestone. Is it online anywhere?"],
    [21, 'l', 'Hi, this is Nora at Frederick County Public Libraries — welcome to Ask a Librarian!'],
    [27, 'l', "Do you mean the Maryland Geological Survey's 1898 volume, with Merrill and Mathews's 'The Building and Decorative Stones of Maryland'? And do you need the whole report, or only the part on the Frederick and Carroll County limestones?"],
    [70, 'p', "yes that's the one I think! just the limestone part"],
    [78, 'l', "The whole volume is digitized in HathiTrust (hathitrust.org, search 'Maryland Geological Survey volume 2'), but the scan is hard to search. I can find the limestone pages and e-mail you a PDF of just that section. What's your e-mail?"],
    [110, 'p', 'rev.h.oakes@example.org'],
    [116, 'l', 'Got it: rev.h.oakes@example.org. You will have it by tomorrow afternoon. In the meantime, is the HathiTrust copy enough to get you started?'],
    [150, 'p', 'yes I can see it. perfect, thank you'],
    [156, 'l', 'Is there anything else I can help with today?'],
    [180, 'p', "no that's all"],
    [186, 'l', 'Thanks for contacting us, and good luck with the restoration!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }, { now: T0 + (191 + 71 * HOUR + 59 * 60) * 1000 }),

  // 28 FU_LIB (partly Spanish), the phone only in patron.phone, done across the change to daylight time
  s(MARISELA, '28 fotos viejas de las canteras de Port Deposit (partly Spanish): digitalmaryland.org, a call "al número de su cuenta … el lunes", FU_LIB, done 71.5 h later across DST', [
    [FRI + 0, 'p', 'hola, my daughter has a school project about the old granite quarries in port deposit. tienen fotos viejas?'],
    [FRI + 23, 'l', "¡Hola! Hi, I'm Marisela, a librarian at Cecil County Public Library. I can help in English or Spanish."],
    [FRI + 29, 'l', '¿Para cuándo es el proyecto, y le sirven fotos digitales o las necesita impresas?'],
    [FRI + 60, 'p', 'para el 20 de marzo. digitales esta bien'],
    [FRI + 70, 'l', "En Digital Maryland (digitalmaryland.org, busque 'Port Deposit quarry') hay varias fotos de las canteras. Nuestra sala de historia local en Elkton tiene más que no están en línea: le voy a pedir a la encargada que la llame al número de su cuenta de la biblioteca el lunes por la mañana para mandárselas. ¿Le sirven por ahora las de Digital Maryland?"],
    [FRI + 110, 'p', 'si ya vi unas muy buenas!! gracias, es todo'],
    [FRI + 116, 'l', '¡Con gusto! Gracias por escribirnos y suerte con el proyecto.'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_LIB, startedAt: at(FRI), patron: { name: null, email: null, phone: '410-555-0164' }, followUps: [{ doneAt: '2026-03-09T10:30:00-04:00' }],
  }, { now: T0 + 10 * DAY }),

  // 29 a promise coded Answered, the e-mail read back, done 72 h 30 min after the end (written at -08:00)
  s(JADA, '29 Port Deposit granite in the Concord Point Lighthouse + John Donahoo: a Bulletin article "by Friday", e-mail read back, coded Answered, done at 72.5 h (-08:00)', [
    [0, 'p', 'hi, was the concord point lighthouse in havre de grace built with port deposit granite? also anything on the builder, john donahoo?'],
    [19, 'l', 'Hi! Jada here, a librarian at Harford County Public Library.'],
    [25, 'l', 'Is this for a visit, a school paper, or your own research? And do you need things you can read online?'],
    [60, 'p', 'own research, online is best'],
    [68, 'l', "Yes: the 1827 tower is built of granite from Port Deposit, just up the Susquehanna, and John Donahoo built it, along with several other Chesapeake lighthouses. The Friends of Concord Point Lighthouse have a history page at concordpointlighthouse.org, and the U.S. Coast Guard's historian's office covers the construction at history.uscg.mil (search 'Concord Point')."],
    [74, 'l', "There's also an article on Donahoo in an old issue of the Harford Historical Bulletin that isn't online. I can scan it and e-mail it to you — what's the best address?"],
    [100, 'p', 'email pls, jpeverell@example.com'],
    [106, 'l', "Thanks — jpeverell@example.com. I'll send it by Friday. Does the rest help with your research in the meantime?"],
    [135, 'p', 'yes, thats everything for now. thank you!'],
    [141, 'l', 'Thanks for chatting, and enjoy the lighthouse!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: '2026-03-05T07:32:26-08:00' }] }, { now: T0 + 5 * DAY }),

  // 30 a transfer note that does not say why; the receiver's "I'll get back to you", FU_ME with no contact and no time
  s(THEO, '30 a marble carver at Hugh Sisson\'s works, c. 1900: "sending you one, thx!" (no why), Imogen, digitalmaryland.org + mdhistory.org, "I\'ll get back to you", no contact', [
    [0, 'p', 'Hi — my great-grandfather Angelo Brusco was a marble carver in Baltimore around 1900, supposedly he worked on City Hall or some church. How do I find out what he worked on?'],
    [20, 'l', "Hi there, welcome to AskUsNow! I'm Theo, a librarian."],
    [26, 'l', 'Do you know which years he was in Baltimore, and whether he worked for a company or on his own?'],
    [65, 'p', "1895-1915ish. i think for a company, Hugh Sisson's marble works?"],
    [73, 'l', "That's a great lead. The Pratt Library's Maryland Department knows this kind of question well, and a Pratt librarian is online now, so I'm transferring you to her — one moment."],
    [76, 'i', 'sending you one, thx!'],
    xfer(79, 'Imogen', 'imogen-qr'),
    [118, 'l', 'Hello, Imogen at the Enoch Pratt Free Library here!', as(IMOGEN)],
    [126, 'l', "Baltimore city directories list workers with their trade and often their employer; digitized directories are in Digital Maryland (digitalmaryland.org, search 'Baltimore city directory'). For records of Sisson's firm, search the Maryland Center for History and Culture's online catalog at mdhistory.org. I'd also like to go through our Maryland vertical files on Sisson's marble works for you — I'll get back to you with what I find.", as(IMOGEN)],
    [132, 'l', 'Is that a helpful place to start?', as(IMOGEN)],
    [170, 'p', "yes!! thank you so much. that's all i needed"],
    [176, 'l', "You're so welcome — thanks for chatting, and good luck with Angelo!", as(IMOGEN)],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail', transfer: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => QUARRIES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('02')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "Y si quiere ver los archivos de las canteras en papel, visite nuestra sala de historia local en la sucursal de Elkton, 301 Newark Avenue, Elkton." The patron is told to visit ("visite") the provider\'s own library\'s local history room, and RUBRIC.md\'s Terms say "the provider\'s own library\'s departments count when the patron is told to contact or visit them": a referral, and it comes with a postal address, so referral.contact passes.',
  [byNo('07')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 4: "… the Maryland Department of the Environment\'s Mining Program, which also takes blasting complaints … Call the Mining Program at 410-555-0142, or use the complaint form at mde.maryland.gov …". The only party the patron is told to contact is the Mining Program, and it comes with a phone and a URL; COMAR 26.21 "at dsd.maryland.gov" is a publication to read (a source, not a referral). Every referred party has a way to reach it, so RUBRIC.md gives pass.',
  [byNo('20')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"). Message 4 ends "Let me know if that helps!" An imperative inviting the patron to report back, not a question: the provider never asks whether the information meets the need (READINGS TAKEN, as "let me know" read for anything else in earlier rounds), and no later provider line asks it ("Are you still there?" and the notice only), so RUBRIC.md gives fail.',
};

describe('eighty-eighth round: quarries, building stone and marble, checked', () => {
  describeSessions('whole sessions', QUARRIES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', QUARRIES.filter((c) => c.name in LEFT_WHY));
});
