/**
 * Sixty-second round, theme MOVING TO A NEW STATE OR CITY, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: driver's licences after a move (Ohio to Texas, Nevada to California's
 * knowledge test, Puerto Rico to New Jersey in Spanish, Pennsylvania to Ohio), car registration and titles (a New Jersey
 * car in Florida, a lienholder's Wisconsin title in Illinois, a Kentucky car in Nashville, Michigan, Phoenix's emissions
 * test), car insurance from NJ to PA, voting (Colorado, a grad student in Philadelphia, Oregon Motor Voter, Cobb to
 * Gwinnett), schools (HISD enrolment in Spanish, an IEP from Iowa to Minnesota, Washington's school vaccines), utilities
 * (Charlotte water and power, a Georgia Power deposit, LADWP and SoCalGas without an SSN in Spanish), movers (an interstate
 * mover with no USDOT number, comparing local movers in Baltimore), forwarding mail (usps.com/move, once in Spanish), library
 * cards (Seattle, a Worcester card in Somerville), in-state tuition (George Mason, Austin Community College) and a Florida
 * homestead exemption. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/sixtySecondRoundMoving-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 22 s (01), at exactly 60 s (02: pass) and at 61 s after a "hello?" at 45 (03: fail); `pickedUpAt` at
 *   30 s with the first line at 155 (27: pickup passes); no provider ever joined, a queue line and the patron leaving (17);
 *   greetings "Welcome to Ask a Librarian! Dana here, at …" (01), "Good morning, you've reached Ask a Librarian at … My name
 *   is Reggie." (02), "Hi, and thanks for reaching out to AskMN! I'm Greta, a librarian." (10), "Hello! Ask a Librarian at
 *   Atlanta-Fulton Public Library, this is Desmond." (11), chat-speak "hey! welcome to the Free Library of Philadelphia's
 *   chat, I'm Nadia (librarian)" under the screen name "nadia_flp" (13), "Hello! Cuyahoga County Public Library, this is
 *   Ike. Congrats on the move!" (28), Spanish "Habla Rocío, bibliotecaria de …" (04), "le atiende Marta" (24), "Soy
 *   Julián, bibliotecario del …" (30); "Hi there! 👋" then a question, under the screen name "AskUs Staff 7" (08: names no
 *   one, fail);
 *  inquiry: lease or utility bill, Colorado ID, children's ages and district, city or suburb, city limits, move date,
 *   dependent status, in or out of state, previous utility, titling state, primary or November, licence validity, Spanish
 *   or English, student or dependent, grades, closing date, in-state or interstate move, house or apartment, licence held,
 *   card's home library; no question before the first answer (02: fail); no question at all and no source (29: fail);
 *  waits: a hold answered 121 s later (05: fail); holds at 80 and 200 ("Still searching — nothing under that exact name yet
 *   …") and the answer at 320, 120 s each (06: pass); a transfer notice answered 74 s later by the receiver (18); a silent
 *   transfer, the receiver 60 s after the patron (19); 125 s between `pickedUpAt` and the first line (27: fail); two
 *   patron lines in a row answered 36 s after the first (15); a patron's last line left unanswered at the end (23: an open
 *   span, not counted);
 *  endings: a Lost Call with only a greeting, "Hi, are you still with me?" at 139 and "Looks like you may have disconnected —
 *   I'll close this chat now. Thanks for contacting AskUsNow!" at 199 (14: final idle 179 s, check-in pass, notice na); "Are
 *   you still there? I'll close the chat if I don't hear back soon." and a goodbye (25: final idle 189 s, check-in pass,
 *   notice fail); silence to `endedAt` exactly 120 s after the answer with no goodbye (26: check-in fails, notice na); a
 *   goodbye 119 s after the answer (27: na); "Hello? Still there?" and "It seems you've disconnected, so I'm ending this
 *   chat now." with `endedAt` on it, 180 s (28: both pass, courteous fails); Spanish "¿Sigue ahí?" and "Parece que se
 *   desconectó; voy a cerrar este chat. Gracias … y vuelva cuando quiera." (30: 214 s, all pass); "Sorry, my shift is over
 *   and I need to log off now. Bye." then the patron's "wait what about the rest??" and leaving (23: dismissal fails,
 *   courteous passes on "Bye."); Spanish "Hay otras personas esperando … vuelva a escribirnos más tarde" (24: allowed, the
 *   patron has the last word); the handbook link as the provider's last line after "Did that help?" (15: courteous fails);
 *   patron-side "no more questions lol", "thats all i had", "eso es todo", "nope thats it", "that's all i needed", "thats
 *   all for now", "yeah. thats all thanks", "ya thats everything", "es todo", "no thats all", "That's everything I needed."
 *   and "ya thx 🙏", "it does thank you", "yes thanks", "ugh ok", "ok gracias" that do not count;
 *  sources: state DMV/BMV/MVC/SOS pages, GoVoteColorado.gov, vote.pa.gov, oregonvotes.gov, houstonisd.org,
 *   education.mn.gov, doh.wa.gov, schev.edu, applytexas.org, utility pages, protectyourmove.gov, usps.com/move, ocpafl.org,
 *   Consumer Reports through prattlibrary.org, the book From Emotions to Advocacy "in our catalogue" (10); none ("call your
 *   county elections office", 29; the circulation desk, 07);
 *  referrals: HISD's enrolment office by phone in Spanish (04); the library's own Circulation Desk with no contact (07: LEFT);
 *   "Call your lender first" with no contact (12: fail); "una agencia de la MVC" by URL (18: LEFT); the library's own "Sala
 *   de Información" by phone in Spanish (24); the library's own branches by its URL (26: LEFT); "call your county elections
 *   office" with no contact (29: fail); partner librarians who will call the patron (10) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done exactly 72 h after the end and written at -08:00 (09:
 *   pass); FU_LIB, phone typed and read back, no time, done at 73 h (10: contact and on_time fail); a promise to e-mail coded
 *   Answered, the e-mail only in `patron.email` (11: code and contact fail, on_time pending); FU_ME with no promise and the
 *   e-mail only in `patron.email` (12: code passes, contact fails, on_time fails at day 5); a promise with the e-mail read
 *   back and "by tomorrow noon" in a session with no code field (13: code na, contact pass, on_time pending);
 *  codes: null (08), "" (29), left out (13), a true Lost Call (14), Lost Call after three patron lines (15), Lost Call with
 *   no provider and one patron line (17: pass), Practice (16);
 *  transfers: a notice (a hold) with the internal note sent only after the transfer (18: fail); an internal note and a
 *   silent transfer (19: fail); a notice and a note before (20: pass);
 *  concurrency: Fay's three other chats open only after she handed the session to Gus, Gus with two others (20: pass); four
 *   at once for 5 s (21: fail); five others, touching ends at the start and at `endedAt`, never more than three at once (22).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Will that get you what you need?", "Does that cover what you needed?", "Is that helpful?", "¿Le sirvió la
 *   información?", "¿Le sirve?" ask whether what was given meets the need; "Is that everything for today?" asks whether the
 *   patron needs anything else, not whether the answer meets the need (13: completeness fails, anything_else passes);
 * - "thats all for now" (09) and "yeah. thats all thanks" (12) say explicitly that the patron is done;
 * - "Would you prefer to continue in Spanish?" is a question about format; Ana's "¿Su licencia … está vigente?" decides
 *   18's clarify anyway;
 * - after `pickedUpAt`, the patron waits on the provider until the first provider message: 27's 125 s from pickup to the
 *   first line is a span longer than 120 s (keep_informed fails, pickup passes);
 * - "I'll close the chat if I don't hear back soon." says the session will end but not that the patron seems to have
 *   disconnected: no disconnect notice (25); "Looks like you may have disconnected — I'll close this chat now. Thanks for
 *   contacting AskUsNow!" is a notice and a goodbye (it thanks and asks nothing), so 14's final idle ends there at 179 s;
 * - referrals: telling the patron to bring something to the Circulation Desk (07) or to "any of our three branches" (26)
 *   tells them to visit their own library's departments; "Lleve la licencia … a una agencia de la MVC" tells them to visit
 *   an agency's office (18); "Call your lender" (12) and "call your county elections office" (29) name organisations to
 *   call; "someone there will contact you" (10) tells the patron to contact no one; "the Maryland Attorney General's site
 *   lists complaints against movers (marylandattorneygeneral.gov)" (22), "start service at charlottenc.gov/water" (05) and
 *   "El gas es SoCalGas: socalgas.com" (24) point to websites: sources, not referrals;
 * - "call your county elections office" names an office with no way to reach it: no source (29); the book "From Emotions
 *   to Advocacy … in our catalogue" is a named source (10);
 * - the transfer's internal note must come before the transfer event (RUBRIC: "before the transfer"): 18's note, 3 s after
 *   the event, does not count;
 * - concurrency of a transferred session: Fay is judged over 0-92 s (her three chats start at 100-120 s), Gus over 92 s to
 *   the end (two others with him: three at once), so 20 passes.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (all three referral.contact, scored na). Label corrections: 0 (each of the
 * three reread against RUBRIC's Referral term; each label stands).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 07: "Bring a photo ID … to the Circulation Desk at any of our branches" read as no referral (na;
 *    RUBRIC fail: the own library's department the patron is told to visit, no contact);
 *  - referral.contact, case 18: Spanish "Lleve la licencia … a una agencia de la MVC … las direcciones de las agencias en
 *    nj.gov/mvc/locations" read as no referral (na; RUBRIC pass: an agency's office to visit, reached by URL);
 *  - referral.contact, case 26: "Bring it and proof of your new address to any of our three branches; the details are on
 *    somervillepubliclibrary.org" read as no referral (na; RUBRIC pass: the own library the patron is told to visit, URL).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across holds,
 * three transfers, 125 s after `pickedUpAt`; final idles of 119, 120, 179, 180, 189 and 214 s; concurrency at four, at
 * touching ends and split by a transfer; on_time done at exactly 72 h in another offset, late at 73 h, pending at day 1
 * twice, missed at day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * running case (patron e-mails and a phone typed and read back, e-mails only in `patron.email`, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft); `tsc -p tsconfig.json
 * --noEmit` clean.
 * ON v56 (block V, written partly from these twelve files): as on v55, 27 running, 3 LEFT (07, 18, 26).
 * ON v57 (block W, W2): case 07 reads as labelled and runs: "Bring a photo ID and anything with your new address, like a lease or
 *   a piece of mail, to the Circulation Desk at any of our branches" visits the library's own desk, with no way to reach it; 28
 *   running, 2 LEFT (18, 26: "any of our three branches" stays no party, v15 O3's reading).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** ISO time `sec` seconds after T0, written in the offset `offH` hours (the same instant as `at(sec)`). */
