/**
 * Sixty-fourth round, theme TRANSLATION AND INTERPRETING SERVICES, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: court interpreters (a Rockville landlord-tenant hearing in Amharic, a
 * Vietnamese-speaking juror in Orange County, a French speaker at a courthouse nobody answered, a naturalization interview with
 * one's own interpreter), medical interpreters (a Medicaid mother in Spanish, ASL at a cardiologist's office, an ER that used a
 * 12-year-old), certified translations (a Ukrainian marriage certificate for Social Security, a Polish birth certificate for a
 * Cook County adoption, a Russian teaching diploma for NYSED, a Guatemalan driving licence in Spanish), language lines at
 * agencies (SNAP at DCF in Haitian Creole, Social Security in Russian, the DMV test in Punjabi, Spanish pharmacy labels at CVS,
 * a Mandarin interpreter for an IEP meeting), volunteer translators (Translators without Borders, a landlord's letter in
 * Ukrainian), language-learning apps at the library (Mango for Korean, for medical Spanish and in Spanish for English,
 * Pronunciator, Transparent Language, ASL on Hoopla) and becoming an interpreter (medical in Oregon, court in Texas in Spanish
 * and English, court in New Jersey, ASL in Massachusetts). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundInterpreting-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hello and thanks for stopping by! This is Amara, a reference librarian at …" (01); a pickup at exactly 60 s (02:
 *   pass) and at 61 s (04: fail); `pickedUpAt` at 60 s with the first visible line at 95 (05: pass); "Hey there! 👋" + a
 *   question under the screen name "chatdesk3" (06: greets, names no one: fail); "Good afternoon, you have reached Ask Us Now!
 *   My name is Tobias, from …" (07); "I'm so sorry that happened. Hi, I'm Beth, a librarian at …" (29); "Good morning, Ask a
 *   Librarian here — I'm Viktor, at …" (30); Spanish "Hola, buenas tardes. Soy Marisol, bibliotecaria de …" (03), "Hola,
 *   bienvenida al chat. Le habla Joaquín, bibliotecario de …" (20), "Hola, buenas noches. Soy Andrés, bibliotecario del servicio
 *   …" (27); bilingual "¡Hola! Thanks for reaching out — soy Elena, bibliotecaria de Ask a Librarian en …" (14); no provider
 *   ever joined, a queue line only (28);
 *  inquiry: Medicaid or Medicare, civil or criminal, which state, which court, app or books, remote or in person, which
 *   language, 55/15 exemption or English test; the first source given before "Are you learning for travel, for work, or for
 *   class?" (10: fail); no source and no question at all, only an answer from knowledge (11: clarify and source fail);
 *   "… is she in New York City? Take your time." (25: a question, not a hold);
 *  waits: "Let me look up the ADA rule on that — one moment." answered exactly 120 s later (07: pass); "Bear with me while I
 *   look at a couple of options." answered 121 s later (08: fail); a patron answer with no hold, the provider 121 s later (09:
 *   fail); "Give me a moment to confirm …" with an internal question inside, answered 126 s later (30: fail); a transfer notice
 *   with an internal note, the receiver 100 s after the notice (21: pass); a silent transfer, the receiver 90 s after the
 *   patron (22: pass); "Please hold." with a transfer and no note, the receiver 130 s later (23: fail); 186 s waiting on the
 *   patron after "Take your time.", then a partial answer that says the search goes on ("I'm still checking …, one sec.")
 *   answered 74 s later (25: pass);
 *  endings: a final idle of 119 s ending on "Hi, are you still with me?" with no goodbye (16: idle na, courteous fails); 180 s
 *   exactly, with a check-in at 150 and a notice that thanks and invites back (17: both pass); 179 s to a notice that thanks,
 *   no check-in (18: idle fails, notice na); 185 s in a Spanish Lost Call, "¿Sigue conectado?" and "Parece que se ha
 *   desconectado, así que cerraré este chat. Gracias por escribir, ¡vuelva cuando quiera!" (27); "You've reached the limit of
 *   questions for one chat session. Goodbye." (19: dismissal, but courteous passes on "Goodbye."); "tengo varios usuarios
 *   esperando. Por favor vuelva a escribirnos más tarde" (20: allowed); the patron's "wow ok" and "ok gracias" as the last line
 *   (19, 20); patron-side "thats all i needed 😊", "eso es todo", "that was everything", "thats all for now", "that was all",
 *   "thats all", "thats everything", "that is all", and "ok thank u", "yes thank you", "si gracias", "yes ty" that do not count;
 *   "Have a good one!" as the last provider line (11);
 *  sources: prattlibrary.org, mdcourts.gov, hhs.gov, oregon.gov/oha, cchicertification.org, certifiedmedicalinterpreters.org,
 *   atanet.org, ssa.gov, dmv.ca.gov, ada.gov, translatorswithoutborders.org, app.unv.org, occourts.org, hclib.org, myflfamilies.com,
 *   txcourts.gov, jaxpubliclibrary.org, slcolibrary.org, deafservices.utah.gov, njcourts.gov, lapl.org, rid.org, mass.gov,
 *   sites.ed.gov, highered.nysed.gov, columbuslibrary.org, health.ny.gov, ocrportal.hhs.gov, uscis.gov; referral phones;
 *  referrals: "contact the Court Interpreter Program … 410-555-0172" (02: pass); "the Sikh Temple Sacramento runs driving-test
 *   classes in Punjabi — ask them about the next one" (06: no contact, fail); "the World Relief Spokane office helps refugees
 *   with letters like this: 509-555-0121" (15: na after a label correction, see COUNTS); "Call 1-800-772-1213" (17: pass); "call the hospital's Patient Relations
 *   office (860-555-0190)" and "file a civil rights complaint with the HHS Office for Civil Rights: the online form is at
 *   ocrportal.hhs.gov" (29: pass); "I'll send your question to them and they will contact you" (14), "I'll also ask our
 *   volunteer coordinator" (15): no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 70 h after the end (12: pass); a call-back promise with
 *   the phone read back and "tomorrow afternoon", coded Answered (13: code fails, contact passes, pending); FU_LIB with the
 *   e-mail typed by the patron, no time, done 73 h after the end (14: contact and on_time fail); FU_ME with no contact anywhere,
 *   "by Thursday", not recorded at day 4 (15: code, contact and on_time fail);
 *  codes: Lost Call after three patron messages and an answer (16: fail); Practice (26); a true Lost Call (27); Lost Call with
 *   one patron message and no provider (28: pass); none in the source (29); null (30);
 *  transfers: notice + internal note that says why (21: pass); internal note only (22: fail); notice only (23: fail);
 *  concurrency: three others open at once over this one (24: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hola, buenas tardes/noches", "Hola, bienvenida al chat" greet; "Soy Marisol, bibliotecaria de …", "Le habla Joaquín,
 *   bibliotecario de …", "soy Elena, bibliotecaria de Ask a Librarian en …" identify; "¿Le sirve esta información?", "¿Le sirve
 *   la página …?", "¿Es lo que buscaba?" are the completeness question; "¿Sigue conectado?" asks whether the patron is still
 *   there; "Parece que se ha desconectado, así que cerraré este chat" tells the patron they seem to have disconnected and the
 *   session ends;
 * - "Would those work for you?", "Will that work for you?", "Would that get you started?", "Does that help you plan?" and "Did
 *   that fix it?", asked of what was just given, ask whether it meets the need;
 * - "eso es todo", "that was everything", "thats all for now", "that was all", "that is all" say explicitly that the patron is
 *   done; "si gracias", "yes ty", "ok thank u", "yes thank you" do not;
 * - "Have a good one!" says goodbye (11); "Bye for now!" too (15); "Goodbye." after a dismissal still says goodbye (19);
 * - "ask them about the next one" (a temple's classes) tells the patron to ask an organisation: a referral, here with no way
 *   to reach it (06); telling the patron to file a complaint with an office is writing to it (29, with a URL either way);
 *   an office's page given for the patron to read ("requirements are at …", "their schedule is at …") is a source, not a
 *   referral, and so is an office described with its phone number when the patron is not told to call it (15); "I'll send your question to them and they will contact you" is the provider consulting on the patron's behalf;
 * - "Here's a first piece: … I'm still checking CVS's own page, one sec." is a partial result that says the search goes on: a
 *   hold (25); "Please hold." with a transfer is a hold (23); "… Take your time." at the end of a question is not (25);
 * - a transfer notice ("I'm moving you over to him now. Just a moment.") is a hold, so the receiver's first message ends
 *   the span it starts (21, 23);
 * - a greeting is not a hold, so in a Lost Call the final idle starts at it (27: 185 s);
 * - `resolutionCode: undefined` is a field left out (29: na), `null` a code not assigned (30: fail);
 * - a `followUps` entry 70 h after `endedAt` is within 72 h (12), 73 h after is not (14).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 15, referral.contact: labelled pass, scored na). It compiled and ran at
 * once; the labels had been copied aside before it.
 * Label corrections: 1.
 *  - case 15, referral.contact pass -> na. Reread against RUBRIC's Referral term ("telling the patron to contact or visit a
 *    person or organisation outside the chat (call, write to, ask or visit them)"): message 4, "We don't have a translation
 *    service, but the World Relief Spokane office helps refugees with letters like this: 509-555-0121", describes the office
 *    and gives its number but never tells the patron to call, write to, ask or visit it; the same reading this file already
 *    took for the Utah office "also runs free community ASL classes; their schedule is at …" in case 18 (na). The label had
 *    read an instruction into it that the text does not give. info.source stays pass (an organisation named with a way to
 *    reach it).
 * Final: 30 running, 0 LEFT. Every timing check (pickup at exactly 60 s and 61 s, `pickedUpAt` at 60 s with the first line at
 * 95, no provider; keep_informed at exactly 120 s after a hold, 121 s after a hold and after a patron line, 126 s across an
 * internal message, 100 s and 130 s after transfer notices, 90 s across a silent transfer, 186 s of waiting on the patron after
 * "Take your time." and a partial-result hold; final idles of 119, 179, 180 and 185 s; concurrency at four and at touching
 * ends; on_time done at 70 h and 73 h, unrecorded past the deadline, pending once) and every code (Lost Call after three patron
 * messages, Practice, a true Lost Call, Lost Call with one patron message and no provider, no codes in the source, null, a
 * promise under Answered, follow-up codes with and without a contact) scored as labelled on the first run. The redaction
 * equality of describeSessions holds for every case (patron e-mails typed and read back or typed only, a patron phone typed
 * and read back; agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (30 running as labelled, 0 through describeLeft). tsc clean
 * for this file (`npx tsc -p tsconfig.json --noEmit`).
 * ON v58 (block X): as on v57, 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const AMARA: Prov = { id: 'amara-i', name: 'Amara', library: 'EPFL' };
const DESMOND: Prov = { id: 'desmond-i', name: 'Desmond', library: 'MCPL-MD' };
const MARISOL: Prov = { id: 'marisol-i', name: 'Marisol', library: 'PGCMLS' };
const LENA: Prov = { id: 'lena-i', name: 'Lena', library: 'MCL-OR' };
const GARETH: Prov = { id: 'gareth-i', name: 'Gareth', library: 'CCPL-OH' };
const DESK3: Prov = { id: 'desk3-i', name: 'chatdesk3', library: 'SPL-CA' };
const TOBIAS: Prov = { id: 'tobias-i', name: 'Tobias', library: 'AACPL' };
const NOOR: Prov = { id: 'noor-i', name: 'Noor', library: 'DPL-MI' };
const BEATRIZ: Prov = { id: 'beatriz-i', name: 'Beatriz', library: 'OCPL-CA' };
const SAM: Prov = { id: 'sam-i', name: 'Sam', library: 'HCL-MN' };
const RUTH: Prov = { id: 'ruth-i', name: 'Ruth', library: 'TPL-WA' };
const YVETTE: Prov = { id: 'yvette-i', name: 'Yvette', library: 'CPL-IL' };
const DWAYNE: Prov = { id: 'dwayne-i', name: 'Dwayne', library: 'MDPLS' };
const ELENA: Prov = { id: 'elena-i', name: 'Elena', library: 'APL-TX' };
const FELIX: Prov = { id: 'felix-i', name: 'Felix', library: 'SPL-WA' };
const CARMEN: Prov = { id: 'carmen-i', name: 'Carmen', library: 'JPL-FL' };
const IRENE: Prov = { id: 'irene-i', name: 'Irene', library: 'BCPL' };
const OWEN: Prov = { id: 'owen-i', name: 'Owen', library: 'SLCOL' };
const HAL: Prov = { id: 'hal-i', name: 'Hal', library: 'NJSL' };
const JOAQUIN: Prov = { id: 'joaquin-i', name: 'Joaquín', library: 'LAPL' };
const PRIYANKA: Prov = { id: 'priyanka-i', name: 'Priyanka', library: 'WPL-MA' };
const WARREN: Prov = { id: 'warren-i', name: 'Warren', library: 'WPL-MA' };
const GRACE: Prov = { id: 'grace-i', name: 'Grace', library: 'FCPL-VA' };
const LOU: Prov = { id: 'lou-i', name: 'Lou', library: 'FCPL-VA' };
const PAOLO: Prov = { id: 'paolo-i', name: 'Paolo', library: 'QPL' };
const MING: Prov = { id: 'ming-i', name: 'Ming', library: 'QPL' };
const AHMED: Prov = { id: 'ahmed-i', name: 'Ahmed', library: 'CML' };
const WREN: Prov = { id: 'wren-i', name: 'Wren', library: 'NYPL' };
const TRAINEE: Prov = { id: 'trainee-i', name: 'Trainee', library: 'NCLIVE' };
const ANDRES: Prov = { id: 'andres-i', name: 'Andrés', library: 'NCKNOWS' };
const QUEUE: Prov = { id: 'queue-i', name: 'Queue', library: 'VRQ' };
const BETH: Prov = { id: 'beth-i', name: 'Beth', library: 'HPL-CT' };
const VIKTOR: Prov = { id: 'viktor-i', name: 'Viktor', library: 'SPL-WA' };

const s = session;

export const sixtyFourthRoundInterpreting: SessionCase[] = [
  // 01 the plain good session
  s(AMARA, '01 learning Korean for a daughter-in-law (emoji): "This is Amara, a reference librarian at Enoch Pratt", app or books, Mango, "thats all i needed 😊"', [
    [0, 'p', 'hi does the library have anything for learning korean?? my daughter in law is korean and i wanna surprise her lol'],
    [18, 'l', 'Hello and thanks for stopping by! This is Amara, a reference librarian at Enoch Pratt Free Library.'],
    [24, 'l', 'Would you rather use an app on your phone, or are books and audio CDs fine too?'],
    [55, 'p', 'app pls, im always on my phone'],
    [62, 'l', 'Then try Mango Languages: it has a full Korean course and it is free with your Pratt card. Start at prattlibrary.org/research/databases, pick Mango, and sign in with your card number. Is that the kind of thing you had in mind?'],
    [100, 'p', 'omg perfect, thats all i needed 😊'],
    [106, 'l', 'Wonderful, enjoy learning — and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a referral with a phone
  s(DESMOND, '02 a landlord-tenant hearing in Rockville in Amharic: pickup at exactly 60 s, "contact the Court Interpreter Program … 410-555-0172", mdcourts.gov', [
    [0, 'p', 'i have a hearing in district court in rockville next month, my english isnt great. do i have to bring my own interpreter?'],
    [60, 'l', "Good morning! I'm Desmond with Montgomery County Public Libraries' Ask a Librarian."],
    [66, 'l', 'Is it a civil case, like landlord-tenant or small claims, or a criminal or traffic matter?'],
    [100, 'p', 'landlord tenant. i speak amharic'],
    [108, 'l', 'Maryland courts provide a court interpreter free of charge in civil and criminal cases, Amharic included, but you have to ask ahead of time: contact the Court Interpreter Program at the Administrative Office of the Courts, 410-555-0172, or use the request form at mdcourts.gov/courtinterpreter. Did that answer your question?'],
    [150, 'p', 'yes thank you so much'],
    [155, 'l', 'Anything else I can help with today?'],
    [180, 'p', 'no'],
    [185, 'l', 'Good luck at your hearing, and thanks for writing in!'],
  ], usual({ referral: 'pass' })),

  // 03 Spanish
  s(MARISOL, '03 intérprete para la cita de una madre con Medicaid (Spanish): "Soy Marisol, bibliotecaria", hhs.gov, "¿Le sirve esta información?", "eso es todo"', [
    [0, 'p', 'hola buenas, mi mamá tiene cita en el hospital y no habla ingles. tienen que darle interprete o tengo que ir yo a traducir??'],
    [25, 'l', 'Hola, buenas tardes. Soy Marisol, bibliotecaria de la Biblioteca del Condado de Prince George. Con mucho gusto le ayudo.'],
    [31, 'l', '¿La cita es en un hospital o clínica que acepta Medicaid o Medicare?'],
    [70, 'p', 'si tiene medicaid'],
    [78, 'l', 'Entonces el hospital debe ofrecerle un intérprete gratis, por teléfono, video o en persona; usted no tiene que traducir. Lo explica la Oficina de Derechos Civiles en hhs.gov/civil-rights/for-individuals/special-topics/limited-english-proficiency, con versión en español.'],
    [84, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias, eso es todo'],
    [136, 'l', '¡De nada! Que le vaya muy bien a su mamá. Gracias por escribirnos.'],
  ], usual()),

  // 04 pickup at 61 s
  s(LENA, '04 becoming a certified medical interpreter in Oregon (Spanish and Portuguese): 61 s pickup, oregon.gov/oha, CCHI and NBCMI by URL', [
    [0, 'p', 'how do i become a certified medical interpreter? i speak spanish and portuguese'],
    [61, 'l', 'Hi, thanks for waiting! Lena here, librarian at Multnomah County Library.'],
    [67, 'l', 'Are you thinking of national certification, or of what Oregon requires to work in Oregon hospitals?'],
    [110, 'p', 'both i guess, i live in portland'],
    [117, 'l', "Oregon's Health Care Interpreter program at the Oregon Health Authority qualifies and certifies interpreters; the requirements are at oregon.gov/oha/oei (Health Care Interpreters). Nationally two boards certify: CCHI (cchicertification.org) and NBCMI (certifiedmedicalinterpreters.org). Both want a 40-hour training course first. Does that help?"],
    [170, 'p', 'yes a lot, thats all i needed thx'],
    [175, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt 60 s, first visible line at 95
  s(GARETH, '05 a certified translation of a Ukrainian marriage certificate for Social Security: pickedUpAt 60 s, first line at 95, atanet.org, ssa.gov', [
    [0, 'p', 'hello, i need certified translation of my ukrainian marriage certificate for social security office. where to get it, not expensive?'],
    [95, 'l', 'Hi, Gareth from Ask a Librarian at Cuyahoga County Public Library — sorry for the short wait!'],
    [101, 'l', 'Is the office asking for a translation only, or for a certified or notarized one?'],
    [140, 'p', 'they said certified translation'],
    [147, 'l', 'A certified translation carries a signed statement from the translator that it is complete and accurate. The American Translators Association lists certified Ukrainian-English translators at atanet.org/directory, and Social Security\'s own rule is on ssa.gov (search "foreign documents translation"). Does this answer your question?'],
    [200, 'p', 'yes thank you'],
    [206, 'l', 'Is there anything else I can look up for you?'],
    [230, 'p', 'no thats all thank you'],
    [235, 'l', 'Take care — bye!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 06 greets, names no one; a referral with no contact
  s(DESK3, '06 the DMV written test in Punjabi: "Hey there! 👋" under the screen name "chatdesk3", dmv.ca.gov, "the Sikh Temple Sacramento … ask them" (no contact)', [
    [0, 'p', 'does the DMV have interpreters for the drivers test? my dad only speaks punjabi'],
    [14, 'l', 'Hey there! 👋'],
    [19, 'l', 'What state is he taking the test in?'],
    [40, 'p', 'california, sacramento'],
    [46, 'l', "The California DMV gives the written knowledge test in many languages, Punjabi included, and you can't bring your own interpreter into the test. The list of languages is on the Driver Handbooks page at dmv.ca.gov (Driver Handbooks > Languages). If he wants help studying, the Sikh Temple Sacramento runs driving-test classes in Punjabi — ask them about the next one."],
    [52, 'l', 'did that help?'],
    [90, 'p', 'yes!! thx'],
    [96, 'l', 'anything else?'],
    [110, 'p', 'nope thats it'],
    [114, 'l', 'cool, bye!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 07 a hold answered exactly 120 s later
  s(TOBIAS, '07 an ASL interpreter at a cardiologist\'s office: "Let me look up the ADA rule on that — one moment." answered exactly 120 s later, ada.gov', [
    [0, 'p', 'Hi, I need to find a sign language interpreter for my grandmas doctor visit. who pays for it?'],
    [20, 'l', 'Good afternoon, you have reached Ask Us Now! My name is Tobias, from Anne Arundel County Public Library.'],
    [26, 'l', "Is the visit at a hospital or at a private doctor's office?"],
    [55, 'p', 'private office, a cardiologist'],
    [61, 'l', 'Let me look up the ADA rule on that — one moment.'],
    [181, 'l', "Thanks for waiting. Under the ADA a private doctor's office must provide, and pay for, a qualified ASL interpreter when one is needed for effective communication; the patient can't be charged. The Department of Justice explains it at ada.gov/resources/effective-communication. Is that what you needed?"],
    [230, 'p', 'yes exactly, thank you!! that was everything'],
    [235, 'l', 'You are very welcome — take care!'],
  ], usual()),

  // 08 a hold answered 121 s later
  s(NOOR, '08 volunteering as an Arabic and French translator from home: "Bear with me …" answered 121 s later, translatorswithoutborders.org, app.unv.org', [
    [0, 'p', 'can i volunteer as a translator somewhere? i speak arabic and french, just graduated'],
    [16, 'l', "Hello! I'm Noor, one of the librarians at Dearborn Public Library."],
    [22, 'l', 'Are you hoping for in-person volunteering around Dearborn, or remote translation you can do from home?'],
    [60, 'p', 'remote is better'],
    [66, 'l', 'Bear with me while I look at a couple of options.'],
    [187, 'l', "OK! Translators without Borders takes volunteer translators for humanitarian texts; their volunteer page is translatorswithoutborders.org/volunteer. The UN's volunteer site, app.unv.org, also lists online translation assignments. Would those work for you?"],
    [230, 'p', 'yes both look great ty'],
    [236, 'l', 'Anything else I can find for you?'],
    [250, 'p', 'no thats all'],
    [255, 'l', 'Have a great day, thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 09 no hold: the provider 121 s after the patron
  s(BEATRIZ, '09 a jury summons for a Vietnamese speaker: the patron answers at 50, the provider at 171 with no hold (121 s), occourts.org, "ok thank u"', [
    [0, 'p', 'my son got a jury summons and needs an interpreter?? he speaks vietnamese. or can he be excused'],
    [22, 'l', 'Hi, this is Beatriz at Orange County Public Libraries, CA. Happy to help.'],
    [28, 'l', 'Is the summons for Orange County Superior Court, or for federal court?'],
    [50, 'p', 'orange county superior'],
    [171, 'l', "California jurors must be able to understand English, and the courts don't provide interpreters for jurors. He can claim the exemption for lack of English online at occourts.org/jury (Juror Excuse). Does that answer it?"],
    [200, 'p', 'ok thank u'],
    [205, 'l', 'Take care, bye now!'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 10 the source before the question; no completeness question
  s(SAM, '10 free apps to learn Spanish (a nurse): Mango and Transparent at hclib.org first, then "Are you learning for travel, for work, or for class?"', [
    [0, 'p', 'What apps can I use at the library to learn Spanish? Free ones'],
    [15, 'l', 'Hi! Sam from Ask a Librarian at Hennepin County Library.'],
    [21, 'l', 'With your library card you get Mango Languages and Transparent Language Online free — both are under hclib.org/research/databases (Languages).'],
    [27, 'l', 'Are you learning for travel, for work, or for class?'],
    [60, 'p', 'work, i am a nurse'],
    [67, 'l', 'Mango has a "Medical Spanish" specialty course that would suit you; it shows up inside Mango after you sign in.'],
    [110, 'p', 'great, thats all i needed. thanks!'],
    [114, 'l', 'Have fun with it — goodbye!'],
  ], usual({ clarify: 'fail', complete: 'fail' })),

  // 11 no source, no question; "Have a good one!"
  s(RUTH, '11 translator vs interpreter: an answer from knowledge, no source and no question, "Does that help?", "Have a good one!"', [
    [0, 'p', 'whats the difference between a translator and an interpreter'],
    [17, 'l', 'Hello, thanks for contacting the library! This is Ruth, reference staff at Tacoma Public Library.'],
    [23, 'l', 'A translator works with written text, like documents and books; an interpreter works with spoken or signed language in real time, like in a courtroom or a clinic.'],
    [28, 'l', 'Does that help?'],
    [60, 'p', 'yes makes sense thx'],
    [65, 'l', 'Glad to help. Anything else?'],
    [90, 'p', 'nope'],
    [94, 'l', 'Have a good one!'],
  ], usual({ clarify: 'fail', source: 'fail' })),

  // 12 follow-up by me: e-mail typed and read back, "by Wednesday", done 70 h after the end
  s(YVETTE, '12 a Polish birth certificate for a Cook County adoption (follow-up by me): atanet.org, e-mail read back, "by Wednesday", done at 70 h', [
    [0, 'p', 'hi i need a court certified translation of a polish birth certificate for an adoption case in cook county. does the court have a list?'],
    [21, 'l', "Hi, I'm Yvette, a librarian with Chicago Public Library's chat service."],
    [27, 'l', 'Is the adoption in the Circuit Court of Cook County, and does the judge require a particular form of certification?'],
    [70, 'p', 'yes cook county, lawyer said translator must sign affidavit'],
    [77, 'l', "The court's interpreter roster covers spoken interpreting; for written translations most people use a translator who signs an affidavit of accuracy. The ATA directory at atanet.org/directory filters for Polish. I want to confirm whether Cook County accepts out-of-state translators, so I'll look into it and e-mail you. What's your address?"],
    [120, 'p', 'kasia.w@example.net'],
    [126, 'l', "Thanks, I have kasia.w@example.net. You'll hear from me by Wednesday."],
    [131, 'l', 'Does the directory help for now?'],
    [170, 'p', 'yes, thats all for now'],
    [175, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(180 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 a promise to call back, phone read back, "tomorrow afternoon", coded Answered
  s(DWAYNE, '13 a Haitian Creole interpreter for SNAP at DCF: "I\'ll call you back with that tomorrow afternoon", phone read back, coded Answered', [
    [0, 'p', 'does the county social services office have a language line? my neighbor speaks only haitian creole and needs to apply for snap'],
    [19, 'l', 'Hello! Dwayne here, a librarian at Miami-Dade Public Library System.'],
    [25, 'l', 'Is she applying online, by phone, or going in person?'],
    [60, 'p', 'in person probably, she doesnt use computer'],
    [67, 'l', "In Florida SNAP is run by DCF, and its offices must offer free interpreting, Haitian Creole included. The ACCESS Florida page myflfamilies.com/access lists the service centers. I'd like to find out which Miami center has Creole-speaking staff on site, so I'll call you back with that tomorrow afternoon. What number should I use?"],
    [110, 'p', '305 555 0148'],
    [116, 'l', 'Got it: 305-555-0148. Does the ACCESS page help meanwhile?'],
    [150, 'p', 'yes thank you'],
    [155, 'l', 'Thanks for writing in — talk tomorrow!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 14 partly Spanish; follow-up by the patron's library; e-mail typed, no time; done 73 h after the end
  s(ELENA, '14 ser intérprete de la corte en Texas (partly Spanish, follow-up by patron\'s library): txcourts.gov, e-mail typed by the patron, no when, done at 73 h', [
    [0, 'p', 'hola, quiero ser interprete de la corte en texas. what exams do i need? i am bilingual spanish english'],
    [24, 'l', '¡Hola! Thanks for reaching out — soy Elena, bibliotecaria de Ask a Librarian en Austin Public Library.'],
    [30, 'l', '¿Le interesa ser intérprete en las cortes estatales de Texas o en la corte federal?'],
    [66, 'p', 'state courts'],
    [73, 'l', 'Texas licenses court interpreters through the Judicial Branch Certification Commission: a written exam, then an oral exam, then the license fee. Todo está en txcourts.gov/jbcc (Licensed Court Interpreters). Your home library, Round Rock, has a career coach who helps with exam prep — I\'ll send your question to them and they will contact you. ¿A qué correo le escriben?'],
    [120, 'p', 'mvillalobos@example.com'],
    [126, 'l', '¿Le sirve la página de la comisión mientras tanto?'],
    [160, 'p', 'si gracias'],
    [166, 'l', '¡Mucha suerte! Gracias por usar el chat.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(171 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 follow-up by me with no contact anywhere, not recorded at day 4; World Relief's phone given, the patron not told to call (no referral)
  s(FELIX, '15 a landlord\'s letter into Ukrainian (follow-up by me, emoji): the World Relief phone given (no referral), "get back to you by Thursday", no contact anywhere, unrecorded at day 4', [
    [0, 'p', 'do u have volunteers at the library who can translate a letter from my landlord into ukrainian? 🙏'],
    [16, 'l', 'Hi! This is Felix, librarian at Spokane Public Library.'],
    [22, 'l', 'How long is the letter, and is it urgent?'],
    [50, 'p', '2 pages, need to answer by next week'],
    [57, 'l', "We don't have a translation service, but the World Relief Spokane office helps refugees with letters like this: 509-555-0121. I'll also ask our volunteer coordinator whether anyone on our ESL conversation team reads Ukrainian, and get back to you by Thursday."],
    [63, 'l', 'Does that help for now?'],
    [100, 'p', 'yes ty'],
    [105, 'l', 'Bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 16 final idle 119 s ending on a check-in, no goodbye; Lost Call after three patron messages
  s(CARMEN, '16 free Rosetta Stone for a trip to France: Pronunciator, "Hi, are you still with me?" at 161, endedAt 180 (final idle 119 s), coded Lost Call', [
    [0, 'p', 'do yall have rosetta stone for free? want to learn french b4 my trip'],
    [20, 'l', 'Hi there, Carmen with the Ask a Librarian team at Jacksonville Public Library.'],
    [26, 'l', 'When is the trip? That decides whether a quick phrase course or a full course suits you.'],
    [55, 'p', 'in 3 weeks'],
    [61, 'l', "Then Pronunciator would be a good fit: it's free with your card and has short travel courses for French. Log in at jaxpubliclibrary.org/elibrary (Languages). Will that work for you?"],
    [161, 'l', 'Hi, are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endedAt: at(180) }),

  // 17 final idle exactly 180 s: a check-in and a notice that thanks
  s(IRENE, '17 a Russian interpreter on the Social Security line: "Call 1-800-772-1213", "Are you still there?" at 150, notice with thanks at 232 (180 s)', [
    [0, 'p', 'does social security have interpreters if i call? my english is ok but not for the complicated stuff'],
    [18, 'l', "Welcome to Ask Us 24/7! I'm Irene, a librarian at Baltimore County Public Library."],
    [24, 'l', 'Which language would you like the interpreter in?'],
    [45, 'p', 'russian'],
    [52, 'l', 'Yes — Social Security provides free interpreters in Russian and many other languages, by phone or at an office. Call 1-800-772-1213 and say "Russian" when asked, and they\'ll connect an interpreter. The details are at ssa.gov/multilanguage. Does that answer your question?'],
    [150, 'l', 'Are you still there?'],
    [232, 'l', "It looks like you've gone offline, so I'll end our chat now. Thanks for writing, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 18 final idle 179 s to a notice that thanks, no check-in
  s(OWEN, '18 free ASL classes for a coworker: slcolibrary.org and deafservices.utah.gov, "Seems you\'ve stepped away, so I\'m closing this chat. Thanks …" 179 s after the answer', [
    [0, 'p', 'any free asl classes or apps through the library?'],
    [22, 'l', 'Hello! This is Owen, a librarian at Salt Lake County Library.'],
    [28, 'l', 'Is it for you, or for a child in the family?'],
    [58, 'p', 'for me, my coworker is deaf'],
    [64, 'l', 'Nice! Our catalogue has ASL video courses on DVD and on Hoopla — search "American Sign Language" at slcolibrary.org. The Utah Division of Services for the Deaf and Hard of Hearing also runs free community ASL classes; their schedule is at deafservices.utah.gov. Would that get you started?'],
    [243, 'l', "Seems you've stepped away, so I'm closing this chat. Thanks for reaching out, and good luck with ASL!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 19 "the limit of questions"
  s(HAL, '19 becoming a court interpreter in New Jersey (Haitian Creole), then pay, hours, degree, medical: "You\'ve reached the limit of questions for one chat session. Goodbye.", patron "wow ok" last', [
    [0, 'p', 'how do i become a court interpreter in new jersey'],
    [19, 'l', 'Hi, this is Hal from the New Jersey State Library Ask a Librarian service.'],
    [25, 'l', 'Which language would you interpret?'],
    [50, 'p', 'haitian creole'],
    [56, 'l', "The New Jersey Judiciary's Language Services Section runs the court interpreter program: an orientation, a written exam, and an oral exam in your language. Everything's at njcourts.gov/public/language-services. Does that help?"],
    [90, 'p', 'yes, and how much do they pay, is it full time, do i need a degree, and can i do medical too??'],
    [96, 'l', "You've reached the limit of questions for one chat session. Goodbye."],
    [105, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 Spanish: other patrons waiting, invited back
  s(JOAQUIN, '20 app gratis para aprender inglés (Spanish): "Le habla Joaquín, bibliotecario", Mango en lapl.org, "tengo varios usuarios esperando … vuelva a escribirnos más tarde", "ok gracias" last', [
    [0, 'p', 'hola, la biblioteca tiene alguna app para aprender ingles gratis? trabajo de noche y no puedo ir a clases'],
    [21, 'l', 'Hola, bienvenida al chat. Le habla Joaquín, bibliotecario de la Biblioteca Pública de Los Ángeles.'],
    [27, 'l', '¿Qué nivel de inglés tiene ahora, principiante o intermedio?'],
    [60, 'p', 'principiante'],
    [67, 'l', 'Con su tarjeta de la biblioteca puede usar Mango Languages gratis, con un curso de inglés para hispanohablantes. Entre por lapl.org/elearning y busque "Mango". ¿Es lo que buscaba?'],
    [110, 'p', 'si!! y tambien quiero saber de clases de ciudadania, y de como sacar la licencia, y de trabajos'],
    [117, 'l', 'Son muy buenas preguntas, pero en este momento tengo varios usuarios esperando. Por favor vuelva a escribirnos más tarde y con gusto le ayudamos con cada una. ¡Gracias por su paciencia!'],
    [125, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 21 a transfer with a notice and a note that says why
  s(PRIYANKA, '21 ASL interpreter credentials in Massachusetts (a CODA changing careers): transfer notice + internal note why, Warren 100 s after the notice, rid.org, mass.gov', [
    [0, 'p', 'hi, what license do asl interpreters need in massachusetts? thinking about switching careers'],
    [17, 'l', 'Hi! You are chatting with Priyanka, librarian at Worcester Public Library.'],
    [23, 'l', 'Are you already fluent in ASL, or starting from scratch?'],
    [55, 'p', 'fluent, my parents are deaf'],
    [61, 'l', "Our career services librarian, Warren, is great with licensing questions — I'm moving you over to him now. Just a moment."],
    [63, 'i', 'Warren, career changer asking about ASL interpreter credentials in MA, CODA, already fluent. Licensing is your area, can you take it?'],
    xfer(66, 'Warren', 'warren-i'),
    [161, 'l', "Hello, Warren here, career librarian at Worcester Public Library. Massachusetts doesn't license interpreters itself, but the Massachusetts Commission for the Deaf and Hard of Hearing keeps a roster and expects national certification from RID. RID's certification steps are at rid.org (Certification), and MCDHH's requirements at mass.gov/mcdhh. Does that help you plan?", as(WARREN)],
    [200, 'p', 'yes super helpful, thats all I needed'],
    [205, 'l', 'Best of luck with the switch — thanks for chatting!', as(WARREN)],
  ], usual({ transfer: 'pass' })),

  // 22 a silent transfer
  s(GRACE, '22 a Mandarin interpreter for an IEP meeting in Fairfax: internal note only, silent transfer, Lou 90 s after the patron, sites.ed.gov', [
    [0, 'p', 'my sons school says they cant get a mandarin interpreter for his IEP meeting. arent they supposed to?'],
    [21, 'l', 'Hello, and thanks for contacting Ask a Librarian. This is Grace at Fairfax County Public Library.'],
    [27, 'l', 'Is he in a public school, and in which state?'],
    [50, 'p', 'public, virginia, fairfax county'],
    [54, 'i', 'Lou, IEP + interpreter rights, you wrote the special ed guide — can you take this one?'],
    xfer(57, 'Lou', 'lou-i'),
    [140, 'l', "Hi, I'm Lou, also at Fairfax County Public Library. Under IDEA the school must take whatever steps are needed so a parent understands the IEP meeting, including arranging an interpreter for a parent whose native language isn't English. The U.S. Department of Education explains it at sites.ed.gov/idea (Parent Participation). Is that what you were looking for?", as(LOU)],
    [185, 'p', 'yes thank you, that was all'],
    [190, 'l', 'Glad to help — thanks and goodbye!', as(LOU)],
  ], usual({ transfer: 'fail' })),

  // 23 an announced transfer with no internal note, answered 130 s after the notice
  s(PAOLO, '23 a Russian teaching diploma for NYSED certification: "Let me pass you to Ming … Please hold.", no internal note, Ming 130 s later, highered.nysed.gov', [
    [0, 'p', 'hi i need my russian teaching diploma translated and evaluated for ny teacher certification. where do i start'],
    [20, 'l', 'Hey, Paolo at Queens Public Library here.'],
    [26, 'l', 'Do you already have a TEACH account with NYSED?'],
    [60, 'p', 'yes i made one'],
    [66, 'l', 'Let me pass you to Ming, she knows the certification process well. Please hold.'],
    xfer(69, 'Ming', 'ming-i'),
    [196, 'l', "Hi, it's Ming! NYSED requires foreign credentials to be evaluated by an approved agency, and the agency arranges or accepts a certified translation. The list of approved evaluators is at highered.nysed.gov/tcert (Foreign Credentials). Does that answer your question?", as(MING)],
    [240, 'p', 'yes thats all thanks'],
    [245, 'l', "You're welcome — good luck, and bye!", as(MING)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 four at once
  s(AHMED, '24 Transparent Language says the card is invalid: columbuslibrary.org, "Did that fix it?", three other chats open at once over this one (four)', [
    [0, 'p', 'transparent language app keeps saying my card is invalid'],
    [14, 'l', 'Hi, Ahmed here, librarian at Columbus Metropolitan Library!'],
    [20, 'l', 'Are you signing in on the app or in a browser, and does your card number start with 2?'],
    [50, 'p', 'app, yes starts with 2'],
    [56, 'l', 'In the app, first pick "Columbus Metropolitan Library" as your library, then enter the full 14-digit card number with no spaces. The setup steps are at columbuslibrary.org/transparent-language. Did that fix it?'],
    [100, 'p', 'yes it worked!! thats all'],
    [105, 'l', 'Great, happy studying — bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('a1', 'ahmed-i', -50, 200), other('a2', 'ahmed-i', 30, 150), other('a3', 'ahmed-i', 60, 80)],
  }),

  // 25 three at most, touching ends; "Take your time" then a wait on the patron; a partial answer that says the search goes on
  s(WREN, '25 Spanish labels on a grandmother\'s pills at CVS in the Bronx: "… Take your time." then 186 s for the patron, a partial answer "still checking …, one sec." answered 74 s later, touching chats', [
    [0, 'p', 'can pharmacies print labels in spanish? my abuela cant read the english on her pills'],
    [18, 'l', 'Good evening! Wren here, a librarian with the New York Public Library chat.'],
    [24, 'l', 'Which pharmacy does she use, and is she in New York City? Take your time.'],
    [210, 'p', 'sorry was with her. cvs in the bronx'],
    [216, 'l', "Here's a first piece: New York State law requires chain pharmacies to offer translated labels and interpreter help in the most common languages, Spanish included. I'm still checking CVS's own page, one sec."],
    [290, 'l', 'Found it: the state\'s rule and a consumer guide are at health.ny.gov (search "pharmacy translation"), and CVS says any of its pharmacists can print Spanish labels on request. Does that help?'],
    [330, 'p', 'yes thanks thats everything'],
    [335, 'l', 'Wonderful — give her our best, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'wren-i', -200, 0), other('w2', 'wren-i', -50, 100), other('w3', 'wren-i', 90, 400), other('w4', 'wren-i', 340, 700)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (testing the interpreter-services canned answer): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3 — language line macro'],
    [6, 'l', 'Hi! Testing the macro: our interpreter services page is nclive.org/languages'],
    [12, 'p', 'macro shows fine'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 Spanish; a true Lost Call: greeting, check-in, notice that thanks and invites back
  s(ANDRES, '27 traducir una licencia de Guatemala (Spanish, Lost Call): saludo a los 15, "¿Sigue conectado?" a los 140, aviso con gracias a los 200 (185 s)', [
    [0, 'p', 'hola, necesito traducir mi licencia de manejo de guatemala para poder manejar aqui en carolina del norte, donde lo hago?'],
    [15, 'l', 'Hola, buenas noches. Soy Andrés, bibliotecario del servicio NCKnows Ask a Librarian.'],
    [140, 'l', '¿Sigue conectado?'],
    [200, 'l', 'Parece que se ha desconectado, así que cerraré este chat. Gracias por escribir, ¡vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 no provider ever joined, one patron message, coded Lost Call
  s(QUEUE, '28 a French interpreter at the courthouse tomorrow: no provider ever joined, a queue line, patron left, coded Lost Call after one patron message', [
    [0, 'p', 'is there someone who can interpret for me at the courthouse tomorrow morning? its in french'],
    [4, 's', 'All of our librarians are helping other people right now. Please stay in the queue.'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 no codes in the source; two referrals, each with a way to reach it
  s(BETH, '29 an ER that used a 12-year-old to interpret (no codes in the source): Patient Relations by phone, the HHS OCR complaint at ocrportal.hhs.gov, "that is all"', [
    [0, 'p', 'the ER didnt give my dad an interpreter last night, they used my 12 yr old to translate. who do i complain to??'],
    [16, 'l', "I'm so sorry that happened. Hi, I'm Beth, a librarian at Hartford Public Library."],
    [22, 'l', 'Which hospital was it, and is your dad on Medicare or Medicaid?'],
    [60, 'p', 'st francis, he has medicaid'],
    [67, 'l', "First, call the hospital's Patient Relations office (860-555-0190); they're required to look into it. You can also file a civil rights complaint with the HHS Office for Civil Rights: the online form is at ocrportal.hhs.gov, in many languages. Using a minor child as an interpreter is something the federal rules specifically discourage."],
    [73, 'l', 'Is that the information you were looking for?'],
    [110, 'p', 'yes. thank you, that is all'],
    [115, 'l', 'Take care of your dad, and thanks for reaching out.'],
  ], usual({ code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 30 an internal question inside a hold (126 s); code null
  s(VIKTOR, '30 one\'s own interpreter at a naturalization interview (55/15): "Give me a moment …" at 72, an internal question at 100, the answer at 198 (126 s), code null', [
    [0, 'p', 'for my naturalization interview can i bring my own interpreter? my english is ok but i get nervous'],
    [23, 'l', "Good morning, Ask a Librarian here — I'm Viktor, at Seattle Public Library."],
    [29, 'l', 'Are you applying under one of the age-and-residence exemptions (like 50/20 or 55/15), or taking the English test?'],
    [65, 'p', 'im 56 and green card since 2008'],
    [72, 'l', 'Good, that matters. Give me a moment to confirm the interpreter rule.'],
    [100, 'i', 'Does anyone know if USCIS still wants Form G-1256 signed by the interpreter?'],
    [198, 'l', "Since you're 56 with more than 15 years as a permanent resident, you qualify for the 55/15 exception: you may take the interview in your language with your own interpreter, who must be fluent in both languages and sign Form G-1256 at the interview. USCIS explains it at uscis.gov/citizenship (Exceptions & Accommodations). Did that answer your question?"],
    [240, 'p', 'yes that helps so much thank you!'],
    [246, 'l', 'Anything else I can help with?'],
    [270, 'p', 'no thats all'],
    [275, 'l', 'Best of luck at the interview — bye!'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundInterpreting.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: translation and interpreting services, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundInterpreting.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundInterpreting.filter((c) => c.name in LEFT_WHY));
});
