/**
 * Eighty-fourth round, theme SAILING, SAILBOATS AND REGATTAS, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! chats: crewing on the Annapolis Wednesday night races as a newcomer, a summer
 * sailing camp for an 11-year-old in Baltimore (Spanish), the Deal Island skipjack races on Labor Day, Maryland's boating
 * safety certificate for a sailboat with an outboard, tying a bowline for a class at Solomons, a PHRF rating for a Catalina 30
 * in the Governor's Cup, public sails on the schooner Sultana in Chestertown, the Comet's Oxford origin for a yacht club
 * newsletter, photos of the 2002 Volvo Ocean Race stopover, port and starboard right of way, currents for a Rock Hall to
 * Annapolis run, read-alikes for a Patrick O'Brian fan, the Annapolis sailboat show, valuing a 1979 O'Day 22, NOAA charts
 * from the St. Marys River to Solomons, patching a torn jib, renting a Hobie cat in Ocean City, the Miles River log canoe
 * races, deck tours of Pride of Baltimore II, becoming a small-boat sailing instructor, 1930s races at Havre de Grace, where
 * to watch a regatta near Annapolis (Spanish), sloops and ketches, a grandfather's Star boat at Gibson Island, a mother's
 * 1950s Oxford regatta photos, adult lessons near the Naval Academy, restoring a 1970s Sunfish, youth racing near Prince
 * Frederick, and the physics of sailing upwind for a science fair. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/sailing-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi, welcome to AskUsNow! I'm Dana, a librarian at …" (01); Spanish "¡Hola, buenas tardes! Le atiende Luz,
 *   bibliotecaria del servicio AskUsNow!." (02) and "¡Hola! Soy Pilar, bibliotecaria de AskUsNow!." (22); pickup at exactly
 *   60 s (03: pass) and at 61 s after the patron's "hello?" (04: fail); "This is Reggie at Calvert Library, Ask a Librarian."
 *   with no greeting word in either of the first two provider lines (05: fail); "Hi there, thanks for writing in!" from the
 *   screen name ivan_smcl, no name, library or service in the text (15: fail); `pickedUpAt` at 45 s with the first visible
 *   line at 72 s (17: pass); a library and "a librarian" with no name (28); the service and "a librarian" (11, 18, 30); no
 *   provider ever, only the queue's line (23);
 *  inquiry: sailing experience, the race and the boat's rig, the grandchildren's ages, shore or water, the birth year (the
 *   certificate rule turns on it), kindle or print, paper or plotter, the tear's size and place, bay or ocean side, the hull
 *   number, the grade of the project; a restatement "So you'd like photos of the boats at the Baltimore stopover …" (09); a
 *   question asked only after the source (08: fail); a question and no source ever (10, 21: pass);
 *  waits: a hold at 66, "Still searching: …" at 186 and the answer at 306 with an internal line between (06: two spans of
 *   exactly 120 s, pass); the patron's follow-on question answered 121 s later, an internal line between (07: fail);
 *   "Sure, no rush — take your time." and the patron back 180 s later (28: waiting on the patron, pass); transfer
 *   announcements answered by the receiver 48, 52 and 64 s later (18, 20, 29); a silent transfer, the receiver 88 s after the
 *   patron (30); a patron line before a 61 s pickup (04: pickup's wait alone); the patron's "seriously?" left unanswered at
 *   the end (13: open span, not counted);
 *  sources: annapolisyc.com and the Rousmaniere book in the catalogue, downtownsailing.org and prattlibrary.org, cbmm.org,
 *   dnr.maryland.gov/nrp, animatedknots.com and the Ashley Book of Knots, phrfchesapeake.org and govcup.com,
 *   sultanaeducation.org, cometclass.org, the Baltimore Sun database, tidesandcurrents.noaa.gov, NoveList Plus and named
 *   novels, annapolisboatshows.com, jdpower.com/boats and This Old Boat, charts.noaa.gov, The Sailmaker's Apprentice,
 *   ococean.com, pride2.org, ussailing.org, severnsailing.org, starclass.org and ProQuest Historical Newspapers,
 *   digitalmaryland.org, annapolissailing.com, sunfishclass.org, siyc.org and massasailing.org, Science Reference Center and
 *   The Physics of Sailing Explained; none, the rule from memory and "US Sailing teaches it" (10: fail);
 *  completeness: "Does that help you get started?", "¿Le sirve esta información?", "Does that do the trick?", "Does that
 *   settle it?", "Does that give him enough to start on?", "Does that answer your question, or is there anything else …?",
 *   "Did Digital Maryland look useful for now?", "Does the class site help for now?"; an offer of more, "Would you like me
 *   to pull up the marine forecast for Saturday too?" (11: fail); none because nothing was ever given (21: fail);
 *  anything else: asked by the provider (04, 09, 10, 15, 16, 28), the patron's "thats all i needed", "es todo lo que
 *   necesitaba", "no more questions", "that is everything", "thats everything", "thats all for now", "no thats it"; near
 *   misses "yes!! thank u he will be thrilled" (12), "lol fair enough" (14), "ok thanks" (30), "seriously?" (13) and sessions
 *   that end in an idle (16 is the one that asks inside the answer);
 *  endings: "You've reached the limit of three questions per chat, so I'll have to end the session here. Thanks for using
 *   Ask a Librarian." (13: dismissal fails, courteous passes); "We have a few other patrons waiting right now, so please log
 *   back on later" (14: allowed); "My shift is ending in a few minutes, so I'll wrap up here, but please come back to
 *   AskUsNow! anytime" (30: a way back, passes); "OK. Closing this chat now." after "Anything else?" (15: courteous fails);
 *   goodbyes 119 s (16: idle na), 121 s without a check-in (17: fail) and 120 s with "Are you still there?" (18: pass)
 *   after the answer; a check-in and "It looks like you've disconnected, so I'm going to end this chat. Thanks for writing,
 *   and feel free to come back anytime!" exactly 180 s after the answer (19: pass); a check-in and a plain goodbye 181 s
 *   after (20: notice fails); a Spanish check-in and `endedAt` 179 s after the answer, no thanks (22: notice na, courteous
 *   fails);
 *  follow-ups and codes: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h, judged at day 2 (25: pass); FU_LIB,
 *   a phone typed and read back, "by Monday", done 73 h after `endedAt` (26: on_time fails); a promise to "email you what I
 *   find tomorrow", coded Answered, the e-mail only in `patron.email`, judged at day 1 (27: code and contact fail, on_time
 *   pending); FU_ME with "I'll follow up with what I find by Friday" and no contact anywhere, judged at day 4 (28: code,
 *   contact and on_time fail); a Lost Call where the provider asked a clarifying question and the patron never wrote again
 *   (21: pass, information checks apply); a Lost Call after two patron lines (22: fail); null with no provider (23: fail);
 *   the field left out (10: na); Practice (24);
 *  referrals: DNR's boating education office by phone (04: pass); the Lions Club by P.O. Box (03: pass); the Sultana office
 *   by phone and the Chestertown visitor center with nothing (07: fail); the own library's Westminster branch information
 *   desk with nothing (12: fail); "ask the folks at Bay Bridge Marina" (14: fail); US Sailing's education department through
 *   ussailing.org/contact (20: pass); not referrals: the Maryland Room asked to call the patron (26), a contact at the Academy
 *   the provider will ask (27), websites that list outfitters (17), transfers to colleagues (18, 20, 29, 30);
 *  transfers: a notice (a hold) and an internal note saying why, both before the transfer (29: pass); a notice and no note
 *   (18: fail); a notice and a note written after the transfer event (20: fail); a note and no word to the patron (30: fail);
 *  concurrency: one session ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (01: three at
 *   most, pass); three others all open from 30 s to 90 s (11: four at once, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Reggie at Calvert Library, Ask a Librarian." identifies but does not greet; the second line is a question, so
 *   the first two provider lines hold no greeting (05: fail); "Hi there, thanks for writing in!" greets but names no one in
 *   the text, and the screen name ivan_smcl does not count (15: fail); "Hi, you're chatting with a librarian at Frederick
 *   County Public Libraries." identifies by library without a name (28: pass);
 * - Spanish greetings, goodbyes and questions count as their English forms: "¡Hola … Le atiende Luz, bibliotecaria",
 *   "¿Le sirve esta información?", "¿Sigue ahí?", "es todo lo que necesitaba" (02, 22);
 * - when the source records `pickedUpAt`, it is the pickup (17: 45 s, pass, though the first visible line came at 72 s);
 * - "Let me look that up — one moment." is a hold; "Still searching: … I'm checking the Catalina 30 entries." says the search
 *   goes on, a hold (06); a transfer announcement ("I'm passing you to her — just a moment", "I'm transferring you to him
 *   now", "I'm going to transfer you to Xavier there") is a hold (18, 20, 29); "Sure, no rush — take your time." is not (28);
 *   internal lines end no wait (06, 07, 30);
 * - "So you'd like photos of the boats at the Baltimore stopover …" restates the question (09: clarify passes);
 *   "How long does the newsletter piece need to be?" comes after the message that gave cometclass.org, so it is not before
 *   the first source (08: fail);
 * - "That's how US Sailing teaches it in its beginner courses too" names an organisation without a way to reach it, and no
 *   other resource is named: no source (10: fail); with no source ever given, "Are both boats under sail …?" counts (10);
 * - "Would you like me to pull up the marine forecast for Saturday too?" offers something not yet given (11: completeness
 *   fails); "Does that do the trick?", "Does that give him enough to start on?", "Did Digital Maryland look useful for
 *   now?", "Does the Star Class page help in the meantime?", "Does the sailing school look like a good fit meanwhile?",
 *   "Does the class site help for now?" ask whether what was given meets the need;
 * - "Anything else you two are arguing about? 😄" asks whether the patron needs anything else (10); "yes!! thank u he will be
 *   thrilled", "lol fair enough", "ok thanks" are thanks or assent, not an explicit end (12, 14, 30); "thats all for now"
 *   (25) and "no thats it thanks" (07) say explicitly that the patron is done;
 * - 21: the greeting and a clarifying question, then the patron never wrote again: a clarifying question makes the exchange
 *   substantive, so the information checks apply: clarify passes (no source ever, a question asked), source fails,
 *   completeness fails (no source or answer was ever given to ask about), anything else fails; the final idle starts at the
 *   greeting (the first non-hold provider line after the patron's only line); "You're welcome to come back anytime!" in the
 *   disconnect notice invites the patron back, so it is a goodbye (courteous passes); the patron sent only the question, so
 *   Lost Call passes;
 * - a final idle of exactly 120 s (18) and exactly 180 s (19) is "≥" the setting; the goodbye that closes it counts as sent
 *   during it (19: the notice and goodbye in one line);
 * - "OK. Closing this chat now." announces the end and thanks no one (15: with "Anything else?" before it, courteous fails);
 * - "You've reached the limit of three questions per chat" tells the patron they reached a limit; the thanks after it is not
 *   a way back (13: fails); "My shift is ending in a few minutes, so I'll wrap up here, but please come back to AskUsNow!
 *   anytime" ends the help for the provider's convenience but offers a way back (30: passes);
 * - "write to the Deal Island–Chance Lions Club, P.O. Box 37, Deal Island, MD 21821" is a referral with a postal address
 *   (03); "he can stop by the information desk at our Westminster branch" tells the patron to visit the provider's own
 *   library's branch, with no way to reach it (12: fail); "ask the folks at Bay Bridge Marina" (14: fail); in 07 the second
 *   party, "ask at the Chestertown visitor center", has no contact, so not every party has one (fail);
 * - "I'll ask them to look for Joan Tilghman … and call you" consults staff on the patron's behalf (26: not a referral) and
 *   promises that someone from the patron's library will contact them; "I'll check with a contact there and email you what
 *   I find tomorrow" (27) and "I'll follow up with what I find by Friday" (28) are promises of a follow-up;
 * - `resolutionCode: undefined` in the transcript is the field left out (the source has no codes): code na (10);
 * - followup.on_time counts from `endedAt`: 73 h after it is late (26); not recorded at day 1 is pending (27), at day 4 is
 *   past the deadline (28);
 * - a transfer note written after the `transfer` event is not "before the transfer" (20: fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (20, 27). Label corrections: none (each disagreement reread against RUBRIC.md;
 * both labels stood).
 * Final: 28 running, 2 LEFT (LEFT_WHY: "contact US Sailing's education department through ussailing.org/contact" not read as
 * a referral, 20; "Does the sailing school look like a good fit meanwhile?" not read as the completeness question, 27).
 * ON v72 AS LANDED (block AL): 20 and 27 read as labelled and run ("contact US Sailing's education department through
 *   ussailing.org/contact": AL1, "US" in capitals before a name is a body, not "us"; "Does the sailing school look like a good fit
 *   meanwhile?": AL3): 30 running, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-sl', name: 'Dana', library: 'AACPL' };
const LUZ: Prov = { id: 'luz-sl', name: 'Luz', library: 'AUN' };
const HOLLIS: Prov = { id: 'hollis-sl', name: 'Hollis', library: 'SCLS' };
const ROSS: Prov = { id: 'ross-sl', name: 'Ross', library: 'HCPL-MD' };
const REGGIE: Prov = { id: 'reggie-sl', name: 'Reggie', library: 'CCPL-CA' };
const IMANI: Prov = { id: 'imani-sl', name: 'Imani', library: 'AUN' };
const KWAME: Prov = { id: 'kwame-sl', name: 'Kwame', library: 'KCPL' };
const NADIA: Prov = { id: 'nadia-sl', name: 'Nadia', library: 'TCFL' };
const TOMAS: Prov = { id: 'tomas-sl', name: 'Tomás', library: 'EPFL' };
const BRYCE: Prov = { id: 'bryce-sl', name: 'Bryce', library: 'QACL' };
const CELESTE: Prov = { id: 'celeste-sl', name: 'Celeste', library: 'AUN' };
const FIONA: Prov = { id: 'fiona-sl', name: 'Fiona', library: 'CCPL-MD' };
const GIDEON: Prov = { id: 'gideon-sl', name: 'Gideon', library: 'AACPL' };
const HAZEL: Prov = { id: 'hazel-sl', name: 'Hazel', library: 'BCPL' };
const IVAN: Prov = { id: 'ivan-sl', name: 'ivan_smcl', library: 'SMCL' };
const JUNE: Prov = { id: 'june-sl', name: 'June', library: 'WOCL' };
const KAI: Prov = { id: 'kai-sl', name: 'Kai', library: 'AUN' };
const LENA: Prov = { id: 'lena-sl', name: 'Lena', library: 'AUN' };
const WREN: Prov = { id: 'wren-sl', name: 'Wren', library: 'TCFL' };
const MARISA: Prov = { id: 'marisa-sl', name: 'Marisa', library: 'EPFL' };
const NOEL: Prov = { id: 'noel-sl', name: 'Noel', library: 'HCLS' };
const PERRY: Prov = { id: 'perry-sl', name: 'Perry', library: 'HCLS' };
const OSCAR: Prov = { id: 'oscar-sl', name: 'Oscar', library: 'HCPL-MD' };
const PILAR: Prov = { id: 'pilar-sl', name: 'Pilar', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-sl', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-sl', name: 'Trainee 7', library: 'TRN' };
const RUTH: Prov = { id: 'ruth-sl', name: 'Ruth', library: 'AACPL' };
const SOFIA: Prov = { id: 'sofia-sl', name: 'Sofia', library: 'AUN' };
const TOBY: Prov = { id: 'toby-sl', name: 'Toby', library: 'AACPL' };
const UMA: Prov = { id: 'uma-sl', name: 'Uma', library: 'FCPL-MD' };
const VERA: Prov = { id: 'vera-sl', name: 'Vera', library: 'AUN' };
const XAVIER: Prov = { id: 'xavier-sl', name: 'Xavier', library: 'CCPL-CA' };
const YARA: Prov = { id: 'yara-sl', name: 'Yara', library: 'AUN' };
const ZEKE: Prov = { id: 'zeke-sl', name: 'Zeke', library: 'BCPL' };

const s = session;

export const SAILING: SessionCase[] = [
  // 01 the plain good session; three open at most, with touching ends
  s(DANA, '01 crewing on the Annapolis Wednesday night races: experience asked, annapolisyc.com + Rousmaniere in the catalogue, touching ends (three at most)', [
    [0, 'p', 'hi! just moved to annapolis and want to crew on the wednesday night races. how do ppl even get on a boat??'],
    [18, 'l', "Hi, welcome to AskUsNow! I'm Dana, a librarian at Anne Arundel County Public Library."],
    [24, 'l', 'Have you done any sailing before, or would this be your first time on a race boat?'],
    [55, 'p', 'a little dinghy sailing at summer camp like 10 yrs ago, thats it'],
    [63, 'l', "That's a fine start: plenty of skippers take newcomers as rail meat and teach them the rest. The Annapolis Yacht Club runs the Wednesday night series, and its crew list at annapolisyc.com (under Racing) is where skippers look for crew. The Annapolis Book of Seamanship by John Rousmaniere, in our catalog at aacpl.net, explains what each crew position does."],
    [70, 'l', 'Does that help you get started?'],
    [104, 'p', 'yes thats all i needed, thank you!! 🙌'],
    [110, 'l', "You're welcome — have fun out there, and thanks for chatting with us!"],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'dana-sl', -300, 0), other('d2', 'dana-sl', -50, 60), other('d3', 'dana-sl', 40, 500), other('d4', 'dana-sl', 115, 600)],
  }),

  // 02 Spanish: a summer camp in Baltimore
  s(LUZ, '02 clases de vela para un niño de 11 años en Baltimore (Spanish): edad y fecha, downtownsailing.org + prattlibrary.org, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas tardes, busco clases de vela para mi hijo en baltimore, hay algo barato o gratis?'],
    [22, 'l', '¡Hola, buenas tardes! Le atiende Luz, bibliotecaria del servicio AskUsNow!.'],
    [28, 'l', '¿Qué edad tiene su hijo, y lo busca para este verano?'],
    [60, 'p', 'tiene 11, si para el verano'],
    [68, 'l', 'El Downtown Sailing Center, en el puerto de Baltimore, tiene campamentos de vela para niños y jóvenes y ofrece becas; los detalles están en downtownsailing.org, en la sección "Youth". También puede buscar "vela" en el catálogo de la Biblioteca Pratt, prattlibrary.org, para libros infantiles en español.'],
    [75, 'l', '¿Le sirve esta información?'],
    [110, 'p', 'sí, perfecto, es todo lo que necesitaba 🙏'],
    [116, 'l', '¡Con mucho gusto! Gracias por escribir a AskUsNow!, y que su hijo disfrute el verano ⛵'],
  ], usual()),

  // 03 pickup at exactly 60 s; a referral by postal address
  s(HOLLIS, '03 the Deal Island skipjack races with an 84-year-old dad: pickup at exactly 60 s, cbmm.org, the Lions Club by P.O. Box, "no more questions"', [
    [0, 'p', 'when is the skipjack race at deal island this year? want to take my dad'],
    [60, 'l', 'Good morning! This is Hollis, a librarian with Somerset County Library System.'],
    [66, 'l', 'Are you hoping to watch from shore, or to get out on the water?'],
    [100, 'p', 'from shore, hes 84 lol'],
    [108, 'l', "The Deal Island skipjack races are held every Labor Day, during the Lions Club's Labor Day weekend festival, with the boats racing off the harbor in the morning; the shore by the harbor is the easy spot for your dad. The Chesapeake Bay Maritime Museum has background on the boats at cbmm.org (search 'skipjack'). For this year's schedule in print, write to the Deal Island–Chance Lions Club, P.O. Box 37, Deal Island, MD 21821."],
    [115, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes! no more questions, thanks so much'],
    [146, 'l', 'Enjoy the race with your dad, and thanks for writing in!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; a referral by phone
  s(ROSS, '04 a boating safety certificate for a sailboat with an outboard: "hello?" at 38, pickup at 61 s, dnr.maryland.gov/nrp, the DNR office by phone', [
    [0, 'p', 'do i need a license to drive my sailboat on the bay? its got a little outboard on the back'],
    [38, 'p', 'hello?'],
    [61, 'l', 'Hello, sorry to keep you waiting! Ross here, librarian at Harford County Public Library.'],
    [67, 'l', "What year were you born? Maryland's rule depends on it."],
    [90, 'p', '1975'],
    [97, 'l', "Then yes: anyone born on or after July 1, 1972 needs a Maryland Certificate of Boating Safety Education to run a motorized vessel, and a sailboat with an outboard counts. The approved courses, online and in person, are listed on the DNR's boating safety page at dnr.maryland.gov/nrp. If you're unsure which course is accepted, call the DNR Boating Safety Education office at 410-555-0134."],
    [103, 'l', 'Did that answer your question?'],
    [130, 'p', 'yep. thx'],
    [135, 'l', 'Anything else I can help with today?'],
    [150, 'p', 'no'],
    [154, 'l', 'Great — fair winds, and thanks for chatting!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 identification without a greeting
  s(REGGIE, '05 a bowline for a class at Solomons: "This is Reggie at Calvert Library, Ask a Librarian." (no greeting word), animatedknots.com', [
    [0, 'p', 'can you help me learn to tie a bowline? i keep messing it up'],
    [15, 'l', 'This is Reggie at Calvert Library, Ask a Librarian.'],
    [21, 'l', 'Are you learning it for sailing, or for something else like climbing?'],
    [45, 'p', 'sailing, taking a class at solomons next month'],
    [52, 'l', "Animated Knots has a step-by-step animation of the bowline that you can slow down or pause: animatedknots.com/bowline-knot. The Ashley Book of Knots is in our catalog too (calvertlibrary.info) if you'd like a book."],
    [58, 'l', 'The old memory trick: the rabbit comes up out of the hole, around the tree, and back down the hole. 🐇'],
    [64, 'l', 'Does that do the trick?'],
    [95, 'p', 'omg the animation helped so much. thats all, thanks!'],
    [100, 'l', 'Glad to hear it! Have fun in the class, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 two waits of exactly 120 s, an internal line between
  s(IMANI, '06 a PHRF rating for a Catalina 30 in the Governor\'s Cup: hold at 66, "Still searching" at 186, answer at 306 (two spans of exactly 120 s)', [
    [0, 'p', 'whats the phrf rating for a catalina 30? want to enter a distance race'],
    [20, 'l', "Hi there, I'm Imani, a librarian with AskUsNow!."],
    [26, 'l', "Which race is it? Ratings can differ by fleet and by the boat's setup (tall rig, wing keel and so on)."],
    [60, 'p', 'the governors cup, to st marys. standard rig shoal keel i think'],
    [66, 'l', 'Let me look that up — one moment.'],
    [130, 'i', 'asked Jen in reference whether PHRF Chesapeake posts base ratings publicly'],
    [186, 'l', "Still searching: the PHRF of the Chesapeake lists base ratings by class, and I'm checking the Catalina 30 entries."],
    [306, 'l', "Found it. PHRF of the Chesapeake's rating list at phrfchesapeake.org shows the Catalina 30 standard rig at around 180 seconds a mile, with an adjustment for a shoal keel; your own number comes with the certificate you apply for on that site. The Governor's Cup notice of race is at govcup.com."],
    [312, 'l', 'Does this completely answer your question?'],
    [350, 'p', 'perfect, that is everything. thank you for digging'],
    [356, 'l', "Happy to! Good luck in the Governor's Cup, and thanks for chatting."],
  ], usual()),

  // 07 a wait of 121 s; two parties, one with no contact
  s(KWAME, '07 public sails on the schooner Sultana: the June question answered 121 s later (internal line between), the office by phone + the visitor center with nothing', [
    [0, 'p', 'hi can kids go out on the schooner sultana in chestertown? grandkids visiting in june'],
    [17, 'l', 'Hello! Kwame at Kent County Public Library here, thanks for writing.'],
    [23, 'l', 'How old are the grandkids?'],
    [50, 'p', '7 and 12'],
    [56, 'l', 'Yes — the Sultana Education Foundation runs two-hour public sails on its replica schooner, and kids of both ages are welcome with an adult. The schedule and ticket prices are on sultanaeducation.org under Public Sails.'],
    [62, 'l', 'Does that help?'],
    [90, 'p', 'kinda, do they have anything the 2nd week of june specifically? and is there a senior discount'],
    [100, 'i', 'checking the sultana calendar for june + senior pricing'],
    [211, 'l', "Sorry that took a while! Their June calendar shows a public sail on Saturday the 13th. I don't see a senior price, only adult and child tickets, so it's worth asking: call the Sultana office at 410-555-0150, or ask at the Chestertown visitor center."],
    [217, 'l', 'Anything else I can check for you?'],
    [240, 'p', 'no thats it thanks'],
    [245, 'l', 'Enjoy the sail, bye! ⛵'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 08 the only question comes after the source
  s(NADIA, '08 the Comet designed in Oxford, MD (newsletter): cometclass.org at once, "How long does the newsletter piece need to be?" after it', [
    [0, 'p', 'is it true the comet sailboat was designed in oxford md? writing a piece for our yacht club newsletter'],
    [21, 'l', 'Hi! Nadia here, a librarian at Talbot County Free Library.'],
    [28, 'l', "It is, more or less: C. Lowndes Johnson, an Eastern Shore designer, drew the Comet in 1932, and the first boats were built and sailed around Oxford. The Comet Class Yacht Racing Association tells the story on the history page at cometclass.org."],
    [34, 'l', 'How long does the newsletter piece need to be?'],
    [60, 'p', 'just a paragraph or two'],
    [66, 'l', 'Then the history page should be plenty. Did that give you what you need?'],
    [95, 'p', 'yes, perfect. thats all i need'],
    [100, 'l', 'Wonderful — thanks for contacting us, and good luck with the newsletter!'],
  ], usual({ clarify: 'fail' })),

  // 09 a restatement
  s(TOMAS, '09 photos of the 2002 Volvo Ocean Race stopover: "So you\'d like photos of the boats at the Baltimore stopover …", the Baltimore Sun database', [
    [0, 'p', 'hey, looking for pictures of the volvo ocean race boats in the inner harbor, it was 2002 i think? my uncle was on the dock crew'],
    [19, 'l', 'Good afternoon! Tomás here, librarian at Enoch Pratt Free Library.'],
    [25, 'l', "So you'd like photos of the boats at the Baltimore stopover of the 2001–02 Volvo Ocean Race, ideally ones that show the dock crews."],
    [55, 'p', 'yes exactly'],
    [62, 'l', "The Sun covered the stopover closely in April 2002. Its articles, and many of the photos, are in the Baltimore Sun database (1990–current), free with a Pratt card at prattlibrary.org > Research > Newspapers. Try 'Volvo Ocean Race' with April 2002 as the date."],
    [68, 'l', 'Is that the kind of thing you were hoping for?'],
    [100, 'p', 'yeah thats great. ok thanks'],
    [105, 'l', 'Was there anything else?'],
    [120, 'p', 'nope!'],
    [124, 'l', 'Good luck finding your uncle on the dock — thanks for chatting!'],
  ], usual()),

  // 10 no source; the code field left out
  s(BRYCE, '10 port and starboard right of way (a $5 bet): the rule from memory, "US Sailing teaches it" (no source), no resolution code field', [
    [0, 'p', 'quick one, if two sailboats are heading at each other who has to get out of the way? arguing w my brother in law'],
    [16, 'l', "Hi! I'm Bryce, a librarian at Queen Anne's County Library."],
    [22, 'l', 'Are both boats under sail, with no motor running?'],
    [40, 'p', 'yes both sailing'],
    [47, 'l', "Then it comes down to the tack. A boat on port tack (wind coming over its left side) keeps clear of a boat on starboard tack. If both are on the same tack, the windward boat keeps clear of the leeward one. That's how US Sailing teaches it in its beginner courses too."],
    [53, 'l', 'Does that settle it?'],
    [80, 'p', 'ha yes he owes me $5'],
    [84, 'l', 'Anything else you two are arguing about? 😄'],
    [100, 'p', 'no thats all lol'],
    [104, 'l', 'Enjoy the $5, bye!'],
  ], usual({ source: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 11 an offer of more; four open at once
  s(CELESTE, '11 currents for a Rock Hall to Annapolis run: tidesandcurrents.noaa.gov, "Would you like me to pull up the marine forecast … too?", four chats at once', [
    [0, 'p', 'where do i find the currents for sailing rock hall to annapolis saturday? want to time it right'],
    [20, 'l', 'Hello, thanks for contacting AskUsNow! This is Celeste, a librarian.'],
    [26, 'l', 'Are you heading out in the morning or the afternoon?'],
    [50, 'p', 'morning, leaving around 8'],
    [57, 'l', "NOAA's Tides & Currents site has current predictions for the Bay: at tidesandcurrents.noaa.gov choose Currents, then Maryland, and pick the Bay Bridge station, the one that matters most on that run. You can set the date to Saturday."],
    [63, 'l', 'Would you like me to pull up the marine forecast for Saturday too?'],
    [90, 'p', 'no i got that already. thats everything, thanks'],
    [95, 'l', 'Fair winds, and thanks for using AskUsNow!'],
  ], usual({ complete: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('c1', 'celeste-sl', -100, 200), other('c2', 'celeste-sl', 10, 90), other('c3', 'celeste-sl', 30, 400)],
  }),

  // 12 thanks alone; the own library's branch desk with no contact
  s(FIONA, '12 read-alikes for a Patrick O\'Brian fan on a Kindle: NoveList Plus and named series, "yes!! thank u", the Westminster branch desk with nothing', [
    [0, 'p', "my dad loves the patrick o'brian sailing books and has read them all twice. what else is like that??"],
    [22, 'l', "Hi, thanks for reaching out! I'm Fiona, a librarian at Carroll County Public Library."],
    [28, 'l', 'Does he like the sea battles most, or the life aboard ship and the friendship?'],
    [60, 'p', 'battles for sure. he reads on a kindle now, his eyes'],
    [68, 'l', "Try C.S. Forester's Hornblower series, Dudley Pope's Ramage novels and Julian Stockwin's Kydd series — most are in Libby as Kindle books with his library card. NoveList Plus, on our Research page, also has a read-alike list for O'Brian fans."],
    [74, 'l', 'Does that give him enough to start on?'],
    [100, 'p', "yes!! thank u he will be thrilled. he's not great with the kindle tho"],
    [106, 'l', "If he'd like a hand sending Libby books to the Kindle, he can stop by the information desk at our Westminster branch. Thanks for chatting, and happy reading!"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 13 dismissed: a question limit
  s(GIDEON, '13 the Annapolis sailboat show and a string of questions: annapolisboatshows.com, "You\'ve reached the limit of three questions per chat"', [
    [0, 'p', 'when is the sailboat show in annapolis and how much are tickets'],
    [20, 'l', 'Hello! Gideon at Anne Arundel County Public Library, Ask a Librarian.'],
    [26, 'l', "Is it this October's show you're asking about?"],
    [45, 'p', 'yes this year'],
    [52, 'l', 'The United States Sailboat Show is held every October at City Dock; dates, ticket prices and parking are on annapolisboatshows.com.'],
    [58, 'l', 'Did that help?'],
    [80, 'p', 'yes. also where do i park, is there a shuttle, can i bring my dog, whats the best day to go, and are there seminars'],
    [88, 'l', "You've reached the limit of three questions per chat, so I'll have to end the session here. Thanks for using Ask a Librarian."],
    [100, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 the allowed "other patrons waiting"; a marina with no contact
  s(HAZEL, '14 valuing a 1979 O\'Day 22: jdpower.com/boats + This Old Boat, "ask the folks at Bay Bridge Marina", "other patrons waiting … log back on later"', [
    [0, 'p', 'thinking of buying a used 22 ft sailboat, how do i know what its worth'],
    [19, 'l', "Hi! I'm Hazel, a librarian with Baltimore County Public Library's Ask a Librarian service."],
    [25, 'l', 'Do you know the make and year of the boat?'],
    [50, 'p', '1979 oday 22'],
    [57, 'l', "J.D. Power's boat values at jdpower.com/boats list older sailboats like the O'Day 22 by year, and Don Casey's This Old Boat (in our catalog at bcpl.info) is great on what to check on a 1970s fiberglass hull. Before you buy, ask the folks at Bay Bridge Marina about a pre-purchase survey."],
    [63, 'l', 'Is that the kind of info you were after?'],
    [90, 'p', 'yes. now how do i title it, insurance, trailer registration, where to keep it, and how do i learn to sail it lol'],
    [97, 'l', "Those are all good questions! We have a few other patrons waiting right now, so please log back on later and we'll take them one at a time — happy to help then."],
    [115, 'p', 'lol fair enough'],
    [120, 'l', "Thanks for chatting, and good luck with the O'Day!"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 15 a screen name only; an announcement for an ending
  s(IVAN, '15 NOAA charts from the St. Marys River to Solomons: screen name only, charts.noaa.gov, "Anything else?", "OK. Closing this chat now."', [
    [0, 'p', 'which noaa chart do i need for sailing from the st marys river up to solomons'],
    [21, 'l', 'Hi there, thanks for writing in!'],
    [27, 'l', 'Do you want paper charts, or something for a chartplotter or phone?'],
    [55, 'p', 'paper, old school'],
    [62, 'l', "NOAA's chart locator at charts.noaa.gov/InteractiveCatalog lets you click on that stretch of the Bay and gives you the chart numbers; paper copies are printed on demand by the agents listed there."],
    [68, 'l', 'Did that help?'],
    [90, 'p', 'yes got it'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'no'],
    [114, 'l', 'OK. Closing this chat now.'],
  ], usual({ greeting: 'fail', courteous: 'fail' })),

  // 16 a goodbye 119 s after the answer
  s(JUNE, '16 a 3-inch tear in a jib: The Sailmaker\'s Apprentice, "Does that answer your question, or is there anything else …?", goodbye 119 s later', [
    [0, 'p', 'got a small tear in my jib, can i fix it myself or does it need a sailmaker'],
    [20, 'l', "Hello, Worcester County Library's Ask a Librarian here — I'm June."],
    [26, 'l', 'How big is the tear, and is it out in the middle of the sail or along an edge?'],
    [58, 'p', 'like 3 inches, in the middle'],
    [65, 'l', "A 3-inch tear in the body of the sail is a fine home repair: sail repair tape on both sides, with the corners of the patch rounded so they don't peel. Emiliano Marino's The Sailmaker's Apprentice, which you can request in our catalog at worcesterlibrary.org, has a chapter on repairs with drawings. Does that answer your question, or is there anything else I can help with?"],
    [184, 'l', 'Thanks for chatting, and happy sailing! ⛵'],
  ], usual()),

  // 17 pickedUpAt 45 (first line 72); a goodbye 121 s after the answer, no check-in
  s(KAI, '17 renting a Hobie cat in Ocean City (Spanglish): pickedUpAt 45 (first line 72), ococean.com, goodbye 121 s later with no check-in', [
    [0, 'p', 'hola! where can i rent a hobie cat en ocean city md? somos 2 adults, both sailed before'],
    [72, 'l', "Hi! Welcome to AskUsNow! — I'm Kai, a librarian. Thanks for your patience."],
    [78, 'l', 'Bay side or ocean side, and for which week?'],
    [100, 'p', 'bay side, 2nd week of august'],
    [108, 'l', "Several bayside outfitters rent small catamarans by the hour; Ocean City's visitor site lists them, with phone numbers, under Things to Do > Water Sports at ococean.com. Is this what you needed?"],
    [229, 'l', 'Thanks for stopping by, enjoy the bay!'],
  ], usual({ anything: 'fail', idle: 'fail' }), { pickedUpAt: at(45) }),

  // 18 a transfer with a notice and no note; a goodbye 120 s after the answer with a check-in
  s(LENA, '18 the Miles River log canoe races: "I\'m passing you to her — just a moment" with no note, Wren at cbmm.org, "Are you still there?", goodbye 120 s later', [
    [0, 'p', 'when are the log canoe races on the miles river this summer'],
    [16, 'l', "Hello, Lena with AskUsNow! here, I'm a librarian."],
    [22, 'l', "A librarian from Talbot County Free Library is on right now and knows the races well, so I'm passing you to her — just a moment."],
    xfer(25, 'Wren', 'wren-sl'),
    [70, 'l', "Hi, I'm Wren at Talbot County Free Library. Are you hoping to watch from land or from a spectator boat?", as(WREN)],
    [95, 'p', 'land'],
    [102, 'l', "The Chesapeake Bay Maritime Museum posts the season's log canoe race schedule each spring at cbmm.org under Events; several races start close enough to St. Michaels to watch from the museum's waterfront. Does that help?", as(WREN)],
    [190, 'l', 'Are you still there?', as(WREN)],
    [222, 'l', 'Thanks for chatting, and enjoy the races!', as(WREN)],
  ], usual({ anything: 'fail', idle: 'pass', transfer: 'fail' })),

  // 19 a check-in, then notice and goodbye in one line exactly 180 s after the answer
  s(MARISA, '19 deck tours of Pride of Baltimore II: pride2.org, "are you still with me?", "It looks like you\'ve disconnected … feel free to come back" at 180 s', [
    [0, 'p', 'is the pride of baltimore ship open for tours? whens it in port'],
    [21, 'l', "Hi there! I'm Marisa, a librarian at Enoch Pratt Free Library."],
    [27, 'l', "Are you thinking of a tour here in Baltimore, or wherever it's docked next?"],
    [58, 'p', 'baltimore, in may'],
    [66, 'l', 'Pride of Baltimore II posts its sailing schedule and free deck-tour days at pride2.org under Schedule; when it is home in May it usually ties up at the Inner Harbor. Is that what you were looking for?'],
    [156, 'l', 'Hi, are you still with me?'],
    [246, 'l', "It looks like you've disconnected, so I'm going to end this chat. Thanks for writing, and feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 a note after the transfer; a check-in, then a plain goodbye 181 s after the answer
  s(NOEL, '20 becoming a small-boat sailing instructor: transfer to Perry, the note written after it, ussailing.org/contact, "Still there?", goodbye 181 s later', [
    [0, 'p', 'how do i become a certified sailing instructor? i sail a lot but never taught'],
    [22, 'l', "Hello and thanks for contacting Howard County Library System! I'm Noel, one of the librarians."],
    [28, 'l', "My colleague Perry coaches sailing and knows the certification side well — I'm transferring you to him now, one moment."],
    xfer(32, 'Perry', 'perry-sl'),
    [35, 'i', 'Perry: pt wants to become a sailing instructor, you know the US Sailing certs, thx'],
    [80, 'l', 'Hi, Perry here. Are you thinking of teaching kids at a summer program, or adults on keelboats?', as(PERRY)],
    [110, 'p', 'kids, at a summer camp'],
    [118, 'l', "US Sailing's Small Boat Level 1 Instructor course is the one for that; you need a current first aid/CPR card and to be at least 16. Dates and locations are on ussailing.org under Education. For questions about the prerequisites, contact US Sailing's education department through ussailing.org/contact. Does that cover it?", as(PERRY)],
    [220, 'l', 'Still there?', as(PERRY)],
    [299, 'l', 'Thanks for using Ask a Librarian — good luck with the course!', as(PERRY)],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass', transfer: 'fail' })),

  // 21 Lost Call: the provider asked a clarifying question and the patron never wrote again
  s(OSCAR, '21 1930s sailing races at Havre de Grace (Lost Call): greeting + a clarifying question, "are you still there?" at 150, notice with "come back anytime" at 300', [
    [0, 'p', 'looking for info on the sailing races at havre de grace back in the 1930s'],
    [19, 'l', 'Hello! Oscar here, a librarian at Harford County Public Library.'],
    [25, 'l', 'Are you after the races on the Susquehanna Flats or the yacht club regattas, and is it for family history or something else?'],
    [150, 'l', 'Hi, are you still there?'],
    [300, 'l', "I haven't heard back, so it looks like you've been disconnected and I'll close this chat now. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Spanish: Lost Call after two patron lines, a check-in, endedAt 179 s after the answer
  s(PILAR, '22 dónde ver una regata cerca de Annapolis (Spanish): severnsailing.org, "¿Sigue ahí?", ended 179 s after the answer, Lost Call after two patron lines', [
    [0, 'p', 'hola, quiero ver una regata de veleros cerca de annapolis este fin de semana, donde se puede ver?'],
    [24, 'l', '¡Hola! Soy Pilar, bibliotecaria de AskUsNow!. Con gusto le ayudo.'],
    [30, 'l', '¿Va a ir en carro, o prefiere llegar caminando desde el centro?'],
    [62, 'p', 'en carro, con mis hijos'],
    [70, 'l', 'Los fines de semana suele haber regatas de la Severn Sailing Association en la boca del río Severn; se ven bien desde el parque Susan Campbell, al final de City Dock, y hay estacionamiento en el garaje Noah Hillman. El calendario está en severnsailing.org, en "Racing". ¿Le sirve?'],
    [200, 'l', '¿Sigue ahí?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 49 }),

  // 23 no provider ever joined, code null
  s(QUEUE, '23 sloop or ketch: no provider ever joined, "anyone??", patron left, code null', [
    [0, 'p', 'whats the difference between a sloop and a ketch? looking at boats online and confused'],
    [3, 's', 'Thank you for your patience. A librarian will be with you shortly.'],
    [150, 'p', 'anyone??'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (teen sailing camp script): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3, practice q: sailing camp for teens?'],
    [8, 'l', 'Practice response: see samplelibrary.org/sailing'],
    [20, 'p', 'ok end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 FU_ME: e-mail read back, "by Thursday", done at 30 h
  s(RUTH, '25 a grandfather\'s Star boat at Gibson Island, 1936–38: starclass.org + ProQuest, page-by-page search promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'my grandfather raced a star boat out of gibson island in the 1930s, any way to find race results with his name? Harold Benning'],
    [20, 'l', "Good evening! I'm Ruth, a librarian at Anne Arundel County Public Library."],
    [26, 'l', 'Do you know roughly which years, or the name of his boat?'],
    [60, 'p', '1936-38 maybe. boat was called Kestrel'],
    [67, 'l', "The Star Class keeps historical logs, and some are scanned at starclass.org under History. The Sun printed regatta results in those years too; you can search it yourself in ProQuest Historical Newspapers: The Baltimore Sun through aacpl.net > Research, though small-print results don't always come up in a search. I'd like to go through the 1936–38 results page by page for Kestrel and send you what I find. What's the best e-mail for you?"],
    [100, 'p', 'hbenning.family@example.net'],
    [106, 'l', "Thanks — hbenning.family@example.net. I'll e-mail you what I find by Thursday."],
    [112, 'l', 'Does the Star Class page help in the meantime?'],
    [140, 'p', 'yes, thank you so much, thats all for now'],
    [145, 'l', "You're welcome — talk soon, and thanks for chatting!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 26 FU_LIB: phone read back, "by Monday", done 73 h after endedAt
  s(SOFIA, '26 a mother\'s 1950s Oxford regatta photos: digitalmaryland.org, the Maryland Room to call her, phone read back, "by Monday", done 73 h after the end', [
    [0, 'p', 'hi, im from easton. looking for old pictures of the oxford regatta from the 50s, my mom sailed in it'],
    [58, 'l', "Hi, thanks for contacting AskUsNow! I'm Sofia, a librarian with the statewide service."],
    [64, 'l', 'Do you know her name back then, or the class of boat she sailed?'],
    [90, 'p', 'Joan Tilghman, she sailed comets i think'],
    [98, 'l', "Digital Maryland (digitalmaryland.org) has some Talbot County regatta photos you can search now. The Maryland Room at Talbot County Free Library has much more that isn't online, so I'll ask them to look for Joan Tilghman in their regatta files and call you. What's a good phone number?"],
    [130, 'p', '410-555-0187'],
    [136, 'l', 'Got it, 410-555-0187. Someone from the Maryland Room will call you by Monday.'],
    [142, 'l', 'Did Digital Maryland look useful for now?'],
    [170, 'p', 'yes! thats everything, thanks'],
    [176, 'l', 'Thank you, and I hope they find her!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(181 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 27 a promise coded Answered, the e-mail only in patron.email, judged at day 1
  s(TOBY, '27 adult lessons near the Naval Academy: annapolissailing.com, "I\'ll … email you what I find tomorrow", coded Answered, e-mail only in patron.email', [
    [0, 'p', 'does the naval academy have a sailing program the public can join? like lessons'],
    [20, 'l', 'Hello! Toby at Anne Arundel County Public Library here.'],
    [26, 'l', 'Is this for you as an adult, or for a child?'],
    [50, 'p', 'me, adult, total beginner'],
    [57, 'l', "The Academy's sailing center mostly trains midshipmen, so the beginner programs nearby are run by schools and clubs. The Annapolis Sailing School has adult learn-to-sail courses; its schedule is at annapolissailing.com."],
    [63, 'l', "I'm not sure whether the Academy offers anything for civilians, so I'll check with a contact there and email you what I find tomorrow."],
    [90, 'p', 'ok great thanks!'],
    [95, 'l', 'Does the sailing school look like a good fit meanwhile?'],
    [120, 'p', 'yes it does. thats all i need'],
    [125, 'l', 'Great — thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'sailnewbie@example.org', phone: null } }, { now: T0 + 1 * DAY }),

  // 28 FU_ME with no contact anywhere, nothing recorded at day 4; "take your time"
  s(UMA, '28 restoring a 1970s Sunfish: "no rush — take your time" (180 s away), sunfishclass.org, "I\'ll follow up … by Friday", FU_ME with no contact, not recorded at day 4', [
    [0, 'p', 'restoring a 1970s sunfish i got for free, where do i find the original specs and parts'],
    [19, 'l', "Hi, you're chatting with a librarian at Frederick County Public Libraries."],
    [25, 'l', "Do you know the hull number? It's usually molded into the transom."],
    [45, 'p', 'hang on its in the garage, let me look'],
    [50, 'l', 'Sure, no rush — take your time.'],
    [230, 'p', "ok its worn off, cant read it. there's a sticker that says alcort though"],
    [238, 'l', "An Alcort sticker fits an older hull, since Alcort was the original builder. The Sunfish Class Association has class rules, specs and a hull-dating guide at sunfishclass.org, and parts for old hulls are still sold. I'd also like to look through our boat repair books for a 70s restoration guide — I'll follow up with what I find by Friday."],
    [265, 'p', 'awesome'],
    [270, 'l', 'Does the class site help for now?'],
    [295, 'p', 'yep thx'],
    [300, 'l', 'Anything else?'],
    [310, 'p', 'nope thats all'],
    [314, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 29 a transfer with a notice and a note saying why
  s(VERA, '29 youth sailboat racing near Prince Frederick: notice + note, the transfer to Xavier at Calvert Library, siyc.org + massasailing.org', [
    [0, 'p', 'hi, my son (15) wants to race sailboats, is there a high school team or a club near prince frederick?'],
    [18, 'l', "Hi! Vera here, a librarian with Maryland's AskUsNow! service."],
    [24, 'l', "Calvert Library has a librarian on chat right now who knows the local clubs, so I'm going to transfer you to Xavier there. One moment please!"],
    [27, 'i', 'Xavier: Calvert Co. parent, 15 y/o wants youth sailboat racing near Prince Frederick, local clubs q. Can you take it?'],
    xfer(30, 'Xavier', 'xavier-sl'),
    [88, 'l', 'Hi, Xavier at Calvert Library here. Has he sailed before, or would he be starting from scratch?', as(XAVIER)],
    [120, 'p', 'he did a week of camp last summer'],
    [128, 'l', "Then he's ready for a junior race program. Solomons Island Yacht Club runs junior sailing with summer racing; details are at siyc.org under Junior Sailing. For high school racing, the Mid-Atlantic Scholastic Sailing Association lists its member teams at massasailing.org, so you can see whether a school near you has one.", as(XAVIER)],
    [134, 'l', 'Is that what you were looking for?', as(XAVIER)],
    [170, 'p', 'yes thank you, thats all i needed'],
    [176, 'l', 'Great! Fair winds to your son, and thanks for chatting!', as(XAVIER)],
  ], usual({ transfer: 'pass' })),

  // 30 a silent transfer; the receiver's shift ends, with a way back
  s(YARA, '30 sailing upwind for a 7th-grade science fair: a note and no word to the patron, Zeke\'s Science Reference Center, "My shift is ending … come back anytime"', [
    [0, 'p', 'how can a sailboat sail against the wind?? doing a science fair project'],
    [20, 'l', "Hello! You've reached AskUsNow!, I'm Yara, a librarian."],
    [26, 'l', 'What grade is the project for?'],
    [52, 'p', '7th grade'],
    [58, 'i', 'Zeke, 7th grader, science fair on sailing upwind — you did the physics of sailing program, want to take this one?'],
    xfer(61, 'Zeke', 'zeke-sl'),
    [140, 'l', "Hi, I'm Zeke. A sail works a bit like an airplane wing turned on its side: air flowing around the curved sail makes lift, and the keel stops the boat from sliding sideways, so the boat moves forward at an angle to the wind. Science Reference Center, on the Research page at bcpl.info, has articles on sail lift written for middle schoolers; search 'sailing physics'. The Physics of Sailing Explained by Bryan Kimball is in our catalog too.", as(ZEKE)],
    [146, 'l', 'Does that help with the project?', as(ZEKE)],
    [180, 'p', 'yes! also how do i build a model sailboat for the display and what should my hypothesis be'],
    [188, 'l', "Great questions for the next step! My shift is ending in a few minutes, so I'll wrap up here, but please come back to AskUsNow! anytime and whoever is on will help with the model and the hypothesis.", as(ZEKE)],
    [205, 'p', 'ok thanks'],
    [210, 'l', 'Good luck at the science fair, bye!', as(ZEKE)],
  ], usual({ anything: 'fail', transfer: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SAILING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-fourth round: sailing, sailboats and regattas, checked', () => {
  describeSessions('whole sessions', SAILING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SAILING.filter((c) => c.name in LEFT_WHY));
});
