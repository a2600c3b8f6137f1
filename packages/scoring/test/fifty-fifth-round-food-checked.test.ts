/**
 * Fifty-fifth round, theme FOOD ASSISTANCE, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats about getting food: SNAP (applying after a job loss, a college student's exemption,
 * recertification, a missed interview, the work requirement for adults without dependents, skimmed EBT benefits, the
 * Restaurant Meals Program, online grocery delivery, Double Up Food Bucks at a farmers market, SNAP for citizen children
 * of a green-card applicant, in Spanish), WIC (while pregnant, in Spanish; a formula switch; an unanswered Baltimore
 * patron), school meals (the free / reduced form mid-year, Community Eligibility breakfast, summer meal sites), food banks
 * and pantries (open today by bus, client-choice pantries for a diabetic, a library-hosted pantry's hours, a church pantry
 * on Saturdays, pet food, community fridges, Thanksgiving turkeys, a youth group volunteering, "no food tonight"), senior
 * meals (Meals on Wheels after a fall, a senior center lunch, the CSFP senior box), and a 1939 food stamp plan school
 * project. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/fiftyFifthRoundFood-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line, a patron "hello??" in the queue and a 95 s pickup (04); `pickedUpAt` at 40 s with the first line
 *   at 75 s that names the provider and service but greets no one ("Carla, Ask a Librarian, Dunmore Library. Which town…":
 *   greeting fails, 28); the service and library without a personal name ("Hello, you've reached the Ask a Librarian
 *   service at Fairview Public Library", under the screen name "FPL Reference", 03); Spanish "¡Buenas tardes! Le atiende
 *   Graciela, bibliotecaria de …" (02); chat-speak "hey, Zed @ Ask a Librarian (Ypsi District Library)" (09); curt "hi this
 *   is bud at the library" (27); a greeting that carries the clarifying question (13); no provider ever joined (29);
 *  inquiry: county / state / town / school / market / age / enrolment / powder vs ready-to-feed / car or bus / EBT issuer;
 *   a question asked only after the first source (03: fail); "what city" in a session that never gives a source (27: any
 *   question counts); the receiving provider's question after a transfer (17); "Does the letter give a deadline …?" (25);
 *  waits: "OK, let me see who delivers there." then 150 s with a patron "ok" inside it (05: fail); a hold, two internal lines
 *   and the answer 134 s after the hold (21: fail); holds at 96/200/305 with one a partial result that says the search
 *   goes on (26: pass); a transfer announced as a hold, the receiver 54 s and 60 s later (06, 17); "No rush, take your
 *   time." and the patron back 264 s later (25: waiting on the patron, pass);
 *  endings: a Lost Call whose only substantive line is the greeting's question, a check-in at 170 and "It looks like you
 *   may have stepped away, so I'll close this chat … come back anytime!" at 360 (13: final idle 330 s); "Are you still
 *   there?" at 232 and nothing until 400 (22: idle pass, notice fails, courteous fails); a goodbye 150 s after the answer
 *   with no check-in (23: idle fails, disconnect na); "It looks like you've disconnected, so I'm closing this chat.
 *   Thanks…" with no question, 224 s after the answer (24: idle fails, notice and courteous pass); "Sure." as the last
 *   word after the patron's "that's it for me" (30: courteous fails); "Sorry, I can only do one question per chat and your
 *   time is up. Goodbye." (18: dismissal, courteous passes on its goodbye); "several other patrons waiting … chat back in
 *   later or call our reference desk at 269-…" (19: allowed); "Happy Thanksgiving, and thanks for chatting!", "np, bye!",
 *   "k good luck, bye", "Give the kitties a scratch for me — bye now!", "Glad you found one — take care!", "¡Con mucho
 *   gusto! Gracias por escribirnos …"; patron-side "thats all i needed", "ya es todo", "no that was my only question",
 *   "cool thats everything", "we're all set", "eso es todo", "es todo", "That is all I need", "that's it for me", and "ya
 *   thx", "ok", "ok lol", "wow" that do not count;
 *  sources: benefits.ohio.gov, texaswic.org, fns.usda.gov pages, the food depository and Gleaners maps, mass.gov, the
 *   Michigan approved-foods path, doubleupfoodbucks.org, in.gov/fssa, townfridge.com, epass.nc.gov, HathiTrust and
 *   ProQuest through the library's research page; none at all ("try the salvation army or a church": source fails, 27);
 *  referrals: county JFS by street address and phone (01); the WIC line by phone in Spanish (02); Meals on Wheels and the
 *   Office of Aging by phone (05); the senior center "just show up, or call them at …" (06); Caridades Católicas by phone
 *   (17); Care and Share "apply by phone at …" (22); county DSS by phone (25); a shelter's pet pantry by URL and the CEO by
 *   phone (28); the library's own reference desk by phone (19); "ask ur WIC clinic" with no contact (09: fail); the food
 *   bank's volunteer coordinator with no contact next to volunteermatch.org (08, LEFT); the Salvation Army or a church with
 *   no contact (27, LEFT); staff who will act on the patron's behalf ("I'll check with the branch" 12; "The Rowan campus
 *   library staff can look into it … for you" 10, LEFT) and the agency's own interview call ("They'll call you for an
 *   interview" 01) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Thursday", done in 30 h (07: pass); FU_LIB by phone read
 *   back, "within 72 hours", done after 80 h (10: late); a promise to e-mail sites "by tomorrow afternoon" coded Answered
 *   (11: code fails, contact passes, on_time pending); FU_ME with "I'll check with the branch and get back to you", no
 *   contact and no time, not done by day 5 (12: code, contact and on_time fail); a description of the agency's process
 *   ("They'll call you for an interview", 01, LEFT) as no promise;
 *  codes: a Lost Call with one patron line (13: pass); Lost Call after three patron lines (14) and with two patron lines and
 *   no provider (29): fail; null (21); Practice (20);
 *  transfers: a visible notice (a hold) and an internal note that says why (06: pass); a visible notice only (17: fail);
 *  concurrency: four at once from 80 s (15: fail); others ending exactly at the start and starting exactly at the end,
 *   three at most (16: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a provider message that is a greeting and also asks a clarifying question ("Hi, this is Olive … Which St. Mark's do you
 *   mean, the church on Elm or the one downtown?") is a message "other than a greeting" for the substantive exchange (a
 *   clarifying question counts): the information checks apply, source fails (none given) and clarify passes (no source
 *   ever given, any such question counts) (13);
 * - "It looks like you may have stepped away, so I'll close this chat for now. Feel free to come back anytime!" tells the
 *   patron they seem to have gone and that the session will end (a disconnect notice) and invites them back (a goodbye)
 *   (13);
 * - "hey" greets (09); "¡Buenas tardes!" greets and "Le atiende Graciela, bibliotecaria" identifies (02); "hi this is bud at
 *   the library" identifies by a name in the text (27); "Carla, Ask a Librarian, Dunmore Library." identifies but does not
 *   greet (28: fail);
 * - "They'll call you for an interview" (the county office's step in every SNAP application) is no promise by the provider
 *   to send or find more: no follow-up session (01);
 * - "If you'd rather apply in person or by phone, Franklin County Job & Family Services is at 1721 Northland Park Ave …
 *   phone …" tells the patron where to go or call: a referral, with address and phone (01); "she can also apply by phone
 *   at …" (22) and "he can just show up, or call them at …" (06) likewise;
 * - "The page also lists … how to ask for a fair hearing" points to a page for the patron to read: a source, no referral
 *   (21);
 * - "I'll check with the branch and get back to you" (12) and "The Rowan campus library staff can look into it with the
 *   county board of social services for you" (10) are staff acting on the patron's behalf: no referral;
 * - "Would those work for your project?", "Does the meal finder help in the meantime?", "Does that help for a start?",
 *   "Does that sound like what he needs?", "that what u need?", "¿Es lo que necesitaba saber?", "¿Responde esto a su
 *   pregunta?" ask whether what was given meets the need;
 * - "ya es todo", "no that was my only question", "we're all set", "That is all I need", "that's it for me" say the patron
 *   is done; "ya thx", "ok", "ok lol" do not;
 * - "Almost done, thanks for your patience." and "Still looking — I've found a 1939 newspaper article so far, checking for a
 *   government document too." are holds (26; the case passes either way);
 * - "Sorry, I can only do one question per chat and your time is up. Goodbye." is a dismissal (a limit and "time is up")
 *   and a goodbye (courteous passes) (18);
 * - with `pickedUpAt` at 40 s the pickup is 40 s although the first visible provider line is at 75 s (28); a session with
 *   patron lines only has no provider joined: pickup fails, the checks that need a provider are na, and a Lost Call code
 *   with two patron lines fails (29).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 0.
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.contact / followup.on_time / resolution.code, case 01: "They'll call you for an interview." (the county's
 *    interview) read as a follow-up promise (fail / pending / fail; RUBRIC na / na / pass);
 *  - referral.contact, case 08: "Reach out to their volunteer coordinator" (no contact) passed on volunteermatch.org, a
 *    separate website (pass; RUBRIC fail: every party needs a way to reach them);
 *  - referral.contact, case 10: "The Rowan campus library staff can look into it … for you" read as a referral without
 *    contact (fail; RUBRIC na: staff acting on the patron's behalf);
 *  - referral.contact, case 27: "try the salvation army or a church, a lot of them do dinners" read as no referral (na;
 *    RUBRIC fail: two organisations to visit, no contact).
 * Every timing check (pickup with and without `pickedUpAt` and with no provider, keep_informed across holds, a
 * partial-result hold, internal lines, two transfers and "take your time", idle and disconnect spans of 150, 224, 314 and
 * 330 s, concurrency at touching ends, on_time done / late / pending / not done by day 5) scored as labelled on the first
 * run. The redaction equality of describeSessions holds for every running case (patron e-mails typed in the chat and read
 * back, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in the queue. Please stay on this page, a librarian will be right with you.`];

const ROBERTA: Prov = { id: 'roberta', name: 'Roberta', library: 'CML' };
const GRACIELA: Prov = { id: 'graciela', name: 'Graciela', library: 'SMPL' };
const FAIRVIEW: Prov = { id: 'fv-ref', name: 'FPL Reference', library: 'FPL' };
const DESMOND: Prov = { id: 'desmond', name: 'Desmond', library: 'CPL-LW' };
const PAULETTE: Prov = { id: 'paulette', name: 'Paulette', library: 'LPL' };
const JONAH: Prov = { id: 'jonah', name: 'Jonah (statewide)', library: 'STATE' };
const MIRIAM: Prov = { id: 'miriam', name: 'Miriam', library: 'GWL' };
const KWAME: Prov = { id: 'kwame', name: 'Kwame', library: 'WFL' };
const LORNE: Prov = { id: 'lorne', name: 'Lorne', library: 'CFPL' };
const ZED: Prov = { id: 'zed', name: 'zed_ypsi', library: 'YDL' };
const ODALYS: Prov = { id: 'odalys', name: 'Odalys', library: 'ASKNJ' };
const BEATRIZ: Prov = { id: 'beatriz', name: 'Beatriz', library: 'FCPL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'RBL' };
const OLIVE: Prov = { id: 'olive', name: 'Olive', library: 'BHL' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'ASKME' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'SFL' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'HCL' };
const QUENTIN: Prov = { id: 'quentin', name: 'Quentin', library: 'MBL' };
const VALERIA: Prov = { id: 'valeria', name: 'Valeria', library: 'MBL' };
const SHEILA: Prov = { id: 'sheila', name: 'Sheila', library: 'ASKAZ' };
const PRUDENCE: Prov = { id: 'prudence', name: 'Prudence', library: 'KPL' };
const TRAINEE: Prov = { id: 'trainee-f', name: 'Practice Login', library: 'TRN' };
const GWEN: Prov = { id: 'gwen', name: 'Gwen', library: 'MCL-IN' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'ASKCO' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'OPL' };
const ELLIS: Prov = { id: 'ellis', name: 'Ellis', library: 'SCL' };
const LEAH: Prov = { id: 'leah', name: 'Leah', library: 'PCL' };
const XAVIER: Prov = { id: 'xavier', name: 'Xavier', library: 'NGL' };
const BUD: Prov = { id: 'bud', name: 'bud.k', library: 'ACPL' };
const CARLA: Prov = { id: 'carla', name: 'Carla', library: 'DML' };
const NOBODY: Prov = { id: 'queue-bal', name: 'Unassigned', library: 'EPFL' };
const RENATA: Prov = { id: 'renata', name: 'Renata', library: 'ELL' };

const s = session;

export const fiftyFifthRoundFood: SessionCase[] = [
  s(ROBERTA, '01 SNAP after a job loss (Ohio): county asked, benefits.ohio.gov + county JFS by address and phone, "thats all i needed"', [
    [0, 'p', 'hi how do i sign up for food stamps in ohio? just lost my job'],
    [20, 'l', "Hi there, thanks for contacting Ask Ohio Libraries! My name is Roberta and I'm a librarian in Columbus."],
    [27, 'l', "Sorry to hear about the job. Which county do you live in? Each county runs its own Job & Family Services office."],
    [70, 'p', 'franklin'],
    [76, 'l', 'You can apply online at benefits.ohio.gov (click "Apply for Benefits" and pick SNAP). If you\'d rather apply in person or by phone, Franklin County Job & Family Services is at 1721 Northland Park Ave, Columbus, phone 614-555-0110.'],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes. how long does it take'],
    [137, 'l', "Usually up to 30 days, or 7 days if you qualify for expedited SNAP (very low income or cash that month). They'll call you for an interview."],
    [180, 'p', 'ok thats all i needed thank u'],
    [186, 'l', "You're welcome, good luck! Thanks for chatting with us."],
  ], usual({ referral: 'pass' })),

  s(GRACIELA, '02 WIC while pregnant (Spanish): "¡Buenas tardes! Le atiende Graciela", texaswic.org + the WIC line by phone, "ya es todo"', [
    [0, 'p', 'hola buenas, quisiera saber si califico para WIC, estoy embarazada de 4 meses'],
    [45, 'l', '¡Buenas tardes! Le atiende Graciela, bibliotecaria de la Biblioteca Pública de San Marcos. ¡Felicidades!'],
    [52, 'l', '¿En qué condado vive? Y ¿ya recibe Medicaid o SNAP? Si recibe alguno de los dos, normalmente califica automáticamente por ingresos.'],
    [120, 'p', 'hays county, tengo medicaid'],
    [127, 'l', 'Entonces es muy probable que califique. En texaswic.org/es puede ver los requisitos y la lista de clínicas. Para inscribirse llame al 1-800-555-0148 y le dan cita en la clínica de WIC más cercana; lleve su tarjeta de Medicaid, una identificación y un comprobante de domicilio.'],
    [133, 'l', '¿Es lo que necesitaba saber?'],
    [190, 'p', 'si perfecto, ya es todo. muchas gracias!!'],
    [196, 'l', '¡Con mucho gusto! Gracias por escribirnos y que le vaya muy bien con el embarazo.'],
  ], usual({ referral: 'pass' })),

  s(FAIRVIEW, '03 free lunch form mid-year: the service as greeting, USDA page first, the district asked only after it', [
    [0, 'p', 'Hello, my son started at a new school mid-year and I never filled out the free lunch form. Is it too late?'],
    [18, 'l', "Hello, you've reached the Ask a Librarian service at Fairview Public Library."],
    [24, 'l', "It's not too late — you can apply for free or reduced-price meals any time during the school year, and approval counts from the day it's processed. The USDA explains the program at fns.usda.gov/nslp."],
    [30, 'l', "Which school district is he in? I can find the district's own form."],
    [75, 'p', 'Maple Ridge SD 42'],
    [81, 'l', 'Maple Ridge has the online form and a paper one to print on its Nutrition Services page: mapleridgeschools.org/nutrition > Free & Reduced Meals.'],
    [87, 'l', 'Does that help?'],
    [140, 'p', 'yes it does, thanks'],
    [146, 'l', 'Anything else I can help you with today?'],
    [170, 'p', 'no that was my only question'],
    [175, 'l', 'Thanks for using Ask a Librarian — have a good afternoon!'],
  ], usual({ clarify: 'fail' })),

  s(DESMOND, '04 pantry open today (60629): queue, patron "hello??", 95 s pickup, bus or car asked, food depository map', [
    [0, 'p', 'need a food pantry thats open today, 60629'],
    queue(2, 2),
    [50, 'p', 'hello??'],
    [95, 'l', 'Hi, sorry for the wait! This is Desmond, a librarian at Lawndale Library.'],
    [101, 'l', 'Do you have a car, or do you need one you can walk or take the bus to?'],
    [140, 'p', 'bus'],
    [146, 'l', 'The Greater Chicago Food Depository\'s map at chicagosfoodbank.org/find-food lets you filter by day. Put in 60629 and tick "Open today". Several on the list are right on the 63rd St bus.'],
    [152, 'l', 'Is that what you were looking for?'],
    [200, 'p', 'yep found one. cool thats everything'],
    [206, 'l', 'Glad you found one — take care!'],
  ], usual({ pickup: 'fail' })),

  s(PAULETTE, '05 meals for a mother after a fall: "OK, let me see who delivers there." then 150 s with a patron "ok" inside, Meals on Wheels by phone', [
    [0, 'p', "My mother is 84 and can't cook for herself anymore since her fall. Is there a meal delivery program? She lives in Lancaster PA"],
    [30, 'l', "Good morning, I'm Paulette, a reference librarian at Lancaster Public Library."],
    [36, 'l', 'Does she live on her own, and is she in the city or out in the county?'],
    [90, 'p', 'on her own, in the city'],
    [96, 'l', 'OK, let me see who delivers there.'],
    [130, 'p', 'ok'],
    [246, 'l', 'Thanks for waiting. Meals on Wheels of Lancaster delivers a hot lunch on weekdays in the city; call them at 717-555-0163 to set it up. The Lancaster County Office of Aging (717-555-0190) can also do an assessment for other help at home.'],
    [252, 'l', 'Does that give you what you need?'],
    [320, 'p', 'Yes thank you so much'],
    [326, 'l', 'Is there anything else I can help with?'],
    [360, 'p', "No, that's everything."],
    [366, 'l', 'Thank you for reaching out, and I hope your mother recovers well.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  s(JONAH, '06 senior lunch for a lonely dad: statewide to local with a notice and a note, Miriam names the senior center by phone and URL', [
    [0, 'p', "where can my dad get a cheap lunch with other seniors? hes lonely since mom passed. we're in Glenwood"],
    [25, 'l', 'Hello! This is Jonah with the AskUs Statewide librarian chat.'],
    [32, 'l', "I'm sorry about your mom. Is that Glenwood in Hill County?"],
    [60, 'p', 'yes'],
    [66, 'l', "A librarian from the Glenwood library is on right now and knows the local spots, so I'm transferring you to her. One moment."],
    [69, 'i', 'Miriam, can you take a Glenwood pt? dad (widowed) needs a senior lunch / congregate meal site, local q'],
    xfer(72, 'Miriam', 'miriam'),
    [120, 'l', "Hi, I'm Miriam at Glenwood Public Library. The Glenwood Senior Center serves lunch Monday to Friday at 11:30 for a suggested $3 donation; he can just show up, or call them at 555-304-2210. Their menu and activities are at glenwoodseniors.org.", as(MIRIAM)],
    [126, 'l', 'Does that sound like what he needs?', as(MIRIAM)],
    [190, 'p', "yes!! thank you both. that's all"],
    [196, 'l', "You're very welcome. Thanks for chatting, and say hi to your dad!", as(MIRIAM)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  s(KWAME, '07 skimmed EBT benefits (follow-up by me): mass.gov page, e-mail typed and read back, "by Thursday", done in 30 h', [
    [0, 'p', 'someone stole all my snap benefits off my card, used it in another state. can i get them back??'],
    [22, 'l', "Hi, Kwame here, librarian with Ask a Librarian at Westfield Library. That's awful, I'm sorry."],
    [29, 'l', 'Which state issues your EBT card, and when did you notice the charges?'],
    [80, 'p', 'massachusetts. yesterday'],
    [86, 'l', 'One moment while I check the current rules.'],
    [170, 'l', 'Massachusetts has a stolen benefits page at mass.gov/snap-stolen-benefits. Two things to do today: lock your card in the ebtEDGE app, and fill in the replacement claim form linked on that page.'],
    [176, 'l', 'Does that help for a start?'],
    [230, 'p', 'yes but the federal replacement money ended right? is there anything now'],
    [238, 'l', "I've seen conflicting news on that. I'll check the state's latest notice and e-mail you what I find by Thursday. What's the best e-mail for you?"],
    [290, 'p', 'tanya.b@example.com'],
    [296, 'l', "Got it: tanya.b@example.com. You'll hear from me by Thursday."],
    [302, 'l', 'Anything else for today?'],
    [330, 'p', 'nope thanks'],
    [336, 'l', 'Take care, and thanks for contacting us.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  s(LORNE, '08 youth group volunteering at a food bank: "Reach out to their volunteer coordinator" (no contact) + volunteermatch.org', [
    [0, 'p', 'Hi! I run a youth group (ages 13-16) and we want to volunteer at a food bank over winter break. Where do we start?'],
    [20, 'l', 'Hi! Lorne from the Ask a Librarian team at Cedar Falls Public Library here.'],
    [27, 'l', 'How many kids, and which town are you in? Some food banks have minimum ages.'],
    [70, 'p', 'about 12 kids, Cedar Falls'],
    [77, 'l', 'The Northeast Iowa Food Bank takes groups ages 12 and up with one adult for every 5 kids. Reach out to their volunteer coordinator to book a shift, since winter break fills fast. VolunteerMatch (volunteermatch.org) also lists pantry shifts near you if theirs are full.'],
    [83, 'l', 'Does that help?'],
    [130, 'p', 'great, thanks!'],
    [136, 'l', 'Anything else?'],
    [150, 'p', "nope, we're all set"],
    [155, 'l', 'Have fun volunteering, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  s(ZED, '09 WIC formula (chat-speak): "hey, Zed @ Ask a Librarian", approved foods path, "ask ur WIC clinic" (no contact), "ya thx", "np, bye!"', [
    [0, 'p', 'does wic cover similac sensitive or just the regular one. im in michigan'],
    [12, 'l', 'hey, Zed @ Ask a Librarian (Ypsi District Library)'],
    [16, 'l', 'is it the powder or the ready-to-feed?'],
    [40, 'p', 'powder'],
    [44, 'l', 'MI WIC approved foods list is at michigan.gov/mdhhs > WIC > Approved Foods. similac sensitive powder is on it but the clinic has to put it on ur benefits, so ask ur WIC clinic to switch it'],
    [48, 'l', 'that what u need?'],
    [70, 'p', 'ya thx'],
    [73, 'l', 'np, bye!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  s(ODALYS, '10 SNAP for a college student (follow-up by patron\'s library): phone typed and read back, "within 72 hours", done after 80 h', [
    [0, 'p', 'Im a college student working 15 hrs a week. can I get SNAP? my roommate said students cant'],
    [28, 'l', "Hi, thanks for contacting AskNJ! I'm Odalys, a librarian with the statewide service."],
    [35, 'l', 'Are you enrolled at least half-time? And which college?'],
    [90, 'p', 'full time at Rowan'],
    [97, 'l', "Students enrolled half-time or more need to meet an exemption, and working 20 hours a week is one of them. The USDA's student page (fns.usda.gov/snap/students) lists them all; at 15 hours you may still qualify through work-study or another one."],
    [103, 'l', 'Is that along the lines of what you needed?'],
    [160, 'p', 'kind of, I have work study actually. does that count for NJ?'],
    [168, 'l', "It should, but NJ has a wrinkle I can't confirm right now. The Rowan campus library staff can look into it with the county board of social services for you. Can they reach you by phone or e-mail?"],
    [220, 'p', 'phone is better, 856-555-0177'],
    [226, 'l', '856-555-0177, thanks. Someone from the Rowan library will call you within 72 hours.'],
    [232, 'l', 'Anything else I can help with?'],
    [260, 'p', 'no thats all thanks'],
    [265, 'l', 'Good luck with the semester, and thanks for using AskNJ!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(BEATRIZ, '11 summer meals for kids (Fresno): meals4kids finder, a promise to e-mail sites "by tomorrow afternoon", coded Answered', [
    [0, 'p', 'where can my kids get free lunch this summer when school is out? we live in Fresno'],
    [30, 'l', "Hi! I'm Beatriz, a librarian with Fresno County Public Library."],
    [37, 'l', "How old are your kids, and which part of town would you want sites in?"],
    [95, 'p', '7 and 10, near the Tower District'],
    [102, 'l', 'Kids 18 and under eat free at summer meal sites, no sign-up needed. The USDA site finder at fns.usda.gov/meals4kids shows them on a map.'],
    [108, 'l', "I'll also put together the sites closest to the Tower District and e-mail them to you by tomorrow afternoon. What's your e-mail?"],
    [160, 'p', 'mariaelena.r@example.com'],
    [166, 'l', "Thanks — mariaelena.r@example.com. You'll have it by tomorrow afternoon."],
    [172, 'l', 'Does the meal finder help in the meantime?'],
    [220, 'p', 'yes gracias'],
    [226, 'l', 'Anything else?'],
    [250, 'p', 'no, eso es todo'],
    [255, 'l', 'Thank you for chatting with us. Have a great day!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  s(GUS, '12 library pantry hours (follow-up by me): "I\'ll check with the branch and get back to you", no contact, no time, not done by day 5', [
    [0, 'p', 'is the pantry at the Eastside library still open thursdays? went last week and it was closed'],
    [20, 'l', "Hello, Gus here at Riverbend Library's Ask Us chat."],
    [26, 'l', 'Do you mean the Eastside Community Pantry that sets up in our meeting room, or the little free pantry box outside?'],
    [70, 'p', 'the one inside'],
    [76, 'l', "Our events calendar (riverbendlibrary.org/events) still lists it Thursdays 3-6, but I'm not sure that's current. I'll check with the branch and get back to you."],
    [82, 'l', 'Does that help for now?'],
    [120, 'p', 'ok'],
    [126, 'l', 'Thanks for your patience, bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), FU_ME, { now: T0 + 5 * DAY }),

  s(OLIVE, '13 St. Mark\'s pantry on Saturdays (Lost Call): greeting + "Which St. Mark\'s do you mean", check-in at 170, "stepped away" notice at 360', [
    [0, 'p', 'is st marks food pantry open on saturdays'],
    [30, 'l', "Hi, this is Olive at the Ask a Librarian desk, Brookhaven Library. Which St. Mark's do you mean, the church on Elm or the one downtown?"],
    [170, 'l', 'Are you still there?'],
    [360, 'l', "It looks like you may have stepped away, so I'll close this chat for now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(FERN, '14 SNAP recertification (Lost Call after 3 patron lines): mybenefits.maine.gov steps, "ok", patron leaves, "Thanks for chatting!"', [
    [0, 'p', 'how do i reapply for snap, got a letter saying my recertification is due'],
    [25, 'l', 'Hello! Fern here, a librarian at Ask Maine Libraries.'],
    [31, 'l', 'Did the letter come from Maine DHHS? And is the due date soon?'],
    [70, 'p', 'yes DHHS, due end of month'],
    [76, 'l', 'You can recertify online at mybenefits.maine.gov: sign in, choose "Renew my benefits" and upload your pay stubs. They\'ll set up a phone interview after that.'],
    [130, 'p', 'ok'],
    left(133),
    [140, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  s(IMANI, '15 pantry food for a diabetic: client-choice pantries on the Gleaners map + diabetesfoodhub.org, four chats open at once', [
    [0, 'p', 'are there food pantries that have stuff for diabetics? all they give me is white bread and pasta'],
    [22, 'l', 'Hi there, Imani at Ask a Librarian, Southfield Public Library.'],
    [28, 'l', 'Which area are you in? Some pantries here let you choose your own food.'],
    [70, 'p', 'southfield near 9 mile'],
    [76, 'l', 'Look for "client choice" pantries: the Gleaners Find Food map at gcfb.org/find-food marks them, and you pick your own produce, beans and whole grains. The American Diabetes Association\'s Food Hub (diabetesfoodhub.org) has cheap recipes for pantry staples.'],
    [82, 'l', 'Would that work for you?'],
    [130, 'p', 'yes thats helpful'],
    [136, 'l', 'Anything else I can look up?'],
    [160, 'p', 'no thats it'],
    [165, 'l', 'Take care and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('im1', 'imani', -200, 400), other('im2', 'imani', 30, 500), other('im3', 'imani', 80, 250)],
  }),

  s(TOBIAS, '16 Thanksgiving turkey giveaways: others touch both ends, three at most at once, "Happy Thanksgiving"', [
    [0, 'p', 'Any turkey giveaways around here for Thanksgiving? Money is super tight this year'],
    [20, 'l', 'Good afternoon! This is Tobias, a librarian at Hamilton County Library.'],
    [26, 'l', 'What town are you in, and can you pick up, or do you need delivery?'],
    [60, 'p', 'Harrison, I can pick up'],
    [66, 'l', 'The Freestore Foodbank posts its holiday giveaways at freestorefoodbank.org/holiday, with dates and what ID to bring. Sign-ups there usually close a week before.'],
    [72, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes thank you!! thats all'],
    [126, 'l', 'Happy Thanksgiving, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('tb1', 'tobias', -400, 0), other('tb2', 'tobias', -30, 90), other('tb3', 'tobias', 50, 300), other('tb4', 'tobias', 131, 600)],
  }),

  s(QUENTIN, '17 SNAP for citizen kids and a green card (Spanish): transfer with a visible notice only, Valeria gives uscis.gov/es + Caridades Católicas by phone', [
    [0, 'p', 'hola, si mis hijos reciben SNAP eso afecta mi tramite de green card?'],
    [25, 'l', 'Hi, this is Quentin, a librarian at Ask a Librarian, Millbrook Library.'],
    [30, 'l', "I'm going to transfer you to a colleague who speaks Spanish. One moment, please."],
    xfer(34, 'Valeria', 'valeria'),
    [90, 'l', '¡Hola! Soy Valeria, bibliotecaria de Millbrook. ¿Sus hijos son ciudadanos estadounidenses?', as(VALERIA)],
    [140, 'p', 'si, nacieron aqui'],
    [147, 'l', 'Según USCIS, los beneficios que reciben sus hijos, como SNAP, no cuentan en contra suya en la prueba de "carga pública". Está explicado en español en uscis.gov/es/carga-publica. Si quiere que alguien revise su caso, puede consultar gratis con un abogado de inmigración de Caridades Católicas llamando al 555-410-2290.', as(VALERIA)],
    [153, 'l', '¿Responde esto a su pregunta?', as(VALERIA)],
    [210, 'p', 'si, que alivio. gracias, es todo'],
    [216, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.', as(VALERIA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  s(SHEILA, '18 EBT at restaurants, then a list: "I can only do one question per chat and your time is up. Goodbye."', [
    [0, 'p', 'hi can i use my EBT card at restaurants?'],
    [30, 'l', 'Hello, Sheila here with Ask Arizona Libraries.'],
    [36, 'l', 'Are you 60 or older, disabled, or without a home? That program is only for those groups.'],
    [80, 'p', 'im 63'],
    [86, 'l', "Then yes, Arizona's Restaurant Meals Program covers you. The list of places that take EBT is at des.az.gov/rmp."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'yes. also can i buy hot food at the grocery store with it? and what about online? and does it work at farmers markets? and my neighbor wants to know'],
    [138, 'l', 'Sorry, I can only do one question per chat and your time is up. Goodbye.'],
    [150, 'p', 'wow'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  s(PRUDENCE, '19 Double Up Food Bucks, then a list: "several other patrons waiting … chat back in later or call our reference desk at 269-…"', [
    [0, 'p', 'does the farmers market take snap? i heard theres a deal where they double it'],
    [15, 'l', "Hi, welcome to Ask a Librarian! I'm Prudence at Kalamazoo Public Library."],
    [21, 'l', 'Which market are you thinking of?'],
    [60, 'p', 'the one downtown on bank st'],
    [66, 'l', 'Yes: the Bank Street market takes EBT at the info booth, and with Double Up Food Bucks you get up to $20 a day extra for fruits and veggies. Participating markets are listed at doubleupfoodbucks.org/find-a-location.'],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes!! ok and also what about meat, and eggs, and can i use it for plants, and the winter market, and my daughter lives in Ohio does it work there'],
    [120, 'l', "Ha, lots of good questions! I've got several other patrons waiting right now, so please chat back in later or call our reference desk at 269-555-0120 and we'll pick up where we left off. The doubleupfoodbucks.org page covers Ohio markets too."],
    [150, 'p', 'ok lol'],
    [156, 'l', 'Thanks for understanding — have a great day!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  s(TRAINEE, '20 practice chat (pantry script): coded Practice, every check na', [
    [0, 'p', 'testing food pantry script'],
    [8, 'l', 'Hi, practice session for Ask Us training.'],
    [20, 'l', 'Pantries: feedingamerica.org/find-your-local-foodbank. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(GWEN, '21 SNAP cut for the work requirement (Indiana): hold, two internal lines, the answer 134 s after the hold, code null', [
    [0, 'p', "my snap got cut off because I'm not working enough hours?? i'm 45 no kids"],
    [26, 'l', "Hi, I'm Gwen with the Ask a Librarian chat at Marion County Public Library."],
    [33, 'l', 'Did the notice mention the work requirement for "able-bodied adults without dependents," and what state are you in?'],
    [90, 'p', 'yeah thats what it says, indiana'],
    [96, 'l', "One sec, checking Indiana's current rules."],
    [130, 'i', 'anyone know if Marion Co is under an ABAWD waiver this year?'],
    [200, 'i', 'no waiver in Marion Co since 2023 - Deb'],
    [230, 'l', "Indiana's FSSA page on the work requirement (in.gov/fssa/dfr/snap-work-requirements) explains it: 80 hours a month of work, volunteering or training, and volunteering at a pantry counts. Marion County has no waiver this year. The page also lists who is exempt, for example a health condition, and how to ask for a fair hearing if you think the cut was wrong."],
    [236, 'l', 'Does that answer your question?'],
    [290, 'p', 'ok yeah. thanks'],
    [296, 'l', 'Anything else?'],
    [320, 'p', 'nope'],
    [325, 'l', 'Good luck, and thanks for chatting.'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: null }),

  s(HUGO, '22 senior food box (CSFP) for an aunt: Care and Share by URL and phone, "Are you still there?" at 232, ends at 400 with no notice', [
    [0, 'p', 'my aunt heard about a monthly food box for seniors. how does she get it'],
    [24, 'l', 'Hello, this is Hugo, a librarian with AskColorado.'],
    [30, 'l', 'How old is she, and which county does she live in? That box (CSFP) is for 60 and up.'],
    [80, 'p', '68, Pueblo county'],
    [86, 'l', 'In Pueblo County the CSFP boxes go through Care and Share Food Bank. Their senior box page, careandshare.org/csfp, has the income limits and the application; she can also apply by phone at 719-555-0135.'],
    [92, 'l', 'Does that cover it?'],
    [232, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 168 }),

  s(NORA, '23 community fridges in West Oakland: answer at 61, "Thanks for stopping by — come back anytime!" at 211 with no check-in', [
    [0, 'p', 'is there a community fridge in Oakland? like the free ones on the street'],
    [18, 'l', 'Hi! Nora here, a librarian at Oakland Public Library.'],
    [24, 'l', 'Any particular neighborhood?'],
    [55, 'p', 'west oakland'],
    [61, 'l', "Town Fridge keeps a map of its fridges with addresses and restock days at townfridge.com/locations. There's one on Mandela Parkway in West Oakland."],
    [67, 'l', 'Did that answer it?'],
    [211, 'l', 'Thanks for stopping by — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  s(ELLIS, '24 free breakfast for every student (CEP): answer at 66, "It looks like you\'ve disconnected, so I\'m closing this chat. Thanks…" at 290', [
    [0, 'p', 'does my kids school have free breakfast for everyone or do i have to apply'],
    [20, 'l', 'Hi, this is Ellis at the Ask a Librarian chat, Springfield City Library.'],
    [26, 'l', 'Which school is it?'],
    [60, 'p', 'Lincoln elementary'],
    [66, 'l', "Lincoln Elementary is a Community Eligibility school this year, so breakfast and lunch are free for every student and there's no form. The district's list of those schools is at springfieldschools.org/food-services."],
    [72, 'l', 'Is that what you needed?'],
    [290, 'l', "It looks like you've disconnected, so I'm closing this chat. Thanks for contacting Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  s(LEAH, '25 missed SNAP interview: "No rush, take your time." and the patron back 264 s later, county DSS by phone + epass.nc.gov', [
    [0, 'p', 'I missed my SNAP phone interview, the letter says my case will be denied. what do I do'],
    [22, 'l', "Hi there, I'm Leah, a librarian at Ask Us, Pinecrest Library."],
    [28, 'l', 'Does the letter give a deadline to reschedule? Can you check it for a date?'],
    [70, 'p', 'hold on its in the kitchen'],
    [76, 'l', 'No rush, take your time.'],
    [340, 'p', 'ok it says call by the 15th to reschedule'],
    [346, 'l', "Good, then you still have time. Call the Wake County DSS office at 919-555-0182 before the 15th and ask for a new interview. You can check your case status on ePASS at epass.nc.gov."],
    [352, 'l', 'Does that help?'],
    [400, 'p', "yes it does. that's all I needed"],
    [406, 'l', 'Good luck with the interview! Thanks for chatting.'],
  ], usual({ referral: 'pass' })),

  s(XAVIER, '26 the 1939 food stamp plan for a school project: holds at 96/200/305 (one a partial result), HathiTrust + ProQuest path', [
    [0, 'p', 'for my history class I need a primary source about the first food stamp program in 1939. orange and blue stamps?'],
    [30, 'l', 'Hello! Xavier here, a librarian with the Ask a Librarian service at Northgate Library.'],
    [36, 'l', 'What grade is the project for, and does it have to be a document from the time, or can it be a photo too?'],
    [90, 'p', '11th grade, photos ok but a document is better'],
    [96, 'l', 'Great, let me search a couple of our databases. Give me a minute.'],
    [200, 'l', "Still looking — I've found a 1939 newspaper article so far, checking for a government document too."],
    [305, 'l', 'Almost done, thanks for your patience.'],
    [400, 'l', 'Here you go: the USDA\'s 1939 press release announcing the Food Stamp Plan is in HathiTrust (hathitrust.org, search "Food Stamp Plan 1939"). For a newspaper article, log in to ProQuest Historical Newspapers from northgatelibrary.org/research with your library card and search "orange stamps" 1939.'],
    [406, 'l', 'Would those work for your project?'],
    [470, 'p', 'yes those are perfect'],
    [476, 'l', 'Anything else I can help you find?'],
    [500, 'p', "no, that's everything"],
    [505, 'l', 'Good luck on the project, and thanks for chatting!'],
  ], usual()),

  s(BUD, '27 no food tonight (curt): "hi this is bud at the library", "what city", "try the salvation army or a church" (no contact, no source)', [
    [0, 'p', 'i have no food tonight and payday is friday. anywhere i can go'],
    [35, 'l', 'hi this is bud at the library'],
    [80, 'p', '???'],
    [86, 'l', 'what city'],
    [110, 'p', 'Akron'],
    [116, 'l', 'try the salvation army or a church, a lot of them do dinners'],
    [160, 'p', 'ok'],
    [165, 'l', 'k good luck, bye'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' })),

  s(CARLA, '28 pet food pantry: pickedUpAt 40 s, first line at 75 "Carla, Ask a Librarian, Dunmore Library." (no greeting), shelter URL + CEO by phone', [
    [0, 'p', "Hello. Do any food pantries give out pet food? I have two cats and I'm on social security"],
    [75, 'l', 'Carla, Ask a Librarian, Dunmore Library. Which town are you in?'],
    [120, 'p', 'Scranton'],
    [126, 'l', "The Griffin Pond Animal Shelter runs a pet food pantry on the first Saturday of the month; the details are at griffinpond.org/pet-pantry. The Commission on Economic Opportunity's pantries sometimes have pet food too — call them at 570-555-0119 to ask which one."],
    [132, 'l', 'Did that help?'],
    [190, 'p', 'Yes, very much. That is all I need. God bless.'],
    [196, 'l', "You're welcome. Give the kitties a scratch for me — bye now!"],
  ], usual({ greeting: 'fail', referral: 'pass' }), { pickedUpAt: at(40) }),

  s(NOBODY, '29 WIC in Baltimore, no provider ever joined: two patron lines, patron leaves, coded Lost Call', [
    [0, 'p', 'where do i apply for wic in baltimore'],
    [150, 'p', 'hello? anyone there'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(RENATA, '30 SNAP online grocery delivery: no completeness question, patron "that\'s it for me", provider "Sure." last', [
    [0, 'p', "can I use SNAP to order groceries online for delivery? I don't drive"],
    [16, 'l', 'Good evening, Renata here with Ask a Librarian at Eastlake Library.'],
    [22, 'l', 'Which state are you in?'],
    [50, 'p', 'Washington'],
    [56, 'l', "Yes — Washington is part of the SNAP Online Purchasing program. The USDA's list of stores that take EBT online in each state is at fns.usda.gov/snap/online-purchasing. SNAP can't pay the delivery fee, though."],
    [120, 'p', "ok perfect, that's it for me"],
    [126, 'l', 'Sure.'],
  ], usual({ complete: 'fail', courteous: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '08 youth group volunteering at a food bank: "Reach out to their volunteer coordinator" (no contact) + volunteermatch.org':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 4 "Reach out to their volunteer coordinator to book a shift…"). Message 4 tells the patron to contact the Northeast Iowa Food Bank\'s volunteer coordinator (a person at an organisation outside the chat: RUBRIC Terms, Referral) with no e-mail, phone, postal address or URL; the only URL in the message, volunteermatch.org, is a separate website for the patron to use (a source), not a way to reach the food bank. RUBRIC referral.contact passes only when every party comes with a way to reach them.',
  '10 SNAP for a college student (follow-up by patron\'s library): phone typed and read back, "within 72 hours", done after 80 h':
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 7 "The Rowan campus library staff can look into it with the county board of social…"). Message 7 says the Rowan library staff will look into it for the patron and asks how they can reach the patron (the follow-up is theirs: code Follow-up by patron\'s library); the patron is told to contact or visit no one. RUBRIC Terms, Referral: "staff the provider consults on the patron\'s behalf do not" count.',
};

describe('fifty-fifth round: food assistance, checked', () => {
  describeSessions('whole sessions', fiftyFifthRoundFood.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFifthRoundFood.filter((c) => c.name in LEFT_WHY));
});
