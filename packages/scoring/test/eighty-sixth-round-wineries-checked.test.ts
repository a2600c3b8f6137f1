/**
 * Eighty-sixth round, theme MARYLAND WINERIES, VINEYARDS AND HOME WINEMAKING, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! chats: visiting (a winery day on the Frederick Wine Trail, the
 * Maryland Wine Festival with a 16-year-old, Baltimore County wineries open on Mondays, dog-friendly Eastern Shore wineries
 * from St. Michaels, Easter Sunday near Ocean City, winery wedding venues in Harford County, a wine-tasting night at the
 * library), growing (wine grapes on a sloped acre in Taneytown, black rot in Garrett County, harvest volunteering in
 * Southern Maryland, harvest work near Frederick partly in Spanish, vineyard acres by county for a farm bureau), making
 * (Concord grapes in Hagerstown in Spanish, a first wine kit at 20, home winemaking limits and farmers markets, wild
 * blackberry wine in La Plata, blackberry wine at the State Fair, a Spanish winemaking workshop in Frederick), law and
 * business (a Sonoma wine club that will not ship to Annapolis, licences and a plan for a Harford farm winery, economic data
 * for a UMBC paper, sulfite-free wines), pairing (a crab feast) and history (Boordy for an 8th-grade report, an old Boordy
 * bottle, the Catawba grape and Clarksburg, an ancestor's 1880s vineyard near Parsonsburg, Philip Wagner's 'Grapes into
 * Wine' and his Baltimore Sun columns). Every one of the 17 checks labelled in every session from RUBRIC.md's text before
 * the first run (labels copied aside to /tmp/s76/wineries-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 16-28 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello??" at 45 (04: fail); `pickedUpAt` given
 *   in UTC ("2026-03-02T15:00:44Z", 44 s) with the first visible line at 72 s (06: pass); no provider ever, only a queue
 *   line (26: fail);
 *  greeting: name and library, name and service ("thanks for contacting AskUsNow! I'm Keziah, a librarian"), "Hello from
 *   St. Mary's County Library! I'm Ross", "You've reached a librarian at Maryland's AskUsNow! service — I'm Rhea", Spanish
 *   "Soy Lucía, bibliotecaria …" (02) and "Le saluda Mateo, bibliotecario …" (29), "Good afternoon!" then the name in the
 *   second line (18: pass); "Terrence with Howard County Library System here." with no greeting word (05: fail); "Hello!"
 *   then a question, no one named (22: fail); na with no provider (26) and Practice (27);
 *  keep_informed: a hold answered exactly 120 s later (06: pass); a question answered 122 s later with an internal note and
 *   the patron's "?" in between (07: fail); a transfer notice answered by the receiver 100 s (08: pass) and 131 s (09: fail)
 *   later; "Oh, good question!" 7 s after the patron, the answer 173 s after that (14: not a hold, so a wait on the patron,
 *   pass); the patron's "one sec let me go look" answered by a check-in 130 s later (25: fail); a hold and a check-in 127 s
 *   apart with no substantive exchange (24: na); na (26, 27);
 *  clarify: the restatement "So you'd like the rules and the entry steps …" (20); questions on driving and where to stay,
 *   grape type and print or e-book (Spanish), slope and purpose, which festival, grade and format, order or club, household
 *   adults, name and place, fruit or no fruit, leaves or berries, whites or reds, concentrate or fresh juice, guest count,
 *   current or trend, harvest-only (Spanish), dog size, period or modern source, experience and equipment, where in the
 *   county, borrow or look, label year, columns and full text, nearest branch (Spanish), one county or all; the answer
 *   straight after the greeting (10: fail); the question inside the first message that gives a source (11: fail); no source
 *   ever and a question before the advice (12: pass) or with no answer at all (25: pass);
 *  source: visitfrederick.org, marylandwine.com (and /events, /industry), washcolibrary.org, extension.umd.edu,
 *   library.carr.org, marylandwinefestival.org, hclibrary.org, boordy.com, atcc.maryland.gov, ttb.gov, HeritageQuest Online
 *   via wicomicolibrary.org, mdlandrec.net, Gale Small Business Resource Center, medlineplus.gov, polwinery.com,
 *   dorchesterlibrary.org, pgcmls.info, visitharford.com, nass.usda.gov, mwejobs.maryland.gov, st-michaels-winery.com,
 *   hathitrust.org, marylandstatefair.com, ccplonline.org, extension.psu.edu, prattlibrary.org, ProQuest Historical
 *   Newspapers, fcpl.org; books (Maryland Wine: A Full-Bodied History, From Vines to Wines, The Wine Bible, Home Winemaking
 *   Step by Step, First Steps in Winemaking, Grapes into Wine, Adlum's Memoir); a referral's phone and e-mail; none: advice
 *   from memory, "a photo-ID app like PictureThis" and "the Maryland Grape Growers Association" with no way to reach them
 *   (12: fail); only a clarifying question (25: fail);
 *  completeness: "Does that give you what you need for Saturday?", "¿Le sirve esta información?", "Is that what you were
 *   looking for?", "Does that help for now?", "Is that enough for your report?", "Does this completely answer your
 *   question?", "Did that help?" after an answer with no source (12: pass), "¿Le sirve?", "does the ProQuest search help
 *   for now?", "¿le sirvieron el calendario y el catálogo?"; near misses "Let me know if that helps!" and the offer "Would
 *   you like me to put together a list … and e-mail it to you?" (13: fail);
 *  anything else: asked (04, 07, 11, 12, 13, 18); the patron's "that's everything", "eso es todo", "That's all, thank you",
 *   "thats all i needed", "that's everything for now", "that's all for now then", "That's all I need for today", "es todo
 *   por hoy"; near misses "Feel free to come back if anything else comes up" then "ok cool thx" (14: fail), "wow ok" (15),
 *   "oh ok" (17), silence (10, 19-23, 25);
 *  dismissal: "Sorry, we can only take one question per chat. Thanks for using Ask a Librarian!" (15: fail); "I have to jump
 *   off now, sorry." after a new question (17: fail); "several other patrons waiting … Please log back on later" (16:
 *   allowed, pass); "Looks like we got disconnected. I'm closing this session now." (25: not a dismissal);
 *  courteous: goodbyes in English and Spanish, "Feel free to come back …" (14); the last two lines an answer and "I have to
 *   jump off now, sorry." (17: fail), a check-in and "… so I'm going to close this chat." (22: fail), a check-in and "…
 *   I'm closing this session now." (25: fail);
 *  final idle: a check-in and a goodbye 119 s after the answer (18: na); a check-in and a goodbye at exactly 120 s (19: idle
 *   passes, notice na); a goodbye at 121 s with no check-in (20: fail); a check-in and a goodbye 207 s after the greeting with
 *   no word of disconnecting (10: idle passes, notice fails); a check-in and a disconnect notice that says goodbye at exactly
 *   180 s (21: both pass); a check-in and an end announcement with no goodbye, 181 s to `endedAt` (22: both pass); a
 *   disconnect goodbye at 179 s with no check-in (23: idle fails, notice na); a Lost Call with a check-in and a notice
 *   that invites back, 272 s (24); only 96 s from the first provider line after the patron's last to the end (25: na);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 150 s (07: four, fail); a transfer where the first provider's three others start at or after
 *   the transfer and the receiver has two others (08: pass); a receiver with three others open during her part (09: fail);
 *  codes: Answered; no code field, with a promise (13: na); "" (17: fail); null with no provider (26: fail); Lost Call with
 *   one patron line (24: pass) and two (25: fail); Practice (27: all na); a promise coded Answered (11: fail); Follow-up by
 *   me with no contact anywhere (04: fail); Follow-up by patron's library with the number in `patron.phone` and the chat (29);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done at 16:01 +01:00 on Thursday, 71 h 58 min after the
 *   end (28: pass only if the offset is honoured); FU_ME on Saturday 7 March, e-mail read back, "by Tuesday", done Tuesday
 *   10:30 -04:00 after the clock change, 71 h 27 min (30: pass); FU_LIB in Spanish, the texting number read back and
 *   confirmed, "el jueves por la tarde", not recorded at day 2 (29: pending); a mother's e-mail read back with "I'll send it
 *   along", no time, done at 20 h (05: contact fails, on_time passes); "I'll look into it and get back to you", no contact,
 *   done exactly 72 h after the end (04: code and contact fail, on_time passes); "I'll e-mail you what I hear at the address
 *   on your account", coded Answered, not recorded at day 4 (11: code, contact and on_time fail); "I'll send the list this
 *   afternoon" with the e-mail read back in a source with no codes, done at 75 h (13: contact passes, on_time fails);
 *  referrals: the Extension's viticulture specialist by phone and e-mail (03: pass); the Wineries Association's director by
 *   e-mail and the Department of Agriculture's marketing office by phone in one message (16: pass); the fair's Entry Office
 *   by phone and "talk to the Chesapeake Amateur Winemakers Guild" in one message (20: fail); "ask the folks at the Maryland
 *   Grape Growers Association" (12: fail); the Pratt's own Maryland & Rare Books Department by address and phone (23: pass);
 *   not referrals: staff the provider asks on the patron's behalf (07's internal note, 11, 28, 29, 30), a branch that will
 *   call the patron (29), agency websites for the patron to use (06, 07, 09, 17), a transfer (08, 09);
 *  transfers: the notice, then a note saying why, then the transfer (08: pass); the notice, then "Hana, can you take this
 *   one?" (09: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup, read with its own offset: 15:00:44Z is 44 s after 10:00:00-05:00
 *   (06: pass), though the first visible line came at 72 s;
 * - "Terrence with Howard County Library System here." identifies but greets no one, and the second line is a question
 *   (05: fail); "Good afternoon!" greets and the next line names Mira and the library (18: pass);
 * - a patron message always begins a wait on the provider, "one sec let me go look" included: 130 s to the check-in fails
 *   (25); "Oh, good question!" is a provider message that announces no search and asks for no wait, so it ends the wait and
 *   what follows is a wait on the patron (14: pass); a transfer announcement is a hold (08, 09);
 * - keep_informed is na without a substantive exchange even with a hold and a check-in 127 s apart (24);
 * - the final idle starts at the first provider line after the patron's last visible line that is not a hold: the greeting
 *   in 10 (20 s, so 207 s to the goodbye) and 24 (28 s), the check-in in 25 (171 s, so 96 s to the end: na);
 * - "It looks like you've been disconnected, so I'll close this chat now. Thanks for reaching out, and come back anytime!"
 *   asks nothing, so it is a goodbye: the idle ends there (21: exactly 180 s) and it counts as sent during the idle;
 *   "It looks like you may have lost your connection, so I'm going to close this chat." only announces the end, so it is no
 *   goodbye: the idle runs to `endedAt` (22: 181 s) and the notice passes while courteous fails;
 * - with the last line a goodbye, a check-in before it inside 119 s leaves no final idle to judge (18: na);
 * - "Sorry, we can only take one question per chat." tells the patron they have reached a limit of questions (15: fail)
 *   even with its thanks (courteous passes); "I have to jump off now, sorry." ends the help for the provider's convenience
 *   with no way back (17); closing a chat because the patron seems to have gone is not a dismissal (25);
 * - "That's all, thank you" (03), "thats all i needed", "that's all for now then" (16), "es todo por hoy" (29) say explicitly
 *   that the patron is done; "ok cool thx", "wow ok", "oh ok", "nope" after no question, do not;
 * - "Feel free to come back if anything else comes up" invites but asks nothing (14: fail); "Let me know if that helps!"
 *   asks nothing, and the offer to e-mail a list asks about something not yet given (13: fail); "Did that help?" after
 *   advice with no source asks whether the answer meets the need (12: pass);
 * - a question in the same message as the first source is not "before the first message that gives a source" (11: fail);
 * - an app or an association named with no e-mail, phone, address or URL is neither a source (12) nor a reachable referral;
 *   "ask the folks at …" and "talk to the … Guild" tell the patron to contact a party (12, 20); "visit the department at the
 *   Central Library, 400 Cathedral Street … or call them" is a referral to the own library's department, with contact (23);
 * - a transfer note "Hana, can you take this one?" says nothing about why (09: fail);
 * - concurrency in a transferred session: the first provider judged over 0-76 s (her others start at 76 s or later, an open
 *   interval touching the end of her part), the receiver over 76-236 s (08); in 09 the receiver has four open from 200 s;
 * - a code field left out (undefined) makes resolution.code na even with a promise in the chat, while the promise still
 *   makes it a follow-up session for contact and on_time (13);
 * - "I'll send it along" gives no time (05: contact fails); "¿Le podemos llamar al número desde el que nos escribe, el
 *   240-555-0187?" repeats the number back in the chat, and "el jueves por la tarde" is when (29: pass);
 * - "within 72 hours" includes 72 h exactly (04: on_time passes); elapsed hours are real hours, so a follow-up given in
 *   +01:00 (28) or in -04:00 after the clock change (30) is compared in UTC;
 * - the patron's "thats all i needed" after a promise ends the anything-else question (05); the promise is a follow-up
 *   session whatever the patron says.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/wineries-labels.ts). First run as labelled / disagreeing: 28 / 2 (01, 13); no case scored differently once
 * redacted and no check was "could not be evaluated" (the two LEFT cases checked the same way by hand). Label corrections:
 * none (both disagreements reread against RUBRIC.md; every label stood). Final: 28 running, 2 LEFT (LEFT_WHY, message
 * numbers 0-based as in the scorer's evidence: "Visit Frederick has a printable map …", the tourism office's name as the
 * subject of a sentence pointing to a website, read as a referral, 01; "Let me know if that helps!", an invitation that
 * asks nothing, read as the completeness question, 13).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Session 30 starts on Saturday 7 March 2026, five days after T0 (the day before the clocks change). */
