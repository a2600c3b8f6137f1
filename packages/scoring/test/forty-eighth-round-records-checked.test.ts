/**
 * Forty-eighth round, theme LOCAL NEWS, OBITUARIES AND PUBLIC RECORDS, checked: 36 whole sessions no one had written, from
 * public library "ask a librarian" chats about finding an obituary or a wedding notice in the local paper (an obituary
 * index, scanned back files, NewsBank and Access World News, PressReader behind a paywall, microfilm that has to be scrolled
 * by hand), a news story about a house fire or break-ins, the police log, police and crash reports (a town records unit, a
 * state patrol through buycrash.com, a private-lot fender bender), court case search (WCCA) and a divorce decree, deeds and
 * sale prices (a county recorder, the transfer-tax arithmetic), building permits, a FOIA request for bodycam video, city
 * council, planning commission and school board agendas and minutes (one set given to the State Archives), birth, marriage
 * and death certificates (Ohio, Washoe County, a 1953 death register, a Mexican acta de nacimiento), voter registration and
 * 1994 election results, a newspaper photo reprint, and records the library does not hold (referrals to the records unit,
 * the recorder, the clerk, the district office, the State Archives, the consulate, the newspaper itself). Every one of the
 * 17 checks labelled in every session before it was run: batch 1 (01-32) copied aside to /tmp/newsAndRecords-labels.ts,
 * batch 2 (33-36) to /tmp/newsAndRecords-labels-batch2.ts, each before its first run.
 *
 * SHAPES TRIED:
 *  openings: a queue line and a patron "hello??" before a 95 s pickup (03); `pickedUpAt` at 50 s with the first line at 90
 *   (12); a pickup at exactly 60 s (36); "Hi, Leon w/ Brookport Library." (10); "Hi! What can I help you with?" under the
 *   screen name "Ref Desk 3" (names no one: fail, 15); "hey there! Niko from the Ask Us team at Lakeview Library 🙂" (30);
 *   "¡Hola! Le saluda Raquel, bibliotecaria de …" (11); greeting, name and the clarifying question in one Spanish line (34);
 *  inquiry: paper and maiden name, department (town or state police), agency and date, county, street address, certified or
 *   plain copy, deadline ("dmv appt is in 3 weeks"), home library, city or county commission, first-time or updating; a
 *   question asked only after the first source (02, fail); no question at all (10, fail); a question as the only substantive
 *   line of a Lost Call (30: clarify passes, source fails);
 *  waits: holds of 54-104 s ("Give me a minute", "one sec", "bear with me a sec", "Let me try it", "Déjeme revisar un
 *   momento", "Un momento mientras lo busco"); "Hang tight, digging…" then a partial result on Legacy.com that says the search
 *   goes on, 100 s and 110 s (33); a hold answered exactly 120 s later (36, pass); "Let me check …" then 154 s with a patron
 *   "ok" inside (16, fail); "Take your time looking, I'll be right here." before 198 s of patron absence (28, pass); a
 *   transfer's wait from the patron's line across internal and system lines to the receiver (20: 52 s, 21: 90 s);
 *  endings: "Is there anything else I can help you find today?", "What else can I dig up for you?", "¿Algo más en que le
 *   pueda ayudar?"; patron-side "that's all I needed", "thats all i needed thx", "yep. done, nothing else", "si gracias, es
 *   todo", "nope im set", "nada mas, gracias"; goodbyes "Have a good night.", "Have a good one!", "¡Que le vaya bien! Hasta
 *   luego.", "Thank you, bye for now!", "Good luck with the project, and come back anytime."; the patron's "thats all i
 *   needed thx" as the last line after the provider's answer + "Does that answer your question?" (26: courteous fails);
 *   "I'm off at 5 and it's 4:58, so you'll have to do the rest on your own." + "Chat closed." (18: dismissal, courteous
 *   fails); "several other patrons waiting right now. Please chat back in later, or drop by our Local History room" (19,
 *   allowed);
 *  final idle: "Are you still there?" at 300 and a notice + goodbye at 420 (08, idle 260 s); a Lost Call with a check-in and
 *   a notice (17, 245 s); "r u still there?" then "I'll close this chat. Thanks …" (30, 125 s: disconnect na); a goodbye
 *   164 s after the answer with no check-in (31); "Still with me?" and silence to 400 (32); "You still around?" then "Ok,
 *   I'll let you go. Thanks …" at 184 s (35: no notice that the patron seems disconnected);
 *  sources: URLs and domains, a library path ("corbinlibrary.org > Research > Newspapers > Corbin Courier", "eResources >
 *   News > PressReader"), a finding aid, gob.mx; none (30);
 *  referrals: a police Records Unit by phone and window address (04); "contact the State Patrol district office" bare (05);
 *   "call the Recorder's office at …" (07); the Building Department and a Public Records Officer and the Public Access
 *   Counselor by e-mail (08, 09); a school district by phone in Spanish (11); Vital Statistics by phone (12); the library's
 *   own Local History room by phone (19); the State Archives reading room by street address (21, LEFT); a Records Division
 *   by phone (22); a police records clerk by URL and phone (26); the City Clerk by e-mail (27); the district office by phone
 *   with "ask the newspaper's librarian" bare (29, fail); the County Elections Office by street address (32, LEFT); the
 *   Mexican consulate by phone (34); "go down to the Polk County Clerk of Court's office" bare (35, fail); a newspaper's photo
 *   desk by e-mail (36);
 *  follow-ups: FU_ME with the e-mail typed and read back, "by tomorrow at 5 pm", done in 30 h (13); "I'll find out and e-mail
 *   you … once I hear from them" coded Answered (14: code and contact fail, on_time pending); FU_LIB with the e-mail only in
 *   `patron.email` ("the e-mail address on your library account"), not done by day 5 (23); FU_ME by phone read back, "by
 *   Friday", done after 80 h (24);
 *  codes: a true Lost Call (17, 30); Lost Call after three patron lines (25); null (22);
 *  transfers: a visible notice (a hold) and a note that says why (20); a note only, the receiver introducing herself after
 *   the transfer (21, fail);
 *  concurrency: four at once (07); five others touching both ends and each other, three at most (27).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Have a good night.", "Have a good one!" and "¡Que le vaya bien! Hasta luego." say goodbye; "You're welcome! Good luck
 *   with the project, and come back anytime." invites back; "Congrats! … Did that answer it?" and "Chat closed." do not;
 * - "Were you able to get to the article?", "Does this help you get started?", "Does that work with your appointment?",
 *   "Is that a good start?", "Does that get you what you were after?", "¿Era lo que buscaba?", "Did the online page at least
 *   help?" ask whether what was given meets the need; "Can I e-mail you what I find?" and "What's a good number?" do not (they
 *   offer more);
 * - "Found a short death notice on Legacy.com, still looking for the full obituary in the paper." is a partial result that
 *   says the search goes on: a hold (Terms), and also the first source (Legacy.com), which is after the clarifying question;
 * - "Take your time looking, I'll be right here." is not a hold, so the patron's 198 s away is waiting on the patron;
 * - "you can visit the State Archives reading room at 500 Capitol Way, Olympia" and "you can register in person at the County
 *   Elections Office, 120 Court St" tell the patron to visit an office outside the chat: referrals, each reached by a postal
 *   (street) address; "the Clerk of Court's office" with only "in person with your ID" has none; "you could also ask the
 *   newspaper's librarian" is a second party with no contact, so referral.contact fails even though the district office has a
 *   phone ("every party");
 * - "drop by our Local History room (555-880-2911, Tue-Sat 10-5)" refers to the library's own department (counts when the
 *   patron is told to visit it); "Please chat back in later" is the chat service itself, no referral;
 * - "Ok, I'll let you go. Thanks for using the chat …" announces the end and thanks the patron but does not say the patron
 *   seems to have disconnected: a goodbye, not a disconnect notice (35 fails disconnect_notice, passes courteous);
 * - in a Lost Call whose only substantive provider line is a clarifying question (30), the exchange is substantive (a
 *   clarifying question counts), so info.source fails and completeness / anything_else, not being na, fail with it;
 * - "Hillsdale Public Library … their reference staff … will contact you within 3 days" is a promise that someone from the
 *   patron's library will contact them (a follow-up session), with no contact confirmed in the chat.
 *
 * COUNTS. Written: 36 whole sessions in two batches (01-32, then 33-36), all 17 statuses labelled in each before its batch
 * was first run. First run as labelled / disagreeing: 34 / 2 (batch 1: 30 / 2; batch 2: 4 / 0). Label corrections: 0.
 * Final: 34 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 21: "visit the State Archives reading room at 500 Capitol Way, Olympia" read as a referral with no
 *    contact (fail; RUBRIC pass: a postal address);
 *  - referral.contact, case 32: "you can register in person at the County Elections Office, 120 Court St" read as no referral
 *    (na; RUBRIC pass: a visit to an office, reached by its street address).
 * Every timing check (pickup at exactly 60 s, after a queue, with `pickedUpAt`; keep_informed at exactly 120 s, at 154 s,
 * across a partial-result hold, a "take your time" and two transfers; idle and disconnect spans of 125, 164, 184, 245, 260
 * and 344 s; concurrency at touching ends; on_time done / late / pending / overdue) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every running case (patron e-mails and a phone typed and read back in the
 * chat, an e-mail only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 36 tests passed (2 through describeLeft).
 *
 * Labelled and run on rubric v47.
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, P, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const MAEVE: Prov = P('maeve-r', 'Maeve', 'MBPL');
const BRODY: Prov = P('brody', 'Brody', 'TCCL');
const PRIYA: Prov = P('priya-r', 'Priya', 'HPL');
const OSCAR: Prov = P('oscar', 'Oscar', 'FVL');
const KEIKO: Prov = P('keiko', 'Keiko', 'RWL');
const XAVIER: Prov = P('xavier', 'Xavier', 'LCL');
const NADIA: Prov = P('nadia', 'Nadia', 'GCPL');
const TOMAS: Prov = P('tomas-r', 'Tomás', 'MPL');
const JUNE: Prov = P('june', 'June', 'CFPL');
const LEON: Prov = P('leon', 'Leon', 'BRK');
const RAQUEL: Prov = P('raquel', 'Raquel', 'SLZ');
const FIONA: Prov = P('fiona', 'Fiona', 'BCPL');
const GRETA: Prov = P('greta-r', 'Greta', 'VCL');
const HUGO: Prov = P('hugo-r', 'Hugo', 'SPK');
const REF3: Prov = P('ref3', 'Ref Desk 3', 'NCL');
const IRIS: Prov = P('iris', 'Iris', 'DCL');
const ALMA: Prov = P('alma', 'Alma', 'WML');
const VICTOR: Prov = P('victor', 'Victor', 'GPL');
const WINONA: Prov = P('winona', 'Winona', 'DPL');
const BETH: Prov = P('beth', 'Beth', 'BVPL');
const ROSS: Prov = P('ross', 'Ross (Local History)', 'BVPL');
const NOEL: Prov = P('noel-r', 'Noel', 'ASH');
const DARIA: Prov = P('daria', 'Daria', 'ASH');
const ELLIS: Prov = P('ellis', 'Ellis', 'CRB');
const PAULA: Prov = P('paula', 'Paula (statewide)', 'STATE');
const RUTH: Prov = P('ruth-r', 'Ruth', 'CCL');
const SAM: Prov = P('sam', 'Sam', 'ELK');
const ZOE: Prov = P('zoe', 'Zoe', 'PVL');
const CURTIS: Prov = P('curtis', 'Curtis', 'ORL');
const GWEN: Prov = P('gwen', 'Gwen', 'MTL');
const HANK: Prov = P('hank', 'Hank', 'MRL');
const NIKO: Prov = P('niko', 'niko_lv', 'LVL');
const OLGA: Prov = P('olga', 'Olga', 'BRN');
const RHEA: Prov = P('rhea', 'Rhea', 'CWL');
const HOLLIS: Prov = P('hollis', 'Hollis', 'RBL');
const INES: Prov = P('ines-r', 'Inés', 'DPLTX');
const BAXTER: Prov = P('baxter', 'Baxter', 'PCL');
const ODA: Prov = P('oda', 'Oda', 'WBL');

export const newsAndRecords: SessionCase[] = [
  // 01 obituary by the book
  s(MAEVE, '01 grandmother\'s 1987 obituary: name and paper asked, "Give me a minute", obituary index + Digital Ledger URLs, "no thats it"', [
    [0, 'p', 'hi im trying to find my grandmothers obituary, she died in march 1987 in Millbrook'],
    [20, 'l', "Hi there, this is Maeve at Millbrook Public Library's Ask a Librarian. I'm sorry for your loss."],
    [26, 'l', 'Do you know which paper it would have run in, the Millbrook Ledger or the county paper? And her full name, with her maiden name if you know it?'],
    [80, 'p', 'Ledger probably. Dorothy Kowalczyk, maiden name Haas'],
    [86, 'l', 'Thanks! Give me a minute to check our obituary index.'],
    [170, 'l', 'Found her: our Local Obituary Index (millbrooklibrary.org/obits) lists Dorothy H. Kowalczyk, Millbrook Ledger, March 14, 1987, page 6. The Ledger pages are scanned in our Digital Ledger at millbrooklibrary.org/ledger; browse to March 14, 1987 and open page 6.'],
    [176, 'l', 'Is that the one you were looking for?'],
    [230, 'p', 'yes!! omg thank you. thats her'],
    [236, 'l', 'Wonderful. Is there anything else I can help you find today?'],
    [270, 'p', 'no thats it'],
    [275, 'l', 'Thanks for chatting with us, take care!'],
  ], usual()),

  // 02 the question only after the first source
  s(BRODY, '02 parents\' 1961 wedding announcement: Tulsa World archive given first, "Do you know the exact date" after it', [
    [0, 'p', 'Looking for my parents wedding announcement. They got married in Tulsa sometime in the early 60s. Is that online anywhere?'],
    [35, 'l', 'Hello! Brody here, reference librarian at Tulsa City-County Library.'],
    [41, 'l', "The Tulsa World archive back to 1905 is in our NewsBank access: log in with your library card at tulsalibrary.org/databases and pick 'Tulsa World Historical'."],
    [47, 'l', 'Do you know the exact date, or only the year?'],
    [110, 'p', 'june 1961 i think, june 17'],
    [116, 'l', 'Search both their names with a date range of June 1961 to August 1961; announcements often ran a few weeks after the wedding. Did that help?'],
    [170, 'p', 'found it!! thank you so much'],
    [176, 'l', 'Anything else today?'],
    [200, 'p', 'no'],
    [204, 'l', 'Thanks for using Ask a Librarian. Bye!'],
  ], usual({ clarify: 'fail' })),

  // 03 queue and a late pickup; "Have a good night." as the goodbye
  s(PRIYA, '03 house fire story behind the Gazette paywall: queue, "hello??", pickup at 95 s, PressReader path, "Have a good night."', [
    [0, 'p', 'theres a story in the Gazette about the fire on Elm st last night but it says subscribers only. can i read it thru the library?'],
    queue(2),
    [40, 'p', 'hello??'],
    [95, 'l', "Hi, sorry for the wait! I'm Priya, a librarian at Harlow Public Library."],
    [100, 'l', 'Do you have a Harlow library card?'],
    [130, 'p', 'yes'],
    [136, 'l', "Then you can read the Gazette free: go to harlowlibrary.org, click eResources > News > PressReader, sign in with your card number and PIN, and search for the Gazette. Today's and yesterday's issues are both there."],
    [142, 'l', 'Were you able to get to the article?'],
    [200, 'p', 'yep got it, thats all i needed'],
    [205, 'l', 'Great! Have a good night.'],
  ], usual({ pickup: 'fail' })),

  // 04 police accident report, records unit with phone and address
  s(OSCAR, '04 police report for a fender bender on Route 9: which department asked, Records Unit by phone and window address', [
    [0, 'p', 'how do i get a copy of the police report from my car accident? it was on route 9 last tuesday'],
    [18, 'l', 'Good afternoon! You\'ve reached Oscar at the Fairview Library chat.'],
    [24, 'l', 'Do you know which department came out, the town police or the state police? On Route 9 it can be either.'],
    [70, 'p', 'fairview police i think, the officer gave me a card w/ a case number'],
    [77, 'l', "Good, the case number makes it easy. Fairview PD's Records Unit releases accident reports to the people involved, usually 5-7 business days after the crash. Call them at 555-318-2200 or stop by the window at 40 Center St, weekdays 8-4; bring ID and the case number. There's a $5 fee."],
    [83, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes thank you'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', 'nope im good'],
    [175, 'l', "Take care, and I hope you're ok after the accident. Thanks for chatting!"],
  ], usual({ referral: 'pass' })),

  // 05 state crash report; the district office named bare
  s(KEIKO, '05 interstate crash report for insurance: "one sec", buycrash.com, "contact the State Patrol district office" (no contact)', [
    [0, 'p', 'my son was in a crash on the interstate, the insurance wants the crash report. where do we get it'],
    [25, 'l', "Hi, I'm Keiko, librarian at Ridgeway Library's Ask Us service."],
    [31, 'l', 'Was it a state trooper who responded? Interstate crashes usually are.'],
    [90, 'p', 'yes state patrol'],
    [96, 'l', 'one sec'],
    [150, 'l', "State Patrol crash reports are sold online through BuyCrash: buycrash.com, pick the state, then search by the crash date and your son's last name; it's $10 a copy. If it isn't there after 10 days, you'd have to contact the State Patrol district office that handled it."],
    [156, 'l', 'Did that help?'],
    [200, 'p', 'ok ty'],
    [206, 'l', 'Is there anything else?'],
    [240, 'p', 'no thats all'],
    [245, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ referral: 'fail' })),

  // 06 court case search; the patron says done, no "anything else?"
  s(XAVIER, '06 checking a contractor\'s court cases: state asked, WCCA + license lookup URLs, "that\'s all I needed", invited back', [
    [0, 'p', 'Is there a way to look up if someone has a court case? Checking on a contractor before I hire him'],
    [22, 'l', 'Hello, Xavier here, a librarian with Lakeside County Library.'],
    [28, 'l', 'Which state is the contractor in? Court search sites are by state.'],
    [60, 'p', 'Wisconsin'],
    [66, 'l', "Wisconsin Circuit Court Access (WCCA) at wcca.wicourts.gov is free: search by the person's or business name and you'll see civil, small claims and criminal cases. The state's licensing lookup at license.wi.gov will also show whether his contractor credential is current."],
    [72, 'l', 'Is that what you needed?'],
    [120, 'p', "perfect, that's all I needed. thanks"],
    [126, 'l', "You're welcome! Good luck with the project, and come back anytime."],
  ], usual()),

  // 07 deed copy, four chats at once
  s(NADIA, '07 deed copy for a refinance: certified or plain asked, Recorder URL + "call the Recorder\'s office", four chats open at once', [
    [0, 'p', 'I need a copy of the deed to my house, refinancing'],
    [15, 'l', 'Hi! Nadia at Ask Us, Greene County Public Library.'],
    [21, 'l', 'Do you need a certified copy for the lender, or just a plain copy?'],
    [60, 'p', 'they just said a copy'],
    [66, 'l', "Greene County's Recorder has deeds from 1985 on at greenecountyrecorder.example.org: search by owner name, then click the document to print an unofficial copy free. If the lender wants a certified one, call the Recorder's office at 555-372-0190; they're $1 a page."],
    [72, 'l', 'Does that cover it?'],
    [110, 'p', 'yes'],
    [115, 'l', 'Anything else?'],
    [140, 'p', 'no thanks'],
    [145, 'l', 'Thanks for chatting!'],
  ], usual({ referral: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nadia', -200, 300), other('n2', 'nadia', -50, 500), other('n3', 'nadia', 30, 400)],
  }),

  // 08 permits; the patron goes quiet after the answer
  s(TOMAS, '08 deck permit history: address asked, permit portal + Building Dept e-mail, quiet patron, "still there?" at 300, notice + goodbye at 420', [
    [0, 'p', 'how can i find out if the previous owner pulled permits for the deck? city of Marlow'],
    [30, 'l', 'Hi there, Tomás here, librarian at Marlow Public Library.'],
    [36, 'l', 'Do you have the street address handy? The permit search works by address.'],
    [80, 'p', '1412 Birch Lane'],
    [86, 'l', 'Let me try it.'],
    [160, 'l', "Marlow's permit portal is at marlow.example.gov/permits > Search Permits > By Address. For 1412 Birch Lane I see a deck permit from 2016, finaled in 2017. For older paper files, e-mail the Building Department at buildingrecords@marlow.example.gov."],
    [166, 'l', 'Does that tell you what you needed?'],
    [300, 'l', 'Are you still there?'],
    [420, 'l', "It looks like you may have disconnected, so I'll close this chat now. Thanks for using Ask a Librarian, and feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 09 FOIA for bodycam video
  s(JUNE, '09 FOIA for bodycam video: agency and date asked, "bear with me a sec", AG guide URL, records officer + Public Access Counselor by e-mail', [
    [0, 'p', 'i want to request bodycam video from an arrest i saw downtown. how do i do a FOIA for that'],
    [25, 'l', 'Hi! June here at Ask a Librarian, Cedar Falls Public Library.'],
    [31, 'l', 'Was it city police or the county sheriff? And roughly when did it happen?'],
    [95, 'p', 'city police, oct 12'],
    [101, 'l', 'bear with me a sec'],
    [190, 'l', "Our state's open records law covers city police video, with some exceptions for open investigations. The Attorney General's Public Records guide (ag.example.gov/open-records) has a sample request letter on page 4. Send your request to the city's Public Records Officer at records@cedarfalls.example.gov with the date, place and time of the arrest; they have 10 business days to respond."],
    [196, 'l', 'Does this help you get started?'],
    [260, 'p', 'yes very helpful. what if they say no'],
    [266, 'l', "A denial has to cite the exemption in writing, and you can appeal to the Public Access Counselor at pac@ag.example.gov. Anything else I can help with?"],
    [300, 'p', "no, that's everything"],
    [305, 'l', 'Thanks for chatting, good luck with your request!'],
  ], usual({ referral: 'pass' })),

  // 10 curt, no question before the answer
  s(LEON, '10 last month\'s council minutes (curt): "Hi, Leon w/ Brookport Library", straight to the agenda center, no question', [
    [0, 'p', 'city council minutes from last months meeting?'],
    [12, 'l', 'Hi, Leon w/ Brookport Library.'],
    [16, 'l', "They're posted at brookport.example.gov/agendacenter: choose City Council, then the November 18 meeting. Minutes go up once they're approved at the next meeting."],
    [45, 'p', 'its only showing the agenda'],
    [52, 'l', "Then they haven't been approved yet; the next meeting is Dec 16. Did that help?"],
    [80, 'p', 'ok'],
    [85, 'l', 'Anything else?'],
    [100, 'p', 'no'],
    [104, 'l', 'Bye!'],
  ], usual({ clarify: 'fail' })),

  // 11 Spanish: school board agenda
  s(RAQUEL, '11 agenda de la junta escolar (Spanish): distrito preguntado, "Un momento mientras lo busco", URL, interpretación "llamando al 555-…"', [
    [0, 'p', 'hola, donde puedo ver la agenda de la junta escolar? quiero ir a la reunion'],
    [30, 'l', '¡Hola! Le saluda Raquel, bibliotecaria de la Biblioteca de San Lorenzo.'],
    [36, 'l', '¿Es el Distrito Escolar Unificado de San Lorenzo, u otro distrito?'],
    [70, 'p', 'si san lorenzo unificado'],
    [76, 'l', 'Un momento mientras lo busco.'],
    [140, 'l', "Las agendas se publican 72 horas antes de cada reunión en slusd.example.org/junta, en la sección 'Agendas y actas'. La próxima reunión es el martes 15 a las 6 pm en el Centro del Distrito. Si necesita interpretación al español, pídala llamando a la oficina del distrito al 555-471-3300."],
    [146, 'l', '¿Le sirve esta información?'],
    [200, 'p', 'si gracias, es todo'],
    [206, 'l', '¡Con gusto! Gracias por escribirnos, que tenga buena tarde.'],
  ], usual({ referral: 'pass' })),

  // 12 birth certificate; pickedUpAt before the first line
  s(FIONA, '12 Ohio birth certificate for REAL ID: pickedUpAt 50 s (first line at 90), deadline asked, ODH URL + Vital Statistics phone', [
    [0, 'p', 'I need a certified copy of my birth certificate for a REAL ID. born in Ohio, live in Kentucky now'],
    [90, 'l', 'Hello, this is Fiona with the Ask Us chat at Boone County Public Library.'],
    [96, 'l', 'Do you need it in a hurry, like an appointment date coming up?'],
    [150, 'p', 'dmv appt is in 3 weeks'],
    [156, 'l', 'Ohio issues certified birth certificates through the Ohio Department of Health, Office of Vital Statistics. You can order online at odh.ohio.gov/vital-statistics; by mail it takes about 2-3 weeks. If you have questions about your record, call Vital Statistics at 614-555-0134.'],
    [162, 'l', 'Does that work with your appointment?'],
    [210, 'p', 'yes should be fine. thats all'],
    [216, 'l', 'Great, thanks for contacting us and good luck at the DMV!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(50) }),

  // 13 follow-up by me, done in 30 h
  s(GRETA, '13 great-grandfather\'s 1953 death certificate (follow-up by me): FamilySearch, e-mail read back, "by tomorrow at 5 pm", done 30 h', [
    [0, 'p', "Hi, I'm doing genealogy. Looking for my great-grandfather's death certificate, Anton Brenner, died in 1953 in Vinton County"],
    [28, 'l', "Good morning, I'm Greta, a genealogy librarian at the Vinton County Library."],
    [34, 'l', 'Do you need a certified copy, or is an image of the certificate enough for your research?'],
    [90, 'p', 'just an image is fine'],
    [96, 'l', 'One moment while I check the state death index.'],
    [180, 'l', "Ohio death certificates from 1908-1953 are indexed on FamilySearch (familysearch.org, free account), with images in its Ohio Deaths collection. I don't see Anton in the index yet, though, and spellings vary. I'd like to check our county death register on microfilm, which I can't get to until the morning. Can I e-mail you what I find?"],
    [240, 'p', 'yes please! rbrenner@example.com'],
    [246, 'l', "rbrenner@example.com, got it. I'll e-mail you by tomorrow at 5 pm, either the image or what I tried."],
    [250, 'l', 'Is there anything else for today?'],
    [280, 'p', "no that's all, thank you!!"],
    [286, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 14 a promise without a time, coded Answered
  s(HUGO, '14 1998 Reno marriage certificate: Washoe Recorder URL, "I\'ll find out and e-mail you", "once I hear from them", coded Answered', [
    [0, 'p', 'how do i get a copy of my marriage license from 1998? got married in reno'],
    [20, 'l', 'Hi! Hugo here from the Sparks Library Ask a Librarian service.'],
    [26, 'l', 'Was it a Washoe County license? Reno weddings usually are.'],
    [60, 'p', 'yeah washoe'],
    [66, 'l', 'The Washoe County Recorder sells copies of marriage certificates: order online at washoecounty.example.gov/recorder/marriage, $15 for a certified copy.'],
    [72, 'l', "I'm not sure whether 1998 records can be ordered online or only by mail, though. I'll find out and e-mail you. What's your e-mail?"],
    [110, 'p', 'mjlopez@example.com'],
    [116, 'l', "Thanks! I'll get back to you once I hear from them."],
    [120, 'l', 'Did the online page at least help?'],
    [150, 'p', 'ya thanks'],
    [156, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 15 no one identified
  s(REF3, '15 still registered after a move?: "Hi! What can I help you with?" under the screen name "Ref Desk 3", no name or library', [
    [0, 'p', 'am i still registered to vote? i moved apts'],
    [10, 'l', 'Hi! What can I help you with?'],
    [15, 'l', 'Is your new apartment in the same county?'],
    [50, 'p', 'same county diff address'],
    [56, 'l', 'You can check at the state voter lookup, vote.example.gov/lookup, with your name and birthdate. Since you moved, update your address on the same site under Update Registration before Oct 14.'],
    [62, 'l', 'Did that answer it?'],
    [100, 'p', 'yep. done, nothing else'],
    [105, 'l', 'Thanks, bye!'],
  ], usual({ greeting: 'fail' })),

  // 16 a hold then 154 s
  s(IRIS, '16 1994 commissioner race vote totals: "Let me check …" at 76, patron "ok" inside, answer at 230 (154 s)', [
    [0, 'p', 'Need the results from the 1994 county commissioner race in Delmar County, district 2. For a school project'],
    [25, 'l', "Hi, this is Iris at the Delmar County Library's Ask Us chat!"],
    [31, 'l', 'Do you need the vote totals for each candidate, or just who won?'],
    [70, 'p', 'vote totals'],
    [76, 'l', 'Let me check what the elections office has online.'],
    [150, 'p', 'ok'],
    [230, 'l', 'The Delmar County Elections Office posts results only back to 2000 (delmarvotes.example.gov/results). For 1994, the Delmar Herald printed full precinct totals the day after the election; it\'s in our Herald archive at delmarlibrary.org/herald, search "commissioner" for Nov. 9, 1994.'],
    [236, 'l', 'Will that work for your project?'],
    [290, 'p', 'yes that works, thanks'],
    [296, 'l', 'Can I help with anything else?'],
    [320, 'p', 'no'],
    [325, 'l', 'Thanks for chatting, good luck on the project!'],
  ], usual({ informed: 'fail' })),

  // 17 a true Lost Call with check-in and notice
  s(ALMA, '17 2019 obituary (Lost Call): greeting at 35, patron leaves at 60, "Are you still there?" at 170, notice + invitation back at 280', [
    [0, 'p', 'looking for an obituary from 2019 for Harold Pettit'],
    [35, 'l', "Hello! I'm Alma, a librarian at Westfield Memorial Library."],
    left(60),
    [170, 'l', 'Are you still there?'],
    [280, 'l', "It looks like you've disconnected, so I'm closing this chat. You're welcome to contact us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 dismissed at the end of a shift
  s(VICTOR, '18 2003 murder case for a podcast: NewsBank + case search, then "I\'m off at 5 … you\'ll have to do the rest on your own", "Chat closed."', [
    [0, 'p', 'Researching the 2003 Harmon murder case for a podcast, need news coverage and court records'],
    [20, 'l', 'Hi, Victor at Ask a Librarian, Granville Public Library.'],
    [26, 'l', "Do you know the victim's full name or the defendant's? That helps with both."],
    [80, 'p', 'victim was Leah Harmon, defendant Curtis Dale'],
    [86, 'l', 'Try NewsBank\'s Granville Tribune archive (granvillelibrary.org/databases), searching "Curtis Dale" for 2003-2005. The trial docket is on the state court case search, courts.example.gov/search, under his name.'],
    [92, 'l', 'Does that get you started?'],
    [130, 'p', 'yeah. can you also find the trial transcripts and the police reports and the autopsy and'],
    [138, 'l', "I'm off at 5 and it's 4:58, so you'll have to do the rest on your own."],
    [150, 'p', 'seriously?'],
    [160, 'l', 'Chat closed.'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 19 a list of questions, other patrons waiting (allowed)
  s(WINONA, '19 house history (a list): deed index + Assessor URLs, "several other patrons waiting … chat back in later, or drop by the Local History room (555-…)"', [
    [0, 'p', 'hi can u help me find my house history, who owned it before, when built, any permits, old photos'],
    [22, 'l', 'Hi! Winona here, a librarian at Dunmore Public Library. Happy to help.'],
    [28, 'l', "What's the address, and is it inside the city of Dunmore?"],
    [70, 'p', '218 Orchard Ave, yes city'],
    [76, 'l', 'Give me a couple minutes.'],
    [180, 'l', "For owners: the county's deed index at dunmorecountydeeds.example.gov goes back to 1950; search the address, then follow each deed back. The year built is on the Assessor's parcel page (dunmoreassessor.example.gov, search by address)."],
    [186, 'l', 'Is that a good start?'],
    [240, 'p', 'yes! also can u look up the old city directories for me and the permits and check if there are photos and also my neighbors house'],
    [248, 'l', 'Those are great next steps, but I have several other patrons waiting right now. Please chat back in later, or drop by our Local History room (555-880-2911, Tue-Sat 10-5) and they can go through the directories and photos with you. Thanks for chatting!'],
    [270, 'p', 'ok will do'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 20 transfer by the book
  s(BETH, '20 1924 obituary in the Sentinel: transfer notice + note that says why, Ross finds it in the Digital Sentinel 52 s later', [
    [0, 'p', "I'm looking for an obituary from 1924 in the Bayview Sentinel, my great-great-aunt Clara Moss"],
    [20, 'l', "Hello! I'm Beth, a librarian with the Bayview Public Library chat."],
    [26, 'l', 'Do you know about when in 1924 she died?'],
    [70, 'p', 'august i think'],
    [78, 'l', "Our local history librarian Ross indexed the 1920s Sentinel himself, so I'm transferring you to him now. One moment."],
    [82, 'i', 'Ross, pt needs a Clara Moss obit, Sentinel, Aug 1924 - your index is the only one for the 20s. ok to take?'],
    xfer(86, 'Ross (Local History)', 'ross'),
    [130, 'l', 'Hi, this is Ross in Local History. I found her: Clara Moss, obituary in the Sentinel, August 22, 1924, page 3. The scanned page is in our Digital Sentinel at bayviewlibrary.org/sentinel (browse by date).', as(ROSS)],
    [136, 'l', 'Is that her?', as(ROSS)],
    [190, 'p', "YES that's her, thank you both! that's everything"],
    [196, 'l', 'Wonderful. Thanks for using Ask Us!', as(ROSS)],
  ], usual({ transfer: 'pass' })),

  // 21 silent transfer; State Archives by street address
  s(NOEL, '21 1972-74 school board minutes: transfer with an internal note only, Daria 90 s after the patron, State Archives reading room by address', [
    [0, 'p', 'how do I find old school board minutes from the 1970s? Ashby school district'],
    [24, 'l', 'Hi, Noel at the Ashby Library Ask Us chat.'],
    [30, 'l', 'Which years exactly, and is it a particular topic?'],
    [80, 'p', '1972-74, when they closed Lincoln elementary'],
    [85, 'i', 'Daria, school board minutes 1972-74 Lincoln closure - archives q, can you take it?'],
    xfer(88, 'Daria', 'daria'),
    [170, 'l', "Hi! Daria from the Ashby Archives here. The district's board minutes from 1950-1990 went to the State Archives; their finding aid is at archives.example.gov/findingaids/ashby-schools, and box 12 covers 1972-74.", as(DARIA)],
    [176, 'l', 'Does that help?', as(DARIA)],
    [220, 'p', 'yes but can i see them in person?'],
    [226, 'l', 'Yes, you can visit the State Archives reading room at 500 Capitol Way, Olympia, Mon-Fri 9-4; ask for the Ashby School District records, box 12.', as(DARIA)],
    [260, 'p', 'great thats all'],
    [266, 'l', 'Thanks for chatting, good luck!', as(DARIA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 22 code left empty
  s(ELLIS, '22 break-ins on Maple Ridge: articles or reports asked, Courier via the library path, crime map URL, Records Division phone, code null', [
    [0, 'p', 'was there anything in the news about the break-ins on Maple Ridge last month'],
    [15, 'l', "Hi there! I'm Ellis, a librarian at Corbin Library."],
    [20, 'l', 'Are you looking for the news articles or the police incident reports?'],
    [55, 'p', 'articles I guess. police reports too if I can'],
    [62, 'l', 'The Corbin Courier ran two stories (Nov 3 and Nov 10); read them free with your card via corbinlibrary.org > Research > Newspapers > Corbin Courier. The police crime map at corbinpd.example.gov/crimemap shows each reported break-in by date. For the full incident reports, call the Records Division at 555-240-7788.'],
    [68, 'l', 'Is that what you were after?'],
    [120, 'p', "yes, thank you. that's all"],
    [126, 'l', 'Thanks for chatting! Bye.'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 23 follow-up by the patron's library, e-mail only on file, overdue
  s(PAULA, '23 1971 wedding notice on Hillsdale microfilm (follow-up by patron\'s library): "the e-mail address on your library account", not done by day 5', [
    [0, 'p', "my library doesn't have the Hillsdale Daily from 1971 online, I need the wedding notice for my parents, June 1971"],
    [30, 'l', "Hi, I'm Paula from the statewide Ask Us service."],
    [36, 'l', 'Which library is your home library?'],
    [80, 'p', 'Hillsdale public'],
    [86, 'l', 'Thanks, one moment.'],
    [160, 'l', 'Hillsdale Public Library has the Hillsdale Daily on microfilm for 1890-1995 (their catalogue: hillsdalelibrary.example.org/catalog, search "Hillsdale Daily"). I\'ll send your request to their reference staff; they can look through June 1971 and will contact you within 3 days at the e-mail address on your library account.'],
    [166, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no, thank you'],
    [206, 'l', 'Thanks for using Ask Us. Have a good day!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'kdowning@example.org', phone: null } }, { now: T0 + 5 * DAY }),

  // 24 follow-up by phone, done late
  s(RUTH, '24 grandpa\'s 1958 arrest in the police blotter (follow-up by me): phone read back, "by Friday", done after 80 h', [
    [0, 'p', 'my grandpa was arrested in 1958 in Carver City, family story says it was in the paper. any way to check?'],
    [26, 'l', "Hi, I'm Ruth at the Carver City Library reference desk, on chat."],
    [32, 'l', 'Do you know roughly which month, or what he was arrested for?'],
    [90, 'p', 'summer 58, something about a bar fight. name was Walter Sims'],
    [96, 'l', 'Let me look at what we have.'],
    [190, 'l', "The Carver Evening News ran a daily police blotter column, and we have it on microfilm, but our index (carverlibrary.example.org/localhistory) only covers obituaries and weddings, so someone has to scroll June-August 1958 by hand. I can have our local history volunteer do that this week and call you with what we find. What's a good number?"],
    [240, 'p', 'sure 415-555-0176'],
    [246, 'l', "415-555-0176. We'll call you by Friday."],
    [252, 'l', 'Anything else for today?'],
    [280, 'p', "no that's all, thank you"],
    [286, 'l', 'Thank you, bye for now!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 25 Lost Call after three patron lines
  s(SAM, '25 the police log in the Observer: answered with "Is that what you needed?", patron "ok" and leaves, coded Lost Call', [
    [0, 'p', 'where can I see the police log that gets printed in the paper?'],
    [20, 'l', "Hi, Sam here at Eastlake Library's Ask a Librarian."],
    [26, 'l', 'Which paper, the Eastlake Observer?'],
    [50, 'p', 'yeah'],
    [56, 'l', 'The Observer prints the police log every Thursday; with your library card you can read it free at eastlakelibrary.org/observer. Is that what you needed?'],
    [100, 'p', 'ok'],
    left(104),
    [110, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 26 the patron has the last word; no goodbye
  s(ZOE, '26 parking-lot fender bender report: records clerk by URL and phone, "Does that answer your question?", patron "thats all i needed thx" last', [
    [0, 'p', "I need the accident report for my daughter's fender bender in the Kmart lot"],
    [20, 'l', "Hi! I'm Zoe, a librarian at Pine Valley Library."],
    [26, 'l', "Did the police come out, or did you just swap insurance info? Crashes in private lots often don't get a report."],
    [80, 'p', 'police came, gave us an exchange form'],
    [86, 'l', "Then the Pine Valley Police records clerk can give you a copy: request it online at pinevalleypd.example.gov/records-request or call them at 555-610-4400, with the report number from the exchange form."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes, thats all i needed thx'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 27 three at most, others touching both ends
  s(CURTIS, '27 council agenda for the dog park vote: City Clerk by e-mail; others touch both ends, three at most at once', [
    [0, 'p', 'where are the city council agendas posted? theres a vote on the new dog park'],
    [18, 'l', 'Good evening, Curtis with Oak Ridge Library here!'],
    [24, 'l', 'Are you looking for the agenda for the next meeting, or past ones too?'],
    [50, 'p', 'just the next one'],
    [56, 'l', "The agenda for Monday's council meeting is on the city's site at oakridge.example.gov/council (click 'Agendas & Minutes'); the dog park is item 7. To speak in public comment, sign up at the meeting or e-mail the City Clerk at clerk@oakridge.example.gov by noon Monday."],
    [62, 'l', 'Is that what you were looking for?'],
    [90, 'p', 'yes perfect'],
    [95, 'l', 'Anything else I can help with?'],
    [110, 'p', 'nope im set'],
    [115, 'l', 'Thanks for chatting, have a good night!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('c1', 'curtis', -600, 0), other('c2', 'curtis', -100, 60), other('c3', 'curtis', 30, 90), other('c4', 'curtis', 60, 120), other('c5', 'curtis', 120, 900)],
  }),

  // 28 "take your time" before a long patron absence
  s(GWEN, '28 what the neighbor paid: county asked, Recorder index URL, "Take your time looking", patron back after 198 s, transfer-tax math', [
    [0, 'p', 'can i look up property records to see what my neighbor paid for their house'],
    [20, 'l', "Hi, I'm Gwen, a librarian at Millerton Public Library."],
    [26, 'l', 'Which county is the house in?'],
    [50, 'p', 'fresno county'],
    [56, 'l', "Sale prices show up in the recorded deed's documentary transfer tax line. Fresno County's Recorder has an online index at fresnorecorder.example.gov/search: search by the owner's name, and viewing the deed image is free."],
    [62, 'l', "Take your time looking, I'll be right here."],
    [260, 'p', 'ok found it, it says documentary transfer tax $660. how do i get the price from that'],
    [266, 'l', "In California it's $1.10 per $1,000 of the price, so $660 means about $600,000. Did that answer your question?"],
    [320, 'p', 'yes!! thats all'],
    [326, 'l', 'Glad I could help. Thanks for chatting!'],
  ], usual()),

  // 29 two parties, one without contact
  s(HANK, '29 2009 boundary vote minutes: district office by phone, "ask the newspaper\'s librarian" (no contact)', [
    [0, 'p', 'I need the school board minutes where they voted on the new high school boundaries, 2009 I think. Marlow Unified'],
    [28, 'l', 'Good afternoon! Hank here, librarian at the Marlow Public Library.'],
    [34, 'l', 'Do you know the month, or at least the season?'],
    [70, 'p', 'spring, like march or april 2009'],
    [76, 'l', "For 2009 you'll need to ask the district's Board Secretary, who keeps the signed minutes: call the district office at 555-901-2650. The Marlow Messenger covered the boundary vote too, so you could also ask the newspaper's librarian for a copy of the article."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yeah thanks'],
    [136, 'l', 'Anything else?'],
    [160, 'p', 'no'],
    [164, 'l', 'Thanks for using our chat, take care!'],
  ], usual({ referral: 'fail' })),

  // 30 the patron leaves after the first question; no source
  s(NIKO, '30 old teacher\'s obit (Lost Call, chat-speak): "do u know his first name", "r u still there?" at 100, closed with thanks at 140', [
    [0, 'p', 'trying to find an obit for my old teacher mr. Feeney, died a couple yrs ago'],
    [15, 'l', 'hey there! Niko from the Ask Us team at Lakeview Library 🙂'],
    [20, 'l', 'do u know his first name or what town he lived in?'],
    [100, 'l', 'r u still there?'],
    [140, 'l', "Since I haven't heard back I'll close this chat. Thanks for writing in, and chat back anytime if you find his first name!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 31 goodbye 164 s after the answer, no check-in
  s(OLGA, '31 planning commission agenda (5th St apartments): city or county asked, answer, "Did that help?", goodbye 164 s later with no check-in', [
    [0, 'p', 'where do i find the planning commission agenda about the apartment complex on 5th'],
    [20, 'l', 'Hi, this is Olga at the Brenton Library chat.'],
    [26, 'l', "Is this the City of Brenton planning commission, or the county's?"],
    [60, 'p', 'city'],
    [66, 'l', 'City planning commission agendas are posted the Friday before each meeting at brenton.example.gov/planning/agendas. The 5th Street apartments are on the Dec 10 agenda, item 4, with the staff report attached.'],
    [72, 'l', 'Did that help?'],
    [230, 'l', 'Thanks for using the Brenton Library chat, goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 32 check-in, then nothing until the end
  s(RHEA, '32 first-time voter deadline: registering or updating asked, URL + Elections Office at 120 Court St, "Still with me?" at 200, ends at 400', [
    [0, 'p', 'whats the last day to register for the school board election'],
    [15, 'l', 'Hello! Rhea here, librarian with the Ask Us chat at Coldwater Library.'],
    [21, 'l', 'Are you registering for the first time, or updating an address?'],
    [50, 'p', 'first time, i just turned 18'],
    [56, 'l', 'Congrats! For the March 3 school board election the deadline is February 10 online at vote.example.gov/register, or you can register in person at the County Elections Office, 120 Court St, up to 15 days before. Did that answer it?'],
    [200, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 200 }),

  // ---- batch 2 (labelled and copied aside before its run) ----

  // 33 holds every ~100 s, one a partial result; "Have a good one!"
  s(HOLLIS, '33 2024 obituary after the funeral home page vanished: "Hang tight", partial result that says the search goes on, answer at 280, "Have a good one!"', [
    [0, 'p', 'need the obit for James Okafor, died oct 2024, the funeral home page is gone'],
    [22, 'l', "Hey, welcome to Ask Us! I'm Hollis, one of the librarians at Riverbend Library."],
    [28, 'l', 'What city did he live in? That tells me which paper to check.'],
    [64, 'p', 'Riverbend'],
    [70, 'l', 'Hang tight, digging through the archive...'],
    [170, 'l', "Found a short death notice on Legacy.com, still looking for the full obituary in the paper."],
    [280, 'l', 'Here it is: the Riverbend Record ran the full obituary Oct 19, 2024. Read it with your library card through our Access World News at riverbendlibrary.org/news, search "Okafor".'],
    [286, 'l', 'Does that get you what you were after?'],
    [330, 'p', 'yes thats it. my kids wanted a copy'],
    [336, 'l', 'What else can I dig up for you?'],
    [360, 'p', "nothing, we're good"],
    [365, 'l', 'Have a good one!'],
  ], usual()),

  // 34 Spanish: Mexican birth certificate, the consulate by phone
  s(INES, '34 acta de nacimiento de Jalisco (Spanish): greeting + question in one line, "Déjeme revisar", gob.mx URL, Consulado by phone, "Hasta luego"', [
    [0, 'p', 'buenas tardes necesito una copia de mi acta de nacimiento de mexico, vivo en dallas'],
    [30, 'l', '¡Buenas tardes! Soy Inés, bibliotecaria de la Biblioteca Pública de Dallas. ¿En qué estado de México la registraron?'],
    [80, 'p', 'jalisco'],
    [86, 'l', 'Déjeme revisar un momento.'],
    [160, 'l', 'Puede imprimir una copia certificada en línea en gob.mx/ActaNacimiento con su CURP. Si no tiene CURP o hay un error en el acta, llame al Consulado General de México en Dallas al 214-555-0188 para hacer una cita.'],
    [166, 'l', '¿Era lo que buscaba?'],
    [220, 'p', 'si perfecto'],
    [226, 'l', '¿Algo más en que le pueda ayudar?'],
    [250, 'p', 'nada mas, gracias'],
    [256, 'l', '¡Que le vaya bien! Hasta luego.'],
  ], usual({ referral: 'pass' })),

  // 35 divorce decree: the Clerk named bare; "You still around?" and "I'll let you go" (no disconnect notice)
  s(BAXTER, '35 certified 2011 divorce decree: "go down to the … Clerk of Court\'s office" (no contact), quiet patron, "You still around?", "I\'ll let you go" at 250', [
    [0, 'p', 'how do i get my divorce decree copy. divorced in 2011 in Polk county'],
    [20, 'l', 'Hi, Baxter here at the Polk County Library chat.'],
    [26, 'l', 'Do you need a certified copy, like for a name change or a passport, or just a regular copy?'],
    [60, 'p', 'certified, for passport'],
    [66, 'l', "Certified decrees only come from the court that granted the divorce, so you'll need to go down to the Polk County Clerk of Court's office in person with your ID; the fee is usually around $10. If you don't have the case number, the state divorce index at dshs.example.gov/divorce-index lists it."],
    [72, 'l', 'Does that help?'],
    [200, 'l', 'You still around?'],
    [250, 'l', "Ok, I'll let you go. Thanks for using the chat, and good luck with the passport!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'fail' })),

  // 36 pickup at exactly 60 s, a hold answered exactly 120 s later
  s(ODA, '36 reprint of a Herald sports photo: pickup at exactly 60 s, "Just a moment" answered exactly 120 s later, the photo desk by e-mail', [
    [0, 'p', "Can I get a copy of a photo that ran in the Herald? my son's team was in it"],
    [60, 'l', 'Good morning! Oda here, a librarian at Westbury Library.'],
    [66, 'l', 'Do you want a print of the photo itself, or is a copy of the newspaper page fine?'],
    [100, 'p', 'the actual photo, nice print'],
    [106, 'l', 'Just a moment, checking how the Herald handles reprints.'],
    [226, 'l', 'The Herald sells reprints of its staff photos: fill in the form at westburyherald.example.com/reprints, or e-mail the photo desk at photos@westburyherald.example.com with the date and page. 8x10s are $25.'],
    [232, 'l', 'Is that what you were hoping for?'],
    [280, 'p', 'yes great'],
    [286, 'l', 'Anything else?'],
    [300, 'p', "no that's all"],
    [305, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '21 1972-74 school board minutes: transfer with an internal note only, Daria 90 s after the patron, State Archives reading room by address':
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 9 "Yes, you can visit the State Archives reading room at 500 Capitol Way, Olympia,…"). The party the patron is told to visit comes with its street address, "500 Capitol Way, Olympia" (a postal address: RUBRIC referral.contact, pass), and the same State Archives was given with its finding-aid URL in message 6.',
  '32 first-time voter deadline: registering or updating asked, URL + Elections Office at 120 Court St, "Still with me?" at 200, ends at 400':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "you can register in person at the County Elections Office, 120 Court St" tells the patron to visit an office outside the chat (RUBRIC Terms, Referral: "contact or visit … another agency … office"), and it comes with a postal address.',
};

describe('forty-eighth round: local news, obituaries and public records, checked', () => {
  describeSessions('whole sessions', newsAndRecords.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', newsAndRecords.filter((c) => c.name in LEFT_WHY));
});