const atOff = (sec: number, offH: number): string => {
  const d = new Date(T0 + sec * 1000 + offH * 3600_000);
  const a = Math.abs(offH);
  return `${d.toISOString().slice(0, 19)}${offH < 0 ? '-' : '+'}${String(a).padStart(2, '0')}:00`;
};

/** The queue's own line (system). */
const waiting = (sec: number): Line => [sec, 's', 'All librarians are helping other patrons. Please stay in the queue.'];

const DANA: Prov = { id: 'dana-m', name: 'Dana', library: 'RRPL' };
const REGGIE: Prov = { id: 'reggie-m', name: 'Reggie', library: 'THPL' };
const PRIYANKA: Prov = { id: 'priyanka-m', name: 'Priyanka', library: 'DPL-CO' };
const ROCIO: Prov = { id: 'rocio-m', name: 'Rocío', library: 'HPL' };
const JAMAL: Prov = { id: 'jamal-m', name: 'Jamal', library: 'CML-NC' };
const WEN: Prov = { id: 'wen-m', name: 'Wen', library: 'CML' };
const THEO: Prov = { id: 'theo-m', name: 'Theo', library: 'SPL-WA' };
const DESK7: Prov = { id: 'desk7-m', name: 'AskUs Staff 7', library: 'AUN' };
const COLLEEN: Prov = { id: 'colleen-m', name: 'Colleen', library: 'FCPL' };
const GRETA: Prov = { id: 'greta-m', name: 'Greta', library: 'AskMN' };
const DESMOND: Prov = { id: 'desmond-m', name: 'Desmond', library: 'AFPL' };
const LUCIA: Prov = { id: 'lucia-m', name: 'Lucia', library: 'AUI' };
const NADIA: Prov = { id: 'nadia-m', name: 'nadia_flp', library: 'FLP' };
const BEN: Prov = { id: 'ben-m', name: 'Ben', library: 'CCPL-MD' };
const KENJI: Prov = { id: 'kenji-m', name: 'Kenji', library: 'SDPL' };
const TRAINEE: Prov = { id: 'trainee-m', name: 'Trainee 2', library: 'TRN' };
const NOONE: Prov = { id: 'queue-m', name: 'Queue', library: 'MeL' };
const MARK: Prov = { id: 'mark-m', name: 'Mark', library: 'NPL-NJ' };
const ANA: Prov = { id: 'ana-m', name: 'Ana', library: 'NPL-NJ' };
const OMAR: Prov = { id: 'omar-m', name: 'Omar', library: 'APL-TX' };
const BETH: Prov = { id: 'beth-m', name: 'Beth', library: 'APL-TX' };
const FAY: Prov = { id: 'fay-m', name: 'Fay', library: 'SCLD' };
const GUS: Prov = { id: 'gus-m', name: 'Gus', library: 'SCLD' };
const VANESSA: Prov = { id: 'vanessa-m', name: 'Vanessa', library: 'OCLS' };
const IMANI: Prov = { id: 'imani-m', name: 'Imani', library: 'EPFL' };
const DALE: Prov = { id: 'dale-m', name: 'Dale', library: 'PPL-AZ' };
const MARTA: Prov = { id: 'marta-m', name: 'Marta', library: 'LAPL' };
const SASHA: Prov = { id: 'sasha-m', name: 'Sasha', library: 'Answerland' };
const ABBY: Prov = { id: 'abby-m', name: 'Abby', library: 'SOMPL' };
const COLE: Prov = { id: 'cole-m', name: 'Cole', library: 'NPL-TN' };
const IKE: Prov = { id: 'ike-m', name: 'Ike', library: 'CCPL-OH' };
const RUBY: Prov = { id: 'ruby-m', name: 'Ruby', library: 'GCPL' };
const JULIAN: Prov = { id: 'julian-m', name: 'Julián', library: 'MDPLS' };

