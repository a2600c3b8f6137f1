/**
 * Seventy-seventh round, theme TYPEWRITERS AND FOUNTAIN PENS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: repairing old typewriters (a dried Smith-Corona ribbon, sluggish Royal keys,
 * a stuck Olympia carriage, Remington typebars that stay up, dating a Royal by its serial, ribbons for a 1960s portable, a
 * typewriter for a paper form, a school essay on typewriter history), ink and pen care (flushing a Lamy Safari, a clogged
 * Parker 51, EF or F nibs, calligraphy ink in Spanish, dipping a dip pen), cursive for kids (a workbook in Spanish, cursive in
 * Maryland schools partly in Spanish, cursive and dyslexia, a Palmer Method workbook), handwriting analysis claims
 * (graphology in hiring, a boss's graphologist, a will signature, reading a great-grandfather's letter), letter-writing
 * clubs (a branch letter social, letter writing for a 9-year-old, pen pals for an 82-year-old, wedding envelopes) and pen
 * shows (the DC Pen Show, a first show with a long list, a nib-tuning workshop, 1800s letters to see in person). Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s73/pens-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon, you've reached Ask a Librarian — this is Priya at …" (01); Spanish "¡Hola, buenas! Habla Lucía,
 *   bibliotecaria de …" (02); pickup at exactly 60 s with "hi there, Omar from the Ask Us Now librarians 🙂" (03: pass) and
 *   at 61 s (04: fail); "Ruth, chat librarian for Carroll County Public Library." with no greeting word (05: fail); a
 *   bilingual "¡Hola! Hello! I'm Paloma …" (09); "Hey, welcome to Ask Us! I'm Theo …" (22); `pickedUpAt` at 40 s with the
 *   first visible line at 70 s, to a patron angry at the wait (30: pickup 40 s, pass); a queue line and no provider (19);
 *  inquiry: model on the paper table, cartridge or converter, visitor or vendor, every key or a few, job seeker or
 *   employer, carriage lever, typebars down or up, branch and evenings or weekends, crafts or writing, model and serial,
 *   edition, adult or teen class, English or faded ink, inner and outer envelopes, contesting in Maryland, care home or
 *   own home, vacuum-filler or aerometric, Japanese or European, in person or digitized, grade and print or online, a
 *   Spanish-speaker asked whether she'd rather have a Spanish-speaking librarian (23); sources with no question (08: fail);
 *   a question in a session that never gives a source (18: pass);
 *  waits: holds of 90 s and exactly 120 s with a partial-result hold between (06: pass); "ok, one sec, pulling up a repair
 *   guide for that" answered 121 s later (07: fail); "No rush, take your time!" then the patron back 214 s later (11: waiting
 *   on the patron, pass); a transfer notice answered by the receiver 54 s later (23) and 131 s later (24: fail); a second
 *   patron line "hello??" before pickup (18);
 *  endings: a true Lost Call with only a greeting, "Are you still there?" at 160 and "It seems the connection dropped, so
 *   I'm closing this chat. You're welcome to message us again …" at 338 (17: final idle 310 s, both pass); a check-in at
 *   180 and a bare "It looks like you've disconnected, so I'll be closing this session now." as the last line (18: final
 *   idle 205 s, both pass, courteous fails); a notice with thanks exactly 180 s after the answer and no check-in (27: idle
 *   fails, notice passes); a check-in and no goodbye, the session ending 179 s after the answer (28: idle pass,
 *   disconnect na, courteous fails); "Still there? If not, thanks for stopping by and happy writing!" 118 s after the
 *   answer, the end 5 s later (29: a check-in, so not a goodbye: final idle 123 s, pass; courteous pass on the thanks);
 *   "chats are capped at 10 minutes and you've used yours up, so I need to end here. Bye." (21: dismissal fails,
 *   courteous passes on the "Bye."); "I have other patrons waiting in the queue right now, so I'll stop here — but please
 *   chat back in later" (22: allowed); the patron's "ugh fine. yes. that's all i needed" as the last line (30: courteous
 *   fails); goodbyes "thanks for chatting!", "¡Con mucho gusto! Gracias por usar Ask Us Now, que les vaya bien.", "Thanks for
 *   stopping by 😊", "Happy typing, bye!", "Have a great day!", "¡Que tenga buen día! Gracias por usar el servicio.",
 *   "Thanks for chatting, talk soon!", "Bye for now!", "Thanks for writing in, take care!", "Enjoy the new pen — bye!";
 *   patron-side "that's everything", "es todo lo que necesitaba", "that's all i had", "no more questions lol", "eso era
 *   todo", and "yep", "nah", "ok great", "yes perfect thanks" that do not count (ANY asked there);
 *  sources: books in the catalogue and on Hoopla (Polt, Shepherd, Handwriting Without Tears, Emily Post), typewriterdatabase
 *   .com, typewriterrevolution.com, ifixit.com, munk.org, gouletpens.com, richardspens.com, dcpenshow.com, PsycINFO and
 *   Academic Search Complete through library pages, mccr.maryland.gov, postalmuseum.si.edu, hathitrust.org,
 *   familysearch.org, emilypost.com, abfde.org, peoples-law.org, lettersagainstisolation.com, pilotpen.us,
 *   americanhistory.si.edu, library events pages; none (09: a plain answer, fail; 18);
 *  referrals: a repair shop by phone and a collectors' meetup with nothing (07: fail); "I'd phone Harford Typewriter
 *   Service" with no number (10: fail); a letter society by e-mail and the branch by phone (11: pass); a museum's web page
 *   (12: a source, na); the home branch's staff asked to call the patron (15) and the genealogy librarian asked to
 *   transcribe (16): consulted on the patron's behalf, na; a state agency's web site (21: na); a research library by postal
 *   address (26: pass); a certified document examiner through a board's directory URL (28: pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done at 40 h (13: pass); "I'll scan a few pages
 *   and e-mail them to you", e-mail read back, no time, coded Answered (14: code and contact fail, on_time pending);
 *   FU_LIB, phone typed with spaces, read back with dashes, "within 3 days", recorded at 90 h (15: on_time fails); FU_ME,
 *   the e-mail only in `patron.email`, "by Thursday", recorded exactly 72 h after the end, written in UTC (16: contact
 *   fails, code and on_time pass);
 *  codes: a true Lost Call (17); Lost Call after two patron lines (18: fail); null with no provider (19); Practice (20); an
 *   empty string (30);
 *  transfers: a visible notice and an internal note that says why, to a Spanish-speaking colleague (23: pass); a notice
 *   with no internal note (24: fail);
 *  concurrency: three others overlapping in part, four open at 80-100 s (25: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt`, and another provider's session through it (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Ruth, chat librarian for Carroll County Public Library." identifies but has no greeting word (05: fail); Spanish
 *   "¡Hola, buenas! Habla Lucía, bibliotecaria" and "¡Hola! Hello! I'm Paloma" greet and identify (02, 09);
 * - "that's all i had", "es todo lo que necesitaba", "eso era todo" and "no more questions lol" say explicitly that the
 *   patron is done (03, 02, 09, 25); "yep", "nah", "ok great", "nope" alone do not, so ANY rests on the provider's question;
 * - "Still on it — the reviews I've found so far are pretty skeptical; I'm checking for one that sums up the studies."
 *   gives a partial result and says the search goes on: a hold (06), so the spans are 70 -> 160 = 90 s and 160 -> 280 =
 *   exactly 120 s, not longer;
 * - "Let me send you over to Wren … — one sec." announces the transfer: a hold, so the wait runs 60 -> 191 = 131 s (24);
 * - "Would you rather chat with a Spanish-speaking librarian?" asks about the format of the answer (its language), a
 *   question about the patron's situation that shapes it (23: clarify pass, with Isa's own question too);
 * - "Want me to pull together a list of picture books about letters too?" offers something not yet given, not a
 *   completeness question (12: fail); "Does that get you started?", "Is that close enough to the one you meant?",
 *   "Does that help you decide?", "Did that get it moving?", "that help?" ask whether what was given meets the need;
 * - "Have a great day!" says goodbye (08: courteous pass);
 * - "It seems the connection dropped, so I'm closing this chat" tells the patron they seem to have disconnected and that
 *   the session will end (17); with "You're welcome to message us again" it is a goodbye, so the final idle ends there;
 * - "Still there? If not, thanks for stopping by and happy writing!" asks whether the patron is still there, so by Terms it
 *   is not a goodbye: the final idle runs to `endedAt` (50 -> 173 = 123 s, ≥ 120: the check-in passes); it still thanks
 *   the patron, so courteous passes (29);
 * - "I'd phone Harford Typewriter Service" and "ask the folks at the Baltimore typewriter collectors meetup" tell the
 *   patron to contact an organisation with no way to reach it: referrals without contact (10, 07); the second party of 07
 *   fails it even though the first has a phone;
 * - "Visit the H. Furlong Baxter Library … 610 Park Avenue, Baltimore, MD 21201 … call ahead" gives a postal address (26:
 *   pass); "You'd contact a certified forensic document examiner — the American Board of Forensic Document Examiners keeps
 *   a directory at abfde.org" refers the patron to a specialist reachable through that URL (28: pass);
 * - Letters Against Isolation's site, "the site has a form to sign a resident up", and the Postal Museum's printable
 *   activities are web pages to use: sources, not referrals (29, 12); mccr.maryland.gov "explains what employers can base
 *   decisions on" is a page to read (21: na);
 * - "I'll check with the Elkridge programming staff and have someone there call you" and "I'll ask our genealogy
 *   librarian to try a transcription" are promises (follow-up sessions) through staff consulted on the patron's behalf,
 *   not referrals (15, 16);
 * - a follow-up recorded exactly 72 h after `endedAt` is within `followUpHours` (16: pass); the UTC `doneAt` is the same
 *   instant as its -05:00 form;
 * - `pickedUpAt` at 40 s is the pickup though the first visible line comes at 70 s (30: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (07 and 14, both followup.completeness). Label corrections: none (RUBRIC's
 * text reread; both questions ask whether what was already given meets the need).
 * Final: 28 running, 2 LEFT (LEFT_WHY).
 * Every timing check (pickup at 60 and 61 s, `pickedUpAt` before the first line, no provider; keep_informed at exactly 120
 * and at 121 s, across a partial-result hold, "take your time" and two transfers, 54 s and 131 s; final idles of 123, 179,
 * 180, 205 and 310 s; concurrency at four and at touching ends; on_time done at 40 h, at exactly 72 h in UTC, late at 90 h,
 * pending at day 1) scored as labelled on the first run, and every case scored the same once redacted.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 * ON v68 (block AH14): cases 07 ("Did that get it moving?") and 14 ("Is that close enough to the one you meant?") run, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number): Line => [sec, 's', 'Thanks for your patience — a librarian will be with you shortly.'];

const PRIYA: Prov = { id: 'priya-pn', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-pn', name: 'Lucía', library: 'MCPL' };
const OMAR: Prov = { id: 'omar-pn', name: 'Omar', library: 'AUN' };
const GRETA: Prov = { id: 'greta-pn', name: 'Greta', library: 'CCPL-CA' };
const RUTH: Prov = { id: 'ruth-pn', name: 'Ruth', library: 'CCPL-MD' };
const TOMAS: Prov = { id: 'tomas-pn', name: 'Tomas', library: 'AACPL' };
const VIKRAM: Prov = { id: 'vikram-pn', name: 'Vikram', library: 'BCPL' };
const NELL: Prov = { id: 'nell-pn', name: 'Nell', library: 'WPL' };
const PALOMA: Prov = { id: 'paloma-pn', name: 'Paloma', library: 'PGCMLS' };
const IAN: Prov = { id: 'ian-pn', name: 'Ian', library: 'AUN' };
const MAE: Prov = { id: 'mae-pn', name: 'Mae', library: 'HCPL-MD' };
const JUNE: Prov = { id: 'june-pn', name: 'June', library: 'SMCL' };
const KOFI: Prov = { id: 'kofi-pn', name: 'Kofi', library: 'AUN' };
const LENA: Prov = { id: 'lena-pn', name: 'Lena', library: 'FCPL-MD' };
const MARCUS: Prov = { id: 'marcus-pn', name: 'Marcus', library: 'HCLS' };
const NOOR: Prov = { id: 'noor-pn', name: 'Noor', library: 'BCPL' };
const QUINN: Prov = { id: 'quinn-pn', name: 'Quinn', library: 'TCFL' };
const SOL: Prov = { id: 'sol-pn', name: 'Sol', library: 'GCPL' };
const QUEUE: Prov = { id: 'queue-pn', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-pn', name: 'Trainee 4', library: 'TRN' };
const SOLVEIG: Prov = { id: 'solveig-pn', name: 'Solveig', library: 'TCFL' };
const THEO: Prov = { id: 'theo-pn', name: 'Theo', library: 'QACL' };
const DAN: Prov = { id: 'dan-pn', name: 'Dan', library: 'AUN' };
const ISA: Prov = { id: 'isa-pn', name: 'Isa', library: 'AUN' };
const EMIL: Prov = { id: 'emil-pn', name: 'Emil', library: 'AUN' };
const WREN: Prov = { id: 'wren-pn', name: 'Wren', library: 'AACPL' };
const FARAH: Prov = { id: 'farah-pn', name: 'Farah', library: 'AUN' };
const GIDEON: Prov = { id: 'gideon-pn', name: 'Gideon', library: 'EPFL' };
const HUGO: Prov = { id: 'hugo-pn', name: 'Hugo', library: 'CCPL-CE' };
const IRIS: Prov = { id: 'iris-pn', name: 'Iris', library: 'WCFL' };
const JONAH: Prov = { id: 'jonah-pn', name: 'Jonah', library: 'AUN' };
const KATE: Prov = { id: 'kate-pn', name: 'Kate', library: 'AUN' };

const s = session;

/** 16's follow-up: recorded exactly 72 h after its `endedAt` (175 + 5 s), written in UTC. */
const NOOR_DONE = new Date(T0 + (180 + 72 * HOUR) * 1000).toISOString();

