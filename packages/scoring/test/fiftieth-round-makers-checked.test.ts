/**
 * Fiftieth round, theme MAKERSPACES AND THE LIBRARY OF THINGS, checked: 30 whole sessions no one had written, from public
 * library "ask a librarian" chats about 3D printing (first print from an .stl, a failed order, a 3D scanner, 3D pens for
 * kids), laser cutters (orientation, file types, own wood), a Cricut in the teen space, sewing machines (lending in Spanish, a
 * jamming loaner, a 1970s Kenmore manual, sewing classes in Spanish), knitting cables, a 1950s quilt pattern book, tool
 * lending (hammer drill, bike repair kit, soldering station), the podcast and recording studios, a woodshop class, the
 * library of things (telescope wait and renewal, ukulele kit, VR headset, number cake pans) and repair how-tos (a toaster,
 * glue for felt coasters). Providers answer from makerspace pages, catalogs, guides, iFixit, Park Tool and the Internet
 * Archive, refer to a community tool library, the Repair Café and their own Makerspace desk, transfer to makerspace
 * specialists, and promise follow-ups. Every one of the 17 checks labelled in every session from RUBRIC.md's text before it was
 * run (the labels copied aside to /tmp/fiftiethRoundMakers-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: "Hi there! This is Priya, makerspace librarian at …"; "Hello! Marcus at the Eastgate Library Ask Us chat.";
 *   Spanish "¡Hola! Le saluda Lucía, de la Biblioteca de …" and "¡Hola! Soy Tom, de la biblioteca de …" each with a question in
 *   the same line; a bare "Hi" + "this sat or next?" under the screen name mpl_desk3 (fail); "Dev, Ask Us @ Clearwater
 *   Library." with no greeting word (fail); chat-speak "hi! Mo here @ Ask a Librarian, Greenway Libraries"; a 75 s pickup
 *   ("thanks for waiting!", fail); `pickedUpAt` at 40 s with the first line at 70 s (pass); a queue line before a Lost Call;
 *  inquiry: branch, location, file type, design software, age, 18+, tube or tubeless, wood type, project type, cardholder /
 *   residency; a question asked in the same line as the first source ("What are you recording, by the way?", fail); a
 *   Spanish question containing "algo más" (LEFT); a lone clarifying question in a session the patron abandoned (pass, no
 *   source ever given);
 *  waits: "ok lemme check the schedule real quick" then 154 s (fail); holds at 76/180/290 with 180 a partial result that says
 *   "still looking" (pass); a Spanish transfer notice "Un momento, le paso con mi compañera Ana" (a hold, 44 s); a silent
 *   transfer with the receiver's first line 145 s after the patron (fail); a 110 s gap before a goodbye after the patron left;
 *  endings: check-in at 320 + notice that invites back at 500; "Are you still there?" 134 s into a 164 s final idle with no
 *   goodbye (idle pass, notice na, courteous fail); a goodbye 204 s after the answer, no check-in (idle and notice fail);
 *   one last line that asks "Are you still there?", gives the notice and thanks (284 s final idle to endedAt); "You've asked
 *   a lot of questions today and I need to wrap this up now." (dismissal); "other patrons waiting … welcome to chat back in
 *   later. Thanks for chatting!" (allowed); curt "Then try next week." + "bye"; patron-side "thats all i needed", "eso es
 *   todo", "that's everything", "no more questions", "ya thats all i need", "ok ty thats all"; "ok", "k", "nah", "thanks",
 *   "thank u so much" (not done);
 *  sources: makerspace, booking, class, catalog and account URLs; a book by title + call number with a database by URL;
 *   searspartsdirect.com, archive.org, ifixit.com, parktool.com; none at all (glue advice from memory: fail);
 *  completeness: "Does that answer your question?", "That help?", "¿Eso es lo que buscaba?", "Would that work for your
 *   project?", "Would that do the job?", "Will that work?", "¿Le sirve?", "Does that cover it?" (pass); "Want me to put you
 *   on it?" (an offer: fail);
 *  referrals: a community tool library "call them at 555-…" (pass); the own Makerspace desk "stop by … or call them at
 *   555-…" (pass); the Repair Café "you can bring it to them" (no contact, LEFT); "Staff can help clean up the mesh" (no
 *   referral, LEFT); Library of Things staff consulted on the patron's behalf (no referral);
 *  follow-ups: FU_ME with the e-mail read back and "by Friday", done in 30 h (pass); a promise ("get back to you") with the
 *   e-mail read back but no time, coded Answered (code and contact fail, on_time pending); FU_LIB with the e-mail read back
 *   and "within 72 hours", done after 90 h (late); FU_ME by phone read back, "by Monday", nothing recorded by day 4
 *   (overdue); the print service's "we'll email you when it's ready" (no follow-up, LEFT);
 *  codes: a true Lost Call (one patron line); Lost Call after a clarifying question the patron never answered (one patron
 *   line: pass); Lost Call after three patron lines (fail); null; Practice;
 *  transfers: an English notice + a note that says why (pass); a Spanish notice + note (pass); a note only (fail);
 *  concurrency: four at once (fail); others ending at the start second and starting at the end second, three at most (pass);
 *   the receiving librarian at four during her part of a transfer (fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - the print service's "we'll email you when it's ready at the Main desk" (01) is a pickup notice, not a promise "to send or
 *   find more later" on the question: no follow-up session (follow-up checks na, code Answered passes);
 * - "Staff can help clean up the mesh for printing" (14) tells the patron to contact or visit no one (the help comes with the
 *   booking): no referral; "the Greenway Repair Café fixes small appliances for free, you can bring it to them" (21) tells the
 *   patron to take the toaster there: a referral (visit), here with no contact; "stop by the Makerspace desk first or call them
 *   at 555-218-3300" (27) refers to the library's own department, with a phone; "I'll ask our Library of Things staff" (08) is
 *   staff consulted on the patron's behalf;
 * - a clarifying question in the same message as the first source ("You can book … at ridgewaylib.org/studio … What are you
 *   recording, by the way?", 22) is not before that message: fail;
 * - a session where the provider greeted and asked one clarifying question and the patron never wrote again (25) has a
 *   substantive exchange (RUBRIC: "a clarifying question counts"): source, completeness and anything_else fail, clarify passes
 *   ("If no source is ever given, any such question counts"); its final idle runs from the greeting (the first non-hold
 *   provider line after the patron's only line) to the goodbye, and Lost Call passes (one patron message);
 * - a last line that asks "Are you still there?" and also thanks and invites back (29) is no Goodbye in the Terms' sense (so
 *   the final idle runs to `endedAt`), yet it passes closing.courteous, whose rule asks only that the line "thanks the patron
 *   … or invites them back";
 * - "Thanks for chatting, have fun strumming!" sent 110 s after the patron's "k" and their leaving (16) is within a wait on the
 *   provider of under 120 s, and as the first non-hold line after the patron's last it is also a goodbye that ends a final
 *   idle of 0 s (idle na);
 * - with a transfer, concurrency judges the receiving librarian over [transfer, end): Ana with three others open from 100 s
 *   makes four (30);
 * - "Would that work for your project?", "Would that do the job?", "Will that work?", "¿Le sirve?" ask whether what was given
 *   meets the need; "Want me to put you on it?" (the holds list) offers more and does not.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 0.
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.contact / followup.on_time / resolution.code, case 01: "we'll email you when it's ready at the Main desk" (the
 *    print-ready notice) read as a follow-up promise (fail / pending / fail; RUBRIC na / na / pass);
 *  - inquiry.clarify, case 03: "¿Qué tipo de proyecto tiene en mente, ropa o algo más pesado como tapicería?" not read as a
 *    question about the need ("algo más" appears taken for "anything else?") (fail; RUBRIC pass);
 *  - referral.contact, case 14: "Staff can help clean up the mesh for printing." read as a referral without contact (fail;
 *    RUBRIC na);
 *  - referral.contact, case 21: "the Greenway Repair Café … you can bring it to them" read as no referral (na; RUBRIC fail).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a partial-result hold, internal and
 * transfer lines, idle and disconnect spans of 0, 164, 204, 284, 320 and 325 s, concurrency at touching ends and across a
 * transfer, on_time done / late / pending / overdue) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails and a phone typed in the chat and read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft).
 *
 * ON V49 (block O, after this file was labelled on v48): case 03 (O6: "algo más pesado") reads as labelled: 27 running, 3 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, P, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you soon.`];

const PRIYA: Prov = P('priya-m', 'Priya', 'CFPL');
const MARCUS: Prov = P('marcus-m', 'Marcus', 'EGL');
const LUCIA: Prov = P('lucia-m', 'Lucía', 'RVL');
const BEN: Prov = P('ben-m', 'Ben', 'ORPL');
const STUDIO: Prov = P('studio-m', 'mpl_desk3', 'MPL');
const DOLORES: Prov = P('dolores-m', 'Dolores', 'WFL');
const SAM: Prov = P('sam-m', 'Sam (Makerspace)', 'HVL');
const TAMARA: Prov = P('tamara-m', 'Tamara', 'BCL');
const RHEA: Prov = P('rhea-m', 'Rhea', 'MGL');
const OMAR: Prov = P('omar-m', 'Omar', 'PCL');
const GWEN: Prov = P('gwen-m', 'Gwen', 'LVPL');
const ANDRE: Prov = P('andre-m', 'Andre', 'LVPL');
const KENJI: Prov = P('kenji-m', 'Kenji', 'SPL');
const LENA: Prov = P('lena-m', 'Lena Ortiz', 'SPL');
const NADIA: Prov = P('nadia-m', 'Nadia', 'BRL');
const LUIS: Prov = P('luis-m', 'Luis', 'FML');
const RUTH: Prov = P('ruth-m', 'Ruth', 'KENT');
const JESS: Prov = P('jess-m', 'Jess', 'HPL');
const FARAH: Prov = P('farah-m', 'Farah', 'NFL');
const HENRY: Prov = P('henry-m', 'Henry', 'BVL');
const AARON: Prov = P('aaron-m', 'Aaron (statewide)', 'STATE');
const CAROL: Prov = P('carol-m', 'Carol', 'PHL');
const MO: Prov = P('mo-m', 'mo_greenway', 'GWL');
const IMANI: Prov = P('imani-m', 'Imani', 'RPL');
const PAT: Prov = P('pat-m', 'Pat', 'SGL');
const TRAINER: Prov = P('trainer-m', 'Training Account', 'TRN');
const VIC: Prov = P('vic-m', 'Vic', 'EHL');
const BEA: Prov = P('bea-m', 'Bea', 'LCL');
const KIM: Prov = P('kim-m', 'Kim', 'OPL');
const DEV: Prov = P('dev-m', 'Dev', 'CWL');
const EVA: Prov = P('eva-m', 'Eva', 'MTL');
const TOM: Prov = P('tom-m', 'Tom', 'KFD');
const ANA: Prov = P('ana-m', 'Ana Ruiz', 'KFD');

export const fiftiethRoundMakers: SessionCase[] = [
  // 01 by the book
  s(PRIYA, '01 first 3D print: upload form URL + the print-ready e-mail notice, "Does that answer your question?", "yep thats all i needed"', [
    [0, 'p', 'hi how do i use the 3d printer at the library? never done it before'],
    [20, 'l', 'Hi there! This is Priya, makerspace librarian at Cedar Falls Public Library.'],
    [26, 'l', 'Do you already have a file you want to print (an .stl), or are you starting from scratch?'],
    [80, 'p', 'i have an stl from thingiverse'],
    [86, 'l', "Great. Upload it at cedarfallslibrary.org/makerspace/3dprint — the form asks for the filament color and your card number. Prints are 10 cents a gram and take about 3-5 days; we'll email you when it's ready at the Main desk."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yep thats all i needed'],
    [146, 'l', 'Happy printing! Thanks for chatting.'],
  ], usual()),

  // 02 "ok lemme check" then 154 s
  s(MARCUS, '02 laser cutter orientation: "ok lemme check the schedule real quick" then the answer 154 s later', [
    [0, 'p', 'do i need a class before using the laser cutter??'],
    [15, 'l', 'Hello! Marcus at the Eastgate Library Ask Us chat.'],
    [21, 'l', "Which location's makerspace — Eastgate or the Central Idea Lab?"],
    [50, 'p', 'central'],
    [56, 'l', 'ok lemme check the schedule real quick'],
    [210, 'l', 'Yes, Central requires a 1-hour Glowforge orientation before you can book it solo. Upcoming sessions and signup: eastgatelibrary.org/idealab/classes. Next one is Sat 3/14 at 11.'],
    [216, 'l', 'That help?'],
    [250, 'p', 'ya thx'],
    [255, 'l', 'Anything else?'],
    [280, 'p', 'no'],
    [284, 'l', 'Cool, see you in the lab! Bye'],
  ], usual({ informed: 'fail' })),

  // 03 Spanish: sewing machines
  s(LUCIA, '03 sewing machine lending (Spanish): "Le saluda Lucía", the reservation URL and "¿Eso es lo que buscaba?" in one line, "eso es todo"', [
    [0, 'p', 'Hola, ¿prestan máquinas de coser?'],
    [30, 'l', '¡Hola! Le saluda Lucía, de la Biblioteca de Riverside. ¿Qué tipo de proyecto tiene en mente, ropa o algo más pesado como tapicería?'],
    [90, 'p', 'ropa, dobladillos nomás'],
    [96, 'l', 'Sí, tenemos máquinas Brother básicas en la Biblioteca de Cosas. Se pueden reservar en riversidelib.org/cosas por 2 semanas con su tarjeta. ¿Eso es lo que buscaba?'],
    [150, 'p', 'si perfecto gracias, eso es todo'],
    [156, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual()),

  // 04 telescope wait; check-in + notice that invites back
  s(BEN, '04 telescope kit wait: catalog URL, patron quiet, "Are you still there?" at 320, notice + "chat back anytime" at 500', [
    [0, 'p', 'how long is the wait for the telescope kit'],
    [35, 'l', "Good evening! You're chatting with Ben, a librarian at Oak Ridge Public Library."],
    [41, 'l', 'Which branch would you want to pick it up from?'],
    [100, 'p', 'north'],
    [106, 'l', 'One sec, checking the holds.'],
    [180, 'l', "There are 2 telescope kits at North and 6 holds on them right now; each loan is 3 weeks, so roughly 6-8 weeks. You can place a hold in the catalog at oakridgelibrary.org/catalog — search 'telescope kit'."],
    [186, 'l', 'Does that help?'],
    [320, 'l', 'Are you still there?'],
    [500, 'l', "Looks like you may have disconnected, so I'm going to end this chat. Feel free to chat back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 05 curt, no name
  s(STUDIO, '05 podcast studio Saturday (curt): "Hi" + "this sat or next?" under a screen name, "Then try next week.", "bye"', [
    [0, 'p', 'can i book the podcast studio for saturday'],
    [40, 'l', 'Hi'],
    [44, 'l', 'this sat or next?'],
    [70, 'p', 'this one'],
    [76, 'l', 'Booking is online only: mplibrary.org/studio. Saturdays fill fast.'],
    [120, 'p', 'its all booked'],
    [126, 'l', 'Then try next week.'],
    [150, 'p', 'ok'],
    [155, 'l', 'bye'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail' })),

  // 06 hammer drill: late pickup, tool library by phone
  s(DOLORES, '06 hammer drill: picked up at 75 s, residency asked, Community Tool Library "call them at 555-…", "Would that work for your project?"', [
    [0, 'p', 'Do you lend out power tools? I need a hammer drill for one weekend'],
    [75, 'l', "Hello, thanks for waiting! I'm Dolores, a reference librarian at Westfield Library."],
    [81, 'l', 'Are you a Westfield cardholder? Tool lending is for residents only.'],
    [130, 'p', 'yes i live in westfield'],
    [136, 'l', "Our Library of Things doesn't have a hammer drill, only a regular cordless drill (westfieldlibrary.org/things). For heavier tools, the Westfield Community Tool Library on Elm St lends them for a $20 yearly membership — call them at 555-403-2287."],
    [142, 'l', 'Would that work for your project?'],
    [200, 'p', "yes i'll call them, that's everything"],
    [206, 'l', 'Good luck with the project — thanks for chatting!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 07 follow-up by me, on time
  s(SAM, '07 failed 3D print order (follow-up by me): queue status URL, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'my 3d print was supposed to be ready last week, order #4471. any update?'],
    [25, 'l', 'Hi! This is Sam in the Makerspace at Hillview Library.'],
    [31, 'l', 'Was it submitted through the online form or at the desk?'],
    [70, 'p', 'online form'],
    [76, 'l', 'Let me check the print queue.'],
    [160, 'l', "I see #4471 in the queue but it's marked 'failed - reprint', and the tech who runs the printers is out today. The status page at hillviewlib.org/makerspace/queue says reprints go first. I'll check with him tomorrow and email you an update by Friday. What's the best email?"],
    [220, 'p', 'jlee.prints@example.com'],
    [226, 'l', "Thanks — jlee.prints@example.com. You'll hear from me by Friday."],
    [232, 'l', 'Anything else in the meantime?'],
    [260, 'p', 'no thats all thanks'],
    [266, 'l', 'Thanks for your patience, bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 08 a promise with no time, coded Answered
  s(TAMARA, '08 jamming loaner sewing machine: manual URL, "I\'ll … get back to you", e-mail read back, no time, coded Answered', [
    [0, 'p', 'the sewing machine i borrowed keeps jamming, what do i do'],
    [30, 'l', 'Hello, Tamara here, librarian at Brook County Library.'],
    [36, 'l', 'Is it the thread bunching underneath, or is the needle stopping?'],
    [90, 'p', 'thread bunches under the fabric'],
    [96, 'l', "That's usually the upper threading. The manual for our Singer 4423 is at brookcountylib.org/things/manuals — page 18 shows re-threading with the presser foot UP. Does that help?"],
    [160, 'p', 'tried it still jams'],
    [166, 'l', "Ok. I'll ask our Library of Things staff whether that machine needs servicing and get back to you. Can I have an email?"],
    [200, 'p', 'mara.k@example.com'],
    [206, 'l', 'Got it, mara.k@example.com.'],
    [212, 'p', 'thanks'],
    [218, 'l', 'Thanks for letting us know, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 09 dismissal: asked a lot of questions
  s(RHEA, '09 knitting cables then a list: "You\'ve asked a lot of questions today and I need to wrap this up now."', [
    [0, 'p', 'how do i knit a cable stitch'],
    [20, 'l', "Hi, I'm Rhea, a librarian with Maple Grove Library."],
    [25, 'l', 'Are you a beginner, or have you done basic knit and purl already?'],
    [60, 'p', 'i can knit and purl'],
    [66, 'l', "Then try 'Cables Untangled' by Melissa Leapman, in our catalog at 746.432 LEA, and the Creativebug video classes, free with your card at maplegrovelib.org/creativebug. Does that help?"],
    [110, 'p', 'yes. what about fair isle. and steeking. and how do i block a sweater. and'],
    [116, 'l', "You've asked a lot of questions today and I need to wrap this up now."],
    [130, 'p', 'rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 10 other patrons waiting, chat back in
  s(OMAR, '10 laser file types then a list: "other patrons waiting … welcome to chat back in later. Thanks for chatting!"', [
    [0, 'p', 'what file type does the laser cutter take'],
    [18, 'l', 'Good afternoon and welcome to Ask Pine County Libraries! My name is Omar.'],
    [24, 'l', 'Are you designing in Illustrator, Inkscape, or something else?'],
    [60, 'p', 'inkscape'],
    [66, 'l', 'Save as SVG, with cut lines at 0.001 in stroke in pure red (#FF0000) and engraving in black. Our guide: pinecountylibraries.org/makerlab/laser-guide. Is that what you needed?'],
    [120, 'p', 'yes! also how do i vectorize a photo, and what woods are ok, and can i cut acrylic, and'],
    [126, 'l', "Good questions! There are other patrons waiting right now, so I'll stop here, but the laser guide covers materials, and you're welcome to chat back in later. Thanks for chatting!"],
    [150, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 11 transfer by the book
  s(GWEN, '11 Cricut in the teen space: notice + note, transfer to the Teen Makerspace coordinator, answer 54 s after the notice', [
    [0, 'p', 'Is the Cricut available to use in the teen space? my daughter is 14'],
    [22, 'l', 'Hello, this is Gwen at the Ask Us chat for Lakeview Public Library.'],
    [28, 'l', 'Is she wanting to use it in the library, or to borrow one to take home?'],
    [70, 'p', 'use it there, she wants to make stickers'],
    [76, 'l', "Our Teen Makerspace coordinator knows the Cricut rules best, so I'm transferring you to him now. One moment."],
    [80, 'i', 'Andre, parent asking whether a 14yo can use the Cricut in the teen space for stickers, can you take it?'],
    xfer(84, 'Andre', 'andre-m'),
    [130, 'l', 'Hi, Andre from the Teen Makerspace here! Teens 12-18 can use the Cricut Maker during Teen Lab hours (Tue/Thu 3-6) without booking; sticker vinyl is free. Hours are at lakeviewlibrary.org/teens/makerspace.', as(ANDRE)],
    [136, 'l', 'Does that answer it?', as(ANDRE)],
    [190, 'p', "yes thank you, that's all"],
    [196, 'l', 'Great, tell her to come say hi! Thanks for chatting.', as(ANDRE)],
  ], usual({ transfer: 'pass' })),

  // 12 silent transfer
  s(KENJI, '12 soldering a guitar pedal: internal note only, transfer, receiver\'s first line 145 s after the patron', [
    [0, 'p', 'do you have a soldering station? i want to fix a guitar pedal'],
    [30, 'l', 'Hi! Kenji here, librarian at Summit Public Library.'],
    [36, 'l', 'Which branch are you closest to?'],
    [80, 'p', 'downtown'],
    [86, 'i', 'Lena, soldering q from a patron at downtown, yours?'],
    xfer(90, 'Lena Ortiz', 'lena-m'),
    [225, 'l', 'Hey, Lena from the Downtown Fab Lab. Yes — we have two Hakko soldering stations, bookable in 2-hour slots at summitlibrary.org/fablab/book. Bring your pedal and parts; solder and flux are provided.', as(LENA)],
    [231, 'l', 'Does that help?', as(LENA)],
    [270, 'p', 'perfect'],
    [276, 'l', 'Anything else I can help with?', as(LENA)],
    [300, 'p', 'nope thats everything'],
    [305, 'l', 'Have fun with the pedal! Bye', as(LENA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 13 four at once
  s(NADIA, '13 bike flat: repair kit + Park Tool page; three other chats open, four at once from 40 s', [
    [0, 'p', 'got a flat on my bike, any guides on fixing it?'],
    [25, 'l', "Hi, this is Nadia at Brighton Library's chat service."],
    [31, 'l', 'Is it a tube tire or tubeless? and do you have a patch kit already?'],
    [80, 'p', 'tube i think. no kit'],
    [86, 'l', 'Our Library of Things lends a bike repair kit with tire levers, patches and a pump (brightonlib.org/things/bike-kit), and the Park Tool guide at parktool.com/en-us/blog/repair-help/tire-and-tube-removal-and-installation walks through it with photos. Does that cover it?'],
    [130, 'p', 'yes thx thats all'],
    [135, 'l', 'Thanks for chatting, ride safe!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nadia-m', -200, 300), other('n2', 'nadia-m', -50, 200), other('n3', 'nadia-m', 40, 600)],
  }),

  // 14 three at most, touching ends
  s(LUIS, '14 3D scanner for a lamp part: "Staff can help clean up the mesh", others end at 0 and start at the end second, three at most', [
    [0, 'p', 'does the makerspace have a 3d scanner'],
    [20, 'l', 'Hey there, Luis from Ask a Librarian at Fairmont Library!'],
    [26, 'l', 'What are you hoping to scan — something small like a figurine, or bigger?'],
    [60, 'p', 'a small part of an old lamp, so i can print a new one'],
    [66, 'l', 'We have a Revopoint POP 3 at Main for objects from about 2 to 30 cm; book it at fairmontlib.org/makerspace. Staff can help clean up the mesh for printing. Would that do the job?'],
    [110, 'p', "yes that's it, thank you, no more questions"],
    [115, 'l', "You're welcome, thanks for chatting!"],
  ], usual(), {}, {
    otherIntervals: [other('l1', 'luis-m', -500, 0), other('l2', 'luis-m', -100, 60), other('l3', 'luis-m', 50, 400), other('l4', 'luis-m', 120, 700)],
  }),

  // 15 a true Lost Call
  s(RUTH, '15 embroidery machine (Lost Call): patron leaves at 30, greeting + "It looks like you\'ve left — come back anytime" at 50', [
    [0, 'p', 'are the embroidery machines free to use'],
    queue(3),
    left(30),
    [50, 'l', "Hi, this is Ruth at Kent Library. It looks like you've left — feel free to come back anytime!"],
  ], usual({
    informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Lost Call after three patron lines
  s(JESS, '16 ukulele kit: answered, patron "k" and leaves, goodbye 110 s after, coded Lost Call after 3 patron lines', [
    [0, 'p', 'do u guys lend ukuleles'],
    [20, 'l', 'Hi! Jess here, librarian at Harbor Public Library 🙂'],
    [25, 'l', 'Yes! Are you looking for a soprano (smallest) or a concert size?'],
    [60, 'p', 'idk whichever'],
    [66, 'l', "We have 4 soprano ukes with a beginner book, 3-week loans; place a hold at harborlib.org/catalog (search 'ukulele kit')."],
    [90, 'p', 'k'],
    left(95),
    [200, 'l', 'Thanks for chatting, have fun strumming!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 17 final idle 164 s: check-in, no notice needed
  s(FARAH, '17 woodshop intro class: answer at 56, "Are you still there?" at 190, ends at 220 (final idle 164 s, no goodbye)', [
    [0, 'p', "when's the next woodshop intro class"],
    [15, 'l', "Hi, I'm Farah, a librarian at Northfield Library. Happy to check."],
    [21, 'l', "Are you 18+? The woodshop classes are adults-only, teens have a separate one."],
    [50, 'p', 'yes adult'],
    [56, 'l', "Next Woodshop Basics is Wed 3/11, 6-8 pm at the Northfield Makers Annex; sign up at northfieldlib.org/events. It's required before using the table saw. Does that help?"],
    [190, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 30 }),

  // 18 goodbye 204 s after the answer, no check-in, no notice
  s(HENRY, '18 renewing the telescope: answer at 86, goodbye at 290 (final idle 204 s), no check-in or notice', [
    [0, 'p', 'Can I renew the telescope? its due tomorrow'],
    [30, 'l', 'Good morning! Ask Us, this is Henry at Bayview Library.'],
    [36, 'l', 'Which branch did you check it out from?'],
    [80, 'p', 'southside'],
    [86, 'l', "Thanks. The Southside telescope has 3 holds, so it can't be renewed; it's due back tomorrow at any branch. You can see your loans and holds in your account at bayviewlib.org/myaccount. Did that answer your question?"],
    [290, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 19 follow-up by the patron's library, late
  s(AARON, '19 Glenwood maker pass (follow-up by patron\'s library): e-mail read back, "within 72 hours", done after 90 h', [
    [0, 'p', 'does Glenwood library still do the makerspace membership thing? their site is down'],
    [40, 'l', "Hi, this is Aaron with the statewide Ask Us service. I'm not at Glenwood, but I'll help."],
    [46, 'l', 'Is it the monthly maker pass you mean, or the one-time equipment orientation?'],
    [100, 'p', 'the monthly pass'],
    [106, 'l', 'One moment.'],
    [190, 'l', "Glenwood's makerspace page (glenwoodlibrary.org/makerspace) is down for me too, and their event calendar doesn't mention the pass. I'll send your question to Glenwood staff; they'll email you within 72 hours. What email should they use?"],
    [230, 'p', 'tonyb@example.com'],
    [236, 'l', "Thanks, that's tonyb@example.com. Anything else?"],
    [260, 'p', 'no thats it'],
    [265, 'l', 'Thanks for using Ask Us, bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 follow-up by me, by phone, not done by day 4
  s(CAROL, '20 1950s quilt pattern book (follow-up by me): phone read back, "by Monday", nothing recorded by day 4', [
    [0, 'p', 'my grandma had a 1950s quilt pattern book from the library, can i get a copy of a pattern'],
    [45, 'l', 'Hello, welcome to Ask Us at Pinehurst Library. This is Carol.'],
    [52, 'l', 'Do you know the title of the book, or which pattern it was?'],
    [120, 'p', 'no, it had a sunbonnet sue quilt in it'],
    [126, 'l', 'Let me search the catalog.'],
    [220, 'l', "We have 'Simplicity Quilt Patterns 1952' in our craft history collection (the record is in our catalog at pinehurstlib.org/catalog), but it's in storage. I can have it pulled and call you once the pattern is scanned, by Monday. What number should I call?"],
    [280, 'p', '410-555-0143'],
    [286, 'l', "410-555-0143, got it. I'll call by Monday."],
    [292, 'p', 'thank u so much'],
    [298, 'l', "You're welcome! Bye for now."],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 21 chat-speak, repair café with no contact, null code
  s(MO, '21 toaster lever (chat-speak): iFixit + "bring it to" the Repair Café (no contact), code null', [
    [0, 'p', 'my toaster broke, does the library do repair stuff'],
    [20, 'l', 'hi! Mo here @ Ask a Librarian, Greenway Libraries'],
    [24, 'l', "what kind of toaster issue — not heating, or the lever won't stay down?"],
    [50, 'p', 'lever wont stay down'],
    [56, 'l', "ifixit.com has a toaster guide for that (search 'toaster lever won't stay down'). also the Greenway Repair Café fixes small appliances for free, you can bring it to them"],
    [62, 'l', 'that help?'],
    [90, 'p', 'ya thats all i need'],
    [95, 'l', 'np, good luck! bye'],
  ], usual({ referral: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 22 answered first, asked after
  s(IMANI, '22 recording studio: booking URL given at once, "What are you recording, by the way?" only after', [
    [0, 'p', 'How do I book the recording studio?'],
    [30, 'l', "Hi, you've reached Imani at Ridgeway Public Library."],
    [36, 'l', 'You can book up to 3 hours a week at ridgewaylib.org/studio with your library card. What are you recording, by the way? Music or podcast?'],
    [80, 'p', 'music, just vocals and guitar'],
    [86, 'l', 'Then ask for the Studio B kit, it has two condenser mics. Does that answer your question?'],
    [130, 'p', 'yep'],
    [136, 'l', 'Anything else I can do for you?'],
    [160, 'p', 'no'],
    [165, 'l', 'Thanks, and have fun recording!'],
  ], usual({ clarify: 'fail' })),

  // 23 no source
  s(PAT, '23 glue for felt on wood coasters: advice from memory, no source', [
    [0, 'p', "what's the best glue for felt on wood"],
    [25, 'l', 'Hi, Pat here from Ask Us at Stonegate Library!'],
    [30, 'l', "Is it for something that'll get handled a lot, like a toy, or just decoration?"],
    [60, 'p', 'coasters'],
    [66, 'l', 'Most crafters use a tacky craft glue or a hot glue gun for that. A thin even layer works best, and let it dry overnight.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'ok ty thats all'],
    [115, 'l', 'Happy crafting! Bye.'],
  ], usual({ source: 'fail' })),

  // 24 Practice
  s(TRAINER, '24 practice chat (laser cutter script): coded Practice, every check na', [
    [0, 'p', 'test - can i borrow a laser cutter'],
    [10, 'l', 'Hi, this is a training chat for Ask Us.'],
    [20, 'l', 'See the makerspace page. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 a clarifying question, then nothing from the patron
  s(VIC, '25 3D pens for kids (Lost Call): greeting + age question, patron silent, check-in at 160, notice + thanks at 350', [
    [0, 'p', 'can kids use the 3d pens'],
    [25, 'l', 'Hello! This is Vic, a librarian at Elmhurst Library.'],
    [30, 'l', 'How old is your child? The 3D pen kits are for ages 8 and up.'],
    [160, 'l', 'Are you still with us?'],
    [350, 'l', "It looks like you've disconnected, so I'll end the chat now. Please chat back anytime — thanks!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 26 holds every ~100 s, one a partial result
  s(BEA, '26 1970s Kenmore manual: holds at 76/180/290 (180 a partial result, "still looking"), answer at 390', [
    [0, 'p', 'im looking for a manual for a Kenmore model 1914 sewing machine from like 1975'],
    [20, 'l', 'Hi, Bea here, reference librarian at Lindon City Library.'],
    [26, 'l', 'Do you need the whole user manual, or just the threading diagram?'],
    [70, 'p', 'whole thing if possible'],
    [76, 'l', 'Let me look, this may take a few minutes.'],
    [180, 'l', 'Found a Kenmore manuals index at searspartsdirect.com, but not your model yet; still looking.'],
    [290, 'l', 'Still searching, thanks for hanging on.'],
    [390, 'l', "Got it: the Internet Archive has a scan, at archive.org search 'Kenmore 1914 manual'. It's 40 pages with threading on p. 12. Does that help?"],
    [440, 'p', "YES omg thank you. that's all i needed"],
    [446, 'l', 'Wonderful — thanks for chatting with us!'],
  ], usual()),

  // 27 pickedUpAt; own Makerspace desk by phone
  s(KIM, '27 own wood for the laser: pickedUpAt 40 s, materials list URL, "call them at 555-…" (the Makerspace desk)', [
    [0, 'p', 'can i bring my own wood for the laser cutter or do i have to buy yours'],
    [70, 'l', 'Hi! This is Kim, librarian at Orchard Park Library.'],
    [76, 'l', 'What kind of wood is it — plywood, MDF, or solid hardwood?'],
    [110, 'p', 'baltic birch ply, 1/8in'],
    [116, 'l', 'Baltic birch 1/8" is on the approved list (orchardparklib.org/makerspace/materials), so yes, bring it. Staff have to OK it before cutting, so stop by the Makerspace desk first or call them at 555-218-3300 to check. Does that answer it?'],
    [160, 'p', 'yep no more questions, thx!'],
    [165, 'l', 'Enjoy! Thanks for chatting.'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // 28 a name but no greeting word
  s(DEV, '28 VR headset (curt): "Dev, Ask Us @ Clearwater Library." with no greeting word, "Want me to put you on it?"', [
    [0, 'p', 'hey is the VR headset in'],
    [22, 'l', 'Dev, Ask Us @ Clearwater Library. Which VR kit, the Quest 2 or the Quest 3?'],
    [50, 'p', 'quest 3'],
    [56, 'l', 'All 3 Quest 3 kits are checked out; the holds list at clearwaterlib.org/things shows 5 people ahead. Want me to put you on it?'],
    [80, 'p', 'nah'],
    [86, 'l', 'ok. Anything else?'],
    [100, 'p', 'no'],
    [104, 'l', 'Thanks, bye'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 29 check-in, notice and thanks in one last line
  s(EVA, '29 number-5 cake pan: answer at 76, one last line at 300 asks "still there?", gives the notice and thanks; ends at 360', [
    [0, 'p', 'do you lend cake pans? need a number 5 pan for a birthday'],
    [30, 'l', "Hi there, thanks for contacting Ask Us! I'm Eva at Milltown Library."],
    [36, 'l', "When's the birthday? Cake pans go out for one week."],
    [70, 'p', 'saturday'],
    [76, 'l', "We have number pans 0-9 in the Library of Things, and the '5' is in at Main right now. Reserve it at milltownlib.org/things/cake-pans and pick it up tomorrow. Will that work?"],
    [300, 'l', "Are you still there? It looks like you may have disconnected, so I'll end the chat shortly. Thanks for stopping by, come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 30 Spanish transfer; the receiving librarian at four during her part
  s(TOM, '30 sewing classes in Spanish: "le paso con mi compañera Ana" + note, transfer; Ana has three other chats open', [
    [0, 'p', 'Hola, ¿tienen clases de costura en español?'],
    [25, 'l', '¡Hola! Soy Tom, de la biblioteca de Kingsford. ¿Es para adultos o para niños?'],
    [70, 'p', 'adultos, para mi mamá'],
    [76, 'l', 'Un momento, le paso con mi compañera Ana, que organiza los talleres en español.'],
    [79, 'i', 'Ana, pt wants Spanish sewing classes for adults (her mom), can you take?'],
    xfer(82, 'Ana Ruiz', 'ana-m'),
    [120, 'l', "¡Hola! Soy Ana, del programa Makers en Español. Tenemos 'Costura Básica' los sábados a las 10 en la Biblioteca Central, gratis; la inscripción está en kingsfordlib.org/espanol/talleres. ¿Le sirve?", as(ANA)],
    [170, 'p', 'sí, perfecto, eso es todo. gracias'],
    [176, 'l', '¡Gracias a usted! Que tenga buen día.', as(ANA)],
  ], usual({ transfer: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('a1', 'ana-m', 0, 400), other('a2', 'ana-m', 50, 500), other('a3', 'ana-m', 100, 300)],
  }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '01 first 3D print: upload form URL + the print-ready e-mail notice, "Does that answer your question?", "yep thats all i needed"':
    'followup.contact / followup.on_time / resolution.code: expected na / na / pass, got fail / pending / fail (code note: the provider promised a follow-up but the code is Answered, not a follow-up code; evidence message 4 "… we\'ll email you when it\'s ready at the Main desk"). Message 4 answers the question in full (upload form URL, price, turnaround) and says the print service will notify the patron that the print is ready for pickup: it promises no more information or search on the question (RUBRIC Terms, Follow-up session: "promises … to send or find more later"), so this is no follow-up session. A probe: "you\'ll get an email when it\'s ready for pickup" is read as no promise (code pass); "we\'ll email you when it\'s ready" is.',
  '14 3D scanner for a lamp part: "Staff can help clean up the mesh", others end at 0 and start at the end second, three at most':
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "Staff can help clean up the mesh for printing."). The sentence describes help that comes with the scanner the patron books at the library\'s own makerspace (the booking URL is in the same message); it does not tell the patron to contact or visit anyone (RUBRIC Terms, Referral: "telling the patron to contact or visit"). Without that sentence the scorer gives na.',
  '21 toaster lever (chat-speak): iFixit + "bring it to" the Repair Café (no contact), code null':
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "also the Greenway Repair Café fixes small appliances for free, you can bring it to them" tells the patron to take the toaster to an organisation outside the chat (RUBRIC Terms, Referral: "contact or visit"), with no e-mail, phone, postal address or URL. Probes: "you can take it to the Greenway Repair Café" and "visit the Greenway Repair Café" are read as referrals (fail); the pronoun form "bring it to them" after the organisation is not.',
};

describe('fiftieth round: makerspaces and the library of things, checked', () => {
  describeSessions('whole sessions', fiftiethRoundMakers.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundMakers.filter((c) => c.name in LEFT_WHY));
});
