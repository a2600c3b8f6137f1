/**
 * Seventy-sixth round, theme DINOSAURS, checked: 30 whole sessions no one had written, from public library and statewide
 * "ask a librarian" chats: kids' reports (a 4th grade Stegosaurus report, Velociraptor homework, Maryland's dinosaurs for a
 * 3rd grade project, extinction theories for an 8th grade unit), the newest discoveries (a new find for current events,
 * Nanotyrannus, a duck-billed dinosaur from Alaska, feathers on T. rex, dinosaur colour), where to see fossils and dig sites
 * (a day trip from Columbia, a teen volunteer dig, Calvert Cliffs, the Maryland Science Center in Spanish), is this a real
 * T. rex tooth (a flea-market tooth, a beach find, grandpa's "egg"), dinosaur books by reading level (Magic Tree House, a
 * Lexile range, a graphic-novel list, an advanced 2nd grader, a sound book, bilingual easy readers) and Spanish-speaking
 * families (books in Spanish for a 6-year-old, a project at Highlandtown, a transfer to a Spanish-speaking librarian).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s72/dinosaurs-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there, welcome to Ask a Librarian! I'm Amara, a librarian at …" (01); Spanish "¡Buenas noches! Le saluda
 *   Lucía, bibliotecaria de …" with a question in the same line (02) and "¡Hola! Soy Lalo, bibliotecario de AskUsNow!" (14);
 *   pickup at exactly 60 s (03: pass) and 61 s (04: fail); `pickedUpAt` at 55 s with the first line at 100 s (05: pass);
 *   "Hi there! 👋" under the screen name "Chat Desk 4", no one named (06: fail); "Hey, Quinn here — I'm a librarian at …"
 *   (19); "Hello! You've reached Teo at …" (23); a bilingual "Hello, Zoe at … ¡Hola!" (30); no provider ever, the patron left
 *   (21);
 *  inquiry: sources or websites, grade, which book, how far to drive, longer or heavier, news or paper, edges of the tooth,
 *   have it with you, where grandpa got it, fiction or nonfiction, in Maryland or not, pictures or chapter books, home
 *   library and deadline, name of the dinosaur, school and date, stories or facts, pictures or facts; a restatement "So
 *   you're looking for a dinosaur book with buttons that make sounds, for a 5-year-old — got it." (28); a source at once
 *   with no question (27: fail);
 *  waits: holds answered after 84 s and exactly 120 s across a partial-result hold (07: pass); "Give me a moment to pull up a
 *   good guide on fossil teeth." answered 121 s later (08: fail); "No rush, take your time." then the patron back 184 s
 *   later (09: waiting on the patron); a patron "hello??" during a wait (19); a colleague asked on the patron's behalf
 *   behind a hold (11); a transfer notice answered by the receiver 52 s later (24); a silent transfer, the receiver 135 s
 *   after the patron (26: fail);
 *  endings: a true Lost Call with only a greeting, check-in at 150, notice + invitation back at 290 (18: final idle 266 s);
 *   a Lost Call after three patron lines ending on "Still there?" (19: 125 s, check-in pass, notice na, courteous fails);
 *   a goodbye 119 s after "Anything else?" (06: na) and exactly 120 s after (30: fail); a notice without a check-in (10:
 *   212 s, check-in fails, notice passes); a check-in then "Okay — bye for now!" (25: 210 s, notice fails); a check-in and
 *   a notice with no thanks or goodbye, `endedAt` 20 s later (12: courteous fails); "We're past the time allowed for one
 *   chat, so I have to end this session now." to a rude patron (22: dismissal and courteous fail); "there are other people
 *   waiting for help right now — please log back on later" (23: allowed); the patron's "k thx bye" and window closing after
 *   the answer (27: courteous fails); patron-side "thats all i needed", "eso es todo por hoy", "no other questions", "thats
 *   all", "thats all thanks!", "es todo", "That is everything for today.", "no that is all", "nope thats it", "That is all I
 *   needed", "nah thats all we needed", and "kinda. thanks", "yes thx!!", "oh ok", "k thx bye" that do not count;
 *  sources: books in the catalogue (Hirsch, Yolen, Hone, Carpenter by ILL, DK, Lessem, Howard, Zoehfeld, Dinosaur Roar!),
 *   Britannica School and Britannica Kids through the library, Newsbank, sciencenews.org, nhm.ac.uk, naturalhistory.si.edu,
 *   pgparks.com, smithsonianmag.com, amnh.org, tandfonline.com, garrettlibrary.org, a catalogue Lexile filter,
 *   fieldmuseum.org, marylandsciencecenter.org, mgs.md.gov, a research guide, evolution.berkeley.edu, a museum's phone and
 *   e-mail, a department's phone; none (29: an answer from memory, fail);
 *  referrals: a museum by phone and e-mail (09: pass); "a paleontologist at a university geology department" (10: fail);
 *   a park by phone and a society with no contact (12: fail); places to visit with URLs (05: pass) and with an address and
 *   URL in Spanish (24: pass); the library's own Children's Department by phone (28: pass); a colleague consulted, a
 *   museum website as a source (11: na); the patron's home library asked to call (14: na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 40 h (13: pass); FU_LIB, phone typed with spaces and
 *   read back with dashes, "dentro de 72 horas", not recorded at day 4 (14: on_time fails); a promise to e-mail, e-mail read
 *   back, "as soon as I find it", coded Answered (15: code and contact fail, pending); FU_ME, "get back to you tomorrow", no
 *   contact anywhere, done at 80 h (16: code, contact and on_time fail); FU_ME with the e-mail only in `patron.email`
 *   ("the e-mail on your account", never written), "by Wednesday", pending at day 2 (17: contact fails, code passes);
 *  codes: a true Lost Call (18); Lost Call after three patron lines (19); Practice (20); Lost Call with no provider and one
 *   patron line (21: pass); null (23); "" (30); the field left out (04: na);
 *  transfers: a visible notice (a hold) and an internal note that says why (24: pass); a notice without a note (25: fail);
 *   a note without a notice (26: fail);
 *  concurrency: three others open across the session (27: four at once, fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings and identifications in Spanish count as the English ones ("¡Buenas noches! Le saluda Lucía, bibliotecaria",
 *   "¡Hola! Soy Lalo, bibliotecario", "¡Hola! Soy Renata, bibliotecaria"); "Hi there! 👋" greets but names no one (06);
 * - when the source system records `pickedUpAt`, it is the pickup (RUBRIC Terms: "or `pickedUpAt` when the source system
 *   records it"), so 05's pickup is 55 s although the first line is at 100 s;
 * - "eso es todo por hoy", "es todo", "no other questions", "thats all", "thats all thanks!", "That is everything for
 *   today.", "nope thats it", "nah thats all we needed" say explicitly that the patron is done; "k thx bye" is thanks and
 *   a goodbye, not a statement that the need is met (27: fail);
 * - "Will those two work for your report?", "Does that settle it?", "Does that help you judge it?", "Does that work as a
 *   start?", "Does that help for now?", "Are those at the right level for him?", "¿Le sirve por ahora?", "¿Esto responde a su
 *   pregunta?", "Is that the kind of thing you had in mind?" ask whether what was given meets the need; "Want me to find a
 *   kids' book on feathered dinosaurs too?" offers something not yet given (29: fail);
 * - "Anything else you two want to settle today?" asks whether the patron needs anything else (04);
 * - suggesting places to go and see fossils ("You can visit the Smithsonian's … Closer, Dinosaur Park …", "Pueden visitar
 *   la exhibición … del Maryland Science Center") tells the patron to visit an organisation: a referral, here with a URL
 *   (05) and an address and URL (24); the Natural History Museum, the AMNH, the Field Museum and the Maryland Geological
 *   Survey named with their web pages to read are sources, not referrals (04, 11, 19, 25);
 * - "bring it to a paleontologist at a university geology department" refers to a person/organisation outside the chat
 *   without a way to reach them (10: fail); "The Maryland Paleontological Society … ask them about joining" likewise (12);
 * - "Let me ask our children's nonfiction selector … one moment." is a hold, and the selector is staff consulted on the
 *   patron's behalf (11: no referral); "Voy a pedir a la biblioteca de Highlandtown que … la llamen" is a promise that
 *   someone will contact the patron (a follow-up) and staff consulted, not a referral (14);
 * - "I'll check with our branch and get back to you tomorrow" is a promise of a follow-up with a time but no contact (16);
 *   "send it to the e-mail on your account by Wednesday" does not give or repeat the e-mail in the chat (17: contact
 *   fails) while `patron.email` makes a contact known (17: code passes);
 * - "I'm sending you over to him now — hang on a sec!" announces the transfer (a hold and a notice) but no internal note
 *   says why (25: fail);
 * - "Have a wonderful evening!" and "Roar-some, have a great day! 🦖 Bye!" are goodbyes (29, 28); "Looks like we lost the
 *   connection, so I'm ending this chat now." tells the patron they seem disconnected and that the chat ends (a notice),
 *   and neither thanks, says goodbye nor invites back (12: courteous fails, the idle runs to `endedAt`);
 * - "It looks like you've disconnected, so I'll close this chat now. Thanks for contacting the library!" is a notice and a
 *   goodbye that does not ask whether the patron is there (10: the final idle ends at it, no check-in);
 * - a resolutionCode set to `undefined` is a field left out (04: code na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (11: followup.completeness). Label corrections: none.
 * Final: 29 running, 1 LEFT (11, reason in LEFT_WHY).
 * ON v68 (block AH2): case 11's "Are those at the right level for him?" asks whether the books given fit; it runs, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const AMARA: Prov = { id: 'amara-dn', name: 'Amara', library: 'EPFL' };
const LUCIA: Prov = { id: 'lucia-dn', name: 'Lucía', library: 'PGCMLS' };
const BEA: Prov = { id: 'bea-dn', name: 'Bea', library: 'AUN' };
const CAL: Prov = { id: 'cal-dn', name: 'Cal', library: 'BCPL' };
const DOV: Prov = { id: 'dov-dn', name: 'Dov', library: 'HCLS' };
const DESK4: Prov = { id: 'desk4-dn', name: 'Chat Desk 4', library: 'CCPL-MD' };
const ELIF: Prov = { id: 'elif-dn', name: 'Elif', library: 'MCPL' };
const FAYE: Prov = { id: 'faye-dn', name: 'Faye', library: 'AACPL' };
const GIL: Prov = { id: 'gil-dn', name: 'Gil', library: 'CCPL-CA' };
const HUGO: Prov = { id: 'hugo-dn', name: 'Hugo', library: 'WCFL' };
const INEZ: Prov = { id: 'inez-dn', name: 'Inez', library: 'FCPL-MD' };
const JONAH: Prov = { id: 'jonah-dn', name: 'Jonah', library: 'AUN' };
const KIRA: Prov = { id: 'kira-dn', name: 'Kira', library: 'MCPL' };
const LALO: Prov = { id: 'lalo-dn', name: 'Lalo', library: 'AUN' };
const MINA: Prov = { id: 'mina-dn', name: 'Mina', library: 'HCLS' };
const NED: Prov = { id: 'ned-dn', name: 'Ned', library: 'GCPL' };
const OMAR: Prov = { id: 'omar-dn', name: 'Omar', library: 'PGCMLS' };
const PAZ: Prov = { id: 'paz-dn', name: 'Paz', library: 'AUN' };
const QUINN: Prov = { id: 'quinn-dn', name: 'Quinn', library: 'CCPL-CE' };
const TRAINEE: Prov = { id: 'trainee-dn', name: 'Trainee 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-dn', name: 'Queue', library: 'VRQ' };
const SOL: Prov = { id: 'sol-dn', name: 'Sol', library: 'AUN' };
const TEO: Prov = { id: 'teo-dn', name: 'Teo', library: 'BCPL' };
const URI: Prov = { id: 'uri-dn', name: 'Uri', library: 'AUN' };
const RENATA: Prov = { id: 'renata-dn', name: 'Renata', library: 'AUN' };
const VAL: Prov = { id: 'val-dn', name: 'Val', library: 'HCPL-MD' };
const BO: Prov = { id: 'bo-dn', name: 'Bo', library: 'HCPL-MD' };
const WES: Prov = { id: 'wes-dn', name: 'Wes', library: 'EPFL' };
const XIMENA: Prov = { id: 'ximena-dn', name: 'Ximena', library: 'EPFL' };
const YUSUF: Prov = { id: 'yusuf-dn', name: 'Yusuf', library: 'AUN' };
const NELL: Prov = { id: 'nell-dn', name: 'Nell', library: 'EPFL' };
const BREE: Prov = { id: 'bree-dn', name: 'Bree', library: 'QACL' };
const ZOE: Prov = { id: 'zoe-dn', name: 'Zoe', library: 'CCPL-MD' };

const s = session;

export const DINOSAURS: SessionCase[] = [
  // 01 the plain good session
  s(AMARA, '01 4th grade Stegosaurus report: "Hi there, welcome … I\'m Amara", books or websites asked, a book + Britannica School, "thats all i needed"', [
    [0, 'p', 'hi i need info on stegosaurus for my 4th grade report its due friday'],
    [18, 'l', "Hi there, welcome to Ask a Librarian! I'm Amara, a librarian at the Enoch Pratt Free Library."],
    [25, 'l', 'Does your teacher want book sources, websites, or either one?'],
    [58, 'p', 'either but she said 2 sources'],
    [66, 'l', "Two good ones: the book Stegosaurus by Rebecca E. Hirsch (it's in our catalog, call number J 567.915 HIR), and Britannica School, which you can open with your library card from prattlibrary.org/research. Search 'Stegosaurus' there and pick the Elementary level."],
    [72, 'l', 'Will those two work for your report?'],
    [110, 'p', 'yes!! thats all i needed thank u'],
    [116, 'l', 'Good luck on your report, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish: books in Spanish for a 6-year-old
  s(LUCIA, '02 libros de dinosaurios en español para un niño de 6 años (Spanish): greeting + age question in one line, the catalogue, "eso es todo por hoy"', [
    [0, 'p', 'buenas noches, busco libros de dinosaurios en español para mi hijo'],
    [25, 'l', '¡Buenas noches! Le saluda Lucía, bibliotecaria de la Biblioteca Pública del Condado de Prince George’s. ¿Cuántos años tiene su hijo y ya lee solito?'],
    [70, 'p', 'tiene 6, lee un poquito, palabras cortas'],
    [78, 'l', 'Para lectores que empiezan le recomiendo "¿Cómo dan las buenas noches los dinosaurios?" de Jane Yolen. Puede ver qué hay disponible en el catálogo, pgcmls.info: escriba "dinosaurios" y filtre por idioma, español, y por público, lectores principiantes.'],
    [84, 'l', '¿Es lo que estaba buscando?'],
    [130, 'p', 'si perfecto muchas gracias, eso es todo por hoy'],
    [136, 'l', '¡Con mucho gusto! Que disfruten la lectura. ¡Hasta pronto!'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(BEA, '03 newest dinosaur discovered this year: pickup at exactly 60 s, news or paper asked, sciencenews.org + Newsbank, "no other questions"', [
    [0, 'p', 'whats the newest dinosaur they discovered this year?'],
    [60, 'l', 'Hello, this is Bea with AskUsNow!, the Maryland statewide chat.'],
    [66, 'l', 'Are you after a news story, or the scientific article about it?'],
    [100, 'p', 'news is fine, its for a current events thing in class'],
    [108, 'l', 'Science News keeps a running list of new dinosaur finds at sciencenews.org/topic/dinosaurs, newest first, and the Newsbank database (from marylandlibraries.org, under Research) has the newspaper coverage. Did that help?'],
    [150, 'p', 'yep. no other questions'],
    [155, 'l', 'Bye for now!'],
  ], usual()),

  // 04 pickup at 61 s; code field left out
  s(CAL, '04 Spinosaurus or T. rex, which is bigger: pickup at 61 s, longer or heavier asked, nhm.ac.uk, resolutionCode left out', [
    [0, 'p', 'is spinosaurus bigger then t rex? my son and me r arguing lol'],
    [61, 'l', 'Good afternoon! Cal here from Baltimore County Public Library.'],
    [66, 'l', 'Do you mean longer, or heavier? The answer changes a bit 🙂'],
    [95, 'p', 'longer i guess'],
    [102, 'l', "Longer, yes: most estimates put Spinosaurus around 14 m and T. rex around 12 m. The Natural History Museum in London's Dino Directory compares them: nhm.ac.uk/discover/dino-directory."],
    [108, 'l', 'Does that settle it?'],
    [140, 'p', 'haha yes he wins. thanks'],
    [146, 'l', 'Anything else you two want to settle today?'],
    [170, 'p', 'nah'],
    [175, 'l', 'Have a great day, bye!'],
  ], usual({ pickup: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 05 pickedUpAt recorded; places to visit with URLs
  s(DOV, '05 real fossils near Columbia: pickedUpAt 55 s (first line at 100), how far asked, Smithsonian + Dinosaur Park with URLs, no completeness question', [
    [0, 'p', 'where can i take my kids to see real dinosaur fossils near columbia md'],
    [100, 'l', 'Hi! Dov at Howard County Library System here, sorry for the short wait.'],
    [106, 'l', 'How far are you willing to drive — a day trip, or something closer?'],
    [140, 'p', 'day trip ok, like 2 hrs max'],
    [148, 'l', "You can visit the Smithsonian's National Museum of Natural History in DC for the Hall of Fossils — Deep Time; hours and free entry info are at naturalhistory.si.edu. Closer, Dinosaur Park in Laurel has public dig days on the first and third Saturdays: pgparks.com/3042/Dinosaur-Park."],
    [180, 'p', 'awesome the dig days sound perfect'],
    [186, 'l', 'Is there anything else I can help you find?'],
    [200, 'p', 'no thats everything'],
    [205, 'l', 'Enjoy the dig, and thanks for using Ask Us!'],
  ], usual({ complete: 'fail', referral: 'pass' }), { pickedUpAt: at(55) }),

  // 06 greets, names no one; goodbye 119 s after "Anything else?"
  s(DESK4, '06 Magic Tree House reading level: "Hi there! 👋" under "Chat Desk 4" (no one named), goodbye 119 s after "Anything else?"', [
    [0, 'p', 'what reading level are the magic tree house dinosaur books'],
    [20, 'l', 'Hi there! 👋'],
    [24, 'l', 'Which one do you have — Dinosaurs Before Dark, or the nonfiction Fact Tracker?'],
    [55, 'p', 'dinosaurs before dark'],
    [62, 'l', "Dinosaurs Before Dark is an early chapter book, about Lexile 510L, roughly grades 1-3. The Fact Tracker 'Dinosaurs' is a bit harder. Both records in our catalog at ccpl.info show the levels."],
    [68, 'l', 'Was that what you needed?'],
    [100, 'p', 'yes perfect'],
    [104, 'l', 'Anything else?'],
    [223, 'l', 'Happy reading, bye!'],
  ], usual({ greeting: 'fail' })),

  // 07 holds of 84 s and exactly 120 s
  s(ELIF, '07 is Nanotyrannus real now: hold at 66, partial-result hold at 150, answer at 270 (exactly 120 s), smithsonianmag.com + Nature', [
    [0, 'p', 'ok so i read nanotyrannus is real now?? my kid is obsessed, is that true'],
    [22, 'l', "Hi! I'm Elif, a librarian at Montgomery County Public Libraries."],
    [28, 'l', 'Do you want the research paper itself, or a kid-friendly news write-up?'],
    [60, 'p', 'news write up pls'],
    [66, 'l', 'Let me see what I can find, one sec.'],
    [150, 'l', "Still searching — there was a 2025 paper in Nature arguing it's its own species, not a teenage T. rex; now looking for a kid-friendly article on it."],
    [270, 'l', "Here you go: Smithsonian Magazine wrote it up for general readers — search 'Nanotyrannus' at smithsonianmag.com. The paper itself is by Zanno and Napoli in Nature (2025), which you can get through our Research page at mcpl.link."],
    [276, 'l', 'Does this answer your question?'],
    [320, 'p', 'yes thanks so much, thats all'],
    [326, 'l', 'Thanks for your patience, and have fun with your little paleontologist!'],
  ], usual()),

  // 08 a hold answered 121 s later
  s(FAYE, '08 flea-market "T. rex tooth" for $40: "Give me a moment to pull up a good guide on fossil teeth." answered 121 s later', [
    [0, 'p', 'bought a "t rex tooth" at a flea market for $40 how do i know if its real'],
    [25, 'l', 'Hello, Faye here at Anne Arundel County Public Library. Happy to help!'],
    [31, 'l', 'Can you describe it — how long is it, and are the edges serrated?'],
    [80, 'p', 'about 2 inches, kinda serrated, dark brown. came w a little card saying hell creek montana'],
    [88, 'l', 'Give me a moment to pull up a good guide on fossil teeth.'],
    [209, 'l', "Most cheap 'T. rex teeth' are from other theropods or are resin casts; real T. rex teeth are rare and sell for far more than $40. The Tyrannosaur Chronicles by David Hone (in our catalog at aacpl.net) explains how tyrannosaur teeth are told apart."],
    [215, 'l', 'Does that help you judge it?'],
    [250, 'p', 'ugh probably fake lol. ok thanks'],
    [256, 'l', 'Anything else I can look into?'],
    [275, 'p', 'nope'],
    [280, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 09 "take your time"; a museum by phone and e-mail
  s(GIL, '09 Calvert Cliffs tooth: "No rush, take your time." then 184 s away, Calvert Marine Museum by phone and e-mail', [
    [0, 'p', 'found what looks like a shark tooth or dino tooth at calvert cliffs beach?? how can i tell'],
    [20, 'l', "Hi, thanks for contacting Calvert Library! I'm Gil."],
    [26, 'l', 'Do you have it with you? How big is it, and is it shiny and smooth or rough?'],
    [60, 'p', 'hang on its in the car'],
    [66, 'l', 'No rush, take your time.'],
    [250, 'p', 'ok back. its shiny, triangle, like 1 inch'],
    [258, 'l', "Shiny and triangular sounds like a Miocene shark tooth — the Calvert Cliffs fossils are about 10-20 million years old, long after the dinosaurs. For a sure ID, the Calvert Marine Museum's paleontology staff look at finds: call them at 410-555-0133 or e-mail fossilid@calvertmarinemuseum.com."],
    [264, 'l', 'Did that answer your question?'],
    [300, 'p', 'yes!! cool. thats all i needed'],
    [306, 'l', 'Happy fossil hunting, bye!'],
  ], usual({ referral: 'pass' })),

  // 10 a referral with no contact; a notice without a check-in
  s(HUGO, '10 grandpa\'s "dinosaur egg": a book by ILL, "bring it to a paleontologist at a university geology department", notice + thanks at 290 with no check-in', [
    [0, 'p', 'my grandpa left me a fossil he said is a dinosaur egg, who can tell me if its real'],
    [24, 'l', 'Hello, Hugo with Washington County Free Library here.'],
    [30, 'l', 'Do you know where he got it? Some egg fossils come with paperwork.'],
    [70, 'p', 'no idea, no papers'],
    [78, 'l', "A lot of 'dinosaur eggs' sold to tourists are real eggs from China, and some are just concretions (rocks). Eggs, Nests, and Baby Dinosaurs by Kenneth Carpenter covers how they're identified; we can get it for you through interlibrary loan. Your best bet is to bring it to a paleontologist at a university geology department for a look."],
    [84, 'l', 'Is that what you were looking for?'],
    [290, 'l', "It looks like you've disconnected, so I'll close this chat now. Thanks for contacting the library!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'fail' })),

  // 11 a colleague consulted, a museum site as a source: no referral
  s(INEZ, '11 advanced 2nd grader wants dino facts: hold while asking the nonfiction selector (internal), DK + Lessem + amnh.org, "thats all thanks!"', [
    [0, 'p', 'need dinosaur books for a 2nd grader who reads way above level, like 5th grade'],
    [20, 'l', "Hi! This is Inez, youth services librarian at Frederick County Public Libraries."],
    [26, 'l', 'Fiction, nonfiction, or a mix?'],
    [50, 'p', 'nonfiction he wants FACTS'],
    [56, 'l', "Let me ask our children's nonfiction selector what she recommends, one moment."],
    [60, 'i', 'Kate - 2nd grader reading at 5th grade level wants dino nonfiction, your top 2 picks?'],
    [130, 'l', "She suggests DK's Dinosaur! and Don Lessem's National Geographic Kids Ultimate Dinopedia, both in our catalog at fcpl.org. The American Museum of Natural History's kids site, amnh.org/explore/ology/paleontology, is good too."],
    [136, 'l', 'Are those at the right level for him?'],
    [170, 'p', 'yes perfect, he has the dinopedia already but not the DK one. thats all thanks!'],
    [176, 'l', 'Great — thanks for stopping by Ask a Librarian!'],
  ], usual()),

  // 12 two parties, one without a contact; check-in and notice without a goodbye
  s(JONAH, '12 teen wants to volunteer on a dig: park by phone, society with no contact, check-in at 250 + "Looks like we lost the connection…" at 330, no goodbye', [
    [0, 'p', 'hi!! im 15 and i really want to volunteer on an actual dinosaur dig this summer. is that a thing in maryland?'],
    [30, 'l', "Hi, welcome to AskUsNow! I'm Jonah, a librarian. That's a great goal."],
    [36, 'l', 'Can you travel out of state, or does it need to be in Maryland?'],
    [70, 'p', 'maryland, i dont drive yet lol'],
    [78, 'l', "Two places to reach out to: Dinosaur Park in Laurel takes teen volunteers for its dig program — call the park at 301-555-0190 and ask for the volunteer coordinator. The Maryland Paleontological Society also runs field trips for members and welcomes teens; ask them about joining."],
    [84, 'l', 'Is that the kind of thing you had in mind?'],
    [120, 'p', 'YES omg ok'],
    [126, 'l', 'Anything else today?'],
    [250, 'l', 'Are you still there?'],
    [330, 'l', "Looks like we lost the connection, so I'm ending this chat now."],
  ], usual({ courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' }), { endAfter: 20 }),

  // 13 follow-up by me, done on time
  s(KIRA, '13 graphic novels for a 3rd grader who hates reading: FU_ME, e-mail typed and read back, "by Friday", done at 40 h', [
    [0, 'p', 'can u send me a list of dinosaur chapter books for my 3rd grader, he hates reading but loves dinos'],
    [22, 'l', 'Hi, Kira here, librarian at Montgomery County Public Libraries 📚'],
    [28, 'l', 'Does he do better with lots of pictures, like graphic novels, or with regular chapter books?'],
    [70, 'p', 'graphic novels for sure'],
    [78, 'l', "Good to know! I'd like to put together a proper list with reading levels. What e-mail should I send it to?"],
    [110, 'p', 'jmarquez.home@example.com'],
    [116, 'l', "Thanks, that's jmarquez.home@example.com. I'll send the list by Friday. To start with, Dinosaur Empire! by Abby Howard is a graphic novel 3rd graders love; it's in our catalog at mcpl.link/catalog."],
    [122, 'l', 'Does that work as a start?'],
    [150, 'p', 'yes great thank you'],
    [156, 'l', 'Anything else I can do for you?'],
    [170, 'p', 'no thats all'],
    [175, 'l', "You're welcome! Watch your inbox by Friday. Bye!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 Spanish: follow-up by the patron's library, not recorded at day 4
  s(LALO, '14 proyecto de dinosaurios, libros en dos idiomas (Spanish): FU_LIB, phone typed with spaces, read back with dashes, "dentro de 72 horas", not recorded at day 4', [
    [0, 'p', 'hola necesito ayuda, mi hija tiene proyecto de dinosaurios y necesito libros en español y ingles'],
    [25, 'l', '¡Hola! Soy Lalo, bibliotecario de AskUsNow! Con gusto le ayudo.'],
    [31, 'l', '¿Cuál es su biblioteca de siempre, y para cuándo es el proyecto?'],
    [70, 'p', 'la de highlandtown en baltimore, es para el lunes'],
    [78, 'l', 'Voy a pedir a la biblioteca de Highlandtown que le aparte libros en los dos idiomas y que la llamen cuando estén listos. ¿A qué número la pueden llamar?'],
    [110, 'p', '410 555 0178'],
    [116, 'l', 'Perfecto: 410-555-0178. Alguien de Highlandtown la va a llamar dentro de 72 horas. Mientras tanto, en prattlibrary.org puede buscar "dinosaurios" y ver libros electrónicos en español.'],
    [122, 'l', '¿Le sirve por ahora?'],
    [150, 'p', 'si gracias, es todo'],
    [156, 'l', '¡De nada! Gracias por usar AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 15 a promise to e-mail, coded Answered, no time given
  s(MINA, '15 original paper on a new Alaskan hadrosaur: holds, "I\'ll keep digging and e-mail you", e-mail read back, no time, coded Answered', [
    [0, 'p', "Hello, I'm a retired teacher. I read about a newly described dinosaur from Alaska and I'd like the original paper, not a news piece."],
    [20, 'l', 'Good morning, this is Mina, a reference librarian with Howard County Library System.'],
    [26, 'l', 'Do you remember the name of the dinosaur or the journal it appeared in?'],
    [80, 'p', 'No, only that it was a small duck-billed one, and the news said "Alaska".'],
    [88, 'l', 'Let me search, one moment please.'],
    [170, 'l', "I'm still looking — several hadrosaur papers from Alaska came out recently, and I want to be sure I get the right one."],
    [260, 'l', "I'm not finding the full text free online. I'll keep digging and e-mail you the paper once I have it. What's the best address?"],
    [300, 'p', 'ruth.okafor@example.net'],
    [306, 'l', "Got it: ruth.okafor@example.net. I will send it along as soon as I find it. Meanwhile, the Journal of Vertebrate Paleontology's site, tandfonline.com/journals/ujvp20, lets you browse the latest issues."],
    [312, 'l', 'Does that help for now?'],
    [340, 'p', 'Yes, thank you. That is everything for today.'],
    [346, 'l', 'My pleasure. Thanks for writing in, goodbye.'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 16 follow-up by me, no contact anywhere, done late
  s(NED, '16 classroom fossil kit for 1st grade: FU_ME, "get back to you tomorrow", no e-mail or phone anywhere, done at 80 h', [
    [0, 'p', 'do you guys lend out those dinosaur fossil kits for classrooms? i teach 1st grade'],
    [35, 'l', 'Hi, Ned here, librarian at Garrett County Public Library!'],
    [41, 'l', 'Which school are you at, and when would you want it?'],
    [80, 'p', 'broad ford elem, sometime in april'],
    [88, 'l', "We do have a Fossil Discovery kit in our Library of Things, listed at garrettlibrary.org/things. April's calendar isn't up yet, so I'll check with the branch and get back to you tomorrow about dates."],
    [94, 'l', 'Does that help for now?'],
    [130, 'p', 'yes thx!!'],
    [136, 'l', 'Anything else you need?'],
    [150, 'p', 'no'],
    [155, 'l', 'Thanks, have a good one!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 follow-up by me, e-mail only in the patron fields, pending
  s(OMAR, '17 Lexile 600-700 dino books: FU_ME, "the e-mail on your account by Wednesday" (patron.email only), pending at day 2', [
    [0, 'p', 'looking for dino books at a lexile of 600-700 for my daughter, her teacher gave us that range'],
    [28, 'l', "Hello! Omar at Prince George's County Memorial Library System here."],
    [34, 'l', 'Does she like stories, or true facts?'],
    [70, 'p', 'true facts mostly'],
    [78, 'l', "The Lexile filter in our catalog, pgcmls.info, lets you set 600L-700L and search 'dinosaurs'. I'll also pull together a short list of my favorites in that range and send it to the e-mail on your account by Wednesday."],
    [84, 'l', 'Did that help?'],
    [120, 'p', 'yes thank you!'],
    [126, 'l', 'Anything else?'],
    [140, 'p', 'no that is all'],
    [145, 'l', 'Thanks for chatting, bye!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'dlee77@example.org', phone: null } }, { now: T0 + 2 * DAY }),

  // 18 a true Lost Call
  s(PAZ, '18 what colour were dinosaurs: a true Lost Call, only a greeting, check-in at 150, notice + invitation back at 290', [
    [0, 'p', 'how do paleontologists know what color dinosaurs were'],
    [24, 'l', 'Hi, Paz with AskUsNow! here. Thanks for your question!'],
    [150, 'l', 'Hi, are you still with me?'],
    [290, 'l', "It looks like you've gotten disconnected, so I'm going to end the chat. If you'd like to try again, just chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after three patron lines; ends on a check-in
  s(QUINN, '19 biggest dinosaur ever: coded Lost Call after three patron lines, "hello??" in a wait, fieldmuseum.org, ends on "Still there?" (125 s)', [
    [0, 'p', 'whats the biggest dinosaur ever'],
    [18, 'l', "Hey, Quinn here — I'm a librarian at Cecil County Public Library."],
    [24, 'l', 'Biggest as in heaviest, or tallest/longest?'],
    [55, 'p', 'heaviest'],
    [62, 'p', 'hello??'],
    [80, 'l', "Sorry for the wait! The heaviest known are titanosaurs like Argentinosaurus, maybe 70 tonnes or more. The Field Museum's page on Máximo the titanosaur, fieldmuseum.org/maximo, has great pictures."],
    [86, 'l', 'Did that help?'],
    [200, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (fossil tooth script): coded Practice, every check na', [
    [0, 'p', 'test test - dino tooth question for training'],
    [10, 'l', 'Training reply: see samplelibrary.org/dinosaurs'],
    [20, 'p', 'ok end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined, Lost Call with one patron line
  s(QUEUE, '21 is the library dino dig still on Saturday: no provider ever joined, the patron left, coded Lost Call', [
    [0, 'p', 'is the dinosaur dig event at the library still happening saturday'],
    queueLine(2, 3),
    left(140),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 time is up, to a rude patron
  s(SOL, '22 Velociraptor homework, rude patron: Britannica Kids, "We\'re past the time allowed for one chat, so I have to end this session now."', [
    [0, 'p', 'i need 10 facts about velociraptor for homework NOW'],
    [20, 'l', 'Hi, this is Sol, a librarian with AskUsNow!.'],
    [26, 'l', 'Sure — which grade is this for?'],
    [45, 'p', '5th. hurry up'],
    [52, 'l', 'Britannica Kids has a Velociraptor article full of facts at kids.britannica.com (sign in with your library card from our Research page). Does that help?'],
    [80, 'p', 'no thats useless i said 10 FACTS just type them'],
    [88, 'l', "I can't do the homework for you, but the article has what you need."],
    [100, 'p', 'ur literally the worst. also what about pterodactyls and the meteor and'],
    [108, 'l', "We're past the time allowed for one chat, so I have to end this session now."],
    [112, 's', 'Chat ended by librarian.', sys('ended')],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 other people waiting, log back on later (allowed); code null
  s(TEO, '23 books for a 7-year-old, then a long list: "there are other people waiting … please log back on later", code null', [
    [0, 'p', 'hi what are the best dinosaur books for a 7 year old'],
    [20, 'l', "Hello! You've reached Teo at Baltimore County Public Library."],
    [26, 'l', 'Is your 7-year-old reading on her own yet, or would you read aloud together?'],
    [60, 'p', 'on her own, a little'],
    [66, 'l', "Try National Geographic Readers: Dinosaurs by Kathleen Weidner Zoehfeld, a level 2 reader. It's in our catalog at bcpl.info."],
    [72, 'l', 'Is that the sort of thing you wanted?'],
    [100, 'p', 'yes! also can you find me books about sharks, space, volcanos, horses, and a good chapter book series, and the summer reading schedule'],
    [108, 'l', "I'd love to, but there are other people waiting for help right now — please log back on later and we'll go through the rest with you."],
    [130, 'p', 'oh ok'],
    [135, 'l', 'Thanks so much for chatting with us. Bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 24 a transfer with a notice and a note that says why (Spanish)
  s(URI, '24 dónde ver huesos de dinosaurio (Spanish): notice "Un momento, por favor" + internal note why, Renata with an address and URL, "eso es todo"', [
    [0, 'p', 'hola, mi hijo quiere saber donde puede ver huesos de dinosaurio de verdad en maryland. hablo poco ingles'],
    [22, 'l', 'Hi! This is Uri, a librarian with AskUsNow!.'],
    [28, 'l', "I'm going to transfer you to my colleague Renata, who speaks Spanish. Un momento, por favor."],
    [31, 'i', 'Renata, Spanish-speaking parent asking where to see real dinosaur fossils in MD, can you take this one?'],
    xfer(34, 'Renata', 'renata-dn'),
    [80, 'l', '¡Hola! Soy Renata, bibliotecaria de AskUsNow!. ¿Viven cerca de Baltimore o de Washington?', as(RENATA)],
    [120, 'p', 'cerca de baltimore'],
    [128, 'l', 'Pueden visitar la exhibición Dinosaur Mysteries del Maryland Science Center, en el Inner Harbor: 601 Light St, Baltimore, MD 21230. Los horarios están en marylandsciencecenter.org.', as(RENATA)],
    [134, 'l', '¿Esto responde a su pregunta?', as(RENATA)],
    [170, 'p', 'si! gracias, eso es todo'],
    [176, 'l', '¡Que la pasen muy bien! Gracias por escribirnos.', as(RENATA)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 25 a transfer notice without an internal note; check-in, then goodbye without a notice
  s(VAL, '25 dinosaurs of Maryland for 3rd grade: "I\'m sending you over to him now — hang on a sec!" with no note, Bo with mgs.md.gov, check-in then "Okay — bye for now!"', [
    [0, 'p', 'what dinosaurs lived in maryland? for a 3rd grade project'],
    [20, 'l', 'Hi there, Val from Harford County Public Library here!'],
    [26, 'l', 'Do you need pictures too, or just names and facts?'],
    [55, 'p', 'both'],
    [60, 'l', "Our science librarian knows this one best, so I'm sending you over to him now — hang on a sec!"],
    xfer(64, 'Bo', 'bo-dn'),
    [110, 'l', "Hi, Bo here! Astrodon johnstoni is Maryland's state dinosaur. The Maryland Geological Survey's page on Maryland dinosaurs, mgs.md.gov, has names and drawings.", as(BO)],
    [116, 'l', 'Does that give you what you need?', as(BO)],
    [240, 'l', 'Are you still there?', as(BO)],
    [320, 'l', 'Okay — bye for now!', as(BO)],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', transfer: 'fail' })),

  // 26 a silent transfer, the receiver 135 s after the patron
  s(WES, '26 extinction theories for 8th grade: internal note why, no notice, Ximena 135 s after the patron with a research guide', [
    [0, 'p', 'My class is doing a unit on dinosaur extinction. Are there any newer theories besides the asteroid?'],
    [25, 'l', 'Good afternoon, this is Wes at the Enoch Pratt Free Library.'],
    [31, 'l', 'What grade do you teach? That helps me pick the level.'],
    [65, 'p', '8th grade science'],
    [72, 'i', 'Ximena: 8th grade teacher, dinosaur extinction theories (Deccan Traps etc.), you built the earth science guide, can you take it?'],
    xfer(76, 'Ximena', 'ximena-dn'),
    [200, 'l', "Hello, I'm Ximena, the science librarian here. The big debate is the asteroid versus the Deccan Traps eruptions in India; many researchers now think both played a part. Our Earth Science research guide, prattlibrary.org/guides/earthscience, links articles at a middle school level.", as(XIMENA)],
    [206, 'l', 'Is that helpful for your unit?', as(XIMENA)],
    [240, 'p', 'Very. That is all I needed, thanks.'],
    [246, 'l', 'Glad to hear it. Thanks for chatting!', as(XIMENA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 27 four at once; a source with no question; the patron leaves
  s(YUSUF, '27 how fossils are dated: source at once with no question, "k thx bye" and the window closed, three other chats open (four at once)', [
    [0, 'p', 'how do scientists know how old a dinosaur fossil is'],
    [15, 'l', 'Hello! Yusuf here, librarian with AskUsNow!.'],
    [22, 'l', 'Mostly by dating volcanic ash layers above and below the fossil with radiometric dating. UC Berkeley\'s Understanding Evolution site explains it with diagrams: evolution.berkeley.edu (search "radiometric dating").'],
    [28, 'l', 'Does that answer your question?'],
    [70, 'p', 'k thx bye'],
    left(74),
  ], usual({ clarify: 'fail', anything: 'fail', courteous: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yusuf-dn', -200, 300), other('y2', 'yusuf-dn', 5, 200), other('y3', 'yusuf-dn', 40, 500)],
  }),

  // 28 three at most, touching ends; a restatement; the library's own department by phone
  s(NELL, '28 a dinosaur book that roars: restatement, Children\'s Department by phone, one chat ending at the start and one starting at the end (three at most)', [
    [0, 'p', 'my kindergartener wants "a dinosaur book that roars" lol. like with sounds?'],
    [20, 'l', "Hi! Nell here, children's librarian at the Enoch Pratt Free Library 🦕"],
    [26, 'l', "So you're looking for a dinosaur book with buttons that make sounds, for a 5-year-old — got it."],
    [50, 'p', 'yes exactly'],
    [56, 'l', "We have a few sound books, like the sound board edition of Dinosaur Roar!, but they go out fast. Call our Children's Department at Central, 410-555-0141, and they can tell you what's on the shelf today."],
    [62, 'l', 'Does that help?'],
    [90, 'p', 'yess thank you!'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'nope'],
    [114, 'l', 'Roar-some, have a great day! 🦖 Bye!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('n1', 'nell-dn', -300, 0), other('n2', 'nell-dn', -50, 100), other('n3', 'nell-dn', 30, 500), other('n4', 'nell-dn', 119, 600)],
  }),

  // 29 no source; an offer of more, not a completeness question
  s(BREE, '29 did T. rex have feathers: an answer from memory, "Want me to find a kids\' book on feathered dinosaurs too?", "Have a wonderful evening!"', [
    [0, 'p', 'did t rex have feathers or not, my daughter says yes her teacher said no'],
    [20, 'l', "Hi! Bree here, a librarian at Queen Anne's County Library."],
    [26, 'l', 'Do you mean grown-up T. rex, or babies too?'],
    [60, 'p', 'idk both?'],
    [68, 'l', "Good question! Relatives of T. rex like Yutyrannus had feathers, so babies may have been fluffy, but skin impressions from adult T. rex show scales, so most scientists think the grown-ups were mostly scaly. They're both a little right!"],
    [74, 'l', "Want me to find a kids' book on feathered dinosaurs too?"],
    [110, 'p', 'nah thats all we needed, thx'],
    [116, 'l', 'Have a wonderful evening!'],
  ], usual({ source: 'fail', complete: 'fail' })),

  // 30 goodbye exactly 120 s after "Anything else?"; code ""
  s(ZOE, '30 bilingual easy readers for 1st grade: "Hello, Zoe at … ¡Hola!", goodbye exactly 120 s after "Anything else…?", code ""', [
    [0, 'p', 'Hi, do you have bilingual dinosaur books english/spanish for 1st grade?'],
    [16, 'l', 'Hello, Zoe at Carroll County Public Library. ¡Hola!'],
    [22, 'l', 'Are you looking for picture books to read together, or easy readers she can read herself?'],
    [50, 'p', 'easy readers'],
    [58, 'l', 'Search "dinosaurs bilingual" in our catalog at library.carr.org, then choose "Beginning Readers" under Audience and "Spanish" under Language.'],
    [64, 'l', 'Is that what you needed?'],
    [95, 'p', 'yes'],
    [101, 'l', 'Anything else I can find for you?'],
    [221, 'l', 'Thanks for using Ask a Librarian — goodbye!'],
  ], usual({ idle: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => DINOSAURS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-sixth round: dinosaurs, checked', () => {
  describeSessions('whole sessions', DINOSAURS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', DINOSAURS.filter((c) => c.name in LEFT_WHY));
});
