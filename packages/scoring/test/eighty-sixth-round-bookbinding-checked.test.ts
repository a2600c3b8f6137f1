/**
 * Eighty-sixth round, theme BOOKBINDING, BOOK REPAIR AND PAPER CONSERVATION, checked: 30 whole sessions no one had
 * written, from Maryland public library and statewide AskUsNow! chats: repair (a torn family-tree page in a Bible, a
 * grandmother's recipe book with its spine come loose in Spanish, moldy books after a basement flood, classroom paperbacks
 * in Bowie, red rot on an 1890s ledger, rebinding 30 sci-fi paperbacks as hardcovers, a 1790 land deed in pieces, a
 * church's 1880s baptism registers), paper conservation (yellowing
 * family papers from El Salvador in Spanish, foxing on an 1870s Talbot County map, a 1968 yearbook dried stuck, 1970s
 * newsprint comics, a musty smell in yard-sale books, a water-stained 1863 soldier's letter, why 1850-1950 paper crumbles
 * for a class paper), making books (a weekend class near Frederick, a coptic-stitch sketchbook, a daughter's cuento as a
 * pamphlet in Spanglish, a poetry chapbook, a colonial replica for History Day, recycled paper with a Cub Scout den, a
 * suminagashi workshop, a zine with a paper cutter, a clamshell box for a Bible, borrowing a book press in Westminster,
 * books for beginners) and history (dating a Ticknor and Fields cloth binding, a Baltimore binder's ticket in an 1852
 * hymnal). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/s76/bookbinding-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 14-24 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello?" at 30 (04: fail); `pickedUpAt` at 45 s
 *   with the first visible line at 80 s (06: pass on the recorded pickup); 35 s after a patron who had already left (20);
 *   no provider ever, only the queue's system line (22: fail);
 *  greeting: name and library in one line in most ("Hi, welcome to Ask HCLS! I'm Priya, …", 01), Spanish "¡Hola, buenas
 *   tardes! Soy Lucía, bibliotecaria de …" (02), "Good afternoon! This is Owen, …" (03), "Hey, welcome to Ask a Librarian!
 *   I'm Jamal at …" (18), "Hi, thanks for contacting Charles County Public Library! Gus here." (11), the service only
 *   ("Hi, welcome to AskUsNow! I'm Yusuf, a librarian.", 08); "Hi! Great project idea 🙂", then the answer, the name
 *   only in the third provider line (05: fail); a transferring provider's greeting (09, 30); na with no provider (22) and
 *   Practice (23);
 *  keep_informed: a hold at 138, "Still looking — …" at 258 (exactly 120 s), the answer at 377 (119 s) (06: pass); "Sure,
 *   take your time." and the patron back 184 s later (07: waiting on the patron), then a question answered 121 s later
 *   with an internal note at 330 in between (07: fail); transfer announcements answered 34 s later (09, 30); no visible
 *   word before a transfer, the receiver 40 s after the patron's line (08); na (20, 21, 22, 23);
 *  clarify: the restatement "So you need sources on why paper from that period turns brittle" with a question (10);
 *   questions on clean or ragged tears, sewn or glued leaves, damp or dry, number of books, cloth grain and publisher,
 *   kind of damage, leather flaking, folded or bagged papers, framed or flat, display or process, how many kids, covers
 *   kept, edition size, newsprint or glossy, visible mold, date and purpose, taking tools home, registers' use, ebru or
 *   suminagashi, damp or dried letter, copies and size, box size and covering; the answer straight after "Hi!" (05: fail);
 *   no question at all and no source (11: fail); no source ever, the question before the referral (29: pass);
 *  source: nedcc.org, loc.gov/preservation, bindings.lib.ua.edu, archives.gov, culturalheritage.org, archive.org,
 *   guildofbookworkers.org, demco.com, gaylord.com, acmebook.com, the catalogues of HCPL, MCPL, PGCMLS, ACLS, QACL, KCPL,
 *   AACPL, library.carr.org, hclibrary.org/events, Creativebug, Academic Search Complete, named books (Johnson's Practical
 *   Guide, Smith's Non-Adhesive Binding, Double Fold, Lavender's Book Repair, Dartmouth's Simple Book Repair Manual,
 *   Greenfield's ABC of Bookbinding, The Papermaker's Companion, Ikegami's Japanese Bookbinding, Zeier's Books, Boxes and
 *   Portfolios), a phone for a referral (28); not sources: a pamphlet stitch from memory and "the craft section at
 *   Michaels" (11: fail), a street address and "the Skillshare app" (29: fail);
 *  completeness: "Does that answer your question, or would you like more detail on any step?", "¿Esto responde a su
 *   pregunta?", "¿Responde esto a su pregunta?", "Is that the kind of thing you were looking for?", "Does this completely
 *   answer your question?", "Is that what you needed?", "Does that cover it?", "is the directory link helpful?", "Did the
 *   Creativebug tip help for now?", in the answer's own message (05, 09, 13, 14, 16-19); after an answer from memory (11:
 *   pass); the offer "Would you like me to look up framers in Easton …?" (12: fail); none (26: fail);
 *  anything else: asked by the provider (05, 07, 10, 26, 27); the patron's "that's all I needed to know", "es todo lo que
 *   quería saber", "that's everything I needed", "that's everything", "eso es todo", "that's everything for now then",
 *   "that's all I need for now", "that's all", "that's all i needed"; near misses "Feel free to come back if you think of
 *   anything else!" after "no, i know one. ok thanks" (12: fail), "yes! we'll try it tonight. thank u" (11), "wow ok"
 *   (13), "oh.. ok" (15);
 *  dismissal: "I'm afraid your time is up for this chat. Bye!" (13: fail); "I have several other patrons waiting right
 *   now, so please come back and start a new chat later" (14: allowed, pass); "My shift is ending, so I have to close this
 *   chat now." after a new question (15: fail);
 *  courteous: thanks, goodbyes and invitations back in English and Spanish; the shift line and "Did that help?" (15: fail);
 *   "You still there?" and "Looks like you've disconnected — I'm going to end this session now." (18: fail); a greeting
 *   that thanks, the only provider line (20: pass);
 *  final idle: a goodbye exactly 120 s after the answer with no check-in (16: idle fails, notice na); "Hi, are you still
 *   there?" and a goodbye 179 s after (17: idle passes, notice na); a check-in and a notice that does not thank, ended
 *   exactly 180 s after the answer (18: both pass); only a notice that thanks and invites back, 235 s after (19: idle
 *   fails, notice passes); the Lost Call's greeting that thanks, ended 60 s later (20: na); a check-in and the seed's "If
 *   I don't hear from you soon, I'll end this session" inviting back, 250 s after the greeting (21: both pass);
 *  concurrency: three others, one ending at 50 s as another starts at 50 s (01: three at most, pass); three others, all
 *   open from 300 to 350 s (07: four, fail); a transfer where the first provider has three at most in her part and the
 *   receiver four in hers (30: fail);
 *  codes: Answered; no code field at all (09: na); null with a provider (15: fail); Lost Call with one patron line (20:
 *   pass) and two (21: fail); "" with no provider (22: fail); Practice (23: all na); a promise coded Answered (26: fail);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 16:02 +01:00 on Thursday, 71 h 59 min 29 s after the
 *   end (24: pass, only if the offset is honoured); FU_LIB, phone typed and read back, "by Wednesday afternoon", not
 *   recorded one minute before the deadline (25: pending); "I'll get back to you about it tomorrow" with no contact, coded
 *   Answered, not recorded at day 4 (26: code, contact and on_time fail); FU_ME, e-mail typed, "as soon as I hear from
 *   them", recorded 72 h 1 min after the end (27: contact and on_time fail, code passes);
 *  referrals: the Guild of Book Workers' chapter by URL and FCC's continuing education office by phone in one message (03:
 *   pass); "You can contact Acme Bookbinding through acmebook.com" (15: pass); "the craft section at Michaels … just ask
 *   there" (11: fail); the State Archives by phone and the Somerset County Historical Society with nothing, in one message
 *   (28: fail); the own library's makerspace desk with its street address (29: pass); not referrals: "A paper conservator
 *   can sometimes separate them" with a directory's URL (17), a conservator mentioned as the one who should do it (12), the
 *   branch asked to call the patron (25), the own Maryland Department searched on the patron's behalf (24), the makerspace
 *   team asked on the patron's behalf (27);
 *  transfers: a note saying why, but no visible word to the patron (08: fail); the notice inside the greeting and a note
 *   saying why, both before (09: pass); the notice and a note "June, can you take this one?" that gives no reason (30:
 *   fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 45 s, pass, though the first visible line came at 80 s (06);
 * - the greeting must greet and identify within the first two visible provider lines: "I'm Kai, by the way, …" in the
 *   third line is too late (05: fail);
 * - "Still looking — Ticknor and Fields narrows it nicely; I'm matching the grain now." is a hold (a partial result, the
 *   search goes on); a span of exactly 120 s is not "longer than" 120 s (06: pass); a transfer announcement is a hold
 *   (09, 30); "Sure, take your time." is not (07);
 * - an internal note does not end a wait on the provider (07: 121 s, fail);
 * - "So you need sources on why paper from that period turns brittle." restates the question (10);
 * - with no source ever given, a question before the (non-source) referral counts (29: pass); with no question at all,
 *   clarify fails even though no source was given (11);
 * - "Did that help?" after an answer from memory asks whether the answer meets the need (11: pass);
 * - "Would you like me to look up framers in Easton who use archival materials?" offers something not yet given (12:
 *   fail); "Feel free to come back if you think of anything else!" invites but never asks (12: anything else fails,
 *   courteous passes on the invitation back);
 * - "that's all", "eso es todo", "es todo lo que quería saber", "that's everything for now then", "that's it for now"
 *   say explicitly that the patron is done; "thank u", "ok thanks", "wow ok", "oh.. ok" do not;
 * - "I'm afraid your time is up for this chat. Bye!" tells the patron their time is up (13: dismissal fails) and still
 *   says goodbye (courteous passes);
 * - "My shift is ending, so I have to close this chat now." ends the help for the provider's convenience with no way back
 *   (15: dismissal fails); it announces the end and is not, by itself, a goodbye (15: courteous fails);
 * - "Looks like you've disconnected — I'm going to end this session now." says both parts of the notice but thanks no one,
 *   so it is not a goodbye: the final idle runs to `endedAt`, exactly 180 s (18: notice applies and passes);
 * - "It looks like you've disconnected, so I'm closing this chat. Thanks …, and come back anytime!" is a notice and a
 *   goodbye, and asks nothing, so it is no check-in (19: idle fails, notice passes at 235 s);
 * - "It looks like you've disconnected. If I don't hear from you soon, I'll end this session — feel free to start a new
 *   chat anytime!" (the seed's own notice) says the session will end (21: passes) and invites back (a goodbye);
 * - "Hi, thanks for contacting St. Mary's County Library! I'm Ravi, a librarian." thanks the patron: the courteous check
 *   asks only that one of the last two lines thank, say goodbye or invite back (20: pass); its final idle is under 120 s
 *   whether or not the greeting counts as a goodbye (na);
 * - a code field left out (undefined) means the source has no codes (09: na); `null` with a provider is a missing code
 *   (15: fail);
 * - "I'll get back to you about it tomorrow" is a promise with a time but no contact anywhere (26: contact fails; code
 *   fails, Answered is not a follow-up code); "I'll e-mail you at … as soon as I hear from them" gives no time (27: contact
 *   fails; the code passes, an e-mail is known from the chat);
 * - a follow-up recorded as "2026-03-05T16:02:00+01:00" is 15:02:00 UTC, 71 h 59 min 29 s after an end at 10:02:31-05:00
 *   on 2 March (24: pass);
 * - "Someone from the Westminster branch will call you by Wednesday afternoon" is a promise that the patron's library will
 *   contact her (25: follow-up session); the branch calling is not a referral, she is not told to contact it;
 * - "You can contact Acme Bookbinding through acmebook.com for a quote" tells the patron to contact an organisation, with a
 *   URL (15: referral passes); "the craft section at Michaels has one … — just ask there" tells her to visit and ask a
 *   named shop (11: referral fails) and, named with no way to reach it, is no source (11: source fails);
 * - "A paper conservator can sometimes separate them, and the … 'Find a Conservator' directory at culturalheritage.org
 *   lists conservators" tells the patron of a kind of specialist and a directory to use; it tells her to contact no
 *   particular party (17: no referral); "which only a paper conservator should attempt" likewise (12);
 * - the State Archives' phone number given for a referral is a source (28), and the second party in the same sentence,
 *   the Somerset County Historical Society, comes with nothing (28: referral fails);
 * - "Stop by the makerspace desk at 850 Costley Way, Prince Frederick" refers the patron to her own library's department
 *   with a postal address (29: referral passes); a postal address is not among info.source's kinds and "the Skillshare
 *   app" is an app named without a way to reach it (29: source fails);
 * - a transfer's internal note must say why: "June, can you take this one?" does not (30: fail); a note saying why with no
 *   visible word to the patron fails too (08);
 * - concurrency in a transferred session: Arlo judged over 0-71 s (three open at most), June over 71-161 s (four open
 *   from 90 to 120 s) (30: fail); open intervals exclude their end, so a session ending at 50 s and one starting at 50 s
 *   are never open together (01: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/bookbinding-labels.ts). First run as labelled / disagreeing: 27 / 3 (11, 17, 29); every case, the three
 * included, scored the same once redacted, and no check came out "could not be evaluated". Label corrections: none (each
 * disagreement reread against RUBRIC.md; every label stood). Final: 27 running, 3 LEFT (LEFT_WHY, message numbers 0-based
 * as in the scorer's evidence: "the craft section at Michaels … just ask there", a named shop to visit and ask with no
 * way to reach it, not read as a referral, 11; the greeting "Hi, this is Hazel, a librarian at Worcester County Library.
 * Sorry to hear about the yearbook!" read as giving a source, so the clarifying question after it not counted, 17;
 * "850 Costley Way, Prince Frederick", a street address without state or ZIP, not read as a postal address, 29).
 * NOTE (rubric v73, block AM): 17 runs now ("Sorry to hear about the yearbook!" gives no source, AM9): 28 running, 2 LEFT (11,
 *   29).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-bb', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-bb', name: 'Lucía', library: 'MCPL' };
const OWEN: Prov = { id: 'owen-bb', name: 'Owen', library: 'FCPL-MD' };
const DANA: Prov = { id: 'dana-bb', name: 'Dana', library: 'AACPL' };
const KAI: Prov = { id: 'kai-bb', name: 'Kai', library: 'HCPL-MD' };
const BERNADETTE: Prov = { id: 'bernadette-bb', name: 'Bernadette', library: 'EPFL' };
const MALIK: Prov = { id: 'malik-bb', name: 'Malik', library: 'PGCMLS' };
const YUSUF: Prov = { id: 'yusuf-bb', name: 'Yusuf', library: 'AUN' };
const MARGUERITE: Prov = { id: 'marguerite-bb', name: 'Marguerite', library: 'EPFL' };
const COLLEEN: Prov = { id: 'colleen-bb', name: 'Colleen', library: 'CCPL-CA' };
const BEATRIZ: Prov = { id: 'beatriz-bb', name: 'Beatriz', library: 'AUN' };
const MEI: Prov = { id: 'mei-bb', name: 'Mei', library: 'MCPL' };
const GUS: Prov = { id: 'gus-bb', name: 'Gus', library: 'CCPL-CH' };
const NELL: Prov = { id: 'nell-bb', name: 'Nell', library: 'TCFL' };
const REGGIE: Prov = { id: 'reggie-bb', name: 'Reggie', library: 'ACLS' };
const WREN: Prov = { id: 'wren-bb', name: 'Wren', library: 'QACL' };
const INGRID: Prov = { id: 'ingrid-bb', name: 'Ingrid', library: 'WCFL' };
const DMITRI: Prov = { id: 'dmitri-bb', name: 'Dmitri', library: 'KCPL-MD' };
const HAZEL: Prov = { id: 'hazel-bb', name: 'Hazel', library: 'WOCL' };
const JAMAL: Prov = { id: 'jamal-bb', name: 'Jamal', library: 'WPL-MD' };
const ESTHER: Prov = { id: 'esther-bb', name: 'Esther', library: 'RELGC' };
const RAVI: Prov = { id: 'ravi-bb', name: 'Ravi', library: 'SMCL' };
const FIONA: Prov = { id: 'fiona-bb', name: 'Fiona', library: 'CCPL-CE' };
const QUEUE: Prov = { id: 'queue-bb', name: 'AskUsNow! queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-bb', name: 'Trainee 12', library: 'TRN' };
const QUENTIN: Prov = { id: 'quentin-bb', name: 'Quentin', library: 'EPFL' };
const SILAS: Prov = { id: 'silas-bb', name: 'Silas', library: 'DCPL-MD' };
const PALOMA: Prov = { id: 'paloma-bb', name: 'Paloma', library: 'PGCMLS' };
const NOOR: Prov = { id: 'noor-bb', name: 'Noor', library: 'HCLS' };
const TAMSIN: Prov = { id: 'tamsin-bb', name: 'Tamsin', library: 'SCLS-MD' };
const FARAH: Prov = { id: 'farah-bb', name: 'Farah', library: 'CALV' };
const ARLO: Prov = { id: 'arlo-bb', name: 'Arlo', library: 'BCPL' };
const JUNE: Prov = { id: 'june-bb', name: 'June', library: 'AACPL' };

const s = session;

export const BOOKBINDING: SessionCase[] = [
  // 01 plain good; three others of Priya's, one ending exactly when another starts (three open at most)
  s(PRIYA, '01 a torn family-tree page in a grandmother\'s Bible: ragged or clean tear asked, Japanese tissue + nedcc.org + loc.gov, "that\'s all I needed to know"; others touching at 50 s', [
    [0, 'p', "hi, the page with our family tree in my grandmother's bible tore almost halfway across. can i fix it at home without making it worse?"],
    [14, 'l', "Hi, welcome to Ask HCLS! I'm Priya, a librarian at Howard County Library System."],
    [20, 'l', 'Is the tear a clean cut, or a ragged one where the paper layers overlap? And is there any handwriting right along the tear?'],
    [58, 'p', 'ragged, and yes some of the names in ink cross it'],
    [67, 'l', "A ragged tear is actually the easier kind: the standard repair is a strip of thin Japanese tissue with wheat starch paste, which a conservator could undo later if needed. Please don't use Scotch tape, it yellows and stains within a few years. The Northeast Document Conservation Center has free step-by-step preservation leaflets at nedcc.org (Free Resources > Preservation Leaflets), and the Library of Congress's page on care, handling and storage of books is at loc.gov/preservation."],
    [73, 'l', 'Does that answer your question, or would you like more detail on any step?'],
    [110, 'p', "perfect, that's all I needed to know. thank you!!"],
    [116, 'l', "You're very welcome — good luck with the repair, and thanks for chatting with us!"],
  ], usual(), {}, {
    otherIntervals: [other('p1', 'priya-bb', -200, 50), other('p2', 'priya-bb', 40, 300), other('p3', 'priya-bb', 50, 400)],
  }),

  // 02 Spanish, plain good
  s(LUCIA, '02 el lomo despegado del recetario de la abuela (Spanish): cosido o pegado, guardarlo en caja, loc.gov + Johnson en el catálogo, "es todo lo que quería saber"', [
    [0, 'p', 'Hola, buenas. El libro de recetas de mi abuela se está deshaciendo, el lomo se despegó y las hojas se sueltan. Como lo puedo arreglar?'],
    [19, 'l', '¡Hola, buenas tardes! Soy Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery. Con gusto le ayudo.'],
    [26, 'l', '¿Las hojas están cosidas en cuadernillos, o pegadas sólo con cola en el lomo? ¿Y lo quiere seguir usando en la cocina o guardarlo como recuerdo?'],
    [75, 'p', 'creo q pegadas con cola. lo quiero guardar, ya no cocino con el jaja'],
    [84, 'l', "Si es para guardarlo, lo más seguro es no volver a pegarlo: ponga las hojas en orden dentro de una carpeta y una caja de materiales libres de ácido. La Biblioteca del Congreso explica cómo guardar libros frágiles en loc.gov/preservation. Si algún día quiere repararlo, 'The Practical Guide to Book Repair and Conservation' de Arthur Johnson está en nuestro catálogo, en montgomerycountymd.gov/library. ¿Esto responde a su pregunta?"],
    [120, 'p', 'si, perfecto, es todo lo que quería saber. mil gracias'],
    [126, 'l', '¡Con mucho gusto! Gracias por comunicarse con nosotros. Que tenga buen día.'],
  ], usual()),

  // 03 pickup at exactly 60 s; two parties referred in one message, each with a way to reach them
  s(OWEN, '03 a weekend bookbinding class near Frederick: pickup at exactly 60 s, the Guild of Book Workers\' chapter (URL) and FCC continuing ed (phone) in one message, Creativebug', [
    [0, 'p', "Are there any bookbinding classes around Frederick? I'd like to learn to make my own journals."],
    [60, 'l', 'Good afternoon! This is Owen, a librarian at Frederick County Public Libraries. Thanks for waiting.'],
    [66, 'l', 'Would you prefer a one-day workshop or a multi-week course? And have you done any binding before?'],
    [100, 'p', 'never done it. a weekend workshop would be great'],
    [110, 'l', "For weekend workshops, contact the Guild of Book Workers' Potomac chapter: its workshops and contacts are listed at guildofbookworkers.org. Frederick Community College's continuing education office sometimes runs book arts classes too, and you can reach them at 301-555-0177. To get a head start, Creativebug (free with your library card, at fcpl.org > Online Resources) has beginner journal-binding videos."],
    [116, 'l', 'Is that the kind of thing you were looking for?'],
    [150, 'p', "yes thank you, i'll call the college. that's everything I needed"],
    [156, 'l', 'Happy binding, and thanks for using Ask a Librarian!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s after the patron's "hello?"
  s(DANA, '04 moldy books after a basement flood: "hello?" at 30, pickup at 61 s, damp or dry asked, freeze them + NEDCC\'s wet-books leaflet, "thats all i needed"', [
    [0, 'p', "help!! our basement flooded and a box of my dad's books got wet. now some have fuzzy white spots. what do i do"],
    [30, 'p', 'hello?'],
    [61, 'l', "Hi, I'm Dana, a librarian at Anne Arundel County Public Library — sorry for the wait."],
    [68, 'l', 'Are the books still damp, or have they dried out? And roughly how many are there?'],
    [95, 'p', 'still damp. maybe 20'],
    [105, 'l', "Fuzzy spots on damp books are almost certainly mold, so wear gloves and a mask while you handle them. Either stand them partly open in a cool room with fans running, or seal each one in a plastic bag and freeze it, which stops the mold until you can dry them properly. NEDCC's leaflet 'Emergency Salvage of Wet Books and Records' has the steps (nedcc.org > Free Resources > Preservation Leaflets)."],
    [111, 'l', 'Did that help?'],
    [140, 'p', 'yes! freezing them tonight. thats all i needed'],
    [146, 'l', 'Good luck, and thanks for reaching out!'],
  ], usual({ pickup: 'fail' })),

  // 05 the name only in the third provider line; the answer straight after "Hi!"
  s(KAI, '05 a coptic-stitch sketchbook for a 15-year-old: "Hi! Great project idea", the answer at once (no question), the name only in the third provider line', [
    [0, 'p', 'hi im 15 and want to make a sketchbook with coptic stitch binding for art class, where do i learn'],
    [22, 'l', 'Hi! Great project idea 🙂'],
    [28, 'l', "Keith Smith's 'Non-Adhesive Binding, Volume 3: Exposed Spine Sewings' teaches coptic stitch step by step, and it's in our catalog at hcplonline.org. Creativebug, free with your library card, has a coptic-stitch sketchbook class too. Does that help?"],
    [60, 'p', 'yes ty!! do i need special thread?'],
    [66, 'l', "Waxed linen thread is the usual, but embroidery floss pulled over a candle works for a first try. I'm Kai, by the way, one of the librarians at Harford County Public Library. Anything else I can help with?"],
    [90, 'p', 'nope thats it'],
    [95, 'l', 'Have fun with it, and thanks for chatting!'],
  ], usual({ greeting: 'fail', clarify: 'fail' })),

  // 06 pickedUpAt 45 (first visible line at 80); holds answered after exactly 120 s and 119 s
  s(BERNADETTE, '06 dating a Ticknor and Fields cloth binding: pickedUpAt 45 (first line 80), a hold at 138, "Still looking — …" at 258 (120 s), the answer at 377 (119 s), bindings.lib.ua.edu', [
    [0, 'p', 'Hello. I have a small book with a stamped cloth cover and no date on the title page. Is there a way to tell roughly when it was bound from the cloth?'],
    [80, 'l', "Good morning, and thank you for waiting! I'm Bernadette, a librarian at the Enoch Pratt Free Library."],
    [86, 'l', 'Can you describe the cloth — does it have a grain pattern (ribs, dots, a pebbled look), and is there gold stamping on the spine? Is a publisher named anywhere?'],
    [130, 'p', 'its brown with a fine wavy ribbed pattern, gold title on the spine. publisher is Ticknor and Fields, Boston'],
    [138, 'l', "That helps a lot. Let me check a reference on publishers' bookcloths — one moment."],
    [258, 'l', "Still looking — Ticknor and Fields narrows it nicely; I'm matching the grain now."],
    [377, 'l', "Here's what I found: the firm used the name Ticknor and Fields from 1854 to 1868, and wavy ribbed cloths like yours were common in those years. Publishers' Bindings Online (bindings.lib.ua.edu), from the University of Alabama, has photographs of dated bindings and a glossary of cloth grains to compare yours with."],
    [383, 'l', 'Does this completely answer your question?'],
    [420, 'p', "Yes, very much so. That's all I needed, thank you."],
    [426, 'l', 'My pleasure. Thank you for chatting with Pratt, and enjoy the book!'],
  ], usual(), { pickedUpAt: at(45) }),

  // 07 "Sure, take your time." (not a hold); a 121 s wait with an internal note in it; four chats open at once
  s(MALIK, '07 falling-apart classroom paperbacks in Bowie: "Sure, take your time." (184 s away), Lavender + Dartmouth\'s manual, then 121 s of silence (internal note at 330), four open', [
    [0, 'p', "hi i'm a 3rd grade teacher in bowie and half my classroom library paperbacks are falling apart. whats the best way to fix them cheaply"],
    [18, 'l', "Hello! I'm Malik, a librarian at Prince George's County Memorial Library System."],
    [24, 'l', "What's the usual damage — covers tearing off, pages falling out, or spines cracking?"],
    [40, 'p', 'covers coming off mostly. hold on let me grab one to look'],
    [46, 'l', 'Sure, take your time.'],
    [230, 'p', 'ok back. the cover is torn along the spine fold and a few pages r loose'],
    [240, 'l', "For loose pages, a thin line of PVA glue along the inner edge ('tipping in') holds them; for a cover torn at the fold, clear book repair tape along the spine is fine for classroom copies. Kenneth Lavender's 'Book Repair: A How-To-Do-It Manual' is in our catalog at pgcmls.info, and Dartmouth Library's free online 'Simple Book Repair Manual' shows each step with photos. Is that what you needed?"],
    [275, 'p', 'yes thank you! also where do i buy the tape? amazon?'],
    [330, 'i', 'does anyone remember which vendor we get the Filmoplast tape from? pt on chat asking'],
    [396, 'l', 'Sorry for the delay! Library suppliers such as Demco (demco.com) and Gaylord Archival (gaylord.com) sell book repair tape and PVA in classroom quantities.'],
    [402, 'l', 'Anything else I can help with?'],
    [420, 'p', 'no thats all. thanks so much!'],
    [425, 'l', "You're welcome — happy fixing, and thanks for chatting!"],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'malik-bb', -100, 500), other('m2', 'malik-bb', 200, 600), other('m3', 'malik-bb', 300, 350)],
  }),

  // 08 a transfer with a note saying why, but the patron never told
  s(YUSUF, '08 red rot on an 1890s leather ledger: an internal note saying why, the transfer, no visible word to the patron; Marguerite, Klucel G + loc.gov', [
    [0, 'p', "my great grandfather's leather bound ledger from the 1890s leaves a reddish powder on my hands. is that bad? can i treat it?"],
    [20, 'l', "Hi, welcome to AskUsNow! I'm Yusuf, a librarian."],
    [26, 'l', 'Is the powder coming from the cover leather, and is the leather cracking or flaking too?'],
    [60, 'p', 'yes from the cover, the corners are crumbly'],
    [66, 'i', "Marguerite, can you take this? Patron has an 1890s leather ledger with red rot and wants to know about treating it — you know the conservation books much better than I do."],
    xfer(70, 'Marguerite', 'marguerite-bb'),
    [100, 'l', "Hello, Marguerite at the Enoch Pratt Free Library here. That reddish powder has a name: red rot.", as(MARGUERITE)],
    [106, 'l', "Red rot is the leather breaking down from age and air pollution. It can't be reversed, but it can be slowed: conservators brush on a consolidant (Klucel G in alcohol), and for a family piece the simplest step is to keep it in a cloth box or a paper wrapper so the powder doesn't spread. The Library of Congress explains red rot and how to handle it on its preservation pages at loc.gov/preservation (search 'red rot').", as(MARGUERITE)],
    [112, 'l', 'Does that help?', as(MARGUERITE)],
    [140, 'p', "yes thank you, that's everything"],
    [146, 'l', 'Glad to help — thanks for chatting!', as(MARGUERITE)],
  ], usual({ transfer: 'fail' })),

  // 09 Spanish: a notice and a note saying why, both before the transfer; no code field
  s(COLLEEN, '09 papeles de familia que se ponen amarillos (Spanish): Colleen\'s "Un momento … I\'m going to connect you", a note why, Beatriz, archives.gov + gaylord.com, no code field', [
    [0, 'p', 'hola, tengo documentos viejos de mi familia de El Salvador, actas y cartas, y se estan poniendo amarillos. como los guardo para que no se dañen?'],
    [21, 'l', "Hello! I'm Colleen, a librarian at Carroll County Public Library. Un momento, por favor — I'm going to connect you with a colleague who speaks Spanish."],
    [24, 'i', "Beatriz, could you take this one? Patron writing in Spanish about storing old family documents (birth records, letters) that are yellowing. My Spanish isn't good enough to help properly."],
    xfer(28, 'Beatriz', 'beatriz-bb'),
    [55, 'l', '¡Hola! Soy Beatriz, bibliotecaria de AskUsNow!. Con gusto le ayudo en español.', as(BEATRIZ)],
    [61, 'l', '¿Los documentos están doblados o guardados en bolsas de plástico ahora? ¿Y piensa exhibirlos o sólo guardarlos?', as(BEATRIZ)],
    [100, 'p', 'doblados en un sobre de manila. solo guardarlos'],
    [110, 'l', 'Lo mejor es desdoblarlos con cuidado y guardarlos planos en carpetas de papel libre de ácido, dentro de una caja de archivo, en un lugar fresco y seco de la casa (nunca en el sótano ni en el ático). Los sobres de manila tienen ácido y los amarillean más. El Archivo Nacional de EE. UU. tiene una guía para guardar documentos familiares en archives.gov/preservation/family-archives, y proveedores como Gaylord (gaylord.com) venden las carpetas y las cajas. ¿Responde esto a su pregunta?', as(BEATRIZ)],
    [150, 'p', 'sí, muchas gracias. eso es todo'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte con los documentos.', as(BEATRIZ)],
  ], usual({ transfer: 'pass', code: 'na' }), { resolutionCode: undefined }),

  // 10 plain good: the restatement, a database and a book, the anything-else question
  s(MEI, '10 why books from 1850-1950 crumble, for a class paper: "So you need sources on why paper from that period turns brittle", Double Fold + loc.gov + Academic Search Complete', [
    [0, 'p', "hi I'm writing a paper for my library science class about why books from like 1850-1950 crumble. I need a couple sources"],
    [15, 'l', "Hi! Welcome to Ask a Librarian — I'm Mei, a librarian at Montgomery County Public Libraries."],
    [21, 'l', 'So you need sources on why paper from that period turns brittle. Does your professor want scholarly articles only, or are books and reputable websites OK too?'],
    [55, 'p', 'mix is fine, at least one scholarly'],
    [64, 'l', "Good. For the history, Nicholson Baker's 'Double Fold' (in our catalog at montgomerycountymd.gov/library) is a lively, critical account of acidic paper and library microfilming. The Library of Congress explains the chemistry (wood pulp and alum-rosin sizing) and its mass deacidification program at loc.gov/preservation. For a scholarly article, search 'acid paper' or 'paper deterioration' in Academic Search Complete, from our Research page with your library card."],
    [70, 'l', 'Is this the kind of thing you need?'],
    [105, 'p', 'yes!! double fold sounds perfect'],
    [111, 'l', 'Great! Can I help you find anything else?'],
    [130, 'p', "nope that's it, thanks a bunch"],
    [135, 'l', "You're welcome — good luck with the paper, and thanks for chatting!"],
  ], usual()),

  // 11 partly Spanish: no question, no source, a shop to ask at with no way to reach it
  s(GUS, '11 a little book from a daughter\'s cuento (partly Spanish): a pamphlet stitch from memory, "the craft section at Michaels … just ask there" (no contact), "Did that help?"', [
    [0, 'p', 'hola, my daughter wrote un cuento and wants to make it into a real little book. whats the easiest way to bind like 10 paginas'],
    [20, 'l', 'Hi, thanks for contacting Charles County Public Library! Gus here.'],
    [26, 'l', "The easiest is a pamphlet stitch: fold the pages in half together, poke three holes along the fold with a pushpin, and sew through them with embroidery floss. Start inside at the middle hole, come back in at the top hole, go down and out the bottom hole, then back in at the middle and tie a knot around the long stitch. A sheet of cardstock folded around the pages makes the cover. If you want a proper awl, the craft section at Michaels has one for a few dollars — just ask there."],
    [32, 'l', 'Did that help?'],
    [60, 'p', "yes! we'll try it tonight. thank u"],
    [66, 'l', 'Have fun — thanks for chatting with us!'],
  ], usual({ clarify: 'fail', source: 'fail', anything: 'fail', referral: 'fail' })),

  // 12 an offer instead of the completeness question; "Feel free to come back if …" instead of anything else
  s(NELL, '12 foxing on an 1870s Talbot County map: culturalheritage.org, "Would you like me to look up framers in Easton …?" (an offer), "Feel free to come back if you think of anything else!"', [
    [0, 'p', 'I have an 1870s map of Talbot County with brown spots all over it. what causes that and can it be removed?'],
    [24, 'l', 'Good evening, Nell here at the Talbot County Free Library. Thanks for your question!'],
    [30, 'l', 'Is the map framed and hanging, or stored flat? And is it printed on paper alone, or backed with cloth?'],
    [70, 'p', 'framed, in the living room. just paper i think'],
    [80, 'l', "Those brown spots are called foxing, from mold and traces of iron in the paper reacting with humidity. Taking them out means washing and bleaching the paper, which only a paper conservator should attempt; at home, the best you can do is stop it spreading: reframe with acid-free mat board and UV-filtering glazing, and hang it on an inside wall away from damp. The American Institute for Conservation's 'Caring for Your Treasures' pages at culturalheritage.org cover paper and framing."],
    [86, 'l', 'Would you like me to look up framers in Easton who use archival materials?'],
    [120, 'p', 'no, i know one. ok thanks'],
    [126, 'l', 'Great. Feel free to come back if you think of anything else!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 13 "your time is up"
  s(REGGIE, '13 a colonial-era book replica for History Day, then a list: Greenfield\'s ABC of Bookbinding, "I\'m afraid your time is up for this chat. Bye!"', [
    [0, 'p', "for history day i'm making a replica of a colonial era book. how were books bound in the 1700s?"],
    [19, 'l', "Hi! I'm Reggie with Allegany County Library System."],
    [25, 'l', 'Do you need the binding process itself, or how the finished book should look for your display?'],
    [50, 'p', 'both i guess'],
    [60, 'l', "Most 1700s books were sewn by hand onto raised cords, the cords laced into boards, and the whole thing covered in calf leather; cheaper books got boards covered in paper. Jane Greenfield's 'ABC of Bookbinding' explains each step with drawings, and it's in our catalog at alleganycountylibrary.info. Does that answer your question?"],
    [90, 'p', 'yes. also how do i make fake leather, what paper did they use, how do i make pages look old, what glue, and how long will it take'],
    [98, 'l', "I'm afraid your time is up for this chat. Bye!"],
    [105, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 the allowed ending: other patrons waiting, come back later
  s(WREN, '14 making recycled paper with a Cub Scout den, then a long list: Hiebert\'s Papermaker\'s Companion, "several other patrons waiting … come back and start a new chat"', [
    [0, 'p', 'hi, I want to make paper from scrap paper with my cub scout den. what do we need?'],
    [17, 'l', "Hello, Wren here — I'm a librarian at Queen Anne's County Library. Happy to help!"],
    [23, 'l', 'How many kids, and about how old are they?'],
    [45, 'p', '8 kids, 7 and 8 years old'],
    [55, 'l', "You'll need a blender, a dishpan, a mould and deckle (an old picture frame with window screen stapled across works), felt or dish towels, and a sponge. Helen Hiebert's 'The Papermaker's Companion' is in our catalog at qaclibrary.org and walks through a first batch step by step. Does that cover it?"],
    [90, 'p', 'yes thanks! also how do we add flower petals, can we dye it, how long does it dry, can we write on it with markers, and do u know a place for a field trip'],
    [98, 'l', 'Those are all good questions! I have several other patrons waiting right now, so please come back and start a new chat later and we can go through them one at a time.'],
    [115, 'p', "sure np. that's everything for now then, thank you"],
    [121, 'l', 'Thanks so much, and have fun with the den!'],
  ], usual()),

  // 15 "My shift is ending, so I have to close this chat now." — no way back, no goodbye; code null
  s(INGRID, '15 rebinding 30 sci-fi paperbacks as hardcovers: Acme Bookbinding by its URL, a new question, "My shift is ending, so I have to close this chat now.", code null', [
    [0, 'p', 'is there anywhere that will rebind my paperbacks into hardcovers? i have a bunch of old sci fi paperbacks'],
    [18, 'l', 'Hello and welcome to Ask a Librarian! This is Ingrid at Washington County Free Library.'],
    [24, 'l', 'How many books are we talking about, and do you want them to keep their original covers?'],
    [60, 'p', 'like 30, and yes keep the covers if possible'],
    [70, 'l', "Library binderies do exactly that: they sew the paperback into a hardcover and can bind the original cover in. You can contact Acme Bookbinding through acmebook.com for a quote; it takes work from individuals as well as libraries."],
    [76, 'l', 'Did that help?'],
    [100, 'p', 'yes! and do you know if any place in hagerstown does it? shipping 30 books is $$$'],
    [106, 'l', 'My shift is ending, so I have to close this chat now.'],
    [110, 'p', 'oh.. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 16 final idle of exactly 120 s ending at a goodbye, no check-in
  s(DMITRI, '16 a binding for a 24-page poetry chapbook: Ikegami\'s Japanese Bookbinding, then only "Thanks for chatting — …" exactly 120 s after the answer (no check-in)', [
    [0, 'p', 'whats the best binding for a small poetry chapbook, like 24 pages? want it to look handmade'],
    [21, 'l', 'Hi! Dmitri here, librarian at Kent County Public Library.'],
    [27, 'l', 'Will it be one copy or an edition of many, and does it need to open flat?'],
    [60, 'p', 'maybe 50 copies. opening flat not important'],
    [70, 'l', "For 50 handmade copies, a Japanese stab binding or a simple pamphlet stitch through the fold are both quick and look lovely. Kojiro Ikegami's 'Japanese Bookbinding: Instructions from a Master Craftsman' is the classic guide, and you can request it through our catalog at kentcountylibrary.org. Does that help, or would you like more options?"],
    [190, 'l', 'Thanks for chatting — good luck with the chapbook!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 17 final idle of 179 s: a check-in, then a goodbye
  s(HAZEL, '17 a 1968 yearbook with pages dried stuck together: the AIC directory at culturalheritage.org, "Hi, are you still there?" at 146, a goodbye at 245 (179 s)', [
    [0, 'p', 'my 1968 high school yearbook got wet and now some pages are stuck together. can they be separated?'],
    [22, 'l', "Hi, this is Hazel, a librarian at Worcester County Library. Sorry to hear about the yearbook!"],
    [28, 'l', 'Are the pages still damp, or have they dried stuck?'],
    [55, 'p', 'dried. it happened a while ago'],
    [66, 'l', "Unfortunately, glossy coated pages like yearbook paper often fuse for good once they dry stuck, and pulling them apart tears the photos. A paper conservator can sometimes separate them, and the American Institute for Conservation's 'Find a Conservator' directory at culturalheritage.org lists conservators by specialty and location. Is that what you were looking for?"],
    [146, 'l', 'Hi, are you still there?'],
    [245, 'l', "I haven't heard back, so I'll let you go. Thanks for contacting us, and good luck with the yearbook!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 18 final idle of exactly 180 s to endedAt: a check-in and a notice, neither thanking nor saying goodbye
  s(JAMAL, '18 storing 1970s newsprint comics: Mylar + boards + loc.gov, "You still there?" at 190, "Looks like you\'ve disconnected — I\'m going to end this session now." at 230, ended at 240 (180 s)', [
    [0, 'p', 'yo whats the best way to store old comics so the paper doesnt turn yellow'],
    [19, 'l', "Hey, welcome to Ask a Librarian! I'm Jamal at Wicomico Public Libraries."],
    [25, 'l', 'Are these newsprint comics from before the 80s, or newer ones on glossy paper?'],
    [50, 'p', 'mostly 70s stuff'],
    [60, 'l', "70s comics are printed on newsprint, which is acidic, so some yellowing is built in, but you can slow it a lot: store each one in a polypropylene or Mylar bag with an acid-free backing board, upright in a comic box, somewhere cool, dark and dry. The Library of Congress has a page on caring for comic books under loc.gov/preservation (search 'comic books'). Did that help?"],
    [190, 'l', 'You still there?'],
    [230, 'l', "Looks like you've disconnected — I'm going to end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 10 }),

  // 19 a notice that thanks and invites back, 235 s after the answer, with no check-in before it
  s(ESTHER, '19 a musty smell in yard-sale books from Oakland: baking soda + nedcc.org, then only "It looks like you\'ve disconnected, so I\'m closing this chat. Thanks … come back anytime!" (235 s)', [
    [0, 'p', 'how do i get the musty smell out of some old books i bought at a yard sale in oakland'],
    [24, 'l', 'Hello! This is Esther at the Ruth Enlow Library of Garrett County.'],
    [30, 'l', 'Is there any visible mold — fuzzy spots or stains — or is it only the smell?'],
    [66, 'p', 'just the smell i think'],
    [75, 'l', "For smell alone, stand the books partly open in a dry, airy room for a few days, then put them in a closed plastic tub next to (not touching) an open box of baking soda or a bag of activated charcoal for a week or two. NEDCC's preservation leaflets at nedcc.org cover mold and odors if you notice any spots later. Does that answer your question?"],
    [310, 'l', "It looks like you've disconnected, so I'm closing this chat. Thanks for contacting us, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 20 a true Lost Call: the patron gone before the greeting, which thanks
  s(RAVI, '20 beginner bookbinding books (Lost Call): the patron left at 8 s, one greeting with thanks at 35, ended at 95', [
    [0, 'p', 'do you have any books on bookbinding for beginners'],
    left(8),
    [35, 'l', "Hi, thanks for contacting St. Mary's County Library! I'm Ravi, a librarian."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 21 Lost Call after two patron lines; a check-in and the seed's notice, inviting back
  s(FIONA, '21 a 1790 land deed in pieces (Lost Call, two patron lines): greeting at 50, "Are you still there?" at 175, "… If I don\'t hear from you soon, I\'ll end this session" at 300', [
    [0, 'p', 'is there anyone in cecil county who can fix a really old document'],
    [20, 'p', 'its a land deed from 1790 and its in pieces'],
    [50, 'l', "Hello, I'm Fiona, a librarian at Cecil County Public Library. What can I help you with today?"],
    [175, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've disconnected. If I don't hear from you soon, I'll end this session — feel free to start a new chat anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 no provider ever joined; code ""
  s(QUEUE, '22 does the library have a book press to use: no provider ever joined, the queue\'s line, "hello??", the patron left, code ""', [
    [0, 'p', 'does any branch have a book press i can use? trying to fix a cookbook'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you soon.'],
    [140, 'p', 'hello??'],
    [210, 'p', 'ok never mind'],
    left(214),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: '' }),

  // 23 Practice
  s(TRAINEE, '23 practice chat (a follow-up script on book repair): coded Practice, every check na', [
    [0, 'p', 'TEST chat — practicing the follow-up script. can you email me book repair handouts?'],
    [10, 'l', 'Practice: sure, what e-mail should I use?'],
    [20, 'p', 'trainer.test@example.org'],
    [28, 'l', "Practice: I'll e-mail the handouts to trainer.test@example.org by tomorrow. Bye!"],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 FU_ME: e-mail read back, "by Friday", done at 16:02 +01:00 on Thursday (71 h 59 min 29 s after the end)
  s(QUENTIN, '24 a binder\'s ticket "Bound by W. H. Kemp, Baltimore" in an 1852 hymnal: archive.org directories, e-mail read back, "by Friday", done 2026-03-05T16:02:00+01:00', [
    [0, 'p', "Hi, I found a tiny label inside the cover of an old hymnal that says 'Bound by W. H. Kemp, Baltimore'. Is there any information about Baltimore bookbinders in the 1800s?"],
    [17, 'l', "Good morning! I'm Quentin, a librarian in Special Collections at the Enoch Pratt Free Library."],
    [23, 'l', "Is there a date in the hymnal? And are you after the binder's history, or what the book might be worth?"],
    [60, 'p', "1852 on the title page. mostly the history, it was my great great grandmother's"],
    [70, 'l', "Binders often pasted in little tickets like that. Baltimore city directories list tradesmen year by year, and the 1850s volumes are free to read at the Internet Archive (archive.org, search 'Baltimore city directory 1852'). Our Maryland Department also keeps a card file on Baltimore binders that isn't online; I can go through it and e-mail you what I find. What's a good e-mail for you?"],
    [100, 'p', 'that would be amazing. its ruth.okafor@example.com'],
    [106, 'l', "Thanks — ruth.okafor@example.com. I'll check the file and e-mail you by Friday. In the meantime, is the directory link helpful?"],
    [140, 'p', "yes!! found him in the 1851 one already. that's all I need for now, thank you"],
    [146, 'l', 'Wonderful! Thanks for chatting, and talk to you soon.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T16:02:00+01:00' }] }, { now: T0 + 5 * DAY }),

  // 25 FU_LIB: phone read back, "by Wednesday afternoon", not recorded one minute before the deadline
  s(SILAS, '25 borrowing a book press in Westminster: library.carr.org Library of Things, the branch to call back, phone read back, "by Wednesday afternoon", pending 1 min before 72 h', [
    [0, 'p', "Does Carroll County library lend bookbinding tools? like a book press or a punching cradle? I'm in Westminster"],
    [19, 'l', "Hi, thanks for using AskUsNow! I'm Silas, a librarian at Dorchester County Public Library, covering the statewide chat."],
    [25, 'l', 'Would you want to take the tools home, or use them at the library in a makerspace?'],
    [55, 'p', 'take home ideally'],
    [65, 'l', "Carroll County Public Library's Library of Things is listed at library.carr.org (Borrow > Library of Things), but I can't tell from the list whether a book press is in it right now. I can ask the Westminster branch to check and call you. What's the best number to reach you?"],
    [90, 'p', '410-555-0193'],
    [96, 'l', 'Got it, 410-555-0193. Someone from the Westminster branch will call you by Wednesday afternoon. Does the Library of Things list help in the meantime?'],
    [130, 'p', "yes, thanks very much. that's all"],
    [136, 'l', "You're welcome — thanks for chatting, and happy binding!"],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + (141 + 72 * HOUR - 60) * 1000 }),

  // 26 a promise with a time but no contact, coded Answered; not recorded four days on
  s(PALOMA, '26 1880s baptism registers at a church in Upper Marlboro: nedcc.org, "I\'ll get back to you about it tomorrow", no contact, coded Answered, no completeness question, day 4', [
    [0, 'p', 'Our church in Upper Marlboro has baptism registers from the 1880s and the bindings are falling apart. What should we do with them?'],
    [21, 'l', "Good afternoon! I'm Paloma, a librarian at Prince George's County Memorial Library System."],
    [27, 'l', 'Are the registers still used for looking things up, or mostly kept for history now? And would the church like them digitized?'],
    [70, 'p', 'history mostly. digitizing would be great eventually'],
    [80, 'l', "The first step is to handle them as little as possible and put each register in its own archival box; please don't tape or glue the bindings. NEDCC (nedcc.org) has free preservation leaflets on storage and on planning a digitization project."],
    [86, 'l', "There's also a small grant program for historical collections that I want to double-check; I'll get back to you about it tomorrow."],
    [110, 'p', 'great thank you'],
    [116, 'l', 'Is there anything else you need today?'],
    [140, 'p', "no, that's it for now"],
    [145, 'l', 'Thank you for chatting, and take good care of those registers!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 27 FU_ME: the e-mail typed in the chat but no time ("as soon as I hear from them"); done 72 h 1 min after the end
  s(NOOR, '27 a suminagashi marbling workshop: hclibrary.org/events + Creativebug, "I\'ll e-mail you … as soon as I hear from them" (no time), FU_ME, recorded 72 h 1 min after', [
    [0, 'p', 'hi! does howard county library ever do paper marbling workshops? i saw one on instagram and want to try'],
    [16, 'l', "Hello! I'm Noor, a librarian at Howard County Library System. Thanks for reaching out."],
    [22, 'l', 'Are you interested in the Turkish style with a thickened bath (ebru), or the Japanese floating-ink kind, suminagashi?'],
    [50, 'p', 'the japanese one i think!! the ink floating on water'],
    [60, 'l', "That's suminagashi. Our events calendar at hclibrary.org/events doesn't list a marbling class right now, but the makerspace team is planning spring workshops. If you'd like, I'll ask them and e-mail you what they say. Meanwhile, Creativebug (free with your HCLS card) has a short suminagashi lesson."],
    [80, 'p', 'yes please! mara.lindqvist@example.org'],
    [86, 'l', "Perfect, I'll e-mail you at mara.lindqvist@example.org as soon as I hear from them. Did the Creativebug tip help for now?"],
    [110, 'p', "yes i'll try it this weekend, thanks!"],
    [116, 'l', 'Is there anything else I can help you with?'],
    [130, 'p', "nope, that's all 😊"],
    [135, 'l', 'Have fun with the ink, and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(140 + 72 * HOUR + 60) }] }, { now: T0 + 5 * DAY }),

  // 28 two parties in one message: the State Archives by phone, the historical society with no way to reach it
  s(TAMSIN, '28 a water-stained 1863 Union soldier\'s letter near Princess Anne: "call the Maryland State Archives\' conservation staff at 410-555-0150, or ask the Somerset County Historical Society" (no contact)', [
    [0, 'p', "I have a letter from a Union soldier from 1863, it got a water stain and the ink is running a bit in one corner. who can help with that around princess anne?"],
    [23, 'l', "Hi there, I'm Tamsin, a librarian with the Somerset County Library System. What a treasure!"],
    [29, 'l', 'Is the letter damp now, or is this an old stain that has dried?'],
    [60, 'p', 'dried, old stain. but i want someone to look at it'],
    [70, 'l', "For a professional look, you could call the Maryland State Archives' conservation staff at 410-555-0150, or ask the Somerset County Historical Society, which may know local people who work on old papers. Until then, keep it flat in an acid-free folder and out of the light."],
    [76, 'l', 'Does that help?'],
    [100, 'p', "yes, thank you. that's all I needed"],
    [105, 'l', 'Take care, and thanks for chatting with us!'],
  ], usual({ referral: 'fail' })),

  // 29 the own library's makerspace to visit, with its street address; the Skillshare app named with no way to reach it
  s(FARAH, '29 a paper cutter and book press for a 40-copy zine: "Stop by the makerspace desk at 850 Costley Way, Prince Frederick", "the Skillshare app" (no source)', [
    [0, 'p', 'hey is there anywhere in calvert county i can use a paper cutter and a book press? making a zine'],
    [18, 'l', 'Hi! Farah here, a librarian at Calvert Library. Fun project!'],
    [24, 'l', 'How many copies are you making, and what size?'],
    [50, 'p', 'like 40 copies, half letter'],
    [60, 'l', 'Our Prince Frederick branch has a makerspace with a heavy-duty paper cutter and a long-reach stapler, which is perfect for half-letter zines. Stop by the makerspace desk at 850 Costley Way, Prince Frederick, and ask them to show you the equipment. For folding and stitching tips, a lot of zinesters like the Skillshare app.'],
    [66, 'l', 'Is that what you were looking for?'],
    [90, 'p', "yes!! perfect, that's all i needed"],
    [95, 'l', 'Awesome, have fun making it — thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'pass' })),

  // 30 a transfer whose internal note does not say why; the receiver has four chats open in her part
  s(ARLO, '30 a clamshell box for a grandfather\'s Bible: "I\'m going to pass you to her", a note "June, can you take this one?" (no why), June, Zeier; June four open in her part', [
    [0, 'p', "hello, I want to make a clamshell box for my grandfather's old bible. is there a good how-to?"],
    [20, 'l', "Hi, I'm Arlo, a librarian at Baltimore County Public Library."],
    [26, 'l', 'About how big is the Bible, and do you want a simple box or a cloth-covered one?'],
    [60, 'p', 'about 10 by 7 inches and 3 thick. cloth covered would be nice'],
    [66, 'l', "My colleague June teaches book arts programs, so I'm going to pass you to her — one moment!"],
    [68, 'i', 'June, can you take this one?'],
    xfer(71, 'June', 'june-bb'),
    [100, 'l', "Hi, this is June at Anne Arundel County Public Library — I hear you're building a clamshell box!", as(JUNE)],
    [108, 'l', "Franz Zeier's 'Books, Boxes and Portfolios' walks through a cloth-covered clamshell (drop-spine) box step by step, and it's in our catalog at aacpl.net. Measure the Bible at its widest points and add a couple of millimetres all round for the inner tray.", as(JUNE)],
    [114, 'l', 'Does that help?', as(JUNE)],
    [150, 'p', "yes thank you, that's all I needed"],
    [156, 'l', 'Good luck with the box, and thanks for chatting!', as(JUNE)],
  ], usual({ transfer: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [
      other('a1', 'arlo-bb', -50, 40), other('a2', 'arlo-bb', 10, 200),
      other('j1', 'june-bb', -100, 300), other('j2', 'june-bb', 50, 120), other('j3', 'june-bb', 90, 400),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BOOKBINDING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('11')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 2: "… If you want a proper awl, the craft section at Michaels has one for a few dollars — just ask there." The patron is told to visit a named shop and ask there, an organisation outside the chat ("call, write to, ask or visit them"), with no e-mail, phone, postal address or URL: a referral whose party has no way to reach it, so RUBRIC.md fails it.',
  [byNo('29')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 4: "… Stop by the makerspace desk at 850 Costley Way, Prince Frederick, and ask them to show you the equipment." The one party referred, the own library\'s makerspace, comes with a street number, street and town, a postal address (RUBRIC.md names no ZIP or state as needed); "the Skillshare app" is not a party the patron is told to contact.',
};

describe('eighty-sixth round: bookbinding, book repair and paper conservation, checked', () => {
  describeSessions('whole sessions', BOOKBINDING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BOOKBINDING.filter((c) => c.name in LEFT_WHY));
});
