/**
 * Sixty-seventh round, theme BIRD WATCHING AND BIRD IDENTIFICATION, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: identifying a bird from a description (a Red-bellied Woodpecker at
 * the suet, house vs purple finch, Tufted Titmice, a Common Yellowthroat at Blackwater, a Barred Owl's call, a Cooper's Hawk
 * at the feeder twice, a cardinal in Spanish), a feather (the Feather Atlas), apps and guides (Merlin, the Audubon app,
 * Sibley, Kaufman in Spanish, a grade 5 migration book), binocular backpacks and binoculars, bird counts and citizen science
 * (Christmas Bird Count, Great Backyard Bird Count, eBird, a park's hotspot list), clubs and walks, feeders (goldfinches,
 * bread), window strikes, an injured bird, a banded goose, and a hawk nest in a tree about to be cut. Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/birding-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 61 s (02: fail) and exactly 60 s (03: pass); `pickedUpAt` at 40 s with the first line at 130 s, the
 *   patron's first line 130 s unanswered in all but only 90 s after pickup (06); "Ask a Librarian, Mira speaking." names the
 *   service and the provider but greets no one (28: fail); "hey! Oren here, librarian w/ Ask Us Now 👋" (30); Spanish "Le
 *   atiende Tess, bibliotecaria …" (12) and "Soy Lucía, bibliotecaria …" (04); no provider ever joined (26);
 *  inquiry: size and markings, branch, state, phone type, budget, the band's kind, the feather's shaft, nest active or not;
 *   no question at all before the source (29: fail);
 *  waits: "hang on while I pull the comparison from our field guide" answered 125 s later (07: fail); "One moment, checking
 *   which count circles cover the city." answered exactly 120 s later (08: pass); a patron line at 40, only an internal
 *   line at 60, the visible answer at 170 (29: 130 s, fail); a transfer notice answered 54 s later (18, 20);
 *  endings: a true Lost Call with "Hello? Are you still there?" at 145 and a notice that invites back at 205 (11: final
 *   idle 185 s); "¿Sigue ahí?" 125 s after the answer and nothing more (12: idle pass, disconnect na, courteous fail); a
 *   notice that thanks exactly 180 s after the answer, no check-in (13: idle fail, disconnect pass); "Are you still there?"
 *   then a goodbye 179 s after the answer (14: idle pass, disconnect na); the patron's "ok cool thx" last (15); "Sorry, we
 *   can only take one question per chat. Bye." (16: dismissal); "several other people waiting … please chat back in later"
 *   (17: allowed); patron-side "no more questions", "es todo lo que necesitaba", "thats everything", "thats all i need",
 *   and "ya ok thanks", "yes cool thanks", "ok cool thx" that do not count;
 *  sources: allaboutbirds.org, merlin.allaboutbirds.org, audubon.org, abcbirds.org, feederwatch.org, reportband.gov,
 *   ebird.org, birdcount.org, fws.gov (the Feather Atlas, Blackwater), dwr.virginia.gov, the catalogue with a search, The
 *   Sibley Guide to Birds by page; none but "the Merlin app can help confirm the ID" (30: an app with no way to reach it,
 *   fail);
 *  referrals: a wildlife rehab line by phone (05); the Children's Desk to stop by, no contact (03: fail); the bird club's
 *   walk leader by e-mail (10) and its membership chair by e-mail (18); the DNR by phone and "your county councilmember"
 *   with none (27: fail, every party); reportband.gov as a website to use (06: source, no referral); branch staff asked on
 *   the patron's behalf (23: no referral);
 *  follow-ups: FU_ME, e-mail read back, "by tomorrow afternoon", done at 20 h (21: pass); FU_ME with e-mail read back and
 *   no when (22: contact fail, on_time pending); FU_LIB, phone read back, "within 72 hours", nothing recorded at day 4 (23:
 *   on_time fails); "I'll … get back to you with my best guess" coded Answered, no contact anywhere (24);
 *  codes: a true Lost Call (11); Lost Call with no provider and two patron lines (26: fail); Practice (25); a deployment's
 *   own code "Referred" (27: pass);
 *  transfers: notice + internal note why (18: pass); internal note only (19: fail); notice only, no note (20: fail);
 *  concurrency: three others overlapping (09: four at once, fail); one ending at the start, two overlapping, one starting
 *   at `endedAt` (10: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Does that match what you saw?", "Does that look like your bird?", "Will that work for the report?", "Did that sort it
 *   out?", "Is that the kind of thing you were hoping for?" ask whether what was already given meets the need (pass);
 * - "Ask a Librarian, Mira speaking." identifies but does not greet (28: fail);
 * - "Happy birding, bye!", "Take care, bye!", "Good luck to him, and thanks for chatting!" say goodbye / thank;
 * - "stop by the Urbana Children's Desk and they can place a hold" tells the patron to visit a department of the provider's
 *   own library: a referral, with no way to reach it (03: fail);
 * - "Report it online at reportband.gov" points to a website to use: a source, not a referral (06: na);
 * - "you may also want to talk to your county councilmember" tells the patron to contact a person with no contact given,
 *   beside the DNR with a phone: not every party reachable (27: fail);
 * - "I'll also ask the Catonsville branch staff to print a checklist for you" is staff consulted on the patron's behalf
 *   (23: no referral);
 * - "It seems we've lost the connection, so I'll close this chat now. Please chat back in anytime — thanks!" tells the
 *   patron they seem disconnected and that the chat ends, and is a goodbye (11);
 * - the wait before `pickedUpAt` is pickup's alone, so the patron's 130 s before the first line is not a keep_informed span
 *   beyond its 90 s after pickup (06: pass);
 * - a code the deployment configures ("Referred") is neither missing nor a wrong follow-up code (27: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one disagreement reread against RUBRIC.md; the
 * label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 27: "Call the Maryland DNR … at 410-555-0144 …, and you may also want to talk to your county
 *    councilmember." read as a referral with a way to reach it (pass; RUBRIC fail: every party needs a way to reach them,
 *    and the councilmember has none).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt` with a 130 s first line, no provider; keep_informed at 120
 * and 125 s, 130 s across an internal line, two transfers; final idles of 125/130, 179, 180 and 185 s; concurrency at four
 * and at touching ends; on_time done at 20 h, late at day 4, pending at day 1 twice) scored as labelled on the first run.
 * The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron
 * phone read back, library phones and e-mails beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft); tsc clean for this file.
 * RUBRIC v61 (block AA, written after this file): case 27 (AA6: "Call the Maryland DNR Wildlife and Heritage Service at
 *   410-555-0144 …, and you may also want to talk to your county councilmember" refers to two parties, a name of seven words
 *   before its phone) now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-b', name: 'Dana', library: 'AUN' };
const BEN: Prov = { id: 'ben-b', name: 'Ben', library: 'HCLS' };
const CORA: Prov = { id: 'cora-b', name: 'Cora', library: 'FCPL' };
const LUCIA: Prov = { id: 'lucia-b', name: 'Lucía', library: 'MCPL' };
const MAE: Prov = { id: 'mae-b', name: 'Mae', library: 'AACPL' };
const NED: Prov = { id: 'ned-b', name: 'Ned', library: 'KDL' };
const OTTO: Prov = { id: 'otto-b', name: 'Otto', library: 'AUN' };
const PEG: Prov = { id: 'peg-b', name: 'Peg', library: 'EPFL' };
const QUIN: Prov = { id: 'quin-b', name: 'Quin', library: 'CCPL' };
const RAY: Prov = { id: 'ray-b', name: 'Ray', library: 'FCPL' };
const SAL: Prov = { id: 'sal-b', name: 'Sal', library: 'BCPL' };
const TESS: Prov = { id: 'tess-b', name: 'Tess', library: 'HCPL-MD' };
const VERA: Prov = { id: 'vera-b', name: 'Vera', library: 'WCFL' };
const WYN: Prov = { id: 'wyn-b', name: 'Wyn', library: 'AUN' };
const XAV: Prov = { id: 'xav-b', name: 'Xav', library: 'CALV' };
const YARA: Prov = { id: 'yara-b', name: 'Yara', library: 'AUN' };
const ZED: Prov = { id: 'zed-b', name: 'Zed', library: 'LVA' };
const ABBY: Prov = { id: 'abby-b', name: 'Abby', library: 'HCLS' };
const BRUNO: Prov = { id: 'bruno-b', name: 'Bruno', library: 'HCLS' };
const CLEO: Prov = { id: 'cleo-b', name: 'Cleo', library: 'SMCL' };
const DEV: Prov = { id: 'dev-b', name: 'Dev', library: 'SMCL' };
const ELLA: Prov = { id: 'ella-b', name: 'Ella', library: 'AUN' };
const FINN: Prov = { id: 'finn-b', name: 'Finn', library: 'AACPL' };
const GWEN: Prov = { id: 'gwen-b', name: 'Gwen', library: 'DCPL' };
const HUGO: Prov = { id: 'hugo-b', name: 'Hugo', library: 'CCPL-CARR' };
const IKE: Prov = { id: 'ike-b', name: 'Ike', library: 'AUN' };
const JADE: Prov = { id: 'jade-b', name: 'Jade', library: 'TCFL' };
const TRAINEE: Prov = { id: 'trainee-b', name: 'Trainee 9', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-b', name: 'Queue', library: 'VRQ' };
const LEO: Prov = { id: 'leo-b', name: 'Leo', library: 'QACL' };
const MIRA: Prov = { id: 'mira-b', name: 'Mira', library: 'AUN' };
const NIA: Prov = { id: 'nia-b', name: 'Nia', library: 'WPL' };
const OREN: Prov = { id: 'oren-b', name: 'Oren', library: 'AUN' };

const s = session;

export const BIRDING: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 red head, barred back at the suet: size and crown asked, All About Birds, "Does that match what you saw?", "thats all i needed"', [
    [0, 'p', 'hi!! saw a bird at my suet feeder, black and white striped back, red on the back of its head, kinda pale belly. what is it'],
    [22, 'l', "Good morning! You've got Dana, a librarian with Maryland's Ask Us Now."],
    [28, 'l', 'Fun one. About how big was it, sparrow-sized or closer to a robin? And was the red only on the back of the head or over the top too?'],
    [75, 'p', 'robin size. red goes all the way over the top of its head to the beak'],
    [81, 'l', "That sounds like a male Red-bellied Woodpecker (the red belly is faint and hard to see). Cornell's All About Birds page has photos and the call: allaboutbirds.org/guide/Red-bellied_Woodpecker"],
    [87, 'l', 'Does that match what you saw?'],
    [130, 'p', 'YES thats him!! thats all i needed ty'],
    [135, 'l', 'Enjoy your woodpecker, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup at 61 s
  s(BEN, '02 is Merlin free (grandmother): pickup at 61 s, iPhone or Android asked, merlin.allaboutbirds.org', [
    [0, 'p', 'is merlin free? my grandson said i should get it for bird songs'],
    [61, 'l', 'Hello, this is Ben at the Howard County Library System. Thanks for waiting.'],
    [67, 'l', 'Do you have an iPhone or an Android phone?'],
    [100, 'p', 'iphone'],
    [106, 'l', 'Merlin Bird ID is free, made by the Cornell Lab of Ornithology. Get it from the App Store, or start at merlin.allaboutbirds.org for the steps. Its Sound ID listens and names the singers as they sing.'],
    [112, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes thank you dear'],
    [155, 'l', 'Anything else I can help you with today?'],
    [190, 'p', 'no thats it'],
    [194, 'l', "You're welcome! Bye for now."],
  ], usual({ pickup: 'fail' })),

  // 03 pickup exactly 60 s; a desk to stop by, no contact
  s(CORA, '03 birding backpack for spring break: pickup at exactly 60 s, catalog search, "stop by the Urbana Children\'s Desk" (no contact)', [
    [0, 'p', 'do u guys have those binocular backpacks for kids? want one for spring break'],
    [60, 'l', 'Hey there! Cora at Frederick County Public Libraries here.'],
    [66, 'l', 'Which branch would you pick it up from?'],
    [90, 'p', 'urbana'],
    [96, 'l', "Yes! The Birding Backpacks (binoculars, a Peterson First Guide and a checklist) are in our catalog: search 'birding backpack' at fcpl.org. If Urbana's are all out, stop by the Urbana Children's Desk and they can place a hold for you."],
    [102, 'l', 'Did that help?'],
    [130, 'p', 'ya thx'],
    [134, 'l', 'Anything else?'],
    [150, 'p', 'nope'],
    [153, 'l', 'Happy birding, bye!'],
  ], usual({ referral: 'fail' })),

  // 04 Spanish: a cardinal
  s(LUCIA, '04 pájaro rojo con cresta (Spanish): "Soy Lucía, bibliotecaria", state asked, Kaufman en español in the catalogue, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, vi un pajaro todo rojo con una cresta y la cara negra en mi patio, como se llama?'],
    [25, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca del Condado de Montgomery.'],
    [31, 'l', '¿En qué estado vive? Así le digo qué aves son comunes allí.'],
    [70, 'p', 'en maryland, en silver spring'],
    [76, 'l', 'Es un cardenal norteño (Northern Cardinal); el macho es todo rojo. Tenemos la guía "Aves de Norteamérica" de Kaufman en español en el catálogo: montgomerycountymd.gov/library, busque "Kaufman aves".'],
    [82, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si muchisimas gracias, es todo lo que necesitaba'],
    [125, 'l', '¡Con gusto! Gracias por escribirnos y que disfrute de sus cardenales.'],
  ], usual()),

  // 05 a window strike: the rehab line by phone
  s(MAE, '05 stunned bird after hitting a sliding door: bleeding asked, shoebox advice, rehab line 410-555-0192 and ahnow.org', [
    [0, 'p', 'a bird just flew into our sliding door and is lying on the deck breathing fast. what do i do?? 😢'],
    [14, 'l', "Hi, Mae here, librarian at Anne Arundel County Public Library. So sorry, let's get it some help."],
    [19, 'l', 'Is it bleeding or is a wing hanging down, or does it just look stunned?'],
    [45, 'p', 'no blood, just stunned i think, eyes open'],
    [51, 'l', "Gently put it in a small box with air holes, in a dark quiet spot indoors, no food or water, and look again in an hour. If it isn't flying by then, call the Chesapeake Wildlife Rehab line at 410-555-0192. Animal Help Now (ahnow.org) also finds the nearest rehabber by zip code."],
    [57, 'l', 'Does that help for now?'],
    [100, 'p', 'ok putting it in a shoebox now. thank you so much'],
    [105, 'l', 'Anything else I can do for you?'],
    [140, 'p', 'no thats all, fingers crossed'],
    [145, 'l', 'Fingers crossed here too. Take care, and thanks for reaching out!'],
  ], usual({ referral: 'pass' })),

  // 06 pickedUpAt 40 s, first line at 130; reportband.gov as a source
  s(NED, '06 dead goose with a metal band: pickedUpAt 40 s and the first line at 130, band asked, "Report it online at reportband.gov"', [
    [0, 'p', 'found a dead goose with a metal band on its leg w/ numbers. who do i tell'],
    [130, 'l', 'Hello! Ned at the Ask a Librarian desk, Kent District Library.'],
    [136, 'l', 'Can you read the whole number on the band? And is it a metal band only, or is there a colored collar too?'],
    [180, 'p', 'metal only, 1387-42019'],
    [186, 'l', "Report it online at reportband.gov, the USGS Bird Banding Laboratory's site. Enter the number and where and when you found it; they'll send you a certificate saying where the goose was banded."],
    [192, 'l', 'Is that what you were after?'],
    [230, 'p', 'perfect, no more questions. cool that i get a certificate'],
    [235, 'l', 'It is! Thanks for reporting it, have a good day.'],
  ], usual(), { pickedUpAt: at(40) }),

  // 07 a hold answered 125 s later
  s(OTTO, '07 house finch or purple finch: "hang on while I pull the comparison from our field guide" answered 125 s later, Sibley p. 520', [
    [0, 'p', 'how do i tell a house finch from a purple finch?? theres a reddish one at my feeder'],
    [20, 'l', "Hi, I'm Otto, one of the librarians at Ask Us Now."],
    [26, 'l', 'Where is the red on yours: the head and breast only, or washed over the back too? And are there brown streaks on its sides?'],
    [60, 'p', 'head and chest, brown streaks on the sides yeah'],
    [66, 'l', 'Ok, hang on while I pull the comparison from our field guide.'],
    [191, 'l', "Sorry for the wait. Brown streaky flanks point to a House Finch; Purple Finches are washed raspberry over the back and have clean, unstreaked sides. The Sibley Guide to Birds (2nd ed.), p. 520, shows both side by side, and it's in our catalog."],
    [197, 'l', 'Did that sort it out?'],
    [240, 'p', 'yep house finch then. thanks!'],
    [245, 'l', 'Anything else on your list?'],
    [270, 'p', 'nah'],
    [274, 'l', 'Thanks for chatting, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 a hold answered exactly 120 s later
  s(PEG, '08 Christmas Bird Count in Baltimore: "One moment, checking which count circles cover the city." answered exactly 120 s later', [
    [0, 'p', 'how do I sign up for the christmas bird count? never done one'],
    [18, 'l', 'Good afternoon, Peg from the Enoch Pratt Free Library here.'],
    [24, 'l', 'Would you be counting in the field or watching your feeder at home? There are options for both.'],
    [55, 'p', 'field i think, im in baltimore city'],
    [60, 'l', 'One moment, checking which count circles cover the city.'],
    [180, 'l', "Baltimore's circle is on Audubon's count map at audubon.org/community-science/christmas-bird-count; click the Baltimore circle to sign up. Counts run between Dec 14 and Jan 5."],
    [186, 'l', 'Did that give you what you need?'],
    [230, 'p', 'yes, thanks. thats everything'],
    [235, 'l', 'Great, thanks for chatting and good counting!'],
  ], usual()),

  // 09 four at once
  s(QUIN, '09 birds hitting the living room window: three other chats overlapping this one (four at once), abcbirds.org', [
    [0, 'p', 'birds keep hitting my living room window, how do i stop it'],
    [25, 'l', "Hi, this is Quin at the Cecil County Public Library's Ask a Librarian."],
    [31, 'l', 'Is it one big picture window, and is there a feeder near it?'],
    [70, 'p', 'big window, feeder about 10 ft away'],
    [76, 'l', "Move the feeder to within 3 feet of the glass or more than 30 feet away, and break up the reflection with dot decals spaced 2 inches apart. American Bird Conservancy's guide lists tested products: abcbirds.org/glass-collisions."],
    [82, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes! no more questions. ty'],
    [125, 'l', 'Thank you, have a great day!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('q1', 'quin-b', -200, 300), other('q2', 'quin-b', 5, 400), other('q3', 'quin-b', 50, 600)],
  }),

  // 10 three at most; the walk leader by e-mail
  s(RAY, '10 beginner bird walks near Frederick: touching and overlapping chats (three at most), walk leader by e-mail', [
    [0, 'p', 'are there any birding groups near frederick that do beginner walks?'],
    [20, 'l', 'Hi! Ray with Ask a Librarian at Frederick County Public Libraries.'],
    [26, 'l', 'Weekday or weekend walks? And do you have your own binoculars?'],
    [60, 'p', 'weekends, and no binocs yet lol'],
    [66, 'l', 'The Frederick Bird Club runs free Saturday walks for beginners, and members lend binoculars. The schedule is at frederickbirdclub.org, and you can write to the walk leader at walks@frederickbirdclub.org.'],
    [72, 'l', 'Is that the kind of thing you were hoping for?'],
    [110, 'p', 'perfect thanks'],
    [114, 'l', 'Anything else today?'],
    [130, 'p', 'no'],
    [134, 'l', 'Thanks for chatting, happy birding!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('r1', 'ray-b', -300, 0), other('r2', 'ray-b', -100, 200), other('r3', 'ray-b', 40, 500), other('r4', 'ray-b', 139, 600)],
  }),

  // 11 a true Lost Call: check-in and notice, final idle 185 s
  s(SAL, '11 bird guide for a 7-year-old (Lost Call): greeting only, "Hello? Are you still there?" at 145, notice + invitation back at 205', [
    [0, 'p', 'whats the best bird guide for a 7 yr old'],
    [20, 'l', 'Hi there, Sal from the Baltimore County Public Library. What can I help you find?'],
    [145, 'l', 'Hello? Are you still there?'],
    [205, 'l', "It seems we've lost the connection, so I'll close this chat now. Please chat back in anytime — thanks!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Spanish: "¿Sigue ahí?" 125 s after the answer, nothing more
  s(TESS, '12 jilgueros y semilla de nyjer (Spanish): answer at 56, "¿Sigue ahí?" at 181, session ends at 186 (final idle 130 s)', [
    [0, 'p', 'hola, que semilla les gusta a los jilgueros? tengo un comedero de tubo con girasol y no vienen'],
    [16, 'l', '¡Hola! Le atiende Tess, bibliotecaria de la Biblioteca Pública del Condado de Harford.'],
    [22, 'l', '¿Ve jilgueros en el jardín, aunque no bajen al comedero?'],
    [50, 'p', 'si, en los arboles, pero no en el comedero'],
    [56, 'l', 'Les encanta la semilla de nyjer (cardo) en un comedero con agujeros pequeños. La guía de alimentos de Project FeederWatch muestra qué come cada ave: feederwatch.org/learn/feeding-birds. ¿Le ayuda?'],
    [181, 'l', '¿Sigue ahí?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 13 partly Spanish: a notice that thanks, exactly 180 s after the answer, no check-in
  s(VERA, '13 "darle pan a los pajaros" (partly Spanish): answer at 50, "It looks like you\'ve disconnected … Thanks" at 230, no check-in', [
    [0, 'p', 'is it ok darle pan a los pajaros? my kids want to'],
    [15, 'l', 'Hi, Vera at Ask a Librarian, Washington County Free Library.'],
    [21, 'l', 'Is it for ducks at a pond or for songbirds in your yard?'],
    [45, 'p', 'backyard birds, los del jardin'],
    [50, 'l', "Bread fills them up without much nutrition, so black-oil sunflower seed or suet is better. Audubon's 'How to Feed Birds' covers what to offer: audubon.org/news/how-feed-birds. Is that helpful?"],
    [230, 'l', "It looks like you've disconnected, so I'm closing this chat. Thanks for reaching out to us!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 14 check-in, then a goodbye 179 s after the answer
  s(WYN, '14 little gray crested birds: answer at 66, "Are you still there?" at 180, goodbye at 245 (final idle 179 s)', [
    [0, 'p', 'what are the little gray birds with a crest and black eyes at my feeder, kind of like a mini cardinal but gray'],
    [22, 'l', 'Hi! This is Wyn, a librarian with Ask Us Now.'],
    [28, 'l', 'Do they have a rusty orange wash on the sides under the wings?'],
    [60, 'p', 'yes a little'],
    [66, 'l', 'Those are Tufted Titmice. All About Birds has photos: allaboutbirds.org/guide/Tufted_Titmouse/overview. Does that look like your bird?'],
    [180, 'l', 'Are you still there?'],
    [245, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 15 the patron has the last word
  s(XAV, '15 beginner binoculars under $150: Audubon guide and Consumer Reports, patron "ok cool thx" last, no goodbye', [
    [0, 'p', 'what binoculars should a beginner get? dont want to spend a ton'],
    [30, 'l', 'Hi, Xav from Ask a Librarian at Calvert Library.'],
    [36, 'l', 'Roughly what budget are you thinking?'],
    [70, 'p', 'under 150'],
    [76, 'l', "Look for 8x42: easy to hold steady, with a wide view. Audubon's binoculars guide rates models by price: audubon.org/gear/binoculars-guide. Consumer Reports reviews them too, free with your library card in our databases."],
    [82, 'l', 'Did that help?'],
    [140, 'p', 'ok cool thx'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 16 "one question per chat"
  s(YARA, '16 barred owl call, then owls vs hawks and crows: "Sorry, we can only take one question per chat. Bye." (dismissal)', [
    [0, 'p', 'what does a barred owl sound like, i hear one every night'],
    [20, 'l', "Good evening! You're chatting with Yara at Ask Us Now."],
    [26, 'l', 'Are you hearing a series of hoots, or more of a screech?'],
    [50, 'p', 'like hoo hoo hoo-hoo, kinda like who cooks for you'],
    [56, 'l', 'That\'s the classic Barred Owl call, "who cooks for you, who cooks for you-all". You can play it on allaboutbirds.org/guide/Barred_Owl/sounds. Does that help?'],
    [90, 'p', 'yes!! also whats the difference between owls and hawks and why do crows chase them and'],
    [96, 'l', 'Sorry, we can only take one question per chat. Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 17 other people waiting, come back later
  s(ZED, '17 Virginia hawks, chickens, owls, eagles: Cooper\'s Hawk on dwr.virginia.gov, "several other people waiting … please chat back in later"', [
    [0, 'p', 'hi can you tell me which hawks live in virginia and which ones come to feeders and how to keep them away from my chickens and also about owls'],
    [24, 'l', 'Hello, Zed here, a librarian at the Library of Virginia.'],
    [30, 'l', "Shall we start with the feeder hawk? Is it about crow-sized with a long banded tail?"],
    [70, 'p', 'yes thats the one, long tail'],
    [76, 'l', "That's likely a Cooper's Hawk, the usual feeder visitor. Virginia's Department of Wildlife Resources has a species list with photos: dwr.virginia.gov/wildlife/birds. Did that help?"],
    [110, 'p', 'yes but what about the chickens and owls and also eagles'],
    [116, 'l', 'There are several other people waiting for help right now, so please chat back in later for the chickens and owls, and we will gladly pick it up from there. Thank you!'],
  ], usual({ anything: 'fail' })),

  // 18 a transfer with a notice and a note that says why; the club's membership chair by e-mail
  s(ABBY, '18 a Howard County bird club: notice + internal note why, Bruno 54 s after the notice, membership chair by e-mail', [
    [0, 'p', 'I want to join a bird club in howard county, are there any?'],
    [20, 'l', "Hi, Abby at Howard County Library System's Ask Us service."],
    [26, 'l', 'Are you looking for field trips, talks, or both?'],
    [50, 'p', 'both probably'],
    [56, 'l', "Bruno on our team leads our birding programs and knows the local clubs, so I'm transferring you to him now. Just a moment."],
    [59, 'i', 'Bruno, pt wants a Howard County bird club (trips + talks), you know the club folks'],
    xfer(62, 'Bruno', 'bruno-b'),
    [110, 'l', 'Hi, Bruno here, a librarian at HCLS. The Howard County Bird Club holds monthly talks and weekend trips; e-mail their membership chair at join@howardbirds.org, and the calendar is at howardbirds.org.', as(BRUNO)],
    [116, 'l', 'Is that what you had in mind?', as(BRUNO)],
    [150, 'p', 'yes thats great, thats all i needed'],
    [155, 'l', 'Thanks for chatting, enjoy the club!', as(BRUNO)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 19 a silent transfer
  s(CLEO, '19 eBird from scratch: internal note only, silent transfer, Dev 80 s after the patron with ebird.org and the eBird Essentials course', [
    [0, 'p', 'how does ebird work, can i put my backyard list in?'],
    [25, 'l', "Hello! Cleo at Ask a Librarian, St. Mary's County Library."],
    [31, 'l', 'Have you already made an eBird account, or starting from scratch?'],
    [70, 'p', 'from scratch'],
    [74, 'i', 'Dev, can you take this? eBird beginner, you run our citizen science workshops'],
    xfer(78, 'Dev', 'dev-b'),
    [150, 'l', "Hi, Dev here at St. Mary's County Library. Make a free account at ebird.org, then use Submit > Find a location and enter your backyard; the free eBird Essentials course at academy.allaboutbirds.org walks you through it.", as(DEV)],
    [156, 'l', 'Did that help?', as(DEV)],
    [190, 'p', 'yes thank you!'],
    [195, 'l', 'Anything else?', as(DEV)],
    [210, 'p', 'no thats all'],
    [214, 'l', 'Take care, bye!', as(DEV)],
  ], usual({ transfer: 'fail' })),

  // 20 a transfer notice without a note to the receiver
  s(ELLA, '20 migration book for a grade 5 report: "I\'m passing you to Finn, our children\'s librarian, one sec." with no internal note', [
    [0, 'p', 'my son needs a book about bird migration for a school report, grade 5'],
    [20, 'l', 'Hi! Ella here from the Ask Us Now team.'],
    [26, 'l', 'Does he need print books, or are e-books ok? When is it due?'],
    [60, 'p', 'print, due friday'],
    [66, 'l', "I'm passing you to Finn, our children's librarian, one sec."],
    xfer(70, 'Finn', 'finn-b'),
    [120, 'l', "Hello, Finn here! Try 'How Do Birds Find Their Way?' by Roma Gans, a good grade 5 read; it's in our catalog at aacpl.net, and the Odenton branch has two copies on the shelf.", as(FINN)],
    [126, 'l', 'Will that work for the report?', as(FINN)],
    [160, 'p', 'yes!! thank u'],
    [165, 'l', 'Anything else for the report?', as(FINN)],
    [190, 'p', 'no thats all'],
    [194, 'l', 'Good luck to him, and thanks for chatting!', as(FINN)],
  ], usual({ transfer: 'fail' })),

  // 21 follow-up by me, e-mail read back, "by tomorrow afternoon", done at 20 h
  s(GWEN, '21 yellow bird with a black mask at Blackwater (follow-up by me): e-mail read back, "by tomorrow afternoon", done at 20 h', [
    [0, 'p', 'saw a small yellow bird with a black mask at the marsh edge yesterday, weird "witchity witchity" song. what is it, and is there a guide to marsh birds around here'],
    [26, 'l', 'Hi there! Gwen, librarian at Dorchester County Public Library.'],
    [32, 'l', 'Where was the marsh, and was the whole bird yellow or just the throat and chest?'],
    [80, 'p', 'blackwater refuge. throat yellow, back olive-ish'],
    [86, 'l', "That's a Common Yellowthroat; 'witchity-witchity' is its song. For marsh birds at Blackwater, I'll pull our local checklists and e-mail you a short list. What's your e-mail?"],
    [120, 'p', 'birdnerd_kay@example.net'],
    [126, 'l', "Got it, birdnerd_kay@example.net. You'll have the list by tomorrow afternoon. Meanwhile, the refuge's own bird list is at fws.gov/refuge/blackwater."],
    [132, 'l', 'Does that help for now?'],
    [170, 'p', 'yes thanks so much!'],
    [175, 'l', 'Anything else I can look up?'],
    [200, 'p', 'no thats everything'],
    [204, 'l', 'Thank you, talk soon by e-mail!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 22 follow-up by me, e-mail read back, no when
  s(HUGO, '22 spring bird walks in Westminster (follow-up by me): "I\'ll send you the bird walk dates once they\'re set", e-mail read back, no when', [
    [0, 'p', 'do any libraries in the county do bird walks this spring?'],
    [18, 'l', 'Hi, Hugo at Ask a Librarian, Carroll County Public Library.'],
    [24, 'l', 'Which part of the county are you in? And are mornings ok?'],
    [60, 'p', 'westminster, mornings fine'],
    [66, 'l', "Our spring programs aren't posted yet, but the events calendar at library.carr.org/events will list them. I'll send you the bird walk dates once they're set. Can I have your e-mail?"],
    [100, 'p', 'sure its m.okafor@example.org'],
    [106, 'l', 'Thanks, m.okafor@example.org it is. Did the calendar link help in the meantime?'],
    [140, 'p', 'yes'],
    [145, 'l', 'Anything else?'],
    [160, 'p', 'nope'],
    [164, 'l', 'Thanks, bye!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 23 follow-up by the patron's library, phone read back, "within 72 hours", nothing recorded by day 4
  s(IKE, '23 Patapsco Valley bird list for a scout badge (follow-up by patron\'s library): "So that\'s 443-555-0178", "within 72 hours", not done by day 4', [
    [0, 'p', 'i need a list of birds recorded at patapsco valley state park for a scout badge, can someone get me one?'],
    [28, 'l', 'Hello, Ike here with the Ask Us Now librarians.'],
    [34, 'l', 'Which library do you usually use, and is there a due date for the badge?'],
    [80, 'p', 'catonsville branch. due in 2 weeks'],
    [86, 'l', "The park's eBird hotspot page has a full species list: ebird.org/hotspots (search 'Patapsco Valley'). I'll also ask the Catonsville branch staff to print a checklist for you. What's a good phone number for them?"],
    [130, 'p', '443 555 0178'],
    [136, 'l', "So that's 443-555-0178. They'll call within 72 hours."],
    [170, 'p', 'ok great'],
    [175, 'l', 'Does the hotspot list work for now?'],
    [210, 'p', 'yes thank u, thats all'],
    [215, 'l', 'Good luck with the badge! Bye.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 24 a promise coded Answered, no contact anywhere
  s(JADE, '24 a barred brown feather: Feather Atlas, "I\'ll look through our hawk books tonight and get back to you", coded Answered, no contact', [
    [0, 'p', 'found a big striped feather in my yard, brown with dark bars, maybe 10 inches. can you tell what bird'],
    [20, 'l', 'Hi, Jade from Ask a Librarian, Talbot County Free Library.'],
    [26, 'l', 'Is the shaft in the middle of the feather, or off to one side?'],
    [70, 'p', 'off to the side kinda'],
    [76, 'l', "An off-center shaft means a flight feather. The U.S. Fish & Wildlife Service's Feather Atlas lets you compare scans: fws.gov/lab/featheratlas. Note that keeping most wild bird feathers is illegal. I'll look through our hawk books tonight and get back to you with my best guess."],
    [82, 'l', 'Does the atlas help to start?'],
    [120, 'p', 'yes cool thanks'],
    [125, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 25 Practice
  s(TRAINEE, '25 practice chat (bird ID script): coded Practice, every check na', [
    [0, 'p', 'testing test - bird ID question'],
    [6, 'l', 'test reply, please ignore'],
    [12, 'l', 'allaboutbirds.org. Did that help?'],
    [20, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 no provider ever joined; Lost Call with two patron lines
  s(NOBODY, '26 pájaro herido en la calle (Spanish): no provider ever joined, "hay alguien??", patron left, coded Lost Call', [
    [0, 'p', 'hola, a quién puedo llamar por un pájaro herido en la calle?'],
    [150, 'p', 'hay alguien??'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 27 a hawk nest: DNR by phone, a councilmember with no contact; code "Referred"
  s(LEO, '27 hawk nest in a tree the HOA will cut: MBTA on fws.gov, DNR by phone, "talk to your county councilmember" (no contact), code "Referred"', [
    [0, 'p', 'theres a hawk nest in a tree the HOA wants to cut down next week, is that legal? who do i call'],
    [24, 'l', "Good morning, Leo at Ask Us Now, Queen Anne's County Library."],
    [30, 'l', 'Is the nest active right now, with eggs or young in it?'],
    [70, 'p', 'yes i see a hawk sitting on it'],
    [76, 'l', 'Hawks and their active nests are protected under the Migratory Bird Treaty Act; the USFWS page at fws.gov/law/migratory-bird-treaty-act-1918 explains it. Call the Maryland DNR Wildlife and Heritage Service at 410-555-0144 to report it, and you may also want to talk to your county councilmember.'],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes thank you, thats all i need'],
    [135, 'l', 'Good luck with the hawks, and thanks for reaching out!'],
  ], usual({ referral: 'fail' }), { resolutionCode: 'Referred' }),

  // 28 identifies but does not greet
  s(MIRA, '28 Audubon app or Merlin: "Ask a Librarian, Mira speaking." (no greeting), songs or photos asked, both apps by URL', [
    [0, 'p', 'which app is better for bird id, audubon or merlin'],
    [19, 'l', 'Ask a Librarian, Mira speaking.'],
    [25, 'l', 'Do you want it more for songs or for photos?'],
    [60, 'p', 'songs mostly'],
    [66, 'l', "For songs, Merlin Bird ID's Sound ID is the stronger of the two; it's free at merlin.allaboutbirds.org. The Audubon Bird Guide app (audubon.org/app) is better as a field guide."],
    [72, 'l', 'Did that help you decide?'],
    [110, 'p', 'yes merlin it is. no more questions'],
    [115, 'l', 'Have fun with it, bye!'],
  ], usual({ greeting: 'fail' })),

  // 29 no question; an internal line does not end the wait
  s(NIA, '29 Great Backyard Bird Count dates: no question asked, patron at 40, internal line at 60, answer at 170 (130 s)', [
    [0, 'p', 'when is the great backyard bird count this year'],
    [15, 'l', 'Hi! Nia here at Ask a Librarian, Wicomico Public Libraries.'],
    [40, 'p', 'also can kids do it'],
    [60, 'i', 'anyone know the GBBC dates offhand?'],
    [170, 'l', "The Great Backyard Bird Count runs four days in mid-February; this year's dates and a kids' guide are at birdcount.org. Anyone can join, kids included."],
    [176, 'l', 'Does that answer your questions?'],
    [200, 'p', 'yes thx thats all'],
    [205, 'l', 'Thanks for chatting, bye!'],
  ], usual({ informed: 'fail', clarify: 'fail' })),

  // 30 no source: an app named with no way to reach it
  s(OREN, '30 a hawk raiding the feeder (chat-speak): "sounds like a Cooper\'s hawk … the Merlin app can help confirm the ID" (no source)', [
    [0, 'p', 'theres a big hawk that sits on my fence & grabs birds from my feeder 😡 what is it and how do i make it stop'],
    [20, 'l', 'hey! Oren here, librarian w/ Ask Us Now 👋'],
    [26, 'l', 'how big is it, crow size? and what color r the eyes & tail?'],
    [60, 'p', 'crow size, long tail w stripes, red eyes i think'],
    [66, 'l', "sounds like a Cooper's hawk. they're protected so u can't harm it, but if u take the feeders down for a week or two it'll usually move on. the Merlin app can help confirm the ID"],
    [72, 'l', 'that help?'],
    [100, 'p', 'ya ok thanks'],
    [104, 'l', 'np, anything else?'],
    [130, 'p', 'no'],
    [134, 'l', 'ok take care, bye!'],
  ], usual({ source: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BIRDING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-seventh round: bird watching and bird identification, checked', () => {
  describeSessions('whole sessions', BIRDING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BIRDING.filter((c) => c.name in LEFT_WHY));
});
