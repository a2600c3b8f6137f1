/**
 * Sixty-first round, theme RECREATION: YOUTH SPORTS LEAGUES, PARK PAVILION PERMITS, HUNTING AND FISHING LICENSES, POOLS AND
 * SWIM LESSONS, TRAILS AND CAMPGROUNDS, SENIOR FITNESS CLASSES, checked: 48 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: youth soccer, rec basketball, Little League late sign-ups, tackle football
 * pads, youth archery, a youth fishing derby, a fee waiver for youth sports; pavilion and shelter reservations (booking,
 * cancelling, a missing confirmation), a dog park pass, tennis court booking, volunteer trail days; fishing licenses (SC
 * non-resident, California in Spanish), a Texas hunter education course (Spanish), a Minnesota antlerless deer lottery,
 * crossbows at 70 in New York, accessible deer blinds, kayak and boat launch permits; swim lessons (children, adults in
 * Spanish), open swim, lap swim, swim team tryouts, kids swim free, a private pool rental; campgrounds (hookups in July,
 * dogs, firewood, ADA sites), trail maps, a skatepark helmet rule, dog-friendly hikes, a birding trailhead, state park day
 * passes, the Empire Pass on loan from a library, a senior park sticker, fishing rods lent by a branch; chair yoga,
 * SilverSneakers water aerobics, senior pickleball and golf rates, a senior hiking group. Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before its batch was first run (batch 1, cases 01-32, copied aside to
 * /tmp/sixtyFirstRoundRecreation-labels.ts; batch 2, cases 33-48, to /tmp/sixtyFirstRoundRecreation-labels-batch2.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 26 s pickup (01); "hello?" in the queue and an 88 s pickup (11: fail); `pickedUpAt` at 40 s
 *   with the first line at 190 s (32: pickup passes, keep_informed fails on the 150 s after pickup); "Hello!" + "I'm Luis,
 *   with the Ask Us chat at …" split over two lines (02); "Yes, which loop are you staying in?" under the screen name "Ask
 *   Desk 2" (12: no greeting, no name); "Howdy! Cal here, librarian w/ …" (33); "Hi! You've reached the library." (46: the
 *   library only); chat-speak "hey! zoe @ ask a librarian, Riverton Library" (29); Spanish "¡Buenas tardes! Le atiende Ana,
 *   bibliotecaria de …", "¡Hola! Soy Nidia, bibliotecaria de …", "Buenas tardes, le atiende Olga de la Biblioteca …" (04, 47,
 *   48); a greeting that is a hold ("… One moment while I look that up.") in a Lost Call (20); no provider ever joined (08);
 *  inquiry: town, side of the lake, birth year (Spanish), loop, branch, pool, age, which dog park, Medicare plan,
 *   group size, morning or afternoon (Spanish); a restatement with no question mark ("So you're looking for a lap swim time
 *   before work …", 39); the registration URL given before "How old is your child?" (05: fail);
 *  waits: "one sec while I check" then 155 s with a patron "ok" inside (03: fail); holds at 68/160/250 (one a partial result)
 *   and the answer at 335 (25: pass); "hang tight" then 95 s (33); "bear w/ me" 110 s, then "lemme double-check the age
 *   cutoff" 130 s (37: LEFT); "No rush, take your time." then the patron back 214 s later (38: waiting on the patron); "sec"
 *   then 46 s (29); a silent transfer, the receiver 95 s after the patron (14: pass); a transfer notice answered 130 s later
 *   (44: fail); 150 s between `pickedUpAt` and the first line (32: fail);
 *  endings: "Are you still there?" at 280 and "It looks like you've been disconnected, so I'm going to close this chat.
 *   Please come back anytime!" at 400 (07); "You still around?" and "Looks like we got cut off, so I'm going to close the
 *   chat out now. Take care!" (36); a Lost Call with a check-in at 150 and a notice that invites back at 340 (20: final idle
 *   190 s); "Are you still with me?" / "¿Sigue ahí?" and then nothing (26, 48: notice and courteous fail); a goodbye 130 s
 *   after the answer with no check-in (27); the patron's "that's all I needed" as the last line (28: courteous fails); "I can
 *   only do one per chat today, we're short staffed. Goodbye." (09: a limit of questions, courteous passes on "Goodbye");
 *   "My shift's ending so I gotta wrap this up. Bye!" (35: no way back); "a few other patrons waiting … chat back in later,
 *   or call our reference desk at 555-…" (10) and "hay otros usuarios esperando. Por favor vuelva a escribirnos más tarde"
 *   (47): allowed; goodbyes "Tight lines! Thanks for using …", "Have fun at the pool! Bye.", "Cheers, have a great weekend!",
 *   "Thanks, have a good one!", "np, skate safe! bye", "¡Con gusto! Gracias por escribirnos y buena temporada.", "¡Gracias a
 *   usted, que tenga buena tarde!"; anything-else "What else can I dig up for you?", "Anything else for now?", and
 *   patron-side "that's all I needed", "thats everything", "eso es todo", "no more questions!", "thats all ty" / "ya thx.
 *   thats all", with "ok thx", "yeah thanks", "yes thanks" that do not count;
 *  completeness: "Does that answer your question?", "Does that completely answer your question?", "That get you sorted?",
 *   "Is that a help so far?", "Does the PDF work for now?", "Is the rental page useful in the meantime?", "¿Esto responde a su
 *   pregunta?", "¿Le sirve esta información?", "¿Esto contesta su pregunta?"; "Would a printed trail map be helpful?" (41:
 *   about something not yet given, fail); none after the answer (17, 21: fail);
 *  sources: parks, DNR/wildlife, reservation and league URLs, a catalogue of things, a booking lookup with steps; none at all
 *   ("kids 12 and under swim free at all city pools", 24; "The AllTrails app has a dog-friendly filter" and trail names, 40:
 *   an app named without a way to reach it);
 *  referrals: the Parks office by phone and URL (02); "Give the park HQ a ring at 512-…" (33); the library's reference desk
 *   by phone (10); "call the Parks Department's youth sports coordinator" with no contact (23: fail); "The marina office sells
 *   the launch permits … so swing by when you get there" with no contact (34: fail); staff consulted or asked on the patron's
 *   behalf (Sayville staff, Millbrook Library staff, the map librarian, the aquatics supervisor) as no referral; websites of
 *   a YMCA, a walking group and SilverSneakers as sources;
 *  follow-ups: FU_ME, e-mail read back, "by Friday", done in 30 h (06: pass); FU_ME, e-mail read back, "when it comes out"
 *   (17: contact fails, pending at day 1); FU_LIB, phone read back, "by Thursday", done after 80 h (18: on_time fails); a scan
 *   promised "by tomorrow afternoon" with the e-mail read back, coded Answered (19: code fails, pending); FU_ME with no e-mail
 *   or phone anywhere and no time (30: code and contact fail, pending); FU_LIB, e-mail read back, "within 72 hours", done in
 *   71 h (42: pass); FU_ME, e-mail read back, "by Monday", never recorded by day 4 (43: on_time fails);
 *  codes: a true Lost Call (20); Lost Call after three patron lines, answered (21) and with no provider (08); null (22);
 *   Practice (31);
 *  transfers: a notice (a hold) and a note that says why (13, 45: pass); a note only (14: fail); a notice with no note (44:
 *   fail);
 *  concurrency: four at once (15: fail); others ending exactly at the start and starting exactly at endedAt, three at most
 *   (16: pass); the receiving provider at four during her part of a transfer (45: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "lemme double-check the age cutoff", "hang tight, checking …", "bear w/ me, pulling up the flyer" and "sec" announce that
 *   the provider is looking something up: hold messages (chat-speak spellings of "let me check", "bear with me"); "No rush,
 *   take your time." is not (RUBRIC says so);
 * - "Howdy!" greets; "Hi! You've reached the library." identifies "the library" (RUBRIC lists it); "Yes, which loop …?" under
 *   a screen name greets no one and names no one;
 * - "Looks like we got cut off, so I'm going to close the chat out now" says the patron seems to have disconnected and that
 *   the session will end; "You still around?" and "¿Sigue ahí?" ask whether the patron is still there;
 * - "Cheers, have a great weekend!", "Thanks, have a good one!", "Tight lines! Thanks for …", "Take care!" and "¡Gracias a
 *   usted, que tenga buena tarde!" thank or say goodbye;
 * - "That get you sorted?" and "Is that a help so far?" ask whether what was given meets the need; "What else can I dig up
 *   for you?" asks whether the patron needs anything else; "nothing, thx" answers it;
 * - "when it comes out" / "when it's up" is a condition, not a time: followup.contact fails (17); "within 72 hours", "by
 *   Monday", "by Thursday", "by tomorrow afternoon" say when;
 * - "Give the park HQ a ring at …", "call the … youth sports coordinator", "swing by [the marina office]" tell the patron to
 *   call or visit a party outside the chat: referrals; the marina and the coordinator come with no contact of their own (a
 *   URL of another body does not reach them);
 * - "The AllTrails app has a dog-friendly filter" names an app without a way to reach it (RUBRIC: not a source), and trail
 *   names are places, not sources;
 * - in the Lost Call (20) the greeting is a hold, so the final idle starts at the check-in (150 s) and ends at the notice that
 *   invites back (340 s): 190 s, and the check-in that starts it is sent during it (the project's earlier reading);
 * - in 45 the receiving provider is judged over her part [72 s, endedAt): with three other chats open from 100 s she has four.
 *
 * COUNTS. Written: 48 whole sessions (the brief asked for 30; a second batch of 16 was written once the first ran clean, to
 *  try wordings the first did not), all 17 statuses labelled in each before its batch's first run (labels copied aside).
 * First run as labelled / disagreeing: batch 1 (01-32) 32 / 0; batch 2 (33-48) 15 / 1. Label corrections: 0.
 * Final: 47 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - interest.keep_informed, case 37: "lemme double-check the age cutoff" (message 6) not read as a hold, so the 130 s until
 *    message 7 is not counted (pass, "longest wait without news 110 s"; RUBRIC fail: a hold message begins waiting on the
 *    provider).
 * Every timing check (pickup at 26 and 88 s, by `pickedUpAt`, no provider; keep_informed at 155 and 130 s, across holds, a
 *  partial-result hold, "take your time", two transfers and 150 s after `pickedUpAt`; final idles of 0, 130, 190, 273, 299,
 *  329 and 346 s; concurrency at four, at touching ends and in a transfer's receiving part; on_time done at 30 and 71 h, late
 *  at 80 h, pending at day 1, not recorded by day 4) scored as labelled on the first run. The redaction equality of
 *  describeSessions holds for every running case (patron e-mails typed and read back, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 48 tests passed (1 through describeLeft).
 * ON v55 (block U, written partly from this file): case 37's "lemme double-check the age cutoff" (U10: a hold) reads as labelled
 *   and runs: 48 running, no LEFT.
 * FINAL RUN (rubric v55): 48 tests passed.
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual, ALL_NA } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line.`];

const PRIYA: Prov = { id: 'priya-r', name: 'Priya', library: 'MGPL' };
const LUIS: Prov = { id: 'luis-r', name: 'Luis', library: 'CRPL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'ACL' };
const ANA: Prov = { id: 'ana-r', name: 'Ana', library: 'BRL' };
const JEN: Prov = { id: 'jen-r', name: 'Jen', library: 'WML' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'DCL' };
const MARGE: Prov = { id: 'marge', name: 'Marge', library: 'SCL' };
const QUEUE: Prov = { id: 'queue-rt', name: 'Ask Us Queue', library: 'RTL' };
const DWIGHT: Prov = { id: 'dwight', name: 'Dwight', library: 'RPL' };
const RAMONA: Prov = { id: 'ramona', name: 'Ramona', library: 'EGL' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'LVL' };
const DESK2: Prov = { id: 'askdesk2', name: 'Ask Desk 2', library: 'BLC' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'HCL-R' };
const TEO: Prov = { id: 'teo', name: 'Teo Alvarez', library: 'HCL-R' };
const MO: Prov = { id: 'mo-r', name: 'Mo', library: 'LCL' };
const KAI: Prov = { id: 'kai', name: 'Kai', library: 'LCL' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'CDL' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'BPL-R' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'FPL' };
const BASIL: Prov = { id: 'basil', name: 'Basil (statewide)', library: 'STATE' };
const ELOISE: Prov = { id: 'eloise', name: 'Eloise', library: 'TVL' };
const FRAN: Prov = { id: 'fran', name: 'Fran', library: 'KTL' };
const JUNE: Prov = { id: 'june-r', name: 'June', library: 'PRL' };
const KIT: Prov = { id: 'kit', name: 'Kit', library: 'HPL' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'ASL' };
const ROY: Prov = { id: 'roy', name: 'Roy', library: 'GCL' };
const SAGE: Prov = { id: 'sage', name: 'Sage', library: 'BECL' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'WLPL' };
const UMA: Prov = { id: 'uma', name: 'Uma', library: 'CFL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'OPL-R' };
const ZOE: Prov = { id: 'zoe', name: 'zoe_riverton', library: 'RVL' };
const PIA: Prov = { id: 'pia', name: 'Pia', library: 'MCL-R' };
const TRAINER: Prov = { id: 'trainer-r', name: 'Training', library: 'TRN' };

const CAL: Prov = { id: 'cal', name: 'Cal', library: 'TCL-R' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'NCW' };
const BO: Prov = { id: 'bo', name: 'Bo', library: 'SUM-R' };
const DORA: Prov = { id: 'dora', name: 'Dora', library: 'LBL' };
const ELI: Prov = { id: 'eli', name: 'Eli', library: 'BYL' };
const FAYE: Prov = { id: 'faye', name: 'Faye', library: 'RNL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'MTL' };
const HAL: Prov = { id: 'hal', name: 'Hal', library: 'BCPL' };
const IDA: Prov = { id: 'ida', name: 'Ida', library: 'DPL' };
const JOANNE: Prov = { id: 'joanne', name: 'Joanne (statewide)', library: 'STATE' };
const KARL: Prov = { id: 'karl', name: 'Karl', library: 'LKL' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'OCPL' };
const MATEO: Prov = { id: 'mateo', name: 'Mateo', library: 'OCPL' };
const RHEA: Prov = { id: 'rhea', name: 'Rhea', library: 'TPL' };
const SOL: Prov = { id: 'sol', name: 'Sol', library: 'TPL' };
const MAE: Prov = { id: 'mae', name: 'Mae', library: 'CPL-R' };
const NIDIA: Prov = { id: 'nidia', name: 'Nidia', library: 'SAPL' };
const OLGA: Prov = { id: 'olga', name: 'Olga', library: 'RCL' };

export const sixtyFirstRoundRecreation: SessionCase[] = [
  // 01 youth soccer sign-up, all well
  s(PRIYA, '01 fall youth soccer for a 9-year-old: queue line, town asked, parks URL, "Does that answer your question?", "that\'s all I needed"', [
    [0, 'p', 'hi my daughter wants to play soccer this fall, how do i sign her up? shes 9'],
    queue(3),
    [26, 'l', "Good morning! I'm Priya, a librarian at Maple Grove Public Library."],
    [32, 'l', 'Which town do you live in? Rec leagues here are run by each town, not the county.'],
    [80, 'p', 'maple grove'],
    [86, 'l', "Maple Grove Parks & Rec runs the fall youth league (U8-U12). Registration is open until Aug 15 at maplegrovemn.example.gov/youth-soccer; it's $65, and there's a scholarship form on the same page if cost is an issue."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', "yes!! that's all I needed, thanks so much"],
    [146, 'l', "You're welcome, have fun at soccer! Thanks for chatting."],
  ], usual()),

  // 02 pavilion permit, greeting split, parks office by phone + URL
  s(LUIS, '02 Ellis Park pavilion for a birthday: "Hello!" + name in the next line, Parks office by phone and URL, "no thats it"', [
    [0, 'p', 'How do I reserve a pavilion at Ellis Park for a birthday party in June?'],
    [18, 'l', 'Hello!'],
    [22, 'l', "I'm Luis, with the Ask Us chat at Cedar Rapids Public Library. About how many people, and which Saturday?"],
    [70, 'p', 'about 40 people, june 14'],
    [76, 'l', "The big shelter at Ellis Park seats 60. Shelters are booked through the city's Parks and Recreation office: reserve online at cedar-rapids.example.org/parks/shelters or call them at 319-555-0188. The fee is $55 for a half day; grills are fine, bounce houses need a separate permit."],
    [82, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'yes perfect'],
    [134, 'l', 'Anything else I can help you with?'],
    [160, 'p', 'no thats it'],
    [165, 'l', 'Great, enjoy the party! Bye.'],
  ], usual({ referral: 'pass' })),

  // 03 fishing license: hold then 155 s
  s(HOLLIS, '03 non-resident fishing license at Lake Hartwell: "one sec while I check", patron "ok" inside, answer 155 s after the hold', [
    [0, 'p', 'do i need a fishing license to fish off the pier at lake Hartwell?? visiting from ohio'],
    [20, 'l', 'Hi, Hollis here, a reference librarian at Anderson County Library.'],
    [26, 'l', 'Which side of the lake will you be on, South Carolina or Georgia? The lake is shared and each state has its own rules.'],
    [75, 'p', 'SC side, staying in anderson'],
    [80, 'l', 'ok, one sec while I check the reciprocal rules.'],
    [110, 'p', 'ok'],
    [235, 'l', "Thanks for waiting. You do need one: as a non-resident you can buy a 14-day SC fishing license online at dnr.sc.example.gov/licenses ($11). SC and GA honor each other's licenses anywhere on Lake Hartwell itself, but not on the rivers feeding it."],
    [241, 'l', 'Did that help?'],
    [290, 'p', 'yep thats everything, thanks'],
    [296, 'l', 'Tight lines! Thanks for using Ask a Librarian.'],
  ], usual({ informed: 'fail' })),

  // 04 Spanish: hunter education course
  s(ANA, '04 hunter education for a deer license (Spanish): "Le atiende Ana, bibliotecaria", birth year asked, TPWD URL, "¿Esto responde a su pregunta?", "eso es todo"', [
    [0, 'p', 'Hola, quiero sacar la licencia de caza para venado pero me dicen que necesito un curso. donde lo tomo?'],
    [30, 'l', '¡Buenas tardes! Le atiende Ana, bibliotecaria de la Biblioteca Regional de Brazos.'],
    [36, 'l', '¿En qué año nació usted? En Texas el curso solo es obligatorio para los nacidos después del 1 de septiembre de 1971.'],
    [90, 'p', '1988'],
    [96, 'l', 'Entonces sí necesita el curso de Educación para Cazadores. Texas Parks and Wildlife tiene la lista de cursos, en línea y presenciales, en tpwd.texas.example.gov/education/hunter-education (hay versión en español). El curso en línea cuesta unos $15.'],
    [102, 'l', '¿Esto responde a su pregunta?'],
    [150, 'p', 'sí, eso es todo, muchas gracias'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos y buena temporada.'],
  ], usual()),

  // 05 swim lessons answered before asking
  s(JEN, '05 summer swim lesson sign-up: URL given at once, "How old is your child?" only after, "Did that help?", no anything-else, "Have fun at the pool! Bye."', [
    [0, 'p', 'when does registration open for summer swim lessons at the rec center pool'],
    [15, 'l', 'Hi there, Jen from Ask a Librarian at Westfield Memorial Library.'],
    [21, 'l', 'Summer swim lessons at the Westfield Community Pool open for registration May 1 at 9 am for residents, May 8 for everyone else. Sign up at westfieldnj.example.gov/recreation/aquatics; classes fill fast.'],
    [27, 'l', 'How old is your child? Levels go by age.'],
    [60, 'p', '6'],
    [66, 'l', 'At 6 she would start in Level 1 (Intro to Water Skills), Tues/Thurs mornings. Did that help?'],
    [100, 'p', 'yes thanks'],
    [106, 'l', 'Have fun at the pool! Bye.'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 06 campground follow-up by me, done in 30 h
  s(GRETA, '06 July campsite with hookups (follow-up by me): reservation site URL, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'trying to find a campsite at a state park near the lake with electric hookups for a week in july, everything online says full'],
    [35, 'l', 'Hello, this is Greta, librarian at Door County Library. Happy to help you look.'],
    [41, 'l', 'Which week in July, and is it a tent or an RV? Hookups are mostly on the RV loops.'],
    [100, 'p', 'july 12-19, small camper'],
    [106, 'l', 'Let me check a couple of parks.'],
    [190, 'l', "Peninsula and Potawatomi both show full that week on the state reservation site (wisconsin.goingtocamp.example.com), but cancellations come up most mornings. I can also check the county and private campgrounds with hookups, which aren't on that site. If you give me your e-mail, I'll send you a list by Friday."],
    [240, 'p', 'sure, bkowalski@example.com'],
    [246, 'l', "bkowalski@example.com, got it. You'll have the list from me by Friday."],
    [252, 'l', 'Does that help in the meantime?'],
    [300, 'p', 'yes thank you'],
    [306, 'l', 'Anything else for now?'],
    [330, 'p', 'no thats all'],
    [335, 'l', 'Thanks for chatting, and happy camping!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 07 chair yoga: patron goes quiet; check-in, then a notice that invites back
  s(MARGE, '07 chair yoga at the senior center: answer at 127, patron quiet, "Are you still there?" at 280, disconnected + "come back anytime" at 400', [
    [0, 'p', 'Hello. Does the senior center have chair yoga? My doctor wants me to exercise but I have bad knees.'],
    [40, 'l', "Good afternoon! My name is Marge and I'm a librarian at Springfield City Library."],
    [46, 'l', 'Which senior center do you go to, or which part of town are you in?'],
    [120, 'p', 'The one on Oak Street'],
    [127, 'l', 'The Oak Street Senior Center has Chair Yoga on Mondays and Wednesdays at 10:30, free for members; the spring class list is at springfieldseniors.example.org/classes. If you have Medicare Advantage, SilverSneakers classes there may also be covered.'],
    [133, 'l', 'Does that help?'],
    [280, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you've been disconnected, so I'm going to close this chat. Please come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 08 no provider ever joined; Lost Call with three patron lines
  s(QUEUE, '08 river trail after the storm: no provider ever joined, "hello??", "nvm", coded Lost Call after three patron lines', [
    [0, 'p', 'is the river trail open after the storm? the part by the dam'],
    queue(2, 5),
    [110, 'p', 'hello??'],
    [150, 'p', 'nvm'],
    left(160),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 09 a limit of questions
  s(DWIGHT, '09 open swim hours, then a list: "I can only do one per chat today, we\'re short staffed. Goodbye." (a limit of questions)', [
    [0, 'p', 'what are the open swim hours at the Ridgeview pool this weekend'],
    [22, 'l', 'Hi, Dwight at Ridgeview Public Library here.'],
    [28, 'l', 'Do you mean the outdoor pool at Ridgeview Park or the indoor one at the Y?'],
    [60, 'p', 'outdoor'],
    [66, 'l', 'The outdoor pool is open for open swim Sat and Sun 12-6 through Labor Day; the schedule is at ridgeviewparks.example.org/pool. Does that help?'],
    [100, 'p', 'yes and how much is a season pass, and can my 11 yr old go alone, and is there a lap lane'],
    [108, 'l', "That's a lot of questions. I can only do one per chat today, we're short staffed. Goodbye."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 10 other patrons waiting, a way back
  s(RAMONA, '10 winter rec basketball, then a list: "a few other patrons waiting … chat back in later, or call our reference desk at 555-…"', [
    [0, 'p', 'my son is 12 and wants to play basketball this winter, whats out there'],
    [25, 'l', "Hi! I'm Ramona, a librarian at Eastgate Library. Are you looking for a rec league or something more competitive like travel ball?"],
    [70, 'p', 'rec league'],
    [76, 'l', 'The Eastgate Parks winter rec league takes grades 5-8; sign-ups run Oct 1-31 at eastgateparks.example.org/basketball ($45). The YMCA on Fifth also runs a Saturday league, details at ymcaeastgate.example.org.'],
    [82, 'l', 'Does that give you a starting point?'],
    [130, 'p', 'yes. also volleyball for my daughter, and is there a swim team, and what about scholarships, and'],
    [140, 'l', "Good questions! I have a few other patrons waiting right now, so I can't get to all of them. Please chat back in later, or call our reference desk at 555-318-2200 and we'll pick up where we left off."],
    [170, 'p', 'ok'],
    [176, 'l', 'Thanks for understanding, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 11 slow pickup
  s(OTIS, '11 tennis court booking: "hello?" in the queue, picked up at 88 s, park district URL, "Anything else today?"', [
    [0, 'p', 'how do i reserve a tennis court at Lincoln Park'],
    queue(2, 3),
    [55, 'p', 'hello?'],
    [88, 'l', 'Hi, sorry for the wait! Otis here, librarian at Lakeview Library.'],
    [94, 'l', 'Is it for one time, or a weekly slot for a league?'],
    [130, 'p', 'just one time saturday morning'],
    [136, 'l', 'Lincoln Park courts are first come first served except 8-10 am on weekends, which you book at parkdistrict.example.org/tennis ($12/hour). Does that answer it?'],
    [180, 'p', 'yep'],
    [185, 'l', 'Anything else today?'],
    [205, 'p', 'nope'],
    [210, 'l', 'Thanks for chatting, enjoy your match!'],
  ], usual({ pickup: 'fail' })),

  // 12 no greeting, no name
  s(DESK2, '12 dogs at the Bear Lake campground: "Yes, which loop are you staying in?" first (no greeting, screen name only), county rules URL', [
    [0, 'p', 'are dogs allowed at the county campground at Bear Lake'],
    [30, 'l', 'Yes, which loop are you staying in?'],
    [70, 'p', 'loop B'],
    [76, 'l', 'Dogs are allowed in loops A and B on a 6-ft leash, not in the cabins or on the swim beach. The rules are on the county parks page, bearlakecounty.example.gov/camping/rules. Is that what you needed?'],
    [120, 'p', 'yes thx'],
    [125, 'l', 'Thanks for contacting us, have a good trip!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 13 transfer by the book
  s(NELL, '13 fishing rod loans at the Cove branch: transfer notice (a hold) + a note that says why, Teo answers 44 s later', [
    [0, 'p', 'hi i heard the library lends out fishing poles?? how does that work'],
    [20, 'l', "Hello, I'm Nell with the Ask Us chat at Harbor County Library."],
    [26, 'l', 'Which branch would you pick one up from?'],
    [60, 'p', 'Cove branch'],
    [66, 'l', "The Cove branch runs the rod loan program, so I'm going to transfer you to Teo there; he can tell you exactly what's in. One moment please."],
    [69, 'i', 'Teo, pt asking about the fishing rod loans at Cove, can you take it? You know the kits.'],
    xfer(72, 'Teo Alvarez', 'teo'),
    [110, 'l', 'Hi, Teo at the Cove branch here! Right now we have 4 rod-and-tackle kits in; you check them out with your library card for 7 days. Search "fishing kit" in our catalogue of things at harborlibrary.example.org/things.', as(TEO)],
    [116, 'l', 'Does that answer your question?', as(TEO)],
    [160, 'p', 'awesome yes, thats all i needed'],
    [166, 'l', 'Great! Thanks for chatting, good luck fishing.', as(TEO)],
  ], usual({ transfer: 'pass' })),

  // 14 silent transfer
  s(MO, '14 kayak launch permit: transfer with an internal note only (patron never told), Kai answers 95 s after the patron', [
    [0, 'p', 'do i need a permit to launch my kayak at the county boat ramps'],
    [30, 'l', 'Hi, this is Mo at Ask a Librarian, Linn County Library.'],
    [36, 'l', 'Is it a kayak with no motor? The rules differ for motorized boats.'],
    [80, 'p', 'no motor, just a kayak'],
    [86, 'i', 'Kai, can you grab this one? paddling permits, your area'],
    xfer(89, 'Kai', 'kai'),
    [175, 'l', 'Hey, Kai here, I do our outdoor recreation guides. In Oregon, kayaks 10 ft and longer need a Waterway Access Permit: buy it online at myodfw.example.com, $5 for a week or $30 for the year.', as(KAI)],
    [181, 'l', 'Does that help?', as(KAI)],
    [230, 'p', 'yes thanks'],
    [236, 'l', 'Anything else I can help with?', as(KAI)],
    [250, 'p', 'no'],
    [255, 'l', 'Happy paddling, thanks for chatting!', as(KAI)],
  ], usual({ transfer: 'fail' })),

  // 15 four chats at once
  s(VIC, '15 indoor senior pickleball: three other chats open, four at once from 60 s', [
    [0, 'p', 'where can seniors play pickleball indoors in the winter around here?'],
    [25, 'l', 'Hi there! This is Vic with the Cloverdale Library chat.'],
    [31, 'l', 'Which town are you in, and do you want drop-in play or lessons?'],
    [80, 'p', 'cloverdale, drop in'],
    [86, 'l', 'The Cloverdale Rec Center gym has senior drop-in pickleball Tue/Thu 8-11 am, $3 a visit, paddles to borrow. Schedule: cloverdalerec.example.org/pickleball.'],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes perfect, thats all'],
    [145, 'l', 'Thanks for chatting! Have fun.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vic', -200, 500), other('v2', 'vic', -50, 300), other('v3', 'vic', 60, 400)],
  }),

  // 16 three at most, touching both ends
  s(WANDA, '16 senior rate at the municipal golf course: others end exactly at the start and start exactly at the end, three at most at once', [
    [0, 'p', 'does the city golf course have a senior discount'],
    [20, 'l', 'Good morning! Wanda here, librarian at Brookside Public Library.'],
    [26, 'l', 'Are you a city resident? The discount depends on it.'],
    [60, 'p', 'yes, im 67'],
    [66, 'l', 'Residents 62 and over get the senior rate at Brookside Municipal: $18 for 9 holes on weekdays before 2 pm. The rate sheet is at brooksidegolf.example.com/rates.'],
    [72, 'l', 'Did that help?'],
    [120, 'p', 'yes thank you, no more questions'],
    [126, 'l', 'Thanks for chatting, enjoy your round!'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'wanda', -500, 0), other('w2', 'wanda', -100, 100), other('w3', 'wanda', 50, 600), other('w4', 'wanda', 131, 700)],
  }),

  // 17 follow-up by me with no time
  s(IVY, '17 summer day camp guide not out yet (follow-up by me): e-mail read back, "when it comes out" (no time), pending at day 1', [
    [0, 'p', 'when will the summer camp schedule for the parks dept come out? i need to plan around work'],
    [28, 'l', "Hi, I'm Ivy, a librarian at Fairmont Public Library."],
    [34, 'l', 'Which ages are your kids? Parks runs separate camps for 5-8 and 9-12.'],
    [80, 'p', '7 and 10'],
    [86, 'l', "The 2026 camp guide isn't posted yet; last year's came out in early March on fairmontparks.example.org/camps. I'll keep an eye out and e-mail you the link when it's up. What e-mail should I use?"],
    [130, 'p', 'tanya.r@example.com'],
    [136, 'l', "tanya.r@example.com, thanks. I'll send it along when it comes out."],
    [142, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no thats all, thank you!'],
    [175, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 18 follow-up by the patron's library, phone read back, done after 80 h
  s(BASIL, '18 Empire Pass waitlist at the home library (follow-up by patron\'s library): phone read back, "by Thursday", done after 80 h', [
    [0, 'p', 'my library lends out state park passes, can you tell me if im on the waitlist for one? Sayville library'],
    [40, 'l', "Hi, this is Basil with the statewide Ask a Librarian service. I'm at a different library, but I can help."],
    [46, 'l', 'Which pass is it, the Empire Pass for state parks or the county parks pass?'],
    [100, 'p', 'empire pass'],
    [106, 'l', "Sayville's museum and park pass page (sayvillelibrary.example.org/passes) says Empire Passes go out on a 2-week loan with a waitlist, but I can't see their list from here. I'll send your question to the Sayville staff; what's the best phone number for them to call you?"],
    [160, 'p', '631-555-0147'],
    [166, 'l', '631-555-0147. Someone from Sayville will call you by Thursday.'],
    [172, 'l', 'Does the pass page help for now?'],
    [220, 'p', 'yes thx'],
    [226, 'l', 'Anything else?'],
    [240, 'p', 'nope'],
    [245, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 a promise coded Answered
  s(ELOISE, '19 paper Greenway trail map: a scan promised "by tomorrow afternoon", e-mail read back, coded Answered (pending)', [
    [0, 'p', 'Do you have paper maps of the Greenway trails? I dont do phone maps'],
    [24, 'l', 'Hi! Eloise here, reference librarian at Tri-Valley Library.'],
    [30, 'l', 'Would you like the whole Greenway or just one section?'],
    [70, 'p', 'the whole thing please, for my walking group'],
    [76, 'l', "The county's printable Greenway map is at trivalleygreenway.example.org/map, a 2-page PDF. The large folded version is out of print, but I'll ask our map librarian for a scan of the big one and e-mail it to you by tomorrow afternoon. What's your e-mail?"],
    [130, 'p', 'dora.w@example.com'],
    [136, 'l', 'dora.w@example.com, got it, by tomorrow afternoon.'],
    [142, 'l', 'Does the PDF work for now?'],
    [190, 'p', 'yes, thats everything, thank you'],
    [196, 'l', 'Thanks for chatting, happy walking!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 20 a true Lost Call
  s(FRAN, '20 swim team tryouts (Lost Call): greeting with "one moment while I look that up", patron leaves at 50, check-in at 150, notice + invitation back at 340', [
    [0, 'p', 'when are tryouts for the summer swim team at Kirby pool'],
    queue(2),
    [35, 'l', "Hi, I'm Fran, a librarian at Kirby Township Library. One moment while I look that up."],
    left(50),
    [150, 'l', 'Are you still there?'],
    [340, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 Lost Call after three patron lines
  s(JUNE, '21 youth archery at the nature center: answered, patron "ok thx" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'does the nature center still do the youth archery program'],
    [22, 'l', 'Hello! June at Pine Ridge Library here.'],
    [28, 'l', 'How old is the archer?'],
    [70, 'p', '13'],
    [76, 'l', 'Yes, Pine Ridge Nature Center runs Youth Archery for ages 10-15 on Saturday mornings in spring and fall, $30 a session; register at pineridgenature.example.org/archery.'],
    [120, 'p', 'ok thx'],
    left(125),
    [130, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 22 code null
  s(KIT, '22 Riverbend dog park pass: "Does that completely answer your question?", "thats all", resolution code null', [
    [0, 'p', 'do i need a special tag for the city dog park or just the regular license'],
    [20, 'l', 'Hi, thanks for contacting Ask Us at Hillcrest Public Library, this is Kit.'],
    [26, 'l', 'Which dog park, Riverbend or the one at Hillcrest Commons?'],
    [60, 'p', 'riverbend'],
    [66, 'l', 'Riverbend needs a yearly Dog Park Pass ($25, $10 for seniors) on top of the county dog license. You can buy it online at hillcrestparks.example.gov/dogpark; have proof of rabies vaccination ready to upload.'],
    [72, 'l', 'Does that completely answer your question?'],
    [110, 'p', 'yes it does thank u, thats all'],
    [115, 'l', 'Great, thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 23 referral without contact
  s(LEON, '23 missed Little League signups: league URL, "call the Parks Department\'s youth sports coordinator" with no contact', [
    [0, 'p', 'my son missed the little league signups, is it too late?'],
    [24, 'l', 'Hi, Leon here at Ask a Librarian, Ashbury Library.'],
    [30, 'l', 'Which league is he in, and how old is he?'],
    [80, 'p', 'Ashbury little league, hes 10'],
    [86, 'l', "Ashbury Little League's registration page (ashburyll.example.org/register) says online signup closed March 1, but they keep a waitlist for late players on the same page. If the league is full, call the Parks Department's youth sports coordinator; she often places late kids on the rec teams."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'ok ill try. thanks'],
    [146, 'l', 'Anything else today?'],
    [160, 'p', 'no'],
    [165, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 24 no source at all
  s(ROY, '24 kids swim free at city pools: a bare answer with no source, "Did that answer your question?", "no more questions!"', [
    [0, 'p', 'is it true kids swim free at the city pools this summer?'],
    [30, 'l', "Hi! Roy from Greenville County Library's Ask Us service."],
    [36, 'l', 'Which pool are you thinking of?'],
    [70, 'p', 'the one at Cleveland park'],
    [76, 'l', 'Yes, kids 12 and under swim free at all city pools this summer, including Cleveland Park, during open swim. Adults are $3.'],
    [82, 'l', 'Did that answer your question?'],
    [120, 'p', 'yes great. no more questions!'],
    [126, 'l', 'Wonderful, thanks for chatting with us!'],
  ], usual({ source: 'fail' })),

  // 25 holds every ~90 s
  s(SAGE, '25 antlerless deer lottery deadline: holds at 68/160/250 (one a partial result), answer at 335, all spans under 120 s', [
    [0, 'p', 'when is the deadline to apply for an antlerless deer permit in the lottery? first time doing it'],
    [25, 'l', 'Hello, my name is Sage, a librarian at Blue Earth County Library.'],
    [31, 'l', 'Which state, and which hunting zone or county?'],
    [62, 'p', 'minnesota, around mankato'],
    [68, 'l', "Let me look at the DNR's regulations, give me a minute."],
    [160, 'l', 'Still looking, the lottery dates are in a separate section. Thanks for your patience.'],
    [250, 'l', 'Found the area list, just checking Mankato is in area 253.'],
    [335, 'l', 'Got it: Mankato is in deer permit area 253. The antlerless lottery application deadline is the first Thursday of September, and you apply online at mndnr.example.gov/licenses/lotteries. Results post in mid-October.'],
    [341, 'l', 'Is that what you were looking for?'],
    [400, 'p', 'yes exactly, thanks!'],
    [406, 'l', 'Anything else I can help with?'],
    [430, 'p', 'no thats all'],
    [435, 'l', 'Good luck this season, thanks for chatting!'],
  ], usual()),

  // 26 a check-in and then nothing
  s(TOBY, '26 cancelling a shelter reservation: answer at 71, "Are you still with me?" at 230, session ends at 400 with no notice', [
    [0, 'p', 'how do i cancel my shelter reservation and get my deposit back'],
    [22, 'l', 'Hi, Toby here at Ask Us, Westlake Public Library.'],
    [28, 'l', 'Was it reserved through the city parks office or the county?'],
    [65, 'p', 'city'],
    [71, 'l', "The city's shelter rules page (westlakeparks.example.gov/shelters/policies) says cancellations 14 or more days before the date get the full deposit back; you cancel in the same online account you booked with, under My Reservations."],
    [77, 'l', 'Does that help?'],
    [230, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 170 }),

  // 27 a goodbye 130 s after the answer, no check-in
  s(UMA, '27 firewood at a state forest campground: answer at 86, goodbye at 216 (final idle 130 s) with no check-in', [
    [0, 'p', 'can i bring my own firewood to the state forest campground'],
    [30, 'l', "Good evening, you've reached Uma, a librarian at Cortland Free Library."],
    [36, 'l', 'Which state forest are you headed to?'],
    [80, 'p', 'Hammond Hill'],
    [86, 'l', "New York bans moving untreated firewood more than 50 miles from its source, to stop invasive insects. The DEC's firewood page (dec.ny.example.gov/firewood) explains it; buying certified heat-treated wood near the campground is the safe bet."],
    [92, 'l', 'Is that what you needed?'],
    [216, 'l', 'Thanks for using the chat tonight, come back anytime.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 28 the patron has the last word
  s(WES, '28 SilverSneakers water aerobics: Medicare plan asked, YMCA schedule URL + location finder, patron "that\'s all I needed" last (no goodbye)', [
    [0, 'p', 'Good morning. Is there a water aerobics class for seniors at the YMCA or city pool? I am 72.'],
    [35, 'l', 'Good morning! Wes here, a librarian at Oakton Public Library.'],
    [41, 'l', 'Do you have a Medicare plan with a fitness benefit, like SilverSneakers or Renew Active? It changes where it may be free.'],
    [110, 'p', 'Yes, SilverSneakers through my Humana plan'],
    [116, 'l', 'The Oakton Family YMCA takes SilverSneakers; its SilverSneakers Splash class is Mon/Wed/Fri at 9 am (schedule at oaktonymca.example.org/aquatics). You can check other gyms near you on the SilverSneakers location finder, tools.silversneakers.example.com.'],
    [122, 'l', 'Does that give you what you need?'],
    [180, 'p', "Yes, that's all I needed. Thank you kindly."],
  ], usual({ courteous: 'fail' })),

  // 29 chat-speak both sides
  s(ZOE, '29 helmet at the skatepark (chat-speak): "hey! zoe @ ask a librarian, Riverton Library", "sec", "that help?", "np, skate safe! bye"', [
    [0, 'p', 'yo do u need a helmet at the skatepark on 5th or nah'],
    [10, 'l', 'hey! zoe @ ask a librarian, Riverton Library 🛹'],
    [14, 'l', 'u mean the city one at 5th & Pine?'],
    [30, 'p', 'ya'],
    [34, 'l', 'sec'],
    [80, 'l', 'ya helmets required for under 18 per city code, posted rules r at rivertonparks.example.org/skatepark. open 8am-dusk'],
    [84, 'l', 'that help?'],
    [110, 'p', 'ya thx. thats all'],
    [114, 'l', 'np, skate safe! bye'],
  ], usual()),

  // 30 follow-up code with no contact known
  s(PIA, '30 accessible deer blinds (follow-up by me): "I\'ll … get back to you", no e-mail or phone anywhere, no time, pending at day 1', [
    [0, 'p', 'are there wheelchair accessible hunting blinds on public land in the county'],
    [30, 'l', "Hi, this is Pia at Marshall County Library's Ask a Librarian chat."],
    [36, 'l', 'Are you looking for deer or waterfowl blinds, and which season?'],
    [90, 'p', 'deer, this fall'],
    [96, 'l', 'Let me check.'],
    [180, 'l', "The state DNR's accessible hunting page (dnr.example.gov/accessible-hunting) lists two ADA blinds on the Marshall WMA, reserved by lottery. I'll look into whether the county park has any too and get back to you."],
    [186, 'l', 'Is that a help so far?'],
    [230, 'p', 'yes thank you'],
    [236, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 31 Practice
  s(TRAINER, '31 practice chat (pool hours script): coded Practice, every check na', [
    [0, 'p', 'test test pool hours'],
    [8, 'l', 'Hi, practice session for new staff.'],
    [15, 'l', 'Pool hours are at example.org/pool. Did that help?'],
    [25, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 32 pickedUpAt recorded, first line much later
  s(GRETA, '32 state park annual pass for seniors: pickedUpAt at 40 s, first line at 190 s (150 s after pickup), DNR URL', [
    [0, 'p', 'is there a discount on the state park sticker for seniors? im 66'],
    [190, 'l', 'Hello, sorry for the delay! Greta here, a librarian at Door County Library. Are you a Wisconsin resident?'],
    [230, 'p', 'yes'],
    [236, 'l', 'Then you qualify for the Senior Citizen Annual Admission Sticker, $13 instead of $28, for residents 65 and older. Buy it online at dnr.wi.example.gov/topic/parks/admission.'],
    [242, 'l', 'Does that answer it?'],
    [280, 'p', 'yes thanks, thats all'],
    [285, 'l', 'Enjoy the parks, and thanks for chatting!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(40) }),

  // ---- batch 2 (labelled before its first run) ----

  // 33 "Howdy!", "hang tight", park HQ by phone, "What else can I dig up for you?", "Cheers"
  s(CAL, '33 Pedernales Falls day passes: "Howdy! Cal here", "hang tight", "Give the park HQ a ring at 512-…", "That get you sorted?", "Cheers, have a great weekend!"', [
    [0, 'p', 'need day passes for Pedernales Falls this saturday, is it sold out?'],
    [25, 'l', 'Howdy! Cal here, librarian w/ Travis County Library.'],
    [30, 'l', 'How many in your group, and are you driving one car?'],
    [70, 'p', '4 of us, one car'],
    [75, 'l', 'hang tight, checking the reservation system'],
    [170, 'l', 'Saturday day passes for Pedernales Falls are sold out online at reserve.texasstateparks.example.org, but the park holds back a few for same-day visitors. Give the park HQ a ring at 512-555-0130 the morning of to ask.'],
    [176, 'l', 'That get you sorted?'],
    [220, 'p', 'yeah thanks'],
    [226, 'l', 'What else can I dig up for you?'],
    [250, 'p', 'nothing, thx'],
    [255, 'l', 'Cheers, have a great weekend!'],
  ], usual({ referral: 'pass' })),

  // 34 "swing by" the marina office, no contact
  s(NORA, '34 boat launch at Lake Wenatchee: Discover Pass URL, "The marina office sells the launch permits … so swing by when you get there" (no contact)', [
    [0, 'p', 'what do i need to put my boat in at Lake Wenatchee? its a small fishing boat with a motor'],
    [20, 'l', 'Hi, Nora with Ask a Librarian at NCW Libraries here.'],
    [26, 'l', 'Is it the state park launch or the county one on the north shore?'],
    [70, 'p', 'state park'],
    [76, 'l', 'At the state park launch you need a Discover Pass or a daily launch permit (Discover Pass info: discoverpass.wa.example.gov), plus your boat registration. The marina office sells the launch permits and can tell you about the weekend wait, so swing by when you get there.'],
    [82, 'l', 'Does that answer it?'],
    [130, 'p', 'yes thx thats all'],
    [135, 'l', 'Have a good time on the water, thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 35 shift over, no way back
  s(BO, '35 tackle football pads, then more questions: "My shift\'s ending so I gotta wrap this up. Bye!" (no way back)', [
    [0, 'p', 'does the rec dept lend out football pads for the youth league or do we buy them'],
    [30, 'l', 'Hi there, Bo at Ask Us, Summit County Library.'],
    [36, 'l', 'Is it flag football or tackle? Flag usually needs no pads.'],
    [80, 'p', 'tackle, 11U'],
    [86, 'l', "Summit Rec's tackle league issues helmets and shoulder pads on loan with a $50 deposit; the equipment page is summitrec.example.org/football/equipment."],
    [92, 'l', 'Did that help?'],
    [140, 'p', 'ok and what about cleats and the mouth guard, do they give those? and when is picture day'],
    [146, 'l', "My shift's ending so I gotta wrap this up. Bye!"],
    [160, 'p', '??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 36 "You still around?" and "Looks like we got cut off"
  s(DORA, '36 ADA campsites in Oregon: answer at 101, "You still around?" at 257, "Looks like we got cut off, so I\'m going to close the chat out now. Take care!" at 400', [
    [0, 'p', 'do state parks have accessible campsites? my husband uses a wheelchair'],
    [30, 'l', "Good afternoon, I'm Dora, a librarian at Linn-Benton Library."],
    [36, 'l', 'Which state, and are you tent camping or in an RV?'],
    [95, 'p', 'oregon, RV'],
    [101, 'l', "Oregon State Parks marks ADA sites on its reservation site: go to oregonstateparks.example.org, choose a park, and tick 'Accessible' under Site Features. Most parks have one or two ADA RV sites with paved pads."],
    [107, 'l', 'Does that help?'],
    [257, 'l', 'You still around?'],
    [400, 'l', "Looks like we got cut off, so I'm going to close the chat out now. Take care!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 37 "bear w/ me" 110 s, then "lemme double-check" 130 s
  s(ELI, '37 youth fishing derby: "bear w/ me" answered in 110 s, then "lemme double-check the age cutoff" answered in 130 s', [
    [0, 'p', 'how much is the youth fishing derby entry and whats the age cutoff'],
    [20, 'l', 'Hi! Eli, librarian at Bayport Library.'],
    [26, 'l', 'Is this the June derby at Mill Pond?'],
    [60, 'p', 'yes'],
    [66, 'l', 'bear w/ me, pulling up the flyer'],
    [176, 'l', 'Entry is free for kids, registration is at bayportparks.example.org/derby.'],
    [182, 'l', 'lemme double-check the age cutoff'],
    [312, 'l', 'Ages 3-15 on derby day, in three age groups. Did that help?'],
    [350, 'p', 'yes ty thats all'],
    [356, 'l', 'Thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 38 "No rush, take your time."
  s(FAYE, '38 picnic shelter booking with no confirmation: "No rush, take your time." then the patron back 214 s later, booking lookup steps', [
    [0, 'p', 'I booked a picnic shelter online and never got a confirmation email, can you see if it went through?'],
    [25, 'l', 'Hi, thanks for contacting the Ask a Librarian service at Renton Public Library. This is Faye.'],
    [31, 'l', 'Do you have the order or receipt number from your card statement?'],
    [70, 'p', 'let me look, might take a few min'],
    [76, 'l', 'No rush, take your time.'],
    [290, 'p', 'ok its RP-88213'],
    [296, 'l', 'Thanks, one moment.'],
    [360, 'l', "I can't see the city's booking system from here, but you can look the booking up yourself: on rentonparks.example.gov/reservations click My Account > Booking Lookup and enter RP-88213. If it shows Confirmed, you're set; the e-mail sometimes lands in spam."],
    [366, 'l', 'Does that help?'],
    [420, 'p', 'it says confirmed! thanks, thats everything'],
    [426, 'l', 'Great! Enjoy your picnic, and thanks for chatting.'],
  ], usual()),

  // 39 restatement, no question mark
  s(GUS, '39 early lap swim downtown: a restatement with no question mark ("So you\'re looking for …"), Y and city pool, "thats all i needed"', [
    [0, 'p', 'lap swim before work downtown?'],
    [18, 'l', 'Hi, Gus here at Ask Us, Metro Library.'],
    [24, 'l', "So you're looking for a lap swim time before work, before 7 am, at a pool near downtown."],
    [50, 'p', 'yep before 7'],
    [56, 'l', "The Downtown Y opens its lap lanes at 5:30 am weekdays (day pass $12), and the city's Central Aquatic Center at 6 am (schedule at metroparks.example.org/aquatics/lap-swim, $5)."],
    [62, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'perfect, thats all i needed'],
    [105, 'l', 'Thanks for chatting, happy swimming!'],
  ], usual()),

  // 40 an app named without a way to reach it
  s(HAL, '40 easy dog-friendly hikes: "The AllTrails app has a dog-friendly filter" and trail names only (no source)', [
    [0, 'p', 'any good dog friendly hikes near asheville? easy ones, my dog is old'],
    [22, 'l', 'Hello! This is Hal, a librarian at Buncombe County Public Libraries.'],
    [28, 'l', 'How far are you willing to drive, and how long a walk is easy for him?'],
    [80, 'p', '30 min drive, a mile or two'],
    [86, 'l', 'The AllTrails app has a dog-friendly filter and a length filter, so set it to under 2 miles. Bent Creek and the Arboretum trails are popular with older dogs, mostly flat and shady.'],
    [92, 'l', 'Did that help?'],
    [130, 'p', 'yes thank you, no more questions'],
    [135, 'l', 'Thanks for chatting, enjoy the walk!'],
  ], usual({ source: 'fail' })),

  // 41 a completeness question about something not yet given
  s(IDA, '41 Hawk Ridge birding trailhead: visit page URL, "Would a printed trail map be helpful?" (not yet given), "Anything else I can help with?"', [
    [0, 'p', 'where does the birding trail start at Hawk Ridge'],
    [25, 'l', "Hi, I'm Ida, a librarian at Duluth Public Library."],
    [31, 'l', 'Are you driving or taking the bus?'],
    [60, 'p', 'driving'],
    [66, 'l', "Park at the main overlook lot on Skyline Parkway; the trailhead is at the east end of the lot, by the kiosk. Hawk Ridge's visitor page, hawkridge.example.org/visit, has a map and the fall count schedule."],
    [72, 'l', 'Would a printed trail map be helpful? I can tell you which branch has them.'],
    [110, 'p', 'no thats ok'],
    [115, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Thanks for chatting, good birding!'],
  ], usual({ complete: 'fail' })),

  // 42 follow-up by the patron's library, "within 72 hours", done in 71 h
  s(JOANNE, '42 youth sports fee waiver status (follow-up by patron\'s library): e-mail given and read back, "within 72 hours", done in 71 h', [
    [0, 'p', 'I applied for the youth sports fee waiver at the rec department 3 weeks ago and heard nothing. Can the library find out?'],
    [35, 'l', "Hello! You're chatting with Joanne from the statewide Ask Us service."],
    [41, 'l', "Which town's rec department, and was the waiver for one child or more?"],
    [100, 'p', 'Millbrook, two kids'],
    [106, 'l', "Millbrook's fee waiver page (millbrookrec.example.org/assistance) says decisions take 2-4 weeks, so you're at the edge. I'll pass this to the Millbrook Library staff, who work with the rec office on it; someone from your library will e-mail you within 72 hours. What e-mail should they use?"],
    [160, 'p', 'k.mensah@example.com'],
    [166, 'l', 'k.mensah@example.com, thanks.'],
    [172, 'l', 'Does that help for now?'],
    [220, 'p', 'yes thank you'],
    [226, 'l', 'Anything else today?'],
    [240, 'p', 'no thats it'],
    [245, 'l', 'Thanks for using Ask Us!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(71 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 43 follow-up by me, "by Monday", never recorded, day 4
  s(KARL, '43 private pool party rental (follow-up by me): rental page URL, e-mail read back, "by Monday", not recorded by day 4', [
    [0, 'p', 'can we rent the whole Lakeside pool for a private party in august? like 30 kids'],
    [28, 'l', 'Hi, Karl here, a librarian at Lakeside Public Library.'],
    [34, 'l', 'Which Saturday or Sunday in August, and what time of day?'],
    [90, 'p', 'aug 9, afternoon'],
    [96, 'l', "The pool's rental page (lakesideparks.example.gov/pool-rentals) lists after-hours rentals from 6 to 8 pm only, $250 for up to 50 swimmers. Afternoon slots aren't listed, so I'll ask the aquatics supervisor whether Aug 9 afternoon is possible and e-mail you by Monday. What's your e-mail?"],
    [150, 'p', 'mrsdiaz77@example.com'],
    [156, 'l', "mrsdiaz77@example.com, got it. I'll write by Monday."],
    [162, 'l', 'Is the rental page useful in the meantime?'],
    [210, 'p', 'yes thanks'],
    [216, 'l', 'Thanks for chatting, have a good evening!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 44 transfer notice with no note; receiver 130 s after the notice
  s(LENA, '44 crossbow season at 70: "I\'m transferring you to him now. Hang on!" with no internal note, Mateo answers 130 s after the notice', [
    [0, 'p', 'is crossbow legal for deer season in NY for someone 70 yrs old'],
    [25, 'l', "Hi, I'm Lena, a librarian at Onondaga County Public Library."],
    [31, 'l', 'Which part of the state do you hunt in?'],
    [70, 'p', 'central ny, wmu 7R'],
    [76, 'l', "My colleague Mateo knows the hunting regs well, so I'm transferring you to him now. Hang on!"],
    xfer(80, 'Mateo', 'mateo'),
    [206, 'l', "Hi, Mateo here. Yes: in New York crossbows are legal for deer in the regular season and the last 14 days of bow season in most WMUs, including 7R, and there's no upper age limit. The regs guide is at dec.ny.example.gov/outdoor/crossbow.", as(MATEO)],
    [212, 'l', 'Did that answer your question?', as(MATEO)],
    [260, 'p', 'yes great, thats all'],
    [265, 'l', 'Thanks for chatting, good hunting!', as(MATEO)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 45 transfer by the book; the receiver at four during her part
  s(RHEA, '45 senior hiking group for a newcomer: transfer notice + note, Sol answers 38 s later, Sol has three other chats open during her part (four at once)', [
    [0, 'p', 'is there a hiking group for seniors that does easy trails? I am new in town'],
    [22, 'l', 'Hello, Rhea here at the Ask a Librarian desk of Tacoma Public Library.'],
    [28, 'l', 'Which neighborhood are you in?'],
    [60, 'p', 'north end'],
    [66, 'l', "Our outreach librarian Sol keeps the list of senior groups, so I'm transferring you to her. One moment!"],
    [69, 'i', 'Sol, senior hiking groups near North End, new to town. Can you take?'],
    xfer(72, 'Sol', 'sol'),
    [110, 'l', 'Hi, Sol here! The Tacoma Senior Trekkers walk easy trails every Tuesday at 9, meeting at Point Defiance; their schedule is at seniortrekkers.example.org. The Metro Parks 50+ program also has guided walks: metroparkstacoma.example.org/50plus.', as(SOL)],
    [116, 'l', 'Does that give you what you need?', as(SOL)],
    [170, 'p', 'yes wonderful, thats all I needed'],
    [176, 'l', 'Welcome to Tacoma, and thanks for chatting!', as(SOL)],
  ], usual({ concurrency: 'fail', transfer: 'pass' }), {}, {
    otherIntervals: [other('s1', 'sol', 50, 600), other('s2', 'sol', 80, 500), other('s3', 'sol', 100, 400)],
  }),

  // 46 "You've reached the library."
  s(MAE, '46 volunteer trail days: "Hi! You\'ve reached the library." (identifies the library only), county parks URL, "Thanks, have a good one!"', [
    [0, 'p', 'when are the trail work volunteer days at the county park'],
    [20, 'l', "Hi! You've reached the library."],
    [26, 'l', 'Which park? The county has six.'],
    [60, 'p', 'Turkey Run'],
    [66, 'l', "Turkey Run's volunteer trail days are the 2nd Saturday of each month, 9 to noon; sign up at countyparks.example.gov/volunteer. Gloves and tools are provided."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes thanks'],
    [116, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [135, 'l', 'Thanks, have a good one!'],
  ], usual()),

  // 47 Spanish: other patrons waiting, come back later (allowed)
  s(NIDIA, '47 adult swim lessons (Spanish): "hay otros usuarios esperando. Por favor vuelva a escribirnos más tarde" (allowed), no anything-else', [
    [0, 'p', 'buenas, hay clases de natación para adultos en la piscina municipal? no sé nadar'],
    [30, 'l', '¡Hola! Soy Nidia, bibliotecaria de la Biblioteca Pública de Santa Ana.'],
    [36, 'l', '¿Prefiere clases por la mañana o por la tarde?'],
    [90, 'p', 'por la tarde, trabajo en la mañana'],
    [96, 'l', 'La piscina municipal tiene clases para adultos principiantes martes y jueves a las 6 pm, $40 por 8 clases; la inscripción está en santaana.example.gov/natacion.'],
    [102, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'sí, y también quería saber de clases para mis hijos y de los campamentos de verano y del gimnasio'],
    [160, 'l', 'Con gusto, pero en este momento hay otros usuarios esperando. Por favor vuelva a escribirnos más tarde y seguimos con las demás preguntas.'],
    [180, 'p', 'ok gracias'],
    [185, 'l', '¡Gracias a usted, que tenga buena tarde!'],
  ], usual({ anything: 'fail' })),

  // 48 Spanish: a check-in and then nothing
  s(OLGA, '48 California fishing license (Spanish): answer at 86, "¿Sigue ahí?" at 232, session ends at 432 with no notice', [
    [0, 'p', 'necesito saber si necesito permiso para pescar en el lago Elsinore, soy residente de California'],
    [25, 'l', 'Buenas tardes, le atiende Olga de la Biblioteca del Condado de Riverside.'],
    [31, 'l', '¿Tiene usted 16 años o más?'],
    [80, 'p', 'sí, 34'],
    [86, 'l', 'Entonces sí necesita una licencia de pesca de California. Se compra en línea en wildlife.ca.example.gov/licensing/fishing; la de residente cuesta unos $60 al año.'],
    [92, 'l', '¿Esto contesta su pregunta?'],
    [232, 'l', '¿Sigue ahí?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 200 }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundRecreation.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-first round: recreation, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundRecreation.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundRecreation.filter((c) => c.name in LEFT_WHY));
});
