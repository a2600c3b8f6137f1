/**
 * Eightieth round, theme KNITTING, CROCHET AND YARN CRAFTS, checked: 30 whole sessions no one had written, from Maryland public
 * library and statewide "ask a librarian" chats: learning to knit left-handed, amigurumi for a granddaughter (Spanish), a
 * knitting machine workshop at Cockeysville, a box of unlabelled yarn, Cricut hang tags for a craft fair, a knitting group in
 * Urbana, US and metric needle sizes, felting a wool bag, WWII Red Cross knitters in Baltimore, a dropped stitch, yardage for a
 * throw, a washable baby blanket, a Spanish-language crochet circle at Langley Park (partly Spanish), a lace chart on an
 * iPad, a Ravens beanie, an 1845 lace-knitting book in Special Collections, toe-up socks, a quinceañera shawl (Spanish), a
 * 1998 crochet magazine, borrowing needle kits, a macramé plant hanger (Spanish), yarn bombing street trees in Takoma Park,
 * yarn from Maryland sheep farms, Fair Isle books, a crochet club in Glen Burnie, a 1940s Baltimore Sun "victory vest"
 * pattern, a Brother KH-930 manual, chemo caps for Hagerstown and a shawl for the Maryland State Fair. Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s74/knitting-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s with "Good morning, and thanks for contacting Ask Us Now! My name is Hannah …" (01: pass)
 *   and at 61 s after the patron's "hello?" and "anyone????" (04: fail); `pickedUpAt` at 45 s with the first visible line at
 *   75 s (05: pass on the recorded pickup); "Jamie at Frederick County Public Libraries." with no greeting word (06: greeting
 *   fails); "Hi! 🧶" then "I'm one of the librarians on Montgomery County Public Libraries' chat tonight" (07: the two parts in
 *   two messages, pass); "Hello! Glad you wrote in." under the screen name Kim_B, never a name in the text (08: fails);
 *   Spanish "Le atiende Marisol, bibliotecaria." (02), "Soy Lupe, bibliotecaria de AskUsNow!." (18), "Bienvenida a AskUsNow!.
 *   Soy Sol, bibliotecaria." (21); no provider ever, only the queue's line (26);
 *  inquiry: the learning format, the level, the branch, the fibre or the weight, the metric sizes owned, superwash or not, the
 *   deadline, the stitch pattern, knit or crochet, the chart on paper or tablet, logo or stripes, the title on the blog, one
 *   sock or two, the shawl's size, the month, the branch, a first macramé project, sidewalk or yard, farms to visit or online,
 *   print or e-books, the year, the whole manual or part, the yarn, the fair's year; a restatement "So you need a free,
 *   beginner-friendly baby blanket pattern …" (12); a confirming question "Is it the Cockeysville branch … you mean?" (03);
 *   the answer first and "Are you knitting or crocheting it, by the way?" after it (11: fail);
 *  waits: two holds of exactly 120 s each, the second a partial result that says the search goes on (09: pass); a patron
 *   question answered 121 s later with no hold, "Sorry, juggling a few chats!" (10: fail); "Sure, take your time!" and the
 *   patron back 205 s later (12: waiting on the patron, pass); transfer notices answered 104 s (03) and 83 s (05) later; a
 *   silent transfer, the receiver 80 s after the patron (13, 16); a hold answered in 114 s (23); two patron lines before a
 *   61 s pickup (04: pickup's wait, not keep_informed's); the patron's "👍" with 200 s left unanswered to the end (15: a span
 *   still open at the end does not count);
 *  sources: the catalogue at hclibrary.org, Creativebug, craftyarncouncil.com, fcpl.org/events, interweave.com,
 *   digitalmaryland.org and loc.gov/pictures, purlsoho.com, yarnspirations.com, lionbrand.com and the catalogue,
 *   pgcmls.info/events, hathitrust.org, worcesterlibrary.org and ravelry.com, Libby, anniescatalog.com, alleganylibrary.org,
 *   ProQuest Historical Newspapers, marylandstatefair.com, knotsoflove.org; a referral's phone as the only source (22); an app named without a way to reach it, knitCompanion (14: fails); none (24, 28: fail);
 *  completeness: "Does that answer your question?", "¿Esto responde a lo que buscaba?", "Does that cover it?", "Is that what
 *   you were looking for?", "Is that useful?", "Did that answer it?", "Is that what you needed?", "Does this completely answer
 *   your question?", "Would any of these work for you?", "¿Es lo que buscaba?", "Is that the sort of help you were after?",
 *   "Does the HathiTrust copy help for now?", "¿Le sirve esto?", "Does that help for now?", "¿Le sirve?", "Will the ProQuest
 *   search do for now?", "Does the Meritus number help for now?", "Does the premium book cover what you needed for now?"; an
 *   offer of more, "Would you like me to find a couple more patterns to compare?" (15: fail); none asked (23, 28);
 *  anything else: "Anything else I can help with today?", "Anything else I can look up for you?", "Can I help with anything
 *   more?", "Is there anything else I can do for you?", "Any other questions?"; "Let me know if you need anything else."
 *   (15: not a question, fail); patron-side "thats everything", "eso es todo", "thats all i needed", "no more questions",
 *   "thats all i need", "that's all", "si!! mil gracias, eso es todo", "thats all for today", "no, that's everything";
 *   "ok", "yes ok thanks", "nah this is good thanks", "yes!" and "ok gracias" that do not count;
 *  endings: "Sorry, that's a lot — we can only answer one question per chat session, so I'll need to end here." (17:
 *   dismissal and courteous fail); "Ahora mismo tengo otros usuarios esperando, así que le sugiero que vuelva a conectarse más
 *   tarde" with thanks (18: allowed); "Perfecto 👍" after "¿Es lo que buscaba?" as the last two provider lines (13:
 *   courteous fails);
 *   final idles: 120 s with "Still there?" (11: idle pass), 179 s with "Are you still there?" (20: idle pass, notice na),
 *   exactly 180 s with "¿Sigue conectada?" and a Spanish notice that thanks (21: both pass), 181 s with a notice that asks
 *   nothing (22: idle fails, notice passes), 119 s counted from the answer after a hold, not from the hold (23: na), 311 s
 *   in a Lost Call whose notice thanks no one (24: both pass, courteous fails); a Lost Call with a clarifying question (24:
 *   the information checks apply); Practice (25); no provider, coded Lost Call on one patron line (26);
 *  referrals: the Urbana branch's adult services desk by phone (06: pass, the provider's own library); the nearest yarn shop
 *   with nothing to reach it by (14: fail); Takoma Park's Public Works by phone (22: pass); a hospital volunteer office by
 *   phone and a knitting guild with no contact (29: fail, every party); not referrals: a transfer (03, 05, 13, 16),
 *   interlibrary loan and a colleague asked on the patron's behalf (19, 28, 30), the patron's library asked to call the
 *   patron (29), directories, guides and event calendars on websites (03, 13, 23);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (27: pass); a silent transfer in a source with no
 *   codes (the field left out), e-mail read back, "by Monday", done at 50 h (16: code na, contact and on_time pass); FU_LIB,
 *   nothing to reach the patron by, no time, not recorded at day 4 (19: code, contact and on_time fail); a promise coded
 *   Answered, e-mail read back, "once ILL finds it", judged at exactly T0 + 3 days (28: code and contact fail, on_time
 *   pending: the deadline runs from `endedAt`); FU_LIB, a phone typed with spaces and read back with dashes, "within 72
 *   hours", done 72 h and 1 s after `endedAt` (29: on_time fails); FU_ME, the e-mail only in `patron.email`, "tomorrow", done
 *   at 20 h (30: code passes, contact fails, on_time passes);
 *  transfers: a notice (a hold) and an internal note saying why, both before (03: pass); a notice before and the note after
 *   the transfer (05: fail); a note only (13: fail); neither (16: fail);
 *  concurrency: one other session ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (02: three
 *   at most, pass); three others overlapping, four at once from 60 s to 150 s (10: fail); the receiving provider with three
 *   other sessions that all end by the transfer and one that starts after it (13: judged over the part she handled, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup ("or `pickedUpAt` when the source system records it"): 45 s, pass,
 *   though the first visible line came at 75 s (05);
 * - "I'm one of the librarians on Montgomery County Public Libraries' chat tonight" identifies who answers (librarian, the
 *   library) and "Hi! 🧶" in the message before it greets: "the two parts may be in different messages" (07);
 * - "Jamie at Frederick County Public Libraries." identifies but greets no one, and "Glad you wrote in" under a screen name
 *   greets but identifies no one (06, 08: fail);
 * - "Is it the Cockeysville branch of Baltimore County Public Library you mean?" is a question about the need (03);
 * - "I've found one set so far in Digital Maryland — still looking for Baltimore-only ones, bear with me." is a partial result
 *   that says the search goes on: a hold (09);
 * - a question asked after the first message giving a source does not count, even one that shapes the rest of the answer (11);
 * - knitCompanion is an app named without a way to reach it, not a source, and the lifeline tip is advice, not a named resource
 *   (14: source fails);
 * - "the yarn shop nearest you is worth a visit; ask them" tells the patron to visit and ask an organisation outside the chat,
 *   a referral with no way to reach it (14: fail);
 * - "Let me know if you need anything else." invites but does not ask whether the patron needs anything else (15: fail); "nah
 *   this is good thanks" declines more patterns without saying explicitly that the patron is done;
 * - "Would you like me to find a couple more patterns to compare?" offers something not yet given (15: completeness fails);
 * - "eso es todo", "thats all for today", "no, that's everything", "thats all i need", "that's all" say explicitly that the
 *   patron is done (02, 13, 27, 19, 09, 16, 14);
 * - "Perfecto 👍" neither thanks, says goodbye nor invites back (13: with "¿Es lo que buscaba?" before it, the last two
 *   provider lines, courteous fails);
 * - "Is that useful?", "Will the ProQuest search do for now?", "Does the Meritus number help for now?" ask whether what
 *   was already given meets the need (06, 27, 29);
 * - "It seems you've been disconnected, so I'll close this chat now." announces the end and thanks no one: not a goodbye, so
 *   the final idle runs to `endedAt` (24: courteous fails);
 * - the final idle starts at the answer, the first provider message after the patron's last that is not a hold, not at the
 *   hold before it (23: 119 s, na);
 * - an event listed in a library's online calendar, a farm directory and a cap guideline page are sources to use, not
 *   referrals (03, 13, 23, 29); a library's own branch desk the patron is told to call is a referral (06);
 * - `resolutionCode: undefined` is the field left out (the source has no codes): resolution.code na, while the promise still
 *   makes a follow-up session for followup.contact and followup.on_time (16);
 * - the receiving provider of a transfer is judged only from the transfer on (13: her three earlier sessions end by then);
 * - the follow-up deadline runs 72 h from `endedAt`: at `now` = T0 + 3 days a session that ended 140 s after T0 is still before
 *   it (28: pending); one recorded 72 h and 1 s after `endedAt` is late (29: fail);
 * - "they'll get back to you" and "once ILL finds it" say no time (19, 28); "tomorrow", "by Monday", "by Thursday", "within 72
 *   hours" do (16, 27, 29, 30);
 * - interlibrary loan staff, a colleague who judged the fair and the patron's library asked to call the patron are people the
 *   provider consults or asks on the patron's behalf, not referrals (19, 28, 29, 30);
 * - the Library of Things kits found and held through the catalogue are the catalogue used as a source, not a referral (20).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside to
 * /tmp/s74/knitting-labels.ts).
 * First run as labelled / disagreeing: 28 / 2 (15, 29). Label corrections: none (each disagreement reread against RUBRIC.md;
 * every label stood).
 * Final: 28 running, 2 LEFT (LEFT_WHY: "Let me know if you need anything else." read as asking whether the patron needs
 * anything else, 15; a knitting guild the patron is told to ask, with no way to reach it, missed beside a hospital office
 * given with its phone, 29).
 * ON v69 AS LANDED (block AI): 15 and 29 stay LEFT (no reading of block AI is about them).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const HANNAH: Prov = { id: 'hannah-kn', name: 'Hannah', library: 'HCLS' };
const MARISOL: Prov = { id: 'marisol-kn', name: 'Marisol', library: 'AUN' };
const GWEN: Prov = { id: 'gwen-kn', name: 'Gwen', library: 'AUN' };
const OONA: Prov = { id: 'oona-kn', name: 'Oona', library: 'BCPL' };
const PENNY: Prov = { id: 'penny-kn', name: 'Penny', library: 'EPFL' };
const KOFI: Prov = { id: 'kofi-kn', name: 'Kofi', library: 'HCLS' };
const MEG: Prov = { id: 'meg-kn', name: 'Meg', library: 'HCLS' };
const JAMIE: Prov = { id: 'jamie-kn', name: 'Jamie', library: 'FCPL-MD' };
const KNITLIB: Prov = { id: 'knitlib-kn', name: 'KnitLib22', library: 'MCPL' };
const KIM: Prov = { id: 'kim-kn', name: 'Kim_B', library: 'WCFL' };
const LORNA: Prov = { id: 'lorna-kn', name: 'Lorna', library: 'BCPL' };
const NED: Prov = { id: 'ned-kn', name: 'Ned', library: 'PGCMLS' };
const WREN: Prov = { id: 'wren-kn', name: 'Wren', library: 'HCPL-MD' };
const DANA: Prov = { id: 'dana-kn', name: 'Dana', library: 'CCPL-CA' };
const ARI: Prov = { id: 'ari-kn', name: 'Ari', library: 'AUN' };
const LUZ: Prov = { id: 'luz-kn', name: 'Luz', library: 'PGCMLS' };
const LEO: Prov = { id: 'leo-kn', name: 'Leo', library: 'KCPL-MD' };
const GUS: Prov = { id: 'gus-kn', name: 'Gus', library: 'AUN' };
const BRAM: Prov = { id: 'bram-kn', name: 'Bram', library: 'AUN' };
const CORA: Prov = { id: 'cora-kn', name: 'Cora', library: 'EPFL' };
const MOIRA: Prov = { id: 'moira-kn', name: 'Moira', library: 'WOCL' };
const LUPE: Prov = { id: 'lupe-kn', name: 'Lupe', library: 'AUN' };
const DOT: Prov = { id: 'dot-kn', name: 'Dot', library: 'WIPL' };
const FERN: Prov = { id: 'fern-kn', name: 'Fern', library: 'ACLS' };
const SOL: Prov = { id: 'sol-kn', name: 'Sol', library: 'AUN' };
const TOMAS: Prov = { id: 'tomas-kn', name: 'Tomás', library: 'MCPL' };
const URSULA: Prov = { id: 'ursula-kn', name: 'Ursula', library: 'TCFL' };
const ABE: Prov = { id: 'abe-kn', name: 'Abe', library: 'CCPL-CO' };
const TRAINEE: Prov = { id: 'trainee-kn', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-kn', name: 'Queue', library: 'VRQ' };
const VERA: Prov = { id: 'vera-kn', name: 'Vera', library: 'EPFL' };
const WES: Prov = { id: 'wes-kn', name: 'Wes', library: 'CCPL-CE' };
const XIOMARA: Prov = { id: 'xiomara-kn', name: 'Xiomara', library: 'AUN' };
const ZOE: Prov = { id: 'zoe-kn', name: 'Zoe', library: 'QACL' };

const s = session;

export const KNITTING: SessionCase[] = [
  // 01 the plain good session, picked up at exactly 60 s
  s(HANNAH, '01 learning to knit left-handed: pickup at exactly 60 s, books or videos asked, hclibrary.org catalogue, "thats everything"', [
    [0, 'p', 'hi! i want to learn to knit but im left handed, are there any books that teach lefties?'],
    [60, 'l', "Good morning, and thanks for contacting Ask Us Now! My name is Hannah and I'm a librarian at Howard County Library System."],
    [66, 'l', 'Would you rather learn from a book with step-by-step photos, or are videos OK too?'],
    [95, 'p', 'book pls, i like having it in my lap'],
    [103, 'l', "Search 'left-handed knitting' in our catalog at hclibrary.org. 'Left-Handed Knitting' by Regina Hurlburt shows every stitch mirrored for lefties, and 'Knitting for Dummies' has a short section on knitting left-handed too."],
    [109, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes thats everything, thanks so much!!'],
    [146, 'l', 'Happy to help — thanks for chatting with us, and enjoy your first scarf!'],
  ], usual()),

  // 02 Spanish throughout; touching ends, three at most
  s(MARISOL, '02 patrones de amigurumi para la nieta (Spanish): level asked, Creativebug + the catalogue, "eso es todo", touching ends (three at most)', [
    [0, 'p', 'hola buenas, busco patrones de amigurumi faciles para hacerle un muñequito a mi nieta'],
    [22, 'l', '¡Buenas tardes! Gracias por comunicarse con AskUsNow!. Le atiende Marisol, bibliotecaria.'],
    [28, 'l', '¿Ya sabe tejer a crochet o está empezando desde cero?'],
    [60, 'p', 'se lo basico, cadeneta y punto bajo'],
    [68, 'l', 'Entonces lo único nuevo será el anillo mágico. Con su tarjeta de la biblioteca puede entrar gratis a Creativebug (en la página web de su biblioteca, sección Recursos en línea): tiene clases de amigurumi en video, paso a paso. Y en el catálogo de la biblioteca está el libro "Amigurumi World" de Ana Paula Rímoli, con muñequitos sencillos.'],
    [75, 'l', '¿Esto responde a lo que buscaba?'],
    [110, 'p', 'si perfecto, eso es todo gracias 😊'],
    [115, 'l', '¡Con mucho gusto! Que disfrute tejiendo, hasta pronto.'],
  ], usual(), {}, {
    otherIntervals: [other('m1', 'marisol-kn', -300, 0), other('m2', 'marisol-kn', -50, 60), other('m3', 'marisol-kn', 10, 200), other('m4', 'marisol-kn', 120, 500)],
  }),

  // 03 a transfer with a notice and a note, both before it
  s(GWEN, '03 knitting machine workshop at Cockeysville: "I\'m going to transfer you to her. Just a moment!", a note why, Oona, bcpl.info/events', [
    [0, 'p', 'hi, when is the next knitting machine workshop at cockeysville? i tried the website and got lost'],
    [20, 'l', "Hi, I'm Gwen, a librarian with Maryland's AskUsNow! service."],
    [26, 'l', 'Is it the Cockeysville branch of Baltimore County Public Library you mean?'],
    [50, 'p', 'yes that one'],
    [56, 'l', "A Baltimore County librarian is on chat right now and can see their event schedule directly, so I'm going to transfer you to her. Just a moment!"],
    [59, 'i', 'Oona, patron wants the date of the next knitting machine workshop at Cockeysville; you have the BCPL calendar, can you take this one?'],
    xfer(62, 'Oona', 'oona-kn'),
    [160, 'l', "Hello, Oona from Baltimore County Public Library! The next Knitting Machine Basics workshop at Cockeysville is on the 21st at 6 pm, and registration is open in the events calendar at bcpl.info/events (search 'knitting machine').", as(OONA)],
    [166, 'l', 'Does that cover it?', as(OONA)],
    [200, 'p', 'yes perfect, thats everything! signing up now'],
    [205, 'l', 'Great, enjoy the workshop, and thanks for chatting!', as(OONA)],
  ], usual({ transfer: 'pass' })),

  // 04 pickup at 61 s, an impatient patron
  s(PENNY, '04 grandma\'s unlabelled yarn: "hello?" and "anyone????" before a 61 s pickup, fibre or weight asked, craftyarncouncil.com', [
    [0, 'p', 'my grandmother left me a box of yarn with no labels, how do i tell what it is'],
    [30, 'p', 'hello?'],
    [55, 'p', 'anyone????'],
    [61, 'l', "Hi, sorry for the wait! This is Penny with Enoch Pratt Free Library's Ask Us."],
    [68, 'l', 'Are you trying to work out the fibre (wool, acrylic, cotton…) or the weight, meaning how thick it is?'],
    [95, 'p', 'both i guess. this is taking a while'],
    [104, 'l', "For fibre, snip a short piece and burn it over a sink: wool smells like singed hair and turns to ash, acrylic melts into a hard bead. For weight, wrap it around a ruler for one inch and count the wraps; the Craft Yarn Council's weight chart at craftyarncouncil.com gives the wraps per inch for each weight."],
    [110, 'l', 'Does that help?'],
    [150, 'p', 'ok'],
    [156, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'no'],
    [174, 'l', "Thanks for writing in, and have fun with grandma's stash!"],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt 45 s, the first line at 75 s; the note written after the transfer
  s(KOFI, '05 Cricut hang tags for knitted hats: pickedUpAt 45 (first line 75), a notice, the transfer, then the note (after it), Meg, hclibrary.org/hitech', [
    [0, 'p', 'how do i make hang tags for my knitted hats on a cricut? doing a craft fair next month'],
    [75, 'l', 'Hello! Kofi here, librarian at Howard County Library System. Sorry for the short wait.'],
    [81, 'l', 'Do you have your own Cricut, or were you hoping to use the one at the library?'],
    [110, 'p', 'my own, a cricut joy. just dont get the software'],
    [117, 'l', "Our HiTech staff teach the Cricut classes, so I'm going to transfer you to Meg, who knows Design Space inside out. One moment please!"],
    xfer(121, 'Meg', 'meg-kn'),
    [124, 'i', 'Meg: patron has a Cricut Joy, wants hang tags for knitted hats in Design Space. Thanks!'],
    [200, 'l', "Hi, Meg from HiTech here! In Design Space, start a new project, pick a tag from Shapes, add your text, and set the text to 'Pen' under Operations so the Joy draws it instead of cutting it. Our HiTech Cricut guide at hclibrary.org/hitech has screenshots of each step.", as(MEG)],
    [206, 'l', 'Is that what you were looking for?', as(MEG)],
    [240, 'p', 'yes thank you, thats all!'],
    [245, 'l', 'Good luck at the fair, bye!', as(MEG)],
  ], usual({ transfer: 'fail' }), { pickedUpAt: at(45) }),

  // 06 no greeting word; the provider's own branch by phone
  s(JAMIE, '06 a knitting group in Urbana: "Jamie at Frederick County Public Libraries." (no greeting), fcpl.org/events, the Urbana desk by phone', [
    [0, 'p', 'is there a knitting group that meets at any frederick library'],
    [14, 'l', 'Jamie at Frederick County Public Libraries.'],
    [19, 'l', 'Which branch is closest to you?'],
    [40, 'p', 'urbana'],
    [48, 'l', "Urbana has a 'Knit & Chat' group in the events calendar at fcpl.org/events (filter by Urbana); it's usually the second Tuesday evening. To check the next date, or ask whether they keep spare needles for newcomers, call the Urbana Regional Library's adult services desk at 301-555-0188."],
    [54, 'l', 'Is that useful?'],
    [80, 'p', 'yes!'],
    [84, 'l', 'Anything else I can look up for you?'],
    [100, 'p', 'nope, all set'],
    [104, 'l', 'Thanks, maybe see you at Urbana!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 07 the greeting and the identification in two messages
  s(KNITLIB, '07 US 7 needles in mm: "Hi! 🧶" then "I\'m one of the librarians on Montgomery County Public Libraries\' chat tonight", craftyarncouncil.com', [
    [0, 'p', 'my pattern says use US 7 needles but i only have metric ones. what is that in mm'],
    [20, 'l', 'Hi! 🧶'],
    [24, 'l', "I'm one of the librarians on Montgomery County Public Libraries' chat tonight. Which metric sizes do you have?"],
    [50, 'p', '3.5, 4, 4.5 and 6'],
    [57, 'l', "US 7 is 4.5 mm, so you're in luck. The Craft Yarn Council's needle and hook conversion chart at craftyarncouncil.com/standards/hooks-and-needles has all the others. Knit a gauge swatch first, though: if you get more stitches per inch than the pattern, go up a size."],
    [63, 'l', 'Did that answer it?'],
    [90, 'p', 'yes thank you so much thats all!'],
    [95, 'l', 'Glad to help — enjoy the project, and thanks for using MCPL chat!'],
  ], usual()),

  // 08 a screen name only: no identification in the text
  s(KIM, '08 felting a wool bag in the washer: "Hello! Glad you wrote in." under the screen name Kim_B (greeting fails), interweave.com + catalogue', [
    [0, 'p', 'how do you felt a knitted bag in the washing machine'],
    [16, 'l', 'Hello! Glad you wrote in.'],
    [22, 'l', "Is the bag knit in 100% wool? Superwash wool or acrylic won't felt."],
    [48, 'p', 'its 100% wool, not superwash, i checked'],
    [55, 'l', "Put it in a zippered pillowcase and wash it hot with a little detergent and an old pair of jeans for extra agitation; check every 5 to 10 minutes until it's the size you want, then shape it and let it air dry. Interweave has a felting tutorial at interweave.com (search 'felting basics'), and our catalog at washcolibrary.org has several felting books."],
    [61, 'l', 'Is that what you needed?'],
    [90, 'p', "yes perfect, that's everything"],
    [94, 'l', 'Great, thanks for chatting, bye!'],
  ], usual({ greeting: 'fail' })),

  // 09 two holds of exactly 120 s, the second a partial result
  s(LORNA, '09 WWII Red Cross knitters in Baltimore: hold at 66, partial result "still looking … bear with me" at 186, answer at 306, digitalmaryland.org', [
    [0, 'p', 'doing a project on ww2 knitting for soldiers, were there red cross knitting groups in baltimore? need photos'],
    [21, 'l', 'Hello! Lorna here, librarian at Baltimore County Public Library.'],
    [27, 'l', 'When is the project due, and do the photos need to be from Baltimore itself?'],
    [60, 'p', 'friday. baltimore would be best but maryland ok'],
    [66, 'l', 'Let me search a couple of photo collections, one moment.'],
    [186, 'l', "I've found one set so far in Digital Maryland — still looking for Baltimore-only ones, bear with me."],
    [306, 'l', "Here they are: search 'Red Cross knitting' at digitalmaryland.org for 1940s photos of Baltimore women knitting socks and sweaters for servicemen. The Library of Congress has more at loc.gov/pictures (search 'Red Cross knitting')."],
    [312, 'l', 'Does this completely answer your question?'],
    [360, 'p', 'yes!! these are great. thats all i need'],
    [366, 'l', 'Good luck on Friday, and thanks for chatting!'],
  ], usual()),

  // 10 a patron question answered 121 s later; four chats at once
  s(NED, '10 a dropped stitch five rows down: purlsoho.com, the patron\'s next question answered 121 s later ("juggling a few chats"), four open at once', [
    [0, 'p', 'help i dropped a stitch like 5 rows down in stockinette, do i have to rip it all out'],
    [19, 'l', "Hi there! I'm Ned, librarian at Prince George's County Memorial Library System."],
    [25, 'l', 'Is it plain stockinette where it dropped, no cables or lace?'],
    [45, 'p', 'plain'],
    [52, 'l', "Good news, no ripping! Catch the loop with a locking stitch marker, ladder it back up with a crochet hook one bar at a time, and put it back on the needle. Purl Soho has a photo tutorial at purlsoho.com (search 'fixing a dropped stitch')."],
    [58, 'l', 'Does that help?'],
    [80, 'p', 'ok i did it!! but now theres a loose stitch next to it, is that normal'],
    [201, 'l', "Sorry, juggling a few chats! Yes, that's normal: tug the neighbouring stitches a little and it evens out, and blocking fixes the rest."],
    [210, 'p', 'ok thanks thats all'],
    [215, 'l', 'Great job rescuing it — bye!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'ned-kn', -100, 150), other('n2', 'ned-kn', 30, 400), other('n3', 'ned-kn', 60, 250)],
  }),

  // 11 the question only after the source; a final idle of exactly 120 s with a check-in
  s(WREN, '11 yardage for a throw: the answer and yarnspirations.com first, "knitting or crocheting?" after, "Still there?", goodbye 120 s after the answer', [
    [0, 'p', 'how many skeins do i need for a throw blanket'],
    [15, 'l', 'Hi, Wren at Harford County Public Library here!'],
    [21, 'l', 'A throw of about 50 x 60 inches usually takes 1,500 to 2,000 yards of worsted yarn, so divide that by the yardage on your skein label. Yarnspirations has a free yardage calculator at yarnspirations.com.'],
    [27, 'l', 'Are you knitting or crocheting it, by the way? Crochet eats roughly a third more yarn.'],
    [50, 'p', 'crochet'],
    [56, 'l', 'Then plan on 2,000 to 2,600 yards. Does that answer your question?'],
    [150, 'l', 'Still there?'],
    [176, 'l', 'Thanks for chatting — come back anytime if you need more help!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass' })),

  // 12 a restatement; "take your time" and a wait on the patron
  s(DANA, '12 a washable baby blanket: "So you need a free, beginner-friendly … pattern", "Sure, take your time!" (205 s away), lionbrand.com', [
    [0, 'p', 'looking for a free baby blanket pattern, cotton, has to go in the washer, my sister is due in june'],
    [20, 'l', 'Hello, this is Dana at Calvert Library, thanks for reaching out!'],
    [27, 'l', 'So you need a free, beginner-friendly baby blanket pattern in a cotton yarn that holds up to the washing machine.'],
    [45, 'p', 'yes exactly. brb let me see what yarn i already have'],
    [50, 'l', 'Sure, take your time!'],
    [255, 'p', 'ok back, i have 4 balls of cotton dk'],
    [263, 'l', "Lion Brand's free pattern library at lionbrand.com lets you filter by Baby, Blanket and Easy, and lists the yardage for each, so you can see whether you'll need a few more balls. '60 Quick Baby Blankets' is also in our catalog at calvertlibrary.info."],
    [270, 'l', 'Would any of these work for you?'],
    [300, 'p', 'the lion brand one is perfect 😍 no more questions'],
    [305, 'l', 'Wonderful — congratulations to your sister, and thanks for chatting!'],
  ], usual()),

  // 13 partly Spanish: a silent transfer (note only); "Perfecto 👍" last; the receiver's earlier sessions end by the transfer
  s(ARI, '13 círculo de tejido en Langley Park (partly Spanish): a note, a silent transfer, Luz in Spanish, pgcmls.info/events, "Perfecto 👍" last', [
    [0, 'p', 'hi, hay algun grupo de crochet en español en la biblioteca de langley park? my mom wants to join'],
    [20, 'l', "Hello, thanks for contacting AskUsNow! I'm Ari, a librarian."],
    [26, 'l', 'Is your mom looking for a group that meets in person, or would online be OK?'],
    [50, 'p', 'in person, ella no usa computadora'],
    [55, 'i', "Luz, Spanish-language crochet circle at Langley Park for the patron's mother; you run it, I think? Can you take this one?"],
    xfer(58, 'Luz', 'luz-kn'),
    [130, 'l', '¡Hola! Soy Luz, de la biblioteca de Langley Park. Sí: el Círculo de Tejido se reúne los jueves a las 10 de la mañana, en español y gratis. Está en el calendario de pgcmls.info/events (busque "tejido").', as(LUZ)],
    [136, 'l', '¿Es lo que buscaba?', as(LUZ)],
    [170, 'p', 'si!! mil gracias, eso es todo'],
    [175, 'l', 'Perfecto 👍', as(LUZ)],
  ], usual({ courteous: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [other('z1', 'luz-kn', -300, 50), other('z2', 'luz-kn', -200, 55), other('z3', 'luz-kn', -100, 58), other('z4', 'luz-kn', 100, 500)],
  }),

  // 14 an app named with no way to reach it; the nearest yarn shop with no contact
  s(LEO, '14 losing the place in a lace chart on an iPad: "an app called knitCompanion" (no way to reach it), lifelines, "the yarn shop nearest you … ask them"', [
    [0, 'p', 'i keep losing my place in a lace chart, any tips or tools'],
    [17, 'l', 'Hi, Leo at Kent County Public Library here. Thanks for writing!'],
    [23, 'l', 'Are you working from a printed chart or from a PDF on a tablet?'],
    [50, 'p', 'pdf on my ipad'],
    [58, 'l', "A lot of knitters use an app called knitCompanion, which highlights the row you're on and keeps count for you. Lifelines help too: thread a piece of dental floss through every tenth row, so if you have to rip back you stop there. And the yarn shop nearest you is worth a visit; ask them, many run lace clinics."],
    [64, 'l', 'Is that the sort of help you were after?'],
    [100, 'p', "yes thank you that's all"],
    [105, 'l', 'Thanks for chatting, happy knitting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 15 an offer of more; "Let me know if you need anything else."; the patron's last line left 200 s
  s(GUS, '15 a Ravens beanie: yarnspirations.com, "Would you like me to find a couple more patterns to compare?", "Let me know if you need anything else."', [
    [0, 'p', 'need a crochet pattern for a ravens beanie, purple and black, for my husband'],
    [19, 'l', "Good evening! Gus here, librarian with Maryland's AskUsNow! service."],
    [25, 'l', 'Do you want the Ravens logo on it, or just team colours in stripes?'],
    [55, 'p', 'stripes is fine, logo sounds hard lol'],
    [62, 'l', "Easy, then: Yarnspirations has free striped beanie patterns at yarnspirations.com (search 'striped beanie crochet'); pick one in worsted weight and swap in purple and black."],
    [68, 'l', 'Would you like me to find a couple more patterns to compare?'],
    [95, 'p', 'nah this is good thanks'],
    [100, 'l', 'Great! Let me know if you need anything else. Go Ravens, and thanks for chatting 🏈'],
    [115, 'p', '👍'],
  ], usual({ complete: 'fail', anything: 'fail' }), { endAfter: 200 }),

  // 16 a silent transfer in a source without codes; a promise with the e-mail read back and a day
  s(BRAM, '16 an 1845 lace-knitting book: a silent transfer to Cora (no note, no notice), hathitrust.org, scans "by Monday", no codes, done at 50 h', [
    [0, 'p', 'is there an old book of knitted lace patterns from the 1800s? saw it mentioned on a blog, supposedly the pratt has it'],
    [25, 'l', 'Hi, Bram here, librarian at AskUsNow!.'],
    [31, 'l', 'Do you remember the title or the author from the blog?'],
    [70, 'p', 'something like "the ladies work-table book"? not sure'],
    xfer(80, 'Cora', 'cora-kn'),
    [150, 'l', "Hello, Cora from the Pratt's Special Collections here. 'The Ladies' Work-Table Book' (1845) is the one, and we do hold an 1840s edition. A digitized copy is free on HathiTrust at hathitrust.org (search the title). I can scan the knitting chapter from ours if you'd like a cleaner copy; what's your e-mail?", as(CORA)],
    [190, 'p', 'lacey.knits@example.com, yes please!'],
    [196, 'l', "lacey.knits@example.com — I'll send the scans by Monday. Does the HathiTrust copy help for now?", as(CORA)],
    [230, 'p', 'yes, thanks so much. thats all i need'],
    [236, 'l', 'Thanks for chatting, and enjoy the lace!', as(CORA)],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass', transfer: 'fail' }), { resolutionCode: undefined, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 17 dismissed: one question per chat
  s(MOIRA, '17 toe-up socks, then a list: "we can only answer one question per chat session, so I\'ll need to end here." (dismissal, no thanks)', [
    [0, 'p', 'looking for a toe-up sock pattern for beginners'],
    [21, 'l', 'Hello! Moira at Worcester County Library here.'],
    [27, 'l', 'Do you want to knit one sock at a time on double-pointed needles, or two at once on a long circular?'],
    [55, 'p', 'dpns i think'],
    [62, 'l', "'Socks from the Toe Up' by Wendy D. Johnson is in our catalog at worcesterlibrary.org and walks a beginner through it, and there are free toe-up patterns at ravelry.com."],
    [68, 'l', 'Did that help?'],
    [90, 'p', 'yes. also how do i do a short row heel and what yarn and how much and can u explain kitchener stitch'],
    [97, 'l', "Sorry, that's a lot — we can only answer one question per chat session, so I'll need to end here."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 Spanish: the allowed "other patrons waiting, come back later"
  s(LUPE, '18 chal a crochet para la quinceañera (Spanish): Libby + lionbrand.com, "tengo otros usuarios esperando … vuelva a conectarse más tarde"', [
    [0, 'p', 'hola, quiero tejer un chal a crochet para la quinceañera de mi hija, necesito patron'],
    [24, 'l', '¡Hola! Soy Lupe, bibliotecaria de AskUsNow!. Con gusto le ayudo.'],
    [30, 'l', '¿Qué tan grande lo quiere y con qué hilo piensa tejerlo?'],
    [62, 'p', 'mediano, hilo fino color rosa'],
    [70, 'l', "En Libby, con su tarjeta de la biblioteca, busque 'crochet shawl': hay varios libros digitales de chales con patrones para hilo fino. En lionbrand.com también hay patrones gratis de chales que puede filtrar por grosor de hilo."],
    [76, 'l', '¿Le sirve esto?'],
    [110, 'p', 'si, gracias. y tambien como hago las flores, y el vestido, y los centros de mesa, y el pastel?'],
    [118, 'l', '¡Es una lista grande! Ahora mismo tengo otros usuarios esperando, así que le sugiero que vuelva a conectarse más tarde y vemos cada cosa con calma. ¡Gracias por escribirnos!'],
    [130, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 19 FU_LIB with nothing to reach the patron by
  s(DOT, '19 a 1998 Crochet World pineapple doily: anniescatalog.com, ILL "will get back to you", no e-mail or phone anywhere, FU_LIB, not recorded at day 4', [
    [0, 'p', 'looking for a crochet world magazine from 1998, the one with the pineapple doily. my copy got ruined'],
    [16, 'l', 'Hi! Dot here, librarian at Wicomico Public Libraries.'],
    [22, 'l', 'Do you know the month, or is the doily name enough to go on?'],
    [48, 'p', 'summer i think. "pineapple delight" doily'],
    [55, 'l', "Our magazine back files don't go back that far, but the publisher sells some back issues and single patterns at anniescatalog.com (search 'pineapple'). I'll also ask our interlibrary loan staff whether another library has the 1998 issues, and they'll get back to you."],
    [61, 'l', 'Does that help for now?'],
    [90, 'p', 'yes thanks!'],
    [94, 'l', 'Can I help with anything more?'],
    [110, 'p', "no, that's everything"],
    [114, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 20 a final idle of 179 s with a check-in
  s(FERN, '20 borrowing needle and hook kits: the Library of Things in the catalogue, "Are you still there?", goodbye 179 s after the answer', [
    [0, 'p', 'does the library lend knitting needles or crochet hooks? dont want to buy a whole set yet'],
    [18, 'l', "Good afternoon! I'm Fern, a librarian at Allegany County Library System."],
    [24, 'l', 'Which branch do you usually use?'],
    [50, 'p', 'frostburg'],
    [58, 'l', "Yes! Our Library of Things has knitting needle and crochet hook kits that go out for three weeks. Search 'knitting kit' in the catalog at alleganylibrary.org and place a hold."],
    [64, 'l', 'Does that answer your question?'],
    [150, 'l', 'Are you still there?'],
    [237, 'l', 'Thanks for chatting, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 21 Spanish: a final idle of exactly 180 s, a check-in and a notice that thanks
  s(SOL, '21 colgador de macramé (Spanish): Creativebug, "¿Sigue conectada?", "Parece que se ha desconectado … ¡Gracias por escribirnos!" 180 s after the answer', [
    [0, 'p', 'hola, me pueden ayudar a encontrar como hacer un colgador de macrame para plantas?'],
    [21, 'l', '¡Hola! Bienvenida a AskUsNow!. Soy Sol, bibliotecaria.'],
    [27, 'l', '¿Es su primer proyecto de macramé?'],
    [58, 'p', 'si, nunca lo he hecho'],
    [66, 'l', 'Para empezar le bastan el nudo cuadrado y el nudo en espiral. En Creativebug, gratis con su tarjeta de la biblioteca (entre por la página web de su biblioteca, sección Recursos digitales), hay una clase de colgador de macramé paso a paso. ¿Le sirve?'],
    [190, 'l', '¿Sigue conectada?'],
    [246, 'l', 'Parece que se ha desconectado, así que voy a cerrar el chat. ¡Gracias por escribirnos, vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 22 a notice that asks nothing, 181 s after the answer; Public Works by phone
  s(TOMAS, '22 yarn bombing street trees in Takoma Park: Public Works by phone, "It looks like you\'ve disconnected … Thanks" 181 s later, no check-in', [
    [0, 'p', 'our knitting circle wants to yarn bomb the trees on our street in takoma park, do we need permission from someone?'],
    [23, 'l', 'Hello! This is Tomás, a librarian at Montgomery County Public Libraries.'],
    [29, 'l', 'Are the trees on the strip by the sidewalk, or in front yards?'],
    [61, 'p', 'sidewalk, along the main street'],
    [70, 'l', "Street trees there belong to the city, so you'd need the City of Takoma Park's okay. Call the city's Public Works department at 301-555-0142 and ask about putting temporary art on street trees; they'll tell you whether you need a permit."],
    [76, 'l', 'Did that answer your question?'],
    [251, 'l', "It looks like you've disconnected, so I'm going to close this chat now. Thanks for writing in, and good luck with the yarn bombing!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  // 23 a hold answered in 114 s, then a goodbye 119 s after the answer
  s(URSULA, '23 yarn from Maryland sheep farms: "Let me look for a directory, one moment", the directory 114 s later, goodbye 119 s after it (idle from the answer)', [
    [0, 'p', 'i want to buy yarn from maryland sheep farms, is there a list somewhere'],
    [20, 'l', 'Hi! Ursula here, librarian at Talbot County Free Library.'],
    [26, 'l', 'Are you looking for farms you can visit, or ones that sell online?'],
    [50, 'p', 'online is fine'],
    [56, 'l', 'Let me look for a directory, one moment please.'],
    [170, 'l', 'Found it: the Maryland Sheep Breeders Association keeps a directory of member farms that sell fibre and yarn at marylandsheepandwool.org (under Vendors), and many of them list their online shops.'],
    [289, 'l', 'Thanks for chatting, and happy knitting with local wool!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 24 Lost Call after a clarifying question; the notice thanks no one
  s(ABE, '24 Fair Isle books (Lost Call): a greeting and "print books or e-books?", "Are you still there?" at 150, "I\'ll close this chat now." at 330', [
    [0, 'p', 'do you have books on fair isle knitting'],
    [19, 'l', 'Hello, Abe at Caroline County Public Library here, thanks for contacting us!'],
    [25, 'l', 'Are you hoping for print books to borrow, or e-books you can read right away?'],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "It seems you've been disconnected, so I'll close this chat now."],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (a crochet hook question): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat, crochet hook sizes'],
    [12, 'l', 'practice answer: hook chart at samplelibrary.org/crochet'],
    [25, 'p', 'end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 no provider ever joined, coded Lost Call on one patron line
  s(QUEUE, '26 the Glen Burnie crochet club: no provider ever joined, the queue\'s line, the patron left, coded Lost Call', [
    [0, 'p', 'is the friday crochet club at glen burnie still happening? cant find it'],
    [3, 's', 'All of our librarians are helping other patrons. Please stay on the line and someone will be with you soon.'],
    left(190),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 27 FU_ME done well
  s(VERA, '27 a 1940s Baltimore Sun "victory vest" pattern: ProQuest, microfilm promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', "my grandma had a sweater pattern from the baltimore sun in the 1940s, she called it the 'victory vest'. any way to find it?"],
    [20, 'l', "Hi! I'm Vera, a librarian at Enoch Pratt Free Library's Ask Us."],
    [26, 'l', 'Do you know the year, even roughly?'],
    [55, 'p', '1942 or 43 i think'],
    [62, 'l', "You can search the Sun for those years yourself in ProQuest Historical Newspapers: The Baltimore Sun, free with a Pratt card at prattlibrary.org > Research. Pattern pages are hit-and-miss in the index, so I'd like to go through our microfilm for you as well. What's the best e-mail to send it to?"],
    [95, 'p', 'rosie.k@example.net'],
    [101, 'l', "Thanks — rosie.k@example.net. I'll e-mail you what I find by Thursday."],
    [107, 'l', 'Will the ProQuest search do for now?'],
    [135, 'p', 'yes thank you, thats all for today'],
    [140, 'l', 'Wonderful, thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 28 a promise coded Answered, no time, judged at exactly T0 + 3 days
  s(WES, '28 a Brother KH-930 manual: ILL scan promised "once ILL finds it", e-mail read back, coded Answered, no source, pending at T0 + 3 days', [
    [0, 'p', 'do you have a manual for a brother kh-930 knitting machine? bought one at a yard sale, no manual'],
    [22, 'l', 'Hi there, Wes at Cecil County Public Library. Fun find!'],
    [28, 'l', 'Do you need the whole manual, or just the part about setting it up?'],
    [60, 'p', 'whole thing if possible'],
    [67, 'l', "We don't own it, but I can ask our interlibrary loan staff to track down a copy and send you a scan. What's your e-mail?"],
    [100, 'p', 'yardsale.jen@example.com'],
    [106, 'l', "yardsale.jen@example.com, got it. I'll send you the scan once ILL finds it."],
    [112, 'l', 'Is there anything else I can do for you?'],
    [130, 'p', 'no thats all, thanks!'],
    [135, 'l', 'Thanks for chatting, bye!'],
  ], usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), {}, { now: T0 + 3 * DAY }),

  // 29 FU_LIB by phone, "within 72 hours", done 72 h and 1 s after the end; one referral with a phone, one without
  s(XIOMARA, '29 chemo caps for Hagerstown: a hospital volunteer office by phone and a knitting guild with no contact, FU_LIB, phone read back, done at 72 h + 1 s', [
    [0, 'p', 'i knit chemo caps and want to donate them, does anywhere in hagerstown take them?'],
    [19, 'l', "Welcome to AskUsNow! I'm Xiomara, a librarian with Maryland's statewide chat service."],
    [25, 'l', "Are they knit in soft acrylic or cotton? Hospitals usually won't take wool."],
    [50, 'p', 'soft acrylic'],
    [58, 'l', "Then you're set. Call the volunteer office at Meritus Medical Center, 301-555-0170, about dropping them off, and the Hagerstown knitting guild collects caps too; ask them at one of their meetings. Knots of Love's site, knotsoflove.org, has cap sizes and yarn guidelines."],
    [64, 'l', "I don't have the guild's meeting times, so I can ask Washington County Free Library, your library, to find them and call you. What number should they use?"],
    [90, 'p', '301 555 0199'],
    [96, 'l', 'Got it, 301-555-0199. Someone from the library will call you within 72 hours.'],
    [102, 'l', 'Does the Meritus number help for now?'],
    [130, 'p', 'yes thanks, no more questions'],
    [135, 'l', 'Thank you for making those caps! Bye!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(140 + 72 * HOUR + 1) }] }, { now: T0 + 4 * DAY }),

  // 30 FU_ME, the e-mail only in patron.email
  s(ZOE, '30 a shawl for the Maryland State Fair: marylandstatefair.com, a colleague asked, "get back to you tomorrow", e-mail only in patron.email, done at 20 h', [
    [0, 'p', 'how do i enter a knitted shawl in the maryland state fair? never done it'],
    [17, 'l', "Hi, I'm Zoe, a librarian at Queen Anne's County Library. Exciting!"],
    [23, 'l', "Is it for this summer's fair?"],
    [40, 'p', 'yes'],
    [48, 'l', "The fair's Home Arts department publishes its entry rules and deadlines in the premium book at marylandstatefair.com (Competitions > Home Arts). Knitting has its own class, and entries are usually due in early August."],
    [54, 'l', "One of our staff judged the knitting class last year; I'll ask her what the judges look for and get back to you tomorrow."],
    [60, 'l', 'Does the premium book cover what you needed for now?'],
    [90, 'p', 'yes thank u, thats everything'],
    [95, 'l', 'Thanks for chatting, talk tomorrow!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'shawl.entry@example.com', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => KNITTING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('15')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Great! Let me know if you need anything else. Go Ravens, and thanks for chatting 🏈" invites the patron to speak up but asks nothing, and the patron never says explicitly that they are done ("nah this is good thanks" declines more patterns) (RUBRIC closing.anything_else: "pass: before the end the provider asks whether the patron needs anything else, or the patron says on their own, explicitly, that they are done … fail otherwise").',
  [byNo('29')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "… Call the volunteer office at Meritus Medical Center, 301-555-0170, about dropping them off, and the Hagerstown knitting guild collects caps too; ask them at one of their meetings." refers the patron to two parties, and only the hospital comes with a phone: the guild, an organisation outside the chat the patron is told to ask, has no e-mail, phone, address or URL (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL). fail otherwise."; Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)").',
};

describe('eightieth round: knitting, crochet and yarn crafts, checked', () => {
  describeSessions('whole sessions', KNITTING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', KNITTING.filter((c) => c.name in LEFT_WHY));
});
