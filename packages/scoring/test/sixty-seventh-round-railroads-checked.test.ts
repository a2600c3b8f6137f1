/**
 * Sixty-seventh round, theme RAILROAD HISTORY AND RAILWAY RECORDS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: an ancestor's railroad employment (Nickel Plate in Cleveland, Southern Pacific
 * in El Paso, a B&O brakeman at Mt Clare, a Seaboard station agent in Wake Forest, a Missouri Pacific track worker in San
 * Antonio, a bracero on the SP in 1944), the Railroad Retirement Board, timetables (a 1955 PRR Main Line folder, D&RGW
 * employee timetables, Wabash at St. Louis Union Station, the 1900 Official Guide for Northfield MN), maps (Santa Fe shops in
 * Topeka, ICC valuation maps of the Western Maryland at Hagerstown, Sanborn maps of Millbrook and Altoona, the Wabash through
 * Fort Wayne), stations and depots (Ellicott City, Tenafly, Omaha Union Station, Peninsula SP depots, the KC Harvey House,
 * Ogden Union Station photos), model railroad clubs (Akron, Miami), accident reports (Kokomo 1923, Woodbridge 1951, a 1957
 * grade crossing in Rockville), rosters (N&W J class), and rail trails (Catharine Valley). Every one of the 17 checks labelled
 * in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/railroads-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 22 s (01), 61 s (02: fail), exactly 60 s (03: pass), 70 s after a "hello?" (14: fail); `pickedUpAt`
 *   at 20 s with the first line at 145 s (29); no provider ever joined (21); "Hey there, thanks for waiting!" naming no one
 *   (03: fail); "Tom from the State Library of Ohio." naming but greeting no one (27: fail); the name first ("This is Tess at
 *   Wake County Public Libraries.") and "Hi!" in the second line (10: pass); Spanish "Buenas tardes, soy Lucía …" (04),
 *   "¡Hola! Bienvenido al chat … Le atiende Nora." (22), "¡Buenas tardes! Le atiende Karla …" (30); bilingual "¡Hola! Hi, I'm
 *   Yolanda …" (16); chat-speak "hey!! 🚂 Jamie w/ Kansas City Public Library Ask a Librarian" (29);
 *  inquiry: railroad and years, scale, decade, which Millbrook, which line, the language wanted (16: a format question), a
 *   disambiguation between two stations (23); none at all, the answer straight away (27: fail);
 *  waits: a hold answered 121 s later (05: fail); a hold answered exactly 120 s later with the patron's "no rush!" inside it
 *   (06: pass); a transfer notice answered 125 s later by the receiver (19: fail); a silent transfer answered 90 s after the
 *   patron (18); "Let me dig into this for a minute." and "I'm still searching — I've found …" at 105 and 85 s (17: pass);
 *   125 s between `pickedUpAt` and the first line (29: fail);
 *  endings: a Lost Call with a check-in at 130 and "It seems you've been disconnected, so I'll be closing this session now."
 *   at 320 with no goodbye (13: courteous fails); a Lost Call coded after the patron's "hello?" (14: code fails; the
 *   clarifying question makes it substantive, so source/completeness/anything fail); "Anything else for today?" then a
 *   goodbye exactly 120 s later with no check-in (12: idle fails, disconnect na); a goodbye 119 s after the answer (23: idle
 *   na); check-in at 150 and a notice + goodbye exactly 180 s after the answer (24: both pass); a check-in only, 185 s of
 *   final idle, no goodbye (25: disconnect and courteous fail); the patron's "nope thats all, thx bye" last (26: courteous
 *   fails); "Chats are limited to 15 minutes and your time's up. Bye." (15: dismissal); "I have other patrons waiting right
 *   now … please come back to chat anytime" (16: allowed); patron-side "thats everything", "no more questions from me",
 *   "eso es todo", "era todo", "es todo", "that covers it", "that is all", "thats all i need", and "ok cool", "ok ty", "yes
 *   great", "ya perfect", "great" that do not count;
 *  sources: rrb.gov, nkphts.org, hathitrust.org, prrths.com, loc.gov, dchsny.org, the DOT Library's ICC collection,
 *   traillink.com, nmra.org, kansasmemory.org, archives.ncdcr.gov, the B&O Employes Magazine (a named publication, 09), the
 *   ICC's monthly accident bulletins and the Montgomery County Sentinel on microfilm (12), catalog.archives.gov, the Images of
 *   Rail book (26), 'The Harvey Girls' (29), braceroarchive.org; none ("The Tenafly historical society would be the people to
 *   call", 28: fail);
 *  referrals: write to the RRB with a URL (01), call the RRB by phone in Spanish (04), call the library's own Topeka Room by
 *   phone (08), "le recomiendo visitar el Gold Coast Railroad Museum" with no contact (22: fail), "the people to call" with no
 *   contact (28: fail); a rail history specialist and a partner library consulted on the patron's behalf (09, 10: no
 *   referral);
 *  follow-ups: FU_ME, e-mail read back, "by Wednesday", done at 50 h (09: pass); FU_LIB, phone typed by the patron, "within 72
 *   hours", done at 80 h (10: on_time fails); "I'll … get back to you" coded Answered with no contact or time (11: code and
 *   contact fail, pending at day 1); FU_ME with the e-mail only in `patron.email`, "by Friday", done at 20 h (12: code passes,
 *   contact fails); FU_ME in Spanish, e-mail read back, no time, never done by day 5 (30: contact and on_time fail);
 *  codes: a true Lost Call (13); Lost Call after two patron lines (14); the field left out with no provider (21: na);
 *   Practice (20);
 *  transfers: notice (a hold) + internal note why (17: pass); internal note only (18: fail); notice only, no note (19: fail);
 *  concurrency: three others open across the session, four at once (07: fail); four others, at most three at once, one
 *   ending at the start and one starting at `endedAt` (08: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there, thanks for waiting!" greets but identifies no one (03); "Tom from the State Library of Ohio." identifies but
 *   does not greet, and the second line is the answer (27);
 * - "Is that enough for the project?", "Will that do the trick?", "does the magazine lead help?", "¿Le sirve?", "that work
 *   for ur post?" ask whether what was given meets the need;
 * - "Write to the Railroad Retirement Board …; the … form … at rrb.gov/Genealogy" and "llame al 1-877-772-5772" tell the
 *   patron to contact an agency (referrals, reached); "sells reprints at prrths.com", "described … at nkphts.org" point to a
 *   website (sources); "call our Topeka Room at 785-555-0190" is the provider's own department, told to contact (a referral);
 *   "I'll pass your question to them" (10) and "our rail history specialist" (09) are consulted for the patron: no referral;
 * - "The Tenafly historical society would be the people to call" tells the patron whom to call: a referral without contact,
 *   and no source (an organisation named without a way to reach it);
 * - a named publication (the B&O Employes Magazine, the ICC's monthly accident bulletins, a newspaper on microfilm) is a named
 *   resource, a source;
 * - "¿Prefiere que le escriba en español o en inglés?" asks about format, so it clarifies (16);
 * - `pickedUpAt` at 20 s: pickup passes, and the patron's wait from pickup to the first line (125 s) is a span of waiting on
 *   the provider after pickup (29: keep_informed fails);
 * - a resolutionCode left out (`undefined`) is "a field left out": the source has no codes, code na (21);
 * - "Take care, goodbye.", "Bye for now!", "hasta luego", "Hasta pronto", "Good luck!" (with thanks) say goodbye.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both info.source, both on a named publication given without a URL).
 * Label corrections: 0 (each disagreement reread against RUBRIC.md; both labels stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - info.source, case 09: "The railroad's own Baltimore and Ohio Employes Magazine printed news about workers …" read as no
 *    source (fail; RUBRIC pass: a named resource, a publication);
 *  - info.source, case 12: "… the ICC's monthly accident bulletins … the Montgomery County Sentinel on microfilm …" read as no
 *    source (fail; RUBRIC pass: named publications).
 * Every timing check (pickup at 22, 60, 61 and 70 s, by `pickedUpAt`, no provider; keep_informed at 120, 121 and 125 s,
 * across holds of 105 and 85 s, a silent transfer, a patron line inside a hold and 125 s after `pickedUpAt`; final idles of
 * 119, 120, 180, 185, 300 and 310 s; concurrency at four and at touching ends; on_time done at 20 h and 50 h, late at 80 h,
 * pending at day 1, missed at day 5), the code left out, the Lost Call after two patron lines and every referral scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a patron phone typed, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * RUBRIC v61 (block AA, written after this file): cases 09 and 12 (AA8: "the Baltimore and Ohio Employes Magazine", "the ICC's
 *   monthly accident bulletins" are publications named as sources) now score as labelled and run with the others; no label
 *   changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n = 1): Line => [sec, 's', `All librarians are busy. You are #${n} in the queue.`];

const DANA: Prov = { id: 'dana-rr', name: 'Dana', library: 'CCPL-OH' };
const MARCUS: Prov = { id: 'marcus-rr', name: 'Marcus', library: 'FLP' };
const DESK2: Prov = { id: 'desk2-rr', name: 'Desk 2', library: 'MILL' };
const LUCIA: Prov = { id: 'lucia-rr', name: 'Lucía', library: 'EPPL' };
const OWEN: Prov = { id: 'owen-rr', name: 'Owen', library: 'ISL' };
const PIA: Prov = { id: 'pia-rr', name: 'Pia', library: 'CCLD' };
const QUENTIN: Prov = { id: 'quentin-rr', name: 'Quentin', library: 'ACLS' };
const RENA: Prov = { id: 'rena-rr', name: 'Rena', library: 'TSCPL' };
const SAM: Prov = { id: 'sam-rr', name: 'Sam', library: 'BCPL' };
const TESS: Prov = { id: 'tess-rr', name: 'Tess', library: 'WCPL' };
const UMBERTO: Prov = { id: 'umberto-rr', name: 'Umberto', library: 'WCL-UT' };
const VERA: Prov = { id: 'vera-rr', name: 'Vera', library: 'MCPL' };
const RAVI: Prov = { id: 'ravi-rr', name: 'Ravi', library: 'DPL' };
const WANDA: Prov = { id: 'wanda-rr', name: 'Wanda', library: 'ACPL' };
const XAVIER: Prov = { id: 'xavier-rr', name: 'Xavier', library: 'SPPL' };
const YOLANDA: Prov = { id: 'yolanda-rr', name: 'Yolanda', library: 'SAPL' };
const ZELDA: Prov = { id: 'zelda-rr', name: 'Zelda', library: 'AUN' };
const BRUNO: Prov = { id: 'bruno-rr', name: 'Bruno', library: 'AUN' };
const ADRIAN: Prov = { id: 'adrian-rr', name: 'Adrian', library: 'HCLS' };
const CORA: Prov = { id: 'cora-rr', name: 'Cora', library: 'HCLS' };
const DEV: Prov = { id: 'dev-rr', name: 'Dev', library: 'NJSL' };
const ELLA: Prov = { id: 'ella-rr', name: 'Ella', library: 'NJSL' };
const TRAINEE: Prov = { id: 'trainee-rr', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-rr', name: 'Queue', library: 'VRQ' };
const NORA: Prov = { id: 'nora-rr', name: 'Nora', library: 'MDPLS' };
const FELIX: Prov = { id: 'felix-rr', name: 'Felix', library: 'OPL' };
const GRETA: Prov = { id: 'greta-rr', name: 'Greta', library: 'RPL-VA' };
const HUGO: Prov = { id: 'hugo-rr', name: 'Hugo', library: 'SLCL' };
const IVY: Prov = { id: 'ivy-rr', name: 'Ivy', library: 'SFPL' };
const TOM: Prov = { id: 'tom-rr', name: 'Tom', library: 'SLO' };
const UNA: Prov = { id: 'una-rr', name: 'Una', library: 'BCCLS' };
const JAMIE: Prov = { id: 'jamie-rr', name: 'jamie_kcpl', library: 'KCPL' };
const KARLA: Prov = { id: 'karla-rr', name: 'Karla', library: 'LAPL' };

const s = session;

export const RAILROADS: SessionCase[] = [
  // 01 the plain good session, a referral by URL
  s(DANA, '01 Nickel Plate employee records in Cleveland: years asked, "Write to the Railroad Retirement Board … rrb.gov/Genealogy", "thats everything"', [
    [0, 'p', 'hi my great grandpa worked for the nickel plate railroad in cleveland, how do i find his employment records??'],
    [22, 'l', "Good morning, you've reached Dana at the Ask Us chat, Cuyahoga County Public Library."],
    [28, 'l', 'Do you know roughly when he worked there? Anything after 1936 would be with the federal Railroad Retirement Board.'],
    [75, 'p', 'he retired around 1948 i think, name was Walter Prokop'],
    [82, 'l', "Then the RRB should have a file on him. Write to the Railroad Retirement Board with his name and dates; the genealogy request form and the fee are explained at rrb.gov/Genealogy. For the years before 1936, the Nickel Plate Road Historical & Technical Society describes its personnel holdings at nkphts.org."],
    [88, 'l', 'Does that cover what you were hoping to find?'],
    [130, 'p', 'yes thats everything, thank you so much'],
    [136, 'l', 'My pleasure — Walter sounds like a fun one to research. Take care and goodbye!'],
  ], usual({ referral: 'pass' })),

  // 02 pickup at 61 s
  s(MARCUS, '02 a 1955 PRR Main Line timetable from Paoli: 61 s pickup, HathiTrust Official Guide, "no more questions from me"', [
    [0, 'p', 'Looking for a 1955 Pennsylvania Railroad passenger timetable for the Main Line, my dad commuted from Paoli'],
    [61, 'l', 'Hi there! Marcus, reference librarian at the Free Library of Philadelphia, sorry to keep you waiting.'],
    [67, 'l', 'Do you want the public timetable as it was printed, or just the train times from Paoli?'],
    [110, 'p', 'the actual printed one if possible, want to frame it'],
    [116, 'l', "The Official Guide of the Railways reprinted every PRR schedule; several 1950s issues are scanned on HathiTrust (hathitrust.org, search 'Official guide of the railways 1955'). For an original-looking folder, the PRR Technical & Historical Society sells reprints at prrths.com."],
    [122, 'l', 'Will that do the trick?'],
    [170, 'p', 'perfect, no more questions from me'],
    [175, 'l', 'Wonderful. Thanks for stopping by the chat!'],
  ], usual({ pickup: 'fail' })),

  // 03 pickup at exactly 60 s; greets but names no one
  s(DESK2, '03 Millbrook NY depot for a school project: pickup at 60 s, "Hey there, thanks for waiting!" under "Desk 2", Sanborn maps at loc.gov', [
    [0, 'p', 'when was the train depot in Millbrook built? my kid has a school project'],
    [60, 'l', 'Hey there, thanks for waiting!'],
    [66, 'l', 'Which Millbrook — New York or Alabama?'],
    [90, 'p', 'new york, dutchess county'],
    [96, 'l', "The Sanborn fire insurance maps show the depot building from one edition to the next; the Library of Congress has the Millbrook sheets free at loc.gov/collections/sanborn-maps. The Dutchess County Historical Society's site (dchsny.org) indexes its yearbook articles too."],
    [102, 'l', 'Is that enough for the project?'],
    [140, 'p', 'ok cool'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no'],
    [174, 'l', 'Bye for now!'],
  ], usual({ greeting: 'fail' })),

  // 04 Spanish: SP records in El Paso, the RRB by phone
  s(LUCIA, '04 registros del Southern Pacific en El Paso (Spanish): "soy Lucía", RRB por rrb.gov y "llame al 1-877-772-5772", "eso es todo"', [
    [0, 'p', 'hola, mi abuelo trabajó para el Southern Pacific en El Paso en los años 40 y 50. ¿cómo consigo sus récords de trabajo?'],
    [30, 'l', 'Buenas tardes, soy Lucía, bibliotecaria de la Biblioteca Pública de El Paso.'],
    [36, 'l', '¿Su abuelo ya falleció? La Junta de Jubilación Ferroviaria solo entrega expedientes para genealogía de empleados fallecidos.'],
    [90, 'p', 'si, murió en 1979'],
    [96, 'l', 'Entonces puede pedir su expediente a la Junta de Jubilación Ferroviaria (Railroad Retirement Board). Las instrucciones están en rrb.gov/Genealogy, y si prefiere hablar con alguien, llame al 1-877-772-5772.'],
    [102, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si muchisimas gracias, eso es todo'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos y suerte con la búsqueda.'],
  ], usual({ referral: 'pass' })),

  // 05 a hold answered 121 s later
  s(OWEN, '05 a 1923 wreck near Kokomo: "One moment while I search the ICC accident reports." answered 121 s later', [
    [0, 'p', 'My great-uncle died in a train wreck near Kokomo in 1923. Is there an official accident report?'],
    [25, 'l', 'Hello! This is Owen, a librarian at the Indiana State Library.'],
    [31, 'l', 'Do you know which railroad it was, or the month?'],
    [70, 'p', 'Pennsylvania RR i think, in october'],
    [80, 'l', 'One moment while I search the ICC accident reports.'],
    [201, 'l', "The Interstate Commerce Commission investigated many wrecks of that year; its reports are in the DOT Library's digitized ICC accident collection at dotlibrary.specialcollection.net (search 'Kokomo 1923'). Hoosier State Chronicles (newspapers.library.in.gov) should have the local coverage too."],
    [207, 'l', 'Does that help?'],
    [260, 'p', 'yes, thats all i needed. thank you'],
    [266, 'l', 'Thank you for using Ask a Librarian!'],
  ], usual({ informed: 'fail' })),

  // 06 a hold answered exactly 120 s later, the patron's "no rush!" inside it
  s(PIA, '06 Erie line north of Elmira as a trail: "Give me a minute to compare the old maps…" answered exactly 120 s later, "no rush!" between', [
    [0, 'p', 'is the old railroad line between elmira and horseheads a trail now? want to bike it'],
    [18, 'l', "Hi, I'm Pia at the Chemung County Library District. Great question!"],
    [24, 'l', 'Are you after the line inside Elmira, or the one that ran north from Horseheads toward Watkins Glen?'],
    [50, 'p', 'the one that goes north i think'],
    [56, 'l', 'Give me a minute to compare the old maps with the trail maps.'],
    [100, 'p', 'no rush!'],
    [176, 'l', "The Catharine Valley Trail follows the old railroad bed north from Horseheads toward Watkins Glen. The map and access points are on TrailLink (traillink.com, search 'Catharine Valley'), run by the Rails-to-Trails Conservancy."],
    [182, 'l', 'Does that help?'],
    [230, 'p', 'yes! thx'],
    [234, 'l', 'Anything else today?'],
    [250, 'p', 'nope'],
    [254, 'l', 'Enjoy the ride, bye!'],
  ], usual()),

  // 07 four at once
  s(QUENTIN, '07 a model railroad club for a 12-year-old in Akron: three other chats open through this one (four at once)', [
    [0, 'p', 'any model railroad clubs around Akron that take beginners? my son is 12 and obsessed w trains 🚂'],
    [20, 'l', 'Hello and welcome to Ask Akron Library! Quentin here.'],
    [26, 'l', "What scale does he have, or hasn't he started yet?"],
    [60, 'p', 'HO i think, he has a starter set from xmas'],
    [66, 'l', 'The National Model Railroad Association lists clubs by region at nmra.org (Find a Club). The Akron Railroad Club, which follows the real railroads, also posts area train shows at akronrrclub.org.'],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes thank u thats all'],
    [114, 'l', 'Have fun, and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('q1', 'quentin-rr', -60, 300), other('q2', 'quentin-rr', 5, 200), other('q3', 'quentin-rr', 50, 150)],
  }),

  // 08 at most three at once; the library's own Topeka Room by phone
  s(RENA, '08 Santa Fe shop maps of Topeka: "call our Topeka Room at 785-555-0190"; four other chats, at most three at once, touching ends', [
    [0, 'p', "Where can I see old Santa Fe railroad maps of Topeka's shop yards?"],
    [15, 'l', "Hi! Rena with Topeka & Shawnee County Public Library's Ask Us."],
    [21, 'l', 'Which decade are you interested in?'],
    [45, 'p', '1910s-1920s'],
    [52, 'l', "The Kansas Historical Society's Kansas Memory has Santa Fe shop maps from that era online: kansasmemory.org (search 'Santa Fe shops Topeka'). For the big print atlases, call our Topeka Room at 785-555-0190 and they'll pull them for you to look at."],
    [58, 'l', 'Did that answer your question?'],
    [90, 'p', 'yes thank you'],
    [95, 'l', 'Anything else?'],
    [105, 'p', 'no thats it'],
    [110, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [
      other('r1', 'rena-rr', -200, 0), other('r2', 'rena-rr', 10, 50), other('r3', 'rena-rr', 30, 90), other('r4', 'rena-rr', 60, 120),
      other('r5', 'rena-rr', 115, 400),
    ],
  }),

  // 09 follow-up by me: e-mail read back, "by Wednesday", done at 50 h
  s(SAM, '09 a B&O brakeman at Mt Clare (follow-up by me): the Employes Magazine, e-mail read back, "by Wednesday", done at 50 h', [
    [0, 'p', 'my great grandfather was a B&O brakeman in the 1910s, Joseph Kraus. anything on him? employee records?'],
    [28, 'l', "Good afternoon! I'm Sam, a librarian with Baltimore County Public Library."],
    [34, 'l', 'Was he based in Baltimore, or out on one of the divisions?'],
    [80, 'p', 'Baltimore, Mt Clare shops area'],
    [86, 'l', "The railroad's own Baltimore and Ohio Employes Magazine printed news about workers division by division, and our rail history specialist has an index to it. I'll have them look for Joseph Kraus and e-mail you what turns up. What address should I use?"],
    [140, 'p', 'kraus.family@example.net'],
    [146, 'l', "Thanks — kraus.family@example.net. You'll have it by Wednesday."],
    [152, 'l', 'In the meantime, does the magazine lead help?'],
    [200, 'p', 'yes great'],
    [205, 'l', 'Is there anything else I can help you with?'],
    [230, 'p', 'no that covers it'],
    [235, 'l', 'Thanks for chatting with us, have a great day!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 10 follow-up by the patron's library: phone typed by the patron, "within 72 hours", done at 80 h
  s(TESS, '10 a Seaboard station agent in Wake Forest (follow-up by patron\'s library): name first then "Hi!", phone typed, "within 72 hours", done at 80 h', [
    [0, 'p', 'trying to find if my grandmother was a station agent for the Seaboard Air Line in Wake Forest NC in the 1940s'],
    [20, 'l', 'This is Tess at Wake County Public Libraries.'],
    [24, 'l', 'Hi! What a great thing to research. Do you know the name she worked under?'],
    [70, 'p', 'Ruby Alston, she was there during the war'],
    [76, 'l', "The Seaboard's station records went to the State Archives of North Carolina; their finding aid is at archives.ncdcr.gov (search 'Seaboard Air Line'). The staff at our Wake Forest branch know that collection well, so I'll pass your question to them. What's a good phone number for them to reach you?"],
    [130, 'p', '919-555-0122 evenings'],
    [136, 'l', "Thanks. They'll call you within 72 hours."],
    [142, 'l', 'Does the finding aid help for now?'],
    [190, 'p', 'yes, thank you, that is all'],
    [195, 'l', 'Thank you for using the chat. Good luck!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 a promise, coded Answered, no contact and no time
  s(UMBERTO, '11 Ogden Union Station photos: "I\'ll also check our own photo files and get back to you." coded Answered, no contact, no time', [
    [0, 'p', 'do u have photos of the ogden union station from like 1920s'],
    [35, 'l', "Hello, Umberto here, librarian at Weber County Library's Ask Us."],
    [41, 'l', 'Are these for personal use, or for publication?'],
    [80, 'p', 'personal, my grandparents worked there'],
    [86, 'l', "The University of Utah's digital library has a good set: collections.lib.utah.edu (search 'Ogden Union Station'). I'll also check our own photo files and get back to you."],
    [92, 'l', 'Are those the kind of photos you had in mind?'],
    [140, 'p', 'yes those are great thx'],
    [146, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by me, e-mail only in patron.email; "Anything else…?" then a goodbye exactly 120 s later
  s(VERA, '12 a 1957 grade-crossing crash in Rockville (follow-up by me): e-mail only in the patron field, "by Friday", goodbye 120 s after "Anything else…?"', [
    [0, 'p', 'im looking for the accident report from a 1950s grade crossing crash in Rockville, my grandfather was hit by a B&O train'],
    [24, 'l', 'Hi, this is Vera, a librarian at Montgomery County Public Libraries.'],
    [30, 'l', 'Do you know the year and the road where it happened?'],
    [80, 'p', '1957, on Baltimore road'],
    [86, 'l', "Grade-crossing accidents of that period usually show up only in the ICC's monthly accident bulletins, not as separate reports. I'll check the 1957 bulletins and the Montgomery County Sentinel on microfilm and send you what I find by Friday."],
    [150, 'p', 'great'],
    [155, 'l', 'Anything else for today?'],
    [275, 'l', 'Thanks for reaching out, goodbye!'],
  ], usual({ complete: 'fail', idle: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'g.okafor@example.org', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }],
  }),

  // 13 a true Lost Call: check-in, notice without goodbye
  s(RAVI, '13 D&RGW employee timetables (Lost Call): greeting only, "Hi again, are you still there?" at 130, "It seems you\'ve been disconnected…" at 320, no goodbye', [
    [0, 'p', 'looking for the denver & rio grande western employee timetables from the 1960s'],
    [25, 'l', 'Good evening, this is Ravi at the Denver Public Library Ask a Librarian service. What can I help you find?'],
    [130, 'l', 'Hi again, are you still there?'],
    [320, 'l', "It seems you've been disconnected, so I'll be closing this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after two patron lines; a clarifying question, then the patron gone
  s(WANDA, '14 the Wabash right of way in Fort Wayne (Lost Call): "hello?", 70 s pickup, one clarifying question, check-in at 200, notice + invitation back at 380', [
    [0, 'p', 'need a map of the old wabash railroad right of way through fort wayne, is any of it a trail'],
    [40, 'p', 'hello?'],
    [70, 'l', 'Hello, sorry for the wait! Wanda here, from the Allen County Public Library.'],
    [76, 'l', 'Are you looking for the downtown stretch, or the line out toward Huntington?'],
    [200, 'l', 'Are you still there?'],
    [380, 'l', "Looks like you've left the chat, so I'll end it now. Feel free to come back anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 "your time's up"
  s(XAVIER, '15 Northfield MN depot and 1900 trains, then a long list: "Chats are limited to 15 minutes and your time\'s up. Bye." (dismissal)', [
    [0, 'p', 'how do i find out what trains stopped at the depot in Northfield MN in 1900? also what did the depot look like?'],
    [20, 'l', "Hi there, I'm Xavier with the Ask MN chat at Saint Paul Public Library."],
    [26, 'l', 'Do you want passenger trains, freight, or both?'],
    [60, 'p', 'passenger'],
    [66, 'l', "The 1900 Official Guide of the Railways lists every passenger stop with times; HathiTrust has scans (hathitrust.org). For photos, MNHS Collections Online (collections.mnhs.org) has several of the Northfield depot."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes!! ok next question, what about the milwaukee road depot, and the streetcar, and also my great uncle was a conductor, where are his records'],
    [118, 'l', "Chats are limited to 15 minutes and your time's up. Bye."],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 16 partly Spanish: other patrons waiting, a way back
  s(YOLANDA, '16 a Missouri Pacific track worker in San Antonio (partly Spanish): "¿Prefiere … español o … inglés?", "other patrons waiting … come back to chat anytime"', [
    [0, 'p', 'hi necesito ayuda, my grandfather was a track worker for the Missouri Pacific in San Antonio, 1930s-1950s, where are his records'],
    [22, 'l', "¡Hola! Hi, I'm Yolanda, librarian at San Antonio Public Library. ¿Prefiere que le escriba en español o en inglés?"],
    [50, 'p', 'english is fine, gracias'],
    [56, 'l', "Railroad workers after 1936 are covered by the Railroad Retirement Board; the records request steps are at rrb.gov/Genealogy. The Missouri Pacific Historical Society's site, mopac.org, describes the company records that survive."],
    [62, 'l', '¿Le sirve? Does that get you started?'],
    [110, 'p', 'yes. ok also can you find his union card, and the house he lived in, and his brothers who worked for the SP, and the 1940 census?'],
    [118, 'l', "That's a long list! I have other patrons waiting right now, so I need to wrap up here, but please come back to chat anytime for the rest — one question at a time works best."],
    [140, 'p', 'ok ty'],
    [146, 'l', 'Gracias, hasta luego!'],
  ], usual({ anything: 'fail' })),

  // 17 a transfer with a notice and a note why; holds at 105 and 85 s
  s(ZELDA, '17 ICC valuation maps of the Western Maryland at Hagerstown: transfer notice + note why, Bruno "Let me dig…", "I\'m still searching…", answer at 300', [
    [0, 'p', 'Hi, where can I find the ICC valuation maps for the Western Maryland Railway in Hagerstown?'],
    [15, 'l', 'Good morning! Zelda with the Ask Us Now statewide service here.'],
    [21, 'l', 'Do you need the maps for a particular milepost, or the whole Hagerstown yard?'],
    [60, 'p', 'the yard and the roundhouse'],
    [66, 'l', "Bruno on our team knows the railroad valuation records well, so I'm transferring you to him now. Hang on a moment."],
    [68, 'i', 'Bruno, WM Ry valuation maps for the Hagerstown yard/roundhouse - NARA RG 134 territory, can you take it?'],
    xfer(72, 'Bruno', 'bruno-rr'),
    [110, 'l', 'Hi, Bruno here, a librarian at Ask Us Now. Let me dig into this for a minute.', as(BRUNO)],
    [215, 'l', "I'm still searching — I've found the Western Maryland's valuation section numbers, now checking which sheets show the yard.", as(BRUNO)],
    [300, 'l', "Those maps are in the National Archives' Interstate Commerce Commission records (Record Group 134); search the NARA catalog at catalog.archives.gov for 'Western Maryland Railway valuation Hagerstown'. The Western Maryland Railway Historical Society lists copies at wmrhs.com.", as(BRUNO)],
    [306, 'l', 'Does this completely answer your question?', as(BRUNO)],
    [360, 'p', "yes it does, that's all I needed"],
    [366, 'l', 'Great! Thanks for using Ask Us Now.', as(BRUNO)],
  ], usual({ transfer: 'pass' })),

  // 18 a silent transfer (internal note only), the receiver 90 s after the patron
  s(ADRIAN, '18 the Ellicott City B&O station: internal note, silent transfer, Cora 90 s after the patron', [
    [0, 'p', 'was there ever a train station in Ellicott City and is it still there'],
    [20, 'l', 'Hello, Adrian at Howard County Library System, happy to help.'],
    [26, 'l', 'Are you asking about the old B&O station on Maryland Avenue, or a later one?'],
    [60, 'p', 'the old b&o one i guess'],
    [66, 'i', 'Cora, local history q on the Ellicott City B&O station, can you take it?'],
    xfer(70, 'Cora', 'cora-rr'),
    [150, 'l', "Hi, Cora here in Howard County Library's local history. The 1830 B&O station is still standing, often called the oldest surviving railroad station in the US; its story is on the Howard County Historical Society's site, hocohistory.org, and in the Images of America book 'Ellicott City' in our catalog.", as(CORA)],
    [156, 'l', 'Is that what you were after?', as(CORA)],
    [200, 'p', 'yes thank you!! thats all'],
    [205, 'l', 'Thanks for chatting, enjoy your visit!', as(CORA)],
  ], usual({ transfer: 'fail' })),

  // 19 a transfer notice without a note; the receiver 125 s after the notice
  s(DEV, '19 the 1951 Woodbridge wreck: "I\'ll transfer you to a colleague…", no internal note, Ella 125 s after the notice', [
    [0, 'p', 'my grandpa died in the 1951 Woodbridge NJ train wreck. how do i find the official report'],
    [22, 'l', 'Hi! This is Dev from the NJ statewide Ask a Librarian chat.'],
    [28, 'l', 'Do you want the federal investigation report, or newspaper coverage too?'],
    [65, 'p', 'both if possible'],
    [71, 'l', "I'll transfer you to a colleague who works with New Jersey newspapers, one moment."],
    xfer(74, 'Ella', 'ella-rr'),
    [196, 'l', "Hi, I'm Ella, a librarian at the New Jersey State Library. The ICC's report on the February 1951 Woodbridge derailment is in the DOT Library's ICC accident collection (dotlibrary.specialcollection.net). For newspapers, use our NewsBank access through njstatelib.org.", as(ELLA)],
    [202, 'l', 'Does that help with both?', as(ELLA)],
    [250, 'p', 'yes thank you. no more questions'],
    [256, 'l', 'You are welcome, take care and goodbye.', as(ELLA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 20 Practice
  s(TRAINEE, '20 practice chat (RRB macro test): coded Practice, every check na', [
    [0, 'p', 'practice: railroad retirement question'],
    [10, 'l', 'testing the railroad macro: rrb.gov'],
    [20, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined; the source has no codes
  s(NOBODY, '21 1880s Sanborn maps of Altoona: no provider ever joined, "anyone there?", patron left, resolutionCode left out', [
    [0, 'p', 'are the 1880s Sanborn maps for Altoona online? need the PRR shops'],
    waitLine(2, 4),
    [90, 'p', 'anyone there?'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),

  // 22 Spanish: a model railroad club in Miami; a museum to visit with no contact
  s(NORA, '22 club de trenes a escala en Miami (Spanish): nmra.org, tcaweb.org, "le recomiendo visitar el Gold Coast Railroad Museum" sin contacto, "era todo"', [
    [0, 'p', 'hola, busco un club de trenes a escala en Miami para mi papá que se jubiló 😊'],
    [30, 'l', '¡Hola! Bienvenido al chat de la Biblioteca Pública de Miami-Dade. Le atiende Nora.'],
    [36, 'l', '¿Qué escala usa su papá: HO, N u otra?'],
    [70, 'p', 'creo que HO, tiene muchos trenes lionel tambien'],
    [76, 'l', 'La asociación NMRA tiene un buscador de clubes por zona en nmra.org. Para los trenes Lionel (escala O), la Train Collectors Association tiene un directorio de divisiones en tcaweb.org. También le recomiendo visitar el Gold Coast Railroad Museum, que tiene un grupo de modelismo los sábados.'],
    [82, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si!! gracias, era todo'],
    [126, 'l', '¡Que lo disfrute su papá! Hasta pronto.'],
  ], usual({ referral: 'fail' })),

  // 23 a goodbye 119 s after the answer, no check-in
  s(FELIX, '23 when Omaha Union Station closed to passengers: answer with "Does this answer your question?" at 60, goodbye at 179 (final idle 119 s)', [
    [0, 'p', 'what year did omaha union station close to passengers?'],
    [14, 'l', 'Hi! Felix, librarian at Omaha Public Library, here.'],
    [20, 'l', 'Do you mean the big Union Station that is now the Durham Museum, or the Burlington station across the street?'],
    [50, 'p', 'the durham one'],
    [60, 'l', "Union Station's passenger service ended in 1971, when Amtrak took over; the Durham Museum's history page has the timeline: durhammuseum.org/about. Does this answer your question?"],
    [179, 'l', 'Thanks for chatting with Omaha Public Library!'],
  ], usual({ anything: 'fail' })),

  // 24 check-in, then a notice + goodbye exactly 180 s after the answer
  s(GRETA, '24 N&W J class rosters: "Still with me?" at 150, "…it seems you\'ve been disconnected and I\'ll end this chat now. Thanks…" at 250 (final idle 180 s)', [
    [0, 'p', 'Where can I find Norfolk & Western steam locomotive rosters? Researching the J class'],
    [25, 'l', 'Good afternoon, Greta at Roanoke Public Libraries here.'],
    [31, 'l', 'Do you want the official N&W roster, or photos too?'],
    [55, 'p', 'roster mostly'],
    [70, 'l', "The Norfolk & Western Historical Society's archives in Roanoke hold the official rosters; their online catalog is at nwhs.org/archives. Virginia Tech Special Collections (spec.lib.vt.edu, search 'Norfolk and Western') has more. Is that what you needed?"],
    [150, 'l', 'Still with me?'],
    [250, 'l', "I haven't heard back, so it seems you've been disconnected and I'll end this chat now. Thanks for using Ask a Librarian — come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 25 a check-in only; 185 s of final idle, no notice, no goodbye
  s(HUGO, '25 a 1940s Wabash timetable at St. Louis Union Station: answer at 60, "Are you still there?" at 190, ended at 245 (final idle 185 s)', [
    [0, 'p', 'how do i find a 1940s wabash railroad timetable for st louis union station'],
    [20, 'l', 'Hello, you are chatting with Hugo at St. Louis County Library.'],
    [26, 'l', 'Is a public timetable fine, or do you need an employee timetable?'],
    [52, 'p', 'public is fine'],
    [60, 'l', "Our Reference Room has a run of the Official Guide of the Railways, and the Wabash Railroad Historical Society posts scans of 1940s public timetables at wabashrhs.org. Does that help?"],
    [190, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 55 }),

  // 26 the patron has the last word
  s(IVY, '26 surviving SP depots on the Peninsula: caltrain.com and an Images of Rail book, "Anything else I can look up?", patron "nope thats all, thx bye" last', [
    [0, 'p', 'is there a list of all the old SP depots on the peninsula and which are still standing'],
    [18, 'l', 'Welcome to SFPL chat! This is Ivy, a reference librarian.'],
    [24, 'l', 'Does the list need to cover only the Caltrain line, or the old branch lines too?'],
    [60, 'p', 'caltrain line'],
    [66, 'l', "Caltrain's history pages give each station's story (caltrain.com, About > History), and the Images of Rail book 'Caltrain and the Peninsula Commute Service' in our catalog covers which depots survive."],
    [72, 'l', 'Is that the sort of list you meant?'],
    [110, 'p', 'ya perfect'],
    [114, 'l', 'Anything else I can look up?'],
    [140, 'p', 'nope thats all, thx bye'],
  ], usual({ courteous: 'fail' })),

  // 27 no greeting word, no question: the answer straight away
  s(TOM, '27 railroads through Bucyrus OH in 1920: "Tom from the State Library of Ohio." (no greeting), the answer straight away (no question)', [
    [0, 'p', 'which railroads went through Bucyrus ohio in 1920'],
    [20, 'l', 'Tom from the State Library of Ohio.'],
    [26, 'l', "In 1920 Bucyrus was on the Pennsylvania's Fort Wayne line and the Toledo & Ohio Central. Ohio railroad maps of that era are in the Library of Congress map collections at loc.gov/maps, and our catalog has Willard Ehrich's book 'Ghost Railroads of Ohio'."],
    [32, 'l', 'Is this the sort of thing you needed?'],
    [70, 'p', 'yes thank you'],
    [74, 'l', 'Anything else?'],
    [90, 'p', 'no'],
    [94, 'l', 'Take care, goodbye.'],
  ], usual({ greeting: 'fail', clarify: 'fail' })),

  // 28 no source; "the people to call" with no contact
  s(UNA, '28 what happened to the Tenafly station: an answer with no source, "The Tenafly historical society would be the people to call"', [
    [0, 'p', 'my town Tenafly had a train station, what happened to it?'],
    [30, 'l', "Hi, I'm Una with the BCCLS Ask a Librarian chat."],
    [36, 'l', 'Are you wondering about the building itself or the passenger service?'],
    [70, 'p', 'both'],
    [76, 'l', 'Passenger service on the Northern Branch ended in 1966, but the old station building survives and is used by the borough. The Tenafly historical society would be the people to call about its history.'],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'yes, thanks, that is all i needed'],
    [125, 'l', "You're welcome, bye!"],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 29 pickedUpAt at 20 s, the first line at 145 s
  s(JAMIE, '29 the KC Union Station Harvey House (chat-speak, emoji): pickedUpAt 20 s, first line at 145 s, "that work for ur post?"', [
    [0, 'p', 'hiii do u have any info on the old Kansas City Union Station Harvey House?? 🙂 doing a blog post'],
    [145, 'l', 'hey!! 🚂 Jamie w/ Kansas City Public Library Ask a Librarian, sorry about the lag'],
    [150, 'l', 'r u after photos, menus, or the history of the restaurant?'],
    [175, 'p', 'history mostly + pics if u have em lol'],
    [181, 'l', "our Missouri Valley Special Collections has Union Station Harvey House photos online at kchistory.org (search 'Harvey House'), and the book 'The Harvey Girls' by Lesley Poling-Kempes covers the restaurants' history"],
    [186, 'l', 'that work for ur post?'],
    [220, 'p', 'yesss perfect ty!! thats all i need'],
    [225, 'l', 'yay, good luck w the blog! bye 👋'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(20) }),

  // 30 Spanish, follow-up by me: e-mail read back, no time, never done
  s(KARLA, '30 un bracero del Southern Pacific en 1944 (Spanish, follow-up by me): braceroarchive.org, correo repetido, sin fecha, nunca hecho (día 5)', [
    [0, 'p', 'Buenas, mi abuelo vino como bracero a trabajar en el ferrocarril Southern Pacific en 1944. ¿Hay algún registro de él?'],
    [26, 'l', '¡Buenas tardes! Le atiende Karla, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [32, 'l', '¿Cómo se llamaba su abuelo y sabe en qué estado trabajó?'],
    [90, 'p', 'Ramón Villaseñor Ortiz, en California y Arizona'],
    [96, 'l', 'El Bracero History Archive (braceroarchive.org) tiene documentos y testimonios de braceros ferroviarios. Voy a revisar también las listas de contratación en nuestras colecciones y le mando por correo lo que encuentre. ¿A qué correo se lo envío?'],
    [150, 'p', 'ramon.nieta@example.com'],
    [156, 'l', 'Perfecto: ramon.nieta@example.com.'],
    [162, 'l', '¿Le ayuda el archivo mientras tanto?'],
    [210, 'p', 'si gracias, es todo'],
    [216, 'l', '¡Gracias a usted por escribirnos! Que tenga buen día.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => RAILROADS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-seventh round: railroad history and railway records, checked', () => {
  describeSessions('whole sessions', RAILROADS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', RAILROADS.filter((c) => c.name in LEFT_WHY));
});
