/**
 * Sixty-eighth round, theme POETRY, OPEN MICS AND LITERARY EVENTS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: half-remembered poems (Dickinson's "hope" poem, a 1950s schoolbook poem about a
 * boy and a dog, "two roads diverged"), contests and scams (a $69.95 "semi-finalist" anthology, a $25 reading fee, a "poetry
 * award" that wants $40 for shipping, teen contests in Texas and Oklahoma), poets laureate (Maryland, California since 1915, a
 * practice macro), open mics and spoken word (Santa Cruz, a bilingual teen mic in Houston, teen slam in Portland and Oakland,
 * Delaware library readings, National Poetry Month in Columbia SC), publishing (an ISBN for a chapbook, the Missouri poetry
 * society anthology, an uncle's 1978 chapbook through WorldCat), poems for a funeral (Amado Nervo in Spanish, who wrote "Do not
 * stand at my grave and weep") and a wedding reading, teaching poetry (a 3rd-grade unit, a senior-centre class, Spanish
 * children's poems for 2nd grade), a critique group, an adult evening class, an Arab American anthology for a book club and a
 * coffee-shop reading series. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/poetry-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 14-30 s; exactly 60 s (02: pass) and 61 s (03: fail, "Sorry for the wait — hi, Leah here at Ask Us
 *   Now!"); `pickedUpAt` at 50 s with the first line at 160 (18: pass, and the 110 s after pickup is the only wait
 *   keep_informed sees); no provider ever joined (16); greetings "Good morning, you've got Dana at the Pratt Library's chat
 *   desk.", "Hey there! This is Marcus, a reference librarian at …", "Buenas tardes, le atiende Marisol, bibliotecaria de …",
 *   "¡Hola! Soy Nico, librarian at …", "Hi there!" + "You're chatting with Theo, the Ask Us Now librarian on duty tonight."
 *   split over two lines (07), "hiya! Rox from Orange County Library System, ask-a-librarian 👋", "Greetings from the Ask a
 *   Librarian desk at Denver Public Library. I'm Kit", "Morning! Otto, librarian, Multnomah County Library.", "Thanks for
 *   reaching out to Ask a Librarian! I'm Yara …", "Hi, thanks for waiting! I'm Gwen …", "Hello and welcome to Ask a Librarian
 *   at …! I'm Kai.", "Welcome to Ask Us Now! You're chatting with Rhea …", "¡Hola! Le saluda Tomás, bibliotecario de …";
 *   "Hello! How can I help you today?" + "What town did you move to?" under the screen name "Desk 2" (04: names no one, fail);
 *  inquiry: lines remembered, how the patron got the contest, current or past laureates, town, religious or not, the
 *   daughter's age, where the chapbook will be sold, read-alouds or lesson plans, reading length, which version will be
 *   printed, age and side of town, what the prize is, county, membership, in person or online, what grade the mother was in,
 *   borrow or buy, class length and rhyme, names or bios, class or competition, who sent the e-mail, branch, one anthology or a
 *   list, which question first, shop's county, weeknights/weekends; the first source before "¿Para qué grado es la clase?"
 *   (30: fail);
 *  waits: a hold "Let me pull up the details on ISBNs, one moment." answered exactly 120 s later (07: pass); "give me a minute
 *   to check our teacher resources" answered 121 s later (08: fail); the patron's second question answered 125 s later with no
 *   hold (09: fail); "No problem, take your time." then 250 s away (10: waiting on the patron, pass); two transfer notices (holds)
 *   answered 74 and 84 s later by the receiver (23, 24); 110 s between `pickedUpAt` and the first line (18: pass);
 *  endings: final idle exactly 120 s (60 -> `endedAt` 180) with "Are you still there?" and no goodbye (11: idle pass, disconnect
 *   na, courteous fails); a goodbye 119 s after the answer, no check-in (12: idle na); "Hi, are you still with me?" and "It
 *   looks like we've lost the connection, so I'll close this chat now. Come back anytime!" 180 s after the answer (13: both
 *   pass); "Seems you've been disconnected — I'm going to end the session now. Thanks for writing in!" 179 s after the answer
 *   (14: no check-in, idle fails, disconnect na); a Lost Call with only a greeting, "Hello? Are you still with me?" and "Seems we
 *   lost you, so I'll close this chat. Come back anytime!" (15: final idle 310 s, both pass); "I'm about to go off shift, so
 *   I'll have to stop here. Bye." with the patron's "oh. ok" last (27: dismissal); "I have several other patrons waiting right
 *   now. Please chat back in later with the rest!" (28: allowed); the patron's "nope thats all i needed, bye!!" last after
 *   "Anything else I can track down?" (29: courteous fails); goodbyes "Thanks for chatting with us!", "Keep writing! Thanks for
 *   checking with us before paying, bye!", "Take care, bye!", "¡Gracias a usted!", "Have fun with it! Bye!", "anytime! congrats
 *   to ur sister, bye!", "You are very welcome. Take care of yourself.", "Thanks for stopping by — bye for now!", "Thank you,
 *   talk tomorrow!", "Enjoy, and thanks for asking!"; patron-side "thats everything", "es todo", "eso es todo", "no more
 *   questions", "That is all I needed.", "that is everything", "thats all", "es todo lo que necesitaba", and "yes thanks", "ok
 *   cool ty", "yes, thanks", "ok thanks" that do not count;
 *  sources: poetryfoundation.org, writerbeware.blog, pw.org, msa.maryland.gov, library calendars, cervantesvirtual.com,
 *   myidentifiers.com, poets.org and books in the catalogue, copyright.gov, the Columbia Granger's World of Poetry database,
 *   WorldCat, arts.ca.gov, consumer.ftc.gov, an anthology by title and editor, arts.ok.gov, msac.org, loft.org; none (12: fail);
 *  referrals: Writers in the Schools by phone and URL (06: pass); the library's own Maryland Room by phone (07: LEFT); "It's also
 *   worth asking your school librarian to pull a classroom set." with no contact (08: fail); "reach out to the Bethesda Writer's
 *   Center" with no contact (28: fail); the Loft's registration desk by phone and URL (29: pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done exactly 72 h after `endedAt` (19: pass); FU_LIB, phone
 *   read back, "Someone from your branch will give you a call." with no when, done after 73 h (20: contact and on_time fail); FU_ME
 *   with "by tomorrow afternoon" and the e-mail only in `patron.email` (21: code pass, contact fails, on_time pending); "get back
 *   to you tomorrow", the patron's e-mail typed, coded Answered (22: code fails, contact passes, on_time pending);
 *  codes: null (04), "" (18), a true Lost Call (15), Lost Call after two patron lines with no provider (16), Practice (17);
 *  transfers: an announced one ("I'm handing you over to him now. One moment!") with an internal note that says why (23: pass);
 *   one told to the patron with no internal note (24: fail);
 *  concurrency: three others overlapping, four at once from 50 s (25: fail); one ending at 50, one starting at 60, one starting
 *   exactly at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there!", "hiya!", "Morning!", "Greetings from …" and "Buenas tardes" greet; "Hi there!" and "You're chatting with Theo,
 *   the Ask Us Now librarian …" together greet and identify (07); "Hello! How can I help you today?" identifies no one (04);
 * - "Will that get you started?", "do either of those work for u?", "Is the poem finder a useful start?", "Does the Arts Council
 *   page cover enough for now?", "¿Le sirven estos títulos?" ask whether what was given meets the need; "Could I e-mail you what I
 *   turn up?" offers something not yet given and does not (19: completeness fails);
 * - "You are very welcome. Take care of yourself." says goodbye (10); "Thank you, talk tomorrow!" thanks the patron (21);
 * - "drop one off with the Maryland Room staff at the Central Library, 410-555-0177" tells the patron to visit a department of
 *   the provider's own library (07: a referral with a phone); "It's also worth asking your school librarian" and "reach out to
 *   the Bethesda Writer's Center" tell the patron to ask / contact someone (08, 28: no contact); announcing a library event
 *   ("Our Downtown branch hosts a poetry open mic …", 04, 11, 18, 25) tells the patron to contact or visit no one; "Your home
 *   library can request it …; I'll pass this to them" (20) and "I'll check the California State Library's files" (22) are staff
 *   acting on the patron's behalf, not referrals; an agency's website to use (msac.org, arts.ca.gov, consumer.ftc.gov,
 *   youthspeaks.org) is a source, not a referral;
 * - "I'm about to go off shift, so I'll have to stop here. Bye." ends the help for the provider's convenience without a way
 *   back (27); "Please chat back in later with the rest!" after "several other patrons waiting" is the allowed form (28), and is
 *   no promise of a follow-up (the patron is to come back);
 * - "It looks like we've lost the connection" and "Seems we lost you" tell the patron they seem to have disconnected; with
 *   "Come back anytime!" each is a goodbye that ends the final idle (13: 180 s, 15: 310 s); "Seems you've been disconnected …
 *   Thanks for writing in!" asks nothing, so it is a notice and a goodbye but no check-in (14: 179 s);
 * - the Lost Call (15): a greeting with "How can I help?" is not a substantive exchange, so the information checks are na and
 *   the final idle starts at that greeting;
 * - 18: pickup is `pickedUpAt` (50 s); keep_informed looks only at the wait after it (50 -> 160 s = 110 s: pass);
 * - 21: the e-mail in `patron.email` makes a contact known for resolution.code, but followup.contact needs it in the chat.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0 (on rereading RUBRIC.md both labels stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 07: "drop one off with the Maryland Room staff at the Central Library, 410-555-0177" read as no
 *    referral (na; RUBRIC pass: the own library's department the patron is told to visit, with a phone);
 *  - referral.contact, case 09: the greeting "hiya! Rox from Orange County Library System, ask-a-librarian 👋" read as a
 *    referral without contact (fail; RUBRIC na: no one is referred to).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`; keep_informed at 120, 121 and 125 s, after "take your time",
 * across two transfers and after `pickedUpAt`; final idles of 119, 120, 179, 180 and 310 s; concurrency at four and at touching
 * ends; on_time done at exactly 72 h, late at 73 h and pending twice) scored as labelled on the first run. The redaction
 * equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron phone read back, an
 * e-mail only in `patron.email`, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 * RUBRIC v62 (block AB, written after this file): cases 07 (AB5: "drop one off with the Maryland Room staff …, 410-555-0177") and
 *   09 (AB9: "ask-a-librarian" in the greeting is no verb) now score as labelled and run with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-p', name: 'Dana', library: 'EPFL' };
const MARCUS: Prov = { id: 'marcus-p', name: 'Marcus', library: 'CCPL-OH' };
const LEAH: Prov = { id: 'leah-p', name: 'Leah', library: 'AUN' };
const DESK2: Prov = { id: 'desk2-p', name: 'Desk 2', library: 'SCPL-CA' };
const MARISOL: Prov = { id: 'marisol-p', name: 'Marisol', library: 'PCPL-AZ' };
const NICO: Prov = { id: 'nico-p', name: 'Nico', library: 'HPL-TX' };
const THEO: Prov = { id: 'theo-p', name: 'Theo', library: 'AUN' };
const PENNY: Prov = { id: 'penny-p', name: 'Penny', library: 'BPL-ID' };
const ROX: Prov = { id: 'rox-p', name: 'rox_ocls', library: 'OCLS-FL' };
const KIT: Prov = { id: 'kit-p', name: 'Kit', library: 'DPL-CO' };
const OTTO: Prov = { id: 'otto-p', name: 'Otto', library: 'MCL-OR' };
const VERA: Prov = { id: 'vera-p', name: 'Vera', library: 'HCL-MN' };
const WREN: Prov = { id: 'wren-p', name: 'Wren', library: 'DLA-DE' };
const YARA: Prov = { id: 'yara-p', name: 'Yara', library: 'KCPL-MO' };
const ANA: Prov = { id: 'ana-p', name: 'Ana', library: 'AA-WI' };
const NOBODY: Prov = { id: 'queue-p', name: 'Cola', library: 'TXQ' };
const TRAINEE: Prov = { id: 'trainee-p', name: 'Trainee 9', library: 'TRN' };
const GWEN: Prov = { id: 'gwen-p', name: 'Gwen', library: 'AACPL' };
const HUGO: Prov = { id: 'hugo-p', name: 'Hugo', library: 'SPL-WA' };
const IDA: Prov = { id: 'ida-p', name: 'Ida', library: 'BCPL' };
const JUNO: Prov = { id: 'juno-p', name: 'Juno', library: 'PPL-NJ' };
const KAI: Prov = { id: 'kai-p', name: 'Kai', library: 'SPL-CA' };
const LUZ: Prov = { id: 'luz-p', name: 'Luz', library: 'OPL-CA' };
const RAFA: Prov = { id: 'rafa-p', name: 'Rafa', library: 'OPL-CA' };
const MAE: Prov = { id: 'mae-p', name: 'Mae', library: 'HCLS' };
const SETH: Prov = { id: 'seth-p', name: 'Seth', library: 'HCLS' };
const NELL: Prov = { id: 'nell-p', name: 'Nell', library: 'RL-SC' };
const OMAR: Prov = { id: 'omar-p', name: 'Omar', library: 'DPL-MI' };
const PIA: Prov = { id: 'pia-p', name: 'Pia', library: 'TCCL' };
const RHEA: Prov = { id: 'rhea-p', name: 'Rhea', library: 'MCPL-MD' };
const SIL: Prov = { id: 'sil-p', name: 'Sil', library: 'SPPL-MN' };
const TOMAS: Prov = { id: 'tomas-p', name: 'Tomás', library: 'EPPL-TX' };

const s = session;

export const POETRY: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 half-remembered Dickinson ("hope being a bird??"): "Good morning, you\'ve got Dana", lines asked, poetryfoundation.org, patron "thats everything"', [
    [0, 'p', 'theres a poem i half remember, something about hope being a bird?? and it never asks for anything. who wrote it'],
    [25, 'l', "Good morning, you've got Dana at the Pratt Library's chat desk."],
    [31, 'l', 'Do you remember any other words from it, or where you read it (school, a card, a book)?'],
    [75, 'p', 'school i think. it said it sings the tune without the words'],
    [84, 'l', 'That\'s Emily Dickinson, "\'Hope\' is the thing with feathers" (poem 254 in most editions). The full text is on the Poetry Foundation site: poetryfoundation.org/poems/42889. Is that the poem you were thinking of?'],
    [120, 'p', 'YES omg thats it. thats everything, thank you!!'],
    [126, 'l', 'So glad we tracked it down. Thanks for chatting with us!'],
  ], usual()),

  // 02 pickup exactly 60 s
  s(MARCUS, '02 "semi-finalist" vanity anthology for $69.95: pickup exactly 60 s, "Hey there! This is Marcus", Writer Beware + pw.org', [
    [0, 'p', 'I got a letter saying my poem was chosen as a semi-finalist in a national contest and I can be in their hardcover anthology for $69.95. Is this legit?'],
    [60, 'l', 'Hey there! This is Marcus, a reference librarian at Cuyahoga County Public Library.'],
    [66, 'l', 'Did you send the poem in to them yourself, or did they contact you out of the blue?'],
    [110, 'p', 'i entered on a website that said free contest'],
    [118, 'l', 'That pattern (free entry, everyone a "semi-finalist", then a pricey anthology) is the classic vanity anthology. Writer Beware keeps a page on these at writerbeware.blog (search "vanity anthologies"), and Poets & Writers lists legitimate contests at pw.org/grants. Did that help?'],
    [170, 'p', 'yeah it did, kinda bummed lol'],
    [176, 'l', 'Totally understandable. Anything else I can look up for you?'],
    [200, 'p', 'no'],
    [204, 'l', 'Keep writing! Thanks for checking with us before paying, bye!'],
  ], usual()),

  // 03 pickup 61 s
  s(LEAH, '03 Maryland poet laureate: pickup 61 s, "Sorry for the wait — hi, Leah here", Maryland Manual, "yes thanks" only', [
    [0, 'p', 'who is marylands poet laureate right now'],
    [61, 'l', 'Sorry for the wait — hi, Leah here at Ask Us Now!'],
    [67, 'l', 'Just the current one, or would a list of the past laureates help too?'],
    [95, 'p', 'current but the list would be cool'],
    [103, 'l', "The Maryland State Archives keeps the list of every poet laureate, current one on top, in the Maryland Manual: msa.maryland.gov/msa/mdmanual (search 'Poet Laureate'). Does that cover it?"],
    [140, 'p', 'yes thanks'],
    [146, 'l', 'Take care, bye!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 04 greets, names no one; code null
  s(DESK2, '04 poetry open mics after a move (emoji): "Hello! How can I help you today?" under "Desk 2", library calendar, code null', [
    [0, 'p', 'any open mic nights for poetry around here?? i just moved 😅'],
    [14, 'l', 'Hello! How can I help you today?'],
    [20, 'l', 'What town did you move to?'],
    [50, 'p', 'santa cruz'],
    [57, 'l', 'Our Downtown branch hosts a poetry open mic the second Tuesday of each month, sign-ups at 6:30. The full calendar is at santacruzpl.org/calendar (filter by "Poetry"). Does that help?'],
    [95, 'p', 'perfect thats everything i needed!'],
    [100, 'l', 'Welcome to town, and thanks for chatting!'],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 05 Spanish: a poem for a grandmother's funeral
  s(MARISOL, '05 un poema para el funeral de la abuela (Spanish): "Buenas tardes, le atiende Marisol", Amado Nervo en cervantesvirtual.com, "es todo"', [
    [0, 'p', 'hola buenas, mi abuela falleció y quiero leer un poema en español en el funeral, algo no muy largo'],
    [30, 'l', 'Buenas tardes, le atiende Marisol, bibliotecaria de la Biblioteca Pública de Pima. Lamento mucho su pérdida.'],
    [36, 'l', '¿Prefiere algo religioso, o más bien sobre el recuerdo y la despedida?'],
    [90, 'p', 'sobre el recuerdo, ella era de mexico'],
    [98, 'l', 'Le recomiendo "En paz" de Amado Nervo ("Muy cerca de mi ocaso, yo te bendigo, vida…"): es breve y muy querido en México. El texto completo está en la Biblioteca Virtual Miguel de Cervantes, cervantesvirtual.com (busque "Amado Nervo En paz"). ¿Le sirve este poema?'],
    [150, 'p', 'si es perfecto, es todo, gracias'],
    [156, 'l', 'Con mucho gusto. Gracias por escribirnos, y mi más sentido pésame.'],
  ], usual()),

  // 06 Spanglish: teen open mic, a referral with a phone
  s(NICO, '06 open mic de poesía en español para una hija de 16 (Spanglish): "¡Hola! Soy Nico, librarian", Writers in the Schools by phone + URL', [
    [0, 'p', 'hi! hay algun open mic de poesia en español en houston? mi hija escribe poemas'],
    [20, 'l', '¡Hola! Soy Nico, librarian at Houston Public Library. Con gusto le ayudo.'],
    [26, 'l', '¿Qué edad tiene su hija? Some open mics are 18+.'],
    [70, 'p', '16'],
    [78, 'l', 'For teens, call Writers in the Schools at 713-555-0142 and ask about their bilingual youth open mics; their events are also listed at witshouston.org/events. ¿Es lo que buscaba?'],
    [120, 'p', 'si!! muchas gracias, eso es todo'],
    [125, 'l', '¡Gracias a usted! Que le vaya muy bien a su hija.'],
  ], usual({ referral: 'pass' })),

  // 07 greeting split; hold exactly 120 s; the library's own department by phone
  s(THEO, '07 ISBN for a self-published chapbook: "Hi there!" + "You\'re chatting with Theo", hold 80 -> 200 (exactly 120 s), Maryland Room by phone', [
    [0, 'p', 'I want to self-publish a small chapbook of my poems, like 30 pages. do I need an ISBN and where do I get one'],
    [18, 'l', 'Hi there!'],
    [22, 'l', "You're chatting with Theo, the Ask Us Now librarian on duty tonight."],
    [28, 'l', 'Are you planning to sell it in bookstores or online, or mostly hand it out at readings?'],
    [75, 'p', 'sell at readings and maybe on etsy'],
    [80, 'l', 'Good to know. Let me pull up the details on ISBNs, one moment.'],
    [200, 'l', "For US publishers, ISBNs come only from Bowker at myidentifiers.com (one is $125, ten are $295). For sales at readings and on Etsy you don't strictly need one. If you'd like a copy in our Local Authors collection, drop one off with the Maryland Room staff at the Central Library, 410-555-0177."],
    [206, 'l', 'Does that answer your question?'],
    [250, 'p', 'yes, super clear. no more questions'],
    [256, 'l', 'Thank you, and good luck with the chapbook!'],
  ], usual({ referral: 'pass' })),

  // 08 hold 121 s; "worth asking your school librarian" (no contact)
  s(PENNY, '08 a 3rd-grade poetry unit: hold 76 -> 197 (121 s), poets.org + catalogue, "worth asking your school librarian", "Will that get you started?"', [
    [0, 'p', 'im a 3rd grade teacher and want to do a poetry unit in april. where do i start'],
    [22, 'l', "Hello! Penny here, children's librarian at Boise Public Library."],
    [28, 'l', 'Are you after poems to read aloud, or lesson plans for writing their own?'],
    [70, 'p', 'both honestly'],
    [76, 'l', 'give me a minute to check our teacher resources'],
    [197, 'l', 'Thanks for waiting! For lesson plans, poets.org/educators has K-12 plans and the "Teach This Poem" series. For read-alouds, try "A Child\'s Calendar" by John Updike or Shel Silverstein\'s "Where the Sidewalk Ends", both in our catalogue. It\'s also worth asking your school librarian to pull a classroom set. Will that get you started?'],
    [240, 'p', 'yes great'],
    [245, 'l', 'Anything else for your unit?'],
    [270, 'p', 'nope thats all'],
    [274, 'l', 'Have fun with it! Bye!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 09 chat-speak; the patron's second question unanswered 125 s, no hold
  s(ROX, '09 a short wedding reading (chat-speak, emoji): "hiya! Rox from Orange County Library System", permission question answered 125 s later', [
    [0, 'p', 'need a short poem for my sisters wedding ceremony im reading it 💍 nothing cheesy pls'],
    [15, 'l', 'hiya! Rox from Orange County Library System, ask-a-librarian 👋'],
    [20, 'l', 'how long can it be? like a minute to read?'],
    [45, 'p', 'ya max 1 min'],
    [52, 'l', 'try "Habitation" by Margaret Atwood (short, not cheesy at all) or "i carry your heart with me" by e.e. cummings, both on poetryfoundation.org. do either of those work for u?'],
    [100, 'p', 'ooh the atwood is cool. is it ok to read it without asking permission or whatever'],
    [225, 'l', 'sorry for the wait! reading a poem aloud at a private wedding is fine, no permission needed. if u print it in the program, credit the poet. copyright basics are at copyright.gov/help/faq'],
    [260, 'p', 'ok cool ty'],
    [264, 'l', 'anytime! congrats to ur sister, bye!'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 10 "take your time", 250 s away
  s(KIT, '10 who wrote "Do not stand at my grave and weep" for a memorial program: "Greetings from the Ask a Librarian desk", "take your time" then 250 s away', [
    [0, 'p', 'Hello, I\'m putting together my dad\'s memorial program and want to include "Do not stand at my grave and weep". Who wrote it? I\'ve seen different names.'],
    [28, 'l', "Greetings from the Ask a Librarian desk at Denver Public Library. I'm Kit, and I'm sorry about your dad."],
    [34, 'l', 'Do you have the version you plan to print? The wording varies a lot, and that affects the credit.'],
    [70, 'p', 'its on my laptop in the other room, hold on'],
    [76, 'l', 'No problem, take your time.'],
    [326, 'p', "ok back. it starts 'Do not stand at my grave and weep, I am not there. I do not sleep.'"],
    [334, 'l', 'That\'s the common version, usually credited to Mary Elizabeth Frye (1932). The Poetry Foundation\'s note on the attribution debate is at poetryfoundation.org (search "Mary Elizabeth Frye"). Is that what you were looking for?'],
    [380, 'p', 'Yes, thank you. That is all I needed.'],
    [386, 'l', 'You are very welcome. Take care of yourself.'],
  ], usual()),

  // 11 final idle exactly 120 s, a check-in, no goodbye
  s(OTTO, '11 teen spoken word night in Portland: "Morning! Otto, librarian", answer at 60, "Are you still there?" at 150, ended at 180 (final idle 120 s)', [
    [0, 'p', 'is there a spoken word night for teens in portland'],
    [20, 'l', 'Morning! Otto, librarian, Multnomah County Library.'],
    [25, 'l', 'How old is the teen, and which side of town?'],
    [50, 'p', '15, north portland'],
    [60, 'l', "Our North Portland branch hosts Teen Poetry Slam Night on the last Friday of the month; details at multcolib.org/events (search 'teen poetry'). Does that help?"],
    [150, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 30 }),

  // 12 no source; a goodbye 119 s after the answer
  s(VERA, '12 is a $25 contest reading fee normal: an answer with no source at 66, goodbye at 185 (final idle 119 s), no check-in', [
    [0, 'p', 'a contest wants a $25 entry fee for a poetry prize. is a fee normal?'],
    [20, 'l', "Hi, I'm Vera with Hennepin County Library's chat reference."],
    [26, 'l', 'What does the winner get: cash, publication, or both?'],
    [60, 'p', '$500 and publication in their journal'],
    [66, 'l', 'Reading fees are common for contests run by literary journals, and $25 is on the high side but not unusual for a $500 prize. Be wary only if everyone who enters is then asked to buy an anthology. Does that help?'],
    [185, 'l', 'Thanks for stopping by — bye for now!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 13 final idle exactly 180 s: check-in and notice with an invitation back
  s(WREN, '13 library poetry readings in New Castle County: answer at 52, "are you still with me?" at 170, "lost the connection … close this chat … Come back anytime!" at 232 (180 s)', [
    [0, 'p', 'hi how do i find poetry readings at libraries in delaware this month'],
    [15, 'l', 'Hello, this is Wren with Delaware Libraries Ask a Librarian.'],
    [20, 'l', 'Any particular county?'],
    [45, 'p', 'new castle'],
    [52, 'l', 'All Delaware library events are on one calendar: lib.de.us/events; choose New Castle County and type "poetry". Did that give you what you needed?'],
    [170, 'l', 'Hi, are you still with me?'],
    [232, 'l', "It looks like we've lost the connection, so I'll close this chat now. Come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 14 final idle 179 s: a notice that does not ask
  s(YARA, '14 the Missouri poetry society anthology: "Thanks for reaching out … I\'m Yara", answer at 68, notice without a check-in at 247 (179 s)', [
    [0, 'p', 'how do I submit poems to the state poetry society anthology? (Missouri)'],
    [25, 'l', "Thanks for reaching out to Ask a Librarian! I'm Yara at Kansas City Public Library."],
    [31, 'l', 'Are you a member of the Missouri State Poetry Society already?'],
    [60, 'p', 'not yet'],
    [68, 'l', "Their anthology takes members' poems only; membership and the submission rules are on their site, mostatepoetrysociety.org. Does that help?"],
    [247, 'l', "Seems you've been disconnected — I'm going to end the session now. Thanks for writing in!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 15 a true Lost Call
  s(ANA, '15 "two roads diverged" (Lost Call): greeting only, "Hello? Are you still with me?" at 145, "Seems we lost you … Come back anytime!" at 330', [
    [0, 'p', 'looking for the poem that goes "two roads diverged"'],
    [20, 'l', "Hello, this is Ana at AskAway, Wisconsin's library chat. How can I help?"],
    [145, 'l', 'Hello? Are you still with me?'],
    [330, 'l', "Seems we lost you, so I'll close this chat. Come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 no provider, Spanish, coded Lost Call after two patron lines
  s(NOBODY, '16 concursos de poesía para jóvenes en Texas (Spanish): no provider ever joined, "¿hay alguien?", coded Lost Call with two patron lines', [
    [0, 'p', 'hola, busco concursos de poesía para jóvenes en Texas, mi hijo tiene 14'],
    [3, 's', 'Está en la fila. Un bibliotecario le atenderá pronto.'],
    [150, 'p', '¿hay alguien?'],
    left(280),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (poet laureate macro): coded Practice, every check na', [
    [0, 'p', 'test - poet laureate question'],
    [6, 'l', 'hello testing macros'],
    [12, 'l', 'Poets laureate: loc.gov/programs/poetry-and-literature. Helpful?'],
    [20, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 pickedUpAt 50 s, first line at 160; code ""
  s(GWEN, '18 an in-person poetry critique group: pickedUpAt 50 s, first line at 160 (110 s after pickup), "Hi, thanks for waiting! I\'m Gwen", code ""', [
    [0, 'p', 'Can the library help me find a poetry critique group? I write mostly free verse'],
    [160, 'l', "Hi, thanks for waiting! I'm Gwen, a librarian with the Ask Us chat at Anne Arundel County Public Library."],
    [166, 'l', 'Would you want one that meets in person, or is online OK?'],
    [200, 'p', 'in person, annapolis area'],
    [207, 'l', "Our \"Poets' Corner\" critique circle meets at the Annapolis branch the first Thursday of each month; it's listed at aacpl.net/events. Is that what you were after?"],
    [240, 'p', 'Yes! Thank you, that is everything.'],
    [246, 'l', 'Wonderful. Thanks for chatting, and happy writing!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(50) }),

  // 19 follow-up by me: e-mail read back, "by Wednesday", done exactly 72 h after the end
  s(HUGO, '19 a 1950s schoolbook poem about a boy and a dog (follow-up by me): Granger\'s checked, e-mail read back, "by Wednesday", done at exactly 72 h', [
    [0, 'p', 'My mom used to recite a poem about a boy and a dog and a creek, probably from the 1950s, maybe a schoolbook. Any chance of finding it?'],
    [30, 'l', "Good afternoon! I'm Hugo, a librarian at The Seattle Public Library."],
    [36, 'l', 'Do you remember any lines at all, or roughly what grade she was in when she learned it?'],
    [100, 'p', 'something like "the creek was high and Shep was wet". she was maybe 4th grade, in ohio'],
    [108, 'l', "I checked the Columbia Granger's World of Poetry database (its first-line index) and nothing matches yet. It may be from an old school reader, which takes more digging. Could I e-mail you what I turn up?"],
    [150, 'p', 'yes please! ruth.okafor@example.com'],
    [156, 'l', "Thanks, I have ruth.okafor@example.com. I'll write by Wednesday either way."],
    [200, 'p', 'thank you so much'],
    [206, 'l', "Is there anything else you'd like me to look for?"],
    [230, 'p', 'no thats it'],
    [236, 'l', 'Thanks for contacting us, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(241 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 follow-up by the patron's library: phone read back, no time, done 73 h after the end
  s(IDA, '20 an uncle\'s 1978 Baltimore chapbook (follow-up by patron\'s library): WorldCat, phone read back, "will give you a call" (no when), done at 73 h', [
    [0, 'p', 'trying to find a copy of a chapbook my uncle published in 1978 in baltimore, "Harbor Lights" by Dennis Kowal'],
    [22, 'l', "Hi, this is Ida from Baltimore County Public Library's Ask Us team."],
    [28, 'l', 'Do you want to borrow it, or buy a copy to keep?'],
    [70, 'p', 'borrow or even just see it'],
    [78, 'l', "WorldCat shows one copy, at the Enoch Pratt Free Library: worldcat.org (search the title). Your home library can request it through interlibrary loan; I'll pass this to them so they can set it up for you. What phone number should they use?"],
    [130, 'p', '443-555-0199'],
    [136, 'l', "That's 443-555-0199, got it. Someone from your branch will give you a call."],
    [170, 'p', 'great'],
    [176, 'l', 'Did the WorldCat record help?'],
    [210, 'p', 'yes, thanks'],
    [215, 'l', 'Thanks for using Ask Us, goodbye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(220 + 73 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 21 follow-up by me, the e-mail only in patron.email, "by tomorrow afternoon"
  s(JUNO, '21 read-aloud New Jersey poets for a senior class (follow-up by me): "send it to you by tomorrow afternoon", e-mail only in the patron field', [
    [0, 'p', 'I teach a senior center poetry class. Can you find me a list of poems by New Jersey poets that are good to read aloud?'],
    [20, 'l', 'Hi! Juno here, a librarian at Princeton Public Library.'],
    [26, 'l', 'How long is the class, and do they prefer rhyming poems or is anything fine?'],
    [70, 'p', 'an hour, they like rhyme but are open to anything'],
    [78, 'l', "The Poetry Foundation's poem finder (poetryfoundation.org/poems) lets you filter by region, and William Carlos Williams, Amiri Baraka and Alicia Ostriker are good New Jersey starts. I'll put together a proper list of read-aloud poems and send it to you by tomorrow afternoon. Is the poem finder a useful start?"],
    [120, 'p', 'yes wonderful'],
    [126, 'l', 'Anything else for now?'],
    [150, 'p', 'no, thank you!'],
    [155, 'l', 'Thank you, talk tomorrow!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'm.delacroix@example.org', phone: null } }),

  // 22 a promise in the chat, coded Answered; e-mail given, "tomorrow"
  s(KAI, '22 every California poet laureate since 1915: "get back to you tomorrow", e-mail typed by the patron, coded Answered', [
    [0, 'p', 'is there a list somewhere of all the California poets laureate since the beginning?'],
    [25, 'l', "Hello and welcome to Ask a Librarian at Sacramento Public Library! I'm Kai."],
    [31, 'l', 'Do you need just names and years, or short bios too?'],
    [80, 'p', 'names and years, its for a school project due friday'],
    [88, 'l', "The California Arts Council lists recent laureates at arts.ca.gov (search 'Poet Laureate'), but the early ones (from 1915) are patchy online. I'll check the California State Library's files and get back to you tomorrow with the full list. Best e-mail?"],
    [130, 'p', 'jlee.school@example.com'],
    [136, 'l', 'Does the Arts Council page cover enough for now?'],
    [170, 'p', 'ya thats good for now'],
    [176, 'l', 'Is there anything else I can help with?'],
    [200, 'p', 'no'],
    [205, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 23 an announced transfer with a note that says why
  s(LUZ, '23 teen slam workshops in Oakland: "handing you over to him now. One moment!" + internal note why, Rafa 74 s after the notice', [
    [0, 'p', 'my son (16) wants to do slam poetry, are there workshops or competitions for teens in oakland'],
    [18, 'l', "Hi! I'm Luz, a librarian at Oakland Public Library."],
    [24, 'l', 'Is he looking for a class to learn, or somewhere to compete?'],
    [60, 'p', 'both if possible'],
    [66, 'l', "Our teen services librarian Rafa runs the youth slam program, so I'm handing you over to him now. One moment!"],
    [69, 'i', 'Rafa, mom of a 16yo asking about teen slam workshops + competitions, your program, ok to take it?'],
    xfer(72, 'Rafa', 'rafa-p'),
    [140, 'l', "Hey, Rafa here, teen services at OPL. Our Teen Poetry Slam workshops run Saturdays at the Main Library (schedule at oaklandlibrary.org/teens), and the Bay Area youth slam is run by Youth Speaks: youthspeaks.org/programs. Does that answer it?", as(RAFA)],
    [190, 'p', 'yes!! thank you both, that is everything'],
    [196, 'l', 'Awesome, thanks, and tell him good luck!', as(RAFA)],
  ], usual({ transfer: 'pass' })),

  // 24 a transfer told to the patron, no internal note
  s(MAE, '24 a "poetry award" that wants $40 for shipping: "I\'ll transfer you to a colleague" told, no internal note, Seth with the FTC page', [
    [0, 'p', 'got an email saying i won a poetry award and need to pay $40 for the medal and trophy shipping. scam?'],
    [16, 'l', 'Good evening, Mae here at the Ask Us chat, Howard County Library System.'],
    [22, 'l', 'Who sent it? Does it name the contest or a company?'],
    [60, 'p', '"international society of poets" or something'],
    [66, 'l', "I'll transfer you to a colleague who knows these outfits well. Hang on a sec."],
    xfer(70, 'Seth', 'seth-p'),
    [150, 'l', "Hi, Seth from HCLS here. The FTC's page on prize scams (consumer.ftc.gov, search 'prize scams') fits this exactly: a real award never asks you to pay to receive it. Did that help?", as(SETH)],
    [200, 'p', 'yes thx, didnt pay yet lol'],
    [205, 'l', 'Good! Anything else?', as(SETH)],
    [230, 'p', 'no'],
    [234, 'l', 'Take care, and thanks for checking first!', as(SETH)],
  ], usual({ transfer: 'fail' })),

  // 25 four at once
  s(NELL, '25 National Poetry Month events: three other chats overlapping this one (four at once from 50 s)', [
    [0, 'p', 'is the library doing anything for national poetry month?'],
    [20, 'l', "Hi, Nell at Richland Library's Ask Us chat!"],
    [26, 'l', 'Which branch is closest to you?'],
    [55, 'p', 'main'],
    [62, 'l', 'Main has a "Poem in Your Pocket" day on April 30 and a blackout-poetry table all month; all events are at richlandlibrary.com/events. Does that help?'],
    [100, 'p', 'yes ty thats all'],
    [105, 'l', 'Enjoy, and thanks for asking!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nell-p', -100, 400), other('n2', 'nell-p', 10, 300), other('n3', 'nell-p', 50, 200)],
  }),

  // 26 three at most: one ends before another starts, one starts exactly at the end
  s(OMAR, '26 an Arab American poetry anthology for a book club: three at most (one ends at 50, one starts at 60, one starts at endedAt)', [
    [0, 'p', 'where can i find poems by arab american poets for a book club'],
    [22, 'l', 'Hello! Omar here, librarian at Dearborn Public Library.'],
    [28, 'l', 'Would you like one anthology everyone can read, or a list of poets?'],
    [70, 'p', 'one anthology'],
    [77, 'l', '"Inclined to Speak: An Anthology of Contemporary Arab American Poetry" (ed. Hayan Charara) works well; we have copies, see our catalogue at dearbornlibrary.org. Is that what you wanted?'],
    [120, 'p', 'yes thank you, no more questions'],
    [126, 'l', 'Thanks, enjoy the discussion!'],
  ], usual(), {}, {
    otherIntervals: [other('m1', 'omar-p', -200, 50), other('m2', 'omar-p', -100, 500), other('m3', 'omar-p', 60, 400), other('m4', 'omar-p', 131, 600)],
  }),

  // 27 the provider leaves for the end of the shift, no way back
  s(PIA, '27 Oklahoma contests, manuscript format, chapbooks: "I\'m about to go off shift, so I\'ll have to stop here. Bye." (dismissal), patron last', [
    [0, 'p', 'hi i need help finding poetry contests for high schoolers in oklahoma, and also how to format a poetry manuscript, and what a chapbook is'],
    [20, 'l', 'Hi, Pia at Tulsa City-County Library here.'],
    [26, 'l', 'Which one is most urgent for you?'],
    [60, 'p', 'contests i guess, deadline is soon'],
    [67, 'l', "Poetry Out Loud is the big one for high schoolers; Oklahoma's contest info is at arts.ok.gov/poetry-out-loud. Did that help?"],
    [100, 'p', 'yes! ok now the manuscript format?'],
    [108, 'l', "I'm about to go off shift, so I'll have to stop here. Bye."],
    [115, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 28 other patrons waiting, come back later; "reach out to the Writer's Center" (no contact)
  s(RHEA, '28 a coffee-shop reading series: msac.org grants, "reach out to the Bethesda Writer\'s Center" (no contact), "several other patrons waiting … chat back in later"', [
    [0, 'p', 'I want to start a poetry reading series at my coffee shop. how do I find poets, get funding, advertise, insurance...?'],
    [25, 'l', "Welcome to Ask Us Now! You're chatting with Rhea, a librarian at Montgomery County Public Libraries."],
    [31, 'l', 'Is the shop in Montgomery County?'],
    [60, 'p', 'yes, silver spring'],
    [68, 'l', "For funding, the Maryland State Arts Council's community arts grants are listed at msac.org/grants. For poets, you could also reach out to the Bethesda Writer's Center about its local members."],
    [74, 'l', 'Is the grants page a good starting point?'],
    [120, 'p', 'yes. now how about insurance, and how do i make flyers, and should i pay poets'],
    [128, 'l', 'Those are great questions, but I have several other patrons waiting right now. Please chat back in later with the rest!'],
    [150, 'p', 'ok thanks'],
    [155, 'l', 'Thank you, good luck with the series!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 29 a referral with a URL and a phone; the patron has the last word
  s(SIL, '29 an evening poetry class for adults in St Paul: the Loft by URL and phone, "Anything else I can track down?", patron "nope thats all i needed, bye!!" last', [
    [0, 'p', 'where could i take a class on writing poetry for adults in st paul, not college'],
    [22, 'l', "Hi there, Sil from Saint Paul Public Library's chat service."],
    [28, 'l', 'Weeknights, weekends, or online?'],
    [60, 'p', 'weeknights'],
    [67, 'l', 'The Loft Literary Center in Minneapolis runs evening poetry classes; their class list is at loft.org/classes, and you can call their registration desk at 612-555-0134 with questions. Is that what you had in mind?'],
    [110, 'p', 'yes exactly'],
    [115, 'l', 'Anything else I can track down?'],
    [140, 'p', 'nope thats all i needed, bye!!'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 30 Spanish: the first source before the question
  s(TOMAS, '30 poemas para niños en español (Spanish): "Le saluda Tomás", Alarcón en el catálogo, then "¿Para qué grado es la clase?"', [
    [0, 'p', 'Buenas, soy maestra y quiero enseñar poesía a mis alumnos, ¿tienen libros de poemas para niños en español?'],
    [24, 'l', '¡Hola! Le saluda Tomás, bibliotecario de El Paso Public Library.'],
    [30, 'l', 'Sí: "Del ombligo de la luna y otros poemas de verano" de Francisco X. Alarcón es bilingüe y está en nuestro catálogo (elpasolibrary.org).'],
    [36, 'l', '¿Para qué grado es la clase?'],
    [80, 'p', 'segundo grado'],
    [88, 'l', 'Para segundo grado también le gustará "¡Pío Peep!" de Alma Flor Ada (rimas tradicionales), también en el catálogo. ¿Le sirven estos títulos?'],
    [130, 'p', 'sí, perfecto, es todo lo que necesitaba'],
    [136, 'l', '¡Gracias por escribir y mucho éxito con la clase!'],
  ], usual({ clarify: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => POETRY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-eighth round: poetry, open mics and literary events, checked', () => {
  describeSessions('whole sessions', POETRY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', POETRY.filter((c) => c.name in LEFT_WHY));
});
