/**
 * Seventieth round, theme QUILTING, KNITTING AND SEWING, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: quilt pattern books (Kaffe Fassett, Brackman's encyclopedia, "Clues in the
 * Calico"), a 1978 Quilter's Newsletter pattern, Gee's Bend by interlibrary loan, an out-of-print Nordic mitten book,
 * knitting circles (a beginners' circle, a teen stitch club), a 1955 reindeer cardigan pattern, sewing machine manuals and
 * repair (Singer 401A and 4423, Brother CS6000i, Janome 2212, Pfaff 1222E), lending sewing machines and a serger in a maker
 * lab, historic quilts and their makers (a 1930s Alabama sunburst, a 1912 church signature quilt, an 1880s Talbot County
 * quilter, a 1940 quilt with stains), quilt guilds and shows (Rochester guilds, AQS QuiltWeek in Paducah, a library quilt
 * exhibit), fabric stores, charity knitting (preemie hats), sewing classes in Spanish. Every one of the 17 checks labelled
 * in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/quilting-labels.ts).
 *
 * SHAPES TRIED: see the comment above each case; in short:
 *  openings: pickup at 25 s, exactly 60 s (02: pass) and 61 s (03: fail); `pickedUpAt` at 45 s with the first line at 155
 *   (09); no provider ever joined (22); "Hello! 😊" + a question, naming no one (04: fail); Spanish "¡Buenas tardes! Soy
 *   Marisol, bibliotecaria de …" (06) and "Le atiende Mae, bibliotecaria de …" (21); chat-speak "hi! Kai here, teen services
 *   librarian @ Boise Public Library" (12);
 *  inquiry: model number, format (print or PDF), borrow or buy, branch, card, daytime or evening, knit or crochet; the first
 *   source given before "Do you know which county she lived in …?" (05: fail); no source at all and "Do you have a library
 *   card with us?" (30);
 *  waits: a hold answered 125 s later (07: fail); a hold answered exactly 120 s later, then a partial-result hold (08:
 *   pass); "No hurry, take your time." and the patron back 250 s later (09); the patron's "??" during a 122 s wait (10: fail,
 *   not restarted); two transfers answered 84 and 64 s after the notice, a silent one 80 s after the patron;
 *  endings: the patron's "thats everything 🙏" as the last line (08: courteous fails); "we can only take two questions per
 *   chat and you've reached your limit. Goodbye." (24: dismissal); "several other patrons waiting … please chat back in later
 *   tonight" (25: allowed); final idles of 119 s (28: na), exactly 120 s with no check-in (27: fail), 180 s with check-in and
 *   notice + goodbye (29), 240 s with a check-in and no notice or goodbye (26), 211 s with a notice that asks nothing (30);
 *   a Spanish Lost Call with "¿Sigue usted ahí?" and "Parece que se ha desconectado … voy a cerrar este chat" (21);
 *  referrals: a repair shop by phone (04), a fabric store by phone (11), "ask a textile conservator" (25: no contact), the
 *   library's own Maker Lab desk "on the 3rd floor of Harold Washington Library Center" (30: no e-mail, phone, postal address
 *   or URL); staff consulted on the patron's behalf (18: none);
 *  follow-ups: FU_ME, e-mail read back, "by Wednesday", done at 40 h (16); a promise "within 72 hours" coded Answered, not
 *   done by day 4 (17: on_time fails); FU_LIB, phone read back, no when, done at 80 h (18); FU_ME with no contact anywhere,
 *   done exactly 72 h after the end, written with a +00:00 offset (19); FU_ME with the e-mail only in `patron.email` (20);
 *  codes: a true Lost Call (21); Lost Call after three patron lines and no provider (22); Practice (23); "" (28); null (30);
 *  transfers: notice + internal note why (13: pass); internal note only (14: fail); notice only (15: fail);
 *  concurrency: four at once (11: fail); ends touching at start and end, three at most (12: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - keep_informed counts only the wait after pickup: with `pickedUpAt` at 45 s and the first line at 155 s the span after
 *   pickup is 110 s (09: pass), though the patron's question was 155 s before the first line;
 * - a hold answered exactly 120 s later does not last "longer" than `silenceSeconds` (08: pass); a final idle of exactly 120
 *   / 180 s is "≥" the setting (27, 29); a follow-up done exactly 72 h after `endedAt` is "within" 72 h (19: pass);
 * - "that was my only question" (03) and Spanish "eso es todo" (06) say explicitly that the patron is done; "ok", "ok
 *   thanks", "yes thanks 😊", "si gracias!!" do not;
 * - "Is that a good start?", "that work?", "Does the catalogue record help in the meantime?" ask whether what was given meets
 *   the need;
 * - "Take care — bye for now!", "Thanks, talk soon!", "Happy sewing, goodbye!" say goodbye; "Thanks for understanding, bye!"
 *   too;
 * - a referral is telling the patron to contact or visit: "call Sew Right Repair … 316-555-0187" (04) and "Try Quilters
 *   Hideaway … 412-555-0173" (11) with a phone; "ask a textile conservator before trying anything" names a kind of specialist
 *   to ask with no way to reach one (25: fail); "stop by the Maker Lab desk on the 3rd floor of Harold Washington Library
 *   Center" sends the patron to the library's own department with no e-mail, phone, postal address or URL (30: fail); a club
 *   or guild whose web site is given without telling the patron to contact it (20), a hospital list on a site (10) and a tour
 *   listing (08) are sources, not referrals; "I'll pass your question to their staff" is staff consulted on the patron's
 *   behalf (18: na);
 * - "Maker Lab" and "Harold Washington Library Center" are organisations named without a way to reach them: no source (30);
 * - a greeting that offers help ("Con gusto le ayudo") is not a substantive message: the Lost Call (21) has no substantive
 *   exchange and its final idle runs from that greeting (22 s) to the notice that thanks and invites back (340 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; the whole file copied
 * aside to /tmp/quilting-labels.ts before anything ran).
 * First run as labelled / disagreeing: 27 / 3 (one check each: 11 referral.contact, 13 followup.completeness, 25
 * referral.contact). Each disagreement reread against RUBRIC.md: none of my labels was wrong by its text. Label corrections:
 * 0.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 11: "Try Quilters Hideaway in Squirrel Hill, 412-555-0173; …" read as no referral (na; RUBRIC
 *    pass: the patron is told to visit a shop, an organisation outside the chat, and its phone is given);
 *  - followup.completeness, case 13: the receiving provider's "Does that look like it could be hers?" after the photographs
 *    were given read as no completeness question (fail; RUBRIC pass: it asks whether what was given meets the need);
 *  - referral.contact, case 25: "For the stains, ask a textile conservator before trying anything." read as no referral (na;
 *    RUBRIC fail: the patron is told to ask a person outside the chat, with no way to reach one).
 * Every timing check (pickup at 25, exactly 60 and 61 s, by `pickedUpAt` at 45 s, no provider; keep_informed at exactly 120
 * s, 122 s across the patron's "??", 125 s, 110 s after `pickedUpAt`, "take your time", a partial-result hold, three
 * transfers; final idles of 119, exactly 120, exactly 180, 211, 240 and 318 s; concurrency at four and at touching ends;
 * on_time done at 40 h, late at 80 h, exactly 72 h with a +00:00 offset, pending at day 1, not done by day 4) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a patron phone typed and read back, an e-mail only in `patron.email`, shop phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 through describeSessions, 3 through describeLeft).
 * RUBRIC v63 (block AC, made after this file from its LEFT cases among others): cases 11 (AC8: "Try Quilters Hideaway in Squirrel
 *   Hill, 412-555-0173"), 13 (AC7: "Does that look like it could be hers?") and 25 (AC9: "ask a textile conservator before trying
 *   anything") now score as labelled and run with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, left, session, xfer } from './provider-lines';

const HOUR = 3600;

/** The same instant as `at(sec)`, written with a +00:00 offset. */
const utc = (sec: number): string => `${new Date(T0 + sec * 1000).toISOString().slice(0, 19)}+00:00`;

