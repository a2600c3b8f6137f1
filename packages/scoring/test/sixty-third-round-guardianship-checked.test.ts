/**
 * Sixty-third round, theme GUARDIANSHIP, POWER OF ATTORNEY AND CARING FOR AN ADULT WHO CANNOT DECIDE, checked: 30 whole
 * sessions no one had written, from public library and statewide "ask a librarian" chats: financial powers of attorney
 * (a Maryland father forgetting bills, an Ohio bank refusing a notarized POA), health care proxies and powers of attorney
 * (a New York husband after a stroke, Wisconsin activation by two physicians, a North Carolina form before surgery, HIPAA
 * release vs. POA in Pennsylvania), advance directives (Virginia, Utah witnesses, DC in Spanish), guardianship and its
 * alternatives (a Texas son turning 18, Ohio co-guardians, Cook County forms, a Florida guardian advocate, Washington
 * supported decision-making, Oklahoma costs, an Indiana hearing notice, an Arizona packet, a Maryland annual report),
 * conservatorship (San Diego, a Michigan bond, Nolo's California book), representative payees (SSA won't take a POA; a lost
 * SSA-623), elder abuse reports (Florida Abuse Hotline, Los Angeles APS), elder law books and a lease signed without a POA.
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyThirdRoundGuardianship-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there, welcome to AskUsNow! I'm Priya, one of the librarians on tonight." (01); a 61 s pickup (03: fail);
 *   a first line at exactly 60 s, "Hi! how can I help?" under the screen name "refdesk_kim" (04: pickup pass, greeting
 *   fail); "Good evening!" then "You've got Marcus, a librarian with KnowItNow" (05: the two parts in two messages, pass);
 *   `pickedUpAt` 45 s with the first line at 70 (16: pass); "Hello!" then a question under "dot.chat" (27: fail);
 *   Spanish "habla Lucía, bibliotecaria de …" (02), "Le escribe Inés, bibliotecaria de …" (18), bilingual "Hola, welcome!
 *   Soy Ramón, librarian at …" (07); chat-speak "hey hey! Paz here, librarian at KCLS 👋" (21); no provider ever (26);
 *  inquiry: finances or health, able to decide now, supported or full decisions, co-guardians, a POA already, danger now,
 *   age, agent also the witness, petitioner or interested party, SSA-623; the form URL before "Is this for you or for someone
 *   else?" (08: fail); no question at all and no source (09: clarify and source fail); a question and no source ever (13);
 *  waits: a hold answered exactly 120 s later (05: pass) and 121 s later (06: fail); "un momento" then a partial result that
 *   says the search goes on, 114 and 115 s (07: pass); "Take your time" and a reply 170 s later (08, 23: waiting on the
 *   patron); an internal consult inside a 125 s wait (30: fail, internal lines do not end it); a silent transfer answered
 *   126 s after the patron (20: fail); announced transfers answered 110 and 100 s after the notice (19, 21: pass);
 *  endings: final idle of exactly 120 s with "Hi, still there?" ending on a goodbye (14: check-in pass, notice na); 119 s
 *   with a goodbye only (16: na); 125 s ending on "Are you still there?" (27: check-in pass, courteous fails); 181 s with
 *   only "Looks like the connection dropped on your side, so I'm going to close this chat." (15: check-in fails, notice
 *   passes, courteous fails); a Lost Call whose notice invites back, 195 s (25: all pass); "I can only give each patron ten
 *   minutes, so I'm going to end this here." (17: dismissal, patron's "wow. ok." last); "Hay otras personas esperando … por
 *   favor vuelva a escribirnos más tarde" (18: allowed, patron's "ok gracias" last); patron-side "eso es todo", "thats
 *   everything", "thats all for now", "no thats all, thanks" (count) and "yes thank you", "kinda. ok thx", "ok gracias",
 *   "yes thank you!" then "no" after "Anything else you need?" (the question counts there);
 *  sources: state pages (marylandattorneygeneral.gov, health.ny.gov, selfhelp.courts.ca.gov, vdh.virginia.gov, aging.pa.gov,
 *   codes.ohio.gov, dhs.wisconsin.gov, le.utah.gov, sosnc.gov, dchealth.dc.gov …), legal aid guides (texaslawhelp.org/es,
 *   michiganlegalhelp.org, washingtonlawhelp.org), ssa.gov pages, a Nolo book by title and author (12), a court's named
 *   instructions packet with no URL (29: "a guide"), a referral's phone only (18), none (09, 13);
 *  referrals: Texas RioGrande Legal Aid by phone in Spanish (02); Social Security by phone (06); the Florida Abuse Hotline by
 *   phone and URL (07); APS and 911 by phone (18); "stop by the Self-Service Center at the Superior Court downtown" with no
 *   contact (29: fail); the provider's own Law Library by phone (30: pass); "our law librarian" consulted on the patron's
 *   behalf (11) and "I'll pass your request to Fresno County Public Library and they will contact you" (12): no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done 71 h after the end (10: pass); a call-back
 *   promised under Answered, phone read back, no time (11: code and contact fail, pending); FU_LIB with no contact anywhere,
 *   unrecorded at day 4 (12: code, contact, on_time fail); FU_ME with the e-mail only in `patron.email` ("the address you
 *   logged in with by Friday"), done at 80 h (13: contact and on_time fail, code passes); FU_ME, phone typed "650 555 0188"
 *   and read back "650-555-0188", "within 72 hours" (28: contact pass, pending);
 *  codes: a true Lost Call (25); Lost Call after three patron lines (27); "" with no provider (26); Practice (24); a promise
 *   under Answered (11);
 *  transfers: notice + internal note why (19: pass); internal note only (20: fail); notice only, "brb!" (21: fail);
 *  concurrency: three others open at once over this one (22: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and identifications ("Buenas tardes, habla Lucía, bibliotecaria de …", "Hola, bienvenida. Le escribe
 *   Inés, bibliotecaria de …") greet and identify; "¿Le sirve esta información?" and "¿Le ayuda? Does that help?" are the
 *   completeness question; "eso es todo" ("that's all") says explicitly that the patron is done, "ok gracias" does not;
 * - "Good evening!" alone, then "You've got Marcus, a librarian with KnowItNow …" is the greeting and the identification in
 *   the first two visible messages (05: pass); "Hi! how can I help?" and "Hello!" greet without naming anyone (04, 27);
 * - "Found the state hotline — still checking whether they take reports online too, one more minute." is a partial result
 *   that says the search goes on (a hold, 07); "I'm passing u to my colleague Liam … brb!" announces a transfer (a hold, 21);
 *   "Take your time" after a question is not a hold (08, 23);
 * - "Did that clear it up?", "Does that give your parents what they need?", "Is that the book you had in mind?" (about a book
 *   already named), "Is that the kind of thing you wanted?", "Is that what you were hoping to find?" ask whether what was
 *   given meets the need;
 * - "the Maricopa County Superior Court publishes a 'Guardianship of an Adult' instructions packet" is a named guide (a
 *   source) though no URL is given (29); a Nolo book by title and author is a source (12); "I'll put together a short list of
 *   books … and e-mail it" gives none (13: source fail, and no answer either, so completeness fails);
 * - "It seems you've left, so I'll close this chat. You're welcome to come back anytime!" says the patron seems to have
 *   disconnected and the session ends, and invites back (a goodbye: the idle ends there, 25); "I'll close this chat for now.
 *   Thanks for writing in, and come back anytime!" is a goodbye (14);
 * - "Glad to help. Bye!", "Bye now, thanks for writing in.", "Thanks for chatting, talk soon!" are goodbyes; a message that
 *   only dismisses (17) or only announces the close (15) is not;
 * - "apply by calling Social Security at 1-800-772-1213" (06), "call the Florida Abuse Hotline at …" (07), "llame a … APS …
 *   al 1-877-477-3646" and "llame al 911" (18), "call our Law Library at 202-555-0133" (30: the provider's own library's
 *   department, the patron told to call it) are referrals with a phone; "stop by the Self-Service Center at the Superior
 *   Court downtown" names a place but no postal address, phone, e-mail or URL (29: fail);
 * - "I'd like our law librarian to confirm …" / "I'll call you back once our law librarian weighs in" consults staff on the
 *   patron's behalf (11: no referral, but a follow-up promise, so Answered is the wrong code); "I'll pass your request to
 *   Fresno County Public Library and they will contact you" is a follow-up promise, not a referral (12);
 * - statements of legal requirements ("it has to be notarized and witnessed", "families usually have to go to court") do
 *   not tell the patron to contact anyone (no referral).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (05 on followup.completeness, 17 on closing.no_dismissal, 29 on info.source).
 * Label corrections: 0. Each of the three was reread against RUBRIC.md and the label stands:
 *  - 05: "Does that give your parents what they need?" asks, after the answer, whether the information given meets the need
 *    (the patron asked for the parents); it is the rule's own words, not an offer of something not yet given;
 *  - 17: "I can only give each patron ten minutes, so I'm going to end this here." tells the patron their time is up and ends
 *    the help for the provider's convenience with no way back (unlike 18's "vuelva a escribirnos más tarde");
 *  - 29: the court's "Guardianship of an Adult" instructions packet is a guide named by its title (RUBRIC lists "a guide" among
 *    named resources); the clause "An organisation or app named without a way to reach it is not a source" is about
 *    organisations and apps, not publications.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 05: "Does that give your parents what they need?" not read as the completeness question (fail;
 *    RUBRIC pass);
 *  - closing.no_dismissal, case 17: "I can only give each patron ten minutes, so I'm going to end this here." not read as a
 *    dismissal (pass; RUBRIC fail, critical);
 *  - info.source, case 29: a court's instructions packet named by title without a URL not read as a source (fail; RUBRIC pass).
 * Every timing check (pickup at 61 s, at exactly 60 s, by `pickedUpAt` 45 s with the first line at 70, no provider;
 * keep_informed at exactly 120 and 121 s after a hold, two holds of 114 and 115 s, 125 s across an internal consult, 126 s
 * across a silent transfer, 170 s after "take your time"; final idles of 119, 120, 125, 181 and 195 s; concurrency at four and
 * at touching ends; on_time done at 71 h, late at 80 h, unrecorded past the deadline, pending twice) and every code (Practice,
 * true and false Lost Call, "", a promise under Answered, follow-up codes with and without a contact) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every running case (a patron e-mail typed and read
 * back, one only in `patron.email`, patron phones read back in two formats).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft). tsc clean for this file.
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 05's "Does that give your
 *   parents what they need?" asks whether the answer fits (W8), case 17's "I can only give each patron ten minutes, so I'm going
 *   to end this here" dismisses (W9), case 29's "a "Guardianship of an Adult" instructions packet" is a named resource (W10); all
 *   three run; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-g', name: 'Priya', library: 'AUN' };
const LUCIA: Prov = { id: 'lucia-g', name: 'Lucía', library: 'SAPL' };
const OWEN: Prov = { id: 'owen-g', name: 'Owen', library: 'NYPL' };
const KIMREF: Prov = { id: 'kimref-g', name: 'refdesk_kim', library: 'SDCL' };
const MARCUS: Prov = { id: 'marcus-g', name: 'Marcus', library: 'KIN' };
const TESS: Prov = { id: 'tess-g', name: 'Tess', library: 'DCPL-GA' };
const RAMON: Prov = { id: 'ramon-g', name: 'Ramón', library: 'MDPL' };
const HARLOW: Prov = { id: 'harlow-g', name: 'Harlow', library: 'FCPL-VA' };
const NOOR: Prov = { id: 'noor-g', name: 'Noor', library: 'AAL' };
const BEA: Prov = { id: 'bea-g', name: 'Bea', library: 'CPL-IL' };
const DARNELL: Prov = { id: 'darnell-g', name: 'Darnell', library: 'DPL-MI' };
const MINA: Prov = { id: 'mina-g', name: 'Mina', library: 'CSL-CA' };
const FELIX: Prov = { id: 'felix-g', name: 'Felix', library: 'MCPL-IN' };
const JUNE: Prov = { id: 'june-g', name: 'June', library: 'FLP' };
const ROLF: Prov = { id: 'rolf-g', name: 'Rolf', library: 'CML' };
const SAM: Prov = { id: 'sam-g', name: 'Sam', library: 'MPL-WI' };
const GRETA: Prov = { id: 'greta-g', name: 'Greta', library: 'TPL-OK' };
const INES: Prov = { id: 'ines-g', name: 'Inés', library: 'LACL' };
const WALT: Prov = { id: 'walt-g', name: 'Walt', library: 'AUN' };
const NADIA: Prov = { id: 'nadia-g', name: 'Nadia', library: 'MSLL' };
const CORA: Prov = { id: 'cora-g', name: 'Cora', library: 'HCPL-FL' };
const ABE: Prov = { id: 'abe-g', name: 'Abe', library: 'HCPL-FL' };
const PAZ: Prov = { id: 'paz-g', name: 'Paz', library: 'KCLS' };
const LIAM: Prov = { id: 'liam-g', name: 'Liam', library: 'OSL' };
const UMA: Prov = { id: 'uma-g', name: 'Uma', library: 'SLCo' };
const HAL: Prov = { id: 'hal-g', name: 'Hal', library: 'ACPL-IN' };
const TRAINEE: Prov = { id: 'trainee-g', name: 'Trainee 3', library: 'TRN' };
const BETH: Prov = { id: 'beth-g', name: 'Beth', library: 'ENPL' };
const NOBODY: Prov = { id: 'queue-g', name: 'Queue', library: 'VRQ' };
const DOT: Prov = { id: 'dot-g', name: 'dot.chat', library: 'RPL-NC' };
const KWAME: Prov = { id: 'kwame-g', name: 'Kwame', library: 'SSPL' };
const ELIO: Prov = { id: 'elio-g', name: 'Elio', library: 'PPL-AZ' };
const SIMONE: Prov = { id: 'simone-g', name: 'Simone', library: 'DCPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const queued = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. Por favor espere.'];

export const sixtyThirdRoundGuardianship: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 Maryland financial power of attorney for a dad starting to forget bills: "welcome to AskUsNow! I\'m Priya", finances or health, statutory form URL, "great thats all I needed"', [
    [0, 'p', 'hi my dad is starting to forget to pay his bills and we want to set up power of attorney before it gets worse. where do we even start'],
    [19, 'l', "Hi there, welcome to AskUsNow! I'm Priya, one of the librarians on tonight."],
    [25, 'l', "Is it just his money you're worried about, or do you also want someone who can make medical decisions for him?"],
    [61, 'p', 'money for now. hes still ok with the doctor stuff'],
    [68, 'l', "Maryland has a statutory form for exactly that, the Maryland Statutory Form Personal Financial Power of Attorney. The Attorney General's office explains it and links the form at marylandattorneygeneral.gov (search \"power of attorney\"). He has to sign it while he still understands what he's signing, and it has to be notarized and witnessed."],
    [74, 'l', 'Did that get you what you needed?'],
    [110, 'p', 'great thats all I needed, thank u'],
    [116, 'l', 'Best of luck to you and your dad. Thanks for chatting with AskUsNow!'],
  ], usual()),

  // 02 Spanish: guardianship of an adult son, legal aid by phone
  s(LUCIA, '02 tutela de un hijo adulto con discapacidad en Texas (Spanish): "habla Lucía", texaslawhelp.org/es, Texas RioGrande Legal Aid por teléfono, "eso es todo"', [
    [0, 'p', 'buenas tardes mi hijo cumple 18 en junio y tiene discapacidad intelectual. como hago para seguir tomando decisiones por el? vivimos en san antonio'],
    [27, 'l', 'Buenas tardes, habla Lucía, bibliotecaria de la Biblioteca Pública de San Antonio. Con gusto le ayudo.'],
    [33, 'l', '¿Su hijo puede tomar algunas decisiones con ayuda, o necesita que alguien decida todo por él?'],
    [90, 'p', 'algunas cosas si puede, como que ropa ponerse, pero no dinero ni doctores'],
    [97, 'l', 'Entonces le conviene conocer las alternativas a la tutela completa, como el acuerdo de toma de decisiones con apoyo ("supported decision-making agreement") o una tutela limitada. TexasLawHelp tiene una guía en español: texaslawhelp.org/es (busque "tutela"). Para ayuda legal gratuita puede llamar a Texas RioGrande Legal Aid al 888-555-0142.'],
    [103, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si, mucho. eso es todo, gracias'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte con su hijo.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s
  s(OWEN, '03 New York health care proxy for a husband after a stroke: 61 s pickup, "Owen at NYPL here, sorry for the wait", health.ny.gov form', [
    [0, 'p', 'my husband had a stroke last week and the hospital keeps asking if he has a health care proxy. he doesnt. can i still make decisions for him?'],
    [61, 'l', "Good afternoon, Owen at NYPL's Ask a Librarian here. Sorry for the wait, and I'm sorry about your husband."],
    [67, 'l', "Is he able to talk with the doctors and understand what's going on right now, or not at the moment?"],
    [110, 'p', 'not really, hes very confused'],
    [117, 'l', "In New York, when there's no proxy and the patient can't decide, the Family Health Care Decisions Act lets a family member decide, and a spouse comes near the top of the list. The Department of Health explains it and has the proxy form for later at health.ny.gov (search \"health care proxy\")."],
    [123, 'l', 'Is that the kind of information you were after?'],
    [170, 'p', 'yes that helps. thanks'],
    [176, 'l', 'Anything else I can look up for you?'],
    [200, 'p', 'no thats everything'],
    [205, 'l', 'Take good care of yourself. Goodbye!'],
  ], usual({ pickup: 'fail' })),

  // 04 pickup at exactly 60 s, a greeting that names no one
  s(KIMREF, '04 San Diego conservatorship for a grandmother: pickup at exactly 60 s, "Hi! how can I help?" under the screen name "refdesk_kim", courts.ca.gov', [
    [0, 'p', 'how do i become conservator for my grandma? she has alzheimers, san diego'],
    [60, 'l', 'Hi! how can I help?'],
    [66, 'l', 'Do you want to handle her money, her care and living arrangements, or both?'],
    [100, 'p', 'both i guess. my mom passed so its me'],
    [108, 'l', "That's a conservatorship of the person and the estate, filed in probate court. The California Courts self-help guide covers the steps and the forms (GC-310 and others) at selfhelp.courts.ca.gov/conservatorship. San Diego Superior Court's probate examiners also review filings before the hearing."],
    [114, 'l', 'does that help?'],
    [150, 'p', 'yes thank you'],
    [155, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 a greeting in two messages; a hold answered exactly 120 s later
  s(MARCUS, '05 Ohio guardianship of an adult with autism (Franklin County): "Good evening!" then "You\'ve got Marcus", a hold answered exactly 120 s later, probate.franklincountyohio.gov', [
    [0, 'p', 'my brother has autism and is turning 18. my parents want to know about guardianship in ohio. columbus'],
    [15, 'l', 'Good evening!'],
    [20, 'l', "You've got Marcus, a librarian with KnowItNow, Ohio's chat service. Are your parents thinking of being co-guardians, or just one of them?"],
    [58, 'p', 'both of them if they can'],
    [64, 'l', 'Give me a minute to pull up the Franklin County Probate Court guardianship page.'],
    [184, 'l', "Thanks for waiting. Ohio allows co-guardians. Franklin County Probate Court's Guardianship Services page has the application, the statement of expert evaluation form and the required guardian training: probate.franklincountyohio.gov (Guardianship). The court's forms are the standard Ohio Supreme Court ones."],
    [190, 'l', 'Does that give your parents what they need?'],
    [230, 'p', 'yes perfect. thats all for now'],
    [236, 'l', 'Glad it helped. Good night, and thanks for chatting!'],
  ], usual()),

  // 06 a hold answered 121 s later; SSA by phone
  s(TESS, '06 becoming a representative payee for a mother: "Bear with me while I find the SSA page" answered 121 s later, ssa.gov/payee, Social Security by phone', [
    [0, 'p', 'my mom gets social security but she cant manage it anymore (dementia). how do i get her checks put in my name to pay her bills'],
    [24, 'l', "Hello, I'm Tess, a librarian with DeKalb County Public Library."],
    [30, 'l', 'Does your mom already have a power of attorney naming you, or nothing like that yet?'],
    [72, 'p', 'i do have poa'],
    [78, 'l', 'Bear with me while I find the SSA page on this.'],
    [199, 'l', "Okay! Social Security doesn't accept a power of attorney for benefits: you'd apply to be her representative payee. The steps are at ssa.gov/payee, and you apply by calling Social Security at 1-800-772-1213 to set up an interview."],
    [205, 'l', 'Is that what you needed?'],
    [240, 'p', 'oh wow i didnt know that. yes. thats all i needed'],
    [245, 'l', 'Take care, and thanks for using the chat!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 07 partly Spanish: holds under the limit, a partial result as a hold
  s(RAMON, '07 a neighbor taking an old man\'s money in Miami (partly Spanish): "un momento" and a partial result that says the search goes on, Florida Abuse Hotline by phone and URL', [
    [0, 'p', 'hola, i think my neighbor is taking money from the old man next door. he is 84 and cant really think straight. who do i tell?? es en miami'],
    [22, 'l', 'Hola, welcome! Soy Ramón, librarian at Miami-Dade Public Library. I can help in English or Spanish.'],
    [28, 'l', 'Do you think he is in danger right now, or is it the money worry?'],
    [60, 'p', 'the money. no danger right now'],
    [66, 'l', 'Un momento, let me look up where that gets reported in Florida.'],
    [180, 'l', "Found the state hotline — still checking whether they take reports online too, one more minute."],
    [295, 'l', "Here it is: you can call the Florida Abuse Hotline at 1-800-962-2873, or report online at reportabuse.myflfamilies.com. Financial exploitation of a vulnerable adult is one of the things they investigate, and you can stay anonymous."],
    [300, 'l', '¿Le ayuda? Does that help?'],
    [340, 'p', 'si gracias!! thats everything'],
    [345, 'l', 'Gracias a usted por cuidar a su vecino. Bye!'],
  ], usual({ referral: 'pass' })),

  // 08 the source before the question; "take your time" is no hold
  s(HARLOW, '08 Virginia advance directive for a father: form URL given first, then "Is this for you or for him?", "take your time" and a 170 s reply', [
    [0, 'p', 'looking for the virginia advance directive form'],
    [17, 'l', "Hi, this is Harlow at Fairfax County Public Library's chat."],
    [23, 'l', "Virginia's advance directive form, with instructions, is on the Virginia Department of Health site: vdh.virginia.gov/advance-directives."],
    [29, 'l', 'Is this for you or for someone else? Take your time.'],
    [199, 'p', 'sorry was on the phone. its for my father, he is in a nursing home'],
    [206, 'l', "Then he signs it himself in front of two adult witnesses; no notary is needed in Virginia. Did that help?"],
    [240, 'p', 'yes, thanks so much'],
    [246, 'l', 'Anything else today?'],
    [265, 'p', 'nope'],
    [270, 'l', 'All right, thanks for writing in!'],
  ], usual({ clarify: 'fail' })),

  // 09 no question ever, no source
  s(NOOR, '09 signing a lease for a mother with dementia without POA: no question at all, no source, "Did that help?", "kinda. ok thx"', [
    [0, 'p', 'can i sign my moms apartment lease renewal for her? she has dementia and we never did power of attorney'],
    [21, 'l', 'Hi, this is Noor at Ask Away, how can I help?'],
    [28, 'l', "Generally no: without a power of attorney or a court appointment you can't sign a contract for another adult, and once she can't understand what she's signing she can't give you a power of attorney either. At that point families usually have to go to court for a guardianship or conservatorship."],
    [34, 'l', 'Did that help?'],
    [80, 'p', 'kinda. ok thx'],
    [86, 'l', 'Bye now, thanks for writing in.'],
  ], usual({ clarify: 'fail', source: 'fail', anything: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Thursday afternoon", done after 71 h
  s(BEA, '10 Cook County guardianship of a disabled adult: FU_ME, e-mail typed and read back, "by Thursday afternoon", done 71 h after the end', [
    [0, 'p', 'what forms do i file in cook county to become guardian of my sister? shes 40 with a brain injury'],
    [26, 'l', "Hello! Bea here, a librarian at Chicago Public Library."],
    [32, 'l', 'Has a doctor already filled out a report on her condition? The court asks for one with the petition.'],
    [70, 'p', 'no not yet'],
    [77, 'l', "For now, the Illinois Supreme Court's standard guardianship forms are at illinoiscourts.gov/documents-and-forms (Guardianship for Adults with Disabilities). Cook County also has its own local forms, and I'd like to check which ones the Probate Division wants with those. Could I e-mail you what I find?"],
    [110, 'p', 'yes please. its kate.m.ruiz@example.com'],
    [117, 'l', "I have kate.m.ruiz@example.com. You'll have the list from me by Thursday afternoon. Does the state forms page help in the meantime?"],
    [150, 'p', 'yes it does'],
    [155, 'l', 'Anything else I can do for you today?'],
    [175, 'p', "no that's everything"],
    [181, 'l', 'Talk soon, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(186 + 71 * HOUR) }] }),

  // 11 a call-back promised under Answered, phone read back, no time
  s(DARNELL, '11 a Michigan conservator\'s bond: "I\'ll call you back once our law librarian weighs in", phone read back, no time, coded Answered', [
    [0, 'p', 'probate court says i need a bond to be my uncles conservator. how much does that cost?? detroit'],
    [20, 'l', "Hey there, Darnell from Detroit Public Library's Ask a Librarian."],
    [26, 'l', 'Did the court say how much the bond has to be, or just that you need one?'],
    [60, 'p', 'it said 50000'],
    [66, 'l', "Michigan Legal Help has a conservatorship toolkit that explains bonds and who can waive them: michiganlegalhelp.org (Conservatorships). The premium is usually a small percentage of the bond each year, but I'd like our law librarian to confirm the usual range. What's a good number to reach you?"],
    [100, 'p', '313-555-0147'],
    [106, 'l', "Got it, 313-555-0147. I'll call you back once our law librarian weighs in. Does the toolkit help for now?"],
    [140, 'p', 'yeah thanks'],
    [146, 'l', 'Thanks for reaching out, take care!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by the patron's library: no contact anywhere, never recorded
  s(MINA, '12 Nolo\'s "The Conservatorship Book for California" held for a patron: FU_LIB, "Fresno County Public Library will contact you", no contact anywhere, unrecorded at day 4', [
    [0, 'p', 'is there a book that explains conservatorship in california step by step? im in fresno'],
    [23, 'l', "Hi! Mina, reference librarian at the California State Library's Ask Now service."],
    [29, 'l', 'Do you want something for a family member acting without a lawyer?'],
    [60, 'p', 'yes exactly, no lawyer'],
    [66, 'l', "The standard one is \"The Conservatorship Book for California\" by Goldoftas (Nolo). I'll pass your request to Fresno County Public Library and they will contact you about borrowing it. Is that the book you had in mind?"],
    [100, 'p', 'sounds like it'],
    [106, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no thats it'],
    [125, 'l', 'Thanks for using Ask Now!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 follow-up by me: e-mail only in patron.email, "by Friday", done after 80 h
  s(FELIX, '13 elder law and Medicaid planning books: FU_ME, "at the address you logged in with by Friday" (e-mail only in patron.email), done 80 h after the end', [
    [0, 'p', 'Can you recommend some books on Medicaid planning and elder law? My parents are in their 80s and we need to understand nursing home costs.'],
    [21, 'l', "Good morning, Felix with the Monroe County Public Library reference desk. Happy to help."],
    [27, 'l', 'Are your parents in Indiana? Medicaid rules differ a lot by state.'],
    [60, 'p', 'yes bloomington'],
    [66, 'l', "I'll put together a short list of books we hold, including Indiana-specific ones, and e-mail it to you at the address you logged in with by Friday."],
    [95, 'p', 'thank you that would be wonderful'],
    [101, 'l', 'My pleasure. Thanks for writing, goodbye!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'a.okafor@example.net', phone: null }, followUps: [{ doneAt: at(106 + 80 * HOUR) }],
  }),

  // 14 final idle of exactly 120 s with a check-in, ending on a goodbye
  s(JUNE, '14 HIPAA release vs. health care POA in Pennsylvania: answer at 60, "Hi, still there?" at 150, goodbye at 180 (120 s), aging.pa.gov', [
    [0, 'p', 'whats the difference between a HIPAA release and a healthcare power of attorney? the doctor says i need one for my aunt'],
    [18, 'l', "Hello, this is June at the Free Library of Philadelphia. Thanks for contacting us!"],
    [24, 'l', 'Did the doctor say which one, or just "paperwork"?'],
    [52, 'p', 'she just said a form so they can talk to me'],
    [60, 'l', "A HIPAA release only lets the office share your aunt's information with you. A health care power of attorney lets you make decisions when she can't. Pennsylvania's Department of Aging explains both on its advance directives page: aging.pa.gov (search \"advance health care directive\"). Is that what you were after?"],
    [150, 'l', 'Hi, still there?'],
    [180, 'l', "I'll close this chat for now. Thanks for writing in, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 15 a disconnect notice with no check-in, final idle 181 s
  s(ROLF, '15 Ohio durable POA and a bank refusing it: answer at 40, "Looks like the connection dropped on your side, so I\'m going to close this chat." at 216 (181 s)', [
    [0, 'p', 'the bank wont accept the power of attorney my mom signed. is that allowed in ohio?'],
    [15, 'l', "Hello, Rolf at Columbus Metropolitan Library here."],
    [20, 'l', 'Was it signed before a notary?'],
    [35, 'p', 'yes notarized in 2020'],
    [40, 'l', "Under Ohio's Uniform Power of Attorney Act (ORC 1337.35), a bank can ask for a certification or an opinion of counsel, but it generally can't refuse an acknowledged POA without a good reason; the statute is at codes.ohio.gov/ohio-revised-code/section-1337.35. Does that help?"],
    [216, 'l', "Looks like the connection dropped on your side, so I'm going to close this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 16 pickedUpAt at 45 s, first line at 70; final idle 119 s
  s(SAM, '16 Wisconsin activating a health care POA: pickedUpAt 45 s with the first line at 70, "Hey, Sam from MPL here", goodbye 119 s after the answer', [
    [0, 'p', 'how does a health care power of attorney get "activated" in wisconsin? my dads doctor said it isnt active yet'],
    [70, 'l', "Hey, Sam from Milwaukee Public Library here!"],
    [76, 'l', 'Has any doctor examined him about whether he can make his own decisions?'],
    [110, 'p', 'just his regular doctor'],
    [118, 'l', "In Wisconsin a health care POA takes effect only when two physicians (or a physician and a psychologist) sign a statement that he's incapacitated. The Wisconsin Department of Health Services has the form and the instructions: dhs.wisconsin.gov/forms/advdirectives. Did that clear it up?"],
    [237, 'l', 'Thanks for writing in, bye!'],
  ], usual({ anything: 'fail' }), { pickedUpAt: at(45) }),

  // 17 a time-limit dismissal; the patron has the last word
  s(GRETA, '17 Oklahoma guardianship costs, bond, and a court visitor: "I can only give each patron ten minutes, so I\'m going to end this here." Patron: "wow. ok."', [
    [0, 'p', 'how much does it cost to get guardianship of my mom in oklahoma? tulsa county'],
    [20, 'l', 'Hi, Greta here from Tulsa City-County Library.'],
    [26, 'l', 'Will you be using a lawyer, or filing on your own?'],
    [60, 'p', 'on my own if i can'],
    [66, 'l', "The Tulsa County Court Clerk's fee schedule lists the probate filing fee, usually around $200 plus service costs: tulsacounty.org/court-clerk. Oklahoma's guardianship statutes are Title 30 on oscn.net. Does that help?"],
    [100, 'p', 'ok but do i need a bond too? and does someone come to her house? and what if my brother objects'],
    [108, 'l', "I can only give each patron ten minutes, so I'm going to end this here."],
    [120, 'p', 'wow. ok.'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 Spanish: Adult Protective Services, other patrons waiting, invited back
  s(INES, '18 abuso de una tía mayor en Los Ángeles (Spanish): Servicios de Protección para Adultos por teléfono, "hay otras personas esperando … vuelva a escribirnos", "ok gracias"', [
    [0, 'p', 'creo que el cuidador de mi tia la esta maltratando, ella tiene 79 años y vive en los angeles. a quien llamo'],
    [25, 'l', 'Hola, bienvenida. Le escribe Inés, bibliotecaria de LA County Library.'],
    [31, 'l', '¿Su tía está en peligro inmediato ahora mismo?'],
    [70, 'p', 'no ahora no, pero tiene moretones'],
    [77, 'l', 'Puede reportarlo a Servicios de Protección para Adultos (APS) del condado de Los Ángeles al 1-877-477-3646, las 24 horas, en español. Si alguna vez está en peligro inmediato, llame al 911. ¿Le sirve esta información?'],
    [120, 'p', 'si. y tambien como le quito el poder al cuidador? y como pido la tutela?'],
    [128, 'l', 'Hay otras personas esperando en este momento, así que lo dejamos aquí, pero por favor vuelva a escribirnos más tarde con esas preguntas y con gusto le ayudamos. ¡Gracias!'],
    [150, 'p', 'ok gracias'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 19 a transfer with a notice and a note that says why
  s(WALT, '19 a guardian\'s annual report in Maryland: notice + internal note why, Nadia answers 110 s after the notice, mdcourts.gov form CC-GN-013', [
    [0, 'p', 'im guardian of my brother and got a letter that my annual report is overdue. which form is that??'],
    [20, 'l', "Hi, Walt here, a librarian with AskUsNow!"],
    [26, 'l', 'Are you guardian of his person, his property, or both?'],
    [60, 'p', 'of the person'],
    [66, 'l', "Nadia at the State Law Library knows the guardianship forms best, so I'm transferring you to her. One moment please."],
    [69, 'i', 'Nadia, guardian of the person of an adult, overdue annual report, needs the right MD form. Can you take this one?'],
    xfer(72, 'Nadia', 'nadia-g'),
    [176, 'l', "Hello, Nadia from the Maryland State Law Library. The guardian of the person files the Annual Report of Guardian of Disabled Person, form CC-GN-013, with the circuit court: mdcourts.gov/courtforms (Guardianship).", as(NADIA)],
    [182, 'l', 'Does that answer your question?', as(NADIA)],
    [220, 'p', "yes that's the one, that's everything thank you"],
    [226, 'l', 'Thanks for chatting with AskUsNow!', as(NADIA)],
  ], usual({ transfer: 'pass' })),

  // 20 a silent transfer, the receiver 126 s after the patron
  s(CORA, '20 Florida guardian advocate vs. guardianship for a son with Down syndrome: internal note only, silent transfer, Abe 126 s after the patron', [
    [0, 'p', 'whats a guardian advocate in florida? someone said its easier than guardianship. my son has down syndrome'],
    [23, 'l', 'Hello! Cora from Hillsborough County Public Library here.'],
    [29, 'l', 'How old is your son?'],
    [60, 'p', 'he turns 18 in august'],
    [65, 'i', 'Abe, guardian advocate question (FL 393.12), developmental disability. Can you take over? You know the probate stuff.'],
    xfer(68, 'Abe', 'abe-g'),
    [186, 'l', "Hi, Abe here at Hillsborough County Public Library. A guardian advocate, under Florida Statutes 393.12, is a simpler process for a person with a developmental disability who doesn't need a full guardianship; no finding of incapacity is needed. The statute is on leg.state.fl.us, and the Thirteenth Circuit's self-help center has the forms at fljud13.org.", as(ABE)],
    [192, 'l', 'Is that the kind of thing you wanted?', as(ABE)],
    [230, 'p', 'yes thanks so much, thats all i needed'],
    [236, 'l', 'Good luck, and thanks for chatting!', as(ABE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 an announced transfer with no internal note
  s(PAZ, '21 Washington guardianship alternatives (chat-speak, emoji): "passing u to my colleague Liam … brb", no internal note, Liam 100 s later', [
    [0, 'p', 'heyyy so my grandpa needs help but we dont want to take away all his rights 😕 is there something less than guardianship in WA??'],
    [15, 'l', 'hey hey! Paz here, librarian at KCLS 👋'],
    [21, 'l', 'is he able to sign papers himself right now?'],
    [50, 'p', 'ya mostly he just gets confused w money'],
    [56, 'l', "ok i'm passing u to my colleague Liam at the state library, he knows this stuff — brb!"],
    xfer(59, 'Liam', 'liam-g'),
    [156, 'l', "Hi, I'm Liam, a reference librarian at the Washington State Library. Since he can still sign, a durable power of attorney for finances may be enough; Washington also has supported decision-making agreements. WashingtonLawHelp has a plain-language guide: washingtonlawhelp.org (search \"alternatives to guardianship\").", as(LIAM)],
    [162, 'l', 'Did that help?', as(LIAM)],
    [200, 'p', 'yesss thank u!! thats all'],
    [205, 'l', 'Glad to help, bye for now!', as(LIAM)],
  ], usual({ transfer: 'fail' })),

  // 22 four chats at once
  s(UMA, '22 Utah advance directive witness rules: three other chats open at once over this one (four), le.utah.gov', [
    [0, 'p', 'who can be a witness for an advance directive in utah? can my daughter witness it'],
    [28, 'l', "Hi, I'm Uma, a librarian at Salt Lake County Library."],
    [34, 'l', 'Is your daughter also the person you are naming as your agent?'],
    [70, 'p', 'yes she is'],
    [76, 'l', "Then she can't witness it: Utah's Advance Health Care Directive Act bars the agent and relatives from being the witness. The rules are in Utah Code Title 75, Chapter 2a, at le.utah.gov. Does that answer it?"],
    [110, 'p', 'yes thanks, thats all I needed'],
    [116, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('u1', 'uma-g', -100, 400), other('u2', 'uma-g', 30, 300), other('u3', 'uma-g', 60, 200)],
  }),

  // 23 three at most, touching ends; "take your time" and a 170 s answer
  s(HAL, '23 Indiana guardianship hearing notice for a stepfather: touching chats (three at most), "Take your time", patron answers 170 s later', [
    [0, 'p', 'i got a notice about a guardianship hearing for my stepdad. do i have to go?'],
    [20, 'l', "Hi, Hal at the Allen County Public Library here. Thanks for asking us."],
    [26, 'l', "Could you check the notice for the court's name and whether you're listed as the petitioner or an interested party? Take your time."],
    [196, 'p', 'allen superior court, says interested party'],
    [203, 'l', "As an interested party you're being told about the hearing so you can take part or object; you don't have to attend unless the notice orders you to. Indiana's guardianship statutes are IC 29-3 at iga.in.gov, and the Indiana Courts self-help guardianship page is at in.gov/courts/selfservice. Did that help?"],
    [240, 'p', 'yes, thats all i needed'],
    [245, 'l', 'Glad to help. Bye!'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hal-g', -500, 0), other('h2', 'hal-g', -50, 90), other('h3', 'hal-g', 40, 400), other('h4', 'hal-g', 250, 900)],
  }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (guardianship canned response): coded Practice, every check na', [
    [0, 'p', 'test test - POA canned message'],
    [5, 'l', 'Hello, this is a test of the power of attorney macro: marylandattorneygeneral.gov'],
    [12, 'p', 'ok works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 a true Lost Call ending on a goodbye notice
  s(BETH, '25 a health care surrogate question (Lost Call): greeting only, "Are you still there?" at 150, "Seems you\'ve left … come back anytime" at 215', [
    [0, 'p', 'who decides medical stuff if my wife cant and we have no paperwork'],
    [20, 'l', "Hi, welcome to Ask Now! I'm Beth, a librarian at the Eastern North Carolina library network."],
    [150, 'l', 'Are you still there?'],
    [215, 'l', "It seems you've left, so I'll close this chat. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 no provider ever joined (Spanish), empty code
  s(NOBODY, '26 poder notarial para una madre en el hospital (Spanish): no provider ever joined, "¿hay alguien?", patron left, code ""', [
    [0, 'p', 'hola necesito hacer un poder notarial para mi mama que esta en el hospital, me pueden ayudar'],
    queued(3),
    [160, 'p', '¿hay alguien?'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: '' }),

  // 27 Lost Call after three patron lines; final idle 125 s ending on a check-in; screen-name greeting
  s(DOT, '27 NC health care power of attorney form (Lost Call after three patron lines): "Hello!" under the screen name "dot.chat", ends on "Are you still there?" 125 s after the answer', [
    [0, 'p', 'where do i get the nc health care power of attorney form'],
    [18, 'l', 'Hello!'],
    [22, 'l', 'Is it for yourself or for a relative?'],
    [50, 'p', 'for me'],
    [53, 'p', 'im having surgery next month'],
    [60, 'l', "North Carolina's statutory Health Care Power of Attorney form is on the Secretary of State's Advance Health Care Directive Registry page: sosnc.gov/divisions/advance_healthcare_directives. It needs two witnesses and a notary. Is that what you were looking for?"],
    [180, 'l', 'Are you still there?'],
  ], usual({ greeting: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 follow-up by me: phone read back, "within 72 hours", not yet recorded
  s(KWAME, '28 a representative payee\'s lost accounting form: FU_ME, phone typed and read back, "within 72 hours", ssa.gov/payee in the meantime, pending', [
    [0, 'p', 'i am rep payee for my brother and lost the accounting form SSA mailed me. its due soon'],
    [22, 'l', 'Good afternoon, Kwame at South San Francisco Public Library. Welcome!'],
    [28, 'l', 'Is it the form SSA-623, the Representative Payee Report?'],
    [60, 'p', 'i think so. it had a 623 on it'],
    [66, 'l', "You can usually file the report online at ssa.gov/myaccount/payee-report.html with the 16-digit form number, or on paper. I'd like to check whether a lost paper form can be reprinted and call you with what I find. What's the best number?"],
    [100, 'p', '650 555 0188'],
    [106, 'l', "Thanks — that's 650-555-0188. I'll call you within 72 hours. Does the online filing link help for now?"],
    [140, 'p', 'yes, that helps. no thats all, thanks'],
    [146, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 29 a referral with no way to reach it
  s(ELIO, '29 Arizona adult guardianship packet: the "Guardianship of an Adult" guide named, "stop by the Self-Service Center at the Superior Court downtown" with no contact', [
    [0, 'p', 'i need to become guardian of my adult daughter in phoenix, she has schizophrenia. what do i do first'],
    [24, 'l', "Hi, thanks for contacting Phoenix Public Library. This is Elio, a librarian."],
    [30, 'l', 'Is she in the hospital right now, or living at home?'],
    [70, 'p', 'home with me'],
    [77, 'l', "The Maricopa County Superior Court publishes a \"Guardianship of an Adult\" instructions packet with all the forms in order. For help filling it in, stop by the Self-Service Center at the Superior Court downtown — they can walk you through it."],
    [83, 'l', 'Is that what you needed?'],
    [120, 'p', 'yes thats all i needed thanks'],
    [126, 'l', 'Take care of yourself, and thanks for writing!'],
  ], usual({ referral: 'fail' })),

  // 30 an internal consult does not end the wait; own library's department by phone
  s(SIMONE, '30 DC advance directive in Spanish for a grandmother: internal consult at 100 s, visible answer 125 s after the patron, "call our Law Library at 202-555-0133"', [
    [0, 'p', 'do you have the DC advance directive form in spanish? for my grandma'],
    [22, 'l', 'Hello! Simone, librarian at DC Public Library, here.'],
    [28, 'l', 'Does she need the whole form in Spanish, or the instructions only?'],
    [60, 'p', 'whole form, she doesnt read english'],
    [100, 'i', 'Kim, do we keep the Spanish DC advance directive at MLK? patron for a grandmother'],
    [185, 'l', "DC Health posts the advance directive in Spanish, \"Directiva Anticipada\", at dchealth.dc.gov (search \"advance directive\"). For a printed copy you can also call our Law Library at 202-555-0133. Is that what you were hoping to find?"],
    [220, 'p', 'yes thank you!'],
    [226, 'l', 'Anything else you need?'],
    [240, 'p', 'no'],
    [245, 'l', 'Thanks for stopping by the chat!'],
  ], usual({ informed: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundGuardianship.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: guardianship, power of attorney and adults who cannot decide, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundGuardianship.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundGuardianship.filter((c) => c.name in LEFT_WHY));
});
