/**
 * Eighty-first round, theme MINES, QUARRIES AND MINING HISTORY, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide "ask a librarian" chats: Western Maryland coal (a Georges Creek school project, the 1922
 * strike for a thesis, a great-uncle killed in a 1926 explosion, Eckhart Mines photos, the Kempton company town, a
 * grandfather's Consolidation Coal records, a report due tomorrow, canal boats carrying Cumberland coal, a mine still
 * running near Kitzmiller, subsidence under a house, Frostburg's mine list), iron (Catoctin Furnace's workers, Muirkirk for a
 * scout walk, the Lonaconing furnace, Mount Savage firebrick), copper (the Springfield mine at Sykesville, mines under
 * Liberty Reservoir), gold at Great Falls (a family hike; a Spanish homework question), chromite at Soldiers Delight (partly
 * Spanish), quarries (Cockeysville marble in the Washington Monument, Woodstock granite in DC, Port Deposit granite for a
 * walking tour, Peach Bottom slate pits on new land, swimming at Beaver Dam, a greenish rock from Texas MD, blasting that
 * shakes the windows in Carroll County, MSHA Part 46 training for a quarry job in Spanish), "mine or quarry?" to settle a
 * bet, and a practice chat. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/s74/mining-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and welcome to Ask a Librarian at Allegany County Library System! My name is Hank." (01); pickup
 *   at exactly 60 s after a second patron line (02: pass) and at 61 s after "hola?? hay alguien" (03: fail); `pickedUpAt` at
 *   60 s with the first visible line at 95 s (04); the greeting split, "Hi there!" then "This is Deb with …" (05: pass);
 *   "Hi! 👋" and a question, the name only in the third provider line, the screen name "Kim@HCLS" (06: fail); "Ruth here, at
 *   Cecil County Public Library." with no greeting word (07: fail); "Welcome to AskUsNow!, Maryland's ask-a-librarian
 *   service." with no name (10: pass, the service); "Hi, you've got the librarian on duty at …" (13); "Hello!" and a
 *   question, no name ever (25: fail); Spanish "¡Buenas noches! Gracias por comunicarse con AskUsNow!. Le atiende Sofía,
 *   bibliotecaria." (20) and "¡Hola! Soy Ana, bibliotecaria de AskUsNow!. ¿Para qué grado …?" (22); no provider at all, only
 *   the queue's system line (24);
 *  inquiry: grade and due date, the children's ages, the child's grade and the language of the books, which monument, names
 *   or how it worked, which building, a list or examples, the mine's name, underground or location maps, a rock's look (the
 *   patron sent to the garage), this summer or history, photos or records, Maryland or Pennsylvania side, a group or alone,
 *   Part 46 or underground, which quarry, union records or newspapers, school or family, which mine; the restatement "So
 *   you'd like to find out what happened in that 1926 accident …" with no question (15: pass); the answer at once with no
 *   question (13: fail); the only question after the source (14: fail); "Would a map be what you need …?" before the map
 *   (26: a format question, clarify passes);
 *  waits: a transfer announcement (a hold) answered by the receiver 121 s later, the receiver's internal note in between
 *   (08: fail); "Let me dig through …" then "Still looking: …" 115 s later, the answer 120 s after that (09: pass); "Sure, no
 *   rush!" and the patron back from the garage 300 s later (10: waiting on the patron, pass); the patron's "??" 100 s into a
 *   wait, the provider 125 s after the question (11: fail); the patron's last question left open when they leave (12:
 *   pass); transfer announcements answered 58 s later (28), a silent transfer answered 95 s (29) and 60 s (30) after the
 *   patron;
 *  sources: the catalogue with "The Best-Dressed Miners", digitalmaryland.org, nps.gov/choh, dnr.maryland.gov, bcpl.info,
 *   mvpconservancy.org, catoctinfurnace.org, HeritageQuest Online, hchsmd.org and hclibrary.org, MHT's Medusa,
 *   msha.gov's Mine Data Retrieval System, mgs.md.gov, beaverdamswimmingclub.com, chroniclingamerica.loc.gov, HathiTrust,
 *   frostburgmuseum.org, pgparks.com, mde.maryland.gov, mht.maryland.gov, wvrhc.lib.wvu.edu; a referral's phone as the only
 *   source (17) and a referral's e-mail (27); none (13: from memory; 16: an agency named with no way to reach it; 22: only a
 *   question);
 *  completeness: "Does that give you enough to get going?", "Is that what you were looking for?", "¿Le sirve esta
 *   información?", "Does the Conservancy's page answer the first part for now?", "Will that be enough for the tour?", "Does
 *   that settle it?" inside the answer, "¿Esto contesta su pregunta?", "Did that point you in the right direction?", "Do the
 *   Digital Maryland photos help to start?"; not one: "Would you like me to look for old photos of the furnace too?" (19),
 *   "Would a map be what you need …?" before the map and nothing after it (26), none (22);
 *  anything else: "Is there anything else I can help you with today?", "Anything else today?", "Anything else I can look
 *   up?", "Anything else?", "Is there anything else?" inside a thanks (12); the patron's "thats all i needed", "That's
 *   everything for today", "nope thats all", "thats all, thanks", "that's all I needed", "thats everything", "i'm all set",
 *   "that's all"; not enough: "si muchas gracias" (03), "Let me know if there's anything else!" (07), "ok, thx", "fair
 *   enough, will do" (27), nothing (13, 16, 19, 20, 21, 22, 25, 26);
 *  endings: goodbye 119 s after the answer (13: idle na); exactly 120 s, no check-in (19: fail); "It looks like you've
 *   disconnected, so I'll end this session now. Thanks for contacting us …" exactly 180 s after the answer, no check-in (16:
 *   idle fails, notice passes); "¿Sigue ahí?" then "Parece que se ha desconectado … ¡Gracias por escribirnos y vuelva cuando
 *   quiera!" 182 s after (20: both pass); "Are you still there?" and the session ending 181 s after the answer with no notice
 *   and no thanks (21: idle passes, notice and courteous fail); Spanish and English Lost Call closings with a check-in and a
 *   notice that invites back (22: 210 s; 23: 300 s); "Sorry, we can only do one question per chat. You'll need to find the
 *   rest yourself. Bye." (25: dismissal fails, courteous passes); "Sorry, my shift is over and I have to log off now." then
 *   "I'm closing this chat." (26: dismissal and courteous fail); "it's busy tonight with other people waiting in the queue,
 *   so I'll stop here for now. Please do chat back in later …" (27: allowed); "Have a great day!" (07) and "Have a good
 *   evening." (30) as goodbyes; the patron's open question as the last line (12);
 *  referrals: the Great Falls Tavern Visitor Center by phone (02: pass); our Maryland Room by phone (05: pass, own
 *   department); the Maryland Geological Survey by street address (10: pass) and by phone (17: pass); the Frostburg Museum
 *   through its URL and the Mount Savage Historical Society with nothing (14: fail, every party); the Maryland State
 *   Archives through msa.maryland.gov (15: pass); MDE's abandoned mine people and an insurance agent with no contact (16:
 *   fail); Frostburg State's special collections by e-mail (27: pass); not referrals: the Catoctin Furnace Historical
 *   Society's research pages to read (05), the library's own files searched for the patron (04, 09, 12, 17, 29, 30), the
 *   patron's branch to get back to them (21), transfers (08, 28, 29, 30);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (04: pass); FU_ME, e-mail read back, "by
 *   Wednesday", done 72 h and 1 s after `endedAt` (09: on_time fails); no codes at all (the field left out), a promise
 *   "within 72 hours", e-mail read back, done in another offset (+01:00) 71.4 h after (12: code na, both pass); a promise to
 *   call back "by tomorrow afternoon", the phone typed with spaces and read back with dashes, coded Answered (17: code fails,
 *   contact passes, on_time pending at day 1); FU_LIB with no contact anywhere, the patron gone before giving one (21: code
 *   and contact fail, pending); FU_ME, the e-mail only in `patron.email`, judged at `T0 + 3 * DAY`, 185 s before the
 *   deadline (29: contact fails, on_time pending); FU_ME, e-mail read back, "by Friday", nothing recorded at day 4 (30:
 *   on_time fails);
 *  codes: null (03), "" (06), left out (12), promise coded Answered (17), Practice (18), Lost Call after two patron lines
 *   (19: fail), FU_LIB with no contact (21), Lost Call with one patron line (22, 23, and 24 with no provider: pass);
 *  transfers: the notice (a hold) and a note saying why, both before (28: pass); the notice only, the receiver's note after
 *   (08: fail); a note only, the receiver saying "Penny passed your chat to me" after (29: fail); neither (30: fail);
 *  concurrency: two others overlapping, one ending exactly at `startedAt`, one starting exactly at `endedAt` (01: three at
 *   most, pass); three others, one ending 1 s after `startedAt` (11: four at once for that second, fail); a transfer where the
 *   first provider has five open only after handing over and the receiver four open only before taking it (28: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup ("or `pickedUpAt` when the source system records it"): 60 s,
 *   pass, though the first visible line came at 95 s (04);
 * - "Welcome to AskUsNow!, Maryland's ask-a-librarian service." greets and names the service (10: pass); "Ruth here, at
 *   Cecil County Public Library." names the library but greets no one (07: fail); a name in the third provider line is
 *   outside "the first two visible provider messages" (06);
 * - "Have a great day!" (07) and "Have a good evening." (30) say goodbye; "Sorry, my shift is over …" and "I'm closing this
 *   chat." only announce the end (26: courteous fails);
 * - "Let me know if there's anything else!" invites but does not ask whether the patron needs anything else (07: fail);
 * - the patron's "that's all", "thats all, thanks", "nope thats all", "i'm all set" and "that's everything" say explicitly
 *   that they are done; "si muchas gracias", "ok, thx", "yes, thank you", "fair enough, will do" do not;
 * - "Will that be enough for the tour?" and "Did that point you in the right direction?" ask whether what was given meets
 *   the need; "Would you like me to look for old photos of the furnace too?" offers something not yet given (19);
 * - "Would a map be what you need, or directions …?" before any map is a format question (clarify) and a question about
 *   something not yet given (not completeness) (26);
 * - a provider message that greets and asks a clarifying question is more than "a greeting" ("a clarifying question
 *   counts"): the Spanish Lost Call with only that question is a substantive exchange, so the information checks apply
 *   (22: source, completeness and anything-else fail);
 * - "Sure, no rush!" after the patron's "ok hang on" is not a hold (like "take your time"), so the 300 s is a wait on the
 *   patron (10);
 * - ordering a death certificate from the Maryland State Archives "through msa.maryland.gov" tells the patron to write to an
 *   agency: a referral, with its URL (15); "take it to the Maryland Geological Survey, 2300 St. Paul Street …" is a
 *   referral with a postal address (10);
 * - "we can only do one question per chat" tells the patron of a limit of questions (25); "Sorry, my shift is over and I
 *   have to log off now." ends the help for the provider's convenience with no way back (26); "it's busy tonight with other
 *   people waiting in the queue … Please do chat back in later" is the allowed ending (27);
 * - "I'll send the scans within 72 hours", "by Thursday", "by tomorrow afternoon", "by Friday" say when; "Our Westminster
 *   branch's reference staff can … get back to you" is a promise that someone from the patron's library will contact them
 *   (21: a follow-up session, not a referral);
 * - `resolutionCode: undefined` is a field left out (it is absent once the transcript is serialized): the source has no
 *   codes, resolution.code is na (12);
 * - a follow-up time written in another offset is compared in real elapsed time ("offsets … honoured") (12);
 * - the receiving provider's "Penny passed your chat to me" after the transfer is not the transferring provider telling the
 *   patron before it (29: fail); a note written after the transfer is not one sent before it (08).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch), labels copied aside to
 * /tmp/s74/mining-labels.ts. First run as labelled / disagreeing: 28 / 2 (07, 10). Label corrections: none (both
 * disagreements reread against RUBRIC.md; both labels stood).
 * Final: 28 running, 2 LEFT (LEFT_WHY: "Let me know if there's anything else!" read as asking, 07; "you can take it to the
 * Maryland Geological Survey, <street address>" not read as a referral, 10).
 * ON v70 AS LANDED (block AJ): 10 ("take it to the Maryland Geological Survey, 2300 St. Paul Street …") runs as labelled; 07
 *   stays LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const HANK: Prov = { id: 'hank-mn', name: 'Hank', library: 'ACLS' };
const MEI: Prov = { id: 'mei-mn', name: 'Mei', library: 'MCPL' };
const DARNELL: Prov = { id: 'darnell-mn', name: 'Darnell', library: 'BCPL' };
const OSCAR: Prov = { id: 'oscar-mn', name: 'Oscar', library: 'EPFL' };
const DEB: Prov = { id: 'deb-mn', name: 'Deb', library: 'FCPL-MD' };
const KIM: Prov = { id: 'kim-mn', name: 'Kim@HCLS', library: 'HCLS' };
const RUTH: Prov = { id: 'ruth-mn', name: 'Ruth', library: 'CCPL-CE' };
const HAL: Prov = { id: 'hal-mn', name: 'Hal', library: 'AUN' };
const LUIS: Prov = { id: 'luis-mn', name: 'Luis', library: 'GCPL' };
const NADIA: Prov = { id: 'nadia-mn', name: 'Nadia', library: 'CCPL-CA' };
const BEA: Prov = { id: 'bea-mn', name: 'AUN_Bea', library: 'AUN' };
const TOM: Prov = { id: 'tom-mn', name: 'Tom', library: 'BCPL' };
const GWEN: Prov = { id: 'gwen-mn', name: 'Gwen', library: 'ACLS' };
const IRA: Prov = { id: 'ira-mn', name: 'Ira', library: 'AACPL' };
const JUNE: Prov = { id: 'june-mn', name: 'June', library: 'ACLS' };
const WES: Prov = { id: 'wes-mn', name: 'Wes', library: 'ACLS' };
const FAYE: Prov = { id: 'faye-mn', name: 'Faye', library: 'GCPL' };
const OMAR: Prov = { id: 'omar-mn', name: 'Omar', library: 'HCPL-MD' };
const TRAINEE: Prov = { id: 'trainee-mn', name: 'Trainee 7', library: 'TRN' };
const ROXANNE: Prov = { id: 'roxanne-mn', name: 'Roxanne', library: 'PGCMLS' };
const SOFIA: Prov = { id: 'sofia-mn', name: 'Sofía', library: 'AUN' };
const VERN: Prov = { id: 'vern-mn', name: 'Vern', library: 'CCPL-CA' };
const ANA: Prov = { id: 'ana-mn', name: 'Ana', library: 'AUN' };
const CURT: Prov = { id: 'curt-mn', name: 'Curt', library: 'CCPL-CA' };
const QUEUE: Prov = { id: 'queue-mn', name: 'Queue', library: 'VRQ' };
const LYLE: Prov = { id: 'lyle-mn', name: 'Lyle', library: 'WCFL' };
const BRENDA: Prov = { id: 'brenda-mn', name: 'Brenda', library: 'AUN' };
const ELI: Prov = { id: 'eli-mn', name: 'Eli', library: 'AUN' };
const MARTY: Prov = { id: 'marty-mn', name: 'Marty', library: 'AUN' };
const LEAH: Prov = { id: 'leah-mn', name: 'Leah', library: 'ACLS' };
const PENNY: Prov = { id: 'penny-mn', name: 'Penny', library: 'AUN' };
const WANDA: Prov = { id: 'wanda-mn', name: 'Wanda', library: 'GCPL' };
const QUENTIN: Prov = { id: 'quentin-mn', name: 'Quentin', library: 'AUN' };
const IVY: Prov = { id: 'ivy-mn', name: 'Ivy', library: 'ACLS' };

const s = session;

export const MINING: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(HANK, '01 Georges Creek coal for an 8th-grade project: grade and due date asked, The Best-Dressed Miners in the catalog + digitalmaryland.org, touching ends', [
    [0, 'p', 'hi i have a project on coal mining in the georges creek valley, lonaconing area. where do i start'],
    [22, 'l', 'Good morning, and welcome to Ask a Librarian at Allegany County Library System! My name is Hank.'],
    [27, 'l', 'What grade is the project for, and when is it due?'],
    [61, 'p', '8th grade, due next friday. need 3 sources'],
    [70, 'l', "A good book to start with is The Best-Dressed Miners by Katherine Harvey, about miners' lives in the Maryland coal region; it's in our catalog at alleganycountylibrary.info. For pictures, search 'Lonaconing' in Digital Maryland (digitalmaryland.org): there are photos of the miners, the tipples and the company houses."],
    [76, 'l', 'Does that give you enough to get going?'],
    [120, 'p', 'yes thats perfect thats all i needed 👍'],
    [126, 'l', 'Great! Good luck with the project, and thanks for chatting with us.'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hank-mn', -300, 0), other('h2', 'hank-mn', 10, 400), other('h3', 'hank-mn', -100, 90), other('h4', 'hank-mn', 131, 500)],
  }),

  // 02 pickup at exactly 60 s; a referral by phone
  s(MEI, '02 a gold mine at Great Falls for a family hike: pickup at exactly 60 s, nps.gov/choh, the visitor center by phone', [
    [0, 'p', 'is there really a gold mine at great falls?? my kids want to see it this weekend'],
    [35, 'p', 'the maryland side'],
    [60, 'l', "Hi there, thanks for waiting! I'm Mei, a librarian with Montgomery County Public Libraries."],
    [66, 'l', 'How old are the kids? Some of the trails out there are pretty rocky.'],
    [90, 'p', '9 and 11, they hike ok'],
    [98, 'l', "There really was! The Maryland Mine worked there on and off from the 1860s until about 1940. The Gold Mine Loop starts near Great Falls Tavern and passes the ruins; the park's trail map is at nps.gov/choh. For hours and trail conditions that day, call the Great Falls Tavern Visitor Center at 301-555-0138."],
    [104, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'yes!! awesome'],
    [134, 'l', 'Is there anything else I can help you with today?'],
    [150, 'p', 'no thats it thank u'],
    [155, 'l', 'Have fun hunting for gold, bye!'],
  ], usual({ referral: 'pass' })),

  // 03 partly Spanish; pickup at 61 s; code null
  s(DARNELL, '03 las minas de cromo de Soldiers Delight (partly Spanish): "hola?? hay alguien", pickup at 61 s, dnr.maryland.gov + bcpl.info, code null', [
    [0, 'p', 'hola, mi hija tiene un proyecto sobre las minas de cromo de soldiers delight, hay libros?'],
    [40, 'p', 'hola?? hay alguien'],
    [61, 'l', '¡Hola! Perdón por la espera. Soy Darnell, bibliotecario de Baltimore County Public Library. Hablo un poco de español 🙂'],
    [68, 'l', '¿En qué grado está su hija? ¿Necesita libros en español o en inglés?'],
    [100, 'p', '5to grado, ingles esta bien, ella lee ingles'],
    [108, 'l', "Perfecto. Isaac Tyson dug chromite at Soldiers Delight in the 1800s, and for a time Maryland chrome supplied most of the world. The Department of Natural Resources has a page on the old mines and the serpentine barrens at dnr.maryland.gov (search 'Soldiers Delight'). En nuestro catálogo, bcpl.info, busque 'Soldiers Delight' para libros para niños."],
    [114, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchas gracias'],
    [146, 'l', '¡De nada! Gracias por usar BCPL, y suerte con el proyecto.'],
  ], usual({ pickup: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 04 pickedUpAt 60, first visible line at 95; FU_ME done at 30 h
  s(OSCAR, '04 Cockeysville marble in the Washington Monument: pickedUpAt 60 (first line 95), mvpconservancy.org, vertical files promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'Hello, I read that the Washington Monument in Baltimore is made of marble from a quarry in Cockeysville. Is that true, and is the quarry still there?'],
    [95, 'l', 'Good afternoon! This is Oscar, a librarian at the Enoch Pratt Free Library. Thank you for your patience.'],
    [101, 'l', 'Do you mean the monument in Mount Vernon Place here in Baltimore, or the one in D.C.? (The D.C. one has some Maryland marble in it too.)'],
    [130, 'p', 'Baltimore, Mount Vernon Place'],
    [138, 'l', "Yes: its white marble came from the quarries around Cockeysville and Texas in Baltimore County, and some of those quarries are still worked today for crushed stone. The Mount Vernon Place Conservancy tells the monument's story at mvpconservancy.org. I'd also like to go through our Maryland Department's vertical files for the quarry's name and the date of the stone contract. May I e-mail you what I find?"],
    [170, 'p', 'Yes please: h.albright@example.net'],
    [176, 'l', "Thank you. That's h.albright@example.net, and I'll send it by Thursday."],
    [182, 'l', "Does the Conservancy's page answer the first part for now?"],
    [210, 'p', "It does, thank you. That's everything for today."],
    [216, 'l', "My pleasure. Thank you for using the Pratt's Ask a Librarian!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, pickedUpAt: at(60), followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 05 the greeting split over two lines; our Maryland Room by phone
  s(DEB, '05 ancestors at Catoctin Furnace: "Hi there!" then "This is Deb with …", names or workings asked, catoctinfurnace.org + Ancestry, the Maryland Room by phone', [
    [0, 'p', 'who worked at catoctin furnace? i think my ancestors dug iron ore there'],
    [18, 'l', 'Hi there!'],
    [21, 'l', "This is Deb with Frederick County Public Libraries' Ask a Librarian."],
    [26, 'l', 'Are you after the names of particular workers, or how the furnace and its ore banks worked in general?'],
    [58, 'p', 'names. family name is Hauver, 1850s-ish'],
    [66, 'l', "The Catoctin Furnace Historical Society has been researching the people who worked there, including the enslaved African Americans who worked the furnace; their research pages are at catoctinfurnace.org. For census records under Hauver, HeritageQuest Online is free with your library card at fcpl.org > Research. And our Maryland Room at C. Burr Artz Library keeps family files: call them at 301-555-0199 and ask whether there's one for Hauver."],
    [72, 'l', "Does this help with what you're looking for?"],
    [100, 'p', "yes, I'll call them. thanks!"],
    [104, 'l', 'Anything else I can help with?'],
    [118, 'p', 'nope thats all'],
    [122, 'l', 'Good luck with the search, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 06 the name only in the third provider line; code ""
  s(KIM, '06 Woodstock granite in DC buildings: "Hi! 👋" and a question, the name in the third line (screen name Kim@HCLS), hchsmd.org + hclibrary.org, code ""', [
    [0, 'p', 'is it true the granite for some DC building came from granite md? my neighbor says so'],
    [15, 'l', 'Hi! 👋'],
    [19, 'l', 'Does your neighbor know which building, by any chance?'],
    [50, 'p', 'not sure, something federal in DC, 1800s'],
    [55, 'l', "Oh, I should've said: I'm Kim, a librarian at Howard County Library System."],
    [64, 'l', "The quarries at Granite and Woodstock along the Patapsco sent stone to Washington through much of the 1800s, and local histories tie them to parts of the Capitol and other federal buildings. The Howard County Historical Society has a short article on the quarries at hchsmd.org, and our catalog at hclibrary.org lists a few local histories if you search 'Granite Maryland'."],
    [70, 'l', 'Did that answer your question?'],
    [100, 'p', 'kinda, good enough'],
    [104, 'l', 'Anything else today?'],
    [115, 'p', 'no'],
    [119, 'l', 'Thanks for stopping by!'],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 07 no greeting word; "Let me know if there's anything else!"; "Have a great day!"
  s(RUTH, '07 Port Deposit granite for a walking tour: "Ruth here, at Cecil County Public Library." (no greeting), MHT Medusa, "Let me know if there\'s anything else!"', [
    [0, 'p', 'Port Deposit granite -- which buildings in Baltimore are built from it?'],
    [20, 'l', 'Ruth here, at Cecil County Public Library.'],
    [25, 'l', 'Do you need a full list for research, or a few good examples?'],
    [55, 'p', "few examples, for a walking tour i'm planning"],
    [63, 'l', "The quarries above Port Deposit shipped grey granite up and down the East Coast, and the older buildings of the Naval Academy and several Baltimore churches are the examples most often named. The Maryland Historical Trust's Medusa database (mht.maryland.gov) lets you look buildings up with their survey files, which usually say what stone was used."],
    [69, 'l', 'Will that be enough for the tour?'],
    [100, 'p', 'yes, thank you'],
    [105, 'l', "Great. Let me know if there's anything else!"],
    [112, 'l', 'Have a great day!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 08 a transfer notice only; the receiver's internal note inside the wait; 121 s
  s(HAL, '08 is the Mettiki mine near Kitzmiller still running: transfer notice (hold) at 55, no note before, Luis\'s internal note at 110, Luis at 176 (121 s), msha.gov', [
    [0, 'p', 'is the coal mine near kitzmiller still running? trucks go by our house all day'],
    [14, 'l', 'Hello! Hal here, a librarian with AskUsNow!.'],
    [20, 'l', 'Do you know the name of the mine, or the company on the trucks?'],
    [48, 'p', 'i think it says mettiki? or something like that'],
    [55, 'l', "A Garrett County librarian can help with that better than I can, so I'm transferring you now. One moment."],
    xfer(58, 'Luis', 'luis-mn'),
    [110, 'i', 'reading the chat now, looking up Mettiki in MSHA', as(LUIS)],
    [176, 'l', "Hi, Luis at Garrett County Public Library, thanks for waiting! MSHA's Mine Data Retrieval System (msha.gov, under Data & Reports) lists every mine with its current status; search the operator name 'Mettiki' to see which of their mines are active, with their recent inspection reports.", as(LUIS)],
    [182, 'l', 'Was that what you needed?', as(LUIS)],
    [215, 'p', 'yeah that works, thanks'],
    [220, 'l', 'Anything else I can look up?', as(LUIS)],
    [240, 'p', "nah that's everything"],
    [244, 'l', 'Take care, and thanks for using the library!', as(LUIS)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 09 holds of 115 s and exactly 120 s; FU_ME done 72 h and 1 s after the end
  s(NADIA, '09 the Springfield copper mine at Sykesville: "Let me dig…" at 66, "Still looking" at 181, answer at 301, mgs.md.gov, scan promised "by Wednesday", done at 72 h + 1 s', [
    [0, 'p', 'Hi! Researching the old Springfield copper mine in Sykesville for our historical society newsletter. When did it close and are there any maps?'],
    [20, 'l', "Hello, and thanks for contacting Carroll County Public Library! I'm Nadia, one of the librarians here."],
    [26, 'l', 'Are you hoping for maps of the underground workings, or maps showing where the mine was?'],
    [60, 'p', 'underground if they exist, otherwise location'],
    [66, 'l', 'Let me dig through the old geology reports, one moment.'],
    [181, 'l', "Still looking: I've found a Maryland Geological Survey report that mentions Springfield and I'm checking whether it has a plan of the workings."],
    [301, 'l', "Found it. By most accounts the mine was worked from the 1840s and was mostly idle by the 1880s. The Maryland Geological Survey's old county reports are free as PDFs at mgs.md.gov (Publications); the Carroll County volume describes the Springfield workings but has no underground plan. Our Carroll history room may have a sketch map in its Sykesville file, and I can check it and scan it for you."],
    [308, 'l', 'Would you like that? If so, what e-mail should I send it to?'],
    [340, 'p', 'yes! newsletter@sykesvillehist.example.org'],
    [346, 'l', "Got it: newsletter@sykesvillehist.example.org. I'll have it to you by Wednesday."],
    [352, 'l', 'Does the MGS report cover what you need for now?'],
    [380, 'p', "yes that's great"],
    [384, 'l', 'Anything else I can help with?'],
    [400, 'p', "That's everything, thanks so much!"],
    [405, 'l', "You're welcome. Thanks for chatting, and good luck with the newsletter!"],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(410 + 72 * HOUR + 1) }] }, { now: T0 + 5 * DAY }),

  // 10 the service named, no name; a wait on the patron of 300 s; a referral by street address
  s(BEA, '10 a greenish rock from the Texas, MD quarry: "Welcome to AskUsNow!, Maryland\'s ask-a-librarian service.", "Sure, no rush!" (300 s away), mgs.md.gov, MGS by street address', [
    [0, 'p', 'my son found a shiny greenish rock near the old quarry in texas md (baltimore county) what could it be'],
    [16, 'l', "Welcome to AskUsNow!, Maryland's ask-a-librarian service."],
    [22, 'l', "Could you take a close look at it for me: is it see-through, flaky, or waxy? And does it scratch glass?"],
    [40, 'p', 'ok hang on its in the garage'],
    [45, 'l', 'Sure, no rush!'],
    [345, 'p', 'back. its flaky, comes off in thin sheets, kinda greenish silver. doesnt scratch glass'],
    [355, 'l', "That sounds like mica, or a talc-rich schist; both are common in the rocks around the Texas and Cockeysville quarries. The Maryland Geological Survey's Maryland minerals pages (mgs.md.gov, under Geology) have photos to compare with. If you'd like an expert to look at it, you can take it to the Maryland Geological Survey, 2300 St. Paul Street, Baltimore, MD 21218."],
    [361, 'l', 'Does that help you figure it out?'],
    [390, 'p', "yes!! he's so excited lol. thats all, thanks"],
    [395, 'l', 'Thanks for using AskUsNow!, and happy rock hunting!'],
  ], usual({ referral: 'pass' })),

  // 11 "??" inside the wait, 125 s; four at once for one second
  s(TOM, '11 swimming at the Beaver Dam marble quarry: "??" at 140, the answer at 165 (125 s after the question), beaverdamswimmingclub.com, four chats at once for 1 s', [
    [0, 'p', 'can u still swim at beaver dam in cockeysville? the old marble quarry'],
    [12, 'l', 'hi, Tom at Baltimore County Public Library here!'],
    [17, 'l', 'are you asking about this summer, or about its history?'],
    [40, 'p', 'this summer, want to take my kids'],
    [140, 'p', '??'],
    [165, 'l', "sorry for the wait! Beaver Dam Swimming Club still runs the old quarry as a members' swim club in summer, with day passes on some days. their site, beaverdamswimmingclub.com, has the season dates, prices and the rules for kids."],
    [171, 'l', 'did that answer your question?'],
    [200, 'p', 'yep ty'],
    [204, 'l', 'anything else?'],
    [215, 'p', 'no'],
    [219, 'l', 'have a good swim, bye!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('t1', 'tom-mn', -600, 1), other('t2', 'tom-mn', -100, 300), other('t3', 'tom-mn', -50, 500)],
  }),

  // 12 no codes; a promise "within 72 hours", done in another offset; the patron's last question left open
  s(GWEN, '12 Eckhart Mines photos: digitalmaryland.org, scans promised "within 72 hours", e-mail read back, no resolution code field, done at +01:00, the patron leaves on a question', [
    [0, 'p', 'hi, my great grandfather lived in eckhart mines in the 1900s. is there anything about the town?'],
    [18, 'l', "Hello! I'm Gwen, a librarian at Allegany County Library System. Happy to help."],
    [24, 'l', 'What would help most: photos, the history of the town, or records about him?'],
    [60, 'p', 'photos mostly, and maybe the history'],
    [68, 'l', "Digital Maryland (digitalmaryland.org) has a good number of Eckhart photos from our own collection; search by the place name. Our local history room also has a clippings file on Eckhart that isn't online, and I can scan the photos in it for you."],
    [74, 'l', 'Does Digital Maryland look like it will help?'],
    [100, 'p', 'yes! and yes please scan'],
    [106, 'l', 'What e-mail should I send them to?'],
    [130, 'p', 'ruthann.k@example.com'],
    [136, 'l', "ruthann.k@example.com, got it. I'll send the scans within 72 hours. Thank you for writing in! Is there anything else?"],
    [170, 'p', 'oh one more, is there a museum in frostburg about the mines'],
    left(210),
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), { resolutionCode: undefined, followUps: [{ doneAt: '2026-03-05T15:30:00+01:00' }] }, { now: T0 + 4 * DAY }),

  // 13 no question, no source; goodbye 119 s after the answer
  s(IRA, '13 mine or quarry, to settle a bet: "the librarian on duty", the answer at once from memory, "Does that settle it?", goodbye 119 s later', [
    [0, 'p', 'whats the difference between a mine and a quarry'],
    [25, 'l', "Hi, you've got the librarian on duty at Anne Arundel County Public Library."],
    [30, 'p', 'settle a bet pls, my brother says theyre the same thing'],
    [38, 'l', "Short version: a quarry is an open pit where stone like granite, marble or limestone is cut or blasted out at the surface, while a mine usually means digging underground (or a huge pit) for ore or coal. Maryland's old coal mines out west went underground; the quarries around Cockeysville and Frederick are open to the sky. Does that settle it?"],
    [157, 'l', 'Thanks for the fun question, bye for now!'],
  ], usual({ clarify: 'fail', source: 'fail', anything: 'fail' })),

  // 14 the question only after the source; two parties, one with no way to reach it
  s(JUNE, '14 grandpa at the Mount Savage firebrick works: the Frostburg Museum via frostburgmuseum.org and the Mount Savage Historical Society with nothing, question after the source', [
    [0, 'p', 'looking for info on the mount savage fire brick works, my grandpa worked there'],
    [20, 'l', "Hi, I'm June at Allegany County Library System's Ask a Librarian. Welcome!"],
    [26, 'l', "Mount Savage firebrick was known all over the country; the works ran for about a hundred years. You could get in touch with the Frostburg Museum through frostburgmuseum.org, since they cover the brickyards, and ask the Mount Savage Historical Society too; they've gathered a lot of workers' stories."],
    [32, 'l', "Is this for family history, or for something you're writing?"],
    [60, 'p', 'family history, his name was Andrew Kerns'],
    [68, 'l', 'Then the museum is your best bet; they may have lists of employees. Did that help?'],
    [95, 'p', 'ok, thx'],
    [100, 'l', 'Anything else I can do for you?'],
    [115, 'p', 'no, thanks'],
    [120, 'l', 'Bye, and thanks for writing in!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 15 a restatement only; the State Archives through its URL
  s(WES, '15 a great-uncle killed in a 1926 mine explosion: "So you\'d like to find out …" (no question), Chronicling America + HathiTrust, the State Archives via msa.maryland.gov', [
    [0, 'p', 'my great uncle died in a mine in allegany county, 1926 i think. family says there was an explosion. where would i find out about it'],
    [17, 'l', "Good afternoon! I'm Wes, a librarian with Allegany County Library System."],
    [24, 'l', "So you'd like to find out what happened in that 1926 accident, and whether there's a record of his death."],
    [40, 'p', 'yes exactly'],
    [47, 'l', "Three places to look. The Cumberland papers covered mine accidents closely, and Chronicling America (chroniclingamerica.loc.gov) has some Cumberland issues free. The state mine inspector's annual reports listed every fatal accident by name; several years are digitized in HathiTrust (hathitrust.org, search 'Maryland mine inspector report'). And for a death certificate, order a copy from the Maryland State Archives through msa.maryland.gov."],
    [53, 'l', 'Is that the kind of thing you needed?'],
    [80, 'p', "yes!! thank you so much, that's all I needed"],
    [86, 'l', "You're very welcome. Thanks for chatting, and good luck with the search."],
  ], usual({ referral: 'pass' })),

  // 16 an agency with no way to reach it (no source); a notice exactly 180 s after the answer, no check-in
  s(FAYE, '16 a sinkhole over an old coal mine: MDE and an insurance agent with no contact (no source), "Does that help?", notice + thanks exactly 180 s later, no check-in', [
    [0, 'p', 'theres a crack in my basement and a sinkhole in the yard, neighbor says its the old coal mine under us. who do i talk to'],
    [19, 'l', "Hi, Faye at Garrett County Public Library here. Sorry to hear that!"],
    [25, 'l', "Is the house in Garrett County, and do you know whether it's over a mapped mine?"],
    [55, 'p', 'yes near bloomington. dont know about maps'],
    [63, 'l', "Subsidence over old mines is handled by the state rather than the county. You'll want to contact the Maryland Department of the Environment's abandoned mine lands people; they investigate subsidence and can tell you whether a mapped mine runs under your lot. Your homeowner's insurance agent should hear about it too."],
    [69, 'l', 'Does that help?'],
    [243, 'l', "It looks like you've disconnected, so I'll end this session now. Thanks for contacting us, and good luck with the house."],
  ], usual({ source: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'fail' })),

  // 17 a referral's phone as the only source; a call-back promised, coded Answered
  s(OMAR, '17 old slate pits near Cardiff: MGS by phone (the only source), a call-back "by tomorrow afternoon", phone read back with dashes, coded Answered', [
    [0, 'p', "we bought land near delta and there's old slate pits on it. how can i find out what was mined there and if its dangerous"],
    [21, 'l', 'Hello, thanks for contacting Harford County Public Library! This is Omar.'],
    [27, 'l', 'Is the land on the Maryland side of Delta (around Cardiff), or across the line in Pennsylvania?'],
    [50, 'p', 'maryland side, cardiff'],
    [57, 'l', 'Those are most likely from the Peach Bottom slate quarries, worked from the 1700s into the 1900s. For what was dug on your parcel and whether the old pits are stable, the Maryland Geological Survey is the best contact: call them at 410-555-0142 and ask for the geologist on duty.'],
    [63, 'l', "I'd also like to look through our Harford history files for the quarry company that owned your area. I'll call you back with what I find by tomorrow afternoon. What number should I use?"],
    [90, 'p', '443 555 0110'],
    [95, 'l', '443-555-0110, got it. Did the MGS number cover the safety part for now?'],
    [120, 'p', 'yes, thanks, thats everything'],
    [124, 'l', 'Thank you, talk to you tomorrow!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending', referral: 'pass' })),

  // 18 Practice
  s(TRAINEE, '18 practice chat (quarry permits script): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3, training chat about quarry permits'],
    [8, 'l', 'Training reply: see mde.maryland.gov'],
    [15, 'p', 'ok ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 an offer of more, not the completeness question; goodbye exactly 120 s after the answer; Lost Call after two patron lines
  s(ROXANNE, '19 iron pits at Muirkirk for a scout walk: pgparks.com, "Would you like me to look for old photos … too?", goodbye exactly 120 s later, Lost Call after two patron lines', [
    [0, 'p', 'hi, was there iron mining around beltsville / muirkirk? planning a history walk'],
    [20, 'l', 'Hi! Roxanne here, a librarian with Prince George\'s County Memorial Library System.'],
    [26, 'l', 'Is the walk for a group, like a class or a club, or just for you?'],
    [50, 'p', 'a scout troop'],
    [58, 'l', "Yes: Muirkirk had an iron furnace from the 1840s, fed with iron ore dug from pits in the clay nearby, and it ran into the early 1900s. The county parks department's history pages at pgparks.com (search 'Muirkirk') describe the furnace site and the Rossville community where many of its workers lived."],
    [64, 'l', 'Would you like me to look for old photos of the furnace too?'],
    [178, 'l', 'Thanks for chatting, and have a great walk with the troop!'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 Spanish: a check-in and a notice that thanks, 182 s after the answer
  s(SOFIA, '20 curso de seguridad de MSHA para una cantera (Spanish): Parte 46, msha.gov, "¿Sigue ahí?" at 210, notice + thanks at 260 (182 s)', [
    [0, 'p', 'hola buenas noches, me ofrecieron trabajo en una cantera en frederick y dicen que necesito un curso de seguridad de MSHA, donde lo hago?'],
    [24, 'l', '¡Buenas noches! Gracias por comunicarse con AskUsNow!. Le atiende Sofía, bibliotecaria.'],
    [30, 'l', '¿La empresa le dijo si es el curso para canteras (la Parte 46) o el de minas subterráneas?'],
    [70, 'p', 'creo que parte 46, es de piedra'],
    [78, 'l', "Entonces es la capacitación de la Parte 46: 24 horas para mineros nuevos. Muchas veces la da la misma empresa; si no, MSHA tiene información en español en msha.gov (busque 'Parte 46'), con la lista de instructores aprobados. ¿Esto contesta su pregunta?"],
    [210, 'l', '¿Sigue ahí?'],
    [260, 'l', 'Parece que se ha desconectado, así que voy a cerrar el chat. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 21 FU_LIB with no contact anywhere; a check-in, the session ending 181 s after the answer with no notice and no thanks
  s(VERN, '21 quarry blasting that shakes the windows: mde.maryland.gov, the branch to "get back to you" (FU_LIB), no contact given, "Are you still there?", ended 181 s after the answer', [
    [0, 'p', 'how many quarries are there in carroll county and are they allowed to blast on saturdays. the one by us shakes the windows'],
    [23, 'l', "Hello, this is Vern at Carroll County Public Library's Ask a Librarian."],
    [29, 'l', 'Which quarry is near you, and is it mostly the blasting rules you want?'],
    [60, 'p', 'the one off rt 97? blasting rules mostly'],
    [68, 'l', "The Maryland Department of the Environment's Mining Program lists the permitted surface mines by county at mde.maryland.gov, and blasting near homes falls under its rules on vibration limits and notice. Did that point you in the right direction?"],
    [74, 'l', "Our Westminster branch's reference staff can pull the county file on that quarry's permit and get back to you. What's the best e-mail or phone to reach you?"],
    [200, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB, endAfter: 49 }),

  // 22 Spanish Lost Call where the greeting asked a clarifying question
  s(ANA, '22 la mina de oro de Great Falls para una tarea (Spanish Lost Call): greeting + "¿Para qué grado …?", "¿Sigue ahí?", notice inviting back (210 s)', [
    [0, 'p', 'hola necesito informacion de la mina de oro de great falls para la tarea de mi hijo'],
    [26, 'l', '¡Hola! Soy Ana, bibliotecaria de AskUsNow!. ¿Para qué grado es la tarea y para cuándo la tiene que entregar?'],
    [158, 'l', '¿Sigue ahí?'],
    [236, 'l', 'Parece que se desconectó, así que voy a cerrar este chat. ¡Vuelva cuando quiera!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 23 a true Lost Call: the greeting only
  s(CURT, '23 copper mines under Liberty Reservoir (Lost Call): greeting only, "are you still with me?" at 165, "seems you\'ve been disconnected … contact us again anytime" at 330', [
    [0, 'p', 'were there copper mines around liberty reservoir before it was flooded??'],
    [30, 'l', "Hello and welcome to Ask a Librarian! I'm Curt at Carroll County Public Library."],
    [165, 'l', 'Hi there, are you still with me?'],
    [330, 'l', "I haven't heard back, so it seems you've been disconnected. I'm going to close this chat; feel free to contact us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 no provider ever joined; Lost Call with one patron line
  s(QUEUE, '24 a list of Frostburg coal mines: no provider ever joined, the queue\'s line only, patron left, Lost Call with one patron line', [
    [0, 'p', 'does anyone know where i can find a list of the coal mines that were in frostburg'],
    [3, 's', 'Thank you for your patience. All librarians are helping other patrons; please stay on the line.'],
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 a limit of one question; "Hello!" with no name ever
  s(LYLE, '25 a report on Maryland coal due tomorrow: "Hello!" (no name ever), mgs.md.gov, "Sorry, we can only do one question per chat. … Bye."', [
    [0, 'p', 'hey i need like a bunch of stuff for my report on coal in maryland. when did it start, how many miners, what was the biggest mine, and were there strikes'],
    [18, 'l', 'Hello!'],
    [22, 'l', 'Which part is most important for your report?'],
    [50, 'p', 'all of it lol its due tmrw'],
    [58, 'l', 'Coal mining in Western Maryland took off in the 1840s, once the railroad and then the canal reached Cumberland. The Maryland Geological Survey has a page on the history of coal in the state at mgs.md.gov that covers the beginnings and the big companies.'],
    [64, 'l', 'Is that a help?'],
    [90, 'p', 'ok and the strikes?? and how many miners'],
    [97, 'l', "Sorry, we can only do one question per chat. You'll need to find the rest yourself. Bye."],
    [110, 'p', 'wow ok'],
  ], usual({ greeting: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 26 a shift over with no way back; the end announced, no goodbye; a question before the map only
  s(BRENDA, '26 visiting the Lonaconing iron furnace: "Would a map be what you need …?" before it, mht.maryland.gov, "Sorry, my shift is over and I have to log off now." "I\'m closing this chat."', [
    [0, 'p', 'where exactly is the lonaconing iron furnace and can you walk up to it'],
    [19, 'l', "Hi! I'm Brenda, a librarian with AskUsNow!."],
    [25, 'l', 'Would a map be what you need, or directions from somewhere in particular?'],
    [55, 'p', 'a map is fine'],
    [62, 'l', "It stands on East Main Street in Lonaconing, in a small park beside Georges Creek, and you can walk right up to it. The Maryland Historical Trust's listing at mht.maryland.gov has a location map."],
    [70, 'p', 'cool, also is there a coal museum nearby?'],
    [76, 'l', 'Sorry, my shift is over and I have to log off now.'],
    [80, 'l', "I'm closing this chat."],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 27 the allowed ending: others waiting, come back later; a referral by e-mail
  s(ELI, '27 the 1922 Georges Creek strike for a thesis: Frostburg State special collections by e-mail, "busy tonight with other people waiting … chat back in later"', [
    [0, 'p', "I'm writing a thesis chapter on the 1922 coal strike in the Georges Creek field. Where are the union records?"],
    [21, 'l', "Good evening! You've reached Eli, a librarian with AskUsNow!, Maryland's statewide service."],
    [28, 'l', 'Are you after union records specifically (UMWA District 16), or newspaper coverage as well?'],
    [60, 'p', 'union records first'],
    [68, 'l', "Many UMWA records ended up at Penn State, but for District 16 and the Georges Creek locals, start with the special collections of Frostburg State University's Ort Library: write to them at archives@frostburg.example.edu and ask what they hold from District 16."],
    [74, 'l', 'Does that get you started?'],
    [110, 'p', 'Yes. Next: strike newspapers, company records from Consolidation Coal, wage data, and oral histories.'],
    [118, 'l', "That's a lot to cover, and it's busy tonight with other people waiting in the queue, so I'll stop here for now. Please do chat back in later and we'll take those one at a time."],
    [140, 'p', 'fair enough, will do'],
    [144, 'l', 'Thanks for understanding, and good luck with the chapter!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 28 a transfer with a notice and a note before it; concurrency judged on each provider's part
  s(MARTY, '28 coal boats on the C&O Canal from Cumberland: notice (hold) + note why, Leah 58 s later, nps.gov/choh, "i\'m all set", each provider busy only outside their part', [
    [0, 'p', 'how much coal did the c&o canal boats carry from cumberland? and is there a list of boat captains'],
    [15, 'l', 'Hi, Marty with AskUsNow! here. Great question.'],
    [21, 'l', 'Is this for a school assignment, or family research into a captain?'],
    [45, 'p', 'family, my 3x great grandpa ran a boat i think'],
    [52, 'l', "Our partner librarian Leah at Allegany County Library System knows the canal records well, so I'm going to transfer you to her now. Please hold a moment."],
    [55, 'i', "Leah: patron's ancestor was a C&O canal boat captain out of Cumberland, wants captain lists + coal tonnage. Local history is your strength, can you take this one?"],
    xfer(58, 'Leah', 'leah-mn'),
    [110, 'l', "Hello! I'm Leah, a librarian at Allegany County Library System. Do you have his name?", as(LEAH)],
    [140, 'p', 'Jacob Twigg maybe'],
    [150, 'l', "A loaded boat carried roughly 110 to 120 tons of coal down to Georgetown. For captains, the C&O Canal National Historical Park has boat registers and toll records; its research page at nps.gov/choh has an index of the registers where you can look for Twigg. Is that what you needed?", as(LEAH)],
    [190, 'p', "yes, i'm all set, thanks!"],
    [195, 'l', 'Wonderful. Thanks for chatting, and good luck finding Jacob!', as(LEAH)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('m1', 'marty-mn', -200, 50), other('m2', 'marty-mn', -100, 200),
      other('m3', 'marty-mn', 80, 600), other('m4', 'marty-mn', 80, 600), other('m5', 'marty-mn', 80, 600),
      other('l1', 'leah-mn', -300, 57), other('l2', 'leah-mn', -300, 57), other('l3', 'leah-mn', -300, 57), other('l4', 'leah-mn', 100, 900),
    ],
  }),

  // 29 a note only (the receiver tells the patron after); FU_ME with the e-mail only in patron.email, pending at day 3
  s(PENNY, '29 the Kempton coal company town: a note then a silent transfer, "Penny passed your chat to me" after it, scans "by Thursday", e-mail only in patron.email, pending at day 3', [
    [0, 'p', "my family's from kempton, the old coal company town in garrett county. is there a history of it anywhere"],
    [17, 'l', 'Hi! This is Penny, librarian with AskUsNow!.'],
    [23, 'l', 'Are you after the history of the town in general, or your family in it?'],
    [45, 'p', 'the town, and pictures if there are any'],
    [50, 'i', "Wanda, patron's family is from Kempton, wants the town's history + photos; your branch has the Kempton folder, can you take it?"],
    xfer(53, 'Wanda', 'wanda-mn'),
    [140, 'l', "Hi, Wanda here at Garrett County Public Library; Penny passed your chat to me. Kempton was built by the Davis Coal and Coke Company around 1913, and its mine closed in 1950. Digital Maryland (digitalmaryland.org) has photos of the miners and the company houses. Our Ruth Enlow Library also has a Kempton folder; I'll go through it and e-mail you scans of anything useful by Thursday.", as(WANDA)],
    [146, 'l', 'Do the Digital Maryland photos help to start with?', as(WANDA)],
    [175, 'p', "yes thx, that's all"],
    [180, 'l', 'Thanks for chatting!', as(WANDA)],
  ], usual({ contact: 'fail', onTime: 'pending', transfer: 'fail' }), { ...FU_ME, patron: { name: null, email: 'kempton.fam@example.com', phone: null } }, { now: T0 + 3 * DAY }),

  // 30 a silent transfer (neither); FU_ME, e-mail read back, "by Friday", nothing recorded at day 4
  s(QUENTIN, '30 a grandfather\'s Consolidation Coal records: silent transfer to Ivy, wvrhc.lib.wvu.edu, e-mail read back, "by Friday", nothing recorded at day 4', [
    [0, 'p', 'trying to find employment records for my grandfather who worked for consolidation coal in frostburg in the 1930s'],
    [20, 'l', "Hello, I'm Quentin, an AskUsNow! librarian."],
    [26, 'l', 'Do you know which mine he worked at?'],
    [50, 'p', "no, just that it was consol and around frostburg"],
    xfer(56, 'Ivy', 'ivy-mn'),
    [110, 'l', "Hi, I'm Ivy at Allegany County Library System. Most company employment records didn't survive, but part of Consol's papers went to the West Virginia & Regional History Center, whose catalog is at wvrhc.lib.wvu.edu. I can also check our Frostburg obituary index for him. What's your e-mail?", as(IVY)],
    [140, 'p', 'dmorgan.genealogy@example.com'],
    [146, 'l', "Thanks! dmorgan.genealogy@example.com. I'll e-mail you by Friday with whatever I find. Does the WVU catalog look useful in the meantime?", as(IVY)],
    [175, 'p', 'yes it does'],
    [180, 'l', 'Anything else I can look up for you?', as(IVY)],
    [195, 'p', "no that's everything thank you"],
    [200, 'l', "You're welcome! Have a good evening.", as(IVY)],
  ], usual({ contact: 'pass', onTime: 'fail', transfer: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MINING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('07')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Let me know if there\'s anything else!" ' +
    'invites the patron to speak up but asks nothing; RUBRIC.md passes only when "the provider asks whether the patron needs anything else", and keeps ' +
    'asking apart from telling elsewhere ("a notice that does not ask … is not a check-in"). The patron never says they are done ("yes, thank you").',
};

describe('eighty-first round: mines, quarries and mining history, checked', () => {
  describeSessions('whole sessions', MINING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MINING.filter((c) => c.name in LEFT_WHY));
});
