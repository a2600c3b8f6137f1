/**
 * Seventy-third round, theme HOUSEPLANTS, BONSAI AND INDOOR GARDENING, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: a dying fiddle-leaf fig, bonsai clubs and bonsai books (English and
 * Spanish), pet-safe plants for cats and dogs, grow lights and LED wattage, seed libraries, fungus gnats, mealybugs, spider
 * mites and scale indoors, extension-office plant clinics, a mystery plant from a photo, humidity trays, repotting an indoor
 * juniper, interlibrary loan for an out-of-print bonsai book. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/houseplants-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hey there, Marisol at Tulsa City-County Library chat." (01); pickup at exactly 60 s (02: pass) and at 61 s (03:
 *   fail); "hiya! 🌱 what's up?" under the screen name Desk3 (04: greets, names no one: fail); "You've got Ana at AskUsNow,
 *   Maryland's library chat service." (05: names the service, no greeting word: fail); Spanish "¡Buenas tardes! Soy Lucía …"
 *   (06), "Hola, soy Tomás … Hi!" (07), "Hola, le atiende Rocío …" (08), "¡Hola! Soy Yara …" (29); greeting and clarifying
 *   question in one line (21); no provider ever joined (22);
 *  inquiry: light and watering, town, cat or dogs, herbs and hours, sample, print or e-book, AC, lamp type, reader level; a
 *   restatement with no question mark ("So you're looking for a seed library close to Annapolis.", 05: pass); a book named
 *   before "Is it sticky under the leaves?" (30: fail);
 *  waits: a Spanish hold "Un momento, déjeme buscar en el catálogo." answered 125 s later (08: fail); "hang on, pulling up a
 *   couple of things" answered exactly 120 s later (09: pass); holds at 70/185 (partial result)/300, answer at 410, a patron
 *   "no rush" inside a span (10: pass); "No problem, take your time." then 250 s away (11: waiting on the patron, pass); a
 *   silent transfer answered 92 s after the patron (12); transfer notices answered 75 and 80 s later (13, 14);
 *  endings: a Lost Call with "Are you still there?" at 150 and "It seems you've disconnected, so I'll close this chat now.
 *   Thanks for reaching out, come back anytime!" at 215 (20: final idle 195 s, both pass, courteous pass); the patron's "ya
 *   thx" last (21: courteous fails); "We only do one question per chat, sorry. Bye." (24: dismissal fails, courteous passes);
 *   "I've got a few other folks in the queue, so I'll stop here. Please chat in again anytime for the rest!" (25: allowed);
 *   a goodbye 130 s after the answer with no check-in (26: idle fails, disconnect na); "Are you still with me?" at 175 and
 *   "It looks like you've disconnected." at 240 with no goodbye (27: final idle 195 s; idle passes, the notice that does not
 *   say the chat will end fails, courteous fails); patron-side "yep thats everything", "no, that covers it", "thats all i
 *   needed", "eso es todo", "es todo lo que necesitaba", "no more questions", "es todo", "thats all for now" and "ok thanks",
 *   "sure", "si gracias" that do not count;
 *  sources: extension pages (okstate, umn, oregonstate, colostate, wsu, purdue, clemson, uri, ucanr in Spanish), ASPCA's list,
 *   catalogues (tulsalibrary.org, mysapl.org, multcolib.org, lapl.org), Gale In Context: Science, WorldCat, a book with its
 *   catalogue URL, the Missouri Botanical Garden Plant Finder, aos.org, bonsaiempire.com; none ("The PictureThis app has care
 *   reminders", 26: an app with no way to reach it, fail);
 *  referrals: a bonsai club to visit, by URL (02: pass); UC Cooperative Extension's plant clinic by phone, in Spanish (07:
 *   pass); "stop by your county's Master Gardener plant clinic" with no contact (30: fail); the branch's programming staff
 *   and a branch gardener consulted on the patron's behalf (16, 18: no referral);
 *  follow-ups: FU_ME, e-mail read back, "by Wednesday", done in 40 h (15: pass); FU_ME, e-mail typed by the patron, no time
 *   (16: contact fails, on_time pending); a promised call "tomorrow afternoon", phone read back, coded Answered, not done by
 *   day 4 (17: code fails, contact passes, on_time fails); FU_LIB with no contact anywhere and no time (18: code and contact
 *   fail, on_time pending); FU_ME with the e-mail only in `patron.email` ("the e-mail on your account", 19: contact fails,
 *   code passes, on_time done in 20 h passes);
 *  codes: a true Lost Call (20); Lost Call after three patron lines (21: fail); Lost Call with no provider and one patron line
 *   (22: pass); Practice (23);
 *  transfers: a silent one with an internal note (12: fail); announced + internal note why (13: pass); announced with no note
 *   (14: fail);
 *  concurrency: three others open through the session (28: four at once, fail); overlaps in turn, never more than three, one
 *   starting exactly at `endedAt` (29: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "You've got Ana at AskUsNow" identifies the service but greets no one: none of hello, hi, good afternoon, welcome, thanks
 *   for contacting (05: fail); "hiya!" greets (04);
 * - "go to one of their monthly meetings; the dates and the contact form are at sacramentobonsaiclub.com" tells the patron to
 *   visit an organisation, reached by URL (02: referral pass); "Send the photo to ask@rpl.example.org" is to the provider's
 *   own service answering the chat, not a referral (16);
 * - "Does that photo look like it?" asks whether the identification already given (with its Plant Finder photo) meets the
 *   need (16: pass); "Does that work for you?" after the WorldCat answer and the promise asks the same of what was given
 *   (15: pass); "Is that ok?" after "I'll pass your question to the Westerville branch … someone there will get back to you"
 *   asks about the arrangement to come, something not yet given (18: fail);
 * - "We only do one question per chat" tells the patron they have reached a limit of questions, no way back (24);
 * - "It seems you've disconnected, so I'll close this chat now. Thanks for reaching out, come back anytime!" is a disconnect
 *   notice and a goodbye (it thanks and invites back, asks nothing), so the Lost Call's final idle ends there (20).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/houseplants-labels.ts). First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (case 18's completeness
 * was set to fail on my own reread of RUBRIC before the first run, and the copy aside was taken after it).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - followup.completeness, case 16: "Does that photo look like it?" read as no completeness question (fail; RUBRIC pass:
 *    asks whether the identification already given meets the need).
 * Every timing check (pickup at 60 and 61 s, no provider; keep_informed at 120 and 125 s, across holds of 110-115 s, a
 * partial-result hold, "take your time", three transfers; final idles of 130 and 195 s twice; concurrency at four and at
 * three in turn; on_time done at 20 and 40 h, late at day 4, pending twice) scored as labelled on the first run.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * RUBRIC v66 (block AF, made after this file from its LEFT cases among others): case 16 (AF3: "Does that photo look like it?" asks
 *   whether the identification fits) now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-h', name: 'Marisol', library: 'TCCL' };
const DEV: Prov = { id: 'dev-h', name: 'Dev', library: 'SPL-CA' };
const HANNA: Prov = { id: 'hanna-h', name: 'Hanna', library: 'MCPL-IN' };
const DESK3: Prov = { id: 'desk3-h', name: 'Desk3', library: 'RCPL' };
const ANA: Prov = { id: 'ana-h', name: 'Ana', library: 'AUN' };
const LUCIA: Prov = { id: 'lucia-h', name: 'Lucía', library: 'HPL' };
const TOMAS: Prov = { id: 'tomas-h', name: 'Tomás', library: 'FCL-CA' };
const ROCIO: Prov = { id: 'rocio-h', name: 'Rocío', library: 'SAPL' };
const GRETA: Prov = { id: 'greta-h', name: 'Greta', library: 'MPLS' };
const OWEN: Prov = { id: 'owen-h', name: 'Owen', library: 'PCL-OR' };
const NADIA: Prov = { id: 'nadia-h', name: 'Nadia', library: 'DCPL' };
const FELIX: Prov = { id: 'felix-h', name: 'Felix', library: 'AUN' };
const KENJI: Prov = { id: 'kenji-h', name: 'Kenji', library: 'AUN' };
const IMANI: Prov = { id: 'imani-h', name: 'Imani', library: 'AUN' };
const BRETT: Prov = { id: 'brett-h', name: 'Brett', library: 'AUN' };
const LOU: Prov = { id: 'lou-h', name: 'Lou', library: 'AUN' };
const SAGE: Prov = { id: 'sage-h', name: 'Sage', library: 'AUN' };
const PETRA: Prov = { id: 'petra-h', name: 'Petra', library: 'BCPL-MD' };
const WANDA: Prov = { id: 'wanda-h', name: 'Wanda', library: 'RPL-NY' };
const DOT: Prov = { id: 'dot-h', name: 'Dot', library: 'MCPL-MD' };
const CLEO: Prov = { id: 'cleo-h', name: 'Cleo', library: 'CCPL-OH' };
const REGGIE: Prov = { id: 'reggie-h', name: 'Reggie', library: 'JCPL' };
const NOONE: Prov = { id: 'queue-h', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-h', name: 'Trainee 9', library: 'TRN' };
const VERN: Prov = { id: 'vern-h', name: 'Vern', library: 'ECPL' };
const MIRA: Prov = { id: 'mira-h', name: 'Mira', library: 'SLCPL' };
const JONAH: Prov = { id: 'jonah-h', name: 'Jonah', library: 'KCLS' };
const ESME: Prov = { id: 'esme-h', name: 'Esme', library: 'ACPL' };
const TAVI: Prov = { id: 'tavi-h', name: 'Tavi', library: 'NOPL' };
const WREN: Prov = { id: 'wren-h', name: 'Wren', library: 'PPL-RI' };
const BIANCA: Prov = { id: 'bianca-h', name: 'Bianca', library: 'LAPL' };
const YARA: Prov = { id: 'yara-h', name: 'Yara', library: 'AUN' };

const s = session;

export const HOUSEPLANTS: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 dying fiddle-leaf fig: "Hey there, Marisol at Tulsa City-County Library chat", light and watering asked, a book + OSU fact sheet, "yep thats everything"', [
    [0, 'p', 'my fiddle leaf fig is dropping leaves like crazy and the ones left have brown spots 😭 help'],
    [25, 'l', "Hey there, Marisol at Tulsa City-County Library chat. Oh no, poor fig!"],
    [33, 'l', 'How close is it to a window, and how often are you watering it?'],
    [80, 'p', 'like 6 ft from a north window, i water it every sunday whether it needs it or not lol'],
    [92, 'l', "That combination (low light plus a fixed watering schedule) is the classic cause. Darryl Cheng's book The New Plant Parent has a whole chapter on reading light and watering by the soil, and we have 4 copies: search the title at tulsalibrary.org. OSU Extension's houseplant fact sheet is at extension.okstate.edu (search 'houseplant care')."],
    [98, 'l', 'Did that cover what you needed?'],
    [150, 'p', 'yep thats everything, putting the book on hold now'],
    [156, 'l', 'Great, good luck with the fig and thanks for chatting!'],
  ], usual()),

  // 02 pickup exactly at 60 s; a visit to a club with its URL
  s(DEV, '02 bonsai club in Sacramento: pickup at exactly 60 s, "Good morning, this is Dev", the club to visit by URL', [
    [0, 'p', 'Are there any bonsai clubs that meet around here? I just got my first tree.'],
    [60, 'l', 'Good morning, this is Dev, a reference librarian at Sacramento Public Library.'],
    [66, 'l', 'Are you in Sacramento itself, or one of the surrounding towns?'],
    [100, 'p', 'Elk Grove'],
    [108, 'l', "The American Bonsai Society keeps a club directory at absbonsai.org (Clubs). Closest to you is the Sacramento Bonsai Club, which welcomes beginners: go to one of their monthly meetings; the dates and the contact form are at sacramentobonsaiclub.com."],
    [114, 'l', 'Does that help?'],
    [150, 'p', 'perfect, thank you'],
    [155, 'l', 'Anything else I can look up for you?'],
    [170, 'p', 'no, that covers it'],
    [175, 'l', 'Enjoy the new tree! Bye for now.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s; the patron only says ok
  s(HANNA, '03 which plants are safe for a cat: pickup at 61 s, ASPCA list, patron "ok thanks" only', [
    [0, 'p', 'which house plants are safe if you have a cat who eats everything'],
    [61, 'l', "Hi! I'm Hanna, a librarian at Monroe County Public Library. Sorry to keep you waiting."],
    [67, 'l', 'Is it just the cat, or do you have dogs or small kids too?'],
    [100, 'p', 'just the cat. hes a menace'],
    [106, 'l', "The ASPCA keeps a searchable list of toxic and non-toxic plants for cats at aspca.org/pet-care/animal-poison-control/toxic-and-non-toxic-plants. Spider plants, calatheas and Boston ferns are on the safe side; lilies are very dangerous to cats."],
    [112, 'l', 'Is that what you were looking for?'],
    [160, 'p', 'ok thanks'],
    [165, 'l', 'Bye, and good luck with the menace!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 04 greets but names no one
  s(DESK3, '04 grow light for herbs: "hiya! 🌱 whats up?" under the screen name Desk3 (no one identified), Gale database', [
    [0, 'p', 'what kind of grow light do i need for herbs on my kitchen counter. no window there'],
    [14, 'l', "hiya! 🌱 what's up?"],
    [20, 'l', 'Which herbs are you growing, and how many hours a day could the light be on?'],
    [70, 'p', 'basil and parsley, it could be on all day i guess'],
    [80, 'l', "Full-spectrum LED panels work well for herbs, 12-16 hours a day, a few inches above the leaves. The Gale In Context: Science database (on our E-Resources page, library card needed) has articles comparing LED and fluorescent grow lights."],
    [86, 'l', 'does that help?'],
    [120, 'p', "yes thats all I needed, thx"],
    [125, 'l', 'Happy growing, bye!'],
  ], usual({ greeting: 'fail' })),

  // 05 names the service but no greeting word; a restatement
  s(ANA, '05 seed library near Annapolis: "You\'ve got Ana at AskUsNow" (no greeting word), restated with no question mark', [
    [0, 'p', 'someone told me libraries lend seeds now?? is there one near annapolis'],
    [18, 'l', "You've got Ana at AskUsNow, Maryland's library chat service."],
    [24, 'l', "So you're looking for a seed library close to Annapolis."],
    [50, 'p', 'yes!'],
    [56, 'l', "Anne Arundel County Public Library runs one: you can take up to 5 packets a season with your card. The list of what's in stock is at aacpl.net/seed-library."],
    [62, 'l', 'Does that answer your question?'],
    [100, 'p', 'yes that is everything, thank you!!'],
    [104, 'l', 'Thank you for using AskUsNow!'],
  ], usual({ greeting: 'fail' })),

  // 06 Spanish: mealybugs
  s(LUCIA, '06 cochinillas en una suculenta (Spanish): "¡Buenas tardes! Soy Lucía", UC IPM en español, "eso es todo"', [
    [0, 'p', 'hola, mi suculenta tiene como algodoncitos blancos en las hojas, q es eso??'],
    [30, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de Houston.'],
    [36, 'l', '¿Los algodoncitos están en las hojas y también en las raíces, o solo arriba?'],
    [90, 'p', 'solo arriba, en las hojas y el tallo'],
    [96, 'l', 'Parecen cochinillas algodonosas. La Universidad de California tiene una guía en español para controlarlas dentro de casa: ipm.ucanr.edu (busque "cochinillas"). Se pueden quitar con un algodón con alcohol.'],
    [102, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si, eso es todo, muchas gracias'],
    [156, 'l', '¡Gracias por escribirnos, que le vaya bien!'],
  ], usual()),

  // 07 Spanish and English: the extension plant clinic by phone
  s(TOMAS, '07 plant clinic (Spanish/English): "Hola, soy Tomás", sample asked, UC Cooperative Extension Fresno by phone, "¿Algo más?"', [
    [0, 'p', 'hi, mi limonero en maceta tiene las hojas amarillas y pegajosas. where can someone look at it?'],
    [22, 'l', 'Hola, soy Tomás de la Biblioteca del Condado de Fresno. Hi!'],
    [28, 'l', '¿Puede llevar una rama o una hoja como muestra?'],
    [70, 'p', 'si puedo'],
    [76, 'l', 'Llame a la clínica de plantas de los Master Gardeners de UC Cooperative Extension Fresno al 559-555-0143 para hacer una cita; ellos revisan la muestra gratis.'],
    [82, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si gracias'],
    [125, 'l', '¿Algo más?'],
    [140, 'p', 'no'],
    [144, 'l', '¡Gracias por usar el chat, hasta luego!'],
  ], usual({ referral: 'pass' })),

  // 08 Spanish: a hold answered 125 s later
  s(ROCIO, '08 libros de bonsái en español (Spanish): "Un momento, déjeme buscar" answered 125 s later, catalogue', [
    [0, 'p', 'buenas, tienen libros de bonsai en español?'],
    [20, 'l', 'Hola, le atiende Rocío de la Biblioteca Pública de San Antonio.'],
    [26, 'l', '¿Prefiere libros impresos o libros electrónicos?'],
    [60, 'p', 'impresos porfa'],
    [66, 'l', 'Un momento, déjeme buscar en el catálogo.'],
    [191, 'l', 'Tenemos "Bonsái: guía completa" y "El libro del bonsái"; los dos aparecen en el catálogo en mysapl.org si busca "bonsai" y filtra por idioma: español.'],
    [197, 'l', '¿Le ayuda eso?'],
    [240, 'p', 'perfecto, es todo lo que necesitaba'],
    [245, 'l', '¡Gracias por usar el chat!'],
  ], usual({ informed: 'fail' })),

  // 09 a hold answered exactly 120 s later
  s(GRETA, '09 fungus gnats: "hang on, pulling up a couple of things" answered exactly 120 s later, U of M Extension', [
    [0, 'p', 'tiny black flies all over my plants and my kitchen. from the soil??'],
    [16, 'l', 'Hello, Greta from Minneapolis Central Library here.'],
    [22, 'l', 'Are they flying around the pots mostly, or the fruit bowl?'],
    [74, 'p', 'the pots. when i water a cloud comes up'],
    [80, 'l', 'Those sound like fungus gnats. hang on, pulling up a couple of things.'],
    [200, 'l', "University of Minnesota Extension's page on fungus gnats (extension.umn.edu, search 'fungus gnats') covers it: let the top inch of soil dry out, use yellow sticky traps, and BTi drenches for the larvae."],
    [206, 'l', 'Does that help?'],
    [250, 'p', "yes! thats all i needed"],
    [255, 'l', 'Good luck, and thanks for chatting!'],
  ], usual()),

  // 10 holds under the limit over a long search
  s(OWEN, '10 repotting an indoor juniper: holds at 70, 185 (partial result), 300; answer at 410; "no rush" from the patron', [
    [0, 'p', 'got a juniper bonsai as a gift, keeping it inside, do i need to repot it??'],
    [18, 'l', "Hi, I'm Owen, a librarian at Multnomah County Library."],
    [24, 'l', 'How long have you had it, and is the soil staying wet for days?'],
    [64, 'p', 'like 2 months, yes always wet'],
    [70, 'l', 'Give me a few minutes to check our bonsai books.'],
    [185, 'l', "Still looking — one book says junipers really don't do well indoors at all, checking what it says about repotting."],
    [240, 'p', 'no rush'],
    [300, 'l', 'Almost there, one more book.'],
    [410, 'l', "Found it: Peter Chan's Bonsai Master Class (in our catalogue at multcolib.org) says repot junipers in early spring, not in the first months, and keep them outdoors most of the year. The OSU Extension juniper bonsai page (extension.oregonstate.edu, search 'juniper bonsai') agrees."],
    [416, 'l', 'Does that answer it?'],
    [470, 'p', 'yeah. guess its going on the porch. thats all, thanks'],
    [476, 'l', 'Thanks for chatting with us, bye!'],
  ], usual()),

  // 11 "take your time": the patron away 250 s
  s(NADIA, '11 LED wattage for succulents: "No problem, take your time." then 250 s away checking the box', [
    [0, 'p', 'is a 20 watt led enough for succulents in a basement'],
    [20, 'l', 'Hello! Nadia at Denver Public Library here.'],
    [26, 'l', 'Do you know the lumens or PPFD number on the box? Watts alone don\'t tell us much.'],
    [60, 'p', 'let me go find the box, its in the garage'],
    [66, 'l', 'No problem, take your time.'],
    [316, 'p', 'ok it says 2000 lumens, full spectrum'],
    [322, 'l', "That's on the low side for succulents; keep it 6 inches above them for 14 hours a day. Colorado State Extension's indoor succulent page is at extension.colostate.edu (search 'succulents indoors')."],
    [328, 'l', 'Did that help?'],
    [370, 'p', 'yes thanks thats all'],
    [375, 'l', 'Have a great day, thanks!'],
  ], usual()),

  // 12 a silent transfer with an internal note
  s(FELIX, '12 Japanese bonsai magazine: internal note only, silent transfer, Kenji 92 s after the patron', [
    [0, 'p', 'do any libraries have the japanese bonsai magazine Kindai Bonsai? i read japanese'],
    [20, 'l', "Hi there, Felix with Ask Us Now. Let's see."],
    [26, 'l', 'Do you need recent issues or older ones?'],
    [50, 'p', 'older, 1990s'],
    [54, 'i', 'Kenji, can you take this, Japanese-language serials, WorldCat search'],
    xfer(58, 'Kenji', 'kenji-h'),
    [142, 'l', "Hello, Kenji here, world languages librarian. WorldCat (worldcat.org, search 'Kindai Bonsai') shows 1990s volumes at two university libraries; your library can request them through interlibrary loan.", as(KENJI)],
    [148, 'l', 'Is that what you needed?', as(KENJI)],
    [190, 'p', 'yes, no more questions'],
    [195, 'l', 'Great, thanks for chatting!', as(KENJI)],
  ], usual({ transfer: 'fail' })),

  // 13 an announced transfer with a note why
  s(IMANI, '13 bonsai soil for a ficus: "passing you to Brett, our horticulture specialist, one sec" + a note why, Brett 75 s later', [
    [0, 'p', 'what soil should i use for a ficus bonsai indoors? the one from the store looks like mud'],
    [15, 'l', 'Hi, Imani at Ask Us Now, happy to help!'],
    [21, 'l', 'Is the soil staying soggy for days after watering?'],
    [60, 'p', 'yes always'],
    [66, 'l', "I'm passing you to Brett, our horticulture specialist, he knows bonsai soil. One sec."],
    [69, 'i', 'Brett, patron with ficus bonsai in soggy soil, wants a mix recipe. Horticulture q, can you take?'],
    xfer(72, 'Brett', 'brett-h'),
    [141, 'l', "Hey, Brett here. A free-draining mix of akadama, pumice and lava rock (1:1:1) is standard; the Bonsai Empire soil guide at bonsaiempire.com/basics/bonsai-care/bonsai-soil explains why.", as(BRETT)],
    [147, 'l', 'Did that help?', as(BRETT)],
    [190, 'p', "yes!! that's everything"],
    [195, 'l', 'Awesome, thanks for stopping by!', as(BRETT)],
  ], usual({ transfer: 'pass' })),

  // 14 an announced transfer without any note
  s(LOU, '14 pet-safe plants for a puppy: "transferring you to Sage" with no internal note, Sage 80 s later', [
    [0, 'p', 'new puppy chews everything. what plants do i need to get rid of'],
    [20, 'l', 'Hello, you are chatting with Lou at Ask Us Now.'],
    [26, 'l', 'What plants do you have right now?'],
    [70, 'p', 'pothos, snake plant, a jade and some aloe'],
    [76, 'l', "I'll transfer you to my colleague Sage, who's better with pet questions. Hold on."],
    xfer(80, 'Sage', 'sage-h'),
    [156, 'l', "Hi, Sage here. All four are on the ASPCA's toxic-to-dogs list (aspca.org, Toxic and Non-Toxic Plants): pothos, snake plant, jade and aloe. Move them out of reach or rehome them.", as(SAGE)],
    [162, 'l', 'Does that answer your question?', as(SAGE)],
    [200, 'p', 'yikes ok. thats all i needed'],
    [205, 'l', 'Good luck with the pup, bye!', as(SAGE)],
  ], usual({ transfer: 'fail' })),

  // 15 follow-up by me, e-mail read back, "by Wednesday", done in 40 h
  s(PETRA, '15 out-of-print bonsai book by ILL (follow-up by me): e-mail typed and read back, "by Wednesday", done in 40 h', [
    [0, 'p', 'I want to borrow "The Japanese Art of Miniature Trees and Landscapes" by Yuji Yoshimura. Out of print I think.'],
    [25, 'l', "Good afternoon! I'm Petra, a librarian at Baltimore County Public Library."],
    [31, 'l', 'Do you have a BCPL card, or another Maryland library card?'],
    [70, 'p', 'bcpl card yes'],
    [76, 'l', "We don't own it, but it's in WorldCat (worldcat.org), so interlibrary loan can likely get it. I'll place the request and e-mail you when it's confirmed. What e-mail should I use?"],
    [120, 'p', 'rob.tanaka88@example.com'],
    [126, 'l', "Thanks: rob.tanaka88@example.com. You'll hear from me by Wednesday."],
    [132, 'l', 'Does that work for you?'],
    [160, 'p', 'yes, great'],
    [165, 'l', 'Anything else today?'],
    [180, 'p', 'nope'],
    [185, 'l', 'Thank you for contacting BCPL!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 16 follow-up by me, e-mail given, no when
  s(WANDA, '16 mystery plant from a photo (follow-up by me): "I\'ll e-mail you once our plant person looks", e-mail given, no time', [
    [0, 'p', 'can u identify a plant from a pic? my grandma left it, no label, big fuzzy purple leaves'],
    [24, 'l', 'Hi! Wanda at Rochester Public Library. Sure, let me see what I can do.'],
    [30, 'l', 'Is it trailing, or growing upright?'],
    [60, 'p', 'upright, like 2 ft tall'],
    [66, 'l', "It might be a purple velvet plant (Gynura aurantiaca); the Missouri Botanical Garden's Plant Finder has a photo: missouribotanicalgarden.org (Plant Finder). I can't open photos in this chat, but if you e-mail me the picture our branch's gardener can check it and I'll e-mail you back."],
    [72, 'l', 'Does that photo look like it?'],
    [110, 'p', 'kinda?? my email is grace.olu@example.net'],
    [116, 'l', "Thanks! Send the photo to ask@rpl.example.org and I'll e-mail you what she says."],
    [150, 'p', 'ok sent. thats all'],
    [155, 'l', 'Thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 17 a promised call, coded Answered, phone read back, "tomorrow afternoon", never done
  s(DOT, '17 tomato seeds at the seed library: "I\'ll call you tomorrow afternoon", phone read back, coded Answered, not done by day 4', [
    [0, 'p', 'does the Silver Spring seed library still have cherry tomato seeds'],
    [20, 'l', 'Hello, Dot with Montgomery County Public Libraries.'],
    [26, 'l', 'Any particular variety, or just any cherry tomato?'],
    [50, 'p', 'any! for a balcony pot'],
    [56, 'l', "The online list (montgomerycountymd.gov/library, Seed Library) isn't updated daily, so I'll check with the branch and call you tomorrow afternoon. What number should I use?"],
    [90, 'p', 'my cell is 301 555 0192'],
    [96, 'l', 'Got it, 301-555-0192. Does the online list help for now?'],
    [130, 'p', 'yes thank u, thats all'],
    [135, 'l', 'Thanks, talk soon!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 18 follow-up by the patron's library, no contact anywhere
  s(CLEO, '18 a bonsai workshop at the home branch (follow-up by patron\'s library): "someone there will get back to you", no contact, no time', [
    [0, 'p', 'hi does the westerville branch ever do bonsai workshops?'],
    [22, 'l', 'Hi, Cleo here at Columbus-area Ask a Librarian.'],
    [28, 'l', 'Are you looking for a kids or adult program?'],
    [60, 'p', 'adult'],
    [66, 'l', "Nothing is on the events calendar (events.westervillelibrary.org) yet. I'll pass your question to the Westerville branch programming staff and someone there will get back to you."],
    [72, 'l', 'Is that ok?'],
    [100, 'p', 'sure'],
    [105, 'l', 'Thanks for reaching out!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 19 follow-up by me, e-mail only in the patron field
  s(VERN, '19 hanging plants safe for a parrot (follow-up by me): "send it to the e-mail on your account by Friday", done in 20 h', [
    [0, 'p', 'what hanging plants are safe around a pet parrot? he flies loose in the living room'],
    [20, 'l', "Hi there! I'm Vern, a librarian at Erie County Public Library."],
    [26, 'l', 'Will the plants be right where he can reach and chew them?'],
    [60, 'p', 'yes probably'],
    [66, 'l', "The ASPCA list (aspca.org, Toxic and Non-Toxic Plants) covers birds too. I'll put together a short list of hanging plants from it and send it to the e-mail on your account by Friday."],
    [72, 'l', 'Does the ASPCA list help meanwhile?'],
    [110, 'p', 'yes. thats all for now'],
    [115, 'l', 'Thanks, bye!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'kim.parrot@example.org', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 20 a true Lost Call: check-in and a notice that says goodbye
  s(MIRA, '20 bug on a monstera (Lost Call): greeting only, "Are you still there?" at 150, "It seems you\'ve disconnected … come back anytime" at 215', [
    [0, 'p', 'theres a weird brown bump bug on my monstera stem'],
    [20, 'l', 'Hi, Mira here from Salt Lake County Library. What can I help with?'],
    [150, 'l', 'Are you still there?'],
    [215, 'l', "It seems you've disconnected, so I'll close this chat now. Thanks for reaching out, come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 Lost Call after three patron lines; the patron has the last word
  s(REGGIE, '21 ponytail palm brown tips (coded Lost Call): three patron lines, patron "ya thx" last', [
    [0, 'p', 'ponytail palm tips going brown, is it dying'],
    [18, 'l', 'Hi, Reggie at Jefferson County Public Library. Is the soil dry or damp right now?'],
    [45, 'p', 'bone dry'],
    [51, 'l', "Brown tips on a ponytail palm usually mean dry air or too little water; it's not dying. Clemson's Home & Garden Information Center page on ponytail palms (hgic.clemson.edu) has the care basics. Did that help?"],
    [90, 'p', 'ya thx'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 22 no provider ever joined
  s(NOONE, '22 spider mites on a calathea: no provider ever joined, patron left, coded Lost Call', [
    [0, 'p', 'webbing under my calathea leaves, spider mites?? what do i spray'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Practice
  s(TRAINEE, '23 practice chat (african violet script): coded Practice, every check na', [
    [0, 'p', 'practice q - african violets not blooming'],
    [9, 'l', 'hello practice reply, trying the new macro'],
    [15, 'l', 'African violet care: extension.example.edu/violets. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 "one question per chat"
  s(JONAH, '24 pothos then bonsai wire: "We only do one question per chat, sorry. Bye." (dismissal)', [
    [0, 'p', 'why is my pothos getting leggy'],
    [20, 'l', 'Hey, Jonah at KCLS Ask a Librarian here.'],
    [26, 'l', 'Where is it sitting, light-wise?'],
    [60, 'p', 'on top of the fridge, kinda dark'],
    [66, 'l', "That's it: leggy means it's stretching for light. Move it near a bright window and trim it back; WSU Extension's houseplant guide is at extension.wsu.edu (search 'pothos'). Did that help?"],
    [110, 'p', 'yes! also what gauge wire do i use for a bonsai maple? and how do i'],
    [118, 'l', 'We only do one question per chat, sorry. Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 25 other patrons waiting, invited back
  s(ESME, '25 a long list of plant questions: "a few other folks in the queue … please chat in again anytime for the rest!"', [
    [0, 'p', 'ok i have a bunch of questions. 1 how often to water a snake plant'],
    [18, 'l', 'Hi! Esme at Allen County Public Library, ask away.'],
    [24, 'l', 'Is it in a pot with a drainage hole?'],
    [50, 'p', 'yes. 2 also my peace lily droops, 3 my aloe is pale, 4 best fertilizer, 5 repotting a cactus'],
    [60, 'l', "Snake plant: every 2-3 weeks, only when the soil is dry all the way down; Purdue Extension's houseplant watering guide is at extension.purdue.edu (search 'houseplant watering'). Does that help for the first one?"],
    [100, 'p', 'yes ok now the peace lily'],
    [108, 'l', "I've got a few other folks in the queue, so I'll stop here. Please chat in again anytime for the rest!"],
  ], usual({ anything: 'fail' })),

  // 26 no source (an app named without a way to reach it); a goodbye 130 s after the answer
  s(TAVI, '26 humidity for a calathea: "try the PictureThis app" (no source), goodbye 130 s later with no check-in', [
    [0, 'p', 'how do i raise humidity for my calathea, the edges are crispy'],
    [20, 'l', 'Hello! Tavi at New Orleans Public Library.'],
    [26, 'l', 'Do you run the AC a lot?'],
    [50, 'p', 'all day, its new orleans lol'],
    [56, 'l', 'That dries the air. Group it with other plants on a pebble tray with water, and keep it away from the vents. The PictureThis app has care reminders for calatheas too. Does that help?'],
    [186, 'l', 'Thanks for chatting, take care!'],
  ], usual({ source: 'fail', anything: 'fail', idle: 'fail' })),

  // 27 check-in, then a notice that does not say the chat will end
  s(WREN, '27 succulents under an LED in a dorm: answer at 50, "Are you still with me?" at 175, "It looks like you\'ve disconnected." at 240, no goodbye', [
    [0, 'p', 'can succulents live in my dorm room under a desk lamp'],
    [14, 'l', 'Hi, Wren at Providence Public Library here.'],
    [20, 'l', 'Is the lamp LED, and does the room have any window at all?'],
    [44, 'p', 'led, tiny window facing an alley'],
    [50, 'l', "A plain desk LED is too weak; a clip-on full-spectrum grow light is cheap and fits a dorm. The URI Master Gardener indoor plant guide is at web.uri.edu/mastergardener. Is that what you needed?"],
    [175, 'l', 'Are you still with me?'],
    [240, 'l', "It looks like you've disconnected."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 28 four at once
  s(BIANCA, '28 books on bonsai for kids: three other chats open through this one (four at once)', [
    [0, 'p', 'my 10 yr old wants to learn bonsai!! any kids books?'],
    [25, 'l', "Hi, I'm Bianca, children's librarian at Los Angeles Public Library."],
    [31, 'l', 'Is he a strong reader, or would picture-heavy books be better?'],
    [70, 'p', 'picture heavy pls'],
    [76, 'l', "Try 'Bonsai for Beginners' from DK's Eyewitness-style range and the Kids Gardening guides; both are in our catalogue at lapl.org (search 'bonsai juvenile')."],
    [82, 'l', 'Will that work for him?'],
    [120, 'p', 'yes!! thank u thats all'],
    [126, 'l', 'Happy growing, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'bianca-h', -200, 300), other('b2', 'bianca-h', 5, 250), other('b3', 'bianca-h', 60, 400)],
  }),

  // 29 three at most: overlaps in turn, one touching the end
  s(YARA, '29 repotting an orchid (Spanish): three open at most, the overlaps in turn, one starting at endedAt', [
    [0, 'p', 'hola, como trasplanto una orquídea? las raíces se salen de la maceta'],
    [20, 'l', '¡Hola! Soy Yara, bibliotecaria de Ask Us Now.'],
    [26, 'l', '¿Es una Phalaenopsis, la orquídea común de supermercado?'],
    [60, 'p', 'si esa'],
    [66, 'l', 'Use corteza de pino para orquídeas, no tierra, y una maceta apenas más grande. La American Orchid Society tiene una guía: aos.org (Orchid Care > Repotting).'],
    [72, 'l', '¿Le sirve?'],
    [100, 'p', 'si, es todo gracias'],
    [105, 'l', '¡Con gusto, hasta pronto!'],
  ], usual(), {}, {
    otherIntervals: [other('y1', 'yara-h', -200, 30), other('y2', 'yara-h', 40, 90), other('y3', 'yara-h', -10, 105), other('y4', 'yara-h', 110, 600)],
  }),

  // 30 a source before the question; a plant clinic with no contact
  s(KENJI, '30 scale on a ficus: a book given before "Is it sticky under the leaves?", "stop by your Master Gardener plant clinic" (no contact)', [
    [0, 'p', 'little brown shell things stuck on my ficus stems, wont wipe off'],
    [18, 'l', 'Hello, Kenji with Ask Us Now here.'],
    [24, 'l', "Sounds like scale. The book 'What's Wrong With My Houseplant?' by David Deardorff has good photos of it; check your library's catalogue."],
    [30, 'l', 'Is it sticky under the leaves?'],
    [70, 'p', 'yes very sticky'],
    [76, 'l', "That's the honeydew scale leaves. Scrape them off and use horticultural oil. If it keeps coming back, stop by your county's Master Gardener plant clinic with a cutting."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes thats all, thanks'],
    [125, 'l', 'Good luck, thanks for chatting!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => HOUSEPLANTS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-third round: houseplants, bonsai and indoor gardening, checked', () => {
  describeSessions('whole sessions', HOUSEPLANTS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', HOUSEPLANTS.filter((c) => c.name in LEFT_WHY));
});
