/**
 * Eighty-third round, theme GOLF, MINI GOLF AND GOLF COURSES, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! chats: the Rules of Golf (a rake in a bunker, yelling "fore" on a first round with
 * the boss), getting a Handicap Index without a club, Maryland courses and their history (the U.S. Opens at Congressional,
 * the desegregation of Baltimore's city courses and Carroll Park, Arnold Palmer at Mount Pleasant, Donald Ross and the other
 * architects, a grandmother's 1978 hole-in-one at Pine Ridge, old photos of the Green Hill course, a grandfather in the 1932
 * U.S. Amateur), playing them (Bulle Rock, the Lodestone course at Wisp, a range bucket at White Plains, a Rocky Point hole
 * map, senior leagues near Centreville), learning and teaching (adult lessons at Hog Neck, a high school team in Glen
 * Burnie, clubs for a 4'8" ten-year-old, adaptive golf for a veteran), gear and grounds (regripping a father's clubs, a
 * backyard putting green, a library of things with clubs), work (a maintenance job, in Spanish) and mini golf (who invented
 * it, Ocean City in April, cardboard holes for STEM week, a birthday party near Gaithersburg in Spanish and English, the 1930
 * rooftop craze in Baltimore). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first
 * run (labels copied aside to /tmp/s75/golf-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 60 s exactly (03: pass); 61 s after the patron's "anyone there? 🙃" at 38 (04: fail); `pickedUpAt` at 57 s with the
 *   first visible line at 66 s (12: pass on the recorded pickup); no provider ever, only the queue's line and the patron
 *   leaving (19: fail);
 *  greeting: greeting, name and library or service in one line (most); Spanish "¡Buenas noches y bienvenido a AskUsNow! Le
 *   atiende Luz, bibliotecaria." (02); "Hello! 😊" and a question, no name, library or service, the screen name only (05:
 *   fail); "Hey there! 👋" then "I'm Vance, a librarian at …" in the second line (26: pass, split); "AskUsNow! chat, Xan
 *   speaking — I'm one of the librarians on duty." with no greeting word (28: fail);
 *  waits (keep_informed): a hold, then "Still searching — I've got a 1948 article … and I'm looking for the ruling" (a partial
 *   result that goes on), then the answer, two spans of exactly 120 s (06: pass); "Let me look that up … one moment" answered
 *   121 s later with the patron's "?" between (07: fail); two internal lines to a colleague in a wait of 124 s (13: fail); "No
 *   problem, take your time!" and the patron back 211 s later (12: waiting on the patron, pass); transfer notices answered by
 *   the receiver 100 s (22) and 54 s (24) later; a silent transfer, the receiver 130 s after the patron (23: fail); the
 *   patron's "um ok??" never answered in the last 200 s (20: a span still open at the end, pass); a patron line before a 61 s
 *   pickup (04: pickup's wait only);
 *  inquiry: friendly round or club event, years or winners, dates and ages, sun and upkeep, newspapers or not, tournaments or
 *   tracking, 18 holes or the range, steel or graphite, the year, grade and number of holes, weekday play and distance,
 *   visiting or local, range or lessons, Bulle Rock or any course near Havre de Grace, Ross or all the architects, MPSSAA or
 *   not, the year dad saw Palmer, number of children, lessons or a group, front or back tees, just starting or not, the paper
 *   or month, years and home library, pictures or stories and a deadline, group or private and when; the answer straight
 *   after the greeting (08: fail); a clarifying question as the only thing said in a Lost Call (16: pass, no source ever);
 *  sources: usga.org/rules (Rule 15.2), mcggolf.com, mwejobs.maryland.gov, usga.org, Getting Up & Down, ococean.com,
 *   extension.umd.edu, Home Improvement Reference Center, ProQuest Historical Newspapers (the Afro-American, the Baltimore
 *   Sun), msga.org, John Margolies's Miniature Golf in the catalogue, Hobbies & Crafts Reference Center, Newspapers.com,
 *   Cardboard Box Engineering, exploratorium.edu/snacks, queenstownharbor.com, wispresort.com, visitdeepcreek.com,
 *   charlescountymd.gov, donaldrosssociety.org, The Architects of Golf, mpssaa.org, montgomeryparks.org, pgareach.org,
 *   golfbaltimorecounty.com, uskidsgolf.com, nabbcenter.salisbury.edu, Chronicling America at loc.gov, a pro shop's phone
 *   (30); none: the etiquette from memory with only "the Golf Channel app" named (09: fail), nothing but a question (16: fail);
 *  completeness: "Does that answer your question?", "¿Le sirve esta información?", "Is that what you were looking for?",
 *   "Does that help with Saturday?", "Does that give you a place to start?", "Would those work for your class?", "Does that
 *   help settle it?", "Does the county page help in the meantime?", and "Let me know if that helps!" (10: pass, read as
 *   asking); near misses: "Would that be okay, and what e-mail should I use?" about a search not yet done (29: fail), none
 *   at all (16);
 *  anything else: the provider's "Anything else I can help you with for the trip?", "Anything else today?", "Anything else I
 *   can look into?"; the patron's "thats all i needed", "eso es todo", "thats everything", "that was all i wanted to know",
 *   "thats all", "no more questions!", "es todo", "thats all i need", "that's all I need for now", "no that is everything";
 *   near misses: "Let me know if you have any other questions" after "yes perfect thx" (25: fail), "ya thx", "yes ty", "ok
 *   will do thx", "lol yes";
 *  endings: "you've hit the limit for this chat — we can only take one question per session." then "Bye." (20: dismissal
 *   fails, courteous passes); "I have a few other people waiting in the queue right now, so please log back on later and
 *   we'll go through the rest with you" (21: allowed, and it invites back); "My shift ends in a couple of minutes, so I'm
 *   transferring you" (24: not a dismissal);
 *  final idle: a goodbye 119 s after the answer (05: na), 120 s with "Are you still there?" between (13: pass), 121 s with no
 *   check-in (11: fail); "It seems you've been disconnected, so I'll close this chat now. Thanks … come back anytime!" exactly
 *   180 s after the answer with no question before it (14: the notice passes, the check-in fails); after the patron's last
 *   line, "No rush! Does the county page help in the meantime?", a check-in and the session ending 181 s later with no
 *   notice and no thanks (15); Lost Calls: a greeting and a clarifying question, a
 *   check-in, "It looks like you have disconnected, so I'm ending this session now. Feel free to chat with us again anytime!"
 *   (16: 210 s of idle from the greeting, code passes); two patron lines, a greeting, a check-in and "it seems you may have
 *   been disconnected. I'll close this chat now." (17: no substantive exchange, no thanks, code fails); no provider with Lost
 *   Call and one patron line (19: code passes);
 *  codes: the field left out, a source without codes (03: na); null (08); Lost Call (16, 17, 19); Practice (18); Answered with
 *   a promise (30: fail); Follow-up by me with no contact anywhere (15: fail);
 *  follow-ups: FU_ME, e-mail read back, "by Thursday afternoon", nothing recorded at day 1 (27: pending); FU_LIB, a phone typed
 *   with spaces and read back with dashes, "within 72 hours", done 80 h after `endedAt`, judged at day 5 (28: on_time fails);
 *   FU_ME, e-mail read back, "by Wednesday evening", done at 15:01 UTC on day 3 (10:01 in Maryland, a minute inside the
 *   deadline), judged at day 4 (29: pass); "I'll call the pro shop … and get back to you", FU_ME, the contact asked for and
 *   never given, nothing recorded at day 4 (15: contact and on_time fail); a promise "I'll … e-mail you the class dates
 *   tomorrow" coded Answered, e-mail read back, done at 20 h (30: code fails, contact and on_time pass);
 *  referrals: the American Job Center by phone in Spanish (02: pass); a pro shop by phone and another "stop by … and ask"
 *   with nothing (10: fail, not every party); the USGA Museum's library by postal address (11: pass); the county golf office by
 *   phone (21: pass); the PGA HOPE coordinator through a contact form URL (24: pass); a club's junior coordinator by e-mail
 *   (26: pass); the library's own Maryland Department by street address (27: pass); a pro shop by phone (30: pass); not
 *   referrals: a colleague asked on internal lines (13), the patron's library asked to call the patron (28), the Nabb Center's
 *   online catalogue (28), web pages of agencies (15, 23);
 *  transfers: a notice (a hold) and an internal note saying why (22: pass); a note only (23: fail); a notice, and the note
 *   written after the transfer event (24: fail);
 *  concurrency: three others, four open at once from 40 s to 60 s (25: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (26: three at most, pass); the receiving provider with three of her own open
 *   before the transfer, one of them closing 2 s before it (22: three at most over the part she handled, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a recorded `pickedUpAt` is the pickup, though the first visible line came later (12: 57 s, pass);
 * - "AskUsNow! chat, Xan speaking — I'm one of the librarians on duty." identifies who answers but greets no one, and the
 *   second line is a question: no greeting within the first two visible provider messages (28: fail); "Hey there! 👋" greets
 *   and the next line identifies, which the rule allows across two messages (26: pass);
 * - "Still searching — I've got a 1948 article … and I'm looking for the ruling" gives a partial result and says the search
 *   goes on: a hold (06); "No problem, take your time!" is not a hold, so the 211 s after it are waiting on the patron (12);
 * - internal lines (a question to a colleague and her answer) do not end a wait on the provider (13: 124 s, fail), and the
 *   colleague asked on the patron's behalf is not a referral (13); "Thanks for waiting! I checked with a colleague who golfs:
 *   …" thanks the patron for a wait that is over and gives the answer: not a hold, so the final idle starts there (13: 120 s);
 * - "call the pro shop at … 301-555-0170, or stop by the one at Black Rock and ask" refers the patron to two parties, the
 *   second with no way to reach it (10: referral fails);
 * - "Let me know if that helps!", sent on its own after the answer and waiting on the patron's reply (which comes: "ya thx"),
 *   asks whether what was just given meets the need (10: completeness passes); "Let me know if you have any other questions"
 *   folded into the goodbye ("— enjoy the round, and thanks for chatting!") closes the chat with an open door but puts no
 *   question to the patron "before the end" (25: anything_else fails). The two differ in that one seeks the patron's answer
 *   and the other ends the session; this distinction was written out more fully after the first run, when 25 disagreed
 *   (neither label changed). "Would that be okay, and what e-mail should I use?" asks about a search not yet done (29:
 *   completeness fails);
 * - the patron's "thats all", "that's all I need for now", "eso es todo", "es todo", "no more questions!", "ok thats
 *   everything" say explicitly that they are done; "ya thx", "yes ty", "yes perfect thx", "ok will do
 *   thx" do not;
 * - "Does that help with Saturday?" (09), "Does that give you a place to start?" (11), "Would those work for your class?"
 *   (12), "Does the county page help in the meantime?" (15), "Does the Nabb Center catalog look useful in the meantime?" (28)
 *   ask whether what was already given meets the need;
 * - "the Golf Channel app" is an app named without a way to reach it, so the etiquette answer has no source (09: fail);
 * - a Lost Call with a clarifying question from the provider has a substantive exchange ("a clarifying question counts"):
 *   clarify passes (no source ever, any such question counts), source fails, and completeness fails because no source or
 *   answer was ever given to ask about (16); a greeting alone is not one (17: information checks na);
 * - when the patron's only line comes before the pickup, the final idle begins at the provider's greeting, the first provider
 *   message after it that is not a hold (16: 210 s; 17: 186 s to `endedAt`);
 * - "It seems you've been disconnected, so I'll close this chat now. Thanks for contacting us, and please come back
 *   anytime!" is both the notice and a goodbye, so the idle ends on it at 180 s; it asks nothing, so it is no check-in (14:
 *   idle fails, notice passes); "I haven't heard back, so it seems you may have been disconnected. I'll close this chat now."
 *   is a notice that thanks no one and invites no one back (17: courteous fails);
 * - "Bye." alone says goodbye (20: courteous passes after the dismissal); "Have fun on the boardwalk, bye!" too (04);
 * - "you've hit the limit for this chat — we can only take one question per session." tells the patron they reached a limit
 *   of questions, and "Bye." offers no way back (20: dismissal fails); "please log back on later and we'll go through the rest
 *   with you" is the allowed ending and invites the patron back (21: both pass); handing the chat to a colleague at the end
 *   of a shift continues the help (24: pass);
 * - a transfer's internal note written 2 s after the `transfer` event is not "before the transfer" (24: fails though it says
 *   why and the patron was told);
 * - a transferred session counts for the receiving provider only from the transfer on, so her three own chats open before it
 *   (one closing at 60 s, the transfer at 62 s) never make four with this one (22: pass);
 * - `resolutionCode` left out of the transcript (`undefined`) is a source without codes: resolution.code na (03);
 * - "I'll call the pro shop when it opens and get back to you with them" promises more later: a follow-up session; coded
 *   Follow-up by me with no e-mail or phone anywhere, the code fails and so does the contact (15); "No rush!" tells the
 *   patron to take their time, not a hold, so the final idle begins there (15: 181 s to `endedAt`);
 * - "Someone from Wicomico's reference desk will call you within 72 hours" says when; the phone typed as "410 555 0119" and
 *   read back as "410-555-0119" is confirmed in the chat (28); the Nabb Center's catalogue at its URL is a source to use,
 *   not a referral (28);
 * - a follow-up stamped 2026-03-05T15:01:00+00:00 is 10:01 in Maryland, 71 h 58 min 30 s after `endedAt` (10:02:30 on the
 *   2nd): within 72 h (29: pass);
 * - "call the pro shop at 410-555-0124 to get on a list" is a referral with a phone (30: pass) and that phone is the
 *   session's source; "visit our Maryland Department at the Central Library, 400 Cathedral Street" tells the patron to
 *   visit the provider's own library's department, a referral with an address (27: pass);
 * - "Get in touch with the PGA HOPE coordinator … through the contact form at pgareach.org" is a referral reached by URL
 *   (24: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (10, 13, 25). Label corrections: none (each disagreement reread against
 * RUBRIC.md's text for its check; every label stood). After the run the READINGS entry on "Let me know if …" (10 against
 * 25) was written out more fully, since the two first-run readings looked alike on their face; no label changed.
 * Final: 27 running, 3 LEFT (LEFT_WHY: a second pro shop "stop by … and ask" with no way to reach it not counted as a party,
 * 10; "Thanks for waiting! I checked with a colleague …" read as a hold, so the final idle measured as 114 s, 13; "Let me
 * know if you have any other questions" inside the goodbye read as the anything-else question, 25).
 * ON v71 AS LANDED (block AK): 10 reads as labelled and runs ("or stop by the one at Black Rock and ask": AK6, "the one at <place>"
 *   is another party of the kind): 28 running, 2 LEFT (13, 25).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-gf', name: 'Marisol', library: 'HCLS' };
const LUZ: Prov = { id: 'luz-gf', name: 'Luz', library: 'AUN' };
const THEO: Prov = { id: 'theo-gf', name: 'Theo', library: 'MCPL' };
const ADA: Prov = { id: 'ada-gf', name: 'Ada', library: 'WOCL' };
const NELL: Prov = { id: 'nell-gf', name: 'Nell B.', library: 'HCPL-MD' };
const OMAR: Prov = { id: 'omar-gf', name: 'Omar', library: 'EPFL' };
const KOFI: Prov = { id: 'kofi-gf', name: 'Kofi', library: 'FCPL-MD' };
const WREN: Prov = { id: 'wren-gf', name: 'Wren', library: 'CCPL-MD' };
const BRYCE: Prov = { id: 'bryce-gf', name: 'Bryce', library: 'CALVERT' };
const INES: Prov = { id: 'ines-gf', name: 'Ines', library: 'WCFL' };
const PIA: Prov = { id: 'pia-gf', name: 'Pia', library: 'AUN' };
const DARA: Prov = { id: 'dara-gf', name: 'Dara', library: 'PGCMLS' };
const HOLT: Prov = { id: 'holt-gf', name: 'Holt', library: 'QACL' };
const TESS: Prov = { id: 'tess-gf', name: 'Tess', library: 'QACL' };
const FERN: Prov = { id: 'fern-gf', name: 'Fern', library: 'GCPL' };
const CY: Prov = { id: 'cy-gf', name: 'Cy', library: 'CCPL-CH' };
const KIM: Prov = { id: 'kim-gf', name: 'Kim', library: 'HCPL-MD' };
const RAJ: Prov = { id: 'raj-gf', name: 'Raj', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-gf', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-gf', name: 'Queue', library: 'VRQ' };
const QUENTIN: Prov = { id: 'quentin-gf', name: 'Quentin', library: 'BCPL' };
const LENA: Prov = { id: 'lena-gf', name: 'Lena', library: 'AACPL' };
const SOL: Prov = { id: 'sol-gf', name: 'Sol', library: 'EPFL' };
const VERA: Prov = { id: 'vera-gf', name: 'Vera', library: 'EPFL' };
const GUS: Prov = { id: 'gus-gf', name: 'Gus', library: 'MCPL' };
const MARA: Prov = { id: 'mara-gf', name: 'Mara', library: 'MCPL' };
const BEA: Prov = { id: 'bea-gf', name: 'Bea', library: 'SMCL' };
const TY: Prov = { id: 'ty-gf', name: 'Ty', library: 'AUN' };
const UNA: Prov = { id: 'una-gf', name: 'Una', library: 'BCPL' };
const VANCE: Prov = { id: 'vance-gf', name: 'Vance', library: 'CCPL-CE' };
const WES: Prov = { id: 'wes-gf', name: 'Wes', library: 'EPFL' };
const XAN: Prov = { id: 'xan-gf', name: 'Xan', library: 'AUN' };
const YARA: Prov = { id: 'yara-gf', name: 'Yara', library: 'AACPL' };
const ABE: Prov = { id: 'abe-gf', name: 'Abe', library: 'TCFL' };

const s = session;

export const GOLF: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 a rake against the ball in a bunker (club event): friendly or posted asked, Rule 15.2 at usga.org/rules, "thats all i needed"', [
    [0, 'p', 'hey quick rules q. my ball rolled up against a rake in a bunker, am i allowed to move the rake or do i have to play it'],
    [21, 'l', "Hi, thanks for contacting AskUsNow! I'm Marisol, a librarian with Howard County Library System."],
    [27, 'l', 'Was this a friendly round, or a club event where the score gets posted?'],
    [58, 'p', 'club event at fairway hills, the guys said i had to play it as it lies'],
    [66, 'l', "Good news for you: a rake is a movable obstruction, so you may take it away without penalty, even in a bunker. If the ball moves when you do, you just put it back where it was. It's Rule 15.2 in the Rules of Golf, free to read at usga.org/rules (choose 'Rules of Golf', then Rule 15)."],
    [72, 'l', 'Does that answer your question?'],
    [104, 'p', 'YES. sending this to the group chat lol. thats all i needed'],
    [110, 'l', 'Ha, enjoy being right! Thanks for chatting with us.'],
  ], usual()),

  // 02 wholly Spanish: a maintenance job, a referral by phone
  s(LUZ, '02 trabajo de mantenimiento en un campo de golf (Spanish): county and experience asked, mcggolf.com + mwejobs, American Job Center by phone, "eso es todo"', [
    [0, 'p', 'hola buenas noches, busco trabajo en un campo de golf cortando pasto o en mantenimiento, donde puedo buscar?'],
    [25, 'l', '¡Buenas noches y bienvenido a AskUsNow! Le atiende Luz, bibliotecaria.'],
    [31, 'l', '¿En qué condado vive, y tiene experiencia en jardinería o sería su primer trabajo de este tipo?'],
    [70, 'p', 'en montgomery, tengo 2 años cortando yardas con mi tio'],
    [79, 'l', '¡Esa experiencia cuenta! Los campos públicos del condado los administra Montgomery County Golf, y sus vacantes salen en mcggolf.com, en la sección de empleo. También puede buscar "groundskeeper" o "golf course maintenance" en el Maryland Workforce Exchange, mwejobs.maryland.gov. Y si quiere ayuda con su currículum, llame al American Job Center de Wheaton al 240-555-0142; tienen personal que habla español.'],
    [85, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si mucho, gracias. eso es todo'],
    [126, 'l', '¡Con mucho gusto! Gracias por escribirnos y mucha suerte con la búsqueda.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; the source has no codes
  s(THEO, '03 U.S. Opens at Congressional (trivia night): pickup at exactly 60 s, usga.org + Venturi\'s memoir, "thats everything", no resolutionCode field', [
    [0, 'p', 'what years was the US Open played at Congressional? for a trivia night'],
    [60, 'l', "Good evening! You've reached Montgomery County Public Libraries' chat, this is Theo."],
    [66, 'l', 'Do you just need the years, or the winners too?'],
    [90, 'p', 'winners too if u have them'],
    [98, 'l', "Congressional in Bethesda hosted the U.S. Open three times: 1964 (Ken Venturi, who nearly collapsed in the heat), 1997 (Ernie Els) and 2011 (Rory McIlroy, with a record score). The USGA's championship history at usga.org lists every year, and our catalog has Venturi's memoir, Getting Up & Down."],
    [104, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'perfect thats everything, thx!!'],
    [135, 'l', 'Good luck at trivia, and thanks for chatting!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 04 pickup at 61 s after an impatient line
  s(ADA, '04 Ocean City mini golf in early April: "anyone there? 🙃" at 38, pickup at 61 s, ococean.com, "Anything else … for the trip?"', [
    [0, 'p', 'which mini golf places in ocean city are open in early april? going with my kids spring break'],
    [38, 'p', 'anyone there? 🙃'],
    [61, 'l', "Hi, sorry for the wait! Ada here at Worcester County Library's Ask a Librarian."],
    [67, 'l', 'Which dates will you be down, and how old are the kids?'],
    [96, 'p', 'april 3-6, kids are 6 and 9'],
    [104, 'l', "A lot of the courses open weekends-only until Easter, so it's worth checking before you go. The Town of Ocean City's visitor site, ococean.com, has an attractions list with each mini golf course's website and hours; the pirate-themed ones along the boardwalk usually open first."],
    [110, 'l', 'Does that help?'],
    [140, 'p', 'yes ty'],
    [144, 'l', 'Anything else I can help you with for the trip?'],
    [165, 'p', 'nope were good'],
    [169, 'l', 'Have fun on the boardwalk, bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 no identification; a goodbye 119 s after the answer
  s(NELL, '05 a backyard putting green in Bel Air: "Hello! 😊" and a question (no name or library), extension.umd.edu, goodbye 119 s after the answer', [
    [0, 'p', 'I want to put a small putting green in my backyard in Bel Air. Real grass or artificial, whats better here?'],
    [19, 'l', 'Hello! 😊'],
    [25, 'l', 'How much sun does that part of the yard get, and how much upkeep are you up for?'],
    [60, 'p', 'full sun most of the day. I can mow but I dont want to baby it'],
    [68, 'l', "Real putting greens use bentgrass, which needs mowing very low almost every day and a lot of water in a Maryland summer, so most homeowners end up going artificial. University of Maryland Extension has a home lawn section at extension.umd.edu if you want to compare, and Home Improvement Reference Center (in our e-resources at hcplonline.org) has articles on putting in a synthetic green."],
    [74, 'l', 'Did that answer what you were wondering?'],
    [187, 'l', 'Thanks for chatting, and good luck with the green!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 06 two holds of exactly 120 s each
  s(OMAR, '06 when Baltimore\'s city courses were desegregated (Carroll Park): hold at 64, "Still searching — I\'ve got a 1948 article" at 184, answer at 304', [
    [0, 'p', 'im researching when baltimore public golf courses were desegregated. my great uncle played at carroll park'],
    [20, 'l', "Hello, and welcome to Ask Us at Enoch Pratt Free Library! I'm Omar, a librarian."],
    [26, 'l', 'Is this for a family history, or for a class or article? And would newspaper coverage from the time help?'],
    [58, 'p', 'family history. newspapers would be amazing'],
    [64, 'l', 'Let me search the Afro-American archive for you, one moment.'],
    [184, 'l', "Still searching — I've got a 1948 article on the lawsuit over the city courses and I'm looking for the ruling that opened them."],
    [304, 'l', "Here's where it stands: Carroll Park was the one city course Black golfers were allowed to use, and after a court fight the other municipal courses were opened to them in the early 1950s. The articles are in ProQuest Historical Newspapers: The Baltimore Afro-American, free with your Pratt card at prattlibrary.org > Research > Databases; search 'Carroll Park golf'."],
    [310, 'l', 'Does this completely answer your question?'],
    [350, 'p', 'wow yes. thats everything, thank you'],
    [356, 'l', "You're welcome, and thanks for using Ask Us!"],
  ], usual()),

  // 07 a hold answered 121 s later
  s(KOFI, '07 a Handicap Index without a club: "Let me look up how that works in Maryland, one moment." at 60, "?" at 140, answer at 181 (121 s), msga.org', [
    [0, 'p', 'how do i get an official golf handicap? i just play at a public course, no club'],
    [18, 'l', 'Hi! Kofi here, a librarian at Frederick County Public Libraries.'],
    [24, 'l', 'Do you want it for tournaments, or just to track your own game?'],
    [52, 'p', 'maybe a charity scramble later this year. mostly to know where i stand'],
    [60, 'l', 'Let me look up how that works in Maryland, one moment.'],
    [140, 'p', '?'],
    [181, 'l', "Thanks for waiting! You don't need a club of your own: the Maryland State Golf Association runs an eClub that gives you a Handicap Index under the World Handicap System. Sign up at msga.org (Membership), then post your scores after each round. The USGA explains the system at usga.org/handicapping."],
    [187, 'l', 'Does that answer it?'],
    [220, 'p', 'yes thank you! thats all'],
    [225, 'l', 'Great, thanks for chatting and good luck at the scramble!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source; code null
  s(WREN, '08 who invented mini golf (not Ocean City): the history at once with no question, Margolies\'s Miniature Golf in the catalog, code null', [
    [0, 'p', 'who invented mini golf? my kids say it was in ocean city lol'],
    [16, 'l', "Hi there! I'm Wren, a librarian at Carroll County Public Library."],
    [23, 'l', "Ocean City is famous for it, but it didn't start there. An early course called Thistle Dhu opened in Pinehurst, North Carolina, in 1916, and Garnet Carter's Tom Thumb Golf on Lookout Mountain, patented in the late 1920s, set off the craze. John Margolies's book Miniature Golf is full of great old photos and it's in our catalog at library.carr.org."],
    [29, 'l', 'Did that answer your question?'],
    [60, 'p', 'yes!! they will be so mad haha'],
    [64, 'l', 'Anything else I can help with?'],
    [80, 'p', 'no thats it'],
    [84, 'l', 'Have fun proving them wrong — bye!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 09 no source: the etiquette from memory, an app named with no way to reach it
  s(BRYCE, '09 first round with the boss, what to yell: etiquette from memory, only "the Golf Channel app" named (no source), "ok thats everything"', [
    [0, 'p', 'going golfing for the 1st time w my boss saturday 😬 what do i yell if i hit it toward people'],
    [20, 'l', 'Hi! Bryce at Calvert Library here.'],
    [25, 'l', 'Is it a full 18 holes, or the driving range first?'],
    [48, 'p', 'full round at chesapeake hills i think'],
    [56, 'l', "You yell 'Fore!' loudly, right away, and if it's heading left or right you can point that way too. Anyone who hears it ducks and covers their head. Nobody minds a shout that turns out not to be needed; they mind one that never comes. Also: keep up with the group ahead, and let faster groups play through. The Golf Channel app has short beginner etiquette videos too."],
    [62, 'l', 'Does that help with Saturday?'],
    [90, 'p', 'lol yes a little. ok thats everything, thanks!'],
    [95, 'l', 'Have fun out there, and thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 10 two parties, one with no way to reach it; "Let me know if that helps!"
  s(INES, '10 regripping dad\'s 90s clubs in Hagerstown: Hobbies & Crafts Reference Center, a pro shop by phone and "stop by the one at Black Rock and ask", "Let me know if that helps!"', [
    [0, 'p', 'my dads old golf clubs grips are all cracked. can i regrip them myself or do i need a shop? im in hagerstown'],
    [23, 'l', "Hello! This is Ines with Washington County Free Library's Ask a Librarian."],
    [29, 'l', 'Are the clubs steel or graphite shafts, do you know?'],
    [60, 'p', 'steel i think, theyre from the 90s'],
    [68, 'l', "Steel shafts are the easy kind to regrip at home: cut off the old grip, put on double-sided grip tape, wet it with grip solvent and slide the new grip on. Hobbies & Crafts Reference Center, under Research at washcolibrary.org, has a step-by-step with photos. If you'd rather have it done, call the pro shop at Hagerstown Municipal Golf Course, 301-555-0170, or stop by the one at Black Rock and ask whether they regrip."],
    [74, 'l', 'Let me know if that helps!'],
    [105, 'p', 'ya thx'],
    [109, 'l', 'Anything else today?'],
    [125, 'p', 'nope'],
    [129, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  // 11 a referral by postal address; a goodbye 121 s after the answer, no check-in
  s(PIA, '11 grandpa in the 1932 U.S. Amateur (Cumberland): Newspapers.com, the USGA Museum\'s library at 77 Liberty Corner Road (address only), goodbye 121 s later', [
    [0, 'p', 'my grandfather supposedly played in the US Amateur in the 1930s, he was from Cumberland MD. how could i check?'],
    [24, 'l', "Hi, welcome to AskUsNow! I'm Pia, a librarian."],
    [30, 'l', 'Do you know which year, or roughly how old he was then?'],
    [72, 'p', 'maybe 1932? he was like 20. name was Walter Kessler'],
    [80, 'l', "The Cumberland Evening Times would have made a fuss over a local man in a national championship: search 'Kessler' and 'amateur' for 1931 to 1933 in Newspapers.com, which Allegany County Library System offers free on its databases page. For the entry lists themselves, write to the USGA Museum's library at 77 Liberty Corner Road, Far Hills, NJ 07931, and ask for the 1932 U.S. Amateur qualifying records. Does that give you a place to start?"],
    [201, 'l', 'Thanks for chatting, and good luck finding Walter in the records!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 pickedUpAt 57 (first line 66), "take your time", an ordinary good session
  s(DARA, '12 cardboard mini golf holes for STEM week: pickedUpAt 57 (first line 66), "No problem, take your time!" (211 s away), Cardboard Box Engineering', [
    [0, 'p', 'my class is building mini golf holes out of cardboard for STEM week, any good books on how to design them?'],
    [66, 'l', "Hi, thanks for waiting! I'm Dara, a librarian at Prince George's County Memorial Library System."],
    [72, 'l', 'What grade are the students, and how many holes are you making?'],
    [101, 'p', '4th grade. hmm not sure how many, let me go ask my co-teacher brb'],
    [107, 'l', 'No problem, take your time!'],
    [318, 'p', 'back! 9 holes, one per group'],
    [326, 'l', "Nine is perfect. Cardboard Box Engineering by Jonathan Adolph has ramps and tracks that adapt well to golf holes (search it in our catalog at pgcmls.info), and the Exploratorium's Science Snacks, exploratorium.edu/snacks, have angle and bounce activities you can turn into bank shots."],
    [332, 'l', 'Would those work for your class?'],
    [360, 'p', 'yes those are great, thats all i needed!'],
    [366, 'l', 'Have a wonderful STEM week, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(57) }),

  // 13 internal lines in a 124 s wait; a goodbye 120 s after the answer with a check-in between
  s(HOLT, '13 senior leagues near Centreville: a colleague asked on internal lines (124 s wait), queenstownharbor.com + msga.org, "Are you still there?", goodbye 120 s later', [
    [0, 'p', 'are there any golf leagues for seniors around chestertown or centreville? retired and want to meet people'],
    [22, 'l', "Good morning! Holt at Queen Anne's County Library, happy to help."],
    [28, 'l', 'Are you looking for weekday play, and how far are you willing to drive?'],
    [60, 'p', 'weekdays yes, 20-30 min drive is fine'],
    [95, 'i', 'Tess, you golf, right? Know of any senior leagues near Centreville or Chestertown?'],
    [150, 'i', 'Queenstown Harbor has a weekday seniors group, and MSGA posts 55+ events', as(TESS)],
    [184, 'l', "Thanks for waiting! I checked with a colleague who golfs: Queenstown Harbor runs a weekday seniors group (see queenstownharbor.com, under Leagues), and the Maryland State Golf Association lists its 55-and-over events at msga.org."],
    [190, 'l', 'Is that the kind of thing you had in mind?'],
    [274, 'l', 'Are you still there?'],
    [304, 'l', 'Thanks for stopping by, and enjoy meeting the league!'],
  ], usual({ informed: 'fail', anything: 'fail', idle: 'pass' })),

  // 14 a notice-and-goodbye exactly 180 s after the answer, no check-in
  s(FERN, '14 the course at Wisp (Deep Creek): wispresort.com + visitdeepcreek.com, no check-in, "It seems you\'ve been disconnected … come back anytime!" exactly 180 s later', [
    [0, 'p', 'Is the golf course at Wisp resort open to the public or just for people staying there'],
    [20, 'l', 'Hello! Fern here, librarian at Garrett County Public Library.'],
    [26, 'l', 'Are you visiting Deep Creek, or local?'],
    [50, 'p', 'visiting in june'],
    [58, 'l', "The course at Wisp is The Lodestone Golf Course, and it takes public tee times; you don't need to stay at the resort. Rates and booking are at wispresort.com under Golf, and Visit Deep Creek (visitdeepcreek.com) lists the other courses around the lake."],
    [64, 'l', 'Does that answer your question?'],
    [238, 'l', "It seems you've been disconnected, so I'll close this chat now. Thanks for contacting us, and please come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 15 a promise to call back with no contact; a check-in and the end 181 s after the answer
  s(CY, '15 a range bucket at White Plains: charlescountymd.gov, "I\'ll call the pro shop … and get back to you", the contact never given, FU_ME, "No rush!", check-in, ended 181 s later', [
    [0, 'p', 'hi does white plains golf course have a driving range and what does a bucket cost'],
    [21, 'l', 'Hi! Cy here at Charles County Public Library. Happy to look.'],
    [27, 'l', 'Just the range, or are you thinking about lessons too?'],
    [55, 'p', 'just range. need the price for a small bucket'],
    [63, 'l', "White Plains Golf Course does have a driving range; it's run by Charles County Parks & Recreation, and its page at charlescountymd.gov lists the range hours. The bucket prices aren't posted, so I'll call the pro shop when it opens and get back to you with them. What's the best e-mail or phone number to reach you?"],
    [90, 'p', 'hmm which one do i check more'],
    [96, 'l', 'No rush! Does the county page help in the meantime?'],
    [200, 'l', 'Hello? Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, endAfter: 77 }, { now: T0 + 4 * DAY }),

  // 16 a Lost Call with a clarifying question
  s(KIM, '16 can anyone play Bulle Rock (Lost Call): greeting and a clarifying question only, "Are you still there?", "It looks like you have disconnected … chat with us again anytime!"', [
    [0, 'p', 'can regular people play at bulle rock or is it members only'],
    [30, 'l', "Hi there, welcome to Ask a Librarian! I'm Kim at Harford County Public Library."],
    [36, 'l', 'Are you hoping to play Bulle Rock in particular, or would any course around Havre de Grace do?'],
    [160, 'l', 'Are you still there?'],
    [240, 'l', "It looks like you have disconnected, so I'm ending this session now. Feel free to chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron lines; a notice with no thanks
  s(RAJ, '17 libraries that lend golf clubs (Lost Call): "hello?" then the question, greeting only, check-in, "it seems you may have been disconnected. I\'ll close this chat now."', [
    [0, 'p', 'hello?'],
    [9, 'p', 'do any libraries in maryland lend out golf clubs? like a library of things'],
    [40, 'l', "Hello! This is Raj with AskUsNow!, Maryland's library chat service."],
    [165, 'l', 'Are you still there?'],
    [221, 'l', "I haven't heard back, so it seems you may have been disconnected. I'll close this chat now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (mini golf hours script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat, mini golf hours question'],
    [12, 'l', 'Practice reply: hi, training here. Mini golf hours are at example.org/minigolf'],
    [25, 'p', 'end of test thanks'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined; Lost Call with one patron line
  s(QUEUE, '19 precio para jugar en Clifton Park (Spanish): no provider ever joined, the queue\'s line, patron left, coded Lost Call', [
    [0, 'p', 'hola, cuánto cuesta jugar 9 hoyos en el campo de golf de Clifton Park en Baltimore?'],
    [3, 's', 'Thank you for your question. A librarian will be with you shortly.'],
    left(190),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 dismissed: a limit of one question; the patron's last line never answered
  s(QUENTIN, '20 Donald Ross and the other architects (for a blog): donaldrosssociety.org, "you\'ve hit the limit for this chat", "Bye.", "um ok??" unanswered for 200 s', [
    [0, 'p', 'which golf courses in maryland were designed by famous architects? like donald ross'],
    [19, 'l', "Hi, you've reached Baltimore County Public Library's Ask a Librarian. I'm Quentin."],
    [25, 'l', 'Just Donald Ross, or the other big names too, like A.W. Tillinghast and Robert Trent Jones?'],
    [55, 'p', 'all of them if possible, its for a blog'],
    [64, 'l', "The Donald Ross Society keeps a list of his courses, state by state, at donaldrosssociety.org. For the others, The Architects of Golf by Geoffrey Cornish and Ronald Whitten lists courses by architect, and we own it (search bcpl.info)."],
    [70, 'l', 'Does that help?'],
    [100, 'p', 'yes! also which ones are public, and which ones hosted tournaments, and what the greens fees were back then, and'],
    [103, 'p', 'also any photos of the originals'],
    [110, 'l', "Sorry, but you've hit the limit for this chat — we can only take one question per session."],
    [116, 'l', 'Bye.'],
    [130, 'p', 'um ok??'],
  ], usual({ anything: 'fail', dismissal: 'fail' }), { endAfter: 200 }),

  // 21 the allowed ending: other patrons waiting, come back later
  s(LENA, '21 starting a high school golf team in Glen Burnie: mpssaa.org, the county golf office by phone, "a few other people waiting … please log back on later"', [
    [0, 'p', 'im a teacher starting a golf team at our high school in glen burnie. where do i even start'],
    [20, 'l', 'Hello! Lena from Anne Arundel County Public Library here, thanks for writing in.'],
    [26, 'l', 'Is it a public school in the MPSSAA, and do you already have a course to practice at?'],
    [62, 'p', 'yes public, no course yet'],
    [70, 'l', "The MPSSAA's golf page, at mpssaa.org under Sports > Golf, has the season rules, the state tournament format and the coaching requirements. For a practice home, call the county's golf office about Compass Pointe: 410-555-0187."],
    [76, 'l', 'Is that the sort of thing you needed?'],
    [110, 'p', 'yes great. ok now: budget, uniforms, fundraising ideas, how to recruit girls for the team, insurance, bus schedule...'],
    [118, 'l', "That's a great list! I have a few other people waiting in the queue right now, so please log back on later and we'll go through the rest with you, one piece at a time."],
    [135, 'p', 'ok will do thx'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 22 a transfer with a notice and a note; the receiver's own chats before the transfer
  s(SOL, '22 Arnold Palmer at Mount Pleasant: "I\'m transferring you to her now, one moment please" + a note why, Vera 94 s later, ProQuest Baltimore Sun; Vera\'s three chats before the transfer', [
    [0, 'p', 'did arnold palmer really play at mount pleasant golf course in baltimore? my dad swears he saw him there in the 60s'],
    [17, 'l', "Hi! I'm Sol, a librarian with the Enoch Pratt Free Library."],
    [23, 'l', 'Do you know about what year your dad saw him?'],
    [50, 'p', 'he thinks 1960 or 61'],
    [56, 'l', "Our Maryland Department librarian, Vera, knows Baltimore sports history best — I'm transferring you to her now, one moment please."],
    [59, 'i', 'Vera: patron asking whether Arnold Palmer played Mount Pleasant around 1960 (the Eastern Open?). Local sports history, yours if ok!'],
    xfer(62, 'Vera', 'vera-gf'),
    [156, 'l', "Hello, Vera here in the Maryland Department! Mount Pleasant hosted the Eastern Open, a PGA Tour event, from the mid-1950s into the early 1960s, and Arnold Palmer played in it. The Baltimore Sun covered every round: search 'Eastern Open' and 'Palmer' in ProQuest Historical Newspapers: The Baltimore Sun, free at prattlibrary.org with your library card.", as(VERA)],
    [162, 'l', 'Does that help settle it?', as(VERA)],
    [196, 'p', 'YES he is going to be so happy. no more questions!'],
    [202, 'l', 'Wonderful — thanks for chatting with us!', as(VERA)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [other('v1', 'vera-gf', -200, 600), other('v2', 'vera-gf', -50, 400), other('v3', 'vera-gf', -100, 60)],
  }),

  // 23 partly Spanish: a silent transfer, the receiver 130 s after the patron
  s(GUS, '23 cumple de 7 años en un mini golf near Gaithersburg (Spanish and English): a note only, the transfer with no word, Mara 130 s after the patron, montgomeryparks.org', [
    [0, 'p', 'hi! quiero hacer el cumple de mi hija (7) en un mini golf cerca de gaithersburg, any ideas??'],
    [22, 'l', "Hi, Gus here with Montgomery County Public Libraries' chat. How many kids are you expecting?"],
    [50, 'p', 'unos 10 niños. perdón mi inglés no es muy bueno'],
    [58, 'i', 'Mara, patron is more comfortable in Spanish: kid party at a mini golf near Gaithersburg. Can you take it?'],
    xfer(61, 'Mara', 'mara-gf'),
    [180, 'l', '¡Hola! Soy Mara, bibliotecaria de Montgomery County Public Libraries. Para 10 niños, el sitio de Montgomery Parks, montgomeryparks.org, tiene la lista de parques con minigolf y explica cómo reservar un pabellón para la fiesta; Visit Montgomery (visitmontgomery.com) tiene además los minigolfs privados de la zona.', as(MARA)],
    [186, 'l', '¿Le sirve?', as(MARA)],
    [215, 'p', 'si! perfecto, es todo. gracias!!'],
    [221, 'l', '¡Gracias a usted! Que disfruten la fiesta 🎉', as(MARA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 a transfer at the end of a shift: the note written after the transfer event
  s(BEA, '24 adaptive golf for a veteran in St. Mary\'s: "My shift ends … I\'m transferring you to my colleague Ty", the note 2 s after the transfer, PGA HOPE by contact form', [
    [0, 'p', 'my husband is a vet and lost part of his leg. he misses golf. are there programs in st marys county for adaptive golf?'],
    [20, 'l', "Hi, thank you for reaching out to Ask a Librarian. I'm Bea, from St. Mary's County Library."],
    [26, 'l', 'Is he looking for lessons, or for a group to play with?'],
    [60, 'p', 'both probably. he used to play every week'],
    [66, 'l', "My shift ends in a couple of minutes, so I'm transferring you to my colleague Ty, who will finish this with you. One moment!"],
    xfer(70, 'Ty', 'ty-gf'),
    [72, 'i', "Ty, adaptive golf for a veteran with a leg amputation, St. Mary's Co., lessons and a group. My shift just ended, thanks!"],
    [120, 'l', "Hi, Ty here with AskUsNow!. PGA HOPE runs free golf programs for veterans with disabilities, taught by PGA pros; read about it at pgareach.org, and get in touch with the Middle Atlantic section's PGA HOPE coordinator through the contact form there. Golf Digest's adaptive golf articles, in Flipster through your library, are good reading too.", as(TY)],
    [126, 'l', 'Is that what you were hoping for?', as(TY)],
    [170, 'p', 'yes this is wonderful, thank you. thats all'],
    [176, 'l', "You're so welcome. Thanks for chatting, and best to your husband!", as(TY)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 25 four open at once; "Let me know if you have any other questions"
  s(UNA, '25 a Rocky Point hole map for a beginner: golfbaltimorecounty.com, "yes perfect thx", "Let me know if you have any other questions", four chats open at once', [
    [0, 'p', 'where can i find a scorecard or hole map for rocky point golf course? want to plan my round lol'],
    [14, 'l', "Hi! Una with Baltimore County Public Library's Ask a Librarian. 👋"],
    [20, 'l', 'Are you playing from the front or the back tees?'],
    [44, 'p', 'front, im a beginner'],
    [51, 'l', "Rocky Point is one of Baltimore County's public courses; the scorecard and a hole-by-hole tour with yardages from every tee are at golfbaltimorecounty.com, under Rocky Point > Course Tour. The holes along Back River are the windy ones!"],
    [57, 'l', 'Does that cover it?'],
    [85, 'p', 'yes perfect thx'],
    [90, 'l', 'Great! Let me know if you have any other questions — enjoy the round, and thanks for chatting!'],
  ], usual({ anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('u1', 'una-gf', -100, 60), other('u2', 'una-gf', 10, 200), other('u3', 'una-gf', 40, 95)],
  }),

  // 26 touching ends, three at most; a split greeting; a referral by e-mail
  s(VANCE, '26 clubs for a 4\'8" ten-year-old: "Hey there! 👋" then the name, uskidsgolf.com, Brantwood\'s junior coordinator by e-mail, touching ends (three at most)', [
    [0, 'p', 'what size golf clubs does a 10 yr old need? hes about 4 foot 8'],
    [18, 'l', 'Hey there! 👋'],
    [23, 'l', "I'm Vance, a librarian at Cecil County Public Library. Is he just starting out, or already playing a lot?"],
    [50, 'p', 'just starting, did a clinic last summer at brantwood'],
    [58, 'l', "Junior clubs go by height, not age. U.S. Kids Golf has a free fitting chart at uskidsgolf.com; a starter set of five or six clubs is plenty at first. Since he liked the clinic, e-mail Brantwood's junior program coordinator at juniorgolf@example.org about their summer camps."],
    [64, 'l', 'Did that help?'],
    [95, 'p', 'yes ty! thats everything'],
    [100, 'l', 'Great — have fun on the course, and thanks for chatting!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('w1', 'vance-gf', -300, 0), other('w2', 'vance-gf', -20, 60), other('w3', 'vance-gf', 30, 200), other('w4', 'vance-gf', 105, 400)],
  }),

  // 27 FU_ME pending; the library's own department by address
  s(WES, '27 grandma\'s 1978 hole-in-one at Pine Ridge: ProQuest Baltimore Sun, microfilm promised, the Maryland Department at 400 Cathedral Street, "by Thursday afternoon", pending at day 1', [
    [0, 'p', 'my grandma got a hole in one at pine ridge golf course in like 1978 and supposedly it was in the paper. can you find it?'],
    [20, 'l', 'Hi there, this is Wes, a librarian at the Pratt Library. What a fun one to look for!'],
    [27, 'l', 'Do you know which paper, or the month?'],
    [58, 'p', 'no idea which paper. summer i think. her name was Dorothy Sims'],
    [66, 'l', "If it ran in the Sun, it will be in ProQuest Historical Newspapers: The Baltimore Sun, free at prattlibrary.org. The News American is on microfilm only, so I'll go through its summer 1978 sports pages for you. You're also welcome to visit our Maryland Department at the Central Library, 400 Cathedral Street, to scroll the reels yourself. What e-mail should I send what I find to?"],
    [100, 'p', 'jsims.family@example.net'],
    [106, 'l', "Thanks — that's jsims.family@example.net. I'll e-mail you what I find by Thursday afternoon."],
    [112, 'l', 'Does the Sun database help for now?'],
    [140, 'p', 'yes! thank u so much'],
    [145, 'l', 'Anything else I can look into?'],
    [160, 'p', 'nope thats it'],
    [164, 'l', 'Thanks for chatting, talk to you Thursday!'],
  ], usual({ contact: 'pass', onTime: 'pending', referral: 'pass' }), { ...FU_ME }),

  // 28 FU_LIB, a phone read back, "within 72 hours", done at 80 h; no greeting word
  s(XAN, '28 old photos of the Green Hill course (church newsletter): "AskUsNow! chat, Xan speaking", Nabb Center catalog, FU_LIB, phone read back, "within 72 hours", done at 80 h', [
    [0, 'p', 'hi, im writing a short history of the golf course at green hill (near quantico) for our church newsletter. are there old photos anywhere?'],
    [26, 'l', "AskUsNow! chat, Xan speaking — I'm one of the librarians on duty."],
    [32, 'l', 'Roughly what years are you interested in, and which county library do you use?'],
    [70, 'p', '1920s to 50s. wicomico, the salisbury branch'],
    [78, 'l', "The Nabb Research Center at Salisbury University collects Eastern Shore photographs, and its catalog is searchable at nabbcenter.salisbury.edu. Wicomico Public Libraries also has a local history collection that isn't online, so I'll ask their reference staff to check it and call you. What's the best phone number?"],
    [120, 'p', '410 555 0119, afternoons are best'],
    [126, 'l', "Got it: 410-555-0119, afternoons. Someone from Wicomico's reference desk will call you within 72 hours."],
    [132, 'l', 'Does the Nabb Center catalog look useful in the meantime?'],
    [165, 'p', "yes very, thank you. that's all I need for now"],
    [171, 'l', 'Thank you for chatting, and good luck with the newsletter!'],
  ], usual({ greeting: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(176 + 80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 29 FU_ME done a minute inside the deadline, stamped in UTC; an offer, not the completeness question
  s(YARA, '29 the 1930 rooftop mini golf craze in Baltimore: Chronicling America, "Would that be okay, and what e-mail should I use?", "by Wednesday evening", done 15:01 UTC on day 3', [
    [0, 'p', 'was there really a mini golf craze in baltimore around 1930?? my neighbor says there were courses on rooftops downtown'],
    [19, 'l', "Good afternoon! I'm Yara, a librarian with Anne Arundel County Public Library. Fun question!"],
    [25, 'l', 'Are you after pictures, newspaper stories, or both? And is there a deadline?'],
    [60, 'p', 'both, no deadline, just curious'],
    [68, 'l', "Your neighbor is onto something: in 1930 'Tom Thumb' courses popped up all over the country, rooftops included. Chronicling America, at chroniclingamerica.loc.gov, has some 1930 papers you can search. I'd also like to go through the Baltimore Sun archive for local photos and send you the best clippings. Would that be okay, and what e-mail should I use?"],
    [105, 'p', 'sure! its rooftop.putts@example.com'],
    [111, 'l', "rooftop.putts@example.com — got it. I'll send the clippings by Wednesday evening."],
    [117, 'l', "Anything else I can dig up while I'm at it?"],
    [140, 'p', 'no that is everything, thank you!!'],
    [145, 'l', 'Thanks for chatting — talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T15:01:00+00:00', by: 'yara-gf' }] }, { now: T0 + 4 * DAY }),

  // 30 a promise coded Answered; a pro shop by phone as the source
  s(ABE, '30 adult beginner lessons near Easton: Hog Neck\'s pro shop at 410-555-0124, "I\'ll … e-mail you the class dates tomorrow", e-mail read back, coded Answered, done at 20 h', [
    [0, 'p', 'i want to learn golf at 45 lol. any adult beginner lessons around easton?'],
    [17, 'l', 'Hi, welcome to Ask a Librarian! Abe here, at Talbot County Free Library.'],
    [23, 'l', 'Are you after a group class or private lessons, and weekday evenings or weekends?'],
    [56, 'p', 'group, evenings. cheaper the better'],
    [64, 'l', "Hog Neck Golf Course, the county's course in Easton, runs beginner clinics; call the pro shop at 410-555-0124 to get on the list. Talbot County Parks & Recreation also runs adult golf classes, but its spring program guide isn't posted yet."],
    [70, 'l', "I'll watch for the guide and e-mail you the class dates tomorrow. What's your e-mail?"],
    [98, 'p', 'newgolfer45@example.com'],
    [104, 'l', 'Thanks! newgolfer45@example.com. Does Hog Neck sound like a good start in the meantime?'],
    [130, 'p', 'yes def. thats all i need'],
    [135, 'l', 'Great — thanks for chatting, and welcome to golf!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }), { followUps: [{ doneAt: at(140 + 20 * HOUR) }] }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => GOLF.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('13')]:
    'session.idle_checkin: expected pass, got na ("final idle 114 s is under 120 s"). Message 6: "Thanks for waiting! I checked with a colleague who golfs: Queenstown Harbor runs a weekday seniors group …" gives the whole answer and announces no search and no wait, so it is not a hold message (Terms); it is the first provider message after the patron\'s last line (message 3, at 60 s) that is not a hold, so the final idle runs from it (184 s) to the goodbye (304 s): 120 s, which is ≥ idleCheckSeconds, and "Are you still there?" (message 8, at 274 s) was asked during it.',
  [byNo('25')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Great! Let me know if you have any other questions — enjoy the round, and thanks for chatting!" is the provider\'s goodbye: it leaves the door open but asks nothing before the end, and the patron\'s "yes perfect thx" (message 6) is thanks alone, which "does not count"; the check passes only when "before the end the provider asks whether the patron needs anything else" or the patron says explicitly that they are done.',
};

describe('eighty-third round: golf, mini golf and golf courses, checked', () => {
  describeSessions('whole sessions', GOLF.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', GOLF.filter((c) => c.name in LEFT_WHY));
});
