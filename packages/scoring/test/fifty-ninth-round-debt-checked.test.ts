/**
 * Fifty-ninth round, theme DEBT AND CREDIT, checked: 30 whole sessions no one had written, from public library and statewide
 * "ask a librarian" chats: collection letters and the 30-day validation notice, a collector calling at work, a collector
 * asking a grieving child to pay a dead mother's card, is the collector real or a scam, wage garnishment papers, a suit over
 * a 2017 card debt and Ohio's statute of limitations; credit reports (the free report without a card, a report before an
 * apartment application, an Experian collection account that is not the patron's, a freeze after a data breach, how a score
 * is calculated, an 80-point drop after paying off a car, how long a bankruptcy stays); payday loans (a California loan in
 * Spanish, three Nevada loans behind, $400 before payday, "can they have you arrested"); bankruptcy basics (Chapter 7 vs 13,
 * form help or classes at a branch, a father's 1993 bankruptcy notice in the paper); medical debt (a $2,300 hospital bill on
 * a report, charity care at St. Luke's, a budget for medical bills and a car loan); student loans (an income-driven plan,
 * PSLF for a county hospital job, a Social Security offset at 68); free credit counseling (NFCC, the Justice Department's
 * approved list, a book "like dave ramsey but not dave ramsey"). Providers point to the CFPB, FTC, annualcreditreport.com,
 * the bureaus, myFICO, studentaid.gov, uscourts.gov, the DFPI, Nevada's FID, the NCUA, justice.gov, a Nolo book with its call
 * number, the catalog and Libby, and refer to Experian, the DFPI, the NFCC, Legal Aid, a hospital's financial services, their
 * own Senior Services desk, a state attorney general's office, "a bankruptcy lawyer" and "each lender". Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/fiftyNinthRoundDebt-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a system queue line and a 31 s pickup (01); a patron "hello?" in the wait and a 75 s pickup (03: fail);
 *   `pickedUpAt` at 90 s with the first line at 110 (28: pickup fails on 90 s); chat-speak "hey there! Kip @ Eastlake
 *   Library's ask-a-librarian chat here" (02); Spanish "¡Hola! Soy Lucía, bibliotecaria de …" (04); "Hi!" + "I'm Ana from the
 *   reference desk at …" split over two lines (24); "hi! what can i help with today?" under the screen name askus3 (23: names
 *   no one, fail); a greeting that is a hold ("Hi! This is Max … I'm reading your question, give me just a moment.", 12); no
 *   provider ever joined (13);
 *  inquiry: the letter's date and the 30-day period, which bureau, state, online or a book, already on the report?, federal or
 *   private, loan or counselor, told them yet?, FICO in general or your own?, worksheet or app, co-signer?, kind of debt,
 *   town and year, county, the agency's name, which St. Luke's, Chapter 7 or 13, store or online, what changed lately; a
 *   restatement with no question mark ("So you're looking for in-person help with the forms, or a class, at one of our
 *   branches.", 20: pass); annualcreditreport.com given before the question (24: fail); no question at all (02: fail);
 *  waits: a hold answered 64 s and 84 s later (01, 04); "let me look up what the current rules are" answered 140 s later (06:
 *   fail); holds at 75 and 175, the answer at 280 (27: pass); "No problem, take your time." then the patron back 264 s later
 *   (26: waiting on the patron); a transfer notice (a hold) and the receiver 59 s later (15); a silent transfer, the receiver
 *   170 s after the patron (16: fail); 20 s between `pickedUpAt` and the first line (28);
 *  endings: "Are you still there?" at 250 and "Looks like you've stepped away, so I'll close this chat now. Feel free to chat
 *   back in anytime!" at 400 (08: final idle 298 s); "It looks like you've disconnected, so I'll end this chat." with no
 *   check-in and no goodbye (30: final idle 215 s, idle fails, notice passes, courteous fails); a goodbye 146 s after the
 *   answer with no check-in (29: idle fails, disconnect na); a Lost Call with a hold-greeting and a check-in 5 s before the
 *   end (12: no final idle to speak of, courteous fails); "you've reached the limit for this session, so I'm going to end it
 *   here" (10: dismissal and courteous fail); "I've got a few other patrons waiting … Please chat back in later" (11:
 *   allowed); the patron's "ok thats all i needed thank u" as the last line (25: courteous fails); goodbyes "have a good
 *   night!", "¡Que tenga buen día!", "Take care!", "Have a good one!", "Bye for now.", "Good luck with the apartment, and have
 *   a great day!", "Enjoy! Thanks for chatting."; patron-side "no thats all", "thats everything", "no, es todo", "that's all I
 *   needed", "no more questions", "yes thats all", and "omg yes ok", "yes. ok thanks", "ya", "yes ty", "ok" that do not count;
 *  completeness: "Does that answer it?", "¿Le sirve esta información?", "Does the simulator help in the meantime?", "Does the
 *   microfilm listing help for now?", "Either of those sound good?"; "Would a guide on asking the hospital for a payment plan
 *   be useful too?" about something not yet given (11: fail); none (10, 30: fail);
 *  referrals: "call Experian at 888-…" (03); "puede presentar una queja llamando al DFPI al 866-…" (04); "I'd really recommend
 *   a consultation with a bankruptcy lawyer" (05: no contact, LEFT); "Call the National Foundation for Credit Counseling at
 *   800-… or start at nfcc.org" (08); "report them to your state attorney general's consumer protection office" (09: no
 *   contact); "contact Legal Aid of Southwest Ohio at 513-555-… or lasoc.org" (17); "our Senior Services desk at the Main
 *   library … call them at 541-555-…" (25: own library's department); "Call St. Luke's patient financial services at
 *   208-555-…" (27); "Call each lender — the number's on your loan agreement" (29: no contact); staff consulted or asked on the
 *   patron's behalf (Washington County Free Library's local history staff, 18; the South Side branch manager, 20) and bureaus'
 *   freeze pages used online (21) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by tomorrow at noon", done in 20 h (07: pass); a promise to e-mail with the
 *   e-mail given and "Got it!", no time, coded Answered (17: code and contact fail, on_time pending at day 1); FU_LIB with the
 *   phone read back, "within 2 business days", done after 100 h (18: on_time fails); FU_ME with the e-mail only in
 *   `patron.email` ("to the e-mail on your library account"), "by Friday", not recorded by day 5 (19: contact and on_time
 *   fail); FU_LIB with no patron contact anywhere, "by Thursday" (20: code and contact fail, pending);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (30: fail); null with no provider (13); Practice (14);
 *  transfers: a notice (a hold) and an internal note that says why (15: pass); an internal note only (16: fail);
 *  concurrency: four at once (21: fail); others ending exactly at the start and starting exactly at the end, one ending
 *   exactly at the session's end, three at most (22: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "I'd really recommend a consultation with a bankruptcy lawyer before you decide" tells the patron to go and ask a person
 *   outside the chat: a referral (the project's reading of "have a lawyer look it over", round 46, and "talk to a disability
 *   attorney or advocate", round 57), here with no contact (05);
 * - "Call each lender — the number's on your loan agreement" is a referral whose contact is not in the chat: a number the
 *   patron must find elsewhere is not "a way to reach them" given with the referral (29: fail);
 * - "you can report them to your state attorney general's consumer protection office" tells the patron to write to an office:
 *   a referral, with no contact (09);
 * - "Looks like you've stepped away, so I'll close this chat now" tells the patron they seem to be gone and that the session
 *   will end: a disconnect notice (08), and with "Feel free to chat back in anytime!" a goodbye, which ends the final idle;
 * - "have a good night!", "¡Que tenga buen día!", "Take care!", "Have a good one!", "Bye for now." and "Good luck with the
 *   apartment, and have a great day!" say goodbye;
 * - "Either of those sound good?" (after two titles were given) asks whether what was given meets the need (16); "Would a
 *   guide on … be useful too?" offers something not yet given and does not (11);
 * - "So you're looking for in-person help with the forms, or a class, at one of our branches." restates the question (20);
 * - a patron e-mail typed in the chat and answered "Got it!" is confirmed in the chat ("given … there") (17: contact fails
 *   only on the missing time);
 * - the "limit for this session" in 10 is a limit on the patron's questions / time, without a way back: a dismissal.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 05: "I'd really recommend a consultation with a bankruptcy lawyer before you decide" read as no
 *    referral (na; RUBRIC fail: a person outside the chat the patron is told to consult, no contact).
 * Every timing check (pickup at 31, 75 s and by `pickedUpAt` at 90 s, no provider; keep_informed at 140 and 170 s, across
 * holds every ~100 s, "take your time", a transfer notice and a silent transfer; final idles of 0, 5, 146, 215 and 298 s;
 * concurrency at four and at touching ends; on_time done at 20 h, late at 100 h, pending at day 1, not recorded by day 5)
 * scored as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron
 * e-mails typed and read back, a patron phone read back, an e-mail in `patron.email`, organisations' 555 phones).
 *
 * ON v53 (block S, written partly from this file): case 05's "I'd really recommend a consultation with a bankruptcy lawyer" (S26)
 *   reads as labelled and runs: 30 running, 0 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line.`];

const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'NFPL' };
const KIP: Prov = { id: 'kip', name: 'Kip', library: 'ELL' };
const SAM: Prov = { id: 'sam-b', name: 'Sam', library: 'BRL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SJPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'MCPL-MP' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'WCL' };
const DEREK: Prov = { id: 'derek', name: 'Derek', library: 'FCPL' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'ALS' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'KCLS' };
const BRENDA: Prov = { id: 'brenda', name: 'Brenda', library: 'DTL' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'RBPL' };
const MAX: Prov = { id: 'max-s', name: 'Max', library: 'STATE' };
const QUEUE: Prov = { id: 'askus-line', name: 'Ask Us line', library: 'STATE' };
const TRAINER: Prov = { id: 'trainer-debt', name: 'Training Seat 2', library: 'TRN' };
const LEO: Prov = { id: 'leo', name: 'Leo (statewide)', library: 'STATE' };
const BEA: Prov = { id: 'bea-law', name: 'Bea', library: 'STATE' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'GVL' };
const RAJ: Prov = { id: 'raj', name: 'Raj', library: 'GVL' };
const TAMSIN: Prov = { id: 'tamsin', name: 'Tamsin', library: 'GCPL' };
const ELLIOT: Prov = { id: 'elliot', name: 'Elliot', library: 'STATE' };
const PHOEBE: Prov = { id: 'phoebe', name: 'Phoebe', library: 'LKPL' };
const REGGIE: Prov = { id: 'reggie', name: 'Reggie', library: 'PBL' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'MBL' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'HCL-CA' };
const ASKUS3: Prov = { id: 'askus3', name: 'askus3', library: 'CCPL' };
const ANA: Prov = { id: 'ana', name: 'Ana', library: 'CHL' };
const BOYD: Prov = { id: 'boyd', name: 'Boyd', library: 'ODL' };
const CLARA: Prov = { id: 'clara', name: 'Clara', library: 'SVPL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'TFPL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'BVL-OR' };
const DOLORES: Prov = { id: 'dolores', name: 'Dolores', library: 'LVCCLD' };
const FINN: Prov = { id: 'finn', name: 'Finn', library: 'SDL' };

export const fiftyNinthRoundDebt: SessionCase[] = [
  // 01 validation notice, a clean session
  s(NADIA, '01 collection letter for a card the patron does not remember: queue line, "inside the 30 days?", hold, CFPB sample letters, "no thats all"', [
    [0, 'p', 'got a letter from a collection agency for a credit card i dont remember. do i have to pay it??'],
    queue(2),
    [31, 'l', 'Good afternoon, this is Nadia, a reference librarian at Northfield Public Library.'],
    [38, 'l', "I can't give legal advice, but I can point you to the rules. When is the letter dated, and does it mention a 'validation notice' or a 30-day period?"],
    [100, 'p', 'its dated nov 20. yes it says i have 30 days to dispute'],
    [106, 'l', 'One moment while I pull up the right page.'],
    [170, 'l', "Since you're inside the 30 days, you have the right to have the debt verified before you pay anything. The CFPB explains how, and has sample letters you can fill in: consumerfinance.gov/consumer-tools/debt-collection (look for 'Sample letters'). Keep a copy of everything."],
    [176, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes thank you so much'],
    [246, 'l', 'Is there anything else I can help you with?'],
    [290, 'p', 'no thats all'],
    [295, 'l', "You're welcome, and thanks for chatting with Northfield. Good luck!"],
  ], usual()),

  // 02 chat-speak, source in the first answer, no question
  s(KIP, '02 free credit report w/o a card (chat-speak): "hey there! Kip @ Eastlake Library", annualcreditreport.com at once, "omg yes ok", "have a good night!"', [
    [0, 'p', 'how do i see my credit report w/o paying? every site wants my card #'],
    [12, 'l', "hey there! Kip @ Eastlake Library's ask-a-librarian chat here"],
    [20, 'l', 'the only official free one is annualcreditreport.com — all 3 bureaus, free every week now, no card needed'],
    [26, 'l', 'did that help?'],
    [60, 'p', 'omg yes ok'],
    [66, 'l', 'have a good night!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 03 pickup 75 s, Experian by phone
  s(SAM, '03 collection account that is not the patron\'s (Experian): "hello?" in the wait, 75 s pickup, dispute URL + "call Experian at 888-…", "thats everything"', [
    [0, 'p', "There's a collection account on my Experian report that isn't mine. How do I get it removed?"],
    [20, 'p', 'hello?'],
    [75, 'l', "Hi, sorry for the wait! You're chatting with Sam, a librarian at Brookline Regional Library."],
    [82, 'l', 'Is it only on Experian, or on Equifax and TransUnion too?'],
    [140, 'p', 'just experian i think'],
    [147, 'l', "You can dispute it online at experian.com/disputes/main.html; upload a copy of your ID and anything that shows it isn't yours. If you'd rather do it by phone, call Experian at 888-397-3742. If it turns out someone opened it in your name, identitytheft.gov walks you through a recovery plan."],
    [153, 'l', 'Is that what you needed?'],
    [200, 'p', 'yes perfect. thats everything'],
    [205, 'l', 'Great, thanks for chatting and good luck with the dispute!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 Spanish, payday loan, DFPI by phone
  s(LUCIA, '04 préstamo de día de pago (Spanish): "¿En qué estado vive?", "Un momentito", dfpi.ca.gov/es + queja "llamando al DFPI al 866-…", "no, es todo", "¡Que tenga buen día!"', [
    [0, 'p', 'hola, saqué un préstamo de día de pago y me cobran muchísimo interés, ya no puedo pagar. que hago?'],
    [25, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de San José. Con gusto le ayudo.'],
    [32, 'l', '¿En qué estado vive? Las reglas de estos préstamos cambian mucho de un estado a otro.'],
    [80, 'p', 'california'],
    [86, 'l', 'Un momentito, por favor.'],
    [170, 'l', 'En California el DFPI regula los préstamos de día de pago. Su página en español, dfpi.ca.gov/es, explica sus derechos, por ejemplo que no le pueden dar un segundo préstamo para pagar el primero. Si el prestamista no cumple las reglas, puede presentar una queja llamando al DFPI al 866-275-2677.'],
    [176, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'si gracias'],
    [236, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [260, 'p', 'no, es todo'],
    [266, 'l', '¡Que tenga buen día!'],
  ], usual({ referral: 'pass' })),

  // 05 bankruptcy basics; "a consultation with a bankruptcy lawyer" (no contact)
  s(GRANT, '05 Chapter 7 vs 13: "online or a book?", uscourts.gov + Nolo book with call number, "recommend a consultation with a bankruptcy lawyer" (no contact), "Take care!"', [
    [0, 'p', 'whats the difference between chapter 7 and chapter 13 bankruptcy. thinking about filing'],
    [40, 'l', "Hello! I'm Grant, one of the librarians at Maple County Public Library."],
    [47, 'l', "I can't tell you which one to file, but I can find you good explanations. Would you like something to read online, or a book you can borrow?"],
    [110, 'p', 'online is fine, but a book too if u have one'],
    [117, 'l', 'The U.S. Courts site explains both chapters in plain language: uscourts.gov/services-forms/bankruptcy/bankruptcy-basics. For a book, we have Nolo\'s "The New Bankruptcy: Will It Work for You?" — 3 copies on the shelf at Main, call number 346.7307 ELI.'],
    [123, 'l', "Honestly though, I'd really recommend a consultation with a bankruptcy lawyer before you decide — a lot of them do the first meeting free."],
    [129, 'l', 'Does that help?'],
    [200, 'p', 'yes. ok thanks'],
    [206, 'l', 'Take care!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 06 medical debt: a hold answered 140 s later
  s(HANNAH, '06 $2,300 hospital bill in collections: "let me look up what the current rules are" answered 140 s later, CFPB search path, "thats all i needed"', [
    [0, 'p', "I have a $2,300 hospital bill that went to collections. I heard medical debt doesn't show on credit reports anymore?? is that true"],
    [22, 'l', "Hi, this is Hannah at Westfield County Library's Ask a Librarian."],
    [28, 'l', 'Do you know whether the debt is already showing on your credit report, or are you trying to keep it off?'],
    [70, 'p', 'it showed up last month'],
    [76, 'l', 'Ok, let me look up what the current rules are.'],
    [216, 'l', 'Thanks for waiting. Paid medical collections, and medical collections under $500, no longer appear on reports from the three bureaus; yours is over $500, so it can still be there. The CFPB keeps the current rules at consumerfinance.gov/ask-cfpb (search "medical debt credit report").'],
    [222, 'l', 'Is that the information you were looking for?'],
    [270, 'p', 'kind of a bummer but yes. thats all i needed'],
    [276, 'l', 'I understand. Thanks for contacting us!'],
  ], usual({ informed: 'fail' })),

  // 07 student loans: follow-up by me, e-mail read back, "by tomorrow at noon", done in 20 h
  s(DEREK, '07 student loan payment going up (follow-up by me): federal or private?, Loan Simulator + IDR URLs, e-mail read back, "by tomorrow at noon", done 20 h', [
    [0, 'p', 'my student loan payment is going up to $410 and i cant afford it. is there a way to lower it'],
    [18, 'l', "Hi! I'm Derek, a librarian with Fairfax County Public Library. Sorry you're dealing with that."],
    [25, 'l', 'Are these federal loans (Direct or FFEL) or private loans from a bank?'],
    [70, 'p', 'federal i think, through mohela'],
    [77, 'l', "Federal loans can go on an income-driven plan that sets the payment from your income; the Loan Simulator at studentaid.gov/loan-simulator compares the plans, and you apply at studentaid.gov/idr. The plan rules keep changing this year, so I'd like to double-check the newest deadlines and e-mail you a short summary. What's the best e-mail?"],
    [130, 'p', 'tkowalski88@example.com'],
    [136, 'l', "Thanks — tkowalski88@example.com. I'll have it to you by tomorrow at noon."],
    [142, 'l', 'Does the simulator help in the meantime?'],
    [190, 'p', 'yes it does thank you'],
    [196, 'l', 'Anything else for today?'],
    [220, 'p', "no that's it"],
    [225, 'l', 'Thanks for chatting with us, take care!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 08 NFCC by phone and URL; the patron goes quiet; check-in, "stepped away" notice that invites back
  s(MIRA, '08 five credit cards, is consolidation a scam: NFCC "call … 800-388-2227 or start at nfcc.org", FTC URL, "Are you still there?" at 250, "stepped away … close this chat … chat back in" at 400', [
    [0, 'p', 'im drowning in credit card debt, like 5 cards. is debt consolidation a scam'],
    [30, 'l', "Hello and welcome to Ask a Librarian! My name is Mira and I'm with Alder Library System."],
    [37, 'l', 'Are you looking for a loan to consolidate, or for help making a plan with a counselor?'],
    [95, 'p', 'idk, whichever doesnt cost a lot'],
    [102, 'l', "Nonprofit credit counseling is usually free or low-cost, and a counselor can set up a debt management plan with your card companies. Call the National Foundation for Credit Counseling at 800-388-2227, or start at nfcc.org, and they'll match you with a certified counselor. The FTC's page on telling real help from scams is consumer.ftc.gov/articles/how-get-out-debt."],
    [108, 'l', 'Does that help?'],
    [250, 'l', 'Are you still there?'],
    [400, 'l', "Looks like you've stepped away, so I'll close this chat now. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 09 calls at work; the state AG named bare
  s(OTIS, '09 collector calling at work: "Have you told them …?", CFPB ask-cfpb URL, "report them to your state attorney general\'s consumer protection office" (no contact), "nope"', [
    [0, 'p', 'debt collector keeps calling me at my job, my boss is getting mad. can they do that'],
    [15, 'l', "Hi, Otis here, librarian at King County Library System's Ask a Librarian service."],
    [22, 'l', "Have you told them yet that you can't take calls at work?"],
    [60, 'p', 'no i just hang up'],
    [66, 'l', "Under federal rules, once a collector knows your employer doesn't allow those calls, they have to stop calling you there. The CFPB's answer is at consumerfinance.gov/ask-cfpb/can-a-debt-collector-contact-me-at-work-en-1405/. If they keep at it after that, you can report them to your state attorney general's consumer protection office."],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', 'yeah. thx'],
    [116, 'l', 'Anything else I can help with?'],
    [135, 'p', 'nope'],
    [140, 'l', 'Good luck, and thanks for using Ask a Librarian!'],
  ], usual({ referral: 'fail' })),

  // 10 "you've reached the limit for this session"
  s(BRENDA, '10 how a credit score is calculated: myFICO URL, then "you\'ve reached the limit for this session, so I\'m going to end it here" (no goodbye)', [
    [0, 'p', 'how is a credit score calculated'],
    [20, 'l', "Hi, I'm Brenda at Dayton Library's chat service."],
    [27, 'l', 'Are you asking about FICO scores in general, or about why your own score changed?'],
    [60, 'p', 'in general. also how long do late payments stay, and does checking lower it, and whats a good score for a car loan'],
    [66, 'l', "myFICO explains the five factors: myfico.com/credit-education/whats-in-your-credit-score. Late payments stay seven years, and checking your own score doesn't lower it."],
    [100, 'p', 'ok and the car loan one? and what about buy now pay later, does that count'],
    [108, 'l', "That's a lot of questions for one chat — you've reached the limit for this session, so I'm going to end it here."],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 11 other patrons waiting, a way back; the completeness question is about something not yet given
  s(FARAH, '11 budget for medical bills + car loan: FTC worksheet, "Would a guide on … be useful too?" (not given yet), "a few other patrons waiting … chat back in later"', [
    [0, 'p', 'Can you help me figure out a budget to pay off my medical bills and my car loan?'],
    [28, 'l', 'Hi there! This is Farah, a librarian at Riverbend Public Library.'],
    [35, 'l', 'Do you want a worksheet to fill in yourself, or an app to track it?'],
    [80, 'p', 'worksheet i guess'],
    [86, 'l', "The FTC's Make a Budget worksheet is a one-page PDF: consumer.ftc.gov/articles/making-budget (click 'Make a Budget worksheet'). Would a guide on asking the hospital for a payment plan be useful too?"],
    [140, 'p', "yes! and can u look at my numbers and tell me which to pay first, and also about my sister's loan"],
    [148, 'l', "I'm not able to go over your numbers, and I've got a few other patrons waiting right now. The CFPB's guide to medical bills and collections is at consumerfinance.gov/consumer-tools/debt-collection. Please chat back in later and we can keep working on it!"],
    [170, 'p', 'ok'],
    [176, 'l', 'Thanks, and have a good afternoon.'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 12 Lost Call: a greeting that is a hold, then a check-in only
  s(MAX, '12 wage garnishment papers (Lost Call): "Hi! This is Max … I\'m reading your question, give me just a moment.", "Are you still with me?" at 200, nothing more', [
    [0, 'p', 'can they take money out of my paycheck for an old credit card debt? got papers from court'],
    [40, 'l', "Hi! This is Max with Ask Us statewide — I'm reading your question, give me just a moment."],
    [200, 'l', 'Are you still with me?'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 no provider joined
  s(QUEUE, '13 can payday lenders have you arrested: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'is it true payday loans can have you arrested if you dont pay'],
    queue(2, 3),
    [150, 'p', 'anyone there??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 14 Practice
  s(TRAINER, '14 practice chat (debt macros): coded Practice, every check na', [
    [0, 'p', 'TEST credit report macro'],
    [8, 'l', 'Hello, Training Seat 2 testing the credit report macro.'],
    [15, 'l', 'annualcreditreport.com — did that help?'],
    [25, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 15 transfer with a notice and a note
  s(LEO, '15 collector wants a dead mother\'s card paid: co-signer?, transfer to law librarian Bea with a notice (hold) and a note, CFPB search path, "that\'s all I needed"', [
    [0, 'p', 'my mom passed and now a collector says I have to pay her credit card. is that right?'],
    [20, 'l', "Hello, you've reached Leo with the statewide Ask Us chat. I'm so sorry about your mom."],
    [27, 'l', 'Were you a co-signer on the card, or was it only in her name?'],
    [75, 'p', 'only hers'],
    [81, 'l', "Our law librarian Bea knows estate debt questions well. I'm transferring you to her now — please hold on a moment."],
    [84, 'i', "Bea: pt's mom died, collector asking pt to pay mom's credit card; pt not a co-signer. Estate debt q. thanks!"],
    xfer(87, 'Bea', 'bea-law'),
    [140, 'l', "Hi, Bea here, law librarian with Ask Us. In general, family members don't have to pay a relative's debts out of their own money unless they co-signed; the debt is paid from her estate, if there is one. The CFPB explains it, including what collectors may and may not say to relatives: consumerfinance.gov/ask-cfpb (search \"debts after someone dies\").", as(BEA)],
    [146, 'l', 'Does that answer your question?', as(BEA)],
    [200, 'p', "yes, that is such a relief. that's all I needed"],
    [206, 'l', "I'm glad. Take good care, and thank you for reaching out.", as(BEA)],
  ], usual({ transfer: 'pass' })),

  // 16 a silent transfer; the receiver 170 s after the patron
  s(CORA, '16 a book on getting out of debt "but not dave ramsey": transfer to Raj with an internal note only, Raj 170 s after the patron, two titles + catalog URL, "Either of those sound good?"', [
    [0, 'p', "what's a good book on getting out of debt, like dave ramsey but not dave ramsey lol"],
    [22, 'l', 'Hi! Cora at Glenview Library here.'],
    [28, 'l', 'Are you after something on budgeting day to day, or on paying down a big pile of debt?'],
    [60, 'p', 'paying down. like 30k in cards'],
    [64, 'i', "Raj, can you take this one? readers' advisory, personal finance. I'm slammed"],
    xfer(67, 'Raj', 'raj'),
    [230, 'l', 'hey, Raj here, I took over from Cora. Two our patrons like: "Your Money or Your Life" by Vicki Robin and "I Will Teach You to Be Rich" by Ramit Sethi. Both are in our catalog at glenviewlibrary.org/catalog, and on Libby as e-books.', as(RAJ)],
    [236, 'l', 'Either of those sound good?', as(RAJ)],
    [280, 'p', 'ya the first one. thanks'],
    [286, 'l', 'Enjoy! Thanks for chatting.', as(RAJ)],
  ], usual({ informed: 'fail', anything: 'fail', transfer: 'fail' })),

  // 17 a promise to e-mail with no time, coded Answered; Legal Aid by phone and URL
  s(TAMSIN, '17 sued over a 2017 card debt (OH): statute URL, "I\'ll dig a little more and e-mail you what I find" (no time, coded Answered), e-mail given, "Got it!", Legal Aid by phone + URL', [
    [0, 'p', 'trying to find out if the statute of limitations ran out on a debt from 2017 in ohio. collector is suing me'],
    [30, 'l', 'Hello, Tamsin here, a librarian at Greene County Public Library.'],
    [37, 'l', 'What kind of debt is it — a credit card, a medical bill, a loan?'],
    [90, 'p', 'credit card'],
    [96, 'l', "Ohio's time limits for contracts are in the Ohio Revised Code, section 2305.07, at codes.ohio.gov; for credit cards it can depend on where the contract was made, which is tricky. I'll dig a little more and e-mail you what I find. What address should I use?"],
    [150, 'p', 'jrwalker@example.com'],
    [156, 'l', 'Got it!'],
    [162, 'l', "Since you're being sued, please also contact Legal Aid of Southwest Ohio at 513-555-0147 or lasoc.org before your answer to the court is due."],
    [168, 'l', 'Does that help for now?'],
    [220, 'p', 'yes thank u'],
    [226, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' })),

  // 18 follow-up by the patron's library, phone read back, "within 2 business days", done after 100 h
  s(ELLIOT, '18 a father\'s 1993 bankruptcy notice in the paper (follow-up by patron\'s library): microfilm listing URL, phone read back, "within 2 business days", done 100 h', [
    [0, 'p', "Hi. I'd like to find my father's bankruptcy notice in the local paper from the 1990s, for a family history project"],
    [24, 'l', 'Good morning! This is Elliot with the Ask Us statewide service.'],
    [31, 'l', 'Which town\'s paper, and do you know roughly the year?'],
    [90, 'p', 'the Hagerstown Herald, 1993 or 94'],
    [97, 'l', 'Let me check who holds it.'],
    [180, 'l', "The Herald for those years is on microfilm at Washington County Free Library, listed at washcolibrary.org/local-history. Their local history staff can search it for the notice for you. Can I pass this to them? They'd call you — what's a good phone number?"],
    [230, 'p', '301-555-0186'],
    [236, 'l', '301-555-0186, thanks. Someone from Washington County Free Library will call you within 2 business days.'],
    [242, 'l', 'Does the microfilm listing help for now?'],
    [290, 'p', 'yes thanks, thats everything'],
    [296, 'l', 'Thank you for using Ask Us!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 19 follow-up by me, e-mail only in patron.email, "by Friday", not recorded by day 5
  s(PHOEBE, '19 legit credit counseling agencies (follow-up by me): county asked, justice.gov list, "send you a shorter list by Friday, to the e-mail on your library account", not recorded by day 5', [
    [0, 'p', 'need a list of nonprofit credit counseling agencies in the area that are legit'],
    [35, 'l', 'Hi, this is Phoebe, reference librarian at Lakewood Public Library!'],
    [42, 'l', 'Which city or county are you in?'],
    [80, 'p', 'lakewood / jefferson county'],
    [86, 'l', "The Justice Department keeps the list of approved credit counseling agencies by state at justice.gov/ust/list-credit-counseling-agencies-approved-pursuant-11-usc-111. I'll check which ones have an office near you and send you a shorter list by Friday, to the e-mail on your library account."],
    [92, 'l', 'Does that help for now?'],
    [140, 'p', 'yes ty'],
    [146, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'mkline@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 20 follow-up by the patron's library with no contact known; a restatement
  s(REGGIE, '20 bankruptcy form help or classes (follow-up by patron\'s library): restatement, events URL, "someone from the branch will get back to you by Thursday", no contact known', [
    [0, 'p', 'does the library have anyone who helps with filling out bankruptcy forms? or classes on it'],
    [26, 'l', 'Hi! Reggie here from the Ask a Librarian team at Pine Bluff Library.'],
    [33, 'l', "So you're looking for in-person help with the forms, or a class, at one of our branches."],
    [70, 'p', 'yes, south side branch'],
    [76, 'l', "We don't have a bankruptcy class on the calendar right now (all events are at pinebluffpl.org/events). I'll ask the South Side branch manager whether anything's planned, and someone from the branch will get back to you by Thursday."],
    [82, 'l', 'Did that answer your question?'],
    [120, 'p', 'ok'],
    [126, 'l', 'Thanks for contacting us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 21 four chats at once
  s(NOOR, '21 credit freeze after a data breach: three bureaus\' freeze URLs, "that\'s all I needed", "Bye for now."; four chats open at once', [
    [0, 'p', 'my info was in a data breach, should i freeze my credit? how'],
    [15, 'l', 'Hi, Noor here at Ask a Librarian, Millbrook Library.'],
    [21, 'l', 'Do you want to freeze at all three bureaus, or first check your reports?'],
    [55, 'p', 'all three i guess'],
    [61, 'l', "A freeze is free. Each bureau does its own, online: Equifax at equifax.com/personal/credit-report-services, Experian at experian.com/freeze, TransUnion at transunion.com/credit-freeze. Keep the PINs or logins they give you; you'll need them to lift it."],
    [67, 'l', 'Did that help?'],
    [100, 'p', "yes, that's all I needed"],
    [105, 'l', 'Glad to help! Bye for now.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'noor', -300, 200), other('n2', 'noor', -10, 60), other('n3', 'noor', 30, 500)],
  }),

  // 22 concurrency at touching ends
  s(VIC, '22 $400 before payday: credit union?, NCUA PALs at mycreditunion.gov, "no more questions"; others end exactly at the start / start exactly at the end (three at most)', [
    [0, 'p', 'need $400 before payday, anything better than a payday loan?'],
    [18, 'l', "Hey, welcome to Ask a Librarian! I'm Vic, at Harbor City Library."],
    [24, 'l', 'Do you belong to a credit union, or only a bank?'],
    [60, 'p', 'just a bank'],
    [66, 'l', "Many federal credit unions offer small Payday Alternative Loans (PALs) with capped interest; the NCUA explains them and has a credit union locator at mycreditunion.gov (search 'payday alternative loans')."],
    [72, 'l', "Is that the sort of thing you're after?"],
    [110, 'p', 'yeah thats good, no more questions'],
    [116, 'l', 'Great, thank you for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('v1', 'vic', -500, 0), other('v2', 'vic', 50, 121), other('v3', 'vic', -20, 300), other('v4', 'vic', 121, 600)],
  }),

  // 23 a greeting that names no one
  s(ASKUS3, '23 PSLF for a county hospital job: "hi! what can i help with today?" under the screen name askus3 (no one named), studentaid.gov/pslf, "yes thats all"', [
    [0, 'p', 'Is PSLF still a thing? I work for a county hospital'],
    [30, 'l', 'hi! what can i help with today?'],
    [36, 'l', 'PSLF is still running. Is your hospital run by the county, and are you full time?'],
    [80, 'p', 'yes county, full time'],
    [86, 'l', 'Then your job should qualify. Use the PSLF Help Tool at studentaid.gov/pslf to check your employer and send in the form; your loans have to be Direct Loans on a qualifying plan.'],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes thats all'],
    [146, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 24 a split greeting; the source before the question
  s(ANA, '24 credit report before an apartment application: "Hi!" + "I\'m Ana from the reference desk …", annualcreditreport.com before the question, "have a great day!"', [
    [0, 'p', "How do I check my credit report? I'm applying for an apartment"],
    [15, 'l', 'Hi!'],
    [19, 'l', "I'm Ana from the reference desk at Cedar Hills Library."],
    [25, 'l', 'You can get all three reports free at annualcreditreport.com.'],
    [31, 'l', "Are you just trying to see it before the landlord does, or is there something on it you're worried about?"],
    [80, 'p', "there's an old phone bill in collections i think"],
    [86, 'l', "Then check all three and note the account. If it's wrong you can dispute it; if it's yours, the CFPB's guide to dealing with debt collectors is at consumerfinance.gov/consumer-tools/debt-collection. Did that help?"],
    [130, 'p', 'yes thank you, thats everything'],
    [136, 'l', 'Good luck with the apartment, and have a great day!'],
  ], usual({ clarify: 'fail' })),

  // 25 the patron has the last word; the library's own Senior Services desk by phone
  s(BOYD, '25 Social Security offset for old student loans: "offset notice?", studentaid.gov default page, "call our Senior Services desk … 541-…", patron "thats all i needed" last', [
    [0, 'p', 'can they take my social security for old student loans? im 68'],
    [20, 'l', "Good evening. You've reached Boyd, librarian on duty for Ask a Librarian at Oakdale Library."],
    [27, 'l', 'Are the loans federal, and have you gotten a notice about it (an offset notice)?'],
    [90, 'p', 'federal. got a letter from treasury'],
    [96, 'l', "Yes, federal student loans in default can be collected from Social Security benefits through the Treasury Offset Program, but only part of the benefit, and there are ways to stop it. Federal Student Aid's default page explains the options, including hardship and rehabilitation: studentaid.gov/manage-loans/default. If you'd like help reading the letter, our Senior Services desk at the Main library can sit down with you: call them at 541-555-0190 to book a time."],
    [102, 'l', 'Does that help?'],
    [160, 'p', 'ok thats all i needed thank u'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 26 "take your time", the patron away 264 s
  s(CLARA, '26 is the collector real or a scam: "What\'s the name of the collection agency?", "No problem, take your time." then 264 s, "one sec", CFPB URL', [
    [0, 'p', 'i got a letter from some agency about a old verizon bill, how do i know if theyre real or a scam'],
    [25, 'l', 'Hi, this is Clara with the Ask a Librarian chat at Sunnyvale Public Library.'],
    [31, 'l', "What's the name of the collection agency on the letter?"],
    [60, 'p', 'hold on its in the car'],
    [66, 'l', 'No problem, take your time.'],
    [330, 'p', "ok its 'Midland Credit Management'"],
    [336, 'l', 'Thanks, one sec.'],
    [400, 'l', "Midland is a real, large collector, but scammers sometimes use real names. Check the letter against the CFPB's tips at consumerfinance.gov/ask-cfpb/how-can-i-tell-if-a-debt-collector-is-a-scam. Don't pay anything from a phone call alone."],
    [406, 'l', 'Does that answer your question?'],
    [450, 'p', "yes, thank you. that's everything"],
    [456, 'l', "You're welcome! Thanks for using Ask a Librarian."],
  ], usual()),

  // 27 holds every ~100 s; the hospital's financial services by phone
  s(IVY, '27 can the hospital forgive my bill (St. Luke\'s): which one?, holds at 75 and 175, Financial Care URL, patient financial services by phone, "no ma\'am"', [
    [0, 'p', "can the hospital forgive my bill? i make like 28k a year. its st luke's"],
    [30, 'l', 'Hello! Ivy here, librarian at Twin Falls Public Library.'],
    [36, 'l', "Which St. Luke's — the one in Twin Falls or Boise?"],
    [70, 'p', 'twin falls'],
    [75, 'l', 'Ok, let me look for their financial assistance policy.'],
    [175, 'l', 'Still looking — their site is big. Thanks for your patience.'],
    [280, 'l', "Found it. St. Luke's posts its Financial Care policy and application at stlukesonline.org/financial-care. At your income you may qualify for a full or partial discount, even on bills already sent out. Call St. Luke's patient financial services at 208-555-0163 and ask them to hold the account while they review your application."],
    [286, 'l', 'Does that help?'],
    [340, 'p', 'yes a lot. thanks'],
    [346, 'l', 'Anything else I can help with?'],
    [380, 'p', "no ma'am"],
    [386, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 28 pickedUpAt 90 s
  s(WES, '28 how long a bankruptcy stays on a report: pickedUpAt 90 s (first line at 110), "Chapter 7 or Chapter 13?", Experian URL, "ya", "Have a good one!"', [
    [0, 'p', 'how long does a bankruptcy stay on your credit report'],
    [110, 'l', 'Hi, Wes here from Ask a Librarian at Bellview Library, thanks for waiting.'],
    [117, 'l', 'Chapter 7 or Chapter 13?'],
    [150, 'p', '7'],
    [155, 'l', 'A Chapter 7 can stay up to 10 years from the filing date; a Chapter 13 usually 7. Experian explains it here: experian.com/blogs/ask-experian/credit-education/bankruptcy/.'],
    [161, 'l', 'Did that answer your question?'],
    [200, 'p', 'ya'],
    [205, 'l', 'Have a good one!'],
  ], usual({ pickup: 'fail', anything: 'fail' }), { pickedUpAt: at(90) }),

  // 29 goodbye 146 s after the answer, no check-in; lenders with no contact
  s(DOLORES, '29 three payday loans behind (NV): store or online?, fid.nv.gov, "Call each lender — the number\'s on your loan agreement" (no contact), goodbye 146 s after the answer', [
    [0, 'p', "I have 3 payday loans and I'm behind on all of them, can I get on a payment plan?"],
    [26, 'l', "Hi, my name is Dolores and I'm a librarian at Las Vegas-Clark County Library District."],
    [33, 'l', 'Were the loans from a store here in Nevada, or from an online lender?'],
    [90, 'p', '2 from stores, 1 online'],
    [96, 'l', "In Nevada, licensed lenders have to offer a repayment plan before they take you to court. The Financial Institutions Division explains your rights at fid.nv.gov (Consumers > Payday loans). Call each lender — the number's on your loan agreement — and ask for the repayment plan in writing."],
    [102, 'l', 'Does that help?'],
    [242, 'l', 'Thanks for chatting with us, take care.'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 30 Lost Call after three patron lines; a notice with no check-in and no goodbye
  s(FINN, '30 score dropped 80 points after paying off a car (Lost Call after 3 patron lines): myFICO URL, no "does that help", "It looks like you\'ve disconnected, so I\'ll end this chat." at 330', [
    [0, 'p', 'my credit score dropped 80 points for no reason'],
    [20, 'p', 'hello'],
    [45, 'l', 'Hi, this is Finn at Ask a Librarian, Springdale Library.'],
    [52, 'l', 'Did anything change lately — a new card, a late payment, a closed account?'],
    [100, 'p', 'i paid off my car'],
    [120, 'l', 'That can do it: paying off and closing an installment loan changes your credit mix, and scores often dip for a while and then recover. myFICO explains why at myfico.com/credit-education/questions/paid-off-loan-score-drop.'],
    [330, 'l', "It looks like you've disconnected, so I'll end this chat."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyNinthRoundDebt.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-ninth round: debt and credit, checked', () => {
  describeSessions('whole sessions', fiftyNinthRoundDebt.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyNinthRoundDebt.filter((c) => c.name in LEFT_WHY));
});
