/**
 * Fifty-sixth round, theme DRIVER'S LICENSES, VEHICLE REGISTRATION, TITLES, TAGS AND THE MVA / DMV, checked: 30 whole
 * sessions no one had written, from public library and statewide "ask a librarian" chats: REAL ID before a flight, a
 * registration renewal without the notice (VA), a lost title before a sale (PA MV-38O), a license without a Social
 * Security number (Spanish, MD), a driving record for a job, a truck passing to the surviving spouse (OH), a vanity plate
 * search, a VEIP emissions exemption, a dealer who never filed the title while the paper tags run out (TX), a bill of sale
 * (IN), a temporary disability placard, a Class M motorcycle license (GA), a new resident's plates (FL to NC), a license
 * suspended over parking tickets (MO), old plates on a new car (MD), a Marketplace car with a signed title (GA), a stolen
 * plate (DC), MVA hours, 1965 plate colours for a historic Mustang, a driver's manual in Nepali, a salvage title, crash
 * numbers for a dangerous interchange, an International Driving Permit, a speed camera ticket for a sold car, antique plates
 * on a 1972 pickup (VA), open recalls by VIN, a DOT medical card for a CDL permit (AZ), a teen's learner's permit, an address
 * change at the RMV (MA). Providers point to the MVA, DMV, BMV, NCDMV, DDS, RMV, TxDMV, PennDOT, ADOT MVD, NHTSA, FMCSA, AAA,
 * the Georgia DOR, county title and tag offices, a court, the patron's insurer and surgeon, the library's notary and
 * reference desk. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels
 * copied aside to /tmp/fiftySixthRoundVehicles-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 35 s pickup (01); a patron "hello??" in the queue and a 75 s pickup (02: fail); `pickedUpAt`
 *   at 50 s with the first line at 150 (14: pickup 50 s); "This is Ray at the Carnegie Library's Ask Us service." with no
 *   greeting word (03: fail); "One sec, reading your question!" (a hold) then "Hi, I'm Delia …" in the second line (17:
 *   pass); Spanish "¡Buenas tardes! Habla Lucía, bibliotecaria …" (04); curt "hi this is Dom @ the library" (07); chat-speak
 *   "hey! Sam from the Harford County Public Library chat 😊" (29); no provider ever joined (19);
 *  inquiry: a star on the card, lien or not, learner's permit or first license, married or not, model year and mileage, cash
 *   or financed, temporary or permanent, course or not, who holds the title, city or DOR suspension, plates turned in or not,
 *   a bill of sale, plate colour or plate type, manual or practice tests, repaired or not, which intersection, renting or
 *   not, shows or commuting, the VIN, which state, the patron's age; a legal forms database named before "Which state are
 *   you selling in?" (10: fail); a restatement with no question mark ("So your rear plate was stolen and you need a
 *   replacement …", 18, LEFT); no question at all (07: fail);
 *  waits: "ok let me check" then 130 s with a patron "?" inside (08: fail); holds then 70-89 s (01, 04, 06, 13, 20, 23);
 *   holds at 76/180/285 with one a partial result that says the search goes on (26: pass); a hold answered exactly 120 s
 *   later (27: pass, "longer than"); "Sure, take your time!" then the patron back 260 s later (27: waiting on the patron);
 *   a silent transfer (note only), the receiver 80 s after the patron (24); transfers announced as holds, the receiver 62-74 s
 *   later (09, 25, 28); the patron's "wow ok" as the last line 5 s before the end (14);
 *  endings: a greeting-only Lost Call with a check-in at 170 and "It seems you've disconnected, so I'll end this chat now.
 *   Feel free to chat back in anytime" at 290 (05: final idle 265 s, all pass); "Still there?" at 310 and a goodbye at 390
 *   with no notice (13: final idle 240 s, disconnect fails); a goodbye 119 s after the answer (10: idle na); a check-in at 186
 *   and a notice + thanks at 246, final idle exactly 180 s (30: both apply, both pass); "We limit chats to 15 minutes and
 *   we're past that, so I need to close this now." (14: dismissal, courteous fails); "a couple of other patrons waiting …
 *   Please chat back in later, or call our reference desk" (15: allowed); the patron's "thats everything" as the last line
 *   with no goodbye (26: courteous fails); goodbyes "Thanks for chatting with Ask Us, and safe travels.", "¡A usted! Gracias
 *   por usar nuestro chat.", "Sure thing, ride safe! Thanks for chatting.", "np! good luck on the test, bye!", "bye";
 *   patron-side "that's all I needed", "es todo", "thats everything", "thats all for now", "thats all, thanks", and "ok",
 *   "yes thank you" that do not count;
 *  sources: MVA, Virginia DMV, pa.gov/dmv, BMV, TxDMV, in.gov, Georgia DDS and DOR, NCDMV, Missouri DOR, DC DMV, mass.gov,
 *   NHTSA, FMCSA, azdot.gov, aaa.com, travel.state.gov, opendata.maryland.gov, the library's legal forms database path;
 *  referrals: the MVA by phone in Spanish ("puede comunicarse con la MVA al …", 04); a Clerk of Courts title office by
 *   street address and phone (06); TxDMV's Enforcement Division by URL and phone (09); the library's notary by phone (10);
 *   "Ask her surgeon to fill out and sign …" (11: no contact); "call your insurance company" (13: no contact); the
 *   reference desk by phone (15); "Take them to your county Tag Office" with only the state DOR's URL (17: no contact);
 *   AAA ("apply by mail or at a AAA branch … aaa.com/…", 24, LEFT); the court and the MVA by URL (25, LEFT); a medical
 *   examiner and ADOT MVD by URL (28, LEFT); "take the knowledge test at the MVA — book it at mva.maryland.gov/appointments"
 *   (29, LEFT); staff consulted on the patron's behalf (the law librarian, 06; Washington County's staff, 21) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Thursday morning", done at 10:30 -04:00 on day 3, 71.4 real
 *   hours after the end (06: pass; a wall-clock reading would give 72.4 h); a promise to e-mail with the e-mail read back and
 *   no time, coded Answered (20: code, contact fail, pending); FU_LIB by phone read back, "within 72 hours", done after 80 h
 *   (21: late); FU_ME with the e-mail only in `patron.email` ("the address on your library account"), "by Friday", not done
 *   by day 5 (22); FU_ME with no e-mail or phone anywhere ("id rather not give my email … check back here tomorrow"), done
 *   in 20 h (23: code fails, contact fails, on_time passes); the patron's own e-mail typed with "We can't send e-mail from
 *   this chat" (30: no follow-up session);
 *  codes: a true Lost Call (05); Lost Call after three patron lines (18); Lost Call with no provider and one patron line
 *   (19: pass); an empty string (17); Practice (16);
 *  transfers: a notice (a hold) and an internal note that says why (09, 25: pass); an internal note only (24: fail); a notice
 *   with the note 4 s after the transfer (28: fail, "before the transfer");
 *  concurrency: four at once (12: fail); the transferring provider at three other chats only after his transfer (25: pass,
 *   judged over the part he handled).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Ray at …" names who answers but greets no one (hello, hi, welcome, thanks for contacting …): fail (03);
 *   "hey!" is a greeting and "Sam from the … chat" identifies (29); "hi this is Dom @ the library" does both (07);
 * - "Want me to find the current fee too?" asks about something not yet given: no completeness question (03);
 *   "That answer it?", "¿Le sirve esta información?", "Does the historic plate page help for now?", "Does the manual link
 *   help in the meantime?", "Does the crash data portal work for now?" ask whether what was given meets the need;
 * - "So your rear plate was stolen and you need a replacement from the DC DMV — got it." restates the question (18);
 * - "Ask her surgeon to fill out and sign the medical certification part" (11) and "call your insurance company and have
 *   them write you a North Carolina policy" (13) tell the patron to ask or call a person or organisation outside the chat:
 *   referrals with no contact (the project's reading of "Ask your child's former pediatrician …");
 * - "Take them to your county Tag Office" (17) refers to the county office; the Georgia Department of Revenue's page is a
 *   source from another agency, not a way to reach the county office: no contact (fail);
 * - telling the patron to apply at, book with, bring papers to, tell or give a card to an agency or person outside the chat
 *   (AAA, the District Court, the MVA, a medical examiner, ADOT MVD) is a referral, reached when that party's own URL is
 *   given with it (24, 25, 28, 29); "NCDMV requests it from them for you" (13) and "I'll pass your question to their staff"
 *   (21) send the patron nowhere;
 * - "our Main Library has a free notary; call 260-…" (10) and "call our reference desk at 410-…" (15) tell the patron to
 *   contact the provider's own library's departments: referrals, with a phone;
 * - "I'll have it ready by tomorrow at noon — just chat back in" promises to find more later: a follow-up session (23); with
 *   no e-mail or phone in the patron fields or the chat, the follow-up code fails resolution.code and followup.contact fails;
 *   "We can't send e-mail from this chat, but here's the link" promises nothing (30);
 * - "We limit chats to 15 minutes and we're past that, so I need to close this now." tells the patron their time is up with
 *   no way back (14); "It seems you've disconnected, so I'll end this chat now. Feel free to chat back in anytime" ends a
 *   no-show, not the help, and is a goodbye (it invites back and does not ask whether the patron is there), so the final
 *   idle ends at it (05);
 * - with `pickedUpAt` at 50 s and the first line at 150 s, pickup is 50 s and only the 100 s after pickup count for
 *   keep_informed (14);
 * - the transferring provider is judged over [startedAt, transfer): chats of his that overlap only the receiving
 *   provider's part do not count against this session (25).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5. Label corrections: 0.
 * Final: 25 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - inquiry.clarify, case 18: "So your rear plate was stolen and you need a replacement from the DC DMV — got it." not read
 *    as a restatement, so the DC DMV page is "a source without first asking" (fail; RUBRIC pass);
 *  - referral.contact, case 24: "In the US they're issued by AAA: apply by mail or at a AAA branch, the form and fee are at
 *    aaa.com/…" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 25: "Bring the dated bill of sale to court … Also tell the MVA the car was sold … mva.maryland.gov"
 *    read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 28: "book the exam with any examiner listed there. Then give the card to ADOT MVD; the steps are
 *    at azdot.gov/mvd" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 29: "u take the knowledge test at the MVA — book it at mva.maryland.gov/appointments" read as no
 *    referral (na; RUBRIC pass).
 * Every timing check (pickup at 75 s and by `pickedUpAt`, no provider, keep_informed at 130 s, exactly 120 s, across holds,
 * a partial-result hold, "take your time" and three transfers, final idles of 119, 180, 240 and 265 s, concurrency at four
 * and across a transfer, on_time done across a -04:00 offset / late / pending / not done by day 5) scored as labelled on
 * the first run; every disagreement is about words (four referral.contact, one inquiry.clarify). The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed in the chat and read back, an e-mail in
 * `patron.email`, a patron phone read back).
 *
 * ON v51's last readings (block Q's Q20, written from this file): case 18's "So your rear plate was stolen and you need a
 *   replacement from the DC DMV — got it." restates the need, as labelled, and runs: 26 running, 4 LEFT.
 * ON v52 (block R): case 24's "apply by mail or at a AAA branch" (R4) and case 29's "u take the knowledge test at the MVA — book
 *   it at …" (R5) read as labelled and run: 28 running, 2 LEFT (25, 28).
 * ON v53 (block S): case 28's "Then give the card to ADOT MVD" (S10) reads as labelled and runs: 29 running, 1 LEFT (25).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (5 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will join you shortly.`];

const ADAEZE: Prov = { id: 'adaeze', name: 'Adaeze', library: 'BCPL' };
const KEISHA: Prov = { id: 'keisha', name: 'Keisha', library: 'FCPL-VA' };
const RAY: Prov = { id: 'ray-c', name: 'Ray', library: 'CLP' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'PGCMLS' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'ECPL' };
const BRENNA: Prov = { id: 'brenna', name: 'Brenna', library: 'CML' };
const DOM: Prov = { id: 'dom', name: 'Dom', library: 'AACPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'HCLS' };
const MARTA: Prov = { id: 'marta', name: 'Marta', library: 'HPL-TX' };
const OLU: Prov = { id: 'olu', name: 'Olu', library: 'HPL-TX' };
const FRANCINE: Prov = { id: 'francine', name: 'Francine', library: 'ACPL-IN' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'MCPL' };
const TRAVIS: Prov = { id: 'travis', name: 'Travis', library: 'WCPL-GA' };
const KENJI: Prov = { id: 'kenji', name: 'Kenji', library: 'WCPL-NC' };
const PHIL: Prov = { id: 'phil', name: 'Phil', library: 'SLPL' };
const ROXANNE: Prov = { id: 'roxanne', name: 'Roxanne', library: 'EPFL' };
const TRAINEE: Prov = { id: 'trainee-v', name: 'Trainee Seat 4', library: 'TRN' };
const DELIA: Prov = { id: 'delia', name: 'Delia', library: 'GCPL' };
const ABEL: Prov = { id: 'abel', name: 'Abel', library: 'DCPL' };
const QUEUE: Prov = { id: 'askus-queue', name: 'Ask Us queue', library: 'STATE' };
const WILMA: Prov = { id: 'wilma', name: 'Wilma', library: 'MDSL' };
const NOOR: Prov = { id: 'noor', name: 'Noor (statewide)', library: 'STATE' };
const ELLIOT: Prov = { id: 'elliot', name: 'Elliot', library: 'FCPL-MD' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'AACPL' };
const CALEB: Prov = { id: 'caleb', name: 'Caleb', library: 'OPPL' };
const ZORA: Prov = { id: 'zora', name: 'Zora', library: 'OPPL' };
const IVAN: Prov = { id: 'ivan', name: 'Ivan', library: 'BCPL' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'BCPL' };
const GLEN: Prov = { id: 'glen', name: 'Glen', library: 'CCPL-VA' };
const MAYA: Prov = { id: 'maya', name: 'Maya', library: 'SPL-CA' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'PCPL' };
const PETRA: Prov = { id: 'petra', name: 'Petra', library: 'PCPL' };
const SAM: Prov = { id: 'sam-h', name: 'Sam', library: 'HCPL-MD' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'BPL' };

export const fiftySixthRoundVehicles: SessionCase[] = [
  // 01 REAL ID before a flight: everything passes
  s(ADAEZE, '01 REAL ID before a flight (MD): queue line, a star on the card asked, hold, MVA checklist URL, "that\'s all I needed"', [
    [0, 'p', 'hi does my license need to be a real id to fly? it expires in june anyway. what do i bring to the mva'],
    queue(3),
    [35, 'l', "Good afternoon! This is Adaeze, a librarian with Baltimore County Public Library's Ask Us chat."],
    [41, 'l', 'Is your current license from Maryland, and does it have a star in the top right corner?'],
    [95, 'p', 'yes maryland, no star. i got it in 2014'],
    [100, 'l', "Thanks — let me pull up the MVA's document list."],
    [170, 'l', "Yes: since May 7, 2025 you need a REAL ID (or a passport) to board domestic flights. Since your card has no star, your renewal will need the REAL ID documents. The MVA's checklist is at mva.maryland.gov/realid, and the Document Guide on that page builds your list: one proof of identity (birth certificate or passport), your Social Security number, and two proofs of Maryland address."],
    [176, 'l', 'Does that answer your question?'],
    [240, 'p', "perfect, that's all I needed. thanks!"],
    [245, 'l', "You're welcome! Thanks for chatting with Ask Us, and safe travels."],
  ], usual()),

  // 02 pickup after 75 s
  s(KEISHA, '02 VA registration renewal without the notice (chat-speak): patron "hello??" in the queue, pickup 75 s, plate + last 4 of the VIN', [
    [0, 'p', 'how do i renew my car registration online virginia, got the notice but lost it'],
    queue(4, 2),
    [50, 'p', 'hello??'],
    [75, 'l', 'Hi, sorry for the wait! This is Keisha at Ask a Librarian, Fairfax County Public Library.'],
    [81, 'l', 'Do you have your license plate number and your VIN handy? You can renew without the notice if so.'],
    [130, 'p', 'yea plate is XRT 4471 idk the vin'],
    [136, 'l', "No problem — the VIN is on your insurance card, and on the driver's side of the dashboard where it meets the windshield. Then go to dmv.virginia.gov/vehicles/registration/renew, choose \"Renew without a renewal notice\" and enter the plate and the last 4 of the VIN. The fee shows before you pay."],
    [142, 'l', 'Is that what you needed?'],
    [200, 'p', 'got it, found the vin on the ins card. done! thx'],
    [206, 'l', 'Anything else I can help with?'],
    [230, 'p', 'nope'],
    [235, 'l', 'Have a great day, and thanks for using Ask a Librarian!'],
  ], usual({ pickup: 'fail' })),

  // 03 names himself but greets no one; offers more instead of asking whether it helped
  s(RAY, '03 lost PA title before a sale: "This is Ray at …" (no greeting word), MV-38O, "Want me to find the current fee too?" (offers more)', [
    [0, 'p', 'I lost the title to my 2009 Corolla and I want to sell it. How do I get a new one in PA?'],
    [30, 'l', "This is Ray at the Carnegie Library's Ask Us service."],
    [36, 'l', 'Is the car paid off, or is there still a loan (lien) on it?'],
    [80, 'p', 'paid off 2 years ago'],
    [86, 'l', 'Then you can apply for a replacement title yourself with PennDOT form MV-38O, "Application for Duplicate or Corrected Certificate of Title". It\'s on pa.gov/dmv under Forms (search MV-38O). Fill it in and follow the instructions on the form.'],
    [92, 'l', 'Want me to find the current fee too?'],
    [130, 'p', 'no thats ok. thats all i needed'],
    [136, 'l', 'Ok. Thanks for chatting, good luck with the sale!'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 04 Spanish: license without a Social Security number, the MVA by phone
  s(LUCIA, '04 licencia sin seguro social (Spanish): "¡Buenas tardes! Habla Lucía", hold, MVA URL, "puede comunicarse con la MVA al 410-…", "es todo"', [
    [0, 'p', 'hola, quiero sacar licencia de manejar en Maryland pero no tengo seguro social. se puede?'],
    [28, 'l', "¡Buenas tardes! Habla Lucía, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George's. Con gusto le ayudo."],
    [35, 'l', '¿Ya tiene un permiso de aprendiz, o sería la primera vez que saca una licencia en Maryland?'],
    [100, 'p', 'primera vez. tengo licencia de guatemala'],
    [106, 'l', 'Un momento, por favor, reviso los requisitos.'],
    [190, 'l', 'Sí se puede. Maryland da una licencia que no sirve como REAL ID a personas sin número de seguro social: tiene que mostrar su pasaporte o matrícula consular, dos pruebas de domicilio en Maryland y sus declaraciones de impuestos de Maryland de los últimos dos años. La lista está en mva.maryland.gov (busque "licencia no compatible con REAL ID"). Como su licencia es de Guatemala, tendrá que tomar el examen de conocimientos y el de manejo. Para preguntas sobre su caso puede comunicarse con la MVA al 410-768-7000; atienden en español.'],
    [196, 'l', '¿Le sirve esta información?'],
    [260, 'p', 'si, muchas gracias. es todo'],
    [266, 'l', '¡A usted! Gracias por usar nuestro chat. Que le vaya bien en el examen.'],
  ], usual({ referral: 'pass' })),

  // 05 Lost Call: greeting only, check-in, a notice that invites back
  s(HOLLIS, '05 driving record for a job (Lost Call): greeting only, "Are you still there?" at 170, notice + "chat back in anytime" at 290', [
    [0, 'p', 'need a copy of my driving record for a job application, how?'],
    [25, 'l', "Hello, you've reached Hollis, a reference librarian at Enoch County Public Library."],
    [170, 'l', 'Are you still there?'],
    [290, 'l', "It seems you've disconnected, so I'll end this chat now. Feel free to chat back in anytime — we're glad to help with the driving record."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 06 follow-up by me, done with a -04:00 offset just inside 72 h
  s(BRENNA, '06 dad\'s truck to the surviving spouse (OH, follow-up by me): title office by address + phone, e-mail read back, "by Thursday morning", done 71.4 h later (-04:00)', [
    [0, 'p', "My dad passed in January and my mom needs to put his truck in her name. Do they need a lawyer or probate for that? We're in Franklin County Ohio"],
    [22, 'l', "Hi, I'm Brenna, a librarian at Columbus Metropolitan Library. I'm sorry about your dad."],
    [29, 'l', "Was the truck titled in your dad's name only, and was your mom married to him when he passed?"],
    [90, 'p', 'just his name. yes married 41 years'],
    [96, 'l', 'Let me check how Ohio handles that.'],
    [180, 'l', "In Ohio a surviving spouse can usually take over a vehicle without probate, using the BMV's surviving spouse affidavit (form BMV 3868, at bmv.ohio.gov under Forms). She takes the affidavit, the title and the death certificate to a Clerk of Courts title office; Franklin County's is at 1044 Morse Rd, Columbus, phone 614-555-0123."],
    [186, 'l', 'Does that help with the truck?'],
    [240, 'p', 'yes! but she also has his boat, does the same thing work for that'],
    [247, 'l', "I'm not sure the boat works the same way. I'd like to check with our law librarian, who is in tomorrow, and e-mail you what she finds. What's the best e-mail?"],
    [300, 'p', 'its janet.okafor@example.com'],
    [306, 'l', "janet.okafor@example.com — got it. You'll have it by Thursday morning."],
    [312, 'l', 'Anything else for now?'],
    [340, 'p', 'no thats all. thank you so much'],
    [346, 'l', "You're welcome. Take care, and thanks for reaching out."],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T10:30:00-04:00' }] }, { now: T0 + 5 * DAY }),

  // 07 curt: no question, no completeness question, "bye"
  s(DOM, '07 vanity plate taken? (curt): "hi this is Dom @ the library", no question, the MVA plate search, patron "ok", "bye"', [
    [0, 'p', 'can i check if a vanity plate is taken in maryland'],
    [18, 'l', 'hi this is Dom @ the library'],
    [24, 'l', 'yes, mva.maryland.gov has a personalized plate search, type the plate you want and it says if its available'],
    [60, 'p', 'ok'],
    [64, 'l', 'bye'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail' })),

  // 08 "ok let me check" then 130 s, the patron's "?" inside it
  s(GRANT, '08 VEIP emissions on a 2-year-old car: "ok let me check" at 70, patron "?" at 150, answer at 200 (130 s)', [
    [0, 'p', 'I got a VEIP notice but the car is 2 yrs old and hardly driven. Can I get out of the emissions test?'],
    [20, 'l', 'Hello! Grant here, librarian at Howard County Library System.'],
    [26, 'l', 'What model year is the car, and about how many miles a year do you drive it?'],
    [64, 'p', '2024, maybe 3000 miles a year'],
    [70, 'l', 'ok let me check'],
    [150, 'p', '?'],
    [200, 'l', 'Sorry, that took a while. New cars are exempt for their first few years, but since yours got a notice, look at the exemptions on the VEIP page, mva.maryland.gov/emissions ("Exemptions" section). There\'s also a low-mileage exemption if you drive under 5,000 miles a year; the form is on that page.'],
    [206, 'l', 'That answer it?'],
    [260, 'p', 'yes thank you thats everything'],
    [265, 'l', 'Great, thanks for chatting. Bye!'],
  ], usual({ informed: 'fail' })),

  // 09 transfer with a notice and a note that says why; TxDMV by URL and phone
  s(MARTA, '09 dealer never filed the title, paper tags expiring (TX): transfer to Olu with a notice and a note, TxDMV complaint by URL + phone', [
    [0, 'p', 'bought a used car from a dealer in houston 2 months ago, paper tags expire friday and they still havent given me the title or registration. they keep saying next week'],
    [24, 'l', "Hi, I'm Marta with Houston Public Library's Ask a Librarian."],
    [30, 'l', 'Did you pay cash or finance it through the dealer?'],
    [66, 'p', 'financed thru them'],
    [72, 'l', "Our consumer law librarian, Olu, knows this one well. I'm transferring you to him now — one moment."],
    [75, 'i', "Olu: pt bought from a dealer 2 mo ago, financed in-house, dealer hasn't filed title/registration, temp tags expire Fri. Needs TxDMV complaint info. Thx!"],
    xfer(78, 'Olu', 'olu'),
    [140, 'l', "Hello, Olu here, consumer law librarian at Houston Public Library. In Texas the dealer has to file the title and registration for you within 30 days of the sale. You can file a complaint with the Texas Department of Motor Vehicles' Enforcement Division at txdmv.gov/complaints or by calling 1-888-368-4689; they can also tell you how to keep driving legally in the meantime.", as(OLU)],
    [146, 'l', 'Does that help?', as(OLU)],
    [200, 'p', 'yes. thats all i need, filing today'],
    [206, 'l', 'Good luck, and thanks for using Ask a Librarian!', as(OLU)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 10 a source before the question; the library's notary by phone; final idle 119 s
  s(FRANCINE, '10 bill of sale (IN): legal forms database named before "Which state?", the library notary by phone, goodbye 119 s after the answer', [
    [0, 'p', 'do i need a bill of sale to sell my car privately? where do i get one'],
    [15, 'l', "Hi there! Francine at Allen County Public Library's chat service."],
    [21, 'l', "Most states have a bill of sale form on the motor vehicle agency's site, and our Gale Legal Forms database (acpl.info > Research > Legal) has general ones too."],
    [27, 'l', 'Which state are you selling in?'],
    [70, 'p', 'indiana'],
    [76, 'l', "Indiana's BMV has its own, Bill of Sale for a Motor Vehicle (State Form 43253), at in.gov/bmv under Forms. Indiana doesn't require one, but it's good protection. If the buyer wants it notarized, our Main Library has a free notary; call 260-555-0117 to check when they're in."],
    [82, 'l', 'Did that help?'],
    [195, 'l', 'Thanks for chatting, and good luck with the sale!'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'pass' })),

  // 11 "Ask her surgeon to fill out and sign …": a person outside the chat, no contact
  s(NELL, '11 temporary disability placard for mom after hip surgery: VR-210, "Ask her surgeon to fill out and sign the medical certification part" (no contact)', [
    [0, 'p', 'how do i get a handicap parking placard for my mom, she just had hip surgery. she lives with me in rockville'],
    [30, 'l', 'Good morning, this is Nell, a librarian at Montgomery County Public Libraries.'],
    [36, 'l', 'Is it for a few months while she recovers, or is her condition permanent?'],
    [80, 'p', 'temporary, probably 3-4 months'],
    [86, 'l', 'Then she needs a temporary placard, which lasts up to six months. The application is MVA form VR-210, at mva.maryland.gov (search "VR-210"). Ask her surgeon to fill out and sign the medical certification part. The last page of the form says where to send it.'],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yes, thank you'],
    [146, 'l', 'Anything else today?'],
    [170, 'p', 'no thats it'],
    [175, 'l', "Take care, and I hope your mom's recovery goes well. Thanks for chatting!"],
  ], usual({ referral: 'fail' })),

  // 12 four chats at once
  s(TRAVIS, '12 Class M motorcycle license (GA): DDS guide + GMSP course URLs, "that\'s everything", four chats open at once', [
    [0, 'p', 'what do i need for a motorcycle license in georgia, i already have a car license'],
    [20, 'l', "Hi! I'm Travis, a librarian at Worth County Public Library."],
    [26, 'l', 'Have you taken a motorcycle safety course, or are you planning to test at DDS?'],
    [70, 'p', 'no course yet'],
    [76, 'l', "Georgia's DDS has a guide to the Class M license at dds.georgia.gov/motorcycle-license. If you take the Georgia Motorcycle Safety Program's basic course (sign up at dds.georgia.gov/gmsp), you skip the DDS road test."],
    [82, 'l', 'Is that what you were looking for?'],
    [130, 'p', "yep, that's everything. thanks"],
    [136, 'l', 'Sure thing, ride safe! Thanks for chatting.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('t1', 'travis', -300, 200), other('t2', 'travis', -60, 150), other('t3', 'travis', 30, 600)],
  }),

  // 13 "call your insurance company" (no contact); check-in, goodbye without a notice after 240 s
  s(KENJI, '13 new resident from FL to NC: NCDMV page, "call your insurance company" (no contact), "Still there?" at 310, goodbye at 390, no notice', [
    [0, 'p', 'just moved to raleigh from florida. how long do i have to get NC plates and what do i do'],
    [22, 'l', 'Hello! Kenji here, a librarian with Wake County Public Libraries.'],
    [28, 'l', 'Is the car paid off, or does a bank hold the Florida title?'],
    [70, 'p', 'bank has it'],
    [76, 'l', "Let me check NCDMV's new-resident steps."],
    [150, 'l', "NC gives you 60 days to title and register it here. NCDMV's new-resident page, ncdot.gov/dmv/title-registration/new-residents, lists the steps; since the bank has the title, NCDMV requests it from them for you. First, though, call your insurance company and have them write you a North Carolina policy — NCDMV won't register the car without NC insurance."],
    [156, 'l', 'Did that help?'],
    [310, 'l', 'Still there?'],
    [390, 'l', 'Thanks for chatting with us — come back anytime if you have more questions!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'fail' })),

  // 14 pickedUpAt 50 s, first line at 150; "We limit chats to 15 minutes"
  s(PHIL, '14 license suspended over parking tickets (MO): pickedUpAt 50 s, first line at 150, "We limit chats to 15 minutes … I need to close this now"', [
    [0, 'p', 'my license got suspended for unpaid parking tickets in st louis. how do i get it back'],
    [150, 'l', 'Hi, Phil at the St. Louis Public Library chat.'],
    [156, 'l', 'Was it suspended by the city for the tickets, or did you get a letter from the Missouri DOR?'],
    [220, 'p', 'the DOR sent a letter'],
    [226, 'l', "The Missouri DOR's reinstatement page, dor.mo.gov/driver-license/reinstatement, explains the steps: you clear the tickets first (the page links to the St. Louis City ticket payments), then pay the reinstatement fee online there."],
    [232, 'l', 'Does that help?'],
    [290, 'p', 'kinda. but how do i pay the tickets if i dont have the ticket numbers, and can i drive to work meanwhile, and what about the insurance'],
    [300, 'l', "We limit chats to 15 minutes and we're past that, so I need to close this now."],
    [315, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }), { pickedUpAt: at(50) }),

  // 15 other patrons waiting, a way back; the reference desk by phone
  s(ROXANNE, '15 old plates on a new car (MD): a string of follow-on questions, "a couple of other patrons waiting … chat back in later, or call our reference desk at 410-…"', [
    [0, 'p', 'i sold my old car last week, can i put my old plates on the new one i just bought from a private seller? maryland'],
    [25, 'l', "Hello, and thanks for contacting Ask Us! I'm Roxanne, a librarian at the Enoch Pratt Free Library."],
    [31, 'l', 'Did you turn the old plates in to the MVA already, or do you still have them?'],
    [80, 'p', 'still have them'],
    [86, 'l', 'Good — in Maryland the plates belong to you, not the car, so you can move them to the new car when you title it. The MVA\'s page mva.maryland.gov/tags explains the tag transfer and the form you fill in with the title.'],
    [92, 'l', 'Is that what you wanted to know?'],
    [150, 'p', 'yes!! ok also the seller didnt sign the odometer part, and the inspection, do i need it, and how much is the excise tax, and can i drive it home without plates, and'],
    [160, 'l', "Those are all good questions! I have a couple of other patrons waiting, so I can't go through them all right now. Please chat back in later, or call our reference desk at 410-555-0133, and we'll pick up where we left off."],
    [190, 'p', 'ok'],
    [196, 'l', 'Thanks for your patience — bye for now!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 16 Practice
  s(TRAINEE, '16 practice chat (MVA FAQ macros): coded Practice, every check na', [
    [0, 'p', 'test: where do I renew tags'],
    [8, 'l', 'Hi, this is a practice session for the MVA FAQ macros.'],
    [18, 'l', 'Tags: mva.maryland.gov. Did that help?'],
    [26, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 a hold first, the greeting second; the county Tag Office with no contact; code empty
  s(DELIA, '17 Marketplace Civic, signed title (GA): "One sec, reading your question!" then "Hi, I\'m Delia …", "your county Tag Office" (no contact), code ""', [
    [0, 'p', 'bought a 2012 civic from a guy on facebook marketplace. he gave me the title signed. what do i do now to get it in my name? georgia'],
    [20, 'l', 'One sec, reading your question!'],
    [38, 'l', "Hi, I'm Delia, a librarian at Gwinnett County Public Library. Did he also give you a bill of sale?"],
    [80, 'p', 'yes handwritten'],
    [86, 'l', "That works. The Georgia Department of Revenue's page dor.georgia.gov/buying-used-vehicle lists what you need: the signed title, the bill of sale, proof of insurance and Form MV-1 (Title/Tag Application). Take them to your county Tag Office within 30 days of buying it; you'll pay the title ad valorem tax there."],
    [92, 'l', 'Does that cover it?'],
    [140, 'p', 'yes perfect. thats all'],
    [146, 'l', 'Great, thanks for chatting and enjoy the Civic!'],
  ], usual({ code: 'fail', referral: 'fail' }), { resolutionCode: '' }),

  // 18 a restatement instead of a question; Lost Call after three patron lines
  s(ABEL, '18 stolen plate, replacement tags (DC, Lost Call after 3 patron lines): restated ("So your rear plate was stolen …"), DC DMV page, patron leaves', [
    [0, 'p', 'how much is a new license plate in DC if mine got stolen. the back one'],
    [30, 'l', "Hi, Abel here, librarian with DC Public Library's Ask Us."],
    [36, 'l', 'So your rear plate was stolen and you need a replacement from the DC DMV — got it.'],
    [70, 'p', 'yes'],
    [76, 'l', "The DC DMV's page dmv.dc.gov/service/replace-tags lists the fee, the documents (including the police report number) and the ways to apply."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'ok'],
    left(125),
    [130, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 19 no provider joined; one patron line; Lost Call
  s(QUEUE, '19 "is the MVA open on saturdays": no provider ever joined, one patron line, coded Lost Call', [
    [0, 'p', 'is the MVA open on saturdays'],
    queue(2, 3),
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 a promise to e-mail with no time, coded Answered
  s(WILMA, '20 1965 plate colors for a Mustang restoration: historic plates page, "I\'ll check them and e-mail you" (read back, no time), coded Answered', [
    [0, 'p', "what color were maryland license plates in 1965? restoring my grandfather's mustang and want the right year plate"],
    [28, 'l', 'Hi! This is Wilma, a librarian at the Maryland State Library.'],
    [34, 'l', 'Is it the plate color you need, or are you hoping to register it with a year-of-manufacture plate?'],
    [90, 'p', 'both actually'],
    [96, 'l', 'Let me look.'],
    [175, 'l', "The MVA allows year-of-manufacture plates on historic vehicles; the rules and the form are at mva.maryland.gov/historic-vehicles. For the 1965 colors I'm not finding a reliable source online, but our Maryland Room has plate-history books. I'll check them and e-mail you what I find. What's your e-mail?"],
    [230, 'p', 'rjmustang65@example.com'],
    [236, 'l', 'Got it, rjmustang65@example.com.'],
    [242, 'l', 'Does the historic plate page help for now?'],
    [300, 'p', 'yes thanks, thats all'],
    [306, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 21 follow-up by the patron's library, phone read back, "within 72 hours", done after 80 h
  s(NOOR, '21 driver\'s manual in Nepali at Hagerstown (follow-up by patron\'s library): phone read back, "within 72 hours", done after 80 h', [
    [0, 'p', "Does the Hagerstown library have the Maryland driver's manual in Nepali or the practice test books? my uncle is studying for his permit"],
    [35, 'l', "Hi, this is Noor with Maryland's statewide Ask Us service."],
    [41, 'l', 'Does he need the manual itself in Nepali, or would practice tests in English help too?'],
    [100, 'p', 'nepali if possible, his english is ok but not great'],
    [106, 'l', "The MVA's driver's manual is at mva.maryland.gov/drivers-manual; I don't see a Nepali version there. I can't see what Washington County Free Library has on the shelf from here, so I'll pass your question to their staff and they'll call you within 72 hours. What number should they use?"],
    [170, 'p', '301-555-0187'],
    [176, 'l', "301-555-0187, thanks — they'll call you within 72 hours."],
    [182, 'l', 'Does the manual link help in the meantime?'],
    [230, 'p', 'yes thank you'],
    [236, 'l', 'Anything else I can help with?'],
    [260, 'p', 'no'],
    [265, 'l', 'Thanks for using Ask Us, take care!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 22 follow-up by me, the e-mail only on file, "by Friday", not done by day 5
  s(ELLIOT, '22 salvage title back on the road (MD, follow-up by me): "by Friday at the address on your library account" (e-mail only on file), not done by day 5', [
    [0, 'p', 'my car was totaled and i bought it back from insurance, now it has a salvage title. how do i get it back on the road in MD'],
    [30, 'l', 'Good evening, Elliot here, a librarian at Frederick County Public Libraries.'],
    [36, 'l', 'Has the car been repaired already, or are you still fixing it?'],
    [90, 'p', 'repaired, just need to know next steps'],
    [96, 'l', "The steps are on mva.maryland.gov/salvage, starting with the salvage inspection. I'd like to find you the list of inspection times near Frederick, which isn't online. I'll e-mail it to you by Friday at the address on your library account."],
    [102, 'l', 'Does the salvage page help?'],
    [150, 'p', 'yes. thats all for now'],
    [156, 'l', 'Thanks for chatting, have a good night!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'kim.tran@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 23 follow-up by me with no contact known at all; done in 20 h
  s(IRIS, '23 Route 50 / Route 2 crash numbers (follow-up by me): patron gives no e-mail, "ready by tomorrow at noon — just chat back in", done in 20 h', [
    [0, 'p', 'need crash numbers for route 50 near annapolis for 2019-2023, for a community meeting about a dangerous intersection'],
    [26, 'l', "Hi! I'm Iris, a librarian at Anne Arundel County Public Library."],
    [32, 'l', 'Which intersection is it, and do you need just the number of crashes or injuries too?'],
    [95, 'p', 'rt 50 and rt 2 ramps. crashes and injuries'],
    [101, 'l', "One moment, let me look at the state's crash data."],
    [190, 'l', 'Maryland\'s crash data is on the state open data portal, opendata.maryland.gov (search "Maryland Statewide Vehicle Crashes"), and you can filter by road and year. The SHA also did a safety study of that interchange that I\'m still trying to track down; I can keep looking and send you what I find. Is there an e-mail I can use?'],
    [240, 'p', 'id rather not give my email. can i just check back here tomorrow?'],
    [246, 'l', "Of course. I'll have it ready by tomorrow at noon — just chat back in and mention the Route 50 study."],
    [252, 'l', 'Does the crash data portal work for now?'],
    [300, 'p', 'yes ill try it. thats all, thanks'],
    [306, 'l', "You're welcome. Thanks for chatting!"],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 24 transfer with an internal note only; AAA by URL
  s(CALEB, '24 International Driving Permit for Italy: shift ends, transfer to Zora with an internal note only (no visible notice), AAA by URL', [
    [0, 'p', 'going to italy next month, do i need an international driving permit? where do i get one'],
    [18, 'l', 'Hi, Caleb here at Ask a Librarian, Oak Park Public Library.'],
    [24, 'l', "Will you be renting a car there, or driving a friend's?"],
    [60, 'p', 'renting'],
    [64, 'i', 'Zora, my shift ends in 2 min, can you take this? IDP for Italy, renting a car'],
    xfer(67, 'Zora', 'zora'),
    [140, 'l', 'Hello! Zora here, also at Oak Park Public Library. Italy does require an International Driving Permit along with your US license. In the US they\'re issued by AAA: apply by mail or at a AAA branch, the form and fee are at aaa.com/vacation/idpf.html. The State Department\'s Italy page on travel.state.gov ("Local Laws") confirms it.', as(ZORA)],
    [146, 'l', 'Is that what you needed?', as(ZORA)],
    [200, 'p', 'yes great. thats everything'],
    [206, 'l', 'Have a wonderful trip — thanks for chatting!', as(ZORA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 25 transfer with a notice and a note; the transferring provider at three others only after the transfer
  s(IVAN, '25 speed camera ticket for a sold car (MD): transfer to Hannah with notice + note, court and MVA by URL, Ivan busy only after his part', [
    [0, 'p', 'I got a speed camera ticket in the mail for a car I sold 3 months ago!! the buyer never retitled it. what do I do'],
    [22, 'l', 'Hello, this is Ivan at the Ask Us chat, Baltimore County Public Library.'],
    [28, 'l', 'Do you still have a copy of the bill of sale or the signed-over title?'],
    [70, 'p', 'i have the bill of sale with the date'],
    [76, 'l', "Thanks. My colleague Hannah is our legal reference librarian; I'm transferring you to her, one moment."],
    [79, 'i', "Hannah: pt got a speed camera citation for a car sold 3 mo ago, buyer didn't retitle, has dated bill of sale. How to contest + notify MVA. Thanks!"],
    xfer(82, 'Hannah', 'hannah'),
    [150, 'l', 'Hi, I\'m Hannah, legal reference librarian. You can contest the citation by asking for a trial date; the steps are on the District Court of Maryland\'s automated enforcement page, mdcourts.gov/district/trafficcitation. Bring the dated bill of sale to court. Also tell the MVA the car was sold if you haven\'t: the notice-of-sale form is on mva.maryland.gov (search "notice of sale").', as(HANNAH)],
    [156, 'l', 'Does that answer your question?', as(HANNAH)],
    [210, 'p', "yes, thank you both. that's all"],
    [216, 'l', "You're welcome! Thanks for chatting with Ask Us.", as(HANNAH)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [other('i1', 'ivan', -100, 600), other('i2', 'ivan', 90, 500), other('i3', 'ivan', 95, 500)],
  }),

  // 26 holds every ~100 s, one a partial result; the patron has the last word
  s(GLEN, '26 1972 pickup on antique plates, drive to work? (VA): holds at 76/180/285 (one a partial result), answer at 380, patron "thats everything" last', [
    [0, 'p', 'what are the rules for registering a 1972 pickup as historic in virginia? can I use it to drive to work'],
    [24, 'l', 'Hello! Glen here, a reference librarian at Chesterfield County Public Library.'],
    [30, 'l', 'Is the truck for shows and occasional use, or would it be your everyday vehicle?'],
    [70, 'p', 'mostly shows but id like to drive it to work sometimes'],
    [76, 'l', "Let me look at DMV's antique vehicle rules, one moment."],
    [180, 'l', 'Still searching — the DMV has two different plate options for old vehicles, checking which fits you.'],
    [285, 'l', 'Found the antique plate rules; now checking what they say about commuting.'],
    [380, 'l', 'Here\'s the full picture: Virginia\'s antique plates are for vehicles 25+ years old used mainly for shows, parades and occasional pleasure driving, not for daily commuting. If you want to drive it to work, register it with regular plates instead (you can still get year-of-manufacture plates). Details are at dmv.virginia.gov/vehicles/license-plates/antique.'],
    [386, 'l', 'Does that completely answer your question?'],
    [450, 'p', 'yes it does. thats everything, thanks!!'],
  ], usual({ courteous: 'fail' })),

  // 27 "Sure, take your time!" then 260 s away; a hold answered exactly 120 s later
  s(MAYA, '27 open recalls by VIN: "Sure, take your time!" then the patron away 260 s, hold at 332 answered exactly 120 s later, NHTSA lookup', [
    [0, 'p', 'how do I check if my car has open recalls? got a letter but threw it out'],
    [20, 'l', "Hi, you've reached Maya, a librarian at Sacramento Public Library."],
    [26, 'l', "Do you have your VIN handy? It's the fastest way to check. It's on your registration card."],
    [60, 'p', 'hang on its in the glovebox'],
    [66, 'l', 'Sure, take your time!'],
    [326, 'p', 'ok its 1HGCM82633A004352'],
    [332, 'l', 'Got it, one moment while I check.'],
    [452, 'l', "NHTSA's recall lookup at nhtsa.gov/recalls shows one open recall for that VIN: the driver's airbag inflator. The repair is free; the lookup page lists the recall number and what to do next."],
    [458, 'l', 'Does that help?'],
    [500, 'p', 'yes wow ok. thats all i needed'],
    [505, 'l', 'Glad I could help — drive safe, and thanks for chatting!'],
  ], usual()),

  // 28 transfer with a notice, the note only after the transfer
  s(NADIA, '28 DOT medical card for a CDL permit (AZ): transfer notice, the internal note 4 s after the transfer, FMCSA registry + ADOT MVD by URL', [
    [0, 'p', 'im trying to get my CDL permit and they said i need a DOT medical card. how do i get that and where'],
    [25, 'l', 'Hi, Nadia at Ask a Librarian, Pima County Public Library.'],
    [31, 'l', 'Which state are you getting the CDL in?'],
    [70, 'p', 'arizona'],
    [76, 'l', "I'm going to transfer you to Petra, our workforce librarian, who helps with CDL questions all the time. One moment!"],
    xfer(80, 'Petra', 'petra'),
    [84, 'i', 'Petra, AZ CDL permit, needs DOT medical card info'],
    [140, 'l', 'Hi there, Petra here, workforce librarian at Pima County Public Library. The DOT medical card comes from a medical examiner listed on FMCSA\'s National Registry: search by ZIP at nationalregistry.fmcsa.dot.gov and book the exam with any examiner listed there. Then give the card to ADOT MVD; the steps are at azdot.gov/mvd (search "medical certificate").', as(PETRA)],
    [146, 'l', 'Is that what you needed?', as(PETRA)],
    [190, 'p', "yes thanks. that's all"],
    [196, 'l', 'Good luck with the CDL! Thanks for chatting.', as(PETRA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 29 teen learner's permit (chat-speak): book the knowledge test at the MVA by URL
  s(SAM, '29 learner\'s permit at 15 yrs 8 mo (chat-speak): "hey! Sam from the … chat 😊", "r u asking for yourself?", book at the MVA by URL, "np! … bye!"', [
    [0, 'p', 'hiii how old do u have to be to get ur learners permit in md and do u have to take a class first'],
    [12, 'l', 'hey! Sam from the Harford County Public Library chat 😊'],
    [17, 'l', 'r u asking for yourself? how old r u now?'],
    [40, 'p', 'me, im 15 and 8 months'],
    [45, 'l', "nice, ur almost there! in MD u can get ur learner's permit at 15 yrs 9 months. no class first (driver's ed comes after). u take the knowledge test at the MVA — book it at mva.maryland.gov/appointments and study the Driver's Manual on that site first"],
    [50, 'l', 'that help?'],
    [80, 'p', 'ya thats all i needed ty!!'],
    [84, 'l', 'np! good luck on the test, bye!'],
  ], usual({ referral: 'pass' })),

  // 30 the patron's e-mail typed, no promise; final idle exactly 180 s with check-in and notice
  s(OTIS, '30 address change on license + registration (MA): patron types an e-mail, "We can\'t send e-mail from this chat", check-in at 186, notice + goodbye at 246 (idle 180 s)', [
    [0, 'p', 'how do i change my address on my registration and license in mass? can you email me the link, bea.s@example.com'],
    [20, 'l', 'Hi, Otis here, a librarian at Boston Public Library.'],
    [26, 'l', 'Did you move within Massachusetts, or from another state?'],
    [60, 'p', 'within, from worcester to boston'],
    [66, 'l', "We can't send e-mail from this chat, but here's the link: the RMV's online address change, mass.gov/how-to/change-your-address-with-the-rmv, updates your license and all your registrations at once. It's free."],
    [72, 'l', 'Does that answer your question?'],
    [186, 'l', 'Are you still there?'],
    [246, 'l', "It looks like you've disconnected, so I'm closing the chat. Thanks for contacting Boston Public Library — chat with us again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftySixthRoundVehicles.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('25')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 7 (Hannah, after the transfer): "Bring the dated bill of sale to court" (the District Court, whose page mdcourts.gov/district/trafficcitation is given) and "Also tell the MVA the car was sold if you haven\'t: the notice-of-sale form is on mva.maryland.gov" tell the patron to visit a court and to contact an agency outside the chat (RUBRIC Terms, Referral), each reached by a URL.',
};

describe('fifty-sixth round: licenses, registration, titles, tags and the MVA/DMV, checked', () => {
  describeSessions('whole sessions', fiftySixthRoundVehicles.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySixthRoundVehicles.filter((c) => c.name in LEFT_WHY));
});
