/**
 * Sixty-fourth round, theme PUBLIC POOLS, BEACHES AND WATER SAFETY, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: pool hours and swim lessons (Parent & Tot swim in Arlington, free
 * "Learn to Swim" in Miami-Dade in Spanish, adult beginners in DC, open swim at a Parma YMCA, the IU Natatorium on Memorial
 * Day, a Bethesda season pass, water aerobics in Spanish in San Antonio, kids alone at EPIC in Fort Collins, a splash pad in
 * Spokane, a closed pool in Omaha), lifeguard certification and jobs (a 14-year-old in Johnson County, the Galveston Island
 * Beach Patrol, a Boise class, Chicago beaches in September), beach water-quality advisories (Lake Harriet, Maumee Bay),
 * drowning-prevention programs (toddlers in Mesa, CPR for a backyard pool, life jacket loaner boards at Lake Lanier, a rip
 * current talk for a kids' class), boat, kayak and paddle-board rentals (Lake Travis, Lake Anna, a 17-year-old's boater card
 * in Washington), beach wheelchairs in Santa Monica, rip currents at Ocean City, flood safety (driving through water in
 * Houston, FEMA flood zones in Spanish). Every one of the 17 checks labelled in every session from RUBRIC.md's text before
 * the first run (labels copied aside to /tmp/sixtyFourthRoundPools-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hey there, welcome to Ask Arlington! I'm Devon, one of the librarians" (01); Spanish "¡Hola! Bienvenida al
 *   chat. Soy Marisol, bibliotecaria del …" (02), "¡Hola! Soy Paola, de la Biblioteca Pública de Houston" (24), "¡Buenas
 *   tardes! Le atiende Tomás, bibliotecario de …" (30); bilingual "Hi! Soy Felipe, bibliotecario de San Antonio Public
 *   Library" (16); a 61 s pickup (03: fail); `pickedUpAt` exactly 60 s with the first visible line at 95 (04: pass); "hey hey!
 *   👋 thanks for waiting" + a question under a screen name (05: greets, identifies no one: fail); "Hiya, Iris with Ask a
 *   Librarian at …" (27); "Hello from Forsyth County Public Library's chat — I'm Jude." (28); no provider ever joined, queue
 *   lines only (21);
 *  inquiry: which pool, which beach, how old, which part of town, which state and motor size, first certification or
 *   recertification, day trip or camping, risk or insurance; the first source given before "Which state will you be boating
 *   in …?" (09: fail); a restatement "So you're looking for …" with a question and "Take your time if you need to look it
 *   up." (10: not a hold, 207 s waiting on the patron passes);
 *  waits: "Let me pull up the forecast page …" answered exactly 120 s later (06: pass); "One sec while I pull up …", then a
 *   partial result that says the search goes on 99 s later, the answer 121 s after that (07: fail); the patron's "hello??"
 *   inside a 126 s wait (08: fail, it does not restart it); a transfer notice answered 74 s later by the receiver (24: pass)
 *   and 130 s later (26: fail); a silent transfer, the receiver 100 s after the patron across an internal note and the system
 *   line (25: pass);
 *  endings: final idle of 119 s ending on a goodbye (18: idle na); 180 s exactly, a check-in and a notice that thanks and
 *   invites back (19: both pass); 205 s with a notice only and no thanks (20: idle fails, notice passes, courteous fails); 190 s
 *   with a check-in only (11: notice fails); a true Lost Call in Spanish, "¿Sigue en línea?" and "Parece que se ha
 *   desconectado, así que cierro el chat. ¡Gracias …!" 180 s after the greeting (30); "Sorry, we can only take one question per
 *   chat." (22: dismissal, courteous fails); "I have several patrons waiting … please come back later" (23: allowed); the
 *   patron's "🛶", "wow ok" and "k" as the last line (05, 22, 23); patron-side "that's everything 🙌", "eso es todo", "thats
 *   all", "no more questions", "that is everything", "thats all i needed", and "yes thx", "ya thanks", "si gracias", "yes it
 *   does" that do not count;
 *  sources: city and county parks pages (parks.arlingtonva.us, miamidade.gov, dpr.dc.gov, chicagoparkdistrict.com,
 *   sanantonio.gov, fcgov.com, my.spokanecity.org, parks.cityofomaha.org, montgomerycountymd.gov, cityofboise.org,
 *   parks.traviscountytx.gov, minneapolisparks.org), state pages (parks.wa.gov, dcr.virginia.gov, Ohio BeachGuard), federal
 *   ones (weather.gov, msc.fema.gov, floodsmart.gov, poolsafely.gov, sam.usace.army.mil), redcross.org, cpr.heart.org,
 *   boat-ed.com, preventdrownings.org, a beach patrol's recruiting page and phone; none at all, only "the U.S. Lifesaving
 *   Association and the National Weather Service" named (11: fail);
 *  referrals: "call the Beach Patrol office at 409-555-0131" (12: pass); "call the Lucas County health department" with no
 *   contact (13: fail); "I'll pass this to the staff at your home branch … someone there will call you" (16: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done 30 h after the end (14: pass); an e-mail
 *   promise coded Answered, the address read back, no when (15: code and contact fail, pending); FU_LIB with the phone only in
 *   `patron.phone`, "within two days", unrecorded at day 4 (16: contact and on_time fail, code passes); FU_ME with no contact
 *   anywhere, "get back to you tomorrow" (17: code and contact fail, pending);
 *  codes: Practice (29); a true Lost Call (30); Lost Call after three patron messages and no provider (21: fail); `null` (28);
 *  transfers: notice + internal note that says why (24: pass); internal note only (25: fail); notice only (26: fail);
 *  concurrency: three others open at once over this one (27: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("¡Hola!", "Bienvenida al chat", "¡Buenas tardes!") greet; "Soy Marisol, bibliotecaria del …", "Soy
 *   Paola, de la Biblioteca Pública de Houston", "Le atiende Tomás, bibliotecario de …" identify; "¿Esto responde a su
 *   pregunta?", "¿Le sirve esto por ahora?", "¿Le sirve esta información?" are the completeness question, and so are "Does this
 *   answer most of it?" and "Is that the kind of info you were after?"; "¿Sigue en línea?" asks whether the patron is still
 *   there; "Hasta luego", "Hasta pronto", "Adiós" say goodbye; "Hiya" and "hey hey!" greet;
 * - "eso es todo", "yes thx thats all", "no more questions", "that is everything" say explicitly that the patron is done;
 *   "ok yes thank u!", "si gracias", "ya thanks", "yes it does" do not;
 * - "Found the city's summer toddler classes — still checking whether there's a free water-safety workshop too." gives a partial
 *   result and says the search goes on: a hold (07), so the 121 s after it is a wait on the provider;
 * - "So you're looking for … Which branch is that? Take your time if you need to look it up." is a question, not a hold (10);
 * - "call the Lucas County health department" tells the patron to contact an organisation with no way to reach it (13: fail);
 *   the Ohio BeachGuard URL in the same message is a different party's site (the state's), a source, not the county's contact;
 * - "I'll pass this to the staff at your home branch, Mission Library, and someone there will call you within two days" is a
 *   follow-up promise ("someone from your library will contact you"), not a referral (16); the phone in `patron.phone` only is
 *   a known contact for resolution.code but is not confirmed in the chat for followup.contact;
 * - "I'll e-mail you when it is [posted]" ties the e-mail to an event, not to a time: it does not say when the information
 *   will come (15: followup.contact fails though the address is read back);
 * - "It seems you've disconnected, so I'm ending this session." tells the patron both things and is not a goodbye (20);
 *   "Looks like you've stepped away, so I'll close the chat now. Thanks for writing in, and come back anytime!" is a notice and a
 *   goodbye, so the final idle ends at it (19: exactly 180 s, ≥ disconnectSeconds);
 * - "Sorry, we can only take one question per chat." tells the patron they have reached a limit of questions (22);
 * - a session whose provider only greeted, checked in and gave notice (30) has no substantive exchange: the information checks
 *   are na, and the Lost Call code (one patron message) passes;
 * - `pickedUpAt` exactly 60 s is within `pickupSeconds` (04); a `followUps` entry 30 h after `endedAt` is within 72 h (14).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 24, transfer.handoff). Label corrections: 0 (case 24 reread against
 * transfer.handoff and the Terms: the Spanish notice "le paso el chat a él ahora mismo" tells the patron about the transfer;
 * the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - transfer.handoff, case 24: the notice in Spanish ("Mi compañero Javier conoce muy bien los mapas de FEMA; le paso el chat a
 *    él ahora mismo, un momento por favor.") read as never telling the patron about the transfer (fail; RUBRIC pass: an
 *    internal note that says why and a visible notice, both before the transfer). The same notice did end the patron's wait as
 *    a hold (keep_informed passed, 74 s to Javier).
 * Every timing check (pickup at 61 s, `pickedUpAt` at exactly 60 s, no provider; keep_informed at exactly 120 s after a hold,
 * 121 s after a partial result that says the search goes on, 126 s with the patron's "hello??" inside, 130 s after a transfer
 * notice, 100 s across a silent transfer, 207 s waiting on the patron after "Take your time"; final idles of 119, 180, 190 and
 * 205 s and 180 s in the Lost Call; concurrency at four and at touching ends; on_time done at 30 h, unrecorded past the
 * deadline, pending twice) and every code (Practice, a true Lost Call, Lost Call after three patron messages with no provider,
 * `null`, a promise under Answered, follow-up codes with and without a contact) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron phone only
 * in `patron.phone`; library phones in referrals).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running as labelled, 1 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): case 24's "le paso el chat a él
 *   ahora mismo" tells of the transfer (X23); it runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DEVON: Prov = { id: 'devon-w', name: 'Devon', library: 'APL-VA' };
const MARISOL: Prov = { id: 'marisol-w', name: 'Marisol', library: 'MDPLS' };
const BRENT: Prov = { id: 'brent-w', name: 'Brent', library: 'JCL-KS' };
const AISHA: Prov = { id: 'aisha-w', name: 'Aisha', library: 'HCL-MN' };
const LAKEDESK: Prov = { id: 'lakedesk-w', name: 'lakedesk', library: 'TCL-TX' };
const KOFI: Prov = { id: 'kofi-w', name: 'Kofi', library: 'EPFL' };
const NORA: Prov = { id: 'nora-w', name: 'Nora', library: 'MCLD' };
const GIDEON: Prov = { id: 'gideon-w', name: 'Gideon', library: 'HCPL-TX' };
const HELGA: Prov = { id: 'helga-w', name: 'Helga', library: 'KRL' };
const ORLA: Prov = { id: 'orla-w', name: 'Orla', library: 'CCPL-OH' };
const PIA: Prov = { id: 'pia-w', name: 'Pia', library: 'VBPL' };
const LOU: Prov = { id: 'lou-w', name: 'Lou', library: 'RL-GAL' };
const SUNNY: Prov = { id: 'sunny-w', name: 'Sunny', library: 'TLCPL' };
const IMANI: Prov = { id: 'imani-w', name: 'Imani', library: 'DCPL' };
const RUTH: Prov = { id: 'ruth-w', name: 'Ruth', library: 'CPL-IL' };
const FELIPE: Prov = { id: 'felipe-w', name: 'Felipe', library: 'SAPL' };
const WESLEY: Prov = { id: 'wesley-w', name: 'Wesley', library: 'PRPLD' };
const YARA: Prov = { id: 'yara-w', name: 'Yara', library: 'SPL-WA' };
const ZORA: Prov = { id: 'zora-w', name: 'Zora', library: 'CRRL' };
const ABEL: Prov = { id: 'abel-w', name: 'Abel', library: 'OPL-NE' };
const NOBODY: Prov = { id: 'queue-w', name: 'Queue', library: 'VRQ' };
const CAL: Prov = { id: 'cal-w', name: 'Cal', library: 'MCPL-MD' };
const DELIA: Prov = { id: 'delia-w', name: 'Delia', library: 'BPL-ID' };
const PAOLA: Prov = { id: 'paola-w', name: 'Paola', library: 'HPL' };
const JAVIER: Prov = { id: 'javier-w', name: 'Javier', library: 'HPL' };
const ELLIS: Prov = { id: 'ellis-w', name: 'Ellis', library: 'FCPL-CA' };
const FAYE: Prov = { id: 'faye-w', name: 'Faye', library: 'FCPL-CA' };
const GRETA: Prov = { id: 'greta-w', name: 'Greta', library: 'LAPL' };
const HUGO: Prov = { id: 'hugo-w', name: 'Hugo', library: 'LAPL' };
const IRIS: Prov = { id: 'iris-w', name: 'Iris', library: 'IPL' };
const JUDE: Prov = { id: 'jude-w', name: 'Jude', library: 'FCPL-GA' };
const TRAINEE: Prov = { id: 'trainee-w', name: 'Trainee 7', library: 'TRN' };
const TOMAS: Prov = { id: 'tomas-w', name: 'Tomás', library: 'SLCoL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const queued = (sec: number): Line => [sec, 's', 'All of our librarians are helping other patrons. Please stay in the chat; someone will be with you shortly.'];

export const sixtyFourthRoundPools: SessionCase[] = [
  // 01 the plain good session
  s(DEVON, '01 Parent & Tot swim at Long Bridge (chat-speak): "welcome to Ask Arlington! I\'m Devon", this week or summer, parks.arlingtonva.us, "that\'s everything 🙌"', [
    [0, 'p', 'hi what r the hours for the indoor pool at long bridge? and do they still do the parent n tot swim'],
    [14, 'l', "Hey there, welcome to Ask Arlington! I'm Devon, one of the librarians on chat tonight."],
    [20, 'l', 'Are you asking about this week, or the summer schedule that starts in June?'],
    [48, 'p', 'this week. my daughter is 2'],
    [55, 'l', 'Long Bridge Aquatics & Fitness Center is open 6 am to 9 pm on weekdays this week, and Parent & Tot swim (6 months to 3 years) runs Saturdays at 9:30. The current schedule and registration are at parks.arlingtonva.us/aquatics.'],
    [60, 'l', 'Did that get you what you needed?'],
    [95, 'p', "perfect, that's everything 🙌"],
    [101, 'l', 'Have fun in the pool, and thanks for chatting!'],
  ], usual()),

  // 02 Spanish
  s(MARISOL, '02 clases de natación gratis para niños en Miami (Spanish): "Bienvenida al chat. Soy Marisol, bibliotecaria", miamidade.gov, "eso es todo", "Hasta luego"', [
    [0, 'p', 'hola quisiera saber si hay clases de natacion gratis para ninos en miami'],
    [22, 'l', '¡Hola! Bienvenida al chat. Soy Marisol, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade.'],
    [28, 'l', '¿Qué edad tienen los niños y en qué zona viven?'],
    [70, 'p', 'tienen 5 y 7 años, vivimos en hialeah'],
    [77, 'l', 'El condado ofrece clases gratuitas de natación para niños de 3 a 17 años con el programa "Learn to Swim". Las fechas y la inscripción están en miamidade.gov/parks/learn-to-swim.asp.'],
    [83, 'l', '¿Esto responde a su pregunta?'],
    [120, 'p', 'si muchas gracias, eso es todo'],
    [126, 'l', '¡Con mucho gusto! Que disfruten las clases. Hasta luego.'],
  ], usual()),

  // 03 pickup at 61 s
  s(BRENT, '03 lifeguard certification for a 14-year-old: 61 s pickup, pool or open water, redcross.org, "thats all i needed"', [
    [0, 'p', 'how old do you have to be to get lifeguard certified? my son is 14 and wants a summer job at the pool'],
    [61, 'l', "Good afternoon, you've reached Ask a Librarian at Johnson County Library — this is Brent. Sorry for the wait!"],
    [67, 'l', 'Is he hoping to guard at a pool, or at a lake or beach? The courses differ.'],
    [100, 'p', 'just the city pool'],
    [106, 'l', "The American Red Cross Lifeguarding course requires candidates to be at least 15 by the last day of class, and there's a swim test first (300 yards, treading water for 2 minutes, a brick retrieval). Classes by ZIP code: redcross.org/take-a-class/lifeguarding. So he could take it next spring if he turns 15 by then."],
    [112, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes! ok that helps, thats all i needed'],
    [155, 'l', 'Great, good luck to him — goodbye!'],
  ], usual({ pickup: 'fail' })),

  // 04 pickedUpAt exactly 60 s, first visible line at 95
  s(AISHA, '04 E. coli at Lake Harriet beach: pickedUpAt 60 s, first line at 95, today or later, minneapolisparks.org, "ty, thats everything"', [
    [0, 'p', 'is lake harriet beach closed?? heard something about e coli'],
    [95, 'l', 'Good morning from the Hennepin County Library chat! Aisha here.'],
    [100, 'l', 'Are you checking for today, or planning a trip later this week?'],
    [125, 'p', 'today, taking the kids after lunch'],
    [132, 'l', 'The Minneapolis Park and Recreation Board samples its beaches weekly and posts each one as open, under advisory or closed, with the date of the last sample: minneapolisparks.org/beaches (Water Quality). Check it just before you leave, since it can change after a storm.'],
    [138, 'l', 'Does that answer your question?'],
    [170, 'p', 'yep its open 👍 ty, thats everything'],
    [175, 'l', 'Enjoy the beach, and thanks for asking!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 05 greets, identifies no one; the patron has the last word
  s(LAKEDESK, '05 a tandem kayak on Lake Travis for Saturday: "hey hey! 👋 thanks for waiting" + a question under the screen name "lakedesk", parks.traviscountytx.gov, patron "🛶" last', [
    [0, 'p', 'where can i rent a kayak near lake travis for like sat morning'],
    [16, 'l', 'hey hey! 👋 thanks for waiting'],
    [21, 'l', 'How many people, and do you want single kayaks or a tandem?'],
    [50, 'p', '2 ppl, tandem is fine'],
    [56, 'l', 'Travis County Parks lists the outfitters that rent at each Lake Travis park; Mansfield Dam and Pace Bend both have summer rentals. The list is at parks.traviscountytx.gov (Parks > Lake Travis > Rentals). Book early for a Saturday, they fill up.'],
    [61, 'l', 'did that help?'],
    [90, 'p', 'yes thx thats all'],
    [94, 'l', 'have fun out there, bye!'],
    [99, 'p', '🛶'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(KOFI, '06 rip currents at Ocean City, MD: "Let me pull up the forecast page …" answered exactly 120 s later, weather.gov, "Anything else", "nope thats everything"', [
    [0, 'p', 'going to ocean city next week, how do i know if theres rip currents that day'],
    [18, 'l', 'Hello and thanks for writing in — Kofi at the Enoch Pratt Free Library.'],
    [24, 'l', 'Ocean City, Maryland or New Jersey?'],
    [45, 'p', 'maryland'],
    [51, 'l', 'Let me pull up the forecast page the beach patrol uses.'],
    [171, 'l', "Thanks for hanging on. The National Weather Service issues a daily rip current risk (low, moderate or high) for Ocean City in its surf zone forecast at weather.gov/phi/surf (choose Ocean City). The Ocean City Beach Patrol also flies flags at each stand. Does that help?"],
    [210, 'p', 'yes! thanks'],
    [215, 'l', 'Anything else I can look up for your trip?'],
    [240, 'p', 'nope thats everything'],
    [245, 'l', 'Have a great week at the beach — goodbye!'],
  ], usual()),

  // 07 a hold, then a partial result that says the search goes on, then 121 s
  s(NORA, '07 drowning-prevention classes for a toddler in Mesa: "One sec while I pull up …", a partial result "still checking" 99 s later, the answer 121 s after that, preventdrownings.org', [
    [0, 'p', 'does the county have any drowning prevention classes for toddlers? my neighbor lost a kid last summer and im scared'],
    [20, 'l', "I'm so sorry to hear that. Hi, I'm Nora, a librarian at Maricopa County Library District."],
    [26, 'l', 'Which city are you in, and how old is your little one?'],
    [55, 'p', 'mesa, she is 18 months'],
    [61, 'l', 'One sec while I pull up what Mesa offers.'],
    [160, 'l', "Found the city's summer toddler classes — still checking whether there's a free water-safety workshop too."],
    [281, 'l', "OK, here's both: Mesa Aquatics runs parent-and-child classes from 6 months (mesaaz.gov/aquatics, Swim Lessons), and the Drowning Prevention Coalition of Arizona has free water-watcher workshops and a toolkit at preventdrownings.org. Is that what you needed?"],
    [320, 'p', 'yes thank you so much'],
    [326, 'l', 'Anything else I can help with today?'],
    [345, 'p', 'no that is it'],
    [350, 'l', 'Take care of yourselves — goodbye.'],
  ], usual({ informed: 'fail' })),

  // 08 a 126 s wait on the provider with the patron's "hello??" inside it
  s(GIDEON, '08 driving through moving water by the bayou: the patron at 40 and "hello??" at 100, the answer at 166 (126 s), weather.gov Turn Around Don\'t Drown', [
    [0, 'p', 'is it safe to drive thru a little water on the road? like 6 inches. our street floods every time it rains'],
    [15, 'l', 'Hi! Gideon here, reference librarian at Harris County Public Library.'],
    [21, 'l', 'Is it standing water, or is it moving across the road?'],
    [40, 'p', 'moving kind of, its a low spot by the bayou'],
    [100, 'p', 'hello??'],
    [166, 'l', "Sorry about the delay. Please don't: six inches of moving water can knock an adult down, and about a foot can float a car. The National Weather Service explains it at weather.gov/safety/flood-turn-around-dont-drown, and Harris County has live flood gauges at harriscountyfws.org."],
    [172, 'l', 'Did that answer your question?'],
    [210, 'p', 'wow ok. yes it did'],
    [216, 'l', 'Is there anything else I can help you with?'],
    [240, 'p', 'no thanks'],
    [245, 'l', 'Stay dry, and thanks for chatting with us!'],
  ], usual({ informed: 'fail' })),

  // 09 the source before the question
  s(HELGA, '09 a 17-year-old driving his dad\'s boat: boat-ed.com given first, then "Which state will you be boating in …?", parks.wa.gov', [
    [0, 'p', 'do i need a license to drive my dads boat? im 17'],
    [20, 'l', 'Hi there — Helga at the Kitsap Regional Library chat service.'],
    [25, 'l', 'Most states require a boater education card rather than a license; you can take an approved course online at boat-ed.com.'],
    [30, 'l', 'Which state will you be boating in, and how big is the motor?'],
    [60, 'p', 'washington, its a 90hp outboard'],
    [66, 'l', 'Then yes: in Washington anyone operating a motorboat of 15 hp or more needs a Boater Education Card, at any age. State Parks explains how to get it at parks.wa.gov/boating (Boater Education Card). Does this help?'],
    [100, 'p', 'yes ty thats all i needed'],
    [105, 'l', 'Safe boating, bye!'],
  ], usual({ clarify: 'fail' })),

  // 10 a restatement with a question and "Take your time" (no hold); 207 s waiting on the patron
  s(ORLA, '10 open swim at the YMCA near Parma: "So you\'re looking for … Which branch is that? Take your time …", the patron 207 s later, clevelandymca.org, "no more questions"', [
    [0, 'p', 'open swim times this weekend at the Y?? the one near me'],
    [17, 'l', 'Hello! Orla here from Ask a Librarian at Cuyahoga County Public Library.'],
    [23, 'l', "So you're looking for the weekend open swim schedule at your nearest YMCA. Which branch is that? Take your time if you need to look it up."],
    [230, 'p', 'sorry!! its the one in parma'],
    [237, 'l', "The YMCA of Greater Cleveland posts each branch's pool schedule weekly at clevelandymca.org (Locations > Pool Schedules). This weekend's schedule for the Parma-area branch lists open swim Saturday and Sunday afternoons; cancellations for swim meets are noted at the top."],
    [243, 'l', 'Did that help?'],
    [275, 'p', 'yup thank u'],
    [280, 'l', 'Anything else?'],
    [300, 'p', 'nope, no more questions'],
    [305, 'l', 'Bye now, enjoy the swim!'],
  ], usual()),

  // 11 no source (organisations named only); final idle 190 s with a check-in only
  s(PIA, '11 what to do in a rip current, for a kids\' swim class talk: an answer with no source (USLA and NWS named only), "You still there?" at 170, endedAt 250 (190 s), no notice, no goodbye', [
    [0, 'p', 'what are you supposed to do if you get caught in a rip current?? asking for my kids swim class presentation'],
    [14, 'l', 'Hi, Pia with the Ask Us chat at Virginia Beach Public Library.'],
    [20, 'l', 'How old are the kids in the class? I can pitch it at their level.'],
    [45, 'p', '8-10 year olds'],
    [60, 'l', "The short version the U.S. Lifesaving Association and the National Weather Service teach: don't fight it. Stay calm and float, then swim parallel to the shore until you're out of the pull, and wave and yell for a lifeguard if you can't. Kids remember \"Flip, Float and Follow.\" Does that help?"],
    [170, 'l', 'You still there?'],
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endedAt: at(250) }),

  // 12 a referral with a phone
  s(LOU, '12 becoming a Galveston beach lifeguard: "call the Beach Patrol office at 409-555-0131", recruiting page, "no more questions, thanks!"', [
    [0, 'p', 'how do i become a beach lifeguard in galveston, do they train u or do u need certification first'],
    [19, 'l', 'Good evening! This is Lou, reference librarian at Rosenberg Library in Galveston.'],
    [25, 'l', 'How old are you, and are you a strong distance swimmer?'],
    [60, 'p', '19, and yeah i swam in high school'],
    [66, 'l', "Then you're a good fit. The Galveston Island Beach Patrol hires each spring and trains new guards in its own academy, so you don't need a certificate first, just to pass their swim tryout. Your best next step is to call the Beach Patrol office at 409-555-0131 and ask when the next tryout is. Their recruiting page is galvestonislandbeachpatrol.com/join."],
    [72, 'l', 'Is that the kind of info you were after?'],
    [110, 'p', 'yes exactly. no more questions, thanks!'],
    [115, 'l', 'Good luck at the tryout — thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 13 a referral with no contact
  s(SUNNY, '13 a swimming advisory at Maumee Bay State Park: Ohio BeachGuard URL, "call the Lucas County health department" with no contact, "Anything else?"', [
    [0, 'p', 'swimming advisory at maumee bay state park beach, what does it mean, can we still swim'],
    [21, 'l', 'Hi! Sunny here, a librarian with Toledo Lucas County Public Library.'],
    [27, 'l', 'Is it the Lake Erie beach, or the inland lake at the park?'],
    [60, 'p', 'lake erie one'],
    [66, 'l', "An advisory means the last sample showed E. coli above Ohio's standard. Swimming isn't banned, but children, older adults and anyone with a weak immune system are advised to stay out. Ohio's BeachGuard site shows each beach's status and sample date: publicapps.odh.ohio.gov/beachguardpublic. For questions about a particular result, call the Lucas County health department."],
    [72, 'l', 'Does that help?'],
    [105, 'p', 'ok yes thank u!'],
    [110, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [135, 'l', 'Bye, and thanks for using the chat!'],
  ], usual({ referral: 'fail' })),

  // 14 follow-up by me: e-mail read back, "by tomorrow afternoon", done 30 h after the end
  s(IMANI, '14 adult swim lessons for someone afraid of water (follow-up by me): dpr.dc.gov, e-mail typed and read back, "by tomorrow afternoon", done at 30 h', [
    [0, 'p', 'are there adult swim lessons for ppl who are scared of water? im 42 and never learned 😬'],
    [20, 'l', "Hi, welcome! I'm Imani, a librarian with DC Public Library's Ask Us service."],
    [26, 'l', 'Which part of the city are you in, and are weekday evenings OK for you?'],
    [66, 'p', 'ward 7, evenings yes'],
    [72, 'l', "DPR runs adult Learn-to-Swim at several indoor pools; Deanwood and Benning Stoddert are closest to Ward 7. The session list is at dpr.dc.gov/page/aquatics-programs. I want to check whether either has a beginners' class for adults who are afraid of the water, so I'll e-mail you what I find by tomorrow afternoon. What address should I use?"],
    [120, 'p', 'm.okafor42@example.com'],
    [126, 'l', 'Thank you — m.okafor42@example.com. Does the DPR page help for now?'],
    [160, 'p', 'yes it does'],
    [165, 'l', 'Is there anything else I can help with?'],
    [185, 'p', 'no thats all, thank you!!'],
    [190, 'l', 'Thanks for reaching out — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(195 + 30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 15 an e-mail promise coded Answered, address read back, no when
  s(RUTH, '15 lifeguards at Chicago beaches in September: "I\'ll e-mail you when it is", address read back, no when, coded Answered', [
    [0, 'p', 'do any of the public beaches in chicago have lifeguards in september?'],
    [18, 'l', "Hello, you're chatting with Ruth at Chicago Public Library."],
    [24, 'l', 'Is it for a weekday or a weekend, and which part of the city?'],
    [60, 'p', 'weekends, north side. montrose or foster'],
    [66, 'l', "The Chicago Park District's swim season normally ends right after Labor Day, when the lifeguards leave, and swimming without lifeguards isn't allowed. Season dates are on chicagoparkdistrict.com/beaches. This year's end date isn't posted yet, so I'll e-mail you when it is. What's your e-mail?"],
    [110, 'p', 'its dkowalski@example.net'],
    [116, 'l', 'Thanks, I have dkowalski@example.net. Did the beaches page answer the rest?'],
    [150, 'p', 'yes thx'],
    [155, 'l', 'Have a great day — bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 16 partly Spanish; follow-up by the patron's library; phone only in patron.phone; unrecorded at day 4
  s(FELIPE, '16 water aerobics in Spanish for a mother in San Antonio (partly Spanish, follow-up by patron\'s library): "someone there will call you within two days", phone only in patron.phone, unrecorded at day 4', [
    [0, 'p', 'hi, my mom only speaks spanish and wants to take water aerobics. hay clases en español en alguna piscina de san antonio?'],
    [24, 'l', 'Hi! Soy Felipe, bibliotecario de San Antonio Public Library. Happy to help in English or Spanish.'],
    [30, 'l', '¿Qué parte de la ciudad le queda mejor, y prefieren mañana o tarde?'],
    [70, 'p', 'south side, mornings'],
    [76, 'l', "San Antonio Parks & Recreation lists water aerobics at its indoor natatoriums at sanantonio.gov/ParksAndRec (Aquatics > Classes). The listings don't say which classes are taught in Spanish, so I'll pass this to the staff at your home branch, Mission Library, and someone there will call you within two days to tell you."],
    [82, 'l', '¿Le sirve esto por ahora?'],
    [120, 'p', 'si gracias'],
    [126, 'l', '¡Gracias por escribir! Hasta pronto.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: null, phone: '210-555-0188' },
  }, { now: T0 + 4 * DAY }),

  // 17 follow-up by me with no contact anywhere
  s(WESLEY, '17 kids alone at the EPIC pool in Fort Collins (follow-up by me): fcgov.com, "I\'ll find out and get back to you tomorrow", no contact asked or known', [
    [0, 'p', 'at what age can kids go to the public pool without a parent? in fort collins'],
    [17, 'l', 'Hey! Wesley here, librarian at Poudre River Public Library District.'],
    [23, 'l', 'Which pool: Mulberry, EPIC, or the City Park outdoor pool?'],
    [50, 'p', 'epic mostly'],
    [56, 'l', "Fort Collins Recreation's pool rules say kids under 8 need a parent in the water within arm's reach, and 8 to 12 need an adult in the building unless they pass a swim test. The rules are at fcgov.com/recreation/aquatics (Pool Rules). I'm not sure the swim test rule applies at EPIC's leisure pool too, so I'll find out and get back to you tomorrow."],
    [62, 'l', 'Does this answer most of it?'],
    [95, 'p', 'ya thanks'],
    [100, 'l', 'Bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 18 final idle 119 s, ending on a goodbye
  s(YARA, '18 the Riverfront Park splash pad: answer at 60, "Thanks for stopping by — bye for now!" at 179 (final idle 119 s), no check-in', [
    [0, 'p', 'is the splash pad at riverfront park open yet this year'],
    [16, 'l', 'Hi, this is Yara from the Ask a Librarian team at Spokane Public Library.'],
    [22, 'l', 'Do you mean the one by the carousel downtown?'],
    [45, 'p', 'yes that one'],
    [60, 'l', 'The Riverfront Park splash pad by the Looff Carrousel opens Memorial Day weekend, 10 am to 8 pm, with the water off during storms. Hours are at my.spokanecity.org/riverfrontspokane. Did that answer it?'],
    [179, 'l', 'Thanks for stopping by — bye for now!'],
  ], usual({ anything: 'fail' })),

  // 19 final idle exactly 180 s: a check-in, then a notice that thanks and invites back
  s(ZORA, '19 paddle board rentals at Lake Anna: answer at 60, "Still with me?" at 150, "Looks like you\'ve stepped away, so I\'ll close the chat now. Thanks …" at 240 (180 s)', [
    [0, 'p', 'can u rent paddle boards at lake anna state park'],
    [20, 'l', 'Good morning, Zora here with the Central Rappahannock Regional Library chat.'],
    [26, 'l', 'Are you thinking of a day trip, or camping there?'],
    [48, 'p', 'day trip sat'],
    [60, 'l', "Yes: the park's concession rents stand-up paddle boards, kayaks and canoes by the hour from Memorial Day to Labor Day, life jackets included. Rates and hours are on dcr.virginia.gov/state-parks/lake-anna (Things to Do > Boat Rentals). Does that help?"],
    [150, 'l', 'Still with me?'],
    [240, 'l', "Looks like you've stepped away, so I'll close the chat now. Thanks for writing in, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 final idle 205 s with a notice only: no check-in, no completeness question, no thanks
  s(ABEL, '20 why the Kennedy Park pool is closed: parks.cityofomaha.org with no "does that help", "It seems you\'ve disconnected, so I\'m ending this session." at 255, endedAt 260 (205 s)', [
    [0, 'p', 'why is the kennedy pool closed?? it says closed on the sign'],
    [18, 'l', "Hi! I'm Abel, a librarian at Omaha Public Library."],
    [24, 'l', 'Is that the outdoor pool at Kennedy Park, or a different one?'],
    [45, 'p', 'yes kennedy park'],
    [55, 'l', 'Omaha Parks posts pool closures and reopening dates on its aquatics page, parks.cityofomaha.org (Aquatics > Pool Status). Right now it lists Kennedy as closed for a pump repair, reopening date to be announced.'],
    [255, 'l', "It seems you've disconnected, so I'm ending this session."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }), { endedAt: at(260) }),

  // 21 no provider ever joined; Lost Call after three patron messages
  s(NOBODY, '21 outdoor pools on Juneteenth (chat-speak): no provider ever joined, "hellooo", "nvm", patron left, coded Lost Call after three patron messages', [
    [0, 'p', 'r the outdoor pools open on juneteenth?? need to know asap lol'],
    queued(2),
    [90, 'p', 'hellooo'],
    queued(92),
    [160, 'p', 'nvm'],
    left(165),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 a limit of questions; the patron has the last word
  s(CAL, '22 a season pass at Bethesda Outdoor Pool, then lap lanes and guests: "Sorry, we can only take one question per chat.", patron "wow ok" last', [
    [0, 'p', 'how much is a season pass for the outdoor pool in bethesda?'],
    [19, 'l', 'Hi, Cal at Montgomery County Public Libraries here.'],
    [25, 'l', 'Is it for just you, or a family pass?'],
    [55, 'p', 'just me'],
    [61, 'l', 'Individual summer passes for Bethesda Outdoor Pool are listed under Aquatics > Pool Passes at montgomerycountymd.gov/rec; county residents pay less than non-residents. Does that help?'],
    [95, 'p', 'yes! and are there lap lanes in the morning? also can i bring a guest on my pass'],
    [101, 'l', 'Sorry, we can only take one question per chat.'],
    [115, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 other patrons waiting, invited back
  s(DELIA, '23 a first lifeguard class in Boise, then a list of questions: "I have several patrons waiting … please come back later … Thanks so much!", patron "k" last', [
    [0, 'p', 'when is the next lifeguard class at the rec center in boise and how much'],
    [20, 'l', "Hello! Thanks for contacting Boise Public Library — you've got Delia."],
    [26, 'l', 'Is it a first certification or a recertification?'],
    [60, 'p', 'first'],
    [66, 'l', "Boise Parks & Recreation's spring lifeguard course runs in April at Borah Aquatic Center; dates, price and the prerequisite swim test are at cityofboise.org/parksandrec (Aquatics > Lifeguard Classes). Is that what you were looking for?"],
    [100, 'p', 'ya thx. also whats the pay, do they hire at all the pools, can i do it if i wear glasses, is there a waitlist'],
    [108, 'l', "Those are good ones! I have several patrons waiting right now, so I need to wrap up — please come back later and we'll go through them one at a time. Thanks so much!"],
    [120, 'p', 'k'],
  ], usual({ anything: 'fail' })),

  // 24 partly Spanish; an announced transfer with an internal note that says why
  s(PAOLA, '24 ¿está mi casa en zona de inundación? (partly Spanish): notice "le paso el chat a él ahora mismo, un momento" + internal note why, Javier 74 s later, msc.fema.gov, floodsmart.gov', [
    [0, 'p', 'hola, como se si mi casa esta en zona de inundacion? acabamos de mudarnos a houston'],
    [18, 'l', '¡Hola! Soy Paola, de la Biblioteca Pública de Houston. Con gusto le ayudo.'],
    [24, 'l', '¿Es para saber el riesgo, o para el seguro de inundación?'],
    [60, 'p', 'las dos cosas, el banco nos pide seguro'],
    [66, 'l', 'Mi compañero Javier conoce muy bien los mapas de FEMA; le paso el chat a él ahora mismo, un momento por favor.'],
    [69, 'i', 'Javier, patron needs to know if her new Houston home is in a flood zone, plus flood insurance for the mortgage. FEMA maps are your thing, can you take it? Spanish speaker.'],
    xfer(72, 'Javier', 'javier-w'),
    [140, 'l', 'Hola, soy Javier, bibliotecario de referencia. Puede buscar su dirección en el mapa oficial de FEMA en msc.fema.gov/portal/search; la zona (por ejemplo AE o X) aparece en el mapa. Para el seguro, floodsmart.gov explica el programa nacional (NFIP) en español. ¿Le sirve esta información?', as(JAVIER)],
    [185, 'p', 'si perfecto muchas gracias eso es todo'],
    [190, 'l', '¡Con gusto! Que les vaya muy bien en la casa nueva. Adiós.', as(JAVIER)],
  ], usual({ transfer: 'pass' })),

  // 25 a silent transfer, the receiver 100 s after the patron
  s(ELLIS, '25 CPR for new backyard pool owners: internal note only, silent transfer, Faye 100 s after the patron, redcross.org, cpr.heart.org, poolsafely.gov', [
    [0, 'p', 'where can i take a CPR class, we just put in a backyard pool and im paranoid'],
    [17, 'l', 'Hi there, Ellis from the Fresno County Public Library chat.'],
    [23, 'l', 'Is it just for you, or for the whole family? And do you need a certificate?'],
    [55, 'p', 'me and my husband, no cert needed'],
    [60, 'i', 'Faye, CPR classes + backyard pool safety, you did the water safety booklist, can you take over?'],
    xfer(63, 'Faye', 'faye-w'),
    [155, 'l', "Hi, Faye here, also at Fresno County Public Library. The American Red Cross lists Adult and Pediatric First Aid/CPR classes by ZIP code at redcross.org/take-a-class/cpr, and the American Heart Association's class finder is at cpr.heart.org. For the pool itself, poolsafely.gov has a checklist for fences, alarms and drain covers. Did that help?", as(FAYE)],
    [200, 'p', 'yes that is everything, thank you'],
    [205, 'l', 'Stay safe and enjoy the pool — goodbye!', as(FAYE)],
  ], usual({ transfer: 'fail' })),

  // 26 an announced transfer with no internal note, answered 130 s after the notice
  s(GRETA, '26 beach wheelchairs in Santa Monica or Venice: "I\'m going to transfer you to Hugo … hang on", no internal note, Hugo 130 s later, fire.lacounty.gov', [
    [0, 'p', 'do any beaches in LA have those beach wheelchairs w the big tires? my dad uses a wheelchair'],
    [21, 'l', "Hi! You've reached the LA Public Library chat; this is Greta."],
    [27, 'l', 'Any particular stretch of coast, or is anywhere in LA County fine?'],
    [60, 'p', 'santa monica or venice would be best'],
    [68, 'l', "I'm going to transfer you to Hugo, our accessibility specialist — hang on."],
    xfer(71, 'Hugo', 'hugo-w'),
    [198, 'l', "Hi, it's Hugo. Yes: LA County Lifeguards lend free beach wheelchairs at several beaches, Santa Monica and Venice included. The list of beaches that have them and how to reserve one are at fire.lacounty.gov/lifeguards (Beach Accessibility). Is that what you were after?", as(HUGO)],
    [240, 'p', 'yes thank u, thats all'],
    [245, 'l', 'Glad to help — thanks for asking, bye!', as(HUGO)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 27 four at once
  s(IRIS, '27 the IU Natatorium on Memorial Day: "Hiya, Iris with Ask a Librarian at …", iunat.iu.edu, three other chats open at once over this one (four)', [
    [0, 'p', 'is the natatorium open memorial day'],
    [15, 'l', 'Hiya, Iris with Ask a Librarian at Indianapolis Public Library.'],
    [20, 'l', 'Which one, the IU Natatorium downtown or one of the city pools?'],
    [45, 'p', 'IU one'],
    [51, 'l', 'The IU Natatorium posts holiday hours on its public swim page, iunat.iu.edu (Public Swim > Hours); for Memorial Day it shows lap swim from 8 am to noon only. Does that answer your question?'],
    [80, 'p', "great that's all i needed!"],
    [85, 'l', 'Thanks for chatting — bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'iris-w', -50, 100), other('i2', 'iris-w', 20, 300), other('i3', 'iris-w', 60, 95)],
  }),

  // 28 three at most, touching ends; code null
  s(JUDE, '28 life jacket loaner boards at Lake Lanier: sam.usace.army.mil, "no more questions", touching chats (three at most), resolution code null', [
    [0, 'p', 'are there free life jacket loaner stations at lake lanier?'],
    [19, 'l', "Hello from Forsyth County Public Library's chat — I'm Jude."],
    [25, 'l', 'Which side of the lake will you be on, or which park?'],
    [55, 'p', 'probably van pugh south or little ridge'],
    [62, 'l', 'Yes, the U.S. Army Corps of Engineers keeps free life jacket loaner boards at many Lake Lanier parks and beaches; the locations are listed at sam.usace.army.mil/Missions/Civil-Works/Recreation/Lake-Sidney-Lanier (Water Safety). Take one and hang it back when you leave. Does this help?'],
    [100, 'p', 'yes thanks!! no more questions'],
    [106, 'l', 'Have a safe day on the water — bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }, {
    otherIntervals: [other('j1', 'jude-w', -100, 0), other('j2', 'jude-w', -20, 400), other('j3', 'jude-w', 50, 80), other('j4', 'jude-w', 111, 500)],
  }),

  // 29 Practice
  s(TRAINEE, '29 practice chat (pool hours macro test): coded Practice, every check na', [
    [0, 'p', 'TEST pool macro'],
    [4, 'l', 'Testing: pool hours macro — parks.example.gov/pools'],
    [10, 'p', 'link ok'],
    [14, 'l', 'Testing the goodbye macro. Thanks for chatting!'],
    [20, 'p', 'done'],
    [24, 'l', 'end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 Spanish; a true Lost Call: greeting, check-in, notice that thanks and invites back (180 s)
  s(TOMAS, '30 clases de natación para bebés (Spanish, Lost Call): saludo a los 20, "¿Sigue en línea?" a los 140, aviso que agradece e invita a volver a los 200 (180 s)', [
    [0, 'p', 'buenas, a partir de que edad pueden tomar clases de natacion los bebes en el centro acuatico del condado?'],
    [17, 's', 'Tomás joined the chat', sys('joined')],
    [20, 'l', '¡Buenas tardes! Le atiende Tomás, bibliotecario de Salt Lake County Library.'],
    [140, 'l', '¿Sigue en línea?'],
    [200, 'l', 'Parece que se ha desconectado, así que cierro el chat. ¡Gracias por escribirnos y vuelva cuando guste!'],
    [201, 's', 'Chat ended', sys('ended')],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundPools.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: public pools, beaches and water safety, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundPools.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundPools.filter((c) => c.name in LEFT_WHY));
});
