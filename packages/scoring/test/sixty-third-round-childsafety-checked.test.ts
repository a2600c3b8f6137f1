/**
 * Sixty-third round, theme CHILD CAR SEATS AND CHILD SAFETY AT HOME, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: car-seat inspection stations (a first check in Columbus before a
 * baby due in April, a free check in Dallas), which seat by age and weight (harness or booster at 3 years and 38 lb, the
 * Oregon booster law at 8, the front seat at 10, car-seat expiration, an adaptive seat for a 7-year-old with cerebral palsy
 * on Apple Health, a free seat with Medicaid in San Antonio, a 6-week-old on a long drive), recalls (a hand-me-down Delta
 * crib, a stroller seen on TikTok, a Graco recall alert, button-battery toys and Reese's Law), babyproofing (outlet covers,
 * stair gates, anchoring a dresser in a rental, cabinet locks, free kits in Prince George's County), poison control (a
 * dishwasher pod), safe sleep (weighted sleep sacks, padded crib bumpers, a play yard at grandma's), water safety (swim
 * lessons and an above-ground pool, Florida's pool-fence law, bath seats, a loaner life jacket in Madison, free swim
 * lessons at a Jackson YMCA), NYC window guards and free smoke alarms from the fire department. Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyThirdRoundChildsafety-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hey there, welcome to Columbus Metropolitan Library's chat — I'm Priya" (01); "Hi there! 🙂" under the screen
 *   name "Desk 3" (02: greets, names no one: fail); a 61 s pickup (04: fail); the first line exactly 60 s in, which is also a
 *   hold ("Let me take a look at that.", 05: pass); `pickedUpAt` at 58 s with the first line at 75 (10: pass); "Thanks for
 *   contacting Ask a Librarian! This is Ruth at …" (06); "Welcome to Ask Us 24/7! You are chatting with Cleo, a reference
 *   librarian" (17); "Hello from the Ask NYPL chat! My name is Farah." (19); "Aloha, this is Kai at …" (23); Spanish "habla
 *   Lucía, bibliotecaria de …" (03), "Le saluda Andrés, bibliotecario de …" (28), bilingual "¡Hola! Welcome to AskUsNow! —
 *   soy Alma, bibliotecaria." (15); "Hi there!" + "Let me read through your question." with the name only in the third line
 *   (25: fail); a queue line and no provider ever joined (29);
 *  inquiry: ZIP code, the seat's harness limit, baby born or due, model number, purchase year, outlet type, naps or nights,
 *   pool type, drywall and lease, smoke alarms in the place, kids' ages and part of town, trunk or head support and insurance,
 *   crawling, bumper type, pool age, rent or own, upper or lower cabinets, sitting up, height, toys owned or new, the brand
 *   and date; the source given before "Is the gate for the top of the stairs or the bottom?" (10: fail); Poison Control's
 *   number given at once with no question (11: fail); a question and no source ever given (21: pass);
 *  waits: a hold answered exactly 120 s later (06: pass); a hold, then a partial result that says the search goes on, then
 *   the answer, 115 s apart (07: pass); the patron's "??" inside a 121 s wait (08: fail); "Take your time — I will be here."
 *   and the patron 163 s later (09: a wait on the patron, pass); "Good question — renters ask us this one a lot!" then the
 *   answer 90 s later (17: pass); an announced transfer with the note (22: 89 s), a silent one where the receiver answers 125
 *   s after the patron (23: fail: internal and system lines do not end the wait), an announced one answered 118 s after the
 *   notice (24: pass);
 *  endings: final idle exactly 120 s ending on "Are you still with me?" (16: check-in pass, notice na, courteous fails);
 *   final idle 125 s from "Good question — …" to a goodbye with no check-in (17: check-in fails, notice na); 195 s with one
 *   line that checks in and says "It looks like we may have lost you, so I will close this chat in a moment." and no thanks
 *   (18: both pass, courteous fails); exactly 180 s to "It looks like you've disconnected, so I'm going to end this chat.
 *   Please come back …" with no check-in (19: check-in fails, notice passes); a Spanish Lost Call with "¿Sigue ahí?" and
 *   "Parece que se desconectó, así que voy a cerrar este chat. ¡Vuelva …!" 308 s after the greeting (28: all pass); "chats are
 *   limited to 10 minutes and you have used your time. Bye." (20: dismissal, courteous passes on "Bye."); "We've got a line of
 *   people waiting … please start a new chat" (21: allowed); the patron's "seriously??", "k", "ya"/"ty" as the last line;
 *   Poison Control, the patron leaves after "ok calling them now" (11); patron-side "thats everything 🙏", "thanks thats all",
 *   "no thats all i needed", "thats all for now", "eso es todo lo que necesitaba", "es todo", and "ya ok ty", "yes thank
 *   you", "ok muchas gracias", "k" that do not count;
 *  sources: NHTSA's inspection-station locator, nhtsa.gov/es, cpsc.gov/Recalls, cpsc.gov/SafeSleep, cpsc.gov/BatterySafety,
 *   anchorit.gov, poolsafely.gov, healthychildren.org pages by name, the Consumer Reports database by its menu path, gracobaby.com,
 *   evenflo.com, metroymcas.org, seattlechildrens.org, nj.gov Fire Safety, flsenate.gov (ch. 515), ORS 811.210, nyc.gov/health,
 *   dnr.wisconsin.gov; Poison Control's and Safe Kids' phones; none, with "Safe Kids Worldwide has more bath tips too" (21:
 *   fail);
 *  referrals: Safe Kids San Antonio by phone in Spanish (03); the library's own Business & Science department by phone (04);
 *   "ask her pediatrician at her next checkup" with no contact (02: fail); Poison Control and 911 (11); "call 311" (19);
 *   "I'll call them tomorrow" (12: staff the provider consults, no referral); the patron's library staff who "will contact
 *   you" (15: a follow-up, no referral); a transfer to the law librarian (22: no referral);
 *  follow-ups: FU_ME, e-mail read back, "by Friday", done at 30 h (12: pass); a source with no codes (the field left out),
 *   "call you back with what I find", phone read back, no time (13: code na, contact fails, pending); a promise "e-mail it to
 *   you by tomorrow morning" coded Answered, e-mail read back, done at 20 h (14: code fails, contact and on_time pass); FU_LIB
 *   with the e-mail only in `patron.email`, "within 3 days", never recorded at day 4 (15: code passes, contact and on_time
 *   fail);
 *  codes: a true Lost Call (28); Lost Call after three patron lines (30); null with no provider (29); "" (16); Practice (27);
 *   none at all (13);
 *  transfers: notice + internal note that says why (22: pass); internal note only (23: fail); notice only (24: fail);
 *  concurrency: three others open at once over this one (25: four, fail); one ending exactly at the start, one starting
 *   exactly at `endedAt`, two overlapping (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Aloha", "Buenas tardes", "¡Hola!" greet; "habla Lucía, bibliotecaria de …", "Le saluda Andrés, bibliotecario de …",
 *   "soy Alma, bibliotecaria" identify; "¿Le sirve esta información?", "¿Le sirve?", "¿Esto contesta su pregunta?" are the
 *   completeness question; "eso es todo lo que necesitaba" and "es todo" ("that's all") say explicitly that the patron is
 *   done; "ok muchas gracias" does not;
 * - "Take your time — I will be here." (09) is not a hold (RUBRIC: "Telling the patron to take their time is not a hold");
 *   "Good question — renters ask us this one a lot!" (17) is a provider message that is not a hold: it ends the wait on the
 *   provider and, being the first non-hold provider message after the patron's last line, starts the final idle (125 s to
 *   the goodbye: the check-in applies and fails); "Still digging: … I'm checking one more source" (07) is a partial result
 *   that says the search goes on (a hold);
 * - "Are you still there? It looks like we may have lost you, so I will close this chat in a moment." (18) asks, and tells
 *   the patron they seem to have disconnected and that the session will end; it thanks no one, so courteous fails; "It
 *   looks like you've disconnected, so I'm going to end this chat. Please come back …" (19) is a goodbye (it invites back):
 *   the idle ends there, at exactly 180 s, which the notice check reaches (≥);
 * - "You can also ask her pediatrician at her next checkup." (02) tells the patron to ask a person outside the chat (a
 *   referral); the healthychildren.org URL in the same message is the AAP guide's, not a way to reach her; "call 311" (19)
 *   is a referral reached by phone (311); "Safe Kids Worldwide has more bath tips too" (21) names an organisation without a
 *   way to reach it: neither a source nor a referral;
 * - "I'll call them tomorrow and e-mail you what they say" (12) consults a party on the patron's behalf (no referral, a
 *   follow-up promise); "someone there will contact you within 3 days" (15) is a follow-up promise, not a referral; "One
 *   moment while I transfer you to her" (22) is a transfer (a hold), not a referral;
 * - "Thanks for your patience — talk to you soon!" (13) says no "when" for followup.contact; a phone typed by the patron and
 *   repeated back ("Got it, 601-555-0193.") is confirmed in the chat;
 * - `resolutionCode: undefined` (13) is the field left out (the source has no codes): resolution.code na, while the promise
 *   still makes it a follow-up session ("whether or not the source has codes");
 * - the bath-seat answer with no source (21) is still "the first message that gives a source or answer": "Does that answer
 *   them?" in it passes completeness.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (02 referral.contact; 14 resolution.code, followup.contact, followup.on_time;
 * 22 referral.contact). Label corrections: 0 (each of the three reread against RUBRIC.md; each label stands by its text).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - 02, referral.contact: expected fail, got pass: "You can also ask her pediatrician at her next checkup." read as reached
 *    by the AAP guide's URL in the same message (RUBRIC: every party referred to needs a way to reach them);
 *  - 14, resolution.code / followup.contact / followup.on_time: expected fail / pass / pass, got pass / na / na: "I'll put
 *    together a short list … and e-mail it to you by tomorrow morning." not read as a follow-up promise (RUBRIC Follow-up
 *    session: "promises in the chat to send or find more later");
 *  - 22, referral.contact: expected na, got fail: "Our law librarian June can give you the exact statute. One moment while I
 *    transfer you to her." read as a referral (RUBRIC: "A transfer of the chat to another provider is not a referral.").
 * Every timing check (pickup at 58 by `pickedUpAt`, exactly 60 and 61 s, no provider; keep_informed at exactly 120 s after a
 * hold, 115 s twice across a "still digging" hold, 121 s across the patron's "??", 125 s across an internal note and a silent
 * transfer, 118 s after a transfer notice, 163 s after "Take your time"; final idles of 120, 125 (from "Good question"), 180,
 * 195 and 308 s; concurrency at four and at touching ends; on_time done at 20 h and 30 h, unrecorded past the deadline,
 * pending) and every code (Practice, true and false Lost Call, null, "", none, follow-up codes with the contact in the chat
 * and only in `patron.email`) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * running case (patron e-mails typed and read back, one only in `patron.email`, a patron phone read back; library and agency
 * phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running as labelled, 3 through describeLeft). tsc
 *   clean for this file.
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 02 ("The American Academy of
 *   Pediatrics says …; their guide is at healthychildren.org" lends the pediatrician no contact, W12), case 14 ("I'll put together
 *   a short list … and e-mail it to you by tomorrow morning" is a follow-up promise, W14) and case 22 ("Our law librarian June can
 *   give you the exact statute. One moment while I transfer you to her." is a transfer, W13) run; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-cs', name: 'Priya', library: 'CML' };
const DESK3: Prov = { id: 'desk3-cs', name: 'Desk 3', library: 'DPL-CO' };
const LUCIA: Prov = { id: 'lucia-cs', name: 'Lucía', library: 'SAPL' };
const OMAR: Prov = { id: 'omar-cs', name: 'Omar', library: 'HCL-MN' };
const NIA: Prov = { id: 'nia-cs', name: 'Nia', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-cs', name: 'Ruth', library: 'FCPL-VA' };
const SOREN: Prov = { id: 'soren-cs', name: 'Soren', library: 'NPL-TN' };
const TESS: Prov = { id: 'tess-cs', name: 'Tess', library: 'TCCL' };
const UMA: Prov = { id: 'uma-cs', name: 'Uma', library: 'LVCCLD' };
const VIC: Prov = { id: 'vic-cs', name: 'Vic', library: 'AACPL' };
const WES: Prov = { id: 'wes-cs', name: 'Wes', library: 'ASKCO' };
const XENA: Prov = { id: 'xena-cs', name: 'Xena', library: 'BCLS-NJ' };
const YUSUF: Prov = { id: 'yusuf-cs', name: 'Yusuf', library: 'JHLS' };
const ZORA: Prov = { id: 'zora-cs', name: 'Zora', library: 'TPL-WA' };
const ALMA: Prov = { id: 'alma-cs', name: 'Alma', library: 'AUN' };
const BEN: Prov = { id: 'ben-cs', name: 'Ben', library: 'DELLIB' };
const CLEO: Prov = { id: 'cleo-cs', name: 'Cleo', library: 'AU247' };
const DMITRI: Prov = { id: 'dmitri-cs', name: 'Dmitri', library: 'JPL-FL' };
const FARAH: Prov = { id: 'farah-cs', name: 'Farah', library: 'NYPL' };
const GWEN: Prov = { id: 'gwen-cs', name: 'Gwen', library: 'PLS-OK' };
const HIRO: Prov = { id: 'hiro-cs', name: 'Hiro', library: 'SPL-CA' };
const IRIS: Prov = { id: 'iris-cs', name: 'Iris', library: 'MCL-OR' };
const JUNE: Prov = { id: 'june-cs', name: 'June', library: 'OSLL' };
const KAI: Prov = { id: 'kai-cs', name: 'Kai', library: 'HSPLS' };
const LANI: Prov = { id: 'lani-cs', name: 'Lani', library: 'HSPLS' };
const MILO: Prov = { id: 'milo-cs', name: 'Milo', library: 'ASKCO' };
const NORA: Prov = { id: 'nora-cs', name: 'Nora', library: 'DPL-CO' };
const OPAL: Prov = { id: 'opal-cs', name: 'Opal', library: 'KCPL' };
const PERCY: Prov = { id: 'percy-cs', name: 'Percy', library: 'OPL-NE' };
const TRAINEE: Prov = { id: 'trainee-cs', name: 'Trainee 12', library: 'TRN' };
const ANDRES: Prov = { id: 'andres-cs', name: 'Andrés', library: 'DPL-TX' };
const NOBODY: Prov = { id: 'queue-cs', name: 'Queue', library: 'VRQ' };
const QUINN: Prov = { id: 'quinn-cs', name: 'Quinn', library: 'MPL-WI' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'All of our librarians are helping other people right now. You are next in line.'];

export const sixtyThirdRoundChildsafety: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 first car-seat check before a baby due in April: "welcome to Columbus Metropolitan Library\'s chat — I\'m Priya", ZIP asked, NHTSA locator, "thats everything 🙏"', [
    [0, 'p', 'hi where can i get my car seat checked?? just installed it for the baby coming in april and i have no clue if its right lol'],
    [24, 'l', "Hey there, welcome to Columbus Metropolitan Library's chat — I'm Priya, one of the librarians."],
    [29, 'l', 'Congrats! What ZIP code are you in, so I can look for checks close to you?'],
    [62, 'p', '43224'],
    [70, 'l', "NHTSA keeps a locator of certified car-seat technicians and inspection stations, searchable by ZIP: nhtsa.gov/equipment/car-seats-and-booster-seats (scroll down to Car Seat Inspection Station Locator). For 43224 it shows several free ones, most of them by appointment."],
    [76, 'l', 'Did that get you what you were after?'],
    [110, 'p', 'yesss thank you thats everything 🙏'],
    [115, 'l', 'Good luck with the new baby, and thanks for chatting with us!'],
  ], usual()),

  // 02 greets, names no one (screen name only); "ask her pediatrician" with no contact
  s(DESK3, '02 harness or booster at 3 yrs and 38 lb: "Hi there! 🙂" under the screen name "Desk 3", healthychildren.org, "ask her pediatrician" with no contact', [
    [0, 'p', 'my daughter is 3 and 38 lbs. is she supposed to be in a booster now or still the 5 point harness one'],
    [18, 'l', 'Hi there! 🙂'],
    [23, 'l', 'Does your current seat list a top weight or height for the harness on the label on its side?'],
    [60, 'p', 'idk its a graco, says 65 lb maybe'],
    [67, 'l', 'Then keep her in the harness until she reaches that 65 lb limit or the top height. The American Academy of Pediatrics says to use the harness as long as the seat allows and to move to a booster only after; their guide is at healthychildren.org (search "Car Seats: Information for Families"). You can also ask her pediatrician at her next checkup.'],
    [72, 'l', 'Does that clear it up?'],
    [100, 'p', 'yep makes sense'],
    [104, 'l', 'Anything else I can look up for you?'],
    [125, 'p', 'nope'],
    [129, 'l', 'Have a good one, bye!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 03 Spanish: a free car seat with Medicaid, Safe Kids by phone
  s(LUCIA, '03 silla de carro gratis con Medicaid en San Antonio (Spanish): "habla Lucía, bibliotecaria", Safe Kids por teléfono, nhtsa.gov/es, "eso es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas tardes, busco donde me pueden dar una silla de carro gratis para mi bebe recien nacido, estoy en san antonio y tengo medicaid'],
    [30, 'l', 'Buenas tardes, habla Lucía, bibliotecaria de la Biblioteca Pública de San Antonio. ¡Felicidades por el bebé!'],
    [36, 'l', '¿El bebé ya nació o está por nacer? Algunos programas piden que asista a una clase antes.'],
    [80, 'p', 'nace en 3 semanas'],
    [88, 'l', 'Perfecto. Varios hospitales y el programa Safe Kids dan sillas a familias con Medicaid después de una clase corta. Llame a Safe Kids San Antonio al 210-555-0147 para apartar un lugar; la información general en español está en nhtsa.gov/es (Asientos de seguridad para niños).'],
    [94, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si mucho, eso es todo lo que necesitaba gracias'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte con el parto.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; the library's own department by phone
  s(OMAR, '04 a hand-me-down Delta crib: 61 s pickup, model number asked, cpsc.gov/Recalls, the library\'s Business & Science department at 612-555-0155', [
    [0, 'p', 'Is there a way to check if our crib is recalled? It is a hand-me-down from my sister, brand is Delta, bought maybe 2015.'],
    [61, 'l', 'Good afternoon — Omar here, a librarian with Hennepin County Library. Thanks for waiting!'],
    [67, 'l', 'Do you have the model number? It is usually on a sticker on the headboard or under the mattress support.'],
    [120, 'p', 'found it, 4780-something, the sticker is half torn'],
    [128, 'l', "The Consumer Product Safety Commission's recall search at cpsc.gov/Recalls lets you search by brand and product; try \"Delta crib\" and compare the model numbers. If the sticker is too torn to match, call our Business & Science department at Minneapolis Central, 612-555-0155, and they'll help you dig through the older notices. Also: any drop-side crib made before June 2011 doesn't meet today's federal standard."],
    [134, 'l', 'Does that help?'],
    [170, 'p', 'yes, fixed sides, ill look it up. thanks thats all'],
    [175, 'l', 'Thanks for checking on it — take care!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 pickup exactly 60 s by the first message, which is also a hold
  s(NIA, '05 a stroller recall seen on TikTok: first line exactly 60 s in ("Let me take a look at that."), purchase year asked, cpsc.gov/Recalls', [
    [0, 'p', 'heard on tiktok that some stroller got recalled for finger injuries??? i have a britax b-lively, is it that one'],
    [60, 'l', 'Hello! Nia at the Ask Us Now! chat for Maryland libraries. Let me take a look at that.'],
    [66, 'l', 'Do you know roughly when you bought it, or is there a date printed on the frame?'],
    [100, 'p', '2020 i think'],
    [108, 'l', 'I can\'t confirm a recall for your exact stroller from here, but you can check it yourself in a minute: search "Britax stroller" at cpsc.gov/Recalls, where each notice lists the model numbers and production dates it covers. The same site lets you sign up for recall e-mails.'],
    [114, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'ya ok ty'],
    [154, 'l', 'Anything else?'],
    [170, 'p', 'no thats it'],
    [174, 'l', 'Thanks for chatting — bye!'],
  ], usual()),

  // 06 a hold answered exactly 120 s later
  s(RUTH, '06 outlet covers an 11-month-old pulls out: "Give me a minute to pull up a good guide on this." answered exactly 120 s later, Consumer Reports database', [
    [0, 'p', 'what kind of outlet covers actually work? my 11 month old pulls the little plastic plugs right out'],
    [15, 'l', 'Good morning, thanks for contacting Ask a Librarian! This is Ruth at Fairfax County Public Library.'],
    [21, 'l', 'Are your outlets the older kind or the newer tamper-resistant ones (with little shutters inside the slots)?'],
    [55, 'p', 'no idea, house is from the 80s'],
    [60, 'l', 'Give me a minute to pull up a good guide on this.'],
    [180, 'l', "Thanks for hanging on. In an 80s house they're probably the older kind, so sliding self-closing covers that screw on over the outlet are much harder to pull off than plugs. Consumer Reports compares them, and you can read it free with your library card in the Consumer Reports database (fairfaxcounty.gov/library > Research > Consumer Reports)."],
    [186, 'l', 'Did that help?'],
    [220, 'p', 'yes good tip'],
    [226, 'l', 'Anything else I can dig into for you today?'],
    [245, 'p', 'nah thats it, thanks!'],
    [250, 'l', 'Happy babyproofing — bye for now!'],
  ], usual()),

  // 07 a hold, a partial result that says the search goes on, the answer: 115 s each
  s(SOREN, '07 weighted sleep sacks at 4 months: "one moment" at 63, "Still digging: … checking one more source" at 178, the answer at 293', [
    [0, 'p', 'are weighted sleep sacks safe? like the dreamland ones. my baby sleeps so much better in it'],
    [20, 'l', 'Hi! This is Soren, a librarian at Nashville Public Library. Thanks for asking about this.'],
    [25, 'l', 'How old is your baby, and do you use the sack for naps, nights or both?'],
    [58, 'p', '4 months, both'],
    [63, 'l', 'Let me look into what the pediatric groups say — one moment.'],
    [178, 'l', "Still digging: the AAP has a statement on weighted products, and I'm checking one more source from the CPSC before I answer."],
    [293, 'l', 'Here\'s what I found. The American Academy of Pediatrics advises against weighted sleep sacks and weighted blankets for infants; see "Weighted Infant Sleep Products" on healthychildren.org. The CPSC\'s safe sleep page, cpsc.gov/SafeSleep, has the basics: on the back, in a bare crib, nothing weighted.'],
    [299, 'l', 'Is that the kind of answer you needed?'],
    [340, 'p', 'oh no. ok. yes thank you'],
    [346, 'l', 'Anything else I can help with tonight?'],
    [370, 'p', 'no thats all i needed'],
    [375, 'l', 'Take care, and thank you for writing in!'],
  ], usual()),

  // 08 121 s of silence, the patron's "??" inside it
  s(TESS, '08 swim lessons for a 2-year-old and a new above-ground pool: the patron\'s "??" inside a 121 s wait, healthychildren.org and poolsafely.gov', [
    [0, 'p', 'what age can kids start swim lessons?? my son is 2 and were getting a pool this summer'],
    [17, 'l', 'Hi, Tess here — reference librarian at Tulsa City-County Library. Thanks for writing!'],
    [22, 'l', 'Is the pool in-ground or above-ground? I ask because the fence advice differs a bit.'],
    [50, 'p', 'above ground'],
    [95, 'p', '??'],
    [171, 'l', 'Sorry about that wait! The American Academy of Pediatrics says lessons can start around age 1, alongside fences and constant supervision; with an above-ground pool, remove or lock the ladder whenever nobody is swimming. The AAP\'s drowning-prevention page is on healthychildren.org (search "Drowning Prevention"), and poolsafely.gov has printable checklists.'],
    [177, 'l', 'Does that answer your question?'],
    [210, 'p', 'yes thanks so much, thats all'],
    [215, 'l', 'Have a safe summer, bye!'],
  ], usual({ informed: 'fail' })),

  // 09 "Take your time" is not a hold: 163 s waiting on the patron
  s(UMA, '09 a Graco stroller recall alert: "Take your time — I will be here." then the patron 163 s later, cpsc.gov and gracobaby.com', [
    [0, 'p', 'Got a recall alert about some Graco strollers. How do I know if mine is one of them?'],
    [21, 'l', "Hello, you've reached Uma, a librarian at the Las Vegas-Clark County Library District."],
    [27, 'l', 'Can you find the model number and the manufacture date? They are on a white label on the frame, usually near the back wheels. Take your time — I will be here.'],
    [190, 'p', 'ok found it: model 1234567, made 08/2019'],
    [197, 'l', 'Thanks! Plug those into the recall search at cpsc.gov/Recalls (search "Graco stroller"); each notice lists the affected model numbers and dates. Graco\'s own page, gracobaby.com (Product Recalls, at the bottom of the home page), lets you type the model number in directly.'],
    [203, 'l', 'Did that help you sort it out?'],
    [240, 'p', 'yes, not on the list phew'],
    [245, 'l', 'Great news! Anything else?'],
    [262, 'p', 'no'],
    [266, 'l', 'Thanks for chatting with us — have a good evening.'],
  ], usual()),

  // 10 pickedUpAt at 58 s, first line at 75; the source before the question
  s(VIC, '10 baby gates for stairs: pickedUpAt 58 s (first line at 75), healthychildren.org given first, then "top of the stairs or the bottom?"', [
    [0, 'p', 'which baby gates are safe for stairs? theres so many on amazon'],
    [75, 'l', 'Hi! Vic here at the Ask a Librarian service, Anne Arundel County Public Library.'],
    [80, 'l', 'The American Academy of Pediatrics has a babyproofing checklist that covers gates: healthychildren.org, search "Childproofing Your Home".'],
    [86, 'l', 'Is the gate for the top of the stairs or the bottom?'],
    [120, 'p', 'top'],
    [126, 'l', 'For the top of stairs use a hardware-mounted gate that screws into the wall, not a pressure-mounted one, which can give way when a child leans on it. Look for the JPMA certification sticker on the box.'],
    [131, 'l', 'Does that help?'],
    [160, 'p', 'yes great, thats all I needed'],
    [165, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ clarify: 'fail' }), { pickedUpAt: at(58) }),

  // 11 poison emergency: the referral first, no question, the patron leaves
  s(WES, '11 a 2-year-old licked a dishwasher pod: Poison Control 1-800-222-1222 and 911 at once, no question, "ok calling them now", patron left', [
    [0, 'p', 'my 2 yr old just licked some of the dishwasher detergent pod, what do i do, she seems ok??'],
    [9, 'l', 'Hi, this is Wes, a librarian at Ask Colorado. Please call Poison Control right now at 1-800-222-1222 — it is free, open 24/7, and they will tell you exactly what to do. If she has trouble breathing, gets drowsy or keeps vomiting, call 911.'],
    [30, 'p', 'ok calling them now'],
    [36, 'l', "Good. I hope she's okay — thank you for reaching out, and come back to us anytime."],
    left(40),
    [44, 's', 'Chat ended.', sys('ended')],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 12 follow-up by me: e-mail read back, "by Friday", done 30 h after the end
  s(XENA, '12 free smoke alarms for a renter in Mansfield Township NJ (follow-up by me): nj.gov Fire Safety, "I\'ll call them tomorrow", e-mail read back, "by Friday", done at 30 h', [
    [0, 'p', "Does the fire department give out free smoke alarms? I rent in Mansfield Township and my landlord won't replace the old ones"],
    [26, 'l', 'Good evening, this is Xena at Burlington County Library System. Sorry to hear about the alarms!'],
    [32, 'l', 'How many smoke alarms does the place have now, and are any of them chirping or missing?'],
    [75, 'p', '2, one is chirping, there are none in the bedrooms'],
    [82, 'l', "Many New Jersey fire departments install free alarms through the state's smoke alarm program, and New Jersey also requires landlords to provide working ones. The Division of Fire Safety explains both at nj.gov/dca/divisions/dfs (Smoke Alarms). I'm not sure Mansfield's fire district runs the free-install program, so I'll call them tomorrow and e-mail you what they say. What's your e-mail?"],
    [130, 'p', 'its kenji.w.tanaka@example.com'],
    [136, 'l', 'Thank you — kenji.w.tanaka@example.com. You should hear from me by Friday.'],
    [142, 'l', 'Does the Fire Safety page help for now?'],
    [180, 'p', 'yes it does. thats all for now thank u'],
    [186, 'l', 'Thanks for contacting us, and stay safe!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(191 + 30 * HOUR), by: 'xena-cs', note: 'called the fire district, sent the answer' }] }, { now: T0 + 4 * DAY }),

  // 13 a source with no codes: a promise to call back, phone read back, no time
  s(YUSUF, '13 free swim lessons at a Jackson MS YMCA (no resolution codes in the source): "call you back with what I find", phone read back, no time', [
    [0, 'p', 'hi do any ymcas near jackson ms have free swim lessons for kids?? money is tight rn'],
    [19, 'l', 'Hi! Yusuf from the Jackson-Hinds Library System chat here.'],
    [25, 'l', 'How old are the kids, and which part of town are you in?'],
    [70, 'p', '6 and 9, south jackson'],
    [77, 'l', "The Y has a financial assistance program; the Metropolitan YMCAs of Mississippi list their branches and the assistance form at metroymcas.org. I'll check whether any branch near South Jackson has free summer lessons and call you back with what I find. Best number to reach you?"],
    [120, 'p', '601 555 0193'],
    [126, 'l', 'Got it, 601-555-0193. Is the YMCA link useful in the meantime?'],
    [160, 'p', 'yes thank you'],
    [165, 'l', 'Thanks for your patience — talk to you soon!'],
  ], usual({ anything: 'fail', code: 'na', contact: 'fail', onTime: 'pending' }), { resolutionCode: undefined }),

  // 14 a promise coded Answered: e-mail read back, "by tomorrow morning", done at 20 h
  s(ZORA, '14 an adaptive car seat for a 7-year-old with CP on Apple Health: "e-mail it to you by tomorrow morning", e-mail read back, coded Answered, done at 20 h', [
    [0, 'p', 'My son has cerebral palsy and is outgrowing his car seat. He is 7. Are there special car seats and does insurance pay??'],
    [28, 'l', "Hello and welcome! I'm Zora, a librarian with Tacoma Public Library."],
    [34, 'l', 'Does he need extra trunk support or head support, and is he on Apple Health (Medicaid) or private insurance?'],
    [90, 'p', 'apple health. he needs trunk support, slumps to the side'],
    [97, 'l', 'Adaptive car seats count as medical equipment, so Apple Health may cover one when it is medically necessary. Seattle Children\'s explains the options for kids with special needs at seattlechildrens.org (search "special needs car seats").'],
    [103, 'l', "I'll put together a short list of adaptive seats and the Apple Health coverage rules and e-mail it to you by tomorrow morning. What address should I send it to?"],
    [150, 'p', 'sure, r.mendoza.fam@example.org'],
    [156, 'l', "Thanks, that's r.mendoza.fam@example.org. Does the Seattle Children's page help for tonight?"],
    [190, 'p', 'yes thanks, thats everything'],
    [196, 'l', 'Good night, and thank you for chatting with us.'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(201 + 20 * HOUR), by: 'zora-cs', note: 'sent seat list' }] }),

  // 15 partly Spanish; follow-up by the patron's library, e-mail only in patron.email, never recorded at day 4
  s(ALMA, '15 kits gratis de babyproofing en Prince George\'s (partly Spanish, follow-up by patron\'s library): "someone there will contact you within 3 days", e-mail only in patron.email, not recorded at day 4', [
    [0, 'p', "hola, busco ayuda para hacer mi casa segura para mi bebe, babyproofing? escuche que hay un programa que da kits gratis en Prince George's county"],
    [23, 'l', '¡Hola! Welcome to AskUsNow! — soy Alma, bibliotecaria. I can help in Spanish or English.'],
    [29, 'l', '¿Cuántos meses tiene su bebé y ya gatea?'],
    [70, 'p', '8 meses, si ya gatea por todos lados jaja'],
    [77, 'l', 'A esa edad lo más urgente es tapar los enchufes, fijar los muebles a la pared y guardar limpiadores y medicinas bajo llave. La guía de la AAP para bebés de 6 a 12 meses está en español en healthychildren.org/spanish (Seguridad y prevención). ¿Le sirve?'],
    [120, 'p', 'si gracias pero y los kits gratis?'],
    [127, 'l', "No encuentro ese programa en línea. I'll send your question to the staff at Prince George's County Memorial Library System, and someone there will contact you within 3 days."],
    [160, 'p', 'ok muchas gracias'],
    [166, 'l', '¡Con gusto! Gracias por usar AskUsNow!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'lupita.r.castro@example.net', phone: null } }, { now: T0 + 4 * DAY }),

  // 16 final idle exactly 120 s ending on a check-in; code ""
  s(BEN, '16 padded crib bumpers from grandma: answer at 60, "Are you still with me?" at 150, session ends at 180 (120 s), code ""', [
    [0, 'p', 'are crib bumpers safe now? my mom bought us the padded ones'],
    [20, 'l', 'Hi! Ben here, a librarian on the Ask a Librarian chat for Delaware Libraries.'],
    [26, 'l', 'Are they the thick padded kind that tie to the slats, or the breathable mesh liners?'],
    [50, 'p', 'the thick ones'],
    [60, 'l', 'Padded crib bumpers can no longer be sold in the US under the Safe Sleep for Babies Act of 2022, because babies can suffocate against them. The CPSC explains it at cpsc.gov/SafeSleep. The safest crib is a bare one: a fitted sheet and nothing else. Is that what you wanted to know?'],
    [150, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: '', endAfter: 30 }),

  // 17 "Good question" is not a hold: the final idle starts there (125 s to the goodbye)
  s(CLEO, '17 anchoring a dresser in a rental: "Good question — renters ask us this one a lot!" at 70, anchorit.gov at 160, goodbye at 195 with no check-in', [
    [0, 'p', 'how do you anchor a dresser so it wont tip on my toddler? we rent so cant drill a ton'],
    [22, 'l', 'Welcome to Ask Us 24/7! You are chatting with Cleo, a reference librarian in Rochester.'],
    [28, 'l', 'Is the dresser against drywall, and does your lease say anything about small holes?'],
    [65, 'p', 'drywall, lease says small nail holes are fine'],
    [70, 'l', 'Good question — renters ask us this one a lot!'],
    [160, 'l', "Anti-tip kits use one or two small screws into a wall stud, about the size of a picture-nail hole, so most leases allow them. The CPSC's Anchor It! campaign has a how-to video and a checklist at anchorit.gov. Does that answer it?"],
    [195, 'l', 'Thanks for chatting, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 18 one message that checks in and gives notice, final idle 195 s, no thanks
  s(DMITRI, '18 pool fence law for a 1996 Florida house: no "does that help", "Are you still there? It looks like we may have lost you, so I will close this chat in a moment." (195 s)', [
    [0, 'p', 'is a pool fence required by law in florida? we just bought a house w/ a pool and have a 1yo'],
    [18, 'l', 'Hi, Dmitri here from the Jacksonville Public Library Ask a Librarian service.'],
    [24, 'l', 'Is the pool in the backyard of a single-family house, and was the pool built before or after 2000?'],
    [55, 'p', 'yes backyard, built 1996'],
    [62, 'l', "Florida's Residential Swimming Pool Safety Act (Chapter 515, Florida Statutes) covers pools built since October 2000, so yours may not be required to have a barrier, but a 4-foot fence with a self-latching gate is still the main thing that prevents toddler drownings. The statute is at flsenate.gov/Laws/Statutes (search 515.27), and poolsafely.gov has fence checklists."],
    [252, 'l', 'Are you still there? It looks like we may have lost you, so I will close this chat in a moment.'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 19 a notice that invites back at exactly 180 s, no check-in; 311 as a referral
  s(FARAH, '19 NYC window guards on the 5th floor: "call 311 if they refuse", no check-in, "It looks like you\'ve disconnected … come back" exactly 180 s after the answer', [
    [0, 'p', 'do i need window guards in nyc? my 4 yr old climbs everything and were on the 5th floor'],
    [16, 'l', 'Hello from the Ask NYPL chat! My name is Farah.'],
    [21, 'l', 'Do you rent, or do you own the apartment?'],
    [40, 'p', 'rent'],
    [45, 'l', 'Yes: NYC law requires landlords to install window guards in every apartment where a child 10 or younger lives, at no cost to you. Your landlord has to send an annual notice each January; if they refuse to put guards in, call 311. The Health Department\'s page is at nyc.gov/health (search "window falls").'],
    [225, 'l', "It looks like you've disconnected, so I'm going to end this chat. Please come back if you have more questions!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  // 20 "you have used your time"
  s(GWEN, '20 a numbered list of babyproofing questions: cabinet locks answered, then "chats are limited to 10 minutes and you have used your time. Bye."', [
    [0, 'p', 'ok so question 1 is about cabinet locks, q2 is the stove knobs, q3 is bath seats, q4 is whether baby walkers are banned'],
    [20, 'l', 'Hi, this is Gwen with the Ask a Librarian chat at Pioneer Library System.'],
    [26, 'l', 'For the cabinet locks first, are they upper or lower cabinets?'],
    [55, 'p', 'lower, under the sink'],
    [61, 'l', 'Magnetic locks are the hardest for toddlers to beat; the AAP childproofing checklist at healthychildren.org (search "Childproofing Your Home") covers them and stove knob covers too. Helpful?'],
    [90, 'p', 'yes. now bath seats and walkers?'],
    [96, 'l', 'Sorry, chats are limited to 10 minutes and you have used your time. Bye.'],
    [110, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 others waiting, invited back; no source (Safe Kids named without a way to reach it)
  s(HIRO, '21 ring bath seats, water temperature, stepping away for a towel: no source ("Safe Kids Worldwide has more bath tips"), "a line of people waiting … start a new chat", "k"', [
    [0, 'p', 'r baby bath seats safe? the ring kind. also how hot should bath water be. also is it ok to leave her for like 10 sec to grab a towel'],
    [25, 'l', 'Hello! Hiro, librarian at Sacramento Public Library, here to help.'],
    [31, 'l', 'How old is she, and can she sit up on her own yet?'],
    [60, 'p', '7 mo yes sits'],
    [66, 'l', 'Bath seats are not safety devices: babies can slip out or tip over and drown in seconds, so never step away, not even for a towel (grab it before you start). Keep the water around 100°F and set the water heater at 120°F or lower. Safe Kids Worldwide has more bath tips too. Does that answer them?'],
    [100, 'p', 'ok and what about bath toys with mold and the tub spout cover and non slip mats'],
    [106, 'l', "We've got a line of people waiting right now, so I need to wrap this one up — but please start a new chat for the bath toys and mats and we'll gladly dig in. Thanks for writing!"],
    [125, 'p', 'k'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 22 a transfer with a visible notice and an internal note that says why
  s(IRIS, '22 Oregon booster law for an 8-year-old: "One moment while I transfer you to her" + internal note why, June answers 89 s after the notice, ORS 811.210', [
    [0, 'p', 'what is the booster seat law in oregon? my 8 yr old says none of his friends use one'],
    [20, 'l', 'Hi, thanks for contacting Answerland! This is Iris, a librarian at Multnomah County Library.'],
    [26, 'l', 'About how tall is your son?'],
    [55, 'p', '4 foot 3 maybe'],
    [61, 'l', 'Our law librarian June can give you the exact statute. One moment while I transfer you to her.'],
    [64, 'i', 'June, parent asking about the Oregon booster seat law for an 8-year-old (4\'3"). Statute cite please?'],
    xfer(67, 'June', 'june-cs'),
    [150, 'l', 'Hello, June from the Oregon State Law Library here. Oregon requires a booster until a child is 4\'9" or 8 years old and the adult belt fits properly (ORS 811.210). The statute is at oregonlegislature.gov (Oregon Revised Statutes > Chapter 811), and ODOT explains it at oregon.gov/odot/safety (Child Passenger Safety).', as(JUNE)],
    [156, 'l', 'Does that answer your question?', as(JUNE)],
    [190, 'p', 'yes so he still needs it. ugh. ok thats all'],
    [195, 'l', 'Thanks for using Answerland — bye!', as(JUNE)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer; 125 s from the patron to the receiver
  s(KAI, '23 button-battery toys and Reese\'s Law: internal note only, silent transfer, Lani answers 125 s after the patron, cpsc.gov/BatterySafety', [
    [0, 'p', 'my son swallowed a coin battery last year (he is fine now) and i want to know which toys have to have screw battery doors. is there a law?'],
    [24, 'l', 'Aloha, this is Kai at the Hawaii State Public Library System. So glad he is okay!'],
    [30, 'l', 'Are you asking about toys you already own, or about buying new ones?'],
    [70, 'p', 'buying new, for xmas'],
    [74, 'i', "Lani, Reese's Law question (button batteries in products), you did the consumer law guide — can you take it?"],
    xfer(77, 'Lani', 'lani-cs'),
    [195, 'l', "Hi, this is Lani, also with HSPLS. Reese's Law (2022) requires products with button or coin batteries to have a battery compartment that needs a tool or two separate motions to open, plus warning labels. The CPSC summary is at cpsc.gov/BatterySafety.", as(LANI)],
    [200, 'l', 'Is that helpful?', as(LANI)],
    [240, 'p', 'very, thanks, thats all i needed'],
    [245, 'l', 'You are welcome, mahalo for chatting!', as(LANI)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 partly Spanish: an announced transfer with no internal note, Nora 118 s after the notice
  s(MILO, '24 cuándo puede ir adelante un niño de 10 años (partly Spanish): "Un momento — I am transferring you to my colleague Nora", no internal note, Nora 118 s later', [
    [0, 'p', 'hi my english is not good. necesito saber cuándo mi hijo puede ir en el asiento de adelante del carro'],
    [15, 'l', "Hello, I'm Milo, a librarian with Ask Colorado."],
    [21, 'l', 'Un momento — I am transferring you to my colleague Nora, who speaks Spanish.'],
    xfer(25, 'Nora', 'nora-cs'),
    [139, 'l', '¡Hola! Soy Nora, bibliotecaria de Denver Public Library. ¿Cuántos años tiene su hijo?', as(NORA)],
    [170, 'p', 'tiene 10 años'],
    [177, 'l', 'Los expertos recomiendan que los niños viajen en el asiento de atrás hasta los 13 años, porque las bolsas de aire delanteras pueden lastimarlos. La guía en español de NHTSA está en nhtsa.gov/es (Asientos de seguridad > Cinturones de seguridad).', as(NORA)],
    [183, 'l', '¿Esto contesta su pregunta?', as(NORA)],
    [215, 'p', 'si gracias, es todo'],
    [220, 'l', '¡Gracias por escribirnos! Que le vaya bien.', as(NORA)],
  ], usual({ transfer: 'fail' })),

  // 25 greeting without a name in the first two lines; four chats at once
  s(OPAL, '25 do car seats really expire (Evenflo 2017): "Hi there!" + "Let me read through your question.", the name third; three other chats open at once over this one', [
    [0, 'p', 'do car seats really expire or is that a scam to sell more seats'],
    [19, 'l', 'Hi there!'],
    [24, 'l', 'Let me read through your question.'],
    [40, 'l', "I'm Opal, a librarian at Kansas City Public Library. Do you know the brand, and is there a date stamped on the bottom or back of the seat?"],
    [75, 'p', 'evenflo, says manufactured 2017'],
    [81, 'l', "They do expire: the plastic weakens with heat and age, and the standards change. Evenflo lists the expiration by model on evenflo.com (Support > Car Seat Expiration); most of their seats last 6 to 10 years. NHTSA's page at nhtsa.gov/car-seats-and-booster-seats explains why."],
    [87, 'l', 'Did that answer it?'],
    [120, 'p', 'huh ok, thats all i needed thx'],
    [125, 'l', 'Thanks for asking, bye!'],
  ], usual({ greeting: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('o1', 'opal-cs', -100, 90), other('o2', 'opal-cs', 10, 500), other('o3', 'opal-cs', 50, 200)],
  }),

  // 26 three at most, touching ends
  s(PERCY, '26 a play yard every night at grandma\'s: bassinet insert limits, cpsc.gov/SafeSleep; one chat ends at the start, one starts at the end (three at most)', [
    [0, 'p', 'going to grandmas for a week, is it ok for baby to sleep in the pack n play every night or do we need a real crib'],
    [23, 'l', "Hello! I'm Percy, one of the librarians at Omaha Public Library."],
    [29, 'l', 'How old is the baby, and does the play yard have a bassinet insert?'],
    [62, 'p', '5 mo, yes has the bassinet thing'],
    [68, 'l', 'A play yard that meets the CPSC standard is a safe place to sleep every night. The catch is the bassinet insert: most are only rated to about 15 lb or until the baby can roll over, so check its label and take it out once she reaches that. The CPSC safe sleep page is cpsc.gov/SafeSleep.'],
    [74, 'l', 'Was that what you were looking for?'],
    [105, 'p', 'yes!! thats everything'],
    [110, 'l', "Thanks for chatting — safe travels to grandma's!"],
  ], usual(), {}, {
    otherIntervals: [other('p1', 'percy-cs', -400, 0), other('p2', 'percy-cs', -50, 100), other('p3', 'percy-cs', 30, 300), other('p4', 'percy-cs', 115, 400)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (car-seat macro test): coded Practice, every check na', [
    [0, 'p', 'testing - car seat canned msg'],
    [5, 'l', 'Hello! Test of the car seat macro: nhtsa.gov/car-seats-and-booster-seats'],
    [11, 'p', 'link works'],
    [15, 'l', 'Now the poison control one: call 1-800-222-1222'],
    [20, 'p', 'ok good'],
    [24, 'l', 'Thanks, ending the test.'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 Spanish: a true Lost Call, check-in and a notice that invites back
  s(ANDRES, '28 revisión gratis de sillas de carro en Dallas (Spanish, Lost Call): saludo, "¿Sigue ahí?" at 150, "Parece que se desconectó … ¡Vuelva …!" at 330', [
    [0, 'p', 'donde revisan sillas de carro gratis en dallas?'],
    [20, 's', 'Andrés joined the chat', sys('joined')],
    [22, 'l', '¡Hola! Le saluda Andrés, bibliotecario de la Biblioteca Pública de Dallas.'],
    [150, 'l', '¿Sigue ahí?'],
    [330, 'l', 'Parece que se desconectó, así que voy a cerrar este chat. ¡Vuelva a escribirnos cuando guste!'],
    [332, 's', 'Chat ended.', sys('ended')],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 no provider ever joined; code null
  s(NOBODY, '29 a 6-week-old on a 5-hour drive: no provider ever joined, "hello anyone", "😩", patron left, code null', [
    [0, 'p', 'is it safe to put my 6 week old in a car seat for a 5 hour drive? need answer before tomorrow'],
    busy(3),
    [140, 'p', 'hello anyone'],
    busy(150),
    [200, 'p', '😩'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 30 Lost Call after three patron lines; the patron has the last word
  s(QUINN, '30 a loaner life jacket for the lake in Madison WI: coded Lost Call after three patron lines, "ya" / "ty", no goodbye', [
    [0, 'p', 'where can i borrow a kids life jacket for the lake this weekend, we are in madison wi'],
    [18, 'l', 'Hi! Quinn at Madison Public Library here.'],
    [23, 'l', 'How much does your child weigh? Life jackets are sized by weight.'],
    [50, 'p', 'about 35 lb'],
    [56, 'l', 'Look for a Coast Guard-approved child jacket rated 30-50 lb. Many Wisconsin boat launches have free life jacket loaner stations; the DNR lists them at dnr.wisconsin.gov (search "life jacket loaner"). Does that help?'],
    [85, 'p', 'ya'],
    [88, 'p', 'ty'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundChildsafety.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: child car seats and child safety at home, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundChildsafety.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundChildsafety.filter((c) => c.name in LEFT_WHY));
});
