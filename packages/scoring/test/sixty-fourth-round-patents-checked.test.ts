/**
 * Sixty-fourth round, theme PATENTS, TRADEMARKS AND COPYRIGHT REGISTRATION FOR SMALL INVENTORS AND BUSINESSES, checked: 30
 * whole sessions no one had written, from public library and statewide "ask a librarian" chats: patent searches and the
 * PTRCs (a folding dog ramp in Sunnyvale, the nearest PTRC to Round Rock, CPC codes for a kayak paddle clip, free prior-art
 * databases), provisional and design patents (cost, drawings versus photos, a lamp), maintenance fees and patent term,
 * pro bono patent help in Towson, an invention promotion scam, a BBQ-sauce recipe, trademarks (an Ohio LLC name, a bakery
 * in Los Angeles and a nail salon in Miami in Spanish, a San Antonio food truck in Spanish, coffee-roaster classes, a
 * clearance search before printing T-shirts, a DBA in DC, an office action, the ® before registration, an assignment when
 * selling a business, a Nike logo on a school poster) and copyright registration (a song, 300 unpublished photos, a poem on
 * a blog, a mural in partly Spanish, a novel stuck for 7 months, a crochet pattern resold on Etsy). Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFourthRoundPatents-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! Marisol here, reference librarian at …" (01); "Hi — Dante with …" (02); Spanish "Buenos días,
 *   soy Valeria, bibliotecaria de …" (03), "Hola, buenas tardes. Le saluda Cruz, bibliotecario de …" (20), "Hola, buenas
 *   noches, soy Elena, bibliotecaria del …" (25); bilingual "¡Hola! Soy Lorena, bibliotecaria de … Happy to help in English
 *   or Spanish." (14); "Thanks for contacting Allen County Public Library, this is Vance." (13); "Hi, welcome to Chicago
 *   Public Library chat! Oksana here." (28); "Hey, good afternoon! Tomás here" (08); pickup at exactly 60 s (04: pass) and at
 *   61 s (05: fail); "Hello! 😊 What can I help you find today?" + a contract question under the screen name "ipdesk" (06:
 *   greets, names no one: fail);
 *  inquiry: patent numbers or just the idea, Ohio only or across state lines, already using the name, filing alone or with
 *   an attorney, music/lyrics/recording, published or unpublished, in person or virtual, beans or café, income cutoff,
 *   "nonfinal" and the deadline, utility or design, eCO and the case number; the first sources given before "What's the
 *   invention, in a sentence?" (09: fail);
 *  waits: "Let me look up the current fees." answered exactly 120 s later (07: pass); "Hang on, checking the PTRC list …" with
 *   the patron's "hello??" inside the wait, answered 121 s after the hold (08: fail, a patron message does not restart it);
 *   a transfer notice answered 84 s later by the receiver (29: pass); a silent transfer, the receiver 135 s after the patron,
 *   an internal note and the transfer event inside the wait (30: fail);
 *  endings: final idle of exactly 120 s ending on "u still with me?" (22: check-in pass, courteous fail); 179 s to a goodbye
 *   after "Are you still there?" (23: notice na); exactly 180 s to a notice that thanks and invites back, no check-in (24: idle
 *   fails, notice passes); a true Lost Call in Spanish, "¿Sigue conectado?" and "Parece que se perdió la conexión, así que
 *   cerraré esta sesión" without thanks (25: 220 s, both pass, courteous fails); "We cap chats at three questions and you've
 *   reached it, so I'm ending the session here." (13: dismissal and courteous fail); "several people waiting in the queue …
 *   Could you chat back in later for the rest?" (14: allowed); the patron's "👋", "wow ok", "ok gracias" as the last line
 *   (12, 13, 14); patron-side "perfect, thats everything", "nope thats all", "si, es todo", "no more questions for now",
 *   "ya thats it for now", "that is everything", "eso es todo", and "yes thanks!!", "yes thank you", "ok" that do not count;
 *  sources: USPTO pages (ppubs.uspto.gov, tmsearch.uspto.gov, idm-tmng.uspto.gov, fees.uspto.gov, assignmentcenter.uspto.gov,
 *   uspto.gov/ptrc and the provisional, design-guide, scam-prevention, pro bono, trade-secret, office-action and MPEP pages),
 *   copyright.gov (registration, fees, Circular 9, processing times), patents.google.com and Espacenet, consumer.ftc.gov,
 *   dlcp.dc.gov, fairuse.stanford.edu, etsy.com/legal/ip, a library PTRC guide; no source at all, an answer from knowledge
 *   (10: fail);
 *  referrals: "call our business librarian at 512-555-0130" (08: own library, by phone); the Copyright Office's Public
 *   Information Office at (202) 707-3000 (19); "stop by our Business & Career Center … or call them at 402-555-0144" (21);
 *   "le conviene hablar con el Small Business Development Center de su condado" (20: no contact, fail); a program that "may
 *   match you with a volunteer attorney" with its page (16) and "a librarian at your home library … will call you" (17): no
 *   referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 30 h after the end (15: pass); an e-mail promise read
 *   back, "tomorrow", coded Answered (16: code fails, contact passes, pending); FU_LIB with the phone typed by the patron and
 *   no time, done after 80 h (17: contact and on_time fail, code passes); FU_ME with no contact anywhere, unrecorded at day
 *   4 (18: code, contact and on_time fail);
 *  codes: Practice (27); a true Lost Call (25); Lost Call after three patron messages and a real answer (26: fail); null (28);
 *   none in the source (21: na);
 *  transfers: notice + internal note that says why (29: pass); internal note only, silent (30: fail);
 *  concurrency: three others open at once over this one (12: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (19: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey, good afternoon!", "Hi —", "Hola, buenas tardes/noches", "Buenos días", "¡Hola!" greet; "Le saluda Cruz, bibliotecario
 *   de …", "soy Valeria, bibliotecaria de …", "Oksana here" after "welcome to Chicago Public Library chat" identify;
 *   "What can I help you find today?" is the greeting's offer of help, not a question about the need, and a screen name
 *   ("ipdesk") identifies no one;
 * - "Is that what you needed to get going?", "Did that clear it up?", "¿Responde esto a su pregunta?", "¿Le ayuda esto?",
 *   "¿Le sirve esta información?", "Does that work for you?" (08) and "Was the office action page helpful?" ask whether what
 *   was given meets the need;
 * - "si, es todo", "eso es todo", "no more questions for now", "ya thats it for now", "that is everything" say explicitly
 *   that the patron is done; "yes thanks!!", "yes thank you", "ok", "ok gracias" do not;
 * - "Glad it helped, take care!" (12) and "Bye for now — chat back if you have more questions!" (26) say goodbye; "Could
 *   you chat back in later for the rest? We'd be glad to pick it up then." (14) invites the patron back; "Parece que se
 *   perdió la conexión, así que cerraré esta sesión." (25) only announces the end (not a goodbye) while telling the patron
 *   they seem disconnected; "Looks like we got disconnected, so I'm closing this chat. Thanks, and come back anytime!" (24)
 *   is both the notice and a goodbye, so the final idle ends at it (exactly 180 s);
 * - "call our business librarian at 512-555-0130" and "stop by our Business & Career Center … or call them" tell the patron
 *   to contact the provider's own library's departments: referrals, each with a phone; "The closest Patent and Trademark
 *   Resource Center is at Texas A&M" (08) only informs; "the USPTO's Patent Pro Bono Program may match you with a volunteer
 *   attorney; … are at uspto.gov/…" (16) points to a program's page without telling the patron to contact anyone: a source,
 *   no referral; "A librarian at your home library … can go over the letter with you. I'll pass your details to them and
 *   they'll call you." (17) is the library contacting the patron: no referral; "una marca estatal ante el Secretario de
 *   Estado es más barata" (20) informs, while "le conviene hablar con el Small Business Development Center de su condado"
 *   tells the patron to talk to an organisation: a referral with no way to reach it;
 * - an answer from the librarian's own knowledge with no URL, database, book or reachable organisation is a substantive
 *   exchange with no source (10), and the completeness question after that answer still passes ("in or after the first
 *   message that gives a source or answer");
 * - "Hang on, checking the PTRC list for Central Texas." is a hold; "I'm passing you to my colleague Hana … — one moment."
 *   announces a transfer (a hold); "I'd like to pull the subgroups … and e-mail them to you by Wednesday" (15) and "I'll
 *   find out and get back to you on that part" (18) are follow-up promises, not holds;
 * - `resolutionCode: undefined` is a field left out (21: the source has no codes, na); `null` is a missing code (28: fail);
 * - a `followUps` entry 30 h (15) after `endedAt` is within 72 h, one 80 h after (17) is late.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * before anything ran). First run as labelled / disagreeing: 27 / 3 (closing.courteous in 14; referral.contact in 16 and
 * 17). Label corrections: 0 (each of the three reread against RUBRIC's closing.courteous, the Referral term and
 * referral.contact: the labels stand).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - closing.courteous, case 14: "Could you chat back in later for the rest? We'd be glad to pick it up then." read as no
 *    invitation back (fail; RUBRIC pass: one of the last two provider messages invites the patron back);
 *  - referral.contact, case 16: "the USPTO's Patent Pro Bono Program may match you with a volunteer attorney; the overview and
 *    the regional program list are at uspto.gov/…" read as a referral with a URL (pass; RUBRIC na: a program's page pointed
 *    to, nobody the patron is told to contact or visit);
 *  - referral.contact, case 17: "A librarian at your home library, Frederick County, can go over the letter with you. I'll
 *    pass your details to them and they'll call you." read as a referral with no contact (fail; RUBRIC na: the library will
 *    call the patron, who is not told to contact or visit it).
 * Every timing check (pickup at exactly 60 s and at 61 s; keep_informed at exactly 120 s after a hold, 121 s with a patron
 * message inside the wait, 84 s after a transfer notice, 135 s across an internal note and a silent transfer; final idles
 * of 120, 179, 180 and 220 s; concurrency at four and at touching ends; on_time done at 30 h, at 80 h, unrecorded past the
 * deadline and pending) and every code (Practice, a true Lost Call, Lost Call after three patron messages, null, no codes in
 * the source, a promise under Answered, follow-up codes with and without a contact) scored as labelled on the first run.
 * The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron
 * phone typed only; library and office phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running as labelled, 3 through describeLeft). tsc clean (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): case 14's "Could you chat back in
 *   later for the rest?" invites the patron back (X21) and case 17's "I'll pass your details to them and they'll call you" is no
 *   referral (X28); both run; 29 running, 1 LEFT (16).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-p', name: 'Marisol', library: 'SVPL' };
const DANTE: Prov = { id: 'dante-p', name: 'Dante', library: 'CML-OH' };
const VALERIA: Prov = { id: 'valeria-p', name: 'Valeria', library: 'LAPL' };
const ABE: Prov = { id: 'abe-p', name: 'Abe', library: 'DEL-AAL' };
const HOLLIS: Prov = { id: 'hollis-p', name: 'Hollis', library: 'NPL-TN' };
const DESK: Prov = { id: 'ipdesk-p', name: 'ipdesk', library: 'SLCL' };
const BRIGID: Prov = { id: 'brigid-p', name: 'Brigid', library: 'MPL-WI' };
const TOMAS: Prov = { id: 'tomas-p', name: 'Tomás', library: 'APL-TX' };
const OREN: Prov = { id: 'oren-p', name: 'Oren', library: 'AAL-FL' };
const PEARL: Prov = { id: 'pearl-p', name: 'Pearl', library: 'JCPL' };
const SUNIL: Prov = { id: 'sunil-p', name: 'Sunil', library: 'SPL-WA' };
const GRETA: Prov = { id: 'greta-p', name: 'Greta', library: 'HPL-CT' };
const VANCE: Prov = { id: 'vance-p', name: 'Vance', library: 'ACPL' };
const LORENA: Prov = { id: 'lorena-p', name: 'Lorena', library: 'PCL-AZ' };
const JUNE: Prov = { id: 'june-p', name: 'June', library: 'AUN' };
const REGGIE: Prov = { id: 'reggie-p', name: 'Reggie', library: 'BCPL' };
const ALMA: Prov = { id: 'alma-p', name: 'Alma', library: 'AUN' };
const FELIX: Prov = { id: 'felix-p', name: 'Felix', library: 'EPFL' };
const NADIA: Prov = { id: 'nadia-p', name: 'Nadia', library: 'NYPL' };
const CRUZ: Prov = { id: 'cruz-p', name: 'Cruz', library: 'SAPL' };
const WES: Prov = { id: 'wes-p', name: 'Wes', library: 'OPL-NE' };
const IMANI: Prov = { id: 'imani-p', name: 'Imani', library: 'DCPL' };
const LARS: Prov = { id: 'lars-p', name: 'Lars', library: 'HCL-MN' };
const TESS: Prov = { id: 'tess-p', name: 'Tess', library: 'MCPL-MD' };
const ELENA: Prov = { id: 'elena-p', name: 'Elena', library: 'MDPLS' };
const BARNABY: Prov = { id: 'barnaby-p', name: 'Barnaby', library: 'KCPL' };
const TRAINEE: Prov = { id: 'trainee-p', name: 'Trainee 7', library: 'TRN' };
const OKSANA: Prov = { id: 'oksana-p', name: 'Oksana', library: 'CPL-IL' };
const RUTH: Prov = { id: 'ruth-p', name: 'Ruth', library: 'SLPL' };
const HANA: Prov = { id: 'hana-p', name: 'Hana', library: 'SLPL' };
const COLM: Prov = { id: 'colm-p', name: 'Colm', library: 'BPL-MA' };
const PRIYA: Prov = { id: 'priya-p', name: 'Priya', library: 'BPL-MA' };

const s = session;

export const sixtyFourthRoundPatents: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 a first patent search at the PTRC (Sunnyvale): "Good morning! Marisol here", ppubs.uspto.gov, "perfect, thats everything"', [
    [0, 'p', 'hi i invented a kind of folding dog ramp for trucks and want to know if its already patented. where do i even start'],
    [21, 'l', 'Good morning! Marisol here, reference librarian at Sunnyvale Public Library.'],
    [27, 'l', 'Do you have any patent numbers or company names to start from, or just the idea itself?'],
    [66, 'p', 'just the idea lol'],
    [73, 'l', "No problem. Start with keywords in Patents Public Search at ppubs.uspto.gov (try \"ramp\" with \"vehicle\" and \"pet\"), then note the CPC classification codes on the closest hits and search those codes too — that catches patents that use different words. Our PTRC guide walks through it: svpl.org/patents."],
    [79, 'l', 'Is that what you needed to get going?'],
    [120, 'p', 'perfect, thats everything. ty!'],
    [126, 'l', 'Good luck with the ramp, and thanks for chatting with us!'],
  ], usual()),

  // 02 an LLC name versus a federal trademark
  s(DANTE, '02 my LLC is registered so is the name protected?: "Hi — Dante with Columbus Metropolitan Library", tmsearch.uspto.gov, "Did that clear it up?", "Anything more"', [
    [0, 'p', 'i registered my LLC with the state of ohio. does that mean nobody else can use my business name??'],
    [18, 'l', 'Hi — Dante with Columbus Metropolitan Library, happy to help with this.'],
    [24, 'l', "Are you selling only in Ohio, or online / across state lines?"],
    [60, 'p', 'online mostly, candles'],
    [68, 'l', "Registering the LLC only keeps another Ohio business from registering the identical entity name. It doesn't give trademark rights in the brand. For nationwide protection you'd look at a federal trademark: first search existing marks at tmsearch.uspto.gov, then the filing steps are on uspto.gov/trademarks/basics. Did that clear it up?"],
    [110, 'p', 'ok yeah makes sense'],
    [115, 'l', 'Anything more I can dig into for you?'],
    [140, 'p', 'nope thats all'],
    [145, 'l', 'Great, take care and good luck with the candles!'],
  ], usual()),

  // 03 Spanish
  s(VALERIA, '03 registrar la marca de una panadería (Spanish): "Buenos días, soy Valeria, bibliotecaria", uspto.gov/trademarks, "sí, es todo"', [
    [0, 'p', 'buenos dias, quiero registrar el nombre de mi panaderia como marca, cuanto cuesta y donde se hace?'],
    [25, 'l', 'Buenos días, soy Valeria, bibliotecaria de la Biblioteca Pública de Los Ángeles. Con mucho gusto la ayudo.'],
    [31, 'l', '¿Ya está usando el nombre en su negocio, o todavía no abre la panadería?'],
    [75, 'p', 'ya lo uso hace 2 años en el local y en instagram'],
    [82, 'l', 'Entonces puede presentar la solicitud federal por "uso en comercio". Se hace en línea en la USPTO: uspto.gov/trademarks (Apply for a trademark). La tarifa base es de $350 por clase. Antes, busque si alguien ya tiene un nombre parecido en tmsearch.uspto.gov.'],
    [88, 'l', '¿Responde esto a su pregunta?'],
    [130, 'p', 'si, es todo, muchas gracias!!'],
    [136, 'l', 'Gracias a usted por escribirnos. ¡Mucho éxito con la panadería!'],
  ], usual()),

  // 04 pickup exactly 60 s
  s(ABE, '04 what a provisional patent application buys you: pickup at exactly 60 s, "Hi, thanks for waiting — I\'m Abe, a librarian", uspto.gov provisional page', [
    [0, 'p', 'whats the difference between a provisional patent and a real one, is the provisional cheaper'],
    [60, 'l', "Hi, thanks for waiting — I'm Abe, a librarian with Delaware's Ask a Librarian service."],
    [66, 'l', 'Are you planning to file on your own, or working with a patent attorney or agent?'],
    [100, 'p', 'on my own for now, money is tight'],
    [107, 'l', "A provisional application is cheaper and simpler: no claims required, and it holds a filing date for 12 months. But it's never examined and expires unless you file the full nonprovisional application within that year. The USPTO explains it at uspto.gov/patents/basics/apply/provisional-application. Does that answer it?"],
    [150, 'p', "yes that's all I needed thank u"],
    [155, 'l', 'Glad I could help. Goodbye!'],
  ], usual()),

  // 05 pickup 61 s
  s(HOLLIS, '05 copyrighting a song (Nashville): pickup at 61 s, "music, lyrics or recording?", copyright.gov eCO', [
    [0, 'p', 'how do i copyright a song i wrote'],
    [61, 'l', 'Hello, Hollis at Nashville Public Library here. Sorry about the wait!'],
    [67, 'l', 'Is it the music and lyrics you want to register, or also a recording you made of it?'],
    [100, 'p', 'both i guess, i recorded it at home'],
    [106, 'l', 'Then one registration for a "sound recording" can cover the song and the recording if you own both. You file online through the Copyright Office\'s eCO system: copyright.gov/registration (Sound Recordings). The fee is $45 to $65 depending on the form.'],
    [112, 'l', 'Does that help?'],
    [150, 'p', 'yes great thats all'],
    [155, 'l', 'Thanks for chatting, and good luck with the song!'],
  ], usual({ pickup: 'fail' })),

  // 06 greets but names nobody
  s(DESK, '06 an invention promotion company wants $3,000 (inventor scam): "Hello! 😊 What can I help you find today?" under the screen name "ipdesk", no name or library', [
    [0, 'p', 'a company called out to me after I filled out a form online, they want $3000 to "market my invention". is this legit?'],
    [14, 'l', 'Hello! 😊 What can I help you find today?'],
    [20, 'l', 'Has the company asked you to sign a contract yet, or only to pay up front?'],
    [55, 'p', 'they sent a contract and want the money first'],
    [61, 'l', "That's a common pattern in invention promotion scams. Before you pay, read the USPTO's scam prevention page at uspto.gov/patents/scam-prevention, which lists complaints filed against promoters, and the FTC's advice at consumer.ftc.gov (search \"invention promotion\")."],
    [66, 'l', 'Did this help?'],
    [100, 'p', 'yes. wow glad I asked'],
    [105, 'l', 'Anything else?'],
    [120, 'p', 'no'],
    [124, 'l', 'Take care, bye!'],
  ], usual({ greeting: 'fail' })),

  // 07 a hold answered exactly 120 s later
  s(BRIGID, '07 copyright fees for a photo batch (Milwaukee): "Let me look up the current fees." answered exactly 120 s later, copyright.gov/about/fees', [
    [0, 'p', 'how much to register copyright on like 300 photos? do i pay per photo'],
    [16, 'l', "Hi there, this is Brigid at Milwaukee Public Library's chat."],
    [22, 'l', 'Are the photos published (posted for sale or licensing), or unpublished?'],
    [55, 'p', 'unpublished, just my archive'],
    [60, 'l', 'Let me look up the current fees.'],
    [180, 'l', "Good news: the Group Registration for Unpublished Photographs covers up to 10 photos per application, for one fee. The fees are listed at copyright.gov/about/fees.html and the group option is explained at copyright.gov/registration/photographs. Is that what you were looking for?"],
    [230, 'p', 'yes thats all i needed'],
    [235, 'l', 'Wonderful, thanks for stopping by!'],
  ], usual()),

  // 08 a hold answered 121 s later, the patron's "hello??" inside it; a PTRC by phone
  s(TOMAS, '08 the nearest PTRC to Round Rock: "hang on, checking the PTRC list" at 60, patron "hello??" at 150, answer at 181 (121 s), a PTRC librarian by phone', [
    [0, 'p', 'is there a patent library near round rock tx? i want someone to show me how to search'],
    [20, 'l', "Hey, good afternoon! Tomás here, librarian at Austin Public Library."],
    [26, 'l', 'Would you rather go in person, or is a virtual appointment OK?'],
    [55, 'p', 'in person pls'],
    [60, 'l', 'Hang on, checking the PTRC list for Central Texas.'],
    [150, 'p', 'hello??'],
    [181, 'l', "Sorry for the wait! The closest Patent and Trademark Resource Center is at Texas A&M, but our Central Library also does one-on-one patent search sessions. The USPTO's PTRC directory is at uspto.gov/ptrc. For an appointment here, call our business librarian at 512-555-0130. Does that work for you?"],
    [220, 'p', 'yes perfect, thats all'],
    [226, 'l', 'Thanks for chatting, good luck with the search!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 09 the source before the question
  s(OREN, '09 how to do a prior-art search (chat-speak): patents.google.com given first, then "whats the invention in a sentence?"', [
    [0, 'p', 'how do u do a prior art search for free'],
    [19, 'l', 'Hi, this is Oren with Ask a Librarian Florida.'],
    [25, 'l', "Free options: Google Patents (patents.google.com) searches US and foreign patents plus some non-patent literature, and Espacenet (worldwide.espacenet.com) covers 150+ million documents worldwide."],
    [30, 'l', "What's the invention, in a sentence? That'll help me suggest search terms."],
    [70, 'p', 'a phone case with a built in tripod'],
    [77, 'l', 'Try "smartphone case" with "stand OR tripod OR kickstand", and look at the CPC code H04M 1/04 on the closest results. Does that help?'],
    [120, 'p', 'yes!! thats everything thanks'],
    [125, 'l', 'Happy searching — bye!'],
  ], usual({ clarify: 'fail' })),

  // 10 no source at all
  s(PEARL, '10 is a poem copyrighted automatically: an answer with no URL, book or database, "Does that answer your question?"', [
    [0, 'p', 'if i write a poem is it automatically copyrighted or do i have to register it'],
    [22, 'l', 'Hello! Pearl, librarian at Jefferson County Public Library.'],
    [28, 'l', 'Is the poem published anywhere yet, like online or in a zine?'],
    [60, 'p', 'posted on my blog'],
    [66, 'l', "It's protected from the moment you wrote it down, published or not. Registering isn't required, but in the US you need a registration before you can sue someone for copying it, and registering early gets you more remedies. Does that answer your question?"],
    [110, 'p', 'yes thx thats all'],
    [115, 'l', 'Thanks for writing in, bye!'],
  ], usual({ source: 'fail' })),

  // 11 no completeness question
  s(SUNIL, '11 which trademark class for a coffee roaster: idm-tmng.uspto.gov, no "does this help", then "Anything else today?"', [
    [0, 'p', 'filing a trademark for my coffee roasting biz, which class do I pick?'],
    [17, 'l', "Hi! I'm Sunil, a librarian at Seattle Public Library."],
    [23, 'l', 'Do you sell only the roasted beans, or do you also run a café?'],
    [60, 'p', 'beans only, online'],
    [66, 'l', 'Roasted coffee beans are goods in Class 30. If you later open a café, that service is Class 43, a separate class and fee. The USPTO ID Manual lists the accepted wording for each class: idm-tmng.uspto.gov (search "coffee beans").'],
    [100, 'p', 'ok'],
    [105, 'l', 'Anything else today?'],
    [130, 'p', "no that's it"],
    [134, 'l', 'Bye, and thanks for chatting!'],
  ], usual({ complete: 'fail' })),

  // 12 the patron has the last word, thanks only; four at once
  s(GRETA, '12 can I patent a recipe (Hartford): "Glad it helped, take care!", patron "👋" last; three other chats open over this one (four)', [
    [0, 'p', 'can i patent my grandmas bbq sauce recipe'],
    [21, 'l', 'Hi, Greta from Hartford Public Library here.'],
    [27, 'l', 'Do you plan to sell the sauce, or mainly keep the recipe from being copied?'],
    [66, 'p', 'sell it at farmers markets'],
    [73, 'l', "Recipes are very hard to patent (they must be truly new and not obvious), and a list of ingredients can't be copyrighted. Most small food makers keep the recipe a trade secret and trademark the brand name. The USPTO's trade secret overview is at uspto.gov/ip-policy/trade-secret-policy. Did that help?"],
    [110, 'p', 'yes thanks!!'],
    [115, 'l', 'Glad it helped, take care!'],
    [119, 'p', '👋'],
  ], usual({ anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'greta-p', -300, 200), other('g2', 'greta-p', 50, 500), other('g3', 'greta-p', 100, 130)],
  }),

  // 13 a question limit
  s(VANCE, '13 a design patent, then its cost, then foreign filing: "We cap chats at three questions and you\'ve reached it, so I\'m ending the session here."', [
    [0, 'p', 'whats a design patent vs utility'],
    [18, 'l', 'Thanks for contacting Allen County Public Library, this is Vance.'],
    [24, 'l', 'What are you hoping to protect: how the product looks, or how it works?'],
    [55, 'p', 'how it looks, its a lamp'],
    [61, 'l', "Then a design patent fits: it protects the ornamental look for 15 years. A utility patent protects how something works. The USPTO's design patent guide is at uspto.gov/patents/basics/types-patent-applications/design-patent-application-guide. Does this help?"],
    [100, 'p', 'yes. how much does it cost? and can i get it in europe too'],
    [106, 'l', 'Small entity filing, search and examination fees run a few hundred dollars; the current table is on uspto.gov/learning-and-resources/fees-and-payment.'],
    [130, 'p', 'ok and europe?'],
    [136, 'l', "We cap chats at three questions and you've reached it, so I'm ending the session here."],
    [145, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 partly Spanish; other patrons waiting, invited back
  s(LORENA, '14 copyright on a mural (partly Spanish): "several people waiting in the queue … chat back in later for the rest", patron "ok gracias" last', [
    [0, 'p', 'hola, i painted a mural for a restaurant, quien tiene el copyright, me or the owner?'],
    [20, 'l', '¡Hola! Soy Lorena, bibliotecaria de Pima County Public Library. Happy to help in English or Spanish.'],
    [26, 'l', '¿Firmó algún contrato con el dueño, or were you an employee of the restaurant?'],
    [70, 'p', 'no contract, i was hired just for the mural'],
    [76, 'l', 'Sin contrato escrito, normalmente el artista independiente conserva el copyright, aunque el dueño sea dueño de la pared. La Oficina de Derechos de Autor lo explica en copyright.gov/circs/circ09.pdf (Works Made for Hire). ¿Le ayuda esto?'],
    [115, 'p', 'si! and can they paint over it? and can i sell prints? and what about VARA'],
    [122, 'l', "Great questions, but I have several people waiting in the queue right now. Could you chat back in later for the rest? We'd be glad to pick it up then."],
    [135, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 15 follow-up by me: e-mail typed and read back, "by Wednesday", done 30 h after the end
  s(JUNE, '15 CPC codes for a kayak paddle clip (follow-up by me): ppubs.uspto.gov, "e-mail them to you by Wednesday", e-mail read back, done at 30 h', [
    [0, 'p', 'im trying to figure out the right patent classification for a clip that holds a kayak paddle to the boat'],
    [20, 'l', 'Good afternoon! June here, a librarian with Ask Us Now!'],
    [26, 'l', 'Is the clip attached to the kayak itself, or to a roof rack?'],
    [60, 'p', 'to the kayak, on the side'],
    [67, 'l', "Good start: the CPC scheme is browsable at uspto.gov/web/patents/classification, and B63B is boats. You can search those codes in Patents Public Search at ppubs.uspto.gov. I'd like to pull the subgroups that fit best and e-mail them to you by Wednesday. What address should I send them to?"],
    [110, 'p', 'jwoo.makes@example.net'],
    [116, 'l', 'Got it: jwoo.makes@example.net. Does the classification page help in the meantime?'],
    [150, 'p', "yes, no more questions for now"],
    [155, 'l', 'Thanks, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(160 + 30 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 16 a promise under Answered
  s(REGGIE, '16 low-cost patent help in Baltimore County: "I\'ll send you the pro bono program details tomorrow", e-mail read back, coded Answered', [
    [0, 'p', "i cant afford a patent lawyer. is there free help anywhere? i'm in towson"],
    [19, 'l', "Hi! This is Reggie, librarian at Baltimore County Public Library."],
    [25, 'l', 'Is your household income under about 300% of the federal poverty level? Some programs use that cutoff.'],
    [70, 'p', 'yes probably'],
    [76, 'l', "Then the USPTO's Patent Pro Bono Program may match you with a volunteer attorney; the overview and the regional program list are at uspto.gov/patents/basics/using-legal-services/pro-bono. I'll send you the details of the Maryland program tomorrow. What's your e-mail?"],
    [115, 'p', 'deshawn.b@example.com'],
    [121, 'l', 'Thanks — deshawn.b@example.com. Did the USPTO page help so far?'],
    [160, 'p', 'ya thats it for now thx'],
    [165, 'l', 'You are welcome, have a good one!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 17 follow-up by the patron's library: phone typed by the patron, no "when", done 80 h after the end
  s(ALMA, '17 a trademark office action (follow-up by patron\'s library): phone typed by the patron, no time given, done at 80 h', [
    [0, 'p', 'got a letter from uspto saying my trademark application has an "office action" what does that mean am i denied'],
    [22, 'l', "Hello, you're chatting with Alma from the AskUsNow! service."],
    [28, 'l', 'Does the letter say "nonfinal" at the top, and what\'s the response deadline on it?'],
    [70, 'p', 'nonfinal, 3 months'],
    [77, 'l', "A nonfinal office action isn't a denial: the examining attorney is asking you to fix or argue something, and you reply through the Trademark Center. The USPTO explains each type at uspto.gov/trademarks/maintain/responding-office-actions."],
    [83, 'l', "A librarian at your home library, Frederick County, can go over the letter with you. I'll pass your details to them and they'll call you. Which number?"],
    [120, 'p', '301 555 0188 after 5'],
    [126, 'l', 'Thank you! Was the office action page helpful?'],
    [160, 'p', 'yes. that is everything'],
    [165, 'l', 'Thanks for using AskUsNow!, goodbye.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(170 + 80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 18 follow-up by me with no contact anywhere, not recorded at day 4
  s(FELIX, '18 patent maintenance fees for a 2018 patent (follow-up by me): "I\'ll find out and get back to you", no contact asked or known, unrecorded at day 4', [
    [0, 'p', 'do i have to pay something to keep my patent alive? got it in 2018'],
    [20, 'l', 'Hi, Felix at the Enoch Pratt Free Library, thanks for writing.'],
    [26, 'l', 'Is it a utility patent or a design patent?'],
    [55, 'p', 'utility'],
    [61, 'l', "Utility patents need maintenance fees at 3.5, 7.5 and 11.5 years after grant, so your first one may already be due. You can check the status by patent number at fees.uspto.gov. The small-entity discount rules changed recently, so I'll find out and get back to you on that part."],
    [66, 'l', 'Does the fee page help for now?'],
    [100, 'p', 'yes thank you'],
    [105, 'l', 'Bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 19 a referral with a phone number; three at most, touching ends
  s(NADIA, '19 a registration stuck for months (NYC): the Copyright Office\'s Public Information Office at (202) 707-3000, three at most with touching ends', [
    [0, 'p', 'submitted a copyright registration for my novel 7 months ago and nothing. who do i even ask'],
    [18, 'l', 'Hi! This is Nadia, a librarian at The New York Public Library.'],
    [24, 'l', 'Did you file online through eCO, and do you have the case number?'],
    [60, 'p', 'yes online, i have the number'],
    [66, 'l', "Processing times are posted at copyright.gov/registration/docs/processing-times-faqs.pdf, and 7 months isn't unusual for some claims. To ask about your case, call the Copyright Office's Public Information Office at (202) 707-3000 with your case number ready. Is that what you were looking for?"],
    [110, 'p', 'yes thats all i need'],
    [116, 'l', 'Thanks so much for chatting, good luck with the novel!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('n1', 'nadia-p', -200, 0), other('n2', 'nadia-p', -30, 80), other('n3', 'nadia-p', 70, 400), other('n4', 'nadia-p', 121, 600)],
  }),

  // 20 partly Spanish; a referral with no contact
  s(CRUZ, '20 marca para una food truck en San Antonio (Spanish): "le conviene hablar con el Small Business Development Center de su condado" with no contact', [
    [0, 'p', 'hola, tengo una food truck y quiero proteger el nombre, lo registro con el estado o federal? estoy en san antonio'],
    [24, 'l', 'Hola, buenas tardes. Le saluda Cruz, bibliotecario de San Antonio Public Library.'],
    [30, 'l', '¿Vende solo en Texas o piensa abrir en otros estados?'],
    [70, 'p', 'solo texas por ahora'],
    [77, 'l', 'Para un negocio solo en Texas, una marca estatal ante el Secretario de Estado es más barata; la federal protege en todo el país. La USPTO tiene una guía básica en uspto.gov/trademarks/basics. Además, le conviene hablar con el Small Business Development Center de su condado, que asesora gratis a pequeños negocios.'],
    [83, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si, eso es todo gracias'],
    [126, 'l', '¡Que le vaya muy bien con su food truck! Gracias por escribir.'],
  ], usual({ referral: 'fail' })),

  // 21 the library's own department, by phone; no codes in the source
  s(WES, '21 a trademark clearance search (Omaha, no codes in the source): "stop by our Business & Career Center … 402-555-0144"', [
    [0, 'p', 'before I print t-shirts with my brand name how do I make sure nobody has it trademarked'],
    [20, 'l', 'Hi there, Wes with Omaha Public Library reference.'],
    [26, 'l', 'Have you already searched the federal trademark database, or is this your first look?'],
    [60, 'p', 'first look'],
    [66, 'l', "Start at tmsearch.uspto.gov with the exact name and close spellings, then filter to Class 25 (clothing). State marks and unregistered use count too, so also search the Nebraska Secretary of State's trade name list and the web. For a walk-through, stop by our Business & Career Center at the Main Library or call them at 402-555-0144. Does that help?"],
    [110, 'p', "yes that's all I needed"],
    [115, 'l', 'Thanks for chatting, and good luck with the shirts!'],
  ], usual({ code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 22 a final idle of exactly 120 s, ending on a check-in
  s(IMANI, '22 a DBA versus a trademark in DC: answer at 50, "u still with me?" at 150, endedAt 170 (final idle 120 s), no goodbye', [
    [0, 'p', 'is a DBA the same thing as a trademark'],
    [18, 'l', 'Hello, Imani here, librarian at DC Public Library.'],
    [24, 'l', 'Are you registering the DBA in DC itself?'],
    [44, 'p', 'yes in DC'],
    [50, 'l', "No, they're different: a trade name (DBA) registered with DC's DLCP only lets you do business under that name; it gives no trademark rights. The DLCP trade name page is at dlcp.dc.gov (Trade Name Registration). Does that help?"],
    [150, 'l', 'u still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endedAt: at(170) }),

  // 23 a final idle of 179 s with a check-in and a goodbye
  s(LARS, '23 how long a utility patent lasts: answer at 40, "Are you still there?" at 165, goodbye at 219 (179 s)', [
    [0, 'p', 'how many years does a utility patent last'],
    [16, 'l', 'Hi, Lars at Hennepin County Library here.'],
    [22, 'l', 'Is the patent already granted, or still pending?'],
    [34, 'p', 'granted'],
    [40, 'l', 'Generally 20 years from the earliest US nonprovisional filing date, as long as maintenance fees are paid; term adjustments can add time. See uspto.gov/web/offices/pac/mpep/s2701.html. Did that answer your question?'],
    [165, 'l', 'Are you still there?'],
    [219, 'l', 'Thanks for stopping by, feel free to chat again anytime.'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 24 a notice that thanks and invites back exactly 180 s into the final idle, no check-in
  s(TESS, '24 fair use of a logo in a school project: answer at 60, "Looks like we got disconnected, so I\'m closing this chat. Thanks, and come back anytime!" at 240 (180 s)', [
    [0, 'p', 'can my kid use the nike logo in a school poster or is that trademark infringement lol'],
    [21, 'l', 'Good evening! Tess, librarian at Montgomery County Public Libraries.'],
    [27, 'l', 'Is the poster only for class, or will it be sold or posted publicly?'],
    [52, 'p', 'only class'],
    [60, 'l', "For a class poster that's fine: trademark law is about confusing customers in commerce, and a school project isn't selling anything. Stanford's Copyright & Fair Use site has a plain explainer at fairuse.stanford.edu. Does that answer it?"],
    [240, 'l', "Looks like we got disconnected, so I'm closing this chat. Thanks, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 25 Spanish; a true Lost Call: greeting, check-in, a notice without thanks
  s(ELENA, '25 registrar una marca (Spanish, Lost Call): saludo a los 25, "¿Sigue conectado?" a los 160, aviso sin despedida a los 240 (220 s)', [
    [0, 'p', 'hola como registro una marca para mi negocio de uñas'],
    [25, 'l', 'Hola, buenas noches, soy Elena, bibliotecaria del Miami-Dade Public Library System.'],
    [160, 'l', '¿Sigue conectado?'],
    [240, 'l', 'Parece que se perdió la conexión, así que cerraré esta sesión.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 Lost Call after a real exchange
  s(BARNABY, '26 an ® on a label before registration: coded Lost Call after three patron messages, "Bye for now — chat back if you have more questions"', [
    [0, 'p', 'can i put the little R symbol on my hot sauce label'],
    [20, 'l', "Hi! I'm Barnaby, a librarian at Kansas City Public Library."],
    [26, 'l', 'Is your trademark registered with the USPTO yet, or only applied for?'],
    [60, 'p', 'applied last month'],
    [66, 'l', "Then not yet: the ® is only for federally registered marks. Use ™ until the registration issues. The USPTO's guide is at uspto.gov/trademarks/basics/what-trademark. Does that help?"],
    [95, 'p', 'ok'],
    [125, 'l', 'Bye for now — chat back if you have more questions!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (PTRC macro test): coded Practice, every check na', [
    [0, 'p', 'testing ptrc script'],
    [4, 'l', 'Hi, test of the PTRC macro: uspto.gov/ptrc'],
    [9, 'p', 'ok works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 no code assigned
  s(OKSANA, '28 copyright for a crochet pattern (emoji, typos): all well, code null', [
    [0, 'p', 'can i copywrite my crochet patern?? 🧶 ppl keep reselling it on etsy'],
    [19, 'l', 'Hi, welcome to Chicago Public Library chat! Oksana here.'],
    [25, 'l', 'Is it the written instructions and charts they copy, or the finished items made from it?'],
    [65, 'p', 'the pdf itself they resell'],
    [72, 'l', "Your written pattern and charts are protected by copyright and can be registered as a literary work at copyright.gov/registration. For copies on Etsy, use Etsy's intellectual property reporting form at etsy.com/legal/ip. Is that what you were after?"],
    [115, 'p', 'yesss thats all i needed 🙌'],
    [120, 'l', 'Thanks for chatting, happy crocheting!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 29 an announced transfer with an internal note that says why
  s(RUTH, '29 a design patent drawing question: "passing you to my colleague Hana … one moment", internal note why, Hana 84 s after the notice', [
    [0, 'p', 'do i need professional drawings for a design patent or can i use photos'],
    [20, 'l', "Hello, I'm Ruth with St. Louis Public Library's Ask a Librarian."],
    [26, 'l', 'Are you filing the application yourself?'],
    [60, 'p', 'yep myself'],
    [66, 'l', "I'm passing you to my colleague Hana, who runs our Patent and Trademark Resource Center — one moment."],
    [69, 'i', 'Hana, pro se design patent filer asking about drawings vs photos. PTRC question, can you take it?'],
    xfer(72, 'Hana', 'hana-p'),
    [150, 'l', "Hi, Hana here at the PTRC. Black-and-white line drawings are the norm; photographs are accepted only in rare cases where drawings can't show the design. The rules and examples are in the USPTO's Design Patent Application Guide at uspto.gov/patents/basics/types-patent-applications/design-patent-application-guide (Drawings). Is that what you needed?", as(HANA)],
    [195, 'p', "yes that's everything, thank you"],
    [200, 'l', 'Bye, and thanks for writing!', as(HANA)],
  ], usual({ transfer: 'pass' })),

  // 30 a silent transfer with an internal note; the receiver 135 s after the patron
  s(COLM, '30 a trademark assignment when selling a business: internal note only, silent transfer, Priya 135 s after the patron', [
    [0, 'p', 'im selling my small business, how do i transfer the trademark to the buyer'],
    [18, 'l', 'Hi, this is Colm at Boston Public Library.'],
    [24, 'l', 'Is the trademark federally registered?'],
    [55, 'p', 'yes registered'],
    [62, 'i', 'Priya, trademark assignment question, you know the assignment center better than me — take it?'],
    xfer(65, 'Priya', 'priya-p'),
    [190, 'l', "Hi, Priya here, also a librarian at Boston Public Library. You record the transfer with an assignment filed through the USPTO's Assignment Center at assignmentcenter.uspto.gov; the agreement itself is between you and the buyer. Does that help?", as(PRIYA)],
    [230, 'p', 'yes thats all thanks'],
    [235, 'l', 'Thanks for chatting, good luck with the sale!', as(PRIYA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundPatents.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('16')]: 'referral.contact: expected na, got pass ("the referral comes with a way to reach them"). Message 4: "the USPTO\'s Patent Pro Bono Program may match you with a volunteer attorney; the overview and the regional program list are at uspto.gov/…" tells the patron of a program and points to its page; it does not tell them to contact or visit anyone (RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat … Pointing to a website, database or publication for the patron to use is a source, not a referral, even when an agency publishes it"; referral.contact: "na unless the provider makes a referral")',
};

describe('sixty-fourth round: patents, trademarks and copyright registration, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundPatents.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundPatents.filter((c) => c.name in LEFT_WHY));
});