/** The queue's own line (system). */
const queued = (sec: number, n: number): Line => [sec, 's', `All librarians are busy. You are #${n} in the queue.`];

const DANA: Prov = { id: 'dana-q', name: 'Dana', library: 'LKL' };
const MARCUS: Prov = { id: 'marcus-q', name: 'Marcus', library: 'EFB' };
const ORIN: Prov = { id: 'orin-q', name: 'Orin', library: 'CCPL-OH' };
const LOU: Prov = { id: 'lou-q', name: 'Lou K.', library: 'WPL-KS' };
const PEARL: Prov = { id: 'pearl-q', name: 'Pearl', library: 'BPL-AL' };
const MARISOL: Prov = { id: 'marisol-q', name: 'Marisol', library: 'SAPL' };
const VERA: Prov = { id: 'vera-q', name: 'Vera', library: 'HPL-CT' };
const WILL: Prov = { id: 'will-q', name: 'Will', library: 'LFPL' };
const NIA: Prov = { id: 'nia-q', name: 'Nia', library: 'TSCPL' };
const GUS: Prov = { id: 'gus-q', name: 'Gus', library: 'MCPL-IN' };
const IDA: Prov = { id: 'ida-q', name: 'Ida', library: 'CLP' };
const KAI: Prov = { id: 'kai-q', name: 'kai_bpl', library: 'BPL-ID' };
const ROSE: Prov = { id: 'rose-q', name: 'Rose', library: 'SCL-MA' };
const ABEL: Prov = { id: 'abel-q', name: 'Abel', library: 'SCL-MA' };
const TOMAS: Prov = { id: 'tomas-q', name: 'Tomás', library: 'EPPL' };
const LUPE: Prov = { id: 'lupe-q', name: 'Lupe', library: 'EPPL' };
const BETH: Prov = { id: 'beth-q', name: 'Beth', library: 'AUN' };
const CORA: Prov = { id: 'cora-q', name: 'Cora', library: 'FCPL-MD' };
const HOPE: Prov = { id: 'hope-q', name: 'Hope', library: 'DMPL' };
const IVO: Prov = { id: 'ivo-q', name: 'Ivo', library: 'HCL-MN' };
const JADE: Prov = { id: 'jade-q', name: 'Jade', library: 'AUN' };
const KIT: Prov = { id: 'kit-q', name: 'Kit', library: 'MCL-OR' };
const LEO: Prov = { id: 'leo-q', name: 'Leo', library: 'RPL-NY' };
const MAE: Prov = { id: 'mae-q', name: 'Mae', library: 'MPL-WI' };
const NOBODY: Prov = { id: 'queue-q', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-q', name: 'Trainee 2', library: 'TRN' };
const NED: Prov = { id: 'ned-q', name: 'Ned', library: 'MLS-OK' };
const OONA: Prov = { id: 'oona-q', name: 'Oona', library: 'BKLYN' };
const PIA: Prov = { id: 'pia-q', name: 'Pia', library: 'SLCL' };
const RHEA: Prov = { id: 'rhea-q', name: 'Rhea', library: 'NLL-IA' };
const SETH: Prov = { id: 'seth-q', name: 'Seth', library: 'GRPL' };
const TESS: Prov = { id: 'tess-q', name: 'Tess', library: 'ACPL' };
const VAL: Prov = { id: 'val-q', name: 'Val', library: 'CPL-IL' };

const s = session;

export const QUILTING: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Kaffe Fassett quilt books: "you\'ve reached Lakeside Library\'s chat service — I\'m Dana", borrow or print asked, catalogue, "thats all i need!"', [
    [0, 'p', 'hi!! do you guys have any kaffe fassett quilt books?? want to make one of his bold patchwork ones'],
    [25, 'l', "Good morning, you've reached Lakeside Library's chat service — I'm Dana."],
    [31, 'l', 'Are you hoping to borrow a book, or would a printable pattern work just as well?'],
    [70, 'p', 'borrow a book i like flipping thru them'],
    [78, 'l', "We own four of his, and 'Kaffe Fassett's Quilts in the Cotswolds' is on the shelf at Main right now. The whole list is in our catalogue: lakesidelib.org/catalog, search 'Fassett quilts'."],
    [84, 'l', 'Is that the sort of thing you had in mind?'],
    [120, 'p', 'yes perfect, thats all i need!'],
    [126, 'l', 'Happy quilting, and thanks for stopping by!'],
  ], usual()),

  // 02 pickup at exactly 60 s
  s(MARCUS, '02 beginners\' knitting circle: pickup at exactly 60 s, branch asked, events calendar, "Take care — bye for now!"', [
    [0, 'p', 'is there a knitting group that meets at the library? im a beginner'],
    [60, 'l', 'Hey there! Marcus, a librarian at Eastfield Branch, jumping in.'],
    [66, 'l', 'Which branch is closest to you, so I check the right calendar?'],
    [100, 'p', 'eastfield'],
    [107, 'l', "Eastfield's 'Purls & Pints' circle meets the first and third Tuesday at 6:30 pm, beginners welcome and needles provided. The listing is on our events calendar: eastfieldlibrary.org/events."],
    [112, 'l', 'Did that answer it?'],
    [150, 'p', 'yes!!'],
    [154, 'l', 'Anything else I can do for you?'],
    [170, 'p', 'nope'],
    [174, 'l', 'Take care — bye for now!'],
  ], usual()),

  // 03 pickup at 61 s
  s(ORIN, '03 Singer 401A manual: pickup at 61 s, manual or tension asked, singer.com, "that was my only question"', [
    [0, 'p', "Looking for a manual for a Singer 401A sewing machine, my mother's. Thread keeps bunching underneath."],
    [61, 'l', 'Hello, and thank you for your patience. This is Orin at the Cuyahoga County library reference desk.'],
    [68, 'l', 'Do you need the full instruction manual, or mostly help with the bobbin tension?'],
    [110, 'p', 'full manual if possible'],
    [117, 'l', "Singer posts free PDF manuals for older models: singer.com, Support > Manuals, then type 401A. For the bunching, the section on upper thread tension is usually the one you want."],
    [123, 'l', 'Is that what you were looking for?'],
    [160, 'p', 'yes thank you, that was my only question'],
    [166, 'l', 'Glad to help — goodbye, and good luck with the 401A!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets but names no one; a repair shop by phone
  s(LOU, '04 Brother CS6000i grinding (Wichita): "Hello! 😊" + model asked under the screen name "Lou K.", Sew Right Repair by phone', [
    [0, 'p', 'my brother sewing machine makes a grinding noise, is there somewhere that fixes them around here? Wichita'],
    [14, 'l', 'Hello! 😊'],
    [20, 'l', "What's the model? It should be on a sticker on the back or underneath."],
    [60, 'p', 'CS6000i'],
    [67, 'l', "Brother's support site has a troubleshooting page for that model (support.brother.com, search CS6000i > FAQs & Troubleshooting). For the grinding, call Sew Right Repair on West Central, 316-555-0187; they service Brother machines."],
    [73, 'l', 'Does that help?'],
    [110, 'p', 'yes ill call them thx'],
    [115, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 05 the question comes after the first source
  s(PEARL, '05 grandmother\'s 1930s Alabama sunburst quilt: Quilt Index given first, then "Do you know which county she lived in…?"', [
    [0, 'p', "I have a quilt my grandmother made in the 1930s in Alabama and I'd love to know more about the pattern and if it's been documented"],
    [30, 'l', 'Hi, Pearl here, a librarian at Birmingham Public Library. What a treasure!'],
    [36, 'l', "The Quilt Index (quiltindex.org) holds the records of the state quilt documentation projects, Alabama's included, with photos you can search by pattern name and date."],
    [42, 'l', 'Do you know which county she lived in, or what the pattern is called?'],
    [100, 'p', 'Walker county. we always called it the sunburst'],
    [106, 'l', "Search the Index for 'Sunburst' with Alabama as the state; it may also be listed as 'Rising Sun' or 'Mariner's Compass'. Barbara Brackman's 'Encyclopedia of Pieced Quilt Patterns' (in our catalogue) gives the other names."],
    [112, 'l', 'Did that help?'],
    [160, 'p', 'yes! found two similar ones. thats everything, thank you'],
    [166, 'l', 'Wonderful — thanks for chatting with us!'],
  ], usual({ clarify: 'fail' })),

  // 06 Spanish: sewing classes
  s(MARISOL, '06 clases de costura (Spanish): "Soy Marisol, bibliotecaria de …", nivel y sucursal, mysapl.org/eventos, "eso es todo"', [
    [0, 'p', 'hola, hay clases de costura en la biblioteca? quiero aprender a usar mi maquina'],
    [20, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [27, 'l', '¿Busca una clase para principiantes? ¿Y qué sucursal le queda más cerca?'],
    [75, 'p', 'principiante, cerca de la central'],
    [82, 'l', 'En la Biblioteca Central hay un taller de costura básica los sábados a las 10, en inglés y español, con máquinas prestadas. Puede inscribirse en mysapl.org/eventos (busque "costura").'],
    [88, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias, eso es todo'],
    [136, 'l', '¡Gracias por escribirnos, hasta luego!'],
  ], usual()),

  // 07 a hold answered 125 s later
  s(VERA, '07 1955 Woman\'s Day reindeer cardigan: "One moment while I check the magazine indexes." answered 125 s later', [
    [0, 'p', "My aunt knit a sweater from a 1950s Woman's Day pattern, a cardigan with reindeer. Any way to find it?"],
    [22, 'l', 'Hi! Vera, reference librarian at the Hartford Public Library.'],
    [28, 'l', 'Do you know roughly what year, or the pattern name?'],
    [70, 'p', 'maybe 1955? "norwegian reindeer cardigan" or similar'],
    [78, 'l', 'One moment while I check the magazine indexes.'],
    [203, 'l', "Sorry for the wait. The pattern database at ravelry.com lists a 'Reindeer Cardigan' from Woman's Day, November 1955, and we have that issue on microfilm at the Main Library."],
    [209, 'l', 'Does that look like the one?'],
    [250, 'p', 'YES. thats it!! thank you so much'],
    [256, 'l', 'Anything else today?'],
    [270, 'p', 'no, all set'],
    [275, 'l', 'Great — thanks for using Ask a Librarian!'],
  ], usual({ informed: 'fail' })),

  // 08 a hold answered exactly 120 s later, a partial-result hold, the patron has the last word
  s(WILL, '08 AQS QuiltWeek in Paducah: hold at 66 answered at 186 (120 s) by a partial result that says the search goes on, patron last', [
    [0, 'p', 'when is the big quilt show in paducah this year and is there a bus from louisville?'],
    [18, 'l', 'Hello, Will with Ask a Librarian at the Louisville Free Public Library.'],
    [24, 'l', 'Are you hoping to go for one day, or the whole week?'],
    [60, 'p', 'just one day, prob saturday'],
    [66, 'l', 'Let me look into the dates and the transport for you, bear with me.'],
    [186, 'l', "I'm still searching on the bus question, but the show dates are up: AQS QuiltWeek runs April 22-25 this year, details at americanquilter.com/quiltweek."],
    [290, 'l', "Found it: a group bus trip leaves downtown Louisville Saturday at 6 am; the tour listing is on the Paducah visitors bureau's site, paducah.travel/quiltweek."],
    [296, 'l', 'Does that cover what you needed?'],
    [340, 'p', 'yes thank u!! thats everything 🙏'],
  ], usual({ courteous: 'fail' })),

  // 09 pickedUpAt 45 s, first line at 155; "take your time"
  s(NIA, '09 Janome 2212 manual: pickedUpAt 45 s, first line at 155 (110 s after pickup), "No hurry, take your time." then 250 s away', [
    [0, 'p', 'need a manual for my janome, lost it in a move 😩'],
    [155, 'l', 'Hi there, Nia from the Topeka & Shawnee County Public Library here. Sorry for the delay!'],
    [161, 'l', "Do you know the model number? It's usually on a plate on the back or the bottom."],
    [190, 'p', 'hang on its in the closet'],
    [196, 'l', 'No hurry, take your time.'],
    [446, 'p', 'ok its a Janome 2212'],
    [453, 'l', "Janome keeps its manuals online: janome.com > Support > Manuals, then choose the 2212. It's a free PDF."],
    [458, 'l', 'Did that get you what you needed?'],
    [490, 'p', 'got it, thx!'],
    [495, 'l', 'Anything else I can help with?'],
    [520, 'p', 'no'],
    [524, 'l', 'Thanks for chatting, happy sewing!'],
  ], usual(), { pickedUpAt: at(45) }),

  // 10 the patron's "??" during a 122 s wait
  s(GUS, '10 donating preemie hats: the patron answers at 58, "??" at 150, the answer at 180 (122 s, not restarted)', [
    [0, 'p', 'where can i donate knitted baby hats? i have like 30 lol'],
    [20, 'l', "Hi! I'm Gus, a librarian with Ask a Librarian at Monroe County Public Library."],
    [26, 'l', 'Are you thinking of hospital preemie hats, or any charity that takes them?'],
    [58, 'p', 'preemie ones mostly'],
    [150, 'p', '??'],
    [180, 'l', 'Sorry about that! Knit for Preemies keeps a state-by-state list of hospitals taking donations, with their size guidelines: knitforpreemies.org/donate.'],
    [185, 'l', 'Is that helpful?'],
    [220, 'p', 'yes perfect'],
    [224, 'l', 'Anything else?'],
    [240, 'p', 'nah thats it, thanks'],
    [244, 'l', 'Thank you, and what a generous project!'],
  ], usual({ informed: 'fail' })),

  // 11 four at once; a fabric store by phone
  s(IDA, '11 quilting cotton near Oakland, Pittsburgh: Quilters Hideaway by phone, three other chats open through this one (four at once)', [
    [0, 'p', 'any good fabric stores near oakland pittsburgh? need quilting cotton'],
    [28, 'l', 'Hello, Ida at Carnegie Library of Pittsburgh, glad to help.'],
    [34, 'l', 'Are you after quilting cotton only, or notions and batting too?'],
    [70, 'p', 'just cotton fat quarters'],
    [77, 'l', "Try Quilters Hideaway in Squirrel Hill, 412-555-0173; they carry a big stock of fat quarters. For ideas before you go, 'Fat Quarter Quilting' by Lynette Jensen is on our shelves."],
    [83, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes thanks thats all'],
    [125, 'l', 'Thanks for chatting, enjoy!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('i1', 'ida-q', -60, 400), other('i2', 'ida-q', 10, 300), other('i3', 'ida-q', 50, 500)],
  }),

  // 12 three at most, touching ends
  s(KAI, '12 teen stitch club (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'hey is there a knitting thing for teens?? my daughter is 14'],
    [15, 'l', 'hi! Kai here, teen services librarian @ Boise Public Library'],
    [20, 'l', 'is she a total beginner or does she already knit?'],
    [40, 'p', 'beginner'],
    [46, 'l', 'Teen Stitch Club meets Wednesdays 4-5 at the Main Library, yarn and needles provided. Sign-up is on boisepubliclibrary.org/teens'],
    [51, 'l', 'that work?'],
    [70, 'p', 'yes perfect'],
    [75, 'l', 'anything else?'],
    [90, 'p', 'nope 👍'],
    [100, 'l', 'cool, thanks for asking & bye!'],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'kai-q', -200, 0), other('k2', 'kai-q', -30, 200), other('k3', 'kai-q', 40, 300), other('k4', 'kai-q', 105, 400)],
  }),

  // 13 a transfer with a notice and a note that says why
  s(ROSE, '13 a 1912 church signature quilt: transfer notice + internal note why, Abel answers 84 s after the notice with fair photographs', [
    [0, 'p', 'My great-grandmother Hattie Lyle made a signature quilt for the Methodist church in 1912. I heard the library might have a photo of it?'],
    [24, 'l', 'Good afternoon! Rose with Springfield City Library Ask Us.'],
    [30, 'l', "Do you know whether it was ever exhibited, or is it the church's own record you're thinking of?"],
    [80, 'p', 'it was shown at the county fair i think'],
    [86, 'l', "Our local history librarian, Abel, knows the fair photo collection best. I'm transferring you to him now; it'll just be a moment."],
    [89, 'i', 'Abel, transferring a patron: 1912 Methodist signature quilt by Hattie Lyle, maybe in the county fair photos. Over to you.'],
    xfer(92, 'Abel', 'abel-q'),
    [170, 'l', "Hi, Abel here in Local History. Our county fair photographs 1900-1920 are digitized at springfieldlibrary.org/localhistory/fair; a 1912 print titled 'Ladies' Aid quilt exhibit' shows a signature quilt.", as(ABEL)],
    [176, 'l', 'Does that look like it could be hers?', as(ABEL)],
    [230, 'p', 'oh my gosh yes!! thats all i needed'],
    [236, 'l', 'How wonderful. Thank you for writing in!', as(ABEL)],
  ], usual({ transfer: 'pass' })),

  // 14 partly Spanish: a silent transfer
  s(TOMAS, '14 Singer 4423 manual en español (partly Spanish): internal note only, silent transfer, Lupe 80 s after the patron', [
    [0, 'p', 'Hi, necesito el manual de una maquina de coser Singer en español, modelo 4423'],
    [20, 'l', 'Hi, this is Tomás at El Paso Public Library. ¡Hola!'],
    [26, 'l', '¿Lo quiere imprimir o le basta en PDF?'],
    [70, 'p', 'pdf esta bien'],
    [74, 'i', 'Lupe, can you take this one? Spanish Singer manual, you know their site better'],
    xfer(78, 'Lupe', 'lupe-q'),
    [150, 'l', 'Hola, soy Lupe, también bibliotecaria. El manual del Singer 4423 en español está en singer.com > Soporte > Manuales; escriba 4423 y elija "Español".', as(LUPE)],
    [156, 'l', '¿Es lo que buscaba?', as(LUPE)],
    [200, 'p', 'si gracias!!'],
    [205, 'l', '¡De nada! Gracias por usar la biblioteca.', as(LUPE)],
  ], usual({ anything: 'fail', transfer: 'fail' })),

  // 15 a transfer announced to the patron with no note to the receiver
  s(BETH, '15 Gee\'s Bend book by interlibrary loan: "I\'m going to pass you to Cora …" with no internal note, fcpl.org/ill, "no more questions"', [
    [0, 'p', 'can I get the book "Gee\'s Bend: The Women and Their Quilts" through the library? ours doesnt have it'],
    [22, 'l', 'Hi, Beth with the AskUsNow! statewide service here.'],
    [28, 'l', 'Which library system is your card with?'],
    [60, 'p', 'frederick county'],
    [66, 'l', "I'm going to pass you to Cora, who staffs Frederick's chat tonight; she can place the request directly. One moment!"],
    xfer(70, 'Cora', 'cora-q'),
    [130, 'l', "Hi there, Cora at Frederick County Public Libraries. You can request it through our interlibrary loan form at fcpl.org/ill with your card number; it usually arrives in 1-2 weeks.", as(CORA)],
    [136, 'l', 'Does that work for you?', as(CORA)],
    [170, 'p', 'yes, great. no more questions'],
    [175, 'l', 'Thanks for chatting, enjoy the book!', as(CORA)],
  ], usual({ transfer: 'fail' })),

  // 16 follow-up by me, e-mail typed and read back, "by Wednesday", done at 40 h
  s(HOPE, '16 a 1978 Quilter\'s Newsletter pattern (follow-up by me): e-mail typed and read back, "by Wednesday", done at 40 h', [
    [0, 'p', "I'm looking for a Log Cabin variation pattern that was in Quilter's Newsletter Magazine around 1978, can you help?"],
    [26, 'l', 'Good morning! This is Hope, a librarian at Des Moines Public Library.'],
    [32, 'l', 'Do you remember the issue month or the name of the variation?'],
    [80, 'p', 'not the month. it was called barn raising star i think'],
    [86, 'l', "We have Quilter's Newsletter 1969-1996 bound at Central; the catalogue record is at dmpl.org/catalog (search 'Quilter's Newsletter'). The 1978 volumes are in storage, so I'll pull them and scan the pattern for you. What's a good e-mail?"],
    [140, 'p', 'marjorie.quilts@example.com'],
    [146, 'l', "Thanks — marjorie.quilts@example.com. I'll send the scan by Wednesday."],
    [152, 'l', 'Does the catalogue record help in the meantime?'],
    [190, 'p', 'yes, thank you so much. thats all'],
    [196, 'l', 'My pleasure, bye for now!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 17 a promise "within 72 hours", coded Answered, not done by day 4
  s(IVO, '17 out-of-print Nordic mitten book: "I\'ll … e-mail you once I hear back, within 72 hours", e-mail read back, coded Answered, not done by day 4', [
    [0, 'p', 'trying to find "Knitting Nordic Mittens" by a local designer, out of print, is there any copy anywhere?'],
    [24, 'l', 'Hi, Ivo from Hennepin County Library here.'],
    [30, 'l', 'Would a borrowed copy through interlibrary loan be fine, or are you hoping to buy one?'],
    [70, 'p', 'borrow is fine'],
    [76, 'l', "WorldCat (worldcat.org) shows 12 libraries holding it, two in Minnesota. I'll put in the interlibrary loan request and e-mail you once I hear back, within 72 hours. Can you confirm your e-mail?"],
    [120, 'p', 'sure, kjell.h@example.net'],
    [126, 'l', 'Thanks, kjell.h@example.net it is. Did the WorldCat list help?'],
    [160, 'p', 'yes'],
    [164, 'l', 'Anything else for today?'],
    [180, 'p', 'no thats all'],
    [184, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 18 follow-up by the patron's library, phone read back, no when, done at 80 h
  s(JADE, '18 an 1880s Talbot County quilter (follow-up by patron\'s library): phone typed and read back, "They will give you a call." (no when), done at 80 h', [
    [0, 'p', 'Researching a quilter named Sarah Pettway Bell from Maryland, 1880s. Any records about her?'],
    [28, 'l', "Hello, you're chatting with Jade, a librarian at AskUsNow!"],
    [34, 'l', 'Do you know which county she lived in?'],
    [80, 'p', 'Talbot county'],
    [86, 'l', "The Maryland State Archives' census and probate indexes are searchable at msa.maryland.gov. Talbot County Free Library's Maryland Room keeps local quilt documentation files, so I'll pass your question to their staff to follow up. What's the best number to reach you?"],
    [140, 'p', '410-555-0129'],
    [146, 'l', 'Got it, 410-555-0129. They will give you a call.'],
    [152, 'l', 'Does the archives index help to start?'],
    [200, 'p', 'yes thank you'],
    [205, 'l', 'Thanks for using AskUsNow!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 coded follow-up by me, no contact anywhere, done exactly 72 h after the end (+00:00)
  s(KIT, '19 Pfaff 1222E manual (follow-up by me): hold 84 s, "get back to you by Friday", no e-mail or phone anywhere, done exactly 72 h after the end', [
    [0, 'p', 'pfaff 1222 manual?? cant find it anywhere online'],
    [20, 'l', "Hi! Kit at Multnomah County Library, happy to help."],
    [26, 'l', 'Is it the 1222 or the 1222E? The manuals differ a little.'],
    [60, 'p', '1222E'],
    [66, 'l', 'Let me check our sewing collection.'],
    [150, 'l', "Pfaff's own site only goes back to the 1990s, but our sewing collection has a print 1222E manual (catalog: multcolib.org, search 'Pfaff 1222'). I'll scan the threading pages and get back to you by Friday."],
    [156, 'l', 'Does that help for now?'],
    [190, 'p', 'ok'],
    [195, 'l', 'Thanks, talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: utc(200 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 follow-up by me, the e-mail only in patron.email, "by tomorrow"
  s(LEO, '20 quilt guilds in Rochester (follow-up by me): "send you that list by tomorrow", the e-mail only in patron.email, never in the chat', [
    [0, 'p', 'Are there quilt guilds in Rochester that take new members? I just moved here'],
    [18, 'l', "Thanks for reaching out to Ask RPL! I'm Leo, a librarian at Rochester Public Library."],
    [24, 'l', 'Do you prefer daytime or evening meetings?'],
    [60, 'p', 'evenings'],
    [66, 'l', "The Genesee Valley Quilt Club meets Tuesday evenings; their site, gvqc.org, has the schedule and membership form. I'll also check our community bulletin board for smaller groups and send you that list by tomorrow."],
    [72, 'l', 'Is that a good start?'],
    [110, 'p', 'yes!!'],
    [115, 'l', 'Anything else I can help you find?'],
    [130, 'p', 'no thats it, thx'],
    [134, 'l', 'Thanks, and welcome to Rochester!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'newquilter@example.org', phone: null } }),

  // 21 Spanish: a true Lost Call
  s(MAE, '21 historia de los quilts en Wisconsin (Spanish, Lost Call): greeting only, "¿Sigue usted ahí?" at 150, notice + thanks + invitation back at 340', [
    [0, 'p', 'hola, tienen libros sobre la historia de los quilts (colchas) en Wisconsin?'],
    [22, 'l', '¡Buenas noches! Le atiende Mae, bibliotecaria de Milwaukee Public Library. Con gusto le ayudo.'],
    [150, 'l', '¿Sigue usted ahí?'],
    [340, 'l', 'Parece que se ha desconectado, así que voy a cerrar este chat. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 no provider ever joined, coded Lost Call after three patron lines
  s(NOBODY, '22 when the quilt guild meets: queue line, "hello?", "nvm", patron left, no provider ever joined, coded Lost Call', [
    [0, 'p', 'when does the quilt guild meet at the library'],
    queued(3, 4),
    [70, 'p', 'hello?'],
    [130, 'p', 'nvm'],
    left(135),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Practice
  s(TRAINEE, '23 training chat (crochet books): coded Practice, every check na', [
    [0, 'p', 'test: do u have crochet books'],
    [5, 'l', 'Test greeting - trying the new macros'],
    [12, 'l', 'Crochet books: catalog.example.org. Did that help?'],
    [20, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 a limit of questions
  s(NED, '24 a list of knitting questions: charts answered, then "we can only take two questions per chat and you\'ve reached your limit. Goodbye."', [
    [0, 'p', 'ok i have a bunch of knitting qs. 1) how do I read a chart 2) what yarn weight for socks 3) how do i fix a dropped stitch 4) where to buy cheap yarn'],
    [20, 'l', 'Hello, Ned at the Metropolitan Library System.'],
    [26, 'l', 'For the chart, are you knitting flat or in the round?'],
    [60, 'p', 'flat'],
    [66, 'l', "For flat charts, read right-side rows right to left and wrong-side rows left to right; the chart tutorial at craftyarncouncil.com walks through it. Sock yarn is usually fingering weight."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes! now the dropped stitch and cheap yarn?'],
    [116, 'l', "Sorry, we can only take two questions per chat and you've reached your limit. Goodbye."],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 25 others waiting, a way back; "ask a textile conservator"
  s(OONA, '25 yellow stains on a 1940 quilt: "ask a textile conservator" (no contact), then "several other patrons waiting … chat back in later tonight"', [
    [0, 'p', 'my grandmas quilt from 1940 has yellow stains, can i wash it??'],
    [19, 'l', "Hi, I'm Oona, a librarian at Brooklyn Public Library's Ask a Librarian."],
    [25, 'l', 'Is it cotton, and is the fabric still strong, or are there any tears?'],
    [70, 'p', 'cotton, a few weak spots. also how do i store it and can i hang it on the wall and what about the batting'],
    [77, 'l', "For old cotton with weak spots, skip the washing machine: the Smithsonian's textile care page (si.edu, search 'caring for quilts') explains vacuuming through a screen and storing it rolled in acid-free tissue. For the stains, ask a textile conservator before trying anything."],
    [83, 'l', 'Does that help with washing and storing?'],
    [120, 'p', 'yes. and the wall hanging + batting?'],
    [127, 'l', "I have several other patrons waiting right now, so I'll need to stop here — please chat back in later tonight and one of us will pick up the hanging and batting questions."],
    [150, 'p', 'ok thanks'],
    [155, 'l', 'Thanks for understanding, bye!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 26 a check-in, then nothing: no notice, no goodbye (final idle 240 s)
  s(PIA, '26 needles for a worsted baby blanket: answer + "Does that help?" at 60, "Still with me?" at 190, ended at 300 with no notice or goodbye', [
    [0, 'p', 'what size needles for a worsted weight baby blanket'],
    [16, 'l', 'Hello! Pia from St. Louis County Library, here to help.'],
    [22, 'l', 'Is it a knit pattern, or crochet?'],
    [50, 'p', 'knit'],
    [60, 'l', "Worsted usually goes with US 7-8 (4.5-5 mm) needles; the Craft Yarn Council's chart at craftyarncouncil.com/standards/yarn-weight-system lists it. Does that help?"],
    [190, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 110 }),

  // 27 a goodbye exactly 120 s after the answer, no check-in
  s(RHEA, '27 borrowing a sewing machine 🧵: answer + question at 52, goodbye at 172 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'does the library lend sewing machines?? 🧵'],
    [14, 'l', 'Hi there, this is Rhea at North Liberty Library.'],
    [20, 'l', 'Are you hoping to take one home, or use one in the library?'],
    [45, 'p', 'take home'],
    [52, 'l', 'Yes! We lend two Brother sewing machines for 2 weeks from our Library of Things; you can place a hold at northlibertylibrary.org/things. Did that answer your question?'],
    [172, 'l', 'Thanks for chatting — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 28 a goodbye 119 s after the answer; code ""
  s(SETH, '28 the library\'s quilt exhibit: answer + question at 66, goodbye at 185 (final idle 119 s), code ""', [
    [0, 'p', 'is the quilt exhibit still up at the main library'],
    [21, 'l', 'Good afternoon — Seth, Grand Rapids Public Library reference.'],
    [27, 'l', 'Is it the Michigan Quilt Project exhibit in the lobby you mean?'],
    [60, 'p', 'yes that one'],
    [66, 'l', "It's up through March 30, and the exhibit page with hours is at grpl.org/exhibits. Is that what you needed to know?"],
    [185, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 29 check-in and notice + goodbye, final idle exactly 180 s
  s(TESS, '29 dating an 1890s quilt: "Clues in the Calico" at 72, "Are you still there?" at 192, notice + thanks + invitation back at 252 (180 s)', [
    [0, 'p', 'how can i tell how old a quilt is? mine might be 1890s'],
    [18, 'l', 'Hello, Tess here from the Allen County Public Library.'],
    [24, 'l', 'Do you want to date it yourself from the fabrics, or get an official appraisal?'],
    [66, 'p', 'myself from the fabrics'],
    [72, 'l', "Barbara Brackman's 'Clues in the Calico' is the standard guide to dating quilts by fabric and dye; we have two copies (acpl.info, catalog). Does that help?"],
    [192, 'l', 'Are you still there?'],
    [252, 'l', "It seems we've lost the connection, so I'll end the chat now. Thank you for writing, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 30 no source; the library's own Maker Lab with no way to reach it; a notice that asks nothing; code null
  s(VAL, '30 using a serger: "stop by the Maker Lab desk on the 3rd floor …" (no source, no contact), "It looks like you\'ve disconnected…" asking nothing, code null', [
    [0, 'p', 'hi where can i use a serger?? i dont own one'],
    [17, 'l', "Hi, Val from Chicago Public Library's chat service."],
    [23, 'l', 'Do you have a library card with us?'],
    [50, 'p', 'yes'],
    [56, 'l', 'Then you can book time on the sergers in the Maker Lab: stop by the Maker Lab desk on the 3rd floor of Harold Washington Library Center to sign up for a session.'],
    [62, 'l', 'Does that work for you?'],
    [262, 'l', "It looks like you've disconnected, so I'll close this session."],
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail', referral: 'fail' }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => QUILTING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventieth round: quilting, knitting and sewing, checked', () => {
  describeSessions('whole sessions', QUILTING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', QUILTING.filter((c) => c.name in LEFT_WHY));
});
