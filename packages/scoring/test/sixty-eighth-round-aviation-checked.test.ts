/**
 * Sixty-eighth round, theme AVIATION, AIRPORTS AND PILOT TRAINING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: becoming a pilot (a private certificate at 34, commercial at 19 in Spanish,
 * cost and age, women pilots' scholarships, an A&P mechanic school, Part 107 for drone photos), FAA knowledge test books,
 * ancestors who flew (a Tuskegee Airman, a 1920s air mail pilot, a B-17 crewman's lost logbook, a Boeing Plant 2 riveter, a
 * 1931 pilot licence, a 1967 Bonanza crash report), airport noise (BWI jets, Capitol Hill helicopters, noise maps near Indy),
 * drones near airports (Reno, San Antonio), airshows and museums (Luke Days, the SAC museum, College Park), flight simulators
 * at the library (Salt Lake City, Austin, Hialeah), aircraft registrations (N4471K over a farm, a 1950s Piper Cub), an old
 * airfield under a Walmart, the Wright brothers for 7th grade. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/aviation-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! You've reached Dana, a reference librarian at …" (01); pickup at exactly 60 s with "Hey there!"
 *   + "This is Marcus, on the Ask a Librarian line at …" in two lines (03: pass); a 61 s pickup (04: fail); a 75 s pickup
 *   after the patron's "hello?" (12: fail); `pickedUpAt` at 58 s with the first line at 90 (22: pass); "Hi there! Thanks for
 *   reaching out." under the screen name "Chat Desk 2" (07: names no one, fail); "Hello!" + a question, the name only in the
 *   third line (30: fail); Spanish "¡Buenas tardes! Soy Lucía, bibliotecaria de …" (05), "¡Hola! Le atiende Ana, de Ask a
 *   Librarian de Miami-Dade." (11), "Soy Beto … Happy to help in English or Spanish." (20); the service only ("Kip at the Ask
 *   Us Now desk", 12; "Faye, a librarian with Ask Us Now", 21); no provider ever joined (19);
 *  inquiry: fun or career, print or online, squadron and years, jets or helicopters, the FAA medical, recreational or paid,
 *   branch and card, owner or history, bomb group, Post Office or contract airline, drone experience, township, grade level,
 *   park, airport, school or on the job, years worked, month and type of plane, neighbourhood, the 24th; a restatement with no
 *   question mark ("So you'd like to trace N7218H …", 25: pass); the question asked only after the first source (24: fail);
 *  waits: "Give me a minute to see what we have on the shelf." answered 121 s later (02: fail); holds at 96 and 216 ("I'm
 *   still searching" with a partial result) and the answer at 336, two spans of exactly 120 s (26: pass); a transfer notice
 *   answered by the receiver 74 s later (13) and 125 s later (15: fail); a silent transfer, the receiver 95 s after the patron
 *   (14: pass); "No problem, take your time." then the patron back 250 s later (27: waiting on the patron, pass); 32 s
 *   between `pickedUpAt` and the first line (22);
 *  endings: a Spanish Lost Call with "¿Sigue ahí?" at 100 and "Parece que se desconectó, así que voy a cerrar esta sesión.
 *   ¡Vuelva a escribirnos cuando quiera!" at exactly 180 s of final idle (11: both pass); a greeting and "Are you still
 *   there?" with a final idle of 130 s (12: check-in pass, notice na, courteous fails); a goodbye 136 s after the answer with
 *   no check-in (20: idle fails); "Are you still there?" then "It looks like you've disconnected." with no end said, final
 *   idle 258 s (28: check-in pass, notice and courteous fail); the patron's "nah thats all i needed thx" as the last line
 *   (07: courteous fails); "We only do one question per chat, and you've had yours. Please end the chat now." (16: dismissal);
 *   "I have several other students waiting right now, so please start a new chat for the next one" (17: allowed); goodbyes
 *   "Blue skies, and thanks for stopping by the chat!", "Happy flying! Bye for now.", "Have a good night!", "Merry Christmas and
 *   thanks for chatting!", "¡Gracias por escribir! Adiós.", "¡Con gusto! Gracias por escribirnos y mucha suerte."; patron-side
 *   "thats all i needed!", "no thats it", "eso es todo", "thats all for now", "thats everything", "thats all i wanted to
 *   know", "that is all", "thats all i need", and "kinda, thanks", "ya thanks", "yep", "ok bye" that do not count;
 *  sources: faa.gov pages (become a pilot, AME locator, UAS, noise, airman certification), registry.faa.gov, data.ntsb.gov
 *   (CAROL), archives.gov, postalmuseum.si.edu, si.edu, aopa.org, ninety-nines.org, 303rdbg.com, okhistory.org, a UW digital
 *   collection, ind.com, mwaa.com, luke.af.mil, sacmuseum.org, library pages and catalogs, Fold3 through the library's
 *   databases, named books (the FAA's Airplane Flying Handbook, Gleim and ASA test prep, Russell Freedman's The Wright
 *   Brothers); none ("Download the B4UFLY app …, ask the FAA for permission", 06: an app and an agency with no way to reach
 *   them, fail);
 *  referrals: the Maryland Aviation Administration's noise office by phone (04: pass); "ask the FAA for permission" with no
 *   contact (06: LEFT); "please visit our History & Genealogy Department on Lower Level 4 of Central Library" (30: no contact,
 *   fail); the patron's branch staff asked to call the patron (21), a history librarian by transfer (13, 15), the
 *   National Archives' request form and the FAA's airman file request page as web pages to use (03, 30) — no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done 71 h after the end (09: pass); FU_ME with the
 *   stored e-mail repeated back as a question, no when, done after 73 h (10: contact and on_time fail); FU_LIB, phone read
 *   back, "within 72 hours", not yet recorded at day 1 (21: pending); "I'll look into … and get back to you" with no contact,
 *   coded Answered (22: code and contact fail, pending); FU_ME with an e-mail only in the patron fields, nothing recorded by
 *   day 4 (23: code passes, contact and on_time fail);
 *  codes: a true Lost Call (11); Lost Call after two patron lines (12: fail); null with no provider (19); "" (24: fail);
 *   Practice (18); the field left out (29: na);
 *  transfers: a notice (a hold) and an internal note why (13: pass); an internal note only (14: fail); a notice with no
 *   internal note (15: fail);
 *  concurrency: three others, four open at once from 120 s (08: fail); one ending exactly at the start, two overlapping, one
 *   starting exactly at `endedAt` (29: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi there! Thanks for reaching out." greets but identifies no one (07); a name given only in the third provider line
 *   does not satisfy "within the first two visible provider messages" (30); the service named alone ("Ask Us Now") identifies;
 * - a referral tells the patron to contact, ask or visit someone: "ask the FAA for permission before you fly" asks an agency
 *   (06); "please visit our History & Genealogy Department on Lower Level 4 of Central Library" sends the patron to the
 *   library's own department, and a floor of a building is not an e-mail, phone, postal address or URL (30); "The National
 *   Archives' online request form … is at archives.gov/…; next of kin can fill it in" and "next of kin can request the airman
 *   file online at faa.gov/…" point to web pages to use: sources, not referrals (03, 30); "I'll ask the staff at your
 *   Hyattsville branch to look into it and call you" is staff consulted on the patron's behalf (21: na);
 * - "Download the B4UFLY app" names an app without a way to reach it, and "the FAA" an organisation without one: no source (06);
 * - "Have a good night!", "Blue skies, and thanks …", "Happy flying! Bye for now." say goodbye / thank the patron;
 * - "We only do one question per chat, and you've had yours. Please end the chat now." tells the patron they have reached a
 *   limit of questions and offers no way back (16); "please start a new chat for the next one" after "several other
 *   students waiting" is the seed's allowed form (17);
 * - "It looks like you've disconnected." says the patron seems gone but not that the session will end (28: notice fails);
 * - `resolutionCode: undefined` is the field left out (the source has no codes: na, 29);
 * - a patron e-mail held in `patron.email` is a "known" contact for resolution.code (23: pass) but is not "confirmed in the
 *   chat" for followup.contact (23: fail); the same stored address repeated back in the chat and confirmed by the patron is
 *   (10: confirmed, but no when, fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one disagreement, case 06, reread against RUBRIC's
 * Referral term: the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 06: "… and if it is, ask the FAA for permission before you fly." read as no referral (na; RUBRIC
 *    fail: the patron is told to ask an agency, with no way to reach it).
 * Every timing check (pickup at 60 and 61 s, at 75 s, by `pickedUpAt` at 58 s, no provider; keep_informed at 121 and 125 s,
 * two spans of exactly 120 s across holds, "take your time", a silent transfer at 95 s; final idles of 130, 136, exactly 180
 * and 258 s; concurrency at four and at touching ends; on_time done at 71 h, late at 73 h, pending at day 1 twice, missed by
 * day 4) scored as labelled on the first run, Spanish sessions included. The redaction equality of describeSessions holds for
 * every running case (patron e-mails typed and read back, a stored e-mail repeated back, a patron phone read back, an
 * agency phone beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). `tsc -p tsconfig.json --noEmit`
 * clean.
 * RUBRIC v62 (block AB, written after this file): case 06 (AB2: "ask the FAA for permission", an agency by its acronym, is a
 *   referral) now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, text: string): Line => [sec, 's', text];

const DANA: Prov = { id: 'dana-av', name: 'Dana', library: 'WPL-KS' };
const ELI: Prov = { id: 'eli-av', name: 'Eli', library: 'TCCL' };
const MARCUS: Prov = { id: 'marcus-av', name: 'Marcus', library: 'BPL-AL' };
const NIA: Prov = { id: 'nia-av', name: 'Nia', library: 'AACPL' };
const LUCIA: Prov = { id: 'lucia-av', name: 'Lucía', library: 'MDPLS' };
const OWEN: Prov = { id: 'owen-av', name: 'Owen', library: 'WCLS-NV' };
const CHATDESK: Prov = { id: 'chatdesk-av', name: 'Chat Desk 2', library: 'PPL-AZ' };
const RAY: Prov = { id: 'ray-av', name: 'Ray', library: 'SLCPL' };
const TESS: Prov = { id: 'tess-av', name: 'Tess', library: 'LPL-OH' };
const WREN: Prov = { id: 'wren-av', name: 'Wren', library: 'DPL-CO' };
const ANA: Prov = { id: 'ana-av', name: 'Ana', library: 'MDPLS' };
const KIP: Prov = { id: 'kip-av', name: 'Kip', library: 'EPFL' };
const LEO: Prov = { id: 'leo-av', name: 'Leo', library: 'CPL-OH' };
const GRACE: Prov = { id: 'grace-av', name: 'Grace', library: 'CPL-OH' };
const MAE: Prov = { id: 'mae-av', name: 'Mae', library: 'SPL-CA' };
const JON: Prov = { id: 'jon-av', name: 'Jon', library: 'SPL-CA' };
const ZED: Prov = { id: 'zed-av', name: 'Zed', library: 'KDL' };
const KAI: Prov = { id: 'kai-av', name: 'Kai', library: 'KDL' };
const TRUDY: Prov = { id: 'trudy-av', name: 'Trudy', library: 'JOCO' };
const UMAR: Prov = { id: 'umar-av', name: 'Umar', library: 'HCLS' };
const TRAINEE: Prov = { id: 'trainee-av', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-av', name: 'Queue', library: 'VRQ' };
const BETO: Prov = { id: 'beto-av', name: 'Beto', library: 'SAPL' };
const FAYE: Prov = { id: 'faye-av', name: 'Faye', library: 'PGCMLS' };
const GUS: Prov = { id: 'gus-av', name: 'Gus', library: 'OCLS-FL' };
const HANA: Prov = { id: 'hana-av', name: 'Hana', library: 'KCLS' };
const IVY: Prov = { id: 'ivy-av', name: 'Ivy', library: 'DCPL' };
const JADE: Prov = { id: 'jade-av', name: 'Jade', library: 'ODL' };
const KEN: Prov = { id: 'ken-av', name: 'Ken', library: 'SDPL' };
const LILA: Prov = { id: 'lila-av', name: 'Lila', library: 'APL-TX' };
const MOLLY: Prov = { id: 'molly-av', name: 'Molly', library: 'IndyPL' };
const NED: Prov = { id: 'ned-av', name: 'Ned', library: 'OPL-NE' };
const OSCAR: Prov = { id: 'oscar-av', name: 'Oscar', library: 'LAPL' };

const s = session;

export const AVIATION: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 private pilot certificate at 34: "Good morning! You\'ve reached Dana", fun or career asked, faa.gov/pilots/become, "thats all i needed!"', [
    [0, 'p', 'hi what do i need to do to get my private pilot license? im 34 if that matters'],
    [22, 'l', "Good morning! You've reached Dana, a reference librarian at Wichita Public Library."],
    [29, 'l', 'Are you hoping to fly small planes for fun, or is this the first step toward flying professionally?'],
    [75, 'p', 'for fun mostly, maybe rent a cessna on weekends'],
    [82, 'l', "Then the Private Pilot certificate is the one you want. The FAA lays out the steps (student certificate, medical, knowledge test, checkride) at faa.gov/pilots/become, and our catalog has the FAA's Airplane Flying Handbook to borrow."],
    [88, 'l', 'Does that cover what you wanted to know?'],
    [130, 'p', 'yes perfect, thats all i needed!'],
    [136, 'l', 'Blue skies, and thanks for stopping by the chat!'],
  ], usual()),

  // 02 a hold answered 121 s later
  s(ELI, '02 FAA knowledge test prep books: "Give me a minute to see what we have on the shelf." answered 121 s later', [
    [0, 'p', 'do yall have study guides for the FAA written test? the private pilot one'],
    [18, 'l', 'Hey! Eli with Tulsa City-County Library here.'],
    [24, 'l', 'Do you prefer print books, or would an online practice test work?'],
    [60, 'p', 'print pls, i highlight everything lol'],
    [66, 'l', 'Give me a minute to see what we have on the shelf.'],
    [187, 'l', "Here we go: the Gleim Private Pilot FAA Knowledge Test book and ASA's Private Pilot Test Prep are both in our catalog (tccl.org, search 'FAA knowledge test'); two copies of the ASA one are in at Central right now."],
    [193, 'l', 'Is that the kind of thing you had in mind?'],
    [230, 'p', 'yess ty'],
    [236, 'l', 'Anything else I can hunt down for you?'],
    [260, 'p', 'nope'],
    [264, 'l', 'Good luck on the test, bye!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup exactly 60 s; greeting in two lines
  s(MARCUS, '03 grandfather a Tuskegee Airman: pickup at exactly 60 s, "Hey there!" + "This is Marcus, on the Ask a Librarian line", NARA form + Fold3', [
    [0, 'p', 'My grandfather was a Tuskegee Airman I think. How can I find out more about his service? His name was Clarence Odom'],
    [60, 'l', 'Hey there!'],
    [64, 'l', 'This is Marcus, on the Ask a Librarian line at Birmingham Public Library.'],
    [70, 'l', 'Do you know roughly when he served, or which squadron?'],
    [120, 'p', '1943-45 i think, he was in italy'],
    [128, 'l', "That fits the 332nd Fighter Group. The National Archives' online request form for his personnel file is at archives.gov/veterans/military-service-records; next of kin can fill it in. Fold3, free in our branches through bplonline.org > Research > Databases, has the group's unit records."],
    [134, 'l', 'Does that give you a place to start?'],
    [190, 'p', 'yes thank you so much'],
    [196, 'l', 'Anything else today?'],
    [230, 'p', "no that's it, thanks!"],
    [235, 'l', 'You are welcome, and thank you for sharing his story. Take care.'],
  ], usual()),

  // 04 pickup 61 s; a referral by phone
  s(NIA, '04 jet noise over Glen Burnie (chat-speak): 61 s pickup, jets or helicopters asked, "call the … noise office at 410-555-0177"', [
    [0, 'p', 'planes r SO loud over my house since last month in glen burnie,,, who do i even complain to??'],
    [61, 'l', 'Hi, thanks for waiting! Nia here, librarian at Anne Arundel County Public Library.'],
    [67, 'l', 'Is it mostly jets going in and out of BWI, or smaller planes and helicopters?'],
    [110, 'p', 'big jets, like every 2 min after 10pm'],
    [117, 'l', "For BWI, call the Maryland Aviation Administration's noise office at 410-555-0177; they log complaints and can tell you whether the flight paths changed. There's also an online form at marylandaviation.com/noise."],
    [123, 'l', 'Did that help?'],
    [160, 'p', 'ya ok will call tmrw'],
    [166, 'l', 'Anything else I can do for you?'],
    [190, 'p', 'no thats it'],
    [195, 'l', 'Thanks for chatting, hope you get some sleep soon!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 Spanish: becoming a commercial pilot
  s(LUCIA, '05 ser piloto comercial a los 19 (Spanish): "¡Buenas tardes! Soy Lucía", certificado médico preguntado, faa.gov/pilots/amelocator, "eso es todo"', [
    [0, 'p', 'hola, quiero ser piloto comercial pero no se por donde empezar. tengo 19 años'],
    [20, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade.'],
    [27, 'l', '¿Ya tiene el certificado médico de la FAA, o todavía no ha ido a un médico examinador?'],
    [80, 'p', 'no todavia no. eso se necesita primero?'],
    [88, 'l', 'Conviene sacarlo antes de pagar clases. El buscador oficial de médicos examinadores (AME) está en faa.gov/pilots/amelocator, y los pasos para la licencia están en faa.gov/pilots/become. ¿Le sirve esta información?'],
    [140, 'p', 'si mucho, eso es todo gracias'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte.'],
  ], usual()),

  // 06 an app and an agency named with no way to reach them
  s(OWEN, '06 DJI Mini 3 miles from Reno airport: "Download the B4UFLY app", "ask the FAA for permission" (no source, no contact)', [
    [0, 'p', 'can i fly my dji mini near the reno airport? my house is like 3 miles away'],
    [25, 'l', 'Hi, Owen at Washoe County Library System, happy to help.'],
    [31, 'l', 'Are you flying just for fun, or for a business/paid job?'],
    [70, 'p', 'fun'],
    [76, 'l', "Within about 5 miles of an airport you're usually in controlled airspace, so recreational flyers need an authorization first. Download the B4UFLY app to see whether your spot is restricted, and if it is, ask the FAA for permission before you fly."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'kinda, thanks'],
    [126, 'l', 'Happy flying! Bye for now.'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 07 greets but names no one; no completeness question; the patron has the last word
  s(CHATDESK, '07 Luke Days airshow date (emoji): "Hi there! Thanks for reaching out." under "Chat Desk 2", no "did that help", patron last', [
    [0, 'p', 'when is the luke afb airshow this year?? 🛩️🛩️'],
    [14, 'l', 'Hi there! Thanks for reaching out.'],
    [20, 'l', 'Are you asking about Luke Days specifically, or any airshow around Phoenix?'],
    [50, 'p', 'luke days'],
    [57, 'l', "Luke Days isn't on the 2026 calendar yet; the base posts it at luke.af.mil under News once it's confirmed. The Copperstate Fly-In listing at copperstate.org is the nearest confirmed show."],
    [63, 'l', 'Anything else I can check?'],
    [95, 'p', 'nah thats all i needed thx'],
  ], usual({ greeting: 'fail', complete: 'fail', courteous: 'fail' })),

  // 08 four at once
  s(RAY, '08 booking the library flight simulator: three other chats overlapping, four open at once from 120 s', [
    [0, 'p', 'Hi! I saw the library has a flight simulator?? how do I book it'],
    [30, 'l', "Hello! I'm Ray, one of the librarians at Salt Lake City Public Library."],
    [36, 'l', 'Which branch were you thinking of, and do you have a library card with us?'],
    [80, 'p', 'main library, yes i have a card'],
    [86, 'l', 'The simulator at Main (X-Plane with a yoke and rudder pedals) is booked in 2-hour slots with your card at slcpl.org/studio > Reserve Equipment.'],
    [92, 'l', 'Is that what you were looking for?'],
    [125, 'p', 'yes!!! thank you'],
    [130, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [154, 'l', 'Have fun up there, goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'ray-av', -200, 200), other('r2', 'ray-av', 50, 300), other('r3', 'ray-av', 120, 400)],
  }),

  // 09 follow-up by me, e-mail read back, "by tomorrow afternoon", done at 71 h
  s(TESS, '09 N4471K circling a farm (follow-up by me): registry.faa.gov, e-mail read back, "by tomorrow afternoon", done 71 h after the end', [
    [0, 'p', 'how do I find out who owns a plane? I have the tail number N4471K. it keeps circling my farm'],
    [20, 'l', 'Good afternoon, this is Tess at Lorain Public Library Ask Us.'],
    [26, 'l', 'Do you just need the current registered owner, or its history too?'],
    [70, 'p', 'current owner, and whether its a crop duster or what'],
    [77, 'l', "The FAA Aircraft Registry's N-number search at registry.faa.gov/aircraftinquiry shows the registered owner, make and model; N4471K comes up there as a 1978 Piper. I'd like to check the county airport's based-aircraft list too and send you what I find. What e-mail should I use?"],
    [130, 'p', 'm.kowal.farm@example.net'],
    [136, 'l', "Thanks, that's m.kowal.farm@example.net. I'll e-mail you by tomorrow afternoon."],
    [142, 'l', 'Does the registry search answer the main question for now?'],
    [180, 'p', 'yes thanks'],
    [186, 'l', 'Anything else I can help with today?'],
    [205, 'p', 'no thats all'],
    [210, 'l', 'Thank you for chatting with us, bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(215 + 71 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by me, the stored e-mail repeated back, no time, done at 73 h
  s(WREN, '10 great-uncle\'s B-17 logbook (follow-up by me): stored e-mail repeated back "Is brandt.family@… still the best address?", no when, done at 73 h', [
    [0, 'p', 'my great uncle flew b-17s out of england, ww2. family says he kept a log book but we lost it. is there any copy anywhere?'],
    [35, 'l', "Hi, I'm Wren, a librarian with Denver Public Library's chat service."],
    [41, 'l', 'Do you know his bomb group, or at least his full name and hometown?'],
    [100, 'p', 'Walter Brandt, from Pueblo. 303rd bomb group maybe'],
    [107, 'l', "Personal logbooks usually stayed with the family, but the 303rd's records survive, and the 303rd Bomb Group association's site, 303rdbg.com, has crew lists by name. I'll search the WWII Pueblo newspapers in our Western History collection for him and e-mail you what turns up. Is brandt.family@example.org still the best address?"],
    [150, 'p', 'yes thats me'],
    [156, 'l', 'Did the crew lists help in the meantime?'],
    [200, 'p', 'yes found him on a crew!!'],
    [206, 'l', 'Wonderful. Anything else?'],
    [220, 'p', 'no thank u'],
    [225, 'l', 'Thanks for chatting, take care.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'brandt.family@example.org', phone: null }, followUps: [{ doneAt: at(230 + 73 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 11 Spanish Lost Call: check-in, then notice + invitation back at exactly 180 s of idle
  s(ANA, '11 simulador de vuelo en Hialeah (Spanish, Lost Call): saludo, "¿Sigue ahí?" a los 100, aviso + invitación a volver a los 202 (180 s)', [
    [0, 'p', 'buenas, hay algún simulador de vuelo en la biblioteca de hialeah?'],
    [22, 'l', '¡Hola! Le atiende Ana, de Ask a Librarian de Miami-Dade. ¿En qué le puedo ayudar?'],
    [100, 'l', '¿Sigue ahí?'],
    [202, 'l', 'Parece que se desconectó, así que voy a cerrar esta sesión. ¡Vuelva a escribirnos cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Lost Call with two patron lines, 75 s pickup, check-in, no goodbye
  s(KIP, '12 College Park Aviation Museum on Mondays: "hello?" before a 75 s pickup, "Are you still there?" at 200, coded Lost Call', [
    [0, 'p', 'is the college park aviation museum open on mondays'],
    [45, 'p', 'hello?'],
    [75, 'l', 'Hello, Kip at the Ask Us Now desk here.'],
    [200, 'l', 'Are you still there?'],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 a transfer with a notice and a note that says why
  s(LEO, '13 great-grandfather flew the 1920s air mail: "I\'m passing you to her now, one moment" + internal note why, Grace 74 s later', [
    [0, 'p', 'my great grandpa flew the air mail in the 1920s, out of Cleveland. where would records of that be?'],
    [24, 'l', 'Hi, this is Leo at Cleveland Public Library.'],
    [30, 'l', 'Was he a Post Office pilot, or flying for a contract airline after 1926?'],
    [80, 'p', 'post office i think, before the airlines took over'],
    [86, 'l', "Our history librarian Grace knows the air mail collections well, so I'm passing you to her now, one moment."],
    [89, 'i', 'Grace, patron wants records of a 1920s Post Office air mail pilot (Cleveland) - your area, can you take it?'],
    xfer(92, 'Grace', 'grace-av'),
    [160, 'l', "Hello! Grace here, history librarian at Cleveland Public Library. The Smithsonian National Postal Museum's list of air mail pilots is at postalmuseum.si.edu/airmail, and the National Archives' page on Post Office personnel files is archives.gov/st-louis.", as(GRACE)],
    [166, 'l', 'Does that get you started?', as(GRACE)],
    [210, 'p', 'yes amazing, thats all for now'],
    [216, 'l', 'Thank you, and good luck with the research!', as(GRACE)],
  ], usual({ transfer: 'pass' })),

  // 14 a silent transfer
  s(MAE, '14 Part 107 for real-estate photos: internal note only, silent transfer, Jon 95 s after the patron with faa.gov/uas', [
    [0, 'p', 'how do i get a part 107 drone license. want to do real estate photos'],
    [20, 'l', 'Hello! Mae with the Ask a Librarian service at Sacramento Public Library.'],
    [26, 'l', 'Have you flown drones before, or are you starting from zero?'],
    [60, 'p', 'flown for fun a couple years'],
    [64, 'i', 'Jon, can you grab this? Part 107 question, you ran the drone program'],
    xfer(67, 'Jon', 'jon-av'),
    [155, 'l', "Hi, Jon here, I ran our drone workshops. For Part 107 you pass the FAA's Unmanned Aircraft General knowledge test; the Remote Pilot study guide, the test details and how to schedule it are at faa.gov/uas/commercial_operators.", as(JON)],
    [161, 'l', 'Does that answer your question?', as(JON)],
    [200, 'p', 'yep thanks. thats everything'],
    [205, 'l', 'Great, thanks for using Ask a Librarian!', as(JON)],
  ], usual({ transfer: 'fail' })),

  // 15 a transfer notice with no internal note, the receiver 125 s after it
  s(ZED, '15 the old airfield where the Walmart is: "I\'ll transfer you to Kai … Hang on a sec." with no internal note, Kai 125 s later', [
    [0, 'p', 'there used to be an airport where the walmart is now on 28th st, when did it close?? lived here 40 yrs never knew'],
    [28, 'l', 'Hi! Zed here from Kent District Library.'],
    [34, 'l', 'Which township is this in?'],
    [62, 'p', 'cascade township'],
    [70, 'l', "I'll transfer you to Kai in our local history room, he'll know. Hang on a sec."],
    xfer(74, 'Kai', 'kai-av'),
    [195, 'l', "Hello, Kai in Local History. It was a small private airfield that closed in the early 1980s; the county's historical aerial photos at kentcountymi.gov/aerials show the runway in the 1960s and 1970s images, and our Grand Rapids Press index in the catalog lists the closing story.", as(KAI)],
    [201, 'l', 'Is that what you were after?', as(KAI)],
    [240, 'p', 'wow yes. thats all i wanted to know'],
    [245, 'l', 'Thanks for asking us!', as(KAI)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 16 a limit of questions, no way back
  s(TRUDY, '16 cost, age and flight schools near KC: "We only do one question per chat, and you\'ve had yours. Please end the chat now."', [
    [0, 'p', 'how much does it cost to become a pilot? also how old do you have to be? also where are flight schools near kansas city'],
    [20, 'l', 'Hi, Trudy from Johnson County Library here.'],
    [26, 'l', 'Is this for a private certificate or a career track?'],
    [55, 'p', 'private for now'],
    [62, 'l', "AOPA's cost guide at aopa.org/training puts a private certificate around $12,000-$18,000, and you can solo at 16 and get the certificate at 17."],
    [68, 'l', 'Did that help?'],
    [100, 'p', 'yea. ok now flight schools near me? and do i need perfect vision'],
    [108, 'l', "We only do one question per chat, and you've had yours. Please end the chat now."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 17 other students waiting, invited back
  s(UMAR, '17 Wright brothers for 7th grade: "several other students waiting … start a new chat for the next one" (allowed)', [
    [0, 'p', 'hi! working on a school project on the Wright brothers. when was the first flight and how long did it last'],
    [15, 'l', 'Hello and welcome to Ask Us Now! Umar here, librarian at Howard County Library System.'],
    [21, 'l', 'What grade is the project for? I can pick sources at the right reading level.'],
    [50, 'p', '7th'],
    [57, 'l', 'December 17, 1903, at Kitty Hawk: the first flight lasted 12 seconds and covered 120 feet. The Smithsonian page si.edu/spotlight/wright-brothers is at the right level, and our catalog has The Wright Brothers: How They Invented the Airplane by Russell Freedman.'],
    [63, 'l', 'Does that answer it?'],
    [95, 'p', 'yes!! now can u tell me about amelia earhart, and the spirit of st louis, and who broke the sound barrier, and the first jet'],
    [103, 'l', 'Those are great topics! I have several other students waiting right now, so please start a new chat for the next one, or try our Homework Help page at howardcountylibrary.org/homework. Thanks for chatting!'],
    [120, 'p', 'ok bye'],
  ], usual({ anything: 'fail' })),

  // 18 Practice
  s(TRAINEE, '18 practice chat (airshow script): coded Practice, every check na', [
    [0, 'p', 'test - airshow parking question'],
    [6, 'l', 'testing the airshow canned reply'],
    [12, 'l', 'Airshow info: samplelibrary.org/airshow. Did that help?'],
    [20, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(NOBODY, '19 books on building an ultralight: no provider ever joined, "hello anyone", patron left, code null', [
    [0, 'p', 'does the library have books on how to build an ultralight aircraft'],
    waitLine(2, 'All of our librarians are helping other patrons. Please stay on this page.'),
    [150, 'p', 'hello anyone'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 mixed Spanish and English; a goodbye 136 s after the answer, no check-in
  s(BETO, '20 drone en Comanche Lookout cerca del aeropuerto (Spanish/English): answer at 78, "¿Le sirve?", goodbye at 214 with no check-in', [
    [0, 'p', 'hola! quick question, vivo cerca del aeropuerto de san antonio, puedo volar mi drone en el parque?'],
    [20, 'l', '¡Hola! Soy Beto, bibliotecario de San Antonio Public Library. Happy to help in English or Spanish.'],
    [26, 'l', '¿Qué parque es, más o menos?'],
    [70, 'p', 'el de Comanche Lookout, like 4 miles from the airport'],
    [78, 'l', 'Comanche Lookout es parque de la ciudad, y la ciudad limita los drones en sus parques; además queda dentro del espacio aéreo del aeropuerto. El mapa de la FAA para drones recreativos está en faadronezone-access.faa.gov y las reglas de la ciudad en sanantonio.gov/ParksAndRec.'],
    [84, 'l', '¿Le sirve?'],
    [214, 'l', '¡Gracias por escribir! Adiós.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 21 follow-up by the patron's library, phone read back, "within 72 hours", pending
  s(FAYE, '21 women pilots\' scholarships at College Park (follow-up by patron\'s library): phone read back, "call within 72 hours", pending', [
    [0, 'p', "Hello, I am a 52 year old woman and I want to learn to fly. Are there any scholarships or groups for women pilots in Prince George's County?"],
    [26, 'l', 'Good evening and welcome! This is Faye, a librarian with Ask Us Now.'],
    [32, 'l', 'Would you be training at a particular airport, like College Park or Freeway?'],
    [90, 'p', 'College Park is closest to me'],
    [97, 'l', "The Ninety-Nines, the international organization of women pilots, lists chapters and scholarships at ninety-nines.org. For what's offered at College Park itself, I'll ask the staff at your Hyattsville branch to look into it and call you. What number should they use?"],
    [150, 'p', '301-555-0199, evenings are better'],
    [156, 'l', "Got it: 301-555-0199, evenings. They'll call you within 72 hours."],
    [162, 'l', 'Does the Ninety-Nines site help in the meantime?'],
    [200, 'p', 'yes, very much. that is all'],
    [206, 'l', 'Thank you so much for chatting, and good luck!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  // 22 a promise with no contact, coded Answered; pickedUpAt 58 s, first line at 90
  s(GUS, '22 A&P mechanic school near Orlando: pickedUpAt 58 s (first line 90), "I\'ll look into … and get back to you", no contact, coded Answered', [
    [0, 'p', 'how long does it take to get an A&P mechanic license?'],
    [90, 'l', 'Hi! Gus here, reference librarian at Orange County Library System.'],
    [96, 'l', 'Are you thinking of a school program or learning on the job?'],
    [135, 'p', 'school, theres one at the orlando airport i think'],
    [142, 'l', "FAA-approved Part 147 schools take about 18-24 months; the FAA's list of approved schools is on faa.gov (search 'Part 147 schools'). I'll look into the program at the Orlando airport and get back to you with details."],
    [148, 'l', 'Did that help?'],
    [180, 'p', 'ya thanks'],
    [186, 'l', 'Thanks for using the chat, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { pickedUpAt: at(58) }),

  // 23 coded follow-up by me, e-mail only in the patron fields, never mentioned; deadline passed
  s(HANA, '23 grandma riveted B-17s at Boeing Plant 2 (run-on): coded Follow-up by me, e-mail only in patron fields, nothing recorded by day 4', [
    [0, 'p', 'my grandma riveted b-17s at boeing plant 2 in seattle during the war im trying to find a photo of her or anything her name was dorothy mae pruitt she was from yakima'],
    [40, 'l', 'Hello! Hana with King County Library System, glad to help.'],
    [46, 'l', 'Do you know what years she worked there?'],
    [95, 'p', '1942 to 44'],
    [102, 'l', "The Museum of History & Industry's photo collection, searchable at digitalcollections.lib.washington.edu (MOHAI), has hundreds of Plant 2 workers from those years, some named, and the Boeing News employee paper is indexed there too."],
    [108, 'l', 'Does that help you get started?'],
    [160, 'p', 'yes i will look thank you'],
    [166, 'l', 'Anything else?'],
    [180, 'p', 'no'],
    [184, 'l', 'Take care, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'dmp.grandkid@example.com', phone: null },
  }, { now: T0 + 4 * DAY }),

  // 24 the first source before any question; code ""
  s(IVY, '24 helicopters over Capitol Hill: mwaa.com/noise given first, "Was it military helicopters?" after, "Have a good night!", code ""', [
    [0, 'p', 'helicopters over capitol hill all night, where do i report it'],
    [12, 'l', 'Hi, Ivy at DC Public Library here!'],
    [18, 'l', "You can report helicopter noise through the Metropolitan Washington Airports Authority's noise page, mwaa.com/noise. The FAA's noise page, faa.gov/noise, explains what they can and can't do about it."],
    [24, 'l', 'Was it military helicopters, do you know?'],
    [60, 'p', "no idea, they're loud tho"],
    [66, 'l', 'The MWAA page will route it either way. Did that help?'],
    [100, 'p', 'yes thx'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Have a good night!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 25 a restatement as the clarifying step
  s(JADE, '25 grandpa\'s Piper Cub N7218H, still flying? (emoji): "So you\'d like to trace N7218H …" restated, registry + okhistory.org', [
    [0, 'p', 'my grandpa owned a piper cub in the 50s, N-number was N7218H i think. wondering what happened to it, is it still flying???'],
    [22, 'l', 'Hi there, Jade from the Oklahoma Department of Libraries.'],
    [28, 'l', "So you'd like to trace N7218H from your grandpa's time to today, and see whether it's still registered."],
    [60, 'p', 'yes exactly!!'],
    [66, 'l', "Start with the FAA registry search at registry.faa.gov/aircraftinquiry: if N7218H is current, it shows the owner and status. For the full chain of owners, the aircraft's records can be ordered on CD through the same site (Aircraft Records). The Oklahoma Historical Society's aviation files, at okhistory.org/research, may have photos too."],
    [72, 'l', 'Does that give you what you were looking for?'],
    [110, 'p', 'yes!!! 😭 thank u thats all'],
    [116, 'l', 'My pleasure! Thanks for writing in.'],
  ], usual()),

  // 26 holds exactly 120 s apart
  s(KEN, '26 a 1967 Bonanza crash near Ramona: hold at 96, "I\'m still searching" at 216, answer at 336 (two spans of exactly 120 s)', [
    [0, 'p', 'my grandfather died in a small plane crash in 1967 near Ramona CA. is there an accident report somewhere?'],
    [30, 'l', "Hello, I'm Ken, a librarian at San Diego Public Library. I'm sorry about your grandfather."],
    [36, 'l', 'Do you know the month, or the type of plane?'],
    [90, 'p', 'august 1967, a beechcraft bonanza'],
    [96, 'l', 'Let me look through the accident databases, one moment.'],
    [216, 'l', "I'm still searching. The NTSB's database goes back to 1962, so 1967 should be there; checking the Bonanza entries now."],
    [336, 'l', "Found it: the NTSB brief for August 1967 near Ramona lists a Beech 35 Bonanza. Search CAROL at data.ntsb.gov/carol-main-public with date 08/1967, state CA. The San Diego Union for that week, in our newspaper archive at sandiego.gov/public-library (Research > Newspapers), will have the story."],
    [342, 'l', 'Is this what you were looking for?'],
    [400, 'p', 'yes. thank you, this means a lot. that is all'],
    [406, 'l', 'Take care, and thank you for reaching out.'],
  ], usual()),

  // 27 "take your time", the patron away 250 s
  s(LILA, '27 walk-in at the Central flight sim: "No problem, take your time." then the patron back 250 s later, "yep"', [
    [0, 'p', 'can i use the flight simulator at the central library without a reservation??'],
    [18, 'l', "Hi! It's Lila at Austin Public Library's Ask a Librarian."],
    [24, 'l', 'Do you have an Austin Public Library card? Walk-ins need one to sign in.'],
    [50, 'p', 'hmm i think so, lemme find it in my wallet brb'],
    [56, 'l', 'No problem, take your time.'],
    [306, 'p', 'ok found it!! its the blue one'],
    [313, 'l', "Perfect. Walk-ins are fine when the simulator's free; live availability is at library.austintexas.gov/central/flight-sim, and you can reserve on the same page up to a week ahead."],
    [319, 'l', 'Did that answer your question?'],
    [350, 'p', 'yep'],
    [355, 'l', 'Have fun flying! Thanks for chatting.'],
  ], usual({ anything: 'fail' })),

  // 28 check-in, then a notice that does not say the session will end
  s(MOLLY, '28 noise maps near Indy airport: answer at 67, "Are you still there?" at 200, "It looks like you\'ve disconnected." at 320 (no end said)', [
    [0, 'p', 'buying a house near indy airport, is there a map of where the noise is worst?'],
    [20, 'l', "Hi, Molly here with Indianapolis Public Library's Ask a Librarian."],
    [26, 'l', 'Which neighborhood is the house in?'],
    [60, 'p', 'near Plainfield, south of the airport'],
    [67, 'l', "The airport's Part 150 noise study has the noise contour maps: ind.com/noise (look for the Noise Exposure Maps). The FAA also keeps the study on faa.gov (search 'IND Part 150')."],
    [73, 'l', 'Does that help?'],
    [200, 'l', 'Are you still there?'],
    [320, 'l', "It looks like you've disconnected."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 29 three at most, touching ends; no codes in the source
  s(NED, '29 SAC museum on Christmas Eve: one chat ending at the start, two overlapping, one starting at the end; no resolution code field', [
    [0, 'p', 'is the SAC museum open on christmas eve'],
    [16, 'l', 'Hi! This is Ned at Omaha Public Library.'],
    [22, 'l', 'Are you planning to go on the 24th this year?'],
    [40, 'p', 'yeah with my kids'],
    [46, 'l', 'Per their hours page (sacmuseum.org/visit), they close early, at 2 pm, on Christmas Eve and are closed on Christmas Day.'],
    [52, 'l', 'that answer it?'],
    [70, 'p', 'yup thank you thats all i need'],
    [75, 'l', 'Merry Christmas and thanks for chatting!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }, {
    otherIntervals: [other('n1', 'ned-av', -400, 0), other('n2', 'ned-av', -100, 50), other('n3', 'ned-av', 30, 200), other('n4', 'ned-av', 80, 300)],
  }),

  // 30 identified only in the third message; the library's own department with no contact
  s(OSCAR, '30 grandmother\'s 1931 pilot license: "Hello!" + a question, name only in the third line, "visit our History & Genealogy Department" (no contact)', [
    [0, 'p', "trying to find a copy of my grandmother's pilots license, she got it in 1931 in los angeles. Helen Voss"],
    [18, 'l', 'Hello!'],
    [24, 'l', 'What a great family story. Do you know if she flew commercially or just privately?'],
    [70, 'p', 'privately i think, she flew out of grand central air terminal in glendale'],
    [76, 'l', "I'm Oscar, a librarian at Los Angeles Public Library, by the way. Airman records from the 1930s are kept by the FAA; next of kin can request the airman file online at faa.gov/licenses_certificates/airmen_certification. For photos, please visit our History & Genealogy Department on Lower Level 4 of Central Library and ask for the aviation clipping files."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes thank you!'],
    [126, 'l', 'Anything else I can look for?'],
    [150, 'p', 'no thats all'],
    [155, 'l', 'Thank you for chatting, have a lovely day!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => AVIATION.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-eighth round: aviation, airports and pilot training, checked', () => {
  describeSessions('whole sessions', AVIATION.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', AVIATION.filter((c) => c.name in LEFT_WHY));
});
