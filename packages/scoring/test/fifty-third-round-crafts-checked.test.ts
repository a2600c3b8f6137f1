/**
 * Fifty-third round, theme CRAFTS AND FIBER ARTS, checked: 30 whole sessions no one had written, from public library "ask a
 * librarian" chats about knitting, crochet, quilting, sewing, weaving and embroidery: online classes (Creativebug), sewing
 * machine and serger classes and their waitlists, craft supplies and kits to borrow (sewing machines, Cricut kits, looms,
 * learn-to-knit kits, the makerspace embroidery machine), patterns (a 1930s newspaper quilt pattern, a coverless Bernat
 * leaflet, a hexagon template, a baby blanket, quilt block names, yarn weights), pattern copyright (selling quilts made from a
 * "personal use only" pattern, licensed fabric, photocopying a pattern from a library book), craft fairs (the library's
 * makers market, county fair quilt entries, lists of fairs) and craft-supply donations. Every one of the 17 checks labelled
 * in every session before it was run (the labels copied aside before the first run, /tmp/fiftyThirdRoundCrafts-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hello!" alone at 85 s then "You're chatting with Dominic, reference staff at …" (pickup fails, greeting passes over
 *   two lines, 02); Spanish "¡Buenas tardes! Le atiende Lucía, bibliotecaria de …" (03); "Hey there, Nadia at Brookside
 *   Library's chat service!" (07); "Hi, thanks for contacting Ask a Librarian! My name is Fern …" (10); a statewide
 *   "I'm June, a librarian with the statewide Ask Us service" (13); a greeting that ends "Un momento por favor." before a
 *   transfer (21); "yes we do. rigid heddle or table loom?" under the screen name "Desk 3" (no greeting, no name: fail, 28);
 *  inquiry: knitting level, daughter's age, library card, country, year of a clipping, print vs digital, hexagon size, leaflet
 *   number, yarn vs fabric, library system, travel distance, triangle vs diamond points, shopper vs seller, appraisal vs
 *   documentation, brand of serger, "Do you have a ruler or a pencil handy?"; the question only after the crafts guide URL (07);
 *  waits: holds at 66/170/275 with one partial result ("I've found the name in one index, checking the date now", 05: pass);
 *   "ok checking" then 145 s (06: fail); two internal lines while the patron waits 135 s, the answer saying "I've placed it on
 *   hold" (30: fail); "No rush, take your time." before a 254 s patron absence (29: waiting on the patron, pass); transfer
 *   notices as holds with the receiver answering 54 s and 64 s later (20, 22);
 *  endings: patron-side "thats all i needed", "no more questions", "eso es todo", "es todo" (to "¿Algo más …?"), "thats
 *   everything", "yes, all set thanks", "thats all"; "Happy knitting! Thanks for chatting with us."; "Good luck at the fair,
 *   and come back anytime!"; "¡Gracias por escribirnos! Que tenga buen día."; "Thanks, see you at knit night!"; "ok bye";
 *   "You've asked quite a few questions already and I need to wrap up, so I'm ending the chat here." (dismissal, 09);
 *   "several patrons waiting in the queue … Please chat back in a bit" (allowed, 10); the patron's last word after two
 *   provider lines that do not thank (courteous fails, 30);
 *  final idle: a Lost Call with a greeting, "Are you still there?" and a notice with an invitation back (320 s, 16); 150 s
 *   with a check-in and a goodbye "I'll close the chat for now. Thanks …" (idle passes, notice na, 25); 200 s with only
 *   "It looks like you may have disconnected, so I'm ending this session. Thanks …" (idle fails, notice passes, 26);
 *  sources: Creativebug, Libby / OverDrive, Newspapers.com, the Quilt Index, Ravelry, copyright.gov, the Craft Yarn Council
 *   chart, catalogue searches, library guides and events pages, books by title and author; none (the magic ring from the
 *   librarian's own know-how, 08: source fails, completeness still passes on the answer);
 *  referrals: a bar association's lawyer referral line with phone + URL (04); a quilt documentation project by e-mail + phone
 *   (22); the library's own Makerspace desk by phone (28); "call the Extension office" with no number (27: fail); the
 *   Friends of the Library's donation page, a tourism office's calendar, a "local history desk" keeping a binder, another
 *   library's staff who "can check your place" (no referral: the patron is told to contact no one);
 *  follow-ups: FU_ME with the e-mail read back and "by Friday", done at 30 h (11); FU_ME with the e-mail read back and only
 *   "I'll get back to you", done at 90 h (12); FU_LIB by a phone read back "within 72 hours", not yet done at day 1 (pending,
 *   13); a promise "e-mail them to you tomorrow morning" coded Answered (code fails, on_time pending, 14); FU_ME with no
 *   contact anywhere, nothing done by day 4 (15);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (17); null (18); Practice (19);
 *  transfers: notice + internal note (20: pass); internal note only, the patron told just "Un momento por favor" (21: fail);
 *   a visible notice with no internal note (22: fail);
 *  concurrency: four at once (23: fail); others ending exactly at the start and starting exactly at the end, three at most (24).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Do you have a ruler or a pencil handy? There's an easy test you can do." asks about the patron's situation in a way that
 *   shapes the answer (the wraps-per-inch test): a clarifying question (29);
 * - "Does that get you started?" (10), "Will that work for her?" (02), "Does the events calendar help for now?" (14), "Did
 *   the donation page help in the meantime?" (12) ask whether what was given meets the need; "Can I e-mail you what I find?"
 *   (11) and "Would a phone call or e-mail be better?" (13) ask about something not yet given (completeness fails);
 * - "yes, all set thanks" says explicitly that the patron is done (the forty-sixth round's reading of "all set");
 *   "nope, you made my day" answers "anything else?", which passes anyway;
 * - "Thanks, see you at knit night!" thanks the patron: a goodbye; "I'll close the chat for now. Thanks for chatting, come back
 *   anytime!" is a goodbye (it thanks and invites back), so the final idle ends there (150 s, 25);
 * - "Our small business librarian, Saul, … so I'm going to transfer you to him. One moment please." and "I'll transfer you to
 *   our local history librarian … Just a moment." are hold messages (RUBRIC: a transfer announcement is a hold);
 * - "Un momento por favor." (21) tells the patron nothing about a transfer: transfer.handoff fails on the visible notice;
 * - "call the Extension office, they run the home arts division" tells the patron to contact an office outside the chat: a
 *   referral, here with no way to reach it; "call the Makerspace desk at 555-301-2244" is the library's own department, with a
 *   phone; "the Ohio State Bar Association's lawyer referral service … call 555-216-7700 or visit ohiobar.org/findalawyer" and
 *   "sign up by e-mailing quilts@bellmonthistory.org or calling 555-440-1889" are referrals with contacts;
 * - "Our Friends of the Library accept craft supplies …; their donation page is …" (a page to use), "Their staff can check
 *   your place" followed by the provider sending the question on (staff consulted on the patron's behalf), and "Our local history
 *   desk also keeps a binder … I can scan the fall ones" tell the patron to contact or visit no one: no referral;
 * - "You've asked quite a few questions already and I need to wrap up, so I'm ending the chat here." tells the patron they
 *   asked too many and ends the help for the provider's convenience with no way back: a dismissal (critical);
 * - the magic-ring steps from the librarian's own know-how are an answer without a source: info.source fails, and "Does that
 *   help?" after that answer passes completeness ("in or after the first message that gives a source or answer").
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside to
 * /tmp/fiftyThirdRoundCrafts-labels.ts before the first run).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup 85 s, holds 84-105 s apart, 145 s after a bare "ok checking", 135 s across internal lines, a
 * 254 s wait on the patron after "take your time", final idles of 320, 150 and 200 s, concurrency at touching ends, on_time
 * done at 30 h / late at 90 h / pending / not done by day 4) scored as labelled, and the evidence of each pass and fail
 * points at the deciding messages (checked case by case with a scratch script outside the worktree). Two evidence quotes are
 * imprecise although the status is right: closing.courteous quotes "Happy knitting!" (01) and "You're welcome, good luck with
 * your quilt!" (27), the parts of those messages that are not the thanks / "Bye!" that decide them. The redaction equality of
 * describeSessions holds for every case (patron e-mails typed and read back, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;


const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'MBPL' };
const DOMINIC: Prov = { id: 'dominic', name: 'Dominic', library: 'ORL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SMPL' };
const ROLAND: Prov = { id: 'roland', name: 'Roland', library: 'FHPL' };
const MAEVE: Prov = { id: 'maeve', name: 'Maeve', library: 'CFPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'WFL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'BSL' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar', library: 'PHL' };
const BEV: Prov = { id: 'bev', name: 'Bev', library: 'LVL' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'HML' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'GCPL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'RBL' };
const JUNE: Prov = { id: 'june', name: 'June (statewide)', library: 'STATE' };
const KOFI: Prov = { id: 'kofi', name: 'Kofi', library: 'MGL' };
const LEO: Prov = { id: 'leo', name: 'Leo', library: 'DPL' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'APL' };
const NOEL: Prov = { id: 'noel', name: 'Noel', library: 'FRE' };
const OPAL: Prov = { id: 'opal', name: 'Opal', library: 'SSL' };
const TRAINER: Prov = { id: 'trainer-c', name: 'Training Account', library: 'TRN' };
const PETRA: Prov = { id: 'petra', name: 'Petra', library: 'HCL' };
const SAUL: Prov = { id: 'saul', name: 'Saul Brennan', library: 'HCL' };
const QUENTIN: Prov = { id: 'quentin', name: 'Quentin', library: 'ELL' };
const ANA: Prov = { id: 'ana', name: 'Ana Ruiz', library: 'ELL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'BML' };
const THEO: Prov = { id: 'theo', name: 'Theo Lang', library: 'BML' };
const SOFIA: Prov = { id: 'sofia', name: 'Sofia', library: 'WBL' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomás', library: 'DNL' };
const UMA: Prov = { id: 'uma', name: 'Uma', library: 'CPL' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'GBL' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'HCoL' };
const DESK3: Prov = { id: 'desk3', name: 'Desk 3', library: 'CRL' };
const YARA: Prov = { id: 'yara', name: 'Yara', library: 'LWL' };
const ZANE: Prov = { id: 'zane', name: 'Zane', library: 'TVL' };

const s = session;

export const fiftyThirdRoundCrafts: SessionCase[] = [
  // 01 everything by the book
  s(PRIYA, '01 Creativebug cable-knitting class: level asked, database path, "thats all i needed"', [
    [0, 'p', 'hi do u have any online knitting classes? i want to learn cables'],
    [22, 'l', 'Hi there! This is Priya, a librarian at Millbrook Public Library.'],
    [28, 'l', 'Have you knit before, or are you starting from scratch?'],
    [70, 'p', 'i can do knit and purl, never tried cables tho'],
    [77, 'l', 'Perfect level for it. With your library card you get free access to Creativebug, which has video classes on cables: go to millbrooklibrary.org/databases and choose Creativebug, then search "cables". The "Beginning Cables" class comes with a printable pattern.'],
    [83, 'l', 'Does that look like what you had in mind?'],
    [130, 'p', 'omg yes thank u, thats all i needed'],
    [136, 'l', 'Happy knitting! Thanks for chatting with us.'],
  ], usual()),

  // 02 a slow pickup, "Hello!" then the name
  s(DOMINIC, '02 teen sewing machine class: pickup 85 s, "Hello!" + "You\'re chatting with Dominic", events calendar', [
    [0, 'p', 'When is the next beginner sewing machine class? My daughter got a Brother machine for her birthday'],
    [85, 'l', 'Hello!'],
    [88, 'l', "You're chatting with Dominic, reference staff at Oakridge Library. Sorry for the wait."],
    [94, 'l', 'How old is your daughter? Some of our classes are teens-only.'],
    [140, 'p', 'shes 14'],
    [147, 'l', 'Then "Teen Sew Basics" is the one: Saturdays March 14 and 21, 10am-noon, at the Central branch makerspace. Register on our events calendar at oakridgelibrary.org/events (search "sew"). Machines are provided but she can bring her own.'],
    [153, 'l', 'Will that work for her?'],
    [210, 'p', 'yes! can she bring her own thread'],
    [216, 'l', 'Yes, and we have basic supplies too. Anything else I can help you with?'],
    [250, 'p', 'no thats it'],
    [255, 'l', 'Thanks for contacting Oakridge Library, have a good evening!'],
  ], usual({ pickup: 'fail' })),

  // 03 Spanish: a sewing machine from the Library of Things
  s(LUCIA, '03 máquina de coser (Spanish): "Le atiende Lucía", card asked, catalogue URL, "¿Es lo que buscaba?", "eso es todo"', [
    [0, 'p', 'buenas tardes, es verdad que prestan maquinas de coser?'],
    [30, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Marcos.'],
    [36, 'l', '¿Tiene usted tarjeta de la biblioteca vigente? Las máquinas solo se prestan a adultos con tarjeta.'],
    [90, 'p', 'si tengo tarjeta'],
    [96, 'l', 'Perfecto. Prestamos máquinas de coser Singer por 3 semanas, como parte de la Biblioteca de Cosas. Puede reservarla en el catálogo: sanmarcoslibrary.org/biblioteca-de-cosas, busque "máquina de coser" y haga clic en "Reservar".'],
    [102, 'l', '¿Es lo que buscaba?'],
    [150, 'p', 'si perfecto, eso es todo gracias'],
    [156, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
  ], usual()),

  // 04 pattern copyright: sources, a lawyer referral service with phone and URL
  s(ROLAND, '04 selling quilts from a "personal use only" pattern: copyright.gov, a Nolo book, bar referral line with phone + URL', [
    [0, 'p', "If I make quilts from a pattern I bought, am I allowed to sell them at a craft fair? The pattern says 'for personal use only'"],
    [35, 'l', "Good afternoon, I'm Roland, a reference librarian at Fairhaven Public Library. I can't give legal advice, but I can point you to reliable information."],
    [42, 'l', 'Are you in the US? Copyright rules differ by country.'],
    [80, 'p', 'yes, Ohio'],
    [86, 'l', 'One moment while I pull up a couple of sources.'],
    [170, 'l', 'The U.S. Copyright Office has a plain-language FAQ at copyright.gov/help/faq that explains what copyright covers. Nolo\'s book "Getting Permission" by Richard Stim (in our catalogue, 346.73 STI) has a chapter on crafts and patterns.'],
    [176, 'l', "For advice about your own situation, the Ohio State Bar Association's lawyer referral service can connect you with an attorney: call 555-216-7700 or visit ohiobar.org/findalawyer."],
    [182, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes very helpful. no more questions'],
    [246, 'l', "You're welcome. Good luck at the fair, and come back anytime!"],
  ], usual({ referral: 'pass' })),

  // 05 holds every ~100 s, one a partial result
  s(MAEVE, '05 1930s Kansas City Star quilt pattern: holds at 66/170/275 (one a partial result), answer at 360', [
    [0, 'p', "My grandmother had a quilt pattern she clipped from the Kansas City Star in the 1930s, called 'Ozark Trail'. Any way to find the original?"],
    [18, 'l', 'Hi! Maeve here from Ask a Librarian at Cedar Falls Public Library.'],
    [25, 'l', 'Do you know roughly what year, or do you only have the name?'],
    [60, 'p', 'just the name, sometime in the 30s'],
    [66, 'l', 'Let me search a couple of quilt indexes, bear with me.'],
    [170, 'l', "Still looking: I've found the name in one index, checking the date now."],
    [275, 'l', 'Nearly there, one more minute please.'],
    [360, 'l', 'Found it! "Ozark Trail" ran in the Kansas City Star in 1933. The Quilt Index (quiltindex.org) has a drawing of the block, and the full newspaper page is in our Newspapers.com Library Edition, under Research at cedarfallslibrary.org/research (use it from any library computer).'],
    [366, 'l', 'Is that the pattern you were looking for?'],
    [420, 'p', 'yes!!! thank you so much'],
    [426, 'l', 'Is there anything else I can help you with?'],
    [460, 'p', 'nope, you made my day'],
    [465, 'l', 'Thank you for chatting with us, enjoy the quilting!'],
  ], usual()),

  // 06 "ok checking" then 145 s
  s(GRANT, '06 Interweave Knits Winter 2019 in Libby: "ok checking" then 145 s of silence', [
    [0, 'p', 'do you have back issues of Interweave Knits? looking for winter 2019'],
    [25, 'l', 'Hi, Grant at Ask Us, Westfield Library.'],
    [30, 'l', 'Print or digital — does either work?'],
    [55, 'p', 'digital is fine'],
    [60, 'l', 'ok checking'],
    [205, 'l', 'Sorry that took a while. Libby has Interweave Knits back to 2017: open the Libby app or westfield.overdrive.com, search Interweave Knits, and pick Winter 2019 under "Past issues".'],
    [210, 'l', 'did that help?'],
    [240, 'p', 'yep thanks, thats everything'],
    [245, 'l', 'Thanks for chatting, bye!'],
  ], usual({ informed: 'fail' })),

  // 07 the question only after the first source
  s(NADIA, '07 baby blanket pattern: crafts guide URL first, "Are you knitting or crocheting?" after it', [
    [0, 'p', 'need a free pattern for a baby blanket pls'],
    [20, 'l', "Hey there, Nadia at Brookside Library's chat service!"],
    [26, 'l', 'Our Crafts & Hobbies guide has lots of free patterns: brooksidelibrary.org/guides/crafts.'],
    [32, 'l', 'Are you knitting or crocheting?'],
    [60, 'p', 'crochet, im pretty new'],
    [66, 'l', 'Then try the "Easy Granny Stripe Blanket" on the guide\'s Crochet tab, it\'s rated beginner. Does that work for you?'],
    [110, 'p', 'ya perfect'],
    [114, 'l', 'Anything else today?'],
    [130, 'p', 'no'],
    [134, 'l', 'Thanks for using Brookside chat!'],
  ], usual({ clarify: 'fail' })),

  // 08 an answer from the librarian's own know-how, no source
  s(OSCAR, '08 amigurumi magic ring: the steps from memory (no source), "Does that help?"', [
    [0, 'p', 'how do you do the magic ring thing for amigurumi, my circle keeps having a hole'],
    [30, 'l', "Hi, I'm Oscar, a librarian at Pine Hollow Library — also a crocheter!"],
    [36, 'l', 'Are you working in single crochet?'],
    [70, 'p', 'yes sc'],
    [76, 'l', 'Wrap the yarn twice around two fingers, insert the hook under both loops, pull up a loop and chain one. Work your sc into the ring, then pull the tail tight before you join — the hole closes right up.'],
    [82, 'l', 'Does that help?'],
    [140, 'p', 'OMG it worked. thanks'],
    [146, 'l', 'Anything else?'],
    [170, 'p', 'nope'],
    [174, 'l', 'Thanks for stopping by, happy hooking!'],
  ], usual({ source: 'fail' })),

  // 09 "You've asked quite a few questions", the chat ended
  s(BEV, '09 holiday makers market table: "You\'ve asked quite a few questions already … I\'m ending the chat here"', [
    [0, 'p', 'hi when is the library holiday craft fair this yr'],
    [18, 'l', 'Hello, Bev here at Lakeview Library.'],
    [24, 'l', 'Are you asking as a shopper or hoping to sell?'],
    [50, 'p', 'sell. how do i get a table'],
    [56, 'l', 'The Holiday Makers Market is Saturday Dec 6, 9-3. Vendor applications are on lakeviewlibrary.org/makersmarket and are due Nov 1; tables are $25. Does that answer it?'],
    [90, 'p', 'yes and can i share a table with my sister, and do u have electricity, and can i sell food, and is there wifi for square'],
    [98, 'l', "You've asked quite a few questions already and I need to wrap up, so I'm ending the chat here."],
    [110, 'p', '??'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 10 other patrons waiting, an invitation back
  s(FERN, '10 English paper piecing: template PDF + a book, "several patrons waiting … please chat back in a bit"', [
    [0, 'p', 'Looking for a pattern for a hexagon quilt (english paper piecing) and templates I can print'],
    [40, 'l', 'Hi, thanks for contacting Ask a Librarian! My name is Fern, from Hollis Memorial Library.'],
    [47, 'l', 'Which size hexagons — do you know the side length you want, like 1 inch?'],
    [100, 'p', '1 inch i think'],
    [106, 'l', 'The Hollis makerspace guide has a printable 1-inch hexagon template (PDF) at hollislibrary.org/makerspace/epp, and the book "All Points Patchwork" by Diane Gilleland walks through English paper piecing step by step; it\'s in our catalogue.'],
    [112, 'l', 'Does that get you started?'],
    [170, 'p', 'yes. can you also help me figure out fabric yardage for a queen and the binding and how to baste'],
    [178, 'l', "I'd love to, but I've got several patrons waiting in the queue right now. Please chat back in a bit and we can work through the yardage together!"],
    [200, 'p', 'ok'],
    [205, 'l', 'Thanks for understanding, bye for now!'],
  ], usual({ anything: 'fail' })),

  // 11 follow-up by me, e-mail read back, by Friday, done in 30 h
  s(HUGO, '11 coverless Bernat leaflet No. 117 (follow-up by me): Ravelry, e-mail read back, "by Friday", done 30 h', [
    [0, 'p', "I have an old Bernat knitting leaflet with no cover, just the pattern for a 'Shetland Lace Shawl'. Trying to find what booklet it came from"],
    [28, 'l', 'Hello, this is Hugo, a librarian at Granite City Public Library.'],
    [35, 'l', 'Do you see a number printed anywhere on the pages, like a book or leaflet number at the bottom?'],
    [90, 'p', 'page says No. 117 at the bottom, no year'],
    [96, 'l', 'Let me try a couple of pattern archives.'],
    [200, 'l', "Ravelry's pattern database (ravelry.com/patterns) lists several Bernat booklets numbered 117 but not a shawl by that name. I'd like to check our print Bernat collection, which is in storage. Can I e-mail you what I find?"],
    [250, 'p', 'yes please!! its knitlady52@example.com'],
    [256, 'l', "Got it: knitlady52@example.com. I'll e-mail you by Friday with what I find in the print collection."],
    [262, 'l', 'Anything else for today?'],
    [290, 'p', 'no thats all, thank you'],
    [296, 'l', "You're welcome! Thanks for using Ask Granite City."],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 12 follow-up by me, no time given, done after 90 h
  s(IVY, '12 six bins of craft supplies to donate (follow-up by me): e-mail read back, "I\'ll get back to you" (no time), done 90 h', [
    [0, 'p', 'hi! I have like 6 bins of yarn and fabric from my late aunt. does the library take craft supply donations?'],
    [25, 'l', "Hi, I'm Ivy at Ask Us, Riverbend Library. Sorry for your loss."],
    [32, 'l', 'Is it mostly yarn, or also fabric and notions?'],
    [70, 'p', 'both, plus some knitting needles'],
    [76, 'l', "Our Friends of the Library accept craft supplies for the spring Craft Swap; their donation page is riverbendlibrary.org/friends/donate. I'm not sure they can take six bins at once, though. I'll check with the Friends and e-mail you their answer. What's your e-mail?"],
    [120, 'p', 'sure, dana.k@example.com'],
    [126, 'l', "Thanks, dana.k@example.com. I'll get back to you."],
    [132, 'l', 'Did the donation page help in the meantime?'],
    [170, 'p', 'yes thanks'],
    [175, 'l', 'Anything else?'],
    [190, 'p', 'no, thanks so much'],
    [195, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 follow-up by the patron's library, phone, within 72 hours, not yet done
  s(JUNE, '13 serger class waitlist (follow-up by patron\'s library): phone given and read back, "within 72 hours", pending', [
    [0, 'p', 'im on the waitlist for the serger class at Elmwood branch, can u tell me what number i am'],
    [20, 'l', "Hello! I'm June, a librarian with the statewide Ask Us service."],
    [27, 'l', 'Which library system is Elmwood branch part of?'],
    [60, 'p', 'Kent County Library'],
    [66, 'l', "I can't see Kent County's registration system from here, but their events page (kentcountylibrary.org/events) shows the serger class on April 4 as full with a waitlist. Their staff can check your place. Would a phone call or e-mail be better?"],
    [110, 'p', 'call me 616-555-0143'],
    [116, 'l', "I'll send this to Kent County Library; someone there will call you at 616-555-0143 within 72 hours."],
    [122, 'l', 'Is there anything else I can help with?'],
    [150, 'p', 'no thats all thx'],
    [155, 'l', 'Thanks for using Ask Us, bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  // 14 a promise coded Answered
  s(KOFI, '14 fall craft fairs for a hat seller: tourism calendar, "e-mail them to you tomorrow morning", coded Answered', [
    [0, 'p', 'Are there any lists of craft fairs in the area for this fall? I sell knitted hats'],
    [15, 'l', 'Hi! Kofi here, reference librarian at Maple Grove Library.'],
    [21, 'l', 'How far are you willing to travel — just Maple Grove, or the whole county?'],
    [55, 'p', 'whole county is ok'],
    [61, 'l', 'The county tourism office keeps a festivals calendar at visitmaplecounty.com/events — filter by "Arts & Crafts". Our local history desk also keeps a binder of fair flyers; I can scan the fall ones and e-mail them to you tomorrow morning if you like.'],
    [100, 'p', 'that would be amazing. hatsbyrae@example.com'],
    [106, 'l', 'hatsbyrae@example.com — got it. Does the events calendar help for now?'],
    [140, 'p', 'yes it does thank you. thats all i need'],
    [146, 'l', 'Great, thanks for chatting with Maple Grove Library!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 follow-up by me with no contact at all, day 4
  s(LEO, '15 quilt block name (follow-up by me): Brackman\'s encyclopedia, "get back to you", no contact anywhere, day 4', [
    [0, 'p', 'what is the name of a quilt block that looks like a star with a square in the middle and 4 little triangles on each side'],
    [35, 'l', 'Good morning, Leo at Ask a Librarian, Dunmore Public Library.'],
    [41, 'l', 'Are the star points made of triangles or of diamonds?'],
    [90, 'p', 'triangles'],
    [96, 'l', 'That sounds like it might be a Sawtooth Star or an Ohio Star. Barbara Brackman\'s "Encyclopedia of Pieced Quilt Patterns" (in our reference collection) lists thousands of blocks by shape. I\'ll look through it when I\'m at the desk and get back to you.'],
    [140, 'p', 'ok cool'],
    [145, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 16 a true Lost Call: greeting, check-in, notice with an invitation back
  s(MIRA, '16 tablet weaving books (Lost Call): greeting at 30, "Are you still there?" at 170, notice + invitation back at 350', [
    [0, 'p', 'do you have any books on tablet weaving'],
    [30, 'l', "Hi! I'm Mira, a librarian at Ashby Public Library."],
    [170, 'l', 'Are you still there?'],
    [350, 'l', "It seems you've disconnected, so I'll close this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after three patron lines
  s(NOEL, '17 makerspace embroidery machine: answered, "ok thx", patron leaves, coded Lost Call', [
    [0, 'p', 'can i use the embroidery machine in the makerspace without taking a class'],
    [20, 'l', 'Hi, Noel here at Ask Us, Fremont Library!'],
    [26, 'l', 'Have you used a Brother embroidery machine before?'],
    [50, 'p', 'yes i have one at home but its broken'],
    [56, 'l', "Then you can book the skills check instead of the full class: it's 20 minutes, and you can schedule it at fremontlibrary.org/makerspace/book. After that you can reserve the machine in 2-hour blocks."],
    [62, 'l', 'Does that answer your question?'],
    [90, 'p', 'ok thx'],
    left(92),
    [100, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 code missing
  s(OPAL, '18 Thursday knit night moved: branch asked, events page, code null', [
    [0, 'p', 'is the thursday knit night still happening? my friend said it moved'],
    [12, 'l', 'Hi there, Opal from the Sunnyside Library chat team.'],
    [18, 'l', 'Which branch did you go to before — Sunnyside Main or the Eastgate branch?'],
    [45, 'p', 'main'],
    [50, 'l', "It moved to Wednesdays, 6:30-8 pm, same room (Community Room B) since January. It's on the calendar at sunnysidelibrary.org/events/knit-night."],
    [55, 'l', 'Is that what you needed?'],
    [80, 'p', 'yes ty'],
    [84, 'l', 'Anything else?'],
    [100, 'p', 'no'],
    [104, 'l', 'Thanks, see you at knit night!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 19 Practice
  s(TRAINER, '19 practice chat (quilting script test): coded Practice, every check na', [
    [0, 'p', 'test test - quilting books?'],
    [10, 'l', 'Hi, this is a practice chat for Ask Us training.'],
    [20, 'l', 'Quilting books are at 746.46 in the catalogue. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 transfer by the book
  s(PETRA, '20 totes from licensed fabric: notice + internal note, transfer to the business librarian, copyright FAQ + guide', [
    [0, 'p', 'can I sell tote bags I sew from licensed Disney fabric? I want to sell at the spring craft fair'],
    [25, 'l', "Hi, I'm Petra with Ask a Librarian at Harbor City Library."],
    [31, 'l', 'Do you mean selling in person at the fair only, or online too?'],
    [70, 'p', 'both eventually'],
    [76, 'l', "Our small business librarian, Saul, knows licensing questions well, so I'm going to transfer you to him. One moment please."],
    [80, 'i', 'Saul, pt sews totes from licensed Disney fabric, wants to know if she can sell them (fair + online). Can you take it?'],
    xfer(84, 'Saul Brennan', 'saul'),
    [130, 'l', 'Hi, Saul from the Business Center here. Selling items made from licensed fabric is a gray area: the selvage often says "for personal use". The Copyright Office FAQ at copyright.gov/help/faq covers the basics, and our Small Business guide (harborcitylibrary.org/guides/smallbiz) has a section on licensing and trademarks.', as(SAUL)],
    [136, 'l', 'Does that help?', as(SAUL)],
    [190, 'p', "yes thank you, that's all"],
    [196, 'l', 'Thanks for chatting, and good luck at the fair!', as(SAUL)],
  ], usual({ transfer: 'pass' })),

  // 21 transfer with a note but no word to the patron (Spanish)
  s(QUENTIN, '21 clases de crochet en español: "Un momento por favor", internal note, transfer to Ana, no notice to the patron', [
    [0, 'p', 'Hola, tienen clases de crochet en español?'],
    [20, 'l', "Hi! I'm Quentin, a librarian at Eastlake Library. Un momento por favor."],
    [24, 'i', "Ana, patron wants crochet classes in Spanish, can you take this one? my Spanish isn't good enough"],
    xfer(28, 'Ana Ruiz', 'ana'),
    [90, 'l', '¡Hola! Soy Ana, bibliotecaria de Eastlake. ¿Busca clases para adultos o para niños?', as(ANA)],
    [130, 'p', 'para adultos, para mi mamá'],
    [136, 'l', 'Tenemos "Tejiendo Juntas", un grupo de crochet en español los sábados de 10 a 12 en la sucursal Eastlake Norte. Es gratis y no hace falta inscribirse. Los detalles están en eastlakelibrary.org/eventos.', as(ANA)],
    [142, 'l', '¿Le sirve esta información?', as(ANA)],
    [200, 'p', 'si, muchas gracias!'],
    [205, 'l', '¡Con gusto! ¿Algo más en que le pueda ayudar?', as(ANA)],
    [230, 'p', 'no, es todo'],
    [235, 'l', '¡Gracias por comunicarse con nosotros! Hasta luego.', as(ANA)],
  ], usual({ transfer: 'fail' })),

  // 22 transfer with a notice but no note; a referral by e-mail and phone
  s(RUTH, '22 an 1889 signed quilt: notice, transfer with no internal note, quilt documentation day by e-mail + phone', [
    [0, 'p', "my great-grandmother's quilt is signed and dated 1889, where could I get it documented or appraised"],
    [30, 'l', 'Good evening, Ruth here at Ask Us, Bellmont Library.'],
    [36, 'l', 'Are you looking for a money value (appraisal) or the history of the quilt (documentation), or both?'],
    [80, 'p', 'mostly the history'],
    [86, 'l', "I'll transfer you to our local history librarian, who works with the county quilt project. Just a moment."],
    xfer(90, 'Theo Lang', 'theo'),
    [150, 'l', 'Hi, Theo from Local History. The Bellmont County Quilt Documentation Project holds free documentation days; the next one is May 9 at the Historical Society. You can sign up by e-mailing quilts@bellmonthistory.org or calling 555-440-1889.', as(THEO)],
    [156, 'l', 'Does that help?', as(THEO)],
    [210, 'p', 'perfect, thank you! thats all'],
    [215, 'l', 'Thanks for chatting, and good luck with the quilt!', as(THEO)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 23 four at once
  s(SOFIA, '23 Cricut kits to borrow: three other chats open, four at once from 40 s', [
    [0, 'p', 'does the library lend cricut machines'],
    [25, 'l', 'Hello, this is Sofia at Ask Us, Willowbrook Library.'],
    [30, 'l', 'Do you want to take one home, or use one at the library?'],
    [60, 'p', 'take home'],
    [66, 'l', 'We lend Cricut Maker kits for 2 weeks. Place a request in the catalogue: willowbrooklibrary.org, search "Cricut kit". There\'s usually a short waiting list.'],
    [70, 'l', 'Does that answer it?'],
    [100, 'p', 'yes, all set thanks'],
    [105, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('s1', 'sofia', -200, 300), other('s2', 'sofia', -50, 200), other('s3', 'sofia', 40, 500)],
  }),

  // 24 three at most, touching ends
  s(TOMAS, '24 learn-to-knit kits: others ending exactly at the start and starting exactly at the end, three at most', [
    [0, 'p', 'Hi, do you have those knitting kits for checkout? the ones with needles and yarn'],
    [20, 'l', 'Hi! Tomás here, librarian at Del Norte Library.'],
    [26, 'l', 'Are you a beginner, or looking for a particular project like socks?'],
    [60, 'p', 'beginner, want to make a scarf'],
    [66, 'l', 'Yes! Our "Learn to Knit" kits have needles, yarn and a beginner book ("Knitting for Dummies"). Search "learn to knit kit" in the catalogue at delnortelibrary.org/catalog to request one.'],
    [72, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yes thank you'],
    [104, 'l', 'Anything else I can help with?'],
    [130, 'p', "no that's it"],
    [134, 'l', 'Thanks for chatting, happy knitting!'],
  ], usual(), {}, {
    otherIntervals: [other('t1', 'tomas', -500, 0), other('t2', 'tomas', -100, 500), other('t3', 'tomas', 50, 600), other('t4', 'tomas', 139, 400)],
  }),

  // 25 final idle 150 s with a check-in
  s(UMA, '25 photocopying a quilt pattern: fair-use page, patron quiet, "Are you still there?" at 160, goodbye at 216 (idle 150 s)', [
    [0, 'p', 'can i photocopy a pattern out of a library book so i dont have to check it out'],
    [22, 'l', "Hi, I'm Uma, a librarian at Corbin Public Library."],
    [28, 'l', 'Is it a knitting book or a sewing pattern book?'],
    [60, 'p', 'quilting book'],
    [66, 'l', 'Copying a single pattern from a book for your own use is generally fine under fair use; the Copyright Office explains fair use at copyright.gov/fair-use. Our copiers are 10 cents a page, and you can also scan to e-mail for free.'],
    [72, 'l', 'Does that answer your question?'],
    [160, 'l', 'Are you still there?'],
    [216, 'l', "I'll close the chat for now. Thanks for chatting, come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 26 a notice that does not ask, final idle 200 s
  s(VIC, '26 serger book: answer at 86, no check-in, "It looks like you may have disconnected … Thanks" at 286', [
    [0, 'p', 'whats a good book for learning to use a serger'],
    [30, 'l', 'Hello! Vic here, from the Ask a Librarian team at Granby Library.'],
    [36, 'l', 'What brand is your serger? Some books are tied to one machine.'],
    [80, 'p', 'brother 1034d'],
    [86, 'l', 'Look at "Sewing with Sergers" by Gale Grigg Hazen, a classic for beginners, and Creativebug\'s "Serger Basics" class, both available through granbylibrary.org. Brother also posts the 1034D manual on its support site.'],
    [92, 'l', 'Is that helpful?'],
    [286, 'l', "It looks like you may have disconnected, so I'm ending this session. Thanks for contacting Granby Library!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 27 a referral without a way to reach
  s(WREN, '27 county fair quilt entry: premium book URL, "call the Extension office" with no number', [
    [0, 'p', 'how do i enter my quilt in the county fair? do they have a category for first timers'],
    [25, 'l', 'Hi, thanks for writing in! This is Wren, librarian at Hadley County Library.'],
    [31, 'l', "Which county fair — Hadley County's in August?"],
    [60, 'p', 'yes'],
    [66, 'l', 'The fair\'s premium book lists the quilt classes and entry rules; last year\'s is at hadleycountyfair.org/premium-book (there\'s a "Novice Quilter" class). For this year\'s entry dates you\'ll want to call the Extension office, they run the home arts division.'],
    [72, 'l', 'Does that help?'],
    [120, 'p', 'yes thanks. thats all i needed'],
    [125, 'l', "You're welcome, good luck with your quilt! Bye!"],
  ], usual({ referral: 'fail' })),

  // 28 no greeting, no name; the library's own makerspace desk by phone
  s(DESK3, '28 looms to borrow: "yes we do. rigid heddle or table loom?" (no greeting), Makerspace desk phone for a demo, "ok bye"', [
    [0, 'p', 'I heard you lend looms?? like for weaving'],
    [18, 'l', 'yes we do. rigid heddle or table loom?'],
    [50, 'p', 'not sure. I just want to try weaving a scarf'],
    [56, 'l', 'A rigid heddle is easiest for scarves. We have two 20-inch Ashford looms in the Library of Things; they\'re in the catalogue at crestlibrary.org (search "rigid heddle loom"). For a quick lesson before you take one home, call the Makerspace desk at 555-301-2244 and book a 30-min demo.'],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'yes!'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'ok bye'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 29 "No rush, take your time." then 254 s away
  s(YARA, '29 unlabelled yarn weight (chat-speak): "brb", "No rush, take your time.", patron back after 254 s, WPI chart', [
    [0, 'p', "hiii so i have a sweater pattern that calls for 'worsted weight 1200 yds' but i have some random yarn w/o labels. how do i figure out what weight it is"],
    [20, 'l', 'Hi! Yara at Ask Us, Linwood Library, happy to help.'],
    [26, 'l', "Do you have a ruler or a pencil handy? There's an easy test you can do."],
    [60, 'p', 'brb gotta find one'],
    [66, 'l', 'No rush, take your time.'],
    [320, 'p', 'ok got a pencil lol'],
    [326, 'l', "Wrap the yarn around the pencil for one inch and count the wraps (wraps per inch). Worsted is about 9-11 WPI. The Craft Yarn Council's chart at craftyarncouncil.com/standards/yarn-weight-system lists every weight."],
    [332, 'l', 'Does that help?'],
    [400, 'p', 'yesss 10 wpi!! so worsted. thats everything ty'],
    [405, 'l', 'Yay! Thanks for chatting, happy knitting!'],
  ], usual()),

  // 30 internal lines do not end the wait; "I've placed it on hold"; the patron's last word
  s(ZANE, '30 Selbu Mittens at another branch: two internal lines, answer 135 s after the patron, "placed it on hold", patron last', [
    [0, 'p', "looking for the book 'Selbu Mittens' by Anne Bardsgard, is it at any branch"],
    [28, 'l', 'Good morning! Zane here, librarian at Tri-Valley Libraries.'],
    [34, 'l', 'Would you want to pick it up at a particular branch?'],
    [70, 'p', 'Southside is closest'],
    [75, 'i', 'anyone at Central see Selbu Mittens on the shelf? catalog says in'],
    [160, 'i', 'Central: yes, on shelf 746.43 BAR'],
    [205, 'l', "Good news: Central has it on the shelf. I've placed it on hold for pickup at Southside; you'll get a notice in 2-3 days. You can track it under My Account at trivalley.org/account."],
    [211, 'l', 'Does that work for you?'],
    [250, 'p', "yes perfect that's all i needed, thanks!"],
  ], usual({ informed: 'fail', courteous: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-third round: crafts and fiber arts, checked', () => {
  describeSessions('whole sessions', fiftyThirdRoundCrafts.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyThirdRoundCrafts.filter((c) => c.name in LEFT_WHY));
});
