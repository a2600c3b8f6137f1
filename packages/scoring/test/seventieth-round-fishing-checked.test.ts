/**
 * Seventieth round, theme FISHING AND FISHING LICENSES, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: licenses (a Pennsylvanian on an Ocean City pier, a Texas senior in Spanish, a
 * Virginia weekend for a North Carolinian, a Michigan 15-year-old, Connecticut online, a lost Wisconsin license, New York
 * kids, Florida piers), where to fish (kids' derbies near Dayton, accessible piers near Raleigh, Georgia state parks at night,
 * Columbia SC catfish, Brazos Bend in Spanish), consumption advisories (the Potomac for a pregnant wife, Lake Michigan perch
 * in Spanish and English), tackle (a library's rod loaner program, New Hampshire's lead ban, corn as trout bait), fly-tying
 * classes in Bozeman, tide tables at Chincoteague, boat ramps (Lake Gaston, Mattawoman), catch limits (Chesapeake striped
 * bass, Pennsylvania catch-and-release water), ice-shelter rules on Mille Lacs, trout stocking in Beaver Creek, federal
 * bluefin permits, the New Jersey saltwater registry. Every one of the 17 checks labelled in every session from RUBRIC.md's
 * text before the first run (labels copied aside to /tmp/fishing-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 25 s, exactly 60 s (02: pass) and 61 s (03: fail); `pickedUpAt` at 50 s with the first line at 175
 *   (30); no provider ever joined, a queue line and the patron's window closing (17); "Good morning! You've got Dana, one of
 *   the librarians at Ask Us Now." (01); Spanish "¡Buenas tardes! Habla Marisol, bibliotecaria de …" (02) and "Buenas tardes,
 *   le atiende Mateo de …" (28); "Hiya, Vera at …" (10); "hi, Hugo here from … chat 🙂" (23); "Hey! Abby here, librarian
 *   at …" (15); "Hey there! 👋" under a screen name with no name, library or service in the first two lines (06: fail);
 *  inquiry: resident or not, pier or boat, which stretch, which ramp, which branch, which weekend, a restatement-free
 *   question after the source (07: fail), questions in Spanish;
 *  waits: a hold answered exactly 120 s later (04: pass) and 121 s later (05: fail); holds at 62 and 170 (a partial result
 *   that says the search goes on) and the answer at 280 (15: pass); a transfer notice answered 84 s later by the receiver
 *   (20); a silent transfer, the receiver 125 s after the patron (21: fail); "Sure thing, take your time." and the patron
 *   back 200 s later (29: waiting on the patron, pass); 125 s between `pickedUpAt` and the first line (30: fail);
 *  endings: a Lost Call with a greeting only, "are you still there?" at 140 and "It seems we've lost the connection, so I'll
 *   be closing this chat." at 199 with no goodbye (13: final idle 184 s); a goodbye exactly 120 s after the answer with no
 *   check-in (25: idle fails, disconnect na); "Still with me?" at 200, the patron's window closing, and a goodbye at 251 with
 *   no notice (26: final idle 185 s, disconnect fails); "each chat is limited to one question, and your time is up" (18:
 *   dismissal); "I've got a few other folks waiting … please chat back in later" (19: allowed); the patron's "thats everything
 *   i needed" as the last line (24); goodbyes "Tight lines, and thanks for chatting with us!", "Take care, and
 *   congratulations to you both!", "Great, have a good day!", "Have a great day on the water!", "Stay warm out there, bye!
 *   👋", "¡Buena pesca, hasta luego!", "Thanks, talk soon!"; patron-side "thats all i needed thx!!", "es todo lo que
 *   necesitaba", "eso es todo", "nope, thats everything", "thats all for now", "that is all i need for now", and "ok",
 *   "yep", "si gracias", "sort of ok", "ok cool thanks" that do not count;
 *  sources: state wildlife and fisheries pages (gooutdoorsmaryland.com, tpwd.texas.gov, dnr.maryland.gov, ncwildlife.org,
 *   fishandboat.com, michigan.gov/dnr, cpw.state.co.us, wildlife.nh.gov, gowild.wi.gov, dnr.state.mn.us), NOAA's tide
 *   predictions and HMS permit site, mde.maryland.gov and dph.illinois.gov advisories, a library page, a named book in the
 *   catalogue; none ("I think a non-resident 5-day license is around $21 … give the Department of Wildlife Resources a call",
 *   08: fail);
 *  referrals: the Department of Wildlife Resources with no contact (08: fail); SCDNR Fisheries by phone (19: pass); the
 *   IDPH environmental health line by phone, in Spanish (27: pass); "pregunte a los guardaparques en la oficina del parque"
 *   with no contact (28: fail); programs staff and ramp offices the provider will call herself (09, 10) as no referral;
 *   "Trout Unlimited posts its winter classes on madisongallatintu.org" (09) as a source, not a referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done in 40 h (09: pass); FU_ME, phone read back, "get back
 *   to you" with no time, never recorded by day 5 (10: contact and on_time fail); FU_LIB with the e-mail only in the patron
 *   fields, never mentioned, "once it's out" (11: code passes, contact fails, pending); a promise "I'll e-mail you a short
 *   list tomorrow", the e-mail typed by the patron, coded Answered (12: code fails, contact passes, pending);
 *  codes: a true Lost Call (13); Lost Call after three patron lines (14); null (15); Practice (16); Lost Call with no
 *   provider and one patron line (17: pass);
 *  transfers: a notice (a hold) and an internal note that says why (20: pass); an internal note only, silent to the patron
 *   (21: fail);
 *  concurrency: three others open at once with this one (22: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there! 👋" + "Which library do you usually go to?" greet but identify no one (06); "Hiya" and "Hey!" greet;
 * - farewell wishes say goodbye: "Great, have a good day!" (06), "Have a great day on the water!" (14), "Take care, and
 *   congratulations to you both!" (05), "Thanks, talk soon!" (10);
 * - "Does that work for you?", "Did that cover the first two?", "does that clear it up?", "Does the map get you started?",
 *   "Does the book and the TU page help for now?", "¿Le sirve esta información?" ask whether what was given meets the need;
 * - "each chat is limited to one question, and your time is up. Goodbye." tells the patron their time is up and that they
 *   reached a limit of questions (18: fail);
 * - a referral tells the patron to contact or visit: "give the Department of Wildlife Resources a call" (08) and "pregunte a
 *   los guardaparques en la oficina del parque cuando llegue" (28) do, with no way to reach them; "I'll call a couple of them"
 *   (10) and "I'll also check with our programs staff" (09) are staff or offices the provider consults herself, no referral;
 * - "someone from your library will contact you with this spring's schedule once it's out" (11) is a promise of a follow-up
 *   with no time: contact fails twice over (never confirmed in the chat, no when);
 * - "Sure thing, take your time." is not a hold (Terms), so the 200 s after it are a wait on the patron (29);
 * - keep_informed counts only the part of a wait after pickup: with `pickedUpAt` at 50 and the first line at 175, the patron
 *   waited 125 s on the provider after pickup (30: fail), while pickup itself (50 s) passes;
 * - the Lost Call (13) has no substantive exchange (a greeting with "How can I help?" only): its final idle starts at that
 *   greeting and runs to `endedAt` (the notice is no goodbye): 184 s.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none (no disagreement to reread RUBRIC.md for).
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty). Every timing check (pickup at exactly 60 and at 61 s, by `pickedUpAt`, no
 * provider; keep_informed at exactly 120 and at 121 s, across holds of 108-110 s with a partial result, a transfer notice,
 * a silent transfer at 125 s, "take your time" and 125 s after `pickedUpAt`; final idles of exactly 120, 184 and 185 s;
 * concurrency at four and at touching ends; on_time done at 40 h, missed by day 5, pending at day 1 twice) scored as
 * labelled on the first run, and so did the dismissal, the allowed "other folks waiting", the four referral shapes (two in
 * Spanish) and the readings above. The redaction equality of describeSessions holds for every case (patron e-mails typed
 * and read back, a phone read back, an e-mail only in the patron fields, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (30 running, none through describeLeft);
 * `npx tsc -p tsconfig.json --noEmit` clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-f', name: 'Dana', library: 'AUN' };
const MARISOL: Prov = { id: 'marisol-f', name: 'Marisol', library: 'HPL-TX' };
const OWEN: Prov = { id: 'owen-f', name: 'Owen', library: 'DML' };
const PETRA: Prov = { id: 'petra-f', name: 'Petra', library: 'ESPL' };
const QUENTIN: Prov = { id: 'quentin-f', name: 'Quentin', library: 'MCPL' };
const CHATDESK: Prov = { id: 'chatdesk-f', name: 'chat_desk2', library: 'RVL' };
const SAM: Prov = { id: 'sam-f', name: 'Sam', library: 'AACPL' };
const TOBY: Prov = { id: 'toby-f', name: 'Toby', library: 'CCPL-VA' };
const UNA: Prov = { id: 'una-f', name: 'Una', library: 'BZPL' };
const VERA: Prov = { id: 'vera-f', name: 'Vera', library: 'WCML' };
const WREN: Prov = { id: 'wren-f', name: 'Wren', library: 'WCFL' };
const XAVIER: Prov = { id: 'xavier-f', name: 'Xavier', library: 'WCPL' };
const YARA: Prov = { id: 'yara-f', name: 'Yara', library: 'BKPL' };
const ZEKE: Prov = { id: 'zeke-f', name: 'Zeke', library: 'CCPL-MD' };
const ABBY: Prov = { id: 'abby-f', name: 'Abby', library: 'HCL' };
const TRAINEE: Prov = { id: 'trainee-f', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-f', name: 'Queue', library: 'VRQ' };
const BRUNO: Prov = { id: 'bruno-f', name: 'Bruno', library: 'MDPLS' };
const CELIA: Prov = { id: 'celia-f', name: 'Celia', library: 'RL-SC' };
const DEV: Prov = { id: 'dev-f', name: 'Dev', library: 'BPL-MA' };
const IKE: Prov = { id: 'ike-f', name: 'Ike', library: 'BPL-MA' };
const EMMA: Prov = { id: 'emma-f', name: 'Emma', library: 'CPL-NH' };
const FINN: Prov = { id: 'finn-f', name: 'Finn', library: 'NHSL' };
const GINA: Prov = { id: 'gina-f', name: 'Gina', library: 'AFPL' };
const HUGO: Prov = { id: 'hugo-f', name: 'Hugo', library: 'FLP' };
const IVY: Prov = { id: 'ivy-f', name: 'Ivy', library: 'KDL' };
const JADE: Prov = { id: 'jade-f', name: 'Jade', library: 'HPL-CT' };
const KAI: Prov = { id: 'kai-f', name: 'Kai', library: 'DPL-CO' };
const LUZ: Prov = { id: 'luz-f', name: 'Luz', library: 'CPL-IL' };
const MATEO: Prov = { id: 'mateo-f', name: 'Mateo', library: 'FBCL' };
const NORA: Prov = { id: 'nora-f', name: 'Nora', library: 'ALNJ' };
const OTTO: Prov = { id: 'otto-f', name: 'Otto', library: 'MPL-WI' };

const s = session;

export const FISHING: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Ocean City pier, non-resident (emoji): "Good morning! You\'ve got Dana", pier or boat asked, gooutdoorsmaryland.com, "thats all i needed thx!!"', [
    [0, 'p', 'hey do i need a license to fish off the pier in ocean city if im from PA?? 🎣'],
    [25, 'l', "Good morning! You've got Dana, one of the librarians at Ask Us Now."],
    [31, 'l', 'Will you be fishing only from the pier, or also from a boat or the beach?'],
    [80, 'p', 'just the pier prob, maybe the beach one day'],
    [88, 'l', "Maryland's Chesapeake Bay and Coastal Sport Fishing License covers both. Non-residents buy it online at gooutdoorsmaryland.com, and the fees and free fishing days are on dnr.maryland.gov/fisheries."],
    [95, 'l', 'Is that the info you were after?'],
    [140, 'p', 'yep thats all i needed thx!!'],
    [146, 'l', 'Tight lines, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish, pickup exactly 60 s
  s(MARISOL, '02 licencia de pesca para un señor de 67 años en Texas (Spanish): pickup at exactly 60 s, "Habla Marisol", tpwd.texas.gov, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, mi papa tiene 67 años, tiene que pagar licencia de pesca en texas?'],
    [60, 'l', '¡Buenas tardes! Habla Marisol, bibliotecaria de la Biblioteca Pública de Houston.'],
    [66, 'l', '¿Su papá vive en Texas, y en qué año nació?'],
    [110, 'p', 'si es residente, nacio en 1959'],
    [117, 'l', 'Entonces no está exento, pero puede comprar el paquete de pesca para residentes mayores (Senior Resident Fishing Package), que cuesta menos. Los precios y dónde comprarlo están en tpwd.texas.gov/regulations/outdoor-annual/licenses.'],
    [123, 'l', '¿Le sirve esta información?'],
    [170, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [176, 'l', '¡Con gusto! Gracias por escribirnos y buena pesca.'],
  ], usual()),

  // 03 pickup 61 s
  s(OWEN, '03 a kids\' fishing derby near Dayton: 61 s pickup, "Does that work for you?", "Have fun at the derby, bye!"', [
    [0, 'p', 'is there a kids fishing derby anywhere near dayton this summer? my son is 7'],
    [61, 'l', "Hi, thanks for waiting! This is Owen at Dayton Metro Library's Ask a Librarian."],
    [67, 'l', 'Which month works for you, and how far are you willing to drive?'],
    [120, 'p', 'june, within like 30 min'],
    [127, 'l', "Five Rivers MetroParks runs free youth fishing derbies in June; dates and sign-up are on metroparks.org/events (filter by 'fishing'). Ohio's Free Fishing Days are in June too, when nobody needs a license."],
    [133, 'l', 'Does that work for you?'],
    [180, 'p', 'perfect ty'],
    [186, 'l', 'Anything else I can look up?'],
    [210, 'p', 'no thats it'],
    [214, 'l', 'Have fun at the derby, bye!'],
  ], usual({ pickup: 'fail' })),

  // 04 a hold answered exactly 120 s later
  s(PETRA, '04 Chincoteague tide tables: "One moment while I pull that up." answered exactly 120 s later, NOAA Tides & Currents', [
    [0, 'p', 'need tide tables for fishing at Chincoteague next saturday'],
    [20, 'l', 'Hello, Petra here, a reference librarian at the Eastern Shore Public Library.'],
    [26, 'l', 'Which spot exactly: the inlet, the causeway, or the bay side?'],
    [64, 'p', 'the causeway bridge area'],
    [70, 'l', 'One moment while I pull that up.'],
    [190, 'l', "NOAA's Tides & Currents site has predictions for the Chincoteague Channel station: tidesandcurrents.noaa.gov (search 'Chincoteague'). Pick the date and it shows the highs and lows."],
    [196, 'l', 'Did that help?'],
    [230, 'p', 'yes perfect'],
    [234, 'l', 'Anything else for your trip?'],
    [260, 'p', 'nope, thats everything'],
    [264, 'l', 'Enjoy the fishing, goodbye!'],
  ], usual()),

  // 05 a hold answered 121 s later
  s(QUENTIN, '05 Potomac bass for a pregnant wife: "Let me check the current advisory, hang on." answered 121 s later, mde.maryland.gov', [
    [0, 'p', 'is it safe to eat the bass I catch in the Potomac? pregnant wife wants to know'],
    [18, 'l', 'Hi there, Quentin with Montgomery County Public Libraries chat.'],
    [24, 'l', 'Which stretch of the Potomac, roughly: up near Point of Rocks, or down toward DC?'],
    [64, 'p', 'near great falls'],
    [70, 'l', 'Let me check the current advisory, hang on.'],
    [191, 'l', "Maryland's fish consumption advisories are on mde.maryland.gov (search 'fish consumption advisory'). For the Potomac they set meals-per-month limits on largemouth bass, with tighter ones for women who are pregnant."],
    [197, 'l', 'Does this completely answer your question?'],
    [240, 'p', 'yes thank u'],
    [246, 'l', 'Anything else today?'],
    [270, 'p', 'no'],
    [274, 'l', 'Take care, and congratulations to you both!'],
  ], usual({ informed: 'fail' })),

  // 06 greets but names no one
  s(CHATDESK, '06 the library lends fishing rods: "Hey there! 👋" under a screen name, no name/library/service in the first two lines, "Great, have a good day!"', [
    [0, 'p', 'does the library lend fishing poles?? saw something on fb'],
    [14, 'l', 'Hey there! 👋'],
    [19, 'l', 'Which library do you usually go to?'],
    [50, 'p', 'the riverside branch'],
    [57, 'l', 'Yes! Riverside and two other branches have a Tackle Loaner kit: a rod, a reel and a small tackle box for 7 days on your card. The branch list is at mylibrary.org/tackle-loan.'],
    [63, 'l', 'Does that help?'],
    [90, 'p', 'yes awesome'],
    [95, 'l', 'Great, have a good day!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 07 the question comes after the first source
  s(SAM, '07 Chesapeake striper limit: DNR striped bass page given first, then "Are you fishing from a charter or your own boat?"', [
    [0, 'p', 'whats the striper limit in the bay right now'],
    [22, 'l', "Hello and welcome to Ask a Librarian. I'm Sam, at Anne Arundel County Public Library."],
    [28, 'l', "Maryland's striped bass rules (slot size, daily limit and closed periods) are on the DNR's striped bass page: dnr.maryland.gov/fisheries/Pages/striped-bass.aspx."],
    [34, 'l', 'Are you fishing from a charter or your own boat?'],
    [70, 'p', 'own boat'],
    [76, 'l', "Then it's one fish per person per day, inside the slot. Did that answer it?"],
    [110, 'p', 'ya thanks'],
    [115, 'l', 'Thanks for asking, bye now!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 08 no source; "give the Department of Wildlife Resources a call"
  s(TOBY, '08 a Virginia weekend license for a North Carolinian: "I think … around $21", "give the Department of Wildlife Resources a call" (no source, no contact)', [
    [0, 'p', 'how much is a fishing license in virginia for the weekend'],
    [30, 'l', 'Hi! Toby at Chesterfield County Public Library here.'],
    [36, 'l', 'Are you a Virginia resident?'],
    [70, 'p', 'no from nc'],
    [77, 'l', 'I think a non-resident 5-day license is around $21, but prices change. Your best bet is to give the Department of Wildlife Resources a call and double-check.'],
    [83, 'l', 'Did that help a bit?'],
    [120, 'p', 'sort of ok'],
    [126, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 09 follow-up by me, e-mail read back, "by Wednesday", done in 40 h
  s(UNA, '09 beginner fly-tying classes in Bozeman (follow-up by me): a catalogue book, TU chapter URL, e-mail read back, "by Wednesday", done in 40 h', [
    [0, 'p', 'Hi, are there any fly-tying classes for beginners in the Bozeman area this winter?'],
    [20, 'l', 'Good evening, this is Una, a librarian at Bozeman Public Library.'],
    [26, 'l', 'Are you looking for a one-time workshop or a class that meets for several weeks?'],
    [70, 'p', 'multi week would be great, weeknights'],
    [76, 'l', "Our catalogue has Fly Tying for Beginners by Peter Gathercole, and the local Trout Unlimited chapter posts its winter classes on madisongallatintu.org. I'll also check with our programs staff about a spring series and send you the details. What e-mail should I use?"],
    [130, 'p', 'sure, cmaddox@example.net'],
    [136, 'l', "Thanks, that's cmaddox@example.net. I'll e-mail you by Wednesday."],
    [142, 'l', 'Does the book and the TU page help for now?'],
    [180, 'p', 'yes thx, thats all for now'],
    [186, 'l', 'Thanks for chatting, happy tying!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 10 follow-up by me, phone read back, no time, never recorded
  s(VERA, '10 Lake Gaston ramps with overnight trailer parking (follow-up by me, chat-speak): phone read back, "get back to you" with no time, not recorded by day 5', [
    [0, 'p', 'r there any public boat ramps on lake gaston w/ overnight trailer parking'],
    [25, 'l', 'Hiya, Vera at Warren County Memorial Library, Ask a Librarian.'],
    [31, 'l', 'Do you need a ramp on the NC side or the VA side?'],
    [60, 'p', 'nc side'],
    [66, 'l', "NC Wildlife lists its public boating access areas on a map at ncwildlife.org (Boating > Boating Access Areas). Overnight parking differs by site, so I'll call a couple of them and get back to you. Best number for you?"],
    [110, 'p', '252-555-0187'],
    [116, 'l', '252-555-0187, got it. Does the map help in the meantime?'],
    [150, 'p', 'yes'],
    [155, 'l', 'Thanks, talk soon!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 11 follow-up by the patron's library, the e-mail only in the patron fields
  s(WREN, '11 Beaver Creek trout stocking (follow-up by patron\'s library): "someone from your library will contact you … once it\'s out", e-mail only in patron fields', [
    [0, 'p', 'when does the state stock trout in Beaver Creek? want to take my kids opening day'],
    [20, 'l', "Hello, my name is Wren and I'm a librarian at Washington County Free Library."],
    [26, 'l', 'Is that the Beaver Creek near Hagerstown?'],
    [60, 'p', 'yes'],
    [67, 'l', "The DNR posts its trout stocking updates at dnr.maryland.gov (Fisheries > Trout Stocking). This spring's schedule isn't posted yet; someone from your library will contact you with it once it's out."],
    [73, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'ok cool thanks'],
    [115, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'kbrandt@example.com', phone: null } }),

  // 12 a promise to e-mail tomorrow, coded Answered
  s(XAVIER, '12 wheelchair-accessible piers near Raleigh: "I\'ll e-mail you a short list tomorrow", e-mail typed by the patron, coded Answered', [
    [0, 'p', 'looking for wheelchair accessible fishing piers around Raleigh, my dad uses a chair'],
    [18, 'l', "Hi! I'm Xavier, a librarian with Wake County Public Libraries."],
    [24, 'l', 'How far from Raleigh is okay, and does he need a paved path from the parking lot?'],
    [70, 'p', 'within an hour, yes paved'],
    [76, 'l', "NC Wildlife's fishing access map lets you filter for accessible piers: ncwildlife.org (Fishing > Where to Fish). I'd like to check a few parks' path surfaces too, so I'll e-mail you a short list tomorrow. Your e-mail?"],
    [120, 'p', 'its dan.okafor@example.org'],
    [126, 'l', 'Perfect. Does the map get you started?'],
    [160, 'p', 'yes! that is all i need for now, thanks'],
    [166, 'l', "You're welcome, goodbye!"],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 13 a true Lost Call, check-in and notice, no goodbye
  s(YARA, '13 kids\' licenses in New York (Lost Call): greeting only, "are you still there?" at 140, "It seems we\'ve lost the connection …" at 199 (final idle 184 s)', [
    [0, 'p', 'do kids need a fishing license in new york'],
    [20, 'l', 'Good afternoon, Yara from the Brooklyn Public Library reference team. How can I help?'],
    [140, 'l', 'Hi, are you still there?'],
    [199, 'l', "It seems we've lost the connection, so I'll be closing this chat."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after three patron lines
  s(ZEKE, '14 Mattawoman ramp launch fee: coded Lost Call after three patron lines, "ok", "Have a great day on the water!"', [
    [0, 'p', 'how much is it to launch at the county boat ramp'],
    [20, 'l', 'Hi, this is Zeke at Charles County Public Library.'],
    [26, 'l', 'Which ramp: Mattawoman or Friendship Landing?'],
    [60, 'p', 'mattawoman'],
    [66, 'l', "Charles County's parks site lists the launch fees and the annual permit: charlescountyparks.com (Boat Ramps)."],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'ok'],
    [104, 'l', 'Have a great day on the water!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 code null; holds with a partial result
  s(ABBY, '15 Mille Lacs ice shelter (emoji): "Hey! Abby here", holds at 62/170 (partial result), answer at 280, code null', [
    [0, 'p', 'ice fishing on mille lacs next wknd, do i need a shelter license too? ❄️🐟'],
    [15, 'l', "Hey! Abby here, librarian at Hennepin County Library's chat."],
    [21, 'l', "Will the shelter stay out overnight, or only while you're on the ice?"],
    [55, 'p', 'just while were there, its a pop up'],
    [62, 'l', 'Checking the DNR rules, one sec.'],
    [170, 'l', 'Found the shelter section, still checking whether a pop-up counts.'],
    [280, 'l', "No shelter license needed if it's occupied or taken off the ice every day; the DNR explains it at dnr.state.mn.us/licenses/shelter. You still need your regular angling license."],
    [286, 'l', 'Does that answer it?'],
    [320, 'p', 'yep thank you!! thats all'],
    [326, 'l', 'Stay warm out there, bye! 👋'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 16 Practice
  s(TRAINEE, '16 practice chat (fishing FAQ macro): coded Practice, every check na', [
    [0, 'p', 'testing - fishing license q'],
    [10, 'l', 'practice run of the new fishing FAQ macro'],
    [16, 'l', 'Fishing FAQ: samplelibrary.org/fishing'],
    [30, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 no provider ever joined, one patron line, Lost Call
  s(NOBODY, '17 nightcrawlers near the reservoir early Sunday: no provider joined, one patron line, window closed, coded Lost Call', [
    [0, 'p', 'where can i buy nightcrawlers near the reservoir that opens early sunday'],
    [2, 's', 'Please wait, a librarian will be with you shortly.'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 dismissal
  s(BRUNO, '18 Florida pier license, then snook/redfish/shark: "each chat is limited to one question, and your time is up. Goodbye." (dismissal), patron "wow ok" last', [
    [0, 'p', 'do i need a fishing license in florida if im fishing from a pier?'],
    [20, 'l', 'Hello! This is Bruno, Ask a Librarian at Miami-Dade Public Library.'],
    [26, 'l', 'Is it a public pier or a private one?'],
    [60, 'p', 'public, the one in pompano'],
    [66, 'l', 'Many Florida piers hold a pier license that covers everyone fishing from them; FWC explains it at myfwc.com/license/recreational/saltwater-fishing.'],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'yes and also whats the snook season, and the redfish limit, and can i keep a shark'],
    [108, 'l', 'Sorry, each chat is limited to one question, and your time is up. Goodbye.'],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 other folks waiting, a way back, SCDNR by phone
  s(CELIA, '19 Columbia SC catfish and the Saluda: "I\'ve got a few other folks waiting … chat back in later, or call the SCDNR Fisheries office at 803-…"', [
    [0, 'p', 'hi!! where can i fish for catfish around columbia sc and is the saluda ok to eat from'],
    [22, 'l', 'Hi there, Celia at Richland Library here. Happy to help!'],
    [28, 'l', 'Are you fishing from the bank or a kayak?'],
    [60, 'p', 'bank. and can i also ask about bait laws and night fishing and'],
    [67, 'l', "For bank spots, SCDNR's public fishing map is at dnr.sc.gov/fishing/where. The state's fish consumption advisories, the Saluda included, are at scdhec.gov/fish. Did that cover the first two?"],
    [110, 'p', 'yes!! but the bait and night stuff?'],
    [117, 'l', "I've got a few other folks waiting right now, so please chat back in later for those, or call the SCDNR Fisheries office at 803-734-3886; they handle bait and night-fishing rules."],
    [150, 'p', 'ok thanks'],
    [155, 'l', 'Thanks for understanding, and good luck out there!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 20 a transfer with a notice and a note that says why
  s(DEV, '20 recreational bluefin off Cape Cod: transfer notice + internal note why, Ike answers 84 s after the notice (HMS permit, mass.gov)', [
    [0, 'p', 'do I need a special permit to fish for bluefin tuna off Cape Cod? regular fishing from my boat'],
    [20, 'l', 'Good morning! Dev here, librarian with the Boston Public Library chat service.'],
    [26, 'l', 'Is it recreational only, with none of the catch sold?'],
    [60, 'p', 'yes just for fun'],
    [66, 'l', "Our science librarian Ike knows the federal fishing permits well. I'm transferring you to him now, hang on a moment."],
    [69, 'i', 'Ike, pt needs recreational bluefin permit info (HMS Angling), Cape Cod, own boat'],
    xfer(72, 'Ike', 'ike-f'),
    [150, 'l', "Hello, Ike here. For bluefin from a private boat you need NOAA's HMS Angling permit (hmspermits.noaa.gov) plus the Massachusetts saltwater fishing permit (mass.gov/saltwater-fishing-permit).", as(IKE)],
    [156, 'l', 'Does that answer your question?', as(IKE)],
    [190, 'p', 'yes, thats everything, thanks!'],
    [195, 'l', 'Thanks for asking, tight lines!', as(IKE)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer, the receiver 125 s after the patron
  s(EMMA, '21 New Hampshire lead sinker ban: internal note only, silent transfer, Finn 125 s after the patron, wildlife.nh.gov', [
    [0, 'p', 'is it true lead sinkers are banned in new hampshire? i have a bunch'],
    [18, 'l', "Hi, I'm Emma at the Concord Public Library's Ask a Librarian."],
    [24, 'l', 'Are your sinkers under an ounce, and are you fishing fresh or salt water?'],
    [60, 'p', 'small ones, lakes mostly'],
    [66, 'i', 'Finn can u take this, NH fish & game regs q'],
    xfer(70, 'Finn', 'finn-f'),
    [185, 'l', 'Hello, Finn here. Yes: New Hampshire bans selling and using lead sinkers and jigs of 1 ounce or less in fresh water. The rule is on wildlife.nh.gov (Fishing > Lead Tackle).', as(FINN)],
    [191, 'l', 'Did that help?', as(FINN)],
    [230, 'p', 'yep'],
    [235, 'l', 'Anything else I can help with?', as(FINN)],
    [260, 'p', 'nope'],
    [264, 'l', 'Thanks for chatting!', as(FINN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 22 four at once
  s(GINA, '22 night fishing at Red Top Mountain: three other chats open at once with this one (four, fail)', [
    [0, 'p', 'can you night fish at state parks in Georgia'],
    [25, 'l', 'Hello, Gina from Atlanta-Fulton Public Library, Ask a Librarian.'],
    [31, 'l', 'Any particular park in mind?'],
    [70, 'p', 'red top mountain'],
    [76, 'l', "Georgia State Parks' fishing rules, hours included, are at gastateparks.org/Fishing; Red Top Mountain's own page there lists when lake access closes."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes thanks thats all'],
    [126, 'l', 'Thank you, have a good night!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'gina-f', -200, 300), other('g2', 'gina-f', -50, 250), other('g3', 'gina-f', 20, 400)],
  }),

  // 23 three at most, touching ends
  s(HUGO, '23 catch-and-release on the Tulpehocken (chat-speak): one chat ending at the start, two overlapping, one starting at `endedAt` (three at most)', [
    [0, 'p', 'whats "catch and release only" mean on PA trout streams, can i keep any'],
    [15, 'l', 'hi, Hugo here from Free Library of Philadelphia chat 🙂'],
    [20, 'l', 'which stream r u looking at?'],
    [45, 'p', 'the tully (tulpehocken) in berks'],
    [52, 'l', "that stretch is Catch and Release All-Tackle, so no keeping trout there. PA Fish & Boat lists every special-regulation stretch at fishandboat.com (Fishing > Regulations > Special Regulation Areas)."],
    [58, 'l', 'does that clear it up?'],
    [80, 'p', 'yes totally'],
    [84, 'l', 'anything else?'],
    [100, 'p', 'no thats all'],
    [140, 'l', 'ok, thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hugo-f', -300, 0), other('h2', 'hugo-f', -100, 200), other('h3', 'hugo-f', 30, 500), other('h4', 'hugo-f', 145, 600)],
  }),

  // 24 the patron has the last word
  s(IVY, '24 a 15-year-old fishing alone in Michigan (typos): under-17 rule on michigan.gov/dnr, patron "thats everything i needed" last, no goodbye', [
    [0, 'p', 'my 15 yr old wants to fish by hisself at the lake, does he need a licence in michigan'],
    [20, 'l', "Good evening! I'm Ivy, a librarian at Kent District Library."],
    [26, 'l', 'Is he a Michigan resident?'],
    [50, 'p', 'yes we live in grand rapids'],
    [56, 'l', "Michigan doesn't require a fishing license for anyone under 17; he just follows the usual seasons and size limits. It's in the DNR's fishing guide at michigan.gov/dnr (Fishing > Fishing Guide)."],
    [62, 'l', 'Does that answer your question?'],
    [100, 'p', 'yes great, thats everything i needed'],
  ], usual({ courteous: 'fail' })),

  // 25 a goodbye exactly 120 s after the answer, no check-in
  s(JADE, '25 Connecticut license online: answer at 56, goodbye at 176 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'where do i get a fishing license in ct, is it online'],
    [15, 'l', 'Hi, Jade here with the Hartford Public Library chat.'],
    [21, 'l', 'Are you a Connecticut resident?'],
    [50, 'p', 'yes'],
    [56, 'l', "Yes, it's all online through DEEP's Sportsmen Licensing system: ct.gov/deep/sportsmenlicensing. You can print the license or keep it on your phone."],
    [62, 'l', 'Does that help?'],
    [176, 'l', 'Thanks for reaching out, have a good one!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 26 check-in, no notice, goodbye at 185 s of final idle
  s(KAI, '26 corn as trout bait in Colorado: "Still with me?" at 200, window closed at 230, goodbye at 251 (final idle 185 s) with no disconnect notice', [
    [0, 'p', 'can i use corn as bait for trout in colorado'],
    [20, 'l', 'Hello! Kai at Denver Public Library, Ask a Librarian.'],
    [26, 'l', 'Is it a stream or a lake, and is it marked flies-and-lures only?'],
    [60, 'p', 'a lake, no special rules i think'],
    [66, 'l', "On ordinary waters bait is allowed, corn included; check that water's listing in the Colorado Fishing Brochure at cpw.state.co.us (Fishing > Regulations)."],
    [72, 'l', 'Is that what you needed?'],
    [200, 'l', 'Still with me?'],
    left(230),
    [251, 'l', 'Thanks for your question, take care!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 27 partly Spanish, the IDPH line by phone
  s(LUZ, '27 perca de Lake Michigan para una embarazada (partly Spanish): dph.illinois.gov, "llame a la línea de salud ambiental del IDPH al 217-…", "eso es todo"', [
    [0, 'p', 'hola, mi esposa esta embarazada, is it ok to eat fish from lake michigan? pescamos en montrose harbor'],
    [30, 'l', '¡Hola! Soy Luz, bibliotecaria de la Biblioteca Pública de Chicago.'],
    [36, 'l', '¿Qué pescado sacan más: perca, salmón, trucha?'],
    [80, 'p', 'perca (yellow perch) y a veces salmon'],
    [87, 'l', 'El Illinois Department of Public Health publica las advertencias de consumo de pescado en dph.illinois.gov (busque "fish advisories"); para embarazadas los límites para el salmón son más estrictos. Para dudas de su caso, llame a la línea de salud ambiental del IDPH al 217-782-5830.'],
    [93, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si gracias!! eso es todo'],
    [146, 'l', '¡De nada! Gracias por comunicarse con nosotros.'],
  ], usual({ referral: 'pass' })),

  // 28 Spanish, "pregunte a los guardaparques" with no contact
  s(MATEO, '28 pescar en Brazos Bend sin licencia (Spanish): tpwd.texas.gov, "pregunte a los guardaparques en la oficina del parque" (no contact), "si gracias"', [
    [0, 'p', 'buenas, se puede pescar en el lago del parque estatal brazos bend? necesito licencia?'],
    [25, 'l', 'Buenas tardes, le atiende Mateo de Fort Bend County Libraries.'],
    [31, 'l', '¿Va a pescar desde la orilla o desde un muelle?'],
    [70, 'p', 'desde el muelle'],
    [77, 'l', 'En los parques estatales de Texas no hace falta licencia para pescar desde la orilla o un muelle dentro del parque; la regla está en tpwd.texas.gov/regulations/outdoor-annual. Para saber dónde pican este mes, pregunte a los guardaparques en la oficina del parque cuando llegue.'],
    [83, 'l', '¿Responde esto a su pregunta?'],
    [120, 'p', 'si gracias'],
    [126, 'l', '¡Buena pesca, hasta luego!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 29 "take your time", 200 s away
  s(NORA, '29 New Jersey saltwater registry for Barnegat Bay: "Sure thing, take your time." then 200 s away, saltwaterregistry.nj.gov', [
    [0, 'p', 'do i need to register for the nj saltwater thing to fish in barnegat bay'],
    [20, 'l', "Hi, thanks for contacting Ask a Librarian New Jersey. I'm Nora."],
    [26, 'l', 'Do you already have a saltwater license or registry number from another state?'],
    [60, 'p', 'hmm maybe from NY, let me find my wallet'],
    [66, 'l', 'Sure thing, take your time.'],
    [266, 'p', 'ok found it, its a NY marine registry card'],
    [272, 'l', "Whether another state's registry counts in NJ waters is explained on the New Jersey registry site, saltwaterregistry.nj.gov; if it doesn't, registering there is free and takes a few minutes."],
    [278, 'l', 'Did that help?'],
    [310, 'p', 'yes thats all thank u'],
    [316, 'l', 'Thanks for chatting, enjoy Barnegat!'],
  ], usual()),

  // 30 pickedUpAt 50 s, first line at 175
  s(OTTO, '30 replacing a lost Wisconsin license: pickedUpAt 50 s, first line at 175 (125 s after pickup), gowild.wi.gov', [
    [0, 'p', 'lost my fishing license, how do i get a replacement in wisconsin'],
    [175, 'l', "Hi, sorry for the delay! Otto at Milwaukee Public Library's Ask a Librarian here."],
    [181, 'l', 'Did you buy it online through Go Wild, or at a store?'],
    [220, 'p', 'online'],
    [226, 'l', "Then sign in at gowild.wi.gov and reprint it, or show it on your phone. An online reprint costs nothing."],
    [232, 'l', 'Does that answer it?'],
    [260, 'p', 'yes thanks'],
    [264, 'l', 'Anything else today?'],
    [290, 'p', 'no thats it'],
    [294, 'l', 'Thank you, have a good one!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FISHING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventieth round: fishing and fishing licenses, checked', () => {
  describeSessions('whole sessions', FISHING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FISHING.filter((c) => c.name in LEFT_WHY));
});
