/**
 * Fifty-fifth round, theme SCAMS, IDENTITY THEFT, FRAUD REPORTS AND CONSUMER COMPLAINTS, checked: 30 whole sessions no one
 * had written, from public library and statewide "ask a librarian" chats: credit freezes and report errors at the three
 * bureaus, a grandparent scam, a romance scam (Spanish), a crypto "withdrawal tax", a fake check from a remote job, tax
 * identity theft (Form 14039), robocalls, a Medicare-card call, a tech-support pop-up with remote access, a Zelle "send it
 * to yourself" scam the bank won't refund, a debt collector for a stranger's bill, smishing (Netflix, E-ZPass, USPS), a data
 * breach letter, a vanished roofer and a bathroom contractor (attorneys general of Ohio and Massachusetts), a notarized
 * affidavit after a stolen purse, a "Jamaican lottery" and a victim advocate, a gym that won't cancel (NY AG), a timeshare
 * exit company, a Craigslist rental deposit, a Publishers Clearing House "prize", an online sofa never delivered, a SIM swap,
 * a utility shut-off threat paid by bitcoin ATM, an unknown monthly card charge, a fake IRS letter asking for gift cards
 * (Spanish). Providers point to the FTC, IdentityTheft.gov, the CFPB, IC3, TIGTA, Medicare and the Senior Medicare Patrol,
 * the bureaus, state AGs, the police, Western Union, Chase, the library's Tech Help desk. Every one of the 17 checks labelled
 * in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/fiftyFifthRoundScams-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 42 s pickup (01); a patron "hello??" in the queue and a 95 s pickup (04); `pickedUpAt` at
 *   40 s with the first line at 75 (21); "Hello! How can I help you today?" + a question under the screen name "Desk B"
 *   (names no one: fail, 02); "Hi! Give me just a moment to read through this." + a question, the name only in the third
 *   line (22: fail); Spanish "¡Buenas tardes! Le atiende Rafael, bibliotecario de …" (03); chat-speak "hiya! Tamsin from the
 *   Ask a Librarian team at Riverbend Library 🙂" (26); curt "hi, library here" under the screen name "libstaff3" (23: the
 *   library named, pass); no provider ever joined (28);
 *  inquiry: freeze vs fraud alert, how the money was sent, which state / city / utility, a letter or only a rejection, cell
 *   or landline, credit or debit, the contractor's name, the statement's merchant line; a restatement with a question mark
 *   ("So your bank won't refund …?", 10); the question only after the source (05: fail); no question and no source at all
 *   (23); "¿Prefiere hablar en español?" before a transfer (30); "Is your number back on your own phone now?" (25, LEFT);
 *  waits: "ok let me look into it" then 144 s (04: fail); a hold then 64-104 s (01, 03, 16, 18); holds at 86/180/276 with
 *   one a partial result that says the search goes on (27: pass); two internal lines while the patron waits 135 s (14: fail);
 *   a silent transfer, the receiver 140 s after the patron (09: fail); a transfer announced as a hold, the receiver 54-62 s
 *   later (08, 30); "No rush, take your time!" then the patron back 264 s later (29: waiting on the patron, pass); the
 *   patron's "??" as the last line, 5 s before the end (20: a span still open at the end);
 *  endings: a check-in at 240 and a notice that invites back at 335 (07); a greeting-only Lost Call with a check-in at 160
 *   and "I'm going to end this session now" with no goodbye (12: courteous fails); a check-in at 230 and a bare goodbye at
 *   400 with no notice (24: disconnect fails); one message that is check-in and notice, "Are you still there? It looks like
 *   we may have lost you — I'll close this chat in a minute if I don't hear back." with no goodbye (25); "u still there?"
 *   in a 144 s final idle (26: disconnect na); "Sorry, my shift is over and I have to log off now. Bye." (20: dismissal,
 *   courteous passes on the "Bye."); "a few other people waiting in the queue … Jump back on the chat later today or
 *   tomorrow" (21: allowed); the patron's "thats everything" as the last line (27); "¡Con gusto! Cuídense mucho.", "Glad you
 *   checked first! Have a good night.", "Great, have a good day!", "np. bye", "Good luck, and bye for now!"; patron-side
 *   "that's all i needed", "thats all i had", "es todo", "no more questions", "that's everything", and "yes thank you",
 *   "ok cool", "ugh. ok" that do not count;
 *  sources: FTC, ReportFraud / ReporteFraude, consumidor.ftc.gov, IdentityTheft.gov, irs.gov, CFPB, donotcall.gov, FCC, IC3,
 *   smpresource.org, the bureaus' freeze and dispute pages, state AG pages, Duke Energy's scam page, mass.gov, the library's
 *   newspaper archive URL; none ("PCH never calls ahead", 23);
 *  referrals: the FTC by URL + "her local police department" (02: fail, LEFT); Western Union by phone in Spanish (03, LEFT);
 *   IC3 + FTC by URL after a colon (04, LEFT); 1-800-MEDICARE and the Senior Medicare Patrol (08, LEFT); the library's Tech
 *   Help desk by phone (09); the CFPB by URL and phone (10); "Send the collector a letter" (11, LEFT); the Ohio AG "takes
 *   consumer complaints online at … or at 800-…" (16, LEFT) and the same shape for the Nevada AG (18); the Florida AG (20);
 *   the police non-emergency line + FTC (22); "dispute the charge with your card issuer" (24: fail); the MA AG's division
 *   (27); Chase card services by phone (29); TIGTA in Spanish (30, LEFT); staff consulted on the patron's behalf (the IRS
 *   office Hugo will call, 06; the Fremont staff, 17; the DA's office, 18) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by tomorrow at noon", done in 20 h (06); a promise to e-mail
 *   articles with the e-mail read back and no time, coded Answered (16: code, contact fail, on_time pending); FU_LIB with the
 *   e-mail only in `patron.email` ("the e-mail on your library account"), no time, not done by day 5 (17); FU_ME by phone
 *   read back, "by Thursday", done after 90 h (18: late); a source with no codes (`resolutionCode` left out) and a promise
 *   "by Friday" with the e-mail read back (19: code na, pending);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (13); Lost Call with no provider and two patron lines
 *   (28); null (14); Practice (15); left out (19);
 *  transfers: a notice (a hold) and an internal note that says why (08: pass); an internal note only (09: fail); a Spanish
 *   notice "le paso con mi compañera Mariela" with no internal note (30: fail);
 *  concurrency: others ending exactly at the start and starting exactly at the end, three at most (10: pass); four at once
 *   (11: fail); the receiving provider at four during her part (30: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - freezing a file "on their freeze pages: equifax.com/…, experian.com/freeze …" (01) and disputing "on the dispute page of
 *   the bureau that shows it" (21) point to web pages for the patron to use: sources, no referral (na); reporting to an
 *   agency at its site ("report it … to the FBI's Internet Crime Complaint Center at ic3.gov", 04; "puede reportar la carta
 *   al … TIGTA en tigta.gov", 30) is writing to that agency: a referral, reached by URL (the project's reading of "Report it
 *   to the FTC at ReportFraud.ftc.gov" in thirty-eighth-round-scams);
 * - "the Ohio Attorney General's office takes consumer complaints online at … or at 800-282-0515, and they'll want your
 *   contract", said to a patron who wants to complain to the AG, sends the patron to that office: a referral (16), as the
 *   same shape for the Nevada AG is read (18);
 * - "Send the collector a letter disputing it" (11) and "dispute the charge with your card issuer" (24) tell the patron to
 *   write to an organisation outside the chat: referrals, here with no contact (the project's reading of "Let your bank know
 *   right away"), although the patron may have the address already;
 * - "Have your mother … call 1-800-MEDICARE" and "que llame hoy mismo a Western Union al …" tell the patron to have a
 *   relative call: referrals (08, 03);
 * - "I can call them this afternoon and e-mail you what they say" (06), "I'll send your question to the Fremont staff" (17),
 *   "I can call them tomorrow and call you back" (18) are contacts made on the patron's behalf: no referral;
 * - "hi, library here" identifies who is answering (the library, in the text: 23); "Hello! How can I help you today?" does
 *   not, nor does a screen name (02);
 * - "Is that helpful?", "That help?", "Does that cover it?", "Does that get you what you need?", "Does the form part answer
 *   your question?", "Does the AG part help in the meantime?", "Is the AG page useful for now?", "¿Le sirve esta
 *   información?" ask whether what was given meets the need;
 * - "¡Con gusto! Cuídense mucho.", "Have a good night.", "Great, have a good day!", "np. bye", "Sorry, my shift is over and I
 *   have to log off now. Bye." say goodbye; "I'm going to end this session now" and "I'll close this chat in a minute if I
 *   don't hear back" announce the end without one (12, 25);
 * - "It looks like you may have disconnected. I'm going to end this session now." after a no-show is not a dismissal (12):
 *   the help is not ended for the provider's convenience; "my shift is over and I have to log off now" with no way back is
 *   (20); "Jump back on the chat later today or tomorrow, and any of us can pick up the rest" offers a way back (21);
 * - "Are you still there? It looks like we may have lost you — I'll close this chat in a minute if I don't hear back." is a
 *   check-in and a disconnect notice in one message (25);
 * - "¿Prefiere hablar en español?" asks about the patron's situation (the language of the answer), like format (30);
 * - a patron who writes twice in the queue and leaves before any provider joined cannot be coded Lost Call (28: the patron
 *   sent more than one message).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 22 / 8. Label corrections: 0.
 * Final: 22 running, 8 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "Report the call to the FTC at ReportFraud.ftc.gov, and to her local police department as
 *    well" passes on the FTC's URL (pass; RUBRIC fail: the police department has no contact, every party needs one);
 *  - referral.contact, case 03: "que llame hoy mismo a Western Union al 1-800-448-1492" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 04: "report it right away: to the FBI's Internet Crime Complaint Center at ic3.gov and to the
 *    FTC at ReportFraud.ftc.gov" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 08: "call 1-800-MEDICARE (1-800-633-4227) … Senior Medicare Patrol … 877-808-2468" read as no
 *    referral (na; RUBRIC pass);
 *  - referral.contact, case 11: "Send the collector a letter disputing it" read as no referral (na; RUBRIC fail, no contact);
 *  - referral.contact, case 16: "the Ohio Attorney General's office takes consumer complaints online at … or at
 *    800-282-0515" read as no referral (na; RUBRIC pass), where case 18's Nevada AG in the same shape is read as one;
 *  - inquiry.clarify, case 25: "Is your number back on your own phone now?" not counted as a question about the need, so
 *    the IdentityTheft.gov line is "a source without first asking" (fail; RUBRIC pass);
 *  - referral.contact, case 30: "puede reportar la carta al … (TIGTA) en tigta.gov o al 1-800-366-4484" read as no referral
 *    (na; RUBRIC pass).
 * Every timing check (pickup with and without `pickedUpAt` and with no provider, keep_informed across holds, a partial-result
 * hold, internal lines and three transfers, "take your time", idle and disconnect spans of 144, 235, 239, 264 and 334 s,
 * concurrency at touching ends and across a transfer, on_time done / late / pending / not done by day 5) scored as labelled
 * on the first run; every disagreement is about words (seven referral.contact, one inquiry.clarify). The redaction equality
 * of describeSessions holds for every running case (patron e-mails typed in the chat, an e-mail in `patron.email`, a patron
 * phone read back).
 *
 * ON v52 (block R): case 08's "Have your mother (or you, with her on the line) call 1-800-MEDICARE (1-800-633-4227) …" (R2),
 *   case 16's "… takes consumer complaints online at ohioattorneygeneral.gov/consumer or at 800-282-0515" (R3) and case 25's "Is
 *   your number back on your own phone now?" (R8) read as labelled and run: 29 running, 1 LEFT (11).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (8 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in the queue. Please stay on this page, a librarian will be right with you.`];

const BEATRIZ: Prov = { id: 'beatriz', name: 'Beatriz', library: 'MPL' };
const DESKB: Prov = { id: 'deskb', name: 'Desk B', library: 'HPL' };
const RAFAEL: Prov = { id: 'rafael', name: 'Rafael', library: 'SIPL' };
const KWAME: Prov = { id: 'kwame', name: 'Kwame', library: 'DCL' };
const OONA: Prov = { id: 'oona', name: 'Oona', library: 'RFL' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'FVL' };
const MIRIAM: Prov = { id: 'miriam', name: 'Miriam', library: 'ACL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'WVL' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'WVL' };
const SAM: Prov = { id: 'sam-o', name: 'Sam', library: 'OML' };
const PRIYANKA: Prov = { id: 'priyanka', name: 'Priyanka', library: 'OML' };
const WINONA: Prov = { id: 'winona', name: 'Winona', library: 'GWL' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'CVL' };
const ANA: Prov = { id: 'ana-l', name: 'Ana', library: 'LKL' };
const DMITRI: Prov = { id: 'dmitri', name: 'Dmitri', library: 'PHL' };
const FAYE: Prov = { id: 'faye', name: 'Faye', library: 'CRL' };
const TRAINER: Prov = { id: 'trainer-s', name: 'Training Seat 2', library: 'TRN' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'EPL-OH' };
const JESSE: Prov = { id: 'jesse', name: 'Jesse (statewide)', library: 'STATE' };
const CORINNE: Prov = { id: 'corinne', name: 'Corinne', library: 'SLD' };
const ISAAC: Prov = { id: 'isaac', name: 'Isaac', library: 'HFL' };
const BARRY: Prov = { id: 'barry', name: 'Barry', library: 'LSL' };
const ELENA: Prov = { id: 'elena', name: 'Elena', library: 'BVPL' };
const PAT: Prov = { id: 'pat', name: 'Pat', library: 'BKL' };
const LIBSTAFF: Prov = { id: 'libstaff3', name: 'libstaff3', library: 'NCL' };
const RHONDA: Prov = { id: 'rhonda', name: 'Rhonda', library: 'MBL' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'HCL' };
const TAMSIN: Prov = { id: 'tamsin', name: 'Tamsin', library: 'RBL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'QHPL' };
const QUEUE: Prov = { id: 'queue-s', name: 'Ask Us Queue', library: 'STATE' };
const LORNA: Prov = { id: 'lorna', name: 'Lorna', library: 'WTL' };
const DEREK: Prov = { id: 'derek', name: 'Derek', library: 'SRPL' };
const MARIELA: Prov = { id: 'mariela', name: 'Mariela', library: 'SRPL' };

const s = session;

export const fiftyFifthRoundScams: SessionCase[] = [
  // 01 credit freeze: the bureaus' freeze pages for the patron to use
  s(BEATRIZ, '01 credit freeze after a store card in her name: queue, freeze vs alert asked, the three bureaus\' freeze pages, "that\'s all i needed"', [
    [0, 'p', 'someone tried to open a kohls card in my name?? how do i freeze my credit'],
    queue(2),
    [42, 'l', "Good afternoon, you're chatting with Beatriz at Millford Public Library."],
    [48, 'l', "Sorry that happened! Are you after a full credit freeze, or a fraud alert? A freeze blocks new accounts until you lift it; an alert only asks lenders to double-check it's you."],
    [105, 'p', 'freeze. the whole thing'],
    [111, 'l', 'Ok, grabbing the links, one sec.'],
    [175, 'l', "It's free, but you have to freeze your file at each of the three bureaus separately, on their freeze pages: equifax.com/personal/credit-report-services/credit-freeze, experian.com/freeze and transunion.com/credit-freeze. Each one gives you a PIN or login to lift the freeze later, so keep those somewhere safe."],
    [181, 'l', 'Did that answer everything?'],
    [240, 'p', "yes!! that's all i needed"],
    [246, 'l', 'Happy to help. Thanks for chatting with us, and good luck!'],
  ], usual()),

  // 02 grandparent scam: no one named in the first two lines; the police named bare
  s(DESKB, '02 grandparent scam (mom, 84): "Hello! How can I help you today?" under the screen name "Desk B", FTC URL + "her local police department" (no contact)', [
    [0, 'p', "my mom (84) got a call from 'my son' saying he was in jail in mexico and needed $3,000 bail, she almost went to walmart to wire it. is this a known scam??"],
    [30, 'l', 'Hello! How can I help you today?'],
    [36, 'l', 'Oh no. Did she send any money, or did she stop before paying?'],
    [85, 'p', "she didnt send it thank god, my brother is fine, he's at home"],
    [93, 'l', 'Good! Yes, that\'s the "grandparent scam" (the FTC calls it a family emergency scam); the FTC explains it at consumer.ftc.gov/articles/scams-against-older-adults. Report the call to the FTC at ReportFraud.ftc.gov, and to her local police department as well.'],
    [99, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes thank you. thats all i had'],
    [156, 'l', 'Take care, and give your mom our best. Thanks for using the chat!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 03 romance scam in Spanish
  s(RAFAEL, '03 romance scam (Spanish): "un soldado" on Facebook, Western Union by phone, ReporteFraude.ftc.gov, "es todo", "Cuídense mucho"', [
    [0, 'p', 'buenas tardes, mi hermana conoció a un "soldado" por facebook y ya le mandó dinero varias veces, ahora le pide más para "salir de la base". creo que es estafa, qué podemos hacer?'],
    [33, 'l', '¡Buenas tardes! Le atiende Rafael, bibliotecario de la Biblioteca Pública de Santa Inés.'],
    [40, 'l', 'Lo siento mucho. ¿Cómo le mandó el dinero su hermana: por Western Union, con tarjetas de regalo, o por transferencia del banco?'],
    [110, 'p', 'por western union, como 4 veces'],
    [116, 'l', 'Un momento, por favor, busco la información en español.'],
    [220, 'l', 'Sí, suena a una estafa de romance. La FTC lo explica en español en consumidor.ftc.gov/estafas-de-romance. Que su hermana no mande nada más y que llame hoy mismo a Western Union al 1-800-448-1492 para reportar el fraude; también puede presentar la denuncia ante la FTC en ReporteFraude.ftc.gov.'],
    [226, 'l', '¿Le sirve esta información?'],
    [290, 'p', 'sí, mucho. es todo, gracias'],
    [296, 'l', '¡Con gusto! Cuídense mucho.'],
  ], usual({ referral: 'pass' })),

  // 04 crypto "withdrawal tax": slow pickup, a hold of 144 s
  s(KWAME, '04 crypto app wants a "tax" to withdraw: patron "hello??" in the queue, pickup at 95 s, "ok let me look into it" then 144 s, IC3 + FTC', [
    [0, 'p', 'i invested 12k in a crypto app a guy from whatsapp told me about n now i cant withdraw, they want a 15% "tax" first. can i get it back???'],
    queue(3),
    [60, 'p', 'hello??'],
    [95, 'l', "Hi, I'm Kwame, a librarian with Ask Us at Dorset County Library. Sorry for the wait."],
    [101, 'l', 'Please don\'t pay the "tax." What was the app called, and how did you send the money — a bank wire, a card, or crypto from an exchange?'],
    [150, 'p', 'coinbase to their wallet. app is called BitNova Pro'],
    [156, 'l', 'ok let me look into it'],
    [300, 'l', 'Sorry that took a while. Crypto payments usually can\'t be reversed, but report it right away: to the FBI\'s Internet Crime Complaint Center at ic3.gov and to the FTC at ReportFraud.ftc.gov. The FTC\'s page consumer.ftc.gov/articles/what-know-about-cryptocurrency-and-scams explains the "pay a fee to withdraw" trick. And watch out for "recovery" companies that promise to get it back for a fee — that\'s a second scam.'],
    [306, 'l', 'Does that help?'],
    [370, 'p', 'ugh. ok'],
    [376, 'l', 'Is there anything else I can look up for you?'],
    [400, 'p', 'no'],
    [405, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ pickup: 'fail', informed: 'fail', referral: 'pass' })),

  // 05 fake check from a "remote job": the source first, the question after
  s(OONA, '05 fake check for "office equipment" from a remote job: the FTC page at once, "Have you deposited it yet?" only after', [
    [0, 'p', 'got hired for a remote "assistant" job, they mailed me a check for $2,400 to buy office equipment from their vendor. is that legit? feels off'],
    [25, 'l', 'Good evening! Oona here, librarian at Ridgefield Library.'],
    [31, 'l', 'It feels off because it\'s a classic fake check scam: the check bounces days later and you owe the bank whatever you sent the "vendor." The FTC explains it at consumer.ftc.gov/articles/how-spot-avoid-and-report-fake-check-scams.'],
    [37, 'l', 'Have you deposited it yet?'],
    [80, 'p', 'no its still on my table'],
    [86, 'l', "Then you're in good shape: don't deposit it, and don't send anyone money. Does that answer your question?"],
    [130, 'p', 'yes. wow ok. thanks'],
    [136, 'l', 'Anything else I can help with tonight?'],
    [160, 'p', 'no that was it'],
    [165, 'l', 'Glad you checked first! Have a good night.'],
  ], usual({ clarify: 'fail' })),

  // 06 tax identity theft, follow-up by me, done in 20 h
  s(HUGO, '06 e-file rejected, SSN already used (follow-up by me): IdentityTheft.gov + irs.gov, e-mail read back, "by tomorrow at noon", done in 20 h', [
    [0, 'p', 'IRS rejected my e-file bc someone already filed a return with my SSN. what do i do'],
    [28, 'l', 'Hi, this is Hugo at Ask a Librarian, Fairview Library. That is a stressful thing to find out.'],
    [34, 'l', 'Did you get a letter from the IRS too (like a 5071C), or only the e-file rejection?'],
    [90, 'p', 'just the rejection so far'],
    [96, 'l', "Then the IRS wants an Identity Theft Affidavit, Form 14039. The quickest way is online through IdentityTheft.gov, which builds your recovery plan and sends the affidavit to the IRS for you; the IRS's own steps are at irs.gov/identitytheft. You'll likely have to file on paper this year."],
    [150, 'p', 'ok. do i have to go to the IRS office in person too? i work days'],
    [156, 'l', "I'm not sure whether the Fairview Taxpayer Assistance Center sees people for this without an appointment. I can call them this afternoon and e-mail you what they say. What's your e-mail?"],
    [200, 'p', 'mgrant.home@example.com'],
    [206, 'l', "mgrant.home@example.com — got it. You'll have my e-mail by tomorrow at noon."],
    [212, 'l', 'Anything else for now?'],
    [240, 'p', 'no thats all, thanks so much'],
    [245, 'l', "You're welcome, take care!"],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 07 robocalls: the patron goes quiet; a check-in, then a notice that invites back
  s(MIRIAM, '07 car-warranty robocalls: donotcall.gov + FCC blocking list, patron quiet, "are you still there?" at 240, notice + "chat with us again anytime" at 335', [
    [0, 'p', 'how do i stop these car warranty calls. 6 a day'],
    [20, 'l', "Hi! I'm Miriam, a librarian at Ashby County Library."],
    [26, 'l', 'Are they coming to a cell phone or a landline?'],
    [90, 'p', 'cell'],
    [96, 'l', "Put your number on the National Do Not Call Registry at donotcall.gov (free, and it works for cell numbers too), then report the calls that still come at donotcall.gov/report. Your carrier's free call-blocking app helps too; the FCC lists them at fcc.gov/call-blocking."],
    [102, 'l', 'Is that helpful?'],
    [240, 'l', 'Hi, are you still there?'],
    [335, 'l', "I haven't heard back, so it looks like you've disconnected — I'm going to close this chat. Feel free to chat with us again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 08 Medicare card scam: transfer with a notice and a note that says why
  s(GRETA, '08 "your Medicare card is expiring" call: transfer to the health librarian with a notice and a note, 1-800-MEDICARE + Senior Medicare Patrol', [
    [0, 'p', 'someone called my mother saying her medicare card was expiring and she gave them her number. now what'],
    [20, 'l', 'Hi, Greta at Ask Us, Westvale Library.'],
    [26, 'l', 'Did she give them her Medicare number only, or her Social Security number or bank info too?'],
    [70, 'p', 'just the medicare number i think'],
    [78, 'l', "Our health information librarian, Tobias, knows Medicare fraud best, so I'm transferring you to him now — one moment."],
    [82, 'i', 'Tobias: pt\'s mother gave her Medicare # to a caller ("card expiring" scam). Needs reporting steps + how to get a new number. Can you take it?'],
    xfer(85, 'Tobias', 'tobias'),
    [140, 'l', "Hello, Tobias here, health information librarian. Medicare cards don't expire, so that was a scam. Have your mother (or you, with her on the line) call 1-800-MEDICARE (1-800-633-4227) to report it and ask for a new Medicare number. Your state's Senior Medicare Patrol helps with this too: 877-808-2468 or smpresource.org.", as(TOBIAS)],
    [146, 'l', 'Does that answer your question?', as(TOBIAS)],
    [200, 'p', "yes, that's everything. thank you"],
    [206, 'l', "You're very welcome. Thanks for chatting with Ask Us!", as(TOBIAS)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 09 tech-support scam: a silent transfer (note only), the receiver 140 s after the patron
  s(SAM, '09 tech-support pop-up, remote access: transfer with an internal note only, Priyanka 140 s after the patron, Tech Help desk by phone', [
    [0, 'p', 'a popup said my computer was infected with a number for "microsoft". i called and let them on my laptop for an hour before i got suspicious'],
    [25, 'l', 'Hey there, this is Sam at Ask a Librarian, Oakmont Library.'],
    [31, 'l', 'Did you pay them anything, or give them any passwords?'],
    [75, 'p', 'paid $299 on my visa. they also watched me log in to my bank'],
    [81, 'i', 'Priyanka, tech support scam w/ remote access + bank login, you do the tech help stuff, can you take this one?'],
    xfer(85, 'Priyanka', 'priyanka'),
    [215, 'l', "Hi, I'm Priyanka from Oakmont's Tech Help team. First, unplug that laptop from the internet. From another device, change your bank and e-mail passwords. The FTC's steps after a tech support scam, including getting the $299 back, are at consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams. We can check the laptop for you too: bring it to the Tech Help desk at the Main Library, Tuesdays 1-4, or call 555-302-7788 to book a time.", as(PRIYANKA)],
    [221, 'l', 'That help?', as(PRIYANKA)],
    [270, 'p', 'yes ty'],
    [276, 'l', 'Anything else?', as(PRIYANKA)],
    [300, 'p', 'no thats it'],
    [305, 'l', 'Good luck, and bye for now!', as(PRIYANKA)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 10 Zelle refund refused: a restatement, CFPB complaint; others touch both ends
  s(WINONA, '10 Zelle "to yourself" scam, bank refuses: restated ("So your bank won\'t refund…?"), CFPB by URL and phone, others touch both ends (3 at most)', [
    [0, 'p', 'I got a text "from my bank" about fraud, then a guy called and told me to zelle money to myself to keep it safe. it went to someone else. bank says they wont refund since i authorized it. can i complain somewhere??'],
    [22, 'l', "Hi, I'm Winona, a librarian with the Ask Us chat at Greenway Library. I'm so sorry."],
    [28, 'l', "So your bank won't refund a Zelle payment you were tricked into sending, and you want to file a complaint about how they handled it?"],
    [70, 'p', 'yes exactly'],
    [76, 'l', 'You can file a complaint against the bank with the Consumer Financial Protection Bureau, online at consumerfinance.gov/complaint or by phone at 855-411-2372; the bank has to respond, usually within 15 days. Also report the scammer to the FTC at ReportFraud.ftc.gov.'],
    [82, 'l', 'Is that what you needed?'],
    [130, 'p', 'yes, perfect. no more questions'],
    [136, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('w1', 'winona', -400, 0), other('w2', 'winona', -30, 100), other('w3', 'winona', 40, 500), other('w4', 'winona', 141, 700)],
  }),

  // 11 debt collector for a debt that isn't hers: four chats at once
  s(LEON, '11 debt collector for a stranger\'s hospital bill: CFPB sample letters, "send the collector a letter" (no contact), four chats open at once', [
    [0, 'p', 'a debt collector keeps calling about a medical bill from a hospital i have never been to. i think its identity theft. they call me at work'],
    [18, 'l', 'Hello, Leon at Ask a Librarian, Carver Library.'],
    [24, 'l', 'Have they sent you anything in writing yet, like a validation notice?'],
    [70, 'p', 'a letter last week'],
    [76, 'l', "Good, then you have 30 days from getting it to dispute the debt. Send the collector a letter disputing it, by certified mail, and keep a copy; the CFPB has sample letters at consumerfinance.gov/consumer-tools/debt-collection (one to dispute the debt, one to tell them not to call you at work). If it's identity theft, also make a report at IdentityTheft.gov and include it with your letter."],
    [82, 'l', 'Does that cover it?'],
    [140, 'p', 'yeah that helps a lot'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', 'nope'],
    [175, 'l', 'Take care, thanks for chatting!'],
  ], usual({ concurrency: 'fail', referral: 'fail' }), {}, {
    otherIntervals: [other('l1', 'leon', -200, 300), other('l2', 'leon', 10, 250), other('l3', 'leon', 60, 400)],
  }),

  // 12 Lost Call: greeting, check-in, a notice with no goodbye
  s(ANA, '12 "Netflix on hold" text (Lost Call): greeting only, check-in at 160, "I\'m going to end this session now" at 260 (no goodbye)', [
    [0, 'p', 'got a text saying my netflix is on hold and to update payment at a link. real or fake?'],
    [30, 'l', "Hello, you've reached Ana, a librarian at Lakemont Library."],
    [160, 'l', 'Hello? Are you still with me?'],
    [260, 'l', "It looks like you may have disconnected. I'm going to end this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 toll text: Lost Call after three patron lines
  s(DMITRI, '13 fake E-ZPass toll text (Lost Call after 3 patron lines): FTC consumer alerts, patron leaves after "ok cool"', [
    [0, 'p', 'text says i owe $4.15 in unpaid tolls to E-ZPass and theres a link. i dont even have ezpass'],
    [24, 'l', 'Hi, Dmitri here, librarian with Ask Us at Pine Hollow Library.'],
    [30, 'l', 'Did you click the link or enter any card info?'],
    [65, 'p', 'no'],
    [71, 'l', 'Good — don\'t. That\'s a widespread smishing scam; the FTC\'s alert about fake toll texts is at consumer.ftc.gov/consumer-alerts (search "toll"). Just delete the text.'],
    [110, 'p', 'ok cool'],
    left(115),
    [125, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 14 data breach letter: internal lines while the patron waits 135 s; code null
  s(FAYE, '14 "Pinnacle Health" breach letter real?: two internal lines, the patron waits 135 s, WA AG breach list, code null', [
    [0, 'p', 'got a letter from "Pinnacle Health" saying my info was in a data breach and offering free credit monitoring with a code. how do i know the letter is real and not another scam'],
    [26, 'l', 'Good morning, this is Faye, a reference librarian at Cascade Regional Library.'],
    [32, 'l', 'Which state do you live in? Some states post every breach notice they receive.'],
    [75, 'p', 'Washington'],
    [80, 'i', 'does anyone know if the WA AG lists breach letters by company?'],
    [150, 'i', 'yes, atg.wa.gov/data-breach-notifications, searchable'],
    [210, 'l', "Washington's Attorney General posts every breach notice sent to state residents at atg.wa.gov/data-breach-notifications. If Pinnacle Health is listed there with a matching date, the letter is real and the monitoring code is safe to use."],
    [216, 'l', 'Does that get you what you need?'],
    [270, 'p', "yes it's on there! thats all I needed, thank you"],
    [276, 'l', 'Great, have a good day!'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 15 Practice
  s(TRAINER, '15 practice chat (consumer-fraud script): coded Practice, every check na', [
    [0, 'p', 'testing - scam text question'],
    [8, 'l', 'Hi, this is a practice session for the new consumer-fraud script.'],
    [20, 'l', 'See consumer.ftc.gov. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 roofer vanished: articles promised by e-mail with no time, coded Answered
  s(NORA, '16 roofer vanished with a deposit: Courier archive, articles promised by e-mail (read back, no time), coded Answered, Ohio AG by URL + phone', [
    [0, 'p', 'we paid a roofer $6,000 deposit and he vanished. neighbors say he did this to others in town a few years ago. is there any news about him? want to complain to the attorney general'],
    [30, 'l', "Hello, I'm Nora, a librarian at Ellery Public Library. I'm sorry, that's awful."],
    [36, 'l', "What's the roofer's name or company name, and about when do your neighbors think it happened before?"],
    [100, 'p', 'Dale Whitcomb, "Whitcomb Roofing", maybe 2019 or 2020'],
    [106, 'l', 'Let me run his name through our newspaper archive.'],
    [200, 'l', "In our Ellery Courier archive (ellerylibrary.org/courier) I see two 2020 articles that mention complaints about Whitcomb Roofing, but the archive only shows their first lines. I'll pull the full articles and e-mail them to you. What's your e-mail?"],
    [250, 'p', 'd.ruiz@example.com'],
    [256, 'l', "Thanks, d.ruiz@example.com. For the complaint itself: the Ohio Attorney General's office takes consumer complaints online at ohioattorneygeneral.gov/consumer or at 800-282-0515, and they'll want your contract and the canceled check."],
    [262, 'l', 'Does that help for now?'],
    [320, 'p', 'yes it does. thank you'],
    [326, 'l', 'Is there anything else I can help with?'],
    [350, 'p', 'no, thats everything'],
    [356, 'l', 'Thanks for chatting, take care!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' })),

  // 17 follow-up by the patron's library, e-mail only on file, no time, not done by day 5
  s(JESSE, '17 notarized ID-theft affidavit (follow-up by patron\'s library): "the e-mail on your library account", no time, not done by day 5', [
    [0, 'p', 'My purse was stolen and now someone opened a phone account in my name. The police told me to get a notarized identity theft affidavit. Does my library have a notary? I go to Fremont'],
    [35, 'l', "Hi, this is Jesse with the statewide Ask Us chat service. I'm not at Fremont, but I can help."],
    [41, 'l', 'Do you already have the affidavit filled out, or do you need the form too?'],
    [90, 'p', 'need the form too'],
    [96, 'l', 'Most police departments accept the FTC\'s Identity Theft Report, which you make at IdentityTheft.gov; if yours wants the older notarized affidavit, it\'s on that site too, as a PDF called "Identity Theft Affidavit".'],
    [102, 'l', "Fremont's notary hours aren't on their website, so I'll send your question to the Fremont staff and they'll contact you at the e-mail on your library account."],
    [108, 'l', 'Does the form part answer your question?'],
    [160, 'p', 'yes thank you'],
    [166, 'l', 'Anything else I can do for you?'],
    [190, 'p', 'no thank you'],
    [195, 'l', 'Thanks for using Ask Us. Take care!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'k.yoon@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 18 lottery scam victim advocate: follow-up by me by phone, "by Thursday", done after 90 h
  s(CORINNE, '18 dad lost savings to a "Jamaican lottery" (follow-up by me): NV AG by URL + phone, cell read back, "by Thursday", done after 90 h', [
    [0, 'p', 'my dad lost his savings to a "lottery" in jamaica, he kept paying fees to claim it. is there anyone in clark county who helps fraud victims? like a victim advocate'],
    [26, 'l', "Hello, Corinne here, a librarian at Sunridge Library District. I'm sorry about your dad."],
    [32, 'l', 'Is he in Clark County, Nevada? And has he reported it to the police yet?'],
    [95, 'p', 'yes las vegas. no police report yet'],
    [101, 'l', 'One moment while I look.'],
    [190, 'l', "For the report itself, the Nevada Attorney General's Bureau of Consumer Protection takes fraud complaints at ag.nv.gov/Complaints or 702-486-3132, and since he's over 60 their senior protection unit handles it. I couldn't find whether the DA's office has a victim advocate for fraud cases; I can call them tomorrow and call you back with a name. What number should I use?"],
    [250, 'p', '(702) 555-0148'],
    [256, 'l', "(702) 555-0148 — got it. I'll call you back by Thursday."],
    [262, 'l', 'Does the AG part help in the meantime?'],
    [320, 'p', 'yes it does'],
    [326, 'l', 'Anything else today?'],
    [350, 'p', 'no thats it'],
    [355, 'l', 'Thanks for reaching out. Talk to you soon!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 gym cancellation: a source with no codes, a promise with e-mail and "by Friday", pending
  s(ISAAC, '19 gym won\'t cancel (source with no codes): NY AG health-club page, the law section promised "by Friday", e-mail read back, pending', [
    [0, 'p', 'my gym wont let me cancel, says i have to come in person with a certified letter. is that even legal in new york'],
    [24, 'l', 'Hi! Isaac here, reference librarian at Hudson Falls Library.'],
    [30, 'l', 'Did you sign up online, or in person at the gym?'],
    [80, 'p', 'online, during covid'],
    [86, 'l', "New York's Attorney General has a page on health club contracts and cancelling them at ag.ny.gov/consumer-frauds/health-clubs. New York's law on cancelling online sign-ups may apply to you too; I'll find the exact section and e-mail it to you by Friday. What e-mail should I use?"],
    [140, 'p', 'its ajit.k@example.com'],
    [146, 'l', 'ajit.k@example.com, thanks. Is the AG page useful for now?'],
    [200, 'p', 'yes very. thats all i needed'],
    [206, 'l', "Great! Thanks for chatting, you'll hear from me Friday."],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 20 timeshare exit: "my shift is over … Bye." (no way back)
  s(BARRY, '20 timeshare "exit company" took $4,500: FTC page + Florida AG, then "my shift is over and I have to log off now. Bye."', [
    [0, 'p', 'we paid a "timeshare exit" company $4,500 to get us out of our timeshare and 8 months later nothing. they dont answer. how do we get the money back'],
    [30, 'l', 'Hi, Barry at Ask a Librarian, Lakeshore Library.'],
    [36, 'l', 'How did you pay them, and what state are you in?'],
    [100, 'p', 'credit card, florida'],
    [106, 'l', "The FTC's page on timeshare resale and exit scams (consumer.ftc.gov/articles/timeshare-resales-and-exit-scams) covers this. File a complaint with the Florida Attorney General at myfloridalegal.com or 866-966-7226; they go after these companies."],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'some. but what about the timeshare itself, can we just stop paying the maintenance fees? and does the company have to'],
    [176, 'l', 'Sorry, my shift is over and I have to log off now. Bye.'],
    [190, 'p', '??'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // 21 credit report errors: other people waiting, a way back; pickedUpAt
  s(ELENA, '21 errors on all three credit reports: pickedUpAt 40 s, bureau dispute pages, "a few other people waiting … jump back on the chat later"', [
    [0, 'p', 'there are 3 accounts on my experian report that arent mine, my equifax has a wrong address, and transunion has a late payment i dont think is right. how do i fix all of it'],
    [75, 'l', "Hi there, this is Elena, librarian at Bayview Public Library. That's a lot to untangle, but it's fixable."],
    [81, 'l', 'Do you already have copies of all three reports?'],
    [125, 'p', 'yes from annualcreditreport'],
    [131, 'l', "You dispute each error on the dispute page of the bureau that shows it: experian.com/disputes, equifax.com/personal/disputes and transunion.com/credit-disputes. The CFPB's page consumerfinance.gov/consumer-tools/credit-reports-and-scores explains what to include. For the three accounts that aren't yours, make a report at IdentityTheft.gov first and attach it to the Experian dispute."],
    [137, 'l', 'Is that the kind of help you needed?'],
    [200, 'p', "yes. also how long do they have to answer, can i sue them, what if they say no, should i pay one of those credit repair places, and my husband's report too"],
    [210, 'l', "Good questions, all of them! I have a few other people waiting in the queue right now, so let's pause here. Jump back on the chat later today or tomorrow, and any of us can pick up the rest with you. (The CFPB page above says the bureaus usually have 30 days.)"],
    [240, 'p', 'ok fair'],
    [246, 'l', 'Thanks for your patience, and good luck with the disputes!'],
  ], usual({ anything: 'fail' }), { pickedUpAt: at(40) }),

  // 22 rental listing scam: greeting, then the name only in the third line
  s(PAT, '22 Craigslist apartment deposit by Zelle: "Hi! Give me just a moment…", a question, the name only in the third line; police by phone + FTC', [
    [0, 'p', 'i sent a $1,200 deposit on zelle for an apartment on craigslist and now the "landlord" stopped answering and the real owner says its not for rent'],
    [20, 'l', 'Hi! Give me just a moment to read through this.'],
    [45, 'l', "Ugh, I'm so sorry. Which city is the apartment in?"],
    [51, 'l', "I'm Pat, by the way, a librarian at Brookfield Library."],
    [90, 'p', 'brookfield, on elm st'],
    [96, 'l', "File a police report with the Brookfield Police Department (non-emergency line 555-240-1100), since your bank will usually want the report number. Report the listing to the FTC at ReportFraud.ftc.gov too; the FTC's page on rental listing scams is consumer.ftc.gov/articles/rental-listing-scams."],
    [102, 'l', 'Is this helpful?'],
    [150, 'p', 'yes thank you'],
    [156, 'l', 'Can I help with anything else today?'],
    [180, 'p', 'no'],
    [185, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 23 curt: "hi, library here", no question, no source
  s(LIBSTAFF, '23 Publishers Clearing House "prize" (curt): "hi, library here", no question, "PCH never calls ahead", no source, "np. bye"', [
    [0, 'p', 'publishers clearing house called and said I won $2.5 million and a car, I just need to pay $500 in taxes first. is this real'],
    [40, 'l', 'hi, library here'],
    [46, 'l', 'nope, PCH never calls ahead and never asks you to pay anything to get a prize. its a scam. hang up on them.'],
    [90, 'p', 'oh my. ok'],
    [95, 'l', 'np. bye'],
  ], usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail' })),

  // 24 sofa never delivered: check-in, then a goodbye 334 s after the answer with no notice
  s(RHONDA, '24 sofa never delivered, store site gone: dispute "with your card issuer" (no contact), "Are you still there?" at 230, goodbye at 400, no notice', [
    [0, 'p', 'ordered a sofa from an online store in august, paid $1,100 on my mastercard, never came and the website is gone now. what can i do'],
    [22, 'l', 'Good afternoon! This is Rhonda at the Ask a Librarian service, Millbrook Library.'],
    [28, 'l', 'Did you pay with a credit card or a debit card?'],
    [60, 'p', 'credit'],
    [66, 'l', 'Then you can dispute the charge with your card issuer under the Fair Credit Billing Act; the FTC explains how, with a sample letter, at consumer.ftc.gov/articles/using-credit-cards-and-disputing-charges. You can also report the store at ReportFraud.ftc.gov.'],
    [72, 'l', 'Did that help?'],
    [230, 'l', 'Are you still there?'],
    [400, 'l', 'Thanks for using Ask a Librarian. Goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'fail' })),

  // 25 SIM swap: one message that is both check-in and notice, no goodbye
  s(VICTOR, '25 SIM swap: IdentityTheft.gov checklist, "Are you still there? It looks like we may have lost you — I\'ll close this chat…" at 300, no goodbye', [
    [0, 'p', 'my phone suddenly said no service and then i got emails that my passwords changed. tmobile says someone moved my number to a new sim. what do i do first'],
    [25, 'l', "Hi, Victor here, librarian at Ask Us, Harbor City Library. That's a SIM swap, let's get you sorted."],
    [31, 'l', 'Is your number back on your own phone now?'],
    [90, 'p', 'yes they fixed it an hour ago'],
    [96, 'l', "Good. Next, change your e-mail password first, then your bank's, from a device you trust, and switch to app-based two-factor instead of texts. IdentityTheft.gov has a checklist for a hijacked phone number. Set a port-out PIN in your T-Mobile account settings as well."],
    [102, 'l', 'Does that cover what you needed?'],
    [300, 'l', "Are you still there? It looks like we may have lost you — I'll close this chat in a minute if I don't hear back."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 26 utility shutoff scam: chat-speak, "u still there?" in a 144 s final idle
  s(TAMSIN, '26 "power shut off in 1 hr, pay by bitcoin ATM" (chat-speak): Duke\'s scam page, "u still there?" at 190, final idle 144 s', [
    [0, 'p', 'guy called saying hes from the electric co and our power gets shut off in 1 hr unless i pay w a bitcoin atm. is that a thing??'],
    [18, 'l', 'hiya! Tamsin from the Ask a Librarian team at Riverbend Library 🙂'],
    [23, 'l', 'who is your electric company?'],
    [50, 'p', 'duke energy'],
    [56, 'l', "it's a scam — utilities never take bitcoin or gift cards. Duke's own scam page says so: duke-energy.com/home/billing/scam-protection. if ur worried, check ur balance in ur Duke account, not thru anything they send u"],
    [62, 'l', 'that help?'],
    [190, 'l', 'u still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 10 }),

  // 27 contractor license: holds every ~95 s, one a partial result; the patron has the last word
  s(GUS, '27 bathroom contractor took the deposit (MA): holds at 86/180/276 (one a partial result), Guaranty Fund + AG by phone and URL, patron last', [
    [0, 'p', "hired a contractor for a bathroom remodel, he took the deposit and has done nothing for 2 months. how can i see if he's licensed and if others complained? Massachusetts"],
    [26, 'l', 'Hello! Gus here, a reference librarian at Quarry Hill Public Library.'],
    [32, 'l', "What's the contractor's name or company name?"],
    [80, 'p', 'Rick Ferraro, Ferraro Home Solutions'],
    [86, 'l', "Let me check the state's license lookup, one moment."],
    [180, 'l', 'Still searching — the state site is slow today. Thanks for hanging on.'],
    [276, 'l', 'Found his Home Improvement Contractor registration; it expired last June. Now checking for complaints against him.'],
    [370, 'l', "Here's everything: the state's license lookup at mass.gov/check-a-license shows Ferraro Home Solutions' registration expired in June. Massachusetts has a Guaranty Fund for homeowners whose registered contractor didn't finish the job; the rules are at mass.gov/home-improvement-contractor-guaranty-fund. To complain, contact the Attorney General's Consumer Advocacy & Response Division at 617-727-8400 or mass.gov/ago/consumer-complaint."],
    [376, 'l', 'Does that completely answer your question?'],
    [440, 'p', 'yes!! thats everything, thank you so much'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 28 no provider joined; the patron wrote twice; coded Lost Call
  s(QUEUE, '28 "USPS redelivery" text: no provider ever joined, the patron wrote twice ("hello? anyone there"), coded Lost Call', [
    [0, 'p', 'is the "USPS redelivery" text w/ a link a scam? it says my package is held'],
    queue(3),
    [130, 'p', 'hello? anyone there'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 unknown monthly charge: "No rush, take your time!" then 264 s away; Chase by phone
  s(LORNA, '29 unknown $89.99 monthly charge: "No rush, take your time!" then the patron away 264 s, Chase card services by phone, CFPB', [
    [0, 'p', 'theres a charge on my chase credit card i dont recognize, $89.99 every month since june. how do i find out what it is'],
    [20, 'l', "Hi! You're chatting with Lorna, a librarian at Westbrook Township Library."],
    [26, 'l', "Can you check your statement for exactly how the merchant's name shows up? That's the best clue."],
    [70, 'p', 'hang on lemme log in'],
    [76, 'l', 'No rush, take your time!'],
    [340, 'p', 'ok it says SP * NUTRIGLOW SUB'],
    [346, 'l', 'Thanks, one sec while I look that up.'],
    [420, 'l', '"SP *" is how many small online shops show up, and "SUB" means a subscription, so it\'s probably a supplement "free trial" that turned into monthly charges. If you never agreed to it, call Chase card services at 1-800-432-3117 and say you\'re disputing unauthorized recurring charges. The CFPB explains your rights at consumerfinance.gov/ask-cfpb (search "dispute a charge").'],
    [426, 'l', 'Does that answer your question?'],
    [480, 'p', 'yes!! i did click a free trial ad in june. calling chase now. thanks'],
    [486, 'l', 'Good luck! Anything else before you go?'],
    [510, 'p', 'nope thats all'],
    [515, 'l', 'Take care, bye!'],
  ], usual({ referral: 'pass' })),

  // 30 fake IRS letter, Spanish: a visible transfer notice, no internal note; the receiver at four chats
  s(DEREK, '30 fake IRS letter, gift cards (Spanish): "le paso con mi compañera Mariela" with no internal note, Mariela at four chats, TIGTA by URL + phone', [
    [0, 'p', 'hello, sorry my english. i receive a letter from "IRS" that say i owe money and must pay with gift cards. es verdad?'],
    [22, 'l', 'Hi, this is Derek at Ask a Librarian, Santa Rosa Public Library.'],
    [28, 'l', '¿Prefiere hablar en español? I can bring in a colleague who speaks Spanish.'],
    [60, 'p', 'sí por favor'],
    [66, 'l', 'Un momento, le paso con mi compañera Mariela, que habla español.'],
    xfer(70, 'Mariela', 'mariela'),
    [120, 'l', '¡Hola! Soy Mariela, bibliotecaria de Santa Rosa. El IRS nunca pide pagos con tarjetas de regalo, así que esa carta es falsa. ¿La carta trae un número de teléfono o un sitio web para pagar?', as(MARIELA)],
    [170, 'p', 'un número de teléfono'],
    [176, 'l', 'No llame a ese número. El IRS explica cómo reconocer estas estafas en irs.gov/es/newsroom/tax-scams-consumer-alerts, y puede reportar la carta al inspector general del IRS (TIGTA) en tigta.gov o al 1-800-366-4484.', as(MARIELA)],
    [182, 'l', '¿Esto responde a su pregunta?', as(MARIELA)],
    [230, 'p', 'sí, gracias. es todo'],
    [236, 'l', '¡De nada! Gracias por comunicarse con nosotros.', as(MARIELA)],
  ], usual({ transfer: 'fail', concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('m1', 'mariela', 0, 300), other('m2', 'mariela', 50, 400), other('m3', 'mariela', 100, 500)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyFifthRoundScams.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('11')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "Send the collector a letter disputing it, by certified mail, and keep a copy" tells the patron to write to an organisation outside the chat (RUBRIC Terms, Referral: "write to … them"; the project\'s reading of "Let your bank know right away" in thirty-eighth-round-scams), and no e-mail, phone, postal address or URL of the collector is given in the chat (the CFPB URL is a page of sample letters).',
};

describe('fifty-fifth round: scams, identity theft and consumer complaints, checked', () => {
  describeSessions('whole sessions', fiftyFifthRoundScams.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFifthRoundScams.filter((c) => c.name in LEFT_WHY));
});