export const PENS: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 dried Smith-Corona ribbon: "Good afternoon, you\'ve reached Ask a Librarian — this is Priya", model asked, Polt + typewriterdatabase.com, "that\'s everything"', [
    [0, 'p', 'Hi! I found an old Smith-Corona at a yard sale and the ribbon is totally dried out. how do I change it?'],
    [20, 'l', "Good afternoon, you've reached Ask a Librarian — this is Priya at Howard County Library System."],
    [27, 'l', "Do you know the model? It's usually printed above the keyboard or on the paper table."],
    [70, 'p', 'Sterling, i think from the 60s'],
    [78, 'l', "The Sterling takes a standard 1/2 inch ribbon on universal spools. The Typewriter Revolution by Richard Polt (in our catalog) shows how to thread one step by step, and the Typewriter Database has the Sterling's manual: typewriterdatabase.com."],
    [84, 'l', 'Did that get you what you needed?'],
    [130, 'p', "yes! that's everything, thank you!!"],
    [136, 'l', "You're welcome — enjoy the typewriter, and thanks for chatting!"],
  ], usual()),

  // 02 Spanish: a cursive workbook
  s(LUCIA, '02 letra cursiva para un niño de 8 años (Spanish): "¡Hola, buenas! Habla Lucía, bibliotecaria", age and language asked, a workbook in the catalogue, "es todo lo que necesitaba"', [
    [0, 'p', 'Buenas, quiero enseñarle letra cursiva a mi hijo en casa, ¿tienen libros o cuadernos?'],
    [24, 'l', '¡Hola, buenas! Habla Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [30, 'l', '¿Qué edad tiene su hijo, y prefiere materiales en español o en inglés?'],
    [70, 'p', '8 años, en ingles esta bien porque asi lo aprende en la escuela'],
    [78, 'l', "Le recomiendo el cuaderno 'Cursive Handwriting' de Handwriting Without Tears, para 3er grado. Lo puede reservar en nuestro catálogo: montgomerycountymd.gov/library."],
    [84, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si perfecto es todo lo que necesitaba'],
    [126, 'l', '¡Con mucho gusto! Gracias por usar Ask Us Now, que les vaya bien.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(OMAR, '03 Lamy Safari skipping after an ink change: pickup at exactly 60 s, cartridge or converter, gouletpens.com, "that\'s all i had"', [
    [0, 'p', 'my lamy safari keeps skipping after i switched inks. how do i clean it'],
    [60, 'l', 'hi there, Omar from the Ask Us Now librarians 🙂'],
    [66, 'l', 'Are you using a cartridge or the converter?'],
    [95, 'p', 'converter'],
    [102, 'l', "Flush it with cool water (a drop of dish soap if the old ink was a saturated one) until it runs clear, then let it dry nib-down on a paper towel. Goulet Pens has a walkthrough on their blog: gouletpens.com/blogs/fountain-pen-blog (search 'how to clean a fountain pen')."],
    [108, 'l', 'that help?'],
    [150, 'p', "yeah writing fine now. that's all i had"],
    [155, 'l', 'Great! Thanks for stopping by 😊'],
  ], usual()),

  // 04 pickup at 61 s
  s(GRETA, '04 DC Pen Show dates: pickup at 61 s, visitor or vendor, dcpenshow.com, "Need anything else?"', [
    [0, 'p', 'when is the DC pen show this year'],
    [61, 'l', "Hello! Greta at Calvert Library's Ask a Librarian service."],
    [67, 'l', 'Are you planning to go as a visitor or as a vendor?'],
    [100, 'p', 'visitor'],
    [106, 'l', 'The DC Pen Show is usually held in early August in Tysons, Virginia; this year\'s dates, hours and ticket prices are on dcpenshow.com.'],
    [112, 'l', 'Is that the info you were after?'],
    [150, 'p', 'yep'],
    [154, 'l', 'Need anything else?'],
    [170, 'p', 'nah'],
    [175, 'l', 'Enjoy the show — thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 identifies, greets no one
  s(RUTH, '05 sluggish Royal keys: "Ruth, chat librarian for Carroll County Public Library." (no greeting word), ifixit.com', [
    [0, 'p', 'keys on my royal quiet de luxe are really sluggish, what do i do'],
    [20, 'l', 'Ruth, chat librarian for Carroll County Public Library.'],
    [26, 'l', 'Is it every key, or just a few?'],
    [60, 'p', 'all of them, esp the ones on the left'],
    [68, 'l', "When every key drags, the segment slots are usually gummed up with old oil. iFixit has a step-by-step typewriter cleaning guide with photos at ifixit.com (search 'typewriter segment cleaning'): a little mineral spirits and a soft brush, no WD-40."],
    [74, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes'],
    [114, 'l', 'Anything else?'],
    [125, 'p', 'no thats all'],
    [130, 'l', 'Happy typing, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 90 s and exactly 120 s (a partial result that says the search goes on)
  s(TOMAS, '06 a handwriting sample with a job application: hold at 70, partial-result hold at 160, answer at 280 (exactly 120 s), Academic Search Complete', [
    [0, 'p', 'a company wants a HANDWRITTEN cover letter bc they "analyze handwriting" ... is that even legit??'],
    [20, 'l', "Hi! You're chatting with Tomas, a librarian at Anne Arundel County Public Library."],
    [26, 'l', 'Are you asking as the job seeker, or for an employer?'],
    [60, 'p', 'job seeker. its for an office job'],
    [70, 'l', 'Let me dig into the research on that for you.'],
    [160, 'l', "Still on it — the reviews I've found so far are pretty skeptical; I'm checking for one that sums up the studies."],
    [280, 'l', "Here it is: Neter and Ben-Shakhar's 1989 review of graphology studies found graphologists did no better than chance at predicting job performance. You can read it through Academic Search Complete on our research page, aacpl.net/research, with your library card."],
    [286, 'l', 'Does that answer what you were wondering?'],
    [330, 'p', "yeah that helps a lot. that's all i needed ty"],
    [336, 'l', 'Good luck with the application, and thanks for chatting!'],
  ], usual()),

  // 07 a hold answered 121 s later; two referrals, one without contact
  s(VIKRAM, '07 Olympia SM3 carriage stuck: "ok, one sec, pulling up a repair guide" answered 121 s later, a shop by phone and a meetup with nothing', [
    [0, 'p', 'the carriage on my olympia sm3 wont move when i type, it just sits there. help'],
    [30, 'l', 'Hi, Vikram at Baltimore County Public Library here.'],
    [36, 'l', 'Does it move when you press the carriage release lever, or is it stuck all the time?'],
    [70, 'p', 'moves with the lever, not when i type'],
    [78, 'l', 'ok, one sec, pulling up a repair guide for that'],
    [199, 'l', "Here we go: if it moves freely with the release but not when you type, the drawband has usually come off or gone slack. Ted Munk's repair notes at munk.org show how to reattach an SM3 drawband. If that doesn't do it, call Tom's Typewriter Repair at 410-555-0188, or ask the folks at the Baltimore typewriter collectors meetup."],
    [205, 'l', 'Did that get it moving?'],
    [260, 'p', 'drawband was off!! fixed it lol thank you'],
    [265, 'l', 'Awesome! Anything else I can help with?'],
    [280, 'p', "nope that's all"],
    [284, 'l', 'Happy typing, bye!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 08 sources at once, no question
  s(NELL, '08 ribbons for a 1960s portable: sources straight after the greeting with no question, "Have a great day!"', [
    [0, 'p', 'where can i even buy ribbons for a 1960s typewriter'],
    [12, 'l', 'Hi! Nell here, a librarian at Wicomico Public Libraries.'],
    [18, 'l', "Most 1960s portables take a universal half-inch ribbon on standard spools. Richard Polt's site, typewriterrevolution.com, keeps a list of current ribbon sellers, and his book The Typewriter Revolution (in our catalog) shows how to wind a new ribbon onto your old spools."],
    [24, 'l', 'Did that answer your question?'],
    [60, 'p', 'yes thank you so much!!'],
    [64, 'l', 'Is there something else I can look up for you?'],
    [80, 'p', 'no thats it :)'],
    [84, 'l', 'Have a great day!'],
  ], usual({ clarify: 'fail' })),

  // 09 partly Spanish; a plain answer, no source
  s(PALOMA, '09 cursiva en 3er grado (partly Spanish): "¡Hola! Hello! I\'m Paloma", public school asked, an answer with no source, "eso era todo"', [
    [0, 'p', 'hi, mi hija esta en 3er grado y no le enseñan cursiva. is cursive still required in maryland?'],
    [25, 'l', "¡Hola! Hello! I'm Paloma, a librarian at Prince George's County Memorial Library System."],
    [31, 'l', '¿Su hija está en una escuela pública del condado?'],
    [60, 'p', 'si, publica'],
    [68, 'l', 'In Maryland each county school system decides whether and when to teach cursive, so it varies; many schools start it in 3rd or 4th grade.'],
    [74, 'l', '¿Responde eso a su pregunta?'],
    [110, 'p', 'ok gracias'],
    [115, 'l', '¿Algo más en que la pueda ayudar?'],
    [130, 'p', 'no, eso era todo'],
    [134, 'l', '¡Que tenga buen día! Gracias por usar el servicio.'],
  ], usual({ source: 'fail' })),

  // 10 a referral with no contact
  s(IAN, '10 Remington typebars that stay up: Polt on Hoopla, "I\'d phone Harford Typewriter Service" with no number', [
    [0, 'p', "got my grandpa's Remington portable from the 30s, some keys dont come back up. can I fix it myself or do I need a shop"],
    [20, 'l', "Hi, this is Ian, librarian at AskUsNow!, Maryland's statewide chat."],
    [26, 'l', 'Do the keys stick on the way down, or do the typebars stay up against the platen?'],
    [60, 'p', 'the typebars stay up'],
    [68, 'l', "That's usually old oil gumming up the segment. The Typewriter Revolution by Richard Polt (in most county catalogs, and on Hoopla) has a cleaning chapter you can follow at home. If they still stick after that, I'd phone Harford Typewriter Service, they still work on prewar portables."],
    [74, 'l', 'Is that what you were after?'],
    [110, 'p', 'yes, think i can do it'],
    [114, 'l', 'Can I help with anything else?'],
    [125, 'p', 'no, ty'],
    [130, 'l', 'Take care, bye!'],
  ], usual({ referral: 'fail' })),

  // 11 "take your time"; a referral by e-mail and phone
  s(MAE, '11 a letter writing club: "No rush, take your time!" then the patron back 214 s later, a society by e-mail and the branch by phone', [
    [0, 'p', 'does the library have a letter writing club? i want to get back into writing real letters'],
    [18, 'l', 'Good afternoon and welcome! Mae here, from Harford County Public Library.'],
    [24, 'l', 'Which branch is closest to you, and are evenings or weekends better?'],
    [50, 'p', 'oh hang on let me check my work schedule, brb'],
    [56, 'l', 'No rush, take your time!'],
    [270, 'p', 'ok back. weekends, bel air branch'],
    [280, 'l', 'Bel Air holds a Letter Writing Social on the second Saturday of each month; it\'s listed at hcplonline.org/events. The group is run by the Bel Air Letter Society, so for supply swaps or their pen pal list, e-mail them at belairletters@example.org or call the branch at 410-555-0161.'],
    [286, 'l', 'Is that what you were hoping for?'],
    [330, 'p', "yes!! thats perfect, that's all I needed"],
    [335, 'l', 'Wonderful — enjoy the letters, and thanks for asking!'],
  ], usual({ referral: 'pass' })),

  // 12 an agency's web page (a source); an offer of more, no completeness question
  s(JUNE, '12 letter writing for a 9-year-old: postalmuseum.si.edu (a source, not a referral), "Want me to pull together a list …?" only', [
    [0, 'p', 'looking for activities to get my 9 yr old into letter writing'],
    [20, 'l', "Hi there! This is June, a librarian with St. Mary's County Library."],
    [26, 'l', 'Does she like crafts too, or mostly writing?'],
    [50, 'p', 'crafts yes, she loves stickers'],
    [58, 'l', "The Smithsonian's National Postal Museum has free printable letter-writing activities for kids, envelope templates included, at postalmuseum.si.edu/educators."],
    [64, 'l', 'Want me to pull together a list of picture books about letters too?'],
    [100, 'p', "no thats fine, that's everything, thank you!"],
    [105, 'l', 'Happy writing to you both, and thanks for chatting with us!'],
  ], usual({ complete: 'fail' })),

  // 13 follow-up by me, on time
  s(KOFI, '13 dating a Royal by its serial: FU_ME, e-mail typed and read back, "by Thursday afternoon", done at 40 h', [
    [0, 'p', 'how do i find out what year my royal typewriter was made? theres a serial on the frame'],
    [15, 'l', 'Hello, Kofi here — a librarian with Ask Us Now.'],
    [21, 'l', "What's the model name on it, and the serial number?"],
    [60, 'p', 'Royal Quiet De Luxe, serial A 1203456'],
    [68, 'l', 'The Typewriter Database has serial number tables by year: typewriterdatabase.com (choose Royal, then Quiet De Luxe). Does that get you started?'],
    [120, 'p', 'sort of, the table skips my range'],
    [128, 'l', "I can go through our print references on typewriter serials and e-mail you what I find. What's the best e-mail for you?"],
    [150, 'p', 'dmarsh.writes@example.com'],
    [156, 'l', "Got it: dmarsh.writes@example.com. I'll send what I find by Thursday afternoon."],
    [175, 'p', 'great thank you'],
    [180, 'l', 'Anything else before I let you go?'],
    [195, 'p', "no that's it"],
    [200, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 a promise to e-mail, coded Answered, no time
  s(LENA, '14 a 1935 Palmer Method workbook: "I\'ll scan a few pages and e-mail them", e-mail read back, no time, coded Answered', [
    [0, 'p', "my grandmother learned the Palmer Method in the 1930s, do you have the old workbook she'd have used?"],
    [22, 'l', "Hi! I'm Lena at Frederick County Public Libraries."],
    [28, 'l', 'Do you know roughly which year or edition?'],
    [60, 'p', 'maybe 1935?'],
    [68, 'l', "HathiTrust has earlier editions of The Palmer Method of Business Writing free to read at hathitrust.org (search 'Palmer method'). Is that close enough to the one you meant?"],
    [110, 'p', 'she had the 1935 one, do you have that one?'],
    [118, 'l', "Our Maryland Room has a 1935 copy! I'll scan a few pages and e-mail them to you. What address should I use?"],
    [140, 'p', 'ellie.p@example.net'],
    [146, 'l', 'Thanks, I have ellie.p@example.net.'],
    [160, 'p', 'amazing, thank you!!'],
    [165, 'l', 'Anything else?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Bye for now!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 15 follow-up by the patron's library, late
  s(MARCUS, '15 a nib-tuning workshop at Elkridge: FU_LIB, "410 555 0123" read back as 410-555-0123, "within 3 days", recorded at 90 h', [
    [0, 'p', 'my library had a fountain pen nib tuning workshop last year, is it happening again? elkridge branch'],
    [20, 'l', "Hi, Marcus at Howard County Library System's chat service."],
    [26, 'l', 'Was it the adult class or the teen one?'],
    [55, 'p', 'adult'],
    [62, 'l', "It isn't on the events calendar yet (hclibrary.org/events, filter by Elkridge). I'll check with the Elkridge programming staff and have someone there call you. What's a good number?"],
    [90, 'p', '410 555 0123'],
    [96, 'l', "So that's 410-555-0123 — someone from Elkridge will call you within 3 days."],
    [120, 'p', 'ok great'],
    [125, 'l', 'Did that answer your question for now?'],
    [150, 'p', 'yep'],
    [154, 'l', 'Anything else?'],
    [165, 'p', 'no thx'],
    [170, 'l', 'Have a nice evening, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 follow-up by me, e-mail only in the patron fields, done at exactly 72 h
  s(NOOR, '16 a great-grandfather\'s 1890s letter: FU_ME, e-mail only in patron.email, "by Thursday", recorded exactly 72 h after the end (UTC)', [
    [0, 'p', 'I have a letter from my great-grandfather from the 1890s and I cant read the handwriting at all'],
    [20, 'l', 'Hello! This is Noor, a librarian at Baltimore County Public Library.'],
    [26, 'l', 'Is it in English, and is it the letter shapes that are hard, or faded ink?'],
    [60, 'p', 'english, its the old style letters. like the s looks like an f'],
    [68, 'l', "That's the long s! The FamilySearch Research Wiki has free handwriting guides with alphabet charts: familysearch.org/en/wiki (search 'English handwriting'). Does that help you get going?"],
    [115, 'p', 'yes but some words I still cant get'],
    [122, 'l', "If you send a scan with our Ask a Librarian form, I'll ask our genealogy librarian to try a transcription and I'll e-mail it to you by Thursday."],
    [150, 'p', 'ok thank you so much'],
    [155, 'l', 'Anything else I can help with today?'],
    [170, 'p', "no that's all"],
    [175, 'l', 'Thanks for writing in, take care!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME,
    patron: { name: null, email: 'kwame.o@example.org', phone: null },
    followUps: [{ doneAt: NOOR_DONE }],
  }, { now: T0 + 5 * DAY }),

  // 17 a true Lost Call
  s(QUINN, '17 calligraphy books, Lost Call: greeting only, "Are you still there?" at 160, "It seems the connection dropped … message us again" at 338 (final idle 310 s)', [
    [0, 'p', 'do you have books on calligraphy with a fountain pen'],
    [28, 'l', 'Hi there, welcome to Ask Us Now! This is Quinn, a librarian at Talbot County Free Library.'],
    [160, 'l', 'Are you still there?'],
    [338, 'l', "It seems the connection dropped, so I'm closing this chat. You're welcome to message us again whenever you like — take care!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 Lost Call after two patron lines; a bare notice last
  s(SOL, '18 cursive and dyslexia, Lost Call after two patron lines: a question, the patron gone, check-in at 180, bare notice at 250 (final idle 205 s)', [
    [0, 'p', "my kid's teacher says cursive helps with dyslexia, is that true"],
    [35, 'p', 'hello??'],
    [50, 'l', "Hello! You've got Sol at Garrett County Public Library's Ask a Librarian."],
    [56, 'l', 'How old is your child, and has the school suggested a particular program?'],
    left(90),
    [180, 'l', 'Are you still with me?'],
    [250, 'l', "It looks like you've disconnected, so I'll be closing this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 no provider ever, code null
  s(QUEUE, '19 a typewriter for a paper form: a queue line, "anyone??", the patron leaves, no provider, code null', [
    [0, 'p', 'is there a typewriter I can use at the library? need to fill out a paper form'],
    queueLine(5),
    [95, 'p', 'anyone??'],
    left(140),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 Practice
  s(TRAINEE, '20 dipping a dip pen, Practice: a trainee\'s test chat', [
    [0, 'p', 'testing 1 2 3 — how do I ink a dip pen?'],
    [10, 'l', 'Hi, this is Trainee 4 at the Practice Library, testing the new scripts.'],
    [20, 'l', 'Dip just past the vent hole, then touch the back of the nib to the bottle rim.'],
    [30, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 "time's up"
  s(SOLVEIG, '21 a boss\'s graphologist: PsycINFO + mccr.maryland.gov (a page, not a referral), "chats are capped at 10 minutes and you\'ve used yours up … Bye."', [
    [0, 'p', "ok so my boss had a graphologist look at my handwriting and now says im 'not a team player'. is this even allowed?? also is graphology real"],
    [20, 'l', 'Hi, Solveig here with the Ask a Librarian service at Talbot County Free Library.'],
    [26, 'l', 'Which state do you work in?'],
    [45, 'p', 'maryland'],
    [55, 'l', "Graphology has very little scientific support; the studies are in the PsycINFO database, which you can search from tcfl.org/research. For your rights at work, the Maryland Commission on Civil Rights' site, mccr.maryland.gov, explains what employers may and may not base decisions on."],
    [61, 'l', 'Does that help so far?'],
    [580, 'p', 'kind of. but what if i handwrite my resume, and what pen do graphologists like, and can they tell if im lying, and'],
    [600, 'l', "Sorry, chats are capped at 10 minutes and you've used yours up, so I need to end here. Bye."],
    [608, 'p', 'wow. seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 22 the allowed "other patrons waiting"
  s(THEO, '22 a first pen show, then a long list: "I have other patrons waiting in the queue right now, so I\'ll stop here — but please chat back in later"', [
    [0, 'p', 'hi!! going to my first pen show, what should i bring'],
    [15, 'l', "Hey, welcome to Ask Us! I'm Theo, librarian at Queen Anne's County Library."],
    [21, 'l', 'Which show is it?'],
    [40, 'p', 'the DC one in august'],
    [48, 'l', "The show's site, dcpenshow.com, has a first-timer page: bring cash, a loupe and a pad of paper for testing nibs. Does that help?"],
    [90, 'p', 'yes! ok next q, how do i spot a fake vintage pen, and what nib grind should i get, and is restoring worth it, and what do nibmeisters charge, and what ink is safe in a 1940s pen'],
    [110, 'l', "Those are all great questions! I have other patrons waiting in the queue right now, so I'll stop here — but please chat back in later and we'll gladly go through the rest."],
    [125, 'p', 'oh ok np'],
    [130, 'l', 'Thanks for understanding, bye for now!'],
  ], usual({ anything: 'fail' })),

  // 23 Spanish, a transfer with a notice and an internal note
  s(DAN, '23 tinta para caligrafía (Spanish): a Spanish-speaker offered, notice + internal note, transfer to Isa, Shepherd + pilotpen.us', [
    [0, 'p', 'hola, busco tinta para pluma fuente que sirva para caligrafía, cuál me recomiendan?'],
    [25, 'l', 'Hi, this is Dan with Ask Us Now! I see you wrote in Spanish — would you rather chat with a Spanish-speaking librarian?'],
    [50, 'p', 'si por favor'],
    [56, 'l', "Okay, one moment while I transfer you to my colleague Isa, who speaks Spanish."],
    [59, 'i', 'Spanish-speaking patron, wants fountain pen ink for calligraphy; passing to Isa for the language'],
    xfer(62, 'Isa', 'isa-pn'),
    [110, 'l', '¡Hola! Soy Isa, bibliotecaria de Ask Us Now. ¿Qué estilo de caligrafía practica, y con qué pluma?', as(ISA)],
    [150, 'p', 'itálica, con una pilot parallel'],
    [158, 'l', "Para la Pilot Parallel use tinta para pluma fuente a base de agua, nunca tinta china, que la tapa. Pilot explica cómo cargarla y limpiarla en pilotpen.us (busque 'Parallel Pen'), y 'Learning Calligraphy' de Margaret Shepherd está en nuestro catálogo.", as(ISA)],
    [164, 'l', '¿Le sirve esa información?', as(ISA)],
    [200, 'p', 'si gracias, es todo'],
    [205, 'l', '¡Perfecto! Gracias por escribirnos y feliz caligrafía.', as(ISA)],
  ], usual({ transfer: 'pass' })),

  // 24 a transfer with a notice and no internal note; the receiver 131 s after it
  s(EMIL, '24 typewriter history essay: "Let me send you over to Wren … one sec." with no internal note, Wren 131 s later', [
    [0, 'p', 'hey i need sources on the history of the typewriter for a school essay, due friday'],
    [18, 'l', "Hi! I'm Emil, a librarian at Ask Us Now."],
    [24, 'l', 'What grade is the essay for, and do you need print or online sources?'],
    [55, 'p', '10th grade, online is fine'],
    [60, 'l', 'Let me send you over to Wren, our homework help specialist tonight — one sec.'],
    xfer(65, 'Wren', 'wren-pn'),
    [191, 'l', 'Hey, Wren here! Sorry for the wait.', as(WREN)],
    [197, 'l', "Student Resources in Context has good articles on it — it's on our research page at aacpl.net/research — and the Smithsonian's typewriter collection at americanhistory.si.edu (search 'typewriter') has photos you can cite.", as(WREN)],
    [203, 'l', 'Does that cover what you need?', as(WREN)],
    [240, 'p', 'ya thx'],
    [244, 'l', 'Anything else I can help with?', as(WREN)],
    [260, 'p', 'nope'],
    [264, 'l', 'Good luck with it, bye!', as(WREN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 25 four open at once
  s(FARAH, '25 EF or F for small handwriting: three others overlapping in part, four open at 80-100 s', [
    [0, 'p', 'EF or F nib for really small handwriting?'],
    [16, 'l', 'Hi! Farah, librarian at Ask Us Now, here to help.'],
    [22, 'l', 'Is it a Japanese pen or a European one? Their sizes run differently.'],
    [50, 'p', 'idk, thinking of buying a pilot metropolitan'],
    [58, 'l', "Pilot is Japanese, so its F writes about like a European EF, usually fine enough for small writing. Goulet Pens' Nib Nook at gouletpens.com shows writing samples side by side."],
    [64, 'l', 'Does that help you decide?'],
    [100, 'p', 'yes F it is! no more questions lol'],
    [104, 'l', 'Enjoy the new pen — bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'farah-pn', -200, 100), other('f2', 'farah-pn', 50, 400), other('f3', 'farah-pn', 80, 150)],
  }),

  // 26 three at most; a referral by postal address
  s(GIDEON, '26 1800s letters to see in Baltimore: a research library by postal address, touching sessions and another provider\'s (three at most)', [
    [0, 'p', 'where could i see original handwritten letters from the 1800s in baltimore? for a project on penmanship'],
    [18, 'l', "Good evening! I'm Gideon, a librarian at the Enoch Pratt Free Library."],
    [24, 'l', 'Do you want to see them in person, or would digitized letters work too?'],
    [50, 'p', 'in person if possible'],
    [58, 'l', 'Visit the H. Furlong Baxter Library at the Maryland Center for History and Culture, 610 Park Avenue, Baltimore, MD 21201; they hold thousands of family letters, so call ahead for an appointment. Letters in our own Special Collections are searchable in the catalog at prattlibrary.org.'],
    [64, 'l', 'Does that give you what you need?'],
    [100, 'p', 'yes perfect thanks'],
    [104, 'l', 'Anything else I can do?'],
    [115, 'p', "nope that's it"],
    [119, 'l', 'Thanks, and enjoy the archives!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [
      other('g1', 'gideon-pn', -300, 0), other('g2', 'gideon-pn', -50, 150), other('g3', 'gideon-pn', 20, 500),
      other('g4', 'gideon-pn', 124, 600), other('h1', 'hugo-pn', 0, 300),
    ],
  }),

  // 27 notice with thanks exactly 180 s after the answer, no check-in
  s(HUGO, '27 addressing wedding envelopes by dip pen: answer at 60, "It looks like you\'ve disconnected … Thanks for writing in!" at 240, no check-in', [
    [0, 'p', 'hi, how do you address wedding invitation envelopes properly? doing them by hand w a dip pen'],
    [20, 'l', "Good morning, Hugo at Cecil County Public Library's ask-a-librarian desk."],
    [26, 'l', 'Are you using inner and outer envelopes, or just one?'],
    [50, 'p', 'just one'],
    [60, 'l', "With one envelope, write the guests' full names and titles on the first line, spelled out (no abbreviations except Mr., Mrs., Ms., Dr.). The Emily Post Institute's page on addressing wedding invitations at emilypost.com walks through couples and families. Does that help?"],
    [240, 'l', "It looks like you've disconnected, so I'll close the chat now. Thanks for writing in!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 28 check-in, no goodbye, final idle 179 s; a referral through a directory URL
  s(IRIS, '28 a will signature: a document examiner via abfde.org, "Hi, are you still there?" at 150, ended at 249 (final idle 179 s)', [
    [0, 'p', "can handwriting analysis prove a signature on a will is fake? my uncle's will looks off"],
    [22, 'l', 'Hi, Iris here — librarian at Washington County Free Library. Sorry to hear about your uncle.'],
    [28, 'l', 'Are you thinking of contesting the will in Maryland?'],
    [60, 'p', 'yes, in hagerstown'],
    [70, 'l', "Graphology (reading personality from handwriting) isn't accepted in court, but forensic document examination is. You'd contact a certified forensic document examiner — the American Board of Forensic Document Examiners keeps a directory at abfde.org — and the People's Law Library explains contesting a will at peoples-law.org. Did that help?"],
    [150, 'l', 'Hi, are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', referral: 'pass' }), { endAfter: 99 }),

  // 29 a check-in that thanks: not a goodbye, final idle 123 s
  s(JONAH, '29 pen pals for an 82-year-old: answer at 50, "Still there? If not, thanks for stopping by and happy writing!" at 168, end at 173', [
    [0, 'p', 'is there a pen pal program for seniors? my mom is 82 and loves writing letters'],
    [14, 'l', "Hello! I'm Jonah, one of the librarians at Ask Us Now."],
    [20, 'l', 'Is she in a care home, or living on her own?'],
    [40, 'p', 'assisted living in towson'],
    [50, 'l', 'Letters Against Isolation sends handwritten letters from volunteers to seniors in care homes, and she can write back; the site, lettersagainstisolation.com, has a form to sign a resident up. Is that the kind of thing you had in mind?'],
    [168, 'l', 'Still there? If not, thanks for stopping by and happy writing!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 30 pickedUpAt before the first line; an angry patron has the last word; code ""
  s(KATE, '30 a clogged Parker 51: pickedUpAt at 40 s, first line at 70, richardspens.com, the patron\'s "that\'s all i needed" last, code ""', [
    [0, 'p', 'THIRD time trying this chat. does anyone actually work here?? need to get dried ink out of a vintage parker 51'],
    [70, 'l', "Hi, sorry about the wait! I'm Kate, a librarian with Ask Us Now."],
    [76, 'l', 'Is it a Vacumatic (plunger at the end) or an Aerometric with the squeeze bar?'],
    [120, 'p', 'squeeze bar i think'],
    [130, 'l', "For an Aerometric, soak just the front section in plain cool water overnight, then squeeze water in and out until it runs clear; don't use alcohol on the sac. Richard Binder's reference pages at richardspens.com have a full article on flushing pens."],
    [136, 'l', 'Did that clear it up?'],
    [190, 'p', "ugh fine. yes. that's all i needed"],
  ], usual({ courteous: 'fail', code: 'fail' }), { resolutionCode: '', pickedUpAt: at(40) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => PENS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-seventh round: typewriters, fountain pens and handwriting, checked', () => {
  describeSessions('whole sessions', PENS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', PENS.filter((c) => c.name in LEFT_WHY));
});
