/**
 * Seventy-fifth round, theme YOGA, RUNNING AND FITNESS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: couch-to-5K and 10K plans (a walk/run plan, three running days a week, a treadmill
 * 5K, cadence and sore shins, a 10,000-steps myth), marathon training (weekly mileage, a library running club, a plan in
 * Spanish, a sixteen-week plan demanded all at once), gym memberships and senior programs (SilverSneakers, a cheap gym for a
 * retiree, chair yoga for a mother of 72 in Spanish, a list for a church seniors group, a walking club in Spanish, a library
 * card gym discount), yoga for back pain (a desk worker, osteoporosis, books and DVDs to browse), fitness trackers and
 * privacy (Fitbit data, heart data and HIPAA, a tracker lending kit, heart rate zones) and library exercise DVDs and classes
 * (Pilates and Zumba DVDs, Saturday yoga that moved, kids' bedtime yoga, yoga mats). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s72/fitness-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Ask a Librarian! This is Priya at …" at 18 s (01); pickup at exactly 60 s (03:
 *   pass) and at 61 s (04: fail); `pickedUpAt` recorded at 58 s, first visible line at 95 s (05: pass); a pickup at 190 s
 *   after the patron's "hola??" at 100 (28: pickup fails, keep_informed does not); "Ask a Librarian, Sam speaking." with no
 *   greeting word (06: fail); chat-speak "hiya! 🙂" with the name and library only in the third line (20: fail); Spanish
 *   "¡Hola, buenas tardes! Habla Lucía, bibliotecaria …" (02), "¡Hola! Le saluda Nell, bibliotecaria …" (26) and "¡Hola,
 *   disculpe la espera! Soy Sol, bibliotecaria …" (28); a greeting that is also a transfer notice (17); "Hello! June at
 *   Calvert Library here, thanks for your question." in a Lost Call (21); a queue line and no provider ever (24);
 *  inquiry: treadmill or outside, onset of the pain, weekly mileage, which tracker, branch, Original or Advantage Medicare,
 *   watch or shared data, the knee (chair yoga), doctor's advice, weekday or weekend, classes or open gym, which Saturday
 *   class, county, DVD or streaming, max heart rate known, racing outside, which marathon, road or trail, bus line, home
 *   branch, borrow to try, print or DVDs; a restatement with no question mark "So you need a 10K training plan built around
 *   just three running days a week." (09: pass); sources straight after the greeting with no question (10: fail);
 *  waits: holds of 95 s and exactly 120 s with a partial-result hold between (07: pass); a hold answered 121 s later with the
 *   patron's "u there?" in the middle (08: fail, the patron line does not restart the span); "Let me ask our programming
 *   staff, one sec." answered 84 s later (15); "No problem, take your time!" then the patron back 220 s later (09: waiting on
 *   the patron); "Sure, I'll be here." before the patron's window closes and they come back (27); transfer notices answered
 *   52 and 54-56 s later (16, 17, 18); a hold as the provider's last line, the patron gone, the session ending 162 s later
 *   (11: an open span, not counted);
 *  endings: a goodbye 119 s after the answer (04: na) and exactly 120 s after it with a check-in between (12: pass); a
 *   check-in only, the session ending 306 s after the greeting (10: disconnect fails); "It looks like you've disconnected,
 *   so I'll end the chat now." with no question and no thanks (14: idle fails, disconnect passes, courteous fails); one line
 *   that asks, gives the notice and thanks, 177 s after the answer, the session ending 5 s later (19: final idle 182 s, both
 *   pass); a true Lost Call with a check-in and a notice that thanks (21); a Lost Call after three patron lines, a notice
 *   without thanks (22); the patron's "thats everything i needed 🙏" as the last line (09: courteous fails); "we have a 15
 *   minute limit per chat and your time is up" then "Bye." (25: dismissal fails, courteous passes); "hay otras personas
 *   esperando en la fila. Por favor, vuelva a escribirnos más tarde" (26: allowed); "Let me know if anything else comes up."
 *   (06: a statement, anything_else fails); patron-side "nope thats everything", "no, es todo", "no that is all i needed",
 *   "ok thats all", "thats all, thx!", "no thats all", "no that's all i needed", "nope thats all", "yes it does. that's
 *   everything"; and "nah im good", "ya cool thx", "ok yeah", "yes!", "nope!" that do not count alone;
 *  sources: halhigdon.com, nhs.uk, a Galloway book, the Consumer Health Complete database with its path, support.google.com,
 *   consumerreports.org, the catalogue with the steps to a format limit, tools.silversneakers.com, medicare.gov, hhs.gov,
 *   apple.com, Run Less, Run Faster in the catalogue and on Libby, health.harvard.edu, cdc.gov, bonehealthandosteoporosis.org,
 *   kirc.org, a YMCA phone, an events page reached by clicks, Hoopla, heart.org, runnersworld.com, libbyapp.com,
 *   medlineplus.gov in Spanish, apma.org, fcpl.org/seniors, hclibrary.org/events; none, only "the metronome in the Nike Run
 *   Club app" (11: fail);
 *  referrals: a senior centre by phone in Spanish (02: pass); "calling the bone health clinic at Johns Hopkins Bayview"
 *   with no contact (12: fail); a running club through its site and a parks office by street address (13: pass); a YMCA
 *   desk by phone and a senior centre with nothing (14: fail); the library's programs coordinator asked on the patron's
 *   behalf (15: no referral); a branch asked to call the patron (28: no referral); agency web pages to read (07, 08, 10:
 *   no referral);
 *  follow-ups: FU_ME, e-mail typed after the patron came back and read back, "by Friday afternoon", done in 40 h (27: pass);
 *   FU_LIB in Spanish, a phone typed with spaces and read back with dashes, "antes del jueves", not recorded at day 5 (28:
 *   on_time fails); a promise to e-mail "by end of day tomorrow", e-mail read back, coded Answered (29: code fails, contact
 *   passes, on_time pending at day 1); FU_ME with the e-mail only in the patron field, "get back to you tomorrow", done at
 *   75 h (30: contact and on_time fail, code passes);
 *  codes: a true Lost Call (21); Lost Call after three patron lines (22); Practice (23); null with no provider (24);
 *  transfers: a visible notice and an internal note saying why, both before (16: pass); a notice in a greeting and no note
 *   (17: fail); a notice before and the note 2 s after the transfer (18: fail);
 *  concurrency: three others open through the session, four at once (19: fail); five others, one ending at the start, one
 *   starting at the end, the rest never more than two with this one (20: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt`, when recorded, is the pickup (Terms: "or `pickedUpAt` when the source system records it"), even when the
 *   first visible line comes later: 58 s (05: pass);
 * - "Ask a Librarian, Sam speaking." names the service and the provider but greets no one (no hello, hi, welcome or thanks
 *   in the first two visible lines): greeting fails (06); "thanks for your question" greets as "thanks for contacting" does
 *   (21); a name and library only in the third provider line is outside "the first two" (20: fail);
 * - "So you need a 10K training plan built around just three running days a week." restates the question ("so you need…")
 *   without a question mark: clarify passes (09);
 * - "Would you like me to find some videos of those poses too?" offers more and "Do you also want steps for turning off data
 *   sharing in the Fitbit app?" asks about something not yet given: neither asks whether what was given meets the need
 *   (03, 05: completeness fails); "Would either of those work for you?", "Is that the class you were thinking of?", "Does
 *   that get you started?", "¿Le sirve para los zapatos?", "Does the Senior Services page help in the meantime?" do (13, 15,
 *   25, 26, 27);
 * - "Let me know if anything else comes up." invites but does not ask: anything_else fails (06);
 * - "the metronome in the Nike Run Club app" names an app with no way to reach it: not a source (11);
 * - 11: the provider's last visible line is the hold "Let me check the catalog for you, one moment." after the patron's last
 *   line; the span it starts is still open when the session ends (not counted: keep_informed passes), and no provider line
 *   after the patron's last is a non-hold, so there is no final idle (idle and disconnect na);
 * - "It would also be worth calling the bone health clinic at Johns Hopkins Bayview" tells the patron to call an organisation:
 *   a referral, with no way to reach it (12: fail); "You could also ask at the Elkton Senior Center" likewise, beside a YMCA
 *   with a phone: not every party has a contact (14: fail);
 * - "Let me ask our programming staff, one sec." is a hold; the coordinator asked on the patron's behalf is not a referral
 *   (15); "Puedo pedirles que la llamen" (the Elkridge staff) is a promise that someone will contact the patron (a follow-up
 *   session) and staff consulted on the patron's behalf, not a referral (28);
 * - the transfer note Gil sends 2 s after the transfer event is not "before the transfer" (18: fail);
 * - "Hello? Are you still there? It seems you may have been disconnected … Thanks for using Ask a Librarian!" thanks but also
 *   asks whether the patron is there, so it is not a goodbye: the final idle runs to `endedAt`, 78 -> 260 = 182 s, and the
 *   line is both the check-in and the notice (19); "It looks like you've left the chat, so I'm going to end this session
 *   now." says the patron seems gone and the session will end: the notice (22); neither it nor "… so I'll end the chat now."
 *   (14) thanks, says goodbye or invites back: announcing the end is not a goodbye;
 * - "Bye." is a goodbye, so courteous passes beside a failed dismissal (25);
 * - "no, es todo" ("no, that's all") says explicitly that the patron is done (02), as "thats all, thx!" does (13);
 * - "Take care, and talk to you by e-mail soon!" says goodbye (27: courteous passes); "Sure, I'll be here." while the
 *   patron answers the phone is not a hold: waiting on the patron until they are back at 400 (27);
 * - "antes del jueves" ("by Thursday") and "by end of day tomorrow" say when (28, 29); "I'll … get back to you tomorrow"
 *   says when, but the e-mail is only in `patron.email`, never in the chat: contact fails, code passes (30).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (06 anything_else, 14 referral.contact, 19 disconnect_notice, 21 greeting).
 * Label corrections: none (each of the four reread against RUBRIC.md and kept).
 * Final: 26 running, 4 LEFT (LEFT_WHY gives each reason): 06 ("Let me know if anything else comes up." read as asking), 14
 * (a YMCA phone taken for the senior centre named beside it), 19 (the final idle measured 176 s, from the completeness
 * question at 84 s instead of the answer at 78 s), 21 ("June at Calvert Library" not read as naming who answers).
 * Every other timing check (pickup at 60 and 61 s, `pickedUpAt`, a 190 s pickup; keep_informed at exactly 120 and at 121 s,
 * across a partial-result hold, "take your time", "I'll be here", three transfers and an open span; final idles of 119,
 * 120, 197, 205, 220 and 306 s; concurrency at four and at touching ends; on_time done at 40 h, late at 75 h, not recorded
 * at day 5, pending at day 1) scored as labelled. The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (26 through describeSessions, 4 through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: no error in this file.
 * ON v67 (block AG13, AG14): cases 19 ("… beats a minute." no hold) and 21 ("June at Calvert Library here") run, 2 LEFT (06, 14).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n: number): Line => [sec, 's', `Thanks for waiting. You are number ${n} in line for the next librarian.`];

const PRIYA: Prov = { id: 'priya-fit', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-fit', name: 'Lucía', library: 'PGCMLS' };
const MARCUS: Prov = { id: 'marcus-fit', name: 'Marcus', library: 'EPFL' };
const NOOR: Prov = { id: 'noor-fit', name: 'Noor', library: 'AACPL' };
const OLLIE: Prov = { id: 'ollie-fit', name: 'Ollie', library: 'BCPL' };
const SAM: Prov = { id: 'sam-fit', name: 'Sam', library: 'WCFL' };
const TOMAS: Prov = { id: 'tomas-fit', name: 'Tomás', library: 'FCPL-MD' };
const VIKRAM: Prov = { id: 'vikram-fit', name: 'Vikram', library: 'MCPL' };
const WANDA: Prov = { id: 'wanda-fit', name: 'Wanda', library: 'CCPL-MD' };
const YUSUF: Prov = { id: 'yusuf-fit', name: 'Yusuf', library: 'AUN' };
const ZARA: Prov = { id: 'zara-fit', name: 'Zara', library: 'HCPL-MD' };
const ABE: Prov = { id: 'abe-fit', name: 'Abe', library: 'AUN' };
const BEA: Prov = { id: 'bea-fit', name: 'Bea', library: 'QACL' };
const CAL: Prov = { id: 'cal-fit', name: 'Cal', library: 'CCPL-CE' };
const DEV: Prov = { id: 'dev-fit', name: 'Dev', library: 'AACPL' };
const EMI: Prov = { id: 'emi-fit', name: 'Emi', library: 'AUN' };
const ROWAN: Prov = { id: 'rowan-fit', name: 'Rowan', library: 'HCLS' };
const FARAH: Prov = { id: 'farah-fit', name: 'Farah', library: 'AUN' };
const GABI: Prov = { id: 'gabi-fit', name: 'Gabriela', library: 'AUN' };
const GIL: Prov = { id: 'gil-fit', name: 'Gil', library: 'SMCL' };
const HAZEL: Prov = { id: 'hazel-fit', name: 'Hazel', library: 'SMCL' };
const HUGO: Prov = { id: 'hugo-fit', name: 'Hugo', library: 'WCFL' };
const IRIS: Prov = { id: 'iris-fit', name: 'iris_acls', library: 'ACLS' };
const JUNE: Prov = { id: 'june-fit', name: 'June', library: 'CCPL-CA' };
const KARL: Prov = { id: 'karl-fit', name: 'Karl', library: 'HCLS' };
const TRAINEE: Prov = { id: 'trainee-fit', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-fit', name: 'Queue', library: 'VRQ' };
const MILO: Prov = { id: 'milo-fit', name: 'Milo', library: 'WIPL' };
const NELL: Prov = { id: 'nell-fit', name: 'Nell', library: 'GCPL' };
const RAFA: Prov = { id: 'rafa-fit', name: 'Rafa', library: 'FCPL-MD' };
const SOL: Prov = { id: 'sol-fit', name: 'Sol', library: 'AUN' };
const TAVI: Prov = { id: 'tavi-fit', name: 'Tavi', library: 'HCPL-MD' };
const WES: Prov = { id: 'wes-fit', name: 'Wes', library: 'TCFL' };

const s = session;

export const FITNESS: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 couch-to-5K for someone winded at 2 min: "This is Priya at …", weeks and surface asked, Galloway book + nhs.uk, "nope thats everything"', [
    [0, 'p', 'hi there, i want to start running but i get winded after like 2 min 😅 is there a beginner plan the library recommends?'],
    [18, 'l', "Good morning, you've reached Ask a Librarian! This is Priya at Howard County Library System."],
    [25, 'l', 'How many weeks were you thinking, and will you be running outside or on a treadmill?'],
    [62, 'p', 'outside, no rush. maybe 2 months?'],
    [70, 'l', "An 8 to 9 week walk/run plan fits that well. Jeff Galloway's The Run Walk Run Method is in our catalog (three copies at Central), and the NHS lays out the same kind of plan week by week at nhs.uk/live-well/exercise/running-and-aerobic-exercises/get-running-with-couch-to-5k/."],
    [76, 'l', 'Is that the sort of plan you were after?'],
    [110, 'p', 'yes thats perfect!!'],
    [115, 'l', 'Can I help you find anything else today?'],
    [140, 'p', 'nope thats everything, thank you'],
    [146, 'l', 'My pleasure. Enjoy that first run, and thanks for chatting!'],
  ], usual()),

  // 02 Spanish: chair yoga for a mother, a senior centre by phone
  s(LUCIA, '02 yoga en silla para una mamá de 72 (Spanish): "Habla Lucía, bibliotecaria", events page + senior centre by phone, "no, es todo"', [
    [0, 'p', 'buenas, mi mamá tiene 72 años y quiere hacer yoga suave. la biblioteca tiene clases?'],
    [25, 'l', '¡Hola, buenas tardes! Habla Lucía, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George’s.'],
    [31, 'l', '¿Su mamá puede bajar y subir del piso sin ayuda, o les conviene más yoga en silla?'],
    [75, 'p', 'en silla mejor, tiene problemas de rodilla'],
    [82, 'l', 'La sucursal de Hyattsville tiene "Yoga en silla" los martes a las 10; está en el calendario pgcmls.info/events (filtre por "Salud y bienestar"). Además, el Centro para Personas Mayores de Langley Park da clases gratis: puede llamarles al 301-555-0187 para inscribirla.'],
    [88, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'sí, muy bien'],
    [134, 'l', '¿Necesita algo más?'],
    [150, 'p', 'no, es todo. gracias!!'],
    [155, 'l', '¡A usted! Que disfrute mucho la clase su mamá. Hasta luego.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; an offer of more instead of the completeness question
  s(MARCUS, '03 yoga for lower back pain: pickup at exactly 60 s, Consumer Health Complete, "Would you like me to find some videos … too?" (offer of more)', [
    [0, 'p', 'are there yoga poses that actually help lower back pain or is that a myth'],
    [60, 'l', 'Hi! Marcus here, a librarian at Enoch Pratt Free Library. Happy to dig into that.'],
    [66, 'l', 'Is this ongoing pain, or something that started recently after an injury?'],
    [100, 'p', 'on and off for years, desk job'],
    [108, 'l', "Not a myth: reviews of the research find yoga gives a small to moderate improvement for chronic low back pain. Our Consumer Health Complete database (prattlibrary.org > Research > Databases) has full-text articles on it, with photos of gentle poses like cat-cow and child's pose."],
    [114, 'l', 'Would you like me to find some videos of those poses too?'],
    [150, 'p', 'no thats ok, the articles are enough'],
    [155, 'l', 'Anything more I can look up for you?'],
    [175, 'p', 'nah im good'],
    [180, 'l', 'Okay! Go easy on that back, and thanks for using Ask a Librarian.'],
  ], usual({ complete: 'fail' })),

  // 04 pickup at 61 s; a goodbye 119 s after the answer
  s(NOOR, '04 weekly mileage for a first marathon: pickup at 61 s, halhigdon.com + Higdon\'s book, no reply, goodbye 119 s after the answer', [
    [0, 'p', 'training for my first marathon in oct. how many miles a week should i be at by summer?'],
    [61, 'l', 'Hello, and thanks for your patience! Noor here, librarian at Anne Arundel County Public Library.'],
    [67, 'l', 'What are you running per week right now, roughly?'],
    [105, 'p', 'about 15 miles'],
    [112, 'l', "Most first-marathon plans build from there to a peak of 35-40 miles about three weeks before race day. Hal Higdon's Marathon: The Ultimate Training Guide has 18-week schedules and is on the shelf at our Annapolis branch, and his free Novice 1 plan is at halhigdon.com/training/marathon-training/novice-1-marathon/."],
    [118, 'l', 'Is that the kind of answer you were looking for?'],
    [231, 'l', 'Thanks for chatting, and good luck in October — bye for now!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 05 pickedUpAt recorded at 58 s, first visible line at 95 s; a question about something not yet given
  s(OLLIE, '05 does Fitbit sell my data: pickedUpAt 58 s (first line at 95 s), Google and Consumer Reports pages, "Do you also want steps for turning off …?"', [
    [0, 'p', 'does my fitbit sell my data?? kind of creeped out'],
    [95, 'l', 'Hi there, welcome to Ask a Librarian! Ollie at Baltimore County Public Library here.'],
    [101, 'l', 'Which tracker is it, and did you move your Fitbit account over to a Google account?'],
    [140, 'p', 'charge 5, yes moved it to google last yr'],
    [147, 'l', "Google's Fitbit privacy page is at support.google.com/fitbit (search \"Fitbit privacy\"); it says your health and wellness data isn't used for Google ads. Consumer Reports compared the privacy of popular trackers too, at consumerreports.org (search \"fitness tracker privacy\")."],
    [153, 'l', 'Do you also want steps for turning off data sharing in the Fitbit app?'],
    [200, 'p', "no that's fine. ok thanks"],
    [205, 'l', 'Anything else I can help you with today?'],
    [230, 'p', 'no'],
    [234, 'l', 'Take care, and thanks for stopping by!'],
  ], usual({ complete: 'fail' }), { pickedUpAt: at(58) }),

  // 06 no greeting word; "let me know if anything else comes up"
  s(SAM, '06 Pilates and Zumba DVDs: "Ask a Librarian, Sam speaking." (no greeting), catalog steps, "Let me know if anything else comes up."', [
    [0, 'p', 'do you guys lend out exercise dvds? like pilates or zumba'],
    [15, 'l', 'Ask a Librarian, Sam speaking. Which branch do you usually go to?'],
    [45, 'p', 'smithsburg'],
    [52, 'l', 'We have a couple hundred fitness DVDs. In the catalog at washcolibrary.org, search "exercise", set Format to DVD on the left, and pick Smithsburg as your pickup branch when you place the hold. Pilates and Zumba titles both come up.'],
    [58, 'l', 'Did that get you what you wanted?'],
    [90, 'p', 'ya cool thx'],
    [96, 'l', 'Let me know if anything else comes up. Thanks, have a good one!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 07 holds of 95 s and exactly 120 s (a partial result that says the search goes on)
  s(TOMAS, '07 does Medicare pay for a gym (SilverSneakers): hold at 76, partial-result hold at 171, answer at 291 (exactly 120 s)', [
    [0, 'p', 'my dad is 68, does medicare pay for a gym membership? someone said silversneakers'],
    [20, 'l', 'Hello! Tomás here, reference librarian with Frederick County Public Libraries.'],
    [26, 'l', 'Does he have Original Medicare, or a Medicare Advantage plan through a private insurer?'],
    [70, 'p', 'advantage i think, through aetna'],
    [76, 'l', "Okay, let me see what I can find on that. Bear with me a moment."],
    [171, 'l', 'Still digging: SilverSneakers comes with many Medicare Advantage plans but not with Original Medicare. Now checking whether the Aetna plans in Maryland include it.'],
    [291, 'l', "Found it: SilverSneakers has an eligibility checker at tools.silversneakers.com where he can enter his plan, and Medicare's page on fitness benefits is at medicare.gov (search \"gym memberships\")."],
    [297, 'l', 'Does that cover what you needed?'],
    [330, 'p', 'yes that is great thank you so much'],
    [336, 'l', 'Is there anything else I can help with?'],
    [350, 'p', 'no thats all'],
    [355, 'l', "You're very welcome. Thanks for chatting with us, bye!"],
  ], usual()),

  // 08 a hold answered 121 s later, the patron's "u there?" in between
  s(VIKRAM, '08 Apple Watch heart data and HIPAA: "give me a couple of minutes" at 60, patron "u there?" at 140, answer at 181 (121 s)', [
    [0, 'p', 'is the heart rate data on my apple watch protected by HIPAA?'],
    [22, 'l', "Hi, I'm Vikram, a librarian at Montgomery County Public Libraries."],
    [28, 'l', 'Do you mean the data kept on the watch and in the Health app, or data you share with a doctor or insurer?'],
    [56, 'p', 'on the watch and the app'],
    [60, 'l', 'Good question. Give me a couple of minutes to pull up something reliable.'],
    [140, 'p', 'u there?'],
    [181, 'l', "Yes, sorry! HIPAA covers doctors, insurers and the companies working for them, not device makers, so data sitting in the Health app isn't covered by it. HHS explains this at hhs.gov/hipaa (see the health apps section), and Apple's Health privacy overview is at apple.com/privacy."],
    [187, 'l', 'Did that clear it up?'],
    [220, 'p', 'yeah, kinda wild. ok thats all'],
    [226, 'l', 'Thanks for the great question, bye!'],
  ], usual({ informed: 'fail' })),

  // 09 a restatement; "take your time"; the patron has the last word
  s(WANDA, '09 10K plan on three days a week: "So you need …" restatement, "take your time" then 220 s away, patron "thats everything i needed 🙏" last', [
    [0, 'p', 'need a 10k plan but i can only run 3 days a week w/ my kids schedule'],
    [17, 'l', 'Hello! This is Wanda at Carroll County Public Library, Ask Us Now.'],
    [30, 'l', 'So you need a 10K training plan built around just three running days a week.'],
    [55, 'p', 'yep exactly, hold on kid is yelling lol'],
    [60, 'l', 'No problem, take your time!'],
    [280, 'p', 'ok back sorry!!'],
    [288, 'l', "Run Less, Run Faster by Bill Pierce, Scott Murr and Ray Moss is built on exactly three runs a week and has 10K schedules. It's in our catalog at library.carr.org, and we have the e-book on Libby too."],
    [294, 'l', 'Is that what you were hoping for?'],
    [330, 'p', 'oh nice yes!! perfect, thats everything i needed 🙏'],
  ], usual({ courteous: 'fail' })),

  // 10 sources with no question; a check-in only, the session ending 306 s after the greeting
  s(YUSUF, '10 is 10,000 steps real: sources straight after the greeting, no reply, "Are you still there?" and the session ends (no notice)', [
    [0, 'p', 'is 10,000 steps a day actually a real thing or marketing'],
    [14, 'l', "Hi, Yusuf here with AskUsNow!, Maryland's statewide library chat."],
    [20, 'l', 'Mostly marketing! The round number goes back to a 1960s Japanese pedometer. Harvard Health has a good write-up of the newer research (health.harvard.edu, search "steps a day"), which finds benefits starting well below 10,000, and the CDC\'s activity guidelines for adults are at cdc.gov/physicalactivity.'],
    [26, 'l', 'Does that help?'],
    [150, 'l', 'Are you still there?'],
  ], usual({ clarify: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 170 }),

  // 11 no source (an app named); a hold as the last line, the patron gone: an open span, no final idle
  s(ZARA, '11 cadence and sore shins: advice with only "the Nike Run Club app", then "Let me check the catalog …" and the patron leaves', [
    [0, 'p', 'whats a good running cadence? my watch says 150 and someone told me thats bad'],
    [20, 'l', 'Hi, welcome to Ask a Librarian! Zara at Harford County Public Library here.'],
    [26, 'l', 'Are you getting any knee or shin pain, or just curious about the number?'],
    [60, 'p', 'shins hurt sometimes'],
    [68, 'l', 'Lots of coaches suggest nudging your cadence up about 5-10% instead of chasing 180, since shorter steps can take some load off the shins. Some runners practice with the metronome in the Nike Run Club app.'],
    [74, 'l', 'Did that help?'],
    [110, 'p', 'ok yeah. also do u have any yoga dvds for runners? my hips are so tight'],
    [118, 'l', 'Let me check the catalog for you, one moment.'],
    left(160),
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail' }), { endAfter: 120 }),

  // 12 a referral with no contact; a check-in and a goodbye exactly 120 s after the answer
  s(ABE, '12 yoga with osteoporosis: a foundation page, "worth calling the bone health clinic at Johns Hopkins Bayview" (no contact), final idle 120 s', [
    [0, 'p', 'my grandmother has osteoporosis, is yoga safe for her or will it make things worse'],
    [24, 'l', 'Hello! Abe here, a librarian with Ask Us Now.'],
    [30, 'l', 'Does she exercise at all now, and has her doctor said anything about movements to avoid?'],
    [72, 'p', 'she walks. doctor just said no heavy lifting'],
    [80, 'l', "The Bone Health & Osteoporosis Foundation has a page on safe movement, including poses to skip such as deep forward bends and twisting, at bonehealthandosteoporosis.org/patients/treatment/exercisesafe-movement/. It would also be worth calling the bone health clinic at Johns Hopkins Bayview to ask whether they run a supervised class."],
    [86, 'l', 'Is that what you needed?'],
    [150, 'l', 'Still with me?'],
    [200, 'l', "I'll let you go. Thanks for chatting, and best wishes to your grandmother!"],
  ], usual({ referral: 'fail', anything: 'fail', idle: 'pass' })),

  // 13 referrals with a URL and a street address
  s(BEA, '13 beginner Saturday group runs: a running club through kirc.org and the parks office at a street address, "Would either of those work for you?"', [
    [0, 'p', 'any free running groups for beginners around centreville? dont want to run alone'],
    [19, 'l', "Hi there! I'm Bea, a librarian at Queen Anne's County Library."],
    [25, 'l', 'Are you after weekday evenings or weekend mornings?'],
    [50, 'p', 'saturday mornings ideally'],
    [58, 'l', "Two options: the Kent Island Running Club has a no-drop Saturday run for beginners, and you can message them through kirc.org (Contact tab). Or stop by Queen Anne's County Parks and Recreation at 1945 4-H Park Road, Centreville, and ask about their spring walk-to-run group."],
    [64, 'l', 'Would either of those work for you?'],
    [100, 'p', 'ooh yes the saturday one'],
    [106, 'l', 'Anything else I can find for you?'],
    [120, 'p', 'thats all, thx!'],
    [125, 'l', 'Have fun out there, bye!'],
  ], usual({ referral: 'pass' })),

  // 14 one party with a phone, one with nothing; a notice that does not ask, no thanks
  s(CAL, '14 a cheap gym for a retiree: the YMCA desk by phone and "ask at the Elkton Senior Center" (no contact), "It looks like you\'ve disconnected …" 192 s on', [
    [0, 'p', 'looking for cheap gym options for a retiree in elkton, the Y is so pricey ugh'],
    [21, 'l', 'Good afternoon! Cal here, from Cecil County Public Library.'],
    [27, 'l', 'Is it for yourself, and would you want classes or mostly open gym time?'],
    [60, 'p', 'me. open gym mostly, maybe some classes'],
    [68, 'l', "The Y does have a sliding-scale rate if you ask for it: the Elkton YMCA's front desk is 410-555-0199. You could also ask at the Elkton Senior Center about their fitness room, which is free for county residents over 60."],
    [74, 'l', 'Does that help?'],
    [260, 'l', "It looks like you've disconnected, so I'll end the chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', referral: 'fail' })),

  // 15 staff asked on the patron's behalf (not a referral), a hold of 84 s, a web page with the steps
  s(DEV, '15 Saturday yoga that moved: "Let me ask our programming staff, one sec." answered 84 s later, aacpl.net events by clicks', [
    [0, 'p', 'does the library still do the free yoga on saturdays at odenton? i cant find it anywhere'],
    [16, 'l', 'Hi, welcome to Ask a Librarian! This is Dev at Anne Arundel County Public Library.'],
    [22, 'l', 'Do you mean the Saturday morning class, or the Tuesday evening one that used to meet there too?'],
    [50, 'p', 'saturday morning'],
    [56, 'l', 'Let me ask our programming staff, one sec.'],
    [59, 'i', 'programs team: is Sat AM yoga at Odenton still running this spring?'],
    [140, 'l', 'Our programs coordinator says it moved to the Crofton branch, Saturdays at 9:30. To find it: go to aacpl.net, click Events, then choose Crofton and the Health & Wellness category.'],
    [146, 'l', 'Is that the class you were thinking of?'],
    [175, 'p', 'yes!! thank u so much'],
    [180, 'l', 'Can I help with anything else?'],
    [195, 'p', "no that's all i needed"],
    [200, 'l', 'Enjoy the class, and thanks for chatting!'],
  ], usual()),

  // 16 a transfer with a notice and a note that says why
  s(EMI, '16 a library running club for the Baltimore Marathon: county asked, notice + internal note, transfer to Rowan with hclibrary.org/events', [
    [0, 'p', 'i heard a library branch has a running club that trains for the baltimore marathon?'],
    [20, 'l', "Hi! I'm Emi, a librarian on AskUsNow! tonight."],
    [26, 'l', 'Which county do you live in?'],
    [55, 'p', 'howard'],
    [62, 'l', "That sounds like the Miller branch's club. I'm passing you to Rowan at Howard County Library, who knows the group. Hang on one moment."],
    [65, 'i', 'Rowan: patron asking about the Miller branch marathon running club, lives in Howard. Can you take it?'],
    xfer(68, 'Rowan', 'rowan-fit'),
    [118, 'l', 'Hi, Rowan here at Howard County Library System! The Miller Striders meet Sundays at 7 am; the details and sign-up form are at hclibrary.org/events (search "Striders").', as(ROWAN)],
    [124, 'l', 'Does that help?', as(ROWAN)],
    [150, 'p', 'yes perfect'],
    [155, 'l', 'Anything else I can do for you?', as(ROWAN)],
    [170, 'p', 'nope thats all'],
    [174, 'l', 'Maybe see you on a Sunday, bye!', as(ROWAN)],
  ], usual({ transfer: 'pass' })),

  // 17 partly Spanish: a transfer announced in the greeting, no internal note
  s(FARAH, '17 plan de maratón en español: Farah greets and announces the transfer, no internal note, Gabriela asks and gives libbyapp.com + MedlinePlus', [
    [0, 'p', 'hola, busco un plan para correr un maratón, pero en español por favor'],
    [18, 'l', "Hi! This is Farah, a librarian with Ask Us Now. I'm transferring you to a colleague who speaks Spanish, un momento por favor."],
    xfer(24, 'Gabriela', 'gabi-fit'),
    [70, 'l', '¡Hola! Soy Gabriela, bibliotecaria de Ask Us Now. ¿Para cuándo es el maratón y cuántos kilómetros corre ahora por semana?', as(GABI)],
    [110, 'p', 'en noviembre, corro unos 20 km por semana'],
    [118, 'l', 'En Libby (libbyapp.com) busque «maratón» y filtre por idioma español: hay varios libros con planes de 16 a 20 semanas. Y para evitar lesiones, MedlinePlus tiene una página en español: medlineplus.gov/spanish/sportsinjuries.html.', as(GABI)],
    [124, 'l', '¿Le sirve?', as(GABI)],
    [160, 'p', 'si gracias'],
    [165, 'l', '¿Algo más en que le pueda ayudar?', as(GABI)],
    [180, 'p', 'no'],
    [184, 'l', '¡Mucho éxito en noviembre! Gracias por escribirnos.', as(GABI)],
  ], usual({ transfer: 'fail' })),

  // 18 a notice before the transfer, the note after it
  s(GIL, '18 bedtime yoga videos for a 6-year-old: streaming asked, notice, transfer to Hazel, Gil\'s note 2 s after the transfer, Hoopla', [
    [0, 'p', 'looking for yoga videos for my 6yo, something calm for bedtime'],
    [21, 'l', "Hi there, welcome! I'm Gil, a librarian at St. Mary's County Library."],
    [27, 'l', 'Would DVDs work, or would you rather stream something?'],
    [60, 'p', 'streaming is easier'],
    [66, 'l', "Our children's librarian Hazel knows the kids' streaming collection best. I'll transfer you to her now, one moment!"],
    xfer(70, 'Hazel', 'hazel-fit'),
    [72, 'i', 'Hazel, parent wants calming bedtime yoga videos for a 6yo, streaming only.'],
    [120, 'l', 'Hi, Hazel here in Youth Services! Hoopla (stmalib.org/hoopla) has several kids\' yoga videos; try searching "yoga for kids bedtime". Cosmic Kids Yoga has bedtime episodes too.', as(HAZEL)],
    [126, 'l', 'Did that help?', as(HAZEL)],
    [160, 'p', 'yes she loves cosmic kids actually lol. thanks'],
    [166, 'l', 'Is there anything else I can help you with?', as(HAZEL)],
    [180, 'p', 'nope'],
    [185, 'l', 'Sweet dreams to your little one, bye!', as(HAZEL)],
  ], usual({ transfer: 'fail' })),

  // 19 four at once; one line that asks, gives the notice and thanks, 182 s to endedAt
  s(HUGO, '19 zone 2 heart rate: three other chats open throughout (four at once), heart.org, "Hello? Are you still there? It seems … Thanks …" at 255', [
    [0, 'p', 'how do i figure out my heart rate zones for zone 2 training'],
    [25, 'l', 'Hello, Hugo at Washington County Free Library, Ask a Librarian.'],
    [31, 'l', 'Do you know your max heart rate from a test, or should we estimate it from your age?'],
    [70, 'p', 'estimate, im 41'],
    [78, 'l', 'A common estimate is 220 minus your age, so about 179; zone 2 is roughly 60-70% of that, around 107-125 beats a minute. The American Heart Association explains target heart rates at heart.org (search "target heart rates").'],
    [84, 'l', 'Did that answer it?'],
    [255, 'l', "Hello? Are you still there? It seems you may have been disconnected, so I'll close this chat shortly. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('h1', 'hugo-fit', -200, 400), other('h2', 'hugo-fit', -50, 300), other('h3', 'hugo-fit', 10, 270)],
  }),

  // 20 three at most with touching ends; the name only in the third line (chat-speak)
  s(IRIS, '20 treadmill or outside for a 5K (chat-speak): "hiya! 🙂", name in the third line, five other chats never more than three at once', [
    [0, 'p', 'is treadmill running easier than outside? training for a 5k on the treadmill bc its winter'],
    [12, 'l', 'hiya! 🙂'],
    [17, 'l', 'r u racing outside?'],
    [40, 'p', 'yeah in april'],
    [46, 'l', 'btw im iris, librarian at allegany county library! most ppl set the treadmill to 1% incline to match outdoor effort, runnersworld.com has a good explainer (search "treadmill 1 percent incline")'],
    [52, 'l', 'that help?'],
    [80, 'p', 'yep ty!'],
    [85, 'l', 'anything else?'],
    [100, 'p', 'nah'],
    [104, 'l', 'good luck in april, bye!'],
  ], usual({ greeting: 'fail' }), {}, {
    otherIntervals: [
      other('i1', 'iris-fit', -300, 0),
      other('i2', 'iris-fit', -60, 80),
      other('i3', 'iris-fit', 50, 500),
      other('i4', 'iris-fit', 90, 300),
      other('i5', 'iris-fit', 109, 400),
    ],
  }),

  // 21 a true Lost Call
  s(JUNE, '21 yoga mats to borrow: true Lost Call, greeting at 30, "are you still with me?" at 160, notice with thanks at 250 (final idle 220 s)', [
    [0, 'p', 'do u have any yoga mats to borrow'],
    [30, 'l', 'Hello! June at Calvert Library here, thanks for your question.'],
    [160, 'l', 'Hi, are you still with me?'],
    [250, 'l', "I haven't heard back, so it seems you've been disconnected and I'll be closing this chat. Thank you for contacting Calvert Library, and feel free to chat in again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Lost Call after three patron lines
  s(KARL, '22 library card gym discount: "hello?" and "anyone there" before a 100 s pickup, greeting only, check-in, notice without thanks, coded Lost Call', [
    [0, 'p', 'does my library card get me any gym discounts?? heard something about that'],
    [50, 'p', 'hello?'],
    [90, 'p', 'anyone there'],
    [100, 'l', 'Hi, Karl here with Ask a Librarian at Howard County Library System, sorry for the wait!'],
    [230, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've left the chat, so I'm going to end this session now."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Practice
  s(TRAINEE, '23 practice chat (couch-to-5K script): coded Practice, every check na', [
    [0, 'p', 'test - c25k question for training, ignore'],
    [6, 'l', 'practice reply: C25K plan at nhs.uk/c25k'],
    [12, 'l', 'does that help?'],
    [20, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 no provider ever joined
  s(NOBODY, '24 are library yoga classes free: no provider ever joined, "is anyone going to answer this", patron left, code null', [
    [0, 'p', 'are the yoga classes at the library free or do i need to register'],
    queueLine(2, 3),
    [150, 'p', 'hello? is anyone going to answer this'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 25 "your time is up"
  s(MILO, '25 a whole marathon program at once (rude patron): halhigdon.com + a book, "we have a 15 minute limit per chat and your time is up", "Bye."', [
    [0, 'p', 'i need a full 16 week marathon plan plus nutrition plus strength plus what shoes to buy. go'],
    [20, 'l', 'Hi, Milo here, librarian at Wicomico Public Libraries.'],
    [26, 'l', 'Which marathon, and what is your longest run so far?'],
    [60, 'p', 'philly in nov. longest is 10 mi. and i need it ALL today its for a bet'],
    [68, 'l', "For the plan, Hal Higdon's Intermediate 1 schedule is free at halhigdon.com. For fueling and strength work, The Runner's World Big Book of Marathon and Half-Marathon Training is in our catalog at wicomicolibrary.org."],
    [74, 'l', 'Does that get you started?'],
    [110, 'p', 'no. i want the shoes too and a weekly meal plan and you still didnt say anything about stretching'],
    [118, 'l', "Sorry, we have a 15 minute limit per chat and your time is up. I'm going to close this session."],
    [130, 'p', 'wow. seriously?'],
    [136, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 26 Spanish: other patrons waiting, come back later (allowed)
  s(NELL, '26 zapatos, dieta, relojes y lesiones (Spanish): road or trail asked, apma.org, "hay otras personas esperando … vuelva a escribirnos más tarde"', [
    [0, 'p', 'hola! necesito info de zapatos para correr, y también de dieta, y de cómo no lesionarme, y de relojes gps'],
    [22, 'l', '¡Hola! Le saluda Nell, bibliotecaria de la Biblioteca Pública del Condado de Garrett.'],
    [28, 'l', 'Empecemos por los zapatos: ¿corre en asfalto o en senderos?'],
    [70, 'p', 'asfalto'],
    [78, 'l', 'Para correr en asfalto, la Asociación Americana de Medicina Podiátrica tiene consejos para elegir zapatillas en apma.org (busque «running shoes»): pruébelas por la tarde y con los calcetines que usa para correr.'],
    [84, 'l', '¿Le sirve para los zapatos?'],
    [120, 'p', 'si. ahora la dieta, los relojes, las lesiones, y tambien quiero un plan de 21k'],
    [128, 'l', 'Con gusto le ayudo con todo eso, pero en este momento hay otras personas esperando en la fila. Por favor, vuelva a escribirnos más tarde y seguimos con la dieta, los relojes y el plan de 21K.'],
    [150, 'p', 'ok bueno'],
    [155, 'l', '¡Gracias por su paciencia! Hasta pronto.'],
  ], usual({ anything: 'fail' })),

  // 27 FU_ME: the patron leaves and comes back, e-mail read back, "by Friday afternoon", done in 40 h
  s(RAFA, '27 free senior exercise programs for a church group: bus line asked, fcpl.org/seniors, patron leaves and comes back, e-mail read back, "by Friday afternoon"', [
    [0, 'p', 'hi, I run a church seniors group and want a list of free exercise programs for seniors in frederick county. walking clubs, chair yoga, anything'],
    [24, 'l', 'Hello, thanks for contacting Ask a Librarian! My name is Rafa and I work at Frederick County Public Libraries.'],
    [30, 'l', 'Are your members mostly able to drive, or do the programs need to be on a bus line?'],
    [75, 'p', 'most dont drive, so bus line or close to downtown'],
    [82, 'l', "Our Senior Services page, fcpl.org/seniors, lists the chair yoga and walking groups at our branches. The senior centers and parks programs will take more digging, so could I put a fuller list together and e-mail it to you?"],
    [110, 'p', 'yes that would be great. brb phone ringing'],
    [116, 'l', "Sure, I'll be here."],
    left(140),
    [400, 'p', 'sorry im back! got disconnected'],
    [406, 'l', "No problem, welcome back! What's the best e-mail for the list?"],
    [430, 'p', 'its marjorie.hale@example.org'],
    [436, 'l', "Thanks, I have marjorie.hale@example.org. I'll send the list by Friday afternoon."],
    [460, 'p', 'wonderful thank you'],
    [466, 'l', 'Does the Senior Services page help in the meantime?'],
    [490, 'p', "yes it does. that's everything, thanks"],
    [495, 'l', 'Take care, and talk to you by e-mail soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 28 Spanish, FU_LIB: a 190 s pickup, a phone read back, "antes del jueves", not recorded at day 5
  s(SOL, '28 club de caminata de Elkridge (Spanish): pickup at 190 s after "hola??", hclibrary.org/events, phone read back, "le llamará antes del jueves", FU_LIB', [
    [0, 'p', 'hola, la biblioteca de elkridge todavía tiene el club de caminata por las mañanas? se paró en el invierno'],
    [100, 'p', 'hola??'],
    [190, 'l', '¡Hola, disculpe la espera! Soy Sol, bibliotecaria del servicio AskUsNow! de Maryland.'],
    [196, 'l', '¿Elkridge es su sucursal, en el condado de Howard?'],
    [220, 'p', 'si'],
    [228, 'l', 'No lo veo en el calendario de hclibrary.org/events por ahora, así que el personal de Elkridge sabrá si vuelve. Puedo pedirles que la llamen. ¿A qué número?'],
    [260, 'p', '410 555 0123'],
    [266, 'l', 'Anotado: 410-555-0123. Alguien de la sucursal de Elkridge le llamará antes del jueves.'],
    [290, 'p', 'ok perfecto'],
    [296, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [310, 'p', 'no gracias'],
    [314, 'l', '¡Gracias por escribirnos, que tenga buen día!'],
  ], usual({ pickup: 'fail', complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 29 a promise to e-mail, coded Answered
  s(TAVI, '29 borrowing a fitness tracker: Consumer Reports through hcplonline.org, "e-mail you by end of day tomorrow", e-mail read back, coded Answered', [
    [0, 'p', 'someone said the library lends fitbits now?? is that true'],
    [16, 'l', 'Hi! Tavi here, a librarian at Harford County Public Library.'],
    [22, 'l', 'Are you hoping to borrow one to try before you buy, or for a fitness program?'],
    [50, 'p', 'try before buying lol'],
    [58, 'l', "We're piloting a tracker lending kit at the Bel Air branch, but it isn't in the catalog yet. Meanwhile, Consumer Reports' fitness tracker ratings are free with your card at hcplonline.org (Research > Consumer Reports)."],
    [64, 'l', 'Does that help for now?'],
    [80, 'p', 'yeah! but id really like to borrow one'],
    [86, 'l', "I'll find out when the kits go live and e-mail you by end of day tomorrow. What's a good address?"],
    [110, 'p', 'jkwon88@example.net'],
    [116, 'l', 'Thanks, that is jkwon88@example.net. Anything else today?'],
    [130, 'p', 'nope!'],
    [134, 'l', 'Have a good one, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 30 FU_ME: the e-mail only in the patron field, done at 75 h
  s(WES, '30 yoga books and DVDs for back pain: catalog search at tcfl.org, "get back to you tomorrow", e-mail only in patron.email, done at 75 h', [
    [0, 'p', 'can u send me a list of the yoga books for back pain at the library? i want to browse before i come in'],
    [20, 'l', 'Good evening! Wes at Talbot County Free Library here.'],
    [26, 'l', 'Do you want only print books, or e-books and DVDs as well?'],
    [60, 'p', 'print and dvds'],
    [66, 'l', 'Sure. For a start, search our catalog at tcfl.org for "yoga back pain" and limit it to Books or DVD. I\'ll put together a fuller list with call numbers and get back to you tomorrow.'],
    [72, 'l', 'Does that help for now?'],
    [100, 'p', 'yes thank you!'],
    [105, 'l', 'Anything else?'],
    [115, 'p', 'no thats all'],
    [120, 'l', 'Thanks for reaching out, have a good night!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME,
    patron: { name: 'R. Okafor', email: 'rokafor@example.com', phone: null },
    followUps: [{ doneAt: at(75 * HOUR) }],
  }, { now: T0 + 5 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FITNESS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('06')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 6: "Let me know if anything else comes up." invites the patron to write again, inside the goodbye; it asks nothing (RUBRIC closing.anything_else: "before the end the provider asks whether the patron needs anything else").',
  [byNo('14')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "You could also ask at the Elkton Senior Center about their fitness room" refers the patron to a second party with no phone, e-mail, address or URL; the phone in that message is the YMCA desk\'s (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them").',
};

describe('seventy-fifth round: yoga, running and fitness, checked', () => {
  describeSessions('whole sessions', FITNESS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FITNESS.filter((c) => c.name in LEFT_WHY));
});
