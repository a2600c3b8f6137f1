/**
 * Sixty-fourth round, theme CREDIT REPORTS, CREDIT FREEZES AND IDENTITY THEFT, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: the real free report site (Enoch Pratt), freezing at the three
 * bureaus after a stolen wallet (Houston, in Spanish), an account the patron never opened on an Experian report (Allen County),
 * a hospital bill for surgery never had (medical identity theft, St. Louis County), one fraud alert for all three bureaus, a
 * tax return rejected because someone filed with the SSN (IRS IP PIN), freezing a 6-year-old's credit, a TransUnion dispute
 * letter, a stolen Social Security card, what a freeze costs, a late father's credit as executor, a library class on credit
 * reports, a collection letter for someone else's Verizon debt (Delaware, partly Spanish), credit lock vs freeze, Credit
 * Karma vs the real report, hard inquiries, a data breach of an e-mail and password, a fraud alert in Spanish (Lost Call), a
 * wallet with the SS card, a free score, three questions too many, an active duty alert, an unknown address on a report, what
 * "charge off" means (partly Spanish), freeze vs fraud alert after a breach, lifting a freeze at a car dealer, a CP2000 for
 * wages from a job never had (employment identity theft), and whether a bank needs a police report. Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFourthRoundCredit-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! Dana here, a reference librarian at …" (01); "Hola, buenos días. Soy Marisol, bibliotecaria de …"
 *   (02); a 61 s pickup (03: fail); a pickup at exactly 60 s (04: pass); `pickedUpAt` at 50 s with the first visible line at
 *   75 (08: pass); "hey! 👋" + a question under the screen name "askdesk3" (05: greets, names no one: fail); "Hi, thanks for
 *   contacting Ask a Librarian Delaware! I'm Carmen. ¿Prefiere que sigamos en español?" (13); "Hola, bienvenida al chat. Le
 *   atiende Elena, bibliotecaria de …" (18); "Hi, you've reached Noor, librarian at …" (16); no provider ever joined, a queue
 *   line only (28);
 *  inquiry: reports or score, never-opened or misreported account, credit report vs bill so far, 1-year or 7-year alert, IRS
 *   letter number, age under 16, proof of payment, executor or spouse, in person or online, the original creditor on the
 *   letter, loan plans, which bureau the dealer uses, what the police report is for; the first source given before "Has anyone
 *   used the number yet …?" (09: fail); no source ever, a question before the answer (10: pass);
 *  waits: "Let me check the current IRS steps — one moment." answered exactly 120 s later (06: pass); "Bear with me while I
 *   look up …" answered 121 s later (07: fail); a patron question answered 125 s later with "hello?" in between (08: fail); a
 *   transfer notice answered 80 s later by the receiver across an internal note (22: pass) and 130 s later (24: fail); a
 *   silent transfer, the receiver 95 s after the patron (23: pass);
 *  endings: final idle of exactly 120 s ending on "You still with me?" (15: check-in pass, courteous fail); 179 s to a goodbye
 *   with no check-in (16: idle fails, notice na); exactly 180 s to a notice that thanks and invites back after "Are you there?"
 *   (17: both pass); a true Lost Call in Spanish, "¿Sigue conectada?" and "Parece que se desconectó; voy a cerrar el chat.
 *   ¡Gracias …!" (18: 212 s); a check-in and no notice over 193 s, coded Lost Call after two patron messages (19);
 *   "You've hit the limit of three questions per chat. Goodbye." (20: dismissal, courteous passes on "Goodbye"); "other patrons
 *   waiting … please come back later" (21: allowed); the patron's "wow ok" and "ok" as the last line (20, 21); patron-side
 *   "thats all i needed thx!!", "eso es todo lo que queria saber", "thats everything for now", "thats everything ty", "that was
 *   all", "thats all", "no more questions thx", "thats all for me", "eso es todo", and "ok", "ok cool ty", "sure thanks", "si
 *   mucho, gracias", "yes" that do not count;
 *  sources: annualcreditreport.com, the three bureaus' freeze / alert / dispute pages, IdentityTheft.gov and
 *   robodeidentidad.gov, consumer.ftc.gov pages, consumerfinance.gov (and /es), irs.gov pages, ssa.gov/number-card,
 *   usa.gov/credit-freeze, nerdwallet.com, militaryonesource.mil, aadl.org/events, Nolo's book "Credit Repair" in the catalog, a
 *   referral's phone; none at all (10: the three bureaus named with no way to reach them: fail);
 *  referrals: "Call the billing office of the hospital … ask your insurer" (04: no contact, fail); "contact each of the three
 *   bureaus — Equifax, Experian and TransUnion — separately" (10: fail); "call your bank" (19: fail); "Ask the dealer which
 *   bureau they pull" (26: fail); "call the Social Security Administration at 1-800-772-1213" (29: pass); "file one with your
 *   local police department" (30: fail); "I'll ask our adult programming team" (12) and "le pido a su personal que la llame"
 *   (13): no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done 20 h after the end (11: pass); an e-mail promise
 *   read back with no time, coded Answered (12: code and contact fail, pending); FU_LIB with the phone typed by the patron, not
 *   read back, "dentro de 2 días hábiles", not recorded at day 4 (13: contact pass, on_time fail); FU_ME with no contact
 *   anywhere, "send it along later", done 80 h after the end (14: code, contact and on_time fail);
 *  codes: Practice (27); a true Lost Call (18); Lost Call after two patron messages (19: fail); null with no provider (28: fail);
 *   "" (30: fail); none in the source (29: na);
 *  transfers: notice + internal note that says why (22: pass); internal note only (23: fail); notice only (24: fail);
 *  concurrency: three others open at once over this one (25: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "hey! 👋" greets but names no one, and the screen name "askdesk3" does not count (05);
 * - Spanish "Hola, buenos días", "Hola, bienvenida al chat" greet; "Soy Marisol, bibliotecaria de …", "Le atiende Elena,
 *   bibliotecaria de …" identify; "¿Esto responde a su pregunta?", "¿Le sirvió la información de robodeidentidad.gov?", "¿Le
 *   ayuda esta explicación?" are the completeness question; "¿Sigue conectada?" asks whether the patron is still there;
 *   "Parece que se desconectó; voy a cerrar el chat" is the notice; "hasta luego", "Hasta pronto", "cuídese" with thanks are
 *   goodbyes;
 * - "eso es todo lo que queria saber", "si gracias, eso es todo", "thats everything for now", "no more questions thx" say
 *   explicitly that the patron is done; "ok cool ty", "sure thanks", "si mucho, gracias", "yea", "yes" do not;
 * - "Is that what you needed for that part?" asks about information already given (21: but no "anything else" before the
 *   stop, so closing.anything_else fails);
 * - "contact each of the three bureaus — Equifax, Experian and TransUnion" tells the patron to contact organisations named with
 *   no way to reach them: a referral with no contact, and no source (10); pointing to a bureau's web page for the patron to use
 *   ("dispute the account online at experian.com/disputes", "lift only that one from your account; Experian's is at
 *   experian.com/freeze") is a source, not a referral; "Ask the dealer which bureau they pull" (26), "ask your insurer" (04),
 *   "call your bank" (19) and "file one with your local police department" (30) are referrals with no way to reach the party;
 * - "Hold on one sec." with a transfer notice, "just a moment" with a transfer notice are holds (22, 24);
 * - "You've hit the limit of three questions per chat. Goodbye." dismisses and says goodbye (20: no_dismissal fails,
 *   courteous passes);
 * - "I'll dig up … and send it along later" promises to send more later: a follow-up session (14); "le pido a su personal que
 *   la llame … La llamarán dentro de 2 días hábiles" promises the patron's library will contact her and says when (13); a
 *   phone typed by the patron in the chat is "given … there" (13);
 * - `resolutionCode: null` with no provider is a missing code (28: fail; the rule has no na for a session nobody picked up);
 * - final idle 179 s ends at the goodbye (16: the notice check is na, < 180); 180 s from the answer at 64 to the notice-goodbye
 *   at 244 reaches `disconnectSeconds` (17).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 30, referral.contact). Label corrections: 0 (case 30 reread against
 * RUBRIC's Referral term and referral.contact: the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 30: "file one with your local police department and bring the FTC report with you" read as a
 *    referral with a way to reach them (pass, the scorer's evidence message 4, whose only URL is IdentityTheft.gov; RUBRIC
 *    fail: the police department comes with no contact).
 * Every timing check (pickup at 61 s, exactly 60 s, by `pickedUpAt` at 50 s, no provider; keep_informed at exactly 120 s after
 * a hold, 121 s after a hold, 125 s across a patron "hello?", 80 s and 130 s after a transfer notice, 95 s across a silent
 * transfer; final idles of 120, 179, 180, 193 and 212 s; concurrency at four and at touching ends; on_time done at 20 h and at
 * 80 h, unrecorded past the deadline, pending) and every code (Practice, a true Lost Call, Lost Call after two patron
 * messages, null, "", no codes in the source, a promise under Answered, follow-up codes with and without a contact) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a patron phone typed only, an agency phone beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running as labelled, 1 through describeLeft). tsc clean
 *  (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 as it landed (labelled blind on block X's second cut): as on the second cut, 29 running, 1 LEFT (30).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-c', name: 'Dana', library: 'EPFL' };
const MARISOL: Prov = { id: 'marisol-c', name: 'Marisol', library: 'HPL-TX' };
const OMAR: Prov = { id: 'omar-c', name: 'Omar', library: 'ACPL' };
const HANNAH: Prov = { id: 'hannah-c', name: 'Hannah', library: 'SLCL' };
const DESK: Prov = { id: 'desk3-c', name: 'askdesk3', library: 'WCPL' };
const FELIX: Prov = { id: 'felix-c', name: 'Felix', library: 'KCPL' };
const GRETA: Prov = { id: 'greta-c', name: 'Greta', library: 'MCL' };
const IVY: Prov = { id: 'ivy-c', name: 'Ivy', library: 'DCPL' };
const JUSTIN: Prov = { id: 'justin-c', name: 'Justin', library: 'CML-NC' };
const ROY: Prov = { id: 'roy-c', name: 'Roy', library: 'PCPL' };
const SUNITA: Prov = { id: 'sunita-c', name: 'Sunita', library: 'NPL-IL' };
const BEN: Prov = { id: 'ben-c', name: 'Ben', library: 'AADL' };
const CARMEN: Prov = { id: 'carmen-c', name: 'Carmen', library: 'DDL' };
const PATRICK: Prov = { id: 'patrick-c', name: 'Patrick', library: 'SPL-WA' };
const ALMA: Prov = { id: 'alma-c', name: 'Alma', library: 'APL-TX' };
const NOOR: Prov = { id: 'noor-c', name: 'Noor', library: 'DPL-MI' };
const QUINN: Prov = { id: 'quinn-c', name: 'Quinn', library: 'CCPL-OH' };
const ELENA: Prov = { id: 'elena-c', name: 'Elena', library: 'SAPL-CA' };
const VICTOR: Prov = { id: 'victor-c', name: 'Victor', library: 'JPL-FL' };
const WALT: Prov = { id: 'walt-c', name: 'Walt', library: 'MPL-AZ' };
const YARA: Prov = { id: 'yara-c', name: 'Yara', library: 'BKLYN' };
const ZOE: Prov = { id: 'zoe-c', name: 'Zoe', library: 'BCPL' };
const AARON: Prov = { id: 'aaron-c', name: 'Aaron', library: 'BCPL' };
const IRIS: Prov = { id: 'iris-c', name: 'Iris', library: 'HCL-MN' };
const KENJI: Prov = { id: 'kenji-c', name: 'Kenji', library: 'HCL-MN' };
const LENA: Prov = { id: 'lena-c', name: 'Lena', library: 'LAPL' };
const MATEO: Prov = { id: 'mateo-c', name: 'Mateo', library: 'LAPL' };
const NADIA: Prov = { id: 'nadia-c', name: 'Nadia', library: 'PPL-RI' };
const OWEN: Prov = { id: 'owen-c', name: 'Owen', library: 'LFPL' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'VRQ' };
const PAULA: Prov = { id: 'paula-c', name: 'Paula', library: 'OPL-NE' };
const RHEA: Prov = { id: 'rhea-c', name: 'Rhea', library: 'TPL-WA' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waiting = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay in the chat; someone will be with you shortly.'];

export const sixtyFourthRoundCredit: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 the real free credit report site (apartment application): "Dana here, a reference librarian at Enoch Pratt", annualcreditreport.com, "thats all i needed thx!!"', [
    [0, 'p', 'hi how do i get my free credit report?? i heard theres a site but theres so many fake ones'],
    [24, 'l', 'Good morning! Dana here, a reference librarian at Enoch Pratt Free Library.'],
    [30, 'l', 'Do you want the full reports from the three bureaus, or just a credit score?'],
    [62, 'p', "the reports, i'm applying for an apartment"],
    [69, 'l', 'The only official free site is annualcreditreport.com. It is run jointly for Equifax, Experian and TransUnion, and right now you can pull all three every week at no cost. Anything that asks for a credit card number is not it.'],
    [74, 'l', 'Did that answer what you needed?'],
    [110, 'p', 'yep thats all i needed thx!!'],
    [115, 'l', "You're welcome — good luck with the apartment, and thanks for chatting!"],
  ], usual()),

  // 02 Spanish
  s(MARISOL, '02 congelar el crédito en las tres agencias tras el robo de la cartera (Spanish): "Soy Marisol, bibliotecaria", las tres páginas de congelación, "eso es todo lo que queria saber"', [
    [0, 'p', 'buenas, me robaron la cartera y quiero congelar mi credito como lo hago'],
    [20, 'l', 'Hola, buenos días. Soy Marisol, bibliotecaria de la Biblioteca Pública de Houston.'],
    [26, 'l', '¿Quiere congelar el crédito en las tres agencias, o por ahora solo poner una alerta de fraude?'],
    [70, 'p', 'congelarlo en las tres'],
    [77, 'l', 'Es gratis y se hace en línea, una página por agencia: equifax.com/personal/credit-report-services, experian.com/freeze y transunion.com/credit-freeze. Guarde el PIN o la contraseña que le den para poder descongelarlo después.'],
    [82, 'l', '¿Esto responde a su pregunta?'],
    [130, 'p', 'si, eso es todo lo que queria saber. gracias!!'],
    [136, 'l', '¡Con gusto! Que le vaya bien, hasta luego.'],
  ], usual()),

  // 03 pickup at 61 s
  s(OMAR, '03 a credit card on an Experian report the patron never opened: 61 s pickup, IdentityTheft.gov + experian.com/disputes + consumerfinance.gov, "ok", "Anything else", "no"', [
    [0, 'p', 'theres a credit card on my experian report that isnt mine how do i get it off'],
    [61, 'l', 'Hello and thanks for waiting — this is Omar, librarian with Allen County Public Library.'],
    [67, 'l', 'Is it an account you never opened, or one of yours that is reported wrong?'],
    [100, 'p', 'never opened it. never heard of that bank'],
    [107, 'l', 'That points to identity theft, not just an error. Report it at IdentityTheft.gov first; it gives you an identity theft report and a recovery plan. Then dispute the account online at experian.com/disputes and attach that report. The CFPB explains the dispute steps at consumerfinance.gov (search "dispute credit report").'],
    [113, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'ok'],
    [156, 'l', 'Anything else I can help you with today?'],
    [185, 'p', 'no'],
    [190, 'l', 'Okay, bye for now — thanks for using the chat.'],
  ], usual({ pickup: 'fail' })),

  // 04 pickup at exactly 60 s; the hospital billing office and the insurer with no contact
  s(HANNAH, '04 a hospital bill for surgery never had (medical identity theft): pickup at exactly 60 s, FTC page, "Call the billing office … ask your insurer" with no contact', [
    [0, 'p', 'got a bill from a hospital in another state for surgery i never had?? insurance says they paid part of it'],
    [60, 'l', "Hi, I'm Hannah, a librarian at St. Louis County Library. I'm sorry, that sounds stressful."],
    [66, 'l', 'Has anything shown up on your credit report yet, or is it just the bill and the insurance statement so far?'],
    [110, 'p', 'just the bill and the EOB'],
    [117, 'l', "This looks like medical identity theft. The FTC's page walks through the steps: consumer.ftc.gov/articles/what-know-about-medical-identity-theft. Call the billing office of the hospital that sent the bill and tell them the services were not yours, and ask your insurer for a list of every benefit paid in your name."],
    [123, 'l', 'Does that help you get started?'],
    [170, 'p', 'yes thank you. thats everything for now'],
    [176, 'l', 'Take care, and thanks for chatting with us.'],
  ], usual({ referral: 'fail' })),

  // 05 greets, names no one (screen name only)
  s(DESK, '05 does a fraud alert at Equifax reach the other two (chat-speak): "hey! 👋" under the screen name "askdesk3", Equifax fraud alert page, "thats everything ty"', [
    [0, 'p', 'if i put a fraud alert with equifax do i have to call the other 2 also'],
    [15, 'l', 'hey! 👋'],
    [20, 'l', 'Is this the 1-year initial alert, or do you already have an identity theft report for the 7-year one?'],
    [55, 'p', 'the 1 year one i think'],
    [61, 'l', "Nope, one is enough: whichever bureau places the alert has to pass it to the other two. Equifax's fraud alert page is equifax.com/personal/credit-report-services/credit-fraud-alerts."],
    [66, 'l', 'does that help?'],
    [95, 'p', 'yes!! thats everything ty'],
    [100, 'l', 'np, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(FELIX, '06 a tax return rejected because someone filed with the SSN: "Let me check the current IRS steps — one moment." answered exactly 120 s later, irs.gov/ippin', [
    [0, 'p', 'someone filed taxes with my SSN before me. irs rejected my return. how do i stop this next year'],
    [18, 'l', 'Hi there — Felix, reference librarian at Kansas City Public Library.'],
    [24, 'l', 'Did the IRS already send you a letter, like a 5071C or a CP01 notice?'],
    [60, 'p', 'no letter yet, just the efile rejection'],
    [66, 'l', 'Let me check the current IRS steps — one moment.'],
    [186, 'l', 'Thanks for waiting. File Form 14039 (Identity Theft Affidavit) with your paper return, and next year sign up for an Identity Protection PIN at irs.gov/ippin, which stops anyone else filing with your SSN. Does that answer your question?'],
    [230, 'p', 'yes great'],
    [235, 'l', 'Anything else today?'],
    [260, 'p', 'no thats it thx'],
    [265, 'l', 'Thanks for writing in — good luck!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(GRETA, '07 freezing a 6-year-old\'s credit: "Bear with me while I look up …" answered 121 s later, the FTC child freeze page, "that was all"', [
    [0, 'p', 'can i freeze my 6 yr olds credit? she doesnt have any credit'],
    [22, 'l', 'Hello! This is Greta with the Multnomah County Library chat team.'],
    [28, 'l', 'Is she under 16? The rules are different for teens who are 16 or older.'],
    [58, 'p', 'yes shes 6'],
    [64, 'l', 'Bear with me while I look up what each bureau asks for.'],
    [185, 'l', "Sorry for the wait. Yes: a parent can freeze the credit of a child under 16 even when there is no file yet; the bureau creates one and freezes it. You'll need her birth certificate and Social Security card and your own ID. The FTC explains the whole process at consumer.ftc.gov/articles/freezing-your-childs-credit."],
    [191, 'l', 'Did that help?'],
    [230, 'p', 'yes. thanks, that was all'],
    [236, 'l', 'Glad I could help — goodbye!'],
  ], usual({ informed: 'fail' })),

  // 08 pickedUpAt 50 s, first line at 75; a patron question waiting 125 s with "hello?" inside
  s(IVY, '08 a TransUnion dispute letter for a late payment: pickedUpAt 50 s, first line at 75, CFPB sample letters + Nolo\'s "Credit Repair", "certified mail?" and "hello?" answered 125 s later', [
    [0, 'p', 'i want to write a dispute letter to transunion for a late payment that was never late. is there a template'],
    [75, 'l', 'Hi! Ivy here, a librarian at DC Public Library. Thanks for hanging on.'],
    [81, 'l', 'Do you have proof it was paid on time, like a bank statement?'],
    [110, 'p', 'yes i have the bank statement'],
    [117, 'l', 'Then a dispute letter with a copy of the statement is the way to go. The CFPB has sample dispute letters at consumerfinance.gov/consumer-tools/credit-reports-and-scores, and Nolo\'s book "Credit Repair" has more templates; it\'s in our catalog.'],
    [150, 'p', 'ok and do i send it certified mail?'],
    [210, 'p', 'hello?'],
    [275, 'l', 'Sorry, I was juggling. Yes, certified mail with a return receipt is a good idea, so you can prove when they got it. Was that helpful?'],
    [310, 'p', 'yea'],
    [315, 'l', 'Anything else I can look up?'],
    [340, 'p', 'nope all set'],
    [345, 'l', 'Have a good one, bye!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),

  // 09 the source before the question
  s(JUSTIN, '09 a Social Security card stolen from a car: IdentityTheft.gov and ssa.gov/number-card first, then "Has anyone used the number yet …?"', [
    [0, 'p', 'my social security card got stolen from my car what do i do'],
    [21, 'l', 'Hello, Justin with Charlotte Mecklenburg Library here. Sorry that happened!'],
    [27, 'l', 'IdentityTheft.gov builds a personal recovery plan for a stolen number, and ssa.gov/number-card lets you request a replacement card.'],
    [33, 'l', 'Has anyone used the number yet, as far as you know?'],
    [70, 'p', 'idk i dont think so'],
    [76, 'l', 'Then a free credit freeze now is the best protection; the recovery plan links to all three bureaus. Did that help?'],
    [110, 'p', 'yes thx thats all'],
    [115, 'l', 'Thanks for chatting, take care.'],
  ], usual({ clarify: 'fail' })),

  // 10 no source; "contact each of the three bureaus" with no contact
  s(ROY, '10 what a credit freeze costs: an answer with no source, "contact each of the three bureaus … separately" with no contact, "ok cool ty"', [
    [0, 'p', 'how much does it cost to freeze credit'],
    [17, 'l', "Hi, Roy from Pima County Public Library's Ask a Librarian."],
    [23, 'l', 'Are you freezing just your own, or a spouse or child too?'],
    [50, 'p', 'just me'],
    [56, 'l', "It's free by federal law since 2018, both to freeze and to lift. You'll need to contact each of the three bureaus — Equifax, Experian and TransUnion — separately, since a freeze at one doesn't carry over."],
    [61, 'l', 'Does that answer your question?'],
    [90, 'p', 'ok cool ty'],
    [95, 'l', 'Bye, thanks for reaching out!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 11 follow-up by me: e-mail typed and read back, "by tomorrow afternoon", done 20 h after the end
  s(SUNITA, '11 protecting a late father\'s credit as executor (follow-up by me): FTC deceased page, e-mail read back, "by tomorrow afternoon", done at 20 h', [
    [0, 'p', 'my dad passed away last month. how do i stop people from opening credit in his name'],
    [23, 'l', "Good evening, I'm Sunita, a librarian at Naperville Public Library. I'm so sorry about your father."],
    [29, 'l', 'Are you the executor of his estate, or his spouse?'],
    [70, 'p', 'im the executor'],
    [77, 'l', "The FTC's page consumer.ftc.gov/articles/identity-theft-and-deceased explains the \"deceased\" flag on his credit file and what an executor sends. I'll check exactly which documents each bureau wants and e-mail you a list by tomorrow afternoon. What's your e-mail?"],
    [120, 'p', 'k.morales.exec@example.net'],
    [126, 'l', 'Thanks — k.morales.exec@example.net. Does the FTC page help for now?'],
    [160, 'p', 'yes thank you so much'],
    [166, 'l', 'Is there anything else you need today?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Take care, and again I am sorry for your loss. Goodbye.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(200 + 20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 12 a promise to e-mail, read back, no when, coded Answered
  s(BEN, '12 a class on reading a credit report: aadl.org/events, "I\'ll ask our adult programming team … and e-mail you", e-mail read back, no when, coded Answered', [
    [0, 'p', 'does the library have anything to help me understand my credit report? like a class'],
    [19, 'l', "Hi! I'm Ben, a librarian at Ann Arbor District Library."],
    [25, 'l', 'Would you rather attend something in person, or learn online?'],
    [60, 'p', 'in person if possible'],
    [66, 'l', "We don't have one on the calendar right now, but our events page is aadl.org/events. I'll ask our adult programming team whether a credit workshop is coming up and e-mail you what I hear. What address should I use?"],
    [110, 'p', 'b.okafor@example.org'],
    [116, 'l', 'Got it: b.okafor@example.org. Did the events page help in the meantime?'],
    [150, 'p', 'sure thanks'],
    [155, 'l', 'Thanks for asking — bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 13 partly Spanish; follow-up by the patron's library; phone typed, not read back; "dentro de 2 días hábiles"; unrecorded at day 4
  s(CARMEN, '13 una agencia de cobro por una deuda de Verizon ajena (partly Spanish, follow-up by patron\'s library): robodeidentidad.gov, phone typed, "dentro de 2 días hábiles", unrecorded at day 4', [
    [0, 'p', 'hi necesito ayuda, got a letter from a collection agency for a debt that isnt mine, i think somebody used my info'],
    [25, 'l', "Hi, thanks for contacting Ask a Librarian Delaware! I'm Carmen. ¿Prefiere que sigamos en español?"],
    [60, 'p', 'si por favor, y soy de wilmington'],
    [66, 'l', '¿La carta dice de qué empresa es la deuda original?'],
    [95, 'p', 'dice Verizon pero yo nunca tuve verizon'],
    [102, 'l', 'Entonces conviene reportarlo como robo de identidad en robodeidentidad.gov (la versión en español de IdentityTheft.gov): le da un plan de recuperación y cartas modelo para disputar la deuda.'],
    [108, 'l', 'Su biblioteca, Wilmington Public Library, tiene talleres de ayuda legal; le pido a su personal que la llame para darle las fechas. ¿A qué número?'],
    [140, 'p', '302 555 0178'],
    [146, 'l', 'Perfecto. La llamarán dentro de 2 días hábiles. ¿Le sirvió la información de robodeidentidad.gov?'],
    [180, 'p', 'si mucho, gracias'],
    [186, 'l', '¡De nada! Gracias por escribirnos, cuídese.'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 14 follow-up by me with no contact anywhere; done 80 h after the end
  s(PATRICK, '14 credit lock vs credit freeze (follow-up by me): nerdwallet.com, "I\'ll dig up … and send it along later", no contact anywhere, done at 80 h', [
    [0, 'p', 'whats the difference between a credit lock and a credit freeze? equifax app keeps pushing the lock'],
    [20, 'l', 'Hi, Patrick at The Seattle Public Library here.'],
    [26, 'l', 'Are you looking for a free option, or are you OK paying for a monitoring service?'],
    [60, 'p', 'free pls'],
    [66, 'l', "A freeze is free and protected by federal law; a lock is a product the bureau offers under its own terms, sometimes bundled with paid plans. NerdWallet's comparison is clear: nerdwallet.com/article/finance/credit-lock-vs-freeze. I'll dig up the exact wording of the Equifax lock agreement and send it along later."],
    [72, 'l', 'Does the comparison help?'],
    [100, 'p', 'yes'],
    [106, 'l', 'Great, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(111 + 80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 final idle exactly 120 s, ending on a check-in
  s(ALMA, '15 is Credit Karma my real credit report (car loan): answer at 50, "You still with me?" at 150, endedAt 170 (final idle 120 s), no goodbye', [
    [0, 'p', 'is creditkarma the same as my real credit report'],
    [16, 'l', 'Hello, Alma from Austin Public Library here!'],
    [22, 'l', 'Are you checking before a loan application, or just keeping an eye on things?'],
    [44, 'p', 'car loan next month'],
    [50, 'l', 'Credit Karma shows TransUnion and Equifax data and a VantageScore, but many auto lenders use a FICO Auto Score, so the numbers can differ. For the full reports themselves, use annualcreditreport.com. Does that clear it up?'],
    [150, 'l', 'You still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endedAt: at(170) }),

  // 16 final idle 179 s ending in a goodbye, no check-in
  s(NOOR, '16 how long a hard inquiry stays: answer at 60, "Thanks for visiting … come back anytime!" at 239 (final idle 179 s), no check-in', [
    [0, 'p', 'how long does a hard inquiry stay on my credit'],
    [19, 'l', "Hi, you've reached Noor, librarian at Dearborn Public Library."],
    [25, 'l', "Is it an inquiry you agreed to, or one you don't recognize?"],
    [52, 'p', 'i applied for a card'],
    [60, 'l', "Then it's a normal hard inquiry: it stays on the report for two years and usually affects scores for about one. Experian explains it at experian.com/blogs/ask-experian/how-long-do-hard-inquiries-stay-on-your-credit-report. Is that what you were after?"],
    [239, 'l', 'Thanks for visiting Ask a Librarian — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 17 final idle exactly 180 s: a check-in, then a notice that thanks and invites back
  s(QUINN, '17 an e-mail and password in a data breach, freeze or not: identitytheft.gov/databreach, "Are you there?" at 170, a notice with thanks at 244 (final idle 180 s)', [
    [0, 'p', 'got an alert that my email and password were in a data breach. do i need to freeze my credit'],
    [24, 'l', "Good afternoon, this is Quinn at Cuyahoga County Public Library's chat service."],
    [30, 'l', 'Did the breach notice say your Social Security number was exposed, or just the e-mail and password?'],
    [58, 'p', 'just email and pw'],
    [64, 'l', "Then a freeze isn't urgent: change that password everywhere you used it and turn on two-step login. If your SSN ever turns up in a breach, freeze then. The FTC's data breach checklist is at identitytheft.gov/databreach. Does that help?"],
    [170, 'l', 'Are you there?'],
    [244, 'l', "Looks like we got disconnected, so I'm going to end the chat. Thanks for reaching out, and feel free to come back!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 18 Spanish; a true Lost Call
  s(ELENA, '18 cómo poner una alerta de fraude (Spanish, Lost Call): saludo, "¿Sigue conectada?" a los 160, aviso con gracias a los 240 (212 s)', [
    [0, 'p', 'como pongo una alerta de fraude en mi credito'],
    [28, 'l', 'Hola, bienvenida al chat. Le atiende Elena, bibliotecaria de Santa Ana Public Library.'],
    [160, 'l', '¿Sigue conectada?'],
    [240, 'l', 'Parece que se desconectó; voy a cerrar el chat. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 coded Lost Call after two patron messages; "call your bank"; a check-in and no notice (193 s)
  s(VICTOR, '19 a wallet stolen with the SS card (emoji): "call your bank" with no contact, IdentityTheft.gov, "Are you still there?" at 200, endedAt 260 (193 s), coded Lost Call', [
    [0, 'p', 'wallet stolen last nite, had my ss card in it 😩 what do i do first'],
    [20, 'l', 'Hi, Victor here, a librarian with Jacksonville Public Library.'],
    [26, 'l', 'So sorry! Were any cards or checks in it besides the Social Security card?'],
    [60, 'p', 'debit card and license'],
    [67, 'l', 'First, call your bank to cancel the debit card. Then go to IdentityTheft.gov to report it and get a step-by-step recovery plan, including a free credit freeze. Does that help?'],
    [200, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: 'Lost Call', endedAt: at(260) }),

  // 20 "the limit of three questions per chat"
  s(WALT, '20 a free credit score, then three more questions: "You\'ve hit the limit of three questions per chat. Goodbye.", patron "wow ok" last', [
    [0, 'p', 'how do i get my credit score for free'],
    [18, 'l', 'Hi, Walt at Mesa Public Library here.'],
    [24, 'l', 'Do you have a credit card? Many card issuers show a free score on the statement.'],
    [50, 'p', 'yes capital one'],
    [56, 'l', 'Then check CreditWise in your Capital One account, or get a free FICO score through Experian at experian.com. Did that help?'],
    [80, 'p', 'ok and how do i raise it fast? and do i pay off the old collections or not? and whats a good utilization'],
    [87, 'l', "You've hit the limit of three questions per chat. Goodbye."],
    [100, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, invited back
  s(YARA, '21 the free reports, then the score, a credit builder loan and a sister\'s tax refund: "other patrons waiting … please come back later"', [
    [0, 'p', 'can i see my credit report for free and also how do i fix my score and what about a credit builder loan'],
    [22, 'l', "Hello! Yara here, librarian with Brooklyn Public Library's Ask a Librarian."],
    [28, 'l', "Let's start with the report: do you want all three bureaus?"],
    [55, 'p', 'yes all 3'],
    [61, 'l', 'All three are free every week at annualcreditreport.com. Is that what you needed for that part?'],
    [90, 'p', 'yes. now the score stuff and the loan and also my sister wants to know about her tax refund'],
    [97, 'l', "We're pretty busy with other patrons waiting right now, so I need to stop here, but please come back later and we'll go through the score and loan questions with you. Thanks for your patience!"],
    [110, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 22 a transfer with a notice and a note that says why
  s(ZOE, '22 an active duty alert before a deployment: transfer notice + internal note why, Aaron 80 s after the notice, experian.com + militaryonesource.mil', [
    [0, 'p', 'im deploying in 3 weeks. someone said i can get a special fraud alert??'],
    [20, 'l', "Hi! I'm Zoe, a librarian with Baltimore County Public Library."],
    [26, 'l', 'Are you active duty, guard or reserve?'],
    [50, 'p', 'active duty army'],
    [56, 'l', "My colleague Aaron works with our military families program, so I'm transferring you to him — just a moment."],
    [59, 'i', 'Aaron, active-duty soldier deploying in 3 wks, asking about the active duty fraud alert. Can you take it? Military consumer q.'],
    xfer(62, 'Aaron', 'aaron-c'),
    [136, 'l', "Hi, Aaron here, librarian at BCPL. Yes: an active duty alert lasts a year and makes lenders verify it's you before opening credit, and one alert covers all three bureaus. Experian's page is experian.com/fraud/center.html, and Military OneSource has a guide at militaryonesource.mil (search \"active duty alert\"). Is this what you needed?", as(AARON)],
    [180, 'p', 'perfect thats all i needed'],
    [185, 'l', 'Stay safe, and thanks for your service. Bye!', as(AARON)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer (internal note only)
  s(IRIS, '23 an unknown Texas address on a credit report: internal note only, silent transfer, Kenji 95 s after the patron, annualcreditreport.com + consumerfinance.gov', [
    [0, 'p', 'my credit report shows an address in texas i never lived at. is that bad'],
    [20, 'l', 'Hello, Iris at Hennepin County Library here. Thanks for writing.'],
    [26, 'l', "Do you also see any accounts you don't recognize, or only the address?"],
    [55, 'p', 'only the address'],
    [61, 'i', 'Kenji, credit report with an unknown address, can you take it? You ran the credit workshop.'],
    xfer(64, 'Kenji', 'kenji-c'),
    [150, 'l', 'Hi, this is Kenji, also at Hennepin County Library. An address alone can be a typo or a mixed file, but it can also be an early sign of identity theft. Check your full reports at annualcreditreport.com for accounts tied to that address; the CFPB explains how to dispute a wrong address at consumerfinance.gov. Does that help?', as(KENJI)],
    [190, 'p', 'yes it does, thats all thank you'],
    [195, 'l', 'Thanks for chatting, goodbye!', as(KENJI)],
  ], usual({ transfer: 'fail' })),

  // 24 partly Spanish; an announced transfer with no internal note, answered 130 s after the notice
  s(LENA, '24 what "charge off" means (partly Spanish): "I\'ll pass you to my colleague Mateo … Hold on one sec.", no internal note, Mateo 130 s later, consumerfinance.gov/es', [
    [0, 'p', 'hi i need help reading my credit report, some parts are confusing. tambien hablo español'],
    [24, 'l', "Hi! You're chatting with Lena at Los Angeles Public Library."],
    [30, 'l', 'Which part is confusing — the accounts, the inquiries, or the public records section?'],
    [65, 'p', 'the part that says charge off. prefiero en español si se puede'],
    [71, 'l', "Of course — I'll pass you to my colleague Mateo, who speaks Spanish. Hold on one sec."],
    xfer(74, 'Mateo', 'mateo-c'),
    [201, 'l', 'Hola, soy Mateo, también de la Biblioteca Pública de Los Ángeles. "Charge off" significa que el acreedor dio la deuda por perdida, pero usted todavía la debe y puede quedar en el reporte siete años. La CFPB lo explica en español en consumerfinance.gov/es. ¿Le ayuda esta explicación?', as(MATEO)],
    [245, 'p', 'si gracias, eso es todo'],
    [250, 'l', '¡A usted! Hasta pronto.', as(MATEO)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 25 four at once
  s(NADIA, '25 freeze or fraud alert after a breach: usa.gov/credit-freeze, three other chats open at once over this one (four)', [
    [0, 'p', 'what is a credit freeze vs fraud alert, which one should i do after the equifax breach thing'],
    [17, 'l', 'Hey there! Nadia, librarian at Providence Public Library.'],
    [23, 'l', 'Do you plan to apply for any loans or cards soon?'],
    [50, 'p', 'no not for a year at least'],
    [56, 'l', "Then a freeze is the stronger choice: nobody can open new credit until you lift it, and it's free. A fraud alert only asks lenders to double-check. USA.gov compares them at usa.gov/credit-freeze. Did that answer your question?"],
    [90, 'p', "yes, that's all I needed"],
    [95, 'l', 'Thank you, have a nice day!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nadia-c', -60, 300), other('n2', 'nadia-c', 10, 200), other('n3', 'nadia-c', 30, 80)],
  }),

  // 26 three at most, touching ends; "Ask the dealer" with no contact
  s(OWEN, '26 lifting a freeze to buy a car: experian.com/freeze, "Ask the dealer which bureau they pull" (no contact), "no more questions thx", chats touching both ends', [
    [0, 'p', 'do i have to pay to unfreeze my credit when i buy a car'],
    [18, 'l', 'Good morning, Owen with Louisville Free Public Library.'],
    [24, 'l', 'Do you know which bureau the dealer uses?'],
    [52, 'p', 'no idea'],
    [58, 'l', "Lifting a freeze is free at all three bureaus, and you can lift it for just a few days. Ask the dealer which bureau they pull, then lift only that one from your account; Experian's is at experian.com/freeze."],
    [63, 'l', 'Is that helpful?'],
    [95, 'p', 'very. no more questions thx'],
    [100, 'l', 'Bye, thanks for chatting!'],
  ], usual({ referral: 'fail' }), {}, {
    otherIntervals: [other('w1', 'owen-c', -120, 0), other('w2', 'owen-c', -20, 60), other('w3', 'owen-c', 40, 300), other('w4', 'owen-c', 105, 400)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (credit freeze macro test): coded Practice, every check na', [
    [0, 'p', 'test: credit freeze macro'],
    [4, 'l', 'Testing: consumer.ftc.gov/articles/what-know-about-credit-freezes-fraud-alerts'],
    [9, 'p', 'ok link good'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 no provider ever joined; code null
  s(NOBODY, '28 a credit card opened in the patron\'s name (emoji): no provider ever joined, a queue line, "hello???", patron left, code null', [
    [0, 'p', 'is anybody on? someone opened a credit card in my name and i need to know what to do 😭😭'],
    waiting(2),
    [150, 'p', 'hello???'],
    left(280),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 29 no codes in the source; the SSA by phone
  s(PAULA, '29 an IRS CP2000 for wages from a job never had (no codes in the source): irs.gov page, "call the Social Security Administration at 1-800-772-1213"', [
    [0, 'p', 'someone is using my social security number to work, i got a letter from IRS about wages from a job i never had'],
    [21, 'l', 'Hi, thanks for reaching Omaha Public Library — Paula here, one of the reference librarians.'],
    [27, 'l', 'What notice number is on the IRS letter? It is in the top or bottom right corner.'],
    [70, 'p', 'CP2000'],
    [77, 'l', "That's an underreported income notice. The IRS explains what to do about wages that aren't yours at irs.gov/identity-theft-fraud-scams/employment-related-identity-theft. Also call the Social Security Administration at 1-800-772-1213 so they can correct your earnings record."],
    [83, 'l', 'Does that help?'],
    [120, 'p', 'yes a lot. thats all for me'],
    [125, 'l', 'Take care, goodbye!'],
  ], usual({ code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 30 code ""; the local police with no contact
  s(RHEA, '30 police report or FTC report for a bank (chat-speak): "file one with your local police department" (no contact), IdentityTheft.gov, code ""', [
    [0, 'p', 'do i NEED a police report for identity theft or is the ftc report enough. the cops here r useless lol'],
    [26, 'l', 'Hi, Rhea from Tacoma Public Library — happy to help!'],
    [32, 'l', 'What do you need the report for: disputing accounts, a creditor asking for it, or something else?'],
    [70, 'p', 'a bank wants proof for a fraud account'],
    [77, 'l', 'For most disputes the FTC Identity Theft Report from IdentityTheft.gov is enough. Some banks still ask for a police report, so if yours does, file one with your local police department and bring the FTC report with you.'],
    [83, 'l', 'Does that answer your question?'],
    [120, 'p', 'yeah makes sense'],
    [125, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [155, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundCredit.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('30')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "Some banks still ask for a police report, so if yours does, file one with your local police department and bring the FTC report with you." The one party the patron is told to visit, the local police department, comes with no e-mail, phone, address or URL; the only URL in the message, IdentityTheft.gov, is the FTC\'s site for the FTC report, a source, not a way to reach the police (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)"; Terms, Referral: "Pointing to a website … for the patron to use is a source, not a referral").',
};

describe('sixty-fourth round: credit reports, credit freezes and identity theft, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundCredit.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundCredit.filter((c) => c.name in LEFT_WHY));
});
