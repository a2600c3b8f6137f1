/**
 * Sixty-second round, theme PRODUCT, FOOD AND VEHICLE RECALLS AND SAFETY, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: recall lookups by VIN (a 2017 CR-V, a 1998 F-150 bought on
 * Craigslist, two family cars), car seats (a Graco, a Chicco KeyFit in Spanish, Evenflo in Spanish), cribs and baby gear (a
 * 2008 drop-side crib, a Britax B-Agile stroller and toys from yard sales, a Bright Starts walker, a home daycare's 30 items),
 * food and allergen recalls (queso fresco and listeria in Spanish, cookies with undeclared peanut, Salinas romaine, Quaker
 * Chewy bars, ground beef by establishment number, Similac lot numbers), appliance fires (a Samsung dryer, a Cosori air fryer,
 * a melted space-heater plug, KitchenAid range knobs, a Ninja pressure cooker), batteries (a Rad Power e-bike, a Jetson
 * hoverboard), water beads, and medical devices (a Philips CPAP, a MiniMed pump, an Abbott pacemaker letter, EzriCare eye
 * drops). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/sixtySecondRoundRecalls-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! This is Anita, a librarian with …" (01); pickup at exactly 60 s with "Thanks for contacting Ask Us
 *   Now! You're chatting with Brian" (02: pass) and at 61 s (03: fail); Spanish "¡Buenas tardes! Soy Diego, bibliotecario …"
 *   (04) and "¡Hola! Le atiende Zaira, bibliotecaria …" (24); code-switched "¡Hola! Soy Luz, librarian at Houston Public
 *   Library." (12); "Hey there! How can I help today?" under the screen name "Marisol R." (05: identifies no one, fail); "Oh
 *   no, glad everyone's ok. Hi, I'm Faye …" (07); "Hey, welcome to Richland Library's Ask chat! Will here." (21); `pickedUpAt`
 *   at 50 s with the first line at 190 (30); no provider ever joined, the patron writing "hola?? alguien" (16);
 *  inquiry: VIN, model sticker, crib type, brand and expiry date, service records, lot number, establishment number, which
 *   product, a priority question "Would it help to start with the sleep and feeding gear …?" (23: LEFT); the answer given with
 *   no question at all (28: fail);
 *  waits: a hold answered exactly 120 s later by a partial result that says the search goes on, the answer 94 s after it (06:
 *   pass); a hold answered 121 s later (07: fail); an announced transfer answered 84 s after the notice (17); a silent
 *   transfer, the receiver 130 s after the patron (18: fail); the patron's "hello?" at 100 s and the first line 140 s after
 *   `pickedUpAt` (30: fail); the patron's "ya thx" left unanswered at the end (14: an open span, pass);
 *  endings: a Lost Call with a greeting only, "Are you still there?" and "It looks like you've been disconnected. I'm going to
 *   close this chat now." (13: final idle 190 s, both pass, no goodbye so courteous fails); a goodbye exactly 120 s after the
 *   answer with no check-in (25: idle fails, disconnect na); a check-in and no goodbye, final idle 179 s (26: idle passes,
 *   disconnect na); a disconnect notice that thanks and invites back with no check-in, 190 s (27: idle fails, notice passes);
 *   "Sorry, your time is up for this chat. Goodbye." (22: dismissal fails, courteous passes); "I have other patrons waiting
 *   … please chat back in anytime" (23: allowed); the patron's "ya thx" last (14) and "wow ok" last (22); goodbyes "Thanks for
 *   chatting, drive safe!", "Bye for now!", "Gracias a usted por escribirnos. ¡Cuídese!", "Take care, and thanks for
 *   chatting!", "Good luck to your daughter, take care!", "Good call. Thanks for chatting, goodnight!", "Bye now!";
 *   patron-side "thats all i needed", "no more questions", "eso es todo", "es todo", "thats everything", "no that's
 *   everything", "thats all", and "yeah. thx", "si gracias", "ok fair, thanks", "yes ok im calling now" that do not count;
 *  sources: nhtsa.gov/recalls, nhtsa.gov/car-seat-recalls, cpsc.gov/Recalls, SaferProducts.gov, fda.gov pages, the FDA
 *   device recall database by URL, fsis.usda.gov/recalls, cdc.gov, manufacturers' recall sites, the Chilton Library database
 *   through the library's site, MedlinePlus; none, the FDA and an eye doctor named with no way to reach them (29: fail);
 *  completeness: "Does that make the letter clearer?" (17: LEFT), "Does that take care of it?", "Does the FDA listing help in
 *   the meantime?", "¿Le sirvió esta información?", "¿Era lo que buscaba?"; "Hope this helps!" (28: fail); "Let me know if
 *   that works!" (26: pass after correction, see COUNTS);
 *  referrals: "contact the Oregon Attorney General's consumer protection office" with no contact (08: fail); "llame a la
 *   estación de bomberos de Chula Vista al 619-555-0190" (24: LEFT); "call your eye doctor … report the problem to the FDA"
 *   (29: fail); "Someone from your home library's reference staff will e-mail you" (11: no referral, the patron contacts no
 *   one); websites to use (SaferProducts.gov, FDNY's safety page) as sources, not referrals (06, 07, 08);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done in 20 h (09: pass); a promise to call back,
 *   the phone read back, no time, coded Answered, not done by day 4 (10: code, contact and on_time fail); FU_LIB with the
 *   e-mail only in `patron.email`, "within 72 hours", done at 71 h (11: code passes, contact fails, on_time passes); FU_ME,
 *   "le mando la lista por correo el lunes", no e-mail or phone anywhere (12: code and contact fail, on_time pending);
 *  codes: a true Lost Call (13); Lost Call after three patron lines (14: fail); Practice (15); the field left out with no
 *   provider (16: na); an empty string (28: fail);
 *  transfers: a notice (a hold) and an internal note that says why, before it (17: pass); silent, no note (18: fail); a notice
 *   but the note 3 s after the transfer (19: fail);
 *  concurrency: three others open from 60 s (20: four at once, fail); one ending exactly at the start, one starting exactly
 *   when another ends, another provider's chat over the whole session (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there! How can I help today?" greets but identifies no one; the screen name "Marisol R." does not count (05);
 * - a `resolutionCode` set to `undefined` is a field left out (JSON drops it): the source has no codes, code na (16);
 * - after `pickedUpAt` (50 s) the patron waits on the provider until the first provider line (190 s): 140 s after pickup,
 *   longer than 120 s whichever end of the span is counted (30: fail), while pickup itself passes (50 s);
 * - "Would it help to start with the sleep and feeding gear …?" asks about the need (which part of it to answer first), so
 *   it is a clarifying question before the first source (23);
 * - "Does that make the letter clearer?" asks whether what was given meets the need (to understand the letter) (17); "Let
 *   me know if that works!" asks, indirectly, whether what was given works; "Hope this helps!" only wishes it (26, 28);
 * - "llame a la estación de bomberos … al 619-555-0190" tells the patron to call an organisation (24: a referral with a
 *   phone); "contact the Oregon Attorney General's consumer protection office" (08) and "report the problem to the FDA" (29)
 *   tell the patron to contact agencies, with no way to reach them; "file it at SaferProducts.gov" points to a website to use
 *   (a source, 08); "Someone from your home library's reference staff will e-mail you" tells the patron to contact no one (11);
 * - "Good luck to your daughter, take care!" (10) and "Gracias … ¡Cuídese!" (04) say goodbye / thank the patron;
 * - "Sorry, your time is up for this chat. Goodbye." tells the patron their time is up with no way back (22);
 * - a final idle of exactly `idleCheckSeconds` (120 s, 25) applies (≥); one of 179 s (26) is under `disconnectSeconds`.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 1:
 *  - case 26, followup.completeness fail -> pass: I had failed "Let me know if that works!" because it is not a question;
 *    RUBRIC asks only that the provider "asks whether the information already given meets the need", with no word about the
 *    form, and "let me know if that works" is an indirect question asking exactly that (unlike "Hope this helps!", 28, which
 *    asks nothing).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 17: "Does that make the letter clearer?" read as not asking (fail; RUBRIC pass);
 *  - inquiry.clarify, case 23: "Would it help to start with the sleep and feeding gear …?" not read as a question about the
 *    need (fail; RUBRIC pass);
 *  - referral.contact, case 24: Spanish "llame a la estación de bomberos de Chula Vista al 619-555-0190" read as no referral
 *    (na; RUBRIC pass: call an organisation, phone given).
 * Every timing check (pickup at 60, 61 and 50 s by `pickedUpAt`, no provider; keep_informed at exactly 120 s across a
 * partial-result hold, 121 s, 130 s after a silent transfer, 140 s after `pickedUpAt`, an open span at the end; final idles
 * of 120, 179 and 190 s, and 190 s on a Lost Call; concurrency at four and at touching ends; on_time done at 20 h and 71 h,
 * missed at day 4, pending at day 1) scored as labelled on the first run. The redaction equality of describeSessions holds for
 * every running case (a patron e-mail and a patron phone typed and read back, an e-mail only in the patron field).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 as labelled, 3 through describeLeft); `tsc -p tsconfig.json
 * --noEmit` clean.
 * ON v56 (block V, written partly from these twelve files): case 17's "Does that make the letter clearer?" (V8) and 24's "llame a
 *   la estación de bomberos de Chula Vista al 619-555-0190" (V9) read as labelled and run: 29 running, 1 LEFT (23).
 * ON v57 (block W, W4): case 23 reads as labelled and runs: "Would it help to start with the sleep and feeding gear, …?" asks
 *   about the need before the first source; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in the queue. A librarian will be with you shortly.`];

const ANITA: Prov = { id: 'anita-r', name: 'Anita', library: 'MCPL' };
const BRIAN: Prov = { id: 'brian-r', name: 'Brian', library: 'AUN' };
const CLARA: Prov = { id: 'clara-r', name: 'Clara', library: 'HCL-MN' };
const DIEGO: Prov = { id: 'diego-r', name: 'Diego', library: 'LAPL' };
const MARISOL: Prov = { id: 'marisol-r', name: 'Marisol R.', library: 'CCPL-OH' };
const EVAN: Prov = { id: 'evan-r', name: 'Evan', library: 'NYPL' };
const FAYE: Prov = { id: 'faye-r', name: 'Faye', library: 'TCCL' };
const GREG: Prov = { id: 'greg-r', name: 'Greg', library: 'MCL-OR' };
const HANA: Prov = { id: 'hana-r', name: 'Hana', library: 'BCPL' };
const IAN: Prov = { id: 'ian-r', name: 'Ian', library: 'SPL-CA' };
const JADE: Prov = { id: 'jade-r', name: 'Jade', library: 'AUN' };
const LUZ: Prov = { id: 'luz-r', name: 'Luz', library: 'HPL-TX' };
const MAX: Prov = { id: 'max-r', name: 'Max', library: 'DPL-CO' };
const NINA: Prov = { id: 'nina-r', name: 'Nina', library: 'HCPLC' };
const TRAINEE: Prov = { id: 'trainee-r', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-r', name: 'Queue', library: 'VRQ' };
const OMAR: Prov = { id: 'omar-r', name: 'Omar', library: 'AUN' };
const PILAR: Prov = { id: 'pilar-r', name: 'Pilar', library: 'AUN' };
const QUINCY: Prov = { id: 'quincy-r', name: 'Quincy', library: 'KRL' };
const RAE: Prov = { id: 'rae-r', name: 'Rae', library: 'KRL' };
const SETH: Prov = { id: 'seth-r', name: 'Seth', library: 'OCLS' };
const TESS: Prov = { id: 'tess-r', name: 'Tess', library: 'OCLS' };
const VERA: Prov = { id: 'vera-r', name: 'Vera', library: 'PPL-AZ' };
const WILL: Prov = { id: 'will-r', name: 'Will', library: 'RL-SC' };
const XAVI: Prov = { id: 'xavi-r', name: 'Xavi', library: 'AUN' };
const YARA: Prov = { id: 'yara-r', name: 'Yara', library: 'SPPL' };
const ZAIRA: Prov = { id: 'zaira-r', name: 'Zaira', library: 'CVPL' };
const ABBY: Prov = { id: 'abby-r', name: 'Abby', library: 'KCPL-MO' };
const BETH: Prov = { id: 'beth-r', name: 'Beth', library: 'RPL-VA' };
const DEV: Prov = { id: 'dev-r', name: 'Dev', library: 'SPL-WA' };
const FRAN: Prov = { id: 'fran-r', name: 'Fran', library: 'PCPL-AZ' };
const GABE: Prov = { id: 'gabe-r', name: 'Gabe', library: 'APL-AK' };
const HUGO: Prov = { id: 'hugo-r', name: 'Hugo', library: 'FLP' };

const s = session;

export const sixtySecondRoundRecalls: SessionCase[] = [
  // 01 the plain good session
  s(ANITA, '01 open recalls on a 2017 CR-V by VIN: "Good morning! This is Anita", VIN asked, nhtsa.gov/recalls, "thats all i needed"', [
    [0, 'p', 'hi can i check if my car has recalls w/ the VIN? 2017 honda crv'],
    [22, 'l', 'Good morning! This is Anita, a librarian with Montgomery County Public Libraries.'],
    [28, 'l', "Do you have the 17-character VIN handy? It's on the driver's side of the dashboard and on your registration card."],
    [70, 'p', 'yes got it'],
    [76, 'l', "Type it into NHTSA's lookup at nhtsa.gov/recalls: it lists any recall that hasn't been repaired on that exact car. Honda has its own lookup too, at owners.honda.com/recalls."],
    [82, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'perfect just did it, one open recall for the airbag. thats all i needed'],
    [136, 'l', 'Glad it turned up. Thanks for chatting, drive safe!'],
  ], usual()),

  // 02 pickup at exactly 60 s
  s(BRIAN, '02 a Graco car seat: pickup at exactly 60 s, "Thanks for contacting Ask Us Now! You\'re chatting with Brian", model sticker asked, "no more questions"', [
    [0, 'p', 'is my sons car seat recalled?? its a graco, bought it last yr'],
    [60, 'l', "Thanks for contacting Ask Us Now! You're chatting with Brian, a librarian in Frederick."],
    [66, 'l', "Can you find the model number and the date of manufacture? They're on a white sticker on the side or bottom of the seat."],
    [140, 'p', 'model 1963495 made 03/2025'],
    [146, 'l', "Two places to check: NHTSA's car seat recall list at nhtsa.gov/car-seat-recalls, and Graco's own page at gracobaby.com/recalls where you can enter that model number."],
    [152, 'l', 'Did that help?'],
    [200, 'p', 'yes not on the list phew. no more questions'],
    [205, 'l', 'Great news. Bye for now!'],
  ], usual()),

  // 03 pickup at 61 s
  s(CLARA, '03 grandma\'s 2008 drop-side crib: pickup at 61 s, "sorry for the wait", cpsc.gov/SafeSleep, "Thanks for asking, and congrats"', [
    [0, 'p', 'my mom wants to give us her old drop side crib from 2008 is it still safe to use'],
    [61, 'l', 'Hi, Clara from Hennepin County Library here, sorry for the wait.'],
    [67, 'l', 'Is it a full-size crib, and does it still have the side that slides down?'],
    [110, 'p', 'yes full size, drop side still works'],
    [116, 'l', 'Drop-side cribs were banned from sale in 2011 and CPSC advises families not to use them; the crib safety page at cpsc.gov/SafeSleep explains why and what to look for in a crib instead.'],
    [122, 'l', 'Does that answer your question?'],
    [170, 'p', 'ya makes sense. ok'],
    [176, 'l', 'Anything else I can help you with?'],
    [200, 'p', 'no'],
    [204, 'l', 'Thanks for asking, and congrats on the baby!'],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish: a listeria cheese recall
  s(DIEGO, '04 queso fresco y listeria (Spanish): "¡Buenas tardes! Soy Diego, bibliotecario", marca y lote, fda.gov, "eso es todo"', [
    [0, 'p', 'hola, escuche que hay un recall de queso fresco por listeria, como se si el que compre esta incluido?'],
    [30, 'l', '¡Buenas tardes! Soy Diego, bibliotecario de la Biblioteca Pública de Los Ángeles.'],
    [36, 'l', '¿Me puede decir la marca y la fecha de vencimiento que aparece en el paquete?'],
    [90, 'p', 'marca El Ranchito, vence 12/20'],
    [96, 'l', "La FDA publica todos los retiros de alimentos en fda.gov/safety/recalls-market-withdrawals-safety-alerts; busque 'queso fresco' y compare el número de lote. Si su queso está incluido, no lo coma y tírelo a la basura."],
    [102, 'l', '¿Le sirvió esta información?'],
    [150, 'p', 'si, si es el lote 😬 eso es todo, gracias'],
    [156, 'l', 'Gracias a usted por escribirnos. ¡Cuídese!'],
  ], usual()),

  // 05 greets but names no one
  s(MARISOL, '05 yard-sale toys and a Rock \'n Play (screen name only): "Hey there! How can I help today?", cpsc.gov/Recalls, "no thats all"', [
    [0, 'p', 'bought a bunch of toys at a yard sale for my grandkids, how do i know if any r recalled. theres a fisher price rock n play thing too'],
    [15, 'l', 'Hey there! How can I help today?'],
    [21, 'l', 'Do you have the brand and model names for the toys? The sleeper especially.'],
    [60, 'p', 'fisher price rock n play sleeper, and some little people toys'],
    [66, 'l', "The Rock 'n Play Sleeper was recalled in 2019 and shouldn't be used at all. For the rest, search by brand on cpsc.gov/Recalls; Fisher-Price's own recall list is at service.mattel.com (Product Recalls)."],
    [72, 'l', 'Does this help?'],
    [110, 'p', 'oh wow ok. thank u!!'],
    [115, 'l', 'Anything else?'],
    [135, 'p', 'no thats all'],
    [140, 'l', 'Have a good one, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold of exactly 120 s, then a partial-result hold
  s(EVAN, '06 hot Rad Power e-bike battery: hold at 76, partial result exactly 120 s later, answer 94 s after that', [
    [0, 'p', 'my e-bike battery gets super hot when charging, is there a recall?? its a Rad Power bikes battery'],
    [20, 'l', "Hello, Evan at NYPL's Ask NYPL here."],
    [26, 'l', 'Which model of bike is it, and roughly when did you buy it?'],
    [70, 'p', 'radwagon 4, 2022'],
    [76, 'l', 'Let me look through the recall listings, one moment.'],
    [196, 'l', "I found a CPSC warning about Rad Power batteries — still checking whether it covers your model."],
    [290, 'l', "It does: CPSC's notice at cpsc.gov (search 'Rad Power Bikes batteries') covers the RadWagon 4 battery and says to stop using and charging it. FDNY's lithium-ion battery page at fdny.org/safety explains safe charging in general."],
    [296, 'l', 'Is that the info you needed?'],
    [350, 'p', 'yes thanks, thats everything'],
    [356, 'l', 'Thanks, and stay safe!'],
  ], usual()),

  // 07 a hold of 121 s
  s(FAYE, '07 a Samsung dryer fire: "Give me a minute to check the recall databases." answered 121 s later, SaferProducts.gov', [
    [0, 'p', 'our samsung dryer caught fire last night (everyone ok) how do I report it? and is it recalled'],
    [25, 'l', "Oh no, glad everyone's ok. Hi, I'm Faye, a librarian at Tulsa City-County Library."],
    [31, 'l', 'Do you have the model number from the door frame or the back panel?'],
    [80, 'p', 'DV42H5000EW'],
    [86, 'l', 'Give me a minute to check the recall databases.'],
    [207, 'l', "Sorry for the wait. I don't see a recall for that model, but you can report the fire at SaferProducts.gov, the CPSC's public database; reports there can lead to recalls. Samsung's recall page, samsung.com/us/recalls, is worth a second look too."],
    [213, 'l', 'Does that help?'],
    [260, 'p', 'yes, thank you'],
    [266, 'l', 'Anything else I can look up?'],
    [290, 'p', 'nope thats all'],
    [295, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 08 a referral with no way to reach
  s(GREG, '08 a melted space-heater plug: SaferProducts.gov, "contact the Oregon Attorney General\'s consumer protection office" (no contact), "yeah. thx"', [
    [0, 'p', 'a space heater i bought at a discount store melted the plug. store wont take it back. who do i report this too'],
    [18, 'l', "Hi, Greg with Multnomah County Library's Ask a Librarian."],
    [24, 'l', 'Are you hoping for a refund, or mainly to report the safety problem, or both?'],
    [70, 'p', 'both honestly'],
    [76, 'l', "For the safety report, file it at SaferProducts.gov (the CPSC's public database). For the refund, contact the Oregon Attorney General's consumer protection office; they handle complaints about stores."],
    [82, 'l', 'Is that what you needed?'],
    [125, 'p', 'yeah. thx'],
    [130, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 09 follow-up by me: e-mail typed and read back, "by tomorrow afternoon", done in 20 h
  s(HANA, '09 Philips DreamStation CPAP foam recall (follow-up by me): e-mail read back, "by tomorrow afternoon", done in 20 h', [
    [0, 'p', "my dad's CPAP is a Philips DreamStation, I heard about a recall with the foam. what is he supposed to do now"],
    [28, 'l', "Good afternoon, thanks for contacting Ask Us! I'm Hana, a librarian at Baltimore County Public Library."],
    [34, 'l', 'Has he registered the device with Philips yet, or is this the first you are hearing of it?'],
    [90, 'p', 'first time hearing'],
    [96, 'l', "The FDA's page on the Philips Respironics recall (fda.gov, search 'Philips Respironics recall') explains the risk and what patients should do; Philips' registration site is philipsrespironics.com. I'd like to find the newest FDA update for you too. Can I e-mail it?"],
    [150, 'p', 'yes pls, ray.okafor@example.net'],
    [156, 'l', "Got it, ray.okafor@example.net. I'll send it by tomorrow afternoon."],
    [162, 'l', 'Does the FDA page cover what you need for now?'],
    [200, 'p', 'yes, thank u'],
    [206, 'l', 'Anything else today?'],
    [230, 'p', 'no thats all'],
    [235, 'l', 'Thanks for using Ask Us, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 10 a promise to call back, phone read back, no time, coded Answered, never done
  s(IAN, '10 cracked MiniMed retainer ring: "I\'ll ... call you with what I find", phone read back, no time, coded Answered, not done by day 4', [
    [0, 'p', 'is there a recall on medtronic minimed 630g insulin pumps? my daughter uses one'],
    [22, 'l', 'Hi! Ian here, a librarian at Sacramento Public Library.'],
    [28, 'l', 'Are you asking about the pump itself or the infusion sets that go with it?'],
    [75, 'p', 'the pump, the little ring thing on it is cracked'],
    [81, 'l', "The FDA's medical device recall database (accessdata.fda.gov/scripts/cdrh/cfdocs/cfRES/res.cfm) lists the MiniMed 600 series retainer ring recall. I'll also check whether there's anything newer and call you with what I find. What's a good number?"],
    [130, 'p', '916-555-0172'],
    [136, 'l', "Thanks, that's 916-555-0172. Does the FDA listing help in the meantime?"],
    [180, 'p', 'yes it does'],
    [186, 'l', 'Anything else?'],
    [200, 'p', 'no, thats all'],
    [205, 'l', 'Good luck to your daughter, take care!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 11 follow-up by the patron's library: e-mail only in patron.email, "within 72 hours", done at 71 h
  s(JADE, '11 1998 F-150 bought on Craigslist (follow-up by patron\'s library): e-mail only in the patron field, "within 72 hours", done at 71 h', [
    [0, 'p', 'bought a 1998 f150 from a guy on craigslist, how do i know if the cruise control recall was ever done on it'],
    [35, 'l', 'Hello! Jade here, with the Ask Us Now statewide librarians.'],
    [41, 'l', 'Does the seller have any service records, or do you only have the VIN?'],
    [100, 'p', 'just the vin and title'],
    [106, 'l', "NHTSA's VIN lookup at nhtsa.gov/recalls shows whether a recall is still open on that VIN. The Chilton Library database (Research > Databases at hclibrary.org) has Ford's service bulletins for it too. Someone from your home library's reference staff will e-mail you within 72 hours about getting the dealer service history."],
    [112, 'l', 'Does that help so far?'],
    [160, 'p', 'yep'],
    [165, 'l', 'Anything else?'],
    [190, 'p', 'nope'],
    [195, 'l', 'Thanks for chatting, good luck with the truck!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_LIB, patronLibrary: 'HCLS', patron: { name: null, email: 'dwight.f150@example.org', phone: null }, followUps: [{ doneAt: at(71 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 12 partly Spanish: follow-up by me with no contact anywhere
  s(LUZ, '12 galletas con cacahuate (partly Spanish, follow-up by me): "le mando la lista por correo el lunes", no e-mail or phone anywhere', [
    [0, 'p', 'hi, mi hijo es alergico al cacahuate and I heard some cookies were recalled for undeclared peanut?? cual marca'],
    [20, 'l', '¡Hola! Soy Luz, librarian at Houston Public Library. Happy to help en español o en inglés.'],
    [26, 'l', '¿Sabe el nombre de las galletas o la tienda donde las compró?'],
    [80, 'p', 'no se la marca, las compre en HEB'],
    [86, 'l', "La FDA lista los retiros por alérgenos en fda.gov/safety/recalls-market-withdrawals-safety-alerts (busque 'peanut'). Voy a buscar cuáles se vendieron en HEB y le mando la lista por correo el lunes."],
    [92, 'l', '¿Le ayuda eso por ahora?'],
    [140, 'p', 'si gracias'],
    [146, 'l', '¡Gracias por escribir, que esté bien!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 13 a true Lost Call: check-in and notice, no goodbye
  s(MAX, '13 Ninja pressure cooker (Lost Call): greeting only, "Are you still there?" at 150, "It looks like you\'ve been disconnected … close this chat now." at 210', [
    [0, 'p', 'is the ninja pressure cooker recall still going on'],
    [25, 'l', "Hi, Max from Denver Public Library's Ask a Librarian. How can I help?"],
    [150, 'l', 'Are you still there?'],
    [210, 'l', "It looks like you've been disconnected. I'm going to close this chat now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after three patron lines; the patron has the last word
  s(NINA, '14 a Bright Starts baby walker: coded Lost Call after three patron lines, "ya thx" last, no goodbye', [
    [0, 'p', 'whats the recall on the baby walkers from walmart'],
    [18, 'l', 'Hello, Nina with Hillsborough County Public Library, Ask a Librarian.'],
    [24, 'l', 'Do you know the brand of the walker?'],
    [60, 'p', 'i think its Bright Starts?'],
    [66, 'l', "Search 'Bright Starts' on cpsc.gov/Recalls; each recall notice shows the model numbers and what to do. Did that help?"],
    [120, 'p', 'ya thx'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(TRAINEE, '15 practice chat (recall macro test): coded Practice, every check na', [
    [0, 'p', 'testing 123 car seat recall'],
    [6, 'l', 'testing the new recall macro'],
    [12, 'l', 'Recalls: nhtsa.gov/recalls and cpsc.gov/Recalls. Did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 Spanish, no provider ever joined, no code field
  s(NOBODY, '16 sillas de auto Evenflo (Spanish): no provider ever joined, "hola?? alguien", patron left, resolutionCode left out', [
    [0, 'p', 'buenas, hay algun recall de las sillas de auto Evenflo? es urgente'],
    queue(3, 4),
    [150, 'p', 'hola?? alguien'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),

  // 17 an announced transfer with a note that says why
  s(OMAR, '17 an Abbott pacemaker recall letter: "I\'m going to pass you to Pilar, our health sciences librarian" + internal note, Pilar 84 s later', [
    [0, 'p', "my mom got a letter saying her pacemaker is under a recall (Abbott) but it's confusing, what does it mean"],
    [20, 'l', 'Hi there, this is Omar, a librarian with Ask Us Now.'],
    [26, 'l', "Do you have the letter in front of you? Does it name the device model, or mention a 'firmware update'?"],
    [80, 'p', 'yes it says Assurity and firmware update'],
    [86, 'l', "I'm going to pass you to Pilar, our health sciences librarian; she knows the FDA device databases well. Just a moment."],
    [90, 'i', 'Pilar, pt\'s mom has an Abbott Assurity pacemaker recall letter (firmware), health q, can you take it?'],
    xfer(94, 'Pilar', 'pilar-r'),
    [170, 'l', "Hello, I'm Pilar. The FDA's notice about the Assurity firmware update is in the recall list at fda.gov/medical-devices/medical-device-recalls, and MedlinePlus has a plain-language pacemaker page at medlineplus.gov/pacemakers.html.", as(PILAR)],
    [176, 'l', 'Does that make the letter clearer?', as(PILAR)],
    [230, 'p', 'yes much clearer. thats all I needed'],
    [236, 'l', 'Thank you, and best to your mom!', as(PILAR)],
  ], usual({ transfer: 'pass' })),

  // 18 a silent transfer with no note, the receiver 130 s after the patron
  s(QUINCY, '18 a $20 Britax B-Agile stroller at a garage sale: silent transfer, no internal note, Rae 130 s after the patron', [
    [0, 'p', 'found a britax b-agile stroller at a garage sale for $20 lol too good to be true? any recall'],
    [22, 'l', 'Hi, Quincy at Ask a Librarian, Kitsap Regional Library.'],
    [28, 'l', "Do you know roughly what year it was made? There's a date on the label on the frame."],
    [70, 'p', '2013 i think'],
    xfer(78, 'Rae', 'rae-r'),
    [200, 'l', "Hi, Rae here, also with Kitsap Regional Library. Britax recalled B-Agile strollers made 2011-2015 because the folding hinge can cut off a fingertip; the notice is on cpsc.gov (search 'Britax B-Agile').", as(RAE)],
    [206, 'l', 'Does that help you decide?', as(RAE)],
    [250, 'p', 'yikes, yes. no more questions thanks'],
    [256, 'l', 'Thanks for checking first — bye!', as(RAE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 19 an announced transfer, the note only after it
  s(SETH, '19 ground beef E. coli recall, EST. 960A: transfer announced, the internal note 3 s after the transfer, Tess on fsis.usda.gov', [
    [0, 'p', 'how do i check if the ground beef in my freezer is part of the e coli recall'],
    [20, 'l', 'Good evening, Seth at the Ask a Librarian service of Orange County Library System.'],
    [26, 'l', "Is there a USDA establishment number on the package? It looks like 'EST. 1234' inside the inspection mark."],
    [75, 'p', 'EST. 960A'],
    [81, 'l', "I'm transferring you to my colleague Tess, who's covering food safety questions tonight. One sec."],
    xfer(85, 'Tess', 'tess-r'),
    [88, 'i', 'Tess: beef recall, pt has EST 960A, thanks'],
    [150, 'l', "Hi, Tess here! USDA's Food Safety and Inspection Service posts meat recalls at fsis.usda.gov/recalls with the establishment numbers listed; search 960A there.", as(TESS)],
    [156, 'l', 'Does that answer your question?', as(TESS)],
    [210, 'p', 'yes it matches, tossing it. thats all'],
    [215, 'l', 'Good call. Thanks for chatting, goodnight!', as(TESS)],
  ], usual({ transfer: 'fail' })),

  // 20 four at once
  s(VERA, '20 Chuckle & Roar water beads: three other chats of Vera open from 60 s (four at once)', [
    [0, 'p', 'are water beads recalled? my daughters got a kit for her bday'],
    [30, 'l', "Hi! I'm Vera, a librarian at Phoenix Public Library."],
    [36, 'l', 'Which brand is the kit?'],
    [70, 'p', 'Chuckle & Roar'],
    [76, 'l', "Yes, the Chuckle & Roar Ultimate Water Beads Activity Kit was recalled in 2023 after a child died from swallowing beads; the notice with the refund steps is at cpsc.gov/Recalls (search 'water beads')."],
    [82, 'l', 'Did that answer it?'],
    [120, 'p', 'omg ok. thank you. thats all'],
    [126, 'l', 'Thank you for asking, take care!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vera-r', -200, 300), other('v2', 'vera-r', 20, 200), other('v3', 'vera-r', 60, 500)],
  }),

  // 21 three at most: touching ends, another provider's chat
  s(WILL, '21 Cosori air fryer fire recall: "Hey, welcome to Richland Library\'s Ask chat! Will here.", touching ends, three at most', [
    [0, 'p', 'does my cosori air fryer have the fire recall, model CP158-AF'],
    [25, 'l', "Hey, welcome to Richland Library's Ask chat! Will here."],
    [31, 'l', 'Is the model number on the bottom label exactly CP158-AF, or does it have more letters after it?'],
    [90, 'p', 'CP158-AF-RXW'],
    [96, 'l', "That one's on the 2023 recall list. Cosori's recall page at cosori.com/recall has the serial-number check and the replacement form; the CPSC notice is at cpsc.gov/Recalls (search 'Cosori')."],
    [102, 'l', 'Does that take care of it?'],
    [170, 'p', 'yes. ugh. ok thanks'],
    [176, 'l', 'Anything else I can check for you?'],
    [220, 'p', "no that's everything"],
    [226, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [
      other('w1', 'will-r', -300, 0), other('w2', 'will-r', -100, 200), other('w3', 'will-r', 100, 300), other('w4', 'will-r', 200, 600),
      other('x1', 'vera-r', 0, 231),
    ],
  }),

  // 22 "your time is up"
  s(XAVI, '22 two cars and a dishwasher: "Sorry, your time is up for this chat. Goodbye." (dismissal), the patron "wow ok" last', [
    [0, 'p', 'need recall info on my car (2019 kia soul), my moms car (2015 nissan rogue) and our dishwasher'],
    [20, 'l', 'Hello, this is Xavi with the Ask Us Now librarians.'],
    [26, 'l', 'Do you have both VINs?'],
    [70, 'p', 'yes. also its a bosch dishwasher'],
    [76, 'l', 'Both cars can be checked by VIN at nhtsa.gov/recalls. Did that help?'],
    [130, 'p', 'ok did the kia, nothing. and the dishwasher??'],
    [136, 'l', 'Sorry, your time is up for this chat. Goodbye.'],
    [150, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 other patrons waiting, invited back
  s(YARA, '23 a home daycare with 30 items: "I have other patrons waiting … please chat back in anytime", cpsc.gov alerts', [
    [0, 'p', 'hi!! i run a home daycare and want to check all our toys and gear for recalls, i have like 30 items'],
    [18, 'l', "Hi, welcome! I'm Yara, a librarian at Saint Paul Public Library."],
    [24, 'l', 'Would it help to start with the sleep and feeding gear, since those recalls are the most serious?'],
    [60, 'p', 'yes. a Boppy lounger, a Kids2 rocker, and a graco high chair'],
    [66, 'l', 'The Boppy Newborn Lounger and the Kids2 rocking sleepers were both recalled after infant deaths; search each name on cpsc.gov/Recalls for the notices. For the high chair, enter the model number at gracobaby.com/recalls. Does that help with those three?'],
    [120, 'p', 'yes! ok next: 6 cribs, a bumbo, 2 bouncers, the play yard, tons of toys...'],
    [126, 'l', "I have other patrons waiting right now, so I'll stop here, but please chat back in anytime to go through the rest. The CPSC's free recall e-mail alerts (cpsc.gov/Newsroom/Subscribe) will help you keep an eye on them too."],
    [150, 'p', 'ok fair, thanks'],
    [155, 'l', 'Thanks for all the care you put into this. Bye!'],
  ], usual({ anything: 'fail' })),

  // 24 Spanish: a car seat inspection, the fire station by phone
  s(ZAIRA, '24 silla de carro Chicco KeyFit (Spanish): "Le atiende Zaira", nhtsa.gov, "llame a la estación de bomberos … al 619-555-0190", "es todo"', [
    [0, 'p', 'hola necesito ayuda, quiero saber si la silla de carro de mi bebe esta bien instalada y si tiene recall'],
    [26, 'l', '¡Hola! Le atiende Zaira, bibliotecaria de Chula Vista Public Library.'],
    [32, 'l', '¿Qué marca y modelo es la silla?'],
    [80, 'p', 'Chicco KeyFit 30'],
    [86, 'l', 'Puede buscar el modelo en la lista de retiros de NHTSA: nhtsa.gov/car-seat-recalls (también está en español). Para revisar la instalación, llame a la estación de bomberos de Chula Vista al 619-555-0190 y pida una cita gratis con un técnico certificado.'],
    [92, 'l', '¿Era lo que buscaba?'],
    [140, 'p', 'si muchas gracias!! es todo'],
    [146, 'l', '¡Con gusto! Gracias por usar nuestro chat.'],
  ], usual({ referral: 'pass' })),

  // 25 a final idle of exactly 120 s, a goodbye, no check-in
  s(ABBY, '25 Salinas romaine and E. coli: answer at 61, goodbye at 181 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'is the romaine lettuce at my store safe? heard about ecoli'],
    [14, 'l', "Hi! Abby at Kansas City Public Library's Ask a Librarian."],
    [20, 'l', 'Do you know the brand, or where it was grown? The bag usually says.'],
    [55, 'p', 'it says salinas ca'],
    [61, 'l', 'CDC posts current outbreak notices at cdc.gov/ecoli/outbreaks.html, with the growing regions and brands involved. Did that answer your question?'],
    [181, 'l', 'Thanks for using Ask a Librarian. Goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 26 a check-in, no goodbye, final idle 179 s
  s(BETH, '26 Similac lot number: "Let me know if that works!", "Are you still with me?" at 160, final idle 179 s, no goodbye', [
    [0, 'p', 'how do i find out if the similac i have is in the recall, theres a lot number on the bottom'],
    [20, 'l', 'Good morning, Beth from Richmond Public Library here.'],
    [26, 'l', "What's the lot number, and is it powder or liquid?"],
    [60, 'p', 'powder, lot 27032K80'],
    [66, 'l', "Abbott's lot checker at similacrecall.com tells you right away whether that lot is included; the FDA notice is at fda.gov/safety/recalls-market-withdrawals-safety-alerts."],
    [72, 'l', 'Let me know if that works!'],
    [160, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 85 }),

  // 27 a disconnect notice with a goodbye, no check-in, final idle 190 s
  s(DEV, '27 a Jetson Rogue hoverboard: answer at 76, "It looks like you\'ve disconnected, so I\'ll be closing this chat. Thanks …" at 266, no check-in', [
    [0, 'p', "my kid's hoverboard smells like burning when charging, is it recalled? brand is Jetson"],
    [22, 'l', 'Hello! Dev, a librarian with The Seattle Public Library.'],
    [28, 'l', "Which model is it? It's printed under the foot pads."],
    [70, 'p', 'Jetson Rogue'],
    [76, 'l', "Jetson Rogue hoverboards were recalled in 2023 for fire risk; the CPSC notice, with the refund steps, is at cpsc.gov/Recalls (search 'Jetson Rogue'). Stop charging it in the meantime."],
    [82, 'l', 'Does that help?'],
    [266, 'l', "It looks like you've disconnected, so I'll be closing this chat. Thanks for reaching out, and feel free to chat again anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 28 no question before the source, "Hope this helps!", code ""
  s(FRAN, '28 Quaker Chewy bars and Salmonella: the answer first, "Hope this helps!", the patron "ok", code ""', [
    [0, 'p', 'are quaker chewy bars recalled? i have a box of the chocolate chip ones'],
    [16, 'l', 'Hi, this is Fran at Pima County Public Library.'],
    [40, 'l', 'Yes, Quaker recalled many Chewy granola bars in December 2023 for possible Salmonella. The full product list with UPC codes is at quakergranolarecall.com. Hope this helps!'],
    [80, 'p', 'ok'],
    [86, 'l', 'Bye now!'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 29 no source: the FDA named with no way to reach it
  s(GABE, '29 EzriCare eye drops: "call your eye doctor today … report the problem to the FDA too" (no URL, no phone), "Does that help?"', [
    [0, 'p', 'my eye drops might be recalled?? the ezricare ones, my eye is kinda red'],
    [20, 'l', 'Hi, Gabe at Anchorage Public Library, thanks for writing in.'],
    [26, 'l', 'Are you still using them, and is it the artificial tears or a different product?'],
    [70, 'p', 'artificial tears, stopped yesterday'],
    [76, 'l', 'EzriCare Artificial Tears were recalled in 2023 after a bacterial outbreak. Please call your eye doctor today about the redness, and you can report the problem to the FDA too.'],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes ok im calling now'],
    [125, 'l', 'Good. Take care of yourself, bye!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 30 pickedUpAt 50 s, the first line at 190 s
  s(HUGO, '30 KitchenAid gas range knobs: pickedUpAt 50 s, "hello?" at 100, the first provider line at 190 (140 s after pickup)', [
    [0, 'p', 'hello, does my gas stove have that recall where the knobs turn on by themselves? whirlpool / kitchenaid range'],
    [100, 'p', 'hello?'],
    [190, 'l', 'Hi, sorry for the delay! Hugo at the Free Library of Philadelphia here.'],
    [196, 'l', 'Is it a KitchenAid or a Whirlpool, and do you have the model number from the frame behind the oven door?'],
    [240, 'p', 'kitchenaid KFGG500ESS'],
    [246, 'l', "Whirlpool recalled some KitchenAid and Whirlpool gas ranges in 2023 because the knobs can turn on when bumped, and KFGG500ESS is on the list. The notice is at cpsc.gov/Recalls (search 'Whirlpool gas ranges') and the free knob-lock kit can be ordered at whirlpoolrangeknobrecall.com."],
    [252, 'l', 'Is that what you were looking for?'],
    [300, 'p', "yes. thank you, that's everything"],
    [306, 'l', "You're welcome, thanks for your patience, and bye!"],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundRecalls.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: product, food and vehicle recalls and safety, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundRecalls.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundRecalls.filter((c) => c.name in LEFT_WHY));
});
