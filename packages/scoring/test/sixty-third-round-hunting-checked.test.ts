/**
 * Sixty-third round, theme HUNTING LICENSES, HUNTER EDUCATION AND FIREARM RULES, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: hunter safety courses (a 14-year-old in Maryland, an
 * adult in Albany whose local classes are full, a Kentucky study guide, Spanish-language classes near Fresno, a first Texas
 * license in Spanish), license and tag lotteries (Pennsylvania doe tags, the Colorado elk draw, Michigan bear preference
 * points, Iowa nonresident deer points, Oregon controlled hunts, Kansas nonresident turkey), a rifle carried through New
 * Jersey and a shotgun to New Mexico, concealed-carry permits (a first Virginia permit, an Arizona permit in Utah), the
 * Federal Duck Stamp, North Carolina's early goose season, Louisiana youth waterfowl days, public land maps (Georgia WMAs,
 * Pennsylvania State Game Lands), game processing and CWD testing, youth and mentored hunts (Wisconsin, Ohio), a Montana bear
 * ID test, wild hogs in Florida, a lost Tennessee license and an Alaska Dall sheep guide. Every one of the 17 checks labelled
 * in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyThirdRoundHunting-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! This is Margo, a librarian with Ask Us Now, …" (01); a 62 s pickup (02: fail); `pickedUpAt` at 45 s
 *   with the first line at 75 (05: pass); "Hi there!" then a question under the screen name "russ_ref" (04: greets, names no
 *   one: fail); "Congrats! Hi, this is Sam, …" (09); Spanish "Buenos días, habla Lucía, bibliotecaria de …" (03), "le saluda
 *   Carmen, bibliotecaria del servicio …" (29) and bilingual "¡Hola! Soy Rafael, bibliotecario de …" (15); chat-speak "hey!
 *   this is Jay w/ State Library of Louisiana Ask a Librarian 👋" (30); a queue line and no provider ever joined (27);
 *  inquiry: birth year, resident or not, WMU, unit, zone, weapon, first permit or renewal, private land or WMA, how the deer is
 *   cut; the first source given before "Which part of the state are you looking at?" (08: fail);
 *  waits: a hold answered exactly 120 s later (06: pass); two holds, the second ("I'm still searching, bear with me.")
 *   answered 121 s later (07: fail); "ok one sec, checking the new dates" answered 104 s later (30); an announced transfer
 *   answered 79 s after the notice (19: pass) and 125 s after it (21: fail); a silent transfer, the receiver 90 s after the
 *   patron (20: pass);
 *  endings: final idle of exactly 120 s with "Are you still there?" and a goodbye (13: check-in pass, notice na); 181 s with
 *   "Still there?" and nothing else (14: notice fails, courteous fails); 119 s with a Spanish goodbye and no check-in (15: na);
 *   200 s ending on one line that says the connection seems lost, asks "Are you still there?", says the session will end and
 *   thanks (16: both pass, courteous pass); a true Lost Call with a check-in and a closing notice that invites back (25: 203 s
 *   from the greeting); "we only answer one question per chat and your time is up. Bye." (17: dismissal); "several other
 *   patrons waiting … Please chat back in later" (18: allowed); patron "geez ok", "ok", "nah thats it thx" as the last line;
 *   patron-side "thats all i needed", "that covers it" (not counted: 05 asks anyway), "that is everything", "eso es todo",
 *   "es todo", "ya thx thats all", and "ok yeah thanks", "yes" / "thx" that do not count;
 *  sources: state wildlife agency pages (dnr.maryland.gov, huntfish.pa.gov, pgc.pa.gov, tpwd.texas.gov, cpw.state.co.us,
 *   michigan.gov/dnr, dec.ny.gov, ksoutdoors.com, fwp.mt.gov, myfwc.com, dnr.state.mn.us, georgiawildlife.com, ncwildlife.org,
 *   iowadnr.gov, myodfw.com, ohiodnr.gov, gooutdoorstennessee.com, fw.ky.gov, adfg.alaska.gov, wildlife.ca.gov,
 *   wlf.louisiana.gov), fws.gov's duck stamp page, njsp.gov, azdps.gov, a circuit court page; none (09: fail);
 *  referrals: "Call a couple of local deer processors" with no contact (09: fail); the Reference Desk at the provider's own Main
 *   Library with no contact (26: fail); an Alaska board by phone and the ADF&G Licensing Section by URL and phone (28: pass);
 *   Albany Public Library staff who will call the patron (12: no referral); instructors the provider will ask (29: none);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done 71 h after the end (10: pass); a promise to e-mail under
 *   Answered with the e-mail only in `patron.email` (11: code and contact fail, pending); FU_LIB, phone read back, no time,
 *   done 73 h after the end (12: contact and on_time fail, code pass); Spanish FU_ME, e-mail read back, "mañana por la tarde"
 *   (29: contact pass, pending);
 *  codes: Practice (24); a true Lost Call (25); Lost Call after three patron lines (26); null with no provider (27); "" (30);
 *  transfers: notice + internal note that says why (19: pass); internal note only (20: fail); notice only (21: fail);
 *  concurrency: three others open at once over this one (22: four, fail); one ending exactly at the start, two overlapping, one
 *   starting exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("Buenos días", "Buenas tardes", "¡Hola!") greet, and "habla Lucía, bibliotecaria de …", "le saluda
 *   Carmen, bibliotecaria del servicio …", "Soy Rafael, bibliotecario de …" identify; "¿Le sirve esta información?", "¿Le
 *   ayuda esto?" and "¿Le sirve el calendario mientras tanto?" are the completeness question; "eso es todo" / "es todo" after
 *   the thanks say explicitly that the patron is done, and so does "ya thx thats all" (04);
 * - "Call a couple of local deer processors before you drive over" tells the patron to contact organisations outside the chat
 *   (a referral, with no way to reach them: 09 fail); "stop by the Reference Desk at the Main Library" tells the patron to
 *   visit a department of the provider's own library (26: a referral, no contact);
 * - "I'll ask their reference staff to call you" (12) and "Puedo preguntar a los instructores de la zona" (29) consult others on
 *   the patron's behalf: follow-up promises, not referrals;
 * - a line that thanks the patron but also asks "Are you still there?" (16) is not a Goodbye by the Terms, so the final idle
 *   runs to `endedAt`; closing.courteous still passes on its thanks (its rule asks only for thanks, goodbye or an invitation);
 * - in a true Lost Call (25) the greeting is the first provider message after the patron's last one that is not a hold, so the
 *   final idle starts there;
 * - "anything else?" at the end of the answer line (30) asks whether the patron needs anything else, but it is not the
 *   completeness question;
 * - the application form and steps "on the Circuit Court's web page" (07) and "apply through ODFW's licensing site" (21) point
 *   to websites to use, not to an office to contact.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both on referral.contact: 09, 19). Label corrections: 0 (both labels reread
 *  against RUBRIC's Referral term and kept).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 09: "Call a couple of local deer processors before you drive over" read as no referral (na;
 *    RUBRIC fail: the patron is told to call organisations outside the chat, with no way to reach them);
 *  - referral.contact, case 19: "Our outdoor-recreation specialist Marco can answer that precisely. I'm handing the chat over
 *    to him" read as a referral to a specialist with no contact (fail; RUBRIC na: the chat is transferred to Marco, and "a
 *    transfer of the chat to another provider is not a referral"; the patron is told to contact no one).
 * Every timing check (pickup at 62 s and by `pickedUpAt` at 45 s, no provider; keep_informed at exactly 120 s after a hold, at
 * 121 s after a second hold, three transfers at 79, 90 and 125 s; final idles of 119, 120, 181, 200 and 203 s; concurrency at
 * four and at touching ends; on_time done at 71 h, late at 73 h, pending twice) and every code (Practice, true and false Lost
 * Call, null, "", a promise under Answered, follow-up codes with an e-mail and a phone) scored as labelled on the first run.
 * The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, one only in
 * `patron.email`, a patron phone read back; agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). tsc clean.
 * ON v57 as it landed (labelled blind on block W's first cut, before the blind checks' mends; the later mends written partly from
 *   this file): case 19's "Our outdoor-recreation specialist Marco can answer that precisely. I'm handing the chat over to him" is
 *   a transfer, no referral (W13) and runs; 29 running, 1 LEFT (09).
 * ON v58 (block X, written partly from this file): case 09's "Call a couple of local deer processors" names counted parties (X22);
 *   it runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARGO: Prov = { id: 'margo-h', name: 'Margo', library: 'AUN' };
const BART: Prov = { id: 'bart-h', name: 'Bart', library: 'FLP' };
const LUCIA: Prov = { id: 'lucia-h', name: 'Lucía', library: 'SAPL' };
const RUSS: Prov = { id: 'russ-h', name: 'russ_ref', library: 'MCPL-PA' };
const THEO: Prov = { id: 'theo-h', name: 'Theo', library: 'HCL-MN' };
const NADIA: Prov = { id: 'nadia-h', name: 'Nadia', library: 'DPL-CO' };
const OWEN: Prov = { id: 'owen-h', name: 'Owen', library: 'FCPL-VA' };
const PRIYA: Prov = { id: 'priya-h', name: 'Priya', library: 'GCPL' };
const SAM: Prov = { id: 'sam-h', name: 'Sam', library: 'CLP' };
const KIRA: Prov = { id: 'kira-h', name: 'Kira', library: 'MPL-WI' };
const MARCUS: Prov = { id: 'marcus-h', name: 'Marcus', library: 'KDL' };
const DEB: Prov = { id: 'deb-h', name: 'Deb', library: 'MHLS' };
const JEN: Prov = { id: 'jen-h', name: 'Jen', library: 'KSL' };
const CALEB: Prov = { id: 'caleb-h', name: 'Caleb', library: 'MPL-MT' };
const RAFAEL: Prov = { id: 'rafael-h', name: 'Rafael', library: 'MDPLS' };
const ANA: Prov = { id: 'ana-h', name: 'Ana', library: 'PPL-AZ' };
const GRETA: Prov = { id: 'greta-h', name: 'Greta', library: 'HCL-MN' };
const IAN: Prov = { id: 'ian-h', name: 'Ian', library: 'ECPL-PA' };
const LENA: Prov = { id: 'lena-h', name: 'Lena', library: 'WCPL-NC' };
const MARCO: Prov = { id: 'marco-h', name: 'Marco', library: 'NCC' };
const PAT: Prov = { id: 'pat-h', name: 'Pat', library: 'DMPL' };
const JULES: Prov = { id: 'jules-h', name: 'Jules', library: 'DMPL' };
const BETH: Prov = { id: 'beth-h', name: 'Beth', library: 'MCL-OR' };
const TOM: Prov = { id: 'tom-h', name: 'Tom', library: 'MCL-OR' };
const DOLORES: Prov = { id: 'dolores-h', name: 'Dolores', library: 'CML' };
const HANK: Prov = { id: 'hank-h', name: 'Hank', library: 'NPL-TN' };
const TRAINEE: Prov = { id: 'trainee-h', name: 'Trainee 3', library: 'TRN' };
const WES: Prov = { id: 'wes-h', name: 'Wes', library: 'OPL-NE' };
const MO: Prov = { id: 'mo-h', name: 'Mo', library: 'LFPL' };
const NOBODY: Prov = { id: 'queue-h', name: 'Queue', library: 'VRQ' };
const RUTH: Prov = { id: 'ruth-h', name: 'Ruth', library: 'APL-AK' };
const CARMEN: Prov = { id: 'carmen-h', name: 'Carmen', library: 'ASKNOW-CA' };
const JAY: Prov = { id: 'jay-h', name: 'Jay', library: 'SLOL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waitingLine = (sec: number): Line => [sec, 's', 'Connecting you with the next available librarian…'];

export const sixtyThirdRoundHunting: SessionCase[] = [
  // 01 the plain good session
  s(MARGO, '01 a 14-year-old and Maryland hunter safety: "This is Margo, a librarian with Ask Us Now", fall or no rush, dnr.maryland.gov, "thats all i needed"', [
    [0, 'p', 'hi my son is 14 and wants to do the hunter safety course in maryland. is it online or in person?'],
    [22, 'l', "Good morning! This is Margo, a librarian with Ask Us Now, Maryland's statewide library chat."],
    [27, 'l', 'Would he be doing it this fall, before deer season, or is there no rush?'],
    [60, 'p', 'before november if possible'],
    [68, 'l', "Maryland DNR offers a hybrid course: an online module, then an in-person field day. Classes and registration are on DNR's Hunter Education page, dnr.maryland.gov/huntersafety. Field days for the fall fill up in August and September, so sign him up early."],
    [74, 'l', 'Does that give you what you need?'],
    [110, 'p', 'yes thats all i needed thank you!!'],
    [115, 'l', 'Happy to help — good luck to him this season, and thanks for chatting!'],
  ], usual()),

  // 02 pickup at 62 s
  s(BART, '02 Pennsylvania doe tags (antlerless licenses): 62 s pickup, resident and WMU, huntfish.pa.gov and the Digest, "nah im good"', [
    [0, 'p', 'when do pa doe tags go on sale? i missed it last year'],
    [62, 'l', "Hi, you've got Bart at the Free Library's Ask a Librarian — thanks for waiting."],
    [66, 'l', 'Are you a Pennsylvania resident, and do you know which Wildlife Management Unit you want?'],
    [100, 'p', 'resident. 2B'],
    [108, 'l', "Antlerless licenses go on sale in rounds starting in late June through HuntFishPA, the Game Commission's licensing site (huntfish.pa.gov); residents get the first round, and WMU 2B usually has plenty left for the later rounds. The exact dates are in the Hunting & Trapping Digest at pgc.pa.gov."],
    [113, 'l', 'Is that what you were after?'],
    [150, 'p', 'yep perfect'],
    [155, 'l', 'Anything else I can look up for you?'],
    [170, 'p', 'nah im good'],
    [174, 'l', 'Thanks, and good hunting!'],
  ], usual({ pickup: 'fail' })),

  // 03 Spanish: a first Texas hunting license
  s(LUCIA, '03 primera licencia de caza en Texas (Spanish): "habla Lucía, bibliotecaria", año de nacimiento, tpwd.texas.gov, "eso es todo"', [
    [0, 'p', 'hola, quiero sacar licencia de caza en texas para venado, soy residente pero nunca he cazado. que necesito?'],
    [30, 'l', 'Buenos días, habla Lucía, bibliotecaria de la Biblioteca Pública de San Antonio. ¡Con gusto le ayudo!'],
    [36, 'l', '¿En qué año nació usted? En Texas, el curso de educación para cazadores depende de la edad.'],
    [80, 'p', 'en 1994'],
    [88, 'l', 'Como nació después del 2 de septiembre de 1971, necesita aprobar el curso de Hunter Education de Texas Parks and Wildlife. Se puede tomar en línea (tpwd.texas.gov/education/hunter-education) y después comprar la licencia de residente en tpwd.texas.gov, sección Licenses.'],
    [94, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si, muchas gracias, eso es todo'],
    [146, 'l', '¡De nada! Gracias por escribirnos y buena suerte en su primera temporada.'],
  ], usual()),

  // 04 greets but names no one
  s(RUSS, '04 a rifle driven through New Jersey to upstate NY: "Hi there!" + a question under "russ_ref", 18 U.S.C. 926A, njsp.gov', [
    [0, 'p', 'driving from pa to upstate ny to hunt, have to go thru NJ. is it legal to have my rifle in the car going thru NJ??'],
    [15, 'l', 'Hi there!'],
    [19, 'l', 'Is the rifle going to be unloaded and locked in a case in the trunk?'],
    [45, 'p', 'yeah unloaded, hard case'],
    [52, 'l', "Federal law (18 U.S.C. 926A, the FOPA \"safe passage\" rule) protects you passing through a state if the gun is unloaded, neither it nor the ammo is reachable from the passenger compartment, and you can legally have it at both ends. The New Jersey State Police explain how they apply it at njsp.gov (Firearms > Transporting Firearms). Don't stop overnight in NJ."],
    [58, 'l', 'Did that help?'],
    [90, 'p', 'ya thx thats all'],
    [94, 'l', 'Good luck up there, bye!'],
  ], usual({ greeting: 'fail' })),

  // 05 pickedUpAt 45 s, first line at 75
  s(THEO, '05 the Federal Duck Stamp for geese only (emoji): pickedUpAt 45 s, first line at 75, age asked, fws.gov E-Stamp', [
    [0, 'p', "do i need a federal duck stamp if I'm only hunting geese? 🦆"],
    [75, 'l', 'Hello and welcome to Ask a Librarian! Theo here, at Minneapolis Central Library.'],
    [80, 'l', 'Are you 16 or older? The stamp rule depends on age.'],
    [110, 'p', 'im 34 lol'],
    [117, 'l', 'Then yes: anyone 16 or older who hunts migratory waterfowl, geese included, needs a current Federal Duck Stamp along with a Minnesota small game license and the state waterfowl stamp. You can buy the federal one online with the E-Stamp option at fws.gov/program/federal-duck-stamp, or at a post office.'],
    [123, 'l', 'Does that answer your question?'],
    [160, 'p', 'yep thanks, that covers it'],
    [165, 'l', 'Anything else today?'],
    [180, 'p', 'no'],
    [184, 'l', 'Thanks for chatting, and enjoy the season!'],
  ], usual(), { pickedUpAt: at(45) }),

  // 06 a hold answered exactly 120 s later
  s(NADIA, '06 Colorado elk draw results: "Give me a minute to pull up the CPW draw calendar." answered exactly 120 s later, cpw.state.co.us', [
    [0, 'p', 'did the colorado elk draw results come out yet? how do i check if i drew'],
    [18, 'l', "Hi! I'm Nadia, reference librarian at Denver Public Library."],
    [24, 'l', 'Did you apply in the primary draw this spring, and do you have your CPW customer ID handy?'],
    [60, 'p', 'yes primary draw, I have my ID'],
    [65, 'l', 'Great. Give me a minute to pull up the CPW draw calendar.'],
    [185, 'l', "Thanks for hanging on. Primary draw results are posted in late May; log in at cpw.state.co.us (Buy & Apply > My Account > Draw Results) with your customer ID. CPW also e-mails applicants when the results are up."],
    [190, 'l', 'Was that what you needed?'],
    [225, 'p', 'ok yes thanks'],
    [230, 'l', 'Is there anything else I can help you with?'],
    [250, 'p', 'no thats all'],
    [254, 'l', 'Good luck in the draw! Thanks for using Ask a Librarian.'],
  ], usual()),

  // 07 two holds, the second answered 121 s later
  s(OWEN, '07 a first Virginia concealed handgun permit in Fairfax: "One moment…" then "I\'m still searching, bear with me." answered 121 s later', [
    [0, 'p', 'how do I apply for a concealed carry permit in virginia, fairfax'],
    [25, 'l', 'Hello, Owen with Fairfax County Public Library here. Glad you asked us.'],
    [30, 'l', 'Is this your first permit, or a renewal?'],
    [55, 'p', 'first one'],
    [61, 'l', 'One moment while I find the circuit court page for Fairfax.'],
    [160, 'l', "I'm still searching, bear with me."],
    [281, 'l', "Sorry that took a while. The application form and the steps for Fairfax residents are on the Circuit Court's web page, fairfaxcounty.gov/circuit (Concealed Weapons Permits); you'll need proof of a firearms safety course. The Virginia State Police summarize the law at vsp.virginia.gov (Firearms)."],
    [286, 'l', 'Does that help?'],
    [320, 'p', 'yes, thank you. that is everything'],
    [325, 'l', 'Thanks for your patience — have a good day!'],
  ], usual({ informed: 'fail' })),

  // 08 the source before the question
  s(PRIYA, '08 Georgia WMA maps: the WMA map page given first, then "Which part of the state are you looking at?", Chestatee and Blue Ridge', [
    [0, 'p', 'where can i find maps of public hunting land in georgia'],
    [20, 'l', 'Hey there, Ask a Librarian at Gwinnett County Public Library — Priya speaking.'],
    [26, 'l', "Georgia DNR's Wildlife Resources Division has a map of every Wildlife Management Area at georgiawildlife.com/hunting/wma-map, and the Outdoors GA app shows the boundaries offline."],
    [31, 'l', 'Which part of the state are you looking at?'],
    [70, 'p', 'north ga, near dahlonega'],
    [77, 'l', 'Then look at Chestatee WMA and Blue Ridge WMA, both in Lumpkin County. Each has its own PDF map and season dates on its page at georgiawildlife.com.'],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes great, thats everything'],
    [125, 'l', 'Awesome — thanks for chatting, and stay safe out there!'],
  ], usual({ clarify: 'fail' })),

  // 09 an answer with no source; "call a couple of local deer processors"
  s(SAM, '09 a first deer and processing near Pittsburgh: price range with no source, "Call a couple of local deer processors", "ok yeah thanks"', [
    [0, 'p', 'shot my first deer this weekend!! where can i get it processed near pittsburgh and how much does it usually cost'],
    [30, 'l', 'Congrats! Hi, this is Sam, a librarian at Carnegie Library of Pittsburgh.'],
    [36, 'l', 'Is the deer already field dressed, and do you want it all ground or cut into steaks and roasts too?'],
    [80, 'p', 'field dressed yes. steaks and ground'],
    [88, 'l', "Most processors around Allegheny County charge a flat fee of roughly $100 to $150 for a standard cut-and-wrap, more for sausage or jerky. Call a couple of local deer processors before you drive over, since many stop taking deer once they're full in the first week of rifle season."],
    [93, 'l', 'Does that help?'],
    [130, 'p', 'ok yeah thanks'],
    [135, 'l', 'Thanks for stopping by, and congrats again!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Friday", done 71 h after the end
  s(KIRA, '10 a 9-year-old and the Wisconsin mentored hunt (follow-up by me): e-mail read back, "by Friday", done 71 h after the end', [
    [0, 'p', "my daughter is 9, can she hunt in wisconsin with me? she hasn't taken hunter ed"],
    [20, 'l', 'Hi, thanks for contacting us! Kira here, a librarian at Madison Public Library.'],
    [26, 'l', 'What would she be hunting — deer, turkey, small game?'],
    [60, 'p', 'deer, the youth hunt in october'],
    [68, 'l', "Wisconsin's Mentored Hunting Program lets kids of any age hunt without hunter ed, with a licensed mentor within arm's reach and one weapon between you. The DNR explains it at dnr.wisconsin.gov/Education/OutdoorSkills/MentoredHunting."],
    [74, 'l', "This year's October youth deer hunt dates aren't posted yet. I can check again and e-mail you the dates once the DNR publishes them. What address should I use?"],
    [115, 'p', 'sure its jhalvorsen77@example.com'],
    [121, 'l', "Thanks — jhalvorsen77@example.com. I'll send the dates by Friday."],
    [126, 'l', 'Does the mentored hunting page answer the first part?'],
    [160, 'p', 'yes it does. thats all I need for now'],
    [166, 'l', "Great, thanks for chatting, and I'll be in touch!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(171 + 71 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise to e-mail under Answered, the e-mail only in patron.email
  s(MARCUS, '11 Michigan bear preference points: "I\'ll find the drawing odds … and e-mail them to you", coded Answered, e-mail only in patron.email, no time', [
    [0, 'p', 'how does the michigan bear lottery work? do points carry over'],
    [24, 'l', 'Good afternoon, Ask a Librarian at Kent District Library, this is Marcus.'],
    [30, 'l', 'Have you applied before, or would this be your first year in the drawing?'],
    [70, 'p', 'applied 3 yrs, never drawn'],
    [77, 'l', "Michigan uses preference points: each year you apply and aren't drawn you gain a point, and the points carry over as long as you apply at least once every five years. The rules and the application period are in the Bear Hunting Digest at michigan.gov/dnr (Hunting > Bear)."],
    [83, 'l', "I'll find the drawing odds for your hunt unit and e-mail them to you."],
    [88, 'l', 'Does the digest cover the rest?'],
    [130, 'p', 'ya thanks'],
    [135, 'l', 'Take care, thanks for using the chat!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'tberg.hunts@example.org', phone: null } }),

  // 12 follow-up by the patron's library: phone read back, no time, done 73 h after the end
  s(DEB, '12 adult hunter ed in Albany, classes full (follow-up by patron\'s library): DEC online course, phone read back, no time, done 73 h after', [
    [0, 'p', 'NY hunter ed classes all full near me (Albany). is there an online one for adults?'],
    [20, 'l', "Hello, you've reached Ask Us 24/7 — I'm Deb, a librarian in the Mid-Hudson system."],
    [26, 'l', 'How old are you, and are you looking for firearm or bowhunting education?'],
    [60, 'p', 'im 41, firearm'],
    [67, 'l', 'New York DEC runs an online Hunter Education Course for anyone 11 and older; you finish it online and print your certificate, no field day. Sign up at dec.ny.gov/things-to-do/hunting/hunter-education.'],
    [72, 'l', "Your home library, Albany Public Library, also keeps a list of local range safety classes. I'll ask their reference staff to call you with it. What's a good number?"],
    [110, 'p', '518-555-0147'],
    [116, 'l', 'Got it, 518-555-0147. Someone from Albany Public Library will give you a call.'],
    [121, 'l', 'Does the DEC online course look like what you need?'],
    [150, 'p', 'yes. thx'],
    [155, 'l', 'Anything else?'],
    [170, 'p', 'no thats it'],
    [174, 'l', 'Thanks for using Ask Us 24/7, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(179 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 final idle exactly 120 s: check-in and a goodbye
  s(JEN, '13 a nonresident spring turkey permit in Kansas: answer at 58, "Are you still there?" at 148, goodbye at 178 (120 s)', [
    [0, 'p', 'can nonresidents buy a spring turkey permit in kansas over the counter?'],
    [16, 'l', "Hi! Jen at the Kansas State Library's Ask a Librarian here."],
    [21, 'l', 'Which unit are you hoping to hunt in?'],
    [50, 'p', 'unit 4 I think, southeast'],
    [58, 'l', "Nonresidents can buy a spring turkey permit over the counter for Units 1, 2, 3, 5 and 6; Unit 4 is limited to residents and landowners. It's on the KDWP turkey page, ksoutdoors.com/Hunting/Turkey. Does that help?"],
    [148, 'l', 'Are you still there?'],
    [178, 'l', 'Thanks for chatting — come back anytime if you have more questions!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 14 final idle 181 s: a check-in, no notice, no goodbye
  s(CALEB, '14 the Montana bear ID test: answer at 62, "Still there?" at 183, session ends at 243 (181 s), no notice, no goodbye', [
    [0, 'p', 'do i need to take a bear ID test to hunt black bear in montana'],
    [22, 'l', 'Hello, this is Caleb, a librarian at Missoula Public Library.'],
    [28, 'l', 'Are you a resident, and is this your first black bear license in Montana?'],
    [55, 'p', 'resident, first time'],
    [62, 'l', "Yes — everyone buying a black bear license in Montana has to pass the Bear Identification Program test first. It's free online at fwp.mt.gov (Hunt > Education > Bear Identification), and you keep the certificate number for buying the license. Does that answer it?"],
    [183, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 60 }),

  // 15 partly Spanish; final idle 119 s
  s(RAFAEL, '15 cerdos salvajes en Florida desde Georgia (partly Spanish): "Soy Rafael, bibliotecario", private land or WMA, myfwc.com, goodbye 119 s later', [
    [0, 'p', 'hola, I live in Georgia pero voy a cazar hogs en Florida. necesito licencia de Florida?'],
    [28, 'l', '¡Hola! Soy Rafael, bibliotecario de Miami-Dade Public Library. I can help in English or Spanish.'],
    [34, 'l', '¿Va a cazar en terreno privado o en un Wildlife Management Area público?'],
    [70, 'p', 'privado, un rancho de un amigo'],
    [78, 'l', 'En Florida los cerdos salvajes (wild hogs) se pueden cazar en terreno privado sin licencia de caza, con permiso del dueño. En un WMA sí necesita licencia de no residente y el permiso del área. FWC lo explica en myfwc.com/hunting/by-species/wild-hog. ¿Le ayuda esto?'],
    [197, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
  ], usual({ anything: 'fail' })),

  // 16 one line: lost connection + "Are you still there?" + the session will end + thanks; final idle 200 s
  s(ANA, '16 an Arizona CCW permit in Utah: answer at 57, one line at 200 ("lost the connection. Are you still there? … end this session — thanks"), 200 s', [
    [0, 'p', 'does utah honor an arizona concealed carry permit? road trip next month'],
    [18, 'l', 'Good evening, thanks for writing in! Ana from Phoenix Public Library here.'],
    [24, 'l', 'Are you an Arizona resident, and will you be carrying a handgun only?'],
    [50, 'p', 'yes AZ resident, just a pistol'],
    [57, 'l', 'Utah recognizes a valid permit from any other state, so your Arizona CCW works there as long as you carry it with your ID. Arizona DPS keeps the reciprocity list at azdps.gov (Concealed Weapons > Reciprocity). Is that what you were looking for?'],
    [200, 'l', "Hmm, it looks like you might have lost the connection. Are you still there? If I don't hear back I'll end this session — thanks for chatting!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 57 }),

  // 17 "your time is up"
  s(GRETA, '17 CWD testing in Crow Wing County, then ammo and meat donation: "we only answer one question per chat and your time is up. Bye."', [
    [0, 'p', 'where do i get my deer tested for CWD in minnesota?'],
    [20, 'l', 'Hi, Greta with Hennepin County Library here.'],
    [26, 'l', 'Which county did you harvest it in?'],
    [55, 'p', 'crow wing'],
    [62, 'l', 'Crow Wing is in a CWD surveillance zone this year; the DNR lists self-service sampling stations and how to submit a head at dnr.state.mn.us/cwd (Testing Options). Results post online in about two weeks. Did that help?'],
    [95, 'p', 'yes. also what about the ammo rules, lead vs copper? and can I donate the meat?'],
    [102, 'l', 'Sorry, we only answer one question per chat and your time is up. Bye.'],
    [115, 'p', 'geez ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 18 other patrons waiting, invited back
  s(IAN, '18 a list of four questions, State Game Lands 109 first: pgc.pa.gov map viewer, "several other patrons waiting … chat back in later", patron "ok"', [
    [0, 'p', 'i need maps of state game lands in pa, plus when is bear season, plus how to get a mentored youth permit, plus where to buy blaze orange'],
    [20, 'l', "Hello! You're chatting with Ian, a librarian at Erie County Public Library."],
    [26, 'l', "Let's start with the maps: which game lands, or which county?"],
    [60, 'p', 'SGL 109 in erie county'],
    [67, 'l', "The Game Commission's State Game Lands map viewer at pgc.pa.gov (Hunt/Trap > State Game Lands) has a printable PDF for SGL 109, with parking areas and food plots marked. Does that work for you?"],
    [100, 'p', 'yes. now bear season and youth permit?'],
    [108, 'l', "I've got several other patrons waiting right now, so I'll need to wrap up here. Please chat back in later and a librarian can take the bear season and youth permit questions. Thanks for understanding!"],
    [125, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 19 a transfer with a notice and a note that says why
  s(LENA, '19 NC September Canada goose season and HIP: "I\'m handing the chat over to him — one moment please" + internal note why, Marco 79 s after the notice', [
    [0, 'p', 'is there an early canada goose season in north carolina? and do i need a HIP certification'],
    [20, 'l', 'Hi, Lena here at Wake County Public Libraries — happy to help.'],
    [25, 'l', 'Are you asking about the whole state or a particular zone?'],
    [55, 'p', 'piedmont, near raleigh'],
    [61, 'l', "Our outdoor-recreation specialist Marco can answer that precisely. I'm handing the chat over to him — one moment please."],
    [63, 'i', 'Marco, pt wants NC September Canada goose season dates + HIP cert question, Piedmont. Can you take it?'],
    xfer(66, 'Marco', 'marco-h'),
    [140, 'l', 'Hi, Marco from NC Cardinal reference. Yes — the September Canada goose season runs statewide in early September, and every migratory bird hunter needs HIP certification, which is free when you buy your license at ncwildlife.org (Hunt > Regulations > Waterfowl).', as(MARCO)],
    [146, 'l', 'Does that answer both parts?', as(MARCO)],
    [180, 'p', 'yes thanks, thats all i needed'],
    [186, 'l', 'Glad to help, thanks for chatting!', as(MARCO)],
  ], usual({ transfer: 'pass' })),

  // 20 a silent transfer
  s(PAT, '20 Iowa nonresident archery deer preference points: internal note only, silent transfer, Jules 90 s after the patron, iowadnr.gov', [
    [0, 'p', 'how many preference points do i need for a nonresident deer tag in iowa? zone 5'],
    [25, 'l', 'Hello, Pat at the Des Moines Public Library here.'],
    [30, 'l', 'Any-weapon tag, or archery?'],
    [60, 'p', 'archery'],
    [64, 'i', 'Jules, Iowa NR deer draw pref points (archery, zone 5) — you know the draw stats, can you take this?'],
    xfer(67, 'Jules', 'jules-h'),
    [150, 'l', "Hi, this is Jules, reference librarian. For nonresident archery in Zone 5 it usually takes 3 to 4 preference points; the Iowa DNR posts last year's draw statistics at iowadnr.gov (Hunting > Nonresident Deer > Draw Results).", as(JULES)],
    [156, 'l', 'Is that helpful?', as(JULES)],
    [190, 'p', 'very, ty'],
    [195, 'l', 'Anything else I can help with?', as(JULES)],
    [210, 'p', 'nope'],
    [214, 'l', 'Thanks and good hunting!', as(JULES)],
  ], usual({ transfer: 'fail' })),

  // 21 an announced transfer, no internal note, the receiver 125 s after the notice
  s(BETH, '21 the Oregon controlled hunt deadline: "I\'ll pass you to my coworker Tom … hang tight a sec", no internal note, Tom 125 s later', [
    [0, 'p', 'whens the deadline for oregon controlled hunt applications'],
    [20, 'l', "Hi there! Beth from Multnomah County Library's chat service."],
    [25, 'l', 'Is it a deer/elk controlled hunt, or pronghorn/bighorn?'],
    [50, 'p', 'deer and elk'],
    [55, 'l', "I'll pass you to my coworker Tom, who handles our hunting and fishing questions — hang tight a sec."],
    xfer(58, 'Tom', 'tom-h'),
    [180, 'l', "Hi, Tom here. The deadline for Oregon controlled hunt applications is May 15 every year; you apply through ODFW's licensing site, myodfw.com (Big Game Hunting > Controlled Hunts).", as(TOM)],
    [186, 'l', 'Did that help?', as(TOM)],
    [220, 'p', 'yes great thanks that was all'],
    [226, 'l', 'Thanks for chatting, bye!', as(TOM)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 22 four at once
  s(DOLORES, '22 a 12-year-old and Ohio youth gun season: hunter ed or apprentice license, ohiodnr.gov, three other chats open at once over this one (four)', [
    [0, 'p', 'does my 12 yo need a license for youth gun season in ohio'],
    [30, 'l', 'Hello, Dolores at Columbus Metropolitan Library here.'],
    [35, 'l', 'Has your child finished hunter education yet?'],
    [70, 'p', 'not yet'],
    [77, 'l', "Ohio youth hunters need a youth hunting license and a deer permit, plus either a hunter education certificate or an apprentice license, with a licensed adult along. ODNR's youth season page is at ohiodnr.gov (Hunting > Youth Hunting Seasons)."],
    [83, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes thats all i needed'],
    [125, 'l', 'Great — thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('d1', 'dolores-h', -100, 200), other('d2', 'dolores-h', 40, 300), other('d3', 'dolores-h', 90, 500)],
  }),

  // 23 three at most, touching ends
  s(HANK, '23 a lost Tennessee sportsman license: reprint at gooutdoorstennessee.com, touching chats (three at most)', [
    [0, 'p', 'lost my tn hunting license, how do i get a replacement'],
    [14, 'l', 'Hi, this is Hank, reference librarian at Nashville Public Library.'],
    [19, 'l', 'Was it an annual license, or a lifetime one?'],
    [45, 'p', 'annual sportsman'],
    [52, 'l', 'You can reprint an annual license for free: log into your account at gooutdoorstennessee.com and choose Print My License, or show it in the TWRA On the Go app. Does that help?'],
    [80, 'p', 'yes. thanks!'],
    [85, 'l', 'Anything else I can look up?'],
    [100, 'p', 'nope'],
    [104, 'l', 'Thanks for chatting, take care!'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hank-h', -300, 0), other('h2', 'hank-h', -50, 60), other('h3', 'hank-h', 10, 200), other('h4', 'hank-h', 109, 400)],
  }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (hunter ed macro test): coded Practice, every check na', [
    [0, 'p', 'testing hunting license canned msg'],
    [5, 'l', 'Hi, this is a practice run of the hunter ed macro: state wildlife agency list at fishwildlife.org'],
    [10, 'p', 'works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 a true Lost Call: greeting, a check-in, a closing notice that invites back
  s(WES, '25 legal deer calibers in Nebraska (Lost Call): greeting only, "Are you still with me?" at 150, "disconnected … close this chat. Feel free to reach out again" at 225', [
    [0, 'p', 'what caliber is legal for deer in nebraska'],
    [22, 'l', 'Hello, welcome to Ask a Librarian! This is Wes, a librarian at Omaha Public Library.'],
    [150, 'l', 'Are you still with me?'],
    [225, 'l', "It looks like we've been disconnected, so I'm going to close this chat. Feel free to reach out again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 Lost Call after three patron lines; the own library's Reference Desk with no contact
  s(MO, '26 a Kentucky hunter ed study guide (chat-speak): fw.ky.gov, "stop by the Reference Desk at the Main Library", coded Lost Call, "yes" / "thx"', [
    [0, 'p', 'r there any books to study for the hunter ed test?? my test is sat'],
    [19, 'l', 'Hi! Mo here, librarian at Louisville Free Public Library 📚'],
    [24, 'l', 'Which state is the test for — Kentucky?'],
    [50, 'p', 'ya ky'],
    [57, 'l', "KY Fish & Wildlife's free student manual is online at fw.ky.gov (Education > Hunter Education > Study Guide), and our catalog has the Today's Hunter in Kentucky handbook. For a print copy to borrow, stop by the Reference Desk at the Main Library."],
    [63, 'l', 'Does that help?'],
    [90, 'p', 'yes'],
    [93, 'p', 'thx'],
    [98, 'l', 'Thank you for chatting, good luck Saturday!'],
  ], usual({ anything: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 27 no provider ever joined (Spanish)
  s(NOBODY, '27 una escopeta de Texas a Nuevo México (Spanish): no provider ever joined, "hay alguien?", patron left, code null', [
    [0, 'p', 'buenas, necesito saber si puedo llevar mi escopeta de Texas a Nuevo México para cazar'],
    waitingLine(3),
    [120, 'p', 'hay alguien?'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 28 two referrals, both with a way to reach them
  s(RUTH, '28 a nonresident Dall sheep hunt in Alaska: guide rule in the regulations, a board by phone, ADF&G Licensing by URL and phone', [
    [0, 'p', 'planning a dall sheep hunt in alaska from out of state, do i need a guide?'],
    [26, 'l', 'Good morning! This is Ruth, a reference librarian at Anchorage Public Library.'],
    [32, 'l', 'Are you a US resident, and would any relative who lives in Alaska go with you?'],
    [75, 'p', 'US citizen from colorado, no family up there'],
    [83, 'l', 'Then yes: nonresidents hunting Dall sheep must hunt with a registered Alaska guide or a close relative who is an Alaska resident. The rule is in the Alaska Hunting Regulations at adfg.alaska.gov (Hunting > Regulations).'],
    [88, 'l', "To check a guide's license, call the Big Game Commercial Services Board at 907-555-0182; for tag and license questions, contact the ADF&G Licensing Section at adfg.alaska.gov/store or 907-555-0121."],
    [94, 'l', 'Does that cover what you were asking?'],
    [140, 'p', "yes that's everything, thank you"],
    [146, 'l', 'Have a great hunt, and thanks for contacting us!'],
  ], usual({ referral: 'pass' })),

  // 29 Spanish; follow-up by me, e-mail read back, "mañana por la tarde", pending
  s(CARMEN, '29 clases de cazador en español cerca de Fresno (Spanish, follow-up by me): wildlife.ca.gov, e-mail read back, "mañana por la tarde", pending', [
    [0, 'p', 'Buenas tardes. Hay clases de educación para cazadores en español en California? Vivo en Fresno.'],
    [30, 'l', 'Buenas tardes, le saluda Carmen, bibliotecaria del servicio Ask Now de California.'],
    [36, 'l', '¿Prefiere una clase presencial o le sirve el curso en línea?'],
    [80, 'p', 'presencial si se puede'],
    [87, 'l', 'El Departamento de Pesca y Vida Silvestre de California (CDFW) publica el calendario de clases en wildlife.ca.gov/Hunter-Education, y se puede filtrar por idioma. Ahora mismo no veo ninguna en español cerca de Fresno.'],
    [93, 'l', 'Puedo preguntar a los instructores de la zona y mandarle la respuesta por correo. ¿A qué dirección se la envío?'],
    [140, 'p', 'lupita.ramos@example.com'],
    [146, 'l', 'Perfecto: lupita.ramos@example.com. Le escribo mañana por la tarde.'],
    [152, 'l', '¿Le sirve el calendario mientras tanto?'],
    [190, 'p', 'sí, gracias. es todo'],
    [196, 'l', '¡Gracias a usted! Que tenga buena tarde.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 30 chat-speak; a hold under the limit; code ""; the patron has the last word
  s(JAY, '30 Louisiana youth duck day (emoji): "ok one sec, checking the new dates" answered 104 s later, "anything else?" in the answer, code "", patron last', [
    [0, 'p', 'yo when is youth duck day in louisiana 🦆🦆 my nephew wants 2 go'],
    [12, 'l', 'hey! this is Jay w/ State Library of Louisiana Ask a Librarian 👋'],
    [17, 'l', 'west zone, east zone or coastal?'],
    [40, 'p', 'coastal i think, were in houma'],
    [46, 'l', 'ok one sec, checking the new dates'],
    [150, 'l', "found it: coastal zone youth & veterans days are the first weekend of november this year. LDWF's waterfowl page has every zone's dates: wlf.louisiana.gov/page/waterfowl. anything else?"],
    [175, 'p', 'nah thats it thx'],
  ], usual({ complete: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundHunting.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: hunting licenses, hunter education and firearm rules, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundHunting.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundHunting.filter((c) => c.name in LEFT_WHY));
});
