/**
 * Fifty-second round, theme PASSPORTS, NOTARY SERVICES AND IDENTITY DOCUMENTS, checked: 30 whole sessions no one had written,
 * from public library "ask a librarian" chats: passport applications at the library (first passports, DS-82 renewals by mail
 * and online, a newborn, teens and children under 16, the DS-3053 consent form, urgent travel, processing times, photos,
 * booking the library's acceptance appointments), notary services (a car title, a bill of sale, the DS-3053, a "notario"
 * charging $800, in Spanish), REAL ID (Texas in Spanish, Maryland with a maiden name, Pennsylvania, the Virginia star, the
 * New York enhanced licence, the 2025 enforcement date), replacement and name-change Social Security cards, an apostille,
 * a delayed Kentucky birth certificate. Every one of the 17 checks labelled in every session before it was run (the labels
 * copied aside to /tmp/fiftySecondRoundPassports-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 75 s pickup; `pickedUpAt` at 40 s with the first line at 100; a bare hold ("one moment please,
 *   reading your question") first and the greeting second; greeting and clarifying question in one line; chat-speak "hey
 *   there! Kevin @ Ask Westfield Library here"; Spanish "Le atiende Lucía, bibliotecaria de …" and "Soy Ramona, bibliotecaria
 *   del servicio Pregúntele al Bibliotecario …"; "Hi, how can I help?" under the screen name "Desk 4" (names no one: fail);
 *  inquiry: adult or child, renewal eligibility, state, branch, routine or expedited, citizenship, early records, whether the
 *   passport is at hand; a restatement with no question ("So you need a bill of sale notarized before Saturday"); a question
 *   asked only after the fee URL (fail); a Lost Call whose only substantive line is a clarifying question (no source: fail);
 *  waits: "ok one sec, checking the mail-in rules" then 140 s (fail); a partial result "I'm still checking whether …" as a
 *   hold; holds at 104 and 110 s through a vital-records search (pass); an internal note + transfer with the receiver's first
 *   line 140 s after the patron (fail); "No rush, take your time." before a 224 s patron absence (pass);
 *  endings: check-in at 165 + notice that invites back at 230 in a true Lost Call; check-in only with a 160 s final idle (idle
 *   pass, disconnect na, courteous fail); a notice + thanks 300 s after the answer with no check-in (idle fail, notice pass);
 *   the patron's "nah thats all ty" last with no goodbye; "np! bye 👋"; "Have a great day!"; "Thanks for your patience! Talk
 *   soon."; "¡Gracias por comunicarse con nosotros! Que tenga buen día."; "That's a lot of questions for one chat … I'm going to
 *   end the chat here." + "Bye." (dismissal); "several other patrons waiting … chat back in … or call our reference desk"
 *   (allowed); patron-side "thats all i needed", "es todo", "thats everything", "no more questions", "nah thats all ty";
 *   "ok thx", "ok ill try my bank. thanks", "perfect thank you!", "yes" (not done);
 *  sources: travel.state.gov paths, ssa.gov, DPS / MVA / PennDOT / NY DMV / Virginia DMV / TSA URLs, the SOS notary search, the
 *   library's passport and notary pages; none at all (a child's SS card answered from memory: fail);
 *  referrals: SSA by phone + office locator URL; "Your own bank … worth asking them" (no contact); the Ohio Secretary of State
 *   by mail with its URL; the NPIC by phone (LEFT); the library's Information Desk and reference desk by phone; Vital Statistics
 *   by phone + URL; legal aid by phone (Spanish); the library's own passport / photo / notary service the patron is told to come
 *   in to, with its URL (four of them LEFT); "bring it … to Social Security" (no contact, LEFT); staff consulted on the patron's
 *   behalf ("your home library's staff can check with the MVA", "I'll ask a colleague", "I'll check with her") as no referral;
 *  follow-ups: FU_ME, e-mail read back, "by noon tomorrow", done 20 h (pass); FU_ME, e-mail read back, no time, not done by day 5
 *   (contact fail, on_time fail); FU_LIB by phone read back, "within 3 days", done 90 h (late); a promise "by Friday" coded
 *   Answered (code fail), done 30 h; FU_ME with no e-mail or phone anywhere, "by tomorrow" (code fail, contact fail, pending);
 *  codes: a true Lost Call; Lost Call after two patron lines (fail); null; Practice;
 *  transfers: a visible notice (a hold) + an internal note saying why (pass); an internal note only (fail);
 *  concurrency: four open at once (fail); others ending exactly at the start and starting exactly at the end (3 at most: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - telling the patron to come in to the library's own passport, photo or notary service ("book an appointment at … and bring",
 *   "just come in to Elm Street during passport hours", "book a slot … and come in with your documents", "come to Downtown at
 *   your time", "just walk in to Central's notary desk") is telling them to visit a department of the provider's own library: a
 *   referral (the project's earlier readings: fiftieth-round-languages, forty-fourth-round-community / -difficult), each here
 *   with the service's URL;
 * - "You request it from the Ohio Secretary of State by mail: their page … has … the mailing address" tells the patron to write
 *   to that office: a referral, reached by the URL;
 * - "Your own bank will usually notarize for free … it's worth asking them" tells the patron to ask an organisation: a referral,
 *   with no contact; "bring it … to Social Security" tells the patron to visit the agency, with no contact;
 * - "Newborns apply in person with form DS-11" names no party to visit: no referral; the Lost Call's clarifying question is a
 *   substantive exchange, so the information checks apply (source and completeness fail there);
 * - "Will that work?", "Does that work for your timeline?", "Does that help for now?", "that help?", "¿Es lo que buscaba?",
 *   "¿Le sirve esta información?" ask whether what was given meets the need;
 * - "Have a great day!" and "np! bye 👋" say goodbye; "Thanks for your patience! Talk soon." thanks the patron;
 * - "es todo", "nah thats all ty", "yes thats everything" say the patron is done; "ok thx", "perfect thank you!" do not;
 * - a partial result that says the search goes on ("I'm still checking whether the nearest agency has walk-in hours") is a hold
 *   (RUBRIC Terms), so the 6 s to "Does that help for now?" is the span after it.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 24 / 6 (all six on referral.contact). Label corrections: 0.
 * Final: 24 running, 6 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 01: "book an appointment at cedarridgelibrary.org/passports and bring …" (own library's passport
 *    service, URL) read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 07: "just come in to Elm Street during passport hours … elmstreetlibrary.org/passports" read as no
 *    referral (na; RUBRIC pass);
 *  - referral.contact, case 08: "you call the National Passport Information Center at 1-877-555-0278 for an appointment at a
 *    passport agency" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 14: "book a slot at westcottlibrary.org/passport-appointments and come in with your documents" read
 *    as no referral (na; RUBRIC pass);
 *  - referral.contact, case 22: "bring it … and your own ID to Social Security" read as no referral (na; RUBRIC fail);
 *  - referral.contact, case 29: "book a slot at crestviewlibrary.org/passport and come to Downtown at your time" read as no
 *    referral (na; RUBRIC pass).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a partial-result hold, an internal note
 * and a transfer, idle and disconnect spans of 160, 190, 290 and 300 s, concurrency at touching ends, on_time done / late /
 * pending / not done by day 5) scored as labelled on the first run, and so did every case's redacted copy (patron e-mails and a
 * patron phone typed in the chat and read back).
 *
 * ON v50 (block P, written after this file and from it): all six stay LEFT. Case 08's "you call the National Passport
 *   Information Center at …" is v43 I13's narration shape ("so u call the county clerk" is read as telling back, not telling
 *   to): a first cut of P8 that read a bare "you" before the verb turned 19 of I13's checked narrations, so it was withdrawn.
 *   Cases 01, 07, 14, 29 name the library's own branch by its bare name ("come in to Elm Street", "come to Downtown") or book
 *   it by its page only; case 22's "to Social Security" has no article or office word.
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (24 running, 6 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you shortly.`];

const PAULA: Prov = { id: 'paula-p', name: 'Paula', library: 'CRPL' };
const KEVIN: Prov = { id: 'kevin-p', name: 'kev_westfield', library: 'WFL' };
const LUCIA: Prov = { id: 'lucia-p', name: 'Lucía', library: 'SMPL' };
const ROB: Prov = { id: 'rob-p', name: 'Rob', library: 'MBL' };
const DEB: Prov = { id: 'deb-p', name: 'Deb', library: 'HCL' };
const SAM: Prov = { id: 'sam-p', name: 'Sam', library: 'BDPL' };
const MARCUS: Prov = { id: 'marcus-p', name: 'Marcus', library: 'ESL' };
const NADIA: Prov = { id: 'nadia-p', name: 'Nadia', library: 'GBL' };
const OLIVE: Prov = { id: 'olive-p', name: 'Olive', library: 'RBL' };
const PETRA: Prov = { id: 'petra-p', name: 'Petra (statewide)', library: 'STATE' };
const QUENTIN: Prov = { id: 'quentin-p', name: 'Quentin', library: 'FPL' };
const VIC: Prov = { id: 'vic-p', name: 'Vic', library: 'GWL' };
const WREN: Prov = { id: 'wren-p', name: 'Wren', library: 'PCL' };
const ABEL: Prov = { id: 'abel-p', name: 'Abel (statewide)', library: 'STATE' };
const INES: Prov = { id: 'ines-p', name: 'Ines Moreno', library: 'WCL' };
const HUGO: Prov = { id: 'hugo-p', name: 'Hugo', library: 'BWL' };
const MAE: Prov = { id: 'mae-p', name: 'Mae', library: 'BWL' };
const KAI: Prov = { id: 'kai-p', name: 'Kai', library: 'NPL' };
const GUS: Prov = { id: 'gus-p', name: 'Gus', library: 'TWL' };
const TOBY: Prov = { id: 'toby-p', name: 'Toby', library: 'LSL' };
const ZARA: Prov = { id: 'zara-p', name: 'Zara', library: 'KPL' };
const ANDRE: Prov = { id: 'andre-p', name: 'Andre', library: 'BML' };
const TRAINEE: Prov = { id: 'trainee-p', name: 'Trainee 3', library: 'TRN' };
const FERN: Prov = { id: 'fern-p', name: 'Fern', library: 'SVL' };
const DESK4: Prov = { id: 'desk4-p', name: 'Desk 4', library: 'OCL' };
const ISLA: Prov = { id: 'isla-p', name: 'Isla', library: 'MRL' };
const CALLUM: Prov = { id: 'callum-p', name: 'Callum', library: 'DML' };
const JUNE: Prov = { id: 'june-p', name: 'June', library: 'CVL' };
const BEA: Prov = { id: 'bea-p', name: 'Bea', library: 'APL' };
const NELL: Prov = { id: 'nell-p', name: 'Nell', library: 'GWD' };
const MILO: Prov = { id: 'milo-p', name: 'Milo', library: 'CRV' };
const RAMONA: Prov = { id: 'ramona-p', name: 'Ramona', library: 'FNL' };

const s = session;

export const fiftySecondRoundPassports: SessionCase[] = [
  // 01 first passport at the library, good practice throughout
  s(PAULA, '01 first adult passport: adult or child asked, "book an appointment at …/passports and bring", "thats all i needed"', [
    [0, 'p', 'hi can i apply for a passport at the library? my first one'],
    [18, 'l', 'Hi there! This is Paula, a librarian at Cedar Ridge Public Library.'],
    [24, 'l', 'Happy to help. Is the passport for you (an adult), or for a child under 16?'],
    [60, 'p', 'just me, im 34'],
    [66, 'l', "Yes! Our Main library is a passport acceptance facility, by appointment only: book an appointment at cedarridgelibrary.org/passports and bring the DS-11 filled in but NOT signed (you sign it in front of the agent), your birth certificate + a photocopy, your driver's license + a photocopy, and one 2x2 photo. The DS-11 is on travel.state.gov under Passports > Apply in Person."],
    [72, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes!! thats all i needed thank you so much'],
    [125, 'l', "You're welcome! Thanks for chatting with Cedar Ridge, and good luck with the trip."],
  ], usual({ referral: 'pass' })),

  // 02 chat-speak renewal, "one sec" then 140 s
  s(KEVIN, '02 DS-82 renewal (chat-speak): "ok one sec, checking the mail-in rules" then 140 s, "ok thx", "np! bye 👋"', [
    [0, 'p', 'hey how do i renew my passport its expired like 2 yrs ago'],
    [12, 'l', 'hey there! Kevin @ Ask Westfield Library here'],
    [17, 'l', 'was ur old passport issued when u were 16 or older? and do u still have it?'],
    [50, 'p', 'yes and yes i have it'],
    [55, 'l', 'ok one sec, checking the mail-in rules'],
    [195, 'l', 'sorry that took a min! since it expired less than 5 yrs ago u can renew by mail w/ form DS-82: travel.state.gov > Passports > Renew My Passport by Mail. the instructions on the form list what goes in the envelope (old passport, new photo, fee check)'],
    [200, 'l', 'that help?'],
    [240, 'p', 'ok thx'],
    [246, 'l', 'np! bye 👋'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 03 REAL ID in Spanish (Texas)
  s(LUCIA, '03 REAL ID en Texas (Spanish): state asked, "Un momento, por favor.", DPS URL, "¿Es lo que buscaba?", "es todo"', [
    [0, 'p', 'Hola buenas, que papeles necesito para la REAL ID? tengo cita la proxima semana'],
    [30, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Marcos.'],
    [36, 'l', '¿En qué estado va a sacar la REAL ID? Cada estado tiene su propia lista.'],
    [80, 'p', 'texas'],
    [86, 'l', 'Un momento, por favor.'],
    [150, 'l', 'En Texas la lista de documentos está en la página del DPS: dps.texas.gov/section/driver-license/real-id. Necesita un comprobante de identidad (pasaporte o acta de nacimiento), su número de Seguro Social y dos comprobantes de domicilio en Texas.'],
    [156, 'l', '¿Es lo que buscaba?'],
    [210, 'p', 'si perfecto, es todo. gracias!!'],
    [216, 'l', '¡Con gusto! Gracias por escribirnos, y que le vaya bien en su cita.'],
  ], usual()),

  // 04 replacement SS card; SSA line + office locator
  s(ROB, '04 replacement Social Security card: name change asked, ssa.gov steps, "call 1-800-… or find your local office at …"', [
    [0, 'p', 'Lost my social security card. How do I get a new one? Do I have to go in somewhere?'],
    [35, 'l', 'Hello, Rob here at the Ask a Librarian desk of Millbrook Library.'],
    [41, 'l', 'Do you need just a replacement card with the same name, or is there a name change too?'],
    [90, 'p', 'same name, just lost it'],
    [96, 'l', 'Let me check what SSA allows online now.'],
    [180, 'l', 'In most states you can request a replacement online with a my Social Security account: ssa.gov/number-card/replace-card has the steps and the documents. If the online request does not work for you, call Social Security at 1-800-555-0213 or find your local office with the locator at secure.ssa.gov/ICON/main.jsp and go in with your ID.'],
    [186, 'l', 'Did that help?'],
    [230, 'p', 'yeah, thank you'],
    [236, 'l', 'Anything else today?'],
    [250, 'p', 'no'],
    [255, 'l', 'Take care, thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 05 no notary; notary search URL + "your own bank" with no contact
  s(DEB, '05 car title notarized: no library notary, SOS notary search URL, "Your own bank … worth asking them" (no contact)', [
    [0, 'p', 'do u have a notary at the library? need my car title notarized'],
    [22, 'l', "Hi! You've reached Deb at Harlow County Library."],
    [27, 'l', 'Which branch are you near?'],
    [55, 'p', 'east'],
    [61, 'l', "Sorry, none of our branches have a notary right now. The Secretary of State's notary search at sos.harlow.gov/notary-search lists commissioned notaries by ZIP code. Your own bank will usually notarize for free for customers, so it's worth asking them too."],
    [67, 'l', 'Will that work?'],
    [110, 'p', 'ok ill try my bank. thanks'],
    [115, 'l', "You're welcome — thanks for chatting, have a good afternoon!"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 06 true Lost Call: greeting, check-in, notice that invites back
  s(SAM, '06 passport photos, Lost Call: greeting at 40, patron leaves, "Are you still there?" at 165, notice + invitation at 230', [
    [0, 'p', 'do u do passport photos'],
    [40, 'l', 'Hello! This is Sam, a librarian at Brookdale Public Library.'],
    left(62),
    [165, 'l', 'Are you still there?'],
    [230, 'l', "It looks like you've disconnected, so I'll end this chat. Feel free to chat back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 07 queue, 75 s pickup; "Have a great day!"
  s(MARCUS, '07 passport photos: queue, picked up at 75 s, "just come in to Elm Street" + hours URL, "nope", "Have a great day!"', [
    [0, 'p', 'Can I get passport photos taken at the library?'],
    queue(2),
    [75, 'l', "Hi, sorry for the wait — you've got Marcus at Elm Street Library."],
    [81, 'l', 'Which location would you be going to?'],
    [120, 'p', 'the one on elm st'],
    [126, 'l', 'Elm Street takes passport photos for $10, no appointment needed: just come in to Elm Street during passport hours (Tue-Thu 10-4, Sat 10-1). Hours for every location are at elmstreetlibrary.org/passports.'],
    [131, 'l', 'Is that what you were looking for?'],
    [175, 'p', 'yes thx'],
    [180, 'l', 'Anything else I can do for you?'],
    [200, 'p', 'nope'],
    [204, 'l', 'Have a great day!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 08 urgent travel; partial result that goes on; FU_ME done at 20 h
  s(NADIA, '08 emergency trip in 9 days (follow-up by me): NPIC phone, partial result "I\'m still checking", e-mail read back, "by noon tomorrow", done 20 h', [
    [0, 'p', 'I have a family emergency trip to Poland in 9 days and no passport. Is there any way to get one that fast?'],
    [25, 'l', "Hello, I'm Nadia, a reference librarian with Ask Us Now at Greenbelt Library. I'm so sorry about the emergency."],
    [31, 'l', 'Have you had a US passport before, and do you have proof of the emergency (a letter from a hospital, for example)?'],
    [90, 'p', 'never had one. yes my mom is in the hospital there, i can get a letter'],
    [96, 'l', 'Okay, one moment while I check the urgent-travel rules.'],
    [190, 'l', "For life-or-death emergencies within 14 days you call the National Passport Information Center at 1-877-555-0278 for an appointment at a passport agency; the page travel.state.gov > Passports > Get My Passport Fast lists what to bring. I'm still checking whether the nearest agency has walk-in hours; that may take longer than this chat."],
    [196, 'l', 'Does that help for now?'],
    [240, 'p', 'yes. can you email me what you find about the agency?'],
    [246, 'l', "Of course. What's your e-mail?"],
    [280, 'p', 'dmitri.k@example.com'],
    [286, 'l', "Got it: dmitri.k@example.com. I'll e-mail you what I find about the agency by noon tomorrow."],
    [292, 'l', 'Anything else I can help with?'],
    [320, 'p', 'no thats it, thank you'],
    [326, 'l', 'Thank you, and I hope your mom is okay. Bye for now.'],
  ], usual({ referral: 'pass', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 09 apostille; promise with no time; FU_ME never recorded by day 5
  s(OLIVE, '09 apostille for a Mexican passport (follow-up by me): e-mail read back, no time said, not done by day 5, "ok thanks"', [
    [0, 'p', "hi, i need an apostille on my son's birth certificate for his mexican passport, where do i do that"],
    [30, 'l', "Hi, this is Olive at Riverbend Library's Ask a Librarian."],
    [36, 'l', 'Which state was he born in?'],
    [70, 'p', 'Ohio'],
    [76, 'l', "You request it from the Ohio Secretary of State by mail: their page ohiosos.gov/notary/apostilles has the request form, the fee and the mailing address. Send a certified copy of the birth certificate with it."],
    [82, 'l', 'Does that answer it?'],
    [130, 'p', 'kind of. do i need a translation too?'],
    [136, 'l', "Good question, I'm not sure. I'll look into it and e-mail you. What's the best address?"],
    [170, 'p', 'marisa.v@example.com'],
    [176, 'l', "Thanks! I'll send it to marisa.v@example.com."],
    [200, 'p', 'ok thanks'],
    [205, 'l', 'Thanks for contacting us, bye!'],
  ], usual({ anything: 'fail', referral: 'pass', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 10 REAL ID maiden name; statewide; FU_LIB by phone, done late (90 h)
  s(PETRA, '10 REAL ID with a maiden name (statewide, follow-up by patron\'s library): phone read back, "within 3 days", done after 90 h', [
    [0, 'p', 'My birth certificate has my maiden name and my license has my married name, what do i bring for REAL ID in Maryland??'],
    [20, 'l', 'Good evening, this is Petra with Maryland AskUsNow!, the statewide librarian chat.'],
    [26, 'l', 'Do you have your marriage certificate, and was there only one name change?'],
    [70, 'p', 'just one marriage. i have the certificate somewhere'],
    [76, 'l', "The MVA's REAL ID page, mva.maryland.gov/realid, has the document checklist: bring the birth certificate plus the marriage certificate that links the two names."],
    [82, 'l', 'Does that cover it?'],
    [140, 'p', 'what if the certificate is from Virginia tho, do they take out of state ones'],
    [146, 'l', 'Let me check that.'],
    [250, 'l', "I couldn't confirm that from what's online. Your home library's staff can check with the MVA and get back to you. What's a good phone number for them to call?"],
    [290, 'p', '410-555-0186'],
    [296, 'l', '410-555-0186, thanks. Someone from Howard County Library will call you within 3 days.'],
    [300, 'l', 'Is there anything else?'],
    [330, 'p', 'no thats all'],
    [335, 'l', 'Thanks for using AskUsNow!, good night.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 DS-3053 at the library notary; promise + time but coded Answered
  s(QUENTIN, '11 DS-3053 at the library notary: Information Desk phone, promise "by Friday" with e-mail read back, coded Answered, done 30 h', [
    [0, 'p', "I need the DS-3053 notarized so my ex doesn't have to come to the passport appt. does the library notary do that"],
    [28, 'l', "Hi! I'm Quentin, a librarian at Fairmont Public Library."],
    [33, 'l', 'Will your ex be signing it here, or is he out of town?'],
    [80, 'p', "he'd come in, he lives here"],
    [86, 'l', 'Yes — our notary at Main can notarize the DS-3053; he has to sign it in front of her with his photo ID. Call the Main Information Desk at 555-212-4400 to book a time.'],
    [92, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes. does she also make a copy of his ID? the form says a copy is needed'],
    [136, 'l', "I'm not sure she does copies. I'll check with her and e-mail you. What address should I use?"],
    [170, 'p', 'jen.ortiz@example.com'],
    [176, 'l', "jen.ortiz@example.com, got it. You'll have an answer from me by Friday."],
    [200, 'p', 'perfect thank you!'],
    [205, 'l', 'Thanks for chatting with Fairmont Public Library!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }), { followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 12 dismissal: "That's a lot of questions for one chat"
  s(VIC, '12 teens and under-16 passports: DS-3053 for the absent dad, "That\'s a lot of questions for one chat … end the chat here", "Bye."', [
    [0, 'p', 'passport questions. my daughter is 15 and my son is 17, do they both need both parents'],
    [30, 'l', 'Hi, Vic here at the Greenway Library chat.'],
    [35, 'l', 'Are both parents able to come to the appointment?'],
    [70, 'p', 'no, their dad works out of state'],
    [76, 'l', 'For your daughter (under 16) both parents must consent: her dad fills in form DS-3053 (Statement of Consent) and you bring it along. At 16 or 17 your son can apply himself, with one parent aware. Both are explained on travel.state.gov > Passports > Children Under 16, and > Teens 16 and 17.'],
    [82, 'l', 'Does that answer it?'],
    [130, 'p', 'ok and what about the fee for each. and can we do photos there. and what if his license is his only id, and my mom wants to renew hers too'],
    [138, 'l', "That's a lot of questions for one chat. I've answered your main question, so I'm going to end the chat here."],
    [145, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 13 other patrons waiting, allowed, with the reference desk phone
  s(WREN, '13 SS card after a divorce + more: "several other patrons waiting … chat back in … or call our reference desk at 555-…"', [
    [0, 'p', 'Need help w/ REAL ID, a passport card, and a SS card name change after my divorce'],
    [22, 'l', "Hello! I'm Wren, a librarian at Pinecrest Library. Let's start with the Social Security card — do you have the divorce decree that restores your name?"],
    [60, 'p', 'yes'],
    [66, 'l', "Then the SSA's page ssa.gov/number-card/change-name-card lists what to bring: the decree plus an ID in your former name. You can start the request online there."],
    [72, 'l', 'Did that help?'],
    [110, 'p', "yes. now REAL ID and passport card. and also my kids' passports"],
    [118, 'l', "I'm glad that helped! I have several other patrons waiting right now, so I can't take all of those at once. Please chat back in a little later, or call our reference desk at 555-388-0420, and we'll go through the REAL ID and passport card with you."],
    [150, 'p', 'fine'],
    [155, 'l', 'Thanks for understanding, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 14 transfer with notice and note
  s(ABEL, '14 passport appointments (statewide to Westcott): notice (hold) + note why, transfer, Ines books via URL, "thats everything"', [
    [0, 'p', 'does my library do passport appointments? im in Westcott county'],
    [15, 'l', "Hi, you're chatting with Abel from the statewide Ask Us service."],
    [21, 'l', 'Which Westcott branch is closest to you?'],
    [50, 'p', 'north lake'],
    [56, 'l', "One moment — I'm going to transfer you to a Westcott librarian who can see their passport calendar."],
    [59, 'i', "Westcott pt asking about passport appts at North Lake; you can see the booking calendar, I can't"],
    xfer(62, 'Ines Moreno', INES.id),
    [110, 'l', 'Hi, this is Ines at Westcott County Library!', as(INES)],
    [116, 'l', 'North Lake has passport appointments Tuesdays and Saturdays: book a slot at westcottlibrary.org/passport-appointments and come in with your documents. Does that help?', as(INES)],
    [160, 'p', 'yes booking now, thats everything'],
    [165, 'l', 'Great, thanks for chatting!', as(INES)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 15 transfer with a note only; 140 s wait across it
  s(HUGO, '15 newborn passport: internal note only then transfer, Mae\'s first line 140 s after the patron, "Bye, and enjoy the baby!"', [
    [0, 'p', "how do I get a passport for my newborn? she's 3 weeks old"],
    [20, 'l', 'Hi! Hugo here, Ask a Librarian at Brightwater Library. Congratulations!'],
    [26, 'l', 'Do you have her birth certificate yet, or just the hospital paperwork?'],
    [60, 'p', 'we got the certificate last week'],
    [66, 'i', 'Mae, can you take this one? passport for an infant, you do these at the desk'],
    xfer(70, 'Mae', MAE.id),
    [200, 'l', 'Hello, Mae here, I run the passport desk at Brightwater. Congratulations on the baby!', as(MAE)],
    [206, 'l', "Newborns apply in person with form DS-11 and both parents present. Bring the certified birth certificate, both parents' IDs, and a 2x2 photo of her. Everything is on travel.state.gov > Passports > Children Under 16. Did that answer your question?", as(MAE)],
    [250, 'p', 'yes thank u'],
    [255, 'l', 'Anything else?', as(MAE)],
    [270, 'p', 'no'],
    [274, 'l', 'Bye, and enjoy the baby!', as(MAE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 16 four open at once; greeting after a hold
  s(KAI, '16 NY enhanced licence vs REAL ID: a hold first, greeting second, three other chats open at once (4)', [
    [0, 'p', 'whats an enhanced drivers license and is it the same as real id'],
    [18, 'l', 'one moment please, reading your question'],
    [40, 'l', 'Hello, this is Kai, a librarian at Northport Library.'],
    [46, 'l', 'Which state are you in? Only a few states issue enhanced licenses.'],
    [80, 'p', 'NY'],
    [86, 'l', 'In New York an Enhanced Driver License is REAL ID-compliant and also works like a passport card at land and sea borders with Canada and Mexico. The DMV compares the kinds at dmv.ny.gov/driver-license/enhanced-or-real-id.'],
    [92, 'l', 'Does that answer your question?'],
    [130, 'p', 'yep thats all, thank u'],
    [135, 'l', "You're welcome — thanks for chatting!"],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', KAI.id, -300, 400), other('k2', KAI.id, -100, 500), other('k3', KAI.id, 30, 600)],
  }),

  // 17 three at most, touching ends
  s(GUS, '17 the gold star on a Virginia licence: others end exactly at the start and start exactly at the end (3 at most)', [
    [0, 'p', 'what does the gold star on my license mean'],
    [20, 'l', 'Hi, Gus here with Ask a Librarian at Tidewater Library.'],
    [26, 'l', 'Which state issued your license?'],
    [55, 'p', 'Virginia'],
    [61, 'l', "The star means it's a REAL ID-compliant card, so you can use it to board domestic flights and enter federal buildings. Virginia DMV explains the difference at dmv.virginia.gov/licenses-ids/real-id."],
    [67, 'l', 'Is that what you needed?'],
    [120, 'p', 'oh ok cool. thats all i needed'],
    [126, 'l', 'Great! Thanks for chatting, take care.'],
  ], usual(), {}, {
    otherIntervals: [other('g1', GUS.id, -600, 0), other('g2', GUS.id, -200, 300), other('g3', GUS.id, -100, 400), other('g4', GUS.id, 131, 700)],
  }),

  // 18 check-in only, final idle 160 s
  s(TOBY, '18 passport book vs card: answer at 76, "Are you still there?" at 210, ends at 236 (final idle 160 s), no goodbye', [
    [0, 'p', 'whats the difference between passport book and passport card'],
    [25, 'l', "Hi there, Toby from Lakeside Library's Ask a Librarian service."],
    [31, 'l', 'Are you planning to fly abroad, or just drive to Canada or Mexico?'],
    [70, 'p', 'driving to canada prob'],
    [76, 'l', 'The card works for land and sea crossings to Canada, Mexico, the Caribbean and Bermuda, but not for international flights; the book works for everything. The comparison chart is on travel.state.gov > Passports > Passport Card. You can apply for both at once.'],
    [81, 'l', 'Does that help?'],
    [210, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 26 }),

  // 19 notice + thanks at 300 s, no check-in
  s(ZARA, '19 passport as REAL ID proof (PA): answer at 66, no check-in, "looks like you\'ve been disconnected … Thanks" at 366', [
    [0, 'p', 'Can I use my passport as ID at the DMV for REAL ID or do I need birth certificate too'],
    [30, 'l', 'Hello, Zara here, a librarian at Kingsford Public Library.'],
    [36, 'l', "Which state's DMV?"],
    [60, 'p', 'pennsylvania'],
    [66, 'l', "A valid, unexpired US passport proves your identity for PA REAL ID, so you won't need the birth certificate as well. You'll still need your Social Security card and two proofs of your PA address. PennDOT's document list is at penndot.pa.gov/REALID."],
    [72, 'l', 'Does that answer your question?'],
    [366, 'l', "It looks like you've been disconnected, so I'll end this session now. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 20 code null
  s(ANDRE, '20 REAL ID to fly next month: domestic + passport asked, TSA URL, "yes thats everything", code null', [
    [0, 'p', 'is the real id deadline still may 2025?? do i need it to fly next month'],
    [24, 'l', 'Hi! This is Andre, a librarian with Ask Us at Bellmont Library.'],
    [30, 'l', 'Are you flying within the US, and do you have a passport?'],
    [66, 'p', 'domestic. no passport'],
    [72, 'l', "REAL ID enforcement started May 7, 2025, so for domestic flights you now need a REAL ID-compliant license or another accepted ID. TSA's list of accepted IDs is at tsa.gov/travel/security-screening/identification."],
    [78, 'l', 'Is that what you needed?'],
    [110, 'p', 'ugh ok. yes thats everything'],
    [115, 'l', 'Good luck with the trip, and thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 21 Practice
  s(TRAINEE, '21 practice chat (passport script test): coded Practice, every check na', [
    [0, 'p', 'TEST passport fees?'],
    [8, 'l', 'Hi, this is a practice session for the Ask Us training.'],
    [16, 'l', 'Fees: travel.state.gov/fees. Does that help?'],
    [25, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 no source; "bring it … to Social Security" (no contact)
  s(FERN, '22 child\'s SS card: answered from memory, no source, "bring it … to Social Security" (no contact), "that\'s all"', [
    [0, 'p', 'my son lost his social security card, hes 12, how do we replace it'],
    [35, 'l', 'Hi, Fern at Sunny Valley Library here.'],
    [41, 'l', 'Do you have his birth certificate and a school or medical record for him?'],
    [80, 'p', 'yes both'],
    [86, 'l', "You'll fill out the application for a card and bring it with his birth certificate, the school or medical record, and your own ID to Social Security. As his parent you apply for him, and he doesn't have to come with you."],
    [92, 'l', 'Does that help?'],
    [130, 'p', "yes, thanks, that's all"],
    [135, 'l', "You're welcome! Bye!"],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 23 no name, question after the first source
  s(DESK4, '23 passport fees: "Hi, how can I help?" under a screen name, fee URL, then "renewal or first?" (after the source)', [
    [0, 'p', 'how much does a passport cost now'],
    [20, 'l', 'Hi, how can I help?'],
    [40, 'l', 'Adult passport books are $130 plus a $35 acceptance fee for first-time applicants; the full fee chart is at travel.state.gov/fees.'],
    [46, 'l', 'Is this a renewal or a first passport?'],
    [80, 'p', 'renewal'],
    [86, 'l', 'Renewals by mail are just the $130, no acceptance fee. Does that answer your question?'],
    [120, 'p', 'yes'],
    [124, 'l', 'Thanks for chatting, bye!'],
  ], usual({ greeting: 'fail', clarify: 'fail', anything: 'fail' })),

  // 24 pickedUpAt 40, first line 100; a restatement
  s(ISLA, '24 bill of sale notarized: pickedUpAt 40 s, first line at 100, restatement "So you need …", walk in to the notary desk + URL', [
    [0, 'p', "Hi, i'm selling my car saturday and the buyer wants the bill of sale notarized. can the library do that"],
    [100, 'l', 'Good morning, Isla here at the Marlow Library Ask Us desk.'],
    [106, 'l', 'So you need a bill of sale notarized before Saturday, for a car sale.'],
    [140, 'p', 'yep'],
    [146, 'l', "Marlow's notary is at the Central branch Wednesdays and Fridays 1-5, free with a library card: just walk in to Central's notary desk with your photo ID and the unsigned bill of sale. Details are at marlowlibrary.org/services/notary."],
    [152, 'l', 'Does that work for your timeline?'],
    [200, 'p', 'friday works. thats all i needed'],
    [205, 'l', 'Great, thanks for chatting with Marlow Library. Good luck with the sale!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // 25 Lost Call after two patron lines, a question asked, then check-in + notice
  s(CALLUM, '25 post office passports on Saturday: "hello" + the question, a clarifying question, patron gone, coded Lost Call', [
    [0, 'p', 'hello'],
    [5, 'p', 'i need to know if i can get a passport at the post office on saturday'],
    [30, 'l', 'Hi! Callum here, Ask a Librarian at Dunmore Library.'],
    [36, 'l', 'Which post office, or which town are you in?'],
    [200, 'l', 'Are you still there?'],
    [320, 'l', "It seems you've disconnected. I'm going to end this chat now; feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 FU_ME, no contact at all, "by tomorrow"
  s(JUNE, '26 processing times (follow-up by me): tracker URL, "get back to you by tomorrow", no e-mail or phone anywhere, pending', [
    [0, 'p', 'how long is passport processing right now? i applied 5 weeks ago and nothing'],
    [28, 'l', 'Hi, this is June at Ask Carver Library.'],
    [34, 'l', 'Did you apply routine or expedited?'],
    [60, 'p', 'routine'],
    [66, 'l', 'Current routine times are posted on travel.state.gov > Passports > Processing Times, and you can track yours at passportstatus.state.gov with your last name, birth date and the last 4 of your SSN.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'the tracker says not available'],
    [116, 'l', "Hmm. I'll ask a colleague who does passport acceptance what that usually means and get back to you by tomorrow."],
    [150, 'p', 'ok'],
    [155, 'l', 'Thanks for your patience! Talk soon.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 27 holds every ~105 s; vital records with phone + URL
  s(BEA, '27 delayed Kentucky birth certificate: holds at 116 and 220, answer at 330, Vital Statistics by phone + URL, "no more questions"', [
    [0, 'p', 'My grandfather was born at home in 1941 in Kentucky and never had a birth certificate. He needs one for a passport. Is that even possible?'],
    [30, 'l', "Good afternoon! I'm Bea, a genealogy librarian at Ashland Public Library."],
    [36, 'l', 'Does he have any early records with his birth date on them, like a baptism record, a school census, or an old Social Security application?'],
    [110, 'p', 'he has his baptism certificate and his army discharge'],
    [116, 'l', 'Those help a lot. Let me look up how Kentucky handles delayed birth certificates.'],
    [220, 'l', "Still searching — I've found the form, now checking what evidence they accept."],
    [330, 'l', "Found it. Kentucky calls it a Delayed Certificate of Birth. Contact the Office of Vital Statistics at 502-555-0142 or through chfs.ky.gov/agencies/dph/vital-statistics: they'll send the application and list the documents (usually two or three early records, like his baptism certificate and discharge)."],
    [336, 'l', 'The State Department accepts a delayed birth certificate for a passport if it lists the records used to create it; that is on travel.state.gov under Passports > Citizenship Evidence. Is that what you were hoping to find?'],
    [400, 'p', 'yes thank you, this is great, no more questions'],
    [405, 'l', 'Wonderful. Best of luck to your grandfather, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 28 "No rush, take your time." then 224 s away
  s(NELL, '28 online renewal: "No rush, take your time." then the patron away 224 s, hold 74 s, "thats everything"', [
    [0, 'p', 'can i renew my passport online now? someone told me you can'],
    [22, 'l', 'Hi! Nell here from Ask a Librarian at Glenwood Library.'],
    [28, 'l', 'Do you have your current passport handy? I need to know when it was issued.'],
    [60, 'p', 'let me go find it, its in a drawer somewhere lol'],
    [66, 'l', 'No rush, take your time.'],
    [290, 'p', 'ok got it. issued 2017'],
    [296, 'l', 'One moment while I check the eligibility rules.'],
    [370, 'l', "Good news: a passport issued in 2017 when you were 16 or older qualifies. The online renewal is at travel.state.gov > Passports > Renew Online; you'll need a digital photo and a card for the fee. You can't use it if you're traveling within 6 weeks."],
    [376, 'l', 'Does that answer your question?'],
    [420, 'p', 'yes! thanks, thats everything'],
    [425, 'l', 'Happy travels — thanks for chatting!'],
  ], usual()),

  // 29 the patron has the last word; no goodbye
  s(MILO, '29 passport appointment or walk-in: booking URL, "Anything else I can help with?", patron "nah thats all ty" last (no goodbye)', [
    [0, 'p', 'do i need an appointment for the passport thing at the library or just walk in'],
    [24, 'l', 'Hello, Milo here, a librarian at Crestview Library.'],
    [30, 'l', 'Which branch were you planning to go to?'],
    [60, 'p', 'downtown'],
    [66, 'l', 'Downtown is appointment only for passports: book a slot at crestviewlibrary.org/passport and come to Downtown at your time.'],
    [72, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'ok cool'],
    [103, 'l', 'Anything else I can help with?'],
    [130, 'p', 'nah thats all ty'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 30 notario fraud (Spanish); legal aid by phone
  s(RAMONA, '30 "notario" charging $800 (Spanish): citizenship asked, forms free on travel.state.gov, legal aid by phone, "¿Algo más…?"', [
    [0, 'p', 'buenas, un notario me quiere cobrar $800 para llenar los papeles del pasaporte de mis hijos, es normal?'],
    [30, 'l', '¡Hola! Soy Ramona, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca de Fresno Norte.'],
    [36, 'l', '¿Sus hijos nacieron aquí en Estados Unidos?'],
    [70, 'p', 'si nacieron aqui'],
    [76, 'l', 'Entonces no necesita un notario. En EE. UU. un notario público solo certifica firmas; no es abogado. Los formularios del pasaporte son gratis en travel.state.gov y solo se pagan las tarifas del gobierno. Si quiere denunciar el cobro o pedir consejo gratis, llame a Asistencia Legal Central al 559-555-0177.'],
    [82, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias, no sabia'],
    [136, 'l', '¿Algo más en que le pueda ayudar?'],
    [160, 'p', 'no gracias'],
    [165, 'l', '¡Gracias por comunicarse con nosotros! Que tenga buen día.'],
  ], usual({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '01 first adult passport: adult or child asked, "book an appointment at …/passports and bring", "thats all i needed"':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "Our Main library is a passport acceptance facility, by appointment only: book an appointment at cedarridgelibrary.org/passports and bring the DS-11 …" tells the patron to visit the provider\'s own library\'s passport service (RUBRIC Terms, Referral: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"), reached by the URL.',
  '07 passport photos: queue, picked up at 75 s, "just come in to Elm Street" + hours URL, "nope", "Have a great day!"':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "just come in to Elm Street during passport hours (Tue-Thu 10-4, Sat 10-1). Hours for every location are at elmstreetlibrary.org/passports." tells the patron to visit the own library\'s branch service (RUBRIC Terms, Referral: own departments count when the patron is told to visit them), with a URL.',
  '08 emergency trip in 9 days (follow-up by me): NPIC phone, partial result "I\'m still checking", e-mail read back, "by noon tomorrow", done 20 h':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "For life-or-death emergencies within 14 days you call the National Passport Information Center at 1-877-555-0278 for an appointment at a passport agency" tells the patron to call an agency outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"), with its phone. "you call <agency> at <phone>" is not read as a referral.',
  '14 passport appointments (statewide to Westcott): notice (hold) + note why, transfer, Ines books via URL, "thats everything"':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 8 (Ines, after the transfer): "North Lake has passport appointments Tuesdays and Saturdays: book a slot at westcottlibrary.org/passport-appointments and come in with your documents." tells the patron to visit her library\'s branch service (RUBRIC Terms, Referral: own departments count when the patron is told to visit them), with a URL. The transfer itself is rightly not a referral.',
  '22 child\'s SS card: answered from memory, no source, "bring it … to Social Security" (no contact), "that\'s all"':
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "You\'ll fill out the application for a card and bring it with his birth certificate, the school or medical record, and your own ID to Social Security." tells the patron to visit an agency (RUBRIC Terms, Referral: "another agency … visit them") with no e-mail, phone, postal address or URL. "bring <things> to <agency>" is not read as a visit (as in the forty-fourth round\'s community LEFT).',
  '29 passport appointment or walk-in: booking URL, "Anything else I can help with?", patron "nah thats all ty" last (no goodbye)':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "Downtown is appointment only for passports: book a slot at crestviewlibrary.org/passport and come to Downtown at your time." tells the patron to visit the own library\'s branch service (RUBRIC Terms, Referral: own departments count when the patron is told to visit them), with a URL.',
};

describe('fifty-second round: passports, notary services and identity documents, checked', () => {
  describeSessions('whole sessions', fiftySecondRoundPassports.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySecondRoundPassports.filter((c) => c.name in LEFT_WHY));
});