const SAT = 5 * 86_400;

const AUDREY: Prov = { id: 'audrey-wn', name: 'Audrey', library: 'FCPL-MD' };
const LUCIA: Prov = { id: 'lucia-wn', name: 'Lucía', library: 'WCFL' };
const GIDEON: Prov = { id: 'gideon-wn', name: 'Gideon', library: 'CCPL-CA' };
const PRIYA: Prov = { id: 'priya-wn', name: 'Priya', library: 'BCPL' };
const TERRENCE: Prov = { id: 'terrence-wn', name: 'Terrence', library: 'HCLS' };
const NOELLE: Prov = { id: 'noelle-wn', name: 'Noelle', library: 'AACPL' };
const DEVIN: Prov = { id: 'devin-wn', name: 'Devin', library: 'MCPL' };
const KEZIAH: Prov = { id: 'keziah-wn', name: 'Keziah', library: 'AUN' };
const OWEN: Prov = { id: 'owen-wn', name: 'Owen', library: 'WIPL' };
const SAM: Prov = { id: 'sam-wn', name: 'Sam', library: 'AUN' };
const HANA: Prov = { id: 'hana-wn', name: 'Hana', library: 'EPFL' };
const FINN: Prov = { id: 'finn-wn', name: 'Finn', library: 'QACL' };
const ROSS: Prov = { id: 'ross-wn', name: 'Ross', library: 'SMCL' };
const ELISE: Prov = { id: 'elise-wn', name: 'Elise', library: 'RELIB' };
const ALMA: Prov = { id: 'alma-wn', name: 'Alma', library: 'DCPL-MD' };
const BEATRIZ: Prov = { id: 'beatriz-wn', name: 'Beatriz', library: 'PGCMLS' };
const GRANT: Prov = { id: 'grant-wn', name: 'Grant', library: 'HCPL-MD' };
const RHEA: Prov = { id: 'rhea-wn', name: 'Rhea', library: 'AUN' };
const TOBIAS: Prov = { id: 'tobias-wn', name: 'Tobias', library: 'FCPL-MD' };
const MIRA: Prov = { id: 'mira-wn', name: 'Mira', library: 'TCFL' };
const COLETTE: Prov = { id: 'colette-wn', name: 'Colette', library: 'MCPL' };
const NATE: Prov = { id: 'nate-wn', name: 'Nate', library: 'BCPL' };
const PAOLA: Prov = { id: 'paola-wn', name: 'Paola', library: 'CCPL-CH' };
const DORIAN: Prov = { id: 'dorian-wn', name: 'Dorian', library: 'AUN' };
const WREN: Prov = { id: 'wren-wn', name: 'Wren', library: 'EPFL' };
const DANA: Prov = { id: 'dana-wn', name: 'Dana', library: 'WOCL' };
const HOLLIS: Prov = { id: 'hollis-wn', name: 'Hollis', library: 'HCPL-MD' };
const QUEUE: Prov = { id: 'queue-wn', name: 'Queue', library: 'AUN-Q' };
const TRAINEE: Prov = { id: 'trainee-wn', name: 'Trainee 4', library: 'TRN' };
const INGRID: Prov = { id: 'ingrid-wn', name: 'Ingrid', library: 'EPFL' };
const MATEO: Prov = { id: 'mateo-wn', name: 'Mateo', library: 'FCPL-MD' };
const JUDITH: Prov = { id: 'judith-wn', name: 'Judith', library: 'AUN' };

