/**
 * Forty-second round, helper K, checked: REFERRALS. Whole sessions of a statewide chat service (in the manner of Maryland's
 * AskUsNow!) on rubric v43 in which the librarian must send the patron elsewhere: health (Medicaid, therapists and a crisis
 * line, poison control, a clinic and a dental school for the uninsured, Medicare and SHIP, a teen worried about a friend),
 * legal (an eviction summons, small claims, expungement, a simple will, a name change, a power of attorney, an old statute),
 * immigration (I-90, citizenship classes, asylum help, an I-94, WIC and public charge, a Mexican passport), government
 * services (a birth certificate, Real ID, unemployment, a CP14 and a CP2000, where to mail a 502, voter registration, SNAP, a
 * car title after a death), consumer problems (a Social Security scam call, an electric shutoff). Spanish-speaking patrons
 * and providers in four (10, 25, 26, 32). Every one of the 17 checks labelled in every session before it was run.
 *
 * SHAPES TRIED:
 *  referrals: one party reached three ways (URL, phone, street address); two or three parties in one message, all reached
 *   (Legal Aid + Self-Help Center, SMECO + OHEP, a clinic + a dental school, the Lawyer Referral Service + the Public Law
 *   Library, USCIS Contact Center + CASA) or one not ("go to the Harford County Department of Social Services", "call your
 *   bank right away", "contact Catholic Charities' immigration legal services", "our Easton branch … just walk in", "tell a
 *   trusted adult — a parent, a teacher, or your school counselor", "having an estate attorney look it over", Spanish
 *   "consultar con un abogado de inmigración"); the contact in the next message ("X: <address>, <phone>", a list page of the
 *   local offices, Spanish "puede llamar al …"), two messages later after the patron asks for it, or before ("Make an
 *   appointment on that site"); a party named again ("When you talk to SMECO", "or at her local Social Security office");
 *   emergency numbers (988, 911); conditional offers ("If you have questions …, the USCIS Contact Center is at …"); a postal
 *   address to mail a return to; websites only (court forms, a legal-information guide, the elections site, Case Search:
 *   sources, no referral); a chat transfer to another librarian (no referral) with and without a note before it; library
 *   staff consulted for the patron (no referral);
 *  openings: pickups at 9-50 s, 70, 75 and 95 s (a patron "hello??" in the queue), a recorded pickedUpAt of 30 s before a
 *   first message at 80 s, "Hi there!" naming no one, Spanish greetings ("Le saluda Ana, bibliotecaria de …");
 *  waits: holds every 70-110 s (pass), "Let me check the deadline" then 174 s, a patron answer left 175 s (fail), a transfer
 *   notice as the hold before the receiving librarian;
 *  endings: check-in + notice that is also the invitation back (final idles 190-304 s), a check-in and a goodbye with no notice
 *   (200 s: disconnect fails; 138 s and 170 s: disconnect na), the patron's "thats all i need", "that's everything", "no, es
 *   todo", "eso es todo"; a limit of questions; a Lost Call with only the question;
 *  follow-ups: by me with the e-mail given and repeated and "by tomorrow afternoon" (done in 20 h); by the patron's library
 *   with the e-mail only in `patron.email` and no time (contact fails, on_time pending);
 *  concurrency: four chats at once (fail); a transfer where the receiving librarian's three other chats all end by the
 *   transfer (pass: each provider judged over the part she handled).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a referral need not be an imperative: "X can help … in person", "you might reach out to them", "CASA has accredited staff
 *   — <contact>" after "If you want help", "the USCIS Contact Center is at <phone>" after "If you have questions", "I'd
 *   recommend having an estate attorney look it over" and "just walk in" (to the library's own branch) tell the patron to
 *   contact or visit a person or organisation (the devset reads "the people at the court's self-help center can explain …"
 *   and "they would be the ones to ask" so);
 * - a generic person of a profession or role the patron is told to consult ("an estate attorney", "your bank", "your school
 *   counselor", "un abogado de inmigración") is a party needing its own way to be reached (as the statewide file read "check
 *   with your pharmacist" and "your school librarian");
 * - 988 and 911 are phone numbers (the devset passes "dial 311");
 * - a contact given anywhere in the chat for the party (the next message, or two messages later when the patron asks for it,
 *   under the party's acronym) reaches it: the patron has it; so does the organisation's own site where the branch is booked
 *   ("Make an appointment on that site, then bring the documents to the MVA branch you choose"), and the Lawyer Referral
 *   Service's number given right after "it's worth talking to a lawyer first" (it is how to reach one);
 * - "mail it to: Comptroller of Maryland, … Annapolis, MD 21411-0001" tells the patron to write to an agency: a referral
 *   with a postal address;
 * - "Is that a good place to start?", "Does that cover it?", "that help?", "¿Le sirve esta información?" ask whether what was
 *   given meets the need; "Have a great weekend — bye!", "Take care, and thanks for chatting." and "¡Que tenga un buen día!
 *   Adiós." are goodbyes;
 * - "I'll send this to the staff at your library and they'll get back to you" is a promise of a follow-up and consults staff
 *   for the patron (no referral);
 * - a greeting-only first provider message in a Lost Call ("Hi, this is Zoe at Ask MCPL, …") is no substantive exchange; the
 *   final idle runs from it (the first provider message after the patron's last that is not a hold) to the goodbye.
 *
 * COUNTS. Written: 32 whole sessions, all 17 checks labelled in each before the first run (a copy of the labels kept before
 * running). First run as labelled / disagreeing: 22 / 10, every disagreement on referral.contact (no other check of any
 * session disagreed). Label corrections: 0 (each of the ten reread against RUBRIC's Terms "Referral" and referral.contact and
 * kept; probes of one or two messages in a throwaway script narrowed each reason, quoted in LEFT_WHY). Final: 22 running,
 * 10 LEFT (below): 5 false fails where the party's contact is given elsewhere in the chat (5, 6, 12, 31, 32), 3 false passes
 * where a party with no contact goes unjudged or borrows another's (14, 21, 30), 2 referrals read as none (7, 9).
 * The redaction equality of describeSessions holds for every running case (a patron e-mail in the chat, one in
 * `patron.email`).
 *
 * Written on v43 as it landed, as a measurement: no scorer change was made for these cases in the round that wrote them;
 * the LEFT cases are for a next round.
 *
 * After block I's third wave (I18 `namedNextI18`: the next message names the party again with its contact), 31 ("worth
 * talking to a lawyer first" / "The … Lawyer Referral Service … 410-280-6961") reads as labelled: 23 running, 9 LEFT.
 *
 * FINAL RUN (`--project scoring`, this file only): 32 tests passed (10 through describeLeft).
 */
