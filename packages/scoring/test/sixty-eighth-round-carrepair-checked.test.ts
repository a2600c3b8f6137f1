/**
 * Sixty-eighth round, theme CAR REPAIR MANUALS AND BUYING A USED CAR, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: repair manuals and databases (ChiltonLibrary for a 2009 Civic's brakes,
 * a Haynes manual for a '78 Triumph Spitfire by interlibrary loan, a Haynes for an '04 Wrangler, ALLDATA the library lacks,
 * ChiltonLibrary from home in Denver, an OBD-II scanner in a library of things), recalls by VIN (an F-150, a Sentra in
 * Spanish, a Takata airbag on an '06 Accord), lemon laws (Maryland, Pennsylvania's as-is used car, New York's used car law,
 * New Jersey in Spanish), history reports (NMVTIS, NICB VINCheck for a flood car), emissions and inspection stations (DeKalb
 * County GA in Spanglish, California STAR smog stations, Travis County TX, Illinois Air Team, Maryland VEIP), finding a
 * trustworthy mechanic (Salt Lake City) and a pre-purchase inspection (Milwaukee, in Spanish), car-buying guides (Consumer
 * Reports' used car guide, the FTC's guide and Lemon-Aid, reliability ratings, trade-in values, a test-drive checklist, a
 * Michigan private-sale title, a 1969 Camaro's window sticker). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/carrepair-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup exactly at 60 s (03: pass) and at 61 s (04: fail); "Hello! How can I help you today?" naming no one (04:
 *   fail); "Niko, reference librarian at …" identifying but greeting no one (14: fail); "Hola, thanks for contacting Ask a
 *   Librarian at DeKalb County Public Library! Me llamo Tomás." (06); "hey! Zed here, librarian @ Tulsa City-County Library 👋"
 *   (21); Spanish "¡Buenas tardes! Soy Lucía, bibliotecaria de …" (05) and "¡Hola! Soy Leo, de la Biblioteca Pública de
 *   Milwaukee." (12); `pickedUpAt` at 40 s with the first line at 155 (28); no provider ever joined (16);
 *  inquiry: VIN asked, mileage and ownership, dealer or private seller, print or online, which database, which county, which
 *   branch, the kind of notice; the first source given before "How many miles did the car have …?" (29: fail);
 *  waits: a hold answered 125 s later (02: fail); a hold answered exactly 120 s later (03: pass); a hold of 84 s (08); a
 *   transfer notice answered 73 s later by the receiver (17); a silent transfer, the receiver 90 s after the patron (18);
 *   115 s between `pickedUpAt` and the first line (28: pass, 155 s from the start); the patron's second line while waiting
 *   (13);
 *  endings: a Lost Call, greeting only, "¿Sigue ahí?" and a Spanish notice that invites back (12: final idle 305 s); a check-in
 *   alone with a final idle of exactly 120 s (24: idle pass, disconnect na, courteous fails); one message that both checks in
 *   and gives notice, 200 s of final idle, no goodbye (25); a goodbye exactly 180 s after the answer with no check-in (27: idle
 *   and disconnect fail); the patron's "nope thx" as the last line (26); "That's way too many questions for one chat, so I'm
 *   going to wrap up here." (22: dismissal); "a few other patrons waiting … chat back in later tonight, or call our Business
 *   Desk" (23: allowed); "Have a good day!" (11), "Take care — bye for now!", "¡Adiós y gracias por escribir!", "awesome,
 *   thanks for chatting! 🔧"; patron-side "thats all i needed 🙌", "that's everything", "eso es todo", "thats all for now",
 *   "no more questions", "thats everything", and "ok", "ok gracias", "no thats ok", "ok will do", "yeah thx" that do not count;
 *  sources: multcolib.org, nhtsa.gov/recalls, the Maryland AG's lemon law page, vehiclehistory.gov, cleanairforce.com, ase.com,
 *   Haynes manual no. 0113 and worldcat.org, nypl.org databases, Standard Catalog of Chevrolet (a book), bar.ca.gov, kbb.com,
 *   ChiltonLibrary, the PA AG, dps.texas.gov, illinoisairteam.com, the FTC's guide and Lemon-Aid, tulsalibrary.org,
 *   nicb.org/vincheck, Consumer Reports through lfpl.org, aadl.org, mva.maryland.gov, owners.honda.com, denverlibrary.org,
 *   michigan.gov/sos, ag.ny.gov; none (30: fail);
 *  referrals: the Clean Air Force by phone in Spanish (06: pass); "worth calling the Utah Division of Consumer Protection" with
 *   no contact (07: fail); the PA Attorney General's Bureau of Consumer Protection by URL and phone (17); the library's own
 *   Business Desk by phone (23); a Secretary of State office reached by michigan.gov/sos (28); the patron's library's staff
 *   consulted on the patron's behalf (10: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done in 20 h (08); FU_ME, e-mail read back, no when,
 *   not yet done at day 1 (09: contact fails, on_time pending); FU_LIB, phone read back, "by Wednesday", done after 80 h (10:
 *   on_time fails); a promise "I'll also get back to you with a short list" coded Answered with no contact (11);
 *  codes: a true Lost Call (12) and a Lost Call with no provider (16); Lost Call after three patron lines (13); null (14);
 *   Practice (15);
 *  transfers: a notice (a hold) and an internal note why (17: pass); an internal note, silent to the patron (18: fail); a
 *   notice with no internal note (19: fail);
 *  concurrency: three others open at 50 s, four at once (20: fail); one ending exactly at the start, two overlapping, one
 *   starting exactly at `endedAt` (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Have a good day!" and "Take care — bye for now!" say goodbye (11, 02);
 * - "Would you like me to pull up some reviews of Subaru specialists too?" offers something not yet given: not the
 *   completeness question (07);
 * - "it's worth calling the Utah Division of Consumer Protection to ask whether a shop has complaints" tells the patron to call
 *   an agency, with no way to reach it (07: fail); "take it to a Secretary of State office within 15 days … The checklist is at
 *   michigan.gov/sos" tells the patron to visit an agency reached by the agency's URL (28: pass);
 * - "Charlotte Mecklenburg's … staff can look into dealer records for you; I'll pass your question to them" is staff consulted
 *   on the patron's behalf, no referral (10);
 * - with `pickedUpAt` at 40 s and the first line at 155 s, only the 115 s after pickup count for keep_informed (28: pass);
 * - "eso es todo" (05) is the patron saying explicitly that they are done; "¿Sigue ahí?" asks whether the patron is still there
 *   and "Parece que se perdió la conexión, así que voy a cerrar este chat. ¡Vuelva cuando quiera!" is a disconnect notice that
 *   invites back (12);
 * - a greeting with "Con gusto le ayudo" is not substantive, so the Lost Call (12) has no substantive exchange; its final idle
 *   runs from the greeting to the notice that invites back (305 s);
 * - "Hello? Are you still there? It looks like you may have disconnected, so I will end this session shortly." does both the
 *   check-in and the notice, and is no goodbye (25).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both referral.contact). Label corrections: 0 (each disagreement reread against
 * RUBRIC.md's Terms and referral.contact row; both labels stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 10: "Charlotte Mecklenburg's business and auto collection staff can look into dealer records for
 *    you; I'll pass your question to them." read as a referral without contact (fail; RUBRIC na: staff consulted on the
 *    patron's behalf, the patron told to contact no one);
 *  - referral.contact, case 28: "you take it to a Secretary of State office … The checklist is at michigan.gov/sos" read as a
 *    referral with no way to reach the party (fail; RUBRIC pass: the Secretary of State's own URL is given).
 * Every timing check (pickup at exactly 60 s, 61 s, by `pickedUpAt` and with no provider; keep_informed across holds of 125 s,
 * exactly 120 s and 84 s, a transfer notice, a silent transfer and 115 s after `pickedUpAt`; final idles of exactly 120 s,
 * exactly 180 s, 200 s and 305 s; concurrency at four and at touching ends; on_time done at 20 h, late at 80 h, pending at day
 * 1 twice) scored as labelled on the first run, and so did the Spanish and Spanglish sessions (05, 06, 12, 16), the
 * dismissal (22) and the allowed "other patrons waiting" (23). The redaction equality of describeSessions holds for every
 * running case (patron e-mails typed and read back, a patron phone read back, library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft); `tsc -p tsconfig.json --noEmit`
 * clean for this file.
 * RUBRIC v62 (block AB, written after this file): case 10 (AB6: "… staff can look into dealer records for you; I'll pass your
 *   question to them." is staff consulted on the patron's behalf) now scores as labelled and runs with the others; 28 is still
 *   LEFT; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. Please stay on this page.`];

const DANA: Prov = { id: 'dana-cr', name: 'Dana', library: 'MCL-OR' };
const MARCUS: Prov = { id: 'marcus-cr', name: 'Marcus', library: 'KIN-OH' };
const PRIYA: Prov = { id: 'priya-cr', name: 'Priya', library: 'AUN' };
const DESK: Prov = { id: 'askdesk-cr', name: 'AskDesk', library: 'CRPL' };
const LUCIA: Prov = { id: 'lucia-cr', name: 'Lucía', library: 'HPL-TX' };
const TOMAS: Prov = { id: 'tomas-cr', name: 'Tomás', library: 'DCPL-GA' };
const GRETA: Prov = { id: 'greta-cr', name: 'Greta', library: 'SLCPL' };
const HUGO: Prov = { id: 'hugo-cr', name: 'Hugo', library: 'BCPL-MD' };
const IVY: Prov = { id: 'ivy-cr', name: 'Ivy', library: 'NYPL' };
const JONAH: Prov = { id: 'jonah-cr', name: 'Jonah', library: 'NCK' };
const KIRA: Prov = { id: 'kira-cr', name: 'Kira', library: 'SFPL' };
const LEO: Prov = { id: 'leo-cr', name: 'Leo', library: 'MPL-WI' };
const MAYA: Prov = { id: 'maya-cr', name: 'Maya', library: 'KCLS' };
const NIKO: Prov = { id: 'niko-cr', name: 'Niko', library: 'CCPL-OH' };
const TRAINEE: Prov = { id: 'trainee-cr', name: 'Trainee 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-cr', name: 'Queue', library: 'VRQ' };
const OLU: Prov = { id: 'olu-cr', name: 'Olu', library: 'AHPA' };
const REN: Prov = { id: 'ren-cr', name: 'Ren', library: 'AHPA' };
const SAM: Prov = { id: 'sam-cr', name: 'Sam', library: 'APL-TX' };
const BEA: Prov = { id: 'bea-cr', name: 'Bea', library: 'APL-TX' };
const DEE: Prov = { id: 'dee-cr', name: 'Dee', library: 'NPL-IL' };
const TESS: Prov = { id: 'tess-cr', name: 'Tess', library: 'NPL-IL' };
const WREN: Prov = { id: 'wren-cr', name: 'Wren', library: 'PCPL' };
const ZED: Prov = { id: 'zed-cr', name: 'zed_tccl', library: 'TCCL' };
const ANA: Prov = { id: 'ana-cr', name: 'Ana', library: 'JPL-FL' };
const OLLIE: Prov = { id: 'ollie-cr', name: 'Ollie', library: 'LFPL' };
const PAT: Prov = { id: 'pat-cr', name: 'Pat', library: 'AADL' };
const QUINN: Prov = { id: 'quinn-cr', name: 'Quinn', library: 'HCLS' };
const RUI: Prov = { id: 'rui-cr', name: 'Rui', library: 'HSPLS' };
const SAGE: Prov = { id: 'sage-cr', name: 'Sage', library: 'DPL-CO' };
const VAL: Prov = { id: 'val-cr', name: 'Val', library: 'DPL-MI' };
const THEO: Prov = { id: 'theo-cr', name: 'Theo', library: 'BECPL' };
const UMA: Prov = { id: 'uma-cr', name: 'Uma', library: 'FWPL' };

const s = session;

export const CARREPAIR: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Chilton for a 2009 Civic\'s front brakes: "Hey there! Dana here", multcolib.org, "thats all i needed 🙌"', [
    [0, 'p', 'do u guys have chilton manuals?? need one for 2009 honda civic'],
    [22, 'l', 'Hey there! Dana here, reference librarian at Multnomah County Library.'],
    [27, 'l', 'Sure thing. What are you working on, a specific repair or just general upkeep?'],
    [70, 'p', 'front brake pads, first time doing it myself lol'],
    [78, 'l', 'Our Chilton Library database has the full 2009 Civic manual, brake section with diagrams included. Go to multcolib.org > Research > Auto Repair and sign in with your library card.'],
    [84, 'l', 'Did that get you what you need?'],
    [130, 'p', 'yesss found it. thats all i needed 🙌'],
    [136, 'l', 'Awesome — happy wrenching, and thanks for chatting!'],
  ], usual()),

  // 02 a hold answered 125 s later
  s(MARCUS, '02 open recalls on a 2013 F-150: "Hang on, running that now." answered 125 s later', [
    [0, 'p', 'how can i check if my truck has open recalls'],
    [30, 'l', "Good evening, I'm Marcus, a librarian with Ohio's KnowItNow service."],
    [35, 'l', 'Do you have the VIN? It is 17 characters, usually on the driver side dash or the door jamb.'],
    [90, 'p', '1FTFW1ET5DFC10312 its a 2013 f150'],
    [96, 'l', 'Hang on, running that now.'],
    [221, 'l', "NHTSA's recall lookup (nhtsa.gov/recalls) shows one open recall on that VIN, for the brake master cylinder. The repair is free."],
    [226, 'l', 'Does that answer your question?'],
    [270, 'p', 'yeah wow ok'],
    [275, 'l', 'Anything else I can look up?'],
    [300, 'p', 'nah'],
    [304, 'l', 'Take care — bye for now!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup exactly 60 s, a hold exactly 120 s
  s(PRIYA, '03 Maryland lemon law, transmission in the shop 4 times: pickup at exactly 60 s, a hold answered exactly 120 s later', [
    [0, 'p', 'my new car has been in the shop 4 times for the same transmission problem. does maryland have a lemon law??'],
    [60, 'l', "Good morning, you've reached Ask Us Now. This is Priya."],
    [66, 'l', 'Sorry to hear that. How long have you owned it, and roughly how many miles are on it?'],
    [110, 'p', 'bought it 7 months ago, like 9000 miles'],
    [115, 'l', 'Give me a minute to pull up the statute.'],
    [235, 'l', "Maryland's lemon law (the Automotive Warranty Enforcement Act) covers the first 15,000 miles or 15 months, and four repair attempts for the same defect qualify. The Attorney General's consumer guide explains the steps: marylandattorneygeneral.gov/Pages/CPD/lemonlaw.aspx"],
    [241, 'l', 'Is that what you were looking for?'],
    [290, 'p', "yes that's everything, thank you so much"],
    [296, 'l', 'Thanks for reaching out, and good luck!'],
  ], usual()),

  // 04 pickup 61 s; greets but names no one
  s(DESK, '04 Carfax at the library for a Craigslist RAV4: pickup at 61 s, "Hello! How can I help you today?" under "AskDesk", vehiclehistory.gov', [
    [0, 'p', 'is carfax free at the library'],
    [61, 'l', 'Hello! How can I help you today?'],
    [68, 'l', 'Are you looking at a specific car right now, or just researching?'],
    [110, 'p', 'looking at a 2015 rav4 on craigslist, guy wont give me the carfax'],
    [117, 'l', "We don't subscribe to Carfax, but the federal NMVTIS site lists low-cost history report providers: vehiclehistory.gov. It shows title brands like salvage or flood."],
    [122, 'l', 'Does that help?'],
    [160, 'p', 'ok'],
    [164, 'l', 'Bye!'],
  ], usual({ pickup: 'fail', greeting: 'fail', anything: 'fail' })),

  // 05 Spanish: a recall by VIN
  s(LUCIA, '05 recall de un Nissan Sentra 2017 (Spanish): "Soy Lucía, bibliotecaria", nhtsa.gov/recalls en español, "eso es todo"', [
    [0, 'p', 'hola buenas, como sé si mi carro tiene algún recall? es un nissan sentra 2017'],
    [28, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de Houston.'],
    [34, 'l', '¿Tiene a mano el número VIN? Son 17 caracteres y aparece en la tarjeta del seguro.'],
    [95, 'p', 'si 3N1AB7AP5HY123456'],
    [101, 'l', 'Puede buscarlo usted mismo en nhtsa.gov/recalls (la página también está en español): escriba el VIN y le muestra los recalls abiertos. La reparación de un recall es gratis.'],
    [107, 'l', '¿Esto responde a su pregunta?'],
    [150, 'p', 'si ya vi uno de las bolsas de aire 😬 gracias, eso es todo'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos.'],
  ], usual()),

  // 06 Spanglish: emissions station, a referral by phone
  s(TOMAS, '06 emissions test in DeKalb County (Spanglish): "thanks for contacting … Me llamo Tomás", "llame al Clean Air Force al 800-555-0142", "ok gracias"', [
    [0, 'p', 'hi necesito saber donde hacer el emissions test for my car in dekalb county'],
    [40, 'l', 'Hola, thanks for contacting Ask a Librarian at DeKalb County Public Library! Me llamo Tomás.'],
    [46, 'l', '¿Qué año es el carro? Newer cars are exempt for the first few years.'],
    [90, 'p', '2012 honda accord'],
    [96, 'l', 'Then yes, it needs the test every year. Georgia Clean Air Force has a station locator at cleanairforce.com, y si tiene preguntas sobre su caso, llame al Clean Air Force al 800-555-0142.'],
    [102, 'l', '¿Le sirve?'],
    [150, 'p', 'ok gracias'],
    [155, 'l', '¡Adiós y gracias por escribir!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 07 a referral without contact; an offer of more instead of the completeness question
  s(GRETA, '07 a mechanic who won\'t rip me off in Salt Lake: ase.com, "worth calling the Utah Division of Consumer Protection" (no contact), "Would you like me to pull up … reviews"', [
    [0, 'p', 'just moved to salt lake, how do i find a mechanic who wont rip me off'],
    [18, 'l', "Hi! I'm Greta, a librarian at Salt Lake City Public Library."],
    [24, 'l', 'What kind of car, and is it a repair or routine maintenance?'],
    [75, 'p', '2011 subaru outback, check engine light on'],
    [82, 'l', "Look for shops with ASE-certified technicians; ase.com has a Blue Seal shop finder. Before you pick one, it's worth calling the Utah Division of Consumer Protection to ask whether a shop has complaints on file."],
    [88, 'l', 'Would you like me to pull up some reviews of Subaru specialists too?'],
    [130, 'p', 'no thats ok'],
    [135, 'l', 'Thanks for chatting — good luck with the Outback!'],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'fail' })),

  // 08 follow-up by me, e-mail read back, "by tomorrow afternoon", done in 20 h
  s(HUGO, '08 Haynes manual for a 1978 Triumph Spitfire by ILL (follow-up by me): e-mail read back, "by tomorrow afternoon", done in 20 h', [
    [0, 'p', 'Looking for a repair manual for a 1978 Triumph Spitfire. The online ones dont go back that far.'],
    [25, 'l', "Hello, Hugo at Baltimore County Public Library's Ask Us here."],
    [31, 'l', 'Do you need the factory workshop manual, or would a Haynes or Clymer guide work?'],
    [80, 'p', 'either is fine, mostly need wiring diagrams'],
    [86, 'l', 'Let me search our catalogue and WorldCat.'],
    [170, 'l', "Haynes manual no. 0113 covers the 1969-1980 Spitfire and has wiring diagrams; WorldCat (worldcat.org) shows copies at several Maryland libraries, but none of ours. I can request it through interlibrary loan and e-mail you when it's in. What e-mail should I use?"],
    [230, 'p', 'rwalsh.spitfire@example.net'],
    [236, 'l', "Thanks: rwalsh.spitfire@example.net. I'll e-mail you the request status by tomorrow afternoon."],
    [242, 'l', 'Does that answer your question for now?'],
    [280, 'p', 'yes perfect, thats all for now'],
    [286, 'l', 'Thanks for using Ask Us — have a good evening!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 09 follow-up by me, e-mail read back, no when
  s(IVY, '09 Consumer Reports Used Car Buying Guide 2026 on order (follow-up by me): "I\'ll e-mail you as soon as …", e-mail read back, no when', [
    [0, 'p', 'do you have the consumer reports used car buying guide 2026? want to borrow it'],
    [20, 'l', 'Hi, Ivy from NYPL Ask NYPL. Happy to check.'],
    [26, 'l', 'Do you want the print book, or would the online Consumer Reports through our databases work for you?'],
    [60, 'p', 'print pls, i like to mark it up'],
    [66, 'l', "The 2026 edition is on order and not in the catalogue yet. The online version is at nypl.org/research/databases (Consumer Reports) in the meantime. I'll e-mail you as soon as the print copy can be put on hold. Your e-mail?"],
    [120, 'p', 'its dev.okafor88@example.com'],
    [126, 'l', 'Got it, dev.okafor88@example.com.'],
    [131, 'l', 'Does the online version help until then?'],
    [170, 'p', 'yes thanks!!'],
    [175, 'l', 'Anything else today?'],
    [195, 'p', 'no thats it'],
    [199, 'l', 'Thanks for chatting with NYPL!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 10 follow-up by the patron's library, phone read back, "by Wednesday", done after 80 h
  s(JONAH, '10 a 1969 Camaro\'s window sticker (follow-up by patron\'s library): Standard Catalog of Chevrolet, phone read back, "by Wednesday", done after 80 h', [
    [0, 'p', 'hey is there any way to find the original window sticker for a 1969 camaro. bought it used, want to know if the engine is original'],
    [35, 'l', 'Good afternoon! This is Jonah, a librarian with NC Knows, the statewide chat.'],
    [41, 'l', 'Which library do you usually use? Some have special auto collections.'],
    [90, 'p', 'charlotte mecklenburg main'],
    [96, 'l', "GM doesn't keep 1969 build records, but the trim tag and VIN decoding guides in the Standard Catalog of Chevrolet 1912-2003 (in most NC libraries' reference) tell you a lot. Charlotte Mecklenburg's business and auto collection staff can look into dealer records for you; I'll pass your question to them. What's a good number for them to reach you?"],
    [150, 'p', '704-555-0177'],
    [156, 'l', "Thanks. That's 704-555-0177, and they'll call you by Wednesday."],
    [160, 'l', 'Does the catalog tip help in the meantime?'],
    [200, 'p', 'yes thanks a lot'],
    [205, 'l', 'Anything else?'],
    [225, 'p', 'no'],
    [229, 'l', 'Thanks for using NC Knows, bye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 a promise to get back, coded Answered, no contact
  s(KIRA, '11 STAR smog check station in San Francisco: "I\'ll also get back to you with a short list", coded Answered, no contact, "Have a good day!"', [
    [0, 'p', 'my dmv renewal says i need a smog check at a STAR station?? what is that'],
    [15, 'l', "Hi, I'm Kira, a librarian at San Francisco Public Library."],
    [21, 'l', 'Is your car registered in San Francisco?'],
    [50, 'p', 'yes'],
    [56, 'l', "STAR stations meet extra performance standards set by the Bureau of Automotive Repair; your renewal notice tells you when you must use one. BAR's station search is at bar.ca.gov (Smog Check Station Locator, filter STAR)."],
    [62, 'l', "I'll also get back to you with a short list of STAR stations near you."],
    [70, 'l', 'Did that help?'],
    [110, 'p', 'yeah thx'],
    [114, 'l', 'Have a good day!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 a true Lost Call, in Spanish
  s(LEO, '12 inspección antes de comprar en Milwaukee (Spanish, Lost Call): greeting only, "¿Sigue ahí?" at 155, notice + "¡Vuelva cuando quiera!" at 330', [
    [0, 'p', 'dónde puedo llevar un carro usado a que lo revisen antes de comprarlo? estoy en milwaukee'],
    [25, 'l', '¡Hola! Soy Leo, de la Biblioteca Pública de Milwaukee. Con gusto le ayudo.'],
    [155, 'l', '¿Sigue ahí?'],
    [330, 'l', 'Parece que se perdió la conexión, así que voy a cerrar este chat. ¡Vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 Lost Call after three patron lines
  s(MAYA, '13 trade-in value of a 2014 Corolla: kbb.com, edmunds.com, jdpower.com, coded Lost Call after three patron lines', [
    [0, 'p', 'how much is my 2014 corolla worth, trading it in'],
    [20, 'l', 'Hi, Maya at King County Library System here!'],
    [25, 'l', 'Roughly how many miles, and what trim?'],
    [60, 'p', 'like 98k, LE'],
    [66, 'l', 'Kelley Blue Book (kbb.com) and Edmunds (edmunds.com) both give free trade-in values; NADA Guides, now J.D. Power at jdpower.com/cars, is what many banks use.'],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'ok cool'],
    [150, 'p', 'thx'],
    [155, 'l', 'Bye, take care!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 14 identifies without greeting; code null
  s(NIKO, '14 ALLDATA for a 2016 Escape\'s timing chain: "Niko, reference librarian at …" with no greeting, ChiltonLibrary instead, code null', [
    [0, 'p', 'does the library have alldata? mechanic friend says its the best'],
    [30, 'l', 'Niko, reference librarian at Cuyahoga County Public Library.'],
    [36, 'l', 'Are you looking for a particular vehicle or repair?'],
    [80, 'p', '2016 ford escape, timing chain'],
    [86, 'l', "We don't subscribe to ALLDATA, but Chilton Library at cuyahogalibrary.org/databases covers the 2016 Escape, timing chain included."],
    [92, 'l', 'Did that help?'],
    [130, 'p', 'ya thanks, thats all'],
    [135, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 15 Practice
  s(TRAINEE, '15 practice chat (Chilton macro): coded Practice, every check na', [
    [0, 'p', 'test - do u have chilton'],
    [6, 'l', 'test reply, checking the macro'],
    [12, 'l', 'Chilton: library.example.org/chilton. Does this help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no provider ever joined (Spanish), Lost Call
  s(NOBODY, '16 ley limón de NJ para carros usados (Spanish): no provider ever joined, patron left, coded Lost Call', [
    [0, 'p', 'hola, la ley limón de new jersey aplica a carros usados? compré uno hace un mes'],
    queue(3, 4),
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 a transfer with a notice and a note that says why; a referral with URL and phone
  s(OLU, '17 PA used car sold "as is" but "certified": transfer notice + internal note why, Ren 73 s later, the AG\'s Bureau of Consumer Protection by URL and phone', [
    [0, 'p', 'bought a used car from a dealer 2 weeks ago and the engine is already dying. does PA lemon law cover used cars'],
    [22, 'l', 'Hi there, Olu with the Ask Here PA librarians.'],
    [28, 'l', 'Was it sold "as is", or did it come with a dealer warranty?'],
    [70, 'p', 'i think as is but the salesman said it was "certified" 🙄'],
    [77, 'l', "That one's best for our law librarian, so I'm transferring you to my colleague Ren now. Hang tight a moment."],
    [80, 'i', 'Ren, used car lemon law q (PA, as-is vs "certified" claim) — legal research, can you take it?'],
    xfer(83, 'Ren', 'ren-cr'),
    [150, 'l', "Hi, Ren here, law librarian. PA's Lemon Law covers new vehicles only, but a dealer's false 'certified' claim may fall under the Unfair Trade Practices law. You can file a complaint with the Attorney General's Bureau of Consumer Protection at attorneygeneral.gov/protect-yourself/consumer-protection or 1-800-555-0128.", as(REN)],
    [156, 'l', 'Does that answer your question?', as(REN)],
    [200, 'p', 'yes, super helpful. no more questions'],
    [205, 'l', 'Thanks for chatting, good luck!', as(REN)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 18 a silent transfer
  s(SAM, '18 Texas inspection changes, Travis County: internal note, silent transfer to Bea 90 s after the patron, dps.texas.gov', [
    [0, 'p', 'does texas still do the yearly car inspection? heard it changed'],
    [20, 'l', "Hello! I'm Sam, a librarian at Austin Public Library."],
    [26, 'l', 'Which county is the car registered in? Some still need an emissions test.'],
    [70, 'p', 'travis'],
    [74, 'i', 'Bea, Texas inspection changes for 2025 — you did the guide on this, can you take it?'],
    xfer(78, 'Bea', 'bea-cr'),
    [160, 'l', 'Hi, Bea here. Texas ended the safety inspection for most cars in 2025, but Travis County still requires the emissions test. DPS explains it at dps.texas.gov/section/vehicle-inspection.', as(BEA)],
    [166, 'l', 'Does that help?', as(BEA)],
    [200, 'p', 'yes thanks'],
    [205, 'l', 'Anything else?', as(BEA)],
    [220, 'p', 'no thats everything'],
    [224, 'l', 'Take care, bye!', as(BEA)],
  ], usual({ transfer: 'fail' })),

  // 19 a transfer notice with no internal note
  s(DEE, '19 Illinois Air Team station near Naperville: "I\'ll pass you to Tess … One moment!" with no internal note, illinoisairteam.com', [
    [0, 'p', 'where do i take my car for the emissions test in illinois, i live in naperville'],
    [15, 'l', 'Hello, Dee at Naperville Public Library here.'],
    [20, 'l', 'Did you get a test notice from the Secretary of State?'],
    [50, 'p', 'yes it came yesterday'],
    [55, 'l', "I'll pass you to Tess, who knows the Air Team program well. One moment!"],
    xfer(58, 'Tess', 'tess-cr'),
    [100, 'l', 'Hi, Tess here! The Illinois Air Team station list and hours are at illinoisairteam.com; bring the notice with you. Is that what you needed?', as(TESS)],
    [140, 'p', 'yep thats all i needed'],
    [145, 'l', 'Great, thanks for chatting!', as(TESS)],
  ], usual({ transfer: 'fail' })),

  // 20 four at once
  s(WREN, '20 first used car from a private seller: the FTC guide and Lemon-Aid, three other chats open at 50 s (four at once)', [
    [0, 'p', 'first time buying a used car, is there a good guide or checklist'],
    [30, 'l', 'Hi, Wren at Ask a Librarian, Pima County Public Library.'],
    [35, 'l', 'Are you buying from a dealer or a private seller?'],
    [80, 'p', 'private seller prob'],
    [86, 'l', "The FTC's used car guide covers private sales and what to check: consumer.ftc.gov/articles/buying-used-car. We also have Lemon-Aid Used Cars and Trucks by Phil Edmonston in the catalogue."],
    [92, 'l', 'Does that cover what you were after?'],
    [140, 'p', 'yes! thats everything'],
    [146, 'l', 'Thanks, and good luck with the purchase!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wren-cr', -200, 300), other('w2', 'wren-cr', 20, 260), other('w3', 'wren-cr', 50, 600)],
  }),

  // 21 three at most, touching ends
  s(ZED, '21 Haynes for an \'04 Wrangler TJ (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'need a haynes manual for my 04 jeep wrangler TJ, do you have one i can check out'],
    [12, 'l', 'hey! Zed here, librarian @ Tulsa City-County Library 👋'],
    [17, 'l', 'want the print one to take to the garage, or is online ok?'],
    [40, 'p', 'print, my phone will get greasy lol'],
    [46, 'l', 'Haynes #50030 (Jeep Wrangler 1987-2017) is on the shelf at Central: search "Haynes Jeep Wrangler" in the catalogue at tulsalibrary.org and place a hold.'],
    [51, 'l', 'that what you needed?'],
    [80, 'p', 'yep thx, thats all'],
    [86, 'l', 'awesome, thanks for chatting! 🔧'],
  ], usual(), {}, {
    otherIntervals: [other('z1', 'zed-cr', -300, 0), other('z2', 'zed-cr', -60, 50), other('z3', 'zed-cr', 30, 200), other('z4', 'zed-cr', 91, 400)],
  }),

  // 22 a dismissal
  s(ANA, '22 flood car check, then five more questions: "That\'s way too many questions for one chat, so I\'m going to wrap up here."', [
    [0, 'p', 'how do i check if a used car was in a flood'],
    [20, 'l', 'Hi, Ana with Ask a Librarian at Jacksonville Public Library.'],
    [25, 'l', 'Do you have the VIN of the car you are looking at?'],
    [60, 'p', 'yes'],
    [66, 'l', 'Enter it at vehiclehistory.gov (NMVTIS) or the free NICB VINCheck at nicb.org/vincheck; both show flood or salvage brands. Did that help?'],
    [110, 'p', 'yes! also how do i get a loan, and what is a title washing, and can i return it if i dont like it, and what about insurance'],
    [118, 'l', "That's way too many questions for one chat, so I'm going to wrap up here."],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 other patrons waiting, a way back, the library's Business Desk by phone
  s(OLLIE, '23 reliability of a used Civic or Mazda3: Consumer Reports via lfpl.org, "a few other patrons waiting … chat back in later tonight, or call our Business Desk at 502-555-0190"', [
    [0, 'p', 'hi!! buying my first car. where can i compare reliability ratings'],
    [28, 'l', "Good evening! I'm Ollie, a librarian at Louisville Free Public Library."],
    [33, 'l', 'New or used, and any particular models in mind?'],
    [70, 'p', 'used, like a 2018 civic or mazda3'],
    [76, 'l', 'Consumer Reports online (lfpl.org > Research > Consumer Reports, free with your card) has reliability ratings for both by model year.'],
    [81, 'l', 'Does that answer what you were after?'],
    [120, 'p', 'yes!! ok and also financing and insurance and how to negotiate and'],
    [128, 'l', 'Happy to help with those too, but there are a few other patrons waiting right now. Please chat back in later tonight, or call our Business Desk at 502-555-0190 for the financing questions.'],
    [160, 'p', 'ok will do'],
    [165, 'l', 'Thanks for chatting — come back anytime!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 24 a check-in alone, final idle exactly 120 s
  s(PAT, '24 OBD-II scanner in the library of things: answer at 66 with "Does that answer it?", "Still there?" at 180, end at 186 (final idle 120 s)', [
    [0, 'p', 'my check engine light is on, does the library lend those code reader things'],
    [20, 'l', 'Hi, Pat here at Ann Arbor District Library.'],
    [25, 'l', 'Do you have a card with us, and which branch is closest?'],
    [60, 'p', 'yes, downtown'],
    [66, 'l', 'We do! The OBD-II scanner is in our Tools collection: search "OBD" at aadl.org and place a hold. Does that answer it?'],
    [180, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 6 }),

  // 25 one message checks in and gives notice, final idle 200 s, no goodbye
  s(QUINN, '25 VEIP station near Columbia MD: answer at 70, "Hello? Are you still there? It looks like you may have disconnected …" at 230, end at 270', [
    [0, 'p', 'got a VEIP notice, where is the closest inspection station to columbia md'],
    [18, 'l', 'Hello, Quinn from Howard County Library System.'],
    [23, 'l', 'Is it a regular test notice or a second (re-test) notice?'],
    [60, 'p', 'regular'],
    [70, 'l', 'The MVA lists VEIP stations near you, with live wait times, at mva.maryland.gov/emissions. Did that help?'],
    [230, 'l', 'Hello? Are you still there? It looks like you may have disconnected, so I will end this session shortly.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 40 }),

  // 26 the patron has the last word
  s(RUI, '26 Takata airbag recall on a 2006 Accord: owners.honda.com and nhtsa.gov, "Anything else I can help with?", patron "nope thx" last', [
    [0, 'p', 'my uncle said my 2006 honda accord might have the airbag recall thing, how do i check'],
    [15, 'l', 'Hi, Rui from Ask a Librarian at Hawaii State Public Library System.'],
    [20, 'l', 'Do you have the VIN? Or the license plate works on some sites.'],
    [55, 'p', 'i have the vin'],
    [60, 'l', "Put it into Honda's lookup at owners.honda.com/recalls or NHTSA's at nhtsa.gov/recalls; Takata airbag recalls show up on both."],
    [66, 'l', 'Did that help?'],
    [110, 'p', 'yes its open 😳'],
    [115, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope thx'],
  ], usual({ courteous: 'fail' })),

  // 27 a goodbye exactly 180 s after the answer, no check-in or notice
  s(SAGE, '27 ChiltonLibrary from home in Denver: answer at 76, goodbye at 256 (final idle 180 s) with no check-in or notice', [
    [0, 'p', 'can i use the auto repair database from home'],
    [22, 'l', 'Hi, Sage here, librarian at Denver Public Library.'],
    [27, 'l', 'Which database do you mean, ChiltonLibrary or Auto Repair Source?'],
    [70, 'p', 'chilton'],
    [76, 'l', 'Yes: go to denverlibrary.org/research, choose ChiltonLibrary and sign in with your card number and PIN. Does that answer your question?'],
    [256, 'l', 'Thanks for chatting, have a great day!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 28 pickedUpAt 40 s, first line at 155
  s(VAL, '28 Michigan private-sale title from Marketplace: pickedUpAt 40 s, first line at 155 (115 s after pickup), a Secretary of State office by michigan.gov/sos', [
    [0, 'p', 'buying a car from a guy on marketplace in michigan, what paperwork do we need for the title'],
    [155, 'l', 'Hi there, Val from Ask a Librarian at Detroit Public Library. Sorry for the wait!'],
    [160, 'l', "Is the title in the seller's name, with no loan on it?"],
    [200, 'p', 'yeah he owns it outright'],
    [206, 'l', 'The seller signs the title over to you, and you take it to a Secretary of State office within 15 days to transfer it. The checklist is at michigan.gov/sos (Vehicles > Buying or Selling a Vehicle).'],
    [212, 'l', 'Is that what you were looking for?'],
    [250, 'p', 'yep, thats all i needed!'],
    [255, 'l', 'Thanks, and enjoy the new ride!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // 29 the question comes after the first source
  s(THEO, '29 New York used car lemon law: ag.ny.gov given first, then "How many miles did the car have …?"', [
    [0, 'p', 'is there a lemon law for used cars in new york? my car from a dealer keeps breaking'],
    [25, 'l', "Hello and welcome — I'm Theo, a librarian at Buffalo & Erie County Public Library."],
    [30, 'l', "New York does have a Used Car Lemon Law; the Attorney General's guide is at ag.ny.gov/consumer-frauds/used-car-lemon-law."],
    [36, 'l', 'How many miles did the car have when you bought it?'],
    [80, 'p', 'about 60k'],
    [86, 'l', "Then the dealer's warranty is 60 days or 3,000 miles; if they can't fix the same problem after three tries, you may be entitled to a refund."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes thank u, thats all'],
    [145, 'l', 'Take care, and thanks for using the chat!'],
  ], usual({ clarify: 'fail' })),

  // 30 no source at all
  s(UMA, '30 what to check on a test drive tomorrow: tips with no source, "Is that what you were looking for?"', [
    [0, 'p', 'what should i look for when test driving a used car??? going tomorrow'],
    [20, 'l', 'Hey! Uma here, librarian with the Ask Away chat at Fort Worth Public Library.'],
    [26, 'l', 'Is it from a dealer or private seller, and do you know much about cars?'],
    [70, 'p', 'private, and no not really lol'],
    [76, 'l', 'Start it cold and listen for knocks, check that all the dash lights go off, brake hard once on an empty street, and look for uneven tire wear and rust under the doors.'],
    [82, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yes super helpful'],
    [126, 'l', 'Anything else?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Good luck tomorrow, bye!'],
  ], usual({ source: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CARREPAIR.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('28')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 4: "you take it to a Secretary of State office within 15 days to transfer it. The checklist is at michigan.gov/sos (Vehicles > Buying or Selling a Vehicle)." refers the patron to the Secretary of State and gives the Secretary of State\'s own URL in the same message (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)").',
};

describe('sixty-eighth round: car repair manuals and buying a used car, checked', () => {
  describeSessions('whole sessions', CARREPAIR.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CARREPAIR.filter((c) => c.name in LEFT_WHY));
});
