/**
 * Seventy-fifth round, theme ORIGAMI, PAPER CRAFTS AND BOOKBINDING, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: folding diagrams (a first crane for a nine-year-old, a flapping bird,
 * an app that animates the folds, a masu box in Spanish, Tomoko Fuse's kusudama), paper cranes and their story (Sadako and
 * the thousand cranes in Spanish, kami or washi for a thousand wedding cranes, where origami started), pop-up books (the
 * v-fold, a Mother's Day flower card), scrapbooking (acid-free paper for old photos, crops near Centreville, a teen
 * scrapbook afternoon), marbling (shaving cream for a party, colours sinking on carrageenan, a book on Turkish ebru),
 * bookbinding (coptic thread, a class near Hagerstown, case binding, Japanese stab binding in Spanish, a 1921 family
 * bible, a bone folder) and craft programs at the library (a full teen workshop, a classroom visit, papel picado for a
 * community party in Spanish, paper crafts for five-year-olds in Spanish, quilling, programs for seniors). Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s72/origami-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon and welcome to Ask a Librarian! This is Priya at …" (01); pickup at exactly 60 s (03: pass)
 *   and at 61 s (04: fail); `pickedUpAt` recorded at 50 s with the first visible line at 95 s, "Hi, sorry for the wait!
 *   Theo here, reference librarian at …" (05: pass); Spanish "¡Hola, buenas tardes! Soy Lucía, bibliotecaria de …" (02),
 *   "¡Hola! Le saluda Rosario, bibliotecaria del servicio estatal …" (15), "¡Buenas tardes! Soy Teresa, bibliotecaria de
 *   Ask Us Now." (29); chat-speak "hey hey! ash here, librarian at st. mary's county library 🙂" (11); an apology first,
 *   "Hi, I'm sorry about that! This is Bea, a librarian at …" (12); a terse "Ned, Ask Us Now librarian." then "Which
 *   county are you in?" (27: names, never greets, fail); no provider ever, a queue line, the patron's "hello?? anyone"
 *   and leaving (21);
 *  inquiry: age and experience, grade, steps or history, party size, thread weight and signatures, original prints,
 *   crane size, phone and age, workshop length, adults or teens, date range, author, city, kusudama book, day and
 *   distance, pop-up kind and tools, binding experience, lid or no lid, text block, children and time, cards or
 *   frames, county, size and paint, page size, branch; a restatement only, "So you'd like to get your son into the
 *   March 14 …" (12: pass); the only question asked after the sources, "Is this for a school report, by the way?"
 *   (08: fail); clarifying questions in a session that never gives a source (19);
 *  waits: a hold at 62, the patron's "hello?" at 170, a partial-result hold at 182 (exactly 120 s) and the answer 118 s
 *   later (06: pass); "Let me pull up a couple of sources for you." answered 121 s later (07: fail); holds of 72, 54
 *   and 76 s (14, 16, 17); a transfer notice answered 52 s later by the receiver (24); a greeting-and-transfer notice
 *   answered 142 s later by the receiver (25: fail); "No rush, take your time!" and the patron back 244 s later (30:
 *   waiting on the patron, pass); the patron's "no. bye" left unanswered at the end (30: an open span);
 *  endings: a true Lost Call, greeting only, "Are you still with me?" at 165 and "… it seems the connection dropped. I'm
 *   closing this chat now. Please feel free to start a new one anytime." at 225 (18: final idle 185 s, both pass); a
 *   check-in at 230 and "I'll end the chat for now. Thanks for writing in, and come back anytime!" at 300 with no
 *   notice (19: 204 s, check-in pass, notice fail); "Still with me?" and a goodbye exactly 120 s after the answer (03:
 *   check-in pass, notice na); "Are you still there?" as the last line, the session ending 179 s after the answer (28:
 *   check-in pass, notice na, courteous fails); "Parece que se ha desconectado. Voy a cerrar esta sesión." with no
 *   check-in, exactly 180 s after the answer, after the system's patron-left line (29: check-in fails, notice passes);
 *   "Sorry, I have to log off for a meeting, so I'm going to end the chat here. Bye!" (22: dismissal fails, courteous
 *   passes); "Ahora mismo hay otras personas esperando en la fila, así que le pido que nos vuelva a escribir más tarde"
 *   (23: allowed); goodbyes "Thanks for chatting with us.", "Gracias por escribirnos.", "come back anytime!",
 *   "Goodbye.", "Happy binding, take care!", "thanks for using Ask Us Now!", "Bye for now.", "Thanks for chatting.",
 *   "come back anytime 👋", "Thanks for your patience, and I hope he gets a spot!", "talk soon!", "Goodnight, and thanks
 *   …", "¡A usted! Que tenga buena tarde.", "Thanks for stopping by, bye!", "¡Gracias por escribir!", "Take care. Bye.";
 *   a well-wish only, "Have fun folding!" (09: courteous fails); the patron's "no. bye" as the last line after a
 *   feedback reply (30: courteous fails); patron-side "thats all i needed", "no, es todo", "thats everything", "nah
 *   thats all", "That's everything.", "eso es todo", "thats all for today", "no more questions", "No, that's
 *   everything.", and "yes thank you", "ok thx", "i guess", "yes. ok thank you" that do not count; offers of one more
 *   thing instead of "anything else", "Want me to look up where to buy liquid watercolors near you too?" (04: fail);
 *  completeness: "Does that answer your question?", "¿Es lo que buscaba?", "Will that work for what you have in mind?",
 *   "Would either of those work for you?" after an answer with no source (09), "that what u were after?", "Does the
 *   book help in the meantime?", "Did the WorldCat info help so far?", "¿Le sirve la guía del Smithsonian por ahora?",
 *   "That help?", "Did that get you what you needed?"; a near miss about something not yet given, "Would a list of the
 *   craft workshops at our branches be useful too?" (10: fail); none in a session with no answer (19: fail);
 *  sources: books in the catalogue (Montroll, Coerr, Jackson, Taylor, Smith, Lang, Shepherd, Araki, Fuse, Abbott,
 *   Jenkins, Maurer-Mathison), Libby, WorldCat, Britannica Library and Creativebug through the library's e-resources,
 *   the Library of Congress photo care page, origamiusa.org, robertsabuda.com, philobiblon.com, britishorigami.org,
 *   latino.si.edu, nedcc.org, domestika.org, origami-resource-center.com, pbskids.org, library event pages with the
 *   clicks to reach them (12, 30); none, two apps named without a way to reach them (09: fail), and only questions (19);
 *  referrals: the community college's continuing education office, "give them a call" with no number (10: fail); a
 *   folding group by e-mail and URL (11: pass); the library's own Teen Services desk by phone (12: pass); the Wheaton
 *   library by phone, in Spanish (15: pass); not referrals: the Outreach team asked on the teacher's behalf (13),
 *   interlibrary loan (14), a branch's program described with its events page (17, 27, 30), "I'll pass that feedback to
 *   our web team" (30), a transfer to the preservation librarian (24);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 30 h (13: pass); a promise to call with the phone
 *   read back and no time, coded Answered (14: code and contact fail, on_time pending at day 2); FU_LIB with "esta
 *   semana" and the patron declining to leave a contact, not recorded at day 5 (15: code, contact and on_time fail);
 *   FU_ME, e-mail read back, "within 48 hours", recorded at 09:30-08:00 on day 3, which reads earlier than the session's
 *   10:03-05:00 but is 74.5 elapsed hours later (16: on_time fails); FU_ME with "e-mail it to you tomorrow" and the
 *   e-mail only in the patron fields, never in the chat (17: code passes, contact fails, done at 20 h);
 *  codes: a true Lost Call (18); Lost Call after two patron lines (19); Practice (20); null with no provider (21); an
 *   empty string (05); the field left out (`resolutionCode: undefined`, 11: na);
 *  transfers: a visible notice (a hold) and an internal note that says why (24: pass); a visible notice and no internal
 *   note (25: fail);
 *  concurrency: three others open 60-90 s into the session (26: four at once, fail); one ending as another starts inside
 *   the session, one ending at its start, one starting at its end (27: three at most, pass); three others of the
 *   transferring provider that start after her transfer (24: judged over her part, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings, identifications, goodbyes and "done" in Spanish count as the English ones RUBRIC lists ("¡Hola, buenas
 *   tardes!", "Le saluda Rosario, bibliotecaria", "Gracias por escribirnos", "es todo", "eso es todo"; 02, 15, 23, 25,
 *   29); "¿Es lo que buscaba?", "¿Le sirve?", "¿Le sirven estas ideas?", "¿Es lo que necesitaba?" ask whether what was
 *   given meets the need;
 * - "hey hey!" greets (11); "Ned, Ask Us Now librarian." identifies the provider but greets no one, and "Which county
 *   are you in?" does not greet either (27: fail);
 * - `pickedUpAt`, when recorded, is the pickup (RUBRIC Terms: "or `pickedUpAt` when the source system records it"):
 *   50 s, although the first visible line comes at 95 s (05: pass);
 * - "Will that work for what you have in mind?" (03) and "Would either of those work for you?" (09) ask whether what
 *   was already given meets the need; "Would a list of the craft workshops at our branches be useful too?" asks about
 *   something not yet given (10: fail);
 * - "Want me to look up where to buy liquid watercolors near you too?" offers one named further thing; it does not ask
 *   whether the patron needs anything else (04: anything_else fails);
 * - "Have fun folding!" wishes the patron well but neither thanks, says goodbye nor invites back (09: courteous fails);
 *   "Happy binding, take care!" says goodbye (05); "¡A usted! Que tenga buena tarde." thanks back and says goodbye (15);
 * - two apps named with no way to reach them are not sources (RUBRIC info.source: "An organisation or app named without
 *   a way to reach it is not a source"; 09: fail);
 * - a branch's program described with the events page where it is listed ("the Kent Island branch hosts …, listed on
 *   qaclibrary.org under Events", "Talbot County Free Library's Easton branch runs 'Crafty Seniors' … Details at
 *   tcfl.org/events", "It's 'Teen Scrapbook Saturday' at Odenton …") points to a source; the patron is not told to
 *   contact or visit anyone (17, 27, 30: referral na);
 * - "Hagerstown Community College's continuing education office … give them a call" refers with no way to reach them
 *   (10: fail); "I'll check with our Outreach team" consults staff on the patron's behalf (13: not a referral);
 * - `resolutionCode: undefined` is the field left out (the source has no codes: 11, na);
 * - "Still here! The Library of Congress has a page on this; now checking what the 'photo safe' label actually means."
 *   gives a partial result and says the search goes on: a hold (06), so the spans are 62 -> 182 = 120 s exactly and
 *   182 -> 300 = 118 s;
 * - Leo's "Un momento, por favor: le paso con una colega que habla español." announces the transfer: a hold, so the
 *   patron waits on the provider from it (22) to Paz's first line (164): 142 s (25: fail);
 * - "I'll end the chat for now. Thanks for writing in, and come back anytime!" is a goodbye that announces the end but
 *   does not say the patron seems to have disconnected (19: notice fails); "Parece que se ha desconectado. Voy a cerrar
 *   esta sesión." is the notice, neither a goodbye nor a check-in, so the final idle runs to `endedAt` (29: 70 -> 250);
 * - the transferring provider is judged over her part only (RUBRIC session.concurrency), which ends at the transfer at
 *   76 s: her three other chats starting at 80, 85 and 90 s do not count against this session (24: pass);
 * - "So you'd like to get your son into the March 14 teen origami workshop at Silver Spring, even though registration
 *   shows it full." restates the question (12: clarify pass);
 * - "Sorry, I have to log off for a meeting, so I'm going to end the chat here. Bye!" ends the help for the provider's
 *   convenience with no way back (dismissal fails), and says goodbye (courteous passes) (22).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (09: closing.courteous). Label corrections: none (09's label stands by
 * RUBRIC's text; see LEFT_WHY).
 * Final: 29 running, 1 LEFT (09).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`, no provider; keep_informed at exactly 120 and at 121 s,
 * across a partial-result hold, a patron "hello?" during a hold, "take your time", a notice-transfer answered at 52 and
 * at 142 s; final idles of 120, 179, 180, 185 and 204 s; concurrency at four, at touching ends and after a transfer;
 * on_time done at 20 and 30 h, done late across offsets, not recorded at day 5, pending at day 2) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read
 * back, a patron phone typed with spaces and read back with dashes, an e-mail only in the patron fields, library and
 * group contacts beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queued = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting. A librarian will be with you shortly (you are number ${n} in line).`];

const PRIYA: Prov = { id: 'priya-or', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-or', name: 'Lucía', library: 'MCPL' };
const MARCUS: Prov = { id: 'marcus-or', name: 'Marcus', library: 'EPFL' };
const NADIA: Prov = { id: 'nadia-or', name: 'Nadia', library: 'AACPL' };
const THEO: Prov = { id: 'theo-or', name: 'Theo', library: 'HCPL-MD' };
const IRENE: Prov = { id: 'irene-or', name: 'Irene', library: 'CCPL-MD' };
const DEV: Prov = { id: 'dev-or', name: 'Dev', library: 'BCPL' };
const KEN: Prov = { id: 'ken-or', name: 'Ken', library: 'FCPL-MD' };
const MEI: Prov = { id: 'mei-or', name: 'Mei', library: 'AUN' };
const SAM: Prov = { id: 'sam-or', name: 'Sam', library: 'WCFL' };
const ASH: Prov = { id: 'ash-or', name: 'ash_smcl', library: 'SMCL' };
const BEA: Prov = { id: 'bea-or', name: 'Bea', library: 'MCPL' };
const CARLA: Prov = { id: 'carla-or', name: 'Carla', library: 'PGCMLS' };
const DIEGO: Prov = { id: 'diego-or', name: 'Diego', library: 'AUN' };
const ROSARIO: Prov = { id: 'rosario-or', name: 'Rosario', library: 'AUN' };
const HUGO: Prov = { id: 'hugo-or', name: 'Hugo', library: 'CCPL-CE' };
const FAYE: Prov = { id: 'faye-or', name: 'Faye', library: 'QACL' };
const GIL: Prov = { id: 'gil-or', name: 'Gil', library: 'WIPL' };
const INES: Prov = { id: 'ines-or', name: 'Ines', library: 'TCFL' };
const TRAINEE: Prov = { id: 'trainee-or', name: 'Trainee 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-or', name: 'Queue', library: 'VRQ' };
const JONAH: Prov = { id: 'jonah-or', name: 'Jonah', library: 'HCLS' };
const MARISOL: Prov = { id: 'marisol-or', name: 'Marisol', library: 'AUN' };
const KEIKO: Prov = { id: 'keiko-or', name: 'Keiko', library: 'BCPL' };
const NOEL: Prov = { id: 'noel-or', name: 'Noel', library: 'BCPL' };
const LEO: Prov = { id: 'leo-or', name: 'Leo', library: 'AUN' };
const PAZ: Prov = { id: 'paz-or', name: 'Paz', library: 'AUN' };
const MIRA: Prov = { id: 'mira-or', name: 'Mira', library: 'FCPL-MD' };
const NED: Prov = { id: 'ned-or', name: 'Ned', library: 'AUN' };
const OLIVE: Prov = { id: 'olive-or', name: 'Olive', library: 'GCPL' };
const TERESA: Prov = { id: 'teresa-or', name: 'Teresa', library: 'AUN' };
const RORY: Prov = { id: 'rory-or', name: 'Rory', library: 'AACPL' };

const s = session;

export const ORIGAMI: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 a first paper crane for a nine-year-old: "Good afternoon and welcome … This is Priya", age asked, Montroll + origamiusa.org, "thats all i needed"', [
    [0, 'p', 'hi! my daughter wants to learn to fold a paper crane, is there a book with easy diagrams?'],
    [24, 'l', 'Good afternoon and welcome to Ask a Librarian! This is Priya at Howard County Library System.'],
    [30, 'l', 'How old is your daughter, and has she folded anything before?'],
    [66, 'p', 'shes 9, she can do a paper airplane lol thats it'],
    [75, 'l', "Perfect age for it. John Montroll's Easy Origami (Dover) starts with very simple models and works up to the traditional crane; we have 3 copies, and you can place a hold in our catalog at hclibrary.org. OrigamiUSA also has free beginner diagrams at origamiusa.org/diagrams."],
    [81, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes!! thats all i needed, thank u'],
    [126, 'l', "You're so welcome, happy folding! Thanks for chatting with us."],
  ], usual()),

  // 02 Spanish: Sadako and the thousand cranes
  s(LUCIA, '02 Sadako y las mil grullas (Spanish): "¡Hola, buenas tardes! Soy Lucía, bibliotecaria", grade asked, Coerr in the catalogue and Libby, "no, es todo"', [
    [0, 'p', 'buenas tardes, mi hijo tiene que hacer un proyecto sobre la niña de las mil grullas de papel, hay libros en español?'],
    [35, 'l', '¡Hola, buenas tardes! Soy Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery. ¿Para qué grado es el proyecto?'],
    [80, 'p', 'cuarto grado. tiene que entregarlo el viernes'],
    [88, 'l', 'Para cuarto grado le recomiendo "Sadako y las mil grullas de papel" de Eleanor Coerr. Tenemos la edición en español en el catálogo (catalog.montgomerycountymd.gov) y también como libro electrónico en Libby. Cuenta la historia de Sadako Sasaki, que dobló grullas en el hospital después de la bomba de Hiroshima.'],
    [95, 'l', '¿Es lo que buscaba?'],
    [140, 'p', 'si perfecto. no, es todo, muchas gracias'],
    [146, 'l', '¡Con mucho gusto! Que le vaya muy bien con el proyecto. Gracias por escribirnos.'],
  ], usual()),

  // 03 pickup at exactly 60 s; final idle exactly 120 s with a check-in
  s(MARCUS, '03 pop-up v-fold: pickup at exactly 60 s, steps or history asked, Jackson + robertsabuda.com, "Still with me?", goodbye 120 s after the answer', [
    [0, 'p', 'how do pop up books work? like the v-fold thing. want to make one for my niece'],
    [60, 'l', 'Hi, Marcus here, a librarian at Enoch Pratt Free Library.'],
    [66, 'l', 'Are you after step-by-step instructions, or more the history of how pop-ups are engineered?'],
    [110, 'p', 'step by step, im a beginner'],
    [118, 'l', "Paul Jackson's The Pop-Up Book walks through the v-fold, box folds and floating layers with templates; search 'Paul Jackson pop-up' in our catalog at prattlibrary.org. Robert Sabuda's site, robertsabuda.com, has free printable templates too."],
    [124, 'l', 'Will that work for what you have in mind?'],
    [200, 'l', 'Still with me?'],
    [238, 'l', "I'll close this out since I haven't heard back. Thanks for the question, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 04 pickup at 61 s; an offer of one more thing instead of "anything else"
  s(NADIA, '04 shaving cream marbling for a party: pickup at 61 s, party size asked, Taylor + pbs.org, "Want me to look up … too?" (not anything else)', [
    [0, 'p', 'can you marble paper with shaving cream? for a kids craft'],
    [61, 'l', "Hello! I'm Nadia, a librarian with Anne Arundel County Public Library."],
    [67, 'l', 'What age are the kids, and how many?'],
    [100, 'p', 'like 10 kids age 6-8 at a birthday party'],
    [108, 'l', "Yes, shaving cream marbling works well at that age: foam in a tray, drops of liquid watercolor, swirl with a craft stick, press the paper on, then scrape the foam off. Carol Taylor's Marbling Paper & Fabric covers it (it's in our catalog), and PBS has a step-by-step version at pbs.org/parents/crafts."],
    [114, 'l', 'Did that help?'],
    [150, 'p', 'yes thank you'],
    [156, 'l', 'Want me to look up where to buy liquid watercolors near you too?'],
    [180, 'p', 'nah ive got some'],
    [186, 'l', 'Have a great party! Goodbye.'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 05 pickedUpAt at 50 s, first visible line at 95 s; code ""
  s(THEO, '05 coptic stitch thread: pickedUpAt 50 s, first line 95 s "Hi, sorry for the wait! Theo here", weight asked, Smith + philobiblon.com, code ""', [
    [0, 'p', 'Whats the best thread for coptic stitch binding? my waxed linen keeps fraying'],
    [95, 'l', 'Hi, sorry for the wait! Theo here, reference librarian at Harford County Public Library.'],
    [101, 'l', 'What weight is the thread you have now, and how many signatures is the book?'],
    [150, 'p', '4 ply i think, 8 signatures, A5 size'],
    [160, 'l', "For 8 signatures at A5, 4-ply waxed linen is right; fraying usually means the needle eye is too small or the working length is too long. Keith Smith's Exposed Spine Sewings (Non-Adhesive Binding vol. III) covers coptic stitch in detail and is in our catalog at hcplonline.org, and the Book Arts Web tutorials at philobiblon.com have a thread chart."],
    [166, 'l', 'Is that what you were looking for?'],
    [200, 'p', 'ya thats helpful'],
    [206, 'l', 'Anything else today?'],
    [230, 'p', 'no thats it thx'],
    [236, 'l', 'Happy binding, take care!'],
  ], usual({ code: 'fail' }), { pickedUpAt: at(50), resolutionCode: '' }),

  // 06 holds of 120 s exactly (a partial result that says the search goes on) and 118 s
  s(IRENE, '06 acid-free scrapbook paper for 1950s photos: hold at 62, "hello?" at 170, partial-result hold at 182 (120 s), answer at 300, loc.gov', [
    [0, 'p', 'is all scrapbook paper acid free? want to put my grandmas photos in an album and not ruin them'],
    [20, 'l', 'Hello, thanks for contacting Ask Us Now! My name is Irene, a librarian at Carroll County Public Library.'],
    [26, 'l', 'Are these original prints, or copies you printed yourself?'],
    [55, 'p', 'originals, some from the 50s'],
    [62, 'l', 'Let me check what the conservation folks recommend, one moment.'],
    [170, 'p', 'hello?'],
    [182, 'l', "Still here! The Library of Congress has a page on this; now checking what the 'photo safe' label actually means."],
    [300, 'l', "Found it. Look for albums and sleeves that passed the Photographic Activity Test (PAT); 'acid-free' alone isn't enough, because paper can turn acidic later. The Library of Congress guide Care, Handling, and Storage of Photographs is at loc.gov/preservation/care/photo.html."],
    [306, 'l', 'Does that completely answer your question?'],
    [350, 'p', 'yes thats everything, thank you so much'],
    [356, 'l', 'My pleasure, and thanks for using Ask Us Now!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(DEV, '07 kami or washi for a thousand wedding cranes: "Let me pull up a couple of sources for you." answered 121 s later, Lang + Creativebug', [
    [0, 'p', 'difference between washi and kami paper? which one for 1000 cranes for a wedding'],
    [18, 'l', 'Hi there, Dev with Baltimore County Public Library, happy to help.'],
    [24, 'l', 'What size cranes are you thinking, 3 inch squares or bigger?'],
    [50, 'p', '3 inch i think, need 1000 by june 😅'],
    [58, 'l', 'Let me pull up a couple of sources for you.'],
    [179, 'l', "Thanks for hanging on. Kami is thin, cheap and crisp, ideal for a big batch like yours; washi is handmade, softer and pricier, lovely for a few special pieces. Robert Lang's The Complete Book of Origami explains paper types, and we have Creativebug (bcpl.info > Research > Creativebug) with a thousand-crane tutorial."],
    [185, 'l', 'Did that help?'],
    [220, 'p', 'yes! thanks'],
    [226, 'l', 'Anything else?'],
    [240, 'p', 'nope'],
    [245, 'l', 'Congrats on the wedding! Bye for now.'],
  ], usual({ informed: 'fail' })),

  // 08 the only question comes after the sources
  s(KEN, '08 where origami started: sources at once (Britannica Library, britishorigami.org), "Is this for a school report, by the way?" only after them', [
    [0, 'p', 'where did origami start, japan or china?'],
    [15, 'l', 'Hi! Ken at Frederick County Public Libraries here.'],
    [22, 'l', "Paper itself came from China, but folding as an art is most associated with Japan, where ceremonial folds go back to the Heian period. Britannica Library (fcpl.org > eResources > Britannica) has a solid article under 'origami', and David Lister's history essays are archived at britishorigami.org."],
    [28, 'l', 'Is this for a school report, by the way?'],
    [60, 'p', 'yeah 7th grade'],
    [66, 'l', 'Then the middle-school level of the Britannica article should fit nicely. Does that cover what you needed?'],
    [100, 'p', 'yea thx'],
    [105, 'l', 'Anything else I can look up?'],
    [130, 'p', 'no'],
    [134, 'l', 'OK, good luck on the report! Thanks for chatting.'],
  ], usual({ clarify: 'fail' })),

  // 09 apps named with no way to reach them; a well-wish as the last line
  s(MEI, '09 an origami app for an 8-year-old: phone and age asked, two apps named only (no source), "Would either of those work for you?", "Have fun folding!"', [
    [0, 'p', 'is there an app that shows origami step by step? my kid wont sit still for a book lol'],
    [28, 'l', 'Hello! Mei here, librarian with Ask Us Now.'],
    [34, 'l', 'Is it an iPhone or Android, and about how old is your kid?'],
    [70, 'p', 'android, 8'],
    [78, 'l', "A lot of families like the How to Make Origami app; it animates each fold and you can rotate the model. Origami Instructions Free is another one kids find easy."],
    [84, 'l', 'Would either of those work for you?'],
    [120, 'p', 'ok ill try the first one, thats all i needed'],
    [126, 'l', 'Have fun folding! 📄✂️'],
  ], usual({ source: 'fail', courteous: 'fail' })),

  // 10 a referral with no way to reach; a completeness near miss
  s(SAM, '10 a bookbinding class near Hagerstown: the college\'s continuing ed office "give them a call" (no number), Shepherd, "Would a list … be useful too?"', [
    [0, 'p', 'where can i take an actual bookbinding class around hagerstown? youtube isnt cutting it'],
    [22, 'l', 'Hi, this is Sam at Washington County Free Library. Thanks for reaching out!'],
    [28, 'l', 'Are you looking for a one-day workshop or a multi-week course?'],
    [60, 'p', 'multi week would be nice, evenings'],
    [70, 'l', "Hagerstown Community College's continuing education office runs a book arts course some semesters, so give them a call and ask when the next one starts. Meanwhile Rob Shepherd's The Practical Guide to Craft Bookbinding is in our catalog and good for practice at home."],
    [76, 'l', 'Would a list of the craft workshops at our branches be useful too?'],
    [110, 'p', 'nah, just the class'],
    [116, 'l', 'Anything else I can do?'],
    [130, 'p', 'no'],
    [134, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ complete: 'fail', referral: 'fail' })),

  // 11 chat-speak; a group by e-mail and URL; the code field left out
  s(ASH, '11 an origami club in St. Mary\'s (chat-speak): "hey hey! ash here, librarian", group by e-mail + URL, origamiusa.org/groups, no resolution code field', [
    [0, 'p', 'yo is there like an origami club around here? st marys county'],
    [16, 'l', "hey hey! ash here, librarian at st. mary's county library 🙂"],
    [21, 'l', 'are u looking for something for adults or teens?'],
    [45, 'p', 'adults, im 30 lol'],
    [52, 'l', 'ha ok! the Southern Maryland Paper Folders meet monthly, email the organizer at somdfolders@gmail.com or check somdpaperfolders.org for dates. OrigamiUSA also keeps a list of groups by state: origamiusa.org/groups'],
    [57, 'l', 'that what u were after?'],
    [90, 'p', 'yesss perfect'],
    [95, 'l', 'anything else?'],
    [110, 'p', 'nah thats all'],
    [114, 'l', 'sweet, happy folding! come back anytime 👋'],
  ], usual({ code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 12 an upset parent; a restatement only; the library's own Teen Services desk by phone
  s(BEA, '12 a full teen origami workshop (upset parent): "So you\'d like to get your son into …" (restatement), Teen Services desk by phone, libcal filters', [
    [0, 'p', 'the teen origami workshop at silver spring on march 14 says FULL. my son was really looking forward to it. this is so frustrating'],
    [26, 'l', "Hi, I'm sorry about that! This is Bea, a librarian at Montgomery County Public Libraries."],
    [32, 'l', "So you'd like to get your son into the March 14 teen origami workshop at Silver Spring, even though registration shows it full."],
    [60, 'p', 'yes exactly'],
    [70, 'l', "The Silver Spring Teen Services desk keeps a waitlist for it: call them at 240-773-9501 and ask to be added, since cancellations are common. Other teen craft programs are at montgomerycountymd.libcal.com; choose 'Teens' and 'Arts & Crafts' in the filters."],
    [76, 'l', 'Does that help?'],
    [110, 'p', 'i guess. kind of annoying but ok'],
    [116, 'l', 'I totally understand. Is there anything else I can help with today?'],
    [140, 'p', 'no'],
    [145, 'l', 'Alright. Thanks for your patience, and I hope he gets a spot!'],
  ], usual({ referral: 'pass' })),

  // 13 follow-up by me: e-mail typed and read back, "by Friday", done in 30 h
  s(CARLA, '13 an origami classroom visit (follow-up by me): Outreach asked on her behalf, Araki, e-mail read back, "by Friday", done at 30 h', [
    [0, 'p', 'Hello, I teach 3rd grade at Oxon Hill Elementary. Does the library do origami visits to classrooms?'],
    [30, 'l', "Good morning! Carla here, a children's librarian with Prince George's County Memorial Library System."],
    [36, 'l', 'How many students, and do you have a date range in mind?'],
    [80, 'p', '26 students, sometime in April'],
    [90, 'l', "For now, Origami in the Classroom by Chiyo Araki (in our catalog at pgcmls.info) has lesson-sized projects for that age. I'll check with our Outreach team about an April visit and e-mail you what they say."],
    [96, 'l', "What's the best e-mail for you?"],
    [130, 'p', 'mrs.okafor.teach@gmail.com'],
    [138, 'l', "Got it: mrs.okafor.teach@gmail.com. You'll hear from me by Friday. Does the book help in the meantime?"],
    [170, 'p', "Perfect, thank you! That's everything."],
    [176, 'l', 'Thanks for reaching out, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 a promise to call, phone read back, no time, coded Answered
  s(DIEGO, '14 a book on Turkish ebru: WorldCat after a hold, "I\'ll … give you a call with the details", phone read back, no time, coded Answered', [
    [0, 'p', 'hi im looking for a book on turkish ebru marbling, "The Art of Marbling" i think? our library doesnt have it'],
    [25, 'l', "Hi, welcome to Ask Us Now! I'm Diego, one of the librarians on tonight."],
    [31, 'l', 'Do you know the author, or roughly when it came out?'],
    [70, 'p', 'no idea sorry, i saw it in an instagram post'],
    [78, 'l', 'No worries, one moment while I search WorldCat.'],
    [150, 'l', "WorldCat shows a few marbling titles close to that name; the likeliest is a 1990s book, Ebru: The Art of Turkish Marbling, held by a couple of Maryland libraries. Which county do you live in? That decides how interlibrary loan works for you."],
    [200, 'p', 'baltimore city'],
    [208, 'l', "Then it can come to you through interlibrary loan. I'll find out which library can lend it and give you a call with the details. What number is best?"],
    [240, 'p', '443 555 0199'],
    [246, 'l', 'Thanks, I have 443-555-0199. Did the WorldCat info help so far?'],
    [280, 'p', 'yes tysm'],
    [286, 'l', 'Anything else tonight?'],
    [300, 'p', 'no thats all'],
    [305, 'l', 'Goodnight, and thanks for using Ask Us Now!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), {}, { now: T0 + 2 * DAY }),

  // 15 Spanish, follow-up by the patron's library, no contact left; the Wheaton library by phone
  s(ROSARIO, '15 papel picado para una fiesta (Spanish, follow-up by patron\'s library): no contact left, Wheaton library by phone, latino.si.edu, not recorded at day 5', [
    [0, 'p', 'hola! busco a alguien que enseñe a hacer papel picado para una fiesta de la comunidad en mayo'],
    [30, 'l', '¡Hola! Le saluda Rosario, bibliotecaria del servicio estatal Ask Us Now.'],
    [36, 'l', '¿En qué ciudad o condado vive? Así sé a quién preguntar.'],
    [70, 'p', 'en Wheaton, Montgomery'],
    [80, 'l', 'Mientras tanto, el Smithsonian tiene una actividad de papel picado con plantillas para imprimir en latino.si.edu/learn (busque "papel picado").'],
    [86, 'l', 'Voy a pasar su pregunta a la biblioteca de Wheaton para que alguien de allá le contacte esta semana sobre talleres. ¿Me deja un teléfono o correo?'],
    [120, 'p', 'mejor no, no me gusta dar mis datos. yo llamo a la biblioteca'],
    [126, 'l', 'Entiendo perfectamente. Puede llamar a la biblioteca de Wheaton al 240-777-0678 y preguntar por la sección infantil. ¿Le sirve la guía del Smithsonian por ahora?'],
    [160, 'p', 'si gracias, eso es todo'],
    [166, 'l', '¡A usted! Que tenga buena tarde.'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail', referral: 'pass' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 16 follow-up by me, recorded at 09:30-08:00 on day 3: 74.5 elapsed hours
  s(HUGO, '16 Tomoko Fuse\'s kusudama (follow-up by me): hold, Fuse boxes book, e-mail read back, "within 48 hours", done 09:30-08:00 day 3 (74.5 h, late)', [
    [0, 'p', "Hi there. I'm trying to find diagrams for Tomoko Fuse's kusudama models, specifically the spiral one. Does any library have her book?"],
    [20, 'l', 'Hi! Hugo at Cecil County Public Library, happy to help.'],
    [26, 'l', 'Do you know which of her books it is in? She wrote several on unit origami.'],
    [70, 'p', "I think it's Unit Origami: Multidimensional Transformations"],
    [76, 'l', 'Let me look, just a sec.'],
    [130, 'l', "We don't own it, but our catalog (cecil.ent.sirsi.net) has Fuse's Quick & Easy Origami Boxes if you want something now. For Unit Origami I'll check which Maryland library can lend it and e-mail you within 48 hours. What's your e-mail?"],
    [170, 'p', 'rbaptiste@comcast.net'],
    [176, 'l', 'rbaptiste@comcast.net, got it. Does the boxes book help in the meantime?'],
    [210, 'p', 'sure. thanks, thats all for today'],
    [216, 'l', 'Thanks, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T09:30:00-08:00' }] }, { now: T0 + 5 * DAY }),

  // 17 follow-up by me, the e-mail only in the patron fields
  s(FAYE, '17 scrapbooking crops near Centreville (follow-up by me): hold, Kent Island crop on qaclibrary.org, "e-mail it to you tomorrow", e-mail only in patron fields, done at 20 h', [
    [0, 'p', 'do you know of any scrapbooking crops around centreville this spring'],
    [24, 'l', "Hi there! Faye at Queen Anne's County Library, welcome."],
    [30, 'l', 'Are you after daytime or evening events, and would you drive to Easton or Chestertown?'],
    [66, 'p', 'weekends, and yes easton is fine'],
    [74, 'l', 'Let me see what I can find.'],
    [150, 'l', "I found one so far: the Kent Island branch hosts a Saturday scrapbook crop every month, listed on qaclibrary.org under Events. The others are on Facebook pages I can't confirm right now, so I'll make a short list and e-mail it to you tomorrow."],
    [156, 'l', 'Does the Kent Island one help for now?'],
    [190, 'p', 'yes. ok thank you'],
    [196, 'l', 'Anything else?'],
    [210, 'p', 'no'],
    [215, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'lindy.crafts@verizon.net', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 18 a true Lost Call: greeting only, check-in, notice that invites back
  s(GIL, '18 a flapping crane (Lost Call): greeting only, "Are you still with me?" at 165, "… it seems the connection dropped. I\'m closing this chat now …" at 225', [
    [0, 'p', 'how do you fold a paper crane that flaps its wings'],
    [40, 'l', 'Hi, this is Gil, a librarian at Wicomico Public Libraries.'],
    [165, 'l', 'Are you still with me?'],
    [225, 'l', "I haven't heard back, so it seems the connection dropped. I'm closing this chat now. Please feel free to start a new one anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after two patron lines: questions only, check-in, goodbye with no notice
  s(INES, '19 a pop-up Mother\'s Day card: coded Lost Call after two patron lines, questions only, check-in at 230, "I\'ll end the chat for now. Thanks …" at 300 (no notice)', [
    [0, 'p', 'need help w pop up card for mothers day'],
    [20, 'l', 'Hello! Ines here from Talbot County Free Library.'],
    [26, 'l', 'What kind of pop-up are you picturing, flowers that spring up or a simple step pop-up?'],
    [90, 'p', 'flowers'],
    [96, 'l', 'Lovely. Do you have a cutting mat and craft knife, or only scissors?'],
    [230, 'l', 'Hi, are you still there?'],
    [300, 'l', "I'll end the chat for now. Thanks for writing in, and come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (a paper fortune teller): coded Practice, every check na', [
    [0, 'p', 'test test, how do i fold a paper fortune teller'],
    [10, 'l', 'Hi! Trainee practicing here. Start with a square, fold both diagonals, then fold each corner to the center.'],
    [40, 'p', 'great thx, test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever; code null
  s(QUEUE, '21 borrowing a bone folder: no provider ever joined, "hello?? anyone", patron left, code null', [
    [0, 'p', 'does the library have a bone folder i can borrow? for bookbinding'],
    queued(2, 3),
    [150, 'p', 'hello?? anyone'],
    left(270),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 dismissal for the provider's convenience, with a goodbye
  s(JONAH, '22 case binding at home, then a list: "Sorry, I have to log off for a meeting, so I\'m going to end the chat here. Bye!"', [
    [0, 'p', 'how do I make a case binding at home? like a real hardcover'],
    [18, 'l', 'Hi, Jonah at Howard County Library System here.'],
    [24, 'l', 'Have you done any simple pamphlet or stab bindings before, or is this your first book?'],
    [60, 'p', 'did a pamphlet stitch once'],
    [68, 'l', "Then you're ready. Kathy Abbott's Bookbinding: A Step-by-Step Guide covers case binding with photos, and it's in our catalog at hclibrary.org. Did that help?"],
    [100, 'p', 'yes. also what glue? and where do i get book board? and how do i do the headbands? and can i do leather'],
    [110, 'l', "Sorry, I have to log off for a meeting, so I'm going to end the chat here. Bye!"],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 Spanish: other patrons waiting, come back later (allowed)
  s(MARISOL, '23 una cajita masu (Spanish): lid asked in the greeting, origami-resource-center.com, "hay otras personas esperando … vuelva a escribir más tarde"', [
    [0, 'p', 'hola como se hace una cajita masu de papel?'],
    [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de Ask Us Now. ¿La quiere con tapa o sin tapa?'],
    [60, 'p', 'con tapa'],
    [68, 'l', 'Para la tapa se dobla un segundo cuadrado un poquito más grande (unos 3 mm). Hay un diagrama paso a paso en origami-resource-center.com/masu-box.html; está en inglés, pero los dibujos se entienden solos. ¿Le sirve?'],
    [110, 'p', 'si!! y tambien como hago una grulla, una rana que salta, un barco, una estrella y una flor de loto?? es para mi clase de mañana'],
    [122, 'l', 'Son muchos modelos. Ahora mismo hay otras personas esperando en la fila, así que le pido que nos vuelva a escribir más tarde para los demás; con gusto le ayudamos. ¡Gracias por escribir!'],
  ], usual({ anything: 'fail' })),

  // 24 transfer with a visible notice and an internal note; the transferring provider busy only after the transfer
  s(KEIKO, '24 a 1921 family bible with the cover off: transfer notice at 68 + internal note why, Noel at 120 with nedcc.org; Keiko\'s other chats start after the transfer', [
    [0, 'p', 'my great grandmothers bible from 1921 has the spine falling off, can i fix it myself or will i wreck it'],
    [20, 'l', 'Hi there! Keiko here, a librarian at Baltimore County Public Library.'],
    [26, 'l', 'Is the text block still sewn together, or are pages coming loose too?'],
    [60, 'p', 'pages are fine, just the cover is hanging by threads'],
    [68, 'l', "Our preservation librarian, Noel, knows book repair much better than I do. I'm transferring you to him now, it'll just be a moment."],
    [72, 'i', 'Noel, 1921 family bible, cover detached, text block sound. Pt asking DIY vs pro repair. Yours?'],
    xfer(76, 'Noel', 'noel-or'),
    [120, 'l', "Hello, Noel from BCPL preservation. With the text block sound, a reback is possible at home, but it's easy to do more harm than good on a book that old. The Northeast Document Conservation Center's free leaflets at nedcc.org/free-resources explain why; meanwhile a box, or tying it with cotton tape, keeps the cover with the book.", as(NOEL)],
    [126, 'l', 'Does that answer your question?', as(NOEL)],
    [170, 'p', "yes, I'll leave it alone for now lol. thanks"],
    [176, 'l', 'Anything else I can help with?', as(NOEL)],
    [195, 'p', 'no thats all'],
    [200, 'l', 'Take care of that bible, and thanks for chatting!', as(NOEL)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [other('k1', 'keiko-or', 80, 600), other('k2', 'keiko-or', 85, 600), other('k3', 'keiko-or', 90, 600)],
  }),

  // 25 Spanish: a transfer announced with no internal note, the receiver 142 s later
  s(LEO, '25 manualidades de papel para niños de 5 años (Spanish): "le paso con una colega" at 22, no internal note, Paz at 164 (142 s)', [
    [0, 'p', 'hola, necesito ideas de manualidades de papel para niños de 5 años, para la biblioteca de mi iglesia'],
    [22, 'l', "Hi! I'm Leo, a librarian with Ask Us Now. Un momento, por favor: le paso con una colega que habla español."],
    xfer(30, 'Paz', 'paz-or'),
    [164, 'l', '¡Hola! Soy Paz, bibliotecaria de Ask Us Now. Disculpe la espera. ¿Cuántos niños son y cuánto dura la actividad?', as(PAZ)],
    [200, 'p', 'unos 12 niños, una hora'],
    [210, 'l', 'Para esa edad funcionan muy bien los abanicos, los vasos de papel doblados y los títeres de bolsa de papel. PBS Kids tiene actividades con instrucciones en pbskids.org, y en nuestro catálogo en línea puede buscar "manualidades con papel" para ver libros en español.', as(PAZ)],
    [216, 'l', '¿Le sirven estas ideas?', as(PAZ)],
    [260, 'p', 'si, muchas gracias!'],
    [266, 'l', '¿Algo más en que le pueda ayudar?', as(PAZ)],
    [290, 'p', 'no, gracias'],
    [295, 'l', 'Con gusto. ¡Que disfruten la actividad! Gracias por usar Ask Us Now.', as(PAZ)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 26 four at once
  s(MIRA, '26 quilling for cards: three other chats open 60-90 s into this one (four at once), Jenkins + Creativebug, "no more questions"', [
    [0, 'p', 'what is quilling and is it hard for a beginner? saw it on pinterest'],
    [19, 'l', 'Hi, welcome! Mira here, librarian at Frederick County Public Libraries.'],
    [25, 'l', 'Are you thinking of making cards, or framed pieces?'],
    [55, 'p', 'cards first'],
    [62, 'l', "Quilling is rolling thin paper strips into coils and pinching them into shapes, and it's very beginner-friendly for cards. The Quilling Bible by Jane Jenkins is on our shelves, and Creativebug (fcpl.org > eResources) has a free beginner quilling class with your library card."],
    [68, 'l', 'Is that the kind of help you were looking for?'],
    [100, 'p', 'yes thats perfect, no more questions'],
    [106, 'l', 'Wonderful! Thanks for using Ask a Librarian, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'mira-or', -200, 150), other('m2', 'mira-or', 30, 400), other('m3', 'mira-or', 60, 90)],
  }),

  // 27 three at most with touching ends; a terse provider who names himself but never greets
  s(NED, '27 paper crafts for seniors (terse): "Ned, Ask Us Now librarian." (no greeting), tcfl.org/events; chats touching inside and at both ends (three at most)', [
    [0, 'p', 'Good morning. Does the library have any paper craft programs for seniors? Something gentle on the hands.'],
    [30, 'l', 'Ned, Ask Us Now librarian.'],
    [36, 'l', 'Which county are you in?'],
    [60, 'p', 'Talbot. Easton.'],
    [68, 'l', "Talbot County Free Library's Easton branch runs Crafty Seniors on the 2nd Tuesday; this month it's paper flowers. Details at tcfl.org/events."],
    [74, 'l', 'That help?'],
    [110, 'p', 'Yes, thank you kindly.'],
    [115, 'l', 'Anything else?'],
    [130, 'p', "No, that's everything."],
    [135, 'l', 'Take care. Bye.'],
  ], usual({ greeting: 'fail' }), {}, {
    otherIntervals: [
      other('n1', 'ned-or', -300, 0),
      other('n2', 'ned-or', -50, 40),
      other('n3', 'ned-or', 40, 500),
      other('n4', 'ned-or', 20, 200),
      other('n5', 'ned-or', 140, 400),
    ],
  }),

  // 28 final idle 179 s ending on a check-in
  s(OLIVE, '28 marbling colours sinking on carrageenan: answer at 80, "Are you still there?" at 220 as the last line, session ends at 259 (final idle 179 s)', [
    [0, 'p', 'how do i get the colors to float on the size for marbling? they keep sinking'],
    [20, 'l', 'Hi! Olive here, librarian at Garrett County Public Library.'],
    [26, 'l', 'Are you using carrageenan or methyl cellulose for the size, and what paints?'],
    [70, 'p', 'carrageenan and just regular acrylics from walmart'],
    [80, 'l', "That's usually it: craft acrylics need thinning with water plus a drop or two of ox gall so they spread instead of sinking. Diane Maurer-Mathison's The Ultimate Marbling Handbook has a troubleshooting chart; it's in our catalog at garrettlibrary.org. Did that help?"],
    [220, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 39 }),

  // 29 Spanish: a notice with no check-in, exactly 180 s after the answer
  s(TERESA, '29 encuadernación japonesa (Spanish): answer at 70, patron left at 150, "Parece que se ha desconectado. Voy a cerrar esta sesión." at 250 = end (180 s)', [
    [0, 'p', 'buenas, como se hace una encuadernación japonesa de cuatro agujeros? es para un cuaderno de recetas'],
    [25, 'l', '¡Buenas tardes! Soy Teresa, bibliotecaria de Ask Us Now.'],
    [31, 'l', '¿Qué tamaño de hojas va a usar, carta o media carta?'],
    [60, 'p', 'media carta'],
    [70, 'l', 'Perfecto. Para media carta se hacen cuatro agujeros a 1,5 cm del lomo y se cose con hilo encerado, dando la vuelta al lomo en cada agujero. Hay un tutorial con fotos en español en domestika.org (busque "encuadernación japonesa"). ¿Es lo que necesitaba?'],
    left(150),
    [250, 'l', 'Parece que se ha desconectado. Voy a cerrar esta sesión.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }), { endAfter: 0 }),

  // 30 a rude patron; "take your time"; the patron has the last word
  s(RORY, '30 a teen scrapbook afternoon (rude patron): "No rush, take your time!" then 244 s away, aacpl.net clicks, patron "no. bye" last', [
    [0, 'p', 'ur website is impossible. where is the scrapbooking thing for teens, my daughter says its this saturday'],
    [17, 'l', "Hi! Sorry the site's giving you trouble. I'm Rory, a librarian at Anne Arundel County Public Library. 🙂"],
    [23, 'l', 'Do you know which branch she meant?'],
    [50, 'p', 'no thats why im asking. hold on ill ask her'],
    [56, 'l', 'No rush, take your time!'],
    [300, 'p', 'she says odenton'],
    [310, 'l', "Got it! It's Teen Scrapbook Saturday at Odenton, 2-4 pm this Saturday, no registration needed. To find it yourself: aacpl.net, then Events, then filter Location: Odenton and Age: Teens."],
    [316, 'l', 'Did that get you what you needed?'],
    [340, 'p', 'finally. would have been nice if the site just showed it. whatever'],
    [346, 'l', "Fair point, I'll pass that feedback to our web team. Anything else I can help with?"],
    [380, 'p', 'no. bye'],
  ], usual({ courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ORIGAMI.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('09')]:
    'closing.courteous: expected fail, got pass ("closed with thanks, a goodbye or an invitation to come back"). Message 7: "Have fun folding! 📄✂️" wishes the patron well but neither thanks them, says goodbye nor invites them back, and the other of the last two, message 5, only asks whether the apps work (RUBRIC closing.courteous: "one of the provider\'s last two visible messages thanks the patron, says goodbye or invites them back").',
};

describe('seventy-fifth round: origami, paper crafts and bookbinding, checked', () => {
  describeSessions('whole sessions', ORIGAMI.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ORIGAMI.filter((c) => c.name in LEFT_WHY));
});
