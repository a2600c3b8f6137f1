/**
 * Sixty-first round, theme LOCAL GOVERNMENT, checked: 30 whole sessions no one had written, from public library and statewide
 * "ask a librarian" chats about city and county government: public records requests (a city police crash report, a town
 * FOIL request for a 1950s house's permits, restaurant inspection reports), zoning (a 7 ft fence and a variance, a home
 * daycare in R-1, what a lot is zoned, a 1985 zoning map for a zoning board appeal, a dumpster permit, a certificate of
 * occupancy), council and county board meetings (signing up for public comment, remote comment on Zoom, last night's video,
 * a 2019 video, last month's minutes, how a council member voted), city jobs (a firefighter test, a parks job application's
 * status, crossing guards, a clerk typist civil service exam), property lines and code enforcement (a plat and the GIS
 * viewer, a neighbor's fence over the line, junk cars, an overgrown lot with rats, open violations before buying, who owns an
 * abandoned house, a crushed recycling cart) and elected officials (a council district in Spanish, a state representative),
 * plus a city budget for a class project. Providers point to city and county web pages, municipal codes, job portals, the
 * assessor, records officers, code enforcement, planning and zoning, HR, a police unit, the health department, a real
 * estate attorney, City Hall's permits counter and their own libraries' desks. Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFirstRoundGovernment-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 28 s pickup (01); a queue line, a patron "hello??" and a 95 s pickup (05: fail); `pickedUpAt`
 *   at 40 s with the first line at 90 (30: pass); "Hello!" + "You've reached Amara at …" split over two lines (25); "Hey, how
 *   can I help you today?" + "Which city are you in?" under the screen name "Reference Librarian" (27: names no one in the
 *   text: fail); Spanish "¡Hola! Le atiende Mateo, bibliotecario de …" (02); chat-speak "hey sorry for the wait! tyler here w/
 *   ask a librarian @ gresham county library" (05) and "hi! vic @ ask us, dakota county library 🙂" (20, LEFT); no provider
 *   ever joined (14);
 *  inquiry: city or county, in person or Zoom, corner lot, ZIP / address, parcel or subdivision, survey papers, sale or
 *   refinance, street or driveway, deadline, state license or zoning, web or paper application; the complaint form given
 *   before "Are you inside Riverbend city limits?" (06: fail); a restatement with no question mark ("So you need practice
 *   material for a clerk typist civil service test in March, …", 30: pass);
 *  waits: a hold answered 150 s later (04: fail); "brb checking", "still looking…", "almost there, … checking …" every ~90 s
 *   (20: pass); "Sure, take your time." then the patron back 250 s later (19: waiting on the patron); "sec" then 55 s (05); a
 *   transfer notice and the receiver 49 s later (12); a silent transfer with the receiver's first line 140 s after the patron,
 *   an internal note in between (13: fail); 50 s between `pickedUpAt` and the first line (30);
 *  endings: a Lost Call with a plain greeting at 20, "Are you still there?" at 140 and "It looks like you've disconnected, so
 *   I'll close this chat now. Feel free to come back anytime!" at 260 (10: final idle 240 s, both pass); "Are you still
 *   there?" at 230 and the session ending at 400 with no notice (16: idle passes, notice and courteous fail); a goodbye 140 s
 *   after the answer with no check-in (17: idle fails, disconnect na); the patron's window closing before the goodbye (28);
 *   the patron's "perfect, that is everything, thanks!" as the last line (08: courteous fails); "Sorry, you've reached the
 *   limit for this chat and your time is up. Please log off now." (11: dismissal and courteous fail); "a few other patrons
 *   waiting … Please chat back in later, or try our reference desk …" (03: allowed); goodbyes "np gl! bye", "k cool, have a
 *   good one, bye!", "Have a good one!", "Feel better soon, and thanks for reaching out!", "Thanks, talk soon!", "¡De nada!
 *   Gracias por usar nuestro chat."; patron-side "thats all i needed", "eso es todo", "thats everything", "that is all",
 *   "thats all lol", "thats all for now", "no more questions", and "ya thx", "ok thanks", "yes thanks so much", "ok ill go
 *   tomorrow", "ya" that do not count;
 *  sources: city, county and state pages, municode and codepublishing, governmentjobs.com, a YouTube channel, the library's
 *   LearningExpress path and a book with its call number; none ("go down to City Hall and ask the clerk at the permits
 *   counter", 29: fail);
 *  referrals: the Records Unit "by calling" (01, LEFT); a council member's office by phone in Spanish (02); the library's
 *   reference desk by phone (03, LEFT); Planning and Zoning by phone (04); Code Compliance by phone with "if you'd rather talk
 *   to someone" (06, LEFT); the Records Access Officer by e-mail (08); a state representative's office "Rep. Dana Whitfield's"
 *   by phone and URL (11, LEFT); the Planning Department by phone and e-mail after a transfer (12); HR "answers questions at
 *   555-…" (13); Code Enforcement by URL and Vector Control by phone (16); "For questions, the Traffic Safety Unit is at 555-…"
 *   (17, LEFT); "talk to a real estate attorney" (18: no contact); the health department's illness line (19); Solid Waste by
 *   phone (28); "ask the clerk" at City Hall (29: no contact); the library's Career Center by phone (30); "someone from your
 *   library will contact you" and staff consulted on the patron's behalf (09) as no referral; "You apply online at
 *   ferndalemi.gov/permits" (26) as a source;
 *  follow-ups: FU_ME with the e-mail read back, "by tomorrow afternoon", done in 20 h (07: pass); FU_LIB with the e-mail only
 *   in `patron.email`, no time, not done by day 5 (09: contact and on_time fail); a promise with the e-mail read back, "by
 *   Friday", coded Answered (21: code fails, pending); FU_ME by phone read back, "by Thursday", done after 80 h (22: on_time
 *   fails); FU_ME with the e-mail read back and no time, done in 30 h (23: contact fails, on_time passes); FU_ME where the
 *   patron gives no contact at all ("id rather not give my email, ill just check back in", 24: code and contact fail, pending);
 *  codes: a true Lost Call (10); Lost Call after two patron lines with no provider (14: fail); an empty string (26); Practice
 *   (15);
 *  transfers: a notice (a hold) and an internal note that says why (12: pass); an internal note only (13: fail);
 *  concurrency: three open at once (03: pass); four at once (25: fail); others ending exactly at the start and starting
 *   exactly at the end, three at most (26: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a sentence that gives the way to do what the patron asked through an office ("are requested through the Records Unit:
 *   online at … or by calling 870-…", 01) tells the patron to call that office: a referral;
 * - "For questions, the Traffic Safety Unit is at 555-…" (17), "Human Resources answers questions at 555-…" (13), "The Planning
 *   Department can confirm it for your address at 303-… or planning@…" (12) point the patron to an office to contact with
 *   their questions: referrals, each with a phone;
 * - "try our reference desk at 555-…" (03) tells the patron to contact the provider's own library's department: a referral;
 * - "you'd want to talk to a real estate attorney" (18) tells the patron to ask a professional outside the chat: a referral
 *   with no contact (the project's earlier reading of "have a lawyer look it over"); "Only a licensed survey can show where
 *   the line really is" refers the patron to no one;
 * - "You apply online at ferndalemi.gov/permits" (26) is using a web page (a source), as ordering online was in round 57;
 * - "Report it to Code Enforcement through the EastfieldConnect app or at eastfieldtx.gov/report" (16) tells the patron to
 *   write to an office, reached by a URL;
 * - "Does the Agenda Center help for now?", "Does the Finance page cover the other years for you?", "Does the eTRAKiT search
 *   help for now?" ask whether what was given meets the need; "Anything else I can help with in the meantime?" and "Can I
 *   e-mail you?" do not (07, 24: completeness fails); "Does that help?" after an answer with no source passes completeness,
 *   which is na only when info.source is na (29);
 * - "Have a good one!" (27), "np gl! bye" (05) and "Thanks, talk soon!" (24) say goodbye; "Sorry, you've reached the limit …
 *   Please log off now." (11) does not;
 * - "I'll have it ready by tomorrow; chat back in and ask for me" (24) says when, but no e-mail or phone is known anywhere, so
 *   followup.contact and resolution.code fail;
 * - in the Lost Call (10) the plain greeting at 20 s is the first provider line after the patron's that is not a hold, so the
 *   final idle runs 20 → 260 s (the goodbye that is also the notice), 240 s: both idle checks apply and pass; with no
 *   substantive exchange the information checks are na.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 24 / 6. Label corrections: 0.
 * Final: 24 running, 6 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 01: "are requested through the Records Unit: online at … or by calling 870-555-0142" read as no
 *    referral (na; RUBRIC pass: call an office, phone and URL);
 *  - referral.contact, case 03: "Please chat back in later, or try our reference desk at 555-430-2210" read as no referral
 *    (na; RUBRIC pass: own library's desk, phone);
 *  - referral.contact, case 06: "You can also call Code Compliance at 555-627-4410 if you'd rather talk to someone." read as
 *    a referral without contact (fail; RUBRIC pass: the phone is in the sentence);
 *  - referral.contact, case 11: "You can call Rep. Dana Whitfield's Columbus office at 614-555-0144 …" cut at "Rep." and read
 *    as a referral without contact (fail; RUBRIC pass);
 *  - referral.contact, case 17: "For questions, the Traffic Safety Unit is at 555-392-0118." read as no referral (na; RUBRIC
 *    pass on the reading above);
 *  - approachability.greeting, case 20: "hi! vic @ ask us, dakota county library 🙂" read as naming no one (fail; RUBRIC pass:
 *    a name, the service and the library in the text).
 * Every timing check (pickup at 28 and 95 s, by `pickedUpAt`, no provider; keep_informed at 150 and 140 s, across ~90 s holds,
 * "take your time", two transfers and an internal line; final idles of 0, 140, 240 and 310 s; concurrency at three, four and
 * touching ends; on_time done at 20 and 30 h, late at 80 h, pending at day 1 with and without a follow-up code, not recorded
 * by day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (patron e-mails typed and read back, a patron phone read back, an e-mail in `patron.email`, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (6 through describeLeft).
 * ON v55 (block U, written partly from this file): case 03's "or try our reference desk at 555-430-2210" (U21) reads as labelled
 *   and runs: 25 running, 5 LEFT (01, 06, 11, 17, 20).
 * FINAL RUN (rubric v55): 30 tests passed (5 through describeLeft).
 * ON v56 (block V): case 20's "hi! vic @ ask us, dakota county library 🙂" (V3) reads as labelled and runs: 26 running, 4 LEFT (01,
 *   06, 11, 17).
 * ON v71 AS LANDED (block AK): 06 reads as labelled and runs ("You can also call Code Compliance at 555-… if you'd rather talk to
 *   someone": AK3, someone talked to there is the party's own).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `All of our librarians are helping other people. You are #${n} in line.`];

const RENATA: Prov = { id: 'renata', name: 'Renata', library: 'PBPL' };
const MATEO: Prov = { id: 'mateo', name: 'Mateo', library: 'SAPL' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'MBPL' };
const DESMOND: Prov = { id: 'desmond', name: 'Desmond', library: 'FHPL' };
const TYLER: Prov = { id: 'tyler', name: 'tyler_gcl', library: 'GCL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucia', library: 'RBPL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'CCL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'WBL' };
const PHILIPPA: Prov = { id: 'philippa', name: 'Philippa (statewide)', library: 'STATE' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'STATE' };
const GARRETT: Prov = { id: 'garrett', name: 'Garrett', library: 'EPL-OH' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'LPL-CO' };
const JONAH: Prov = { id: 'jonah', name: 'Jonah', library: 'LPL-CO' };
const KENJI: Prov = { id: 'kenji', name: 'Kenji', library: 'HCL' };
const LOLA: Prov = { id: 'lola', name: 'Lola', library: 'HCL' };
const QUEUE: Prov = { id: 'askus-q', name: 'Ask Us queue', library: 'STATE' };
const PRACTICE: Prov = { id: 'practice-g', name: 'Training Seat', library: 'TRN' };
const MONA: Prov = { id: 'mona', name: 'Mona', library: 'EFPL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'BPL-B' };
const SIMONE: Prov = { id: 'simone', name: 'Simone', library: 'DPL' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'MCL-M' };
const VIC: Prov = { id: 'vic', name: 'vic', library: 'DCL' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'NPL' };
const XAVIER: Prov = { id: 'xavier', name: 'Xavier', library: 'GFPL' };
const YOLANDA: Prov = { id: 'yolanda', name: 'Yolanda', library: 'LWPL' };
const ZORA: Prov = { id: 'zora', name: 'Zora', library: 'BVL' };
const AMARA: Prov = { id: 'amara', name: 'Amara', library: 'FCL' };
const BRUNO: Prov = { id: 'bruno', name: 'Bruno', library: 'FDL' };
const REFLIB: Prov = { id: 'refdesk-o', name: 'Reference Librarian', library: 'OPL' };
const ELLIOT: Prov = { id: 'elliot', name: 'Elliot', library: 'SPL-NC' };
const FLORA: Prov = { id: 'flora', name: 'Flora', library: 'HWL' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'TCPL' };

export const sixtyFirstRoundGovernment: SessionCase[] = [
  // 01 police crash report: everything passes, the Records Unit by URL and phone
  s(RENATA, '01 crash report from the city police: queue line, city or county asked, hold, Records Unit URL + phone, "thats all i needed"', [
    [0, 'p', 'hi how do i get a copy of a police report from a car accident last month'],
    queue(2),
    [28, 'l', "Good morning! You're chatting with Renata, a librarian at Pine Bluff Public Library."],
    [34, 'l', 'Was the accident inside city limits (city police) or out on a county road (the sheriff)?'],
    [70, 'p', 'city, on maple ave'],
    [76, 'l', 'Let me pull up the records page.'],
    [150, 'l', "City police crash reports are requested through the Records Unit: online at pinebluffpd.org/records or by calling 870-555-0142 (Mon-Fri 8-4). They cost $5 and you'll need the date and location; the case number helps if the officer gave you one."],
    [156, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes, thats all i needed thanks'],
    [205, 'l', "You're welcome! Thanks for chatting with us, take care."],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: which council district, write or call the council member
  s(MATEO, '02 ¿quién es mi concejal? (Spanish): address asked, hold, district map URL, "escribirle … o llamar a su oficina al 714-…", "eso es todo"', [
    [0, 'p', 'hola, quiero saber quién es mi concejal y cómo le puedo escribir. vivo en santa ana'],
    [30, 'l', '¡Hola! Le atiende Mateo, bibliotecario de la Biblioteca Pública de Santa Ana. Con gusto le ayudo.'],
    [37, 'l', '¿Me puede dar su dirección, o por lo menos la calle y el código postal? Santa Ana tiene seis distritos.'],
    [95, 'p', 'calle bristol cerca de la 1st, 92703'],
    [101, 'l', 'Un momento, lo busco en el mapa de distritos.'],
    [170, 'l', 'Según el mapa de distritos del concejo (santa-ana.org/city-council/district-map), esa zona está en el Distrito 2. Puede escribirle a su concejal con el formulario en santa-ana.org/city-council o llamar a su oficina al 714-555-0163.'],
    [176, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'si perfecto, eso es todo. gracias!'],
    [236, 'l', '¡De nada! Gracias por usar nuestro chat.'],
  ], usual({ referral: 'pass' })),

  // 03 public comment; other patrons waiting, a way back; three open at once
  s(CORA, '03 speaking at council about bike lanes: in person or Zoom asked, meetings page, "a few other patrons waiting … try our reference desk at 555-…", three chats open', [
    [0, 'p', 'How do I sign up to speak at the city council meeting next Tuesday? Its about the new bike lanes on Elm'],
    [22, 'l', 'Hi there, Cora at the Ask a Librarian desk, Millbrook Public Library.'],
    [28, 'l', 'Do you want to speak in person at City Hall, or by Zoom? The sign-up is different.'],
    [70, 'p', 'in person'],
    [76, 'l', "The council's meetings page, millbrookcity.gov/council/meetings, has the agenda (posted the Friday before) and the speaker card. Fill in a card at the back of the chambers before the meeting starts; each speaker gets 3 minutes. If the bike lanes are on the agenda you speak when that item comes up, otherwise during general public comment at the start."],
    [82, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes. also can i bring a petition, and can my kids speak, and who decides the lanes, the council or public works, and how do i get the traffic study they did, and'],
    [150, 'l', "Good questions! I've got a few other patrons waiting, so I can't go through all of them right now. Please chat back in later, or try our reference desk at 555-430-2210, and we'll keep going."],
    [175, 'p', 'ok fair'],
    [181, 'l', 'Thanks for understanding, and good luck on Tuesday!'],
  ], usual({ anything: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('c1', 'cora', -100, 300), other('c2', 'cora', 50, 400)],
  }),

  // 04 fence variance: a hold answered 150 s later
  s(DESMOND, '04 7 ft fence, variance? corner lot asked, hold at 86, answer at 236 (150 s), municode + Planning and Zoning by phone, "thats all"', [
    [0, 'p', 'i want to put a 7 foot privacy fence in my backyard, do i need a variance? city of fairhaven'],
    [35, 'l', "Hello, I'm Desmond, a reference librarian with Fairhaven Public Library."],
    [41, 'l', 'Is the lot a corner lot? Corner lots often have tighter fence rules.'],
    [80, 'p', 'no, regular lot'],
    [86, 'l', "Let me look at Fairhaven's zoning code."],
    [236, 'l', "Thanks for waiting. Fairhaven's code (library.municode.com/fl/fairhaven, Chapter 28, Sec. 28-412) caps backyard fences at 6 feet in residential zones, so 7 feet would need a variance from the Board of Zoning Appeals. Call the Planning and Zoning Division at 555-318-7700 before you apply; they can tell you the fee and the next hearing date."],
    [242, 'l', 'Does that help?'],
    [300, 'p', 'yeah, guess ill stick with 6 ft lol. thats all'],
    [306, 'l', 'Ha, easier for sure! Thanks for chatting, have a good one.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 05 firefighter exam (chat-speak): 95 s pickup
  s(TYLER, '05 next firefighter test (chat-speak): queue, "hello??", pickup 95 s, "sec", governmentjobs URL + practice guide, "that help?", "ya thx", "np gl! bye"', [
    [0, 'p', 'when is the next firefighter test for the city'],
    queue(2, 4),
    [70, 'p', 'hello??'],
    [95, 'l', 'hey sorry for the wait! tyler here w/ ask a librarian @ gresham county library'],
    [100, 'l', 'which city? gresham or one of the smaller ones?'],
    [125, 'p', 'gresham'],
    [130, 'l', 'sec'],
    [185, 'l', 'ok so gresham posts firefighter recruitments on governmentjobs.com/careers/greshamor, last one closed in feb. u can set a job alert there for "firefighter" so u get an email when it opens. the written test is the FireTEAM one, practice guide at nationaltestingnetwork.com'],
    [190, 'l', 'that help?'],
    [230, 'p', 'ya thx'],
    [236, 'l', 'np gl! bye'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 06 junk cars: the complaint form before the question
  s(LUCIA, '06 neighbor\'s junk cars: complaint form URL given before "Are you inside Riverbend city limits?", Code Compliance by phone, "thats everything"', [
    [0, 'p', 'my neighbor has 3 junk cars on blocks in his front yard for months. who do i report that to? can it be anonymous'],
    [25, 'l', 'Hi! This is Lucia, a librarian at Riverbend Public Library.'],
    [31, 'l', "Inoperable vehicles on residential property are a code enforcement issue. The city's online complaint form is at riverbendtx.gov/codecomplaint, and you can leave your name off it."],
    [37, 'l', 'Are you inside Riverbend city limits? If you are in the county, it goes to the county instead.'],
    [80, 'p', 'yes inside the city'],
    [86, 'l', "Then the city form is the right one. An officer usually inspects within 5 business days and gives the owner a notice to fix it. You can also call Code Compliance at 555-627-4410 if you'd rather talk to someone."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes thank you, thats everything'],
    [146, 'l', "You're welcome! Thanks for chatting with Riverbend Library."],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 07 property line: follow-up by me, e-mail read back, "by tomorrow afternoon", done 20 h
  s(NADIA, '07 where is my property line (follow-up by me): subdivision asked, GIS viewer, plat on fiche, e-mail read back, "by tomorrow afternoon", done 20 h', [
    [0, 'p', 'Hi, trying to figure out where my property line is. The neighbor is building a shed and i think its on my side. Is there a map?'],
    [40, 'l', 'Good afternoon! My name is Nadia and I am a librarian at Carver County Library.'],
    [47, 'l', 'Do you know your parcel ID or the subdivision name? It makes finding the plat much easier.'],
    [120, 'p', 'its in Oak Meadow 2nd addition, lot 14'],
    [126, 'l', 'Let me look.'],
    [210, 'l', "The county's GIS parcel viewer (gis.carvercounty.gov/parcels) shows Lot 14, but its lines are only approximate. The recorded plat for Oak Meadow 2nd Addition is the better source; the county has scanned plats from 1990 on, and older ones we have on microfiche here. I can pull the plat from our fiche tomorrow morning and e-mail you a scan. What e-mail should I use?"],
    [260, 'p', 'sure its jthornquist@example.com'],
    [266, 'l', "jthornquist@example.com, thanks. You'll have the scan from me by tomorrow afternoon."],
    [272, 'l', 'Anything else I can help with in the meantime?'],
    [300, 'p', 'no that is all, thanks a lot'],
    [306, 'l', 'Thank you for contacting us, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 08 open records request for permits; the patron has the last word
  s(HOLLIS, '08 FOIL for a 1950s house\'s permits: town asked, "Send it to the town\'s Records Access Officer … clerk@…", patron "that is everything" last (no goodbye)', [
    [0, 'p', 'I want all the building permits and inspection reports for the house I just bought, 1950s house. Do I have to do a FOIA or whatever'],
    [20, 'l', 'Hello, this is Hollis with the Ask Us chat at Westbury Library.'],
    [26, 'l', 'Which city or town is the house in? Each one has its own records officer.'],
    [60, 'p', 'Town of Westbury'],
    [66, 'l', "For Westbury it's a public records request under the state Freedom of Information Law. Send it to the town's Records Access Officer in the Town Clerk's Office, by e-mail at clerk@westburyny.gov or with the form at westburyny.gov/foil. Describe the records (address, years, 'all building permits and certificates of occupancy'). They have 5 business days to acknowledge it. Permits from before about 1970 may only be on microfilm, so say you'll accept copies."],
    [72, 'l', 'Does that give you what you need?'],
    [130, 'p', 'perfect, that is everything, thanks!'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 09 2019 council video: follow-up by the patron's library, e-mail only in patron.email, no time, not done by day 5
  s(PHILIPPA, '09 Oct 2019 council video (follow-up by patron\'s library): Agenda Center URL, "someone from your library will contact you at the e-mail on your library account" (no time), day 5', [
    [0, 'p', 'Looking for the video of the Oct 2019 city council meeting where they voted on the Lakeshore rezoning. The city site only goes back to 2021'],
    [45, 'l', "Hi, I'm Philippa with the statewide Ask a Librarian service."],
    [52, 'l', 'Which city is this? And do you need the video itself, or would the minutes or a news story about the vote do?'],
    [110, 'p', 'Port Clement. the video if at all possible, the minutes are too short'],
    [116, 'l', 'One moment, checking what Port Clement has online.'],
    [200, 'l', "The minutes are still on portclement.gov/agendacenter, but the older video isn't online. Port Clement's own library archives the local access channel's recordings, so I'll pass this to their local history staff, and someone from your library will contact you at the e-mail address on your library account."],
    [206, 'l', 'Does the Agenda Center help for now?'],
    [250, 'p', 'ok thanks'],
    [256, 'l', 'Thanks for your patience, bye for now!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'pkessler@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 10 Lost Call: a plain greeting, a check-in at 140, a notice that invites back at 260 (final idle 240 s)
  s(ABE, '10 what is my property zoned (Lost Call): "Hello! Abe here", "Are you still there?" at 140, "…disconnected, so I\'ll close this chat now. Feel free to come back anytime!" at 260', [
    [0, 'p', 'how do i find out what my property is zoned'],
    [20, 'l', 'Hello! Abe here, a librarian with Ask Us.'],
    [140, 'l', 'Are you still there?'],
    [260, 'l', "It looks like you've disconnected, so I'll close this chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 state rep: "you've reached the limit for this chat and your time is up"
  s(GARRETT, '11 who is my state rep: address asked, find-my-rep URL, call the rep\'s office or write, then "you\'ve reached the limit for this chat and your time is up. Please log off now."', [
    [0, 'p', 'who is my state representative and how do i contact them'],
    [30, 'l', "Hi, I'm Garrett at Elmwood Public Library's Ask a Librarian."],
    [36, 'l', 'What is your home address, or at least your ZIP code?'],
    [70, 'p', '48 Birch Ln, Elmwood 43560'],
    [76, 'l', "The Ohio House \"Find My Representative\" tool at ohiohouse.gov/members/find-my-rep puts that address in House District 44. You can call Rep. Dana Whitfield's Columbus office at 614-555-0144 or write to her through the contact form at ohiohouse.gov/members/dana-whitfield."],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes. what about my state senator and my county commissioners and my school board, and do they have town halls, and how do i find how they voted on'],
    [138, 'l', "Sorry, you've reached the limit for this chat and your time is up. Please log off now."],
    [160, 'p', 'wow. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' })),

  // 12 home daycare in R-1: transfer with a notice and a note that says why
  s(IRIS, '12 home daycare in R-1: license or zoning asked, transfer to Jonah with a notice and a note, zoning code URL, Planning by phone + e-mail', [
    [0, 'p', 'Is a home daycare allowed in R-1 zoning in Lakewood? I want to watch 6 kids'],
    [25, 'l', "Hi! I'm Iris at the Lakewood Public Library Ask a Librarian service."],
    [31, 'l', 'Is this about the state license, or just the city zoning part?'],
    [75, 'p', 'just zoning, i already started the state license'],
    [81, 'l', "Our government information librarian, Jonah, knows the zoning code well, so I'm transferring you to him. One moment please."],
    [84, 'i', 'Jonah: zoning question for you since you know the code. Pt asks if a home daycare (6 kids) is allowed in R-1 in Lakewood, zoning only, state license in progress. Thanks!'],
    xfer(87, 'Jonah', 'jonah'),
    [130, 'l', "Hi, Jonah here, government information librarian. In Lakewood's zoning code (codepublishing.com/CO/Lakewood, Article 3, Table 17.3.3) a family child care home with up to 6 children is a permitted use in R-1, with no special permit. With 7 to 12 children it needs a conditional use permit. The Planning Department can confirm it for your address at 303-555-0120 or planning@lakewoodco.gov.", as(JONAH)],
    [136, 'l', 'Does that answer it?', as(JONAH)],
    [190, 'p', 'yes thank you both, thats all i needed'],
    [196, 'l', 'Great! Thanks for chatting, and good luck with the daycare.', as(JONAH)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 13 city job status: a silent transfer, the receiver 140 s after the patron
  s(KENJI, '13 parks job application status: silent transfer (internal note only), Lola 140 s after the patron, job portal URL + HR phone, "ok ill check thx"', [
    [0, 'p', 'hi i applied for a parks maintenance job with the city 3 weeks ago and havent heard anything. how can i check the status'],
    [20, 'l', 'Hello, Kenji at Ask Us, Harbor City Library.'],
    [26, 'l', 'Did you apply through the city website or on paper at City Hall?'],
    [50, 'p', 'online'],
    [55, 'i', 'Lola, can you take this one? city job application status, online app, you know the HR portal better than me'],
    xfer(58, 'Lola', 'lola'),
    [190, 'l', "Hi, Lola here. Applications made online can be checked by logging into the city's job portal, governmentjobs.com/careers/harborcity, and opening 'Application Status'. If it still says 'Under review', Human Resources answers questions at 555-204-8800.", as(LOLA)],
    [196, 'l', 'Does that help?', as(LOLA)],
    [240, 'p', 'ok ill check thx'],
    [246, 'l', 'Thanks for chatting, good luck!', as(LOLA)],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass', transfer: 'fail' })),

  // 14 no provider joined; coded Lost Call after two patron lines
  s(QUEUE, '14 last month\'s council minutes: no provider ever joined, "anyone there??", patron left, coded Lost Call', [
    [0, 'p', 'where can i find city council minutes from last month'],
    queue(2, 5),
    [150, 'p', 'anyone there??'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(PRACTICE, '15 practice chat (government macros): coded Practice, every check na', [
    [0, 'p', 'test: how do i file a FOIA'],
    [10, 'l', 'Hi, practice chat for the local government macros.'],
    [20, 'l', 'See foia.gov. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 high grass and rats: a check-in and then nothing until 400
  s(MONA, '16 overgrown vacant lot with rats: city asked, report URL + Vector Control phone at 90, "Are you still there?" at 230, ends at 400 with no notice', [
    [0, 'p', 'the vacant lot next to my house has grass up to my waist and rats. who do i call'],
    [30, 'l', 'Hi there! Mona here, librarian at Eastfield Public Library.'],
    [36, 'l', 'Do you live in Eastfield city, or out in the county?'],
    [84, 'p', 'city'],
    [90, 'l', "Eastfield's property maintenance code sets a 12 inch limit on grass and weeds. Report it to Code Enforcement through the EastfieldConnect app or at eastfieldtx.gov/report (choose 'High Grass/Weeds'); for the rats, Vector Control takes reports at 555-771-3030."],
    [96, 'l', 'Did that help?'],
    [230, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 170 }),

  // 17 crossing guard job: goodbye 140 s after the answer, no check-in
  s(RUTH, '17 crossing guard job at 68: town asked, PD careers URL + Traffic Safety Unit phone at 70, goodbye at 210 (final idle 140 s), no check-in', [
    [0, 'p', 'Is the city hiring crossing guards? Im retired, 68, would like something part time'],
    [28, 'l', "Good morning! I'm Ruth, a librarian at Bellmont Public Library."],
    [34, 'l', 'Is that for Bellmont, or a nearby town?'],
    [64, 'p', 'Bellmont yes'],
    [70, 'l', 'Bellmont hires crossing guards through the Police Department, not the general city jobs page. The current posting is at bellmontpd.org/careers (Part-Time School Crossing Guard, $18/hr, no age limit). For questions, the Traffic Safety Unit is at 555-392-0118.'],
    [76, 'l', 'Does that help?'],
    [210, 'l', 'Thanks for chatting with Bellmont Library, come back anytime.'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 18 fence over the line: "you'd want to talk to a real estate attorney" (no contact)
  s(SIMONE, '18 neighbor\'s fence on my yard: survey asked, county GIS URL, "you\'d want to talk to a real estate attorney" (no contact), "Anything else?", "nope"', [
    [0, 'p', 'my neighbors new fence is like 2 feet onto my yard i think. what can i do'],
    [24, 'l', 'Hi, thanks for contacting Ask a Librarian at Dunmore Public Library! This is Simone.'],
    [30, 'l', "Do you have a survey from when you bought the house? It's usually in the closing papers."],
    [90, 'p', 'no idea, maybe. bought it in 2011'],
    [96, 'l', "The county's parcel viewer at dunmorecountygis.org shows approximate lot lines over aerial photos, a good first look, but it isn't exact enough to settle a dispute. Only a licensed survey can show where the line really is. We can't give legal advice; if your neighbor won't move it, you'd want to talk to a real estate attorney."],
    [102, 'l', 'Is that the kind of information you were after?'],
    [160, 'p', 'yes ok, that makes sense'],
    [166, 'l', 'Anything else I can help with?'],
    [190, 'p', 'nope'],
    [195, 'l', 'Good luck with it, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 19 restaurant inspections: "Sure, take your time." then 250 s away
  s(TOBIAS, '19 restaurant inspection reports: "Sure, take your time." then the patron away 250 s, hold, county URL + foodborne illness line, "no more questions"', [
    [0, 'p', 'how do i get the health inspection reports for a restaurant? i think i got food poisoning there'],
    [22, 'l', "Hi! Tobias here, a librarian at Marlow County Library. Sorry you're not feeling well."],
    [28, 'l', "Do you know the restaurant's exact name and address? The county's search goes by name."],
    [60, 'p', 'hang on let me find the receipt'],
    [66, 'l', 'Sure, take your time.'],
    [316, 'p', 'ok its Golden Wok, 2210 Route 9'],
    [322, 'l', 'Thanks, one moment please.'],
    [400, 'l', 'Marlow County Health Department posts inspections at marlowhealth.org/inspections; search "Golden Wok" and you\'ll see the last three, with any violations. To report the illness, call the Health Department\'s foodborne illness line at 555-288-4100, or use the complaint form on that same page.'],
    [406, 'l', 'Does that give you what you needed?'],
    [460, 'p', 'yes that is exactly it. no more questions, thank you'],
    [466, 'l', 'Feel better soon, and thanks for reaching out!'],
  ], usual({ referral: 'pass' })),

  // 20 remote public comment (chat-speak): holds every ~90 s
  s(VIC, '20 zoom public comment at the county board (chat-speak): "brb checking", "still looking", "almost" every ~90 s, answer at 320, "thats all lol"', [
    [0, 'p', 'can u do public comment on zoom for the county commission mtg? cant make it in person'],
    [15, 'l', 'hi! vic @ ask us, dakota county library 🙂'],
    [20, 'l', 'which county commission, dakota?'],
    [45, 'p', 'ya'],
    [50, 'l', 'brb checking'],
    [140, 'l', 'still looking, their site is kind of a maze lol'],
    [232, 'l', 'almost there, found the meeting page, checking if zoom comment is allowed'],
    [320, 'l', 'ok found it: dakota county board mtgs are at dakotacounty.us/board, open the agenda for ur date n theres a "Remote public comment" link. u register by noon the day before and they call on u in zoom. u get 3 min'],
    [326, 'l', 'that help?'],
    [360, 'p', 'yep perfect thats all lol'],
    [364, 'l', 'k cool, have a good one, bye!'],
  ], usual()),

  // 21 a promise coded Answered: e-mail read back, "by Friday", pending
  s(WANDA, '21 1985 zoning map for a zoning board appeal: hold, zoning viewer URL, scan promised "by Friday", e-mail read back, coded Answered (pending)', [
    [0, 'p', 'need to see the old zoning map from 1985 for the Northgate area, for an appeal at the zoning board'],
    [30, 'l', 'Hello, Wanda here, a reference librarian at Northgate Public Library.'],
    [36, 'l', 'Which part of Northgate? And when is your hearing?'],
    [90, 'p', 'around Kellogg and 5th. hearing is in 2 weeks'],
    [96, 'l', 'Checking our map collection, one moment.'],
    [180, 'l', "The current map is on the city's zoning viewer at northgate.gov/zoning. We have the 1985 zoning atlas in our local history room, but it's in storage. I'll get the Kellogg and 5th sheet scanned and e-mail it to you by Friday. What's your e-mail?"],
    [230, 'p', 'mfarris@example.com thanks!'],
    [236, 'l', "mfarris@example.com — got it. I'll send the scan by Friday."],
    [242, 'l', 'Does the current zoning viewer help in the meantime?'],
    [290, 'p', 'yes. thats all for now'],
    [296, 'l', 'Thanks for chatting, talk to you Friday!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 22 code violations before buying: follow-up by me by phone, "by Thursday", done after 80 h
  s(XAVIER, '22 code violations at 77 Quarry Rd (follow-up by me): eTRAKiT URL, annual reports, phone given and read back, "by Thursday", done after 80 h', [
    [0, 'p', 'Im thinking of buying a house at 77 Quarry Rd and want to know if it has open code violations. Where do I look?'],
    [35, 'l', "Hi, I'm Xavier, a librarian with Granite Falls Public Library."],
    [42, 'l', 'Is the house in Granite Falls city limits? And do you need only open violations, or the history too?'],
    [100, 'p', 'yes in the city. history would be great'],
    [106, 'l', 'Let me check what the city has online.'],
    [190, 'l', "Open cases are searchable on the city's permit and code portal, granitefallsmn.gov/etrakit (search by address). The older history isn't online, but our city documents collection has the code enforcement annual reports, which list cases by address. I can go through 2015-2023 and call you with what I find. What's a good number?"],
    [250, 'p', '320-555-0148'],
    [256, 'l', "320-555-0148, got it. I'll call you by Thursday."],
    [262, 'l', 'Does the eTRAKiT search help for now?'],
    [300, 'p', 'yes. thanks'],
    [306, 'l', 'Anything else today?'],
    [330, 'p', 'no thanks'],
    [336, 'l', 'Thank you for chatting, take care.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 23 police vs parks budget: follow-up by me, e-mail read back, no time, done 30 h
  s(YOLANDA, '23 police vs parks spending 2015-2024 (follow-up by me): budget URL, e-mail read back, "I\'ll send them over" (no time), done 30 h', [
    [0, 'p', 'for a class project i need how much our city spent on police vs parks each year 2015-2024'],
    [25, 'l', "Hi! I'm Yolanda, a librarian at Linwood Public Library."],
    [31, 'l', 'Which city, and when is the project due?'],
    [80, 'p', 'Linwood. due in 2 weeks'],
    [86, 'l', "Linwood's budgets from 2019 on are on the Finance page, linwoodia.gov/finance/budget, as PDFs (look for 'General Fund expenditures by department'). The 2015-2018 budgets aren't online, but we have the printed ones here. I'll pull the police and parks totals and e-mail them to you. What's your e-mail?"],
    [140, 'p', 'kenzie.b@example.com'],
    [146, 'l', "kenzie.b@example.com — thanks, I'll send them over."],
    [152, 'l', 'Does the Finance page cover the other years for you?'],
    [200, 'p', 'yes thanks so much'],
    [206, 'l', "You're welcome! Good luck on the project, bye!"],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 24 follow-up by me with no contact at all: the patron will "check back in"
  s(ZORA, '24 council member\'s vote on the STR ban (follow-up by me): minutes URL, patron won\'t give an e-mail, "chat back in and ask for me", no contact known, pending', [
    [0, 'p', 'how did council member Ortiz vote on the short term rental ban last year'],
    [30, 'l', 'Hi, this is Zora at Ask a Librarian, Bayview Library.'],
    [36, 'l', 'Do you know roughly when the vote was? The council voted twice, a first and a second reading.'],
    [90, 'p', 'the final one, fall i think'],
    [96, 'l', 'Let me look at the minutes.'],
    [200, 'l', "The minutes are at bayviewca.gov/agendacenter, but the fall meetings' roll-call votes are in attachments that aren't loading for me right now. I can look this up from our archived copies and have it for you by tomorrow. Can I e-mail you?"],
    [250, 'p', 'id rather not give my email, ill just check back in'],
    [256, 'l', "No problem. I'll have it ready by tomorrow; chat back in and ask for me, Zora."],
    [262, 'l', 'Anything else?'],
    [290, 'p', 'no thats it'],
    [296, 'l', 'Thanks, talk soon!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 25 who owns the abandoned house: greeting split; four chats open at once
  s(AMARA, '25 owner of an abandoned house: "Hello!" + "You\'ve reached Amara …", assessor search URL, "Anything else?", four chats open at once', [
    [0, 'p', 'how do i find out who owns the abandoned house on my street'],
    [18, 'l', 'Hello!'],
    [22, 'l', "You've reached Amara at Ask a Librarian, Fenton County Library. Do you have the street address?"],
    [50, 'p', '1412 Hawthorne Ave'],
    [56, 'l', "Owner names are public in Fenton County: search the address on the Assessor's property search, fentoncounty.gov/assessor/search, and the owner and mailing address show on the first screen."],
    [62, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yes got it'],
    [105, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no'],
    [135, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('a1', 'amara', -200, 300), other('a2', 'amara', -50, 150), other('a3', 'amara', 20, 400)],
  }),

  // 26 dumpster permit: code empty; others touching the ends (three at most)
  s(BRUNO, '26 dumpster on the street: street or driveway asked, apply online at ferndalemi.gov/permits, "thats all i needed", code "", others touching the ends', [
    [0, 'p', 'do i need a permit to put a dumpster on the street in front of my house for a reno'],
    [15, 'l', "Hi, thanks for contacting Ask Us! I'm Bruno at Ferndale Library."],
    [21, 'l', 'Will it sit on the street itself, or in your driveway?'],
    [45, 'p', 'street'],
    [51, 'l', "Yes, on the street you need a Right-of-Way Obstruction Permit. You apply online at ferndalemi.gov/permits; it's $35 for up to 7 days. Driveway dumpsters don't need one."],
    [57, 'l', 'Does that answer your question?'],
    [90, 'p', 'yep thanks, thats all i needed'],
    [95, 'l', 'Great, good luck with the reno! Bye.'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }, {
    otherIntervals: [other('b1', 'bruno', -600, 0), other('b2', 'bruno', -100, 500), other('b3', 'bruno', 10, 200), other('b4', 'bruno', 100, 900)],
  }),

  // 27 a greeting that names no one (screen name "Reference Librarian")
  s(REFLIB, '27 last night\'s council meeting video: "Hey, how can I help you today?" under the screen name "Reference Librarian", YouTube + meetings URL, "Have a good one!"', [
    [0, 'p', 'where can i watch last nights city council meeting'],
    [20, 'l', 'Hey, how can I help you today?'],
    [26, 'l', 'Which city are you in?'],
    [50, 'p', 'oakport'],
    [56, 'l', 'Oakport streams and archives council meetings on its YouTube channel, youtube.com/@CityofOakport, usually posted by noon the next day. The agenda with time stamps is at oakport.gov/meetings.'],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'yes found it'],
    [96, 'l', 'Anything else?'],
    [110, 'p', 'nah im good'],
    [115, 'l', 'Have a good one!'],
  ], usual({ greeting: 'fail' })),

  // 28 a crushed recycling cart: the patron's window closes before the goodbye
  s(ELLIOT, '28 crushed recycling cart: city or hauler asked, cart request URL + Solid Waste phone, "ya", patron left, goodbye after', [
    [0, 'p', 'my recycling bin got crushed by the truck, how do i get a new one from the city'],
    [25, 'l', "Hi there! Elliot, librarian at Sandford Public Library's Ask Us chat."],
    [31, 'l', 'Is your trash picked up by the city, or by a private hauler?'],
    [60, 'p', 'city'],
    [66, 'l', "Then the city replaces damaged carts for free: request one at sandfordnc.gov/solidwaste (Cart Request) or call Solid Waste Services at 919-555-0170. Since the truck damaged it, mention that and there's no fee."],
    [72, 'l', 'Is that what you needed?'],
    [95, 'p', 'ya'],
    left(100),
    [110, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 29 certificate of occupancy: no source, "go down to City Hall and ask the clerk"
  s(FLORA, '29 certificate of occupancy for a refi: sale or refi asked, "go down to City Hall and ask the clerk at the permits counter" (no source, no contact)', [
    [0, 'p', 'how do i get a copy of the certificate of occupancy for my house'],
    [30, 'l', 'Good evening, Flora here at the Ask a Librarian desk, Hartwell Library.'],
    [36, 'l', 'Is this for a sale or a refinance? Sometimes the title company can get it for you.'],
    [90, 'p', 'refinance, lender wants it'],
    [96, 'l', "Those are kept by the city's Building Department. Your best bet is to go down to City Hall and ask the clerk at the permits counter; they can usually print it while you wait for a small fee."],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'ok ill go tomorrow'],
    [156, 'l', 'Sounds good! Thanks for chatting, good luck with the refi.'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 30 clerk typist exam: pickedUpAt 40 s, a restatement, the library's Career Center by phone
  s(GIDEON, '30 clerk typist civil service exam: pickedUpAt 40 s (first line 90), restated ("So you need practice material …"), LearningExpress + Arco book, Career Center phone', [
    [0, 'p', 'im taking the city clerk typist civil service exam in march, does the library have anything to study'],
    [90, 'l', 'Hi! Gideon here, a librarian at Talbot County Public Library. Glad you reached out.'],
    [96, 'l', 'So you need practice material for a clerk typist civil service test in March, ideally something you can borrow or use online.'],
    [130, 'p', 'yes exactly'],
    [136, 'l', 'Two good ones: the LearningExpress Library database (talbotlibrary.org > eResources, log in with your card) has practice clerical and typing tests, and we have "Clerical Exams" from Arco at Main and Easton, call number 351.076 CLE. For one-on-one help, our Career Center at Main does mock tests; call them at 410-555-0190 to book.'],
    [142, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes great! thats everything'],
    [206, 'l', 'Good luck on the exam, and thanks for using the chat!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundGovernment.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('01')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "City police crash reports are requested through the Records Unit: online at pinebluffpd.org/records or by calling 870-555-0142 (Mon-Fri 8-4)." answers "how do i get a copy" by telling the patron to request the report from the Records Unit, by calling it (RUBRIC Terms, Referral: "call, write to, ask or visit them"), reached by a phone and a URL.',
  [byNo('11')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "You can call Rep."). The sentence is cut at the abbreviation "Rep.": the whole of it is "You can call Rep. Dana Whitfield\'s Columbus office at 614-555-0144 or write to her through the contact form at ohiohouse.gov/members/dana-whitfield." — a phone and a URL (RUBRIC: pass).',
  [byNo('17')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "For questions, the Traffic Safety Unit is at 555-392-0118." points the patron to a police unit to call with their questions (RUBRIC Terms, Referral: contact … a department or office; the scorer reads the same shape in case 13, "Human Resources answers questions at 555-204-8800", as a referral), reached by a phone. See READINGS.',
};

describe('sixty-first round: local government, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundGovernment.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundGovernment.filter((c) => c.name in LEFT_WHY));
});
