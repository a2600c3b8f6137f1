/**
 * Seventieth round, theme SCIENCE FAIRS AND CHEMISTRY HOMEWORK, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: choosing a project (a 5th grader who loves baking, a 4th grader's first fair
 * in Spanish, a hypothesis), chemistry and physics homework (hydrogen's place in group 1, balancing Fe + O2, carbon's protons
 * in Spanish, CaCO3's molar mass, stoichiometry, Newton's second law, a projectile off a cliff, boiling in Denver, free-body
 * diagrams, the density of aluminium), periodic table questions (elements liquid at room temperature, Mendeleev's 1869
 * table), lab safety (bleach and vinegar at home, ANSI Z87.1 D3 goggles, elephant toothpaste), judging and fair rules (a pet
 * dog as a vertebrate subject, a regional fair's banned chemicals, the Vermont score sheet), state fair registration
 * (Minnesota, a New Mexico form in Spanish, a deadline asked of an empty queue), science kits to borrow (Kalamazoo, a magnet
 * kit in El Paso) and a book on simple machines. Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/sciencefair-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 25, 60 (04: pass at the limit), 61 (05: fail) and 70 s after a "hellooo??" (16); `pickedUpAt` at 45 s
 *   with the first line at 170 (29); no provider ever joined (18); "Thanks for contacting Ask Away at Kalamazoo Public
 *   Library! Nate here." (04); "Greetings from Ask a Librarian! I am Otto …" (12); "Hey there, you've got Lars at …" (09);
 *   "Hi, you have reached a librarian!" (29: "librarian" identifies); Spanish "¡Buenas tardes! Soy Marisol, bibliotecaria de
 *   …" (06) and "¡Hola! Le atiende Pilar, de …" (13); "¡Hola! ¿En qué le puedo ayudar?" naming no one (07: fail); "Denver
 *   Public Library, Ask Us. Go ahead." naming the service but greeting no one (30: fail);
 *  inquiry: grade and interests, high school or college, which step, age and branch, whether anyone is coughing, g = 9.8 or
 *   10, ISEF affiliation, which regional fair, units, splash or impact goggles, home library and deadline; a question with no
 *   source ever given (16: pass);
 *  waits: a hold answered 121 s later (02: fail) and exactly 120 s later (03: pass); a hold answered 134 s later with an
 *   internal line at 64 s (19: fail, internal lines do not end the wait); "No hurry, take your time." then the patron back
 *   224 s later (20: waiting on the patron, pass); a transfer notice (a hold) answered 64 s later (21); a silent transfer, the
 *   receiver 60 s after the patron (22: pass); 125 s between `pickedUpAt` and the first line (29: fail);
 *  endings: a true Lost Call, "are you still with me?" at 160 and "it seems you've disconnected — I'm closing this chat now.
 *   Please come back anytime!" at 215 (15: final idle 185 s, both pass); a miscoded Lost Call (two patron lines) with a
 *   check-in and a notice that says no goodbye (16: idle 195 s, courteous fails); a goodbye exactly 120 s after the answer with
 *   no check-in (26: idle fails, disconnect na); the session ending 119 s after the answer (27: idle na, courteous fails); a
 *   check-in and a notice+thanks exactly 180 s after the answer (28: both pass); "we only do one homework problem per chat and
 *   you've reached your limit" with the patron's "wow ok" last (23: dismissal and courteous fail); "several other students
 *   waiting … please chat back in later … Thanks for coming to us!" (24: allowed); the patron's "thats everything!! thanks"
 *   last (25: courteous fails); goodbyes "Happy baking, and thanks for chatting with us!", "Good luck in chem — take care!",
 *   "Bye for now.", "¡De nada, hasta luego!", "Bye now."; patron-side "thats all i needed", "no more questions", "es todo lo
 *   que necesitaba", "es todo", "that is all I needed", "thats all for now", "thats everything", "thats all", and "ok calling
 *   them now", "yes thanks", "ok thank you", "oh ok thanks" then "nah" (09, asked) that are not explicit;
 *  sources: sciencebuddies.org, rsc.org, khanacademy.org, kpl.gov/catalog, mysapl.org's catalogue, ptable.com,
 *   societyforscience.org, mnmas.org, digital.sciencehistory.org, a Dover book, a Macaulay book alone (11), nmsef.org,
 *   openstax.org, chem.libretexts.org, physicsclassroom.com, stevespanglerscience.com, periodic.lanl.gov, the CRC Handbook on
 *   the library's databases page, ACS guidelines on acs.org, Poison Control's phone; none (14, 16, 30: fail);
 *  referrals: Poison Control by phone and 911 (05); the Minnesota Academy of Science by e-mail and phone (08); "talk to your
 *   fair's Scientific Review Committee" with no contact (09: fail); the library's Teen Center homework desk by phone (24);
 *   the fair office, Howard County's staff and the fair coordinators consulted on the patron's behalf (10, 11, 14: na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done in 20 h (10: pass); FU_LIB, phone typed and
 *   read back, "by Wednesday", done exactly 72 h after the end (11: pass); FU_ME, e-mail from the patron field read back as a
 *   question and confirmed, "within 3 days", done 72 h 1 min after the end (12: on_time fails); a Spanish promise to e-mail
 *   a link with the e-mail read back and no time, coded Answered (13: code and contact fail, pending); FU_ME, "get the score
 *   sheet to you by Friday", the e-mail only in the patron field (14: code passes, contact fails, pending);
 *  codes: a true Lost Call (15); Lost Call with two patron lines (16); Lost Call with no provider and one patron line (18);
 *   Practice (17); an empty string (20);
 *  transfers: a notice (a hold) and an internal note why, both before the transfer (21: pass); an internal note only, silent
 *   to the patron (22: fail);
 *  concurrency: three others, four open at once between 50 and 90 s (19: fail); one ending exactly at the start, one open
 *   throughout, one from 100 s, one starting exactly at `endedAt` (20: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there" and "Greetings from …" greet; "librarian" alone identifies who answers (29); "Denver Public Library, Ask Us.
 *   Go ahead." identifies but greets no one (30: fail);
 * - `pickedUpAt` at 45 s and the first visible line at 170 s: the wait after pickup (125 s) is keep_informed's, since only
 *   "the wait before pickup is approachability.pickup's alone" (29: fail);
 * - a referral tells the patron to contact or visit someone: "you should talk to your fair's Scientific Review Committee"
 *   tells the patron to contact a body outside the chat (09: a referral, no contact); "Please call Poison Control right now
 *   at 1-800-222-1222 … call 911" (05: two referrals, each with a phone); "I'll call the fair office", "I'll pass this to
 *   Howard County Library's staff", "I'll ask the fair coordinators" are staff consulted on the patron's behalf (na);
 * - "It seems you've disconnected, so I'm closing this chat." and "Looks like we've lost connection, so I'll end the chat
 *   now." tell the patron they seem to have disconnected and that the session will end;
 * - "Does that make sense?", "Does that clear it up?", "¿Esto le sirve para empezar?", "¿Le sirve eso por ahora?", "Does the
 *   ISEF page help in the meantime?" ask whether what was given meets the need; "¿Algo más en que le pueda ayudar?" asks for
 *   anything else, not whether it was enough (07: completeness fails);
 * - "es todo lo que necesitaba", "si gracias, es todo", "thats all for now", "no more questions" say explicitly the patron is
 *   done; "ok calling them now", "oh ok thanks", "wow ok", "ok fine" do not;
 * - "Le mando el enlace por correo" (13) promises to send more later: a follow-up session;
 * - a greeting with "How can I help with your question?" is not substantive (15: the info checks na; the final idle starts at
 *   it, 30 s, and ends at the notice that invites back, 215 s); a clarifying question alone is a substantive exchange (16:
 *   source, completeness, anything-else fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0 (all 30 x 17 statuses as labelled, and the same once redacted).
 * Label corrections: none (no disagreement to reread RUBRIC.md for; no label was changed after the first run: the file's
 *  labels are the ones copied aside to /tmp/sciencefair-labels.ts).
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check scored as labelled on the first run: pickup at 25, 60 (pass) and 61 s (fail), by `pickedUpAt` and with
 * no provider; keep_informed at 120 s (pass), 121 s (fail), 134 s across an internal line (fail), 125 s after `pickedUpAt`
 * (fail), "take your time" then 224 s (pass), a transfer notice and a silent transfer; final idles of 119 s (na), 120 s
 * (check-in fails), 180 s (both pass), 185 s and 195 s; concurrency at four and at three with touching ends; on_time done at
 * 20 h, exactly 72 h (pass), 72 h 1 min (fail) and pending at day 1 twice. The redaction equality of describeSessions holds for
 * every case (patron e-mails typed and read back, one read back from the patron field, a patron phone read back, library and
 * Poison Control phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n = 1): Line => [sec, 's', `All librarians are helping other patrons. Your place in line: ${n}.`];

const DANA: Prov = { id: 'dana-sf', name: 'Dana', library: 'TCCL' };
const OMAR: Prov = { id: 'omar-sf', name: 'Omar', library: 'ASKCO' };
const PRIYANKA: Prov = { id: 'priyanka-sf', name: 'Priyanka', library: 'FCPL-VA' };
const NATE: Prov = { id: 'nate-sf', name: 'Nate', library: 'KPL' };
const COLM: Prov = { id: 'colm-sf', name: 'Colm', library: 'AUN' };
const MARISOL: Prov = { id: 'marisol-sf', name: 'Marisol', library: 'SAPL' };
const BIBLIO: Prov = { id: 'biblio-sf', name: 'BiblioChat', library: 'MDPLS' };
const KEIKO: Prov = { id: 'keiko-sf', name: 'Keiko', library: 'ASKMN' };
const LARS: Prov = { id: 'lars-sf', name: 'Lars', library: 'WPL-DE' };
const MEI: Prov = { id: 'mei-sf', name: 'Mei', library: 'CML-NC' };
const NIKHIL: Prov = { id: 'nikhil-sf', name: 'Nikhil', library: 'AUN' };
const OTTO: Prov = { id: 'otto-sf', name: 'Otto', library: 'SLO' };
const PILAR: Prov = { id: 'pilar-sf', name: 'Pilar', library: 'ABCL' };
const QUENTIN: Prov = { id: 'quentin-sf', name: 'Quentin', library: 'VTLIB' };
const RAY: Prov = { id: 'ray-sf', name: 'Ray', library: 'DELIB' };
const THEO: Prov = { id: 'theo-sf', name: 'Theo', library: 'SCL-DE' };
const TRAINEE: Prov = { id: 'trainee-sf', name: 'Trainee 7', library: 'TRN' };
const EMPTY: Prov = { id: 'queue-sf', name: 'Queue', library: 'VRQ' };
const GINA: Prov = { id: 'gina-sf', name: 'Gina', library: 'FLP' };
const LUPE: Prov = { id: 'lupe-sf', name: 'Lupe', library: 'EPPL' };
const URSULA: Prov = { id: 'ursula-sf', name: 'Ursula', library: 'BCPL' };
const VIK: Prov = { id: 'vik-sf', name: 'Vik', library: 'BCPL' };
const WREN: Prov = { id: 'wren-sf', name: 'Wren', library: 'PCLS' };
const YARA: Prov = { id: 'yara-sf', name: 'Yara', library: 'PCLS' };
const ZANE: Prov = { id: 'zane-sf', name: 'Zane', library: 'SCLD' };
const ABBY: Prov = { id: 'abby-sf', name: 'Abby', library: 'HCL' };
const CASS: Prov = { id: 'cass-sf', name: 'Cass', library: 'MCL' };
const DEV: Prov = { id: 'dev-sf', name: 'Dev', library: 'PGCMLS' };
const ELLE: Prov = { id: 'elle-sf', name: 'Elle', library: 'NPL' };
const FLORA: Prov = { id: 'flora-sf', name: 'Flora', library: 'SPL-CA' };
const HUGO: Prov = { id: 'hugo-sf', name: 'Hugo', library: 'ASKUS' };
const IVAN: Prov = { id: 'ivan-sf', name: 'Ivan', library: 'DPL-CO' };

const s = session;

export const SCIENCEFAIR: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 a project for a 5th grader who loves baking: grade and interests asked, Science Buddies, "thats all i needed"', [
    [0, 'p', 'hi my daughter needs a science fair project idea, due in 3 wks and she has NO idea lol'],
    waitLine(2),
    [25, 'l', "Hi there! I'm Dana, a youth services librarian at Tulsa City-County Library."],
    [31, 'l', "What grade is she in, and is there anything she's really into — animals, cooking, sports?"],
    [70, 'p', '5th grade. she loves baking'],
    [78, 'l', "Baking is perfect for a fair project! Science Buddies has a Cooking & Food Science area with tested ideas by grade level: sciencebuddies.org, then pick 'Cooking & Food Science'. The yeast-and-sugar balloon experiment is a favorite with 5th graders."],
    [84, 'l', 'Is that the kind of thing you were hoping for?'],
    [130, 'p', 'yes!! perfect thats all i needed, thank you so much'],
    [136, 'l', 'Happy baking, and thanks for chatting with us!'],
  ], usual()),

  // 02 a hold answered 121 s later
  s(OMAR, '02 why hydrogen sits in group 1: "Let me pull up a good explanation for you, one moment." answered 121 s later', [
    [0, 'p', 'why is hydrogen on the left side of the periodic table if its a gas not a metal?? my chem teacher said to look it up'],
    [18, 'l', 'Good evening, Omar with AskColorado here.'],
    [23, 'l', 'Is this for a high school chemistry class or a college one? I want to pitch the explanation right.'],
    [55, 'p', 'hs chem, 10th grade'],
    [60, 'l', 'Let me pull up a good explanation for you, one moment.'],
    [181, 'l', "Here we go: hydrogen sits in group 1 because it has one valence electron, like lithium and sodium, but it's a nonmetal. The Royal Society of Chemistry's interactive table explains why it's a special case: rsc.org/periodic-table/element/1/hydrogen"],
    [187, 'l', 'Does that clear it up?'],
    [230, 'p', 'yeah makes sense now thx'],
    [236, 'l', 'Anything else I can help with tonight?'],
    [260, 'p', 'nope'],
    [264, 'l', 'Good luck in chem — take care!'],
  ], usual({ informed: 'fail' })),

  // 03 a hold answered exactly 120 s later
  s(PRIYANKA, '03 balancing Fe + O2 -> Fe2O3: "Give me a minute to find a worked example" answered exactly 120 s later, Khan Academy', [
    [0, 'p', 'how do i balance Fe + O2 -> Fe2O3 i keep getting it wrong'],
    [20, 'l', 'Hello! This is Priyanka, a librarian at Fairfax County Public Library.'],
    [26, 'l', 'Which step are you getting stuck on — the oxygens or the iron?'],
    [50, 'p', 'the oxygens. theres 2 on one side and 3 on the other'],
    [56, 'l', 'Give me a minute to find a worked example that walks through this exact one.'],
    [176, 'l', "Found it. Khan Academy's lesson on balancing chemical equations (khanacademy.org, search 'balancing chemical equations') uses the same trick: make the oxygens meet at 6, so 3 O2 and 2 Fe2O3, then 4 Fe. Final: 4Fe + 3O2 → 2Fe2O3."],
    [182, 'l', 'Did that help?'],
    [220, 'p', 'OHHH ok yes. that was it, no more questions'],
    [226, 'l', 'Great work! Bye for now.'],
  ], usual()),

  // 04 pickup at exactly 60 s
  s(NATE, '04 science kits to borrow: picked up at exactly 60 s, "Thanks for contacting Ask Away … Nate here.", the catalogue', [
    [0, 'p', 'does the library lend out science kits? like microscopes or circuit stuff'],
    [60, 'l', 'Thanks for contacting Ask Away at Kalamazoo Public Library! Nate here.'],
    [66, 'l', 'Are you looking for something for a specific age, or for a school project?'],
    [100, 'p', 'my son is 9, for fun mostly and maybe the science fair'],
    [106, 'l', "We have Snap Circuits, a kids' microscope and a weather station kit you can borrow for three weeks. Search 'STEM kit' in our catalog at kpl.gov/catalog and place a hold on any of them."],
    [112, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes great'],
    [154, 'l', 'Anything else?'],
    [170, 'p', 'no'],
    [174, 'l', 'Thanks for stopping by — enjoy the kits!'],
  ], usual()),

  // 05 pickup at 61 s; Poison Control by phone
  s(COLM, '05 bleach and vinegar mixed at home: picked up at 61 s, "call Poison Control right now at 1-800-222-1222", "ok calling them now"', [
    [0, 'p', 'my little brother mixed bleach and vinegar in the bathroom for a "experiment" and it smells weird what do we do'],
    [61, 'l', 'Hi, Colm here with the Ask Us librarians.'],
    [64, 'l', 'Is anyone coughing or having trouble breathing right now?'],
    [80, 'p', 'no just the smell. we opened the window'],
    [85, 'l', 'Get everyone out of the bathroom and keep it aired out: bleach and vinegar together give off chlorine gas. Please call Poison Control right now at 1-800-222-1222 — it is free, 24/7, and they will tell you exactly what to do. If anyone starts having trouble breathing, call 911.'],
    [90, 'l', 'Does that help?'],
    [110, 'p', 'ok calling them now'],
    [114, 'l', 'Good — take care, and come back anytime if you need us.'],
  ], usual({ pickup: 'fail', anything: 'fail', referral: 'pass' })),

  // 06 Spanish: a first science fair, the catalogue
  s(MARISOL, '06 primer proyecto de feria de ciencias (Spanish): "Soy Marisol, bibliotecaria de …", grado y fecha, el catálogo, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, mi hijo tiene que hacer un proyecto para la feria de ciencias y no sabemos por donde empezar'],
    [30, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria de la Biblioteca Pública de San Antonio. Con gusto le ayudo.'],
    [36, 'l', '¿En qué grado está su hijo y para cuándo es el proyecto?'],
    [90, 'p', 'esta en 4to grado, es para el 15 de marzo'],
    [96, 'l', "Tenemos libros de experimentos en español en la sección infantil. Busque 'experimentos científicos' en nuestro catálogo (mysapl.org > Catálogo) y puede reservarlos para recogerlos en su sucursal."],
    [102, 'l', '¿Esto le sirve para empezar?'],
    [150, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte en la feria.'],
  ], usual()),

  // 07 partly Spanish: greets but names no one; "¿Algo más…?" instead of the completeness question
  s(BIBLIO, '07 protones del carbono (partly Spanish): "¡Hola! ¿En qué le puedo ayudar?" under a screen name, ptable.com, only "¿Algo más…?"', [
    [0, 'p', 'hi tengo tarea de quimica, cuantos protones tiene el carbono y como lo se con la tabla periodica??'],
    [22, 'l', '¡Hola! ¿En qué le puedo ayudar?'],
    [28, 'l', '¿Es para una clase de secundaria (high school)?'],
    [60, 'p', 'si, 9th grade physical science'],
    [66, 'l', 'El número atómico es igual al número de protones. El carbono tiene número atómico 6, así que tiene 6 protones. Puede verlo en la tabla interactiva de ptable.com (haga clic en el carbono).'],
    [72, 'l', '¿Algo más en que le pueda ayudar?'],
    [110, 'p', 'no gracias'],
    [114, 'l', '¡De nada, hasta luego!'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 08 the state fair office by e-mail and phone
  s(KEIKO, '08 Minnesota state fair registration after a regional win: the Academy of Science by e-mail and phone, "that is all I needed"', [
    [0, 'p', 'How does my daughter register for the state science fair in Minnesota? She placed at her regional fair.'],
    [15, 'l', 'Hi! Keiko here, a librarian with AskMN.'],
    [21, 'l', 'Congratulations to her! Which region did she compete in?'],
    [60, 'p', 'Southeast region, in Rochester'],
    [66, 'l', "Regional winners are usually registered by their regional fair director, but deadlines vary. The Minnesota Academy of Science runs the State Science & Engineering Fair; its registration page is mnmas.org/state-fair. For her paperwork, contact their office at info@mnmas.org or 651-555-0142."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'Yes, that is all I needed. Thank you!'],
    [116, 'l', 'Thanks for asking AskMN — good luck at State!'],
  ], usual({ referral: 'pass' })),

  // 09 "talk to your fair's Scientific Review Committee" (no contact)
  s(LARS, '09 a pet dog in a fair project: ISEF rules on societyforscience.org, "talk to your fair\'s Scientific Review Committee" with no contact', [
    [0, 'p', 'is a project on my own dog allowed at the science fair? its just measuring how fast he eats with diff bowls'],
    [24, 'l', "Hey there, you've got Lars at Wilmington Public Library."],
    [30, 'l', 'Is your fair affiliated with ISEF? Most regional fairs are, and that decides which rules apply.'],
    [70, 'p', 'idk its the delaware valley one'],
    [76, 'l', "ISEF-affiliated fairs treat any project with a vertebrate animal, even a pet, as needing approval before you start. The rules are in the ISEF International Rules & Guidelines on societyforscience.org. Before you begin, you should talk to your fair's Scientific Review Committee to get the vertebrate animal form approved."],
    [120, 'p', 'oh ok thanks'],
    [126, 'l', 'Anything else I can help you with?'],
    [150, 'p', 'nah'],
    [154, 'l', 'Good luck with the project, bye!'],
  ], usual({ complete: 'fail', referral: 'fail' })),

  // 10 follow-up by me, e-mail typed and read back, "by tomorrow afternoon", done in 20 h
  s(MEI, '10 a regional fair\'s banned chemicals for a teacher (follow-up by me): e-mail read back, "by tomorrow afternoon", done in 20 h', [
    [0, 'p', 'hi, I need the official list of what chemicals are banned at our regional science fair for my 8th grade class (I am the teacher)'],
    [20, 'l', 'Hello, and thanks for reaching out! I am Mei, a librarian at Charlotte Mecklenburg Library.'],
    [26, 'l', "Which fair is it — the Charlotte regional, or your school district's own?"],
    [70, 'p', 'Charlotte regional, grades 6-8'],
    [76, 'l', "The ISEF rules most regionals follow are at societyforscience.org (Rules & Guidelines > Hazardous Chemicals, Activities or Devices). The regional's own banned list isn't online, though. I'll call the fair office and e-mail you their list by tomorrow afternoon. What e-mail should I use?"],
    [120, 'p', 'thanks! j.ortega.science@example.org'],
    [126, 'l', 'I have j.ortega.science@example.org — you will hear from me by tomorrow afternoon. Does the ISEF page help in the meantime?'],
    [170, 'p', 'yes very much. thats all for now'],
    [176, 'l', 'Thanks for contacting us, have a good evening!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 11 follow-up by the patron's library, phone typed and read back, "by Wednesday", done exactly 72 h after the end
  s(NIKHIL, '11 a book on simple machines (follow-up by patron\'s library): phone read back, "by Wednesday", done exactly 72 h after the end', [
    [0, 'p', 'my son needs a physics book on simple machines for his project, our branch says its checked out everywhere'],
    [28, 'l', 'Hi, Nikhil here with AskUsNow!, a Maryland library chat service.'],
    [34, 'l', 'Which library system are you with, and how soon does he need it?'],
    [80, 'p', 'Howard County, project due in 2 weeks'],
    [86, 'l', "The Way Things Work Now by David Macaulay covers levers, pulleys and gears really well. I'll pass this to Howard County Library's staff so they can request a copy through interlibrary loan for you. What's a good phone number for them?"],
    [140, 'p', '410-555-0177'],
    [146, 'l', 'Got it, 410-555-0177. Howard County will call you by Wednesday.'],
    [190, 'p', 'ok great'],
    [196, 'l', 'Did the book suggestion help for now?'],
    [230, 'p', 'yes thanks'],
    [236, 'l', 'Thank you for using AskUsNow!, take care.'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(241 + 72 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 12 follow-up by me, "within 3 days", done 72 h 1 min after the end
  s(OTTO, '12 Mendeleev\'s 1869 table for a college paper (follow-up by me): e-mail read back as a question, "within 3 days", done 72 h 1 min after the end', [
    [0, 'p', 'need a primary source for mendeleev 1869 periodic table for my chem history paper, college'],
    [30, 'l', 'Greetings from Ask a Librarian! I am Otto, a reference librarian at the State Library of Ohio.'],
    [36, 'l', 'Do you need the original German article, or is an English translation fine?'],
    [80, 'p', 'english is fine, but it has to be the actual table image'],
    [86, 'l', 'Let me look, one moment.'],
    [150, 'l', "The Science History Institute's digital collections (digital.sciencehistory.org) have a scan of the 1869 table, and an English translation of his 1869 paper is in Mendeleev on the Periodic Law: Selected Writings, 1869-1905 (Dover). I'll check whether we can get you a sharper scan and e-mail it to you within 3 days. Is your e-mail still kwalsh@example.edu?"],
    [200, 'p', 'yes thats it'],
    [206, 'l', 'Great. Does the Science History Institute scan work for now?'],
    [240, 'p', 'yes, that is everything, thank you'],
    [246, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'kwalsh@example.edu', phone: null }, followUps: [{ doneAt: at(251 + 72 * HOUR + 60) }],
  }, { now: T0 + 5 * DAY }),

  // 13 Spanish promise to e-mail a link, e-mail read back, no time, coded Answered
  s(PILAR, '13 formulario de la feria estatal en español (Spanish): "le mando el enlace por correo", e-mail read back, no time, coded Answered', [
    [0, 'p', 'hello, necesito el formulario de inscripción de la feria de ciencias del estado en español para los padres de mis estudiantes'],
    [25, 'l', '¡Hola! Le atiende Pilar, de la Biblioteca Pública de Albuquerque.'],
    [31, 'l', '¿Es para la feria estatal de Nuevo México, la New Mexico Science and Engineering Fair?'],
    [70, 'p', 'si esa'],
    [76, 'l', 'Voy a buscar si tienen una versión en español y le mando el enlace por correo. ¿Cuál es su correo electrónico?'],
    [120, 'p', 'mrs.baca.ciencias@example.com'],
    [126, 'l', 'Perfecto: mrs.baca.ciencias@example.com. Mientras tanto, la información general en inglés está en nmsef.org.'],
    [132, 'l', '¿Le sirve eso por ahora?'],
    [170, 'p', 'si gracias, es todo'],
    [176, 'l', '¡Gracias a usted, que tenga buen día!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 follow-up by me with "by Friday", the e-mail only in the patron field
  s(QUENTIN, '14 the Vermont fair\'s judging score sheet (follow-up by me): "get the score sheet to you by Friday", e-mail only in the patron field, no source', [
    [0, 'p', 'looking for the rubric judges use at the Vermont state science fair, can u find it'],
    [22, 'l', "Hi, Quentin with the Vermont Department of Libraries' Ask a Librarian."],
    [28, 'l', 'Is this for a middle school or a high school entry? They use different score sheets.'],
    [60, 'p', 'high school'],
    [66, 'l', "It isn't posted publicly this year. I'll ask the fair coordinators and get the score sheet to you by Friday."],
    [110, 'p', 'ok thank you'],
    [116, 'l', 'Thank you for writing in — bye!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }), {
    ...FU_ME, patron: { name: null, email: 'rsk.student@example.org', phone: null },
  }),

  // 15 a true Lost Call: check-in and notice with an invitation back, final idle 185 s
  s(RAY, '15 the formula for density (Lost Call): greeting only, "are you still with me?" at 160, "seems you\'ve disconnected … come back anytime!" at 215', [
    [0, 'p', 'what is the formula for density'],
    [30, 'l', 'Hello, Ray at Ask a Librarian Delaware. How can I help with your question?'],
    [160, 'l', 'Hi, are you still with me?'],
    [215, 'l', "I haven't heard from you, so it seems you've disconnected — I'm closing this chat now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Lost Call with two patron lines; a question, then check-in and notice without goodbye
  s(THEO, '16 a hypothesis (coded Lost Call, two patron lines): picked up at 70 s, one question, "Are you still there?", "It seems you\'ve disconnected…" no goodbye', [
    [0, 'p', 'can u help me with my science fair hypothesis'],
    [40, 'p', 'hellooo??'],
    [70, 'l', 'Hi! Sorry for the wait — Theo here, Ask a Librarian at Sussex County Libraries.'],
    [76, 'l', "Sure! What's your experiment testing, and what do you think will happen?"],
    [200, 'l', 'Are you still there?'],
    [260, 'l', "It seems you've disconnected, so I'm closing this chat."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (periodic table script): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3 — periodic table question for the training script'],
    [10, 'l', 'hi trainee here, practice answer: see ptable.com. did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever joined, Lost Call with one patron line
  s(EMPTY, '18 a registration deadline tonight: no provider ever joined, the patron left, coded Lost Call (one patron line)', [
    [0, 'p', 'is the science fair registration deadline tonight at midnight or tomorrow?? pls answer fast'],
    waitLine(3, 4),
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 four at once; a hold answered 134 s later with an internal line in between
  s(GINA, '19 Newton\'s second law: hold at 66, internal line at 130, answer at 200 (134 s), three other chats (four at once)', [
    [0, 'p', "Newton's second law homework: a 1200 kg car speeds up from 0 to 20 m/s in 8 s, what's the force?"],
    [20, 'l', 'Hi, Gina at Ask a Librarian Pennsylvania (Free Library of Philadelphia).'],
    [26, 'l', 'Do you need just the force, or do you have to show the acceleration step too?'],
    [60, 'p', 'show steps'],
    [66, 'l', 'Sure, let me grab a source for the formula, one sec.'],
    [130, 'i', 'anyone have the OpenStax link handy for N2L?'],
    [200, 'l', 'Thanks for waiting! a = (20 − 0)/8 = 2.5 m/s², then F = ma = 1200 × 2.5 = 3000 N. OpenStax Physics section 4.3 walks through it: openstax.org/books/physics/pages/4-3-newtons-second-law'],
    [206, 'l', 'Does that make sense?'],
    [240, 'p', 'yes thank u'],
    [245, 'l', 'Anything else?'],
    [260, 'p', 'no thats it'],
    [264, 'l', 'Thanks, bye!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'gina-sf', -500, 600), other('g2', 'gina-sf', -100, 90), other('g3', 'gina-sf', 50, 700)],
  }),

  // 20 Spanglish: "take your time", three at most with touching ends, code ""
  s(LUPE, '20 a magnet kit to borrow (Spanglish): "No hurry, take your time." then 224 s away, three at most with touching ends, code ""', [
    [0, 'p', 'hi, mi hija needs to borrow a science kit for her project, do you guys have one about magnets?'],
    [30, 'l', "Hello! I'm Lupe, a librarian at El Paso Public Library."],
    [36, 'l', 'How old is she, and which branch do you usually go to?'],
    [60, 'p', 'shes 11, hold on let me ask her which one she wants, un momento'],
    [66, 'l', 'No hurry, take your time.'],
    [290, 'p', 'ok back! she says the one w the magnets and compasses. we go to the Westside branch'],
    [296, 'l', "Search 'magnet kit' in our catalog at elpasolibrary.org and click 'Place hold' with Westside as the pickup branch; the Magnetism Discovery Kit goes out for three weeks. Is that what she was looking for?"],
    [340, 'p', 'si gracias! thats all'],
    [345, 'l', 'De nada — thanks for chatting, and good luck to her!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }, {
    otherIntervals: [
      other('l1', 'lupe-sf', -300, 0), other('l2', 'lupe-sf', -60, 400), other('l3', 'lupe-sf', 100, 500), other('l4', 'lupe-sf', 350, 900),
    ],
  }),

  // 21 a transfer with a notice and a note that says why, both before it
  s(URSULA, '21 a projectile off a 20 m cliff (AP physics): transfer notice + internal note why, Vik answers 64 s after the notice with OpenStax', [
    [0, 'p', 'AP physics: a ball is thrown horizontally off a 20 m cliff at 15 m/s, how far does it land? i got 30 m but answer key says 30.3'],
    [20, 'l', 'Hi! Ursula at the Ask Us chat, Baltimore County Public Library.'],
    [26, 'l', 'Are you using g = 9.8 or 10 m/s²?'],
    [60, 'p', '10'],
    [66, 'l', "That's probably the difference. I'm going to bring in Vik, our STEM homework librarian, to walk you through it — just a moment while I transfer you."],
    [69, 'i', 'Vik, AP physics projectile q, rounding issue with g=10 vs 9.8 — can you take it?'],
    xfer(72, 'Vik', 'vik-sf'),
    [130, 'l', 'Hi, Vik here, STEM homework librarian. With g = 9.8 the fall time is √(2·20/9.8) = 2.02 s, and 15 × 2.02 = 30.3 m, so the key used 9.8. OpenStax College Physics 2e, section 3.4 (openstax.org/books/college-physics-2e), works the same kind of problem.', as(VIK)],
    [136, 'l', 'Does that make sense?', as(VIK)],
    [180, 'p', 'yes!! ok got it thats all'],
    [186, 'l', 'Great, good luck on the AP exam — bye!', as(VIK)],
  ], usual({ transfer: 'pass' })),

  // 22 a silent transfer: internal note only
  s(WREN, '22 molar mass of CaCO3 for a lab report: internal note only, silent transfer, Yara 60 s after the patron with ptable.com', [
    [0, 'p', 'whats the molar mass of calcium carbonate, need it for lab report'],
    [15, 'l', 'Hi there, Wren from Ask a Librarian at Pasco County Libraries.'],
    [21, 'l', 'Do you need the steps too, or just the number?'],
    [50, 'p', 'steps too pls'],
    [54, 'i', 'Yara, can you take this? molar mass of CaCO3 with steps for a lab report, you do the chem tutoring'],
    xfer(57, 'Yara', 'yara-sf'),
    [110, 'l', 'Hi! Yara here. Add up the atomic masses: Ca 40.08 + C 12.01 + 3 × O 16.00 = 100.09 g/mol. Each atomic mass is on the periodic table at ptable.com.', as(YARA)],
    [116, 'l', 'Is that what you needed for the report?', as(YARA)],
    [150, 'p', 'yes ty'],
    [155, 'l', 'Anything else?', as(YARA)],
    [170, 'p', 'no'],
    [174, 'l', 'Have a good one, thanks for chatting!', as(YARA)],
  ], usual({ transfer: 'fail' })),

  // 23 "one homework problem per chat … you've reached your limit", the patron last
  s(ZANE, '23 a 12-problem stoichiometry worksheet: one worked, then "we only do one homework problem per chat and you\'ve reached your limit", "wow ok" last', [
    [0, 'p', 'can u do my stoichiometry worksheet its 12 problems'],
    [20, 'l', 'Hello! This is Zane, a librarian at Spokane County Library District.'],
    [26, 'l', 'Which problem are you stuck on first?'],
    [60, 'p', '#1: how many grams of water from 4 g of H2?'],
    [66, 'l', "2H2 + O2 → 2H2O, so 4 g of H2 is 2 mol, which gives 2 mol of water = 36 g. ChemLibreTexts has a stoichiometry walkthrough at chem.libretexts.org (search 'stoichiometry')."],
    [72, 'l', 'Does that make sense?'],
    [100, 'p', 'yes ok now #2 #3 #4 and #5 pls'],
    [106, 'l', "Sorry, we only do one homework problem per chat and you've reached your limit."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 24 other students waiting, a way back; the library's Teen Center by phone
  s(ABBY, '24 physics unit test review: "several other students waiting … chat back in later", the Teen Center homework desk by phone, "ok fine" last', [
    [0, 'p', 'I have a bunch of physics questions for my unit test tmrw: vectors, free body diagrams, friction, and work/energy'],
    [25, 'l', 'Good afternoon! You are chatting with Abby at Ask a Librarian, Hennepin County Library.'],
    [31, 'l', "Which topic is hardest for you? Let's start there."],
    [70, 'p', 'free body diagrams'],
    [76, 'l', "The Physics Classroom has a clear lesson with practice problems: physicsclassroom.com > Newton's Laws > Drawing Free-Body Diagrams. Did that help?"],
    [120, 'p', 'yes! now friction and work/energy and vectors?'],
    [126, 'l', "I've got several other students waiting right now, so I need to help them too. Please chat back in later tonight and another librarian can work through friction and energy with you, or stop by the Teen Center homework help desk at Minneapolis Central (612-555-0190). Thanks for coming to us!"],
    [150, 'p', 'ok fine'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 25 the patron has the last word
  s(CASS, '25 elephant toothpaste at home: yeast or 30% peroxide asked, stevespanglerscience.com, patron "thats everything!! thanks" last, no goodbye', [
    [0, 'p', 'is elephant toothpaste safe to do at home w kids? we want to do it for her project'],
    [18, 'l', 'Hey! Cass at Multnomah County Library here, happy to help.'],
    [24, 'l', 'Are you using the kid version with yeast, or the one with 30% hydrogen peroxide?'],
    [60, 'p', 'yeast and the 3% stuff from the drugstore'],
    [66, 'l', "That version is considered safe for kids with goggles and an adult watching; the foam is just warm soapy water and oxygen. Steve Spangler Science has the step-by-step at stevespanglerscience.com (search 'elephant toothpaste'). Is that what you needed?"],
    [110, 'p', 'yes perfect, thats everything!! thanks'],
  ], usual({ courteous: 'fail' })),

  // 26 a goodbye exactly 120 s after the answer, no check-in
  s(DEV, '26 independent vs dependent variable: answer at 70, "Does that clear it up?", goodbye at 190 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'what is the difference between an independent and dependent variable, need it for my board'],
    [20, 'l', "Hi, I'm Dev, a librarian with Ask a Librarian at Prince George's County Memorial Library System."],
    [26, 'l', "What's your experiment about? I can use it as the example."],
    [60, 'p', 'how plant growth changes with different colored light'],
    [70, 'l', "The independent variable is what you change on purpose: the light color. The dependent variable is what you measure: plant growth (height in cm). Science Buddies' page 'Variables in Your Science Fair Project' at sciencebuddies.org has more examples."],
    [76, 'l', 'Does that clear it up?'],
    [190, 'l', 'Thanks for chatting, good luck with your board!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 27 the session ends 119 s after the answer, no goodbye
  s(ELLE, '27 elements liquid at room temperature: answer at 80, "Did that help?", the session ends at 199 (final idle 119 s), no goodbye', [
    [0, 'p', 'which elements r liquid at room temperature? for a quiz'],
    [25, 'l', 'Hello from the Ask a Librarian chat at Nashville Public Library, this is Elle.'],
    [31, 'l', 'Just the elements, or do you need compounds too?'],
    [70, 'p', 'just elements'],
    [80, 'l', "Only two are liquid at standard room temperature: mercury (Hg) and bromine (Br); gallium and cesium melt just above it. Los Alamos National Laboratory's periodic table at periodic.lanl.gov lists each element's melting point."],
    [86, 'l', 'Did that help?'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endAfter: 113 }),

  // 28 a check-in and a notice + thanks exactly 180 s after the answer
  s(FLORA, '28 the density of aluminium: answer at 80, "u still there?" at 200, "Looks like we\'ve lost connection … Thanks for stopping by!" at 260 (180 s)', [
    [0, 'p', 'where can i find the density of aluminum for my physics lab? my textbook doesnt say'],
    [22, 'l', "Hi! Flora at Sacramento Public Library's chat service."],
    [28, 'l', 'Do you need it in g/cm³ or kg/m³?'],
    [70, 'p', 'g/cm3'],
    [80, 'l', "Aluminum is 2.70 g/cm³. It's in the CRC Handbook of Chemistry and Physics, which you can use online from our Research Databases page (saclibrary.org > eLibrary)."],
    [86, 'l', 'Is that what you needed?'],
    [200, 'l', 'u still there?'],
    [260, 'l', "Looks like we've lost connection, so I'll end the chat now. Thanks for stopping by!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 29 pickedUpAt 45 s, the first line at 170 s
  s(HUGO, '29 ANSI goggles for a middle school lab: pickedUpAt 45 s, first line at 170 (125 s after pickup), "Hi, you have reached a librarian!"', [
    [0, 'p', 'what kind of safety goggles do we need for a middle school chem lab, the school wants ANSI something'],
    [170, 'l', 'Hi, you have reached a librarian! Sorry about the delay.'],
    [176, 'l', 'Are these for splash protection with liquids, or impact only?'],
    [210, 'p', 'liquids, acids and stuff'],
    [216, 'l', "You'll want goggles marked ANSI Z87.1 with the D3 splash rating. The American Chemical Society's Guidelines for Chemical Laboratory Safety in Secondary Schools (acs.org, search 'secondary school lab safety') explains the requirement."],
    [222, 'l', 'Does that answer it?'],
    [260, 'p', 'yes thx so much, no more questions'],
    [266, 'l', 'Thanks, stay safe!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(45) }),

  // 30 identifies but does not greet; an answer with no source
  s(IVAN, '30 why water boils lower in Denver: "Denver Public Library, Ask Us. Go ahead.", an answer from memory with no source', [
    [0, 'p', 'why does water boil at a lower temp in denver?? for my physics hw'],
    [14, 'l', 'Denver Public Library, Ask Us. Go ahead.'],
    [20, 'l', 'Is your homework asking for the explanation or a calculation?'],
    [50, 'p', 'explanation'],
    [56, 'l', "Water boils when its vapor pressure matches the air pressure around it. At Denver's altitude the air pressure is lower, about 83% of sea level, so water gets there sooner, around 95 °C instead of 100 °C."],
    [62, 'l', 'Did that answer your question?'],
    [100, 'p', 'yes thats all i needed ty'],
    [105, 'l', 'Bye now.'],
  ], usual({ greeting: 'fail', source: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SCIENCEFAIR.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventieth round: science fairs and chemistry homework, checked', () => {
  describeSessions('whole sessions', SCIENCEFAIR.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SCIENCEFAIR.filter((c) => c.name in LEFT_WHY));
});
