/**
 * Sixty-ninth round, theme BEEKEEPING AND POLLINATORS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: a first hive in Frederick County (01), a mentor club near Tulsa (02), swarms on a
 * mailbox, in an attic vent and inside a Houston wall (03, 09, 25), plants for bees in Tucson and New Jersey (04, 20), honey
 * labels and "raw" honey (05, 19), a child's sting and a daughter's sting allergy (06, 30), the seed library's pollinator mix
 * (07), bee books for children, a grandfather and adult readers (08, 14, 29), honey per hive (11), Pennsylvania colony losses
 * (12), a nuc in the Shenandoah Valley (13), backyard hives in Baltimore City (15), varroa treatment (16), mason bees (17),
 * wasps as pollinators (18), beekeeping classes (21), neonics in Maryland (22), a 1950s Hagerstown bee farm (23), honey bee or
 * yellowjacket (24), Pollinator Week (26), Georgia's Master Beekeeper Program (27), crystallized honey (28). Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/beekeeping-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); a queue line and no provider ever (09); `pickedUpAt`
 *   at 50 s with the first line at 171 (21); "Good morning, you've got Dana at …" (01); "Hi there, this is Priscilla at Ask
 *   Us Now." (the service only, 03); Spanish "Buenas tardes, le atiende Carmen, bibliotecaria de …" (04), "Hola, buenas
 *   tardes. Le habla Rafael, de …" (25), "Hola, bienvenida al chat de la Biblioteca … Soy Beatriz." (30); "Welcome! Jo-Ann
 *   from … here." (27); "Hi there! 👋" + "I'm Kim, one of the librarians at …" over two lines (28: pass); "hiya!! 😊" + a
 *   question under the screen name eastside_ref (07: fail); "Hello! How can I help today?" under "Ask Desk" (29: fail);
 *  inquiry: first hive or not, town, comb or jars, breathing or face swelling, branch, age of the child (18, 30), hives and
 *   harvest, western Washington, shopper or seller, which of four questions first, one talk or a course, home or farm use,
 *   farm or family name, fuzzy or shiny, hole or cluster (03, 25), events or dates, years keeping bees, raw or store-bought,
 *   scientific or story; two book titles before any question (08: fail); no source ever, a question before (03, 23, 30: pass);
 *  waits: a hold answered 125 s later (05: fail); a hold answered exactly 120 s later with the patron's "ok" inside it (22:
 *   pass); 121 s between `pickedUpAt` and the first line (21: fail); a transfer notice answered 84 s later by the receiver
 *   (15); a silent transfer, the receiver 140 s after the patron (16: fail); "Sure, take your time!" then 210 s of silence
 *   (26: waiting on the patron);
 *  endings: "Are you still there?" + "It looks like you may have disconnected, so I'll close this chat now. Feel free to
 *   come back anytime!" (06: final idle 212 s, both pass); a Lost Call with "Are you still there?" and "I'm going to end the
 *   chat now. Thanks for reaching out …" (11: idle pass, notice fails, courteous passes); a goodbye 119 s into the final
 *   idle (24: na); "¿Sigue ahí?" and `endedAt` 180 s after the answer, no notice, no goodbye (25); a notice with no check-in
 *   after "take your time" (26); the patron leaving after the clarifying question, "¿Sigue conectada?" and "Parece que se
 *   desconectó … ¡Gracias por escribirnos y vuelva cuando quiera!" (30); the patron's "no thats all, thank you!" (08) and
 *   "wow ok" (19) last; "Sorry, we only handle one question per chat. Goodbye." (19: dismissal); "several people waiting
 *   … chat with us again later, or e-mail our reference desk" (20: allowed); goodbyes "come back anytime!", "happy
 *   beekeeping!", "Stay safe, bye!", "que le vaya bien, y vuelva cuando quiera", "ok bye! 🌻", "Take care!", "¡Gracias a
 *   usted, hasta luego!", "Happy reading, goodbye!"; patron-side "thats all i needed 🐝", "eso es todo", "thats everything",
 *   "es todo", "no more questions", and "ok ty", "yes thanks", "ok", "yes great" that do not count;
 *  sources: catalogue and Libby, xerces.org lists, fda.gov, agri.ohio.gov, medlineplus.gov, nass.usda.gov, vdacs, health.
 *   baltimorecity.gov and mda.maryland.gov, the Honey Bee Health Coalition guide, WSU and OSU extension sheets, fs.usda.gov,
 *   pollinator.org, bees.caes.uga.edu, honey.com, named books only (29); none (03 "call your county extension office", 23, 30);
 *  referrals: a club's membership chair by phone and URL (02), the county extension office with no contact (03), "please
 *   call his pediatrician" (06: no contact), the library's own reference desk by e-mail (20), a Spanish "Puede llamar a la
 *   Harris County Beekeepers Association … hcbeekeepers.org o 713-555-0148" (25); the association's course "posted on
 *   howardbees.org" (21) and the patron's home library that will call (13) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done in 50 h (12: pass); FU_LIB with the phone only in the
 *   patron field, no time, not done by day 5 (13: contact and on_time fail, code passes); a Spanish promise "se los mando por
 *   correo", e-mail read back, "mañana antes del mediodía", coded Answered (14: code fails, contact passes, on_time pending);
 *   FU_ME, "I'll search our local newspaper files and get back to you", no contact anywhere (23: code and contact fail);
 *  codes: null with no provider (09), Practice (10), a true Lost Call (11, 30: one patron line), Lost Call after three
 *   patron lines (26), "" (27), the field left out (28: na);
 *  transfers: a notice (a hold) and an internal note that says why (15: pass); an internal note only (16: fail);
 *  concurrency: three others open at once through the session (17: four, fail); one ending exactly at the start, one ending
 *   at 60 s as another starts at 60 s, one overlapping (18: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "please call his pediatrician" tells the patron to contact a person outside the chat: a referral, with no way to reach
 *   them (06: fail); "call your county extension office" likewise (03), and an office named with no way to reach it is no
 *   source (03: source fails, but the answer given lets "Does that help for now?" pass followup.completeness);
 * - "e-mail our reference desk at ask@…" tells the patron to contact the provider's own library's department: a referral
 *   with an e-mail (20: pass); "the Howard County Beekeepers Association teaches a spring short course; the schedule is
 *   posted on howardbees.org" points to a website and tells the patron to contact no one (21: na); "I'll pass your question
 *   along and someone from your library will contact you" is a follow-up promise, not a referral (13: na);
 * - `pickedUpAt` at 50 s with the first line at 171: the wait after pickup (121 s, from 50 to 171) is interest.keep_
 *   informed's, and it is longer than 120 s (21: fail; pickup itself passes at 50 s);
 * - "I'll search our local newspaper files and get back to you" gives no source (the files are not a named resource) and no
 *   answer, so followup.completeness has nothing to ask about (23: fail);
 * - the Lost Call greeting "… How can I help?" (11) starts the final idle; "I'm going to end the chat now. Thanks for
 *   reaching out …" thanks (a goodbye) but does not say the patron seems to have disconnected (notice fails);
 * - in 30 the clarifying question "¿Qué edad tiene su hija?" makes a substantive exchange, so the information checks apply
 *   (no source: fail); Lost Call stays valid, the patron having sent one message;
 * - `resolutionCode: undefined` is a field left out (28: na);
 * - "Would you like me to check whether a copy is on the shelf?" offers something not yet given (29: completeness fails).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none. Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120, 121 and 125 s, across a
 * transfer notice and a silent transfer; final idles of 119, 180, 210, 212, 220 and 232 s; concurrency at four and at
 * touching ends; on_time done at 50 h, missed at day 5, pending at day 1 twice) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every case (patron e-mails typed and read back, a patron phone in the
 * patron field, library phones and e-mails beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft); `tsc -p tsconfig.json
 * --noEmit` clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const inLine = (sec: number, n = 1): Line => [sec, 's', `There are ${n} people ahead of you. A librarian will be with you shortly.`];

const DANA: Prov = { id: 'dana-bk', name: 'Dana', library: 'FCPL-MD' };
const MARCUS: Prov = { id: 'marcus-bk', name: 'Marcus', library: 'TCCL' };
const PRISCILLA: Prov = { id: 'priscilla-bk', name: 'Priscilla', library: 'AUN' };
const CARMEN: Prov = { id: 'carmen-bk', name: 'Carmen', library: 'PCPL-AZ' };
const GRANT: Prov = { id: 'grant-bk', name: 'Grant', library: 'CML' };
const TOMAS: Prov = { id: 'tomas-bk', name: 'Tomás', library: 'APL-TX' };
const EASTSIDE: Prov = { id: 'eastside-bk', name: 'eastside_ref', library: 'LCPL' };
const DEV: Prov = { id: 'dev-bk', name: 'Dev', library: 'SPL-IL' };
const NOONE: Prov = { id: 'queue-bk', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-bk', name: 'Trainee 7', library: 'TRN' };
const RUTH: Prov = { id: 'ruth-bk', name: 'Ruth', library: 'AAL' };
const LEAH: Prov = { id: 'leah-bk', name: 'Leah', library: 'SLPA' };
const SAM: Prov = { id: 'sam-bk', name: 'Sam', library: 'VAAL' };
const MARISOL: Prov = { id: 'marisol-bk', name: 'Marisol', library: 'OCLS' };
const NATE: Prov = { id: 'nate-bk', name: 'Nate', library: 'EPFL' };
const ODETTE: Prov = { id: 'odette-bk', name: 'Odette', library: 'EPFL' };
const PAULA: Prov = { id: 'paula-bk', name: 'Paula', library: 'MPL-WI' };
const QUENTIN: Prov = { id: 'quentin-bk', name: 'Quentin', library: 'MPL-WI' };
const RHEA: Prov = { id: 'rhea-bk', name: 'Rhea', library: 'KCLS' };
const SVEN: Prov = { id: 'sven-bk', name: 'Sven', library: 'HCL-MN' };
const WENDELL: Prov = { id: 'wendell-bk', name: 'Wendell', library: 'AACPL' };
const YARA: Prov = { id: 'yara-bk', name: 'Yara', library: 'PPL-NJ' };
const ABBY: Prov = { id: 'abby-bk', name: 'Abby', library: 'HCLS' };
const CELESTE: Prov = { id: 'celeste-bk', name: 'Celeste', library: 'MCPL-MD' };
const IKE: Prov = { id: 'ike-bk', name: 'Ike', library: 'WCFL' };
const GWEN: Prov = { id: 'gwen-bk', name: 'Gwen', library: 'PLS-OK' };
const RAFAEL: Prov = { id: 'rafael-bk', name: 'Rafael', library: 'HPL-TX' };
const HUGO: Prov = { id: 'hugo-bk', name: 'Hugo', library: 'AUN' };
const JOANN: Prov = { id: 'joann-bk', name: 'Jo-Ann', library: 'AFPL' };
const KIM: Prov = { id: 'kim-bk', name: 'Kim', library: 'SGCL' };
const ASKDESK: Prov = { id: 'askdesk-bk', name: 'Ask Desk', library: 'MCL-OR' };
const BEATRIZ: Prov = { id: 'beatriz-bk', name: 'Beatriz', library: 'LACL' };

const s = session;

export const BEEKEEPING: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 first hive in Frederick County: "you\'ve got Dana", first time asked, Sammataro handbook + catalogue, "thats all i needed 🐝"', [
    [0, 'p', 'hi!! thinking about getting bees this spring, where do i even start? we live in Frederick county'],
    [25, 'l', "Good morning, you've got Dana at Frederick County Public Libraries. Happy to help."],
    [31, 'l', 'Have you kept bees before, or would this be your very first hive?'],
    [70, 'p', 'first ever lol. no clue'],
    [78, 'l', 'A friendly first read is "The Beekeeper\'s Handbook" by Diana Sammataro and Alphonse Avitabile; we have four copies, place a hold at fcpl.org (Catalog). "Beekeeping for Dummies" is on Libby too.'],
    [84, 'l', 'Is that the kind of thing you were after?'],
    [120, 'p', 'perfect, thats all i needed 🐝'],
    [126, 'l', 'Glad to help. Enjoy the bees, and come back anytime!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a club by phone and URL
  s(MARCUS, '02 a beekeepers club near Tulsa: pickup at exactly 60 s, town asked, the association\'s membership chair by phone + URL', [
    [0, 'p', 'is there a beekeepers club near Tulsa? want a mentor for my first yr'],
    [60, 'l', 'Hello! This is Marcus, reference librarian at Tulsa City-County Library.'],
    [66, 'l', 'Are you in Tulsa proper or out in the county? A couple of clubs meet in different towns.'],
    [100, 'p', 'broken arrow'],
    [108, 'l', 'The Tulsa Area Beekeepers Association runs a mentor program and meets in Broken Arrow. Give their membership chair a call at 918-555-0172, or write through tulsabeekeepers.org.'],
    [114, 'l', 'Did that help?'],
    [150, 'p', 'yes thx'],
    [155, 'l', 'Anything else I can look up for you?'],
    [190, 'p', 'nope thats it'],
    [194, 'l', 'Thanks for chatting, happy beekeeping!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s; "call your county extension office" with no contact, no source
  s(PRISCILLA, '03 SWARM ON MY MAILBOX: pickup at 61 s, "call your county extension office and ask for their swarm list" (no contact, no source)', [
    [0, 'p', 'THERES A SWARM OF BEES ON MY MAILBOX what do i do'],
    [61, 'l', 'Hi there, this is Priscilla at Ask Us Now.'],
    [66, 'l', 'Are they clustered in a ball, or flying in and out of a hole in a wall?'],
    [85, 'p', 'big ball hanging off the post'],
    [92, 'l', 'That sounds like a swarm resting; it usually moves on within a day or two, and swarming bees are rarely aggressive. Local beekeepers often collect swarms for free: call your county extension office and ask for their swarm list.'],
    [98, 'l', 'Does that help for now?'],
    [120, 'p', 'ok ty'],
    [125, 'l', 'Stay safe, bye!'],
  ], usual({ pickup: 'fail', source: 'fail', anything: 'fail', referral: 'fail' })),

  // 04 Spanish: plants for bees in Tucson
  s(CARMEN, '04 flores para las abejas en Tucson (Spanish): "le atiende Carmen", patio o balcón, Xerces plant list, "eso es todo"', [
    [0, 'p', 'hola quiero plantar flores para las abejas en mi jardin, que me recomiendan? vivo en Tucson'],
    [30, 'l', 'Buenas tardes, le atiende Carmen, bibliotecaria de la Biblioteca Pública del Condado de Pima.'],
    [36, 'l', '¿Tiene un jardín con tierra o son macetas en un balcón?'],
    [80, 'p', 'es un patio chico, con tierra'],
    [88, 'l', 'La Xerces Society tiene listas de plantas nativas para polinizadores del suroeste: xerces.org/pollinator-conservation/plant-lists. El libro "Attracting Native Pollinators" también está en nuestro catálogo (library.pima.gov).'],
    [94, 'l', '¿Es lo que buscaba?'],
    [140, 'p', 'si perfecto eso es todo gracias'],
    [146, 'l', '¡Con gusto! Que le vaya bien, y vuelva cuando quiera.'],
  ], usual()),

  // 05 a hold answered 125 s later
  s(GRANT, '05 honey labels for a farmers market in Ohio: "Let me pull up the labeling rules, one moment." answered 125 s later', [
    [0, 'p', 'I sell honey at the farmers market - what has to be on the label? Ohio'],
    [20, 'l', 'Hi, Grant at Columbus Metropolitan Library here.'],
    [26, 'l', 'Is it raw honey in jars only, or do you also sell comb or flavored honey?'],
    [70, 'p', 'just jars of raw'],
    [80, 'l', 'Let me pull up the labeling rules, one moment.'],
    [205, 'l', 'Sorry for the wait. The FDA guidance "Proper Labeling of Honey and Honey Products" lists what the label needs (common name, net weight, your name and address): fda.gov, search "labeling of honey". Ohio\'s cottage food rules are at agri.ohio.gov (Food Safety > Cottage Food).'],
    [211, 'l', 'Did this answer your question?'],
    [260, 'p', 'yes that covers it, thats everything'],
    [266, 'l', 'Great, good luck at the market, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 06 sting: "call his pediatrician"; check-in and disconnect notice with an invitation back
  s(TOMAS, '06 a 9-year-old\'s puffy hand after a sting: MedlinePlus, "please call his pediatrician", "Are you still there?" at 200, notice + invitation back at 270', [
    [0, 'p', "my son got stung by a bee and his hand is really puffy. is that an allergy? he's 9"],
    [22, 'l', "Hello, I'm Tomás, a librarian with Austin Public Library's Ask a Librarian."],
    [28, 'l', 'Is he having any trouble breathing, or swelling in his face or lips?'],
    [50, 'p', 'no just the hand, it was this morning'],
    [58, 'l', "I can't give medical advice, but MedlinePlus has a page on insect bites and stings that explains the difference between a large local reaction and an allergic one: medlineplus.gov/insectbitesandstings.html. If the swelling keeps spreading, please call his pediatrician."],
    [64, 'l', 'Does that page help?'],
    [200, 'l', 'Are you still there?'],
    [270, 'l', "It looks like you may have disconnected, so I'll close this chat now. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' })),

  // 07 chat-speak, no identification
  s(EASTSIDE, '07 free pollinator seed packets (chat-speak): "hiya!! 😊" then a question under the screen name eastside_ref, no one identified', [
    [0, 'p', 'does the library still do the free seed packets?? want the pollinator mix 🌼🐝'],
    [14, 'l', 'hiya!! 😊'],
    [19, 'l', 'which branch do u usually go to?'],
    [40, 'p', 'eastside'],
    [47, 'l', 'yep the pollinator mix is back in stock! u can reserve packets online at seedlibrary.lcpl.org and pick them up w/ ur holds'],
    [52, 'l', 'that help?'],
    [70, 'p', 'yesss ty'],
    [73, 'l', 'anything else?'],
    [90, 'p', 'nah'],
    [93, 'l', 'ok bye! 🌻'],
  ], usual({ greeting: 'fail' })),

  // 08 books first, no question; the patron has the last word
  s(DEV, '08 bee picture books for a 6-year-old: two titles before any question, "Would either of those work?", patron\'s "no thats all" last', [
    [0, 'p', 'do you have any books about bees for a 6 year old'],
    [20, 'l', "Hi! Welcome to Ask a Librarian at Skokie Public Library, I'm Dev."],
    [26, 'l', '"The Honeybee" by Kirsten Hall and "Give Bees a Chance" by Bethany Barton are both picture books that work well at that age; you can place holds through our catalog at skokielibrary.info.'],
    [32, 'l', 'Would either of those work?'],
    [60, 'p', 'yes the honeybee one! thanks so much'],
    [66, 'l', 'Anything else today?'],
    [90, 'p', 'no thats all, thank you!'],
  ], usual({ clarify: 'fail', courteous: 'fail' })),

  // 09 no provider ever joined
  s(NOONE, '09 bees in the attic on a Sunday: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'there are bees going into my attic vent who do i call on a sunday'],
    inLine(2, 4),
    [120, 'p', 'anyone there??'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 10 Practice
  s(TRAINEE, '10 practice chat testing a pollinator macro: coded Practice, every check na', [
    [0, 'p', 'test - bee question'],
    [5, 'l', 'Testing the new pollinator macro: xerces.org'],
    [12, 'p', 'got it'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 11 a true Lost Call: check-in, then a closing that thanks but does not say the patron seems disconnected
  s(RUTH, '11 honey per hive per year (Lost Call): greeting only, "Are you still there?" at 170, "I\'m going to end the chat now. Thanks …" at 250', [
    [0, 'p', 'how much honey does one hive make in a year'],
    [30, 'l', 'Good evening! This is Ruth with the Ask a Librarian service. How can I help?'],
    [170, 'l', 'Are you still there?'],
    [250, 'l', "I'm going to end the chat now. Thanks for reaching out, and come back anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 follow-up by me, e-mail read back, "by Wednesday", done in 50 h
  s(LEAH, '12 PA colony losses since 2010 (follow-up by me): NASS report, e-mail typed and read back, "by Wednesday", done in 50 h', [
    [0, 'p', 'Im writing a paper on honey bee colony losses in Pennsylvania since 2010, need stats'],
    [18, 'l', "Hello and welcome to Ask Here PA! My name is Leah, I'm a librarian at the State Library."],
    [24, 'l', 'Do you need yearly numbers for PA only, or a comparison with the national figures?'],
    [60, 'p', 'PA only but by year if possible'],
    [68, 'l', 'The USDA NASS "Honey Bee Colonies" report has state figures by quarter since 2015: nass.usda.gov (Publications > Honey Bee Colonies). The earlier years are in older survey archives I\'ll need to dig through. Could I send you what I find by e-mail?'],
    [110, 'p', 'yes!! its k.moreno22@example.com'],
    [116, 'l', "Thanks, k.moreno22@example.com. I'll have the 2010-2014 numbers to you by Wednesday."],
    [122, 'l', 'Does the NASS report work for the later years?'],
    [160, 'p', 'yes perfect thank u'],
    [165, 'l', 'Anything else for today?'],
    [185, 'p', 'no im good'],
    [190, 'l', 'Thanks for using Ask Here PA, good luck with the paper!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 follow-up by the patron's library: phone only in the patron fields, no time, never done
  s(SAM, '13 a nuc in the Shenandoah Valley (follow-up by patron\'s library): "someone from your library will contact you", phone only in the patron field, day 5', [
    [0, 'p', 'where can i buy a nuc of bees in the Shenandoah valley? first timer'],
    [40, 'l', 'Hi, Sam here at the Virginia statewide Ask a Librarian.'],
    [46, 'l', 'Are you hoping to pick them up this spring?'],
    [80, 'p', 'yes april'],
    [88, 'l', "Virginia's state apiarist keeps a list of bee suppliers at vdacs.virginia.gov (search 'honey bee suppliers'). Your home library in Augusta County hosts a beekeeping group, so I'll pass your question along and someone from your library will contact you."],
    [94, 'l', 'Is that list a good start?'],
    [130, 'p', 'yes thanks'],
    [134, 'l', 'Take care!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: null, phone: '540-555-0119' } }, { now: T0 + 5 * DAY }),

  // 14 partly Spanish: a promise coded Answered
  s(MARISOL, '14 libros sobre abejas para el abuelo (partly Spanish): "se los mando por correo mañana", e-mail read back, coded Answered', [
    [0, 'p', 'Hi, busco libros sobre abejas en español para mi abuelo, he keeps bees in Puerto Rico'],
    [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de Ask a Librarian en la Biblioteca de Orlando.'],
    [31, 'l', '¿Prefiere libros impresos, o también le sirven e-books?'],
    [70, 'p', 'impresos, he doesnt use tablet'],
    [78, 'l', 'Tenemos "La apicultura paso a paso" en el catálogo (ocls.info). Voy a buscar más títulos y se los mando por correo. ¿Cuál es su correo?'],
    [120, 'p', 'luisa.rdz@example.com'],
    [126, 'l', 'Perfecto: luisa.rdz@example.com. Le escribo mañana antes del mediodía. ¿Le sirve el libro que le mencioné mientras tanto?'],
    [170, 'p', 'si gracias, es todo'],
    [176, 'l', '¡Gracias a usted, hasta luego!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 an announced transfer with a note that says why
  s(NATE, '15 backyard hives in Baltimore City: "I\'m going to transfer you to Odette…" + internal note why, Odette 84 s after the notice', [
    [0, 'p', 'am i allowed to keep bees in my backyard in Baltimore city? neighbors complaining'],
    [20, 'l', "Hello! This is Nate from Enoch Pratt Free Library's Ask Us Now."],
    [26, 'l', 'Do you already have the hives, or are you still planning?'],
    [60, 'p', 'have 2 hives already'],
    [66, 'l', "I'm going to transfer you to Odette, our law and government librarian. One moment please."],
    [69, 'i', 'Odette, Baltimore City backyard beekeeping rules + a neighbor complaint, city code q, can you take it?'],
    xfer(72, 'Odette', 'odette-bk'),
    [150, 'l', 'Hi, Odette here. Baltimore City allows backyard hives if they are registered; the Health Code rules are on health.baltimorecity.gov, and the state hive registration is at mda.maryland.gov (Apiary Inspection). Does that cover it?', as(ODETTE)],
    [200, 'p', 'yes thats all I needed'],
    [205, 'l', 'Good luck with the bees, bye!', as(ODETTE)],
  ], usual({ transfer: 'pass' })),

  // 16 a silent transfer; the receiver 140 s after the patron
  s(PAULA, '16 organic varroa treatment: internal note only, silent transfer, Quentin 140 s after the patron, Honey Bee Health Coalition guide', [
    [0, 'p', 'whats the best treatment for varroa mites thats organic'],
    [15, 'l', 'Hi, Paula with Ask a Librarian at Madison Public Library.'],
    [21, 'l', 'How many hives, and are you treating before or after the honey harvest?'],
    [60, 'p', 'three hives, after harvest'],
    [66, 'i', 'Quentin, can you take this? varroa mites, you know the extension stuff'],
    xfer(70, 'Quentin', 'quentin-bk'),
    [200, 'l', 'Hello, Quentin here. The Honey Bee Health Coalition\'s free "Tools for Varroa Management" guide compares oxalic acid, formic acid and thymol treatments: honeybeehealthcoalition.org/varroa.', as(QUENTIN)],
    [206, 'l', 'Is that what you were looking for?', as(QUENTIN)],
    [240, 'p', 'yes great'],
    [245, 'l', 'Anything else?', as(QUENTIN)],
    [260, 'p', 'no'],
    [264, 'l', 'Thanks for chatting, good luck with the mites!', as(QUENTIN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 17 four at once
  s(RHEA, '17 a mason bee house in Bellevue: three other chats open at once through this one (four)', [
    [0, 'p', 'how do i set up a mason bee house?'],
    [30, 'l', 'Hi, Rhea here, librarian at King County Library System. Glad you asked!'],
    [36, 'l', 'Are you in western Washington? Timing for mason bees depends on the area.'],
    [70, 'p', 'yes bellevue'],
    [77, 'l', 'The WSU Extension fact sheet "Mason Bees for the Home Gardener" covers setup and cleaning the tubes: extension.wsu.edu (search "mason bees"). Hang the house in early March facing southeast.'],
    [83, 'l', 'Did that answer your question?'],
    [120, 'p', 'yep, thats everything thx'],
    [125, 'l', 'Happy gardening, and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'rhea-bk', -200, 300), other('r2', 'rhea-bk', 10, 200), other('r3', 'rhea-bk', 50, 400)],
  }),

  // 18 three at most: one ends at the start, one ends as another starts
  s(SVEN, '18 "r wasps polinators too" (typos): Forest Service kids page, other chats ending at 0 and at 60 as one starts at 60 (three at most)', [
    [0, 'p', 'r wasps polinators too or just bees?? my kid wants to know lol'],
    [12, 'l', 'Good afternoon! Sven here, from Ask a Librarian at Hennepin County Library.'],
    [18, 'l', 'How old is your kid? I can pick a source that fits.'],
    [40, 'p', '10'],
    [46, 'l', 'Yes, lots of wasps pollinate too, just less than bees. The US Forest Service has a page for this: fs.usda.gov/wildflowers/pollinators (look for "Who are the pollinators?"). The DK Eyewitness book "Insect" is also in our catalog.'],
    [52, 'l', 'Does that help answer it?'],
    [80, 'p', 'ya he loved it'],
    [84, 'l', 'Anything else I can help with?'],
    [100, 'p', 'no thanks!'],
    [104, 'l', 'Bye for now, thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('s1', 'sven-bk', -300, 0), other('s2', 'sven-bk', -100, 60), other('s3', 'sven-bk', 60, 300), other('s4', 'sven-bk', 20, 500)],
  }),

  // 19 "we only handle one question per chat"
  s(WENDELL, '19 "raw" honey, then allergies and clover: "Sorry, we only handle one question per chat. Goodbye." (dismissal), patron\'s "wow ok" last', [
    [0, 'p', 'what does "raw honey" mean legally'],
    [20, 'l', "Hi, it's Wendell at the Ask Us service of Anne Arundel County Public Library."],
    [26, 'l', 'Is this for labeling honey you sell, or as a shopper?'],
    [55, 'p', 'as a shopper'],
    [62, 'l', 'There\'s no federal legal definition of "raw" honey; the FDA\'s honey labeling guidance at fda.gov covers what a label has to say. Does that help?'],
    [100, 'p', 'ok and also is local honey good for allergies? and whats the diff between clover and wildflower'],
    [108, 'l', 'Sorry, we only handle one question per chat. Goodbye.'],
    [115, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 others waiting, a way back, the reference desk by e-mail
  s(YARA, '20 four pollinator questions at once in NJ: plants answered, "several people waiting … chat with us again later or e-mail our reference desk"', [
    [0, 'p', 'hi i need native plants for bees in NJ, also a list of bee books, also is neonic spray banned, also where to get seeds'],
    [25, 'l', "Hello! You're chatting with Yara, librarian at Princeton Public Library."],
    [31, 'l', 'Which of those would you like to start with?'],
    [60, 'p', 'plants first'],
    [66, 'l', "The Xerces Society's Mid-Atlantic pollinator plant list is at xerces.org/pollinator-resource-center/mid-atlantic. Is that what you had in mind?"],
    [110, 'p', 'yes! now the neonic thing and the books and seeds'],
    [118, 'l', "There are several people waiting in the queue right now, so I need to wrap up here. Please chat with us again later, or e-mail our reference desk at ask@princetonlibrary.org and they'll help with the rest. Thanks for your patience!"],
    [130, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 pickedUpAt at 50 s, the first line 121 s later
  s(ABBY, '21 beekeeping classes: pickedUpAt 50 s, first line at 171 (121 s after pickup), the association\'s short course at howardbees.org', [
    [0, 'p', 'do u guys have beekeeping classes'],
    [171, 'l', 'Hey there, this is Abby at Ask Us, Howard County Library System. Sorry to keep you waiting!'],
    [177, 'l', 'Are you looking for a one-time intro talk or a full course?'],
    [210, 'p', 'full course if possible'],
    [216, 'l', "We don't run one ourselves, but the Howard County Beekeepers Association teaches a spring short course; the schedule is posted on howardbees.org. Did that help?"],
    [250, 'p', 'yes!'],
    [254, 'l', 'Anything else?'],
    [270, 'p', 'no thats it'],
    [275, 'l', 'Have a great day, bye!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),

  // 22 a hold answered exactly 120 s later, the patron's "ok" inside it
  s(CELESTE, '22 neonics in Maryland: "Let me look up the law, bear with me." at 70, patron "ok" at 130, answer at 190 (exactly 120 s)', [
    [0, 'p', 'are neonic pesticides banned in maryland? bees keep dying near me'],
    [25, 'l', 'Good morning, thanks for contacting Ask Us Now! This is Celeste, a librarian in Montgomery County.'],
    [31, 'l', 'Do you mean for home use (garden stores) or on farms?'],
    [64, 'p', 'home use'],
    [70, 'l', 'Let me look up the law, bear with me.'],
    [130, 'p', 'ok'],
    [190, 'l', "Maryland's Pollinator Protection Act of 2016 ended retail sales of neonic pesticides to consumers from 2018; the Department of Agriculture explains it at mda.maryland.gov (Pesticide Regulation > Neonicotinoids)."],
    [196, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes thats all i needed thanks'],
    [246, 'l', "You're welcome, take care!"],
  ], usual()),

  // 23 coded follow-up by me, no contact anywhere, no source
  s(IKE, '23 a 1950s Hagerstown bee farm article (follow-up by me): "I\'ll search our local newspaper files and get back to you", no contact, no time, no source', [
    [0, 'p', 'looking for an old newspaper article about a bee farm in Hagerstown in the 1950s'],
    [35, 'l', "Hi! Welcome to Ask a Librarian, Washington County Free Library. I'm Ike."],
    [41, 'l', 'Do you remember the name of the farm or the family?'],
    [90, 'p', 'Stouffer maybe?'],
    [96, 'l', "I'll search our local newspaper files and get back to you."],
    [100, 'l', 'Anything else I can help with today?'],
    [130, 'p', 'no, thank you'],
    [134, 'l', 'Thanks, have a good evening!'],
  ], usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 24 a goodbye 119 s into the final idle
  s(GWEN, '24 honey bee or yellowjacket: answer at 47, goodbye at 166 (final idle 119 s), no check-in', [
    [0, 'p', 'how can i tell if its a honeybee or a yellowjacket in my garden'],
    [14, 'l', 'Hi, this is Gwen with the Ask a Librarian chat at Pioneer Library System.'],
    [20, 'l', "Can you see whether it's fuzzy or shiny?"],
    [40, 'p', 'shiny and bright yellow'],
    [47, 'l', 'Shiny and bright yellow is most likely a yellowjacket; honey bees are fuzzy and brownish. Oklahoma State Extension\'s fact sheet on stinging insects has photos of both: extension.okstate.edu (search "stinging insects").'],
    [53, 'l', 'Is that what you were looking for?'],
    [166, 'l', 'Thanks for chatting with us, bye!'],
  ], usual({ anything: 'fail' })),

  // 25 Spanish: a colony in the wall; check-in, no notice, a final idle of exactly 180 s
  s(RAFAEL, '25 enjambre en la pared en Houston (Spanish): HCBA by URL + phone, "¿Sigue ahí?" at 190, ended at 238 (final idle 180 s), no notice', [
    [0, 'p', 'buenas, hay un enjambre de abejas en la pared de mi casa en Houston, a quien llamo??'],
    [20, 'l', 'Hola, buenas tardes. Le habla Rafael, de la Biblioteca Pública de Houston.'],
    [26, 'l', '¿Las abejas entran y salen de un hueco en la pared, o están colgadas afuera?'],
    [50, 'p', 'entran en un hueco cerca de la ventana'],
    [58, 'l', 'Entonces ya hicieron colmena dentro de la pared. Puede llamar a la Harris County Beekeepers Association, que tiene una lista de apicultores que las sacan vivas: hcbeekeepers.org o 713-555-0148.'],
    [64, 'l', '¿Le ayuda esta información?'],
    [190, 'l', '¿Sigue ahí?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endedAt: at(238) }),

  // 26 coded Lost Call after three patron lines; a notice with no check-in
  s(HUGO, '26 Pollinator Week in Annapolis (Lost Call): "checking rn", "Sure, take your time!", notice + invitation back at 290 with no check-in', [
    [0, 'p', 'when is pollinator week this year'],
    [25, 'l', "Hi! I'm Hugo, a librarian with AskUsNow!"],
    [30, 'l', 'Are you looking for events near you, or just the dates?'],
    [55, 'p', 'both, im in annapolis'],
    [62, 'l', 'The Pollinator Week dates and an events map are posted at pollinator.org/pollinator-week. Does that help?'],
    [75, 'p', 'checking rn'],
    [80, 'l', 'Sure, take your time!'],
    [290, 'l', "It looks like you've disconnected, so I'll close this chat. Thanks for stopping by, come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 27 code ""
  s(JOANN, '27 Georgia Master Beekeeper Program: "Welcome! Jo-Ann from …", UGA program page, "no more questions", code ""', [
    [0, 'p', 'is there a master beekeeper certification in georgia'],
    [10, 'l', 'Welcome! Jo-Ann from Atlanta-Fulton Public Library here.'],
    [16, 'l', 'Do you already keep bees, or would you be starting from scratch?'],
    [40, 'p', 'ive had hives 3 yrs'],
    [48, 'l', 'Then you can start at the Certified level of the Georgia Master Beekeeper Program run by UGA: bees.caes.uga.edu (Georgia Master Beekeeper Program). The exams are given at the Young Harris Beekeeping Institute each May.'],
    [54, 'l', 'Does that answer your question?'],
    [90, 'p', 'yes, no more questions. thanks!'],
    [95, 'l', 'Wonderful, thank you for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 28 a source without codes; the greeting split over two lines
  s(KIM, '28 crystallized honey: "Hi there! 👋" + "I\'m Kim, one of the librarians at …", National Honey Board page, no resolution code field', [
    [0, 'p', 'my honey turned hard and grainy, did it go bad?'],
    [15, 'l', 'Hi there! 👋'],
    [20, 'l', "I'm Kim, one of the librarians at Springfield-Greene County Library."],
    [26, 'l', 'Is it raw honey from a local beekeeper, or store-bought?'],
    [50, 'p', 'raw from the farmers market'],
    [57, 'l', "It hasn't gone bad: raw honey crystallizes naturally. The National Honey Board explains how to re-liquefy it gently in warm water: honey.com/honey-at-home/storing-honey. Did that help?"],
    [80, 'p', 'oh good! yes'],
    [84, 'l', 'Anything else I can help with?'],
    [100, 'p', 'nope'],
    [104, 'l', 'Enjoy the honey, bye!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 29 greets with no one named; an offer of more instead of the completeness question
  s(ASKDESK, '29 narrative history of beekeeping: "Hello! How can I help today?" (no one named), Nordhaus and Hanson, "Would you like me to check … the shelf?"', [
    [0, 'p', 'looking for a good book on the history of beekeeping, adult level'],
    [30, 'l', 'Hello! How can I help today?'],
    [36, 'l', 'Do you want something more scientific, or more of a story?'],
    [70, 'p', 'story, narrative nonfiction'],
    [78, 'l', '"The Beekeeper\'s Lament" by Hannah Nordhaus and "Buzz: The Nature and Necessity of Bees" by Thor Hanson are both good narrative picks.'],
    [84, 'l', 'Would you like me to check whether a copy is on the shelf at your branch?'],
    [120, 'p', 'no im fine, thats everything'],
    [125, 'l', 'Happy reading, goodbye!'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 30 Spanish: the patron leaves after the clarifying question
  s(BEATRIZ, '30 libros infantiles sobre alergia a picaduras (Spanish, Lost Call): age asked, patron left, "¿Sigue conectada?" at 180, notice + invitation back at 260', [
    [0, 'p', 'hola, mi hija es alérgica a las picaduras de abeja, hay libros para niños sobre eso?'],
    [28, 'l', 'Hola, bienvenida al chat de la Biblioteca del Condado de Los Ángeles. Soy Beatriz.'],
    [34, 'l', '¿Qué edad tiene su hija?'],
    left(60),
    [180, 'l', '¿Sigue conectada?'],
    [260, 'l', 'Parece que se desconectó, así que voy a cerrar esta sesión. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BEEKEEPING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-ninth round: beekeeping and pollinators, checked', () => {
  describeSessions('whole sessions', BEEKEEPING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BEEKEEPING.filter((c) => c.name in LEFT_WHY));
});