const s = session;

export const WINERIES: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(AUDREY, '01 a winery day on the Frederick Wine Trail: visitfrederick.org + marylandwine.com, "that\'s everything", other chats touching both ends (three at most)', [
    [0, 'p', 'hi! my sister and i want to do a winery day in frederick county next saturday, is there like a map of the wineries?'],
    [21, 'l', "Hi there, welcome to Ask a Librarian! I'm Audrey at Frederick County Public Libraries."],
    [27, 'l', 'Fun plan! Will you be driving yourselves, and are you staying near Frederick city or heading out toward Mount Airy and the mountains?'],
    [64, 'p', "driving, my sister is the DD lol. we're staying downtown"],
    [75, 'l', "Then the Frederick Wine Trail is perfect. Visit Frederick has a printable map of the wineries on it at visitfrederick.org (Things to Do > Wineries), and the Maryland Wineries Association's trail pages at marylandwine.com list each winery's tasting hours, which change by season. Several want a reservation on Saturdays, so check each page before you go."],
    [81, 'l', 'Does that give you what you need for Saturday?'],
    [115, 'p', "yes!! perfect, that's everything. thank you!"],
    [121, 'l', 'Have a wonderful winery day, and thanks for chatting with us! 🍇'],
  ], usual(), {}, {
    otherIntervals: [
      other('au1', 'audrey-wn', -400, 0), other('au2', 'audrey-wn', -60, 90), other('au3', 'audrey-wn', 40, 600), other('au4', 'audrey-wn', 126, 700),
    ],
  }),

  // 02 Spanish, plain good
  s(LUCIA, '02 vino casero con uvas Concord del patio en Hagerstown (Spanish): the catalogue + extension.umd.edu, "¿Le sirve esta información?", "eso es todo"', [
    [0, 'p', 'hola buenas tardes, tengo uvas en mi patio en hagerstown y quiero hacer vino casero. tienen libros en español de eso?'],
    [19, 'l', '¡Hola, buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Gratuita del Condado de Washington. Con gusto le ayudo.'],
    [25, 'l', '¿Sabe qué tipo de uva es? ¿Y prefiere un libro impreso, o también le sirve un libro electrónico?'],
    [71, 'p', 'creo que son concord, las moradas. impreso mejor, no me llevo bien con la tablet jaja'],
    [84, 'l', "Las Concord sirven bien para vino casero; el vino sale afrutado y algo dulce. En nuestro catálogo (washcolibrary.org) busque 'vino casero': tenemos 'El vino casero paso a paso' en la biblioteca central y se lo podemos mandar a la sucursal que le quede más cerca. Y la Extensión de la Universidad de Maryland tiene una guía para cultivar uvas en casa en extension.umd.edu (está en inglés)."],
    [90, 'l', '¿Le sirve esta información?'],
    [124, 'p', 'si muy bien!! eso es todo, mil gracias'],
    [130, 'l', '¡Con mucho gusto! Gracias por escribirnos, y que le salga muy rico el vino. 🍷'],
  ], usual()),

  // 03 pickup at exactly 60 s; a named specialist by phone and e-mail
  s(GIDEON, '03 wine grapes on a sloped acre in Taneytown: pickup at exactly 60 s, extension.umd.edu + From Vines to Wines, the Extension\'s viticulture specialist by phone and e-mail', [
    [0, 'p', "Good morning. I'm retired and have about an acre in Taneytown. I'd like to plant wine grapes. Which varieties grow well in Maryland?"],
    [60, 'l', 'Good morning! This is Gideon, a librarian at Carroll County Public Library. Thanks for waiting.'],
    [66, 'l', 'Is the acre sunny and sloped, or flat and low? And are you planning to make wine yourself, or to sell the grapes?'],
    [110, 'p', 'South-facing slope, full sun most of the day. Just for our own wine, maybe 100 vines.'],
    [121, 'l', "A south-facing slope is ideal. In central Maryland, growers do best with hybrids like Chambourcin, Vidal Blanc and Traminette, and, with more spraying, vinifera such as Cabernet Franc and Chardonnay. University of Maryland Extension's grape pages at extension.umd.edu (search 'grapes') cover site choice and varieties, and 'From Vines to Wines' by Jeff Cox is in our catalog at library.carr.org. For advice on your own site, you can contact the Extension's viticulture specialist at the Western Maryland Research & Education Center: 301-555-0171, or grapes@umd.example.edu."],
    [127, 'l', 'Is that what you were looking for?'],
    [170, 'p', "Yes, exactly what I needed. I'll call them this week. That's all, thank you."],
    [176, 'l', "You're very welcome, and good luck with the vineyard! Thanks for using Ask a Librarian."],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; Follow-up by me with no contact anywhere and no time; recorded exactly 72 h after the end
  s(PRIYA, '04 the Maryland Wine Festival and a 16-year-old: "hello??", pickup at 61 s, "I\'ll look into it and get back to you", FU_ME with no contact, recorded at exactly 72 h', [
    [0, 'p', 'when is the md wine festival this year and can i bring my 16 yr old'],
    [45, 'p', 'hello??'],
    [61, 'l', "Hi, sorry for the wait! I'm Priya, a librarian with Baltimore County Public Library."],
    [67, 'l', 'Do you mean the big one at the Carroll County Farm Museum in Westminster?'],
    [96, 'p', 'yes that one'],
    [104, 'l', "It's usually the third weekend of September, and this year's dates and tickets go up on the festival's site, marylandwinefestival.org. I couldn't find this year's rule for under-21s there yet, so I'll look into it and get back to you."],
    [110, 'l', 'Does that help for now?'],
    [140, 'p', 'ok thx'],
    [146, 'l', 'Is there anything else I can help with today?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Enjoy the festival — thanks for chatting!'],
  ], usual({ pickup: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(180 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 05 no greeting word in the first two provider lines; a promise with the e-mail given but no time
  s(TERRENCE, '05 Boordy Vineyards for an 8th-grade report: "Terrence with Howard County Library System here." (no greeting), a mother\'s e-mail read back, no time, FU_ME', [
    [0, 'p', 'i need info on boordy vineyards for a school report on maryland history. due friday'],
    [18, 'l', 'Terrence with Howard County Library System here.'],
    [24, 'l', 'What grade is the report for, and does your teacher want books, websites, or both?'],
    [58, 'p', '8th grade. need at least one book and one website. my mom is helping me'],
    [70, 'l', "For the book, 'Maryland Wine: A Full-Bodied History' by Regina McCarthy has a chapter on Philip Wagner, the Baltimore Sun writer who planted the Boordy vines at Riderwood in the 1940s; it's in our catalog at hclibrary.org. For the website, the winery's own history page at boordy.com tells the story up to today. Is that enough for your report?"],
    [112, 'p', 'yes!! and is there a newspaper article too? my teacher said extra credit'],
    [120, 'l', "There's a good Baltimore Sun feature on Boordy's history in our newspaper database, and it's easier if I send it. I'll e-mail you the article — what e-mail should I use? A parent's is fine."],
    [150, 'p', 'my moms, dpark.family@example.com'],
    [156, 'l', "Got it: dpark.family@example.com. I'll send it along."],
    [175, 'p', 'ok thx thats all i needed'],
    [181, 'l', 'Good luck on the report, and thanks for chatting!'],
  ], usual({ greeting: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(186 + 20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 06 pickedUpAt in UTC (44 s) with the first visible line at 72 s; a hold answered exactly 120 s later
  s(NOELLE, '06 a Sonoma wine club that won\'t ship to Annapolis: pickedUpAt 15:00:44Z (44 s), "let me check … one moment" at 108, the answer at 228 (120 s), atcc.maryland.gov', [
    [0, 'p', 'can a winery in california ship wine to my house in annapolis? they say they cant ship to maryland'],
    [72, 'l', "Good morning, and thank you for waiting! I'm Noelle, a librarian at Anne Arundel County Public Library."],
    [78, 'l', "Is it a one-time order or a wine club, and do you know the winery's name?"],
    [100, 'p', 'wine club, its a small place in sonoma, Hollow Oak Cellars'],
    [108, 'l', "Thanks! Let me check the state's list of permitted shippers, one moment."],
    [228, 'l', "Found it. Maryland does allow wine to be shipped to homes, but only by wineries that hold a Maryland Direct Wine Shipper permit. The Alcohol, Tobacco, and Cannabis Commission keeps the list of permit holders at atcc.maryland.gov (Licensing > Direct Wine Shippers), and Hollow Oak Cellars isn't on it, which is likely why they told you no. A small winery can apply for the permit through the same site."],
    [234, 'l', 'Does this completely answer your question?'],
    [270, 'p', "ah ok that makes sense. i'll send them the link. thats all i needed, thanks"],
    [276, 'l', "You're welcome! Thanks for chatting with us, and cheers!"],
  ], usual(), { pickedUpAt: '2026-03-02T15:00:44Z' }),

  // 07 a 122 s wait with an internal note and "?" in it; four chats at once
  s(DEVIN, '07 home winemaking limits and selling at a farmers market: ttb.gov, then 122 s (an internal note at 160, "?" at 195), atcc.maryland.gov, four chats open at once', [
    [0, 'p', 'how much wine am i allowed to make at home in maryland? and can i sell some at the farmers market'],
    [17, 'l', 'Hi! Devin here, a librarian with Montgomery County Public Libraries.'],
    [23, 'l', 'Just so I look in the right place: is it only you making it, or other adults in the household too?'],
    [50, 'p', 'me and my wife'],
    [61, 'l', "Federal law lets a household with two or more adults make up to 200 gallons a year for personal use without a permit (100 for a single adult); it's explained on the TTB's home winemaking page at ttb.gov. Did that help?"],
    [100, 'p', 'yes. so what about selling at the market?'],
    [160, 'i', 'anyone know offhand if MD has a farmers market permit for wine, or is it only licensed wineries?'],
    [195, 'p', '?'],
    [222, 'l', "Sorry for the delay! Home wine can't be sold at all: anything sold has to come from a licensed winery. Maryland wineries that sell at farmers markets hold a Class 4 manufacturer's license plus a farmers market permit, both explained by the ATCC at atcc.maryland.gov (Licensing > Manufacturers)."],
    [228, 'l', 'Anything else I can help with?'],
    [250, 'p', 'nope, thanks'],
    [256, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('dv1', 'devin-wn', -100, 400), other('dv2', 'devin-wn', 30, 300), other('dv3', 'devin-wn', 150, 600)],
  }),

  // 08 a transfer with the notice and a note saying why, both before it; concurrency over the parts each handled
  s(KEZIAH, '08 an ancestor\'s 1880s vineyard near Parsonsburg: "I\'m going to transfer you to Owen", a note why, Owen 94 s later, HeritageQuest + mdlandrec.net; split concurrency', [
    [0, 'p', 'Hello, my great-great-grandfather supposedly had a vineyard near Salisbury in the 1880s. Is there any way to find out more about it?'],
    [16, 'l', "Hello, and thanks for contacting AskUsNow! I'm Keziah, a librarian."],
    [22, 'l', 'Do you know his name, and roughly where near Salisbury the farm was?'],
    [60, 'p', 'Elias Twilley, out toward Parsonsburg I think'],
    [70, 'l', "Wicomico Public Libraries keeps the Eastern Shore local history records, and one of their librarians, Owen, is on the service right now. I'm going to transfer you to him — please stay with me a moment."],
    [73, 'i', "Owen, could you take this one? Patron is researching ancestor Elias Twilley's vineyard near Parsonsburg in the 1880s; your local history files and the Wicomico land records are the best place to start."],
    xfer(76, 'Owen', 'owen-wn'),
    [170, 'l', 'Hi, this is Owen at Wicomico Public Libraries! Thanks for your patience.', as(OWEN)],
    [179, 'l', "Two good places to start: the 1880 federal agricultural census lists each farm's acres in vines and gallons of wine made, and you can search Maryland's schedules free on HeritageQuest Online with your library card (wicomicolibrary.org > Research > Genealogy). For the land itself, Wicomico County deeds from the 1880s are online at mdlandrec.net (a free account is needed). Does that help?", as(OWEN)],
    [225, 'p', "Yes, very much! I didn't know the census counted vines. That's all I needed, thank you."],
    [231, 'l', 'My pleasure — good luck with the Twilley research, and thanks for chatting!', as(OWEN)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('ke1', 'keziah-wn', 76, 400), other('ke2', 'keziah-wn', 90, 300), other('ke3', 'keziah-wn', 100, 500),
      other('ow1', 'owen-wn', -300, 500), other('ow2', 'owen-wn', 150, 260),
    ],
  }),

  // 09 a transfer note that says no why; the receiver 131 s after the notice; the receiver with four open
  s(SAM, '09 licences and a business plan for a Harford farm winery: "I\'m transferring you to her now", the note "Hana, can you take this one?", Hana 131 s later, ttb.gov + Gale', [
    [0, 'p', 'hi, my husband and I want to open a small winery on our farm in Harford County. where do we even start with licenses and a business plan?'],
    [22, 'l', "Hi! I'm Sam, a librarian with Maryland's AskUsNow! service."],
    [28, 'l', 'Are you growing grapes already, or would you buy fruit to start?'],
    [62, 'p', 'we have 3 acres of vines planted 2 yrs ago, first real harvest this fall'],
    [80, 'l', "Great. A business librarian at the Enoch Pratt Free Library is online, so I'm transferring you to her now; she'll walk you through it."],
    [83, 'i', 'Hana, can you take this one?'],
    xfer(85, 'Hana', 'hana-wn'),
    [211, 'l', "Hello, Hana here at the Pratt Library's Business Center — sorry for the wait!", as(HANA)],
    [219, 'l', "Licensing comes in two layers: a federal Basic Permit and bonded winery registration from the TTB (ttb.gov > Wine > Apply for a Permit), and a Maryland Class 4 limited winery license from the ATCC (atcc.maryland.gov). For the business plan, Gale Small Business Resource Center (free with your library card at prattlibrary.org > Databases) has sample winery business plans. Is that what you needed?", as(HANA)],
    [262, 'p', "yes this is a great start. that's everything for now"],
    [268, 'l', 'Wonderful — good luck with the winery, and thanks for chatting!', as(HANA)],
  ], usual({ informed: 'fail', concurrency: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [
      other('ha1', 'hana-wn', -600, 90), other('ha2', 'hana-wn', 100, 900), other('ha3', 'hana-wn', 120, 900), other('ha4', 'hana-wn', 200, 900),
    ],
  }),

  // 10 the answer straight after the greeting; a check-in and a plain goodbye 200 s after the answer
  s(FINN, '10 sulfite-free Maryland wines and red wine headaches: the answer at once (no question), marylandwine.com + medlineplus.gov, "are you still there?", goodbye 200 s after', [
    [0, 'p', 'are there any maryland wineries that make sulfite free wine? red wine gives me bad headaches'],
    [20, 'l', "Hi! I'm Finn, a librarian at Queen Anne's County Library."],
    [27, 'l', "Some Maryland wineries make 'no sulfites added' wines, usually in small batches, and a few fruit and honey wineries use very little. The Maryland Wineries Association's directory at marylandwine.com links every winery's website, so you can check each wine list. On the headaches, MedlinePlus has a plain-language page on sulfite sensitivity at medlineplus.gov, and it notes that red wine headaches often have other causes, like histamines. Did that help?"],
    [150, 'l', 'Hi, are you still there?'],
    [227, 'l', 'Thanks for contacting us, and take care!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 11 the question inside the first message that gives a source; a promise coded Answered, e-mail only on the account
  s(ROSS, '11 volunteering for the grape harvest in Southern Maryland: marylandwine.com/events and the question in one message, polwinery.com, "I\'ll e-mail you what I hear", coded Answered', [
    [0, 'p', 'hi! where can i volunteer for grape harvest in sept? always wanted to do it'],
    [17, 'l', "Hello from St. Mary's County Library! I'm Ross, a librarian here."],
    [24, 'l', "A lot of Maryland wineries invite volunteers to pick on harvest weekends, usually announced in August, and the Maryland Wineries Association's events calendar at marylandwine.com/events lists them (search 'harvest'). Are you hoping to stay close to St. Mary's, or would you drive anywhere in the state?"],
    [60, 'p', 'close by if possible, southern md'],
    [70, 'l', "Then keep an eye on the Port of Leonardtown Winery's events page at polwinery.com; they've had harvest days for volunteers the last few years. I'll also check with the Wineries Association whether they keep a volunteer list, and I'll e-mail you what I hear at the address on your account."],
    [76, 'l', 'Does that help?'],
    [100, 'p', 'yes thank you! thats perfect'],
    [106, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no thats all :)'],
    [125, 'l', 'Enjoy the harvest, and thanks for chatting!'],
  ], usual({ clarify: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { patron: { name: null, email: 'vine.volunteer@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 12 no source: advice from memory, an app and an association named with no way to reach them
  s(ELISE, '12 black spots and shriveled grapes in Garrett County: black rot from memory, "a photo-ID app like PictureThis", "ask the folks at the Maryland Grape Growers Association"', [
    [0, 'p', 'my grape vines have black spots on the grapes and they shrivel up like raisins before they ripen. what is that??'],
    [20, 'l', 'Hi! Elise at the Ruth Enlow Library here.'],
    [26, 'l', 'Oh no. Are there spots on the leaves too, or only on the berries? And roughly when did it start?'],
    [60, 'p', 'leaves too, little brown spots. started in june'],
    [70, 'l', "That sounds a lot like black rot, a fungus that's very common on grapes in our humid summers. The usual advice is to pick off and destroy every shriveled 'mummy' berry and the spotted leaves, prune for airflow, and start spraying early next spring, before bloom. A photo-ID app like PictureThis can help confirm it. You could also ask the folks at the Maryland Grape Growers Association; they're very helpful with backyard growers."],
    [76, 'l', 'Did that help?'],
    [110, 'p', 'yes thanks. ill clean up the mummies this weekend'],
    [116, 'l', 'Anything else I can help with today?'],
    [130, 'p', 'no thats all'],
    [135, 'l', 'Good luck with the vines — thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 13 "Let me know if that helps!" and an offer instead of the question; a promise in a source with no codes, sent late
  s(ALMA, '13 Maryland wines for a crab feast: marylandwine.com + The Wine Bible, "Let me know if that helps!", an offer to e-mail a list, e-mail read back, "this afternoon", no code field, sent at 75 h', [
    [0, 'p', 'what maryland wine goes with steamed crabs? having ppl over saturday'],
    [23, 'l', "Hello! I'm Alma, a librarian at Dorchester County Public Library. 🦀"],
    [29, 'l', 'Fun! Do your guests lean toward whites, or do you need a red too?'],
    [58, 'p', 'mostly whites but my dad only drinks red lol'],
    [69, 'l', "Old Bay and sweet crab meat love crisp whites: a Maryland Vidal Blanc, Albariño or Traminette, and for your dad a light red you can chill, like Chambourcin. The Maryland Wineries Association's wine finder at marylandwine.com lets you search by grape, and 'The Wine Bible' by Karen MacNeil (in our catalog at dorchesterlibrary.org) has a good pairing chapter. Let me know if that helps!"],
    [75, 'l', 'Would you like me to put together a list of Eastern Shore wineries that make Vidal and e-mail it to you?'],
    [104, 'p', 'oh yes please! its kfowler@example.net'],
    [110, 'l', "Got it, kfowler@example.net. I'll send the list this afternoon."],
    [130, 'p', 'awesome thank u'],
    [136, 'l', 'Is there anything else I can help you find?'],
    [150, 'p', 'nope'],
    [155, 'l', 'Enjoy the crab feast, and thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'na', contact: 'pass', onTime: 'fail' }), { resolutionCode: undefined, followUps: [{ doneAt: at(160 + 75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 "Oh, good question!" then the answer 173 s later; an invitation, not the anything-else question
  s(BEATRIZ, '14 a first wine kit and a 20-year-old: Home Winemaking Step by Step, "Oh, good question!" at 117, the answer at 290, "Feel free to come back if anything else comes up", "ok cool thx"', [
    [0, 'p', 'hi im getting a wine kit for christmas, like the ones with juice in a bag. any good books for total beginners?'],
    [21, 'l', "Hi there, thanks for contacting Prince George's County Memorial Library System! I'm Beatriz."],
    [27, 'l', 'Is it a kit with juice concentrate, or fresh juice buckets from a winery supplier?'],
    [60, 'p', 'concentrate i think, its a 6 gallon kit'],
    [72, 'l', "Then 'Home Winemaking Step by Step' by Jon Iverson is a good first book: it walks through kits and fresh juice, with lots of pictures. It's in our catalog at pgcmls.info, and the e-book is on Libby. Did that help?"],
    [110, 'p', 'yes! also is it true u have to be 21 to make it? im 20 lol'],
    [117, 'l', 'Oh, good question!'],
    [290, 'l', "The federal rule on home winemaking lets adults make wine at home, and where the state drinking age is higher, as in Maryland, 'adult' means 21. The TTB explains it on its home winemaking page at ttb.gov. So the kit can wait on the shelf until your birthday!"],
    [296, 'l', 'Feel free to come back if anything else comes up — happy winemaking!'],
    [320, 'p', 'ok cool thx'],
  ], usual({ anything: 'fail' })),

  // 15 "one question per chat"
  s(GRANT, '15 winery wedding venues for 120 guests in Harford County: visitharford.com + marylandwine.com, more questions, "Sorry, we can only take one question per chat."', [
    [0, 'p', 'Hi! I am planning my wedding for fall 2027 and want a winery venue in Harford County. Which wineries do weddings?'],
    [19, 'l', "Hi, and welcome to Ask a Librarian! I'm Grant at Harford County Public Library."],
    [25, 'l', 'About how many guests are you expecting? Some tasting rooms only fit small parties.'],
    [58, 'p', 'around 120'],
    [68, 'l', "For 120 guests you'll want a winery with an event barn or pavilion. Visit Harford's wedding venue guide at visitharford.com lists the county's wineries that host weddings, with capacities, and the Maryland Wineries Association's directory at marylandwine.com can be filtered for 'Events & Weddings'. Is that what you were looking for?"],
    [105, 'p', 'yes thanks! also do you know what they usually charge per person? and do they let you bring your own caterer? and what about a rain plan?'],
    [112, 'l', 'Sorry, we can only take one question per chat. Thanks for using Ask a Librarian!'],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 16 the allowed ending; two parties in one message, both with a way to reach them
  s(RHEA, '16 Maryland wine industry data for a UMBC paper: nass.usda.gov + marylandwine.com, the Association by e-mail and MDA by phone, "several other patrons waiting … log back on later"', [
    [0, 'p', "Hello, I'm a grad student at UMBC writing about the economic impact of Maryland's wine industry. Where can I find data on the number of wineries, acreage, jobs and sales?"],
    [20, 'l', "Hi! You've reached a librarian at Maryland's AskUsNow! service — I'm Rhea."],
    [26, 'l', 'Do you need current figures only, or a trend over the last ten years or so?'],
    [62, 'p', 'a trend ideally, 2012 to now'],
    [74, 'l', "The USDA Census of Agriculture (nass.usda.gov > Census of Agriculture) gives Maryland grape acreage and farm counts for 2012, 2017 and 2022, and the Maryland Wineries Association's economic impact studies are summarized at marylandwine.com/industry. For unpublished numbers, you can e-mail the Association's executive director at info@marylandwine.example and call the Maryland Department of Agriculture's marketing office at 410-555-0136. Does this completely answer your question?"],
    [120, 'p', 'this is great, thank you! also could you help me find peer-reviewed articles on wine tourism, and on the farm winery law, and TTB label approvals, and employment multipliers?'],
    [128, 'l', "Those are all good threads, but there are several other patrons waiting for help right now. Please log back on later today or tomorrow, and we'll gladly dig into each of them with you."],
    [150, 'p', "no problem, that's all for now then. thanks!"],
    [156, 'l', 'Thanks so much for understanding, and good luck with the research!'],
  ], usual({ referral: 'pass' })),

  // 17 "I have to jump off now, sorry." (partly Spanish); code ""
  s(TOBIAS, '17 trabajo en la vendimia near Frederick (partly Spanish): mwejobs.maryland.gov, "¿Le sirve?", a new question, "I have to jump off now, sorry.", code ""', [
    [0, 'p', 'hi, busco trabajo en un viñedo para la cosecha, grape harvest, near frederick. do they hire?'],
    [19, 'l', "Hi! I'm Tobias, a librarian at Frederick County Public Libraries. ¡Hola!"],
    [25, 'l', '¿Busca trabajo solo para la temporada de cosecha (septiembre-octubre), o algo para todo el año?'],
    [60, 'p', 'solo la cosecha. tengo experiencia en huertos de manzana'],
    [70, 'l', "Muchos viñedos contratan gente para la vendimia. El Maryland Workforce Exchange (mwejobs.maryland.gov) publica trabajos agrícolas de temporada; busque 'vineyard' o 'harvest'. ¿Le sirve?"],
    [100, 'p', 'si gracias. and do i need papers or a license to drive the tractor there? also how much they pay usually'],
    [107, 'l', 'I have to jump off now, sorry.'],
    [115, 'p', 'oh ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 18 the greeting across two lines; a check-in, then a goodbye 119 s after the answer
  s(MIRA, '18 dog-friendly Eastern Shore wineries from St. Michaels: "Good afternoon!" then the name, two URLs, anything else asked, "Still there?", goodbye 119 s after the answer', [
    [0, 'p', "hey, which wineries on the eastern shore let you bring dogs? we're staying in st michaels"],
    [17, 'l', 'Good afternoon!'],
    [22, 'l', "I'm Mira, a librarian at Talbot County Free Library. Is your dog a big one, and are you happy to sit outside, or hoping to go in for a tasting?"],
    [55, 'p', 'medium lab mix, outside is fine'],
    [66, 'l', "St. Michaels Winery's site at st-michaels-winery.com gives its pet policy, and the Maryland Wineries Association's directory at marylandwine.com shows which Eastern Shore wineries have outdoor patios; many of them welcome leashed dogs outside. Does that help? Anything else I can look up for you?"],
    [146, 'l', 'Still there?'],
    [185, 'l', 'Have a great trip, and thanks for chatting with us!'],
  ], usual()),

  // 19 a check-in, then a goodbye exactly 120 s after the answer
  s(COLETTE, '19 the Catawba grape and Clarksburg: Adlum\'s 1823 Memoir on hathitrust.org + McCarthy, "Are you still with me?" at 165, goodbye at 200 (120 s)', [
    [0, 'p', 'I read that the Catawba grape was discovered in Montgomery County. Is that true? Looking for a source I can cite.'],
    [22, 'l', 'Hello, this is Colette at Montgomery County Public Libraries. Happy to help.'],
    [28, 'l', 'What kind of source do you need: something from the period itself, or a modern history you can cite?'],
    [64, 'p', 'either, ideally the original if it exists'],
    [80, 'l', "It's mostly true: John Adlum, who grew vines in Georgetown, took cuttings in the early 1820s from a vine at a tavern in Clarksburg, in Montgomery County, and introduced it as the Catawba. His own account is in 'A Memoir on the Cultivation of the Vine in America' (1823), free to read on HathiTrust at hathitrust.org. For a modern history, Regina McCarthy's 'Maryland Wine: A Full-Bodied History' covers it and is in our catalog at montgomerycountymd.gov/library. Does that give you what you need?"],
    [165, 'l', 'Are you still with me?'],
    [200, 'l', 'Thanks for your question, and take care!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 20 the restatement; two parties, one with no contact; a goodbye 121 s after the answer, no check-in
  s(NATE, '20 homemade blackberry wine at the State Fair: the restatement, marylandstatefair.com, the Entry Office by phone + "talk to the Chesapeake Amateur Winemakers Guild", goodbye at 121 s', [
    [0, 'p', 'hi how do i enter my homemade wine in the state fair? its a blackberry wine, my first time entering anything'],
    [19, 'l', "Hi there! I'm Nate, a librarian at Baltimore County Public Library."],
    [25, 'l', "So you'd like the rules and the entry steps for the amateur wine competition at the Maryland State Fair in Timonium — got it."],
    [50, 'p', 'yep'],
    [58, 'l', "The fair's Premium Book has the wine division's classes (fruit wines are a class of their own), the bottle rules and the entry deadline, usually in July; it's at marylandstatefair.com under Competitions > Premium Books. For questions about entering, call the fair's Entry Office at 410-555-0158, or talk to the Chesapeake Amateur Winemakers Guild; their members enter every year. Is this what you were looking for?"],
    [179, 'l', 'Thanks for chatting, and good luck with the blackberry wine!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 21 a check-in, then a disconnect notice that says goodbye exactly 180 s after the answer
  s(PAOLA, '21 wild blackberry wine in La Plata: First Steps in Winemaking + extension.psu.edu, "are you still there?" at 200, "looks like you\'ve been disconnected … close this chat … come back" at 255', [
    [0, 'p', 'do u have a recipe for blackberry wine? we have tons of wild blackberries in la plata'],
    [20, 'l', "Hi! I'm Paola, a librarian with Charles County Public Library. 🫐"],
    [26, 'l', 'Have you made any wine before, and do you have basic equipment like a carboy and an airlock?'],
    [60, 'p', 'never, no equipment yet'],
    [75, 'l', "Then start with a beginner book that explains the equipment too: C.J.J. Berry's 'First Steps in Winemaking' has a classic blackberry wine recipe and a chapter on what to buy, and it's in our catalog at ccplonline.org. Penn State Extension also has a free fact sheet on making fruit wine at home at extension.psu.edu. Does that help?"],
    [200, 'l', 'Hi, just checking, are you still there?'],
    [255, 'l', "It looks like you've been disconnected, so I'll close this chat now. Thanks for reaching out, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 22 no one named in the first two lines; a notice that announces the end without a goodbye, 181 s
  s(DORIAN, '22 Baltimore County wineries open on Mondays: "Hello!" then a question (no one named), boordy.com, a check-in, "…lost your connection, so I\'m going to close this chat." (181 s)', [
    [0, 'p', 'r there any wineries in baltimore county open on mondays? its my day off'],
    [18, 'l', 'Hello!'],
    [23, 'l', 'Are you OK driving up toward Hydes or Sparks, or do you want something close to Towson?'],
    [52, 'p', 'anywhere in the county is fine'],
    [70, 'l', "Boordy Vineyards in Hydes is open daily, Mondays included, most of the year; the hours are at boordy.com. The Maryland Wineries Association's directory at marylandwine.com lists hours for the others in the county, and most of them close on Mondays and Tuesdays. Did that answer your question?"],
    [150, 'l', 'Hi, are you still there?'],
    [246, 'l', "It looks like you may have lost your connection, so I'm going to close this chat."],
  ], usual({ greeting: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 23 the own library's department to visit; a disconnect goodbye 179 s after the answer, no check-in
  s(WREN, '23 Philip Wagner\'s Grapes into Wine at the Pratt: the catalogue, the Maryland & Rare Books Department by address and phone, a disconnect goodbye at 179 s (no check-in)', [
    [0, 'p', "Hi, does the Pratt have Philip Wagner's book 'Grapes into Wine'? My dad learned winemaking from it and I'd love to see a copy."],
    [21, 'l', "Hi there! I'm Wren, a librarian at Enoch Pratt Free Library."],
    [27, 'l', 'Would you like to borrow a copy to take home, or is looking at one in the library fine?'],
    [63, 'p', 'Borrowing would be great, but either is fine.'],
    [74, 'l', "We have 'Grapes into Wine' (1976) in the catalog at prattlibrary.org: one circulating copy you can place on hold, and one in the Maryland & Rare Books Department, which also has Wagner's other books and some of his Boordy Vineyards papers. If you'd like to see those, visit the department at the Central Library, 400 Cathedral Street, Baltimore, or call them at 410-555-0110 to check their hours. Is that what you were hoping to find?"],
    [253, 'l', "It seems you've been disconnected, so I'm going to end this chat. Thank you for contacting the Pratt!"],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 24 a true Lost Call: a greeting and a hold, then a check-in and a notice that invites back
  s(DANA, '24 wineries open on Easter Sunday near Ocean City (Lost Call): a greeting and "one moment", "Are you still there?" at 160, "seems you\'ve disconnected … come back anytime" at 300', [
    [0, 'p', 'wat winerys r open on easter sunday near ocean city'],
    [28, 'l', "Hi there! I'm Dana, a librarian with Worcester County Library."],
    [33, 'l', "Let me take a look at what's open that weekend — one moment."],
    [160, 'l', 'Are you still there?'],
    [300, 'l', "It seems you've disconnected, so I'll end this chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 Lost Call after two patron lines; the patron's "one sec" waits 130 s for the provider's check-in
  s(HOLLIS, '25 an old Boordy bottle in Bel Air (Lost Call): a question, "one sec let me go look", "Are you still there?" 130 s later, "Looks like we got disconnected. I\'m closing this session now."', [
    [0, 'p', 'found an old bottle of boordy wine in my grandpas basement in bel air, is it worth anything??'],
    [20, 'l', 'Hi! This is Hollis, a librarian at Harford County Public Library.'],
    [26, 'l', 'Fun find! What year and what kind of wine does the label say?'],
    [41, 'p', 'one sec let me go look'],
    [171, 'l', 'Are you still there?'],
    [262, 'l', "Looks like we got disconnected. I'm closing this session now."],
  ], usual({ informed: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 26 no provider ever joined
  s(QUEUE, '26 an adult wine tasting night at the library: no provider ever joined, "hello? anyone", "ok never mind", patron left, code null', [
    [0, 'p', 'is the library having a wine tasting night for adults this spring? saw something on facebook'],
    [1, 's', 'You are number 3 in the queue.'],
    [140, 'p', 'hello? anyone'],
    [260, 'p', 'ok never mind'],
    left(263),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (wine trail script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat, wine trail question'],
    [10, 'l', 'Practice answer: the trail maps are at marylandwine.com'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 FU_ME, e-mail read back, "by Wednesday", done at 16:01 +01:00 on Thursday (71 h 58 min)
  s(INGRID, '28 Philip Wagner\'s Baltimore Sun wine columns: ProQuest Historical Newspapers, the Rare Books staff asked, e-mail read back, "by Wednesday", done 2026-03-05T16:01+01:00', [
    [0, 'p', "Hello! I'm researching Philip Wagner, who wrote about wine for the Baltimore Sun. I'm trying to find his columns from the 1940s and 50s."],
    [19, 'l', "Good morning, and welcome to Ask a Librarian! I'm Ingrid at the Enoch Pratt Free Library."],
    [25, 'l', 'Are you looking for his wine and grape-growing columns in particular, or his editorials as well? And do you need the full text or just a list?'],
    [66, 'p', "Wine columns mostly, full text if possible. It's for a talk at our garden club in April."],
    [78, 'l', "The Baltimore Sun from 1837 to 1995 is full text in ProQuest Historical Newspapers, free from home with a Pratt card at prattlibrary.org > Databases; search the author 'Philip M. Wagner' with words like 'vine' or 'grapes'. Some of his pieces ran without a byline, so those are harder to find: I'll ask our Maryland & Rare Books staff, who keep a Wagner file, and e-mail you copies of whatever they turn up. What e-mail should I use?"],
    [110, 'p', 'that would be wonderful. mwhitcombe@example.org'],
    [116, 'l', "Thank you — mwhitcombe@example.org. You'll have them from me by Wednesday. In the meantime, does the ProQuest search help for now?"],
    [150, 'p', "Yes, I've already found two. That's all I need for today, thank you so much."],
    [156, 'l', 'Wonderful! Thanks for chatting, and enjoy the research.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T16:01:00+01:00', by: 'ingrid-wn', note: 'sent scans of four columns' }] }, { now: T0 + 5 * DAY }),

  // 29 Spanish FU_LIB: the texting number read back and confirmed, "el jueves por la tarde", not recorded at day 2
  s(MATEO, '29 un taller de vino casero en español en Frederick (Spanish): fcpl.org, the number read back, "le llamará el jueves por la tarde", FU_LIB, pending at day 2', [
    [0, 'p', 'Hola, la biblioteca tiene algun taller para aprender a hacer vino casero? quiero aprender con otras personas, en español si se puede'],
    [23, 'l', '¡Hola, buenos días! Le saluda Mateo, bibliotecario de las Bibliotecas Públicas del Condado de Frederick.'],
    [30, 'l', '¿Qué biblioteca le queda más cerca? Así veo qué programas tiene cada una.'],
    [64, 'p', 'la del centro, C. Burr Artz'],
    [76, 'l', "Por ahora no hay talleres de vino en el calendario de eventos (fcpl.org > Events), pero en el catálogo, también en fcpl.org, hay libros en español sobre vino casero: busque 'vino casero'. La coordinadora de programas en español de C. Burr Artz está armando los talleres de primavera; le pregunto a ella y le avisamos. ¿Le podemos llamar al número desde el que nos escribe, el 240-555-0187?"],
    [105, 'p', 'si ese es mi cel'],
    [112, 'l', 'Perfecto. Alguien de la biblioteca C. Burr Artz le llamará el jueves por la tarde con lo que haya. Mientras tanto, ¿le sirvieron el calendario y el catálogo?'],
    [140, 'p', 'si gracias, es todo por hoy'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos, que tenga buen día.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: null, phone: '240-555-0187' } }, { now: T0 + 2 * DAY }),

  // 30 FU_ME across the change to daylight time: ended Saturday 10:02:51 -05:00, done Tuesday 10:30 -04:00 (71 h 27 min)
  s(JUDITH, '30 vineyard acres by county for a farm bureau board (a Saturday): nass.usda.gov, e-mail read back, "by Tuesday", done 2026-03-10T10:30-04:00 across the clock change', [
    [SAT + 0, 'p', "Hi there. I'm on the board of our county farm bureau and need the latest count of vineyard acres by county in Maryland. Is there a report?"],
    [SAT + 24, 'l', "Hi, thanks for contacting AskUsNow! I'm Judith, a librarian."],
    [SAT + 30, 'l', 'Do you need one county or the whole state broken out by county? And which year would be most useful?'],
    [SAT + 70, 'p', 'All counties, most recent year. Our meeting is next Thursday.'],
    [SAT + 82, 'l', "The most recent published figures are in the USDA's 2022 Census of Agriculture, which gives grape acreage for every Maryland county (nass.usda.gov > Census of Agriculture > Maryland > County Data, in the fruit and nut tables). The Maryland Grape Growers Association has done a newer vineyard survey, but only a summary is public. I can ask the Department of Agriculture for the full county table on Monday and e-mail it to you by Tuesday. What's your e-mail?"],
    [SAT + 120, 'p', "Perfect. It's rlanghorne@example.com"],
    [SAT + 126, 'l', "Thanks! I'll send it to rlanghorne@example.com by Tuesday. Does the Census table cover what you need for now?"],
    [SAT + 160, 'p', "Yes it does. That's everything, thank you."],
    [SAT + 166, 'l', 'You\'re welcome! Thanks for using AskUsNow!, and have a good weekend.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, startedAt: at(SAT), followUps: [{ doneAt: '2026-03-10T10:30:00-04:00' }] }, { now: T0 + 9 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => WINERIES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('01')]:
    'referral.contact: expected na, got pass ("the referral comes with a way to reach them"). Message 4: "Visit Frederick has a printable map of the wineries on it at visitfrederick.org (Things to Do > Wineries), and the Maryland Wineries Association\'s trail pages at marylandwine.com list each winery\'s tasting hours …" "Visit Frederick" is the county tourism office\'s name, the subject of "has", not an instruction to visit anyone: the message points the patron to two websites, which RUBRIC.md\'s Terms call sources, "not a referral, even when an agency publishes it"; the wineries are the patron\'s own outing, not parties she is told to contact for help. No message tells the patron to contact or visit a person or organisation, so referral.contact is na.',
  [byNo('13')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"). Message 4 ends "Let me know if that helps!": an invitation to report back, not a question, so the provider never asks whether the information meets the need (READINGS TAKEN); message 5, "Would you like me to put together a list of Eastern Shore wineries that make Vidal and e-mail it to you?", asks about something not yet given, which RUBRIC.md says does not count; no later provider line asks either.',
};

describe('eighty-sixth round: Maryland wineries, vineyards and home winemaking, checked', () => {
  describeSessions('whole sessions', WINERIES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', WINERIES.filter((c) => c.name in LEFT_WHY));
});
