/**
 * Eighty-fourth round, theme RUNNING, MARATHONS AND 5K RACES, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! chats: a couch-to-5K plan for an Ellicott City turkey trot, when Baltimore's
 * marathon began (the 2001 race and the 1970s Maryland Marathon), a first 5K near Wheaton in Spanish, Boston qualifying
 * times, the Marine Corps Marathon's registration, a Kathrine Switzer display, a summer running program for a nine-year-old
 * in Columbia, old Annapolis Ten Mile results, a grandfather's 1973 Maryland Marathon time, shoes for flat feet, the pace of
 * a sub-30 5K, drinking in a hot half marathon, tapering, the kids' fun run at the Baltimore Running Festival, the Annapolis
 * half's date, walking the Baltimore half in Spanish, a Bel Air running club, a first fall marathon, coaching Girls on the
 * Run in Towson, the Baltimore Road Runners Club's history, treadmill or road, pacing the hilly Frederick half, a 1984
 * finisher list on microfilm, the George Washington Birthday Marathon in Greenbelt in 1979, a PTA fun run at the
 * Hagerstown library, a Runner's World piece on the JFK 50 Mile, cross-country camps in Harford County, a Bill Rodgers
 * clinic in Columbia, and articles on cardiac arrest in marathoners. Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/marathons-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: exactly 60 s (04: pass); 61 s after the patron's "anyone there?" at 33 (05: fail, the wait before pickup is not
 *   keep_informed's); `pickedUpAt` at 52 s with the first visible line at 71 s (06: pass on the recorded pickup); no provider
 *   ever, only the queue's system line (17: fail);
 *  greeting: name and library (01, 02, 04, 10, …); the service only, "Hello, you're chatting with AskUsNow!, Maryland's
 *   ask-a-librarian service." (09: pass); Spanish "¡Hola, buenas noches! Soy Marisol, bibliotecaria de AskUsNow!" (03),
 *   "¡Hola! Soy Luz, bibliotecaria" (16); "Hi! 😊" then a question from the screen name ks_aacpl, no name in the text (08:
 *   fail); "Marcus, Baltimore County Public Library." with no greeting word (20: fail); a transfer's first provider greets
 *   (21, 30);
 *  inquiry: training so far and weeks to go, the race month and size, which Boston and age on race day, full or 10K, the
 *   author's own account or not, competitive or fun, bib or name, the runner's name and pace, mileage and fitting, finish
 *   time, a child's age, a walking pace, month and travel, a school team, publication or not, fitness or the race, name
 *   and time, result or articles, branch and date, the year of an article, camp or training group, a clue in a photo, the
 *   years allowed; a restatement with no question ("So you want to know when a marathon was first run in Baltimore…", 02:
 *   pass); the pace answered at once with no question (11: fail); the question only after MedlinePlus and SPORTDiscus (12:
 *   fail); a question and no source ever (14: pass);
 *  waits: the answer exactly 120 s after the patron's line, no hold ("Thanks for waiting!", 07: pass); a hold, an internal
 *   note, the patron's "??", the answer 121 s after the hold (10: fail); "Of course, take your time." and the patron back
 *   240 s later (09: waiting on the patron, pass); a hold and "Still looking — … Checking the microfilm index now." each
 *   answered exactly 120 s later (24: pass); transfer notices answered 61 s (21) and 47 s (30) later; the patron's last
 *   line left unanswered at the end (13, 22: an open span);
 *  sources: nhs.uk and a Galloway book in the catalog, ProQuest Baltimore Sun and thebaltimoremarathon.com, runsignup.com
 *   and mcrrc.org, baa.org, marinemarathon.com, Marathon Woman in the catalog and kathrineswitzer.com, Howard County Rec &
 *   Parks by phone, annapolisstriders.org and athlinks.com, Consumer Health Complete and medlineplus.gov, marathonguide.com,
 *   SPORTDiscus, runningintheusa.com, girlsontherun.org, the Pratt catalog and darkroom.baltimoresun.com,
 *   frederickrunningfestival.com, ProQuest Washington Post, washcolibrary.org, jfk50mile.org, harfordcountymd.gov, a
 *   Columbia Flier archive, PubMed; none: a taper from memory and a running store with no contact (13: fail), a clarifying
 *   question before the patron vanished (14: fail);
 *  completeness: "Does that give you what you need to get started?", "Is that what you were looking for?", "¿Le sirve?",
 *   "Will that work for your display?", "Did that get you to your results?", "Does the Flier archive help for now?", …;
 *   near misses: "Want me to look up some articles comparing sports drinks and gels too?" (12: an offer of more, fail) and
 *   "Would a printable pace band for 2:00 be useful on race day?" (23: something not yet given, fail); never asked (27);
 *  anything else: the provider asks (02, 05, 07, 10, 11, 26); the patron's "thats everything", "es todo", "no more
 *   questions", "nah im good, thats all i needed", "That's all for tonight."; "ok thanks" (13), "ok cool thanks" (27) and
 *   "wow ok" (22) that do not count; "Anything else I can help with? If not, thanks for chatting…" as the last line (21);
 *  endings: "I have several other patrons waiting right now, so please log back on later … glad to help then" (13:
 *   allowed, and it invites back); "we only do one question per chat and I'm out of time, so I'm going to end the session
 *   here" (22: dismissal fails, courteous fails); goodbyes "Take care.", "Happy running, bye!", "Thanks for using
 *   AskUsNow!, and congratulations to your grandfather.", "¡Gracias por escribirnos y vuelva cuando quiera!";
 *  final idle: a goodbye 119 s after the answer (21: na); "Still there?" then a goodbye exactly 120 s after it (19: pass);
 *   a goodbye 121 s after with no check-in (20: fail); a clarifying question, "Are you still there?", then "It looks like
 *   you may have lost your connection, so I'll be closing this chat. Thanks …" exactly 180 s after the greeting (14: both
 *   pass); a notice with thanks 181 s after the answer, no check-in (16: idle fails, notice passes); "Hi, are you still
 *   with me?" then "I'll go ahead and close this chat for now. Thanks …" 200 s after the answer (23: idle passes, notice
 *   fails); "nvm i found it" right after the greeting (15: no substantive exchange);
 *  codes: Lost Call after one patron line with a clarifying question (14: pass); Lost Call after two patron lines (16:
 *   fail); Lost Call with no provider and one patron line (17: pass); Practice (18); the field left out (19: na); "" (20);
 *   a promise coded Answered (27); Follow-up by patron's library with no patron contact anywhere, only a parks office's
 *   phone in the chat (28: fail);
 *  follow-ups: FU_ME, e-mail read back, "by Thursday", done at 30 h (24: pass); FU_ME, e-mail read back, "as soon as I can",
 *   done at 75 h (25: contact and on_time fail); FU_LIB, a phone typed with spaces and read back with dashes, "will call
 *   you by Wednesday", not recorded at day 1 (26: pending); "I'll track it down and e-mail it to you" coded Answered, the
 *   e-mail only in `patron.email`, nothing recorded at day 4 (27: contact and on_time fail); FU_LIB, no contact, done at
 *   10 h (28: contact fails, on_time passes); FU_ME, "by Wednesday", done 71 h 58 m 30 s after `endedAt`, written in UTC
 *   ("+00:00") so that its clock reads 15:01 against a 10:03 end (29: pass);
 *  referrals: the county's recreation registration office by phone (07: pass); the Montgomery County Road Runners'
 *   beginner coordinators by e-mail (03: pass); the Pratt's Central Library by postal address (09: pass); Girls on the Run
 *   of Central Maryland through girlsontherun.org (20: pass); the Charm City Run store in Timonium with no contact (13:
 *   fail); the Information Desk at the provider's own Bel Air branch, no contact (12: fail); a parks camp office by phone
 *   and the high school's cross-country coach with none (28: fail); not referrals: a colleague consulted (10), someone
 *   from the patron's library to phone the patron (26), websites to use (01, 03, 19, …);
 *  transfers: a notice (a hold) and an internal note saying why, both before (21: pass); a notice before and the note only
 *   after the transfer (30: fail);
 *  concurrency: one other ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (01: three at
 *   most, pass); three others all open from 60 s to 79 s (11: four at once, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a screen name ("ks_aacpl") does not identify; "Hi! 😊" and a question greet but name no one (08: fail); "Marcus,
 *   Baltimore County Public Library." identifies but greets no one, and the second message does not either (20: fail);
 * - "Hello, you're chatting with AskUsNow!, Maryland's ask-a-librarian service." greets and names the service (09: pass);
 * - when the source records `pickedUpAt`, it is the pickup: 52 s, though the first visible line came at 71 s (06: pass);
 * - a restatement with no question mark, "So you want to know when a marathon was first run in Baltimore, including
 *   anything before the current one…", is a restatement of the question (02: clarify passes);
 * - a span of waiting of exactly 120 s is not "longer than" `silenceSeconds` (07, 24: pass); 121 s is (10: fail); the
 *   internal note to Sue in the middle of the wait does not end it (10);
 * - "Still looking — … Checking the microfilm index now." says the search goes on: a hold (24); a transfer notice is a hold
 *   (21, 30); "Of course, take your time." is not (09);
 * - "Will that work for your display?", "Did that get you to your results?", "Is that the kind of thing you had in mind?",
 *   "Does that give you a place to start?", "Does that help in the meantime?", "Does the Flier archive help for now?",
 *   "Does that give you enough to start with?" and "Does that answer your question for now?" ask whether what was given
 *   meets the need (pass); "Want me to look up some articles comparing sports drinks and gels too?" offers more (12) and
 *   "Would a printable pace band for 2:00 be useful on race day?" asks about something not yet given (23): both fail;
 * - "That's all for tonight." (25), "nah im good, thats all i needed" (12), "es todo" (03), "no more questions" (08, 30)
 *   say explicitly that the patron is done; "ok thanks", "ok cool thanks" and "wow ok" do not (13, 27, 22);
 * - "Take care." says goodbye (08);
 * - "Anything else I can help with? If not, thanks for chatting, and good luck …" asks for more and thanks the patron
 *   without asking whether they are still there: a goodbye, so the final idle ends at it (21: 119 s, na) and it passes
 *   closing.anything_else;
 * - "It looks like you may have lost your connection, so I'll be closing this chat. Thanks for contacting AskUsNow!, and
 *   please come back anytime." is the notice and a goodbye; the final idle ends at it (14: exactly 180 s, notice applies
 *   and passes); likewise the Spanish "Parece que se ha desconectado, así que voy a cerrar el chat. ¡Gracias …!" (16: 181 s);
 * - "I'll go ahead and close this chat for now. Thanks for using Ask a Librarian…" announces the end and thanks, but does
 *   not tell the patron they seem to have disconnected: a goodbye, not a notice (23: notice fails);
 * - a clarifying question counts as a substantive exchange, so a session where the patron vanished after it has info
 *   checks that apply: clarify passes (no source ever given), source, completeness and anything else fail (14); the
 *   patron's "nvm i found it" after the greeting leaves no substantive exchange (15: info checks na);
 * - the Charm City Run store is an organisation, and "stop by … and ask their staff to look over your taper" tells the
 *   patron to visit it: a referral with no way to reach them, and a shop named without a way to reach it is not a source
 *   (13); the provider's own Information Desk at the Bel Air branch, which the patron is told to ask, is a referral (12);
 *   the cross-country coach at the daughter's high school is a person outside the chat the patron is told to ask (28);
 *   "the registration office can tell you …: call 410-555-0164" (07), "escriba a … principiantes@example.org" (03) and
 *   "visit the Pratt's Central Library, 400 Cathedral St., Baltimore, MD 21201" (09) are referrals with a way to reach;
 *   "get in touch with Girls on the Run of Central Maryland through the council finder at girlsontherun.org" is a
 *   referral by URL (20);
 * - "Someone from Washington County Free Library will call you by Wednesday" is a promise that the patron's library will
 *   contact them (a follow-up), not a referral (26);
 * - a field set to `undefined` is a field left out (it is dropped in JSON): the source has no codes, resolution.code na (19);
 * - "I'll send what I find as soon as I can." says no when (25: contact fails);
 * - a parks office's phone in the chat is not the patron's contact: a follow-up code with no patron e-mail or phone
 *   anywhere fails resolution.code (28);
 * - "I'll track it down and e-mail it to you." is a promise to send more later: a follow-up session, coded Answered (27);
 * - elapsed time for followup.on_time is real time: "2026-03-05T15:01:30+00:00" is 71 h 58 m 30 s after an end at
 *   10:03:00-05:00 on 2 March (29: pass);
 * - an internal note sent after the transfer event is not a note "before the transfer" (30: fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0 (none disagreeing). Label corrections: none (no disagreement to reread; no
 * label changed after the labels were copied aside).
 * Final: 30 running, 0 LEFT (LEFT_WHY empty).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-mr', name: 'Dana', library: 'HCLS' };
const WES: Prov = { id: 'wes-mr', name: 'Wes', library: 'EPFL' };
const MARISOL: Prov = { id: 'marisol-mr', name: 'Marisol', library: 'AUN' };
const OMAR: Prov = { id: 'omar-mr', name: 'Omar', library: 'BCPL' };
const PAIGE: Prov = { id: 'paige-mr', name: 'Paige', library: 'MCPL' };
const RUTH: Prov = { id: 'ruth-mr', name: 'Ruth', library: 'FCPL-MD' };
const GLEN: Prov = { id: 'glen-mr', name: 'Glen', library: 'HCLS' };
const KS: Prov = { id: 'ks-mr', name: 'ks_aacpl', library: 'AACPL' };
const NELL: Prov = { id: 'nell-mr', name: 'Nell', library: 'AUN' };
const FRAN: Prov = { id: 'fran-mr', name: 'Fran', library: 'BCPL' };
const GUS: Prov = { id: 'gus-mr', name: 'Gus', library: 'CCPL-MD' };
const HANA: Prov = { id: 'hana-mr', name: 'Hana', library: 'HCPL-MD' };
const IKE: Prov = { id: 'ike-mr', name: 'Ike', library: 'BCPL' };
const JADE: Prov = { id: 'jade-mr', name: 'Jade', library: 'AUN' };
const THEO: Prov = { id: 'theo-mr', name: 'Theo', library: 'AACPL' };
const LUZ: Prov = { id: 'luz-mr', name: 'Luz', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-mr', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-mr', name: 'Trainee 7', library: 'TRN' };
const KAI: Prov = { id: 'kai-mr', name: 'Kai', library: 'CCPL-CA' };
const MARCUS: Prov = { id: 'marcus-mr', name: 'Marcus', library: 'BCPL' };
const NIA: Prov = { id: 'nia-mr', name: 'Nia', library: 'AUN' };
const JAMAL: Prov = { id: 'jamal-mr', name: 'Jamal', library: 'EPFL' };
const OLIVE: Prov = { id: 'olive-mr', name: 'Olive', library: 'SMCL' };
const PIA: Prov = { id: 'pia-mr', name: 'Pia', library: 'WCFL' };
const QUINCY: Prov = { id: 'quincy-mr', name: 'Quincy', library: 'EPFL' };
const RAFA: Prov = { id: 'rafa-mr', name: 'Rafa', library: 'PGCMLS' };
const SOL: Prov = { id: 'sol-mr', name: 'Sol', library: 'AUN' };
const TESS: Prov = { id: 'tess-mr', name: 'Tess', library: 'FCPL-MD' };
const UMA: Prov = { id: 'uma-mr', name: 'Uma', library: 'HCPL-MD' };
const VERA: Prov = { id: 'vera-mr', name: 'Vera', library: 'HCLS' };
const WREN: Prov = { id: 'wren-mr', name: 'Wren', library: 'AUN' };
const IMANI: Prov = { id: 'imani-mr', name: 'Imani', library: 'AUN' };

const s = session;

export const MARATHONS: SessionCase[] = [
  // 01 the plain good session; touching ends, three at most
  s(DANA, '01 couch to 5K for an Ellicott City turkey trot: activity and weeks asked, nhs.uk + a Galloway book in the catalog, touching ends (three at most)', [
    [0, 'p', 'hi! i want to start running, never done it. is there like a beginner plan for a 5k? theres a turkey trot in ellicott city i want to do'],
    [18, 'l', "Hi there, welcome to Ask a Librarian! I'm Dana, a librarian at Howard County Library System. 🏃"],
    [24, 'l', 'How much activity are you doing right now — walking regularly, or starting from the couch? And how many weeks until the turkey trot?'],
    [70, 'p', 'couch lol. its in about 10 weeks'],
    [79, 'l', "Ten weeks is plenty for a couch-to-5K plan. The NHS Couch to 5K plan is free and takes you from walk/run intervals to 30 minutes of running in 9 weeks: go to nhs.uk and search 'Couch to 5K'. If you'd like a book, Jeff Galloway's Galloway's 5K/10K Running is in our catalog at hclibrary.org, and his run-walk method is very beginner friendly."],
    [85, 'l', 'Does that give you what you need to get started?'],
    [120, 'p', 'yes this is perfect, thats everything! thank you'],
    [126, 'l', "You're welcome, good luck at the turkey trot, and thanks for chatting!"],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'dana-mr', -300, 0), other('d2', 'dana-mr', -50, 200), other('d3', 'dana-mr', 30, 400), other('d4', 'dana-mr', 131, 900)],
  }),

  // 02 a restatement instead of a question
  s(WES, '02 when did the Baltimore marathon start (2001 or the 70s?): a restatement, ProQuest Baltimore Sun + thebaltimoremarathon.com, "Is there anything else"', [
    [0, 'p', 'When was the first Baltimore marathon? My coworker says 2001 but I swear my uncle ran one in the 70s'],
    [22, 'l', 'Good afternoon! This is Wes, a librarian at the Enoch Pratt Free Library. Happy to help settle this.'],
    [30, 'l', 'So you want to know when a marathon was first run in Baltimore, including anything before the current one, since your uncle may have run an earlier race.'],
    [52, 'p', 'yes exactly'],
    [60, 'l', "You're both right, in a way. The current Baltimore Marathon (now part of the Baltimore Running Festival) was first run in October 2001. Before that there was the Maryland Marathon, run through Baltimore's streets from 1973 into the 1980s, which is probably your uncle's race. You can read the coverage of both in The Baltimore Sun archive on ProQuest, free with your Pratt card at prattlibrary.org under Research > Databases, and the festival's own history is at thebaltimoremarathon.com."],
    [66, 'l', 'Is that what you were looking for?'],
    [105, 'p', "omg yes. he'll be so smug. thank you!"],
    [111, 'l', 'Ha! Is there anything else I can help you with today?'],
    [130, 'p', 'no thats it'],
    [134, 'l', 'Thanks for chatting with the Pratt, have a great day!'],
  ], usual()),

  // 03 Spanish: a first 5K, a club's beginner coordinators by e-mail
  s(MARISOL, '03 primera carrera de 5K cerca de Wheaton (Spanish): month and size asked, runsignup.com + mcrrc.org, coordinators by e-mail, "es todo"', [
    [0, 'p', 'hola buenas noches, busco una carrera de 5K para principiante cerca de wheaton o silver spring, es mi primera vez'],
    [25, 'l', '¡Hola, buenas noches! Soy Marisol, bibliotecaria de AskUsNow!, el servicio de chat de las bibliotecas de Maryland.'],
    [31, 'l', '¿Para qué mes la busca? ¿Y prefiere una carrera grande o algo más tranquilo?'],
    [75, 'p', 'para mayo o junio. algo tranquilo porfa, voy a caminar una parte jaja'],
    [84, 'l', "¡Perfecto! En runsignup.com puede buscar carreras por código postal y fecha: ponga 20902 y '5K' y le salen las de Wheaton y Silver Spring. El club Montgomery County Road Runners organiza carreras pequeñas y tiene un programa gratis para principiantes; el calendario está en mcrrc.org. Si quiere entrenar con el grupo, escriba a los coordinadores del programa: principiantes@example.org."],
    [90, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'siii mil gracias, es todo 🙏'],
    [136, 'l', '¡Con mucho gusto! Gracias por escribirnos y mucha suerte en su primera carrera 🏃‍♀️'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at exactly 60 s
  s(OMAR, '04 Boston qualifying time, woman turning 50: pickup at exactly 60 s, age on race day asked, baa.org, "thats all i needed"', [
    [0, 'p', 'what time do i need to qualify for boston? female, turning 50 next year'],
    [60, 'l', "Hello! Omar here, a librarian with Baltimore County Public Library's Ask a Librarian."],
    [66, 'l', "Which year's Boston are you aiming for, and will you be 50 on race day? The B.A.A. goes by your age on the day of the race."],
    [110, 'p', '2027. ill be 50 by then'],
    [118, 'l', "The standards were cut by five minutes starting with the 2026 race, so women 50–54 need 4:15:00, run in a qualifying race inside the B.A.A.'s window (it usually opens in September two years before). The field fills up, so in most years runners have needed to beat the standard by a few minutes to get in. The current table and rules are at baa.org under Boston Marathon > Qualify."],
    [124, 'l', 'Does that answer your question?'],
    [160, 'p', 'yes!! ok time to train lol. thats all i needed'],
    [166, 'l', 'Best of luck with the training, and thanks for reaching out!'],
  ], usual()),

  // 05 pickup at 61 s after an impatient line
  s(PAIGE, '05 Marine Corps Marathon registration: "anyone there?" at 33, pickup at 61 s, full or 10K asked, marinemarathon.com', [
    [0, 'p', 'how does the marine corps marathon lottery work??'],
    [33, 'p', 'anyone there? registration opens soon i think'],
    [61, 'l', "Hi, sorry to keep you waiting! I'm Paige, a librarian at Montgomery County Public Libraries."],
    [67, 'l', 'Are you asking about the full marathon or the 10K, and is this your first time entering?'],
    [95, 'p', 'the full, first time'],
    [102, 'l', "The Marine Corps Marathon hasn't always used a lottery; in recent years registration has opened on a set date, first come first served, with separate priority windows (for example for runners who have finished several MCMs). The dates, fees and any lottery details are posted each year at marinemarathon.com under Register."],
    [108, 'l', 'Did that help?'],
    [140, 'p', 'ya thx'],
    [144, 'l', 'Anything else I can look up for you?'],
    [160, 'p', 'nope thats it'],
    [164, 'l', 'Good luck getting in, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 06 pickedUpAt 52, the first visible line at 71
  s(RUTH, '06 Kathrine Switzer and Boston 1967 for a club display: pickedUpAt 52 (first line 71), Marathon Woman in the catalog, "Will that work for your display?"', [
    [0, 'p', "Hello, I'm putting together a women's history month display for our running club. Is there a good book on Kathrine Switzer and the 1967 Boston Marathon?"],
    [71, 'l', "Good morning, and thank you for waiting! I'm Ruth, a librarian at Frederick County Public Libraries."],
    [77, 'l', "Would you like something by Switzer herself, or a book about women's running more broadly that covers her?"],
    [110, 'p', 'Her own account would be best, and maybe a photo we can print'],
    [118, 'l', "Her memoir, Marathon Woman, tells the 1967 story in her own words; it's in our catalog at fcpl.org and can be sent to any branch for pickup. The famous photo of the race official grabbing at her is on her own site, kathrineswitzer.com, with her account of that day. Before printing it, check the credit line; the photo belongs to a news agency."],
    [124, 'l', 'Will that work for your display?'],
    [160, 'p', "Yes, thank you so much. That's everything I needed."],
    [166, 'l', 'Wonderful. Good luck with the display, and thanks for using Ask a Librarian!'],
  ], usual(), { pickedUpAt: at(52) }),

  // 07 the answer exactly 120 s after the patron's line; a registration office by phone
  s(GLEN, '07 summer running for a 9-year-old in Columbia: answer exactly 120 s after the patron, Rec & Parks registration office by phone', [
    [0, 'p', 'hey, is there a kids track club or summer running program around columbia? my son is 9 and wont stop running around lol'],
    [20, 'l', 'Hi! This is Glen, librarian at Howard County Library System. Sounds like a future cross-country star!'],
    [26, 'l', 'Is he looking for something competitive with meets, or more of a fun summer camp?'],
    [60, 'p', 'fun, nothing too serious. summer'],
    [180, 'l', 'Thanks for waiting! Howard County Recreation & Parks runs a summer youth running program and a few track camps for ages 7 to 12; their program guide is at howardcountymd.gov under Recreation & Parks. The registration office can tell you which ones still have room: call them at 410-555-0164.'],
    [186, 'l', 'Is that the kind of thing you had in mind?'],
    [215, 'p', 'yes perfect thank u'],
    [219, 'l', 'Anything else today?'],
    [240, 'p', 'no thats all'],
    [244, 'l', 'Have fun this summer, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 08 a screen name only
  s(KS, '08 Annapolis Ten Mile results from 2019: "Hi! 😊" from the screen name ks_aacpl, no name in the text (greeting fails), annapolisstriders.org + athlinks.com', [
    [0, 'p', 'hi, trying to find my results from the annapolis ten mile run in 2019, the race site only goes back a few years'],
    [16, 'l', 'Hi! 😊'],
    [21, 'l', 'Do you remember your bib number, or should we search by your name?'],
    [50, 'p', 'just name. its R. Okafor'],
    [58, 'l', "The Annapolis Ten Mile Run is put on by the Annapolis Striders, and the club keeps results on its site, annapolisstriders.org, under Races > Results. Older years are also on Athlinks (athlinks.com), where you can search by name and claim your results."],
    [64, 'l', 'Did that get you to your results?'],
    [120, 'p', 'found it!! 1:31:08 not bad. no more questions, thank you!!'],
    [126, 'l', "Congrats, that's a great time! Take care."],
  ], usual({ greeting: 'fail' })),

  // 09 the service only; take your time; a library by postal address
  s(NELL, '09 grandpa\'s 1973 Maryland Marathon time: "Hello, you\'re chatting with AskUsNow!", "take your time" (240 s), ProQuest Sun, Pratt Central by address', [
    [0, 'p', 'my grandfather ran the first maryland marathon in 1973 i think. is there any way to find his time?'],
    [19, 'l', "Hello, you're chatting with AskUsNow!, Maryland's ask-a-librarian service."],
    [25, 'l', 'What was his name, and do you know if he finished near the front or further back? Newspapers sometimes only printed the top finishers.'],
    [60, 'p', 'hmm let me find the exact spelling, my mom has his old papers. one sec'],
    [66, 'l', 'Of course, take your time.'],
    [306, 'p', 'ok its Stanislaw Wojcik, and mom thinks he ran about 3:40'],
    [315, 'l', "Thanks! The Baltimore Sun printed long finisher lists for the early Maryland Marathons. You can search them in ProQuest Historical Newspapers: The Baltimore Sun, free with a library card from any Maryland public library; at prattlibrary.org it's under Research > Databases. Try 'Wojcik' with 'marathon' and limit the dates to the weeks after the race. For a print of the original page from microfilm, visit the Pratt's Central Library, 400 Cathedral St., Baltimore, MD 21201."],
    [321, 'l', 'Does that help you find him?'],
    [380, 'p', 'found him!!! 3:38:12. thats everything, thank you so much'],
    [386, 'l', "That's wonderful! Thanks for using AskUsNow!, and congratulations to your grandfather."],
  ], usual({ referral: 'pass' })),

  // 10 a hold answered 121 s later, an internal note and the patron's "??" in between
  s(FRAN, '10 running shoes for flat feet and shin pain: "Let me check with our health and wellness librarian, one moment" answered 121 s later, Consumer Health Complete', [
    [0, 'p', 'i have really flat feet and my shins hurt when i run. what kind of running shoes should i get'],
    [20, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Fran at Baltimore County Public Library."],
    [27, 'l', 'How much are you running right now, and have you ever been fitted for shoes?'],
    [65, 'p', 'like 3 miles 3x a week. never been fitted'],
    [72, 'l', 'Let me check with our health and wellness librarian on the best resource for this, one moment.'],
    [110, 'i', 'Sue, pt w/ flat feet & shin pain asking about running shoes. Which consumer health db has the best overview? thx'],
    [150, 'p', '??'],
    [193, 'l', "Sorry about the wait! Sue recommends Consumer Health Complete (bcpl.info > Research > Health): search 'overpronation running shoes' for articles on stability and motion-control shoes. MedlinePlus also has a page on shin splints at medlineplus.gov."],
    [199, 'l', 'Does that help?'],
    [230, 'p', 'yeah thats helpful'],
    [235, 'l', 'Anything else I can help you with?'],
    [250, 'p', 'no thanks'],
    [254, 'l', 'Take care of those shins, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 11 no question; four at once
  s(GUS, '11 what pace for a sub-30 5K: the answer at once with no question, marathonguide.com pace chart, four chats open at once (fail)', [
    [0, 'p', 'what pace do i need to run a sub 30 5k'],
    [15, 'l', 'Hi! Gus here, librarian at Carroll County Public Library.'],
    [21, 'l', "To break 30 minutes for 5K you need to average just under 9:40 per mile (6:00 per kilometer), so aim for 9:35s to give yourself a little cushion. MarathonGuide has a printable pace chart at marathonguide.com (under Pace Charts)."],
    [27, 'l', 'Did that answer your question?'],
    [50, 'p', 'yes! thanks'],
    [54, 'l', 'Anything else I can help with?'],
    [70, 'p', 'nope'],
    [74, 'l', 'Happy running, bye!'],
  ], usual({ clarify: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'gus-mr', -100, 300), other('g2', 'gus-mr', 10, 90), other('g3', 'gus-mr', 60, 500)],
  }),

  // 12 the question only after the source; an offer of more; the own branch's desk without a contact
  s(HANA, '12 water in a hot June half marathon: MedlinePlus + SPORTDiscus before the only question, "ask at the Information Desk at our Bel Air branch", an offer of more', [
    [0, 'p', 'first half marathon in june and its supposed to be hot. how much water should i drink during it??'],
    [18, 'l', 'Hello, this is Hana at Harford County Public Library. Good question for June!'],
    [25, 'l', "MedlinePlus has a good page on exercising in the heat, with the signs of heat exhaustion to watch for: medlineplus.gov, search 'heat exhaustion'. SPORTDiscus, at hcplonline.org > Research, has articles on hydration for endurance races."],
    [31, 'l', 'How long do you expect to be out on the course?'],
    [60, 'p', 'like 2:30 maybe'],
    [68, 'l', "At 2:30 most guidance is to drink to thirst, often around 4 to 8 oz every 15 to 20 minutes, with a sports drink after the first hour, and not so much that you gain weight during the race. For the articles, you can also ask at the Information Desk at our Bel Air branch; they'll help you print what you find."],
    [74, 'l', 'Want me to look up some articles comparing sports drinks and gels too?'],
    [110, 'p', 'nah im good, thats all i needed. thanks!'],
    [115, 'l', 'Stay cool out there, and thanks for chatting!'],
  ], usual({ clarify: 'fail', complete: 'fail', referral: 'fail' })),

  // 13 a taper from memory, a running store with no contact, the allowed "other patrons waiting"
  s(IKE, '13 tapering three weeks out: the plan from memory, "stop by the Charm City Run store in Timonium" (no contact), "several other patrons waiting … log back on later", "ok thanks"', [
    [0, 'p', 'how should i taper before my first marathon? everyone says different things'],
    [21, 'l', "Hi! I'm Ike, a librarian at Baltimore County Public Library."],
    [27, 'l', "How many weeks until race day, and what's your longest run so far?"],
    [70, 'p', '3 weeks, i did 20 miles last sunday'],
    [79, 'l', "Then you're right where most plans start tapering. The usual approach is to cut your weekly mileage by about 20 to 25 percent this week, about 40 percent next week, and run only a few short, easy miles in race week, keeping a little pace work so your legs stay sharp. You could also stop by the Charm City Run store in Timonium and ask their staff to look over your taper."],
    [85, 'l', 'Did that help?'],
    [120, 'p', 'yes. what about carb loading, and should i use gels or chews, and what do i eat the morning of, and do i need new shoes'],
    [128, 'l', "Those are all good questions! I have several other patrons waiting right now, so please log back on later and we'll take those one at a time — glad to help then."],
    [140, 'p', 'ok thanks'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 14 Lost Call after a clarifying question; exactly 180 s from the greeting to the notice
  s(JADE, '14 kids\' fun run at the Baltimore Running Festival (Lost Call): the child\'s age asked, "Are you still there?", notice with thanks exactly 180 s after the greeting', [
    [0, 'p', 'how do i sign my kid up for the kids fun run at the baltimore running festival'],
    [20, 'l', "Hi there, thanks for contacting AskUsNow! I'm Jade, a librarian."],
    [25, 'l', "How old is your child? The festival has had different kids' events by age, so that'll help me find the right one."],
    [150, 'l', 'Are you still there?'],
    [200, 'l', "It looks like you may have lost your connection, so I'll be closing this chat. Thanks for contacting AskUsNow!, and please come back anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 "nvm i found it": no substantive exchange
  s(THEO, '15 date of the Annapolis half: greeting, then the patron\'s "nvm i found it on their site", goodbye (no substantive exchange)', [
    [0, 'p', 'when is the annapolis half marathon this year'],
    [25, 'l', "Hi! I'm Theo, librarian at Anne Arundel County Public Library. Happy to help."],
    [40, 'p', 'nvm i found it on their site lol thx'],
    [46, 'l', 'Great, glad you found it! Thanks for chatting, and good luck with the race!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  })),

  // 16 Spanish: Lost Call after two patron lines; notice with thanks 181 s after the answer, no check-in
  s(LUZ, '16 caminar el medio maratón de Baltimore (Spanish): pace asked, thebaltimoremarathon.com, notice 181 s later with no check-in, Lost Call after two patron lines', [
    [0, 'p', 'hola, se puede caminar el medio maratón de baltimore? no corro muy rápido'],
    [22, 'l', '¡Hola! Soy Luz, bibliotecaria de AskUsNow!. Con gusto le ayudo.'],
    [28, 'l', '¿Más o menos a qué ritmo camina? Así vemos si le alcanza el tiempo.'],
    [60, 'p', 'como 15 minutos por milla'],
    [70, 'l', 'A 15 minutos por milla terminaría el medio maratón (13.1 millas) en unas 3 horas y 17 minutos. La carrera tiene un tiempo límite y un ritmo mínimo, que se publican cada año en thebaltimoremarathon.com, en la página del medio maratón. Revise bien ese límite antes de inscribirse. ¿Le sirve?'],
    [251, 'l', 'Parece que se ha desconectado, así que voy a cerrar el chat. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 17 no provider ever joined
  s(QUEUE, '17 a running club at the Bel Air library: no provider ever joined, the queue line, patron left, Lost Call after one line', [
    [0, 'p', 'does the bel air library have a running club or a couch to 5k group?'],
    [3, 's', 'Thank you for your question! A librarian will be with you as soon as possible.'],
    left(170),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (marathon training plan script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat - marathon training plan question'],
    [8, 'l', 'Practice response: see the free plans at halhigdon.com'],
    [20, 'p', 'test over, thanks'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no codes at the source; a check-in and a goodbye exactly 120 s after the answer
  s(KAI, '19 a flat, small first fall marathon (source without codes): marathonguide.com + runningintheusa.com, "Still there?", goodbye exactly 120 s after the answer', [
    [0, 'p', 'looking for a fall marathon thats good for a first timer. flat-ish, mid atlantic, not huge'],
    [20, 'l', 'Hey, welcome! Kai here, librarian at Calvert Library.'],
    [26, 'l', 'Which month works for you, and how far are you willing to travel?'],
    [60, 'p', 'october or november, like 3 hrs drive max from prince frederick'],
    [90, 'l', "MarathonGuide's race calendar at marathonguide.com lets you filter by state and month, and Running in the USA (runningintheusa.com) lists the smaller races too. Two to look at: the Richmond Marathon in November, which bills itself as America's Friendliest Marathon, and the Harrisburg Marathon in Pennsylvania, which is flat and small. Does that help?"],
    [180, 'l', 'Still there?'],
    [210, 'l', 'Thanks for chatting, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'na' }), { resolutionCode: undefined }),

  // 20 no greeting word; a goodbye 121 s after the answer, no check-in; code ""; a council by URL
  s(MARCUS, '20 coaching Girls on the Run in Towson: "Marcus, Baltimore County Public Library." (no greeting), girlsontherun.org, goodbye 121 s later, code ""', [
    [0, 'p', 'i want to volunteer as a coach for girls on the run at my daughters school in towson. how do i start'],
    [23, 'l', 'Marcus, Baltimore County Public Library.'],
    [29, 'l', 'Do you know if her school already has a team, or would you be starting a new one?'],
    [70, 'p', 'they had one before covid, not sure now'],
    [78, 'l', "Girls on the Run teams are organized by regional councils. Get in touch with Girls on the Run of Central Maryland through the council finder at girlsontherun.org; they can tell you whether the Towson school's team is active and when the next coach training is. Does that help?"],
    [199, 'l', 'Thanks for chatting, and good luck with the team!'],
  ], usual({ greeting: 'fail', anything: 'fail', idle: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: '' }),

  // 21 a transfer with a notice and a note; the goodbye 119 s after the answer
  s(NIA, '21 the Baltimore Road Runners Club\'s history: notice + note, transfer to Jamal, Pratt catalog + ProQuest, "Anything else …? If not, thanks" 119 s after', [
    [0, 'p', "hi, i'm writing an anniversary piece on the Baltimore Road Runners Club. where would i find old newsletters or photos?"],
    [18, 'l', "Hello, welcome to AskUsNow! I'm Nia, a librarian."],
    [24, 'l', "Our colleague Jamal in the Pratt's Maryland Department specializes in Baltimore local history, so I'm going to transfer you to him. Just a moment, please."],
    [27, 'i', 'Jamal, patron writing an anniversary history of the Baltimore Road Runners Club, needs old newsletters/photos. Can you take it?'],
    xfer(30, 'Jamal', 'jamal-mr'),
    [85, 'l', "Hi, this is Jamal at the Enoch Pratt Free Library. Is the piece for the club's own newsletter, or somewhere that will need photo permissions?", as(JAMAL)],
    [120, 'p', 'the club newsletter, so permissions are easy'],
    [130, 'l', "Good. Search our catalog at prattlibrary.org for 'Baltimore Road Runners Club', and the Sun's coverage of club races is in ProQuest Historical Newspapers (prattlibrary.org > Research). The Sun's photo archive is searchable at darkroom.baltimoresun.com too. Does that give you a place to start?", as(JAMAL)],
    [249, 'l', 'Anything else I can help with? If not, thanks for chatting, and good luck with the anniversary piece!', as(JAMAL)],
  ], usual({ transfer: 'pass' })),

  // 22 dismissed: one question per chat, out of time; no thanks in the last two
  s(OLIVE, '22 treadmill or road for a Leonardtown 5K: SPORTDiscus, then "we only do one question per chat and I\'m out of time, so I\'m going to end the session here"', [
    [0, 'p', 'is running on a treadmill as good as running outside? training for a 5k in leonardtown'],
    [20, 'l', "Hi, I'm Olive, a librarian at St. Mary's County Library."],
    [26, 'l', 'Are you asking about fitness in general, or how well treadmill miles get you ready for the race itself?'],
    [60, 'p', 'for the race'],
    [68, 'l', "Most research finds treadmill running is close to running outside, especially with the incline at 1 percent to make up for the missing wind resistance. SPORTDiscus (stmalib.org > Research) has studies comparing the two; search 'treadmill AND overground running'."],
    [74, 'l', 'Did that help?'],
    [100, 'p', 'yes. also how do i stop side stitches, and whats a good warmup, and should i run the day before'],
    [108, 'l', "Sorry, we only do one question per chat and I'm out of time, so I'm going to end the session here."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 a check-in, then a closing with thanks 200 s after the answer but no notice; a question about something not yet given
  s(PIA, '23 pacing the hilly Frederick half: frederickrunningfestival.com, "Would a printable pace band … be useful?", "still with me?", "I\'ll go ahead and close this chat" 200 s after', [
    [0, 'p', 'running the frederick half in may, heard its hilly. how should i pace it'],
    [19, 'l', 'Hi there! Pia here, a librarian at Washington County Free Library.'],
    [25, 'l', 'What finish time are you hoping for, and have you run a half before?'],
    [60, 'p', 'first one, hoping for around 2 hours'],
    [80, 'l', "For a 2:00 half you average about 9:09 per mile. On a hilly course, run by effort instead: let the pace drift to 9:30 or so on the climbs and make it back on the downhills, and keep the first three miles a little slower than goal. The course map and elevation profile are on the race site, frederickrunningfestival.com. Would a printable pace band for 2:00 be useful on race day?"],
    [210, 'l', 'Hi, are you still with me?'],
    [280, 'l', "I'll go ahead and close this chat for now. Thanks for using Ask a Librarian, and good luck in Frederick!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 24 FU_ME: two holds of exactly 120 s, e-mail read back, "by Thursday", done at 30 h
  s(QUINCY, '24 dad\'s 1984 Maryland Marathon finisher list: holds at 62 and 182 each answered in 120 s, microfilm scan promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'hi, my dad ran the maryland marathon in 1984 and lost his finisher certificate. is there a list of finishers anywhere?'],
    [16, 'l', "Hi! Thanks for contacting the Pratt's Ask a Librarian. I'm Quincy."],
    [22, 'l', "What's your dad's name, and do you know roughly what time he ran?"],
    [55, 'p', 'Raymond Tillman, around 3:15 he says'],
    [62, 'l', 'Let me check what we have for the 1984 results, one moment.'],
    [182, 'l', "Still looking — the Sun's online archive has the race story, but the full list may only be on our microfilm. Checking the microfilm index now."],
    [302, 'l', "The Sun's race-day story is in ProQuest Historical Newspapers (prattlibrary.org > Research > Databases), but the full finisher list ran on a separate page that's only on our microfilm reels. I can pull the reel, scan the page with his name and e-mail it to you. What's the best e-mail?"],
    [340, 'p', 'that would be amazing. its tillman.fam@example.net'],
    [346, 'l', "Got it: tillman.fam@example.net. I'll have the scan to you by Thursday. Does that answer your question for now?"],
    [380, 'p', 'yes, thats everything. thank you!!'],
    [386, 'l', "You're welcome, and thanks for using Ask a Librarian!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 25 FU_ME: e-mail read back, "as soon as I can", done at 75 h
  s(RAFA, '25 grandmother in the 1979 George Washington Birthday Marathon, Greenbelt: ProQuest Washington Post, e-mail read back, "as soon as I can", done at 75 h', [
    [0, 'p', 'Good evening. My grandmother ran the George Washington Birthday Marathon in Greenbelt in 1979, one of the few women then. Do you have anything about it?'],
    [24, 'l', "Good evening, and welcome! I'm Rafa, a librarian at Prince George's County Memorial Library System."],
    [30, 'l', 'What a great story. Are you looking for her result, or for articles and photos about the race that year?'],
    [70, 'p', 'Both if possible. Her name was Dolores Hunt.'],
    [79, 'l', "The Washington Post covered the race most years; you can search it yourself in ProQuest Historical Newspapers: The Washington Post, at pgcmls.info under eResources. The local Greenbelt News Review may have printed the full results, so I'd like to go through it as well and send you what I turn up. What e-mail should I use?"],
    [110, 'p', 'dhunt.family@example.com'],
    [116, 'l', "Thanks — dhunt.family@example.com. I'll send what I find as soon as I can."],
    [122, 'l', 'Does that help in the meantime?'],
    [150, 'p', "Yes, thank you. That's all for tonight."],
    [155, 'l', 'My pleasure. Thanks for writing in, and good night!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(75 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 26 FU_LIB: a phone typed with spaces and read back with dashes, "by Wednesday", not recorded at day 1
  s(SOL, '26 a PTA fun run from the Hagerstown library: washcolibrary.org policy, "someone from Washington County Free Library will call you by Wednesday", phone read back (pending)', [
    [0, 'p', 'our PTA wants to do a 5K fun run that starts and ends at the library in hagerstown. who do we ask about using the parking lot?'],
    [20, 'l', "Hello! This is Sol with AskUsNow!, Maryland's library chat service."],
    [26, 'l', 'Is that the Central Library downtown, or one of the branches? And do you have a date in mind?'],
    [60, 'p', 'central, sometime in april, a saturday morning'],
    [70, 'l', "Washington County Free Library's facility-use policy is on its site, washcolibrary.org (About > Policies); outdoor events need the library's OK. I'm with the statewide service, so the best route is to have someone from the Central Library call you to talk about dates. What phone number should they use?"],
    [110, 'p', '240 555 0119, ask for Tasha'],
    [116, 'l', 'Thanks, Tasha: 240-555-0119. Someone from Washington County Free Library will call you by Wednesday. Does the policy page help in the meantime?'],
    [150, 'p', 'yes thank u!'],
    [154, 'l', 'Anything else I can do for you today?'],
    [170, 'p', 'no thats all'],
    [174, 'l', 'Good luck with the fun run, and thanks for contacting AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  // 27 a promise coded Answered; the e-mail only in patron.email; nothing recorded at day 4
  s(TESS, '27 a Runner\'s World piece on the JFK 50 Mile: jfk50mile.org, "I\'ll track it down and e-mail it to you", coded Answered, e-mail only in patron.email', [
    [0, 'p', 'there was a runners world article years ago about the JFK 50 mile and the kennedy fitness challenge history, can u find it'],
    [22, 'l', 'Hi! Tess at Frederick County Public Libraries, Ask a Librarian.'],
    [28, 'l', 'Do you remember about when it ran, or anything from the title?'],
    [60, 'p', 'maybe 2012 for the 50th running? not sure of the title'],
    [70, 'l', "The race's own history page at jfk50mile.org tells the story of the 1963 start, when President Kennedy challenged the Marines to cover 50 miles. The Runner's World piece will take some digging in our magazine databases, so I'll track it down and e-mail it to you."],
    [100, 'p', 'ok cool thanks'],
    [105, 'l', 'Thanks for chatting, and good luck on the trail!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {
    patron: { name: null, email: 'ultra.joe@example.com', phone: null },
  }, { now: T0 + 4 * DAY }),

  // 28 FU_LIB with no patron contact; a parks office by phone and a coach with none; done at 10 h
  s(UMA, '28 cross-country camps in Harford County: parks camp office by phone + "ask the cross-country coach" (no contact), FU_LIB with no patron contact, done at 10 h', [
    [0, 'p', 'my daughter is 13 and wants to do cross country next year. are there summer running camps in harford county?'],
    [21, 'l', "Hi there! I'm Uma, a librarian with Harford County Public Library. 😊"],
    [27, 'l', 'Is she looking for a day camp, or something more like a training group that meets a few times a week?'],
    [60, 'p', 'day camp probably'],
    [69, 'l', "Harford County Parks & Recreation lists its summer sports camps at harfordcountymd.gov (Parks & Recreation > Programs), and their camp office can tell you which ones include running: 410-555-0133. Also ask the cross-country coach at her new high school, since coaches often know of camps in the area."],
    [75, 'l', 'Is that helpful?'],
    [110, 'p', 'yes thanks. i might just come in to the bel air branch and look at the flyers'],
    [118, 'l', "Good idea! I'll ask the Bel Air branch staff to set aside any running camp flyers for you at the front desk."],
    [140, 'p', 'awesome thats all i needed'],
    [145, 'l', 'Have a great day, and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pass', referral: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(10 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 29 FU_ME: done 71 h 58 m 30 s after endedAt, written in UTC
  s(VERA, '29 a Bill Rodgers clinic in Columbia, c. 1979: Columbia Flier archive, e-mail read back, "by Wednesday", done at 15:01:30+00:00 on day 3 (just inside 72 h)', [
    [0, 'p', 'hi! my grandpa has a photo of himself with bill rodgers at some running clinic in columbia, maybe 1979 or 1980. any way to find out more about that event?'],
    [19, 'l', "Hello and welcome to Ask a Librarian! I'm Vera with Howard County Library System."],
    [25, 'l', 'Fun photo! Does anything in it give a clue, like a banner, a shirt, or the season?'],
    [70, 'p', 'banner says Columbia Association something and it looks like fall'],
    [78, 'l', "The Columbia Flier covered Columbia Association events closely, and its back issues are searchable in the Columbia Flier digital archive on our site, hclibrary.org (Research > Local History). Our Howard County history files may have more, so I'd like to check those too and send you what I find. What's your e-mail?"],
    [120, 'p', 'sure its marathon.mo@example.org'],
    [126, 'l', "Thanks! marathon.mo@example.org — I'll send it by Wednesday. Does the Flier archive help for now?"],
    [170, 'p', 'yes thats all i need, thanks!!'],
    [175, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T15:01:30+00:00' }] }, { now: T0 + 4 * DAY }),

  // 30 a transfer with a notice, the internal note only after it
  s(WREN, '30 peer-reviewed articles on cardiac arrest in marathoners (CCBC nursing): notice, transfer to Imani, the note only after the transfer, PubMed', [
    [0, 'p', 'i need peer reviewed articles on cardiac arrest risk in marathon runners for my nursing class at ccbc'],
    [17, 'l', "Hi, welcome to AskUsNow! I'm Wren, a librarian."],
    [23, 'l', "My colleague Imani is our health sciences specialist tonight, so I'm passing you over to her — one moment please."],
    xfer(26, 'Imani', 'imani-mr'),
    [29, 'i', 'Imani: CCBC nursing student, needs peer-reviewed articles on cardiac arrest in marathoners. Thanks!'],
    [70, 'l', 'Hi! Imani here, a librarian with AskUsNow!. Do your articles need to be from the last five years?', as(IMANI)],
    [100, 'p', 'yes, 2020 or newer'],
    [110, 'l', "Start with PubMed (pubmed.ncbi.nlm.nih.gov): search 'marathon AND sudden cardiac arrest' and set the date filter to 2020 onward. For full text, use CCBC Library's databases, such as CINAHL, with your student login at ccbcmd.edu/library.", as(IMANI)],
    [116, 'l', 'Does that give you enough to start with?', as(IMANI)],
    [150, 'p', 'yes this helps a lot, no more questions'],
    [156, 'l', 'Great! Good luck with the paper, and thanks for using AskUsNow!', as(IMANI)],
  ], usual({ transfer: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MARATHONS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-fourth round: running, marathons and 5K races, checked', () => {
  describeSessions('whole sessions', MARATHONS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MARATHONS.filter((c) => c.name in LEFT_WHY));
});