import { describe } from 'vitest';
import { all, at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, usual } from './helpers';
import { type Prov, as, session } from './provider-lines';

const HOUR = 3600;

/** A provider of one of the partner libraries. */

const DANA: Prov = { id: 'dana', name: 'Dana', library: 'HCPL' };
const SAM: Prov = { id: 'sam', name: 'Sam', library: 'AACPL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'HCLS' };
const TERRI: Prov = { id: 'terri', name: 'Terri W', library: 'PGCMLS' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'EPFL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth A.', library: 'ACLS' };
const KIM: Prov = { id: 'kim', name: 'Kim Lee', library: 'WCFL' };
const ALEX: Prov = { id: 'alex', name: 'Alex R.', library: 'FCPL' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'MCPL' };
const ANA: Prov = { id: 'ana', name: 'Ana', library: 'MCPL' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'HCLS' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'CALV' };
const BEN: Prov = { id: 'ben', name: 'Ben', library: 'RELGC' };
const LEAH: Prov = { id: 'leah', name: 'Leah M', library: 'WOR' };
const DEE: Prov = { id: 'dee', name: 'Dee', library: 'TCFL' };
const GWEN: Prov = { id: 'gwen', name: 'Gwen', library: 'QACL' };
const KEISHA: Prov = { id: 'keisha', name: 'Keisha', library: 'PGCMLS' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'FCPL' };
const LOU: Prov = { id: 'lou', name: 'Lou', library: 'SMCL' };
const MARGARET: Prov = { id: 'margaret', name: 'Margaret H.', library: 'WCFL' };
const TY: Prov = { id: 'ty', name: 'Ty', library: 'BCPL' };
const NIA: Prov = { id: 'nia', name: 'Nia', library: 'CAROL' };
const HAL: Prov = { id: 'hal', name: 'Hal', library: 'KENT' };
const REX: Prov = { id: 'rex', name: 'Rex', library: 'BCPL' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'MCPL' };
const LUIS: Prov = { id: 'luis', name: 'Luis', library: 'EPFL' };
const CARLA: Prov = { id: 'carla', name: 'Carla', library: 'CCPL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'DCPL' };
const CHRIS: Prov = { id: 'chris', name: 'Chris', library: 'EPFL' };
const PAT: Prov = { id: 'pat', name: 'Pat', library: 'HCPL' };
const TOM: Prov = { id: 'tom', name: 'Tom B', library: 'CCPL' };
const SUE: Prov = { id: 'sue', name: 'Sue', library: 'WOR' };
const MEL: Prov = { id: 'mel', name: 'Mel', library: 'AACPL' };
const SAL: Prov = { id: 'sal', name: 'Sal', library: 'EPFL' };

/** A session of provider `p` (provider-lines.ts `session`). */
const s = session;

export const referred: SessionCase[] = [
  // 1 Medicaid: Maryland Health Connection reached by URL and phone; "go to the Harford County Department of Social Services" with none
  s(DANA, '1 Medicaid after a layoff: Health Connection with URL and phone, "go to the Harford County Department of Social Services" with no contact', [
    [0, 'p', 'hi how do i sign up for medicaid? i lost my job and my insurance ends this month'],
    [28, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Dana, a librarian at Harford County Public Library. Sorry to hear about the job."],
    [35, 'l', 'Are you in Maryland? And is it just you, or kids too?'],
    [70, 'p', 'yes harford county, me and my 2 kids'],
    [80, 'l', 'One moment while I pull up the right page.'],
    [150, 'l', "You can apply online through Maryland Health Connection at marylandhealthconnection.gov, or call them at 1-855-642-8572 (Mon-Fri 8-6). Losing job-based coverage lets you apply any time, and kids often qualify even when a parent doesn't. Or you can go to the Harford County Department of Social Services and they'll help you fill out the application in person."],
    [156, 'l', 'Does that help?'],
    [200, 'p', 'ok i will try the website tonight'],
    [208, 'l', 'Good luck! Anything else I can help with?'],
    [240, 'p', 'no thats it thank you'],
    [246, 'l', 'Take care, and thanks for chatting with us!'],
  ], usual({ referral: 'fail' })),

  // 2 poison control: the number at once, no question, no "did that help"
  s(SAM, '2 poison control (urgent): "call Poison Control right now at 1-800-222-1222 … call 911", no question asked', [
    [0, 'p', 'my son just ate some of my moms blood pressure pills what do i do'],
    [9, 'l', "Hi, I'm Sam, a librarian with Anne Arundel County Public Library."],
    [12, 'l', "Please call Poison Control right now at 1-800-222-1222. They answer 24/7 and will tell you exactly what to do. If he is having trouble breathing or won't wake up, call 911."],
    [30, 'p', 'ok calling'],
    [40, 'l', 'I hope he is okay. Please come back anytime if you need us.'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 3 crisis line and a walk-in counselling centre, two directories as sources
  s(PRIYA, '3 therapists on Medicaid, patron feels hopeless: 988, Grassroots with phone and address, two directories', [
    [0, 'p', 'do you have a list of therapists that take medicaid? ive been feeling really hopeless lately and cant afford anything'],
    [40, 'l', "Hello, this is Priya at Howard County Library System's Ask a Librarian. Thank you for reaching out, I'm glad you did."],
    [46, 'l', 'Before I look: are you safe right now? And are you in Howard County?'],
    [95, 'p', 'im safe. just really down. yes columbia'],
    [100, 'l', "I'm glad you're safe. If that changes at any point, you can call or text 988, the Suicide & Crisis Lifeline, day or night."],
    [108, 'l', 'Let me look up therapists for you, one moment.'],
    [215, 'l', "Grassroots Crisis Intervention in Columbia has free walk-in counseling and a 24-hour line: 410-531-6677, 6700 Freetown Rd. For ongoing therapy with Medicaid, the Behavioral Health Administration's provider search is at health.maryland.gov/bha, and Psychology Today's directory (psychologytoday.com) lets you filter by Medicaid."],
    [222, 'l', 'Is that a good place to start?'],
    [300, 'p', 'yes thank you. i think ill call grassroots tomorrow'],
    [308, 'l', 'That sounds like a good plan. Is there anything else I can help you find?'],
    [340, 'p', 'no'],
    [346, 'l', 'Take good care of yourself. Thank you for chatting with us tonight.'],
  ], usual({ referral: 'pass' })),

  // 4 eviction: two holds, Legal Aid and the Self-Help Center with numbers; the patron goes quiet
  s(TERRI, '4 eviction summons: holds at 130 and 240, Legal Aid + Self-Help Center with phones; quiet patron, check-in 470, notice + goodbye 600', [
    [0, 'p', 'I got a paper on my door saying failure to pay rent, court date in 2 weeks. What do I do?'],
    [35, 'l', "Hi there, welcome to AskUsNow! My name is Terri and I'm a librarian with Prince George's County Memorial Library System."],
    [41, 'l', "Is this in Prince George's County? And is the paper from the District Court (a summons), or a letter from your landlord?"],
    [120, 'p', 'yes PG county. its from district court'],
    [130, 'l', 'Okay. Give me a couple minutes to gather some resources for you.'],
    [240, 'l', 'Still working on it — thanks for hanging in there.'],
    [330, 'l', "Here's what I found. The date on that summons matters, so act soon. Call Maryland Legal Aid at 1-888-465-2468 (or apply at mdlab.org) and the District Court Self-Help Center at 410-260-1392 — they give free legal advice by phone and chat. Renters' rights and the eviction steps are explained at peoples-law.org/eviction."],
    [336, 'l', 'Does that help with what you needed?'],
    [470, 'l', 'Are you still there?'],
    [600, 'l', "I haven't heard from you, so it seems you've been disconnected and I'll be closing this chat. Please contact us again anytime — good luck."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 5 small claims (chat-speak provider): the clerk's address and phone in the next message, the MHIC with URL and phone
  s(MARCUS, '5 small claims (terse provider): "file it with the District Court civil clerk" then its address and phone next; MHIC with URL and phone', [
    [0, 'p', 'how do u file small claims. contractor took my deposit and never showed'],
    [22, 'l', 'hey! Marcus here, librarian at Enoch Pratt Free Library (Ask Us Now).'],
    [27, 'l', 'how much was the deposit? and which county do you live in?'],
    [60, 'p', '$2800, baltimore city'],
    [66, 'l', 'ok under $5000 is small claims in District Court. the complaint form is DC-CV-001 at mdcourts.gov/district/forms'],
    [70, 'l', 'you file it with the District Court civil clerk, in person or through MDEC efiling.'],
    [76, 'l', 'Baltimore City District Court civil clerk: 501 E. Fayette St, Baltimore MD 21202, 410-878-8500'],
    [82, 'l', 'also the Maryland Home Improvement Commission takes complaints against contractors and has a guaranty fund that can pay back up to $30k. labor.maryland.gov/license/mhic or 410-230-6309'],
    [90, 'l', 'that help?'],
    [150, 'p', 'yes!! didnt know about the guaranty fund. thats all i need'],
    [155, 'l', 'glad it helps, good luck! bye'],
  ], usual({ referral: 'pass' })),

  // 6 expungement: MVLS named with no contact; the patron asks and gets it; a short final idle with a check-in
  s(RUTH, '6 expungement: "reach out to" MVLS with no contact, the patron asks, "MVLS: mvlslaw.org, or call …"; check-in at 400, goodbye 420', [
    [0, 'p', 'Can I get an old charge taken off my record? It was dismissed in 2011'],
    [45, 'l', 'Good afternoon! This is Ruth, a librarian with the Allegany County Library System.'],
    [52, 'l', 'Was the charge in Maryland, and was it a criminal or a traffic charge?'],
    [100, 'p', 'Maryland, criminal. possession, it was dropped'],
    [160, 'l', "Dismissed charges can usually be expunged in Maryland. The petition is form CC-DC-CR-072A; the People's Law Library explains the steps at peoples-law.org/expungement. Maryland Volunteer Lawyers Service helps people with expungements for free, so you might reach out to them."],
    [166, 'l', 'Does this answer your question?'],
    [230, 'p', 'yes. how do I reach the lawyers one'],
    [240, 'l', 'MVLS: mvlslaw.org, or call 410-547-6537.'],
    [275, 'p', 'thank you!'],
    [282, 'l', "You're welcome! Anything else today?"],
    [400, 'l', 'Are you still there?'],
    [420, 'l', 'Thanks for using AskUsNow! Goodbye.'],
  ], usual({ idle: 'pass', referral: 'pass' })),

  // 7 a simple will: books and a web page, then "having an estate attorney look it over" with no way to reach one
  s(KIM, '7 simple will: two books in the catalog, a web page; "I\'d recommend having an estate attorney look it over" with no contact', [
    [0, 'p', 'Do you have forms for making a simple will?'],
    [50, 'l', 'Hi! Kim Lee here, a librarian at Washington County Free Library.'],
    [56, 'l', 'Are you in Maryland, and is it a basic will (leaving everything to a spouse or children)?'],
    [90, 'p', 'yes Maryland, everything to my wife'],
    [170, 'l', 'Our catalog has "Nolo\'s Quick & Legal Will Book" and "Quicken WillMaker & Trust" (search either title at wcfl.org). The People\'s Law Library has a page on wills with a sample at peoples-law.org/wills. Maryland needs two witnesses signing in your presence.'],
    [175, 'l', "Since it's a legal document, I'd recommend having an estate attorney look it over before you sign."],
    [180, 'l', 'Did that help?'],
    [230, 'p', 'yes thanks'],
    [236, 'l', 'Great. Thanks for contacting us, have a good evening!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 8 name change: court forms and a guide only (sources, no referral)
  s(ALEX, '8 name change after divorce: the court\'s forms page and the People\'s Law Library guide only (sources, no referral)', [
    [0, 'p', 'Hi how do I change my name after my divorce? I want my maiden name back'],
    [30, 'l', 'Hello! This is Alex, a librarian with Frederick County Public Libraries. Happy to help.'],
    [38, 'l', 'Did your divorce decree already restore your former name, or did it not mention it?'],
    [95, 'p', 'it didnt say anything about it'],
    [110, 'l', 'Let me check the Maryland court forms for you.'],
    [200, 'l', "Then you'll need a petition for change of name (form CC-DR-060). The form and step-by-step instructions are at mdcourts.gov/family/forms, and the People's Law Library guide at peoples-law.org/changing-your-name walks through publishing the notice and the hearing."],
    [205, 'l', 'Is that what you were looking for?'],
    [260, 'p', 'yes, thats everything. thank u'],
    [266, 'l', 'You are welcome! Bye for now.'],
  ], usual()),

  // 9 green card renewal: USCIS Contact Center with phone, CASA with URL and phone
  s(OMAR, '9 green card (I-90): uscis.gov page, USCIS Contact Center phone, CASA with URL and phone', [
    [0, 'p', 'my green card expires in march. how do i renew it'],
    [20, 'l', "Hi, welcome to Ask MCPL! I'm Omar, a librarian at Montgomery County Public Libraries."],
    [27, 'l', 'Is it a 10-year card, or a 2-year conditional card?'],
    [70, 'p', '10 year'],
    [120, 'l', 'For a 10-year card you file Form I-90. The form, fee and instructions are at uscis.gov/i-90, and you can file it online there. If you have questions about your case, the USCIS Contact Center is at 800-375-5283.'],
    [126, 'l', 'One caution: some "notarios" charge a lot for this. If you want help filling it out, CASA has accredited staff — wearecasa.org or 301-431-4185.'],
    [130, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes thank you very much'],
    [205, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no'],
    [245, 'l', 'Have a good day, thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 10 Spanish: citizenship classes, the branch calendar URL and CASA's phone
  s(ANA, '10 (Spanish) clases de ciudadanía: calendario en mcpl.libnet.info, "llamar a CASA al 301-431-4185", "no, es todo"', [
    [0, 'p', 'hola, busco clases para el examen de ciudadania'],
    [35, 'l', '¡Hola! Le saluda Ana, bibliotecaria de Montgomery County Public Libraries. ¿En qué ciudad vive?'],
    [80, 'p', 'en silver spring'],
    [88, 'l', 'Un momento, por favor, busco las clases.'],
    [190, 'l', 'La biblioteca de Silver Spring tiene clases gratis de ciudadanía los martes a las 6:30 pm; el calendario está en mcpl.libnet.info/events. También puede llamar a CASA al 301-431-4185: ofrecen clases y ayuda con el formulario N-400.'],
    [196, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si muchas gracias'],
    [246, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [280, 'p', 'no, es todo'],
    [285, 'l', '¡Que le vaya bien! Gracias por comunicarse con nosotros.'],
  ], usual({ referral: 'pass' })),

  // 11 vital records: one party reached three ways; a late pickup
  s(NOOR, '11 birth certificate: picked up at 75 s; Division of Vital Records online, by phone, in person at its address', [
    [0, 'p', 'I need a certified copy of my birth certificate for a passport, born in Baltimore 1988'],
    [75, 'l', 'Hi, sorry for the wait! Noor here, librarian at Howard County Library System.'],
    [80, 'l', 'Do you need it fast, or is a few weeks okay?'],
    [120, 'p', 'my passport appt is in 3 weeks'],
    [175, 'l', 'Then order it from the Maryland Division of Vital Records. Online at health.maryland.gov/vsa (through VitalChek), by phone at 410-764-3038, or go in person to their office at 6764-B Reisterstown Road, Baltimore — walk-ins usually get it the same day. Bring a photo ID.'],
    [180, 'l', 'Does that cover it?'],
    [230, 'p', 'perfect, I will go in person. thanks!'],
    [236, 'l', 'Good luck with the passport! Anything else?'],
    [290, 'p', 'nope thats all'],
    [295, 'l', 'Bye, thanks for chatting!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 12 Real ID: no name in the opening; the MVA's site and "the MVA branch you choose"; a check-in but no notice
  s(JUNE, '12 Real ID: "Hi there!" names no one; "bring the documents to the MVA branch you choose" after mva.maryland.gov; check-in, no notice', [
    [0, 'p', 'what do i need to bring to get a real id'],
    [25, 'l', 'Hi there!'],
    [30, 'l', 'Do you already have a Maryland license, or is this your first one?'],
    [70, 'p', 'i have one but it doesnt have the star'],
    [130, 'l', "You'll need proof of identity (birth certificate or passport), your Social Security number, and two proofs of Maryland address. The MVA's checklist tool is at mva.maryland.gov/realid. Make an appointment on that site, then bring the documents to the MVA branch you choose."],
    [136, 'l', 'Does that help?'],
    [270, 'l', 'Hello? Are you still with me?'],
    [330, 'l', 'Thanks for chatting with AskUsNow!'],
  ], usual({ greeting: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' })),

  // 13 unemployment: a chat transfer (no referral) with a note and a notice; the receiving librarian refers with phone, e-mail, URL
  s(BEN, '13 unemployment "issue pending": transfer to Leah (notice + note first); DUI phone and e-mail, the American Job Center list URL', [
    [0, 'p', 'my unemployment claim says "issue pending" for 5 weeks. who do i talk to'],
    [30, 'l', "Hello, I'm Ben, a librarian with AskUsNow!"],
    [35, 'l', 'Which state is the claim in?'],
    [60, 'p', 'maryland'],
    [70, 'l', "We have a librarian on right now who specializes in job and benefits questions. I'm going to transfer you to her — one moment."],
    [75, 'i', 'Leah, MD UI claim stuck on issue pending 5 wks, pt wants who to contact. Can you take?'],
    [80, 's', 'Chat transferred to Leah M', sys('transfer', 'leah')],
    [110, 'l', 'Hi! Leah here, I help with job and benefits questions for AskUsNow!', as(LEAH)],
    [150, 'l', "An \"issue pending\" usually means an adjudicator has to review something. Call the Division of Unemployment Insurance claimant line at 667-207-6520 (Mon-Fri 7:30-3:30) and ask for the status of the adjudication. You can also email them at ui.inquiries@maryland.gov.", as(LEAH)],
    [155, 'l', 'Your local American Job Center can also help — the one for your county is listed at dllr.state.md.us/county. Does that help?', as(LEAH)],
    [200, 'p', 'yes thank you so much'],
    [205, 'l', 'Is there anything else I can help with?', as(LEAH)],
    [230, 'p', 'nope thats all'],
    [236, 'l', 'Good luck, and thanks for using AskUsNow!', as(LEAH)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    // Ben: two other chats over the whole session (3 at most); Leah: three others that end before the transfer (none in her part)
    otherIntervals: [other('b1', 'ben', -200, 400), other('b2', 'ben', 10, 500), other('l1', 'leah', -600, 79), other('l2', 'leah', -500, 60), other('l3', 'leah', -400, 80)],
  }),

  // 14 taxes: the IRS with a number; "AARP Tax-Aide … at our Easton branch … just walk in" with no contact
  s(DEE, '14 CP14 letter and free tax prep: IRS page and number; "at our Easton branch on Saturday mornings — just walk in" with no contact', [
    [0, 'p', 'i need help doing my taxes, i cant afford to pay someone. also got a letter from irs i dont understand'],
    [50, 'l', 'Good morning! This is Dee with the Talbot County Free Library. I can point you to some free help.'],
    [56, 'l', 'What does the IRS letter say at the top right — is there a notice number like CP2000?'],
    [140, 'p', 'CP14'],
    [148, 'l', 'OK, give me a sec to look that one up.'],
    [230, 'l', 'A CP14 means the IRS thinks you owe a balance. The notice is explained at irs.gov/individuals/understanding-your-cp14-notice. If you disagree or need a payment plan, call the IRS at 800-829-1040.'],
    [240, 'l', 'For free tax prep, AARP Tax-Aide volunteers are at our Easton branch on Saturday mornings, February through April — just walk in with your documents.'],
    [246, 'l', 'Does that help?'],
    [300, 'p', 'ok ill come saturday. thanks'],
    [306, 'l', 'Have a great weekend — bye!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 15 voter registration: the State Board's website only (a source); "let me check" then 174 s
  s(GWEN, '15 voter registration after a move: "Let me check the deadline" then 174 s; the elections website only (no referral)', [
    [0, 'p', 'how do i register to vote? i just moved here from delaware'],
    [40, 'l', "Hi! This is Gwen, a librarian at Queen Anne's County Library. Welcome to Maryland!"],
    [45, 'l', "Do you have a Maryland driver's license or MVA ID yet?"],
    [80, 'p', 'yes got it last week'],
    [86, 'l', 'Let me check the deadline for the next election.'],
    [260, 'l', 'You can register online at elections.maryland.gov/voter_registration — with an MVA license it takes about 5 minutes. The deadline is 21 days before each election, and Maryland also allows same-day registration during early voting.'],
    [266, 'l', 'Is that what you needed?'],
    [300, 'p', 'yes! done already lol'],
    [305, 'l', 'That was quick! Anything else?'],
    [330, 'p', 'no thats all, thanks'],
    [335, 'l', 'Thanks for chatting — happy voting!'],
  ], usual({ informed: 'fail' })),

  // 16 SNAP: "visit your local Department of Social Services office", its offices' page in the next message
  s(KEISHA, '16 SNAP: myMDTHINK (a source), "visit your local Department of Social Services office", the offices\' page URL next', [
    [0, 'p', 'How do I apply for food stamps'],
    [20, 'l', "Hello and welcome to AskUsNow! I'm Keisha, a librarian with Prince George's County Memorial Library System."],
    [26, 'l', 'Are you applying in Maryland? Which county?'],
    [60, 'p', 'yes prince georges'],
    [110, 'l', "In Maryland it's called SNAP (the Food Supplement Program). You can apply online at mymdthink.maryland.gov, or visit your local Department of Social Services office and apply on paper."],
    [116, 'l', "Prince George's County DSS has offices in Landover, Hyattsville and Temple Hills; addresses and phone numbers are at dhs.maryland.gov/local-offices/prince-georges-county."],
    [122, 'l', 'Does that help?'],
    [170, 'p', 'yes, the hyattsville one is close'],
    [176, 'l', 'Great! Anything else I can help you with?'],
    [210, 'p', 'no thank you'],
    [215, 'l', 'Thanks for contacting AskUsNow! Take care.'],
  ], usual({ referral: 'pass' })),

  // 17 a phone scam: "call your bank right away" (no contact), then the FTC and the SSA Inspector General with URL and phone
  s(WES, '17 Social Security scam call: "call your bank right away" with no contact; FTC URL, SSA Inspector General URL and phone', [
    [0, 'p', 'someone called saying my social security number was suspended and i need to pay to fix it. is that real??'],
    [25, 'l', 'Hi, this is Wes, a librarian at Frederick County Public Libraries.'],
    [30, 'l', "That is a scam — Social Security never suspends numbers or asks you to pay over the phone. Did you give them any information or money?"],
    [70, 'p', 'i gave them my bank account number before i got suspicious'],
    [80, 'l', 'Ok. First, call your bank right away and tell them your account may be compromised so they can watch it or close it.'],
    [88, 'l', 'Then report the call to the FTC at reportfraud.ftc.gov, and to the Social Security Inspector General at oig.ssa.gov/report or 1-800-269-0271.'],
    [95, 'l', 'Does that help?'],
    [140, 'p', 'ok calling the bank now thank you'],
    [146, 'l', 'Good luck. Thanks for contacting us, and come back anytime.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 18 utility shutoff: SMECO and OHEP with numbers, SMECO named again; quiet patron, check-in and notice
  s(LOU, '18 electric shutoff: SMECO and OHEP with phones, "When you talk to SMECO" again; check-in 400, notice + invitation 560', [
    [0, 'p', 'my electric is getting shut off friday, i cant pay the whole thing'],
    [30, 'l', "Hi, I'm Lou, a librarian with St. Mary's County Library. Let's see what help is out there."],
    [36, 'l', 'Who is your electric company — SMECO?'],
    [70, 'p', 'yes smeco'],
    [80, 'l', 'One moment, checking on energy assistance.'],
    [170, 'l', 'Two things to do today. Call SMECO at 1-888-440-3311 and ask for a payment arrangement. Then apply to the Office of Home Energy Programs for bill help: 1-800-332-6347, or online at mymdthink.maryland.gov.'],
    [176, 'l', "When you talk to SMECO, tell them you've applied for OHEP — a pending application can hold off a shutoff."],
    [182, 'l', 'Is that helpful?'],
    [250, 'p', 'yes very. thank you'],
    [256, 'l', "You're welcome — anything else I can help with today?"],
    [400, 'l', 'Still there?'],
    [560, 'l', "It seems we've been disconnected, so I'll end the chat now. Good luck Friday, and feel free to chat back in."],
  ], usual({ referral: 'pass', idle: 'pass', disconnect: 'pass' })),

  // 19 Medicare: Social Security by URL and phone, "or at her local Social Security office", SHIP by phone
  s(MARGARET, '19 Medicare at 65: Social Security (URL, phone) "or at her local Social Security office"; SHIP by phone; "that\'s everything"', [
    [0, 'p', 'My mother turns 65 in June. How does she sign up for Medicare and what is a supplement plan?'],
    [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow! My name is Margaret and I am a librarian at Washington County Free Library.'],
    [37, 'l', 'Is she already getting Social Security benefits? If she is, she will be enrolled automatically.'],
    [90, 'p', 'No she is still working part time'],
    [100, 'l', 'Let me find the best contacts for you.'],
    [205, 'l', "Then she signs up through Social Security: online at ssa.gov/medicare, by phone at 1-800-772-1213, or at her local Social Security office. For the supplement (Medigap) question, Maryland's State Health Insurance Assistance Program gives free, unbiased counseling — call 1-800-243-3425 and ask for the Washington County SHIP counselor."],
    [212, 'l', 'Does that completely answer your question?'],
    [260, 'p', "Yes, that's everything. Thank you so much."],
    [266, 'l', 'Thank you for using AskUsNow! Have a good afternoon.'],
  ], usual({ referral: 'pass' })),

  // 20 a clinic and a dental school for an uninsured patron; "hello??" in the queue, picked up at 95 s
  s(TY, '20 uninsured (Dundalk): "hello??" in the queue, pickup 95 s; a clinic with address and phone, the dental school by phone', [
    [0, 'p', 'where can i see a doctor without insurance in baltimore'],
    [60, 'p', 'hello??'],
    [95, 'l', "Hi, so sorry for the wait! I'm Ty, a librarian at Baltimore County Public Library."],
    [100, 'l', 'Do you live in the city or the county? And is it for a checkup or something specific?'],
    [140, 'p', 'county, dundalk. i have a bad tooth and also need a checkup'],
    [150, 'l', 'ok, one moment'],
    [255, 'l', "For the checkup: Baltimore Medical System's clinics see uninsured patients on a sliding fee; the closest to Dundalk is their Highlandtown Healthy Living Center, 3700 Fleet St, Baltimore, MD 21224, 410-558-4900."],
    [262, 'l', 'For the tooth: the University of Maryland School of Dentistry clinic does low-cost care — call 410-706-7101 for a screening appointment.'],
    [270, 'l', 'Does that help?'],
    [330, 'p', 'yes thank u'],
    [336, 'l', 'No problem! Thanks for chatting, bye!'],
  ], usual({ pickup: 'fail', anything: 'fail', referral: 'pass' })),

  // 21 asylum: "contact Catholic Charities" with no way to reach it; a list promised by e-mail "by tomorrow afternoon", done in 20 h
  s(NIA, '21 asylum help (follow-up by me): "contact Catholic Charities\' immigration legal services" with no contact; e-mail repeated, "by tomorrow afternoon", done in 20 h', [
    [0, 'p', 'I need free immigration lawyer help in Frederick, for my husband asylum case'],
    [25, 'l', "Hello! I'm Nia, a librarian with Caroline County Public Library, answering for AskUsNow!"],
    [31, 'l', 'Does he have a court date already, or is the asylum application not filed yet?'],
    [80, 'p', 'not filed yet. he came 6 months ago'],
    [90, 'l', 'Let me look, this may take a couple of minutes.'],
    [200, 'l', "The one-year filing deadline matters, so please don't wait. You could contact Catholic Charities' immigration legal services; they take asylum cases on a sliding scale. The Justice Department also keeps a list of free legal service providers by state at justice.gov/eoir/list-pro-bono-legal-service-providers."],
    [206, 'l', "I'd like to check which of those actually have Frederick hours right now and send you a short list. What email can I send it to?"],
    [260, 'p', 'rosa.mendez88@gmail.com'],
    [268, 'l', "Thanks — rosa.mendez88@gmail.com. You'll have the list from me by tomorrow afternoon."],
    [274, 'l', 'Is there anything else I can help you with?'],
    [300, 'p', 'no thank you so much'],
    [306, 'l', 'Thanks for chatting, take care!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass', referral: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 22 follow-up by the patron's library: the e-mail only in patron.email, no time; the staff are consulted for the patron (no referral)
  s(HAL, '22 2015 security deposit law (follow-up by patron\'s library): e-mail only in patron.email, no time said; staff consulted (no referral); pending', [
    [0, 'p', 'I need the text of the Maryland landlord tenant law as it was in 2015, for a dispute'],
    [40, 'l', 'Hi there, Hal at Kent County Public Library here, with AskUsNow!'],
    [46, 'l', 'Do you know which section — for example the security deposit law, Real Property 8-203?'],
    [110, 'p', 'yes 8-203, security deposit'],
    [120, 'l', 'Let me see what our databases have.'],
    [235, 'l', 'The current text is free at mgaleg.maryland.gov (Statutes, Real Property, 8-203), but the 2015 version is only in the older print volumes.'],
    [240, 'l', "I'll send this to the staff at your library and they'll get back to you with a copy of the 2015 section."],
    [280, 'p', 'ok thanks'],
    [286, 'l', 'Thanks for chatting with us!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'd.harper@example.com', phone: null } }),

  // 23 a limit of questions (critical); the I-94 page answered first
  s(REX, '23 I-94 then three more questions: "you\'ve reached the limit of questions for one chat session. Goodbye."', [
    [0, 'p', 'How do I get a copy of my I-94?'],
    [20, 'l', "Hi, I'm Rex, a librarian at Baltimore County Public Library. Did you enter by air or by land?"],
    [50, 'p', 'air'],
    [70, 'l', 'You can download your most recent I-94 free at i94.cbp.dhs.gov (choose "Get Most Recent I-94"). Did that work?'],
    [150, 'p', 'yes got it. also how do i change my address with uscis, and how do i get a social security card for my daughter, and where do i get a state id'],
    [165, 'l', "I'm sorry, you've reached the limit of questions for one chat session. Goodbye."],
    [175, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 24 Lost Call: only the question, the patron gone before the librarian joins at 70 s
  s(ZOE, '24 divorce decree (Lost Call): pickup 70 s, greeting only, check-in 150, notice + invitation 260', [
    [0, 'p', 'how do i get a copy of my divorce decree from 2009'],
    [70, 'l', 'Hi, this is Zoe at Ask MCPL, Montgomery County Public Libraries.'],
    [150, 'l', 'Are you still there?'],
    [260, 'l', "It looks like you've been disconnected, so I'll close this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 Spanish: a Mexican passport, the appointment site and phone, the consulate's address
  s(LUIS, '25 (Spanish) pasaporte mexicano: cita en citas.sre.gob.mx o por teléfono, "vaya al Consulado de México" con dirección; "eso es todo"', [
    [0, 'p', 'buenas tardes, necesito renovar mi pasaporte mexicano, vivo en baltimore'],
    [30, 'l', '¡Buenas tardes! Soy Luis, bibliotecario de Enoch Pratt Free Library. Con gusto le ayudo.'],
    [36, 'l', '¿Su pasaporte está vencido o todavía vigente?'],
    [75, 'p', 'se vence el mes que viene'],
    [140, 'l', 'Primero saque una cita en citas.sre.gob.mx (o por teléfono al 1-424-309-0009). Después vaya al Consulado de México en Washington, 1250 23rd St NW, Washington, DC 20037, con su pasaporte actual y una identificación.'],
    [146, 'l', '¿Es lo que necesitaba?'],
    [190, 'p', 'si gracias, eso es todo'],
    [196, 'l', '¡De nada! Gracias por usar AskUsNow. Que tenga buena tarde.'],
  ], usual({ referral: 'pass' })),

  // 26 Spanish: WIC and public charge; WIC by phone, "consultar con un abogado de inmigración" with no contact
  s(CARLA, '26 (Spanish) WIC y carga pública: USCIS page, WIC by phone, "le recomiendo consultar con un abogado de inmigración" with no contact', [
    [0, 'p', 'hola, si mi hija recibe WIC eso me afecta para la green card?'],
    [45, 'l', 'Hola, gracias por escribirnos. Me llamo Carla y soy bibliotecaria de Carroll County Public Library.'],
    [52, 'l', '¿Ya presentó la solicitud de residencia, o todavía no?'],
    [100, 'p', 'todavia no, el otro año'],
    [108, 'l', 'Déjeme buscar la información oficial, un momento.'],
    [210, 'l', 'Según USCIS, WIC no cuenta para la "carga pública". La explicación en español está en uscis.gov/es/cargapublica. Para inscribirse, llame a WIC de Maryland al 1-800-242-4942.'],
    [216, 'l', 'Como cada caso es distinto, le recomiendo consultar con un abogado de inmigración antes de presentar la solicitud.'],
    [222, 'l', '¿Le ayuda esta información?'],
    [290, 'p', 'si, gracias'],
    [296, 'l', '¿Algo más en que le pueda ayudar?'],
    [330, 'p', 'no gracias'],
    [336, 'l', '¡Que tenga un buen día! Adiós.'],
  ], usual({ referral: 'fail' })),

  // 27 a chat transfer (no referral): a notice, but the note written after the transfer; sources only
  s(IVY, '27 1994 eviction case: transfer to Chris with a notice but the note after it; Case Search and an Archives guide (sources, no referral)', [
    [0, 'p', 'im trying to find court records of an eviction case against my grandfather in 1994 in baltimore city'],
    [25, 'l', 'Hi! This is Ivy, a librarian at Dorchester County Public Library, on AskUsNow!'],
    [32, 'l', 'Do you have the case number, or just his name?'],
    [70, 'p', 'just his name, Walter Briggs'],
    [80, 'l', "I'm going to transfer you to a librarian at Enoch Pratt in Baltimore who knows these records better. Please hold on."],
    [85, 's', 'Chat transferred to Chris', sys('transfer', 'chris')],
    [88, 'i', 'Chris - 1994 Balt City eviction case, name only, thanks'],
    [130, 'l', 'Hi, this is Chris at Enoch Pratt Free Library. Happy to take a look.', as(CHRIS)],
    [140, 'l', 'Searching now.', as(CHRIS)],
    [250, 'l', "Maryland Judiciary Case Search (casesearch.courts.state.md.us) only goes back reliably to the early 2000s for landlord-tenant cases, and I don't see a Walter Briggs there. The Maryland State Archives' guide to court records at msa.maryland.gov explains which older District Court records were kept.", as(CHRIS)],
    [256, 'l', 'Does that help you get started?', as(CHRIS)],
    [300, 'p', 'yes thanks, ill look at the archives guide'],
    [306, 'l', 'Sounds good! Anything else?', as(CHRIS)],
    [340, 'p', 'no thats it'],
    [345, 'l', 'Thanks for chatting, good luck with the research!', as(CHRIS)],
  ], usual({ transfer: 'fail' })),

  // 28 mailing a tax return: the Comptroller's postal address; 175 s with no word after the patron's answer
  s(PAT, '28 where to mail a 502 with a payment: 175 s silence, then "mail it to: Comptroller of Maryland … Annapolis, MD 21411-0001"', [
    [0, 'p', 'where do i mail my maryland tax return? i owe a little'],
    [20, 'l', 'Hello, this is Pat with Harford County Public Library. Is it the regular 502 form?'],
    [55, 'p', 'yes 502'],
    [230, 'l', "Since you're sending a payment, mail it to: Comptroller of Maryland, Revenue Administration Division, 110 Carroll Street, Annapolis, MD 21411-0001. Put the payment voucher (PV) and check on top. The mailing addresses are also in the 502 instructions at marylandtaxes.gov."],
    [236, 'l', 'Did that answer it?'],
    [280, 'p', 'yes ty'],
    [286, 'l', 'Anything else I can help with?'],
    [310, 'p', 'nope'],
    [315, 'l', 'Thanks for using AskUsNow!, bye.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 29 a car title after a death: four chats at once; the Register of Wills by phone
  s(TOM, '29 car title after a death: four chats open at once (fail); the Register of Wills by phone; "thats all"', [
    [0, 'p', 'my dad passed away and i need to put his car in my name. how do i do that'],
    [35, 'l', "Hi, I'm Tom, a librarian at Carroll County Public Library. I'm sorry about your dad."],
    [42, 'l', 'Was the car in his name only, and has an estate been opened with the Register of Wills?'],
    [100, 'p', 'only his. no estate yet, it was just the car and a little bank account'],
    [110, 'l', 'One sec, looking up the MVA rules.'],
    [210, 'l', 'For a small estate, the MVA lets a surviving family member transfer the title with a few forms; the MVA\'s page on it is at mva.maryland.gov (search "title transfer deceased owner"). You may still need a Small Estate opened — call the Carroll County Register of Wills at 410-848-2586 to ask.'],
    [216, 'l', 'Does that help?'],
    [260, 'p', 'yes thanks a lot, thats all'],
    [266, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('t1', 'tom', -300, 400), other('t2', 'tom', 50, 500), other('t3', 'tom', 100, 300)],
  }),

  // 30 a teen worried about a friend: "tell a trusted adult … your school counselor" with no contact, 988 and 911
  s(SUE, '30 teen, friend talks of dying: "tell a trusted adult — a parent, a teacher, or your school counselor" (no contact), 988, 911', [
    [0, 'p', 'my friend keeps saying she wants to die, idk what to do'],
    [15, 'l', "Hi, I'm Sue, a librarian at Worcester County Library. I'm really glad you reached out."],
    [20, 'l', 'Is she in danger right now, like has she said she has a plan or is she hurting herself?'],
    [50, 'p', 'no i dont think so, she just says it a lot over text'],
    [60, 'l', 'Please tell a trusted adult today — a parent, a teacher, or your school counselor — even if she asked you to keep it secret. You can also call or text 988 (Suicide & Crisis Lifeline) with her or for advice yourself, any time. If she ever says she has a plan, call 911.'],
    [66, 'l', 'Does that help?'],
    [110, 'p', 'ya. ill tell the counselor tmrw. thx'],
    [116, 'l', "You're doing the right thing. Come back anytime, okay?"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 31 power of attorney: "worth talking to a lawyer first", the Lawyer Referral Service's number next; the Public Law Library with phone and address
  s(MEL, '31 power of attorney (pickedUpAt 30 s): "worth talking to a lawyer first", then the Lawyer Referral Service\'s phone and the law library\'s', [
    [0, 'p', 'I need a power of attorney form for my elderly mother, where do I get one that is legal in Maryland'],
    [80, 'l', 'Good morning! This is Mel, a librarian at Anne Arundel County Public Library.'],
    [86, 'l', 'Is it for finances (a general power of attorney) or for health care decisions (an advance directive)?'],
    [130, 'p', 'finances, she is starting to have memory problems'],
    [140, 'l', 'Let me pull up the statutory form.'],
    [240, 'l', "Maryland has a statutory form for a financial power of attorney (Estates & Trusts 17-202); the People's Law Library has it with instructions at peoples-law.org/powers-attorney. Because of her memory problems, she needs to understand what she's signing, so it's worth talking to a lawyer first."],
    [246, 'l', "The Anne Arundel Bar Association's Lawyer Referral Service can set up a low-cost consultation with an elder law attorney: 410-280-6961. The Public Law Library in the Annapolis courthouse also helps people find forms — 410-222-1387, 8 Church Circle."],
    [252, 'l', 'Does this give you what you need?'],
    [310, 'p', "Yes, that's very helpful. That's all I needed."],
    [316, 'l', 'Wonderful. Thank you for contacting us, and best wishes to your mother.'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(30) }),

  // 32 Spanish: a CP2000; "Llame al IRS" with the number in the next message; a check-in, no notice needed (170 s)
  s(SAL, '32 (Spanish) CP2000: "Llame al IRS antes de la fecha límite" then "llame al 800-829-1040"; check-in at 300, goodbye at 310', [
    [0, 'p', 'Hola, recibí una carta del IRS que dice que debo dinero pero yo no trabajé ese año'],
    [25, 'l', 'Hola, buenas noches. Le atiende Sal, bibliotecario de Enoch Pratt Free Library. ¿Qué número de aviso tiene la carta (por ejemplo CP2000)?'],
    [80, 'p', 'CP2000, del 2023'],
    [140, 'l', 'Un CP2000 significa que el IRS recibió un formulario con ingresos a su nombre que no aparece en su declaración. Puede ser robo de identidad. Llame al IRS antes de la fecha límite que aparece en la carta.'],
    [146, 'l', 'El número para avisos CP2000 viene en la carta, o puede llamar al 800-829-1040. Si alguien usó su número de Seguro Social, también puede reportarlo en robodeidentidad.gov.'],
    [152, 'l', '¿Le sirve esta información?'],
    [300, 'l', '¿Sigue ahí?'],
    [310, 'l', 'Gracias por comunicarse con nosotros. ¡Buenas noches!'],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass' })),
];

/**
 * Cases that disagree with the scorer, by the number that starts the case's name, each with its reason (run through
 * `describeLeft`, labels unchanged). All ten are referral.contact.
 */
const LEFT_WHY: Record<string, string> = {
  // false fails: the party IS given a way to be reached elsewhere in the chat, and the scorer does not link it
  '5': 'referral.contact: expected pass, got fail. "you file it with the District Court civil clerk, in person or through MDEC efiling." then the next message "Baltimore City District Court civil clerk: 501 E. Fayette St, Baltimore MD 21202, 410-878-8500". The next-message reading takes "Their number is …", "The county clerk\'s number is …" or a bare number, not the party named again with a colon or "is at" (probe: "Contact the county clerk." + "The county clerk is at 410-555-0100." fails; + "County clerk: 410-…" fails).',
  '6': 'referral.contact: expected pass, got fail. "Maryland Volunteer Lawyers Service helps people with expungements for free, so you might reach out to them." (msg 4); the patron asks "how do I reach the lawyers one"; the provider answers "MVLS: mvlslaw.org, or call 410-547-6537." (msg 7). A contact given two messages later, after the patron asks for it, under the acronym (or the full name: probe fails too), is not linked to the party.',
  '12': 'referral.contact: expected pass, got fail. "The MVA\'s checklist tool is at mva.maryland.gov/realid. Make an appointment on that site, then bring the documents to the MVA branch you choose." The MVA\'s own site is in the sentence before and is where the branch is booked ("that site"); with the URL in the same sentence ("Make an appointment at mva.maryland.gov, then bring … to the MVA branch") it passes.',
  '32': 'referral.contact: expected pass, got fail. Spanish: "Llame al IRS antes de la fecha límite que aparece en la carta." then the next message "El número para avisos CP2000 viene en la carta, o puede llamar al 800-829-1040." The Spanish next message with the number ("puede llamar al …", probe also "El número del IRS es …") is not read as the IRS\'s contact.',
  // false passes: a party with no way to be reached, passed on another party's contact or not read as a referral while another is
  '21': 'referral.contact: expected fail, got pass. "You could contact Catholic Charities\' immigration legal services; they take asylum cases on a sliding scale. The Justice Department also keeps a list of free legal service providers by state at justice.gov/eoir/…" Catholic Charities gets no contact anywhere; the Justice Department\'s list URL (a source of another organisation) lends it one because both sentences share the words "legal service(s)" (probe: without "legal service" in the second sentence it fails).',
  '30': 'referral.contact: expected fail, got pass. "Please tell a trusted adult today — a parent, a teacher, or your school counselor — even if she asked you to keep it secret. You can also call or text 988 …" The school counselor (a specialist, the patron told to talk to them) has no way to be reached; "tell a trusted adult … your school counselor" is not read as a referral at all (probe: na alone), while "Please talk to your school counselor today." fails as labelled.',
  '14': 'referral.contact: expected fail, got pass. "For free tax prep, AARP Tax-Aide volunteers are at our Easton branch on Saturday mornings, February through April — just walk in with your documents." The patron is told to visit the library\'s own branch (RUBRIC: own departments count when the patron is told to visit them) and the volunteers there, with no address or phone; "just walk in" is not read as a referral (probe: na alone), so only the IRS (with its number) is judged.',
  // a referral not read as one (na where RUBRIC fails or passes)
  '7': 'referral.contact: expected fail, got na. "Since it\'s a legal document, I\'d recommend having an estate attorney look it over before you sign." A recommendation to have a person outside the chat review the will (consult them) is a referral with no contact; "I recommend you talk to an estate attorney" fails as labelled, but "having X look it over" is not read as telling the patron to contact anyone (compare case 26, Spanish "le recomiendo consultar con un abogado", failing as labelled).',
  '9': 'referral.contact: expected pass, got na. "If you have questions about your case, the USCIS Contact Center is at 800-375-5283." and "If you want help filling it out, CASA has accredited staff — wearecasa.org or 301-431-4185." Parties offered for the patron to contact, stated as "X is at <phone>" / "X has staff — <contact>" (the devset reads "the people at the court\'s self-help center can explain …" and "they would be the ones to ask" as referrals); only an imperative ("call the USCIS Contact Center at …") is read as one.',
};
const leftKey = (c: SessionCase) => c.name.split(' ')[0]!;

describe('forty-second round: referrals, checked', () => {
  describeSessions('whole sessions', referred.filter((c) => !(leftKey(c) in LEFT_WHY)));
  describeLeft('whole sessions', referred.filter((c) => leftKey(c) in LEFT_WHY));
});
