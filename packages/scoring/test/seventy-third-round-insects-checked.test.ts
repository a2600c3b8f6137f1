/**
 * Seventy-third round, theme INSECTS, BUTTERFLIES AND BUGS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: bugs found at home (stink bugs on windows, a house centipede in the tub, flour
 * beetles in the pantry, a luna moth on the porch, a kissing-bug scare in Ohio, cockroach or beetle in a kitchen, bed bugs),
 * monarchs (tagging with children in Spanish, a recovered tag, classroom caterpillars, a third-grade project in Spanish),
 * school and 4-H insect collections, stings and nests (a yellowjacket sting, a paper wasp nest, carpenter bees, a honeybee
 * swarm), entomology clubs (adults near Towson, a 10-year-old in Arlington), pest or beneficial insects (lady beetles for
 * roses, "alligator" larvae on tomatoes, Japanese beetles, cicadas), and field guides (beetles for a child, western moths,
 * dragonflies in Michigan, butterfly garden plants). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/insects-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Dana …" (01); Spanish "¡Buenas tardes! Soy Marta, bibliotecaria de …" (02); a
 *   61 s pickup (03: fail) and one at exactly 60 s (04: pass); "Hello!" then "I'm Farah, one of the librarians answering for
 *   Ask Us Now tonight." (04: pass over two lines); "Hey there! So sorry about the sting 😟" with no name (07: fail); "Kim at
 *   Delaware Libraries answering." with no greeting (08: fail); `pickedUpAt` at 50 s, the first line at 160 (23); no provider
 *   ever joined (25);
 *  inquiry: size and antennae, painted or bare wood, nest size and height, milkweed nearby, which brood, language preference
 *   ("Would you prefer to chat in Spanish?", 21), the child's age for reading level (30); a source given before the first
 *   question (09: fail); a restatement with no question mark (28: pass);
 *  waits: a hold answered exactly 120 s later (05: pass); a patron line answered 121 s later (06: fail); holds at 86 and 196
 *   (a partial result that says the search goes on) and the answer at 300 (11); a transfer notice answered 40 s later (21);
 *   a silent transfer, the receiver 80 s after the patron (20); Spanish "Claro, tómese su tiempo." then the patron back 200 s
 *   later (30: waiting on the patron); 110 s between `pickedUpAt` and the first line (23: pass);
 *  endings: a Lost Call with only the greeting, "Are you still there?" at 150 and a disconnect notice that invites back at
 *   330 (15: final idle 312 s, both pass); a disconnect notice with no check-in and no goodbye (16: idle fails, notice
 *   passes, courteous fails); "Are you still with me?" and a goodbye 156 s after the answer (26: idle passes, disconnect na);
 *   "We only take one question per chat, sorry. Bye." (17: dismissal); "I have a few other patrons waiting right now, so
 *   please chat back in a little later" (18: allowed); the patron's "no tengo mas preguntas" as the last line (29: courteous
 *   fails, anything_else passes); patron-side "thats all i needed", "eso es todo", "that's all", "thats everything for now",
 *   "no more questions", and "yes calling now thx", "pretty much. ok thanks", "yes so cool!! ok thanks" that do not count;
 *  sources: extension fact sheets (Penn State, UMD, NC State, OSU, UC IPM), the Burke Museum, MedlinePlus, monarchwatch.org,
 *   Monarch Joint Venture, Xerces Society, the CDC, BugGuide.net, EPA in Spanish, library catalogues with named books; none
 *   (27: only "the iNaturalist app", named without a way to reach it);
 *  referrals: Poison Control and 911 by phone (07); "call a licensed pest control company" (10: no contact); Monarch Watch by
 *   e-mail and phone (19); the beekeepers on a swarm list by URL (20); "take a photo to your county extension office" (27:
 *   no contact); a nature center by phone (28); a pest librarian consulted on the patron's behalf (14) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday evening", done in 20 h (11: pass); FU_ME, e-mail read back,
 *   no time (12: contact fails, on_time pending); FU_LIB with no contact and no follow-up five days on (13: code, contact,
 *   on_time fail); a promise to call "by 10 tomorrow", phone read back, coded Answered, done in 18 h (14: code fails);
 *  codes: a true Lost Call (15); Lost Call with two patron lines and no provider (25); an empty string (04); Practice (24);
 *  transfers: notice plus an internal note saying why (19: pass); internal note only (20: fail); notice only (21: fail);
 *  concurrency: three others open at once with this one (22: fail); one ending at the start, two overlapping, one starting
 *   at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Kim at Delaware Libraries answering." identifies but greets no one (08: fail); "Hey there!" greets but names no one (07);
 * - "Would you prefer to chat in Spanish?" asks about the patron's situation that shapes the answer (format), so it counts as
 *   a clarifying question (21);
 * - "Did that clear it up?", "Would that work for her?", "Will that work?", "Is that the sort of thing you had in mind?",
 *   "¿Era lo que buscaba?" ask whether what was given meets the need;
 * - "call a licensed pest control company" tells the patron to contact an organisation (a kind of one), with no way to reach
 *   it (10: fail); "take a photo to your county extension office" tells the patron to visit an office (27: fail); "The
 *   Maryland Entomological Society holds meetings …; their calendar is at mdentsoc.org" points to a web page and tells the
 *   patron to contact no one (13: na); "double-check with our garden and pest librarian" is staff consulted on the patron's
 *   behalf (14: na);
 * - "Stay safe — goodnight!", "Feel better soon, goodbye!", "You're welcome — take care!", "¡Que tenga buena tarde, hasta
 *   luego!" say goodbye; "It seems you've left the chat, so I'm ending this session now." announces the end and neither
 *   thanks, says goodbye nor invites back (16);
 * - "We only take one question per chat" tells the patron they have reached a limit of questions (17);
 * - with `pickedUpAt` at 50 s, the wait on the provider after pickup runs from 50 s to the first line at 160 s (110 s: 23).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one disagreement reread against RUBRIC.md's Terms,
 * Referral; the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 19: "Monarch Watch asks you to report recovered tags by e-mail at tagging@monarchwatch.org or by
 *    phone at 1-888-824-4464" read as no referral (na; RUBRIC pass: the patron is told to write to or call an organisation
 *    outside the chat, reached by e-mail and phone).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at exactly 120 s across a hold and
 * at 121 s, across holds of 110 and 104 s with a partial result, two transfers, "tómese su tiempo" and 110 s after
 * `pickedUpAt`; final idles of 156, 259 and 312 s; concurrency at four and at touching ends; on_time done at 18 and 20 h,
 * pending at day 1, failed at day 5) scored as labelled on the first run. The redaction equality of describeSessions holds
 * for every running case (patron e-mails typed and read back, a patron phone read back, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * RUBRIC v66 (block AF, made after this file from its LEFT cases among others): case 19 (AF4: "Monarch Watch asks you to report
 *   recovered tags by e-mail at tagging@… or by phone at 1-888-…" refers, with both ways to reach it) now scores as labelled and
 *   runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-i', name: 'Dana', library: 'FCPL-MD' };
const MARTA: Prov = { id: 'marta-i', name: 'Marta', library: 'SAPL' };
const ERNIE: Prov = { id: 'ernie-i', name: 'Ernie', library: 'KCPL' };
const FARAH: Prov = { id: 'farah-i', name: 'Farah', library: 'AUN' };
const GRACE: Prov = { id: 'grace-i', name: 'Grace', library: 'PPL-RI' };
const HUGO: Prov = { id: 'hugo-i', name: 'Hugo', library: 'SPL-WA' };
const DESK3: Prov = { id: 'desk3-i', name: 'AskDesk3', library: 'MCPL' };
const KIM: Prov = { id: 'kim-i', name: 'Kim', library: 'DELIB' };
const IVY: Prov = { id: 'ivy-i', name: 'Ivy', library: 'HCLS' };
const JAKE: Prov = { id: 'jake-i', name: 'Jake', library: 'GPL-NC' };
const KIRA: Prov = { id: 'kira-i', name: 'Kira', library: 'AACPL' };
const LEON: Prov = { id: 'leon-i', name: 'Leon', library: 'DPL' };
const MONA: Prov = { id: 'mona-i', name: 'Mona', library: 'BCPL' };
const NED: Prov = { id: 'ned-i', name: 'Ned', library: 'MCL-OR' };
const OLA: Prov = { id: 'ola-i', name: 'Ola', library: 'AUN' };
const PIA: Prov = { id: 'pia-i', name: 'Pia', library: 'SPL-CA' };
const RAFE: Prov = { id: 'rafe-i', name: 'Rafe', library: 'BKLYN' };
const SAGE: Prov = { id: 'sage-i', name: 'Sage', library: 'EPFL' };
const TESS: Prov = { id: 'tess-i', name: 'Tess', library: 'LPL-KS' };
const ROSS: Prov = { id: 'ross-i', name: 'Ross Ito', library: 'LPL-KS' };
const VERA: Prov = { id: 'vera-i', name: 'Vera', library: 'AUN' };
const WALT: Prov = { id: 'walt-i', name: 'Walt Brandt', library: 'AUN' };
const XAN: Prov = { id: 'xan-i', name: 'Xan', library: 'HPL-CT' };
const YARA: Prov = { id: 'yara-i', name: 'Yara Soto', library: 'HPL-CT' };
const ZED: Prov = { id: 'zed-i', name: 'Zed', library: 'FLP' };
const AMY: Prov = { id: 'amy-i', name: 'Amy', library: 'CCPL-OH' };
const TRAINEE: Prov = { id: 'trainee-i', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-i', name: 'Queue', library: 'VRQ' };
const BRYN: Prov = { id: 'bryn-i', name: 'Bryn', library: 'AADL' };
const CY: Prov = { id: 'cy-i', name: 'Cy', library: 'TCCL' };
const DEV: Prov = { id: 'dev-i', name: 'Dev', library: 'APL-VA' };
const EVA: Prov = { id: 'eva-i', name: 'Eva', library: 'LACL' };
const FLOR: Prov = { id: 'flor-i', name: 'Flor', library: 'MDPLS' };

const s = session;

export const INSECTS: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 stink bugs on the windows: "Good morning, you\'ve reached Dana", size and antennae asked, Penn State page, "thats all i needed"', [
    [0, 'p', 'theres these brown shield shaped bugs all over my windows, are they dangerous?? 😬'],
    [25, 'l', "Good morning, you've reached Dana, a librarian at Frederick County Public Libraries."],
    [31, 'l', 'Are they about half an inch long, with light bands on the antennae?'],
    [70, 'p', 'yes exactly, and they stink when i squish them lol'],
    [76, 'l', "Those sound like brown marmorated stink bugs. They're a nuisance but harmless to people and pets. Penn State Extension's page extension.psu.edu/brown-marmorated-stink-bug covers keeping them out (sealing window gaps, vacuuming them up)."],
    [82, 'l', 'Did that clear it up?'],
    [120, 'p', 'yes thats all i needed, thx!'],
    [126, 'l', 'Glad to help. Have a bug-free day, goodbye!'],
  ], usual()),

  // 02 Spanish: monarch tagging with children
  s(MARTA, '02 marcado de monarcas con los niños (Spanish): "Soy Marta, bibliotecaria", ciudad preguntada, monarchwatch.org, "eso es todo"', [
    [0, 'p', 'hola, como puedo participar en el marcado de mariposas monarca con mis hijos?'],
    [30, 'l', '¡Buenas tardes! Soy Marta, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [36, 'l', '¿En qué ciudad o estado viven? Las temporadas de marcado cambian según la región.'],
    [80, 'p', 'en san antonio texas'],
    [86, 'l', 'Monarch Watch vende los kits de etiquetas cada verano y explica cómo marcar en monarchwatch.org/tagging. En Texas la migración pasa por aquí en octubre.'],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si perfecto, eso es todo gracias'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y feliz marcado.'],
  ], usual()),

  // 03 pickup at 61 s
  s(ERNIE, '03 beetle field guide for a 9-year-old: 61 s pickup, pictures or keys asked, a named book in the catalogue', [
    [0, 'p', 'need a good beetle field guide for my 9 yr old, she is obsessed'],
    [61, 'l', 'Hi! Sorry to keep you waiting — Ernie here, Kansas City Public Library.'],
    [67, 'l', 'Is she more into pictures, or does she want something she can use to key them out?'],
    [100, 'p', 'pictures mostly, she cant read long text yet'],
    [106, 'l', 'Try "National Audubon Society First Field Guide: Insects": easy reading and lots of photos. We have 4 copies; place a hold in our catalogue at kclibrary.org.'],
    [112, 'l', 'Would that work for her?'],
    [150, 'p', 'yes!! shes gonna love it'],
    [155, 'l', 'Anything else I can look up?'],
    [170, 'p', 'no thats everything'],
    [174, 'l', 'Happy bug hunting, bye!'],
  ], usual({ pickup: 'fail' })),

  // 04 pickup exactly 60 s; greeting over two lines; code ""
  s(FARAH, '04 store-bought ladybugs for roses: pickup at exactly 60 s, "Hello!" + "I\'m Farah, one of the librarians…", "pretty much. ok thanks", code ""', [
    [0, 'p', 'is it ok to buy ladybugs online to eat aphids on my roses or is that bad'],
    [60, 'l', 'Hello!'],
    [64, 'l', "I'm Farah, one of the librarians answering for Ask Us Now tonight. Are you planning to release them outdoors or in a greenhouse?"],
    [110, 'p', 'outdoors, backyard'],
    [116, 'l', "Store-bought lady beetles tend to fly off within a day or two outdoors. University of Maryland Extension's page on lady beetles (extension.umd.edu, search 'lady beetles') explains why and lists better ways to draw in native ones."],
    [121, 'l', 'Is that what you were hoping to find out?'],
    [170, 'p', 'pretty much. ok thanks'],
    [176, 'l', "You're welcome — take care!"],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 05 a hold answered exactly 120 s later
  s(GRACE, '05 carpenter bees in a deck: "Give me a minute to pull up a good fact sheet." answered exactly 120 s later', [
    [0, 'p', 'carpenter bees drilling holes in my deck. will they wreck it? should I kill them?'],
    [20, 'l', "Hi there, Grace from Providence Public Library's Ask a Librarian."],
    [26, 'l', 'Is the wood painted or bare?'],
    [55, 'p', 'bare, old pine'],
    [60, 'l', 'Give me a minute to pull up a good fact sheet.'],
    [180, 'l', "Here it is: Penn State Extension's 'Carpenter Bees' fact sheet (extension.psu.edu/carpenter-bees). Damage builds up over years; painting or staining bare wood is the main deterrent, and they're important pollinators, so most sources advise against killing them."],
    [186, 'l', 'Does that answer it?'],
    [230, 'p', "yes thank you that's all"],
    [235, 'l', 'Thanks for chatting with us!'],
  ], usual()),

  // 06 a patron line answered 121 s later
  s(HUGO, '06 a house centipede in the bathtub: the patron\'s description at 40 answered at 161 (121 s)', [
    [0, 'p', 'found a super fast bug with like a million legs in my bathtub, what is it'],
    [15, 'l', 'Hello! Hugo here, librarian at Seattle Public Library.'],
    [20, 'l', 'Roughly how long was it, and were the legs very long and thin?'],
    [40, 'p', 'about an inch, yes really long legs, gross'],
    [161, 'l', "Sorry for the delay. That's almost certainly a house centipede. They eat other household pests and don't harm people. The Burke Museum's bug ID page has photos: burkemuseum.org/collections-and-research/biology/arachnology-and-entomology."],
    [167, 'l', 'Did that help?'],
    [200, 'p', 'omg ok. yes'],
    [205, 'l', 'Anything else today?'],
    [220, 'p', 'no'],
    [224, 'l', 'Thanks for using Ask a Librarian, bye!'],
  ], usual({ informed: 'fail' })),

  // 07 greets but names no one; Poison Control and 911 by phone
  s(DESK3, '07 yellowjacket sting swelling: "Hey there! So sorry about the sting 😟" under "AskDesk3", Poison Control 1-800-222-1222, "yes calling now thx"', [
    [0, 'p', 'i got stung by a yellowjacket 2 hrs ago and its swelling a lot, is that normal'],
    [10, 'l', 'Hey there! So sorry about the sting 😟'],
    [15, 'l', 'Is the swelling just around the sting, or are you having any trouble breathing or hives anywhere else?'],
    [45, 'p', 'just my hand, its pretty puffy up to the wrist'],
    [52, 'l', 'Large local swelling can be normal, but if it keeps spreading or you feel dizzy or short of breath, call 911. For advice right now, call Poison Control at 1-800-222-1222; they answer 24/7. MedlinePlus has a page on stings: medlineplus.gov/insectbitesandstings.html'],
    [58, 'l', 'Does that help?'],
    [90, 'p', 'yes calling now thx'],
    [95, 'l', 'Feel better soon, goodbye!'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 08 identifies but does not greet
  s(KIM, '08 pinning insects for a 7th-grade collection: "Kim at Delaware Libraries answering." (no greeting), Texas A&M guide', [
    [0, 'p', 'how do you pin insects for a school collection? project due next week'],
    [18, 'l', 'Kim at Delaware Libraries answering.'],
    [24, 'l', 'What grade is the project for, and does your teacher give a list of insect orders you need?'],
    [70, 'p', '7th grade. we need 15 insects from 6 orders'],
    [76, 'l', "Texas A&M's guide 'Making an Insect Collection' walks through killing jars, pinning, spreading wings and labels: entomology.tamu.edu (search 'insect collection'). Pin beetles through the right wing cover and true bugs through the shield."],
    [82, 'l', 'Is that what you needed?'],
    [120, 'p', 'yes!'],
    [125, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope'],
    [144, 'l', 'Good luck with the project, bye!'],
  ], usual({ greeting: 'fail' })),

  // 09 a source before the first question
  s(IVY, '09 "alligator" larvae on tomatoes: HGIC page given at 28, "Were they black with orange spots…?" at 34', [
    [0, 'p', 'weird little alligator looking bugs on my tomato plants. good or bad?'],
    [22, 'l', 'Hi, Ivy from Howard County Library System here!'],
    [28, 'l', "Those are often lady beetle or lacewing larvae, both good guys that eat aphids. The Home & Garden Information Center's page (extension.umd.edu/hgic) has photos of both."],
    [34, 'l', 'Were they black with orange spots, or tan with pincers up front?'],
    [80, 'p', 'black w orange spots'],
    [86, 'l', "Then lady beetle larvae. Leave them be, they'll clear your aphids. Did that help?"],
    [120, 'p', 'yess awesome. thats everything thanks'],
    [125, 'l', 'Thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 10 "call a licensed pest control company" (no contact)
  s(JAKE, '10 paper wasp nest under a deck railing: NC State fact sheet, "I\'d call a licensed pest control company" (no contact)', [
    [0, 'p', "there's a huge paper wasp nest under our deck railing. how do i get rid of it safely. kids play there"],
    [30, 'l', 'Good evening! Jake, reference librarian at Greensboro Public Library.'],
    [36, 'l', 'About how big is the nest, and is it up high or within reach?'],
    [80, 'p', 'like softball size, at shoulder height'],
    [86, 'l', "NC State Extension's paper wasp fact sheet (content.ces.ncsu.edu/paper-wasps) explains treating a nest at dusk when the wasps are inside. With kids around, though, I'd call a licensed pest control company to handle it."],
    [92, 'l', 'Does that cover what you needed?'],
    [140, 'p', 'yes. ok ty'],
    [146, 'l', 'Anything else?'],
    [160, 'p', 'no'],
    [164, 'l', 'Stay safe — goodnight!'],
  ], usual({ referral: 'fail' })),

  // 11 follow-up by me, e-mail read back, "by Wednesday evening", done in 20 h; holds ~100 s apart
  s(KIRA, '11 4-H insect list with photos (follow-up by me): holds at 86/196 (partial result), answer at 300, e-mail read back, "by Wednesday evening", done in 20 h', [
    [0, 'p', "my daughter has to ID 20 insects for 4-H and we're stuck on a few. do you have a list of maryland insects with pictures?"],
    [25, 'l', 'Hello and welcome! This is Kira, a librarian at Anne Arundel County Public Library.'],
    [31, 'l', 'Is the list for the county fair entomology project, and is there a required number of orders?'],
    [80, 'p', 'yes county fair, needs 10 orders'],
    [86, 'l', 'Bear with me while I look for a Maryland checklist.'],
    [196, 'l', 'Still searching: I found the 4-H entomology project guide, now checking for a state list with photos.'],
    [300, 'l', "The Maryland 4-H entomology project book is at extension.umd.edu/4h (Projects > Entomology). A Maryland list with photos isn't online in one place, so I'll put one together from BugGuide and our field guides. What e-mail should I send it to?"],
    [350, 'p', 'lena.farr@example.com'],
    [356, 'l', "Thanks, that's lena.farr@example.com. You'll have it by Wednesday evening."],
    [362, 'l', 'Does the project book help for now?'],
    [400, 'p', 'yes thank you so much!'],
    [405, 'l', 'Anything else today?'],
    [420, 'p', 'nope thats it'],
    [424, 'l', 'Thanks for chatting, and good luck at the fair!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 12 follow-up by me, e-mail read back, no time
  s(LEON, '12 moth field guide for the Rockies (follow-up by me): "I\'ll dig for a couple more … and e-mail them", e-mail read back, no time', [
    [0, 'p', 'looking for a moth field guide for the rocky mountains, any recs'],
    [20, 'l', "Hi, Leon with Denver Public Library's Ask Us."],
    [26, 'l', 'Do you want a printed book or is an app or website fine?'],
    [60, 'p', 'book, i like having it in the field'],
    [66, 'l', "The Peterson moth guide is the best known but covers the Northeast. Our catalogue (denverlibrary.org) has 'Moths of Western North America' on the shelf. I'll dig for a couple more regional titles and e-mail them to you. What's your address?"],
    [110, 'p', 'sure its m.okafor@example.com'],
    [116, 'l', 'Got it, m.okafor@example.com.'],
    [122, 'l', 'Does that book look like a good start?'],
    [160, 'p', 'yes thanks'],
    [166, 'l', 'Thanks for writing in!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 13 coded follow-up by the patron's library, no contact, nothing recorded five days on
  s(MONA, '13 an adult entomology club near Towson (coded follow-up by patron\'s library): no e-mail or phone, nothing recorded at day 5', [
    [0, 'p', "is there an entomology club near towson for adults? i'm a retired teacher"],
    [25, 'l', 'Good afternoon! Mona here, a librarian at Baltimore County Public Library.'],
    [31, 'l', 'Are you looking for field trips, talks, or volunteering with collections?'],
    [80, 'p', 'all of it honestly, mostly field trips'],
    [86, 'l', 'The Maryland Entomological Society holds meetings and summer field trips; their calendar is at mdentsoc.org.'],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'yes!'],
    [134, 'l', 'Bye for now, and thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 14 a promise to call, phone read back, coded Answered, done in 18 h
  s(NED, '14 flour beetles in the pantry: "get back to you tomorrow morning", phone read back, "I\'ll call by 10 tomorrow", coded Answered, done in 18 h', [
    [0, 'p', 'tiny reddish brown bugs in my flour and pancake mix, what are they and are they in my whole pantry now?? ugh'],
    [20, 'l', "Hi! I'm Ned, a librarian at Multnomah County Library."],
    [26, 'l', 'Are they beetles (hard shell) or little moths flying around?'],
    [60, 'p', 'beetles, tiny like 1/8 inch'],
    [66, 'l', "Sounds like confused or red flour beetles. OSU Extension's pantry pest guide (extension.oregonstate.edu, search 'pantry pests') shows how to clean out and store food. I want to double-check with our garden and pest librarian which ones they are and get back to you tomorrow morning. Best number to reach you?"],
    [120, 'p', '503-555-0148'],
    [126, 'l', "So that's 503-555-0148, I'll call by 10 tomorrow."],
    [132, 'l', 'Does the OSU guide help in the meantime?'],
    [170, 'p', 'yes thats everything for now, thanks!'],
    [175, 'l', 'Thanks for your patience, talk tomorrow!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(18 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 15 a true Lost Call
  s(OLA, '15 do butterflies sleep (Lost Call): greeting only, "Are you still there?" at 150, a disconnect notice that invites back at 330', [
    [0, 'p', 'do butterflies sleep'],
    [18, 'l', 'Hi, Ola here with the Ask Us Now! librarians. How can I help?'],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "Looks like you've disconnected, so I'll close this chat. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 a disconnect notice with no check-in and no goodbye
  s(PIA, '16 Japanese beetles on roses: answer at 46, "It seems you\'ve left the chat, so I\'m ending this session now." at 300, no check-in', [
    [0, 'p', 'how do i get rid of japanese beetles eating my roses'],
    [15, 'l', 'Hello, Pia at Sacramento Public Library, happy to help.'],
    [21, 'l', 'How many are we talking — a handful, or swarms?'],
    [40, 'p', 'like 30 a day'],
    [46, 'l', 'At that level, handpicking them into soapy water each morning works best; traps tend to draw in more beetles than they catch. UC IPM explains it: ipm.ucanr.edu/PMG/PESTNOTES/pn74150.html'],
    [52, 'l', 'Did that help?'],
    [300, 'l', "It seems you've left the chat, so I'm ending this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 17 a limit of questions
  s(RAFE, '17 classroom monarch caterpillars: a second question met with "We only take one question per chat, sorry. Bye."', [
    [0, 'p', 'my class found monarch caterpillars, what do we feed them'],
    [20, 'l', "Hi, Rafe here from Brooklyn Public Library's chat."],
    [26, 'l', 'Do you know if you have milkweed growing nearby?'],
    [60, 'p', 'yes theres some by the fence'],
    [66, 'l', "Good, they eat only milkweed leaves. Monarch Joint Venture's rearing guide is at monarchjointventure.org/get-involved/rearing-monarchs. Did that answer it?"],
    [100, 'p', 'yes! also do you know how to tell boy from girl butterflies when they come out'],
    [106, 'l', 'We only take one question per chat, sorry. Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 18 others waiting, come back later (allowed)
  s(SAGE, '18 Brood X cicadas in Baltimore: "I have a few other patrons waiting right now, so please chat back in a little later"', [
    [0, 'p', 'when are the cicadas coming back to baltimore? the big ones'],
    [25, 'l', "Good afternoon! I'm Sage at Enoch Pratt Free Library."],
    [31, 'l', 'Do you mean the 17-year Brood X from 2021, or the yearly summer cicadas?'],
    [70, 'p', 'the 17 yr ones. also are they gonna kill my baby trees'],
    [76, 'l', "Brood X won't be back in Baltimore until 2038. cicadas.uconn.edu lists each brood's years and counties. For young trees, the usual advice is netting them during an emergence."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes. random q, do you know anything about cicada killer wasps'],
    [126, 'l', "Happy to, but I have a few other patrons waiting right now, so please chat back in a little later and we'll dig into cicada killers. Thanks for chatting!"],
  ], usual({ anything: 'fail' })),

  // 19 announced transfer with an internal note; Monarch Watch by e-mail and phone
  s(TESS, '19 a recovered tagged monarch: transfer announced, internal note says why, Ross gives tagging@monarchwatch.org and 1-888-824-4464', [
    [0, 'p', 'I found a dead monarch with a tiny sticker on its wing that says monarchwatch and a code, who do I tell?'],
    [20, 'l', 'Hi, Tess at Ask a Librarian, Lawrence Public Library.'],
    [26, 'l', 'Do you still have the butterfly or a photo of the tag code?'],
    [60, 'p', 'yes the tag says ABC123'],
    [66, 'l', "I'm going to transfer you to our science librarian, who knows the tagging program well. One moment."],
    [69, 'i', 'Ross, pt found a tagged monarch (code ABC123), wants to report the recovery. Can you take it?'],
    xfer(72, 'Ross Ito', 'ross-i'),
    [110, 'l', "Hi, I'm Ross, the science librarian. Monarch Watch asks you to report recovered tags by e-mail at tagging@monarchwatch.org or by phone at 1-888-824-4464; include the code, the date and where you found it.", as(ROSS)],
    [116, 'l', 'Does that answer your question?', as(ROSS)],
    [150, 'p', 'perfect, thats all i needed'],
    [155, 'l', 'Thanks for reporting it, bye!', as(ROSS)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 20 silent transfer: internal note only
  s(VERA, '20 a honeybee swarm on a branch: internal note to Walt, no word to the patron, Walt 80 s after the patron, swarm list by URL', [
    [0, 'p', 'theres a swarm of bees hanging on our tree branch, big ball of them, what do i do'],
    [20, 'l', 'Hello! Vera, librarian with Ask Us Now.'],
    [26, 'l', 'Are they honeybees (fuzzy, brownish), and are they on your own property?'],
    [50, 'p', 'yes honeybees i think and yes our yard'],
    [55, 'i', 'Walt, honeybee swarm q, you know the beekeepers list, can you take it?'],
    xfer(58, 'Walt Brandt', 'walt-i'),
    [130, 'l', 'Hi, Walt here. A swarm usually moves on in a day or two and is rarely aggressive. Call one of the beekeepers on the Maryland State Beekeepers Association swarm list at mdbeekeepers.org/swarm; they collect swarms for free.', as(WALT)],
    [136, 'l', 'Did that help?', as(WALT)],
    [170, 'p', 'yes!! thank u'],
    [175, 'l', 'Anything else?', as(WALT)],
    [190, 'p', 'nope'],
    [194, 'l', 'Thanks, take care!', as(WALT)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 21 partly Spanish: announced transfer, no internal note
  s(XAN, '21 chinches de cama (partly Spanish): "Would you prefer to chat in Spanish?", transfer announced with no internal note, EPA en español', [
    [0, 'p', 'hi, tengo chinches en la cama? small bugs biting me at night. what do i do'],
    [15, 'l', 'Hi there, Xan at Ask a Librarian, Hartford Public Library.'],
    [21, 'l', 'Would you prefer to chat in Spanish? I can pass you to a colleague who speaks it.'],
    [45, 'p', 'si por favor'],
    [50, 'l', 'Okay, transferring you now, one moment.'],
    xfer(53, 'Yara Soto', 'yara-i'),
    [90, 'l', '¡Hola! Soy Yara. Las chinches de cama se esconden en las costuras del colchón. La guía de la EPA en español explica cómo revisarlas y tratarlas: espanol.epa.gov/control-de-plagas/chinches-de-cama', as(YARA)],
    [96, 'l', '¿Le sirve esta información?', as(YARA)],
    [140, 'p', 'si gracias, eso es todo'],
    [145, 'l', '¡Gracias por escribirnos, cuídese!', as(YARA)],
  ], usual({ transfer: 'fail' })),

  // 22 four open at once
  s(ZED, '22 butterfly garden plants near Philly: three other chats open with this one (four at once)', [
    [0, 'p', 'what should i plant to get more butterflies in my yard? philly area'],
    [20, 'l', 'Hey, thanks for reaching out to the Free Library of Philadelphia! This is Zed.'],
    [26, 'l', 'Sunny yard or mostly shade?'],
    [60, 'p', 'sunny'],
    [66, 'l', "For full sun in southeast PA: milkweed, purple coneflower, asters and mountain mint. The Xerces Society's regional plant lists (xerces.org/pollinator-resource-center, Mid-Atlantic) have more."],
    [72, 'l', 'Is that the kind of list you were after?'],
    [110, 'p', 'yes perfect thats all'],
    [115, 'l', 'Have fun planting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zed-i', -200, 400), other('z2', 'zed-i', 5, 300), other('z3', 'zed-i', 50, 200)],
  }),

  // 23 three at most with touching ends; pickedUpAt 50, first line 160
  s(AMY, '23 a kissing-bug scare in Ohio: pickedUpAt 50 s, first line at 160, touching ends (three at most), "no more questions"', [
    [0, 'p', 'found a bug that looks like a kissing bug in my garage in ohio, should i be worried?? long black body, orange stripes on sides'],
    [160, 'l', 'Hi, Amy here at Cuyahoga County Public Library — thanks for your patience.'],
    [166, 'l', 'Were the orange stripes along the edges of a flat body, and was the head long and narrow?'],
    [200, 'p', 'stripes yes, head not sure'],
    [206, 'l', "Kissing bugs are rare in Ohio; most look-alikes are wheel bugs or boxelder bugs. The CDC's Triatomine Bug FAQs (cdc.gov/chagas) have comparison photos, and you can upload a photo to BugGuide.net for an ID."],
    [212, 'l', 'Does that help you figure it out?'],
    [250, 'p', 'yes way better now lol. no more questions'],
    [255, 'l', 'Thanks for asking us, goodbye!'],
  ], usual(), { pickedUpAt: at(50) }, {
    otherIntervals: [other('a1', 'amy-i', -400, 0), other('a2', 'amy-i', -60, 300), other('a3', 'amy-i', 10, 250), other('a4', 'amy-i', 260, 500)],
  }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (ants): coded Practice, every check na', [
    [0, 'p', 'test - do ants sleep'],
    [6, 'l', 'testing macro: Hello, welcome to Ask Us!'],
    [12, 'l', 'test answer, see samplelibrary.org/insects'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 no provider; Lost Call with two patron lines
  s(NOBODY, '25 a yellow and black zigzag-web spider: no provider ever joined, "anyone there? 🕷️", coded Lost Call', [
    [0, 'p', 'what kind of spider is yellow and black with a zigzag web'],
    [90, 'p', 'anyone there? 🕷️'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 check-in, then a goodbye 156 s after the answer
  s(BRYN, '26 dragonfly field guide for Michigan: answer at 56, "Are you still with me?" at 190, goodbye at 212 (final idle 156 s)', [
    [0, 'p', 'best field guide for dragonflies in michigan?'],
    [18, 'l', 'Hi! Bryn at Ann Arbor District Library, glad you stopped by.'],
    [24, 'l', 'Are you after dragonflies only, or damselflies too?'],
    [50, 'p', 'both'],
    [56, 'l', "'Dragonflies and Damselflies of the East' by Dennis Paulson covers both; two copies are in our catalogue at aadl.org. The Michigan Odonata Survey's state checklist is at michiganodonata.org."],
    [62, 'l', 'Will that work?'],
    [190, 'l', 'Are you still with me?'],
    [212, 'l', "I'll close up here. Thanks for chatting, and happy dragonfly spotting!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 27 no source (an app named without a way to reach it); an extension office with no contact
  s(CY, '27 a luna moth on the porch light: "try the iNaturalist app, or take a photo to your county extension office" (no source, no contact)', [
    [0, 'p', 'how can i find out what bug this is? its green with a long tail thing, on my porch light'],
    [22, 'l', 'Good evening and welcome to Ask a Librarian! This is Cy at Tulsa City-County Library.'],
    [28, 'l', 'What size is it, and is the "tail" one long point or two thin streamers?'],
    [70, 'p', 'like 4 inches with 2 long tails, pale green, almost glowy'],
    [76, 'l', "That sounds like a luna moth, one of our big silk moths; they're harmless and only live about a week as adults. For a sure ID, try the iNaturalist app, or take a photo to your county extension office."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'yes so cool!! ok thanks'],
    [126, 'l', 'Enjoy your visitor — goodnight!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 28 restatement; a nature center by phone
  s(DEV, '28 a bug club for a 10-year-old in Arlington: restated with no question mark, nature center by phone, Insect Zoo by URL', [
    [0, 'p', 'my son is 10 and obsessed with bugs. is there any club or camp for kids around arlington va'],
    [26, 'l', 'Hello! Dev here, a librarian with Arlington Public Library.'],
    [32, 'l', "So you're looking for a kids' insect club or camp near Arlington for a 10-year-old."],
    [60, 'p', 'yep, weekends ideally'],
    [66, 'l', "Long Branch Nature Center runs weekend bug programs for ages 8-12; call them at 703-228-6535 to get on the list. The Smithsonian's O. Orkin Insect Zoo also has kids' days: naturalhistory.si.edu (Visit > Insect Zoo)."],
    [72, 'l', 'Is that the sort of thing you had in mind?'],
    [110, 'p', 'yes exactly, thank you. thats all i needed'],
    [116, 'l', 'Thanks for stopping by — enjoy the bugs!'],
  ], usual({ referral: 'pass' })),

  // 29 Spanish: the patron has the last word
  s(EVA, '29 cucarachas o escarabajos (Spanish): "Le atiende Eva", UC IPM en español, patron "no tengo mas preguntas" last, no goodbye', [
    [0, 'p', 'buenas, encontré unos bichos negros en la cocina, no sé si son cucarachas o escarabajos. como los distingo?'],
    [28, 'l', '¡Hola! Le atiende Eva, bibliotecaria del servicio de chat de la Biblioteca del Condado de Los Ángeles.'],
    [34, 'l', '¿Qué tamaño tienen y se mueven rápido cuando prende la luz?'],
    [80, 'p', 'como 1 cm, si corren rapidisimo y se esconden'],
    [86, 'l', 'Por el tamaño y la rapidez, parecen cucarachas. La hoja de la Universidad de California en español sobre cucarachas (ipm.ucanr.edu, busque "cucarachas") explica cómo distinguirlas y controlarlas.'],
    [92, 'l', '¿Era lo que buscaba?'],
    [140, 'p', 'si muchisimas gracias, no tengo mas preguntas'],
  ], usual({ courteous: 'fail' })),

  // 30 Spanish: "tómese su tiempo", 200 s away
  s(FLOR, '30 ciclo de vida de la monarca, tercer grado (Spanish): "Claro, tómese su tiempo." then 200 s away, libro en el catálogo', [
    [0, 'p', 'hola! mi hija tiene que hacer un proyecto sobre el ciclo de vida de la mariposa monarca, tienen libros en español?'],
    [20, 'l', '¡Hola, buenas tardes! Soy Flor, bibliotecaria de Miami-Dade Public Library System.'],
    [26, 'l', '¿Qué edad tiene su hija? Así busco el nivel de lectura correcto.'],
    [50, 'p', 'tiene 8, dejeme preguntarle que grado esta, un momento'],
    [56, 'l', 'Claro, tómese su tiempo.'],
    [256, 'p', 'ya, esta en tercer grado'],
    [262, 'l', 'Para tercer grado: "La mariposa monarca" de Gail Gibbons (edición en español) está en el catálogo en mdpls.org, y la sucursal de Coral Gables tiene 3 copias.'],
    [268, 'l', '¿Le sirve eso para el proyecto?'],
    [300, 'p', 'sii perfecto 😊 gracias'],
    [305, 'l', '¿Necesita algo más?'],
    [320, 'p', 'no, es todo'],
    [324, 'l', '¡Que tenga buena tarde, hasta luego!'],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => INSECTS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-third round: insects, butterflies and bugs, checked', () => {
  describeSessions('whole sessions', INSECTS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', INSECTS.filter((c) => c.name in LEFT_WHY));
});
