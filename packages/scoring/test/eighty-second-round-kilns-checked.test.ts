/**
 * Eighty-second round, theme KILNS, GLAZES AND CERAMICS STUDIOS, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide "ask a librarian" chats: cone 6 glaze recipes for a school report, a kids' clay workshop in
 * Silver Spring (Spanish), what "cone 04" means, a second-hand kiln's wiring, a kiln sitter that trips early, lead in
 * grandma's glazed dishes, crazing on mugs, raku at home, the history of Baltimore's Bennett pottery, venting a basement kiln,
 * glaze crawling and pinholes, a long list of studio-setup questions, a community studio with kiln rental, firing porcelain,
 * a Lost Call about underglazes (Spanish), a shared-kiln guild, Baltimore Clayworks classes, an Annapolis art centre's open
 * studio, an electric permit for a garage kiln, old Ceramics Monthly articles, a wheel class in Wheaton (partly Spanish),
 * Maryland stoneware jugs and a slip-casting mould. Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/s74/kilns-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and thanks for contacting Ask Us Now! I'm Helen, a librarian at …" (01); Spanish "¡Hola! Soy
 *   Beatriz, bibliotecaria de AskUsNow!." (02) and "¡Hola! Soy Marta, bibliotecaria de AskUsNow!." (18); pickup at exactly
 *   60 s with "Thanks for contacting Ask a Librarian!" and no name, only the service (03: pass); pickup at 61 s after the
 *   patron's "hellooo? anyone" (04: fail); "Hi! 👋" and no name or library ever (05: greeting fails); "Hello there!" then
 *   the name and library in the second provider line (06: pass); "hey! Sunny @ Ask Us Now here" (24); no provider at all, a
 *   queue line only (20);
 *  inquiry: class level and deadline, ages and town, kiln model, electric or gas, clay body, which glazes, the patron's
 *   county, the deadline for a report, the language, whether the patron has a kiln yet, what the dishes are used for; a
 *   restatement with no question ("So you're trying to find out whether …", 09); the answer straight after the greeting (08:
 *   fail); a clarifying question and no source ever (19: pass);
 *  waits: two holds of exactly 120 s ("Let me look through the kiln manuals, one moment." then "Still searching — …") (06:
 *   pass); "One sec, checking." answered 121 s later with the patron's "u there?" between (07: fail); a transfer notice
 *   answered by the receiver 70 s later (09), a notice answered 110 s later (12), a silent transfer answered 100 s after the
 *   patron (30); a patron message before pickup (04);
 *  sources: digitalfire.com, the catalogue, a named book (Hamer's The Potter's Dictionary, Britt's The Complete Guide to High-Fire
 *   Glazes), fda.gov, ceramicartsnetwork.org, skutt.com, the Art & Architecture Source database, mde.maryland.gov, ProQuest
 *   Historical Newspapers, baltimoreclayworks.org, a referral's e-mail as the only source (24); none (10, 19);
 *  completeness: "Does that answer your question?", "Did that help?", "Is that what you were after?", "¿Le sirve?", "Does this
 *   cover it?", "that help?", "Was that useful?", "¿Le sirvió?"; an offer of more that is not one ("Want me to look up some
 *   raku books too?", 11); none (13's "Did that help?" is one; 27: none);
 *  anything else: "Anything else I can help with?", "Is there anything else you need today?", "Anything else on the kiln?",
 *   "¿Algo más en que le pueda ayudar?"; patron-side "that's everything", "thats all i needed", "nope that's all I needed",
 *   "eso es todo, gracias", "no more questions", "that's all for now"; "ok thx", "ok np" alone do not count (12, 14);
 *  endings: "Sorry, you've reached the limit of questions for one chat, so I'm ending the session here." (13: dismissal and
 *   courteous fail); "several other patrons are waiting … please come back later" (14: allowed); a goodbye 119 s after the answer
 *   (10: idle na), exactly 120 s after with no check-in (15: fail), a check-in then a notice-goodbye exactly 180 s after (16:
 *   both pass), a check-in and the session ending 181 s after with no notice (17: idle passes, notice fails, courteous fails);
 *   a true Lost Call in Spanish (18), a Lost Call after two patron lines (19); the patron's last word (11, 13);
 *  referrals: a community centre by phone in Spanish (02: pass); "ask at the Glen Echo Park pottery studio" with no contact
 *   (22: fail); Baltimore Clayworks by street address (23: pass); a studio coordinator's e-mail, the only source (24: pass);
 *   a kiln maker by phone and the county fire marshal's office with nothing (25: fail, every party); not referrals: a
 *   colleague asked on the patron's behalf (07), web pages from agencies to read (09, 23), a library that will phone the
 *   patron (28);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 50 h (26: pass); a promise "I'll e-mail you what I
 *   find" coded Answered, the e-mail given, no time, judged at exactly T0 + 72 h (27: code and contact fail, on_time
 *   pending); FU_LIB partly in Spanish, a phone read back, "mañana", done 73 h after `endedAt` (28: contact passes, on_time
 *   fails); FU_ME, the e-mail only in `patron.email`, "within 72 hours", nothing recorded at day 4 (29: contact and on_time
 *   fail, code passes);
 *  codes: a true Lost Call (18: pass); Lost Call after two patron lines (19: fail); null with no provider (20); Practice (21);
 *   "" (11);
 *  transfers: a notice and an internal note why (09: pass); a notice only (12: fail); a note only (30: fail);
 *  concurrency: one ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (24: three at most,
 *   pass); three others overlapping, four open at once (25: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Thanks for contacting Ask a Librarian!" greets (the rubric's "thanks for contacting…") and names the service, which
 *   identifies who is answering (03: pass with no personal name);
 * - a restatement that ends in a transfer notice ("So you're trying to find out whether … I'll transfer you …") is a
 *   restatement of the question before the first source (09: clarify passes);
 * - "Still searching — I found … and I'm checking …" gives a partial result and says the search goes on: a hold (06);
 * - "Want me to look up some raku books too?" offers something not yet given: not the completeness question (11);
 * - "Thanks for the great question" in the answer thanks the patron (11: courteous passes though the patron wrote last);
 * - "Feel free to come back if anything else comes up!" invites the patron back (a goodbye) but does not ask whether they
 *   need anything else (12: anything_else fails);
 * - "you've reached the limit of questions for one chat, so I'm ending the session here" with no way back is a dismissal (13);
 * - "¿Sigue ahí?" asks whether the patron is there; "Parece que se ha desconectado, así que cerraré el chat. ¡Gracias por
 *   escribirnos, vuelva cuando quiera!" is both the disconnect notice and a goodbye (18);
 * - "It looks like we lost you, so I'll close this chat now. Thanks for contacting us, come back anytime." is the notice and a
 *   goodbye (16, 19); "Hello? Still with me?" a check-in, not a goodbye (17);
 * - "ask at the Glen Echo Park pottery studio" tells the patron to visit an organisation (22: a referral, no contact);
 *   "check with your county fire marshal's office" likewise (25);
 * - the phone number of the kiln maker is a way to reach it (25), and a street address a way to reach Baltimore Clayworks (23);
 * - "alguien de la biblioteca de Wheaton le va a llamar mañana" says someone from the patron's library will contact them (a
 *   follow-up session) and when (28);
 * - "I'll get back to you within 72 hours" is a promise and says when, but the e-mail never appears in the chat (29: fail);
 * - the e-mail the patron types in the chat is "given there" and confirms it (27), even with no read-back;
 * - `now` = T0 + 72 h is before the deadline of a session that ended minutes after T0 (27: pending).
 * - "hey!" greets like "hi" and "im a librarian" identifies (24);
 * - "ok thats all" says explicitly that the patron is done (29); "no that is all" too (27);
 * - "Does that sound like the one?", "Is the database a help in the meantime?", "Does that answer both parts?" and "¿Le
 *   sirvió el calendario?" ask whether what was given meets the need (29, 26, 23, 28);
 * - "¿Prefiere que sigamos en español o en inglés?" asks about the format (language) of the answer, a question that shapes it
 *   (28);
 * - "the rules and the application are on the parks page at baltimorecountymd.gov/…" points to a web page to use; it does not
 *   tell the patron to contact the department (30: no referral, a source);
 * - "It looks like we lost you, so I'll close this chat now" says the patron seems disconnected and the session will end (16).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch); labels copied aside to
 * /tmp/s74/kilns-labels.ts.
 * First run as labelled / disagreeing: 28 / 2 (22, 25). Label corrections: none (each disagreement reread against RUBRIC.md's
 * Referral term and referral.contact; both labels stood).
 * Final: 28 running, 2 LEFT (LEFT_WHY: "ask at the Glen Echo Park pottery studio" not read as a referral, 22; a fire marshal's
 * office with no contact passed because a kiln maker's phone sits in the same message, 25).
 * ON v71 AS LANDED (block AK): 22 and 25 read as labelled and run ("ask at the Glen Echo Park pottery studio": AK1, a studio of a
 *   craft is a party; "call the maker, L&L Kiln, at 877-…": AK2, the name set off by commas is the party called, so the fire
 *   marshal's office after it is a second party with no way): 30 running, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const HELEN: Prov = { id: 'helen-kl', name: 'Helen', library: 'BCPL' };
const BEATRIZ: Prov = { id: 'beatriz-kl', name: 'Beatriz', library: 'AUN' };
const AUN_DESK: Prov = { id: 'desk-kl', name: 'AUN staff 4', library: 'AUN' };
const GUS: Prov = { id: 'gus-kl', name: 'Gus', library: 'HCLS' };
const PIP: Prov = { id: 'pip-kl', name: 'pip_k', library: 'MCPL' };
const MARCUS: Prov = { id: 'marcus-kl', name: 'Marcus', library: 'FCPL-MD' };
const JUNE: Prov = { id: 'june-kl', name: 'June', library: 'EPFL' };
const OMAR: Prov = { id: 'omar-kl', name: 'Omar', library: 'AACPL' };
const IVY: Prov = { id: 'ivy-kl', name: 'Ivy', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-kl', name: 'Ruth', library: 'AUN' };
const LEO: Prov = { id: 'leo-kl', name: 'Leo', library: 'CCPL-MD' };
const FERN: Prov = { id: 'fern-kl', name: 'Fern', library: 'WCFL' };
const KAI: Prov = { id: 'kai-kl', name: 'Kai', library: 'HCPL-MD' };
const THEO: Prov = { id: 'theo-kl', name: 'Theo', library: 'HCPL-MD' };
const NADIA: Prov = { id: 'nadia-kl', name: 'Nadia', library: 'HCLS' };
const ROB: Prov = { id: 'rob-kl', name: 'Rob', library: 'AUN' };
const SELMA: Prov = { id: 'selma-kl', name: 'Selma', library: 'SMCL' };
const TOBY: Prov = { id: 'toby-kl', name: 'Toby', library: 'CCPL-CE' };
const UMA: Prov = { id: 'uma-kl', name: 'Uma', library: 'TCFL' };
const MARTA: Prov = { id: 'marta-kl', name: 'Marta', library: 'AUN' };
const WES: Prov = { id: 'wes-kl', name: 'Wes', library: 'GCPL' };
const QUEUE: Prov = { id: 'queue-kl', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-kl', name: 'Trainee 7', library: 'TRN' };
const ALMA: Prov = { id: 'alma-kl', name: 'Alma', library: 'MCPL' };
const BRYN: Prov = { id: 'bryn-kl', name: 'Bryn', library: 'EPFL' };
const SUNNY: Prov = { id: 'sunny-kl', name: 'Sunny', library: 'AUN' };
const CAL: Prov = { id: 'cal-kl', name: 'Cal', library: 'ACLS' };
const DORA: Prov = { id: 'dora-kl', name: 'Dora', library: 'PGCMLS' };
const ELI: Prov = { id: 'eli-kl', name: 'Eli', library: 'AUN' };
const FAYE: Prov = { id: 'faye-kl', name: 'Faye', library: 'MCPL' };
const GIL: Prov = { id: 'gil-kl', name: 'Gil', library: 'QACL' };
const HANA: Prov = { id: 'hana-kl', name: 'Hana', library: 'BCPL' };
const IKE: Prov = { id: 'ike-kl', name: 'Ike', library: 'BCPL' };

const s = session;

export const KILNS: SessionCase[] = [
  // 01 the plain good session
  s(HELEN, '01 cone 6 glaze recipes for a high-school report: level and deadline asked, catalogue + digitalfire.com, "that\'s everything"', [
    [0, 'p', 'hi!! i need cone 6 glaze recipes for my ceramics 2 report, where do i even look'],
    [21, 'l', "Good morning, and thanks for contacting Ask Us Now! I'm Helen, a librarian at Baltimore County Public Library."],
    [27, 'l', 'When is the report due, and does your teacher want book sources or are websites fine?'],
    [60, 'p', 'due friday, at least one book'],
    [68, 'l', "For the book, John Britt's The Complete Guide to Mid-Range Glazes is in our catalog at bcpl.info (several branches have it). For recipes online, Digitalfire's reference library at digitalfire.com explains each ingredient and has tested cone 6 recipes."],
    [74, 'l', 'Does that answer your question?'],
    [110, 'p', "yes perfect, that's everything!! ty"],
    [115, 'l', 'Good luck with the report, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish: a children's clay workshop, a community centre by phone
  s(BEATRIZ, '02 taller de cerámica para niños en Silver Spring (Spanish): ages and town asked, a community centre by phone, "eso es todo"', [
    [0, 'p', 'hola buenas, busco un taller de ceramica para mis hijos este verano, hay algo barato?'],
    [25, 'l', '¡Hola! Soy Beatriz, bibliotecaria de AskUsNow!. Con gusto le ayudo.'],
    [31, 'l', '¿Qué edades tienen sus hijos y en qué ciudad viven?'],
    [70, 'p', '7 y 10 años, silver spring'],
    [78, 'l', 'El centro comunitario Long Branch de Silver Spring suele ofrecer clases de cerámica para niños en verano a buen precio. Le recomiendo llamarlos para preguntar por fechas y costo: 240-555-0128.'],
    [84, 'l', '¿Le sirve?'],
    [120, 'p', 'si muchas gracias, eso es todo'],
    [126, 'l', '¡Gracias a usted por escribirnos! Que disfruten el barro 🏺'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; the service named, no personal name
  s(AUN_DESK, '03 what "cone 04" means: pickup at exactly 60 s, "Thanks for contacting Ask a Librarian!" (service only), Orton chart', [
    [0, 'p', 'what does cone 04 mean on my clay bag?? is that hot'],
    [60, 'l', 'Thanks for contacting Ask a Librarian! Happy to help.'],
    [66, 'l', 'Are you firing in your own kiln or a studio one?'],
    [95, 'p', 'school kiln, im the art teacher lol new to this'],
    [103, 'l', 'Cones are little pyramids of ceramic that bend at set heat-work points. Cone 04 is a low-fire bisque, around 1945°F at the standard heating rate. The Orton Ceramic Foundation\'s temperature equivalents chart is at ortonceramic.com under Resources.'],
    [109, 'l', 'Was that useful?'],
    [140, 'p', 'very! no more questions'],
    [145, 'l', 'Great, have fun in the art room — bye!'],
  ], usual()),

  // 04 pickup at 61 s, impatient patron
  s(GUS, '04 a used kiln from Craigslist: "hellooo? anyone" at 40, pickup at 61 s, skutt.com, "Anything else I can help with?"', [
    [0, 'p', 'buying a used skutt kiln off craigslist, what should i check before paying'],
    [40, 'p', 'hellooo? anyone'],
    [61, 'l', "Sorry to keep you waiting! Hi, I'm Gus at Howard County Library System's Ask a Librarian."],
    [67, 'l', 'Do you know the model number, and is it 120 or 240 volt?'],
    [95, 'p', 'km-818 240v. seller wants it gone today so pls hurry'],
    [103, 'l', "Check the elements for sagging or breaks, the brick for deep cracks, that the lid closes flat, and whether the controller powers on. Skutt's site, skutt.com, has the KM-818 manual and a troubleshooting page under Support."],
    [109, 'l', 'Is that what you were after?'],
    [130, 'p', 'ya'],
    [134, 'l', 'Anything else I can help with?'],
    [150, 'p', 'nah'],
    [154, 'l', 'Good luck with the purchase, bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 a greeting that never says who is answering
  s(PIP, '05 glaze crazing on mugs: "Hi! 👋", no name, library or service ever (greeting fails), Hamer\'s The Potter\'s Dictionary', [
    [0, 'p', 'my mugs have tiny cracks in the glaze a few days after firing, is that bad'],
    [14, 'l', 'Hi! 👋'],
    [19, 'l', 'What clay body are you using, and is it a commercial glaze or one you mixed?'],
    [50, 'p', 'b-mix and a glaze i mixed from a recipe online'],
    [58, 'l', "That's crazing: the glaze shrinks more than the clay as it cools. It can let liquid soak in, so it's not great for mugs. Adding silica or swapping some soda feldspar for a lower-expansion material usually fixes it. Hamer's The Potter's Dictionary of Materials and Techniques, in our catalog, has a good entry on it."],
    [64, 'l', 'Did that help?'],
    [95, 'p', 'yes!! ok that makes sense'],
    [99, 'l', 'Anything else today?'],
    [115, 'p', 'nope'],
    [119, 'l', 'Happy potting, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 greeting in two parts; two holds of exactly 120 s
  s(MARCUS, '06 a kiln sitter that trips early: "Hello there!" then the name, hold at 60, "Still searching" at 180, answer at 300', [
    [0, 'p', 'my old kiln sitter shuts the kiln off way before the cone bends, why'],
    [20, 'l', 'Hello there!'],
    [26, 'l', "I'm Marcus, a librarian at Frederick County Public Libraries. What make and model is the kiln?"],
    [52, 'p', 'paragon, maybe a a-88b? its from the 80s'],
    [60, 'l', 'Let me look through the kiln manuals, one moment.'],
    [180, 'l', "Still searching — I found Paragon's older manuals and I'm checking the sitter section."],
    [300, 'l', "Usually the sitter's tube assembly is out of adjustment or the cone supports are worn. Paragon's manual for the A-88B, free at paragonweb.com under Support > Manuals, shows how to set the sitter with the gauge that came with the kiln."],
    [306, 'l', 'Does this cover it?'],
    [340, 'p', "yes! that's all i needed, thank you"],
    [345, 'l', 'Thanks for your patience, and good firing!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(JUNE, '07 Baltimore\'s Bennett pottery: a colleague asked for the patron, then "One sec, checking." answered 121 s later, "u there?" between', [
    [0, 'p', 'was there a big pottery in baltimore in the 1800s? found a shard in my yard in fells point'],
    [18, 'l', "Hi! June here, a librarian with Enoch Pratt Free Library's Ask Us."],
    [24, 'l', 'Is there any mark or stamp on the shard?'],
    [55, 'p', 'part of a B maybe'],
    [62, 'l', "Edwin Bennett's pottery in east Baltimore made Rockingham and majolica wares from 1846 into the 1930s, so a B could fit. The Pratt's Maryland Department has a guide to Baltimore potteries at prattlibrary.org (search 'Bennett pottery')."],
    [68, 'l', 'Did that help?'],
    [100, 'p', 'yes! do u know what years the B mark was used'],
    [106, 'l', "One sec, checking with our Maryland Department."],
    [108, 'i', 'Hi MD Dept, patron has a Bennett shard with a B mark — any dating list for their marks?'],
    [170, 'p', 'u there?'],
    [227, 'l', "Sorry for the wait! The Maryland Department says the marks are dated in Lehner's Encyclopedia of U.S. Marks on Pottery, Porcelain & Clay, which is in our reference collection."],
    [233, 'l', 'Is there anything else you need today?'],
    [250, 'p', "no that's all for now, thanks!!"],
    [255, 'l', 'Happy digging, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source
  s(OMAR, '08 firing porcelain: the answer at once with no question, ceramicartsnetwork.org, "that help?"', [
    [0, 'p', 'what cone should porcelain be fired to'],
    [15, 'l', "Hello, welcome to Ask a Librarian! Omar here at Anne Arundel County Public Library."],
    [21, 'l', "Most studio porcelains are made for cone 6 (mid-range) or cone 10 (high fire); the bag or the maker's data sheet says which. Ceramic Arts Network has a clear article on porcelain firing at ceramicartsnetwork.org."],
    [27, 'l', 'that help?'],
    [60, 'p', 'yes tysm, thats all i needed'],
    [64, 'l', 'Anytime — thanks for stopping by!'],
  ], usual({ clarify: 'fail' })),

  // 09 a restatement, a transfer with a notice and a note
  s(IVY, '09 lead in grandma\'s glazed dishes: a restatement, "I\'ll transfer you to Ruth … one moment", a note why, Ruth with fda.gov', [
    [0, 'p', 'i have my grandmothers old hand glazed dishes from mexico and someone said they have lead. is it safe to eat off them'],
    [17, 'l', 'Hi, Ivy at Ask Us Now! here.'],
    [23, 'l', "So you're trying to find out whether your grandmother's glazed dishes might have lead in them and whether they're safe to use. I'll transfer you to Ruth, our health information librarian; one moment please."],
    [26, 'i', 'Ruth: patron asks about lead in old Mexican glazed dishes, food safety. Health q, yours if ok.'],
    xfer(29, 'Ruth', 'ruth-kl'),
    [93, 'l', "Hi, Ruth here. The FDA warns that traditional glazed pottery from some countries can leach lead, especially into acidic food; it suggests using such pieces for decoration only unless a lab test shows they're safe. Their page is at fda.gov (search 'lead in ceramicware'), and home swab kits are described there too.", as(RUTH)],
    [99, 'l', 'Does that answer your question?', as(RUTH)],
    [130, 'p', 'yes, thats all i needed. will put them on the wall instead'],
    [136, 'l', 'Good plan! Thanks for chatting, take care.', as(RUTH)],
  ], usual({ transfer: 'pass' })),

  // 10 no source; completeness and anything else in one line; goodbye 119 s after
  s(LEO, '10 bisque before glaze? from memory, no source; "Did that help? Anything else I can help with?" then goodbye 119 s after', [
    [0, 'p', 'do i have to bisque fire before glazing or can i just glaze the raw clay'],
    [20, 'l', "Hello! Leo here, librarian at Carroll County Public Library."],
    [26, 'l', 'Are you working with a low-fire clay or stoneware?'],
    [55, 'p', 'stoneware, cone 6'],
    [63, 'l', "You can single-fire (glaze on greenware), but it's trickier: the raw piece can crack when it gets wet and the glaze has to shrink with the clay. Most potters bisque first to around cone 04 so the ware is strong and absorbent. Did that help? Anything else I can help with?"],
    [182, 'l', 'Thanks for chatting, and happy glazing!'],
  ], usual({ source: 'fail' })),

  // 11 an offer of more, the patron's last word, code ""
  s(FERN, '11 raku at home: "Thanks for the great question", "Want me to look up some raku books too?", patron last "nope that\'s all I needed", code ""', [
    [0, 'p', 'can you do raku firing in a backyard? i live in hagerstown'],
    [16, 'l', "Hey, welcome to Ask a Librarian! Fern here at Washington County Free Library."],
    [22, 'l', 'Do you already have a kiln, or would you be building one?'],
    [50, 'p', 'building one, saw a trash can kiln video'],
    [58, 'l', "Thanks for the great question! A trash-can raku kiln fired with propane is a classic backyard build; you need a clear area away from buildings, fire-safe gloves and a lidded metal can with combustibles for the reduction. Ceramic Arts Network has build plans at ceramicartsnetwork.org (search 'trash can raku kiln')."],
    [64, 'l', 'Want me to look up some raku books too?'],
    [95, 'p', "nope that's all I needed, thx"],
  ], usual({ complete: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 12 a transfer notice with no internal note; "ok thx" only
  s(KAI, '12 underglaze vs glaze for a kids\' class: "I\'m going to pass you to our art librarian, Theo — hold on a sec." (no note), "ok thx"', [
    [0, 'p', 'whats the difference between underglaze and glaze, teaching a kids class at church'],
    [19, 'l', "Hi! This is Kai with Harford County Public Library's Ask a Librarian."],
    [25, 'l', "I'm going to pass you to our art librarian, Theo — hold on a sec."],
    xfer(28, 'Theo', 'theo-kl'),
    [135, 'l', 'Hello, Theo here. How old are the kids?', as(THEO)],
    [160, 'p', '8-12'],
    [168, 'l', "Underglazes are colored clays you paint on bare or bisqued ware (they stay put, so they're great for kids' designs); glaze is the glassy coat on top. Art & Architecture Source (hcplonline.org > Research) has articles on classroom glazing, and Mayco's site, maycocolors.com, has free kids' project sheets.", as(THEO)],
    [174, 'l', 'Is that what you were after?', as(THEO)],
    [200, 'p', 'ok thx'],
    [205, 'l', 'Feel free to come back if anything else comes up!', as(THEO)],
  ], usual({ anything: 'fail', transfer: 'fail' })),

  // 13 a dismissal: the limit of questions
  s(NADIA, '13 crawling, pinholes, the kiln sitter and more: "you\'ve reached the limit of questions for one chat" (dismissal), patron last', [
    [0, 'p', 'my glaze is crawling and pulling away from the pot. why'],
    [18, 'l', 'Hi, Nadia at Howard County Library System here.'],
    [24, 'l', 'Is the glaze going on bisqueware or greenware?'],
    [50, 'p', 'bisque. also pinholes. also my kiln sitter trips early. also what cone for porcelain'],
    [58, 'l', "Crawling usually means the bisque was dusty or oily, or the glaze went on too thick; Digitalfire has a page on it at digitalfire.com (search 'crawling'). Did that help?"],
    [90, 'p', 'kinda but what about the pinholes and the kiln sitter and'],
    [96, 'l', "Sorry, you've reached the limit of questions for one chat, so I'm ending the session here."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 the allowed ending: others waiting, come back later
  s(ROB, '14 setting up a home studio (long list): "several other patrons are waiting … please come back later", "ok np", goodbye', [
    [0, 'p', 'setting up a home pottery studio. need: wheel brands, kiln wiring, ventilation, clay storage, glaze safety, insurance'],
    [20, 'l', "Hello! Rob from AskUsNow! here, I'm a librarian. Thanks for writing in."],
    [26, 'l', 'Is the studio in a garage, a basement or a spare room?'],
    [55, 'p', 'garage. also where to buy clay cheap'],
    [63, 'l', "For the basics, Ceramic Arts Network's studio set-up guides at ceramicartsnetwork.org cover wheels, clay storage and ventilation in a garage."],
    [69, 'l', 'Did that help for a start?'],
    [100, 'p', 'ok now kiln wiring, insurance, glaze safety and clay suppliers pls'],
    [108, 'l', "That's a long list! Several other patrons are waiting for help right now, so I need to stop here, but please come back later and we'll take the rest one at a time — we'd be glad to help."],
    [125, 'p', 'ok np'],
    [130, 'l', 'Thanks, see you soon!'],
  ], usual({ anything: 'fail' })),

  // 15 goodbye exactly 120 s after the answer, no check-in
  s(SELMA, '15 a community studio with kiln rental in Southern Maryland: county asked, a directory page, goodbye exactly 120 s after, no check-in', [
    [0, 'p', 'any community pottery studios near leonardtown where i can rent kiln time'],
    [22, 'l', "Hi, this is Selma at St. Mary's County Library — thanks for writing in."],
    [28, 'l', 'Are you looking for open studio time too, or only firing?'],
    [55, 'p', 'just firing'],
    [63, 'l', "The Maryland State Arts Council's arts directory at msac.org lists studios and art centres by county; filter for St. Mary's and ceramics. Did that help?"],
    [183, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 16 a check-in, then a notice that thanks, exactly 180 s after the answer
  s(TOBY, '16 glaze on the kiln shelf: kiln wash, a check-in at 200, "looks like we lost you … Thanks for contacting us, come back anytime." at 270', [
    [0, 'p', 'glaze ran and stuck my pot to the kiln shelf, how do i get it off'],
    [19, 'l', "Hello! I'm Toby, a librarian at Cecil County Public Library."],
    [25, 'l', 'Is the shelf cordierite or silicon carbide?'],
    [60, 'p', 'no idea, tan colored'],
    [90, 'l', "Tan is usually cordierite. Chip the glaze off with a cold chisel and safety glasses, grind the spot smooth, then re-coat with kiln wash. Skutt's kiln care pages at skutt.com show how to mix and apply kiln wash. Does that answer your question?"],
    [200, 'l', 'Just checking in — are you still there?'],
    [270, 'l', "It looks like we lost you, so I'll close this chat now. Thanks for contacting us, come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 17 a check-in only; the session ends 181 s after the answer
  s(UMA, '17 venting a basement kiln: "Hello? Still with me?" at 170, ended at 261 (181 s), no notice and no thanks', [
    [0, 'p', 'do i need a vent for an electric kiln in my basement'],
    [20, 'l', "Hi there, Uma at Talbot County Free Library here, I'm a librarian."],
    [26, 'l', 'Roughly how big is the kiln, and is the basement finished?'],
    [60, 'p', 'medium sized, unfinished basement'],
    [80, 'l', "Yes: firing gives off carbon monoxide, sulfur and fluorine fumes, so a downdraft vent or a hood ducted outside is recommended. The Orton Ceramic Foundation explains both at ortonceramic.com under Kiln Vents. Does that help?"],
    [170, 'l', 'Hello? Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 91 }),

  // 18 Spanish: a true Lost Call
  s(MARTA, '18 pintura bajo cubierta (Spanish, Lost Call): greeting only, "¿Sigue ahí?" at 160, "Parece que se ha desconectado … vuelva cuando quiera" at 220', [
    [0, 'p', 'hola, la pintura bajo cubierta se puede usar en barro crudo?'],
    [35, 'l', '¡Hola! Soy Marta, bibliotecaria de AskUsNow!. ¿En qué le puedo ayudar?'],
    [160, 'l', '¿Sigue ahí?'],
    [220, 'l', 'Parece que se ha desconectado, así que cerraré el chat. ¡Gracias por escribirnos, vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after two patron lines; a question, no source
  s(WES, '19 slip-casting moulds (Lost Call after two patron lines): "??" before pickup, a question, check-in, a notice that thanks', [
    [0, 'p', 'how long do plaster molds need to dry before slip casting'],
    [25, 'p', '??'],
    [40, 'l', "Hi! Wes here, a librarian at Garrett County Public Library."],
    [45, 'l', 'Are the molds ones you poured yourself, or bought?'],
    [180, 'l', 'Are you still there?'],
    [240, 'l', "It looks like you've disconnected, so I'm closing this chat. Thanks for contacting us, come back anytime."],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 20 no provider at all
  s(QUEUE, '20 a kiln at the library makerspace?: no provider ever, the queue line, "nvm", patron left, code null', [
    [0, 'p', 'does any library branch have a kiln in the makerspace'],
    [3, 's', 'All librarians are helping other patrons. Please stay in the chat, you are number 4 in line.'],
    [150, 'p', 'still waiting...'],
    [210, 'p', 'nvm'],
    left(214),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 21 Practice
  s(TRAINEE, '21 practice chat (glaze question script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice q about glaze'],
    [8, 'l', 'practice answer, see digitalfire.com'],
    [15, 'p', 'end'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 a referral with no way to reach them
  s(ALMA, '22 a shared kiln in Montgomery County: ceramicartsnetwork.org, "ask at the Glen Echo Park pottery studio" (no contact)', [
    [0, 'p', 'i make small pots at home but have no kiln. is there anywhere in moco i can get them fired'],
    [17, 'l', 'Hi! Alma at Montgomery County Public Libraries, Ask a Librarian.'],
    [23, 'l', 'What clay are you using, low fire or stoneware?'],
    [50, 'p', 'stoneware'],
    [58, 'l', "Many community studios fire outside work for a fee per shelf. Ceramic Arts Network's article on finding firing services is at ceramicartsnetwork.org. Locally, your best bet is to ask at the Glen Echo Park pottery studio; they fire work for members and sometimes for others."],
    [64, 'l', 'Did that help?'],
    [90, 'p', 'yes, thats all i needed'],
    [95, 'l', 'Glad to hear it, bye for now!'],
  ], usual({ referral: 'fail' })),

  // 23 a referral by street address; an agency's web page as a source
  s(BRYN, '23 wheel classes for a beginner in Baltimore: Baltimore Clayworks at 5706 Smith Ave (address), mde.maryland.gov page, "no more questions"', [
    [0, 'p', 'want to learn the pottery wheel in baltimore, never done it. also is clay dust dangerous?'],
    [20, 'l', "Hi, I'm Bryn, a librarian at Enoch Pratt Free Library. Welcome!"],
    [26, 'l', 'Are you after a weekly class or a one-time try-it night?'],
    [60, 'p', 'weekly'],
    [68, 'l', "Visit Baltimore Clayworks, 5706 Smith Avenue, Baltimore, MD 21209: they run beginner wheel classes every term, and you can sign up at the front desk. On dust: silica dust is a lung hazard over time, so wet-clean rather than sweep; the Maryland Department of the Environment's page on silica at mde.maryland.gov explains it."],
    [74, 'l', 'Does that answer both parts?'],
    [100, 'p', 'yep no more questions, thank you!'],
    [105, 'l', 'Enjoy the wheel — thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 24 a referral's e-mail as the only source; touching ends
  s(SUNNY, '24 open studio at an Annapolis art centre (chat-speak): the studio coordinator\'s e-mail only, touching ends (three at most)', [
    [0, 'p', 'does the art center in annapolis have open studio hrs for pottery?? 🙏'],
    [16, 'l', 'hey! Sunny @ Ask Us Now here, im a librarian 😊'],
    [21, 'l', 'do u need wheel time or just handbuilding space?'],
    [44, 'p', 'wheel'],
    [52, 'l', 'their open studio hours change every session, so ur best bet is to email the studio coordinator at studio@annapolisartcenter.example.org and ask about wheel time'],
    [57, 'l', 'that help?'],
    [80, 'p', 'yes thx thats all i needed'],
    [84, 'l', 'yay, have fun throwing! bye 👋'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('k1', 'sunny-kl', -200, 0), other('k2', 'sunny-kl', -40, 100), other('k3', 'sunny-kl', 30, 300), other('k4', 'sunny-kl', 89, 400)],
  }),

  // 25 four at once; a maker by phone and a fire marshal's office with nothing
  s(CAL, '25 a garage kiln and the electrical permit: L&L by phone, "check with your county fire marshal\'s office" (no contact), four chats at once', [
    [0, 'p', 'do i need a permit to put an electric kiln in my garage? cumberland md'],
    [15, 'l', 'Hello, thanks for contacting the Allegany County Library System. Cal here.'],
    [21, 'l', 'Is it a 240-volt kiln that needs a new circuit?'],
    [45, 'p', 'yes, needs a 50 amp breaker'],
    [53, 'l', "A new 240 V circuit normally needs an electrical permit and a licensed electrician. For the kiln's exact breaker and wire size, call the maker, L&L Kiln, at 877-555-0143. Also check with your county fire marshal's office about clearances around the kiln."],
    [59, 'l', 'Did that answer your question?'],
    [90, 'p', 'yeah, good start'],
    [94, 'l', 'Anything else on the kiln?'],
    [110, 'p', 'no thanks'],
    [114, 'l', 'Good luck with the install, bye!'],
  ], usual({ source: 'pass', concurrency: 'fail', referral: 'fail' }), {}, {
    otherIntervals: [other('c1', 'cal-kl', -60, 200), other('c2', 'cal-kl', 5, 150), other('c3', 'cal-kl', 40, 300)],
  }),

  // 26 FU_ME, e-mail read back, "by Thursday", done at 50 h
  s(DORA, '26 old Ceramics Monthly articles on ash glazes: the database, a promise of scans, e-mail read back, "by Thursday", done at 50 h', [
    [0, 'p', 'looking for old ceramics monthly articles on wood ash glazes, like 1970s'],
    [20, 'l', "Hi! I'm Dora with Prince George's County Memorial Library System's Ask a Librarian."],
    [27, 'l', 'Is this for your own glaze testing or for a class?'],
    [60, 'p', 'my own testing, i have a wood stove'],
    [67, 'l', "Art & Architecture Source (pgcmls.info > Research) indexes Ceramics Monthly back to the 1950s, with full text for later years. The 1970s issues are only indexed there, so I'd like to pull them from our bound volumes and scan them. Can I e-mail them to you?"],
    [100, 'p', 'yes! ashglaze.tom@example.com'],
    [106, 'l', "Got it: ashglaze.tom@example.com. I'll e-mail the scans by Thursday."],
    [112, 'l', 'Is the database a help in the meantime?'],
    [140, 'p', 'for sure, thats everything'],
    [145, 'l', 'Wonderful, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 27 a promise coded Answered, no time, judged at T0 + 72 h
  s(ELI, '27 Maryland stoneware jugs: ProQuest Sun, "I\'ll e-mail you what I find" coded Answered, e-mail given, no time, pending at T0 + 72 h', [
    [0, 'p', 'i have a salt glazed stoneware jug stamped baltimore, trying to figure out who made it'],
    [18, 'l', "Hello, Eli at AskUsNow! here, a librarian. Thanks for the question."],
    [24, 'l', 'What does the stamp say exactly, any name or number?'],
    [55, 'p', 'looks like "H. Remmey" maybe, then baltimore'],
    [62, 'l', "Henry Remmey was a Baltimore stoneware potter in the early 1800s. ProQuest Historical Newspapers (free with a Pratt card at prattlibrary.org) has his newspaper ads if you search 'Remmey stoneware'. I'll e-mail you what I find on his marks from our books. What's your e-mail?"],
    [90, 'p', 'jugfinder@example.net'],
    [96, 'l', 'Thanks! Anything else?'],
    [110, 'p', 'no that is all'],
    [114, 'l', 'Take care, goodbye!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), {}, { now: T0 + 3 * DAY }),

  // 28 FU_LIB partly in Spanish: phone read back, "mañana", done 73 h after endedAt
  s(FAYE, '28 clase de torno en Wheaton (partly Spanish): language asked, the branch to phone her, phone read back, "mañana", done at 73 h', [
    [0, 'p', 'hi, hola, hay clases de pottery wheel en la biblioteca de wheaton?'],
    [22, 'l', 'Hi! Faye here, a librarian at Montgomery County Public Libraries.'],
    [28, 'l', '¿Prefiere que sigamos en español o en inglés?'],
    [50, 'p', 'español porfa'],
    [58, 'l', 'Claro. La biblioteca de Wheaton a veces ofrece talleres de cerámica; el calendario está en montgomerycountymd.gov/library, sección Eventos. Puedo pedir que alguien de la biblioteca de Wheaton le llame con las fechas. ¿Me da su teléfono?'],
    [90, 'p', '443 555 0199'],
    [96, 'l', 'Anotado: 443-555-0199. Alguien de la biblioteca de Wheaton le va a llamar mañana. ¿Le sirvió el calendario?'],
    [125, 'p', 'si gracias!'],
    [130, 'l', '¿Algo más en que le pueda ayudar?'],
    [145, 'p', 'no, gracias'],
    [150, 'l', '¡Gracias por escribirnos, buen día!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(155 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 29 FU_ME, e-mail only in patron.email, "within 72 hours", not recorded at day 4
  s(GIL, '29 a glaze chemistry book for a class: the catalogue, "I\'ll get back to you within 72 hours", e-mail only in patron.email, not recorded at day 4', [
    [0, 'p', 'need a glaze chemistry book for beginners, the one my instructor mentioned but i forget the title'],
    [21, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Gil at Queen Anne's County Library."],
    [27, 'l', 'Do you remember the author, or anything about the cover?'],
    [60, 'p', 'no :( its about "mastering" glazes i think'],
    [68, 'l', "That sounds like Mastering Cone 6 Glazes by John Hesselberth and Ron Roy; it's in our catalog at qaclibrary.org. I'll check with the instructor's list at the college too and get back to you within 72 hours."],
    [74, 'l', 'Does that sound like the one?'],
    [100, 'p', 'yes!! thats it. ok thats all'],
    [105, 'l', 'Great, thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'glazestudent@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 30 a silent transfer: a note only
  s(HANA, '30 pit firing on the beach in Essex: a question, an internal note, the transfer with no word to the patron, Ike 100 s after the patron', [
    [0, 'p', 'can i do a pit firing on the beach at rocky point park? for my pottery class'],
    [20, 'l', 'Hi there! Hana at Baltimore County Public Library, Ask a Librarian.'],
    [26, 'l', 'Is this for a one-time class event, or something you plan to do regularly?'],
    [50, 'p', 'one time, in may'],
    [55, 'i', 'Ike, patron wants to pit fire at Rocky Point beach, you did the county parks rules last month, can you take it?'],
    xfer(58, 'Ike', 'ike-kl'),
    [150, 'l', "Hello, Ike here at BCPL. Open fires in Baltimore County parks need a permit from the Department of Recreation and Parks; the rules and the application are on the parks page at baltimorecountymd.gov/departments/recreation. Did that help?", as(IKE)],
    [190, 'p', 'yes, thats all i needed'],
    [195, 'l', 'Good luck with the firing, bye!', as(IKE)],
  ], usual({ transfer: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => KILNS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-second round: kilns, glazes and ceramics studios, checked', () => {
  describeSessions('whole sessions', KILNS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', KILNS.filter((c) => c.name in LEFT_WHY));
});