const s = session;

export const sixtySecondRoundMoving: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Texas licence after a move from Ohio: "Welcome to Ask a Librarian! Dana here", lease asked, DPS moving page, "no more questions lol"', [
    [0, 'p', 'just moved to texas from ohio hw long do i have to get a tx drivers license?? and what do i bring'],
    [22, 'l', 'Welcome to Ask a Librarian! Dana here, at Round Rock Public Library.'],
    [28, 'l', 'Do you already have a Texas address on paper, like a lease or a utility bill in your name?'],
    [70, 'p', 'yes lease signed last week'],
    [77, 'l', "New residents get 90 days to switch to a Texas license. DPS lists what to bring (proof of residency, ID, your Social Security number, vehicle registration and insurance) at dps.texas.gov/section/driver-license/moving-texas, and you can book the appointment from that page."],
    [84, 'l', 'Will that get you what you need?'],
    [130, 'p', 'yes perfect. no more questions lol'],
    [136, 'l', 'Glad I could help. Welcome to Texas, and come back anytime!'],
  ], usual()),

  // 02 pickup exactly 60 s; the answer with no question first
  s(REGGIE, '02 registering a New Jersey car in Florida: pickup at exactly 60 s, answer given with no question first, "thats all i had"', [
    [0, 'p', 'How do I register my car in Florida? I moved here from New Jersey last month.'],
    [60, 'l', "Good morning, you've reached Ask a Librarian at Tampa-Hillsborough County Public Library. My name is Reggie."],
    [66, 'l', "You'll need a VIN verification on Form HSMV 82042, proof of Florida insurance, and your New Jersey title. The new-resident steps are on flhsmv.gov > Motor Vehicles > Titles and Registrations > New Residents."],
    [72, 'l', 'Did that help?'],
    [115, 'p', 'yes thats really helpful, thanks. thats all i had'],
    [120, 'l', 'Take care, and thanks for using Ask a Librarian!'],
  ], usual({ clarify: 'fail' })),

  // 03 pickup at 61 s; a "hello?" before pickup
  s(PRIYANKA, '03 Colorado voter registration: "hello?" at 45, pickup at 61 s, GoVoteColorado.gov, "Happy voting! Bye for now."', [
    [0, 'p', 'hi how do i register to vote in colorado, just moved from arizona'],
    [45, 'p', 'hello?'],
    [61, 'l', 'Hi! Sorry for the wait — this is Priyanka, a librarian with Denver Public Library.'],
    [67, 'l', "Do you have a Colorado driver's license or state ID yet? The online form asks for it."],
    [100, 'p', 'yes got it tuesday'],
    [106, 'l', 'Then you can register online in a few minutes at GoVoteColorado.gov. Colorado also lets you register right up to Election Day.'],
    [112, 'l', 'Does that answer your question?'],
    [150, 'p', 'yep'],
    [154, 'l', 'Is there anything else I can help you with?'],
    [175, 'p', 'no'],
    [179, 'l', 'Happy voting! Bye for now.'],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish: school enrolment in Houston, the district's enrolment office by phone
  s(ROCIO, '04 inscribir a dos hijos en HISD (Spanish): "Habla Rocío, bibliotecaria", edades y distrito, oficina de inscripción por teléfono, "eso es todo"', [
    [0, 'p', 'hola buenas tardes, nos mudamos a houston y necesito inscribir a mis dos hijos en la escuela, que documentos piden?'],
    [25, 'l', '¡Buenas tardes! Habla Rocío, bibliotecaria de la Biblioteca Pública de Houston.'],
    [31, 'l', '¿Qué edades tienen sus hijos? ¿Y sabe a qué distrito escolar le corresponde su nueva dirección?'],
    [90, 'p', '7 y 12 años. creo que HISD'],
    [97, 'l', 'HISD pide el acta de nacimiento, un comprobante de domicilio (recibo de luz o contrato de renta), la cartilla de vacunas y las calificaciones de la escuela anterior. La lista completa está en houstonisd.org/enroll. Si le queda alguna duda, llame a la oficina de inscripción de HISD al 713-555-0142.'],
    [103, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si muchas gracias, eso es todo'],
    [156, 'l', 'Con gusto. ¡Gracias por escribirnos y bienvenidos a Houston!'],
  ], usual({ referral: 'pass' })),

  // 05 a hold answered 121 s later
  s(JAMAL, '05 water and power in Charlotte: "one moment" at 60, the answer at 181 (121 s), Charlotte Water and Duke Energy pages', [
    [0, 'p', 'moving to charlotte nc next month. how do i get water and electric turned on'],
    [18, 'l', "Hello! This is Jamal at Charlotte Mecklenburg Library's chat service."],
    [24, 'l', 'Is the new place in the city of Charlotte itself, or in a town like Matthews or Huntersville?'],
    [55, 'p', 'city, south end'],
    [60, 'l', 'Let me pull up the right pages for you, one moment.'],
    [181, 'l', 'Thanks for waiting! Water and sewer are Charlotte Water: start service at charlottenc.gov/water (Start, Stop or Transfer Service). Electric is Duke Energy: duke-energy.com/start-stop-move.'],
    [187, 'l', 'Does that cover what you needed?'],
    [230, 'p', 'yes ty'],
    [235, 'l', 'Anything else before you go?'],
    [260, 'p', 'nope thats it'],
    [264, 'l', 'Good luck with the move, bye!'],
  ], usual({ informed: 'fail' })),

  // 06 holds 120 s apart exactly
  s(WEN, '06 is a cheap interstate mover legit: holds at 80 and 200, the answer at 320 (120 s each), protectyourmove.gov', [
    [0, 'p', 'how can i tell if a moving company is legit? moving from ohio to georgia and got a quote that seems too cheap'],
    [20, 'l', "Hi there, I'm Wen, a reference librarian at Columbus Metropolitan Library."],
    [26, 'l', "Do you have the company's name, or a USDOT number from the quote?"],
    [75, 'p', 'name is Peach State Van Lines, no number on it'],
    [80, 'l', 'Let me see what I can find on them, bear with me.'],
    [200, 'l', "Still searching — nothing under that exact name yet in the federal lookup, I'm trying variations."],
    [320, 'l', "I couldn't find a USDOT registration for them. Every interstate mover has to have one: search by name on the FMCSA's mover lookup at protectyourmove.gov, which also shows complaints. A low quote with no DOT number is one of the red flags that site lists."],
    [326, 'l', 'Is that what you were looking for?'],
    [380, 'p', "yes wow ok. glad i asked. that's all i needed"],
    [386, 'l', 'Thanks for checking with us first. Take care!'],
  ], usual()),

  // 07 no source; the library's own circulation desk with no contact
  s(THEO, '07 a Seattle library card: city limits asked, "bring ID … to the Circulation Desk at any of our branches", no source', [
    [0, 'p', 'hey i just moved to seattle, can i get a library card? do i need like a lease or something'],
    [14, 'l', "Hi, welcome to Seattle! You're chatting with Theo at The Seattle Public Library."],
    [20, 'l', 'Do you live inside Seattle city limits? The card rules are a little different for the suburbs.'],
    [44, 'p', 'capitol hill so yes'],
    [50, 'l', "Great, then the card is free. Bring a photo ID and anything with your new address, like a lease or a piece of mail, to the Circulation Desk at any of our branches and they'll set you up on the spot."],
    [55, 'l', 'Does that help?'],
    [80, 'p', 'yes!! awesome ty'],
    [84, 'l', 'Anything else I can look up for you?'],
    [100, 'p', 'nah im good'],
    [104, 'l', 'Enjoy the library, and thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 08 greets without identifying; code null
  s(DESK7, '08 forwarding mail (emoji): "Hi there! 👋" under "AskUs Staff 7", usps.com/move, "ya thx 🙏", code null', [
    [0, 'p', 'how do i forward my mail when i move 📦📦'],
    [9, 'l', 'Hi there! 👋'],
    [15, 'l', 'When is your move date, and is it permanent or just for a few months?'],
    [40, 'p', 'permanent, the 28th'],
    [46, 'l', "You can set it up online at usps.com/move; there's a $1.10 charge to a card to verify your identity. Start about two weeks before, since it can take 7-10 business days to kick in."],
    [52, 'l', 'Did that answer it?'],
    [75, 'p', 'ya thx 🙏'],
    [80, 'l', 'Happy moving, bye! 🙂'],
  ], usual({ greeting: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 09 follow-up by me, e-mail read back, "by Wednesday", done exactly 72 h later (written in another offset)
  s(COLLEEN, '09 in-state tuition at George Mason (follow-up by me): e-mail read back, "by Wednesday", done exactly 72 h after the end, written at -08:00', [
    [0, 'p', 'Hi, my family moved from Maryland to Virginia in August. My daughter starts at George Mason next fall. Does she qualify for in-state tuition?'],
    [28, 'l', 'Good afternoon, this is Colleen, a librarian at Fairfax County Public Library. Happy to look into it.'],
    [34, 'l', 'Has she been living with you in Virginia since the move, and do you claim her as a dependent?'],
    [95, 'p', 'yes she lives with us, we claim her. but we moved Aug 2025 and the fall semester starts Aug 2026'],
    [101, 'l', "Virginia requires domicile for at least one year before the first day of classes. The state's rules are in SCHEV's domicile guidelines at schev.edu (Students > In-State Tuition). Whether your move date clears it depends on GMU's exact first day, so I'd like to check that and send it to you. What e-mail should I use?"],
    [150, 'p', 'margaret.oyelaran@example.net'],
    [156, 'l', "Thanks — margaret.oyelaran@example.net. I'll e-mail you GMU's cutoff by Wednesday."],
    [162, 'l', 'Meanwhile, does the SCHEV page help?'],
    [200, 'p', 'yes very much. thats all for now'],
    [206, 'l', 'Thank you for contacting Ask Us, and good luck to your daughter!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: atOff(211 + 72 * HOUR, -8) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by the patron's library, phone read back, no "when", done at 73 h
  s(GRETA, '10 an IEP moving from Iowa to Rochester MN (follow-up by patron\'s library): phone read back, no time given, done 73 h after the end', [
    [0, 'p', 'we re moving to rochester MN in january, my son has an IEP. how does that transfer to the new school?? im worried'],
    [35, 'l', "Hi, and thanks for reaching out to AskMN! I'm Greta, a librarian."],
    [41, 'l', 'Is the move within Minnesota, or are you coming from another state? The rules differ.'],
    [80, 'p', 'from iowa'],
    [86, 'l', "For a move from another state, the new district has to provide services comparable to the old IEP until it evaluates him and adopts a new one. The Minnesota Department of Education explains it at education.mn.gov (Students and Families > Special Education), and the book From Emotions to Advocacy by Pam and Pete Wright, in our catalogue, has a chapter on moves."],
    [92, 'l', "Our partner librarians at Rochester Public Library know the local district well, so I'll pass your question on and someone there will contact you. Is a phone number best?"],
    [140, 'p', 'yes 507-555-0198'],
    [146, 'l', 'Got it, 507-555-0198.'],
    [152, 'l', 'Does the MDE page help in the meantime?'],
    [190, 'p', 'it does thank you'],
    [196, 'l', 'Thanks for chatting with AskMN. Take care!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: atOff(201 + 73 * HOUR, 0) }] }, { now: T0 + 6 * DAY }),

  // 11 a promise to e-mail, coded Answered, the e-mail only in the patron field
  s(DESMOND, '11 a Georgia Power deposit: "I\'ll … e-mail you what I find", coded Answered, the e-mail only in patron.email, never in the chat', [
    [0, 'p', 'does anyone know if georgia power makes new customers pay a deposit? can i use my credit history from my old electric company instead'],
    [20, 'l', 'Hello! Ask a Librarian at Atlanta-Fulton Public Library, this is Desmond.'],
    [26, 'l', 'Who was your electric company before the move?'],
    [60, 'p', 'Xcel in Minnesota, 6 years never late'],
    [66, 'l', "Georgia Power's deposit rules are on georgiapower.com (Residential > Start Service > Deposits). Some utilities accept a letter of credit from your previous provider; I'll look into whether Georgia Power does and e-mail you what I find."],
    [72, 'l', 'Does the deposit page help for now?'],
    [120, 'p', 'yes thanks'],
    [125, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'dmoss@example.org', phone: null } }),

  // 12 coded follow-up by me with no promise in the chat; e-mail only in patron.email; not recorded after the deadline
  s(LUCIA, '12 registering a Wisconsin-titled car with a lien in Illinois (coded follow-up by me, no promise): "Call your lender first" with no contact, nothing recorded by day 5', [
    [0, 'p', 'moving to illinois and my car loan bank has the title. how do i register it here without the title'],
    [40, 'l', "Hi, I'm Lucia, librarian at Ask Us Illinois, welcome!"],
    [46, 'l', 'Which state is the car titled in now?'],
    [80, 'p', 'wisconsin'],
    [86, 'l', 'The Illinois Secretary of State asks your lienholder for the out-of-state title once you apply; the steps for new residents are at ilsos.gov (Vehicles > Title & Registration > New Residents). Call your lender first to ask how they handle title requests.'],
    [92, 'l', 'Did that help?'],
    [140, 'p', 'yeah. thats all thanks'],
    [146, 'l', "You're welcome — goodbye!"],
  ], usual({ contact: 'fail', onTime: 'fail', referral: 'fail' }), { ...FU_ME, patron: { name: null, email: 'w.okafor@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 13 no code field (the source has no codes); a promise with e-mail and time
  s(NADIA, '13 a grad student voting in Philadelphia (no code field): "e-mail them to you by tomorrow noon", e-mail read back, "Is that everything for today?"', [
    [0, 'p', 'hey i moved to philly for grad school, can i register to vote here or do i have to stay registered in new york?? also deadline'],
    [25, 'l', "hey! welcome to the Free Library of Philadelphia's chat, I'm Nadia (librarian)"],
    [30, 'l', 'Are you hoping to vote in the May primary, or in November?'],
    [60, 'p', 'may primary'],
    [66, 'l', "Students can register at their school address. Pennsylvania's online form is at vote.pa.gov (Register to Vote), and the deadline is 15 days before the election. I'll double-check the exact primary date and deadline and e-mail them to you by tomorrow noon — what's your email?"],
    [110, 'p', 'k.delacroix@example.edu'],
    [116, 'l', 'k.delacroix@example.edu — got it. Is that everything for today?'],
    [140, 'p', 'ya thats everything'],
    [144, 'l', 'Thanks for using the chat, bye!'],
  ], usual({ complete: 'fail', code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 14 a true Lost Call: check-in, notice + goodbye at a final idle of 179 s
  s(BEN, '14 car insurance NJ to PA (Lost Call): greeting only, "are you still with me?" at 139, notice + thanks at 199 (final idle 179 s)', [
    [0, 'p', 'do i need new car insurance if i move from nj to pa'],
    [20, 'l', "Hi, you've reached Ben, a librarian with AskUsNow! What can I help you find?"],
    [139, 'l', 'Hi, are you still with me?'],
    [199, 'l', "Looks like you may have disconnected — I'll close this chat now. Thanks for contacting AskUsNow!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Lost Call after three patron lines; no goodbye in the last two
  s(KENJI, '15 California knowledge test after Nevada (coded Lost Call, three patron lines): "ugh ok", the handbook link last, no goodbye', [
    [0, 'p', 'I moved to San Diego from Nevada. do i have to take the written test again for a CA license'],
    [15, 'l', 'Hi! Kenji here, librarian at San Diego Public Library.'],
    [21, 'l', 'Is your Nevada license still valid, or has it expired?'],
    [50, 'p', 'valid til 2028'],
    [56, 'l', "With a valid out-of-state license the DMV usually waives the drive test, but you still take the knowledge test. Details: dmv.ca.gov (Driver's Licenses > New to California)."],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'ugh ok'],
    [120, 'p', 'can i study online'],
    [126, 'l', "Yes, the California Driver's Handbook and practice tests are free at dmv.ca.gov/portal/driver-education-and-safety."],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 16 Practice
  s(TRAINEE, '16 practice chat (moving script): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3 change of address'],
    [6, 'l', 'test reply - macro "moving checklist"'],
    [14, 'l', 'See usps.com/move. Did that help?'],
    [22, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 no provider ever joined; Lost Call with one patron line
  s(NOONE, '17 a Michigan title after moving: queue line, no provider ever joined, patron left at 200, coded Lost Call', [
    [0, 'p', 'where do i get a new car title in michigan after moving'],
    waiting(2),
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 partly Spanish: an announced transfer, the internal note only after it
  s(MARK, '18 licencia de Puerto Rico a New Jersey (partly Spanish): transfer announced, the internal note sent after the transfer, Ana answers in Spanish, MVC agencies by URL', [
    [0, 'p', 'hola, me mude a New Jersey desde Puerto Rico, como cambio mi licencia de conducir?'],
    [18, 'l', 'Hello, this is Mark at the Newark Public Library chat. Would you prefer to continue in Spanish?'],
    [40, 'p', 'si por favor'],
    [46, 'l', "One moment please, I'm transferring you to my colleague Ana, who speaks Spanish."],
    xfer(50, 'Ana', 'ana-m'),
    [53, 'i', 'Ana, patron writes in Spanish, moved from Puerto Rico to NJ, wants to transfer their driver license.'],
    [120, 'l', '¡Hola! Soy Ana, bibliotecaria de Newark Public Library. ¿Su licencia de Puerto Rico está vigente?', as(ANA)],
    [160, 'p', 'si, vence en 2027'],
    [166, 'l', 'La MVC la trata como una licencia de otro estado: no necesita examen de manejo. Lleve la licencia y sus documentos de identificación (el sistema de 6 puntos) a una agencia de la MVC. Los requisitos están en nj.gov/mvc (Licenses > Out-of-State Transfer) y las direcciones de las agencias en nj.gov/mvc/locations.', as(ANA)],
    [172, 'l', '¿Eso responde a su pregunta?', as(ANA)],
    [210, 'p', 'si, gracias! es todo'],
    [215, 'l', '¡Gracias por comunicarse con nosotros, hasta pronto!', as(ANA)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 19 a silent transfer (the internal note only)
  s(OMAR, '19 in-state tuition at Austin Community College: internal note, silent transfer to Beth, 12-month rule, applytexas.org and austincc.edu', [
    [0, 'p', 'what counts as proof of residency for in-state tuition at austin community college? we moved from louisiana 8 months ago'],
    [25, 'l', 'Good evening! This is Omar, a librarian with the Austin Public Library Ask Us team.'],
    [31, 'l', 'Is the student you, or a dependent child?'],
    [70, 'p', 'me, im 24'],
    [74, 'i', 'Beth, residency question for ACC, adult student, 8 months in TX — can you take it?'],
    xfer(78, 'Beth', 'beth-m'),
    [130, 'l', 'Hi, Beth here, also with Austin Public Library.', as(BETH)],
    [136, 'l', "Texas requires 12 months of residence before the semester starts, so at 8 months you'd pay non-resident tuition for now. The rules and the Core Residency Questions are on applytexas.org (Residency), and ACC lists the documents it accepts at austincc.edu/residency.", as(BETH)],
    [142, 'l', 'Is that what you were looking for?', as(BETH)],
    [200, 'p', 'not what i wanted to hear but yes. thanks'],
    [206, 'l', 'Anything else I can help with tonight?', as(BETH)],
    [230, 'p', 'no thats all'],
    [235, 'l', 'Good luck with the move and school — goodbye!', as(BETH)],
  ], usual({ transfer: 'fail' })),

  // 20 an announced transfer with a note; the first provider busy only after handing over
  s(FAY, '20 Washington school vaccines, Idaho to Spokane: notice + note, transfer to Gus; Fay\'s three other chats open only after the transfer, Gus has two (pass)', [
    [0, 'p', 'Hello, moving from Idaho to Spokane this summer. Do my kids need different vaccines for school in Washington?'],
    [30, 'l', "Hi! I'm Fay, a librarian with Spokane County Library District."],
    [36, 'l', 'What grades will they be in this fall?'],
    [80, 'p', 'kindergarten and 6th'],
    [86, 'l', "I'm going to pass you to Gus, our health information librarian — please hold a moment."],
    [89, 'i', 'Gus, can you take this? School immunization requirements in WA for K and 6th grade, family moving from Idaho.'],
    xfer(92, 'Gus', 'gus-m'),
    [150, 'l', "Hello, Gus here at SCLD. Washington's school immunization requirements by grade are on the Department of Health's chart at doh.wa.gov/schoolimmunization. For 6th grade the big one is Tdap; for kindergarten it's the full DTaP, polio, MMR, varicella and hepatitis B series.", as(GUS)],
    [156, 'l', 'Does that answer your question?', as(GUS)],
    [210, 'p', "Yes, thank you. That's everything I needed."],
    [216, 'l', 'Thanks for contacting us, and welcome to Spokane!', as(GUS)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('f1', 'fay-m', 100, 600), other('f2', 'fay-m', 110, 600), other('f3', 'fay-m', 120, 600),
      other('g1', 'gus-m', -200, 400), other('g2', 'gus-m', 50, 300),
    ],
  }),

  // 21 four at once, briefly
  s(VANESSA, '21 Orange County homestead exemption after a move from New York: three other chats, all four open at once from 45 to 50 s', [
    [0, 'p', 'we just bought a house in orlando, moving from new york. how do we file for homestead exemption and whats the deadline'],
    [19, 'l', "Hi, thanks for contacting Orange County Library System! I'm Vanessa."],
    [25, 'l', 'Did you close on the house before January 1 of this year?'],
    [60, 'p', 'yes december'],
    [66, 'l', "Then you can file for this year; the deadline is March 1. The Orange County Property Appraiser takes applications online at ocpafl.org (Exemptions > Homestead). You'll need a Florida driver's license and vehicle registration at the new address."],
    [72, 'l', 'Does that help?'],
    [115, 'p', 'yes thank u'],
    [120, 'l', 'Anything else today?'],
    [135, 'p', 'no'],
    [139, 'l', 'Thanks, and welcome to Florida!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vanessa-m', -100, 50), other('v2', 'vanessa-m', 40, 300), other('v3', 'vanessa-m', 45, 60)],
  }),

  // 22 three at most, with touching ends
  s(IMANI, '22 comparing local movers in Baltimore: Consumer Reports through the library, five other chats, never more than three open at once (ends touch)', [
    [0, 'p', 'need to hire movers for a 1 bedroom in baltimore, local move. any way to compare them?'],
    [12, 'l', "Hello! You've got Imani at Enoch Pratt Free Library's Ask a Librarian."],
    [18, 'l', 'Is this a move within Maryland, or across state lines?'],
    [40, 'p', 'just across town'],
    [46, 'l', "For a local move the movers don't need a federal DOT number, so look at reviews and complaints instead. Consumer Reports has a moving guide you can read free with your library card (prattlibrary.org > Research > Consumer Reports), and the Maryland Attorney General's site lists complaints against movers (marylandattorneygeneral.gov)."],
    [52, 'l', 'Is that helpful?'],
    [80, 'p', 'very! thats all i needed'],
    [85, 'l', 'Happy moving, and thanks for chatting with Pratt!'],
  ], usual(), {}, {
    otherIntervals: [
      other('i1', 'imani-m', -100, 0), other('i2', 'imani-m', 10, 60), other('i3', 'imani-m', 20, 200),
      other('i4', 'imani-m', 60, 150), other('i5', 'imani-m', 90, 400),
    ],
  }),

  // 23 "my shift is over … Bye." (dismissal)
  s(DALE, '23 Chicago to Phoenix with kids and a dog: car first, then "Sorry, my shift is over and I need to log off now. Bye.", patron left', [
    [0, 'p', 'hi moving to phoenix from chicago w/ 3 kids and a dog. need to know about school, car registration, voter reg, and dog license. also utilities'],
    [30, 'l', 'Hello! This is Dale with the Phoenix Public Library.'],
    [36, 'l', "Wow, that's a lot! Which would you like to start with?"],
    [70, 'p', 'car first i guess'],
    [76, 'l', "Arizona wants you to register as soon as you're a resident, and in the Phoenix area the car needs an emissions test first. The steps are at azdot.gov/mvd (Vehicle Services > Moving to Arizona)."],
    [82, 'l', 'Did that help?'],
    [110, 'p', 'yes. ok now the schools'],
    [118, 'l', 'Sorry, my shift is over and I need to log off now. Bye.'],
    [130, 'p', 'wait what about the rest??'],
    left(140),
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 24 Spanish: other patrons waiting, an invitation back, the library's own desk by phone
  s(MARTA, '24 luz y gas en Los Ángeles sin SSN (Spanish): LADWP, then "Hay otras personas esperando … vuelva a escribirnos más tarde, o llame a nuestra Sala de Información"', [
    [0, 'p', 'hola, me acabo de mudar a Los Angeles. como pongo la luz y el agua a mi nombre? no tengo SSN todavia'],
    [22, 'l', '¡Hola! Bienvenido al chat de la Biblioteca Pública de Los Ángeles, le atiende Marta.'],
    [28, 'l', '¿Es una casa o un apartamento? En algunos edificios el agua la paga el dueño.'],
    [70, 'p', 'apartamento, el landlord dijo que la luz es mia'],
    [76, 'l', 'La luz en la ciudad la da LADWP. Puede abrir la cuenta sin número de Seguro Social presentando otra identificación, como el pasaporte o la matrícula consular; las instrucciones están en ladwp.com (Residential > Start Service).'],
    [82, 'l', '¿Le sirvió la información?'],
    [120, 'p', 'si gracias. y el gas? y internet? y tambien como saco la licencia de conducir y la tarjeta de la biblioteca'],
    [128, 'l', 'El gas es SoCalGas: socalgas.com. Hay otras personas esperando en el chat, así que por ahora lo dejamos aquí; vuelva a escribirnos más tarde para lo de la licencia y la tarjeta, o llame a nuestra Sala de Información al 213-555-0177. ¡Gracias por su paciencia!'],
    [150, 'p', 'ok gracias'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 25 a check-in that says the chat will close but not that the patron seems gone; final idle 189 s
  s(SASHA, '25 Oregon Motor Voter: answer at 61, "Are you still there? I\'ll close the chat if I don\'t hear back soon." at 190, goodbye at 250 (final idle 189 s)', [
    [0, 'p', 'do i have to register to vote separately in oregon or does the DMV do it'],
    [17, 'l', "Hi, I'm Sasha, a librarian answering for Answerland, Oregon's statewide library chat."],
    [23, 'l', "Are you getting an Oregon driver's license, or do you already have one?"],
    [55, 'p', 'getting one next week'],
    [61, 'l', "Oregon Motor Voter registers you automatically when you get your license at DMV; you'll get a card in the mail to choose a party or opt out. You can check your status at oregonvotes.gov (My Vote)."],
    [67, 'l', 'Does that answer your question?'],
    [190, 'l', "Are you still there? I'll close the chat if I don't hear back soon."],
    [250, 'l', 'Thanks for chatting with Answerland, goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 26 final idle exactly 120 s with no check-in and no goodbye; the library's own branches by URL
  s(ABBY, '26 a Worcester card in Somerville: "Bring it … to any of our three branches" with the library URL, then silence to endedAt (final idle exactly 120 s)', [
    [0, 'p', 'i moved from worcester to somerville, does my library card still work?'],
    [20, 'l', 'Hi there! Abby here, librarian at Somerville Public Library.'],
    [26, 'l', 'Is your card from the Worcester Public Library, or from another CW MARS library?'],
    [55, 'p', 'worcester public'],
    [70, 'l', "Massachusetts residents can use any public library in the state, but to borrow here you'll register your card with us. Bring it and proof of your new address to any of our three branches; the details are on somervillepubliclibrary.org (Services > Get a Card)."],
    [76, 'l', 'Did that help?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', referral: 'pass' }), { endAfter: 114 }),

  // 27 pickedUpAt 30 s, the first line at 155 (125 s after pickup); final idle 119 s
  s(COLE, '27 registering a Kentucky car in Nashville: pickedUpAt 30 s, first line at 155, goodbye 119 s after the answer', [
    [0, 'p', 'new to nashville. where do i register my car? do i need emissions test'],
    [155, 'l', "Hello, and welcome to Nashville Public Library's Ask a Librarian! I'm Cole."],
    [161, 'l', 'Is your car titled in another state right now?'],
    [190, 'p', 'yes kentucky'],
    [196, 'l', 'Davidson County ended emissions testing in 2022, so no test. The list of what to bring for an out-of-state vehicle is at nashvilleclerk.com (Motor Vehicles > New Residents), and you can start the registration online there.'],
    [202, 'l', 'Does that answer your question?'],
    [315, 'l', 'Thanks for using Ask a Librarian — goodbye!'],
  ], usual({ informed: 'fail', anything: 'fail' }), { pickedUpAt: at(30) }),

  // 28 check-in and notice, no goodbye, final idle exactly 180 s
  s(IKE, '28 switching a PA licence in Ohio (emoji): answer at 80, "Hello? Still there?" at 200, "It seems you\'ve disconnected, so I\'m ending this chat now." at 260 = endedAt (180 s)', [
    [0, 'p', 'hiii 🙂 moving to cleveland from PA, how long do i have to switch my license??'],
    [24, 'l', 'Hello! Cuyahoga County Public Library, this is Ike. Congrats on the move!'],
    [30, 'l', 'Has your lease or new job there started yet? The clock starts when you become a resident.'],
    [70, 'p', 'lease starts the 1st'],
    [80, 'l', "Ohio gives new residents 30 days after they establish residency to get an Ohio license. The BMV's new-resident checklist is at bmv.ohio.gov (Licenses & IDs > New Ohio Residents). Does that answer it?"],
    [200, 'l', 'Hello? Still there?'],
    [260, 'l', "It seems you've disconnected, so I'm ending this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 0 }),

  // 29 no question, no source, "call your county elections office"; code ""
  s(RUBY, '29 Cobb to Gwinnett voter address (chat-speak): no question, "call your county elections office" with no contact, no source, code ""', [
    [0, 'p', 'moved from cobb to gwinnett county do i need to re register to vote or update'],
    [15, 'l', 'Hi! Gwinnett County Public Library here, my name is Ruby.'],
    [21, 'l', "You don't need to register again since you stayed in Georgia, but you do need to update your address. Just call your county elections office and they'll take care of it."],
    [60, 'p', 'ok cool'],
    [64, 'l', 'Anything else I can do for you?'],
    [80, 'p', 'no'],
    [84, 'l', 'Thanks for stopping by the chat!'],
  ], usual({ clarify: 'fail', source: 'fail', complete: 'fail', referral: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 30 Spanish: check-in, notice and goodbye at a final idle of 214 s
  s(JULIAN, '30 cambio de dirección del correo, Miami a Orlando (Spanish): usps.com/move, "¿Sigue ahí?" at 220, "Parece que se desconectó; voy a cerrar este chat. Gracias …" at 300', [
    [0, 'p', 'buenas, como hago el cambio de direccion del correo? me mudo de Miami a Orlando el 15'],
    [30, 'l', 'Hola, buenas tardes. Soy Julián, bibliotecario del Miami-Dade Public Library System.'],
    [36, 'l', '¿El cambio es para toda la familia o solo para usted?'],
    [80, 'p', 'toda la familia'],
    [86, 'l', 'Puede hacerlo en línea en usps.com/move (elija "Familia"). Se cobra $1.10 a una tarjeta para verificar su identidad. ¿Le sirve?'],
    [220, 'l', '¿Sigue ahí?'],
    [300, 'l', 'Parece que se desconectó; voy a cerrar este chat. Gracias por comunicarse con nosotros y vuelva cuando quiera.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundMoving.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('18')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 8 (Spanish): "Lleve la licencia y sus documentos de identificación (el sistema de 6 puntos) a una agencia de la MVC. … las direcciones de las agencias en nj.gov/mvc/locations." tells the patron to take the licence to (visit) an office of an agency outside the chat, reached by a URL (RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office"; referral.contact pass: "e-mail, phone, postal address or URL").',
  [byNo('26')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "Bring it and proof of your new address to any of our three branches; the details are on somervillepubliclibrary.org (Services > Get a Card)." tells the patron to visit the provider\'s own library (its branches), reached by the library\'s URL (RUBRIC Terms, Referral: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"; referral.contact pass: "e-mail, phone, postal address or URL").',
};

describe('sixty-second round: moving to a new state or city, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundMoving.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundMoving.filter((c) => c.name in LEFT_WHY));
});
